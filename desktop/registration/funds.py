"""Funds a group could apply to: the council's funds file, checked, and eligibility worked out.

The funds file (`resources/funds.yaml`, kept by the council and carried to laptops in field
packs) lists each fund with its funder, amounts, deadlines and link, and its eligibility as
conditions of the form language (forms/conditions.py). Each condition carries the plain-English
reason shown when it is not met, and may say what action meets it and which support theme helps.

Conditions read the *facts* about one organisation (`eligibility_facts`):
- every registration field (`legal_form`, `income_band`, `ward`, `themes`, `policies`, ...);
- from its latest completed health check: `health_check_done` (True/False),
  `health_check_band` (the overall band: "red", "amber" or "green"), `health_check_<section>`
  (a section's band, e.g. `health_check_money in ["amber", "green"]`) and `hc_<question>` (a
  statement's answer, e.g. `hc_money_1 == "yes"`);
- from its latest completed CAT readiness assessment: `cat_done`, `cat_stage` (the stage id),
  `cat_verdict` ("Ready", "Ready with support" or "Not yet ready") and `cat_<question>`.

Eligibility is a guide, never a decision: the funder decides. This module is pure (no Qt, no
database); `desktop.services.funds` gathers the facts from the store.
"""

from __future__ import annotations

import difflib
import functools
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path as FilePath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop.registration import choices
from forms.conditions import Condition, ConditionError, compared_values, parse_condition
from forms.loader import FormError, load_yaml_model, read_form_file
from forms.models import CONDITION_FIELDS, FormDefinition, Path
from forms.scoring import AssessmentResult

GUIDE_NOTE = "Eligibility here is a guide, never a decision: the funder decides."
BANDS = ("red", "amber", "green")
VERDICTS = ("Ready", "Ready with support", "Not yet ready")
HEALTH_CHECK_PREFIX = "health_check_"
HEALTH_CHECK_ANSWER_PREFIX = "hc_"
CAT_PREFIX = "cat_"

# Fund and condition ids: short, so "fund:<fund>:<condition>" fits an action's source id.
ID_PATTERN = r"^[a-z][a-z0-9_]*$"

FundStatus = Literal["eligible", "not_yet", "closed"]


# ---------------------------------------------------------------------------------------------
# The file


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)  # as forms.models


class FundCondition(_Strict):
    """One eligibility rule of a fund, such as "a bank account with two unrelated signatories"."""

    id: str = Field(min_length=1, max_length=36, pattern=ID_PATTERN)
    when: str
    reason: str = Field(min_length=1, max_length=500)
    # What the group could do to meet it, as an action for the plan ("Open a bank account").
    action: str | None = Field(default=None, max_length=300)
    # A support-need theme (support-offers.yaml) whose offers help meet it.
    support: str | None = None
    to_confirm: str | None = None

    @property
    def condition(self) -> Condition:
        return parse_condition(self.when)


class Fund(_Strict):
    """A fund a group may apply to."""

    id: str = Field(min_length=1, max_length=36, pattern=ID_PATTERN)
    name: str = Field(min_length=1, max_length=200)
    funder: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=2000)
    amounts: str = Field(min_length=1, max_length=200)
    # The dates applications close (rounds), or "rolling" for no deadline.
    deadlines: Literal["rolling"] | list[date]
    link: str | None = Field(default=None, max_length=500)
    # What the council must confirm before relying on the fund's details; None once confirmed.
    to_confirm: str | None = None
    eligibility: list[FundCondition] = Field(default_factory=list)

    def next_deadline(self, today: date) -> date | None:
        """The next closing date on or after today (None when rolling or all have passed)."""
        if self.deadlines == "rolling":
            return None
        upcoming = [d for d in self.deadlines if d >= today]
        return min(upcoming) if upcoming else None

    def is_closed(self, today: date) -> bool:
        """Past its last deadline (a rolling fund never closes here)."""
        return self.deadlines != "rolling" and self.next_deadline(today) is None


