"""Actors: who a phrase stands for, as a canonical state or organisation.

Data: ``actors.jsonl`` (states with their names, demonyms and metonyms;
organisations and armed groups) and ``people.jsonl`` (officials and leaders
by name, mapped to the side they speak for). Matching is case-sensitive:
"US" is the United States, "us" is a pronoun.

:meth:`ActorLexicon.resolve` reads a whole noun phrase, the way a speaker or
an agent is written in news: a named person wins ("Kursk Governor Alexei
Smirnov" -> Russia), then the first state or organisation named
("Ukraine's Centre for Strategic Communications" -> Ukraine, "the Russian
defence ministry" -> Russia); a place standing for its authorities
("Kharkiv regional governor") gives the place's country when a gazetteer is
given.

>>> lex = ActorLexicon.bundled()
>>> lex.resolve("the Kremlin")
'Russia'
>>> lex.resolve("Ukraine's air force")
'Ukraine'
>>> lex.resolve("President Volodymyr Zelenskyy")
'Ukraine'
>>> lex.resolve("Western governments") is None
True
"""

from __future__ import annotations

from collections.abc import Iterable


import regex

from .. import compiled
from .trie import compile_lists
from .loader import Entry, read_bundled

__all__ = ["ActorLexicon"]

_KINDS = ("state", "organisation", "armed_group")


#: A country's name on a group that is not its state: "Syrian rebels", "the Syrian opposition", "Iraqi militias",
#: "Pakistani militants" (who attack that state's police).
NOT_THE_STATE_AFTER = compiled.compile(
    r"(?i)[ ](?:(?:armed|opposition|Islamist|anti-government)[ ])?(?:rebels?|insurgents?|opposition|separatists?|"
    r"dissidents?|jihadists?|protesters?|activists?|gunmen|exiles?|militants?|militias?|militiamen|guerrillas?|"
    r"factions|"
    # an airline named after its country: "Kenya Airways", "Pakistan International Airlines"
    r"(?:International[ ])?(?:Airways|Airlines))(?![\p{L}])"
)
#: "al-Qaeda-linked", "Iran-backed": an affiliation on the name of the group that follows ("the al-Qaeda-linked
#: JNIM group" is JNIM); "Hamas-run" and "M23-led" are not affiliations (the named side runs the body)
AFFILIATION_AFTER = compiled.compile(
    r"-(?:linked|affiliated|allied|aligned|backed|sponsored|supported|funded|armed|trained|inspired)(?![\p{L}])"
)
#: Capitalised words before a name that are titles or ranks, never given names ("Defence Minister ...").
TITLE_WORDS = frozenset({"president", "minister", "secretary", "general", "commander", "chief", "spokesman",
                         "spokeswoman", "spokesperson", "leader", "envoy", "ambassador", "governor", "mayor",
                         "senator", "colonel", "captain", "major", "lieutenant", "sheikh", "prince", "king",
                         "foreign", "defence", "defense", "interior", "prime", "deputy", "head", "director"})
#: Two given names right before a one-word organisation name: "Therese Kayikwamba Wagner" is a person.
#: A name word right after a one-word person name: "Araqchi" in "Abbas Araqchi", "Yong-hyun" in "Kim Yong-hyun".
NAME_AFTER = compiled.compile(r"[ ](?P<w>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?![\p{L}\p{N}-])")
#: At most two descriptive words between a state's possessive and the armed group it describes: "Sudan's
#: paramilitary Rapid Support Forces", "Lebanon's Iran-backed Hezbollah" (none: "Sudan's Rapid Support Forces").
_GROUP_DESCRIPTORS = compiled.compile(r"(?:[\p{L}-]+[ ]){0,2}")
GIVEN_NAMES_BEFORE = compiled.compile(r"(?:^|[ ])(?P<a>\p{Lu}\p{Ll}+)[ ](?P<b>\p{Lu}\p{Ll}+)[ ]$")
#: "pro-Russian separatists", "anti-Israeli protesters": a stance, not the state
PRO_ANTI_BEFORE = compiled.compile(r"(?i)(?:pro|anti)-$")
#: Capitalised words that, right before a state's name, make the two the name of a sports or trade body:
#: "Cricket Australia", "Tennis Canada", "Logistics UK", "Water UK" speak for the body, never for the state.
BODY_NAME_WORDS = ("Cricket", "Rugby", "Tennis", "Football", "Soccer", "Athletics", "Swimming", "Cycling", "Golf",
                   "Netball", "Hockey", "Basketball", "Volleyball", "Rowing", "Sailing", "Boxing", "Gymnastics",
                   "Triathlon", "Skate", "Ski", "Snowboard", "Equestrian", "Badminton", "Squash", "Archery", "Judo",
                   "Surfing", "Bowls", "Motorsport", "Taekwondo", "Wrestling", "Weightlifting", "Sport", "Sports",
                   "Logistics", "Water", "Energy", "Universities", "Hospitality", "Tourism", "Enterprise",
                   "Destination", "Screen", "Music", "Invest", "Visit", "Retail", "Airlines", "Shipping",
                   # companies named with the country they trade in: "Airtel Kenya", "MTN Nigeria", "Tata Steel UK",
                   # "Vodafone Egypt", "Coal India" (not "Bank": "West Bank Israeli settlers")
                   "Airtel", "MTN", "Vodafone", "Orange", "Glo", "Safaricom", "Ecobank", "Stanbic", "Steel",
                   "Telecom", "Telecoms", "Cement", "Breweries", "Motors", "Oil", "Coal", "Insurance", "Pharma",
                   "Mobile", "Samsung", "Unilever", "Nestle", "Siemens", "Huawei")
