"""Council overview: support needs by ward and theme, readiness over time, counts by ward/form.

The Overview page looks across every organisation. Scores are not stored (they follow from the
answers and the form), so the completed assessments in the chosen range are scored here in
bulk: one query for organisations, one for assessments, one per chunk of assessments for the
agreed answers, one per form snapshot used. Read-only; plain dataclasses out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.services.council.scoring import NO_WARD, ScoringQueries, check_date_range
from desktop.services.organisations import LEGAL_FORM_LABELS
from desktop.store.db import Store
from forms.support import SupportCatalogue, load_support_offers

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
    # theme, by ward. Rows are wards, columns themes (most needed first).
    need_wards: list[str]
    need_themes: list[str]
    needs: dict[tuple[str, str], int] = field(default_factory=dict)
    quarters: list[QuarterFigures] = field(default_factory=list)

    def need(self, ward: str, theme: str) -> int:
        return self.needs.get((ward, theme), 0)

    def theme_total(self, theme: str) -> int:
        return sum(count for (_ward, name), count in self.needs.items() if name == theme)

    @property
    def largest_need(self) -> int:
        return max(self.needs.values(), default=0)


def quarter_of(moment: datetime | date) -> str:
    return f"{moment.year} Q{(moment.month - 1) // 3 + 1}"


def theme_label(theme: str) -> str:
    """Support themes are stored in lower case ("trustee skills"); people read "Trustee skills"."""
    return theme[:1].upper() + theme[1:]


class OverviewQueries(ScoringQueries):
    """Read-only queries behind the council Overview page."""

    left_out_of = "the Overview"

    def __init__(self, store: Store, catalogue: SupportCatalogue | None = None):
        super().__init__(store)
        self._catalogue = catalogue

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
        if self._catalogue is None:
            self._catalogue = load_support_offers()
        with self.store.session() as session:
            organisations = self._organisations(session, ward)
            assessments = self._completed_assessments(session, set(organisations), since, until)
            answers = self._agreed_answers(session, [row["id"] for row in assessments])
            scored: list[tuple[dict[str, Any], Any]] = []
            for row in assessments:
                result = self._score(
                    session,
                    row,
                    answers.get(row["id"], {}),
                    organisations.get(row["organisation_id"]),
                    self._catalogue,
                )
                if result is not None:
                    scored.append((row, result))

        by_legal_form = Counter(
            LEGAL_FORM_LABELS.get(org["legal_form"], org["legal_form"])
            for org in organisations.values()
        )
        by_ward = Counter(org["ward"] or NO_WARD for org in organisations.values())

        # Support needs: each organisation counts once per theme, from its latest assessment
        # of each kind, so an old need already met does not linger.
        latest: dict[tuple[str, str], tuple[datetime, Any]] = {}
        for row, result in scored:
            key = (row["organisation_id"], row["kind"])
            if key not in latest or row["started_at"] > latest[key][0]:
                latest[key] = (row["started_at"], result)
        raised: dict[str, set[str]] = {}
        for (organisation_id, _kind), (_at, result) in latest.items():
            raised.setdefault(organisation_id, set()).update(
                need.theme for need in result.support_needs
            )
        needs: Counter[tuple[str, str]] = Counter()
        for organisation_id, themes in raised.items():
            org_ward = organisations[organisation_id]["ward"] or NO_WARD
            for theme in themes:
                needs[(org_ward, theme)] += 1
        theme_totals: Counter[str] = Counter()
        for (_ward, theme), count in needs.items():
            theme_totals[theme] += count
        need_themes = [theme for theme, _n in sorted(theme_totals.items(), key=_most_first)]
        need_wards = sorted({ward_name for ward_name, _theme in needs})

        quarters: dict[str, dict[str, Any]] = {}
        for row, result in scored:
            figures = quarters.setdefault(
                quarter_of(row["started_at"]), {"verdicts": Counter(), "scores": []}
            )
            if row["kind"] == "cat_readiness" and result.readiness:
                figures["verdicts"][result.readiness] += 1
            elif row["kind"] == "health_check":
                figures["scores"].append(result.overall_score)
        quarter_rows = []
        for name in sorted(quarters):
            scores = [s for s in quarters[name]["scores"] if s is not None]
            quarter_rows.append(
                QuarterFigures(
                    quarter=name,
                    verdicts={v: quarters[name]["verdicts"].get(v, 0) for v in VERDICTS},
                    health_checks=len(quarters[name]["scores"]),
                    mean_health_score=sum(scores) / len(scores) if scores else None,
                )
            )
        return Overview(
            ward=ward,
            since=since,
            until=until,
            organisation_count=len(organisations),
            assessed_count=len({row["organisation_id"] for row, _r in scored}),
            by_legal_form=sorted(by_legal_form.items(), key=_most_first),
            by_ward=sorted(by_ward.items(), key=_most_first),
            need_wards=need_wards,
            need_themes=need_themes,
            needs=dict(needs),
            quarters=quarter_rows,
        )


def _most_first(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])
