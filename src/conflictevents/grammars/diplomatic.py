"""The diplomatic-event grammar: slot readers over matched diplomatic frames.

``kind`` is the frame's. ``participants`` are the sides in the frame's
``participant``, ``giver``, ``receiver`` and ``target`` roles (a visit adds the
country visited, "the two sides" the story's parties); never the ``topic``
("talks on Ukraine"). ``location`` is the first place of the ``location``
role. ``status`` is ``planned`` under a future or intention ("will meet",
"is set to visit", "agreed to hold talks", a proposal), else ``occurred``;
hypotheticals and negations give nothing.
"""

from __future__ import annotations

from typing import Any

from ..frames.matcher import FrameMatch
from ..lexicons import Lexicons
from ..mentions.types import Kind, Mention
from ..mentions.words import FORCE_NOUNS, PAIR_HEADS
from ..models import GeoPrecision
from ..phrases.chunks import Chunk
from ..phrases.relations import is_pair, object_of
from .base import Draft, Reading, Sides, civil_aircraft, dates_between
from .deployment import aimed_launch

__all__ = ["DiplomaticGrammar", "AID_GOODS", "PERSONNEL", "PRIVATE_PERSON_HEADS", "DEPLOYED_ASSETS",
           "PEACETIME_TOPICS", "TRADE_STORY_WORDS"]

#: Heads of what aid gives (besides weapon words): "air defence systems", "ammunition", "a package".
AID_GOODS = frozenset({
    "weapons", "arms", "ammunition", "munitions", "systems", "system", "tanks", "aid", "shells", "jets", "equipment",
    "package", "packages", "assistance", "support", "batteries", "battery", "launchers", "vehicles", "howitzers",
    "funding", "loan", "loans", "grant", "billion", "million", "money", "help", "supplies", "weaponry", "materiel",
    "interceptors", "rounds", "fighter", "aircraft", "helicopters", "drones", "missiles", "patriots", "himars",
    "f-16s", "armour", "armor", "guarantees", "training", "intelligence", "generators", "food", "medicine",
    "fuel", "humanitarian", "military", "security", "defence", "defense", "parcels", "meals", "rations", "flour",
    "medicines", "medical", "tents",
})
#: Military platforms a state sends with their crews: sent with no receiving state, a deployment, not aid.
DEPLOYED_ASSETS = frozenset({"carrier", "carriers", "warship", "warships", "destroyer", "destroyers", "frigate",
                             "frigates", "submarine", "submarines", "bomber", "bombers", "cruiser", "cruisers",
                             "corvette", "corvettes", "flotilla", "squadron", "squadrons", "group", "fleet"})
#: People sent are a deployment, not aid.
PERSONNEL = frozenset({"troops", "soldiers", "workers", "personnel", "servicemen", "policemen", "officers",
                       "peacekeepers", "advisers", "advisors", "instructors", "trainers", "engineers", "sappers",
                       "mercenaries", "forces", "units", "marines", "paratroopers", "contingent", "battalion",
                       "commandos", "reinforcements", "reservists", "gendarmes", "brigade"})
#: Topics of contact between states that no conflict is about: "trade talks", "talks on tariffs", "a free trade
#: agreement", "climate talks" give no event unless the sentence has a word of war (``_WAR_WORDS``).
PEACETIME_TOPICS = frozenset({"trade", "tariff", "tariffs", "climate", "tax", "taxes", "taxation", "investment",
                              "visa", "visas", "fishing", "fisheries", "tourism", "customs", "pension", "pensions",
                              "wages", "pay", "merger", "football", "sport", "sports"})
#: Words of a side in labour talks: "talks between the finance ministry and the Histadrut labour federation", "the
#: union's talks with employers" are no contact between states (:meth:`DiplomaticGrammar._peacetime_topic`).
LABOUR_SIDES = frozenset({"labour", "labor", "histadrut", "employers", "workers", "teachers",
                          "doctors", "nurses", "dockworkers", "pilots"})
#: Words of a story of trade: a document with them in two sentences or more and hardly a word of war
#: (``Story.doc_trade``) is about trade talks, tariffs or duties ("UK and India conclude trade talks"; "the
#: Commission will impose tariff sanctions on steel"), and its contact between states is no event.
TRADE_STORY_WORDS = frozenset({"trade", "tariff", "tariffs", "duties", "free-trade", "customs", "steel",
                               "aluminium", "aluminum", "protectionism", "anti-dumping", "dumping", "exporters",
                               "importers"})
#: Words of war that keep such contact an event: "trade talks on sanctions over the war in Ukraine".
_WAR_WORDS = frozenset({"war", "ceasefire", "truce", "sanctions", "troops", "military", "weapons", "arms",
                        "invasion", "hostages", "prisoners", "peace", "security", "attack", "attacks", "strikes"})
#: Words of a sports fixture or a sports body's discipline: "India and Pakistan will meet in the Asia Cup final",
#: "Brazil and Argentina meet in a World Cup qualifier", "UEFA imposed sanctions on the club": national teams and
#: sports bodies, no contact between states (:meth:`DiplomaticGrammar._sport`). One word, or two joined by a space.
#: (Not "friendly" alone, nor "goals": "a friendly meeting", "the goals of the talks".)
SPORT_WORDS = frozenset({
    "match", "matches", "qualifier", "qualifiers", "semi-final", "semi-finals", "semifinal", "semifinals",
    "quarter-final", "quarter-finals", "quarterfinal", "quarterfinals", "tournament", "fixture", "fixtures",
    "friendly match", "innings", "wicket", "wickets", "kick-off", "derby", "play-off", "play-offs", "playoff",
    "playoffs", "olympics", "stadium", "referee", "squad", "squads", "uefa", "fifa", "world cup", "cup final",
    "asia cup", "africa cup", "copa america", "euro 2024", "euro 2028", "bilateral series", "test series",
    "neutral venue", "neutral venues", "grand prix", "davis cup", "world championship", "world championships",
})
#: Heads of a sanctioned noun group that name a sports side, not a state: "sanctions on Serbian club Partizan",
#: "on the Russian Olympic Committee", "on the Mexican federation" (with :data:`SPORT_WORDS` or a sports body).
SPORT_TARGET_HEADS = frozenset({"club", "clubs", "team", "teams", "squad", "federation", "committee", "league",
                                "player", "players", "athlete", "athletes", "fans", "supporters"})
#: Sports bodies that discipline clubs and federations: their sanctions are no measures between states.
SPORT_BODIES = frozenset({"uefa", "fifa", "ioc", "wada", "caf", "afc", "concacaf", "conmebol", "fiba", "fina",
                          "olympic", "athletics", "cas"})
#: Words of a sports body's discipline that make sanctions in their sentence its penalty on a club or a
#: federation, whatever the sanctioned side is named by ("the disciplinary committee imposed sanctions on Albania
#: after a flare was thrown onto the pitch"; "sanctioned Serbia over racist chanting by fans"). One word, or two
#: joined by a space.
SPORT_DISCIPLINE_WORDS = frozenset({
    "disciplinary", "governing body", "pitch", "fans", "supporters", "flare", "flares", "chants", "chanting",
    "doping", "closed doors", "match", "matches", "qualifier", "stadium", "referee", "tournament", "fixture",
})
#: Words of war that keep a sports sentence's contact an event ("the two teams' ministers met as the war ...").
_SPORT_WAR_WORDS = frozenset({"war", "ceasefire", "truce", "troops", "military", "weapons", "arms", "invasion",
                              "hostages", "prisoners", "peace", "conflict", "occupation", "annexation"})
_BOTH_SIDES = ("the two sides", "both sides", "the two countries", "both countries", "each other", "the sides",
               "the parties", "both parties", "the two parties", "the two nations", "the two leaders",
               "both leaders", "the two governments", "the two delegations", "the delegations")
#: Determiners before a trigger noun that make it no event: "any deal", "such an agreement", "no talks".
_NOT_AN_EVENT_DETERMINERS = frozenset({"any", "such", "no", "without", "every", "whatever", "possible",
                                       "potential", "hypothetical", "future"})
#: A request or appeal before the trigger: the event is asked for, not held.
_REQUEST_WORDS = frozenset({"urged", "urge", "urges", "urging", "asked", "asks", "asking", "called", "calling",
                            "appealed", "requested", "demanded", "pleaded", "begged", "pressed", "pushing", "pushed",
                            "trying", "tried", "try", "efforts", "effort", "attempt", "attempts", "seeking", "seek",
                            # a want stated in the present: "We need talks between Kinshasa and the M23", "Kyiv
                            # wants sanctions on Russian banks"
                            "need", "needs", "want", "wants"})
#: Nouns whose infinitive is a plan: "plans to meet", "an offer to host talks".
_INTENT_NOUNS = frozenset({"plans", "plan", "intention", "intentions", "proposal", "offer", "readiness",
                           "decision", "agreement", "promise", "pledge", "invitation"})
#: Heads of a noun group that name an official (who may travel on a visit).
_OFFICIAL_HEADS = frozenset({"president", "minister", "chancellor", "secretary", "envoy", "delegation", "leader",
                             "premier", "king", "ambassador", "chief", "official", "officials", "diplomat",
                             "diplomats", "foreign", "spokesman", "emir", "prince",
                             # "The leaders of France and Germany will travel to Kyiv", "Israeli negotiators are
                             # expected to travel to Cairo", "an Israeli negotiating team"
                             "leaders", "ministers", "presidents", "negotiators", "negotiator", "negotiating",
                             "delegations", "envoys", "mediators", "ambassadors"})
#: Words before an official's head that make the officials those of civil life, not of a state: "union leaders",
#: "business leaders", "church leaders", "opposition leaders" (talks with them are no contact between states).
_CIVIL_MODIFIERS = frozenset({"union", "unions", "trade-union", "business", "businesses", "church", "religious",
                              "community", "student", "students", "industry", "industrial", "farm", "farmers",
                              "farming", "opposition", "party", "civic", "civil", "corporate", "tech", "youth",
                              "club", "league", "sports", "team", "local", "council", "school", "hospital"})
#: Words before an authority's head that make it a regulator of one trade, whose talks with a company or a club are
#: no contact between states: "talks with Russian aviation authorities", "the Turkish football federation".
_SECTOR_BODY_MODIFIERS = frozenset({"aviation", "airport", "airline", "civil-aviation", "football", "sports",
                                    "railway", "railways", "shipping", "tourism", "broadcasting", "telecoms",
                                    "telecommunications"})
#: Words before "team" or "group" that make it a state's envoys, no business: "an Israeli negotiating team".
_ENVOY_TEAM_WORDS = frozenset({"negotiating", "negotiation", "diplomatic", "mediation", "technical", "security"})
_MULTI = ("meeting", "call")
#: Aid nouns that are aid only in a story of war ("a 90 billion euro loan to Ukraine"), not a bank's ("a loan to
#: Kenya for road building"): frame ``dip.aid``, guard ``dip.guard.peacetime-loan``.
_LOAN_WORDS = frozenset({"loan", "loans"})
#: "-ing" forms that, closing a "with" phrase after talks, add those named to the talks ("with U.S. envoys attending").
_PRESENCE_FORMS = frozenset({"attending", "participating", "present", "observing"})
#: Words before "round" that make it a round of the story's talks ("the previous round, held in Muscat", "the
#: next round"): frame ``dip.round``; never "round" alone (boxing, funding, a tournament).
_ROUND_MODIFIERS = frozenset({"previous", "last", "next", "latest", "new", "fresh", "first", "second", "third",
                              "fourth", "fifth", "sixth", "seventh", "eighth", "final", "earlier", "upcoming",
                              "current", "opening"})
#: Verbs that make talks happen on a day ("resumed on Sunday", "were held on Friday").
_OCCURRING = frozenset({"hold", "begin", "start", "resume", "open", "launch", "conclude", "end", "take", "meet",
                        "have", "conduct", "kick", "restart", "continue",
                        # "Egyptian mediators hosted talks between Israel and Hamas in Cairo on Sunday"
                        "host", "co-host", "attend", "join", "mediate", "broker", "facilitate", "chair", "convene"})
