"""Inflections of English verbs and nouns, derived from a lemma.

Frames and the chunker name verbs by their lemma; every written form is derived
here, so a frame line for "capture" also reads "captures", "captured" and
"capturing". Irregular verbs are a table; regular ones follow the spelling
rules (drop a silent e, y to i, doubled final consonants for the verbs in
:data:`DOUBLING`).

>>> sorted(verb_forms("capture").items())
[('capture', 'base'), ('captured', 'ed'), ('captures', 's'), ('capturing', 'ing')]
>>> verb_forms("shoot")["shot"]
'ed'
>>> noun_forms("strike")
{'strike': 'sg', 'strikes': 'pl'}
"""

from __future__ import annotations

import re

__all__ = ["IRREGULAR", "DOUBLING", "COMMON_VERBS", "verb_forms", "noun_forms", "FORM_TAGS"]

#: ``base -> (past, past participle)`` for irregular verbs.
IRREGULAR: dict[str, tuple[str, str]] = {
    "be": ("was", "been"), "have": ("had", "had"), "do": ("did", "done"), "say": ("said", "said"),
    "make": ("made", "made"), "go": ("went", "gone"), "take": ("took", "taken"), "come": ("came", "come"),
    "see": ("saw", "seen"), "know": ("knew", "known"), "get": ("got", "got"), "give": ("gave", "given"),
    "find": ("found", "found"), "think": ("thought", "thought"), "tell": ("told", "told"),
    "become": ("became", "become"), "show": ("showed", "shown"), "leave": ("left", "left"),
    "feel": ("felt", "felt"), "put": ("put", "put"), "bring": ("brought", "brought"),
    "begin": ("began", "begun"), "keep": ("kept", "kept"), "hold": ("held", "held"),
    "write": ("wrote", "written"), "stand": ("stood", "stood"), "hear": ("heard", "heard"),
    "let": ("let", "let"), "mean": ("meant", "meant"), "set": ("set", "set"), "meet": ("met", "met"),
    "run": ("ran", "run"), "pay": ("paid", "paid"), "sit": ("sat", "sat"), "speak": ("spoke", "spoken"),
    "lie": ("lay", "lain"), "lead": ("led", "led"), "read": ("read", "read"), "grow": ("grew", "grown"),
    "lose": ("lost", "lost"), "fall": ("fell", "fallen"), "send": ("sent", "sent"), "build": ("built", "built"),
    "understand": ("understood", "understood"), "draw": ("drew", "drawn"), "break": ("broke", "broken"),
    "spend": ("spent", "spent"), "cut": ("cut", "cut"), "rise": ("rose", "risen"), "drive": ("drove", "driven"),
    "buy": ("bought", "bought"), "wear": ("wore", "worn"), "choose": ("chose", "chosen"),
    "seek": ("sought", "sought"), "throw": ("threw", "thrown"), "catch": ("caught", "caught"),
    "deal": ("dealt", "dealt"), "win": ("won", "won"), "fight": ("fought", "fought"), "shoot": ("shot", "shot"),
    "strike": ("struck", "struck"), "hit": ("hit", "hit"), "hurt": ("hurt", "hurt"), "sell": ("sold", "sold"), "fly": ("flew", "flown"),
    "withdraw": ("withdrew", "withdrawn"), "overrun": ("overran", "overrun"), "retake": ("retook", "retaken"),
    "undertake": ("undertook", "undertaken"), "overtake": ("overtook", "overtaken"), "shut": ("shut", "shut"),
    "spread": ("spread", "spread"), "beat": ("beat", "beaten"), "forbid": ("forbade", "forbidden"),
    "blow": ("blew", "blown"), "swear": ("swore", "sworn"), "steal": ("stole", "stolen"),
    "hide": ("hid", "hidden"), "bear": ("bore", "borne"), "sink": ("sank", "sunk"), "shake": ("shook", "shaken"),
    "slay": ("slew", "slain"), "bind": ("bound", "bound"), "hang": ("hung", "hung"), "lay": ("laid", "laid"),
    "light": ("lit", "lit"), "wake": ("woke", "woken"), "arise": ("arose", "arisen"), "bid": ("bid", "bid"),
    "rebuild": ("rebuilt", "rebuilt"), "foresee": ("foresaw", "foreseen"), "outline": ("outlined", "outlined"),
    "teach": ("taught", "taught"), "forget": ("forgot", "forgotten"), "forgive": ("forgave", "forgiven"),
    "mislead": ("misled", "misled"), "uphold": ("upheld", "upheld"), "withhold": ("withheld", "withheld"),
    "shed": ("shed", "shed"), "quit": ("quit", "quit"), "burst": ("burst", "burst"), "cast": ("cast", "cast"),
    "broadcast": ("broadcast", "broadcast"), "forecast": ("forecast", "forecast"), "sweep": ("swept", "swept"),
    "flee": ("fled", "fled"), "feed": ("fed", "fed"), "bleed": ("bled", "bled"), "dig": ("dug", "dug"),
    "stick": ("stuck", "stuck"), "strive": ("strove", "striven"), "tear": ("tore", "torn"),
    "ride": ("rode", "ridden"), "rid": ("rid", "rid"), "spin": ("spun", "spun"), "shine": ("shone", "shone"),
    "sling": ("slung", "slung"), "bring back": ("brought back", "brought back"),
}
#: Verbs whose final consonant doubles before -ed and -ing.
DOUBLING = frozenset(
    "plan stop drop airdrop ship hit shop ban bar commit admit control patrol repel compel propel expel regret rebut "
    "strip skip tap step grab scrap spot trap slam jam rob chop clap drag drum grip hug nod pin plot prod "
    "rub shred shun sob stab star stir swap tip trim wrap zap occur refer prefer transfer confer deter "
    "incur permit submit omit emit transmit equip format kidnap worship level travel signal label total "
    "cancel fuel model channel pummel shovel shell initial".split()
)
_ONE_SYLLABLE_CVC = re.compile(r"[^aeiouy]*[aeiou][bdgklmnprt]")
# (a British doubling for "level", "travel", "signal", "label", "total", "cancel", "fuel", "model", "initial":
# both spellings are read, see verb_forms)

