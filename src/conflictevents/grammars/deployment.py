"""The deployment grammar: slot readers over matched deployment frames.

``unit`` is the head of the ``unit`` role as written, in lower case
("troops", "military workers", "air defence systems"), and must be a force
(:data:`UNIT_HEADS`); ``size`` its count; ``actor`` the side of the
``actor`` role or the side named on the unit ("North Korean troops");
``location`` the first place of the ``location`` role (or the receiving
state); ``status`` ``planned`` under a future or intention.
"""

from __future__ import annotations

from typing import Any

from ..frames.matcher import FrameMatch
from ..lexicons import Lexicons
from ..mentions.places import PlaceFinder
from ..mentions.types import Kind, Mention
from ..phrases.chunks import Chunk
from ..phrases.relations import subject
from .anaphors import anaphor_place
from .base import Draft, Reading, Sides, civil_aircraft, dates_between, nationals_only
from .territorial import WORK_OR_HISTORY, zone_located

__all__ = ["DeploymentGrammar", "AIMED_PREPS", "aimed_launch", "UNIT_HEADS", "SHIP_PREFIXES", "CIVIL_TOO",
           "MILITARY_WORDS", "CIVIL_DEPLOYERS", "CIVIL_UNIT_WORDS", "BORDER_WORDS", "CROSSING_VERBS"]

#: Nouns whose infinitive is a plan: "plans to maintain troops".
#: words of a share of a force: "with more than half of them in the Kursk region"
_SHARES = frozenset({"half", "most", "many", "some", "all", "third", "quarter", "majority", "bulk", "rest"})
#: Prepositions and verbs of a topic: a deployment in a gerund after them is talked of ("on deploying forces",
#: "about sending troops", "discussed deploying troops"), so planned.
_TOPIC_PREPS = frozenset({"on", "about", "over"})
_DISCUSSING = frozenset({"discuss", "consider", "debate", "weigh", "mull", "propose", "explore", "study"})
_INTENT_NOUNS = frozenset({"plans", "plan", "intention", "proposal", "offer", "decision", "readiness", "promise",
                           "pledge",
                           # forces held ready: "put 3,000 troops on alert to deploy to the Middle East", "placed on
                           # standby to deploy to Poland" (a planned deployment)
                           "alert", "standby", "notice"})

#: What a deployment moves: forces, people in arms, and military assets.
UNIT_HEADS = frozenset({
    "troops", "soldiers", "forces", "force", "servicemen", "personnel", "units", "unit", "brigade", "brigades",
    "battalion", "battalions", "regiment", "regiments", "division", "divisions", "marines", "paratroopers",
    "workers", "peacekeepers", "advisers", "advisors", "instructors", "engineers", "sappers", "mercenaries",
    "trainers", "reinforcements", "contingent", "contingents", "warships", "ships", "destroyers", "frigates", "submarines",
    "carrier", "carriers", "jets", "aircraft", "bombers", "fighters", "warplanes", "helicopters", "systems",
    "batteries", "battery", "launchers", "tanks", "vehicles", "officers", "police", "policemen", "guards",
    "commandos", "specialists", "operators", "militants", "fighter", "squadron", "squadrons", "group",
    "policeman", "officer", "peacekeeper", "soldier", "marine", "contractors", "conscripts", "recruits",
    "strike group", "soldier", "troop", "military", "army", "armies", "gendarmes", "rangers", "combatants",
    # one ship, aircraft or weapon system sent somewhere ("dispatched a frigate to the Red Sea")
    "warship", "ship", "vessel", "vessels", "destroyer", "frigate", "submarine", "corvette", "cruiser", "jet",
    "bomber", "warplane", "corvettes", "cruisers", "minesweepers", "minesweeper", "gunboats",
    "helicopter", "tank", "launcher", "system", "regiment", "battalion", "division", "convoy", "flotilla",
    # reserves called up, and drone crews ("sent 5,000 reservists to the Golan", "stationed drones and pilots")
    "reservists", "reservist", "drones", "pilots",
    # crews of a weapon and combined formations ("North Korean artillery crews", "the NATO battlegroup")
    "crews", "crew", "battlegroup", "battlegroups", "battle group", "task force",
})

