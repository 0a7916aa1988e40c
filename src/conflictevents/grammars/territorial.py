"""The territorial-change grammar: slot readers over matched territorial frames.

One event per named place of the ``place`` role ("captured Robotyne and
Verbove" gives two); with no named place, one event with the count of
settlements, the area or the depth the clause states ("advanced 12 km",
"took 28 settlements"). ``change`` is the frame's; ``actor`` is the side of
the ``actor`` role (for "the town fell to Russian forces", the ``to``
phrase), read in context for "its forces" (the speaker's side) and "the
enemy" (the speaker's opponent). Unreal events (negated, planned,
hypothetical) give nothing: they are optional in the annotation at best.
"""

from __future__ import annotations

from typing import Any

import attrs
import regex

from .. import compiled
from ..frames.matcher import FrameMatch
from ..lexicons import Lexicons
from ..mentions.places import PlaceFinder
from ..mentions.types import Kind, Mention
from ..mentions.words import FORCE_NOUNS, HELD_SUFFIXES
from ..phrases.chunks import Chunk
from ..models import GeoPrecision, Place, Quantity
from ..phrases.words import DIRECTIONS
from .anaphors import anaphor_place, resolve
from .base import Draft, Reading, Sides, dates_between, inside_any, nationals_only

__all__ = ["TerritorialGrammar", "SETTLEMENT_WORDS", "WORK_OR_HISTORY"]

#: Heads of equipment that reaches a whole country as a delivery, not an advance ("German Leopard tanks reached
#: Ukraine"; but "Russian tanks reached the outskirts of Kyiv" is one).
_EQUIPMENT_HEADS = frozenset({"tanks", "jets", "aircraft", "helicopters", "systems", "vehicles", "howitzers",
                              "missiles", "batteries", "launchers", "drones", "shells", "weapons", "arms",
                              "munitions", "equipment", "f-16s", "leopards", "abrams", "himars"})

#: Heads of a part of a town named before it, with "of" after them: "the Shejaiya neighbourhood of Gaza City" is
#: in Gaza City, not a second place (see ``_locating``).
_PART_OF_TOWN = frozenset({"neighbourhood", "neighborhood", "district", "area", "quarter", "suburb", "camp",
                           "refugee", "sector"})
#: Words that, right after a place held by a side ("Hamas-run Gaza", "Houthi-run Saba"), make the place part of
#: an institution's name ("... health ministry", "... news agency"): the side runs the body, no claim of control
#: (:meth:`TerritorialGrammar._names_a_body`).
_BODY_WORDS = frozenset({"health", "ministry", "government", "media", "news", "agency", "television", "tv", "radio",
                         "channel", "broadcaster", "newspaper", "authorities", "authority", "civil", "interior",
                         "officials", "office", "court", "police"})

#: Nouns whose count is a number of settlements ("28 villages").
SETTLEMENT_WORDS = frozenset({"settlements", "villages", "towns", "localities", "communities", "hamlets"})
_AREA_UNITS = ("km2", "mi2")
#: Subjects that move without taking ground: aid, goods, civilians, delegations.
_CIVIL_HEADS = frozenset({"aid", "trucks", "truck", "lorries", "convoy", "convoys", "supplies", "fuel", "food",
                          "shipment", "shipments", "ships", "ship", "vessels", "vessel", "refugees", "civilians",
                          "residents", "families", "displaced", "evacuees", "patients", "journalists", "reporters",
                          "inspectors", "monitors", "delegation", "delegations", "team", "teams", "workers",
                          "hostages", "detainees", "prisoners", "tourists", "fans", "players", "company", "firm",
                          "investors", "prices", "shares", "bill", "law", "storm", "fire", "water", "virus"})
#: Frames of crossing into a place: people named only by nationality crossing into a country take no ground
#: (:func:`~conflictevents.grammars.base.nationals_only`).
_CROSSING_FRAMES = frozenset({"tc.enter"})
#: Nouns of an entry whose place the story gives: "last year's incursion", "their cross-border operation".
_STORY_PLACED = frozenset({"incursion", "incursions", "foothold", "operation"})
#: Military sites held, taken or left: "withdrew from its positions there", "overran an army post in Djibo",
#: "abandoned their bases in the town". Taken or left without a named place they are still a change of
#: ground; a place that locates them ("in X", "near X", "there") is the event's place.
_SITES = frozenset({"positions", "position", "base", "bases", "post", "posts", "outpost", "outposts", "checkpoint",
                    "checkpoints", "garrison", "garrisons", "stronghold", "strongholds", "trenches", "trench",
                    "barracks", "foxholes", "fortifications", "defences", "defenses", "defensive lines"})
#: Heads of what is held or taken when it is ground: "held positions", "took the village".
_TERRITORY = frozenset({"territory", "territories", "ground", "positions", "position", "village", "villages",
                        "town", "towns", "city", "cities", "settlement", "settlements", "area", "areas", "region",
                        "regions", "land", "lands", "soil", "bridgehead", "foothold", "sliver", "pocket", "parts",
                        "part", "border", "heights", "hill", "airport", "base", "island", "peninsula", "district",
                        "km", "kilometres", "kilometers", "square", "outskirts", "centre", "center", "strip",
                        "line", "lines", "front", "bank", "coast", "port", "corridor", "crossing", "plant", "dam",
                        "mine", "station", "bridge", "building", "headquarters", "palace", "districts", "neighbourhood",
                        "neighbourhoods", "neighborhood", "neighborhoods"}) | _SITES
#: A settlement taken but not named: "capture third village", "seized another town".
_UNNAMED_PLACES = frozenset({"village", "villages", "town", "towns", "settlement", "settlements", "city", "region",
                             "area", "areas"})
#: Words before a participle that make it an intention: "interested in taking over", "aim of capturing".
_INTENT = frozenset({"interested", "aim", "goal", "intent", "intention", "plan", "plans", "bid", "attempt",
                     "effort", "efforts", "threat", "not", "no", "without", "avoid", "prevent", "stop"})
#: Pronouns a saying force speaks of itself by ("Rebels said they had captured Homs"): see
#: :meth:`TerritorialGrammar._force_speaker_pronoun`.
_FORCE_PRONOUNS = frozenset({"they", "we"})
#: Heads of such a speaker: an armed force or group, never the police ("police said they had captured ...").
_FORCE_SPEAKER_HEADS = frozenset({"rebels", "insurgents", "militants", "jihadists", "fighters", "forces", "militias",
                                  "guerrillas", "militiamen", "troops", "soldiers"})
