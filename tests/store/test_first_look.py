"""The first look at the data (start-up, before SQLAlchemy loads) reads what the store holds."""

from __future__ import annotations

import sqlite3

from desktop.demo.organisations import demo_organisations
from desktop.services.first_look import first_look
from desktop.services.setting_keys import SettingKey
from desktop.services.settings import SettingsService
from desktop.store.models import WORKER_NAME_SETTING
from desktop.store.revision import DATABASE_FILE


def _register(services, count: int = 8) -> list[str]:
    examples = demo_organisations(count, seed=5, ward_list=services.organisations.ward_list)
    services.organisations.create_many(examples)
    return [row.id for row in services.organisations.search()]


def test_first_look_lists_the_register_as_the_organisation_service_does(services, data_dir):
    ids = _register(services)
    services.organisations.delete(ids[0])
    services.organisations.update(ids[1], {"charity_id": "1123456", "company_id": "01234567"})
    look = first_look(data_dir)
    if not services.store.is_sqlite:
        # PostgreSQL has no quick way in: the page fills once the store is open.
        assert look is None
        return
    assert look is not None
    assert look.organisations == services.organisations.search()
    assert ids[0] not in {row.id for row in look.organisations}
    assert len(look.organisations) == len(ids) - 1
    assert look.edition == "field"


def test_first_look_shows_the_edition_the_settings_choose(services, data_dir):
    if not services.store.is_sqlite:
        return
    settings = SettingsService(services.store)
    settings.set(SettingKey.COUNCIL_MODE, True)
    look = first_look(data_dir)
    assert look is not None and look.council_mode and look.edition == "council"
    settings.set(SettingKey.SETUP_USE, "group")
    look = first_look(data_dir)
    assert look is not None and look.use == "group" and look.edition == "group"


def test_no_first_look_at_another_schema_a_server_or_a_file_that_is_not_ours(
    services, data_dir, monkeypatch
):
    if not services.store.is_sqlite:
        return
    _register(services, 2)
    assert first_look(data_dir) is not None
    monkeypatch.setenv("GAPKIT_DATABASE_URL", "postgresql://somewhere/gapkit")
    assert first_look(data_dir) is None
    monkeypatch.delenv("GAPKIT_DATABASE_URL")
    services.store.close()
    connection = sqlite3.connect(data_dir / DATABASE_FILE)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005_older'")
    connection.close()
    assert first_look(data_dir) is None  # the store migrates it first
    (data_dir / DATABASE_FILE).write_bytes(b"not a database at all" * 100)
    assert first_look(data_dir) is None
    assert first_look(data_dir / "nowhere") is None


def test_the_worker_name_setting_is_the_one_the_store_signs_audit_events_with():
    assert str(SettingKey.WORKER_NAME) == WORKER_NAME_SETTING
