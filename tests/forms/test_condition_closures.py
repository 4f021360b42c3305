"""Conditions compiled into closures when parsed (`Condition.evaluate`, and `predicate`, which
scoring calls) give what walking their syntax tree gives (the walk in reference_scoring.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reference_scoring import holds

from forms.answers import DONT_KNOW
from forms.conditions import parse_condition

NAMES = st.sampled_from(["q_1", "q_2", "themes", "legal_form"])
LITERALS = st.one_of(
    st.integers(-5, 5).map(str),
    st.sampled_from(["'yes'", "'no'", "None", "True", "False", "2.5", "-1.5", "''"]),
    st.sampled_from(["[1, 'a']", "['yes', 'no']", "[None, 'a']", "()", "(2, 3.0)", "[-1]"]),
)
OPERANDS = st.one_of(NAMES, LITERALS, NAMES.map(lambda name: f"count({name})"))
COMPARISONS = st.sampled_from(["==", "!=", "<", "<=", ">", ">=", "in", "not in"])
ATOMS = st.one_of(
    st.builds(lambda n, c, v: f"{n} {c} {v}", NAMES, COMPARISONS, LITERALS),
    st.builds(lambda v, c, n: f"{v} {c} {n}", LITERALS, COMPARISONS, NAMES),
    st.builds(lambda a, c, b: f"{a} {c} {b}", OPERANDS, COMPARISONS, OPERANDS),
    # chained comparisons, such as 1 <= q_1 <= 3
    st.builds(
        lambda a, c, b, d, e: f"{a} {c} {b} {d} {e}",
        OPERANDS,
        COMPARISONS,
        NAMES,
        COMPARISONS,
        OPERANDS,
    ),
    OPERANDS,  # a bare name, literal or count()
)
EXPRESSIONS = st.recursive(
    ATOMS,
    lambda inner: st.one_of(
        st.builds(lambda a, b: f"({a} and {b})", inner, inner),
        st.builds(lambda a, b, c: f"({a} and {b} and {c})", inner, inner, inner),
        st.builds(lambda a, b: f"({a} or {b})", inner, inner),
        st.builds(lambda a, b, c: f"({a} or {b} or {c})", inner, inner, inner),
        st.builds(lambda a: f"not ({a})", inner),
        st.builds(lambda a, b: f"({a}) == ({b})", inner, inner),
    ),
    max_leaves=6,
)
VALUES = st.one_of(
    st.none(),
    st.just(DONT_KNOW),
    st.integers(-5, 5),
    st.floats(-5, 5, allow_nan=False),
    st.booleans(),
    st.sampled_from(["yes", "no", "a", ""]),
    st.lists(
        st.one_of(st.sampled_from(["a", "yes", "food"]), st.integers(0, 2), st.none()), max_size=3
    ),
)


@settings(max_examples=800, deadline=None)
@given(EXPRESSIONS, st.dictionaries(NAMES, VALUES))
def test_a_compiled_condition_gives_what_the_tree_walk_gives(
    text: str, context: dict[str, object]
) -> None:
    condition = parse_condition(text)
    expected = holds(condition, context)
    assert condition.predicate(context) is expected, text
    assert condition.evaluate(context) is expected, text


EDGE_CONDITIONS = [
    "q_1 == None",
    "q_1 != None",
    "None == q_1",
    "q_1 in [None, 'a']",
    "q_1 not in [None]",
    "q_1 < 3",
    "q_1 >= 0",
    "'a' in q_1",
    "'a' not in q_1",
    "q_1 == q_2",
    "q_1 != q_2",
    "count(q_1) == 0",
    "q_1",
    "not q_1",
    "1 <= q_1 <= 3",
    "q_1 == True",
    "q_1 == 1",
]
EDGE_VALUES: list[object] = [None, DONT_KNOW, 0, 1, 2.0, True, "a", "", ["a", None], [], "3"]


def test_a_compiled_condition_agrees_on_missing_and_dont_know_answers() -> None:
    """Every pairing of the awkward cases: None and "don't know" (None to the tree walk),
    lists holding None, orderings that cannot be made, True against 1."""
    for text in EDGE_CONDITIONS:
        condition = parse_condition(text)
        function = condition.predicate
        for first in [*EDGE_VALUES, "absent"]:
            for second in EDGE_VALUES:
                context = {} if first == "absent" else {"q_1": first}
                context["q_2"] = second
                expected = holds(condition, context)
                assert function(context) is expected, (text, context)
                assert condition.evaluate(context) is expected, (text, context)
