"""The gazetteer: place names to located, canonical places.

Data: ``places.tsv`` (generated from GeoNames by ``scripts/build_gazetteer.py``:
countries, first-level regions and populated places), ``regions.jsonl``
(curated regions and their aliases) and ``places.jsonl`` (curated places and
aliases the generated table lacks). User entries (``"lexicon": "places"``)
are added on top.

Lookups (:meth:`Gazetteer.resolve`):

* names are folded (case, accents, apostrophes, hyphens) before lookup;
* possessives and region words are the caller's to strip ("Kharkiv's",
  "Kursk region"): :func:`split_place_phrase` does it;
* a region word ("region", "oblast") asks for a region; otherwise a populated
  place is preferred, then a region, then a country, except that a country's
  own name ("Lebanon", "Georgia") means the country;
* a context region (``admin1=``) wins over same-named places elsewhere;
* several candidates and nothing to decide: the biggest wins only when it is
  at least ten times bigger than the next; otherwise the ambiguity is
  reported (``Place.alternatives``), not guessed;
* names of five letters or more may be misspelt by one edit after the first letter
  ("Zaphorizhzhia", "Dnipropetrovosk").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from importlib import resources

import regex
from attrs import evolve, frozen

from ..models import GeoPrecision, Place, Span
from .loader import Entry

__all__ = [
    "PlaceRecord",
    "RecordRow",
    "GazetteerState",
    "Gazetteer",
    "fold_name",
    "split_place_phrase",
    "read_places_tsv",
    "read_common_words",
    "records_from_entries",
    "REGION_WORDS",
]

#: Words that mark a first-level region after its name.
REGION_WORDS = ("region", "regions", "oblast", "province", "governorate", "republic", "krai", "area", "district")
_FOLD_DROP = regex.compile(r"['\u2019`\-.]")
_SPACES = regex.compile(r"\s+")
_POSSESSIVE = regex.compile(r"(?:'s|')$")
_REGION_TAIL = regex.compile(r"\s+(?:region|regions|oblast|province|governorate|krai)$", regex.IGNORECASE)
_PEOPLES_REPUBLIC = regex.compile(r"\s+People's\s+Republic$", regex.IGNORECASE)
_FUZZY_MIN = 5
#: Most entries a lookup memo of one :class:`Gazetteer` holds before it starts again.
_MEMO_SIZE = 50_000


def fold_name(name: str) -> str:
    """A lookup key: lower case, no accents, apostrophes or dots, hyphens as spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("-", " ")
    text = str(_FOLD_DROP.sub("", text))
    return str(_SPACES.sub(" ", text)).strip()


def _distinct(cands: list[PlaceRecord]) -> list[PlaceRecord]:
    """Candidates with one record per place: a hand-curated record and a generated one of the same place (same
    kind, country and region, within about 10 km) are one place, not two namesakes ("Pokrovsk", Donetsk, is in
    both lexicons; its namesake in Sakha is another place). The first (biggest) record of each is kept."""
    out: list[PlaceRecord] = []
    for c in cands:
        if not any(o.kind == c.kind and o.country == c.country and o.admin1 == c.admin1 and
                   o.lat is not None and c.lat is not None and o.lon is not None and c.lon is not None and
                   abs(o.lat - c.lat) < 0.1 and abs(o.lon - c.lon) < 0.1 for o in out):
            out.append(c)
    return out


def split_place_phrase(phrase: str) -> tuple[str, bool]:
    """Strip a possessive and a region word: ``("Kursk", True)`` for "Kursk region".

    >>> split_place_phrase("Kharkiv's")
    ('Kharkiv', False)
    >>> split_place_phrase("the Dnipropetrovsk region")
    ('Dnipropetrovsk', True)
    >>> split_place_phrase("Donetsk People's Republic")
    ('Donetsk', True)
    """
    p = phrase.strip()
    if p[:4].lower() == "the ":
        p = p[4:]
    p = _POSSESSIVE.sub("", p)
    region = False
    m = _REGION_TAIL.search(p) or _PEOPLES_REPUBLIC.search(p)
    if m:
        p, region = p[: m.start()], True
    return p.strip(), region


