"""What the app bundles and under which licence: the About dialog's list.

Libraries are the installed distributions `gapkit` depends on (followed through their own
requirements), read from their package metadata, which the frozen app carries too
(packaging/gapkit.spec copies it). Fonts are the files in resources/fonts with their licence
files. Pure: no Qt, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.paths import resources_dir

ROOT_DISTRIBUTION = "gapkit"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    kind: str  # "library" | "font" | "runtime"
    licence_file: Path | None = None


# Each font family shipped in resources/fonts, its licence and the file holding the text.
FONT_FAMILIES = (
    (
        "DejaVu Sans",
        "DejaVuSans",
        "Bitstream Vera / DejaVu fonts licence (free)",
        "LICENSE-DejaVu.txt",
    ),
    ("Noto Sans Gurmukhi", "NotoSansGurmukhi", "SIL Open Font License 1.1", "LICENSE-Noto-OFL.txt"),
)

_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence_of(metadata: object) -> str:
    """The shortest honest licence text the metadata offers."""
    get = metadata.get  # type: ignore[attr-defined]
    expression = get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [
        c.rsplit("::", 1)[-1].strip()
        for c in (metadata.get_all("Classifier") or [])  # type: ignore[attr-defined]
        if c.startswith("License ::") and "OSI Approved" in c and c.count("::") >= 2
    ]
    if classifiers:
        return ", ".join(classifiers)
    text = str(get("License") or "").strip()
    if text and len(text) <= 80 and "\n" not in text:
        return text
    first_line = text.splitlines()[0][:80] if text else ""
    return first_line or "see the package"


def bundled_libraries() -> list[Component]:
    """gapkit's runtime dependencies, found by walking package metadata (no extras)."""
    from importlib.metadata import PackageNotFoundError, distribution

    seen: dict[str, Component] = {}
    queue = [ROOT_DISTRIBUTION]
    while queue:
        name = queue.pop()
        key = _normalise(name)
        if key in seen:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        metadata = dist.metadata
        seen[key] = Component(
            name=str(metadata["Name"]),
            version=dist.version,
            licence=_licence_of(metadata),
            kind="library",
        )
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            match = _REQUIREMENT_NAME.match(requirement)
            if match:
                queue.append(match.group(1))
    seen.pop(_normalise(ROOT_DISTRIBUTION), None)
    return sorted(seen.values(), key=lambda c: c.name.lower())


def bundled_fonts(fonts_dir: Path | None = None) -> list[Component]:
    folder = fonts_dir or resources_dir() / "fonts"
    found = []
    for family, prefix, licence, licence_name in FONT_FAMILIES:
        if any(folder.glob(f"{prefix}*.ttf")):
            licence_file = folder / licence_name
            found.append(
                Component(
                    name=family,
                    version="",
                    licence=licence,
                    kind="font",
                    licence_file=licence_file if licence_file.exists() else None,
                )
            )
    return found


def python_runtime() -> Component:
    import platform

    return Component("Python", platform.python_version(), "PSF-2.0", "runtime")


def everything_bundled() -> list[Component]:
    return [python_runtime(), *bundled_libraries(), *bundled_fonts()]
