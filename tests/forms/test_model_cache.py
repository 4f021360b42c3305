"""The disk cache of validated models (`forms.model_cache`, the user cache folder's models/):
a model read back is the model validation makes, an edited text or edited code never reads an
old entry, and a damaged or planted entry is made again from the text, never run."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from forms import loader, model_cache
from forms.loader import load_shipped_yaml_model, load_yaml_model, read_form_file
from forms.model_cache import cached_model
from forms.models import FormDefinition, form_problems
from forms.support import SupportCatalogue
from tests.forms.test_yaml_cache import load as load_catalogue


@pytest.fixture
def models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GAPKIT_CACHE_DIR", str(tmp_path))
    return tmp_path / "models"


def shipped_form_text(name: str = "health-check.yaml") -> str:
    return read_form_file(loader.resources_dir() / "forms" / name)


def assert_same_model(cached: object, validated: object) -> None:
    assert type(cached) is type(validated)
    assert cached == validated
    assert cached.model_dump(mode="json") == validated.model_dump(mode="json")  # type: ignore[attr-defined]
    # every text keeps its translations (LocalisedText compares them too)
    assert repr(cached) == repr(validated)


@pytest.mark.parametrize("name", ["health-check.yaml", "cat-readiness.yaml"])
def test_a_shipped_form_read_back_is_the_form_validation_makes(models: Path, name: str) -> None:
    text = shipped_form_text(name)
    validated = load_yaml_model(text, name, FormDefinition, form_problems, "form")
    first = load_shipped_yaml_model(text, name, FormDefinition, form_problems, "form")
    entries = list(models.glob(f"{name}--*.pickle"))
    assert len(entries) == 1
    again = load_shipped_yaml_model(text, name, FormDefinition, form_problems, "form")
    assert again is not first  # a new model, read from the entry
    assert_same_model(first, validated)
    assert_same_model(again, validated)


def test_the_entry_is_what_is_read(models: Path) -> None:
    assert load_catalogue("Kirklees Council").council == "Kirklees Council"
    [entry] = models.glob("*.pickle")
    planted = load_catalogue("Kirklees Council").model_copy(update={"council": "From the cache"})
    entry.write_bytes(pickle.dumps(planted))
    assert load_catalogue("Kirklees Council").council == "From the cache"


def test_an_edited_text_makes_a_new_entry_in_place_of_the_old(models: Path) -> None:
    load_catalogue("Kirklees Council")
    first = sorted(models.glob("*.pickle"))
    assert load_catalogue("Kirklees Council (2027)").council == "Kirklees Council (2027)"
    second = sorted(models.glob("*.pickle"))
    assert len(first) == len(second) == 1 and first != second
    load_catalogue("Calderdale Council", name="other.yaml")
    assert len(list(models.glob("*.pickle"))) == 2


def test_edited_code_never_reads_an_old_entry(
    models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_catalogue("Kirklees Council")
    [entry] = models.glob("*.pickle")
    real = model_cache._code_fingerprint

    def edited(code: tuple[str, ...]) -> bytes | None:
        found = real(code)
        return None if found is None else found + b"an edited module"

    monkeypatch.setattr(model_cache, "_code_fingerprint", edited)
    load_catalogue("Kirklees Council")
    [other] = models.glob("*.pickle")
    assert other != entry


def test_without_readable_source_nothing_is_cached(models: Path) -> None:
    built = cached_model(
        "x.yaml", "text", SupportCatalogue, lambda: load_catalogue("K"), code=("no.such.module",)
    )
    assert built.council == "K"
    assert not list(models.glob("x.yaml--*"))


class Planted:
    """What a planted entry would run: anything but a model's class."""

    def __reduce__(self) -> tuple[object, ...]:
        return (Path.touch, (Path(self.marker),))  # type: ignore[attr-defined]


@pytest.mark.parametrize("damage", ["truncated", "garbage", "planted", "another model"])
def test_a_damaged_or_planted_entry_is_made_again_from_the_text(
    models: Path, tmp_path: Path, damage: str
) -> None:
    expected = load_catalogue("Kirklees Council")
    [entry] = models.glob("*.pickle")
    marker = tmp_path / "ran"
    if damage == "truncated":
        entry.write_bytes(entry.read_bytes()[:50])
    elif damage == "garbage":
        entry.write_bytes(b"\x80\x05not a pickle at all")
    elif damage == "planted":
        planted = Planted()
        planted.marker = str(marker)  # type: ignore[attr-defined]
        entry.write_bytes(pickle.dumps(planted))
    else:  # a valid model of another class under this name
        text = shipped_form_text("cat-readiness.yaml")
        form = load_yaml_model(text, "cat-readiness.yaml", FormDefinition, form_problems, "form")
        entry.write_bytes(pickle.dumps(form))
    again = load_catalogue("Kirklees Council")
    assert_same_model(again, expected)
    assert not marker.exists()
    # and the entry was written again, whole
    assert_same_model(pickle.loads(entry.read_bytes()), expected)


def test_a_function_named_in_an_entry_is_refused_even_from_forms() -> None:
    data = pickle.dumps(loader.resources_dir)  # a function of `forms`, not a class
    with pytest.raises(pickle.UnpicklingError):
        model_cache._GuardedUnpickler(data, frozenset()).load()
    data = pickle.dumps(Path)  # a class imported into forms.loader, defined elsewhere
    with pytest.raises(pickle.UnpicklingError):
        model_cache._GuardedUnpickler(data.replace(b"pathlib", b"forms.loader"), frozenset()).load()


def test_a_failed_build_keeps_nothing(models: Path) -> None:
    def fails() -> SupportCatalogue:
        raise ValueError("not a catalogue")

    with pytest.raises(ValueError):
        cached_model("bad.yaml", "text", SupportCatalogue, fails)
    assert not list(models.glob("*"))


def test_the_folder_stays_bounded(models: Path) -> None:
    models.mkdir(parents=True)
    for number in range(model_cache.MAX_CACHED_MODELS + 10):
        (models / f"gone-{number}.yaml--{number:040x}.pickle").write_bytes(b"")
    load_catalogue("Kirklees Council")
    left = list(models.glob("*.pickle"))
    assert len(left) <= model_cache.MAX_CACHED_MODELS
    assert any(entry.name.startswith("support-offers.yaml--") for entry in left)
