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

from conflictevents.cli import EXIT_BROKEN_PIPE, EXIT_HANGUP, EXIT_INTERRUPTED, EXIT_OUTPUT, EXIT_TERMINATED

COMMAND = [sys.executable, "-m", "conflictevents"]


def test_importing_the_package_builds_nothing():
    # start-up is short, so Ctrl-C lands in code that handles it
    code = "import sys, conflictevents; print(sorted(m for m in sys.modules if m.startswith('conflictevents')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert out.strip() == "['conflictevents', 'conflictevents._version']"


def _as_in_a_terminal() -> None:
    """In the child, before it runs: Ctrl-C and a closed terminal as a terminal delivers them. A test run
    started in the background (``cmd &`` in a script, ``nohup``) ignores SIGINT (and, under ``nohup``, SIGHUP),
    and its children inherit that: Python then installs no Ctrl-C handler, and the command line rightly keeps
    ignoring a hang-up it was started to ignore."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)


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


# ------------------------------------------------------------------ signals to the whole process group (issue 16)
def _children(pid: int) -> list[int]:
    """The child processes of ``pid`` (Linux: ``/proc/<pid>/task/*/children``)."""
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids += [int(k) for k in (task / "children").read_text().split()]
        except OSError:
            pass
    return kids


def _start_group_run(tmp_path: Path, src: Path, out: Path, jobs: str) -> subprocess.Popen[bytes]:
    """A run in a process group of its own (as a terminal's job is), started once its workers exist."""
    proc = subprocess.Popen([*COMMAND, str(src), "-j", jobs, "-q", "-o", str(out)], start_new_session=True,
                            preexec_fn=_as_in_a_terminal, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while jobs != "1" and len(_children(proc.pid)) < int(jobs):
        assert proc.poll() is None and time.monotonic() < deadline, "the workers did not start"
        time.sleep(0.01)
    if jobs == "1":
        _wait_until_running_our_code(proc)
        time.sleep(1.0)
    return proc


def _assert_stopped(proc: subprocess.Popen[bytes], code: int, out: Path, tmp_path: Path, src: Path) -> float:
    t0 = time.monotonic()
    try:
        err = proc.communicate(timeout=15)[1].decode()
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise AssertionError("the run did not stop within 15 s of the signal") from None
    assert proc.returncode == code, err
    assert "Traceback" not in err and "Error" not in err, err
    assert out.read_text() == "OLD\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, src.name])
    return time.monotonic() - t0


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc/<pid>/task (Linux)")
def test_sigterm_to_the_process_group_under_jobs_always_stops_the_run(tmp_path):
    # The workers died of the group's SIGTERM too, one of them now and then holding a lock of the pool's
    # queues: the parent then waited for ever (1 run in 5 or so). Ten runs, the signal at varied moments.
    src = _many(tmp_path, 3000)
    out = tmp_path / "events.jsonl"
    for i in range(8):
        out.write_text("OLD\n")
        proc = _start_group_run(tmp_path, src, out, "2")
        time.sleep(0.05 * i)
        os.killpg(proc.pid, signal.SIGTERM)
        assert _assert_stopped(proc, EXIT_TERMINATED, out, tmp_path, src) < 5.0


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc/<pid>/task (Linux)")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_terminal_stops_the_run_like_sigterm(tmp_path, jobs):
    src = _many(tmp_path, 3000)
    out = tmp_path / "events.jsonl"
    out.write_text("OLD\n")
    proc = _start_group_run(tmp_path, src, out, jobs)
    os.killpg(proc.pid, signal.SIGHUP)
    _assert_stopped(proc, EXIT_HANGUP, out, tmp_path, src)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc/<pid>/task (Linux)")
def test_a_worker_signalled_alone_keeps_working(tmp_path):
    # a worker that died of it lost its task, and the parent waited for it for ever
    src = _many(tmp_path, 3000)
    out = tmp_path / "events.jsonl"
    out.write_text("OLD\n")
    proc = _start_group_run(tmp_path, src, out, "2")
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        for worker in _children(proc.pid):
            os.kill(worker, sig)
    try:
        err = proc.communicate(timeout=60)[1].decode()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 0, err
    assert len(out.read_text().splitlines()) >= 3000


_INTERRUPT_AT_IMPORT = """
import os, signal, sys
def _hook(event, args):
    if event == "import" and args[0] == os.environ["CE_TEST_INTERRUPT_AT"]:
        os.kill(os.getpid(), signal.SIGINT)  # a Ctrl-C exactly as this module starts to load
sys.addaudithook(_hook)
"""


@pytest.mark.slow
@pytest.mark.parametrize("module", ["conflictevents._version", "conflictevents.arguments", "conflictevents.cli",
                                    "conflictevents.api"])
def test_ctrl_c_at_each_import_of_the_start_up_prints_no_traceback(tmp_path, module):
    # python -m imports conflictevents/__init__.py before __main__ and its try: a Ctrl-C there (its imports:
    # typing, _version) was a KeyboardInterrupt traceback. A sitecustomize (run before the package is
    # imported) sends the Ctrl-C when the given module starts to load: the same moment every time.
    (tmp_path / "sitecustomize.py").write_text(_INTERRUPT_AT_IMPORT)
    env = dict(os.environ, CE_TEST_INTERRUPT_AT=module,
               PYTHONPATH=os.pathsep.join([str(tmp_path), *filter(None, [os.environ.get("PYTHONPATH")])]))
    proc = subprocess.run([*COMMAND, "--sample", "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                          preexec_fn=_as_in_a_terminal, timeout=120)
    err = proc.stderr.decode()
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert proc.returncode == EXIT_INTERRUPTED and err.strip() == "interrupted", (proc.returncode, err)
