"""Reports for many assessments at once, named `<organisation>-<kind>-<date>.pdf`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import UserError
from desktop.reports.assessment_report import write_assessment_report
from desktop.reports.layout import make_report_folder

if TYPE_CHECKING:
    from desktop.services import Services

# Letters NFKD does not take apart into a base letter and an accent.
_LATIN_EXTRAS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
    }
)


def slug(name: str, *, limit: int = 60) -> str:
    """A file-name-safe form of a name: "Ümit's Café" -> "umits-cafe".

    Latin letters lose their accents; other scripts (ਪੰਜਾਬੀ ਸਭਾ) are kept as they are, since
    every current system stores Unicode file names.
    """
    text = unicodedata.normalize("NFKD", name.translate(_LATIN_EXTRAS))
    ascii_text = "".join(char for char in text if not unicodedata.combining(char))
    ascii_text = ascii_text.encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’]", "", ascii_text)
    candidate = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not candidate:
        # \W would count the vowel signs of scripts such as Gurmukhi as separators: keep marks.
        kept = "".join(
            char if char.isalnum() or unicodedata.category(char).startswith("M") else "-"
            for char in unicodedata.normalize("NFC", name.lower().replace("'", ""))
        )
        candidate = re.sub(r"-+", "-", kept).strip("-")
    return candidate[:limit].strip("-") or "organisation"


def report_file_name(organisation_name: str, kind: str, started: datetime) -> str:
    return f"{slug(organisation_name)}-{kind.replace('_', '-')}-{started:%Y-%m-%d}.pdf"


def write_reports(
    services: Services,
    assessment_ids: Sequence[str],
    out_dir: Path | str,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    *,
    now: datetime | None = None,
) -> list[Path]:
    """Write one report per assessment into `out_dir`; returns the files written.

    `progress(done, total)` is called after each report. When `should_cancel()` turns true
    the batch stops after the report in hand, and the files written so far are returned.
    Two assessments that would share a name get "-2", "-3" on the second and later.
    """
    folder = Path(out_dir).expanduser()
    make_report_folder(folder)
    created = now or datetime.now().astimezone()
    by_id = {
        summary.id: summary for summary in services.assessments.list_summaries(include_deleted=True)
    }
    used: set[str] = set()
    written: list[Path] = []
    total = len(assessment_ids)
    for done, assessment_id in enumerate(assessment_ids, start=1):
        if should_cancel is not None and should_cancel():
            break
        summary = by_id.get(assessment_id)
        if summary is None:
            raise UserError(
                "There is no assessment {assessment_id}; {count} report(s) were written "
                "to {folder} before it.",
                assessment_id=assessment_id,
                count=len(written),
                folder=folder,
            )
        name = report_file_name(summary.organisation_name, summary.kind, summary.started_at)
        stem = name.removesuffix(".pdf")
        number = 2
        while name in used:
            name = f"{stem}-{number}.pdf"
            number += 1
        used.add(name)
        written.append(write_assessment_report(services, assessment_id, folder / name, now=created))
        if progress is not None:
            progress(done, total)
    return written
