"""The pipeline, top to bottom: the cascade from a raw page to typed events.

:class:`~conflictevents.Extractor` builds the lexicons, frames and grammars
once; :meth:`~conflictevents.Extractor.extract` reads one document through
the cascade (as FASTUS did, each stage reading the output of the one before):

1. **text** - clean the page, drop boilerplate, find articles and sentences
   (:func:`conflictevents.text.page.layout`);
2. **tokens and mentions** - each sentence is cut into tokens once, and every
   lexicon is looked up over them in one pass: actors, officials, places,
   weapons, targets, numbers, dates (:mod:`conflictevents.mentions`);
3. **phrases** - noun groups, verb groups with voice, negation and mood,
   prepositions, clauses (:mod:`conflictevents.phrases`);
4. **frames** - every trigger verb or noun is matched against the event
   frames kept as data, with passive, relative, nominal and light-verb
   variants derived (:mod:`conflictevents.frames`);
5. **grammars** - per event type, slot readers over the matched frames,
   claims first (:mod:`conflictevents.grammars`), with the article's
   :class:`~conflictevents.story.Story` for what the sentence leaves unsaid;
6. **linking** - claims and what they assert, continuations, story sides,
   verification, dates, ids (:mod:`conflictevents.linking`); then typed,
   validated events.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from time import perf_counter
from typing import Any

import attrs
import regex

from . import compiled
from .arguments import check_arguments
from .config import ExtractConfig
from .errors import ExtractionTimeout
from .frames.index import FrameIndex, frame_from_entry, read_frames
from .frames.matcher import match
from .grammars import REGISTRY, Build, Draft, Reading, Tools
from .grammars.anaphors import named_places
from .grammars.base import Sides
from .grammars.claim import split_second_statements
from .grammars.diplomatic import TRADE_STORY_WORDS
from .grammars.speakers import EXCHANGE_CUES, TRUCE_CUES, WEAK_CONFLICT_CUES, Speakers
from .ids import event_id
from .lexicons import Lexicons
from .lexicons import dates as _dates
from .linking import (blamed_strikes, continue_strikes, default_strike_actors, denied_events, link_claims,
                      own_deployments, own_side_announcements, resolve_dates,
                      verification)
from .mentions.described import DescribedPlaces
from .mentions.finder import MentionFinder
from .mentions.places import dateline_end
from .mentions.tokens import Tokens
from .mentions.types import Kind, Mention
from .mentions.words import SHARED_ACRONYMS
from .models import BaseEvent, DatePrecision, EventDate, GeoPrecision, Span
from .phrases.chunks import Parse, Vocabulary
from .phrases.relations import clauses, subject
from .results import Extraction
from .story import Story, StrikeNote
from .text.page import Layout, SentenceInfo, layout
from .text.published import find_published

__all__ = ["Extractor", "StageClock", "STAGES"]

#: Words after a place's name that say what it is ("the Gomel region", "Masisi town").
_PLACE_KIND_WORDS = frozenset({"region", "province", "oblast", "district", "city", "town", "state", "governorate",
                               "village", "camp", "area", "territory", "county"})

#: The stages of the cascade, in order, as :class:`StageClock` names them.
STAGES = ("text", "tokens", "mentions", "phrases", "frames", "grammars", "story", "linking")


#: Words right before a state's name that make it the subject of its clause, a side ("..., while Moscow said"), not a
#: place the sentence names (:meth:`Extractor._namesake_here`).
_SUBJECT_BEFORE = frozenset({",", ";", ":", "and", "but", "while", "whereas", "that", '"', "\u201c", "-", "\u2013",
                             "\u2014", "("})


class StageClock:
    """Seconds spent in each stage of the cascade, summed over documents.

    Set :attr:`Extractor.clock <conflictevents.Extractor.clock>` to one to measure a run (the benchmarks do);
    the cost is two clock readings per stage and sentence.

    >>> ex = Extractor()
    >>> ex.clock = StageClock()
    >>> _ = ex.extract("Russia launched 40 drones at Kharkiv on Monday.")
    >>> sorted(ex.clock.seconds) == sorted(STAGES) and all(v >= 0 for v in ex.clock.seconds.values())
    True
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = dict.fromkeys(STAGES, 0.0)

    def shares(self) -> dict[str, float]:
        """Each stage's share of the total time (0 to 1)."""
        total = sum(self.seconds.values()) or 1.0
        return {k: v / total for k, v in self.seconds.items()}

_MONTH = regex.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
#: A statement whose first verb is a modal or a counterfactual states no fact (it may still hold an event).
_SPECULATION = regex.compile(
    r"^[^,.;:]{0,80}?(?:\b(?i:would|could|might)|\bmay|['\u2019]ll)\b(?![ ](?i:not|never|of|and)\b)")