@frozen
class PlaceRecord:
    """One gazetteer entry."""

    name: str
    kind: str  # "country", "admin1" or "place"
    country: str | None  # None for seas and straits
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int

    def precision(self) -> GeoPrecision:
        return {"country": GeoPrecision.COUNTRY, "admin1": GeoPrecision.ADMIN1}.get(self.kind, GeoPrecision.PLACE)


def _one_edit_variants(key: str, alphabet: str) -> set[str]:
    """Every string one deletion, swap, substitution or insertion (from ``alphabet``) away from ``key``."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in alphabet}
    out |= {a + c + b for a, b in splits for c in alphabet}
    return out


#: The one-letter differences that transliteration and typing produce in place
#: names ("Kharkov"/"Kharkiv", "Odessa"/"Odesa", "Lugansk"/"Luhansk",
#: "Zaphorizhzhia"/"Zaporizhzhia"): a misspelt name is matched to a known one
#: only through one of these. Other edits ("Galwan"/"Galway", "State"/"Satte",
#: "Capri"/"Carpi") make a different name, not a spelling of the same one.
SPELLING_VOWELS = frozenset("aeiouy")
SPELLING_SWAPS = frozenset({frozenset(p) for p in ("gh", "kc", "kh", "jy", "vw", "sz", "ck", "iy", "ye")})
#: Letters that may be added or dropped on their own (vowels, "h" of "kh"/"zh",
#: an apostrophe-like "y").
SPELLING_INSERTS = SPELLING_VOWELS | {"h"}


def _spelling_variant(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are one transliteration difference apart (see ``SPELLING_SWAPS``).

    A doubled letter may be added or dropped anywhere ("Odessa"); a vowel or an
    "h" may be added or dropped, and an "n" after a final "a" ("Crimean"); one letter may change for another of its kind
    (a vowel for a vowel, "g" for "h", ...). Swaps of neighbours are not
    spellings.
    """
    if a == b:
        return True
    la, lb = len(a), len(b)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) != 1:
            return False
        x, y = a[diff[0]], b[diff[0]]
        return (x in SPELLING_VOWELS and y in SPELLING_VOWELS) or frozenset((x, y)) in SPELLING_SWAPS
    if abs(la - lb) != 1:
        return False
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if a[i:] != b[i + 1:]:
        return False
    extra = b[i]
    doubled = (i > 0 and b[i - 1] == extra) or (i + 1 < len(b) and b[i + 1] == extra)
    # "the Crimean peninsula": the adjective of a name in -a is the place
    adjective = extra == "n" and i == len(b) - 1 and b[i - 1] == "a"
    return doubled or adjective or extra in SPELLING_INSERTS


#: Countries whose place names English news spells in many ways (Arabic-based
#: names): a place matched by an alias keeps the spelling of the text.
WRITTEN_NAME_COUNTRIES = frozenset(
    {"Palestine", "Israel", "Lebanon", "Syria", "Iraq", "Yemen", "Jordan", "Egypt", "Libya", "Sudan"}
)


#: A record's fields as a plain tuple (what the index cache stores): ``PlaceRecord(*row)``.
RecordRow = tuple[str, str, str | None, str | None, float | None, float | None, int]
#: The plain state of a :class:`Gazetteer` (see :meth:`Gazetteer.state`): the record rows, name key -> record
#: codes (``index * 2 + 1`` when the key is the record's own name; one int, or a tuple of several), the
#: names open to misspelling, their alphabet, and the everyday words.
GazetteerState = tuple[list[RecordRow], dict[str, int | tuple[int, ...]], list[str], str, list[str]]


