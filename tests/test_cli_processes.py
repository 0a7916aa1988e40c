"""The command line as a real process: signals, a closed pipe, a full disk (issue 16).

These start Python processes (about 2.5 s each), so most are marked ``slow``
(run by ``.ci/run``, not by the default ``pytest``).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conflictevents.cli import EXIT_BROKEN_PIPE, EXIT_INTERRUPTED, EXIT_OUTPUT, EXIT_TERMINATED

COMMAND = [sys.executable, "-m", "conflictevents"]


def test_importing_the_package_builds_nothing():
    # start-up is short, so Ctrl-C lands in code that handles it
    code = "import sys, conflictevents; print(sorted(m for m in sys.modules if m.startswith('conflictevents')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert out.strip() == "['conflictevents', 'conflictevents._version']"


def _as_in_a_terminal() -> None:
    """In the child, before it runs: Ctrl-C as a terminal delivers it. A test run started in the background
    (``cmd &`` in a script, ``nohup``) ignores SIGINT, and its children inherit that: Python then installs no
    handler and the signal would do nothing."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_until_running_our_code(proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    """Wait until the process has loaded ``regex``'s C extension, which the command line imports.

    Before that the interpreter itself is starting (site, runpy): a Ctrl-C there gets Python's own
    traceback and status, which no program can catch. Reads ``/proc/<pid>/maps`` (Linux).
    """
    maps = Path(f"/proc/{proc.pid}/maps")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if "_regex" in maps.read_text():
                return
        except OSError:
            pass
        if proc.poll() is not None:
            raise AssertionError(f"the process ended before it started: {proc.returncode}")
        time.sleep(0.002)
    raise AssertionError("the command line did not start within a minute")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/<pid>/maps (Linux)")
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15, 0.4, 1.0])
def test_ctrl_c_during_start_up_prints_no_traceback(delay):
    proc = subprocess.Popen([*COMMAND, "--sample"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=_as_in_a_terminal)
    _wait_until_running_our_code(proc)
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    err = proc.communicate(timeout=120)[1].decode()
    assert "Traceback" not in err, err
    # "Exception ignored in ...": an interrupt swallowed in a finaliser, and the run went on
    assert "Exception ignored" not in err, err
    # a clean exit, or (the run was over) a normal one
    assert proc.returncode in (EXIT_INTERRUPTED, 0), (proc.returncode, err)
    if proc.returncode == 0:
        assert "documents read" in err


def _many(tmp_path: Path, n: int = 300) -> Path:
    """``n`` short documents, each a little different (so that no cache makes the run trivially fast)."""
    f = tmp_path / "many.jsonl"
    f.write_text("\n".join(json.dumps({"id": f"d{i}", "text": f"Russia launched {10 + i % 90} drones at Sumy "
                                                             f"overnight, and {i % 7} more at Kharkiv."})
                           for i in range(n)) + "\n")
    return f


@pytest.mark.slow
@pytest.mark.parametrize("sig, code", [(signal.SIGINT, EXIT_INTERRUPTED), (signal.SIGTERM, EXIT_TERMINATED)])
def test_a_signal_under_jobs_stops_cleanly_and_keeps_the_old_output(tmp_path, sig, code):
    out = tmp_path / "events.json"
    out.write_text("[]\n")
    proc = subprocess.Popen([*COMMAND, str(_many(tmp_path, 20000)), "--jobs", "2", "-f", "json", "-o", str(out)],
                            preexec_fn=_as_in_a_terminal,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # 20,000 documents take 20 s or more on two cores: after start-up (a few seconds) the workers are busy
    time.sleep(5.0)
    assert proc.poll() is None, "the run ended before the signal: give it more work"
    proc.send_signal(sig)
    err = proc.communicate(timeout=120)[1].decode()
    assert proc.returncode == code, err
    assert "Traceback" not in err and "Error" not in err, err
    assert out.read_text() == "[]\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.json", "many.jsonl"]


@pytest.mark.slow
def test_table_to_a_reader_that_reads_one_line_exits_141_every_time(tmp_path):
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    for _ in range(3):
        proc = subprocess.Popen([*COMMAND, "--sample", "--format", "table"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()  # like `| head -1`
        proc.stdout.close()
        err = proc.stderr.read()
        assert proc.wait(timeout=120) == EXIT_BROKEN_PIPE
        assert b"Traceback" not in err and b"BrokenPipe" not in err


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_standard_output_on_a_full_disk_is_a_clear_error(tmp_path):
    with open("/dev/full", "w") as full:
        proc = subprocess.run([*COMMAND, "--sample"], stdout=full, stderr=subprocess.PIPE, timeout=120)
    err = proc.stderr.decode()
    assert proc.returncode == EXIT_OUTPUT
    assert err.strip().splitlines() == ["error: cannot write standard output: No space left on device"]
