"""Random damage to every member of a bundle never ends in a traceback: the reader raises its
own BundleError (a message for a person) or reads the bundle, nothing else (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync import BundleError, DeviceKey, open_bundle
from sync.codecs import expected_files
from sync.writer import write_bundle
from tests.sync.bundle_edits import resign, unzip, zip_members
from tests.sync.conftest import NOW, make_manifest
from tests.sync.factories import dataset

MEMBERS = sorted(expected_files())
KEY = DeviceKey.generate()


def _valid_members(tmp: Path) -> dict[str, bytes]:
    path = tmp / "valid.gapkit"
    write_bundle(
        path,
        manifest=make_manifest(),
        tables=dataset(assessments=1, questions=2, participants=1, actions=1),
        signing_key=KEY,
    )
    return unzip(path)


_CACHE: dict[str, dict[str, bytes]] = {}


def _members(tmp_path_factory: Any) -> dict[str, bytes]:
    if "members" not in _CACHE:
        _CACHE["members"] = _valid_members(tmp_path_factory.mktemp("fuzz"))
    return dict(_CACHE["members"])


def _resigned(members: dict[str, bytes]) -> dict[str, bytes]:
    """Hashes and signature made to match the damage, where the damage leaves that possible
    (a forger with the laptop's key); else the members as they are."""
    try:
        return resign(members, KEY)
    except (ValueError, KeyError, TypeError, AttributeError):
        return members


def assert_read_cleanly(path: Path) -> None:
    try:
        bundle = open_bundle(path, now=NOW)
        try:
            bundle.verify(KEY.public_key_b64)
            bundle.all_records()
            bundle.missing_references()
        finally:
            bundle.close()
    except BundleError as error:
        assert str(error)  # a message for a person, naming the bundle
        assert "fuzzed.gapkit" in str(error) or "bundle" in str(error).lower()


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.slow
@FUZZ
@given(member=st.sampled_from(MEMBERS), data=st.data())
def test_random_byte_flips_in_any_member_never_give_a_traceback(
    tmp_path_factory: pytest.TempPathFactory, member: str, data: st.DataObject
) -> None:
    members = _members(tmp_path_factory)
    raw = bytearray(members[member])
    if raw:
        positions = data.draw(st.lists(st.integers(0, len(raw) - 1), min_size=1, max_size=8))
        for position in positions:
            raw[position] = data.draw(st.integers(0, 255))
    members[member] = bytes(raw)
    if data.draw(st.booleans()):
        members = _resigned(members)
    path = zip_members(tmp_path_factory.mktemp("flip") / "fuzzed.gapkit", members)
    assert_read_cleanly(path)


@pytest.mark.slow
@FUZZ
@given(member=st.sampled_from(MEMBERS), value=json_values, signed=st.booleans())
def test_random_json_in_any_member_never_gives_a_traceback(
    tmp_path_factory: pytest.TempPathFactory, member: str, value: Any, signed: bool
) -> None:
    members = _members(tmp_path_factory)
    members[member] = json.dumps(value, allow_nan=True).encode()
    if signed:
        members = _resigned(members)
    path = zip_members(tmp_path_factory.mktemp("json") / "fuzzed.gapkit", members)
    assert_read_cleanly(path)


@pytest.mark.slow
@FUZZ
@given(
    table=st.sampled_from(sorted(m for m in MEMBERS if m.endswith(".json") and "data/" in m)),
    value=json_values,
    index=st.integers(0, 3),
    field=st.text(max_size=12),
)
def test_random_json_inside_records_never_gives_a_traceback(
    tmp_path_factory: pytest.TempPathFactory, table: str, value: Any, index: int, field: str
) -> None:
    """A signed bundle (a stolen laptop) whose records hold random values in random fields."""
    members = _members(tmp_path_factory)
    records = json.loads(members[table])
    if records:
        record = records[index % len(records)]
        key = field if field and index % 2 else (list(record)[index % len(record)])
        record[key] = value
    members[table] = json.dumps(records, allow_nan=True).encode()
    path = zip_members(tmp_path_factory.mktemp("rec") / "fuzzed.gapkit", _resigned(members))
    assert_read_cleanly(path)
