"""UK GDPR on a real database (SQLite file and PostgreSQL): subject access finds the person
everywhere and nobody else; erasure leaves no copy in any table, backup or database byte."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from desktop.errors import UserError
from desktop.services.privacy import PrivacyService
from desktop.store.db import BACKUP_FOLDER, backup_sqlite, database_path
from desktop.store.models import SYNCED_MODELS, Base, Organisation

# The person asked about, and what identifies them.
JANE = {"name": "Jane Okafor-Smith", "email": "jane.okafor@example.org", "phone": "07700 900123"}
JANE_OLD_EMAIL = "j.okafor@oldmail.example"
JANE_VALUES = (JANE["name"], JANE["email"], "900123", JANE_OLD_EMAIL)
# Someone else, who must appear in no export and lose nothing.
BOB = {"name": "Bob Lindqvist", "email": "bob.lindqvist@example.org", "phone": "07700 900999"}
BOB_VALUES = (BOB["name"], BOB["email"], "900999")
# Council staff writing review notes: not the person asked about.
REVIEWER = "Priya Patel (GAP team)"


def _organisation(services: Any, name: str, person: dict[str, str], notes: str) -> str:
    return services.organisations.create(
        {
            "name": name,
            "legal_form": "cio_association",
            "postcode": "HD1 2AB",
            "contact_name": person["name"],
            "contact_role": "Chair",
            "contact_email": person["email"],
            "contact_phone": person["phone"],
            "consent_date": date(2026, 1, 5),
            "consent_how": "signed the registration form",
            "notes": notes,
        }
    ).id


def seed(services: Any) -> dict[str, str]:
    """Jane and Bob in many tables: contacts, history, notes, participants, actions, answers."""
    jane_org = _organisation(
        services, "Birkby Allotment Society", {**JANE, "email": JANE_OLD_EMAIL}, "Met at the gala."
    )
    services.organisations.update(
        jane_org,
        {"contact_email": JANE["email"], "notes": f"{JANE['name']} prefers a call after six."},
    )
    bob_org = _organisation(services, "Dewsbury Youth Boxing", BOB, f"Ask for {BOB['name']}.")
    form = services.assessments.available_forms()["health_check"]
    question_id = next(iter(form.questions()))[1].id
    group = services.assessments.start(
        jane_org,
        "health_check",
        "group",
        consent_given=True,
        facilitator=JANE["name"],
        participants=[(JANE["name"], "trustee"), (BOB["name"], "volunteer"), ("P3", "member")],
    )
    services.assessments.record_note(
        group.id, question_id, f"{JANE['name']} said the accounts are late; {BOB['name']} agreed."
    )
    services.assessments.add_action(group.id, "Call the bank about signatories", who=JANE["name"])
    services.assessments.add_action(group.id, "Book the hall", who=BOB["name"])
    bob_check = services.assessments.start(
        bob_org, "health_check", "facilitated", consent_given=True, facilitator="Priya Patel"
    )
    services.assessments.add_action(bob_check.id, "Update the safeguarding policy", who=BOB["name"])
    # the review thread: a note Jane wrote (naming Bob), and one naming her written by staff
    services.reviews.add_comment(
        group.id, f"Sent on behalf of {BOB['name']} and the committee.", author=JANE["name"]
    )
    services.reviews.add_comment(
        group.id, f"{JANE['name']} will send the minutes; chase in May.", author=REVIEWER
    )
    services.reviews.add_comment(bob_check.id, f"Called {BOB['name']}.", author=REVIEWER)
    return {"jane_org": jane_org, "bob_org": bob_org, "group": group.id, "question": question_id}


def all_table_text(store: Any) -> str:
    """Every row of every table (synced, bookkeeping, derived) as text."""
    parts = []
    with store.session() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                parts.append(json.dumps([str(v) for v in row], ensure_ascii=False))
    return "\n".join(parts)


def test_subject_access_finds_the_person_everywhere_and_nobody_else(services, tmp_path: Path):
    seed(services)
    findings = PrivacyService(services.store).find(JANE["email"])
    where = {(p.table, p.field) for p in findings.places}
    assert {
        ("organisations", "contact_name"),
        ("organisations", "contact_email"),
        ("organisations", "contact_phone"),
        ("organisations", "contact_role"),
        ("organisations", "notes"),
        ("assessments", "facilitator"),
        ("participants", "label"),
        ("responses", "note"),
        ("action_items", "who"),
        ("review_notes", "author"),
        ("review_notes", "comment"),
    } <= where
    # the note Jane wrote is listed by its author only (its text names Bob, not her), and the
    # note naming her by its comment only (staff wrote it)
    notes = [p for p in findings.places if p.table == "review_notes"]
    assert sorted((p.field, p.value) for p in notes) == [
        ("author", JANE["name"]),
        ("comment", f"{JANE['name']} will send the minutes; chase in May."),
    ]
    assert all(p.organisation_name == "Birkby Allotment Society" for p in notes)
    # the email it held before is in the history
    assert any(JANE_OLD_EMAIL in json.dumps(h.old_value) for h in findings.history)
    assert any(h.field == "*" for h in findings.history)

    paths = PrivacyService(services.store).export(JANE["name"], tmp_path, stem="sar")
    assert [p.name for p in paths] == ["sar.json", "sar.pdf"]
    exported = paths[0].read_text(encoding="utf-8")
    for value in (JANE["name"], JANE["email"], JANE["phone"], JANE_OLD_EMAIL):
        assert value in exported
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(paths[1]).pages)
    pdf_flat = " ".join(pdf_text.split())
    for value in (JANE["email"], JANE["phone"], JANE_OLD_EMAIL, "Birkby Allotment Society"):
        assert value in pdf_flat
    assert "Review note" in pdf_flat and "will send the minutes" in pdf_flat
    # Bob is in the same note and the same session, yet nothing of his is listed apart from
    # the note naming both (free text is shown whole: docs/privacy.md)
    data = json.loads(exported)
    outside_notes = json.dumps(
        [r for r in data["records"] if r["field"] not in ("note", "notes")]
        + [h for h in data["history"] if h["field"] not in ("note", "notes")]
    )
    for value in BOB_VALUES + ("Dewsbury Youth Boxing", "Priya Patel", "P3", "committee"):
        assert value not in outside_notes
    assert BOB["email"] not in exported and "900999" not in exported
    assert BOB["email"] not in pdf_flat


def test_finding_by_phone_in_another_form_finds_the_same_person(services):
    seed(services)
    findings = PrivacyService(services.store).find("+44 7700 900123")
    assert JANE["email"] in {p.value for p in findings.places}
    assert BOB["email"] not in {p.value for p in findings.places}


def test_erasure_leaves_no_copy_in_any_table_and_keeps_everyone_else(services):
    ids = seed(services)
    service = PrivacyService(services.store)
    result = service.erase(JANE["phone"])
    assert result.fields_erased >= 9
    everything = all_table_text(services.store)
    for value in JANE_VALUES:
        assert value not in everything
    for value in BOB_VALUES:
        assert value in everything
    detail = services.organisations.get(ids["jane_org"])
    assert detail.values["contact_name"].startswith("erased on ")
    assert detail.values["contact_name"].endswith("at the person's request")
    assert detail.values["contact_email"] is None
    assert "[erased on" in detail.values["notes"]
    # review notes: her name as author becomes the marker, the comment naming her is redacted,
    # and the note she wrote keeps its text (it names Bob) and the staff member's stays
    thread = {n.comment: n.author for n in services.reviews.thread(ids["group"])}
    day = date.today().isoformat()
    assert thread[f"Sent on behalf of {BOB['name']} and the committee."] == (
        f"erased on {day} at the person's request"
    )
    assert thread[f"[erased on {day}] will send the minutes; chase in May."] == REVIEWER
    trail = services.organisations.audit_trail(ids["jane_org"])
    assert {e.field for e in trail if e.action == "erase"} >= {"contact_email", "contact_name"}
    # the organisation can still be edited (an erased contact needs no consent date)
    services.organisations.update(ids["jane_org"], {"town": "Huddersfield"})
    # a second erasure finds nothing
    with pytest.raises(UserError, match="Nothing is held"):
        service.erase(JANE["email"])


def test_erasure_leaves_no_byte_in_the_sqlite_files_or_backups(tmp_path: Path):
    from desktop.services import Services
    from desktop.store.db import open_store

    folder = tmp_path / "data"
    store = open_store(data_dir=folder, device_name="Test laptop")
    services = Services(store)
    try:
        seed(services)
        backup = backup_sqlite(database_path(folder), folder / BACKUP_FOLDER, "before")
        assert JANE["email"].encode() in backup.read_bytes()
        result = PrivacyService(store).erase(JANE["name"])
        assert backup in result.backups_deleted and not backup.exists()
        files = [p for p in folder.rglob("*") if p.is_file()]
        assert any(p.name == "gapkit.sqlite3" for p in files)
        for path in files:
            content = path.read_bytes()
            for value in JANE_VALUES:
                assert value.encode() not in content, f"{value} still in {path.name}"
        assert BOB["email"].encode() in database_path(folder).read_bytes()
    finally:
        store.close()


def test_retention_lists_quiet_contacts_and_the_decision_is_audited(services):
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    from desktop.store.models import ActionItem, Assessment

    ids = seed(services)
    service = PrivacyService(services.store)
    assert service.retention_years() == 6
    assert service.due_for_review() == []
    # Seven years pass with no activity (the rows' own timestamps are moved back).
    long_ago = datetime.now(UTC) - timedelta(days=365 * 7)
    with services.store.session() as session:
        for model in (Organisation, Assessment, ActionItem):
            session.execute(update(model).values(modified_at=long_ago))
    due = {item.organisation_id for item in service.due_for_review()}
    assert due == {ids["jane_org"], ids["bob_org"]}
    service.set_retention_years(8)
    assert service.due_for_review() == []
    service.set_retention_years(6)
    service.keep(ids["bob_org"], "still an active group")
    trail = services.organisations.audit_trail(ids["bob_org"])
    assert any(e.action == "retention-keep" for e in trail)
    due = {item.organisation_id for item in service.due_for_review()}
    assert due == {ids["jane_org"]}
    service.erase_contact(ids["jane_org"])
    assert any(e.action == "erase" for e in services.organisations.audit_trail(ids["jane_org"]))
    assert service.due_for_review() == []
    with services.store.session() as session:
        contact = session.get(Organisation, ids["jane_org"]).contact_email
    assert contact is None


def test_synced_models_have_their_personal_fields_listed():
    """A new personal column must be added to sync.erasure.PERSONAL_FIELDS to be erased."""
    from sync.erasure import PERSONAL_FIELDS

    names = {model.__tablename__ for model in SYNCED_MODELS}
    assert set(PERSONAL_FIELDS) <= names
    for table, fields in PERSONAL_FIELDS.items():
        model = next(m for m in SYNCED_MODELS if m.__tablename__ == table)
        columns = {c.name for c in model.__table__.columns}
        assert set(fields) <= columns


def test_backups_are_only_on_sqlite(services):
    seed(services)
    result = PrivacyService(services.store).erase(JANE["email"])
    assert result.backups_deleted == []
    with services.store.session() as session:
        assert session.execute(text("SELECT 1")).scalar() == 1


def test_someone_else_of_the_same_name_is_not_taken_for_the_person(services):
    ids = seed(services)
    namesake = _organisation(
        services,
        "Marsden Knitting Circle",
        {"name": JANE["name"], "email": "other.jane@example.net", "phone": "07700 900555"},
        "Weekly.",
    )
    office_line = _organisation(
        services,
        "Golcar Lily Community Centre",
        {"name": "Pat Quinlan", "email": "pat@example.net", "phone": JANE["phone"]},
        "Shares the office line.",
    )
    by_email = PrivacyService(services.store).find(JANE["email"])
    orgs = {p.record_id for p in by_email.places if p.table == "organisations"}
    assert ids["jane_org"] in orgs and namesake not in orgs
    # a phone found through the email may be shared: it finds no one else
    assert office_line not in orgs
    assert "other.jane@example.net" not in json.dumps(by_email.as_json())
    # by name alone both are listed: the confirmation shows them before anything goes
    by_name = PrivacyService(services.store).find(JANE["name"])
    assert namesake in {p.record_id for p in by_name.places}
    PrivacyService(services.store).erase(JANE["email"])
    assert "other.jane@example.net" in all_table_text(services.store)
