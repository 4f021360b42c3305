"""docs/bundle-format.md describes every file, table and field the code writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from sync.codecs import expected_files
from sync.manifest import FORMAT_VERSION, Manifest
from sync.records import TABLES

DOC = (Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md").read_text(
    encoding="utf-8"
)


def test_doc_states_the_current_format_version() -> None:
    assert f"# GAP Field Kit bundle format (version {FORMAT_VERSION})" in DOC


@pytest.mark.parametrize("field", list(Manifest.model_fields))
def test_every_manifest_field_is_described(field: str) -> None:
    assert f"| `{field}` |" in DOC


@pytest.mark.parametrize(
    ("table", "field"), [(t, c.name) for t, spec in TABLES.items() for c in spec.columns]
)
def test_every_record_field_is_described(table: str, field: str) -> None:
    section = DOC.split(f"### `{table}`")[-1] if field not in _COMMON else DOC
    assert f"| `{field}` |" in section


@pytest.mark.parametrize("name", sorted(expected_files()))
def test_every_file_is_described(name: str) -> None:
    generic = (
        name.replace(name.split("/")[-1].split(".")[0], "<table>")
        if name.startswith("data/")
        else name
    )
    assert generic in DOC


_COMMON = {"id", "created_at", "modified_at", "modified_by", "rev", "deleted_at"}
