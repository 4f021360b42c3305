"""Shared by the funds tests: answers for the shipped forms, and organisations of each kind."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.models import FormDefinition


def strong_answers(form: FormDefinition, overrides: Mapping[str, Any] | None = None) -> dict:
    """The best answer to every rating and yes/no statement of the form, with overrides."""
    overrides = overrides or {}
    answers: dict[str, Any] = {}
    for _section, question in form.questions():
        if question.id in overrides:
            answers[question.id] = overrides[question.id]
        elif question.type == "rating":
            answers[question.id] = len(question.levels or ()) or 4
        elif question.type == "yes_no_partly" and question.options:
            answers[question.id] = question.options[0].id
    return answers


def weak_section(form: FormDefinition, section_id: str) -> dict[str, Any]:
    """Overrides answering every statement of one section at its lowest."""
    overrides: dict[str, Any] = {}
    for section, question in form.questions():
        if section.id != section_id:
            continue
        if question.type == "rating":
            overrides[question.id] = 1
        elif question.type == "yes_no_partly" and question.options:
            overrides[question.id] = question.options[-1].id
    return overrides


# Four kinds of group the issue names, and a charity whose money section is weak.
INFORMAL_GROUP = {
    "name": "Dalton Street Mutual Aid",
    "legal_form": "informal_group",
    "postcode": "HD5 9AA",
    "ward": "Dalton",
    "themes": ["food"],
    "beneficiaries": ["everyone"],
    "income_band": "under_10k",
    "has_bank_account": False,
}
CIO = {
    "name": "Golcar Lily Community Hub",
    "legal_form": "cio_association",
    "charity_id": "1190001",
    "postcode": "HD7 4AA",
    "ward": "Colne Valley East",
    "themes": ["community_activities", "children_young_people_families"],
    "beneficiaries": ["children", "families"],
    "income_band": "25k_to_100k",
    "trustees_count": 5,
    "has_bank_account": True,
    "bank_signatories": 2,
    "policies": ["safeguarding", "health_safety"],
    "interested_in": ["grants", "community_asset_transfer"],
}
PARISH_COUNCIL = {
    "name": "Holme Valley Parish Council",
    "legal_form": "town_parish_council",
    "postcode": "HD9 3AA",
    "ward": "Holme Valley South",
    "themes": ["community_activities"],
    "beneficiaries": ["everyone"],
    "income_band": "100k_to_500k",
    "trustees_count": 22,
    "has_bank_account": True,
    "bank_signatories": 3,
    "policies": ["safeguarding"],
}
CIC = {
    "name": "Batley Bikes CIC",
    "legal_form": "cic",
    "company_id": "12345678",
    "postcode": "WF17 5AA",
    "ward": "Batley East",
    "themes": ["employment", "exercise_sport"],
    "beneficiaries": ["young_people"],
    "income_band": "500k_to_1m",
    "trustees_count": 2,
    "has_bank_account": True,
    "bank_signatories": 1,
    "policies": ["health_safety"],
}
CHARITY_WEAK_MONEY = {
    "name": "Heckmondwike Friends of the Park",
    "legal_form": "charitable_company",
    "postcode": "WF16 0AA",
    "ward": "Heckmondwike",
    "themes": ["volunteering_social_action", "environment_green_spaces"],
    "beneficiaries": ["everyone"],
    "income_band": "10k_to_25k",
    "trustees_count": 4,
    "has_bank_account": True,
    "bank_signatories": 2,
    "policies": ["safeguarding"],
}


def complete_assessment(
    services: Any, organisation_id: str, kind: str, overrides=None, stage=None
) -> str:
    """Start, answer strongly (with `overrides`) and complete an assessment; its id."""
    detail = services.assessments.start(organisation_id, kind, consent_given=True, stage=stage)
    form = services.assessments.form_for(detail.id)
    for question_id, value in strong_answers(form, overrides).items():
        services.assessments.record_answer(detail.id, question_id, value)
    services.assessments.complete(detail.id, allow_unanswered_required=True)
    return detail.id
