"""Closed word classes of English, as the chunker reads them (lower case).

No part-of-speech model is used: function words are known from these tables,
verbs from :mod:`.morphology` (common verbs, the frames' trigger verbs and
their inflections), and every other word is read by its position.
"""

from __future__ import annotations

__all__ = [
    "DETERMINERS", "POSSESSIVE_PRONOUNS", "PREPOSITIONS", "BE", "HAVE", "DO", "GET", "MODALS", "NEGATIONS",
    "SUBJECT_PRONOUNS", "OBJECT_PRONOUNS", "RELATIVES", "CONJUNCTIONS", "SUBORDINATORS", "ADVERBS",
    "PARTICLES", "SEMI_MODALS", "FUTURE_MODALS", "HYPOTHETICAL_MODALS", "PUNCT_BREAKS", "QUOTES",
    "DASHES", "NEGATED_AUX", "ADJECTIVES_LIKE_VERBS", "DIRECTIONS", "RESULTATIVES", "EVIDENCE_VERBS",
    "REPORTING_PARTICIPLES", "COMPOUND_ING_NOUNS", "TITLE_PARTICIPLES",
]
#: "-ing" forms that modify a title written next in capitals: "Thai acting Prime Minister Phumtham", "the outgoing
#: President" (an adjective there, no verb).
TITLE_PARTICIPLES = frozenset({"acting", "outgoing", "incoming"})
#: "-ing" nouns that end a compound after a noun whatever follows: "said in a press briefing", "at a media
#: briefing in New Delhi" ("briefing" is no verb of the noun before it there).
COMPOUND_ING_NOUNS = frozenset({"briefing", "briefings"})
#: "-ing" forms of reporting verbs that are never the second noun of a compound: in "with the army saying India
#: fired ..." the participle opens what the army says ("the old saying" has no noun before it).
REPORTING_PARTICIPLES = frozenset("saying claiming adding insisting alleging stating denying".split())

#: Participles of citation whose object is a noun group ("citing radio intercepts", "quoting intelligence reports",
#: "citing intercepted communications"): a noun/verb word at the end of that object is its head noun.
CITING_PARTICIPLES = frozenset("citing quoting".split())

#: Verbs that after "be to" make a predicate, not an arrangement: "Russia is to blame for the strike" (Russia is
#: blamed; nobody speaks), unlike "Britain is to send troops".
BE_TO_PREDICATES = frozenset({"blame"})

DETERMINERS = frozenset(
    "the a an this that these those its their his her our my your some any each every all both another "
    "other several many much more most few no such whose either neither".split()
)
POSSESSIVE_PRONOUNS = frozenset("its their his her our my your".split())
PREPOSITIONS = frozenset(
    "of in on at to from with by for into onto over near across toward towards against between among amongst "
    "through throughout during after before since until till under inside outside around along amid amidst via "
    "per about off behind beyond within without alongside including despite following upon like versus beside "
    "besides past regarding concerning unlike except opposite atop beneath below above".split()
)
#: compass adjectives before a place ("in central Gaza", "northern Mali")
DIRECTIONS = frozenset(
    "central northern southern eastern western north south east west north-eastern north-western south-eastern "
    "south-western northeastern northwestern southeastern southwestern northeast northwest southeast southwest "
    "north-east north-west south-east south-west".split()
)
BE = frozenset("be is are was were been being am 're 'm".split())
HAVE = frozenset("have has had having 've 'd".split())
DO = frozenset("do does did".split())
GET = frozenset("get gets got gotten getting".split())
MODALS = frozenset("will would could can may might must shall should 'll".split())
#: Contractions that carry a negation ("didn't", "won't").
NEGATED_AUX = {
    "don't": "do", "doesn't": "do", "didn't": "do", "isn't": "be", "aren't": "be", "wasn't": "be",
    "weren't": "be", "hasn't": "have", "haven't": "have", "hadn't": "have", "won't": "will",
    "wouldn't": "would", "couldn't": "could", "can't": "can", "cannot": "can", "shouldn't": "should",
    "mustn't": "must", "mightn't": "might",
}
NEGATIONS = frozenset({"not", "never", "n't", "no", "neither", "nor"})
FUTURE_MODALS = frozenset({"will", "'ll", "shall"})
#: Modals that make an event hypothetical rather than planned.
HYPOTHETICAL_MODALS = frozenset({"could", "would", "might", "may", "can", "should", "must"})
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
OBJECT_PRONOUNS = frozenset("him her it them us me you".split())
RELATIVES = frozenset("who whom which that whose".split())
CONJUNCTIONS = frozenset("and or but nor plus".split())
SUBORDINATORS = frozenset(
    "because although though while whereas if unless as when where once whether so after before since until "
    "than amid".split()
)
ADVERBS = frozenset(
    "also already still just now then again reportedly allegedly later earlier previously further once yet even only "
    "recently currently first soon ever so too meanwhile however instead finally eventually initially reportedly "
    "apparently reportedly reportedly likely quickly immediately jointly separately subsequently nearly almost "
    "successfully repeatedly formally officially publicly privately personally directly briefly largely mostly "
    "partly partially fully completely effectively virtually reportedly allegedly thus therefore hence indeed "
    "here there very quite rather long out back away down up off forward deeper farther closer nearer".split()
)
#: Particles of phrasal verbs ("shot down", "pulled out", "pushed back").
#: verbs of evidence, whose subject is footage or imagery: "footage published on May 8 shows / indicates that ..."
#: (after the date that ends a reduced relative, their -s form is the sentence's verb, not a noun)
EVIDENCE_VERBS = frozenset("shows indicates suggests confirms depicts reveals appears".split())
#: Nouns whose "that" opens what they say, not a relative clause, when a noun group follows it: "Kyiv's claims
#: that its troops had pulled back from X", "reports that Russian forces had entered Y" (not "the claims that
#: appeared online", a subject relative).
CONTENT_NOUNS = frozenset("claim claims allegation allegations assertion assertions report reports accusation "
                          "accusations suggestion suggestions rumour rumours rumor rumors information news "
                          "speculation assurances assurance".split())
