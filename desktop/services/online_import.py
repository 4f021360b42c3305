"""Council: bring answers given online (KoboToolbox or ODK Central CSV export) in as assessments.

The CSV comes from our own form exported as an XLSForm (`gapkit forms export-xlsform`), so it
carries the organisation's name and postcode, which match it to the register. Each submission
becomes a completed self-assessment with mode "online". The import is all-or-nothing: every row
is read, matched and validated (with the same rules as answers given in the app) before
anything is written, and then all rows are written in one transaction. A submission's instance
id decides the assessment's id, so importing the same export again adds nothing.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.errors import Message, UserError
from desktop.registration.identifiers import normalise_postcode
from desktop.registration.online_context import ORG_NAME_FIELD, ORG_POSTCODE_FIELD
from desktop.registration.problems import InvalidValue
from desktop.registration.spreadsheet import decode_text
from desktop.services.assessments import ensure_form_snapshot, response_id
from desktop.store.db import Store
from desktop.store.models import Assessment, Organisation, Response
from desktop.store.records import RecordWriter
from forms.answers import DONT_KNOW, AnswerError, validate_answer
from forms.models import FormDefinition, Question
from forms.scoring import visible_questions

MAX_CSV_BYTES = 50 * 1024 * 1024
MAX_SUBMISSIONS = 20_000
ONLINE_MODE = "online"
# Where Kobo and ODK Central put a submission's id and times.
_INSTANCE_HEADERS = ("meta/instanceid", "meta-instanceid", "instanceid", "_uuid", "key")
_STARTED_HEADERS = ("start",)
_SUBMITTED_HEADERS = ("_submission_time", "submissiondate", "end")
_NAMESPACE = uuid.UUID("5b0f6a8e-4c5e-4c52-9d0a-6f7e1b5f2a11")


@dataclass
class OnlineImportResult:
    added: int = 0
    already_imported: int = 0
    assessment_ids: list[str] = field(default_factory=list)

    def summary(self) -> Message:
        return Message(
            "{added} online assessment(s) added, {already} already imported before",
            added=self.added,
            already=self.already_imported,
        )


@dataclass
class _Submission:
    line: int
    instance_id: str
    organisation_id: str
    answers: dict[str, Any]
    started_at: datetime
    completed_at: datetime


def assessment_id_for(instance_id: str) -> str:
    """The assessment id an online submission always gets, so a re-import finds it."""
    return str(uuid.uuid5(_NAMESPACE, f"online/{instance_id}"))


def _squash(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[^0-9a-z]+", "", folded)


class OnlineImportService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def import_csv(self, form: FormDefinition, path: str | Path) -> OnlineImportResult:
        """Import every submission of the CSV, or none; UserError lists every bad row."""
        file_path = Path(path)
        rows = self._read(file_path)
        organisations = self._register()
        problems: list[Message] = []
        submissions: list[_Submission] = []
        seen: set[str] = set()
        for line, row in rows:
            try:
                submission = self._submission(form, line, row, organisations)
            except UserError as error:
                problems.append(Message("line {line}: {problem}", line=line, problem=error.message))
                continue
            if submission.instance_id in seen:
                problems.append(
                    Message(
                        "line {line}: submission {id} appears twice",
                        line=line,
                        id=submission.instance_id,
                    )
                )
                continue
            seen.add(submission.instance_id)
            submissions.append(submission)
        if problems:
            # One line each (the first 50), as a message of messages so that a screen shows
            # every line in its language; the layout itself needs no translation.
            lines = {f"p{index}": problem for index, problem in enumerate(problems[:50])}
            if len(problems) > 50:
                lines["more"] = Message("… and {count} more", count=len(problems) - 50)
            listed = Message("\n".join(f"  {{{name}}}" for name in lines), **lines)
            raise UserError(
                "{file}: {count} submission(s) can't be imported, so none "
                "were. Fix these and import the file again:\n{listed}{more}",
                file=file_path.name,
                count=len(problems),
                listed=listed,
                more="",
            )
        return self._write(form, submissions)

    # -- reading --------------------------------------------------------------------------------

    def _read(self, path: Path) -> list[tuple[int, dict[str, str]]]:
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise UserError("{file} is not a file.", file=path.name)
            if size > MAX_CSV_BYTES:
                raise UserError(
                    "{file} is {size:,} bytes; the limit is {most:,}.",
                    file=path.name,
                    size=size,
                    most=MAX_CSV_BYTES,
                )
            raw = path.read_bytes()
        except OSError as error:
            raise UserError(
                "Could not read {file}: {reason}.", file=path.name, reason=error.strerror or error
            ) from None
        text, _encoding = decode_text(raw)
        sample = text[:4096]
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise UserError("{file} is empty.", file=path.name) from None
        except csv.Error as error:
            raise UserError(
                "{file} is not a CSV file ({reason}).", file=path.name, reason=error
            ) from None
        keys = [cell.strip().lower() for cell in header]
        rows: list[tuple[int, dict[str, str]]] = []
        try:
            for line, cells in enumerate(reader, start=2):
                if len(rows) >= MAX_SUBMISSIONS:
                    raise UserError(
                        "{file} has more than {most:,} submissions.",
                        file=path.name,
                        most=MAX_SUBMISSIONS,
                    )
                if any(cell.strip() for cell in cells):
                    rows.append((line, dict(zip(keys, (c.strip() for c in cells), strict=False))))
        except csv.Error as error:
            raise UserError(
                "{file} is not a CSV file ({reason}).", file=path.name, reason=error
            ) from None
        return rows

    def _register(self) -> dict[tuple[str, str], list[str]]:
        with self.store.session() as session:
            found: dict[tuple[str, str], list[str]] = {}
            for org_id, name, postcode in session.execute(
                select(Organisation.id, Organisation.name, Organisation.postcode).where(
                    Organisation.deleted_at.is_(None)
                )
            ):
                key = (_squash(name or ""), _squash(postcode or ""))
                found.setdefault(key, []).append(org_id)
            return found

    def _submission(
        self,
        form: FormDefinition,
        line: int,
        row: dict[str, str],
        organisations: dict[tuple[str, str], list[str]],
    ) -> _Submission:
        values = _by_question(form, row)
        instance_id = next((row[h] for h in _INSTANCE_HEADERS if row.get(h)), "")
        if not instance_id:
            raise UserError("it has no instance id (meta/instanceID or _uuid)")
        if len(instance_id) > 200:
            raise UserError("its instance id is too long")
        name = values.get(ORG_NAME_FIELD, "")
        postcode = values.get(ORG_POSTCODE_FIELD, "")
        try:
            postcode = normalise_postcode(postcode) if postcode else ""
        except InvalidValue:
            raise UserError("'{postcode}' is not a UK postcode", postcode=postcode) from None
        matches = organisations.get((_squash(name), _squash(postcode)), [])
        if not matches:
            raise UserError(
                "no registered organisation is called '{name}' at postcode '{postcode}'; "
                "register it first, or correct the name",
                name=name,
                postcode=postcode,
            )
        if len(matches) > 1:
            raise UserError(
                "'{name}' at '{postcode}' matches {count} organisations",
                name=name,
                postcode=postcode,
                count=len(matches),
            )
        answers: dict[str, Any] = {}
        for _section, question in form.questions():
            text = values.get(question.id, "")
            if not text:
                continue
            try:
                answers[question.id] = validate_answer(question, _answer(question, text))
            except AnswerError as error:
                raise UserError(
                    "{question}: {problem}", question=question.id, problem=error.message
                ) from None
            except ValueError:
                raise UserError(
                    "{question}: '{answer}' is not a valid answer",
                    question=question.id,
                    answer=text[:40],
                ) from None
        shown = {q.id for q in visible_questions(form, answers, {})}
        answers = {qid: value for qid, value in answers.items() if qid in shown}
        if not answers:
            raise UserError("it answers none of the form's statements")
        submitted = _moment(row, _SUBMITTED_HEADERS) or datetime.now(UTC)
        started = _moment(row, _STARTED_HEADERS) or submitted
        return _Submission(line, instance_id, matches[0], answers, started, submitted)

    # -- writing ----------------------------------------------------------------------------

    def _write(self, form: FormDefinition, submissions: list[_Submission]) -> OnlineImportResult:
        result = OnlineImportResult()
        with self.store.session() as session:
            writer = RecordWriter(session, self.store.device_id)
            snapshot_id = ensure_form_snapshot(session, writer, form)
            wanted = [assessment_id_for(s.instance_id) for s in submissions]
            existing = (
                set(session.scalars(select(Assessment.id).where(Assessment.id.in_(wanted))).all())
                if wanted
                else set()
            )
            for submission, assessment_id in zip(submissions, wanted, strict=True):
                if assessment_id in existing:
                    result.already_imported += 1
                    continue
                writer.create(
                    Assessment,
                    {
                        "organisation_id": submission.organisation_id,
                        "form_snapshot_id": snapshot_id,
                        "form_id": form.id,
                        "form_version": form.version,
                        "kind": form.kind,
                        "mode": ONLINE_MODE,
                        "venue": "Online",
                        "facilitator": None,
                        "status": "completed",
                        "consent_given": True,
                        "consent_at": submission.started_at,
                        "started_at": submission.started_at,
                        "completed_at": submission.completed_at,
                        "current_question_id": None,
                        "notes": f"Submitted online ({submission.instance_id}).",
                    },
                    record_id=assessment_id,
                )
                for question_id, value in submission.answers.items():
                    writer.create(
                        Response,
                        {
                            "assessment_id": assessment_id,
                            "question_id": question_id,
                            "participant_id": None,
                            "value": None if value is DONT_KNOW else value,
                            "dont_know": value is DONT_KNOW,
                            "note": None,
                        },
                        record_id=response_id(assessment_id, question_id, None),
                        audit=False,
                    )
                result.added += 1
                result.assessment_ids.append(assessment_id)
        return result


def _by_question(form: FormDefinition, row: dict[str, str]) -> dict[str, str]:
    """CSV columns by question id. Kobo writes `group/question`, ODK Central `group-question`,
    and both add one 0/1 column per choice of a multiple choice (`group/question/choice`)."""
    multiple = {q.id for _s, q in form.questions() if q.type == "multi_choice"}
    found: dict[str, str] = {}
    for header, value in row.items():
        parts = [p for p in re.split(r"[/\-]", header) if p]
        if not parts:
            continue
        if len(parts) >= 2 and parts[-2] in multiple:
            continue  # one choice's 0/1 column; the question's own column has them all
        found.setdefault(parts[-1], value)
    return found


def _answer(question: Question, text: str) -> Any:
    if text in ("dont_know", "not_sure") and question.type == "rating":
        return DONT_KNOW
    if question.type == "rating":
        return int(text)
    if question.type == "multi_choice":
        return text.split()
    if question.type == "number":
        number = float(text)
        return int(number) if question.integer and number.is_integer() else number
    if question.type == "date":
        return date.fromisoformat(text[:10]).isoformat()
    return text


def _moment(row: dict[str, str], headers: tuple[str, ...]) -> datetime | None:
    for header in headers:
        text = row.get(header)
        if not text:
            continue
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC).replace(microsecond=0)
    return None
