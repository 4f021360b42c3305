"""Screenshots of the group session at a small laptop's size and on a big projector.

Run under Xvfb, e.g.:
    xvfb-run -s "-screen 0 1024x600x24" .venv/bin/python docs/screenshots/take_screenshots.py
It fills a throwaway data folder, opens the real window at 1024x600, and saves PNGs beside this
file: the runner in both modes, the start dialog, the registration form, and the projector at
1920x1080 before and after the reveal.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
SMALL = (1024, 600)
BIG = (1920, 1080)


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    widget.grab().save(str(HERE / f"{name}.png"))
    print("saved", name)


def main() -> int:
    from desktop.services import open_services
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationDisplayName("GAP Field Kit")
    apply_theme(app)
    data_dir = Path(tempfile.mkdtemp(prefix="gapkit-shots-"))
    services = open_services(data_dir)
    organisation = services.organisations.create(
        {"name": "Holme Valley Food Bank", "legal_form": "cio_association", "postcode": "HD9 3AB"}
    )
    window = MainWindow(services)
    window.resize(*SMALL)
    window.show()
    settle(app)

    # Registration form
    window.show_page("organisations")
    organisations = window.page("organisations")
    organisations.new_organisation()
    settle(app)
    save(window, "registration-form-1024x600")
    organisations.discard_changes()
    settle(app)

    # Start dialog with six participants
    window.show_page("assessments")
    page = window.page("assessments")
    page.start_for_organisation(organisation.id)
    settle(app)
    dialog = page.start_dialog
    dialog.group_mode.setChecked(True)
    settle(app)
    while len(dialog.rows) < 6:
        dialog.add_participant()
        settle(app)
    settle(app)
    save(dialog, "start-dialog-group-of-six")
    dialog.reject()
    settle(app)

    # Facilitated runner
    detail = services.assessments.start(
        organisation.id, "health_check", "facilitated", consent_given=True
    )
    page.resume(detail.id)
    settle(app)
    save(window, "runner-facilitated-1024x600")

    # Group runner with six, three rated (hidden)
    people = [
        (f"P{n}", role)
        for n, role in enumerate(
            ["trustee", "volunteer", "staff", "member", "volunteer", "member"], start=1
        )
    ]
    group = services.assessments.start(
        organisation.id, "health_check", "group", consent_given=True, participants=people
    )
    page.resume(group.id)
    settle(app)
    runner = page.runner
    for level in (2, 4, 1):
        runner.choose(level)
        settle(app)
    save(window, "runner-group-hidden-1024x600")

    runner.show_projector()
    projector = runner.projector
    projector.showNormal()
    projector.resize(*BIG)
    settle(app, 40)
    save(projector, "projector-before-reveal-1920x1080")
    for level in (3, 2, 3):
        runner.choose(level)
        settle(app)
    settle(app, 40)
    save(projector, "projector-after-reveal-1920x1080")
    projector.close()
    settle(app)
    save(window, "runner-group-revealed-1024x600")
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    QTimer.singleShot(0, lambda: None)
    sys.exit(main())
