"""Matching frames on a parsed sentence, with the variants derived from each frame.

For every verb group whose verb triggers a frame, and every noun group whose
head noun does, :func:`match` reads the generic relations and maps them to the
frame's roles. The variants are derived here, never written per verb:

* **active** - "Russia captured Avdiivka": subject -> ``agent``, object -> ``patient``;
* **passive** - "Avdiivka was captured by Russia": subject -> ``patient``,
  ``by`` phrase -> ``agent``; also the reduced relative "the town captured
  by Russia" and the participle "captured on Sunday, the town ...";
* **relative** - "the town that Russia captured": the antecedent is the patient;
* **coordinated** - "... and captured Avdiivka": the first verb's subject;
* **nominal** - "Russia's capture of Avdiivka", "Russian strikes on Kharkiv":
  possessor and side adjective -> ``poss``/``mod`` (read as the agent unless the
  frame says otherwise), ``of`` -> the frame's ``of`` role (patient by default);
* **light verb** - "Russia launched an attack on Kharkiv", "held talks with":
  the noun's frame, with the light verb's subject as agent and its voice,
  negation and mood;
* **predicate** - "talks were held in Istanbul", "the attack killed five":
  phrases after the verb the noun is subject of belong to the noun's event.
"""

from __future__ import annotations

import functools

from attrs import define, field

from ..mentions.types import Kind
from ..mentions.words import FORCE_NOUNS
from ..phrases.chunks import Chunk, Parse
from ..phrases.relations import group, is_pair, object_of, prepositional_phrases, refers_back, refers_out, subject
from .index import FrameIndex
from .model import Frame

__all__ = ["FrameMatch", "match"]