#: Irregular fighters that take ground though no side is named ("Insurgents swept into Damascus"); not
#: :data:`FORCE_NOUNS`, whose state an adjective or the story's country gives.
_IRREGULAR_FORCES = frozenset({"insurgents", "jihadists", "guerrillas", "militiamen"})
#: Words of such a speaker that make it a force's voice ("rebel commanders", "opposition spokesmen").
_FORCE_SPEAKER_WORDS = frozenset({"rebel", "rebels", "insurgent", "insurgents", "militant", "jihadist"})
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "you", "him", "her"})
#: People held are not ground held: "hostages are still held in Gaza".
_CAPTIVES = frozenset({"hostages", "hostage", "captives", "prisoners", "detainees", "people", "civilians",
                       "residents", "children", "women", "bodies",
                       # people evacuated: "evacuated 300 patients from a hospital in Khan Younis"
                       "patients", "wounded", "injured", "families", "staff", "orphans", "elderly", "evacuees",
                       "inhabitants", "villagers", "refugees", "students", "workers"})
#: Homes left are no ground given up: "fled their homes in the Kursk region".
_HOMES = frozenset({"home", "homes", "house", "houses", "flat", "flats", "apartment", "apartments"})
#: Stages of a competition: "stormed into the quarter-finals", "advanced to the third round" is sport.
#: Landmarks a force may reach that are no ground of their own: "reaching the al-Awda mosque", "reached the gates
#: of Nasser Hospital", "reached the Kuwaiti roundabout" (frames of :data:`_LANDMARK_FRAMES`).
_LANDMARKS = frozenset({"mosque", "mosques", "hospital", "hospitals", "roundabout", "junction", "intersection",
                        "school", "schools", "church", "clinic", "gates", "gate", "compound", "complex", "stadium",
                        "university", "market", "cemetery", "tower", "hotel"})
#: Frames of reaching a point on the way, whose landmark object is no place taken.
_LANDMARK_FRAMES = frozenset({"tc.reach"})
_COMPETITION_STAGES = frozenset({"final", "finals", "semi-final", "semi-finals", "semifinal", "semifinals",
                                 "quarter-final", "quarter-finals", "quarterfinal", "quarterfinals", "round",
                                 "rounds", "playoffs", "play-offs", "playoff", "play-off", "knockout", "knockouts",
                                 "decider", "last-16", "last-eight", "last-four", "standings", "podium"})
#: Compacts, markets and contests a side joins or leaves: "pulled out of the Black Sea grain deal", "withdrew
#: from the Istanbul Convention", "entered into an agreement" take or give up no ground.
_COMPACTS = frozenset({"deal", "deals", "treaty", "treaties", "accord", "accords", "agreement", "agreements",
                       "pact", "pacts", "initiative", "convention", "conventions", "arrangement",
                       "memorandum", "framework", "negotiations", "talks", "process", "market", "markets",
                       "scheme", "programme", "program", "alliance", "bloc", "organisation", "organization",
                       "league", "tournament", "championship", "contest", "race", "election", "elections"})
#: Openers of a clause whose bare withdrawal left the place the main clause's side took ("recaptured X after
#: government forces pulled out").
_LEFT_FOR_OPENERS = frozenset({"after", "as", "when", "once"})
#: Verbs that make their object do what follows: "forced Russian troops to retreat" (it retreated).
_CAUSATIVES = frozenset({"force", "compel", "oblige"})
#: A failed attempt: no ground changed hands.
_FOILED = frozenset({"repelled", "repulsed", "thwarted", "foiled", "repelling", "repulsing", "stopped", "halted"})

#: A sentence that tells the plot of a work or a war of long ago, not news: a film, a novel, a game's story
#: ("the battle scenes, in which Napoleon's troops invade Russia"), a commander of old as the side ("Hannibal's
#: army invades Italy"), or a year before 1946 ("Germany invaded Poland in 1939", "in June 1944").
WORK_OR_HISTORY = compiled.compile(
    r"\b(?:(?:film|movie|book|novel|documentary|series|play|game|episode|season|album)[ ]review|review(?=:)|"
    r"the[ ](?:film|movie|novel|book|documentary|docuseries|miniseries|sequel|prequel|screenplay|video[ ]game)|"
    r"battle[ ]scenes?|war[ ]epic|"
    r"(?:napoleon|hannibal|hitler|caesar|alexander[ ]the[ ]great|genghis[ ]khan|attila|charlemagne|"
    r"wellington|the[ ]kaiser|stalin|mussolini)(?:'s|\u2019s)|"
    r"in[ ](?:(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"spring|summer|autumn|fall|winter|early|late|mid)[ ])?"
    r"(?:1[5-8]\d\d|19[0-3]\d|194[0-5])(?![ ]?(?:km|kilomet|met|mile|days|troops|soldiers)))\b",
    regex.IGNORECASE)


