"""Group mode: spreads per statement, the "talk about this" flag, and the suggestion."""

from __future__ import annotations

import pytest
from form_helpers import form_text, rating, section
from hypothesis import given, settings
from hypothesis import strategies as st

from forms import DONT_KNOW, load_form_text, score_assessment, summarise_group, summarise_ratings
from forms.answers import AnswerError
from forms.consensus import RatingSpread, round_half_down

FORM = load_form_text(
    form_text(
        section(
            "one",
            rating("q_1"),
            rating("q_2"),
            "- id: q_yes\n  type: yes_no_partly\n  text: Do we?\n",
        )
    ),
    "group.yaml",
)


def test_spread_counts_levels_and_says_who_chose_what() -> None:
    spread = summarise_ratings({"P1": 1, "P2": 3, "P3": 3, "P4": DONT_KNOW, "P5": None})
    assert spread.counts == {1: 1, 2: 0, 3: 2, 4: 0}
    assert spread.by_level[3] == ["P2", "P3"]
    assert spread.dont_know == ["P4"] and spread.not_rated == ["P5"]
    assert (spread.rated, spread.median, spread.spread) == (3, 3.0, 2)
    assert spread.discuss and spread.suggestion == 3


def test_ratings_one_level_apart_need_no_discussion() -> None:
    spread = summarise_ratings({"P1": 2, "P2": 3, "P3": 3})
    assert spread.spread == 1 and not spread.discuss


def test_even_split_suggests_the_lower_level() -> None:
    spread = summarise_ratings({"P1": 2, "P2": 3})
    assert spread.median == 2.5 and spread.suggestion == 2
    assert round_half_down(3.5) == 3 and round_half_down(2.6) == 3 and round_half_down(1.0) == 1


def test_nobody_rated_gives_no_median_or_suggestion() -> None:
    spread = summarise_ratings({"P1": DONT_KNOW, "P2": None})
    assert spread.median is None and spread.suggestion is None
    assert spread.spread is None and not spread.discuss


def test_a_rating_outside_1_to_4_is_refused() -> None:
    with pytest.raises(AnswerError, match="P2's rating"):
        summarise_ratings({"P1": 2, "P2": 7})


def test_group_summary_covers_rating_statements_only() -> None:
    summary = summarise_group(
        FORM, {"q_1": {"P1": 1, "P2": "4"}, "q_2": {"P1": 2}, "q_yes": {"P1": "yes"}}
    )
    assert set(summary) == {"q_1", "q_2"}
    assert summary["q_1"].discuss and summary["q_1"].counts[4] == 1


def test_group_summary_refuses_unknown_questions() -> None:
    with pytest.raises(AnswerError, match="not a question"):
        summarise_group(FORM, {"nope": {"P1": 1}})


def test_suggestion_is_never_scored_until_the_group_agrees() -> None:
    summary = summarise_group(FORM, {"q_1": {"P1": 4, "P2": 4}})
    assert summary["q_1"].suggestion == 4
    # the consensus (what scores) has not been recorded yet
    result = score_assessment(FORM, {"q_1": None})
    assert result.section("one").score is None


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from([f"P{i}" for i in range(1, 13)]),
        st.one_of(st.integers(1, 4), st.just(DONT_KNOW), st.none()),
    )
)
def test_discuss_flag_and_counts_match_the_ratings(ratings: dict[str, object]) -> None:
    spread = summarise_ratings(ratings)
    levels = [v for v in ratings.values() if isinstance(v, int)]
    assert sum(spread.counts.values()) == spread.rated == len(levels)
    if levels:
        assert spread.spread == max(levels) - min(levels)
        assert spread.discuss == (max(levels) - min(levels) >= 2)
        assert spread.suggestion is not None and min(levels) <= spread.suggestion <= max(levels)
    else:
        assert not spread.discuss and spread.suggestion is None
    assert_as_validated(spread)


def assert_as_validated(spread: RatingSpread) -> None:
    """summarise_ratings makes the model without validating it: it must be, type for type,
    what validation makes of the same values."""
    validated = RatingSpread.model_validate(spread.model_dump())
    assert spread == validated and spread.model_fields_set == validated.model_fields_set
    for name in RatingSpread.model_fields:
        made, checked = getattr(spread, name), getattr(validated, name)
        assert type(made) is type(checked) and made == checked, name
        if isinstance(checked, dict):
            for key, value in made.items():
                assert type(key) is int and type(value) in (int, list), name


def test_a_round_keeps_ratings_hidden_until_everyone_has_rated() -> None:
    from forms.consensus import ParticipantState, RatingPhase, RatingRound

    rating_round = RatingRound({"a": "P1", "b": "P2", "c": "P3"})
    assert rating_round.phase is RatingPhase.RATING
    assert rating_round.rate("a", 1) is False
    assert rating_round.rate("b", DONT_KNOW) is False
    assert rating_round.spread() is None  # two of three: nothing to show
    assert rating_round.state_of("a") is ParticipantState.RATED_HIDDEN
    assert rating_round.state_of("c") is ParticipantState.WAITING
    assert rating_round.waiting() == ["c"] and rating_round.rated_count == 2
    assert rating_round.rate("c", 4) is True  # the last rating reveals them all at once
    assert rating_round.phase is RatingPhase.REVEALED
    spread = rating_round.spread()
    assert spread is not None and spread.discuss and spread.dont_know == ["P2"]
    assert rating_round.state_of("a") is ParticipantState.REVEALED
    # cleared after the reveal: it stays revealed (what was seen cannot be un-seen)
    assert rating_round.rate("c", None) is False
    assert rating_round.revealed and rating_round.waiting() == ["c"]


def test_a_round_can_be_revealed_early_and_starts_revealed_when_complete() -> None:
    from forms.consensus import RatingRound

    early = RatingRound({"a": "P1", "b": "P2"}, {"a": 2})
    assert early.spread() is None
    assert early.reveal() is True and early.reveal() is False
    assert early.spread() is not None and early.spread().by_level[2] == ["P1"]
    assert RatingRound({"a": "P1"}, {"a": 3}).revealed
    assert RatingRound({"a": "P1", "b": "P2"}, {"a": 3}, revealed=True).revealed
    with pytest.raises(KeyError):
        early.rate("stranger", 1)
