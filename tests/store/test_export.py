"""Exporting sync bundles from a real data folder, read back with the council's bundle reader."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import frictionless
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.demo.assessments import add_demo_assessments
from desktop.demo.organisations import demo_organisations
from desktop.errors import Cancelled, UserError
from desktop.services.sync.export import NothingToExport
from desktop.store.models import SYNCED_MODELS, Assessment, ExportRecord
from desktop.store.records import record_to_dict
from sync.errors import BundleIntegrityError, DecryptionError, SignatureError
from sync.keys import CouncilKeyPair
from sync.reader import open_bundle

FAMILY_TABLES = ("participants", "responses", "action_items")


# -- helpers --------------------------------------------------------------------------------


def read_back(services: Any, path: Path, council: CouncilKeyPair | None = None) -> Any:
    """The bundle as the council reads it: hashes, signature (this laptop's key), records."""
    bundle = open_bundle(path, decrypt_key=council.private_key if council else None)
    bundle.verify(services.devices.info().public_key)
    return bundle


def bundle_records(services: Any, path: Path) -> dict[str, dict[str, dict[str, Any]]]:
    bundle = read_back(services, path)
    return {
        table: {record["id"]: record for record in records}
        for table, records in bundle.all_records().items()
    }


def database_records(services: Any) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced record as record_to_dict makes it from the ORM object (the reference)."""
    with services.store.session() as session:
        return {
            model.__tablename__: {
                row.id: record_to_dict(row) for row in session.scalars(select(model)).all()
            }
            for model in SYNCED_MODELS
        }


def stored_rows(services: Any) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Every synced row with its local bookkeeping (change_seq) too."""
    with services.store.session() as session:
        return {
            model.__tablename__: {
                row.id: (record_to_dict(row), row.change_seq)
                for row in session.scalars(select(model)).all()
            }
            for model in SYNCED_MODELS
        }


def fill(services: Any, organisations: int = 8, assessments: int = 12, seed: int = 3) -> None:
    rows = demo_organisations(organisations, seed=seed, ward_list=services.organisations.ward_list)
    services.organisations.create_many(rows)
    add_demo_assessments(services, assessments, seed=seed, completed_share=0.6)


def draft_and_completed_ids(services: Any) -> tuple[set[str], set[str]]:
    with services.store.session() as session:
        rows = session.execute(select(Assessment.id, Assessment.status)).all()
    drafts = {id_ for id_, status in rows if status != "completed"}
    return drafts, {id_ for id_, status in rows if status == "completed"}


def new_organisation(services: Any, name: str = "Batley Bulldogs Supporters Club") -> str:
    return services.organisations.create(
        {"name": name, "legal_form": "unincorporated_association", "postcode": "WF17 5AA"}
    ).id


def start_draft(services: Any, organisation_id: str) -> str:
    """A group draft with a participant, an answer, a note and an action: a whole family."""
    detail = services.assessments.start(
        organisation_id,
        "health_check",
        "group",
        consent_given=True,
        venue="Batley Community Centre",
        participants=[("P1", "trustee")],
    )
    form = services.assessments.form_for(detail.id)
    question = next(q for _s, q in form.questions() if q.type == "rating")
    services.assessments.record_answer(detail.id, question.id, 3)
    services.assessments.record_answer(
        detail.id, question.id, 2, participant_id=detail.participants[0].id
    )
    services.assessments.add_action(detail.id, "Review the safeguarding policy")
    return detail.id


def family_ids(records: dict[str, dict[str, dict[str, Any]]], assessment_id: str) -> set[str]:
    ids = {assessment_id} if assessment_id in records["assessments"] else set()
    for table in FAMILY_TABLES:
        ids |= {
            record_id
            for record_id, record in records[table].items()
            if record["assessment_id"] == assessment_id
        }
    return ids


# -- round trip -----------------------------------------------------------------------------


def test_full_export_with_drafts_reads_back_equal_to_the_database_for_every_table(
    services: Any, tmp_path: Path
) -> None:
    fill(services)
    org_id = new_organisation(services, "Çağrı's Café — Dewsbury 東京")
    services.organisations.update(org_id, {"notes": '=HYPERLINK("x") and "quotes", commas\nlines'})
    start_draft(services, org_id)
    services.organisations.delete(new_organisation(services, "Gone Group"))
    # a worker's comment on the review thread of a completed assessment travels too
    services.reviews.add_comment(min(draft_and_completed_ids(services)[1]), "Sent again")

    result = services.exports.export_bundle(tmp_path, full=True, include_drafts=True)

    expected = database_records(services)
    assert bundle_records(services, result.path) == expected
    assert result.counts == {table: len(rows) for table, rows in expected.items()}
    # council resources only ever travel in the council's packs; the demo data makes no
    # action reviews (tests/store/test_field_packs.py exports those)
    assert not expected["council_resources"]
    assert all(expected[t] for t in expected if t not in ("council_resources", "action_reviews"))


def test_full_export_without_drafts_leaves_out_each_draft_with_its_whole_family(
    services: Any, tmp_path: Path
) -> None:
    fill(services)
    draft_id = start_draft(services, new_organisation(services))
    drafts, completed = draft_and_completed_ids(services)
    assert draft_id in drafts and completed

    result = services.exports.export_bundle(tmp_path, full=True)

    exported = bundle_records(services, result.path)
    everything = database_records(services)
    held_back: set[str] = set()
    for assessment_id in drafts:
        held_back |= family_ids(everything, assessment_id)
    assert held_back
    for table, records in everything.items():
        if table == "audit_events":
            expected = {id_ for id_, r in records.items() if r["entity_id"] not in held_back}
        else:
            expected = set(records) - held_back
        assert set(exported[table]) == expected, table
        for record_id in expected:
            assert exported[table][record_id] == records[record_id]
    assert set(exported["organisations"]) == set(everything["organisations"])
    assert set(exported["form_snapshots"]) == set(everything["form_snapshots"])


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    notes=st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
        max_size=60,
    )
    | st.sampled_from(["=1+1", "+44 1484", "-3", "@SUM(A1)", "\ttab", " lead", 'a,b"c'])
)
def test_any_text_the_worker_types_reads_back_exactly(
    data_dir: Path, tmp_path_factory: pytest.TempPathFactory, notes: str
) -> None:
    from desktop.services import open_services

    services = open_services(data_dir)
    try:
        org_id = new_organisation(services)
        services.organisations.update(org_id, {"notes": notes or None})
        out = tmp_path_factory.mktemp("bundle")
        result = services.exports.export_bundle(out, full=True)
        exported = bundle_records(services, result.path)["organisations"][org_id]
        assert exported == database_records(services)["organisations"][org_id]
    finally:
        services.close()


