"""Bulk registration import dialog: choose a spreadsheet, check the mapping and rows, import.

The same service as `gapkit orgs import-csv`: columns are matched to registration fields by
name (each can be changed here), every row is checked, and the dialog shows what would happen
to each row before anything is written. Importing is one transaction: all rows or none, or
the good rows only if the person chooses to skip the bad ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.format import tr_noop
from desktop.ui.field_words import field_word
from desktop.ui.i18n import error_text, message_text, tr
from desktop.ui.models.records import Column, RecordsModel
from desktop.ui.pages.import_page import ERROR_COLOUR
from desktop.ui.widgets.labels import heading
from desktop.ui.widgets.tables import make_table
from desktop.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from desktop.registration.matching import ImportResult, RowOutcome
    from desktop.registration.spreadsheet import ColumnMapping, Sheet
    from desktop.services import Services
    from desktop.services.registration_import import RegistrationImportService

STATUS_WORDS = {
    "added": tr_noop("ImportCsv", "Will be added"),
    "updated": tr_noop("ImportCsv", "Will update"),
    "unchanged": tr_noop("ImportCsv", "Already up to date"),
    "bad": tr_noop("ImportCsv", "Bad row"),
}
DONE_WORDS = {
    "added": tr_noop("ImportCsv", "Added"),
    "updated": tr_noop("ImportCsv", "Updated"),
    "unchanged": tr_noop("ImportCsv", "Unchanged"),
    "bad": tr_noop("ImportCsv", "Bad row"),
}


def _details(outcome: RowOutcome) -> str:
    """Why a row does what it does. A bad row's problems come from the registration rules,
    in the app's language where they are messages (i18n.message_text)."""
    if outcome.status == "bad":
        return " ".join(message_text(problem) for problem in outcome.problems)
    if outcome.status == "updated":
        fields = ", ".join(field_word(f) for f in outcome.changed_fields)
        return tr("ImportCsv", "changes {fields} (matched on {key})").format(
            fields=fields, key=message_text(outcome.matched_on or "")
        )
    if outcome.status == "unchanged":
        return tr("ImportCsv", "matched on {key}").format(
            key=message_text(outcome.matched_on or "")
        )
    return ""


