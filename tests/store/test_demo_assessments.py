"""Demo assessments are realistic enough for the benchmarks and the screens to rely on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.demo.assessments import add_demo_assessments
from desktop.demo.organisations import demo_organisations
from desktop.services import Services
from desktop.store.db import open_store


def test_demo_assessments_cover_both_kinds_modes_and_three_years(data_dir):
    services = Services(open_store(data_dir=data_dir))
    services.organisations.create_many(
        demo_organisations(40, seed=3, ward_list=services.organisations.ward_list)
    )
    assert add_demo_assessments(services, 120, seed=3) == 120
    found = services.assessments.list_summaries()
    assert len(found) == 120
    assert {a.kind for a in found} == {"health_check", "cat_readiness"}
    assert {a.mode for a in found} == {"facilitated", "group"}
    assert {a.status for a in found} == {"draft", "completed"}
    oldest = min(a.started_at for a in found)
    assert datetime.now(UTC) - oldest > timedelta(days=365 * 2)

    group = next(a for a in found if a.mode == "group" and a.status == "completed")
    spreads = services.assessments.spreads(group.id)
    assert spreads and all(s.rated >= 3 for s in spreads.values())

    completed = [a for a in found if a.status == "completed"]
    with_actions = [a for a in completed if services.assessments.actions(a.id)]
    assert len(with_actions) > len(completed) // 2
    # every demo answer fits its question, so results compute for every assessment
    for item in found[:30]:
        result = services.assessments.results(item.id).result
        assert all(s.score is None or 0 <= s.score <= 100 for s in result.sections)
    services.close()


def test_a_demo_council_reviews_most_work_so_the_overview_shows_figures(data_dir):
    from desktop.demo.assessments import ISSUE_COMMENTS, add_demo_reviews
    from desktop.services.council.overview import OverviewQueries
    from desktop.services.settings import SettingKey

    services = Services(open_store(data_dir=data_dir))
    services.organisations.create_many(
        demo_organisations(20, seed=5, ward_list=services.organisations.ward_list)
    )
    add_demo_assessments(services, 40, seed=5)
    completed = services.assessments.list_summaries(status="completed")
    assert OverviewQueries(services.store).overview().assessed_count == 0  # nothing approved

    services.settings.set(SettingKey.COUNCIL_MODE, True)
    approved, flagged = add_demo_reviews(services, seed=5)
    counts = services.reviews.counts()
    assert (counts.get("approved", 0), counts.get("has_issues", 0)) == (approved, flagged)
    assert flagged == 3 and approved >= 0.8 * (len(completed) - flagged) - 1
    assert approved + flagged < len(completed)  # a few left to review
    for item in services.reviews.items(state="has_issues"):
        (note,) = services.reviews.thread(item.assessment_id)
        assert note.comment in ISSUE_COMMENTS and note.author
    assert OverviewQueries(services.store).overview().assessed_count > 0