#: Verbs of agreeing in a past form, under which what the sides agreed to do is an agreement that happened.
_AGREED_PAST = {"agree": frozenset({"agreed"})}
#: Participles whose "by" phrase names a host or mediator: "talks facilitated by Belarus".
_HOSTING = frozenset({"facilitated", "mediated", "brokered", "hosted", "co-hosted", "organised", "organized",
                      "sponsored", "chaired", "convened"})
_HOSTING_FORMS = frozenset({"facilitate", "facilitates", "facilitating", "mediate", "mediates", "mediating",
                            "broker", "brokers", "brokering", "host", "hosts", "hosting"})
#: Event nouns whose modifier names the mediator, not a side: "under Qatari mediation", "Egypt's mediation".
_MEDIATION_NOUNS = frozenset({"mediation"})
#: Prepositions before an event noun with a "with" party that make the clause's subject the other party: "freed
#: 84 soldiers in an exchange with Russia", "during talks with Kyiv".
_ADJUNCT_PREPS = frozenset({"in", "during", "under", "through", "after", "following"})
#: Kinds of event a mediation named beside it is part of ("resumed talks under Qatari mediation").
_MEDIATED_KINDS = ("talks", "meeting", "summit", "agreement")
#: What a hyphen joins to a side's name to make it the mediator: "Egyptian-brokered talks", "a Turkish-mediated
#: exchange", "Qatar-hosted negotiations".
_HOSTING_SUFFIXES = tuple("-" + w for w in sorted(_HOSTING))
#: Heads of a noun group that name a business, not a state: "a deal with German music publisher X",
#: "talks with a Chinese carmaker": the nationality before them is not a party.
BUSINESS_HEADS = frozenset({
    "company", "companies", "firm", "firms", "publisher", "publishers", "carmaker", "carmakers", "automaker",
    "bank", "banks", "lender", "lenders", "retailer", "retailers", "maker", "makers", "manufacturer",
    "manufacturers", "operator", "operators", "giant", "giants", "airline", "airlines", "insurer", "insurers",
    "brand", "brands", "startup", "start-up", "investor", "investors", "fund", "funds", "conglomerate", "producer",
    "producers", "supplier", "suppliers", "exporter", "importer", "broadcaster", "label", "club", "clubs",
    "team", "teams", "chain", "developer", "developers", "group", "unit", "subsidiary", "rival", "rivals",
    "partner", "buyer", "seller", "owner", "miner", "shipper", "refiner", "utility", "telecom", "carrier",
})

#: Last words of a company's name ("India's Tata Steel", "Pakistan's Oil and Gas Development Company"): with a
#: state's possessive before the name, a business, not the state.
CORPORATE_NAME_WORDS = frozenset({
    "steel", "energy", "airways", "airlines", "motors", "petroleum", "oil", "gas", "group", "holdings", "bank",
    "telecom", "pharma", "power", "electric", "electronics", "industries", "corporation", "corp", "inc", "ltd",
    "plc", "limited", "enterprises", "mining", "cement", "textiles", "shipping", "logistics", "technologies",
})

#: Heads of an aid giver that make it a company: "the manufacturer shipped 40 drones to Ukraine".
ARMS_BUSINESS_HEADS = frozenset({
    "company", "companies", "firm", "firms", "manufacturer", "manufacturers", "maker", "makers", "contractor",
    "contractors", "supplier", "suppliers", "producer", "producers", "exporter", "exporters", "giant", "giants",
    "conglomerate", "startup", "start-up", "shipyard", "shipbuilder",
})
#: Arms makers by name (lower case, by first word), whose deliveries are sales: "Rheinmetall will supply shells".
ARMS_MAKERS: dict[str, tuple[tuple[str, ...], ...]] = {}
for _name in ("rheinmetall", "baykar", "lockheed martin", "raytheon", "rtx", "northrop grumman", "general dynamics",
              "bae systems", "thales", "leonardo", "saab", "knds", "nammo", "hanwha", "elbit", "diehl",
              "mbda", "kongsberg", "czechoslovak group", "rostec", "kalashnikov", "uralvagonzavod", "almaz-antey",
              "norinco", "helsing", "anduril", "aselsan", "roketsan", "embraer", "dassault", "naval group",
              "krauss-maffei wegmann", "hensoldt"):
    ARMS_MAKERS[_name.split(" ")[0]] = ARMS_MAKERS.get(_name.split(" ")[0], ()) + (tuple(_name.split(" ")),)

#: Heads of a noun group that name a private person: "a deal with the Brazilian winger", "the French midfielder",
#: "American tourists": the nationality before them is no party (a sports contract is no agreement between states).
PRIVATE_PERSON_HEADS = frozenset({
    "winger", "striker", "midfielder", "defender", "goalkeeper", "keeper", "forward", "coach", "manager", "player",
    "players", "star", "stars", "footballer", "footballers", "international", "playmaker", "centre-back",
    "full-back", "captain", "batter", "batsman", "bowler", "cricketer", "athlete", "athletes", "boxer", "fighter",
    "cyclist", "golfer", "sprinter", "swimmer", "skier", "champion", "singer", "band", "rapper", "actor", "actress",
    "artist", "artists", "musician", "pianist", "tourist", "tourists", "fans", "students", "student", "chef",
    "billionaire", "businessman", "businesswoman", "entrepreneur", "executive", "executives", "ceo", "designer",
    "model", "writer", "author", "novelist", "film-maker", "filmmaker", "director", "influencer", "youngster",
    "teenager", "prospect", "signing", "talent",
})

#: Passive verbs of a relative clause after an event's phrases that date the event: "a battery, which was
#: announced over the weekend", "sanctions, which were adopted on Monday".
_ANNOUNCING = frozenset({"announce", "unveil", "pledge", "promise", "approve", "agree", "sign", "adopt", "confirm",
                         "reveal", "impose", "pass", "deliver", "send", "finalise", "finalize"})
#: Verbs of a relative clause that make aid a promise: "a battery, which was announced over the weekend".
_PROMISING = frozenset({"announce", "pledge", "promise", "unveil"})
#: Words of an aid noun group that make it a promise: "pledges from X", "Germany's announced delivery".
_PROMISING_WORDS = frozenset({"pledge", "pledges", "pledged", "promise", "promises", "promised", "announced",
                              "unveiled"})
#: Weapon kinds that a verb of sending with no receiver launches rather than delivers ("sent 64 attack drones and two
#: cruise missiles overnight").
_BARRAGE_WEAPONS = frozenset({"drone", "missile", "rocket"})
#: Verbs whose object sanctions hit: "the measures target Iranian organisations".
_SANCTIONS_HIT = frozenset({"target", "hit", "cover", "affect", "include", "name", "list"})
#: Participles that tie the sanctioned to a side: "companies tied to Iran's drone programme".
_TIED = frozenset({"tie", "link", "connect", "relate", "affiliate", "associate"})
#: Prepositions of a fronted phrase whose visit the main clause's subject makes ("During a visit to Kyiv, X ...").
_FRONTED_VISIT = frozenset({"during", "on", "after", "following", "before", "ahead"})
#: Words of a site named with its territory: "the Pituffik Space Base in Greenland" is in Greenland.
_SITES = frozenset({"base", "airbase", "airfield", "airport", "palace", "compound", "camp", "resort", "residence"})
#: Prepositions that place an unknown venue after a comma: "in X, also in Belarus", "at X, a lodge near Y".
_VENUE_PLACING = frozenset({"in", "near", "outside"})

#: What a leader visits at home ("visited troops", "toured the front line"): no diplomatic visit.
_OWN_FORCES = frozenset({"troops", "soldiers", "servicemen", "units", "unit", "brigade", "brigades", "positions",
                         "front", "frontline", "front-line", "line", "lines", "wounded", "hospital", "base",
                         "command", "post", "headquarters", "trenches", "defenders", "fighters", "sailors"})


#: Heads of a phrase that makes talks a call: "discussed ... in a phone call", "... during a video call".
_CALL_HEADS = frozenset({"call", "calls", "conversation", "videoconference", "conference call", "hotline", "phone",
                         "telephone"})

#: Prepositions that, opening a sentence, name what talks were held in ("In a phone call, ...").
_MEDIUM_PREPS = frozenset({"in", "during", "over"})

#: Verbs whose passive, after an event's noun, schedules it: "the summit is scheduled for June 24", "is set for".
_SCHEDULING = frozenset({"schedule", "set", "plan", "expect", "due", "slate", "pencil"})
#: Kinds whose noun, discussed, is a topic (a deal or measures talked about), not a gathering that is held.
_DISCUSSED_KINDS = frozenset({"agreement", "sanctions", "aid"})
#: Heads of an "on" phrase that places an event, not its topic: "met on the sidelines of a forum".
_VENUE_NOUNS = frozenset({"sidelines", "sideline", "margins", "margin", "fringes", "fringe", "side"})
#: Verbs whose object is a topic, not an event: "to discuss the ceasefire".
_DISCUSSING = frozenset({"discuss", "debate", "review", "examine", "explore"})


#: Aid nouns that name no aid by themselves: aid only with goods of aid or arms named ("arms deliveries", "a $2bn
#: package", "deliveries of shells"), not "a deterrent package", "a retailer's deliveries".
_BARE_AID_NOUNS = frozenset({"package", "packages", "pledge", "pledges", "transfer", "delivery", "deliveries",
                             "shipment", "shipments"})
#: Kinds of contact a noun in an aside may name again after the verb that told it (:meth:`DiplomaticGrammar._restated`).
_RESTATED_KINDS = frozenset({"meeting", "summit", "talks", "call"})


