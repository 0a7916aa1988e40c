"""The claim grammar: who says, denies or confirms what.

A claim is an attribution: a speaker, a reporting verb and what is said. The
shapes English news uses, each a rule below:

* ``claim.speaker-first`` - "The Russian defence ministry said its forces
  captured ...", "Kyiv has so far denied any Russian foothold ...";
* ``claim.speaker-last`` - "... four people were wounded, the Ukrainian army
  said", and the inverted "..., said Graham";
* ``claim.according-to`` - "... according to the civil defence spokesman";
* ``claim.participle`` - "..., claiming to have struck an aeronautics facility"
  (the speaker is the sentence's subject);
* ``claim.accusation`` - "X accused Y of ...", and reciprocal accusations
  ("each side accused the other") giving one claim per party;
* ``claim.rejoinder`` - "..., a claim New Delhi rejected": the other side's
  denial, a claim of its own (the statement it answers stays the first
  speaker's);
* ``claim.colon`` - a headline's "Zelensky: Russia launched 500 drones" (a
  person or an official before the colon; "Ukraine war:" is a label).

The speaker must speak for a side: a state, organisation or official (by the
actor lexicon, or by an official noun such as "spokesman", "governor",
"ministry"); reporters, news agencies, analysts, witnesses and residents are
not claimants. Pronoun speakers ("it added", "he said") take the last
speaker of the same article.
"""

from __future__ import annotations

from typing import Any

import regex

from ..lexicons.trie import compile_lists
from .base import LEAD_IN, Draft, Grammar, Mention, Rule, SentenceView, clauses

__all__ = ["RULES", "ClaimGrammar", "REPORT_VERBS", "CONFLICT_CUES"]

#: Reporting verbs and the stance they give.
REPORT_VERBS: dict[str, str] = {
    **{v: "asserts" for v in (
        "said", "says", "say", "claimed", "claims", "claim", "announced", "announces", "announce",
        "reported", "reports", "told", "tells", "wrote", "writes", "added", "adds", "stated", "states",
        "insisted", "insists", "warned", "warns", "declared", "declares", "noted", "notes",
        "stressed", "stresses", "indicated", "indicates", "acknowledged", "acknowledges", "admitted",
        "admits", "asserted", "asserts", "alleged", "alleges", "cited", "cites", "estimated",
        "estimates", "revealed", "reveals", "disclosed", "maintained", "maintains", "affirmed",
        "affirms", "posted", "accused", "accuses", "accuse", "blamed", "blames", "explained", "argued", "argues",
        "predicted", "vowed", "signaled", "signalled", "hinted", "repeated", "assessed",
        "believes", "believed", "considers", "considered",
    )},
    **{v: "denies" for v in (
        "denied", "denies", "deny", "rejected", "rejects", "refuted", "refutes", "dismissed",
        "dismisses", "disputed", "disputes",
    )},
    **{v: "confirms" for v in ("confirmed", "confirms", "confirm", "verified")},
}

#: A civil body that speaks for whoever runs the territory it is in ("the health ministry"
#: in a sentence about Khan Younis speaks for Hamas, which runs Gaza): not an armed force.
_CIVIL_BODY = regex.compile(
    r"(?i)\b(?:ministry|civil[ ]defen[cs]e|agency|authorit(?:y|ies)|media[ ]office|health[ ]officials?)\b"
)
#: Officials of a town or region: they speak for the country their places are in.
_LOCAL_OFFICIAL = regex.compile(
    r"(?i)\b(?:governor|mayor|regional[ ](?:administration|authorities|officials?|head|chief)|"
    r"head[ ]of[ ]the[ ](?:(?:regional|city|district|military)[ ]){1,2}administration|local[ ]authorities|"
    r"city[ ](?:council|administration|officials?))\b"
)

#: Speaker words that mark an official source (a side speaking), lower case.
OFFICIAL_NOUNS = (
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "minister",
    "governments", "ministries", "ministers", "commanders", "generals", "general",
    "ministry", "governor", "mayor", "military", "army", "forces", "force", "president", "commander",
    "agency", "authorities", "authority", "administration", "general staff", "government", "head",
    "chief", "envoy", "ambassador", "office", "council", "command", "kremlin", "staff", "defence",
    "defense", "secretary", "leader", "leadership", "prime minister", "chancellor", "troops",
    "prosecutor", "prosecutors", "police", "service", "services", "statement", "source", "sources",
    "senator", "lawmaker", "lawmakers", "mission", "delegation", "diplomat", "diplomats", "group",
    "militants", "committee", "centre", "center", "department", "headquarters", "navy", "guard",
    "intelligence", "operational", "presidency", "cabinet", "parliament", "assembly", "regime",
    "reports", "brigade", "battalion", "unit", "units",
    "opposition", "rebels", "insurgents", "separatists",  # parties to a conflict without a state
)

