"""The subject access PDF: every place a person's data is held, for the person to read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

# isort: off
import desktop.reports.reportlab_lazily  # noqa: F401  (first: reportlab imported lazily)

# isort: on
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.reports.layout import (
    CONTENT_WIDTH,
    ReportDocument,
    data_table,
    heading,
    para,
    styles,
    write_atomically,
)

if TYPE_CHECKING:
    from desktop.services.privacy import Findings

FIELD_LABELS = {
    "contact_name": "Contact name",
    "contact_email": "Contact email",
    "contact_phone": "Contact phone",
    "contact_role": "Contact role",
    "contact_language": "Preferred language",
    "consent_date": "Consent given on",
    "consent_how": "How consent was given",
    "consent_covers": "What consent covers",
    "facilitator": "Facilitator",
    "label": "Participant label",
    "who": "Who will do it",
    "author": "Written by",
    "comment": "Comment",
}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


TABLE_NAMES = {
    "organisations": "Organisation",
    "assessments": "Assessment",
    "participants": "Participant",
    "responses": "Answer",
    "action_items": "Action",
    "action_reviews": "Action review",
    "review_notes": "Review note",
}


def shown_value(value: Any) -> str:
    """A value for a person to read: a new record's fields one per line, lists joined."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(f"{field_label(k)}: {shown_value(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "(empty)"
    return json.dumps(value, ensure_ascii=False)


def change_label(table: str, field: str) -> str:
    what = TABLE_NAMES.get(table, table)
    return f"{what}: new record" if field == "*" else f"{what}: {field_label(field).lower()}"


def write_subject_access_pdf(findings: Findings, out_path: Path | str) -> Path:
    return write_atomically(out_path, lambda path: _build(findings, path))


def _build(findings: Findings, path: str) -> None:
    s = styles()
    who = findings.person.query
    document = ReportDocument(
        path,
        title=f"Personal data held about {who}",
        author="GAP Field Kit",
        subject="Subject access request (UK GDPR article 15)",
        keywords=["subject access", "GAP Field Kit"],
        footer_left=f"Subject access · {findings.generated_at[:10]}",
        header_text=f"Personal data held about {who}",
    )
    story: list[Flowable] = [
        heading(f"Personal data held about {who}", s.title),
        para(
            f"Made on {findings.generated_at[:16].replace('T', ' ')} UTC by "
            f"{findings.installation}. Looked for: {', '.join(sorted(findings.person.texts))}.",
            s.muted,
        ),
        Spacer(1, 6),
        para(
            "This lists every place this copy of GAP Field Kit holds information about you: "
            "the records, the history of changes to them, and the sync bundles that carried "
            "them between laptops and the council. The attached JSON file holds the same.",
            s.body,
        ),
        Spacer(1, 8),
    ]
    widths = [CONTENT_WIDTH * 0.38, CONTENT_WIDTH * 0.22, CONTENT_WIDTH * 0.40]
    story.append(heading("Records", s.h1, level=0))
    if findings.places:
        rows = [
            [p.description, field_label(p.field), shown_value(p.value)] for p in findings.places
        ]
        story.append(data_table(["Where", "What", "Value"], rows, widths, long=True))
    else:
        story.append(para("No record holds your data now.", s.body))
    story.append(Spacer(1, 8))
    story.append(heading("History of changes", s.h1, level=0))
    if findings.history:
        hist_widths = [CONTENT_WIDTH * w for w in (0.17, 0.2, 0.13, 0.25, 0.25)]
        rows = [
            [
                h.at[:16].replace("T", " "),
                change_label(h.table, h.field),
                h.action,
                shown_value(h.old_value),
                shown_value(h.new_value),
            ]
            for h in findings.history
        ]
        story.append(
            data_table(
                ["When (UTC)", "What", "Change", "Before", "After"], rows, hist_widths, long=True
            )
        )
    else:
        story.append(para("No change history holds your data.", s.body))
    if findings.conflicts:
        story.append(Spacer(1, 8))
        story.append(heading("Edits two laptops made differently", s.h1, level=0))
        rows = [
            [
                change_label(c["table"], c["field"]),
                shown_value(c["kept_value"]),
                shown_value(c["other_value"]),
            ]
            for c in findings.conflicts
        ]
        story.append(data_table(["What", "Kept", "Other value"], rows, widths, long=True))
    story.append(Spacer(1, 8))
    story.append(heading("Bundles that carried it", s.h1, level=0))
    if findings.bundles:
        bundle_widths = [CONTENT_WIDTH * w for w in (0.2, 0.18, 0.3, 0.32)]
        rows = [
            [b.direction, b.at[:16].replace("T", " "), b.device or "", b.bundle_id or ""]
            for b in findings.bundles
        ]
        story.append(
            data_table(["Direction", "When (UTC)", "Device", "Bundle"], rows, bundle_widths)
        )
    else:
        story.append(para("No sync bundle recorded here carried your data.", s.body))
    story.append(Spacer(1, 4 * mm))
    document.build_story(story)
