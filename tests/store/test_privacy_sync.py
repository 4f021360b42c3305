"""Erasure travels: an older bundle imported after it brings nothing back, and a field pack
takes it to the laptop, which scrubs its own copies and history. Real bundles on disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.services import Services
from desktop.services.privacy import PrivacyService
from desktop.services.settings import SettingKey
from desktop.services.sync.imports import ImportService
from desktop.store.db import open_store
from tests.store.sync_helpers import Laptop, trust_council_file
from tests.store.test_privacy import all_table_text

EMAIL = "amira.haddad@example.org"
NAME = "Amira Haddad"
PHONE = "07700 900456"
NEW_PHONE = "07700 900789"
OTHER = "keith.barlow@example.org"


def _register(laptop: Laptop) -> tuple[str, str]:
    services = laptop.services
    common = {
        "legal_form": "cio_association",
        "postcode": "HD1 2AB",
        "consent_date": date(2026, 2, 1),
        "consent_how": "by email",
        "contact_role": "Secretary",
    }
    amira = services.organisations.create(
        {
            **common,
            "name": "Lindley Friends of the Park",
            "contact_name": NAME,
            "contact_email": EMAIL,
            "contact_phone": PHONE,
        }
    )
    keith = services.organisations.create(
        {
            **common,
            "name": "Marsden Brass Band",
            "contact_name": "Keith Barlow",
            "contact_email": OTHER,
        }
    )
    return amira.id, keith.id


def test_an_older_bundle_imported_after_the_erasure_brings_nothing_back(tmp_path: Path):
    laptop = Laptop.make(tmp_path, "Field laptop 1")
    council_store = open_store(data_dir=tmp_path / "council", device_name="Kirklees Council")
    council = Services(council_store)
    try:
        council.settings.set(SettingKey.COUNCIL_MODE, True)
        council.trusted_devices.enrol(laptop.info())
        amira_id, _keith_id = _register(laptop)
        first = laptop.export()
        # Later edits on the laptop, sent in a bundle that reaches the council only after the
        # erasure (a stick in a drawer), and a full export made before it too.
        laptop.services.organisations.update(amira_id, {"contact_phone": NEW_PHONE})
        late = laptop.export()
        full = laptop.export(full=True)
        assert ImportService(council_store).import_bundle(first).status == "merged"

        # subject access names the bundles that carried the data, on both sides
        sent = PrivacyService(laptop.store).find(EMAIL).bundles
        assert {b.direction for b in sent} == {"sent"} and len(sent) == 3
        received = PrivacyService(council_store).find(EMAIL).bundles
        assert [(b.direction, b.device) for b in received] == [("received", "Field laptop 1")]

        PrivacyService(council_store).erase(EMAIL)
        assert EMAIL not in all_table_text(council_store)

        for bundle in (late, full):
            summary = ImportService(council_store).import_bundle(bundle)
            assert summary.status == "merged", summary.message
        everything = all_table_text(council_store)
        for value in (NAME, EMAIL, "900456", "900789"):
            assert value not in everything
        assert OTHER in everything
        detail = council.organisations.get(amira_id)
        assert detail.values["contact_name"].startswith("erased on ")
        assert detail.values["contact_phone"] is None
    finally:
        laptop.close()
        council_store.close()


def test_a_field_pack_takes_the_erasure_to_the_laptop(tmp_path: Path):
    laptop = Laptop.make(tmp_path, "Field laptop 1")
    council_store = open_store(data_dir=tmp_path / "council", device_name="Kirklees Council")
    council = Services(council_store)
    try:
        council.settings.set(SettingKey.COUNCIL_MODE, True)
        council.trusted_devices.enrol(laptop.info())
        info_file = tmp_path / "council.json"
        info_file.write_text(council.devices.info().to_json())
        trust_council_file(laptop.store, info_file)
        amira_id, _keith_id = _register(laptop)
        assert ImportService(council_store).import_bundle(laptop.export()).status == "merged"

        PrivacyService(council_store).erase(NAME)
        pack = council.packs.build_pack(
            tmp_path / "packs", device_id=laptop.device_id, scope="all"
        ).path
        summary = ImportService(laptop.store).import_pack(pack)
        assert summary.status == "merged", summary.message

        everything = all_table_text(laptop.store)
        for value in (NAME, EMAIL, "900456"):
            assert value not in everything
        assert OTHER in everything
        trail = laptop.services.organisations.audit_trail(amira_id)
        assert any(e.action == "erase" for e in trail)
        # and the laptop's next bundle, merged at the council, changes nothing back
        again = ImportService(council_store).import_bundle(laptop.export(full=True))
        assert again.status == "merged", again.message
        assert EMAIL not in all_table_text(council_store)
    finally:
        laptop.close()
        council_store.close()


def test_a_laptop_forgets_completed_work_the_council_confirmed_receiving(tmp_path: Path):
    from desktop.services.sync.pack_import import ConfirmedWorkService
    from desktop.store.models import Assessment, Organisation, Response

    laptop = Laptop.make(tmp_path, "Field laptop 1")
    council_store = open_store(data_dir=tmp_path / "council", device_name="Kirklees Council")
    council = Services(council_store)
    try:
        council.settings.set(SettingKey.COUNCIL_MODE, True)
        council.trusted_devices.enrol(laptop.info())
        info_file = tmp_path / "council.json"
        info_file.write_text(council.devices.info().to_json())
        trust_council_file(laptop.store, info_file)
        _register(laptop)
        laptop.assess(3, seed=5)
        (tmp_path / "packs").mkdir()
        sent = laptop.export()
        confirmed = ConfirmedWorkService(laptop.store)
        assert confirmed.confirmed_work() == []  # nothing confirmed before a pack says so
        # work done after the export is not confirmed by a pack that only saw the export
        with laptop.store.session() as session:
            completed = list(
                session.scalars(select(Assessment.id).where(Assessment.status == "completed"))
            )
        assert len(completed) == 3
        later = laptop.services.assessments.start(
            session_org(laptop), "health_check", consent_given=True
        )
        assert ImportService(council_store).import_bundle(sent).status == "merged"

        pack = council.packs.build_pack(
            tmp_path / "packs", device_id=laptop.device_id, scope="all"
        ).path
        assert ImportService(laptop.store).import_pack(pack).status == "merged"
        assert confirmed.confirmed_bundle_seq() == 1
        listed = {w.assessment_id for w in confirmed.confirmed_work()}
        assert listed == set(completed)
        assert later.id not in listed

        assert confirmed.forget() == 3
        with laptop.store.session() as session:
            left = set(session.scalars(select(Assessment.id)))
            answers = session.scalars(
                select(Response.id).where(Response.assessment_id.in_(completed))
            ).all()
            organisations = session.scalars(select(Organisation.id)).all()
        assert left == {later.id}
        assert answers == []
        assert len(organisations) >= 2  # the register stays
        # the council still has them all
        with council_store.session() as session:
            assert set(completed) <= set(session.scalars(select(Assessment.id)))
        # a full pack again carries the same receipt: it merges cleanly
        again = council.packs.build_pack(
            tmp_path / "packs", device_id=laptop.device_id, scope="all", full=True
        ).path
        assert ImportService(laptop.store).import_pack(again).status == "merged"
    finally:
        laptop.close()
        council_store.close()


def session_org(laptop: Laptop) -> str:
    from desktop.store.models import Organisation

    with laptop.store.session() as session:
        return str(session.scalars(select(Organisation.id)).first())


def _council_and_laptop(tmp_path: Path) -> tuple[Laptop, Services]:
    """A council and a laptop that trust each other; the laptop's completed work is at the
    council."""
    laptop = Laptop.make(tmp_path, "Field laptop 1")
    council = Services(open_store(data_dir=tmp_path / "council", device_name="Kirklees Council"))
    council.settings.set(SettingKey.COUNCIL_MODE, True)
    council.trusted_devices.enrol(laptop.info())
    info_file = tmp_path / "council.json"
    info_file.write_text(council.devices.info().to_json())
    trust_council_file(laptop.store, info_file)
    _register(laptop)
    laptop.assess(2, seed=7)
    assert ImportService(council.store).import_bundle(laptop.export()).status == "merged"
    return laptop, council


def _pack(council: Services, laptop: Laptop, tmp_path: Path) -> Path:
    folder = tmp_path / "packs"
    folder.mkdir(exist_ok=True)
    return council.packs.build_pack(folder, device_id=laptop.device_id, scope="all").path


def _completed(services: Services) -> list[str]:
    return sorted(a.id for a in services.assessments.list_summaries(status="completed"))


REVIEWER = "Nadia Rahman"


def test_review_notes_erased_at_the_council_reach_the_laptop_and_old_bundles_bring_nothing_back(
    tmp_path: Path,
) -> None:
    laptop, council = _council_and_laptop(tmp_path)
    try:
        flagged, approved = _completed(council)
        council.reviews.set_state(
            [flagged], "has-issues", comment=f"Ask {NAME} for the minutes.", author=REVIEWER
        )
        council.reviews.set_state([approved], "approved", author=REVIEWER)
        assert ImportService(laptop.store).import_pack(_pack(council, laptop, tmp_path)).status == (
            "merged"
        )
        assert NAME in all_table_text(laptop.store)
        # a full export the laptop makes now carries the council's notes back (unchanged):
        # it reaches the council only after the erasure
        old_full = laptop.export(full=True)
        held = ImportService(council.store).import_bundle(old_full)
        assert held.status == "merged", held.message

        # the reviewer asks to be erased, and so does the contact named in the comment
        PrivacyService(council.store).erase(REVIEWER)
        PrivacyService(council.store).erase(NAME)
        day = date.today().isoformat()
        on_council = council.reviews.thread(flagged)
        assert [(n.author, n.comment) for n in on_council] == [
            (f"erased on {day} at the person's request", f"Ask [erased on {day}] for the minutes.")
        ]

        again = ImportService(council.store).import_bundle(old_full)
        assert again.status == "merged", again.message
        everything = all_table_text(council.store)
        assert REVIEWER not in everything and NAME not in everything
        assert [(n.author, n.comment) for n in council.reviews.thread(flagged)] == [
            (n.author, n.comment) for n in on_council
        ]

        # the next pack takes both erasures to the laptop, which scrubs its copies
        pack = ImportService(laptop.store).import_pack(_pack(council, laptop, tmp_path))
        assert pack.status == "merged", pack.message
        on_laptop = laptop.services.reviews.thread(flagged)
        assert [(n.author, n.comment) for n in on_laptop] == [
            (n.author, n.comment) for n in on_council
        ]
        assert laptop.services.reviews.state_of(flagged) == "has_issues"
        assert REVIEWER not in all_table_text(laptop.store)
        # and the laptop's full export, with the scrubbed notes, merges back cleanly
        back = ImportService(council.store).import_bundle(laptop.export(full=True))
        assert back.status == "merged", back.message
    finally:
        laptop.close()
        council.store.close()


def test_a_laptop_erases_a_person_named_in_the_councils_notes_and_the_council_follows(
    tmp_path: Path,
) -> None:
    laptop, council = _council_and_laptop(tmp_path)
    try:
        flagged, _other = _completed(council)
        council.reviews.set_state(
            [flagged], "has-issues", comment=f"{NAME} must sign the accounts.", author=REVIEWER
        )
        assert ImportService(laptop.store).import_pack(_pack(council, laptop, tmp_path)).status == (
            "merged"
        )
        PrivacyService(laptop.store).erase(EMAIL)
        assert NAME not in all_table_text(laptop.store)

        summary = ImportService(council.store).import_bundle(laptop.export())
        assert summary.status == "merged", summary.message
        day = date.today().isoformat()
        (note,) = council.reviews.thread(flagged)
        assert (note.state, note.author, note.comment) == (
            "has_issues",
            REVIEWER,
            f"[erased on {day}] must sign the accounts.",
        )
        assert NAME not in all_table_text(council.store)
    finally:
        laptop.close()
        council.store.close()


def test_a_forged_erasure_can_not_rewrite_a_council_note(tmp_path: Path) -> None:
    """An erase event is the one change a held review note takes: one whose value is not the
    held text with parts erased (here: a tampered laptop database) refuses the bundle."""
    from sqlalchemy import update

    from desktop.store.models import AuditEvent, ReviewNote

    laptop, council = _council_and_laptop(tmp_path)
    try:
        flagged, _other = _completed(council)
        council.reviews.set_state(
            [flagged], "rejected", comment=f"{NAME} did not take part.", author=REVIEWER
        )
        assert ImportService(laptop.store).import_pack(_pack(council, laptop, tmp_path)).status == (
            "merged"
        )
        PrivacyService(laptop.store).erase(EMAIL)
        forged = "Fine by us: approve it."
        with laptop.store.session() as session:
            session.execute(update(ReviewNote).values(comment=forged))
            session.execute(
                update(AuditEvent)
                .where(AuditEvent.entity_type == "review_notes", AuditEvent.action == "erase")
                .values(new_value=forged)
            )
        summary = ImportService(council.store).import_bundle(laptop.export())
        assert summary.status == "rejected"
        assert "review note" in (summary.message or "") and "not held there" in (
            summary.message or ""
        )
        (note,) = council.reviews.thread(flagged)
        assert note.comment == f"{NAME} did not take part."  # nothing was imported
    finally:
        laptop.close()
        council.store.close()
