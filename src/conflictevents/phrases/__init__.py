"""Stage 3 of the cascade: phrases and the generic relations between them.

* :mod:`.words` - closed word classes (determiners, prepositions, auxiliaries, modals);
* :mod:`.morphology` - inflections derived from lemmas, and the common verbs;
* :mod:`.chunks` - noun groups, verb groups (voice, negation, mood), boundaries;
* :mod:`.relations` - subjects, objects, prepositional phrases, lists, clauses.
"""

from .chunks import Chunk, Parse, Vocabulary

__all__ = ["Chunk", "Parse", "Vocabulary"]