#: Verbs after a reported "would" that judge effects or worth, not a plan: "said the bill would give ...", "would
#: be a mistake", "would have been" (counterfactual). Any other verb after a past reporting verb's "would" is the
#: speaker's future ("said the talks would resume", "said troops would withdraw"): see :data:`_REPORTED_FUTURE`.
_OPINION_AFTER_WOULD = ("have", "give", "allow", "help", "mean", "make", "cost", "lead", "hurt", "benefit",
                        "undermine", "harm", "damage", "boost", "weaken", "strengthen", "encourage", "embolden",
                        "reward", "risk", "like", "prefer", "welcome", "love", "want", "need", "consider", "seem",
                        "depend", "become", "remain", "prove", "change", "affect", "provoke", "threaten")
_REPORTED_FUTURE = regex.compile(
    r"(?i)would[ ](?:(?:also|soon|then|now|immediately|still|only|again|not|never|likely)[ ])?"
    r"(?:be[ ](?:\p{L}+ed|held|sent|given|taken|built|kept|set|brought|withdrawn|drawn|shown|led|freed|hosted)\b"
    r"|(?!be\b|(?:" + "|".join(_OPINION_AFTER_WOULD) + r")\b)\p{L}+)"
)
#: Words of war not also common in peace (``doc_strong_cues``) that make a document a story of war for
#: :meth:`Extractor._credible`.
_WAR_STRONG_CUES = 8
#: Fewer such words than this and an anonymous speaker with no side (:data:`_ANONYMOUS`) makes no claim.
_SOME_WAR_CUES = 2
#: How many sentences below an article's headline its dateline is looked for (a headline, a standfirst, a line of
#: tags, the dateline): see :meth:`~conflictevents.grammars.speakers.Speakers.dateline_sides`.
_DATELINE_BELOW = 5
#: Speakers who are nobody in particular: "sources said", "people familiar with the matter said".
_ANONYMOUS = regex.compile(r"(?i)\b(?:sources?|insiders?|(?:people|persons?)[ ]familiar)\b")
_TYPE_ORDER = {et.name: n for n, et in enumerate(REGISTRY)}
_TYPE_ORDER_OUT = {"claim": 0, "strike": 1, "territorial_change": 2, "diplomatic_event": 3, "deployment": 4}


#: Events dated more years than this before the publication date are history, not news (:func:`_history`). (Annotators
#: keep required events of a war's earlier phases: "in 2014, it seized the Crimean peninsula" on a 2025 page.)
_HISTORY_YEARS = 25


#: Words before a date that make it a bound or a background, not a day something happened on.
_BOUND_WORDS = ("since", "until", "by", "from")


def _day_written(m: Mention, pub: dt.date | None) -> str | None:
    """The text of date mention ``m`` when it writes a day, for a later "the previous day" or "two days later" to
    count from; ``None`` for a month, a year, a bound ("since Monday"), or an offset itself."""
    if m.text.lower().startswith(_BOUND_WORDS) or _dates.offset_days(m.text) is not None:
        return None
    return m.text if _dates.writes_day(m.text, pub) else None


def _offset_anchors(r: Reading, drafts: list[Draft], last_day: str | None, pub: dt.date | None) -> None:
    """Give each draft dated by an offset ("the previous day", "a day earlier", "two days later") the day it counts
    from: the latest day written before it in the sentence ("captured Toretsk on Monday and entered Chasiv Yar the
    following day"), else the latest day of the story before the sentence (``last_day``). A claim's own day comes
    between the two (see :func:`~conflictevents.linking.resolve_dates`)."""
    for d in drafts:
        m = d.date_mention
        if m is None or _dates.offset_days(m.text) is None:
            continue
        before = [day for x in r.mentions(0, m.i, Kind.DATE) if (day := _day_written(x, pub)) is not None]
        if before:
            d.extra["date_from"] = before[-1]
        elif last_day is not None:
            d.extra["last_day"] = last_day


def _history(date: EventDate | None, pub: dt.date | None) -> bool:
    """True for an event dated more than :data:`_HISTORY_YEARS` years before the page's publication date: the
    D-Day landings in a story of their anniversary, a general's 1991 campaign in his obituary.

    >>> _history(EventDate("1944-06-06", DatePrecision.DAY), dt.date(2025, 5, 10))
    True
    >>> _history(EventDate("2008", DatePrecision.YEAR), dt.date(2025, 5, 10))
    False
    """
    if date is None or not date.date or pub is None or not date.date[:4].isdigit():
        return False
    return int(date.date[:4]) < pub.year - _HISTORY_YEARS


#: Sentences with places a story keeps unread before it reads them (bounds what it holds on a long page).
_UNREAD_PLACES = 64

