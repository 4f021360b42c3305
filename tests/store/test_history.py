"""The audit trail behind the History panels: who (person and device), when, old → new, and
the bundle each change arrived in, across a real laptop → council import."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.services import Services
from desktop.services.settings import SettingKey
from tests.store.sync_helpers import Laptop, council_import, trust_council_file

FOOD_BANK = {
    "name": "Holme Valley Food Bank",
    "legal_form": "cio_association",
    "charity_id": "1181234",
    "postcode": "HD9 3AB",
    "ward": "Holme Valley South",
    "town": "Holmfirth",
}


def test_history_names_the_person_the_device_and_the_bundle(tmp_path: Path, services: Services):
    laptop = Laptop.make(tmp_path, "Asha's laptop")
    try:
        laptop.services.settings.set(SettingKey.WORKER_NAME, "Asha Patel")
        laptop.enrol_at(services.store)
        org = laptop.services.organisations.create(FOOD_BANK)
        laptop.services.organisations.update(org.id, {"town": "Meltham"})
        laptop.services.organisations.update(org.id, {"town": None})
        on_laptop = laptop.services.organisations.audit_trail(org.id)
        assert {entry.person for entry in on_laptop} == {"Asha Patel"}
        assert {entry.arrival for entry in on_laptop} == {None}  # made there

        summary = council_import(services.store).import_bundle(laptop.export())
        assert summary.status == "merged", summary.message
        services.organisations.update(org.id, {"town": "Honley"})  # the council's own edit

        trail = services.organisations.audit_trail(org.id)
        from_laptop, at_council = trail[:-1], trail[-1]
        assert [(e.action, e.field) for e in from_laptop] == [
            ("create", "*"),
            ("update", "town"),
            ("update", "town"),
        ]
        for entry in from_laptop:
            assert entry.person == "Asha Patel"
            assert entry.device_name == "Asha's laptop"
            assert entry.arrival is not None
            assert entry.arrival.bundle_id == summary.bundle_id
            assert entry.arrival.bundle_seq == summary.bundle_seq
            assert entry.arrival.device_name == "Asha's laptop"
        assert (at_council.old_value, at_council.new_value) == (None, "Honley")
        assert at_council.person is None  # nobody named at the council
        assert at_council.device_name == services.store.device_name
        assert at_council.arrival is None
    finally:
        laptop.close()


def test_a_bundle_from_before_person_was_recorded_still_imports(tmp_path: Path, services):
    from desktop.services.devices import device_key_path
    from sync.keys import DeviceKey
    from tests.sync.bundle_edits import resign, unzip, zip_members

    laptop = Laptop.make(tmp_path, "Old laptop")
    try:
        laptop.services.settings.set(SettingKey.WORKER_NAME, "Asha Patel")
        laptop.enrol_at(services.store)
        org = laptop.services.organisations.create(FOOD_BANK)
        members = unzip(laptop.export())
        events = json.loads(members["data/audit_events.json"])
        assert events and all(event["person"] == "Asha Patel" for event in events)
        for event in events:  # as an app from before `person` wrote them
            del event["person"]
        members["data/audit_events.json"] = json.dumps(events).encode()
        key = DeviceKey.load_or_create(device_key_path(laptop.folder))
        older = zip_members(tmp_path / "older.gapkit", resign(members, key))

        summary = council_import(services.store).import_bundle(older)
        assert summary.status == "merged", summary.message
        trail = services.organisations.audit_trail(org.id)
        assert trail and all(entry.person is None for entry in trail)
        assert all(
            entry.arrival and entry.arrival.bundle_id == summary.bundle_id for entry in trail
        )
    finally:
        laptop.close()


def test_a_laptops_work_shows_when_the_council_confirmed_receiving_it(
    tmp_path: Path, services: Services
):
    """The receipt a field pack carries appears in the History of the work it confirms."""

    laptop = Laptop.make(tmp_path, "Asha's laptop")
    try:
        services.settings.set(SettingKey.COUNCIL_MODE, True)
        laptop.enrol_at(services.store)
        council_file = tmp_path / "council.json"
        council_file.write_text(services.devices.info().to_json())
        trust_council_file(laptop.store, council_file)
        laptop.register(1, seed=3)
        laptop.assess(1, seed=3)
        (work,) = laptop.services.assessments.list_summaries(status="completed")
        assert not any(
            e.action == "receipt" for e in laptop.services.assessments.audit_trail(work.id)
        )

        summary = council_import(services.store).import_bundle(laptop.export())
        assert summary.status == "merged", summary.message
        # sent, but no pack has confirmed it yet
        assert not any(
            e.action == "receipt" for e in laptop.services.assessments.audit_trail(work.id)
        )
        packs = tmp_path / "packs"
        packs.mkdir()
        pack = services.packs.build_pack(packs, device_id=laptop.device_id, scope="all")
        imported = council_import(laptop.store).import_pack(pack.path)
        assert imported.status == "merged", imported.message

        trail = laptop.services.assessments.audit_trail(work.id)
        (receipt,) = [e for e in trail if e.action == "receipt"]
        assert receipt.new_value == summary.bundle_seq
        assert receipt.device_name == services.store.device_name
        assert receipt.arrival is not None and receipt.arrival.kind == "field-pack"
        assert receipt.arrival.bundle_id == pack.bundle_id
        assert trail[-1] is receipt  # the latest thing that happened to it
        # the council's own History of that work has no receipt (it is the laptop's news)
        assert not any(e.action == "receipt" for e in services.assessments.audit_trail(work.id))
    finally:
        laptop.close()
