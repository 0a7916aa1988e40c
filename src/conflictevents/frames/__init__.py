"""Stage 4 of the cascade: event frames kept as data, and the matcher that derives their variants.

* :mod:`.model` - :class:`~conflictevents.frames.model.Frame`, one trigger and its roles;
* :mod:`.index` - loading ``lexicons/data/frames/*.jsonl`` (and user frame lines), indexed by trigger;
* :mod:`.matcher` - active, passive, relative, nominal and light-verb readings of every frame.
"""

from .index import FrameIndex, read_frames
from .matcher import FrameMatch, match
from .model import Frame

__all__ = ["Frame", "FrameIndex", "FrameMatch", "match", "read_frames"]
