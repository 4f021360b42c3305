"""The History panels say what happened in plain words: retention decisions, the council's
review, completing and reopening, the receipt of a field pack; no internal names."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from desktop.services import Services
from desktop.services.audit import Arrival, AuditEntry
from desktop.ui.dialogs.history import HistoryDialog

SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b|\b[a-z]+-[a-z]+\b")


def rows_of(dialog: HistoryDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def assert_plain(rows: list[list[str]]) -> None:
    """No action, field or state shown by its internal name ("retention-keep", "has_issues")."""
    for row in rows:
        what, before, after = row[2], row[3], row[4]
        assert what[:1].isupper(), what
        for text in (what, before, after):
            assert not SNAKE.search(text), text


def test_a_retention_decision_reads_as_a_sentence(qtbot: Any, services: Services) -> None:
    org = services.organisations.create(
        {"name": "Holme Valley Food Bank", "legal_form": "cio_association", "postcode": "HD9 3AB"}
    )
    services.privacy.keep(org.id, "Still runs the Saturday food bank")
    services.privacy.keep(org.id)
    dialog = HistoryDialog("History", services.organisations.audit_trail(org.id))
    qtbot.addWidget(dialog)
    rows = rows_of(dialog)
    assert [row[2:5] for row in rows[1:]] == [
        ["Kept after the retention review", "—", "Still runs the Saturday food bank"],
        ["Kept after the retention review", "—", "—"],
    ]
    assert_plain(rows)


def test_completing_reviewing_and_reopening_read_as_sentences(
    qtbot: Any, services: Services
) -> None:
    org = services.organisations.create(
        {
            "name": "Batley Community Choir",
            "legal_form": "unincorporated_association",
            "postcode": "WF17 5AA",
        }
    )
    work = services.assessments.start(org.id, "health_check", "facilitated", consent_given=True)
    services.assessments.complete(work.id, allow_unanswered_required=True)
    services.settings.set("council_mode", True)
    services.reviews.set_state([work.id], "has-issues", comment="The finance answers are missing.")
    services.assessments.reopen(work.id)
    dialog = HistoryDialog("History", services.assessments.audit_trail(work.id))
    qtbot.addWidget(dialog)
    rows = rows_of(dialog)
    said = [row[2:5] for row in rows]
    assert ["Completed", "Draft", "Completed"] in said
    assert ["Sent back by the council: has issues", "Received", "Has issues"] in said
    assert ["Reopened", "Completed", "Draft"] in said
    (completion_time,) = [row for row in said if row[0] == "Completed: completion time"]
    assert "T" not in completion_time[2] and completion_time[2] != "—"  # a local time
    assert_plain([row for row in rows if not row[2].startswith(("Created", "Changed"))])


def test_the_councils_receipt_reads_as_a_sentence(qtbot: Any) -> None:
    receipt = AuditEntry(
        at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
        device_id="c" * 36,
        action="receipt",
        field="received_bundle_seq",
        old_value=None,
        new_value=4,
        device_name="Kirklees Council",
        entity_type="devices",
        arrival=Arrival("p" * 36, "field-pack", 9, "Kirklees Council", None),
    )
    dialog = HistoryDialog("History", [receipt])
    qtbot.addWidget(dialog)
    (row,) = rows_of(dialog)
    assert row[1:] == [
        "Kirklees Council",
        "The council confirmed receiving it",
        "—",
        "bundle 4",
        "field pack 9 from Kirklees Council",
    ]
    assert_plain([row])


def test_review_states_in_the_history_and_the_thread_are_in_the_language_shown(
    qtbot: Any,
) -> None:
    """The states' words are marked where the service defines them (context "Assessments");
    the History and the review thread still looked them up under "Review", which no longer
    holds them, and showed them in English."""
    from desktop.services.reviews import STATE_LABELS, ReviewNoteInfo
    from desktop.ui import i18n
    from desktop.ui.widgets.review_panel import thread_text

    at = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    review = AuditEntry(
        at=at,
        device_id="c" * 36,
        action="update",
        field="review_state",
        old_value="received",
        new_value="has_issues",
        device_name="Kirklees Council",
        entity_type="assessments",
    )
    note = ReviewNoteInfo("n1", "a1", "rejected", "Add the treasurer", "Sam", at, "c" * 36, None)
    assert i18n.set_app_language("pl")
    try:
        polish = {state: i18n.tr("Assessments", label) for state, label in STATE_LABELS.items()}
        assert polish["has_issues"] != "Has issues" and polish["rejected"] != "Rejected"
        dialog = HistoryDialog("History", [review])
        qtbot.addWidget(dialog)
        (row,) = rows_of(dialog)
        assert row[3:5] == [polish["received"], polish["has_issues"]]
        assert f" · {polish['rejected']} · " in thread_text([note])
    finally:
        i18n.set_app_language("en")
