"""Form versions: what changed between two versions, and the fingerprint snapshots are keyed by."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from forms.models import FormDefinition

# Question fields worth telling a person about, in the order they are reported.
_QUESTION_FIELDS = (
    "section",
    "type",
    "text",
    "help",
    "note_prompt",
    "required",
    "relevant",
    "weight",
    "gateway",
    "support_need",
    "levels",
    "allow_not_applicable",
    "options",
    "min_choices",
    "max_choices",
    "min",
    "max",
    "unit",
    "integer",
    "max_length",
)


class FieldChange(BaseModel):
    """One field whose value differs between the two versions."""

    field: str
    old: Any
    new: Any


class QuestionRef(BaseModel):
    """A question added or removed, with where it sits."""

    id: str
    section_id: str
    text: str
    replaces: str | None = None  # an added question taking the answers of a removed one


class QuestionChange(BaseModel):
    """A question present in both versions whose definition changed."""

    id: str
    text: str
    changes: list[FieldChange]


class FormDiff(BaseModel):
    """What changed from one form version to the next."""

    old_version: str
    new_version: str
    form_changes: list[FieldChange]
    sections_added: list[str]
    sections_removed: list[str]
    sections_changed: dict[str, list[FieldChange]]
    added: list[QuestionRef]
    removed: list[QuestionRef]
    changed: list[QuestionChange]

    @property
    def is_empty(self) -> bool:
        """Whether the two versions ask and score exactly the same."""
        return not (
            self.form_changes
            or self.sections_added
            or self.sections_removed
            or self.sections_changed
            or self.added
            or self.removed
            or self.changed
        )

    def summary_lines(self) -> list[str]:
        """One line per change, for people."""
        lines: list[str] = []
        for change in self.form_changes:
            lines.append(f"form {change.field} changed")
        lines += [f"new section: {s}" for s in self.sections_added]
        lines += [f"section removed: {s}" for s in self.sections_removed]
        for section_id, changes in self.sections_changed.items():
            fields = ", ".join(c.field for c in changes)
            lines.append(f"section {section_id}: {fields} changed")
        lines += [
            f"new question {q.id}"
            + (f" (answers of {q.replaces} move here)" if q.replaces else "")
            + f": {q.text}"
            for q in self.added
        ]
        lines += [f"question removed {q.id}: {q.text}" for q in self.removed]
        for question in self.changed:
            fields = ", ".join(c.field for c in question.changes)
            lines.append(f"question {question.id}: {fields} changed")
        return lines


def _questions(form: FormDefinition) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for section, question in form.questions():
        data = question.model_dump(mode="json")
        data["section"] = section.id
        found[question.id] = data
    return found


def compare_forms(old: FormDefinition, new: FormDefinition) -> FormDiff:
    """The questions and sections added, removed and changed from `old` to `new`."""
    old_dump = old.model_dump(mode="json")
    new_dump = new.model_dump(mode="json")
    form_changes = [
        FieldChange(field=name, old=old_dump[name], new=new_dump[name])
        for name in old_dump
        if name not in ("sections", "version") and old_dump[name] != new_dump[name]
    ]
    old_sections = {s["id"]: s for s in old_dump["sections"]}
    new_sections = {s["id"]: s for s in new_dump["sections"]}
    sections_changed: dict[str, list[FieldChange]] = {}
    for section_id in old_sections.keys() & new_sections.keys():
        before, after = old_sections[section_id], new_sections[section_id]
        changes = [
            FieldChange(field=name, old=before[name], new=after[name])
            for name in before
            if name != "questions" and before[name] != after[name]
        ]
        if [q["id"] for q in before["questions"]] != [q["id"] for q in after["questions"]]:
            changes.append(
                FieldChange(
                    field="question order",
                    old=[q["id"] for q in before["questions"]],
                    new=[q["id"] for q in after["questions"]],
                )
            )
        if changes:
            sections_changed[section_id] = changes

    old_questions, new_questions = _questions(old), _questions(new)
    changed: list[QuestionChange] = []
    for question_id, after in new_questions.items():
        before = old_questions.get(question_id)
        if before is None:
            continue
        changes = [
            FieldChange(field=name, old=before.get(name), new=after.get(name))
            for name in _QUESTION_FIELDS
            if before.get(name) != after.get(name)
        ]
        if changes:
            changed.append(
                QuestionChange(id=question_id, text=_english(after["text"]), changes=changes)
            )

    def ref(data: Mapping[str, Any]) -> QuestionRef:
        return QuestionRef(
            id=data["id"],
            section_id=data["section"],
            text=_english(data["text"]),
            replaces=data.get("replaces"),
        )

    return FormDiff(
        old_version=old.version,
        new_version=new.version,
        form_changes=form_changes,
        sections_added=[s for s in new_sections if s not in old_sections],
        sections_removed=[s for s in old_sections if s not in new_sections],
        sections_changed={k: sections_changed[k] for k in new_sections if k in sections_changed},
        added=[ref(q) for qid, q in new_questions.items() if qid not in old_questions],
        removed=[ref(q) for qid, q in old_questions.items() if qid not in new_questions],
        changed=changed,
    )


def answer_sources(old: FormDefinition, new: FormDefinition) -> dict[str, str]:
    """Where each question of `new` takes an answer given on `old` from: new id -> old id.

    A question keeps the answer of the question with its own id, or else of the one it
    `replaces`; questions of `new` with neither are new and start unanswered."""
    old_ids = {question.id for _section, question in old.questions()}
    sources: dict[str, str] = {}
    for _section, question in new.questions():
        if question.id in old_ids:
            sources[question.id] = question.id
        elif question.replaces is not None and question.replaces in old_ids:
            sources[question.id] = question.replaces
    return sources


def _english(text: Any) -> str:
    """A dumped text: the plain string, or the English of a {en: ..., ur: ...} mapping."""
    return str(text["en"]) if isinstance(text, Mapping) else str(text)


def canonical_json(definition: FormDefinition | Mapping[str, Any]) -> str:
    """The form as canonical JSON: sorted keys, no spaces, UTF-8 characters kept.

    A mapping is read as a form first, so a JSON snapshot and the loaded form agree.
    """
    form = (
        definition
        if isinstance(definition, FormDefinition)
        else FormDefinition.model_validate(dict(definition))
    )
    data = form.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def form_sha256(definition: FormDefinition | Mapping[str, Any]) -> str:
    """The sha256 (hex) of the form's canonical JSON; the store keys snapshots by it."""
    return hashlib.sha256(canonical_json(definition).encode("utf-8")).hexdigest()