PARTICLES = frozenset("down up off out back away over forward".split())
#: Verbs that always take an object when active, so a headline's bare participle after its first noun group, with
#: no object, is a passive with its auxiliary dropped: "Three soldiers killed in IED blast", "Indian drone downed
#: near Sialkot", "Two drones shot down over Kursk". ("hit", "strike" and "attack" are left out: "Missiles hit
#: overnight", "Russian forces attacked near Pokrovsk" are active.)
HEADLINE_PASSIVE_VERBS = frozenset({
    "kill", "injure", "wound", "hurt", "martyr", "down", "shoot down", "bring down", "intercept", "destroy",
    "shell", "bomb", "target",
})
#: Result words that end a verb group after these verbs, as a particle does: "shot dead" (verb "shoot dead").
RESULTATIVES: dict[str, frozenset[str]] = {
    "dead": frozenset({"shoot", "stab", "beat", "gun", "hack", "strike"}),
}
#: Verbs that put the next verb in a mood: "plans to capture", "threatened to strike". The value is
#: the modality the event takes (``planned``, ``hypothetical``, ``attempted``, ``negated``, ``real``).
SEMI_MODALS = {
    "plan": "planned", "intend": "planned", "aim": "planned", "prepare": "planned", "schedule": "planned",
    "expect": "planned", "set": "planned", "due": "planned", "go": "planned", "agree": "planned",
    "decide": "planned", "pledge": "planned", "promise": "planned", "vow": "planned", "offer": "planned",
    "propose": "planned", "announce": "planned", "hope": "planned", "want": "planned", "wish": "planned",
    "seek": "attempted", "try": "attempted", "attempt": "attempted", "strive": "attempted",
    "threaten": "hypothetical", "warn": "hypothetical", "ready": "planned", "willing": "planned",
    "refuse": "negated", "fail": "negated", "decline": "negated", "stop": "negated", "cease": "negated",
    "manage": "real", "continue": "real", "begin": "real", "start": "real", "resume": "real", "keep": "real",
    "use": "real", "help": "real", "able": "real", "force": "real", "compel": "real", "oblige": "real",
}
PUNCT_BREAKS = frozenset({";", ":", "(", ")", "[", "]", "!", "?", "."})
QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb"})
DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
#: Words in -ed or -ing that stand before a noun as adjectives, never as the
#: sentence's verb ("two armoured brigades", "unmanned boats", "loitering
#: munitions"): the tagger reads them as part of the noun group.
#: Forms of verbs whose "to" takes a noun, so a noun/verb word after it is the noun: "subjected the positions to
#: fire", "were exposed to shelling".
TO_NOUN_VERBS = frozenset("subject subjects subjected subjecting expose exposes exposed exposing".split())
#: Nouns that make "armed" before them an adjective, not a verb: "from the Armenian armed forces", "armed men".
ARMED_HEADS = frozenset("forces force groups group men gangs gang wing units formations militias militants bandits "
                        "personnel opposition drones".split())
ADJECTIVES_LIKE_VERBS = frozenset(
    "armoured armored mechanised mechanized motorised motorized unmanned unguided guided unidentified "
    "unexploded unnamed improvised self-proclaimed so-called loitering landing "
    "russian-backed iranian-backed iran-backed us-backed western-backed rebel-held russian-held "
    "ukrainian-held hamas-run houthi-run combined coordinated concerted sustained repeated intensified "
    "unprovoked".split()
)
