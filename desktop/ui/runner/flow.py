"""Where the runner is in a form: the statements shown for the answers so far, and moving on.

Kept free of Qt so the order of statements (with `relevant` conditions) is tested on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from forms.models import FormDefinition, Question, Section
from forms.scoring import visible_questions


@dataclass(frozen=True)
class Place:
    """One statement's place: its section and its number within the section and the form."""

    question: Question
    section: Section
    section_number: int  # 1-based
    section_count: int
    number_in_section: int  # 1-based, among the statements shown in that section
    shown_in_section: int
    number: int  # 1-based, among all statements shown
    shown: int


@dataclass(frozen=True)
class SectionProgress:
    """How far a section has got: answered of shown statements."""

    id: str
    title: str
    answered: int
    shown: int

    @property
    def done(self) -> bool:
        return self.shown > 0 and self.answered >= self.shown


class AssessmentFlow:
    """The statements of one form in order, for the answers given so far."""

    def __init__(self, form: FormDefinition, registration: Mapping[str, Any] | None = None):
        self.form = form
        self.registration = dict(registration or {})
        self._section_of = {q.id: s for s, q in form.questions()}
        self._order = {q.id: i for i, (_s, q) in enumerate(form.questions())}

    def shown(self, answers: Mapping[str, Any]) -> list[Question]:
        """The statements whose `relevant` condition holds, in form order."""
        return visible_questions(self.form, answers, self.registration)

    def section_of(self, question_id: str) -> Section:
        return self._section_of[question_id]

    def first(self, answers: Mapping[str, Any]) -> str:
        return self.shown(answers)[0].id

    def first_unanswered(self, answers: Mapping[str, Any]) -> str | None:
        for question in self.shown(answers):
            if question.id not in answers:
                return question.id
        return None

    def resume_at(self, answers: Mapping[str, Any], remembered: str | None) -> str:
        """Where to carry on: the remembered statement if it is still shown, else the first
        unanswered one, else the first."""
        shown_ids = [q.id for q in self.shown(answers)]
        if remembered in shown_ids:
            return remembered
        return self.first_unanswered(answers) or shown_ids[0]

    def next_after(self, question_id: str, answers: Mapping[str, Any]) -> str | None:
        """The next shown statement after this one (None at the end)."""
        here = self._order[question_id]
        for question in self.shown(answers):
            if self._order[question.id] > here:
                return question.id
        return None

    def previous_before(self, question_id: str, answers: Mapping[str, Any]) -> str | None:
        """The shown statement before this one (None at the start)."""
        here = self._order[question_id]
        before = [q for q in self.shown(answers) if self._order[q.id] < here]
        return before[-1].id if before else None

    def place(self, question_id: str, answers: Mapping[str, Any]) -> Place:
        shown = self.shown(answers)
        section = self._section_of[question_id]
        in_section = [q for q in shown if self._section_of[q.id] is section]
        ids = [q.id for q in shown]
        section_ids = [q.id for q in in_section]
        question = self.form.question(question_id)
        # A statement hidden by a later change of answer is still shown where the runner is.
        number = ids.index(question_id) + 1 if question_id in ids else len(ids)
        in_number = section_ids.index(question_id) + 1 if question_id in section_ids else 1
        return Place(
            question=question,
            section=section,
            section_number=self.form.sections.index(section) + 1,
            section_count=len(self.form.sections),
            number_in_section=in_number,
            shown_in_section=max(1, len(in_section)),
            number=number,
            shown=len(ids),
        )

    def progress(self, answers: Mapping[str, Any]) -> list[SectionProgress]:
        shown = self.shown(answers)
        result = []
        for section in self.form.sections:
            mine = [q for q in shown if self._section_of[q.id] is section]
            result.append(
                SectionProgress(
                    id=section.id,
                    title=section.title,
                    answered=sum(1 for q in mine if q.id in answers),
                    shown=len(mine),
                )
            )
        return result
