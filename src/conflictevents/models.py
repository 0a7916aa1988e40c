"""The typed event schema: five event types and the value types they share.

The models are frozen, slotted attrs classes. They validate their own
invariants (no negative counts, ``start <= end``, dates that match their
precision) and know nothing about JSON: serialisation lives in
:mod:`conflictevents.serialize`.

Every value that was read from the text keeps what was written
(``written``) and where (``span``, offsets into the original document), so a
reader can always check what the library read.

>>> from conflictevents.models import Quantity, Qualifier, Span
>>> q = Quantity(value=4, low=4, qualifier=Qualifier.AT_LEAST,
...              written="at least four", span=Span(10, 23))
>>> q.value
4
>>> Span(5, 2)
Traceback (most recent call last):
...
ValueError: Span: start (5) is after end (2)
"""

from __future__ import annotations

import enum
import re
from typing import Any, ClassVar, Union

import attrs
from attrs import field, frozen
from attrs import validators as v

__all__ = [
    "SCHEMA_VERSION",
    "Stance",
    "Status",
    "Change",
    "DiplomaticKind",
    "WeaponKind",
    "GeoPrecision",
    "DatePrecision",
    "Qualifier",
    "Span",
    "Actor",
    "Place",
    "Quantity",
    "EventDate",
    "Weapon",
    "Target",
    "BaseEvent",
    "Strike",
    "TerritorialChange",
    "DiplomaticEvent",
    "Deployment",
    "Claim",
    "Event",
    "EVENT_TYPES",
]

#: Version of the JSON event format. Bumped on any change a consumer must know.
SCHEMA_VERSION = "1.0"


class Stance(str, enum.Enum):
    """What a claim does with its content."""

    ASSERTS = "asserts"
    DENIES = "denies"
    CONFIRMS = "confirms"


class Status(str, enum.Enum):
    """Whether a diplomatic event or deployment has happened or is planned."""

    OCCURRED = "occurred"
    PLANNED = "planned"


class Change(str, enum.Enum):
    """The kind of territorial change."""

    CAPTURED = "captured"
    ADVANCED = "advanced"
    ENTERED = "entered"
    CONTROLS = "controls"
    WITHDREW = "withdrew"


class DiplomaticKind(str, enum.Enum):
    """The kind of contact or measure between states or organisations."""

    MEETING = "meeting"
    TALKS = "talks"
    VISIT = "visit"
    CALL = "call"
    SUMMIT = "summit"
    AGREEMENT = "agreement"
    SANCTIONS = "sanctions"
    AID = "aid"


class WeaponKind(str, enum.Enum):
    """Weapon classes of the guidelines."""

    DRONE = "drone"
    MISSILE = "missile"
    BOMB = "bomb"
    ARTILLERY = "artillery"
    ROCKET = "rocket"
    AIRSTRIKE = "airstrike"
    OTHER = "other"


class GeoPrecision(str, enum.Enum):
    """How precisely a place is located, in the spirit of ACLED's geo_precision."""

    PLACE = "place"  # a populated place (city, town, village)
    ADMIN1 = "admin1"  # only the first-level region is known
    COUNTRY = "country"  # only the country is known
    UNKNOWN = "unknown"  # a name the gazetteer does not know


class DatePrecision(str, enum.Enum):
    """How much of a date the text fixes."""

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"


class Qualifier(str, enum.Enum):
    """How a number was stated."""

    EXACT = "exact"  # "four"
    ABOUT = "about"  # "about 800", "nearly 500", "some 90"
    AT_LEAST = "at_least"  # "at least four"
    MORE_THAN = "more_than"  # "more than 30", "over 200"
    AT_MOST = "at_most"  # "as many as 8,000", "up to 10"
    LESS_THAN = "less_than"  # "fewer than 10"
    RANGE = "range"  # "one to three"
    VAGUE = "vague"  # "dozens", "hundreds", "several"