#: Prefixes of a navy's ship names, as written: "the USS Carl Vinson", "HMS Prince of Wales".
SHIP_PREFIXES = frozenset({"USS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "PNS", "FS", "FGS", "ROKS", "JS"})

#: Unit heads that are forces and nothing else.
#: Frames of forces being somewhere that are a deployment only with the place named ("fighting in the Kursk region";
#: "has fought the RSF in a war" is none).
_PLACED_FRAMES = frozenset({"dep.fight"})

#: Collective nouns that only say a force is a group: "a contingent of peacekeepers" deploys peacekeepers.
_MEMBER_COLLECTIVES = frozenset({"contingent", "contingents", "detachment", "detachments"})
FORCES = frozenset({"troops", "soldiers", "forces", "servicemen", "brigade", "brigades", "battalion", "battalions",
                    "regiment", "regiments", "marines", "paratroopers", "peacekeepers", "mercenaries",
                    "reinforcements", "contingent", "warships", "troop", "soldier", "reservists", "reservist"})

#: Unit heads also used for civilians and goods ("send engineers to its new campus", "workers", "vehicles"):
#: a deployment of one needs a side, or a word that makes it military ("military engineers", "air defence
#: systems").
CIVIL_TOO = frozenset({
    "workers", "advisers", "advisors", "instructors", "trainers", "engineers", "specialists", "operators",
    "contractors", "officers", "officer", "ships", "vehicles", "systems", "group", "recruits", "personnel", "police",
    "policemen", "policeman", "guards", "carrier", "carriers", "ship", "system", "convoy", "drones", "pilots",
    "crews", "crew", "vessel", "vessels",
    # park and wildlife rangers ("wildlife officials deployed rangers to patrol the trail"; "Army Rangers" are military)
    "rangers", "ranger",
})
MILITARY_WORDS = frozenset({
    "military", "army", "naval", "navy", "combat", "defence", "defense", "missile", "rocket", "armoured",
    "armored", "artillery", "special", "border", "riot", "war", "attack", "peacekeeping",
    "patriot", "assault", "marine", "air", "troops", "soldiers", "guard",
})

#: Deployers of civil emergency work, whose aircraft and crews are no forces ("firefighters deployed 30 water
#: bombers", "the fire service sent 12 helicopters"): words of the deployer's noun group.
CIVIL_DEPLOYERS = frozenset({"firefighters", "firefighter", "fire service", "fire services", "fire brigade",
                             "fire brigades", "fire department", "fire crews", "rescuers", "rescue services",
                             "emergency services", "ambulance service", "disaster agency", "forestry service",
                             "wildlife service", "wildlife officials", "wildlife authority", "park authorities",
                             "parks authority", "park officials"})
#: Words that make a unit civil emergency equipment: "water bombers", "firefighting aircraft", "rescue helicopters".
CIVIL_UNIT_WORDS = frozenset({"water", "firefighting", "fire-fighting", "rescue", "ambulance", "air-ambulance"})

#: Words of an airline's fleet and network: "deploy Boeing 777 aircraft on the route", "Airbus A320 jets on the
#: Lagos route" are a schedule, no forces (with no side named).
AIRLINE_WORDS = frozenset({"boeing", "airbus", "embraer", "bombardier", "comac", "dreamliner", "dreamliners",
                           "airliner", "airliners", "jetliner", "jetliners", "widebody", "wide-body", "narrowbody",
                           "narrow-body", "passenger", "route", "routes", "flights", "service", "services", "airline",
                           "airlines"})

#: Compass words that may end a unit's noun group before "of": "soldiers south of the Litani".
_TRAILING_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                  "southwest", "north-east", "north-west", "south-east", "south-west"})

#: Words of a state's edge that forces cross: "crossed the border into ...", "pushed across the frontier into ...".
BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})
#: The preposition that names the state on the other side of a border: "near the border with Armenia".
_BORDER_PARTNER_PREPS = frozenset({"with"})
#: Possessives that make a border the deployer's own: "along its border with Belarus".
_OWN_BORDER_WORDS = frozenset({"its", "their", "our"})