class Gazetteer:
    """Name -> places index. Build once (it reads ~50,000 rows), share everywhere.

    The index is kept as plain data (record rows, and per name key the codes of its records), so that it can
    be saved and loaded quickly (:meth:`state`, :meth:`from_state`; :mod:`conflictevents.lexicons.cache`
    keeps the bundled one on disk). A record is made a :class:`PlaceRecord` the first time a lookup needs it.
    """

    def __init__(self, records: Iterable[tuple[PlaceRecord, Iterable[str]]],
                 common_words: frozenset[str] = frozenset()) -> None:
        #: everyday English words among the names (see :meth:`needs_frame`)
        self.common_words = common_words
        # every record, in the order added: a PlaceRecord, or its row until a lookup needs it
        self._records: list[PlaceRecord | RecordRow] = []
        # id -> index of the records added as objects (so that adding one again does not list it twice)
        self._index_of: dict[int, int] = {}
        # key -> the codes of its records, in the order added: index * 2 + (the key is the record's own name)
        self._by_key: dict[str, int | tuple[int, ...]] = {}
        self._fuzzy_names: set[str] = set()
        self._fuzzy_alphabet = ""
        self._near: dict[str, tuple[str, ...]] = {}  # misspelling -> the names one edit away (memo)
        # Memos of the lookups the mention finder repeats for every sentence (bounded, per instance;
        # cleared whenever a record is added, so they never outlive what they were computed from).
        self._folded: dict[str, str] = {}  # name -> fold_name(name)
        self._resolved: dict[tuple[str, str | None, str | None, bool], Place | None] = {}
        self._framed: dict[str, bool] = {}  # name -> needs_frame(name)
        for record, names in records:
            self.add(record, names)

    # ------------------------------------------------------------------ plain state (the cache)
    def state(self) -> GazetteerState:
        """The index as plain data (lists, tuples, dicts, strings, numbers), for :meth:`from_state`."""
        rows = [_row(r) for r in self._records]
        return rows, dict(self._by_key), sorted(self._fuzzy_names), self._fuzzy_alphabet, sorted(self.common_words)

    @classmethod
    def from_state(cls, state: GazetteerState) -> Gazetteer:
        """The gazetteer that :meth:`state` describes; raises :class:`ValueError` on a malformed one."""
        try:
            rows, by_key, fuzzy, alphabet, common = state
            ok = (isinstance(rows, list) and isinstance(by_key, dict) and isinstance(fuzzy, list)
                  and isinstance(alphabet, str) and isinstance(common, list))
        except (TypeError, ValueError) as err:
            raise ValueError(f"not a gazetteer state: {err}") from err
        if not ok:
            raise ValueError("not a gazetteer state: wrong types")
        n = len(rows)
        if n and not (isinstance(rows[0], tuple) and len(rows[0]) == 7 and isinstance(rows[-1], tuple)
                      and len(rows[-1]) == 7):
            raise ValueError("not a gazetteer state: bad record rows")
        gaz = cls((), frozenset(common))
        gaz._records = list(rows)
        gaz._by_key = by_key
        gaz._fuzzy_names = set(fuzzy)
        gaz._fuzzy_alphabet = alphabet
        return gaz

    def _record(self, index: int) -> PlaceRecord:
        r = self._records[index]
        if isinstance(r, PlaceRecord):
            return r
        record = PlaceRecord(*r)
        self._records[index] = record
        return record

    def _bucket(self, key: str) -> list[tuple[PlaceRecord, bool]]:
        """``[(record, the key is the record's own name)]`` of a name key, in the order added."""
        codes = self._by_key.get(key)
        if codes is None:
            return []
        if isinstance(codes, int):
            return [(self._record(codes >> 1), bool(codes & 1))]
        return [(self._record(c >> 1), bool(c & 1)) for c in codes]

    # ------------------------------------------------------------------ building
    def add(self, record: PlaceRecord, names: Iterable[str], own_names: Iterable[str] = ()) -> None:
        """Index a record under its canonical name and every alias; ``own_names`` (a place's former names,
        "Artemovsk" for Bakhmut) count as its own name, as strong as a namesake's own name."""
        index = self._index_of.get(id(record))
        if index is None or self._records[index] is not record:
            index = len(self._records)
            self._records.append(record)
            self._index_of[id(record)] = index
        own = fold_name(record.name)
        owns = {own} | {fold_name(n) for n in own_names if n}
        keys = owns | {fold_name(n) for n in names if n}
        for key in sorted(keys):
            if len(key) < 2:
                continue
            code = index * 2 + (key in owns)
            codes = self._by_key.get(key)
            if codes is None:
                self._by_key[key] = code
            elif isinstance(codes, int):
                if codes >> 1 != index:
                    self._by_key[key] = (codes, code)
            elif all(c >> 1 != index for c in codes):
                self._by_key[key] = (*codes, code)
        if (record.kind != "place" or record.population >= 5000) and len(own) >= _FUZZY_MIN:
            self._fuzzy_names.add(own)
            new = set(own) - set(self._fuzzy_alphabet)
            if new:
                self._fuzzy_alphabet = "".join(sorted(set(self._fuzzy_alphabet) | new))
            self._near.clear()
        self._resolved.clear()
        self._framed.clear()

    def _fold(self, name: str) -> str:
        """:func:`fold_name`, memoised (the same few thousand names come back in every document)."""
        key = self._folded.get(name)
        if key is None:
            key = fold_name(name)
            if len(self._folded) >= _MEMO_SIZE:
                self._folded.clear()
            self._folded[name] = key
        return key

    def _near_names(self, key: str) -> tuple[str, ...]:
        """The names within one edit of ``key`` that keep its first letter, sorted.

        The variants of the misspelling are generated and looked up (about
        600 set lookups for a ten-letter name, memoised per name) rather than
        kept in an index of every name's variants, which took ~70 MB.
        """
        found = self._near.get(key)
        if found is None:
            variants = _one_edit_variants(key, self._fuzzy_alphabet) | {key}
            found = tuple(sorted(k for k in variants & self._fuzzy_names if k[0] == key[0] and _spelling_variant(key, k)))
            if len(self._near) >= 100_000:
                self._near.clear()  # bounded memory on endless streams of new names
            self._near[key] = found
        return found

    def records(self) -> Iterator[PlaceRecord]:
        """Every record once, in the order added."""
        for i in range(len(self._records)):
            yield self._record(i)

    def needs_frame(self, name: str) -> bool:
        """True for a name that is an everyday English word first ("Police", "Most", "Of").

        Such a name is a place only where the text expects one ("in Bar", "the
        town of Most"); countries and places of 100,000 people or more
        ("Turkey", "Nice") are always read.
        """
        found = self._framed.get(name)
        if found is None:
            key = self._fold(name)
            found = key in self.common_words and not any(
                own and (r.kind == "country" or r.population >= 100_000) for r, own in self._bucket(key))
            if len(self._framed) >= _MEMO_SIZE:
                self._framed.clear()
            self._framed[name] = found
        return found

    def __contains__(self, name: str) -> bool:
        return self._fold(name) in self._by_key

    def _matches(self, name: str, fuzzy: bool) -> list[tuple[PlaceRecord, bool]]:
        key = self._fold(name)
        found = self._bucket(key)
        if found:
            return found
        if not fuzzy or len(key) < _FUZZY_MIN:
            return []
        out: list[tuple[PlaceRecord, bool]] = []
        # a misspelling keeps the first letter: "Kharkov" may be "Kharkiv", "Congo" is not "Mongo"
        for k in self._near_names(key):
            out.extend((r, own) for r, own in self._bucket(k) if own)
        return out

    def candidates(self, name: str, fuzzy: bool = True) -> list[PlaceRecord]:
        """Every record the name (or a one-edit misspelling of it) may mean."""
        return [r for r, _ in self._matches(name, fuzzy)]

    def resolve(
        self,
        phrase: str,
        *,
        admin1: str | None = None,
        country: str | None = None,
        span: Span | None = None,
        fuzzy: bool = True,
    ) -> Place | None:
        """The :class:`~conflictevents.models.Place` a phrase names, or ``None`` when the gazetteer has no such name.

        Results without a ``span`` are memoised per instance (a :class:`~conflictevents.models.Place` is immutable).
        """
        if span is not None:
            return self._resolve(phrase, admin1, country, span, fuzzy)
        memo = (phrase, admin1, country, fuzzy)
        if memo in self._resolved:
            return self._resolved[memo]
        place = self._resolve(phrase, admin1, country, None, fuzzy)
        if len(self._resolved) >= _MEMO_SIZE:
            self._resolved.clear()
        self._resolved[memo] = place
        return place

    def _resolve(self, phrase: str, admin1: str | None, country: str | None, span: Span | None,
                 fuzzy: bool) -> Place | None:
        name, wants_region = split_place_phrase(phrase)
        if not name:
            return None
        matches = self._matches(name, fuzzy)
        if not matches:
            return None
        # a record whose own name this is beats one that only lists it as an alias
        # ("Dnipropetrovsk" is the region; the city of that old name is Dnipro)
        own = [m for m in matches if m[1]]
        if own:
            matches = own
        cands = [r for r, _ in matches]
        # a former name ("Dzerzhinsk", Toretsk's) shared with a bigger namesake (Dzerzhinsk, Nizhny Novgorod) is
        # no smaller claim to the name: the story's theatre decides, not the population
        key = self._fold(name)
        former = {id(r) for r in cands if own and self._fold(r.name) != key and key in self._by_key}
        via_alias = not own
        # a country's own name means the country, not its namesake towns abroad ("southern Lebanon")
        nation = [r for r, is_own in matches if is_own and r.kind == "country"]
        if nation and not wants_region and not admin1 and not country:
            cands = nation
        if wants_region:
            cands = [c for c in cands if c.kind == "admin1"] or cands
        if country:
            cands = [c for c in cands if c.country == country] or cands
        order = {"admin1": 0, "place": 1, "country": 2} if wants_region else {"place": 0, "admin1": 1, "country": 2}
        if admin1:
            key = self._fold(admin1)
            inside = [c for c in cands if c.admin1 and self._fold(c.admin1) == key]
            if not inside:
                # a place the gazetteer knows only by country, in a region of that country
                region_countries = {r.country for r, _ in self._matches(admin1, False) if r.kind == "admin1"}
                inside = [evolve(c, admin1=admin1) for c in cands
                          if c.kind == "place" and c.admin1 is None and c.country in region_countries]
            if not inside and any(c.kind == "place" for c in cands) and not wants_region:
                # the text names the region and the gazetteer has no such place there:
                # trust the text (an unlisted village), without coordinates
                return Place(name=name, written=phrase, precision=GeoPrecision.PLACE, admin1=admin1,
                             country=cands[0].country if len({c.country for c in cands}) == 1 else None,
                             span=span)
            cands = inside or cands
        best_kind = min(order[c.kind] for c in cands)
        cands = [c for c in cands if order[c.kind] == best_kind]
        cands.sort(key=lambda c: (-c.population, c.country or "", c.admin1 or "", c.name))
        cands = _distinct(cands)
        chosen = cands[0]
        shown = name if via_alias and chosen.country in WRITTEN_NAME_COUNTRIES else chosen.name
        if chosen.kind == "admin1" and len({c.country for c in cands}) > 1:
            # one region name in two countries ("Punjab"): the region is named, its country is not guessed
            return Place(name=shown, written=phrase, precision=GeoPrecision.ADMIN1, admin1=chosen.admin1,
                         country=None, span=span,
                         alternatives=tuple(sorted({c.country for c in cands if c.country})))
        if len(cands) > 1 and chosen.kind == "place" and (chosen.population < 5 * max(cands[1].population, 1) or (
                id(chosen) not in former and any(id(c) in former for c in cands[1:]))):
            alternatives = tuple(sorted({c.admin1 or c.country or c.name for c in cands}))
            countries = {c.country for c in cands}
            regions = {c.admin1 for c in cands}
            # namesakes in one region: the region is known even if the village is not
            region = next(iter(regions)) if len(regions) == 1 else None
            return Place(name=shown, written=phrase, precision=GeoPrecision.PLACE, admin1=region,
                         country=chosen.country if len(countries) == 1 else None,
                         span=span, alternatives=alternatives if region is None else ())
        return Place(
            name=shown,
            written=phrase,
            precision=chosen.precision(),
            admin1=chosen.admin1 if chosen.kind != "country" else None,
            country=chosen.country,
            lat=chosen.lat,
            lon=chosen.lon,
            span=span,
        )


