# Sourced by the serving scripts: pid files under .data/run/, so that `make stop` stops what this
# checkout started and nothing of another checkout on the same machine.
run_dir="${GONGKAI_RUN_DIR:-$root/.data/run}"

remember_pid() {  # remember_pid NAME PID
  mkdir -p "$run_dir"
  echo "$2" >"$run_dir/$1.pid"
}

forget_pids() {
  rm -f "$run_dir"/*.pid
}
