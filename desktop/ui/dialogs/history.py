"""History: every change to an organisation or an assessment, old value → new value, who (the
person and their device), when, and through which bundle it arrived. Deleted records, removed
values and values erased at a person's request (docs/privacy.md) say so.

Reads `services.organisations.audit_trail` / `services.assessments.audit_trail` (the audit
events `RecordWriter` writes for each changed field).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.services.audit import AuditEntry
from desktop.services.privacy import RETENTION_KEEP_REASON
from desktop.services.reviews import state_label
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
    "move_version": "Moved to a new version of the form",
}
# Events that are a whole sentence of their own (the field they name is bookkeeping).
EVENT_SENTENCES = {
    "retention-keep": "Kept after the retention review",
    "receipt": "The council confirmed receiving it",
    "trust": "Council key trusted",
    "replace": "Council key replaced",
}
# The council's review (and the laptop's resubmission), by the state it gave.
REVIEW_SENTENCES = {
    "approved": "Approved by the council",
    "has_issues": "Sent back by the council: has issues",
    "rejected": "Rejected by the council",
    "resubmitted": "Fixed and sent again",
    "received": "Review state set back to received",
}
# Field names of assessments, answers and actions as people say them (the organisation's
# History passes its registration form's labels).
FIELD_WORDS = {
    "status": "status",
    "completed_at": "completion time",
    "current_question_id": "statement in progress",
    "form_snapshot_id": "form",
    "form_id": "form",
    "form_version": "form version",
    "cat_stage": "CAT stage",
    "consent_given": "consent",
    "value": "answer",
    "dont_know": "don't know",
    "due_date": "due date",
    "support_offer": "support offered",
    "review_state": "review state",
}
STATUS_WORDS = {"draft": "Draft", "completed": "Completed"}
REMOVED = "(removed)"
DELETED = "(deleted)"
RESTORED = "(restored)"
TABLE_WORDS = {"responses": "Answer", "action_items": "Action"}


def value_text(value: Any, field: str = "") -> str:
    if value is None or value == "" or value == []:
        return NO_VALUE
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if field == "status" and value in STATUS_WORDS:
        return STATUS_WORDS[value]
    if field == "review_state" and isinstance(value, str):
        return state_label(value)
    if field == "form_snapshot_id" and isinstance(value, str):
        return f"version {value[:8]}"  # a snapshot's id is its content's hash
    if field.endswith("_at") and isinstance(value, str):
        try:
            return local_time(datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value)  # other names, consent covers
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def what_text(entry: AuditEntry, labels: Mapping[str, str]) -> str:
    """What happened, as a short sentence: "Changed Town", "Approved by the council"."""
    if entry.action in EVENT_SENTENCES:
        return EVENT_SENTENCES[entry.action]
    if entry.action == "review" and isinstance(entry.new_value, str):
        return REVIEW_SENTENCES.get(entry.new_value, f"Review: {state_label(entry.new_value)}")
    action = ACTION_WORDS.get(entry.action, entry.action.replace("_", " ").capitalize())
    where = TABLE_WORDS.get(entry.entity_type, "")
    about = f"{where}: {entry.subject}" if where and entry.subject else where
    if entry.action == "move_version" and entry.field in ("*", "deleted_at"):
        # answers carried over to the new version, or left behind with the old one
        carried = entry.field == "*" or entry.new_value is None
        said = (
            "Carried over to the new form version" if carried else "Left with the old form version"
        )
        return f"{said} ({about})" if about else said
    if entry.field in ("*", "deleted_at") or (
        entry.field == "status" and entry.action in ("complete", "reopen")
    ):
        return f"{action} {about}".strip() if about else action
    field = labels.get(entry.field) or FIELD_WORDS.get(entry.field, entry.field.replace("_", " "))
    # "Changed town"; "Completed: completion time"; "Changed answer (Answer: We can say …)"
    said = f"{action} {field}" if entry.action == "update" else f"{action}: {field}"
    return said + (f" ({about})" if about else "")


def before_after(entry: AuditEntry) -> tuple[str, str]:
    if entry.action == "receipt":
        return NO_VALUE, f"bundle {entry.new_value}"
    if entry.action == "retention-keep":
        reason = value_text(entry.new_value)
        return NO_VALUE, NO_VALUE if reason == RETENTION_KEEP_REASON else reason
    if entry.field == "*":
        fields = entry.new_value if isinstance(entry.new_value, dict) else {}
        return NO_VALUE, plural(len([v for v in fields.values() if v not in (None, "")]), "field")
    if entry.field == "deleted_at" or entry.action in ("delete", "restore"):
        if entry.action == "restore" or (entry.action != "delete" and entry.new_value is None):
            return DELETED, RESTORED
        return NO_VALUE, DELETED
    before = value_text(entry.old_value, entry.field)
    after = value_text(entry.new_value, entry.field)
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
