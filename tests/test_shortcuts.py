"""Shortcuts taken for speed read exactly what the plain searches they replace read.

Each test puts a shortcut beside the search it stands for, on generated
text and word lists, including the characters that a case-insensitive
pattern matches with an ASCII letter ("İ", "ı", "ſ", the Kelvin sign).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conflictevents import Extractor
from conflictevents.frames.matcher import _blocked, _words_at, _words_before
from conflictevents.grammars import speakers as speakers_module
from conflictevents.grammars import strike as strike_module
from conflictevents.grammars.speakers import Speakers
from conflictevents.grammars.strike import _TOLL_CUE, _toll_cue
from conflictevents.mentions.finder import MentionFinder
from conflictevents.mentions.scan import fold, grams, holds_any
from conflictevents.phrases.chunks import Parse
from conflictevents.phrases.relations import subject

_EX = Extractor()
_LEX = _EX.lexicons
_SPEAKERS = Speakers(_LEX)
_ODD = ["İ", "ı", "ſ", "\u212a", "É"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["killed", "KILLED", "wounded", "toll", "lives", "The", "strike", "hit", "a", "ſlain",
                                 "Kİlled", "\u212aILLED", "shahada", "martyrs", "fatalities", "x", "-", "2"] + _ODD),
                min_size=0, max_size=8))
@example(["\u212aill"])  # (the Kelvin sign is a capital "k" to the pattern)
def test_toll_cue_is_the_toll_pattern(words):
    text = " ".join(words)
    assert _toll_cue(text) == (_TOLL_CUE.search(text) is not None)


_CONTEXT_WORDS = sorted({w for w in speakers_module.POLICING_CONTEXT + speakers_module.CALAMITY_CONTEXT})[:60]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CONTEXT_WORDS + [w.upper() for w in _CONTEXT_WORDS[:10]] + [
    "troops", "shelling", "attack", "killed", "the", "police", "said", "shelled out", "fire"] + _ODD),
    min_size=1, max_size=8))
def test_about_conflict_reads_as_the_plain_searches(words):
    text = " ".join(words)
    sp = _SPEAKERS

    def plain(text: str, strong: bool) -> bool:  # (about_conflict without its word tests)
        if sp.idioms.search(text) is not None:
            text = sp.idioms.sub(" ", text)
        if sp.policing.search(text) is not None:
            return any(c.group().lower() not in speakers_module.POLICING_SHARED_CUES
                       for c in sp.strong_cues.finditer(text))
        if sp.calamity.search(text) is not None:
            return any(c.group().lower() not in speakers_module.CALAMITY_SHARED_CUES
                       for c in sp.strong_cues.finditer(text))
        return (sp.strong_cues if strong else sp.cues).search(text) is not None

    for strong in (False, True):
        assert sp.about_conflict(text, strong=strong) == plain(text, strong), (text, strong)


_APPEAL_WORDS = ["our", "readers", "dear", "journalism", "independent", "quality", "donate", "subscribe", "paywall",
                 "the", "story", "on", "ground", "reporters", "people", "who", "can", "afford", "is", "trusted", "by",
                 "investigations", "free", "for", "everyone", "Kyiv", "was", "hit", "ſubscribe", "İs"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_APPEAL_WORDS), min_size=1, max_size=14), st.booleans())
def test_appeal_cues_are_read_as_before(words, in_box):
    b = _LEX.boilerplate
    text = " ".join(words) + "."
    cues = {r.name for r in b._cues if r.pattern.search(text)}
    appeal = bool(cues) and (in_box or len(cues) >= 3)
    assert (b.classify_line(text, in_box, patterns=False).rule == "appeal") == appeal, text


def _parses() -> list[Parse]:
    """The parses of the package's sample page."""
    from pathlib import Path

    import conflictevents
    from conflictevents.story import Story
    from conflictevents.text import layout
    text = (Path(conflictevents.__file__).parent / "data" / "sample_page.txt").read_text(encoding="utf-8")
    story = Story()
    return [_EX.reading(s, i, None, story).parse for i, s in enumerate(layout(text, _LEX.boilerplate).sentences)]


def test_blocked_and_subject_read_as_the_plain_forms():
    frames = [f for f in _EX.frames.frames if f.not_after or f.not_before]
    assert frames
    for p in _parses():
        n = len(p.tokens)
        for f in frames:
            for start in range(-1, n + 2):
                for after in (start, start + 1, start + 3):
                    plain = any(_words_at(p, after, w) for w in f.not_after) or any(
                        _words_before(p, start, w) for w in f.not_before)
                    assert _blocked(p, f, start, after) == plain
        for v in p.chunks:
            if v.kind != "VG":
                continue
            first = subject(p, v)
            first.append(v)  # (a caller may change its list: the next one is not changed)
            again = subject(p, v)
            assert again is not first and again == first[:-1]
            p.subjects.clear()
            assert subject(p, v) == again