# -- incremental ----------------------------------------------------------------------------


def test_incremental_export_after_an_edit_contains_exactly_that_edit(
    services: Any, tmp_path: Path
) -> None:
    fill(services)
    services.exports.export_bundle(tmp_path / "first.gapkit")
    org_id = next(iter(database_records(services)["organisations"]))

    services.organisations.update(org_id, {"town": "Heckmondwike"})
    result = services.exports.export_bundle(tmp_path / "second.gapkit")

    exported = bundle_records(services, result.path)
    assert {t: set(r) for t, r in exported.items() if r} == {
        "organisations": {org_id},
        "audit_events": set(exported["audit_events"]),
    }
    (event,) = exported["audit_events"].values()
    assert (event["entity_id"], event["field"], event["new_value"]) == (
        org_id,
        "town",
        "Heckmondwike",
    )
    assert exported["organisations"][org_id] == database_records(services)["organisations"][org_id]
    assert result.counts["organisations"] == 1


def test_a_tombstone_travels(services: Any, tmp_path: Path) -> None:
    org_id = new_organisation(services)
    services.exports.export_bundle(tmp_path / "first.gapkit")

    services.organisations.delete(org_id)
    result = services.exports.export_bundle(tmp_path / "second.gapkit")

    organisation = bundle_records(services, result.path)["organisations"][org_id]
    assert organisation["deleted_at"] is not None
    assert organisation["_stamps"]["deleted_at"]["by"] == services.store.device_id


def test_completing_a_held_back_draft_sends_its_whole_family_later(
    services: Any, tmp_path: Path
) -> None:
    org_id = new_organisation(services)
    draft_id = start_draft(services, org_id)
    first = bundle_records(services, services.exports.export_bundle(tmp_path / "first.gapkit").path)
    assert set(first["organisations"]) == {org_id}
    assert not first["assessments"] and not any(first[t] for t in FAMILY_TABLES)
    assert not [e for e in first["audit_events"].values() if e["entity_type"] != "organisations"]

    services.assessments.complete(draft_id, allow_unanswered_required=True)
    second = bundle_records(
        services, services.exports.export_bundle(tmp_path / "second.gapkit").path
    )

    everything = database_records(services)
    family = family_ids(everything, draft_id)
    assert family_ids(second, draft_id) == family
    about_family = {i for i, e in everything["audit_events"].items() if e["entity_id"] in family}
    assert about_family <= set(second["audit_events"])
    assert not second["organisations"]


