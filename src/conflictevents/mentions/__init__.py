"""Stage 2 of the cascade: tokens and the typed mentions every lexicon finds over them, once per sentence.

* :mod:`.tokens` - one tokenizer, offsets kept;
* :mod:`.types` - :class:`~conflictevents.mentions.types.Mention` and its kinds;
* :mod:`.finder` - actors, officials, weapons, targets (phrase tables), numbers and dates (one search each);
* :mod:`.places` - place names read in their frame and resolved in the gazetteer;
* :mod:`.words` - the words that frame names ("the village of", "region", force nouns).
"""

from .finder import MentionFinder
from .tokens import Tokens
from .types import Kind, Mention

__all__ = ["Tokens", "Kind", "Mention", "MentionFinder"]
