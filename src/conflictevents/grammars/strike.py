"""The strike grammar: slot readers over matched strike frames.

All strike frames matched in one clause make one strike (a launch count, an
interception and a toll in one clause are one event). Its slots are read from
the frames' roles and the clause:

* ``actor`` - the agent of an attack or launch ("Russia launched"), the side
  named on the trigger or the munitions ("Israeli strikes", "91 Ukrainian
  drones"), a pronoun inside a claim ("it said it had struck") as the
  speaker's side; never the defender of an interception;
* ``weapons``, ``launched``, ``intercepted`` - weapon mentions with the count
  written before them, summed over the munitions of launch frames and of
  interception frames ("shot down 41 of the 70 drones": 41 of 70);
* ``killed``, ``injured`` - the counts of the clause's casualty phrases
  (:data:`TOLL_SHAPES`);
* ``locations`` - places in the target roles, else places after a locative
  preposition, the sentence's opening "In X,", or an anaphor ("the city");
* ``targets`` and ``date``.

What counts as force is decided by :data:`GUARDS` (named, with examples) and
by the military evidence of the clause: a weapon, an armed side as agent, a
toll, or a story of strikes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex
from attrs import frozen

from .. import compiled
from ..frames.matcher import FrameMatch
from ..lexicons import Lexicons
from ..mentions.scan import WordGate, fold, grams, required_prefixes
from ..mentions.types import Kind, Mention
from ..mentions.words import DISTANCE_UNITS, FORCE_NOUNS
from ..models import GeoPrecision, Place, Quantity
from ..phrases.chunks import Chunk
from ..phrases.relations import OUTWARD_PRONOUNS, VAGUE_PARTS, refers_back, refers_out
from ..phrases.words import DIRECTIONS
from .anaphors import anaphor_place
from ..story import StrikeNote
from .base import Draft, Reading, Sides, dates_between, inside_any, mentions_of

__all__ = ["StrikeGrammar", "GUARDS", "Guard", "TOLL_SHAPES"]


@frozen
class Guard:
    """A named reason to drop a trigger: a pattern over the words around it, with its own examples."""

    id: str
    pattern: str
    examples: tuple[str, ...]  # sentences the guard must stop
    counterexamples: tuple[str, ...] = ()  # sentences it must let through

    def compiled(self) -> Any:
        return compiled.compile(self.pattern, regex.IGNORECASE)


#: What makes a strike word no strike. Each is tried on the clause around a trigger.
GUARDS: tuple[Guard, ...] = (
    Guard("strike.guard.space-launch", r"\b(?:satellites?(?![ -](?:images?|imagery|photos?|photographs?|pictures?|"
          r"footage|data|analysis|phones?|dish(?:es)?|tv|television|channels?|internet|navigation|communications?))|"
          r"spacecraft|space[ ]station|orbit(?:al)?|lunar|moon|mars|"
          r"astronauts?|cosmonauts?|space[ ](?:agency|programme|program|flight|launch)|payload|probe|telescope|"
          # launch providers, spaceports and launch vehicles: "Rocket Lab launched its Electron rocket from Mahia"
          r"spacex|rocket[ ]lab|blue[ ]origin|arianespace|roscosmos|isro|jaxa|nasa|united[ ]launch[ ]alliance|"
          r"launch[ ](?:pad|complex|window)|lift-?off|lifted[ ]off|spaceports?|cape[ ]canaveral|vandenberg|"
          r"baikonur|kourou|sriharikota|starbase|falcon[ ](?:9|heavy)|starship|new[ ]glenn|long[ ]march[ ]\d|"
          r"(?:electron|ariane[ ]?\d?|soyuz|vega|atlas[ ]v|vulcan|antares|h3|pslv|gslv|lvm3|neutron)[ ]rockets?)\b",
          ("China launched a rocket carrying an experimental satellite.",
           "Rocket Lab launched its Electron rocket from New Zealand's Mahia Peninsula on Friday.",
           "The company launched its New Glenn rocket from Cape Canaveral on Thursday night."),
          ("Russia launched a rocket attack on Odesa.",
           "Citing satellite imagery, the army said its drones had hit a radar station near Belgorod.")),
    Guard("strike.guard.labour", r"\b(?:on[ ]strike|general[ ]strike|hunger[ ]strike|strikers?|walkouts?|picket|"
          r"unions?|pay[ ]dispute|wages?|(?:indefinite|wildcat|sit-down)[ ]strikes?|"
          # what a strike is held over: "staged a strike over safety", "a strike for better pay"
          r"strikes?[ ](?:over|for|against)[ ](?:unpaid|pay|better|higher|low|salar(?:y|ies)|safety|pensions?|"
          r"working[ ]conditions|conditions|arrears|allowances|bonuses|job[ ]cuts|layoffs))\b",
          ("Rail workers went on strike over pay on Monday.",
           "Gold miners staged a strike over safety after a pit collapse killed seven workers."),
          ("Israeli strikes on Gaza killed 12 people.",)),
    Guard("strike.guard.labour-subject", r"\b(?:workers|staff|employees|doctors|nurses|teachers|drivers|pilots|"
          r"dockers|miners|unions?|farmers|lawyers|students)[ ](?:strike|strikes|struck|striking|to[ ]strike|"
          r"will[ ]strike|are[ ]striking)\b",
          ("Rail workers strike across France over pensions.", "Junior doctors will strike next week."),
          ("Aid workers were killed in a strike on their convoy.",)),
    Guard("strike.guard.crowd-control", r"\b(?:police|riot|protesters?|demonstrators?|crowds?|rioters)\b[^.;]{0,80}?"
          r"\b(?:tear[ ]gas|rubber[ ]bullets|water[ ]cannons?|stun[ ]grenades|pepper[ ]spray)\b|"
          r"\b(?:tear[ ]gas|rubber[ ]bullets|water[ ]cannons?|stun[ ]grenades)\b[^.;]{0,40}?"
          r"\b(?:at|on|to[ ]disperse)[ ](?:the[ ])?(?:protesters|demonstrators|crowds?|rioters)\b",
          ("Police fired tear gas and rubber bullets at protesters in the capital.",),
          ("Russian forces used grenades loaded with tear gas against Ukrainian positions.",)),
    Guard("strike.guard.sport-play", r"\b(?:top[ ]corner|bottom[ ]corner|far[ ]post|near[ ]post|crossbar|"
          r"back[ ]of[ ]the[ ]net|free[ -]kick|penalty[ ]spot|stoppage[ ]time|own[ ]goal|(?:beat|beating|defeated|"
          r"drew[ ]with|lost[ ]to)[ ]\p{Lu}\p{L}+[ ]\d{1,2}-\d{1,2}|"
          # a weapon as a figure for a shot: "a missile of a shot", "a rocket of a header", "from 30 yards"
          r"(?:missile|rocket|bullet|thunderbolt|bomb|cannonball)[ ]of[ ]an?[ ](?:shot|strike|header|volley|drive|"
          r"finish|effort|free-kick|serve|throw|kick)|from[ ]\d{1,2}[ ]yards|goalkeeper|keeper|"
          # chess: "shelling his opponent's defences with pawn advances"
          r"chess|grandmasters?|checkmate|middlegame|endgame|pawn[ ](?:advances?|pushes|moves?|storm|structure))\b",
          ("The forward fired a missile into the top corner as the home side beat Rovers 2-0.",
           "Their winger fired a rocket of a volley past the keeper in the 80th minute.",
           "The grandmaster bombarded his rival's king, shelling the position with pawn advances."),
          ("The army fired a missile into a depot near the border.",)),
    Guard("strike.guard.airline", r"\b(?:codeshare|budget[ ]carriers?|flights?[ ](?:to|from|between)|"
          r"(?:new|daily|weekly|direct|non-?stop)[ ](?:routes?|flights?|services?)|"
          # airlines named without "airline": "El Al said it was deploying larger aircraft on its New York route"
          r"el[ ]al|wizz[ ]air|ryanair|easyjet|lufthansa|flydubai|arkia|israir)\b",
          ("El Al said it was deploying larger aircraft on its New York route from June.",
           "The budget carrier will use Airbus A321 aircraft on its new flights to Tel Aviv."),
          ("Israeli aircraft struck a Hezbollah depot near Tyre on Friday.",
           "Russian drones hit a passenger train near Sumy.",
           "An Israeli strike hit Sanaa airport as passengers boarded a Yemenia Airways plane, killing three.")),
    Guard("strike.guard.alert", r"\bair[ -]raid[ ](?:alerts?|sirens?|warnings?|shelters?)\b",
          ("An air raid alert was declared across Ukraine.",),
          ("An air raid on the city killed three people.",)),
    Guard("strike.guard.sport", r"\b(?:match|goal|goals|striker|scored|league|cup|tournament|season|penalty|"
          r"innings|wicket|touchdown|quarterback|coach|referee|championship|final|semi-final|semifinal|fans|"
          r"(?:first|second)[ ]half|half-time|halftime|extra[ ]time|kick-off|goalkeeper|midfield(?:er)?|winger|"
          r"play-?offs?|quarter-?finals?|derby|hat-trick|grand[ ]slam|podium|lap|"
          # cricket's bowlers as a unit: "their pace attack ripped through the top order"
          r"(?:bowling|pace|spin|seam|swing)[ ]attack|"
          # a goal: "late strike sinks Newcastle", "a stoppage-time strike"
          r"(?:late|stoppage-time|injury-time|last-gasp|last-minute|long-range|first-half|second-half|curling|"
          r"left-footed|right-footed|volleyed)[ ]strike|"
          # cricket: "led India's pace attack, striking twice in his opening spell", "ripped through the top order"
          r"wickets|bowl(?:ing|ers?)|batsm[ae]n|batters?|batting|spinners?|pacers?|seamers?|pace[ ]attack|"
          r"(?:top|middle|lower)[ ]order|(?:opening|first|second|new-ball|fiery|hostile)[ ]spell|run[ ]chase|"
          # boxing and the ring: "knocked out his opponent in the ninth round"
          r"boxing|boxers?|heavyweight|middleweight|welterweight|bout|knockout|(?:knocked|knocks|knock)[ ]"
          r"(?:out|down)[ ](?:his|her|their)[ ](?:opponent|challenger|rival)|"
          # clubs named after their cities ("Real Madrid launched a blistering attack"): no city, no side
          r"real[ ](?:madrid|sociedad|betis)|atl[eé]tico[ ]madrid|bayern[ ]munich|inter[ ]milan|ac[ ]milan|"
          r"dynamo[ ](?:kyiv|kiev|moscow)|shakhtar[ ]donetsk|spartak[ ]moscow|cska[ ]moscow|zenit[ ]st|"
          r"manchester[ ](?:united|city)|paris[ ]saint-germain|borussia[ ]dortmund|maccabi[ ]tel[ ]aviv|"
          r"hapoel|galatasaray|fenerbah[cç]e|besiktas|be[sş]ikta[sş])\b",
          ("The striker hit the post twice in the cup final.", "Their attack overwhelmed the visitors in the second half.",
           "Brazil's champion knocked out his challenger in the third round in Tokyo.",
           "Real Madrid launched a blistering attack that left Barcelona defenceless.",
           "Pakistan's pace attack destroyed the England top order in Multan.",
           "Stoppage-time strike sinks Leeds",
           "Shami led India's attack, striking three times in his opening spell."),
          ("A missile hit a stadium in Kharkiv.",)),
    Guard("strike.guard.figurative", r"\b(?:heart[ ]attack|panic[ ]attacks?|cyber[ -]?attacks?|ransomware|hackers?|"
          r"asthma[ ]attack|shark[ ]attack|dog[ ]attack|price[ ]war|trade[ ]war|hit[ ]by[ ](?:sanctions|inflation|"
          r"floods?|storms?|tariffs)|hit[ ]hard|hard[ ]hit|under[ ]fire[ ]for|came[ ]under[ ](?:criticism|pressure|"
          r"scrutiny)|opened[ ]fire[ ]on[ ]protesters|fired[ ](?:from|by)[ ](?:his|her|their|the)[ ]job|"
          r"verbal|rhetorical|political[ ]attack|attacks?[ ]on[ ](?:the[ ])?(?:press|media|judiciary|opposition|"
          r"democracy|reputation|character))\b",
          ("The minister came under criticism for the plan.", "Hackers launched a cyberattack on the bank."),
          ("Russian forces attacked the town of Kupiansk.",)),
    Guard("strike.guard.disease", r"\b(?:virus(?:es)?|outbreaks?|epidemics?|pandemic|measles|cholera|flu|influenza|"
          r"covid(?:-19)?|coronavirus|ebola|dengue|malaria|mpox|diphtheria|tuberculosis|infections?|diseases?)"
          r"[ ](?:has[ ]|have[ ]|had[ ])?(?:struck|strikes|hit|hits|killed|kills|swept|ravaged)\b|"
          r"\b(?:struck|hit|ravaged)[ ]by[ ](?:an?[ ]|the[ ])?(?:virus|outbreak|epidemic|pandemic|measles|cholera|"
          r"flu|influenza|ebola|dengue|disease)\b",
          ("The flu has struck five provinces and killed eleven people, the health ministry said.",
           "Cholera hit two camps and killed 30 people last month."),
          ("A missile struck a hospital treating cholera patients in Sanaa, killing four.",)),
    # a drone or aircraft at farm or civil work: "drones were deployed to spray pesticide"
    Guard("strike.guard.civil-drone", r"\b(?:pesticides?|fungicides?|herbicides?|insecticides?|fertili[sz]ers?|"
          r"crop[ -]spraying|crop[ -]dusting|spray(?:ing)?[ ](?:the[ ])?crops|agricultural[ ]drones?|farm(?:ing)?[ ]"
          r"drones?|(?:drop|dropped|dropping|sow|sowed|sowing|scatter|scattered)[ ]seeds?|seed[ ]balls|"
          r"drone[ ]light[ ]show|parcels?)\b",
          ("Drones were deployed to spray herbicide over the fields near Lyon.",
           "The state sent drones to drop seeds over the burned forest."),
          ("Drones were launched at farms in the Kherson region, killing a tractor driver.",)),
    # an aircraft lost in an accident: "a tourist helicopter crashed near Chamonix, killing three" (the aircraft is a
    # weapon word, so the disaster guard lets its "crashed" through); not when a weapon or a launch is told with it
    # (``StrikeGrammar._build``): "a missile brought down a passenger jet"
    Guard("strike.guard.air-accident", r"\b(?:(?:passenger|cargo|tourist|light|small|private|sightseeing|commuter|"
          r"charter|chartered|medical|ambulance|training|civilian|seaplane)[ ](?:jets?|planes?|aircraft|airliners?|"
          r"helicopters?|choppers?|flights?)|training[ ](?:flight|mission|sortie)|(?:after|on|during)"
          r"[ ](?:take-?off|landing)|while[ ](?:landing|taking[ ]off)|overshot[ ]the[ ]runway|skidded[ ]off|"
          r"emergency[ ]landing|crash[ ]landing|crash-landed|flight[ ]recorders?|black[ ]box(?:es)?|"
          r"(?:engine|mechanical|technical)[ ](?:failure|fault|problems?|trouble)|bird[ ]strike|pilot[ ]error|"
          # an aircraft that came down by itself ("the aircraft came down near the village and set fire to crops"; one
          # that was shot at is let through in ``StrikeGrammar._build``)
          r"(?:jets?|planes?|aircraft|airliners?|helicopters?)[ ](?:came|went)[ ]down)\b",
          ("A tourist helicopter crashed in the Alps near Chamonix, killing three people.",
           "A military helicopter crashed during a training flight in Hokkaido, killing five soldiers."),
          # (an aircraft that was hit, "destroying a cargo plane", is let through in ``StrikeGrammar._build``)
          ("A Russian jet crashed into a block of flats in Belgorod after being hit by Ukrainian fire.",)),
    # wild and farm animals that attack people ("Hippos attacked a fishing boat, killing two fishermen"): the animal
    # as the attacker, or "a crocodile attack", never a tank or an operation named after one ("Leopard tanks")
    Guard("strike.guard.wildlife", r"\b(?:animals?|crocodiles?|hippos?|hippopotamus(?:es)?|elephants?|"
          r"lions?|lioness(?:es)?|leopards?|hyenas?|buffalo(?:es)?|rhinos?|snakes?|pythons?|cobras?|sharks?|bears?|"
          r"wolf|wolves|dogs?|baboons?|gorillas?|chimpanzees?|tigers?|jaguars?|bees)[ ]"
          r"(?:attacks?|attacked|mauled|trampled|gored|bit|killed)\b|"
          r"\b(?:mauled|trampled|gored|bitten)[ ]by[ ](?:an?[ ]|the[ ]|a[ ]herd[ ]of[ ])?(?:wild[ ])?"
          r"(?:animals?|crocodiles?|hippos?|hippopotamus|elephants?|lions?|leopards?|hyenas?|buffalo(?:es)?|"
          r"rhinos?|snakes?|sharks?|bears?|wolves|dogs?|baboons?|tigers?)\b",
          ("Hippos attacked a fishing boat on the lake, killing two fishermen, police said.",
           "A farmer was trampled by an elephant near the park on Sunday, the second death this month."),
          ("Drones attacked a fuel depot near the lake, killing two guards.",
           "Israel struck nuclear sites in Iran in an operation it named Rising Lion, killing 20 commanders.")),
    Guard("strike.guard.disaster", r"\b(?:earthquake|flood(?:s|ing)?|storm|hurricane|cyclone|"
          # the storms that are also warplanes: "RAF Typhoon jets", "Tornado fighters" are no weather
          r"(?:typhoon|tornado)(?![ ](?:jets?|fighters?|aircraft|warplanes?|"
          r"bombers?|pilots?|squadrons?)|-s\b)|"
          r"wildfire|landslide|avalanche|heavy[ ]rains?|rains|flooded|floodwaters|monsoon|mudslides?|(?:car|road|bus|plane|train|traffic)[ ](?:crash|accident|collision)|"
          r"crash(?:ed)?|accident|stampede|crowd[ ]crush|in[ ](?:a|the)[ ]crush|gas[ ](?:leak|explosion)|"
          r"(?:mine|pit|shaft|building|bridge|dam)[ ]collapse|collapsed|blaze|overdose|"
          r"heatwave|heat[ ]wave|drowned|"
          # what a storm fells: "two were killed when a tree fell onto their van"
          r"(?:fallen|falling|uprooted)[ ]trees?|trees?[ ](?:fell|toppled|crashed|came[ ]down)|struck[ ]by[ ]lightning|"
          r"lightning[ ]bolts?|hailstones?|hailstorms?)\b",
          ("Two people were killed in a car crash on the motorway.", "A mine collapsed in Donetsk, killing five.",
           "Typhoon Koinu hit southern Taiwan, killing two people.",
           "Two of the dead were killed when a tree fell onto their van."),
          # the pattern's words a strike explains or a figure of speech uses are let through in
          # ``StrikeGrammar._build`` (``_CONSEQUENCES``, ``_figurative``): "sparked a blaze", "the truce collapsed"
          ("Two people were killed in a drone strike on the motorway.",
           "British Typhoon jets struck a Houthi radar site near Hodeidah.")),
)
#: Subjects of a figurative "collapsed"/"crashed" (``_figurative``): "the talks collapsed" is no disaster.
_FIGURATIVE_SUBJECTS = frozenset({
    "talks", "negotiations", "truce", "ceasefire", "cease-fire", "deal", "agreement", "accord", "pact", "peace",
    "process", "government", "coalition", "regime", "economy", "currency", "rouble", "ruble", "market", "markets",
    "prices", "shares", "stocks", "front", "defences", "defenses", "lines", "resistance", "morale", "army",
})


#: Disaster words that a weapon's hit causes: with a weapon named, "a building collapsed", "sparked a blaze",
#: "the drone crashed into a house" are what the strike did.
_CONSEQUENCES = frozenset({"collapsed", "blaze", "crashed", "crash"})


def _figurative(text: str, m: Any) -> bool:
    """True when a disaster word is a figure of speech: "the ceasefire collapsed", "markets crashed"."""
    if m.group().lower() not in ("collapsed", "crashed"):
        return False
    before = text[max(0, m.start() - 60):m.start()].lower().split()[-5:]
    return any(w.strip(",.'\"") in _FIGURATIVE_SUBJECTS for w in before)
#: Each guard, its pattern, and the words one of which starts each of its matches (``None``: always searched).
_GUARD_PATTERNS = [(g, g.compiled(), required_prefixes(g.pattern)) for g in GUARDS]
#: Those words as a :class:`~conflictevents.mentions.scan.WordGate` (the same test, cheaper), guard by guard.
_GUARD_GATES = [WordGate(starts) for _g, _pat, starts in _GUARD_PATTERNS]
#: Guards read on the whole sentence, not the clause: "clashed with police, who fired tear gas".
_SENTENCE_GUARDS = frozenset({"strike.guard.crowd-control", "strike.guard.sport-play"})
#: An attack verb right before an aircraft the air-accident guard names: the aircraft is what was hit.
_AIRCRAFT_HIT = regex.compile(r"\b(?:destroy(?:s|ed|ing)?|hit(?:s|ting)?|struck|strik(?:es|ing)|target(?:s|ed|ing)|"
                              r"damag(?:es|ed|ing)|bomb(?:s|ed|ing)?|downed|shot[ ]down)[ ](?:(?:a|an|the|two|three|"
                              r"several)[ ])?$", regex.IGNORECASE)
_AIRCRAFT_HIT_REACH = 30

#: Words that open the reason for a strike, an event of its own: "in response to the killing of ...".
_REASON_MARKERS = (("in", "response", "to"), ("in", "retaliation", "for"), ("in", "retaliation", "to"),
                   ("in", "revenge", "for"), ("as", "revenge", "for"), ("to", "avenge"), ("in", "reply", "to"),
                   ("a", "retaliation", "for"), ("a", "response", "to"), ("retaliation", "for"))
#: The words without which no reason marker can be there (a cheap test before the search).
_REASON_WORDS = frozenset(w for marker in _REASON_MARKERS for w in marker if w not in ("in", "as", "to", "a", "for"))
#: Possessive determiners that stand for an armed side named before: "Iran ... its weekend attack".
_POSSESSIVE_DETERMINERS = frozenset({"its", "their"})

#: Casualty words and the slot they fill.
#: Frame kinds whose "-ing" participle after a comma continues the strike before it ("..., killing 15",
#: "..., hitting a depot in Odesa", "..., falling near the base"); a launch or an interception is a report of its own.
_JOINING_PARTICIPLES = frozenset({"toll", "attack", "impact", "launch"})
#: Heads of a counted noun group that count attacks, not munitions: "two missile strikes and 43 air strikes"
#: (the munitions are what follows: "using three missiles and dropping 71 bombs").
_ATTACK_COUNT_HEADS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid",
                                 "raids", "sorties", "barrage", "barrages", "salvo", "salvos", "waves"})
_KILLED_WORDS = frozenset({"killed", "kill", "kills", "killing", "dead", "deaths", "death", "fatalities", "died",
                           "die", "dies", "perished", "lives", "slain", "bodies",
                           # the wording of outlets of one side: "30 Palestinians were martyred", "51 martyrs"
                           "martyred", "martyring", "martyrs"})
#: Verbs of a side's own reports that are a killing only when what they count is people: "neutralizing up to 70
#: militants", "eliminated three Hezbollah operatives" (but "neutralized 45 drones" is an interception).
_KILLING_EUPHEMISMS = frozenset({"neutralized", "neutralizing", "neutralised", "neutralising", "eliminated",
                                 "eliminating", "liquidated", "liquidating"})
#: How many tokens after the count such a verb's people noun may stand ("eliminated three Hezbollah operatives").
_EUPHEMISM_REACH = 3
#: Verbs after which "in X" is where a statement was made: "a spokesman said in Jammu".
#: Participles that tell where a weapon comes from, not where it hit ("missiles made in North Korea").
_ORIGIN_PARTICIPLES = frozenset({"made", "produced", "manufactured", "built", "supplied", "provided", "developed",
                                 "designed", "assembled", "delivered", "donated"})
#: Word pairs before a country that give a vessel's registry, not where it was hit: "a tanker flying the flag of
#: Panama", "a bulk carrier registered in Liberia".
_REGISTRY = frozenset({("flag", "of"), ("flags", "of"), ("registered", "in"), ("flagged", "in"), ("flagged", "to"),
                       ("registry", "of")})
_SPEAKING_VERBS = frozenset({"said", "says", "told", "added", "announced", "stated", "reported", "speaking",
                             "wrote", "declared"})
#: Participles of "<munitions> launched from <territory>": the territory tells whose launch it was
#: (:meth:`StrikeGrammar._launch_origin`).
_LAUNCHED_FROM = frozenset({"launched", "fired"})
#: Participles of "with N intercepted": the count downed of what was launched.
_WITH_DOWNED = frozenset({"intercepted", "downed", "destroyed", "neutralised", "neutralized"})
#: Subjects of a clause after a launch that down the whole of it ("..., and it was intercepted", "both were shot
#: down", "all of them were destroyed"), with the count each fits (``None``: any); see ``_all_downed``.
_WHOLE_DOWNED: dict[str, int | None] = {"it": 1, "both": 2, "all": None, "they": None}
#: Words before such a subject that open its clause.
_WHOLE_DOWNED_OPENERS = frozenset({"and", "but", ",", ";", "that"})
#: Air arms whose attacks are air strikes ("The Israeli Air Force struck Hezbollah targets"); two-word keys.
_AIR_ARMS = frozenset({"air force", "air forces", "aerospace forces", "air arm"})
#: Air arms named by their initials: "the IAF struck", "the RAF carried out strikes".
_AIR_ARM_NAMES = frozenset({"iaf", "raf", "usaf"})
#: What a strike leaves that hurts people: "lightly hurt by shrapnel", "injured by falling debris" (a toll with
#: these words is a strike's, with no attack word said).
_STRIKE_REMAINS = frozenset({"shrapnel", "debris", "fragments", "interceptor", "interceptors", "warhead"})
#: Verbs of a killing told with its result: "shot dead", "stabbed dead".
_KILLED_AS = frozenset({"shot", "shooting", "stabbed", "beaten", "hacked", "gunned"})
#: Two words that say a count died, in the idiom of South Asian outlets: "Three soldiers embraced martyrdom",
#: "two soldiers embraced shahadat".
_DIED_AS = frozenset({("embraced", "martyrdom"), ("embraced", "shahadat"), ("embraced", "shahadah")})
_INJURED_WORDS = frozenset({"wounded", "wound", "wounds", "wounding", "injured", "injure", "injures", "injuring",
                            "injuries", "hurt", "hurting", "casualties", "maimed"})
#: Words that open an aside on who the victims were, between a toll's count and its verb: "Eight people,
#: including two children, were killed", "12 people, most of them women, died", "five soldiers, among them an
#: officer, were wounded".
_TOLL_ASIDES = frozenset({"mostly", "mainly", "many", "most", "all", "among", "including", "some", "half",
                          "both", "several", "nearly", "almost", "largely", "predominantly", "chiefly"})
#: Prepositions that say whose the victims were, between a toll's count and its verb: "Two paramedics from the
#: Islamic Health Committee were killed", "Five members of one family died"; the tags such a phrase holds, and
#: its most tokens.
_VICTIM_OF = frozenset({"of", "from"})
_VICTIM_OF_TAGS = frozenset({"N", "DET", "ADJ", "ADV"})
_VICTIM_OF_LENGTH = 6
#: What the victims were doing or where they were, between a toll's count and its passive verb: "Five men queueing
#: at a bakery were killed", "Two workers who were repairing the line were killed", "Six farmers near Kupiansk
#: were wounded". Opened by an -ing participle or by these relative words and prepositions, at most this many
#: tokens long, ended by the auxiliaries before the verb of killing.
_VICTIM_CLAUSE_OPENERS = frozenset({"who", "that", "in", "near", "at", "on", "outside", "inside"})
_VICTIM_CLAUSE_LENGTH = 10
_VICTIM_CLAUSE_AUX = frozenset({"were", "was", "been", "reportedly", "also", "later", "seriously", "critically",
                                "lightly", "fatally"})
_VICTIM_CLAUSE_STOPS = frozenset({",", ";", ":", "and", "but", "\u2014", "\u2013", "--"})
#: Participles that open a strike's toll after a comma without a verb of killing: "..., leaving 18 dead",
#: "..., resulting in 18 fatalities", "..., bringing the death toll to 22", "..., raising the toll to 40".
#: Words of a tally's count besides the number: "12 people killed", "two others wounded", "five civilians dead".
_TALLY_COUNT_WORDS = frozenset({"people", "others", "other", "civilians", "persons", "soldiers", "children",
                                "women", "dead", "killed", "injured", "wounded", "more"})
_TOLL_TAIL_VERBS = frozenset({"leave", "result", "bring", "raise", "push", "take", "cause"})
#: How far before "to N" a toll's noun may stand ("the death toll from an Israeli strike on a school in
#: Nuseirat on Tuesday has risen to 33"), and the nouns of a total that a word of killing follows ("the total
#: killed", "the number of dead").
_TOLL_REACH = 20
_TOLL_TOTALS = frozenset({"total", "number", "tally"})
#: Words of a toll tail that make it the war's running total, not the strike's toll.
_CUMULATIVE = frozenset({"since", "war", "conflict", "overall", "cumulative", "offensive", "campaign"})
#: Units of a span of time: a number before one counts no victims ("in the past 24 hours had killed 31").
_DURATION_UNITS = frozenset({"hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year",
                             "minutes", "minute", "hrs"})
#: The longest such aside, in tokens (up to its closing comma).
_TOLL_ASIDE_LENGTH = 10
#: Subjects that count no one: "no one was killed", "nobody was hurt", "none of them were injured" (a toll of 0;
#: the "one" of "no one" is never a count of one).
_NOBODY = frozenset({"nobody", "none", "no-one", "noone"})
#: Words that join a clause reporting no toll to the strike's clause ("and", "but", ";").
_TOLL_JOINERS = frozenset({"and", "but", ";"})
#: Participles of the speaker that add such a clause: "..., adding that no injuries were reported".
_TOLL_ADDERS = frozenset({"adding", "saying", "noting"})
#: Nouns of a coordinated clause that reports no toll: "... were intercepted and no injuries were reported".
_NO_TOLL_NOUNS = frozenset({"injuries", "casualties"})
#: The shapes of a toll the reader knows (documentation; the reader is ``StrikeGrammar._tolls``).
TOLL_SHAPES = (
    "N (people) were killed / injured", "killing / wounding N", "N dead / deaths / injured / casualties",
    "N people died", "the death toll rose to N", "left N dead", "no injuries / casualties",
    "N people, including / most of them ..., were killed", "... and no injuries were reported",
)
_TOLL_STEMS = ("kill", "wound", "injur", "hurt", "dead", "death", "fatalit", "casualt", "died", "perish", "toll",
               "lives", "slain", "martyr", "neutrali", "eliminat", "liquidat", "shahad")
_TOLL_CUE = compiled.compile("(?i)" + "|".join(_TOLL_STEMS))


def _toll_cue(text: str) -> bool:
    """``_TOLL_CUE.search(text)``: in ASCII text, where only ASCII letters match the stems in any case, a test
    of the lower-case text (the pattern is tried on other text)."""
    if text.isascii():
        return any(map(text.lower().__contains__, _TOLL_STEMS))
    return _TOLL_CUE.search(text) is not None
_PEOPLE = frozenset({"people", "persons", "person", "civilians", "civilian", "children", "child", "women", "woman",
                     "men", "man", "residents", "soldiers", "soldier", "servicemen", "serviceman", "troops",
                     "palestinians", "ukrainians", "israelis", "russians", "others", "police", "officers", "workers",
                     "rescuers", "fighters", "militants", "passengers", "journalists", "medics", "patients",
                     "members", "family", "teenagers", "boys", "girls", "infants", "babies", "pupils", "students",
                     "villagers", "worshippers", "staff", "farmers", "fishermen", "shepherds", "volunteers", "nurses", "policemen", "firefighters", "paramedics", "doctors",
                     "individuals", "adults", "minors", "elderly", "pensioners", "teenager", "boy", "girl",
                     # the wording of a side's own reports: "eliminated 20 terrorists", "three Hezbollah operatives"
                     "terrorists", "operatives", "gunmen", "insurgents", "militiamen", "commanders",
                     # the people named with a first victim: "killed a man and his three sons"
                     "teachers", "guards", "drivers", "sons", "daughters", "brothers", "sisters", "relatives",
                     "grandchildren", "bodyguards", "aides", "companions"})
#: Nouns for one person after "a": "killed a commander", "injured a 12-year-old boy".
_ONE_PERSON = frozenset({"commander", "leader", "official", "member", "fighter", "journalist", "resident", "officer",
                         "policeman", "paramedic", "doctor", "teenager", "boy", "girl", "woman", "man", "child",
                         "civilian", "soldier", "person", "baby", "nurse", "driver", "farmer", "worker",
                         "rider", "pilot", "passenger", "owner", "wife", "husband", "son", "daughter", "mother",
                         "father", "brother", "sister", "guard", "teacher", "student", "photographer",
                         "cameraman", "shepherd", "fisherman", "medic"})
#: Titles before a named victim, who is one person: "killed Hamas military chief Mohammed Deif", "Hezbollah
#: commander Fuad Shukr was killed".
_NAMED_VICTIM_TITLES = frozenset({"leader", "chief", "commander", "head", "official", "spokesman", "spokesperson",
                                  "founder", "deputy", "general", "cleric", "operative", "militant", "mastermind"})
#: Verbs whose object, or whose passive subject, is the named victim.
_NAMED_VICTIM_VERBS = frozenset({"killed", "killing", "kills", "kill", "assassinated", "assassinating", "slain"})
#: Words of a passive between a named victim and its verb: "was killed", "had been assassinated".
_NAMED_VICTIM_AUX = frozenset({"was", "has", "had", "been", "reportedly", "also"})
#: Particles that may start a word of an Arabic name: "Saleh al-Arouri", "Abu Obeida".
_NAME_PARTICLES = ("al-", "el-", "bin", "ibn", "abu", "abd")
#: How many words may stand between a killing verb and the title of its named victim ("killed Hamas military chief").
_NAMED_TITLE_REACH = 4
#: How far a single victim's head may stand from its article ("a 12-year-old boy", "a senior Hezbollah commander").
_ONE_VICTIM_LENGTH = 3
#: One victim that is several people: "killed a family of five".
_GROUP_OF = frozenset({"family", "household"})
#: What may stand between a reporting verb and its "that": whom and where it was told ("told reporters in Kyiv").
_ATTRIBUTION_PHRASE_KINDS = frozenset({"NG", "PREP", "DATE", "ADV"})
#: Determiners of one victim named by what they were: "killing its rider", "killing the driver".
_DEFINITE_VICTIM = frozenset({"the", "its", "his", "her", "their"})
#: "injured a third", "wounding a fourth": one more person after those counted.
_NEXT_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth"})
#: How many words may stand between a count and the people it counts ("20 Palestinian civilians").
_LISTED_PEOPLE_LENGTH = 2
#: Verbs of killing right before a list of victims: "killed 20 children and two teachers".
_ACTIVE_TOLL_BEFORE = frozenset({"killed", "killing", "kills", "wounded", "wounding", "injured", "injuring"})
#: Verbs that make the people after "and" a clause's subject ("killed a man and two children were hurt").
_CLAUSE_VERBS = frozenset({"were", "was", "are", "is", "have", "had", "died", "suffered", "remain", "remained"})
#: Words between "and" and the count of the people named with one victim ("a woman and her two children").
_VICTIM_DETERMINERS = frozenset({"her", "his", "their", "its"})
#: Aircraft downed are a strike by the side that downed them, with no interception count.
_AIRCRAFT = frozenset({"jet", "jets", "plane", "planes", "aircraft", "helicopter", "helicopters", "warplane",
                       "warplanes", "bomber", "bombers", "fighter", "fighters", "su-34", "su-25", "su-35",
                       "su-24", "mig-29", "mi-8", "ka-52", "f-16", "f-16s", "f-35", "a-50", "tu-22m3", "be-12",
                       "mi-17", "mi-24", "mi-28", "mi-35", "su-30", "su-27", "mig-31", "jf-17", "j-10", "rafale",
                       "rafales", "mirage", "gunship", "gunships", "chopper", "choppers", "f-35s", "f-15", "f-15s",
                       "f-15e", "f-18", "f-18s", "f-22", "f-22s", "a-10", "a-10s", "b-2", "b-2s", "b-52", "b-52s",
                       "b-1b", "typhoons", "eurofighter", "eurofighters", "gripen", "gripens", "fighter-bomber",
                       "fighter-bombers", "su-34s", "su-25s", "mig-29s", "jf-17s", "j-10s", "j-10c", "su-30mki"})
#: Words of a place's state between a preposition and its name: "in occupied Crimea", "in besieged El Fasher".
_PLACE_STATES = frozenset({"occupied", "besieged", "embattled", "annexed", "frontline", "front-line", "recaptured",
                           "liberated", "beleaguered", "encircled", "devastated", "war-torn", "rebel-held"})
#: Punctuation before a participle that tells more of the strike before it: "..., killing 15", "... — killing 15".
_PARTICIPLE_JOINERS = frozenset({",", "\u2014", "\u2013", "--"})
#: Prepositions that aim a launch at a target ("sent drones at Kyiv"), not a destination ("to a base in X").
_AIMED_AT = ("at", "on", "against", "toward", "towards", "into", "over")
#: Words after the "of" of a partitive count of victims: "11 of the dead", "two of them", "three of its commanders".
_PARTITIVE_DETERMINERS = frozenset({"the", "them", "those", "its", "their", "his", "her", "our"})
#: Drones that are aircraft, not munitions: a reconnaissance or armed drone of a named model, shot down, is a downed
#: aircraft ("shot down a US MQ-9 Reaper drone", "downed an Israeli Hermes 450 drone"): the side that downed it
#: struck, and no interception is counted (CONVENTIONS, "Downed aircraft"). Not the one-way attack drones
#: ("Shahed", "Geran") that air defences count.
#: (Small reconnaissance drones, "Orlan", "Zala", are counted in air force tallies with the attack drones: not here.)
_AIRCRAFT_DRONE_WORDS = frozenset({"reaper", "mq-9", "mq-9a", "mq-9b", "mq-1", "mq-1c", "predator", "hermes", "heron",
                                   "rq-4", "tb2", "bayraktar", "akinci", "loong", "ch-4", "ch-5", "scaneagle"})
_DRONE_HEADS = frozenset({"drone", "drones", "uav", "uavs"})
#: Heads of a noun group that name guns and launchers, not the munitions they fire: what "destroyed" or "knocked out"
#: has as its object there is a target hit on the ground ("destroyed Armenian artillery near Shusha", "knocked out
#: two howitzers"), never an interception (nor the weapon of the strike).
_GUN_SYSTEM_HEADS = frozenset({"artillery", "howitzer", "howitzers", "cannon", "cannons", "himars", "mlrs",
                               "launcher", "launchers"})
#: Verbs whose object, when it is a gun or launcher (:data:`_GUN_SYSTEM_HEADS`), is what was hit.
_GUN_HITTING_VERBS = frozenset({"destroy", "damage", "hit", "strike", "knock out", "knock", "disable", "eliminate",
                                "neutralise", "neutralize", "target", "wreck", "capture", "seize", "take out"})


def _downed_aircraft(lows: list[str], chunks: list[Chunk]) -> bool:
    """True when what was shot down names an aircraft (:data:`_AIRCRAFT`), or only drones that are aircraft
    (:data:`_AIRCRAFT_DRONE_WORDS`: "a US MQ-9 Reaper drone")."""
    return any(lows[c.head] in _AIRCRAFT for c in chunks) or (bool(chunks) and all(
        lows[c.head] in _DRONE_HEADS and set(lows[c.i:c.head]) & _AIRCRAFT_DRONE_WORDS for c in chunks))


#: Ships sent somewhere with aircraft or forces ("sending destroyers, fighter jets and a carrier to the eastern
#: Mediterranean"): a deployment, no launch.
_WARSHIPS = frozenset({"warship", "warships", "destroyer", "destroyers", "frigate", "frigates", "carrier", "carriers",
                       "submarine", "submarines", "ship", "ships", "vessel", "vessels", "corvette", "corvettes",
                       "cruiser", "cruisers", "gunboat", "gunboats"})
#: Formations of aircraft or ships ("a squadron of F-16 jets", "a flotilla of gunboats").
_FORMATIONS = frozenset({"squadron", "squadrons", "flotilla", "flotillas", "fleet", "fleets", "battlegroup",
                         "battlegroups", "group", "groups", "wing", "wings"})
#: Launch verbs that also post forces somewhere: "sent bombers to Diego Garcia" is no launch.
_POSTING_VERBS = frozenset({"send", "sends", "sent", "sending", "deploy", "deploys", "deployed", "deploying"})
#: Of those, the verbs that post anything they name to a destination, not only aircraft: "deployed drones and
#: electronic warfare units to Belarus", "has begun deploying air defence systems and drones to an air base" (a
#: deployment), unless aimed at a target ("deployed 40 drones against Kharkiv"); "deploying chemical weapons in
#: Ukraine" (no "to") is their use.
_STATIONING_VERBS = frozenset({"deploy", "deploys", "deployed", "deploying"})
#: Where a stationing verb posts what it names ("deployed artillery along the border", "near the frontier"), with
#: "to" (a destination, not a target).
_POSTED_AT = ("to", "along", "near")
#: Forces posted with the weapons ("deployed troops and artillery along the border"): a deployment, no launch.
_POSTED_FORCES = frozenset({"troops", "soldiers", "forces", "personnel", "servicemen", "units", "tanks", "battalions",
                            "brigades", "reinforcements", "marines", "paratroopers", "commandos"})
#: What "send" posts to a destination without launching it: aircraft, ships, their formations, forces.
_POSTED_ASSETS = _AIRCRAFT | _WARSHIPS | _FORMATIONS | _POSTED_FORCES
#: Ships and heavy weapons that a posting verb sends somewhere with their crews or to an ally, as aircraft are
#: ("sends warships, jets to the Eastern Mediterranean", "sent tanks and howitzers to Ukraine"): no launch.
_SENT_PLATFORMS = frozenset({"warship", "warships", "ship", "ships", "destroyer", "destroyers", "frigate", "frigates",
                             "carrier", "carriers", "submarine", "submarines", "cruiser", "cruisers", "tank", "tanks",
                             "howitzer", "howitzers", "vehicles", "launchers", "batteries", "systems"})
_LOCATIVE = frozenset({"in", "on", "at", "across", "into", "over", "inside", "throughout", "near", "around", "of",
                       "against", "outside", "toward", "towards", "along", "off", "beyond", "behind"})
#: Words for a state's territory after its adjective: "over Russian territory", "in Israeli airspace".
#: Words after which a fronted "in <Country>," opens a clause of a roundup.
_FRAMING_OPENERS = frozenset({":", ";", ",", "--", "\u2013", "\u2014", "meanwhile", "elsewhere", "and", "also",
                              "separately", "later", "earlier"})
#: Prepositions right after a bare count that place a share of a larger count: "eight in the Moscow region".
_SHARE_LOCATIVES = frozenset({"in", "over", "near", "on", "across", "around", "above"})
_TERRITORY_NOUNS = frozenset({"territory", "airspace", "soil", "waters", "land", "lands", "skies"})
_NOT_HIT = frozenset({"from", "towards", "toward", "bordering", "border", "fled", "fleeing", "flee"})
#: Verbs of sending munitions after which "toward(s) X" is the place attacked ("rockets were fired toward Metula").
_FIRED_TOWARD = frozenset({"fired", "launched", "fire", "launch", "firing", "launching", "lobbed", "sent"})
_ANAPHORS = {"country": "country", "region": "region", "city": "city", "oblast": "region", "capital": "capital",
             "province": "region", "town": "city"}
_ARMED_KINDS = frozenset({"state", "armed_group"})
#: Heads that a weapon word only modifies: "drone parts", "missile production", "drone footage".
_NOT_WEAPON_HEADS = frozenset({
    "parts", "part", "factory", "factories", "plant", "plants", "production", "producer", "producers", "maker",
    "makers", "manufacturer", "manufacturers", "industry", "industries", "programme", "program", "programmes",
    "programs", "delivery", "deliveries", "service", "services", "company", "companies", "firm", "startup",
    "footage", "video", "videos", "images", "image", "photos", "photo", "sales", "exports", "imports",
    "components", "component", "technology", "technologies", "sector", "supply", "supplies", "pilots", "pilot",
    "operators", "racing", "show", "shows", "exhibition", "market", "contract", "contracts", "deal", "deals",
    "stockpile", "stockpiles", "stocks", "shortage", "shortages", "defence", "defences", "defense", "defenses",
    "systems", "system", "battery", "batteries", "interceptors", "launcher", "launchers", "alert", "alerts", "siren", "sirens", "threat", "threats", "test", "tests", "design", "designer",
    "team", "teams", "unit", "units", "crews", "crew", "carrier", "carriers", "site", "sites", "base", "bases",
    # warships named by their arms: "a missile boat", "a missile cruiser"
    "boat", "boats", "ship", "ships", "cruiser", "cruisers", "corvette", "corvettes", "frigate", "frigates",
    "destroyer", "destroyers",
})
#: Places where weapons are kept, made or launched from, hit as targets: "a drone storage facility", "a missile
#: depot". The weapon word names the target, not the strike's weapon, but tells the target is a military one.
_WEAPON_SITE_HEADS = frozenset({
    "facility", "facilities", "depot", "depots", "warehouse", "warehouses", "storage", "workshop", "workshops",
    "hangar", "hangars", "arsenal", "arsenals", "cache", "caches", "dump", "dumps", "infrastructure",
    "launchpad", "launchpads", "bunker", "bunkers", "stores", "factory", "factories", "plant", "plants", "site",
    "sites", "base", "bases", "launcher", "launchers", "production",
})
_NOT_WEAPON_HEADS = _NOT_WEAPON_HEADS | _WEAPON_SITE_HEADS
#: Words of making or keeping right after a weapon word: "a drone manufacturing site", "missile assembly lines".
_WEAPON_WORKS = frozenset({"manufacturing", "production", "storage", "assembly", "making", "manufacture"})
#: Verbs whose object names who is accused of an attack, not its attacker as fact ("blamed on the army").
_BLAME_VERBS = frozenset({"blame", "attribute", "pin"})
#: Nouns of a war or of ground fighting that, as the only "in" phrase of a toll, make it no strike's toll.
_WAR_AS_CAUSE = frozenset({"war", "wars", "conflict", "conflicts", "fighting", "clashes", "battle", "battles",
                           "hostilities", "combat", "insurgency", "uprising", "genocide"})
#: Heads of a fixed target that a state's adjective places in that state ("Russian oil refineries", "Israeli
#: ports"), besides the target lexicon's words; and heads and target kinds that move (no place).
_FIXED_SITE_HEADS = frozenset({
    "refinery", "refineries", "depot", "depots", "facility", "facilities", "infrastructure", "site", "sites",
    "base", "bases", "airbase", "airbases", "port", "ports", "plant", "plants", "terminal", "terminals",
    "airfield", "airfields", "city", "cities", "town", "towns", "village", "villages", "positions", "grid",
    "substation", "substations", "installations", "installation", "warehouse", "warehouses", "airports"})
_MOBILE_HEADS = frozenset({
    "ship", "ships", "warship", "warships", "vessel", "vessels", "tanker", "tankers", "boat", "boats", "frigate",
    "destroyer", "carrier", "submarine", "jet", "jets", "aircraft", "plane", "planes", "helicopter", "helicopters",
    "convoy", "convoys", "troops", "soldiers", "forces", "column", "columns", "tank", "tanks", "vehicle",
    "vehicles", "drone", "drones"})
_MOBILE_TARGET_KINDS = frozenset({"civilian_site"})  # (aid convoys; a church or hotel names its town, not a state)
#: Ceasefire and border lines of the gazetteer: where the places hit lie, no place hit when the sentence names one.
_FRONT_LINES = frozenset({"Line of Control"})
#: Words for a military that rules its country, whose strikes are on its own soil: "junta jets".
_RULING_MILITARY = frozenset({"junta", "junta's", "juntas"})
#: Words for a state's own forces with no state named ("a military airstrike", "the army's drone strike", "army
#: drones"): the state of the places struck, when it fights an armed group at home (see ``_ruling_military``).
_HOME_MILITARY = frozenset({"military", "military's", "army", "army's", "government", "government's",
                            "regime", "regime's"})
#: Unnamed armed men whose attack on a settlement is a use of force (``_settlement_raid``).
_RAIDERS = frozenset({"gang", "gangs", "gunmen", "gunman", "bandits", "assailants", "attackers", "raiders"})
#: Heads that name armed men only with "armed" before them: "armed men", "armed groups".
_ARMED_HEADS = frozenset({"men", "group", "groups", "individuals"})
#: Heads of a settlement attacked as a whole: "the town of Mirebalais", "two villages".
_SETTLEMENT_HEADS = frozenset({"town", "towns", "village", "villages", "city", "commune", "communes", "hamlet",
                               "hamlets", "settlement", "settlements", "neighbourhood", "neighbourhoods",
                               "neighborhood", "neighborhoods", "community", "communities"})
#: The people of a settlement, killed in a raid on it as a whole: "Gunmen kill 12 villagers in Plateau".
_SETTLEMENT_PEOPLE = frozenset({"villagers", "farmers", "herders"})
#: Nouns of a raid on a settlement, with a settlement word before them ("in a Zamfara village raid") or after them
#: ("in a raid on a village").
_RAID_NOUNS = frozenset({"raid", "raids", "attack", "attacks"})
#: Words that open a list of the places a target phrase holds: "hit several cities including Kharkiv".
_LIST_OPENERS = frozenset({"including"})
#: Ways between two places: "on the road between Kfar Roummane and Nabatieh", "the highway between A and B":
#: both ends name where the strike hit, as do "the villages / the area between A and B" (but "fighting between
#: Israel and Hezbollah" names two sides).
_ROUTE_HEADS = frozenset({"road", "highway", "motorway", "route", "stretch", "section", "corridor", "roads",
                          "highways", "routes", "area", "areas", "villages", "towns"})
#: How far back from the "and" of "between A and B" its "between" may stand (the length of the first name).
_BETWEEN_REACH = 6
#: Units of a share, not a count: "60% of the drones were shot down" downs no 60.
_SHARE_UNITS = frozenset({"percent"})
#: Parts with no count: "intercepted most of the 180 missiles" downed an unknown share of 180 launched (the parts
#: that point back, :data:`~conflictevents.phrases.relations.VAGUE_PARTS`, but "part" and not "all", which is the whole).
_VAGUE_PARTS = (VAGUE_PARTS - {"all"}) | {"part"}
#: What "of ..." points back with after a strike: "..., of which 98 drones and five missiles were shot down".
_PARTITIVE_PRONOUNS = frozenset({"which", "them", "those", "these"})
#: Adverbs of habit: "has long targeted", "repeatedly shelled" is no single strike.
_HABITUAL = frozenset({"long", "repeatedly", "often", "regularly", "frequently", "routinely", "usually",
                       "constantly", "persistently", "systematically"})
#: Modifiers that make an attack noun unreal: "future attacks", "possible strikes".
_UNREAL_MODS = frozenset({"future", "possible", "potential", "planned", "hypothetical", "threatened", "feared",
                          "imminent", "pre-emptive", "preemptive", "any", "no",
                          # drills: "a simulated strike on an enemy column", "a mock attack"
                          "simulated", "mock", "practice", "dummy",
                          # a quantifier over attacks is no one attack: "every strike on a substation is a message",
                          # "each missile attack costs Russia millions"
                          "every", "each"})
#: What sanctions target, not weapons: "targeting individuals and entities".
_NOT_TARGETS = frozenset({"individuals", "entities", "companies", "firms", "businesses", "banks", "officials",
                          "oligarchs", "sectors", "exports", "imports", "revenue", "revenues", "voters", "audience",
                          "market", "markets", "organizations", "organisations", "networks", "people", "persons"})
#: Heads of what a force attacks besides named places: "hit North Korean troops", "struck a convoy".
#: What only an armed force is: gunmen who attack these fight a war, not a crime (see ``armed_foe``).
_ARMED_TARGETS = frozenset({"troops", "soldiers", "servicemen", "forces", "positions", "convoy", "convoys", "base",
                            "bases", "post", "posts", "outpost", "outposts", "barracks", "checkpoint", "checkpoints",
                            "garrison", "patrol", "patrols", "peacekeepers"})
_MILITARY_TARGETS = frozenset({
    "troops", "soldiers", "forces", "positions", "position", "convoy", "convoys", "base", "bases", "ships", "ship",
    "vessel", "vessels", "tanker", "tankers", "tanks", "tank", "vehicles", "vehicle", "depot", "depots", "airfield",
    "airfields", "city", "town", "village", "villages", "towns", "cities", "region", "area", "areas", "targets",
    "target", "infrastructure", "facility", "facilities", "headquarters", "command", "post", "posts", "outpost",
    "launchers", "launcher", "systems", "system", "radar", "warship", "warships", "frigate", "submarine", "port",
    "refinery", "refineries", "plant", "bridge", "bridges", "railway", "airport", "barracks", "camp", "camps",
    "militants", "fighters", "units", "unit", "brigade", "battalion", "artillery", "stronghold", "strongholds",
    "hideout", "tunnels", "tunnel", "neighbourhood", "neighborhood", "district", "suburbs", "outskirts",
    "residential", "building", "buildings", "homes", "houses", "hospital", "school", "market", "power",
    # an armed group's people and places, as armies report their strikes: "struck Hezbollah operatives",
    # "targeted a Hamas command centre", "hit terrorists near Kidal"
    "operatives", "operative", "terrorists", "terrorist", "militant", "fighter", "commander", "commanders",
    "cell", "cells", "centre", "center", "compound", "compounds", "site", "sites", "warehouse", "warehouses",
    "arsenal", "stockpile", "stockpiles", "factory", "workshop", "gathering", "hideouts", "jihadists",
})
#: Verb heads of a downing whose bare count may stand for the munitions of the strike the sentence before stated
#: ("118 of them were shot down", "Of those, 90 were intercepted"); not "destroyed" or "eliminated", said of
#: vehicles and people as well.
_DOWNING_HEADS = frozenset({"shot", "shoot", "shoots", "shooting", "downed", "down", "downs", "downing", "intercepted",
                            "intercept", "intercepts", "intercepting", "brought", "bring", "knocked", "taken"})
#: Heads of a side's own forces and military sites among them: the side named with one ("RSF positions",
#: "Houthi targets", "a Hezbollah weapons depot") owns what was hit and is not the strike's attacker.
_SIDE_TARGETS = _MILITARY_TARGETS - frozenset({
    "city", "town", "village", "villages", "towns", "cities", "region", "area", "areas", "neighbourhood",
    "neighborhood", "district", "suburbs", "outskirts", "residential", "building", "buildings", "homes", "houses",
    "hospital", "school", "market", "power", "port", "airport", "bridge", "bridges", "railway", "plant",
    "refinery", "refineries", "infrastructure", "factory", "warehouse", "warehouses", "tanker", "tankers",
    "ship", "ships", "vessel", "vessels",
})
#: Words of a local speaker, who reports from where the strike was ("the mayor of Kherson", "Gaza's civil defence")
_LOCAL_SPEAKERS = ("governor", "mayor", "regional", "region", "city", "local", "administration", "civil defence",
                   "civil defense", "council", "police", "emergency", "rescue", "municipal", "head of", "oblast")
#: Words after a place that make it a part of a city, reported as the city.
_DISTRICT_WORDS = frozenset({"district", "districts", "neighbourhood", "neighbourhoods", "neighborhood",
                             "neighborhoods", "microdistrict", "quarter"})
_NO_FORCE_AGENTS = frozenset({"gunmen", "bandits", "assailants", "attackers", "robbers", "thieves", "criminals",
                              "gang", "gangs", "mob", "rioters", "protesters", "police", "shooter", "gunman",
                              "students", "fans", "hackers",
                              # the lone shooters of crime news ("a 15-year-old boy opened fire at a school"): in a
                              # story of war they count as its gunmen (``_WAR_GUNMEN``)
                              "student", "pupil", "pupils", "boy", "boys", "teenager", "teenagers", "teen", "teens",
                              "man", "woman", "shooter", "shooters", "suspect", "suspects", "youth", "youths"})
#: Heads of a noun group that counts munitions as one body: "a barrage of Russian drones", "a salvo of Iranian
#: missiles", "a swarm of Ukrainian drones" (the side is named in the "of" phrase: :meth:`StrikeGrammar._actor`).
_COLLECTIVE_HEADS = frozenset({"barrage", "barrages", "wave", "waves", "swarm", "swarms", "salvo", "salvos",
                               "volley", "volleys", "hail", "flurry", "stream", "string", "squadron", "fleet"})
#: Heads of what a company launches with "new" before them: "launched a new fleet of A321neo jets", "a new range of
#: drones" (a product, not a salvo; "launched a fleet of drones at Kyiv" has no "new").
_PRODUCT_HEADS = frozenset({"fleet", "fleets", "range", "ranges", "model", "models", "line", "lines", "service",
                            "services", "route", "routes", "version", "versions", "generation", "family"})
#: Who fights a fire, and what they fight: an attack by them, or on it, is firefighting ("firefighters launched an
#: aerial attack", "planes mounted an aerial attack on the blaze"); firefighters attacked are a strike's target
#: ("Russian forces shelled firefighters at the site"). (Not "fire", which "opened fire" holds, nor "crews", which
#: tanks have.)
_FIRE_FIGHTERS = frozenset({"firefighters", "firefighter", "fire-fighters"})
_FIRES = frozenset({"blaze", "blazes", "flames", "wildfire", "wildfires", "bushfire", "bushfires", "inferno"})
#: Forces of nature as the subject of an attack verb ("a tree hit their car", "lightning struck a school in Bihar",
#: "waves pounded the harbour wall"): a calamity, not a strike (a weapon named in the subject keeps it one).
_NATURAL_AGENTS = frozenset({"tree", "trees", "branch", "branches", "wave", "waves", "wind", "winds", "gust", "gusts",
                             "lightning", "hail", "hailstones", "hailstorm", "floodwater", "floodwaters", "flood",
                             "floods", "flooding", "boulder", "boulders", "rockfall", "rocks", "landslide",
                             "landslides", "mudslide", "mudslides", "avalanche", "avalanches", "tornado", "twister",
                             "storm", "storms", "hurricane", "cyclone", "typhoon", "blizzard", "quake", "earthquake",
                             "tremor", "tremors", "aftershock", "aftershocks", "tsunami", "surge", "rain", "rains",
                             "downpour", "downpours", "snow", "heatwave", "drought",
                             # plurals of news tallies ("tornadoes ripped through Oklahoma, killing four"), and heat
                             "tornadoes", "tornados", "twisters", "hurricanes", "cyclones", "typhoons", "blizzards",
                             "earthquakes", "quakes", "tsunamis", "heatwaves", "heat", "lava", "eruption",
                             # a fire as the subject ("the fire destroyed 40 homes and killed two"): the clause names
                             # no weapon (checked where this is read), so no strike set it
                             "fire", "fires", "blaze", "blazes", "flames", "wildfire", "wildfires", "bushfire",
                             "bushfires", "inferno"})
# ("the fire that followed the drone strike killed three" names a weapon: the strike's toll)
#: Words of film, stage and music in a strike verb's phrases: "the film bombed", "the sequel bombed at the box office",
#: "the director shot the battle scenes in Riga" (not "scene", where a double-tap strike hits, "series", of strikes, nor
#: "office", which drones hit).
_SCREEN_WORDS = frozenset({"film", "films", "movie", "movies", "musical", "musicals", "album", "albums", "sequel",
                           "sequels", "prequel", "episode", "episodes", "scenes", "footage", "documentary",
                           "premiere", "trailer", "blockbuster", "sitcom", "finale"})
# (no people: a director or a cameraman killed in a strike is its victim)
#: Law enforcement doing what a clause tells ("police killed 12 suspects in a raid"): no side's attack
#: (:meth:`StrikeGrammar._police_doers`), unless a weapon of war is named.
_POLICE_AGENTS = frozenset({"police", "policemen", "policewomen", "policeman", "cops", "detectives",
                            "officers"})
#: Words that make officers a force's: "army officers", "military police".
_NOT_POLICE = frozenset({"army", "military", "troops", "soldiers", "forces", "border", "security"})
#: Of those, the unnamed armed men of a war story ("Gunmen killed 12 soldiers near Djibo" on a page about a
#: jihadist insurgency): a force there, and no force in crime news (a page with few words only a war uses).
_WAR_GUNMEN = frozenset({"gunmen", "assailants", "attackers", "gunman", "man", "suspect", "suspects", "shooter",
                          "shooters"})
#: Words of a war story's strong conflict vocabulary that make its gunmen a force (see ``doc_strong_cues``).
_WAR_STORY_STRONG_CUES = 3
#: Attacks named by a weapon of crime: "a knife attack", "a stabbing attack", "a shooting attack". With no
#: armed side and no weapon of war, on a page with few words only a war uses, they are crime news.
_CRIME_ATTACKS = frozenset({"knife", "stabbing", "shooting", "machete", "axe", "hammer", "acid", "gun",
                            "handgun", "pistol", "shotgun", "sword", "knifepoint", "gunpoint"})
#: Verbs (as written, by their stem) that are themselves an attack from afar: "bombed", "bombarded".
_STANDOFF_VERB_STEMS = ("bomb",)
#: Irregular forces, named by what they are: "Suspected jihadists killed 20 villagers", "Islamist militants
#: killed 15 soldiers". Their tolls are attacks of the conflict even with no attack word.
#: Heads of a toll's cause that are an explosion (an attack only where the page tells one: ``_attack_blast``).
_BLAST_NOUNS = frozenset({"blast", "blasts", "explosion", "explosions", "bombing", "bombings"})
#: Words before such a head that make it an attack: "a suicide blast", "a bomb explosion".
_ATTACK_BLAST_WORDS = frozenset({"suicide", "bomb", "ied", "roadside", "car", "twin", "coordinated", "terror",
                                 "terrorist", "militant"})
#: Words before it that make it an accident: "a gas explosion", "a boiler blast".
_CIVIL_BLAST_WORDS = frozenset({"gas", "boiler", "cylinder", "industrial", "factory", "chemical", "mine", "mining",
                                "firework", "fireworks", "fuel", "tanker", "pipeline", "transformer", "furnace",
                                "dust", "methane", "refinery", "accidental"})
#: War words on the page (``doc_strong_cues``) that make a bare blast there an attack.
_BLAST_STORY_STRONG_CUES = 1
_IRREGULAR_FORCES = frozenset({"jihadists", "jihadis", "militants", "insurgents", "rebels", "extremists",
                               "islamists", "terrorists", "fighters", "militiamen", "militia", "militias",
                               "paramilitaries"})


#: What an attack on the grid leaves people without ("left 20,000 homes without power"): the outcome of a strike
#: on energy, so an attack noun with a place or target and this outcome is a strike with no attacker named.
_BLACKOUT_GOODS = frozenset({"power", "electricity", "heating", "heat", "water", "gas", "light", "lights"})
#: Words that make such an attack no force's ("cyber attacks on the grid left homes without power").
_NOT_ARMED_ATTACKS = frozenset({"cyber", "cyberattack", "cyberattacks", "cyber-attack", "cyber-attacks", "hackers",
                                "hacking", "ransomware", "hacker"})


#: Participles by which a speaker goes on ("..., the governor said, adding that two people were injured"): a toll
#: told after one belongs to the strike before it.
_SPEECH_PARTICIPLES = frozenset({"adding", "saying"})


#: Verbs whose object is a toll: "killing N", "wounded N", a headline's "kills 12, injures 30", "kills four, wounds
#: nine" (an aside after such a count, "kills 12, including a child, injures 90", tells who, and no verb of its own).
_TOLL_VERBS_BEFORE = frozenset({"killing", "killed", "kills", "kill", "wounding", "wounded", "injuring", "injured",
                                "hurting", "hurt", "maiming", "martyring", "martyred", "injures", "wounds", "hurts",
                                "maims"})


#: Words of aircraft sent up to guard a sky ("Polish jets were scrambled as Russia attacked western Ukraine").
_SCRAMBLED = frozenset({"scrambled", "scramble", "scrambles", "scrambling"})
#: Pronouns that, as the subject of what a speaker says, stand for the speaker ("the air force said it shot down").
_SPEAKER_PRONOUNS = frozenset({"it", "they", "we"})
#: Possessives of a defender that stand for the speaker: "the army said its air defences downed five of them".
_SPEAKER_POSSESSIVES = frozenset({"its", "their", "our"})


def _antecedent_weapon(r: Reading, note: StrikeNote, at: int) -> Mention:
    """The first weapon of a strike an earlier sentence told, as an empty mention at token ``at`` of this one ("85
    of them", "Five of them hit ...": what was launched before)."""
    kind, written = note.weapons[0]
    start = r.chars(at, at + 1)[0]
    return Mention(Kind.WEAPON, at, at, start, start, written, kind, "antecedent")


class StrikeGrammar:
    """Reads one strike per clause with a strike frame."""

    event_type = "strike"

    def __init__(self, lex: Lexicons, sides: Sides) -> None:
        self.lex = lex
        self.sides = sides

    def read(self, r: Reading) -> list[Draft]:
        """The strikes of one sentence."""
        by_clause: dict[tuple[int, int], list[FrameMatch]] = {}
        previous: tuple[int, int] | None = None
        strikes = sorted((m for m in r.matches if m.type == "strike"), key=lambda m: m.head)
        # "Israel struck Hodeidah in response to a Houthi missile attack on Tel Aviv": the reason is a strike of its
        # own, read from its own words, when the sentence's other strike is outside it
        reasons = self._reasons(r) if strikes else []
        if strikes and "after" in r.parse.tokens.lows:
            # "The army bombed Djibo after a JNIM attack on the town killed 50 soldiers": a named side's attack
            # after "after" is the strike it answers, of its own, when the main clause has an attack of its own
            reasons += [(a, b) for a, b in self._prior_attacks(r, strikes) if any(
                x.frame.set.get("kind") == "attack" and not (a <= x.trigger.i < b) for x in strikes)]
        joined_participle = False
        for m in strikes:
            clause = r.clause_of(m.head)
            own = next(((a, b) for a, b in reasons if a <= m.trigger.i < b), None)
            if own is not None and any(not (own[0] <= x.trigger.i < own[1]) for x in strikes):
                by_clause.setdefault(own, []).append(m)
                continue
            t = m.trigger
            if previous is not None and clause != previous and m.frame.set.get("kind") in _JOINING_PARTICIPLES and \
                    t.kind == "VG" and t.tag == "ing" and not t.aux and t.index > 0 and (
                        r.parse.chunks[t.index - 1].lemma in _PARTICIPLE_JOINERS or (
                            # "..., killing one person and injuring four": the second participle too
                            r.parse.chunks[t.index - 1].lemma == "and" and joined_participle)):
                # "..., killing 15 civilians", "..., hitting a power plant in Odesa", "..., falling near the base":
                # the toll, target or impact of the strike before it
                clause = previous
                joined_participle = True
            elif previous is not None and clause != previous and m.pos == "noun" and \
                    self._dashed_aside(r, clause, previous):
                # "A missile struck a hotel in Kramatorsk — the third attack on the city this week —": the
                # same strike told again in an aside (CONVENTIONS: one strike)
                clause = previous
            elif previous is not None and clause != previous and m.frame.set.get("kind") == "intercept" and \
                    m.roles.get("munition") and (all(refers_back(r.parse, c) for c in m.roles["munition"]) or
                                                 self._partitive_relative(r, previous[0], clause)) and any(
                        w.kind is Kind.WEAPON and previous[0] <= w.i < previous[1] for w in r.parse.mentions):
                # "Russia attacked Ukraine with 96 drones overnight; 60 were shot down": the count downed of the
                # weapons of the strike before it
                clause = previous
            elif previous is not None and clause != previous and (self._toll_tail(r, clause[0]) is not None or (
                        m.trigger.i >= previous[1] and self._toll_tail(r, previous[1]) is not None)):
                # "..., resulting in at least 18 fatalities", "..., bringing the total killed in the attack to 22":
                # the toll of the strike before it (and "the attack" there is that strike)
                clause = previous
            elif previous is not None and clause != previous and m.frame.set.get("kind") == "toll" and \
                    _SPEECH_PARTICIPLES & set(r.parse.tokens.lows[previous[1]:m.trigger.i]):
                # "Drones struck the refinery, the governor said, adding that two people were injured": the toll
                # the speaker adds is the strike's
                clause = previous
            elif previous is not None and clause != previous and m.frame.set.get("kind") == "toll" and \
                    clause[0] == previous[1] and r.parse.tokens.lows[clause[0]] == "and":
                # "Russian drones hit Odesa and three people were killed", "... were intercepted and there were no
                # casualties": the toll of the strike in the clause before it
                clause = previous
            elif previous is not None and clause != previous and m.frame.set.get("kind") == "toll" and \
                    0 <= clause[0] - previous[1] and self._zero_toll(r, clause):
                # "Russian missiles struck a depot in Kharkiv; no one was hurt", "..., but there were no
                # casualties", "..., but air defences intercepted them and there were no casualties": a toll of
                # none is the outcome of the strike before it in the sentence, not a strike of its own
                # (CONVENTIONS: one sentence stating the same strike twice is one strike)
                clause = previous
            elif previous is None and m.frame.set.get("kind") == "toll" and t.kind == "VG" and t.tag == "ing" and \
                    not t.aux and t.index > 0 and r.parse.chunks[t.index - 1].lemma in _PARTICIPLE_JOINERS and m.relations.get("agent"):
                # "Israeli forces launched an operation in Jenin on Tuesday, killing 10": the toll of what its
                # subject did, where and when that clause says
                first = r.clause_of(m.relations["agent"][0].head)
                if first[0] < clause[0]:
                    clause = (first[0], clause[1])
            else:
                # "The strike, which hit a tent in Al-Mawasi, killed five people": a verb whose subject is a
                # strike named in an earlier clause tells more of that strike
                for c in m.relations.get("agent", []):
                    own = r.clause_of(c.head)
                    if own != clause and own in by_clause and any(x.pos == "noun" and x.trigger is c
                                                                   for x in by_clause[own]):
                        clause = own
                        break
            by_clause.setdefault(clause, []).append(m)
            previous = clause
        out: list[Draft] = []
        reason_groups = {own for own in reasons if own in by_clause}
        for clause, ms in by_clause.items():
            d = self._build(r, clause, ms, sentence_has_strike=bool(out), reason=clause in reason_groups,
                            reasons=reasons)
            if d is not None:
                out.append(d)
        return out

    def _zero_toll(self, r: Reading, clause: tuple[int, int]) -> bool:
        """True when the casualty counts of ``clause`` are all none ("no one was hurt", "there were no
        casualties") and it names no place of its own (a capital that speaks after it is none)."""
        counts, _ = self._tolls(r, clause[0], clause[1])
        lows = r.parse.tokens.lows
        # (a place that speaks is no place of the toll: "..., and there were no casualties, Doha said")
        places = r.mentions(clause[0], clause[1], Kind.PLACE)
        return bool(counts) and all(q.value == 0 for q in counts.values()) and not any(
            pl.j >= len(lows) or lows[pl.j] not in _SPEAKING_VERBS for pl in places)

    @staticmethod
    def _partitive_relative(r: Reading, start: int, clause: tuple[int, int]) -> bool:
        """True when a part of what was named before ``clause`` (from ``start`` on) opens it or the relative
        clause it continues: "..., of which 98 drones and five missiles were shot down", "40 of them were
        downed"."""
        lows = r.parse.tokens.lows
        return any(lows[k] == "of" and lows[k + 1] in _PARTITIVE_PRONOUNS
                   for k in range(start, min(clause[0] + 3, clause[1] - 1)))

    @staticmethod
    def _dashed_aside(r: Reading, clause: tuple[int, int], previous: tuple[int, int]) -> bool:
        """True when ``clause`` is a noun phrase set off by a dash right after the clause ``previous``, with no
        finite verb of its own (an aside about what that clause told)."""
        a, b = clause
        return 1 <= a - previous[1] <= 1 and r.parse.tokens.lows[a - 1] in _PARTICIPLE_JOINERS - {","} and \
            not any(c.kind == "VG" and c.finite and a <= c.i < b for c in r.parse.chunks)

    # ------------------------------------------------------------------ building
    def _build(self, r: Reading, clause: tuple[int, int], ms: list[FrameMatch],
               sentence_has_strike: bool, reason: bool, reasons: list[tuple[int, int]]) -> Draft | None:
        p = r.parse
        tok = p.tokens
        ci, cj = clause
        if reasons:
            # "In retaliation for the shelling of Donetsk, Russian missiles hit Kharkiv": the reason is
            # another strike; this one is read from the triggers outside it
            outside = [m for m in ms if not any(a <= m.trigger.i < b for a, b in reasons)]
            if outside and len(outside) < len(ms):
                ms = outside
        if not reason:  # (a reason phrase is read within its own words)
            cj = max([cj] + [r.clause_of(m.head)[1] for m in ms])  # a toll clause joined to its strike
        k = p.chunk_of[cj] if cj < len(tok) and not reason else -1
        if 0 < k < len(p.chunks) - 1 and p.chunks[k].kind == "VG" and p.chunks[k].tag == "ing" and \
                tok.lows[p.chunks[k].head] in _KILLED_WORDS | _INJURED_WORDS | _KILLING_EUPHEMISMS and \
                p.chunks[k - 1].lemma in _PARTICIPLE_JOINERS:
            cj = r.clause_of(p.chunks[k].i)[1]  # "..., killing a 12-year-old boy"
        elif not reason and cj < len(tok) and tok.lows[cj] == ":" and self._colon_tally(r, cj):
            cj = len(tok)  # "Israeli strike on Gaza school: 12 killed, 30 injured"
        elif not reason and cj < len(tok) and self._toll_tail(r, cj) is not None:
            tail = r.clause_of(cj)[1]
            if _toll_cue(r.text[r.chars(cj, tail)[0]:r.chars(cj, tail)[1]]):
                cj = tail  # "..., leaving at least 18 dead", "..., bringing the total killed to 22"
        if not reason:
            cj = self._no_injuries_after(r, cj)
        c_start, c_end = r.chars(ci, cj)
        clause_text = r.text[c_start:c_end]
        notes: list[str] = []
        folded = fold(r.text)  # (the words a guard starts with are looked for first: most sentences hold none)
        slices = grams(folded)
        for (g, pat, _starts), gate in zip(_GUARD_PATTERNS, _GUARD_GATES):
            if not gate.holds(folded, slices):
                continue
            # a disaster anywhere in the sentence: "Heavy rains flooded the region, killing five people"
            if g.id == "strike.guard.disaster":
                armed = bool(r.mentions(0, len(tok), Kind.WEAPON))
                hit = any(not _figurative(r.text, x) and not (armed and x.group().lower() in _CONSEQUENCES)
                          for x in pat.finditer(r.text))
            elif g.id in _SENTENCE_GUARDS:
                hit = pat.search(r.text) is not None
            elif g.id == "strike.guard.air-accident":
                # an aircraft that is what was hit is no accident: "bombed the airfield, destroying a cargo plane"
                hit = any(_AIRCRAFT_HIT.search(clause_text, max(0, x.start() - _AIRCRAFT_HIT_REACH), x.start()) is None
                          for x in pat.finditer(clause_text))
            else:
                hit = pat.search(clause_text) is not None
            if hit:
                if g.id == "strike.guard.disaster" and any(
                        m.frame.set.get("kind") in ("launch", "intercept") for m in ms):
                    continue
                if g.id == "strike.guard.sport" and r.mentions(ci, cj, Kind.WEAPON):
                    continue
                if g.id == "strike.guard.air-accident" and (any(
                        m.frame.set.get("kind") in ("launch", "intercept") for m in ms) or any(
                        w.value != "airstrike" for w in r.mentions(0, len(tok), Kind.WEAPON)) or any(
                        m.frame.set.get("kind") == "attack" and any(
                            mm.kind is Kind.ACTOR for c in m.relations.get("agent", []) for mm in c.mentions)
                        for m in ms)):
                    # "a missile hit a passenger plane", "the jet crashed after being hit by Russian air defences":
                    # a strike on it
                    continue
                return None
        # "to target its drone deliveries": a purpose, not a strike
        real = [m for m in ms if not m.neg and m.modal in ("", "real") and not (
            m.trigger.kind == "VG" and not m.trigger.finite and tok.lows[m.trigger.i] == "to" and not (
                m.trigger.index > 0 and p.chunks[m.trigger.index - 1].kind == "VG")) and not (
            m.trigger.kind == "VG" and set(tok.lows[m.trigger.i:m.trigger.head]) & _HABITUAL)]
        if not real:
            return None
        # "used sea drones to strike a tanker off Novorossiysk", "fired missiles to hit Kharkiv": the purpose of a
        # launch names what it was launched at
        real += [m for m in ms if m not in real and not m.neg and m.trigger.kind == "VG" and not m.trigger.finite
                 and tok.lows[m.trigger.i] == "to" and m.frame.set.get("kind") == "attack" and any(
                     x.frame.set.get("kind") == "launch" and x.head < m.head for x in real)]
        ms = real
        # "firefighters launched an aerial attack on the blaze": fighting a fire, no strike; "a falling tree hit
        # their car", "lightning struck a school": a force of nature, no strike
        ms = [m for m in ms if not any(tok.lows[c.head] in _FIRE_FIGHTERS for c in m.relations.get("agent", [])) and
              not any(tok.lows[c.head] in _FIRES for role in ("patient", "on") for c in m.relations.get(role, []))]
        # "launched a new fleet of Airbus jets": a company's product, no salvo
        ms = [m for m in ms if not (m.frame.set.get("kind") == "launch" and any(
            tok.lows[c.head] in _PRODUCT_HEADS and "new" in tok.lows[c.i:c.head]
            for c in m.relations.get("patient", [])))]
        # "the film bombed in its home market", "the director shot the battle scenes outside Riga": the screen
        ms = [m for m in ms if not any(tok.lows[c.head] in _SCREEN_WORDS for cs in m.relations.values() for c in cs)]
        # (not "a wave of Russian drones hit Kyiv", "a surge of rocket fire": a weapon in the clause makes it war's)
        natural = [] if r.mentions(ci, cj, Kind.WEAPON) else [
            m for m in ms if any(tok.lows[c.head] in _NATURAL_AGENTS and not c.mentions and not _of_follows(p, c)
                                 for c in m.relations.get("agent", []))]
        if natural:  # (and the toll is the calamity's: "two people died when a tree hit their car")
            ms = [m for m in ms if m not in natural and m.frame.set.get("kind") != "toll"]
        if not ms:
            return None
        # "destroyed 1,120 Russian soldiers over the past day": battlefield losses, not a strike
        ms = [m for m in ms if not (m.frame.id == "strike.destroy" and m.roles.get("target") and any(
            tok.lows[c.head] in _PEOPLE | {"troops", "forces", "personnel", "servicemen"} for c in m.roles["target"]))]
        if not ms:
            return None
        # "destroyed 30 drones": an interception, not an attack by the defender
        downed = {m.head for m in ms if m.frame.set.get("kind") == "intercept" and self._munitions(r, m)}
        ms = [m for m in ms if not (m.head in downed and m.frame.set.get("kind") == "attack")]
        # "how many drones were launched", "whether the strike hit": a question, not a report
        first = min(m.trigger.i for m in ms)
        if any(tok.lows[t] in ("whether", "if", "unless") or (tok.lows[t] == "how" and t + 1 < len(tok.lows)
                                                               and tok.lows[t + 1] in ("many", "much"))
               for t in range(ci, first)):
            notes.append("strike.guard.question")
            return None
        weapons = [w for w in r.mentions(ci, cj, Kind.WEAPON) if not self._weapon_modifier(r, w)]
        # "India rushes troops, fighter jets to Kashmir after attack": what a deployment sends is no weapon of the
        # attack the sentence also names, unless a strike frame of the clause holds it
        posted = [c for x in r.matches if x.type == "deployment" for c in x.roles.get("unit", [])]
        if posted:
            held = [c for m in ms if tok.lows[m.head] not in _POSTING_VERBS or any(m.relations.get(x) for x in _AIMED_AT)
                    for cs in m.roles.values() for c in cs]  # ("sent drones at ships": a launch after all)
            # (aircraft sent somewhere; not "accused Russia of deploying chemical weapons in Ukraine", a use)
            weapons = [w for w in weapons if not any(c.i <= w.i < c.j for c in posted) or
                       any(c.i <= w.i < c.j for c in held) or not (
                           str(w.value) == "airstrike" or tok.lows[w.j - 1] in _AIRCRAFT)]
        # "Russia launched 40 drones at Kyiv. Five of them hit apartment blocks": the munitions of the strike the
        # sentence before told, with its side
        carried = None if weapons else self._carried_strike(r, ms)
        if carried is not None:
            weapons = [_antecedent_weapon(r, carried, ci)]
        if reasons and not any(a <= m.trigger.i < b for m in ms for a, b in reasons):
            # "struck the port in response to repeated missile and drone launches": the weapons of the reason
            # are another strike's
            weapons = [w for w in weapons if not any(a <= w.i < b for a, b in reasons)]
        kinds = {str(m.frame.set.get("kind")) for m in ms}
        # munitions count only when a weapon is the head of their noun group ("drone parts" is no drone)
        launches = [m for m in ms if m.frame.set.get("kind") == "launch" and self._munitions(r, m)]
        # "sent B-52 bombers to the region", "sent tanks and howitzers to Ukraine": aircraft and platforms sent
        # somewhere, no strike (a deployment or aid) unless sent at a target
        launches = [m for m in launches if not (
            tok.lows[m.head] in _POSTING_VERBS and not any(m.relations.get(x) for x in _AIMED_AT) and (
                (tok.lows[m.head] in _STATIONING_VERBS and (
                    any(m.relations.get(x) for x in _POSTED_AT) or
                    any(tok.lows[c.head] in _POSTED_FORCES for c in m.roles.get("munition", [])))) or (
                    # "sent drones and troops to Poland": forces go with what is sent to a destination
                    m.relations.get("to") and
                    any(tok.lows[c.head] in _POSTED_FORCES for c in m.roles.get("munition", []))) or all(
                    tok.lows[c.head] in _AIRCRAFT or tok.lows[c.head] in _SENT_PLATFORMS or
                    tok.lows[c.head] in _POSTED_ASSETS or
                    not any(mm.kind is Kind.WEAPON for mm in c.mentions) for c in m.roles.get("munition", []))))]
        intercepts = [m for m in ms if m.frame.set.get("kind") == "intercept" and self._munitions(r, m)]
        attacks = [m for m in ms if m.frame.set.get("kind") in ("attack", "impact")]
        # "The first F-16 jets reached Ukraine": aircraft that arrive or land are no munition's impact
        attacks = [m for m in attacks if not (m.frame.set.get("kind") == "impact" and m.roles.get("munition") and all(
            tok.lows[c.head] in _AIRCRAFT for c in m.roles["munition"]))]
        # "fired 12 missiles at Kyiv" is a launch; "fired at Indian positions" (no munition) the attack
        attacks = [m for m in attacks if not (m.frame.id == "strike.fire-at" and any(
            x.trigger.i == m.trigger.i for x in launches))]
        # "future attacks", "possible strikes": not (yet) an attack
        attacks = [m for m in attacks if not (m.pos == "noun" and set(tok.lows[m.trigger.i:m.head]) & _UNREAL_MODS)]
        # "the U.S. targeting individuals and entities": sanctions, not a strike
        attacks = [m for m in attacks if not (m.roles.get("target") and all(
            tok.lows[c.head] in _NOT_TARGETS for c in m.roles["target"]))]
        # "adopted sanctions against Russia, targeting 200 ships of its shadow fleet": what sanctions target
        attacks = [m for m in attacks if not (m.trigger.kind == "VG" and m.trigger.tag == "ing" and not m.trigger.aux
                                              and any(x.frame.set.get("kind") == "sanctions" and x.head < m.head
                                                      for x in r.matches))]
        tolls_m = [m for m in ms if m.frame.set.get("kind") == "toll"]
        if not (launches or intercepts or attacks or tolls_m):
            return None
        tolls, toll_tokens = self._tolls(r, ci, cj) if _toll_cue(clause_text) else ({}, [])
        inner = [(a, b) for a, b in reasons if ci < a < cj] if tolls and not reason else []
        if inner:
            # "Drones struck Babanusa after an RSF shelling attack on its hospital killed four": the reason's toll is
            # the reason's strike's, not this one's
            a, b = inner[0]
            tolls, toll_tokens = self._tolls(r, ci, a)
            after, after_tokens = self._tolls(r, b, cj) if b < cj else ({}, [])
            tolls = {**after, **tolls}
            toll_tokens = toll_tokens + after_tokens
        downing = any(_downed_aircraft(tok.lows, m.roles.get("munition", [])) for m in intercepts)
        actor = self._actor(r, launches + attacks + tolls_m, [] if downing else intercepts)
        if actor is None:
            actor = self._accused(r, ms)
        if actor is None:
            actor = self._launch_origin(r, ci, cj)
        if actor is None:
            # "Shelling from Russian positions damaged homes": the side whose positions the fire came from
            actor = next((found for m in launches + attacks for c in m.roles.get("origin", [])[:1]
                          if (found := self.sides.firing_position(r, c)) is not None), None)
        if carried is not None and carried.actor:
            actor = (carried.actor, carried.actor)  # ("Several of them struck homes, the mayor said": not the mayor's)
        mutual = any(m.frame.set.get("mutual") for m in attacks)
        if mutual:
            actor = None  # "Indian and Pakistani troops exchanged fire": both sides fired, neither is the attacker
        armed = actor is not None and self.lex.actors.kind.get(actor[1]) in _ARMED_KINDS | {"organisation"}
        story_strikes = r.story.latest_strike(3) is not None or sentence_has_strike
        targets = r.mentions(ci, cj, Kind.TARGET)
        if attacks and not (launches or intercepts or weapons) and actor is None and \
                r.story.doc_strong_cues < _WAR_STORY_STRONG_CUES and not r.mentions(ci, cj, Kind.ACTOR) and all(
                m.pos == "noun" and set(tok.lows[m.trigger.i:m.head + 1]) & _CRIME_ATTACKS for m in attacks):
            notes.append("strike.guard.crime")
            return None  # "a knife attack outside a nightclub left two injured", "a shooting in Croydon left two
            # injured": crime news, no side named
        if not (launches or intercepts or weapons) and self._police_doers(r, attacks + tolls_m):
            notes.append("strike.guard.policing")
            return None  # "police killed 12 suspected gang members in a raid": law enforcement, no side's attack
        military = bool(launches or intercepts)
        if not military and attacks:
            agent_words = {tok.lows[c.head] for m in attacks for c in m.relations.get("agent", [])}
            raid = self._settlement_raid(r, attacks + tolls_m)
            if raid:
                notes.append("strike.settlement-raid")
            # (gunmen who attack an army post or kill soldiers fight a war, in any story: "Gunmen attacked an army
            # post in northern Burkina Faso, killing 15 soldiers")
            armed_foe = agent_words <= _WAR_GUNMEN | {"bandits"} and any(
                tok.lows[c.head] in _ARMED_TARGETS for m in attacks + tolls_m
                for c in m.roles.get("target", []) + m.roles.get("victim", []))
            if agent_words & _NO_FORCE_AGENTS and not weapons and not raid and not armed_foe and not (
                    actor is not None and self.lex.actors.kind.get(actor[1]) == "armed_group") and not (
                    agent_words <= _WAR_GUNMEN and r.story.doc_strong_cues >= _WAR_STORY_STRONG_CUES):
                notes.append("strike.guard.ground-agent")
                return None
            person_agent = any(mm.kind is Kind.PERSON for m in attacks for c in m.relations.get("agent", [])
                               for mm in c.mentions) and not weapons
            has_place = any(mm.kind is Kind.PLACE for m in attacks for c in m.roles.get("target", [])
                            for mm in c.mentions)
            military_target = any(tok.lows[c.head] in _MILITARY_TARGETS for m in attacks
                                  for c in m.roles.get("target", []))
            in_war = max(r.story.conflict_cues, r.story.doc_cues) >= 5
            named_place = has_place or any(mm.kind is Kind.PLACE and mm.j <= m.head for m in attacks
                                           if m.pos == "noun" for mm in m.trigger.mentions)
            # "Indian and Pakistani troops exchanged fire": forces firing at each other, no one side the attacker
            mutual_forces = mutual and bool(agent_words & FORCE_NOUNS)
            irregular = bool(agent_words & _IRREGULAR_FORCES) and (has_place or bool(targets) or military_target)
            # "Attacks on energy facilities in Kharkiv left 20,000 homes without power": a strike's blackout
            blackout = (has_place or bool(targets)) and any(m.pos == "noun" for m in attacks) and any(
                tok.lows[x] == "without" and tok.lows[x + 1] in _BLACKOUT_GOODS for x in range(ci, min(cj, len(
                    tok.lows) - 1))) and not set(tok.lows[ci:cj]) & _NOT_ARMED_ATTACKS
            # "hit a Russian missile depot": a weapon word that names the target's stores is no weapon of the
            # strike, but says what was hit is a military one
            weapon_site = any(mm.kind is Kind.WEAPON and mm.j <= c.head and tok.lows[c.head] in _WEAPON_SITE_HEADS
                              for m in attacks for c in m.roles.get("target", []) for mm in c.mentions)
            # "The army bombed rebel positions near Goma": a verb that is itself an attack from afar, by a force
            standoff = bool(agent_words & FORCE_NOUNS) and (has_place or military_target) and any(
                m.pos == "verb" and tok.lows[m.trigger.head].startswith(_STANDOFF_VERB_STEMS) for m in attacks)
            # (a toll of none is no sign of an attack: "debris struck a boat but caused no injuries")
            counted_toll = bool(tolls) and (any(q.value != 0 for q in tolls.values())
                                            or any(m.pos == "noun" for m in attacks))
            military = blackout or bool(weapons) or weapon_site or counted_toll or mutual_forces or irregular or raid or standoff or (armed and not person_agent and (
                has_place or bool(targets) or military_target)) or (
                # "Attack on Israel", "the Zaporizhzhia double-tap attack", "its weekend attack" in a story of war
                in_war and any(m.pos == "noun" for m in attacks) and (named_place or actor is not None)) or (
                story_strikes and (has_place or bool(targets)) and r.story.conflict_cues >= 2 and not person_agent)
            if not military and (armed and not person_agent) and any(
                    m.pos == "noun" and (m.relations.get("mod") or m.relations.get("poss")
                                         or tok.lows[m.trigger.i] in _POSSESSIVE_DETERMINERS) for m in attacks):
                military = True  # "Israeli strikes", "Russia's attack", "its attack" (the side named before)
        if tolls_m and not (launches or intercepts or attacks) and not tolls and not self._vague_toll(r, ci, cj):
            return None  # "killed soldiers", "verify tolls": a toll needs its count
        if tolls_m and not (launches or intercepts or attacks) and not weapons and any(
                tok.lows[c.head] in _WAR_AS_CAUSE for m in tolls_m for c in m.roles.get("target", [])):
            # "Millions of Soviet soldiers died in the war", "Dozens died in the fighting": a war's toll or ground
            # fighting, no strike (CONVENTIONS: cumulative tolls are optional, ground fighting has no type)
            return None
        # a toll of none, with a hit of its own by no armed side, is no sign of war: "Debris from a failed launch
        # struck a boat but caused no injuries" (a sentence that only reports no injuries after a strike still is its toll)
        zero_only = bool(tolls) and all(q.value == 0 for q in tolls.values()) and bool(attacks) and all(
            m.pos == "verb" for m in attacks)
        if not military and tolls_m and not zero_only:
            cause_words = {tok.lows[c.head] for m in tolls_m for c in m.relations.get("agent", [])}
            war_gunmen = (cause_words <= _WAR_GUNMEN | _IRREGULAR_FORCES and
                          r.story.doc_strong_cues >= _WAR_STORY_STRONG_CUES) or self._settlement_raid(r, tolls_m)
            # ("Hamas gunmen stormed into southern Israel, killing 1,200": gunmen of a named armed group are its force)
            group_gunmen = actor is not None and self.lex.actors.kind.get(actor[1]) == "armed_group"
            if cause_words & _NO_FORCE_AGENTS and not weapons and not war_gunmen and not group_gunmen:
                return None
            military = bool(weapons) or story_strikes or war_gunmen or bool(cause_words & _IRREGULAR_FORCES) or \
                self._attack_blast(r, tolls_m) or any(
                mm.kind in (Kind.WEAPON,) for m in tolls_m for c in m.roles.get("cause", []) for mm in c.mentions) \
                or self._attack_word_in(r, ci, cj) or (armed and r.story.conflict_cues >= 2) or (
                    armed and bool(cause_words & FORCE_NOUNS)) or (  # "shot dead by Israeli troops"
                    actor is not None and self.lex.actors.kind.get(actor[1]) == "armed_group")  # "the ADF killed 40"
        if not military:
            return None
        slots: dict[str, Any] = {}
        per_kind, launched, intercepted, aircraft_down = self._counts(r, launches, intercepts, attacks, weapons)
        if aircraft_down and actor is None and intercepts:
            actor = self.sides.of(r, [c for m in intercepts for c in m.relations.get("agent", [])], intercepts[0].head)
            downed_side = self.sides.named([c for m in intercepts for c in m.roles.get("munition", [])])
            if actor is not None and downed_side is not None and actor[1] == downed_side[1]:
                # "said Indian missiles hit six sites, and that it had shot down five Indian jets": no side downs its
                # own aircraft, so "it" is the speaker, not the nearest subject
                claim = r.claim_over(intercepts[0].head)
                speaker = claim.slots.get("actor") if claim is not None else None
                actor = (p.text(intercepts[0].relations["agent"][0]), str(speaker)) \
                    if speaker and speaker != downed_side[1] and intercepts[0].relations.get("agent") else None
        air_arm = next((c for m in attacks + launches for c in m.relations.get("agent", [])
                        if _AIR_ARMS & {" ".join(tok.lows[c.i:c.j][k:k + 2]) for k in range(c.j - c.i)}
                        or tok.lows[c.j - 1] in _AIR_ARM_NAMES), None) if not per_kind else None
        if air_arm is not None:
            # "The Israeli Air Force struck ...": an air arm's attack is an air strike
            per_kind["airstrike"] = {"kind": "airstrike", "written": p.text(air_arm), "launched": None,
                                     "intercepted": None}
        slots["weapons"] = list(per_kind.values())
        if intercepted is None and launched:
            intercepted = self._with_downed(r, ci, cj)  # "fired 30 rockets ..., with 12 intercepted"
        if intercepted is None and launched:
            intercepted = self._all_downed(r, ci, launched)  # "fired a missile ..., and it was intercepted"
        if launched:
            slots["launched"] = Quantity(value=launched, low=launched, high=launched)
        if intercepted is not None:
            slots["intercepted"] = Quantity(value=intercepted, low=intercepted, high=intercepted)
        if "killed" in tolls:
            slots["killed"] = tolls["killed"]
        if "injured" in tolls:
            slots["injured"] = tolls["injured"]
        if actor is None and intercepts and not aircraft_down:
            actor = self._attacker_of_defence(r, intercepts, ci)
            if actor is not None:
                notes.append("strike.actor.attacker-of-defender")
        slots["actor"] = actor
        agent_chunks = [c for m in launches + attacks + tolls_m + intercepts for c in m.relations.get("agent", [])]
        # "Strikes on Kharkiv and Odesa killed five": a name inside the strike's own target phrase is no agent,
        # though the toll verb's subject reader stopped at it
        agent_chunks = [c for c in agent_chunks if not any(t.i <= c.i and c.j <= t.j for m in ms
                                                           for t in m.roles.get("target", []))]
        # the whole subject: "The Patriot battery of the American army in Iraq shot down ...": not where it struck
        # (but a blast that killed is the attack itself: "A blast at a market in Mogadishu killed nine" hit there)
        subject_span = [Chunk("NG", c.i, self._subject_end(r, c), head=c.head) for c in agent_chunks[:1]
                        if c.i < min(m.trigger.i for m in ms) and tok.lows[c.head] not in _BLAST_NOUNS]
        slots["locations"] = self._locations(r, ci, cj, ms, agent_chunks + subject_span, reasons)
        if not slots["locations"]:
            local = self._speaker_place(r, ms[0].head)
            if local is not None:
                slots["locations"] = [local]  # "..., Gaza's civil defence agency said": where it reports from
                notes.append("strike.place.speaker")
        if slots["actor"] is None:
            ruler = self._ruling_military(r, agent_chunks + [m.trigger for m in ms if m.pos == "noun"],
                                          slots["locations"])
            if ruler is not None:
                slots["actor"] = actor = ruler
                notes.append("strike.actor.ruling-military")
        # the sides whose own forces or sites the strike hit ("struck RSF positions", "bombed Houthi targets"):
        # never its attacker, neither one read through "it" or "the army" nor one the story gives
        # (linking.default_strike_actors)
        target_sides = self._target_sides(r, ms)
        named_agents = {str(a.value) for c in agent_chunks for a in c.mentions if a.kind is Kind.ACTOR}
        if slots["actor"] is not None and str(slots["actor"][1]) in target_sides and \
                str(slots["actor"][1]) not in named_agents:
            # (a side named as the doer stays: "India fired missiles at three air bases ..., and that it had
            # responded with strikes on Indian military targets" has two strikes in one clause)
            slots["actor"] = actor = None
            notes.append("strike.actor.target-side")
        slots["targets"] = targets
        dates = dates_between(r, ci, cj) or dates_between(r, ci, cj, own=False) or dates_between(
            r, ci, cj, own=False, at=min(m.trigger.i for m in ms))
        # evidence: the trigger, its subject and what it hit
        spans = [r.chars(m.trigger.i, m.trigger.j) for m in ms]
        saying = r.speaker_spans()
        spans += [r.chars(c.i, c.j) for c in agent_chunks if c.i >= ci and c.j <= cj
                  and not inside_any(*r.chars(c.i, c.j), saying)]
        # (an opening "In Russia," frames the sentence: not part of the evidence)
        framing = tok.lows[0] in ("in", "across", "over", "inside") if len(tok.lows) else False
        spans += [(pl.start, pl.end) for pl in slots["locations"] if c_start <= pl.start < c_end
                  and not (framing and pl.i <= 2 and len(slots["locations"]) > 1)]
        for m in ms:
            for items in m.roles.values():
                spans += [r.chars(c.i, c.j) for c in items if c.i >= ci and c.j <= cj]
        spans += [r.chars(a, b) for a, b in toll_tokens]
        start = max(c_start, min(s for s, _ in spans))
        end = min(c_end, max(e for _, e in spans))
        rule = "+".join(sorted({m.frame.id for m in ms}))
        if slots.get("actor") is None and actor is None:
            unnamed = any(tok.lows[c.head] in _NO_FORCE_AGENTS | {"army", "military", "militants", "rebels"}
                          for m in ms for c in m.relations.get("agent", []))
        else:
            unnamed = False
        if reason and slots.get("actor") is None:
            unnamed = True  # the other side's strike given as a reason: its side is not the story's to guess
        return Draft("strike", rule, start, end, slots, sentence=r.index,
                     date_mention=dates[0] if dates else None, notes=notes,
                     extra={"unnamed_agent": unnamed, "kinds": sorted(kinds), "target_sides": target_sides})

    # ------------------------------------------------------------------ readers
    @staticmethod
    def _target_sides(r: Reading, ms: list[FrameMatch]) -> list[str]:
        """The sides named as owners of what the strike hit: a side's name or adjective in a target noun group
        headed by a force or site word (``_SIDE_TARGETS``): "struck RSF positions" -> ["Rapid Support Forces"];
        not a side's place ("troops in Russia's Kursk region")."""
        lows = r.parse.tokens.lows
        chunks = [c for m in ms for c in m.roles.get("target", []) if lows[c.head] in _SIDE_TARGETS]
        return sorted({str(a.value) for c in chunks for a in c.mentions if a.kind is Kind.ACTOR and a.j <= c.head})

    @staticmethod
    def _toll_tail(r: Reading, at: int) -> int | None:
        """The chunk of a toll participle that opens a clause at token ``at`` after a comma ("..., leaving 18
        dead", "..., resulting in 18 fatalities", "..., bringing the death toll to 22"): :data:`_TOLL_TAIL_VERBS`."""
        p = r.parse
        if at >= len(p.tokens):
            return None
        k = p.chunk_of[at]
        if k < len(p.chunks) and p.chunks[k].kind == "PUNCT" and p.chunks[k].lemma == ",":
            k += 1
        if not 0 < k < len(p.chunks):
            return None
        c = p.chunks[k]
        if c.kind == "VG" and c.tag == "ing" and not c.aux and c.lemma in _TOLL_TAIL_VERBS and \
                p.chunks[k - 1].lemma == ",":
            a, b = r.clause_of(c.i)
            if not (_CUMULATIVE | _DURATION_UNITS) & set(p.tokens.lows[a:b]):
                return k  # (not "..., bringing the toll since the war began to 52,000": the war's, not the strike's)
        return None

    @staticmethod
    def _colon_tally(r: Reading, colon: int) -> bool:
        """The rest of the sentence after the colon at token ``colon`` is a casualty tally and nothing else:
        counts with words of killing or wounding, joined by commas or "and" ("...: 12 killed, 30 injured",
        "...: two dead", "...: at least five killed and 18 wounded")."""
        p = r.parse
        lows = p.tokens.lows
        k = p.chunk_of[colon] + 1
        counted = worded = including = False
        for c in p.chunks[k:]:
            words = set(lows[c.i:c.j])
            if c.kind == "PUNCT" and c.lemma in (",", ".", "!"):
                continue
            if c.kind == "CONJ" and c.lemma == "and":
                continue
            if c.kind == "PREP" and c.lemma in ("including", "among"):
                including = True  # "...: 9 dead, including 4 children / a child": who they were
                continue
            if c.kind == "NG" and including:
                including = False
                continue
            if words & (_KILLED_WORDS | _INJURED_WORDS) and (c.kind in ("NG", "ADV") or (
                    c.kind == "VG" and c.tag in ("ed", "pp") and not c.aux)):
                worded = True
                counted = counted or any(m.kind is Kind.QUANTITY for m in c.mentions)
                continue
            numbers = {w for m in c.mentions if m.kind is Kind.QUANTITY for w in lows[m.i:m.j]}
            if c.kind == "NG" and numbers and words <= _TALLY_COUNT_WORDS | numbers:
                counted = True
                continue
            return False
        return counted and worded

    @staticmethod
    def _no_injuries_after(r: Reading, cj: int) -> int:
        """The end of the strike clause, taking in a coordinated "and no injuries were reported" or an added
        "..., adding that no one was hurt" (its toll)."""
        lows = r.parse.tokens.lows
        t = cj + 1 if cj < len(lows) and lows[cj] == "," else cj
        if t < len(lows) and lows[t] in _TOLL_ADDERS:
            t += 2 if t + 1 < len(lows) and lows[t + 1] == "that" else 1  # ", adding that no one was hurt"
        elif t >= len(lows) or lows[t] not in _TOLL_JOINERS:
            return cj
        else:
            t += 1
        if t + 1 < len(lows) and lows[t] == "there" and lows[t + 1] in ("were", "was", "have", "has"):
            t += 2  # "and there were no casualties"
            if t < len(lows) and lows[t] == "been":
                t += 1
        if t + 1 < len(lows) and lows[t] == "no" and lows[t + 1] in _NO_TOLL_NOUNS:
            return r.clause_of(t)[1]
        if t < len(lows) and (lows[t] in _NOBODY or (lows[t] == "no" and t + 1 < len(lows) and lows[t + 1] == "one")):
            return r.clause_of(t)[1]  # "..., but nobody was hurt", "; no one was killed"
        return cj

    def _subject_end(self, r: Reading, c: Chunk) -> int:
        """Where the subject that starts with noun group ``c`` ends (its attached phrases included)."""
        chunks = r.parse.chunks
        k = c.index + 1
        while k < len(chunks) and chunks[k].kind in ("PREP", "NG"):
            k += 1
        return chunks[k - 1].j

    @staticmethod
    def _owner_modifier(r: Reading, pl: Mention) -> bool:
        """True when place ``pl`` stands before the head of its noun group ("U.S. base", "the U.S. embassy"): it
        names whose the thing is."""
        c = r.parse.chunks[r.parse.chunk_of[pl.i]]
        return c.kind == "NG" and pl.j <= c.head

    def _weapon_modifier(self, r: Reading, w: Mention) -> bool:
        """ "drone parts", "a missile factory", "drone footage": the weapon names another thing; "Polish jets were
        scrambled", "scrambled fighter jets": aircraft sent up to guard the sky, no weapon of the strike."""
        c = r.parse.chunks[r.parse.chunk_of[w.i]]
        lows = r.parse.tokens.lows
        if _SCRAMBLED & set(lows[max(0, w.i - 2):w.i] + lows[w.j:w.j + 3]):
            return True
        if w.j < len(lows) and lows[w.j] in _WEAPON_WORKS:
            return True  # "a drone manufacturing site", "missile assembly lines" (the -ing word may end the chunk)
        k = r.parse.chunk_of[w.i]
        if lows[c.head] in _GUN_SYSTEM_HEADS and k > 0 and r.parse.chunks[k - 1].kind == "VG" and \
                r.parse.chunks[k - 1].lemma in _GUN_HITTING_VERBS:
            return True  # "destroyed Armenian artillery", "knocked out two howitzers": the guns were the target
        return w.j <= c.head and lows[c.head] in _NOT_WEAPON_HEADS

    def _vague_toll(self, r: Reading, i: int, j: int) -> bool:
        """ "killed several soldiers", "dozens were wounded": a toll without an exact number."""
        lows = r.parse.tokens.lows
        for q in r.mentions(i, j, Kind.QUANTITY):
            near = lows[max(i, q.i - 2):min(j, q.j + 4)]
            if set(near) & (_KILLED_WORDS | _INJURED_WORDS):
                return True
        return False

    def _munitions(self, r: Reading, m: FrameMatch) -> bool:
        """A launch or interception frame counts when a weapon heads a munition noun group, or when a bare count
        stands for weapons named before: in the sentence ("273 drones, of which 88 were shot down"), or in the
        strike the sentence before stated ("Russia launched 146 drones overnight. 118 of them were shot down")."""
        for c in m.roles.get("munition", []):
            if m.frame.set.get("kind") == "intercept" and r.parse.tokens.lows[c.head] in _GUN_SYSTEM_HEADS:
                continue  # "destroyed Russian artillery near Kupiansk": a gun hit on the ground, no munition downed
            for w in c.mentions:
                if w.kind is Kind.WEAPON and w.i <= c.head < w.j:
                    return True
        return self._of_which(r, m) is not None or (
            r.parse.after_strike and m.frame.set.get("kind") == "intercept" and
            r.parse.tokens.lows[m.head] in _DOWNING_HEADS and
            any(refers_back(r.parse, c) for c in m.roles.get("munition", [])))

    @staticmethod
    def _carried_strike(r: Reading, ms: list[FrameMatch]) -> StrikeNote | None:
        """The strike of the sentence before, when an attack's or impact's doer is a part of its munitions pointed
        back to ("Five of them hit apartment blocks", "Some of them fell near Safed") and it named its weapons."""
        for m in ms:
            if m.frame.set.get("kind") not in ("attack", "impact"):
                continue
            doers = m.relations.get("agent", [])
            if any(refers_out(r.parse, c) for c in doers):
                latest = r.story.latest_strike(1)
                if latest is not None and latest.weapons and latest.sentence < r.index:
                    return latest
        return None

    def _of_which(self, r: Reading, m: FrameMatch) -> Mention | None:
        """ "273 drones, of which 88 were shot down": the weapon a bare count of "which" refers to; for "Air
        defences downed 85 of them" (:func:`refers_out`), the first weapon of the strike the sentence before
        told."""
        for c in m.roles.get("munition", []):
            if refers_back(r.parse, c):
                before = [w for w in r.parse.mentions if w.kind is Kind.WEAPON and w.j <= c.i]
                if before:
                    return before[-1]
                latest = r.story.latest_strike(1)
                if refers_out(r.parse, c) and latest is not None and latest.weapons and latest.sentence < r.index:
                    return _antecedent_weapon(r, latest, c.i)
                return None
        return None

    @staticmethod
    def _attack_blast(r: Reading, tolls_m: list[FrameMatch]) -> bool:
        """True when a toll's cause is a blast or explosion that the page tells as an attack: "A suicide blast at a
        mosque killed 30", "Two explosions at a rally killed 16" on a page with war words (a suicide bomber,
        militants, a claim of responsibility); not "a gas explosion", "a boiler blast" (:data:`_CIVIL_BLAST_WORDS`)."""
        lows = r.parse.tokens.lows
        for m in tolls_m:
            for c in m.relations.get("agent", []):
                if lows[c.head] not in _BLAST_NOUNS:
                    continue
                words = set(lows[c.i:c.head])
                if words & _CIVIL_BLAST_WORDS:
                    return False
                if words & _ATTACK_BLAST_WORDS or r.story.doc_strong_cues >= _BLAST_STORY_STRONG_CUES:
                    return True
        return False

    def _attack_word_in(self, r: Reading, i: int, j: int) -> bool:
        lows = r.parse.tokens.lows
        return any(m.type == "strike" and m.frame.set.get("kind") == "attack" and i <= m.head < j
                   for m in r.matches) or any(lows[t] in _STRIKE_REMAINS for t in range(i, j))

    def _actor(self, r: Reading, acting: list[FrameMatch], intercepts: list[FrameMatch]) -> tuple[str, str] | None:
        for m in acting:
            agents = m.relations.get("agent", [])
            if m.frame.set.get("kind") == "toll":
                # "killed by a Russian drone", "shot dead by Israeli troops": an attack, a weapon or a force
                agents = [c for c in agents if self._is_attack_or_weapon(r, c)
                          or r.parse.tokens.lows[c.head] in FORCE_NOUNS]
            found = self.sides.of(r, agents, m.head)
            if found is not None:
                return found
            # "a barrage of Russian drones hit Kyiv": the side of what the collective is of
            found = self.sides.named([r.parse.chunks[c.index + 2] for c in agents
                                      if r.parse.tokens.lows[c.head] in _COLLECTIVE_HEADS and _of_follows(r.parse, c)
                                      and r.parse.chunks[c.index + 2].kind == "NG"])
            if found is not None:
                return found
            # a phrase the frame maps to the actor: "came under fire from the Armenian side"
            found = self.sides.of(r, [c for rel, role in m.frame.roles.items() if role == "actor" and rel not in (
                "agent", "mod", "poss") for c in m.relations.get(rel, [])], m.head)
            if found is not None:
                return found
            for rel in ("mod", "poss"):
                items = m.relations.get(rel, [])
                if rel == "mod" and self._placed_attack(r, m, acting) and self._state_named(items):
                    continue  # "Jihadists kill dozens in Burkina Faso attack": the country is where, not who
                found = self.sides.named(items)
                if found is not None:
                    return found
            if m.pos == "noun" and r.parse.tokens.lows[m.trigger.i] in _POSSESSIVE_DETERMINERS:
                found = self.sides.of(r, [m.trigger], m.head)  # "Iran ... its weekend attack": the side before
                if found is not None:
                    return found
        # the side named on the munitions or weapons: "91 Ukrainian drones", "a Russian missile"
        for m in acting + intercepts:
            for role in ("munition", "weapon", "cause"):
                # ("shot down 40 of them": the pronoun stands for the weapons, not for a side)
                found = self.sides.named([c for c in m.roles.get(role, [])
                                          if r.parse.tokens.lows[c.head] not in OUTWARD_PRONOUNS])
                if found is not None:
                    return found
        # "killed in Israeli strikes": the side named on the attack in a phrase of the toll
        for m in acting:
            if m.frame.set.get("kind") == "toll":
                for rel, items in m.relations.items():
                    attack_chunks = [c for c in items if self._is_attack_or_weapon(r, c)]
                    if rel in ("in", "during", "after") and m.relations.get("agent") and self._state_named(
                            attack_chunks):
                        continue  # "Jihadists kill 20 in Mali attack": the toll's own subject did it, in Mali
                    if rel in ("in", "by", "during", "after", "from") and attack_chunks:
                        # the attack's own words, not a place after it ("in an attack in northern Mali")
                        found = self.sides.named(attack_chunks)
                        if found is not None:
                            return found
        return None

    def _launch_origin(self, r: Reading, i: int, j: int) -> tuple[str, str] | None:
        """The side whose launches a clause's munitions are by where they came from ("40 of 50 drones launched from
        Iran", "a missile fired from Yemen"): the actor whose ``"launches_from"`` (actors file) lists that
        territory; none for a territory that several sides fire from and no line lists."""
        origins = self.lex.actors.launches_from
        if not origins:
            return None
        chunks = r.parse.chunks
        lows = r.parse.tokens.lows
        for k in range(len(chunks) - 3):
            c = chunks[k]
            if c.i < i or c.j > j or c.kind != "NG" or not any(mm.kind is Kind.WEAPON for mm in c.mentions):
                continue
            v, p, origin = chunks[k + 1], chunks[k + 2], chunks[k + 3]
            if v.kind != "VG" or v.aux or lows[v.head] not in _LAUNCHED_FROM or p.kind != "PREP" or \
                    p.lemma != "from" or origin.kind != "NG":
                continue
            for mm in origin.mentions:
                name = mm.value.name if mm.kind is Kind.PLACE else str(mm.value) if mm.kind is Kind.ACTOR else None
                side = origins.get(str(name)) if name is not None else None
                if side is not None:
                    return mm.text, side
        return None

    @staticmethod
    def _with_downed(r: Reading, i: int, j: int) -> int | None:
        """The count of "with N intercepted / shot down / downed" after a launch (an absolute phrase)."""
        lows = r.parse.tokens.lows
        for q in r.mentions(i, j, Kind.QUANTITY):
            if q.i > 0 and lows[q.i - 1] == "with" and q.j < len(lows) and (
                    lows[q.j] in _WITH_DOWNED or lows[q.j:q.j + 2] == ["shot", "down"]) and \
                    isinstance(q.value.value, int):
                return int(q.value.value)
        return None

    @staticmethod
    def _all_downed(r: Reading, j: int, launched: int) -> int | None:
        """The whole launch downed, told by a pronoun in a clause after it: "fired a ballistic missile toward
        Israel, and it was intercepted", "launched two drones ..., adding that both were shot down", "..., and all
        of them were destroyed" (:data:`_WHOLE_DOWNED`; "it" only of one munition, "both" of two)."""
        lows = r.parse.tokens.lows
        n = len(lows)
        for k in range(max(j, 1), n - 2):
            if lows[k] not in _WHOLE_DOWNED or lows[k - 1] not in _WHOLE_DOWNED_OPENERS:
                continue
            want = _WHOLE_DOWNED[lows[k]]
            if want is not None and want != launched:
                return None
            t = k + 1
            if lows[t:t + 2] == ["of", "them"]:
                t += 2
            if t < n and lows[t] in ("was", "were"):
                t += 1
            elif lows[t:t + 2] in (["had", "been"], ["have", "been"]):
                t += 2
            else:
                return None
            if t < n and lows[t] == "all":
                t += 1  # "they were all shot down"
            if t < n and (lows[t] in _WITH_DOWNED or lows[t:t + 2] == ["shot", "down"]):
                return launched
            return None
        return None

    @staticmethod
    def _placed_attack(r: Reading, m: FrameMatch, acting: list[FrameMatch]) -> bool:
        """An attack noun in a phrase of a toll whose verb has its own subject: "Gunmen killed 44 in Niger mosque
        attack" (not "Five killed in Israel strike", where the noun's side is the attacker)."""
        k = m.trigger.index
        return m.pos == "noun" and k > 0 and r.parse.chunks[k - 1].kind == "PREP" and \
            r.parse.chunks[k - 1].lemma in ("in", "during", "after") and any(
                x.frame.set.get("kind") == "toll" and x.relations.get("agent") for x in acting)

    def _state_named(self, chunks: list[Chunk]) -> bool:
        """A state named by its name (not a demonym) in the chunks: "Burkina Faso attack", not "Russian attack"."""
        return any(mm.kind is Kind.ACTOR and mm.form == "name" and self.lex.actors.kind.get(str(mm.value)) == "state"
                   for c in chunks for mm in c.mentions)

    def _police_doers(self, r: Reading, ms: list[FrameMatch]) -> bool:
        """True when the police do what the clause tells, and nobody else: the agents of its attacks and the
        causes of its tolls are police (:data:`_POLICE_AGENTS`), or a pronoun for a police speaker ("police
        said they had killed 12 suspects")."""
        lows = r.parse.tokens.lows
        doers = [c for m in ms for role in ("agent", "cause") for c in m.relations.get(role, []) + m.roles.get(
            role, [])]
        if not doers:
            return False
        for c in doers:
            words = set(lows[c.i:c.j])
            if words & _POLICE_AGENTS and not words & _NOT_POLICE:
                continue
            if c.j - c.i == 1 and lows[c.i] in ("they", "we"):
                claim = r.claim_over(c.i)
                source = set(str(claim.slots.get("source") or "").lower().split()) if claim is not None else set()
                # (and a speaker the claim reader does not take: "Officers in Sao Paulo said they ...")
                source |= {w for m in r.matches if m.type == "claim" and m.trigger.j <= c.i
                           for sp in m.roles.get("speaker", []) for w in lows[sp.i:sp.j]}
                if source & _POLICE_AGENTS and not source & _NOT_POLICE:
                    continue
            return False
        return True

    def _accused(self, r: Reading, ms: list[FrameMatch]) -> tuple[str, str] | None:
        """ "Russia blamed Ukraine for a drone strike": the side accused of the strike."""
        first = min(m.trigger.i for m in ms)
        for m in r.matches:
            if m.frame.id == "claim.accuse" and m.head < first:
                accused = m.roles.get("accused", [])
                if accused:
                    return self.sides.named(accused[:1])
        return None

    def _is_attack_or_weapon(self, r: Reading, c: Chunk) -> bool:
        if any(m.kind is Kind.WEAPON for m in c.mentions):
            return True
        return any(m.type == "strike" and m.pos == "noun" and m.trigger is c for m in r.matches)

    def _attacker_of_defence(self, r: Reading, intercepts: list[FrameMatch], at: int) -> tuple[str, str] | None:
        """The attacker when only the defender is named: the story's latest attacker, or the defender's foe (the
        story's other side, or its one main foe in the actors file)."""
        agents = [c for m in intercepts for c in m.relations.get("agent", [])]
        defender = self.sides.of(r, agents, at)
        lows = r.parse.tokens.lows
        if defender is None or (agents and (lows[agents[0].head] in _SPEAKER_PRONOUNS or
                                            lows[agents[0].i] in _SPEAKER_POSSESSIVES)):
            # "97 of the drones had been shot down, Ukraine's air force said": the speaker's side downed them
            # ("Ukraine's air force said it shot down 40 of them", "The army said its air defences downed five of
            # them": "it" and "its" are the speaker, not the story's last subject)
            claim = r.claim_over(intercepts[0].head)
            if claim is not None and claim.slots.get("actor"):
                defender = (str(claim.slots.get("source") or ""), str(claim.slots["actor"]))
        # the latest strike of another side than the defender's, in the last four sentences
        latest = next((s for s in reversed(r.story.strikes) if r.story.sentence - s.sentence <= 4 and s.actor
                       and (defender is None or s.actor != defender[1])), None)
        if latest is not None and latest.actor:
            return latest.actor, latest.actor
        if defender is not None:
            # the story's other side; else the defender's one main foe in the actors file ("The Pakistan Army said
            # it had shot down 25 drones" in a story that has named no other side: India)
            other = r.story.opponent(defender[1]) or self.lex.actors.foe.get(defender[1])
            if other:
                return other, other
        return None

    def _counts(self, r: Reading, launches: list[FrameMatch], intercepts: list[FrameMatch],
                attacks: list[FrameMatch], weapons: list[Mention]
                ) -> tuple[dict[str, dict[str, Any]], int, int | None, bool]:
        per_kind: dict[str, dict[str, Any]] = {}
        for w in weapons:
            per_kind.setdefault(str(w.value), {"kind": w.value, "written": w.text, "launched": None,
                                               "intercepted": None})
        launched = 0
        intercepted: int | None = None
        aircraft_down = False
        downed_aircraft: list[Chunk] = []
        lows = r.parse.tokens.lows

        def vague_part(c: Chunk) -> bool:
            """ "most", "the majority": a part with no count (:data:`_VAGUE_PARTS`)."""
            return c.j - c.i <= 2 and lows[c.head] in _VAGUE_PARTS

        def counted(chunks: list[Chunk], whole: bool = False) -> list[tuple[Quantity, Mention]]:
            """Counts and the weapons they count; ``whole``: in "45 of the 60 drones", the 60 (what was
            launched), else the 45 (what was downed)."""
            out: list[tuple[Quantity, Mention]] = []
            pending: Quantity | None = None
            share = False  # "More than 60% of the drones": a share, and no count of the weapons after it
            for c in chunks:
                if lows[c.head] in _ATTACK_COUNT_HEADS:
                    continue  # "43 air strikes": a count of attacks
                qs = [m for m in c.mentions if m.kind is Kind.QUANTITY]
                ws = [m for m in c.mentions if m.kind is Kind.WEAPON]
                if (qs and not ws and all(m.value.unit in _SHARE_UNITS for m in qs)) or (
                        not qs and not ws and vague_part(c)):
                    pending, share = None, True
                    continue
                qs = [m for m in qs if m.value.unit not in _SHARE_UNITS]
                if qs and not ws:
                    pending = qs[0].value  # "41 of the drones": the count before the partitive
                    continue
                if share and ws and not whole:
                    share = False
                    continue  # "70% of the 120 drones were intercepted": 120 is what was launched, not downed
                used: set[int] = set()
                for w in ws:
                    # the nearest count before the weapon, counted once: "12 Kh-101 missiles" names the missiles
                    # twice (model and kind), "12 drones and three missiles" has a count for each
                    near = [m for m in qs if m.j <= w.i]
                    qm = near[-1] if near else None
                    if qm is not None and id(qm) in used:
                        continue
                    if qm is not None:
                        used.add(id(qm))
                    q = qm.value if qm is not None else None
                    if pending is not None:
                        q = q if whole and q is not None else pending
                        pending = None
                    if q is None and w.i > c.i and (lows[w.i - 1] in ("a", "an", "the", "one") or (
                            # "three drones and an anti-ship missile": in a list of counted munitions, the article
                            # that opens a member's group counts one
                            lows[c.i] in ("a", "an", "one") and any(
                                0 <= x < len(r.parse.chunks) and 0 <= y < len(r.parse.chunks) and
                                r.parse.chunks[x].kind == "CONJ" and any(
                                    mm.kind is Kind.QUANTITY for mm in r.parse.chunks[y].mentions)
                                for x, y in ((c.index - 1, c.index - 2), (c.index + 1, c.index + 2))) and not any(
                                ch.isdigit() for t in range(c.i + 1, w.i) for ch in lows[t]))) and \
                            not w.text.lower().endswith("s") and w.i <= c.head < w.j:
                        q = Quantity(value=1, low=1, high=1, written=lows[c.i])  # "the drone was shot down"
                    elif q is None and c.i == 0 and w.i > 0 and not w.text.lower().endswith("s") and \
                            w.i <= c.head < w.j and all(any(a.kind is Kind.ACTOR and a.i <= t < a.j
                                                            for a in c.mentions) for t in range(0, w.i)):
                        q = Quantity(value=1, low=1, high=1, written="")  # a headline's "Indian drone downed near X"
                    if q is not None and q.value is not None:
                        out.append((q, w))
            return out

        downed_chunks = {id(c) for m in intercepts for c in m.roles.get("munition", [])}
        seen_weapons: set[int] = set()  # "used 4 missiles and dropped 120 bombs": each count once, for its verb
        for m in launches:
            # "launched 101 drones across the country and four missiles": every count after the verb
            # (up to a relative clause: "launched 120 drones, of which 98 were downed")
            end = min([r.clause_of(m.head)[1]] + [c.i for c in r.parse.chunks if c.kind == "REL" and c.i >= m.trigger.j])
            after = [c for c in r.parse.chunks if c.kind == "NG" and c.i >= m.trigger.j and id(c) not in downed_chunks
                     and c.i < end]
            # (in the passive the counts come first: "30 missiles and 170 drones were launched at Israel")
            # (and before a participle: "Of the 96 drones launched by Russia, 60 were shot down"; but not the
            # count of "downed 60 drones launched by Russia", which were downed)
            munitions = m.roles.get("munition", [])
            for q, w in counted(after) or (counted(munitions, whole=True) if m.voice == "passive" and
                                           m.trigger.kind == "VG" and not any(
                                               id(c) in downed_chunks for c in munitions) else []):
                if id(w) in seen_weapons:
                    continue
                seen_weapons.add(id(w))
                slot = per_kind.setdefault(str(w.value), {"kind": w.value, "written": w.text, "launched": None,
                                                          "intercepted": None})
                slot["launched"] = q
                launched += q.value or 0
        for m in attacks:
            for q, w in counted(m.roles.get("weapon", [])):  # "attacked Kyiv with 400 drones"
                slot = per_kind.setdefault(str(w.value), {"kind": w.value, "written": w.text, "launched": None,
                                                          "intercepted": None})
                slot["launched"] = q
                launched += q.value or 0
        for m in intercepts:
            chunks = m.roles.get("munition", [])
            if _downed_aircraft(lows, chunks):
                aircraft_down = True
                downed_aircraft.extend(chunks)
                continue
            pairs = counted(chunks)
            antecedent = self._of_which(r, m)
            if not pairs and antecedent is not None:
                count: Quantity | None = next((mm.value for c in chunks for mm in c.mentions
                                               if mm.kind is Kind.QUANTITY and mm.value.unit not in _SHARE_UNITS),
                                              None)
                if count is not None and count.value is not None:
                    pairs = [(count, antecedent)]
                elif count is None:
                    # "downed most of them": the weapons of the strike before, with no count
                    per_kind.setdefault(str(antecedent.value), {"kind": antecedent.value, "written": antecedent.text,
                                                                "launched": None, "intercepted": None})
            elif not pairs and r.parse.after_strike and any(refers_back(r.parse, c) for c in chunks):
                # "118 of them were shot down" after "Russia launched 146 drones overnight.": a count of the
                # munitions of the strike before, whose kinds that strike holds
                count = next((mm.value for c in chunks for mm in c.mentions
                              if mm.kind is Kind.QUANTITY and mm.value.unit not in _SHARE_UNITS), None)
                if count is not None and count.value is not None:
                    intercepted = (intercepted or 0) + count.value
            # "shot down 56 of the 70 drones": 56 downed of 70 launched (a partitive only: not the counts of two
            # kinds, "destroyed 180 drones and nine missiles")
            if len(chunks) >= 2 and chunks[1].i > 0 and lows[chunks[1].i - 1] == "of" and \
                    not any(mm.kind is Kind.WEAPON for mm in chunks[0].mentions):
                first_q = [mm for mm in chunks[0].mentions if mm.kind is Kind.QUANTITY]
                second_q = [mm for mm in chunks[1].mentions if mm.kind is Kind.QUANTITY]
                vague = not first_q and vague_part(chunks[0])
                if (vague or (first_q and first_q[0].value.value is not None)) and second_q and \
                        second_q[0].value.value is not None:
                    total = second_q[0].value.value
                    if not launched:
                        launched = total
            for q, w in pairs:
                slot = per_kind.setdefault(str(w.value), {"kind": w.value, "written": w.text, "launched": None,
                                                          "intercepted": None})
                slot["intercepted"] = q
                intercepted = (intercepted or 0) + (q.value or 0)
        # "shot down five Indian jets": the downed aircraft is no weapon of the strike (a kind no other weapon
        # of the clause names)
        for kind in {str(w.value) for w in weapons if any(c.i <= w.i < c.j for c in downed_aircraft)}:
            if all(any(c.i <= w.i < c.j for c in downed_aircraft) for w in weapons if str(w.value) == kind):
                per_kind.pop(kind, None)
        # "air strikes" is the kind only when no other weapon is named
        if "airstrike" in per_kind and len(per_kind) > 1:
            del per_kind["airstrike"]
        return per_kind, launched, intercepted, aircraft_down

    def _tolls(self, r: Reading, i: int, j: int) -> tuple[dict[str, Quantity], list[tuple[int, int]]]:
        """Casualty counts of a clause: "N were killed", "killing N", "N dead", "the toll rose to N"."""
        p = r.parse
        lows = p.tokens.lows
        out: dict[str, Quantity] = {}
        qs = [m for m in r.mentions(i, j, Kind.QUANTITY)]
        spans: list[tuple[int, int]] = []
        current: list[Mention] = []

        def put(word: str, q: Quantity) -> None:
            slot = "killed" if word in _KILLED_WORDS else "injured" if word in _INJURED_WORDS else ""
            if slot and slot not in out and q.value is not None:
                out[slot] = q
                spans.append((current[0].i, current[0].j))

        consumed: set[int] = set()
        for t in range(i, j):
            # "no one was killed", "nobody was hurt", "none of them were injured": a toll of none
            two = lows[t] == "no" and t + 1 < j and lows[t + 1] == "one"
            if not two and lows[t] not in _NOBODY:
                continue
            consumed.add(t + 1 if two else t)  # (the "one" of "no one" counts nobody)
            u = t + 2 if two else t + 1
            subject_end = u
            if lows[t] == "none" and u + 1 < j and lows[u] == "of":
                u += 2 if lows[u + 1] in ("them", "us", "those") else 3  # "none of them", "none of the crew"
            while u < j and lows[u] in ("was", "were", "has", "have", "had", "been", "is", "are", "reportedly", "got"):
                u += 1
            if u < j and u > subject_end and (lows[u] in _KILLED_WORDS or lows[u] in _INJURED_WORDS):
                slot = "killed" if lows[u] in _KILLED_WORDS else "injured"
                if slot not in out:
                    out[slot] = Quantity(value=0, low=0, high=0, written=" ".join(lows[t:subject_end]))
                    spans.append((t, u + 1))
        for q in qs:
            if q.i in consumed or (q.j < j and lows[q.j] in _DURATION_UNITS | DISTANCE_UNITS) or \
                    q.value.unit in ("km", "mi"):
                continue  # ("over the past 24 hours had killed 31", "60 km north of X killed five": no toll)
            current[:] = [q]
            k = q.j
            val = q.value
            listed = self._victim_list(r, q, j, qs)
            if listed is not None:
                # "killed 20 children and two teachers", "Five soldiers and three civilians were killed": one toll of
                # every group of the list
                k, total, inner = listed
                val = Quantity(value=total, low=total, high=total, written=q.value.written)
                consumed.update(inner)
            # "N (people) were killed", "N people died", "N dead", "N injured"
            t = k
            while t < j and t - k < 4 and (lows[t] in _PEOPLE or p.tags[t] in ("N", "DET") and lows[t] not in
                                           _KILLED_WORDS | _INJURED_WORDS or (
                    # a partitive: "11 of the dead", "two of them were hurt", "three of its commanders"
                    lows[t] == "of" and t == k and t + 1 < j and lows[t + 1] in _PARTITIVE_DETERMINERS) or (
                    t == k + 1 and lows[k] == "of" and lows[t] in _PARTITIVE_DETERMINERS)) and \
                    lows[t] not in ("and", "or"):
                t += 1
            if t > k and t < j and lows[t] in _VICTIM_OF and p.tags[t - 1] == "N":
                # "Two paramedics from the Islamic Health Committee were killed", "Five members of the same
                # family died": whose they were, between the count and its verb (its own counts are no toll)
                u = t + 1
                while u < j and u - t <= _VICTIM_OF_LENGTH and p.tags[u] in _VICTIM_OF_TAGS and \
                        lows[u] not in _KILLED_WORDS | _INJURED_WORDS:
                    u += 1
                if t + 1 < u < j and (lows[u] == "," or p.tags[u] in ("BE", "HAVE", "V")):
                    consumed.update(range(t + 1, u))
                    t = u
            if t > k and t < j and p.tags[t - 1] == "N" and (lows[t] in _VICTIM_CLAUSE_OPENERS or (
                    p.tags[t] == "V" and lows[t].endswith("ing"))) and any(lows[x] in _PEOPLE for x in range(k, t)):
                t = self._past_victim_clause(r, t, j, consumed)
            b = q.i - 1
            while b >= i and lows[b] in ("at", "least", "some", "about", "around", "nearly", "over"):
                b -= 1
            if t + 2 < j and lows[t] == "," and lows[t + 1] in _TOLL_ASIDES and not (
                    b >= i and lows[b] in _TOLL_VERBS_BEFORE):  # (not "kills 12, including a child, injures 90")
                # "At least 26 people, mostly tourists, were killed", "Nine people, including a baby, were
                # killed", "30 people, most of them women and children, died": an aside on who they were
                u = t + 1
                while u < j and u - t <= _TOLL_ASIDE_LENGTH and lows[u] != ",":
                    u += 1
                if u < j and lows[u] == ",":
                    consumed.update(range(t + 1, u))  # the aside's own counts are part of the toll
                    t = u + 1
            if t < j and lows[t] == "including":  # "10 others, including eight children, were killed"
                u = t + 1
                while u < j and u - t < 8 and lows[u] not in ("were", "was", "have", "had", "died", "killed"):
                    u += 1
                t = u
                skip_inner = True
            else:
                skip_inner = False
            while t < j and lows[t] in ("were", "was", "have", "had", "been", "are", "is", "being", "got", "reportedly",
                                        "also", "later", "confirmed", "seriously", "critically", "lightly"):
                t += 1
            if t + 1 < j and lows[t] in _KILLED_AS and lows[t + 1] == "dead":
                t += 1  # "N were shot dead"
            if t + 1 < j and (lows[t], lows[t + 1]) in _DIED_AS:
                put("killed", val)  # "Two soldiers embraced martyrdom"
                continue
            if t < j and (lows[t] in _KILLED_WORDS or lows[t] in _INJURED_WORDS):
                if lows[t] not in ("kill", "kills", "killing", "wounding", "injuring") or t == k:
                    put(lows[t], val)
                    if skip_inner:
                        consumed.update(range(q.j, t))
                    continue
            # "killing N", "wounded N", "left N dead"
            b = q.i - 1
            while b >= i and lows[b] in ("at", "least", "her", "his", "their", "its", "another", "some"):
                b -= 1
            if b > i and lows[b] == "dead" and lows[b - 1] in _KILLED_AS:
                put("killed", val)  # "shot dead five people"
                continue
            if b >= i and lows[b] in _TOLL_VERBS_BEFORE:
                put(lows[b], val)
                continue
            if b >= i and lows[b] in _KILLING_EUPHEMISMS and any(
                    lows[x] in _PEOPLE for x in range(q.j, min(j, q.j + _EUPHEMISM_REACH))):
                put("killed", val)  # "neutralizing up to 70 militants", "eliminated 20 terrorists"
                continue
            if b >= i and lows[b] in ("left", "leaving"):
                t = q.j
                while t < j and t - q.j < 3 and lows[t] not in _KILLED_WORDS | _INJURED_WORDS:
                    t += 1
                if t < j:
                    put(lows[t], val)
                    continue
            # "the death toll rose to N", "the toll stood at N", "put the toll at N" (whose "at" is no "at least")
            if q.i > i and lows[q.i - 1] in ("to", "at"):
                b = q.i - 1
            if b >= i and lows[b] in ("to", "at") and _toll_before(lows, max(i, b - _TOLL_REACH), b):
                put("killed", val)
        for t in range(i, j - 2):
            # "killed a woman", "injured a 12-year-old boy": one person
            if lows[t] in ("killed", "killing", "kills", "kill", "wounded", "wounding", "injured", "injuring") and \
                    ((lows[t + 1] in ("a", "an", "one") and (any(
                        lows[x] in _PEOPLE | _ONE_PERSON for x in range(t + 2, min(j, t + 5))) or (
                        # "killed two people and injured a third": one more person
                        lows[t + 2] in _NEXT_ORDINALS and (t + 3 >= j or lows[t + 3] != "of")))) or (
                        # "killing its rider", "killing the driver": the one person of the vehicle or house hit
                        lows[t + 1] in _DEFINITE_VICTIM and lows[t + 2] in _ONE_PERSON)):
                one = Quantity(value=1, low=1, high=1, written=lows[t + 1])
                whole = next((q.value for q in qs if t + 3 < j and lows[t + 2] in _GROUP_OF and lows[t + 3] == "of"
                              and q.i == t + 4 and q.value.value is not None), None)
                if whole is not None:
                    one = whole  # "killed a family of five": five people
                elif lows[t + 2] in _GROUP_OF:
                    continue  # "killing a family": how many is not told
                more = self._more_victims(r, t + 2, j, qs)
                if more is not None:
                    # "killed a woman and her two children", "a commander and two other fighters": all of them
                    one = Quantity(value=1 + more, low=1 + more, high=1 + more, written=lows[t + 1])
                slot = "killed" if lows[t] in _KILLED_WORDS else "injured"
                if slot not in out:
                    out[slot] = one
                    spans.append((t, t + 3))
        for t in range(i, j - 3):
            # "A man was killed", "a 72-year-old woman was injured": one person, the passive verb's subject
            if lows[t] in ("a", "an", "one") and (t == i or lows[t - 1] not in ("of", "no")):
                x = t + 1
                while x < j and x - t <= 3 and lows[x] not in _PEOPLE | _ONE_PERSON:
                    x += 1
                if x < j and x - t <= 3 and lows[x] in _PEOPLE | _ONE_PERSON:
                    v = x + 1
                    while v < j and lows[v] in ("was", "has", "had", "been", "also", "reportedly", "later",
                                                "seriously", "critically", "lightly", "fatally"):
                        v += 1
                    if v < j and lows[v] in _KILLED_AS and v + 1 < j and lows[v + 1] == "dead":
                        v += 1
                    if v < j and v > x + 1 and lows[v] in ("killed", "wounded", "injured", "hurt", "dead"):
                        slot = "killed" if lows[v] in _KILLED_WORDS else "injured"
                        if slot not in out:
                            out[slot] = Quantity(value=1, low=1, high=1, written=lows[t])
                            spans.append((t, v + 1))
        for t in range(i, j - 1):
            if lows[t] == "no" and lows[t + 1] in ("injuries", "casualties"):
                out.setdefault("injured", Quantity(value=0, low=0, high=0, written="no " + lows[t + 1]))
        if "killed" not in out:
            named = self._named_victim(r, i, j)
            if named is not None:
                out["killed"] = Quantity(value=1, low=1, high=1, written=p.tokens.slice(*named))
                spans.append(named)
        return out, spans

    @staticmethod
    def _named_victim(r: Reading, i: int, j: int) -> tuple[int, int] | None:
        """Tokens of one named person killed in the clause, a toll of one: "Hamas leader Ismail Haniyeh was
        killed", "killed Hezbollah commander Fuad Shukr", "Nasrallah was killed"."""
        p = r.parse
        lows, words = p.tokens.lows, p.tokens.words
        if p.tokens.title:
            return None  # a headline's capitals name nobody
        persons = {(m.i, m.j) for m in r.mentions(i, j, Kind.PERSON)}

        def name_end(k: int) -> int | None:
            # the end of a name that starts at k: capitalised words, or a known person
            known = next((b for a, b in persons if a == k), None)
            if known is not None:
                return known
            e = k
            while e < j and e - k < 4 and words[e][:1].isupper() and words[e].isalpha() or (
                    e < j and e > k and lows[e].startswith(_NAME_PARTICLES)):
                e += 1
            return e if e - k >= 2 else None

        def titled(k: int) -> int | None:
            # "chief Mohammed Deif", "Ismail Haniyeh": the end of a titled or known name at k
            if (k, name_end(k) or k) in persons:
                return name_end(k)
            if k - 1 >= i and lows[k - 1] in _NAMED_VICTIM_TITLES and words[k - 1].islower():
                return name_end(k)
            return None

        for t in range(i, j):
            if lows[t] not in _NAMED_VICTIM_VERBS:
                continue
            # active: "killed (Hamas military) chief Mohammed Deif", "killed Nasrallah"
            for k in range(t + 1, min(j, t + 2 + _NAMED_TITLE_REACH)):
                if lows[k] in (",", ";", "and", "in", "on", "at") or p.tokens.words[k].isdigit():
                    break
                e = titled(k)
                if e is not None and (k == t + 1 or lows[k - 1] in _NAMED_VICTIM_TITLES):
                    # "killed commander X and two of his aides": more victims than the one named
                    return None if e < j and lows[e] in ("and", "along", "together") else (t, e)
            # passive: "Hamas leader Ismail Haniyeh was killed", "Nasrallah had been killed"
            b = t - 1
            while b > i and lows[b] in _NAMED_VICTIM_AUX:
                b -= 1
            if b < t - 1 and lows[b + 1] in ("was", "has", "had"):
                for k in range(max(i, b - 3), b + 1):
                    e = titled(k)
                    if e == b + 1:
                        return k, t + 1
        return None

    @staticmethod
    def _victim_list(r: Reading, q: Mention, j: int, qs: list[Mention]) -> tuple[int, int, set[int]] | None:
        """``(end, total, inner)`` for a list of groups of people counted one by one from the count ``q`` on ("20
        children and two teachers", "five soldiers, two medics and a driver"): the token after the last group, the
        sum of their counts and the tokens of the counts after the first; None when ``q`` heads no such list."""
        lows = r.parse.tokens.lows
        tags = r.parse.tags

        def people_end(x: int) -> int | None:
            # the people a count counts: "children", "Palestinian civilians", "other fighters" (a few words at most)
            y = x
            while y < j and y - x < _LISTED_PEOPLE_LENGTH and lows[y] not in _PEOPLE and tags[y] in ("N", "ADJ"):
                y += 1
            return y + 1 if y < j and lows[y] in _PEOPLE else None

        if q.value.value is None:
            return None
        end = people_end(q.j)
        if end is None:
            return None
        total, joined = int(q.value.value), False
        inner: set[int] = set()
        starts = {m.i: m for m in qs}
        while end + 1 < j and lows[end] in ("and", ","):
            x = end + 1 if lows[end] == "and" else (end + 2 if end + 2 < j and lows[end + 1] == "and" else end + 1)
            nxt = starts.get(x)
            if nxt is not None and nxt.value.value is not None:
                after = people_end(nxt.j)
                count, span = int(nxt.value.value), range(nxt.i, nxt.j)
            elif x < j and lows[x] in ("a", "an", "one") and lows[x + 1:x + 2] and (lows[x + 1] in _ONE_PERSON or (
                    x + 2 < j and lows[x + 2] in _ONE_PERSON)):
                after = x + 2 if lows[x + 1] in _ONE_PERSON else x + 3
                count, span = 1, range(x, x + 1)
            else:
                break
            if after is None or (after < j and lows[after] in _CLAUSE_VERBS and
                                 not _ACTIVE_TOLL_BEFORE.isdisjoint(lows[max(0, q.i - 2):q.i])):
                break  # ("killed three soldiers and two children were hurt": a clause of its own)
            total += count
            inner.update(span)
            joined = True
            end = after
            if lows[x - 1] == "and":
                break  # the last group of the list
        return (end, total, inner) if joined else None

    @staticmethod
    def _more_victims(r: Reading, k: int, j: int, qs: list[Mention]) -> int | None:
        """The count of the people joined by "and" to the one person named from token ``k`` on ("a woman and
        her two children": 2; "a commander and two other fighters": 2); None when no such group follows."""
        lows = r.parse.tokens.lows
        x = k
        while x < j and x - k < _ONE_VICTIM_LENGTH and lows[x] not in _PEOPLE | _ONE_PERSON:
            x += 1
        if not (x + 1 < j and lows[x] in _PEOPLE | _ONE_PERSON and lows[x + 1] == "and"):
            return None
        if x + 3 < j and lows[x + 2] in _VICTIM_DETERMINERS and lows[x + 3] in _ONE_PERSON and \
                (x + 4 >= j or lows[x + 4] not in _CLAUSE_VERBS):
            return 1  # "killing the commander and his wife"
        for q in qs:
            if x + 2 <= q.i <= x + 3 and all(lows[y] in _VICTIM_DETERMINERS for y in range(x + 2, q.i)) and \
                    q.value.value is not None and q.j < j:
                end = q.j + 1 if lows[q.j] in _PEOPLE else q.j + 2 if (
                    q.j + 1 < j and lows[q.j] in ("other", "more") and lows[q.j + 1] in _PEOPLE) else None
                # (not the subject of a clause of its own: "killed a man, and two children were injured")
                if end is not None and (end >= j or lows[end] not in _CLAUSE_VERBS):
                    return int(q.value.value)
        return None

    @staticmethod
    def _past_victim_clause(r: Reading, t: int, j: int, consumed: set[int]) -> int:
        """Where the toll's verb group starts after a clause on what the victims were doing that opens at token
        ``t`` ("queueing at a bakery", "who were repairing the line"), with that clause's counts put in
        ``consumed``; ``t`` itself when no passive verb of killing or wounding ends it within reach."""
        lows = r.parse.tokens.lows
        u = t + 1
        while u < j and u - t <= _VICTIM_CLAUSE_LENGTH and lows[u] not in _VICTIM_CLAUSE_STOPS and (
                lows[u] not in _KILLED_WORDS | _INJURED_WORDS or lows[u - 1] == "the"):  # ("evacuating the wounded")
            u += 1
        if not (u < j and lows[u] in _KILLED_WORDS | _INJURED_WORDS):
            return t
        v = u
        while v - 1 > t and lows[v - 1] in _VICTIM_CLAUSE_AUX:
            v -= 1
        if v == u or lows[v] not in ("were", "was"):
            return t
        consumed.update(range(t, v))
        return v

    def _locations(self, r: Reading, ci: int, cj: int, ms: list[FrameMatch], agents: list[Chunk],
                   all_reasons: list[tuple[int, int]]) -> list[Mention]:
        p = r.parse
        tok = p.tokens
        lows = tok.lows
        # a strike told inside the saying part ("Israel, which struck Beirut on Friday, says ...", "Israel struck
        # Beirut and says ...") keeps its places: that part is then no mere speaker's name
        triggers = [r.chars(m.trigger.i, m.trigger.j)[0] for m in ms]
        saying = [(a, b) for a, b in r.speaker_spans() if not any(a <= t < b for t in triggers)]
        agent_spans = [r.chars(c.i, c.j) for c in agents]
        found: list[Mention] = []
        landmarks: list[Mention] = []
        reasons = [(a, b) for a, b in all_reasons if not any(a <= m.trigger.i < b for m in ms)]

        def keep(m: Mention) -> bool:
            if inside_any(m.start, m.end, saying) or any(o is m for o in found):
                return False
            if m.i >= 2 and lows[m.i - 1] == "in" and lows[m.i - 2] in _SPEAKING_VERBS:
                return False  # "..., a defence spokesman said in Jammu": where it was said
            if m.i >= 2 and lows[m.i - 1] in ("in", "by", "from") and lows[m.i - 2] in _ORIGIN_PARTICIPLES:
                return False  # "missiles made in North Korea", "drones supplied by Iran": where the weapon is from
            if m.i >= 2 and (lows[m.i - 2], lows[m.i - 1]) in _REGISTRY:
                return False  # "a ship flying the flag of Panama": where the ship is registered
            if _reference_point(lows, m.i):
                if ci <= m.i < cj and all(o is not m for o in landmarks) and _near_landmark(r, m.i):
                    landmarks.append(m)
                return False  # "near Tortoroow, about 90 km southwest of Mogadishu": a landmark to measure from
            if any(a <= m.i < b for a, b in reasons):
                return False  # the place of the strike's reason, another event
            if m.i > 0 and lows[m.i - 1] in _NOT_HIT and not fired_toward(m.i - 1):
                return False
            return True

        def fired_toward(t: int) -> bool:
            # "rockets fired toward the Metula area", "fired rockets towards Kiryat Shmona", "drones toward
            # Eilat": where munitions were sent is what they attacked (not "advanced toward Pokrovsk")
            return lows[t] in ("toward", "towards") and t > 0 and (lows[t - 1] in _FIRED_TOWARD or any(
                w.kind is Kind.WEAPON and w.j == t for w in p.mentions))

        def side_on_attack(pl: Mention) -> bool:
            # "Five killed in Israel strike on Gaza home": the country on the attack noun is its side (unless the
            # toll's own subject did it: "Jihadists kill 20 in Burkina Faso attack")
            return pl.value.precision is GeoPrecision.COUNTRY and any(
                m.pos == "noun" and m.trigger.i <= pl.i and pl.j <= m.head and not self._placed_attack(r, m, ms)
                for m in ms if m.frame.set.get("kind") == "attack")

        for m in ms:
            if m.pos == "noun" and m.frame.set.get("kind") == "attack":
                for pl in m.trigger.mentions:  # "the Zaporizhzhia double-tap attack"
                    if pl.kind is Kind.PLACE and pl.j <= m.head and keep(pl) and \
                            pl.value.precision is not GeoPrecision.COUNTRY and \
                            not (pl.j < len(lows) and lows[pl.j] in ("'s", "'")):  # "Moscow's attack": who
                        found.append(pl)
            for c in m.roles.get("target", []):
                for pl in c.mentions:
                    if pl.kind is Kind.PLACE and keep(pl) and not inside_any(pl.start, pl.end, agent_spans):
                        if pl.j <= c.head and lows[c.head] in _PEOPLE | {"troops", "forces", "units"}:
                            continue  # "North Korean soldiers in Russia": whose soldiers, not where
                        if side_on_attack(pl):
                            continue  # "Seven were killed in Israel strike on ...": the toll's "in" target
                        found.append(pl)
        # "... kill 25 in Gaza as ceasefire talks resume in Cairo": a place in another event's phrase is its own
        elsewhere = [(c.i, c.j) for m in r.matches if m.type == "diplomatic_event"
                     and not any(o is m for o in ms) for role in ("location", "participant", "target")
                     for c in m.roles.get(role, [])]
        # "... on Kharkiv as Kyiv reports new losses near Pokrovsk": a clause of its own, about something else
        elsewhere += self._other_clauses(r, ms) + reasons
        # "tensions in the Middle East over Iran's attack on Israel": a strike named only by a noun that names
        # its own place is read from its noun group on; the places before it belong to other phrases ("Fires
        # broke out across Kharkiv in what was Moscow's attack on the city" names none: the clause's place)
        nominal_from = min(m.trigger.i for m in ms) if found and all(m.pos == "noun" for m in ms) else ci
        for pl in r.mentions(ci, cj, Kind.PLACE):
            if not keep(pl) or inside_any(pl.start, pl.end, agent_spans) or any(a <= pl.i < b for a, b in elsewhere):
                continue
            if pl.i < nominal_from and not (ci == 0 and pl.i <= 3 and lows[0] in ("in", "across", "over", "inside")):
                continue
            k = pl.i - 1
            while k >= ci and (lows[k] in DIRECTIONS or lows[k] == "the" or lows[k] in _PLACE_STATES):
                k -= 1
            before = lows[k] if k >= ci else ""
            after = lows[pl.j] if pl.j < len(lows) else ""
            # a country as a name ("Russia launched") is a side, not a place hit
            if pl.value.precision is GeoPrecision.COUNTRY and before not in _LOCATIVE:
                continue
            if side_on_attack(pl):
                continue
            if before in _LOCATIVE or _between_route(lows, k, ci) or pl.form in ("noun", "region", "list") or \
                    before in ("hit", "struck", "attacked",
                                                                                           "shelled", "bombed",
                                                                                           "targeted", "pounded") or (
                    before in _LIST_OPENERS and self._opens_target_list(r, k, ms)):
                if after in ("'s", "'") and pl.value.precision is GeoPrecision.COUNTRY:
                    continue
                found.append(pl)
        found.extend(self._national_territory(r, ci, cj, found, keep, agent_spans))
        # "In Russia, the ministry said ...": the opening place of the sentence, for its first clause
        if ci == 0 or not found:
            if len(lows) > 2 and lows[0] in ("in", "across", "over", "inside"):
                for pl in r.mentions(0, min(len(lows), 8), Kind.PLACE):
                    if pl.i <= 3 and all(o is not pl for o in found) and not inside_any(pl.start, pl.end, agent_spans):
                        # "In Russia, the governor said drones hit Shebekino": the country only frames the place
                        if not any(o.value.country == pl.value.name and o.value.name != pl.value.name
                                   for o in found):
                            found.insert(0, pl)
                        break
        found.sort(key=lambda m: m.i)
        found = self._framing_country(r, found)
        # "Iran's enrichment facility at Natanz", "Ukraine's energy facilities in Kharkiv": the possessive country
        # owns a target that a place in it locates; it adds no place hit
        found = [pl for pl in found if not (pl.value.precision is GeoPrecision.COUNTRY and pl.j < len(lows) and
                                            lows[pl.j] in ("'s", "'") and any(
                                                o is not pl and o.value.country == pl.value.name for o in found))]
        # "Iran launches missiles at U.S. base in Qatar", "Rockets hit the U.S. embassy in Baghdad": a country
        # that modifies the target's noun owns it; the place after it, in another country, is where it was hit
        found = [pl for pl in found if not (pl.value.precision is GeoPrecision.COUNTRY and self._owner_modifier(
            r, pl) and any(o.i > pl.i and o.value.country and o.value.country != pl.value.name for o in found))]
        # "the Russian border region", "the city": the story's region or city, named as a target
        if not found:
            for m in ms:
                for c in m.roles.get("target", []):
                    head = lows[c.head]
                    anaphor = anaphor_place(r, c)  # "the village", "the town's outskirts": the place named before
                    if anaphor is not None:
                        found.append(anaphor)
                    elif lows[c.i] == "the" and head in _ANAPHORS and not c.mentions:
                        place = r.story.last_region if _ANAPHORS[head] == "region" else r.story.last_city \
                            if _ANAPHORS[head] in ("city",) else None
                        if place is not None:
                            s, e = r.chars(c.head, c.head + 1)
                            found.append(Mention(Kind.PLACE, c.head, c.head + 1, s, e, r.text[s:e], place, "anaphor"))
        # "the attack", "this strike": the places of the story's latest strike
        if not found:
            for m in ms:
                if m.pos == "noun" and lows[m.trigger.i] in ("the", "this", "that") and m.frame.set.get("kind") == "attack":
                    latest = r.story.latest_placed_strike(3)
                    if latest is not None:
                        s, e = r.chars(m.trigger.i, m.trigger.j)
                        found.extend(Mention(Kind.PLACE, m.trigger.i, m.trigger.j, s, e, r.text[s:e], pl, "story")
                                     for pl in latest.places)
                        break
        found = self._districts_as_cities(r, found)
        first = min(m.trigger.i for m in ms)
        # "told a news conference in Rawalpindi that Indian drones had been shot down over Lahore": where it was
        # said is no place hit
        found = [pl for pl in found if not self._where_said(r, pl.i, first)]
        if any(pl.value.name not in _FRONT_LINES for pl in found):
            # "villages along the Line of Control in Poonch district": the line only says where the places lie
            found = [pl for pl in found if pl.value.name not in _FRONT_LINES]
        # "the Nuseirat camp in central Gaza": a region written with a direction is the container, not a second place
        out = [pl for pl in found if not (self._directional(r, pl) and any(
            q is not pl and _contains(pl.value, q.value) for q in found))]
        # "Stepanakert, the main city of Nagorno-Karabakh, was shelled", "Martuni, in Karabakh's east": a place in an
        # apposition that describes the place before it says where that one lies, it is no second place hit
        out = [pl for pl in out if not any(q is not pl and _describes(lows, q, pl) for q in out)]
        if not out:
            out = self._anaphor(r, ci, cj)
        if not out and landmarks:
            # "a farm 12 km east of Kobani": with no place hit named, the town it is measured from
            out = landmarks[:1]
        if not out:
            out = self._target_nation(r, ms, agent_spans)
        return out

    @staticmethod
    def _where_said(r: Reading, at: int, trigger: int) -> bool:
        """True when token ``at`` lies between a reporting verb (a claim frame's verb) and the "that" of its
        content, which holds the strike's ``trigger``: the place of the statement ("told reporters in Kyiv that
        ..."), not of the strike."""
        said = max((m.trigger for m in r.matches if m.type == "claim" and m.pos == "verb" and m.trigger.kind == "VG"
                    and m.trigger.finite and m.trigger.i < at), key=lambda c: c.i, default=None)
        if said is None:
            return False
        for c in r.parse.chunks[said.index + 1:]:
            if c.kind in ("SUB", "REL") and c.lemma == "that":
                return at < c.i <= trigger  # (the verb's own "that": only its phrases stand between)
            if c.kind not in _ATTRIBUTION_PHRASE_KINDS:
                return False
        return False

    def _state_country(self, actor: str) -> Place | None:
        """The country place of a state of the actors file ("Russia" for the actor Russia), or ``None`` for an
        actor that is no state or a name the gazetteer has no country for."""
        if self.lex.actors.kind.get(actor) != "state":
            return None
        country = self.lex.gazetteer.resolve(actor, fuzzy=False)
        return country if country is not None and country.precision is GeoPrecision.COUNTRY else None

    def _target_nation(self, r: Reading, ms: list[FrameMatch], agent_spans: list[tuple[int, int]]) -> list[Mention]:
        """ "attacked Russian oil refineries", "struck Iranian air defence sites": with no place named, a state's
        adjective on a fixed target (a target of the lexicon or :data:`_FIXED_SITE_HEADS`; not a ship, a plane
        or troops) places the strike in that state's country."""
        lows = r.parse.tokens.lows
        for m in ms:
            for c in m.roles.get("target", []):
                fixed = lows[c.head] in _FIXED_SITE_HEADS or any(
                    t.kind is Kind.TARGET and t.i <= c.head < t.j and str(t.value) not in _MOBILE_TARGET_KINDS
                    for t in c.mentions)
                if not fixed or lows[c.head] in _MOBILE_HEADS:
                    continue
                for a in c.mentions:
                    if a.kind is not Kind.ACTOR or a.form != "adjective" or a.j > c.head or \
                            inside_any(a.start, a.end, agent_spans):
                        continue
                    country = self._state_country(str(a.value))
                    if country is not None:
                        return [Mention(Kind.PLACE, a.i, a.j, a.start, a.end, a.text, country, "nation")]
        return []

    def _ruling_military(self, r: Reading, agents: list[Chunk], places: list[Mention]) -> tuple[str, str] | None:
        """ "Junta jets bombed a school in Sagaing region": a military that rules (:data:`_RULING_MILITARY`) strikes
        in its own country, so the state of the places it struck is the attacker (none when they lie in more
        than one country, or that country is no state of the actors file)."""
        lows = r.parse.tokens.lows
        agent = next((c for c in agents if set(lows[c.i:c.j]) & _RULING_MILITARY), None)
        home = agent is None
        if home:
            # "A military airstrike on a monastery in Sagaing", "The army's drone strike near Al-Nuhud": a state's
            # forces named by what they are, in a country whose state fights an armed group at home (an armed
            # group of the actors file has it as its foe)
            agent = next((c for c in agents if set(lows[c.i:c.j]) & _HOME_MILITARY and not any(
                m.kind is Kind.ACTOR and c.i <= m.i < c.j for m in r.parse.mentions) and not self._blamed(r, c)),
                None)
        if agent is None or not places:
            return None
        # a place the gazetteer does not list ("Lin Ta Lu village") has no country: the others decide
        countries = {pl.value.country or (pl.value.name if pl.value.precision is GeoPrecision.COUNTRY else None)
                     for pl in places if pl.value.precision is not GeoPrecision.UNKNOWN}
        if len(countries) != 1 or None in countries:
            return None
        state = self.lex.actors.named(str(next(iter(countries))))
        if state is None or self.lex.actors.kind.get(state) != "state":
            return None
        if home and not any(foe == state and self.lex.actors.kind.get(group) == "armed_group"
                            for group, foe in self.lex.actors.foe.items()):
            return None  # ("a military strike in Gaza": no state at war at home there)
        return r.parse.text(agent), state

    @staticmethod
    def _blamed(r: Reading, c: Chunk) -> bool:
        """True for the object of a blame ("a drone strike blamed on the army", "attributed to the military"): an
        accusation, not the attacker as fact."""
        chunks = r.parse.chunks
        k = c.index
        return k >= 2 and chunks[k - 1].kind == "PREP" and chunks[k - 2].kind == "VG" and \
            chunks[k - 2].lemma in _BLAME_VERBS

    @staticmethod
    def _settlement_raid(r: Reading, attacks: list[FrameMatch]) -> bool:
        """ "Gangs attacked the town of Mirebalais", "Armed men attacked the village of Kana", "Bandits attacked
        Kenscoff": unnamed armed men (:data:`_RAIDERS`, or men called armed) who attack a whole settlement, its
        direct object (a settlement noun or a populated place), use force as a war does; a gang that attacks a
        man, a shop or a bus is crime news."""
        lows = r.parse.tokens.lows
        for m in attacks:
            agents = m.relations.get("agent", [])
            if not agents or not all(lows[c.head] in _RAIDERS or (
                    lows[c.head] in _ARMED_HEADS and "armed" in lows[c.i:c.head]) for c in agents):
                continue
            if m.frame.id == "strike.kill" and m.pos == "verb":
                # "Bandits kill 23 in Zamfara village raid", "Gunmen kill 12 villagers in Plateau": armed men who
                # kill a settlement's people, or kill in a raid on a settlement (not "gunmen killed two men")
                places = m.roles.get("target", [])
                if any(lows[c.head] in _SETTLEMENT_PEOPLE for c in m.relations.get("patient", [])) or any(
                        lows[c.head] in _RAID_NOUNS and set(lows[c.i:c.head]) & _SETTLEMENT_HEADS
                        for c in places) or (any(lows[c.head] in _RAID_NOUNS for c in places) and any(
                        lows[c.head] in _SETTLEMENT_HEADS for c in places)):
                    return True  # (and "in a raid on a farming village")
                continue
            if m.pos != "verb" or m.frame.id != "strike.attack":
                continue
            for c in m.relations.get("patient", []):
                if lows[c.head] in _SETTLEMENT_HEADS or any(
                        pl.kind is Kind.PLACE and pl.i <= c.head < pl.j and pl.value.precision is GeoPrecision.PLACE
                        for pl in c.mentions):
                    return True
        return False

    @staticmethod
    def _opens_target_list(r: Reading, k: int, ms: list[FrameMatch]) -> bool:
        """ "hit several cities including Kharkiv and Odesa", "over several regions, including Sumy": the word at
        token ``k`` opens a list of the places of a target (or place) noun group just before it."""
        c = r.parse.chunks[r.parse.chunk_of[k]]
        b = c.index - 1
        if b >= 0 and r.parse.chunks[b].kind == "PUNCT" and r.parse.chunks[b].lemma == ",":
            b -= 1
        if b < 0:
            return False
        prev = r.parse.chunks[b]
        return any(prev is t for m in ms for t in m.roles.get("target", []))

    def _national_territory(self, r: Reading, ci: int, cj: int, found: list[Mention],
                            keep: Callable[[Mention], bool], agent_spans: list[tuple[int, int]]) -> list[Mention]:
        """ "shot down over Russian territory", "intercepted in Israeli airspace": a state's adjective before a
        word for its territory (``_TERRITORY_NOUNS``) after a locative preposition places the strike in that
        country, unless a place in that country is named too."""
        lows = r.parse.tokens.lows
        out: list[Mention] = []
        for a in r.mentions(ci, cj, Kind.ACTOR):
            if a.form != "adjective" or a.j >= len(lows) or lows[a.j] not in _TERRITORY_NOUNS or a.i < 1 or \
                    inside_any(a.start, a.end, agent_spans):
                continue
            k = a.i - 1
            while k > ci and lows[k] in ("the", "deep", "far"):
                k -= 1
            if lows[k] not in _LOCATIVE:
                continue
            country = self._state_country(str(a.value))
            if country is None:
                continue
            start, end = r.chars(a.i, a.j + 1)
            pl = Mention(Kind.PLACE, a.i, a.j + 1, start, end, r.text[start:end], country, "territory")
            # "pressed its offensive in Russian territory and bombarded the Belgorod region": a place named in
            # that country says where, the country adds nothing
            if keep(pl) and all(o.value.name != country.name and o.value.country != country.name
                                for o in found + out):
                out.append(pl)
        return out

    def _other_clauses(self, r: Reading, ms: list[FrameMatch]) -> list[tuple[int, int]]:
        """Token ranges of "as"/"while" clauses with their own subject and verb and no strike trigger."""
        chunks = r.parse.chunks
        out: list[tuple[int, int]] = []
        for k, c in enumerate(chunks):
            if c.kind != "SUB" or c.lemma not in ("as", "while", "whereas", "although", "though"):
                continue
            if k + 2 >= len(chunks) or chunks[k + 1].kind != "NG" or chunks[k + 2].kind != "VG" or \
                    not chunks[k + 2].finite:
                continue
            end = next((x.i for x in chunks[k + 3:] if x.kind in ("SUB", "PUNCT") and x.lemma != "'s"),
                       len(r.parse.tokens))
            if any(c.i <= m.trigger.i < end for m in ms):
                continue  # "... as drones hit Kharkiv": the strike's own clause
            if any(m.type == "strike" and c.i <= m.trigger.i < end for m in r.matches):
                continue
            out.append((c.i, end))
        return out

    @staticmethod
    def _reasons(r: Reading) -> list[tuple[int, int]]:
        """Token ranges of the reasons given for a strike ("in retaliation for the shelling of Donetsk"), each
        up to the next comma or subordinate clause."""
        lows = r.parse.tokens.lows
        if not _REASON_WORDS.intersection(lows):
            return []  # (most sentences: no marker's word at all)
        chunks = r.parse.chunks
        out: list[tuple[int, int]] = []
        for k in range(len(lows)):
            for marker in _REASON_MARKERS:
                if lows[k] == marker[0] and tuple(lows[k:k + len(marker)]) == marker:
                    end = next((x.i for x in chunks if x.i > k and x.kind in ("SUB", "PUNCT") and x.lemma != "'s"),
                               len(lows))
                    out.append((k, end))
        return out

    @staticmethod
    def _prior_attacks(r: Reading, strikes: list[FrameMatch]) -> list[tuple[int, int]]:
        """Token ranges of "after a <side> <attack noun> ..." ("after a JNIM attack on the town", "after a Hezbollah
        rocket attack on Haifa"), each up to the next comma or subordinate clause: an attack noun whose noun
        group names a side (not "killed after a drone attack", which names none)."""
        chunks = r.parse.chunks
        out: list[tuple[int, int]] = []
        for c in chunks:
            if c.kind != "PREP" or c.lemma != "after" or c.index + 1 >= len(chunks):
                continue
            ng = chunks[c.index + 1]
            attack = next((m for m in strikes if m.pos == "noun" and m.frame.set.get("kind") == "attack" and
                           ng.i <= m.head < ng.j), None)
            if attack is None or not any(mm.kind is Kind.ACTOR and mm.j <= attack.head for mm in ng.mentions):
                continue
            end = next((x.i for x in chunks if x.i > c.i and x.kind in ("SUB", "PUNCT") and x.lemma != "'s"),
                       len(r.parse.tokens.lows))
            out.append((c.i, end))
        return out

    def _speaker_place(self, r: Reading, at: int) -> Mention | None:
        """The place a local speaker is named for ("the Kharkiv governor", "Gaza's civil defence agency",
        "the mayor of Kyiv"), for a strike reported in its statement that names no place."""
        claim = r.claim_over(at)
        if claim is None or not claim.content:
            return None
        saying = [(claim.start, claim.content[0]), (claim.content[1], claim.end)]
        said = " ".join(r.text[a:b].lower() for a, b in saying)
        if not any(w in said for w in _LOCAL_SPEAKERS):
            return None  # "a Kyiv official": the government, not where the strike was
        for pl in r.parse.mentions:
            if pl.kind is Kind.PLACE and pl.value.precision is not GeoPrecision.COUNTRY and \
                    inside_any(pl.start, pl.end, saying):
                return pl
        return None

    def _framing_country(self, r: Reading, found: list[Mention]) -> list[Mention]:
        """ "In Russia, the governor said drones hit Shebekino": an opening country only frames a place in it;
        but "In Russia, 30 drones were downed, eight in the Moscow region" keeps both (CONVENTIONS: part of
        the attack is placed only at country level). A roundup's fronted "in X," after a heading, a semicolon or
        "meanwhile" frames its clause the same way ("ROUNDUP: In Iraq, ...; in Syria, jets bombed a site in
        Daraa")."""
        lows = r.parse.tokens.lows
        quantities = [q for q in r.parse.mentions if q.kind is Kind.QUANTITY]
        wide = [pl for pl in found if pl.value.precision in (GeoPrecision.COUNTRY, GeoPrecision.ADMIN1)]
        # the sentence's opening place ("In northern Israel, ...", "In Russia's Kursk region") and fronted ones
        first = wide[0] if wide and wide[0].i <= 3 and len(lows) >= 3 and lows[0] in (
            "in", "across", "over", "inside") else None
        framers = [pl for pl in wide if pl is first or self._fronted(lows, pl)]
        drop: list[Mention] = []
        for country in framers:
            # the clause it frames: up to the next framer or semicolon
            end = min([f.i for f in framers if f.i > country.i] +
                      [k for k in range(country.j, len(lows)) if lows[k] == ";"] + [len(lows)])
            inner = [pl for pl in found if pl is not country and country.i < pl.i < end and country.value.name in (
                pl.value.country, pl.value.admin1)]
            if not inner and country.i <= 3:  # (an opening framer also frames a place named before the strike)
                inner = [pl for pl in found if pl is not country and pl.i < end and country.value.name in (
                    pl.value.country, pl.value.admin1)]
            # a share of a count placed on its own: "30 drones ..., eight (of them) in the Moscow region" (not the
            # toll's own count: "In Syria, a drone killed three fighters in Kobani" is Kobani alone)
            split = any(q.j >= pl.i - 3 and q.j <= pl.i and any(o.j <= q.i for o in quantities) and (
                lows[q.j] in _SHARE_LOCATIVES or tuple(lows[q.j:q.j + 2]) in (("of", "them"), ("of", "which")))
                for pl in inner for q in quantities)
            if inner and not split:
                drop.append(country)
        return [pl for pl in found if not any(pl is d for d in drop)]

    @staticmethod
    def _fronted(lows: list[str], pl: Mention) -> bool:
        """ "In Iraq, ...", "ROUNDUP: In Iraq, ...", "...; in Syria, ...", "Meanwhile, in Russia, ...": a place
        after a locative that opens the sentence or a clause of a roundup, closed by a comma."""
        k = pl.i - 1
        while k >= 0 and (lows[k] == "the" or lows[k] in DIRECTIONS):
            k -= 1
        if k < 0 or lows[k] not in ("in", "across", "over", "inside") or pl.j >= len(lows) or lows[pl.j] != ",":
            return False
        return k == 0 or lows[k - 1] in _FRAMING_OPENERS

    def _districts_as_cities(self, r: Reading, found: list[Mention]) -> list[Mention]:
        """ "in the Shevchenkivskyi and Holosiivskyi districts": a district is reported as its city
        (CONVENTIONS), the story's city when the sentence names none."""
        lows = r.parse.tokens.lows
        out: list[Mention] = []
        for pl in found:
            k = pl.j
            while k < len(lows) and k - pl.j < 4 and (lows[k] in ("and", ",") or r.parse.tokens.words[k][:1].isupper()):
                k += 1  # "X and Y districts"
            if k < len(lows) and lows[k] in _DISTRICT_WORDS and pl.value.precision in (
                    GeoPrecision.PLACE, GeoPrecision.UNKNOWN) and pl.form != "noun":
                city = r.story.last_city
                if city is not None and pl.value.country and pl.value.country != city.country:
                    out.append(pl)  # "in Poonch district": a district named after a known town of another country
                    continue
                if city is None and pl.value.precision is GeoPrecision.PLACE:
                    out.append(pl)  # "in Kurram district", no city before: the known town the district is named after
                    continue
                if city is None or any(o.value == city for o in out) or self._foreign_sides(r, city.country):
                    continue
                out.append(Mention(Kind.PLACE, pl.i, pl.j, pl.start, pl.end, pl.text, city, "district"))
                continue
            out.append(pl)
        return out

    def _foreign_sides(self, r: Reading, country: str | None) -> bool:
        """True when the sentence names a side that is neither ``country`` nor its opponent in the story:
        "the Indian army post in Poonch district" in a page that last named a Ukrainian city."""
        if not country:
            return False
        known = {country, r.story.opponent(country)}
        return any(m.value not in known for m in r.mentions(0, len(r.parse.tokens), Kind.ACTOR)
                   if isinstance(m.value, str))

    def _directional(self, r: Reading, pl: Mention) -> bool:
        lows = r.parse.tokens.lows
        words = pl.text.lower().split()
        return (pl.i > 0 and lows[pl.i - 1] in DIRECTIONS) or bool(words and (words[0] in DIRECTIONS or (
            len(words) > 1 and words[0] == "the" and words[1] in DIRECTIONS)))

    def _anaphor(self, r: Reading, ci: int, cj: int) -> list[Mention]:
        """ "across the country", "in the region", "the city": the story's country, region or city."""
        lows = r.parse.tokens.lows
        for t in range(ci + 2, cj):
            word = _ANAPHORS.get(lows[t])
            if word and lows[t - 1] == "the" and lows[t - 2] in ("in", "across", "throughout", "on", "of", "over", "at"):
                place = None
                if word == "country":
                    claim = next((d for d in r.claims if d.slots.get("actor")), None)
                    side = claim.slots["actor"] if claim else None
                    place = self.lex.gazetteer.resolve(side) if side else None
                elif word == "capital":
                    place = r.story.last_city
                    if place is not None and self.lex.actors.alias_to_actor.get(place.name) != place.country:
                        place = None
                elif word == "region":
                    place = r.story.last_region
                else:
                    place = r.story.last_city
                if place is not None:
                    s, e = r.chars(t, t + 1)
                    return [Mention(Kind.PLACE, t, t + 1, s, e, r.text[s:e], place, "anaphor")]
        return []


def _of_follows(p: Any, c: Chunk) -> bool:
    """True when an "of" phrase follows a noun group: "a wave of drones" (the wave is of what the phrase names)."""
    k = c.index + 1
    return k + 1 < len(p.chunks) and p.chunks[k].kind == "PREP" and p.chunks[k].lemma == "of"


def _toll_before(lows: list[str], i: int, j: int) -> bool:
    """True when tokens ``i:j`` name a death toll before its "to N" / "at N": "the death toll from the strike on
    the school on Tuesday has risen to", "the total killed in the attack to", "the number of dead to"."""
    if "toll" in lows[i:j]:
        return True
    for x in range(i, j):
        if lows[x] in _TOLL_TOTALS and any(w in _KILLED_WORDS for w in lows[x + 1:min(j, x + 4)]):
            return True
    return False


def _between_route(lows: list[str], k: int, ci: int) -> bool:
    """True when token ``k``, just before a place, is the "between" of "the road between A and B" or the "and"
    of its second end (:data:`_ROUTE_HEADS`)."""
    b = k
    if k >= ci and lows[k] == "and":
        b = k - 1
        while b > ci and k - b <= _BETWEEN_REACH and lows[b] not in ("between", ",", "and"):
            b -= 1
    return b > ci and lows[b] == "between" and lows[b - 1] in _ROUTE_HEADS


def _reference_point(lows: list[str], i: int) -> bool:
    """True for a place after "N km (direction) of|from": it measures where the place hit is, it was not hit."""
    k = i - 1
    if k < 0 or lows[k] not in ("of", "from"):
        return False
    k -= 1
    while k >= 0 and lows[k] in DIRECTIONS:
        k -= 1
    return k >= 0 and lows[k] in DISTANCE_UNITS


#: How far from a town a place hit may lie for the town to stand for it when no place hit is named ("a farm 12 km
#: east of Kobani": Kobani; "a town about 60 km north of El Obeid": not El Obeid).
_NEAR_LANDMARK_KM = 20.0


def _near_landmark(r: Reading, i: int) -> bool:
    """True when the distance written before the reference place at token ``i`` ("12 km east of") is at most
    ``_NEAR_LANDMARK_KM`` (miles converted)."""
    lows = r.parse.tokens.lows
    k = i - 2
    while k >= 0 and lows[k] in DIRECTIONS:
        k -= 1
    if k < 1:
        return False
    count = next((m.value for m in r.parse.mentions if m.kind is Kind.QUANTITY and m.j in (k, k + 1)
                  and m.value.value is not None), None)
    if count is None:
        return False
    km = float(count.value) * (1.609 if lows[k].startswith("mi") else 1.0)
    return km <= _NEAR_LANDMARK_KM


#: Heads of an apposition that describes a place by where it lies: "Stepanakert, the main city of Karabakh".
_DESCRIBING_HEADS = frozenset({"city", "town", "village", "capital", "port", "hub", "centre", "center", "seat",
                               "stronghold", "settlement", "district", "region", "province", "enclave"})
#: The most tokens from the comma after a place to the place its apposition names.
_APPOSITION_SPAN = 8


def _describes(lows: list[str], q: Mention, pl: Mention) -> bool:
    """True when place ``pl`` stands in an apposition right after place ``q`` and its comma that describes ``q``:
    "q, the main city of pl", "q, a port town in southern pl", "q, in pl's east" (no comma between them; the
    apposition may be read as one described place, "the main city of Nagorno-Karabakh")."""
    if q.j >= pl.i or lows[q.j] != "," or pl.i - q.j > _APPOSITION_SPAN or "," in lows[q.j + 1:pl.i]:
        return False
    if lows[q.j + 1] == "in" and pl.i == q.j + 2 and pl.j < len(lows) and lows[pl.j] in ("'s", "'"):
        return True  # "Martuni, in Karabakh's east"
    words = [w for w in lows[q.j + 1:pl.j] if w not in DIRECTIONS]
    return len(words) >= 3 and words[0] in ("the", "a", "an") and ("of" in words or "in" in words) and any(
        w in _DESCRIBING_HEADS for w in words)


def _contains(outer: Any, inner: Any) -> bool:
    """True when place ``outer`` is the region or country of place ``inner`` ("Gaza" of Al-Mawasi)."""
    names = [n for n in (inner.admin1, inner.country) if n]
    key = outer.name.lower()
    return bool(outer.name != inner.name and any(n.lower().startswith(key) for n in names))


__all__ += ["mentions_of"]
