"""Screenshots of the first-run screen, the About dialog and the Help window at 1024x600.

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
        app.processEvents()
        dialog.grab().save(str(OUT / "first-run-1024x600.png"))
        dialog.choice_buttons[next(iter(dialog.choice_buttons))].click()
        app.processEvents()
        dialog.grab().save(str(OUT / "first-run-worker-1024x600.png"))
        dialog.close()
        about = window.show_about()
        app.processEvents()
        about.grab().save(str(OUT / "about-1024x600.png"))
        about.close()
        viewer = window.show_help()
        app.processEvents()
        viewer.grab().save(str(OUT / "help-1024x600.png"))
        viewer.close()
        window.close()
        services.close()
    print("saved in", OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
