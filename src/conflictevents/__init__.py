"""conflictevents: typed, verifiable conflict events from raw English news pages."""

from ._version import __version__

__all__ = ["__version__"]
