"""The support catalogue: the offers a council makes for each support-need theme.

It is the YAML file `resources/support-offers.yaml`, which a council replaces with its own.
"""

from __future__ import annotations

import os
from pathlib import Path as FilePath

from pydantic import BaseModel, ConfigDict

from forms.loader import (
    FormError,
    load_shipped_yaml_model,
    load_yaml_model,
    read_form_file,
    resources_dir,
)
from forms.localised import LocalisedText
from forms.models import Path


class SupportOffer(BaseModel):
    """One offer of support, such as "Volunteering Kirklees: volunteer bureau"."""

    model_config = ConfigDict(extra="forbid", defer_build=True)  # as forms.models

    id: str
    provider: LocalisedText
    what: LocalisedText = LocalisedText("")
    contact: str | None = None
    url: str | None = None
    themes: list[str]
    # What the council should check before relying on this offer (its current name, whether
    # it still runs); None when the offer is confirmed.
    to_confirm: str | None = None

    @property
    def text(self) -> str:
        """The offer as one line for screens and reports (English)."""
        return self.text_in(None)

    def text_in(self, language: str | None) -> str:
        """The offer as one line in `language` (English where it has no translation)."""
        provider, what = self.provider.get(language), self.what.get(language)
        return f"{provider}: {what}" if what else provider


class SupportCatalogue(BaseModel):
    """Every support-need theme and the offers that meet it."""

    model_config = ConfigDict(extra="forbid", defer_build=True)  # as forms.models

    council: str = ""
    themes: list[str]
    offers: list[SupportOffer]

    def offers_for(self, theme: str) -> list[SupportOffer]:
        """The offers for a theme, in catalogue order (empty for an unknown theme)."""
        return [offer for offer in self.offers if theme in offer.themes]


def catalogue_problems(catalogue: SupportCatalogue) -> list[tuple[Path, str]]:
    """Problems of meaning in a catalogue: duplicate themes or ids, offers for unknown themes."""
    problems: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for index, theme in enumerate(catalogue.themes):
        if not theme.strip():
            problems.append((("themes", index), "a theme must not be empty"))
        elif theme in seen:
            problems.append((("themes", index), f"the theme '{theme}' is listed twice"))
        seen.add(theme)
    ids: set[str] = set()
    for index, offer in enumerate(catalogue.offers):
        if offer.id in ids:
            problems.append((("offers", index, "id"), f"the offer id '{offer.id}' is used twice"))
        ids.add(offer.id)
        for t_index, theme in enumerate(offer.themes):
            if theme not in seen:
                problems.append(
                    (
                        ("offers", index, "themes", t_index),
                        f"'{theme}' is not one of the themes listed at the top of the file",
                    )
                )
    covered = {theme for offer in catalogue.offers for theme in offer.themes}
    for index, theme in enumerate(catalogue.themes):
        if theme in seen and theme not in covered:
            problems.append((("themes", index), f"no offer meets the theme '{theme}'"))
    return problems


def default_catalogue_path() -> FilePath:
    """`support-offers.yaml` in the resources folder."""
    return resources_dir() / "support-offers.yaml"


_cache: dict[tuple[str, float], SupportCatalogue] = {}


def load_support_offers(path: str | os.PathLike[str] | None = None) -> SupportCatalogue:
    """Load the support catalogue (the shipped one by default); FormError if it is wrong."""
    file_path = FilePath(path) if path is not None else default_catalogue_path()
    try:
        key = (str(file_path.resolve()), file_path.stat().st_mtime)
    except OSError:
        raise FormError(file_path.name, "", None, f"no such file: {file_path}") from None
    cached = _cache.get(key)
    if cached is not None:
        return cached.model_copy(deep=True)
    text = read_form_file(file_path)
    if path is None:  # the shipped catalogue: read at every start, its data cached on disk
        catalogue = load_shipped_yaml_model(
            text, file_path.name, SupportCatalogue, catalogue_problems, "catalogue"
        )
    else:
        catalogue = load_support_offers_text(text, file_path.name)
    _cache[key] = catalogue
    return catalogue.model_copy(deep=True)


def load_support_offers_text(text: str, source_name: str) -> SupportCatalogue:
    """Load a support catalogue from YAML text."""
    return load_yaml_model(text, source_name, SupportCatalogue, catalogue_problems, "catalogue")


def statements_text(texts: list[str]) -> str:
    """Statements as one run of sentences: each ends with its own full stop (or ? or !), one
    added where it has none, so "…in place.; We have…" never appears."""
    sentences = []
    for text in texts:
        text = str(text).strip()
        if not text:
            continue
        sentences.append(text if text[-1] in ".?!…" else text + ".")
    return " ".join(sentences)
