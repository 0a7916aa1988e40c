"""The claim grammar: who says, denies or confirms what.

A claim is an attribution: a speaker, a reporting verb (a claim frame:
``lexicons/data/frames/claim.jsonl``) and what is said. The shapes English
news uses, read over the sentence's phrases:

* ``claim.speaker-first`` - "The defence ministry said (that) its forces
  captured ...", "Kyiv has denied any presence ...", "X told reporters ...";
  in a free relative ("..., in what Israel said was a warning", "in what
  New Delhi described as militant camps") the whole sentence is what is said;
* ``claim.speaker-last`` - "... four people were wounded, the army said",
  the passive "the attack was claimed by JNIM" (the by-phrase speaks),
  and the inverted "..., said Graham", '"...," added the spokesman'; a
  contrasting clause after it ("..., A said, while B said ...") is B's claim;
* ``claim.according-to`` - "... according to the civil defence agency", and "..., Russian media reported,
  citing the governor" (when the reporter is no claimant, the cited source speaks);
* ``claim.participle`` - "..., claiming to have struck a facility" (the
  speaker is the sentence's subject);
* ``claim.reciprocal`` - "each side accused the other", "Sudan's army and the
  RSF traded accusations", one claim per party;
* ``claim.rejoinder`` - "..., a claim New Delhi rejected", "..., a charge
  Kigali has repeatedly denied", "..., which Moscow denies", "..., a claim
  denied by the army" (a denial; a denier with no side is the foe of the side
  whose claim it answers);
* ``claim.denied-claim`` - the other side's claim a denial names: "Kyiv rejected
  Moscow's claims that Russian forces had captured X", "dismissed RSF claims
  that ...", "refuted claims by the Indian army that ...", "The information
  spread by the Armenian side that ... is false, the ministry said" (the owner's
  claim ``asserts`` and states the event inside; the denier ``denies``);
* ``claim.named-claim`` - a side's claim named as a noun outside a denial: "Reuters
  could not verify the army's claim that its troops had retaken X", "Moscow's
  claim that ... could not be confirmed" (the owner's claim ``asserts``);
* ``claim.colon`` - a speaker label before a colon: a headline's "Zelensky: Russia
  launched 500 drones", a transcript's "PESKOV: ..." or "A (Minister X): ...", a
  release's "Ministry of Defence of Ukraine: Our forces ..." ("our forces" are the
  label's side); not "The message was clear: ...", "Key points: ..." or "Sudan: ...";
* ``claim.dash-credit`` - a headline credited after a dash, the style of
  Russian and Ukrainian news agencies: "Russian forces liberate X in DPR
  — Defense Ministry", "Russia ready to resume talks — Kremlin" (the
  credit is read as a colon label is; a headline has no closing full stop).

Who may speak, and for whom, is :mod:`.speakers`. An addressee ("told the
BBC", "told reporters") is never the speaker.
"""

from __future__ import annotations

from typing import Any

from .. import compiled
from ..frames.matcher import FrameMatch
from ..lexicons import Lexicons
from ..mentions.scan import may_hold
from ..mentions.types import Kind
from ..mentions.words import POSTED_TO_HEADS
from ..phrases.chunks import Chunk, Parse
from ..phrases.relations import group, inherited_subject, is_pair, subject
from .base import LED_BY, UNNAMED_FORCES, Draft, Reading, Sides
from .speakers import OFFICIAL_NOUNS, Speakers

__all__ = ["ClaimGrammar", "SHAPES", "DOCUMENTS", "second_statement", "split_second_statements"]

#: The attribution shapes, by rule id (see the module documentation).
SHAPES = ("claim.speaker-first", "claim.speaker-last", "claim.according-to", "claim.participle",
          "claim.reciprocal", "claim.rejoinder", "claim.colon", "claim.dash-credit", "claim.denied-claim",
          "claim.named-claim")

_RECIPROCAL = compiled.compile(
    r"(?i)(?:each[ ]side|both[ ]sides|the[ ]two[ ](?:sides|countries|parties|nations))[ ]"
    r"(?:have[ ]|had[ ])?(?:(?:accused|accusing)[ ](?:the[ ]other|each[ ]other)|(?:traded|trading)[ ]"
    r"(?:accusations|blame))"
    r"|(?P<a>\p{Lu}[\p{L}]+)[ ]and[ ](?P<b>\p{Lu}[\p{L}]+)[ ](?:have[ ]|had[ ])?"
    r"(?:(?:accused|accusing)[ ]each[ ]other|(?:traded|trading)[ ](?:accusations|blame))"
    # any other subject ("Sudan's army and the RSF traded accusations"): read off the verb's subject; the
    # participle of an aside ("..., with Russia and Ukraine trading blame for the attack") too
    r"|(?P<verb>(?:(?:accused|accusing)[ ]each[ ]other|(?:traded|exchanged|trading)[ ](?:accusations|blame)))"
)
#: The words one of which every :data:`_RECIPROCAL` match holds, in any case (a cheap test before the search).
_RECIPROCAL_WORDS = ("accused", "traded", "exchanged", "accusing", "trading")
_REJOINDER = compiled.compile(
    r",[ ](?:(?:a|an)[ ](?:claim|assertion|allegation|accusation|charge|account|version)[ ](?:that[ ]|which[ ])?"
    r"|which[ ](?!it[ ]|they[ ]|he[ ]|she[ ]))"  # ("..., which Kigali denied"; a pronoun may point anywhere)
    r"(?P<speaker>[^,.;]{2,60}?)[ ](?:has[ ]|had[ ]|have[ ])?(?:(?:quickly|swiftly|strongly|also|repeatedly|"
    r"consistently|always|long|firmly|flatly|categorically|vehemently|previously)[ ])?"
    r"(?P<verb>rejected|denied|dismissed|disputed|refuted|rebuffed|rejects|denies|dismisses|disputes|refutes)"
    r"(?![\p{L}])"
)
#: The passive rejoinder: "..., a claim denied by the army", "..., an account that was rejected by Kyiv on Monday".
_REJOINDER_PASSIVE = compiled.compile(
    r",[ ](?:a|an)[ ](?:claim|assertion|allegation|accusation|charge|account|version)[ ]"
    r"(?:(?:that|which)[ ](?:was|has[ ]been|had[ ]been|is)[ ])?(?:(?:quickly|swiftly|strongly|also|repeatedly|"
    r"flatly|categorically|vehemently|later)[ ])?"
    r"(?P<verb>rejected|denied|dismissed|disputed|refuted|rebuffed)[ ]by[ ]"
    r"(?P<speaker>[^,.;]{2,60}?)(?=[ ]?[,.;]|[ ](?:on|in|at|late|earlier|last|this|hours|days)[ ]|[ ]?$)"
)
_DENIAL_CONTENT = compiled.compile(
    r"(?i)^(?:that[ ])?(?:there[ ](?:was|were|had[ ]been|is|are)[ ]no|(?:it|they|he|she|we|the[ ]\w+(?:[ ]\w+)?)"
    r"[ ](?:had|has|have)[ ]never|(?:it|they|he|she|we)[ ](?:did|do|does|had|has|have|was|were|is|are)[ ](?:not|n't)|"
    r"no[ ](?:[\w-]+[ ]){0,3}(?:had|have|has|were|was)[ ](?:been[ ])?(?:lost|captured|taken|surrendered|abandoned))\b"
)
#: A non-restrictive relative clause on the speaker ("The M23, which seized Goma in January, said ..."): its dates
#: are the aside's, not the statement's.
_RELATIVE_ASIDE = compiled.compile(r",[ ](?:which|who)[ ][^,;.]{1,150},")
#: A speaker for a pair of sides: "both sides", "the two countries' defence ministers"
#: (:meth:`ClaimGrammar._joint_sides`).
_PAIR_SPEAKER = compiled.compile(
    r"(?i)(?:the[ ]two|both)[ ](?:sides|countries|nations|parties|governments|leaders|armies|militaries)\b")
_ARTICLE = compiled.compile(r"(?i)^(?:the|a|an)[ ]")
#: A statement that no one was hurt: a toll of none, which a speaker reports (no denial).
_ZERO_TOLL = compiled.compile(
    r"(?i)there[ ](?:was|were|had[ ]been|have[ ]been|has[ ]been|is|are)[ ]no[ ](?:immediate[ ])?(?:reports?[ ]of[ ])?"
    r"(?:injuries|injured|casualties|deaths|dead|victims|fatalities|wounded|damage)\b")
#: Determiners that negate a statement's first verb when they open its subject ('"No missiles hit Kyiv," ...').
_NEGATIVE_SUBJECTS = frozenset({"no", "neither"})
#: Event types whose negation by a speaker is a denial ("we did not strike civilians", "no troops remain").
_DENIABLE_EVENTS = frozenset({"strike", "territorial_change", "deployment"})
#: Phrases that name a source after what it says ("..., according to the governor"), as lower-case words; those
#: of :data:`_CITING_WORDS` only after a comma and a speaker who is no claimant ("..., Russian media reported,
#: citing Governor X": the governor speaks).
_CITING_WORDS = (("citing",),)
_ATTRIBUTION_WORDS = (("according", "to"),) + _CITING_WORDS
_ATTRIBUTION_FIRSTS = frozenset(w[0] for w in _ATTRIBUTION_WORDS)
#: Reporting verbs that also name an act ("declared a state of emergency"): then no claim.
_DECLARED_ACTS = frozenset({"emergency", "curfew", "mobilisation", "mobilization", "evacuation", "war", "mourning",
                            "martial", "independence", "victory", "bankruptcy", "candidacy", "dividend"})
#: What a state "recalls" as an act, not a memory: "recalled its ambassador from Bangkok", "recalled its troops".
_RECALLED = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "delegation",
                       "delegations", "mission", "staff", "troops", "soldiers", "forces", "negotiators", "team",
                       "consul", "attaché", "attache", "attachés", "attaches", "representative", "representatives"})
#: Verbs of a report that quotes a speaker "as saying": "RIA quoted the ministry as saying ...", "Shoigu was quoted by
#: TASS as saying ...", "Interfax cited the governor as saying ..." (:meth:`ClaimGrammar._quoted_as`).
_QUOTING_VERBS = frozenset({"quoted", "quotes", "cited", "cites"})  # (as written: the lemma of "quoted" is "quot")
_PARTICIPLES = frozenset({"claim", "say", "insist", "add", "allege", "deny", "stress", "note", "warn", "argue",
                          "explain", "accuse", "blame", "confirm", "report", "announce"})
#: Objects of "posted", "published", "released" whose "showing ..." is what the speaker states.
_PICTURES = frozenset({"photos", "photo", "photographs", "pictures", "images", "video", "videos", "footage", "clip",
                       "clips", "map", "maps"})
#: Objects of "released", "published", "issued" ("content": "document" in the frame) that make the verb a
#: statement: "released a statement saying ...", "published figures"; "released 20 prisoners" is no claim.
DOCUMENTS = _PICTURES | frozenset({
    "statement", "statements", "report", "reports", "figures", "data", "toll", "tally", "list", "communique",
    "communiqué", "readout", "recording", "recordings", "audio", "message", "update", "bulletin", "details",
    "findings", "assessment", "estimate", "estimates", "document", "documents", "evidence", "account", "results",
    "names", "declaration", "letter", "details", "numbers", "statistics", "summary", "transcript", "note",
})
#: Participles that tell how a statement came out: "in a statement carried by state media", "published on
#: Telegram", "issued late on Monday" (skipped between a speaker-first verb and its statement).
_STATEMENT_PARTICIPLES = frozenset({"carry", "publish", "issue", "release", "post", "read", "broadcast", "air",
                                    "send", "distribute", "circulate", "share"})
