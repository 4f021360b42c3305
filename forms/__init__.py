"""The form language: form definitions, YAML loading, conditions, answers, scoring, consensus."""

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