def test_place_finder_takes_the_dateline_end_or_reads_it():
    from conflictevents.mentions.places import dateline_end
    from conflictevents.mentions.tokens import Tokens
    finder = MentionFinder(_LEX)
    for text in ("KYIV, May 10 (Reuters) - Russian drones hit Kharkiv.", "Damascus, SANA- Israel struck Homs."):
        tok = Tokens.of(text)
        read, given = finder.places.find(tok), finder.places.find(tok, dateline_end(text))
        assert [(m.kind, m.i, m.j, m.text, m.value) for m in read] == [
            (m.kind, m.i, m.j, m.text, m.value) for m in given]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["in", "IN", "the", "The", "hit", "took", "xin", "visit", "visited", "co", "_", "2",
                                 "village", "of", "towards", "\n", "İn", "ın", "ſ", "-", ",", "."]), max_size=6),
       st.lists(st.sampled_from([" ", "", "  ", "\n", "-"]), min_size=6, max_size=6))
@example(["in"], [" \n"])
def test_locative_before_is_the_locative_pattern(words, gaps):
    from conflictevents.mentions.places import _LOCATIVE_BEFORE, _locative_before
    text = "".join(w + g for w, g in zip(words, gaps))
    assert _locative_before(text) == (_LOCATIVE_BEFORE.search(text) is not None), repr(text)


def test_a_clean_text_maps_spans_as_its_offset_map_does():
    import itertools

    from conflictevents.text.clean import CleanText, clean
    for ct in (clean("Kyiv was hit."), CleanText(text="abcdef", original_length=6, clean_points=(0,), orig_points=(0,)),
               clean("Kyiv\u2019s  port was hit.")):
        for s, e in itertools.product(range(-3, len(ct.text) + 4), repeat=2):
            o = ct.original_index(s)
            plain = (o, o) if e <= s else (o, ct.original_index(e - 1) + 1)
            assert ct.to_original(s, e) == plain, (ct, s, e)


def test_remembered_phrases_read_as_fresh_ones():
    phrases = ["the regional governor", "Ukraine's air force", "Foreign Minister Sergei Lavrov", "the Kremlin",
               "US ambassador to Ukraine Bridget Brink", "a statement from the Israeli military", "Kaja Kallas", ""]
    fresh = Speakers(_LEX)
    for p in phrases * 2:
        assert _SPEAKERS._source_text(p) == fresh._read_source_text(p)
    from conflictevents.lexicons.actors import ActorLexicon
    bundled = ActorLexicon.bundled()
    for p in phrases * 2:
        titled = bundled.titled(p)
        assert bundled.resolve(p) == (bundled.person(p) or (titled[1] if titled else None) or bundled.named(p))


def test_light_verbs_are_the_frames_light_entries_without_options():
    from conflictevents.frames.matcher import _light_verbs
    for f in _EX.frames.frames:
        assert _light_verbs(f.light) == {lv.split(":")[0] for lv in f.light}


_GUARD_WORDS = sorted({w for _g, _p, starts in strike_module._GUARD_PATTERNS for w in starts or ()})


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_GUARD_WORDS + [w.upper() for w in _GUARD_WORDS[:20]] + [
    "Drones", "struck", "the", "depot", "air", "go", "a", "-", "2", "strike", "kill"] + _ODD), min_size=0, max_size=10),
    st.sampled_from([" ", "", "-", ", "]))
def test_word_gates_are_the_plain_word_tests(words, gap):
    text = gap.join(words)
    folded = fold(text)
    slices = grams(folded)
    for (_g, _p, starts), gate in zip(strike_module._GUARD_PATTERNS, strike_module._GUARD_GATES):
        assert gate.holds(folded, slices) == holds_any(folded, starts), (text, starts)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="aeiouyhkgcjvwszbdnrltmp'- ", min_size=1, max_size=9),
       st.text(alphabet="aeiouyhkgcjvwszbdnrltmp'- ", min_size=0, max_size=10))
@example("odesa", "odessa")
@example("crimea", "crimean")
def test_spelling_edits_find_what_every_edit_finds(key, other):
    from conflictevents.lexicons.gazetteer import _one_edit_variants, _spelling_edits, _spelling_variant
    alphabet = "".join(sorted(set("aeiouyhkgcjvwszbdnrltmp'- ")))
    plain = {k for k in _one_edit_variants(key, alphabet) | {key} if _spelling_variant(key, k)}
    assert {k for k in _spelling_edits(key) if _spelling_variant(key, k)} == plain
    # (a name one spelling away from the key is among them)
    if _spelling_variant(key, other) and other in _one_edit_variants(key, alphabet) | {key}:
        assert other in _spelling_edits(key)
