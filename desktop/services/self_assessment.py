"""The self-assessment edition: one community group assessing itself, without a worker.

The data folder holds one organisation, the group's own, registered with the short form below
(only what the council needs to recognise and contact the group). Before each section of the
form the group reads a plain-English guide (resources/guides/<form id>.yaml). "Send to the
council" writes a bundle encrypted to the council key from the setup file. The laptop's device
name becomes "<organisation> (self-assessment)", so on the council the bundle arrives as a
waiting device named after the group, for staff to approve.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.errors import UserError
from desktop.store.db import Store

if TYPE_CHECKING:
    from desktop.services.assessments import AssessmentSummary
    from desktop.services.organisations import OrganisationDetail
    from desktop.services.sync.export import ExportResult
    from forms.models import FormDefinition

# The fields of the short registration, in the order the form shows them.
SHORT_REGISTRATION_FIELDS = (
    "name",
    "legal_form",
    "postcode",
    "ward",
    "contact_name",
    "contact_email",
    "contact_phone",
)
DEVICE_SUFFIX = " (self-assessment)"
CONSENT_HOW = "ticked the box in the self-assessment app"
GUIDES_FOLDER = "guides"


@dataclass(frozen=True)
class SectionGuide:
    section_id: str
    number: int
    title: str
    intro: str
    guide: str
    tips: tuple[str, ...]


class AlreadyRegistered(UserError):
    """The self-assessment edition keeps one organisation."""


class SelfAssessmentService:
    def __init__(self, store: Store):
        self.store = store

    @property
    def _services(self) -> Any:
        from desktop.services import Services

        return Services(self.store)

    # -- the one organisation ------------------------------------------------------------------

    def organisation(self) -> OrganisationDetail | None:
        """The group's own organisation (the first registered, if ever more than one)."""
        organisations = self._services.organisations
        summaries = organisations.list_all()
        if not summaries:
            return None
        first = min(summaries, key=lambda s: (s.modified_at, s.id))
        return organisations.get(first.id)

    def register(self, values: Mapping[str, Any], *, consent: bool) -> OrganisationDetail:
        """The short registration. Consent covers the council contacting the group."""
        if self.organisation() is not None:
            raise AlreadyRegistered("Your group is registered already; change its details instead.")
        data = self._registration_data(values, consent=consent)
        detail = self._services.organisations.create(data)
        self._name_device(detail.name)
        return detail

    def update(self, values: Mapping[str, Any], *, consent: bool) -> OrganisationDetail:
        current = self.organisation()
        if current is None:
            raise UserError("Register your group first.")
        data = self._registration_data(values, consent=consent)
        detail = self._services.organisations.update(current.id, data)
        self._name_device(detail.name)
        return detail

    def _registration_data(self, values: Mapping[str, Any], *, consent: bool) -> dict[str, Any]:
        unknown = set(values) - set(SHORT_REGISTRATION_FIELDS)
        if unknown:
            raise UserError(
                "Not part of the short registration: {fields}.", fields=", ".join(sorted(unknown))
            )
        data = {key: values.get(key) for key in SHORT_REGISTRATION_FIELDS}
        has_contact = any(
            data.get(key) for key in ("contact_name", "contact_email", "contact_phone")
        )
        if has_contact and not consent:
            raise UserError(
                "Tick the box to agree that the council may keep your contact details, or "
                "leave the contact details empty."
            )
        if has_contact:
            data["consent_date"] = date.today()
            data["consent_how"] = CONSENT_HOW
            data["consent_covers"] = ["council_contact"]
        else:
            data["consent_date"] = None
            data["consent_how"] = None
            data["consent_covers"] = []
        return data

    def _name_device(self, organisation_name: str) -> None:
        from desktop.services.devices import DeviceService

        name = organisation_name[: 200 - len(DEVICE_SUFFIX)] + DEVICE_SUFFIX
        if self.store.device_name != name:
            DeviceService(self.store).rename(name)

    # -- assessing -------------------------------------------------------------------------------

    def assessments(self) -> list[AssessmentSummary]:
        organisation = self.organisation()
        if organisation is None:
            return []
        return list(self._services.assessments.list_summaries(organisation_id=organisation.id))

    def section_guides(self, form: FormDefinition) -> list[SectionGuide]:
        """A guide for each section of the form: its own words if the guides file has them,
        else the form's one-line introduction."""
        written = _read_guides(form.id)
        guides = []
        for number, section in enumerate(form.sections, start=1):
            entry = written.get(section.id, {})
            intro = str(getattr(section, "intro", "") or "")
            guides.append(
                SectionGuide(
                    section_id=section.id,
                    number=number,
                    title=section.title,
                    intro=intro,
                    guide=str(entry.get("guide") or intro),
                    tips=tuple(str(tip) for tip in entry.get("tips") or ()),
                )
            )
        return guides

    # -- sending -------------------------------------------------------------------------------

    def council_name(self) -> str:
        from desktop.services.setup import SetupService

        return SetupService(self.store).council_name() or "the council"

    def can_send(self) -> bool:
        return self._services.exports.remembered_council_key() is not None

    def send_to_council(
        self,
        folder: str | Path,
        *,
        progress: Callable[[int, int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """An encrypted bundle of everything the group has, for the council (never plain)."""
        if self.organisation() is None:
            raise UserError("Register your group first: there is nothing to send yet.")
        exports = self._services.exports
        key = exports.remembered_council_key()
        if key is None:
            raise UserError(
                "This app has no council key to lock the file with, so it cannot send it. "
                "Ask the council for its council-setup.json or council.pub and choose it under "
                "Settings → Who uses this computer."
            )
        return exports.export_bundle(
            folder,
            full=True,
            include_drafts=True,
            encrypt_to=key,
            progress=progress,
            should_cancel=should_cancel,
        )


def _read_guides(form_id: str) -> dict[str, Mapping[str, Any]]:
    """resources/guides/<form>.yaml; a missing or broken file means the form's own intros."""
    import logging

    import yaml

    from desktop.paths import resources_dir

    path = resources_dir() / GUIDES_FOLDER / f"{form_id}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, yaml.YAMLError) as error:
        logging.getLogger(__name__).warning("Cannot read the section guides %s: %s", path, error)
        return {}
    sections = data.get("sections") if isinstance(data, dict) else None
    if not isinstance(sections, dict):
        return {}
    return {str(key): value for key, value in sections.items() if isinstance(value, dict)}
