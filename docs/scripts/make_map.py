#!/usr/bin/env python3
"""Draw the tutorial's events on a static map (the picture in the tutorial).

    python docs/scripts/make_map.py [PAGE] [--published DATE] [-o map.png]

It runs the library on the tutorial page (``docs/examples/page.txt``), writes
the GeoJSON output exactly as ``python -m conflictevents PAGE --format
geojson`` does, reads that GeoJSON back, and plots one marker per located
event over a backdrop of the gazetteer's own places (grey dots, which trace
the settled land of the countries involved: no map tiles, no network).

The Sphinx build runs it (``docs/conf.py``), so the picture always shows what
the current code finds. Needs matplotlib (``pip install -e '.[docs]'``).
"""

from __future__ import annotations

import argparse
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from conflictevents import extract  # noqa: E402
from conflictevents.formats import make_writer  # noqa: E402
from conflictevents.lexicons.gazetteer import read_places_tsv  # noqa: E402

DOCS = Path(__file__).resolve().parent.parent
#: Marker style per event type.
STYLE = {
    "strike": ("o", "#c0392b"),
    "territorial_change": ("s", "#1f4e79"),
    "diplomatic_event": ("D", "#27ae60"),
    "deployment": ("^", "#8e44ad"),
}


def geojson_of(page: str, published: str | None, doc_id: str) -> dict[str, Any]:
    """The page's events as the CLI's ``--format geojson`` writes them."""
    buf = io.StringIO()
    writer = make_writer("geojson", buf)
    writer.write(extract(page, published=published, doc_id=doc_id))
    writer.close()
    collection: dict[str, Any] = json.loads(buf.getvalue())
    return collection


def draw(collection: dict[str, Any], out: Path, margin: float = 2.5) -> None:
    """Plot the features of a GeoJSON FeatureCollection to ``out`` (PNG)."""
    features = collection["features"]
    if not features:
        raise SystemExit("no located events to draw")
    lons = [f["geometry"]["coordinates"][0] for f in features]
    lats = [f["geometry"]["coordinates"][1] for f in features]
    west, east = min(lons) - margin, max(lons) + margin
    south, north = min(lats) - margin, max(lats) + margin
    countries = {f["properties"]["locations"][0]["country"] for f in features if f["properties"].get("locations")}

    fig, ax = plt.subplots(figsize=(6.4, 6.0), dpi=110)
    backdrop = [(r.lon, r.lat) for r, _ in read_places_tsv()
                if r.kind == "place" and r.lon is not None and r.lat is not None
                and west <= r.lon <= east and south <= r.lat <= north]
    if backdrop:
        bx, by = zip(*backdrop)
        ax.scatter(bx, by, s=2, c="#b8bec4", linewidths=0, zorder=1)
    seen: Counter[tuple[str, float, float]] = Counter()
    labelled: set[tuple[float, float]] = set()
    in_legend: set[str] = set()
    for f in features:
        kind = f["properties"]["type"]
        lon, lat = f["geometry"]["coordinates"]
        marker, colour = STYLE.get(kind, ("x", "black"))
        key = (kind, lon, lat)
        seen[key] += 1
        offset = 0.12 * (seen[key] - 1)  # several events at one place stay visible
        label = None if kind in in_legend else kind.replace("_", " ")
        in_legend.add(kind)
        ax.scatter([lon + offset], [lat], marker=marker, s=70, c=colour, edgecolors="white", linewidths=0.8,
                   zorder=3, label=label)
        if (lon, lat) not in labelled:
            labelled.add((lon, lat))
            ax.annotate(f["properties"]["place"], (lon, lat), xytext=(7, 5), textcoords="offset points",
                        fontsize=9, zorder=4)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1.5)  # roughly equal distances at these latitudes
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_title(f"Located events of the tutorial page ({', '.join(sorted(countries))})", fontsize=10)
    ax.legend(loc="lower left", fontsize=8, frameon=True)
    ax.grid(True, color="#eeeeee", linewidth=0.5, zorder=0)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, metadata={"Software": None})
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("page", nargs="?", type=Path, default=DOCS / "examples" / "page.txt")
    ap.add_argument("--published", default="2025-05-12")
    ap.add_argument("-o", "--output", type=Path, default=DOCS / "_generated" / "tutorial_map.png")
    args = ap.parse_args(argv)
    collection = geojson_of(args.page.read_text(encoding="utf-8"), args.published, args.page.name)
    draw(collection, args.output)
    print(f"{args.output}: {len(collection['features'])} features")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