#: Participles whose "by" phrase names a side of the noun's event: "talks led by the US".
_AGENT_PARTICIPLES: dict[str, str] = {
    **{v: "by" for v in ("lead", "host", "broker", "mediate", "organize", "organise", "chair", "facilitate",
                         "sponsor", "attend", "convene", "propose", "draft", "sign", "impose", "announce",
                         "launch", "carry", "conduct", "order", "present", "submit", "put", "offer", "table",
                         "back", "endorse", "negotiate", "claim", "stage", "mount")},
    # "a drone strike blamed on the army", "an attack attributed to Hezbollah"
    "blame": "on", "attribute": "to",
}
"""A participle after an event noun and the preposition that names the event's agent:
"talks led by the US", "an attack blamed on Russia"."""
#: Verbs of running an event: their subject (or passive agent) is a participant ("which Switzerland plans to
#: organise", "was organised by Ukraine and Bulgaria").
_ORGANISING = frozenset({"organize", "organise", "host", "co-host", "hold", "convene", "chair", "sponsor",
                         "co-organize", "co-organise", "attend", "call"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our"})
#: Participles after an event noun whose "in"/"at" phrase places the event ("an exchange agreed at talks in X").
#: Determiners that negate the verb of the subject they open ("No missiles hit Kyiv").
#: First words of a subject that negate its verb: "No missiles hit Kyiv", "Nobody is going to send troops",
#: "None of the allies has sent troops".
_NEGATIVE_DETERMINERS = frozenset({"no", "neither", "nobody", "none", "no-one", "noone"})
#: Words just before a subject that negate its verb: "Neither side has sent reinforcements", "Neither Russia nor
#: Ukraine has moved troops" (the chunker leaves "neither" outside the noun group).
_NEGATIVE_PREDETERMINERS = frozenset({"neither", "nor"})
_PLACING_PARTICIPLES = frozenset({"agree", "sign", "reach", "hold", "broker", "conclude", "negotiate", "seal"})
#: A verb, its object, then a preposition and an event noun: "invited North Korea to the conference".
_OBJECT_LIGHT = frozenset({"invite to", "welcome to", "bring to", "summon to", "call to"})
#: Verbs of joining a partner in an act ("joined U.S. aircraft in strikes"): the light verb of the act's noun, past
#: the partner, when the noun's frame lists it as light.
_JOINING = frozenset({"join"})
#: Prepositions of a fronted phrase whose event noun takes the main clause's sides ("During the call, X told Y").
_FRONTING = frozenset({"during", "at", "in", "after", "following", "on"})
#: Prepositions of the channel a responsibility is claimed through ("claimed responsibility via its Amaq agency
#: for ...", "in a statement on Telegram for ...").
_CLAIM_CHANNEL_PREPS = frozenset({"through", "via", "in", "on"})
#: Prepositions of a phrase that times the event by another one ("withdrew from X after talks in Doha"): the
#: "in"/"at" phrases right after such a phrase's event noun of another type are that event's venue.
_TIMING_PREPS = frozenset({"after", "following", "before", "during", "amid"})
_VENUE_PREPS = frozenset({"in", "at"})
#: Prepositions of a fronted phrase whose gain of ground is the main clause subject's ("With the capture of
#: Kamanyola, the M23 ..."), and the nouns that do not take it ("With the fall of X, Kinshasa ...": X fell
#: to someone, not to the subject).
_FRONTED_GAIN = frozenset({"with"})
_FRONTED_GAIN_EXCEPT = frozenset({"fall"})
#: Verbs whose subject is the side of an attack named in their phrase ("killed X in an airstrike").
_VIOLENT = frozenset({"kill", "eliminate", "destroy", "hit", "target", "strike", "wound", "injure", "assassinate",
                      "neutralise", "neutralize", "bomb", "shell"})
#: Copulas of a state: "is in control of", "remains under Russian control".
_STATE_VERBS = frozenset({"be", "remain", "stay", "come", "fall", "return", "keep", "leave", "put", "place"})
#: Intransitive predicates of an event noun, besides passives: "the talks took place / began in X".
_HAPPENING = frozenset({"take", "begin", "start", "resume", "continue", "end", "conclude", "occur", "happen",
                        "open", "close", "run"})
#: Active verbs of a relative clause on an event noun whose "in"/"at" phrase is the venue ("the summit,
#: which opens in Vilnius on Tuesday", "which took place in Doha").
_VENUE_VERBS = frozenset({"take", "occur", "happen", "open", "begin", "start", "resume", "convene", "meet"})
#: Verbs whose subject may be a noun trigger whose phrases follow the verb ("talks were held in X").
_PREDICATES = frozenset({
    "take", "begin", "start", "resume", "continue", "end", "stall", "collapse", "break", "open", "close",
    "conclude", "last", "run", "come", "occur", "happen", "hit", "kill", "strike", "target", "damage", "destroy",
    "injure", "wound", "leave", "follow", "involve", "see", "bring", "focus", "go", "stop", "fail",
    "organize", "organise", "host", "hold", "attend", "convene", "chair", "facilitate", "mediate", "broker",
    "sign", "reach", "approve", "announce", "impose", "cover", "target", "include", "yield", "produce", "result",
    "strengthen", "expand", "extend", "tighten", "widen", "ease", "lift", "renew", "toughen", "adopt",
    "stall", "deadlock", "falter", "founder", "drag", "yield", "lead", "mediate", "host", "collapse", "fail",
})


@define(eq=False)
class FrameMatch:
    """A frame read on a sentence: which trigger, which phrases fill which role, and the verb's mood."""

    frame: Frame
    pos: str  # "verb" or "noun"
    trigger: Chunk  # the verb group or noun group holding the trigger word
    head: int  # the trigger's token
    governor: Chunk | None  # the verb group that carries the event (the verb itself, or a light verb)
    roles: dict[str, list[Chunk]] = field(factory=dict)
    relations: dict[str, list[Chunk]] = field(factory=dict)
    voice: str = "active"
    neg: bool = False
    #: "" or "real", "future", "planned", "hypothetical", "negated", "attempted", or "conditional" (told under a
    #: condition: "if China invaded Taiwan", and the main clause after it: no event, ``_conditional``)
    modal: str = ""
    light: str = ""

    @property
    def light_option(self) -> str:
        """What the frame says of its light verb: a mood ("planned") or a slot ("change=advanced")."""
        if not self.light:
            return ""
        for lv in self.frame.light:
            name, _, option = lv.partition(":")
            if name == self.light or name.split(" ")[0] == self.light:
                return option
        return ""

    def value(self, slot: str) -> object:
        """A fixed slot value of the frame, as the light verb or the verb's tense may change it."""
        option = self.light_option
        if "=" in option:
            key, _, val = option.partition("=")
            if key == slot:
                return val
        for relation, values in self.frame.set_by.items():
            if slot in values and self.relations.get(relation):
                return values[slot]
        if self.pos == "verb" and slot in self.frame.set_past and (
                self.trigger.tag in ("ed", "past", "pp") or any(a in ("have", "has", "had") for a in self.trigger.aux)):
            return self.frame.set_past[slot]
        return self.frame.set.get(slot)

    @property
    def type(self) -> str:
        """The event type of the frame."""
        return self.frame.type

    def role_chunks(self, role: str) -> list[Chunk]:
        """The noun groups filling ``role``."""
        return self.roles.get(role, [])

    def tokens(self) -> tuple[int, int]:
        """The token range from the first to the last phrase of the match."""
        chunks = [self.trigger] + ([self.governor] if self.governor is not None else [])
        for items in self.roles.values():
            chunks.extend(items)
        return min(c.i for c in chunks), max(c.j for c in chunks)


def _words_at(p: Parse, t: int, phrase: str) -> bool:
    words = _words(phrase)
    lows = p.tokens.lows
    return t + len(words) <= len(lows) and lows[t:t + len(words)] == words


def _words_before(p: Parse, t: int, phrase: str) -> bool:
    words = _words(phrase)
    lows = p.tokens.lows
    return t - len(words) >= 0 and lows[t - len(words):t] == words


@functools.lru_cache(maxsize=4096)
def _words(phrase: str) -> list[str]:
    """The words of a frame's word list entry (split once: the frames are few, their entries fixed)."""
    return phrase.split(" ")


#: Auxiliaries that open a yes/no question before its subject: "Will Israel strike Iran?", "Could Russia take
#: Pokrovsk?", "Did Israel bomb the consulate?".
_QUESTION_AUXILIARIES = frozenset({"will", "would", "could", "can", "should", "shall", "might", "may", "must",
                                   "did", "does", "do"})
#: Chunks that may make up a question's subject between its auxiliary and its verb ("Israel and Hamas").
_QUESTION_SUBJECT_KINDS = frozenset({"NG", "CONJ"})


def _inverted_question(p: Parse, v: Chunk) -> bool:
    """True when verb group ``v`` is the verb of a yes/no question, its auxiliary before the subject: "Will Israel
    strike Iran's nuclear sites?", "Analysis: Could Russia capture Pokrovsk?", "Would China send troops?". A
    question asks whether an event happens; it states none (an event frame on it is read as negated)."""
    lows = p.tokens.lows
    last = len(lows) - 1
    while last >= 0 and lows[last] in ("\"", "'", "\u201d", "\u2019", ")"):
        last -= 1
    if last < 0 or lows[last] != "?":
        return False
    chunks = p.chunks
    k = v.index - 1
    while k >= 0 and chunks[k].kind in _QUESTION_SUBJECT_KINDS:
        k -= 1
    if k < 0 or k == v.index - 1:
        return False
    aux = chunks[k]
    return aux.kind == "VG" and aux.j - aux.i == 1 and lows[aux.i] in _QUESTION_AUXILIARIES and (
        k == 0 or chunks[k - 1].kind in ("PUNCT", "QUOTE", "DASH"))


def _no_subject(p: Parse, v: Chunk, subj: list[Chunk]) -> bool:
    """True when an active verb's subject opens with a negative determiner ("No missiles hit Kyiv", "Nobody is
    going to send troops") or follows "neither" ("Neither side has sent reinforcements")."""
    if v.voice != "active" or not subj:
        return False
    lows = p.tokens.lows
    first = subj[0].i
    return lows[first] in _NEGATIVE_DETERMINERS or (first > 0 and lows[first - 1] in _NEGATIVE_PREDETERMINERS)


@functools.lru_cache(maxsize=1024)
def _by_word(phrases: tuple[str, ...], last: bool) -> dict[str, tuple[list[str], ...]]:
    """A frame's word list entries by their first (or ``last``) word (indexed once: the frames are few)."""
    index: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = _words(phrase)
        index.setdefault(words[-1] if last else words[0], []).append(words)
    return {w: tuple(entries) for w, entries in index.items()}


def _blocked(p: Parse, f: Frame, start: int, after: int) -> bool:
    """``any(_words_at(p, after, w) for w in f.not_after) or any(_words_before(p, start, w) for w in
    f.not_before)``."""
    return _any_at(p, f.not_after, after) or _any_before(p, f.not_before, start)


def _any_at(p: Parse, phrases: tuple[str, ...], t: int) -> bool:
    """``any(_words_at(p, t, w) for w in phrases)``: only the entries that open with the word at ``t`` are
    compared."""
    if not phrases:
        return False
    lows = p.tokens.lows
    if not 0 <= t < len(lows):
        return any(_words_at(p, t, w) for w in phrases)
    entries = _by_word(phrases, False).get(lows[t])
    return entries is not None and any(lows[t:t + len(w)] == w for w in entries)


def _any_before(p: Parse, phrases: tuple[str, ...], t: int) -> bool:
    """``any(_words_before(p, t, w) for w in phrases)``: only the entries that end with the word before ``t``
    are compared."""
    if not phrases:
        return False
    lows = p.tokens.lows
    if not 0 < t <= len(lows):
        return any(_words_before(p, t, w) for w in phrases)
    entries = _by_word(phrases, True).get(lows[t - 1])
    return entries is not None and any(t - len(w) >= 0 and lows[t - len(w):t] == w for w in entries)


def _has(p: Parse, chunks: list[Chunk], kind: Kind) -> bool:
    return any(m.kind is kind for c in chunks for m in c.mentions)


#: Words that stand for a side in its own or the other's words: "the enemy advanced", "we advanced".
_SIDE_WORDS = frozenset({"enemy", "occupiers", "invaders", "we", "they", "it", "russians", "ukrainians",
                         "israelis", "rebels", "insurgents", "militants", "separatists", "jihadists"})
#: Heads of a noun group that name an official of a side: "received the Iranian foreign minister".
#: Heads of a phrase that name a side at arms with no force noun: "fire from the Armenian side", "from enemy
#: positions", "from the occupiers".
_FORCE_SIDE_WORDS = _SIDE_WORDS | {"side", "positions", "posts", "position", "post", "territory"}
_OFFICIAL_WORDS = frozenset({"minister", "ministers", "president", "envoy", "envoys", "delegation", "delegations",
                             "leader", "leaders", "counterpart", "ambassador", "secretary", "chancellor",
                             "premier", "emir", "king", "prince", "officials", "negotiators", "diplomats"})
_PEOPLE_WORDS = frozenset({"boy", "girl", "boys", "girls", "baby", "babies", "teenager", "teenagers", "people", "civilians", "persons", "children", "soldiers", "troops", "residents", "men",
                           "women", "others", "servicemen", "fighters", "militants", "palestinians", "ukrainians",
                           "israelis", "russians", "workers", "police", "officers", "person", "civilian", "child",
                           "soldier", "man", "woman", "member", "members", "journalists", "rescuers", "medics"})


def _satisfied(p: Parse, m: FrameMatch) -> bool:
    for r in m.frame.requires:
        if r == "patient:weapon":
            pat = m.relations.get("patient", [])
            if not _has(p, pat, Kind.WEAPON) and not _of_which_weapon(p, pat):
                return False
        elif r == "patient:place":
            if not _has(p, m.relations.get("patient", []), Kind.PLACE):
                return False
        elif r == "patient:actor":
            pat = m.relations.get("patient", [])
            if not (_has(p, pat, Kind.ACTOR) or _has(p, pat, Kind.PERSON)):
                return False
        elif r == "agent:leaders":
            # "Trump and Putin spoke for two hours", "the two leaders spoke on Monday": two named leaders of
            # different sides, or a pair, as the subject (not "Zelensky spoke on Tuesday")
            ag = m.relations.get("agent", [])
            people = {str(w.value) for c in ag for w in c.mentions if w.kind is Kind.PERSON and w.i <= c.head < w.j}
            if len(people) < 2 and not any(is_pair(p, c) for c in ag):
                return False
        elif r == "agent:envoys":
            # "the two delegations sat down in Doha", "Israeli and Hamas negotiators sat down": envoys or
            # officials of a named side, two named people, or a pair (not "the fans sat down")
            ag = m.relations.get("agent", [])
            people = {str(w.value) for c in ag for w in c.mentions if w.kind is Kind.PERSON}
            if len(people) < 2 and not any(is_pair(p, c) or (
                    p.tokens.lows[c.head] in _OFFICIAL_WORDS and _has(p, [c], Kind.ACTOR)) for c in ag):
                return False
        elif r == "patient:person":
            # "Erdogan received Sharaa", "received a Hamas delegation": a named person, or an official of a side
            # (not "received Russian drones", "received US weapons")
            pat = m.relations.get("patient", [])
            if not (_has(p, pat, Kind.PERSON) or any(
                    p.tokens.lows[c.head] in _OFFICIAL_WORDS and _has(p, [c], Kind.ACTOR) for c in pat)):
                return False
        elif r == "agent:weapon":
            ag = m.relations.get("agent", [])
            if not any(w.kind is Kind.WEAPON and w.i <= c.head < w.j for c in ag for w in c.mentions) and not (
                    # "Hezbollah fired 30 rockets. Some of them fell near Safed": the munitions of the strike before
                    p.after_strike and any(refers_out(p, c) for c in ag)):
                return False
        elif r == "agent:people":
            ag = m.relations.get("agent", [])
            if not any(p.tokens.lows[c.head] in _PEOPLE_WORDS or _has(p, [c], Kind.QUANTITY) for c in ag):
                return False
        elif r == "patient:quantity":
            if not _has(p, m.relations.get("patient", []), Kind.QUANTITY):
                return False
        elif r == "patient:people":
            # (a counted weapon is no one: "neutralized 45 drones" is an interception, not a toll)
            pat = [c for c in m.relations.get("patient", []) if not _has(p, [c], Kind.WEAPON)]
            if not any(p.tokens.lows[c.head] in _PEOPLE_WORDS or _has(p, [c], Kind.QUANTITY) for c in pat):
                return False
        elif r == "agent:actor":
            ag = m.relations.get("agent", []) or m.roles.get(m.frame.roles.get("agent", ""), [])
            # "separate groups of the enemy's infantry": the side is in the "of" phrase
            ag = ag + [p.chunks[c.index + 2] for c in ag if c.index + 2 < len(p.chunks) and
                       p.chunks[c.index + 1].kind == "PREP" and p.chunks[c.index + 1].lemma == "of" and
                       p.chunks[c.index + 2].kind == "NG"]
            if not (_has(p, ag, Kind.ACTOR) or _has(p, ag, Kind.PERSON) or any(
                    p.tokens.lows[c.head] in FORCE_NOUNS or p.tokens.lows[c.head] in _SIDE_WORDS or
                    set(p.tokens.lows[c.i:c.j]) & _SIDE_WORDS or is_pair(p, c) for c in ag)):
                return False
        elif r == "patient:force":
            # "cleared the village of X of RSF fighters": the last "of" phrase of the patient names the armed side
            # driven out (not "of protesters", "of mines"; nor the place itself, "the square of Kyiv")
            pat = m.relations.get("patient", [])
            last = pat[-1] if len(pat) >= 2 else None
            if last is None or not (p.tokens.lows[last.head] in FORCE_NOUNS or p.tokens.lows[last.head] == "militia"
                                    or (_has(p, [last], Kind.ACTOR) and not _has(p, [last], Kind.PLACE))):
                return False
        elif r == "role:force":
            # "came under fire from Armenian armed forces / the Pakistani side": an armed side is the actor (not
            # "came under fire from opposition lawmakers", "from Germany over its budget")
            lows = p.tokens.lows
            if not any(lows[c.head] in FORCE_NOUNS or lows[c.head] in _FORCE_SIDE_WORDS for c in m.roles.get(
                    "actor", [])):
                return False
        elif r.startswith("role:"):
            role = r[5:]
            chunks = m.roles.get(role, [])
            if role == "place":
                if not _has(p, chunks, Kind.PLACE):
                    return False
            elif role == "weapon":
                # "responded with artillery fire": a weapon named in the instrument
                if not _has(p, chunks, Kind.WEAPON):
                    return False
            elif role == "named-location":
                # "came to China", "flew to the Pituffik base": a place or a name, not "came to an agreement"
                if not any(_has(p, [c], Kind.PLACE) or _has(p, [c], Kind.ACTOR) or
                           p.tokens.words[c.head][:1].isupper() for c in m.roles.get("location", [])):
                    return False
            elif not chunks:
                return False
        elif r == "object":
            if not m.relations.get("patient"):
                return False
        elif r == "particle":
            if m.trigger.particle < 0:
                return False
        elif r == "inchoative":
            # "troops began operating in Shejaiya", "have started operating in": the verb's start, told
            if m.pos != "verb" or not set(m.trigger.aux) & _INCHOATIVE_AUX:
                return False
        elif r == "light":
            # "hits were recorded in X", "scored hits on X": the noun with one of its light verbs
            gov = m.governor
            if gov is None or gov.lemma not in {lv.split(":")[0].split(" ")[0] for lv in m.frame.light}:
                return False
    return True


#: Verbs before another that tell its start (the ``inchoative`` requirement of a frame): "began operating".
_INCHOATIVE_AUX = frozenset({"begin", "start", "commence"})


def _of_which_weapon(p: Parse, chunks: list[Chunk]) -> bool:
    """ "273 drones, of which 88 were shot down", "Of the 96 drones launched, 60 were shot down", "... with 96
    drones; 60 were downed": a bare count that refers to weapons named before; or to the munitions of the strike
    the sentence before stated (``Parse.after_strike``: "Russia launched 146 drones overnight. 118 of them were
    shot down"; "85 of them": the strike grammar checks that one named them)."""
    return any((refers_back(p, c) and (p.after_strike or any(w.kind is Kind.WEAPON and w.j <= c.i
                                                              for w in p.mentions))) or refers_out(p, c)
               for c in chunks)



def _assign(m: FrameMatch, relation: str, chunks: list[Chunk]) -> None:
    if not chunks:
        return
    m.relations.setdefault(relation, []).extend(chunks)
    role = m.frame.role(relation)
    if role is not None:
        m.roles.setdefault(role, []).extend(c for c in chunks if c not in m.roles.get(role, []))


def match(p: Parse, index: FrameIndex) -> list[FrameMatch]:
    """Every frame match of a parsed sentence, in text order."""
    out: list[FrameMatch] = []
    for c in p.chunks:
        if c.kind == "VG":
            out.extend(_match_verb(p, index, c))
        elif c.kind == "NG":
            out.extend(_match_noun(p, index, c))
    # "the Line of Control", "Freedom Square": a word of a place's name triggers nothing
    named = [(m.i, m.j) for m in p.mentions if m.kind is Kind.PLACE and m.j - m.i > 1]
    if named:
        out = [m for m in out if not any(a <= m.head < b for a, b in named)]
    _conditional(p, out)
    # "took control of X": the object noun is part of the verb's trigger, not an event of its own
    consumed = {id(m.relations["object"][0]) for m in out if m.pos == "verb" and m.relations.get("object")}
    out = [m for m in out if not (m.pos == "noun" and id(m.trigger) in consumed)]
    # "launched an offensive into X": the noun's frame carries the event, not the light verb's own
    carried = {(id(m.governor), m.type, str(m.frame.set.get("kind", m.frame.set.get("change", ""))))
               for m in out if m.pos == "noun" and m.light and m.governor is not None}
    return [m for m in out if not (m.pos == "verb" and (
        id(m.trigger), m.type, str(m.frame.set.get("kind", m.frame.set.get("change", "")))) in carried)]


#: Words that open a condition: "If China invaded Taiwan, ...", "unless Russia withdraws its troops".
_IF_WORDS = frozenset({"if", "unless"})
#: Auxiliaries that open a condition by inversion at the head of a sentence: "Should China invade Taiwan, ...",
#: "Were Russia to seize Narva, ...", "Had Ukraine captured Robotyne earlier, ...".
_INVERTED_IF = frozenset({"should", "were", "had"})
#: What follows "if" when it hedges a report rather than poses a condition: "If confirmed, the strike would be ...".
_HEDGES = frozenset({"confirmed", "true", "accurate", "verified", "anything", "so"})
#: Heads of a fronted phrase that sets a sentence in a game or drill: "In the war game, Chinese missiles struck Guam",
#: "In the simulation, Russian forces captured Narva", "During the exercise, jets struck targets in Estonia".
_PRETENCE_HEADS = frozenset({"game", "games", "wargame", "wargames", "war-game", "war-games", "simulation",
                             "simulations", "exercise", "exercises", "drill", "drills", "scenario", "scenarios",
                             "tabletop", "rehearsal", "rehearsals", "film", "movie", "novel", "show", "drama",
                             "thriller", "miniseries", "episode", "sitcom"})
# (not "series": "In a series of strikes on Sunday, Russian missiles hit Kyiv")
#: A work of fiction whose plot a sentence tells with a verb of telling: "The series follows a platoon as it shells
#: enemy lines", "The film depicts partisans who blow up a bridge" (here "series" is the work: its verb says so).
_WORK_HEADS = frozenset({"film", "films", "movie", "series", "miniseries", "show", "novel", "book", "play", "drama",
                         "thriller", "game", "episode", "season", "sequel", "prequel", "sitcom", "opera", "musical"})
_PLOT_VERBS = frozenset({"follow", "depict", "portray", "tell", "chronicle", "imagine", "center", "centre",
                         "dramatize", "dramatise", "revolve"})
#: Quotation marks that close a quotation (and the main clause of a quoted condition).
_CLOSING_QUOTES = frozenset({'"', "”"})
#: Tokens that end a conditional clause.
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "then", "—", "–"})


