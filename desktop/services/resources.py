"""Versioned council resources: files the council keeps current on every laptop.

The council's forms, support offers, ward file and funds file travel to laptops in field packs as
`council_resources` records (docs/bundle-format.md). Each resource is one record whose id
follows from its kind and name, so the council updating a file updates one record and the
merge rule (the later edit wins) carries the newest version everywhere.

A kind of resource is one `ResourceKind` in `RESOURCE_KINDS`: where the council's current
files are, and how to check a file's text (a pack whose resource does not load is refused).
Adding a kind (as issue 21 added `resources/funds.yaml`) is one more entry there, plus the code
that uses the loaded value; building, sending, checking and storing it need nothing else.

On the council, `publish()` (run before each pack) writes the current files into the table.
On a laptop, `forms()`, `support_catalogue()`, `ward_list()` and `funds_file()` give what the last pack brought.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop.errors import Message, UserError
from desktop.store.db import Store
from desktop.store.models import CouncilResource
from desktop.store.records import RecordWriter

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.registration.funds import FundsFile
    from desktop.registration.wards import WardList
    from forms.models import FormDefinition
    from forms.support import SupportCatalogue

_RESOURCE_NAMESPACE = uuid.UUID("2b7c9a4e-61f0-4c55-8d3e-93a1f0c6b5d2")
YAML = "application/yaml"


def resource_id(kind: str, name: str) -> str:
    """The one id a resource can have, so every council edit updates the same record."""
    return str(uuid.uuid5(_RESOURCE_NAMESPACE, f"{kind}/{name}"))


@dataclass(frozen=True)
class LoadedResource:
    """A resource file checked and read: its name within the kind, title, version, value."""

    name: str
    title: str
    version: str
    value: Any


@dataclass(frozen=True)
class ResourceKind:
    """One kind of council resource.

    `current_files(store)` lists the council's files of this kind now in force; `load(text,
    source)` checks a file's text and reads it (raising ValueError or UserError, whose message
    says what is wrong), returning its name, title, version and the loaded value. A singleton
    kind (one file, like the ward list) uses the kind as the name.
    """

    kind: str
    label: str
    current_files: Callable[[Store], list[Path]]
    load: Callable[[str, str], LoadedResource]
    # How a laptop reads a file a pack brought, where that differs from the council's check
    # before publishing (the funds file may name statements of forms arriving in the pack).
    load_received: Callable[[str, str], LoadedResource] | None = None

    def read_received(self, text: str, source: str) -> LoadedResource:
        return (self.load_received or self.load)(text, source)


def _form_files(store: Store) -> list[Path]:
    from forms.loader import resources_dir

    return sorted((resources_dir() / "forms").glob("*.yaml"))


def _load_form(text: str, source: str) -> LoadedResource:
    from forms.loader import load_form_text, shipped_form_with_text

    # A form the app ships, byte for byte (the usual pack): its model without a new parse.
    form = shipped_form_with_text(text) or load_form_text(text, source)
    return LoadedResource(form.id, form.title, form.version, form)


def _support_files(store: Store) -> list[Path]:
    from forms.support import default_catalogue_path

    return [default_catalogue_path()]


def _load_support(text: str, source: str) -> LoadedResource:
    from forms.support import load_support_offers_text

    catalogue = load_support_offers_text(text, source)
    title = catalogue.council or "Support offers"
    return LoadedResource("support_offers", title[:200], _text_version(text), catalogue)


def _ward_files(store: Store) -> list[Path]:
    from desktop.registration.wards import load_ward_list
    from desktop.services.settings import SettingKey, SettingsService

    chosen = SettingsService(store).get(SettingKey.WARD_FILE)
    ward_list = load_ward_list(chosen or None)
    return [ward_list.path] if ward_list.path is not None else []


def _load_wards(text: str, source: str) -> LoadedResource:
    from desktop.registration.wards import read_ward_text

    ward_list = read_ward_text(text, source)
    return LoadedResource("wards", ward_list.title[:200], ward_list.id[:40], ward_list)


def _funds_files(store: Store) -> list[Path]:
    from desktop.registration.funds import default_funds_path

    path = default_funds_path()
    return [path] if path.exists() else []


def _load_funds(text: str, source: str, *, received: bool = False) -> LoadedResource:
    from desktop.registration.funds import load_funds_text, received_vocabulary

    funds = load_funds_text(text, source, received_vocabulary() if received else None)
    title = funds.council or "Funds"
    return LoadedResource("funds", title[:200], funds.updated.isoformat(), funds)


def _load_received_funds(text: str, source: str) -> LoadedResource:
    return _load_funds(text, source, received=True)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _text_version(text: str) -> str:
    """A version for files that carry none: the first 12 digits of their hash."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


# Every kind of council resource, in the order they are published and listed.
RESOURCE_KINDS: dict[str, ResourceKind] = {
    kind.kind: kind
    for kind in (
        ResourceKind("form", "Form", _form_files, _load_form),
        ResourceKind("support_offers", "Support offers", _support_files, _load_support),
        ResourceKind("wards", "Ward list", _ward_files, _load_wards),
        ResourceKind("funds", "Funds file", _funds_files, _load_funds, _load_received_funds),
    )
}
# Each kind inside a sentence ("The funds file ... cannot be read"), shown in the app's language.
KIND_IN_SENTENCE: dict[str, Message] = {
    "form": Message("form"),
    "support_offers": Message("support offers"),
    "wards": Message("ward list"),
    "funds": Message("funds file"),
}


@dataclass(frozen=True)
class ResourceInfo:
    """A resource as the Sync and Field packs pages list it."""

    id: str
    kind: str
    name: str
    title: str
    version: str
    sha256: str
    modified_at: datetime
    deleted: bool


def check_resource_record(record: dict[str, Any]) -> str | None:
    """What is wrong with an incoming resource record (None if nothing): a pack is refused
    rather than leave a laptop with a form or ward list it cannot use."""
    kind = RESOURCE_KINDS.get(record["kind"])
    if kind is None:
        return f"it is a resource of a kind this version does not know ({record['kind']!r})"
    if record["id"] != resource_id(record["kind"], record["name"]):
        return "its id does not follow from its kind and name"
    content = record["content"]
    if hashlib.sha256(content.encode("utf-8")).hexdigest() != record["sha256"]:
        return "its content does not match its sha256"
    if record["deleted_at"] is not None:
        return None
    try:
        loaded = kind.read_received(content, f"{record['kind']} {record['name']}")
    except (ValueError, UserError) as error:
        return f"the {kind.label.lower()} it holds cannot be used: {error}"
    if loaded.name != record["name"]:
        return f"its content is the {kind.label.lower()} {loaded.name!r}, not {record['name']!r}"
    return None


# Received resources parsed, by (kind, name, content hash): the same bytes always read the same.
_PARSED: dict[tuple[str, str, str], Any] = {}


class CouncilResourceService:
    """The council's resources as records: published on the council, read on laptops."""

    def __init__(self, store: Store):
        self.store = store

    # -- council -----------------------------------------------------------------------------

    def publish(self) -> list[str]:
        """Write the council's current files into the table (only those that changed).

        Returns the ids of records created or changed. A file that does not load is an error:
        a pack must never carry something a laptop cannot use.
        """
        changed: list[str] = []
        with self.store.session() as session:
            writer = RecordWriter(session, self.store.device_id)
            for kind in RESOURCE_KINDS.values():
                seen: set[str] = set()
                for path in kind.current_files(self.store):
                    try:
                        text = path.read_text(encoding="utf-8")
                    except (OSError, UnicodeDecodeError) as error:
                        raise UserError(
                            "The {kind} {path} cannot be read: {reason}",
                            kind=KIND_IN_SENTENCE.get(kind.kind, kind.label.lower()),
                            path=path,
                            reason=error,
                        ) from error
                    # A file published before, unchanged, needs no loading (forms take ~1 s).
                    unchanged = session.scalars(
                        select(CouncilResource.name).where(
                            CouncilResource.kind == kind.kind,
                            CouncilResource.sha256 == _sha256(text),
                            CouncilResource.deleted_at.is_(None),
                        )
                    ).first()
                    if unchanged is not None:
                        seen.add(unchanged)
                        continue
                    try:
                        loaded = kind.load(text, path.name)
                    except (ValueError, UserError) as error:
                        raise UserError(
                            "The {kind} {path} is not valid, so no pack can carry it: {reason}",
                            kind=KIND_IN_SENTENCE.get(kind.kind, kind.label.lower()),
                            path=path,
                            reason=error,
                        ) from error
                    seen.add(loaded.name)
                    if self._write(session, writer, kind.kind, loaded, text):
                        changed.append(resource_id(kind.kind, loaded.name))
                # A file the council no longer has (a withdrawn form) is withdrawn on laptops too.
                for record in session.scalars(
                    select(CouncilResource).where(
                        CouncilResource.kind == kind.kind, CouncilResource.deleted_at.is_(None)
                    )
                ):
                    if record.name not in seen and writer.tombstone(record):
                        changed.append(record.id)
        return changed

    @staticmethod
    def _write(
        session: Session, writer: RecordWriter, kind: str, loaded: LoadedResource, text: str
    ) -> bool:
        values = {
            "kind": kind,
            "name": loaded.name,
            "title": loaded.title,
            "version": loaded.version,
            "sha256": _sha256(text),
            "media_type": YAML,
            "content": text,
        }
        record_id = resource_id(kind, loaded.name)
        existing = session.get(CouncilResource, record_id)
        if existing is None:
            writer.create(CouncilResource, values, record_id=record_id, audit=False)
            return True
        changes: dict[str, Any] = {k: v for k, v in values.items() if getattr(existing, k) != v}
        if existing.deleted_at is not None:
            changes["deleted_at"] = None
        return bool(writer.update(existing, changes, audit=False)) if changes else False

    # -- reading -------------------------------------------------------------------------------

    def list(self, include_deleted: bool = False) -> list[ResourceInfo]:
        query = select(CouncilResource).order_by(CouncilResource.kind, CouncilResource.name)
        if not include_deleted:
            query = query.where(CouncilResource.deleted_at.is_(None))
        with self.store.session() as session:
            return [
                ResourceInfo(
                    id=row.id,
                    kind=row.kind,
                    name=row.name,
                    title=row.title,
                    version=row.version,
                    sha256=row.sha256,
                    modified_at=row.modified_at,
                    deleted=row.deleted_at is not None,
                )
                for row in session.scalars(query)
            ]

    def loaded(self, kind: str) -> dict[str, Any]:
        """The live resources of a kind, loaded, by name. A file is parsed once per content,
        whichever service asks (each builds its own CouncilResourceService)."""
        with self.store.session() as session:
            return loaded_in(session, kind)

    def forms(self) -> dict[str, FormDefinition]:
        """The council's current forms, by form id (empty until a pack brings them)."""
        return self.loaded("form")

    def support_catalogue(self) -> SupportCatalogue | None:
        return self.loaded("support_offers").get("support_offers")

    def support_catalogue_in_force(self) -> SupportCatalogue:
        """The council's support offers once a pack brought them, else the shipped ones."""
        with self.store.session() as session:
            return support_catalogue_in_force(session)

    def ward_list(self) -> WardList | None:
        return self.loaded("wards").get("wards")

    def funds_file(self) -> FundsFile | None:
        """The funds file the last pack brought (None until a pack brings one)."""
        return self.loaded("funds").get("funds")


def loaded_in(session: Session, kind: str) -> dict[str, Any]:
    """`CouncilResourceService.loaded` inside a session the caller holds (so a snapshot read
    in one transaction can include the council's files)."""
    spec = RESOURCE_KINDS[kind]
    live = CouncilResource.kind == kind, CouncilResource.deleted_at.is_(None)
    held = session.execute(select(CouncilResource.name, CouncilResource.sha256).where(*live)).all()
    missing = [name for name, sha256 in held if (kind, name, sha256) not in _PARSED]
    contents = (
        dict(
            session.execute(
                select(CouncilResource.name, CouncilResource.content).where(
                    *live, CouncilResource.name.in_(missing)
                )
            ).all()
        )
        if missing
        else {}
    )
    result: dict[str, Any] = {}
    for name, sha256 in held:
        key = (kind, name, sha256)
        if key not in _PARSED:
            _PARSED[key] = spec.read_received(contents[name], f"{spec.label} {name}").value
        result[name] = _PARSED[key]
    return result


def support_catalogue_in_force(session: Session) -> SupportCatalogue:
    """The support offers results and reports name: the council's, once a pack brought them,
    otherwise the catalogue shipped with the app (FormError if that is broken)."""
    from forms.support import load_support_offers

    received: SupportCatalogue | None = loaded_in(session, "support_offers").get("support_offers")
    return received or load_support_offers()