class DiplomaticGrammar:
    """Reads diplomatic events from matched frames."""

    event_type = "diplomatic_event"

    def __init__(self, lex: Lexicons, sides: Sides) -> None:
        self.lex = lex
        self.sides = sides
        #: country -> its capital (a seat alias of the state that the gazetteer knows as a city)
        self.capitals: dict[str, Any] = {}
        for alias, actor in lex.actors.alias_to_actor.items():
            if lex.actors.kind.get(actor) != "state" or alias == actor or actor in self.capitals:
                continue
            place = lex.gazetteer.resolve(alias, fuzzy=False)
            if place is not None and place.precision is GeoPrecision.PLACE and place.country == actor:
                self.capitals[actor] = place

    @staticmethod
    def _peacetime_topic(r: Reading, m: Any) -> bool:
        """Talks, meetings or deals about trade, tariffs, climate or taxes (:data:`PEACETIME_TOPICS`, on the
        trigger or in its "on"/"over" phrase), or with a labour side (:data:`LABOUR_SIDES`), in a sentence with no
        word of war."""
        if m.frame.set.get("kind") not in ("talks", "meeting", "agreement", "summit", "call"):
            return False
        lows = r.parse.tokens.lows
        words = set(lows[m.trigger.i:m.trigger.j])
        for c in m.roles.get("topic", []) + m.relations.get("on", []) + m.relations.get("over", []):
            words.update(lows[c.i:c.j])
        sides = {w for c in m.roles.get("participant", []) for w in lows[c.i:c.j]}
        if not words & PEACETIME_TOPICS and not sides & LABOUR_SIDES:
            return False
        return not any(w in _WAR_WORDS for w in lows)

    @staticmethod
    def _sport(r: Reading, m: Any) -> bool:
        """A fixture between national teams or a sports body's sanction, in a sentence with no word of war
        (:data:`_SPORT_WAR_WORDS`): sanctions on a sports side (:data:`SPORT_TARGET_HEADS`), by a sports body
        (:data:`SPORT_BODIES`) or among words of its discipline (:data:`SPORT_DISCIPLINE_WORDS`); other contact in a sentence with :data:`SPORT_WORDS` that names no person or
        official ("India and Pakistan will meet in the Asia Cup final"; not "the two leaders met at the World Cup
        final")."""
        lows = r.parse.tokens.lows
        if not _SPORT_WAR_WORDS.isdisjoint(lows):
            return False
        if m.frame.set.get("kind") == "sanctions":
            sides = m.roles.get("target", []) + m.relations.get("on", []) + m.relations.get("against", [])
            givers = m.relations.get("agent", []) + m.roles.get("participant", [])
            return any(lows[c.head] in SPORT_TARGET_HEADS for c in sides) or any(
                lows[k] in SPORT_BODIES for c in givers for k in range(c.i, c.j)) or not (
                SPORT_DISCIPLINE_WORDS.isdisjoint(lows) and
                SPORT_DISCIPLINE_WORDS.isdisjoint(a + " " + b for a, b in zip(lows, lows[1:])))
        words = set(lows)
        pairs = {a + " " + b for a, b in zip(lows, lows[1:])}
        if SPORT_WORDS.isdisjoint(words) and SPORT_WORDS.isdisjoint(pairs):
            return False
        return not r.mentions(0, len(lows), Kind.PERSON) and _OFFICIAL_HEADS.isdisjoint(words)

    def read(self, r: Reading) -> list[Draft]:
        """The diplomatic events of one sentence (one per trigger; one per kind and clause)."""
        if r.story.doc_trade:
            return []  # a story of trade: "the two leaders agreed to meet in London to sign it" (the trade deal)
        out: list[Draft] = []
        seen: dict[tuple[str, tuple[int, int]], list[set[str]]] = {}
        kept_by_key: dict[tuple[str, tuple[int, int]], list[Draft]] = {}
        ours = [m for m in r.matches if m.type == "diplomatic_event"]
        nouns = [m for m in ours if m.pos == "noun"]
        # (and a visit's: "visited Baghdad for talks with al-Sudani", "travelled to Doha for talks with mediators")
        meet_verbs = [m for m in ours if m.pos == "verb" and m.frame.set.get("kind") in ("meeting", "visit")]
        # ("Ukrainian and Russian officials met in Istanbul, hosted by Turkey": the host of the meeting told before)
        met = [m for m in meet_verbs if m.frame.set.get("kind") == "meeting" and
               r.parse.tokens.lows[m.trigger.head] not in _HOSTING]
        built: set[int] = set()  # the matches that gave an event
        drafts_of: dict[int, Draft] = {}  # the event each of them gave
        heads: set[int] = set()
        mediations: list[Draft] = []
        attending: list[tuple[str, str]] = []
        for m in ours:
            # "an emergency meeting": one event, however many frames know the noun
            if m.head in heads:
                continue
            # "Egypt hosted talks between ...": the meeting verb carries the noun's event; "the delegations met in
            # Istanbul for talks": the talks are the meeting's purpose, one event, the meeting
            if m.pos == "verb" and m.frame.set.get("kind") == "meeting" and any(
                    c.i <= n.head < c.j for n in nouns for c in m.relations.get("patient", [])):
                continue
            purposed = [v for v in meet_verbs if id(v) in built and any(c.i <= m.head < c.j
                                                                         for c in v.relations.get("for", []))]
            if m.pos == "noun" and purposed and purposed[0].frame.set.get("kind") == "visit" and \
                    not self._talks_with_host(r, m, drafts_of.get(id(purposed[0]))):
                purposed = []  # "arrived in Doha for talks with Hamas": talks with a third side are their own event
            if m.pos == "noun" and purposed:
                # "met in Doha for talks brokered by Qatar's emir": the broker of the talks takes part in the meeting
                meeting = drafts_of.get(id(purposed[0]))
                if meeting is not None:
                    # "Malaysia will host Thailand and Cambodia for a summit", "Egypt hosted both delegations for
                    # talks": the purpose names what the meeting is (a plain "met for talks" stays a meeting)
                    if str(meeting.slots.get("kind")) == "meeting" and (
                            str(m.frame.set.get("kind")) == "summit" or (
                            str(m.frame.set.get("kind")) == "talks" and
                            r.parse.tokens.lows[purposed[0].trigger.head] in _HOSTING_FORMS | _HOSTING)):
                        meeting.slots["kind"] = m.frame.set.get("kind")
                    have = {a for _, a in meeting.slots.get("participants", [])}
                    meeting.slots["participants"] = list(meeting.slots.get("participants", [])) + [
                        b for b in self._brokers(r, m) if b[1] not in have]
                continue
            # "Putin and Trump discussed a possible ceasefire": what talks are about is no event of its own
            if m.pos == "noun" and any(c.i <= m.head < c.j for v in ours if v is not m and v.pos == "verb"
                                       for c in v.roles.get("topic", [])):
                continue
            # "talks on a second phase of the ceasefire", "spoke by phone to discuss the ceasefire": what another
            # event is about, or what is discussed, is no event of its own
            if m.pos == "noun" and (any(c.i <= m.head < c.j for v in ours if v is not m
                                        for c in self._topics(r, v)) or self._discussed(r, m)):
                continue
            if self._peacetime_topic(r, m):
                continue  # "trade talks between the EU and China", "talks on tariffs": no contact about a conflict
            if self._sport(r, m):
                continue  # "India and Pakistan will meet in the Asia Cup final", "UEFA imposed sanctions on a club"
            if str(m.frame.set.get("kind")) == "sanctions" and any(
                    r.parse.tokens.lows[c.head] in FORCE_NOUNS for c in m.relations.get("agent", [])):
                continue  # "retaliatory measures were taken by the units of the army": fire returned, no sanctions
            restated = self._restated(r, m, [v for v in ours if id(v) in built and v.pos == "verb"])
            if restated is not None:
                # "Trump and Putin will meet in Alaska, in the first U.S.-Russia summit since 2021": the meeting
                # named again (CONVENTIONS: one event), and what the noun calls it
                told = drafts_of[id(restated)]
                if str(m.frame.set.get("kind")) == "summit" and str(told.slots.get("kind")) == "meeting":
                    told.slots["kind"] = "summit"
                continue
            d = self._build(r, m)
            if d is None:
                continue
            if self._attending_aside(r, m, nouns):
                attending.extend(self._listed_before(r, m))  # (joined to the talks: _join_attending)
                continue
            if "dip.participants.mediation-noun" in d.notes or self._mediating_aside(r, m, nouns + met):
                mediations.append(d)  # (folded into the sentence's other event, if any: _fold_mediation)
                continue
            purpose_of = self._purpose_of(r, m, out)
            if purpose_of is not None:
                # "X and Y are expected to meet at the White House to sign a final deal": the signing is the
                # meeting's purpose; its sides and mood are the meeting's, not the story's
                d.slots["participants"] = list(purpose_of.slots.get("participants", []))
                d.slots["status"] = purpose_of.slots.get("status")
                d.planned = purpose_of.planned
                d.notes = [n for n in d.notes if not n.startswith("dip.participants.story")]
                d.notes.append("dip.participants.purpose")
            if m.pos == "noun" and out and any(n.startswith("dip.participants.story") for n in d.notes) and any(
                    str(o.slots.get("kind")) == str(d.slots.get("kind")) for o in out):
                # "Saudi Arabia hosted talks in Jeddah, but the negotiations collapsed": the same talks again
                continue
            if m.pos == "verb" and str(d.slots.get("kind")) == "talks" and any(
                    r.parse.tokens.lows[c.head] in _CALL_HEADS for c in m.roles.get("location", []) +
                    m.relations.get("by", []) + m.relations.get("over", []) + m.relations.get("during", []) +
                    self._fronted_medium(r, m)):
                # "discussed a ceasefire in (during) a phone call", "In a phone call, X and Y discussed ...": the
                # talks were a call, and the call is no venue
                d.slots["kind"] = "call"
                d.slots["location"] = None
            key = (str(d.slots["kind"]), r.clause_of(m.head))
            sides = {a for _, a in d.slots.get("participants", [])}
            # one event per kind and clause, unless it names other sides ("attend the conference and meet X")
            if any(sides <= before for before in seen.get(key, [])):
                # "in a rare meeting, Erdogan met Aliyev in Ankara": the venue or day the kept reading lacks
                for kept in kept_by_key.get(key, []):
                    if kept.slots.get("location") is None and d.slots.get("location") is not None and \
                            {a for _, a in kept.slots.get("participants", [])} >= sides:
                        kept.slots["location"] = d.slots["location"]
                    if kept.date_mention is None and d.date_mention is not None and \
                            not kept.extra.get("undated") and kept.planned == d.planned:
                        kept.date_mention = d.date_mention
                continue
            # "India and Pakistan agreed to a ceasefire": the noun is the same agreement; sides the sentence
            # does not name (the story's) make no second event
            if seen.get(key) and not all(str(w) in r.text for w, _ in d.slots.get("participants", [])):
                d.notes.append("dip.guard.same-kind-story-sides")
                continue
            seen.setdefault(key, []).append(sides)
            kept_by_key.setdefault(key, []).append(d)
            heads.add(m.head)
            built.add(id(m))
            drafts_of[id(m)] = d
            out.append(d)
        return self._join_attending(r, self._fold_mediation(out, mediations), attending)

    def _join_attending(self, r: Reading, out: list[Draft], attending: list[tuple[str, str]]) -> list[Draft]:
        """ "Armenia and Azerbaijan reopened negotiations in Geneva, with Swiss and French envoys attending": those
        attending take part in the sentence's talks (or meeting), beside the sides that hold them, which the
        "with" phrase hid from the event noun."""
        into = next((d for d in out if str(d.slots.get("kind")) in _MEDIATED_KINDS[:3]), None)
        if into is None or not attending:
            return out
        names = {a for _, a in attending}
        parts = list(into.slots.get("participants", []))
        if all(a in names for _, a in parts):
            parts = [s for s in self._sides_besides(r, names) if s[1] not in names] + parts
        have = {a for _, a in parts}
        into.slots["participants"] = parts + [(w, a) for w, a in dict(attending).items() if a not in have]
        return out

    @staticmethod
    def _fronted_medium(r: Reading, m: FrameMatch) -> list[Chunk]:
        """The noun group of a preposition that opens the sentence before the verb and is set off by a comma
        ("In a phone call on Tuesday, X and Y discussed ...", "During a video call, ..."): what the talks were held
        in, for the call check of the caller; ``[]`` otherwise."""
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        if len(chunks) < 3 or chunks[0].kind != "PREP" or lows[chunks[0].i] not in _MEDIUM_PREPS or \
                chunks[1].kind != "NG" or chunks[1].j > m.trigger.i:
            return []
        comma = next((c for c in chunks[2:] if c.kind == "PUNCT" and r.parse.tokens.lows[c.i] == ","), None)
        return [chunks[1]] if comma is not None and comma.j <= m.trigger.i else []

    def _talks_with_host(self, r: Reading, m: FrameMatch, visit: Draft | None) -> bool:
        """True when the talks a visit is made for ("visited Baghdad for talks with al-Sudani") are with the sides
        the visit already has (the visitor and its host): the visit itself, one event."""
        if visit is None:
            return False
        talks = self._build(r, m)
        if talks is None:
            return True
        have = {a for _, a in visit.slots.get("participants", [])}
        return {a for _, a in talks.slots.get("participants", [])} <= have

    @staticmethod
    def _possessed_name(r: Reading, c: Chunk, mm: Mention) -> bool:
        """True when actor ``mm`` is a possessive right before the head of chunk ``c`` and that head is a
        capitalised name no mention covers, no office nor title ("Israel's Teva", not "Israel's Netanyahu",
        "Egypt's President")."""
        lows = r.parse.tokens.lows
        words = r.parse.tokens.words
        k = mm.j
        if k >= len(lows) or lows[k] not in ("'s", "\u2019s") or k + 1 != c.head or c.head >= c.j:
            return False
        if not words[c.head][:1].isupper() or lows[c.head] in _OFFICIAL_HEADS or lows[c.head] in PRIVATE_PERSON_HEADS:
            return False
        return not any(o.i <= c.head < o.j for o in r.parse.mentions if o is not mm)

    @staticmethod
    def _side_with_noun(r: Reading, c: Chunk) -> bool:
        """True for a noun group naming a side, no goods, in the "with" phrase of a noun that names no side
        ("tensions with Iran", "its border with Lebanon"): that noun's companion, not what aid gives."""
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        k = c.index
        if k < 2 or chunks[k - 1].kind != "PREP" or chunks[k - 1].lemma != "with" or chunks[k - 2].kind != "NG":
            return False
        noun = chunks[k - 2]
        return any(mm.kind in (Kind.ACTOR, Kind.PLACE) for mm in c.mentions) and lows[c.head] not in AID_GOODS \
            and not any(mm.kind in (Kind.ACTOR, Kind.PLACE, Kind.WEAPON) for mm in noun.mentions) \
            and lows[noun.head] not in AID_GOODS

    @staticmethod
    def _mediating_aside(r: Reading, m: FrameMatch, nouns: list[FrameMatch]) -> bool:
        """True for a hosting participle with no auxiliary and a "by" phrase after an event noun of the same
        sentence ("Israel and Hamas resumed talks in Doha on Monday, mediated by Qatar and Egypt", "held direct
        talks in Paris, brokered by the U.S. envoy"): it describes those talks, whose mediator it names (see
        :meth:`_fold_mediation`), not an event of its own."""
        if m.pos != "verb":
            return False
        chunks = r.parse.chunks
        v = m.trigger
        k = chunks.index(v) if v in chunks else -1
        if k < 1 or v.aux or v.tag not in ("ed", "pp") or r.parse.tokens.lows[v.head] not in _HOSTING or \
                k + 1 >= len(chunks) or chunks[k + 1].kind != "PREP" or chunks[k + 1].lemma != "by":
            return False
        return any(n.head < v.i for n in nouns)

    @staticmethod
    def _attending_aside(r: Reading, m: FrameMatch, nouns: list[FrameMatch]) -> bool:
        """True for an "-ing" form of a presence verb (:data:`_PRESENCE_FORMS`) closing a "with" phrase after an
        event noun of the same sentence ("resumed talks in Jeddah, with U.S. and Emirati envoys attending"): those
        named also take part in the talks, no meeting of their own."""
        if m.pos != "verb" or r.parse.tokens.lows[m.trigger.head] not in _PRESENCE_FORMS:
            return False
        chunks = r.parse.chunks
        k = m.trigger.index - 1
        while k >= 1 and chunks[k].kind in ("NG", "CONJ"):
            k -= 1
        if k < 1 or k == m.trigger.index - 1 or chunks[k].kind != "PREP" or chunks[k].lemma != "with":
            return False
        return any(n.head < chunks[k].i for n in nouns)

    @staticmethod
    def _listed_before(r: Reading, m: FrameMatch) -> list[tuple[str, str]]:
        """The sides a "with" list names right before verb ``m`` ("with U.S. and Emirati envoys attending":
        both), written form and actor."""
        chunks = r.parse.chunks
        k = m.trigger.index - 1
        out: list[tuple[str, str]] = []
        while k >= 1 and chunks[k].kind in ("NG", "CONJ"):
            out[:0] = [(mm.text, str(mm.value)) for mm in chunks[k].mentions if mm.kind is Kind.ACTOR]
            k -= 1
        return out

    def _aside_of_talks(self, r: Reading, m: FrameMatch) -> bool:
        """True for a hosting or attending aside after an event noun (:meth:`_mediating_aside`,
        :meth:`_attending_aside`), whose one side may join that event."""
        nouns = [n for n in r.matches if n.type == "diplomatic_event" and (n.pos == "noun" or (
            n.frame.set.get("kind") == "meeting" and r.parse.tokens.lows[n.trigger.head] not in _HOSTING))]
        return bool(nouns) and (self._mediating_aside(r, m, nouns) or self._attending_aside(r, m, nouns))

    @staticmethod
    def _restated(r: Reading, m: FrameMatch, verbs: list[FrameMatch]) -> FrameMatch | None:
        """The meeting verb, told earlier in the sentence, that a noun in an aside after a comma names again
        (", in the first summit since 2021", ", in what was their third meeting"), or None."""
        if m.pos != "noun" or str(m.frame.set.get("kind")) not in _RESTATED_KINDS:
            return None
        chunks = r.parse.chunks
        k = m.trigger.index
        if k < 2 or chunks[k - 1].kind != "PREP" or chunks[k - 1].lemma != "in" or chunks[k - 2].lemma != ",":
            return None
        return next((v for v in verbs if str(v.frame.set.get("kind")) in _RESTATED_KINDS and v.head < m.trigger.i),
                    None)

    @staticmethod
    def _fold_mediation(out: list[Draft], mediations: list[Draft]) -> list[Draft]:
        """ "Israel and Hamas resumed talks in Doha under Qatari mediation", "Under Qatari mediation, the two
        sides agreed to ...": the mediation is the sentence's other event (talks, a meeting or the agreement
        reached), not a second one; the mediator takes part in talks and meetings, not in an agreement (whose
        broker is no party). With no other event, the mediation is the talks."""
        into = next((d for d in out if str(d.slots.get("kind")) in _MEDIATED_KINDS), None)
        if into is None:
            return out + mediations[:1]
        if str(into.slots.get("kind")) in ("talks", "meeting"):
            for d in mediations:
                have = {a for _, a in into.slots.get("participants", [])}
                into.slots["participants"] = list(into.slots.get("participants", [])) + [
                    (w, a) for w, a in d.slots.get("participants", []) if a in d.extra.get("hosts", ())
                    and a not in have]
        return out

    @staticmethod
    def _named_mediators(r: Reading, m: FrameMatch) -> set[str]:
        """The sides an event noun's own modifier names as mediator: "under Qatari mediation", "Egypt's
        mediation" (:data:`_MEDIATION_NOUNS`), "Egyptian-brokered talks", "a Turkish-mediated exchange"
        (:data:`_HOSTING_SUFFIXES`)."""
        if m.pos != "noun":
            return set()
        lows = r.parse.tokens.lows
        found: set[str] = set()
        for mm in m.trigger.mentions:
            if mm.kind is not Kind.ACTOR or mm.j > m.head:
                continue
            if lows[m.head] in _MEDIATION_NOUNS or \
                    r.text[mm.end:mm.end + 13].lower().startswith(_HOSTING_SUFFIXES):
                found.add(str(mm.value))
        return found

    @staticmethod
    def _after_hosting_by(r: Reading, c: Chunk) -> bool:
        """True for a noun group in the "by" phrase of a hosting participle, first or later in its list
        ("brokered by Saudi Arabia and the United States": both chunks)."""
        chunks = r.parse.chunks
        k = c.index - 1
        while k >= 1 and chunks[k].kind in ("NG", "CONJ") or (k >= 1 and chunks[k].lemma == ","):
            k -= 1
        return k >= 1 and chunks[k].kind == "PREP" and chunks[k].lemma == "by" and \
            chunks[k - 1].kind == "VG" and r.parse.tokens.lows[chunks[k - 1].head] in _HOSTING

    def _brokers(self, r: Reading, m: FrameMatch) -> list[tuple[str, str]]:
        """The sides named in a hosting participle's "by" phrase right after an event noun ("talks brokered by
        Qatar's emir", "negotiations mediated by Egypt"): written form and actor."""
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        k = m.trigger.index + 1
        if k + 2 >= len(chunks) or chunks[k].kind != "VG" or lows[chunks[k].head] not in _HOSTING or \
                chunks[k + 1].kind != "PREP" or chunks[k + 1].lemma != "by":
            return []
        out: list[tuple[str, str]] = []
        k += 2
        while k < len(chunks) and chunks[k].kind in ("NG", "CONJ"):
            out.extend((mm.text, str(mm.value)) for mm in chunks[k].mentions if mm.kind in (Kind.ACTOR, Kind.PERSON))
            k += 1
        return out

    def _official_in_sentence(self, r: Reading, other_than: set[str], before: int) -> tuple[str, str] | None:
        """The nearest official of a side named before token ``before`` ("the German Chancellor", a known
        leader), if that side is not among ``other_than``."""
        lows = r.parse.tokens.lows
        for c in reversed(r.parse.chunks):
            if c.kind != "NG" or c.j > before:
                continue
            for mm in c.mentions:
                if (mm.kind is Kind.PERSON or (mm.kind is Kind.ACTOR and lows[c.head] in _OFFICIAL_HEADS)) and \
                        str(mm.value) not in other_than and self.lex.actors.kind.get(str(mm.value)):
                    return mm.text, str(mm.value)
        return None

    @staticmethod
    def _predicate_venue(r: Reading, m: FrameMatch) -> Mention | None:
        """The place of an "in"/"at" phrase after the verb whose subject the event's noun is ("The summit is
        scheduled for June 24 in The Hague", "the meeting was held at Camp David")."""
        chunks = r.parse.chunks
        k = m.trigger.index + 1
        while k < len(chunks) and chunks[k].kind in ("ADV", "DATE"):
            k += 1
        if k >= len(chunks) or chunks[k].kind != "VG" or not chunks[k].finite:
            return None
        _ci, cj = r.clause_of(chunks[k].i)
        for x in range(k + 1, len(chunks) - 1):
            c = chunks[x]
            if c.i >= cj or c.kind in ("VG", "SUB", "REL"):
                break
            if c.kind == "PREP" and c.lemma in ("in", "at") and chunks[x + 1].kind == "NG":
                places = [mm for mm in chunks[x + 1].mentions if mm.kind is Kind.PLACE]
                if places:
                    return places[0]
        return None

    @staticmethod
    def _purpose_of(r: Reading, m: FrameMatch, before: list[Draft]) -> Draft | None:
        """The event of this sentence whose purpose the noun's infinitive states ("met ... to sign a deal",
        "travelled to Doha to join talks"): the latest meeting or visit read before a bare "to" verb group that
        carries the noun."""
        gov = m.governor
        if m.pos != "noun" or gov is None or gov.finite or gov.aux or r.parse.tokens.lows[gov.i] != "to":
            return None
        pos = r.parse.tokens.starts[gov.i]
        prior = [d for d in before if str(d.slots.get("kind")) in ("meeting", "visit") and d.end <= pos + 1
                 and d.slots.get("participants")]
        return prior[-1] if prior else None

    @staticmethod
    def _topics(r: Reading, m: FrameMatch) -> list[Chunk]:
        """The noun groups of what ``m`` is about: its ``topic`` role, with the "of" phrase after each ("on a
        second phase of the ceasefire")."""
        chunks = r.parse.chunks
        out = [c for c in m.roles.get("topic", []) if r.parse.tokens.lows[c.head] not in _VENUE_NOUNS]
        for c in out[:]:
            k = c.index
            if k + 2 < len(chunks) and chunks[k + 1].kind == "PREP" and chunks[k + 1].lemma == "of" and \
                    chunks[k + 2].kind == "NG":
                out.append(chunks[k + 2])
        return out

    @staticmethod
    def _discussed(r: Reading, m: FrameMatch) -> bool:
        """ "to discuss the ceasefire", "reviewed the truce": the event's noun is the object of a verb of
        discussing (``_DISCUSSING``)."""
        if m.frame.set.get("kind") not in _DISCUSSED_KINDS:
            return False  # "Ministers discussed the summit, which will be held in Doha": the summit is held
        k = m.trigger.index - 1
        chunks = r.parse.chunks
        return k >= 0 and chunks[k].kind == "VG" and chunks[k].lemma in _DISCUSSING

    def _visit_at_home(self, r: Reading, m: FrameMatch, parts: list[tuple[str, str]],
                       location: Mention | None) -> bool:
        """True for a visit by one side to its own forces or its own country (``dip.guard.visit-at-home``)."""
        written_at = location.text if location is not None else None
        visitors = {a for w, a in parts if w != written_at}
        if len(visitors) != 1 or len({a for _, a in parts}) != 1:
            return False
        if location is not None:
            v = location.value
            country = v.name if v.precision is GeoPrecision.COUNTRY else v.country
            return self.lex.actors.alias_to_actor.get(country or "") in visitors
        lows = r.parse.tokens.lows
        return any(lows[c.head] in _OWN_FORCES for c in m.roles.get("location", []))

    def _status(self, r: Reading, m: FrameMatch) -> str | None:
        gov = m.governor
        aux = gov.aux if gov is not None else ()
        if m.neg:
            return None
        if m.light_option == "planned":
            return "planned"
        vg = m.trigger if m.trigger.kind == "VG" else gov
        if m.frame.set.get("kind") == "agreement" and vg is not None and vg.governing in _AGREED_PAST and \
                0 <= vg.governing_head < len(r.parse.tokens) and \
                r.parse.tokens.lows[vg.governing_head] in _AGREED_PAST[vg.governing] and \
                not set(vg.aux) & {"will", "would", "shall", "'ll", "could", "may", "might"}:
            # "agreed on Friday to submit a draft peace accord", "agreed to swap prisoners": the sides agreed (an
            # agreement that happened, whatever it is to bring: CONVENTIONS, an agreed exchange is occurred)
            return "occurred"
        if m.modal in ("future", "planned"):
            return "planned"
        if m.modal == "hypothetical":
            return "planned" if "would" in aux else None
        if m.modal in ("negated", "attempted", "conditional"):
            return None
        chunks = r.parse.chunks
        if m.pos == "noun" and gov is None:
            k = m.trigger.index + 1
            while k < len(chunks) and chunks[k].kind in ("ADV", "DATE"):
                k += 1
            if k < len(chunks) and chunks[k].kind == "VG" and chunks[k].finite and (
                    chunks[k].lemma in _SCHEDULING or chunks[k].modal in ("future", "planned")):
                return "planned"  # "The NATO summit is scheduled for June 24", "the talks are due to resume"
        if gov is not None and not gov.finite and not gov.modal and gov.index + 1 == m.trigger.index and (
                gov.tag == "ing" or r.parse.tokens.lows[gov.i] == "to"):
            # "ready to begin consultations on signing the agreement": a verb with no tense of its own follows
            # the mood of the finite verb it hangs on
            ci = r.clause_of(gov.i)[0]
            prior = [c for c in chunks[:gov.index] if c.kind == "VG" and c.finite and c.i >= ci]
            if prior and prior[-1].modal in ("future", "planned"):
                return "planned"
        # a noun under "plans for", "proposal for", "the upcoming", "next week's"
        lows = r.parse.tokens.lows
        ng = m.trigger
        words = set(lows[max(0, ng.i - 3):ng.head])
        if words & {"upcoming", "planned", "proposed", "possible", "potential", "future", "next", "forthcoming",
                    "prospective", "scheduled"}:
            return "planned"
        if m.frame.set.get("kind") == "aid" and ng.kind == "NG" and (
                set(lows[ng.i:ng.head]) & _PROMISING_WORDS or lows[m.head] in _PROMISING_WORDS):
            return "planned"  # "recent pledges from the Netherlands", "Germany's announced delivery of a battery"
        if "close" in lows[max(0, (gov.i if gov is not None else ng.i) - 3):(gov.i if gov is not None else ng.i)]:
            return "planned"  # "close to reaching an agreement"
        if ng.kind == "VG" and not ng.finite and ng.i >= 1 and lows[ng.i - 1] in _INTENT_NOUNS:
            return "planned"  # "repeated plans to meet with Rutte"
        if ng.i >= 2 and lows[ng.i - 1] in ("for", "on") and lows[ng.i - 2] in ("proposal", "proposals", "plan",
                                                                                 "plans", "push", "bid", "call",
                                                                                 "calls", "hopes", "prospects"):
            return "planned"
        return "occurred"

    def _sides(self, r: Reading, chunks: list[Chunk], at: int, companies: bool = False) -> list[tuple[str, str]]:
        """The parties named in ``chunks``; a company's nationality counts only when ``companies``
        (sanctions on "two Russian oil companies" target Russia)."""
        out: list[tuple[str, str]] = []
        lows = r.parse.tokens.lows
        for c in chunks:
            if lows[c.i] in ("they", "them") and c.j - c.i == 1 and r.story.negotiators is not None \
                    and r.claim_over(at) is None:
                out.extend((a, a) for a in r.story.negotiators[0])  # "they met again in ...": the negotiators
                continue
            if lows[c.i] in ("they", "we") and c.j - c.i == 1:
                # "The US and Britain announced that they were imposing ...": every speaker of the statement
                pos = r.parse.tokens.starts[c.i]
                speakers = [str(d.slots["actor"]) for d in r.claims if d.content and d.slots.get("actor")
                            and d.content[0] <= pos < d.content[1]]
                if len(set(speakers)) >= 2:
                    out.extend((lows[c.i], a) for a in dict.fromkeys(speakers))
                    continue
            named = [mm for mm in c.mentions if mm.kind in (Kind.PERSON, Kind.ACTOR)]
            # "German music publisher Bertelsmann's purchase": a company's nationality is no party to the deal
            business = [] if companies else [mm for mm in named if mm.kind is Kind.ACTOR and mm.form == "adjective" and mm.j <= c.head
                        and set(lows[mm.j:c.head + 1]) & BUSINESS_HEADS
                        and not set(lows[mm.j:c.head]) & _ENVOY_TEAM_WORDS]
            # "the Brazilian winger", "The Argentine goalkeeper": a private person's nationality is no party
            business += [mm for mm in named if mm.kind is Kind.ACTOR and mm.form in ("adjective", "name") and
                         mm.j <= c.head and lows[c.head] in PRIVATE_PERSON_HEADS and mm not in business]
            # "Israel's Teva", "Saudi Arabia's Aramco": a state's possessive before a name no lexicon knows is a
            # company of that state, no party (a known leader or body there is a mention of its own: "Egypt's Sisi")
            business += [mm for mm in named if mm.kind is Kind.ACTOR and mm not in business and
                         self._possessed_name(r, c, mm)]
            if business:
                named = [mm for mm in named if mm not in business]
                if not named:
                    continue
            if named:
                for mm in named:
                    if mm.kind is Kind.ACTOR and mm.form == "seat" and self._is_venue(r, mm):
                        continue
                    out.append((mm.text, str(mm.value)))
                continue
            found = self.sides.of(r, [c], at)
            if found is not None:
                out.append(found)
            else:
                for pl in c.mentions:
                    if pl.kind is Kind.PLACE and pl.value.precision is GeoPrecision.COUNTRY:
                        actor = self.lex.actors.alias_to_actor.get(pl.value.name)
                        if actor:
                            out.append((pl.text, actor))
        return out

    @staticmethod
    def _several_days(r: Reading, d: Mention) -> bool:
        """A date that opens a span of days: "March 13 and 17", "from 6 to 8 April", "April 6-7"."""
        lows = r.parse.tokens.lows
        j = d.j
        if j + 1 < len(lows) and lows[j] in ("and", "to", "through", "until", "-", "–") and (
                lows[j + 1][:1].isdigit()):
            return True
        return "-" in d.text[-4:] or "–" in d.text[-4:]

    def _capital_of(self, r: Reading, location: Mention) -> Mention:
        """ "held in the capital of Bulgaria": the capital, Sofia."""
        lows = r.parse.tokens.lows
        if location.value.precision is GeoPrecision.COUNTRY and location.i >= 2 and lows[location.i - 1] == "of" \
                and lows[location.i - 2] == "capital":
            capital = self.capitals.get(location.value.name)
            if capital is not None:
                return Mention(Kind.PLACE, location.i, location.j, location.start, location.end, location.text,
                               capital, "capital")
        return location

    @staticmethod
    def _announced_in_relative(r: Reading, m: FrameMatch) -> tuple[int, int, str] | None:
        """ "a new Patriot battery, which was announced over the weekend", "the package, which was approved on
        Monday, includes ...": the token range of a relative clause after the event's phrases whose verb of
        announcing (``_ANNOUNCING``) dates the event, and that verb."""
        chunks = r.parse.chunks
        last = max([m.trigger.index] + [c.index for role in ("goods", "receiver", "participant", "target")
                                        for c in m.roles.get(role, []) if c.index >= m.trigger.index])
        while last + 1 < len(chunks) and chunks[last + 1].kind == "NG":
            last += 1  # "send Kyiv more missiles": the second object
        if last + 3 < len(chunks) and chunks[last + 1].lemma == "," and chunks[last + 2].kind == "REL" and \
                chunks[last + 2].lemma in ("which", "that") and chunks[last + 3].kind == "VG" and \
                chunks[last + 3].voice == "passive" and chunks[last + 3].lemma in _ANNOUNCING:
            a, b = r.clause_of(chunks[last + 3].i)
            return a, b, chunks[last + 3].lemma
        return None

    def _fronted_traveller(self, r: Reading, m: FrameMatch) -> str | None:
        """ "During a visit to Kyiv on Friday, Starmer pledged ...": a visit in a fronted phrase is made by the
        subject of the clause after its comma."""
        chunks = r.parse.chunks
        k = m.trigger.index - 1
        while k >= 0 and chunks[k].kind in ("NG", "ADV", "DATE"):
            k -= 1
        if k < 0 or chunks[k].kind != "PREP" or chunks[k].lemma not in _FRONTED_VISIT or (
                k > 0 and chunks[k - 1].kind not in ("PUNCT", "SUB", "QUOTE")):
            return None
        comma = next((x for x in range(m.trigger.index + 1, min(len(chunks), m.trigger.index + 10))
                      if chunks[x].lemma == ","), None)
        if comma is None or comma + 2 >= len(chunks) or chunks[comma + 1].kind != "NG" or \
                chunks[comma + 2].kind != "VG" or not chunks[comma + 2].finite:
            return None
        subj = chunks[comma + 1]
        lows = r.parse.tokens.lows
        # a leader, an official or a state travels; "a school choir", "German companies" make no state visit
        if not (any(mm.kind is Kind.PERSON or (mm.kind is Kind.ACTOR and mm.form != "adjective")
                    for mm in subj.mentions) or lows[subj.head] in _OFFICIAL_HEADS):
            return None
        found = self.sides.named([subj])
        return found[1] if found else None

    @staticmethod
    def _plural_subject(r: Reading, c: Chunk) -> list[Chunk]:
        """The noun groups of the first subject before ``c`` when it names several ("India and Pakistan")."""
        from ..phrases.relations import subject

        for ch in r.parse.chunks[:c.index]:
            if ch.kind == "VG" and ch.finite:
                subj = subject(r.parse, ch)
                return subj if len(subj) > 1 else []
        return []

    @staticmethod
    def _sanctioned_elsewhere(r: Reading, m: FrameMatch) -> list[Chunk]:
        """Noun groups naming who sanctions hit outside their "on"/"against" phrase: the banned goods ("banned
        Russian oil imports"), the object of the measures' verb ("the measures target Iranian organisations"),
        and what the sanctioned are tied to ("sanctions on companies tied to Iran's drone programme")."""
        chunks = r.parse.chunks
        out: list[Chunk] = list(m.relations.get("object", []))
        gov = m.governor
        if m.pos == "noun" and gov is not None and gov.index > m.trigger.index and gov.voice == "active" and \
                gov.lemma in _SANCTIONS_HIT:
            out += object_of(r.parse, gov)
        for c in m.roles.get("target", []) + out[:]:
            k = c.index + 1
            if k + 2 < len(chunks) and chunks[k].kind == "VG" and chunks[k].tag in ("ed", "pp") and \
                    not chunks[k].aux and chunks[k].lemma in _TIED and chunks[k + 1].kind == "PREP" and \
                    chunks[k + 1].lemma in ("to", "with") and chunks[k + 2].kind == "NG":
                out.append(chunks[k + 2])
        return out

    @staticmethod
    def _site_territory(r: Reading, location: Mention) -> Mention:
        """ "a trip to the Pituffik Space Base in northwestern Greenland": a site and the territory it is in give
        the territory (CONVENTIONS: the larger place)."""
        lows = r.parse.tokens.lows
        if not set(lows[location.i:location.j]) & _SITES:
            return location
        chunks = r.parse.chunks
        k = r.parse.chunk_of[location.j - 1] + 1
        if k + 1 < len(chunks) and chunks[k].kind == "PREP" and chunks[k].lemma == "in" and chunks[k + 1].kind == "NG":
            places = [mm for mm in chunks[k + 1].mentions if mm.kind is Kind.PLACE]
            if places:
                return places[0]
        return location

    def _is_venue(self, r: Reading, mm: Mention) -> bool:
        lows = r.parse.tokens.lows
        return mm.i > 0 and lows[mm.i - 1] in ("in", "at", "to", "into") or (
            mm.i > 1 and lows[mm.i - 1] == "the" and lows[mm.i - 2] in ("in", "at", "to")) or (
            # "hosted by Sofia": a city that hosts is where it happens
            mm.i > 1 and lows[mm.i - 1] == "by" and lows[mm.i - 2] in ("hosted", "co-hosted"))

    @staticmethod
    def _owned_business(r: Reading, c: Chunk) -> bool:
        """True for a company named with its state's possessive: "Azerbaijan's SOCAR", "India's Tata Steel",
        "Pakistan's state oil company" (a name in capitals, a company word last, or a business head, after the
        possessive, and no side or person there)."""
        lows, words = r.parse.tokens.lows, r.parse.tokens.words
        owner = next((mm for mm in c.mentions if mm.kind is Kind.ACTOR and mm.j < c.head and mm.j < len(lows)
                      and lows[mm.j] in ("'s", "\u2019s")), None)
        if owner is None or any(mm.kind in (Kind.ACTOR, Kind.PERSON) and mm.i > owner.j for mm in c.mentions):
            return False
        head = words[c.head]
        if lows[c.head] in BUSINESS_HEADS:
            return not set(lows[owner.j + 1:c.head]) & _ENVOY_TEAM_WORDS
        named = all(w[:1].isupper() for w in words[owner.j + 1:c.head + 1])
        return named and ((head.isupper() and len(head) >= 3 and head.isalpha()) or lows[c.head] in CORPORATE_NAME_WORDS)

    @staticmethod
    def _arms_business(r: Reading, c: Chunk) -> bool:
        """True when a giver noun group is a company, not a state: a business head ("the Czech firm", "an American
        defence contractor", :data:`ARMS_BUSINESS_HEADS`) or an arms maker by name ("Rheinmetall", "Lockheed
        Martin", :data:`ARMS_MAKERS`). What it delivers is a sale under contract, not aid between states."""
        lows = r.parse.tokens.lows
        if lows[c.head] in ARMS_BUSINESS_HEADS:
            return True
        words = lows[c.i:c.j]
        return any(words[x:x + len(name)] == list(name) for x in range(len(words)) for name in
                   ARMS_MAKERS.get(words[x], ()))

    def _guard(self, r: Reading, m: FrameMatch, kind: str) -> str | None:
        """The named guard that stops this match, if any (its id, ``dip.guard.*``, goes in the draft's notes)."""
        lows = r.parse.tokens.lows
        t = m.trigger
        before = lows[max(0, t.i - 4):t.i]
        if m.pos == "noun" and t.i < len(lows) and lows[t.i] in _NOT_AN_EVENT_DETERMINERS:
            return "dip.guard.no-event-determiner"  # "any deal", "such an agreement", "no talks"
        if m.pos == "noun" and set(lows[max(0, t.i - 2):t.i]) & _NOT_AN_EVENT_DETERMINERS:
            return "dip.guard.no-event-determiner"
        if set(before) & _REQUEST_WORDS:
            return "dip.guard.request"  # "urged allies to provide", "called for talks"
        withs = m.relations.get("with", [])
        if kind in ("talks", "meeting") and withs and all(
                not _SECTOR_BODY_MODIFIERS.isdisjoint(lows[c.i:c.head]) for c in withs):
            return "dip.guard.sector-body"  # "resume flights after talks with Russian aviation authorities"
        if kind == "aid" and m.pos == "noun" and lows[m.head] in _LOAN_WORDS and r.story.doc_strong_cues < 1:
            return "dip.guard.peacetime-loan"  # "the World Bank approved a loan to Kenya for roads": no war aid
        ci, _cj = r.clause_of(m.head)
        if any(lows[x] in ("if", "unless", "whether") or (lows[x] in ("once", "until") and x + 1 < len(lows) and
                                                           lows[x + 1] not in ("again", "more", "a", "an", "now"))
               for x in range(0, t.i)) and not any(
                r.parse.tags[x] == "PUNCT" and lows[x] in (";", ":") for x in range(0, t.i)):
            return "dip.guard.condition"  # "If it gets a majority ...", "once a truce is agreed"
        if set(lows[ci:t.i]) & {"ever", "unlikely", "never"}:
            return "dip.guard.unlikely"  # "unlikely that either side will ever agree"
        if any(lows[x] == "how" and lows[x + 1] in ("many", "much", "long", "soon") for x in range(ci, t.i - 1)) or (
                "specifying" in lows[ci:t.i]):
            return "dip.guard.wh-complement"  # "without specifying how many weapons he would send"
        if m.pos == "noun" and kind == "call" and t.j < len(lows) and lows[t.j] == "to" and \
                t.index + 1 < len(r.parse.chunks) and r.parse.chunks[t.index + 1].kind == "VG":
            return "dip.guard.appeal"  # "despite frequent calls to do so"
        if t.kind == "VG" and not t.finite and lows[t.i] == "to" and not t.governing and not (
                t.i >= 1 and lows[t.i - 1] in _INTENT_NOUNS):
            return "dip.guard.purpose"  # "efforts to provide Ukraine with ...": not (yet) an event
        if any(self._owned_business(r, c) for role in ("participant", "giver", "receiver")
               for c in m.roles.get(role, [])):
            return "dip.guard.business"  # "Azerbaijan's SOCAR signed an agreement with ...": a company's deal
        if kind == "aid" and any(self._arms_business(r, c) for c in m.roles.get("giver", [])[:1]):
            return "dip.guard.arms-business"  # "Rheinmetall will supply 180,000 shells to Ukraine": a sale, no aid
        if m.pos == "verb" and kind == "call" and m.frame.id == "dip.call":
            obj = m.relations.get("patient", [])
            if obj and not (lows[obj[0].head] in ("me", "him", "her", "them", "us") or lows[obj[0].head] in
                            _OFFICIAL_HEADS | _CALL_HEADS | {"counterpart", "counterparts", "phone"} or any(
                    mm.kind in (Kind.ACTOR, Kind.PERSON) and mm.i <= obj[0].head < mm.j for mm in obj[0].mentions)):
                return "dip.guard.call-naming"  # "called the plan a failure", "called May 9 V-E Day"
        if m.pos == "verb" and kind == "visit" and m.frame.id == "dip.travel":
            agent = m.relations.get("agent", [])
            ch = r.parse.chunks
            # "The leaders of France and Germany will travel": the official heads the "of" phrase's owner
            owner = [ch[agent[0].index - 2]] if agent and agent[0].index >= 2 and \
                ch[agent[0].index - 1].kind == "PREP" and ch[agent[0].index - 1].lemma == "of" else []
            if not agent or not (lows[agent[0].i] in ("he", "she") or any(
                    mm.kind is Kind.PERSON for mm in agent[0].mentions) or self.speakers_official(r, agent[0])
                                 or any(self.speakers_official(r, c) for c in owner)):
                return "dip.guard.travel-agent"  # "when it comes to Ukraine"
        if m.pos == "verb" and kind == "agreement" and not m.frame.objects:
            # (past a date or an adverb: "agreed on Sunday to a truce", "agreed late on Friday to ...")
            n = t.index + 1
            while n + 1 < len(r.parse.chunks) and r.parse.chunks[n].kind in ("DATE", "ADV"):
                n += 1
            nxt = r.parse.chunks[n] if n < len(r.parse.chunks) else None
            if nxt is None or not (nxt.kind == "PREP" and nxt.lemma in ("on", "to", "with", "upon") or (
                    nxt.kind in ("SUB", "REL") and nxt.lemma == "that") or (nxt.kind == "VG" and "to" in nxt.aux)
                                   or nxt.kind == "QUOTE") and not (t.governing == "" and "to" in t.aux):
                if not ("to" in t.aux and t.governing in ("agree",)):
                    return "dip.guard.bare-agree"  # "Russia would agree", "Moscow agreed"
        return None

    def _sides_besides(self, r: Reading, hosts: set[str]) -> list[tuple[str, str]]:
        """The two sides of an event a host, mediator or broker arranged: the sides the sentence names, else the
        story's negotiators or its two warring parties (``(written, actor)``, the hosts left out)."""
        sides = [(mm.text, str(mm.value)) for mm in r.parse.mentions if mm.kind is Kind.ACTOR and
                 str(mm.value) not in hosts and not self._is_venue(r, mm)]
        if len({a for _, a in sides}) < 2:
            both = r.story.negotiators[0] if r.story.negotiators is not None else tuple(r.story.parties(2)) \
                if max(r.story.conflict_cues, r.story.doc_cues) >= 3 else ()
            sides = [(a, a) for a in both if a not in hosts]
        return sides

    def speakers_official(self, r: Reading, c: Chunk) -> bool:
        words = set(r.parse.tokens.lows[c.i:c.j])
        return bool(words & _OFFICIAL_HEADS)

    def _build(self, r: Reading, m: FrameMatch) -> Draft | None:
        p = r.parse
        lows = p.tokens.lows
        kind = str(m.frame.set.get("kind"))
        status = self._status(r, m)
        if status is None:
            return None
        notes: list[str] = []
        guard = self._guard(r, m, kind)
        if guard is not None:
            return None
        if m.frame.id == "dip.round" and not (
                m.trigger.i < m.head and lows[m.head - 1] in _ROUND_MODIFIERS and
                (m.head + 1 >= len(lows) or lows[m.head + 1] != "of") and  # (not "a new round of strikes")
                (r.story.negotiators is not None or "talks" in r.story.diplomacy)):
            return None  # "the previous round, held in Muscat": a round of the story's talks, named as such
        ci, cj = r.clause_of(m.head)
        # "The talks, which lasted five hours, were held in Gomel on 28 February": the predicate's clause, past
        # the relative clause, is the event's too (its place and day)
        pi, pj = r.clause_of(m.governor.i) if m.governor is not None and m.governor.i >= cj else (cj, cj)
        # "the summit, which was held in Addis Ababa on Sunday": the relative clause's day is the event's
        relative = m.relations.get("relative", [])
        ri, rj = r.clause_of(relative[0].i) if relative and relative[0].i >= cj else (cj, cj)
        parts: list[tuple[str, str]] = []

        def add(items: list[tuple[str, str]]) -> None:
            for written, actor in items:
                if all(a != actor for _, a in parts):
                    parts.append((written, actor))

        if kind == "aid":
            chunks = r.parse.chunks
            # (not a side in another noun's "with" phrase: "sending a carrier group ..., as tensions with Iran rose")
            goods = [c for c in m.roles.get("goods", []) if not self._side_with_noun(r, c)]
            if any(o.type == "strike" and o.pos == "noun" and c.i <= o.head < c.j for c in goods for o in r.matches):
                return None  # "delivered a missile strike on Kharkiv": an attack, not a delivery
            if aimed_launch(r, m):
                return None  # "Russia sent 50 drones towards Kyiv overnight": an attack, not a delivery
            if m.pos == "verb" and not m.roles.get("receiver") and any(
                    x.frame.type == "strike" and x.frame.set.get("kind") == "launch" and x.trigger.i == m.trigger.i
                    for x in r.matches) and any(mm.kind is Kind.WEAPON and str(mm.value) in _BARRAGE_WEAPONS
                                                for c in goods for mm in c.mentions):
                return None  # "Russia sent 64 attack drones and two cruise missiles overnight": a barrage, no receiver
            if m.pos == "verb" and goods and (lows[goods[0].head] in ("them", "him", "her", "us", "it") or any(
                    mm.kind in (Kind.ACTOR, Kind.PLACE) and mm.form != "adjective" and mm.j <= goods[0].head
                    for mm in goods[0].mentions)):
                nxt = chunks[goods[0].index + 1] if goods[0].index + 1 < len(chunks) else None
                if nxt is not None and nxt.kind == "NG":
                    goods.append(nxt)  # "send them Patriots": the second object is what is sent
                    if lows[goods[0].head] in ("them", "him", "her", "us", "it"):
                        giver = self.sides.of(r, m.roles.get("giver", []), m.head)
                        other = [a for a in (r.story.diplomacy.get("aid", ())[1:2] or r.story.parties(3))
                                 if not giver or a != giver[1]]
                        if other:
                            add([(lows[goods[0].head], other[0])])
                    else:
                        m.roles.setdefault("receiver", []).append(goods[0])
            heads = {lows[c.head] for c in goods}
            if heads & PERSONNEL:
                return None  # "send 6,000 troops": a deployment
            weapon_goods = any(mm.kind is Kind.WEAPON for c in goods for mm in c.mentions)
            if m.pos == "verb" and not (weapon_goods or heads & AID_GOODS):
                # "which the authorities in Tehran provide Russia": the object receives; the goods are named
                # elsewhere in the sentence (the relative's antecedent)
                receiver_object = goods and any(mm.kind in (Kind.ACTOR, Kind.PLACE) for mm in goods[0].mentions)
                named_goods = any(lows[t] in AID_GOODS for t in range(len(lows))) or any(
                    mm.kind is Kind.WEAPON for mm in r.parse.mentions)
                if not (receiver_object and named_goods):
                    return None  # "supplied information", "giving Putin an opening": no arms or aid given
            if m.pos == "noun" and lows[m.head] in _BARE_AID_NOUNS and not (
                    set(lows[max(0, m.trigger.i - 4):m.head]) & AID_GOODS or any(
                    mm.kind is Kind.WEAPON for mm in r.parse.mentions) or any(
                    lows[c.head] in AID_GOODS for c in m.roles.get("goods", []))):
                return None  # "a deterrent package", "a retailer will resume deliveries to Kyiv": no aid named
            givers = m.roles.get("giver", [])
            k = m.trigger.index
            if not givers and m.pos == "verb" and m.trigger.tag == "ing" and k >= 3 and chunks[k - 1].kind == "PREP" \
                    and chunks[k - 1].lemma == "for" and chunks[k - 2].kind == "NG" and chunks[k - 3].kind == "VG":
                givers = [chunks[k - 2]]  # "thanked Germany for providing ...": the one thanked gave
            add(self._sides(r, givers, m.head))
            receivers = m.roles.get("receiver", []) + [c for c in goods if any(
                mm.kind in (Kind.ACTOR, Kind.PLACE) for mm in c.mentions) and lows[c.head] not in AID_GOODS]
            # "send Ukraine Patriot air defence systems": a side named before the goods receives them
            receivers += [c for c in goods if c not in receivers and any(
                mm.kind in (Kind.ACTOR, Kind.PLACE) and mm.form in ("name", "seat", "gazetteer", "locative", "list")
                and mm.i == c.i for mm in c.mentions)]
            add(self._sides(r, receivers, m.head))
            for pl in r.places_in(receivers):
                if pl.value.country and pl.value.country in self.lex.actors.kind:
                    add([(pl.text, pl.value.country)])
            given = {a for _, a in self._sides(r, givers, m.head)}
            if not given and civil_aircraft(r, goods):
                return None  # "the airline said it would send more jets to Lisbon": a fleet, no aid
            if m.pos == "verb" and all(a in given for _, a in parts) and (heads & DEPLOYED_ASSETS or any(
                    pl.value.precision is not GeoPrecision.COUNTRY
                    for pl in r.places_in([c for rel in ("to", "into") for c in m.relations.get(rel, [])]))):
                # "Washington has sent a second aircraft carrier to the Middle East", "sent tanks into Jenin":
                # forces sent to a place, with no state or organisation receiving them, are a deployment
                return None
        elif kind == "sanctions":
            add(self._sides(r, m.roles.get("participant", []), m.head))
            targets = [c for c in m.roles.get("target", []) if any(mm.kind in (Kind.ACTOR, Kind.PERSON)
                                                                    for mm in c.mentions)]
            targets += [c for c in self._sanctioned_elsewhere(r, m) if c not in targets and any(
                mm.kind in (Kind.ACTOR, Kind.PERSON) for mm in c.mentions)]
            add(self._sides(r, targets, m.head, companies=True))
        else:
            add(self._sides(r, m.roles.get("participant", []), m.head))
            for c in m.roles.get("participant", []):
                if lows[c.i] == "their" and c.j - c.i > 1 and c in m.relations.get("between", []):
                    # "agreed to a ceasefire after talks between their military chiefs": every side of the
                    # sentence's (plural) subject
                    add(self._sides(r, self._plural_subject(r, c), m.head))
                if lows[c.i] in ("his", "her", "their", "its") and c.j - c.i > 1:
                    # "talks with his North Korean counterpart": his side too
                    own = self.sides.of(r, [Chunk("NG", c.i, c.i + 1, head=c.i, lemma=lows[c.i])], c.i)
                    if own is not None:
                        add([own])
        location: Mention | None = None
        if kind not in ("aid", "sanctions"):
            for pl in r.places_in(m.roles.get("location", [])):
                location = pl
                break
            if location is None and m.roles.get("location"):
                # "in the Qatari capital, Doha", "during a trip to Moscow": the place named next
                last = m.roles["location"][-1]
                chunks = r.parse.chunks
                k = last.index + 1
                if k + 1 < len(chunks) and (chunks[k].lemma == "," or (chunks[k].kind == "PREP" and chunks[k].lemma
                                                                      in ("to", "in", "of"))):
                    x = k + 1
                    if chunks[k].lemma == ",":
                        # "in Belovezhskaya Pushcha, also in Belarus", "at Camp X, a retreat near Y": a venue the
                        # gazetteer does not know, placed by what follows it
                        while x + 1 < len(chunks) and chunks[x].kind == "ADV":
                            x += 1
                        if x + 2 < len(chunks) and chunks[x].kind == "NG" and not chunks[x].mentions and \
                                chunks[x + 1].kind == "PREP" and chunks[x + 1].lemma in _VENUE_PLACING:
                            x += 1
                        if x + 1 < len(chunks) and chunks[x].kind == "PREP" and chunks[x].lemma in _VENUE_PLACING:
                            x += 1
                    places = [mm for mm in chunks[x].mentions if mm.kind is Kind.PLACE] if chunks[x].kind == "NG" \
                        else []
                    location = places[0] if places else None
            if location is None and m.pos == "noun" and m.governor is None:
                location = self._predicate_venue(r, m)  # "The NATO summit is scheduled for June 24 in The Hague"
            if location is None and m.pos == "noun":
                # "the Capri meeting", "the Munich Security Conference": the place in the event's name
                for pl in m.trigger.mentions:
                    if pl.kind is Kind.PLACE and pl.j <= m.head and pl.value.precision is not GeoPrecision.COUNTRY:
                        location = pl
                        break
            if location is None:
                # "hosted by Sofia": the host city
                venues = [pl for c in m.relations.get("agent", []) for pl in c.mentions
                          if pl.kind is Kind.PLACE and self._is_venue(r, pl)]
                location = venues[0] if venues else None
            if location is not None:
                location = self._capital_of(r, self._site_territory(r, location))
        if kind == "visit" and location is not None and not parts and m.roles.get("location") and all(
                r.parse.tokens.words[c.head][:1].islower() for c in m.roles["location"][:1]):
            return None  # "the minister visited a school in Leeds": a site, by no named side
        visitors = len(parts)  # the sides named as taking part, before the place visited adds its own
        visited: set[str] = set()  # the sides a visit adds for the place visited (hosts, not visitors)
        if kind == "visit" and location is not None:
            before = {a for _, a in parts}
            country = location.value.country if location.value.precision is not GeoPrecision.COUNTRY \
                else location.value.name
            actor = self.lex.actors.alias_to_actor.get(country or "")
            if actor:
                add([(location.text, actor)])
            # "visited the Danish territory": the side the destination is named for
            for c in m.roles.get("location", []):
                add([(mm.text, str(mm.value)) for mm in c.mentions if mm.kind is Kind.ACTOR and mm.form == "adjective"])
            visited = {a for _, a in parts} - before
        # "the two sides", "each other": the story's parties
        clause_parts = len(parts)
        anchored = m.governor is not None or location is not None or bool(dates_between(r, ci, cj)) or any(
            lows[x] in ("round", "rounds", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                        "latest", "new", "fresh", "further") for x in range(max(0, m.trigger.i - 3), m.head))
        clause_text = " ".join(lows[ci:cj])
        # "the two presidents", "both warring sides" (not "two ministers from Sudan")
        pair = any((lows[x] == "both" or (lows[x] == "two" and x > 0 and lows[x - 1] == "the")) and
                   PAIR_HEADS & set(lows[x + 1:x + 3]) for x in range(ci, cj))
        # ("the two sides agreed to a ceasefire": the pair is the verb's own subject)
        pair_subject = m.pos == "verb" and any(is_pair(r.parse, c) for c in m.relations.get("agent", []))
        if len(parts) < 2 and (pair or any(b in clause_text for b in _BOTH_SIDES)) and (
                anchored or clause_parts or pair_subject):
            # "the two sides": the story's negotiators, else its two most named parties
            both = r.story.negotiators[0] if r.story.negotiators is not None else tuple(r.story.parties(2))
            if len(both) < 2:
                # "India's foreign secretary said the two sides had agreed ... after talks with Pakistan": the
                # speaker's side and the other side the sentence names
                claim = r.claim_over(m.head)
                speaker = str(claim.slots["actor"]) if claim is not None and claim.slots.get("actor") else None
                named = {str(mm.value) for mm in r.parse.mentions if mm.kind is Kind.ACTOR
                         and self.lex.actors.kind.get(str(mm.value)) == "state"}
                pair_sides = ({speaker} | named) if speaker else named
                if len(pair_sides) == 2:
                    both = tuple(sorted(pair_sides, key=lambda a: (a != speaker, a)))  # (by name: a set's order varies)
            add([(a, a) for a in both])
            notes.append("dip.participants.both-sides")
        # "held talks with union leaders": the other side is named, and is no state; the story's sides are not it
        named_other = any((lows[c.head] not in _OFFICIAL_HEADS | {"counterpart", "counterparts"} or
                           not _CIVIL_MODIFIERS.isdisjoint(lows[c.i:c.head])) and not any(
            mm.kind in (Kind.ACTOR, Kind.PERSON) for mm in c.mentions) for c in m.relations.get("with", []))
        story_ok = m.pos == "noun" and anchored and not named_other
        fronted = m.trigger.index
        ch = r.parse.chunks
        if fronted >= 3 and ch[fronted - 1].kind == "PREP" and ch[fronted - 1].lemma == "of" and \
                ch[fronted - 2].kind == "NG" and lows[ch[fronted - 2].head] in ("round", "rounds", "session"):
            fronted -= 2  # "At the third round of talks, ..."
        if not parts and m.pos == "noun" and kind in ("meeting", "talks", "summit") and ch[
                fronted - 1:fronted] and ch[fronted - 1].kind == "PREP" and (
                fronted == 1 or ch[fronted - 2].kind in ("PUNCT", "SUB")):
            # "During the meeting in Beijing, the chancellor insisted that the Chinese leader ...": the sides the
            # sentence names
            if kind == "talks" and r.story.negotiators is not None:
                add([(a, a) for a in r.story.negotiators[0]])
            elif kind == "visit":
                pass
            else:
                venue_chunks = list(m.roles.get("location", []))
                add([(mm.text, str(mm.value)) for mm in r.parse.mentions if mm.kind in (Kind.ACTOR, Kind.PERSON)
                     and not (m.trigger.i <= mm.i < m.trigger.j) and not self._is_venue(r, mm)
                     and not any(c.i <= mm.i < c.j for c in venue_chunks)][:3])
            if parts:
                notes.append("dip.participants.sentence")
        if not visitors and kind == "visit" and m.pos == "noun":
            # "Vance made his comment during a trip to Greenland", "During a visit to Kyiv, Starmer pledged ...":
            # the sentence's subject travels (the place visited names only the host)
            traveller = self.sides._sentence_subject(r, m.trigger.i) or self._fronted_traveller(r, m)
            if traveller is not None:
                add([(traveller, traveller)])
        if not parts and kind in r.story.diplomacy and story_ok and kind not in ("call", "visit"):
            add([(a, a) for a in r.story.diplomacy[kind]])
            notes.append("dip.participants.story")
        elif not parts and kind in ("talks", "agreement", "meeting", "summit") and r.story.negotiators is not None \
                and story_ok:
            add([(a, a) for a in r.story.negotiators[0]])
            notes.append("dip.participants.story-negotiators")
        elif not parts and kind in ("talks", "agreement") and story_ok and \
                max(r.story.conflict_cues, r.story.doc_cues) >= 3 and len(r.story.parties(2)) == 2:
            add([(a, a) for a in r.story.parties(2)])  # ceasefire talks in a story of two warring parties
            notes.append("dip.participants.story-parties")
        if m.pos == "noun" and m.trigger.i >= 1 and lows[m.trigger.i - 1] in ("after", "following") and \
                len(parts) < 2 and not self._brokers(r, m):
            # "Lavrov said on Saturday after talks with Wang Yi": the speaker took part
            pos = r.parse.tokens.starts[m.trigger.i]
            for cl in r.claims:
                if cl.content and not cl.content[0] <= pos < cl.content[1] and cl.slots.get("actor"):
                    add([(str(cl.slots.get("source") or ""), str(cl.slots["actor"]))])
                    break
            subject = self.sides._sentence_subject(r, m.trigger.i) if len(parts) < 2 else None
            if subject is not None:
                # "Ukraine agreed to a ceasefire after talks with U.S. officials", "Ukraine said it was ready ...
                # after talks with American officials": the side the sentence is about took part
                add([(subject, subject)])
        if m.pos == "noun" and kind in ("talks", "meeting", "call") and len(parts) == 1 and m.relations.get("with"):
            # "The Kremlin said talks with Washington were complicated": the speaker's side holds the talks it tells
            # of with another side
            claim = r.claim_over(m.head)
            if claim is not None and claim.slots.get("actor") and \
                    self.lex.actors.kind.get(str(claim.slots["actor"])) in ("state", "armed_group", "organisation"):
                add([(str(claim.slots.get("source") or ""), str(claim.slots["actor"]))])
        # "talks facilitated by Belarus": a host or mediator is a participant of this event, not a negotiator
        hosting_verb = (m.pos == "verb" and lows[m.trigger.head] in _HOSTING | _HOSTING_FORMS) or (
            m.pos == "noun" and m.governor is not None and lows[m.governor.head] in _HOSTING | _HOSTING_FORMS)
        hosts = sorted({str(mm.value) for c in m.relations.get("agent", []) + m.relations.get("by", [])
                        if hosting_verb or self._after_hosting_by(r, c)
                        for mm in c.mentions if mm.kind in (Kind.ACTOR, Kind.PERSON)})
        mediators = self._named_mediators(r, m)
        hosts = sorted(set(hosts) | mediators)
        if mediators and lows[m.head] in _MEDIATION_NOUNS:
            notes.append("dip.participants.mediation-noun")
        if (mediators or (kind == "talks" and self._brokers(r, m))) and parts and kind in ("talks", "meeting") and \
                all(a in hosts for _, a in parts):
            # "under Qatari mediation", "Egyptian-brokered talks", "after talks brokered by Malaysia": the mediator
            # takes part (as in "talks facilitated by Belarus"), and so do the two sides (GUIDELINES: both sides
            # where stated): the sides the sentence names, else the story's negotiators or its two warring parties
            sides = self._sides_besides(r, set(hosts))
            if len({a for _, a in sides}) >= 2:
                mediator = list(parts)
                parts.clear()
                add(sides[:3] + mediator)
                notes.append("dip.participants.mediated")
        if kind == "agreement" and hosts and any(a not in hosts for _, a in parts) and \
                any(a in hosts for _, a in parts):
            # "agreed a ceasefire in talks brokered by Malaysia": the broker of the talks is no party to the
            # agreement reached in them (GUIDELINES: both sides)
            kept = [(w, a) for w, a in parts if a not in hosts]
            parts.clear()
            add(kept)
            notes.append("dip.participants.broker-dropped")
        if parts and kind == "agreement" and m.pos == "noun" and all(a in hosts for _, a in parts):
            # "handed over 205 prisoners in an exchange brokered by the UAE": the broker is no party (GUIDELINES:
            # both sides); the sides the sentence names, else the story's negotiators or its two warring parties
            sides = self._sides_besides(r, set(hosts))
            if len({a for _, a in sides}) >= 2:
                parts.clear()
                add(sides[:3])
                notes.append("dip.participants.brokered")
        if parts and kind == "talks" and all(a in hosts for _, a in parts) and "talks" in r.story.diplomacy:
            # hosted talks: between the story's negotiators of earlier talks (not the sides of a meeting)
            add([(a, a) for a in r.story.diplomacy["talks"]])
            notes.append("dip.participants.story-negotiators")
        if len(parts) == 1 and m.pos == "noun" and m.relations.get("with") and m.trigger.index > 0 and \
                r.parse.chunks[m.trigger.index - 1].kind == "PREP" and \
                r.parse.chunks[m.trigger.index - 1].lemma in _ADJUNCT_PREPS:
            # "Ukraine brought home 84 soldiers in an exchange with Russia": the clause's subject is the other side
            subject = self.sides._sentence_subject(r, m.trigger.i)
            if subject is not None and subject != parts[0][1]:
                parts.insert(0, (subject, subject))
                notes.append("dip.participants.subject-with")
        if not parts:
            return None
        if kind == "agreement" and len(parts) < 2 and not any(
                mm.kind in (Kind.ACTOR, Kind.PERSON) for rel in ("agent", "with", "between", "poss")
                for c in m.relations.get(rel, []) for mm in c.mentions):
            return None  # "Microsoft signs two Indian deals": no party to the agreement is a state
        gatherings = ("conference", "conferences", "forum", "summit", "assembly", "session")
        multilateral = any(self.lex.actors.kind.get(a) == "organisation" for _, a in parts) or (
            lows[m.head] in gatherings) or any(lows[c.head] in gatherings for c in m.roles.get("location", []))
        if kind in _MULTI and len(parts) < 2 and not multilateral and not self._aside_of_talks(r, m):
            return None
        if kind == "visit" and self._visit_at_home(r, m, parts, location):
            # "Zelensky visited troops near Pokrovsk", "Putin toured the Kursk region": a leader at home is no
            # contact between states
            notes.append("dip.guard.visit-at-home")
            return None
        if kind == "visit" and all(a in visited for _, a in parts) and not any(
                c.mentions or lows[c.head] in _OFFICIAL_HEADS | PRIVATE_PERSON_HEADS | BUSINESS_HEADS
                for c in m.roles.get("participant", [])):
            # "..., wrote the German Chancellor on the last day of a three-day visit to China": an official the
            # sentence names is the visitor
            official = self._official_in_sentence(r, visited, m.trigger.i)
            if official is not None:
                add([official])
        if kind == "visit" and all(a in visited for _, a in parts):
            # "the chief executive visited Beijing", "will launch their world tour in Madrid": a visit needs a
            # visiting side (a state, its officials or an organisation), not only the place visited
            return None
        if kind == "visit" and len(parts) < 1:
            return None
        dates = dates_between(r, ci, cj, at=m.trigger.i) + dates_between(r, pi, pj) + dates_between(r, ri, rj)
        announcement = self._announced_in_relative(r, m)
        announced = announcement is not None and not dates
        if announcement is not None and not dates:
            dates = dates_between(r, announcement[0], announcement[1])
        if kind == "aid" and status == "occurred" and announcement is not None and announcement[2] in _PROMISING:
            status = "planned"  # "a new battery, which was announced over the weekend": aid announced, to come
        adjacent = [d for d in dates if abs(d.i - m.trigger.j) <= 2 or abs(m.trigger.i - d.j) <= 2]
        chosen = adjacent or dates
        if chosen and kind in ("talks", "meeting", "summit") and self._several_days(r, chosen[0]):
            chosen = []  # "talks between March 13 and 17", "meetings on April 6 and 7" (CONVENTIONS: no date)
        undated = False
        if kind == "talks" and m.pos == "noun" and (m.governor is None or m.governor.lemma not in _OCCURRING):
            # talks run over days: a date only for the day they are named by ("the round of talks on March 7",
            # "June 2 talks") or something happened to them ("resumed on Sunday"), not "talks were in the
            # balance on Saturday" (CONVENTIONS)
            chosen = [d for d in adjacent if d.j <= m.trigger.i or d.i >= m.trigger.j]
            if not chosen and m.trigger.i >= 1 and lows[m.trigger.i - 1] in ("after", "following"):
                chosen = dates  # "Lavrov said on Saturday after talks with Choe": the talks were that day
            undated = not chosen
        if m.trigger.kind == "NG" and m.governor is not None and m.governor.i == m.trigger.j and \
                m.governor.tag == "ed" and not m.governor.aux and not any(d.i >= m.governor.j for d in adjacent):
            # "accused each other a day earlier of thwarting a prisoner exchange agreed at talks in Istanbul": an
            # agreement named with its participle is background, dated only by a date after it ("a truce agreed
            # on Tuesday"), not by the statement around it
            chosen, undated = [], True
        # "Germany pledged on Sunday to send ...", "On Sunday, Germany pledged to send ...": a day before the
        # infinitive of a past pledge is the pledge's, so it is read back from publication, not forward
        vg = m.trigger if m.trigger.kind == "VG" else m.governor
        pledge_day = announced and bool(chosen)  # "..., which were approved on Monday": that day
        if chosen and status == "planned" and vg is not None and vg.governing and 0 <= vg.governing_head < len(lows) \
                and lows[vg.governing_head].endswith("ed") and not set(vg.aux) & {"will", "would", "shall", "'ll"}:
            to = next((x for x in range(vg.governing_head, vg.j) if lows[x] == "to"), None)
            pledge_day = to is not None and chosen[0].j <= to
        if chosen and status == "planned" and m.light_option == "planned" and m.governor is not None and \
                lows[m.governor.head].endswith("ed") and not set(m.governor.aux) & {"will", "would", "shall", "'ll"}:
            pledge_day = True  # "Britain pledged more aid on Monday": the day of the pledge
        spans = [r.chars(m.trigger.i, m.trigger.j)]
        if m.governor is not None and m.governor is not m.trigger:
            spans.append(r.chars(m.governor.i, m.governor.j))
        for role in ("participant", "giver", "receiver", "target", "location", "goods"):
            for c in m.roles.get(role, []):
                if ci <= c.i and c.j <= cj or pi <= c.i and c.j <= pj or ri <= c.i and c.j <= rj:
                    spans.append(r.chars(c.i, c.j))
        c_start, c_end = r.chars(ci, max(cj, pj, rj))
        start = max(c_start, min(s for s, _ in spans))
        end = min(c_end, max(e for _, e in spans))
        slots: dict[str, Any] = {"kind": kind, "participants": parts, "location": location, "status": status}
        return Draft("diplomatic_event", m.frame.id, start, end, slots, sentence=r.index,
                     planned=status == "planned", date_mention=chosen[0] if chosen else None, notes=notes,
                     extra={"hosts": hosts, "undated": undated, "pledge_day": pledge_day})
