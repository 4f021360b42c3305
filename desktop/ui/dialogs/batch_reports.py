"""The "Save PDF reports…" dialog: one report per chosen assessment into a folder, with a
progress bar and Cancel, written by a worker thread with its own store connection."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import error_text, tr

if TYPE_CHECKING:
    from desktop.services import Services

log = logging.getLogger(__name__)


class BatchReportsWorker(QObject):
    """Writes the reports; lives in its own QThread and opens its own store there."""

    progress = Signal(int, int)
    finished = Signal(list)  # paths written (str)
    cancelled = Signal(list)
    failed = Signal(str)

    def __init__(
        self, data_dir: Path, database_url: str | None, assessment_ids: list[str], out_dir: Path
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.database_url = database_url
        self.assessment_ids = assessment_ids
        self.out_dir = out_dir
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the worker to stop after the report in hand (safe from any thread)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        from desktop.errors import UserError

        services = None
        try:
            from desktop.reports.batch import write_reports
            from desktop.services import open_services

            # SQLite connections must not cross threads; a fresh store here keeps it simple.
            services = open_services(self.data_dir, self.database_url)
            written = write_reports(
                services,
                self.assessment_ids,
                self.out_dir,
                progress=lambda done, total: self.progress.emit(done, total),
                should_cancel=self._cancel.is_set,
            )
        except UserError as error:
            self.failed.emit(error_text(error))
        except Exception:  # noqa: BLE001 - logged and told; the app keeps running
            log.exception("Writing PDF reports failed")
            self.failed.emit(
                tr(
                    "BatchReports",
                    "Something went wrong writing the reports. Nothing was lost; the details are "
                    "in the log file.",
                )
            )
        else:
            paths = [str(path) for path in written]
            if self._cancel.is_set() and len(paths) < len(self.assessment_ids):
                self.cancelled.emit(paths)
            else:
                self.finished.emit(paths)
        finally:
            if services is not None:
                services.close()


class _RunningBatches(QObject):
    """Holds each batch's thread and worker from its start until its thread has finished, on the
    UI thread, whatever becomes of the dialog that started it.

    The dialog owned them before: a dialog freed while its batch ran (by its owner going, or a
    test ending) destroyed a running QThread, and Qt aborts the process for that. Quitting the
    app stops each batch after the report in hand and waits for it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.batches: dict[QThread, BatchReportsWorker] = {}
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_all)

    def keep(self, thread: QThread, worker: BatchReportsWorker) -> None:
        self.batches[thread] = worker
        thread.finished.connect(self._thread_finished)

    @Slot()
    def _thread_finished(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread) and thread in self.batches:
            thread.wait()  # `finished` comes just before the thread's very end
            del self.batches[thread]  # the thread's and the worker's last references

    @Slot()
    def stop_all(self) -> None:
        for thread, worker in list(self.batches.items()):
            worker.cancel()
            thread.quit()
            thread.wait()
        self.batches.clear()


_running_batches: _RunningBatches | None = None


def _kept_until_finished(thread: QThread, worker: BatchReportsWorker) -> None:
    global _running_batches
    if _running_batches is None:
        _running_batches = _RunningBatches()
    _running_batches.keep(thread, worker)