def border_partner(r: Reading, chunks: list[Chunk]) -> list[Chunk]:
    """The noun groups that name the state across a border (:data:`BORDER_WORDS`): "massed troops near the border
    with Armenia" → "Armenia" (the border word, then a preposition of :data:`_BORDER_PARTNER_PREPS`). Not for the
    deployer's own border ("stationed soldiers along its border with Belarus": they stay at home,
    :data:`_OWN_BORDER_WORDS`)."""
    ch = r.parse.chunks
    lows = r.parse.tokens.lows
    return [ch[c.index + 2] for c in chunks if c.index + 2 < len(ch) and lows[c.head] in BORDER_WORDS and
            lows[c.i] not in _OWN_BORDER_WORDS and
            ch[c.index + 1].kind == "PREP" and ch[c.index + 1].lemma in _BORDER_PARTNER_PREPS and
            ch[c.index + 2].kind == "NG"]


#: Verbs of ``dep.cross`` that cross a border by themselves: "crossed into Russia's Bryansk region".
CROSSING_VERBS = frozenset({"cross", "enter"})

#: Frames of travel that airlines and shipping share with forces ("sailed to", "flew to"): a deployment only
#: when the craft's side is named ("two French frigates sailed to the Red Sea").
_SIDED_FRAMES = frozenset({"dep.sail"})
#: Verbs that send others' forces: "ordered troops to ...".
_ORDERING = frozenset({"order", "ordered", "orders", "ordering"})
#: Infinitives after an ordered force that send it away, not somewhere: "ordered French troops to leave".
_LEAVING = frozenset({"leave", "withdraw", "exit", "quit", "depart", "evacuate", "vacate", "retreat", "pull",
                      "return"})

#: Prepositions that aim what a launch verb sends at a target: "sent 50 drones towards Kyiv" (not "to a base").
AIMED_PREPS = ("at", "against", "toward", "towards", "over")


def aimed_launch(r: Reading, m: FrameMatch) -> bool:
    """True when the verb of ``m`` also launches munitions aimed at a target ("Russia sent 50 drones and three
    missiles towards Kyiv overnight"): the sentence tells an attack, not forces or aid sent somewhere."""
    return m.pos == "verb" and any(
        x.frame.type == "strike" and x.frame.set.get("kind") == "launch" and x.trigger.i == m.trigger.i and
        any(x.relations.get(p) for p in AIMED_PREPS) for x in r.matches)