class FundsFile(_Strict):
    """The council's funds file."""

    council: str = ""
    # When the council last checked the file: shown beside every eligibility guide.
    updated: date
    funds: list[Fund]

    def fund(self, fund_id: str) -> Fund:
        for fund in self.funds:
            if fund.id == fund_id:
                return fund
        raise KeyError(fund_id)


# ---------------------------------------------------------------------------------------------
# What conditions may read


@dataclass(frozen=True)
class FactName:
    """A name a fund condition may read, what it is and where a person can act on it.

    `kind` is "registration" (a registration field), "statement" (an answer in the latest
    assessment of `form_kind`), "section" (a section's band), or "assessment" (a whole
    assessment's outcome). `values` lists the values it can take, when known, so a misspelt
    value in a condition is refused.
    """

    name: str
    kind: Literal["registration", "statement", "section", "assessment"]
    label: str
    target: str = ""
    form_kind: str | None = None
    values: tuple[object, ...] | None = None


_REGISTRATION_VALUES: dict[str, choices.Choices] = {
    "legal_form": choices.LEGAL_FORMS,
    "themes": choices.THEMES,
    "beneficiaries": choices.BENEFICIARIES,
    "income_band": choices.INCOME_BANDS,
    "policies": choices.POLICIES,
    "insurance": choices.INSURANCE,
    "interested_in": choices.INTERESTS,
    "gap_status": choices.GAP_STATUSES,
}


@dataclass(frozen=True)
class FundVocabulary:
    """Every name a fund condition may read.

    With `open_results`, any name of an assessment result (hc_..., health_check_..., cat_...)
    is accepted too: a laptop reads the council's funds file with it, because the file may
    name statements of a council form this laptop has not received yet (the council checks
    them strictly when it publishes).
    """

    names: Mapping[str, FactName]
    open_results: bool = False

    def get(self, name: str) -> FactName | None:
        known = self.names.get(name)
        if known is not None or not self.open_results:
            return known
        for prefix, kind, form_kind in (
            (HEALTH_CHECK_ANSWER_PREFIX, "statement", "health_check"),
            (HEALTH_CHECK_PREFIX, "section", "health_check"),
            (CAT_PREFIX, "statement", "cat_readiness"),
        ):
            if name.startswith(prefix) and len(name) > len(prefix):
                target = name[len(prefix) :]
                return FactName(name, kind, target, target=target, form_kind=form_kind)  # type: ignore[arg-type]
        return None