def _conditional(p: Parse, out: list[FrameMatch]) -> None:
    """Matches told under a condition are conditional (``modal``), no events: those inside the condition ("if China invaded
    Taiwan", "should Russia seize Narva", "were Russia to attack"), and, when the sentence opens with a condition,
    those of its main clause too ("..., US forces would deploy to Japan"). "If confirmed, ..." hedges a report and
    poses no condition."""
    lows = p.tokens.lows
    n = len(lows)
    spans: list[tuple[int, int]] = []
    mains: list[tuple[int, int]] = []
    first = 1 if n and lows[0] in ('"', "“", "'") else 0
    k = p.chunk_of[first] if n else -1
    if 0 <= k and k + 1 < len(p.chunks) and p.chunks[k].kind == "PREP" and p.chunks[k].lemma in ("in", "during") and \
            p.chunks[k + 1].kind == "NG" and lows[p.chunks[k + 1].head] in _PRETENCE_HEADS and not (
                k + 2 < len(p.chunks) and p.chunks[k + 2].kind == "PREP" and p.chunks[k + 2].lemma == "of"):
        mains.append((first, n))  # "In the war game, Chinese missiles struck US bases on Guam"
    elif 0 <= k and k + 1 < len(p.chunks) and p.chunks[k].kind == "NG" and (
            (lows[p.chunks[k].head] in _WORK_HEADS and p.chunks[k + 1].kind == "VG" and
             p.chunks[k + 1].lemma in _PLOT_VERBS) or
            # (the verb read into the noun group: "The new miniseries depicts")
            (p.chunks[k].j - p.chunks[k].i >= 2 and lows[p.chunks[k].j - 2] in _WORK_HEADS and
             lows[p.chunks[k].j - 1].endswith("s") and lows[p.chunks[k].j - 1][:-1] in _PLOT_VERBS)):
        mains.append((first, n))  # "The series follows a platoon as it shells enemy lines and seizes a hill"
    for t in range(n):
        inverted = t == first and lows[t] in _INVERTED_IF and t + 1 < n and lows[t + 1] not in _CLAUSE_ENDS and \
            p.chunk_of[t] >= 0 and p.chunk_of[t] + 1 < len(p.chunks) and p.chunks[p.chunk_of[t] + 1].kind == "NG"
        if not (lows[t] in _IF_WORDS or inverted) or (t + 1 < n and lows[t + 1] in _HEDGES):
            continue
        if lows[t] == "if" and t > 0 and lows[t - 1] in ("as", "even", "what", "only", "asked", "ask", "asking"):
            continue  # "as if", "asked if" (whether)
        end = next((k for k in range(t + 1, n) if lows[k] in _CLAUSE_ENDS), n)
        if t == first and end < n and lows[end] != ".":
            # the main clause too, up to a closing quotation mark ('"If Ukraine loses, Putin will never ...," X
            # warned': the saying is no condition's)
            mains.append((end, next((k for k in range(end, n) if lows[k] in _CLOSING_QUOTES), n)))
        spans.append((t, end))
    if not spans and not mains:
        return
    for m in out:
        if m.modal in ("negated", "attempted"):
            continue
        # (the main clause's saying is no condition's: "If Hamas does not release the hostages, Israel will expand
        # its offensive, Netanyahu said" is his claim)
        if any(a <= m.trigger.i < b for a, b in spans) or (
                m.type != "claim" and any(a <= m.trigger.i < b for a, b in mains)):
            m.modal = "conditional"


