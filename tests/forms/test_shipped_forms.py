"""The two shipped forms follow their content outlines in docs/content/, and every statement of
the original domain outlines (../shared/domain/) still has a home there."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from forms import DONT_KNOW, FormDefinition, load_support_offers, score_assessment, shipped_forms

REPO = Path(__file__).resolve().parents[2]
CONTENT_DIR = REPO / "docs" / "content"
# CI checks out the repository with shared/ beside it; a developer has it at /work/shared.
_BESIDE_REPO = REPO.parent / "shared" / "domain"
DOMAIN_DIR = Path(
    os.environ.get(
        "GAPKIT_DOMAIN_DIR",
        _BESIDE_REPO if _BESIDE_REPO.is_dir() else "/work/shared/domain",
    )
)

# The original outlines' (section title, statement count), used when ../shared/ is not there.
ORIGINAL_COUNTS: dict[str, list[tuple[str, int]]] = {
    "health-check": [
        ("Purpose and direction", 5),
        ("Governance and leadership", 7),
        ("Money", 6),
        ("People: volunteers and staff", 6),
        ("Keeping people safe", 6),
        ("Policies and the law", 4),
        ("Working with the community", 5),
        ("The difference we make", 4),
        ("Connections and partnerships", 4),
        ("Looking ahead", 5),
    ],
    "cat-readiness": [
        ("The building", 4),
        ("Vision and community need", 5),
        ("Governance and legal structure", 6),
        ("Skills and capacity", 5),
        ("Business plan and money", 7),
        ("The building: condition, compliance and management", 6),
        ("Risk", 3),
        ("Partners and users", 3),
        ("Social value and impact", 3),
        ("Understanding the transfer", 4),
    ],
}
# The original CAT section 0 lists its four questions in one sentence, not numbered.
UNNUMBERED = {("cat-readiness", 0): 4}
FORM_IDS = ["health-check", "cat-readiness"]


@dataclass
class Item:
    id: str
    text: str
    options: list[str] | None
    need: str | None
    shown_when: str | None
    was: list[str]


@dataclass
class OutlineSection:
    number: int
    title: str
    id: str
    items: list[Item] = field(default_factory=list)


@dataclass
class Outline:
    sections: list[OutlineSection]
    stages: dict[str, dict[str, tuple[str, str | None]]]  # stage -> condition -> (met, applies)


_ITEM = re.compile(r"^\d+\. `([a-z0-9_]+)` (.+)$")


def parse_content_outline(form_id: str) -> Outline:
    """Sections, statements and stages of docs/content/<form>.md."""
    sections: list[OutlineSection] = []
    stages: dict[str, dict[str, tuple[str, str | None]]] = {}
    stage: dict[str, tuple[str, str | None]] | None = None
    for line in (CONTENT_DIR / f"{form_id}.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (\d+)\. (.+) \(`([a-z_]+)`\)$", line)
        if heading:
            sections.append(
                OutlineSection(int(heading.group(1)), heading.group(2), heading.group(3))
            )
            continue
        stage_heading = re.match(r"^### .+ \(`([a-z_]+)`\)$", line)
        if stage_heading:
            stage = stages.setdefault(stage_heading.group(1), {})
            continue
        condition = re.match(
            r"^- `([a-z_]+)`: .+? Met when `(.+?)`\.(?: Applies when `(.+?)`\.)?$", line
        )
        if condition and stage is not None:
            stage[condition.group(1)] = (condition.group(2), condition.group(3))
            continue
        item = _ITEM.match(line)
        if item and sections:
            rest = item.group(2)
            options = re.search(r"\(([a-z0-9_]+(?: / [a-z0-9_]+)+)\)", rest)
            need = re.search(r"→ need: ([a-z ]+)\.", rest)
            shown = re.search(r"Shown when `(.+?)`\.", rest)
            sections[-1].items.append(
                Item(
                    id=item.group(1),
                    text=rest,
                    options=options.group(1).split(" / ") if options else None,
                    need=need.group(1) if need else None,
                    shown_when=shown.group(1) if shown else None,
                    was=re.findall(r"was (\d+\.\d+)", rest),
                )
            )
    return Outline(sections, stages)


def original_statements(form_id: str) -> list[str]:
    """ "section.statement" of every statement of the original outline, such as "2.6"."""
    path = DOMAIN_DIR / f"{form_id}.md"
    first = 0 if form_id == "cat-readiness" else 1
    if not path.exists():
        return [
            f"{index + first}.{k}"
            for index, (_title, count) in enumerate(ORIGINAL_COUNTS[form_id])
            for k in range(1, count + 1)
        ]
    numbers: list[str] = []
    section: int | None = None
    count = 0
    for line in [*path.read_text(encoding="utf-8").splitlines(), "## 99. end"]:
        heading = re.match(r"^## (\d+)\. ", line)
        if heading:
            if section is not None and count == 0:
                count = UNNUMBERED.get((form_id, section), 0)
                numbers += [f"{section}.{k}" for k in range(1, count + 1)]
            section, count = int(heading.group(1)), 0
        elif section is not None and re.match(r"^\d+\. ", line):
            count += 1
            numbers.append(f"{section}.{count}")
    return numbers


@pytest.fixture(scope="module")
def forms_by_id() -> dict[str, FormDefinition]:
    return shipped_forms()


def test_both_forms_ship_and_load(forms_by_id: dict[str, FormDefinition]) -> None:
    assert set(forms_by_id) == {"health-check", "cat-readiness"}
    assert forms_by_id["health-check"].kind == "health_check"
    assert forms_by_id["cat-readiness"].kind == "cat_readiness"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_form_follows_its_content_outline(
    forms_by_id: dict[str, FormDefinition], form_id: str
) -> None:
    form = forms_by_id[form_id]
    outline = parse_content_outline(form_id)
    assert [(s.id, s.title) for s in outline.sections] == [(s.id, s.title) for s in form.sections]
    for outline_section, section in zip(outline.sections, form.sections, strict=True):
        assert [i.id for i in outline_section.items] == [q.id for q in section.questions]
        for item, question in zip(outline_section.items, section.questions, strict=True):
            assert item.text.startswith(question.text), question.id
            theme = question.support_need.theme if question.support_need else None
            assert item.need == theme, question.id
            assert item.shown_when == question.relevant, question.id
            if question.type in ("yes_no_partly", "choice"):
                assert item.options == [o.id for o in question.options or []], question.id


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_statement_of_the_original_outline_still_has_a_home(
    forms_by_id: dict[str, FormDefinition], form_id: str
) -> None:
    outline = parse_content_outline(form_id)
    homes: dict[str, list[str]] = {}
    for section in outline.sections:
        for item in section.items:
            for number in item.was:
                homes.setdefault(number, []).append(item.id)
    originals = original_statements(form_id)
    assert len(originals) == sum(count for _t, count in ORIGINAL_COUNTS[form_id])
    form = forms_by_id[form_id]
    for number in originals:
        assert number in homes, f"statement {number} of the original outline has no home"
        for question_id in homes[number]:
            form.question(question_id)  # KeyError if the home is not in the form
    assert set(homes) <= set(originals)


def test_stages_follow_the_outline(forms_by_id: dict[str, FormDefinition]) -> None:
    form = forms_by_id["cat-readiness"]
    outline = parse_content_outline("cat-readiness")
    assert list(outline.stages) == [
        "expression_of_interest",
        "full_business_case",
        "council_decision",
        "after_transfer",
    ]
    assert {
        stage.id: {c.id: (c.met, c.applies) for c in stage.must_meet} for stage in form.stages
    } == outline.stages


def test_trustee_count_below_three_raises_governance(
    forms_by_id: dict[str, FormDefinition],
) -> None:
    form = forms_by_id["health-check"]
    question = form.question("governance_2")
    assert question.type == "number"
    low = score_assessment(form, {"governance_2": 2})
    assert [n.question_ids for n in low.support_needs if n.theme == "governance"] == [
        ["governance_2"]
    ]
    assert not score_assessment(form, {"governance_2": 3}).support_needs


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_rated_statement_has_a_specific_four_level_rubric(
    forms_by_id: dict[str, FormDefinition], form_id: str
) -> None:
    form = forms_by_id[form_id]
    assert [level.name for level in form.rating_scale] == [
        "Not yet",
        "Getting there",
        "In place",
        "Strong",
    ]
    all_descriptors: list[str] = []
    for _, question in form.questions():
        if question.type == "rating":
            assert question.levels is not None and len(question.levels) == 4
            assert len(set(question.levels)) == 4, question.id
            all_descriptors += question.levels
    # specific per statement: descriptors are not copied from statement to statement
    assert len(set(all_descriptors)) == len(all_descriptors)


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_level_one_reads_as_a_starting_point(
    forms_by_id: dict[str, FormDefinition], form_id: str
) -> None:
    """Level 1 is "Not yet": each descriptor says what is not in place yet, never a failing."""
    for _, question in forms_by_id[form_id].questions():
        if question.type == "rating" and question.levels:
            first = question.levels[0].lower()
            assert re.search(r"\b(yet|at the moment)\b", first), (question.id, first)
            assert not re.search(r"\b(nobody|never|struggle|closed|no one)\b", first), question.id


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_scored_section_opens_with_what_the_group_is_proud_of(
    forms_by_id: dict[str, FormDefinition], form_id: str
) -> None:
    for section in forms_by_id[form_id].sections:
        if not any(q.is_scored for q in section.questions):
            continue
        opening = section.questions[0]
        assert opening.id == f"{section.id}_proud", section.id
        assert opening.type == "text" and not opening.required
        assert (opening.help or "").startswith("Start with what is going well"), section.id


def test_no_idioms_or_vague_words_left(forms_by_id: dict[str, FormDefinition]) -> None:
    for form in forms_by_id.values():
        for _, question in form.questions():
            for text in [question.text, *(question.levels or [])]:
                lowered = text.lower()
                assert "in a drawer" not in lowered, question.id
                assert not re.search(r"\brecent\b", lowered), question.id
                assert "enough volunteers" not in lowered, question.id


def test_every_support_theme_has_an_offer_in_the_catalogue(
    forms_by_id: dict[str, FormDefinition],
) -> None:
    catalogue = load_support_offers()
    for form in forms_by_id.values():
        for _, question in form.questions():
            if question.support_need:
                assert catalogue.offers_for(question.support_need.theme), question.id


def test_seed_offers_are_in_the_catalogue_and_marked_to_confirm() -> None:
    catalogue = load_support_offers()
    offers = {offer.id: offer for offer in catalogue.offers}
    for offer_id in (
        "small_grants_fund",
        "adult_community_learning",
        "vcs_consortium",
        "digital_skills_help",
        "cat_development_grant",
    ):
        assert offers[offer_id].to_confirm, offer_id


def test_cat_building_section_is_information_only(
    forms_by_id: dict[str, FormDefinition],
) -> None:
    form = forms_by_id["cat-readiness"]
    building = form.sections[0]
    assert building.id == "building"
    assert not any(question.is_scored for question in building.questions)


def _answers(form: FormDefinition, level: int, yes: str) -> dict[str, object]:
    answers: dict[str, object] = {}
    for _, question in form.questions():
        if question.type == "rating":
            answers[question.id] = level
        elif question.type == "yes_no_partly":
            answers[question.id] = yes
    return answers


def test_cat_verdicts_on_the_shipped_form(forms_by_id: dict[str, FormDefinition]) -> None:
    form = forms_by_id["cat-readiness"]
    charity = {"legal_form": "cio_association"}
    ready = score_assessment(form, _answers(form, 3, "yes"), charity, stage="council_decision")
    assert ready.readiness == "Ready" and ready.verdict == "Ready for: Council decision"
    support = score_assessment(
        form, _answers(form, 4, "yes") | {"impact_1": 1, "impact_2": 1}, charity
    )
    assert support.readiness == "Ready with support"
    assert support.sections_below_ready == ["impact"]
    answers = _answers(form, 4, "yes") | {"governance_1": "no", "money_1": DONT_KNOW}
    not_yet = score_assessment(form, answers, charity, stage="full_business_case")
    assert not_yet.readiness == "Not yet ready"
    assert not_yet.unmet_conditions == ["legal_structure", "bank_account"]
    assert [g.reason for g in not_yet.unmet_gateways] == ["not met", "don't know"]
    assert "legal structure" in [n.theme for n in not_yet.support_needs]


def test_health_check_all_strong_has_strengths_and_no_needs(
    forms_by_id: dict[str, FormDefinition],
) -> None:
    form = forms_by_id["health-check"]
    result = score_assessment(form, _answers(form, 4, "yes") | {"governance_2": 7})
    assert result.overall_score == 100
    # every section scored 100: all tied for strongest, so all are named (issue 13, item 10)
    assert len(result.strengths.sections) == len(form.sections) and not result.support_needs
    assert result.unanswered_required == []
