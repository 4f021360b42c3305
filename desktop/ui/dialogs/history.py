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
from desktop.ui.format import NO_VALUE, local_time
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.models.records import Column, RecordsModel
from desktop.ui.widgets.review_panel import review_state_text
from desktop.ui.widgets.tables import fit_columns, make_table

ACTION_WORDS = {
    "create": tr_noop("History", "Created"),
    "update": tr_noop("History", "Changed"),
    "delete": tr_noop("History", "Deleted"),
    "restore": tr_noop("History", "Restored"),
    "conflict": tr_noop("History", "Conflict settled"),
    "complete": tr_noop("History", "Completed"),
    "reopen": tr_noop("History", "Reopened"),
    "erase": tr_noop("History", "Erased at the person's request"),
    "erase-history": tr_noop("History", "Erased from the history"),
    "move_version": tr_noop("History", "Moved to a new version of the form"),
}
# Events that are a whole sentence of their own (the field they name is bookkeeping).
EVENT_SENTENCES = {
    "retention-keep": tr_noop("History", "Kept after the retention review"),
    "receipt": tr_noop("History", "The council confirmed receiving it"),
    "trust": tr_noop("History", "Council key trusted"),
    "replace": tr_noop("History", "Council key replaced"),
}
# The council's review (and the laptop's resubmission), by the state it gave.
REVIEW_SENTENCES = {
    "approved": tr_noop("History", "Approved by the council"),
    "has_issues": tr_noop("History", "Sent back by the council: has issues"),
    "rejected": tr_noop("History", "Rejected by the council"),
    "resubmitted": tr_noop("History", "Fixed and sent again"),
    "received": tr_noop("History", "Review state set back to received"),
}
# Field names of assessments, answers and actions as people say them (the organisation's
# History passes its registration form's labels).
FIELD_WORDS = {
    "status": tr_noop("History", "status"),
    "completed_at": tr_noop("History", "completion time"),
    "current_question_id": tr_noop("History", "statement in progress"),
    "form_snapshot_id": tr_noop("History", "form"),
    "form_id": tr_noop("History", "form"),
    "form_version": tr_noop("History", "form version"),
    "cat_stage": tr_noop("History", "CAT stage"),
    "consent_given": tr_noop("History", "consent"),
    "value": tr_noop("History", "answer"),
    "dont_know": tr_noop("History", "don't know"),
    "due_date": tr_noop("History", "due date"),
    "support_offer": tr_noop("History", "support offered"),
    "review_state": tr_noop("History", "review state"),
}
STATUS_WORDS = {
    "draft": tr_noop("History", "Draft"),
    "completed": tr_noop("History", "Completed"),
}
REMOVED = tr_noop("History", "(removed)")
DELETED = tr_noop("History", "(deleted)")
RESTORED = tr_noop("History", "(restored)")
TABLE_WORDS = {
    "responses": tr_noop("History", "Answer"),
    "action_items": tr_noop("History", "Action"),
}


def value_text(value: Any, field: str = "") -> str:
    if value is None or value == "" or value == []:
        return NO_VALUE
    if isinstance(value, bool):
        return tr("History", "Yes") if value else tr("History", "No")
    if field == "status" and value in STATUS_WORDS:
        return tr("History", STATUS_WORDS[value])
    if field == "review_state" and isinstance(value, str):
        return review_state_text(value)
    if field == "form_snapshot_id" and isinstance(value, str):
        # a snapshot's id is its content's hash
        return tr("History", "version {id}").format(id=value[:8])
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
        return tr("History", EVENT_SENTENCES[entry.action])
    if entry.action == "review" and isinstance(entry.new_value, str):
        if entry.new_value in REVIEW_SENTENCES:
            return tr("History", REVIEW_SENTENCES[entry.new_value])
        return tr("History", "Review: {state}").format(state=review_state_text(entry.new_value))
    action = (
        tr("History", ACTION_WORDS[entry.action])
        if entry.action in ACTION_WORDS
        else entry.action.replace("_", " ").capitalize()
    )
    where = (
        tr("History", TABLE_WORDS[entry.entity_type]) if entry.entity_type in TABLE_WORDS else ""
    )
    about = (
        tr("History", "{where}: {subject}").format(where=where, subject=entry.subject)
        if where and entry.subject
        else where
    )
    if entry.action == "move_version" and entry.field in ("*", "deleted_at"):
        # answers carried over to the new version, or left behind with the old one
        carried = entry.field == "*" or entry.new_value is None
        said = (
            tr("History", "Carried over to the new form version")
            if carried
            else tr("History", "Left with the old form version")
        )
        return tr("History", "{said} ({about})").format(said=said, about=about) if about else said
    if entry.field in ("*", "deleted_at") or (
        entry.field == "status" and entry.action in ("complete", "reopen")
    ):
        return (
            tr("History", "{action} {about}").format(action=action, about=about)
            if about
            else action
        )
    if entry.field in labels:  # the registration form's labels
        field = tr("Registration", labels[entry.field])
    elif entry.field in FIELD_WORDS:
        field = tr("History", FIELD_WORDS[entry.field])
    else:
        field = entry.field.replace("_", " ")
    # "Changed town"; "Completed: completion time"; "Changed answer (Answer: We can say …)"
    said = (
        tr("History", "{action} {field}")
        if entry.action == "update"
        else tr("History", "{action}: {field}")
    ).format(action=action, field=field)
    return tr("History", "{said} ({about})").format(said=said, about=about) if about else said


