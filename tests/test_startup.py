"""Start-up and parallel runs (issue 15): the gazetteer index cache, work done only when needed, and
``--jobs N`` writing what ``--jobs 1`` writes, byte for byte.

No test here measures time (speed goals are in ``benchmarks/startup.py`` and ``benchmarks/jobs.py``): they
check what is built, when, and what is written.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import threading
from pathlib import Path

import pytest

from conflictevents import cli
from conflictevents.cli import EXIT_OK, EXIT_SOME_FAILED, main
from conflictevents.formats import FORMATS
from conflictevents.inputs import BadDocument
from conflictevents.lexicons import Lexicons, cache
from conflictevents.lexicons.gazetteer import Gazetteer, PlaceRecord

KHARKIV = "Russia launched 40 drones at Kharkiv on Monday, the governor said."
ODESA = "Russia launched 30 drones at Odesa on Monday. Ukraine's air force said it shot down 25 of them."
RAFAH = "Israeli aircraft struck Rafah overnight, the Gaza health ministry said on Tuesday."
#: names that take every road through a lookup: exact, alias, accents, region words, misspellings, namesakes
NAMES = ["Kharkiv", "Kharkov", "Zaphorizhzhia", "Dnipropetrovsk", "the Kursk region", "Rafah", "Gaza",
         "Kyiv's", "Bakhmut", "Artemivsk", "Donetsk People's Republic", "Lebanon", "Georgia", "Most", "Police",
         "Nice", "Khan Younis", "Khan Yunis", "Odessa", "Sevastopol", "Mariupol", "Sumy", "Vovchansk", "Springfield",
         "Alexandria", "Nowhere-on-Sea", "Saint Petersburg", "St. Petersburg", "São Paulo", "Kherson", "Pokrovsk"]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--quiet"] if "--quiet" not in args else list(args))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def records(path: Path, *recs: dict | str) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    return path


def lookups(gaz: Gazetteer) -> list[object]:
    out: list[object] = []
    for name in NAMES:
        out.append(gaz.resolve(name))
        out.append(gaz.resolve(name, admin1="Donetsk"))
        out.append(gaz.resolve(name, country="Ukraine", fuzzy=False))
        out.append(sorted(map(repr, gaz.candidates(name))))
        out.append(gaz.needs_frame(name))
        out.append(name in gaz)
    return out


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(folder))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    return folder


def small() -> Gazetteer:
    """A gazetteer of a few records (aliases, namesakes, no population): quick to build, save and load."""
    return Gazetteer([
        (PlaceRecord("Kharkiv", "place", "Ukraine", "Kharkiv", 49.98, 36.25, 1_430_000), ["Kharkov", "Charkiw"]),
        (PlaceRecord("Kharkiv", "admin1", "Ukraine", "Kharkiv", None, None, 0), ["Kharkivska"]),
        (PlaceRecord("Ivanivka", "place", "Ukraine", "Donetsk", 48.1, 37.9, 0), []),
        (PlaceRecord("Ivanivka", "place", "Ukraine", "Kherson", 46.9, 34.1, 0), []),
        (PlaceRecord("Most", "place", "Czech Republic", None, 50.5, 13.6, 66_000), []),
        (PlaceRecord("Black Sea", "place", None, None, 43.0, 34.0, 0), []),
    ], frozenset({"most"}))


def test_the_bundled_index_is_built_once_then_loaded_and_a_damaged_file_changes_nothing(cache_dir, extractor):
    from conflictevents.pipeline import Extractor

    first = cache.bundled_gazetteer()  # cold: built from the data files, and written
    path = cache.cache_path()
    assert path is not None and [f.name for f in cache_dir.iterdir()] == [path.name]
    second = cache.bundled_gazetteer()  # warm: loaded
    assert second.state() == first.state()
    assert lookups(second) == lookups(first)
    assert sorted(map(repr, second.records())) == sorted(map(repr, first.records()))
    # one bit of the file flipped (a coordinate, a name...): refused by its digest, built again, rewritten
    blob = path.read_bytes()
    middle = len(blob) // 2
    path.write_bytes(blob[:middle] + bytes([blob[middle] ^ 0x01]) + blob[middle + 1:])
    ex = Extractor()
    for text in (KHARKIV, ODESA, RAFAH):
        assert ex.extract(text, published="2025-03-04") == extractor.extract(text, published="2025-03-04")
    assert path.read_bytes() == blob


def test_the_state_round_trips():
    gaz = small()
    again = Gazetteer.from_state(gaz.state())
    assert again.state() == gaz.state()
    assert lookups(again) == lookups(gaz)
    assert list(map(repr, again.records())) == list(map(repr, gaz.records()))


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "garbage", "other key", "a class inside",
                                    "not a state", "a folder"])
def test_a_damaged_cache_file_is_refused(cache_dir, damage):
    key = cache.cache_key()
    path = cache.cache_path(key)
    assert path is not None
    assert cache.write_cached(path, key, small())
    good = cache.read_cached(path, key)
    assert good is not None and good.state() == small().state()
    blob = path.read_bytes()
    head = cache._MAGIC + key.encode() + b"\n"
    if damage == "truncated":
        path.write_bytes(blob[: len(blob) // 2])
    elif damage == "flipped":
        middle = len(blob) // 2
        path.write_bytes(blob[:middle] + bytes([blob[middle] ^ 0x01]) + blob[middle + 1:])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "garbage":
        path.write_bytes(os.urandom(4096))
    elif damage == "other key":
        path.write_bytes(cache._MAGIC + b"0" * 64 + b"\n" + blob[len(head):])
    elif damage == "a folder":
        path.unlink()
        path.mkdir()
    else:  # well-formed files of the right key and digest that hold something else
        payload = pickle.dumps(os.system if damage == "a class inside" else {"rows": []})
        path.write_bytes(head + hashlib.sha256(payload).digest() + payload)
    assert cache.read_cached(path, key) is None


def test_a_damaged_cache_file_is_built_again(cache_dir, monkeypatch):
    monkeypatch.setattr(cache, "build_bundled_gazetteer", small)
    path = cache.cache_path()
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(b"conflictevents gazetteer index\n" + b"x" * 100)
    assert cache.bundled_gazetteer().state() == small().state()
    assert cache.read_cached(path, cache.cache_key()) is not None  # written again


def test_the_cache_can_be_turned_off(cache_dir, monkeypatch):
    monkeypatch.setattr(cache, "build_bundled_gazetteer", small)
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    assert cache.cache_dir() is None and cache.cache_path() is None
    assert cache.bundled_gazetteer().state() == small().state()
    assert not cache_dir.exists()


def test_the_default_folder_is_the_user_cache(monkeypatch, tmp_path):
    monkeypatch.delenv(cache.CACHE_DIR_ENV, raising=False)
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "conflictevents"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / ".cache" / "conflictevents"


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(blocker / "cache"))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    monkeypatch.setattr(cache, "build_bundled_gazetteer", small)
    assert cache.bundled_gazetteer().state() == small().state()


def test_the_key_follows_the_version_and_the_data(monkeypatch):
    key = cache.cache_key()
    assert key == cache.cache_key()
    monkeypatch.setattr(cache, "__version__", "0.0.0-other")
    assert cache.cache_key() != key
    monkeypatch.undo()
    monkeypatch.setattr(cache, "_SOURCES", ("common_words.txt", "places.tsv"))  # other bytes, in another order
    assert cache.cache_key() != key


def test_processes_writing_at_once_leave_a_whole_file(cache_dir):
    key = cache.cache_key()
    path = cache.cache_path(key)
    assert path is not None
    gaz = small()
    threads = [threading.Thread(target=cache.write_cached, args=(path, key, gaz)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    found = cache.read_cached(path, key)
    assert found is not None and found.state() == gaz.state()
    assert [p.name for p in cache_dir.iterdir()] == [path.name]  # no temporary file left


def test_user_places_apply_over_a_loaded_index(tmp_path):
    # the session's cache folder (conftest): warm by now, or written here
    user = records(tmp_path / "mine.jsonl", {"lexicon": "places", "name": "Zzyzx Springs", "kind": "place",
                                             "country": "Ukraine", "admin1": "Kharkiv", "aliases": ["Zzyzx"]})
    lex = Lexicons([user])
    place = lex.gazetteer.resolve("Zzyzx")
    assert place is not None and (place.name, place.admin1, place.country) == ("Zzyzx Springs", "Kharkiv", "Ukraine")
    assert cache.bundled_gazetteer().resolve("Zzyzx") is None  # the cached index itself is untouched


# ------------------------------------------------------------------ nothing built before it is needed
@pytest.fixture()
def builds(monkeypatch) -> list[str]:
    """Records, on standard error and in the list, every time the command line builds its extractor."""
    calls: list[str] = []
    real = cli._init_worker

    def spy(*args, **kwargs):
        calls.append("built")
        import sys

        sys.stderr.write("<extractor built>\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(cli, "_init_worker", spy)
    return calls


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_missing_file_is_reported_without_building_anything(tmp_path, capsys, builds, jobs):
    code, out, err = run(capsys, str(tmp_path / "nosuchfile"), "--jobs", jobs)
    assert code == EXIT_SOME_FAILED and out == ""
    assert "nosuchfile: skipped: cannot read" in err
    assert builds == []


def test_a_missing_file_before_a_good_one_is_reported_before_the_build(tmp_path, capsys, builds):
    good = tmp_path / "good.txt"
    good.write_text(KHARKIV)
    code, out, err = run(capsys, str(tmp_path / "nosuchfile"), str(good))
    assert code == EXIT_SOME_FAILED and '"type": "strike"' in out
    assert builds == ["built"]
    assert err.index("nosuchfile: skipped") < err.index("<extractor built>")


def test_usage_errors_build_nothing(capsys, builds):
    with pytest.raises(SystemExit) as stop:
        main(["--format", "nope", "x"])
    assert stop.value.code == 2 and builds == []


def test_importing_the_command_line_builds_no_gazetteer():
    import subprocess
    import sys

    code = ("import sys, conflictevents.cli; "
            "print([m for m in sys.modules if m.endswith(('lexicons.cache', 'lexicons.gazetteer', 'pipeline'))])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120).stdout
    assert out.strip() == "[]"


# ------------------------------------------------------------------ --jobs N writes what --jobs 1 writes
def _corpus(tmp_path: Path) -> Path:
    recs: list[dict | str] = []
    for i in range(30):
        text = (KHARKIV, ODESA, RAFAH)[i % 3].replace("40", str(10 + i))
        recs.append({"id": f"d{i % 11}", "text": text, "published": "2025-03-04"})  # ids repeat
        if i % 7 == 3:
            recs.append('{"id": "broken", "text": ')  # a line that is no JSON
        if i % 9 == 4:
            recs.append({"id": f"nothing{i}", "text": "The weather was fine on Monday."})
    return records(tmp_path / "many.jsonl", *recs)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_jobs_write_the_same_bytes_in_every_format(tmp_path, capsys, fmt):
    src = _corpus(tmp_path)
    outputs = []
    errors = []
    for jobs in ("1", "2", "3"):
        out = tmp_path / f"out{jobs}.{fmt}"
        code, _, err = run(capsys, str(src), "--format", fmt, "--jobs", jobs, "-o", str(out))
        assert code == EXIT_SOME_FAILED  # the broken lines
        outputs.append(out.read_bytes())
        errors.append(err)
    assert outputs[0] and outputs[0] == outputs[1] == outputs[2]
    assert errors[0] == errors[1] == errors[2]
    assert "warning: document id used" in errors[0] and "skipped" in errors[0]


def test_jobs_give_the_same_explain_report(tmp_path, capsys):
    src = _corpus(tmp_path)
    reports = [run(capsys, str(src), "--explain", "--jobs", jobs)[1:] for jobs in ("1", "2")]
    assert reports[0] == reports[1] and "== d0" in reports[0][1]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_id_whose_first_document_failed_numbers_as_before(tmp_path, capsys, monkeypatch, jobs):
    # the workers number a repeated id by the documents read before it; when one of those then fails,
    # the parent makes that output again with the numbering of its place (as one process always did)
    real = cli._process

    def failing(item):
        if "FAIL" in getattr(item, "text", ""):
            return BadDocument(item.id, "made to fail", item.size)
        return real(item)

    monkeypatch.setattr(cli, "_process", failing)  # forked workers inherit it
    with_failure = records(tmp_path / "f.jsonl", {"id": "a", "text": "FAIL " + KHARKIV},
                           {"id": "a", "text": KHARKIV}, {"id": "b", "text": RAFAH}, {"id": "a", "text": ODESA})
    without = records(tmp_path / "w.jsonl", {"id": "a", "text": KHARKIV}, {"id": "b", "text": RAFAH},
                      {"id": "a", "text": ODESA})
    code, out, err = run(capsys, str(with_failure), "--jobs", jobs)
    assert code == EXIT_SOME_FAILED and "a: skipped: made to fail" in err
    assert err.count("warning: document id used") == 1
    code, expected, _ = run(capsys, str(without))
    assert code == EXIT_OK and out == expected


def test_a_task_holds_a_few_documents():
    from conflictevents.inputs import Document

    items = [(Document(f"d{i}", "x" * 100_000), 0) for i in range(5)]
    assert [len(t) for t in cli._tasks(iter(items))] == [2, 2, 1]
    small = [(Document(f"d{i}", "x"), 0) for i in range(20)]
    assert [len(t) for t in cli._tasks(iter(small))] == [8, 8, 4]