def _row(r: PlaceRecord | RecordRow) -> RecordRow:
    if isinstance(r, PlaceRecord):
        return (r.name, r.kind, r.country, r.admin1, r.lat, r.lon, r.population)
    return r


def _float(text: str) -> float | None:
    return float(text) if text else None


def read_common_words() -> frozenset[str]:
    """The gazetteer words that are everyday English words (``common_words.txt``)."""
    ref = resources.files("conflictevents.lexicons").joinpath("data").joinpath("common_words.txt")
    with ref.open("r", encoding="utf-8") as fh:
        return frozenset(w.strip() for w in fh if w.strip() and not w.startswith("#"))


def _initial_ayn(name: str) -> bool:
    """Whether GeoNames writes the name with an apostrophe for an initial ayn ("'Afrin", "'Amran"): news writes
    "Afrin", and the canonical name is read without it."""
    return name[:1] in ("'", "`") and name[1:2].isalpha()


def read_places_tsv(drop_common: bool = True) -> Iterable[tuple[PlaceRecord, list[str]]]:
    """Rows of the generated ``places.tsv``.

    With ``drop_common``, a place's alternate names made only of everyday
    English words ("White House" for Casablanca, "More" for Mora) are dropped:
    in English text they never mean that place.
    """
    common = read_common_words() if drop_common else frozenset()
    ref = resources.files("conflictevents.lexicons").joinpath("data").joinpath("places.tsv")
    with ref.open("r", encoding="utf-8") as fh:
        header_seen = False
        for line in fh:
            if line.startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                continue
            _gid, name, aliases, kind, country, admin1, lat, lon, pop = line.rstrip("\n").split("\t")
            names = aliases.split("|") if aliases else []
            if _initial_ayn(name):
                names.append(name)  # "'Afrin" as GeoNames writes it stays a form of the place
                name = name[1:]
            if _initial_ayn(admin1):
                admin1 = admin1[1:]
            if common and kind == "place":
                names = [n for n in names if not set(fold_name(n).split()) <= common]
            yield (
                PlaceRecord(name, kind, country, admin1 or None, _float(lat), _float(lon), int(pop or 0)),
                names,
            )


