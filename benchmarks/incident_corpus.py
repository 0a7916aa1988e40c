#!/usr/bin/env python3
"""Synthetic multi-report incidents: many pages, several outlets, known clusters.

    python benchmarks/incident_corpus.py OUT_DIR [--scenarios 40] [--seed 11]

writes ``OUT_DIR/docs.jsonl`` (``{"id", "text", "published", "source", "url"}``)
and ``OUT_DIR/gold.jsonl``: one line per planted mention, ``{"doc", "type",
"start", "end", "quote", "cluster", ...slots}``, where ``text[start:end] ==
quote`` and ``cluster`` names the real-world incident the mention reports.
Claims carry ``cluster`` too: the incident they are about. ``role`` is the
kind of page (``report``, ``repost``, ``follow-up``, ``round-up``) and
``headline`` whether the mention is the page's headline. The slots are the
ones a correct extraction would give (``actor``, ``weapons``, ``locations``,
``date``, ``killed``, ...), so the merge can also be run on the gold events
themselves (the "oracle" run of ``benchmarks/incidents.py``).

Every sentence is written for the project (some vocabulary comes from
``corpus.py``); names, numbers, outlets and dates vary with the seed. The
output depends only on ``--scenarios`` and ``--seed``.

Each scenario is one news day ``D`` (scenarios are three days apart) and
plants these incidents, each reported on several pages:

* **several outlets, different phrasings**: the main strike on a city is
  told by three outlets in three different shapes (launch count and air
  force claim; casualty sentence; "when ... struck" clause), each under its
  own headline;
* **repost**: one of those pages is syndicated with a changed headline and an
  otherwise identical body, by another outlet or by the same one;
* **next-day follow-up**: a page published on ``D + 1`` gives the updated
  death toll of "``W``'s strike" (``W`` the weekday of ``D``), and the
  attacker's denial (a claim, with the strike stated inside it);
* **same city, same day, different strike** (every other scenario): an
  evening missile strike on the same city by the same attacker, hitting
  another target. What keeps it apart from the morning drone strike in the
  event records is the **weapon kind** (``missile`` against ``drone``) and the
  toll; actor, place and date are the same;
* **same city, same day, different attackers** (the other scenarios): drone
  strikes on one Sudanese city by the Sudanese army and by the Rapid Support
  Forces, same weapon kind, same day. Only the **actor** keeps them apart;
* **same day, different city**: another strike by the same attacker on another
  city the same day (kept apart by the **place**);
* a **territorial change** (a captured village, two reports and the
  defender's denial), a **diplomatic meeting** (two reports, "met" and "held
  talks") and, every third scenario, a **planned deployment** (two reports);
* a **round-up page** that states the main strike, the other-city strike and
  the captured village in one text (several incidents on one page).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import BOILERPLATE_BOTTOM, BOILERPLATE_TOP, FILLER, NUMBERS, PARTNERS, VILLAGES, WEEKDAYS  # noqa: E402

#: Outlets: name and (reserved, ``.example``) domain.
OUTLETS = [
    ("Harbour Courier", "harbourcourier.example"), ("Daily Meridian", "meridian.example"),
    ("Eastern Wire", "easternwire.example"), ("The Lantern", "lantern.example"),
    ("Frontline Digest", "frontlinedigest.example"), ("Global Dispatch", "globaldispatch.example"),
    ("Northern Ledger", "northernledger.example"), ("River Post", "riverpost.example"),
]
#: Ukrainian cities a Russian strike may hit, with their region.
CITIES = ["Kharkiv", "Odesa", "Sumy", "Zaporizhzhia", "Dnipro", "Kherson", "Poltava", "Mykolaiv"]
#: Sudanese cities for the two-attacker case.
SUDAN_CITIES = ["Omdurman", "El Fasher", "Khartoum"]
TARGETS_MORNING = ["an energy facility", "a power substation", "a railway depot", "a warehouse"]
TARGETS_EVENING = ["a residential block", "a shopping centre", "a school building", "a hospital annexe"]
BALTIC = ["Lithuania", "Latvia", "Estonia"]
WEAPON_WORDS = {"drone": ("drones", "drone attack", "drone strike"),
                "missile": ("missiles", "missile attack", "missile strike")}
FOLLOW_UP_FILLER = [
    "Rescue workers were still searching the rubble on the second day.",
    "Funerals for some of the victims were held in the afternoon.",
    "The city declared a day of mourning.",
]


def _words(n: int) -> str:
    return NUMBERS.get(n, str(n))


class Page:
    """A page being written: its lines, and the gold mentions with their offsets."""

    def __init__(self, doc: str, rng: random.Random, outlet: tuple[str, str], published: dt.date,
                 role: str) -> None:
        self.doc = doc
        self.role = role
        self.outlet = outlet
        self.published = published
        self.parts: list[str] = rng.sample(BOILERPLATE_TOP, 2)
        self.gold: list[dict[str, Any]] = []
        #: the lines written with :meth:`add` and their mentions, to replay in a repost
        self.log: list[tuple[str, tuple[dict[str, Any], ...]]] = []
        self.rng = rng

    def _offset(self) -> int:
        return sum(len(p) + 1 for p in self.parts)

    def add(self, sentence: str, *mentions: dict[str, Any]) -> None:
        """Append a line; each mention's ``quote`` must occur in it (its first occurrence is marked)."""
        base = self._offset()
        for m in mentions:
            at = sentence.find(m["quote"])
            if at < 0:
                raise ValueError(f"quote {m['quote']!r} not in {sentence!r}")
            self.gold.append({"doc": self.doc, "type": m["type"], "start": base + at,
                              "end": base + at + len(m["quote"]), **m, "role": self.role,
                              "headline": not self.parts[2:]})
        self.parts.append(sentence)
        self.log.append((sentence, mentions))

    def text(self) -> str:
        return "\n".join(self.parts + self.rng.sample(BOILERPLATE_BOTTOM, 2)) + "\n"


