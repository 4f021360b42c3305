"""Council overview: support needs by ward and theme, readiness over time, counts by ward/form.

The Overview page looks across every organisation. Every completed assessment's result is stored
(`desktop.services.scores`), so the figures are four aggregate queries: organisations by legal
form and ward, organisations assessed, results by month, and support needs from each
organisation's latest assessment of each kind. Read-only; plain dataclasses out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, cast, func, select
from sqlalchemy.orm import Session

from desktop.services.council.scoring import (
    NO_WARD,
    THEME_SEPARATOR,
    ScoringQueries,
    check_date_range,
    themes_of,
    themes_text,
)
from desktop.services.organisation_rows import LEGAL_FORM_LABELS
from desktop.store.db import Store
from desktop.store.models import AssessmentScore, Organisation

VERDICTS: tuple[str, ...] = ("Ready", "Ready with support", "Not yet ready")


@dataclass(frozen=True)
class QuarterFigures:
    """Completed assessments started in one calendar quarter."""

    quarter: str  # "2025 Q3"
    verdicts: dict[str, int]  # CAT readiness verdict -> assessments
    health_checks: int
    mean_health_score: float | None

    @property
    def cat_assessments(self) -> int:
        return sum(self.verdicts.values())


@dataclass(frozen=True)
class Overview:
    """What the Overview page shows for one ward (or all) and one date range (or all time)."""

    ward: str | None
    since: date | None
    until: date | None
    organisation_count: int
    assessed_count: int
    by_legal_form: list[tuple[str, int]]
    by_ward: list[tuple[str, int]]
    # Support needs: organisations whose latest completed assessment in the range raised the
    # theme, by ward. Rows are wards (every ward with organisations, and any ward a need was
    # raised in), columns themes (most needed first).
    need_wards: list[str]
    need_themes: list[str]
    needs: dict[tuple[str, str], int] = field(default_factory=dict)
    quarters: list[QuarterFigures] = field(default_factory=list)
    # Whether only approved work counts, and how many completed assessments that left out.
    approved_only: bool = True
    not_counted: int = 0

    def need(self, ward: str, theme: str) -> int:
        return self.needs.get((ward, theme), 0)

    def theme_total(self, theme: str) -> int:
        return sum(count for (_ward, name), count in self.needs.items() if name == theme)

    @property
    def largest_need(self) -> int:
        return max(self.needs.values(), default=0)


def quarter_of(moment: datetime | date) -> str:
    """The calendar quarter a moment falls in, as the Overview names it: "2025 Q3"."""
    return f"{moment.year} Q{(moment.month - 1) // 3 + 1}"


def theme_label(theme: str) -> str:
    """Support themes are stored in lower case ("trustee skills"); people read "Trustee skills"."""
    return theme[:1].upper() + theme[1:]


class OverviewQueries(ScoringQueries):
    """Read-only queries behind the council Overview page, over stored results."""

    def __init__(self, store: Store, catalogue: object = None, *, approved_only: bool = True):
        # `catalogue` is accepted for callers written before results were stored; stored
        # results keep themes, so offers are never needed here.
        super().__init__(store, approved_only=approved_only)

    def overview(
        self,
        *,
        ward: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> Overview:
        """Counts of every registered organisation (in `ward` if given); support needs and
        readiness from the completed assessments started from `since` to `until` inclusive."""
        check_date_range(since, until)
        self._ensure_scored()
        with self.store.session() as session:
            registered = session.execute(
                self.organisations_where(
                    select(Organisation.legal_form, Organisation.ward, func.count()).group_by(
                        Organisation.legal_form, Organisation.ward
                    ),
                    ward,
                )
            ).all()
            by_month = session.execute(self._by_month(ward=ward, since=since, until=until)).all()
            # Every organisation with a counted result has a latest one: the needs' query
            # counts the organisations assessed too.
            assessed_count, need_rows = self._needs(session, ward=ward, since=since, until=until)
            not_counted = self.not_counted(session, ward=ward, since=since, until=until)

        by_legal_form: Counter[str] = Counter()
        by_ward: Counter[str] = Counter()
        for legal_form, org_ward, count in registered:
            by_legal_form[LEGAL_FORM_LABELS.get(legal_form, legal_form)] += count
            by_ward[org_ward or NO_WARD] += count
        needs = {(org_ward or NO_WARD, theme): count for org_ward, theme, count in need_rows}
        theme_totals: Counter[str] = Counter()
        for (_ward, theme), count in needs.items():
            theme_totals[theme] += count
        return Overview(
            ward=ward,
            since=since,
            until=until,
            organisation_count=sum(by_ward.values()),
            assessed_count=assessed_count,
            by_legal_form=sorted(by_legal_form.items(), key=_most_first),
            by_ward=sorted(by_ward.items(), key=_most_first),
            # Every ward with organisations is a row, so a ward with no needs shows as zeros
            # rather than silently missing.
            need_wards=sorted(set(by_ward) | {ward_name for ward_name, _theme in needs}),
            need_themes=[theme for theme, _n in sorted(theme_totals.items(), key=_most_first)],
            needs=needs,
            quarters=_quarters(by_month),
            approved_only=self.approved_only,
            not_counted=not_counted,
        )

    def _by_month(self, *, ward: str | None, since: date | None, until: date | None) -> Select:
        """Per month started, kind and verdict: assessments, scored ones, and their total."""
        year: ColumnElement[Any]
        month: ColumnElement[Any]
        if self.store.is_sqlite:
            # A stored start is text ("2024-04-23 19:05:58.000000"): cutting it is cheaper than
            # strftime parsing 20,000 dates twice, and gives the same numbers.
            started = AssessmentScore.started_at
            year = cast(func.substr(started, 1, 4), Integer)
            month = cast(func.substr(started, 6, 2), Integer)
        else:
            year = func.extract("year", AssessmentScore.started_at)
            month = func.extract("month", AssessmentScore.started_at)
        return self.scored(
            select(
                year,
                month,
                AssessmentScore.kind,
                AssessmentScore.verdict,
                func.count(),
                func.count(AssessmentScore.overall_score),
                func.sum(AssessmentScore.overall_score),
            )
            .select_from(AssessmentScore)
            .group_by(year, month, AssessmentScore.kind, AssessmentScore.verdict),
            ward=ward,
            since=since,
            until=until,
        )

    def _needs(
        self, session: Session, *, ward: str | None, since: date | None, until: date | None
    ) -> tuple[int, list[tuple[str | None, str, int]]]:
        """The organisations with a counted result, and support needs by ward and theme
        (ward, theme, organisations): each organisation counts once per theme, from its latest
        assessment of each kind, so an old need already met does not linger.

        The latest results come with their themes as one text each (`themes_text`) and are
        counted here: grouping every (result, theme) pair in SQL with a distinct count was
        most of the Overview's time on PostgreSQL (76k pairs at 20,000 assessments)."""
        latest = self.latest_of_each_kind(ward=ward, since=since, until=until).subquery()
        connection = session.connection()
        rows = connection.execute(
            select(
                latest.c.assessment_id,
                latest.c.organisation_id,
                latest.c.ward,
                themes_text(latest.c.assessment_id),
            )
        ).all()
        # An organisation's themes over its latest result of each kind, counted once each
        # (one result's themes are distinct already: they are its rows' primary key). Each text
        # is split here as `split_themes` does (a call per result was a tenth of the Overview's
        # time); one whose count does not match is read by id afterwards.
        raised_by: dict[str, tuple[str | None, Collection[str]]] = {}
        unsplit: list[tuple[str, str, str | None]] = []
        for assessment_id, organisation_id, org_ward, text in rows:
            if text is None:
                continue
            count, _separator, joined = text.partition(THEME_SEPARATOR)
            raised = joined.split(THEME_SEPARATOR)
            if len(raised) != int(count):
                unsplit.append((assessment_id, organisation_id, org_ward))
                continue
            held = raised_by.get(organisation_id)
            raised_by[organisation_id] = (
                (org_ward, raised) if held is None else (org_ward, {*held[1], *raised})
            )
        if unsplit:
            read = themes_of(connection, [assessment_id for assessment_id, _o, _w in unsplit])
            for assessment_id, organisation_id, org_ward in unsplit:
                raised = read.get(assessment_id, [])
                held = raised_by.get(organisation_id)
                raised_by[organisation_id] = (
                    (org_ward, raised) if held is None else (org_ward, {*held[1], *raised})
                )
        by_ward: dict[str | None, Counter[str]] = {}
        for org_ward, themes in raised_by.values():
            counts = by_ward.get(org_ward)
            if counts is None:
                counts = by_ward[org_ward] = Counter()
            counts.update(themes)
        assessed = len({organisation_id for _id, organisation_id, _ward, _text in rows})
        return assessed, [
            (org_ward, theme, count)
            for org_ward, counts in by_ward.items()
            for theme, count in counts.items()
        ]


def _quarters(by_month: Sequence[Any]) -> list[QuarterFigures]:
    quarters: dict[str, dict[str, Any]] = {}
    for year, month, kind, verdict, count, scored, total in by_month:
        figures = quarters.setdefault(
            quarter_of(date(int(year), int(month), 1)),
            {"verdicts": Counter(), "health_checks": 0, "scored": 0, "total": 0.0},
        )
        if kind == "cat_readiness" and verdict:
            figures["verdicts"][verdict] += count
        elif kind == "health_check":
            figures["health_checks"] += count
            figures["scored"] += scored
            figures["total"] += float(total or 0.0)
    return [
        QuarterFigures(
            quarter=name,
            verdicts={v: quarters[name]["verdicts"].get(v, 0) for v in VERDICTS},
            health_checks=quarters[name]["health_checks"],
            mean_health_score=(
                quarters[name]["total"] / quarters[name]["scored"]
                if quarters[name]["scored"]
                else None
            ),
        )
        for name in sorted(quarters)
    ]


def _most_first(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])
