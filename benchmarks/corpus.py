#!/usr/bin/env python3
"""A reproducible corpus of realistic, boilerplate-laden news pages with known events.

    python benchmarks/corpus.py OUT_DIR [--pages 200] [--seed 7]

writes ``OUT_DIR/docs.jsonl`` (``{"id", "text", "published"}``) and
``OUT_DIR/gold.jsonl`` in the format of ``../shared/eval`` (type, quote, slots),
so the same scorer runs on it. Every sentence comes from the templates below,
written for the project (no text of the seed pages); names, numbers and dates
vary with the seed. :func:`pages` yields the pages for the throughput
benchmark.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SIDES = [
    # attacker, attacker adjective, defender, defender adjective, defender places (place, region)
    ("Russia", "Russian", "Ukraine", "Ukrainian",
     [("Kharkiv", "Kharkiv"), ("Odesa", "Odesa"), ("Sumy", "Sumy"), ("Zaporizhzhia", "Zaporizhzhia"),
      ("Dnipro", "Dnipropetrovsk"), ("Kherson", "Kherson"), ("Poltava", "Poltava")]),
    ("Ukraine", "Ukrainian", "Russia", "Russian",
     [("Belgorod", "Belgorod"), ("Kursk", "Kursk"), ("Bryansk", "Bryansk"), ("Voronezh", "Voronezh")]),
    ("Israel", "Israeli", "Hamas", "Palestinian",
     [("Khan Younis", "Gaza Strip"), ("Rafah", "Gaza Strip"), ("Jabalia", "Gaza Strip")]),
]
VILLAGES = [("Novoselivka", "Donetsk"), ("Berestove", "Kharkiv"), ("Stepove", "Zaporizhzhia"),
            ("Ivanivka", "Donetsk"), ("Kamianka", "Kharkiv")]
NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 12: "12",
           14: "14", 20: "20", 25: "25", 31: "31", 40: "40", 48: "48", 60: "60", 75: "75", 90: "90"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PARTNERS = [("Germany", "German", "Berlin"), ("France", "French", "Paris"), ("Poland", "Polish", "Warsaw"),
            ("Turkey", "Turkish", "Ankara"), ("Japan", "Japanese", "Tokyo")]
BOILERPLATE_TOP = ["Skip to main content", "World", "Europe", "Share on Facebook", "Share on X", "Live",
                   "Updated 12 minutes ago", "Photo: Reuters"]
BOILERPLATE_BOTTOM = ["Related Articles", "Subscribe to our newsletter", "Comments", "Back to top",
                      "Leave a Reply", "Read more:", "Follow us on Telegram"]
FILLER = [
    "Residents queued for water as repair crews worked through the night.",
    "The city council met to discuss the budget for next year's road repairs.",
    "Analysts said the market reaction had been muted so far.",
    "Schools in the area will reopen after the holidays, local officials said.",
    "The weather is expected to turn colder later in the week.",
]


def _weekday_before(pub: dt.date, name: str) -> dt.date:
    target = WEEKDAYS.index(name)
    return pub - dt.timedelta(days=(pub.weekday() - target) % 7)


def _next_week(pub: dt.date) -> str:
    """ "next week" (CONVENTIONS, as for "last week"): its month when the week lies inside one month, else its
    year."""
    monday = pub + dt.timedelta(days=7 - pub.weekday())
    sunday = monday + dt.timedelta(days=6)
    return f"{monday:%Y-%m}" if monday.month == sunday.month else f"{monday:%Y}"


def _article(rng: random.Random, pub: dt.date, doc: str) -> tuple[list[str], list[dict[str, Any]]]:
    attacker, att_adj, defender, def_adj, places = rng.choice(SIDES)
    place, region = rng.choice(places)
    day = rng.choice(WEEKDAYS)
    date = _weekday_before(pub, day).isoformat()
    n_launch = rng.choice([48, 60, 75, 90])
    n_down = rng.choice([25, 31, 40])
    killed = rng.choice([2, 3, 4, 5])
    injured = rng.choice([6, 7, 9, 12, 14])
    lines: list[str] = []
    gold: list[dict[str, Any]] = []

    def add(sentence: str, *events: dict[str, Any]) -> None:
        lines.append(sentence)
        for e in events:
            gold.append({"doc": doc, **e})

    hq = f"{att_adj} strikes hit {place}"
    add(f"{hq} as talks stall",
        {"type": "strike", "quote": hq, "actor": attacker, "locations": [place]},
        {"type": "diplomatic_event", "quote": "talks stall", "kind": "talks", "status": "occurred",
         "optional": True})
    if attacker != "Israel":
        q1 = f"{attacker} launched {n_launch} drones at {place} on {day}"
        add(f"{q1}, {defender}'s air force said.",
            {"type": "strike", "quote": q1, "actor": attacker, "weapons": ["drone"], "launched": n_launch,
             "locations": [place], "date": date},
            {"type": "claim", "quote": f"{q1}, {defender}'s air force said", "actor": defender,
             "source": f"{defender}'s air force", "stance": "asserts"})
        q2 = f"{NUMBERS[n_down].capitalize()} of the drones were shot down"
        add(f"{q2}, it added.",
            {"type": "strike", "quote": q2, "actor": attacker, "weapons": ["drone"], "intercepted": n_down},
            {"type": "claim", "quote": f"{q2}, it added", "actor": defender,
             "source": f"{defender}'s air force", "stance": "asserts"})
    q3 = f"At least {NUMBERS[killed]} people were killed and {NUMBERS[injured]} injured in {place}"
    add(f"{q3}, the regional governor said on {day}.",
        {"type": "strike", "quote": q3, "actor": attacker, "killed": killed, "injured": injured,
         "locations": [place], "date": date},
        # a local official speaks for the side that runs the place (GUIDELINES: the actor the speaker stands for)
        {"type": "claim", "quote": f"{q3}, the regional governor said", "actor": defender,
         "source": "regional governor", "stance": "asserts"})
    lines.append(rng.choice(FILLER))
    if attacker == "Russia":
        village, vregion = rng.choice(VILLAGES)
        q4 = f"its forces had captured the village of {village} in the {vregion} region"
        add(f"The Russian defence ministry said on {day} {q4}.",
            {"type": "claim", "quote": f"The Russian defence ministry said on {day} {q4}", "actor": "Russia",
             "source": "Russian defence ministry", "stance": "asserts"},
            {"type": "territorial_change", "quote": q4, "actor": "Russia", "change": "captured",
             "place": village, "admin1": vregion, "date": date})
        q5 = "Ukraine's general staff denied losing the village"
        add(f"{q5}, saying fighting continued on its outskirts.",
            {"type": "claim", "quote": q5, "actor": "Ukraine", "source": "Ukraine's general staff",
             "stance": "denies"})
    partner, partner_adj, capital = rng.choice(PARTNERS)
    q6 = f"{defender}'s foreign minister is set to meet his {partner_adj} counterpart in {capital}"
    if defender != "Hamas":
        add(f"{q6} next week.",
            {"type": "diplomatic_event", "quote": q6, "kind": "meeting", "participants": [defender, partner],
             "location": capital, "status": "planned", "date": _next_week(pub)})
    lines.append(rng.choice(FILLER))
    return lines, gold


def page(rng: random.Random, i: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One page: boilerplate, one or two articles, boilerplate."""
    pub = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 300))
    doc = f"synthetic-{i:05d}"
    parts = rng.sample(BOILERPLATE_TOP, 3)
    gold: list[dict[str, Any]] = []
    for _ in range(rng.choice([1, 1, 2])):
        lines, g = _article(rng, pub, doc)
        parts += lines
        gold += g
        parts.append(rng.choice(["3 hours ago", "Photo: AFP", "Share this article"]))
    parts += rng.sample(BOILERPLATE_BOTTOM, 3)
    return {"id": doc, "text": "\n".join(parts) + "\n", "published": pub.isoformat()}, gold


def pages(n: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    """``n`` pages of the corpus (documents only)."""
    rng = random.Random(seed)
    for i in range(n):
        yield page(rng, i)[0]


def write(out: Path, n: int, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    with open(out / "docs.jsonl", "w", encoding="utf-8") as docs, open(out / "gold.jsonl", "w", encoding="utf-8") as gold:
        for i in range(n):
            d, g = page(rng, i)
            docs.write(json.dumps(d) + "\n")
            for row in g:
                gold.write(json.dumps(row) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    write(args.out, args.pages, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
