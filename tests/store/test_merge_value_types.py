"""A value changed to another JSON type under the same stamps (1 -> true) is a change.

The merge rule (sync/merge.py) tells 1, 1.0 and true apart and breaks a tie between two
values under the same stamps by their canonical JSON, so whatever order two bundles come in,
the council ends with the same value. Python's `==` finds 1 == 1.0 == True: a merge that took
that for "unchanged" kept whichever came first. Both import paths (the SQLite fast path's
set-wise comparison and the generic merge) must agree, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import desktop.services.sync.imports as imports
from desktop.services.devices import device_key_path
from desktop.services.sync.imports import ImportService
from desktop.store.db import Store
from desktop.store.models import Response
from sync.keys import DeviceKey
from tests.store.sync_helpers import Laptop
from tests.sync.bundle_edits import resign, unzip, zip_members


def _with_value(laptop: Laptop, bundle: Path, answer_id: str, value: Any, name: str) -> Path:
    """The laptop's bundle, re-signed, with one answer's value replaced (stamps unchanged)."""
    members = unzip(bundle)
    responses = json.loads(members["data/responses.json"])
    (answer,) = [r for r in responses if r["id"] == answer_id]
    answer["value"] = value
    members["data/responses.json"] = json.dumps(responses, separators=(",", ":")).encode()
    key = DeviceKey.load(device_key_path(laptop.folder))
    return zip_members(bundle.with_name(name), resign(members, key))


def _held_value(store: Store, answer_id: str) -> Any:
    with store.session() as session:
        return session.scalars(select(Response.value).where(Response.id == answer_id)).one()


def _import(store: Store, bundle: Path) -> tuple[int, int, int]:
    summary = ImportService(store).import_bundle(bundle)
    assert summary.status == "merged", summary.message
    return summary.added, summary.updated, summary.unchanged


def _bundles(tmp_path: Path, council: Store) -> tuple[str, dict[str, Path]]:
    """A laptop's full bundle three times over, one answer's value being 1, true and 1.5."""
    laptop = Laptop.make(tmp_path, "Laptop A")
    try:
        laptop.register(2, seed=41)
        laptop.assess(1, seed=41)
        laptop.enrol_at(council)
        bundle = laptop.export(full=True)
        responses = json.loads(unzip(bundle)["data/responses.json"])
        answer_id = next(r["id"] for r in responses if isinstance(r["value"], int))
        values = {"one": 1, "true": True, "float": 1.5}
        return answer_id, {
            name: _with_value(laptop, bundle, answer_id, value, f"{name}.gapkit")
            for name, value in values.items()
        }
    finally:
        laptop.close()


@pytest.mark.parametrize("path", ["fast", "generic"])
def test_a_held_1_meeting_true_under_the_same_stamps_takes_the_merge_rules_winner(
    store: Store, tmp_path: Path, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if path == "generic":
        monkeypatch.setattr(imports, "_rows_for", imports._Rows)
    answer_id, bundles = _bundles(tmp_path, store)
    assert _import(store, bundles["one"])[0] > 0
    assert _held_value(store, answer_id) == 1

    # "true" > "1" as canonical JSON: true wins the tie, as it does coming first (below).
    assert _import(store, bundles["true"])[1:] == (1, _unchanged_but_one(store))
    assert _held_value(store, answer_id) is True
    # 1.5 against true: "true" > "1.5", true stays and nothing is written.
    assert _import(store, bundles["float"])[1] == 0
    assert _held_value(store, answer_id) is True


@pytest.mark.parametrize("path", ["fast", "generic"])
def test_the_other_order_ends_with_the_same_value(
    store: Store, tmp_path: Path, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if path == "generic":
        monkeypatch.setattr(imports, "_rows_for", imports._Rows)
    answer_id, bundles = _bundles(tmp_path, store)
    _import(store, bundles["true"])
    assert _held_value(store, answer_id) is True
    assert _import(store, bundles["one"])[1] == 0
    assert _held_value(store, answer_id) is True


def _unchanged_but_one(store: Store) -> int:
    """Every synced record held, but the one answer written again."""
    with store.session() as session:
        from desktop.store.models import SYNCED_MODELS

        return sum(session.query(model).count() for model in SYNCED_MODELS) - 1
