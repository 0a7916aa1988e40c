"""Lexicons: the vocabulary the grammars use, as data.

Where a word is known:

==================  ==============================================================
what                file (``lexicons/data/``)
==================  ==============================================================
places              ``places.tsv`` (generated from GeoNames), ``regions.jsonl``,
                    ``places.jsonl`` (curated)
states, groups      ``actors.jsonl``
officials           ``people.jsonl``
weapons             ``weapons.jsonl``
targets             ``targets.jsonl``
boilerplate         ``boilerplate.jsonl``
event frames        ``frames/<type>.jsonl`` (trigger words and their roles)
numbers, dates      tables in ``lexicons/numbers.py`` and ``lexicons/dates.py``
grammar words       tables next to each grammar in ``grammars/``
==================  ==============================================================

:class:`Lexicons` loads them all once (with any user lexicon files) and is
shared by every document an extractor reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import LexiconError
from ..models import WeaponKind
from ..text.boilerplate import USER_PATTERN_TIMEOUT, Boilerplate
from .actors import ActorLexicon
from .cache import bundled_gazetteer
from .gazetteer import records_from_entries
from .loader import Entry, check_user_size, count_words, read_bundled, read_user_file
from .terms import TermLexicon

__all__ = ["Lexicons"]


class Lexicons:
    """Every lexicon, compiled. Build once per process (the gazetteer index comes from the cache folder:
    :mod:`conflictevents.lexicons.cache`)."""

    def __init__(self, user_files: Iterable[str | Path] = ()) -> None:
        extra: dict[str, list[Entry]] = {}
        words = places = 0
        for path in user_files:
            entries = read_user_file(path)
            more_words, more_places = count_words(entries)
            words, places = words + more_words, places + more_places
            check_user_size(words, places, Path(path).name)
            for name, entry in entries:
                extra.setdefault(name, []).append(entry)
        try:
            # (the bundled patterns are tested to run in linear time; a user's run under a time limit)
            self.boilerplate = Boilerplate(read_bundled("boilerplate") + extra.get("boilerplate", []),
                                           timeout=USER_PATTERN_TIMEOUT if extra.get("boilerplate") else None)
            self.actors = ActorLexicon(
                read_bundled("actors") + extra.get("actors", []),
                read_bundled("people") + extra.get("people", []),
            )
            self.weapons = TermLexicon(
                read_bundled("weapons") + extra.get("weapons", []), [k.value for k in WeaponKind]
            )
            self.targets = TermLexicon(read_bundled("targets") + extra.get("targets", []))
            self.gazetteer = bundled_gazetteer()  # from the cache folder, or built (and cached)
            for record, names, former in records_from_entries(
                read_bundled("places") + extra.get("places", [])
            ):
                self.gazetteer.add(record, names, former)
            #: how many entries user lexicon files add (0: the bundled lexicons alone)
            self.user_entries = sum(len(v) for v in extra.values())
            #: frame lines of user lexicon files (``"lexicon": "frames"``), read by the frame index
            self.user_frames: list[Entry] = extra.get("frames", [])
        except (ValueError, KeyError, TypeError) as err:
            if isinstance(err, LexiconError):
                raise
            raise LexiconError(str(err)) from err
        except RecursionError as err:  # a user entry the pattern compiler cannot take
            raise LexiconError(f"a user lexicon entry is too deeply nested to compile ({err})") from err
