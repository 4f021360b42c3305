"""The main window: side bar of pages, the page area, the status bar, remembered layout.

Adding a page: write `desktop/ui/pages/<name>.py` with a subclass of
`desktop.ui.pages.base.Page` and add one `PageSpec` to `PAGES` below (or fill in the one
already there). Until the module exists, the side bar shows the page with a "coming soon"
note. Pages are imported and built the first time they are shown, so start-up only pays for
the first page. Cross-page wiring (signals up, calls down) goes in `MainWindow._wire_page`.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QByteArray, QSettings, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import tr, tr_noop
from desktop.ui.pages.base import ComingSoonPage, OpeningPage

if TYPE_CHECKING:
    from desktop.services import Services

log = logging.getLogger(__name__)

# This module is on the start-up path: it avoids the `Qt` namespace (its first use costs
# ~15 ms) and dataclasses, so the window shows about as fast as a bare Qt window.

WINDOW_SETTINGS_FILE = "window.ini"


class PageSpec(NamedTuple):
    """One entry of the side bar: where its page class lives and what it will do."""

    key: str
    title: str
    module: str
    class_name: str
    council_only: bool = False
    # Shown on the "coming soon" stand-in until the module exists.
    coming: str = ""
    # The editions showing the page: "field" (a worker's laptop), "council", "group" (the
    # self-assessment edition). Council-only pages show in "council" alone.
    editions: tuple[str, ...] = ("field", "council")

    def shown_in(self, edition: str) -> bool:
        if self.council_only:
            return edition == "council"
        return edition in self.editions


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "our_group",
        "Our group",
        "desktop.ui.pages.self_assessment",
        "SelfAssessmentHome",
        coming="Your group's registration, health check, action plan and report.",
        editions=("group",),
    ),
    PageSpec(
        "organisations",
        tr_noop("MainWindow", "Organisations"),
        "desktop.ui.pages.organisations",
        "OrganisationsPage",
        coming="Register community organisations and keep their details up to date.",
    ),
    PageSpec(
        "assessments",
        tr_noop("MainWindow", "Assessments"),
        "desktop.ui.pages.assessments",
        "AssessmentsPage",
        coming="Run a health check or a CAT readiness assessment with a group, one statement "
        "at a time, agree an action plan and save the report as a PDF.",
        editions=("field", "council", "group"),
    ),
    PageSpec(
        "sync",
        tr_noop("MainWindow", "Sync"),
        "desktop.ui.pages.sync",
        "SyncPage",
        coming="Export the changes made on this laptop as a signed bundle for the council, "
        "and load a field pack of current organisations.",
    ),
    PageSpec(
        "import",
        tr_noop("MainWindow", "Import"),
        "desktop.ui.pages.import_page",
        "ImportPage",
        council_only=True,
        coming="Import bundles from field laptops, see what each one changed and approve "
        "new devices.",
    ),
    PageSpec(
        "packs",
        "Field packs",
        "desktop.ui.pages.field_packs",
        "FieldPacksPage",
        council_only=True,
        coming="Build signed field packs that carry organisations, completed assessments, "
        "forms, support offers and wards to the laptops.",
    ),
    PageSpec(
        "overview",
        tr_noop("MainWindow", "Overview"),
        "desktop.ui.pages.overview",
        "OverviewPage",
        council_only=True,
        coming="See every organisation's registration and assessments, and find support "
        "needs across the borough by ward, theme and legal form.",
    ),
    PageSpec(
        "conflicts",
        tr_noop("MainWindow", "Conflicts"),
        "desktop.ui.pages.conflicts",
        "ConflictsPage",
        council_only=True,
        coming="Review fields that two laptops changed at the same time, and keep or "
        "reverse the value that won.",
    ),
    PageSpec(
        "forms",
        tr_noop("MainWindow", "Forms"),
        "desktop.ui.pages.forms_page",
        "FormsPage",
        coming="The forms this app runs, and XLSForm for KoboToolbox and ODK in and out.",
    ),
    PageSpec(
        "settings",
        tr_noop("MainWindow", "Settings"),
        "desktop.ui.pages.settings",
        "SettingsPage",
        coming="Choose council mode, the ward list and where bundles are saved.",
        editions=("field", "council", "group"),
    ),
)


def _council_mode_setting(services: Services) -> bool:
    """The Settings page's saved council mode (`gapkit --council` turns it on for one run)."""
    from desktop.services.settings import SettingKey

    try:
        return bool(services.settings.get(SettingKey.COUNCIL_MODE, False))
    except Exception:  # noqa: BLE001 - a settings read must never stop the window opening
        log.exception("Could not read the council mode setting")
        return False


