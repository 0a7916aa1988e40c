"""Configuration passed to :func:`conflictevents.extract`: no global state.

:class:`ExtractConfig` says which event types to produce, which user
lexicon files extend the bundled ones and how long a document may be. User
lexicon files are JSON Lines in the bundled files' format, each line with a
``"lexicon"`` key (``places``, ``actors``, ``people``, ``weapons``,
``targets``, ``boilerplate`` or ``frames``):

.. code-block:: json

    {"lexicon": "places", "name": "Vovchansk", "kind": "place", "country": "Ukraine", "admin1": "Kharkiv"}
    {"lexicon": "weapons", "kind": "drone", "words": ["Lyutyi", "Liutyi"]}

>>> cfg = ExtractConfig(types=("strike", "claim"))
>>> cfg.types
('strike', 'claim')
>>> ExtractConfig(types="strike").types
('strike',)
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from attrs import field, frozen

from .arguments import DEFAULT_MAX_CHARS, event_types, shorten
from .errors import InputError
from .models import EVENT_TYPES

__all__ = ["ExtractConfig"]


_PATHS_WANTED = "lexicons must be a path or a list of paths of lexicon files (JSON Lines)"


def _paths(items: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> tuple[Path, ...]:
    if isinstance(items, (str, os.PathLike)):
        return (Path(items),)  # one file, not its letters
    if isinstance(items, (bytes, dict)) or not isinstance(items, Iterable):
        raise InputError(f"{_PATHS_WANTED}, got {type(items).__name__}: {shorten(items)}")
    paths = []
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise InputError(f"{_PATHS_WANTED}, got an item of type {type(item).__name__}: {shorten(item)}")
        paths.append(Path(item))
    return tuple(paths)


def _check_max_chars(inst: object, attribute: object, value: int | None) -> None:  # noqa: ARG001
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
        raise InputError(f"max_chars must be a whole number of characters (1 or more) or None, got {value!r}")


@frozen
class ExtractConfig:
    """What :func:`~conflictevents.extract` does.

    ``types``: the event types to produce (all by default): a list of names,
    or one name (``"strike"``) or several separated by commas as a string.
    Claims are still read when other types are asked for (they decide stance
    and dates) but are only returned when asked for.
    ``lexicons``: paths of user lexicon files added to the bundled lexicons.
    ``page_date``: when no publication date is given, read it from the page's
    byline ("Published On 7 May 2025"; see
    :func:`conflictevents.text.published.find_published`). Set ``False`` to
    leave relative dates unresolved instead.
    ``max_chars``: the longest document read, in characters (default
    10,000,000); a longer one raises :class:`~conflictevents.errors.InputError`
    before any work, since reading a document takes about twelve times its
    size in memory. ``None`` removes the cap.

    Bad values raise :class:`~conflictevents.errors.InputError`.
    """

    types: tuple[str, ...] = field(default=tuple(EVENT_TYPES), converter=event_types)
    lexicons: tuple[Path, ...] = field(default=(), converter=_paths)
    page_date: bool = True
    max_chars: int | None = field(default=DEFAULT_MAX_CHARS, validator=_check_max_chars)
