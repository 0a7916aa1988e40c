"""Direct anaphors of places: "the village", "the town", "the region", "the area".

CONVENTIONS ('TC place') let a place come from a direct anaphor whose
antecedent is named. A direct anaphor names the KIND of a place the story
named before: "the village" points back to the latest place named as a
village (or named bare, a settlement of no stated kind), never to a region;
"the region" points back to the latest region. The antecedent is looked for
first earlier in the same sentence ("entered the village of Stepnohirsk ...
and retook the village"), then in the story's earlier sentences.

The kinds are data: :data:`KIND_WORDS` (the words that give a named place
its kind, and that head an anaphor) and :data:`ANTECEDENTS` (which kinds of
named place each anaphor may point back to).

>>> ANTECEDENTS["area"]
(('village', 'town', 'settlement'), ('region', 'region-named-bare'))
"""

from __future__ import annotations

from ..mentions.types import Kind, Mention
from ..models import GeoPrecision, Place
from ..phrases.chunks import Chunk, Parse
from ..story import Story
from .base import Reading

__all__ = ["KIND_WORDS", "ANTECEDENTS", "named_kinds", "named_places", "anaphor_kind", "resolve", "anaphor_place"]

#: a kind word -> the kind it gives: "the village of X", "X village", "the city of X", "the Kursk region"
KIND_WORDS: dict[str, str] = {
    "village": "village", "hamlet": "village",
    "town": "town", "city": "town",
    "region": "region", "province": "region", "oblast": "region", "governorate": "region",
    "area": "area",
    "camp": "camp",
}
#: an anaphor's kind -> the kinds of named place it may point back to, in tiers (the latest place of the first
#: tier that has one; "settlement": a place named bare, whose kind the text did not state; "region-named-bare":
#: a region named without a region word, "Sweida", which is also its capital city)
ANTECEDENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "village": (("village", "settlement"),),
    "town": (("town", "settlement"), ("region-named-bare",)),
    "region": (("region", "region-named-bare"),),
    "area": (("village", "town", "settlement"), ("region", "region-named-bare")),
    # "completed its operation in Jabalia and withdrawn from the camp": a camp named bare or as a camp
    "camp": (("camp", "settlement"),),
}
#: heads of a part of a place named by its possessor: "the town's outskirts"
PLACE_PARTS = frozenset({"outskirts", "outskirt", "centre", "center", "edge", "edges", "suburbs", "outside",
                         "south", "north", "east", "west", "southern", "northern", "eastern", "western",
                         "streets", "downtown", "heart", "entrance", "perimeter", "neighbourhoods", "neighborhoods",
                         "neighbourhood", "neighborhood", "districts"})
#: prepositions by which a place locates the one named before it
_LOCATING = frozenset({"in", "near", "outside"})
#: prepositions before "it" that make it a place pointed back to in the same sentence ("withdrew from it",
#: "pulled out of it"; see :func:`anaphor_place`)
_PRONOUN_PREPOSITIONS = frozenset({"from", "of"})
#: determiners of a direct anaphor
_DETERMINERS = frozenset({"the", "this", "that"})
#: how many sentences back "the area" may point (it names no kind; a village or region named long before is
#: no longer "the area")
AREA_WINDOW = 2


def _kind_of(parse: Parse, chunk: Chunk, m: Mention) -> str | None:
    """The kind of the named place ``m`` inside ``chunk``: its precision, or a kind word written with it."""
    place: Place = m.value
    lows = parse.tokens.lows
    if place.precision is GeoPrecision.ADMIN1:
        # "entered Sweida ... withdrew from the city": a region named bare is also its capital city, which "the
        # city" may point back to when no settlement was named ("region-named-bare")
        bare = not any(KIND_WORDS.get(lows[t]) == "region" for t in range(chunk.i, chunk.j))
        return "region-named-bare" if bare else "region"
    if m.form == "region":
        # "the Catatumbo region" (a region the gazetteer lacks); never "the five Ukrainian regions"
        return "region" if KIND_WORDS.get(lows[chunk.head]) == "region" else None
    if place.precision is GeoPrecision.COUNTRY:
        return None
    if place.precision is GeoPrecision.UNKNOWN and m.form != "noun":
        return None
    words = parse.tokens.words
    for t in range(chunk.i, chunk.j):
        low = lows[t]
        if low in KIND_WORDS and words[t][:1].islower() and KIND_WORDS[low] in ("village", "town"):
            return KIND_WORDS[low]
    return "settlement"


def _side_not_place(parse: Parse, chunk: Chunk, m: Mention) -> bool:
    """ "Kyiv has said", "What does Moscow say?", "Moscow's forces": a capital as its government, no place."""
    if not any(a.kind is Kind.ACTOR and a.i == m.i and a.j == m.j for a in parse.mentions):
        return False
    lows = parse.tokens.lows
    if m.j < len(lows) and lows[m.j] in ("'s", "'"):
        return True
    nxt = chunk.index + 1
    return nxt < len(parse.chunks) and parse.chunks[nxt].kind == "VG" and m.j == chunk.j


