"""Phrases: noun groups, verb groups, prepositions and boundaries of a sentence.

The second stage of the cascade, after :mod:`conflictevents.mentions`. Every
token gets a word class (a function word from :mod:`.words`, a verb form from
:class:`Vocabulary`, or a noun-group word), ambiguous noun/verb words
("strikes", "attack", "control") are decided by their neighbours, and runs of
tokens become :class:`Chunk` objects:

* ``NG`` - a noun group: determiner, modifiers, head; a possessor ("Ukraine's
  air force") is kept inside with its end in ``poss_end``; a multiword
  mention ("the village of Udachne") is never cut;
* ``VG`` - a verb group: auxiliaries, negation, adverbs, the main verb and a
  particle ("had not yet been shot down"), with ``voice``, ``neg``,
  ``modal`` and ``finite``; "plans to capture" is one group with
  ``modal="planned"``;
* ``PREP``, ``SUB`` (subordinator), ``REL`` (relative pronoun), ``CONJ``,
  ``PUNCT``, ``DATE`` (a date expression with its preposition), ``ADV``,
  ``QUOTE``.

>>> from conflictevents.mentions.tokens import Tokens
>>> vocab = Vocabulary(verbs=["capture"])  # the pipeline passes every frame trigger
>>> p = Parse.of(Tokens.of("Russian forces have captured the village of Ivanivka."), [], vocab)
>>> [(c.kind, p.tokens.slice(c.i, c.j)) for c in p.chunks]
[('NG', 'Russian forces'), ('VG', 'have captured'), ('NG', 'the village'), ('PREP', 'of'), ('NG', 'Ivanivka'), ('PUNCT', '.')]
>>> vg = p.chunks[1]
>>> vg.lemma, vg.voice, vg.tag
('capture', 'active', 'ed')
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import define, field

from .. import compiled
from ..lexicons.numbers import WORD_NUMBERS
from ..mentions.tokens import Tokens
from ..mentions.types import Kind, Mention
from .morphology import COMMON_VERBS, IRREGULAR, noun_forms, verb_forms
from .words import (
    TITLE_PARTICIPLES,
    COMPOUND_ING_NOUNS,
    REPORTING_PARTICIPLES,
    ADJECTIVES_LIKE_VERBS,
    ARMED_HEADS,
    ADVERBS,
    BE,
    CONJUNCTIONS,
    CONTENT_NOUNS,
    DASHES,
    EVIDENCE_VERBS,
    DETERMINERS,
    DIRECTIONS,
    DO,
    FUTURE_MODALS,
    GET,
    HAVE,
    HEADLINE_PASSIVE_VERBS,
    HYPOTHETICAL_MODALS,
    MODALS,
    NEGATED_AUX,
    NEGATIONS,
    PARTICLES,
    RESULTATIVES,
    PREPOSITIONS,
    QUOTES,
    RELATIVES,
    SEMI_MODALS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TO_NOUN_VERBS,
    CITING_PARTICIPLES,
    BE_TO_PREDICATES,
)

__all__ = ["Chunk", "Parse", "Vocabulary"]

#: Nouns that are never verbs in news (so "the strike group" is not "strike" the verb), and common
#: nouns that are also verb forms ("plans", "calls", "reports", "claims", "talks").
_NOUN_TOO = frozenset(
    "border borders attack attacks strike strikes control visit visits call calls plan plans report reports claim claims talks "
    "advance advances fire fires shell shells bomb bombs raid raids hit hits push pushes meeting meetings "
    "offensive deal deals aid support supplies supply use uses return returns release releases loss losses "
    "rise falls fall cut cuts order orders sanction sanctions vote votes help need needs change changes "
    "move moves step steps bid bids threat deploy withdrawal approach approaches charge charges fight fights "
    "end ends record records lead leads state states test tests launch launches shot shots blast blasts "
    "damage damages toll tolls trade protest protests force forces target targets drone drones head heads "
    "deal talk base bases post posts station stations camp camps line lines field fields land lands ground head "
    "heads lead position positions building buildings crossing crossings plant plants well wells "
    "shooting shootings stabbing stabbings"
    .split()
)
#: Singular-looking nouns that take a plural verb: "police fire tear gas", "people flee the city".
_COLLECTIVE_SUBJECTS = frozenset({"police", "people", "personnel", "staff", "military", "militia", "cattle", "clergy",
                                  "youth", "media", "public", "government"})
#: Report verb forms that are also nouns ("claims", "reports"): verbs in the attribution position.
_REPORT_FORMS = frozenset({"says", "claims", "reports", "warns", "adds", "insists", "denies", "confirms",
                           "announces", "accuses", "tells", "notes", "stresses", "states", "said", "added", "told"})
#: Reporting verbs that a relative clause puts before its own verb, whose subject is the relative pronoun: "Rwanda,
#: which UN experts say commands the M23, denies ..." ("commands" is the clause's verb, no noun).
_GAP_REPORT_VERBS = frozenset({"say", "says", "said", "believe", "believes", "allege", "alleges", "claim", "claims",
                               "think", "thinks", "suspect", "suspects"})
#: Plural subjects of a headline's verb: "Russian forces capture ...", "Rebels seize ...".
_FORCE_SUBJECTS = frozenset({"forces", "troops", "rebels", "militants", "fighters", "soldiers", "jets", "drones",
                             "strikes", "attacks", "missiles", "authorities", "leaders", "officials", "ministers",
                             "allies", "sides", "countries", "states", "nations"})
#: Plural nouns whose verb takes an object before "to", so right before "to" they are the noun: "special forces to
#: Juba" (the verb: "forces civilians to flee").
_NOUNS_BEFORE_TO = frozenset({"forces"})
#: Plural nouns that head a compound after another noun when a preposition, a comma or "and" follows, though they
#: are also verbs: "stationed coast guard ships at the shoal", "moved navy ships to Tartus" (the verb: "Turkey ships
#: drones to Ukraine", with its object next).
_COMPOUND_HEADS = frozenset({"ships"})
#: Singular subjects of a headline's present tense at its start: "Army moves troops to ...", "Junta deploys ...".
_SINGULAR_FORCE_SUBJECTS = frozenset({"army", "military", "navy", "junta", "militia", "government", "centre",
                                      "center", "pentagon", "kremlin", "nato"})
#: Adjectives that take "to" + verb after "be": "is ready to send", "are set to meet".
_BE_ADJ_MODALS = {"ready": "planned", "set": "planned", "due": "planned", "expected": "planned",
                  "likely": "hypothetical", "unlikely": "hypothetical", "able": "real", "unable": "negated",
                  "willing": "planned", "prepared": "planned", "poised": "planned", "scheduled": "planned",
                  "about": "planned", "going": "planned", "supposed": "planned", "determined": "planned",
                  "eager": "planned", "keen": "planned"}

#: Subject nouns whose "is to" + verb says what the subject is, not a plan of the subject: "the aim is to send more
#: troops", "the task was to hold the line".
_BE_TO_PURPOSES = frozenset({"aim", "aims", "goal", "goals", "plan", "plans", "idea", "task", "tasks", "priority",
                             "objective", "objectives", "purpose", "mission", "intention", "job", "point", "hope",
                             "challenge", "way", "answer", "solution", "option", "step", "role", "duty", "target",
                             "strategy", "order", "orders", "instruction", "instructions", "request", "proposal",
                             "focus", "mandate", "problem", "question", "thing", "alternative", "response", "effort"})

def _past_after_adverbs(tags: list[str], info: list[tuple[str, str] | None], t: int) -> bool:
    """True when the adverbs from token ``t`` on are followed by a past-tense verb form.

    "Opposition forces swiftly seized Hama": after "forces" + adverb, a past tense is the clause's verb,
    so the "-s" word before the adverb is a plural noun, not a present-tense verb.
    """
    n = len(tags)
    while t < n and tags[t] == "ADV":
        t += 1
    vi = info[t] if t < n else None
    return vi is not None and tags[t] in (_V, _NV, "V?") and vi[1] in ("ed", "past")


class Vocabulary:
    """Verb and noun forms the chunker knows: common verbs and every frame trigger."""

    def __init__(self, verbs: Iterable[str] = (), nouns: Iterable[str] = ()) -> None:
        self.verbs: dict[str, list[tuple[str, str]]] = {}
        for lemma in sorted(set(COMMON_VERBS) | set(IRREGULAR) | {v.split(" ")[0] for v in verbs}):
            for form, tag in verb_forms(lemma).items():
                if " " not in form:
                    self.verbs.setdefault(form, []).append((lemma, tag))
        self.nouns: set[str] = set(_NOUN_TOO)
        for lemma in nouns:
            for form in noun_forms(lemma):
                self.nouns.add(form.split(" ")[-1])
        #: verb forms rarely used as nouns: after a name they are the verb ("Russia warns", "Kyiv says")
        self.verb_preferred: set[str] = {form for form, readings in self.verbs.items()
                                         if form not in self.nouns and any(tag in ("s", "base") for _, tag in readings)}

        #: the word classes of the tagger's first pass, by word as written (see :class:`_WordClasses`)
        self.classes = _WordClasses(self)

    def verb(self, low: str) -> tuple[str, str] | None:
        """``(lemma, tag)`` of a verb form, or ``None``."""
        found = self.verbs.get(low)
        return found[0] if found else None


#: What the tagger's first pass knows of a word out of context: whether it starts with a letter or digit,
#: whether it is no verb form, its tag and verb reading, and the context test its tag awaits, if any
#: ("so", "far", "there": an adverb or existential before or after given words; "verb": an -ed/-ing
#: form that is "V?" after a determiner).
WordClass = tuple[bool, bool, str, "tuple[str, str] | None", str]


class _WordClasses(dict[str, WordClass]):
    """:data:`WordClass` by word as written, computed once per word (a bounded memo of a :class:`Vocabulary`)."""

    def __init__(self, vocab: Vocabulary) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, word: str) -> WordClass:
        found = _word_class(word, self.vocab)
        if len(self) >= 50_000:
            self.clear()
        self[word] = found
        return found


def _word_class(word: str, vocab: Vocabulary) -> WordClass:
    """The first-pass tag of ``word`` out of context (the chain of tests of :func:`_tag`, in its order)."""
    low = word.lower().replace("\u2019", "'")
    verb = vocab.verb(low)
    c = word[0]
    if not c.isalnum():
        return False, verb is None, "", None, ""
    if low in NEGATED_AUX:
        return True, verb is None, "NEGAUX", None, ""
    if low in MODALS:
        return True, verb is None, "MODAL", None, ""
    if low in BE:
        return True, verb is None, "BE", None, ""
    if low in HAVE:
        return True, verb is None, "HAVE", None, ""
    if low in DO:
        return True, verb is None, "DO", None, ""
    if low in NEGATIONS and low != "no":
        return True, verb is None, "NEG", None, ""
    if low == "to":
        return True, verb is None, "TO", None, ""
    if low in ("that", "which", "who", "whom", "whose"):
        return True, verb is None, "REL", None, ""
    if low in CONJUNCTIONS:
        return True, verb is None, "CONJ", None, ""
    if low in DETERMINERS:
        return True, verb is None, "DET", None, ""
    if low in SUBJECT_PRONOUNS or low in ("them", "him", "us", "me"):
        return True, verb is None, "PRON", None, ""
    # "so", "far", "there" are read in context first; the tag below is theirs when the context says no
    special = low if low in ("so", "far", "there") else ""
    if low in SUBORDINATORS and low not in PREPOSITIONS:
        return True, verb is None, "SUB", None, special
    if low in PREPOSITIONS:
        return True, verb is None, "PREP", None, special
    if low in ADVERBS or (low.endswith("ly") and len(low) > 4 and verb is None and low not in vocab.nouns):
        return True, verb is None, "ADV", None, special
    if low in ADJECTIVES_LIKE_VERBS:
        return True, True, _N, None, special
    if verb is not None:
        if verb[1] in ("s", "base") or low in vocab.nouns:
            return True, False, _NV, verb, special
        return True, False, _V, verb, special or "verb"
    if len(low) > 4 and low.endswith("ed") and c.islower():
        return True, True, "V?", (low[:-2], "ed"), special
    if len(low) > 5 and low.endswith("ing") and c.islower():
        return True, True, "V?", (low[:-3], "ing"), special
    return True, True, _N, None, special


@define(eq=False)
class Chunk:
    """One phrase of a sentence: tokens ``i`` to ``j`` (exclusive)."""

    kind: str
    i: int
    j: int
    index: int = 0
    head: int = -1
    lemma: str = ""
    tag: str = ""
    voice: str = "active"
    neg: bool = False
    modal: str = ""
    finite: bool = True
    aux: tuple[str, ...] = ()
    particle: int = -1
    poss_end: int = -1
    #: for "vowed to send": the verb that governs the infinitive ("vow"), and its token
    governing: str = ""
    governing_head: int = -1
    mentions: list[Mention] = field(factory=list)
    text: str = ""

    def __repr__(self) -> str:
        return f"<{self.kind} {self.i}:{self.j} {self.lemma}>"


# token classes
_N, _V, _NV = "N", "V", "NV"
_KIND_NAMES = {k: k.value for k in Kind}
#: Tags that open a noun group, a verb group; the one-token chunk kinds of the other tags.
_NG_TAGS = frozenset({_N, "DET", "POSS", "PRON"})
_VG_TAGS = frozenset({"V", "MODAL", "BE", "HAVE", "DO", "NEGAUX", "NEG", "TO"})
_SIMPLE_KINDS = {"PREP": "PREP", "SUB": "SUB", "REL": "REL", "CONJ": "CONJ", "PUNCT": "PUNCT", "QUOTE": "QUOTE",
                 "DASH": "PUNCT", "DATE": "DATE", "ADV": "ADV"}
_VERBISH = frozenset({_NV, _V, "V?"})
#: Verbs whose group takes the next -ing verb as its aspect ("kept attacking", "went on saying").
_ASPECT_LEMMAS = frozenset({"go", "keep", "continue", "start", "begin", "stop"})
#: The first-pass tags the second pass of the tagger may change.
_DECIDED = frozenset({_NV, "V?", "REL", "SUB", "PREP"})
#: "there were", "there remain": the verbs after an existential "there".
_THERE_VERBS = BE | MODALS | HAVE | {"remain", "remains", "remained", "seems", "seem", "appear"}


class Parse:
    """A sentence's tokens, mentions, word classes and chunks."""

    __slots__ = ("tokens", "mentions", "tags", "verb_info", "chunks", "chunk_of", "after_strike", "subjects")

    def __init__(self, tokens: Tokens, mentions: list[Mention], tags: list[str],
                 verb_info: list[tuple[str, str] | None], chunks: list[Chunk]) -> None:
        self.tokens = tokens
        self.mentions = mentions
        self.tags = tags
        self.verb_info = verb_info
        self.chunks = chunks
        #: the subjects read so far (:func:`~conflictevents.phrases.relations.subject`, asked for the same verb
        #: by the frames, the grammars and the story): by verb index and depth, with the verb
        self.subjects: dict[tuple[int, int], tuple[Chunk, tuple[Chunk, ...]]] = {}
        self.chunk_of = [0] * len(tokens)
        #: the sentence right before this one stated a strike (set by the pipeline): a bare count here may stand
        #: for its munitions ("Russia launched 146 drones. 118 of them were shot down")
        self.after_strike = False
        for c in chunks:
            self.chunk_of[c.i:c.j] = [c.index] * (c.j - c.i)

    # ------------------------------------------------------------------ building
    @classmethod
    def of(cls, tok: Tokens, mentions: list[Mention], vocab: Vocabulary) -> Parse:
        """Tag and chunk one sentence."""
        tags, info = _tag(tok, mentions, vocab)
        chunks = _names_with_of(tok, _chunk(tok, tags, info, mentions), mentions)
        parse = cls(tok, mentions, tags, info, chunks)
        # mentions per chunk: the chunks cover the tokens one after another, so a token's chunk is one lookup
        owner = parse.chunk_of
        for m in mentions:
            chunks[owner[m.i]].mentions.append(m)
        return parse

    # ------------------------------------------------------------------ reading
    def text(self, c: Chunk) -> str:
        """The text of a chunk."""
        return self.tokens.slice(c.i, c.j)

    def span(self, c: Chunk) -> tuple[int, int]:
        """Character offsets of a chunk."""
        return self.tokens.starts[c.i], self.tokens.ends[c.j - 1]

    def mentions_in(self, i: int, j: int, kind: Kind | None = None) -> list[Mention]:
        """Mentions inside tokens ``i`` to ``j``."""
        return [m for m in self.mentions if i <= m.i and m.j <= j and (kind is None or m.kind is kind)]


