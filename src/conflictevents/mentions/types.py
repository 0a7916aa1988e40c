"""The typed mentions of a sentence: what the dictionaries and number readers found.

A :class:`Mention` covers tokens ``i`` to ``j`` (exclusive) of its sentence
and the characters ``start`` to ``end`` of the sentence text. Its ``value``
depends on its :class:`Kind`:

==========  ==========================================================
kind        value
==========  ==========================================================
actor       the canonical actor ("Russia"); ``form`` says how it is
            written: ``name`` ("Russia"), ``adjective`` ("Russian"),
            ``seat`` (a capital or seat of power: "Moscow", "Kremlin")
person      the canonical actor the person speaks for
place       a :class:`~conflictevents.models.Place`
weapon      the weapon kind ("drone", "missile", ...)
target      the target kind ("energy_infrastructure", ...)
quantity    a :class:`~conflictevents.models.Quantity`
date        the date expression as written (resolved later)
==========  ==========================================================
"""

from __future__ import annotations

import enum
from typing import Any

from attrs import define, field

__all__ = ["Kind", "Mention"]


class Kind(str, enum.Enum):
    """What a mention names."""

    ACTOR = "actor"
    PERSON = "person"
    PLACE = "place"
    WEAPON = "weapon"
    TARGET = "target"
    QUANTITY = "quantity"
    DATE = "date"


@define(eq=False)
class Mention:
    """Something named in a sentence: its kind, tokens, offsets, text and value."""

    kind: Kind
    i: int  # first token
    j: int  # one past the last token
    start: int  # character offsets in the sentence text
    end: int
    text: str
    value: Any
    #: how an actor is written (``name``, ``adjective``, ``seat``); for places, the frame
    #: that made the name a place (``noun``, ``region``, ``owner``, ``list``, ``locative``, ``gazetteer``; ``area``:
    #: a name the gazetteer lists only elsewhere, placed by the text in a region or country)
    form: str = ""
    extra: dict[str, Any] = field(factory=dict)

    def __repr__(self) -> str:
        return f"<{self.kind.value} {self.text!r} {self.value!r}>"
