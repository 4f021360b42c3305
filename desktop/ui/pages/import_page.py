"""Council Import page: import bundles (files, a folder, or dropped), see what each changed.

Three tabs: *Bundles* (import with progress and cancel; per-bundle results; bundles waiting for
their device to be approved; bundle numbers that never arrived), *Devices* (the trusted
devices, see `desktop.ui.pages.devices`) and *History* (every import attempt). Importing runs
in a worker thread; the services open their own sessions there.

`RecordsModel` here is shared by the other council pages (workers: `desktop.ui.workers`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QThreadPool,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.format import tr_noop
from desktop.ui import theme
from desktop.ui.changes import Changed
from desktop.ui.format import plural
from desktop.ui.i18n import ENGLISH, current_language, error_text, message_text, tr
from desktop.ui.models.records import Column, RecordsModel
from desktop.ui.pages.base import Page
from desktop.ui.widgets import confirm
from desktop.ui.widgets.labels import heading
from desktop.ui.widgets.tables import fit_columns, make_table
from desktop.ui.workers import BackgroundTask, storing_results
from sync.text import shown

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.sync.imports import ImportHistoryEntry, ImportService, ImportSummary

log = logging.getLogger(__name__)

ERROR_COLOUR = QColor(theme.ERROR)
WAITING_COLOUR = QColor(theme.WAITING)


# ---------------------------------------------------------------------------------------------
# Shared pieces: a cancellable background task and a table model over plain rows


def join_numbers(numbers: Sequence[int | tuple[int, int]]) -> str:
    """ "2, 3 and 5"; runs of numbers (first, last) longer than two are written "6–9"."""
    texts: list[str] = []
    for item in numbers:
        first, last = item if isinstance(item, tuple) else (item, item)
        if last - first >= 2:
            texts.append(f"{first}–{last}")
        else:
            texts.extend(str(n) for n in range(first, last + 1))
    if len(texts) <= 1:
        return "".join(texts)
    return tr("Import", "{first} and {last}").format(first=", ".join(texts[:-1]), last=texts[-1])


def gap_sentences(gaps: dict[str, list[tuple[int, int]]], names: dict[str, str]) -> list[str]:
    """ "Bundle 6 from Laptop 3 never arrived." for each device with missing bundle numbers."""
    sentences = []
    for device_id, missing in gaps.items():
        name = names.get(device_id, device_id[:8])
        count = sum(last - first + 1 for first, last in missing)
        sentence = (
            tr("Import", "Bundle {numbers} from {device} never arrived.")
            if count == 1
            else tr("Import", "Bundles {numbers} from {device} never arrived.")
        )
        sentences.append(sentence.format(numbers=join_numbers(missing), device=shown(name)))
    return sentences


def batch_summary(fresh: Sequence[ImportSummary], again: int, rejected: int, waiting: int) -> str:
    """ "2 bundles merged; 40 records added, 3 updated, 1 conflict; 1 rejected (…)."."""
    english = current_language() == ENGLISH
    if english:
        parts = [f"{plural(len(fresh), 'bundle')} merged"]
    else:
        parts = [tr("Import", "Bundles merged: {count}").format(count=len(fresh))]
    if fresh:
        added = sum(s.added for s in fresh)
        updated = sum(s.updated for s in fresh)
        conflicts = sum(s.conflicts for s in fresh)
        if english:
            parts.append(
                f"{plural(added, 'record')} added, {updated} updated, "
                f"{plural(conflicts, 'conflict')}"
            )
        else:
            parts.append(
                tr(
                    "Import", "records added: {added}, updated: {updated}, conflicts: {conflicts}"
                ).format(added=added, updated=updated, conflicts=conflicts)
            )
    if again:
        parts.append(
            tr("Import", "{count} already imported before (nothing changed)").format(count=again)
        )
    if rejected:
        parts.append(tr("Import", "{count} rejected (see the red rows)").format(count=rejected))
    if waiting:
        parts.append(tr("Import", "{count} waiting for approval").format(count=waiting))
    return "; ".join(parts) + "."


# ---------------------------------------------------------------------------------------------
# What a bundle's result looks like in the table


def importing_text(name: str, index: int, count: int) -> str:
    return tr("Import", "Importing {name} ({number} of {count})").format(
        name=name, number=index + 1, count=count
    )


def result_label(summary: ImportSummary) -> str:
    if summary.status == "rejected":
        return tr("Import", "Rejected")
    if summary.status == "waiting":
        return tr("Import", "Waiting for approval")
    return tr("Import", "Already imported") if summary.already_imported else tr("Import", "Merged")


HISTORY_STATUS = {
    "merged": tr_noop("Import", "Merged"),
    "rejected": tr_noop("Import", "Rejected"),
    "waiting": tr_noop("Import", "Waiting"),
}


def history_status(status: str) -> str:
    """An import attempt's status in the History tab: "Merged"."""
    return tr("Import", HISTORY_STATUS[status]) if status in HISTORY_STATUS else status.capitalize()


