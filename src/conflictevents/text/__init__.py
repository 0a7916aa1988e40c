r"""The text layer: from a scraped page to articles and sentences, offsets kept.

>>> from conflictevents.text import segment
>>> page = "World news\nDrones hit Odesa port\nRussian drones hit the port overnight. Two people were hurt.\nShare on Facebook\n"
>>> result = segment(page)
>>> [page[s.span.start:s.span.end] for s in result.sentences]
['Drones hit Odesa port', 'Russian drones hit the port overnight.', 'Two people were hurt.']
>>> [(b.rule, page[b.span.start:b.span.end]) for b in result.dropped]
[('label', 'World news'), ('share-prompt', 'Share on Facebook')]
>>> page[result.articles[0].headline.start:result.articles[0].headline.end]
'Drones hit Odesa port'
"""

from __future__ import annotations

from ..lexicons.loader import read_bundled
from ..results import Page
from .boilerplate import Boilerplate
from .clean import CleanText, clean
from .page import Layout, layout
from .sentences import split_sentences

__all__ = ["segment", "clean", "CleanText", "layout", "Layout", "split_sentences", "Boilerplate"]


def segment(text: str, boilerplate: Boilerplate | None = None) -> Page:
    """Clean a page, drop its boilerplate and split it into articles and sentences.

    All offsets in the result point into ``text`` as given. ``boilerplate``
    defaults to the bundled pattern table.
    """
    table = boilerplate if boilerplate is not None else Boilerplate(read_bundled("boilerplate"), timeout=None)
    articles, dropped = layout(text, table).result_parts()
    return Page(articles=articles, dropped=dropped)