def test_including_drafts_later_sends_the_drafts_held_back_before(
    services: Any, tmp_path: Path
) -> None:
    draft_id = start_draft(services, new_organisation(services))
    services.exports.export_bundle(tmp_path / "first.gapkit")
    assert services.exports.pending_counts()["responses"] == 0
    assert services.exports.pending_counts(include_drafts=True)["responses"] == 2

    result = services.exports.export_bundle(tmp_path / "second.gapkit", include_drafts=True)

    second = bundle_records(services, result.path)
    assert family_ids(second, draft_id) == family_ids(database_records(services), draft_id)
    assert result.include_drafts


def test_pending_counts_match_what_the_next_export_holds(services: Any, tmp_path: Path) -> None:
    fill(services)
    services.exports.export_bundle(tmp_path / "first.gapkit")
    start_draft(services, new_organisation(services))
    services.organisations.update(
        next(iter(database_records(services)["organisations"])), {"town": "Mirfield"}
    )
    for include_drafts in (False, True):
        pending = services.exports.pending_counts(include_drafts=include_drafts)
        out = tmp_path / f"next-{include_drafts}.gapkit"
        result = services.exports.export_bundle(out, include_drafts=include_drafts)
        assert result.counts == pending
        out.unlink()
        with services.store.session() as session:
            session.delete(
                session.scalars(
                    select(ExportRecord).order_by(ExportRecord.bundle_seq.desc())
                ).first()
            )


def test_nothing_changed_since_the_last_export_says_so(services: Any, tmp_path: Path) -> None:
    new_organisation(services)
    services.exports.export_bundle(tmp_path / "first.gapkit")
    with pytest.raises(NothingToExport, match="Nothing has changed"):
        services.exports.export_bundle(tmp_path / "second.gapkit")
    assert not (tmp_path / "second.gapkit").exists()
    assert (
        services.exports.export_bundle(tmp_path / "again.gapkit", full=True).counts["organisations"]
        == 1
    )


# -- bookkeeping ----------------------------------------------------------------------------


def test_exports_are_numbered_recorded_and_never_change_the_records(
    services: Any, tmp_path: Path
) -> None:
    fill(services, organisations=3, assessments=3)
    before = stored_rows(services)
    results = [services.exports.export_bundle(tmp_path / "1.gapkit", full=True)]
    new_organisation(services)
    after_one_change = stored_rows(services)
    results.append(services.exports.export_bundle(tmp_path / "2.gapkit"))
    results.append(services.exports.export_bundle(tmp_path / "3.gapkit", full=True))

    assert [r.bundle_seq for r in results] == [1, 2, 3]
    manifests = [read_back(services, r.path).manifest for r in results]
    assert [m.bundle_seq for m in manifests] == [1, 2, 3]
    assert [m.device_id for m in manifests] == [services.store.device_id] * 3
    history = services.exports.history()
    assert [(h.bundle_seq, h.bundle_id) for h in history] == [
        (r.bundle_seq, r.bundle_id) for r in reversed(results)
    ]
    assert history[1].counts == results[1].counts and history[1].path == str(results[1].path)
    assert history[1].from_seq == results[0].to_seq
    assert stored_rows(services) == after_one_change
    # the new organisation (and its audit event) is the only difference the exports saw
    untouched = set(before) - {"organisations", "audit_events"}
    assert {t: after_one_change[t] for t in untouched} == {t: before[t] for t in untouched}


def test_a_folder_gets_a_file_named_after_the_laptop_number_and_date(
    services: Any, tmp_path: Path
) -> None:
    import re

    stick = tmp_path / "stick"
    stick.mkdir()
    new_organisation(services)
    first = services.exports.export_bundle(stick)
    second = services.exports.export_bundle(stick, full=True)
    pattern = r"gapkit-test-laptop-{}-\d{{4}}-\d{{2}}-\d{{2}}\.gapkit"
    assert re.fullmatch(pattern.format(1), first.path.name)
    assert re.fullmatch(pattern.format(2), second.path.name)
    assert sorted(stick.iterdir()) == sorted([first.path, second.path])


def test_cancelled_export_leaves_no_file_and_no_record(services: Any, tmp_path: Path) -> None:
    fill(services, organisations=3, assessments=4)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))

    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(Cancelled, match="no bundle was written"):
        services.exports.export_bundle(
            stick, progress=progress, should_cancel=lambda: len(calls) > 3
        )
    assert list(stick.iterdir()) == []
    assert services.exports.history() == []
    assert services.exports.export_bundle(stick).bundle_seq == 1


def test_an_existing_file_is_not_overwritten(services: Any, tmp_path: Path) -> None:
    new_organisation(services)
    target = tmp_path / "bundle.gapkit"
    target.write_bytes(b"an earlier bundle")
    with pytest.raises(UserError, match="already exists"):
        services.exports.export_bundle(target)
    assert target.read_bytes() == b"an earlier bundle"
    assert services.exports.history() == []


