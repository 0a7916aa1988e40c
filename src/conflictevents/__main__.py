"""``python -m conflictevents``: see :mod:`conflictevents.cli`."""

from .cli import main

raise SystemExit(main())