def before_after(entry: AuditEntry) -> tuple[str, str]:
    if entry.action == "receipt":
        return NO_VALUE, tr("History", "bundle {number}").format(number=entry.new_value)
    if entry.action == "retention-keep":
        reason = value_text(entry.new_value)
        return NO_VALUE, NO_VALUE if reason == RETENTION_KEEP_REASON else reason
    if entry.field == "*":
        fields = entry.new_value if isinstance(entry.new_value, dict) else {}
        count = len([v for v in fields.values() if v not in (None, "")])
        filled = (
            tr("History", "{count} field") if count == 1 else tr("History", "{count} fields")
        ).format(count=count)
        return NO_VALUE, filled
    if entry.field == "deleted_at" or entry.action in ("delete", "restore"):
        if entry.action == "restore" or (entry.action != "delete" and entry.new_value is None):
            return tr("History", DELETED), tr("History", RESTORED)
        return NO_VALUE, tr("History", DELETED)
    before = value_text(entry.old_value, entry.field)
    after = value_text(entry.new_value, entry.field)
    if after == NO_VALUE and before != NO_VALUE and entry.action != "erase":
        after = tr("History", REMOVED)  # a value taken out, not one that was never there
    return before, after


def who_text(entry: AuditEntry) -> str:
    """ "Asha Patel (Asha's laptop)"; the device alone where no name was recorded."""
    device = entry.device_name or tr("History", "device {id}").format(id=entry.device_id[:8])
    if entry.person:
        return tr("History", "{person} ({device})").format(person=entry.person, device=device)
    return device


def through_text(entry: AuditEntry) -> str:
    """Which bundle brought the change here: "made here" for changes made on this computer."""
    arrival = entry.arrival
    if arrival is None:
        return tr("History", "made here")
    pack = arrival.kind == "field-pack"
    if arrival.bundle_seq is not None:
        what = (
            tr("History", "field pack {number}") if pack else tr("History", "bundle {number}")
        ).format(number=arrival.bundle_seq)
    else:
        what = tr("History", "field pack") if pack else tr("History", "bundle")
    if arrival.device_name:
        return tr("History", "{what} from {device}").format(what=what, device=arrival.device_name)
    return what


def through_tooltip(entry: AuditEntry) -> str | None:
    arrival = entry.arrival
    if arrival is None:
        return tr("History", "Made on this computer (or before arrivals were recorded).")
    if arrival.imported_at:
        return tr("History", "Bundle id {id}, imported {when}").format(
            id=arrival.bundle_id, when=local_time(arrival.imported_at)
        )
    return tr("History", "Bundle id {id}").format(id=arrival.bundle_id)


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
            Column(tr("History", "When"), lambda e: local_time(e.at)),
            Column(tr("History", "Who"), who_text),
            Column(tr("History", "What"), lambda e: what_text(e, names)),
            Column(tr("History", "Before"), lambda e: before_after(e)[0]),
            Column(tr("History", "After"), lambda e: before_after(e)[1]),
            Column(tr("History", "Through"), through_text),
        )
        self.model = RecordsModel(columns, tooltip=self._tooltip, parent=self)
        self.model.set_rows(list(entries))
        self.table = make_table(self.model, tr("History", "Changes"))
        count = len(entries)
        changes = (
            tr("History", "{count} change") if count == 1 else tr("History", "{count} changes")
        ).format(count=count)
        self.summary = QLabel(
            tr(
                "History",
                "{changes}, oldest first: who made each one (the person and their device), when, "
                "and the bundle that brought it here.",
            ).format(changes=changes)
        )
        self.summary.setAccessibleName(tr("History", "How many changes"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Qt ships no Urdu or Punjabi words for its standard buttons.
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("History", "Close"))
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
