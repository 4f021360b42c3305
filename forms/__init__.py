"""The form language: form definitions, YAML loading, conditions, answers, scoring, consensus."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from forms.answers import DONT_KNOW, AnswerError, validate_answer
    from forms.conditions import Condition, ConditionError, parse_condition
    from forms.consensus import RatingSpread, summarise_group, summarise_ratings
    from forms.loader import (
        FormError,
        form_json_schema,
        load_form,
        load_form_text,
        resources_dir,
        shipped_forms,
    )
    from forms.localised import LocalisedText
    from forms.models import (
        CONDITION_FIELDS,
        FormDefinition,
        Option,
        Question,
        ScaleLevel,
        Section,
        SupportNeed,
        Thresholds,
    )
    from forms.scoring import AssessmentResult, score_assessment, visible_questions
    from forms.support import SupportCatalogue, SupportOffer, load_support_offers
    from forms.translations import QuestionTexts, question_texts
    from forms.versions import FormDiff, compare_forms, form_sha256

# Each name is imported from its module the first time it is asked for (PEP 562), so a
# process imports only the parts of the form language it uses: a report never needs
# `forms.versions` (form comparison, four pydantic models built at import).
_MODULE_OF = {
    "AnswerError": "forms.answers",
    "AssessmentResult": "forms.scoring",
    "CONDITION_FIELDS": "forms.models",
    "Condition": "forms.conditions",
    "ConditionError": "forms.conditions",
    "DONT_KNOW": "forms.answers",
    "FormDefinition": "forms.models",
    "FormDiff": "forms.versions",
    "FormError": "forms.loader",
    "LocalisedText": "forms.localised",
    "Option": "forms.models",
    "Question": "forms.models",
    "QuestionTexts": "forms.translations",
    "RatingSpread": "forms.consensus",
    "ScaleLevel": "forms.models",
    "Section": "forms.models",
    "SupportCatalogue": "forms.support",
    "SupportNeed": "forms.models",
    "SupportOffer": "forms.support",
    "Thresholds": "forms.models",
    "compare_forms": "forms.versions",
    "form_json_schema": "forms.loader",
    "form_sha256": "forms.versions",
    "load_form": "forms.loader",
    "load_form_text": "forms.loader",
    "load_support_offers": "forms.support",
    "parse_condition": "forms.conditions",
    "question_texts": "forms.translations",
    "resources_dir": "forms.loader",
    "score_assessment": "forms.scoring",
    "shipped_forms": "forms.loader",
    "summarise_group": "forms.consensus",
    "summarise_ratings": "forms.consensus",
    "validate_answer": "forms.answers",
    "visible_questions": "forms.scoring",
}

__all__ = [
    "DONT_KNOW",
    "CONDITION_FIELDS",
    "AnswerError",
    "AssessmentResult",
    "Condition",
    "ConditionError",
    "FormDefinition",
    "FormDiff",
    "FormError",
    "LocalisedText",
    "Option",
    "Question",
    "QuestionTexts",
    "RatingSpread",
    "ScaleLevel",
    "Section",
    "SupportCatalogue",
    "SupportNeed",
    "SupportOffer",
    "Thresholds",
    "compare_forms",
    "form_json_schema",
    "form_sha256",
    "load_form",
    "load_form_text",
    "load_support_offers",
    "parse_condition",
    "question_texts",
    "resources_dir",
    "score_assessment",
    "shipped_forms",
    "summarise_group",
    "summarise_ratings",
    "validate_answer",
    "visible_questions",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'forms' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
