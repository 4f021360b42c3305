"""Screenshots of the runner, the group spread, the projector view and the results page.

Run under Xvfb so real fonts and a real window system are used:
    xvfb-run -a -s "-screen 0 1440x960x24" python3 docs/screenshots/make_assessment_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    apply_theme(app)
    from desktop.services import open_services
    from desktop.ui.main_window import MainWindow

    folder = tempfile.mkdtemp(prefix="gapkit-shots-")
    services = open_services(folder)
    org = services.organisations.create(
        {
            "name": "Holme Valley Food Bank",
            "legal_form": "cio_association",
            "postcode": "HD9 3AB",
            "charity_id": "1181234",
        }
    )
    assessments = services.assessments

    def fill(assessment_id: str, levels: dict[str, int], default: int) -> None:
        form = assessments.form_for(assessment_id)
        for section, question in form.questions():
            if question.type == "rating":
                assessments.record_answer(
                    assessment_id, question.id, levels.get(section.id, default)
                )
            elif question.type in ("yes_no_partly", "choice"):
                assessments.record_answer(assessment_id, question.id, question.options[0].id)
            elif question.type == "number":
                assessments.record_answer(assessment_id, question.id, 6)
            elif question.type == "text" and question.required:
                assessments.record_answer(assessment_id, question.id, "The old library, Holmfirth")

    earlier = assessments.start(
        org.id,
        "health_check",
        consent_given=True,
        venue="Holmfirth Civic Hall",
        facilitator="Sam Ahmed",
        started_at=datetime(2025, 3, 12, 10, 0, tzinfo=UTC),
    )
    fill(earlier.id, {"purpose": 2, "money": 1, "people": 2, "impact": 1, "safety": 3}, 2)
    assessments.complete(earlier.id, allow_unanswered_required=True)
    later = assessments.start(
        org.id,
        "health_check",
        consent_given=True,
        venue="Holmfirth Civic Hall",
        facilitator="Sam Ahmed",
    )
    fill(
        later.id,
        {"purpose": 4, "governance": 3, "money": 2, "people": 3, "safety": 4, "impact": 2},
        3,
    )
    assessments.record_answer(later.id, "money_2", 1)
    assessments.complete(later.id, allow_unanswered_required=True)
    for what, who, offer in (
        ("Write a reserves policy and agree it at the next committee", "Treasurer", None),
        ("Book a place on the funding workshop", "Chair", None),
    ):
        assessments.add_action(later.id, what, who=who, due_date="2027-03-31", support_offer=offer)

    cat = assessments.start(org.id, "cat_readiness", consent_given=True, venue="The old library")
    fill(cat.id, {"premises": 2, "money": 2}, 3)
    gateway = next(q for _s, q in assessments.form_for(cat.id).questions() if q.gateway)
    assessments.record_answer(cat.id, gateway.id, "no" if gateway.type == "yes_no_partly" else 1)
    assessments.complete(cat.id, allow_unanswered_required=True)

    window = MainWindow(services)
    window.resize(1366, 860)
    window.show()
    window.show_page("assessments")
    page = window.page("assessments")

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(widget, name: str) -> None:
        settle()
        widget.grab().save(str(HERE / name))
        print("wrote", HERE / name)

    # runner: a facilitated session part way through, help shown, a note typed
    running = assessments.start(
        org.id, "health_check", consent_given=True, venue="St Paul's church hall"
    )
    for question_id, value in (
        ("purpose_1", 3),
        ("purpose_2", 2),
        ("purpose_3", 3),
        ("purpose_4", 2),
        ("purpose_5", "yes"),
        ("governance_1", "yes"),
        ("governance_2", 5),
    ):
        assessments.record_answer(running.id, question_id, value)
    assessments.record_answer(running.id, "governance_3", 3, note="Minutes kept in the blue folder")
    page.resume(running.id, "governance_3")
    page.runner.toggle_help()
    shot(window, "runner.png")

    # group mode: four people, ratings two levels apart
    group = assessments.start(
        org.id,
        "health_check",
        "group",
        consent_given=True,
        venue="St Paul's church hall",
        participants=[("P1", "trustee"), ("P2", "volunteer"), ("P3", "staff"), ("P4", "member")],
    )
    people = {p.label: p.id for p in group.participants}
    for label, level in {"P1": 2, "P2": 4, "P3": 3, "P4": 3}.items():
        assessments.record_answer(group.id, "purpose_1", level, participant_id=people[label])
    page.resume(group.id, "purpose_1")
    page.runner.answer_input.focus_first()
    shot(window, "group-spread.png")

    page.runner.show_projector()
    projector = page.runner.projector
    projector.resize(1280, 720)
    shot(projector, "projector.png")
    projector.close()

    page.show_results(later.id)
    shot(window, "results.png")
    page.show_results(later.id, tab=1)
    page.results.plan.reload()
    shot(window, "results-action-plan.png")
    page.show_results(cat.id)
    shot(window, "results-cat.png")
    page.show_list()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
