"""Screenshots of the first-run screen, the About dialog, the Help window and the
self-assessment edition (registration, home, a section guide) at 1024x600.

    xvfb-run -s "-screen 0 1024x600x24" .venv/bin/python docs/screenshots/take_first_run_screenshots.py

Each is a real window on a fresh data folder in a temporary directory, grabbed with
QWidget.grab() into docs/screenshots/.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent.parent))


def settle(app: object) -> None:
    """Let posted layout requests run through every level before grabbing."""
    for _round in range(5):
        app.processEvents()  # type: ignore[attr-defined]


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.services import open_services
    from desktop.ui.app import set_app_icon
    from desktop.ui.dialogs.first_run import FirstRunDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import apply_theme

    app = QApplication([sys.argv[0], "-style", "Fusion"])
    apply_theme(app)
    set_app_icon(app)
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder), device_name="Field laptop 3")
        window = MainWindow(services)
        window.resize(1024, 600)
        window.show()
        dialog = FirstRunDialog(services, None, window)
        dialog.show()
        settle(app)
        dialog.grab().save(str(OUT / "first-run-1024x600.png"))
        dialog.choice_buttons[next(iter(dialog.choice_buttons))].click()
        settle(app)
        dialog.grab().save(str(OUT / "first-run-worker-1024x600.png"))
        dialog.close()
        about = window.show_about()
        settle(app)
        about.grab().save(str(OUT / "about-1024x600.png"))
        about.close()
        viewer = window.show_help()
        settle(app)
        viewer.grab().save(str(OUT / "help-1024x600.png"))
        viewer.close()
        window.close()
        services.close()
    with tempfile.TemporaryDirectory() as folder:
        self_assessment(app, Path(folder))
    print("saved in", OUT)
    return 0


def self_assessment(app: object, folder: Path) -> None:
    from desktop.services import open_services
    from desktop.ui.main_window import MainWindow
    from sync.keys import CouncilKeyPair

    keys = CouncilKeyPair.generate(folder / "council")
    services = open_services(folder / "group")
    services.setup.choose_group(
        council_public_key=keys.public_key_b64, council_name="Kirklees Council"
    )
    window = MainWindow(services)
    window.resize(1024, 600)
    window.show()
    settle(app)
    home = window.page("our_group")
    home.name_field.setText("Dalton Community Garden")
    home.legal_form.setCurrentIndex(home.legal_form.findData("unincorporated_association"))
    home.postcode.setText("HD5 9AB")
    home.contact_name.setText("Ruth Okafor")
    home.contact_email.setText("ruth@example.org")
    home.consent.setChecked(True)
    settle(app)
    window.grab().save(str(OUT / "self-assessment-register-1024x600.png"))
    home.save_registration()
    organisation = services.self_assessment.organisation()
    detail = services.assessments.start(
        organisation.id,
        "health_check",
        "group",
        consent_given=True,
        participants=[("P1", "member"), ("P2", "trustee"), ("P3", "volunteer")],
    )
    home.refresh()
    settle(app)
    window.grab().save(str(OUT / "self-assessment-home-1024x600.png"))
    window.open_assessment(detail.id)
    settle(app)
    guides = window.page("assessments").section_guides
    if guides.dialog is not None:
        guides.dialog.grab().save(str(OUT / "self-assessment-section-guide.png"))
        guides.dialog.accept()
    window.close()
    services.close()


if __name__ == "__main__":
    raise SystemExit(main())
