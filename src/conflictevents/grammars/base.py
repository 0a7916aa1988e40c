"""What every grammar shares: the sentence as read, drafts, and readers of sides, places and dates.

A grammar receives a :class:`Reading` (one sentence: its parse, its frame
matches, its clauses, the claims already read in it, the story) and returns
:class:`Draft` events. Offsets in drafts are relative to the sentence text;
the pipeline maps them to the original document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Protocol

from attrs import define, field

from ..frames.matcher import FrameMatch
from ..lexicons import Lexicons
from ..lexicons import dates as _dates
from ..mentions.types import Kind, Mention
from ..models import GeoPrecision, Place
from ..phrases.chunks import Chunk, Parse
from ..mentions.words import FORCE_NOUNS
from ..phrases.words import POSSESSIVE_PRONOUNS
from ..story import Story

__all__ = ["Draft", "Reading", "EventGrammar", "Sides", "LED_BY", "UNNAMED_FORCES", "OPPONENT_WORDS", "mentions_of", "dates_between",
           "inside_any", "nationals_only", "NATIONALS_MILITARY_WORDS"]

#: Words for "the other side" in a side's own words ("the enemy advanced").
OPPONENT_WORDS = frozenset({"enemy", "enemies", "occupiers", "occupier", "invaders", "invader", "aggressor",
                            "aggressors", "adversary", "adversaries", "orcs", "occupation forces", "occupying forces"})
#: Nouns that point back to an organisation: "the group", "the movement".
_GROUP_WORDS = frozenset({"group", "movement", "militia", "organisation", "organization", "faction", "army",
                          "military", "rebels", "militants"})
#: parts of a force whose side is the force's: "separate groups of the enemy's infantry"
_PARTS_OF = frozenset({"groups", "group", "squads", "squad", "detachments", "columns", "elements", "remnants",
                       "dozens", "hundreds", "thousands", "waves", "factions", "brigades"})
#: heads of "X of Y" whose side is Y's: "foreign ministers of NATO countries", "leaders of the G7"
_OFFICIALS_OF = frozenset({"ministers", "minister", "leaders", "leader", "officials", "delegations", "delegation",
                           "representatives", "envoys", "diplomats", "heads", "chiefs", "members", "negotiators"})
#: words of a subject that make it a person, whom "its" never points to: "Foreign Minister X urged ... its"
_PERSON_WORDS = frozenset({"minister", "president", "chancellor", "premier", "secretary", "spokesman",
                           "spokeswoman", "spokesperson", "ambassador", "envoy", "official", "governor", "mayor",
                           "general", "commander", "leader", "king", "emir", "senator", "he", "she"})
#: group words that name a state's forces, never an armed group's
_STATE_FORCE_WORDS = frozenset({"army", "military"})
#: Words that name a force by the rule it holds ("junta jets", "regime aircraft"): a state's forces, never those of
#: an armed group or a body in exile that reports their attack.
_RULER_WORDS = frozenset({"junta", "junta's", "regime", "regime's"})
#: "military jets" reported by an armed group: the state's military, not the group's own
_STATE_MILITARY_WORDS = frozenset({"military", "military's", "government", "government's", "pro-government"})
#: "rebel forces" reported by a state's official: the state's foe, not the speaker's own forces
_REBEL_WORDS = frozenset({"rebel", "rebels", "rebel-held", "insurgent", "insurgents", "opposition", "resistance"})
#: Participles whose agent is the side of the force they describe: "insurgents led by HTS" are HTS's
#: (unlike "rebels backed by Rwanda", who are not Rwanda's).
LED_BY = frozenset({"lead", "command", "head", "spearhead"})
#: Participles and their prepositions that tie a force with no side of its own to an armed group: "jihadists linked
#: to al-Qaeda", "insurgents affiliated with Islamic State", "fighters allied to the RSF".
#: (keyed by the participle as written)
_AFFILIATED: dict[str, tuple[str, ...]] = {
    "linked": ("to", "with"), "affiliated": ("with", "to"), "allied": ("with", "to"), "tied": ("to",),
    "aligned": ("with",), "connected": ("to", "with")}
#: Heads of a force with no side of its own, which a "led by" phrase gives one.
UNNAMED_FORCES = FORCE_NOUNS | frozenset({"insurgents", "rebels", "fighters", "militias", "militia", "gunmen",
                                           "jihadists", "militiamen", "paramilitaries", "coalition", "alliance"})
#: An armed group described by what it is, pointing back like "the group": "the paramilitary force shelled ...",
#: "the rebel group seized ..." (a word of these before a head of :data:`_GROUP_ANAPHOR_HEADS`), and the bare
#: "the paramilitary" / "the paramilitaries".
_GROUP_ANAPHOR_ADJECTIVES = frozenset({"paramilitary", "rebel", "militant", "armed", "jihadist", "islamist",
                                       "insurgent", "separatist", "extremist", "militia"})
_GROUP_ANAPHOR_HEADS = frozenset({"group", "force", "forces", "movement", "militia", "alliance", "coalition",
                                  "faction", "organisation", "organization"})
_BARE_GROUP_ANAPHORS = frozenset({"paramilitary", "paramilitaries"})
#: Heads of fire named without a weapon word: "mortar fire", "shelling" (see ``_FIRING_POSITIONS``).
_FIRE_HEADS = frozenset({"fire", "gunfire", "shelling", "shells", "salvo", "salvoes", "salvos", "barrage"})
#: Where fire comes from that names the side firing: "from Pakistani positions", "from the Armenian side" (not a
#: territory: "fired from Lebanese territory" is no attack by Lebanon).
_FIRING_POSITIONS = frozenset({"positions", "position", "side", "lines", "line", "trenches", "posts", "post"})
_SELF_PRONOUNS = frozenset({"we", "our", "us", "i", "my", "me"})
_THIRD_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "she", "her"})


@define(eq=False)
class Draft:
    """An event before it has an id: type, rule, sentence-relative span, slots."""

    event_type: str
    rule: str
    start: int
    end: int
    slots: dict[str, Any]
    sentence: int = -1
    #: claims: the character span of what is claimed
    content: tuple[int, int] | None = None
    planned: bool = False
    date_mention: Mention | None = None
    #: named guards and context readings that decided something (provenance)
    notes: list[str] = field(factory=list)
    extra: dict[str, Any] = field(factory=dict)


@define(eq=False)
class Reading:
    """One sentence as the grammars read it."""

    index: int
    text: str
    article: int
    headline: bool
    paragraph: int
    published: dt.date | None
    parse: Parse
    matches: list[FrameMatch]
    clauses: list[tuple[int, int]]
    story: Story
    lex: Lexicons
    claims: list[Draft] = field(factory=list)

    # ------------------------------------------------------------------ positions
    def clause_of(self, t: int) -> tuple[int, int]:
        """The clause (token range) that holds token ``t``."""
        for a, b in self.clauses:
            if a <= t < b:
                return a, b
        return 0, len(self.parse.tokens)

    def chars(self, i: int, j: int) -> tuple[int, int]:
        """Character offsets of tokens ``i`` to ``j``."""
        tok = self.parse.tokens
        if j <= i:
            return tok.starts[i] if i < len(tok) else len(self.text), tok.starts[i] if i < len(tok) else len(self.text)
        return tok.starts[i], tok.ends[j - 1]

    def claim_over(self, t: int) -> Draft | None:
        """The claim of this sentence whose content holds token ``t`` (one with a side first; of nested ones, the
        innermost: in "Kyiv rejected Moscow's claims that its forces had taken X", Moscow's)."""
        pos = self.parse.tokens.starts[t] if t < len(self.parse.tokens) else len(self.text)
        holding = [d for d in self.claims if d.content and d.content[0] <= pos < d.content[1]]
        sided = [d for d in holding if d.slots.get("actor") is not None] or holding
        return min(sided, key=lambda d: d.content[1] - d.content[0]) if sided else None  # type: ignore[index]

    def speaker_spans(self) -> list[tuple[int, int]]:
        """Character spans of the claims' saying parts ("X said on Sunday"), not what is said."""
        out = []
        for d in self.claims:
            if d.content:
                if d.content[0] > d.start:
                    out.append((d.start, d.content[0]))
                if d.content[1] < d.end:
                    out.append((d.content[1], d.end))
        return out

    # ------------------------------------------------------------------ mentions
    def mentions(self, i: int, j: int, kind: Kind) -> list[Mention]:
        """Mentions of ``kind`` inside tokens ``i`` to ``j``."""
        return [m for m in self.parse.mentions if m.kind is kind and i <= m.i and m.j <= j]

    def places_in(self, chunks: Iterable[Chunk]) -> list[Mention]:
        """Place mentions inside noun groups, in order, without repeats."""
        out: list[Mention] = []
        for c in chunks:
            for m in c.mentions:
                if m.kind is Kind.PLACE and all(m is not o for o in out):
                    out.append(m)
        return out


class EventGrammar(Protocol):
    """What a grammar is: an event type and a reader of drafts."""

    event_type: str

    def read(self, r: Reading) -> list[Draft]:
        """The drafts of one sentence."""
        ...


def mentions_of(chunks: Iterable[Chunk], kind: Kind) -> list[Mention]:
    """Mentions of ``kind`` in the chunks."""
    return [m for c in chunks for m in c.mentions if m.kind is kind]


#: Words that make people named by nationality a force ("Syrian fighters" is no case; "armed Syrians" is).
NATIONALS_MILITARY_WORDS = frozenset({"armed", "fighters", "soldiers", "troops", "gunmen", "militants", "combatants"})


def nationals_only(r: Reading, c: Chunk) -> bool:
    """True when a noun group names people by nationality only, with no word of arms: "Thousands of Ukrainians",
    "More than 400,000 Lebanese", "Syrians". Crossing into another country they are civilians, refugees or
    travellers, not a force ("Hundreds of Sudanese crossed into South Sudan")."""
    lows = r.parse.tokens.lows
    if set(lows[c.i:c.j]) & NATIONALS_MILITARY_WORDS:
        return False
    return any(m.kind is Kind.ACTOR and m.form in ("people", "adjective") and m.i <= c.head < m.j and m.j == c.j
               for m in c.mentions)


def inside_any(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """True when ``[start, end)`` overlaps any span."""
    return any(start < e and s < end for s, e in spans)


#: Words that open a time phrase of its own ("hours after the attack", "before the talks").
_TIME_LINKS = frozenset({"after", "before", "since", "until", "following"})
#: Words that make "since X" the date of an earlier event ("the first talks since 2022").
_SINCE_SUPERLATIVES = frozenset({"first", "last", "most", "worst", "biggest", "largest", "only", "highest",
                                 "heaviest", "deadliest", "major",
                                 # "their third attack since Monday": a count of events since a day
                                 "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                 "tenth", "latest", "another"})


#: Words between "since" and a day that make the day the event's date ("since dawn on Thursday", "since the early
#: hours of Friday", "since midnight on Sunday"): see :func:`since_daytime`.
_SINCE_DAYTIME = frozenset({"dawn", "daybreak", "sunrise", "midnight", "morning", "the", "early", "hours", "of"})
#: Ordinals of an aside that counts events ("the third such attack this week"): see :func:`counted_window`.
_COUNT_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                             "latest", "first"})
#: Words that open a relative clause set off by commas after a noun: ", which Russia has held since 2022,".
_ASIDE_RELATIVES = frozenset({"which", "who", "whose"})
#: The longest aside, in tokens, from its opening comma to a "since" date in it.
_ASIDE_LENGTH = 10


def background_aside(r: Reading, d: Mention, at: int | None = None) -> bool:
    """True when date ``d`` lies in an aside set off by commas after a noun group, a participle or relative
    clause that describes it ("Robotyne, held by Russia since 2022, was retaken", "The RSF, which has fought
    the army since April 2023, said ..."): that noun's background, not the date of an event outside the aside
    (the event's trigger is token ``at``, when known)."""
    lows = r.parse.tokens.lows
    chunks, chunk_of = r.parse.chunks, r.parse.chunk_of
    n = len(lows)
    a = d.i - 1
    while a > 0 and d.i - a <= _ASIDE_LENGTH and lows[a] not in (",", ";", ":", "(", ")", "\u2014", "\u2013"):
        a -= 1
    e = d.j
    while e < n and e - d.j <= 3 and lows[e] not in (",", ";", ":", "(", ")", "."):
        e += 1
    # (an aside may also close the sentence, after the event: "captured Bohdanivka, a village its troops have
    # been attacking since February.")
    last = (e >= n or lows[e] == ".") and at is not None and at < a
    if a <= 0 or lows[a] != "," or not (last or (e < n and lows[e] == ",")) or a + 1 >= d.i:
        return False
    if at is not None and a < at < e:
        return False
    opener = chunks[chunk_of[a + 1]]
    # "Bohdanivka, a village its troops have been attacking since February": a noun group and the clause that
    # describes it
    described = opener.kind == "NG" and any(c.kind == "VG" for c in chunks[opener.index + 1:chunk_of[d.i]])
    return chunks[chunk_of[a - 1]].kind == "NG" and (lows[a + 1] in _ASIDE_RELATIVES or described or (
        opener.kind == "VG" and not opener.aux and opener.tag in ("ed", "pp", "ing")))


#: Relative pronouns after a noun group that open a clause describing it (:func:`relative_background`).
_NOUN_RELATIVES = frozenset({"that", "which", "who", "whose", "where", "when"})
#: Words before "from" that make it a comparison with an earlier figure (", down from 400 last autumn").
_COMPARED = frozenset({"down", "up", "compared", "rising", "falling", "dropping", "climbing", "increasing",
                       "decreasing", "shrinking", "growing"})
#: The most tokens between a relative pronoun (or a comparison's "from") and a date it governs.
_RELATIVE_REACH = 12


def relative_background(r: Reading, d: Mention, at: int) -> bool:
    """True when date ``d`` lies in a relative clause on a noun group ("Kupiansk, a town that fell in 2022 and
    was retaken", "Lashio, the town that fell to the rebels last year") with no comma between the pronoun and
    the date, and the event's trigger (token ``at``) is outside that clause: the noun's past, not the event's
    day. A clause that holds the trigger ("Pokrovsk, which Russian troops entered on Monday") keeps its date."""
    lows = r.parse.tokens.lows
    chunks, chunk_of = r.parse.chunks, r.parse.chunk_of
    k = d.i - 1
    while k > 0 and d.i - k <= _RELATIVE_REACH and lows[k] not in _NOUN_RELATIVES:
        if lows[k] in (",", ";", ":", "(", ")", ".", "\u2014", "\u2013"):
            return False
        k -= 1
    if k <= 0 or lows[k] not in _NOUN_RELATIVES:
        return False
    rel = chunks[chunk_of[k]]
    if rel.kind != "REL" or rel.index == 0 or chunks[rel.index - 1].kind != "NG":
        return False  # ("said that its forces took X last week": a statement, not a relative clause)
    end = d.j
    while end < len(lows) and lows[end] not in (",", ";", ":", ")", ".", "\u2014", "\u2013"):
        end += 1
    return not k <= at < end


#: Words of a span of time counted back from publication: "ten years ago", "exactly one year ago".
_AGO_UNITS = frozenset({"year", "years", "decade", "decades", "month", "months", "century"})


def anniversary_window(lows: list[str], d: Mention) -> bool:
    """True when date ``d`` ("this week", "today", "this month") follows a span counted back ("Ten years ago this
    week", "Three years ago today"): the date is the anniversary's, the event lies that span before it."""
    return d.i >= 2 and lows[d.i - 1] == "ago" and lows[d.i - 2] in _AGO_UNITS


def compared_date(r: Reading, d: Mention) -> bool:
    """True when date ``d`` belongs to a comparison with an earlier figure: "..., down from 400 last autumn",
    "up from 12 in March" (:data:`_COMPARED` before "from", no comma between)."""
    lows = r.parse.tokens.lows
    k = d.i - 1
    while k > 0 and d.i - k <= _RELATIVE_REACH and lows[k] not in (",", ";", ":", "."):
        if lows[k] == "from" and lows[k - 1] in _COMPARED:
            return True
        k -= 1
    return False


#: Nouns of recorded material whose publication date is not the date of what they show.
_MEDIA_NOUNS = frozenset({"footage", "video", "videos", "image", "images", "imagery", "photo", "photos",
                          "photographs", "picture", "pictures", "clip", "clips", "recording", "recordings"})
#: Participles of publishing in a reduced relative after such a noun: "footage published / posted on May 8".
_PUBLISHED = frozenset({"publish", "post", "release", "upload", "share", "circulate", "disseminate", "air",
                        "broadcast"})


def published_media(r: Reading, d: Mention, at: int | None = None) -> bool:
    """True when date ``d`` follows a participle of publishing after a noun of recorded material ("geolocated
    footage published on May 8", "a video posted on Friday"): the day the material came out, not the date of the
    event it shows (unless the event's trigger, token ``at``, is that participle)."""
    chunks, chunk_of = r.parse.chunks, r.parse.chunk_of
    k = chunk_of[d.i]
    if k < 2:
        return False
    vg, ng = chunks[k - 1], chunks[k - 2]
    if vg.kind != "VG" or vg.aux or vg.tag not in ("ed", "pp") or vg.lemma not in _PUBLISHED or ng.kind != "NG":
        return False
    if at is not None and vg.i <= at < vg.j:
        return False
    return r.parse.tokens.lows[ng.head] in _MEDIA_NOUNS


def since_daytime(lows: list[str], i: int, j: int) -> bool:
    """True when tokens ``i`` to ``j`` end in "since" and a time of day (:data:`_SINCE_DAYTIME`) right before a
    date ("killed since dawn on Thursday", "since the early hours of Friday"): a count over that day, which dates
    it, not a background phrase."""
    words = lows[i:j]
    if "since" not in words:
        return False
    k = len(words) - 1 - words[::-1].index("since")
    return 0 < len(words) - k - 1 and all(w in _SINCE_DAYTIME for w in words[k + 1:])


def counted_window(lows: list[str], d: Mention) -> bool:
    """True when date ``d`` closes an aside that counts events ("..., the third such attack this week", "..., its
    second attack in a week"): a comma, a determiner and an ordinal (:data:`_COUNT_ORDINALS`) within a few tokens
    before it."""
    if d.text.lower().startswith("since"):
        return False
    words = lows[max(0, d.i - 7):d.i]
    if "," not in words:
        return False
    after = words[len(words) - 1 - words[::-1].index(","):]
    return len(after) >= 3 and after[1] in ("the", "its", "their", "a") and after[2] in _COUNT_ORDINALS


#: Aircraft words an airline's fleet shares with an air force: "the airline will send more jets to Lisbon".
FLEET_AIRCRAFT = frozenset({"jets", "jet", "aircraft", "planes", "plane", "airliners", "airliner"})
#: Words that make such aircraft an air force's: "fighter jets", "military aircraft", "F-16 jets".
WAR_AIRCRAFT_WORDS = frozenset({"fighter", "fighters", "military", "combat", "stealth", "attack", "war", "spy",
                                "surveillance", "reconnaissance", "bomber", "bombers", "air force", "warplanes"})
#: Fewest words only a war uses (``doc_strong_cues``) that make a page's bare "jets" an air force's.
_AIRCRAFT_WAR_PAGE = 2


def civil_aircraft(r: Reading, chunks: list[Any]) -> bool:
    """True when every noun group of ``chunks`` names bare aircraft (:data:`FLEET_AIRCRAFT`, no word of
    :data:`WAR_AIRCRAFT_WORDS`, no model number, no side) on a page with hardly a word only a war uses: an airline's
    fleet ("Emirates is sending its A380 jets to Sydney"), no forces and no aid. Not after a strike the story told."""
    if not chunks or r.story.doc_strong_cues >= _AIRCRAFT_WAR_PAGE or r.story.strikes:
        return False  # (a page of war, or a story that told a strike: "More jets will be sent to Poland")
    lows = r.parse.tokens.lows
    for c in chunks:
        words = lows[c.i:c.j]
        if lows[c.head] not in FLEET_AIRCRAFT or set(words) & WAR_AIRCRAFT_WORDS or \
                any(w[:1] in ("f", "b", "j", "m", "s") and "-" in w and any(ch.isdigit() for ch in w) for w in words) or \
                any(mm.kind is Kind.ACTOR for mm in c.mentions):
            return False
    return True


def dates_between(r: Reading, i: int, j: int, *, own: bool = True, at: int | None = None) -> list[Mention]:
    """Date mentions in tokens ``i`` to ``j``; with ``own``, not those of a claim's saying part, unless the
    event's trigger (token ``at``) is itself in that part ("Lavrov met Wang Yi on Monday and said that ...",
    "Yellen travelled to Beijing last month to warn that ...": the speaker's own act, and its day)."""
    lows = r.parse.tokens.lows
    # "since their operation in August": the date of a background phrase, not of the event
    found = [d for d in r.mentions(i, j, Kind.DATE)
             if "since" not in lows[max(i, d.i - 6):d.i] or d.text.lower().startswith("since") or
             since_daytime(lows, max(i, d.i - 6), d.i)]
    # "the first direct talks since 2022", "the deadliest strike since October": the date of the last such event
    found = [d for d in found if not (d.text.lower().startswith("since") and any(
        w in _SINCE_SUPERLATIVES or w.endswith("est") for w in lows[max(i, d.i - 8):d.i]))]
    # "..., the third such attack this week": the window of a count of events in an aside, not the event's date
    found = [d for d in found if not counted_window(lows, d)]
    # "Robotyne, held by Russia since 2022, was retaken on Monday": the background of a noun, in an aside
    found = [d for d in found if not (d.text.lower().startswith("since") and background_aside(r, d, at))]
    # "footage published on May 8 shows ...": the day the footage came out, not the day of what it shows
    found = [d for d in found if not published_media(r, d, at)]
    # "Ten years ago this week, Russian jets began bombing Syria": the week of an anniversary, years back
    found = [d for d in found if not anniversary_window(lows, d)]
    # "entered Kupiansk, a town that fell in 2022, on Thursday", "held 60 km2, down from 400 last autumn": the
    # date of a relative clause on a noun, or of a comparison, not of the event outside it
    if at is not None:
        found = [d for d in found if not relative_background(r, d, at) and not compared_date(r, d)]
    if not found and 0 < i and at is not None and i <= at < len(r.parse.tokens) and r.clauses:
        # "On Saturday, hours after the drone attack, Putin called ...": a date fronted alone as the sentence's
        # first clause dates the main clause's events, not those inside a time phrase of their own ("after the
        # drone attack"), which a comma must close before the event
        chunks = r.parse.chunks
        a0, b0 = r.clauses[0]
        opening = [c for c in chunks if a0 <= c.i < b0]
        if b0 <= i and opening and opening[0].kind == "DATE" and all(
                c.kind in ("DATE", "ADV", "PUNCT") for c in opening):
            timed = [x for x in range(b0, at) if lows[x] in _TIME_LINKS]
            if not timed or "," in lows[timed[-1]:at]:
                found = r.mentions(a0, b0, Kind.DATE)
    if not found and i > 0 and r.clauses:
        # "shelled the town on Sunday, entering the village hours later": a participle clause after a comma
        # happens on the day of the clause it hangs from
        first = r.parse.chunks[r.parse.chunk_of[i]] if i < len(r.parse.tokens) else None
        if first is not None and first.kind == "VG" and first.tag == "ing" and not first.aux and \
                lows[i - 1] == "," and not any(m.type == "claim" and m.trigger is first for m in r.matches):
            # (not ", claiming to have struck ...": an event a speaker reports takes the claim's date)
            before = [(a, b) for a, b in r.clauses if b <= i]
            if before:
                a0, b0 = before[-1]
                found = dates_between(r, a0, b0, own=own)
    if len(found) > 1:
        # "Overnight on March 3": the calendar day, not the word of the time of day written with it
        found = [d for k, d in enumerate(found) if not (
            k + 1 < len(found) and 0 <= found[k + 1].i - d.j <= 1 and _dates.is_deictic(d.text)
            and not _dates.is_deictic(found[k + 1].text))]
    if at is not None and len(found) > 1:
        # "captured Toretsk on Monday and entered Chasiv Yar the following day": an offset after the event's
        # trigger, with a day before the trigger, is this event's date (the day is the first event's)
        after = [d for d in found if d.i > at and _dates.offset_days(d.text) is not None]
        if after and any(d.j <= at for d in found if d is not after[0]):
            found = [after[0]] + [d for d in found if d is not after[0]]
    if not own:
        return found
    saying = r.speaker_spans()
    if at is not None and at < len(r.parse.tokens):
        pos = r.parse.tokens.starts[at]
        saying = [(a, b) for a, b in saying if not a <= pos < b]
    return [d for d in found if not inside_any(d.start, d.end, saying)] or []


class Sides:
    """Reads which side a noun group stands for, with the story's help for pronouns and "the enemy"."""

    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        self.kind = lex.actors.kind

    def named(self, chunks: Iterable[Chunk]) -> tuple[str, str] | None:
        """``(written, actor)`` of the first person or side named in the chunks."""
        chunks = list(chunks)
        for c in chunks:
            people = [m for m in c.mentions if m.kind is Kind.PERSON]
            if people:
                return people[0].text, str(people[0].value)
            titled = self.lex.actors.titled(c.text) if c.j - c.i >= 2 and c.text else None
            if titled is not None:
                return titled  # "Vice President Harris"
            actors = [m for m in c.mentions if m.kind is Kind.ACTOR]
            if actors:
                first = actors[0]
                # "Sudan's Rapid Support Forces", "Yemen's Houthis": the armed group, not its country
                for later in actors[1:]:
                    if self.kind.get(later.value) == "armed_group":
                        return later.text, str(later.value)
                return first.text, str(first.value)
        return None

    def firing_position(self, r: Reading, c: Chunk) -> tuple[str, str] | None:
        """The side whose positions, side of the line or trenches noun group ``c`` names ("from Pakistani
        positions", "from the Armenian side"): where fire came from; ``None`` for anything else (a territory:
        "from Lebanese territory" names no attacker)."""
        return self.named([c]) if r.parse.tokens.lows[c.head] in _FIRING_POSITIONS else None

    def of(self, r: Reading, chunks: Iterable[Chunk], at: int) -> tuple[str, str] | None:
        """The side of noun groups, with pronouns and "the enemy" read in context (token ``at``)."""
        chunks = list(chunks)
        found = self.named(chunks)
        if found is not None:
            return found
        if not chunks:
            return None
        ch = r.parse.chunks
        k = chunks[0].index
        if k + 2 < len(ch) and ch[k + 1].kind == "PREP" and (ch[k + 1].lemma == "of" or (
                # "fighters from the Syrian National Army": a force's members named by where they come from
                ch[k + 1].lemma == "from" and r.parse.tokens.lows[chunks[0].head] in FORCE_NOUNS)) and \
                r.parse.tokens.lows[chunks[0].head] in FORCE_NOUNS | _GROUP_WORDS | _OFFICIALS_OF | _PARTS_OF:
            found = self.named([ch[k + 2]])  # "the rebels of M23", "foreign ministers of NATO countries"
            if found is None and r.parse.tokens.lows[chunks[0].head] in _PARTS_OF:
                found = self.of(r, [ch[k + 2]], at)  # "groups of the enemy's infantry": the enemy's side
            if found is not None:
                return found
        if k + 3 < len(ch) and ch[k + 1].kind == "VG" and ch[k + 1].lemma in LED_BY and \
                ch[k + 2].kind == "PREP" and ch[k + 2].lemma == "by" and ch[k + 3].kind == "NG" and \
                r.parse.tokens.lows[chunks[0].head] in UNNAMED_FORCES:
            found = self.named([ch[k + 3]])  # "insurgents led by Hayat Tahrir al-Sham swept into Aleppo": HTS
            if found is not None:
                return found
        if k + 3 < len(ch) and ch[k + 1].kind == "VG" and ch[k + 2].kind == "PREP" and \
                ch[k + 2].lemma in _AFFILIATED.get(r.parse.tokens.lows[ch[k + 1].head], ()) and \
                ch[k + 3].kind == "NG" and \
                r.parse.tokens.lows[chunks[0].head] in UNNAMED_FORCES:
            # "jihadists linked to al-Qaeda attacked ...", "insurgents affiliated with Islamic State seized ...": the
            # armed group's (never a state's: "militias allied with the army")
            found = self.named([ch[k + 3]])
            if found is not None and self.kind.get(found[1]) not in (None, "state"):
                return found
        if k + 2 < len(ch) and (r.parse.tokens.lows[chunks[0].head] in _FIRE_HEADS or any(
                m.kind is Kind.WEAPON for m in chunks[0].mentions)):
            # "Mortar fire from Pakistani positions hit ...", "Rockets fired from Russian lines": the side whose
            # positions it came from
            x = k + 2 if ch[k + 1].kind == "VG" and ch[k + 1].lemma in ("fire", "launch") and not ch[k + 1].aux \
                else k + 1
            if x + 1 < len(ch) and ch[x].kind == "PREP" and ch[x].lemma == "from" and ch[x + 1].kind == "NG":
                found = self.firing_position(r, ch[x + 1])
                if found is not None:
                    return found
        for c in chunks:
            # an official the story introduced by title: "Harris" after "US Vice President Kamala Harris"
            words = r.parse.tokens.words[c.i:c.j]
            for k in range(len(words)):
                known = r.story.people.get(" ".join(words[k:])) or r.story.people.get(words[-1])
                if known is not None and words[-1][:1].isupper():
                    return r.parse.text(c), known[1]
        lows = r.parse.tokens.lows
        c = chunks[0]
        first = lows[c.i]
        wordset = set(lows[c.i:c.j])
        if wordset & OPPONENT_WORDS:
            claim = r.claim_over(at)
            speaker = claim.slots.get("actor") if claim else None
            other = r.story.opponent(speaker) if speaker else None
            if not other and speaker:
                # a story that has not named two parties: the speaker's one main foe ("the enemy", said by a
                # Ukrainian governor, is Russia), where the actors file gives one
                other = self.lex.actors.foe.get(str(speaker))
            quoted = {sp.actor for sp in r.story.speakers if sp.actor and sp.kind != "none"}
            page = r.story.house or r.story.dateline or (next(iter(quoted)) if len(quoted) == 1 else None)
            if not other and not speaker and page and (r.story.house or quoted <= {page}):
                # no speaker with a side here: the foe of the page's side (its outlet's, its dateline's, or the one
                # side the story quoted), when the page quoted no other side ("KYIV, May 8 (Ukrinform) - The enemy
                # shelled Nikopol", "ISLAMABAD: The enemy fired ...", "..., the General Staff reports. The enemy
                # launched ...")
                other = self.lex.actors.foe.get(page)
            if other:
                return r.parse.text(c), other
            return None
        if first in _SELF_PRONOUNS or (first in POSSESSIVE_PRONOUNS and first in ("our",)):
            claim = r.claim_over(at)
            if claim and claim.slots.get("actor"):
                return r.parse.text(c), str(claim.slots["actor"])
            # "Our forces have taken ...," (the speaker named in the next or the last sentence)
            last = r.story.last_speaker()
            if last is not None and last.actor and abs(r.index - last.sentence) <= 2:
                return r.parse.text(c), last.actor
            return None
        if first == "the" and c.j - c.i == 4 and lows[c.i + 1] in _GROUP_WORDS - _STATE_FORCE_WORDS and \
                lows[c.i + 2] in ("'s", "\u2019s") and lows[c.head] in FORCE_NOUNS:
            # "M23 seized Bukavu ... The group's fighters took Kavumu": the armed group pointed back to
            found = self._pointing(r, c, "it", at)
            if found is not None and self.lex.actors.kind.get(found[1]) == "state":
                return None
            return found
        if first == "the" and ((c.j - c.i == 3 and lows[c.i + 1] in _GROUP_ANAPHOR_ADJECTIVES and
                                lows[c.head] in _GROUP_ANAPHOR_HEADS and
                                lows[c.i + 1:c.j] not in (["armed", "forces"], ["armed", "force"])) or
                               (c.j - c.i == 2 and lows[c.head] in _BARE_GROUP_ANAPHORS)):
            # "The RSF besieged El Fasher ... the paramilitary force shelled its last hospital": the armed group
            # pointed back to, or, when that is a state (the speaker's), the one armed group the actors file
            # makes that state's foe ("The paramilitary group shelled Omdurman, Sudan's army said": the RSF)
            found = self._pointing(r, c, "it", at)
            if found is not None and self.lex.actors.kind.get(found[1]) == "state":
                return self._group_foe_of(r.parse.text(c), found[1])
            return found if found is not None else self._group_of_sentence(r, c)
        if first == "the" and c.j - c.i == 2 and lows[c.head] in _GROUP_WORDS:
            first = "it"  # "Saree said the group had fired ...": the group speaks through him
            if lows[c.head] in _STATE_FORCE_WORDS:
                # "RSF shelling ... A strike blamed on the army": an armed group has no army; a state's
                found = self._pointing(r, c, first, at)
                if found is not None and self.lex.actors.kind.get(found[1]) == "armed_group":
                    return None
                return found
            # "Israel expanded ... The militants seized ...": a group, militia or rebels are no state's (but, in a
            # state's own statement, "The rebels shelled Sake, Congo's army said", the one armed group that is its
            # main foe)
            found = self._pointing(r, c, first, at)
            if found is not None and self.lex.actors.kind.get(found[1]) == "state":
                return self._group_foe_of(r.parse.text(c), found[1]) if r.claim_over(at) is not None else None
            return found if found is not None else self._group_of_sentence(r, c)
        if first in _THIRD_PRONOUNS or (first in POSSESSIVE_PRONOUNS):
            return self._pointing(r, c, first, at)
        if wordset & _RULER_WORDS:
            ruler = self._ruler_of_places(r)
            if ruler is not None:
                return r.parse.text(c), ruler  # "The military regime deployed 1,000 troops to Kyaukphyu": Myanmar
        if lows[c.head] in FORCE_NOUNS and len(wordset) <= 3 and not self._incoming(c, lows):
            # "forces from a tank unit had reached ...", "jets struck ...", said by a ministry: the speaker's forces
            claim = r.claim_over(at)
            if claim and claim.slots.get("actor"):
                speaker = str(claim.slots["actor"])
                if (wordset & _RULER_WORDS and self.kind.get(speaker) != "state") or (
                        wordset & _STATE_MILITARY_WORDS and self.kind.get(speaker) == "armed_group"):
                    # "The Arakan Army said junta jets had bombed ...", "the KIA said military jets ...": the ruling
                    # military is the speaker's foe
                    foe = self.lex.actors.foe.get(speaker) or (
                        # "The SDF said government troops pulled out of Deir Hafer": the state its places lie in
                        self._ruler_of_places(r) if wordset & _STATE_MILITARY_WORDS else None)
                    return (r.parse.text(c), foe) if foe and foe != speaker else None
                if wordset & _REBEL_WORDS and self.kind.get(speaker) == "state":
                    # "Rebel forces seized Uvira, a local official said": the state's foe, never its own forces
                    return self._group_foe_of(r.parse.text(c), speaker)
                return r.parse.text(c), speaker
        return None

    def _group_of_sentence(self, r: Reading, c: Chunk) -> tuple[str, str] | None:
        """``(written, group)`` for an armed group's anaphor with no antecedent ("The group, which the UN says is
        armed by Rwanda, took Walikale"): the one armed group whose main foe is a state the sentence names."""
        states = {str(m.value) for m in r.parse.mentions if m.kind is Kind.ACTOR and
                  self.kind.get(str(m.value)) == "state"}
        groups = {g for s in states if (g := self._group_foe_of(r.parse.text(c), s)) is not None}
        return next(iter(groups)) if len(groups) == 1 else None

    def _group_foe_of(self, written: str, state: str) -> tuple[str, str] | None:
        """``(written, group)`` for the one armed group whose main foe (the actors file's "foe") is ``state``, or
        None when there are none or several."""
        groups = [a for a, f in self.lex.actors.foe.items() if f == state and self.kind.get(a) == "armed_group"]
        return (written, groups[0]) if len(groups) == 1 else None
    def _ruler_of_places(self, r: Reading) -> str | None:
        """The state that rules where the sentence's places lie, when they all lie in one state of the actors file
        ("the junta", "regime troops" act in their own country: "The regime's troops withdrew from Thandwe")."""
        countries = {m.value.country or (m.value.name if m.value.precision is GeoPrecision.COUNTRY else None)
                     for m in r.parse.mentions if m.kind is Kind.PLACE and m.value.precision is not GeoPrecision.UNKNOWN}
        if len(countries) != 1 or None in countries:
            return None
        state = self.lex.actors.named(str(next(iter(countries))))
        return state if state is not None and self.kind.get(state) == "state" else None

    @staticmethod
    def _incoming(c: Chunk, lows: list[str]) -> bool:
        """True for munitions with no force of their own in the noun group ("drones", "artillery"): what a
        speaker reports hitting is as often the foe's as its own ("Drones hit Odesa, the ambassador said"),
        unlike aircraft ("jets struck ..., the army said") and "army drones"."""
        weapon = next((m for m in c.mentions if m.kind is Kind.WEAPON and m.i <= c.head < m.j), None)
        return weapon is not None and str(weapon.value) != "airstrike" and not any(
            w in FORCE_NOUNS and not (weapon.i <= k < weapon.j) for k, w in enumerate(lows[c.i:c.j], c.i))

    def _pointing(self, r: Reading, c: Chunk, first: str, at: int) -> tuple[str, str] | None:
        """The side a pronoun (or "the group") points back to: the claim's speaker, the nearest or last subject."""
        claim = r.claim_over(at)
        if first in ("it", "they") and claim is not None:
            # "Zelensky said Russia terrorised Ukraine, adding that it dropped ...": the nearest subject
            near = self._nearest_subject(r, c.i)
            if near is not None:
                return r.parse.text(c), near
        if claim and claim.slots.get("actor"):
            return r.parse.text(c), str(claim.slots["actor"])
        own = self._sentence_subject(r, c.i, thing=first == "its")
        if own is not None and first in ("its", "their", "his", "her"):
            return r.parse.text(c), own
        if first in ("its", "their"):
            # "sanctions against Iran for its weekend attack": the side named last before it, in its sentence
            for ch in reversed(r.parse.chunks[:c.index]):
                if ch.kind == "NG":
                    side = self.named([ch])
                    if side is not None:
                        return r.parse.text(c), side[1]
        subj = r.story.last_subject
        if subj is not None and first in ("it", "its", "they", "their") and r.index - subj[2] <= 2:
            return r.parse.text(c), subj[1]
        last = r.story.last_speaker()
        if last is not None and last.actor and first in ("his", "her", "he", "she") and \
                r.index - last.sentence <= 3:
            return r.parse.text(c), last.actor
        return None

    def _nearest_subject(self, r: Reading, before: int) -> str | None:
        """The side of the nearest named subject before token ``before``."""
        from ..phrases.relations import subject

        best: str | None = None
        for ch in r.parse.chunks:
            if ch.i >= before:
                break
            if ch.kind == "VG" and ch.finite:
                subj = subject(r.parse, ch)
                if subj and subj[0].j <= before:
                    found = self.named(subj)
                    if found is not None:
                        best = found[1]
        return best

    def _sentence_subject(self, r: Reading, before: int, thing: bool = False) -> str | None:
        """The side of the sentence's first subject, when it comes before token ``before``.

        ``thing``: for "its", never a person ("Minister X called for sanctions on Iran for its attack").
        """
        from ..phrases.relations import subject

        for ch in r.parse.chunks:
            if ch.kind == "VG" and ch.finite:
                subj = subject(r.parse, ch)
                if subj and subj[0].j <= before:
                    if thing and (any(mm.kind is Kind.PERSON for c in subj for mm in c.mentions) or any(
                            r.parse.tokens.lows[t] in _PERSON_WORDS for c in subj for t in range(c.i, c.j))):
                        return None
                    found = self.named(subj)
                    return found[1] if found else None
                return None
        return None


def place_country(p: Place) -> str | None:
    """The country a place is in (itself for a country)."""
    if p.precision is GeoPrecision.COUNTRY:
        return p.name
    return p.country