def test_a_missing_folder_says_what_to_do_and_records_nothing(
    services: Any, tmp_path: Path
) -> None:
    new_organisation(services)
    with pytest.raises(UserError, match="USB stick"):
        services.exports.export_bundle(tmp_path / "unplugged" / "bundle.gapkit")
    assert services.exports.history() == []


# -- checks the council makes ---------------------------------------------------------------


def test_unzipped_bundle_passes_frictionless_validation(services: Any, tmp_path: Path) -> None:
    fill(services, organisations=4, assessments=6)
    result = services.exports.export_bundle(tmp_path / "b.gapkit", full=True, include_drafts=True)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(result.path) as archive:
        archive.extractall(folder)
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])


def test_a_changed_file_in_the_bundle_is_detected(services: Any, tmp_path: Path) -> None:
    new_organisation(services, "Holmfirth Film Society")
    result = services.exports.export_bundle(tmp_path / "b.gapkit")
    members = _unzip(result.path)
    members["data/organisations.json"] = members["data/organisations.json"].replace(
        b"Holmfirth", b"Holmfirst"
    )
    bundle = open_bundle(_rezip(tmp_path / "tampered.gapkit", members))
    # The signature covers the declared hash, so it holds; the file then fails that hash.
    with pytest.raises(BundleIntegrityError, match="changed or damaged"):
        bundle.verify(bundle.signer_public_key_b64)


def test_a_changed_signature_is_detected(services: Any, tmp_path: Path) -> None:
    import base64
    import json

    new_organisation(services)
    result = services.exports.export_bundle(tmp_path / "b.gapkit")
    members = _unzip(result.path)
    document = json.loads(members["signature"])
    signature = bytearray(base64.b64decode(document["signature"]))
    signature[0] ^= 1
    document["signature"] = base64.b64encode(bytes(signature)).decode()
    members["signature"] = json.dumps(document).encode()
    bundle = open_bundle(_rezip(tmp_path / "tampered.gapkit", members))
    with pytest.raises(SignatureError):
        bundle.verify(services.devices.info().public_key)


def test_encrypted_export_opens_only_with_the_council_key(services: Any, tmp_path: Path) -> None:
    council = CouncilKeyPair.generate(tmp_path / "council")
    org_id = new_organisation(services)
    result = services.exports.export_bundle(
        tmp_path / "b.gapkit", encrypt_to=tmp_path / "council" / "council.pub"
    )
    assert result.encrypted and result.council_key_fingerprint == council.fingerprint
    assert not zipfile.is_zipfile(result.path)
    with pytest.raises(DecryptionError):
        open_bundle(result.path)
    bundle = read_back(services, result.path, council)
    assert [r["id"] for r in bundle.records("organisations")] == [org_id]
    assert services.exports.history()[0].encrypted


def test_remembered_council_key_survives_the_pub_file_moving(services: Any, tmp_path: Path) -> None:
    council = CouncilKeyPair.generate(tmp_path / "council")
    choice = services.exports.remember_council_key(tmp_path / "council" / "council.pub")
    (tmp_path / "council" / "council.pub").unlink()
    remembered = services.exports.remembered_council_key()
    assert remembered == choice and remembered.fingerprint == council.fingerprint
    new_organisation(services)
    result = services.exports.export_bundle(tmp_path / "b.gapkit", encrypt_to=remembered)
    assert read_back(services, result.path, council).records("organisations")
    services.exports.remember_council_key(None)
    assert services.exports.remembered_council_key() is None


def test_a_file_that_is_not_a_council_key_is_refused_with_advice(
    services: Any, tmp_path: Path
) -> None:
    not_a_key = tmp_path / "council.pub"
    not_a_key.write_text("hello\n")
    new_organisation(services)
    with pytest.raises(UserError, match="council-init"):
        services.exports.export_bundle(tmp_path / "b.gapkit", encrypt_to=not_a_key)
    assert not (tmp_path / "b.gapkit").exists()


def _unzip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rezip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_progress_rises_to_the_end_without_going_back(services: Any, tmp_path: Path) -> None:
    fill(services, organisations=3, assessments=3)
    seen: list[tuple[int, int]] = []
    services.exports.export_bundle(tmp_path / "b.gapkit", progress=lambda d, t: seen.append((d, t)))
    done = [d for d, _t in seen]
    assert done == sorted(done) and done[0] == 0
    assert seen[-1][0] == seen[-1][1] == 100


def test_nothing_to_export_mentions_drafts_held_back(services: Any, tmp_path: Path) -> None:
    start_draft(services, new_organisation(services))
    services.exports.export_bundle(tmp_path / "first.gapkit")
    with pytest.raises(NothingToExport, match="1 draft assessment is held back"):
        services.exports.export_bundle(tmp_path / "second.gapkit")
