"""Funds a group could apply to: the funds file in force and each organisation's facts.

The rules are pure (`desktop.registration.funds`); this service finds the funds file (the one
the last field pack brought, else the shipped one), gathers an organisation's registration and
its latest completed health check and CAT readiness check, and adds the guides up for the
council ("Funding readiness": per ward, how many organisations are eligible for each fund, and
each fund's most common blocker).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.errors import UserError
from desktop.registration.funds import (
    CAT_PREFIX,
    HEALTH_CHECK_ANSWER_PREFIX,
    HEALTH_CHECK_PREFIX,
    AssessmentEvidence,
    FundsFile,
    FundsGuide,
    FundVocabulary,
    ResultFacts,
    check_funds,
    eligibility_facts,
    fund_vocabulary,
    load_funds,
    shipped_vocabulary,
    unmet_conditions,
)
from desktop.services.assessments import (
    ActionInfo,
    AssessmentService,
    AssessmentSummary,
    ResultsSnapshot,
)
from desktop.store.db import Store, ids_in
from desktop.store.models import Assessment, AssessmentScore, Organisation, SectionScore
from forms.loader import FormError
from forms.scoring import score_assessment

NO_WARD = "(no ward given)"


@dataclass(frozen=True)
class FundReadiness:
    """One fund across the organisations counted: eligible per ward and the commonest blocker."""

    fund_id: str
    fund_name: str
    closed: bool
    eligible_by_ward: dict[str, int]
    eligible: int
    blocker: str | None
    blocked_by_it: int


@dataclass(frozen=True)
class FundingReadiness:
    """The council's "Funding readiness" table."""

    updated: date
    organisations_by_ward: dict[str, int]
    funds: list[FundReadiness]
    today: date
    wards: list[str] = field(default_factory=list)
    approved_only: bool = True  # facts only from work council staff approved

    @property
    def organisations(self) -> int:
        return sum(self.organisations_by_ward.values())


