"""From a raw page to articles and sentences, every offset kept.

:func:`layout` runs the text layer top to bottom: clean the text
(:mod:`.clean`), classify each line as news or boilerplate
(:mod:`.boilerplate`), group the kept lines into articles with their
headlines, split them into sentences (:mod:`.sentences`) and mark verbatim
repeats. Offsets inside :class:`Layout` are in the *clean* text; use
:meth:`Layout.original` (or :func:`conflictevents.text.segment`) for
offsets into the original.

How articles are found:

* a headline is a line of 4 to 22 words without final punctuation; a second
  such line right after a headline is its standfirst, not a new story;
* a long line (23+ words, or several sentences) that stops mid-sentence ends its story (pasted stories cut off
  by the scraper), so the next line starts a new one;
* a line that opens with an upper-case kicker ("WATCH TACTICS: ...") starts
  a new story, and so does a wire dateline ("BEIRUT, May 12 (AP) - ...") after
  a story's text (the next story of a roundup).
"""

from __future__ import annotations

from attrs import frozen

import regex

from ..lexicons.dates import DAY_HEADING
from ..models import Span
from ..results import Article, DroppedBlock, Sentence
from .boilerplate import Boilerplate
from .clean import CleanText, clean
from .sentences import split_sentences

__all__ = ["SentenceInfo", "Layout", "layout", "DATELINE", "AGENCY_DATELINE", "COLON_DATELINE"]

_LINE = regex.compile(r"[^\n]+")
_WORDS = regex.compile(r"\S+")
_FINAL = regex.compile(r"[.!?:;,][\"')\]]*$")
_KICKER = regex.compile(r"[\p{Lu}\d][\p{Lu}\d'\- ]{2,40}:\s")
_MD_HEADING = regex.compile(r"#{1,6}\s+")
#: A wire-service dateline at the start of a story: "KYIV, Ukraine (AP) -", "CAIRO/GAZA, March 2 (Reuters) -"
#: (the place finder skips it too: :mod:`conflictevents.mentions.places`).
DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}\p{M} /'.\-]{1,60}(?:,[ ][\p{L} ]{2,30}?)?(?:,[ ]\p{Lu}\p{Ll}{2,8}\.?[ ]\d{1,2})?"
    r"(?:[ ]\([^)\n]{1,40}\))?[ ]?[-\u2013\u2014][ ]"
)
#: The datelines of regional and state outlets that the wire form above does not cover: a sentence of its own, a
#: place and a date with or without the agency ("YEREVAN, MAY 8, ARMENPRESS.", "Baku, May 9, APA.",
#: "MOSCOW, May 8. /TASS/.", "KURSK, May 9 - RIA Novosti.", "BAKU, Azerbaijan, May 6."), or a place and an agency
#: before a dash ("Damascus, SANA- ").
#: Like :data:`DATELINE`, it dates no event and names no place of one; the agency is group ``agency``.
AGENCY_DATELINE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'\-]{1,30}(?:[ ]\p{Lu}[\p{L}\p{M}'\-]{1,30}){0,2}(?:,[ ]\p{Lu}\p{L}{2,30})?"
    r"(?:,[ ](?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?[ ]\d{1,2}(?:,[ ]\d{4})?"
    r"(?:(?:[.,]?[ ]|[ ][-\u2013\u2014][ ])/?(?P<agency>\p{Lu}[\p{L}.\-]{1,20}?(?:[ ]\p{Lu}\p{Ll}{2,12})?)/?)?[.,]?$"
    r"|,[ ](?P<agency>\p{Lu}[\p{Lu}\-]{1,15})[ ]?[-\u2013\u2014][ ])"
)
#: A place and a colon before a story's first words, in South Asian house style ("ISLAMABAD: ", "New Delhi: "); read
#: only for the side of the page (the place must be a town the gazetteer knows), never skipped as the two above are,
#: since a kicker is written the same ("Kharkiv: Russian drones hit ...").
COLON_DATELINE = regex.compile(r"(?P<place>\p{Lu}[\p{L}\p{M}'\-]{1,30}(?:[ ]\p{Lu}[\p{L}\p{M}'\-]{1,30})?):[ ]"
                               r"(?=[\p{Lu}\p{N}\"\u201c])")