#: Speakers who are never claimants (journalists, analysts, witnesses), lower case.
NOT_CLAIMANTS = (
    "afp", "reuters", "ap", "associated press", "bbc", "cnn", "bloomberg", "the guardian", "reporter",
    "reporters", "journalist", "journalists", "correspondent", "witness", "witnesses", "resident",
    "residents", "analyst", "analysts", "expert", "experts", "institute for the study of war", "isw",
    "mapping groups", "mapping group", "observers", "monitors", "bloggers", "blogger", "media",
    "agence france-presse", "al jazeera", "eyewitness", "eyewitnesses", "survivor", "survivors",
    "neighbour", "neighbor", "relative", "relatives", "serviceman", "soldier", "medic", "volunteer",
    "poll", "survey", "analysis", "tally", "medics", "doctors", "paramedics", "nurses", "locals",
    "people", "villagers", "passers-by", "onlookers", "activists",
    # monitoring groups and open-source trackers report, they are no party's claimants
    "observatory", "syrian observatory for human rights", "monitoring group", "war monitor", "monitor",
    "airwars", "acled", "deepstate", "oryx", "conflict monitor", "think tank", "think-tank",
)

#: Words that put a statement about the conflict (a claim needs one, or an event inside it).
CONFLICT_CUES = (
    "war", "wars", "warfare", "attack", "attacks", "attacked", "attacking", "strike", "strikes", "struck",
    "drone", "drones", "missile", "missiles", "rocket", "rockets", "bomb", "bombs", "bombing", "bombed",
    "shelling", "shelled", "shells", "artillery", "troops", "forces", "army", "military", "soldiers",
    "offensive", "invasion", "incursion", "front", "frontline", "front line", "ceasefire", "truce", "peace",
    "talks", "negotiations", "sanctions", "weapons", "arms", "ammunition", "killed", "dead", "deaths",
    "wounded", "injured", "casualties", "hostage", "hostages", "captured", "seized", "control",
    "territory", "territorial", "occupied", "occupation", "annexation", "annexed", "fighting", "combat",
    "battle", "battlefield", "mobilisation", "mobilization", "recruitment", "prisoner", "prisoners",
    "bodies", "corpses", "militants", "terror", "terrorist", "aid", "deliveries", "Patriot", "Patriots",
    "air defence", "air defense", "explosion", "explosions", "shot down", "intercepted", "destroyed",
    "damaged", "evacuated", "displaced", "refugees", "gangs", "gang", "security guarantees", "nuclear",
    "invaded", "raid", "raids", "assault", "assaults", "repelled", "advance", "advances", "advanced",
    "foothold", "border", "deployed", "deployment", "agreement", "deal", "treaty", "alliance",
    "enemy", "victims", "civilians", "operation", "strategic", "tank", "tanks", "jets", "aircraft",
    "region", "regions", "presence", "positions", "losses", "losing ground", "units", "victory", "defeat",
    "stockpiles", "production", "air raid", "emergency", "situation", "protection", "fire", "fires",
    "phone call", "by phone", "summit", "envoy", "delegation", "delegations", "leaders", "mediators",
    "claims", "allegations", "accusations", "propaganda", "reports", "proposal", "proposals", "demands",
    "claim", "allegation", "accusation", "report", "lie", "lies", "baseless", "false",
    "terms", "hostilities", "town", "towns", "city", "village", "villages", "base", "lost", "losing",
    "massacre", "massacres", "killings", "atrocities", "atrocity", "genocide", "war crimes", "war crime",
    "abducted", "abduction", "siege", "besieged", "shelter", "responsibility", "targeting", "targeted",
)

_PRONOUNS = {"it", "he", "she", "they", "we", "i", "the source", "the statement", "the ministry", "the agency"}

_VERBS = sorted(REPORT_VERBS, key=len, reverse=True)

RULES: tuple[Rule, ...] = (
    Rule(
        "claim.speaker-first",
        "claim",
        r"(?<![\p{L}])(?P<verb>\L<report_verbs>)(?![\p{L}])",
        examples=(
            "The Russian defence ministry said its forces captured the village of Ivanivka.",
            "Kyiv has so far denied any Russian presence in the region.",
            "Ukraine's general staff confirmed that two bridges were hit by Russian missiles.",
        ),
        counterexamples=(
            "A resident said the night was quiet.",
            "AFP reporters said they saw smoke over the city.",
        ),
        flags=0,
    ),
    Rule(
        "claim.speaker-last",
        "claim",
        r"(?<![\p{L}])(?P<verb>\L<report_verbs>)(?![\p{L}])",
        examples=(
            "Three people were wounded in the attack, the regional governor said.",
            "\"We will respond to every attack,\" said the Israeli prime minister.",
        ),
        counterexamples=("\"It was terrifying,\" a local woman said.",),
        flags=0,
    ),
    Rule(
        "claim.according-to",
        "claim",
        r"(?<![\p{L}])according[ ]to[ ](?P<speaker>[^,.;]{2,120})",
        examples=("Two civilians died overnight, according to the regional military administration.",),
        counterexamples=("Prices rose by 3%, according to the statistics office survey of shoppers.",),
        flags=regex.IGNORECASE,
    ),
    Rule(
        "claim.participle",
        "claim",
        r",[ ](?P<verb>claiming|saying|insisting|adding|alleging|denying|stressing|noting)(?![\p{L}])",
        examples=("Russia tested a new missile on the city, claiming to have struck a factory.",),
        counterexamples=("Residents fled the town, saying they feared more shelling.",),
        flags=0,
    ),
    Rule(
        "claim.reciprocal",
        "claim",
        r"(?:each[ ]side|both[ ]sides|the[ ]two[ ](?:sides|countries|parties|nations))[ ]"
        r"(?:have[ ]|had[ ])?(?:accused[ ](?:the[ ]other|each[ ]other)|traded[ ](?:accusations|blame))"
        r"|(?P<a>\p{Lu}[\p{L}]+)[ ]and[ ](?P<b>\p{Lu}[\p{L}]+)[ ](?:have[ ]|had[ ])?"
        r"(?:accused[ ]each[ ]other|traded[ ](?:accusations|blame))",
        examples=("Israel and Hamas accused each other of violating the truce.",),
        counterexamples=("The two men accused of theft were released.",),
        flags=regex.IGNORECASE,
    ),
    Rule(
        "claim.rejoinder",
        "claim",
        r",[ ](?:a|an)[ ](?:claim|assertion|allegation|accusation|charge|account|version)[ ](?:that[ ]|which[ ])?"
        r"(?P<speaker>[^,.;]{2,60}?)[ ](?:has[ ]|had[ ]|have[ ])?(?:quickly[ ]|swiftly[ ]|strongly[ ]|also[ ])?"
        r"(?P<verb>rejected|denied|dismissed|disputed|refuted|rebuffed)(?![\p{L}])",
        examples=("Pakistan said it had downed five Indian jets, a claim New Delhi rejected.",),
        counterexamples=("The bridge was closed for repairs, a claim that local drivers disputed.",),
        flags=0,
    ),
    Rule(
        "claim.colon",
        "claim",
        r"^(?P<speaker>\p{Lu}[^:,.;\"\n]{1,50}):[ ]",
        examples=("Zelensky: Russia launched 500 drones at Ukraine overnight",),
        counterexamples=("Ukraine war: drones hit Kharkiv overnight", "Live: Russian drones hit Kharkiv"),
        flags=0,
    ),
)