#: Common verbs of news text that are no trigger of any frame: the chunker needs them to end a
#: noun group ("The strike comes as ...") and to find the verb of a clause.
COMMON_VERBS = frozenset(
    """
    accept accuse achieve act add address admit adopt affect agree aim allow announce answer appear apply
    approve argue arrange arrest arrive ask assess assist assume assure attempt attend avoid ban be bear border
    become begin believe belong blame block boost break bring build burn buy call campaign care carry cause
    celebrate change charge check cite claim close collapse come comment commit compare complain complete
    concede condemn confirm consider contact contain continue contribute convince cooperate cost count cover
    create criticise criticize cut damage deal debate decide declare decline defend deliver demand deny depend
    deploy describe design destroy detain determine develop die disagree discover discuss dismiss display
    disrupt do doubt draw drive drop earn ease echo elect emerge emphasise emphasize employ enable encourage end
    endorse enjoy ensure enter escalate escape establish estimate evacuate examine exist expand expect explain
    express extend face fail fall fear feel fight file fill find finish flee fly focus follow force forget form
    free gain gather get give go govern grant grow guarantee handle happen hear help hide hint hold hope host
    identify ignore impose improve include increase indicate inform insist intend intensify introduce investigate
    invite involve issue join judge jump justify keep kill know lack land last launch lead learn leave let lie
    lift like limit link list listen live look lose maintain make manage mark matter mean meet mention miss
    mobilise mobilize monitor mourn move need negotiate note notice object observe obtain occupy occur offer
    open operate oppose order organise organize outline owe own participate pass pay perform permit persuade
    pick place plan play plead pledge point possess post praise pray predict prefer prepare present preserve
    press prevent produce promise promote propose protect protest prove provide publish pull punish pursue push put
    question raise reach react read realise realize receive recognise recognize recall recover reduce refer
    reflect refuse regain reject relate release rely remain remember remind remove repeat replace reply report
    represent request require rescue resign resist resolve respond rest restore result resume retain return
    reveal review rise risk rule run save say see seek seem seize sell send serve set settle share show sign
    signal slow speak spend spread stand start state stay step stop strengthen stress struggle study submit
    succeed suffer suggest supply support suppose survive suspend sustain take talk target tell tend test thank
    think threaten throw tie total touch trade train transfer travel treat trigger try turn undermine understand
    unite urge use value visit vote wait walk want warn watch weaken welcome win wish withdraw work worry write
    yield spark ignite shatter flatten raze wreck devastate demolish stall resume collapse soar plunge surge
    tumble climb slump jump rally worsen ease deepen persist loom erupt flare rage linger intensify subside
    amass mass gather rush dispatch station redeploy evacuate shelter hide flee escape board sail
    """.split()
)

