"""Loading frames and indexing them by the words that trigger them.

The bundled frames are JSON Lines files under ``lexicons/data/frames/``, one
per event type; a user lexicon file may add frames with
``"lexicon": "frames"`` lines. :class:`FrameIndex` maps every written form of
every trigger (derived by :mod:`conflictevents.phrases.morphology`) to its
frames.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from typing import Any

from ..errors import LexiconError
from ..lexicons.loader import Entry, parse_lines
from ..phrases.morphology import noun_forms
from .model import Frame

__all__ = ["FrameIndex", "read_frames", "FRAME_FILES", "frame_from_entry"]

#: The bundled frame files, by event type.
FRAME_FILES = ("strike", "territorial", "diplomatic", "deployment", "claim")


def frame_from_entry(e: Entry) -> Frame:
    """A :class:`~conflictevents.frames.model.Frame` from one validated lexicon line (errors name the file and line)."""
    where = str(e.get("_where", "?"))
    try:
        return Frame(
            id=e["id"], type=e["type"], verbs=e.get("verb"), nouns=e.get("noun"), objects=e.get("object"),
            set=dict(e.get("set") or {}), set_past=dict(e.get("set_past") or {}),
            set_by={k: dict(v) for k, v in (e.get("set_by") or {}).items()}, roles=dict(e.get("roles") or {}),
            light=e.get("light"),
            requires=e.get("requires"), not_before=e.get("not_before"), not_after=e.get("not_after"),
            examples=e.get("examples"), counterexamples=e.get("counterexamples"), where=where,
        )
    except (TypeError, ValueError) as err:
        raise LexiconError(f"{where}: {err}") from err


def read_frames() -> list[Frame]:
    """Every bundled frame, in file order."""
    out: list[Frame] = []
    folder = resources.files("conflictevents.lexicons").joinpath("data").joinpath("frames")
    for name in FRAME_FILES:
        ref = folder.joinpath(f"{name}.jsonl")
        with ref.open("r", encoding="utf-8") as fh:
            out.extend(frame_from_entry(e) for _, e in parse_lines(fh, f"frames/{name}.jsonl", "frames"))
    return out


class FrameIndex:
    """Frames by trigger: verb lemmas, noun forms, and light verbs."""

    def __init__(self, frames: Iterable[Frame]) -> None:
        self.frames: list[Frame] = []
        seen: dict[str, str] = {}
        self.by_verb: dict[str, list[Frame]] = {}
        #: last word of a noun form -> [(the whole form, its lemma, frame)]
        self.by_noun: dict[str, list[tuple[str, str, Frame]]] = {}
        #: verb lemmas with an entry of three words or more ("subject to fire"), whose preposition and words may
        #: follow the verb's object ("subjected the positions to fire")
        self.split_verbs: set[str] = set()
        for f in frames:
            if f.id in seen:
                raise LexiconError(f"{f.where}: frame id {f.id!r} is already used at {seen[f.id]}")
            seen[f.id] = f.where
            self.frames.append(f)
            for verb in f.verbs:
                if verb.count(" ") >= 2:
                    self.split_verbs.add(verb.split(" ")[0])
                bucket = self.by_verb.setdefault(verb.split(" ")[0], [])
                if f not in bucket:
                    bucket.append(f)
            for noun in f.nouns:
                for form in noun_forms(noun):
                    self.by_noun.setdefault(form.split(" ")[-1], []).append((form, noun, f))
        for entries in self.by_noun.values():
            entries.sort(key=lambda x: -len(x[0]))

    def verb_lemmas(self) -> set[str]:
        """Every trigger verb (its first word: phrasal verbs inflect it)."""
        return set(self.by_verb)

    def noun_lemmas(self) -> set[str]:
        """Every trigger noun lemma."""
        return {noun for f in self.frames for noun in f.nouns}

    def light_verbs(self) -> set[str]:
        """Every light verb named by a frame."""
        return {lv.split(":")[0].split(" ")[0] for f in self.frames for lv in f.light}

    def describe(self) -> dict[str, Any]:
        """Counts for documentation and benchmarks."""
        return {"frames": len(self.frames), "verbs": len(self.by_verb), "nouns": len(self.noun_lemmas())}
