"""Relations between phrases: subjects, objects, prepositional phrases, lists, clauses.

These are the generic, domain-free readings the frame matcher maps to roles:

* :func:`subject` of a verb group: the noun group before it, past a chain of
  prepositional phrases ("Troops from the 93rd brigade captured"), an
  apposition or relative clause between commas ("Russia, which ..., said"),
  through a relative pronoun ("forces that captured"), or inherited by a
  coordinated or participial verb ("..., and captured", "..., killing");
* :func:`object_of` a verb group, also through a relative pronoun ("the
  village that Russia captured");
* :func:`prepositional_phrases` after a phrase, to the end of its clause;
* :func:`group`: a list of noun groups joined by commas and "and";
* :func:`clause_bounds`: the clause a token lies in.
"""

from __future__ import annotations

from ..mentions.types import Kind
from ..mentions.words import ASSET_NOUNS, DISTANCE_UNITS, FORCE_NOUNS, PAIR_HEADS, POSTED_TO_HEADS
from .chunks import Chunk, Parse
from .words import DIRECTIONS

__all__ = ["subject", "object_of", "prepositional_phrases", "group", "clause_bounds", "clauses", "by_agent",
           "refers_out", "OUTWARD_PRONOUNS", "VAGUE_PARTS",
           "is_pair", "refers_back"]

_ATTACH = frozenset({"of", "from", "in", "at", "with", "near", "on", "under", "across", "inside", "along",
                     "around", "outside"})
_TIME_UNITS = frozenset({"days", "weeks", "months", "years", "hours", "day", "week", "month", "year"})
_CONTRAST = frozenset({"while", "whereas", "although", "though"})
#: Verbs of saying or believing that may sit inside a relative clause as a parenthesis: "which it said killed 30".
_PARENTHETICAL_REPORTS = frozenset({"say", "claim", "believe", "think", "report", "allege", "estimate", "fear",
                                    "suspect", "know"})
_APPOSITION_OPENERS = frozenset({"NG", "REL", "VG", "PREP", "ADV", "DATE"})


_LIST_HEADS = frozenset({"villages", "towns", "settlements", "cities", "regions", "places", "localities",
                         "countries", "states", "nations", "leaders", "ministers", "officials", "allies",
                         "partners", "members"})
#: Heads of "X of A and B" whose "of" list names several sides: "the foreign ministers of India and Pakistan met",
#: "the leaders of Armenia and Azerbaijan held talks" (unlike "a trip to Ukraine and Trump set to meet").
_OF_LIST_HEADS = _LIST_HEADS | frozenset({"minister", "leader", "heads", "chiefs", "presidents", "envoys",
                                          "delegations", "representatives", "negotiators", "diplomats",
                                          "governments", "armies", "militaries", "forces", "troops", "delegates",
                                          # "the DGMOs of India and Pakistan spoke over the hotline", "the
                                          # Directors General of Military Operations of India and Pakistan"
                                          "dgmos", "commanders", "generals", "officers", "general"})
_PARTITIVE_HEADS = frozenset({"most", "some", "all", "none", "many", "several", "dozens", "hundreds", "thousands",
                              "half", "part", "parts", "one", "each", "both", "majority", "rest", "remainder",
                              "total"})  # "a total of 267 drones were launched"


def _partitive(p: Parse, c: Chunk) -> bool:
    """A noun group that is only a count or a part ("41", "most", "the majority"): its "of" phrase is its head."""
    if c.lemma in _PARTITIVE_HEADS:
        return True
    return any(m.kind.value == "quantity" and m.i <= c.head < m.j for m in c.mentions) and c.j - c.i <= 4 and \
        all(p.tags[t] in ("N", "DET") for t in range(c.i, c.j))


#: Pronouns of a partitive that point past the sentence: "Air defences downed 85 of them", "Of those, 60 were shot
#: down" (the things counted are the previous sentence's).
OUTWARD_PRONOUNS = frozenset({"them", "those", "these"})


def refers_out(p: Parse, c: Chunk) -> bool:
    """A bare count whose things are named in an earlier sentence: "85 of them", "(Of those,) 60 were shot down"
    (:data:`OUTWARD_PRONOUNS`), or a part with no count ("most of them"); the reader of the frame checks that the
    story named them."""
    if not refers_back(p, c):
        return False
    lows = p.tokens.lows
    if c.j + 1 < len(lows) and lows[c.j] == "of" and lows[c.j + 1] in OUTWARD_PRONOUNS:
        return True
    if _vague_part_of(p, c):
        return True
    return len(lows) > 2 and lows[0] == "of" and lows[1] in OUTWARD_PRONOUNS and c.i > 1