def _tag(tok: Tokens, mentions: list[Mention], vocab: Vocabulary) -> tuple[list[str], list[tuple[str, str] | None]]:
    lows, words = tok.lows, tok.words
    n = len(lows)
    tags = [""] * n
    info: list[tuple[str, str] | None] = [None] * n
    in_mention = [""] * n  # the kind of the (first) mention covering a token
    in_qty = [False] * n
    for m in mentions:
        if m.kind is Kind.QUANTITY:
            for t in range(m.i, m.j):
                in_qty[t] = True
    for m in mentions:
        kind = m.kind
        for t in range(m.i, m.j):
            if not in_mention[t] or kind is Kind.DATE:
                in_mention[t] = _KIND_NAMES[kind]
    classes = vocab.classes
    for t in range(n):
        mk = in_mention[t]
        if mk == "date":
            tags[t] = "DATE"
            continue
        if mk and mk not in ("weapon", "target"):
            tags[t] = _N
            continue
        alnum, no_verb, tag, vinfo, special = classes[words[t]]
        if not alnum:
            low = lows[t]
            if low == "'" and not (t > 0 and tok.starts[t] == tok.ends[t - 1] and lows[t - 1].endswith("s")):
                tags[t] = "QUOTE"  # a single quotation mark, not the possessive of "forces'"
            elif low in ("'s", "'"):
                tags[t] = "POSS" if t > 0 and tags[t - 1] in (_N, "POSS_N") and lows[t - 1] not in SUBJECT_PRONOUNS \
                    else "BE" if t > 0 and lows[t - 1] in ("it", "he", "she", "that", "there", "what", "who") else "POSS"
            elif low in QUOTES:
                tags[t] = "QUOTE"
            elif low in DASHES or low in ("\u2010", "\u2011"):
                tags[t] = "DASH"
            else:
                tags[t] = "PUNCT"
            continue
        if mk and no_verb:  # a weapon or target word that is no verb
            tags[t] = _N
            continue
        if special:
            if special == "so":
                if t + 1 < n and lows[t + 1] in ("far", "much", "many", "long"):
                    tags[t] = "ADV"  # "has so far denied"
                    continue
            elif special == "far":
                if t > 0 and lows[t - 1] == "so":
                    tags[t] = "ADV"
                    continue
            elif special == "there":
                if t + 1 < n and lows[t + 1] in _THERE_VERBS:
                    tags[t] = "PRON"  # "there were ...": an existential subject
                    continue
            elif special == "verb":
                # a base or -s form may be a noun ("strikes", "talks", "plans"); -ed and -ing forms are verbs
                # unless a determiner comes first ("the wounded", "the shelling")
                info[t] = vinfo
                # "citing intercepted communications": decided by the neighbours below
                tags[t] = "V?" if t > 0 and (tags[t - 1] in ("DET", "POSS") or (
                    vinfo is not None and vinfo[1] == "ed" and lows[t - 1] in CITING_PARTICIPLES) or (
                    vinfo is not None and vinfo[1] == "ing" and (_after_determiner(tags, t) or (
                        t + 1 < n and lows[t + 1] in _GERUND_SUBJECT_NEXT)))) else _V
                continue
        tags[t] = tag
        if vinfo is not None:
            info[t] = vinfo
    # a capitalised word inside a sentence is a name ("Mobile Fire Teams"), unless every word is capitalised
    # (only capitalised verb forms are looked at, and whether the sentence is in title case only if there is one)
    capitalised = [t for t in range(1, n) if tags[t] in _VERBISH and words[t][0].isupper()]
    if capitalised:
        words_only = [w for w in words if w[:1].isalpha()]
        title_case = len(words_only) >= 3 and sum(1 for w in words_only if w[0].isupper()) >= 0.6 * len(words_only)
        for t in capitalised:
            if not title_case and tags[t - 1] not in ("QUOTE", "PUNCT", "DASH") or _operation_name(words, lows, t):
                tags[t] = _N  # ("Operation True Promise", "Operation Swift Retort": a named operation's words)
                info[t] = None
    # "in what Israel said was a warning", "in response to what it called provocations": "what" after a
    # preposition opens a free relative clause whose subject follows (no noun group "what Israel")
    for t in range(1, n - 1):
        if lows[t] == "what" and tags[t - 1] in ("PREP", "TO") and tags[t + 1] in _NG_TAGS:
            tags[t] = "REL"
    # "Thai acting Prime Minister X", "the outgoing President": a participle before a title in capitals modifies it
    for t in range(n - 1):
        if lows[t] in TITLE_PARTICIPLES and words[t + 1][:1].isupper():
            tags[t] = _N
            info[t] = None
    # decide ambiguous words by their neighbours (each step changes only its own token's tag, so the
    # tokens it can change are known beforehand)
    for t in [t for t in range(n) if tags[t] in _DECIDED]:
        tg = tags[t]
        if tg not in (_NV, "V?"):
            if tg == "REL":
                tags[t] = _rel(tags, lows, t, info)
            elif tg == "SUB" or (tg == "PREP" and lows[t] in ("after", "before", "since", "until", "as")):
                tags[t] = _sub_or_prep(tags, lows, t, info)
            continue
        prev = _prev_content(tags, t)
        ptag = tags[prev] if prev >= 0 else ""
        nxt = tags[t + 1] if t + 1 < n else ""
        vi = info[t]
        form = vi[1] if vi else ""
        if lows[t] == "armed" and t + 1 < n and lows[t + 1] == "forces" and ptag == _N and prev == t - 1 and any(
                m.kind is Kind.ACTOR and m.form == "adjective" for m in mentions_at(mentions, prev)):
            tags[t] = _N  # "Azerbaijani armed forces shelled ...": the compound noun, no verb "armed"
            info[t] = None
            continue
        if tg == "V?":
            tags[t] = _N if ptag in ("DET", "POSS") or (
                form == "ed" and prev == t - 1 and lows[prev] in CITING_PARTICIPLES and nxt in (_N, _NV)) or (
                ptag == _N and prev == t - 1 and nxt == _N
                                                                  and form == "ing"
                                                                  and lows[t] not in REPORTING_PARTICIPLES) or (
                ptag == _N and prev == t - 1 and form == "ing" and lows[t] in COMPOUND_ING_NOUNS) or (
                form == "ing" and t + 1 < n and lows[t + 1] in _GERUND_SUBJECT_NEXT) or (
                lows[t] == "armed" and t + 1 < n and lows[t + 1] in ARMED_HEADS) else _V
            if tags[t] == _V and form == "ed" and prev >= 0 and tags[prev] == _V and nxt in (_N, _NV) and (
                    prev < t - 1 or lows[prev] in CITING_PARTICIPLES):
                tags[t] = _N  # "rush badly needed weaponry": a participle before its noun
            if tags[t] == _N:
                info[t] = None
            continue
        # a noun/verb word
        low = lows[t]
        nxt_low = lows[t + 1] if t + 1 < n else ""
        # "citing intercepted communications": a participle between "citing" and its noun modifies the noun
        nounish = ptag in ("DET", "POSS", "PREP") or (form == "ed" and prev == t - 1 and nxt in (_N, _NV) and
                                                       lows[prev] in CITING_PARTICIPLES) or (ptag == _N and prev == t - 1 and form in ("s", "base") and
                                                       _modifier(mentions_at(mentions, prev), lows[prev]) and
                                                       not (low in _REPORT_FORMS and nxt in _AFTER_REPORT) and
                                                       not _weapon_verb(mentions_at(mentions, prev), form, nxt,
                                                                        words[t + 1] if t + 1 < n else "",
                                                                        mentions_at(mentions, t + 1)))
        # "would attend the conference and meet X": a verb coordinated with the sentence's verb
        coordinated = ptag == "CONJ" and any(tags[x] in (_V, "MODAL") for x in range(max(0, t - 12), prev)) and \
            nxt in (_N, "DET", "PRON", "PREP", "ADV") and form in ("base", "s")
        # "after meeting with", "before returning to": a gerund after a preposition
        gerund = ptag == "PREP" and form == "ing" and lows[prev] in ("after", "before", "since", "without", "by",
                                                                    "upon", "while", "when", "for", "of", "on")
        verbish = coordinated or gerund or ptag in ("TO", "MODAL", "DO", "NEGAUX", "NEG", "PRON", "REL") or (
            ptag in ("BE", "HAVE") and (form in ("ed", "pp", "ing") or low in _PARTICIPLE_AS_BASE)) or (
            ptag == "GET" and form in ("ed", "pp"))
        if nounish and not (coordinated or gerund):
            tags[t] = _N
            info[t] = None
        elif verbish:
            tags[t] = _V
        elif form == "ing" and low in vocab.nouns and ptag == _N and prev == t - 1 and \
                low not in REPORTING_PARTICIPLES and (
                _after_determiner(tags, t) or _modifier(mentions_at(mentions, prev), lows[prev]) or
                _named_side_modifier(mentions_at(mentions, prev), prev, tags, nxt_low)):
            tags[t] = _N  # "the Capri meeting", "Russia's overnight shelling", "the central bank building"
            info[t] = None
        elif form == "base" and low in vocab.nouns and ptag == _N and prev == t - 1 and words[prev].islower() and \
                not lows[prev].endswith("s") and lows[prev] not in _COLLECTIVE_SUBJECTS and low not in \
                _PARTICIPLE_AS_BASE:
            # "Zaporizhzhia nuclear plant hit by drone": after a singular noun a present-tense verb takes "-s", so
            # a base form there is the noun that heads the group ("police fire tear gas": "police" is plural)
            tags[t] = _N
            info[t] = None
        elif form == "ing" and t + 1 < n and lows[t + 1] in _GERUND_SUBJECT_NEXT and ptag not in ("BE", "HAVE"):
            tags[t] = _N  # "said shelling had damaged two clinics": the gerund is the subject
            info[t] = None
        elif form in ("ed", "past", "pp", "ing"):
            tags[t] = _V
        elif ptag == _N and form in ("s", "base") and prev == t - 1 and prev >= 1 and \
                tags[prev - 1] in ("DET", "POSS") and nxt in ("PREP", "PUNCT", "CONJ", ""):
            tags[t] = _N  # "a cargo ship in the Red Sea": the head of a compound noun
            info[t] = None
        elif ptag == _N and form == "s" and nxt == "ADV" and _past_after_adverbs(tags, info, t + 1):
            tags[t] = _N  # "Resistance forces briefly captured Myawaddy": a plural noun, its verb after the adverb
            info[t] = None
        elif ptag == _N and form == "s" and low in _NOUNS_BEFORE_TO and nxt == "TO" and prev == t - 1:
            tags[t] = _N  # "deployed special forces to Juba": the verb "forces" takes an object before its "to"
            info[t] = None
        elif ptag == _N and form == "s" and low in _COMPOUND_HEADS and nxt in ("PREP", "TO", "PUNCT", "CONJ") and \
                prev == t - 1 and words[prev].islower():
            tags[t] = _N  # "positioned navy ships near the Paracels": the head of a compound noun
            info[t] = None
        elif ptag == _N and form == "s" and prev == t - 1 and _cited_object(tags, lows, prev):
            tags[t] = _N  # "said, citing radio intercepts, that ...": the head of the cited noun group
            info[t] = None
        elif ptag == _N and form in ("s", "base"):
            if nxt in ("DET", "PRON", "ADV", "TO", "NEG", "NEGAUX") or (nxt == "REL" and nxt_low == "that") or (
                    t + 1 < n and in_qty[t + 1]) or (
                    nxt in (_N, _NV) and (words[t + 1][0].isupper() or words[t + 1][0].isdigit())) or (
                    nxt == "SUB" and nxt_low in ("that", "if", "whether")) or (
                    prev == t - 1 and t + 1 < n and
                    _weapon_verb(mentions_at(mentions, prev), form, nxt, words[t + 1], mentions_at(mentions, t + 1))):
                tags[t] = _V  # "Israel strikes Beirut", "Russia says it ...", "Kyiv says that", "missile hits hospital"
            elif low in _REPORT_FORMS and (nxt in ("BE", "HAVE", "MODAL", "DO") or (
                    nxt in (_V, "V?") and t + 1 < n and (info[t + 1] or ("", ""))[1] == "ing")):
                tags[t] = _V  # "27 that the military says are dead", "Russia says pushing offensive"
            elif nxt in (_N, _NV, "V?") and low in vocab.verb_preferred:
                tags[t] = _V
            elif nxt in (_N, _NV, "DET") and lows[prev] in _FORCE_SUBJECTS and form in ("base",):
                tags[t] = _V  # a headline's present tense: "Russian forces capture third village"
            elif nxt in (_N, _NV, "DET") and form == "s" and lows[prev] in _SINGULAR_FORCE_SUBJECTS and \
                    prev == t - 1 and prev <= 2 and all(tags[x] in ("DET", "POSS") or (
                        tags[x] == _N and words[x][:1].isupper()) for x in range(prev)):
                tags[t] = _V  # a headline's singular subject: "Army moves additional troops", "Indian Army moves ..."
            elif nxt in (_N, _NV, "DET") and form in ("s", "base") and any(
                    m.kind in (Kind.ACTOR, Kind.PERSON) and m.form in ("name", "seat", "person") and m.j == prev + 1
                    and (form == "s" or (m.kind is Kind.ACTOR and m.text.endswith("s")))
                    and (m.i == 0 or tags[m.i - 1] in ("PUNCT", "SUB", "CONJ", "QUOTE", "DASH"))
                    for m in mentions_at(mentions, prev)):
                tags[t] = _V  # "Russia claims new village", "Kyiv strikes oil depot": a name, then its verb (a plural
                # name's: "Houthis claim attack on US carrier")
            elif (nxt in ("PUNCT", "QUOTE", "") or t + 1 >= n) and (low in vocab.verb_preferred or (
                    low in _REPORT_FORMS and "," in lows[:t])):
                tags[t] = _V  # "..., Kyiv says.", "..., its defence ministry claims"
            elif nxt == "PREP" and low in vocab.verb_preferred and low not in vocab.nouns:
                tags[t] = _V  # "Russia warns of ..."
            else:
                tags[t] = _N
                info[t] = None
        elif ptag in ("PUNCT", "QUOTE", "DASH") and low in _REPORT_FORMS and nxt in (_N, "DET"):
            tags[t] = _V  # "..., says envoy Bridget Brink", '"...," says the minister'
        elif form == "s" and prev == t - 1 and lows[prev] == "," and t + 1 < n and (
                nxt in (_N, "DET") or in_qty[t + 1] or words[t + 1][:1].isupper()) and \
                _present_verb_before(tags, info, prev):
            tags[t] = _V  # a headline's second verb: "India launches Operation Sindoor, strikes nine sites"
        elif ptag == "DATE" and low in EVIDENCE_VERBS and nxt in (_N, _NV, "DET", "PRON", "REL", "SUB", "TO"):
            tags[t] = _V  # "footage published on May 8 shows Russian troops ...", "... indicates that ..."
        elif form == "s" and prev == t - 1 and lows[prev] == "," and t + 1 < n and \
                nxt not in ("PUNCT", "CONJ", "QUOTE", "DASH") and _closes_relative(tags, lows, prev):
            tags[t] = _V  # "Rwanda, which UN experts say backs the M23, denies ...": the subject's verb after it
        else:
            tags[t] = _N
            info[t] = None
    # "Rwanda, which UN experts say commands the M23, denies ...": the "-s" word after a reporting verb inside a
    # relative clause is that clause's verb (its subject is "which"), even a word known only as a noun
    for t in range(2, n - 1) if "which" in lows or "who" in lows else ():
        if tags[t] == _N and lows[t].endswith("s") and len(lows[t]) > 3 and tags[t - 1] == _V and \
                lows[t - 1] in _GAP_REPORT_VERBS and tags[t + 1] in (_N, "DET", "POSS") and any(
                lows[x] in _RELATIVE_OPENERS and lows[x - 1] == "," for x in range(max(1, t - 6), t - 1)):
            tags[t] = _V
            info[t] = (lows[t][:-3] + "y" if lows[t].endswith("ies") else lows[t][:-1], "s")
    # "Air defences down 30 drones over Belgorod": a headline's verb "down" between a noun group and a count of
    # weapons (not "prices down 30 percent", "went down 30 metres")
    for t in range(1, n - 2) if "down" in lows else ():
        if lows[t] == "down" and tags[t] == "ADV" and tags[t - 1] == _N and in_qty[t + 1] and any(
                m.kind is Kind.WEAPON for x in range(t + 2, min(n, t + 4)) for m in mentions_at(mentions, x)):
            tags[t] = _V
            info[t] = ("down", "base")
    # "to" before anything but a verb is a preposition ("send troops to Ukraine")
    for t in range(n) if "TO" in tags else ():
        if tags[t] == "TO":
            k = t + 1
            while k < n and tags[k] == "ADV":
                k += 1
            if k == t + 1 and tags[k] in (_V, _NV) and lows[k] in vocab.nouns and any(
                    lows[x] in TO_NOUN_VERBS for x in range(max(0, t - 16), t)):
                tags[t] = "PREP"  # "subjected the positions to fire": "to" of a verb that takes "to" + noun
                tags[k] = _N
                info[k] = None
            elif not (k < n and (tags[k] in (_V, "BE", "HAVE") or (tags[k] == _NV and info[k] is not None))):
                tags[t] = "PREP"
            elif k < n and tags[k] in (_V, _NV) and (vi := info[k]) is not None and vi[1] == "s" and \
                    lows[k] != vi[0]:
                # "personnel to bases in Bamako", "sent to camps": an -s form is no infinitive, but a plural
                tags[t] = "PREP"
                tags[k] = _N
                info[k] = None
            elif k < n and tags[k] == _NV:
                tags[k] = _V
    return tags, info