def _match_verb(p: Parse, index: FrameIndex, v: Chunk) -> list[FrameMatch]:
    out = _match_verb_lemma(p, index, v)
    if v.governing:
        # "vowed to ramp up sanctions", "claimed to have captured": the governing verb is an attribution too
        gov = Chunk("VG", v.i, v.j, index=v.index, head=v.governing_head, lemma=v.governing, tag=v.tag,
                    voice="active", neg=v.neg, finite=v.finite, aux=v.aux)
        handover = v.governing in _AGREE_VERBS and v.lemma in _HANDOVER_VERBS and any(
            p.tokens.lows[c.head] in _HANDED_OVER for c in object_of(p, v)[:1])
        if handover:
            # "agreed to hand over control of the dam to Damascus": a transfer agreed between sides, not aid
            out = [m for m in out if m.type != "diplomatic_event"]
        disengage = v.governing in _AGREE_VERBS and _agreed_disengagement(p, v)
        for m in _match_verb_lemma(p, index, gov):
            if m.type == "claim" or (m.type == "diplomatic_event" and v.governing in _AGREE_VERBS
                                     and (v.lemma in _AGREED_ACTS and not out or handover or disengage)):
                # (and "agreed to halt all firing", "agreed to swap prisoners": an agreement)
                m.trigger = v
                if handover and m.type == "diplomatic_event":
                    _handover_sides(p, v, m)
                out.append(m)
    return out


def _agreed_disengagement(p: Parse, v: Chunk) -> bool:
    """ "agreed to withdraw troops from the border", "agreed to pull their forces back", "agreed to disengage":
    a pull-back of forces the sides agree on (an agreement, besides the withdrawal it promises)."""
    lows = p.tokens.lows
    if v.lemma not in _DISENGAGE_VERBS:
        return False
    # "pull troops back", "pull out their forces": "pull" withdraws with its particle only
    if v.lemma in _DISENGAGE_PARTICLE_VERBS and not (
            (v.particle >= 0 and lows[v.particle] in _DISENGAGE_PARTICLES)
            or set(lows[v.j:v.j + 4]) & _DISENGAGE_PARTICLES):
        return False
    obj = object_of(p, v)[:1]
    # what is pulled back is a force ("troops", "their forces", "heavy weapons")
    if obj:
        return lows[obj[0].head] in FORCE_NOUNS | _WITHDRAWN_ARMS
    if v.lemma == "disengage":
        return True
    # or nothing is named, and they pull back from a line or a place ("agreed to withdraw from the border";
    # "agreed to pull out of the talks" is no disengagement)
    return any(prep in ("from", "of") and any(
        lows[c.head] in _FRONT_HEADS or any(mm.kind is Kind.PLACE for mm in c.mentions) for c in items)
        for prep, items in prepositional_phrases(p, v.index)[:2])


def _handover_sides(p: Parse, v: Chunk, m: FrameMatch) -> None:
    """ "agreed to hand over control of the dam to the authorities in Damascus": the side handing over and
    the side it hands to agree (the "to" phrase, with the "in" phrase that names it, is a party, not a topic
    or a venue)."""
    agents = m.relations.get("agent", [])
    m.roles.clear()
    m.relations.clear()
    _assign(m, "agent", agents)
    pps = prepositional_phrases(p, object_of(p, v)[-1].index)
    for n, (prep, items) in enumerate(pps):
        if prep == "to":
            named = items + (pps[n + 1][1] if n + 1 < len(pps) and pps[n + 1][0] == "in" else [])
            _assign(m, "with", named)
            break


#: The most chunks of phrases between a verb's object and the preposition of a three-word verb entry ("subjected
#: the positions | of the Azerbaijani army | in Kalbajar district | to fire").
_OBJECT_PHRASES_MAX = 6


def _after_object_phrase(p: Parse, frames: list[Frame], v: Chunk, last: int) -> list[Frame]:
    """The frames with a verb entry "<verb> <preposition> <words>" whose preposition and words follow the verb's
    object and its phrases (chunk ``last`` ends the object): "subjected X to fire" for "subject to fire". (The
    caller asks only for the verbs of :attr:`FrameIndex.split_verbs`, which have such entries.)"""
    chunks, lows = p.chunks, p.tokens.lows
    k = last + 1
    while k + 1 < len(chunks) and k - last <= _OBJECT_PHRASES_MAX:
        c = chunks[k]
        if c.kind == "PREP" and chunks[k + 1].kind == "NG":
            nxt = chunks[k + 1]
            words = f"{v.lemma} {c.lemma} {' '.join(lows[nxt.i:nxt.j])}"
            found = [f for f in frames if words in f.verbs]
            if found:
                return found
            k += 2
            continue
        if c.kind != "NG":
            break
        k += 1
    return []


def _match_verb_lemma(p: Parse, index: FrameIndex, v: Chunk) -> list[FrameMatch]:
    frames = index.by_verb.get(v.lemma)
    if not frames:
        return []
    lows = p.tokens.lows
    particle = lows[v.particle] if v.particle >= 0 else ""
    obj = object_of(p, v) if v.voice == "active" else []
    after_obj = obj[-1].index if obj else v.index
    if not particle and obj and obj[-1].j < len(lows) and lows[obj[-1].j] in ("down", "out", "off", "back", "up"):
        particle = lows[obj[-1].j]  # "shot them down"
    with_particle = f"{v.lemma} {particle}"
    phrasal = [f for f in frames if with_particle in f.verbs] if particle else []
    # "push into", "meet with": a verb and the preposition that must follow it
    k = v.index + 1
    while k < len(p.chunks) and p.chunks[k].kind == "ADV":
        k += 1  # "pushed deeper into Rafah"
    nxt = p.chunks[k] if k < len(p.chunks) else None
    prep = nxt.lemma if nxt is not None and nxt.kind == "PREP" else ""
    with_prep = [f for f in frames if prep and f"{v.lemma} {prep}" in f.verbs]
    if not with_prep and prep and k + 1 < len(p.chunks) and p.chunks[k + 1].kind == "NG":
        # "spoke by phone with Putin": a verb, a preposition and a word of its own ("speak by phone")
        words = f"{v.lemma} {prep} {' '.join(lows[p.chunks[k + 1].i:p.chunks[k + 1].j])}"
        with_prep = [f for f in frames if words in f.verbs]
    if not with_prep and obj and v.lemma in index.split_verbs:
        # "subjected the positions of the Azerbaijani army in Kalbajar to fire": a verb, its object (with the
        # phrases after it) and a preposition with a word of its own ("subject to fire")
        with_prep = _after_object_phrase(p, frames, v, obj[-1].index)
    plain = [f for f in frames if v.lemma in f.verbs] if " " not in v.lemma else []  # (one-word entries)
    if with_prep:
        types = {f.type for f in with_prep}
        plain = with_prep + [f for f in plain if f.type not in types and f not in with_prep]
    cands = phrasal or plain
    obj_head = lows[obj[0].head] if obj else ""
    with_object = [f for f in cands if f.objects and obj_head and any(
        obj_head in (o, o + "s") or obj_head == o.split(" ")[-1] for o in f.objects)]
    cands = with_object or [f for f in cands if not f.objects]
    out: list[FrameMatch] = []
    # what the verb's phrases are does not depend on the frame: read once, shared by every candidate
    subj: list[Chunk] | None = None
    pps: list[tuple[str, list[Chunk]]] | None = None
    prev = p.chunks[v.index - 1] if v.index > 0 else None
    by_side = after_verb_or_prep = False
    for f in cands:
        if _blocked(p, f, v.i, v.head + 1) or (obj and _blocked(p, f, v.i, obj[0].i)):
            continue
        if subj is None:
            subj = subject(p, v)
        # "No missiles hit Kyiv", "No Ukrainian troops remain in Kursk": a subject with "no" negates the verb
        # "Will Israel strike Iran?": a question states no event (a claim frame keeps its own reading)
        neg = v.neg or _no_subject(p, v, subj) or (f.type != "claim" and _inverted_question(p, v))
        m = FrameMatch(f, "verb", v, v.head, v, voice=v.voice, neg=neg, modal=v.modal)
        if f.objects:
            # "took control of X": the object is part of the trigger; its phrases are the patient's
            m.relations["object"] = obj[:1]
            _assign(m, "agent", subj)
            for prep, items in prepositional_phrases(p, obj[-1].index):
                _assign(m, prep, items)
            out.append(m)
            continue
        if pps is None:
            pps = prepositional_phrases(p, after_obj) or _past_reduced_relative(p, obj)
            # "the town captured by Russian forces", "troops deployed in Russia": a participle after a noun that
            # is not the sentence's subject
            by_side = any(pr == "by" and any(_has(p, [c], Kind.ACTOR) or _has(p, [c], Kind.PERSON) or
                                             p.tokens.lows[c.head] in FORCE_NOUNS for c in items)
                          for pr, items in pps)
            after_verb_or_prep = prev is not None and prev.index > 0 and p.chunks[prev.index - 1].kind in (
                "VG", "PREP")
        # (a verb whose frame has no patient is intransitive: "a contingent of 400 police officers landed in
        # Port-au-Prince" is no passive participle)
        reduced = v.tag in ("ed", "pp") and not v.aux and not obj and prev is not None and prev.kind == "NG" and (
            by_side or (after_verb_or_prep and f.type == "deployment") or _before_main_verb(p, v)) and \
            f.role("patient") is not None
        if v.voice == "passive" or reduced:
            m.voice = "passive"
            main = _main_verb_after(p, v) if reduced and not m.modal else None
            if main is not None and main.modal == "hypothetical":
                m.modal = main.modal  # "Missiles launched from Kaliningrad could strike ports": no launch yet
            _assign(m, "patient", subj or _participle_noun(p, f, v, prev))
            for prep, items in pps:
                _assign(m, "agent" if prep == "by" else prep, items)
        else:
            # "with hundreds of fighters flown into Bamako": the moving force of an intransitive frame
            _assign(m, "agent", subj or _participle_noun(p, f, v, prev))
            _assign(m, "patient", obj + _of_complement(p, obj))
            # "Shelling by the RSF killed ten": a gerund with no subject is a noun, its "by" phrase the agent
            nominal = v.tag == "ing" and not v.aux and not subj
            last_prep = ""
            timed_by = False
            for prep, items in pps:
                if prep == "by" and nominal:
                    _assign(m, "agent", items)
                    continue
                if prep in _VENUE_PREPS and timed_by:
                    continue  # "withdrew from Walikale after talks in Doha": where the talks were held
                timed_by = prep in _TIMING_PREPS and _other_event_noun(index, p, items[-1], f.type)
                if prep == "of" and f.type != "claim" and not (
                        items[0].index >= 2 and p.chunks[items[0].index - 2].kind == "ADV") and not (
                        # "pulled out of Uvira": "out of" right after the verb is its own preposition
                        items[0].index >= 2 and p.chunks[items[0].index - 2] is v and p.tokens.lows[v.j - 1] == "out"):
                    # "pushed back from the outskirts of Kupiansk": the "of" phrase belongs to the phrase before
                    if last_prep and last_prep != "with" and m.frame.role(last_prep) in ("place", "target",
                                                                                          "location"):
                        _assign(m, last_prep, items)
                    continue
                _assign(m, prep, items)
                last_prep = prep
        if _satisfied(p, m):
            out.append(m)
    return out


