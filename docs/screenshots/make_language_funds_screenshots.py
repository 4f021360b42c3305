"""Screenshots of the Funding tab in Urdu and Polish, the completion review in Urdu, and the
runner opened from a fund's statement link (issues 17 and 21), at 1024x600; and the group
report in Urdu, whose Funding page pdftoppm renders.

    xvfb-run -s "-screen 0 1024x600x24" .venv/bin/python \\
        docs/screenshots/make_language_funds_screenshots.py [OUT_FOLDER]

Saves PNGs (and the Urdu PDF) in OUT_FOLDER (default: beside this file).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    from desktop.reports.assessment_report import write_assessment_report
    from desktop.services import open_services
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import apply_theme
    from tests.funds.helpers import CIC, strong_answers

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationDisplayName("GAP Field Kit")
    apply_theme(app)
    services = open_services(Path(tempfile.mkdtemp(prefix="gapkit-language-funds-shots-")))
    completed: dict[str, str] = {}
    for language in ("ur", "pl"):
        cic = services.organisations.create(dict(CIC, name=f"Batley Bikes CIC ({language})"))
        detail = services.assessments.start(cic.id, "health_check", consent_given=True)
        services.assessments.set_session_language(detail.id, language)
        form = services.assessments.form_for(detail.id)
        for question_id, value in strong_answers(form, {"money_1": "no"}).items():
            services.assessments.record_answer(detail.id, question_id, value)
        services.assessments.complete(detail.id, allow_unanswered_required=True)
        completed[language] = detail.id
    # A draft in Urdu, half answered, for the completion review.
    draft_org = services.organisations.create(dict(CIC, name="Dewsbury Women's Centre"))
    draft = services.assessments.start(draft_org.id, "health_check", consent_given=True)
    services.assessments.set_session_language(draft.id, "ur")
    form = services.assessments.form_for(draft.id)
    answers = list(strong_answers(form).items())
    for question_id, value in answers[: len(answers) // 2]:
        services.assessments.record_answer(draft.id, question_id, value)

    window = MainWindow(services)
    window.resize(1024, 600)
    window.show()
    settle(app)
    assessments = None
    for language, assessment_id in completed.items():
        window.open_assessment(assessment_id)
        assessments = window.page("assessments")
        results = assessments.results
        results.tabs.setCurrentIndex(results.FUNDING_TAB)
        settle(app)
        window.grab().save(str(out / f"funds-results-{language}-1024x600.png"))
    assert assessments is not None
    # The statement link of the Urdu check: the runner at that statement, read only.
    window.open_assessment(completed["ur"])
    results = assessments.results
    results.tabs.setCurrentIndex(results.FUNDING_TAB)
    settle(app)
    label = next(
        label
        for label in results.funds_panel.findChildren(QLabel)
        if "assessment:health_check:money_1" in label.text()
    )
    label.linkActivated.emit("assessment:health_check:money_1")
    settle(app)
    window.grab().save(str(out / "funds-statement-link-runner-ur-1024x600.png"))
    assessments.show_review(draft.id)
    settle(app)
    window.grab().save(str(out / "review-ur-1024x600.png"))
    assessments.review.tabs.setCurrentIndex(1)
    settle(app)
    window.grab().save(str(out / "review-all-answers-ur-1024x600.png"))
    assessments.show_list()
    settle(app)
    write_assessment_report(services, completed["ur"], out / "report-ur.pdf")
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