def _non_negative(inst: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value < 0:
        raise ValueError(f"{type(inst).__name__}.{attribute.name} must be >= 0, got {value}")


def _non_empty(inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not value.strip():
        raise ValueError(f"{type(inst).__name__}.{attribute.name} must not be empty")


_str = v.instance_of(str)
_opt_str = v.optional(v.instance_of(str))
_opt_int = v.optional(v.instance_of(int))


@frozen
class Span:
    """Half-open ``[start, end)`` character offsets into the original text."""

    start: int = field(validator=[v.instance_of(int), _non_negative])
    end: int = field(validator=[v.instance_of(int), _non_negative])

    def __attrs_post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"Span: start ({self.start}) is after end ({self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


_opt_span = v.optional(v.instance_of(Span))


def _tuple_of(cls: type) -> Any:
    """A validator: a tuple whose items are all ``cls`` (tuples keep the models immutable)."""
    return v.deep_iterable(v.instance_of(cls), v.instance_of(tuple))


@frozen
class Actor:
    """A side in the conflict: a state or organisation, as written and canonical.

    ``canonical`` is the English short name of the guidelines (``Russia``,
    ``United States``, ``NATO``); ``written`` is the phrase in the text
    (``the Kremlin``, ``Ukraine's air force``).
    """

    canonical: str = field(validator=[_str, _non_empty])
    written: str = field(validator=_str)
    span: Span | None = field(default=None, validator=_opt_span)


@frozen
class Place:
    """A located place: canonical name, region, country and precision.

    ``alternatives`` lists the regions of other places of the same name when
    nothing in the text decided between them (the ambiguity is reported,
    not guessed: ``admin1`` is then ``None``).
    """

    name: str = field(validator=[_str, _non_empty])
    written: str = field(validator=_str)
    precision: GeoPrecision = field(validator=v.instance_of(GeoPrecision))
    admin1: str | None = field(default=None, validator=_opt_str)
    country: str | None = field(default=None, validator=_opt_str)
    lat: float | None = field(default=None, validator=v.optional(v.instance_of(float)))
    lon: float | None = field(default=None, validator=v.optional(v.instance_of(float)))
    span: Span | None = field(default=None, validator=_opt_span)
    alternatives: tuple[str, ...] = field(default=(), validator=v.deep_iterable(v.instance_of(str), v.instance_of(tuple)))

    def __attrs_post_init__(self) -> None:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("Place: lat and lon must be given together")
        if self.lat is not None and not -90.0 <= self.lat <= 90.0:
            raise ValueError(f"Place.lat out of range: {self.lat}")
        if self.lon is not None and not -180.0 <= self.lon <= 180.0:
            raise ValueError(f"Place.lon out of range: {self.lon}")


@frozen
class Quantity:
    """A count as stated: a number, a bound, a range or a vague amount.

    ``value`` is the number the text states (``at least four`` -> 4,
    ``more than 30`` -> 30) and is ``None`` for ranges and vague amounts
    (``one to three``, ``dozens``); ``low`` and ``high`` are the inclusive
    bounds implied, when there are any.
    """

    value: int | None = field(validator=[_opt_int, _non_negative])
    qualifier: Qualifier = field(default=Qualifier.EXACT, validator=v.instance_of(Qualifier))
    low: int | None = field(default=None, validator=[_opt_int, _non_negative])
    high: int | None = field(default=None, validator=[_opt_int, _non_negative])
    unit: str | None = field(default=None, validator=_opt_str)
    written: str = field(default="", validator=_str)
    span: Span | None = field(default=None, validator=_opt_span)

    def __attrs_post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"Quantity: low ({self.low}) is above high ({self.high})")
        if self.value is None and self.low is None and self.high is None:
            if self.qualifier is not Qualifier.VAGUE:
                raise ValueError("Quantity: a non-vague quantity needs a value or bounds")


_DATE_SHAPES = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "season": re.compile(r"\d{4}"),
    "year": re.compile(r"\d{4}"),
}


@frozen
class EventDate:
    """When an event happened, at the precision the text gives.

    ``date`` is ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (for a season
    the year, with ``season`` naming it), or ``None`` when the expression
    could not be resolved (a weekday with no publication date).
    """

    date: str | None = field(validator=_opt_str)
    precision: DatePrecision | None = field(
        default=None, validator=v.optional(v.instance_of(DatePrecision))
    )
    written: str = field(default="", validator=_str)
    span: Span | None = field(default=None, validator=_opt_span)
    season: str | None = field(default=None, validator=_opt_str)

    def __attrs_post_init__(self) -> None:
        if self.date is None:
            if self.precision is not None:
                raise ValueError("EventDate: an unresolved date has no precision")
            return
        if self.precision is None:
            raise ValueError("EventDate: a resolved date needs a precision")
        if not _DATE_SHAPES[self.precision.value].fullmatch(self.date):
            raise ValueError(
                f"EventDate: {self.date!r} does not have {self.precision.value} precision"
            )


@frozen
class Weapon:
    """A kind of weapon used in a strike, with per-kind counts when stated."""

    kind: WeaponKind = field(validator=v.instance_of(WeaponKind))
    written: str = field(default="", validator=_str)
    launched: Quantity | None = field(default=None)
    intercepted: Quantity | None = field(default=None)
    span: Span | None = field(default=None, validator=_opt_span)


@frozen
class Target:
    """What a strike hit or aimed at (``recruitment_centre``, ``energy_infrastructure``)."""

    kind: str = field(validator=[_str, _non_empty])
    written: str = field(default="", validator=_str)
    span: Span | None = field(default=None, validator=_opt_span)


