"""A later bundle that carries a whole organisation record, after conflicts were found and
settled: which conflicts it may raise, and which it never may (a field nobody changed).

Reported: "re-importing a later bundle that carries a whole organisation record raised a
conflict on `name` even though that bundle didn't change the name". Bundles carry whole
records, so a later bundle also carries earlier edits; a conflict appears only when one of
those edits reaches the council for the first time (docs/bundle-format.md, "Conflicts").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services import Services
from desktop.services.sync.conflicts import ConflictService
from desktop.services.sync.imports import ImportService
from desktop.services.sync.trust import TrustedDeviceService
from desktop.store.db import Store
from sync.reader import open_bundle
from tests.store.sync_helpers import Laptop

CLUB = {"name": "Batley Boxing Club", "legal_form": "trust", "postcode": "WF17 5AA"}


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    made = (Laptop.make(tmp_path, "Laptop A"), Laptop.make(tmp_path, "Laptop B"))
    yield made
    for laptop in made:
        laptop.close()


def _merge(council: Store, bundle: Path) -> int:
    """Import one bundle at the council; the number of new conflicts it raised."""
    summary = ImportService(council).import_bundle(bundle)
    assert summary.status == "merged", summary.message
    return summary.conflicts


def _conflicts(council: Store) -> list[tuple[str, str, str]]:
    return sorted(
        (c.field, c.winner_value, c.loser_value)
        for c in ConflictService(council).search(status=None)
    )


def _stamps_of(bundle: Path, record_id: str) -> dict[str, dict[str, str | None]]:
    opened = open_bundle(bundle)
    opened.verify(opened.signer_public_key_b64)
    (record,) = [r for r in opened.all_records()["organisations"] if r["id"] == record_id]
    return record["_stamps"]


def test_a_name_nobody_on_the_laptop_changed_raises_no_conflict_against_the_councils_rename(
    store: Store, laptops: tuple[Laptop, Laptop]
) -> None:
    a, _b = laptops
    a.enrol_at(store)
    club = a.services.organisations.create(CLUB).id
    assert _merge(store, a.export()) == 0
    Services(store).organisations.update(club, {"name": "Batley Boxing Club (council)"})
    a.services.organisations.update(club, {"town": "Batley"})

    later = a.export()

    # the laptop's name is still covered by the creation stamp "*"; the council's is its own
    assert "name" not in _stamps_of(later, club) and "town" in _stamps_of(later, club)
    assert _merge(store, later) == 0
    assert _conflicts(store) == []
    assert Services(store).organisations.get(club).name == "Batley Boxing Club (council)"
    assert Services(store).organisations.get(club).values["town"] == "Batley"


@pytest.mark.parametrize("settle", ["keep", "use_other"])
@pytest.mark.parametrize("council_renamed_last", [False, True])
def test_a_later_bundle_changing_another_field_adds_no_conflict_after_one_was_settled(
    store: Store, laptops: tuple[Laptop, Laptop], settle: str, council_renamed_last: bool
) -> None:
    a, _b = laptops
    a.enrol_at(store)
    council = Services(store).organisations
    club = a.services.organisations.create(CLUB).id
    _merge(store, a.export())
    renames = [
        lambda: council.update(club, {"name": "Batley Boxing Club (council)"}),
        lambda: a.services.organisations.update(club, {"name": "Batley Amateur Boxing Club"}),
    ]
    for rename in reversed(renames) if council_renamed_last else renames:
        rename()
    assert _merge(store, a.export()) == 1
    (conflict,) = ConflictService(store).search()
    getattr(ConflictService(store), settle)(conflict.id)
    settled_name = council.get(club).name
    a.services.organisations.update(club, {"volunteers_count": 12})

    later = a.export()

    # the later bundle carries the laptop's rename again, with its original stamp
    assert "name" in _stamps_of(later, club)
    assert _merge(store, later) == 0
    assert len(ConflictService(store).search(status=None)) == 1
    assert ConflictService(store).search() == []
    assert council.get(club).name == settled_name
    assert council.get(club).values["volunteers_count"] == 12


def test_a_record_passed_on_by_another_laptop_with_its_creation_stamps_raises_no_conflict(
    store: Store, laptops: tuple[Laptop, Laptop]
) -> None:
    a, b = laptops
    a.enrol_at(store)
    b.enrol_at(store)
    TrustedDeviceService(b.store).enrol(a.info())
    club = a.services.organisations.create(CLUB).id
    first = a.export()
    assert ImportService(b.store).import_bundle(first).status == "merged"
    _merge(store, first)
    Services(store).organisations.update(club, {"name": "Batley Boxing Club (council)"})
    a.services.organisations.update(club, {"notes": "A: meets Tuesdays"})
    _merge(store, a.export())
    b.services.organisations.update(club, {"town": "Batley"})

    from_b = b.export()

    assert _stamps_of(from_b, club)["*"]["by"] == a.device_id
    assert _merge(store, from_b) == 0
    assert _conflicts(store) == []
    held = Services(store).organisations.get(club)
    assert (held.name, held.values["town"], held.values["notes"]) == (
        "Batley Boxing Club (council)",
        "Batley",
        "A: meets Tuesdays",
    )


def test_the_first_bundle_to_bring_an_earlier_rename_reveals_the_conflict_once(
    store: Store, laptops: tuple[Laptop, Laptop]
) -> None:
    """A bundle passing on another laptop's rename the council has not yet had from that
    laptop is refused; the conflict shows once, when the laptop's own bundle arrives."""
    a, b = laptops
    a.enrol_at(store)
    b.enrol_at(store)
    TrustedDeviceService(b.store).enrol(a.info())
    club = a.services.organisations.create(CLUB).id
    _merge(store, a.export())
    Services(store).organisations.update(club, {"name": "Batley Boxing Club (council)"})
    a.services.organisations.update(club, {"name": "Batley Amateur Boxing Club"})
    with_rename = a.export()  # not brought to the council yet (another stick)
    assert ImportService(b.store).import_bundle(with_rename).status == "merged"
    b.services.organisations.update(club, {"town": "Batley"})

    from_b = b.export()

    assert _stamps_of(from_b, club)["name"]["by"] == a.device_id
    # B passes on A's rename, which the council has not seen from A itself: only A's own
    # signed bundle vouches for A's edits (docs/bundle-format.md, "Authority")
    refused = ImportService(store).import_bundle(from_b)
    assert refused.rejected and "names device" in (refused.message or "")
    assert _conflicts(store) == []
    # laptop A's own bundle brings the rename and reveals the conflict ...
    assert _merge(store, with_rename) == 1
    assert _conflicts(store) == [
        ("name", "Batley Amateur Boxing Club", "Batley Boxing Club (council)")
    ]
    # ... and B's bundle, passing it on unchanged, is then taken without a second one
    assert _merge(store, from_b) == 0
    assert len(_conflicts(store)) == 1