#: Parts with no count that can stand for things counted before: "shot down most of them", "several of which".
VAGUE_PARTS = frozenset({"most", "some", "many", "several", "all", "half", "majority", "bulk"})


def _vague_part_of(p: Parse, c: Chunk) -> bool:
    """ "most of them", "several of those", "the majority of which": a noun group that is only a part with no count
    (its "of" may be chunked with it), then "of" and a pronoun that points back; or that pronoun itself."""
    lows = p.tokens.lows
    i, j = c.i, c.j
    if j - i == 1 and lows[i] in OUTWARD_PRONOUNS | {"which"} and i >= 2 and lows[i - 1] == "of":
        return lows[i - 2] in VAGUE_PARTS  # the pronoun read as the part's head ("most of [them]")
    if j - i > 1 and lows[j - 1] == "of":
        j -= 1  # ("several of" read as one group)
        nxt = j + 1
    else:
        nxt = j + 2 if j < len(lows) and lows[j] == "of" else -1
    if 0 < nxt < len(lows) and lows[nxt] in OUTWARD_PRONOUNS | {"which"}:
        words = lows[i + 1:j] if lows[i] == "the" else lows[i:j]
        return len(words) == 1 and words[0] in VAGUE_PARTS
    return False


def refers_back(p: Parse, c: Chunk) -> bool:
    """A count that stands for things named before it: "of which 88", or a noun group that is only a count
    ("60 were shot down"), or only a part with no count before "of them" ("most of them")."""
    lows = p.tokens.lows
    if not any(m.kind is Kind.QUANTITY for m in c.mentions):
        return _vague_part_of(p, c)
    if "which" in lows[max(0, c.i - 2):c.j + 2]:
        return True
    return any(m.kind is Kind.QUANTITY and m.i == c.i and m.j == c.j for m in c.mentions)


def group(p: Parse, k: int) -> list[Chunk]:
    """The noun group at ``k`` with the noun groups listed after it ("X, Y and Z").

    A count or part comes with its "of" phrase: "41 of the drones", "most of the missiles".
    """
    chunks = p.chunks
    out = [chunks[k]]
    m = k + 1
    n = len(chunks)
    if m + 1 < n and chunks[m].kind == "PREP" and chunks[m].lemma == "of" and chunks[m + 1].kind == "NG" and \
            _partitive(p, chunks[k]):
        out.append(chunks[m + 1])
        m += 2
    if m + 1 < n and chunks[m].kind == "PUNCT" and chunks[m].lemma == "," and chunks[m + 1].kind == "NG" and \
            p.tokens.lows[chunks[k].head] in _LIST_HEADS and \
            not any(x.kind.value == "place" for x in chunks[k].mentions) and \
            any(x.kind.value == "place" for x in chunks[m + 1].mentions):
        # "two small villages, Zaporizke and Novohryhorivka": the names of what was counted
        out.append(chunks[m + 1])
        m += 2
    while m < n:
        c = chunks[m]
        if c.kind == "CONJ" and c.lemma in ("and", "or") and m + 1 < n and chunks[m + 1].kind == "NG":
            if m + 2 < n and chunks[m + 2].kind == "VG" and chunks[m + 2].finite and chunks[m + 2].tag != "ing" and \
                    out[0].index > 0 and chunks[out[0].index - 1].kind == "PREP" and len(out) == 1 and \
                    chunks[out[0].index - 1].lemma not in ("between", "among", "amongst") and not (
                    chunks[out[0].index - 1].lemma in ("of", "from") and out[0].index >= 2 and
                    chunks[out[0].index - 2].kind == "NG" and
                    p.tokens.lows[chunks[out[0].index - 2].head] in _OF_LIST_HEADS):
                # "a trip to Ukraine and Trump set to meet ...": a new clause, not a second place (but "talks
                # between Israel and Hamas stalled", "ministers of X, Y and Z met", "envoys from X and Y met": the
                # list goes on)
                break
            out.append(chunks[m + 1])
            m += 2
            break
        if c.kind == "PUNCT" and c.lemma == "," and m + 1 < n and not _fronted_phrase_ends(p, out[0], m):
            nxt = chunks[m + 1]
            if nxt.kind == "CONJ" and nxt.lemma in ("and", "or") and m + 2 < n and chunks[m + 2].kind == "NG":
                out.append(chunks[m + 2])
                m += 3
                break
            if nxt.kind == "NG" and m + 2 < n and (chunks[m + 2].kind == "CONJ" or (
                    chunks[m + 2].kind == "PUNCT" and chunks[m + 2].lemma == ",")):
                out.append(nxt)
                m += 2
                continue
            if nxt.kind == "NG" and m + 2 < n and chunks[m + 2].kind == "PREP" and \
                    chunks[m + 2].lemma in _MOVED_TO and _forces(p, out[-1]) and _forces(p, nxt):
                out.append(nxt)  # a headline's "moves troops, artillery to the border": forces listed with no "and"
                m += 2
                continue
            if out[0].index == 0 and _bare_name(nxt) and all(_bare_name(x) for x in out) and m + 2 < n and \
                    chunks[m + 2].kind == "VG" and chunks[m + 2].finite:
                out.append(nxt)  # a headline's "Congo, Rwanda sign peace deal"
                m += 2
                continue
            if len(out) == 1 and out[0].index > 0 and chunks[out[0].index - 1].kind == "VG" and nxt.kind == "NG" and \
                    m + 2 < n and chunks[m + 2].kind == "PREP" and _headline(p):
                out.append(nxt)  # a headline's objects: "US rushes bombers, fighter jets to Middle East"
                m += 2
                continue
        break
    return out


