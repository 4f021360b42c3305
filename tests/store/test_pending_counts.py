"""What the Sync page counts: `RecordReader.count` against a plain walk over every record.

The count takes shortcuts (SQLite counts a large change range as the whole table less what lies
outside it; the drafts' records are counted without their change numbers when every record is
in range), so it is checked here, on both databases, against the export's own rule written out
in Python over every stored row: for each window an export can have."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import desktop.services.sync.export as export
from desktop.services.sync.export import (
    ASSESSMENT_FAMILY,
    TABLE_NAMES,
    RecordReader,
    _Window,
    synced_table,
)
from desktop.store.models import Assessment
from tests.store.test_export import fill, new_organisation, start_draft

COUNTED = (synced_table("assessments"), *ASSESSMENT_FAMILY)


def family_rows(services: Any) -> dict[str, list[tuple[str, int]]]:
    """The records of the assessments and their families as (assessment id, change_seq): an
    assessment is its own."""
    with services.store.session() as session:
        return {
            table.name: [
                (row[0], row[1])
                for row in session.execute(
                    select(
                        table.c.id if table.name == "assessments" else table.c.assessment_id,
                        table.c.change_seq,
                    )
                )
            ]
            for table in COUNTED
        }


def owners(services: Any) -> dict[str, tuple[str, int]]:
    with services.store.session() as session:
        return {
            row[0]: (row[1], row[2])
            for row in session.execute(
                select(Assessment.id, Assessment.status, Assessment.change_seq)
            )
        }


def expected_count(
    window: _Window, rows: list[tuple[str, int]], assessments: dict[str, tuple[str, int]]
) -> int:
    """The export's rule (`_threshold`), record by record: a record of a completed assessment
    goes when its change number is above the last export's (or the last draft export's, for an
    assessment changed since); a draft's only with drafts included; never above `to_seq`."""
    if window.full:
        low = changed_low = drafts_low = -1
    else:
        low = window.last_to_seq
        changed_low = drafts_low = min(window.drafts_to_seq, window.last_to_seq)
    count = 0
    for assessment_id, seq in rows:
        status, owner_seq = assessments[assessment_id]
        if status == "completed":
            threshold = changed_low if owner_seq > low else low
        elif window.include_drafts:
            threshold = drafts_low
        else:
            continue
        count += threshold < seq <= window.to_seq
    return count


def windows(now: int, ends: set[int]) -> list[_Window]:
    """Windows cutting the change numbers anywhere (and at `ends`, each table's first and last
    change number), up to now and up to an earlier number."""
    marks = sorted({-1, 0, 1, now // 3, now // 2, now - 1, now} | ends)
    return [
        _Window(
            last_to_seq=last,
            drafts_to_seq=drafts,
            to_seq=to_seq,
            full=full,
            include_drafts=include_drafts,
        )
        for to_seq in (now, now // 2)
        for last in marks
        for drafts in marks
        for full in (False, True)
        for include_drafts in (False, True)
    ]


@pytest.mark.parametrize("probe", [1, 10**9], ids=["range-as-table-less-outside", "range-direct"])
def test_assessment_and_family_counts_match_the_export_rule_for_every_window(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, probe: int
) -> None:
    monkeypatch.setattr(export, "_RANGE_PROBE", probe)
    fill(services, organisations=6, assessments=10)
    services.exports.export_bundle(tmp_path / "first.gapkit")
    # Changes after the export: an answer changed in a completed assessment (reopened and
    # completed again), one in a draft held back, and a new draft.
    assessments = owners(services)
    completed = next(id_ for id_, (status, _seq) in assessments.items() if status == "completed")
    draft = next(id_ for id_, (status, _seq) in assessments.items() if status != "completed")
    services.assessments.reopen(completed)
    answer_something(services, completed)
    services.assessments.complete(completed, allow_unanswered_required=True)
    answer_something(services, draft)
    start_draft(services, new_organisation(services))

    rows, assessments = family_rows(services), owners(services)
    # Records from several changes, so the windows cut between them.
    assert len({seq for table in rows.values() for _id, seq in table}) > 3
    with RecordReader(services.store) as reader:
        now = reader.window(full=False, include_drafts=False).to_seq
        checked = 0
        ends = {
            f(seq for _id, seq in table) for table in rows.values() if table for f in (min, max)
        }
        for window in windows(now, ends):
            for table in COUNTED:
                assert reader.count(window, table) == expected_count(
                    window, rows[table.name], assessments
                ), (window, table.name)
                checked += 1
    assert checked > 100


def test_the_page_counts_agree_with_the_export_at_a_council_that_never_exported(
    services: Any, tmp_path: Path
) -> None:
    """Every record in range (the council's case): the drafts' records are then counted
    without their change numbers, and the bundle must still hold exactly what was counted."""
    fill(services, organisations=6, assessments=10)
    with RecordReader(services.store) as reader:
        window = reader.window(full=False, include_drafts=False)
        counts = {name: reader.count(window, synced_table(name)) for name in TABLE_NAMES}
    assert counts["responses"] > 0
    result = services.exports.export_bundle(tmp_path / "everything.gapkit")
    assert result.counts == counts


def answer_something(services: Any, assessment_id: str) -> None:
    form = services.assessments.form_for(assessment_id)
    question = next(q for _s, q in form.questions() if q.type == "rating")
    services.assessments.record_answer(assessment_id, question.id, 1)


def test_counts_at_a_council_match_the_export_rule_after_imports_and_merges(
    services: Any, tmp_path: Path
) -> None:
    """The council's records take each import's change number, and a merge moves the changed
    ones to the next (on PostgreSQL the count then comes from the change log its triggers
    keep): every window still counts exactly what the rule chooses."""
    from desktop.demo.assessments import add_demo_assessments
    from desktop.services.sync.imports import ImportService
    from tests.store.sync_helpers import Laptop

    laptop = Laptop.make(tmp_path, "Field laptop")
    try:
        laptop.enrol_at(services.store)
        laptop.register(4, seed=9)
        add_demo_assessments(laptop.services, 10, seed=9, completed_share=0.6)
        bundle = laptop.export(full=True)
        assert ImportService(services.store).import_bundle(bundle).status == "merged"
        services.exports.export_bundle(tmp_path / "council-first.gapkit")
        completed = [
            id_ for id_, (status, _seq) in owners(laptop.services).items() if status == "completed"
        ]
        draft = next(
            id_ for id_, (status, _seq) in owners(laptop.services).items() if status != "completed"
        )
        assert len(completed) >= 2
        answer_something(laptop.services, draft)
        laptop.services.assessments.reopen(completed[0])
        answer_something(laptop.services, completed[0])
        laptop.services.assessments.complete(completed[0], allow_unanswered_required=True)
        assert ImportService(services.store).import_bundle(laptop.export()).status == "merged"
        # and an edit made at the council itself
        services.assessments.reopen(completed[1])
        answer_something(services, completed[1])
        services.assessments.complete(completed[1], allow_unanswered_required=True)
    finally:
        laptop.close()

    rows, assessments = family_rows(services), owners(services)
    assert len({seq for table in rows.values() for _id, seq in table}) >= 3
    with RecordReader(services.store) as reader:
        now = reader.window(full=False, include_drafts=False).to_seq
        ends = {
            f(seq for _id, seq in table) for table in rows.values() if table for f in (min, max)
        }
        for window in windows(now, ends):
            for table in COUNTED:
                assert reader.count(window, table) == expected_count(
                    window, rows[table.name], assessments
                ), (window, table.name)
