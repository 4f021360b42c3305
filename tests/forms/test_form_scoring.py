"""Scoring: section scores, RAG, hidden questions, support needs, strengths and CAT readiness."""

from __future__ import annotations

from pathlib import Path

import pytest
from form_helpers import form_text, rating, section
from hypothesis import given, settings
from hypothesis import strategies as st

from forms import DONT_KNOW, load_form_text, load_support_offers, score_assessment
from forms.answers import AnswerError
from forms.scoring import visible_questions

SCORING_FORM = load_form_text(
    form_text(
        section(
            "alpha",
            rating("a_1", "support_need: {theme: planning}\n"),
            rating("a_2", "weight: 3\n"),
            "- id: a_3\n  type: yes_no_partly\n  text: Do we?\n  options: [yes, partly, no, not_sure]\n"
            "  support_need: {theme: funding}\n",
        ),
        section(
            "beta",
            "- id: b_count\n  type: number\n  text: How many trustees?\n  integer: true\n"
            "  support_need: {theme: governance, when: b_count < 3, offer: Ask about recruiting}\n",
            rating("b_1", "relevant: b_count >= 3\nsupport_need: {theme: governance}\n"),
            "- id: b_note\n  type: text\n  text: Anything else?\n  required: false\n",
            extra="thresholds: {green: 80, amber: 50, ready: 80}\n",
        ),
    ),
    "scoring.yaml",
)

CAT_FORM = load_form_text(
    form_text(
        section(
            "info",
            "- id: building_name\n  type: text\n  text: Which building?\n",
        ),
        section(
            "legal",
            "- id: incorporated\n  type: yes_no_partly\n  text: Incorporated?\n  gateway: true\n"
            "  options: [yes, in_progress, no]\n",
            rating("board_skills", "gateway: true\n"),
        ),
        section("money", rating("plan"), rating("cashflow")),
        kind="cat_readiness",
    ),
    "cat.yaml",
)


def test_levels_map_to_0_33_67_100_and_weights_count() -> None:
    result = score_assessment(SCORING_FORM, {"a_1": 4, "a_2": 1})
    # a_1 (weight 1) scores 100, a_2 (weight 3) scores 0
    assert result.section("alpha").score == pytest.approx(25.0)
    result = score_assessment(SCORING_FORM, {"a_1": 2, "a_2": 3})
    assert result.section("alpha").score == pytest.approx((100 / 3 + 3 * 200 / 3) / 4)


def test_yes_partly_no_score_like_ratings_and_not_sure_is_not_scored() -> None:
    assert score_assessment(SCORING_FORM, {"a_3": "yes"}).section("alpha").score == 100
    assert score_assessment(SCORING_FORM, {"a_3": "partly"}).section("alpha").score == 50
    assert score_assessment(SCORING_FORM, {"a_3": "no"}).section("alpha").score == 0
    result = score_assessment(SCORING_FORM, {"a_3": "not_sure", "a_1": 4})
    assert result.section("alpha").score == 100
    assert result.section("alpha").scored_answers == 1


def test_dont_know_is_answered_but_never_scored() -> None:
    result = score_assessment(SCORING_FORM, {"a_1": DONT_KNOW, "a_2": DONT_KNOW, "a_3": None})
    alpha = result.section("alpha")
    assert alpha.score is None and alpha.rag is None
    assert (alpha.answered, alpha.dont_know, alpha.total) == (2, 2, 3)
    assert result.dont_know == ["a_1", "a_2"]
    assert "a_3" in result.unanswered_required and "a_1" not in result.unanswered_required


def test_hidden_question_is_neither_required_nor_scored() -> None:
    hidden = score_assessment(SCORING_FORM, {"b_count": 2, "b_1": 1})
    assert hidden.section("beta").score is None
    assert hidden.section("beta").total == 2
    assert "b_1" not in hidden.unanswered_required
    assert [q.id for q in visible_questions(SCORING_FORM, {"b_count": 2})].count("b_1") == 0

    shown = score_assessment(SCORING_FORM, {"b_count": 5})
    assert "b_1" in shown.unanswered_required
    assert "b_1" in [q.id for q in visible_questions(SCORING_FORM, {"b_count": 5})]


def test_hidden_answers_do_not_raise_support_needs() -> None:
    result = score_assessment(SCORING_FORM, {"b_count": 2, "b_1": 1})
    governance = next(n for n in result.support_needs if n.theme == "governance")
    assert governance.question_ids == ["b_count"]