class FundsService:
    def __init__(self, store: Store, assessments: AssessmentService | None = None):
        self.store = store
        # The app's assessment service when given: its parsed form snapshots are shared (a
        # report's funds guide scores the very assessment the report has just read).
        self._assessments = assessments if assessments is not None else AssessmentService(store)
        self._default_stages: dict[tuple[str, str], str | None] = {}
        self._vocabulary: tuple[tuple[tuple[str, str], ...], FundVocabulary] | None = None

    # -- the file ------------------------------------------------------------------------------

    def funds_file(self) -> FundsFile:
        """The funds file in force: the council's (from the last pack) or the shipped one."""
        from desktop.services.resources import CouncilResourceService

        from_pack = CouncilResourceService(self.store).funds_file()
        if from_pack is not None:
            return from_pack
        try:
            return load_funds()
        except FormError as error:
            raise UserError("The funds file cannot be used: {reason}", reason=error) from None

    # -- one organisation ----------------------------------------------------------------------

    def facts(self, organisation_id: str, known: ResultsSnapshot | None = None) -> dict[str, Any]:
        """What fund conditions read for this organisation. `known` is results the caller has
        just read (a report's): when they are of the organisation's latest completed
        assessment of their kind, that assessment is not read and scored again."""
        registration = self._registration(organisation_id)
        completed = self._assessments.list_summaries(
            organisation_id=organisation_id, status="completed"
        )
        latest = _latest_by_kind(completed)
        return eligibility_facts(
            registration,
            self._evidence(latest.get("health_check"), registration, known),
            self._evidence(latest.get("cat_readiness"), registration, known),
        )

    def guide(
        self,
        organisation_id: str,
        today: date | None = None,
        known: ResultsSnapshot | None = None,
    ) -> FundsGuide:
        """Every fund for this organisation: eligible now, not yet (and why), or closed
        (`known`: see `facts`)."""
        return check_funds(
            self.funds_file(),
            self.facts(organisation_id, known),
            today or date.today(),
            self.vocabulary(),
        )

    def vocabulary(self) -> FundVocabulary:
        """The names conditions read, from the forms in use here (the council's, once a pack
        brought them), so an unmet condition links to the statement it reads."""
        from desktop.services.resources import CouncilResourceService

        if not CouncilResourceService(self.store).forms():
            # The forms in use are the shipped forms, which the shipped vocabulary is made of
            # (kept by the model cache): the same names, without loading the forms.
            if self._vocabulary is None or self._vocabulary[0] != ():
                names = dict(shipped_vocabulary().names)
                self._vocabulary = ((), FundVocabulary(names, open_results=True))
            return self._vocabulary[1]
        forms = self._assessments.available_forms()
        key = tuple(sorted((form.id, form.version) for form in forms.values()))
        if self._vocabulary is None or self._vocabulary[0] != key:
            shipped = shipped_vocabulary()
            from_forms = fund_vocabulary(forms.values())
            names = {**shipped.names, **from_forms.names}
            # the ward and area values come from the shipped vocabulary's ward list
            for field_name in ("ward", "district_area", "areas_of_benefit"):
                names[field_name] = shipped.names[field_name]
            self._vocabulary = (key, FundVocabulary(names, open_results=True))
        return self._vocabulary[1]

    def _registration(self, organisation_id: str) -> dict[str, Any]:
        from desktop.registration.choices import REGISTRATION_FIELDS

        with self.store.session() as session:
            organisation = session.get(Organisation, organisation_id)
            if organisation is None or organisation.deleted_at is not None:
                raise UserError("That organisation is not in the register.")
            return {name: getattr(organisation, name) for name in REGISTRATION_FIELDS}

    def _evidence(
        self,
        summary: AssessmentSummary | None,
        registration: dict[str, Any],
        known: ResultsSnapshot | None = None,
    ) -> AssessmentEvidence | ResultFacts | None:
        if summary is None:
            return None
        if (
            known is not None
            and known.detail.summary.id == summary.id
            and known.detail.summary.status == "completed"
            and known.registration == registration
        ):
            # The same answers, registration and stage scored the same way: conditions read
            # bands, the verdict, the stage and answers, which the session's language (the
            # texts of `known`'s form) leaves alone.
            completed_on = summary.completed_at.date() if summary.completed_at else None
            return AssessmentEvidence(known.result, known.answers, completed_on)
        stored = self._stored_evidence(summary)
        if stored is not None:
            return stored
        from desktop.services.resources import CouncilResourceService

        answers = self._assessments.answers(summary.id)
        result = score_assessment(
            self._assessments.form_for(summary.id),
            answers,
            registration,
            stage=summary.cat_stage,
            catalogue=CouncilResourceService(self.store).support_catalogue_in_force(),
        )
        completed_on = summary.completed_at.date() if summary.completed_at else None
        return AssessmentEvidence(result, answers, completed_on)

    def _stored_evidence(self, summary: AssessmentSummary) -> ResultFacts | None:
        """The facts of a completed assessment from its stored result (issue 16: scored once,
        when completed), as the council's table reads them: its bands and verdict, every
        section's band and every agreed answer. None when it has no stored figures yet (or a
        problem kept it from being scored): the caller scores it, as before."""
        from desktop.services.scores import agreed_answers

        with self.store.session() as session:
            row = session.execute(
                select(AssessmentScore.overall_rag, AssessmentScore.verdict).where(
                    AssessmentScore.assessment_id == summary.id,
                    AssessmentScore.problem.is_(None),
                )
            ).first()
            if row is None:
                return None
            section_rags = dict(
                session.execute(
                    select(SectionScore.section_id, SectionScore.rag)
                    .where(SectionScore.assessment_id == summary.id)
                    .order_by(SectionScore.position)
                ).all()
            )
            answers = agreed_answers(session, [summary.id]).get(summary.id, {})
        return ResultFacts(
            overall_rag=row.overall_rag,
            section_rags=section_rags,
            answers=answers,
            readiness=row.verdict,
            stage=summary.cat_stage or self._default_stage(summary),
        )

    # -- the action plan -----------------------------------------------------------------------

    def add_action(
        self, assessment_id: str, fund_id: str, condition_id: str, today: date | None = None
    ) -> ActionInfo:
        """Add "what meets this condition" to the assessment's plan, due by the fund's next
        deadline, with the first support offer for its theme."""
        organisation_id = self._assessments.get(assessment_id).summary.organisation_id
        guide = self.guide(organisation_id, today)
        check = next((c for c in guide.checks if c.fund.id == fund_id), None)
        unmet = (
            next((u for u in check.unmet if u.condition.id == condition_id), None)
            if check
            else None
        )
        if check is None or unmet is None:
            raise UserError("That condition is met already, or the fund is no longer listed.")
        offer = None
        if unmet.condition.support:
            from desktop.services.resources import CouncilResourceService

            catalogue = CouncilResourceService(self.store).support_catalogue_in_force()
            offers = catalogue.offers_for(unmet.condition.support)
            offer = offers[0].text if offers else None
        return self._assessments.add_action(
            assessment_id,
            unmet.action_text(check.fund),
            due_date=check.next_deadline,
            support_offer=offer,
            theme=unmet.condition.support,
            source_id=unmet.source_id,
        )

    def actions_added(self, assessment_id: str) -> set[str]:
        """The source ids of fund actions already on this assessment's plan."""
        return {
            action.source_id
            for action in self._assessments.actions(assessment_id)
            if action.source_id and action.source_id.startswith("fund:")
        }

    def plan_assessment(self, organisation_id: str) -> AssessmentSummary | None:
        """The assessment whose plan a fund action goes on from the organisation page: the
        latest health check (completed first, else a draft), else the latest CAT check."""
        summaries = [
            s
            for s in self._assessments.list_summaries(organisation_id=organisation_id)
            if not s.deleted
        ]
        for kind in ("health_check", "cat_readiness"):
            of_kind = [s for s in summaries if s.kind == kind]
            completed = [s for s in of_kind if s.status == "completed"]
            if completed or of_kind:
                return (completed or of_kind)[0]
        return None

    def statement_assessment(
        self, organisation_id: str, form_kind: str
    ) -> AssessmentSummary | None:
        """The assessment a fund's statement link opens: a draft of this kind started after
        the latest completed one (the session under way, where answering it moves the fund),
        else the latest completed one (whose answers the guide read), else the latest draft."""
        of_kind = self._assessments.list_summaries(
            organisation_id=organisation_id, kind=form_kind or None
        )
        completed = next((s for s in of_kind if s.status == "completed"), None)
        draft = next((s for s in of_kind if s.status != "completed"), None)
        if draft is not None and (completed is None or draft.started_at > completed.started_at):
            return draft
        return completed

    # -- the council's table -------------------------------------------------------------------

    def readiness(
        self,
        wards: Iterable[str] | None = None,
        today: date | None = None,
        organisation_ids: set[str] | None = None,
        *,
        approved_only: bool = True,
    ) -> FundingReadiness:
        """Per ward, how many organisations are eligible for each fund, and each fund's most
        common blocker (the unmet condition most often standing in the way).

        Every registered organisation is counted; its facts come from its latest completed
        assessment of each kind among those that count for the council's figures
        (`ScoringQueries.scored`): approved by council staff, unless `approved_only` is False.
        Work not approved yet is read as not done, as in the rest of the council summary."""
        from desktop.registration.choices import REGISTRATION_FIELDS
        from desktop.registration.wards import ward_key
        from desktop.services.council.scoring import ScoringQueries
        from desktop.services.scores import ScoreService

        today = today or date.today()
        funds = self.funds_file()
        chosen = {ward_key(w) for w in wards} if wards is not None else None
        ScoreService(self.store).score_missing()  # the approval filter reads stored results
        scoring = ScoringQueries(self.store, approved_only=approved_only)
        latest_ranked = scoring.latest_per_kind(ward=None, since=None, until=None).subquery()
        with self.store.session() as session:
            rows = session.execute(
                select(Organisation.id, *(getattr(Organisation, f) for f in REGISTRATION_FIELDS))
                .where(Organisation.deleted_at.is_(None))
                .order_by(Organisation.name)
            ).all()
            # Each organisation's latest counted result of each kind, as the summary's table
            # picks it (newest start, then highest id), with what the stage default needs.
            latest_rows = session.execute(
                select(
                    Assessment.id,
                    Assessment.organisation_id,
                    Assessment.kind,
                    Assessment.cat_stage,
                    Assessment.form_id,
                    Assessment.form_version,
                    latest_ranked.c.overall_rag,
                    latest_ranked.c.verdict,
                )
                .join(latest_ranked, latest_ranked.c.assessment_id == Assessment.id)
                .where(latest_ranked.c.rank == 1)
            ).all()
        latest: dict[str, dict[str, _Latest]] = {}
        for row in latest_rows:
            latest.setdefault(row.organisation_id, {})[row.kind] = _Latest(*row)
        # Only the statements and sections some fund's conditions read: the facts of the
        # others are never looked at, and reading every answer of thousands of assessments
        # took seconds.
        read = {
            name
            for fund in funds.funds
            for rule in fund.eligibility
            for name in rule.condition.names
        }
        # Each kind's answers only to the questions read under its own prefix: a health
        # check's answers become `hc_` facts, a CAT assessment's `cat_` ones.
        question_ids = {
            kind: {name.removeprefix(prefix) for name in read if name.startswith(prefix)}
            for kind, prefix in (
                ("health_check", HEALTH_CHECK_ANSWER_PREFIX),
                ("cat_readiness", CAT_PREFIX),
            )
        }
        section_ids = {
            name.removeprefix(HEALTH_CHECK_PREFIX)
            for name in read
            if name.startswith(HEALTH_CHECK_PREFIX)
        }
        stored = self._stored_facts(
            [s for by_kind in latest.values() for s in by_kind.values()],
            question_ids,
            section_ids,
        )
        organisations_by_ward: Counter[str] = Counter()
        eligible: dict[str, Counter[str]] = {fund.id: Counter() for fund in funds.funds}
        blockers: dict[str, Counter[str]] = {fund.id: Counter() for fund in funds.funds}
        for row in rows:
            registration = dict(zip(REGISTRATION_FIELDS, row[1:], strict=True))
            ward = registration.get("ward") or NO_WARD
            if chosen is not None and ward_key(ward) not in chosen:
                continue
            if organisation_ids is not None and row[0] not in organisation_ids:
                continue
            organisations_by_ward[ward] += 1
            by_kind = latest.get(row[0], {})
            health_check = by_kind.get("health_check")
            cat = by_kind.get("cat_readiness")
            facts = eligibility_facts(
                registration,
                stored.get(health_check.id) if health_check else None,
                stored.get(cat.id) if cat else None,
            )
            for fund in funds.funds:
                unmet = unmet_conditions(fund, facts)
                if not unmet:
                    eligible[fund.id][ward] += 1
                for rule in unmet:
                    blockers[fund.id][rule.reason] += 1
        table: list[FundReadiness] = []
        for fund in funds.funds:
            common = blockers[fund.id].most_common(1)
            table.append(
                FundReadiness(
                    fund_id=fund.id,
                    fund_name=fund.name,
                    closed=fund.is_closed(today),
                    eligible_by_ward=dict(eligible[fund.id]),
                    eligible=sum(eligible[fund.id].values()),
                    blocker=common[0][0] if common else None,
                    blocked_by_it=common[0][1] if common else 0,
                )
            )
        return FundingReadiness(
            updated=funds.updated,
            organisations_by_ward=dict(organisations_by_ward),
            funds=table,
            today=today,
            wards=sorted(organisations_by_ward),
            approved_only=approved_only,
        )

    def _default_stage(self, summary: AssessmentSummary | _Latest) -> str | None:
        """The stage scoring uses for a CAT assessment started without one (the form's
        default), as the results page and the stored verdict do."""
        if summary.kind != "cat_readiness":
            return None
        key = (summary.form_id, summary.form_version)
        if key not in self._default_stages:
            form = self._assessments.form_for(summary.id)
            chosen = form.stage(None) if form.stages else None
            self._default_stages[key] = chosen.id if chosen is not None else None
        return self._default_stages[key]

    def _stored_facts(
        self,
        summaries: list[_Latest],
        question_ids: dict[str, set[str]],
        section_ids: set[str],
    ) -> dict[str, ResultFacts]:
        """The facts of these counted results from their stored band and verdict, section
        bands and answers, in a few queries (scoring thousands of assessments again would
        take a minute): only the answers to each kind's `question_ids`, and the bands of the
        health checks' `section_ids` (the only sections eligibility reads)."""
        from desktop.services.scores import agreed_answers

        stage_of = {s.id: s.cat_stage or self._default_stage(s) for s in summaries}
        by_kind: dict[str, list[str]] = {}
        for summary in summaries:
            by_kind.setdefault(summary.kind, []).append(summary.id)
        sections: dict[str, dict[str, str | None]] = {}
        answers: dict[str, dict[str, Any]] = {}
        with self.store.session() as session:
            connection = session.connection()
            dialect = connection.dialect.name
            health_checks = by_kind.get("health_check", [])
            for condition in ids_in(SectionScore.assessment_id, health_checks, dialect):
                if not section_ids:
                    break
                section_rows = connection.execute(
                    select(
                        SectionScore.assessment_id, SectionScore.section_id, SectionScore.rag
                    ).where(condition, SectionScore.section_id.in_(sorted(section_ids)))
                )
                for assessment_id, section_id, rag in section_rows:
                    sections.setdefault(assessment_id, {})[section_id] = rag
            for kind, ids in by_kind.items():
                answers.update(agreed_answers(session, ids, question_ids.get(kind, set())))
        return {
            summary.id: ResultFacts(
                overall_rag=summary.overall_rag,
                section_rags=sections.get(summary.id, {}),
                answers=answers.get(summary.id, {}),
                readiness=summary.verdict,
                stage=stage_of.get(summary.id),
            )
            for summary in summaries
        }


@dataclass(frozen=True)
class _Latest:
    """An organisation's latest counted assessment of one kind, as the readiness table
    reads it."""

    id: str
    organisation_id: str
    kind: str
    cat_stage: str | None
    form_id: str
    form_version: str
    # The stored overall band and verdict, read with the ranking (a counted result has no
    # problem) rather than again by id.
    overall_rag: str | None
    verdict: str | None


def _latest_by_kind(summaries: list[AssessmentSummary]) -> dict[str, AssessmentSummary]:
    """The newest completed assessment of each kind (summaries come newest first)."""
    latest: dict[str, AssessmentSummary] = {}
    for summary in summaries:
        if summary.status == "completed" and not summary.deleted:
            latest.setdefault(summary.kind, summary)
    return latest
