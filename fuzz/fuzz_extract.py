#!/usr/bin/env python3
"""Coverage-guided fuzz target for the whole pipeline (atheris / libFuzzer).

    pip install atheris
    python fuzz/fuzz_extract.py fuzz/corpus -max_total_time=60

Each input is decoded as UTF-8 (with replacement), split into an optional
publication date and a page, and read by :meth:`Extractor.extract`. The
target fails (and libFuzzer saves the input) when extraction raises anything
but the documented input errors, or when an event's evidence does not match
its span. ``fuzz/corpus`` holds seed inputs written for the project.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from conflictevents import Extractor
    from conflictevents.errors import ExtractionTimeout, InputError
    from conflictevents.serialize import dumps_event, loads_event

EXTRACTOR = Extractor()


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    published = ["2025-03-04", None, "1999-12-31"][fdp.ConsumeIntInRange(0, 2)]
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    try:
        result = EXTRACTOR.extract(text, published=published, doc_id="fuzz")
    except (InputError, ExtractionTimeout):
        return
    for e in result.events:
        assert 0 <= e.span.start <= e.span.end <= len(text)
        assert text[e.span.start:e.span.end] == e.evidence
        assert loads_event(dumps_event(e)) == e


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
