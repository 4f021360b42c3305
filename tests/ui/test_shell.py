"""The main window: side bar, pages, keyboard page switching, remembered layout, smoke mode."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.ui import main_window as main_window_module
from desktop.ui.main_window import WINDOW_SETTINGS_FILE, MainWindow, PageSpec
from desktop.ui.pages.base import OpeningPage

REPO_ROOT = Path(__file__).resolve().parents[2]


def side_bar_titles(window: MainWindow) -> list[str]:
    return [window.side_bar.item(row).text() for row in range(window.side_bar.count())]


def test_side_bar_has_the_field_pages_and_council_mode_adds_its_own(qtbot, services):
    field = MainWindow(services)
    qtbot.addWidget(field)
    assert side_bar_titles(field)[:3] == ["Organisations", "Assessments", "Sync"]
    assert side_bar_titles(field)[-1] == "Settings"
    assert "Import" not in side_bar_titles(field)
    assert "Overview" not in side_bar_titles(field)

    council = MainWindow(services, council=True)
    qtbot.addWidget(council)
    assert {"Import", "Overview"} <= set(side_bar_titles(council))
    assert side_bar_titles(council)[0] == "Organisations"


def test_every_page_shows_something_and_none_is_blank(qtbot, services):
    window = MainWindow(services, council=True)
    qtbot.addWidget(window)
    window.show()
    for key in window.page_keys():
        assert window.show_page(key)
        page = window.stack.currentWidget()
        assert not isinstance(page, OpeningPage)
        texts = [label.text() for label in page.findChildren(QLabel) if label.text().strip()]
        assert texts, f"the {key} page shows no text at all"


def test_every_row_of_the_page_table_loads_a_page_with_its_own_shortcut():
    from desktop.ui.pages.base import Page

    keys = [spec.key for spec in main_window_module.PAGES]
    assert len(set(keys)) == len(keys)
    for edition in ("field", "council", "group"):
        specs = main_window_module.pages_for(edition)
        shortcuts = [spec.shortcut for spec in specs if spec.shortcut]
        assert specs and len(set(shortcuts)) == len(shortcuts), edition
    for spec in main_window_module.PAGES:
        assert issubclass(spec.load(), Page), spec.key


def test_a_page_added_with_one_table_row_appears_in_the_side_bar(qtbot, services, monkeypatch):
    from desktop.ui.pages.base import Page

    class LaterPage(Page):
        title = "Later"

    later = PageSpec("later", "Later", lambda: LaterPage, "Ctrl+Shift+L")
    monkeypatch.setattr(main_window_module, "PAGES", (*main_window_module.PAGES, later))
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert side_bar_titles(window)[-1] == "Later"
    assert window.show_page("later")
    assert isinstance(window.stack.currentWidget(), LaterPage)
    assert window.side_bar.item(window.side_bar.count() - 1).toolTip() == "Later (Ctrl+Shift+L)"


def test_ctrl_and_a_number_goes_to_that_page(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == window.page_keys()[2]
    assert window.side_bar.currentRow() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "organisations"


def test_choosing_in_the_side_bar_changes_page(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    rect = window.side_bar.visualItemRect(window.side_bar.item(1))
    qtbot.mouseClick(window.side_bar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == window.page_keys()[1]


def test_the_window_remembers_its_size_position_and_last_page(qtbot, data_dir, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.resize(770, 560)  # the offscreen screen is 800 x 800; the default is larger
    window.move(QPoint(12, 30))
    window.show_page("sync")
    qtbot.wait(10)
    size, position = window.size(), window.pos()
    assert size.height() == 560
    window.close()
    assert (data_dir / WINDOW_SETTINGS_FILE).exists()

    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    # The window's minimum (about 913 px since the Export and PDF reports buttons) is wider
    # than this 800-pixel offscreen screen; a window restored on a smaller screen than it
    # was saved on is fitted to that screen, as a user expects.
    screen = again.screen().availableGeometry()
    if size.width() <= screen.width():
        assert again.size() == size
        assert again.pos() == position
    else:
        assert again.height() == size.height() and again.width() <= screen.width()
    assert again.current_page_key() == "sync"
    assert again.side_bar.currentItem().text() == "Sync"


def test_layouts_of_different_data_folders_do_not_mix(qtbot, tmp_path, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show_page("sync")
    window.close()
    other = MainWindow(data_dir=tmp_path / "elsewhere")
    qtbot.addWidget(other)
    assert other.current_page_key() == "organisations"


def test_the_window_can_show_before_the_data_is_open(qtbot, data_dir, services):
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.stack.currentWidget(), OpeningPage)
    window.attach_services(services)
    assert window.stack.currentWidget() is window.page("organisations")


def test_the_register_shows_from_the_first_look_and_the_page_takes_over(qtbot, data_dir, services):
    from desktop.demo.organisations import demo_organisations
    from desktop.services.first_look import first_look
    from desktop.ui.pages.organisations import OrganisationsPage
    from desktop.ui.pages.register_preview import RegisterPreview

    if not services.store.is_sqlite:
        pytest.skip("the first look is a SQLite shortcut")
    examples = demo_organisations(6, seed=3, ward_list=services.organisations.ward_list)
    services.organisations.create_many(examples)
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    look = first_look(data_dir)
    assert look is not None
    assert window.show_first_look(look)
    preview = window.stack.currentWidget()
    assert isinstance(preview, RegisterPreview)
    assert preview.table_model.rowCount() == 6
    first_name = preview.table_model.summary(0).name
    preview.search.setText(first_name[:6])
    assert 1 <= preview.proxy.rowCount() <= 6
    preview.table.selectRow(0)
    chosen = preview.chosen_id()
    assert chosen is not None

    window.attach_services(services)
    page = window.page_as("organisations", OrganisationsPage)
    assert window.stack.currentWidget() is page
    assert page.search.text() == first_name[:6]
    assert page.selected_id() == chosen
    assert page.form.title.text() == services.organisations.get(chosen).name


def _run_gapkit(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GAPKIT_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.slow
def test_smoke_mode_opens_the_window_on_the_data_folder_and_exits_0(tmp_path):
    folder = tmp_path / "smoke"
    result = _run_gapkit(folder, "--smoke")
    assert result.returncode == 0, result.stderr
    assert (folder / "gapkit.sqlite3").exists()
    assert (folder / WINDOW_SETTINGS_FILE).exists()


@pytest.mark.slow
def test_startup_report_names_when_the_window_showed_and_when_the_first_page_filled(tmp_path):
    folder = tmp_path / "startup"
    assert _run_gapkit(folder, "demo", "--orgs", "3", "--seed", "2").returncode == 0
    env_result = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke"],
        cwd=REPO_ROOT,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "GAPKIT_DATA_DIR": str(folder),
            "GAPKIT_REPORT_STARTUP": "1",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert env_result.returncode == 0, env_result.stderr
    moments = dict(line.split(" ", 1) for line in env_result.stdout.splitlines() if " " in line)
    shown, filled = float(moments["window-shown-at"]), float(moments["page-filled-at"])
    assert shown <= filled < shown + 60


@pytest.mark.slow
def test_smoke_mode_refuses_a_database_from_a_newer_version_and_says_why(tmp_path):
    folder = tmp_path / "newer"
    folder.mkdir()
    database = sqlite3.connect(folder / "gapkit.sqlite3")
    database.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    database.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    database.commit()
    database.close()
    result = _run_gapkit(folder, "--smoke")
    assert result.returncode == 1
    assert "newer version of GAP Field Kit" in result.stderr


def test_an_unexpected_error_is_logged_in_the_data_folder_and_the_user_is_told(
    qtbot, data_dir, monkeypatch
):
    import logging

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    log_path = app_module.configure_file_logging(data_dir)
    app_module.install_exception_hook(lambda: None, log_path)
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.close()

    QTimer.singleShot(100, read_and_close)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    finally:
        root = logging.getLogger()
        for handler in [
            h for h in root.handlers if getattr(h, "baseFilename", "") == str(log_path)
        ]:
            root.removeHandler(handler)
            handler.close()
    assert seen and "Nothing you entered was lost" in seen[0]
    assert str(log_path) in seen[0]
    assert "boom in a slot" in log_path.read_text(encoding="utf-8")
