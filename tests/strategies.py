"""Hypothesis strategies for every model (valid instances only)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from conflictevents import models as m
from conflictevents import results as r

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
names = st.text(st.characters(whitelist_categories=("L", "N", "Zs")), min_size=1, max_size=20).filter(
    lambda s: s.strip() != "")
counts = st.integers(min_value=0, max_value=10**9)


@st.composite
def spans(draw: st.DrawFn, max_end: int = 10_000) -> m.Span:
    a = draw(st.integers(0, max_end))
    b = draw(st.integers(a, max_end))
    return m.Span(a, b)


opt_span = st.none() | spans()
actors = st.builds(m.Actor, canonical=names, written=text, span=opt_span)
coords = st.tuples(st.floats(-90, 90, allow_nan=False), st.floats(-180, 180, allow_nan=False))


@st.composite
def places(draw: st.DrawFn) -> m.Place:
    c = draw(st.none() | coords)
    return m.Place(name=draw(names), written=draw(text), precision=draw(st.sampled_from(m.GeoPrecision)),
                   admin1=draw(st.none() | names), country=draw(st.none() | names),
                   lat=c[0] if c else None, lon=c[1] if c else None, span=draw(opt_span),
                   alternatives=tuple(draw(st.lists(names, max_size=3))))


@st.composite
def quantities(draw: st.DrawFn) -> m.Quantity:
    q = draw(st.sampled_from(m.Qualifier))
    if q is m.Qualifier.VAGUE:
        return m.Quantity(value=None, qualifier=q, low=draw(st.none() | counts), written=draw(text))
    if q is m.Qualifier.RANGE:
        a = draw(counts)
        b = draw(st.integers(a, a + 1000))
        return m.Quantity(value=None, qualifier=q, low=a, high=b, unit=draw(st.none() | st.sampled_from(["km", "km2"])),
                          written=draw(text), span=draw(opt_span))
    v = draw(counts)
    return m.Quantity(value=v, qualifier=q, low=draw(st.none() | st.just(v)), high=draw(st.none() | st.just(v)),
                      written=draw(text), span=draw(opt_span))


@st.composite
def event_dates(draw: st.DrawFn) -> m.EventDate:
    p = draw(st.none() | st.sampled_from(m.DatePrecision))
    if p is None:
        return m.EventDate(None, None, written=draw(text))
    d = draw(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
    value = {"day": d.isoformat(), "month": d.isoformat()[:7], "year": d.isoformat()[:4],
             "season": d.isoformat()[:4]}[p.value]
    season = draw(st.sampled_from(["spring", "summer", "autumn", "winter"])) if p is m.DatePrecision.SEASON else None
    return m.EventDate(value, p, written=draw(text), span=draw(opt_span), season=season)


weapons = st.builds(m.Weapon, kind=st.sampled_from(m.WeaponKind), written=text,
                    launched=st.none() | quantities(), intercepted=st.none() | quantities(), span=opt_span)
targets = st.builds(m.Target, kind=names, written=text, span=opt_span)
opt = st.none


@st.composite
def _common(draw: st.DrawFn) -> dict[str, object]:
    ev = draw(st.text(max_size=40).filter(lambda s: "\ud800" not in s))
    start = draw(st.integers(0, 10_000))
    return dict(id=draw(names), doc=draw(text), span=m.Span(start, start + len(ev)), evidence=ev,
                rule=draw(st.sampled_from(["strike.launch", "tc.capture", "claim.speaker-first", ""])),
                claim=draw(st.none() | names))


@st.composite
def strikes(draw: st.DrawFn) -> m.Strike:
    return m.Strike(**draw(_common()), actor=draw(opt() | actors), weapons=tuple(draw(st.lists(weapons, max_size=3))),
                    launched=draw(opt() | quantities()), intercepted=draw(opt() | quantities()),
                    killed=draw(opt() | quantities()), injured=draw(opt() | quantities()),
                    locations=tuple(draw(st.lists(places(), max_size=3))), targets=tuple(draw(st.lists(targets, max_size=2))),
                    date=draw(opt() | event_dates()))


@st.composite
def territorial_changes(draw: st.DrawFn) -> m.TerritorialChange:
    return m.TerritorialChange(**draw(_common()), change=draw(st.sampled_from(m.Change)), actor=draw(opt() | actors),
                               place=draw(opt() | places()), admin1=draw(opt() | names),
                               area_km2=draw(opt() | quantities()), depth_km=draw(opt() | quantities()),
                               settlements=draw(opt() | quantities()), date=draw(opt() | event_dates()))


@st.composite
def diplomatic_events(draw: st.DrawFn) -> m.DiplomaticEvent:
    return m.DiplomaticEvent(**draw(_common()), kind=draw(st.sampled_from(m.DiplomaticKind)),
                             status=draw(st.sampled_from(m.Status)), participants=tuple(draw(st.lists(actors, max_size=3))),
                             location=draw(opt() | places()), date=draw(opt() | event_dates()))


@st.composite
def deployments(draw: st.DrawFn) -> m.Deployment:
    return m.Deployment(**draw(_common()), status=draw(st.sampled_from(m.Status)), actor=draw(opt() | actors),
                        location=draw(opt() | places()), size=draw(opt() | quantities()),
                        unit=draw(opt() | names), date=draw(opt() | event_dates()))


@st.composite
def claims(draw: st.DrawFn) -> m.Claim:
    return m.Claim(**draw(_common()), stance=draw(st.sampled_from(m.Stance)), actor=draw(opt() | actors),
                   source=draw(opt() | names), source_span=draw(opt_span), verb=draw(opt() | names),
                   verified=draw(st.sampled_from([None, False, True])), about=tuple(draw(st.lists(names, max_size=3))),
                   date=draw(opt() | event_dates()))


events = st.one_of(strikes(), territorial_changes(), diplomatic_events(), deployments(), claims())

sentences = st.builds(r.Sentence, span=spans(), text=text, repeat_of=st.none() | st.integers(0, 100))
articles = st.builds(r.Article, span=spans(), headline=opt_span, sentences=st.lists(sentences, max_size=3).map(tuple))
dropped = st.builds(r.DroppedBlock, span=spans(), rule=names, reason=text)
json_values = st.recursive(st.none() | st.booleans() | st.integers() | text,
                           lambda c: st.lists(c, max_size=3) | st.dictionaries(names, c, max_size=3), max_leaves=5)
extractions = st.builds(
    r.Extraction, doc=text, published=st.none() | st.dates(), length=st.integers(0, 10**6),
    articles=st.lists(articles, max_size=2).map(tuple), dropped=st.lists(dropped, max_size=2).map(tuple),
    events=st.lists(events, max_size=4).map(tuple), metadata=st.dictionaries(names, json_values, max_size=3),
)


# Hostile input (issue 16): text the library must read or refuse with an InputError, never crash on.
HOSTILE_PIECES = [
    "Russia launched 40 drones at Kharkiv", " yesterday", " on Monday", ", the governor said.", " killed ",
    " people.", "\n", " ", "\ud800", "\udfff", "\x00", "\x07", "\x1b[2J", "\u202e", "\ufeff", "\r\n", "\x85",
    "9" * 309, "1" + ",000" * 120, "1." + "9" * 400 + " million", "at least " + "9" * 20,
    "Your support helps us.", "Subscribe to our newsletter.",
]
#: Text built from news phrases and hostile pieces: lone surrogates, control
#: characters, numbers too long for a float, boilerplate; plus any characters.
hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=8)), max_size=25).map("".join)
