"""Registration's fixed lists (ids stored, labels shown), field labels and field names."""

from __future__ import annotations

# Labels are marked for the screens' translations (desktop.ui.i18n.tr, context Registration);
# tr_noop returns them unchanged, so what is stored and exported stays English.
from desktop.format import tr_noop

# ---------------------------------------------------------------------------------------------
# Fixed lists: (id, label). Ids are stored; labels are what people see.

Choices = tuple[tuple[str, str], ...]

LEGAL_FORMS: Choices = (
    ("unincorporated_association", tr_noop("Registration", "Unincorporated association")),
    ("trust", tr_noop("Registration", "Trust")),
    ("cio_association", tr_noop("Registration", "CIO (association model)")),
    ("cio_foundation", tr_noop("Registration", "CIO (foundation model)")),
    ("charitable_company", tr_noop("Registration", "Charitable company (limited by guarantee)")),
    (
        "company_limited_by_guarantee",
        tr_noop("Registration", "Company limited by guarantee (not a charity)"),
    ),
    ("cic", tr_noop("Registration", "Community interest company (CIC)")),
    ("cbs", tr_noop("Registration", "Community benefit society (CBS)")),
    ("cooperative", tr_noop("Registration", "Co-operative society")),
    ("faith_group", tr_noop("Registration", "Faith group")),
    ("informal_group", tr_noop("Registration", "Informal or mutual aid group")),
    # Town and parish councils take on buildings by asset transfer too (a statutory body:
    # neither a company with limited liability nor a body with an asset lock).
    ("town_parish_council", tr_noop("Registration", "Town or parish council")),
    ("other", tr_noop("Registration", "Other (say what)")),
)

THEMES: Choices = (
    ("community_activities", tr_noop("Registration", "Community groups and activities")),
    ("health_wellbeing", tr_noop("Registration", "Health, wellbeing and self-care")),
    ("volunteering_social_action", tr_noop("Registration", "Volunteering and social action")),
    ("social_prescribing", tr_noop("Registration", "Social prescribing")),
    ("sharing_resources", tr_noop("Registration", "Sharing resources (space, equipment, skills)")),
    ("food", tr_noop("Registration", "Food")),
    ("exercise_sport", tr_noop("Registration", "Exercise and sport")),
    ("arts_culture", tr_noop("Registration", "Arts and culture")),
    ("learning_skills", tr_noop("Registration", "Learning and skills")),
    (
        "children_young_people_families",
        tr_noop("Registration", "Children, young people and families"),
    ),
    ("older_people", tr_noop("Registration", "Older people")),
    ("disabled_people", tr_noop("Registration", "Disabled people")),
    ("mental_health", tr_noop("Registration", "Mental health")),
    ("employment", tr_noop("Registration", "Employment")),
    ("money_debt_housing", tr_noop("Registration", "Money, debt and housing advice")),
    ("environment_green_spaces", tr_noop("Registration", "Environment and green spaces")),
    ("faith", tr_noop("Registration", "Faith")),
    ("refugees_new_arrivals", tr_noop("Registration", "Refugees and new arrivals")),
    ("domestic_abuse_support", tr_noop("Registration", "Domestic abuse support")),
    ("other", tr_noop("Registration", "Other")),
)

BENEFICIARIES: Choices = (
    ("children", tr_noop("Registration", "Children")),
    ("young_people", tr_noop("Registration", "Young people")),
    ("families", tr_noop("Registration", "Families")),
    ("older_people", tr_noop("Registration", "Older people")),
    ("disabled_people", tr_noop("Registration", "Disabled people")),
    ("carers", tr_noop("Registration", "Carers")),
    ("mental_health_needs", tr_noop("Registration", "People with mental health needs")),
    ("refugees_new_arrivals", tr_noop("Registration", "Refugees and new arrivals")),
    ("low_income", tr_noop("Registration", "People on low incomes")),
    ("women", tr_noop("Registration", "Women")),
    ("men", tr_noop("Registration", "Men")),
    ("lgbtq", tr_noop("Registration", "LGBTQ+ people")),
    ("minority_ethnic", tr_noop("Registration", "Minority ethnic communities")),
    ("faith_communities", tr_noop("Registration", "Faith communities")),
    ("everyone", tr_noop("Registration", "Everyone in the area")),
    ("other", tr_noop("Registration", "Other (say who)")),
)

INCOME_BANDS: Choices = (
    ("under_10k", tr_noop("Registration", "Under £10k")),
    ("10k_to_25k", tr_noop("Registration", "£10k–£25k")),
    ("25k_to_100k", tr_noop("Registration", "£25k–£100k")),
    ("100k_to_500k", tr_noop("Registration", "£100k–£500k")),
    ("500k_to_1m", tr_noop("Registration", "£500k–£1m")),
    ("over_1m", tr_noop("Registration", "Over £1m")),
)