#: Prepositions of where a list of forces is sent ("sends tanks, air defence systems to Belarus").
_MOVED_TO = frozenset({"to", "into", "toward", "towards"})


def _forces(p: Parse, c: Chunk) -> bool:
    """A noun group that names forces or military assets ("troops", "armoured vehicles", "fighter jets")."""
    head = p.tokens.lows[c.head]
    return head in FORCE_NOUNS or head in ASSET_NOUNS or any(m.kind is Kind.WEAPON for m in c.mentions)


def _headline(p: Parse) -> bool:
    """True for a sentence with no closing stop, as a headline is written ("US rushes bombers, fighter jets to
    Middle East"): there a comma lists what "and" lists in a sentence."""
    last = p.chunks[-1] if p.chunks else None
    return last is not None and not (last.kind in ("PUNCT", "QUOTE") and p.tokens.lows[last.j - 1] in (
        ".", "?", "!", '"', "”", "'"))


def _group_end(p: Parse, items: list[Chunk]) -> int:
    return items[-1].index + 1


def _fronted_phrase_ends(p: Parse, first: Chunk, comma: int) -> bool:
    """ "At the talks in Jeddah, Sudan's army and the RSF exchanged ...": the comma after a phrase that opens
    the sentence ends it; what follows is the subject of the sentence's verb, not more of a list."""
    chunks = p.chunks
    if first.index == 0 or chunks[first.index - 1].kind != "PREP":
        return False
    k = first.index - 1
    while k > 0 and chunks[k - 1].kind in ("NG", "PREP", "DATE", "ADV"):
        k -= 1
    if k != 0 or chunks[0].kind != "PREP":
        return False  # not a phrase that opens the sentence
    x = comma + 1
    while x < len(chunks) and chunks[x].kind in ("NG", "CONJ"):
        x += 1  # (a list that goes on past another comma is a list: "In Kyiv, Odesa and Kharkiv, drones hit")
    return x < len(chunks) and chunks[x].kind == "VG" and chunks[x].finite


def _chain_start(p: Parse, k: int) -> int:
    """The first noun group of "NG (PREP NG)*" ending at ``k``."""
    chunks = p.chunks
    while k >= 2 and chunks[k - 1].kind == "PREP" and chunks[k - 1].lemma in _ATTACH and chunks[k - 2].kind == "NG":
        k -= 2
    if k >= 2 and chunks[k - 1].kind == "PREP" and chunks[k - 2].kind == "NG" and (
            chunks[k - 1].lemma == "for" or (chunks[k - 1].lemma == "to" and
                                             p.tokens.lows[chunks[k - 2].head] in POSTED_TO_HEADS)):
        # "(...,) a spokesman for the rebels said", "Russia's mission to the UN said": a "for" phrase, or a
        # post's "to" phrase, on a noun group that opens its clause (not "blamed Ukraine for a strike that
        # killed five", "sent its envoy to Doha")
        x = _chain_start(p, k - 2)
        if x == 0 or chunks[x - 1].kind in ("PUNCT", "QUOTE"):
            return x
    return k


