"""The story: what the sentences read so far in one article tell the next ones.

News leaves much unsaid that the story fixes: "it added" (the last speaker),
"the military said" (whose military), "the strike" (whose strike), "talks
resumed" (between whom). A :class:`Story` holds those facts for one article.
It is the only state shared between sentences; the grammars read it, the
pipeline updates it once after each sentence from that sentence's mentions and
drafts (``Extractor._update_story``), and the speaker reader
(:class:`~conflictevents.grammars.speakers.Speakers`) records each claimant.

>>> s = Story()
>>> s.count_actors(["Russia", "Ukraine", "Russia"])
>>> s.parties()
['Russia', 'Ukraine']
>>> s.opponent("Ukraine")
'Russia'
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from attrs import define, field

from .models import Place

__all__ = ["Story", "Speaker", "StrikeNote"]


@define
class Speaker:
    """A claimant the story has quoted."""

    source: str
    actor: str | None
    sentence: int
    #: "person" (a named official), "body" (a ministry, an army), "state" (a state or its seat)
    kind: str = "body"
    title: str = ""  # "president", "governor", ... (for "the president said")


@define
class StrikeNote:
    """A strike the story has told: who struck, where, in which sentence."""

    sentence: int
    actor: str | None
    places: list[Place] = field(factory=list)
    #: the kinds of weapon it named, with how each was written ("85 of them" in the next sentence counts them)
    weapons: list[tuple[Any, str]] = field(factory=list)


@define
class Story:
    """Facts of the current article, for the sentences that follow."""

    article: int = -1
    speakers: list[Speaker] = field(factory=list)
    #: the subject of the latest sentence that opened with an actor: (written, actor, sentence)
    last_subject: tuple[str, str, int] | None = None
    actors: Counter[str] = field(factory=Counter)
    strikes: list[StrikeNote] = field(factory=list)
    last_city: Place | None = None
    last_region: Place | None = None
    #: the region of the latest territorial change (where the fighting is)
    tc_region: Place | None = None
    #: how often each first-level region was named in the article (the story's theatre)
    regions: Counter[str] = field(factory=Counter)
    region_places: dict[str, Place] = field(factory=dict)
    #: the places the article named, in order, with the kind each was named as ("village", "town",
    #: "settlement", "region") and the sentence: the antecedents of "the village", "the region"
    named_places: list[tuple[Place, str, int]] = field(factory=list)
    #: sentences whose places are not read into :attr:`named_places` yet (``grammars.anaphors.named_places``
    #: reads them when an anaphor needs them, or when they are many): (parse, sentence)
    unread_places: list[tuple[Any, int]] = field(factory=list)
    #: how often places in each region and country were named (to read an ambiguous name: Rafah in a Gaza story)
    areas: Counter[str] = field(factory=Counter)
    #: the sides of the latest talks or agreement: (actors, sentence)
    negotiators: tuple[tuple[str, ...], int] | None = None
    #: the sides of the latest diplomatic event of each kind ("sanctions": the imposer and the target)
    diplomacy: dict[str, tuple[str, ...]] = field(factory=dict)
    #: conflict words seen in the article so far (a story about a war, or about a match)
    conflict_cues: int = 0
    #: conflict words in the whole document (a headline is read before its story)
    doc_cues: int = 0
    #: of those, the words only a war uses (not in ``WEAK_CONFLICT_CUES``: "troops", not "attack")
    doc_strong_cues: int = 0
    #: the document speaks of a truce or a ceasefire (:data:`~conflictevents.grammars.speakers.TRUCE_CUES`):
    #: "the deal" is then the truce's
    doc_truce: bool = False
    #: the document speaks of prisoners, hostages or peace (:data:`~conflictevents.grammars.speakers.EXCHANGE_CUES`):
    #: "the deal" is the conflict's once an agreement between two sides is stated
    doc_exchange: bool = False
    #: the document is a story of trade (:data:`~conflictevents.grammars.diplomatic.TRADE_STORY_WORDS` in two
    #: sentences or more) with hardly a word of war: its talks, calls, deals and statements are no events
    doc_trade: bool = False
    #: acronyms two sides share read as the other side in this document (``SHARED_ACRONYMS``: "IAF" -> "India")
    doc_shared: dict[str, str] = field(factory=dict)
    #: the latest full date written in the article, with its year ("March 3, 2022": for retrospective stories)
    year_date: str | None = None
    #: the latest day written in the article (as written), for "the previous day", "two days later" in a later
    #: sentence
    last_day: str | None = None
    #: the day the article was filed, from its dateline ("GOMA, Congo, Feb. 15 (AP) - "), when it lies in the week
    #: before publication; and whether the article's first sentence under its headline was looked at for it
    filed: dt.date | None = None
    lead_read: bool = False
    #: the latest sentence that stated an event, and its index
    last_event_sentence: int = -10
    #: officials introduced by title ("Italian Foreign Minister Antonio Tajani"): name and surname ->
    #: (full name, actor, title)
    people: dict[str, tuple[str, str, str]] = field(factory=dict)
    #: the person named last (an official by title and name, or a known person): name, actor, sentence
    last_person: tuple[str, str, int] | None = None
    #: the sides the article named with a military body of theirs ("Sudan's army", "the Israeli military"): for a
    #: later "the army said" that names none
    forces: Counter[str] = field(factory=Counter)
    #: the side whose place a wire dateline names ("KYIV, May 10 (Reuters) - ..." -> "Ukraine")
    dateline: str | None = None
    #: the side whose own outlet the dateline names ("MOSCOW, May 8. /TASS/." -> "Russia"; the actors file's
    #: "outlets"): its bodies named with no side ("the ministry said") are that side's
    house: str | None = None
    sentence: int = -1

    def reset(self, article: int) -> None:
        """Start a new article."""
        self.article = article
        self.speakers.clear()
        self.last_subject = None
        self.actors.clear()
        self.strikes.clear()
        self.last_city = None
        self.last_region = None
        self.regions.clear()
        self.areas.clear()
        self.tc_region = None
        self.region_places.clear()
        self.named_places.clear()
        self.unread_places.clear()
        self.negotiators = None
        self.diplomacy.clear()
        self.conflict_cues = 0
        self.year_date = None
        self.last_day = None
        self.filed = None
        self.lead_read = False
        self.last_event_sentence = -10
        self.people.clear()
        self.last_person = None
        self.forces.clear()
        self.dateline = None
        self.house = None

    # ------------------------------------------------------------------ actors
    def count_actors(self, actors: list[str]) -> None:
        """Count the actors named in a sentence (the story's parties)."""
        self.actors.update(actors)

    def parties(self, n: int = 2) -> list[str]:
        """The story's main parties: the most named actors (ties broken by name)."""
        return [a for a, _ in sorted(self.actors.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]

    def opponent(self, side: str | None) -> str | None:
        """The other main party of a story of two parties."""
        if side is None:
            return None
        top = self.parties(2)
        if len(top) == 2 and side in top:
            return top[1] if top[0] == side else top[0]
        return None

    def saw_region(self, place: Place) -> None:
        """Count a first-level region named in the article."""
        self.regions[place.name] += 1
        self.region_places[place.name] = place
        self.last_region = place

    def main_region(self) -> Place | None:
        """The region the article names most (ties: the latest named)."""
        if not self.regions:
            return None
        top = max(self.regions.values())
        for name in reversed(list(self.region_places)):
            if self.regions[name] == top:
                return self.region_places[name]
        return None

    # ------------------------------------------------------------------ speakers
    def last_speaker(self) -> Speaker | None:
        """The latest claimant."""
        return self.speakers[-1] if self.speakers else None

    def speaker_like(self, head: str) -> Speaker | None:
        """The latest claimant whose words end with ``head`` ("the ministry" after "the defence ministry";
        "the health ministry" only after a health ministry, never after a defence ministry)."""
        words = head.lower().split()
        for sp in reversed(self.speakers):
            if sp.source.lower().split()[-len(words):] == words or sp.title == head.lower():
                return sp
        return None

    def speaker_named(self, name: str) -> Speaker | None:
        """The latest claimant whose full name contains ``name`` (a surname)."""
        for sp in reversed(self.speakers):
            if name in sp.source.split() or sp.source.endswith(name):
                return sp
        return None

    def add_speaker(self, sp: Speaker) -> None:
        """Record a claimant."""
        self.speakers.append(sp)
        if len(self.speakers) > 200:
            del self.speakers[:100]

    # ------------------------------------------------------------------ strikes
    def latest_strike(self, within: int = 3) -> StrikeNote | None:
        """The latest strike told in the last ``within`` sentences."""
        if self.strikes and self.sentence - self.strikes[-1].sentence <= within:
            return self.strikes[-1]
        return None

    def latest_placed_strike(self, within: int = 3) -> StrikeNote | None:
        """The latest strike told in the last ``within`` sentences that named the places it hit (a tally told
        after it, "Air defence units shot down 31 of them", names none)."""
        for note in reversed(self.strikes):
            if self.sentence - note.sentence > within:
                return None
            if note.places:
                return note
        return None

    def strike_sides(self) -> set[str]:
        """Every side the story's strikes were attributed to."""
        return {s.actor for s in self.strikes if s.actor}

    def add_strike(self, note: StrikeNote) -> None:
        """Record a strike, and the places it hit."""
        self.strikes.append(note)
        if len(self.strikes) > 200:
            del self.strikes[:100]
        for p in note.places:
            if p.precision.value == "place":
                self.last_city = p
            elif p.precision.value == "admin1":
                self.last_region = p

    def describe(self) -> dict[str, Any]:
        """A summary, for ``--explain``."""
        return {"parties": self.parties(), "speakers": [s.source for s in self.speakers[-3:]],
                "conflict_cues": self.conflict_cues}
