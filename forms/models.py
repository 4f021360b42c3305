"""The models of a form definition: form, rating scale, sections, questions, options, support needs.

Pydantic checks the shape (fields, types); `form_problems` checks the meaning (ids, levels,
conditions, support needs) and returns every problem with its path, so the loader can name
the file, the path and the YAML line. Validating a definition from JSON (`model_validate`)
runs the same checks and round-trips `model_dump(mode="json")` exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)

from forms.conditions import Condition, ConditionError, compared_values, parse_condition
from forms.localised import LocalisedText

QuestionType = Literal[
    "rating", "yes_no_partly", "choice", "multi_choice", "number", "text", "date"
]
QUESTION_TYPES: tuple[str, ...] = (
    "rating",
    "yes_no_partly",
    "choice",
    "multi_choice",
    "number",
    "text",
    "date",
)
OPTION_TYPES = frozenset({"yes_no_partly", "choice", "multi_choice"})
FormKind = Literal["health_check", "cat_readiness"]

# Option shorthands a form may write as a bare word: `options: [yes, partly, no, not_sure]`.
# The scores make yes/partly/no count like ratings (yes = 100, partly = 50, no = 0);
# "not sure" and "not applicable" are answers, but not scored.
# Their labels carry the shipped languages; a form that wants other words (or another
# language) writes the option out in full: {id: yes, label: {en: Yes, so: Haa}, score: 100}.
OPTION_SHORTHANDS: dict[str, tuple[LocalisedText, float | None]] = {
    "yes": (LocalisedText("Yes", {"ur": "ہاں", "pa": "ਹਾਂ", "pl": "Tak"}), 100.0),
    "partly": (
        LocalisedText("Partly", {"ur": "جزوی طور پر", "pa": "ਕੁਝ ਹੱਦ ਤੱਕ", "pl": "Częściowo"}),
        50.0,
    ),
    "in_progress": (
        LocalisedText("In progress", {"ur": "جاری ہے", "pa": "ਚੱਲ ਰਿਹਾ ਹੈ", "pl": "W toku"}),
        50.0,
    ),
    "no": (LocalisedText("No", {"ur": "نہیں", "pa": "ਨਹੀਂ", "pl": "Nie"}), 0.0),
    "not_sure": (
        LocalisedText("Not sure", {"ur": "یقین نہیں", "pa": "ਪੱਕਾ ਨਹੀਂ", "pl": "Trudno powiedzieć"}),
        None,
    ),
    "not_applicable": (
        LocalisedText(
            "Not applicable", {"ur": "لاگو نہیں ہوتا", "pa": "ਲਾਗੂ ਨਹੀਂ", "pl": "Nie dotyczy"}
        ),
        None,
    ),
}
DEFAULT_YES_NO_PARTLY = ("yes", "partly", "no")

# The answer a rating question accepts when it says `allow_not_applicable: true`.
NOT_APPLICABLE = "not_applicable"

# The registration fields a form condition may name (a subset of the register's fields in
# desktop/registration/choices.py; form ids may not reuse them).
CONDITION_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "other_names",
        "legal_form",
        "legal_form_other",
        "charity_id",
        "company_id",
        "mutuals_id",
        "town",
        "postcode",
        "ward",
        "district_area",
        "areas_of_benefit",
        "themes",
        "beneficiaries",
        "year_founded",
        "income_band",
        "trustees_count",
        "staff_fte",
        "volunteers_count",
        "has_bank_account",
        "bank_signatories",
        "policies",
        "insurance",
        "interested_in",
        "cat_building",
        "gap_status",
    }
)

# Names a condition may use besides questions and registration fields: the CAT stage the
# assessment is for (a stage id), so statements that only fit one stage can be shown then.
STAGE_FIELD = "cat_stage"
CONTEXT_FIELDS: frozenset[str] = frozenset({STAGE_FIELD})

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,79}$")
FORM_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_-]{0,79}$")

Path = tuple[str | int, ...]


class _Strict(BaseModel):
    # Validators are built the first time a form is validated, not at import: a process that
    # reads its forms from the model cache (forms.model_cache) never validates one.
    model_config = ConfigDict(extra="forbid", validate_assignment=False, defer_build=True)


class ScaleLevel(_Strict):
    """One level of the rating scale, such as 3 "In place"."""

    level: int
    name: LocalisedText
    meaning: LocalisedText = LocalisedText("")


def _default_scale() -> list[ScaleLevel]:
    T = LocalisedText
    return [
        ScaleLevel(
            level=1,
            name=T("Not yet", {"ur": "ابھی نہیں", "pa": "ਹਾਲੇ ਨਹੀਂ", "pl": "Jeszcze nie"}),
            meaning=T(
                "not in place, or not started",
                {
                    "ur": "موجود نہیں، یا شروع نہیں ہوا",
                    "pa": "ਲਾਗੂ ਨਹੀਂ, ਜਾਂ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਇਆ",
                    "pl": "nie ma tego albo jeszcze nie zaczęliśmy",
                },
            ),
        ),
        ScaleLevel(
            level=2,
            name=T(
                "Getting there", {"ur": "پیش رفت ہو رہی ہے", "pa": "ਪਹੁੰਚ ਰਹੇ ਹਾਂ", "pl": "W drodze"}
            ),
            meaning=T(
                "started or partly in place, not yet reliable",
                {
                    "ur": "شروع ہو چکا ہے یا جزوی طور پر موجود ہے، ابھی قابلِ اعتماد نہیں",
                    "pa": "ਸ਼ੁਰੂ ਹੋ ਗਿਆ ਜਾਂ ਕੁਝ ਹੱਦ ਤੱਕ ਲਾਗੂ, ਹਾਲੇ ਭਰੋਸੇਯੋਗ ਨਹੀਂ",
                    "pl": "zaczęte lub częściowo wdrożone, jeszcze niepewne",
                },
            ),
        ),
        ScaleLevel(
            level=3,
            name=T("In place", {"ur": "موجود ہے", "pa": "ਲਾਗੂ ਹੈ", "pl": "Działa"}),
            meaning=T(
                "in place and working most of the time",
                {
                    "ur": "موجود ہے اور زیادہ تر وقت کام کرتا ہے",
                    "pa": "ਲਾਗੂ ਹੈ ਅਤੇ ਜ਼ਿਆਦਾਤਰ ਸਮਾਂ ਕੰਮ ਕਰਦਾ ਹੈ",
                    "pl": "wdrożone i przez większość czasu działa",
                },
            ),
        ),
        ScaleLevel(
            level=4,
            name=T("Strong", {"ur": "مضبوط", "pa": "ਮਜ਼ਬੂਤ", "pl": "Mocna strona"}),
            meaning=T(
                "well established, reviewed, and could help others",
                {
                    "ur": "اچھی طرح قائم، باقاعدہ جائزہ، اور دوسروں کی مدد کر سکتے ہیں",
                    "pa": "ਚੰਗੀ ਤਰ੍ਹਾਂ ਸਥਾਪਿਤ, ਸਮੀਖਿਆ ਹੁੰਦੀ ਹੈ, ਅਤੇ ਦੂਜਿਆਂ ਦੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ",
                    "pl": "dobrze ugruntowane, regularnie przeglądane, możemy pomóc innym",
                },
            ),
        ),
    ]


DEFAULT_DONT_KNOW = LocalisedText(
    "Don't know", {"ur": "معلوم نہیں", "pa": "ਪਤਾ ਨਹੀਂ", "pl": "Nie wiem"}
)


class Thresholds(_Strict):
    """Score bands (0-100): green at or above `green`, amber at or above `amber`, else red.

    A red section is a priority for support. `ready` is the score every section needs for
    a CAT "Ready" verdict.
    """

    green: float = 60.0
    amber: float = 40.0
    ready: float = 60.0


class Option(_Strict):
    """One answer a yes/no/partly or choice question offers; `score` None means not scored."""

    id: str
    label: LocalisedText
    score: float | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _yaml_booleans_are_yes_and_no(cls, value: Any) -> Any:
        # YAML 1.1 reads a bare yes/no as a boolean; the officer meant the word.
        if value is True:
            return "yes"
        if value is False:
            return "no"
        return value


class SupportNeed(_Strict):
    """The support theme a question raises, and when.

    Rating questions raise it at or below `at_or_below` (default 2); questions with options
    when the answer is one of `answers` (default: the scored options at or below 50, such as
    partly and no); any question when its `when` condition holds (which may name the
    question itself, e.g. `governance_2 < 3`).
    """

    theme: str
    at_or_below: int | None = None
    answers: list[str] | None = None
    when: str | None = None
    offer: str | None = None

    @field_validator("answers", mode="before")
    @classmethod
    def _answer_booleans(cls, value: Any) -> Any:
        if isinstance(value, list):
            return ["yes" if v is True else "no" if v is False else v for v in value]
        return value


class Question(_Strict):
    """One statement or question of a form."""

    id: str
    type: QuestionType
    text: LocalisedText
    help: LocalisedText | None = None
    note_prompt: LocalisedText | None = None
    required: bool = True
    relevant: str | None = None
    weight: float = Field(default=1.0, ge=0)
    gateway: bool = False
    support_need: SupportNeed | None = None
    # rating
    levels: list[LocalisedText] | None = None
    allow_not_applicable: bool = False
    # yes_no_partly, choice, multi_choice
    options: list[Option] | None = None
    min_choices: int | None = None
    max_choices: int | None = None
    # number
    min: float | None = None
    max: float | None = None
    unit: LocalisedText | None = None
    integer: bool = False
    # text
    max_length: int | None = None
    # what to say when a required question is left (XLSForm's required_message)
    required_message: LocalisedText | None = None
    # a condition the answer must meet, naming only this question (XLSForm's constraint)
    constraint: str | None = None
    constraint_message: LocalisedText | None = None
    # the id this question had in the earlier version of the form: a draft moved to this
    # version brings that question's answer here (forms.versions.answer_sources)
    replaces: str | None = None

    @model_serializer(mode="wrap")
    def _leave_out_unset_replaces(self, handler: SerializerFunctionWrapHandler) -> Any:
        # A form without `replaces` dumps exactly as before the field existed, so its
        # fingerprint (and every stored snapshot's) stays the same.
        data = handler(self)
        if isinstance(data, dict) and data.get("replaces") is None:
            data.pop("replaces", None)
        return data

    @field_validator("options", mode="before")
    @classmethod
    def _expand_option_shorthands(cls, value: Any) -> Any:
        if not isinstance(value, list):
            return value
        expanded: list[Any] = []
        for item in value:
            if item is True:
                item = "yes"
            elif item is False:
                item = "no"
            if isinstance(item, str) and item in OPTION_SHORTHANDS:
                label, score = OPTION_SHORTHANDS[item]
                expanded.append({"id": item, "label": label, "score": score})
            elif isinstance(item, str):
                raise ValueError(
                    f"'{item}' is not a known option word ({', '.join(OPTION_SHORTHANDS)}); "
                    "write other options as {id: ..., label: ...}"
                )
            else:
                expanded.append(item)
        return expanded

    @model_validator(mode="after")
    def _fill_defaults(self) -> Question:
        if self.type == "yes_no_partly" and self.options is None:
            self.options = [
                Option(id=key, label=OPTION_SHORTHANDS[key][0], score=OPTION_SHORTHANDS[key][1])
                for key in DEFAULT_YES_NO_PARTLY
            ]
        need = self.support_need
        if need is not None and need.when is None:
            if self.type == "rating" and need.at_or_below is None:
                need.at_or_below = 2
            elif self.options and need.answers is None and self.is_scored:
                need.answers = [o.id for o in self.options if o.score is not None and o.score <= 50]
        return self

    @property
    def is_scored(self) -> bool:
        """Whether answers to this question count towards its section's score."""
        if self.type == "rating":
            return True
        if self.type in ("yes_no_partly", "choice") and self.options:
            return any(option.score is not None for option in self.options)
        return False

    def option(self, option_id: str) -> Option | None:
        """The option with this id, if the question has it."""
        for option in self.options or ():
            if option.id == option_id:
                return option
        return None

    def relevant_condition(self) -> Condition | None:
        """The parsed `relevant` condition (cached), or None when always shown."""
        return parse_condition(self.relevant) if self.relevant else None