def _cited_object(tags: list[str], lows: list[str], prev: int) -> bool:
    """True when the nouns ending at ``prev`` (at most three) follow a participle of citation
    (:data:`CITING_PARTICIPLES`): "citing radio intercepts", "quoting preliminary estimates"."""
    x = prev
    while x >= 0 and prev - x < 3 and tags[x] == _N:
        x -= 1
    return x >= 0 and x < prev and lows[x] in CITING_PARTICIPLES


def _operation_name(words: list[str], lows: list[str], t: int) -> bool:
    """Token ``t`` is a word of a named operation: capitalised words back to a capitalised "Operation"."""
    k = t - 1
    while k > 0 and words[k][:1].isupper() and lows[k] != "operation" and t - k < 4:
        k -= 1
    return lows[k] == "operation" and words[k][:1].isupper()


#: Relative pronouns that open a clause between a subject and its verb ("Rwanda, which ..., denies").
_RELATIVE_OPENERS = frozenset({"which", "who"})
#: Most tokens of the subject before a relative clause, and of the clause itself.
_RELATIVE_SUBJECT_REACH, _RELATIVE_CLAUSE_REACH = 6, 16


def _closes_relative(tags: list[str], lows: list[str], comma: int) -> bool:
    """True when token ``comma`` closes a relative clause that follows the sentence's subject: "Rwanda, which the
    experts say commands the M23, denies ...", "Moscow, which has been accused of ..., rejects ...". The subject
    opens the sentence (a short noun group, no verb), then ", which" / ", who", a clause with a verb, no other
    comma."""
    for x in range(comma - 1, max(0, comma - _RELATIVE_CLAUSE_REACH), -1):
        if lows[x] in _RELATIVE_OPENERS and lows[x - 1] == ",":
            head = x - 1
            return 0 < head <= _RELATIVE_SUBJECT_REACH and \
                all(tags[y] not in (_V, "PUNCT", "BE", "HAVE", "MODAL", "SUB", "QUOTE", "DASH") for y in range(head)) \
                and any(tags[y] in (_V, "BE", "HAVE") for y in range(x + 1, comma))
        if tags[x] in ("PUNCT", "QUOTE", "DASH"):
            return False
    return False


