"""Simulated laptops and a council for import tests: real data folders, real bundles."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.services import Services
from desktop.services.devices import DeviceService
from desktop.services.settings import SettingKey
from desktop.services.sync.council_trust import CouncilTrustService, TrustedCouncil
from desktop.services.sync.export import ExportService
from desktop.services.sync.imports import ImportService
from desktop.services.sync.trust import TrustedDeviceService
from desktop.store.db import Store, database_path, open_store
from desktop.store.models import SYNCED_MODELS
from desktop.store.records import iso


@dataclass(eq=False)
class Laptop:
    """A field laptop: its own data folder, device and key."""

    name: str
    folder: Path
    store: Store
    out: Path

    @classmethod
    def make(cls, root: Path, name: str) -> Laptop:
        folder = root / name.replace(" ", "-").lower()
        store = open_store(data_dir=folder, device_name=name)
        out = root / f"{folder.name}-bundles"
        out.mkdir(parents=True, exist_ok=True)
        return cls(name, folder, store, out)

    @property
    def services(self) -> Services:
        return Services(self.store)

    @property
    def device_id(self) -> str:
        return self.store.device_id

    def info(self) -> Any:
        return DeviceService(self.store).info()

    def register(self, count: int, seed: int) -> list[str]:
        from desktop.demo.organisations import demo_organisations

        services = self.services
        before = {o.id for o in services.organisations.list_all(include_deleted=True)}
        rows = demo_organisations(count, seed=seed, ward_list=services.organisations.ward_list)
        services.organisations.create_many(rows)
        after = services.organisations.list_all(include_deleted=True)
        return sorted(o.id for o in after if o.id not in before)

    def assess(self, count: int, seed: int) -> None:
        from desktop.demo.assessments import add_demo_assessments

        add_demo_assessments(self.services, count, seed=seed, completed_share=1.0)

    def export(self, *, full: bool = False, encrypt_to: Any = None) -> Path:
        result = ExportService(self.store).export_bundle(
            self.out, full=full, include_drafts=True, encrypt_to=encrypt_to
        )
        return result.path

    def enrol_at(self, council: Store) -> None:
        TrustedDeviceService(council).enrol(self.info())

    def close(self) -> None:
        self.store.close()


class Council:
    """The council's installation: enrols laptops, imports their bundles, builds packs."""

    def __init__(self, root: Path, name: str = "Kirklees Council"):
        self.folder = root / name.replace(" ", "-").lower()
        self.store = open_store(data_dir=self.folder, device_name=name)
        self.services = Services(self.store)
        self.services.settings.set(SettingKey.COUNCIL_MODE, True)
        self.out = root / f"{self.folder.name}-packs"
        self.out.mkdir(exist_ok=True)
        self.info_file = root / f"{self.folder.name}.json"
        self.info_file.write_text(self.services.devices.info().to_json())

    def enrol(self, laptop: Laptop) -> None:
        self.services.trusted_devices.enrol(laptop.info())

    def receive(self, bundle: Path) -> None:
        summary = ImportService(self.store).import_bundle(bundle)
        assert summary.status == "merged", summary.message

    def pack(self, **choices) -> Path:  # type: ignore[no-untyped-def]
        return self.services.packs.build_pack(self.out, **choices).path

    def close(self) -> None:
        self.store.close()


def trust_council_file(store: Store, path: Path, *, replace: bool = False) -> TrustedCouncil:
    """Trust the council key in the file at `path`, as Settings does once the person has
    compared its fingerprint (read the file, then trust what it says)."""
    trust = CouncilTrustService(store)
    return trust.trust(trust.read_file(path), replace=replace)


def trust_council(laptop: Laptop, council: Council) -> None:
    """The laptop trusts the council's key, and the council knows the laptop."""
    trust_council_file(laptop.store, council.info_file)
    if council.services.trusted_devices.list() == [] or laptop.device_id not in {
        d.id for d in council.services.trusted_devices.list()
    }:
        council.enrol(laptop)


def council_import(council: Store, council_key: Any = None) -> ImportService:
    return ImportService(council, council_key=council_key)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, float) and value.is_integer():
        return value
    return value


def canonical_dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table's content, ordered by id, without what is local to each installation
    (change_seq; an audit event's bundle_id, the bundle it arrived in)."""
    dump: dict[str, list[tuple[Any, ...]]] = {}
    with store.session() as session:
        for model in SYNCED_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            columns = [c for c in table.columns if c.name not in ("change_seq", "bundle_id")]
            rows = session.execute(select(*columns).order_by(table.c.id)).all()
            dump[table.name] = [tuple(_plain(v) for v in row) for row in rows]
    return dump


def content_dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Like canonical_dump, but only what a person sees: no stamps, revs or modified_*.

    Two stores that received the same edits through different paths (a laptop and the
    council) hold the same content but may differ in bookkeeping made locally.
    """
    skip = {"change_seq", "bundle_id", "field_stamps", "rev", "modified_at", "modified_by"}
    dump: dict[str, list[tuple[Any, ...]]] = {}
    with store.session() as session:
        for model in SYNCED_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            columns = [c for c in table.columns if c.name not in skip]
            rows = session.execute(select(*columns).order_by(table.c.id)).all()
            dump[table.name] = [tuple(_plain(v) for v in row) for row in rows]
    return dump


def count_rows(dump: dict[str, list[tuple[Any, ...]]]) -> int:
    return sum(len(rows) for rows in dump.values())


def index_sql(folder: Path) -> list[tuple[str, str]]:
    """Every index of the store in `folder`, by name, with the SQL that creates it."""
    connection = sqlite3.connect(database_path(folder))
    try:
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        return list(connection.execute(query))
    finally:
        connection.close()
