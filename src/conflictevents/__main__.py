"""``python -m conflictevents``: see :mod:`conflictevents.cli`."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while the command line starts: no traceback
    sys.stderr.write("\ninterrupted\n")
    raise SystemExit(130) from None

raise SystemExit(main())
