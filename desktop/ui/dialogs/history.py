"""History: every change to an organisation or an assessment, old value → new value, who (the
person and their device), when, and through which bundle it arrived. Deleted records, removed
values and values erased at a person's request (docs/privacy.md) say so.

Reads `services.organisations.audit_trail` / `services.assessments.audit_trail` (the audit
events `RecordWriter` writes for each changed field).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.services.audit import AuditEntry
from desktop.ui.format import NO_VALUE, local_time, plural
from desktop.ui.models.records import Column, RecordsModel
from desktop.ui.widgets.tables import fit_columns, make_table

ACTION_WORDS = {
    "create": "Created",
    "update": "Changed",
    "delete": "Deleted",
    "restore": "Restored",
    "conflict": "Conflict settled",
    "complete": "Completed",
    "reopen": "Reopened",
    "erase": "Erased at the person's request",
    "erase-history": "Erased from the history",
}
REMOVED = "(removed)"
DELETED = "(deleted)"
RESTORED = "(restored)"
TABLE_WORDS = {"responses": "Answer", "action_items": "Action"}


def value_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return NO_VALUE
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value)  # other names, consent covers
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def what_text(entry: AuditEntry, labels: Mapping[str, str]) -> str:
    action = ACTION_WORDS.get(entry.action, entry.action.capitalize())
    where = TABLE_WORDS.get(entry.entity_type, "")
    about = f"{where}: {entry.subject}" if where and entry.subject else where
    if entry.field == "*":
        return f"{action} {about}".strip() if about else action
    if entry.field == "deleted_at":
        return f"{action} {about}".strip() if about else action
    field = labels.get(entry.field, entry.field.replace("_", " "))
    # "Changed town"; "Completed: status"; "Changed value (Answer: We can say …)"
    said = f"{action} {field}" if entry.action == "update" else f"{action}: {field}"
    return said + (f" ({about})" if about else "")


def before_after(entry: AuditEntry) -> tuple[str, str]:
    if entry.field == "*":
        fields = entry.new_value if isinstance(entry.new_value, dict) else {}
        return NO_VALUE, plural(len([v for v in fields.values() if v not in (None, "")]), "field")
    if entry.field == "deleted_at" or entry.action in ("delete", "restore"):
        if entry.action == "restore":
            return DELETED, RESTORED
        return NO_VALUE, DELETED
    before, after = value_text(entry.old_value), value_text(entry.new_value)
    if after == NO_VALUE and before != NO_VALUE and entry.action != "erase":
        after = REMOVED  # a value taken out, not one that was never there
    return before, after


def who_text(entry: AuditEntry) -> str:
    """ "Asha Patel (Asha's laptop)"; the device alone where no name was recorded."""
    device = entry.device_name or f"device {entry.device_id[:8]}"
    return f"{entry.person} ({device})" if entry.person else device


def through_text(entry: AuditEntry) -> str:
    """Which bundle brought the change here: "made here" for changes made on this computer."""
    arrival = entry.arrival
    if arrival is None:
        return "made here"
    what = "field pack" if arrival.kind == "field-pack" else "bundle"
    number = f" {arrival.bundle_seq}" if arrival.bundle_seq is not None else ""
    sender = f" from {arrival.device_name}" if arrival.device_name else ""
    return f"{what}{number}{sender}"


def through_tooltip(entry: AuditEntry) -> str | None:
    arrival = entry.arrival
    if arrival is None:
        return "Made on this computer (or before arrivals were recorded)."
    when = f", imported {local_time(arrival.imported_at)}" if arrival.imported_at else ""
    return f"Bundle id {arrival.bundle_id}{when}"


class HistoryDialog(QDialog):
    """A read-only list of changes, oldest first."""

    def __init__(
        self,
        title: str,
        entries: Sequence[AuditEntry],
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(900, 480)
        names = dict(labels or {})
        columns = (
            Column("When", lambda e: local_time(e.at)),
            Column("Who", who_text),
            Column("What", lambda e: what_text(e, names)),
            Column("Before", lambda e: before_after(e)[0]),
            Column("After", lambda e: before_after(e)[1]),
            Column("Through", through_text),
        )
        self.model = RecordsModel(columns, tooltip=self._tooltip, parent=self)
        self.model.set_rows(list(entries))
        self.table = make_table(self.model, "Changes")
        self.summary = QLabel(
            f"{plural(len(entries), 'change')}, oldest first: who made each one (the person and "
            "their device), when, and the bundle that brought it here."
        )
        self.summary.setAccessibleName("How many changes")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.summary.setWordWrap(True)
        fit_columns(self.table)

    def _tooltip(self, entry: AuditEntry) -> str | None:
        before, after = before_after(entry)
        return f"{before} → {after}\n{through_tooltip(entry)}"
