"""Sentence splitting: a table of real-world shapes (written for the project)."""

from __future__ import annotations

import pytest

from conflictevents.text.sentences import split_sentences

CASES = [
    ("abbreviations", "Gen. Ivanov met Lt. Col. Petrenko. They talked.", ["Gen. Ivanov met Lt. Col. Petrenko.", "They talked."]),
    ("us-initials", "U.S. officials said so. Others disagreed.", ["U.S. officials said so.", "Others disagreed."]),
    ("initials", "J. D. Smith arrived. He spoke.", ["J. D. Smith arrived.", "He spoke."]),
    ("decimals", "It cost 1.5 million. Prices rose 2.3%.", ["It cost 1.5 million.", "Prices rose 2.3%."]),
    ("thousands", "About 10,000 people fled. More left later.", ["About 10,000 people fled.", "More left later."]),
    ("month-abbrev", "It began on Jan. 5 in the north. Then it spread.", ["It began on Jan. 5 in the north.", "Then it spread."]),
    ("number-abbrev", "Brigade No. 3 moved. It was late.", ["Brigade No. 3 moved.", "It was late."]),
    ("km", "They advanced 3 km. Then stopped.", ["They advanced 3 km. Then stopped."]),
    ("glued", "in the regional capital, Odesa.Officials said more.", ["in the regional capital, Odesa.", "Officials said more."]),
    ("glued-after-quote", 'as "a new phase".The army moved.', ['as "a new phase".', "The army moved."]),
    ("glued-number", "Most drones were stopped.9 missiles got through.", ["Most drones were stopped.", "9 missiles got through."]),
    ("decimal-is-no-glue", "The toll rose 2.5 percent to 12.75 in U.S.2 terms.", ["The toll rose 2.5 percent to 12.75 in U.S.2 terms."]),
    ("quote-ends-sentence", '"We will hold," he said. "We must." She agreed.', ['"We will hold," he said.', '"We must."', "She agreed."]),
    ("quoted-two-sentences", '"It was loud. Then silence," said the mayor. Next.', ['"It was loud. Then silence," said the mayor.', "Next."]),
    ("question-exclamation", "Was it a drone? Yes! It was.", ["Was it a drone?", "Yes!", "It was."]),
    ("headline-no-stop", "Drone strike hits port city", ["Drone strike hits port city"]),
    ("bullet", "\u2022 Three villages were shelled", ["Three villages were shelled"]),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_split(label, text, expected):
    assert [s for _, _, s in split_sentences(text)] == expected


def test_offsets_point_into_the_text():
    text = "  First one.  Second one."
    for s, e, sent in split_sentences(text):
        assert text[s:e] == sent


def test_long_line_is_linear():
    line = ("word " * 200_000) + "end."
    out = list(split_sentences(line))
    assert len(out) == 1 and out[0][2].endswith("end.")