class TerritorialGrammar:
    """Reads territorial changes from matched frames."""

    event_type = "territorial_change"

    def __init__(self, lex: Lexicons, sides: Sides, places: PlaceFinder) -> None:
        self.lex = lex
        self.sides = sides
        self.places = places

    def read(self, r: Reading) -> list[Draft]:
        """The territorial changes of one sentence."""
        out: list[Draft] = self._held_places(r)
        seen: set[tuple[str, str]] = {("controls", d.slots["place"].value.name) for d in out}
        taken = {id(c) for m in r.matches if m.type == "territorial_change" and m.pos == "verb"
                 for c in m.roles.get("place", [])}
        for m in r.matches:
            if m.type != "territorial_change" or self._describes_taken(r, m, taken):
                continue
            for d in self._build(r, m):
                key = (str(d.slots["change"]), d.slots["place"].value.name if d.slots.get("place") else "")
                if key in seen:
                    continue
                seen.add(key)
                out.append(d)
        return out

    @staticmethod
    def _describes_taken(r: Reading, m: FrameMatch, taken: set[int]) -> bool:
        """ "retook the last villages held by Ukraine": a participle right after the place another verb of the
        sentence names only describes it (who held it before), no event of its own."""
        t0 = m.trigger
        return m.pos == "verb" and t0.kind == "VG" and t0.tag in ("ed", "pp") and not t0.aux and t0.index > 0 \
            and id(r.parse.chunks[t0.index - 1]) in taken

    def _build(self, r: Reading, m: FrameMatch) -> list[Draft]:
        p = r.parse
        lows = p.tokens.lows
        t0 = m.trigger
        chunks = r.parse.chunks
        purpose = t0.kind == "VG" and not t0.finite and lows[t0.i] == "to" and not (
            t0.index > 0 and chunks[t0.index - 1].kind == "VG") and not (
            # "forced Russian troops to retreat": what the side was made to do, it did
            t0.index > 1 and chunks[t0.index - 1].kind == "NG" and chunks[t0.index - 2].kind == "VG"
            and chunks[t0.index - 2].finite and chunks[t0.index - 2].lemma in _CAUSATIVES
            and chunks[t0.index - 2].modal in ("", "real") and not chunks[t0.index - 2].neg)
        # ("claimed to have captured" is real too)
        if m.neg or m.modal not in ("", "real") or purpose or m.light_option == "planned":
            # negated, planned, hypothetical, or a purpose ("to capture the town"); or carried by a light verb of
            # what is to come ("prepare for a wider offensive in Gaza": the frame's ":planned" light verbs)
            return []
        if WORK_OR_HISTORY.search(r.text):
            return []  # a film's plot, a war of long ago: see WORK_OR_HISTORY
        if m.pos == "verb" and t0.kind == "VG" and lows[t0.head] in _ATTRIBUTIVE_STATES and not t0.aux and \
                t0.index > 0 and chunks[t0.index - 1].kind in ("PREP", "DET") and \
                t0.index + 1 < len(chunks) and chunks[t0.index + 1].kind == "NG":
            return []  # "a radar in occupied Crimea", "residents of occupied Mariupol": a place's state, no event
        ci, cj = r.clause_of(m.head)
        before = [lows[t] for t in range(max(ci, m.trigger.i - 4), m.trigger.i)]
        if set(before) & _FOILED:
            return []
        change = str(m.value("change"))
        if m.trigger.kind == "VG" and m.trigger.tag == "ing" and not m.trigger.aux and any(
                r.parse.tags[t] in ("PREP", "DET", "SUB", "NEG") or lows[t] in _INTENT
                for t in range(max(ci, m.trigger.i - 3), m.trigger.i)) and not (
                lows[m.trigger.i - 1] in ("after", "before") and any(
                    mm.kind is Kind.PLACE for c in (
                        # "after driving the last units out of Gornal": the place a side was expelled from
                        m.roles.get("place", []) if m.frame.role("patient") == "loser"
                        else m.relations.get("patient", []))
                    for mm in c.mentions)):
            return []  # "after crossing into Kursk", "interested in taking over": background or intention
        agents = m.roles.get("actor", [])
        if any(self._munition(r, c) for c in agents):
            return []  # "a missile launched from Yemen crossed into Israeli territory": a munition takes no ground
        if agents and all(r.parse.tokens.lows[c.head] in _EQUIPMENT_HEADS for c in agents) and m.roles.get("place") \
                and all(any(mm.kind is Kind.PLACE and mm.value.precision is GeoPrecision.COUNTRY for mm in c.mentions)
                        for c in m.roles["place"]):
            return []  # "German Leopard tanks reached Ukraine": equipment delivered to a country takes no ground
        announced, speaker_gain = self._speaker_gain(r, m) if not agents and m.roles.get("loser") else (False, None)
        if not announced and not agents and m.roles.get("loser") and change in ("captured", "advanced"):
            # "Ukrainian forces had been pushed out of Kursk": no winner named; the side pushed out withdrew
            agents = m.roles["loser"]
            change = "withdrew"
        if agents and (lows[agents[0].head] in _CIVIL_HEADS or lows[agents[0].i] in _PERSON_PRONOUNS or any(
                mm.kind is Kind.PERSON for mm in agents[0].mentions)):
            return []  # aid, civilians, a person travelling: no ground taken
        if m.frame.id in _LANDMARK_FRAMES and (reached := m.roles.get("place", [])) and all(
                lows[c.head] in _LANDMARKS for c in reached):
            return []  # "tanks advanced into Rafah, reaching the al-Awda mosque": a landmark, no ground
        if agents and m.frame.id in _CROSSING_FRAMES and nationals_only(r, agents[0]) and any(
                mm.kind is Kind.PLACE and mm.value.precision is GeoPrecision.COUNTRY
                for c in m.roles.get("place", []) for mm in c.mentions):
            return []  # "Thousands of Syrians crossed into Lebanon": people fleeing or travelling, no force
        patients = m.relations.get("patient", [])
        if patients and lows[patients[0].head] in _CAPTIVES:
            return []  # "hostages held in Gaza"
        if patients and lows[patients[0].head] in _HOMES:
            return []  # "120,000 Russians have fled their homes in the Kursk region": civilians, no ground
        if any(lows[cs[0].head] in _COMPETITION_STAGES for rel in ("patient", "into", "to") if (
                cs := m.relations.get(rel, []))):
            return []  # "India stormed into the final in Dubai", "advanced to the third round in Rome": sport
        if any(lows[c.head] in _COMPACTS for rel in ("patient", "of", "from", "into", "in")
               for c in m.relations.get(rel, [])):
            return []  # "Russia pulled out of the Black Sea grain deal": a compact left, no ground
        if change in ("controls", "captured") and patients and m.pos == "verb" and m.frame.role("patient") == "place" \
                and not any(
                mm.kind is Kind.PLACE for c in patients for mm in c.mentions) and not any(
                lows[c.head] in _TERRITORY for c in patients) and not (
                # "recaptured Robotyne": a name the gazetteer lacks, after a verb of taking ground
                m.trigger.lemma not in ("hold", "take", "keep", "control") and
                self.places.unlisted(r.parse.tokens, patients[0].i) is not None):
            return []  # "the conference is being held in Sofia", "took the decision"
        notes: list[str] = []
        actor = self.sides.of(r, agents, m.head)
        if m.frame.id in _SIDE_AND_LISTED_PLACE and (actor is None or not any(
                mm.kind is Kind.PLACE and mm.value.precision is not GeoPrecision.UNKNOWN
                for c in patients for mm in c.mentions)):
            return []  # "police encircled the stadium in Madrid", "troops surrounded the hospital": no ground
        if actor is None:
            actor = self.sides.named(m.relations.get("object", []))  # "raised the Russian flag over"
        if actor is None and m.pos == "noun" and lows[m.trigger.i] in ("our", "its", "their", "his", "her"):
            actor = self.sides.of(r, [m.trigger], m.head)  # "under our control", "its offensive"
        if actor is None and speaker_gain is not None:
            actor = speaker_gain  # "The army declared the liberation of Bara from the RSF" (the army's side)
            notes.append("tc.actor.announcer")
        if actor is None and not agents and change != "withdrew":
            claim = r.claim_over(m.head)
            if claim is not None and claim.slots.get("actor"):
                # "the defence ministry announced the liberation of Yalta": its own side's
                actor = (str(claim.slots.get("source") or ""), str(claim.slots["actor"]))
                notes.append("tc.actor.speaker")
        if actor is None and not agents and m.pos == "noun" and change != "withdrew":
            actor = self._announced_by(r, m)
            if actor is not None:
                notes.append("tc.actor.relative-speaker")
        place_chunks = m.roles.get("place", []) + m.roles.get("toward", [])
        gapped = self._gapped_place(r, m.roles.get("place", []))
        if gapped is not None:
            place_chunks = place_chunks + [gapped]  # "seized Goma in January and Bukavu in February"
        places = [pl for pl in r.places_in(place_chunks)
                  if (pl.value.precision is not GeoPrecision.UNKNOWN or pl.form in ("noun", "region", "area"))
                  and not self._described_not_named(r, pl)]
        named = [c for c in m.roles.get("place", []) if r.parse.tokens.words[c.head][:1].isupper()]
        if named and m.roles.get("toward"):
            # "captured Robotyne near Orikhiv": the named place was taken; the other only locates it
            near = m.roles["toward"]
            places = [pl for pl in places if not any(c.i <= pl.i < c.j for c in near)]
        if m.frame.id == "tc.offensive":
            places = [pl for pl in places if pl.value.precision is not GeoPrecision.COUNTRY]
        # "retook the village", "entered the village in the Zaporizhzhia region": the village named before
        anaphors = [a for c in m.roles.get("place", []) if not r.places_in([c]) and (a := anaphor_place(r, c))]
        if anaphors:
            places = sorted(places + anaphors, key=lambda pl: pl.i)
            notes.append("tc.place.anaphor")
        places = self._drop_containers(r, places)
        if not places and m.roles.get("place"):
            # "raised their flag over the citadel of Aleppo", "over the centre of Chasiv Yar": the place a part
            # or a site of it is named by
            of = [chunks[c.index + 2] for c in m.roles["place"] if c.index + 2 < len(chunks) and
                  chunks[c.index + 1].kind == "PREP" and chunks[c.index + 1].lemma == "of" and
                  chunks[c.index + 2].kind == "NG" and not r.mentions(c.i, c.j, Kind.ACTOR)]
            places = [pl for pl in r.places_in(of) if pl.value.precision is not GeoPrecision.COUNTRY]
            if not places:
                places = r.places_in(zone_located(r, m.roles["place"]))  # "the buffer zone on the Golan Heights"
        if not places and place_chunks:
            places = self._described(r, place_chunks, notes)
        if m.roles.get("place") and (not places or len(m.roles["place"]) > 1):
            # a strong frame names a place the gazetteer does not know: "captured Kvartsytne",
            # "liberated Kvartsytne and Verbove" (each member of a list read on its own)
            for c in m.roles["place"]:
                if r.places_in([c]):
                    continue  # a known place is named there (kept or dropped above)
                unlisted = self.places.unlisted(r.parse.tokens, c.i)
                if unlisted is not None:
                    places.append(unlisted)
            places.sort(key=lambda pl: pl.i)
            places = self._drop_containers(r, places)  # "Um Kadada in North Darfur": the region locates it
        quantities = self._quantities(r, m, ci, cj)
        if change == "entered" and m.pos == "verb" and "depth_km" in quantities and \
                m.frame.set.get("change") == "advanced":
            # "pushed 8 km into the Sumy region", "penetrated 12 km into": an advance by a depth (CONVENTIONS),
            # though "into" alone makes "pushed (deeper) into the region" an entry
            change = "advanced"
        vague = self._vague(r, m, ci, cj)
        # "... entered the Kursk region and have taken dozens of settlements", "28 settlements had been
        # captured, the Kursk governor said": a count of places is in the region the sentence names (never
        # one guessed from earlier sentences: CONVENTIONS, places are named or a direct anaphor's)
        own = [pl.value for pl in r.parse.mentions if pl.kind is Kind.PLACE
               and pl.value.precision is GeoPrecision.ADMIN1] or self._governed(r)
        if not places and (quantities or vague) and own:
            s0, e0 = r.chars(m.trigger.i, m.trigger.j)
            places = [Mention(Kind.PLACE, m.trigger.i, m.trigger.j, s0, e0, r.text[s0:e0], own[0],
                              "sentence-region")]
            notes.append("tc.place.sentence-region")
        if not places and m.pos == "noun" and lows[m.head] in _STORY_PLACED and actor is not None and (
                lows[m.trigger.i] in ("the", "its", "their", "this") or m.relations.get("poss")):
            # "last year's incursion by Ukraine": the story's region
            if r.story.last_region is not None:
                s0, e0 = r.chars(m.trigger.i, m.trigger.j)
                places = [Mention(Kind.PLACE, m.trigger.i, m.trigger.j, s0, e0, r.text[s0:e0], r.story.last_region,
                                  "story")]
                notes.append("tc.place.story")
        sites_only = bool(m.roles.get("place")) and all(
            lows[c.head] in _SITES and not r.places_in([c]) for c in m.roles.get("place", []))
        if not places and sites_only:
            places = self._site_there(r, place_chunks)
            if places:
                notes.append("tc.place.there")
        if not places and (not place_chunks or sites_only) and change == "withdrew" and m.pos == "verb" and agents:
            places = self._left_for(r, m, agents)
            if places:
                notes.append("tc.place.taken-in-sentence")
            if not places:
                places = self._operation_left(r, m)
                if places:
                    notes.append("tc.place.operation-ended")
        unnamed = actor is not None and (any(set(lows[c.i:c.j]) & _UNNAMED_PLACES for c in place_chunks) or (
            sites_only and change in ("captured", "withdrew")))  # "regained control of the post"
        if not places and m.pos == "noun" and lows[m.head] in _STORY_PLACED and actor is not None and m.light:
            unnamed = True  # "Russian forces claim first foothold in new region"
        if not places and not quantities and not vague and not unnamed and not (
                change == "entered" and actor is not None and m.trigger.finite and any(
                lows[c.head] in ("border", "frontier") for c in place_chunks)):
            return []
        # (a count of ground with no side: "28 settlements had been captured"; never "the developer gained 30 km2")
        force = any(lows[c.head] in FORCE_NOUNS | _IRREGULAR_FORCES for c in agents) or (
            bool(quantities) and not agents) or (
            bool(agents) and self._force_speaker_pronoun(r, agents[0]))
        if actor is None and not force and not (change in ("captured", "controls") and m.trigger.kind == "VG"
                                                and m.trigger.finite and any(pl.form in ("noun", "region")
                                                                             for pl in places)):
            return []  # no side: "World Cross Country Championships", "prices advanced"
        if places and not any(pl.form == "sentence-region" for pl in places):
            quantities.pop("settlements", None)  # the villages are named: one event each
        unsure = self._unsure_regions(places)
        dates = dates_between(r, ci, cj, at=m.trigger.i)
        if m.pos == "noun" and len(dates) > 1:
            # "in 2019, following the Russian invasion of Crimea in 2014": a noun's own date is the one next to
            # its phrase, not the clause's first
            end = max([m.trigger.j] + [c.j for chunks in m.roles.values() for c in chunks if c.i >= m.trigger.i])
            beside: list[Mention] = [dm for dm in dates if 0 <= dm.i - end <= 1 or 0 <= m.trigger.i - dm.j <= 1]
            dates = beside + [dm for dm in dates if all(dm is not b for b in beside)]
        trig = r.chars(m.trigger.i, m.trigger.j)
        out: list[Draft] = []
        targets: list[Mention | None] = list(places) if places else [None]
        for pl in targets:
            admin1 = self._admin1(pl) if pl is not None and id(pl) not in unsure else None
            if pl is not None and len(targets) == 1:
                # "had pushed into the Sumy region and taken the village of Yablunivka": the region just entered
                admin1 = self._coordinated_region(r, m, pl) or admin1
            # each of several places with a date right after it has that date ("Goma in January and Bukavu in
            # February")
            own_date = next((dm for dm in dates if 0 <= dm.i - pl.j <= 1), None) if pl is not None and \
                len(targets) > 1 else None
            slots: dict[str, Any] = {"change": change, "actor": actor, "place": pl, "admin1": admin1}
            slots.update(quantities)
            saying = r.speaker_spans()
            spans = [trig] + [r.chars(c.i, c.j) for c in agents if c.i >= ci
                              and not inside_any(*r.chars(c.i, c.j), saying)]
            if pl is not None and "tc.place.taken-in-sentence" not in notes:
                spans.append((pl.start, pl.end))  # (a place the main clause took is not this clause's words)
            start = min(s for s, _ in spans)
            end = max(e for _, e in spans)
            c_start, c_end = r.chars(ci, cj)
            out.append(Draft("territorial_change", m.frame.id, max(start, c_start), min(end, c_end), slots,
                             sentence=r.index, date_mention=own_date or (dates[0] if dates else None),
                             notes=list(notes)))
        return out

    @staticmethod
    def _gapped_place(r: Reading, place: list[Chunk]) -> Chunk | None:
        """The second object of a gapped coordination, with a date of its own after each place: "M23 seized Goma
        in January and Bukavu in February" -> the "Bukavu" noun group (it must name a place)."""
        if len(place) != 1:
            return None
        ch = r.parse.chunks
        k = place[0].index + 1
        if k + 3 < len(ch) and ch[k].kind == "DATE" and ch[k + 1].kind == "CONJ" and ch[k + 1].lemma == "and" and \
                ch[k + 2].kind == "NG" and ch[k + 3].kind == "DATE" and \
                any(x.kind is Kind.PLACE for x in ch[k + 2].mentions):
            return ch[k + 2]
        return None

    @staticmethod
    def _force_speaker_pronoun(r: Reading, agent: Chunk) -> bool:
        """Whether ``agent`` is a bare "they" / "we" whose speaker is a force with no side of its own: in
        "Opposition forces said they had captured Homs", "Rebels said on Sunday that they had entered Hama",
        "they" is the rebels (a force, so ground taken, though no side is named)."""
        lows = r.parse.tokens.lows
        if agent.j - agent.i != 1 or lows[agent.i] not in _FORCE_PRONOUNS:
            return False
        before = [m for m in r.matches if m.type == "claim" and m.trigger.i < agent.i and m.roles.get("speaker")]
        if not before:
            return False
        say = max(before, key=lambda m: m.trigger.i)
        sp = say.roles["speaker"][0]
        return (lows[sp.head] in _FORCE_SPEAKER_HEADS or bool(set(lows[sp.i:sp.j]) & _FORCE_SPEAKER_WORDS)) and not any(
            c.kind == "NG" for c in r.parse.chunks[say.trigger.index + 1:agent.index])

    def _speaker_gain(self, r: Reading, m: FrameMatch) -> tuple[bool, tuple[str, str] | None]:
        """Whether a taking announced as a noun with only the loser named is the announcer's, and its side.

        "Sudan's army announced the liberation of Wad Madani from the RSF": the announcing side took the town
        (captured), not the side named after "from" (which would read as a withdrawal); "from the rebels" too.
        The announcer is the speaker of a claim over the noun, or the subject of an announcing verb
        (:data:`_ANNOUNCING`) right before it ("The army declared the liberation of Bara from the RSF", whose
        side may be unknown: ``(True, None)``). ``(False, None)`` when the trigger is not a noun, nothing
        announces it, or the announcer is the loser itself.
        """
        if m.pos != "noun" or str(m.value("change")) != "captured":
            return False, None
        loser = self.sides.of(r, m.roles.get("loser", []), m.head)
        claim = r.claim_over(m.head)
        if claim is not None and claim.slots.get("actor"):
            if loser is not None and loser[1] == str(claim.slots["actor"]):
                return False, None
            return True, (str(claim.slots.get("source") or ""), str(claim.slots["actor"]))
        chunks = r.parse.chunks
        k = m.trigger.index
        if k < 2 or chunks[k - 1].kind != "VG" or chunks[k - 1].lemma not in _ANNOUNCING or \
                chunks[k - 1].neg or chunks[k - 2].kind != "NG":
            return False, None
        subj = chunks[k - 2]
        side = self.sides.of(r, [subj], m.head)
        if side is not None and loser is not None and side[1] == loser[1]:
            return False, None
        if side is None and r.parse.tokens.lows[subj.head] not in FORCE_NOUNS:
            return False, None
        return True, side

    def _announced_by(self, r: Reading, m: FrameMatch) -> tuple[str, str] | None:
        """The side that announced or claimed a nominal event in a relative clause right after it: "the capture
        of Toretsk, which Moscow announced on Friday", "the fall of Chasiv Yar, which Russia claimed in July"
        (a claim frame's verb with its speaker as the relative's subject)."""
        chunks = r.parse.chunks
        k = m.trigger.index + 1
        while k + 1 < len(chunks) and chunks[k].kind == "PREP" and chunks[k + 1].kind == "NG":
            k += 2  # "of Toretsk"
        if not (k + 3 < len(chunks) and chunks[k].kind == "PUNCT" and chunks[k].lemma == "," and
                chunks[k + 1].kind == "REL" and r.parse.tokens.lows[chunks[k + 1].i] in ("which", "that") and
                chunks[k + 2].kind == "NG" and chunks[k + 3].kind == "VG" and not chunks[k + 3].neg):
            return None
        verb = chunks[k + 3]
        if not any(c.type == "claim" and c.pos == "verb" and c.trigger is verb and c.frame.set.get("stance") in
                   ("asserts", "confirms") for c in r.matches):
            return None
        return self.sides.named([chunks[k + 2]])

    def _left_for(self, r: Reading, m: FrameMatch, agents: list[Any]) -> list[Mention]:
        """ "Al-Shabaab recaptured the town of Moqokori after government forces pulled out": a withdrawal that
        names no place, in a clause opened by one of :data:`_LEFT_FOR_OPENERS` after a capture of the same
        sentence, left the place captured (named in the sentence, never guessed from the story)."""
        chunks = r.parse.chunks
        if not agents or agents[0].index == 0:
            return []
        opener = chunks[agents[0].index - 1]
        if opener.kind not in ("SUB", "PREP") or opener.lemma not in _LEFT_FOR_OPENERS:
            return []
        for other in r.matches:
            if other is m or other.type != "territorial_change" or other.pos != "verb" or \
                    str(other.value("change")) != "captured" or other.trigger.index >= opener.index:
                continue
            taken = [d.slots["place"] for d in self._build(r, other) if d.slots.get("place") is not None]
            if taken:
                return taken
        return []

    def _operation_left(self, r: Reading, m: FrameMatch) -> list[Mention]:
        """ "completed a ground operation in Beit Jinn and withdrawn to the buffer zone": a withdrawal coordinated
        with the end of an operation (a verb of :data:`_ENDING_VERBS`, a noun of :data:`_OPERATION_NOUNS`) left
        the place the operation was in (named right after it, never guessed)."""
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        k = m.trigger.index
        if k < 5 or chunks[k - 1].kind != "CONJ" or chunks[k - 1].lemma != "and":
            return []
        verb, op, prep, where = chunks[k - 5], chunks[k - 4], chunks[k - 3], chunks[k - 2]
        if verb.kind != "VG" or verb.lemma not in _ENDING_VERBS or op.kind != "NG" or \
                lows[op.head] not in _OPERATION_NOUNS or prep.kind != "PREP" or prep.lemma not in ("in", "on") or \
                where.kind != "NG":
            return []
        places = [pl for pl in r.places_in([where]) if pl.value.precision is not GeoPrecision.COUNTRY]
        if not places and self.places is not None:
            unlisted = self.places.unlisted(r.parse.tokens, where.i)
            places = [unlisted] if unlisted is not None else []
        return places[:1]

    @staticmethod
    def _site_there(r: Reading, chunks: list[Any]) -> list[Mention]:
        """ "withdrew from its positions there": a military site (:data:`_SITES`) followed by *there* is in the
        place named before (a settlement of the sentence or the story, else its region)."""
        p = r.parse
        for c in chunks:
            k = c.index + 1
            if k < len(p.chunks) and p.chunks[k].kind == "ADV" and p.tokens.lows[p.chunks[k].i] == "there":
                place = resolve("area", p, c.i, r.story)
                if place is not None:
                    t = p.chunks[k]
                    s0, e0 = r.chars(t.i, t.j)
                    return [Mention(Kind.PLACE, t.i, t.j, s0, e0, r.text[s0:e0], place, "anaphor")]
        return []

    def _governed(self, r: Reading) -> list[Place]:
        """ "the Kursk governor": the region a governor's title names."""
        lows = r.parse.tokens.lows
        out = []
        for pl in r.parse.mentions:
            if pl.kind is Kind.PLACE and pl.j < len(lows) and lows[pl.j] in ("governor", "governor's"):
                region = self.places.gaz.resolve(pl.value.name + " region")
                if region is not None and region.precision is GeoPrecision.ADMIN1:
                    out.append(region)
        return out

    def _held_places(self, r: Reading) -> list[Draft]:
        """The construction ``tc.held-place``: "the Russian-occupied city of Donetsk", "Houthi-held Hodeidah".

        A state of control, not a change on the sentence's day: no date.
        """
        tok = r.parse.tokens
        out: list[Draft] = []
        for pl in r.parse.mentions:
            if pl.kind is not Kind.PLACE:
                continue
            if self._names_a_body(tok.lows, pl.j):
                continue  # "the Hamas-run Gaza health ministry said": the body is run by it, no claim of control
            for t in range(max(0, pl.i - 3), pl.j):
                low = tok.lows[t]
                if not low.endswith(HELD_SUFFIXES):
                    continue
                prefix = tok.words[t][:tok.words[t].rfind("-")]
                actor = self.lex.actors.alias_to_actor.get(prefix)
                if actor is None or (t == pl.i and pl.form == "gazetteer"):
                    break  # ("Pakistan-occupied Kashmir": the region's name, read whole by the place finder)
                start = min(tok.starts[t], pl.start)
                slots: dict[str, Any] = {"change": "controls", "actor": (prefix, actor), "place": pl,
                                         "admin1": self._admin1(pl)}
                out.append(Draft("territorial_change", "tc.held-place", start, pl.end, slots, sentence=r.index,
                                 notes=["tc.held-place"]))
                break
        return out

    @staticmethod
    def _names_a_body(lows: list[str], j: int) -> bool:
        """True when the words from token ``j`` (right after a place, or after its "'s") name an institution
        (:data:`_BODY_WORDS`): "Hamas-run Gaza('s) health ministry", "the Houthi-run Saba news agency"."""
        if j < len(lows) and lows[j] in ("'s", "'"):
            j += 1
        return j < len(lows) and lows[j] in _BODY_WORDS

    def _described_not_named(self, r: Reading, pl: Mention) -> bool:
        """ "new Ukraine region", "one of Ukraine's regions": a description, not the place."""
        lows = r.parse.tokens.lows
        if pl.i > 0 and lows[pl.i - 1] in ("new", "another", "a", "an", "any", "other"):
            return True
        return pl.j < len(lows) and lows[pl.j - 1] in ("'s", "'") and pl.value.precision is GeoPrecision.COUNTRY

    @staticmethod
    def _munition(r: Reading, c: Any) -> bool:
        """A subject that is a weapon ("a Hezbollah drone"), or "it" after one in the sentence."""
        if any(mm.kind is Kind.WEAPON and mm.i <= c.head < mm.j for mm in c.mentions):
            return True
        lows = r.parse.tokens.lows
        return c.j - c.i == 1 and lows[c.head] in ("it", "they") and any(
            mm.kind is Kind.WEAPON and mm.j <= c.i for mm in r.parse.mentions)

    def _drop_containers(self, r: Reading, places: list[Mention]) -> list[Mention]:
        """ "the village of Udachne in the Donetsk region": the region is where the village is, not a second place."""
        out: list[Mention] = []
        for pl in places:
            contained = any(q is not pl and q.i < pl.i and (q.value.admin1 or "").lower() == pl.value.name.lower()
                            for q in places) and pl.value.precision is GeoPrecision.ADMIN1
            country = any(q is not pl and q.i < pl.i and q.value.country == pl.value.name for q in places) and \
                pl.value.precision is GeoPrecision.COUNTRY
            # "the town of Al-Nahud in West Kordofan", "the Netzarim corridor in central Gaza": a region, or a
            # city of the same region, right after "in" locates the place before it (no second place taken)
            lows = r.parse.tokens.lows
            region = pl.value.name if pl.value.precision is GeoPrecision.ADMIN1 else pl.value.admin1
            if pl.form == "region" and not region:
                region = pl.value.name  # "in the Donetsk People's Republic": the region by another name
            # ("the Tel al-Sultan area of Rafah": the mention of Rafah may hold "area of")
            located = [q for q in places if q is not pl and q.j <= pl.i and (_locating(lows[q.j:pl.i]) or (
                           q.j == pl.i and _locating(lows[pl.i:pl.i + 2])))
                       and (pl.value.precision in (GeoPrecision.ADMIN1, GeoPrecision.PLACE) or pl.form == "region")
                       and region
                       and q.value.admin1 in (None, region) and q.value.precision is not GeoPrecision.COUNTRY]
            for q in located:
                if q.value.admin1 is None:  # the place takes its region (a copy: the mention is the sentence's)
                    placed = Mention(q.kind, q.i, q.j, q.start, q.end, q.text,
                                     attrs.evolve(q.value, admin1=region, country=q.value.country or
                                                  pl.value.country), q.form, dict(q.extra))
                    out = [placed if o is q else o for o in out]
            if not (contained or country or located):
                out.append(pl)
        return out

    def _described(self, r: Reading, chunks: list[Any], notes: list[str]) -> list[Mention]:
        """A place said without its name: "Russian territory" (the country), "this area" (the story's region)."""
        lows = r.parse.tokens.lows
        out: list[Mention] = []
        for c in chunks:
            head = lows[c.head]
            s0, e0 = r.chars(c.i, c.j)
            if head in ("territory", "soil", "land", "lands"):
                side = self.sides.named([c])
                place = self.lex.gazetteer.resolve(side[1], fuzzy=False) if side else None
                if place is not None and place.precision is GeoPrecision.COUNTRY:
                    out.append(Mention(Kind.PLACE, c.i, c.j, s0, e0, r.text[s0:e0], place, "described"))
                    notes.append("tc.place.territory")
            elif head in ("area", "region", "border", "city", "town", "capital") and lows[c.i] in ("this", "the",
                                                                                                   "that"):
                place = r.story.last_city if head in ("city", "town", "capital") else r.story.last_region
                if place is not None and not c.mentions:
                    out.append(Mention(Kind.PLACE, c.i, c.j, s0, e0, r.text[s0:e0], place, "anaphor"))
                    notes.append("tc.place.anaphor")
        return out

    def _unsure_regions(self, places: list[Mention]) -> set[int]:
        """In a list of villages, a small namesake whose region differs from the others' keeps no region."""
        regions = [pl.value.admin1 for pl in places if pl.value.admin1]
        if len(places) < 2 or not regions:
            return set()
        main = max(regions, key=lambda a: (regions.count(a), -regions.index(a)))
        return {id(pl) for pl in places if pl.value.admin1 and pl.value.admin1 != main
                and pl.value.precision is GeoPrecision.PLACE and pl.value.lat is not None}

    def _vague(self, r: Reading, m: FrameMatch, ci: int, cj: int) -> bool:
        """ "dozens of settlements", "by one to three kilometres": a change stated without an exact number."""
        lows = r.parse.tokens.lows
        for q in r.mentions(ci, cj, Kind.QUANTITY):
            after = lows[q.j] if q.j < len(lows) else ""
            after2 = lows[q.j + 1] if q.j + 1 < len(lows) else ""
            if after in SETTLEMENT_WORDS or after2 in SETTLEMENT_WORDS or q.value.unit in ("km", "km2") or \
                    after in ("km", "kilometres", "kilometers", "square"):
                return True
        return False

    def _coordinated_region(self, r: Reading, m: FrameMatch, pl: Mention) -> str | None:
        """The region a village was taken in when the verb is coordinated with a move into or in that region.

        "had pushed into the Sumy region and taken the village of Yablunivka", "advanced in the Kharkiv region
        and seized Kamianka": a village (or a name the gazetteer lacks) whose gazetteer region is missing or a
        namesake's takes the region named in the group right before "and" + the verb. None otherwise.
        """
        if m.pos != "verb" or pl.value.precision not in (GeoPrecision.PLACE, GeoPrecision.UNKNOWN):
            return None
        chunks = r.parse.chunks
        k = m.trigger.index
        if k < 2 or chunks[k - 1].kind != "CONJ" or chunks[k - 1].lemma != "and" or chunks[k - 2].kind != "NG":
            return None
        verb = chunks[k - 3] if k >= 3 and chunks[k - 3].kind == "VG" else (
            chunks[k - 4] if k >= 4 and chunks[k - 3].kind == "PREP" and chunks[k - 3].lemma in ("in", "into")
            and chunks[k - 4].kind == "VG" else None)
        if verb is None or verb.lemma not in _REGION_MOVES:
            return None  # "fought in the Kharkiv region and captured ...": no move into the region
        regions = [mm.value for mm in chunks[k - 2].mentions
                   if mm.kind is Kind.PLACE and mm.value.precision is GeoPrecision.ADMIN1]
        if len(regions) != 1 or (pl.value.country and regions[0].country and pl.value.country != regions[0].country):
            return None
        return str(regions[0].name)

    def _admin1(self, pl: Mention) -> str | None:
        place = pl.value
        if place.precision is GeoPrecision.ADMIN1:
            return str(place.name)
        if place.precision is GeoPrecision.COUNTRY:
            return None
        return place.admin1 if place.admin1 else None

    def _quantities(self, r: Reading, m: FrameMatch, ci: int, cj: int) -> dict[str, Quantity]:
        """Settlements, area and depth stated with the change ("28 villages", "400 km2", "by 12 km")."""
        lows = r.parse.tokens.lows
        out: dict[str, Quantity] = {}
        lo = min(m.trigger.i, *(c.i for cs in m.roles.values() for c in cs)) if m.roles else m.trigger.i
        for q in r.mentions(max(ci, lo - 2), cj, Kind.QUANTITY):
            val: Quantity = q.value
            if val.value is None:
                continue
            after = lows[q.j] if q.j < len(lows) else ""
            after2 = lows[q.j + 1] if q.j + 1 < len(lows) else ""
            if val.unit in _AREA_UNITS or (after in ("square",) and after2 in ("kilometres", "kilometers", "km",
                                                                                   "miles")):
                out.setdefault("area_km2", val)
            elif val.unit == "km" or after in ("km", "kilometres", "kilometers"):
                if q.i > 0 and lows[q.i - 1] == "within":
                    continue  # "to within 15 km of Uvira": how far from the place, not how deep the advance
                if q.i < m.trigger.i - _DEPTH_BEFORE:
                    continue  # "pushed 8 km into Sumy and taken the village": the depth of the advance before
                out.setdefault("depth_km", val)
            elif after in SETTLEMENT_WORDS or after2 in SETTLEMENT_WORDS:
                out.setdefault("settlements", val)
        return out