#: Short phrases that may follow a speaker-last verb: "on Telegram", "in a statement", "on Sunday".
_TAIL_PREPS = frozenset({"on", "in", "at", "via", "through", "during", "to", "from", "after", "late", "earlier",
                         "later", "for", "with", "before", "by", "of", "while"})
_ADDRESSEE_VERBS = frozenset({"tell", "inform", "brief", "assure", "warn", "remind", "update"})
#: An aside between commas after a speaker-first verb, before its statement ("said, without giving evidence, that
#: ...", "said, in a rare admission, that ...", "said, speaking alongside X, that ..."): the chunk kinds it may
#: hold, the most chunks, and the words that open a citation (skipped only for a speaker that is no news outlet:
#: "Russian media reported, citing the governor, that ...": the governor speaks).
_ASIDE_KINDS = frozenset({"PREP", "NG", "VG", "ADV", "DATE", "CONJ"})
_ASIDE_CHUNKS = 8
_ASIDE_CITING = frozenset({"citing", "quoting"})
#: A speaker label before a colon (:meth:`ClaimGrammar._colon`): the most chunks and characters before the
#: colon, the punctuation it may hold, the prompts of a transcript ("Q:", "A (Minister X):"), the document words
#: that may close a body's name ("IDF statement:"), short capitalised titles ("MR HEALEY:") and the heads that
#: name no speaker though official words ("Source:", "Statement:").
_LABEL_CHUNKS = 12
_LABEL_MAX = 90
_LABEL_PUNCT = frozenset({"(", ")", ","})
_LABEL_PROMPTS = frozenset({"a", "q", "answer", "question", "response", "reply"})
_LABEL_DOCUMENTS = frozenset({"statement", "communique", "communiqu\u00e9", "readout", "release", "announcement",
                              "bulletin", "update", "briefing"})
_LABEL_DOCUMENT_OF = frozenset({"from", "by", "of"})
_LABEL_PREPS = frozenset({"of", "for", "from", "on", "at", "to", "in", "and"})
_CAPITAL_TITLES = frozenset({"MR", "MRS", "MS", "DR", "SEN", "REP", "GEN"})
#: A headline's credit after a dash (:meth:`ClaimGrammar._dash_credit`): the dashes, and the most tokens of
#: the credit ("— Russian Defense Ministry", "- Kharkiv regional governor").
_CREDIT_DASHES = frozenset({"—", "–", "-", "--"})
#: ... or after a colon, the style of South Asian and Levantine outlets ("Nine terrorists killed in Khyber
#: operation: ISPR", "Israeli strikes kill 42 in Gaza over past day: Health Ministry").
_CREDIT_MARKS = _CREDIT_DASHES | {":"}
_CREDIT_TOKENS = 5
_NOT_LABEL_HEADS = frozenset({"source", "sources", "statement", "reports", "operational", "intelligence", "defence",
                              "defense", "head", "chief", "general"})
#: Objects of a verb of naming that point at an event, which the speaker then names ("called it a terrorist attack",
#: "called the strike a war crime"): :meth:`ClaimGrammar._names_event`.
_NAMED_POINTERS = frozenset({"it", "this", "that"})
_NAMED_EVENTS = frozenset({"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing",
                           "bombings", "shelling", "raid", "raids", "killing", "killings", "assault", "massacre",
                           "incursion", "offensive", "blast", "explosion", "explosions", "ambush", "shooting",
                           "bombardment", "invasion", "occupation", "takeover", "capture", "deployment"})
_NAMED_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "friday's", "saturday's", "sunday's",
                                "monday's", "tuesday's", "wednesday's", "thursday's", "yesterday's", "today's",
                                "last", "latest"})
#: The chunks a headline's verbless statement is made of ("... say dozens among dead in Khan Younis strike").
_VERBLESS_HEADLINE = frozenset({"NG", "PREP", "DATE", "ADV", "CONJ", "NUM"})
#: Objects of a denial that point back at what was said before ("India rejected the charge", "Hamas denied the
#: report"): :meth:`ClaimGrammar._points_back`.
_POINTER_NOUNS = frozenset({"charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim",
                            "claims", "report", "reports", "assertion", "assertions", "account", "accounts",
                            "version", "statement", "statements", "figures", "figure", "suggestion", "reporting"})
_POINTER_DETERMINERS = frozenset({"the", "this", "these", "those", "that", "such", "both", "all"})
#: Nouns for what the other side said, as the object of a denial ("denied Kyiv's claims that ...", "rejected
#: claims by the Russian Defence Ministry that ...", "dismissed Hamas claims that ..."): the denied statement is
#: that side's own claim (:meth:`ClaimGrammar._denied_claim`).
_CLAIM_NOUNS = frozenset({"claim", "claims", "allegation", "allegations", "assertion", "assertions", "report",
                          "reports", "statement", "statements", "account", "accounts", "accusation", "accusations",
                          "information", "version", "suggestion", "suggestions"})
#: Claim nouns that name a side's claim outside a denial ("the army's claim that ...", "Israel's allegations that
#: ..."): :meth:`ClaimGrammar._named_claims`.
_NAMED_CLAIM_NOUNS = frozenset({"claim", "claims", "assertion", "assertions", "allegation", "allegations"})
#: Verbs a claim noun is mis-read as after a name ("rejected Hamas claims that ..."): that name's claim.
_CLAIM_VERBS = frozenset({"claim", "allege", "report", "assert"})
#: Participles that tie such a noun to its author ("claims made by X", "the information spread by X").
_CLAIM_PARTICIPLES = frozenset({"made", "spread", "disseminated", "circulated", "voiced", "published", "issued",
                                "put", "released", "posted", "aired", "floated", "repeated", "peddled", "pushed"})
#: Adjectives of "dismissed as false Kyiv's claims" between a denial and its object.
_FALSE_WORDS = frozenset({"false", "baseless", "groundless", "untrue", "unfounded", "fabricated", "fake", "absurd",
                          "lies", "fiction", "nonsense", "propaganda", "lie", "disinformation", "misinformation",
                          "fabrication", "fabrications", "falsehood", "falsehoods", "slander", "inaccurate",
                          "incorrect", "misleading", "ridiculous"})
#: What a speaker says of the other side's claim to deny it: "(the information spread by X that ...) is false",
#: "are groundless", "does not correspond to reality" (searched only in a statement that opens with a claim
#: noun: :meth:`ClaimGrammar._false_claim`).
_FALSE_PREDICATE = compiled.compile(
    r"(?i)[ ](?:is|are|was|were)[ ][\"\u201c]?(?:(?:completely|absolutely|totally|entirely|simply|utterly|also)[ ])?"
    r"(?:false|untrue|groundless|baseless|unfounded|fabricated|fake|not[ ]true|(?:(?:a|an)[ ])?"
    r"(?:(?:pure|complete|total|outright|blatant|absolute|sheer)[ ])?(?:lies?|fiction|fabrications?|"
    r"disinformation|provocation))\b"
    r"|[ ](?:does|do|did)[ ]not[ ]correspond[ ]to[ ](?:the[ ])?(?:reality|truth|facts)\b"
)
#: Content breaks: where a statement's clause ends.
_CONTENT_BREAKS = frozenset({";", ":", "\u2014", "\u2013", "--"})
_CONTENT_SUBS = frozenset({"while", "whereas", "although", "though", "but"})
#: Punctuation that ends a speaker-last attribution before a clause of its own ("..., X says; Y", "..., X said - Y").
_CLAUSE_BREAKS = frozenset({";", "\u2014", "\u2013", "-"})
#: Conjunctions before a second reporting verb of the same speaker ("said ... and denied ...").
_SECOND_STATEMENT_CONJ = frozenset({"and", "but"})
#: Subjects of such a second verb that are the first speaker's.
_SAME_SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our"})
#: Reporting verbs whose content clause may hold the subject such a second verb seems to have ("Peskov said Moscow
#: had not received the plan and denied reports that ...": the denial is the speaker's second statement).
_CONTENT_REPORTING = frozenset({"say", "tell", "add", "claim", "report", "announce", "state", "write", "confirm"})


def second_statement(parse: Parse, m: FrameMatch) -> bool:
    """True for a reporting verb after "and"/"but" whose subject is the first speaker's ("The ministry said it
    had hit X and denied targeting civilians": the verb's subject is a pronoun, a possessive one's noun group, or
    none): a second statement."""
    v = m.trigger
    chunks = parse.chunks
    if m.type != "claim" or m.pos != "verb" or not v.finite or v.index < 2 or \
            chunks[v.index - 1].kind != "CONJ" or chunks[v.index - 1].lemma not in _SECOND_STATEMENT_CONJ:
        return False
    if not any(c.kind == "VG" and c.finite for c in chunks[:v.index - 1]):
        return False  # ("Russia and Ukraine denied ..."; a verb before the conjunction is what it joins)
    if m.frame.set.get("content") == "last":
        return False  # a verb that closes a quotation ("he continued") is no statement after "and": "had reached
        # the border and are continuing to develop an offensive"
    agent = m.relations.get("agent", [])
    # ("said its jets had struck X and denied hitting Y": jets deny nothing; the speaker's own forces are the
    # subject the verb inherits, the speaker speaks)
    if not agent or parse.text(agent[0]).lower().split(" ")[0] in _SAME_SPEAKER_PRONOUNS:
        return True
    k = agent[0].index - 1
    if k > 0 and chunks[k].kind == "SUB" and chunks[k].lemma == "that":
        k -= 1
    while k > 0 and chunks[k].kind in ("DATE", "ADV"):
        k -= 1  # "said on Monday that ..."
    # the subject of the first statement's content clause: "said Moscow had not received X and denied Y"
    return k > 0 and chunks[k].kind == "VG" and chunks[k].lemma in _CONTENT_REPORTING and k < agent[0].index


