"""``python -m conflictevents``: see :mod:`conflictevents.cli`.

From the first line of ``conflictevents/__init__.py`` (see there) to the exit, a Ctrl-C prints
"interrupted" and exits 130, never a traceback.
"""

import signal
import sys

try:
    if signal.getsignal(signal.SIGINT) not in (signal.SIG_IGN, signal.SIG_DFL):
        # the package's quiet start-up handler gives way to Python's: KeyboardInterrupt, handled below
        signal.signal(signal.SIGINT, signal.default_int_handler)
    from .cli import main

    code = main()
    # the run is over and its exit code known: a Ctrl-C now (at exit, while the workers are joined) changes nothing
    signal.signal(signal.SIGINT, signal.SIG_IGN)
except KeyboardInterrupt:  # Ctrl-C while the command line starts (main() handles its own)
    try:
        sys.stderr.write("\ninterrupted\n")
    except (OSError, ValueError):
        pass
    code = 130
raise SystemExit(code)
