"""The main window: side bar of pages, the page area, the status bar, remembered layout.

Adding a page (docs/architecture.md, "Pages"): write `desktop/ui/pages/<name>.py` with a
subclass of `desktop.ui.pages.base.Page`, a loader function below that imports and returns the
class, and one `PageSpec` row in `PAGES`. Pages are imported and built the first time they are
shown, so start-up only pays for the first page. Pages talk to the window through the signals
every `Page` has (`status_message`, `data_changed`, `start_assessment_requested`,
`open_assessment_requested`, `registration_requested`), connected in `MainWindow._wire_page`; a change one page makes
reaches the others as `on_data_changed`.
"""

from __future__ import annotations

import linecache
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence
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

from desktop.ui.changes import Changed, DataChange
from desktop.ui.i18n import tr, tr_format, tr_noop
from desktop.ui.pages.base import OpeningPage, Page

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.first_look import FirstLook
    from desktop.ui.pages.register_preview import RegisterPreview

log = logging.getLogger(__name__)

# This module is on the start-up path: it avoids the `Qt` namespace (its first use costs
# ~15 ms), dataclasses and the page modules, so the window shows about as fast as a bare Qt
# window.

WINDOW_SETTINGS_FILE = "window.ini"
# Keys in window.ini (QSettings, per data folder)
GEOMETRY_KEY = "geometry"
LAST_PAGE_KEY = "last_page"
# The side bar: its usual width, and what a row needs beside its words (the theme's padding of
# 14 px a side, the current row's 3 px mark, the frame and a little air).
SIDE_BAR_WIDTH = 164
SIDE_BAR_ROW_ROOM = 2 * 14 + 3 + 8


# The editions: "field" (a worker's laptop), "council" (council mode) and "group" (the
# self-assessment edition of a community group).
FIELD_AND_COUNCIL = ("field", "council")
COUNCIL_ONLY = ("council",)
EVERY_EDITION = ("field", "council", "group")


class PageSpec(NamedTuple):
    """One row of the side bar."""

    key: str  # stable id: remembered as the last page, used by `show_page`
    title: str
    # Imports the page's module and returns its class, the first time the page is shown.
    load: Callable[[], type[Page]]
    shortcut: str | None = None  # e.g. "Ctrl+1"; the same in every edition
    editions: tuple[str, ...] = FIELD_AND_COUNCIL

    def shown_in(self, edition: str) -> bool:
        return edition in self.editions


def _our_group() -> type[Page]:
    from desktop.ui.pages.self_assessment import SelfAssessmentHome

    return SelfAssessmentHome


def _organisations() -> type[Page]:
    from desktop.ui.pages.organisations import OrganisationsPage

    return OrganisationsPage


def _assessments() -> type[Page]:
    from desktop.ui.pages.assessments import AssessmentsPage

    return AssessmentsPage


def _sync() -> type[Page]:
    from desktop.ui.pages.sync import SyncPage

    return SyncPage


def _import() -> type[Page]:
    from desktop.ui.pages.import_page import ImportPage

    return ImportPage


def _packs() -> type[Page]:
    from desktop.ui.pages.field_packs import FieldPacksPage

    return FieldPacksPage


def _overview() -> type[Page]:
    from desktop.ui.pages.overview import OverviewPage

    return OverviewPage


def _conflicts() -> type[Page]:
    from desktop.ui.pages.conflicts import ConflictsPage

    return ConflictsPage


def _forms() -> type[Page]:
    from desktop.ui.pages.forms_page import FormsPage

    return FormsPage


def _settings() -> type[Page]:
    from desktop.ui.pages.settings import SettingsPage

    return SettingsPage


# The side bar, in order. A page keeps its shortcut in every edition (Settings is always
# Ctrl+9); "Our group" is Ctrl+1 in the group edition, where Organisations is not shown.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("our_group", tr_noop("MainWindow", "Our group"), _our_group, "Ctrl+1", ("group",)),
    PageSpec("organisations", tr_noop("MainWindow", "Organisations"), _organisations, "Ctrl+1"),
    PageSpec(
        "assessments",
        tr_noop("MainWindow", "Assessments"),
        _assessments,
        "Ctrl+2",
        EVERY_EDITION,
    ),
    PageSpec("sync", tr_noop("MainWindow", "Sync"), _sync, "Ctrl+3"),
    PageSpec("import", tr_noop("MainWindow", "Import"), _import, "Ctrl+4", COUNCIL_ONLY),
    PageSpec("packs", tr_noop("MainWindow", "Field packs"), _packs, "Ctrl+5", COUNCIL_ONLY),
    PageSpec("overview", tr_noop("MainWindow", "Overview"), _overview, "Ctrl+6", COUNCIL_ONLY),
    PageSpec("conflicts", tr_noop("MainWindow", "Conflicts"), _conflicts, "Ctrl+7", COUNCIL_ONLY),
    PageSpec("forms", tr_noop("MainWindow", "Forms"), _forms, "Ctrl+8"),
    PageSpec("settings", tr_noop("MainWindow", "Settings"), _settings, "Ctrl+9", EVERY_EDITION),
)