def split_second_statements(parse: Parse, matches: list[FrameMatch],
                            spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clause token ranges cut before the "and" of a second statement (:func:`second_statement`): what the
    speaker denies is no part of what it said before."""
    cuts = {parse.chunks[m.trigger.index - 1].i for m in matches if second_statement(parse, m)}
    if not cuts:
        return spans
    bounds = sorted({b for span in spans for b in span} | cuts)
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _free_relative(r: Reading, first: Chunk) -> bool:
    """ "in what Israel said was a warning", "to what it called provocations": the speaker's noun group follows a
    preposition and "what" (the chunker's free relative)."""
    k = first.index
    chunks = r.parse.chunks
    return k >= 2 and chunks[k - 1].kind == "REL" and r.parse.tokens.lows[chunks[k - 1].i] == "what" and \
        chunks[k - 2].kind == "PREP"


def _naming_object(r: Reading, v: Chunk) -> Chunk | None:
    """The noun group right after an active verb of naming ("called [the report] false", "described [the
    shelling] as ..."), or ``None``."""
    chunks = r.parse.chunks
    k = v.index + 1
    if v.voice == "passive" or k >= len(chunks) or chunks[k].kind != "NG":
        return None
    return chunks[k]


class ClaimGrammar:
    """Finds attributions in a sentence."""

    event_type = "claim"

    def __init__(self, lex: Lexicons, speakers: Speakers) -> None:
        self.lex = lex
        self.speakers = speakers
        self.sides = Sides(lex)

    # ------------------------------------------------------------------ reading
    @staticmethod
    def _relative_clause_end(r: Reading, v: Chunk) -> int | None:
        """The character offset of the comma that closes a relative clause whose reporting verb is ``v`` and whose
        subject is the relative pronoun: "Rwanda, which UN experts say backs the M23, denies ..." (", which" or
        ", who", the speaker's noun group, ``v``, its statement, a comma, then a finite verb of the sentence).
        ``None`` otherwise."""
        chunks = r.parse.chunks
        k = v.index
        if k < 3 or chunks[k - 1].kind != "NG" or chunks[k - 2].kind != "REL" or \
                r.parse.tokens.lows[chunks[k - 2].i] not in ("which", "who") or chunks[k - 3].lemma != ",":
            return None
        for j in range(k + 1, min(len(chunks) - 1, k + 10)):
            c = chunks[j]
            if c.kind == "PUNCT" and c.lemma == ",":
                nxt = chunks[j + 1]
                return r.chars(c.i, c.j)[0] if nxt.kind == "VG" and nxt.finite else None
            if c.kind in ("PUNCT", "QUOTE", "SUB"):
                return None
        return None

    def read(self, r: Reading) -> list[Draft]:
        """The claims of one sentence (and the story's speakers updated)."""
        text = r.text
        drafts: list[Draft] = []
        taken: list[tuple[int, int]] = []
        # (every match holds "accused" or "traded")
        rec = _RECIPROCAL.search(text) if may_hold(text, _RECIPROCAL_WORDS) else None
        if rec:
            drafts.extend(self._reciprocal(r, rec))
            taken.append((rec.start(), rec.end()))
        rej = (_REJOINDER_PASSIVE.search(text) if " by " in text else None) or _REJOINDER.search(text)
        if rej and not self._noun_phrase(r, rej.start("speaker"), rej.end("speaker")):
            rej = None  # "Crimea, which Russia annexed in 2014 and Kyiv disputes": a clause, not a speaker
        rejoinder: tuple[Any, tuple[str | None, str | None]] | None = None
        if rej:
            found = self.speakers.resolve(r, rej.group("speaker"))
            if found is not None:
                # (a speaker with no side of its own is settled once the claim it answers is read)
                rejoinder = (rej, found)
                taken.append((rej.start(), rej.end()))
        colon = self._colon(r)
        if colon is None:
            colon = self._dash_credit(r)
        if colon is not None:
            drafts.append(colon)
            taken.append((colon.start, colon.end))
        for m in r.matches:
            if m.type != "claim" or m.pos != "verb":
                continue
            v = m.trigger
            vs, ve = r.chars(v.i, v.j)
            if any(a <= vs < b for a, b in taken):
                continue
            before = next((d for d in reversed(drafts) if d.content is not None and d.content[1] <= vs), None) \
                if self._second_statement(r, m) else None
            same = (before.slots["source"], before.slots["actor"]) if before is not None else None
            accused = self.sides.named(m.roles.get("accused", [])[:1]) if m.frame.id == "claim.accuse" else None
            rel_end = self._relative_clause_end(r, v)
            for d in self._from_verb(r, m, same):
                if rel_end is not None and d.start < rel_end < d.end:
                    # "Rwanda, which UN experts say backs the M23, denies ...": the experts' statement ends with the
                    # relative clause; the sentence's own verb is another claim
                    d.end = rel_end
                    if d.content is not None:
                        d.content = (d.content[0], min(d.content[1], rel_end))
                if accused is not None:
                    d.extra["accused"] = accused[1]  # "Kyiv blamed Moscow for the strike" (linking.pointed_events)
                drafts.append(d)
                taken.append((d.start, d.end))
        self._trailing_blame(r, drafts)
        if rejoinder is not None:
            drafts.extend(self._rejoinder(r, *rejoinder, drafts))
        for d in list(drafts):
            drafts.extend(self._false_claim(r, d))  # "the information spread by X that ... is false, Y said"
        drafts.extend(self._named_claims(r, taken))
        acc = self._according(r, taken)
        if acc is not None:
            drafts.append(acc)
        return drafts

    def _rejoinder(self, r: Reading, rej: Any, found: tuple[str | None, str | None],
                   drafts: list[Draft]) -> list[Draft]:
        """The denial of "..., a claim Kyiv rejected" / "..., a claim denied by the army". A denier with no side
        of its own ("the army") is the foe of the side whose claim it answers (the story's other party, or that
        side's one main foe: "The RSF said it had seized X, a claim the army denied" is Sudan's army); one with
        no side found is kept only when its claim has a side (or is an official's)."""
        source, side = found
        if side is None:
            answered = next((d.slots.get("actor") for d in reversed(drafts) if d.start < rej.start() and
                             d.slots.get("actor")), None)
            if answered:
                side = r.story.opponent(str(answered)) or self.lex.actors.foe.get(str(answered))
        start = rej.start() + 2
        return [self._draft(r, "claim.rejoinder", start, rej.end(), (source, side), rej.group("verb"), "denies",
                            (rej.end(), rej.end()), rej.group("speaker"))]

    @staticmethod
    def _noun_phrase(r: Reading, start: int, end: int) -> bool:
        """True when characters ``start`` to ``end`` hold noun groups (and their prepositions) only."""
        return all(c.kind in ("NG", "PREP", "ADV", "DATE") for c in r.parse.chunks
                   if c.kind != "PUNCT" and r.chars(c.i, c.j)[0] < end and r.chars(c.i, c.j)[1] > start)

    # ------------------------------------------------------------------ shapes
    def _from_verb(self, r: Reading, m: FrameMatch,
                   same: tuple[str | None, str | None] | None = None) -> list[Draft]:
        p = r.parse
        lows = p.tokens.lows
        chunks = p.chunks
        v = m.trigger
        if m.neg or m.modal in ("hypothetical", "negated", "future", "conditional") or (m.modal == "planned" and not v.governing):
            return []
        if v.lemma == "declare" and set(lows[v.j:v.j + 6]) & _DECLARED_ACTS:
            return []  # "the governor declared a state of emergency": an act, not a statement
        if v.lemma == "recall" and v.index + 1 < len(chunks) and chunks[v.index + 1].kind == "NG" and \
                lows[chunks[v.index + 1].head] in _RECALLED:
            return []  # "Cambodia recalled its ambassador from Bangkok": a diplomatic act, not a statement
        stance = str(m.frame.set.get("stance", "asserts"))
        mode = str(m.frame.set.get("content", "clause"))
        if mode == "document":
            # "released a statement saying ...": only a statement, report, figures or footage is said
            obj = chunks[v.index + 1] if v.index + 1 < len(chunks) else None
            if obj is None or obj.kind != "NG" or not DOCUMENTS & set(lows[obj.i:obj.j]):
                return []
            mode = "object"
        said_by_governor = bool(v.governing) and v.governing in {w.split(" ")[0] for w in m.frame.verbs}
        head = v.governing_head if said_by_governor else v.head
        verb = p.tokens.words[head]
        if v.tag == "ing" and not v.aux and not said_by_governor:
            return self._participle(r, m, stance, verb)
        n = len(chunks)
        subj = m.relations.get("agent", [])
        if len(subj) > 1 and subj[0].index > 0 and chunks[subj[0].index - 1].kind in ("PREP", "VG"):
            # "... send troops to Ukraine, the British and French defence ministers said": the object of the
            # preposition is no part of the subject after its comma; nor the object of a verb ("..., killing two
            # civilians, residents and a local official said", "since they launched their offensive, residents
            # and a rebel official said")
            commas = [c.index for c in chunks[subj[0].index:subj[-1].index] if c.kind == "PUNCT" and c.lemma == ","]
            if commas:
                subj = [c for c in subj if c.index > commas[-1]] or subj
        verdict = mode == "what" and self._calls_false(r, v)
        if verdict:
            stance = "denies"  # "Armenia's defence ministry called the report false": a denial of what was said
        elif mode == "what" and not (subj and _free_relative(r, subj[0])) and not self._names_event(r, v):
            return []  # a verb of naming out of a free relative ("called for talks", "described a blast"): no claim
        if subj and self._media_recap(r, subj, v):
            return []  # "As the agency reported earlier, ...": a pointer to another report, not a claim
        # what follows the verb: the end of the sentence (speaker-last), or a statement (speaker-first)
        tail = self._tail(r, v.index + 1)
        before_subject = chunks[subj[0].index - 1] if subj and subj[0].index > 0 else None
        opens_after_break = before_subject is not None and (
            before_subject.kind == "QUOTE" or (before_subject.kind == "PUNCT" and before_subject.lemma in
                                               (",", "\u2014", "\u2013", "-", "--")))
        # "..., X said." / '"...," the spokesman said.' / "S1, X said, S2."
        if subj and tail is not None and opens_after_break and before_subject is not None and not said_by_governor:
            found = self._speaker(r, self._subject_phrase(r, subj, v))
            if found is not None and before_subject.i > 0:
                middle = tail == -1
                content = (0, len(r.text)) if middle else (0, r.chars(0, before_subject.i)[1])
                return self._drafts(r, "claim.speaker-last", 0 if not middle else r.chars(subj[0].i, v.j)[0],
                                    r.chars(v.i, v.j)[1] if not middle else len(r.text.rstrip(" .")),
                                    found, verb, stance, content, subj, self._subject_phrase(r, subj, v))
        if v.voice == "passive" and subj and subj[0].index > 0 and chunks[subj[0].index - 1].kind == "PREP" and \
                chunks[subj[0].index - 1].lemma == "by" and m.relations.get("patient") and not said_by_governor:
            # "The attack on the base was claimed by JNIM", "the report was denied by Moscow": the by-phrase speaks
            # of the subject
            patient = m.relations["patient"]
            by = group(p, subj[0].index)
            phrase = r.text[r.chars(by[0].i, by[0].j)[0]:r.chars(by[-1].i, by[-1].j)[1]]
            found = self._speaker(r, phrase)
            if found is None:
                return []
            c_start = r.chars(patient[0].i, patient[0].j)[0]
            return self._drafts(r, "claim.speaker-last", c_start, r.chars(by[-1].i, by[-1].j)[1], found, verb,
                                stance, (c_start, r.chars(v.i, v.j)[0]), by, phrase)
        # "..., said the spokesman." / '"...," added X' / "... - said X"
        prev = chunks[v.index - 1] if v.index > 0 else None
        if prev is not None and (prev.kind == "QUOTE" or (prev.kind == "PUNCT" and prev.lemma in (
                ",", "\u2014", "\u2013", "-"))) and v.index + 1 < n and chunks[v.index + 1].kind == "NG" and \
                not said_by_governor:
            after = group(r.parse, v.index + 1)
            end_idx = after[-1].index + 1
            # "said the governor of the Kherson region, ...": the office's place belongs to the speaker
            # (and a post's "to" phrase: "said Russia's ambassador to the UN")
            while end_idx + 1 < n and chunks[end_idx].kind == "PREP" and chunks[end_idx + 1].kind == "NG" and (
                    (chunks[end_idx].lemma in ("of", "for") and
                     r.parse.tokens.lows[after[-1].head] in OFFICIAL_NOUNS) or
                    (chunks[end_idx].lemma == "to" and r.parse.tokens.lows[chunks[end_idx - 1].head] in
                     POSTED_TO_HEADS)):
                end_idx += 2
            # an apposition: "said Kyrylo Budanov, head of military intelligence"
            if end_idx < n and chunks[end_idx].kind == "PUNCT" and chunks[end_idx].lemma == "," and \
                    end_idx + 1 < n and chunks[end_idx + 1].kind == "NG":
                end_idx += 2
                while end_idx < n and chunks[end_idx].kind in ("PREP", "NG"):
                    end_idx += 1
            if end_idx >= n or self._tail(r, end_idx) is not None:
                s0 = r.chars(after[0].i, after[0].j)[0]
                e0 = r.chars(chunks[end_idx - 1].i, chunks[end_idx - 1].j)[1]
                phrase = r.text[s0:e0].rstrip(" ,")
                found = self._speaker(r, phrase)
                if found is not None and prev.i > 0:
                    content_end = r.chars(0, prev.i)[1]
                    return self._drafts(r, "claim.speaker-last", 0, e0, found, verb, stance, (0, content_end),
                                        after, phrase)
        if not subj or mode == "last":
            return []
        if mode == "what":
            # "in what New Delhi described as terrorist camps": a verb of naming is a claim only in a free relative
            # (checked above, before the speaker-last readings)
            mode = "object"
        drafts = self._speaker_first(r, v, subj, head, verb, stance, mode, said_by_governor, same)
        if drafts and stance == "denies" and mode == "object" and same is None:
            # "Moscow denied Kyiv's claims that ...": the claim denied is Kyiv's own, told as well
            drafts = self._denied_claim(r, v, drafts) + drafts
        for d in drafts:
            # "said the talks would resume": a past reporting verb makes "would" the speaker's future
            d.extra["reported_past"] = v.tag == "ed" or bool({"had", "has", "have"} & set(v.aux))
            if d.slots["stance"] == "denies" and mode == "object" and (verdict or self._points_back(r, v.index + 1)):
                d.extra["denies_pointer"] = True  # "India rejected the charge": a denial of what was said before
        return drafts

    def _claim_owner(self, r: Reading, k: int) -> tuple[Chunk, int, int, int] | None:
        """The claim noun group a denial's object opens with at chunk ``k`` and who made it: ``(noun group, owner
        start, owner end, next chunk)`` (the owner in characters), for "Kyiv's claims", "the Armenian side's
        claim", "RSF claims", "Hamas claims" (read as a verb), "claims by the Russian Defence Ministry", "the
        information spread by the Armenian side" (:data:`_CLAIM_NOUNS`)."""
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        n = len(chunks)
        if k >= n or chunks[k].kind != "NG":
            return None
        c = chunks[k]
        if k + 1 < n and chunks[k + 1].kind == "VG" and chunks[k + 1].lemma in _CLAIM_VERBS and \
                chunks[k + 1].tag == "s" and not chunks[k + 1].aux and \
                any(m.kind is Kind.ACTOR for m in c.mentions):
            start, end = r.chars(c.i, c.j)
            return chunks[k + 1], start, end, k + 2  # "rejected Hamas claims that ...": one noun group, mis-read
        if lows[c.head] not in _CLAIM_NOUNS:
            return None
        poss = next((t for t in range(c.i, c.head) if lows[t] in ("'s", "\u2019s", "'")), None)
        if poss is not None and poss > c.i:
            first = c.i + 1 if lows[c.i] == "the" else c.i
            # ("dismissed as false Kyiv's claims": the owner is the name, not the word before it)
            named = [m for m in c.mentions if m.kind in (Kind.ACTOR, Kind.PERSON) and first <= m.i and m.j <= poss]
            start = named[0].start if named else r.parse.tokens.starts[first]
            return c, start, r.parse.tokens.ends[poss - 1], k + 1
        inside = [m for m in c.mentions if m.kind is Kind.ACTOR and m.j <= c.head]
        if inside:
            return c, inside[0].start, inside[-1].end, k + 1  # "Russian claims", "RSF claims"
        x = k + 1
        if x + 1 < n and chunks[x].kind == "VG" and lows[chunks[x].head] in _CLAIM_PARTICIPLES and not chunks[x].aux \
                and chunks[x + 1].kind == "PREP" and chunks[x + 1].lemma == "by":
            x += 1  # "claims made by ...", "the information spread by ..."
        if x + 1 < n and chunks[x].kind == "PREP" and chunks[x].lemma in ("by", "from") and \
                chunks[x + 1].kind == "NG":
            start, end = r.chars(chunks[x + 1].i, chunks[x + 1].j)
            first = chunks[x + 1].i + 1 if lows[chunks[x + 1].i] == "the" else chunks[x + 1].i
            return c, r.parse.tokens.starts[first], end, x + 2
        return None

    def _denied_claim(self, r: Reading, v: Chunk, denials: list[Draft]) -> list[Draft]:
        """The other side's claim a denial names as its object, with what it says ("Kyiv rejected Moscow's claims
        that Russian forces had captured Toretsk": Moscow's claim, ``asserts``; the capture is told inside it):
        see :meth:`_owner_claim`."""
        chunks = r.parse.chunks
        k = v.index + 1
        while k < len(chunks) and chunks[k].kind == "ADV":
            k += 1
        if k + 1 < len(chunks) and chunks[k].kind in ("SUB", "PREP") and chunks[k].lemma == "as" and \
                r.parse.tokens.lows[chunks[k + 1].i] in _FALSE_WORDS:
            k += 1  # "dismissed as false Kyiv's claims that ..." (the adjective joins the noun group)
        return self._owner_claim(r, k, None, denials)

    def _trailing_blame(self, r: Reading, drafts: list[Draft]) -> None:
        """ "A rocket hit a school in Tartar, killing two, the government said, blaming Armenia": a participle of
        accusation right after a statement (only a comma between) names the side it blames for the events told
        inside it; kept as the statement's ``"accused"`` (see :func:`conflictevents.linking.blamed_strikes`)."""
        for m in r.matches:
            if m.frame.id != "claim.accuse" or m.pos != "verb" or not m.trigger.text.lower().endswith("ing"):
                continue
            accused = self.sides.named(m.roles.get("accused", [])[:1])
            if accused is None:
                continue
            vs, _ = r.chars(m.trigger.i, m.trigger.j)
            for d in drafts:
                if d.content is not None and not d.extra.get("accused") and \
                        r.text[d.end:vs].strip() == "," and accused[1] != d.slots.get("actor", (None, None))[1]:
                    d.extra["accused"] = accused[1]

    def _false_claim(self, r: Reading, d: Draft) -> list[Draft]:
        """ "The information spread by the Armenian side that ... is false, the ministry said", "Kyiv's claims of
        ... are groundless - MoD": a statement that calls the other side's claim false (:data:`_FALSE_PREDICATE`)
        denies it (``d`` turns ``denies``), and that side's claim is told as well (:meth:`_owner_claim`)."""
        if d.content is None or d.slots.get("stance") != "asserts":
            return []
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        first = next((c for c in chunks if r.chars(c.i, c.j)[0] >= d.content[0] and c.kind != "QUOTE"), None)
        if first is None or first.kind != "NG" or not (lows[first.head] in _CLAIM_NOUNS or (
                lows[first.head] in _POINTER_NOUNS and lows[first.i] in _POINTER_DETERMINERS)):
            return []  # ("the figure was false": a pointer to what was said)
        false = _FALSE_PREDICATE.search(r.text, d.content[0], d.content[1])
        if false is None:
            return []
        d.slots["stance"] = "denies"
        if lows[first.i] in _POINTER_DETERMINERS and first.j - first.i <= 3:
            d.extra["denies_pointer"] = True  # "said the report was untrue": a denial of what was said before
        return self._owner_claim(r, first.index, false.start(), [d])

    def _named_claims(self, r: Reading, taken: list[tuple[int, int]]) -> list[Draft]:
        """A side's claim named as a noun with what it says, outside the attributions already read (``taken``):
        "Reuters was unable to confirm the RSF's claim that its fighters had shot down X", "Moscow's claim that
        its troops had reached Y could not be confirmed" (:data:`_NAMED_CLAIM_NOUNS`, :meth:`_owner_claim`)."""
        lows = r.parse.tokens.lows
        out: list[Draft] = []
        for c in r.parse.chunks:
            if c.kind != "NG" or lows[c.head] not in _NAMED_CLAIM_NOUNS:
                continue
            start = r.chars(c.i, c.j)[0]
            if any(a <= start < b for a, b in taken):
                continue
            for d in self._owner_claim(r, c.index, None, [], "claim.named-claim"):
                out.append(d)
                taken.append((d.start, d.end))
        return out

    def _owner_claim(self, r: Reading, k: int, limit: int | None, denials: list[Draft],
                     rule: str = "claim.denied-claim") -> list[Draft]:
        """The claim of the side that owns the claim noun group at chunk ``k`` (:meth:`_claim_owner`), saying
        what its "that" clause or "of"/"about" phrase says (up to character ``limit``, else the clause's end). A
        denier with no side of its own (or the owner's, guessed from the places) is the owner's foe. Nothing
        when nothing says what was claimed."""
        chunks = r.parse.chunks
        n = len(chunks)
        owned = self._claim_owner(r, k)
        if owned is None:
            return []
        noun, o_start, o_end, x = owned
        if x >= n:
            return []
        if chunks[x].kind in ("REL", "SUB") and chunks[x].lemma == "that" and x + 1 < n:
            x += 1
        elif not (chunks[x].kind == "PREP" and chunks[x].lemma in ("of", "about") and x + 1 < n and (
                chunks[x + 1].kind == "NG" or (chunks[x + 1].kind == "VG" and chunks[x + 1].tag == "ing"))):
            return []  # (what was claimed: "claims that ...", "claims of a provocation", "claims of capturing X")
        c_start = r.chars(chunks[x].i, chunks[x].j)[0]
        c_end = self._content_end(r, x) if limit is None else limit
        if c_end <= c_start:
            return []
        phrase = r.text[o_start:o_end]
        named = [m for m in r.parse.mentions if m.kind is Kind.ACTOR and o_start <= m.start and m.end <= o_end]
        found = self.speakers.resolve(r, phrase)
        if named and named[0].form == "adjective" and (named[0].start, named[0].end) == (o_start, o_end):
            found = (str(named[0].value), str(named[0].value))  # "Russian claims": Russia's
        elif found is None or found[1] is None:
            if not named:
                return []
            # "the Armenian side's claim": as written, for the side it names
            found = (phrase if found is None else str(found[0] or phrase), str(named[0].value))
        owner = str(found[1])
        foe = r.story.opponent(owner) or self.lex.actors.foe.get(owner)
        for d in denials:
            if foe and d.slots.get("actor") in (None, owner):
                d.slots["actor"] = foe  # "the ministry denied Armenia's claim": Armenia's foe denies it
                d.notes.append("claim.actor.owner-foe")
        start, end = r.chars(chunks[k].i, chunks[k].j)
        if start < o_start < end:
            start = o_start  # ("false Kyiv's claims": from the owner)
        claim = self._draft(r, rule, start, c_end, found, "claimed", "asserts", (c_start, c_end), phrase,
                            record=False)
        if denials:
            claim.extra["denied_by"] = denials[0]  # (kept when the denial is: pipeline)
        return [claim]

    def _speaker_first(self, r: Reading, v: Chunk, subj: list[Chunk], head: int, verb: str,
                       stance: str, mode: str, said_by_governor: bool,
                       same: tuple[str | None, str | None] | None = None) -> list[Draft]:
        """ "The defence ministry said (that) its forces captured ...": the statement follows the verb; with
        ``same``, the speaker of a second statement ("... and denied targeting civilians")."""
        p = r.parse
        lows = p.tokens.lows
        chunks = p.chunks
        # speaker first: the statement follows the verb (past an addressee, "that", a source, a date)
        if said_by_governor:
            k = v.index  # "vowed to ramp up sanctions": the infinitive is what is said
            c_start = p.tokens.starts[head + 1] if head + 1 < len(lows) else len(r.text)
        else:
            start_at = self._statement_start(r, v, not self.speakers.is_media(self._subject_phrase(r, subj, v)))
            if start_at is None:
                return []
            k = start_at
            if mode == "clause" and not self._is_statement(r, k):
                return []  # "commented on the sanctions", "mentioned the term": a topic, not a statement
            c_start = r.chars(chunks[k].i, chunks[k].j)[0]
        c_end = self._content_end(r, k)
        if c_end <= c_start:
            return []
        phrase = self._subject_phrase(r, subj, v)
        free = _free_relative(r, subj[0])
        main = next((c for c in chunks[:subj[0].index] if c.kind == "VG" and c.finite), None) if free else None
        first = subject(p, main) if main is not None else []
        if first and phrase.lower() in ("it", "they"):
            # "Russia struck Kyiv in response to what it called terrorist attacks": the main clause's subject
            phrase = p.text(first[0])
        found = same or self._speaker(r, phrase)
        if found is None:
            return []
        if same is not None:
            # "said it had hit X and denied targeting civilians": the second statement is read from its verb
            return [self._draft(r, "claim.speaker-first", r.chars(v.i, v.j)[0], c_end, same, verb,
                                "denies" if stance == "asserts" and _DENIAL_CONTENT.match(r.text[c_start:c_end])
                                else stance, (c_start, c_end), str(same[0] or phrase))]
        if first and found[1] is None and self.speakers.military(str(found[0] or "")):
            # "Israeli jets struck Damascus, in what the military called a warning": the attacker's own military
            side = self.lex.actors.resolve(p.text(first[0]))
            found = (found[0], side) if side else found
        content_text = r.text[c_start:c_end]
        if stance == "asserts" and _DENIAL_CONTENT.match(content_text):
            stance = "denies"
        start = r.chars(subj[0].i, subj[0].j)[0]
        if free:
            # "Jets struck Damascus, in what Israel said was a warning": the speaker says so of the clause before
            return self._drafts(r, "claim.speaker-first", 0, c_end, found, verb, stance, (0, c_end), subj[:1],
                                phrase)
        # "As he revealed, there was ...": the statement follows the comma
        if subj[0].index > 0 and chunks[subj[0].index - 1].kind == "SUB" and chunks[subj[0].index - 1].lemma == "as" \
                and (subj[0].index == 1 or chunks[subj[0].index - 2].kind in ("PUNCT", "QUOTE")):
            start = r.chars(chunks[subj[0].index - 1].i, chunks[subj[0].index - 1].j)[0]
        return self._drafts(r, "claim.speaker-first", start, c_end, found, verb, stance, (c_start, c_end), subj,
                            phrase)

    @staticmethod
    def _points_back(r: Reading, k: int) -> bool:
        """True when chunk ``k`` is an object that points back at a statement or report: "the charge", "these
        accusations", "the report", "it" (:data:`_POINTER_NOUNS`, :data:`_POINTER_DETERMINERS`), alone or
        before "as absurd", a date or the sentence's end."""
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        if k >= len(chunks) or chunks[k].kind != "NG":
            return False
        c = chunks[k]
        if not (r.parse.text(c).lower() in _NAMED_POINTERS or (
                lows[c.head] in _POINTER_NOUNS and lows[c.i] in _POINTER_DETERMINERS and c.j - c.i <= 3)):
            return False
        nxt = chunks[k + 1] if k + 1 < len(chunks) else None
        return nxt is None or nxt.kind in ("PUNCT", "DATE", "ADV", "CONJ") or (nxt.kind == "PREP" and
                                                                               nxt.lemma in ("as", "on", "in"))

    @staticmethod
    def _names_event(r: Reading, v: Chunk) -> bool:
        """True for a verb of naming whose object points at an event and is then named: "Kyiv called it a
        terrorist attack", "Zelensky called the strike on Sumy a war crime", "described the shelling as a
        provocation" (:data:`_NAMED_POINTERS`, :data:`_NAMED_EVENTS`); not "called for talks", "described a
        blast", "called up reservists"."""
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        n = len(chunks)
        obj = _naming_object(r, v)
        if obj is None:
            return False
        k = obj.index
        if not (r.parse.text(obj).lower() in _NAMED_POINTERS or (
                lows[obj.head] in _NAMED_EVENTS and lows[obj.i] in _NAMED_DETERMINERS)):
            return False
        k += 1
        while k + 1 < n and chunks[k].kind == "PREP" and chunks[k].lemma != "as" and chunks[k + 1].kind == "NG":
            k += 2  # "the strike on Sumy"
        if k < n and chunks[k].kind == "PREP" and chunks[k].lemma == "as":
            k += 1
        return k < n and chunks[k].kind == "NG"

    def _aside_end(self, r: Reading, k: int, citing: bool) -> int | None:
        """The chunk after an aside that opens at chunk ``k``, right after a comma, and closes with a comma before
        the statement (a "that" or a subject and its verb): "said, without giving evidence, that ...", "said, in
        a rare admission, that ..." (:data:`_ASIDE_KINDS`); an aside that opens with "citing" only when
        ``citing`` (the speaker is no news outlet). ``None`` when no such aside opens there."""
        chunks = r.parse.chunks
        n = len(chunks)
        first = chunks[k]
        if k == 0 or chunks[k - 1].lemma != "," or not (first.kind == "PREP" or (
                first.kind == "VG" and first.tag == "ing" and not first.aux)):
            return None
        if not citing and r.parse.tokens.lows[first.i] in _ASIDE_CITING:
            return None
        for j in range(k + 1, min(n - 1, k + _ASIDE_CHUNKS)):
            c = chunks[j]
            if c.kind == "PUNCT" and c.lemma == ",":
                nxt = chunks[j + 1]
                if (nxt.kind in ("SUB", "REL") and nxt.lemma == "that") or (
                        nxt.kind == "NG" and self._starts_statement(r, j + 1)):
                    return j + 1
                return None
            if c.kind not in _ASIDE_KINDS or (c.kind == "VG" and c.finite):
                return None
        return None

    @staticmethod
    def _calls_false(r: Reading, v: Chunk) -> bool:
        """True for a verb of naming that calls what was said before false: "called the report false", "called
        the accusation groundless", "called it a lie", "described the reports as disinformation" (a pointer
        object, :data:`_POINTER_NOUNS`, then a word of :data:`_FALSE_WORDS`, in its noun group or the next one)."""
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        n = len(chunks)
        obj = _naming_object(r, v)
        if obj is None:
            return False
        k = obj.index
        words = lows[obj.i:obj.j]
        if words[-1] in _FALSE_WORDS and len(words) >= 3 and words[0] in _POINTER_DETERMINERS and \
                words[-2] in _POINTER_NOUNS:
            return True  # "the report false" (one noun group)
        if not (r.parse.text(obj).lower() in _NAMED_POINTERS or (
                lows[obj.head] in _POINTER_NOUNS and words[0] in _POINTER_DETERMINERS and len(words) <= 3)):
            return False
        k += 1
        while k < n and (chunks[k].kind == "ADV" or (chunks[k].kind in ("PREP", "SUB") and chunks[k].lemma == "as")):
            k += 1  # "as", "completely"
        return k < n and chunks[k].kind == "NG" and lows[chunks[k].head] in _FALSE_WORDS

    def _statement_start(self, r: Reading, v: Chunk, citing: bool = True) -> int | None:
        """The chunk where the statement after a reporting verb starts (past an addressee, "that", a source, an
        aside between commas: :meth:`_aside_end`, citations only when ``citing``)."""
        chunks = r.parse.chunks
        n = len(chunks)
        k = v.index + 1
        if v.lemma in _ADDRESSEE_VERBS or (k < n and chunks[k].kind == "PREP" and chunks[k].lemma == "to" and
                                           k + 1 < n and chunks[k + 1].kind == "NG"):
            # "told reporters", "told the BBC", "confirmed to CNN": an addressee, never the statement's subject
            if k < n and chunks[k].kind == "PREP" and chunks[k].lemma == "to":
                k += 1
            if k < n and chunks[k].kind == "NG" and not self._starts_statement(r, k):
                k += 1
        # "posted photos on Telegram showing troops raising a flag": what the pictures show is the statement
        lows = r.parse.tokens.lows
        if k < n and chunks[k].kind == "NG" and lows[chunks[k].head] in _PICTURES:
            x = k + 1
            while x + 1 < n and chunks[x].kind == "PREP" and chunks[x + 1].kind == "NG":
                x += 2
            if x < n and chunks[x].kind == "REL":
                x += 1
            if x + 1 < n and chunks[x].kind == "VG" and chunks[x].lemma in ("show", "depict", "capture"):
                k = x + 1
        while k < n:
            c = chunks[k]
            if c.kind in ("DATE", "ADV", "QUOTE") or (c.kind == "PUNCT" and c.lemma in (",", ":")) or (
                    c.kind in ("SUB", "REL") and c.lemma == "that"):
                k += 1
            elif (aside := self._aside_end(r, k, citing)) is not None:
                k = aside
            elif c.kind == "PREP" and c.lemma in ("on", "in", "at", "via", "through", "during") and k + 1 < n \
                    and chunks[k + 1].kind == "NG" and self._source_phrase(r, k + 1):
                k += 2
                # "in a statement carried by state media", "... published on Telegram", "... issued late on Monday":
                # the statement's own participle phrase
                if k < n and self._statement_participle(r, k - 1, k):
                    k += 1
                    pairs = 0
                    while k < n and pairs < 3 and (chunks[k].kind in ("DATE", "ADV") or (
                            chunks[k].kind == "PREP" and k + 1 < n and chunks[k + 1].kind == "NG")):
                        k += 1 if chunks[k].kind in ("DATE", "ADV") else 2
                        pairs += 1
            else:
                break
        return k if k < n else None

    def _is_statement(self, r: Reading, k: int) -> bool:
        """A statement follows: a that-clause, a quotation, a colon, or a subject with its verb."""
        chunks = r.parse.chunks
        prev = chunks[k - 1] if k > 0 else None
        if prev is not None and (prev.kind in ("QUOTE",) or prev.lemma in (":", "that")):
            return True
        if prev is not None and prev.kind == "VG" and prev.lemma in ("show", "depict", "capture") and \
                k >= 2 and chunks[k - 2].kind in ("NG", "REL"):
            return True  # "posted photos showing troops raising a flag"
        c = chunks[k]
        if c.kind == "VG" and "to" in c.aux:
            return True  # "vowed to retaliate"
        if r.headline and c.kind == "VG" and c.tag == "ing" and not c.aux and prev is not None and prev.kind == "VG":
            return True  # a headline: "Russia says pushing offensive into new region"
        if r.headline and c.kind == "NG" and prev is not None and prev.kind == "VG":
            # a headline's verbless statement: "Officials say dozens among dead in Khan Younis strike" (up to a
            # break: "..., as aid agencies warn of famine")
            end = next((j for j in range(k, len(chunks)) if chunks[j].kind in ("PUNCT", "SUB", "QUOTE")), len(chunks))
            if all(x.kind in _VERBLESS_HEADLINE for x in chunks[k:end]):
                return True
        if c.kind == "VG" and c.finite and prev is not None and prev.kind == "VG":
            # "The allegations, which officials said were ...": the relative pronoun is the statement's subject
            v = prev
            before = chunks[v.index - 2] if v.index >= 2 else None
            if before is not None and before.kind == "REL":
                return True
        for j in range(k, min(len(chunks), k + 8)):
            if chunks[j].kind == "VG":
                v = chunks[j]
                if j > k and not v.finite and not v.aux and v.tag in ("ed", "pp") and chunks[j - 1].kind == "NG" \
                        and j + 1 < len(chunks) and chunks[j + 1].kind == "PREP":
                    continue  # "said a drone launched by Hezbollah was intercepted": a participle on the subject
                return v.finite and j > k
            if chunks[j].kind in ("SUB", "PUNCT") and chunks[j].lemma not in (",",):
                return False
        return False

    def _media_recap(self, r: Reading, subj: list[Chunk], v: Chunk) -> bool:
        """ "As Ukrinform reported earlier, ...": a news outlet recalling a report."""
        chunks = r.parse.chunks
        start = subj[0].index
        if start == 0 or chunks[start - 1].kind != "SUB" or chunks[start - 1].lemma != "as":
            return False
        return self.speakers.is_media(r.parse.text(subj[0]))

    def _subject_phrase(self, r: Reading, subj: list[Chunk], v: Chunk) -> str:
        """The whole subject as written, with its attached phrases and apposition ("X, head of Y,")."""
        tok = r.parse.tokens
        chunks = r.parse.chunks
        if any(c.kind == "VG" and c.finite for c in chunks[subj[-1].index + 1:v.index]):
            # "The governor visited the hospital and said ...": the subject, not its first predicate
            return tok.slice(subj[0].i, subj[-1].j)
        end = v.i
        participle = next((c for c in chunks[subj[-1].index + 1:v.index] if c.kind == "VG" and not c.finite and
                           c.tag in ("ed", "pp") and not c.aux), None)
        if participle is not None and not self._led_by(r, subj[-1], participle):
            end = participle.i  # "a source quoted by RIA said", "rebels backed by Rwanda said": not the participle
        while end > subj[0].j and (r.parse.tags[end - 1] in ("ADV", "PUNCT", "DATE", "HAVE", "BE", "MODAL", "DO",
                                                             "NEG", "QUOTE") or tok.lows[end - 1] in (",",)):
            end -= 1
        if end <= subj[0].i:
            end = subj[-1].j
        return tok.slice(subj[0].i, end)

    @staticmethod
    def _led_by(r: Reading, force: Chunk, participle: Chunk) -> bool:
        """True for a force with no side of its own and a "led by" phrase right after it, which gives it its
        side and so stays in the speaker ("Rebels led by HTS said ..." speak for HTS; "rebels backed by Rwanda"
        do not speak for Rwanda): see :data:`~conflictevents.grammars.base.LED_BY`."""
        chunks = r.parse.chunks
        k = participle.index
        return participle.index == force.index + 1 and participle.lemma in LED_BY and k + 2 < len(chunks) and \
            chunks[k + 1].kind == "PREP" and chunks[k + 1].lemma == "by" and chunks[k + 2].kind == "NG" and \
            r.parse.tokens.lows[force.head] in UNNAMED_FORCES

    def _starts_statement(self, r: Reading, k: int) -> bool:
        """True when the noun group at ``k`` is the subject of a statement ("told him Russia had ..."): a
        finite verb follows it."""
        chunks = r.parse.chunks
        return k + 1 < len(chunks) and chunks[k + 1].kind == "VG" and chunks[k + 1].finite and \
            r.parse.tokens.lows[chunks[k].head] not in ("reporters", "journalists", "him", "her", "them", "us")

    def _source_phrase(self, r: Reading, k: int) -> bool:
        """ "on Telegram", "in a statement", "at a press conference": where it was said."""
        words = set(r.parse.tokens.lows[r.parse.chunks[k].i:r.parse.chunks[k].j])
        return bool(words & {"telegram", "x", "facebook", "statement", "post", "interview", "address", "conference",
                             "briefing", "television", "tv", "media", "website", "video", "speech", "message",
                             "twitter", "instagram", "broadcast", "channel", "remarks", "comments", "radio",
                             "update", "bulletin", "summary", "report", "communique", "communiqué"})

    def _statement_participle(self, r: Reading, doc: int, k: int) -> bool:
        """True when chunk ``k`` is the participle of the statement named at chunk ``doc`` ("a statement carried by
        state media", "a post published on Telegram", "a video address broadcast on television")."""
        chunks = r.parse.chunks
        c = chunks[k]
        return c.kind == "VG" and c.tag in ("ed", "pp") and not c.aux and c.lemma in _STATEMENT_PARTICIPLES and \
            self._source_phrase(r, doc)

    def _tail(self, r: Reading, k: int) -> int | None:
        """Chunk index where a speaker-last tail ends (the sentence end), or ``None`` if a statement follows."""
        chunks = r.parse.chunks
        n = len(chunks)
        words = 0
        while k < n:
            c = chunks[k]
            if c.kind in ("PUNCT", "QUOTE") and c.lemma in (".", "!", "?", '"', "\u201d", "'", "\u2019"):
                k += 1
                continue
            if c.kind == "PUNCT" and c.lemma == ",":
                # ", adding that ...", ", citing ...", ", in a statement": the same attribution goes on
                if k + 1 < n and chunks[k + 1].kind in ("VG", "PREP", "DATE", "ADV"):
                    return n
                if k + 1 >= n:
                    return n
                if chunks[k + 1].kind in ("SUB", "CONJ") and chunks[k + 1].lemma in _CONTENT_SUBS:
                    return n  # "..., A said, while B said ...": a contrasting clause of its own follows
                if chunks[k + 1].kind == "NG" and not any(x.kind == "VG" and x.finite for x in chunks[k + 1:]):
                    # "..., the Pentagon said on Sunday, a rare move": a comment on the statement, no clause
                    return n
                # "S1, X said, S2": the statement goes on after the attribution
                return -1 if words <= 6 else None
            if c.kind == "PUNCT" and c.lemma in _CLAUSE_BREAKS:
                # "..., the air force says; 87 drones were shot down", "..., the ministry claimed on Sunday; Kyiv
                # rejected the claim": a clause of its own follows
                return k
            if c.kind in ("DATE", "ADV"):
                k += 1
                continue
            if c.kind in ("PREP", "SUB") and c.lemma in _TAIL_PREPS and k + 1 < n and chunks[k + 1].kind == "NG" and \
                    words < 10 and not (k + 2 < n and chunks[k + 2].kind == "VG"):  # ("after talks with X")
                words += chunks[k + 1].j - chunks[k + 1].i
                k += 2
                continue
            if c.kind == "PREP" and c.lemma in _TAIL_PREPS and k + 2 < n and chunks[k + 1].kind == "NG" and \
                    words < 10 and self._statement_participle(r, k + 1, k + 2):
                # "..., the ministry said in a statement read on state television": how it came out, no statement
                words += chunks[k + 1].j - chunks[k + 1].i + 1
                k += 3
                continue
            if c.kind == "NG" and words < 8 and k > 0 and chunks[k - 1].kind == "VG" and \
                    chunks[k - 1].lemma in _ADDRESSEE_VERBS:
                words += c.j - c.i
                k += 1  # "..., the governor told reporters."
                continue
            return None
        return n

    @staticmethod
    def _second_statement(r: Reading, m: FrameMatch) -> bool:
        """True for a reporting verb after "and"/"but" whose subject is the speaker's ("said it had hit X and
        denied targeting civilians": the verb's subject is a pronoun or none)."""
        return second_statement(r.parse, m)

    def _content_end(self, r: Reading, k: int) -> int:
        chunks = r.parse.chunks
        n = len(chunks)
        j = k
        first = True
        # "said it had hit X and denied targeting civilians": a second reporting verb after "and" is a second
        # statement of the same speaker
        again = {m.trigger.index for m in r.matches if m.trigger.index > k and self._second_statement(r, m)}
        while j < n:
            c = chunks[j]
            if c.kind == "PUNCT" and c.lemma in _CONTENT_BREAKS and not first:
                break
            if c.kind in ("SUB", "CONJ") and c.lemma in _CONTENT_SUBS and j > k:
                break
            if c.kind == "CONJ" and j + 1 in again:
                break
            if c.kind == "CONJ" and j > k and chunks[j - 1].lemma == "," and j + 2 < n and \
                    chunks[j + 1].kind == "NG" and chunks[j + 2].kind == "VG" and chunks[j + 2].finite:
                break  # "..., and the general staff said ...": another statement
            first = False
            j += 1
        end = r.chars(chunks[min(j, n) - 1].i, chunks[min(j, n) - 1].j)[1] if j > k else r.chars(chunks[k].i,
                                                                                                 chunks[k].j)[1]
        while end > 0 and r.text[end - 1] in " .,;:":
            end -= 1
        return end

    def _participle(self, r: Reading, m: FrameMatch, stance: str, verb: str) -> list[Draft]:
        """ "..., claiming to have struck ...": the sentence's subject speaks."""
        p = r.parse
        v = m.trigger
        if v.lemma not in _PARTICIPLES or v.index == 0:
            return []
        prev = p.chunks[v.index - 1]
        quoted = self._quoted_as(r, v.index)
        if quoted is not None:
            return self._quoted_claim(r, v, quoted, stance, verb)
        if self._absolute_speaker(r, v.index):
            # "..., with Afghan officials saying Pakistani shells had killed 12": the noun group after "with" speaks
            subj = [prev]
            phrase = p.text(prev)
        else:
            if not (prev.kind == "PUNCT" and prev.lemma == ","):
                return []
            subj = inherited_subject(p, v)
            if not subj:
                return []
            main = next((c for c in p.chunks[subj[-1].index + 1:v.index] if c.kind == "VG"), None)
            phrase = self._subject_phrase(r, subj, main) if main is not None else p.text(subj[0])
        found = self._speaker(r, phrase)
        if found is None:
            return []
        k = v.index + 1
        chunks = p.chunks
        while k < len(chunks) and (chunks[k].kind in ("SUB", "REL") and chunks[k].lemma == "that"):
            k += 1
        if k >= len(chunks):
            return []
        c_start = r.chars(chunks[k].i, chunks[k].j)[0]
        c_end = self._content_end(r, k)
        if v.lemma == "deny":
            stance = "denies"
        start = r.chars(subj[0].i, subj[0].j)[0] if subj[0].index == v.index - 1 else r.chars(v.i, v.j)[0]
        return self._drafts(r, "claim.participle", start, c_end, found, verb, stance, (c_start, c_end), subj, phrase)

    @staticmethod
    def _quoted_as(r: Reading, k: int) -> tuple[Chunk, Chunk] | None:
        """``(speaker, quoting verb)`` for a participle at chunk ``k`` after "as" that a verb of quoting governs: the
        object of "RIA quoted the defence ministry as saying", the subject of "Shoigu was quoted (by TASS) as
        saying" (:data:`_QUOTING_VERBS`); ``None`` otherwise."""
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        if k < 3 or chunks[k - 1].lemma != "as" or chunks[k - 1].kind not in ("SUB", "PREP"):
            return None
        x = k - 2
        if chunks[x].kind == "NG" and chunks[x - 1].kind == "VG" and lows[chunks[x - 1].head] in _QUOTING_VERBS and \
                chunks[x - 1].voice != "passive":
            return chunks[x], chunks[x - 1]  # "RIA quoted the defence ministry as saying"
        if x >= 2 and chunks[x].kind == "NG" and chunks[x - 1].kind == "PREP" and chunks[x - 1].lemma == "by":
            x -= 2  # "was quoted by TASS as saying"
        v = chunks[x]
        if v.kind == "VG" and lows[v.head] in _QUOTING_VERBS and v.voice == "passive":
            subj = subject(r.parse, v)
            return (subj[0], v) if subj else None
        return None

    def _quoted_claim(self, r: Reading, v: Chunk, quoted: tuple[Chunk, Chunk], stance: str,
                      verb: str) -> list[Draft]:
        """The claim of a speaker quoted "as saying" (:meth:`_quoted_as`): what follows the participle, or, at
        the sentence's end, the clause before the report ("Russian forces took X, Interfax quoted the ministry
        as saying")."""
        chunks = r.parse.chunks
        speaker, quoting = quoted
        phrase = r.parse.text(speaker)
        found = self._speaker(r, phrase)
        if found is None:
            return []
        k = v.index + 1
        while k < len(chunks) and (chunks[k].kind in ("SUB", "REL") and chunks[k].lemma == "that"):
            k += 1
        rest = k
        while rest < len(chunks) and chunks[rest].kind in ("DATE", "ADV"):
            rest += 1  # "..., RIA quoted the ministry as saying on Friday."
        if rest < len(chunks) and not (chunks[rest].kind == "PUNCT" and chunks[rest].lemma in (".", "!", "?")):
            c_start = r.chars(chunks[k].i, chunks[k].j)[0]
            c_end = self._content_end(r, k)
            start = r.chars(chunks[0].i, chunks[0].j)[0] if quoting.index <= 2 else r.chars(speaker.i, speaker.j)[0]
            return self._drafts(r, "claim.participle", start, c_end, found, verb, stance, (c_start, c_end),
                                [speaker], phrase)
        # speaker last: the statement is the clause before the comma that opens the report
        opener = next((c for c in reversed(chunks[:quoting.index]) if c.kind == "PUNCT" and c.lemma == ","), None)
        if opener is None or opener.i == 0:
            return []
        end = r.chars(v.i, v.j)[1]
        return self._drafts(r, "claim.speaker-last", 0, end, found, verb, stance, (0, r.chars(0, opener.i)[1]),
                            [speaker], phrase)

    @staticmethod
    def _absolute_speaker(r: Reading, k: int) -> bool:
        """True when the participle at chunk ``k`` has its own subject after "with" ("..., with Afghan officials
        saying ...", "with the army claiming ..."): an absolute phrase, whose noun group is the speaker."""
        chunks = r.parse.chunks
        return k >= 2 and chunks[k - 1].kind == "NG" and chunks[k - 2].kind == "PREP" and chunks[k - 2].lemma == "with"

    def _according(self, r: Reading, taken: list[tuple[int, int]]) -> Draft | None:
        """ "... according to X" / "According to X, ...": X speaks."""
        p = r.parse
        lows = p.tokens.lows
        n = len(lows)
        for t in [k for k, w in enumerate(lows[:n - 2]) if w in _ATTRIBUTION_FIRSTS]:  # (words that open one)
            words = next((w for w in _ATTRIBUTION_WORDS if tuple(lows[t:t + len(w)]) == w), None)
            if words is not None:
                s = p.tokens.starts[t]
                if any(a <= s < b for a, b in taken):
                    return None
                if t <= 3 and lows[0] in ("that", "this", "that's", "this's", "it") and lows[1] in ("'s", "is", "was"):
                    return None  # "That's according to ...": a pointer to the source of what came before
                citing = words in _CITING_WORDS
                if citing and (taken or t == 0 or lows[t - 1] != ","):
                    # "..., Russian media reported, citing the governor": only when no claimant spoke already
                    continue
                k = t + len(words)
                j = k
                while j < n and lows[j] not in (",", ".", ";", ":", "\u2014", "\u2013", "(", ")") and j - k < 25:
                    j += 1
                if j == k:
                    return None
                phrase = p.tokens.slice(k, j)
                found = self.speakers.resolve(r, phrase)
                if found is None:
                    return None
                end = p.tokens.ends[j - 1]
                verb = " ".join(words)
                if citing and j + 1 < n and lows[j] == "," and lows[j + 1] == "that":
                    # "Russian media reported, citing the governor, that ...": the that-clause is the statement
                    c_start = p.tokens.starts[j + 2] if j + 2 < n else len(r.text)
                    c_end = len(r.text.rstrip(" ."))
                    return self._draft(r, "claim.according-to", 0, c_end, found, verb, "asserts", (c_start, c_end),
                                       phrase)
                if t > 0:  # "..., according to X": the claim runs from the start to the speaker
                    content = (0, p.tokens.starts[t]) if j >= n - 1 else (0, len(r.text))
                    span = (0, end) if j >= n - 1 else (0, len(r.text.rstrip(" .")))
                else:  # "According to X, ...": the statement is the clause that follows
                    c_start = p.tokens.starts[j + 1] if j + 1 < n else end
                    ci, cj = r.clause_of(min(j + 1, n - 1))
                    c_end = r.chars(ci, cj)[1]
                    while c_end > c_start and r.text[c_end - 1] in " .,;:":
                        c_end -= 1
                    content, span = (c_start, c_end), (0, c_end)
                return self._draft(r, "claim.according-to", span[0], span[1], found, verb, "asserts", content,
                                   phrase)
        return None

    def _colon(self, r: Reading) -> Draft | None:
        """A speaker label before a colon: a headline's "Zelensky: Russia launched 500 drones", a transcript's
        "PESKOV: We have proposed talks ...", "A (Deputy Foreign Minister X): ...", a release's "Ministry of
        Defence of Ukraine: Our forces ...", "IDF statement: ..." (:meth:`_label_speaker`). What follows speaks
        for the label's side ("our forces" are its forces)."""
        p = r.parse
        chunks = p.chunks
        if len(chunks) < 3:
            return None
        k = next((k for k, c in enumerate(chunks[:_LABEL_CHUNKS]) if c.kind == "PUNCT" and c.lemma == ":"), None)
        if k is None or k == 0 or k + 1 >= len(chunks) or chunks[0].kind != "NG":
            return None
        # (noun groups only, with their prepositions and brackets: not "The message was clear: ..."; a name's
        # word the tagger took for an adverb, "Ambassador Vassily Nebenzia")
        if any(c.kind not in ("NG", "PREP", "CONJ") and (c.kind != "PUNCT" or c.lemma not in _LABEL_PUNCT) and
               (c.kind != "ADV" or not p.text(c)[:1].isupper()) for c in chunks[:k]):
            return None
        colon_at = r.chars(chunks[k].i, chunks[k].j)[0]
        if colon_at > _LABEL_MAX or not r.text[colon_at + 1:colon_at + 2].isspace() or r.text.rstrip().endswith("?"):
            return None  # (a question asserts nothing: "SENATOR X: Minister, how many ...?")
        label = self._label_speaker(r, r.text[:colon_at], quoted=chunks[k + 1].kind == "QUOTE")
        if label is None:
            return None
        phrase, found = label
        c_start = r.chars(chunks[k + 1].i, chunks[k + 1].j)[0]
        return self._draft(r, "claim.colon", 0, len(r.text.rstrip(" .")), found, "says", "asserts",
                           (c_start, len(r.text)), phrase)

    def _dash_credit(self, r: Reading) -> Draft | None:
        """A headline credited after a dash or a colon: "Russian forces liberate X in DPR — Defense Ministry",
        "Kiev regime shells Gorlovka, two killed - mayor", "Nine terrorists killed in Khyber operation: ISPR". The credit, a few words of noun groups with no
        closing full stop, is read as a colon label is (:meth:`_label_speaker`); what comes before it is said."""
        p = r.parse
        lows = p.tokens.lows
        n = len(lows)
        if n < 4 or r.text.rstrip().endswith((".", "?", "!", '"', "”")):
            return None  # (a headline has no closing full stop; a body sentence's aside is no credit)
        d = next((k for k in range(n - 1, max(0, n - _CREDIT_TOKENS - 1), -1) if lows[k] in _CREDIT_MARKS), None)
        if d is None or d < 2:
            return None
        dash_at = p.tokens.starts[d]
        if lows[d] != ":" and not (r.text[dash_at - 1:dash_at].isspace() and r.text[dash_at + 1:dash_at + 2].isspace()):
            return None  # ("Su-27", "pro-Russian": a hyphen inside a word)
        k = p.chunk_of[d]
        if k + 1 >= len(p.chunks) or any(c.kind not in ("NG", "PREP") for c in p.chunks[k + 1:]):
            return None  # (noun groups only after the dash: not "... - and it worked")
        if lows[d] == ":" and not any(c.kind == "VG" for c in p.chunks[:k - 1]):
            return None  # (a statement with its verb before a colon: not "Russia-Ukraine war live: Zelensky")
        label = self._label_speaker(r, r.text[p.tokens.starts[d + 1]:p.tokens.ends[n - 1]], sideless=True)
        if label is None:
            return None
        phrase, found = label
        end = len(r.text.rstrip())
        return self._draft(r, "claim.dash-credit", 0, end, found, "says", "asserts", (0, dash_at), phrase)

    def _label_speaker(self, r: Reading, label: str, quoted: bool = False,
                       sideless: bool = False) -> tuple[str, tuple[str | None, str | None]] | None:
        """The speaker phrase of a label before a colon and its ``(source, actor)``, or ``None`` when the label
        names no person, title or body: "Key points", "Defence news" (an official word that is not the label's
        head, its last word before a preposition), a country's name as a roundup's heading ("Sudan: ...").

        A transcript's prompt gives way to the speaker in brackets ("A (Minister X)"); a bracketed state is the
        side ("Ambassador X (Russian Federation)"); a document word before or after a body's name ("IDF
        statement", "Statement from the Ukrainian Air Force": the body speaks); a label in capitals is read in
        title case ("SECRETARY RUBIO"). With ``quoted`` (the colon opens a quotation), a side's name will do:
        'IDF: "We struck 40 targets overnight"', 'Hamas: "..."'. With ``sideless``, a body the sentence gives no
        side ("Defense Ministry") is kept, for the story to settle as it does for "..., the Defense Ministry said"."""
        outer, _, rest = label.partition("(")
        inner, _, after = rest.partition(")")
        outer, inner = outer.strip(" ,"), inner.strip()
        if after.strip(" ,") or ("(" in label) != bool(inner):
            return None  # (one bracket, closing the label)
        if outer.lower() in _LABEL_PROMPTS:
            if not inner:
                return None
            outer, inner = inner, ""
        capitals = outer if not any(ch.islower() for ch in outer) else ""
        # a credit that is one body's acronym: "...: ISPR", "... - IDF" (read as written, not in title case)
        acronym = sideless and capitals and " " not in capitals and self.lex.actors.named(capitals) is not None
        if capitals and not acronym:
            outer = " ".join(w if len(w) <= 3 and w not in _CAPITAL_TITLES else w.capitalize()
                             for w in outer.split(" "))
        words = outer.split(" ")
        document = len(words) > 1 and words[-1].lower() in _LABEL_DOCUMENTS
        if document:
            outer = " ".join(words[:-1])  # "IDF statement": the IDF speaks
        else:
            lead = next((k for k, w in enumerate(words[:3]) if w.lower() in _LABEL_DOCUMENTS), None)
            if lead is not None and len(words) > lead + 2 and words[lead + 1].lower() in _LABEL_DOCUMENT_OF:
                # "Statement from the Ukrainian Air Force", "Joint statement by the General Staff": the body speaks
                outer, document = " ".join(words[lead + 2:]), True
        actors = self.lex.actors
        low = outer.lower().split(" ")
        cut = next((k for k, w in enumerate(low) if w in _LABEL_PREPS), len(low))
        head_phrase = " ".join(outer.split(" ")[:cut])  # "Ministry" of "Ministry of Defence of Ukraine"
        head = head_phrase.split(" ")[-1] if head_phrase else ""
        official = self.speakers.official
        if not (actors.person(outer) is not None or actors.titled(outer) is not None or
                # the label's head is an official's or a body's word ("Ministry of Defence of X")
                (official.fullmatch(head) is not None and head.lower() not in _NOT_LABEL_HEADS) or
                # a title before a name ("Colonel Ivan Petrov")
                (head[:1].isupper() and self.speakers.title_of(head_phrase) != "") or
                ((document or quoted) and actors.named(outer) is not None) or acronym):
            return None
        found = self.speakers.resolve(r, outer)
        if found is not None and inner and actors.person(outer) is None and not official.search(inner):
            side = actors.named(inner)  # "Ambassador X (Russian Federation)": the side in brackets, not the story's
            found = (found[0], side) if side is not None else found
        if (found is None or found[1] is None) and inner:
            found = self.speakers.resolve(r, inner)  # "The Minister for the Armed Forces (Luke Pollard)"
        if found is None or (found[1] is None and not sideless):
            return None
        source = found[0]
        if capitals and source and source in outer:
            at = outer.index(source)
            source = capitals[at:at + len(source)]  # (the speaker as written: "WHO CHIEF", "PESKOV")
        return outer, (source, found[1])

    def _reciprocal(self, r: Reading, m: Any) -> list[Draft]:
        sides: list[str] = []
        written: dict[str, str] = {}
        start = m.start()
        if m.group("a") and m.group("b"):
            sides = [x for x in (self.lex.actors.resolve(m.group("a")), self.lex.actors.resolve(m.group("b"))) if x]
        elif m.group("verb"):
            # "Sudan's army and the RSF traded accusations": the two sides of the verb's subject
            t = r.parse.tokens.index_at(m.start("verb"))
            v = next((c for c in r.parse.chunks if c.kind == "VG" and c.i <= t < c.j), None)
            subj = subject(r.parse, v) if v is not None else []
            for c in subj:
                found = self.speakers.resolve(r, r.parse.text(c))
                if found is not None and found[1] and found[1] not in sides:
                    sides.append(found[1])
                    written[found[1]] = found[0] or found[1]
            if len(sides) != 2:
                return []
            start = r.chars(subj[0].i, subj[0].j)[0]
        if len(sides) < 2:
            sides = r.story.parties(2)
        t = r.parse.tokens.index_at(m.start())
        ci, cj = r.clause_of(t)
        end = r.chars(ci, cj)[1]
        # "traded accusations on Sunday": the day right after the verb is the day of the accusations
        date = next((d for d in r.parse.mentions if d.kind is Kind.DATE and m.end() <= d.start <= m.end() + 2), None)
        return [Draft("claim", "claim.reciprocal", start, end,
                      {"source": written.get(side, side), "actor": side, "verb": "accused", "stance": "asserts"},
                      sentence=r.index, content=(m.end(), end), date_mention=date) for side in sides]

    # ------------------------------------------------------------------ speakers and drafts
    def _joint_sides(self, r: Reading, phrase: str) -> list[str]:
        """The sides a joint speaker speaks for, in the order named: "the British and French defence ministers"
        (the sides the phrase names), "both sides", "the two countries' defence ministers" (the pair the
        sentence names with "X and Y", else the story's negotiators or its two most named parties)."""
        at = r.text.find(phrase)
        if at < 0:
            return []
        inside = [m for m in r.parse.mentions if m.kind is Kind.ACTOR and at <= m.start and m.end <= at + len(phrase)]
        if len(inside) == 2 and r.text[inside[0].end:inside[1].start] == " and " and \
                self.speakers.official.search(phrase, inside[1].end - at):
            return [str(m.value) for m in inside]  # "the British and French defence ministers"
        pair = _PAIR_SPEAKER.match(phrase)
        if pair is None or inside or phrase[pair.end():].strip()[:1] not in ("", "'", "\u2019"):
            return []  # (the pair is the speaker, or owns it: not "the two countries Western governments ...")
        actors = [m for m in r.parse.mentions if m.kind is Kind.ACTOR and self.lex.actors.kind.get(str(m.value))]
        for a, b in zip(actors, actors[1:]):
            if r.text[a.end:b.start] == " and " and str(a.value) != str(b.value):
                return [str(a.value), str(b.value)]  # "India and Pakistan agreed ..., and both sides confirmed"
        both = r.story.negotiators[0] if r.story.negotiators is not None else tuple(r.story.parties(2))
        return list(both) if len(both) == 2 else []

    def _speaker(self, r: Reading, phrase: str) -> tuple[str | None, str | None] | None:
        joint = self._joint_sides(r, phrase)
        if joint:
            # (one actor: the first-named side; "both sides" gives a claim for each, see _drafts)
            return str(_ARTICLE.sub("", phrase.strip())), joint[0]
        found = self.speakers.resolve(r, phrase)
        if found is None:
            self.speakers.record_silent(r, phrase)  # "he said" after a witness is no claimant either
        return found

    def _drafts(self, r: Reading, rule: str, start: int, end: int, found: tuple[str | None, str | None], verb: str,
                stance: str, content: tuple[int, int], speaker_chunks: list[Chunk], phrase: str) -> list[Draft]:
        # "India and Pakistan agreed to a truce, and both sides confirmed it": one claim per side of the pair
        if len(speaker_chunks) == 1 and is_pair(r.parse, speaker_chunks[0]) and \
                _PAIR_SPEAKER.fullmatch(phrase.strip()):
            # (not "the two countries' defence ministers": one speaker phrase, one actor, the first-named side)
            sides = self._joint_sides(r, phrase)
            if len(sides) == 2:
                return [self._draft(r, rule, start, end, (found[0], side), verb, stance, content, phrase)
                        for side in sides]
        first = speaker_chunks[0]
        if len(speaker_chunks) > 1 and any(m.kind is Kind.ACTOR and m.form == "adjective" and m.j == first.j
                                           for m in first.mentions):
            # "the British and French defence ministers said": one speaker phrase (its sides share the head), one
            # actor, the first-named side (an adjective alone is no speaker of its own)
            sides = self._joint_sides(r, phrase)
            if sides:
                return [self._draft(r, rule, start, end, (str(_ARTICLE.sub("", phrase.strip())), sides[0]), verb,
                                    stance, content, phrase)]
        # "The US and Britain announced ...": one claim per party (not "Hezbollah, the Lebanese armed group,
        # said": an apposition, with no "and" between them)
        if len(speaker_chunks) > 1 and any(c.kind == "CONJ" for c in r.parse.chunks[
                speaker_chunks[0].index:speaker_chunks[-1].index]):
            parties: list[tuple[str | None, str | None]] = []
            for c in speaker_chunks:
                one = self.speakers.resolve(r, r.parse.text(c))
                if one is not None and one[1] and all(one[1] != o[1] for o in parties):
                    parties.append(one)
            if len(parties) > 1:
                return [self._draft(r, rule, start, end, one, verb, stance, content, r.parse.text(c))
                        for one, c in zip(parties, speaker_chunks)]
        return [self._draft(r, rule, start, end, found, verb, stance, content, phrase)]

    def _draft(self, r: Reading, rule: str, start: int, end: int, found: tuple[str | None, str | None], verb: str,
               stance: str, content: tuple[int, int], phrase: str, record: bool = True) -> Draft:
        """A claim draft; its speaker is remembered for the sentences that follow unless ``record`` is false (the
        other side's claim a denial names: "the ministry said" next is still the denier)."""
        source, actor = found
        if stance == "asserts" and self._negative_statement(r, content):
            stance = "denies"  # '"No missiles hit Kyiv," the air force said', as "said that no missiles hit Kyiv"
        if record:
            self.speakers.record(r, source, actor, phrase)
        while end > start and r.text[end - 1] in " .,;:":
            end -= 1
        date = None
        # "The RSF, which has fought the army since April 2023, said on Friday": the aside's date is not the day
        # of the statement
        asides = [a.span() for a in _RELATIVE_ASIDE.finditer(r.text, start, max(start, content[0]))] \
            if "," in r.text else []
        for d in r.parse.mentions:
            if d.kind is Kind.DATE and start <= d.start and d.end <= max(end, content[1]) + 40 and \
                    not (content[0] <= d.start and d.end <= content[1]) and \
                    not any(a <= d.start and d.end <= b for a, b in asides):
                date = d
                break
        names_party = any(m.kind in (Kind.ACTOR, Kind.PLACE, Kind.WEAPON) and content[0] <= m.start < content[1]
                          for m in r.parse.mentions)
        # "said it had eliminated a Hezbollah operative": an armed group named in what is said makes it about the
        # conflict (pipeline ``_relevant``)
        names_armed_group = any(m.kind is Kind.ACTOR and content[0] <= m.start < content[1] and
                                self.lex.actors.kind.get(str(m.value)) == "armed_group" for m in r.parse.mentions)
        return Draft("claim", rule, start, end, {"source": source, "actor": actor, "verb": verb, "stance": stance},
                     sentence=r.index, content=content, date_mention=date,
                     extra={"story_cues": r.story.conflict_cues, "doc_cues": r.story.doc_cues,
                            "doc_strong_cues": r.story.doc_strong_cues, "truce_story": r.story.doc_truce or (
                                r.story.doc_exchange and "agreement" in r.story.diplomacy),
                            "names_party": names_party, "names_armed_group": names_armed_group, "trade_story": r.story.doc_trade, "official": bool(self.speakers.official.search(phrase))})

    @staticmethod
    def _negative_statement(r: Reading, content: tuple[int, int]) -> bool:
        """True when what is said is negated, quoted or not: it opens with a denial (:data:`_DENIAL_CONTENT`), or
        its first verb is an event's (:data:`_DENIABLE_EVENTS`) and negated ('"We did not strike any civilian
        targets," ...'), or that verb's subject opens with "no" ('"No Ukrainian troops remain in Kursk," ...')."""
        text = r.text[content[0]:content[1]].lstrip(" \"'\u201c\u2018")
        if _DENIAL_CONTENT.match(text):
            return _ZERO_TOLL.match(text) is None  # ("there were no injuries": a toll of none, reported, no denial)
        chunks = r.parse.chunks
        first = next((c for c in chunks if c.kind == "VG" and content[0] <= r.chars(c.i, c.j)[0] < content[1]), None)
        if first is None or not first.finite or not any(m.trigger is first and m.type in _DENIABLE_EVENTS
                                                        for m in r.matches):
            return False  # (a negated event: not "the proposal did not meet its demands", an assessment)
        if first.neg:
            return True
        subj = subject(r.parse, first)
        return first.voice == "active" and bool(subj) and r.chars(subj[0].i, subj[0].j)[0] >= content[0] and \
            r.parse.tokens.lows[subj[0].i] in _NEGATIVE_SUBJECTS

    def about_conflict(self, text: str) -> bool:
        """True when a statement has a word about the conflict."""
        return self.speakers.about_conflict(text)