class Extractor:
    """Compiled lexicons, frames and grammars; reuse one for many documents (and threads).

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
        lex = self.lexicons
        self.frames = FrameIndex(read_frames() + [frame_from_entry(e) for e in lex.user_frames])
        self.vocab = Vocabulary(verbs=self.frames.verb_lemmas() | self.frames.light_verbs(),
                                nouns=self.frames.noun_lemmas())
        self.finder = MentionFinder(lex, verbs=self.vocab.verb_preferred)
        self.described = DescribedPlaces(lex)
        self.tools = Tools(lex, Sides(lex), Speakers(lex), self.finder.places)
        self.grammars = [(et, et.grammar(self.tools)) for et in REGISTRY]
        self._builders = {et.name: et.build for et in REGISTRY}
        compiled.save()  # the patterns compiled for this build, for the next process (if any were new)
        #: set to a :class:`~conflictevents.pipeline.StageClock` to time the stages of later runs
        self.clock: StageClock | None = None

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
        clock = self.clock
        try:
            t0 = perf_counter()
            lay = layout(text, self.lexicons.boilerplate)
            if clock is not None:
                clock.seconds["text"] += perf_counter() - t0
            found = self._read(lay, pub)
        except TimeoutError as err:
            raise ExtractionTimeout(
                f"document {doc!r}: a pattern ran past its time guard ({err}); the input is pathological"
            ) from err
        t0 = perf_counter()
        events = self._build(text, lay, found, doc, pub)
        if clock is not None:
            clock.seconds["linking"] += perf_counter() - t0
        wanted = set(self.config.types)
        events = [e for e in events if e.event_type in wanted]
        articles, dropped = lay.result_parts()
        compiled.save()  # patterns this document compiled on first use, if any, for the next process
        return Extraction(doc=doc, published=pub, length=len(text), articles=articles, dropped=dropped,
                          events=tuple(events), metadata=dict(metadata or {}))  # type: ignore[arg-type]

    # ------------------------------------------------------------------ reading
    def _read(self, lay: Layout, pub: dt.date | None) -> list[tuple[SentenceInfo, Draft]]:
        out: list[tuple[SentenceInfo, Draft]] = []
        story = Story()
        speakers = self.tools.speakers
        # conflict words per sentence, counted once: the document's (a headline is read before its story)
        # and, sentence by sentence, the story's
        weak = WEAK_CONFLICT_CUES
        t0 = perf_counter()
        toks = [Tokens.of(s.text) for s in lay.sentences]  # (the first stage, for every sentence)
        if self.clock is not None:
            self.clock.seconds["tokens"] += perf_counter() - t0
        cue_words = [speakers.cue_words(tok) for tok in toks]
        counts = [len(f) for f in cue_words]
        story.doc_cues = sum(counts)
        # words only a war uses ("troops", "artillery", "militants"), not "attack" or "killed"
        story.doc_strong_cues = sum(1 for f in cue_words for w in f if w not in weak)
        story.doc_truce = any(w in TRUCE_CUES for f in cue_words for w in f)
        story.doc_exchange = any(w in EXCHANGE_CUES for f in cue_words for w in f)
        story.doc_trade = story.doc_strong_cues < _SOME_WAR_CUES and sum(
            1 for tok in toks if not TRADE_STORY_WORDS.isdisjoint(tok.lows)) >= 2
        story.doc_shared = self._shared_acronyms(toks)
        for i, sent in enumerate(lay.sentences):
            if sent.article != story.article:
                story.reset(sent.article)
                if sent.headline:
                    # the dateline under a headline gives the side of its page to the headline too ("Russian Black
                    # Sea Fleet destroys five boats — MoD" above "MOSCOW, May 9. /TASS/.")
                    lead = next((s for s in lay.sentences[i + 1:i + _DATELINE_BELOW]
                                 if s.article == sent.article and not s.headline), None)
                    if lead is not None:
                        story.dateline, story.house = self.tools.speakers.dateline_sides(lead.text)
            story.sentence = i
            if not sent.headline and not story.lead_read:
                # "GOMA, Congo, Feb. 15 (AP) - ...": the day the story was filed, which its "today" counts from
                story.lead_read = True
                filed = dateline_end(sent.text)
                story.filed = _dates.filed_day(sent.text[:filed], pub) if filed else None
            if sent.posted:
                story.last_day = None  # a live blog's new entry: "earlier in the day" is not an older entry's day
            if sent.repeat_of is not None:
                continue
            # a live blog's day heading ("Friday 9 May") above the entry, else the story's dateline
            day = (_dates.filed_day(sent.day, pub) if sent.day is not None else None) or story.filed
            r = self.reading(sent, i, pub, story, toks[i])
            self.tools.speakers.note_dateline(r)
            t0 = perf_counter()
            drafts: list[Draft] = []
            for et, grammar in self.grammars:
                found = grammar.read(r)
                if et.name == "claim":
                    r.claims = found
                drafts.extend(found)
            for d in drafts:
                d.extra.setdefault("story_date", story.year_date)
                if day is not None and day != pub:
                    d.extra["filed"] = day.isoformat()
            _offset_anchors(r, drafts, story.last_day, day or pub)
            t1 = perf_counter()
            story.conflict_cues += counts[i]
            self._update_story(r, drafts)
            out.extend((sent, d) for d in drafts)
            if self.clock is not None:
                self.clock.seconds["grammars"] += t1 - t0
                self.clock.seconds["story"] += perf_counter() - t1
        return out

    def reading(self, sent: SentenceInfo, index: int, pub: dt.date | None, story: Story,
                tokens: Tokens | None = None) -> Reading:
        """One sentence through the first stages of the cascade: tokens (unless given), mentions, phrases, frames."""
        t0 = perf_counter()
        tok = Tokens.of(sent.text) if tokens is None else tokens
        t1 = perf_counter()
        mentions = self.finder.find(tok)
        if story.doc_shared:
            # "IAF jets pound terror camps in Muridke", on a page of India and Pakistan: India's air force
            mentions = [attrs.evolve(m, value=story.doc_shared[m.text]) if m.kind is Kind.ACTOR and
                        m.text in story.doc_shared else m for m in mentions]
        if "capital" in tok.lows or "city" in tok.lows:
            # "the Ukrainian capital", "Ukraine's second-largest city"
            described = self.described.find(tok, mentions)
            if described:
                # the description replaces the state it names ("Russia's capital" is no side, no country hit)
                mentions = sorted([m for m in mentions if not (m.kind in (Kind.PLACE, Kind.ACTOR) and any(
                    d.i <= m.i and m.j <= d.j for d in described))] + described, key=lambda m: (m.i, -m.j))
        # where the story, the sentence's own (exactly spelt) places and its sides are: "Israeli troops blew up homes
        # in Bleida" is no Blida, Algeria, even as a story's first sentence
        known = story.areas + self._sentence_areas(mentions) if any(
            m.kind is Kind.PLACE and not self._spelt_as_known(m) for m in mentions) else story.areas
        if known:
            mentions = [m for m in mentions if not self._misspelt_elsewhere(m, known)]
        if sum(1 for m in mentions if m.kind is Kind.PLACE) > 1:
            own = self._namesake_areas(mentions, tok)
            counts = Counter(a for areas in own for a in areas)
            mentions = [self._namesake_here(m, {a for a, n in counts.items() if n > (a in own[k])})
                        if m.kind is Kind.PLACE else m for k, m in enumerate(mentions)]
        if story.areas:
            mentions = [self._in_story(m, story.areas) if m.kind is Kind.PLACE and m.value.alternatives else m
                        for m in mentions]
        if any(m.kind is Kind.PLACE and m.value.alternatives for m in mentions):
            # "in the Sumy region, seizing the village of Basivka": a region the sentence itself names settles
            # which of the places of that name it means
            here = Counter(a for m in mentions if m.kind is Kind.PLACE and not m.value.alternatives
                           for a in (m.value.admin1, m.value.country) if a)
            if here:
                mentions = [self._in_story(m, here) if m.kind is Kind.PLACE and m.value.alternatives else m
                            for m in mentions]
        if any(m.kind is Kind.PLACE and m.value.alternatives for m in mentions):
            # "Burhan visited Bara": the theatre of the sentence's sides (a state, or an armed group's foe)
            # settles a namesake no region or country of the story does
            theatre = self._theatre(mentions)
            if theatre:
                mentions = [self._in_story(m, theatre) if m.kind is Kind.PLACE and m.value.alternatives else m
                            for m in mentions]
        t2 = perf_counter()
        parse = Parse.of(tok, mentions, self.vocab)
        parse.after_strike = bool(story.strikes) and story.strikes[-1].sentence == index - 1
        spans = clauses(parse)
        t3 = perf_counter()
        matches = match(parse, self.frames)
        spans = split_second_statements(parse, matches, spans)  # "said X and denied Y": two clauses
        clock = self.clock
        if clock is not None:
            seconds = clock.seconds
            seconds["tokens"] += t1 - t0
            seconds["mentions"] += t2 - t1
            seconds["phrases"] += t3 - t2
            seconds["frames"] += perf_counter() - t3
        return Reading(index=index, text=sent.text, article=sent.article, headline=sent.headline,
                       paragraph=sent.line_start, published=pub, parse=parse, matches=matches,
                       clauses=spans, story=story, lex=self.lexicons)

    def _shared_acronyms(self, toks: list[Tokens]) -> dict[str, str]:
        """The acronyms two sides share (:data:`~conflictevents.mentions.words.SHARED_ACRONYMS`) that this document
        uses for the other side: it names that side's words more often than the names of the side the actors file
        gives ("IAF" on a page of India and Pakistan is India's air force)."""
        out: dict[str, str] = {}
        for acronym, (other, cues) in SHARED_ACRONYMS.items():
            if not any(acronym in tok.words for tok in toks):
                continue
            first = self.lexicons.actors.alias_to_actor.get(acronym)
            own = {a.lower() for a, c in self.lexicons.actors.alias_to_actor.items()
                   if c == first and " " not in a and a != acronym}
            theirs = sum(1 for tok in toks for w in tok.lows if w in cues)
            if theirs > sum(1 for tok in toks for w in tok.lows if w in own):
                out[acronym] = other
        return out

    def _misspelt_elsewhere(self, m: Mention, areas: Counter[str]) -> bool:
        """A town read only as a misspelling of a town in a country the story (``areas``: the regions and countries
        it, the sentence and its sides name) has not named: "Masisi" (a Congolese town the gazetteer lacks) is no
        "Masasi", Tanzania, in a story of North Kivu."""
        if m.kind is not Kind.PLACE or m.value.precision is not GeoPrecision.PLACE:
            return False
        place = m.value
        if place.country in areas or (place.admin1 and place.admin1 in areas):
            return False
        return not self._spelt_as_known(m)

    def _namesake_areas(self, mentions: list[Mention], tok: Tokens) -> list[frozenset[str]]:
        """The regions and countries each mention of a sentence gives :meth:`_namesake_here` (none for all but
        places spelt as the gazetteer spells them), read once per sentence: a place's region and country, or, for a
        state or its seat that is the sentence's subject ("Russia said it had captured Pokrovsk", "Moscow said
        ..."), a side whose war may be on its foe's soil, its theatre (:meth:`_theatre`)."""
        sides: dict[tuple[int, int], list[Mention]] = {}
        for a in mentions:
            if a.kind is Kind.ACTOR:
                sides.setdefault((a.i, a.j), []).append(a)
        out: list[frozenset[str]] = []
        for o in mentions:
            if o.kind is not Kind.PLACE or not self._spelt_as_known(o):
                out.append(frozenset())
            elif (o.i, o.j) in sides and (o.i == 0 or tok.lows[o.i - 1] in _SUBJECT_BEFORE):
                out.append(frozenset(self._theatre(sides[(o.i, o.j)])))
            else:
                out.append(frozenset(a for a in (o.value.admin1, o.value.country) if a))
        return out

    def _namesake_here(self, m: Mention, areas: set[str]) -> Mention:
        """A town read as its bigger namesake abroad, when a smaller one (at least a twentieth of its size) lies in
        a country or region another place of the sentence names (``areas``, from :meth:`_namesake_areas` less
        ``m``'s own): "near Tripoli in northern Lebanon" is not the Libyan capital, "Samba district of Jammu and
        Kashmir" not the Angolan town. Only the sentence's own places count: a story or a speaker naming the
        United States leaves Damascus and Odesa where they are."""
        place = m.value
        if m.kind is not Kind.PLACE or place.precision is not GeoPrecision.PLACE or place.alternatives:
            return m
        if not areas or place.country in areas or (place.admin1 and place.admin1 in areas):
            return m
        cands = [r for r in self.lexicons.gazetteer.candidates(place.name, fuzzy=False) if r.kind == "place"]
        biggest = max((r.population for r in cands), default=0)
        here = {r.country for r in cands if r.country and 20 * r.population >= biggest and (
            r.country in areas or (r.admin1 and r.admin1 in areas))}
        if len(here) != 1:
            return m
        other = self.lexicons.gazetteer.resolve(place.written, country=next(iter(here)), fuzzy=False)
        if other is None or other.alternatives or other.country not in here:
            return m
        return attrs.evolve(m, value=other, extra={**m.extra, "ambiguous": [place.country]})

    def _sentence_areas(self, mentions: list[Mention]) -> Counter[str]:
        """The regions and countries of a sentence's places spelt as the gazetteer spells them, and the countries
        of its sides (:meth:`_theatre`)."""
        out = Counter(a for m in mentions if m.kind is Kind.PLACE and self._spelt_as_known(m)
                      for a in (m.value.admin1, m.value.country) if a)
        out.update(self._theatre(mentions))
        return out

    def _spelt_as_known(self, m: Mention) -> bool:
        """True unless ``m`` is a place read only as a one-edit misspelling of a gazetteer name."""
        if m.kind is not Kind.PLACE or m.value.precision is not GeoPrecision.PLACE:
            return True
        words = m.value.written.split()
        if words[:1] in (["the"], ["The"]):
            words = words[1:]
        while len(words) > 1 and words[-1].lower() in _PLACE_KIND_WORDS:
            words = words[:-1]  # "the Gomel region": the name is "Gomel"
        return not words or " ".join(words) in self.lexicons.gazetteer

    def _in_story(self, m: Mention, areas: Counter[str]) -> Mention:
        """An ambiguous place read in the story's theatre (``areas``: how often the story, or the sentence, named
        each region and country): "Rafah" in a story of places in the Gaza Strip."""
        seen = [(areas[a], a) for a in m.value.alternatives if areas[a]]
        gaz = self.lexicons.gazetteer
        by_country = not seen
        if by_country:
            # namesakes told apart by their regions ("Gombe", "North Kordofan") in a story that names a country
            seen = [(areas[c], c) for c in sorted({r.country for r in gaz.candidates(m.value.name, fuzzy=False)
                                                   if r.country}) if areas[c]]
        if not seen:
            return m
        _, area = max(seen)
        if sum(1 for n, _a in seen if n == max(seen)[0]) > 1:
            return m  # a tie: still ambiguous
        place = None if by_country else gaz.resolve(m.value.written, admin1=area, fuzzy=False)
        place = place or gaz.resolve(m.value.written, country=area, fuzzy=False)
        if place is None or place.alternatives or area not in (place.admin1, place.country):
            return m
        return attrs.evolve(m, value=place, extra={**m.extra, "ambiguous": list(m.value.alternatives)})

    def _theatre(self, mentions: list[Mention]) -> Counter[str]:
        """The countries the sentence's sides stand for: a state actor (or a person of one) is its own country and
        its foe's, if a state (its war may be on either soil: "Russian forces" leave Russia and Ukraine tied); an
        armed group with one foe in the actors file fights in that foe's country ("RSF" -> Sudan)."""
        foes = self.lexicons.actors.foe
        places = {(m.i, m.j) for m in mentions if m.kind is Kind.PLACE}
        out: Counter[str] = Counter()
        for m in mentions:
            if m.kind not in (Kind.ACTOR, Kind.PERSON) or (m.i, m.j) in places:
                continue  # a capital also read as a place ("near Tripoli") is no side
            side = str(m.value)
            own = self._country(side)
            if own is not None:
                out[own] += 1
            foe = self._country(foes[side]) if side in foes else None
            if foe is not None:
                out[foe] += 1
        return out

    def _country(self, name: str) -> str | None:
        """The country ``name`` is, if the gazetteer knows it as one."""
        gaz = self.lexicons.gazetteer
        place = gaz.resolve(name, fuzzy=False) if name in gaz else None
        return place.name if place is not None and place.precision is GeoPrecision.COUNTRY else None

    def _update_story(self, r: Reading, drafts: list[Draft]) -> None:
        """What this sentence tells the next ones (with its conflict words, counted in :meth:`_read`, the only
        place the story changes besides speakers)."""
        story = r.story
        parse = r.parse
        story.count_actors([str(m.value) for m in parse.mentions if m.kind in (Kind.ACTOR, Kind.PERSON)])
        for m in parse.mentions:
            if m.kind is Kind.PERSON and " " in m.text:
                # "Harris" after "US Vice President Kamala Harris"
                story.people.setdefault(m.text.split(" ")[-1], (m.text, str(m.value), ""))
                story.last_person = (m.text, str(m.value), r.index)
            if m.kind is Kind.PLACE:
                story.areas.update(a for a in (m.value.admin1, m.value.country) if a)
                if m.value.precision.value == "place":
                    story.last_city = m.value
                elif m.value.precision.value == "admin1":
                    story.saw_region(m.value)
            elif m.kind is Kind.DATE:
                if m.text[-4:].isdigit() and m.text[-4:].startswith(("19", "20")) and _MONTH.search(m.text):
                    story.year_date = m.text  # a full date ("March 3, 2022"), not a background "since 2014"
                written = _day_written(m, r.published)
                if written is not None:
                    story.last_day = written
        if any(m.kind is Kind.PLACE for m in parse.mentions):
            story.unread_places.append((parse, r.index))  # (read when an anaphor needs them: most never do)
            if len(story.unread_places) >= _UNREAD_PLACES:
                named_places(story)
        for c in parse.chunks:
            if c.kind == "NG" and c.j - c.i >= 3 and any(m.kind is Kind.ACTOR for m in c.mentions):
                self.tools.speakers.register(r, parse.text(c))
        self.tools.speakers.note_forces(r)
        for c in parse.chunks:
            if c.kind == "VG" and c.finite:
                subj = subject(parse, c)
                if subj:
                    side = self.tools.sides.named(subj)
                    if side is not None:
                        story.last_subject = (side[0], side[1], r.index)
                break
        for d in drafts:
            if d.event_type == "strike":
                actor = d.slots.get("actor")
                story.add_strike(StrikeNote(r.index, actor[1] if actor else None,
                                            [m.value for m in d.slots.get("locations") or ()],
                                            [(w["kind"], w["written"]) for w in d.slots.get("weapons") or ()]))
            elif d.event_type == "diplomatic_event":
                hosts = set(d.extra.get("hosts", ()))
                sides = tuple(a for _, a in d.slots.get("participants", []) if a not in hosts)
                if len(sides) >= 2:
                    story.diplomacy[str(d.slots["kind"])] = sides
                    if d.slots.get("kind") in ("talks", "agreement", "meeting"):
                        story.negotiators = (sides, r.index)
            elif d.event_type == "territorial_change" and d.slots.get("place") is not None:
                place = d.slots["place"].value
                if place.precision.value == "admin1":
                    story.tc_region = place
                elif place.admin1 and place.admin1 in story.region_places:
                    story.tc_region = story.region_places[place.admin1]
            if d.event_type != "claim":
                story.last_event_sentence = r.index

    # ------------------------------------------------------------------ linking + models
    def _build(self, text: str, lay: Layout, found: list[tuple[SentenceInfo, Draft]], doc: str,
               pub: dt.date | None) -> list[BaseEvent]:
        claims = [(s, d) for s, d in found if d.event_type == "claim"]
        others = [(s, d) for s, d in found if d.event_type != "claim"]
        linked = link_claims([c for _, c in claims], [d for _, d in others])
        own_side_announcements([c for _, c in claims], [d for _, d in others], linked)
        own_deployments([c for _, c in claims], [d for _, d in others], linked, self.tools.speakers.military,
                        self.lexicons.actors.foe)
        # a statement with no event in it and no word about the conflict is not a claim about it
        with_events = linked.claims_with_events()
        event_sentences = {(s.article, d.sentence) for s, d in others}
        # "Gangs attacked the town of Mirebalais, police said": a statement that tells a raid on a settlement
        # (read as a strike) is about armed violence, whoever makes it
        raids = {id(c) for c in (linked.get(d) for _, d in others if "strike.settlement-raid" in d.notes)
                 if c is not None}
        # a statement that tells an event by a named side is about it, whatever calamity it also mentions
        sided = {id(c) for c in (linked.get(d) for _, d in others if d.slots.get("actor")) if c is not None}
        # a state's statement that tells of an event right after a sentence with a side's strike: the strike's toll
        # ("Iran fired missiles at Israel. Israeli emergency services said three people were killed")
        struck = {(s.article, d.sentence) for s, d in others if d.event_type == "strike" and d.slots.get("actor")}
        told = {id(c) for s, c in claims if id(c) in with_events and c.slots.get("actor") and any(
            (s.article, c.sentence - k) in struck for k in (1, 2))}
        # "Chinese vessels were positioned near the shoal, the Philippine coast guard said": a state's civil service
        # telling what another named side did speaks for its state
        foreign = {id(c) for c, d in ((linked.get(d), d) for _, d in others) if c is not None and
                   d.slots.get("actor") and c.slots.get("actor") and d.slots["actor"] != c.slots["actor"]}
        kept = {id(c) for s, c in claims
                if (self._credible(s, c, id(c) in sided, id(c) in told or id(c) in foreign) or id(c) in raids) and (
                    id(c) in with_events or c.rule == "claim.reciprocal" or self._answers_conflict(c)
                    or self._relevant(s, c, event_sentences))}
        # "Kyiv denies Russian claims of capturing Pokrovsk": the other side's claim a kept denial names is kept
        claims = [(s, c) for s, c in claims if id(c) in kept or id(c.extra.get("denied_by")) in kept]
        denied = denied_events([(s.article, s.text[c.start:c.end] if c.extra.get("accused") else
                                 s.text[c.content[0]:c.content[1]] if c.content else s.text, c)
                                for s, c in claims], [(s.article, d) for s, d in others], linked)
        inside: dict[int, list[Draft]] = {}
        for _, d in others:
            holder = linked.get(d)
            if holder is not None:
                inside.setdefault(id(holder), []).append(d)
        blamed_strikes([c for _, c in claims], denied, inside)
        strikes = [(s, d) for s, d in others if d.event_type == "strike"]
        continue_strikes(strikes)
        default_strike_actors(strikes)
        verified = verification(list(lay.sentences), claims, linked, self.lexicons.actors.person_to_actor,
                                self.lexicons.actors.person_pattern)
        dates = resolve_dates(claims + others, claims, linked, pub)
        # "On 6 June 1944 Allied troops landed ...", "In February 1991 his tanks advanced into Iraq", a war film "set in
        # 1942": events dated long before the page are history (an anniversary, an obituary, a review), not news
        others = [(s, d) for s, d in others if not _history(dates.get(id(d)), pub)]
        # spans, then ids in text order, then the links between events: each event is built once, whole
        placed: list[tuple[SentenceInfo, Draft, Span]] = [
            (s, d, lay.original(s.start + d.start, s.start + d.end)) for s, d in claims + others]
        placed.sort(key=lambda x: (x[2].start, x[2].end, _TYPE_ORDER_OUT[x[1].event_type], x[1].rule))
        counts: dict[tuple[str, int, int], int] = {}
        ids: dict[int, str] = {}
        for _s, d, span in placed:
            key = (d.event_type, span.start, span.end)
            n = counts.get(key, 0)
            counts[key] = n + 1
            ids[id(d)] = event_id(doc, d.event_type, span.start, span.end, n)
        about: dict[int, list[str]] = {}
        for _s, d, _span in placed:
            claim = linked.get(d)
            if claim is not None and id(claim) in ids:
                about.setdefault(id(claim), []).append(ids[id(d)])
        for cid, events in denied.items():  # "Moscow denied responsibility for the strike": the strike told before
            about.setdefault(cid, []).extend(ids[id(d)] for d in events if id(d) in ids)
        out: list[BaseEvent] = []
        for s, d, _span in placed:
            base = s.start

            def to_span(a: int, b: int, base: int = base) -> Any:
                return lay.original(base + a, base + b)

            claim = linked.get(d)
            b = Build(text=text, doc=doc, to_span=to_span, date=dates.get(id(d)), verified=verified.get(id(d)),
                      id=ids[id(d)], about=tuple(about.get(id(d), ())),
                      claim=ids[id(claim)] if claim is not None and id(claim) in ids and d.event_type != "claim"
                      else None)
            out.append(self._builders[d.event_type](d, b))  # type: ignore[arg-type]
        return out

    def _credible(self, s: SentenceInfo, c: Draft, sided: bool = False, told: bool = False) -> bool:
        """Can this speaker's statement be about a conflict at all, even with an event read inside it?

        In a story of war, yes. Outside one, a statement with no word of war that is not also common in peace
        (:data:`~conflictevents.grammars.speakers.WEAK_CONFLICT_CUES`) is no claim when a speaker of civil life
        makes it ("police said 14 people were injured in the crush", "the cricket board said it would hold
        talks"), or an anonymous speaker with no side in a document with hardly a word of war ("..., sources
        said" in business news). Neither is a statement about a calamity or public works with no word of war
        it does not share ("a bomb cyclone killed four people, the governor said"), unless it tells an event
        by a named side (``sided``: "Israeli strikes killed 15 as cholera spreads, the ministry said"). A civil
        service of a state is credible too when it tells an event (``told``) right after a side's strike
        ("Israeli emergency services said three people were killed" after Iran's missile barrage) or of another
        named side ("Chinese vessels were positioned near the shoal, the Philippine coast guard said").
        """
        if c.rule in ("claim.reciprocal", "claim.rejoinder"):
            return True
        speakers = self.tools.speakers
        content = s.text[c.content[0]:c.content[1]] if c.content else s.text
        if speakers.about_conflict(content, strong=True):
            return True
        source = str(c.slots.get("source") or "")
        # (a page of sport and strikes counts many weak cues: its words of war that are not also of peace decide)
        if c.extra.get("doc_cues", 0) >= 8 and c.extra.get("doc_strong_cues", 0) >= _WAR_STRONG_CUES:
            return True
        if speakers.peacetime(source) and not told:
            return False  # a police or club statement (but see ``told``)
        if speakers.calamity_only(content) and not sided:
            return False  # officials on locusts, measles, a storm or potholes
        return bool(c.slots.get("actor")) or not _ANONYMOUS.search(source) or \
            c.extra.get("doc_strong_cues", 0) >= _SOME_WAR_CUES

    @staticmethod
    def _answers_conflict(c: Draft) -> bool:
        """True for a rejoinder ("..., a claim the opposition denied") by a side, or in a story with a word of
        the conflict: the party, the company or the union that answers a claim about votes or profits makes none."""
        return c.rule == "claim.rejoinder" and (bool(c.slots.get("actor")) or
                                                c.extra.get("doc_strong_cues", 0) >= 1)

    def _relevant(self, s: SentenceInfo, c: Draft, event_sentences: set[tuple[int, int]]) -> bool:
        """Is a statement with no event in it about the conflict?

        Not when its first verb is a modal (speculation). Otherwise when its words are about the conflict
        (:data:`~conflictevents.grammars.speakers.CONFLICT_CUES`), or, in a story of war, a named side says it
        right after a sentence with an event. (Naming a party is not enough: "Lavrov said tourist flows would
        grow" is not about the war.)
        """
        if c.extra.get("trade_story"):
            return False  # "the two governments announced" a free trade deal: a story of trade, no war in it
        if self.tools.speakers.private(str(c.slots.get("source") or "")):
            return False  # "its chief executive said the company would open four ammunition plants": no side speaks
        content = s.text[c.content[0]:c.content[1]] if c.content else s.text
        modal = _SPECULATION.search(content)
        if modal is not None and not (c.extra.get("reported_past") and modal.group().lower().endswith("would") and
                                      _REPORTED_FUTURE.match(content, modal.end() - 5)):
            return False  # "it would give the president the ability to ...", "Russia could advance": no fact
        # (a page about labour strikes and talks counts many cues that are also words of peace)
        war = c.extra.get("doc_cues", 0) >= 8 and c.extra.get("doc_strong_cues", 0) >= _SOME_WAR_CUES
        speakers = self.tools.speakers
        # (in a story of a truce or an exchange, "both sides confirmed the deal" is about it)
        about = speakers.about_conflict(content) or (bool(c.extra.get("truce_story")) and speakers.truce_deal(content))
        if c.extra.get("denies_pointer") and c.slots.get("actor") and (c.extra.get("doc_cues", 0) >= 1 or any(
                (s.article, c.sentence - k) in event_sentences for k in (1, 2, 3))):
            return True  # "India rejected the charge": a side's denial of what was said before, in a story of war
        if not about and c.extra.get("names_armed_group") and c.slots.get("actor"):
            about = True  # "the army said it had eliminated a Hezbollah operative": an armed group is the conflict's
        if about and not war and not speakers.about_conflict(content, strong=True):
            # outside a story of war, a word also common in peace ("talks", "attacked", "destroyed") is enough
            # only from a side that is no civil service ("police said hackers attacked the bank": no claim)
            source = str(c.slots.get("source") or "")
            about = (bool(c.slots.get("actor")) or speakers.military(source)) and not speakers.peacetime(source)
        if not c.slots.get("actor") and not (c.extra.get("official") and (war or about)):
            return False  # "officials said ..." in a story about pensions
        if about:
            return True
        # in a story of war, a named side's statement right after an event is about it ("..., it added")
        return bool(c.slots.get("actor")) and c.extra.get("story_cues", 0) >= 4 and any(
            (s.article, c.sentence - k) in event_sentences for k in (1, 2))