@frozen(kw_only=True)
class BaseEvent:
    """Fields every event has.

    ``id`` is stable: derived from the document id, the type and the span
    (see ``conflictevents.ids.event_id``). ``claim`` is the id of the
    claim the event is stated in, if any. ``rule`` names what produced the
    event: the id of its event frame (several joined by ``+`` when a strike's
    clause matched several), or a grammar's own shape (``claim.speaker-first``).
    """

    event_type: ClassVar[str] = ""

    id: str = field(validator=[_str, _non_empty])
    doc: str = field(validator=_str)
    span: Span = field(validator=v.instance_of(Span))
    evidence: str = field(validator=_str)
    rule: str = field(default="", validator=_str)
    claim: str | None = field(default=None, validator=_opt_str)

    def __attrs_post_init__(self) -> None:
        if len(self.evidence) != len(self.span):
            raise ValueError(
                f"{type(self).__name__}: evidence has {len(self.evidence)} characters "
                f"but span {self.span.start}-{self.span.end} covers {len(self.span)}"
            )


_opt_actor = v.optional(v.instance_of(Actor))
_opt_place = v.optional(v.instance_of(Place))
_opt_qty = v.optional(v.instance_of(Quantity))
_opt_date = v.optional(v.instance_of(EventDate))


@frozen(kw_only=True)
class Strike(BaseEvent):
    """An air, drone, missile, artillery or other stand-off attack, and its toll."""

    event_type: ClassVar[str] = "strike"

    actor: Actor | None = field(default=None, validator=_opt_actor)
    weapons: tuple[Weapon, ...] = field(default=(), validator=_tuple_of(Weapon))
    launched: Quantity | None = field(default=None, validator=_opt_qty)
    intercepted: Quantity | None = field(default=None, validator=_opt_qty)
    killed: Quantity | None = field(default=None, validator=_opt_qty)
    injured: Quantity | None = field(default=None, validator=_opt_qty)
    locations: tuple[Place, ...] = field(default=(), validator=_tuple_of(Place))
    targets: tuple[Target, ...] = field(default=(), validator=_tuple_of(Target))
    date: EventDate | None = field(default=None, validator=_opt_date)


@frozen(kw_only=True)
class TerritorialChange(BaseEvent):
    """A change, or a claimed state, of control over territory."""

    event_type: ClassVar[str] = "territorial_change"

    change: Change = field(validator=v.instance_of(Change))
    actor: Actor | None = field(default=None, validator=_opt_actor)
    place: Place | None = field(default=None, validator=_opt_place)
    admin1: str | None = field(default=None, validator=_opt_str)
    area_km2: Quantity | None = field(default=None, validator=_opt_qty)
    depth_km: Quantity | None = field(default=None, validator=_opt_qty)
    settlements: Quantity | None = field(default=None, validator=_opt_qty)
    date: EventDate | None = field(default=None, validator=_opt_date)


@frozen(kw_only=True)
class DiplomaticEvent(BaseEvent):
    """Contact or measures between states or organisations, held or planned."""

    event_type: ClassVar[str] = "diplomatic_event"

    kind: DiplomaticKind = field(validator=v.instance_of(DiplomaticKind))
    status: Status = field(default=Status.OCCURRED, validator=v.instance_of(Status))
    participants: tuple[Actor, ...] = field(default=(), validator=_tuple_of(Actor))
    location: Place | None = field(default=None, validator=_opt_place)
    date: EventDate | None = field(default=None, validator=_opt_date)


@frozen(kw_only=True)
class Deployment(BaseEvent):
    """Forces or military assets sent, stationed or pledged somewhere."""

    event_type: ClassVar[str] = "deployment"

    status: Status = field(default=Status.OCCURRED, validator=v.instance_of(Status))
    actor: Actor | None = field(default=None, validator=_opt_actor)
    location: Place | None = field(default=None, validator=_opt_place)
    size: Quantity | None = field(default=None, validator=_opt_qty)
    unit: str | None = field(default=None, validator=_opt_str)
    date: EventDate | None = field(default=None, validator=_opt_date)


@frozen(kw_only=True)
class Claim(BaseEvent):
    """An attributed statement about the conflict: who says, denies or confirms what.

    ``source`` is the speaker as written (``Russian defence ministry``),
    ``actor`` the side it speaks for. ``verified`` is ``False`` where the
    text says the claim could not be independently verified, else ``None``.
    ``about`` lists the ids of the events stated inside the claim.
    """

    event_type: ClassVar[str] = "claim"

    stance: Stance = field(default=Stance.ASSERTS, validator=v.instance_of(Stance))
    actor: Actor | None = field(default=None, validator=_opt_actor)
    source: str | None = field(default=None, validator=_opt_str)
    source_span: Span | None = field(default=None, validator=_opt_span)
    verb: str | None = field(default=None, validator=_opt_str)
    verified: bool | None = field(default=None, validator=v.optional(v.instance_of(bool)))
    about: tuple[str, ...] = field(default=(), validator=_tuple_of(str))
    date: EventDate | None = field(default=None, validator=_opt_date)


#: Any event.
Event = Union[Strike, TerritorialChange, DiplomaticEvent, Deployment, Claim]

#: Event classes by their JSON ``type`` tag, in the order of the guidelines.
EVENT_TYPES: dict[str, type[BaseEvent]] = {
    cls.event_type: cls
    for cls in (Strike, TerritorialChange, DiplomaticEvent, Deployment, Claim)
}