#: Participles that name a place's state when written before it after a preposition ("in occupied Crimea",
#: "of annexed Crimea"): no change of control is told.
_ATTRIBUTIVE_STATES = frozenset({"occupied", "annexed", "liberated", "captured", "seized", "besieged", "encircled",
                                 "held", "controlled"})
#: How many tokens before its verb a depth may stand ("a 12 km advance", "12 km were gained"); a depth further back
#: is another change's ("pushed 8 km into Sumy and taken the village of X").
_DEPTH_BEFORE = 3


def _locating(between: list[str]) -> bool:
    """ "in", "in the", "in central", "in the northern": words that place what comes before them; also a part
    of a town's head noun and "of" ("the Shejaiya neighbourhood of Gaza City", "the Tel al-Sultan area of
    Rafah": :data:`_PART_OF_TOWN`)."""
    if len(between) == 2 and between[0] in _PART_OF_TOWN and between[1] == "of":
        return True
    rest = between[1:] if between[:1] == ["in"] else None
    if rest is None:
        return False
    if rest[:1] == ["the"]:
        rest = rest[1:]
    return len(rest) <= 1 and all(w in DIRECTIONS for w in rest)


#: Verbs of moving into or within a region whose coordinated taking is in that region ("pushed into the Sumy
#: region and taken Yablunivka"; see TerritorialGrammar._coordinated_region).
_REGION_MOVES = frozenset({"enter", "push", "advance", "move", "break", "cross", "penetrate", "press", "storm",
                           "sweep", "roll", "drive", "march"})

