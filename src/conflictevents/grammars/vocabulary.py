"""Grammar words: the closed classes the rules are written over.

These are the words of *how* news states events (verbs, force nouns,
modality), as opposed to the names the lexicon files hold (places, actors,
weapons). Each table is named by the list name the rule patterns use
(``\\L<capture_verbs>``). Lists are matched case-insensitively unless the
pattern says otherwise.
"""

from __future__ import annotations

__all__ = ["WORDS"]

WORDS: dict[str, tuple[str, ...]] = {
    # --- who acts -------------------------------------------------------------
    "force_nouns": (
        "forces", "force", "troops", "army", "armies", "military", "soldiers", "units", "unit",
        "fighters", "navy", "air force", "air forces",
        "air defences", "air defenses", "air defence", "air defense", "air defence forces",
        "marines", "special forces", "paratroopers", "servicemen", "battalion", "battalions",
        "brigade", "brigades", "militants", "mercenaries", "defence ministry", "defense ministry",
        "ministry of defence", "ministry of defense", "general staff", "command", "assault groups", "assault units", "tank unit", "tank units",
        "armed forces", "military intelligence", "intelligence", "security forces", "police",
        "border guards", "national guard", "navy ships", "warships", "operatives",
    ),
    "force_mods": (
        "armed", "special", "military", "regular", "elite", "ground", "air", "naval", "border",
        "occupying", "allied", "separatist", "government", "regime", "invading", "enemy",
        "backed", "pro-government", "attacking", "advancing",
    ),
    # --- where ----------------------------------------------------------------
    "settlement_nouns": (
        "village", "villages", "town", "towns", "city", "cities", "settlement", "settlements",
        "hamlet", "hamlets", "township", "suburb", "district", "districts", "region", "regions",
        "port", "port city", "industrial city", "regional capital", "capital", "area", "areas",
        "border town", "border village", "border region", "frontline town", "frontline village",
        "refugee camp", "camp", "oblast", "province",
        "gulf", "sea", "strait", "bay",  # "the Gulf of Aden": a body of water (see _WATER_NOUNS)
    ),
    "place_adjectives": (
        "eastern", "western", "northern", "southern", "northeastern", "northwestern",
        "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
        "south-western", "central", "industrial", "border", "frontline", "front-line", "key",
        "strategic", "neighbouring", "neighboring", "embattled", "occupied", "coastal",
        "regional", "northeast", "northwest", "southeast", "southwest", "besieged", "small",
        "tiny", "large", "major", "main", "heavily", "mining", "nearby",
    ),
    "region_words": ("region", "regions", "oblast", "province", "governorate", "krai", "republic"),
    # --- whether it happened ---------------------------------------------------
    "future_markers": (
        "will", "would", "shall", "set to", "due to", "plans to", "plan to", "planned", "planning",
        "is to", "are to", "was to", "expected to", "expects to", "intends to", "intend to", "intended to",
        "aims to", "aim to", "going to", "scheduled", "upcoming", "agreed to", "pledged", "pledged to",
        "ready to", "prepared to", "promised to", "vowed to", "offered to", "could", "might", "wants to",
        "want to", "hopes to", "hope to", "likely", "proposed", "next", "close to reaching", "set for",
        "due", "to be held", "would be", "repeated plans", "presented plans", "plans", "to maintain",
        "to keep", "to send", "to deploy",
    ),
}