class BatchReportsDialog(QDialog):
    """Choose a folder, write a PDF report for each assessment, follow progress, cancel."""

    reports_written = Signal(list)

    def __init__(
        self, services: Services, assessment_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.assessment_ids = list(assessment_ids)
        self.written: list[str] = []
        self._thread: QThread | None = None
        self._worker: BatchReportsWorker | None = None
        self.setWindowTitle(tr("BatchReports", "Save PDF reports"))
        self.setAccessibleName(tr("BatchReports", "Save PDF reports"))
        self.setMinimumWidth(520)

        count = len(self.assessment_ids)
        self.intro = QLabel(
            (
                tr(
                    "BatchReports",
                    "Write a PDF report for each of the {count} assessment into a folder. Each "
                    "file is named after the organisation, the kind of assessment and its date.",
                )
                if count == 1
                else tr(
                    "BatchReports",
                    "Write a PDF report for each of the {count} assessments into a folder. Each "
                    "file is named after the organisation, the kind of assessment and its date.",
                )
            ).format(count=count)
        )
        self.intro.setWordWrap(True)

        self.folder_edit = QLineEdit(str(Path.home() / "GAP reports"))
        self.folder_edit.setAccessibleName(tr("BatchReports", "Folder for the reports"))
        self.choose_button = QPushButton(tr("BatchReports", "Choose…"))
        self.choose_button.setAccessibleName(tr("BatchReports", "Choose the folder"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_label = QLabel(tr("BatchReports", "&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)

        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(tr("BatchReports", "Reports written"))
        self.progress_bar.setRange(0, max(1, count))
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(tr("BatchReports", "%v of %m"))
        self.status = QLabel("")
        self.status.setAccessibleName(tr("BatchReports", "Progress"))
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            tr("BatchReports", "Write reports"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setAccessibleName(tr("BatchReports", "Write reports"))
        self.start_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("BatchReports", "Cancel"))  # Qt has no Urdu or Punjabi
        self.cancel_button.setAccessibleName(tr("BatchReports", "Cancel"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.start_button.setEnabled(count > 0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # -- actions -------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("BatchReports", "Folder for the reports"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self.running or not self.assessment_ids:
            return
        text = self.folder_edit.text().strip()
        if not text:
            self.status.setText(tr("BatchReports", "Choose a folder for the reports first."))
            self.folder_edit.setFocus()
            return
        store = self.services.store
        worker = BatchReportsWorker(
            data_dir=store.data_dir,
            database_url=None if store.is_sqlite else store.database_url,
            assessment_ids=self.assessment_ids,
            out_dir=Path(text).expanduser(),
        )
        thread = QThread()  # not the dialog's: see _RunningBatches
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.cancelled.connect(self._on_cancelled)
        worker.failed.connect(self._on_failed)
        for signal in (worker.finished, worker.cancelled, worker.failed):
            signal.connect(thread.quit)
        thread.finished.connect(self._on_thread_done)
        self._worker, self._thread = worker, thread
        _kept_until_finished(thread, worker)
        self.start_button.setEnabled(False)
        self.folder_edit.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.progress_bar.setValue(0)
        self.status.setText(tr("BatchReports", "Writing reports…"))
        thread.start()

    def cancel(self) -> None:
        """While writing: stop after the current report. Otherwise: close the dialog."""
        if self._worker is not None and self.running:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("BatchReports", "Stopping after the report being written…"))
            return
        self.reject()

    # -- worker signals ------------------------------------------------------------------------

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(1, total))
        self.progress_bar.setValue(done)

    def _on_finished(self, paths: list[str]) -> None:
        self.written = paths
        self.status.setText(
            (
                tr("BatchReports", "Wrote {count} report to {folder}.")
                if len(paths) == 1
                else tr("BatchReports", "Wrote {count} reports to {folder}.")
            ).format(count=len(paths), folder=self.folder_edit.text().strip())
        )
        self.reports_written.emit(paths)

    def _on_cancelled(self, paths: list[str]) -> None:
        self.written = paths
        self.status.setText(
            tr(
                "BatchReports",
                "Cancelled. {written} of {count} reports were written; the rest were not started.",
            ).format(written=len(paths), count=len(self.assessment_ids))
        )
        self.reports_written.emit(paths)

    def _on_failed(self, message: str) -> None:
        self.status.setText(message)

    def _on_thread_done(self) -> None:
        self._thread = None
        self._worker = None
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(tr("BatchReports", "Close"))
        self.cancel_button.setAccessibleName(tr("BatchReports", "Close"))

    def reject(self) -> None:
        if self.running and self._worker is not None:
            # Closing the window while writing stops the batch instead of leaving it running.
            self._worker.cancel()
            if self._thread is not None:
                self._thread.quit()
                self._thread.wait()
        super().reject()
