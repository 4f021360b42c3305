"""The funds service on a real database: an organisation's facts come from its registration
and its latest completed assessments, and the council's "Funding readiness" table adds up to
what a direct SQL count of the same rule gives."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

from sqlalchemy import func, select

from desktop.cli import main
from desktop.registration.funds import long_date
from desktop.services import open_services
from desktop.store.models import Organisation
from tests.funds.helpers import (
    CHARITY_WEAK_MONEY,
    CIC,
    CIO,
    INFORMAL_GROUP,
    PARISH_COUNCIL,
    complete_assessment,
    weak_section,
)

ON = date(2026, 12, 1)


def _unmet(guide, fund_id: str) -> list[str]:
    check = next(c for c in guide.checks if c.fund.id == fund_id)
    return [u.condition.id for u in check.unmet]


def test_the_latest_completed_health_check_counts_and_a_draft_does_not(services) -> None:
    charity = services.organisations.create(CHARITY_WEAK_MONEY)
    assert _unmet(services.funds.guide(charity.id, ON), "kirklees_community_grants") == [
        "money_section"
    ]  # no health check yet
    form = services.assessments.available_forms()["health_check"]
    complete_assessment(services, charity.id, "health_check")
    assert _unmet(services.funds.guide(charity.id, ON), "kirklees_community_grants") == []
    # a later health check whose money section is red is the one that counts
    complete_assessment(services, charity.id, "health_check", weak_section(form, "money"))
    assert _unmet(services.funds.guide(charity.id, ON), "kirklees_community_grants") == [
        "money_section"
    ]
    # a draft started after it changes nothing
    services.assessments.start(charity.id, "health_check", consent_given=True)
    facts = services.funds.facts(charity.id)
    assert facts["health_check_done"] is True and facts["health_check_money"] == "red"


def test_a_cat_readiness_check_opens_the_cat_development_grant(services) -> None:
    cio = services.organisations.create(CIO)
    assert _unmet(services.funds.guide(cio.id, ON), "cat_development_grant") == [
        "before_decision",
        "ready_with_support",
    ]
    complete_assessment(services, cio.id, "cat_readiness", stage="full_business_case")
    facts = services.funds.facts(cio.id)
    assert facts["cat_stage"] == "full_business_case" and facts["cat_verdict"] == "Ready"
    assert _unmet(services.funds.guide(cio.id, ON), "cat_development_grant") == []


def test_the_council_table_counts_match_a_direct_sql_count(services) -> None:
    registrations = [INFORMAL_GROUP, CIO, PARISH_COUNCIL, CIC, CHARITY_WEAK_MONEY]
    made = []
    for index in range(15):  # three of each, spread over wards
        data = dict(registrations[index % 5], name=f"Group {index:02d}")
        if index % 3 == 0:
            data["ward"] = "Mirfield"
        if index % 4 == 0:
            data["has_bank_account"] = False
        made.append(services.organisations.create(data))
    services.organisations.delete(made[1].id)  # a deleted organisation is not counted
    table = services.funds.readiness(today=ON)

    with services.store.session() as session:
        live = Organisation.deleted_at.is_(None)
        by_ward = dict(
            session.execute(
                select(Organisation.ward, func.count()).where(live).group_by(Organisation.ward)
            ).all()
        )
        # Ward Project Budgets: constituted, in a ward, with a bank account
        ward_budget = dict(
            session.execute(
                select(Organisation.ward, func.count())
                .where(
                    live,
                    Organisation.legal_form.is_not(None),
                    Organisation.legal_form != "informal_group",
                    Organisation.ward.is_not(None),
                    Organisation.has_bank_account.is_(True),
                )
                .group_by(Organisation.ward)
            ).all()
        )
        # One Community: constituted, not a parish council, income under £500k, and
        # safeguarding where children or young people are involved (none of these lack it)
        one_community = session.execute(
            select(func.count()).where(
                live,
                Organisation.legal_form.not_in(["informal_group", "town_parish_council"]),
                Organisation.income_band.in_(
                    ["under_10k", "10k_to_25k", "25k_to_100k", "100k_to_500k"]
                ),
            )
        ).scalar_one()
    assert table.organisations_by_ward == by_ward
    assert table.organisations == sum(by_ward.values()) == 14
    budgets = next(f for f in table.funds if f.fund_id == "ward_project_budgets")
    assert budgets.eligible_by_ward == ward_budget
    assert budgets.eligible == sum(ward_budget.values())
    community = next(f for f in table.funds if f.fund_id == "one_community_grants")
    assert community.eligible == one_community
    # the commonest blocker is the reason most often unmet for that fund
    blockers = Counter(
        unmet.reason
        for organisation in made
        if organisation.id != made[1].id
        for check in services.funds.guide(organisation.id, ON).checks
        if check.fund.id == "ward_project_budgets"
        for unmet in check.unmet
    )
    reason, count = blockers.most_common(1)[0]
    assert (budgets.blocker, budgets.blocked_by_it) == (reason, count)


def test_the_council_table_reads_each_kinds_answers_as_each_guide_does(services) -> None:
    """The table reads only the answers fund conditions name, a health check's (`hc_`) and a
    CAT check's (`cat_`) each from its own kind; every fund's count must still be what each
    organisation's own guide (scoring its answers afresh) says."""
    made = []
    for index, money_1 in enumerate(["no", "yes", None, "no"]):
        organisation = services.organisations.create(
            dict(CIO, name=f"Signatories {index}", bank_signatories=2)
        )
        made.append(organisation.id)
        if money_1 is not None:
            complete_assessment(services, organisation.id, "health_check", {"money_1": money_1})
        if index >= 2:
            complete_assessment(
                services, organisation.id, "cat_readiness", stage="full_business_case"
            )
    table = services.funds.readiness(today=ON, approved_only=False)

    for fund in table.funds:
        open_to = [
            organisation_id
            for organisation_id in made
            if not _unmet(services.funds.guide(organisation_id, ON), fund.fund_id)
        ]
        assert fund.eligible == len(open_to), fund.fund_id
    awards = next(f for f in table.funds if f.fund_id == "awards_for_all")
    assert awards.eligible == 2  # both health checks answering "no" to two signatories block it


