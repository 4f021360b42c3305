"""The organisation register on a real database: changes, tombstones, search, audit, stamps."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.errors import NotFound, ValidationFailed
from desktop.services.settings import SettingKey
from desktop.store.models import AuditEvent, Organisation

GOOD = {
    "name": "Ümit's Café Collective",
    "legal_form": "cio_association",
    "postcode": "hd1 2ab",
    "charity_id": "1123456",
}


def test_create_normalises_and_stamps_a_new_record(services):
    detail = services.organisations.create(GOOD)
    assert detail.values["postcode"] == "HD1 2AB"
    assert detail.values["charity_id"] == "GB-CHC-1123456"
    with services.store.session() as session:
        record = session.get(Organisation, detail.id)
        assert record.rev == 1
        assert record.modified_by == services.store.device_id
        assert record.change_seq >= 1
        assert record.field_stamps["*"]["by"] == services.store.device_id
        assert record.field_stamps["*"]["prev_at"] is None


def test_update_writes_one_audit_event_per_changed_field_and_a_field_stamp(services):
    detail = services.organisations.create(GOOD)
    updated = services.organisations.update(
        detail.id, {"name": "Umit's Cafe", "town": "Huddersfield", "postcode": "HD1 2AB"}
    )
    assert updated.rev == 2
    trail = services.organisations.audit_trail(detail.id)
    changes = {(e.field, e.old_value, e.new_value) for e in trail if e.action == "update"}
    assert changes == {
        ("name", "Ümit's Café Collective", "Umit's Cafe"),
        ("town", None, "Huddersfield"),
    }
    assert all(e.device_id == services.store.device_id for e in trail)
    with services.store.session() as session:
        record = session.get(Organisation, detail.id)
        stamps = record.field_stamps
        assert set(stamps) == {"*", "name", "town"}
        # the name edit replaced the value made at creation
        assert stamps["name"]["prev_at"] == stamps["*"]["at"]
        assert stamps["name"]["at"] > stamps["*"]["at"]


def test_change_sequence_increases_with_every_write(services):
    first = services.organisations.create(GOOD)
    second = services.organisations.create({**GOOD, "name": "Łódź Polish Club", "charity_id": None})
    services.organisations.update(first.id, {"town": "Batley"})
    with services.store.session() as session:
        seq_first = session.get(Organisation, first.id).change_seq
        seq_second = session.get(Organisation, second.id).change_seq
    assert seq_first > seq_second


def test_an_update_that_changes_nothing_writes_nothing(services):
    detail = services.organisations.create(GOOD)
    again = services.organisations.update(detail.id, {"postcode": "HD1 2AB"})
    assert again.rev == 1
    assert [e.action for e in services.organisations.audit_trail(detail.id)] == ["create"]


def test_delete_is_a_tombstone_and_restore_brings_it_back(services):
    detail = services.organisations.create(GOOD)
    services.organisations.delete(detail.id)
    assert services.organisations.search() == []
    with pytest.raises(NotFound):
        services.organisations.get(detail.id)
    with services.store.session() as session:
        assert session.get(Organisation, detail.id).deleted_at is not None
    assert [row.deleted for row in services.organisations.search(include_deleted=True)] == [True]
    restored = services.organisations.restore(detail.id)
    assert restored.deleted_at is None
    assert [row.id for row in services.organisations.search()] == [detail.id]
    actions = [e.action for e in services.organisations.audit_trail(detail.id)]
    assert actions == ["create", "delete", "restore"]


def test_invalid_registration_names_every_bad_field_and_saves_nothing(services):
    with pytest.raises(ValidationFailed) as failed:
        services.organisations.create({"name": "A", "legal_form": "club", "postcode": "HD1"})
    fields = {field for field, _message in failed.value.problems}
    assert {"name", "legal_form", "postcode"} <= fields
    assert "HD1 2AB" in str(failed.value) or "postcode" in str(failed.value).lower()
    with services.store.session() as session:
        assert session.scalars(select(Organisation)).all() == []
        assert session.scalars(select(AuditEvent)).all() == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("café", ["Ümit's Café Collective"]),
        ("GB-CHC-1123", ["Ümit's Café Collective"]),
        ("wf13", ["Łódź Polish Club"]),
        ("club", ["Łódź Polish Club"]),
    ],
)
def test_search_by_name_identifier_and_postcode(services, query, expected):
    services.organisations.create(GOOD)
    services.organisations.create(
        {
            "name": "Łódź Polish Club",
            "legal_form": "unincorporated_association",
            "postcode": "WF13 1AA",
        }
    )
    assert [row.name for row in services.organisations.search(query)] == expected


def test_search_by_ward(services):
    ward = services.organisations.ward_list.names[0]
    services.organisations.create({**GOOD, "ward": ward})
    services.organisations.create({**GOOD, "name": "Elsewhere", "charity_id": None})
    assert [row.name for row in services.organisations.search(ward=ward)] == [GOOD["name"]]


def test_a_ward_file_chosen_in_settings_is_the_list_used(services, tmp_path):
    from desktop.paths import resources_dir
    from desktop.services.organisations import OrganisationService

    old_list = resources_dir() / "wards" / "kirklees-2004.yaml"
    services.settings.set(SettingKey.WARD_FILE, str(old_list))
    organisations = OrganisationService(services.store)
    assert "Golcar" in organisations.ward_list.names
    detail = organisations.create({**GOOD, "ward": "Golcar"})
    assert detail.values["ward"] == "Golcar"


def test_the_registration_rules_name_exactly_the_register_columns():
    """REGISTRATION_FIELDS (pure rules) is defined once; the database table must agree with it."""
    from desktop.registration.choices import REGISTRATION_FIELDS
    from desktop.store.models import Organisation
    from desktop.store.records import data_fields

    assert list(REGISTRATION_FIELDS) == list(data_fields(Organisation))
