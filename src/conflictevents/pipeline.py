"""The pipeline, top to bottom: text layer -> grammars -> linking -> typed events.

:class:`~conflictevents.Extractor` compiles the lexicons and grammars once; its
:meth:`~conflictevents.Extractor.extract` reads one document:

1. **text layer** - clean the page, drop boilerplate, find articles and
   sentences (:func:`conflictevents.text.page.layout`);
2. **gates** - each grammar's trigger words, compiled once into one pattern
   per grammar (``grammars.base.compile_gate``), skip the
   sentences that grammar cannot read;
3. **grammars** - per sentence, claims first (they give speakers, stances and
   dates), then strikes, territorial changes, diplomatic events, deployments;
4. **linking** - events stated inside a claim are linked to it and take its
   date; a strike count in the next sentence of a paragraph joins the strike it
   continues; a strike with no stated side takes the side of the story's other
   strikes when there is only one; non-verification sentences mark the claims
   they refer to;
5. **models** - offsets are mapped to the original text, ids derived, and
   typed, validated events built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import regex

from .arguments import check_arguments
from .config import ExtractConfig
from .errors import ExtractionTimeout
from .grammars.base import LEAD_IN, Draft, Grammar, Mention, SentenceView
from .grammars.claim import ClaimGrammar, mentions_to_counts
from .grammars.deployment import DeploymentGrammar
from .grammars.diplomatic import DiplomaticGrammar
from .grammars.strike import StrikeGrammar
from .grammars.territorial import TerritorialGrammar
from .ids import event_id
from .lexicons import Lexicons
from .lexicons.dates import is_deictic
from .models import (
    Actor,
    BaseEvent,
    Change,
    Claim,
    DatePrecision,
    Deployment,
    DiplomaticEvent,
    DiplomaticKind,
    EventDate,
    Place,
    Quantity,
    Span,
    Stance,
    Status,
    Strike,
    Target,
    TerritorialChange,
    Weapon,
    WeaponKind,
)
from .results import Extraction
from .text.page import Layout, layout
from .text.published import find_published

__all__ = ["Extractor"]

_TYPE_ORDER = {"claim": 0, "strike": 1, "territorial_change": 2, "diplomatic_event": 3, "deployment": 4}
_NOT_VERIFIED = regex.compile(
    r"(?i)\b(?:(?:could[ ]not|cannot|can't|couldn't|unable[ ]to|were[ ]not|was[ ]not|have[ ]not[ ]been|"
    r"has[ ]not[ ]been|had[ ]not[ ]been|not[ ]been|is[ ]unable[ ]to|are[ ]unable[ ]to|could[ ]not[ ]be|"
    r"not[ ](?:been[ ])?(?:able|possible)[ ]to|neither[ ]claim[ ]could|none[ ]of[ ]the[ ]claims[ ]could)"
    r"[ ](?:immediately[ ])?(?:be[ ])?(?:independently[ ])?(?:verif(?:y|ied)|confirm(?:ed)?)\b"
    r"|\bno[ ]independent[ ](?:verification|confirmation)\b)"
)
_TOLL_WORDS = regex.compile(r"(?i)\b(?:tolls?|casualt|figures|details|reports?|claims?|numbers)\b")
#: "The claim could not be verified": one claim, the latest before the sentence.
_ONE_CLAIM = regex.compile(r"(?i)\b(?:the|this|that|his|her|its)[ ](?:claim|report|statement|assertion|account)\b(?!s)")


def _hit_countries(d: Draft) -> set[str]:
    """The countries of the places a strike draft hit."""
    return {m.value.country for m in d.slots.get("locations") or () if m.value.country}


def _same_theatre(side: str, side_hit: set[str], hit: set[str]) -> bool:
    """May ``side``, whose strikes hit ``side_hit``, be the attacker of a strike on ``hit``?

    Not when it would strike its own country, nor when both strikes name
    places and no country is shared (a story that moves from Lebanon to Kharkiv).
    """
    return side not in hit and not (hit and side_hit and not hit & side_hit)


class Extractor:
    """Compiled lexicons and grammars; reuse one for many documents.

    >>> ex = Extractor()
    >>> result = ex.extract("Russia launched 40 drones at Kharkiv on Monday.",
    ...                     published=dt.date(2025, 3, 4), doc_id="d1")
    >>> [e.event_type for e in result.events]
    ['strike']
    >>> result.strikes[0].launched.value
    40
    """

    def __init__(self, config: ExtractConfig | None = None) -> None:
        self.config = config or ExtractConfig()
        self.lexicons = Lexicons(self.config.lexicons)
        g = Grammar(self.lexicons)
        self.grammar = g
        self.claims = ClaimGrammar(g)
        self.readers = (StrikeGrammar(g), TerritorialGrammar(g), DiplomaticGrammar(g), DeploymentGrammar(g))

    # ------------------------------------------------------------------ public
    def extract(
        self,
        text: str,
        *,
        published: dt.date | str | None = None,
        doc_id: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Extraction:
        """Read one document and return its structure and events.

        Raises :class:`~conflictevents.errors.InputError` for arguments it
        cannot use (see :mod:`conflictevents.arguments`) and
        :class:`~conflictevents.errors.ExtractionTimeout` for pathological input.
        """
        args = check_arguments(text, published, doc_id, metadata, max_chars=self.config.max_chars)
        text, pub, doc, metadata = args.text, args.published, args.doc_id, args.metadata
        if pub is None and self.config.page_date:
            pub = find_published(text)  # the page's byline: "Published On 7 May 2025"
        try:
            lay = layout(text, self.lexicons.boilerplate)
            drafts = self._read(lay, pub)
        except TimeoutError as err:
            raise ExtractionTimeout(
                f"document {doc!r}: a pattern ran past its time guard ({err}); the input is pathological"
            ) from err
        events = self._build(text, lay, drafts, doc, pub)
        wanted = set(self.config.types)
        events = [e for e in events if e.event_type in wanted]
        articles, dropped = lay.result_parts()
        return Extraction(doc=doc, published=pub, length=len(text), articles=articles, dropped=dropped,
                          events=tuple(events), metadata=dict(metadata or {}))  # type: ignore[arg-type]

    # ------------------------------------------------------------------ grammars
    def _read(self, lay: Layout, pub: dt.date | None) -> list[tuple[Any, Draft]]:
        out: list[tuple[Any, Draft]] = []
        memory: dict[str, Any] = {}
        current_article = -1
        for i, sent in enumerate(lay.sentences):
            if sent.article != current_article:
                memory = {"actor_counts": {}}
                current_article = sent.article
            if sent.repeat_of is not None:
                continue
            view = SentenceView(sent.text, i, sent.article, sent.headline, pub, sent.line_start)
            actors = self.grammar.actors(sent.text)
            mentions_to_counts(actors, memory["actor_counts"])
            memory["sentence"] = i
            claims = self.claims.read(view, memory)
            drafts: list[Draft] = list(claims)
            for reader in self.readers:
                drafts.extend(reader.read(view, claims, memory))
            out.extend((sent, d) for d in drafts)
            # the sentence's subject, for "it" and "its forces" in the next sentences
            lead = LEAD_IN.match(sent.text)
            first = next((a for a in actors if a.start <= (lead.end() if lead else 0) + 3), None)
            if first is not None:
                memory["last_subject"] = (first.text, first.value)
                memory["last_subject_sentence"] = i
        return out

    # ------------------------------------------------------------------ linking + models
    def _build(self, text: str, lay: Layout, found: list[tuple[Any, Draft]], doc: str,
               pub: dt.date | None) -> list[BaseEvent]:
        claims = [(s, d) for s, d in found if d.event_type == "claim"]
        others = [(s, d) for s, d in found if d.event_type != "claim"]
        # events inside a claim's content
        link: dict[int, tuple[Any, Draft]] = {}
        for s, d in others:
            for cs, c in claims:
                if c.sentence == d.sentence and c.content and c.content[0] <= d.start and d.end <= c.content[1] + 1:
                    link[id(d)] = (cs, c)
                    break
        # a statement with no event in it and no word about the conflict is not a claim about it
        linked = {id(c) for _, (cs, c) in link.items()}
        claims = [(s, c) for s, c in claims
                  if id(c) in linked or self._about_conflict(s.text[c.start:c.end] if c.content else s.text)]
        self._continuations(others)
        self._default_strike_actor(lay, others)
        verified = self._verification(lay, claims, link, others)
        # dates
        built: list[tuple[Draft, BaseEvent]] = []
        claim_dates: dict[int, EventDate | None] = {}
        for s, c in claims:
            claim_dates[id(c)] = self.grammar.resolve_date(c.date_mention, pub) if not s.headline else None
        for s, d in claims + others:
            date = None
            if d.event_type != "claim":
                anchor = pub
                # inside a dated statement ("hit Kharkiv overnight, the air force said on Sunday")
                # a word counting from the moment of speaking counts from the statement's day
                if id(d) in link and d.date_mention is not None and is_deictic(d.date_mention.text):
                    said = claim_dates.get(id(link[id(d)][1]))
                    if said is not None and said.date and said.precision is DatePrecision.DAY \
                            and not is_deictic(said.written):
                        anchor = dt.date.fromisoformat(said.date)
                mention = d.date_mention
                if d.planned and mention is not None and id(d) in link:
                    saying = link[id(d)][1]
                    if saying.content and not saying.content[0] <= mention.start < saying.content[1]:
                        mention = None  # "will deploy ..., the government announced on Thursday": not its date
                date = self.grammar.resolve_date(mention, anchor, planned=d.planned)
                if (date is None or date.date is None) and id(d) in link:
                    date = claim_dates.get(id(link[id(d)][1]))
            else:
                date = claim_dates.get(id(d))
            if s.headline:
                date = None
            built.append((d, self._model(text, lay, s, d, doc, date, verified.get(id(d)))))
        # ids, in text order
        built.sort(key=lambda x: (x[1].span.start, x[1].span.end, _TYPE_ORDER[x[1].event_type], x[0].rule))
        counts: dict[tuple[str, int, int], int] = {}
        ids: dict[int, str] = {}
        final: list[tuple[Draft, BaseEvent]] = []
        for d, ev in built:
            key = (ev.event_type, ev.span.start, ev.span.end)
            n = counts.get(key, 0)
            counts[key] = n + 1
            eid = event_id(doc, ev.event_type, ev.span.start, ev.span.end, n)
            ids[id(d)] = eid
            final.append((d, attrs.evolve(ev, id=eid)))
        about: dict[int, list[str]] = {}
        out: list[BaseEvent] = []
        for d, ev in final:
            if id(d) in link:
                claim_draft = link[id(d)][1]
                about.setdefault(id(claim_draft), []).append(ids[id(d)])
        for d, ev in final:
            if isinstance(ev, Claim):
                ev = attrs.evolve(ev, about=tuple(about.get(id(d), ())))
            elif id(d) in link:
                ev = attrs.evolve(ev, claim=ids[id(link[id(d)][1])])
            out.append(ev)
        return out

    def _about_conflict(self, text: str) -> bool:
        return self.claims.about_conflict(text) or bool(self.grammar.weapons(text))

    def _continuations(self, others: list[tuple[Any, Draft]]) -> None:
        """A count-only strike right after a strike of the same paragraph adds to it."""
        strikes = [(s, d) for s, d in others if d.event_type == "strike"]
        for (s0, prev), (s1, cur) in zip(strikes, strikes[1:]):
            if s1.line_start != s0.line_start or cur.sentence != prev.sentence + 1:
                continue
            if cur.slots.get("intercepted") is not None and prev.slots.get("intercepted") is None \
                    and prev.slots.get("launched") is not None and cur.slots.get("launched") is None:
                prev.slots["intercepted"] = cur.slots["intercepted"]
            if cur.slots.get("actor") is None and prev.slots.get("actor") is not None \
                    and not cur.extra.get("unnamed_agent") \
                    and _same_theatre(prev.slots["actor"][1], _hit_countries(prev), _hit_countries(cur)):
                cur.slots["actor"] = prev.slots["actor"]

    def _default_strike_actor(self, lay: Layout, others: list[tuple[Any, Draft]]) -> None:
        """A strike with no stated side takes the side of the story's strikes.

        The story's only attacking side; or, when there are several, the side of
        the closest earlier strike of the same story, within three sentences.
        Never a side striking its own country, nor a side from strikes on
        other countries (a story that moves from Lebanon to Kharkiv).
        """
        by_article: dict[int, set[str]] = {}  # the story's attacking sides
        theatres: dict[int, set[str]] = {}  # the countries its attributed strikes hit
        for s, d in others:
            if d.event_type == "strike" and d.slots.get("actor"):
                by_article.setdefault(s.article, set()).add(d.slots["actor"][1])
                theatres.setdefault(s.article, set()).update(_hit_countries(d))
        last: dict[int, tuple[int, tuple[str, str], set[str]]] = {}
        for s, d in others:
            if d.event_type != "strike":
                continue
            if d.slots.get("actor"):
                last[s.article] = (d.sentence, d.slots["actor"], _hit_countries(d))
                continue
            if d.extra.get("unnamed_agent"):
                continue  # "blamed on the army", "gunmen killed ...": the text names an agent, not the story's
            sides = by_article.get(s.article, set())
            previous = last.get(s.article)
            hit = _hit_countries(d)
            theatre = theatres.get(s.article, set())
            if len(sides) == 1 and _same_theatre(next(iter(sides)), theatre, hit):
                side = next(iter(sides))
                d.slots["actor"] = (side, side)
            elif previous is not None and d.sentence - previous[0] <= 3 and \
                    _same_theatre(previous[1][1], previous[2], hit):
                d.slots["actor"] = previous[1]
            else:
                continue
            d.extra["actor_from_story"] = True

    def _verification(self, lay: Layout, claims: list[tuple[Any, Draft]], link: dict[int, Any],
                      others: list[tuple[Any, Draft]]) -> dict[int, bool]:
        """``verified: False`` for the claims a non-verification sentence refers to."""
        out: dict[int, bool] = {}
        with_events = {id(c) for _, (cs, c) in link.items()}
        for i, sent in enumerate(lay.sentences):
            if not _NOT_VERIFIED.search(sent.text):
                continue
            named = self.grammar.actors(sent.text)
            people = [m for m in named if m.text in self.lexicons.actors.person_to_actor]
            # "X said ..., a claim that could not be verified": the sentence's own claims only
            own = any(cs.article == sent.article and c.sentence == i for cs, c in claims)
            latest = max((c.sentence for cs, c in claims if cs.article == sent.article and c.sentence <= i
                          and id(c) in with_events), default=-1)
            one = _ONE_CLAIM.search(sent.text) is not None and not people
            for cs, c in claims:
                if cs.article != sent.article or c.sentence > i or (own and c.sentence != i):
                    continue
                if one and c.sentence != latest:
                    continue
                source = (c.slots.get("source") or "").lower()
                if people:
                    if any(p.text.lower() in source or source in p.text.lower() for p in people):
                        out[id(c)] = False
                elif _TOLL_WORDS.search(sent.text):
                    if id(c) in with_events:
                        out[id(c)] = False
                    elif "agency" in sent.text and source and source.split()[-1] in sent.text.lower():
                        out[id(c)] = False
        return out

    def _model(self, text: str, lay: Layout, s: Any, d: Draft, doc: str, date: EventDate | None,
               verified: bool | None) -> BaseEvent:
        base = s.start
        span = lay.original(base + d.start, base + d.end)

        def mspan(m: Mention) -> Span:
            return lay.original(base + m.start, base + m.end)

        def place(m: Mention | None) -> Place | None:
            if m is None:
                return None
            found: Place = attrs.evolve(m.value, written=m.text, span=mspan(m))
            return found

        def qty(q: Quantity | Mention | None) -> Quantity | None:
            if q is None:
                return None
            if isinstance(q, Mention):
                found: Quantity = attrs.evolve(q.value, span=mspan(q))
                return found
            return q

        def actor(a: tuple[str, str] | None) -> Actor | None:
            return Actor(canonical=a[1], written=a[0]) if a and a[1] else None

        ev_id, evidence, rule = "pending", span.slice(text), d.rule
        sl = d.slots
        if d.event_type == "claim":
            speaker = Actor(canonical=sl["actor"], written=sl["source"] or "") if sl.get("actor") else None
            return Claim(id=ev_id, doc=doc, span=span, evidence=evidence, rule=rule, stance=Stance(sl["stance"]),
                         actor=speaker, source=sl.get("source"), verb=sl.get("verb"), verified=verified, date=date)
        if d.event_type == "strike":
            weapons = tuple(Weapon(kind=WeaponKind(w["kind"]), written=w["written"], launched=w["launched"],
                                   intercepted=w["intercepted"]) for w in sl.get("weapons", []))
            locations: list[Place] = []
            for m in sl.get("locations", []):
                p = place(m)
                if p is not None and all(p.name != q.name for q in locations):
                    locations.append(p)
            targets = tuple(Target(kind=t.value, written=t.text, span=mspan(t)) for t in sl.get("targets", []))
            return Strike(id=ev_id, doc=doc, span=span, evidence=evidence, rule=rule, actor=actor(sl.get("actor")),
                          weapons=weapons, launched=qty(sl.get("launched")), intercepted=qty(sl.get("intercepted")),
                          killed=qty(sl.get("killed")), injured=qty(sl.get("injured")),
                          locations=tuple(locations), targets=targets, date=date)
        if d.event_type == "territorial_change":
            return TerritorialChange(id=ev_id, doc=doc, span=span, evidence=evidence, rule=rule,
                                     change=Change(sl["change"]), actor=actor(sl.get("actor")),
                                     place=place(sl.get("place")), admin1=sl.get("admin1"),
                                     area_km2=qty(sl.get("area_km2")), depth_km=qty(sl.get("depth_km")),
                                     settlements=qty(sl.get("settlements")), date=date)
        if d.event_type == "diplomatic_event":
            parts = tuple(Actor(canonical=m.value, written=m.text) for m in sl.get("participants", []))
            return DiplomaticEvent(id=ev_id, doc=doc, span=span, evidence=evidence, rule=rule,
                                   kind=DiplomaticKind(sl["kind"]), status=Status(sl["status"]),
                                   participants=parts, location=place(sl.get("location")), date=date)
        if d.event_type == "deployment":
            return Deployment(id=ev_id, doc=doc, span=span, evidence=evidence, rule=rule,
                              status=Status(sl["status"]), actor=actor(sl.get("actor")),
                              location=place(sl.get("location")), size=qty(sl.get("size")),
                              unit=sl.get("unit"), date=date)
        raise ValueError(f"unknown draft type {d.event_type}")

