"""XLSForm's XPath subset ⇄ our condition language: a table both ways, and random round trips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms.conditions import parse_condition
from forms.xpath import XPathError, condition_to_xpath, xpath_to_condition

# (XPath as forms write it, our condition); each row is checked in both directions.
TABLE = [
    ("${legal_form} = 'cio'", 'legal_form == "cio"'),
    ("${q1} != 'no'", 'q1 != "no"'),
    ("${staff} > 0", "staff > 0"),
    ("${staff} >= 1.5", "staff >= 1.5"),
    ("${age} < -1", "age < -1"),
    ("${age} <= 18", "age <= 18"),
    ("${q1} = ''", "q1 == None"),
    ("${q1} != ''", "q1 != None"),
    ("${a} = 'yes' and ${b} = 'no'", 'a == "yes" and b == "no"'),
    ("${a} = 'yes' or ${b} = 'no'", 'a == "yes" or b == "no"'),
    ("(${a} = 'x' or ${b} = 'y') and ${c} > 2", '(a == "x" or b == "y") and c > 2'),
    ("not(${a} = 'x')", 'not (a == "x")'),
    ("selected(${themes}, 'food')", '"food" in themes'),
    ("not(selected(${themes}, 'food'))", 'not ("food" in themes)'),
    ("count-selected(${themes}) >= 2", "count(themes) >= 2"),
    ("${done} = true()", "done == True"),
    ('${name} = "O\'Brien"', 'name == "O\'Brien"'),
    ("${ward} = 'Almondbury'", 'ward == "Almondbury"'),
]


@pytest.mark.parametrize(("xpath", "condition"), TABLE)
def test_xpath_translates_to_our_condition_and_back(xpath: str, condition: str) -> None:
    assert xpath_to_condition(xpath) == condition
    assert condition_to_xpath(condition) == xpath


def test_a_constraint_uses_dot_for_its_own_answer() -> None:
    assert xpath_to_condition(". >= 0 and . <= 100", self_name="members") == (
        "members >= 0 and members <= 100"
    )
    assert condition_to_xpath("members >= 0", self_name="members") == ". >= 0"
    with pytest.raises(XPathError, match="only works in a constraint"):
        xpath_to_condition(". > 3")


def test_lists_become_alternatives_and_a_bare_reference_means_answered() -> None:
    assert condition_to_xpath('q in ["a", "b"]') == "(${q} = 'a' or ${q} = 'b')"
    assert condition_to_xpath('q not in ["a"]') == "not(${q} = 'a')"
    assert xpath_to_condition("${q}") == "q != None"


@pytest.mark.parametrize(
    ("xpath", "says"),
    [
        ("pulldata('x', 'y', 'z', 'w')", "pulldata() at 1 is not supported"),
        ("${a} + 1 > 2", "'+ 1 > 2' is not understood (at character 5)"),
        ("${a} =", "ends too early"),
        ("${a} = 'x' ${b}", "is not understood here"),
        ("today() > ${d}", "today() at 1 is not supported"),
        ("${a b} = 1", "is not a question name"),
        ("", "empty"),
        ("((((" * 30 + "${a} = 1" + "))))" * 30, "nested too deeply"),
    ],
)
def test_what_is_outside_the_subset_is_refused_with_where(xpath: str, says: str) -> None:
    with pytest.raises(XPathError) as error:
        xpath_to_condition(xpath)
    assert says in str(error.value)


def test_conditions_without_an_xpath_form_are_refused() -> None:
    with pytest.raises(XPathError, match="chained comparison"):
        condition_to_xpath("1 < q < 3")


# -- random round trips ------------------------------------------------------------------------

NAMES = st.sampled_from(["a", "b", "themes", "staff"])
# XPath's '' is "unanswered" (our None), so an empty text has no form of its own there.
TEXTS = st.text(alphabet="abcdefghij klmnop'", min_size=1, max_size=8)
NUMBERS = st.one_of(
    st.integers(-1000, 1000), st.decimals("-100", "100", places=2).map(lambda d: float(d))
)


def _literal(value: object) -> str:
    return repr(value) if not isinstance(value, str) else '"' + value + '"'


comparisons = st.one_of(
    st.builds(
        lambda n, op, v: f"{n} {op} {_literal(v)}",
        NAMES,
        st.sampled_from(["==", "!=", "<", "<=", ">", ">="]),
        NUMBERS,
    ),
    st.builds(
        lambda n, op, v: f"{n} {op} {_literal(v)}", NAMES, st.sampled_from(["==", "!="]), TEXTS
    ),
    st.builds(lambda n, op: f"{n} {op} None", NAMES, st.sampled_from(["==", "!="])),
    st.builds(lambda n, v: f'"{v}" in {n}', NAMES, TEXTS),
    st.builds(lambda n, k: f"count({n}) >= {k}", NAMES, st.integers(0, 4)),
)
conditions = st.recursive(
    comparisons,
    lambda inner: st.one_of(
        st.builds(lambda x: f"not ({x})", inner),
        st.builds(lambda x, y: f"({x}) and ({y})", inner, inner),
        st.builds(lambda x, y: f"({x}) or ({y})", inner, inner),
    ),
    max_leaves=6,
)
answers = st.fixed_dictionaries(
    {
        "a": st.one_of(st.none(), NUMBERS, TEXTS),
        "b": st.one_of(st.none(), NUMBERS, TEXTS),
        "themes": st.one_of(st.none(), st.lists(TEXTS, max_size=3)),
        "staff": st.one_of(st.none(), NUMBERS),
    }
)


@settings(max_examples=150, deadline=None)
@given(conditions, st.lists(answers, min_size=1, max_size=5))
def test_any_condition_survives_a_round_trip_through_xpath(condition: str, contexts) -> None:
    try:
        xpath = condition_to_xpath(condition)
    except XPathError as error:  # only texts holding both kinds of quote have no XPath form
        assert "both" in str(error)
        return
    back = xpath_to_condition(xpath)
    original, returned = parse_condition(condition), parse_condition(back)
    for context in contexts:
        assert original.evaluate(context) == returned.evaluate(context), (xpath, back, context)
    # And XPath written from the translation is stable.
    assert condition_to_xpath(back) == xpath
