"""Ward lists: the council's ward files, read, checked and matched by name."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
)

from desktop.errors import UserError

# ---------------------------------------------------------------------------------------------
# Ward lists


class WardFileError(UserError):
    """A ward file could not be read or is not in the expected shape."""


def ward_key(name: str) -> str:
    """How ward names compare: case, spacing and '&' for 'and' do not matter."""
    text = unicodedata.normalize("NFC", str(name)).replace("&", " and ")
    return " ".join(text.split()).casefold()


class _WardEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=100)
    area: str | None = None
    code: str | None = None
    # False for a code inferred but not yet checked against the ONS lookup.
    code_confirmed: bool = True


class _SourceEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    url: str | None = None


class _WardFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=100)
    council: str
    title: str
    effective_from: date
    effective_until: date | None = None
    superseded: bool = False
    superseded_by: str | None = None
    sources: list[_SourceEntry] = Field(min_length=1)
    areas: list[str] = Field(default_factory=list)
    wards: list[_WardEntry] = Field(min_length=1)
    replaced_by: dict[str, list[str]] = Field(default_factory=dict)


@dataclass(frozen=True)
class Ward:
    name: str
    area: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class WardList:
    """One council's wards as they stood from a date, with where the list came from."""

    id: str
    council: str
    title: str
    effective_from: date
    wards: tuple[Ward, ...]
    areas: tuple[str, ...] = ()
    sources: tuple[tuple[str, str | None], ...] = ()
    effective_until: date | None = None
    superseded: bool = False
    superseded_by: str | None = None
    replaced_by: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    path: Path | None = None
    _by_key: dict[str, Ward] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._by_key.update((ward_key(w.name), w) for w in self.wards)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(w.name for w in self.wards)

    def find(self, name: str | None) -> str | None:
        """The list's spelling of a ward name, or None if the ward is not in this list."""
        if not name:
            return None
        ward = self._by_key.get(ward_key(name))
        return ward.name if ward else None

    def is_current(self, name: str | None) -> bool:
        """Whether the ward is in this list (the list the app validates against)."""
        return self.find(name) is not None

    def area_for(self, name: str | None) -> str | None:
        """The district committee area of a ward in this list, if the file gives one."""
        if not name:
            return None
        ward = self._by_key.get(ward_key(name))
        return ward.area if ward else None

    def successors(self, old_name: str) -> tuple[str, ...]:
        """Wards of this list that took the place of a ward no longer in it, likeliest first."""
        key = ward_key(old_name)
        for old, new in self.replaced_by.items():
            if ward_key(old) == key:
                return new
        same = self.find(old_name)
        return (same,) if same else ()


def wards_dir() -> Path:
    from desktop.paths import resources_dir

    return resources_dir() / "wards"


_ward_cache: dict[tuple[str, int], WardList] = {}


def read_ward_file(path: str | Path) -> WardList:
    """Read one ward file; a file that is missing or malformed raises WardFileError."""
    file = Path(path)
    try:
        stamp = file.stat().st_mtime_ns
    except OSError as exc:
        raise WardFileError(
            "The ward file {file} could not be opened ({reason}). Check the path in "
            "settings or GAPKIT_WARD_FILE.",
            file=file,
            reason=exc.strerror,
        ) from exc
    cached = _ward_cache.get((str(file.resolve()), stamp))
    if cached is not None:
        return cached
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise WardFileError(
            "The ward file {file} could not be read: {reason}. It must be a UTF-8 YAML file.",
            file=file,
            reason=exc,
        ) from exc
    ward_list = read_ward_text(text, str(file), path=file)
    _ward_cache[(str(file.resolve()), stamp)] = ward_list
    return ward_list


def read_ward_text(text: str, source: str, *, path: Path | None = None) -> WardList:
    """Read a ward file's YAML text (`source` names it in messages); WardFileError if wrong."""
    try:
        # libyaml's parser (the same data, about ten times faster: the ward files are read for
        # every funds guide and report).
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise WardFileError(
            "The ward file {file} could not be read: {reason}. It must be a UTF-8 YAML file.",
            file=source,
            reason=exc,
        ) from exc
    try:
        parsed = _WardFile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top)"
        raise WardFileError(
            "The ward file {file} is not in the expected shape: at {where}, {problem}. "
            "Compare it with resources/wards/kirklees-2026.yaml.",
            file=source,
            where=where,
            problem=first["msg"],
        ) from exc
    seen: set[str] = set()
    for ward in parsed.wards:
        if ward_key(ward.name) in seen:
            raise WardFileError(
                "The ward file {file} lists the ward '{ward}' twice.", file=source, ward=ward.name
            )
        seen.add(ward_key(ward.name))
        if parsed.areas and ward.area is not None and ward.area not in parsed.areas:
            raise WardFileError(
                "The ward file {file} puts '{ward}' in the area '{area}', which is "
                "not one of its areas. Add it to `areas` or correct the ward's area.",
                file=source,
                ward=ward.name,
                area=ward.area,
            )
    ward_list = WardList(
        id=parsed.id,
        council=parsed.council,
        title=parsed.title,
        effective_from=parsed.effective_from,
        effective_until=parsed.effective_until,
        superseded=parsed.superseded,
        superseded_by=parsed.superseded_by,
        wards=tuple(Ward(w.name, w.area, w.code) for w in parsed.wards),
        areas=tuple(parsed.areas),
        sources=tuple((s.title, s.url) for s in parsed.sources),
        replaced_by={old: tuple(new) for old, new in parsed.replaced_by.items()},
        path=path,
    )
    return ward_list


def all_ward_lists(directory: str | Path | None = None) -> list[WardList]:
    """Every ward file in a folder (default resources/wards), oldest effective date first."""
    folder = Path(directory) if directory is not None else wards_dir()
    files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    return sorted((read_ward_file(f) for f in files), key=lambda w: (w.effective_from, w.id))


def load_ward_list(path: str | Path | None = None) -> WardList:
    """The ward list to validate against.

    `path` (a council's own file, e.g. from settings) wins, then GAPKIT_WARD_FILE, then the
    current list in resources/wards: the file with the latest effective date that is not
    marked superseded.
    """
    chosen = path or os.environ.get("GAPKIT_WARD_FILE")
    if chosen:
        return read_ward_file(Path(chosen).expanduser())
    current = [w for w in all_ward_lists() if not w.superseded]
    if not current:
        raise WardFileError(
            "No current ward list was found in {folder}. Add the council's ward file "
            "there, or point GAPKIT_WARD_FILE at it.",
            folder=wards_dir(),
        )
    return current[-1]