# What may stand between a speaker-last verb and the end of the sentence: a short
# phrase ("on Telegram", "Sunday", "Bloomberg News in an interview"), then
# optionally a comma and a trailing clause (", in what appears to be ...").
_TAIL = regex.compile(r"""^(?:[ ](?!that\b)[^,.!?"]{1,70})?(?:,[ ][^\n]{0,300})?[ ]?[.!?"']*$""")
# ... but not a clause of its own ("..., X said its forces advanced.")
_CLAUSE_IN_TAIL = regex.compile(
    r"^[ ][^,]{0,40}?\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|\p{L}{3,}ed)\b"
)
# Where a speaker may start before a speaker-last verb: after a comma or a closing quote.
_SPEAKER_CUT = regex.compile(r""",["']?[ ]|["'][ ]""")
_NAME = regex.compile(r"(?:\p{Lu}[\p{L}.'\-]+[ ]){0,3}\p{Lu}[\p{L}'\-]+")
#: "a statement from the Israeli military": the body, not its statement, is the source.
_STATEMENT_FROM = regex.compile(
    r"(?i)^(?:(?:a|an|the|its|their)[ ])?(?:(?:joint|brief|short|separate|written|daily)[ ])?"
    r"(?:statement|post|report|briefing|message|video|update|announcement)[ ](?:from|by|of)[ ]"
)
#: Dropped from the start of a source as written: articles and possessive pronouns ("its defence ministry").
_ARTICLE_START = regex.compile(r"(?i)^(?:the|a|an|its|their|his|her|our)[ ]")
#: A relative clause's speaker: "X, who said that ...".
_WHO_START = regex.compile(r"who(?:[ ](?:has|had|also|later|then|previously))?[ ]?")
_CONTENT_SKIP = regex.compile(
    r"""(?:[ ](?:on|in|at|via|through|during)[ ](?:social[ ]media|Telegram|X|Facebook|a[ ]statement|
               a[ ]post|an[ ]interview|a[ ]video[ ]address|a[ ]press[ ]conference|state[ ]television|
               television|its[ ]website)\b)?
         (?:[ ](?:told|tells)[ ][^,]{1,60}?(?=[ ]that\b|[ ]"|,))?
         (?:[ ](?:on|last|this|earlier|late|early)[ ](?:\w+[ ]?){1,2}?(?=[ ]that\b))?
         (?:,)?(?:[ ]that)?[ ]?""",
    regex.VERBOSE,
)
_AUX_TAIL = regex.compile(
    r"(?:[ ](?:has|have|had|also|first|earlier|previously|so[ ]far|later|now|on[ ]\w+|"
    r"last[ ]\w+|this[ ]\w+|yesterday|today|again|already|then|once|long|\p{Ll}{1,20}ly)){1,6}$"  # "has consistently"
)
_SHORT_NP = regex.compile(r"(?:(?:the|a|an|one|two|three|local|other|another)[ ])?(?:[\w'-]+[ ]){0,3}[\w'-]+")
_LEAD_PLACE = regex.compile(r"In[ ](?:the[ ])?[^,]{2,40},[ ]")
# "..., X said (on Tuesday), adding that ...": the participle continues the same claim
_ADDING = regex.compile(r"(?:[ ][^,.;]{1,40})?,[ ](?:adding|saying|noting|stressing|insisting|claiming)\b")
# The subject of a sentence: everything up to its first finite verb (after an opening adverbial).
_FIRST_VERB = regex.compile(
    r"(?:[ ](?:yesterday|today|on[ ]\p{Lu}\p{L}+|last[ ]\p{L}+|earlier|also|has|have|had|is|are|was|were|"
    r"will|would|\p{Ll}+ed|\p{Ll}+s)\b)"
)
_NOMINAL = regex.compile(r"(?i)(?:'s|\b(?:the|a|an|its|their|these|those|his|her|such|our|my|your))[ ]$")
_SUBORDINATE = regex.compile(
    r"(?i)^.*\b(?:that|after|before|when|while|because|although|if|which|(?-i:[Ww]ho|[Ww]hom)|as|where)[ ]"
)  # "who" but not "the WHO"
_DECLARED_ACT = regex.compile(
    r"(?i)[ ](?:a[ ](?:local[ ]|regional[ ]|federal[ ]|national[ ])?state[ ]of[ ](?:emergency|war|siege)|martial[ ]law|"
    r"an?[ ](?:\p{L}+[ ])?(?:emergency|curfew|mobili[sz]ation|evacuation)|(?:general[ ])?mobili[sz]ation|war[ ]on|"
    r"a[ ]day[ ]of[ ]mourning|(?:three|two|\d)[ ]days?[ ]of[ ]mourning)"
)
_FINITE = regex.compile(
    r"(?i)\b(?:is|are|was|were|came|went|had|has|have|did|does|will|would|took|taken|gave|given|made|became|"
    r"began|fell|held|left|lost|won|should|could|can|may|might|must)\b(?![ ](?:also|so|long))"
)
_DENIAL_CONTENT = regex.compile(
    r"(?:that[ ])?(?:there[ ](?:was|were|had[ ]been)[ ]no|(?:it|they|the[ ]\w+(?:[ ]\w+)?)[ ]had[ ]never|"
    r"(?:it|they)[ ](?:did|do|does|had)[ ]not|"
    r"no[ ](?:[\w-]+[ ]){0,3}(?:had|have|has|were|was)[ ](?:been[ ])?(?:lost|captured|taken|surrendered|abandoned))\b",
    regex.IGNORECASE,
)