class Section(_Strict):
    """A section of a form: a page of related statements, scored together."""

    id: str
    title: LocalisedText
    intro: LocalisedText | None = None
    weight: float = Field(default=1.0, ge=0)
    thresholds: Thresholds | None = None
    questions: list[Question]


class MustMeet(_Strict):
    """A condition a group must meet at a CAT stage, such as "a written business plan".

    `met` is a condition on answers and registration fields that holds when it is met (a
    missing or "don't know" answer makes `>=` false, so it is then unmet). `applies`, when
    given, limits it to some groups (for example `legal_form == "town_parish_council"`).
    """

    id: str
    text: LocalisedText
    met: str
    applies: str | None = None
    help: LocalisedText | None = None


class Stage(_Strict):
    """What an assessment is for, chosen when it starts.

    A CAT form's stages are the steps of a transfer, each with must-meet conditions for the
    verdict. A health check's stages are how much of it a session covers (key statements or
    the full check): no conditions, only `relevant` conditions that read `cat_stage`.
    """

    id: str
    title: LocalisedText
    description: LocalisedText | None = None
    must_meet: list[MustMeet] = Field(default_factory=list)


class FormDefinition(_Strict):
    """A whole form: the health check or the CAT readiness assessment."""

    id: str
    version: str
    title: LocalisedText
    kind: FormKind
    description: LocalisedText | None = None
    rating_scale: list[ScaleLevel] = Field(default_factory=_default_scale)
    dont_know_label: LocalisedText = DEFAULT_DONT_KNOW
    thresholds: Thresholds = Field(default_factory=Thresholds)
    sections: list[Section]
    # The stages an assessment may be for: CAT steps with must-meet conditions, or a health
    # check's depth. Statements read the chosen one as `cat_stage` in conditions.
    stages: list[Stage] = Field(default_factory=list)
    # The stage used when an assessment names none (one started before stages existed).
    default_stage: str | None = None

    @model_validator(mode="after")
    def _check_meaning(self, info: ValidationInfo) -> FormDefinition:
        # The loader validates the shape first and then reports every problem with its line.
        if info.context and info.context.get("defer_checks"):
            return self
        problems = form_problems(self)
        if problems:
            path, message = problems[0]
            where = format_path(path)
            raise ValueError(f"{where + ': ' if where else ''}{message}")
        return self

    def questions(self) -> Iterator[tuple[Section, Question]]:
        """Every question in form order, with its section."""
        for section in self.sections:
            for question in section.questions:
                yield section, question

    def question(self, question_id: str) -> Question:
        """The question with this id; KeyError if the form has none."""
        for _, question in self.questions():
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def stage(self, stage_id: str | None) -> Stage | None:
        """The stage with this id, or the default stage when `stage_id` is None.

        None when the form has no stages; KeyError when it has none with this id.
        """
        if not self.stages:
            return None
        wanted = stage_id or self.default_stage or self.stages[0].id
        for stage in self.stages:
            if stage.id == wanted:
                return stage
        raise KeyError(wanted)

    def section_thresholds(self, section: Section) -> Thresholds:
        """The section's own thresholds, or the form's."""
        return section.thresholds or self.thresholds


