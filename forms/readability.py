"""Reading age of form text, for `gapkit forms validate` warnings.

The measure is the Flesch-Kincaid grade level, turned into a UK reading age:

    grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
    reading age = grade + 5          (a US school grade is a year of age minus about 5)

Long sentences and long words both raise it. The shipped forms aim at a reading age of 9 to 10;
anything over 12 is flagged for a plain-English rewrite.

Why not a package: textstat (the maintained one) counts syllables with a pronouncing
dictionary it downloads at run time, which fails on a laptop with no internet, and its other
dependencies are large. Counting syllables by vowel groups is the usual fallback in readability
tools; it is off by a syllable now and then, which moves the age of a one-line statement by a
year at most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

READING_AGE_LIMIT = 12.0

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE_END = re.compile(r"[.!?:;]+(?:\s|$)")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """Syllables in an English word, counted as groups of vowels (at least one).

    A silent final "e" ("make") is not counted, but "-le" after a consonant ("table") is.
    """
    text = word.lower().strip("'’-")
    if not text:
        return 0
    count = len(_VOWEL_GROUP.findall(text))
    if (
        text.endswith("e")
        and not text.endswith(("le", "ee", "ye"))
        and count > 1
        or text.endswith("le")
        and len(text) > 2
        and text[-3] in "aeiouy"
        and count > 1
    ):
        count -= 1
    if (
        text.endswith(("es", "ed"))
        and count > 1
        and not text.endswith(("ted", "ded", "ses", "ces", "ges", "zes", "xes"))
    ):
        count -= 1
    return max(1, count)


def reading_age(text: str) -> float | None:
    """The UK reading age of a text by Flesch-Kincaid; None when it has no words."""
    words = _WORD.findall(text)
    if not words:
        return None
    sentences = max(1, len(_SENTENCE_END.findall(text.strip() + " ")))
    syllable_count = sum(syllables(word) for word in words)
    grade = 0.39 * (len(words) / sentences) + 11.8 * (syllable_count / len(words)) - 15.59
    return grade + 5.0


# Flesch-Kincaid was made for passages, not single lines: on a short line one long word
# ("incorporated") can add five years. So a statement is measured together with its four
# descriptors (one passage of 5 sentences), and a single statement, descriptor or help text
# on its own only when it is long enough for the measure to mean something.
MIN_WORDS_ALONE = 25


def passage_of(statement: str, descriptors: Sequence[str] | None) -> str:
    """A statement and its descriptors as one passage, one sentence each."""
    parts = [statement, *(descriptors or [])]
    return " ".join(part.strip().rstrip(".?!") + "." for part in parts if part.strip())


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
