"""Words and numbers as the screen shows them (Qt-free; the PDF shares `desktop/reports/format.py`)."""

from __future__ import annotations


def plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word if count == 1 else (words or word + 's')}"