def format_path(path: Path) -> str:
    """`("sections", 2, "questions", 4, "levels")` -> `sections[2].questions[4].levels`."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def level_score(level: int, levels: int = 4) -> float:
    """A rating level as 0-100: the lowest level is 0, the highest 100."""
    return (level - 1) * 100.0 / (levels - 1)


# ---------------------------------------------------------------------------------------------
# Checks of meaning


_TYPE_ONLY_FIELDS: dict[str, tuple[str, ...]] = {
    "levels": ("rating",),
    "allow_not_applicable": ("rating",),
    "options": ("yes_no_partly", "choice", "multi_choice"),
    "min_choices": ("multi_choice",),
    "max_choices": ("multi_choice",),
    "min": ("number",),
    "max": ("number",),
    "unit": ("number",),
    "integer": ("number",),
    "max_length": ("text",),
    "constraint": ("number", "text", "date", "choice", "multi_choice"),
    "constraint_message": ("number", "text", "date", "choice", "multi_choice"),
}


def form_problems(form: FormDefinition) -> list[tuple[Path, str]]:
    """Every problem of meaning in a form, as (path inside the form, message), in file order."""
    problems: list[tuple[Path, str]] = []

    def add(path: Path, message: str) -> None:
        problems.append((path, message))

    if not FORM_ID_PATTERN.match(form.id):
        add(
            ("id",),
            f"the form id '{form.id}' must be lower-case letters, digits, '-' or '_', "
            "starting with a letter",
        )
    if not form.version.strip():
        add(("version",), 'the version must not be empty (for example "1.0")')
    if not form.title.strip():
        add(("title",), "the title must not be empty")
    _check_scale(form, add)
    _check_thresholds(form.thresholds, ("thresholds",), add)
    if not form.sections:
        add(("sections",), "a form needs at least one section")

    section_ids: dict[str, int] = {}
    question_ids: dict[str, Path] = {}
    order: dict[str, int] = {}
    for section in form.sections:
        for question in section.questions:
            order.setdefault(question.id, len(order))
    questions_by_id = _questions_by_id(form)  # once: conditions of every question look it up
    position = 0
    for s_index, section in enumerate(form.sections):
        s_path: Path = ("sections", s_index)
        if not ID_PATTERN.match(section.id):
            add((*s_path, "id"), _bad_id_message("section", section.id))
        elif section.id in section_ids:
            add(
                (*s_path, "id"),
                f"the section id '{section.id}' is used twice "
                f"(also sections[{section_ids[section.id]}]); each section needs its own id",
            )
        else:
            section_ids[section.id] = s_index
        if not section.title.strip():
            add((*s_path, "title"), "the section title must not be empty")
        if section.thresholds is not None:
            _check_thresholds(section.thresholds, (*s_path, "thresholds"), add)
        if not section.questions:
            add((*s_path, "questions"), "a section needs at least one question")
        for q_index, question in enumerate(section.questions):
            q_path: Path = (*s_path, "questions", q_index)
            if not ID_PATTERN.match(question.id):
                add((*q_path, "id"), _bad_id_message("question", question.id))
            elif question.id in question_ids:
                add(
                    (*q_path, "id"),
                    f"the question id '{question.id}' is used twice (also at "
                    f"{format_path(question_ids[question.id])}); each question needs its own id",
                )
            elif question.id in CONDITION_FIELDS or question.id in CONTEXT_FIELDS:
                add(
                    (*q_path, "id"),
                    f"the question id '{question.id}' is also a registration field; "
                    "choose another id so conditions are not ambiguous",
                )
            else:
                question_ids[question.id] = q_path
            _check_question(form, question, q_path, position, order, add, questions_by_id)
            position += 1
    _check_replaces(form, add)
    _check_stages(form, order, add)
    return problems


def _check_replaces(form: FormDefinition, add: Any) -> None:
    """`replaces` names an id of the earlier version: not one still used in this form, and
    each earlier id carried to one question only."""
    ids = {question.id for _section, question in form.questions()}
    claimed: dict[str, str] = {}
    for s_index, section in enumerate(form.sections):
        for q_index, question in enumerate(section.questions):
            old = question.replaces
            if old is None:
                continue
            path: Path = ("sections", s_index, "questions", q_index, "replaces")
            if not ID_PATTERN.match(old):
                add(path, _bad_id_message("replaced question", old))
            elif old in ids:
                add(
                    path,
                    f"'{old}' is still a question of this form; `replaces` names an id the "
                    "earlier version used and this one no longer does",
                )
            elif old in claimed:
                add(
                    path,
                    f"'{old}' is already replaced by '{claimed[old]}'; an earlier answer can "
                    "move to one question only",
                )
            else:
                claimed[old] = question.id


def _check_stages(form: FormDefinition, order: dict[str, int], add: Any) -> None:
    """Stage ids are unique, and every must-meet condition names only known answers."""
    stage_ids: set[str] = set()
    questions = _questions_by_id(form)
    after_every_question = len(order)
    for s_index, stage in enumerate(form.stages):
        s_path: Path = ("stages", s_index)
        if not ID_PATTERN.match(stage.id):
            add((*s_path, "id"), _bad_id_message("stage", stage.id))
        elif stage.id in stage_ids:
            add((*s_path, "id"), f"the stage id '{stage.id}' is used twice")
        stage_ids.add(stage.id)
        if not stage.title.strip():
            add((*s_path, "title"), "the stage title must not be empty")
        condition_ids: set[str] = set()
        for c_index, condition in enumerate(stage.must_meet):
            c_path: Path = (*s_path, "must_meet", c_index)
            if not ID_PATTERN.match(condition.id):
                add((*c_path, "id"), _bad_id_message("condition", condition.id))
            elif condition.id in condition_ids:
                add((*c_path, "id"), f"the condition id '{condition.id}' is used twice here")
            condition_ids.add(condition.id)
            if not condition.text.strip():
                add((*c_path, "text"), "a must-meet condition needs its text")
            for key in ("met", "applies"):
                text = getattr(condition, key)
                if text is None:
                    continue
                _check_stage_condition(
                    text, (*c_path, key), order, after_every_question, add, questions
                )
    if form.default_stage is not None and form.default_stage not in stage_ids:
        add(
            ("default_stage",),
            f"the default stage '{form.default_stage}' is not one of the stages "
            f"({', '.join(sorted(stage_ids)) or 'none'})",
        )
    if form.kind != "cat_readiness":
        for s_index, stage in enumerate(form.stages):
            if stage.must_meet:
                add(
                    ("stages", s_index, "must_meet"),
                    "only a cat_readiness form has must-meet conditions (a verdict); "
                    "a health check's stages only choose which statements are asked",
                )


def _check_stage_condition(
    text: str,
    path: Path,
    order: dict[str, int],
    position: int,
    add: Any,
    questions: dict[str, Question],
) -> None:
    # A must-meet condition is read after every answer is given, so it may name any question.
    placeholder = Question(id="stage_condition", type="text", text=LocalisedText("condition"))
    _check_condition(text, path, placeholder, position, order, False, add, questions)


def _bad_id_message(what: str, value: str) -> str:
    return (
        f"the {what} id '{value}' must be lower-case letters, digits and '_', starting with a "
        "letter (for example purpose_1)"
    )


def _check_scale(form: FormDefinition, add: Any) -> None:
    levels = [level.level for level in form.rating_scale]
    if levels != [1, 2, 3, 4]:
        add(
            ("rating_scale",),
            f"the rating scale needs exactly 4 levels numbered 1, 2, 3, 4 in order; found {levels}",
        )
    for index, level in enumerate(form.rating_scale):
        if not level.name.strip():
            add(("rating_scale", index, "name"), "each rating level needs a name")


def _check_thresholds(thresholds: Thresholds, path: Path, add: Any) -> None:
    for name in ("green", "amber", "ready"):
        value = getattr(thresholds, name)
        if not 0 <= value <= 100:
            add((*path, name), f"'{name}' must be a score from 0 to 100; found {value:g}")
    if thresholds.amber > thresholds.green:
        add(
            (*path, "amber"),
            f"'amber' ({thresholds.amber:g}) must not be above 'green' ({thresholds.green:g})",
        )


def _check_question(
    form: FormDefinition,
    question: Question,
    path: Path,
    position: int,
    order: dict[str, int],
    add: Any,
    questions_by_id: dict[str, Question],
) -> None:
    kind = question.type
    if not question.text.strip():
        add((*path, "text"), "the question text must not be empty")
    for field_name, types in _TYPE_ONLY_FIELDS.items():
        value = getattr(question, field_name)
        default = Question.model_fields[field_name].default
        if value != default and kind not in types:
            add(
                (*path, field_name),
                f"'{field_name}' is only for {' or '.join(types)} questions, not {kind} questions",
            )
    if kind == "rating":
        if question.levels is None:
            add(
                path,
                "a rating question needs 'levels': exactly 4 descriptors, one for each "
                "level 1-4; none given",
            )
        elif len(question.levels) != len(form.rating_scale):
            add(
                (*path, "levels"),
                f"a rating question needs exactly 4 levels (1-4); found {len(question.levels)}",
            )
        else:
            for index, descriptor in enumerate(question.levels):
                if not descriptor.strip():
                    add((*path, "levels", index), f"level {index + 1} has no descriptor")
    if kind in OPTION_TYPES:
        _check_options(question, path, add)
    if kind == "multi_choice" and question.options:
        low, high = question.min_choices, question.max_choices
        if low is not None and low < 0:
            add((*path, "min_choices"), "'min_choices' must not be negative")
        if high is not None and high < 1:
            add((*path, "max_choices"), "'max_choices' must be at least 1")
        if low is not None and high is not None and low > high:
            add((*path, "min_choices"), "'min_choices' must not be more than 'max_choices'")
    if (
        kind == "number"
        and question.min is not None
        and question.max is not None
        and question.min > question.max
    ):
        add(
            (*path, "min"),
            f"'min' ({question.min:g}) must not be more than 'max' ({question.max:g})",
        )
    if kind == "text" and question.max_length is not None and question.max_length < 1:
        add((*path, "max_length"), "'max_length' must be at least 1")
    if question.gateway and not question.is_scored:
        add(
            (*path, "gateway"),
            "a gateway must be a rating question or have scored options (such as yes/no), "
            "so the app can tell whether it is met",
        )
    if question.relevant is not None:
        _check_condition(
            question.relevant,
            (*path, "relevant"),
            question,
            position,
            order,
            False,
            add,
            questions_by_id,
        )
    if question.constraint is not None:
        try:
            constraint = parse_condition(question.constraint)
        except ConditionError as error:
            add((*path, "constraint"), f"the constraint is not valid: {error}")
        else:
            others = sorted(constraint.names - {question.id})
            if others:
                add(
                    (*path, "constraint"),
                    f"a constraint may only name the question itself ('{question.id}'); "
                    f"it names {', '.join(others)}",
                )
    if question.support_need is not None:
        _check_support_need(
            question, (*path, "support_need"), position, order, add, questions_by_id
        )


def _check_options(question: Question, path: Path, add: Any) -> None:
    options = question.options or []
    if len(options) < 2:
        add(
            (*path, "options"),
            f"a {question.type} question needs at least 2 options; found {len(options)}",
        )
    seen: set[str] = set()
    for index, option in enumerate(options):
        o_path: Path = (*path, "options", index)
        if not ID_PATTERN.match(option.id):
            add((*o_path, "id"), _bad_id_message("option", option.id))
        elif option.id in seen:
            add((*o_path, "id"), f"the option id '{option.id}' is used twice in this question")
        seen.add(option.id)
        if not option.label.strip():
            add((*o_path, "label"), "each option needs a label")
        if option.score is not None:
            if question.type == "multi_choice":
                add((*o_path, "score"), "multi_choice options cannot be scored")
            elif not 0 <= option.score <= 100:
                add((*o_path, "score"), f"a score must be from 0 to 100; found {option.score:g}")


def _check_condition(
    text: str,
    path: Path,
    question: Question,
    position: int,
    order: dict[str, int],
    may_name_itself: bool,
    add: Any,
    questions: dict[str, Question],
) -> Condition | None:
    try:
        condition = parse_condition(text)
    except ConditionError as exc:
        add(path, f"the condition `{text}` is refused: {exc}")
        return None
    for name in sorted(condition.names):
        if name in CONDITION_FIELDS or name in CONTEXT_FIELDS:
            continue
        if name not in order:
            add(
                path,
                f"the condition `{text}` names '{name}', which is not a question of this form "
                "or a registration field",
            )
        elif order[name] > position or (order[name] == position and not may_name_itself):
            where = "is this question itself" if order[name] == position else "comes later"
            add(
                path,
                f"the condition `{text}` names '{name}', which {where}; a condition can only "
                "use answers given before this question",
            )
    for name, value in compared_values(condition):
        named = questions.get(name)
        if named is None or not named.options or not isinstance(value, str):
            continue
        known = [option.id for option in named.options]
        if value not in known:
            add(
                path,
                f"the condition `{text}` compares '{name}' with \"{value}\", which is not one "
                f"of its answers ({', '.join(known)})",
            )
    return condition


def _questions_by_id(form: FormDefinition) -> dict[str, Question]:
    return {question.id: question for _, question in form.questions()}


def _check_support_need(
    question: Question,
    path: Path,
    position: int,
    order: dict[str, int],
    add: Any,
    questions: dict[str, Question],
) -> None:
    need = question.support_need
    assert need is not None
    if not need.theme.strip():
        add((*path, "theme"), "the support need needs a theme (such as governance)")
    if need.when is not None:
        _check_condition(
            need.when, (*path, "when"), question, position, order, True, add, questions
        )
    elif not question.is_scored:
        add(
            path,
            f"a support need on a non-rated ({question.type}) question needs a 'when' "
            f"condition saying when it is raised, for example `when: {question.id} < 3`",
        )
    if need.at_or_below is not None:
        if question.type != "rating":
            add((*path, "at_or_below"), "'at_or_below' is only for rating questions")
        elif not 1 <= need.at_or_below <= 3:
            add(
                (*path, "at_or_below"),
                f"'at_or_below' must be a level from 1 to 3; found {need.at_or_below}",
            )
    if need.answers is not None:
        if not question.options:
            add((*path, "answers"), "'answers' is only for questions with options")
        else:
            known = {option.id for option in question.options}
            for index, answer in enumerate(need.answers):
                if answer not in known:
                    add(
                        (*path, "answers", index),
                        f"'{answer}' is not an option of this question "
                        f"({', '.join(sorted(known))})",
                    )
