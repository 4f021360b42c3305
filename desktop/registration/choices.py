"""Registration's fixed lists (ids stored, labels shown), field labels and field names."""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Fixed lists: (id, label). Ids are stored; labels are what people see.

Choices = tuple[tuple[str, str], ...]

LEGAL_FORMS: Choices = (
    ("unincorporated_association", "Unincorporated association"),
    ("trust", "Trust"),
    ("cio_association", "CIO (association model)"),
    ("cio_foundation", "CIO (foundation model)"),
    ("charitable_company", "Charitable company (limited by guarantee)"),
    ("company_limited_by_guarantee", "Company limited by guarantee (not a charity)"),
    ("cic", "Community interest company (CIC)"),
    ("cbs", "Community benefit society (CBS)"),
    ("cooperative", "Co-operative society"),
    ("faith_group", "Faith group"),
    ("informal_group", "Informal or mutual aid group"),
    # Town and parish councils take on buildings by asset transfer too (a statutory body:
    # neither a company with limited liability nor a body with an asset lock).
    ("town_parish_council", "Town or parish council"),
    ("other", "Other (say what)"),
)

THEMES: Choices = (
    ("community_activities", "Community groups and activities"),
    ("health_wellbeing", "Health, wellbeing and self-care"),
    ("volunteering_social_action", "Volunteering and social action"),
    ("social_prescribing", "Social prescribing"),
    ("sharing_resources", "Sharing resources (space, equipment, skills)"),
    ("food", "Food"),
    ("exercise_sport", "Exercise and sport"),
    ("arts_culture", "Arts and culture"),
    ("learning_skills", "Learning and skills"),
    ("children_young_people_families", "Children, young people and families"),
    ("older_people", "Older people"),
    ("disabled_people", "Disabled people"),
    ("mental_health", "Mental health"),
    ("employment", "Employment"),
    ("money_debt_housing", "Money, debt and housing advice"),
    ("environment_green_spaces", "Environment and green spaces"),
    ("faith", "Faith"),
    ("refugees_new_arrivals", "Refugees and new arrivals"),
    ("domestic_abuse_support", "Domestic abuse support"),
    ("other", "Other"),
)

BENEFICIARIES: Choices = (
    ("children", "Children"),
    ("young_people", "Young people"),
    ("families", "Families"),
    ("older_people", "Older people"),
    ("disabled_people", "Disabled people"),
    ("carers", "Carers"),
    ("mental_health_needs", "People with mental health needs"),
    ("refugees_new_arrivals", "Refugees and new arrivals"),
    ("low_income", "People on low incomes"),
    ("women", "Women"),
    ("men", "Men"),
    ("lgbtq", "LGBTQ+ people"),
    ("minority_ethnic", "Minority ethnic communities"),
    ("faith_communities", "Faith communities"),
    ("everyone", "Everyone in the area"),
    ("other", "Other (say who)"),
)

INCOME_BANDS: Choices = (
    ("under_10k", "Under £10k"),
    ("10k_to_25k", "£10k–£25k"),
    ("25k_to_100k", "£25k–£100k"),
    ("100k_to_500k", "£100k–£500k"),
    ("500k_to_1m", "£500k–£1m"),
    ("over_1m", "Over £1m"),
)

POLICIES: Choices = (
    ("safeguarding", "Safeguarding"),
    ("equality_inclusion", "Equality and inclusion"),
    ("data_protection", "Data protection / privacy notice"),
    ("health_safety", "Health and safety"),
    ("complaints", "Complaints"),
    ("volunteers", "Volunteer policy"),
    ("financial_procedures", "Financial procedures"),
)

INSURANCE: Choices = (
    ("public_liability", "Public liability"),
    ("employers_liability", "Employer's liability"),
    ("buildings", "Buildings"),
    ("contents", "Contents"),
    ("trustee_indemnity", "Trustee indemnity"),
    ("event", "Event"),
)

INTERESTS: Choices = (
    ("grants", "Grants"),
    ("community_asset_transfer", "Community asset transfer"),
    ("volunteering_support", "Volunteering support"),
    ("training", "Training"),
)

CONSENT_COVERS: Choices = (
    ("council_contact", "Contact by the council"),
    ("partner_sharing", "Sharing with partner organisations"),
    ("directory_listing", "Listing in the community directory"),
)

GAP_STATUSES: Choices = (
    ("registered", "Registered"),
    ("health_check_offered", "Health check offered"),
    ("health_check_done", "Health check done"),
)

# The areas-of-benefit choice that is not a ward.
WHOLE_DISTRICT = "whole_district"
WHOLE_DISTRICT_LABEL = "Whole district"

# What each field is called on the form; messages start with it.
FIELD_LABELS: dict[str, str] = {
    "name": "Name",
    "other_names": "Other names",
    "legal_form": "Legal form",
    "legal_form_other": "Legal form (other)",
    "charity_id": "Charity number",
    "company_id": "Company number",
    "mutuals_id": "Mutuals register number",
    "address_lines": "Address",
    "town": "Town",
    "postcode": "Postcode",
    "ward": "Ward",
    "ward_list": "Ward list",
    "district_area": "District committee area",
    "areas_of_benefit": "Areas of benefit",
    "themes": "Themes",
    "beneficiaries": "Who benefits",
    "beneficiaries_other": "Who benefits (other)",
    "year_founded": "Year founded",
    "income_band": "Annual income",
    "trustees_count": "Trustees / committee members",
    "staff_fte": "Paid staff (FTE)",
    "volunteers_count": "Regular volunteers",
    "has_bank_account": "Bank account",
    "bank_signatories": "Bank signatories",
    "policies": "Policies held",
    "insurance": "Insurance held",
    "interested_in": "Interested in",
    "cat_building": "Building for asset transfer",
    "contact_name": "Contact name",
    "contact_role": "Contact role",
    "contact_email": "Contact email",
    "contact_phone": "Contact phone",
    "contact_language": "Contact's preferred language",
    "consent_date": "Consent date",
    "consent_how": "How consent was given",
    "consent_covers": "What consent covers",
    "gap_status": "GAP status",
    "gap_status_date": "GAP status date",
    "notes": "Notes",
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