def _other_event_noun(index: FrameIndex, p: Parse, g: Chunk, own: str) -> bool:
    """True when noun group ``g``'s head triggers a frame of another type than ``own`` ("talks", "a summit")."""
    return any(f.type != own for _form, _noun, f in index.by_noun.get(p.tokens.lows[g.head], ()))


#: Event types whose passive participle after a noun group describes that group even with no subject of its own:
#: "bolstered by marines redeployed from Kursk", "with hundreds of fighters flown into Bamako".
_PARTICIPLE_NOUN_TYPES = frozenset({"deployment"})


def _participle_noun(p: Parse, f: Frame, v: Chunk, prev: Chunk | None) -> list[Chunk]:
    """The noun group a bare participle describes when the clause gives it no subject: "Russian forces have been
    bolstered by marines redeployed from the Kursk region" (the marines are redeployed), "boosted by 600 police
    officers flown into Port-au-Prince" (the officers fly)."""
    if f.type in _PARTICIPLE_NOUN_TYPES and not v.finite and not v.aux and v.tag in ("ed", "pp") and \
            prev is not None and prev.kind == "NG" and prev.index == v.index - 1:
        return [prev]
    return []


def _past_reduced_relative(p: Parse, obj: list[Chunk]) -> list[tuple[str, list[Chunk]]]:
    """ "retook the last villages held by Ukraine in the Kursk region": a participle with a "by" phrase
    describes the object; the phrases after it are the verb's again (the "by" phrase is the participle's)."""
    if not obj:
        return []
    chunks = p.chunks
    k = obj[-1].index + 1
    if k + 2 >= len(chunks) or chunks[k].kind != "VG" or chunks[k].tag not in ("ed", "pp") or chunks[k].aux or \
            chunks[k + 1].kind != "PREP" or chunks[k + 1].lemma != "by" or \
            chunks[k + 2].kind != "NG":
        return []
    return [(prep, items) for prep, items in prepositional_phrases(p, k) if prep != "by"]


def _before_main_verb(p: Parse, v: Chunk) -> bool:
    """ "A drone strike blamed on the army hit a market": only phrases, then a finite verb, follow the
    participle, so it describes the noun before it and the later verb is the sentence's."""
    return _main_verb_after(p, v) is not None


def _main_verb_after(p: Parse, v: Chunk) -> Chunk | None:
    """The sentence's finite verb after a participle that only phrases follow (:func:`_before_main_verb`):
    "Missiles launched from Kaliningrad could strike ports" -> "could strike" (whose mood the participle's
    event shares: a launch told only as what could happen)."""
    chunks = p.chunks
    k = v.index + 1
    pairs = 0
    while k + 1 < len(chunks) and chunks[k].kind == "PREP" and chunks[k + 1].kind == "NG":
        k += 2
        pairs += 1
        while k < len(chunks) and chunks[k].kind in ("DATE", "ADV"):
            k += 1
    if pairs > 0 and k < len(chunks) and chunks[k].kind == "VG" and chunks[k].finite and chunks[k].tag != "ing":
        return chunks[k]
    return None


def _of_complement(p: Parse, obj: list[Chunk]) -> list[Chunk]:
    """ "the outskirts of Pokrovsk", "a fifth of Ukraine's territory": the object's "of" phrase."""
    if not obj:
        return []
    k = obj[-1].index + 1
    chunks = p.chunks
    if k + 1 < len(chunks) and chunks[k].kind == "PREP" and chunks[k].lemma == "of" and chunks[k + 1].kind == "NG" \
            and chunks[k + 1] not in obj:
        out = [chunks[k + 1]]
        # "hosted the leaders of Armenia and Azerbaijan": every item of the "of" phrase's list, which "and" closes
        # (not "the outskirts of Kherson, Saldo said": a speaker after a comma, with its verb)
        k += 2
        items: list[Chunk] = []
        while k + 1 < len(chunks) and (chunks[k].kind == "CONJ" and chunks[k].lemma == "and" or
                                       chunks[k].lemma == ",") and chunks[k + 1].kind == "NG" and not (
                k + 2 < len(chunks) and chunks[k + 2].kind == "VG"):
            items.append(chunks[k + 1])
            if chunks[k].lemma == "and":
                return out + items
            k += 2
        return out
    return []


#: Modals that make an indefinite event noun before them a supposition: "A strike on X could send prices soaring".
_SUPPOSING_MODALS = frozenset({"would", "could", "can", "might", "may"})
#: Words after the modal that report an event that happened, with doubt: "may have killed", "could not be
#: confirmed".
_REPORTED_AFTER_MODAL = frozenset({"have", "not", "n't", "never"})
#: Articles of an event noun that names no particular event.
_INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _modal_indefinite_subject(p: Parse, g: Chunk, nxt: Chunk | None) -> bool:
    """True when noun group ``g``, opened by "a"/"an" at the start of a clause, is the subject of a verb with a
    modal of supposition (``nxt``, the chunk after the noun and its phrases): "A Russian breakthrough near
    Pokrovsk would force Ukraine to pull back", "A single drone strike can knock out a transformer", "An Israeli
    strike on Iran's oil terminals could send prices soaring". It names a kind of event, or one supposed."""
    lows = p.tokens.lows
    if nxt is None or nxt.kind != "VG" or lows[nxt.i] not in _SUPPOSING_MODALS or lows[g.i] not in \
            _INDEFINITE_ARTICLES:
        return False
    if nxt.i + 1 < len(lows) and lows[nxt.i + 1] in _REPORTED_AFTER_MODAL:
        return False  # "A strike on the suburbs may have killed a commander", "could not be confirmed": it happened
    return g.index == 0 or p.chunks[g.index - 1].kind in ("PUNCT", "QUOTE", "DASH", "SUB")


#: Adverbs of frequency that make a verb's bare-plural subject a kind of event: "Talks with the Taliban have rarely
#: produced results", "Negotiations between Israel and Hamas have always been indirect" (not "repeatedly": "talks
#: have repeatedly stalled" tells of talks held).
_GENERIC_ADVERBS = frozenset({"rarely", "seldom", "always", "often", "usually", "typically", "generally",
                              "historically", "traditionally", "invariably", "sometimes"})
#: First words of a noun group that make it a particular event, not a kind: "the talks", "their negotiations".
_PARTICULAR_OPENERS = frozenset({"the", "this", "these", "that", "those", "its", "their", "his", "her", "our", "my",
                                 "your", "a", "an", "one"})


