"""Speakers: who a claim's speaker phrase is, and which side it speaks for.

A speaker must speak for a side: a state, an organisation or an official (by
the actor and people lexicons, or by an official noun such as "spokesman",
"governor", "ministry"). Reporters, agencies, analysts, witnesses and
residents are not claimants (:data:`NOT_CLAIMANTS`). Words that point back
("it added", "the ministry said", "the president said", a surname alone)
take the speaker the story named before; an institution named without its
side ("the air force said") takes it from the sentence and the story
(:meth:`Speakers.context_side`): the side the story named with a military body
of its own ("Sudan's army retook ..."), or the state of a wire dateline
("KYIV, May 10 (Reuters) - ...") when that state is a party of the story.
"""

from __future__ import annotations

import regex

from .. import compiled
from ..lexicons import Lexicons
from ..lexicons.trie import compile_lists
from ..mentions.scan import WordStarts, fold, holds_any, scan
from ..mentions.tokens import Tokens
from ..mentions.words import FORCE_NOUNS
from ..mentions.types import Kind
from ..models import GeoPrecision, Place
from ..story import Speaker
from ..text.page import AGENCY_DATELINE, COLON_DATELINE, DATELINE
from .base import Reading

__all__ = ["Speakers", "POLICING_CONTEXT", "POLICING_SHARED_CUES", "CALAMITY_CONTEXT", "CALAMITY_SHARED_CUES",
           "OFFICIAL_NOUNS", "NOT_CLAIMANTS", "CONFLICT_CUES", "WEAK_CONFLICT_CUES", "PEACETIME_SPEAKERS", "TRUCE_CUES",
           "EXCHANGE_CUES", "DEAL_WORDS", "COMMERCE_DEALS",
           "PEACE_IDIOMS", "MILITARY_SPEAKERS", "STATE_MEDIA", "PARTY_MEDIA", "OUTLET_CUES", "TITLES", "ARMED_GROUP_WORDS",
           "MANDATED_STAFF", "MISSION_WORDS"]

#: Speaker words that mark an official source (a side speaking), lower case.
OFFICIAL_NOUNS = (
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "minister",
    "governments", "ministries", "ministers", "commanders", "generals", "general", "ministry", "governor", "mayor",
    "military", "army", "forces", "force", "president", "commander", "agency", "authorities", "authority",
    "administration", "general staff", "government", "head", "chief", "envoy", "ambassador", "office", "council",
    "command", "kremlin", "staff", "defence", "defense", "secretary", "leader", "leaders", "leadership",
    "prime minister", "chancellor", "troops", "prosecutor", "prosecutors", "police", "service", "services",
    "statement", "source", "sources", "senator", "lawmaker", "lawmakers", "mission", "delegation", "diplomat",
    "diplomats", "group", "militants", "committee", "centre", "center", "department", "headquarters", "navy",
    "guard", "intelligence", "operational", "presidency", "cabinet", "parliament", "assembly", "regime", "reports",
    "brigade", "battalion", "unit", "units", "opposition", "rebels", "insurgents", "separatists", "representative",
    "representatives", "negotiator", "negotiators", "foreign minister", "deputy", "adviser", "advisor", "aide",
    "aides", "counterpart", "monarch", "king", "emir", "premier", "vice president", "vice-president",
    "administrator", "coordinator", "commissioner", "rapporteur", "secretary-general", "secretary general",
    "organizer", "organiser", "organizers", "organisers", "board", "directorate", "inspectorate",
    "junta",  # a military government: "the junta said" (its side from the story, as "the presidency")
    "mod",  # a defence ministry by its initials: "... — MoD", "the MoD said"
    # senior military ranks (not "captain", "major", "sergeant": a ship's captain, a soldier on the ground)
    "colonel", "lieutenant colonel", "lieutenant general", "major general", "brigadier", "brigadier general",
    "admiral", "rear admiral", "vice admiral", "air marshal", "marshal", "air vice marshal",
    # the same ranks abbreviated, as South Asian and African outlets write them ("Brig. Nabil Abdallah",
    # "Maj.-Gen. Markus Kangye", "Lt Gen Ahmed Sharif Chaudhry"; not "Capt.", as "captain" above)
    "col.", "lt col", "lt. col.", "lt-col", "lt gen", "lt. gen.", "lt-gen", "maj gen", "maj. gen.", "maj.-gen.",
    "maj-gen", "brig.", "brig gen", "brig. gen.", "gen.", "adm.", "air cdre", "air cdre.",
)

#: Speakers who are never claimants (journalists, analysts, witnesses), lower case.
NOT_CLAIMANTS = (
    "afp", "reuters", "ap", "associated press", "bbc", "cnn", "bloomberg", "the guardian", "reporter",
    "reporters", "journalist", "journalists", "correspondent", "correspondents", "witness", "witnesses",
    "resident", "residents", "analyst", "analysts", "expert", "experts", "institute for the study of war", "isw",
    "mapping groups", "mapping group", "observers", "monitors", "bloggers", "blogger", "media",
    "agence france-presse", "al jazeera", "eyewitness", "eyewitnesses", "survivor", "survivors",
    "neighbour", "neighbor", "relative", "relatives", "serviceman", "soldier", "medic", "volunteer",
    "poll", "survey", "analysis", "tally", "medics", "doctors", "paramedics", "nurses", "locals",
    "people", "villagers", "passers-by", "onlookers", "activists", "activist", "commentator", "commentators",
    "economist", "economists", "critic", "critics", "scholar", "scholars", "professor", "researcher",
    "researchers", "think tank", "think-tank", "observatory", "syrian observatory for human rights",
    "monitoring group", "war monitor", "monitor", "airwars", "acled", "deepstate", "oryx", "conflict monitor",
    "newspaper", "broadcaster", "outlet", "outlets", "news agencies", "website", "magazine", "fox news", "xinhua",
    "axios", "politico",
    "new york times", "washington post", "wall street journal", "financial times", "the times", "dpa",
    "anchor", "host", "presenter", "columnist", "editor", "company", "firm", "bank", "shareholders", "investors",
    "fans", "coach", "player", "players", "manager", "club", "spokesman for the club", "others", "crowd",
    "protesters", "demonstrators", "students", "parents", "teacher", "pilot", "driver", "strategist", "philosopher",
    "historian", "author", "writer", "poet", "novelist", "scientist", "scientists", "academic", "academics",
    "crisis group", "institute", "foundation", "brookings", "chatham house", "carnegie", "rand corporation",
    "council on foreign relations", "rally", "organizer of the rally", "co-organizer", "co-organiser",
    "energy information administration", "cdc", "centers for disease control", "statistics", "census",
    "imf", "international monetary fund", "world bank", "economy", "market", "markets",
    # arms makers and other businesses ("Rheinmetall ... the defence group said")
    "defence group", "defense group", "defence firm", "defense firm", "defence contractor", "defense contractor",
    "defence giant", "defense giant", "arms maker", "arms makers", "arms manufacturer", "weapons maker",
    "shipbuilder", "carmaker", "automaker", "conglomerate", "retailer", "insurer",
    # research bodies, aid workers and charities, retired officers, maps and imagery: they speak for no side
    # ("a Geneva-based research group says", "aid workers in eastern Chad say", "a retired general said",
    # "according to open-source maps", "the head of a medical charity said")
    "research group", "research groups", "research centre", "research center", "research organisation",
    "research organization", "aid worker", "aid workers", "humanitarian workers", "charity", "charities",
    "retired", "open-source maps", "maps", "satellite images", "satellite imagery",
)
#: Words of :data:`NOT_CLAIMANTS` that name an organisation's mandated staff when the organisation is named with
#: them ("UN experts", "OSCE monitors", "IAEA inspectors"): then they speak for it.
MANDATED_STAFF = frozenset({"expert", "experts", "monitor", "monitors", "observers", "investigators"})
#: News outlets and agencies: as speakers they recall reports ("As Ukrinform reported"), as addressees they are
#: told things ("told the BBC"); never a party's claimant on their own.
MEDIA = (
    "reuters", "afp", "ap", "associated press", "bbc", "cnn", "bloomberg", "guardian", "xinhua", "tass", "ria",
    "ria novosti", "interfax", "ukrinform", "unian", "belta", "belsat", "pap", "dpa", "ansa", "efe", "kyodo",
    "yonhap", "kcna", "irna", "wafa", "al jazeera", "al arabiya", "fox news", "fox news digital", "nbc", "cbs",
    "abc", "cnbc", "sky news", "politico", "axios", "the new york times", "new york times", "the washington post",
    "washington post", "the wall street journal", "wall street journal", "financial times", "the economist",
    "foreign affairs", "newsweek", "radio liberty", "radio free europe", "rfe/rl", "kyiv independent",
    "kyiv post", "times of israel", "haaretz", "meduza", "novaya gazeta", "izvestia", "kommersant", "rbc",
    "istoria", "ukrainska pravda", "the times", "telegraph", "the telegraph", "le monde", "der spiegel",
)
#: Words before a side's own outlet ("outlets" in the actors file) that make a speaker speak to or through it:
#: "told APA", "in comments to TASS", "carried by SANA", "in an interview with RIA Novosti".
OUTLET_CUES = ("told", "to", "by", "with")

#: Titles of officials, for "the president said" after "President X said".
TITLES = frozenset({
    "president", "minister", "prime minister", "foreign minister", "defence minister", "defense minister",
    "chancellor", "governor", "mayor", "general", "commander", "commander-in-chief", "chief", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "envoy", "secretary", "secretary-general", "leader", "king",
    "premier", "head", "official", "chairman", "senator", "prosecutor", "emir", "colonel", "brigadier", "admiral",
})

#: An organisation's field presence named by what it is: "the mission said" after "UNIFIL said" is UNIFIL's.
MISSION_WORDS = frozenset({"mission", "peacekeepers", "peacekeeping mission", "peacekeeping force",
                           "monitoring mission", "observer mission", "peacekeeping operation"})