def _previous_list_start(p: Parse, k: int) -> int:
    """The first noun group of a list ending at ``k`` ("Russia and Belarus", "X, Y and Z")."""
    chunks = p.chunks
    while k >= 2 and chunks[k - 1].kind == "CONJ" and chunks[k - 1].lemma in ("and", "or") and \
            chunks[k - 2].kind == "NG":
        first = _chain_start(p, k - 2)
        if first > 0 and chunks[first - 1].kind == "PREP":
            break  # "his trip to Ukraine and Trump set to meet": "Ukraine" is the trip's, not a subject
        k -= 2
        while k >= 2 and chunks[k - 1].kind == "PUNCT" and chunks[k - 1].lemma == "," and chunks[k - 2].kind == "NG" \
                and not (k >= 3 and chunks[k - 3].kind == "PREP" and (
                    k == 3 or chunks[k - 4].kind in ("PUNCT", "SUB"))):  # "In total, X, Y and Z were launched"
            k -= 2
    return _headline_list_start(p, k)


def is_pair(p: Parse, c: Chunk) -> bool:
    """ "the two leaders", "both sides": a noun group for a pair of sides, read from the story by the grammars."""
    lows = p.tokens.lows
    before = lows[c.i:c.head]
    return lows[c.head] in PAIR_HEADS and ("both" in before or before[:2] == ["the", "two"])


def _bare_name(c: Chunk) -> bool:
    """A noun group that is one side's name, or one leader's, and nothing more ("Congo", "Armenia", "Putin")."""
    return c.kind == "NG" and any((m.kind is Kind.PERSON or (m.kind is Kind.ACTOR and m.form in ("name", "seat")))
                                  and m.i == c.i and m.j == c.j for m in c.mentions)


def _headline_list_start(p: Parse, k: int) -> int:
    """ "Congo, Rwanda sign peace deal", "Egypt, Qatar, US broker truce": a headline's list of names joined by
    commas alone, opening the sentence, is one subject."""
    chunks = p.chunks
    x = k
    while x >= 2 and chunks[x - 1].kind == "PUNCT" and chunks[x - 1].lemma == "," and _bare_name(chunks[x - 2]) \
            and _bare_name(chunks[x]):
        x -= 2
    return x if x == 0 else k


def subject(p: Parse, v: Chunk, depth: int = 0) -> list[Chunk]:
    """The subject noun groups of verb group ``v`` (``[]`` when none can be read; read once per verb of a parse,
    a new list each time)."""
    key = (v.index, depth)
    known = p.subjects.get(key)
    if known is not None and known[0] is v:
        return list(known[1])
    found = _subject(p, v, depth)
    p.subjects[key] = (v, tuple(found))
    return found


