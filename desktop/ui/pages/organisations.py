"""The Organisations page: the register as a searchable table, with the registration form beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError, ValidationFailed
from desktop.ui.changes import Changed
from desktop.ui.dialogs.history import HistoryDialog
from desktop.ui.format import short_date
from desktop.ui.i18n import error_text, kind_label, tr, tr_format, tr_noop
from desktop.ui.models.organisations import COLUMNS as ORGANISATION_COLUMNS
from desktop.ui.models.organisations import (
    OrganisationFilter,
    OrganisationTableModel,
    count_text,
)
from desktop.ui.pages.base import Page
from desktop.ui.pages.register_preview import (
    fit_register_columns,
    make_register_heading,
    make_register_table,
)
from desktop.ui.widgets.confirm import confirm_destructive
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.funds_panel import FundsPanel
from desktop.ui.widgets.notice_bar import NoticeBar
from desktop.ui.widgets.registration_form import RegistrationForm
from desktop.ui.widgets.scroll import scroll_area
from desktop.ui.widgets.spreadsheet_export import ask_spreadsheet_path
from desktop.ui.widgets.tables import keep_columns_fitted
from desktop.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from desktop.services import Services

EXAMPLE_COUNT = 12


def ask_to_load_examples(parent: QWidget) -> bool:
    return confirm_destructive(
        parent,
        tr("Organisations", "Load example organisations"),
        tr("Organisations", "Add {count} made-up organisations to the register?").format(
            count=EXAMPLE_COUNT
        ),
        tr(
            "Organisations",
            "They are for trying the app. Like any organisation they are sent to the council "
            "with the next bundle, so delete them before you export real work.",
        ),
        tr("Organisations", "Load examples"),
        tr("Organisations", "Cancel"),
        confirm_role=QMessageBox.ButtonRole.AcceptRole,
    )


EMPTY_REGISTER = tr_noop(
    "Organisations",
    "No organisations yet. Register the first one with New organisation (Ctrl+N), or load "
    "example organisations to try the app.",
)
ALL_WARDS = tr_noop("Organisations", "All wards")

# Answers to "you have unsaved changes": what the person chose.
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_to_delete(parent: QWidget, name: str) -> bool:
    return confirm_destructive(
        parent,
        tr("Organisations", "Delete organisation"),
        tr("Organisations", "Delete {name}?").format(name=name),
        tr(
            "Organisations",
            "It leaves the register on this laptop and in the next sync bundle. "
            "You can undo this straight after (Ctrl+Z).",
        ),
        tr("Organisations", "Delete"),
        tr("Organisations", "Keep"),
    )


def ask_about_unsaved(parent: QWidget, name: str) -> str:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Organisations", "Unsaved changes"))
    box.setText(tr("Organisations", "Save your changes to {name}?").format(name=name))
    box.setInformativeText(
        tr("Organisations", "If you don't save, what you typed since the last save is lost.")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    # Qt ships no Urdu or Punjabi words for its standard buttons.
    for button, text in (
        (QMessageBox.StandardButton.Save, tr("Organisations", "Save")),
        (QMessageBox.StandardButton.Discard, tr("Organisations", "Don't save")),
        (QMessageBox.StandardButton.Cancel, tr("Organisations", "Cancel")),
    ):
        box.button(button).setText(text)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


class OrganisationsPage(Page):
    """Find, register, change and delete organisations."""

    title = "Organisations"
    shows = Changed.ORGANISATIONS

    def __init__(
        self, services: Services, council: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, council, parent)
        self.organisations = services.organisations
        # Dialogs are attributes so tests (and a future kiosk mode) can answer them.
        self.confirm_delete: Callable[[QWidget, str], bool] = ask_to_delete
        self.confirm_examples: Callable[[QWidget], bool] = ask_to_load_examples
        self.ask_unsaved: Callable[[QWidget, str], str] = ask_about_unsaved
        self.choose_export_path: Callable[[QWidget, str], str | None] = ask_spreadsheet_path
        self.exported_paths: list[Any] = []
        self._export_task: BackgroundTask | None = None
        self._editing_id: str | None = None
        self._deleted: list[tuple[str, str]] = []  # (id, name), newest last, for Undo
        self._loaded = False
        self._selecting = False

        self.table_model = OrganisationTableModel(self)
        self.proxy = OrganisationFilter(self)
        self.proxy.setSourceModel(self.table_model)

        self._build()
        self._shortcuts()

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.count_label = QLabel()
        heading = make_register_heading(self.count_label)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            tr("Organisations", "Search name, charity or company number, postcode (Ctrl+F)")
        )
        self.search.setAccessibleName(tr("Organisations", "Search organisations"))
        # The whole hint where a narrow field (1024x600, longer words) cuts it short.
        self.search.setToolTip(self.search.placeholderText())
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)

        self.ward_filter = QComboBox()
        self.ward_filter.setAccessibleName(tr("Organisations", "Show organisations in ward"))
        self.ward_filter.addItem(tr("Organisations", ALL_WARDS), "")
        self.ward_filter.setMinimumContentsLength(10)
        self.ward_filter.currentIndexChanged.connect(self._ward_filter_changed)

        self.new_button = QPushButton(tr("Organisations", "New organisation"))
        self.new_button.setAccessibleName(tr("Organisations", "New organisation"))
        self.new_button.setToolTip(tr("Organisations", "Register a new organisation (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_organisation)
        self.delete_button = QPushButton(tr("Organisations", "Delete"))
        self.delete_button.setAccessibleName(tr("Organisations", "Delete organisation"))
        self.delete_button.setToolTip(
            tr("Organisations", "Delete the selected organisation (Delete); Ctrl+Z undoes")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(tr("Organisations", "Export…"))
        self.export_button.setAccessibleName(
            tr("Organisations", "Export the register to a spreadsheet")
        )
        self.export_button.setToolTip(
            tr(
                "Organisations",
                "The organisations listed (search and ward as set) as an Excel workbook or CSV "
                "file",
            )
        )
        self.export_button.clicked.connect(self.export_register)
        self.history_button = QPushButton(tr("Organisations", "History…"))
        self.history_button.setAccessibleName(tr("Organisations", "History of the organisation"))
        self.history_button.setToolTip(
            tr("Organisations", "Every change to this organisation: before, after, who, when")
        )
        self.history_button.clicked.connect(self.show_history)

        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.ward_filter)

        self.notice = NoticeBar()

        self.table = make_register_table(self.proxy)
        keep_columns_fitted(self.table, lambda: fit_register_columns(self.table))
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

        # An empty register says what to do, with buttons rather than commands to type.
        self.empty_state = QWidget()
        self.empty_state.setAccessibleName(tr("Organisations", "No organisations yet"))
        self.empty_text = QLabel(tr("Organisations", EMPTY_REGISTER))
        self.empty_text.setObjectName("emptyState")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.examples_button = QPushButton(tr("Organisations", "Load example organisations"))
        self.examples_button.setAccessibleName(tr("Organisations", "Load example organisations"))
        self.examples_button.setToolTip(
            tr("Organisations", "Twelve made-up organisations to try the app with")
        )
        self.examples_button.clicked.connect(self.load_examples)
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.examples_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        self.list_area = QStackedWidget()
        self.list_area.addWidget(self.table)
        self.list_area.addWidget(self.empty_state)

        # The buttons wrap onto a second line where their words are long (Polish), so the
        # register gives the form beside it the room its fields need at 1024x600.
        footer = QWidget()
        footer_layout = FlowLayout(footer, at_end=True)
        for button in (
            self.export_button,
            self.history_button,
            self.delete_button,
            self.new_button,
        ):
            footer_layout.addWidget(button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 12, 8, 12)
        left_layout.addLayout(heading)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.list_area, 1)
        left_layout.addWidget(footer)

        self.form = RegistrationForm(self.organisations.ward_list)
        self.form.changed.connect(self._form_changed)
        self.save_button = QPushButton(tr("Organisations", "Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAccessibleName(tr("Organisations", "Save registration"))
        self.save_button.setToolTip(tr("Organisations", "Save the registration (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(tr("Organisations", "Discard changes"))
        self.discard_button.setAccessibleName(tr("Organisations", "Discard changes"))
        self.discard_button.clicked.connect(self.discard_changes)
        self.start_assessment_button = QPushButton(tr("Organisations", "Start assessment…"))
        self.start_assessment_button.setAccessibleName(tr("Organisations", "Start assessment"))
        self.start_assessment_button.setToolTip(
            tr(
                "Organisations",
                "Run a health check or CAT readiness assessment with this organisation",
            )
        )
        self.start_assessment_button.clicked.connect(self.request_assessment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_assessment_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)

        # Funds the organisation could apply to (issue 21), beside its registration.
        self.funds_panel = FundsPanel()
        self.funds_panel.add_action_requested.connect(self._add_fund_action)
        self.funds_panel.registration_field_requested.connect(self.show_registration_field)
        self.funds_panel.assessment_requested.connect(self._open_fund_statement)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setAccessibleName(tr("Organisations", "Registration and funding"))
        self.detail_tabs.addTab(self.form, tr("Organisations", "Re&gistration"))
        self.detail_tabs.addTab(
            scroll_area(self.funds_panel, tr("Organisations", "Funding")),
            tr("Organisations", "F&unding"),
        )
        self.detail_tabs.currentChanged.connect(self._detail_tab_changed)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 12, 16, 12)
        right_layout.addWidget(self.detail_tabs, 1)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setAccessibleName(tr("Organisations", "Register and form"))
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 460])
        self.form.fields_scroll.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._update_buttons()

    def _shortcuts(self) -> None:
        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence("Ctrl+N"), self.new_organisation),
            (QKeySequence("Ctrl+F"), self.focus_search),
            (QKeySequence("Ctrl+S"), self.save),
            (QKeySequence("Ctrl+Z"), self.undo_delete),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(page_wide)
            shortcut.activated.connect(slot)
        # Delete only from the table: in a text field the key deletes text.
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

    # -- Page hooks ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self.form.fields_scroll:
            QTimer.singleShot(0, self._give_the_form_room)
        return super().eventFilter(watched, event)

    def _give_the_form_room(self) -> None:
        """Beside the register on a small screen the form takes the room its fields need
        from the list, rather than scroll sideways."""
        sizes = self.splitter.sizes()
        short = self.form.width_needed() - self.form.fields_scroll.width()
        if len(sizes) == 2 and short > 0 and sizes[0] - short >= 240:
            self.splitter.setSizes([sizes[0] - short, sizes[1] + short])

    def on_shown(self) -> None:
        self.reload()
        if self._loaded and self.table_model.rowCount() == 0:
            self.form.name_edit.setFocus()

    def can_leave(self) -> bool:
        return self._settle_unsaved()

    # -- the list -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the register again, keeping the filter and the selected organisation."""
        rows = self.organisations.search(include_deleted=False)
        self.table_model.set_rows(rows)
        self._loaded = True
        self._refresh_ward_filter(rows)
        self.list_area.setCurrentWidget(self.empty_state if not rows else self.table)
        if self._editing_id is not None:
            self._select(self._editing_id)
        self._update_count()

    def _refresh_ward_filter(self, rows: list) -> None:
        chosen = self.ward_filter.currentData() or ""
        names = list(self.organisations.ward_list.names)
        known = set(names)
        # Records keep the ward they were registered under, so old wards stay findable.
        names += sorted({row.ward for row in rows if row.ward and row.ward not in known})
        current = [self.ward_filter.itemData(i) for i in range(1, self.ward_filter.count())]
        if current == names:
            return
        self.ward_filter.blockSignals(True)
        self.ward_filter.clear()
        self.ward_filter.addItem(tr("Organisations", ALL_WARDS), "")
        for name in names:
            shown = (
                name
                if name in known
                else tr_format("Organisations", "{ward} (old ward)", ward=name)
            )
            self.ward_filter.addItem(shown, name)
        self.ward_filter.setCurrentIndex(max(self.ward_filter.findData(chosen), 0))
        self.ward_filter.blockSignals(False)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()

    def _ward_filter_changed(self) -> None:
        self.proxy.set_ward(self.ward_filter.currentData() or "")
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            count_text(self.table_model.rowCount(), self.proxy.rowCount(), self.proxy.is_filtering)
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _select(self, organisation_id: str) -> None:
        row = self.proxy.proxy_row_of(organisation_id)
        self._selecting = True
        try:
            if row is None:
                self.table.clearSelection()
                self.table.selectionModel().setCurrentIndex(
                    QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
                )
                return
            index = self.proxy.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._selecting = False

    def selected_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.proxy.organisation_id(index.row())

    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        organisation_id = self.proxy.organisation_id(current.row())
        if organisation_id == self._editing_id:
            return
        if not self._settle_unsaved():
            # Stay on the organisation being edited. Deferred: the view applies the click's
            # selection after this signal, and would undo an immediate change.
            staying = self._editing_id or ""
            QTimer.singleShot(0, lambda: self._select(staying))
            return
        self.open_organisation(organisation_id)

    # -- the form -----------------------------------------------------------------------------

    def open_organisation(self, organisation_id: str) -> None:
        try:
            detail = self.organisations.get(organisation_id)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            self.reload()
            return
        self._editing_id = detail.id
        self.form.set_values(detail.values, detail.name)
        self._update_buttons()
        self._funds_stale = True
        if self.detail_tabs.currentIndex() == self.FUNDING_TAB:
            self.show_funds()

    # -- funding ------------------------------------------------------------------------------

    FUNDING_TAB = 1
    _funds_stale = True

    def _detail_tab_changed(self, index: int) -> None:
        if index == self.FUNDING_TAB and self._funds_stale:
            self.show_funds()

    def show_funds(self) -> None:
        """Fill the Funding tab for the organisation on the form (saved values)."""
        self._funds_stale = False
        if self._editing_id is None:
            self.funds_panel.show_message(
                tr(
                    "Funds",
                    "Save the registration to see the funds this organisation could apply to.",
                )
            )
            return
        from forms.loader import FormError

        funds = self.services.funds
        try:
            guide = funds.guide(self._editing_id)
            catalogue = self.services.resources.support_catalogue_in_force()
        except (UserError, FormError) as error:
            self.funds_panel.show_message(error_text(error))
            return
        plan = funds.plan_assessment(self._editing_id)
        plan_name = None
        if plan is not None:
            plan_name = tr("Funds", "the {assessment} of {date}").format(
                assessment=kind_label(plan.kind), date=short_date(plan.started_at)
            )
        self.funds_panel.show_guide(
            guide,
            catalogue,
            plan_name=plan_name,
            added=funds.actions_added(plan.id) if plan is not None else set(),
            no_plan_reason=tr(
                "Funds", "Start a health check first: actions go on an assessment's plan."
            ),
        )

    def _add_fund_action(self, fund_id: str, condition_id: str) -> None:
        if self._editing_id is None:
            return
        plan = self.services.funds.plan_assessment(self._editing_id)
        if plan is None:
            return
        try:
            action = self.services.funds.add_action(plan.id, fund_id, condition_id)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        if action.source_id:
            self.funds_panel.mark_added(action.source_id)
        self.status_message.emit(
            tr("Funds", "Added to the action plan: {action}").format(action=action.what)
        )

    def show_registration_field(self, field_name: str) -> None:
        """The Registration tab, at one field (from a fund's unmet condition)."""
        self.detail_tabs.setCurrentIndex(0)
        self.form.focus_field(field_name)

    def continue_from(self, search_text: str, organisation_id: str | None) -> None:
        """Take over from the register shown while the data opened (`RegisterPreview`): the
        search typed there, and the organisation chosen."""
        if search_text:
            self.search.setText(search_text)
        if organisation_id is not None:
            self.open_registration(organisation_id)

    def open_registration(self, organisation_id: str, field_name: str | None = None) -> None:
        """Open an organisation's registration (from elsewhere: a fund link on the results)."""
        if not self._settle_unsaved():
            return
        self._select(organisation_id)
        self.open_organisation(organisation_id)
        if field_name:
            self.show_registration_field(field_name)

    def _open_fund_statement(self, form_kind: str, target: str) -> None:
        """A fund's statement link: that statement, in the assessment the guide reads (or
        the session under way); see AssessmentsPage.open_statement."""
        if self._editing_id is None:
            return
        summary = self.services.funds.statement_assessment(self._editing_id, form_kind)
        if summary is not None:
            self.open_statement_requested.emit(summary.id, target)
        else:
            self.notice.show_notice(
                tr("Funds", "There is no such assessment yet: use “Start assessment…” to run one.")
            )

    def load_examples(self) -> None:
        """Fill an empty register with made-up organisations to try the app with."""
        from desktop.demo.organisations import demo_organisations

        if not self.confirm_examples(self):
            return
        examples = demo_organisations(
            EXAMPLE_COUNT, seed=13, ward_list=self.organisations.ward_list
        )
        try:
            self.organisations.create_many(examples)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self.reload()
        self.status_message.emit(
            tr("Organisations", "Loaded {count} example organisations.").format(count=EXAMPLE_COUNT)
        )

    def new_organisation(self) -> None:
        if not self._settle_unsaved():
            return
        self._editing_id = None
        self._select("")
        self.form.clear()
        self._update_buttons()
        self.form.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def discard_changes(self) -> None:
        if self._editing_id is not None:
            self.open_organisation(self._editing_id)
        else:
            self.form.clear()
        self._update_buttons()

    def save(self) -> bool:
        """Save the form; on problems, show them beside their fields and keep the typing."""
        values = self.form.values()
        try:
            if self._editing_id is None:
                detail = self.organisations.create(values)
                done = tr("Organisations", "Registered {name}.")
            else:
                detail = self.organisations.update(self._editing_id, values)
                done = tr("Organisations", "Saved {name}.")
        except ValidationFailed as error:
            self.form.show_problems(error.problems)
            self.status_message.emit(
                tr("Organisations", "Not saved yet: things to put right: {count}").format(
                    count=len(error.problems)
                )
            )
            return False
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return False
        self._editing_id = detail.id
        self.form.mark_saved(detail.values, detail.name)
        self.reload()
        self._select(detail.id)
        self._update_buttons()
        self.notice.show_notice(done.format(name=detail.name))
        self.status_message.emit(done.format(name=detail.name))
        self.changed(Changed.ORGANISATIONS)
        return True

    def _form_changed(self) -> None:
        self._update_buttons()

    def request_assessment(self) -> None:
        """Ask (through the main window) for an assessment with the organisation on the form."""
        if self._editing_id is not None and self._settle_unsaved():
            self.start_assessment_requested.emit(self._editing_id)

    def export_rows(self) -> tuple[list[str], list[list[Any]]]:
        """The register as listed: the columns' headings and the rows in the list's order."""
        # The file's headings stay as the register's (English), in whatever language is shown.
        headers = list(ORGANISATION_COLUMNS)
        rows = []
        for proxy_row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
            rows.append(self.table_model.export_row(source.row()))
        return headers, rows

    def export_register(self) -> None:
        """Save the organisations listed as an .xlsx workbook or a CSV file."""
        from datetime import date
        from pathlib import Path

        from desktop.reports.spreadsheets import table_from_rows, write_spreadsheet

        headers, rows = self.export_rows()
        if not rows:
            self.status_message.emit(
                tr("Organisations", "There are no organisations listed to export.")
            )
            return
        chosen = self.choose_export_path(self, f"GAP register {date.today().isoformat()}.xlsx")
        if not chosen:
            return
        target = Path(chosen)
        table = table_from_rows("Register", headers, rows)
        count = len(rows)

        def work(task: BackgroundTask) -> list[Path]:
            # A register of 5,000 takes about a second as XLSX: off the UI thread.
            try:
                return write_spreadsheet(target, [table])
            except OSError as error:
                raise UserError(
                    tr("Organisations", "Could not save {file}: {error}").format(
                        file=target.name, error=error.strerror or error
                    )
                ) from error

        task = BackgroundTask(work)
        task.signals.finished.connect(lambda written: self._exported(written, count))
        task.signals.failed.connect(self.notice.show_notice)
        task.signals.crashed.connect(self.notice.show_notice)
        task.signals.ended.connect(self._export_ended)
        self._export_task = task
        self.export_button.setEnabled(False)
        self.status_message.emit(
            tr("Organisations", "Exporting organisations: {count}…").format(count=count)
        )
        task.start(QThreadPool.globalInstance())

    def _exported(self, written: list[Any], count: int) -> None:
        self.exported_paths = written
        message = tr("Organisations", "Saved {count} organisations to {file} in {folder}.").format(
            count=count, file=written[0].name, folder=written[0].parent
        )
        self.notice.show_notice(message)
        self.status_message.emit(message)

    def _export_ended(self) -> None:
        self._export_task = None
        self.export_button.setEnabled(True)

    def _update_buttons(self) -> None:
        dirty = self.form.is_dirty()
        self.save_button.setEnabled(dirty or self._editing_id is None)
        self.discard_button.setEnabled(dirty)
        self.delete_button.setEnabled(self._editing_id is not None)
        self.history_button.setEnabled(self._editing_id is not None)
        self.start_assessment_button.setEnabled(self._editing_id is not None and not dirty)

    def show_history(self) -> HistoryDialog | None:
        """The History panel of the organisation on the form."""
        if self._editing_id is None:
            return None
        from desktop.registration.choices import FIELD_LABELS

        detail = self.organisations.get(self._editing_id, include_deleted=True)
        dialog = HistoryDialog(
            tr("Organisations", "History of {name}").format(name=detail.name),
            self.organisations.audit_trail(self._editing_id),
            FIELD_LABELS,
            self,
        )
        dialog.open()
        return dialog

    def _settle_unsaved(self) -> bool:
        """Before the form changes subject: save, discard or stay. True means go ahead."""
        if not self.form.is_dirty():
            return True
        name = self.form.values().get("name") or tr("Organisations", "this new organisation")
        answer = self.ask_unsaved(self, name)
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self.discard_changes()
            return True
        return False

    # -- delete and undo ----------------------------------------------------------------------

    def delete_selected(self) -> None:
        organisation_id = self._editing_id or self.selected_id()
        if organisation_id is None:
            self.status_message.emit(
                tr("Organisations", "Choose an organisation in the list to delete it.")
            )
            return
        name = self.form.title.text() if organisation_id == self._editing_id else ""
        if not name:
            row = self.table_model.row_of(organisation_id)
            name = (
                self.table_model.summary(row).name
                if row is not None
                else tr("Organisations", "this organisation")
            )
        if not self.confirm_delete(self, name):
            return
        try:
            self.organisations.delete(organisation_id)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            self.reload()
            return
        self._deleted.append((organisation_id, name))
        self._editing_id = None
        self.form.clear()
        self.reload()
        self._update_buttons()
        self.notice.show_notice(
            tr("Organisations", "Deleted {name}.").format(name=name),
            tr("Organisations", "Undo"),
            self.undo_delete,
        )
        self.status_message.emit(
            tr("Organisations", "Deleted {name}. Ctrl+Z undoes.").format(name=name)
        )
        self.changed(Changed.ORGANISATIONS)
        self.table.setFocus()

    def undo_delete(self) -> None:
        if not self._deleted:
            self.status_message.emit(tr("Organisations", "Nothing to undo."))
            return
        if not self._settle_unsaved():
            return
        organisation_id, name = self._deleted.pop()
        try:
            detail = self.organisations.restore(organisation_id)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self.reload()
        self._select(detail.id)
        self.open_organisation(detail.id)
        restored = tr("Organisations", "Restored {name}.").format(name=detail.name)
        self.notice.show_notice(restored)
        self.status_message.emit(restored)