class ImportCsvDialog(QDialog):
    """Choose file → check mapping and rows → all or nothing / skip bad rows → Import."""

    imported = Signal(str)  # the summary, once rows were written

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.pool = QThreadPool.globalInstance()
        self._task: BackgroundTask | None = None
        self.sheet: Sheet | None = None
        self.mapping: ColumnMapping | None = None
        self.import_result: ImportResult | None = None
        self._done_words = False
        self.setWindowTitle(tr("ImportCsv", "Import registrations from a spreadsheet"))
        self.setAccessibleName("Import registrations from a spreadsheet")
        self.resize(1000, 680)
        self._build()

    def service(self) -> RegistrationImportService:
        return self.services.registration_import

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "ImportCsv",
                "Choose a CSV or Excel file with one organisation a row and a header row. Each "
                "column is matched to a registration field by its name; change any that are "
                "wrong. Rows for organisations already registered (same charity, company or "
                "mutuals number, or same name and postcode) update them instead of adding them "
                "twice.",
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName("About importing a spreadsheet")
        layout.addWidget(intro)

        file_row = QHBoxLayout()
        self.path_field = QLineEdit()
        self.path_field.setReadOnly(True)
        self.path_field.setPlaceholderText(tr("ImportCsv", "No file chosen"))
        self.path_field.setAccessibleName("Spreadsheet file")
        self.choose_button = QPushButton(tr("ImportCsv", "Choose file…"))
        self.choose_button.setAccessibleName("Choose the spreadsheet file")
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.path_field, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        mapping_side = QWidget()
        mapping_layout = QVBoxLayout(mapping_side)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_layout.addWidget(heading(tr("ImportCsv", "Columns")))
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [
                tr("ImportCsv", "Column"),
                tr("ImportCsv", "Registration field"),
                tr("ImportCsv", "First row"),
            ]
        )
        self.mapping_table.setAccessibleName("Column mapping")
        self.mapping_table.setAccessibleDescription(
            "Each column of the file and the registration field it fills"
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._keep_headings_whole()
        mapping_layout.addWidget(self.mapping_table, 1)
        self.mapping_notes = QLabel()
        self.mapping_notes.setWordWrap(True)
        self.mapping_notes.setAccessibleName("Mapping notes")
        self.mapping_notes.setStyleSheet("color: #8a5a00;")
        mapping_layout.addWidget(self.mapping_notes)
        splitter.addWidget(mapping_side)

        rows_side = QWidget()
        rows_layout = QVBoxLayout(rows_side)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addWidget(heading(tr("ImportCsv", "Rows")))
        self.outcomes = RecordsModel(
            (
                Column(tr_noop("ImportCsv", "Line"), lambda o: o.line, True),
                Column(tr_noop("ImportCsv", "Organisation"), lambda o: o.name),
                Column(tr_noop("ImportCsv", "Result"), self._status_word),
                Column(tr_noop("ImportCsv", "Details"), _details),
            ),
            colour=lambda o: ERROR_COLOUR if o.status == "bad" else None,
            parent=self,
            title_context="ImportCsv",
        )
        self.outcomes_table = make_table(
            self.outcomes,
            "Rows of the file",
            tr("ImportCsv", "What happens to each row; bad rows say why"),
        )
        self.outcomes_table.setWordWrap(True)
        self.outcomes_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )
        rows_layout.addWidget(self.outcomes_table, 1)
        splitter.addWidget(rows_side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self.summary = QLabel(tr("ImportCsv", "Choose a file to see what would be imported."))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What would be imported")
        layout.addWidget(self.summary)

        choice_row = QHBoxLayout()
        self.all_or_nothing = QRadioButton(
            tr("ImportCsv", "All or nothing: import only if every row is good")
        )
        self.all_or_nothing.setAccessibleName("All or nothing")
        self.skip_bad = QRadioButton(
            tr("ImportCsv", "Skip bad rows: import the good rows, leave the bad ones out")
        )
        self.skip_bad.setAccessibleName("Skip bad rows")
        self.all_or_nothing.setChecked(True)
        self.all_or_nothing.toggled.connect(self._update_buttons)
        choice_row.addWidget(self.all_or_nothing)
        choice_row.addWidget(self.skip_bad)
        choice_row.addStretch(1)
        layout.addLayout(choice_row)

        self.progress = QProgressBar()
        self.progress.setAccessibleName("Import progress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            tr("ImportCsv", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("primaryButton")
        self.import_button.setAccessibleName("Import the rows")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName("Close")
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self._close_or_cancel)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # -- choosing and previewing ---------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("ImportCsv", "Registration spreadsheet"),
            "",
            tr("ImportCsv", "Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read a file, map its columns automatically and preview every row."""
        from desktop.errors import UserError

        try:
            sheet, mapping = self.service().read(path)
        except UserError as error:
            self.summary.setText(error_text(error))
            self.sheet = self.mapping = self.import_result = None
            self.outcomes.set_rows([])
            self.mapping_table.setRowCount(0)
            self._update_buttons()
            return False
        self.sheet, self.mapping = sheet, mapping
        self.path_field.setText(str(path))
        self._fill_mapping()
        self.preview()
        return True

    def _keep_headings_whole(self) -> None:
        """The mapping table is at least as wide as its three headings (the stretched last
        one is never made narrower than its heading either), so it never scrolls sideways
        before a file is chosen: it did by a pixel at 1024x600 with some fonts."""
        header = self.mapping_table.horizontalHeader()
        headings = sum(header.sectionSizeHint(column) for column in range(3))
        frame = 2 * self.mapping_table.frameWidth()
        bar = self.mapping_table.verticalScrollBar().sizeHint().width()
        self.mapping_table.setMinimumWidth(headings + frame + bar)

    def _fill_mapping(self) -> None:
        from desktop.registration.choices import REGISTRATION_FIELDS

        assert self.sheet is not None and self.mapping is not None
        self.mapping_table.setRowCount(len(self.sheet.headers))
        first = self.sheet.rows[0].cells if self.sheet.rows else ()
        for row, header in enumerate(self.sheet.headers):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.setAccessibleName(f"Field for column {header}")
            combo.addItem(tr("ImportCsv", "(leave out)"), None)
            for name in REGISTRATION_FIELDS:
                combo.addItem(field_word(name), name)
            combo.setCurrentIndex(max(combo.findData(self.mapping.fields[row]), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(row, 1, combo)
            example = first[row] if row < len(first) else ""
            self.mapping_table.setItem(row, 2, QTableWidgetItem(example))

    def overrides(self) -> dict[str, str | None]:
        assert self.sheet is not None
        chosen: dict[str, str | None] = {}
        for row, header in enumerate(self.sheet.headers):
            combo = self.mapping_table.cellWidget(row, 1)
            if isinstance(combo, QComboBox):
                chosen[header] = combo.currentData()
        return chosen

    def _mapping_changed(self) -> None:
        from desktop.registration.spreadsheet import ColumnMapping

        if self.sheet is None:
            return
        chosen = self.overrides()
        self.mapping = ColumnMapping(
            tuple(self.sheet.headers), tuple(chosen[h] for h in self.sheet.headers)
        )
        self.preview()

    def preview(self) -> None:
        self._run(dry_run=True)

    def run_import(self) -> None:
        if self.import_result is None or not self._can_import():
            return
        self._run(dry_run=False)

    def _run(self, *, dry_run: bool) -> None:
        if self.sheet is None or self.mapping is None or self._task is not None:
            return
        service, sheet, mapping = self.service(), self.sheet, self.mapping
        skip = self.skip_bad.isChecked()

        def work(task: BackgroundTask) -> ImportResult:
            return service.import_sheet(
                sheet,
                mapping,
                skip_bad_rows=skip,
                dry_run=dry_run,
                progress=lambda done, total: task.report(done, total, ""),
                should_cancel=lambda: task.cancelled,
            )

        task = BackgroundTask(work)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(lambda result: self._finished(result, dry_run))
        task.signals.failed.connect(self._stopped)
        task.signals.cancelled.connect(self._stopped)
        task.signals.crashed.connect(self._stopped)
        self._task = task
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.summary.setText(
            tr("ImportCsv", "Checking every row…") if dry_run else tr("ImportCsv", "Importing…")
        )
        self._update_buttons()
        task.start(self.pool)

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, result: ImportResult, dry_run: bool) -> None:
        self._task = None
        self.progress.setVisible(False)
        self.import_result = result
        self._done_words = not dry_run
        self.outcomes.set_rows(list(result.outcomes))
        for column in range(3):
            self.outcomes_table.resizeColumnToContents(column)
        self.outcomes_table.resizeRowsToContents()  # a bad row's reasons wrap, not hide
        notes = [message_text(note) for note in result.mapping.warnings()]
        if result.mapping.ignored:
            notes.append(
                tr("ImportCsv", "Left out: {columns}.").format(
                    columns=", ".join(result.mapping.ignored)
                )
            )
        self.mapping_notes.setText(" ".join(notes))
        self.summary.setText(
            tr("ImportCsv", "{summary} (read as {encoding})").format(
                summary=message_text(result.summary()), encoding=result.encoding
            )
            if dry_run
            else message_text(result.summary())
        )
        if not dry_run and result.written:
            self.imported.emit(message_text(result.summary()))
        self._update_buttons()

    def _stopped(self, message: str) -> None:
        """The work failed or was cancelled: its message says which, and that nothing changed."""
        self._task = None
        self.progress.setVisible(False)
        self.summary.setText(message)
        self._update_buttons()

    def _status_word(self, outcome: RowOutcome) -> str:
        words = DONE_WORDS if self._done_words else STATUS_WORDS
        word = words.get(outcome.status)
        return tr("ImportCsv", word) if word else outcome.status

    # -- buttons -------------------------------------------------------------------------------

    def _can_import(self) -> bool:
        result = self.import_result
        if result is None or not result.dry_run:
            return False
        work = result.count("added") + result.count("updated")
        if work == 0:
            return False
        return self.skip_bad.isChecked() or not result.bad_rows

    def _update_buttons(self, *_args: Any) -> None:
        busy = self._task is not None
        self.import_button.setEnabled(not busy and self._can_import())
        self.choose_button.setEnabled(not busy)
        self.close_button.setText(tr("ImportCsv", "Cancel") if busy else tr("ImportCsv", "Close"))
        if (
            self.import_result is not None
            and self.import_result.dry_run
            and self.import_result.bad_rows
        ):
            if self.all_or_nothing.isChecked():
                self.import_button.setToolTip(
                    tr(
                        "ImportCsv",
                        "Some rows are bad: fix them in the file, or choose Skip bad rows.",
                    )
                )
            else:
                self.import_button.setToolTip("")

    def _close_or_cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            return
        self.reject()

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.pool.waitForDone(5000)
        super().reject()