class DeploymentGrammar:
    """Reads deployments from matched frames."""

    event_type = "deployment"

    def __init__(self, lex: Lexicons, sides: Sides, places: PlaceFinder | None = None) -> None:
        self.lex = lex
        self.sides = sides
        self.places = places

    def read(self, r: Reading) -> list[Draft]:
        """The deployments of one sentence."""
        out: list[Draft] = []
        # "The Russian army deployed 2,000 soldiers to Kursk": a verb with an object deploys the object; its
        # subject is the actor, not also a unit that arrives (the intransitive frame ``dep.arrive``: "the army has
        # deployed to villages south of the Litani")
        transitive = {m.trigger.i for m in r.matches if m.type == "deployment" and m.pos == "verb" and
                      m.frame.id != "dep.arrive" and m.relations.get("patient")}
        for m in r.matches:
            if m.type != "deployment":
                continue
            if m.frame.id == "dep.arrive" and m.pos == "verb" and m.trigger.i in transitive:
                continue
            for d in self._build(r, m):
                if all(d.start != o.start or d.slots["unit"] != o.slots["unit"] for o in out):
                    out.append(d)
        out.extend(self._presence(r, out))
        return out

    def _presence(self, r: Reading, found: list[Draft]) -> list[Draft]:
        """Constructions of presence (``dep.there-are``, ``dep.including``):

        "there are 10,000 North Koreans in Russia" (a count of forces in a place), and, after a deployment in
        the same sentence, "including as many as 8,000 in the Kursk region", "with more than half of them in X".
        """
        p = r.parse
        lows = p.tokens.lows
        chunks = p.chunks
        out: list[Draft] = []
        for k, c in enumerate(chunks):
            if c.kind == "NG" and lows[c.i] == "there" and k + 2 < len(chunks) and chunks[k + 1].kind == "VG" \
                    and chunks[k + 1].lemma == "be" and chunks[k + 2].kind == "NG":
                unit_chunk = chunks[k + 2]
                found_unit = self._unit(r, [unit_chunk])
                if found_unit is None:
                    continue
                place = self._place_after(r, k + 3)
                size = next((q.value for q in unit_chunk.mentions if q.kind is Kind.QUANTITY
                             and q.value.value is not None), None)
                if place is None or size is None:
                    continue
                actor = self.sides.named([unit_chunk])
                status = "planned" if chunks[k + 1].modal in ("future", "planned") else "occurred"
                start, end = r.chars(c.i, c.j)[0], place.end
                out.append(Draft("deployment", "dep.there-are", start, end,
                                 {"actor": actor, "location": place, "size": size, "unit": found_unit[1] or None,
                                  "status": status}, sentence=r.index, date_mention=None))
        anchor = (found + out)[-1] if found or out else None
        if anchor is None:
            return out
        for t in range(len(lows) - 2):
            if lows[t] in ("including", "with") or (lows[t] == "," and t + 1 < len(lows) and p.tags[t + 1] == "N"):
                q = next((m for m in p.mentions if m.kind is Kind.QUANTITY and t < m.i <= t + 3
                          and m.value.value is not None), None)
                if q is None and lows[t] == "with":
                    q = next((m for m in p.mentions if m.kind is Kind.QUANTITY and t < m.i <= t + 3), None)
                part = None
                if q is None and lows[t] == "with":
                    # "with more than half of them in X", "with most of them in X": a share, no count
                    part = next((x for x in range(t + 1, min(len(lows) - 2, t + 4)) if lows[x] in _SHARES
                                 and lows[x + 1] == "of" and lows[x + 2] in ("them", "those")), None)
                if q is None and part is None:
                    continue
                at = q.i if q is not None else part
                if at is None:
                    continue
                k = p.chunk_of[at]
                # "with more than half of them in the Kursk region", "including as many as 8,000 in the Kursk region"
                place = self._place_after(r, k + 1, skip_of=True)
                if place is None or place.start < anchor.start:
                    continue
                start = q.start if q is not None else r.chars(t, t + 1)[0]
                if start < anchor.end and lows[t] != "including":
                    continue
                slots = dict(anchor.slots)
                slots["location"] = place
                slots["size"] = q.value if q is not None and q.value.value is not None else None
                out.append(Draft("deployment", "dep.including", start, place.end, slots, sentence=r.index))
                anchor = out[-1]
        return out

    def _place_after(self, r: Reading, k: int, skip_of: bool = False) -> Mention | None:
        """The place of an "in X" phrase at chunk ``k`` (past adverbs, and "of them")."""
        chunks = r.parse.chunks
        while k < len(chunks) and (chunks[k].kind == "ADV" or (skip_of and chunks[k].kind in ("PREP", "NG") and
                                                                r.parse.tokens.lows[chunks[k].i] in ("of", "them"))):
            k += 1
        if k + 1 < len(chunks) and chunks[k].kind == "PREP" and chunks[k].lemma in ("in", "inside", "into"):
            places = [m for m in chunks[k + 1].mentions if m.kind is Kind.PLACE]
            return places[0] if places else None
        return None

    def _unit(self, r: Reading, chunks: list[Chunk]) -> tuple[Chunk, str] | None:
        """The first force among ``chunks`` and its name as written (see :meth:`_units`)."""
        units = self._units(r, chunks)
        return units[0] if units else None

    def _head(self, r: Reading, c: Chunk) -> int:
        """The head of a unit's noun group: "thousands of soldiers south (of the river)" -> "soldiers", "the
        aircraft carrier USS Carl Vinson" -> "carrier", "the USS Carl Vinson" -> "USS" (a named warship)."""
        lows, tags, words = r.parse.tokens.lows, r.parse.tags, r.parse.tokens.words
        head = c.head
        ship = next((k for k in range(c.i, c.j - 1) if words[k] in SHIP_PREFIXES and words[k + 1][:1].isupper()),
                    None)
        if ship is not None:
            return ship - 1 if ship - 1 >= c.i and lows[ship - 1] in UNIT_HEADS else ship
        if lows[head] in _TRAILING_DIRECTIONS and head - 1 >= c.i and tags[head - 1] == "N" and \
                head + 1 < len(lows) and lows[head + 1] == "of":
            return head - 1
        return head

    def _units(self, r: Reading, chunks: list[Chunk]) -> list[tuple[Chunk, str]]:
        """The forces among ``chunks`` (each of "a THAAD battery and 100 troops"), with their names as written:
        the head with the words that make it ("military workers", "air defence systems"), without counts, sides
        and determiners; "" for people named by nationality only ("10,000 North Koreans")."""
        lows = r.parse.tokens.lows
        out: list[tuple[Chunk, str]] = []
        for c in chunks:
            head_at = self._head(r, c)
            head = lows[head_at]
            if r.parse.tokens.words[head_at] in SHIP_PREFIXES:
                out.append((c, ""))  # "dispatched the USS Carl Vinson": a named warship, no unit word
                continue
            if head in UNIT_HEADS or any(m.kind is Kind.ACTOR and m.form == "people" and m.i <= head_at < m.j
                                         for m in c.mentions):
                k = head_at
                while k - 1 >= c.i and r.parse.tags[k - 1] == "N" and not any(
                        mm.kind in (Kind.QUANTITY, Kind.ACTOR, Kind.PERSON, Kind.PLACE) and mm.i <= k - 1 < mm.j
                        for mm in c.mentions) and not any(ch.isdigit() for ch in lows[k - 1]) and \
                        lows[k - 1] not in ("more", "additional", "other", "new", "extra", "some", "several", "further",
                                            "fresh", "second", "third", "fourth", "fifth", "first", "another"):
                    # (a model's designation, "B-52", is no part of the unit's name)
                    k -= 1
                unit = " ".join(lows[k:head_at + 1])
                if any(m.kind is Kind.ACTOR and m.form == "people" and m.i <= head_at < m.j for m in c.mentions):
                    unit = ""  # "10,000 North Koreans": no unit, the people are named by nationality
                out.append((c, unit))
        return out

    def _accused(self, r: Reading, m: FrameMatch) -> tuple[str, str] | None:
        """ "Kinshasa accused Rwanda of deploying thousands of soldiers": the side accused deploys."""
        if m.roles.get("actor"):
            return None
        for a in r.matches:
            if a.frame.id == "claim.accuse" and a.head < m.head and a.roles.get("accused"):
                return self.sides.named(a.roles["accused"][:1])
        return None

    def _build(self, r: Reading, m: FrameMatch) -> list[Draft]:
        lows = r.parse.tokens.lows
        would = m.governor is not None and "would" in m.governor.aux
        if m.neg or m.modal in ("negated", "attempted", "conditional") or (m.modal == "hypothetical" and not would):
            return []
        t = m.trigger
        planned_by_noun = t.kind == "VG" and not t.finite and t.i >= 1 and lows[t.i - 1] in _INTENT_NOUNS
        chunks = r.parse.chunks
        # "signed a declaration on deploying forces", "talks about sending troops", "discussed deploying troops":
        # a deployment talked of, not made
        planned_by_noun = planned_by_noun or (
            t.kind == "VG" and t.tag == "ing" and not t.aux and m.pos == "verb" and (
                (t.i >= 1 and lows[t.i - 1] in _TOPIC_PREPS) or t.governing in _DISCUSSING or (
                    t.index > 0 and chunks[t.index - 1].kind == "VG" and chunks[t.index - 1].lemma in _DISCUSSING)))
        if t.kind == "VG" and not t.finite and lows[t.i] == "to" and not t.governing and not planned_by_noun:
            return []  # "to deploy troops": a purpose
        status = "planned" if m.modal in ("future", "planned", "hypothetical") or planned_by_noun or \
            m.light_option == "planned" else "occurred"  # (and "approved the deployment of ...")
        if m.frame.id == "dep.cross" and (status != "occurred" or not self._into_a_state(r, m)):
            return []  # moving within a country is a territorial change, not a deployment
        if m.frame.id == "dep.cross" and any(nationals_only(r, c) for c in m.roles.get("unit", [])[:1]):
            return []  # "Thousands of Ukrainians crossed into Poland": people fleeing or travelling, no force
        units = self._coordinated(r, self._units(r, m.roles.get("unit", [])))
        if not units or self._struck_there(r, units[0][0]):
            return []
        chunks = r.parse.chunks
        after = units[0][0].index + 1
        if lows[m.head] in _ORDERING and after < len(chunks) and (
                (chunks[after].kind == "VG" and chunks[after].lemma in _LEAVING) or lows[chunks[after].i] == "out"):
            # "Niger's junta ordered French troops to leave", "ordered the last American soldiers out of its
            # territory": the orderer deploys nothing
            return []
        if WORK_OR_HISTORY.search(r.text):
            return []  # "In June 1944, Allied troops landed in Normandy": a war of long ago, a film's plot
        if aimed_launch(r, m):
            return []  # "Russia sent 50 drones towards Kyiv overnight": an attack, nothing posted there
        ci, cj = r.clause_of(m.head)
        location: Mention | None = self._unlisted_destination(r, m)
        for pl in r.places_in(m.roles.get("location", []) + zone_located(r, m.roles.get("location", [])) +
                              border_partner(r, m.roles.get("location", []))) if location is None else ():
            location = pl
            break
        if location is None and m.roles.get("receiver"):
            for pl in r.places_in(m.roles["receiver"]):
                location = pl
                break
        if location is None:
            # "sent to the area", "deployed to the region": the place of that kind named before
            location = next((a for c in m.roles.get("location", []) if (a := anaphor_place(r, c))), None)
        if location is None and not m.roles.get("location"):
            location = self._past_purpose(r, units[-1][0])
        if location is None:
            location = self._compass_place(r, units[0][0])
        out: list[Draft] = []
        for unit_chunk, unit in units:
            unit_chunk, unit = self._counted_members(r, unit_chunk, unit)
            head = lows[self._head(r, unit_chunk)]
            actor = self.sides.of(r, m.roles.get("actor", []), m.head) or self.sides.named([unit_chunk]) or \
                self._members_side(r, unit_chunk) or self._accused(r, m) or self._with_absolute(r, m, unit_chunk)
            if actor is None and head in CIVIL_TOO and not set(lows[unit_chunk.i:unit_chunk.j]) & MILITARY_WORDS:
                continue  # "the tech giant will send engineers to Dublin"
            if actor is None and civil_aircraft(r, [unit_chunk]):
                continue  # "Emirates is sending its A380 jets to Sydney": an airline's fleet, no forces
            if actor is None and m.frame.id in _SIDED_FRAMES:
                continue  # "Ryanair jets flew to Madrid": travel of craft with no side named
            if self._civil_emergency(r, m, unit_chunk):
                continue  # "firefighters deployed 30 water bombers": fire and rescue work, no forces
            if actor is None and (set(lows[unit_chunk.i:unit_chunk.j]) | {lows[c.head] for c in m.roles.get(
                    "location", []) + m.roles.get("actor", [])}) & AIRLINE_WORDS:
                # "Emirates will deploy Boeing 777 aircraft on the route", "the airline moved three aircraft to
                # Dubai": an airline's schedule
                continue
            if m.frame.id == "dep.cross" and actor is not None and location is not None and \
                    actor[1] == location.value.country:
                continue  # "Ukrainian troops crossed into Ukraine's Kharkiv region": no other state entered
            if location is None and m.frame.id in _PLACED_FRAMES:
                continue  # "Sudan's army has fought the RSF since 2023 in a war": no place, a war's background
            if location is None and not m.roles.get("location") and not (
                    actor is not None and head in FORCES and m.pos == "verb"):
                continue  # "deploy resources"; but "the UK would deploy troops": a side's forces, no place
            size = next((q.value for q in unit_chunk.mentions if q.kind is Kind.QUANTITY
                         and q.value.value is not None), None)
            out.append(self._draft(r, m, ci, cj, unit_chunk, {"actor": actor, "location": location, "size": size,
                                                              "unit": unit or None, "status": status}))
        return out

    def _into_a_state(self, r: Reading, m: FrameMatch) -> bool:
        """ "crossed into Uganda", "pushed across the frontier into Lebanon", "crossed into Russia's Bryansk
        region", "crossed the border into the Gedo region": forces entering another state (``dep.cross``). The
        place is a country, or a region entered across a border (:data:`BORDER_WORDS`) or by a crossing verb
        (:data:`CROSSING_VERBS`) and written with its state ("Russia's ...", "... of Russia"); "entered the Kursk
        region" or "pushed into Ukraine's Donetsk region" is movement inside a war, not a crossing."""
        lows = r.parse.tokens.lows
        roles = m.roles.get("location", [])
        for c in roles + zone_located(r, roles):  # "moved into the buffer zone inside Syria"
            places = r.places_in([c])
            if not places:
                continue
            place = places[0].value
            if place.precision.value == "country":
                return True
            if place.precision.value != "admin1":
                return False
            if any(w in BORDER_WORDS for w in lows[m.trigger.j:c.i]):
                return True
            state = self.sides.named([c])
            return m.trigger.lemma in CROSSING_VERBS and state is not None and state[1] == place.country
        return False

    def _counted_members(self, r: Reading, unit_chunk: Chunk, unit: str) -> tuple[Chunk, str]:
        """ "a joint force of up to 10,000 troops", "a contingent of 500 soldiers": an uncounted force whose
        "of" phrase counts its members is read as those members (their count is the size); a collective of
        :data:`_MEMBER_COLLECTIVES` is read as its members even uncounted ("a contingent of Nepalese
        peacekeepers" → peacekeepers)."""
        chunks = r.parse.chunks
        k = unit_chunk.index
        if any(q.kind is Kind.QUANTITY for q in unit_chunk.mentions) or k + 2 >= len(chunks) or \
                chunks[k + 1].kind != "PREP" or chunks[k + 1].lemma != "of" or chunks[k + 2].kind != "NG":
            return unit_chunk, unit
        members = chunks[k + 2]
        if not any(q.kind is Kind.QUANTITY and q.value.value is not None for q in members.mentions) and \
                r.parse.tokens.lows[unit_chunk.head] not in _MEMBER_COLLECTIVES:
            return unit_chunk, unit
        inner = self._units(r, [members])
        return inner[0] if inner else (unit_chunk, unit)

    def _unlisted_destination(self, r: Reading, m: FrameMatch) -> Mention | None:
        """ "sent 120 peacekeepers to Nasir in Upper Nile state": a destination the gazetteer lacks, a capitalised
        name right after "to" or "into" that a region locates (or that ends the clause), is the location; the
        region only places it."""
        chunks = r.parse.chunks
        roles = m.roles.get("location", [])
        if self.places is None or not roles or r.places_in(roles[:1]):
            return None
        c = roles[0]
        if c.index < 1 or chunks[c.index - 1].kind != "PREP" or chunks[c.index - 1].lemma not in ("to", "into") or \
                any(mm.kind is not Kind.DATE for mm in c.mentions):
            return None
        place = self.places.unlisted(r.parse.tokens, c.i)
        if place is None or place.j != c.j:
            return None
        nxt = chunks[c.index + 1] if c.index + 1 < len(chunks) else None
        if nxt is not None and nxt.kind not in ("PUNCT", "DATE") and not (nxt.kind == "PREP" and nxt.lemma == "in"):
            return None
        return place

    def _members_side(self, r: Reading, unit_chunk: Chunk) -> tuple[str, str] | None:
        """ "a contingent of Kenyan police", "the first battalion of French troops": the side named in the "of"
        phrase that says what a force is made of."""
        chunks = r.parse.chunks
        k = unit_chunk.index
        if k + 2 >= len(chunks) or chunks[k + 1].kind != "PREP" or chunks[k + 1].lemma != "of" or \
                chunks[k + 2].kind != "NG" or not self._units(r, [chunks[k + 2]]):
            return None
        return self.sides.named([chunks[k + 2]])

    def _civil_emergency(self, r: Reading, m: FrameMatch, unit_chunk: Chunk) -> bool:
        """ "Firefighters deployed 30 water bombers", "rescue helicopters were sent to the valley": a deployer of
        emergency work (:data:`CIVIL_DEPLOYERS`), or a unit of its equipment (:data:`CIVIL_UNIT_WORDS`) with no
        military word."""
        lows = r.parse.tokens.lows
        unit_words = set(lows[unit_chunk.i:unit_chunk.j])
        if unit_words & CIVIL_UNIT_WORDS and not unit_words & MILITARY_WORDS:
            return True
        for c in m.roles.get("actor", []):
            words = lows[c.i:c.j]
            if words in (["they"], ["it"], ["we"]):
                # "wildlife officials said they had deployed rangers": the pronoun is the speaker before it
                words = lows[:c.i]
            if any(" ".join(words[k:k + n]) in CIVIL_DEPLOYERS for n in (1, 2) for k in range(len(words))):
                return True
        return False

    def _compass_place(self, r: Reading, unit_chunk: Chunk) -> Mention | None:
        """ "deploying soldiers south of the Litani River", "troops north of Kharkiv": the place a unit's trailing
        compass word (:data:`_TRAILING_DIRECTIONS`) locates it by."""
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        k = unit_chunk.index
        if lows[unit_chunk.j - 1] not in _TRAILING_DIRECTIONS or k + 2 >= len(chunks) or \
                chunks[k + 1].kind != "PREP" or chunks[k + 1].lemma != "of" or chunks[k + 2].kind != "NG":
            return None
        places = r.places_in([chunks[k + 2]])
        return places[0] if places else None

    def _past_purpose(self, r: Reading, unit_chunk: Chunk) -> Mention | None:
        """ "sending a battery and 100 troops to operate it to Israel": the place after a purpose infinitive
        and its object."""
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        k = unit_chunk.index + 1
        if k >= len(chunks) or chunks[k].kind != "VG" or chunks[k].finite or lows[chunks[k].i] != "to":
            return None
        k += 1
        if k < len(chunks) and chunks[k].kind == "NG":
            k += 1
        if k + 1 < len(chunks) and chunks[k].kind == "PREP" and chunks[k].lemma in ("to", "into") and \
                chunks[k + 1].kind == "NG":
            places = r.places_in([chunks[k + 1]])
            return places[0] if places else None
        return None

    def _struck_there(self, r: Reading, unit_chunk: Chunk) -> bool:
        """ "struck areas where enemy troops were concentrated": forces in a relative clause on what a strike
        hit describe the target; they are no deployment."""
        chunks = r.parse.chunks
        k = unit_chunk.index
        if k < 2 or chunks[k - 1].kind not in ("SUB", "REL") or r.parse.tokens.lows[chunks[k - 1].i] != "where":
            return False
        antecedent = chunks[k - 2]
        # (the antecedent a role of the strike, or a later target listed with them: "hit airfields, workshops and
        # areas where ...")
        return any(a.type == "strike" and (any(antecedent in cs for cs in a.roles.values()) or (
            a.pos == "verb" and a.trigger.index < antecedent.index)) for a in r.matches)

    def _with_absolute(self, r: Reading, m: FrameMatch, unit_chunk: Chunk) -> tuple[str, str] | None:
        """ "Russia's Africa Corps has replaced Wagner in Mali, with around 2,000 personnel stationed at bases in
        Bamako": a force after "with", then its participle, belongs to the sentence's subject."""
        chunks = r.parse.chunks
        k = unit_chunk.index
        if m.trigger.kind != "VG" or m.trigger.index != k + 1 or k < 1 or chunks[k - 1].kind != "PREP" or \
                chunks[k - 1].lemma != "with":
            return None
        for ch in chunks[:k]:
            if ch.kind == "VG" and ch.finite:
                subj = subject(r.parse, ch)
                return self.sides.named(subj) if subj and subj[0].j <= unit_chunk.i else None
        return None

    def _coordinated(self, r: Reading, units: list[tuple[Chunk, str]]) -> list[tuple[Chunk, str]]:
        """The first unit and those coordinated with it ("a THAAD battery and about 100 troops")."""
        out = units[:1]
        chunks = r.parse.chunks
        for c, unit in units[1:]:
            between = chunks[out[-1][0].index + 1:c.index]
            if not between or not all(x.kind == "CONJ" or (x.kind == "PUNCT" and x.lemma == ",") for x in between):
                break
            out.append((c, unit))
        return out

    def _draft(self, r: Reading, m: FrameMatch, ci: int, cj: int, unit_chunk: Chunk,
               slots: dict[str, Any]) -> Draft:
        """One deployment of ``unit_chunk``, its span from the trigger to the unit, place and actor."""
        location = slots["location"]
        status = slots["status"]
        dates = dates_between(r, ci, cj) or dates_between(r, ci, cj, own=False)
        spans = [r.chars(m.trigger.i, m.trigger.j), r.chars(unit_chunk.i, unit_chunk.j)]
        spans += [(location.start, location.end)] if location is not None else [
            r.chars(c.i, c.j) for c in m.roles.get("location", [])[:1]]
        spans += [r.chars(c.i, c.j) for c in m.roles.get("actor", []) if c.i >= ci]
        c_start, c_end = r.chars(ci, cj)
        start = max(c_start, min(s for s, _ in spans))
        end = min(c_end, max(e for _, e in spans))
        t = m.trigger
        # "signed a declaration on Tuesday on deploying forces": a day before a deployment talked of is the talk's
        talked_day = status == "planned" and bool(dates) and t.kind == "VG" and t.tag == "ing" and not t.aux and \
            dates[0].j <= t.i
        return Draft("deployment", m.frame.id, start, end, slots, sentence=r.index, planned=status == "planned",
                     date_mention=dates[0] if dates else None, extra={"pledge_day": True} if talked_day else {})