def test_rag_uses_the_form_thresholds_and_a_section_may_override_them() -> None:
    alpha = score_assessment(SCORING_FORM, {"a_1": 3}).section("alpha")
    assert alpha.score == pytest.approx(200 / 3) and alpha.rag == "green"  # form: green >= 60
    beta = score_assessment(SCORING_FORM, {"b_count": 3, "b_1": 3}).section("beta")
    assert beta.rag == "amber"  # beta: green >= 80, amber >= 50
    beta = score_assessment(SCORING_FORM, {"b_count": 3, "b_1": 2}).section("beta")
    assert beta.rag == "red" and beta.priority


def test_support_needs_are_grouped_by_theme_with_offers_and_questions() -> None:
    result = score_assessment(SCORING_FORM, {"a_1": 2, "a_3": "partly", "b_count": 1, "b_1": 1})
    by_theme = {need.theme: need for need in result.support_needs}
    assert set(by_theme) == {"planning", "funding", "governance"}
    assert by_theme["planning"].question_ids == ["a_1"]
    assert by_theme["funding"].question_ids == ["a_3"]
    assert by_theme["governance"].question_ids == ["b_count"]
    assert by_theme["governance"].extra_offers == ["Ask about recruiting"]
    assert any("Third Sector Leaders" in offer.provider for offer in by_theme["funding"].offers)


def test_support_needs_are_not_raised_by_good_or_unknown_answers() -> None:
    result = score_assessment(SCORING_FORM, {"a_1": 3, "a_3": "not_sure", "b_count": DONT_KNOW})
    assert result.support_needs == []


def test_trustee_count_of_three_or_more_raises_no_need() -> None:
    result = score_assessment(SCORING_FORM, {"b_count": 3, "b_1": 4})
    assert result.support_needs == []


def test_a_council_catalogue_replaces_the_offers(tmp_path: Path) -> None:
    path = tmp_path / "offers.yaml"
    path.write_text(
        "themes: [planning]\noffers:\n  - {id: ours, provider: Our team, themes: [planning]}\n"
    )
    result = score_assessment(SCORING_FORM, {"a_1": 1}, catalogue=load_support_offers(path))
    assert [o.provider for o in result.support_needs[0].offers] == ["Our team"]


def test_strengths_come_first_best_first_and_areas_to_develop_weakest_first() -> None:
    result = score_assessment(
        SCORING_FORM, {"a_1": 4, "a_2": 3, "a_3": "no", "b_count": 4, "b_1": 1}
    )
    assert [s.question_id for s in result.strengths.statements] == ["a_1", "a_2"]
    assert [s.id for s in result.strengths.sections] == ["alpha"]
    assert [s.question_id for s in result.areas_to_develop.statements] == ["a_3", "b_1"]
    assert [s.id for s in result.areas_to_develop.sections] == ["beta"]


def test_unknown_question_or_bad_answer_is_an_answer_error() -> None:
    with pytest.raises(AnswerError, match="not a question"):
        score_assessment(SCORING_FORM, {"zz": 1})
    with pytest.raises(AnswerError, match="level from 1 to 4"):
        score_assessment(SCORING_FORM, {"a_1": 9})


def test_health_check_has_no_readiness_verdict() -> None:
    assert score_assessment(SCORING_FORM, {"a_1": 4}).readiness is None


def cat_answers(**overrides: object) -> dict[str, object]:
    answers: dict[str, object] = {
        "building_name": "The old library",
        "incorporated": "yes",
        "board_skills": 3,
        "plan": 3,
        "cashflow": 4,
    }
    answers.update(overrides)
    return answers


def test_cat_all_gateways_met_and_sections_at_60_is_ready() -> None:
    result = score_assessment(CAT_FORM, cat_answers())
    assert result.readiness == "Ready"
    assert result.unmet_gateways == [] and result.sections_below_ready == []
    assert result.section("info").score is None  # information only, never scored


def test_cat_low_section_with_gateways_met_is_ready_with_support() -> None:
    result = score_assessment(CAT_FORM, cat_answers(plan=2, cashflow=2))
    assert result.readiness == "Ready with support"
    assert result.sections_below_ready == ["money"]


def test_cat_section_below_40_is_a_priority() -> None:
    result = score_assessment(CAT_FORM, cat_answers(plan=1, cashflow=2))
    assert result.section("money").priority
    assert not score_assessment(CAT_FORM, cat_answers(plan=2, cashflow=3)).section("money").priority