def _present_verb_before(tags: list[str], info: list[tuple[str, str] | None], comma: int) -> bool:
    """A verb in the present's -s form before token ``comma`` and no other comma or verb between: the first
    verb of a headline whose second verb, after the comma, shares its subject ("Army launches Operation X,
    pounds hideouts"; not "said the strikes, ..." or a list after a past tense)."""
    for x in range(comma - 1, max(-1, comma - 12), -1):
        if tags[x] == _V:
            vi = info[x]
            return x > 0 and vi is not None and vi[1] == "s"
        if tags[x] in ("PUNCT", "BE", "HAVE", "MODAL", "SUB", "REL", "CONJ", "QUOTE", "DASH"):
            return False
    return False


def _names_with_of(tok: Tokens, chunks: list[Chunk], mentions: list[Mention]) -> list[Chunk]:
    """ "the Centre for Strategic Communications", "the Institute for the Study of War", "Ministry of Defence":
    a capitalised noun group, "for" or "of", and a capitalised noun group are one name (not at the start of a
    sentence, where every word is capitalised: "Attacks on Kharkiv")."""
    words = tok.words
    n = len(chunks)
    if n < 3 or not any(c.kind == "PREP" and c.lemma in ("for", "of") for c in chunks):
        return chunks
    out: list[Chunk] = []
    k = 0
    while k < n:
        c = chunks[k]
        titled = _titled_person_with_of(tok, chunks, k, mentions)
        if titled is not None:
            out.append(titled)  # "Secretary of State Marco Rubio": one noun group, headed by the person
            k += 3
            continue
        if c.kind == "NG" and c.head > 0 and words[c.head][:1].isupper() and k + 2 < n:
            merged = c
            while k + 2 < n and chunks[k + 1].kind == "PREP" and chunks[k + 1].lemma in ("for", "of") and \
                    chunks[k + 2].kind == "NG" and _capitalised_name(words, chunks[k + 2]) and \
                    not any(m.kind in (Kind.PLACE, Kind.PERSON, Kind.ACTOR) and m.i < chunks[k + 2].j and
                            m.j > chunks[k + 2].i for m in mentions):
                nxt = chunks[k + 2]
                merged = Chunk("NG", merged.i, nxt.j, head=merged.head, lemma=merged.lemma,
                               mentions=merged.mentions + nxt.mentions, poss_end=merged.poss_end,
                               text=tok.slice(merged.i, nxt.j))
                k += 2
            out.append(merged)
            k += 1
            continue
        out.append(c)
        k += 1
    if len(out) == n:
        return chunks
    for x, c in enumerate(out):
        c.index = x
    return out


#: Titles whose office is named in an "of" phrase before the holder's name: "Secretary of State Marco Rubio",
#: "Chief of the General Staff Valery Gerasimov", "Minister of Foreign Affairs Sergei Lavrov".
TITLES_WITH_OF = frozenset({"secretary", "minister", "chief", "director", "head", "commander", "deputy",
                            "undersecretary", "under-secretary", "secretary-general", "directors", "chiefs"})