def _subject(p: Parse, v: Chunk, depth: int) -> list[Chunk]:
    chunks = p.chunks
    k = v.index - 1
    while k >= 0 and chunks[k].kind in ("ADV", "DATE"):
        k -= 1
    if k < 0:
        return []
    c = chunks[k]
    if c.kind == "NG":
        if c.lemma in ("that", "which") and k > 0:
            return []
        start = _previous_list_start(p, _chain_start(p, k))
        first = chunks[start]
        # "EU leaders meeting in Brussels vowed ...", "Three bodies linked to the programme were sanctioned":
        # a participle phrase between the subject and its verb
        x = start - 1
        while x >= 1 and chunks[x].kind in ("PREP", "NG", "CONJ") and start - x < 10:
            x -= 1
        if x >= 1 and x < start - 1 and chunks[x].kind == "VG" and chunks[x].tag in ("ing", "ed", "pp") and \
                not chunks[x].aux and chunks[x - 1].kind == "NG" and chunks[x + 1].kind == "PREP":
            return group(p, _previous_list_start(p, _chain_start(p, x - 1)))
        if start > 0 and chunks[start - 1].kind == "PREP" and not (
                start > 1 and chunks[start - 2].kind == "PUNCT"):
            # "in X the army captured": a prepositional phrase, not a subject; but "Of the 96 drones launched by
            # Russia, ...": a participle describes the noun group right before it
            if start == k and not v.finite and v.voice == "passive" and v.tag in ("ed", "pp") and not v.aux and \
                    start - 1 == 0 and chunks[0].lemma == "of":
                return group(p, start)
            if start - 1 == 0 or chunks[start - 2].kind not in ("NG",):
                return []
        if start > 0 and chunks[start - 1].kind == "REL" and chunks[start - 1].lemma in ("that", "which", "whom") \
                and v.voice == "active":
            return group(p, start)  # "the village that Russia captured": Russia
        return group(p, start) if first.kind == "NG" else []
    if c.kind == "REL" and c.lemma == "which" and k >= 2 and chunks[k - 1].kind == "PREP" and \
            chunks[k - 1].lemma == "of" and chunks[k - 2].kind == "NG":
        return [chunks[k - 2]]  # "37 of which were shot down"
    if c.kind == "REL" and c.lemma in ("who", "which", "that"):
        ante = k - 1
        if ante >= 0 and chunks[ante].kind == "PUNCT" and chunks[ante].lemma == ",":
            ante -= 1
        if ante >= 0 and chunks[ante].kind == "NG":
            return group(p, _previous_list_start(p, _chain_start(p, ante)))
        return []
    if c.kind == "PUNCT" and c.lemma == "," and depth < 2:
        # an apposition or a relative clause between commas: "Russia, which ..., said"
        j = k - 1
        while j >= 0 and not (chunks[j].kind == "PUNCT" and chunks[j].lemma == ",") and chunks[j].kind not in (
                "SUB", "QUOTE") and not (chunks[j].kind == "PUNCT" and chunks[j].lemma in (";", ":", ".")):
            j -= 1
        # (not before ", killing" when a main verb stands between the commas: "South Lebanon, NNA - A drone
        # targeted a car at dawn today, killing one": a dateline's comma, and the drone killed)
        clause = v.tag == "ing" and not v.aux and any(x.kind == "VG" and x.finite for x in chunks[j + 1:k]) and \
            not any(x.kind == "REL" for x in chunks[j + 1:k])
        if j >= 1 and chunks[j].lemma == "," and chunks[j - 1].kind == "NG" and \
                chunks[j + 1].kind in _APPOSITION_OPENERS and k - j <= 12 and not clause:
            return group(p, _previous_list_start(p, _chain_start(p, j - 1)))
        if v.tag == "ing" and not v.aux:
            return inherited_subject(p, v)  # "..., killing three people"
        if v.tag == "s" and not v.aux and k >= 2 and chunks[k - 1].kind == "NG":
            x = k - 1
            while x >= 0 and chunks[x].kind in ("NG", "PREP") and k - x <= 6:
                x -= 1
            if x >= 0 and chunks[x].kind == "VG" and chunks[x].tag == "s" and not chunks[x].aux:
                return inherited_subject(p, v)  # a headline's "Army launches Operation X, pounds hideouts"
        return []
    if c.kind == "CONJ" or (c.kind == "PUNCT" and c.lemma in (",", "\u2014", "\u2013", "--") and v.tag == "ing"):
        return inherited_subject(p, v)
    if c.kind in ("PREP", "SUB") and c.lemma in ("after", "before", "while", "when", "upon", "by", "since", "without") \
            and v.tag == "ing" and not v.aux:
        # "Blinken said after meeting with Kuleba": the main verb's subject
        for x in range(c.index - 1, -1, -1):
            if p.chunks[x].kind == "VG" and p.chunks[x].tag == "ing" and not p.chunks[x].aux and x > 0 and \
                    p.chunks[x - 1].kind == "PREP" and p.chunks[x - 1].lemma == "of":
                # "accused Israel of violating the truce by striking Gaza": the subject of the gerund it qualifies
                # (none written: the one accused)
                return subject(p, p.chunks[x], depth + 1) if depth < 2 else []
            if p.chunks[x].kind == "VG" and p.chunks[x].finite:
                return subject(p, p.chunks[x], depth + 1) if depth < 2 else []
        return _fronted_subject(p, c, depth)
    if c.kind == "VG" and c.lemma in _PARENTHETICAL_REPORTS and not c.aux and k >= 2 and \
            chunks[k - 1].kind == "NG" and chunks[k - 2].kind == "REL" and chunks[k - 2].lemma in ("which", "that", "who"):
        # "the attack, which it said killed 30 soldiers", "fighters who officials say were ...": the relative
        # pronoun is the subject; "it said" is a parenthesis
        ante = k - 3
        if ante >= 0 and chunks[ante].kind == "PUNCT" and chunks[ante].lemma == ",":
            ante -= 1
        if ante >= 0 and chunks[ante].kind == "NG":
            return group(p, _previous_list_start(p, _chain_start(p, ante)))
        return []
    if c.kind == "VG" and (not v.finite or "to" in v.aux or p.tokens.lows[v.i] == "to") and depth < 2:
        return subject(p, c, depth + 1)  # "Russia claimed to have captured": Russia
    return []


def _fronted_subject(p: Parse, c: Chunk, depth: int) -> list[Chunk]:
    """ "After driving the last units out of Gornal, Russian forces ...": a fronted participle clause, opened
    by ``c`` at the start of the sentence, has the subject of the main clause after its comma."""
    chunks = p.chunks
    if depth >= 2 or any(x.kind not in ("PUNCT", "QUOTE") for x in chunks[:c.index]):
        return []
    comma = next((x for x in range(c.index + 1, min(len(chunks), c.index + 14))
                  if chunks[x].kind == "PUNCT" and chunks[x].lemma == ","), None)
    if comma is None or any(x.kind == "VG" and x.finite for x in chunks[c.index + 1:comma]):
        return []
    v = next((x for x in chunks[comma + 1:] if x.kind == "VG"), None)
    if v is None or not v.finite:
        return []
    subj = subject(p, v, depth + 1)
    return subj if subj and subj[0].index > comma else []