# Small patterns of the functions below, compiled once.
_AND_BEFORE = regex.compile(r"(?:,[ ]|[ ])and[ ](?:also[ ])?$")
_INDEFINITE_START = regex.compile(r"(?i)(?:a|an)[ ]")
_ING_WORD = regex.compile(r"\p{L}+ing\b")
_INVERTED_TAIL = regex.compile(r"^[ ](?P<sp>[^,.;!?]{2,100}?)(?:,[^\"]{0,200})?[ ]?[.!?\"']*$")
_POSSESSIVE_THEN_WORD = regex.compile(r"(?:'s|\u2019s)[ ]\p{L}")
_THAT_START = regex.compile(r"(?i)that\b")
#: Bodies that speak for one side: without a stated side, they take the story's
_SIDE_BODY = regex.compile(
    r"(?i)\b(?:air[ ]force|military|army|navy|armed[ ]forces|general[ ]staff|defen[cs]e[ ]ministry|"
    r"ministry[ ]of[ ]defen[cs]e|air[ ]defen[cs]es?|command)\b"
)
#: What a military speaker reports: its own defence, or its own strikes.
_DEFENCE_CUE = regex.compile(r"(?i)\b(?:air[ ]defen[cs]es?|shot[ ]down|intercept(?:ed|ion)?|repel(?:led)?|downed)\b")
_OFFENCE_CUE = regex.compile(r"(?i)\b(?:fighter[ ]jets|warplanes|aircraft|struck|hit|targeted|strikes?|bombed)\b")
#: An attack verb right after its agent: "Moscow had launched", "Russia fired", "Israel struck".
_ATTACK_AFTER = regex.compile(
    r"[ ](?:has[ ]|had[ ]|have[ ])?(?:launched|fired|attacked|struck|shelled|bombed|targeted|sent)[ ]"
)
#: a speaker named through the story's subject: "its defence ministry", "the group's armed wing"
_THEIR_START = regex.compile(r"(?i)(?:its|their|(?:the[ ])?(?:group|movement|militia|organi[sz]ation|faction)'s)\b")


