"""Operations: `make stop` stops what this checkout started and nothing else; `make manage`."""
import os
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings

REPO_DIR = Path(settings.REPO_DIR)


def sleeper(interpreter, *marker):
    return subprocess.Popen([interpreter, "-c", "import time; time.sleep(120)", *marker])


def test_stop_ends_the_processes_this_checkout_started_and_spares_the_others(tmp_path):
    ours = sleeper(sys.executable, f"{REPO_DIR}/site/manage.py", "runserver")
    another_checkout = sleeper("/usr/bin/python3", "/srv/other-checkout/site/manage.py", "runserver")
    (tmp_path / "server.pid").write_text(str(ours.pid))
    (tmp_path / "worker.pid").write_text(str(another_checkout.pid))
    try:
        subprocess.run(
            [REPO_DIR / "scripts" / "stop.sh"], env={**os.environ, "GONGKAI_RUN_DIR": str(tmp_path)}, check=True
        )
        assert ours.wait(timeout=10) != 0
        time.sleep(0.5)
        assert another_checkout.poll() is None
        assert list(tmp_path.glob("*.pid")) == []
    finally:
        ours.kill()
        another_checkout.kill()


def test_make_manage_runs_a_command_with_the_development_defaults():
    environment = {key: value for key, value in os.environ.items() if key not in {"DEBUG", "SECRET_KEY"}}
    result = subprocess.run(
        ["make", "--no-print-directory", "manage", "ARGS=check"],
        cwd=REPO_DIR, env=environment, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
