"""Words that frame names: what makes a capitalised name a place, and a phrase a side.

These are the closed classes the mention finder reads around names (the names
themselves are in the lexicon files under ``lexicons/data``).
"""

from __future__ import annotations

from ..lexicons.numbers import UNITS

__all__ = [
    "PAIR_HEADS",
    "SETTLEMENT_NOUNS",
    "SETTLEMENT_NOUNS_AFTER",
    "INSTITUTION_NOUNS_AFTER",
    "PLACE_ADJECTIVES",
    "REGION_WORDS",
    "WATER_NOUNS",
    "NAME_CONNECTORS",
    "NAME_PREFIXES",
    "HELD_SUFFIXES",
    "DESCRIBING_SUFFIXES",
    "FORCE_NOUNS",
    "FORCE_MODIFIERS",
    "DISTANCE_UNITS",
    "SHARED_ACRONYMS",
]

#: Acronyms two sides share, read by the actors file as one of them: each gives the other side and the words of a
#: document that name it. "IAF" is Israel's air force, and India's in a page of India and Pakistan (one that
#: names these words more often than the first side's own names).
SHARED_ACRONYMS: dict[str, tuple[str, frozenset[str]]] = {
    "IAF": ("India", frozenset({"india", "indian", "indians", "pakistan", "pakistani", "pakistanis", "kashmir",
                                "delhi", "islamabad", "sindoor", "rafale", "rafales"})),
}

#: "the village of X", "the town of X": a noun that makes the next name a place.
SETTLEMENT_NOUNS = frozenset({
    "village", "villages", "town", "towns", "city", "cities", "settlement", "settlements",
    "hamlet", "hamlets", "township", "suburb", "district", "districts", "region", "regions",
    "port", "capital", "area", "areas", "oblast", "province", "camp", "gulf", "sea", "strait", "bay",
    "governorate", "municipality", "locality", "state",
})
#: "Mendhar village", "Tabayin township", "the Leepa valley": a noun after a name that makes it a place the
#: gazetteer need not list (South Asian and Burmese news name villages this way). "district" is not here: a
#: district is reported as its city ("the Podil district of Kyiv").
SETTLEMENT_NOUNS_AFTER = frozenset({"village", "township", "tehsil", "hamlet", "valley", "commune"})
#: Heads that make the name before them an institution's or a firm's ("the Soroka hospital", "the Bazan Group"):
#: there the name counts as a place only under the place's own name, never a namesake's other spelling.
#: (Not industrial sites, named after the town they are in: "the Novokuibyshevsk refinery".)
INSTITUTION_NOUNS_AFTER = frozenset({
    "hospital", "hospitals", "clinic", "medical", "group", "university", "college", "institute",
    "company", "corporation", "corp", "holdings", "bank", "foundation", "mosque", "church", "school", "stadium",
})
#: Two-word settlement nouns (lower case, space-joined).
SETTLEMENT_NOUN_PAIRS = frozenset({
    "port city", "industrial city", "regional capital", "border town", "border village", "border region",
    "frontline town", "frontline village", "refugee camp", "front-line town", "front-line village",
    "mining town", "coastal city", "coastal town",
})
#: Adjectives that may stand before a place name ("eastern Ukraine", "the besieged city").
PLACE_ADJECTIVES = frozenset({
    "eastern", "western", "northern", "southern", "northeastern", "northwestern",
    "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
    "south-western", "central", "industrial", "border", "frontline", "front-line", "key",
    "strategic", "neighbouring", "neighboring", "embattled", "occupied", "coastal",
    "regional", "northeast", "northwest", "southeast", "southwest", "besieged", "small",
    "tiny", "large", "major", "main", "heavily", "mining", "nearby", "far", "upper", "lower",
})
#: Words after a name that make it a first-level region ("the Kursk region").
REGION_WORDS = frozenset({"region", "regions", "oblast", "oblasts", "province", "provinces", "governorate",
                          "governorates", "krai", "republic", "state"})
#: "the Gulf of Aden": a body of water, never the town of that name.
WATER_NOUNS = frozenset({"gulf", "sea", "strait", "bay"})
#: Lower-case words that may join the capitalised words of one name ("Bosnia and Herzegovina" is
#: read from the lexicon; these are for unlisted names: "Rostov-on-Don", "Porto de Galinhas").
NAME_CONNECTORS = frozenset({"de", "la", "del", "da", "al", "el", "ad", "as", "an", "ash", "bin", "ibn", "abu",
                             "es", "ez", "ed", "er", "ul", "du"})
