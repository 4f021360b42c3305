"""The disk cache of shipped YAML files' data (the user cache folder's forms/*.json) keeps one
entry per shipped file: an edited or updated file's data replaces the old version's, and the
folder never grows past MAX_CACHED_YAML entries. Tests never write to the real cache."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs
import pytest

from forms import loader
from forms.loader import load_shipped_yaml_model
from forms.support import SupportCatalogue, catalogue_problems

MAX_CACHED_YAML = getattr(loader, "MAX_CACHED_YAML", 16)  # the bound the loader keeps
CATALOGUE = """\
council: {council}
themes: [governance]
offers:
  - id: tslk
    provider: Third Sector Leaders Kirklees
    themes: [governance]
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GAPKIT_CACHE_DIR", str(tmp_path))
    return tmp_path / "forms"


def load(council: str, name: str = "support-offers.yaml") -> SupportCatalogue:
    text = CATALOGUE.format(council=council)
    return load_shipped_yaml_model(text, name, SupportCatalogue, catalogue_problems, "catalogue")


def test_a_new_version_of_a_file_replaces_the_old_versions_data(cache: Path) -> None:
    assert load("Kirklees Council").council == "Kirklees Council"
    first = sorted(cache.glob("*.json"))
    assert len(first) == 1
    assert load("Kirklees Council (2027)").council == "Kirklees Council (2027)"
    second = sorted(cache.glob("*.json"))
    assert len(second) == 1 and second != first
    load("Calderdale Council", name="other.yaml")  # another file keeps its own entry
    assert len(list(cache.glob("*.json"))) == 2
    # Read back from the cache, the data is the same as parsed.
    assert load("Kirklees Council (2027)").council == "Kirklees Council (2027)"
    assert len(list(cache.glob("*.json"))) == 2


def test_entries_named_the_old_way_go_and_the_folder_stays_bounded(cache: Path) -> None:
    cache.mkdir(parents=True)
    (cache / ("0" * 32 + ".json")).write_text("{}")  # a digest alone: the old naming
    for number in range(MAX_CACHED_YAML + 10):
        (cache / f"gone-{number}.yaml--{number:032x}.json").write_text("{}")
    load("Kirklees Council")
    left = list(cache.glob("*.json"))
    assert len(left) <= MAX_CACHED_YAML
    assert not (cache / ("0" * 32 + ".json")).exists()
    assert any(entry.name.startswith("support-offers.yaml--") for entry in left)


def test_the_test_session_uses_a_temporary_cache_folder() -> None:
    # Set by tests/conftest.py before anything is imported; read here without the fixture.
    folder = Path(os.environ["GAPKIT_CACHE_DIR"]).resolve()
    assert folder != Path(platformdirs.user_cache_dir("gapkit", appauthor=False)).resolve()
    assert folder.is_relative_to(Path(tempfile.gettempdir()).resolve())
    assert loader.cache_dir().resolve() == folder