def fund_vocabulary(
    forms: Iterable[FormDefinition],
    wards: Iterable[str] = (),
    areas: Iterable[str] = (),
) -> FundVocabulary:
    """The names of registration fields and of the results of these forms (the newest form of
    each kind wins), with the ward and district-area names a condition may compare to."""
    names: dict[str, FactName] = {}
    ward_names = tuple(wards)
    area_names = tuple(areas)
    for field_name in sorted(CONDITION_FIELDS):
        values: tuple[object, ...] | None = None
        if field_name in _REGISTRATION_VALUES:
            values = tuple(cid for cid, _ in _REGISTRATION_VALUES[field_name])
        elif field_name == "ward" and ward_names:
            values = ward_names
        elif field_name == "district_area" and area_names:
            values = area_names
        elif field_name == "areas_of_benefit" and ward_names:
            values = (*ward_names, choices.WHOLE_DISTRICT)
        label = choices.FIELD_LABELS.get(field_name, field_name)
        names[field_name] = FactName(field_name, "registration", label, target=field_name)
        if values is not None:
            names[field_name] = FactName(
                field_name, "registration", label, target=field_name, values=values
            )
    by_kind: dict[str, FormDefinition] = {}
    for form in forms:
        by_kind[form.kind] = form
    health_check = by_kind.get("health_check")
    names["health_check_done"] = FactName(
        "health_check_done", "assessment", "A completed health check", form_kind="health_check"
    )
    names["health_check_band"] = FactName(
        "health_check_band",
        "assessment",
        "The health check's overall band",
        form_kind="health_check",
        values=BANDS,
    )
    if health_check is not None:
        for section in health_check.sections:
            name = f"{HEALTH_CHECK_PREFIX}{section.id}"
            names.setdefault(
                name,
                FactName(
                    name,
                    "section",
                    section.title,  # with its translations: screens name it in their language
                    target=section.id,
                    form_kind="health_check",
                    values=BANDS,
                ),
            )
        for _, question in health_check.questions():
            name = f"{HEALTH_CHECK_ANSWER_PREFIX}{question.id}"
            names[name] = _statement(name, question, "health_check")
    cat = by_kind.get("cat_readiness")
    names["cat_done"] = FactName(
        "cat_done", "assessment", "A completed CAT readiness check", form_kind="cat_readiness"
    )
    names["cat_verdict"] = FactName(
        "cat_verdict",
        "assessment",
        "The CAT readiness verdict",
        form_kind="cat_readiness",
        values=VERDICTS,
    )
    stage_ids = tuple(stage.id for stage in cat.stages) if cat is not None else None
    names["cat_stage"] = FactName(
        "cat_stage",
        "assessment",
        "The CAT stage assessed",
        form_kind="cat_readiness",
        values=stage_ids or None,
    )
    if cat is not None:
        for _, question in cat.questions():
            name = f"{CAT_PREFIX}{question.id}"
            names.setdefault(name, _statement(name, question, "cat_readiness"))
    return FundVocabulary(names)


def _statement(name: str, question: Any, form_kind: str) -> FactName:
    options = tuple(option.id for option in question.options or ()) or None
    if question.type == "rating":
        levels = len(question.levels or ()) or 4
        options = tuple(range(1, levels + 1))
    return FactName(
        name, "statement", question.text, target=question.id, form_kind=form_kind,
        values=options,
    )  # fmt: skip


def shipped_vocabulary() -> FundVocabulary:
    """The vocabulary of the shipped forms and the current ward list (cached per folder)."""
    from desktop.paths import resources_dir

    return _vocabulary_of(str(resources_dir()), os.environ.get("GAPKIT_WARD_FILE", ""))


@functools.lru_cache(maxsize=4)
def _vocabulary_of(resources: str, ward_file: str) -> FundVocabulary:
    from forms.model_cache import cached_model

    inputs = _vocabulary_inputs(resources, ward_file)
    if inputs is None:
        return _make_vocabulary()
    # Made once from these files' texts, then read back from the model cache by later
    # processes (a report's funds guide paid ~20-30 ms for the ward files and forms).
    return cached_model(
        "funds-vocabulary", inputs, FundVocabulary, _make_vocabulary, code=_VOCABULARY_CODE
    )


def _make_vocabulary() -> FundVocabulary:
    from desktop.registration.wards import load_ward_list
    from forms.loader import shipped_forms

    wards = load_ward_list()
    return fund_vocabulary(shipped_forms().values(), wards.names, wards.areas)


# The modules whose code the shipped vocabulary and the checked funds file follow from.
_VOCABULARY_CODE = (__name__, "desktop.registration.wards", "desktop.registration.choices")


def _vocabulary_inputs(resources: str, ward_file: str) -> bytes | None:
    """Every file the shipped vocabulary is made from, names and contents: the shipped forms
    and the ward files `load_ward_list` chooses from (or GAPKIT_WARD_FILE's). None when one
    can't be read (then nothing is cached; the vocabulary is made as before)."""
    import forms.loader

    folder = forms.loader.resources_dir()
    files = sorted((folder / "forms").glob("*.yaml"))
    if ward_file:
        files.append(FilePath(ward_file).expanduser())
    else:
        wards = FilePath(resources) / "wards"
        files += sorted([*wards.glob("*.yaml"), *wards.glob("*.yml")])
    parts = [f"{folder}\0{resources}\0{ward_file}".encode()]
    try:
        for file in files:
            parts.append(f"\0{file}\0{file.stat().st_size}\0".encode())
            parts.append(file.read_bytes())
    except OSError:
        return None
    return b"".join(parts)