def inherited_subject(p: Parse, v: Chunk) -> list[Chunk]:
    """The subject of the previous finite verb of the sentence ("... and captured", ", killing")."""
    for k in range(v.index - 1, -1, -1):
        c = p.chunks[k]
        if c.kind in ("SUB",) or (c.kind == "PUNCT" and c.lemma in (";", ":")):
            break
        if c.kind == "VG" and c is not v and (c.finite or c.tag == "ing"):
            if c.lemma in ("say", "tell", "add", "report", "claim") and c.index < v.index:
                break
            return subject(p, c, depth=1)
    return []


def object_of(p: Parse, v: Chunk) -> list[Chunk]:
    """The object noun groups of verb group ``v``."""
    chunks = p.chunks
    k = v.index + 1
    while k < len(chunks) and chunks[k].kind in ("ADV", "DATE", "QUOTE"):
        k += 1
    if k + 1 < len(chunks) and chunks[k].kind == "PREP" and chunks[k].lemma in ("about", "around", "over", "nearly",
                                                                             "almost", "some") and \
            chunks[k + 1].kind == "NG":
        k += 1  # "occupies about a fifth of the territory": a qualifier, not a preposition
    if k < len(chunks) and chunks[k].kind == "NG" and chunks[k].lemma not in ("that", "which"):
        return group(p, k)
    # "the village that Russian troops captured": the antecedent of the relative pronoun
    subj = subject(p, v)
    if subj and subj[0].index > 0 and chunks[subj[0].index - 1].kind == "NG" and \
            chunks[subj[0].index - 1].lemma not in ("that", "which"):
        return [chunks[subj[0].index - 1]]  # "the 70 drones Russia launched": a relative without "that"
    if subj and subj[0].index > 0 and chunks[subj[0].index - 1].kind == "REL" and \
            chunks[subj[0].index - 1].lemma in ("that", "which", "whom"):
        ante = subj[0].index - 2
        if ante >= 0 and chunks[ante].kind == "PUNCT":
            ante -= 1
        if ante >= 0 and chunks[ante].kind == "NG":
            return [chunks[_chain_start(p, ante)]]
    return []


def prepositional_phrases(p: Parse, after: int, *, limit: int = 12) -> list[tuple[str, list[Chunk]]]:
    """``(preposition, noun groups)`` after chunk index ``after``, to the end of its clause."""
    chunks = p.chunks
    lows = p.tokens.lows
    out: list[tuple[str, list[Chunk]]] = []
    k = after + 1
    n = len(chunks)
    seen = 0
    while k < n and seen < limit:
        c = chunks[k]
        if c.kind == "PREP" and k + 2 < n and chunks[k + 1].kind == "ADV" and chunks[k + 2].kind == "NG":
            k += 1  # "into yet another region": the adverb is the phrase's
            items = group(p, k + 1)
            out.append((c.lemma, items))
            k = items[-1].index + 1
            seen += 1
            continue
        if c.lemma == "within" and c.kind == "PREP" and k + 3 < n and _distance(p, chunks[k + 1]) and \
                chunks[k + 2].kind == "PREP" and chunks[k + 2].lemma == "of" and chunks[k + 3].kind == "NG":
            # "(advanced to) within 15 km of Uvira": the phrase is the landmark's, the distance measures from it
            items = group(p, k + 3)
            out.append((c.lemma, items))
            k = items[-1].index + 1
            seen += 1
            continue
        if c.kind == "NG" and k + 2 < n and lows[c.head] in DIRECTIONS and _distance(p, c) and \
                chunks[k + 1].kind == "PREP" and chunks[k + 1].lemma == "of" and chunks[k + 2].kind == "NG":
            # "(conducted an airstrike) about 40 km southwest of Kismayo": the landmark is where it was, "near" it
            items = group(p, k + 2)
            out.append(("near", items))
            k = items[-1].index + 1
            seen += 1
            continue
        if c.kind == "PREP" and k + 1 < n and chunks[k + 1].kind == "NG":
            items = group(p, k + 1)
            out.append((c.lemma, items))
            k = items[-1].index + 1
            seen += 1
            continue
        if c.kind == "PREP" and k + 1 < n and chunks[k + 1].kind == "PREP" and k + 2 < n and \
                chunks[k + 2].kind == "NG":
            k += 1  # "from inside the city"
            continue
        if c.kind in ("ADV", "DATE"):
            k += 1
            continue
        if c.kind == "PUNCT" and c.lemma == "(":
            # a parenthesis: "90 square kilometres (35 square miles) in Kursk Oblast"
            close = next((m for m in range(k + 1, min(n, k + 12)) if chunks[m].lemma == ")"), None)
            if close is not None:
                k = close + 1
                continue
        if c.kind == "PUNCT" and c.lemma == "," and k + 1 < n and chunks[k + 1].kind in ("PREP", "DATE"):
            k += 1
            continue
        if c.kind == "CONJ" and c.lemma in ("and", "or") and k + 1 < n and chunks[k + 1].kind == "PREP":
            k += 1
            continue
        break
    return out