#: The end of an operation a withdrawal is coordinated with ("completed a raid in Jenin and pulled back"; see
#: TerritorialGrammar._operation_left).
_ENDING_VERBS = frozenset({"complete", "end", "conclude", "finish", "wrap", "wind"})  # ("wrap up", "wind down")
_OPERATION_NOUNS = frozenset({"operation", "operations", "raid", "raids", "incursion", "offensive", "sweep", "assault"})

#: Frames that take ground only when a side acts on a place the gazetteer knows ("Russian forces have encircled
#: Pokrovsk" is an advance; "police surrounded the stadium" is none).
_SIDE_AND_LISTED_PLACE = frozenset({"tc.encircle"})

#: Verbs whose subject announces a taking written as a noun: "The army declared the liberation of Bara".
_ANNOUNCING = frozenset({"announce", "declare", "proclaim", "report", "confirm", "claim", "hail", "celebrate"})

#: A zone named by its description and located by the place after it: "the buffer zone on the Golan Heights".
_ZONE_HEADS = frozenset({"zone", "zones", "corridor"})
_ZONE_PREPS = frozenset({"on", "in", "inside", "along"})


def zone_located(r: Reading, chunks: list[Chunk]) -> list[Chunk]:
    """The noun groups that locate a described zone: "the buffer zone on the Golan Heights" → "the Golan Heights",
    "the demilitarised zone in Quneitra province" → "Quneitra province" (a zone word of :data:`_ZONE_HEADS`, then a
    preposition of :data:`_ZONE_PREPS`)."""
    ch = r.parse.chunks
    lows = r.parse.tokens.lows
    return [ch[c.index + 2] for c in chunks if c.index + 2 < len(ch) and lows[c.head] in _ZONE_HEADS and
            ch[c.index + 1].kind == "PREP" and ch[c.index + 1].lemma in _ZONE_PREPS and ch[c.index + 2].kind == "NG"]