# ---------------------------------------------------------------------------------------------
# Loading and checking


def default_funds_path() -> FilePath:
    """`funds.yaml` in the resources folder."""
    from desktop.paths import resources_dir

    return resources_dir() / "funds.yaml"


def load_funds(
    path: str | os.PathLike[str] | None = None, vocabulary: FundVocabulary | None = None
) -> FundsFile:
    """Load and check a funds file (the shipped one by default); FormError says where."""
    file_path = FilePath(path) if path is not None else default_funds_path()
    text = read_form_file(file_path)
    if path is None and vocabulary is None:
        # The shipped file checked against the shipped vocabulary: both follow from files on
        # disk, so the checked model is read from the model cache when those are unchanged.
        from desktop.paths import resources_dir
        from forms.model_cache import cached_model

        inputs = _vocabulary_inputs(str(resources_dir()), os.environ.get("GAPKIT_WARD_FILE", ""))
        if inputs is not None:
            return cached_model(
                file_path.name,
                text.encode("utf-8", "surrogatepass") + b"\0" + inputs,
                FundsFile,
                lambda: load_funds_text(text, file_path.name),
                code=_VOCABULARY_CODE,
            )
    return load_funds_text(text, file_path.name, vocabulary)


def received_vocabulary() -> FundVocabulary:
    """The shipped vocabulary, open to any assessment result name (see FundVocabulary)."""
    return FundVocabulary(shipped_vocabulary().names, open_results=True)


def load_funds_text(
    text: str, source_name: str, vocabulary: FundVocabulary | None = None
) -> FundsFile:
    """Load and check a funds file's text; every problem is a FormError with path and line."""
    known = vocabulary if vocabulary is not None else shipped_vocabulary()
    return load_yaml_model(
        text, source_name, FundsFile, lambda funds: funds_problems(funds, known), "funds"
    )


def funds_problems(funds: FundsFile, vocabulary: FundVocabulary) -> list[tuple[Path, str]]:
    """Problems of meaning: duplicate ids, conditions that do not parse or read unknown names,
    compared values a name cannot take, empty reasons, links that are not web addresses."""
    problems: list[tuple[Path, str]] = []
    fund_ids: set[str] = set()
    for f_index, fund in enumerate(funds.funds):
        f_path: Path = ("funds", f_index)
        if fund.id in fund_ids:
            problems.append(((*f_path, "id"), f"the fund id '{fund.id}' is used twice"))
        fund_ids.add(fund.id)
        if fund.link is not None and not fund.link.startswith(("https://", "http://")):
            problems.append(((*f_path, "link"), "the link must be a web address (https://...)"))
        if isinstance(fund.deadlines, list) and not fund.deadlines:
            problems.append(((*f_path, "deadlines"), "give at least one date, or write 'rolling'"))
        condition_ids: set[str] = set()
        for c_index, rule in enumerate(fund.eligibility):
            c_path: Path = (*f_path, "eligibility", c_index)
            if rule.id in condition_ids:
                problems.append(
                    ((*c_path, "id"), f"the condition id '{rule.id}' is used twice in this fund")
                )
            condition_ids.add(rule.id)
            if not rule.reason.strip():
                problems.append(((*c_path, "reason"), "the reason must not be empty"))
            problems += [
                ((*c_path, "when"), message) for message in _when_problems(rule, vocabulary)
            ]
    return problems


