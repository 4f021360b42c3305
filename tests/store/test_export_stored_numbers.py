"""A float with no fraction in an answer comes back from SQLite as an integer: a JSON column
has NUMERIC affinity, so the stored text '1e+16' is held as the integer 10000000000000000.
Beyond 2**53 such an integer was written into bundles and packs as it came back, a whole
number every reader refuses (docs/bundle-format.md, ranges): a council that had accepted
1e16 in an answer could send no bundle or pack holding it again. The export writes it as the
float it was (exact: SQLite makes the integer only when no digit is lost)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.services.sync.export import synced_table
from desktop.services.sync.imports import ImportService
from desktop.store.db import Store
from sync.reader import open_bundle
from tests.store.sync_helpers import Laptop
from tests.store.test_export_fast_path import seed

# Held as integers by SQLite beyond 2**53 (the first three), as a REAL (the last), or as an
# integer within 2**53 (read back as the same number; the type is SQLite's to choose).
WHOLE_FLOATS = (1e16, -1e16, 2.0**53, 9.2e18, 1.5e300)
SMALL = 12.0


def written_values(services: Any) -> dict[str, Any]:
    """Answers of completed assessments (a pack carries those) given these values."""
    responses, assessments = synced_table("responses"), synced_table("assessments")
    values = (*WHOLE_FLOATS, [1e16], {"n": -1e16}, SMALL)
    completed = select(assessments.c.id).where(assessments.c.status == "completed")
    with services.store.engine.begin() as connection:
        ids = (
            connection.execute(
                select(responses.c.id)
                .where(responses.c.assessment_id.in_(completed))
                .limit(len(values))
            )
            .scalars()
            .all()
        )
        for answer_id, value in zip(ids, values, strict=True):
            connection.execute(
                responses.update().where(responses.c.id == answer_id).values(value=value)
            )
    return dict(zip(ids, values, strict=True))


def assert_values_read_back(path: Path, public_key: str, written: dict[str, Any]) -> None:
    bundle = open_bundle(path)
    bundle.verify(public_key)
    read = {r["id"]: r["value"] for r in bundle.all_records()["responses"]}
    for answer_id, value in written.items():
        assert read[answer_id] == value
        if isinstance(value, float) and abs(value) >= 2**53:
            assert type(read[answer_id]) is float, value


def test_whole_floats_beyond_2_to_the_53_in_answers_are_exported_as_floats(
    services: Any, tmp_path: Path
) -> None:
    seed(services)
    written = written_values(services)
    public_key = services.devices.info().public_key
    export = services.exports.export_bundle(tmp_path, full=True, include_drafts=True)
    assert_values_read_back(export.path, public_key, written)
    pack = services.packs.build_pack(tmp_path / "pack.gapkit", full=True)
    assert_values_read_back(pack.path, public_key, written)


def test_a_held_whole_float_beyond_2_to_the_53_is_unchanged_by_the_same_bundle_again(
    store: Store, tmp_path: Path
) -> None:
    """Held as an integer, read back for the merge as the float it was: the same record
    brought again is unchanged (not written again at each import, and so sent on again)."""
    laptop = Laptop.make(tmp_path, "Laptop A")
    try:
        laptop.register(2, seed=71)
        laptop.assess(1, seed=71)
        laptop.enrol_at(store)
        responses = synced_table("responses")
        with laptop.store.engine.begin() as connection:
            answer_id = connection.execute(select(responses.c.id).limit(1)).scalar_one()
            connection.execute(
                responses.update().where(responses.c.id == answer_id).values(value=1e16)
            )
        first, again = laptop.export(full=True), laptop.export(full=True)
    finally:
        laptop.close()
    assert ImportService(store).import_bundle(first).status == "merged"
    summary = ImportService(store).import_bundle(again)
    assert summary.status == "merged", summary.message
    assert (summary.added, summary.updated, summary.conflicts) == (0, 0, 0)
    assert summary.unchanged > 0


def test_the_stores_exact_integer_bound_is_the_bundle_formats() -> None:
    from sync import codecs
    from sync.records import MAX_SAFE_INTEGER

    # the function the store and the export share lives in sync.codecs (pydantic-free)
    assert codecs._MAX_EXACT_INTEGER == MAX_SAFE_INTEGER