def _summary_colour(summary: Any) -> QColor | None:
    if summary.status == "rejected":
        return ERROR_COLOUR
    if summary.status == "waiting":
        return WAITING_COLOUR
    return None


def _merged_number(summary: Any, value: int) -> int | str:
    return value if summary.status == "merged" else ""


# Column titles are translated when shown (RecordsModel(title_context="Import")); what happened
# to a bundle is the import service's message, shown in the app's language where the import just
# made it (the history's, read back from the database, is the English text it stored).
RESULT_COLUMNS = (
    Column(tr_noop("Import", "File"), lambda s: shown(Path(s.source).name)),
    Column(tr_noop("Import", "From"), lambda s: shown(s.device_name or "")),
    Column(
        tr_noop("Import", "Bundle"),
        lambda s: s.bundle_seq if s.bundle_seq is not None else "",
        True,
    ),
    Column(tr_noop("Import", "Result"), result_label),
    Column(tr_noop("Import", "Added"), lambda s: _merged_number(s, s.added), True),
    Column(tr_noop("Import", "Updated"), lambda s: _merged_number(s, s.updated), True),
    Column(tr_noop("Import", "Unchanged"), lambda s: _merged_number(s, s.unchanged), True),
    Column(tr_noop("Import", "Conflicts"), lambda s: _merged_number(s, s.conflicts), True),
    Column(tr_noop("Import", "What happened"), lambda s: message_text(s.message or "", shown)),
)

WAITING_COLUMNS = (
    Column(tr_noop("Import", "File"), lambda e: shown(Path(e.source_path).name)),
    Column(tr_noop("Import", "From device"), lambda e: shown(e.device_name or "")),
    Column(
        tr_noop("Import", "Bundle"),
        lambda e: e.bundle_seq if e.bundle_seq is not None else "",
        True,
    ),
    Column(tr_noop("Import", "Received"), lambda e: e.imported_at),
    Column(tr_noop("Import", "Why it waits"), lambda e: shown(e.message or "")),
)

HISTORY_COLUMNS = (
    Column(tr_noop("Import", "When"), lambda e: e.imported_at),
    Column(tr_noop("Import", "File"), lambda e: shown(Path(e.source_path).name)),
    Column(tr_noop("Import", "From"), lambda e: shown(e.device_name or "")),
    Column(
        tr_noop("Import", "Bundle"),
        lambda e: e.bundle_seq if e.bundle_seq is not None else "",
        True,
    ),
    Column(tr_noop("Import", "Result"), lambda e: history_status(e.status)),
    Column(tr_noop("Import", "Added"), lambda e: e.summary.get("added", ""), True),
    Column(tr_noop("Import", "Updated"), lambda e: e.summary.get("updated", ""), True),
    Column(tr_noop("Import", "Conflicts"), lambda e: e.summary.get("conflicts", ""), True),
    Column(tr_noop("Import", "What happened"), lambda e: shown(e.message or "")),
)