#: Most sentences back that "he said" looks for a person named (not quoted) before.
PRONOUN_BACK_SENTENCES = 2
#: Most sentences back that "the general said" looks for the person quoted last (see :func:`_same_office`).
TITLE_BACK_SENTENCES = 3
#: Titles that name one office in a later mention: an army chief is "the general", "the commander".
TITLE_GROUPS = (
    frozenset({"general", "commander", "commander-in-chief", "chief", "army chief", "military chief"}),
    frozenset({"minister", "foreign minister", "defence minister", "defense minister"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson", "official"}),
    frozenset({"president", "leader", "head of state"}),
    frozenset({"prime minister", "premier", "leader"}),
)


def _same_office(given: str, later: str) -> bool:
    """Whether a person first quoted with title ``given`` ("" when none) can be "the ``later``"."""
    return not given or given == later or any(given in g and later in g for g in TITLE_GROUPS)

#: Words that put a statement about the conflict (a claim needs one, or an event inside it).
CONFLICT_CUES = (
    # wars of peace ("a trade war", "a turf war between gangs"): weak cues (:data:`WEAK_CONFLICT_CUES`), read before
    # their "war"
    "trade war", "trade wars", "tariff war", "tariff wars", "price war", "price wars", "turf war", "turf wars",
    "bidding war", "culture war", "culture wars", "war of words", "human-wildlife conflict", "human-animal conflict",
    "war", "wars", "warfare", "attack", "attacks", "attacked", "attacking", "strike", "strikes", "struck",
    "drone", "drones", "missile", "missiles", "rocket", "rockets", "bomb", "bombs", "bombing", "bombed",
    "shelling", "shelled", "shells", "artillery", "troops", "forces", "army", "military", "soldiers",
    "offensive", "invasion", "incursion", "front", "frontline", "front line", "ceasefire", "truce", "peace",
    "talks", "negotiations", "sanctions", "weapons", "arms", "ammunition", "killed", "dead", "deaths",
    "wounded", "injured", "hurt", "killing", "injuring", "wounding", "casualties", "hostage", "hostages", "captured", "seized",
    "territory", "territorial", "occupied", "occupation", "annexation", "annexed", "fighting", "combat",
    "battle", "battlefield", "mobilisation", "mobilization", "recruitment", "prisoner", "prisoners",
    "bodies", "corpses", "militants", "terror", "terrorist", "aid", "deliveries", "Patriot", "Patriots",
    "air defence", "air defense", "air defences", "air defenses", "repel", "repelling", "intercept",
    "intercepting", "interceptors", "explosion", "explosions", "double-tap", "double-taps", "double tap", "double taps", "shot down", "intercepted", "destroyed",
    "damaged", "evacuated", "displaced", "refugees", "security guarantees", "nuclear",
    "invaded", "raid", "raids", "assault", "assaults", "repelled", "advance", "advances", "advanced",
    "foothold", "border", "deployed", "deployment", "agreement", "treaty", "alliance",
    "enemy", "victims", "civilians", "operation", "strategic", "tank", "tanks", "jets", "aircraft",
    "presence", "positions", "losing ground", "units", "victory", "defeat", "lost", "losing", "losses",
    "stockpiles", "air raid", "hostilities", "massacre", "massacres", "killings", "atrocities", "atrocity",
    "genocide", "war crimes", "war crime", "abducted", "abduction", "siege", "besieged", "shelter",
    "responsibility", "involvement", "targeting", "targeted", "aggression", "aggressor", "occupiers", "invaders",
    "mediators", "envoy", "delegation", "delegations", "negotiation", "negotiating", "compromise",
    "neutrality", "disinformation", "brigades", "defence", "defense", "chemical weapons", "chemical weapon",
    "fighters", "combatants", "gunmen", "rebels", "insurgents", "militia", "militias", "command centre",
    "command center", "human shields", "tunnels", "hideout", "weapons depot", "ammunition depot",
    "chemical agents", "chemical agent", "tear gas", "poison gas", "village", "villages", "settlement",
    "settlements", "warring",
    "escalation", "de-escalation", "conflict", "provocation", "provocations", "sovereignty", "claims",
    "allegations", "accusations", "propaganda", "baseless", "agreed", "summit",
    "phone call", "by phone", "visit", "proposal", "demands", "hostilities", "military aid", "liberation",
    "withdraw", "withdrew", "withdrawn", "withdrawal", "withdrawing", "pull out", "pulled out", "pullout",
    "toll", "death toll", "arming", "armed", "weapons supplies", "mercenaries", "proxy", "proxies",
    # sabotage blamed on the other side: "Moscow blamed Ukraine's special services", "accused Kyiv of blowing up"
    "saboteurs", "saboteur", "sabotage", "special services", "blast", "blasts", "blew up", "blowing up",
    "blown up", "destruction",
)

#: Words of a story about a truce or a ceasefire: in such a story a statement about "the deal" is about the
#: conflict (:meth:`Speakers.truce_deal`): "Both sides confirmed the deal on Thursday".
TRUCE_CUES = frozenset({"ceasefire", "truce", "hostilities"})
#: Words of a story about an exchange of prisoners or hostages, or a peace: they make "the deal" the conflict's
#: only once the story has stated an agreement between two sides (a bank robbers' "hostages" make no truce).
EXCHANGE_CUES = frozenset({"prisoner", "prisoners", "hostage", "hostages", "peace"})
#: Words of a deal, which name no conflict by themselves ("both sides welcomed the deal" after a trade pact).
DEAL_WORDS = ("deal", "deals", "accord", "accords")
#: Words before a deal that make it one of commerce or civil life, never a truce's ("a trade deal", "a gas deal").
COMMERCE_DEALS = frozenset({
    "trade", "business", "gas", "oil", "energy", "minerals", "mineral", "mining", "investment", "tax", "budget",
    "debt", "merger", "takeover", "supply", "sponsorship", "transfer", "loan", "record", "book", "broadcast",
    "tv", "television", "licensing", "pay", "wage", "tariff", "customs", "fishing", "aviation", "airline",
    "shipping", "property", "land", "financing", "funding", "bailout", "pension", "climate", "commercial",
    "free-trade", "export", "import", "technology", "chip", "chips", "streaming", "music", "film", "data",
})
_DEAL = regex.compile(r"(?<![\p{L}])(?:deals?|accords?)(?![\p{L}])", regex.IGNORECASE)

#: A state's own media, which speak for it (unlike other media, :data:`NOT_CLAIMANTS`).
STATE_MEDIA = ("state media", "state-run media", "state television", "state-run television", "state tv",
               "state broadcaster", "state news agency", "state-run news agency", "official news agency")

#: A side's own press bodies ("Hezbollah's media office", "the government media office", "the army's media wing"):
#: they speak for the side, although "media" alone is no claimant (:data:`NOT_CLAIMANTS`).
PARTY_MEDIA = ("media office", "media bureau", "media wing", "media centre", "media center", "media department",
               "media service", "media unit", "media relations", "media arm", "media directorate")

#: Words of an armed force speaking, named or not: its statements count as a side's.
MILITARY_SPEAKERS = frozenset({
    "army", "military", "armed forces", "general staff", "defence ministry", "defense ministry", "ministry of defence",
    "ministry of defense", "navy", "air force", "command", "commander", "commanders", "militants", "rebels", "militia",
    "pentagon", "idf",
})

#: Speakers of civil life, whose statements with only :data:`WEAK_CONFLICT_CUES` are not about a conflict
#: ("the fire service said a wildfire destroyed 40 homes").
PEACETIME_SPEAKERS = frozenset({
    "police", "fire service", "fire services", "fire brigade", "firefighters", "fire department", "rescuers",
    "emergency services", "ambulance service", "coastguard", "coast guard", "weather service", "meteorological",
    "union", "unions", "company", "club", "coach", "manager", "league", "federation", "hospital", "school",
    "university", "court", "prosecutors", "prosecutor",
    "cricket board", "cricket council", "football association", "football federation", "olympic committee",
    "fifa", "uefa", "sports ministry", "team", "squad", "organising committee", "organizing committee",
    # professional and business bodies named with a nationality ("the British Medical Association")
    "association", "chamber of commerce", "society", "institute", "confederation", "airline", "airlines",
    "railway", "railways", "corporation", "central bank", "stock exchange", "regulator", "disaster agency",
    "disaster management", "weather agency", "met office",
    # revenue, customs and wildlife services ("the Kenya Wildlife Service said", "the revenue authority said")
    "revenue authority", "customs", "customs service", "wildlife service", "wildlife authority", "parks authority",
    "national parks", "parks service",
})

#: Speakers who are no party, government, armed force, official or international body: business, private people,
#: civil agencies of transport, space and fire (GUIDELINES, claim). A statement of theirs with no event in it is no
#: claim, in a story of war too ("its chief executive said the company would open four ammunition plants", "his
#: former aide said", "the civil aviation authority said"). (Not "aide" alone: a president's aide is an official.)
PRIVATE_SPEAKERS = frozenset({
    "chief executive", "chief executives", "ceo", "chief financial officer", "chief operating officer",
    "managing director", "company", "companies", "firm", "shareholders", "investors", "analysts", "economists",
    "former aide", "relatives", "widow", "widower", "his family", "her family", "their family", "friends",
    "biographer", "historian", "critic", "critics", "reviewers", "fire chief", "fire chiefs", "fire commander",
    "fire officials", "fire officer", "fire captain", "space agency", "aviation authority", "civil aviation",
    "transport safety board", "safety board", "air accident", "airport authority", "airline", "carrier",
})

#: Words of police and emergency work: crime, drugs, protest and fire. A statement that holds one is about that
#: work unless it also has a word of war the police and rescuers do not share (:data:`POLICING_SHARED_CUES`):
#: "police said they had killed 12 suspected drug traffickers in a raid", "firefighters deployed 30 water
#: bombers", "marines seized 1.5 tonnes of cocaine", "riot police fired tear gas at protesters" (but "Israeli
#: troops fired tear gas at protesters" is about the war).
POLICING_CONTEXT = (
    "drug traffickers", "drug trafficker", "drug trafficking", "drug dealers", "drug dealer", "drug gang",
    "drug gangs", "drug cartel", "drug cartels", "cartel", "cartels", "narcotics", "cocaine", "heroin",
    "methamphetamine", "meth", "fentanyl", "marijuana", "cannabis", "smugglers", "smuggling", "contraband",
    "traffickers", "criminals", "suspects", "arrested", "arrests",
    # customs and wildlife crime: "customs officers seized 3 tonnes of ivory"
    "customs officers", "customs officials", "customs agents", "ivory", "rhino horn", "rhino horns", "pangolin",
    "pangolins", "pangolin scales", "poachers", "poaching", "wildlife trafficking",
    "favela", "favelas", "protesters", "protestors", "demonstrators", "rioters", "riot police", "rubber bullets",
    "water cannon", "water cannons", "firefighters", "fire crews", "forest fire", "forest fires", "wildfire",
    "wildfires", "bushfire", "bushfires", "water bombers", "water bomber", "firefighting",
)
#: Cues of war that police and rescue work share: with :data:`POLICING_CONTEXT` they make no statement about a
#: conflict.
POLICING_SHARED_CUES = frozenset({
    "raid", "raids", "tear gas", "deployed", "deployment", "operation", "seized", "captured", "weapons", "arms",
    "ammunition", "armed", "gunmen", "killed", "dead", "deaths", "wounded", "injured", "hurt", "killing",
    "injuring", "wounding", "casualties", "explosion", "explosions", "destroyed", "damaged", "evacuated",
    "displaced", "hostage", "hostages", "abducted", "abduction", "victims", "civilians", "bodies", "toll",
    "death toll", "aircraft", "shelter", "targeted", "targeting", "lost", "losing", "units", "border", "prisoners",
    "prisoner", "assault", "village", "villages", "massacre", "killings",
    # a fire's own verbs: "ordered to leave as the wildfire advanced", "crews are fighting it on three fronts"
    "advanced", "advancing", "advances", "fronts",
})

#: Words of a civil calamity or public works: pests, disease, weather, roads. A statement that holds one is about
#: that calamity unless it also has a word of war it does not share (:data:`CALAMITY_SHARED_CUES`): "farmers are
#: battling a locust invasion, officials said", "a bomb cyclone killed four people, the governor said", "the
#: council launched a blitz on potholes, with crews deployed to 80 roads".
CALAMITY_CONTEXT = (
    "locust", "locusts", "pests", "pest", "moths", "beetles", "insects", "armyworm", "armyworms", "crop disease",
    "measles", "outbreak", "outbreaks", "virus", "epidemic", "pandemic", "cholera", "dengue", "flu", "influenza",
    "covid", "covid-19", "ebola", "mpox", "infections", "vaccination", "vaccine", "vaccines",
    "pothole", "potholes", "roadworks", "road repairs", "litter", "fly-tipping",
    "cyclone", "bomb cyclone", "hurricane", "typhoon", "tornado", "blizzard", "snowstorm", "storm", "storms",
    "heatwave", "heat wave", "floods", "flooding", "flash floods", "earthquake", "drought", "landslide",
    "landslides", "mudslide", "avalanche", "tsunami", "volcano", "eruption",
    # wild animals that attack people or farms: "a lion attacked a herder", "elephants trampled two people"
    "crocodile", "crocodiles", "hippo", "hippos", "hippopotamus", "elephant", "elephants", "lion", "lions",
    "lioness", "leopard", "leopards", "hyena", "hyenas", "wild animal", "wild animals", "wildlife",
    # what a storm does: "two of the dead were crushed when a tree hit their car, officials said"
    "tree", "trees", "lightning", "gale", "gales", "gusts", "hailstones", "hailstorm",
)
#: Cues of war that a calamity's report shares (:data:`POLICING_SHARED_CUES` and the figures of a fight against
#: it): with :data:`CALAMITY_CONTEXT` they make no statement about a conflict.
CALAMITY_SHARED_CUES = POLICING_SHARED_CUES | frozenset({
    "invasion", "invaded", "fighting", "battle", "front", "frontline", "front line", "siege", "besieged", "offensive",
    "war", "blitz", "assault", "assaults", "combat", "battlefield",
    "deployed", "deployment", "evacuated", "displaced", "refugees", "shelter", "aid", "victims",
})

#: Phrases of peace that hold a word of war: money "shelled out", not artillery; a "trade war".
PEACE_IDIOMS = ("shell out", "shells out", "shelled out", "shelling out",
                # wars of trade, prices and gangs (counted as weak cues: :data:`WEAK_CONFLICT_CUES`)
                "trade war", "trade wars", "tariff war", "tariff wars", "price war", "price wars", "turf war",
                "turf wars", "bidding war", "culture war", "culture wars", "war of words", "human-wildlife conflict",
                "human-animal conflict")

#: Cue words common outside war too ("teachers launched a strike", "hackers attacked the servers", "talks
#: between the union and the airline", "a wildfire destroyed 40 homes"): outside a story of war, a statement
#: with no event in it needs a cue that is not one of these.
WEAK_CONFLICT_CUES = frozenset({
    "attack", "attacks", "attacked", "attacking", "strike", "strikes", "struck", "talks", "negotiations",
    "negotiation", "negotiating", "peace", "aid", "killed", "dead", "deaths", "wounded", "injured", "hurt",
    "killing", "injuring", "wounding", "casualties", "destroyed", "explosion", "explosions", "seized", "captured",
    "fighting", "battle", "lost", "losing", "losses", "victory", "defeat", "operation", "strategic", "presence", "positions",
    "units", "shelter", "responsibility", "involvement", "targeting", "targeted", "compromise", "delegation", "delegations",
    "envoy", "mediators", "defence", "defense", "aircraft", "jets", "victims", "civilians", "deliveries",
    "hostage", "hostages", "abducted", "abduction", "terror", "bodies", "losing ground", "stockpiles",
    "disinformation", "neutrality", "recruitment", "prisoner", "prisoners", "arms", "weapons", "bomb", "bombs",
    "withdraw", "withdrew", "withdrawn", "withdrawal", "withdrawing", "pull out", "pulled out", "pullout",
    "agreement", "agreed", "demands", "proposal", "visit", "summit", "phone call", "by phone", "treaty",
    "toll", "death toll", "armed",
    # words of peace as often as of war: software and rescuers are "deployed", shares and teams "advanced", police
    # make "raids", space agencies fly rockets
    "deployed", "deployment", "advance", "advances", "advanced", "raid", "raids", "rocket", "rockets",
    # crime news names its gunmen as often as a war does: they alone make no story of war
    "gunmen", "gunman",
    # a gas main or a quarry has its blasts too, and a vote is "sabotaged"
    "sabotage", "blast", "blasts", "blew up", "blowing up", "blown up", "destruction",
    # wars of peace
    "trade war", "trade wars", "tariff war", "tariff wars", "price war", "price wars", "turf war", "turf wars",
    "bidding war", "culture war", "culture wars", "war of words", "human-wildlife conflict", "human-animal conflict",
})

#: Heads of "the group said": an armed group or organisation named before (:meth:`Speakers._group_antecedent`).
_GROUP_HEADS = frozenset({"group", "movement", "organisation", "organization", "militia", "militants", "rebels",
                          "faction"})
#: Heads of "the bloc said", "the alliance said": the organisation of that kind the sentence or story named before
#: (:meth:`Speakers._body_antecedent`), after at most two descriptors ("the 27-member bloc", "the Western military
#: alliance").
_BODY_ANAPHORS: dict[str, frozenset[str]] = {
    "bloc": frozenset({"European Union", "ASEAN", "African Union", "ECOWAS", "SADC", "East African Community",
                       "Gulf Cooperation Council", "BRICS", "Shanghai Cooperation Organisation", "G7", "IGAD",
                       "Arab League"}),
    "alliance": frozenset({"NATO"}),
    "union": frozenset({"European Union", "African Union"}),
}
#: Words that name an armed group by what it is: a speaker so named ("a rebel spokesman", "the militants") speaks
#: for the armed group the sentence or story names (:meth:`Speakers.armed_group_speaker`).
ARMED_GROUP_WORDS = frozenset({"rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "jihadist",
                               "jihadists", "militia", "militias", "paramilitaries", "guerrillas", "guerrilla"})
#: Force nouns that are also what an air defence downs: a side's "drones" shot down are its weapons, and the army
#: that reports it is the other side's (:meth:`Speakers.own_forces_side`).
_MUNITION_FORCES = frozenset({"drones", "jets", "warplanes", "aircraft", "artillery"})
#: Insurgents named by what they are, the target of a state's security operation at home (:meth:`Speakers.
#: _against_insurgents`): "security forces killed nine militants", "troops killed 30 terrorists".
INSURGENT_VICTIMS = frozenset({"militants", "insurgents", "terrorists", "jihadists", "rebels", "bandits",
                               "khawarij", "naxalites", "maoists", "separatists"})
#: Heads of an armed body described by what it is, with a word of :data:`_GROUP_ADJECTIVES` before them ("the
#: Kurdish-led force", "the paramilitary forces", "the rebel alliance"; not "the air force").
_ARMED_BODY_HEADS = frozenset({"force", "forces", "alliance", "coalition"})
#: Words before a group head that still point back ("the paramilitary group said").
_GROUP_ADJECTIVES = frozenset({"paramilitary", "militant", "armed", "rebel", "islamist", "jihadist", "separatist",
                               "insurgent", "extremist", "militia", "palestinian", "lebanese", "shiite", "sunni",
                               "kurdish", "kurdish-led", "iran-backed", "iranian-backed", "rwanda-backed"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "the source", "the statement", "the ministry",
                       "the agency", "the military", "the army", "the president", "the minister", "the governor",
                       "the general", "the chancellor", "the spokesman", "the official", "the officials",
                       "the group", "the organisation", "the organization", "the movement", "the government",
                       "the commander", "the prime minister", "the foreign minister", "the mayor", "the leader",
                       "the head of state", "the defence ministry", "the defense ministry", "the office",
                       "the authorities", "the envoy", "the diplomat", "the ambassador", "the spokeswoman",
                       "the spokesperson", "the commander-in-chief", "the secretary-general", "the kremlin"})
#: A civil body that speaks for whoever runs the territory it is in.
#: A ministry named with no side and no field but defence: "the ministry", "the defence ministry".
_BARE_MINISTRY = compiled.compile(r"(?i)(?:the[ ])?(?:defen[cs]e[ ])?ministry")
_CIVIL_BODY = compiled.compile(
    r"(?i)\b(?:ministry|civil[ ]defen[cs]e|agency|authorit(?:y|ies)|media[ ]office|health[ ]officials?)\b"
)
#: Officials named by nothing but the word ("officials said"): in a story of war they are those of the places
#: named or hit ("Heavy shelling hit Kherson. Officials said two people were killed": Ukraine's), as local ones.
_BARE_OFFICIALS = compiled.compile(r"(?i)(?:the[ ])?officials?")
#: Officials of a town or region: they speak for the country their places are in.
_LOCAL_OFFICIAL = compiled.compile(
    r"(?i)\b(?:governor|mayor|regional[ ](?:administration|authorities|officials?|head|chief)|"
    r"head[ ]of[ ]the[ ](?:(?:regional|city|district|military)[ ]){1,2}administration|"
    r"local[ ](?:authorities|officials?|government)|"
    r"city[ ](?:council|administration|officials?)|military[ ]administration|police|"
    r"(?:deputy[ ]|district[ ])(?:commissioner|magistrate|collector)|district[ ](?:officials?|administration|chief))\b"
)
#: A speaker phrase of a name and an apposition after its comma: "Hezbollah, the Iran-backed Lebanese group",
#: "The Houthis, an Iran-aligned movement" (:meth:`Speakers.resolve`).
_APPOSITION = compiled.compile(r"(?P<name>[^,]{2,60}),[ ](?i:the|an?)[ ][^,]{2,80}")
#: Bodies that speak for one side: without a stated side, they take the story's.
_SIDE_BODY = compiled.compile(
    r"(?i)\b(?:air[ ]force|military|army|navy|armed[ ]forces|general[ ]staff|defen[cs]e[ ]ministry|"
    r"ministry[ ]of[ ]defen[cs]e|air[ ]defen[cs]es?|command)\b"
)
#: Bodies of a state's government, not its military, that speak for the state whose forces their sentence names
#: (:meth:`Speakers.own_forces_side`): "Chadian soldiers were killed ..., the presidency said". (Not "the ministry":
#: after "Israeli troops killed five Palestinians", that is the victims' health ministry.)
#: Words between a side's name and its force noun that keep the force the side's ("Ethiopian federal forces").
_FORCE_MODIFIERS = frozenset({"federal", "government", "national", "regular", "security", "defence", "defense",
                              "special", "elite", "army"})
_OWN_FORCES_CIVIL = compiled.compile(r"(?i)\b(?:presidency|government|junta|sovereignty[ ]council)\b")
#: The agency a wire dateline names in brackets: "(Ukrinform)" of "KYIV, May 8 (Ukrinform) - ".
_DATELINE_AGENCY = compiled.compile(r"\(([^)\n]{2,40})\)")
#: States whose places a foreign army fights in with no army of their own to speak for them ("the military
#: said" in a story of the West Bank is not Palestine's): :meth:`Speakers.theatre_side` gives them no body.
NO_OWN_ARMY = frozenset({"Palestine"})
#: Bodies the English-language press names bare for one side of a war between two states, in a story of that war
#: only (:meth:`Speakers.theatre_side`): (the body's words, the war's states, the side). Ukraine's General Staff
#: issues the daily front reports; Russia's military speaks as "the defence ministry".
THEATRE_BODIES: tuple[tuple[str, frozenset[str], str], ...] = (
    ("general staff", frozenset({"Ukraine", "Russia"}), "Ukraine"),
)
_DEFENCE_CUE = compiled.compile(r"(?i)\b(?:air[ ]defen[cs]es?|shot[ ]down|brought[ ]down|neutrali[sz]ed|"
                                r"intercept(?:ed|ion)?|repel(?:led)?|downed)\b")
_OFFENCE_CUE = compiled.compile(r"(?i)\b(?:fighter[ ]jets|warplanes|aircraft|struck|hit|targeted|strikes?|bombed)\b")
#: Nouns of a side's armed force that may stand between the side and its verb of attack ("Russian forces fired").
ATTACKING_FORCES = ("forces", "troops", "army", "military", "units")
_ATTACK_AFTER = compiled.compile(
    r"[ ](?:(?:" + "|".join(ATTACKING_FORCES) + r")[ ])?(?:has[ ]|had[ ]|have[ ])?"
    r"(?:launch(?:ed|es)?|fire[ds]?|attack(?:ed|s)?|struck|strikes?|hits?|shell(?:ed|s)?|bomb(?:ed|s)?|targeted|sent)[ ]"
)
#: A state's own act that its unnamed military reports (:meth:`Speakers._own_act_side`), right after the state's
#: name or its aircraft or force ("Israel struck", "Israeli jets hit", "Israeli air defences intercepted"): group
#: ``defence`` for the defending verbs, which may be done on the state's own soil.
_OWN_ACT_AFTER = compiled.compile(
    r"[ ](?:(?:jets|warplanes|aircraft|forces|troops|military|army|navy|air[ ]force|air[ ]defen[cs]es)[ ])?"
    r"(?:has[ ]|had[ ]|have[ ])?(?:(?:struck|hit|bombed|targeted)|(?P<defence>intercepted|shot[ ]down|downed))[ ]"
)
#: A side's losses told after its name: a military body that counts them is the foe's ("Russia has lost 1,030 troops").
_LOST_AFTER = compiled.compile(r"[ ](?:has[ ]|have[ ]|had[ ])?lost[ ]")
#: Military bodies that report their own side's operations, not the other side's attacks: "Ukraine fired missiles
#: at a plant in Russia's Bryansk region, the General Staff said" is Ukraine's (an air force counts what came in).
OWN_OPERATIONS_BODIES = ("general staff",)
_OWN_OPERATIONS = compiled.compile(r"(?i)\b(?:" + "|".join(b.replace(" ", "[ ]") for b in OWN_OPERATIONS_BODIES) + r")\b")
#: "his ministry", "her office": the person the possessive points to speaks (:meth:`Speakers._person_antecedent`).
_HIS_START = compiled.compile(r"(?i)(?:his|her)[ ]")
#: Bodies whose possessive points back to the side the sentence names first: "Ukraine's drone forces hit a refinery,
#: the force's commander said", "the group's spokesman".
OWNING_BODIES = ("group", "movement", "militia", "organisation", "organization", "faction", "force", "forces", "army",
                 "navy", "brigade", "unit", "corps", "regiment", "battalion", "service", "agency")
_THEIR_START = compiled.compile(r"(?i)(?:its|their|(?:the[ ])?(?:" + "|".join(OWNING_BODIES) + r")'s?)\b")
_STATEMENT_FROM = compiled.compile(
    r"(?i)^(?:(?:a|an|the|its|their)[ ])?(?:(?:joint|brief|short|separate|written|daily)[ ])?"
    r"(?:statement|post|report|briefing|message|video|update|announcement)[ ](?:from|by|of)[ ]"
)
_ARTICLE_START = compiled.compile(r"(?i)^(?:the|a|an|its|their|his|her|our)[ ]")
#: An acronym in brackets after a name ("Syrian Democratic Forces (SDF)"), left out of the source as written.
_ACRONYM_GLOSS = compiled.compile(r"[ ]\([\p{Lu}\d/&\-]{2,10}\)?(?=[ ,]|$)")
_POSSESSIVE_THEN_WORD = compiled.compile(r"(?:'s|\u2019s)[ ]\p{L}")
#: "UN-backed", "US-funded", "Iran-sponsored": the body so described is not that side
_BACKED = compiled.compile(
    r"\w-(?:backed|funded|sponsored|supported|financed|trained|armed|aligned|allied|linked|affiliated)\b")
#: "the president's office", "the prime minister's spokesman": an official's staff speaks for the official
_OFFICE_OF = compiled.compile(
    r"(?:the[ ])?(?P<title>president|prime[ ]minister|chancellor|premier|king|emir|foreign[ ]minister)"
    r"['\u2019]s[ ](?:office|spokes(?:man|woman|person)|press[ ](?:service|secretary|office)|administration|aides?)$",
    regex.IGNORECASE,
)
_FINITE = compiled.compile(  # ("IS" in capitals is Islamic State's short name, no verb)
    r"(?i)\b(?:(?-i:[Ii]s)|are|was|were|came|went|had|has|have|did|does|will|would|took|taken|gave|given|made|became|"
    r"began|fell|held|left|lost|won|should|could|can|may|might|must)\b(?![ ](?:also|so|long))"
)
#: The "and" between two speakers of one verb ("residents and a local official said").
_SPEAKER_AND = compiled.compile(r"[ ]and[ ]")
_SUBORDINATE = compiled.compile(
    r"(?i)^.*\b(?:that|after|before|when|while|because|although|if|which|(?-i:[Ww]ho|[Ww]hom)|as|where)[ ]"
)
_ING_WORD = compiled.compile(r"\p{L}+ing\b")
#: A person's name at the end of a speaker phrase: two or three capitalised words, an initial allowed.
_TRAILING_NAME = compiled.compile(r"(?:^|[ ])(?P<name>\p{Lu}[\p{L}'\-]+(?:[ ](?:\p{Lu}\.|\p{Lu}[\p{L}'\-]+)){1,2})$")
_NOT_NAME_WORDS = frozenset({"the", "prime", "foreign", "defence", "defense", "armed", "general", "ministry",
                             "president", "minister", "security", "state", "national", "regional", "military",
                             "air", "united", "european", "supreme", "deputy", "chief", "head", "vice",
                             # words of a body's or an outlet's name: "the official Korean Central News Agency"
                             "agency", "news", "council", "committee", "service", "office", "command", "centre",
                             "center", "department", "network", "broadcasting", "television", "radio", "press",
                             "times", "post", "guard", "forces", "force", "army", "navy", "authority", "bureau"})
_TITLE_WORD = compiled.compile(r"(?i)^(?:the[ ])?(?P<title>" + "|".join(sorted((t.replace(" ", "[ ]") for t in TITLES),
                                                                             key=lambda t: (-len(t), t))) + r")$")


#: The first run of ASCII letters and digits of a word list entry: where a match of it can start
#: ("double-tap": "double"; see :class:`~conflictevents.mentions.scan.WordStarts`).
_FIRST_RUN = regex.compile(r"[a-z0-9]+")


def _gate_words(ws: tuple[str, ...]) -> tuple[str, ...] | None:
    """A word list as :func:`~conflictevents.mentions.scan.holds_any` tests it: ``None`` (no test: always searched)
    unless every word is lower-case ASCII (which a case-insensitive search finds only where the folded text holds
    it)."""
    return ws if all(w.isascii() and w == w.lower() for w in ws) else None


class Speakers:
    """Reads speaker phrases: source as written and the side it speaks for."""

    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        self._sources: dict[str, str] = {}  # (see _source_text)
        def words(ws: tuple[str, ...]) -> list[str]:
            return sorted(ws, key=len, reverse=True)

        self.official = compile_lists(r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE, w=words(OFFICIAL_NOUNS))
        self.not_claimant = compile_lists(r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE,
                                          w=words(NOT_CLAIMANTS))
        # (a cue starts at a word, not after a letter or a digit: so it is searched at the words that may start one)
        self.cues = compile_lists(r"(?<![\p{L}\p{N}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE, w=words(CONFLICT_CUES))
        self._cue_starts = WordStarts(exact=(), prefix={_FIRST_RUN.match(w.lower()).group() for w in CONFLICT_CUES},
                                      numbers=any(w[:1].isdigit() for w in CONFLICT_CUES))
        self.state_media = compile_lists(r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE,
                                         w=words(STATE_MEDIA + PARTY_MEDIA))
        self.military_speakers = compile_lists(r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE,
                                               w=words(tuple(MILITARY_SPEAKERS)))
        self.peace_speakers = compile_lists(r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE,
                                            w=words(tuple(PEACETIME_SPEAKERS)))
        self.private_speakers = compile_lists(r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE,
                                              w=words(tuple(PRIVATE_SPEAKERS)))
        self.strong_cues = compile_lists(r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE,
                                         w=[w for w in words(CONFLICT_CUES) if w.lower() not in WEAK_CONFLICT_CUES])
        self.media = compile_lists(r"^(?:the[ ])?(?:\L<w>)$", regex.IGNORECASE, w=words(MEDIA))
        self.policing = compile_lists(r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE,
                                      w=words(POLICING_CONTEXT))
        self.calamity = compile_lists(r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE,
                                      w=words(CALAMITY_CONTEXT))
        self.idioms = compile_lists(r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE, w=words(PEACE_IDIOMS))
        # (the words of police and calamity work are looked for before either search: most statements hold neither)
        self._policing_words = _gate_words(POLICING_CONTEXT)
        self._calamity_words = _gate_words(CALAMITY_CONTEXT)

    def cue_words(self, tok: Tokens) -> list[str]:
        """The conflict words of a sentence (:data:`CONFLICT_CUES`), lower-case, in order."""
        return [m.group().lower() for m in scan(self.cues, self._cue_starts, tok)]

    # ------------------------------------------------------------------ reading a phrase
    def resolve(self, r: Reading, phrase: str) -> tuple[str | None, str | None] | None:
        """``(source, actor)`` for a speaker phrase, or ``None`` when it is no claimant."""
        p = phrase.strip(" ,\"'\u201c\u201d\u2018\u2019-\u2014\u2013")
        if not p or len(p) > 160:
            return None
        low = p.lower()
        story = r.story
        words = low.split()
        if low in _PRONOUNS or (len(words) == 3 and words[0] == "the" and words[2] in _GROUP_HEADS
                                and words[1] in _GROUP_ADJECTIVES):
            # "the group said", "the paramilitary group said": the armed group named before
            return self._pointing_back(r, p, low)
        if words[0] == "the" and 2 <= len(words) <= 4 and words[-1] in _BODY_ANAPHORS and \
                not (ARMED_GROUP_WORDS | _GROUP_ADJECTIVES) & set(words) and \
                self.lex.actors.alias_pattern.search(p) is None:
            body = self._body_antecedent(r, words[-1], p)
            if body is not None:
                return body, body  # "EU ministers met in Brussels. The bloc said ...": the EU by its name
        sub = _SUBORDINATE.search(p)
        if sub and not _ING_WORD.match(p[sub.end():]):
            # "... came after he", "including 27 that the Israeli military": the subject is after
            return self.resolve(r, p[sub.end():]) if p[sub.end():].strip() else None
        if _FINITE.search(p):
            return None  # a clause, not a noun phrase
        appos = _APPOSITION.fullmatch(p)
        if appos is not None:
            # "Hezbollah, the Iran-backed Lebanese group": the name before the apposition speaks (its words, "Iran-
            # backed", "Lebanese", describe it and name no other side)
            named = self.lex.actors.resolve(appos.group("name"))
            if named is not None:
                return self._source_text(appos.group("name")), named
        if " and " in p and self.not_claimant.search(p):
            # "residents and a local official said", "the Somali army and residents said": the one conjunct that is
            # a claimant speaks (witnesses and residents never do)
            kept = [part for part in _SPEAKER_AND.split(p) if part.strip() and not self.not_claimant.search(part)]
            if len(kept) == 1:
                return self.resolve(r, kept[0])
        named = p[4:] if low.startswith("the ") else p  # ("The People's Defence Force": a side's name, no people)
        if self.not_claimant.search(p) and not self.lex.actors.person(p) and not self.state_media.search(p) and \
                not self._mandated(p) and named.replace("\u2019", "'") not in self.lex.actors.alias_to_actor:
            return None  # (a state's own media speak for it: "Syrian state media said", "the group's media office")
        # "Colonel Sofiya Qureshi": a name no lexicon knows says no side, even when a word of it is a place's
        source = self._source_text(p)
        title = self._title_before_name(p, source)
        unknown_name = bool(title) and not self.lex.actors.person_pattern.search(p)
        actor = self._role_side(p) or self._side_in_phrase(title if unknown_name else p)
        if actor is None:
            # a surname the story named before in full ("Lavrov said" after "Sergei Lavrov")
            sp = story.speaker_named(p) if " " not in p and p[:1].isupper() else None
            if sp is not None:
                return sp.source, sp.actor
            known = story.people.get(p.split(" ")[-1]) if p[:1].isupper() or p[:1] == "M" else None
            if known is not None and (" " not in p or p == known[0] or p.endswith(known[0])):
                return known[0], known[1]  # "Tajani said", after "Italian Foreign Minister Antonio Tajani"
            places = [m.value for m in r.parse.mentions if m.kind is Kind.PLACE and m.text in (title if unknown_name
                                                                                               else p)]
            if places and self.official.search(p):
                actor = self.side_of(places[0])  # "the head of Belgorod", "Kharkiv's governor"
        if actor is None:
            actor = self._office_of(r, p)  # "the president's office": the president the story named
        if actor is None and not self.official.search(p):
            return None  # an unknown name with no official role: a civilian, not a claim
        if actor is None:
            # "air force spokesman Olusola Akinboyewa", "Energy Minister Herman Halushchenko": the title says
            # which body speaks, the story which side
            actor = self.context_side(r, title, p, titled=True) if title else self.context_side(r, source, p)
        return source, actor

    def _title_before_name(self, p: str, source: str) -> str:
        """The title before a person's name no lexicon knows ("air force spokesman" of "air force spokesman
        Olusola Akinboyewa", "Energy Minister" of "Energy Minister Herman Halushchenko"), or "" when the speaker
        is no such person: the name is the last two or three capitalised words that are no title word."""
        if source != p and _TRAILING_NAME.fullmatch(" " + source) and p.endswith(source):
            if any(w.lower() in _NOT_NAME_WORDS for w in source.split(" ")):
                return ""  # a body's name, no person's: "the official Korean Central News Agency"
            title = p[:len(p) - len(source)].strip(" ,")
        else:
            words = p.split(" ")
            k = len(words)
            while k > 0 and len(words) - k < 3 and words[k - 1][:1].isupper() and \
                    words[k - 1].lower() not in _NOT_NAME_WORDS and not self.official.fullmatch(words[k - 1]):
                k -= 1
            if len(words) - k < 2 or k == 0 or words[k - 1].lower() in ("of", "the", "for", "on", "and", "to"):
                return ""  # (not "the International Committee of the Red Cross": a body's name)
            title = " ".join(words[:k]).strip(" ,")
        return str(_ARTICLE_START.sub("", title)) if self.official.search(title) else ""

    def _mandated(self, p: str) -> bool:
        """ "UN experts", "IAEA inspectors": an organisation's own panel or monitors speak for it, though experts
        and monitors in general are no claimants (:data:`MANDATED_STAFF`)."""
        hits = {m.group().lower() for m in self.not_claimant.finditer(p)}
        words = p.lower().split()
        if not hits or not hits <= MANDATED_STAFF or words[-1] not in MANDATED_STAFF or len(words) > 4:
            return False  # (the organisation names its staff: "UN experts", not "observers of the Security Council")
        side = self.lex.actors.resolve(p)
        return side is not None and self.lex.actors.kind.get(side) == "organisation"

    def _office_of(self, r: Reading, p: str) -> str | None:
        """ "the president's office", "the prime minister's spokesman": the side of the official with that
        title whom the story named (a speaker, or a known person of the story)."""
        found = _OFFICE_OF.match(p)
        if found is None:
            return None
        title = found.group("title").lower()
        sp = r.story.speaker_like(title)
        if sp is not None and sp.actor:
            return sp.actor
        roles = self.lex.actors.person_role
        for full, actor, _ in reversed(list(r.story.people.values())):
            if title in roles.get(full, "").lower():
                return actor
        return None

    def _role_side(self, p: str) -> str | None:
        """The actor whose office the speaker phrase names by its title (``"roles"`` in the actors file: "the
        Humanitarian Coordinator", "the Special Rapporteur on Myanmar" speak for the United Nations, not for the
        country the title names after it), when no side is named before the title ("the US Special Envoy") and
        no listed person holds it."""
        actors = self.lex.actors
        m = actors.role_pattern.search(p) if actors.roles else None
        if m is None or actors.person(p) is not None or actors.alias_pattern.search(p, 0, m.start()):
            return None
        return actors.roles[m.group()]

    def _side_in_phrase(self, p: str) -> str | None:
        titled = self.lex.actors.titled(p)
        if titled is not None and not self.lex.actors.person_pattern.search(p):
            return titled[1]
        return self._side_named(p)

    def _side_named(self, p: str) -> str | None:
        """The side a speaker phrase names: a state in the title ("Prime Minister of Estonia, Kaja Kallas") before
        the person's own entry in the people file, which may be out of date; none for a body another one backs
        ("a UN-backed security mission", CONVENTIONS)."""
        actors = self.lex.actors
        if _BACKED.search(p):
            # the body backed speaks when the lexicon names it ("the Iran-backed Houthis", "Rwanda-backed M23
            # rebels"); a body with no name of its own has no side ("a UN-backed security mission")
            rest = p[[b.end() for b in _BACKED.finditer(p)][-1]:]
            return actors.resolve(rest) if actors.alias_pattern.search(rest) is not None else None
        person = actors.person_pattern.search(p)
        named = actors.alias_pattern.search(p)
        if person is not None and named is not None and named.start() < person.start() and \
                self.official.search(p, 0, person.start()) and actors.named(p[:person.start()]):
            return actors.named(p[:person.start()])
        return actors.resolve(p)

    def _group_antecedent(self, r: Reading, phrase: str = "") -> str | None:
        """The armed group or organisation "the group" points back to: one named before ``phrase`` in its own
        sentence ("The RSF seized the town, the paramilitary group said"), else the last subject of the story
        when it is no state, else the side of its latest strike, else the most named such side of the story."""
        kind = self.lex.actors.kind
        story = r.story
        at = r.text.find(phrase) if phrase else -1
        if at > 0:
            before = [m for m in r.parse.mentions if m.kind is Kind.ACTOR and m.end <= at
                      and kind.get(str(m.value)) not in (None, "state")]
            if before:
                return str(before[-1].value)
        if story.last_subject is not None and r.index - story.last_subject[2] <= 3 and \
                kind.get(story.last_subject[1]) not in (None, "state"):
            return story.last_subject[1]
        latest = story.latest_strike(3)
        if latest is not None and latest.actor and kind.get(latest.actor) not in (None, "state"):
            return latest.actor
        named = [a for a, _ in story.actors.most_common() if kind.get(a) == "armed_group"]
        return named[0] if named else None

    def _body_antecedent(self, r: Reading, head: str, phrase: str) -> str | None:
        """The organisation "the bloc" or "the alliance" points back to (:data:`_BODY_ANAPHORS`): the last one of
        that kind named before ``phrase`` in its own sentence, else the one the story named most."""
        kinds = _BODY_ANAPHORS[head]
        at = r.text.find(phrase)
        before = [str(m.value) for m in r.parse.mentions if m.kind is Kind.ACTOR and str(m.value) in kinds
                  and (at < 0 or m.end <= at)]
        if before:
            return before[-1]
        named = [a for a, _ in r.story.actors.most_common() if a in kinds]
        return named[0] if named else None

    def _pointing_back(self, r: Reading, p: str, low: str) -> tuple[str | None, str | None] | None:
        story = r.story
        last = story.last_speaker()
        words = low.split()
        if low in ("it", "they", "the source", "the statement") or len(words) > 1:
            head = words[-1]
            if low == "the statement":
                # a statement is an institution's: the latest speaker that is one
                for sp in reversed(story.speakers):
                    if _SIDE_BODY.search(sp.source) or _CIVIL_BODY.search(sp.source) or \
                            sp.source in self.lex.actors.alias_to_actor:
                        return sp.source, sp.actor
                for sp in reversed(story.speakers):
                    if sp.kind != "person":
                        return sp.source, sp.actor  # "a security mission said in a statement ... the statement"
            if len(words) > 1 and low not in ("the source",):
                title = " ".join(words[1:])
                like = story.speaker_like(head) or (story.speaker_like(title) if title in TITLES else None)
                if like is not None:
                    sp = like
                    return sp.source, sp.actor
                # "the general said", after "Ukraine's commander-in-chief, General Oleksandr Syrskyi": the person
                # the story named with that title (the people file gives titles)
                roles = self.lex.actors.person_role
                for full, actor_of, _ in reversed(list(story.people.values())):
                    if title in TITLES and title in roles.get(full, "").lower().split():
                        return full, actor_of
                if title in TITLES:
                    # "Syrskyi said ... He emphasised ... the general said": the person quoted last, if
                    # recently and with no title of their own that says otherwise
                    person = next((sp for sp in reversed(story.speakers)
                                   if sp.kind == "person" or sp.title in TITLES), None)
                    if person is not None and r.index - person.sentence <= TITLE_BACK_SENTENCES and \
                            _same_office(person.title, title) and person.actor:
                        return person.source, person.actor
                actor = self.lex.actors.resolve(p)
                if actor is None and head in _GROUP_HEADS:
                    group = self._group_antecedent(r, p)
                    if group is not None:
                        return group, group  # "Hezbollah fired ... The group said": the group by its name
                return p[4:], actor or self.context_side(r, p[4:], p)
            subject = story.last_subject
            # "The RSF did not respond. It has previously denied ...": the previous sentence's subject
            if subject and low in ("it", "they") and subject[2] > (last.sentence if last else -1):
                return subject[0], subject[1]
        if low in ("he", "she") and story.last_person is not None:
            # "Interior Minister X visited the site. '...,' he said": the person named just before, when no
            # claimant or witness has spoken since
            name, actor, at = story.last_person
            if r.index - at <= PRONOUN_BACK_SENTENCES and (last is None or last.sentence < at):
                return name, actor
        if last is None or last.kind == "none":
            return None
        if low in ("he", "she") and last.kind != "person":
            # "he said", "she told the BBC": a person, never the body that spoke last
            person = next((sp for sp in reversed(story.speakers) if sp.kind == "person"), None)
            return (person.source, person.actor) if person is not None and person.kind != "none" else None
        return last.source, last.actor

    def _source_text(self, p: str) -> str:
        """The speaker as written, shortest full form: no article, title or apposition (read once per phrase:
        speaker phrases recur; a bounded memo)."""
        known = self._sources.get(p)
        if known is None:
            known = self._read_source_text(p)
            if len(self._sources) >= 50_000:
                self._sources.clear()
            self._sources[p] = known
        return known

    def _read_source_text(self, p: str) -> str:
        people = self.lex.actors.person_pattern
        p = _ACRONYM_GLOSS.sub("", p)  # "the Kenya Defence Forces (KDF)": the name, without its acronym
        named = [part for part in p.split(", ") if people.search(part)]
        if not named:
            # "Prime Minister of Estonia, Kaja Kallas", "the deputy head of the ministry Le Yucheng": a name
            # the people file does not know, after a title
            for part in p.split(", "):
                m = _TRAILING_NAME.search(part)
                before = part[:m.start("name")].split()[-1:] if m else []
                if m and not self.lex.actors.alias_pattern.fullmatch(m.group("name")) and \
                        m.group("name").split()[0].lower() not in _NOT_NAME_WORDS and \
                        not (before and before[0].lower() in ("for", "of", "on", "the")):
                    # (not "Centre for Strategic Communications": a body's name, not a person after a title)
                    return str(m.group("name"))
        # "Russia's ambassador to the UN, Vasily Nebenzya,": the person named in the apposition speaks
        p = named[0] if named else (p.split(", ")[0] if ", " in p else p)
        p = _STATEMENT_FROM.sub("", p)  # "a statement from the Israeli military": the military
        found = list(people.finditer(p))
        person = found[-1] if found else None
        if person:
            m = regex.search(r"(?:\p{Lu}[\p{L}.'\-]+[ ])*" + regex.escape(person.group()) + r"$", p[: person.end()])
            name = str(m.group()) if m else str(person.group())
            if m is not None and p[:m.start()].lower().endswith(" to "):
                # "US ambassador to Ukraine Bridget Brink": the state is the post's, not the name's
                words = name.split(" ")
                while len(words) > 1 and words[0] != person.group().split(" ")[0] and (
                        self.lex.actors.alias_pattern.fullmatch(words[0]) or words[0] in self.lex.gazetteer):
                    words = words[1:]
                name = " ".join(words)
            rest = p[person.end():]
            if _POSSESSIVE_THEN_WORD.match(rest):
                return name + rest  # "Netanyahu's office" speaks, not Netanyahu
            return name
        return str(_ARTICLE_START.sub("", p))

    def title_of(self, phrase: str) -> str:
        """The official title in a speaker phrase ("president" in "President Volodymyr Zelensky").

        The longest title first; each title's pattern is compiled once per instance, and tried only
        when the title is in the phrase at all.
        """
        titles: tuple[tuple[str, regex.Pattern[str]], ...] | None = getattr(self, "_title_patterns", None)
        if titles is None:
            titles = tuple((t, compiled.compile(r"\b" + regex.escape(t) + r"\b"))
                           for t in sorted(TITLES, key=len, reverse=True))
            self._title_patterns = titles
        low = phrase.lower()
        for t, pattern in titles:
            if t in low and pattern.search(low):
                return t
        return ""

    # ------------------------------------------------------------------ sides from context
    def side_of(self, place: Place) -> str | None:
        """Whom a place's own officials speak for: who runs its territory, else its country."""
        return self.lex.actors.ruler_of(place.admin1, place.name) or place.country

    def context_side(self, r: Reading, source: str, phrase: str = "", titled: bool = False) -> str | None:
        """The side of an institution named without one ("the air force", "its defence ministry").

        In order: an earlier speaker of the story with the same head noun; the
        place the sentence opens with ("In Russia, the defence ministry
        said"); for a local official or a civil body, the side of the places
        named; a possessive pronoun's antecedent; a side named with the same
        force in the sentence; for an armed group named by what it is ("the
        rebels"), the armed group of the sentence or story; for a military
        body, :meth:`military_side`, else :meth:`story_force` (the one side the
        story named with a military body, or the wire dateline's state). With
        ``titled`` (an official named by a title and a name no lexicon knows,
        ``source`` is then the title), the side of the story's officials
        (see ``_officials_side``).
        """
        story = r.story
        if _HIS_START.match(phrase or source):
            # "Lavrov will visit Ankara, his ministry said": the person "his" points to
            return self._person_antecedent(r, phrase or source)
        # an earlier speaker with the same words ("the ministry", "the defence ministry"; not a health ministry
        # after a defence ministry)
        qualified = [w for w in source.lower().split() if w not in ("the", "its", "their", "a", "an")]
        for sp in reversed(story.speakers):
            if sp.actor and qualified and sp.source.lower().split()[-len(qualified):] == qualified:
                return sp.actor
        role = self._role_side(phrase or source)
        if role is not None:
            return role  # "the Secretary-General said", "In Ukraine, ... the Humanitarian Coordinator said"
        mission = self._mission_side(r, phrase or source)
        if mission is not None:
            return mission
        lows = r.parse.tokens.lows
        if lows[:1] == ["in"]:
            lead = [m for m in r.parse.mentions if m.kind is Kind.PLACE and m.i <= 3]
            if lead and lead[0].value.country:
                # (who runs the place: "In Jabalia, the civil defence agency said" is Hamas, as in Gaza City)
                return self.side_of(lead[0].value)
        places = [m.value for m in r.parse.mentions if m.kind is Kind.PLACE]
        bare = _BARE_OFFICIALS.fullmatch(source.strip()) is not None and not any(
            m.type == "territorial_change" for m in r.matches) and (
            any(m.kind is Kind.WEAPON for m in r.parse.mentions) or story.latest_strike(1) is not None)
        # (a gain told by "officials": whose, unsaid; and only about a strike, named by its weapon here or told just
        # before: "a gunman opened fire at a mall before being shot dead by police, officials said" is no side's)
        if _LOCAL_OFFICIAL.search(source) or bare:
            # (for bare officials not a capital named for its government: "... concerns over Moscow's strategy")
            owned = [m.value for m in r.parse.mentions if m.kind is Kind.PLACE and not (
                bare and r.text[m.end:m.end + 2] in ("'s", "\u2019s"))]
            local = {self.side_of(pl) for pl in owned if pl.precision.value in ("place", "admin1") and pl.country}
            if not local:
                # "Missiles struck Sumy. The regional governor said ...": the places of the story's latest strike
                latest = story.latest_strike(1 if bare else 2)  # (bare officials: of the strike just told)
                local = {self.side_of(pl) for pl in (latest.places if latest is not None else [])
                         if pl.precision.value in ("place", "admin1") and pl.country}
            if len(local) == 1:
                return next(iter(local))
        if _BARE_MINISTRY.fullmatch(source.strip()):
            takers = {str(mm.value) for m in r.matches if m.type == "territorial_change" and not m.neg
                      for c in m.roles.get("actor", []) for mm in c.mentions if mm.kind is Kind.ACTOR}
            if len(takers) == 1:
                # "Russian troops took control of Novopil in the Zaporizhzhia region, the ministry said": the
                # ministry of the side that took it (a defence ministry tells its own side's gains), not the side
                # the place lies in
                return next(iter(takers))
        if _CIVIL_BODY.search(source) and not self.lex.actors.alias_to_actor.get(source):
            ruled = {self.lex.actors.ruler_of(pl.admin1, pl.name) for pl in places
                     if pl.precision.value in ("place", "admin1")}
            if len(ruled) == 1 and None not in ruled:
                return next(iter(ruled))
            latest = story.latest_strike(3)
            if not ruled and latest is not None:
                hit = [pl for pl in latest.places if pl.precision is not GeoPrecision.COUNTRY]
                if hit:
                    return self.side_of(hit[-1])
            # "An Israeli drone struck an ambulance in Naqoura, the Health Ministry said", "Israeli strikes on south
            # Lebanon kill three, ministry says": the one country the sentence's places lie in, when no attacker
            # of the sentence is that country
            # (not a military body, "the defence ministry", nor "its ministry": those speak for a side the story
            # gives)
            countries = {pl.name if pl.precision is GeoPrecision.COUNTRY else pl.country for pl in places}
            if len(countries) == 1 and None not in countries and not _SIDE_BODY.search(source) and \
                    not _THEIR_START.match(phrase or source):
                country = str(next(iter(countries)))
                if self.lex.actors.kind.get(country) == "state" and country not in self._attackers(r):
                    return country
        told = self.outlet_side(r.text)
        if told is not None and not self.armed_group_speaker(source):
            return told  # "the Ministry of Defence told Trend": the side whose own outlet it spoke to
        bodies = self.lex.actors.body_sides(source)
        if bodies:
            # "the Foreign Office said", "the Palestinian health ministry said": the side whose body it is (the
            # actors file's "bodies"), the one the story names most when several have a body of that name
            return max(bodies, key=lambda a: (story.actors.get(a, 0), -bodies.index(a)))
        if _THEIR_START.match(phrase or source):
            at = r.text.find(phrase or source)
            subject = next((m for m in r.parse.mentions if m.kind in (Kind.ACTOR, Kind.PERSON)
                            and (at < 0 or m.end <= at)), None)
            if subject is not None:
                return str(subject.value)
            if story.last_subject:
                return story.last_subject[1]
        words = set(source.lower().split()) - {"the", "its", "their", "of"}
        sides = {str(m.value) for m in r.parse.mentions if m.kind is Kind.ACTOR
                 and words & set(r.text[m.start:m.end + 40].lower().split()[1:3])
                 and r.text[m.end:m.end + 1] not in (",", ";")}  # (not "... the border with Mali, the ministry said")
        if len(sides) == 1:
            return next(iter(sides))
        if self.armed_group_speaker(source):
            group = self._group_antecedent(r, phrase or source)
            if group is not None:
                return group  # "..., a spokesman for the rebels said": the armed group the story is about
        if not _SIDE_BODY.search(source):
            found = self._officials_side(r) if titled else self.page_side(r)
            if found is None and _OWN_FORCES_CIVIL.search(source):
                found = self.own_forces_side(r, phrase or source) or self.theatre_side(r, source, civil=True)
            return found
        return story.house or self.military_side(r, source) or self.story_force(r) or \
            self.own_forces_side(r, phrase or source) or self.theatre_side(r, source)

    def theatre_side(self, r: Reading, source: str, civil: bool = False) -> str | None:
        """The side of a state's military body named with none ("the army said", "the General Staff said") that
        neither the page, the story's bodies nor the sentence's act gives, from the theatre of the story:

        - the one state that every armed group the story named has as its foe (the actors file's "foe": after
          "RSF fighters shelled El Fasher", "the army said it had struck their positions" is Sudan's; "The
          military said its jets had struck a Hamas command centre in Gaza City" is Israel's), when the story's
          places lie in no other state with an army;
        - else the one side that runs all the places the story and the sentence named, when it is a state with an
          army of its own (not ``NO_OWN_ARMY``) and the story names no other state ("Clashes went on in North
          Kordofan. The army said ..." -> Sudan); where an armed group runs them (the actors file's "governs"),
          its foe's ("Khan Younis": Hamas's, so Israel's). When that state has a state as its foe (Ukraine, Russia), only
          for a report of what came in (``_DEFENCE_CUE``: "shot down 40 of 52 drones", "repelled 17 assaults"),
          which is the defender's: never a guess between two states at war from nothing. A strike told
          (``_OFFENCE_CUE``) is the theatre's own army's only when that state fights an armed group at home
          (some group's foe: Sudan, Myanmar; not Lebanon, where "the military said it had hit a depot in Tyre"
          is a foreign army).

        A body of ``THEATRE_BODIES`` in a story whose places and states all belong to its war is that war's
        side it names ("the General Staff said" over Pokrovsk: Ukraine's).

        With ``civil`` (a state's civil body that speaks for its forces, "the presidency", "the government"),
        the armed groups' foe only when the story's places lie in that state ("M23 rebels seized Walikale. The
        presidency said ..." -> DRC; in a story of Gaza, "the presidency" may be Palestine's), and never the foe of
        a group that rules the places.

        None when the story named an armed group whose name ends with the body's word ("the Arakan Army ...
        the army said": that group may speak)."""
        story = r.story
        actors = self.lex.actors
        kind = actors.kind
        head = source.lower().split()[-1:] if source.split() else []
        named = set(story.actors) | {str(m.value) for m in r.parse.mentions if m.kind is Kind.ACTOR}
        if any(kind.get(a) == "armed_group" and a.lower().split()[-1:] == head for a in named):
            return None
        states = {a for a in named if kind.get(a) == "state"}
        places = [m.value for m in r.parse.mentions if m.kind is Kind.PLACE]
        sides = {self.side_of(pl) for pl in places if pl.precision is not GeoPrecision.COUNTRY}
        sides |= {pl.name for pl in places if pl.precision is GeoPrecision.COUNTRY}
        for area in story.areas:
            # (the story's regions and countries: a region someone runs speaks for that one, "Gaza Strip" Hamas)
            ruler = actors.ruler_of(area, area)
            sides.add(ruler if ruler is not None else area if kind.get(area) == "state" else None)
        sides -= {None, *NO_OWN_ARMY}  # (no army of theirs speaks: "Palestine" of Gaza's places leaves Hamas)
        groups = [a for a in named if kind.get(a) == "armed_group"]
        foes = {actors.foe.get(g) for g in groups}
        if groups and len(foes) == 1:
            foe = next(iter(foes))
            armies = {x for x in sides if kind.get(str(x)) == "state" and x not in NO_OWN_ARMY}
            if foe is not None and kind.get(foe) == "state" and states <= {foe} and armies <= {foe} and (
                    not civil or sides == {foe}):
                # (not where another state's army stands: "Hezbollah and Israeli troops clashed near Khiam. The
                # army said it had deployed units there" may be Lebanon's)
                return foe
        low = " ".join(w for w in source.lower().split() if w not in ("the", "its"))
        for body, war, side in THEATRE_BODIES:
            if low == body and (sides or states) and (sides | states) <= war:
                return side  # "The enemy launched 84 assaults near Pokrovsk, according to the General Staff"
        if len(sides) != 1:
            return None
        side = str(next(iter(sides)))
        ruled = actors.foe.get(side) if kind.get(side) == "armed_group" else None
        if ruled is not None and kind.get(ruled) == "state" and states <= {ruled} and not self._attackers(r) and \
                not civil:
            # ("Explosions echoed across Khan Younis. The army said ...": a state's army where Hamas rules; not when
            # the sentence names the attacker, "Israeli strikes killed 14 in Khan Younis, the military said", whose
            # report is the side hit's)
            return ruled
        if kind.get(side) != "state" or side in NO_OWN_ARMY:
            return None
        foe = actors.foe.get(side)
        if foe is not None and kind.get(foe) == "state":
            if not _DEFENCE_CUE.search(r.text) and not (self._against_insurgents(r) and states <= {side}):
                return None  # (but "Security forces killed nine militants in Khyber, the army said": Pakistan's)
            states.discard(foe)
        elif _OFFENCE_CUE.search(r.text) and side not in actors.foe.values():
            return None  # ("Smoke rose over Tyre. The military said it had hit a depot": a foreign air force's word)
        return side if states <= {side} else None

    def own_forces_side(self, r: Reading, phrase: str) -> str | None:
        """The side of a state body named with none that speaks after its sentence names one state's forces
        ("Malian troops killed 40 militants near Gao, the general staff said", "Chadian soldiers were killed in a
        Boko Haram attack, the presidency said"): that state, when it is the only state the sentence names before
        the speaker and it has no state as main foe (whose own military might report the same, "Russian troops
        attacked ..., the General Staff said")."""
        at = r.text.rfind(phrase) if phrase else -1
        tok = r.parse.tokens
        kind = self.lex.actors.kind
        states = {str(m.value) for m in r.parse.mentions if m.kind is Kind.ACTOR and (at < 0 or m.end <= at)
                  and kind.get(str(m.value)) == "state"}
        if len(states) != 1:
            return None
        state = next(iter(states))
        foe = self.lex.actors.foe.get(state)
        if foe is not None and kind.get(foe) == "state" and not self._against_insurgents(r):
            return None  # (but "Pakistani troops killed 12 militants, the military said": its own operation at home)
        for m in r.parse.mentions:
            if m.kind is Kind.ACTOR and str(m.value) == state and (at < 0 or m.end <= at):
                k = m.j + (1 if m.j < len(tok) and tok.lows[m.j] in ("'s", "\u2019s") else 0)
                if k + 1 < len(tok) and tok.lows[k] in _FORCE_MODIFIERS:
                    k += 1  # "Ethiopian federal forces", "Somali government troops"
                if k < len(tok) and tok.lows[k] in _MUNITION_FORCES and _DEFENCE_CUE.search(r.text):
                    continue  # ("Two Iranian drones intercepted near Eilat, army says": the defender's army speaks)
                if k < len(tok) and (tok.lows[k] in FORCE_NOUNS or " ".join(tok.lows[k:k + 2]) in FORCE_NOUNS):
                    return state  # "Malian troops", "Chad's army", "Ethiopia's air force"
        return None

    def _against_insurgents(self, r: Reading) -> bool:
        """True when the sentence's act is against insurgents named by what they are ("killed 12 militants", "an
        operation against terrorists"; :data:`INSURGENT_VICTIMS`): a state's own security operation at home, which
        its own forces report even when the state has another state as its foe."""
        return bool(INSURGENT_VICTIMS & set(r.parse.tokens.lows))

    def outlet_side(self, text: str) -> str | None:
        """The one side whose own outlet (the actors file's "outlets") a sentence names as told or quoting
        (:data:`OUTLET_CUES`: "told APA", "in an interview with RIA Novosti", "carried by SANA", "according to
        Tasnim"), or None."""
        outlets = self.lex.actors.outlets
        if not outlets:
            return None
        pattern: regex.Pattern[str] | None = getattr(self, "_outlet_pattern", None)
        if pattern is None:
            pattern = compile_lists(r"(?<![\p{L}])(?i:\L<cues>)[ ](?:the[ ])?(?P<o>\L<outlets>)(?![\p{L}\p{N}])",
                                    cues=sorted(OUTLET_CUES, key=len, reverse=True),
                                    outlets=sorted(outlets, key=len, reverse=True))
            self._outlet_pattern = pattern
        sides = {outlets[m.group("o")] for m in pattern.finditer(text)}
        return next(iter(sides)) if len(sides) == 1 else None

    def page_side(self, r: Reading) -> str | None:
        """The side of an official body named with none that is no military one ("the ministry said", "the Prime
        Minister's Office said") from the page: the side whose own outlet the page is
        (:attr:`~conflictevents.story.Story.house`), else the dateline's state when the story is about it
        (:meth:`story_force` gives it) and has quoted no other side nor named another's forces."""
        story = r.story
        if story.house is not None:
            return story.house
        d = story.dateline
        if d is None:
            return None
        quoted = {sp.actor for sp in story.speakers if sp.actor and sp.kind != "none"}
        if quoted - {d} or set(story.forces) - {d}:
            return None  # (a page that gives two sides: "KYIV (Reuters) - ... Moscow said ...")
        return d if self.story_force(r) == d else None

    def _attackers(self, r: Reading) -> set[str]:
        """The sides a sentence names as attacking: an actor right before a weapon ("Pakistani drones", "Israeli
        jets") or before a verb of attack ("Russia launched", "Hezbollah fired")."""
        ms = r.parse.mentions
        weapons = {m.i for m in ms if m.kind is Kind.WEAPON}
        lows = r.parse.tokens.lows
        # (one hyphenated modifier may stand between: "Ukrainian long-range drones", "Russian Shahed-type drones")
        return {str(m.value) for m in ms if m.kind is Kind.ACTOR and (
            m.j in weapons or (m.j + 1 in weapons and m.j < len(lows) and "-" in lows[m.j].strip("-"))
            or _ATTACK_AFTER.match(r.text, m.end) is not None)}

    def _mission_side(self, r: Reading, phrase: str) -> str | None:
        """ "the mission", "the peacekeepers" (:data:`MISSION_WORDS`), after an organisation spoke ("UNIFIL said
        ... The mission said"): that organisation, the latest one the story quoted, not a state of the sentence."""
        words = _ARTICLE_START.sub("", phrase.strip()).lower()
        if words not in MISSION_WORDS:
            return None
        kind = self.lex.actors.kind
        return next((sp.actor for sp in reversed(r.story.speakers) if sp.actor and kind.get(sp.actor) ==
                     "organisation"), None)

    def _person_antecedent(self, r: Reading, phrase: str) -> str | None:
        """The side of the person a possessive "his"/"her" points to ("Lavrov will visit Ankara next week, his
        ministry said"): the first person the sentence names before ``phrase`` (its subject, not a person named
        in a clause after it), else the person the story named last, when recently."""
        at = r.text.find(phrase)
        before = [m for m in r.parse.mentions if m.kind is Kind.PERSON and (at < 0 or m.end <= at)]
        if before:
            return str(before[0].value)
        known = [(r.text.find(full), actor) for full, actor, _ in r.story.people.values() if full in r.text]
        known = [(i, a) for i, a in known if 0 <= i and (at < 0 or i < at)]
        if known:
            return min(known)[1]
        last = r.story.last_person
        if last is not None and r.index - last[2] <= PRONOUN_BACK_SENTENCES:
            return last[1]
        return None

    def _officials_side(self, r: Reading) -> str | None:
        """The side of an official named by title and a name no lexicon knows ("Energy Minister Herman
        Halushchenko said") when the story makes one evident: the one side all its claimants so far spoke for
        (when the wire dateline or the story's only military body does not name another), else
        :meth:`story_force`."""
        sides = {sp.actor for sp in r.story.speakers if sp.actor and sp.kind != "none"}
        force = self.story_force(r)
        if len(sides) == 1:
            side = next(iter(sides))
            return side if force is None or force == side else None
        return force if not sides else None

    def story_force(self, r: Reading) -> str | None:
        """The side of an unnamed military body ("the army said") when the story makes one evident: the only side
        it named with a military body of its own ("Sudan's army retook ..."), else, among two or none of those,
        the state of the wire dateline ("KYIV, May 10 (Reuters) -") when it is a party of the story (it, or its
        foe, is named); never for a sentence whose places all lie in countries the story has not named (another
        theatre)."""
        story = r.story
        mentions = r.parse.mentions
        named = set(story.actors) | {str(m.value) for m in mentions if m.kind is Kind.ACTOR}
        places = [m for m in mentions if m.kind is Kind.PLACE and m.value.country]
        spans = {(m.start, m.end) for m in places}
        # (an actor that is only a place's name, "Khartoum", does not make its country part of the story)
        seen = set(story.areas) | set(story.actors) | {str(m.value) for m in mentions if m.kind is Kind.ACTOR
                                                        and (m.start, m.end) not in spans}
        if story.dateline is not None:
            seen |= {story.dateline, self.lex.actors.foe.get(story.dateline, story.dateline)}
        if places and not {m.value.country for m in places} & seen:
            return None  # "... The army said it had regained Khartoum" in a story about Ukraine: another theatre
        sides = set(story.forces)
        if len(sides) == 1:
            return next(iter(sides))
        d = story.dateline
        if d is None or (sides and d not in sides):
            return None
        # (a party when it, its foe, or a group whose foe it is is named: "PORT SUDAN - RSF drones hit ...")
        foe = self.lex.actors.foe
        return d if d in named or foe.get(d) in named or any(foe.get(a) == d for a in named) else None

    def note_dateline(self, r: Reading) -> None:
        """Remember the side a dateline gives the story, before the sentence is read (its own "..., the air force
        said" may need it): see :meth:`story_force` and :meth:`dateline_sides`."""
        if r.story.dateline is None:
            r.story.dateline, r.story.house = self.dateline_sides(r.text, r.headline)

    def dateline_sides(self, text: str, headline: bool = False) -> tuple[str | None, str | None]:
        """The side a sentence that opens with a dateline gives its story, and the side whose own outlet it is
        (the story's :attr:`~conflictevents.story.Story.house`), or ``(None, None)``. The side is the state of
        the dateline's place: a wire dateline ("KYIV, May 10 (Reuters) - ..." -> Ukraine), a regional one
        ("ISLAMABAD: ...", "New Delhi: ...", a town the gazetteer knows; "YEREVAN, MAY 8, ARMENPRESS."), or the
        side whose own outlet the dateline names (the actors file's "outlets": "(Ukrinform)", "/TASS/", "APA"),
        which makes the page that side's."""
        none = (None, None)
        if not text[:1].isupper():
            return none
        name = agency = None
        town = False  # (a colon dateline must name a town: "Kharkiv: ...", not "Ukraine: ...")
        line = AGENCY_DATELINE.match(text) if not headline and text.find(",", 2, 96) > 0 else None
        if line is not None:
            name, agency = line.group().split(",", 1)[0], line.group("agency")
        elif text[1:2].isupper() and (line := DATELINE.match(text)) is not None:
            name = regex.split(r"[,/(]", line.group(), maxsplit=1)[0].strip(" -\u2013\u2014")
            bracket = _DATELINE_AGENCY.search(line.group())
            agency = bracket.group(1) if bracket else None
        elif not headline and text.find(":", 2, 64) > 0 and (line := COLON_DATELINE.match(text)) is not None:
            name, town = line.group("place"), True
        if name is None:
            return none
        actors = self.lex.actors
        outlet = actors.outlets.get(agency) if agency else None
        if outlet is not None and actors.kind.get(outlet) == "state":
            return outlet, outlet
        place = self.lex.gazetteer.resolve(name, fuzzy=False) if len(name) > 2 else None
        if place is None or (town and place.precision is not GeoPrecision.PLACE):
            return none
        side = self.side_of(place)
        return (side, None) if side is not None and actors.kind.get(side) == "state" else none

    def note_forces(self, r: Reading) -> None:
        """Remember the sides this sentence names with a military body of theirs ("Sudan's army", "the Israeli
        military"): see :meth:`story_force`."""
        p = r.parse
        kind = self.lex.actors.kind
        for c in p.chunks:
            if c.kind != "NG" or not c.mentions:
                continue
            text = p.text(c)
            body = _SIDE_BODY.search(text)
            if body is None or body.end() != len(text) or _BACKED.search(text):
                continue  # ("Sudan's army", not "army units" nor "the Iran-backed militia")
            at = r.chars(c.i, c.j)[0] + body.start()
            for m in c.mentions:
                if m.kind is Kind.ACTOR and m.start < at and kind.get(str(m.value)) is not None:
                    r.story.forces[str(m.value)] += 1

    @staticmethod
    def armed_group_speaker(source: str) -> bool:
        """True for an armed group's speaker named by what it is, not by its name ("the rebels", "a militant
        spokesman", "a spokesman for the group"): see :data:`ARMED_GROUP_WORDS`."""
        words = source.lower().replace("-", " ").split()
        if ARMED_GROUP_WORDS & set(words):
            return True
        # "(a spokesman for) the group", "the paramilitary group", "the Kurdish-led force"
        whole = source.lower().split()
        return len(whole) >= 2 and (
            (whole[-1] in _GROUP_HEADS and whole[-2] in _GROUP_ADJECTIVES | {"the", "their"}) or
            (whole[-1] in _ARMED_BODY_HEADS and whole[-2] in _GROUP_ADJECTIVES))

    def _own_act_side(self, r: Reading) -> str | None:
        """The state whose own act an unnamed military reports in the same sentence ("Israel struck a depot near
        Tyre, the military said", "Israeli air defences intercepted 40 of 50 drones, the military said"): the one
        state named right before a verb of striking or of air defence (:data:`_OWN_ACT_AFTER`), or with its
        aircraft or force between them (not its munitions: "Iranian missiles hit Tel Aviv, the military said" is
        the report of the side hit). A strike counts only when none of the sentence's places lies in that state nor in
        its foe's country (those are reported by the side that was hit: "Russian drones struck Kharkiv, the air
        force said")."""
        text = r.text
        actors = self.lex.actors
        ms = r.parse.mentions
        acts = {}
        for m in ms:
            if m.kind is Kind.ACTOR and actors.kind.get(str(m.value)) == "state":
                act = _OWN_ACT_AFTER.match(text, m.end)
                if act is not None:
                    acts[str(m.value)] = act.group("defence") is not None
        if len(acts) != 1:
            return None
        side, defence = next(iter(acts.items()))
        if defence:
            return side
        names = {(m.start, m.end) for m in ms if m.kind is Kind.ACTOR}
        hit = {str(m.value.name if m.value.precision is GeoPrecision.COUNTRY else m.value.country)
               for m in ms if m.kind is Kind.PLACE and (m.start, m.end) not in names}
        return None if {side, actors.foe.get(side)} & hit else side

    def military_side(self, r: Reading, source: str = "") -> str | None:
        """The side of an unnamed military speaker ``source`` ("the military", "the air force"), from the story."""
        story = r.story
        sentence = r.text
        spoken = [sp.actor for sp in story.speakers if sp.actor and _SIDE_BODY.search(sp.source)]
        if len(spoken) >= 2:
            top = max(sorted(set(spoken)), key=spoken.count)
            there = {m.value.country for m in r.parse.mentions if m.kind is Kind.PLACE
                     and m.value.precision.value in ("place", "admin1") and m.value.country}
            foreign = len(there) == 1 and top not in there and self.lex.actors.kind.get(top) == "state"
            if spoken.count(top) * 2 > len(spoken) and not foreign:
                return top
        attackers = {str(m.value) for m in r.parse.mentions if m.kind is Kind.ACTOR
                     and _ATTACK_AFTER.match(sentence, m.end)}
        if not attackers:
            attackers = self._attackers(r)  # a side right before its weapon: "Russian missiles hit Kharkiv, ..."
        if not attackers:
            losers = {str(m.value) for m in r.parse.mentions if m.kind is Kind.ACTOR
                      and _LOST_AFTER.match(sentence, m.end)}
            foe_of_loser = self.lex.actors.foe.get(next(iter(losers))) if len(losers) == 1 else None
            if foe_of_loser is not None:
                return foe_of_loser  # "Russia has lost 1,030 troops over the past day, the General Staff said"
        parties = story.parties(2)
        if len(attackers) == 1 and len(parties) == 2 and next(iter(attackers)) in parties:
            return next(p for p in parties if p not in attackers)
        foe = self.lex.actors.foe.get(next(iter(attackers))) if len(attackers) == 1 else None
        if foe is not None:
            # "Russia launched 120 drones at Ukraine overnight, the air force said": the attacker is named, so the
            # unnamed military that reports it is its foe's, when all the places of the sentence (but the
            # attacker's own name) lie in the foe's country
            named = {(m.start, m.end) for m in r.parse.mentions if m.kind is Kind.ACTOR and str(m.value) in attackers}
            hit = {str(m.value.name if m.value.precision is GeoPrecision.COUNTRY else m.value.country)
                   for m in r.parse.mentions if m.kind is Kind.PLACE and (m.start, m.end) not in named}
            if hit == {foe}:
                if _OWN_OPERATIONS.search(source) and not _DEFENCE_CUE.search(sentence):
                    return next(iter(attackers))  # the attacker's general staff reports its own strike
                return foe
        if len(attackers) == 1 and self.lex.actors.kind.get(next(iter(attackers))) == "armed_group":
            # "Hezbollah fired rockets at northern Israel, the military said": an armed group has no military;
            # the state whose places it attacked speaks
            at = min(m.end for m in r.parse.mentions if m.kind is Kind.ACTOR and str(m.value) in attackers)
            hit = {str(m.value.country) for m in r.parse.mentions if m.kind is Kind.PLACE and m.start >= at
                   and m.value.country and self.lex.actors.kind.get(str(m.value.country)) == "state"}
            if len(hit) == 1:
                return next(iter(hit))
        own = self._own_act_side(r)
        if own is not None:
            return own
        latest = story.latest_strike(3)
        if latest is not None:
            if _DEFENCE_CUE.search(sentence):
                hit = {pl.country for pl in latest.places if pl.country}
                hit |= {pl.name for pl in latest.places if pl.precision is GeoPrecision.COUNTRY}
                if len(hit) == 1:
                    country = next(iter(hit))
                    if country in self.lex.actors.kind:
                        return country
                if not hit and latest.actor:
                    # "Russia fired 80 drones overnight. The air force said 70 were downed": the strike named no
                    # place, so the defence that reports it is the attacker's foe's (the actors file's "foe")
                    foe = self.lex.actors.foe.get(latest.actor)
                    if foe is not None and self.lex.actors.kind.get(foe) == "state":
                        return foe
            elif _OFFENCE_CUE.search(sentence) and latest.actor:
                if self.lex.actors.kind.get(latest.actor) == "armed_group":
                    # "Islamic Jihad fired rockets from Beit Lahia. The military said its aircraft had hit the
                    # launch site": a state's military answering the group, its foe's (the actors file's "foe")
                    foe = self.lex.actors.foe.get(latest.actor)
                    return foe if foe is not None and self.lex.actors.kind.get(foe) == "state" else None
                return latest.actor
        return None

    def register(self, r: Reading, phrase: str) -> None:
        """Remember an official introduced by side, title and name, for a later bare surname."""
        m = _TRAILING_NAME.search(phrase)
        if m is None or not self.official.search(phrase, 0, m.start()):
            return
        name = m.group("name")
        if self.lex.actors.person_pattern.search(name) or name.split()[0].lower() in _NOT_NAME_WORDS:
            return
        actor = self.lex.actors.named(phrase[:m.start()])
        if actor is None:
            return
        title = self.title_of(phrase[:m.start()])
        r.story.people[name] = (name, actor, title)
        r.story.people[name.split()[-1]] = (name, actor, title)
        r.story.last_person = (name, actor, r.index)

    def is_media(self, phrase: str) -> bool:
        """True for a news outlet or agency named alone."""
        return self.media.match(phrase.strip()) is not None

    def record_silent(self, r: Reading, phrase: str) -> None:
        """Remember an attribution to no claimant: "he said" after a witness's words is not a claimant's."""
        p = phrase.strip()
        if p.lower() not in _PRONOUNS and (self.not_claimant.search(p) or _TRAILING_NAME.fullmatch(" " + p)):
            r.story.add_speaker(Speaker(p, None, r.index, "none", ""))

    def military(self, source: str) -> bool:
        """True for an armed force speaking, named or not ("the army", "the general staff"): see
        :data:`MILITARY_SPEAKERS`."""
        return self.military_speakers.search(source) is not None

    def calamity_only(self, text: str) -> bool:
        """True for a statement about a civil calamity or public works (:data:`CALAMITY_CONTEXT`: pests, disease,
        weather, roads) with no word of war outside those it shares (:data:`CALAMITY_SHARED_CUES`)."""
        return holds_any(fold(text), self._calamity_words) and self.calamity.search(text) is not None and \
            not self.about_conflict(text, strong=True)

    def peacetime(self, source: str) -> bool:
        """True for a speaker of civil life (police, a fire service, a union, a club): see :data:`PEACETIME_SPEAKERS`."""
        return self.peace_speakers.search(source) is not None

    def private(self, source: str) -> bool:
        """True for a speaker who is no party, government, armed force, official or international body (a company
        executive, an aide, a civil aviation or space agency, a fire chief): see ``PRIVATE_SPEAKERS``."""
        return self.private_speakers.search(source) is not None

    def about_conflict(self, text: str, strong: bool = False) -> bool:
        """True when a statement has a word about the conflict (see :data:`CONFLICT_CUES`); with ``strong``,
        one that is not also common outside war (:data:`WEAK_CONFLICT_CUES`). Idioms of peace that hold such a
        word (:data:`PEACE_IDIOMS`: "shelling out millions") do not count, and in a statement about police or
        emergency work (:data:`POLICING_CONTEXT`) neither do the cues that work shares with war
        (:data:`POLICING_SHARED_CUES`)."""
        if self.idioms.search(text) is not None:
            text = self.idioms.sub(" ", text)
        folded = fold(text)
        if holds_any(folded, self._policing_words) and self.policing.search(text) is not None:
            # police, protest, drugs or fire: only a word of war that police and rescuers do not share counts
            return any(cue.group().lower() not in POLICING_SHARED_CUES for cue in self.strong_cues.finditer(text))
        if holds_any(folded, self._calamity_words) and self.calamity.search(text) is not None:
            # locusts, measles, a storm, potholes: only a word of war that the fight against them does not share
            return any(cue.group().lower() not in CALAMITY_SHARED_CUES for cue in self.strong_cues.finditer(text))
        return (self.strong_cues if strong else self.cues).search(text) is not None

    @staticmethod
    def truce_deal(text: str) -> bool:
        """True when a statement speaks of a deal (:data:`DEAL_WORDS`) that is no deal of commerce
        (:data:`COMMERCE_DEALS`): "both sides confirmed the deal", not "welcomed the new trade deal". Only a story
        about a truce (:data:`TRUCE_CUES`) reads it as about the conflict."""
        for m in _DEAL.finditer(text):
            before = text[max(0, m.start() - 40):m.start()].split()[-1:]
            if not before or before[0].lower().strip("\"'(") not in COMMERCE_DEALS:
                return True
        return False

    def record(self, r: Reading, source: str | None, actor: str | None, phrase: str) -> None:
        """Remember a claimant for the sentences that follow."""
        if not source:
            return
        actors = self.lex.actors
        person = actors.person_pattern.search(source)
        kind = "person" if person else "state" if source in actors.alias_to_actor else "body"
        title = self.title_of(phrase) or (self.title_of(actors.person_role.get(person.group(), ""))
                                          if person else "")
        r.story.add_speaker(Speaker(source, actor, r.index, kind, title))