def _when_problems(rule: FundCondition, vocabulary: FundVocabulary) -> list[str]:
    try:
        condition = parse_condition(rule.when)
    except ConditionError as error:
        return [str(error)]
    problems: list[str] = []
    for name in sorted(condition.names):
        if vocabulary.get(name) is None:
            message = f"'{name}' is not a registration field or an assessment result"
            close = difflib.get_close_matches(name, list(vocabulary.names), n=1)
            if close:
                message += f"; did you mean '{close[0]}'?"
            problems.append(message)
    for name, value in compared_values(condition):
        known = vocabulary.get(name)
        if known is None or known.values is None or value is None or isinstance(value, bool):
            continue
        if name == "ward" or name == "areas_of_benefit" or name == "district_area":
            from desktop.registration.wards import ward_key

            if any(ward_key(str(v)) == ward_key(str(value)) for v in known.values):
                continue
        elif value in known.values:
            continue
        shown = ", ".join(str(v) for v in known.values[:30])
        problems.append(f"'{name}' is never {value!r}; it can be one of: {shown}")
    return problems


# ---------------------------------------------------------------------------------------------
# The facts about one organisation


@dataclass(frozen=True)
class AssessmentEvidence:
    """A completed assessment's result and answers, the facts conditions read from it."""

    result: AssessmentResult
    answers: Mapping[str, object]
    completed_on: date | None = None


@dataclass(frozen=True)
class ResultFacts:
    """What conditions read of one completed assessment, as plain values: its overall band,
    each section's band, its answers, and for CAT its readiness and stage. The council's table
    builds these from stored results; `AssessmentEvidence.facts()` from a scored result."""

    overall_rag: str | None
    section_rags: Mapping[str, str | None]
    answers: Mapping[str, object]
    readiness: str | None = None
    stage: str | None = None


def _result_facts(evidence: AssessmentEvidence | ResultFacts | None) -> ResultFacts | None:
    if evidence is None or isinstance(evidence, ResultFacts):
        return evidence
    result = evidence.result
    return ResultFacts(
        overall_rag=result.overall_rag,
        section_rags={section.id: section.rag for section in result.sections},
        answers=evidence.answers,
        readiness=result.readiness,
        stage=result.stage,
    )


def eligibility_facts(
    registration: Mapping[str, object],
    health_check: AssessmentEvidence | ResultFacts | None = None,
    cat: AssessmentEvidence | ResultFacts | None = None,
) -> dict[str, object]:
    """The names fund conditions read, for one organisation (see the module's docstring)."""
    facts: dict[str, object] = {name: registration.get(name) for name in CONDITION_FIELDS}
    health = _result_facts(health_check)
    readiness = _result_facts(cat)
    facts["health_check_done"] = health is not None
    facts["cat_done"] = readiness is not None
    if health is not None:
        facts["health_check_band"] = health.overall_rag
        for section_id, rag in health.section_rags.items():
            facts.setdefault(f"{HEALTH_CHECK_PREFIX}{section_id}", rag)
        for question_id, value in health.answers.items():
            facts[f"{HEALTH_CHECK_ANSWER_PREFIX}{question_id}"] = value
    if readiness is not None:
        facts["cat_verdict"] = readiness.readiness
        facts["cat_stage"] = readiness.stage
        for question_id, value in readiness.answers.items():
            facts.setdefault(f"{CAT_PREFIX}{question_id}", value)
    return facts


# ---------------------------------------------------------------------------------------------
# Eligibility


def long_date(day: date) -> str:
    """20 November 2026 (no leading zero)."""
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True)
class ConditionLink:
    """Where a person can act on an unmet condition: a registration field, an assessment
    statement or section, a whole assessment, or a support theme (whose offers help)."""

    kind: Literal["registration", "statement", "section", "assessment", "support"]
    target: str
    label: str
    form_kind: str | None = None


def action_source_id(fund_id: str, condition_id: str) -> str:
    return f"fund:{fund_id}:{condition_id}"