def test_funds_list_for_an_organisation_as_json(data_dir, capsys) -> None:
    services = open_services(data_dir)
    parish = services.organisations.create(PARISH_COUNCIL)
    services.close()
    assert main(["funds", "list", "--org", parish.id, "--json", "--on", "2027-07-01"]) == 0
    listing = json.loads(capsys.readouterr().out)
    status = {fund["id"]: fund["status"] for fund in listing["funds"]}
    assert status["ward_project_budgets"] == "eligible"
    assert status["one_community_grants"] == "closed"
    assert "never a decision" in listing["note"]
    assert long_date(date.fromisoformat(listing["updated"])) in listing["note"]
    assert main(["funds", "list", "--org", parish.id]) == 0
    out = capsys.readouterr().out
    assert "Funds you can apply to now:" in out and "town or parish councils" in out


def test_the_council_table_reads_a_cat_stage_as_each_guide_does(services) -> None:
    """The table reads stored results; the guide scores again: both take the stage the CAT
    check was started for (the assessment list once left it out, and the default stage
    stood in)."""
    ready = services.organisations.create(dict(CIO, name="Stage business case"))
    after = services.organisations.create(dict(CIO, name="Stage after transfer"))
    complete_assessment(services, ready.id, "cat_readiness", stage="full_business_case")
    complete_assessment(services, after.id, "cat_readiness", stage="after_transfer")
    listed = {s.organisation_id: s.cat_stage for s in services.assessments.list_summaries()}
    assert listed == {ready.id: "full_business_case", after.id: "after_transfer"}
    table = services.funds.readiness(today=ON, approved_only=False)
    grant = next(f for f in table.funds if f.fund_id == "cat_development_grant")
    by_guide = [
        organisation.id
        for organisation in (ready, after)
        if not _unmet(services.funds.guide(organisation.id, ON), "cat_development_grant")
    ]
    assert by_guide == [ready.id]
    assert grant.eligible == len(by_guide) == 1


def test_the_council_table_counts_approved_work_only_by_default(services) -> None:
    """Like the rest of the council summary, the table reads each organisation's latest
    approved assessment of each kind (work not approved yet is read as not done), unless
    asked to include it; both counts equal a direct SQL count with the same filter."""
    from desktop.services.reviews import approved_assessments
    from desktop.store.models import AssessmentScore, SectionScore

    form = services.assessments.available_forms()["health_check"]
    services.settings.set("council_mode", True)
    approve = []
    for index in range(8):
        charity = services.organisations.create(dict(CHARITY_WEAK_MONEY, name=f"Friends {index}"))
        if index % 4 == 0:
            continue  # no health check
        first = complete_assessment(services, charity.id, "health_check")  # money green
        if index % 2:
            approve.append(first)
        if index == 3:
            # a later check, money red, not approved: the approved one still counts
            complete_assessment(services, charity.id, "health_check", weak_section(form, "money"))
    services.reviews.set_state(approve, "approved")

    def sql_count(approved_only: bool) -> int:
        """Organisations whose latest counted health check has a Money section at least
        amber (every other condition of the fund holds for these charities)."""
        scores = select(
            AssessmentScore.assessment_id,
            AssessmentScore.organisation_id,
            func.row_number()
            .over(
                partition_by=AssessmentScore.organisation_id,
                order_by=AssessmentScore.started_at.desc(),
            )
            .label("rank"),
        ).where(AssessmentScore.kind == "health_check", AssessmentScore.problem.is_(None))
        if approved_only:
            scores = scores.where(AssessmentScore.assessment_id.in_(approved_assessments()))
        latest = scores.subquery()
        with services.store.session() as session:
            return session.execute(
                select(func.count())
                .select_from(latest)
                .join(SectionScore, SectionScore.assessment_id == latest.c.assessment_id)
                .join(Organisation, Organisation.id == latest.c.organisation_id)
                .where(
                    latest.c.rank == 1,
                    SectionScore.section_id == "money",
                    SectionScore.rag.in_(["amber", "green"]),
                    Organisation.deleted_at.is_(None),
                )
            ).scalar_one()

    def eligible(table) -> int:
        return next(f for f in table.funds if f.fund_id == "kirklees_community_grants").eligible

    approved = services.funds.readiness(today=ON)
    every = services.funds.readiness(today=ON, approved_only=False)
    assert approved.approved_only and not every.approved_only
    assert eligible(approved) == sql_count(approved_only=True) == len(approve) == 4
    assert eligible(every) == sql_count(approved_only=False)
    assert eligible(every) == 5  # two not approved yet, one of them with money red
    assert approved.organisations == every.organisations == 8