def _strike(quote: str, cluster: str, actor: str | None, weapon: str | None, place: str | None,
            date: str | None, **counts: int) -> dict[str, Any]:
    row: dict[str, Any] = {"type": "strike", "quote": quote, "cluster": cluster, "actor": actor,
                           "weapons": [weapon] if weapon else [], "locations": [place] if place else [],
                           "date": date}
    row.update(counts)
    return row


def _claim(quote: str, cluster: str, actor: str | None, source: str, stance: str = "asserts") -> dict[str, Any]:
    return {"type": "claim", "quote": quote, "cluster": cluster, "actor": actor, "source": source,
            "stance": stance}


class Scenario:
    """One news day and the pages reporting its incidents."""

    def __init__(self, k: int, rng: random.Random, start: dt.date) -> None:
        self.k = k
        self.rng = rng
        self.day = start + dt.timedelta(days=3 * k)
        self.next_day = self.day + dt.timedelta(days=1)
        self.w = WEEKDAYS[self.day.weekday()]
        self.w_next = WEEKDAYS[self.next_day.weekday()]
        self.pages: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
        self.n = 0

    def cluster(self, name: str) -> str:
        return f"s{self.k:04d}-{name}"

    def page(self, headline: str, published: dt.date, outlet: tuple[str, str] | None = None,
             head_mentions: tuple[dict[str, Any], ...] = (), role: str = "report") -> Page:
        """A new page of this scenario, its headline written (``role``: report, repost, follow-up, round-up)."""
        doc = f"inc-{self.k:04d}-{self.n:02d}"
        self.n += 1
        p = Page(doc, self.rng, outlet or self.rng.choice(OUTLETS), published, role)
        p.add(headline, *head_mentions)
        return p

    def close(self, p: Page) -> None:
        name, domain = p.outlet
        slug = f"{p.published:%Y/%m/%d}/{p.doc}"
        self.pages.append(({"id": p.doc, "text": p.text(), "published": p.published.isoformat(),
                            "source": name, "url": f"https://{domain}/{slug}"}, p.gold))

    def build(self) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
        rng = self.rng
        d, w = self.day.isoformat(), self.w
        outlets = rng.sample(OUTLETS, len(OUTLETS))
        city, other_city = rng.sample(CITIES, 2)
        weapon = "drone"
        plural, attack, strike = WEAPON_WORDS[weapon]
        launched, downed = rng.choice([40, 48, 60, 75, 90]), rng.choice([25, 31, 40])
        killed, injured = rng.choice([2, 3, 4, 5]), rng.choice([6, 7, 9, 12, 14])
        killed_later = killed + rng.choice([2, 3, 4])
        target = rng.choice(TARGETS_MORNING)
        main = self.cluster("main")

        # --- the main strike: three outlets, three shapes
        p1 = self.page(f"Russian {plural} hit {city}", self.day, outlets[0],
                       (_strike(f"Russian {plural} hit {city}", main, "Russia", weapon, city, None),))
        q = f"Russia launched {launched} {plural} at {city} on {w}"
        p1.add(f"{q}, Ukraine's air force said.",
               _strike(q, main, "Russia", weapon, city, d, launched=launched),
               _claim(f"{q}, Ukraine's air force said", main, "Ukraine", "Ukraine's air force"))
        q = f"At least {_words(killed)} people were killed and {_words(injured)} injured in {city}"
        p1.add(f"{q}, the regional governor said.",
               _strike(q, main, "Russia", None, city, None, killed=killed, injured=injured),
               _claim(f"{q}, the regional governor said", main, "Ukraine", "regional governor"))
        p1.add(rng.choice(FILLER))

        head = f"{_words(killed).capitalize()} killed in Russian {attack} on {city}"
        p2 = self.page(head, self.day, outlets[1],
                       (_strike(head, main, "Russia", weapon, city, None, killed=killed),))
        q = f"A Russian {attack} on {city} on {w} killed {_words(killed)} people and injured {_words(injured)}"
        p2.add(f"{q}, the regional governor said.",
               _strike(q, main, "Russia", weapon, city, d, killed=killed, injured=injured),
               _claim(f"{q}, the regional governor said", main, "Ukraine", "regional governor"))
        p2.add(rng.choice(FILLER))

        head = f"{city} wakes to {attack}"
        p3 = self.page(head, self.day, outlets[2], (_strike(head, main, None, weapon, city, None),))
        q = (f"{_words(killed).capitalize()} people were killed and {_words(injured)} injured when Russian "
             f"{plural} struck {target} in {city} on {w} morning")
        p3.add(f"{q}.", _strike(q, main, "Russia", weapon, city, d, killed=killed, injured=injured))
        p3.add(rng.choice(FILLER))
        for p in (p1, p2, p3):
            self.close(p)

        # --- a syndicated repost of p1: new headline, same body; another outlet or the same one
        repost_outlet = outlets[3] if rng.random() < 0.5 else outlets[0]
        head = f"{city}: Russia sends {launched} {plural} overnight"
        p4 = self.page(head, self.day, repost_outlet,
                       (_strike(head, main, "Russia", weapon, city, None,
                                launched=launched),), role="repost")
        for line, mentions in p1.log[1:]:  # the body, not the headline
            p4.add(line, *mentions)
        self.close(p4)

        # --- next-day follow-up: updated toll and the attacker's denial
        p5 = self.page(f"{city} toll rises to {killed_later}", self.next_day, outlets[4],
                       (_strike(f"{city} toll rises to {killed_later}", main, None, None, city, None,
                                killed=killed_later),), role="follow-up")
        q = f"The death toll from {w}'s Russian {strike} on {city} has risen to {_words(killed_later)}"
        p5.add(f"{q}, the regional governor said on {self.w_next}.",
               _strike(q, main, "Russia", weapon, city, d, killed=killed_later),
               _claim(f"{q}, the regional governor said", main, "Ukraine", "regional governor"))
        p5.add(rng.choice(FOLLOW_UP_FILLER))
        q = f"Russia's defence ministry denied targeting civilian sites in {city}"
        p5.add(f"{q}.", _claim(q, main, "Russia", "Russia's defence ministry", "denies"),
               _strike(f"targeting civilian sites in {city}", main, "Russia", None, city, None))
        self.close(p5)

        # --- same city, same day: an evening missile strike (or, alternately, two attackers in Sudan)
        if self.k % 2 == 0:
            self._evening_missile(city, outlets)
        else:
            self._two_attackers(outlets)

        # --- same day, another city
        other = self.cluster("other-city")
        ow = rng.choice(["drone", "missile"])
        o_plural, o_attack, _ = WEAPON_WORDS[ow]
        o_inj = rng.choice([2, 3, 4, 5, 6])
        p6 = self.page(f"Russian {o_attack} on {other_city}", self.day, outlets[5],
                       (_strike(f"Russian {o_attack} on {other_city}", other, "Russia", ow, other_city, None),))
        q = (f"{_words(o_inj).capitalize()} people were injured in a Russian {o_attack} on {other_city} "
             f"on {w}")
        p6.add(f"{q}, the governor said.",
               _strike(q, other, "Russia", ow, other_city, d, injured=o_inj),
               _claim(f"{q}, the governor said", other, "Ukraine", "governor"))
        p6.add(rng.choice(FILLER))
        self.close(p6)

        # --- a captured village, two reports and a denial
        village, region = rng.choice(VILLAGES)
        terr = self.cluster("captured")
        p7 = self.page(f"Moscow claims {village}", self.day, outlets[6])
        q = f"Russian forces captured the village of {village}"
        p7.add(f"{q} in the {region} region, the Russian defence ministry said on {w}.",
               {"type": "territorial_change", "quote": q, "cluster": terr, "actor": "Russia",
                "change": "captured", "place": village, "admin1": region, "date": d},
               _claim(f"{q} in the {region} region, the Russian defence ministry said", terr, "Russia",
                      "Russian defence ministry"))
        q = f"Ukraine's general staff denied losing {village}"
        p7.add(f"{q}.", _claim(q, terr, "Ukraine", "Ukraine's general staff", "denies"))
        self.close(p7)
        head = f"Russia says it has taken {village}"
        p8 = self.page(head, self.day, outlets[7],
                       ({"type": "territorial_change", "quote": f"it has taken {village}", "cluster": terr,
                         "actor": "Russia", "change": "captured", "place": village, "admin1": region,
                         "date": None},
                        _claim(head, terr, "Russia", "Russia")))
        q = f"Russian troops have taken control of {village}"
        p8.add(f"{q}, a village in the {region} region, Moscow said on {w}.",
               {"type": "territorial_change", "quote": q, "cluster": terr, "actor": "Russia",
                "change": "captured", "place": village, "admin1": region, "date": d},
               _claim(f"{q}, a village in the {region} region, Moscow said", terr, "Russia", "Moscow"))
        self.close(p8)

        # --- a diplomatic meeting, two reports
        partner, partner_adj, capital = rng.choice(PARTNERS)
        dip = self.cluster("meeting")
        head = f"Ukraine and {partner} discuss air defence"
        p9 = self.page(head, self.day, outlets[0],
                       ({"type": "diplomatic_event", "quote": head, "cluster": dip, "kind": "talks",
                         "participants": ["Ukraine", partner], "location": None, "status": "occurred",
                         "date": None},))
        q = f"Ukraine's foreign minister met his {partner_adj} counterpart in {capital}"
        p9.add(f"{q} on {w}.", {"type": "diplomatic_event", "quote": q, "cluster": dip, "kind": "meeting",
                                "participants": ["Ukraine", partner], "location": capital,
                                "status": "occurred", "date": d})
        self.close(p9)
        p10 = self.page(f"Foreign ministers meet in {capital}", self.day, outlets[1])
        q = f"Ukraine's foreign minister held talks with his {partner_adj} counterpart in {capital}"
        p10.add(f"{q} on {w}, the ministry said.",
                {"type": "diplomatic_event", "quote": q, "cluster": dip, "kind": "talks",
                 "participants": ["Ukraine", partner], "location": capital, "status": "occurred", "date": d},
                _claim(f"{q} on {w}, the ministry said", dip, "Ukraine", "ministry"))
        self.close(p10)

        # --- a planned deployment, two reports (every third scenario)
        if self.k % 3 == 0:
            size = rng.choice([300, 500, 800, 1200])
            country = rng.choice(BALTIC)
            sender, sender_adj, sender_capital = rng.choice(PARTNERS[:3])
            dep = self.cluster("deployment")
            p11 = self.page(f"{sender} to send troops to {country}", self.day, outlets[2])
            q = f"{sender} will send {size} troops to {country}"
            p11.add(f"{q}, its defence ministry said on {w}.",
                    {"type": "deployment", "quote": q, "cluster": dep, "actor": sender, "location": country,
                     "size": size, "unit": "troops", "status": "planned", "date": d},
                    _claim(f"{q}, its defence ministry said", dep, sender, "defence ministry"))
            self.close(p11)
            p12 = self.page(f"{sender_adj} soldiers for {country}", self.day, outlets[3])
            q = f"{sender} plans to deploy {size} soldiers to {country}"
            p12.add(f"{q}, {sender_capital} announced on {w}.",
                    {"type": "deployment", "quote": q, "cluster": dep, "actor": sender, "location": country,
                     "size": size, "unit": "soldiers", "status": "planned", "date": d},
                    _claim(f"{q}, {sender_capital} announced", dep, sender, sender_capital))
            self.close(p12)

        # --- a round-up page with three incidents
        p13 = self.page(f"War update, {w}", self.day, outlets[5], role="round-up")
        q = f"Russia attacked {city} with {plural} on {w}"
        p13.add(f"{q}, killing {_words(killed)} people.",
                _strike(f"{q}, killing {_words(killed)} people", main, "Russia", weapon, city, d, killed=killed))
        q = f"Elsewhere, Russian {o_plural} hit {other_city} on {w}"
        p13.add(f"{q}, injuring {_words(o_inj)} people.",
                _strike(f"{q}, injuring {_words(o_inj)} people", other, "Russia", ow, other_city, d,
                        injured=o_inj))
        q = f"its forces had captured {village}"
        p13.add(f"Moscow also said {q}.",
                {"type": "territorial_change", "quote": q, "cluster": terr, "actor": "Russia",
                 "change": "captured", "place": village, "admin1": region, "date": None},
                _claim(f"Moscow also said {q}", terr, "Russia", "Moscow"))
        self.close(p13)
        return self.pages

    def _evening_missile(self, city: str, outlets: list[tuple[str, str]]) -> None:
        """Same attacker, same city, same day, another weapon kind, target and time."""
        rng, d, w = self.rng, self.day.isoformat(), self.w
        ev = self.cluster("evening")
        k2 = rng.choice([1, 2, 3, 6])
        target = rng.choice(TARGETS_EVENING)
        head = f"Evening missile strike on {city} kills {_words(k2)}"
        p = self.page(head, self.day, outlets[6],
                      (_strike(head, ev, None, "missile", city, None, killed=k2),))
        q = f"Russian missiles struck {target} in {city} on {w} evening"
        p.add(f"{q}, killing {_words(k2)} people.",
              _strike(f"{q}, killing {_words(k2)} people", ev, "Russia", "missile", city, d, killed=k2))
        p.add(rng.choice(FILLER))
        self.close(p)
        p = self.page(f"{city} hit again after dark", self.day, outlets[7])
        q = f"A Russian missile strike on {city} late on {w} killed {_words(k2)} people"
        p.add(f"{q}, officials said.", _strike(q, ev, "Russia", "missile", city, d, killed=k2),
              _claim(f"{q}, officials said", ev, None, "officials"))
        self.close(p)

    def _two_attackers(self, outlets: list[tuple[str, str]]) -> None:
        """Same city, same day, same weapon kind, two different attackers."""
        rng, d, w = self.rng, self.day.isoformat(), self.w
        town = rng.choice(SUDAN_CITIES)
        army, rsf = self.cluster("army"), self.cluster("rsf")
        ka, kr = rng.sample([5, 7, 8, 11, 13, 16], 2)
        p = self.page(f"Army drones strike {town}", self.day, outlets[6])
        q = f"Sudanese army drones struck {town} on {w}, killing {ka} people"
        p.add(f"{q}, medics said.", _strike(q, army, "Sudan", "drone", town, d, killed=ka))
        self.close(p)
        p = self.page(f"{ka} dead in {town}", self.day, outlets[7])
        q = f"Drones launched by Sudan's army hit {town} on {w}, killing {ka} people"
        p.add(f"{q}.", _strike(q, army, "Sudan", "drone", town, d, killed=ka))
        self.close(p)
        p = self.page(f"Market in {town} hit", self.day, outlets[1])
        q = f"RSF drones hit a market in {town} on {w}, killing {kr} people"
        p.add(f"{q}, local activists said.", _strike(q, rsf, "Rapid Support Forces", "drone", town, d, killed=kr))
        q = f"The Rapid Support Forces denied attacking civilians in {town}"
        p.add(f"{q}.", _claim(q, rsf, "Rapid Support Forces", "Rapid Support Forces", "denies"),
              _strike(f"attacking civilians in {town}", rsf, "Rapid Support Forces", None, town, None))
        self.close(p)
        head = f"Paramilitary drone attack on {town}"
        p = self.page(head, self.day, outlets[2], (_strike(head, rsf, None, "drone", town, None),))
        q = f"The Rapid Support Forces launched a drone attack on {town} on {w} that killed {kr} people"
        p.add(f"{q}.", _strike(q, rsf, "Rapid Support Forces", "drone", town, d, killed=kr))
        self.close(p)


def generate(scenarios: int = 40, seed: int = 11) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """The pages (``{"id", "text", "published", "source", "url"}``) and each page's gold mentions."""
    rng = random.Random(seed)
    start = dt.date(2025, 1, 6)
    for k in range(scenarios):
        yield from Scenario(k, rng, start).build()


def write(out: Path, scenarios: int, seed: int) -> tuple[int, int]:
    """Write ``docs.jsonl`` and ``gold.jsonl`` into ``out``; the numbers of pages and mentions."""
    out.mkdir(parents=True, exist_ok=True)
    n_docs = n_gold = 0
    with open(out / "docs.jsonl", "w", encoding="utf-8") as docs, \
            open(out / "gold.jsonl", "w", encoding="utf-8") as gold:
        for doc, mentions in generate(scenarios, seed):
            docs.write(json.dumps(doc) + "\n")
            n_docs += 1
            for m in mentions:
                assert doc["text"][m["start"]:m["end"]] == m["quote"], m
                gold.write(json.dumps(m) + "\n")
                n_gold += 1
    return n_docs, n_gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--scenarios", type=int, default=40)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args(argv)
    n_docs, n_gold = write(args.out, args.scenarios, args.seed)
    print(f"{n_docs} pages, {n_gold} gold mentions in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