class ClaimGrammar:
    """Finds attributions in a sentence. One instance per :class:`Grammar`."""

    def __init__(self, g: Grammar) -> None:
        self.g = g
        self.verb_re = compile_lists(r"(?<![\p{L}\-])(?:\L<verbs>)(?![\p{L}\-])", verbs=_VERBS)
        self.according = regex.compile(RULES[2].pattern, RULES[2].flags | regex.VERBOSE)
        self.participle = regex.compile(RULES[3].pattern, RULES[3].flags | regex.VERBOSE)
        self.reciprocal = regex.compile(RULES[4].pattern, RULES[4].flags | regex.VERBOSE)
        self.rejoinder = regex.compile(RULES[5].pattern, RULES[5].flags | regex.VERBOSE)
        self.colon = regex.compile(RULES[6].pattern, RULES[6].flags | regex.VERBOSE)
        self.official = compile_lists(
            r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE, w=sorted(OFFICIAL_NOUNS, key=len, reverse=True)
        )
        self.cues = compile_lists(
            r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE, w=sorted(CONFLICT_CUES, key=len, reverse=True)
        )
        self.not_claimant = compile_lists(
            r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", regex.IGNORECASE, w=sorted(NOT_CLAIMANTS, key=len, reverse=True)
        )

    # --- speakers -----------------------------------------------------------------
    def speaker(self, phrase: str, memory: dict[str, Any]) -> tuple[str | None, str | None] | None:
        """``(source, actor)`` for a speaker phrase, or ``None`` when it is no claimant."""
        p = phrase.strip(" ,\"'")
        if not p or len(p) > 160:
            return None
        low = p.lower()
        if low in _PRONOUNS or low in ("the military", "the army", "the ministry", "the agency"):
            last = memory.get("last_speaker")
            if low in ("the military", "the army", "the ministry", "the agency"):
                actor = self.g.lex.actors.resolve(p)
                # "the military" after "the Israeli military" is the same speaker
                for src, act in reversed(memory.get("speakers", [])):
                    if low.split()[-1] in src.lower():
                        return src, act
                return p[4:], actor or self._context_actor(p[4:], memory, p)
            if low == "the statement":
                # a statement is an institution's: the latest speaker that is one, not the mayor quoted since
                for src, act in reversed(memory.get("speakers", [])):
                    if _SIDE_BODY.search(src) or _CIVIL_BODY.search(src) or src in self.g.lex.actors.alias_to_actor:
                        return src, act
            subject = memory.get("last_subject")
            # "The RSF did not respond. It has previously denied ...": the previous sentence's subject
            if subject and low in ("it", "they") and \
                    memory.get("last_subject_sentence", -1) > memory.get("last_speaker_sentence", -1):
                return str(subject[0]), str(subject[1])
            return last if last else None
        sub = _SUBORDINATE.search(p)
        if sub and not _ING_WORD.match(p[sub.end():]):
            # "... came after he", "including 27 that the Israeli military": the subject is after
            return self.speaker(p[sub.end():], memory) if p[sub.end():].strip() else None
        if _FINITE.search(p):
            return None  # a clause, not a noun phrase
        actor = self.g.lex.actors.resolve(p)
        if self.not_claimant.search(p):
            return None
        if actor is None:
            places = self.g.places(p)
            if places and self.official.search(p):
                actor = self._side_of(places[0].value)  # "the head of Belgorod", "Kharkiv's governor"
        if actor is None and not self.official.search(p):
            return None  # an unknown name with no official role: a civilian, not a claim
        source = self._source_text(p)
        if actor is None:
            actor = self._context_actor(source, memory, p)
        return source, actor

    def _context_actor(self, source: str, memory: dict[str, Any], phrase: str = "") -> str | None:
        """The side of an institution named without one ("the air force", "its defence ministry").

        ``phrase`` is the speaker as read, before ``source`` dropped its
        article or possessive pronoun.

        In order: an earlier speaker of the story with the same head noun
        ("the military" after "the Israeli military"); the place the sentence
        opens with ("In Russia, the defence ministry said"); for a local
        official or a civil body, the side of the places named; a possessive
        pronoun's antecedent ("its defence ministry"); a side named with the
        same force in the sentence ("Ukraine's air defences ..., the air force
        said"); for a military body, :meth:`_military_side`.
        """
        head = source.lower().split()[-1] if source.split() else ""
        for src, act in reversed(memory.get("speakers", [])):
            if act and src.lower().split()[-1:] == [head]:
                return str(act)
        lead = memory.get("sentence_lead_country")
        if lead:
            return str(lead)
        if _LOCAL_OFFICIAL.search(source):
            # a local official ("regional governor X said") speaks for the country of the places named
            local = {self._side_of(p.value) for p in self.g.places(memory.get("sentence_text", ""))
                     if p.value.precision.value in ("place", "admin1") and p.value.country}
            if len(local) == 1:
                return str(next(iter(local)))
        if _CIVIL_BODY.search(source) and not self.g.lex.actors.alias_to_actor.get(source):
            # "the Palestinian health ministry said ... in Khan Younis": the authority running the places
            ruled = {self.g.lex.actors.ruler_of(p.value.admin1, p.value.name)
                     for p in self.g.places(memory.get("sentence_text", ""))
                     if p.value.precision.value in ("place", "admin1")}
            if len(ruled) == 1 and None not in ruled:
                return str(next(iter(ruled)))
            # "The two missiles struck as people gathered, the interior ministry said": the authority of the
            # place the story's latest strike (up to three sentences back) hit
            hit = memory.get("last_hit_place")
            if not ruled and hit and memory.get("sentence", 0) - hit[0] <= 3 and hit[1].precision.value != "country":
                return self._side_of(hit[1])
        if _THEIR_START.match(phrase or source):
            # "Russian forces capture a third village, its defence ministry says": the sentence's subject,
            # else the previous sentence's
            sentence = memory.get("sentence_text", "")
            at = sentence.find(phrase or source)
            subject = next((a for a in self.g.actors(sentence) if at < 0 or a.end <= at), None)
            if subject is not None:
                return str(subject.value)
            if memory.get("last_subject"):
                return str(memory["last_subject"][1])
        # "Ukraine's air defences shot down ..., the air force said": the sentence names the force's side
        words = set(source.lower().split()) - {"the", "its", "their", "of"}
        sides = {a.value for a in self.g.actors(memory.get("sentence_text", ""))
                 if words & set(a.text.lower().split()[1:])}
        if len(sides) == 1:
            return str(next(iter(sides)))
        return self._military_side(memory) if _SIDE_BODY.search(source) else None

    def _military_side(self, memory: dict[str, Any]) -> str | None:
        """The side of an unnamed military speaker ("the military", "the air force"), from the story.

        The side most of the story's earlier military speakers speak for, when
        one clearly does; the side attacked, when it reports the other party's
        attack in a story of two parties; the side the latest strike (up to
        three sentences back) hit, when it reports its defence, or the side
        that struck, when it reports strikes.
        """
        sentence = str(memory.get("sentence_text", ""))
        spoken = [act for src, act in memory.get("speakers", []) if act and _SIDE_BODY.search(src)]
        if len(spoken) >= 2:
            top = max(sorted(set(spoken)), key=spoken.count)
            # not across theatres: "the army said it regained Khartoum" after Russian speakers in a roundup
            there = {p.value.country for p in self.g.places(sentence)
                     if p.value.precision.value in ("place", "admin1") and p.value.country}
            foreign = len(there) == 1 and top not in there and self.g.lex.actors.kind.get(top) == "state"
            if spoken.count(top) * 2 > len(spoken) and not foreign:
                return str(top)
        # "the air force said Moscow had launched 101 drones": a military body reporting the other side's
        # attack is the side attacked, in a story of two parties
        attackers = {a.value for a in self.g.actors(sentence) if _ATTACK_AFTER.match(sentence, a.end)}
        parties = sorted(memory.get("actor_counts", {}).items(), key=lambda kv: (-kv[1], kv[0]))[:2]
        if len(attackers) == 1 and len(parties) == 2 and next(iter(attackers)) in dict(parties):
            return str(next(p for p, _ in parties if p not in attackers))
        # the story's latest strike, a sentence or three back: "the military said air defences were trying to
        # repel ..." is the side hit; "the military said fighter jets had hit ..." the side that struck
        now = memory.get("sentence", 0)
        if _DEFENCE_CUE.search(sentence):
            hit = memory.get("last_hit_country")
            if hit and now - hit[0] <= 3 and hit[1] in self.g.lex.actors.kind:
                return str(hit[1])
        elif _OFFENCE_CUE.search(sentence):
            side = memory.get("last_strike_side")
            if side and now - side[0] <= 3:
                return str(side[1])
        return None

    def _side_of(self, place: Any) -> str | None:
        """Whom a place's own officials speak for: who runs its territory, else its country."""
        return self.g.lex.actors.ruler_of(place.admin1, place.name) or place.country

    def _source_text(self, p: str) -> str:
        """The speaker as written, shortest full form: no article, title or apposition."""
        named = [part for part in p.split(", ") if self.g.lex.actors.person_pattern.search(part)]
        # "Russia's ambassador to the UN, Vasily Nebenzya,": the person named in the apposition speaks
        p = named[0] if named else (p.split(", ")[0] if ", " in p else p)
        p = _STATEMENT_FROM.sub("", p)  # "a statement from the Israeli military": the military
        people = list(self.g.lex.actors.person_pattern.finditer(p))
        # "Putin's spokesman Dmitry Peskov": the last person named is the speaker
        person = people[-1] if people else None
        if person:
            # from the first capitalised word of the name run to the end of the name
            m = regex.search(r"(?:\p{Lu}[\p{L}.'\-]+[ ])*" + regex.escape(person.group()) + r"$",
                             p[: person.end()])
            name = str(m.group()) if m else str(person.group())
            rest = p[person.end():]
            if _POSSESSIVE_THEN_WORD.match(rest):
                return name + rest  # "Netanyahu's office" speaks, not Netanyahu
            return name
        return str(_ARTICLE_START.sub("", p))

    # --- the rules -----------------------------------------------------------------
    def read(self, s: SentenceView, memory: dict[str, Any]) -> list[Draft]:
        """Claims of one sentence (updates ``memory`` with the article's speakers)."""
        text = s.text
        drafts: list[Draft] = []
        taken: list[tuple[int, int]] = []
        lead = _LEAD_PLACE.match(text)
        lead_places = self.g.places(text, 0, lead.end()) if lead else []
        memory["sentence_lead_country"] = lead_places[0].value.country if lead_places else None
        memory["sentence_text"] = text
        rec = self.reciprocal.search(text, timeout=1.0)
        if rec:
            drafts.extend(self._reciprocal(s, rec, memory))
            taken.append((rec.start(), rec.end()))
        rej = self.rejoinder.search(text, timeout=1.0)  # "..., a claim Kyiv rejected": the other side denies
        if rej:
            found = self.speaker(rej.group("speaker"), memory)
            if found is not None and found[1] is not None:
                drafts.append(self._draft(s, "claim.rejoinder", rej.start() + 2, rej.end(), found[0], found[1],
                                          rej.group("verb"), "denies", (rej.end(), rej.end()), memory))
                taken.append((rej.start(), rej.end()))
        colon = self.colon.match(text, timeout=1.0)  # a headline's "Zelensky: ...": a person or an official
        if colon and (self.g.lex.actors.person_pattern.search(colon.group("speaker"))
                      or self.official.search(colon.group("speaker"))):
            found = self.speaker(colon.group("speaker"), memory)
            if found is not None and found[1] is not None:
                drafts.append(self._draft(s, "claim.colon", 0, len(text), found[0], found[1], "says", "asserts",
                                          (colon.end(), len(text)), memory))
                taken.append((0, len(text)))
        failed = False
        for m in list(self.verb_re.finditer(text, timeout=1.0)):
            if any(a <= m.start() < b for a, b in taken) or _NOMINAL.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Russia's claims", "the reports": a noun, not a reporting verb
            if text.startswith(" by", m.end()):
                continue  # "claims, reported by the agency": a participle
            if _DECLARED_ACT.match(text, m.end()) and m.group().lower().startswith("declare"):
                continue  # "the governor declared a state of emergency": an act, not a statement
            last = self._speaker_last(s, m, memory)
            if last is False:  # "..., medics said": an attribution, but not to a claimant
                failed = True
                continue
            d = last if isinstance(last, Draft) else self._speaker_first(s, m, memory)
            if d is not None:
                drafts.append(d)
                taken.append((d.start, d.end))
                if d.rule == "claim.speaker-last" and _ADDING.match(text, d.end):
                    taken.append((d.end, len(text)))  # ", adding that ..." belongs to it
            else:
                failed = True
        if failed and not drafts:
            memory["last_speaker"] = None  # "he said" after a resident's words is not a claimant's
        acc = self.according.search(text, timeout=1.0)
        if acc and not any(a <= acc.start() < b for a, b in taken):
            found = self.speaker(acc.group("speaker"), memory)
            if found is not None:
                source, actor = found
                if acc.start() > 0:  # "..., according to X": the claim runs from the start to the speaker
                    span, content = (0, acc.end()), (0, acc.start())
                else:  # "According to X, ...": the claim is the clause that follows
                    after = acc.end() + 2 if text[acc.end():acc.end() + 2] == ", " else acc.end()
                    end = next((b for a, b in clauses(text) if a <= after < b), len(text))
                    span, content = (0, end), (after, end)
                drafts.append(self._draft(s, "claim.according-to", span[0], span[1], source, actor, "according to",
                                          "asserts", content, memory))
        part = self.participle.search(text, timeout=1.0)
        if part and not any(a <= part.start() < b for a, b in taken):
            found = self._subject(text, part.start(), memory)
            if found is not None:
                source, actor = found
                end = next((b for a, b in clauses(text) if a <= part.end() <= b), len(text))
                drafts.append(self._draft(s, "claim.participle", part.start() + 2, end, source, actor,
                                          part.group("verb"), "denies" if part.group("verb") == "denying" else "asserts",
                                          (part.end(), end), memory))
        return drafts

    def _subject(self, text: str, limit: int, memory: dict[str, Any]) -> tuple[str | None, str | None] | None:
        """The sentence's subject as a speaker (for participles and coordinated verbs)."""
        lead = LEAD_IN.match(text)
        start = lead.end() if lead else 0
        verb = _FIRST_VERB.search(text, start, limit)
        if verb is None or verb.start() <= start:
            return None
        return self.speaker(text[start:verb.start()], memory)

    def about_conflict(self, text: str) -> bool:
        """True when a statement has a word about the conflict (see :data:`CONFLICT_CUES`)."""
        return self.cues.search(text, timeout=1.0) is not None

    def _draft(self, s: SentenceView, rule: str, start: int, end: int, source: str | None, actor: str | None,
               verb: str, stance: str, content: tuple[int, int], memory: dict[str, Any],
               date_end: int | None = None) -> Draft:
        if source:
            memory["last_speaker"] = (source, actor)
            memory["last_speaker_sentence"] = memory.get("sentence", -1)
            memory.setdefault("speakers", []).append((source, actor))
        while end > start and s.text[end - 1] in " .,;:":
            end -= 1
        date = None
        for d in self.g.dates(s.text, start, max(end, date_end or 0)):
            if not (content[0] <= d.start and d.end <= content[1]):
                date = d
                break
        return Draft("claim", rule, start, end,
                     {"source": source, "actor": actor, "verb": verb, "stance": stance},
                     sentence=s.index, content=content, date_mention=date)

    def _speaker_last(self, s: SentenceView, m: Any, memory: dict[str, Any]) -> Draft | None | bool:
        """A speaker-last claim; ``False`` when the shape fits but the speaker is no claimant."""
        text = s.text
        verb = m.group()
        tail = text[m.end():]
        before = text[: m.start()]
        # "..., X said." / "'...,' X, head of Y, told Z." / "..., X said, adding ..."
        if _TAIL.match(tail) and not _CLAUSE_IN_TAIL.match(tail):
            cuts = [c.end() for c in _SPEAKER_CUT.finditer(before)]
            for k in range(len(cuts) - 1, -1, -1):
                cut = cuts[k]
                speaker = _AUX_TAIL.sub("", before[cut:].strip().rstrip(","))
                if not speaker:
                    continue
                if len(speaker.split()) > 14:
                    break
                content_end = len(before[:cut].rstrip(" ,\"'"))
                if len(before[:content_end].split()) < 4:
                    break
                found = self.speaker(speaker, memory)
                if found is None:
                    if k == len(cuts) - 1 and _SHORT_NP.fullmatch(speaker):
                        return False  # "..., medics said", "..., a resident told AFP"
                    continue
                source, actor = found
                # an apposition: "Kyrylo Budanov, head of military intelligence, told ...",
                # "Ukraine's Centre for Strategic Communications, a government-funded body, wrote"
                if k > 0:
                    name = before[cuts[k - 1]:cut].strip(" ,")
                    left = self.speaker(name, memory) if _INDEFINITE_START.match(speaker) else None
                    if left is not None and left[0]:
                        source, actor = left[0], left[1] or actor
                        content_end = len(before[:cuts[k - 1]].rstrip(" ,\"'"))
                    elif _NAME.fullmatch(name):
                        source = name
                        content_end = len(before[:cuts[k - 1]].rstrip(" ,\"'"))
                        memory["last_speaker"] = (source, actor)
                stance = REPORT_VERBS.get(verb, "asserts")
                return self._draft(s, "claim.speaker-last", 0, m.end(), source, actor, verb, stance,
                                   (0, content_end), memory, date_end=len(text))
        inv = _INVERTED_TAIL.match(tail)
        if inv and (len(inv.group("sp").split()) > 8 or _THAT_START.match(inv.group("sp"))):
            inv = None  # "X, an official, reported that ...": content after the verb, not an inverted speaker
        if inv and before.rstrip().endswith((",", ',"', ",'")):
            found = self.speaker(inv.group("sp"), memory)
            if found is not None:
                source, actor = found
                cut = before.rstrip().rfind(",")
                return self._draft(s, "claim.speaker-last", 0, m.end() + inv.end("sp"), source, actor, verb,
                                   REPORT_VERBS.get(verb, "asserts"), (0, cut), memory)
        return None

    def _speaker_first(self, s: SentenceView, m: Any, memory: dict[str, Any]) -> Draft | None:
        text = s.text
        verb = m.group()
        clause = next(((a, b) for a, b in clauses(text) if a <= m.start() < b), (0, len(text)))
        if _AND_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            # "X raised the prospect ..., and said ...": the speaker is the sentence's subject
            found_subject = self._subject(text, m.start(), memory)
            if found_subject is not None:
                skip = _CONTENT_SKIP.match(text, m.end())
                c_start = skip.end() if skip else m.end()
                c_end = next((b for a, b in clauses(text) if a <= c_start < b), len(text))
                source, actor = found_subject
                return self._draft(s, "claim.speaker-first", 0, c_end, source, actor, verb,
                                   REPORT_VERBS.get(verb, "asserts"), (c_start, c_end), memory)
        lead = LEAD_IN.match(text, clause[0])
        sp_start = lead.end() if lead else clause[0]
        speaker = text[sp_start : m.start()]
        if _WHO_START.fullmatch(speaker) and clause[0] > 0:
            # "... a call with his military chief, Oleksandr Syrsky, who said that ...": the clause before speaks
            before = text[: clause[0]].rstrip(", ")
            sp_start = before.rfind(", ") + 2 if ", " in before else 0
            speaker = before[sp_start:]
        if '"' in speaker or speaker.count(",") > 2:
            # a quote or a list before the verb: the speaker is after the last comma
            if ", " not in speaker:
                return None
            cut = speaker.rfind(", ")
            sp_start += cut + 2
            speaker = speaker[cut + 2 :]
        sub = _SUBORDINATE.search(speaker)
        if sub and _ING_WORD.match(speaker[sub.end():]):
            sub = None  # "... after helping the Kremlin ...": a participle, not a new subject
        if sub:  # "Drones hit Kharkiv as Russia claims ...": the speaker starts after "as"
            sp_start += sub.end()
            speaker = speaker[sub.end():]
        speaker = _AUX_TAIL.sub("", speaker.rstrip())
        if not speaker or len(speaker.split()) > 14:
            return None
        found = self.speaker(speaker, memory)
        if found is None:
            return None
        source, actor = found
        skip = _CONTENT_SKIP.match(text, m.end())
        c_start = skip.end() if skip else m.end()
        c_end = len(text)
        for a, b in clauses(text):
            if a <= c_start < b:
                c_end = b
                break
        stance = REPORT_VERBS.get(verb, "asserts")
        if stance == "asserts" and _DENIAL_CONTENT.match(text, c_start):
            stance = "denies"
        return self._draft(s, "claim.speaker-first", sp_start, c_end, source, actor, verb, stance,
                           (c_start, c_end), memory)

    def _reciprocal(self, s: SentenceView, m: Any, memory: dict[str, Any]) -> list[Draft]:
        sides: list[str] = []
        if m.group("a") and m.group("b"):
            sides = [x for x in (self.g.lex.actors.resolve(m.group("a")), self.g.lex.actors.resolve(m.group("b"))) if x]
        if len(sides) < 2:
            counts: dict[str, int] = memory.get("actor_counts", {})
            sides = [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
        out = []
        end = next((b for a, b in clauses(s.text) if a <= m.start() < b), len(s.text))
        for side in sides:
            out.append(Draft("claim", "claim.reciprocal", m.start(), end,
                             {"source": side, "actor": side, "verb": "accused", "stance": "asserts"},
                             sentence=s.index, content=(m.end(), end)))
        return out


def mentions_to_counts(mentions: list[Mention], counts: dict[str, int]) -> None:
    """Count canonical actors (the article's main parties, for reciprocal claims)."""
    for m in mentions:
        counts[m.value] = counts.get(m.value, 0) + 1
