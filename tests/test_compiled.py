"""The store of compiled patterns: the same matcher as ``regex.compile``, read back in a later process, never
stale, never wrong, and nothing written with the cache off."""

from __future__ import annotations

import subprocess
import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from conflictevents import compiled
from conflictevents.compiled import PatternStore, store_key
from conflictevents.lexicons.trie import expand_lists

WORDS = ["Kharkiv", "Kharkiv region", "Odesa", "the Defence Ministry", "Hezbollah", "M23", "al-Shabaab"]
PATTERN = expand_lists(r"(?<![\p{L}\p{N}])(?:\L<w>)(?![\p{L}\p{N}])", 0, w=WORDS)
FLAGGED = (r"(?i)\b(?:drone|missile)s?\b", regex.IGNORECASE | regex.VERSION1)


def _store(tmp_path, name="patterns.pickle"):
    return PatternStore(tmp_path / name, store_key())


def _matches(p, text):
    return [(m.span(), m.group(), m.lastgroup) for m in p.finditer(text)]


def test_a_stored_pattern_is_read_back_without_compiling_and_matches_the_same(tmp_path, monkeypatch):
    first = _store(tmp_path)
    made = first.compile(PATTERN)
    flagged = first.compile(*FLAGGED)
    assert first.added == 2 and first.save()
    again = _store(tmp_path)
    assert len(again.entries) == 2
    plain = regex.compile(PATTERN)
    # a later process: the parser of regex is not run at all
    monkeypatch.setattr("regex._main._compile", lambda *a, **k: pytest.fail("compiled again"))
    loaded, loaded_flagged = again.compile(PATTERN), again.compile(*FLAGGED)
    assert again.added == 0
    text = "Drones hit Kharkiv region and the Defence Ministry in Odesa; M23 and al-Shabaab, not Kharkivska."
    assert _matches(loaded, text) == _matches(made, text) == _matches(plain, text)
    assert _matches(loaded_flagged, text) == _matches(flagged, text) != []
    assert (loaded.pattern, loaded.flags, loaded.groupindex) == (made.pattern, made.flags, made.groupindex)


@given(st.text(alphabet="KharkivOdesM23 -.ltheDfncMisyzb", max_size=80))
def test_a_stored_pattern_matches_as_regex_compile_on_any_text(text):
    store = PatternStore(None, store_key())  # no file: compiled and kept in memory only
    assert _matches(store.compile(PATTERN), text) == _matches(regex.compile(PATTERN), text)


def test_the_same_text_with_other_flags_is_another_entry(tmp_path):
    store = _store(tmp_path)
    plain, folded = store.compile("drone"), store.compile("drone", regex.IGNORECASE)
    assert store.added == 2
    assert folded.search("DRONE") and not plain.search("DRONE")


def test_a_damaged_or_foreign_file_is_ignored_and_rewritten(tmp_path):
    store = _store(tmp_path)
    store.compile(PATTERN)
    store.save()
    path = tmp_path / "patterns.pickle"
    blob = bytearray(path.read_bytes())
    blob[-5] ^= 0x40  # one bit flipped: refused by its digest
    path.write_bytes(bytes(blob))
    damaged = _store(tmp_path)
    assert damaged.entries == {}
    assert damaged.compile(PATTERN).search("in Odesa")
    assert damaged.save() and _store(tmp_path).entries.keys() == store.entries.keys()
    other = PatternStore(path, "another version")  # a store of another version never reads this one
    assert other.entries == {}


def test_a_file_that_holds_code_is_refused(tmp_path):
    import hashlib
    import pickle

    key = store_key()
    body = pickle.dumps({"x": (print, "boom")})
    path = tmp_path / "patterns.pickle"
    path.write_bytes(b"conflictevents compiled patterns\n" + key.encode() + b"\n" + hashlib.sha256(body).digest()
                     + body)
    assert PatternStore(path, key).entries == {}


def test_with_the_cache_off_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICTEVENTS_NO_CACHE", "1")
    monkeypatch.setenv("CONFLICTEVENTS_CACHE_DIR", str(tmp_path))
    store = compiled.default_store()
    assert store.path is None
    assert compiled.compile(r"\bstrike[sd]?\b").search("air strikes")
    assert compiled.save() and list(tmp_path.iterdir()) == []


def test_a_new_process_builds_from_the_store_that_a_first_one_wrote(tmp_path):
    env_code = ("import os, sys; os.environ['CONFLICTEVENTS_CACHE_DIR'] = sys.argv[1]\n"
                "import regex._main as m\n"
                "calls = []; real = m._compile\n"
                "m._compile = lambda *a: (type(m._regex).__name__ == '_Capture' and calls.append(a)) or real(*a)\n"
                "from conflictevents import compiled\n"
                "from conflictevents.pipeline import Extractor\n"
                "x = Extractor(); s = compiled.default_store(); built = len(calls)\n"
                "n = len(x.extract('Russia launched 40 drones at Kharkiv near the Dnipro, officials said on Monday.',"
                " published='2025-03-04').events)\n"
                "print(len(s.entries), s.added, n, built, len(calls) - built)")
    first = subprocess.run([sys.executable, "-c", env_code, str(tmp_path)], capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", env_code, str(tmp_path)], capture_output=True, text=True,
                            check=True)
    entries, added, events, built, on_first_use = map(int, first.stdout.split())
    assert entries > 20 and added == 0 and events >= 1  # written at the end of the build and after the document
    assert built > 20 and on_first_use > 0  # the first process parsed the store's patterns, some on first use
    assert list(map(int, second.stdout.split())) == [entries, 0, events, 0, 0]  # the second one parsed none
    assert len(list(tmp_path.glob("patterns-*.pickle"))) == 1


def test_a_store_grown_by_other_lexicons_keeps_only_this_process_patterns(tmp_path):
    store = _store(tmp_path)
    for n in range(compiled.PRUNE_SLACK + 10):  # patterns another set of lexicons compiled once
        store.compile(f"old{n}")
    store.save()
    later = _store(tmp_path)
    later.compile(PATTERN)
    assert later.save()
    assert list(_store(tmp_path).entries) == [PatternStore.entry_key(PATTERN, 0)]