@dataclass(frozen=True)
class UnmetCondition:
    fund_id: str
    condition: FundCondition
    links: tuple[ConditionLink, ...]

    @property
    def reason(self) -> str:
        return self.condition.reason

    @property
    def source_id(self) -> str:
        """What an action added for this condition records as its source."""
        return action_source_id(self.fund_id, self.condition.id)

    def action_text(self, fund: Fund) -> str:
        """The action for the plan ("Open a bank account ... (for Awards for All)")."""
        what = self.condition.action or self.condition.reason
        return f"{what} (for {fund.name})"


@dataclass(frozen=True)
class FundCheck:
    """One fund for one organisation: eligible now, not yet (with what stands in the way),
    or closed (past its last deadline)."""

    fund: Fund
    status: FundStatus
    unmet: tuple[UnmetCondition, ...] = ()
    next_deadline: date | None = None

    @property
    def open(self) -> bool:
        return self.status != "closed"


@dataclass(frozen=True)
class FundsGuide:
    """Every fund checked for one organisation, with the file's date for the honesty line."""

    checks: tuple[FundCheck, ...]
    updated: date
    council: str
    today: date
    notes: tuple[str, ...] = field(default=())

    @property
    def eligible(self) -> list[FundCheck]:
        return [c for c in self.checks if c.status == "eligible"]

    @property
    def not_yet(self) -> list[FundCheck]:
        return [c for c in self.checks if c.status == "not_yet"]

    @property
    def closed(self) -> list[FundCheck]:
        return [c for c in self.checks if c.status == "closed"]

    @property
    def honesty_line(self) -> str:
        return f"{GUIDE_NOTE} Funds file last updated {long_date(self.updated)}."


def condition_links(rule: FundCondition, vocabulary: FundVocabulary) -> tuple[ConditionLink, ...]:
    """Where each name the condition reads can be acted on, then its support theme."""
    links: list[ConditionLink] = []
    for name in sorted(rule.condition.names):
        known = vocabulary.get(name)
        if known is None:
            continue
        links.append(ConditionLink(known.kind, known.target or name, known.label, known.form_kind))
    if rule.support:
        links.append(ConditionLink("support", rule.support, f"Support: {rule.support}"))
    return tuple(links)


def unmet_conditions(fund: Fund, facts: Mapping[str, object]) -> list[FundCondition]:
    """The fund's eligibility rules these facts don't meet, in file order."""
    return [rule for rule in fund.eligibility if not rule.condition.evaluate(facts)]


def check_fund(
    fund: Fund, facts: Mapping[str, object], today: date, vocabulary: FundVocabulary
) -> FundCheck:
    """One fund for one organisation's facts."""
    unmet = tuple(
        UnmetCondition(fund.id, rule, condition_links(rule, vocabulary))
        for rule in unmet_conditions(fund, facts)
    )
    if fund.is_closed(today):
        status: FundStatus = "closed"
    else:
        status = "not_yet" if unmet else "eligible"
    return FundCheck(fund, status, unmet, fund.next_deadline(today))


def check_funds(
    funds: FundsFile,
    facts: Mapping[str, object],
    today: date,
    vocabulary: FundVocabulary | None = None,
) -> FundsGuide:
    """Every fund of the file for one organisation's facts, in file order."""
    known = vocabulary if vocabulary is not None else shipped_vocabulary()
    checks = tuple(check_fund(fund, facts, today, known) for fund in funds.funds)
    return FundsGuide(checks, funds.updated, funds.council, today)


__all__ = [
    "GUIDE_NOTE",
    "AssessmentEvidence",
    "ResultFacts",
    "ConditionLink",
    "FormError",
    "Fund",
    "FundCheck",
    "FundCondition",
    "FundVocabulary",
    "FundsFile",
    "FundsGuide",
    "UnmetCondition",
    "check_fund",
    "check_funds",
    "eligibility_facts",
    "unmet_conditions",
    "fund_vocabulary",
    "load_funds",
    "load_funds_text",
]