def _titled_person_with_of(tok: Tokens, chunks: list[Chunk], k: int, mentions: list[Mention]) -> Chunk | None:
    """ "Secretary of State Marco Rubio": a capitalised title, "of", and a capitalised office followed by a
    listed person are one noun group headed by the person (``None`` when ``chunks[k]`` starts no such group)."""
    if k + 2 >= len(chunks):
        return None
    c, of, nxt = chunks[k], chunks[k + 1], chunks[k + 2]
    words = tok.words
    if c.kind != "NG" or of.kind != "PREP" or of.lemma != "of" or nxt.kind != "NG" or \
            tok.lows[c.head] not in TITLES_WITH_OF or not words[c.head][:1].isupper() or \
            not _capitalised_name(words, nxt):
        return None
    person = [m for m in mentions if m.kind is Kind.PERSON and nxt.i < m.i and m.j == nxt.j]
    if not person:
        return None
    return Chunk("NG", c.i, nxt.j, head=nxt.head, lemma=nxt.lemma, mentions=c.mentions + nxt.mentions,
                 poss_end=nxt.poss_end, text=tok.slice(c.i, nxt.j))


def _capitalised_name(words: list[str], c: Chunk) -> bool:
    """Every word of the noun group past an article is capitalised ("the Study", "Strategic Communications")."""
    first = c.i + 1 if words[c.i].lower() == "the" else c.i
    return first < c.j and all(w[:1].isupper() for w in words[first:c.j] if w[:1].isalpha())


#: Words after an -ing form that make it a noun, the subject of a finite verb: "said shelling had damaged ...",
#: "fighting has continued", "shelling was heard".
_GERUND_SUBJECT_NEXT = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would", "could",
                                  "continued", "continues", "killed", "damaged", "destroyed", "hit", "left"})
#: Tags after "says", "claims" that make it the verb ("the military says are dead", "the army says it").
_AFTER_REPORT = frozenset({"BE", "HAVE", "MODAL", "DO", "PRON", "SUB", "REL", "DET"})


def _after_determiner(tags: list[str], t: int) -> bool:
    """Token ``t`` follows a determiner or possessive across noun-group words only ("an EU-funded ...")."""
    k = t - 1
    while k >= 0 and tags[k] == _N and t - k <= 4:
        k -= 1
    return k >= 0 and k < t - 1 and tags[k] in ("DET", "POSS")


def mentions_at(mentions: list[Mention], t: int) -> list[Mention]:
    """Mentions covering token ``t``."""
    return [m for m in mentions if m.i <= t < m.j]


def _weapon_verb(ms: list[Mention], form: str, nxt: str, next_word: str, next_ms: list[Mention]) -> bool:
    """ "Russian missile hits Sumy hospital", "Houthi drone strikes Eilat", "Russian missile hits shopping
    centre in Kharkiv": a singular weapon, then a noun/verb word in "-s" before a name, a determiner or a
    target, is a headline's subject and its verb (not "drone hits on refineries", "drone strikes programme",
    compound nouns)."""
    return form == "s" and any(m.kind is Kind.WEAPON and not _plural_word(m.text) for m in ms) and (
        nxt == "DET" or (nxt in (_N, _NV) and next_word[:1].isupper()) or any(
            m.kind is Kind.TARGET and m.text.split(" ")[0] == next_word for m in next_ms))


def _named_side_modifier(ms: list[Mention], prev: int, tags: list[str], nxt_low: str) -> bool:
    """ "killed in RSF shelling", "the M23 bombing of Goma": a side's name (no adjective) right before a
    noun/verb word in "-ing" modifies it when the name follows a preposition or a determiner, or the word is
    followed by "of" (not "RSF shelling El Fasher", a participle with its object)."""
    return any(m.kind is Kind.ACTOR and m.form == "name" and m.j == prev + 1 and (
        nxt_low == "of" or (m.i > 0 and tags[m.i - 1] in ("PREP", "DET"))) for m in ms)


def _modifier(ms: list[Mention], low: str) -> bool:
    """A word before a noun/verb word that makes it a noun: "Russian strikes", "drone attack"."""
    for m in ms:
        if m.kind is Kind.ACTOR and m.form == "adjective":
            return True
        if m.kind is Kind.QUANTITY:
            return True
        if m.kind in (Kind.WEAPON, Kind.TARGET) and not _plural_word(m.text):
            return True  # "drone strikes"; but "Russian missiles strike Kyiv": a plural subject and its verb
    return low in ("air", "missile", "rocket", "drone", "artillery", "ground", "military", "retaliatory", "new",
                   "fresh", "latest", "massive", "deadly", "overnight", "peace", "ceasefire", "truce", "bilateral",
                   "trilateral", "direct", "phone", "telephone", "video", "joint", "naval", "cross-border",
                   "renewed", "further", "heavy", "major", "first", "second", "third", "previous", "recent",
                   "diplomatic", "emergency", "high-level", "large-scale", "full-scale", "israeli", "russian")


#: Verbs whose past participle is their base form: after "was" or "has" they are participles ("was hurt",
#: "has hit", "was lightly hurt").
_PARTICIPLE_AS_BASE = frozenset({"hurt", "hit", "cut", "put", "set", "shut", "spread", "quit", "struck"})


def _plural_word(text: str) -> bool:
    """ "missiles", "jets", "drones" (a plural noun is no modifier of the noun after it)."""
    last = text.rsplit(" ", 1)[-1].lower()
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _prev_content(tags: list[str], t: int) -> int:
    """The previous token that is not an adverb."""
    k = t - 1
    while k >= 0 and tags[k] == "ADV":
        k -= 1
    return k


def _rel(tags: list[str], lows: list[str], t: int, info: list[tuple[str, str] | None]) -> str:
    """ "that" and friends: a relative pronoun, a complementiser (SUB) or a determiner."""
    low = lows[t]
    prev = tags[t - 1] if t > 0 else ""
    if low == "that":
        if t > 0 and info[t - 1] is not None and prev == _V:
            return "SUB"  # "said that ..."
        if prev == _N and lows[t - 1] in CONTENT_NOUNS and t + 1 < len(tags) and tags[t + 1] in _NG_TAGS | {_NV}:
            return "SUB"  # "Kyiv's claims that its troops had pulled back": what the claims say
        if prev in (_N, "PUNCT") and prev != "PUNCT":
            return "REL"
        if t + 1 < len(tags) and tags[t + 1] in (_N, "NV") and prev in ("PREP", "", "V", "SUB"):
            return "DET" if prev == "PREP" else "SUB"
        return "SUB"
    return "REL"


def _sub_or_prep(tags: list[str], lows: list[str], t: int, info: list[tuple[str, str] | None]) -> str:
    """ "after", "before", "since", "as": a subordinator when a finite verb follows before any break."""
    plural = False  # "after talks in Doha": a bare plural first, its phrases read on to a verb of its own
    k = t
    while k + 1 < min(len(tags), t + (12 if plural else 7)):
        k += 1
        tg = tags[k]
        if tg in ("PUNCT", "DASH", "QUOTE", "SUB"):
            break
        if tg in ("BE", "HAVE", "MODAL", "DO", "NEGAUX"):
            return "SUB"
        if tg == "NV" and k == t + 1 and info[k] is not None and info[k][1] == "s" and (  # type: ignore[index]
                k + 1 >= len(tags) or tags[k + 1] in ("PREP", "PUNCT", "DATE")):
            plural = True  # "after talks in Doha", "as talks for a truce ... stalled": a noun; a verb may follow
            continue
        if tg in ("V", "NV") and info[k] is not None and info[k][1] in ("ed", "past", "s"):  # type: ignore[index]
            return "SUB"
        base = tg == "NV" and info[k] is not None and info[k][1] == "base"  # type: ignore[index]
        if base and k - 1 > t and tags[k - 1] == _N and lows[k - 1].endswith("s") and k + 1 < len(tags) and \
                tags[k + 1] in (_N, "DET"):
            return "SUB"  # a headline's "... after Indian drones strike Lahore": a plural subject's present verb
        if tg == "PREP" and not plural:
            break
    return "PREP" if lows[t] in PREPOSITIONS or lows[t] == "as" else "SUB"


#: Units of a quantity that is a distance ("40 km", "ten miles").
_DISTANCE_QUANTITY_UNITS = frozenset({"km", "mi"})


