"""One row of the register as the Organisations table shows it.

Apart from `desktop.services.organisations` (which loads SQLAlchemy and the registration
rules) so the app's first look (`desktop.services.first_look`) and the table model can use it
before those have loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.registration.choices import LEGAL_FORMS

LEGAL_FORM_LABELS = dict(LEGAL_FORMS)


@dataclass(frozen=True)
class OrganisationSummary:
    """One row of the register, as the Organisations table shows it."""

    id: str
    name: str
    legal_form: str
    ward: str | None
    postcode: str
    identifiers: str
    gap_status: str
    modified_at: datetime
    deleted: bool

    @property
    def legal_form_label(self) -> str:
        return LEGAL_FORM_LABELS.get(self.legal_form, self.legal_form)


def identifiers_text(charity: str | None, company: str | None, mutuals: str | None) -> str:
    """The organisation's identifiers as the table shows them: "GB-CHC-1, GB-COH-2"."""
    return ", ".join(value for value in (charity, company, mutuals) if value)
