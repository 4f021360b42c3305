"""Makes `form_helpers` (the YAML snippets used across these tests) importable."""

from __future__ import annotations

import sys
from pathlib import Path

# The suite runs with --import-mode=importlib, which does not put test folders on sys.path.
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