def _chunk(tok: Tokens, tags: list[str], info: list[tuple[str, str] | None], mentions: list[Mention]) -> list[Chunk]:
    lows = tok.lows
    n = len(tags)
    chunks: list[Chunk] = []
    # mentions that span several tokens are never cut (a place "the village of X" spans a PREP)
    glued = [False] * n
    name_start = [False] * n
    name_end: dict[int, int] = {}
    for m in mentions:
        if m.kind is Kind.ACTOR and m.form in ("name", "seat") and m.i > 0 and tok.lows[m.i - 1][-1:] == "s" and \
                tags[m.i - 1] == _N and tok.words[m.i - 1][:1].islower():
            name_start[m.i] = True
            name_end[m.i] = m.j
    in_quantity = [False] * n
    # a distance that locates what comes before it from a landmark: "an airstrike [about 40 km southwest] of
    # Kismayo", "a village [10 km north] of El Fasher": a noun group of its own (see ``relations``)
    bearing_start = [False] * n
    for m in mentions:
        if m.kind is Kind.QUANTITY:
            for t in range(m.i, m.j):
                in_quantity[t] = True
            if m.j + 1 < n and lows[m.j] in DIRECTIONS and lows[m.j + 1] == "of" and \
                    getattr(m.value, "unit", None) in _DISTANCE_QUANTITY_UNITS:
                bearing_start[m.i] = True
    for m in mentions:
        if m.kind is not Kind.DATE and m.j - m.i > 1:
            for t in range(m.i + 1, m.j):
                glued[t] = True
    t = 0
    aspect = False  # a verb group of aspect ("kept", "went on") was made
    while t < n:
        tg = tags[t]
        if tg in _NG_TAGS:
            if tg == "PRON":
                c = Chunk("NG", t, t + 1, head=t, lemma=lows[t])
                chunks.append(c)
                t += 1
                continue
            start = t
            poss_end = -1
            k = t
            seen_noun = False
            while k < n:
                tk = tags[k]
                if seen_noun and k > start and name_start[k] and not glued[k] and _verb_after_name(tags, name_end, k):
                    break  # "the 70 drones Russia launched": a relative clause's subject
                if seen_noun and k > start and bearing_start[k]:
                    break  # "an airstrike | about 40 km southwest of Kismayo"
                if glued[k] or tk == _N:
                    seen_noun = True
                    k += 1
                elif tk == "DET" and (not seen_noun or (k > start and tags[k - 1] == "POSS") or (
                        k > start and in_quantity[k - 1] and lows[k] in ("more", "other", "additional", "few"))):
                    k += 1
                elif tk == "POSS" and seen_noun:
                    poss_end = k + 1
                    k += 1
                    seen_noun = False
                elif tk == "ADV" and seen_noun is False and k + 1 < n and tags[k + 1] == _N:
                    k += 1  # "the heavily damaged ..."
                else:
                    break
            if k == start:
                k = start + 1
            head = k - 1
            while head > start and tags[head] in ("POSS", "DET"):
                head -= 1
            c = Chunk("NG", start, k, head=head, lemma=lows[head], poss_end=poss_end)
            chunks.append(c)
            t = k
            continue
        if tg in _VG_TAGS or (tg == "ADV" and _vg_follows(tags, t)):
            vg = _verb_group(tok, tags, info, t)
            if vg is not None:
                aspect = aspect or vg.lemma in _ASPECT_LEMMAS
                chunks.append(vg)
                t = vg.j
                continue
            chunks.append(Chunk("OTHER", t, t + 1, head=t, lemma=lows[t]))
            t += 1
            continue
        kind = _SIMPLE_KINDS.get(tg, "OTHER")
        if kind == "DATE":
            k = t
            while k < n and tags[k] == "DATE":
                k += 1
            chunks.append(Chunk("DATE", t, k, head=k - 1, lemma=lows[t]))
            t = k
            continue
        chunks.append(Chunk(kind, t, t + 1, head=t, lemma=lows[t]))
        t += 1
    # (each merge needs what it looks for: "to"; a verb of aspect; a possessor and a date; "and" and a mood)
    if "to" in lows:
        _merge_semi_modals(chunks, tags, lows)
    if aspect:  # (a verb group's lemma is its main verb's, also after the semi-modal merge)
        _merge_aspect(chunks)
    if "DATE" in tags and "POSS" in tags:
        _merge_possessor_dates(chunks)
    if "CONJ" in tags and any(c.modal for c in chunks):
        _coordinated_mood(chunks)
    if len(chunks) > 1 and chunks[1].kind == "VG":
        _headline_passive(chunks, lows)
    elif len(chunks) > 3 and chunks[1].lemma == ":" and chunks[0].kind == "NG" and chunks[3].kind == "VG":
        _headline_passive(chunks, lows, 2)  # after a label: "Pakistan army: Indian drones shot down over Lahore"
    if "CONJ" in tags and any(c.voice == "passive" for c in chunks):
        _coordinated_passive(chunks)
    if "to" in lows:
        _headline_future(chunks, lows)
    if "QUOTE" in tags:
        chunks = _scare_quotes(chunks, tags, lows)
    if "what" in lows:
        chunks = _what_labels(chunks, lows)
    if "out" in lows:
        chunks = _out_of_counts(chunks, lows)
    if "(" in lows:
        chunks = _acronym_glosses(tok, chunks, tags)
    _reduced_relatives(chunks)
    text, starts, ends = tok.text, tok.starts, tok.ends
    for idx, c in enumerate(chunks):
        c.index = idx
        c.text = text[starts[c.i]:ends[c.j - 1]]  # (tok.slice: a chunk holds one token or more)
    return chunks  # (Parse.of gives each chunk its mentions)


#: The longest acronym read as a gloss in brackets after a name ("(RSF)", "(FARDC)", "(M23/AFC)", "(ISPR)").
ACRONYM_MAX = 10
_ACRONYM = compiled.compile(r"\p{Lu}[\p{Lu}\d]+(?:[/&\-]\p{Lu}[\p{Lu}\d]*)*")


def _acronym_glosses(tok: Tokens, chunks: list[Chunk], tags: list[str]) -> list[Chunk]:
    """ "The Rapid Support Forces (RSF) shelled ...", "Sudanese Armed Forces (SAF) warplanes bombed ...": a noun
    group, an acronym in brackets (at most :data:`ACRONYM_MAX` characters, capitals, digits, "/" or "&"), and
    a bare noun group after it (a compound's head, "warplanes", "troops") are one noun group, so the name stays
    the subject, the speaker or the owner of its weapon. The head is the first group's, or the compound's."""
    words = tok.words
    n = len(chunks)
    out: list[Chunk] = []
    k = 0
    while k < n:
        c = chunks[k]
        if c.kind == "NG" and k + 3 < n and chunks[k + 1].lemma == "(" and chunks[k + 2].kind == "NG" and \
                chunks[k + 3].lemma == ")" and chunks[k + 2].j - chunks[k + 2].i == 1 and \
                len(words[chunks[k + 2].i]) <= ACRONYM_MAX and _ACRONYM.fullmatch(words[chunks[k + 2].i]):
            end, head, lemma, step = chunks[k + 3].j, c.head, c.lemma, 4
            nxt = chunks[k + 4] if k + 4 < n else None
            if nxt is not None and nxt.kind == "NG" and tags[nxt.i] == _N and words[nxt.i][:1].islower():
                end, head, lemma, step = nxt.j, nxt.head, nxt.lemma, 5  # "(SAF) warplanes": the compound's head
            out.append(Chunk("NG", c.i, end, head=head, lemma=lemma, poss_end=c.poss_end))
            k += step
            continue
        out.append(c)
        k += 1
    if len(out) == n:
        return chunks
    return out


def _verb_after_name(tags: list[str], name_end: dict[int, int], k: int) -> bool:
    j = name_end.get(k, k + 1)
    while j < len(tags) and tags[j] in ("ADV", "HAVE"):
        j += 1
    return j < len(tags) and tags[j] in (_V, _NV)


#: Verbs of the attribution a headline may end with: "Putin, Trump to meet in Budapest, Kremlin says".
_HEADLINE_ATTRIBUTIONS = frozenset({"say", "says", "said", "report", "reports", "reported", "claim", "claims"})


def _headline_future(chunks: list[Chunk], lows: list[str]) -> None:
    """ "Zelensky to visit Washington", "Putin, Trump to meet in Budapest": a headline's infinitive after its
    subject, with no finite verb of its own, is its main verb, in the future."""
    k = 0
    while k < len(chunks) and (chunks[k].kind in ("NG", "CONJ") or (chunks[k].kind == "PUNCT" and chunks[k].lemma
                                                                     == ",")):
        k += 1
    if k == 0 or k >= len(chunks) or chunks[k].kind != "VG" or chunks[k - 1].kind != "NG":
        return
    v = chunks[k]
    if v.finite or v.aux or lows[v.i] != "to":
        return
    for c in chunks[k + 1:]:
        if c.kind == "VG" and c.finite and lows[c.head] not in _HEADLINE_ATTRIBUTIONS:
            return  # "The decision to send troops was welcomed": a noun's infinitive, not a headline
        if c.kind in ("SUB", "REL"):
            return
    v.finite = True
    v.modal = "future"


#: Words of a count or determiner before a quoted noun: 'more than 100 "terror targets"'.
_COUNT_WORDS = frozenset("more than about some at least nearly around over almost roughly several dozens hundreds "
                         "thousands one two three four five six seven eight nine ten eleven twelve twenty thirty "
                         "forty fifty hundred thousand".split())


def _scare_quotes(chunks: list[Chunk], tags: list[str], lows: list[str]) -> list[Chunk]:
    """ 'struck 100 "terror targets"', 'a "special military operation"': a short noun group in quotation marks,
    with the count or determiner before it, is one noun group (the marks distance the words, they do not end
    the phrase). So is a quoted modifier and the noun group after it: "held 'very good' call", 'a "productive"
    phone call'."""
    out: list[Chunk] = []
    k = 0
    while k < len(chunks):
        c = chunks[k]
        close = k + 1
        while close < len(chunks) and close - k <= 3 and chunks[close].kind in ("ADV", "NG"):
            close += 1  # (an adverb inside the marks: "'very good'")
        if c.kind == "QUOTE" and close < len(chunks) and close - k >= 2 and chunks[close - 1].kind == "NG" and \
                chunks[close].kind == "QUOTE" and chunks[close].lemma == c.lemma and \
                chunks[close - 1].j - chunks[k + 1].i <= 4:
            inner = chunks[close - 1]
            start = c.i
            if out and out[-1].kind == "NG" and out[-1].j == c.i and all(
                    tags[t] == "DET" or lows[t] in _COUNT_WORDS or any(ch.isdigit() for ch in lows[t])
                    for t in range(out[-1].i, out[-1].j)):
                start = out.pop().i  # "more than 100", "a" before the quoted noun
            out.append(Chunk("NG", start, chunks[close].j, head=inner.head, lemma=inner.lemma, tag=inner.tag))
            k = close + 1
            continue
        if c.kind == "NG" and out and out[-1].kind == "NG" and out[-1].j == c.i and lows[c.i - 1] in QUOTES | {"'"} \
                and out[-1].j - out[-1].i <= 6:
            # "'very good' call": the quoted words modify the noun after them
            first = out.pop()
            out.append(Chunk("NG", first.i, c.j, head=c.head, lemma=c.lemma, tag=c.tag))
            k += 1
            continue
        out.append(c)
        k += 1
    return out


#: "launched what it called an anti-terrorist operation": the pronouns and verbs of a label the doer gives its own
#: act, read as one noun group with the label's head (see :func:`_what_labels`).
_LABEL_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_LABEL_VERBS = frozenset({"call", "describe", "term", "dub", "label", "style", "characterize", "characterise",
                          "brand"})