_PageType = TypeVar("_PageType", bound=Page)


def pages_for(edition: str) -> list[PageSpec]:
    """The side bar of one edition."""
    return [spec for spec in PAGES if spec.shown_in(edition)]


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
    "council": tr_noop("MainWindow", "GAP Field Kit — council"),
    "group": tr_noop("MainWindow", "GAP Field Kit — self-assessment"),
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
    # Every DataChange a page made, after the other pages had it (Anki's operation_did_execute).
    data_changed = Signal(object)

    def __init__(
        self,
        services: Services | None = None,
        council: bool = False,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.council = council
        self.edition = "council" if council else "field"
        self.services: Services | None = None
        if data_dir is None:
            if services is None:
                raise ValueError("MainWindow needs services or a data folder")
            data_dir = services.store.data_dir
        self.data_dir = Path(data_dir)
        self.specs = pages_for(self.edition)
        self._pages: dict[str, Page] = {}
        self._current_key: str | None = None
        # The register shown read-only while the store opens (show_first_look).
        self._preview: RegisterPreview | None = None

        self.setWindowTitle(tr("MainWindow", EDITION_TITLES["council" if council else "field"]))
        self.setAccessibleName(tr("MainWindow", "GAP Field Kit"))

        self.side_bar = QListWidget()
        self.side_bar.setObjectName("sideBar")
        self.side_bar.setAccessibleName(tr("MainWindow", "Pages"))
        self.side_bar.setAccessibleDescription(
            tr("MainWindow", "Choose a page; Ctrl+1 to Ctrl+9 jump to a page.")
        )
        # Rows as tall as each other whatever fonts their words take (Urdu).
        self.side_bar.setUniformItemSizes(True)
        self._fill_side_bar()

        self.stack = QStackedWidget()
        self.stack.setAccessibleName(tr("MainWindow", "Page"))
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
        status.setAccessibleName(tr("MainWindow", "Status"))
        self.setStatusBar(status)

        # Made when the data is open (attach_services): building the first QKeySequence
        # creates Qt's key enums, ~40 ms that would otherwise delay the first paint.
        self._page_actions: list[QAction] = []

        self._settings = window_settings(self.data_dir)
        self._restore_geometry()
        self.side_bar.currentRowChanged.connect(self._side_bar_row_changed)

        self._current_key = self._remembered_page()
        self._select_in_side_bar(self._current_key)
        if services is not None:
            self.attach_services(services)

    def _remembered_page(self) -> str:
        """The page the user was last on, if this edition shows it, else its first page."""
        wanted = str(self._settings.value(LAST_PAGE_KEY, "organisations"))
        return wanted if wanted in self.page_keys() else self.specs[0].key

    # -- public -------------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def current_page_key(self) -> str | None:
        """The key of the page in front: read by tests and benchmarks/memory.py to check where
        navigation led (the app itself keeps it privately)."""
        return self._current_key

    def show_first_look(self, look: FirstLook) -> bool:
        """Before the store is open: the edition its settings choose and, when the first page
        is the register, the register read-only (`RegisterPreview`). True when the page
        shows its data."""
        if self.services is not None:
            return False
        self.set_edition(look.edition)
        if self._current_key != "organisations" or not look.organisations:
            return False
        from desktop.ui.pages.register_preview import RegisterPreview

        self._preview = RegisterPreview(look.organisations)
        self.stack.addWidget(self._preview)
        self.stack.setCurrentWidget(self._preview)
        return True

    def attach_services(self, services: Services) -> None:
        """The store is open: build and show the page the user was last on."""
        self.services = services
        _install_wheel_guard()
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
        self._retire_preview()

    def _retire_preview(self) -> None:
        """The Organisations page takes over from the register shown while opening."""
        preview, self._preview = self._preview, None
        if preview is None:
            return
        if self._current_key == "organisations":
            from desktop.ui.pages.organisations import OrganisationsPage

            page = self.page_as("organisations", OrganisationsPage)
            page.continue_from(preview.search_text(), preview.chosen_id())
        self.stack.removeWidget(preview)
        preview.deleteLater()

    def page(self, key: str) -> Page:
        """The page for `key`, built (and wired) on first use."""
        if key not in self._pages:
            spec = self._spec(key)
            assert self.services is not None
            page = spec.load()(self.services, council=self.council)
            self._pages[key] = page
            self.stack.addWidget(page)
            self._wire_page(key, page)
        return self._pages[key]

    def page_as(self, key: str, page_class: type[_PageType]) -> _PageType:
        """The page for `key`, checked to be a `page_class`."""
        page = self.page(key)
        if not isinstance(page, page_class):
            raise TypeError(f"the {key} page is a {type(page).__name__}, not {page_class.__name__}")
        return page

    def show_page(self, key: str) -> bool:
        """Bring a page to the front; False if the current page asked to stay."""
        if key == self._current_key and self.services is not None:
            self._select_in_side_bar(key)
            return True
        if self.services is None:
            # Still opening: remember the choice, show it once the store is ready.
            self._current_key = key
            self._select_in_side_bar(key)
            if self._preview is not None:
                shown = self._preview if key == "organisations" else self._opening
                self.stack.setCurrentWidget(shown)
            return True
        previous = self._pages.get(self._current_key or "")
        if previous is not None and not previous.can_leave():
            self._select_in_side_bar(self._current_key or key)
            return False
        page = self.page(key)
        if previous is not None:
            previous.on_hidden()
        self._current_key = key
        self._select_in_side_bar(key)
        self.stack.setCurrentWidget(page)
        page.on_shown()
        # PySide6 reads the source of every module imported after it (to see whether the
        # module uses its feature switches) and linecache keeps every line: pages import their
        # modules when first shown, ~25 MB of source by the time each page has been opened.
        linecache.clearcache()
        self._settings.setValue(LAST_PAGE_KEY, key)
        self.page_changed.emit(key)
        return True

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def start_assessment(self, organisation_id: str) -> None:
        """Bring the Assessments page forward with its start dialog for this organisation."""
        from desktop.ui.pages.assessments import AssessmentsPage

        if self.show_page("assessments"):
            page = self.page_as("assessments", AssessmentsPage)
            page.start_for_organisation(organisation_id)
            dialog = page.start_dialog
            if self.edition == "group" and dialog is not None:
                # A group assessing itself: everyone rates, then agrees.
                dialog.group_mode.setChecked(True)

    def open_assessment(self, assessment_id: str) -> None:
        """The Assessments page at one assessment: its results, or the runner where it stopped."""
        from desktop.ui.pages.assessments import AssessmentsPage

        if self.show_page("assessments"):
            self.page_as("assessments", AssessmentsPage).open_assessment(assessment_id)

    def open_statement(self, assessment_id: str, target: str) -> None:
        """The Assessments page at one statement of an assessment (from a fund's link)."""
        from desktop.ui.pages.assessments import AssessmentsPage

        if self.show_page("assessments"):
            self.page_as("assessments", AssessmentsPage).open_statement(assessment_id, target)

    def open_registration(self, organisation_id: str, field_name: str = "") -> None:
        """The Organisations page at one organisation's registration (and field)."""
        from desktop.ui.pages.organisations import OrganisationsPage

        if self.show_page("organisations"):
            page = self.page_as("organisations", OrganisationsPage)
            page.open_registration(organisation_id, field_name or None)

    # -- building pages -----------------------------------------------------------------------

    def _spec(self, key: str) -> PageSpec:
        for spec in self.specs:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def _wire_page(self, key: str, page: Page) -> None:
        """Connect the signals every page has to the window."""
        page.status_message.connect(self.show_message)
        page.data_changed.connect(self._data_changed)
        page.start_assessment_requested.connect(self.start_assessment)
        page.open_assessment_requested.connect(self.open_assessment)
        page.open_statement_requested.connect(self.open_statement)
        page.registration_requested.connect(self.open_registration)
        if key == "assessments":
            # The self-assessment edition: a guide before each section of the runner.
            from desktop.ui.pages.assessments import AssessmentsPage
            from desktop.ui.runner.section_guide import SectionGuides

            if isinstance(page, AssessmentsPage):
                page.section_guides = SectionGuides(page.runner, lambda: self.edition == "group")

    def _data_changed(self, change: DataChange) -> None:
        """A page changed data: every other built page hears of it, then the window's own
        listeners; a changed use or council mode shows that edition's side bar."""
        for page in list(self._pages.values()):
            if page is not change.origin:
                page.on_data_changed(change)
        if self.services is not None:
            if change.what & Changed.USE:
                use = self.services.setup.use()
                if use is not None:
                    self.apply_use(use)
            elif change.what & Changed.COUNCIL_MODE:
                self.set_council_mode(_council_mode_setting(self.services))
        self.data_changed.emit(change)

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
        self.specs = pages_for(edition)
        self.setWindowTitle(tr("MainWindow", EDITION_TITLES[edition]))
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
        else:
            # Still opening (the first look chose the edition): its remembered page.
            self._current_key = self._remembered_page()
            self._select_in_side_bar(self._current_key)

    def _fill_side_bar(self) -> None:
        for spec in self.specs:
            title = tr("MainWindow", spec.title)
            item = QListWidgetItem(title)
            item.setToolTip(f"{title} ({spec.shortcut})" if spec.shortcut else title)
            self.side_bar.addItem(item)
        self._fit_side_bar()

    def _fit_side_bar(self) -> None:
        """Wide enough for its longest page name in bold, as the current page's is (Polish's
        "Pakiety terenowe" was cut to "Pakiety tereno…"); never narrower than SIDE_BAR_WIDTH."""
        self.side_bar.ensurePolished()
        bold = QFont(self.side_bar.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(
            (
                metrics.horizontalAdvance(self.side_bar.item(row).text())
                for row in range(self.side_bar.count())
            ),
            default=0,
        )
        self.side_bar.setFixedWidth(max(SIDE_BAR_WIDTH, widest + SIDE_BAR_ROW_ROOM))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        # The page names are translated after this event: measure them in the next turn.
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._fit_side_bar)
        super().changeEvent(event)

    def _make_page_shortcuts(self) -> None:
        for action in self._page_actions:
            self.removeAction(action)
            action.deleteLater()
        self._page_actions = []
        for spec in self.specs:
            if not spec.shortcut:
                continue
            action = QAction(
                tr_format("MainWindow", "Go to {page}", page=tr("MainWindow", spec.title)), self
            )
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            self.addAction(action)
            self._page_actions.append(action)

    # -- menus --------------------------------------------------------------------------------

    def _make_menus(self) -> None:
        """The Help menu, on a button at the foot of the side bar."""
        from PySide6.QtWidgets import QMenu, QToolButton

        help_menu = QMenu(tr("MainWindow", "Help"), self)
        guide = help_menu.addAction("")
        # F1 stays with the runner (a statement's own help); the guide is Ctrl+F1.
        guide.setShortcut(QKeySequence("Ctrl+F1"))
        guide.triggered.connect(lambda: self.show_help())
        self.addAction(guide)
        setup_doc = help_menu.addAction("")
        setup_doc.triggered.connect(lambda: self.show_help(tr_noop("Help", "Council setup file")))
        help_menu.addSeparator()
        about = help_menu.addAction("")
        about.triggered.connect(self.show_about)
        self.help_menu = help_menu
        # Through tr: i18n.set_language translates the items again with the rest of the window.
        for action, source in (
            (guide, tr_noop("MainWindow", "User guide")),
            (setup_doc, tr_noop("MainWindow", "Council setup file")),
            (about, tr_noop("MainWindow", "About GAP Field Kit")),
        ):
            action.setText(tr("MainWindow", source))
        button = QToolButton()
        button.setObjectName("helpButton")
        button.setText(tr("MainWindow", "Help"))
        button.setAccessibleName(tr("MainWindow", "Help"))
        button.setToolTip(
            tr("MainWindow", "User guide (Ctrl+F1), council setup file, About GAP Field Kit")
        )
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
        saved = self._settings.value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            return
        screen = self.screen()
        available = screen.availableGeometry().size() if screen is not None else QSize(1280, 840)
        self.resize(default_window_size(available))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # Only the front page can hold unsaved typing: leaving any other page asked already.
        current = self._pages.get(self._current_key or "")
        if current is not None and not current.can_leave():
            event.ignore()
            return
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if self._current_key:
            self._settings.setValue(LAST_PAGE_KEY, self._current_key)
        self._settings.sync()
        event.accept()
