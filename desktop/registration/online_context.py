"""The questions an online (Kobo / ODK) copy of our form asks before its own.

Online, nobody has picked the organisation from the register and the form can't read its
registration, so the exported form first asks the organisation's name and postcode (how the
council's import matches it) and every registration field the form's conditions read.
"""

from __future__ import annotations

from desktop.registration.choices import (
    BENEFICIARIES,
    FIELD_LABELS,
    INCOME_BANDS,
    INSURANCE,
    INTERESTS,
    LEGAL_FORMS,
    POLICIES,
    THEMES,
    Choices,
)
from forms.localised import LocalisedText as T
from forms.models import CONDITION_FIELDS, STAGE_FIELD, FormDefinition, Option, Question

ORG_NAME_FIELD = "gap_org_name"
ORG_POSTCODE_FIELD = "gap_org_postcode"

_SINGLE: dict[str, Choices] = {"legal_form": LEGAL_FORMS, "income_band": INCOME_BANDS}
_MULTIPLE: dict[str, Choices] = {
    "themes": THEMES,
    "beneficiaries": BENEFICIARIES,
    "policies": POLICIES,
    "insurance": INSURANCE,
    "interested_in": INTERESTS,
}
_NUMBERS = {"year_founded", "trustees_count", "staff_fte", "volunteers_count", "bank_signatories"}
_YES_NO = {"has_bank_account", "cat_building"}


def fields_read_by(form: FormDefinition) -> list[str]:
    """Registration fields named in the form's conditions, in form order."""
    found: list[str] = []
    for _section, question in form.questions():
        conditions = [question.relevant]
        if question.support_need is not None:
            conditions.append(question.support_need.when)
        for text in conditions:
            if not text:
                continue
            from forms.conditions import parse_condition

            for name in sorted(parse_condition(text).names):
                if name in CONDITION_FIELDS and name not in found:
                    found.append(name)
    return found


def context_questions(form: FormDefinition) -> list[Question]:
    """Name and postcode first, then a question for each registration field the form reads."""
    questions = [
        Question(
            id=ORG_NAME_FIELD, type="text", text=T("Your organisation's name"), max_length=200
        ),
        Question(
            id=ORG_POSTCODE_FIELD,
            type="text",
            text=T("Your organisation's postcode"),
            help=T("The postcode you registered with the council."),
            max_length=10,
        ),
    ]
    for name in fields_read_by(form):
        questions.append(_question_for(name))
    if form.stages and _reads_stage(form):
        # a CAT form's statements for one stage read `cat_stage`: ask which stage it is
        questions.append(
            Question(
                id=STAGE_FIELD,
                type="choice",
                text=T("Which stage of the asset transfer are you at?"),
                options=[Option(id=stage.id, label=stage.title) for stage in form.stages],
            )
        )
    return questions


def _reads_stage(form: FormDefinition) -> bool:
    from forms.conditions import parse_condition

    return any(
        STAGE_FIELD in parse_condition(question.relevant).names
        for _section, question in form.questions()
        if question.relevant
    )


def _options(choices: Choices) -> list[Option]:
    return [Option(id=choice_id, label=T(label)) for choice_id, label in choices]


def _question_for(name: str) -> Question:
    label = T(FIELD_LABELS.get(name, name.replace("_", " ").capitalize()))
    if name in _SINGLE:
        return Question(id=name, type="choice", text=label, options=_options(_SINGLE[name]))
    if name in _MULTIPLE:
        return Question(id=name, type="multi_choice", text=label, options=_options(_MULTIPLE[name]))
    if name in _NUMBERS:
        return Question(id=name, type="number", text=label, integer=name != "staff_fte", min=0)
    if name in _YES_NO:
        yes_no = [Option(id="yes", label=T("Yes")), Option(id="no", label=T("No"))]
        return Question(id=name, type="choice", text=label, options=yes_no)
    return Question(id=name, type="text", text=label, required=False, max_length=200)