def _what_labels(chunks: list[Chunk], lows: list[str]) -> list[Chunk]:
    """ "launched what it called an anti-terrorist operation ..., shelling X", "began what they described as a
    clearance operation": the doer's own label for its act is the object of the main verb, and a verb after it
    ("shelling") keeps the main clause's subject. "what" + a pronoun + a verb of naming (+ "as") + the noun group
    named are one noun group, headed by that noun. A label given by someone else ("what Kyiv called a terrorist
    attack") is a claim by naming and stays as it is."""
    out: list[Chunk] = []
    k = 0
    n = len(chunks)
    while k < n:
        c = chunks[k]
        if c.kind == "NG" and c.j - c.i == 1 and lows[c.i] == "what" and k + 3 < n:
            who, verb = chunks[k + 1], chunks[k + 2]
            named = k + 3
            if chunks[named].kind == "PREP" and chunks[named].lemma == "as" and named + 1 < n:
                named += 1
            label = chunks[named]
            if who.kind == "NG" and who.j - who.i == 1 and lows[who.i] in _LABEL_PRONOUNS and \
                    verb.kind == "VG" and verb.lemma in _LABEL_VERBS and not verb.neg and label.kind == "NG":
                out.append(Chunk("NG", c.i, label.j, head=label.head, lemma=label.lemma, tag=label.tag))
                k = named + 1
                continue
        out.append(c)
        k += 1
    return out


#: Prepositions of a seat after an attributed speaker: "..., the defence ministry in Moscow said on Tuesday".
_SEAT_PREPS = frozenset({"in", "at"})
#: Verbs of attribution whose speaker may carry a seat phrase (:func:`_owner_after_comma`).
_SEAT_SPEECH_VERBS = frozenset({"say", "tell", "add", "report", "announce", "claim", "write", "state", "confirm",
                                "deny", "acknowledge", "note", "post", "admit", "insist", "warn", "allege"})
#: The most phrases a speaker may carry before such a verb ("a spokesman | at the General Staff | in Kyiv").
_SEAT_PHRASES_MAX = 3


def _owner_after_comma(chunks: list[Chunk], k: int, verb: Chunk | None = None) -> bool:
    """ "..., a spokesman for the group said": the "for" phrase at ``k`` names whom the noun group opening a new
    clause (after a comma or a quote) works for, so the verb after it is that clause's own; so does the seat of a
    speaker before a verb of attribution ("..., the defence ministry in Moscow said on Tuesday")."""
    if chunks[k].lemma != "for" and not (chunks[k].lemma in _SEAT_PREPS and verb is not None and
                                         verb.lemma in _SEAT_SPEECH_VERBS):
        return False
    if verb is not None and verb.lemma in _SEAT_SPEECH_VERBS:
        # "a spokesman at the General Staff in Kyiv said": more phrases of the speaker before the verb
        hops = 0
        while k >= 2 and hops < _SEAT_PHRASES_MAX and chunks[k - 1].kind == "NG" and chunks[k - 2].kind == "PREP" \
                and chunks[k - 2].lemma in _SEAT_PREPS | {"for", "of"}:
            k -= 2
            hops += 1
    return k >= 2 and chunks[k - 1].kind == "NG" and chunks[k - 2].kind in ("PUNCT", "QUOTE") and \
        chunks[k - 2].lemma not in (";", ".")


def _out_of_counts(chunks: list[Chunk], lows: list[str]) -> list[Chunk]:
    """ "downed 60 out of 96 drones": "out of" between two counts is the partitive "of" (one PREP chunk)."""
    out: list[Chunk] = []
    k = 0
    while k < len(chunks):
        c = chunks[k]
        if c.kind == "ADV" and c.lemma == "out" and out and out[-1].kind == "NG" and k + 2 < len(chunks) and \
                chunks[k + 1].kind == "PREP" and chunks[k + 1].lemma == "of" and chunks[k + 2].kind == "NG" and \
                (lows[out[-1].j - 1][:1].isdigit() or lows[out[-1].j - 1] in WORD_NUMBERS):
            out.append(Chunk("PREP", c.i, chunks[k + 1].j, head=chunks[k + 1].head, lemma="of"))
            k += 2
            continue
        out.append(c)
        k += 1
    return out


def _reduced_relatives(chunks: list[Chunk]) -> None:
    """ "said in a statement published on Telegram that ...", "killed in an attack launched from Iran": a bare
    "-ed" verb right after the object of a preposition, with a phrase of its own after it, describes that object
    (a participle), it is no finite verb of the sentence."""
    _agent_participles(chunks)
    main_seen = False
    for k in range(len(chunks) - 1):
        c = chunks[k]
        if c.kind == "VG" and c.tag == "ed" and not c.aux and c.finite and k >= 2 and \
                chunks[k - 1].kind == "NG" and chunks[k - 2].kind == "PREP" and (
                    (main_seen and chunks[k - 2].lemma != "of") or (k == 2 and chunks[0].lemma == "of")) and \
                chunks[k + 1].kind in ("PREP", "DATE") and not _owner_after_comma(chunks, k - 2, c):
            # (after the sentence's own verb, and not "groups of the enemy's infantry advanced to ...", nor
            # "..., a spokesman for the group said on Monday"; or in a fronted partitive: "Of the 96 drones
            # launched by Russia overnight, 60 were shot down")
            c.finite = False
            c.voice = "passive"
        elif c.kind == "VG" and c.finite:
            main_seen = True
        elif c.kind in ("SUB", "REL") or (c.kind == "PUNCT" and c.lemma in (";", ".")):
            main_seen = False


def _headline_passive(chunks: list[Chunk], lows: list[str], at: int = 0) -> None:
    """ "Three soldiers killed in IED blast", "Indian drone downed near Sialkot": a bare participle of a verb of
    :data:`HEADLINE_PASSIVE_VERBS` right after the noun group that opens the sentence (or, with ``at``, the noun
    group after a label and its colon), with no object after it, is a headline's passive (its auxiliary dropped):
    the noun group is what was killed or downed."""
    c = chunks[at + 1]
    n = len(chunks) - at
    if chunks[at].kind == "NG" and c.tag in ("ed", "pp") and not c.aux and c.finite and c.voice == "active" and \
            not c.neg and (c.lemma if c.particle < 0 else f"{c.lemma} {lows[c.particle]}") in HEADLINE_PASSIVE_VERBS and (
                n == 2 or chunks[at + 2].kind in ("PREP", "DATE", "PUNCT") or (
                    chunks[at + 2].kind == "CONJ" and chunks[at + 2].lemma == "and" and n > 4 and
                    chunks[at + 3].kind == "NG" and chunks[at + 4].kind == "VG" and
                    chunks[at + 4].tag in ("ed", "pp"))):
        c.voice = "passive"  # (and "Three civilians killed and eight others injured in ...")


#: Prepositions of an agent phrase that make a bare "-ed" verb after a noun group a participle describing it,
#: when a verb follows the phrase: "rebels backed by Rwanda said", "insurgents led by HTS swept into Aleppo".
_PARTICIPLE_AGENT_PREPS = frozenset({"by"})
#: The most chunks an agent phrase's noun groups may span ("by Rwanda and Uganda", "by the leader of HTS").
_AGENT_PHRASE_CHUNKS = 6


def _agent_participles(chunks: list[Chunk]) -> None:
    """ "M23 rebels backed by Rwanda said ...": a bare "-ed" verb right after a noun group, with an agent phrase
    ("by Rwanda") followed by a verb group, is a participle describing the noun group; the verb group after the
    phrase is the clause's verb."""
    n = len(chunks)
    for k in range(1, n - 3):
        c = chunks[k]
        if not (c.kind == "VG" and c.tag == "ed" and not c.aux and c.finite and chunks[k - 1].kind == "NG" and
                chunks[k + 1].kind == "PREP" and chunks[k + 1].lemma in _PARTICIPLE_AGENT_PREPS and
                chunks[k + 2].kind == "NG"):
            continue
        m = k + 3
        while m < n and m - k <= _AGENT_PHRASE_CHUNKS and (
                chunks[m].kind == "NG" or (chunks[m].kind in ("CONJ", "PREP") and chunks[m].lemma in ("and", "of")
                                           and m + 1 < n and chunks[m + 1].kind == "NG")):
            m += 1
        if m < n and chunks[m].kind == "VG" and chunks[m].finite and chunks[m].tag != "ing":
            c.finite = False
            c.voice = "passive"


def _coordinated_mood(chunks: list[Chunk]) -> None:
    """ "would attend the conference and meet X": a coordinated verb with no auxiliary shares the first's mood."""
    last: Chunk | None = None
    for k, c in enumerate(chunks):
        if c.kind == "VG":
            if last is not None and k > 0 and chunks[k - 1].kind == "CONJ" and not c.aux and not c.modal and \
                    c.tag == "base" and last.modal:
                c.modal = last.modal
            last = c
        elif c.kind in ("SUB", "REL") or (c.kind == "PUNCT" and c.lemma in (";", ":", ".")):
            last = None


def _coordinated_passive(chunks: list[Chunk]) -> None:
    """ "were called up and sent to the border": a bare participle coordinated with a passive verb group, with
    no object of its own, is passive too (its subject is the first verb's, the patient); so is one after "and"
    and a subject of its own ("were killed and 12 others injured")."""
    last: Chunk | None = None
    gapped: Chunk | None = None
    after_phrase = False  # a prepositional phrase follows ``last``: "and" + a new subject is a new clause there
    for k, c in enumerate(chunks):
        if c.kind == "VG":
            if last is not None and last.voice == "passive" and k > 0 and chunks[k - 1].kind == "CONJ" and \
                    chunks[k - 1].lemma == "and" and not c.aux and c.tag in ("ed", "pp") and \
                    (k + 1 >= len(chunks) or chunks[k + 1].kind in ("PREP", "DATE", "PUNCT")):
                c.voice = "passive"
            elif gapped is not None and gapped.voice == "passive" and k > 1 and chunks[k - 1].kind == "NG" and \
                    chunks[k - 2].kind == "CONJ" and chunks[k - 2].lemma == "and" and not c.aux and \
                    c.tag in ("ed", "pp") and (k + 1 >= len(chunks) or chunks[k + 1].kind in ("PREP", "DATE", "PUNCT",
                                                                                        "SUB")):
                # "Five people were killed and 12 others injured in the strike": the second subject's auxiliary is
                # the first's, left out
                c.voice = "passive"
            last = c
            gapped = None
            after_phrase = False
        elif c.kind == "NG" and last is not None and k > 0 and chunks[k - 1].kind == "CONJ":
            gapped, last = (None if after_phrase else last), None
        elif c.kind == "NG" and last is not None and k > 0 and chunks[k - 1].kind == "PREP":
            after_phrase = True  # "was pulled out of the Kursk region last month and sent to ...": the verb's phrase
        elif c.kind in ("SUB", "REL", "NG") or (c.kind == "PUNCT" and c.lemma in (";", ":", ".")):
            last = gapped = None