def records_from_entries(entries: Iterable[Entry]) -> Iterable[tuple[PlaceRecord, list[str], list[str]]]:
    """Records from lexicon entries (``regions.jsonl``, ``places.jsonl``, user files), with their aliases and
    their former names (``"former_names"``: names that count as the place's own, "Artemovsk" for Bakhmut).

    The same place (name, kind, country, region) listed twice is an error.
    """
    seen: set[tuple[str, str, str | None, str | None]] = set()
    for e in entries:
        key = (e["name"], e["kind"], e["country"], e.get("admin1"))
        if key in seen:
            raise ValueError(f"{e.get('_where', '?')}: place {e['name']!r} is listed twice")
        seen.add(key)
        kind = e["kind"]
        if kind not in ("country", "admin1", "place"):
            raise ValueError(f"{e.get('_where', '?')}: kind must be country, admin1 or place")
        lat, lon = e.get("lat"), e.get("lon")
        yield (
            PlaceRecord(
                e["name"], kind, e["country"],
                e.get("admin1") or (e["name"] if kind == "admin1" else None),
                float(lat) if lat is not None else None,
                float(lon) if lon is not None else None,
                int(e.get("population") or 0),
            ),
            list(e.get("aliases", [])),
            list(e.get("former_names", [])),
        )