def _generic_subject(p: Parse, g: Chunk, nxt: Chunk | None) -> bool:
    """True when noun group ``g`` is a bare plural or mass noun that is the subject of a verb with an adverb of
    frequency (:data:`_GENERIC_ADVERBS`) in its verb group or right after it: "Talks with the Taliban have rarely
    produced results", "Summits between India and Pakistan have always been rare". It names a kind of event, no
    event held."""
    lows = p.tokens.lows
    if nxt is None or nxt.kind != "VG" or g.poss_end > 0 or lows[g.i] in _PARTICULAR_OPENERS:
        return False
    if not (g.index == 0 or p.chunks[g.index - 1].kind in ("PUNCT", "QUOTE", "DASH", "SUB")):
        return False
    end = min(len(lows), nxt.j + 1)  # (an adverb the chunker left after a lone auxiliary: "have always been")
    return any(lows[x] in _GENERIC_ADVERBS for x in range(nxt.i, end))


def _match_noun(p: Parse, index: FrameIndex, g: Chunk) -> list[FrameMatch]:
    lows = p.tokens.lows
    h = g.head
    entries = index.by_noun.get(lows[h])
    if not entries:
        return []
    out: list[FrameMatch] = []
    done: set[str] = set()
    for form, _lemma, f in entries:
        if f.id in done:
            continue
        words = form.split(" ")
        if len(words) > 1 and lows[h - len(words) + 1:h + 1] != words:
            continue
        if _any_before(p, f.not_before, g.i) or _any_before(p, f.not_before, h):
            continue
        done.add(f.id)
        m = FrameMatch(f, "noun", g, h, None)
        # "signed a declaration of principles": a noun of several words that begins in an earlier noun group
        # is carried by that group's light verb
        first = p.chunks[p.chunk_of[h - len(words) + 1]] if h - len(words) + 1 < g.i else g
        pps = prepositional_phrases(p, g.index)
        if g.poss_end > 0:
            poss = Chunk("NG", g.i, g.poss_end, head=g.poss_end - 2, lemma=lows[max(g.i, g.poss_end - 2)],
                         mentions=[mm for mm in g.mentions if mm.j <= g.poss_end])
            # "Kamanyola's capture by the M23": with a "by" agent, the possessor is what the event acts on
            by_agent = any(prep == "by" for prep, _ in pps) and f.role("patient") is not None
            _assign(m, "patient" if by_agent else "poss", [poss])
        elif lows[g.i] in _POSSESSIVES and g.i < h:
            # "his visit", "their talks": the pronoun's side (read in context by the grammar)
            _assign(m, "poss", [Chunk("NG", g.i, g.i + 1, head=g.i, lemma=lows[g.i])])
        mods = [mm for mm in g.mentions if mm.i < h and mm.i >= max(g.poss_end, g.i)
                and mm.kind in (Kind.ACTOR, Kind.PERSON) and mm.j <= h]
        if mods:
            _assign(m, "mod", [Chunk("NG", mods[0].i, mods[-1].j, head=mods[-1].j - 1, lemma="", mentions=mods)])
        after = max([g.index] + [items[-1].index for _, items in pps]) + 1
        noun_end = after
        nxt = p.chunks[after] if after < len(p.chunks) else None
        if nxt is not None and nxt.kind == "VG" and nxt.tag in ("ed", "pp") and not nxt.aux and \
                nxt.lemma in _AGENT_PARTICIPLES:
            # "talks led by the US", "a proposal for a ceasefire presented by Egyptian mediators"
            by = _AGENT_PARTICIPLES[nxt.lemma]
            pps = pps + [("by", it) for pr, it in prepositional_phrases(p, nxt.index) if pr == by]
        if nxt is not None and nxt.kind == "VG" and nxt.tag in ("ed", "pp") and not nxt.aux and \
                nxt.lemma in _PLACING_PARTICIPLES and f.type == "diplomatic_event":
            # "a prisoner exchange agreed at talks in Istanbul": where it was agreed is where it happened
            pps = pps + [(pr, it) for pr, it in prepositional_phrases(p, nxt.index) if pr in ("in", "at")]
        for prep, items in pps:
            _assign(m, "agent" if prep == "by" else ("patient" if prep == "of" and "of" not in f.roles else prep),
                    items)
            if prep == "of" and "of" in f.roles:
                m.relations.setdefault("patient", []).extend(items)
        gov = _governor(p, first, f)
        if gov is not None and gov[1] == "predicate" and pps:
            # "Strikes on Kharkiv and Odesa killed five": the noun is the verb's subject, so the names listed
            # before the verb are its phrase's (the phrase reader stops at "and Odesa killed", a new clause
            # elsewhere)
            prep, items = pps[-1]
            x = items[-1].index + 1
            listed = []
            while x + 1 < gov[0].index and p.chunks[x].kind == "CONJ" and p.chunks[x].lemma in ("and", "or") and \
                    p.chunks[x + 1].kind == "NG":
                listed.append(p.chunks[x + 1])
                x += 2
            if listed and x == gov[0].index:
                _assign(m, "agent" if prep == "by" else ("patient" if prep == "of" and "of" not in f.roles else prep),
                        listed)
        if gov is not None:
            v, how = gov
            m.governor = v
            m.neg, m.modal = v.neg or (f.type != "claim" and _inverted_question(p, v)), v.modal
            m.light = v.lemma if how in ("light", "light-object") else ""
            if how == "light-object":
                # the inviter and the invited both take part; an invitation is to something to come
                _assign(m, "agent", subject(p, v))
                _assign(m, "with", [c for c in object_of(p, v) if c.index < g.index])
                if m.modal == "":
                    m.modal = "planned"
                last = max([g.index] + [items[-1].index for _, items in pps])
                if last + 2 < len(p.chunks) and p.chunks[last + 1].lemma == "," and \
                        p.chunks[last + 2].kind == "VG" and p.chunks[last + 2].lemma in _PREDICATES:
                    # "..., expected to be held in Minsk in October": where and when it will be
                    for prep, items in prepositional_phrases(p, last + 2):
                        _assign(m, prep, items)
            if m.light_option == "negated":
                m.neg = True  # "repelled an assault", "foiled an attack": it did not happen as its side meant
            if how.startswith("state-"):
                # "X is in control of Y": X gains; "Y is under X's control": Y is the place
                _assign(m, "agent" if how == "state-in" else "patient", subject(p, v))
            elif how == "light":
                if v.voice == "active":
                    # "Belgorod came under drone attack": the light verb's subject is what the event struck
                    _assign(m, "patient" if m.light_option == "subject=patient" else "agent", subject(p, v))
                last = max([g.index] + [items[-1].index for _, items in pps])
                if v.index > last:
                    last = v.index
                for prep, items in prepositional_phrases(p, last):
                    _assign(m, "agent" if prep == "by" else prep, items)
                if v.index < g.index:
                    for prep, items in prepositional_phrases(p, v.index):
                        if items[-1].index < g.index and prep != "for":
                            _assign(m, prep, items)
            else:
                # the noun is the subject of the verb: the verb's phrases are the event's ("the summit, hosted
                # by Oslo, was organized by ...": a participle after a comma is passive too)
                participle = v.tag in ("ed", "pp") and not v.aux and v.index > 0 and \
                    p.chunks[v.index - 1].lemma == ","
                if participle:
                    _assign_later_passive(p, v, m)
                if v.voice == "passive" or participle or v.lemma in (
                        "be", "take", "begin", "start", "resume", "continue", "end", "stall", "collapse", "occur",
                        "happen", "conclude"):
                    after = v.index
                    o = object_of(p, v)
                    if o and v.lemma not in ("take",):
                        after = o[-1].index
                    elif o and v.lemma == "take":
                        after = o[-1].index  # "took place"
                    pps_after = prepositional_phrases(p, after)
                    for prep, items in pps_after:
                        _assign(m, "agent" if prep == "by" else prep, items)
                    _coordinated_predicate(p, max([after] + [items[-1].index for _, items in pps_after]), m)
        if f.type != "claim" and (_modal_indefinite_subject(p, g, nxt) or _generic_subject(p, g, nxt)):
            m.neg = True  # "A Russian breakthrough near Pokrovsk would force ...": an event supposed, none stated
        if gov is None:
            _relative_organiser(p, g, m)
        if f.type == "diplomatic_event":
            _relative_venue(p, noun_end, m)
        if f.type == "diplomatic_event" and not m.relations.get("agent") and not m.relations.get("with"):
            _fronted_sides(p, g, m)
        if f.type == "territorial_change" and not m.roles.get("actor") and gov is None and \
                lows[h] not in _FRONTED_GAIN_EXCEPT:
            _fronted_gainer(p, g, m)
        if _satisfied(p, m):
            out.append(m)
    return out


def _coordinated_predicate(p: Parse, last: int, m: FrameMatch) -> None:
    """ "The talks were mediated by Turkey and were held in Istanbul on 29 March": a second predicate of the
    same subject, joined by "and", places and dates the event too; its mood is the event's."""
    chunks = p.chunks
    k = last + 1
    if k + 1 >= len(chunks) or chunks[k].kind != "CONJ" or chunks[k].lemma != "and":
        return
    v = chunks[k + 1]
    if v.kind != "VG" or v.lemma not in _PREDICATES or not (v.voice == "passive" or v.lemma in _HAPPENING):
        return
    after = v.index
    o = object_of(p, v)
    if o and v.lemma == "take":
        after = o[-1].index  # "and took place in Doha"
    for prep, items in prepositional_phrases(p, after):
        _assign(m, "agent" if prep == "by" else prep, items)
    m.governor = v
    m.neg, m.modal = v.neg, v.modal


