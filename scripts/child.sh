# Sourced by the wrapper scripts: run a command as a child, forward Ctrl-C and SIGTERM to
# it, and return its exit status once it has really finished.
run_child() {
  "$@" &
  local child=$! status
  trap 'kill -TERM "$child" 2>/dev/null' INT TERM
  wait "$child"
  status=$?
  # `wait` returns early when a trapped signal arrives; wait again for the child to finish.
  while kill -0 "$child" 2>/dev/null; do
    wait "$child"
    status=$?
  done
  return "$status"
}