_SPACES = regex.compile(r"\s+")
#: The boilerplate rules a live blog's day heading is dropped by ("Friday 9 May" is a short label, "Updated 9 May
#: 2025 23:55" a time stamp).
_DAY_HEADING_RULES = frozenset({"label", "timestamp"})
_BULLET = regex.compile(r"(?:\u2022|[*+](?= ))\s*")
_BULLET_MARKS = frozenset("\u2022*+")
#: The time a live blog's entry was posted, before its first word: "06:55", "14:32 GMT -", "9.45am:".
_CLOCK = regex.compile(
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ ]?[ap]\.?m\.?)?(?:[ ](?:GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|PT|IST|"
    r"local[ ]time))?(?:[ ]?[-\u2013\u2014:|])?[ ]{1,3}(?=\p{Lu}|[\"\u201c'\u2018])")
_HEADLINE_MIN_WORDS, _HEADLINE_MAX_WORDS = 4, 22
_TRUNCATED_MIN_WORDS = 23


@frozen
class SentenceInfo:
    """A sentence in clean-text offsets, with its place on the page."""

    start: int
    end: int
    text: str
    article: int
    headline: bool
    repeat_of: int | None
    line_start: int  # clean offset of the start of its line (paragraph)
    #: the day a live blog's heading above it wrote ("Friday 9 May"), as written; ``None`` under no such heading
    day: str | None = None
    #: the first sentence of a live blog's entry, after its time stamp ("14:10 BST"): a new entry
    posted: bool = False


@frozen
class Layout:
    """The text layer's output for one page (clean-text offsets)."""

    clean: CleanText
    sentences: tuple[SentenceInfo, ...]
    articles: tuple[tuple[int, int, tuple[int, int] | None], ...]
    dropped: tuple[tuple[int, int, str, str], ...]

    def original(self, start: int, end: int) -> Span:
        """Map a clean span to a :class:`~conflictevents.models.Span` of the original text."""
        s, e = self.clean.to_original(start, end)
        return Span(s, e)

    def result_parts(self) -> tuple[tuple[Article, ...], tuple[DroppedBlock, ...]]:
        """The articles and dropped blocks as public result objects (original offsets)."""
        by_article: dict[int, list[Sentence]] = {}
        empty: list[Sentence] = []
        for s in self.sentences:
            by_article.setdefault(s.article, []).append(
                Sentence(self.original(s.start, s.end), s.text, s.repeat_of)
            )
        articles = tuple(
            Article(
                self.original(a_start, a_end),
                self.original(*head) if head else None,
                tuple(by_article.get(i, empty)),
            )
            for i, (a_start, a_end, head) in enumerate(self.articles)
        )
        dropped = tuple(
            DroppedBlock(self.original(s, e), rule, reason) for s, e, rule, reason in self.dropped
        )
        return articles, dropped


_INNER_STOP = regex.compile(r"[.!?][\"')]*[ ]\p{Lu}")
_STOPS = frozenset(".!?:;,")


def _word_count(line: str) -> int:
    """``len(_WORDS.findall(line))``: ``str.split`` agrees with ``\\S+`` but for U+001C-U+001F."""
    if "\x1c" in line or "\x1d" in line or "\x1e" in line or "\x1f" in line:
        return len(_WORDS.findall(line))
    return len(line.split())


def _final_stop(line: str) -> bool:
    """``_FINAL.search(line)`` for a line (no newline in it): a stop, maybe closed by quotes or brackets, last."""
    if "\n" in line:
        return bool(_FINAL.search(line))
    return line.rstrip("\"')]")[-1:] in _STOPS


def _inner_stop(line: str) -> bool:
    """``_INNER_STOP.search(line)``, not tried on a line with no stop at all."""
    return ("." in line or "!" in line or "?" in line) and _INNER_STOP.search(line) is not None


def _is_headline(line: str) -> bool:
    n = _word_count(line)
    return (_HEADLINE_MIN_WORDS <= n <= _HEADLINE_MAX_WORDS and not _final_stop(line)
            and not _inner_stop(line))


def _is_truncated(line: str) -> bool:
    """A story cut off mid-sentence: long, or several sentences, with no final stop."""
    if _final_stop(line):
        return False
    return _word_count(line) >= _TRUNCATED_MIN_WORDS or _inner_stop(line)


#: Longest sentence the grammars read; a longer run of text (a scraper's
#: glued table, a wall of words) is cut at a space, keeping the cost linear.
MAX_SENTENCE = 1500


def _cap(t: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Cut an over-long sentence into pieces of at most :data:`MAX_SENTENCE` characters."""
    out = []
    while e - s > MAX_SENTENCE:
        cut = t.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        if cut <= s:
            cut = s + MAX_SENTENCE
        out.append((s, cut, t[s:cut]))
        s = cut + 1 if t[cut:cut + 1] == " " else cut
    if e > s:
        out.append((s, e, t[s:e]))
    return out


def layout(text: str, boilerplate: Boilerplate) -> Layout:
    """Clean ``text`` and find its articles, sentences and boilerplate."""
    ct = clean(text)
    t = ct.text
    sentences: list[SentenceInfo] = []
    articles: list[list[object]] = []  # [start, end, headline]
    dropped: list[tuple[int, int, str, str]] = []
    seen: dict[str, int] = {}
    in_box = False
    prev_kind = "none"  # "headline", "body", "truncated"
    heads_in_row = 0
    day: str | None = None  # the day of the latest live-blog day heading ("Friday 9 May")
    stamped = False  # a time stamp on a line of its own ("14:10 BST"): the next sentence opens an entry

    def new_article(start: int) -> None:
        articles.append([start, start, None])

    le = -1
    for line in t.split("\n"):  # the lines: the runs of _LINE (empty ones are passed over)
        ls = le + 1
        le = ls + len(line)
        if not line:
            continue
        md = _MD_HEADING.match(line) if line[:1] == "#" else None
        if md:
            line = line[md.end() :]
            ls += md.end()
        bullet = _BULLET.match(line) if line[:1] in _BULLET_MARKS else None
        if bullet:
            line = line[bullet.end() :]
            ls += bullet.end()
        clock = _CLOCK.match(line) if line[:1].isdigit() else None
        if clock:  # a live blog's entry time ("06:55", "14:32 GMT -"): when it was posted, no word of the news
            line = line[clock.end() :]
            ls += clock.end()
        pieces = [piece for s0, e0, _ in split_sentences(t, ls, le) for piece in _cap(t, s0, e0)]
        judged = len(pieces) > 1  # (then every kept sentence has passed the sentence patterns already)
        if judged:
            # several sentences: each is judged alone, never the line as a whole
            kept = []
            for s, e, sent in pieces:
                verdict = boilerplate.classify_sentence(sent, in_box)
                if verdict.rule is None:
                    in_box = False
                    kept.append((s, e, sent))
                else:
                    dropped.append((s, e, verdict.rule, verdict.reason or ""))
                    in_box = verdict.opens_box or (in_box and verdict.rule == "appeal")
            if not kept:
                continue
            pieces = kept
        else:
            verdict = boilerplate.classify_line(line, in_box)
            if verdict.rule is not None:
                dropped.append((ls, le, verdict.rule, verdict.reason or ""))
                heading = DAY_HEADING.match(line.strip()) if verdict.rule in _DAY_HEADING_RULES else None
                if heading is not None:
                    day = heading.group("day")  # the entries below were posted that day
                stamped = stamped or verdict.rule == "timestamp" or clock is not None
                in_box = verdict.opens_box or (in_box and verdict.rule == "appeal")
                if prev_kind == "headline" and verdict.rule in ("timestamp", "source-line", "label"):
                    prev_kind, heads_in_row = "dropped", 0  # a live-blog time stamp ends an entry's head
                continue
            in_box = False
        headline = bool(md) or _is_headline(line)
        if headline:
            if prev_kind != "headline" or not articles:
                new_article(ls)
            elif prev_kind == "headline" and heads_in_row >= 2:
                new_article(ls)  # a headline after headline + standfirst: a new teaser
                heads_in_row = 0
            if articles[-1][2] is None:
                articles[-1][2] = (ls, le)
        elif not articles or prev_kind == "truncated" or (
                prev_kind != "headline" and line.find(":", 3, 42) >= 0 and _KICKER.match(line)) or (
                prev_kind == "body" and _opens_with_dateline(line)):
            # (a dateline in the middle of a page opens the next story of a roundup; a kicker or a colon dateline
            # right under a headline is that headline's story: "Indian drone downed near X" / "BAHAWALPUR: ...")
            new_article(ls)
        for k, (s, e, sent) in enumerate(pieces):
            rule = None if judged else boilerplate.sentence_rule(sent)
            if rule is not None:  # (a line of several sentences was judged above)
                dropped.append((s, e, rule.name, rule.reason))
                continue
            key = sent.casefold()
            if not key.isascii() or "  " in key or "\t" in key or "\n" in key or "\r" in key or "\x0b" in key \
                    or "\x0c" in key:
                key = _SPACES.sub(" ", key)  # (an ASCII text with single spaces only is left as it is)
            repeat = seen.get(key)
            if repeat is None:
                seen[key] = len(sentences)
            sentences.append(
                SentenceInfo(s, e, sent, len(articles) - 1, headline, repeat, ls, day,
                             (clock is not None or stamped) and k == 0)
            )
            stamped = False
        articles[-1][1] = le
        prev_kind = "headline" if headline else ("truncated" if _is_truncated(line) else "body")
        heads_in_row = heads_in_row + 1 if headline else 0
    return Layout(
        clean=ct,
        sentences=tuple(sentences),
        articles=tuple((int(a[0]), int(a[1]), a[2]) for a in articles),  # type: ignore[call-overload, misc]
        dropped=tuple(sorted(dropped)),
    )


def _opens_with_dateline(line: str) -> bool:
    """A line that opens with a full dateline, with a date, a country or an agency after the place ("BEIRUT,
    March 3 (AP) - "), not any heading in capitals before a dash ("UN SECURITY COUNCIL - ...")."""
    m = DATELINE.match(line)
    return m is not None and ("," in m.group() or "(" in m.group())