def _relative_venue(p: Parse, after: int, m: FrameMatch) -> None:
    """ "the summit of the African Union, which was held in Addis Ababa on Sunday", "the conference, which is
    taking place in Sofia": a relative clause on the event noun says where it happens. Its verb group is kept
    as the ``relative`` relation (the grammar reads the clause's date), and gives the mood when no verb
    carries the noun."""
    chunks = p.chunks
    if after + 2 >= len(chunks) or chunks[after].lemma != "," or chunks[after + 1].kind != "REL" or \
            chunks[after + 1].lemma not in ("which", "that") or chunks[after + 2].kind != "VG":
        return
    v = chunks[after + 2]
    if not ((v.voice == "passive" and v.lemma in _PLACING_PARTICIPLES | _ORGANISING) or v.lemma in _VENUE_VERBS):
        return
    start = v.index
    o = object_of(p, v)
    if v.lemma == "take":
        if not o or p.tokens.lows[o[-1].head] != "place":
            return
        start = o[-1].index  # "which took place in Doha"
    for prep, items in prepositional_phrases(p, start):
        if prep in ("in", "at"):
            _assign(m, prep, items)
    m.relations["relative"] = [v]
    if m.governor is None:
        m.neg, m.modal = v.neg, v.modal


def _relative_organiser(p: Parse, g: Chunk, m: FrameMatch) -> None:
    """ "a conference which Switzerland plans to organise": the relative clause's subject runs the event,
    and its verb's mood is the event's."""
    chunks = p.chunks
    k = g.index + 1
    if k < len(chunks) and chunks[k].kind == "QUOTE":
        k += 1
    if k + 2 < len(chunks) and chunks[k].kind == "REL" and chunks[k + 1].kind == "NG" and \
            chunks[k + 2].kind == "VG" and chunks[k + 2].lemma in _ORGANISING and chunks[k + 2].voice == "active":
        _assign(m, "agent", [chunks[k + 1]])
        m.governor = chunks[k + 2]
        m.neg, m.modal = chunks[k + 2].neg, chunks[k + 2].modal


def _assign_later_passive(p: Parse, v: Chunk, m: FrameMatch) -> None:
    """ "The summit, hosted by Oslo, was jointly organised by Ukraine and Norway": past the participle's
    phrase, the sentence's passive verb of organising names the event's agents too."""
    chunks = p.chunks
    for c in chunks[v.index + 1:v.index + 10]:
        if c.kind == "VG" and c.finite:
            if c.voice == "passive" and c.lemma in _ORGANISING:
                for prep, items in prepositional_phrases(p, c.index):
                    if prep == "by":
                        _assign(m, "agent", items)
            return


def _fronted_sides(p: Parse, g: Chunk, m: FrameMatch) -> None:
    """ "During the phone call, Biden urged the Israeli prime minister to ...": an event noun in a fronted
    phrase has the main clause's subject and object as its sides."""
    chunks = p.chunks
    k = g.index - 1
    while k >= 0 and chunks[k].kind in ("NG", "DATE", "ADV"):
        k -= 1  # "During the | Saturday | phone call"
    if k < 0 or chunks[k].kind != "PREP" or chunks[k].lemma not in _FRONTING or k > 0 and chunks[k - 1].kind not in (
            "PUNCT", "QUOTE", "SUB"):
        return
    comma = next((x for x in range(g.index + 1, min(len(chunks), g.index + 8)) if chunks[x].lemma == ","), None)
    if comma is None:
        return
    v = next((c for c in chunks[comma + 1:] if c.kind == "VG" and c.finite), None)
    if v is None:
        return
    subj = subject(p, v)
    obj = [c for c in object_of(p, v) + [it for pr, items in prepositional_phrases(p, v.index) if pr == "to"
                                         for it in items]
           if any(mm.kind in (Kind.ACTOR, Kind.PERSON) for mm in c.mentions)]
    if subj and subj[0].index > comma and obj:
        # (with one side only, the grammar reads the sides the whole sentence names)
        _assign(m, "agent", subj)
        _assign(m, "with", obj)


def _fronted_gainer(p: Parse, g: Chunk, m: FrameMatch) -> None:
    """ "With the capture of Kamanyola on Friday, the M23 moved closer to Uvira": a gain of ground in a
    fronted "with" phrase is the main clause subject's."""
    chunks = p.chunks
    k = g.index - 1
    if k < 0 or chunks[k].kind != "PREP" or chunks[k].lemma not in _FRONTED_GAIN or any(
            x.kind not in ("PUNCT", "QUOTE") for x in chunks[:k]):
        return
    comma = next((x for x in range(g.index + 1, min(len(chunks), g.index + 8)) if chunks[x].lemma == ","), None)
    if comma is None or any(x.kind == "VG" for x in chunks[g.index:comma]):
        return
    v = next((c for c in chunks[comma + 1:] if c.kind == "VG"), None)
    if v is None or not v.finite:
        return
    subj = subject(p, v)
    if subj and subj[0].index > comma:
        _assign(m, "agent", subj)


#: Verbs of agreeing, and what sides agree to do that makes the agreement an event ("agreed to halt all
#: firing", "agreed to exchange prisoners", "agreed to submit a draft accord"): the agreement frame, read from
#: the governing verb.
_AGREE_VERBS = frozenset({"agree"})
_AGREED_ACTS = frozenset({"halt", "stop", "cease", "end", "suspend", "pause", "exchange", "swap", "release", "free",
                          "withdraw", "observe", "respect", "extend",
                          # the drafting of a deal: "agreed to submit a draft peace accord by May 2"
                          "submit", "draft", "draw", "finalise", "finalize"})
#: Verbs of a pull-back of forces whose agreement is an agreement between the sides ("agreed to withdraw troops").
_DISENGAGE_VERBS = frozenset({"withdraw", "disengage", "pull", "redeploy"})
#: Of those, the verbs that withdraw only with a particle: "pull troops back", "pull out".
_DISENGAGE_PARTICLE_VERBS = frozenset({"pull"})
_DISENGAGE_PARTICLES = frozenset({"back", "out"})
#: Arms withdrawn from a line besides forces: "agreed to withdraw heavy weapons".
_WITHDRAWN_ARMS = frozenset({"weapons", "weaponry", "equipment", "tanks", "artillery", "armour", "armor"})
#: Lines and ground forces are pulled back from: "agreed to withdraw from the border".
_FRONT_HEADS = frozenset({"border", "borders", "frontier", "line", "lines", "front", "frontline", "positions",
                          "zone", "zones", "area", "areas", "buffer"})
#: Verbs of handing over, and what handed over makes an agreement to do it one between the sides ("agreed
#: to hand over control of the dam"; "agreed to hand over weapons" is aid).
_HANDOVER_VERBS = frozenset({"hand", "cede", "transfer", "return", "surrender", "relinquish", "turn"})
_HANDED_OVER = frozenset({"control", "territory", "territories", "authority"})
#: Heads of the wording of a document, whose light verb is the document's ("initialled the text of a peace
#: agreement", "finalised the terms of the deal", "agreed the final draft of the accord").
_DOCUMENT_PARTS = frozenset({"text", "texts", "draft", "drafts", "wording", "terms", "details"})
#: Heads of a sum of money before the goods it buys ("$500 million in aid", "2 billion euros of assistance").
_AMOUNT_HEADS = frozenset({"million", "billion", "trillion", "bn", "m", "dollars", "euros", "pounds", "francs",
                           "yen", "rupees", "worth", "kroner", "kronor", "krona", "krone", "zloty", "zlotys",
                           "hryvnias", "hryvnia", "dirhams", "riyals", "yuan", "won", "lira", "liras"})


#: Verbs of naming in a free relative that stands for a light verb's object: "carried out what it called a strike".
_NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterise", "characterize"})


def _before_naming_relative(p: Parse, k: int) -> int:
    """The chunk before a free relative of naming that ends at chunk ``k`` ("what it called",
    "what the army described as"), or ``k`` itself when there is none."""
    chunks = p.chunks
    v = k - 1 if k >= 0 and chunks[k].kind == "PREP" and chunks[k].lemma == "as" else k
    if v < 2 or chunks[v].kind != "VG" or chunks[v].lemma not in _NAMING_VERBS or chunks[v].voice != "active":
        return k
    w = v - 1
    while w >= 1 and chunks[w].kind in ("NG", "ADV") and p.tokens.lows[chunks[w].i] != "what":
        w -= 1
    # "what" alone before the subject ("what it called"), or read with it ("what Zelensky called")
    if w < 1 or chunks[w].kind != "NG" or p.tokens.lows[chunks[w].i] != "what" or (
            w == v - 1 and chunks[w].j - chunks[w].i == 1):
        return k
    return w - 1


@functools.lru_cache(maxsize=1024)
def _light_verbs(light: tuple[str, ...]) -> frozenset[str]:
    """A frame's light verbs without their options ("come under" of "come under:subject=patient"), read once."""
    return frozenset(lv.split(":")[0] for lv in light)


#: How many chunks a list of objects before a light verb's last object may hold ("training, equipment and").
_MAX_LIST_CHUNKS = 6


def _before_coordinated_objects(chunks: list[Chunk], k: int) -> int:
    """Where a list of objects ends before its last item at ``k + 1`` ("pledged [intelligence sharing,
    training and] military aid"): the chunk before the list's first item, if a verb group stands there and the
    list holds only noun groups, gerunds ("sharing", "training"), commas and one "and"; else ``k``."""
    if k < 2 or chunks[k].kind != "CONJ" or chunks[k].lemma != "and":
        return k
    b = k - 1
    while b >= 0 and k - b <= _MAX_LIST_CHUNKS and (
            chunks[b].kind == "NG" or chunks[b].lemma == "," or (chunks[b].kind == "VG" and chunks[b].tag == "ing"
                                                                 and not chunks[b].aux)):
        b -= 1
    if b < 0 or b == k - 1 or chunks[b].kind != "VG" or chunks[b + 1].lemma == ",":
        return k
    return b


