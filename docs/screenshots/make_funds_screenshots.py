"""Screenshots of the funds panel (issue 21) at 1024x600 and 1920x1080.

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python docs/screenshots/make_funds_screenshots.py

Registers a CIC with a health check (one bank signatory), opens its Funding tab on the
Organisations page and on the results, and saves PNGs beside this file.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    from desktop.services import open_services
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import apply_theme
    from tests.funds.helpers import CIC, strong_answers

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationDisplayName("GAP Field Kit")
    apply_theme(app)
    services = open_services(Path(tempfile.mkdtemp(prefix="gapkit-funds-shots-")))
    cic = services.organisations.create(CIC)
    detail = services.assessments.start(cic.id, "health_check", consent_given=True)
    form = services.assessments.form_for(detail.id)
    for question_id, value in strong_answers(form, {"money_1": "no"}).items():
        services.assessments.record_answer(detail.id, question_id, value)
    services.assessments.complete(detail.id, allow_unanswered_required=True)
    services.funds.add_action(detail.id, "awards_for_all", "two_signatories")

    window = MainWindow(services)
    for width, height in ((1024, 600), (1920, 1080)):
        window.resize(width, height)
        window.show()
        settle(app)
        window.show_page("organisations")
        page = window.page("organisations")
        page.reload()
        page.open_registration(cic.id)
        page.detail_tabs.setCurrentIndex(page.FUNDING_TAB)
        settle(app)
        window.grab().save(str(HERE / f"funds-organisation-{width}x{height}.png"))
        window.open_assessment(detail.id)
        results = window.page("assessments").results
        results.tabs.setCurrentIndex(results.FUNDING_TAB)
        settle(app)
        window.grab().save(str(HERE / f"funds-results-{width}x{height}.png"))
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
