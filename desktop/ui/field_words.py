"""The registration fields' names (desktop.registration.choices.FIELD_LABELS, which the pure
registration rules use in English) as the screens show them, in the app's language (context
"Fields"): the conflicts list and the spreadsheet import name fields with them."""

from __future__ import annotations

from desktop.format import tr_noop
from desktop.ui.i18n import tr

# One entry per registration field (a test keeps them the same as FIELD_LABELS).
FIELD_WORDS: dict[str, str] = {
    "name": tr_noop("Fields", "Name"),
    "other_names": tr_noop("Fields", "Other names"),
    "legal_form": tr_noop("Fields", "Legal form"),
    "legal_form_other": tr_noop("Fields", "Legal form (other)"),
    "charity_id": tr_noop("Fields", "Charity number"),
    "company_id": tr_noop("Fields", "Company number"),
    "mutuals_id": tr_noop("Fields", "Mutuals register number"),
    "address_lines": tr_noop("Fields", "Address"),
    "town": tr_noop("Fields", "Town"),
    "postcode": tr_noop("Fields", "Postcode"),
    "ward": tr_noop("Fields", "Ward"),
    "ward_list": tr_noop("Fields", "Ward list"),
    "district_area": tr_noop("Fields", "District committee area"),
    "areas_of_benefit": tr_noop("Fields", "Areas of benefit"),
    "themes": tr_noop("Fields", "Themes"),
    "beneficiaries": tr_noop("Fields", "Who benefits"),
    "beneficiaries_other": tr_noop("Fields", "Who benefits (other)"),
    "year_founded": tr_noop("Fields", "Year founded"),
    "income_band": tr_noop("Fields", "Annual income"),
    "trustees_count": tr_noop("Fields", "Trustees / committee members"),
    "staff_fte": tr_noop("Fields", "Paid staff (FTE)"),
    "volunteers_count": tr_noop("Fields", "Regular volunteers"),
    "has_bank_account": tr_noop("Fields", "Bank account"),
    "bank_signatories": tr_noop("Fields", "Bank signatories"),
    "policies": tr_noop("Fields", "Policies held"),
    "insurance": tr_noop("Fields", "Insurance held"),
    "interested_in": tr_noop("Fields", "Interested in"),
    "cat_building": tr_noop("Fields", "Building for asset transfer"),
    "contact_name": tr_noop("Fields", "Contact name"),
    "contact_role": tr_noop("Fields", "Contact role"),
    "contact_email": tr_noop("Fields", "Contact email"),
    "contact_phone": tr_noop("Fields", "Contact phone"),
    "contact_language": tr_noop("Fields", "Contact's preferred language"),
    "consent_date": tr_noop("Fields", "Consent date"),
    "consent_how": tr_noop("Fields", "How consent was given"),
    "consent_covers": tr_noop("Fields", "What consent covers"),
    "gap_status": tr_noop("Fields", "GAP status"),
    "gap_status_date": tr_noop("Fields", "GAP status date"),
    "notes": tr_noop("Fields", "Notes"),
}


def field_word(field: str) -> str:
    """A registration field's name in the language shown; an unknown field as stored."""
    return tr("Fields", FIELD_WORDS[field]) if field in FIELD_WORDS else field