def _locator(parse: Parse, chunk: Chunk) -> bool:
    """ "the village of Mucojo in Macomia district", "Robotyne near Orikhiv": a place that only locates the place
    named right before it (the story's place is the first)."""
    k = chunk.index
    chunks = parse.chunks
    return k >= 2 and chunks[k - 1].kind == "PREP" and chunks[k - 1].lemma in _LOCATING and any(
        m.kind is Kind.PLACE for m in chunks[k - 2].mentions)


def named_kinds(parse: Parse) -> list[tuple[Mention, str]]:
    """The named places of a sentence, in order, each with its kind ("village", "town", "settlement",
    "region"); countries, capitals that stand for their governments and settlements that only locate the
    place before them are left out."""
    out: list[tuple[Mention, str]] = []
    for c in parse.chunks:
        for m in c.mentions:
            if m.kind is Kind.PLACE and not _side_not_place(parse, c, m):
                kind = _kind_of(parse, c, m)
                if kind is None or kind not in ("region", "region-named-bare") and _locator(parse, c):
                    continue
                out.append((m, kind))
    return out


def named_places(story: Story) -> list[tuple[Place, str, int]]:
    """The places the story named, with their kinds and sentences (:attr:`~conflictevents.story.Story.named_places`), the sentences
    not read yet read now; the oldest are dropped past a few hundred."""
    if story.unread_places:
        for parse, index in story.unread_places:
            story.named_places.extend((m.value, kind, index) for m, kind in named_kinds(parse))
        story.unread_places.clear()
        if len(story.named_places) > 400:
            del story.named_places[:200]
    return story.named_places


def anaphor_kind(parse: Parse, chunk: Chunk) -> str | None:
    """The kind a chunk points back to when it is a direct anaphor: "the village", "this area", "the town's
    outskirts" (a part of the place); ``None`` for anything else: a chunk that names a place itself ("the
    village of Stepnohirsk"), or describes one ("the third village", "a nearby town")."""
    lows = parse.tokens.lows
    if chunk.mentions and any(m.kind is Kind.PLACE for m in chunk.mentions) or lows[chunk.i] not in _DETERMINERS:
        return None
    head = lows[chunk.head]
    if head in KIND_WORDS and chunk.head == chunk.j - 1 and chunk.j - chunk.i == 2:  # never "the third village"
        return KIND_WORDS[head]
    # "the town's outskirts": a possessive kind word right after the determiner, a part of a place as head
    if chunk.j - chunk.i >= 4 and lows[chunk.i + 1] in KIND_WORDS and lows[chunk.i + 2] in ("'s", "'") and \
            head in PLACE_PARTS:
        return KIND_WORDS[lows[chunk.i + 1]]
    return None


def resolve(kind: str, parse: Parse, before: int, story: Story) -> Place | None:
    """The antecedent of an anaphor of ``kind`` at token ``before``: the latest compatible place named earlier
    in the sentence, else in the story (for "the area", only in the last ``AREA_WINDOW`` sentences)."""
    here = [(m, k) for m, k in named_kinds(parse) if m.j <= before]
    for tier in ANTECEDENTS.get(kind, ()):
        for m, k in reversed(here):
            if k in tier:
                return m.value  # type: ignore[no-any-return]
        for place, k, sentence in reversed(named_places(story)):
            if kind == "area" and story.sentence - sentence > AREA_WINDOW:
                break
            if k in tier:
                return place
    return None


def anaphor_place(r: Reading, chunk: Chunk) -> Mention | None:
    """A place mention for a direct anaphor chunk (form "anaphor"), or ``None``; also "it" after "from" or "of"
    ("deployed to Khiam after Israeli forces withdrew from it"): the latest settlement named before it in the
    same sentence (``_PRONOUN_PREPOSITIONS``)."""
    lows = r.parse.tokens.lows
    k = chunk.index
    if chunk.j - chunk.i == 1 and lows[chunk.i] == "it" and k >= 1 and r.parse.chunks[k - 1].kind == "PREP" and \
            r.parse.chunks[k - 1].lemma in _PRONOUN_PREPOSITIONS:
        before = [m for m, kind in named_kinds(r.parse) if m.j <= chunk.i and kind in (
            "village", "town", "settlement", "region-named-bare")]
        if not before:
            return None
        s, e = r.chars(chunk.i, chunk.j)
        return Mention(Kind.PLACE, chunk.i, chunk.j, s, e, r.text[s:e], before[-1].value, "anaphor")
    kind = anaphor_kind(r.parse, chunk)
    if kind is None:
        return None
    place = resolve(kind, r.parse, chunk.i, r.story)
    if place is None:
        return None
    s, e = r.chars(chunk.i, chunk.j)
    return Mention(Kind.PLACE, chunk.i, chunk.j, s, e, r.text[s:e], place, "anaphor")