def _install_wheel_guard() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.wheel_guard import install_wheel_guard

    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_wheel_guard(app)


def default_window_size(available: QSize) -> QSize:
    """The first window: 1280x800 where it fits, else the screen's free area less room for the
    title bar, so a 1366x768 or 1024x600 laptop opens it whole."""
    title_bar = 40
    return QSize(min(1280, available.width()), min(800, max(400, available.height() - title_bar)))


EDITION_TITLES = {
    "field": "GAP Field Kit",
    "council": "GAP Field Kit — council",
    "group": "GAP Field Kit — self-assessment",
}


def _group_edition_setting(services: Services) -> bool:
    """The data folder belongs to a community group assessing itself (chosen on first run)."""
    try:
        from desktop.services.setup import Use

        return services.setup.use() is Use.GROUP
    except Exception:  # noqa: BLE001 - a settings read must never stop the window opening
        log.exception("Could not read who uses this data folder")
        return False


def window_settings(data_dir: Path) -> QSettings:
    """Window layout kept in the data folder, so each data folder (and test) has its own."""
    return QSettings(str(Path(data_dir) / WINDOW_SETTINGS_FILE), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """Side bar + page stack. `services` may arrive later (`attach_services`) so the window can
    be shown before the database is open."""

    page_changed = Signal(str)

    def __init__(
        self,
        services: Services | None = None,
        council: bool = False,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        _install_wheel_guard()
        self.council = council
        self.edition = "council" if council else "field"
        self.services: Services | None = None
        if data_dir is None:
            if services is None:
                raise ValueError("MainWindow needs services or a data folder")
            data_dir = services.store.data_dir
        self.data_dir = Path(data_dir)
        self.specs = [spec for spec in PAGES if spec.shown_in(self.edition)]
        self._pages: dict[str, QWidget] = {}
        self._current_key: str | None = None

        self.setWindowTitle("GAP Field Kit — council" if council else "GAP Field Kit")
        self.setAccessibleName("GAP Field Kit")

        self.side_bar = QListWidget()
        self.side_bar.setObjectName("sideBar")
        self.side_bar.setAccessibleName("Pages")
        self.side_bar.setAccessibleDescription("Choose a page; Ctrl+1 to Ctrl+9 jump to a page.")
        self.side_bar.setFixedWidth(164)
        self._fill_side_bar()

        self.stack = QStackedWidget()
        self.stack.setAccessibleName("Page")
        self._opening = OpeningPage()
        self.stack.addWidget(self._opening)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The side bar's column: the pages, and at its foot the Help menu's button (a menu bar
        # would cost a 1024x600 screen a line of height).
        self.side_column = QWidget()
        self.side_column.setObjectName("sideColumn")
        column = QVBoxLayout(self.side_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.side_bar, 1)
        layout.addWidget(self.side_column)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        status = QStatusBar()
        status.setAccessibleName("Status")
        self.setStatusBar(status)

        # Made when the data is open (attach_services): building the first QKeySequence
        # creates Qt's key enums, ~40 ms that would otherwise delay the first paint.
        self._page_actions: list[QAction] = []

        self._settings = window_settings(self.data_dir)
        self._restore_geometry()
        self.side_bar.currentRowChanged.connect(self._side_bar_row_changed)

        wanted = str(self._settings.value("last_page", "organisations"))
        if wanted not in self.page_keys():
            wanted = self.specs[0].key
        self._current_key = wanted
        self._select_in_side_bar(wanted)
        if services is not None:
            self.attach_services(services)

    # -- public -------------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def current_page_key(self) -> str | None:
        return self._current_key

    def attach_services(self, services: Services) -> None:
        """The store is open: build and show the page the user was last on."""
        self.services = services
        if not self._page_actions:
            self._make_page_shortcuts()
            self._make_menus()
        if _group_edition_setting(services):
            self.set_edition("group")
        elif not self.council and _council_mode_setting(services):
            self.set_council_mode(True)
        key = self._current_key or self.specs[0].key
        self._current_key = None
        self.show_page(key)

    def page(self, key: str) -> QWidget:
        """The page for `key`, built (and wired) on first use."""
        if key not in self._pages:
            spec = self._spec(key)
            widget = self._build_page(spec)
            self._pages[key] = widget
            self.stack.addWidget(widget)
            self._wire_page(key, widget)
        return self._pages[key]

    def show_page(self, key: str) -> bool:
        """Bring a page to the front; False if the current page asked to stay."""
        if key == self._current_key and self.services is not None:
            self._select_in_side_bar(key)
            return True
        if self.services is None:
            # Still opening: remember the choice, show it once the store is ready.
            self._current_key = key
            self._select_in_side_bar(key)
            return True
        previous = self._pages.get(self._current_key or "")
        if previous is not None and not previous.can_leave():  # type: ignore[attr-defined]
            self._select_in_side_bar(self._current_key or key)
            return False
        widget = self.page(key)
        if previous is not None:
            previous.on_hidden()  # type: ignore[attr-defined]
        self._current_key = key
        self._select_in_side_bar(key)
        self.stack.setCurrentWidget(widget)
        widget.on_shown()  # type: ignore[attr-defined]
        self._settings.setValue("last_page", key)
        self.page_changed.emit(key)
        return True

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def start_assessment(self, organisation_id: str) -> None:
        """Bring the Assessments page forward with its start dialog for this organisation."""
        if self.show_page("assessments"):
            page = self.page("assessments")
            page.start_for_organisation(organisation_id)  # type: ignore[attr-defined]
            dialog = getattr(page, "start_dialog", None)
            if self.edition == "group" and dialog is not None:
                # A group assessing itself: everyone rates, then agrees.
                dialog.group_mode.setChecked(True)

    def open_assessment(self, assessment_id: str) -> None:
        """The Assessments page at one assessment: its results, or the runner where it stopped."""
        if self.show_page("assessments"):
            self.page("assessments").open_assessment(assessment_id)  # type: ignore[attr-defined]

    def open_registration(self, organisation_id: str, field_name: str = "") -> None:
        """The Organisations page at one organisation's registration (and field)."""
        if self.show_page("organisations"):
            page = self.page("organisations")
            page.open_registration(organisation_id, field_name or None)  # type: ignore[attr-defined]

    # -- building pages -----------------------------------------------------------------------

    def _spec(self, key: str) -> PageSpec:
        for spec in self.specs:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def _build_page(self, spec: PageSpec) -> QWidget:
        try:
            module = importlib.import_module(spec.module)
        except ModuleNotFoundError as exc:
            if exc.name != spec.module:
                raise
            return ComingSoonPage(spec.title, spec.coming)
        page_class = getattr(module, spec.class_name)
        assert self.services is not None
        return page_class(self.services, council=self.council)

    def _wire_page(self, key: str, page: QWidget) -> None:
        """Connect a page's signals to the window and to other pages."""
        status_message = getattr(page, "status_message", None)
        if status_message is not None:
            status_message.connect(self.show_message)
        # -- "Start assessment…" on an organisation opens the Assessments page's start dialog
        start_assessment = getattr(page, "start_assessment_requested", None)
        if start_assessment is not None:
            start_assessment.connect(self.start_assessment)
        open_assessment = getattr(page, "open_assessment_requested", None)
        if open_assessment is not None:
            open_assessment.connect(self.open_assessment)
        # -- a fund's unmet condition on the results links to a registration field
        registration = getattr(page, "registration_requested", None)
        if registration is not None:
            registration.connect(self.open_registration)
        # -- the self-assessment edition: a guide before each section of the runner
        runner = getattr(page, "runner", None)
        if runner is not None and hasattr(runner, "state_changed"):
            from desktop.ui.runner.section_guide import SectionGuides

            page.section_guides = SectionGuides(runner, lambda: self.edition == "group")  # type: ignore[attr-defined]
        # -- council mode and council pages
        council_mode_changed = getattr(page, "council_mode_changed", None)
        if council_mode_changed is not None:
            council_mode_changed.connect(self.set_council_mode)
        use_changed = getattr(page, "use_changed", None)
        if use_changed is not None:
            use_changed.connect(self.apply_use)
        for signal_name in ("bundles_imported", "conflicts_changed"):
            signal = getattr(page, signal_name, None)
            if signal is not None:
                signal.connect(self._refresh_council_pages)

    def _refresh_council_pages(self, *_args: object) -> None:
        """After an import or a settled conflict, pages already built show the new state."""
        for key in ("conflicts", "organisations"):
            page = self._pages.get(key)
            if page is not None and page is not self.sender() and page.isVisible():
                page.on_shown()  # type: ignore[attr-defined]

    # -- council mode -------------------------------------------------------------------------

    def set_council_mode(self, on: bool) -> None:
        """Show (or hide) the council pages at once: the Settings switch and saved setting."""
        if on == self.council and self.edition != "group":
            return
        self.set_edition("council" if on else "field")

    def apply_use(self, use: object) -> None:
        """Show the edition for who uses this data folder (first run, Settings)."""
        value = getattr(use, "value", use)
        self.set_edition({"worker": "field", "council": "council", "group": "group"}[str(value)])

    def set_edition(self, edition: str) -> None:
        """Field, council or the group's self-assessment edition: the side bar follows."""
        if edition == self.edition:
            return
        self.edition = edition
        on = edition == "council"
        self.council = on
        self.specs = [spec for spec in PAGES if spec.shown_in(edition)]
        self.setWindowTitle(EDITION_TITLES[edition])
        for key in [key for key in self._pages if key not in self.page_keys()]:
            widget = self._pages.pop(key)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.side_bar.blockSignals(True)
        self.side_bar.clear()
        self._fill_side_bar()
        self.side_bar.blockSignals(False)
        self._make_page_shortcuts()
        if self._current_key in self.page_keys():
            self._select_in_side_bar(self._current_key)
        elif self.services is not None:
            self._current_key = None
            self.show_page(self.specs[0].key)

    def _fill_side_bar(self) -> None:
        for number, spec in enumerate(self.specs, start=1):
            title = tr("MainWindow", spec.title)
            item = QListWidgetItem(title)
            item.setToolTip(f"{title} (Ctrl+{number})" if number <= 9 else title)
            self.side_bar.addItem(item)

    def _make_page_shortcuts(self) -> None:
        for action in self._page_actions:
            self.removeAction(action)
            action.deleteLater()
        self._page_actions = []
        for number, spec in enumerate(self.specs[:9], start=1):
            action = QAction(f"Go to {spec.title}", self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            self.addAction(action)
            self._page_actions.append(action)

    # -- menus --------------------------------------------------------------------------------

    def _make_menus(self) -> None:
        """The Help menu, on a button at the foot of the side bar."""
        from PySide6.QtWidgets import QMenu, QToolButton

        help_menu = QMenu("Help", self)
        guide = help_menu.addAction("User guide")
        # F1 stays with the runner (a statement's own help); the guide is Ctrl+F1.
        guide.setShortcut(QKeySequence("Ctrl+F1"))
        guide.triggered.connect(lambda: self.show_help())
        self.addAction(guide)
        setup_doc = help_menu.addAction("Council setup file")
        setup_doc.triggered.connect(lambda: self.show_help("Council setup file"))
        help_menu.addSeparator()
        about = help_menu.addAction("About GAP Field Kit")
        about.triggered.connect(self.show_about)
        self.help_menu = help_menu
        button = QToolButton()
        button.setObjectName("helpButton")
        button.setText("Help")
        button.setAccessibleName("Help")
        button.setToolTip("User guide (Ctrl+F1), council setup file, About GAP Field Kit")
        button.setMenu(help_menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setFixedWidth(164)
        self.help_button = button
        self.side_column.layout().addWidget(button)  # type: ignore[union-attr]

    def show_help(self, document: str | None = None, path: Path | None = None) -> QWidget:
        """The Help window (one, reused), at a document by title or a file."""
        from desktop.ui.dialogs.help_viewer import HelpViewer

        viewer = getattr(self, "_help_viewer", None)
        if viewer is None:
            viewer = HelpViewer(self)
            self._help_viewer = viewer
        if path is not None:
            viewer.show_file(path)
        elif document is not None:
            viewer.show_document(document)
        viewer.show()
        viewer.raise_()
        viewer.activateWindow()
        return viewer

    def show_about(self) -> QWidget:
        from desktop.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.data_dir, self)
        dialog.licence_requested.connect(lambda path: self.show_help(path=path))
        self._about_dialog = dialog
        dialog.show()
        return dialog

    # -- side bar -----------------------------------------------------------------------------

    def _select_in_side_bar(self, key: str) -> None:
        row = self.page_keys().index(key)
        if self.side_bar.currentRow() != row:
            self.side_bar.blockSignals(True)
            self.side_bar.setCurrentRow(row)
            self.side_bar.blockSignals(False)

    def _side_bar_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.show_page(self.specs[row].key)

    # -- remembering the layout ---------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = self._settings.value("geometry")
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            return
        screen = self.screen()
        available = screen.availableGeometry().size() if screen is not None else QSize(1280, 840)
        self.resize(default_window_size(available))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # Only the front page can hold unsaved typing: leaving any other page asked already.
        current = self._pages.get(self._current_key or "")
        if current is not None and not current.can_leave():  # type: ignore[attr-defined]
            event.ignore()
            return
        self._settings.setValue("geometry", self.saveGeometry())
        if self._current_key:
            self._settings.setValue("last_page", self._current_key)
        self._settings.sync()
        event.accept()