#: The tags :func:`verb_forms` gives: ``base``, ``s`` (third person), ``ed`` (past and past
#: participle alike), ``past`` / ``pp`` (when they differ), ``ing``.
FORM_TAGS = ("base", "s", "ed", "past", "pp", "ing")

_VOWELS = set("aeiou")


def _third(v: str) -> str:
    if v.endswith(("s", "x", "z", "ch", "sh", "o")):
        return v + "es"
    if v.endswith("y") and len(v) > 1 and v[-2] not in _VOWELS:
        return v[:-1] + "ies"
    return v + "s"


def _doubles(v: str) -> bool:
    """A final consonant that doubles: the listed verbs, and one-syllable verbs that end in one vowel and one
    consonant ("slap", "jab", "rig": "slapped", "jabbing"; not "fix", "bow", "cool")."""
    return v in DOUBLING or _ONE_SYLLABLE_CVC.fullmatch(v) is not None


def _ed(v: str) -> list[str]:
    if v.endswith("e"):
        return [v + "d"]
    if v.endswith("y") and len(v) > 1 and v[-2] not in _VOWELS:
        return [v[:-1] + "ied"]
    if _doubles(v):
        forms = [v + v[-1] + "ed"]
        if v.endswith("l"):
            forms.append(v + "ed")  # "levelled" and "leveled"
        return forms
    return [v + "ed"]


def _ing(v: str) -> list[str]:
    if v.endswith("ie"):
        return [v[:-2] + "ying"]
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")) and len(v) > 2:
        return [v[:-1] + "ing"]
    if _doubles(v):
        forms = [v + v[-1] + "ing"]
        if v.endswith("l"):
            forms.append(v + "ing")
        return forms
    return [v + "ing"]


def verb_forms(lemma: str) -> dict[str, str]:
    """Every written form of a verb lemma, with its tag (a phrasal lemma inflects its first word)."""
    head, _, rest = lemma.partition(" ")
    tail = " " + rest if rest else ""
    out: dict[str, str] = {head + tail: "base", _third(head) + tail: "s"}
    if head in IRREGULAR:
        past, pp = IRREGULAR[head]
        if past == pp:
            out[past + tail] = "ed"
        else:
            out[past + tail] = "past"
            out[pp + tail] = "pp"
    else:
        for f in _ed(head):
            out[f + tail] = "ed"
    for f in _ing(head):
        out[f + tail] = "ing"
    if head == "be":
        out.update({"is" + tail: "s", "are" + tail: "base", "were" + tail: "past", "being" + tail: "ing"})
    return out


def noun_forms(lemma: str) -> dict[str, str]:
    """Singular and plural of a noun lemma (a multiword lemma inflects its last word)."""
    head, _, last = lemma.rpartition(" ")
    lead = head + " " if head else ""
    if last.endswith(("s", "x", "z", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    if last.endswith(("talks", "negotiations", "sanctions", "consultations", "hostilities", "operations")):
        return {lead + last: "pl"}
    return {lead + last: "sg", lead + plural: "pl"}
