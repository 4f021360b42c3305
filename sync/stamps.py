"""Change stamps: which stamp a field of a record carries (no imports beyond the standard
library, so the store can share the rule without loading the bundle format)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# A new record has one stamp under this key for all its fields; a field gets its own stamp the
# first time it changes (docs/bundle-format.md, "Compact change stamps").
DEFAULT_STAMP_KEY = "*"


def field_stamp(stamps: Mapping[str, Any], field_name: str) -> Any:
    """The stamp of a field among a record's stamps: its own, else the creation stamp."""
    return stamps.get(field_name) or stamps.get(DEFAULT_STAMP_KEY)
