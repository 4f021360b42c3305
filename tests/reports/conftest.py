"""Report tests run on a real SQLite data folder (PDF layout does not depend on the database)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.services import Services
from desktop.store.db import open_store
from forms.models import FormDefinition, Question

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def report_services(tmp_path: Path) -> Iterator[Services]:
    store = open_store(data_dir=tmp_path / "data", device_name="Report test laptop")
    yield Services(store)
    store.close()


def register(services: Services, name: str, **extra: Any) -> str:
    values = {"name": name, "legal_form": "cio_association", "postcode": "WF13 3AA", **extra}
    return services.organisations.create(values).id


def answer_for(question: Question, level: int) -> Any:
    """A valid answer to any question; ratings get `level`, options their first or last."""
    if question.type == "rating":
        return level
    if question.type in ("yes_no_partly", "choice"):
        options = question.options or []
        return options[0].id if level >= 3 else options[-1].id
    if question.type == "multi_choice":
        return [(question.options or [])[0].id]
    if question.type == "number":
        value = question.min if question.min is not None else 1
        return int(value) if question.integer else value
    if question.type == "date":
        return "2026-01-15"
    return "We talked about this."


def run_assessment(
    services: Services,
    organisation_id: str,
    kind: str = "health_check",
    *,
    level: int = 3,
    mode: str = "facilitated",
    participants: tuple[tuple[str, str], ...] = (),
    started_at: datetime | None = None,
    notes: dict[str, str] | None = None,
    complete: bool = True,
    stage: str | None = None,
) -> str:
    """Start an assessment on the shipped form, answer every statement, and complete it."""
    detail = services.assessments.start(
        organisation_id,
        kind,
        mode,
        consent_given=True,
        venue="St Paul's church hall, Mirfield",
        facilitator="Sam Okafor",
        participants=participants,
        started_at=started_at or datetime(2026, 3, 12, 10, 0, tzinfo=UTC),
        stage=stage,
    )
    form: FormDefinition = services.assessments.form_for(detail.id)
    notes = notes or {}
    for _section, question in form.questions():
        services.assessments.record_answer(
            detail.id, question.id, answer_for(question, level), note=notes.get(question.id)
        )
    if complete:
        services.assessments.complete(detail.id, allow_unanswered_required=True)
    return detail.id


def pdf_text(path: Path) -> str:
    """Every page's text, with runs of whitespace (line wraps) made single spaces."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in PdfReader(str(path)).pages]


_PAGE_FURNITURE = re.compile(r"^.*?Page \d+ of \d+ ")


def body_text(path: Path) -> str:
    """The text of every page without its header and footer (drawn before the body, so they
    come first in each page's text), so text running over a page break reads as one."""
    pages = (_PAGE_FURNITURE.sub("", page, count=1) for page in page_texts(path))
    return re.sub(r"\s+", " ", " ".join(pages))
