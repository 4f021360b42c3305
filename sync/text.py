"""Showing text that came from outside (device names, file names) safely on a terminal or a
screen: control characters and bidirectional overrides are shown as escapes, so a name can't
move the cursor, forge a line or reorder the fingerprint printed beside it."""

from __future__ import annotations

import unicodedata

# Explicit bidirectional formatting characters (Unicode UAX #9) and the line separators.
_BIDI_AND_SEPARATORS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
)


def _unsafe(character: str) -> bool:
    return character in _BIDI_AND_SEPARATORS or unicodedata.category(character) == "Cc"


def has_unsafe_characters(text: str) -> bool:
    """Whether `text` holds a control or bidirectional formatting character."""
    return any(_unsafe(c) for c in text)


def shown(text: object) -> str:
    """`text` with every control and bidi formatting character written as an escape (`\\x1b`,
    `\\u202e`); ordinary text, accents and scripts are left as they are."""
    value = "" if text is None else str(text)
    if not has_unsafe_characters(value):
        return value
    parts = []
    for character in value:
        if _unsafe(character):
            code = ord(character)
            parts.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            parts.append(character)
    return "".join(parts)