class ImportPage(Page):
    """Council: bring in bundles from field laptops and see what each one did."""

    title = "Import"
    shows = Changed.IMPORTS | Changed.DEVICES

    def __init__(self, services: Services, council: bool = False, parent: QWidget | None = None):
        super().__init__(services, council, parent)
        self._task: BackgroundTask | None = None
        self.pool = QThreadPool.globalInstance()
        self.setAcceptDrops(True)
        self._build()
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        from desktop.ui.pages.devices import DevicesPanel

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(tr("Import", "Import bundles"))
        title.setObjectName("pageTitle")
        title.setAccessibleName("Import bundles")
        layout.addWidget(title)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Import sections")
        layout.addWidget(self.tabs, 1)

        # -- Bundles tab
        bundles = QWidget()
        bundles.setAccessibleName("Bundles")
        column = QVBoxLayout(bundles)

        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("dropZone")
        self.drop_zone.setAccessibleName("Drop bundles here")
        self.drop_zone.setStyleSheet(
            "QFrame#dropZone { border: 2px dashed #9fbfca; border-radius: 8px; "
            "background: #f3f8fa; }"
        )
        zone = QHBoxLayout(self.drop_zone)
        zone.setContentsMargins(16, 12, 16, 12)
        hint = QLabel(
            tr(
                "Import",
                "Drop .gapkit bundles or a folder of them here, or choose them. Each bundle is "
                "checked (signature, hashes, every record) and merged in one go, or not at all.",
            )
        )
        hint.setWordWrap(True)
        hint.setAccessibleName("How to import")
        zone.addWidget(hint, 1)
        self.files_button = QPushButton(tr("Import", "Import files…"))
        self.files_button.setObjectName("primaryButton")
        self.files_button.setAccessibleName("Import bundle files")
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(tr("Import", "Import a folder…"))
        self.folder_button.setAccessibleName("Import every bundle in a folder")
        self.folder_button.clicked.connect(self.choose_folder)
        zone.addWidget(self.files_button)
        zone.addWidget(self.folder_button)
        column.addWidget(self.drop_zone)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Import progress")
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName("Importing now")
        self.progress_label.setVisible(False)
        self.cancel_button = QPushButton(tr("Import", "Cancel"))
        self.cancel_button.setAccessibleName("Cancel the import")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        column.addLayout(progress_row)

        self.summary_label = QLabel(tr("Import", "No bundles imported in this session yet."))
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setStyleSheet("font-weight: 600;")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName("Import summary")
        column.addWidget(self.summary_label)

        self.results = RecordsModel(
            RESULT_COLUMNS, colour=_summary_colour, parent=self, title_context="Import"
        )
        self.results_table = make_table(
            self.results,
            "Bundles imported",
            tr("Import", "One row per bundle: what it added and changed"),
        )
        self.results_table.setWordWrap(True)
        # Columns as wide as their headings until results arrive: no sideways scroll.
        self.results_table.resizeColumnsToContents()
        column.addWidget(self.results_table, 3)

        self.gaps_label = QLabel()
        self.gaps_label.setObjectName("gapsNotice")
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setAccessibleName("Bundles that never arrived")
        self.gaps_label.setStyleSheet("color: #8a5a00;")
        column.addWidget(self.gaps_label)

        waiting_row = QHBoxLayout()
        self.waiting_heading = heading(tr("Import", "Waiting for approval"))
        waiting_row.addWidget(self.waiting_heading, 1)
        self.approve_button = QPushButton(tr("Import", "Approve device and import…"))
        self.approve_button.setAccessibleName("Approve the device of the chosen bundle and import")
        self.approve_button.clicked.connect(self.approve_selected)
        waiting_row.addWidget(self.approve_button)
        column.addLayout(waiting_row)
        self.waiting = RecordsModel(WAITING_COLUMNS, parent=self, title_context="Import")
        self.waiting_table = make_table(
            self.waiting,
            "Bundles waiting for approval",
            tr(
                "Import", "Bundles from devices not yet enrolled; approve the device to import them"
            ),
        )
        self.waiting_table.selectionModel().selectionChanged.connect(self._update_buttons)
        column.addWidget(self.waiting_table, 1)

        spreadsheet_row = QHBoxLayout()
        spreadsheet_note = QLabel(
            tr("Import", "Registrations kept in a spreadsheet can be brought in too.")
        )
        spreadsheet_note.setAccessibleName("About spreadsheet import")
        self.spreadsheet_button = QPushButton(
            tr("Import", "Import registrations from a spreadsheet…")
        )
        self.spreadsheet_button.setAccessibleName("Import registrations from a spreadsheet")
        self.spreadsheet_button.clicked.connect(self.open_spreadsheet_import)
        spreadsheet_row.addWidget(spreadsheet_note, 1)
        spreadsheet_row.addWidget(self.spreadsheet_button)
        column.addLayout(spreadsheet_row)
        self.tabs.addTab(bundles, tr("Import", "Bundles"))

        # -- Devices tab
        self.devices_panel = DevicesPanel(self.services, self)
        self.devices_panel.bundles_imported.connect(self._imported_elsewhere)
        self.devices_panel.status_message.connect(self.status_message)
        self.tabs.addTab(self.devices_panel, tr("Import", "Devices"))

        # -- History tab
        history = QWidget()
        history.setAccessibleName("History")
        history_layout = QVBoxLayout(history)
        self.history = RecordsModel(
            HISTORY_COLUMNS, colour=_summary_colour, parent=self, title_context="Import"
        )
        self.history_table = make_table(
            self.history, "Import history", tr("Import", "Every import attempt")
        )
        history_layout.addWidget(self.history_table)
        self.tabs.addTab(history, tr("Import", "History"))
        self._update_buttons()

    # -- services ------------------------------------------------------------------------------

    def import_service(self) -> ImportService:
        return self.services.imports

    def on_shown(self) -> None:
        self.refresh()

    def can_leave(self) -> bool:
        # Leaving is fine: the import carries on in the background and reports when done.
        return True

    def refresh(self) -> None:
        service = self.import_service()
        self.waiting.set_rows(service.waiting())
        fit_columns(self.waiting_table)
        self.waiting_heading.setText(
            tr("Import", "Waiting for approval ({count})").format(count=len(self.waiting.rows))
        )
        self.history.set_rows(service.history(limit=500))
        fit_columns(self.history_table)
        self._show_gaps(service)
        self.devices_panel.refresh()
        self._update_buttons()

    def _show_gaps(self, service: ImportService) -> None:
        gaps = service.sequence_gaps()
        names = {d.id: d.name for d in self.services.trusted_devices.list()}
        sentences = gap_sentences(gaps, names)
        self.gaps_label.setText(" ".join(sentences))
        self.gaps_label.setVisible(bool(sentences))

    # -- importing -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            tr("Import", "Import bundles"),
            "",
            tr("Import", "Sync bundles (*.gapkit);;All files (*)"),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Import", "Import every bundle in a folder")
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import bundles (files or folders) in the background."""
        if self.busy:
            self.status_message.emit(
                tr("Import", "An import is already running; wait for it to finish.")
            )
            return
        from desktop.errors import Cancelled, UserError
        from desktop.services.sync.imports import expand_bundle_paths

        try:
            files = expand_bundle_paths(paths)
        except UserError as error:
            self._show_problem(error_text(error))
            return
        service = self.services.imports

        def work(task: BackgroundTask) -> list[ImportSummary]:
            done: list[ImportSummary] = []
            for index, path in enumerate(files):
                if task.cancelled:
                    break
                task.report(index, len(files), importing_text(path.name, index, len(files)))
                try:
                    done.append(
                        service.import_bundle(
                            path,
                            should_cancel=lambda: task.cancelled,
                            results_progress=storing_results(task),
                        )
                    )
                except Cancelled:
                    break
            task.report(len(files), len(files), "")
            return done

        starting = (
            tr("Import", "Importing 1 bundle…")
            if len(files) == 1
            else tr("Import", "Importing {count} bundles…").format(count=len(files))
        )
        self._start(work, starting, len(files))

    def approve_selected(self) -> None:
        entry = self.selected_waiting()
        if entry is None:
            return
        if not self.confirm_approval(entry):
            return
        self.approve_and_import(entry.id)

    def confirm_approval(self, entry: ImportHistoryEntry) -> bool:
        from desktop.errors import NotFound

        fingerprint = tr("Import", "unknown")
        if entry.device_id:
            try:
                device = self.services.trusted_devices.get(entry.device_id)
                fingerprint = device.fingerprint or tr("Import", "unknown")
            except NotFound:
                pass
        # The key that signed this bundle (a stranger may have claimed the same device id).
        fingerprint = str(entry.summary.get("signer_fingerprint") or fingerprint)
        return confirm.ask_to_trust(
            self,
            shown(entry.device_name or tr("Import", "this device")),
            fingerprint,
            tr("Import", "import its bundle"),
        )

    def approve_and_import(self, import_id: str) -> None:
        if self.busy:
            return
        imports = self.services.imports

        what = tr("Import", "the approved bundle")

        def work(task: BackgroundTask) -> list[ImportSummary]:
            task.report(0, 1, importing_text(what, 0, 1))
            summary = imports.approve_and_import(
                import_id,
                should_cancel=lambda: task.cancelled,
                results_progress=storing_results(task),
            )
            return [summary]

        self._start(work, tr("Import", "Approving the device and importing its bundle…"), 1)

    def _start(self, work: Callable[[BackgroundTask], Any], text: str, total: int) -> None:
        task = BackgroundTask(work)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        task.signals.crashed.connect(self._crashed)
        self._task = task
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress_label.setText(text)
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        task.start(self.pool)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(
                tr(
                    "Import",
                    "Cancelling… the import is kept; the results not stored yet are worked "
                    "out when a screen needs them.",
                )
                if self._task.committed
                else tr("Import", "Cancelling… the bundle being merged is rolled back.")
            )

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if text:
            self.progress_label.setText(text)

    def _end_task(self) -> bool:
        cancelled = bool(self._task and self._task.cancelled)
        self._task = None
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(False)
        self._update_buttons()
        return cancelled

    def _finished(self, summaries: list[ImportSummary]) -> None:
        cancelled = self._end_task()
        self._show_results(summaries, cancelled=cancelled)

    def _imported_elsewhere(self, summaries: list[ImportSummary]) -> None:
        self._show_results(summaries, cancelled=False)

    def _show_results(self, summaries: list[ImportSummary], *, cancelled: bool) -> None:
        # A bundle that waited and is now imported leaves no stale "Waiting for approval" row.
        imported = {(s.device_id, s.bundle_seq) for s in summaries if s.status == "merged"}
        stale = [
            row
            for row in self.results.rows
            if row.status == "waiting" and (row.device_id, row.bundle_seq) in imported
        ]
        if stale:
            self.results.set_rows([row for row in self.results.rows if row not in stale])
        self.results.append_rows(summaries)
        if summaries:
            fit_columns(self.results_table)
            # Long reasons (which file, which record, what is wrong) wrap rather than hide.
            self.results_table.resizeRowsToContents()
            self.results_table.scrollToBottom()
        merged = [s for s in summaries if s.status == "merged"]
        fresh = [s for s in merged if not s.already_imported]
        again = len(merged) - len(fresh)
        rejected = [s for s in summaries if s.status == "rejected"]
        waiting = [s for s in summaries if s.status == "waiting"]
        text = batch_summary(fresh, again, len(rejected), len(waiting))
        results_left = sum(s.results_left for s in merged)
        if cancelled and results_left:
            text = tr(
                "Import",
                "Cancelled while storing results. {summary} The import is kept; the {count} "
                "results not stored yet are worked out when a screen needs them.",
            ).format(summary=text, count=f"{results_left:,}")
        elif cancelled:
            text = tr(
                "Import",
                "Cancelled. {summary} The bundle being merged when you cancelled was not changed.",
            ).format(summary=text)
        self.summary_label.setText(text)
        self.status_message.emit(text)
        self.refresh()
        # Every finished batch, so other pages (Conflicts, Organisations…) can refresh.
        conflicts = Changed.CONFLICTS if any(s.conflicts for s in merged) else Changed(0)
        self.changed(Changed.BUNDLE | conflicts)

    def _cancelled(self, _message: str) -> None:
        self._end_task()
        self.summary_label.setText(
            tr("Import", "Cancelled: nothing was changed by the bundle in progress.")
        )
        self.refresh()

    def _failed(self, message: str) -> None:
        self._end_task()
        self._show_problem(message)
        self.refresh()

    def _crashed(self, detail: str) -> None:
        self._end_task()
        self._show_problem(
            tr(
                "Import",
                "Something went wrong while importing; the bundle in progress was rolled back, "
                "so nothing was half-imported. The details are in the log. ({detail})",
            ).format(detail=detail)
        )
        self.refresh()

    def _show_problem(self, message: str) -> None:
        self.summary_label.setText(message)
        self.status_message.emit(message)
        QMessageBox.warning(self, tr("Import", "Import"), message)

    # -- selection and buttons -----------------------------------------------------------------

    def selected_waiting(self) -> ImportHistoryEntry | None:
        rows = self.waiting_table.selectionModel().selectedRows()
        if not rows and len(self.waiting.rows) == 1:
            return self.waiting.row_at(0)
        return self.waiting.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: Any) -> None:
        busy = self.busy
        self.files_button.setEnabled(not busy)
        self.folder_button.setEnabled(not busy)
        self.approve_button.setEnabled(not busy and self.selected_waiting() is not None)

    # -- spreadsheet import --------------------------------------------------------------------

    def open_spreadsheet_import(self) -> None:
        from desktop.ui.dialogs.import_csv import ImportCsvDialog

        dialog = ImportCsvDialog(self.services, self)
        dialog.imported.connect(lambda text: self.status_message.emit(text))
        dialog.exec()

    # -- drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        urls = event.mimeData().urls()
        if urls and all(url.isLocalFile() for url in urls) and not self.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.tabs.setCurrentIndex(0)
            self.import_paths(paths)