def _merge_possessor_dates(chunks: list[Chunk]) -> None:
    """ "Russia's overnight attacks", "Hamas's October 7 attack": a date between a possessor and its noun."""
    k = 0
    while k + 2 < len(chunks):
        a, d, b = chunks[k], chunks[k + 1], chunks[k + 2]
        if a.kind == "NG" and a.poss_end == a.j and d.kind == "DATE" and b.kind == "NG" and b.poss_end < 0:
            chunks[k:k + 3] = [Chunk("NG", a.i, b.j, head=b.head, lemma=b.lemma, poss_end=a.poss_end)]
        k += 1


def _vg_follows(tags: list[str], t: int) -> bool:
    k = t
    while k < len(tags) and tags[k] == "ADV":
        k += 1
    return k < len(tags) and tags[k] in ("V", "MODAL", "BE", "HAVE", "DO", "NEGAUX")


def _up_to_count(lows: list[str], k: int) -> bool:
    """ "fired up to 40 drones", "will send up to 10,000 troops": "up" opens the count's qualifier "up to N",
    not the verb's particle."""
    return lows[k] == "up" and k + 2 < len(lows) and lows[k + 1] == "to" and (
        lows[k + 2][:1].isdigit() or lows[k + 2] in WORD_NUMBERS)


def _verb_group(tok: Tokens, tags: list[str], info: list[tuple[str, str] | None], t: int) -> Chunk | None:
    """A verb group starting at ``t``: auxiliaries, negation, adverbs, main verb, particle."""
    lows = tok.lows
    n = len(tags)
    k = t
    aux: list[str] = []
    neg = False
    modal = ""
    main = -1
    infinitive = False
    while k < n:
        tg = tags[k]
        low = lows[k]
        if tg == "MODAL":
            aux.append(low)
            modal = "future" if low in FUTURE_MODALS else "hypothetical" if low in HYPOTHETICAL_MODALS else modal
        elif tg == "NEGAUX":
            aux.append(NEGATED_AUX[low])
            neg = True
            base = NEGATED_AUX[low]
            if base in FUTURE_MODALS or base == "will":
                modal = "future"
            elif base in HYPOTHETICAL_MODALS:
                modal = "hypothetical"
        elif tg in ("BE", "HAVE", "DO"):
            aux.append(low)
        elif tg == "NEG":
            neg = True
        elif tg == "ADV" or (tg == "QUOTE" and aux):
            pass  # "had “reached": a quotation mark inside the verb group
        elif tg == "TO" and not aux and main < 0:
            infinitive = True
        elif tg in (_V, _NV) and info[k] is not None:
            main = k
            k += 1
            break
        else:
            break
        k += 1
    if main < 0:
        # a copula or auxiliary alone ("is", "has", "will"): its last auxiliary is the verb
        last = k - 1
        while last >= t and tags[last] not in ("BE", "HAVE", "DO", "MODAL", "NEGAUX"):
            last -= 1
        if last < t:
            return None
        lemma = "be" if lows[last] in BE or NEGATED_AUX.get(lows[last]) == "be" else \
            "have" if lows[last] in HAVE or NEGATED_AUX.get(lows[last]) == "have" else lows[last]
        return Chunk("VG", t, last + 1, head=last, lemma=lemma, tag="s", neg=neg, modal=modal, aux=tuple(aux[:-1]),
                     finite=not infinitive)
    lemma, tag = info[main]  # type: ignore[misc]
    particle = -1
    if k < n and lows[k] in PARTICLES and tags[k] in ("PREP", "ADV", _N, "NV", "V") and not (
            lows[k] == "over" and k + 1 < n and tags[k + 1] in (_N, "DET")) and not _up_to_count(lows, k):
        particle = k
        k += 1
    elif k < n and lemma in RESULTATIVES.get(lows[k], ()):
        particle = k  # "shot dead"
        k += 1
    elif k + 1 < n and lows[k] == "on" and lemma in ("go", "carry", "press", "push", "move", "keep") and \
            tags[k + 1] in ("TO", "V", "NV", "PUNCT", "QUOTE"):
        particle = k  # "went on to say", "pressed on"
        k += 1
    passive = False
    if tag == "base" and lows[main] in _PARTICIPLE_AS_BASE and any(a in BE or a in GET for a in aux):
        tag = "pp"  # "was hurt", "was hit": the participle
    if tag in ("ed", "pp"):
        be_aux = [a for a in aux if a in BE or a in GET]
        if be_aux and not (aux and aux[-1] in HAVE):
            passive = True
        if tok.lows[main - 1:main] and tok.lows[main - 1] in GET:
            passive = True
    finite = not infinitive and not (tag == "ing" and not aux) and not (tag in ("ed", "pp") and not aux and
                                                                          tag == "pp")
    if aux and aux[-1] in ("will", "shall", "'ll"):
        modal = "future"
    if tag == "base" and not aux and not infinitive:
        finite = True
    return Chunk("VG", t, k, head=main, lemma=lemma, tag=tag, voice="passive" if passive else "active", neg=neg,
                 modal=modal, finite=finite, aux=tuple(aux), particle=particle)


def _merge_semi_modals(chunks: list[Chunk], tags: list[str], lows: list[str]) -> None:
    """ "plans to capture", "is expected to visit", "agreed to send": one verb group with a modality."""
    k = 0
    while k + 1 < len(chunks):
        a, b = chunks[k], chunks[k + 1]
        if b.kind == "VG" and not b.finite and b.i < len(lows) and lows[b.i] == "to" or (
                b.kind == "VG" and b.i > 0 and lows[b.i] == "to"):
            mood = ""
            if a.kind in ("DATE", "ADV") and k > 0 and chunks[k - 1].kind == "VG" and \
                    chunks[k - 1].lemma in SEMI_MODALS and chunks[k - 1].particle < 0 and not chunks[k - 1].governing:
                # "pledged on Sunday to send", "agreed yesterday to hold": the date or adverb stays inside the group
                chunks[k - 1:k + 2] = [_merged(chunks[k - 1], b, SEMI_MODALS[chunks[k - 1].lemma])]
                k -= 1
                continue
            if a.kind == "VG" and a.lemma in SEMI_MODALS:
                mood = SEMI_MODALS[a.lemma]
                if a.lemma == "go" and a.particle >= 0:
                    mood = "real"
            elif a.kind == "VG" and a.lemma == "be" and 0 <= b.head < len(lows) and lows[b.head] in BE_TO_PREDICATES \
                    and b.j - b.i == 2:
                b.kind = "NG"  # "Russia is to blame for the attack": a predicate like "responsible", no act of blaming
                b.finite = False
            elif a.kind == "VG" and a.lemma == "be" and a.j - a.i == 1 and a.finite and not a.neg and k > 0 and \
                    chunks[k - 1].kind == "NG" and lows[chunks[k - 1].j - 1] not in _BE_TO_PURPOSES:
                mood = "planned"  # "Britain is to send 500 troops": be + "to" + verb is an arrangement
            elif a.kind == "NG" and a.j - a.i == 1 and lows[a.i] in _BE_ADJ_MODALS and k > 0 and (
                    (chunks[k - 1].kind == "VG" and chunks[k - 1].lemma == "be") or (
                    k > 1 and chunks[k - 1].kind == "ADV" and chunks[k - 2].kind == "VG" and
                    chunks[k - 2].lemma == "be")):
                if chunks[k - 1].kind == "ADV":  # "were also due to meet"
                    del chunks[k - 1]
                    k -= 1
                # "is ready to send": the copula, the adjective and the verb are one group
                prev = chunks[k - 1]
                mood = _BE_ADJ_MODALS[lows[a.i]]
                merged = _merged(prev, b, mood)
                chunks[k - 1:k + 2] = [merged]
                k = max(k - 1, 0)
                continue
            if a.kind == "VG" and a.tag in ("ed", "pp") and lows[a.head] in _BE_ADJ_MODALS:
                mood = _BE_ADJ_MODALS[lows[a.head]]  # "is expected to", "was scheduled to"
            if mood:
                chunks[k:k + 2] = [_merged(a, b, mood)]
                continue
        k += 1


def _merge_aspect(chunks: list[Chunk]) -> None:
    """ "went on saying", "kept attacking": the second verb, with the first's tense."""
    k = 0
    while k + 1 < len(chunks):
        a, b = chunks[k], chunks[k + 1]
        if a.kind == "VG" and b.kind == "VG" and b.tag == "ing" and not b.aux and (
                (a.lemma == "go" and a.particle >= 0) or a.lemma in ("keep", "continue", "start", "begin", "stop")):
            chunks[k:k + 2] = [Chunk("VG", a.i, b.j, head=b.head, lemma=b.lemma, tag=a.tag, voice="active",
                                     neg=a.neg or b.neg, modal=a.modal or ("negated" if a.lemma == "stop" else ""),
                                     finite=a.finite, aux=a.aux + (a.lemma,), particle=b.particle)]
        k += 1


def _merged(a: Chunk, b: Chunk, mood: str) -> Chunk:
    modal = b.modal or ("negated" if a.neg and mood != "negated" else mood)
    if a.modal == "future" and mood in ("planned", "real"):
        modal = "planned"
    elif a.modal == "hypothetical":
        modal = "hypothetical"
    if mood == "real" and not a.modal and not a.neg:
        modal = ""
    return Chunk("VG", a.i, b.j, head=b.head, lemma=b.lemma, tag=b.tag, voice=b.voice, neg=b.neg or (
        a.neg and mood == "real"), modal=modal, finite=a.finite, aux=a.aux + ("to",) + b.aux, particle=b.particle,
        governing=a.lemma if a.kind == "VG" else "", governing_head=a.head if a.kind == "VG" else -1)
