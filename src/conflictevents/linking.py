"""Linking a document's drafts: claims and what they assert, continuations, dates, verification, ids.

The last stage of the cascade, after every sentence is read:

1. an event whose evidence lies inside a claim's content is stated by that
   claim (``claim`` on the event, ``about`` on the claim), and takes the
   claim's date when it has none of its own;
2. a statement with no event in it and no word about the conflict is no
   claim about it, and is dropped;
3. a count-only strike right after a strike of the same paragraph continues
   it ("Seventy-five of the drones were downed, it added");
4. a strike with no stated side takes the side of the story's strikes when
   that is unambiguous (never a side striking its own country);
5. a non-verification sentence ("could not be independently verified")
   marks the claims it refers to ``verified: false``;
6. dates are resolved against the publication date (or the claim's day);
   ids are derived in text order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable


from . import compiled
from .grammars.base import Draft
from .lexicons import dates as _dates
from .mentions.scan import may_hold
from .models import DatePrecision, EventDate

__all__ = ["Linked", "link_claims", "denied_events", "blamed_strikes", "own_side_announcements", "own_deployments",
           "ANNOUNCED_BY_OWN_SIDE", "UNNAMED_OFFICIALS", "DENIED_EVENT_NOUNS", "DENIED_EVENT_POINTERS",
           "DENIAL_LOOKBACK_SENTENCES", "continue_strikes", "default_strike_actors", "page_side", "verification", "resolve_dates",
           "NOT_VERIFIED"]

#: A sentence that says claims could not be verified.
NOT_VERIFIED = compiled.compile(
    r"(?i)\b(?:(?:could[ ]not|cannot|can't|couldn't|unable[ ]to|were[ ]not|was[ ]not|have[ ]not[ ]been|"
    r"has[ ]not[ ]been|had[ ]not[ ]been|not[ ]been|is[ ]unable[ ]to|are[ ]unable[ ]to|could[ ]not[ ]be|"
    r"not[ ](?:been[ ])?(?:able|possible)[ ]to|"
    # "Neither account could be independently verified", "None of the reports could be confirmed"
    r"(?:neither|none[ ]of[ ](?:the|these|those|their))[ ](?:[\p{L}']+[ ])?(?:claims?|accounts?|reports?|"
    r"statements?|versions?|figures?|tolls?|assertions?)[ ]could)"
    r"[ ](?:immediately[ ])?(?:be[ ])?(?:independently[ ])?(?:verif(?:y|ied)|confirm(?:ed)?|check(?:ed)?)\b"
    r"|\bno[ ]independent[ ](?:verification|confirmation)\b)"
)
#: The words one of which every :data:`NOT_VERIFIED` match holds (a cheap test before the search).
_NOT_VERIFIED_WORDS = ("verif", "confirm", "check")
_HAS_YEAR = compiled.compile(r"\b(?:19|20)\d{2}\b")
_MONTH_DAY = compiled.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ ]\d|\d[ ](?:jan|feb|"
                           r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
#: A weekday's name in a date expression ("on Saturday night").
_WEEKDAY = compiled.compile(r"(?i)\b(?:" + "|".join(_dates.WEEKDAYS) + r")\b")
_PAST_WORDS = compiled.compile(r"(?i)\b(?:earlier|last|ago|previous|previously|yesterday|recent|recently)\b")
_TOLL_WORDS = compiled.compile(r"(?i)\b(?:tolls?|casualt(?:y|ies)|figures?|details|reports?|claims?|numbers?|accounts?)\b")
#: "The claim could not be verified": one claim, the latest before the sentence.
_ONE_CLAIM = compiled.compile(r"(?i)\b(?:the|this|that|his|her|its)[ ](?:claim|report|statement|assertion|account)\b(?!s)")
#: "Neither account could be verified", "None of the claims ...", "could not verify either side's account": every
#: claim told just before.
_EVERY_CLAIM = compiled.compile(r"(?i)^\W*(?:neither|none[ ]of)\b|\beither[ ](?:side|party|of[ ]the|account|claim|"
                                r"version|report)|\bboth[ ](?:accounts|claims|versions|reports|sides)\b")
#: A clause break between a non-verification and a claim told after it in the same sentence.
_CLAUSE_AFTER = compiled.compile(r"[,;:]|[ ](?:and|but|while|whereas)[ ]")
#: How many sentences back such a sentence reaches.
_EVERY_CLAIM_WINDOW = 3


class Linked:
    """Which claim states which event (by draft identity)."""

    def __init__(self) -> None:
        self.claim_of: dict[int, Draft] = {}

    def add(self, event: Draft, claim: Draft) -> None:
        self.claim_of[id(event)] = claim

    def get(self, event: Draft) -> Draft | None:
        return self.claim_of.get(id(event))

    def claims_with_events(self) -> set[int]:
        return {id(c) for c in self.claim_of.values()}


def link_claims(claims: list[Draft], others: list[Draft]) -> Linked:
    """Events whose evidence lies inside a claim's content (same sentence).

    An event that ends inside the content and starts at the speaker, who is its agent ("Russia denied
    carrying out the attack": the event reads from "Russia"), is inside it too. Of nested claims, the innermost
    states the event.
    """
    linked = Linked()
    for d in others:
        holding = [c for c in claims if c.sentence == d.sentence and c.content and (
            c.content[0] <= d.start and d.end <= c.content[1] + 1 or
            c.start <= d.start < c.content[0] < d.end <= c.content[1] + 1)]
        if holding:
            # nested claims ("Kyiv rejected Moscow's claims that ..."): the innermost states it (the first of
            # equal ones)
            linked.add(d, min(holding, key=lambda c: c.content[1] - c.content[0]))  # type: ignore[index]
    return linked


#: Event types a side announces itself: "Britain will send 500 soldiers to Estonia, the defence ministry
#: said" is the British ministry; "Ukrainian forces recaptured Kamianske, the general staff said" the
#: Ukrainian general staff (a strike is as often told by the side it hit: no such reading there).
ANNOUNCED_BY_OWN_SIDE = frozenset({"deployment", "territorial_change"})
#: Speakers with no side of their own that such an announcement gives one ("the defence ministry", "officials").
UNNAMED_OFFICIALS = frozenset({"ministry", "defence ministry", "defense ministry", "foreign ministry", "government",
                               "officials", "official", "spokesman", "spokeswoman", "spokesperson", "office",
                               "minister", "defence minister", "defense minister", "authorities", "military",
                               "army", "general staff", "armed forces", "command", "military source",
                               "military sources", "security source", "security sources", "army source"})


#: Words an event's side may be written with that name no side of their own (the side came from elsewhere).
_POINTING = frozenset({"it", "its", "they", "their", "them", "we", "our", "us", "he", "his", "she", "her"})


def _named_side(d: Draft) -> bool:
    """Whether an event's side is written in it by name ("Ukrainian troops"), not read from a pronoun or from
    the speaker of its claim."""
    written = str(d.slots["actor"][0]).lower()
    return written not in _POINTING and not any(n.endswith(".speaker") for n in d.notes)


def own_side_announcements(claims: list[Draft], others: list[Draft], linked: Linked) -> None:
    """A claim by an official with no side of its own (:data:`UNNAMED_OFFICIALS`, or a title with a name:
    "military spokesman X") whose events are all announcements of one side (:data:`ANNOUNCED_BY_OWN_SIDE`)
    speaks for that side (its ``actor`` slot is filled; a note says so)."""
    told: dict[int, list[Draft]] = {}
    for d in others:
        c = linked.get(d)
        if c is not None:
            told.setdefault(id(c), []).append(d)
    for c in claims:
        events = told.get(id(c), [])
        source = str(c.slots.get("source") or "").lower()
        # an unnamed official, or a named one whose title gives no side ("military spokesman Nabil Abdallah")
        if not events or not (source in UNNAMED_OFFICIALS or c.extra.get("official")):
            continue
        if c.slots.get("actor"):
            # a side guessed from the story for a bare "the defence ministry" gives way to the side whose
            # deployment it announces ("Germany will send 500 troops ..., the defence ministry announced" after
            # a Gaza report)
            if source not in UNNAMED_OFFICIALS or not all(d.event_type == "deployment" for d in events) or any(
                    d.slots.get("actor") and d.slots["actor"][1] == c.slots["actor"] for d in events):
                continue
        named = [d for d in events if d.slots.get("actor") and _named_side(d)]
        sides = {d.slots["actor"][1] for d in named}
        if len(sides) == 1 and len(named) == len(events) and all(d.event_type in ANNOUNCED_BY_OWN_SIDE
                                                                  for d in events):
            c.slots["actor"] = next(iter(sides))
            c.notes.append("claim.actor.own-announcement")


def own_deployments(claims: list[Draft], others: list[Draft], linked: Linked,
                    military: Callable[[str], bool], foes: dict[str, str]) -> None:
    """A deployment with no side, to a place outside the speaker's state (or at sea), that an armed force or
    defence ministry of a state announces is its own: "The deployment of Patriot systems to Rzeszow was completed,
    the German defence ministry said" (``actor`` filled; a note says so). Forces seen on the speaker's own soil ("troops
    were seen near Kupiansk, Ukraine's military said") or on its foe's (``foes``: "troops were sent to Belgorod,
    Ukraine's military said") may be the enemy's, and keep no side."""
    del claims  # (the signature of the other linking steps)
    for d in others:
        if d.event_type != "deployment" or d.slots.get("actor"):
            continue
        c = linked.get(d)
        if c is None or not c.slots.get("actor") or not military(str(c.slots.get("source") or "")):
            continue
        place = getattr(d.slots.get("location"), "value", None)
        country = getattr(place, "country", None)
        if place is None or (country and country in (c.slots["actor"], foes.get(str(c.slots["actor"])))):
            continue
        d.slots["actor"] = (str(c.slots.get("source") or ""), str(c.slots["actor"]))
        d.notes.append("deployment.actor.own-announcement")


#: Nouns by which a denial names an event told before it ("denied responsibility for the strike", "rejected
#: the claims about the attack") and the event type each points back to.
DENIED_EVENT_NOUNS: dict[str, str] = {
    "attack": "strike", "attacks": "strike", "strike": "strike", "strikes": "strike", "airstrike": "strike",
    "airstrikes": "strike", "bombing": "strike", "bombings": "strike", "shelling": "strike", "raid": "strike",
    "raids": "strike", "assault": "strike", "capture": "territorial_change", "seizure": "territorial_change",
    "takeover": "territorial_change", "advance": "territorial_change", "advances": "territorial_change",
    "deployment": "deployment", "meeting": "diplomatic_event", "talks": "diplomatic_event",
}
#: Words before such a noun that make it point back: "the attack", "this strike", "responsibility for".
DENIED_EVENT_POINTERS = frozenset({"the", "this", "that", "these", "those", "such", "any", "for"})
#: How many sentences back a denial looks for the event it names.
DENIAL_LOOKBACK_SENTENCES = 3
_WORDS = compiled.compile(r"[\p{L}\p{N}]+")


def denied_events(claims: list[tuple[int, str, Draft]], others: list[tuple[int, Draft]],
                  linked: Linked) -> dict[int, list[Draft]]:
    """The events a denial or an accusation with no event inside names by a noun, told in the sentences before it.

    ``claims``: (article, content text, draft); ``others``: (article, draft). "Russia denied responsibility
    for the strike", "Kyiv blamed Moscow for the attack" (a claim whose ``extra`` names the ``"accused"``
    side): the latest such event of the same article, at most :data:`DENIAL_LOOKBACK_SENTENCES` sentences
    back. Returns the events by claim (draft identity).
    """
    with_events = linked.claims_with_events()
    out: dict[int, list[Draft]] = {}
    for article, content, c in claims:
        if id(c) in with_events or (str(c.slots.get("stance", "")) != "denies" and not c.extra.get("accused")):
            continue
        words = [w.lower() for w in _WORDS.findall(content)]
        wanted = {DENIED_EVENT_NOUNS[w] for k, w in enumerate(words)
                  if w in DENIED_EVENT_NOUNS and k > 0 and words[k - 1] in DENIED_EVENT_POINTERS}
        if len(wanted) != 1:
            continue
        earlier = [d for a, d in others if a == article and d.event_type in wanted
                   and c.sentence - DENIAL_LOOKBACK_SENTENCES <= d.sentence < c.sentence]
        if earlier:
            latest = max(d.sentence for d in earlier)
            out[id(c)] = [d for d in earlier if d.sentence == latest]
    return out


def blamed_strikes(claims: list[Draft], pointed: dict[int, list[Draft]],
                   told: dict[int, list[Draft]] | None = None) -> None:
    """A strike told with no side takes the side a later accusation blames for it ("A missile hit a school in
    Sumy. Kyiv blamed Moscow for the strike.": Russia), from :func:`denied_events`; or the side a statement that
    tells it blames in a trailing participle ("A missile hit a school in Sumy, officials said, blaming Russia"),
    from ``told`` (the events inside each claim, by claim identity). A note says so."""
    told = told or {}
    for c in claims:
        side = c.extra.get("accused")
        if not side or str(c.slots.get("stance", "")) == "denies":
            continue
        for d in [*pointed.get(id(c), ()), *told.get(id(c), ())]:
            if d.event_type == "strike" and not d.slots.get("actor") and side != c.slots.get("actor"):
                d.slots["actor"] = (str(side), str(side))
                d.notes.append("strike.actor.blamed")


def _hit_countries(d: Draft) -> set[str]:
    return {m.value.country for m in d.slots.get("locations") or () if m.value.country} | {
        m.value.name for m in d.slots.get("locations") or () if m.value.precision.value == "country"}


def _same_theatre(side: str, side_hit: set[str], hit: set[str], d: Draft | None = None) -> bool:
    """May ``side``, whose strikes hit ``side_hit``, be the attacker of a strike on ``hit`` (the strike ``d``)?

    Not when ``d`` hit that side's own forces or sites ("the army said it had struck RSF positions": not the RSF).
    """
    if d is not None and side in d.extra.get("target_sides", ()):
        return False
    return side not in hit and not (hit and side_hit and not hit & side_hit)


def continue_strikes(strikes: list[tuple[Any, Draft]]) -> None:
    """A count-only strike right after a strike of the same paragraph adds to it (and takes its side): in the next
    sentence, or in the same sentence after a semicolon ("Russia launched 146 drones overnight; 118 of them were
    shot down")."""
    for (s0, prev), (s1, cur) in zip(strikes, strikes[1:]):
        if s1.line_start != s0.line_start or cur.sentence not in (prev.sentence, prev.sentence + 1) or (
                cur.sentence == prev.sentence and ";" not in s1.text[prev.end:cur.start]):
            continue
        if cur.slots.get("intercepted") is not None and prev.slots.get("intercepted") is None \
                and prev.slots.get("launched") is not None and cur.slots.get("launched") is None:
            prev.slots["intercepted"] = cur.slots["intercepted"]
        if cur.slots.get("actor") is None and prev.slots.get("actor") is not None \
                and not cur.extra.get("unnamed_agent") \
                and _same_theatre(prev.slots["actor"][1], _hit_countries(prev), _hit_countries(cur), cur):
            cur.slots["actor"] = prev.slots["actor"]
            cur.notes.append("strike.actor.continuation")


def default_strike_actors(strikes: list[tuple[Any, Draft]]) -> None:
    """A strike with no stated side takes the side of the story's strikes.

    The story's only attacking side; or, when there are several, the side of
    the closest earlier strike of the same story, within three sentences.
    Never a side striking its own country, nor a side from strikes on other
    countries (a story that moves from Lebanon to Kharkiv).

    A story that names no attacking side at all (a live blog's entry under its
    own headline, "The death toll from the missile strike on Dnipro has risen
    to four") takes the page's only side among the strikes on the same country
    (the page's title "Russian missile strike on Dnipro", an earlier entry);
    see :func:`page_side`.
    """
    by_article: dict[int, set[str]] = {}
    theatres: dict[int, set[str]] = {}
    #: a hit country -> the sides the page's strikes on it name (every story of the page)
    on_country: dict[str, set[str]] = {}
    for s, d in strikes:
        if d.slots.get("actor"):
            by_article.setdefault(s.article, set()).add(d.slots["actor"][1])
            theatres.setdefault(s.article, set()).update(_hit_countries(d))
            for country in _hit_countries(d):
                on_country.setdefault(country, set()).add(d.slots["actor"][1])
    last: dict[int, tuple[int, tuple[str, str], set[str]]] = {}
    for s, d in strikes:
        if d.slots.get("actor"):
            last[s.article] = (d.sentence, d.slots["actor"], _hit_countries(d))
            continue
        if d.extra.get("unnamed_agent"):
            continue
        sides = by_article.get(s.article, set())
        previous = last.get(s.article)
        hit = _hit_countries(d)
        theatre = theatres.get(s.article, set())
        if len(sides) == 1 and _same_theatre(next(iter(sides)), theatre, hit, d):
            side = next(iter(sides))
            d.slots["actor"] = (side, side)
        elif previous is not None and d.sentence - previous[0] <= 3 and _same_theatre(previous[1][1], previous[2],
                                                                                      hit, d):
            d.slots["actor"] = previous[1]
        elif not sides and (page := page_side(on_country, hit)) is not None \
                and page not in d.extra.get("target_sides", ()):
            d.slots["actor"] = (page, page)
            d.notes.append("strike.actor.page")
            continue
        else:
            continue
        d.notes.append("strike.actor.story")


def page_side(on_country: dict[str, set[str]], hit: set[str]) -> str | None:
    """The page's only attacking side for a strike on ``hit`` (its countries), or None.

    ``on_country`` maps each country the page's sided strikes hit to their sides. A strike with no known
    country takes no side; nor does one whose countries the page's strikes hit from several sides, or only
    from a side of the hit country itself.

    >>> page_side({"Ukraine": {"Russia"}}, {"Ukraine"})
    'Russia'
    >>> page_side({"Ukraine": {"Russia"}, "Russia": {"Ukraine"}}, {"Russia"})
    'Ukraine'
    >>> page_side({"Palestine": {"Israel", "Egypt"}}, {"Palestine"}) is None
    True
    >>> page_side({"Ukraine": {"Russia"}}, set()) is None
    True
    """
    sides = set().union(*(on_country.get(country, set()) for country in hit)) if hit else set()
    if len(sides) != 1:
        return None
    side = next(iter(sides))
    return None if side in hit else side


def verification(sentences: list[Any], claims: list[tuple[Any, Draft]], linked: Linked,
                 person_names: dict[str, str], named_people: Any) -> dict[int, bool]:
    """``verified: False`` for the claims a non-verification sentence refers to."""
    out: dict[int, bool] = {}
    with_events = linked.claims_with_events()
    for i, sent in enumerate(sentences):
        if not may_hold(sent.text, _NOT_VERIFIED_WORDS):
            continue
        said = NOT_VERIFIED.search(sent.text)
        if said is None:
            continue
        people = [m.group() for m in named_people.finditer(sent.text)]
        every = _EVERY_CLAIM.search(sent.text) is not None and not people
        # "The claim could not be confirmed, and Russia's ministry said only ...": the sentence's own statement
        # is not what "the claim" points back to
        back = _ONE_CLAIM.match(sent.text.lstrip()) is not None
        own = not every and not back and any(cs.article == sent.article and c.sentence == i for cs, c in claims)
        latest = max((c.sentence for cs, c in claims if cs.article == sent.article and
                      (c.sentence < i if back else c.sentence <= i) and id(c) in with_events), default=-1)
        one = _ONE_CLAIM.search(sent.text) is not None and not people
        for cs, c in claims:
            if cs.article != sent.article or c.sentence > i or (own and c.sentence != i):
                continue
            if every:
                if c.sentence >= i - _EVERY_CLAIM_WINDOW:
                    out[id(c)] = False  # "Neither account could be independently verified"
                continue
            if one and c.sentence != latest:
                continue
            source = (c.slots.get("source") or "").lower()
            if people:
                if any(p.lower() in source or source in p.lower() for p in people if source):
                    out[id(c)] = False
            elif own:
                # "X said it hit 40 targets, though there was no independent confirmation", "could not verify X's
                # claim that ..."; not a claim told in a clause after it ("X's claim that ... could not be
                # confirmed, and Y said ...": Y's claim is not in doubt)
                if c.start < said.end() or not _CLAUSE_AFTER.search(sent.text, said.end(), c.start):
                    out[id(c)] = False
            elif _TOLL_WORDS.search(sent.text):
                if id(c) in with_events:
                    out[id(c)] = False
                elif "agency" in sent.text and source and source.split()[-1] in sent.text.lower():
                    out[id(c)] = False
    return out


def resolve_dates(found: list[tuple[Any, Draft]], claims: list[tuple[Any, Draft]], linked: Linked,
                  pub: dt.date | None) -> dict[int, EventDate | None]:
    """The date of every draft, resolved against the publication date (or the claim's day)."""
    out: dict[int, EventDate | None] = {}
    claim_dates: dict[int, EventDate | None] = {}
    # (a statement and the events it tells share a date mention: each expression is resolved once a document;
    # the dates are frozen, so the events may share them)
    memo: dict[tuple[str, dt.date | None, bool], EventDate | None] = {}
    previous: tuple[int, str, EventDate | None] | None = None
    for s, c in claims:
        shift = _dates.offset_days(c.date_mention.text) if c.date_mention is not None else None
        if c.date_mention is not None and shift is not None:
            date: EventDate | None = _offset_date(c.date_mention.text, shift, c, None, _filed(c, pub))
        else:
            date = _resolve(c.date_mention.text if c.date_mention else None, _filed(c, pub), memo=memo)
        source = str(c.slots.get("source") or "")
        if date is None and c.date_mention is None and previous is not None and not s.headline and \
                source and previous[1] == source and 0 <= c.sentence - previous[0] <= 1:
            date = previous[2]  # "..., Syrsky added": the day of the statement it continues
        claim_dates[id(c)] = date
        if source:
            previous = (c.sentence, source, date)
    for s, d in found:
        if d.event_type == "claim":
            out[id(d)] = claim_dates.get(id(d))
            continue
        anchor = _filed(d, pub)
        claim = linked.get(d)
        mention = d.date_mention
        # inside a dated statement ("hit Kharkiv overnight, the air force said on Sunday") a word counting
        # from the moment of speaking counts from the statement's day, and so does a weekday of a past event ("said
        # on Sunday it struck Beirut on Saturday night": the Saturday before that Sunday)
        if claim is not None and mention is not None and (_dates.is_deictic(mention.text) or (
                not d.planned and _WEEKDAY.search(mention.text) and not _MONTH_DAY.search(mention.text))):
            said = claim_dates.get(id(claim))
            if said is not None and said.date and said.precision is DatePrecision.DAY and not _dates.is_deictic(
                    said.written) and said.date <= (anchor or pub or dt.date.max).isoformat():
                anchor = dt.date.fromisoformat(said.date)
        if d.planned and mention is not None and claim is not None and not d.extra.get("pledge_day") and \
                not (claim.start <= d.start < claim.content[0] if claim.content else False):
            if claim.content and not claim.content[0] <= mention.start < claim.content[1]:
                mention = None  # "will deploy ..., the government announced on Thursday": not its date
        if mention is not None and not d.planned:
            anchor = _story_anchor(mention.text, d, anchor, pub)
        # a planned event dated by its past announcement ("earlier on Sunday", "last week") is not in the future
        planned = d.planned and not (mention is not None and _PAST_WORDS.search(mention.text)) and \
            not d.extra.get("pledge_day")  # "pledged on Sunday to send": the day of the pledge
        shift = _dates.offset_days(mention.text) if mention is not None else None
        if mention is not None and shift is not None and claim is not None and claim.date_mention is not None \
                and claim.sentence == d.sentence and claim.date_mention.start == mention.start:
            date = claim_dates.get(id(claim))  # "said a day later that ...": the statement's offset, its day
        elif mention is not None and shift is not None:
            date = _offset_date(mention.text, shift, d, claim_dates.get(id(claim)) if claim is not None else None,
                                _filed(d, pub))
        else:
            date = _resolve(mention.text if mention else None, anchor, planned=planned, memo=memo)
        if mention is not None and not d.planned:
            # "Hamas's October 7 attack" on a page of 2025: the day that war is named by, 2023's
            actor = d.slots.get("actor")
            named = _dates.named_day(mention.text, str(actor[1] if isinstance(actor, tuple) else actor)
                                     if actor else None, pub)
            if named is not None:
                date = named
        if (date is None or date.date is None) and claim is not None and not d.extra.get("undated") and \
                shift is None:
            date = claim_dates.get(id(claim))
        out[id(d)] = date
    return out


def _filed(d: Draft, pub: dt.date | None) -> dt.date | None:
    """The day draft ``d``'s words count from: the day its story was filed (a dateline's or a live blog's day
    heading, when it is not the publication day), else the publication date."""
    filed = d.extra.get("filed")
    return dt.date.fromisoformat(str(filed)) if filed else pub


def _story_anchor(text: str, d: Draft, anchor: dt.date | None, pub: dt.date | None) -> dt.date | None:
    """The date to read ``text`` against in draft ``d``'s story: the end of the story's year for a day with no
    year in a story told from an earlier year ("On March 7" after "March 3, 2022": that year's March), else
    ``anchor``."""
    story_date = str(d.extra.get("story_date") or "")
    year = int(story_date[-4:]) if story_date else None
    if year and anchor is not None and year < anchor.year and not _HAS_YEAR.search(text) and \
            _MONTH_DAY.search(text) and _after_story_date(text, dt.date(year, 12, 31), story_date, pub):
        return dt.date(year, 12, 31)
    return anchor


def _offset_date(written: str, shift: int, d: Draft, said: EventDate | None, pub: dt.date | None) -> EventDate:
    """The date of an event dated by an offset ("the previous day", "two days later"): counted from the day
    written before it in its sentence, else from the day of the statement it is told in ("said on Sunday that
    ... the previous day"), else from the story's latest day ("earlier in the day" with none: the day of the
    report); none when there is no such day."""
    origin: EventDate | None = None
    before = d.extra.get("date_from")
    if before is not None:
        origin = _resolve(str(before), _story_anchor(str(before), d, pub, pub))
    elif said is not None and said.date and said.precision is DatePrecision.DAY:
        origin = said
    elif d.extra.get("last_day") is not None:
        day_text = str(d.extra["last_day"])
        origin = _resolve(day_text, _story_anchor(day_text, d, pub, pub))
    if origin is None and pub is not None and "in the day" in written.lower():
        origin = _dates.resolve_date("today", pub)  # "earlier in the day" in a story with no day yet: today
    if origin is None or not origin.date or origin.precision is not DatePrecision.DAY:
        return _dates.resolve_date(written, None)
    day = dt.date.fromisoformat(origin.date) + dt.timedelta(days=shift)
    return EventDate(day.isoformat(), DatePrecision.DAY, written=written)


def _after_story_date(text: str, anchor: dt.date, story_date: str, pub: dt.date | None,
                      memo: dict[tuple[str, dt.date | None, bool], EventDate | None] | None = None) -> bool:
    """Does ``text`` read in the story's year fall on or after the full date the story last wrote?

    A story moves forward from its dates: after "the war began on October 7, 2023", "on February 26" is a
    later February, not February 2023 (a background date is no retrospective); after "on March 3, 2022",
    "on March 29" is that March.
    """
    told, ref = _resolve(text, anchor, memo=memo), _resolve(story_date, pub, memo=memo)
    if told is None or ref is None or told.date is None or ref.date is None:
        return True
    n = min(len(told.date), len(ref.date))
    return told.date[:n] >= ref.date[:n]


def _resolve(text: str | None, pub: dt.date | None, planned: bool = False,
             memo: dict[tuple[str, dt.date | None, bool], EventDate | None] | None = None) -> EventDate | None:
    """``text`` resolved against ``pub`` (``None`` for no text or a failure), looked up first in ``memo`` (of one
    document) and kept there."""
    if text is None:
        return None
    key = (text, pub, planned)
    if memo is not None and key in memo:
        return memo[key]
    try:
        found: EventDate | None = _dates.resolve_date(text, pub, planned=planned)
    except (ValueError, OverflowError):
        found = None
    if memo is not None:
        memo[key] = found
    return found
