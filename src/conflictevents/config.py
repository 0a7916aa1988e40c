"""Configuration passed to :func:`conflictevents.extract`: no global state.

:class:`ExtractConfig` says which event types to produce and which user
lexicon files extend the bundled ones. User lexicon
files are JSON Lines in the bundled files' format, each line with a
``"lexicon"`` key (``places``, ``actors``, ``people``, ``weapons``,
``targets`` or ``boilerplate``):

.. code-block:: json

    {"lexicon": "places", "name": "Vovchansk", "kind": "place", "country": "Ukraine", "admin1": "Kharkiv"}
    {"lexicon": "weapons", "kind": "drone", "words": ["Lyutyi", "Liutyi"]}

>>> cfg = ExtractConfig(types=("strike", "claim"))
>>> cfg.types
('strike', 'claim')
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from attrs import field, frozen

from .models import EVENT_TYPES

__all__ = ["ExtractConfig"]


def _check_types(inst: object, attribute: object, value: tuple[str, ...]) -> None:  # noqa: ARG001
    unknown = [t for t in value if t not in EVENT_TYPES]
    if unknown:
        raise ValueError(f"unknown event type(s) {', '.join(unknown)}; known: {', '.join(EVENT_TYPES)}")


def _paths(items: Iterable[str | Path]) -> tuple[Path, ...]:
    return tuple(Path(x) for x in items)


@frozen
class ExtractConfig:
    """What :func:`~conflictevents.extract` does.

    ``types``: the event types to produce (all by default). Claims are still
    read when other types are asked for (they decide stance and dates) but
    are only returned when asked for.
    ``lexicons``: paths of user lexicon files added to the bundled lexicons.
    ``page_date``: when no publication date is given, read it from the page's
    byline ("Published On 7 May 2025"; see
    :func:`conflictevents.text.published.find_published`). Set ``False`` to
    leave relative dates unresolved instead.
    """

    types: tuple[str, ...] = field(default=tuple(EVENT_TYPES), converter=tuple, validator=_check_types)
    lexicons: tuple[Path, ...] = field(default=(), converter=_paths)
    page_date: bool = True