@pytest.mark.parametrize(
    ("overrides", "unmet", "reason"),
    [
        ({"incorporated": "in_progress"}, ["incorporated"], "not met"),
        ({"incorporated": "no"}, ["incorporated"], "not met"),
        ({"board_skills": 2}, ["board_skills"], "not met"),
        ({"incorporated": None}, ["incorporated"], "not answered"),
        ({"incorporated": DONT_KNOW}, ["incorporated"], "don't know"),
    ],
)
def test_cat_unmet_gateway_is_not_yet_ready_and_named(
    overrides: dict[str, object], unmet: list[str], reason: str
) -> None:
    result = score_assessment(CAT_FORM, cat_answers(**overrides))
    assert result.readiness == "Not yet ready"
    assert [g.question_id for g in result.unmet_gateways] == unmet
    assert result.unmet_gateways[0].reason == reason
    assert result.unmet_gateways[0].text


def test_cat_section_with_nothing_rated_is_not_counted_as_ready() -> None:
    result = score_assessment(CAT_FORM, cat_answers(plan=DONT_KNOW, cashflow=DONT_KNOW))
    assert result.readiness == "Ready with support"
    assert result.sections_below_ready == ["money"]


RATINGS = st.one_of(st.integers(1, 4), st.just(DONT_KNOW), st.none())


@settings(max_examples=200, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "a_1": RATINGS,
            "a_2": RATINGS,
            "a_3": st.sampled_from(["yes", "partly", "no", "not_sure", None, DONT_KNOW]),
            "b_count": st.one_of(st.integers(0, 20), st.none()),
            "b_1": RATINGS,
        }
    )
)
def test_section_and_overall_scores_stay_within_0_to_100(answers: dict[str, object]) -> None:
    result = score_assessment(SCORING_FORM, answers)
    for section_result in result.sections:
        assert section_result.score is None or 0 <= section_result.score <= 100
        assert section_result.answered <= section_result.total
    assert result.overall_score is None or 0 <= result.overall_score <= 100


WEIGHTED_FORM = load_form_text(
    form_text(
        section(
            "only",
            *(rating(f"r_{i}", f"weight: {w}\n") for i, w in enumerate([1, 0.5, 2, 0, 3])),
        )
    ),
    "weighted.yaml",
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.integers(1, 4), st.just(DONT_KNOW), st.none()), min_size=5, max_size=5),
    st.integers(0, 4),
)
def test_raising_one_rating_never_lowers_its_section_score(
    levels: list[object], which: int
) -> None:
    current = levels[which]
    if not isinstance(current, int) or current == 4:
        return
    before = {f"r_{i}": level for i, level in enumerate(levels)}
    after = dict(before, **{f"r_{which}": current + 1})
    old = score_assessment(WEIGHTED_FORM, before).section("only").score
    new = score_assessment(WEIGHTED_FORM, after).section("only").score
    if old is None:
        return
    assert new is not None and new >= old - 1e-9


TIE_FORM = load_form_text(
    form_text(
        section("one", rating("q1")),
        section("two", rating("q2")),
        section("three", rating("q3")),
        section("four", rating("q4")),
    ),
    "ties.yaml",
)


def test_sections_tied_for_strongest_are_all_named_none_is_picked_over_the_others() -> None:
    # No section is green; three tie for best: all three are the strongest, not the first.
    result = score_assessment(TIE_FORM, {"q1": 3, "q2": 3, "q3": 3, "q4": 1})
    assert [s.id for s in result.strengths.sections] == ["one", "two", "three"]
    # A clear best is named alone.
    result = score_assessment(TIE_FORM, {"q1": 2, "q2": 3, "q3": 2, "q4": 1})
    assert [s.id for s in result.strengths.sections] == ["two"]
    # Four green sections all tied: the cap of three gives way to the tie.
    result = score_assessment(TIE_FORM, {"q1": 4, "q2": 4, "q3": 4, "q4": 4})
    assert [s.id for s in result.strengths.sections] == ["one", "two", "three", "four"]
    # Four green, not tied: three best only.
    result = score_assessment(TIE_FORM, {"q1": 4, "q2": 4, "q3": 4, "q4": 3})
    green = [s.id for s in result.sections if s.rag == "green"]
    assert len(result.strengths.sections) == min(3, len(green))
