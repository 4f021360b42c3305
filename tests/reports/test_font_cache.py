"""The report fonts' parse kept in the model cache: a font read back is the font parsed."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import desktop.reports.reportlab_lazily  # noqa: F401  (as the report modules import reportlab)
from desktop.reports.fonts import _FILES, BOLD, GURMUKHI, REGULAR, fonts_dir, read_font
from forms.model_cache import models_dir


def assert_same_font(read, parsed) -> None:
    """Every attribute TTFont.__init__ and the face's parse set, with the same values."""
    assert type(read) is type(parsed)
    assert sorted(vars(read)) == sorted(vars(parsed))
    for key, value in vars(parsed).items():
        if key not in ("face", "encoding", "state"):
            assert getattr(read, key) == value, key
    assert type(read.encoding) is type(parsed.encoding)
    assert type(read.state) is type(parsed.state)
    face, parsed_face = read.face, parsed.face
    assert type(face) is type(parsed_face)
    assert sorted(vars(face)) == sorted(vars(parsed_face))
    for key, value in vars(parsed_face).items():
        if key != "_pdfScale":
            assert getattr(face, key) == value, key
    for width in (0, 1, 600.09765625, 1234.5, 2048):
        assert face._pdfScale(width) == parsed_face._pdfScale(width)


def _entries(file_name: str) -> list[Path]:
    return sorted(models_dir().glob(f"font-{file_name}--*.pickle"))


@pytest.mark.parametrize("name", [REGULAR, BOLD, GURMUKHI])
def test_a_font_read_back_from_the_cache_is_the_font_parsed(name: str):
    from reportlab.pdfbase.ttfonts import TTFont

    path = fonts_dir() / _FILES[name]
    parsed = TTFont(name, str(path), shapable=True)
    first = read_font(name, path, shapable=True)  # parsed, or read if a report ran before
    [entry] = _entries(path.name)
    kept = pickle.loads(entry.read_bytes())
    assert kept.attributes["charToGlyph"] == parsed.face.charToGlyph
    again = read_font(name, path, shapable=True)  # read back from the entry
    assert_same_font(first, parsed)
    assert_same_font(again, parsed)
    assert again.face is not first.face


def test_a_damaged_entry_is_parsed_again_and_replaced(tmp_path: Path):
    from reportlab.pdfbase.ttfonts import TTFont

    path = fonts_dir() / _FILES[REGULAR]
    read_font(REGULAR, path, shapable=False)
    [entry] = _entries(path.name)
    entry.write_bytes(entry.read_bytes()[:1000])
    font = read_font(REGULAR, path, shapable=False)
    assert_same_font(font, TTFont(REGULAR, str(path), shapable=False))
    [entry] = _entries(path.name)
    assert pickle.loads(entry.read_bytes()).attributes["unitsPerEm"] == 2048
