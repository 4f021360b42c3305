"""GUI test fixtures: the real services and main window on a temporary data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.services import Services, open_services


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    """SQLite only: the window is the same whatever database is underneath."""
    opened = open_services(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def main_window(qtbot: Any, services: Services):  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services)
    window.show()
    qtbot.waitExposed(window)
    yield window
    # Leave no typing behind, or closing the window would (rightly) ask about it. Closed here
    # rather than by qtbot, whose teardown runs before this one.
    built = [window.stack.widget(index) for index in range(window.stack.count())]
    for page in built:  # the pages made so far (each is made the first time it is shown)
        form = getattr(page, "form", None)
        if form is not None and hasattr(form, "is_dirty") and form.is_dirty():
            page.discard_changes()
    window.close()
    window.deleteLater()


@pytest.fixture
def organisations_page(main_window):  # type: ignore[no-untyped-def]
    main_window.show_page("organisations")
    return main_window.page("organisations")


@pytest.fixture
def organisation(services: Services):  # type: ignore[no-untyped-def]
    """One registered organisation to run assessments with (a test module may name its own)."""
    return services.organisations.create(
        {"name": "Holme Valley Food Bank", "legal_form": "cio_association", "postcode": "HD9 3AB"}
    )


@pytest.fixture
def page(main_window, qtbot: Any, organisation):  # type: ignore[no-untyped-def]
    """The Assessments page at the front of an active window, its list holding the keyboard
    focus, as the runner tests drive it with keys only."""
    from PySide6.QtWidgets import QApplication

    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.show_page("assessments")
    assessments = main_window.page("assessments")
    assessments.table.setFocus()
    return assessments