#: Article prefixes glued to Arabic names ("al-Mawasi", "el-Fasher"): such a word is a name word.
NAME_PREFIXES = ("al-", "el-", "ad-", "as-", "an-", "ash-", "ar-", "az-", "at-", "ath-", "ez-", "es-", "ed-",
                 "er-", "ul-")
#: "Houthi-held", "Russian-occupied": control of the place named next.
HELD_SUFFIXES = ("-held", "-controlled", "-occupied", "-run", "-annexed", "-besieged")
#: "Iran-backed militias", "the UN-patrolled buffer zone": a side or body named in a description, no place.
DESCRIBING_SUFFIXES = ("-backed", "-led", "-patrolled", "-brokered", "-sponsored", "-funded", "-supported",
                       "-allied", "-aligned", "-linked", "-affiliated", "-based", "-made", "-built", "-supplied",
                       "-trained", "-armed", "-mediated")

#: Heads of a phrase that names a side's forces or institutions ("Russian forces", "Ukraine's air force").
#: Heads of a reciprocal pair that stands for a story's two sides: "the two leaders", "both countries", "the two
#: presidents" (read after "two" or "both").
PAIR_HEADS = frozenset({"leaders", "sides", "countries", "governments", "delegations", "ministers", "presidents",
                        "nations", "parties", "neighbours", "neighbors", "rivals", "foes", "states", "capitals",
                        "premiers", "envoys", "negotiators", "armies", "militaries", "commanders", "chiefs"})

#: Posts held "to" a state or body: "Russia's mission to the UN", "Kenya's ambassador to Germany", "the US envoy
#: to the Middle East" are one noun phrase (a speaker), whose side is named before the post.
POSTED_TO_HEADS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "mission", "representative",
                             "representatives", "delegation", "delegate", "delegates", "emissary", "observer"})
FORCE_NOUNS = frozenset({
    "forces", "force", "troops", "army", "armies", "military", "soldiers", "units", "unit",
    "fighters", "navy", "air force", "air forces", "air defences", "air defenses", "air defence",
    "air defense", "air defence forces", "marines", "special forces", "paratroopers", "servicemen",
    "battalion", "battalions", "brigade", "brigades", "militants", "mercenaries", "defence ministry",
    "defense ministry", "ministry of defence", "ministry of defense", "general staff", "command",
    "assault groups", "assault units", "tank unit", "tank units", "armed forces", "military intelligence",
    "intelligence", "security forces", "police", "border guards", "national guard", "navy ships", "warships",
    "operatives", "jets", "warplanes", "aircraft", "drones", "artillery", "gunboats", "ships", "guards",
    "militia", "militias", "rebels", "commandos", "infantry", "regiment", "division", "corps", "garrison",
    "contingent", "personnel", "sailors", "pilots", "snipers",
})
#: Military assets that are not forces themselves, listed with them: "moves troops, tanks to the border".
ASSET_NOUNS = frozenset({"tanks", "vehicles", "systems", "batteries", "helicopters", "destroyers", "frigates",
                         "bombers", "launchers", "equipment", "weapons", "missiles", "reinforcements", "submarines"})
#: Modifiers between a side and its force noun ("Russian armed forces", "Israeli ground troops").
FORCE_MODIFIERS = frozenset({
    "armed", "special", "military", "regular", "elite", "ground", "air", "naval", "border",
    "occupying", "allied", "separatist", "government", "regime", "invading", "enemy",
    "backed", "pro-government", "attacking", "advancing", "defence", "defense", "fighter", "combat",
    "assault", "airborne", "marine", "security", "reserve", "frontline", "front-line",
})

#: Units of a distance that places something from a landmark ("90 km southwest of Mogadishu", "to within 15 km of
#: Uvira"), as words (a number glued to its unit, "15km", is a quantity mention with its unit).
DISTANCE_UNITS = frozenset(w for w, unit in UNITS.items() if unit in ("km", "mi") and " " not in w) | {"kms", "mi"}