def _governor(p: Parse, g: Chunk, f: Frame) -> tuple[Chunk, str] | None:
    """The verb group that carries a noun trigger: a light verb of which it is the object, or a
    predicate of which it is the subject."""
    chunks = p.chunks
    light = _light_verbs(f.light)
    # "X is in control of Y", "Y remains under X's control": the state after a copula
    b = g.index - 2
    while b >= 0 and chunks[b].kind == "ADV":
        b -= 1
    if b >= 0 and chunks[g.index - 1].kind == "PREP" and chunks[g.index - 1].lemma in ("in", "under", "within") \
            and chunks[b].kind == "VG" and chunks[b].lemma in _STATE_VERBS:
        return chunks[b], "state-" + chunks[g.index - 1].lemma
    # object of a light verb: "launched an attack", "held talks", "paid a visit"
    k = g.index - 1
    while k >= 0 and chunks[k].kind in ("ADV", "DATE"):
        k -= 1
    # "carried out what it called a warning strike": the light verb's object named in a free relative
    k = _before_naming_relative(p, k)
    # "pledged intelligence sharing and military aid", "promised training and aid": the light verb's object is
    # the last of a list
    k = _before_coordinated_objects(chunks, k)
    # "held a new round of talks": the noun after "round of" / "series of"
    if k >= 1 and chunks[k].kind == "PREP" and chunks[k - 1].kind == "NG" and (
            (chunks[k].lemma == "of" and p.tokens.lows[chunks[k - 1].head] in (
                "round", "rounds", "series", "wave", "barrage", "package", "set", "number", "day", "night", "week"))
            # "finalised the text of a peace agreement": the document's wording carries the agreement
            or (chunks[k].lemma == "of" and p.tokens.lows[chunks[k - 1].head] in _DOCUMENT_PARTS
                and f.type == "diplomatic_event")
            # "announced $500 million in aid", "pledged 2 billion euros of military assistance": the sum's goods
            or (chunks[k].lemma in ("in", "of") and p.tokens.lows[chunks[k - 1].head] in _AMOUNT_HEADS)):
        k -= 2
        while k >= 0 and chunks[k].kind in ("ADV", "DATE"):
            k -= 1
    if k >= 0 and chunks[k].kind == "VG":
        v = chunks[k]
        lemma = v.lemma
        full = f"{lemma} {p.tokens.lows[v.particle]}" if v.particle >= 0 else lemma
        if lemma in light or full in light:
            return v, "light"
    # "came to an agreement", "resulted in an agreement", "gathered in The Hague for a summit": a light verb
    # and its preposition
    if k >= 1 and chunks[k].kind == "PREP":
        b = k - 1
        while b >= 1 and (chunks[b].kind in ("DATE", "ADV") or (chunks[b].kind == "NG" and chunks[b - 1].kind == "PREP")):
            b -= 2 if chunks[b].kind == "NG" else 1
        if b >= 0 and chunks[b].kind == "VG" and f"{chunks[b].lemma} {chunks[k].lemma}" in light:
            return chunks[b], "light"
        # "took part in a strike": a light verb with its fixed object, then the preposition
        if b >= 1 and chunks[b].kind == "NG" and chunks[b - 1].kind == "VG" and \
                f"{chunks[b - 1].lemma} {p.tokens.lows[chunks[b].head]} {chunks[k].lemma}" in light:
            return chunks[b - 1], "light"
        # "freed 13 hostages in exchange for 39 prisoners": a light verb, any object, then the preposition
        # (a light verb written "free ... in")
        if b >= 1 and chunks[b].kind == "NG" and chunks[b - 1].kind == "VG" and \
                f"{chunks[b - 1].lemma} ... {chunks[k].lemma}" in light:
            return chunks[b - 1], "light"
        # "invited North Korea to the conference": a light verb, its object, then the preposition
        if b >= 1 and chunks[b].kind == "NG" and chunks[b - 1].kind == "VG" and \
                f"{chunks[b - 1].lemma} {chunks[k].lemma}" in _OBJECT_LIGHT and f.type == "diplomatic_event":
            return chunks[b - 1], "light-object"
        # "British jets joined U.S. aircraft in strikes on Houthi targets": the partner joined in the attack,
        # whose actor is the subject, named first (CONVENTIONS: one actor, the first-named)
        if b >= 1 and chunks[b].kind == "NG" and chunks[b - 1].kind == "VG" and chunks[k].lemma == "in" and \
                chunks[b - 1].lemma in _JOINING and chunks[b - 1].lemma in light:
            return chunks[b - 1], "light"
        # "claimed responsibility for a drone attack": the claimant is the attacker
        # (also past a date: "claimed responsibility on Friday for a missile attack")
        # and past the channel it was claimed through: "claimed responsibility through its Amaq agency for ..."
        r = k - 1
        while r >= 2 and (chunks[r].kind in ("DATE", "ADV") or (
                chunks[r].kind == "NG" and r >= 3 and chunks[r - 1].kind == "PREP"
                and chunks[r - 1].lemma in _CLAIM_CHANNEL_PREPS)):
            r -= 1 if chunks[r].kind in ("DATE", "ADV") else 2
        if chunks[k].lemma == "for" and r >= 1 and chunks[r].kind == "NG" and \
                p.tokens.lows[chunks[r].head] == "responsibility" and chunks[r - 1].kind == "VG" and \
                chunks[r - 1].lemma in ("claim", "take", "accept", "assume", "admit"):
            return chunks[r - 1], "light"
        # "killed a Hamas commander in an airstrike": the killer struck
        if chunks[k].lemma in ("in", "with", "during", "by") and f.type == "strike":
            b = k - 1
            if b >= 0 and chunks[b].kind == "NG":
                b -= 1
            if b >= 0 and chunks[b].kind == "VG" and chunks[b].voice == "active" and chunks[b].lemma in _VIOLENT:
                return chunks[b], "light"
    # subject of a predicate: "the talks were held in Istanbul", "the strike killed five"
    k = g.index + 1
    n = len(chunks)
    while k < n and chunks[k].kind in ("ADV", "DATE", "PREP", "NG", "CONJ", "PUNCT") and k - g.index <= 10:
        if chunks[k].kind == "CONJ" and not (k + 1 < n and chunks[k + 1].kind == "NG"):
            break
        if chunks[k].kind == "PUNCT":
            if chunks[k].lemma != "," or k + 1 >= n or chunks[k + 1].kind not in ("REL", "VG"):
                break
            if chunks[k + 1].kind == "VG" and (not chunks[k + 1].finite or not chunks[k + 1].aux or
                                                chunks[k + 1].modal == "planned") and (
                    chunks[k + 1].lemma in _PREDICATES or chunks[k + 1].lemma in light):
                return chunks[k + 1], "predicate"  # "the conference, expected to be held in Minsk"
            # "The first round of talks, which lasted five hours, was facilitated by ...": past the relative
            close = next((x for x in range(k + 2, min(n, k + 12)) if chunks[x].lemma == ","), None)
            if close is None:
                break
            k = close + 1
            continue
        k += 1
    if k < n and chunks[k].kind == "VG" and chunks[k].finite:
        v = chunks[k]
        subj = subject(p, v)
        # the noun is the subject, or the head of its "of" chain ("the seventh round of talks was held")
        in_chain = bool(subj) and subj[0].index <= g.index and all(
            chunks[x].kind in ("NG", "PREP", "PUNCT", "CONJ", "ADV", "DATE") for x in range(subj[0].index, g.index))
        # "Talks between Armenia and Azerbaijan were held in ...": the noun heads a subject whose own phrases
        # (read by the subject finder as the subject) come between it and the verb
        headed = bool(subj) and subj[0].index > g.index and _postmodifiers_reach(p, g, k)
        if in_chain or headed or (subj and subj[0] is g):
            if v.lemma in _PREDICATES or v.lemma in light:
                return v, "predicate"
    return None


def _postmodifiers_reach(p: Parse, g: Chunk, k: int) -> bool:
    """True when the chunks between noun group ``g`` and chunk ``k`` are only the noun's own phrases:
    prepositional phrases ("between Armenia and Azerbaijan"), dates, and a relative clause set off by commas.
    The noun is not itself inside a phrase ("after talks with X the army held ...": not the subject)."""
    chunks = p.chunks
    if g.index > 0 and chunks[g.index - 1].kind == "PREP" and chunks[g.index - 1].lemma != "of":
        return False
    x = g.index + 1
    if x >= k or chunks[x].kind != "PREP":
        return False
    while x < k:
        c = chunks[x]
        if c.kind == "PREP" and x + 1 < k and chunks[x + 1].kind == "NG":
            x += 2
            while x + 1 < k and chunks[x].kind == "CONJ" and chunks[x + 1].kind == "NG":
                x += 2
        elif c.kind in ("DATE", "ADV"):
            x += 1
        elif c.lemma == "," and x + 1 < k and chunks[x + 1].kind == "REL":
            close = next((y for y in range(x + 2, k) if chunks[y].lemma == ","), None)
            if close is None:
                return False
            x = close + 1
        else:
            return False
    return x == k


# keep the helper visible for the grammars
__all__ += ["group"]