POLICIES: Choices = (
    ("safeguarding", tr_noop("Registration", "Safeguarding")),
    ("equality_inclusion", tr_noop("Registration", "Equality and inclusion")),
    ("data_protection", tr_noop("Registration", "Data protection / privacy notice")),
    ("health_safety", tr_noop("Registration", "Health and safety")),
    ("complaints", tr_noop("Registration", "Complaints")),
    ("volunteers", tr_noop("Registration", "Volunteer policy")),
    ("financial_procedures", tr_noop("Registration", "Financial procedures")),
)

INSURANCE: Choices = (
    ("public_liability", tr_noop("Registration", "Public liability")),
    ("employers_liability", tr_noop("Registration", "Employer's liability")),
    ("buildings", tr_noop("Registration", "Buildings")),
    ("contents", tr_noop("Registration", "Contents")),
    ("trustee_indemnity", tr_noop("Registration", "Trustee indemnity")),
    ("event", tr_noop("Registration", "Event")),
)

INTERESTS: Choices = (
    ("grants", tr_noop("Registration", "Grants")),
    ("community_asset_transfer", tr_noop("Registration", "Community asset transfer")),
    ("volunteering_support", tr_noop("Registration", "Volunteering support")),
    ("training", tr_noop("Registration", "Training")),
)

CONSENT_COVERS: Choices = (
    ("council_contact", tr_noop("Registration", "Contact by the council")),
    ("partner_sharing", tr_noop("Registration", "Sharing with partner organisations")),
    ("directory_listing", tr_noop("Registration", "Listing in the community directory")),
)

GAP_STATUSES: Choices = (
    ("registered", tr_noop("Registration", "Registered")),
    ("health_check_offered", tr_noop("Registration", "Health check offered")),
    ("health_check_done", tr_noop("Registration", "Health check done")),
)

# The areas-of-benefit choice that is not a ward.
WHOLE_DISTRICT = "whole_district"
WHOLE_DISTRICT_LABEL = tr_noop("Registration", "Whole district")

# What each field is called on the form; messages start with it.
FIELD_LABELS: dict[str, str] = {
    "name": tr_noop("Registration", "Name"),
    "other_names": tr_noop("Registration", "Other names"),
    "legal_form": tr_noop("Registration", "Legal form"),
    "legal_form_other": tr_noop("Registration", "Legal form (other)"),
    "charity_id": tr_noop("Registration", "Charity number"),
    "company_id": tr_noop("Registration", "Company number"),
    "mutuals_id": tr_noop("Registration", "Mutuals register number"),
    "address_lines": tr_noop("Registration", "Address"),
    "town": tr_noop("Registration", "Town"),
    "postcode": tr_noop("Registration", "Postcode"),
    "ward": tr_noop("Registration", "Ward"),
    "ward_list": tr_noop("Registration", "Ward list"),
    "district_area": tr_noop("Registration", "District committee area"),
    "areas_of_benefit": tr_noop("Registration", "Areas of benefit"),
    "themes": tr_noop("Registration", "Themes"),
    "beneficiaries": tr_noop("Registration", "Who benefits"),
    "beneficiaries_other": tr_noop("Registration", "Who benefits (other)"),
    "year_founded": tr_noop("Registration", "Year founded"),
    "income_band": tr_noop("Registration", "Annual income"),
    "trustees_count": tr_noop("Registration", "Trustees / committee members"),
    "staff_fte": tr_noop("Registration", "Paid staff (FTE)"),
    "volunteers_count": tr_noop("Registration", "Regular volunteers"),
    "has_bank_account": tr_noop("Registration", "Bank account"),
    "bank_signatories": tr_noop("Registration", "Bank signatories"),
    "policies": tr_noop("Registration", "Policies held"),
    "insurance": tr_noop("Registration", "Insurance held"),
    "interested_in": tr_noop("Registration", "Interested in"),
    "cat_building": tr_noop("Registration", "Building for asset transfer"),
    "contact_name": tr_noop("Registration", "Contact name"),
    "contact_role": tr_noop("Registration", "Contact role"),
    "contact_email": tr_noop("Registration", "Contact email"),
    "contact_phone": tr_noop("Registration", "Contact phone"),
    "contact_language": tr_noop("Registration", "Contact's preferred language"),
    "consent_date": tr_noop("Registration", "Consent date"),
    "consent_how": tr_noop("Registration", "How consent was given"),
    "consent_covers": tr_noop("Registration", "What consent covers"),
    "gap_status": tr_noop("Registration", "GAP status"),
    "gap_status_date": tr_noop("Registration", "GAP status date"),
    "notes": tr_noop("Registration", "Notes"),
}

REGISTRATION_FIELDS: tuple[str, ...] = tuple(FIELD_LABELS)

# Keys a stored record carries besides its registration fields; validation ignores them so a
# record read back from the store can be validated as it is.
BOOKKEEPING_KEYS = frozenset(
    {
        "id",
        "created_at",
        "modified_at",
        "modified_by",
        "rev",
        "deleted_at",
        "change_seq",
        "field_stamps",
        "_stamps",
    }
)


def label_of(choices: Choices, choice_id: str) -> str:
    """The label people see for a stored choice id (the id itself if the list lacks it)."""
    for cid, label in choices:
        if cid == choice_id:
            return label
    return choice_id
