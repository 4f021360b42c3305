"""The sync services' words as the screens show them, in the app's language.

`desktop.services.sync.export` names tables ("Organisations", "12 organisations") and
`desktop.services.sync.packs` a pack's scopes in English: the CLI, logs and the CSV files
use them as they are. The screens show them through these functions, which give exactly the
services' English in English and the translations (context "SyncWords") otherwise. Counts in
other languages are written "label: 12", which needs no plural forms (Polish has three).
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.format import tr_noop
from desktop.services.sync.export import (
    TABLE_NAMES,
    counted,
    describe_counts,
    table_label,
)
from desktop.ui.i18n import ENGLISH, current_language, tr

CONTEXT = "SyncWords"

# One entry per synced table (a test keeps them the same as the service's TABLE_LABELS).
TABLE_WORDS: dict[str, str] = {
    "organisations": tr_noop("SyncWords", "Organisations"),
    "form_snapshots": tr_noop("SyncWords", "Form versions"),
    "assessments": tr_noop("SyncWords", "Assessments"),
    "participants": tr_noop("SyncWords", "Participants"),
    "responses": tr_noop("SyncWords", "Answers"),
    "action_items": tr_noop("SyncWords", "Action plan items"),
    "action_reviews": tr_noop("SyncWords", "Action reviews"),
    "council_resources": tr_noop("SyncWords", "Council resources"),
    "review_notes": tr_noop("SyncWords", "Review notes"),
    "audit_events": tr_noop("SyncWords", "Audit trail entries"),
}
# A pack's scopes (the keys of services.sync.packs.SCOPES).
SCOPE_WORDS: dict[str, str] = {
    "all": tr_noop("SyncWords", "All organisations"),
    "wards": tr_noop("SyncWords", "Organisations in some wards"),
    "worked-with": tr_noop("SyncWords", "Organisations the laptop worked with"),
}

__all__ = ["count_shown", "counts_shown", "scope_label", "table_word"]


def _english() -> bool:
    return current_language() == ENGLISH


def table_word(name: str) -> str:
    """A table's name as a heading: "Organisations"."""
    if name in TABLE_WORDS and not _english():
        return tr(CONTEXT, TABLE_WORDS[name])
    return table_label(name)


def count_shown(name: str, count: int) -> str:
    """ "12 organisations" in English; "Organisations: 12" in the other languages."""
    if _english() or name not in TABLE_WORDS:
        return counted(name, count)
    return tr("SyncWords", "{label}: {count}").format(label=table_word(name), count=f"{count:,}")


def counts_shown(counts: dict[str, int], names: Iterable[str] = TABLE_NAMES) -> str:
    """ "12 organisations, 3 assessments" (only the tables that have records)."""
    if _english():
        return describe_counts(counts, names)
    parts = [count_shown(name, counts[name]) for name in names if counts.get(name)]
    return "; ".join(parts) if parts else tr("SyncWords", "nothing")


def scope_label(key: str) -> str:
    """A field pack's scope as the choice names it: "All organisations"."""
    if key in SCOPE_WORDS:
        return tr(CONTEXT, SCOPE_WORDS[key])
    return key
