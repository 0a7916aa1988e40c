"""Event frames: one readable record per trigger, kept as data.

A frame says which event a trigger word states and which phrase around it
fills which role. It is written once, for the active verb and the plain noun;
the matcher derives the other shapes (see :mod:`.matcher`):

========================  =============================================  ===================
relation                  where it is read                               example
========================  =============================================  ===================
``agent``                 subject of the active verb; ``by`` phrase of   "Russia captured",
                          the passive; subject of a light verb; the      "captured by Russia",
                          possessor or side adjective of the noun        "Russia's capture",
                                                                         "Russian strikes"
``patient``               object of the active verb; subject of the      "captured Avdiivka",
                          passive; ``of`` phrase of the noun             "Avdiivka was captured",
                                                                         "the capture of Avdiivka"
a preposition             a prepositional phrase after the trigger       "talks with Hamas",
(``on``, ``in``, ``to``,                                                 "strikes on Kharkiv",
``with``, ...)                                                           "visit to Pyongyang"
========================  =============================================  ===================

A frame line (``lexicons/data/frames/<type>.jsonl``)::

    {"id": "tc.capture", "type": "territorial_change", "verb": "capture", "noun": "capture",
     "set": {"change": "captured"}, "roles": {"agent": "actor", "patient": "place", "of": "place"},
     "examples": ["Russian forces captured the village of Ivanivka."],
     "counterexamples": ["The photographer captured the mood of the crowd."]}

``verb`` may be phrasal ("shoot down"); ``object`` names the head noun a
verb frame needs as its object ("take" + "control": "took control of X");
``set_past`` replaces ``set`` for a verb in a past or perfect tense, ``set_by`` when a relation is filled
(``{"into": {"change": "entered"}}``);
``light`` lists the verbs that carry a noun frame ("held talks", "paid a
visit"), each with an optional ``:option``: ``"propose:planned"`` (the event is
planned), ``"press:change=advanced"`` (any ``slot=value`` replaces a ``set``
value), ``"come under:subject=patient"`` (the light verb's subject is the
patient, not the agent), ``"repel:negated"`` (the event failed: "repelled an
assault"); ``requires`` lists what a match must have (``"patient:weapon"``:
a weapon in the patient; ``"role:unit"``: the ``unit`` role filled;
``"role:place"``: a place named in the ``place`` role; ``"role:weapon"``: a weapon named in the
``weapon`` role ("responded with artillery fire"); ``"role:named-location"``:
a location that is a place or a name, so that "came to China" is a visit and
"came to an agreement" is not; ``"light"``: the noun carried by one of the frame's ``light`` verbs, as
its object or as the subject of that verb, so that "hits were recorded in X" is a strike and "the band's
greatest hits" is not); ``"role:force"``: an armed side in the ``actor`` role, named by a force noun or
a side word ("came under fire from Armenian armed forces", not "from opposition lawmakers"); ``"inchoative"``:
the verb told with a verb of starting before it ("troops began operating in X", not "troops operating in X").
"""

from __future__ import annotations

from typing import Any

from attrs import field, frozen
from attrs import validators as v

from ..phrases.words import PREPOSITIONS

__all__ = ["Frame", "RELATIONS", "ROLES", "REQUIREMENTS"]

#: Relations a frame may map (the generic syntax the matcher reads).
RELATIONS = frozenset({"agent", "patient", "poss", "mod"} | PREPOSITIONS)
#: Roles the grammars read, by event type.
ROLES: dict[str, frozenset[str]] = {
    "strike": frozenset({"actor", "target", "munition", "victim", "defender", "cause", "weapon", "origin"}),
    "territorial_change": frozenset({"actor", "place", "from", "loser", "toward"}),
    "diplomatic_event": frozenset({"participant", "location", "topic", "receiver", "giver", "target", "goods"}),
    "deployment": frozenset({"actor", "unit", "location", "receiver", "origin"}),
    "claim": frozenset({"speaker", "addressee", "accused", "topic"}),
}
#: What ``requires`` may ask for: ``<relation or role>:<mention kind>`` or ``role:<role>``.
REQUIREMENTS = frozenset({
    "patient:weapon", "patient:place", "patient:people", "patient:quantity", "agent:actor", "role:place",
    "role:munition", "role:actor", "role:named-location", "role:participant", "role:unit", "role:victim",
    "object", "military",
    "particle", "role:target", "role:weapon", "patient:actor", "role:location", "role:receiver", "agent:weapon",
    "agent:people", "light", "patient:person", "agent:leaders", "agent:envoys", "role:force", "inchoative",
    "patient:force",
})


def _strs(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _check_roles(inst: Frame, attribute: Any, value: dict[str, str]) -> None:  # noqa: ARG001
    allowed = ROLES.get(inst.type, frozenset())
    for rel, role in value.items():
        if rel not in RELATIONS:
            raise ValueError(f"frame {inst.id}: unknown relation {rel!r} (known: {', '.join(sorted(RELATIONS))})")
        if role not in allowed:
            raise ValueError(f"frame {inst.id}: role {role!r} is not a {inst.type} role "
                             f"(known: {', '.join(sorted(allowed))})")


def _check_requires(inst: Frame, attribute: Any, value: tuple[str, ...]) -> None:  # noqa: ARG001
    for r in value:
        if r not in REQUIREMENTS:
            raise ValueError(f"frame {inst.id}: unknown requirement {r!r} (known: {', '.join(sorted(REQUIREMENTS))})")


@frozen
class Frame:
    """One trigger and what it means: see the module documentation."""

    id: str = field(validator=v.instance_of(str))
    type: str = field(validator=v.in_(tuple(ROLES)))
    verbs: tuple[str, ...] = field(default=(), converter=_strs)
    nouns: tuple[str, ...] = field(default=(), converter=_strs)
    objects: tuple[str, ...] = field(default=(), converter=_strs)
    set: dict[str, Any] = field(factory=dict)
    #: values that replace ``set`` when the verb is in a past or perfect tense ("occupies" holds ground,
    #: "has occupied" took it)
    set_past: dict[str, Any] = field(factory=dict)
    #: values that replace ``set`` when a relation is filled ("advanced into the region" entered it)
    set_by: dict[str, dict[str, Any]] = field(factory=dict)
    roles: dict[str, str] = field(factory=dict, validator=_check_roles)
    light: tuple[str, ...] = field(default=(), converter=_strs)
    requires: tuple[str, ...] = field(default=(), converter=_strs, validator=_check_requires)
    not_before: tuple[str, ...] = field(default=(), converter=_strs)
    not_after: tuple[str, ...] = field(default=(), converter=_strs)
    examples: tuple[str, ...] = field(default=(), converter=_strs)
    counterexamples: tuple[str, ...] = field(default=(), converter=_strs)
    where: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.verbs and not self.nouns:
            raise ValueError(f"frame {self.id}: a frame needs a verb or a noun")

    def role(self, relation: str) -> str | None:
        """The role a relation fills in this frame (``None``: not read)."""
        if relation in self.roles:
            return self.roles[relation]
        if relation in ("poss", "mod", "by") and "agent" in self.roles:
            return self.roles["agent"]
        return None
