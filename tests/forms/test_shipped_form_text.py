"""A form text that is one of the shipped files, byte for byte, is read as that file is
(`forms.loader.shipped_form_with_text`): a field pack's forms usually are. Any other text is
parsed as before, with the same result or the same error."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.resources import RESOURCE_KINDS
from forms import loader
from forms.loader import FormError, load_form_text, read_form_file, shipped_form_with_text

SHIPPED = sorted(path.name for path in (loader.resources_dir() / "forms").glob("*.yaml"))


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAPKIT_CACHE_DIR", str(tmp_path / "cache"))


@pytest.mark.parametrize("name", SHIPPED)
def test_a_shipped_text_gives_the_model_its_parse_gives(name: str) -> None:
    text = read_form_file(loader.resources_dir() / "forms" / name)
    found = shipped_form_with_text(text)
    parsed = load_form_text(text, f"form {name}")
    assert found is not None
    assert found == parsed
    assert repr(found) == repr(parsed)  # every text with its translations
    received = RESOURCE_KINDS["form"].read_received(text, f"Form {parsed.id}")
    assert received.value is found  # the pack's copy took the shortcut
    assert (received.name, received.title, received.version) == (
        parsed.id,
        parsed.title,
        parsed.version,
    )


def test_any_other_text_is_parsed_as_before() -> None:
    text = read_form_file(loader.resources_dir() / "forms" / SHIPPED[0])
    edited = text + "\n"
    assert shipped_form_with_text(edited) is None
    received = RESOURCE_KINDS["form"].read_received(edited, "Form edited").value
    assert received == load_form_text(text, "form")
    broken = text.replace("sections:", "sektions:", 1)
    assert broken != text
    with pytest.raises(FormError) as from_pack:
        RESOURCE_KINDS["form"].read_received(broken, "Form broken")
    with pytest.raises(FormError) as parsed:
        load_form_text(broken, "Form broken")
    assert str(from_pack.value) == str(parsed.value)


def test_a_text_of_the_same_size_but_other_bytes_is_not_taken_for_the_file() -> None:
    text = read_form_file(loader.resources_dir() / "forms" / SHIPPED[0])
    same_size = text.replace("sections:", "sectionz:", 1)
    assert len(same_size.encode()) == len(text.encode()) and same_size != text
    assert shipped_form_with_text(same_size) is None
