"""Which funds of the shipped Kirklees funds file each kind of group can apply to, and what
stands in the way: real answers scored on the shipped forms, checked against the shipped file."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from desktop.registration.funds import (
    GUIDE_NOTE,
    AssessmentEvidence,
    check_funds,
    eligibility_facts,
    load_funds,
    long_date,
)
from forms.loader import shipped_forms
from forms.scoring import score_assessment
from tests.funds.helpers import (
    CHARITY_WEAK_MONEY,
    CIC,
    CIO,
    INFORMAL_GROUP,
    PARISH_COUNCIL,
    strong_answers,
    weak_section,
)

ON = date(2026, 12, 1)
FUNDS = (
    "ward_project_budgets",
    "kirklees_community_grants",
    "cat_development_grant",
    "one_community_grants",
    "awards_for_all",
)


@pytest.fixture(scope="module")
def forms():
    return {form.kind: form for form in shipped_forms().values()}


def _evidence(form, registration, overrides=None, stage=None) -> AssessmentEvidence:
    answers = strong_answers(form, overrides)
    return AssessmentEvidence(score_assessment(form, answers, registration, stage=stage), answers)


def _case(name: str, forms) -> tuple[dict[str, Any], Any, Any]:
    hc, cat = forms["health_check"], forms["cat_readiness"]
    if name == "informal group, no assessment":
        return INFORMAL_GROUP, None, None
    if name == "CIO, strong health check, CAT business case":
        return CIO, _evidence(hc, CIO), _evidence(cat, CIO, stage="full_business_case")
    if name == "parish council, no assessment":
        return PARISH_COUNCIL, None, None
    if name == "CIC, one signatory":
        return CIC, _evidence(hc, CIC, {"money_1": "no"}), None
    if name == "charity, money section red":
        money = weak_section(hc, "money")
        return CHARITY_WEAK_MONEY, _evidence(hc, CHARITY_WEAK_MONEY, money), None
    raise AssertionError(name)


# organisation -> fund -> the unmet conditions (empty: can apply now)
EXPECTED: dict[str, dict[str, list[str]]] = {
    "informal group, no assessment": {
        "ward_project_budgets": ["constituted", "bank_account"],
        "kirklees_community_grants": ["constituted", "priorities", "money_section"],
        "cat_development_grant": [
            "interested_in_cat",
            "incorporated",
            "before_decision",
            "ready_with_support",
        ],
        "one_community_grants": ["constituted"],
        "awards_for_all": ["governing_document", "two_signatories", "two_unrelated_trustees"],
    },
    "CIO, strong health check, CAT business case": dict.fromkeys(FUNDS, []),
    "parish council, no assessment": {
        "ward_project_budgets": [],
        "kirklees_community_grants": ["voluntary_sector", "money_section"],
        "cat_development_grant": ["interested_in_cat", "before_decision", "ready_with_support"],
        "one_community_grants": ["not_statutory"],
        "awards_for_all": [],
    },
    "CIC, one signatory": {
        "ward_project_budgets": [],
        "kirklees_community_grants": ["priorities", "income"],
        "cat_development_grant": ["interested_in_cat", "before_decision", "ready_with_support"],
        "one_community_grants": ["small_group", "safeguarding_for_children"],
        "awards_for_all": ["two_signatories", "safeguarding_policy"],
    },
    "charity, money section red": {
        "ward_project_budgets": [],
        "kirklees_community_grants": ["money_section"],
        "cat_development_grant": ["interested_in_cat", "before_decision", "ready_with_support"],
        "one_community_grants": [],
        "awards_for_all": ["two_signatories"],
    },
}


@pytest.mark.parametrize("organisation", list(EXPECTED))
def test_each_organisation_gets_the_expected_funds_and_blockers(organisation: str, forms) -> None:
    registration, health_check, cat = _case(organisation, forms)
    guide = check_funds(load_funds(), eligibility_facts(registration, health_check, cat), ON)
    found = {check.fund.id: [u.condition.id for u in check.unmet] for check in guide.checks}
    assert found == EXPECTED[organisation]
    for check in guide.checks:
        assert check.status == ("not_yet" if check.unmet else "eligible")
        for unmet in check.unmet:
            assert unmet.reason.strip()  # every blocker says why in plain words


def test_a_red_money_section_blocks_a_fund_that_asks_for_at_least_amber(forms) -> None:
    registration, health_check, _ = _case("charity, money section red", forms)
    assert health_check.result.section("money").rag == "red"
    guide = check_funds(load_funds(), eligibility_facts(registration, health_check), ON)
    blocked = next(c for c in guide.checks if c.fund.id == "kirklees_community_grants")
    (unmet,) = blocked.unmet
    assert "Money section is at least amber" in unmet.reason
    kinds = {(link.kind, link.target) for link in unmet.links}
    assert ("section", "money") in kinds and ("support", "financial management") in kinds


def test_unmet_conditions_link_to_the_fields_and_statements_that_address_them(forms) -> None:
    registration, health_check, _ = _case("CIC, one signatory", forms)
    guide = check_funds(load_funds(), eligibility_facts(registration, health_check), ON)
    awards = next(c for c in guide.checks if c.fund.id == "awards_for_all")
    signatories = next(u for u in awards.unmet if u.condition.id == "two_signatories")
    targets = {(link.kind, link.target) for link in signatories.links}
    assert {("registration", "bank_signatories"), ("statement", "money_1")} <= targets
    statement = next(link for link in signatories.links if link.kind == "statement")
    assert statement.form_kind == "health_check" and "sign" in statement.label
    assert signatories.action_text(awards.fund).startswith("Open a second signatory")


def test_a_fund_past_its_last_deadline_is_closed_and_rolling_funds_never_close(forms) -> None:
    registration, health_check, cat = _case("CIO, strong health check, CAT business case", forms)
    facts = eligibility_facts(registration, health_check, cat)
    funds = load_funds()
    before = check_funds(funds, facts, date(2027, 1, 29))
    after = check_funds(funds, facts, date(2027, 7, 1))
    grants = "kirklees_community_grants"
    assert next(c for c in before.checks if c.fund.id == grants).status == "eligible"
    assert next(c for c in before.checks if c.fund.id == grants).next_deadline == date(2027, 1, 29)
    closed = {c.fund.id for c in after.closed}
    assert closed == {
        f.id
        for f in funds.funds
        if f.deadlines != "rolling" and max(f.deadlines) < date(2027, 7, 1)
    }
    assert grants in closed and "awards_for_all" not in closed
    assert all(c.fund.deadlines == "rolling" for c in after.eligible)


def test_the_guide_says_it_is_a_guide_and_when_the_file_was_updated(forms) -> None:
    funds = load_funds()
    guide = check_funds(funds, eligibility_facts(INFORMAL_GROUP), ON)
    assert GUIDE_NOTE in guide.honesty_line
    assert long_date(funds.updated) in guide.honesty_line


def test_the_shipped_file_marks_what_the_council_must_confirm() -> None:
    funds = load_funds()
    assert {fund.id for fund in funds.funds} == set(FUNDS)
    assert all(fund.to_confirm for fund in funds.funds)
    assert all(rule.reason and rule.when for fund in funds.funds for rule in fund.eligibility)