BODY_NAME_BEFORE = compiled.compile(r"(?:^|(?<=[ \n(\"'\u201c]))(?:" + "|".join(BODY_NAME_WORDS) + r")[ ]$")


#: Most phrases an :class:`ActorLexicon` remembers resolving before it starts again.
_MEMO_SIZE = 50_000


class ActorLexicon:
    """Alias and person tables compiled into one case-sensitive pattern each."""

    def __init__(self, actors: Iterable[Entry], people: Iterable[Entry]) -> None:
        #: phrases :meth:`resolve` has read (speaker phrases recur: "the ministry said"), a bounded memo
        self._resolved: dict[str, tuple[str | None]] = {}
        self.alias_to_actor: dict[str, str] = {}
        self.kind: dict[str, str] = {}
        self.person_to_actor: dict[str, str] = {}
        #: person name -> their role as the people file gives it ("president", "foreign minister")
        self.person_role: dict[str, str] = {}
        #: territory (a region or place name) -> the actor whose authorities run it
        #: ("Gaza Strip" -> "Hamas"): an unnamed ministry or agency there speaks for it
        self.governs: dict[str, str] = {}
        #: a body's name that no side owns alone (``"bodies"`` in the actors file: "Foreign Office") -> the
        #: actors whose body it is, in file order; :meth:`body_sides` reads it
        self.bodies: dict[str, list[str]] = {}
        #: the same names as written ("National Security Council"): the mention finder reads them whole, so that
        #: an alias inside one ("Security Council") names no actor there
        self.body_names: set[str] = set()
        #: an office's title that speaks for one actor when a speaker phrase names no side (``"roles"`` in the
        #: actors file, as written: "Humanitarian Coordinator", "Special Rapporteur" -> "United Nations");
        #: :meth:`role_side` reads it
        self.roles: dict[str, str] = {}
        #: actor -> its one main foe (``"foe"`` in the actors file: "Ukraine" -> "Russia"): whom "the enemy" or
        #: "the occupiers" in its speakers' words are when the story has not named two parties
        self.foe: dict[str, str] = {}
        #: a news outlet of a side's own (``"outlets"`` in the actors file: "APA", "Armenpress", "TASS") -> that
        #: side: the page of such an outlet, or a speaker who "told APA", speaks from that side (see
        #: :meth:`~conflictevents.grammars.speakers.Speakers.note_dateline`); matched as written
        self.outlets: dict[str, str] = {}
        #: a territory -> the one side whose launches come from it (``"launches_from"`` in the actors file:
        #: "Yemen" -> "Houthis"): "a missile launched from Yemen" is that side's
        self.launches_from: dict[str, str] = {}
        for e in actors:
            canonical = e["canonical"]
            kind = e.get("kind", "state")
            if kind not in _KINDS:
                raise ValueError(f"{e.get('_where', '?')}: kind must be one of {_KINDS}")
            if canonical in self.kind and self.kind[canonical] != kind:
                # a second entry may add aliases (a user lexicon does), not change what the actor is
                raise ValueError(f"{e.get('_where', '?')}: actor {canonical!r} is listed twice with different kinds")
            self.kind[canonical] = kind
            for territory in e.get("governs", []):
                self.governs[territory] = canonical
            if e.get("foe"):
                self.foe[canonical] = str(e["foe"])
            for territory in e.get("launches_from", []):
                self.launches_from[territory] = canonical
            for outlet in e.get("outlets", []):
                prev = self.outlets.get(outlet)
                if prev is not None and prev != canonical:
                    raise ValueError(f"{e.get('_where', '?')}: outlet {outlet!r} is already {prev!r}'s")
                self.outlets[outlet] = canonical
            for role in e.get("roles", []):
                self.roles[role] = canonical
            for body in e.get("bodies", []):
                self.body_names.add(body)
                sides = self.bodies.setdefault(body.lower(), [])
                if canonical not in sides:
                    sides.append(canonical)
            for alias in [canonical, *e["aliases"]]:
                prev = self.alias_to_actor.get(alias)
                if prev is not None and prev != canonical:
                    raise ValueError(f"{e.get('_where', '?')}: alias {alias!r} is already {prev!r}")
                self.alias_to_actor[alias] = canonical
        for e in people:
            for name in e["names"]:
                prev = self.person_to_actor.get(name)
                if prev is not None and prev != e["actor"]:
                    raise ValueError(f"{e.get('_where', '?')}: person {name!r} is already {prev!r}")
                self.person_to_actor[name] = e["actor"]
                if isinstance(e.get("role"), str):
                    self.person_role[name] = e["role"]
        #: every word of a listed person's names ("Jong" of "Kim Jong Un")
        self.person_words = frozenset(w for name in self.person_to_actor for w in name.split(" "))
        #: surname -> [(full name, actor, role)]: "Vice President Harris" is the person of that role
        self.by_surname: dict[str, list[tuple[str, str, str]]] = {}
        for name, actor in self.person_to_actor.items():
            if " " in name and name.split(" ")[-1][:1].isupper():
                entry = (name, actor, self.person_role.get(name, ""))
                bucket = self.by_surname.setdefault(name.split(" ")[-1], [])
                if all(e[0] != name for e in bucket):
                    bucket.append(entry)
        self._compile()

    @classmethod
    def bundled(cls) -> ActorLexicon:
        """The lexicon of the bundled data files."""
        return cls(read_bundled("actors"), read_bundled("people"))

    def _compile(self) -> None:
        bound_l, bound_r = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}]|\.\p{L})"
        self.alias_pattern = compile_lists(
            rf"{bound_l}(?:\L<aliases>){bound_r}",
            aliases=sorted(self.alias_to_actor, key=len, reverse=True),
        )
        self.person_pattern = compile_lists(
            rf"{bound_l}(?:\L<people>){bound_r}",
            people=sorted(self.person_to_actor, key=len, reverse=True),
        )
        # (as written: "the Special Envoy" is the UN's title, a "special envoy" anyone's)
        self.role_pattern = compile_lists(
            rf"{bound_l}(?:\L<roles>){bound_r}",
            roles=sorted(self.roles, key=len, reverse=True) or ["\x00never"],
        )
        self.body_pattern = compile_lists(
            rf"{bound_l}(?:\L<bodies>){bound_r}", regex.IGNORECASE,
            bodies=sorted(self.bodies, key=len, reverse=True) or ["\x00never"],
        )

    def aliases(self) -> list[str]:
        """Every state and organisation alias, longest first."""
        return sorted(self.alias_to_actor, key=len, reverse=True)

    def people(self) -> list[str]:
        """Every person name, longest first."""
        return sorted(self.person_to_actor, key=len, reverse=True)

    def person(self, phrase: str) -> str | None:
        """The actor of the first person named in ``phrase`` (not a one-word name that is the given name of
        someone unlisted: "Abbas Nilforoushan" is not Mahmoud Abbas, see :meth:`other_person`)."""
        for m in self.person_pattern.finditer(phrase, timeout=1.0):
            if not self.other_person(phrase, m.group(), m.end()):
                return self.person_to_actor[m.group()]
        return None

    def other_person(self, text: str, name: str, end: int, common: frozenset[str] = frozenset()) -> bool:
        """True when the one-word person name ``name``, ending at ``text[end]``, is followed by a name word that
        is no title, no word of ``common`` and no word of a listed name: the given name of another person
        ("Abbas Araqchi" with only "Abbas Araghchi" listed, "Kim Yong-hyun")."""
        if " " in name:
            return False
        m = NAME_AFTER.match(text, end)
        if m is None:
            return False
        w = m.group("w")
        return w.lower() not in TITLE_WORDS and w.lower() not in common and w not in self.person_words and \
            w not in self.alias_to_actor

    def named(self, phrase: str) -> str | None:
        """The actor of the first state or organisation alias in ``phrase``."""
        m = self.alias_pattern.search(phrase, timeout=1.0)
        if m is None:
            return None
        body = self.body_pattern.search(phrase) if self.bodies else None
        while m is not None and body is not None and body.start() <= m.start() and m.end() <= body.end():
            # "the National Security Council": an alias inside a body's name ("Security Council") names nothing
            m = self.alias_pattern.search(phrase, body.end(), timeout=1.0)
            body = self.body_pattern.search(phrase, body.end())
        if m is None:
            return None
        # "Sudan's Rapid Support Forces", "Yemen's Houthis": the armed group, not the country it is in
        # ("Sudan's paramilitary Rapid Support Forces", "Lebanon's Iran-backed Hezbollah": a word or two between)
        head = self.alias_pattern.search(phrase, m.end() + 3, timeout=1.0) if phrase[m.end():m.end() + 3] in (
            "'s ", "\u2019s ") else None
        while head is not None and AFFILIATION_AFTER.match(phrase, head.end()):
            # "Lebanon's Iran-backed Hezbollah": the backer is a descriptor, the group comes after it
            head = self.alias_pattern.search(phrase, head.end() + 1, timeout=1.0)
        if head is not None and self.kind.get(self.alias_to_actor[head.group()]) == "armed_group" and \
                _GROUP_DESCRIPTORS.fullmatch(phrase, m.end() + 3, head.start()) is not None:
            return self.alias_to_actor[head.group()]
        if AFFILIATION_AFTER.match(phrase, m.end()):
            # "the al-Qaeda-linked JNIM group", "Iran-backed Houthis": the group named after its affiliation
            named = self.alias_pattern.search(phrase, m.end() + 1, timeout=1.0)
            if named is None:
                return None  # "the Iran-backed militia", "a UN-backed mission": not the backer itself
            m = named
        actor = self.alias_to_actor[m.group()]
        if self.ends_a_name(phrase, m.start(), m.end()):
            return None  # "Therese Kayikwamba Wagner": a person's surname, not the Wagner group
        if not self.speaks_for_state(actor, phrase, m.start(), m.end()):
            return None  # "the Syrian opposition", "pro-Russian separatists"
        return actor

    def ends_a_name(self, text: str, start: int, end: int) -> bool:
        """True when the one-word organisation name at ``text[start:end]`` follows two given names that are no
        title and no listed name: a person's full name ("Therese Kayikwamba Wagner"), not the organisation."""
        alias = text[start:end]
        if " " in alias or self.kind.get(self.alias_to_actor.get(alias, ""), "state") == "state":
            return False
        m = GIVEN_NAMES_BEFORE.search(text, max(0, start - 60), start)
        return m is not None and all(
            w.lower() not in TITLE_WORDS and w not in self.alias_to_actor and w not in self.person_to_actor
            for w in (m.group("a"), m.group("b")))

    def speaks_for_state(self, actor: str, text: str, start: int, end: int, *, check_after: bool = True) -> bool:
        """False when the state name at ``text[start:end]`` is on a group that is not the state.

        "Syrian rebels", "the Syrian opposition" (what follows, unless
        ``check_after`` is off), "pro-Russian separatists", "Cricket Australia" (what precedes).
        Any other actor speaks for itself.
        """
        if self.kind.get(actor) != "state":
            return True
        if PRO_ANTI_BEFORE.search(text, max(0, start - 4), start):
            return False
        if BODY_NAME_BEFORE.search(text, max(0, start - 14), start):
            return False  # "Cricket Australia said", "Logistics UK": a body named after its country
        return not (check_after and NOT_THE_STATE_AFTER.match(text, end))

    def ruler_of(self, admin1: str | None, name: str) -> str | None:
        """The actor that runs the territory of a place (``"governs"`` in the actors file), if any."""
        return self.governs.get(admin1 or "") or self.governs.get(name)

    def body_sides(self, phrase: str) -> list[str]:
        """The actors whose body a speaker phrase names with no side ("the Foreign Office", "the Palestinian
        health ministry"), in the actors file's order; ``[]`` when it names no such body.

        >>> ActorLexicon.bundled().body_sides("the Foreign Office")
        ['United Kingdom', 'Pakistan']
        """
        if not self.bodies:
            return []
        m = self.body_pattern.search(phrase, timeout=1.0)
        return list(self.bodies[m.group().lower()]) if m else []

    def role_side(self, phrase: str) -> str | None:
        """The actor whose office a title in ``phrase`` names (``"roles"`` in the actors file), or ``None``.

        >>> ActorLexicon.bundled().role_side("the Humanitarian Coordinator")
        'United Nations'
        """
        if not self.roles:
            return None
        m = self.role_pattern.search(phrase, timeout=1.0)
        return self.roles[m.group()] if m else None

    def titled(self, phrase: str) -> tuple[str, str] | None:
        """``(full name, actor)`` of "Vice President Harris": a surname with the title of its person's role."""
        words = phrase.split()
        if len(words) < 2:
            return None
        low = phrase.lower()
        for entry in self.by_surname.get(words[-1].strip(",.'"), ()):
            name, actor, role = entry
            if role and role.lower() in low:
                return name, actor
        return None

    def resolve(self, phrase: str) -> str | None:
        """The canonical actor a noun phrase stands for, or ``None``."""
        known = self._resolved.get(phrase)
        if known is not None:
            return known[0]
        titled = self.titled(phrase)
        found = self.person(phrase) or (titled[1] if titled else None) or self.named(phrase)
        if len(self._resolved) >= _MEMO_SIZE:
            self._resolved.clear()
        self._resolved[phrase] = (found,)
        return found