def _distance(p: Parse, c: Chunk) -> bool:
    """A noun group that is a distance: "15 km", "ten miles", "15km"."""
    return c.kind == "NG" and (p.tokens.lows[c.head] in DISTANCE_UNITS or any(
        m.kind is Kind.QUANTITY and m.value.unit in ("km", "mi") for m in c.mentions))


def by_agent(pps: list[tuple[str, list[Chunk]]]) -> list[Chunk]:
    """The noun groups of the first "by" phrase."""
    for prep, items in pps:
        if prep == "by":
            return items
    return []


#: Subordinators of time that open a clause of its own after a main clause with a finite verb: "struck Beirut
#: after Hezbollah fired rockets", "before Israeli jets hit the port".
_TIME_SUBORDINATORS = frozenset({"after", "before", "until"})


def clauses(p: Parse) -> list[tuple[int, int]]:
    """Clause token ranges of a sentence: cut at ";", ":", dashes, subordinators and ", which"."""
    chunks = p.chunks
    cuts: list[int] = []
    for k, c in enumerate(chunks):
        if c.kind == "PUNCT" and c.lemma in (";", ":", "\u2014", "\u2013", "--"):
            cuts.append(c.i)
            cuts.append(c.j)
        elif c.kind == "SUB" and c.lemma not in ("so", "than") and (
                c.lemma in _CONTRAST or (k > 0 and chunks[k - 1].kind == "PUNCT") or k == 0):
            cuts.append(c.i)
        elif c.kind == "SUB" and c.lemma in _TIME_SUBORDINATORS and _new_clause_after(chunks, k, cuts) and \
                _own_time(chunks, k, cuts) and _doer_of_its_own(p, k):
            cuts.append(c.i)  # "Israel struck Beirut after Hezbollah fired rockets at Haifa": two clauses, two events
        elif c.kind in ("SUB", "PREP") and c.lemma in ("after", "before") and k > 0 and chunks[k - 1].kind == "NG" \
                and p.tokens.lows[chunks[k - 1].head] in _TIME_UNITS:
            cuts.append(chunks[k - 1].i)  # ", three weeks after capturing Bukavu": another time
        elif c.kind == "REL" and k > 0 and chunks[k - 1].kind == "PUNCT" and chunks[k - 1].lemma == ",":
            cuts.append(c.i)
            # "X, which borders Y, came under attack": the relative clause ends at its comma
            for m in range(k + 1, min(len(chunks), k + 15)):
                cm = chunks[m]
                if cm.kind == "PUNCT" and cm.lemma in (";", ":", "."):
                    break
                if cm.kind == "PUNCT" and cm.lemma == "," and m + 1 < len(chunks) and \
                        chunks[m + 1].kind in ("VG", "ADV") and any(x.kind == "VG" for x in chunks[k + 1:m]):
                    cuts.append(cm.j)
                    break
        elif c.kind == "CONJ" and c.lemma == "but":
            cuts.append(c.i)
        elif c.kind == "CONJ" and c.lemma == "and" and k + 1 < len(chunks) and chunks[k + 1].kind == "SUB" and \
                chunks[k + 1].lemma == "that":
            cuts.append(c.i)  # "said missiles hit six sites, and that it had shot down five jets": a second statement
        elif c.kind == "CONJ" and k > 0 and chunks[k - 1].kind == "PUNCT" and k + 2 < len(chunks) and \
                chunks[k + 1].kind == "NG" and chunks[k + 2].kind == "VG" and chunks[k + 2].finite:
            cuts.append(c.i)  # ", and the army said ..."
        elif c.kind == "CONJ" and c.lemma in ("and", "but") and _new_clause_after(chunks, k, cuts):
            cuts.append(c.i)  # '... drones" and in the past week it dropped ...': a second clause, its own subject
        elif c.kind == "VG" and c.tag == "ing" and not c.aux and k > 0 and chunks[k - 1].kind == "PUNCT" and \
                chunks[k - 1].lemma == ",":
            cuts.append(c.i)  # ", killing three people"
    n = len(p.tokens)
    bounds = sorted({0, n, *cuts})
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _doer_of_its_own(p: Parse, k: int) -> bool:
    """True when the clause the subordinator at chunk ``k`` opens has a doer of its own: a subject that is no
    pronoun ("after Hezbollah fired rockets"; not "before it crossed into Israeli territory", the main clause's
    drone), after a main clause that tells an act of its own (not a toll or an alert it explains)."""
    chunks = p.chunks
    if k + 1 >= len(chunks) or chunks[k + 1].kind != "NG" or p.tokens.lows[chunks[k + 1].head] in _CLAUSE_PRONOUNS:
        return False
    verb = next((c for c in chunks[k + 2:] if c.kind == "VG"), None)
    if verb is None:
        return False
    # the main clause tells an act of its own, not the toll the subordinate clause explains: "Two people died and 11
    # were wounded after a Russian missile struck a mall", "Three soldiers were killed after drones hit their truck"
    main = next((c for c in reversed(chunks[:k]) if c.kind == "VG" and c.finite), None)
    if main is None or main.voice == "passive" or main.lemma in _TOLL_VERBS:
        return False
    # (an alert is no act: "Sirens sounded in Tel Aviv after a missile was launched from Yemen" tells one event, but
    # "The strike in the Dahiyeh came after two rockets were fired toward Metula" two)
    return verb.voice != "passive" or main.lemma not in _ALERT_VERBS


#: Verbs of an alert, whose "after" clause tells what set it off: "Sirens sounded after a missile was launched".
_ALERT_VERBS = frozenset({"sound", "wail", "blare", "ring", "go", "activate"})


#: Verbs of a toll, whose "after" clause tells what caused it: "died after a missile struck".
_TOLL_VERBS = frozenset({"die", "perish", "drown", "succumb"})


#: Subjects that point back to the main clause: "before it crossed into Israeli territory".
_CLAUSE_PRONOUNS = frozenset({"it", "they", "this", "that", "which", "these", "those"})


def _own_time(chunks: list[Chunk], k: int, cuts: list[int]) -> bool:
    """False when only the clause the subordinator at chunk ``k`` opens is dated: "banned Russian oil imports after
    Russia invaded Ukraine in early 2022" (its date is the time of both)."""
    last_cut = max([0] + cuts)
    if any(c.kind == "DATE" and c.i >= last_cut for c in chunks[:k]):
        return True
    for c in chunks[k + 1:]:
        if c.kind == "PUNCT" and c.lemma in (",", ";", ".", ":"):
            break
        if c.kind == "DATE":
            return False
    return True


def _new_clause_after(chunks: list[Chunk], k: int, cuts: list[int]) -> bool:
    """After a clause with its own finite verb, "and" opens another clause: its subject (past a date or a
    phrase) and its finite verb follow."""
    last_cut = max([0] + cuts)
    if not any(c.kind == "VG" and c.finite and c.i >= last_cut for c in chunks[:k]):
        return False
    x = k + 1
    while x < len(chunks) and (chunks[x].kind in ("DATE", "ADV") or (
            chunks[x].kind == "PREP" and x + 1 < len(chunks) and chunks[x + 1].kind == "NG" and
            x + 2 < len(chunks) and chunks[x + 2].kind in ("NG", "DATE", "ADV", "PUNCT"))):
        x += 2 if chunks[x].kind == "PREP" else 1
    if not (x + 1 < len(chunks) and chunks[x].kind == "NG" and chunks[x + 1].kind == "VG" and
            chunks[x + 1].finite and not chunks[x + 1].tag == "ing"):
        return False
    if chunks[x + 1].voice == "passive" and not chunks[x + 1].aux:
        return False  # "Five people were killed and 12 others injured": the first verb's auxiliary, left out
    subject = chunks[x]
    # "left 14 dead and 30 injured": a bare count and a participle are no clause
    return not any(m.kind is Kind.QUANTITY and m.i <= subject.i and m.j >= subject.j for m in subject.mentions)


def clause_bounds(p: Parse, t: int, spans: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The clause (token range) holding token ``t``."""
    for a, b in spans if spans is not None else clauses(p):
        if a <= t < b:
            return a, b
    return 0, len(p.tokens)
