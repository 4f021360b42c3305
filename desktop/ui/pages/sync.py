"""The Sync page: what is waiting to be sent, "Export bundle…", encryption and export history.

Counting and exporting run as `BackgroundTask`s in the thread pool through `services.exports`;
each service call opens its own session, so the worker uses its own database connection. An export
reports progress through signals and can be cancelled; nothing is left behind if it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
    QThreadPool,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.settings import SettingKey
from desktop.services.sync.export import (
    COUNCIL_ONLY_TABLES,
    TABLE_NAMES,
    CouncilKeyChoice,
    ExportResult,
    ExportService,
    table_label,
)
from desktop.ui.changes import Changed
from desktop.ui.i18n import error_text, tr
from desktop.ui.models.exports import ExportHistoryModel
from desktop.ui.pages.base import Page
from desktop.ui.sync_words import table_word
from desktop.ui.widgets.council_packs import CouncilPacksPanel
from desktop.ui.widgets.notice_bar import NoticeBar
from desktop.ui.widgets.scroll import scroll_area
from desktop.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from desktop.services import Services

log = logging.getLogger(__name__)

# Remembered in the settings: the folder the last bundle was saved in.


# ---------------------------------------------------------------------------------------------
# Work off the UI thread


class PendingCounts:
    """What the next export would hold, and how many drafts it would leave behind."""

    def __init__(self, counts: dict[str, int], drafts_held_back: int) -> None:
        self.counts = counts
        self.drafts_held_back = drafts_held_back

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def count_pending(service: ExportService, full: bool, include_drafts: bool) -> PendingCounts:
    counts = service.pending_counts(include_drafts=include_drafts, full=full)
    held_back = 0
    if not include_drafts:
        with_drafts = service.pending_counts(include_drafts=True, full=full, tables=["assessments"])
        held_back = with_drafts["assessments"] - counts["assessments"]
    return PendingCounts(counts, held_back)


# ---------------------------------------------------------------------------------------------
# The page


def not_encrypted_warning(council: bool) -> str:
    """Why to encrypt, and where the key is: a laptop gets council.pub from the council; the
    council's own computer has it beside its private key (the button's tooltip names the
    folder, and the file dialog opens there)."""
    if not council:
        return tr(
            "Sync",
            "Bundles are not encrypted. They carry contact details, so anyone who finds the USB "
            "stick or the email can read them. Choose the council.pub file from the council: "
            "once it is chosen, every bundle is encrypted to it.",
        )
    return tr(
        "Sync",
        "Bundles from this computer are not encrypted. They carry contact details, so anyone "
        "who finds the USB stick or the email can read them. Choose the council's own "
        "council.pub, kept beside council.key: then only a computer with council.key can "
        "open them.",
    )


class SyncPage(Page):
    """Send this laptop's changes to the council as a signed bundle file."""

    title = "Sync"
    shows = Changed.ORGANISATIONS | Changed.ASSESSMENTS | Changed.EXPORTS

    def __init__(
        self, services: Services, council: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, council, parent)
        self.pool = QThreadPool.globalInstance()
        # Replaced by tests (and any future "export to the last stick" shortcut).
        self.choose_folder: Callable[[QWidget, str], str | None] = ask_for_folder
        self.choose_council_key: Callable[[QWidget, str], str | None] = ask_for_council_key
        self.choose_device_file: Callable[[QWidget, str], str | None] = ask_where_to_save_device
        self._export_task: BackgroundTask | None = None
        self._count_task: BackgroundTask | None = None
        self._recount_wanted = False
        self.pending: PendingCounts | None = None
        self._council: CouncilKeyChoice | None = None
        self.last_result: ExportResult | None = None
        self.history_model = ExportHistoryModel(self)
        self._build()
        self._apply_wording()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_export)

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(tr("Sync", "Sync"))
        heading.setObjectName("pageTitle")
        intro = QLabel()
        self.intro = intro
        intro.setWordWrap(True)
        intro.setAccessibleName("About sync bundles")

        self.notice = NoticeBar()

        # What is waiting
        waiting = QGroupBox(tr("Sync", "Waiting to be sent"))
        waiting.setAccessibleName("Waiting to be sent")
        waiting_layout = QVBoxLayout(waiting)
        counts_form = QFormLayout()
        counts_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.count_labels: dict[str, QLabel] = {}
        for name in TABLE_NAMES:
            if name in COUNCIL_ONLY_TABLES:
                continue  # only the council sends these
            value = QLabel("…")
            value.setAccessibleName(f"{table_label(name)} waiting")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(70)
            self.count_labels[name] = value
            counts_form.addRow(table_word(name), value)
        waiting_layout.addLayout(counts_form)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName("Summary of what is waiting")
        waiting_layout.addWidget(self.summary_label)

        # Choices and the export button
        options = QGroupBox(tr("Sync", "Export"))
        options.setAccessibleName("Export choices")
        options_layout = QVBoxLayout(options)
        self.include_drafts = QCheckBox(
            tr("Sync", "Include drafts (assessments not completed yet)")
        )
        self.include_drafts.setAccessibleName("Include drafts")
        self.include_drafts.setToolTip(
            tr(
                "Sync",
                "Normally only completed assessments are sent; a draft goes once it is completed.",
            )
        )
        self.full_export = QCheckBox(tr("Sync", "Full export (everything, not just the changes)"))
        self.full_export.setAccessibleName("Full export")
        self.full_export.setToolTip(
            tr(
                "Sync",
                "Send every record again, for example if a bundle was lost before the council "
                "imported it.",
            )
        )
        self.include_drafts.toggled.connect(self.refresh_counts)
        self.full_export.toggled.connect(self.refresh_counts)
        options_layout.addWidget(self.include_drafts)
        options_layout.addWidget(self.full_export)

        encryption_row = QHBoxLayout()
        self.encryption_label = QLabel()
        self.encryption_label.setWordWrap(True)
        self.encryption_label.setAccessibleName("Encryption")
        self.choose_key_button = QPushButton(tr("Sync", "Encrypt to council key…"))
        self.choose_key_button.setAccessibleName("Choose the council key to encrypt to")
        self.choose_key_button.clicked.connect(self.choose_encryption)
        self.no_encryption_button = QPushButton(tr("Sync", "Don't encrypt"))
        self.no_encryption_button.setAccessibleName("Stop encrypting bundles")
        self.no_encryption_button.clicked.connect(self.stop_encrypting)
        encryption_row.addWidget(self.choose_key_button)
        encryption_row.addWidget(self.no_encryption_button)
        encryption_row.addStretch(1)
        options_layout.addWidget(self.encryption_label)
        options_layout.addLayout(encryption_row)

        self.export_button = QPushButton(tr("Sync", "Export bundle…"))
        self.export_button.setObjectName("primaryButton")
        self.export_button.setAccessibleName("Export bundle")
        self.export_button.setToolTip(
            tr("Sync", "Choose a folder or USB stick and write the bundle there")
        )
        self.export_button.clicked.connect(self.export_clicked)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Export progress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(tr("Sync", "Cancel"))
        self.cancel_button.setAccessibleName("Cancel the export")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.progress, 1)
        export_row.addWidget(self.cancel_button)
        export_row.addStretch(0)
        options_layout.addLayout(export_row)

        self.device_label = QLabel()
        self.device_label.setWordWrap(True)
        self.device_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_label.setAccessibleName("This laptop's identity")
        self.save_device_button = QPushButton(tr("Sync", "Save device file…"))
        self.save_device_button.setAccessibleName("Save this laptop's device file")
        self.save_device_button.setToolTip(
            tr("Sync", "Save the file the council needs to trust this laptop's bundles")
        )
        self.save_device_button.clicked.connect(self.save_device_file)
        device_row = QHBoxLayout()
        device_row.addWidget(self.device_label, 1)
        device_row.addWidget(self.save_device_button)
        options_layout.addStretch(1)
        options_layout.addLayout(device_row)

        top = QHBoxLayout()
        top.addWidget(waiting, 1)
        top.addWidget(options, 2)

        # From the council: field packs (laptops only)
        self.council_packs = CouncilPacksPanel(self.services)
        self.council_packs.notice.connect(self.notice.show_notice)
        self.council_packs.status_message.connect(self.status_message)
        self.council_packs.data_changed.connect(self._pack_imported)
        self.council_packs.setVisible(not self.council)

        # History
        history_title = QLabel(tr("Sync", "Bundles written from this laptop"))
        self.history_title = history_title
        history_title.setObjectName("sectionTitle")
        title_font = history_title.font()
        title_font.setBold(True)
        history_title.setFont(title_font)
        self.history_table = QTableView()
        self.history_table.setAccessibleName("Export history")
        self.history_table.setModel(self.history_model)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setWordWrap(False)
        self.history_table.setTabKeyNavigation(False)
        self.history_table.verticalHeader().setVisible(False)
        header = self.history_table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 130, 80, 170, 280)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.history_empty = QLabel(tr("Sync", "No bundles written yet."))
        self.history_empty.setObjectName("emptyState")
        self.history_empty.setAccessibleName("No bundles written yet")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        if self.council:
            layout.addWidget(history_title)
            layout.addWidget(self.history_empty)
            layout.addWidget(self.history_table, 1)
            return
        # On a laptop the council's packs and the bundles written share the lower half.
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 4, 0, 0)
        history_layout.addWidget(self.history_empty)
        history_layout.addWidget(self.history_table, 1)
        history_title.setVisible(False)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setAccessibleName("From the council, and bundles written")
        self.lower_tabs.addTab(history, tr("Sync", "Bundles written from this laptop"))
        self.lower_tabs.addTab(
            scroll_area(self.council_packs, "From the council"), tr("Sync", "From the council")
        )
        layout.addWidget(self.lower_tabs, 1)

    # -- page hooks ---------------------------------------------------------------------------

    def on_shown(self) -> None:
        self._apply_wording()
        self.refresh()

    def is_council(self) -> bool:
        """On the council's own computer the page speaks of this computer, not a laptop."""
        try:
            return bool(self.council or self.services.settings.get(SettingKey.COUNCIL_MODE, False))
        except UserError:
            return bool(self.council)

    def council_key_folder(self) -> Path:
        """On the council's computer, the folder of its key pair (Settings, or the default)."""
        from desktop.services.devices import default_council_key_dir

        try:
            configured = self.services.settings.get(SettingKey.COUNCIL_PRIVATE_KEY)
        except UserError:
            configured = None
        if configured:
            return Path(str(configured)).parent
        return default_council_key_dir(self.services.store.data_dir)

    def _apply_wording(self) -> None:
        if self.is_council():
            self.intro.setText(
                tr(
                    "Sync",
                    "This is the council's computer: bundles from the laptops come in on the "
                    "Import page. Here you can export this computer's own changes as a signed "
                    "bundle, for another council computer or to keep a copy.",
                )
            )
            self.history_title.setText(tr("Sync", "Bundles written from this computer"))
            self.choose_key_button.setToolTip(
                tr(
                    "Sync",
                    "Choose the council's own council.pub (in {folder}): only a computer with "
                    "council.key can then open the bundles, so a lost USB stick leaks nothing.",
                ).format(folder=self.council_key_folder())
            )
        else:
            self.intro.setText(
                tr(
                    "Sync",
                    "Changes made on this laptop go to the council in a bundle file: save it to "
                    "a USB stick or a shared folder and hand it over. Each bundle is signed by "
                    "this laptop, so the council knows where it came from.",
                )
            )
            self.history_title.setText(tr("Sync", "Bundles written from this laptop"))
            self.choose_key_button.setToolTip(
                tr(
                    "Sync",
                    "Choose the council.pub file from the council: only the council can then "
                    "open the bundles, so a lost USB stick leaks nothing.",
                )
            )

    def refresh(self) -> None:
        self.refresh_counts()
        self.refresh_history()
        if not self.council:
            self.council_packs.refresh()
        self._show_encryption(self.services.exports.remembered_council_key())
        self._show_device()

    def refresh_history(self) -> None:
        entries = self.services.exports.history()
        self.history_model.set_entries(entries)
        self.history_empty.setVisible(not entries)
        self.history_table.setVisible(bool(entries))

    def _pack_imported(self) -> None:
        # A field pack (or a forgotten organisation, a settled conflict) changed the register.
        self.refresh_counts()
        self.changed(Changed.BUNDLE | Changed.CONFLICTS)

    def refresh_counts(self) -> None:
        """Count what is waiting, in the pool (a large data folder takes a moment)."""
        if self._count_task is not None:
            self._recount_wanted = True
            return
        full = self.full_export.isChecked()
        include_drafts = self.include_drafts.isChecked()
        exports = self.services.exports
        task = BackgroundTask(lambda _task: count_pending(exports, full, include_drafts))
        task.signals.finished.connect(self._counts_ready)
        task.signals.failed.connect(self._counts_failed)
        task.signals.crashed.connect(self._counts_failed)
        self._count_task = task
        self.summary_label.setText(tr("Sync", "Counting…"))
        task.start(self.pool)

    def _counts_ready(self, pending: PendingCounts) -> None:
        self._count_task = None
        if self._recount_wanted:
            self._recount_wanted = False
            self.refresh_counts()
            return
        self.pending = pending
        for name, label in self.count_labels.items():
            label.setText(f"{pending.counts.get(name, 0):,}")
        total = f"{pending.total:,}"
        if pending.total and self.is_council():
            text = tr(
                "Sync", "{count} records changed on this computer since its last export."
            ).format(count=total)
        elif pending.total:
            text = tr("Sync", "{count} records are waiting to be sent.").format(count=total)
        elif self.full_export.isChecked():
            text = tr("Sync", "There is nothing to send yet.")
        else:
            text = tr("Sync", "Nothing has changed since the last export.")
        if pending.drafts_held_back == 1:
            text += " " + tr(
                "Sync",
                "1 draft assessment is held back until completed (tick Include drafts to send "
                "it now).",
            )
        elif pending.drafts_held_back:
            text += " " + tr(
                "Sync",
                "{count} draft assessments are held back until completed (tick Include drafts to "
                "send them now).",
            ).format(count=pending.drafts_held_back)
        self.summary_label.setText(text)
        self._update_buttons()

    def _counts_failed(self, message: str) -> None:
        self._count_task = None
        self.summary_label.setText(tr("Sync", "Could not count what is waiting."))
        self.notice.show_notice(message)

    def _show_device(self) -> None:
        try:
            info = self.services.devices.info()
        except UserError as error:
            self.device_label.setText(error_text(error))
            return
        if self.is_council():
            self.device_label.setText(
                tr(
                    "Sync",
                    "This computer: {name}\nKey fingerprint: {fingerprint}\n"
                    "Laptops trust this computer's field packs from its device file.",
                ).format(name=info.name, fingerprint=info.fingerprint)
            )
        else:
            self.device_label.setText(
                tr(
                    "Sync",
                    "This laptop: {name}\nKey fingerprint: {fingerprint}\n"
                    "The council enrols this laptop from its device file.",
                ).format(name=info.name, fingerprint=info.fingerprint)
            )

    def save_device_file(self) -> None:
        """Write the device file (`gapkit devices show --json`) for the council to enrol."""
        try:
            info = self.services.devices.info()
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        path = self.choose_device_file(self, f"gapkit-device-{info.name}.json")
        if not path:
            return
        try:
            Path(path).write_text(info.to_json(), encoding="utf-8")
        except OSError as error:
            self.notice.show_notice(
                tr(
                    "Sync",
                    "Could not save the device file as {path}: {reason}. Choose another folder.",
                ).format(path=path, reason=error.strerror)
            )
            return
        self.notice.show_notice(
            tr(
                "Sync",
                "Device file saved as {path}. Give it to the council and read them the key "
                "fingerprint {fingerprint} so they can check it.",
            ).format(path=path, fingerprint=info.fingerprint)
        )

    # -- encryption choice --------------------------------------------------------------------

    def _show_encryption(self, choice: CouncilKeyChoice | None) -> None:
        self._council = choice
        if choice is None:
            self.encryption_label.setText(not_encrypted_warning(self.is_council()))
            self.encryption_label.setObjectName("errorSummary")
        else:
            self.encryption_label.setText(
                tr("Sync", "Bundles are encrypted to the council key\n{fingerprint}").format(
                    fingerprint=choice.fingerprint
                )
            )
            self.encryption_label.setObjectName("")
        self.encryption_label.style().unpolish(self.encryption_label)
        self.encryption_label.style().polish(self.encryption_label)
        self._update_buttons()

    def choose_encryption(self) -> None:
        start = str(self.council_key_folder()) if self.is_council() else str(Path.home())
        path = self.choose_council_key(self, start)
        if not path:
            return
        try:
            choice = self.services.exports.remember_council_key(path)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self._show_encryption(choice)
        if choice is not None:
            self.status_message.emit(
                tr("Sync", "Bundles will be encrypted to {fingerprint}").format(
                    fingerprint=choice.fingerprint
                )
            )

    def stop_encrypting(self) -> None:
        self.services.exports.remember_council_key(None)
        self._show_encryption(None)

    # -- exporting ----------------------------------------------------------------------------

    @property
    def exporting(self) -> bool:
        return self._export_task is not None

    def _update_buttons(self) -> None:
        nothing = self.pending is not None and self.pending.total == 0
        self.export_button.setEnabled(not self.exporting and not nothing)
        for box in (self.include_drafts, self.full_export):
            box.setEnabled(not self.exporting)
        self.choose_key_button.setEnabled(not self.exporting)
        self.no_encryption_button.setEnabled(not self.exporting and self._council is not None)

    def export_clicked(self) -> None:
        start = self.services.settings.get(SettingKey.EXPORT_FOLDER) or str(Path.home())
        folder = self.choose_folder(self, start)
        if folder:
            self.start_export(folder)

    def start_export(self, folder: str | Path) -> None:
        if self.exporting:
            return
        if not Path(folder).is_dir():
            self.notice.show_notice(
                tr(
                    "Sync",
                    "The folder {folder} is not there any more (is the USB stick plugged in?). "
                    "Choose the folder again.",
                ).format(folder=folder)
            )
            return
        self.services.settings.set(SettingKey.EXPORT_FOLDER, str(folder))
        full = self.full_export.isChecked()
        include_drafts = self.include_drafts.isChecked()
        encrypt_to = self.services.exports.remembered_council_key()
        destination = Path(folder)

        exports = self.services.exports

        def work(task: BackgroundTask) -> ExportResult:
            return exports.export_bundle(
                destination,
                full=full,
                include_drafts=include_drafts,
                encrypt_to=encrypt_to,
                progress=task.report,
                should_cancel=lambda: task.cancelled,
            )

        task = BackgroundTask(work)
        task.signals.progress.connect(self._export_progress)
        task.signals.finished.connect(self._export_finished)
        task.signals.failed.connect(self._export_failed)
        task.signals.cancelled.connect(self._export_cancelled)
        task.signals.crashed.connect(self._export_crashed)
        self._export_task = task
        self.notice.dismiss()
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        task.start(self.pool)

    def cancel_export(self) -> None:
        if self._export_task is not None:
            self._export_task.cancel()
            self.cancel_button.setEnabled(False)

    def _export_progress(self, done: int, total: int, _text: str = "") -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    def _export_done(self) -> None:
        self._export_task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update_buttons()

    def _export_finished(self, result: ExportResult) -> None:
        self._export_done()
        self.last_result = result
        encrypted = (
            tr("Sync", "It is encrypted to the council key.")
            if result.encrypted
            else tr(
                "Sync",
                "It is NOT encrypted: anyone with the file can read the contact details in "
                "it. Keep it safe, and choose the council key for the next bundle.",
            )
        )
        saved = tr("Sync", "Bundle {number} saved as {path} ({count} records, {size} MB).").format(
            number=result.bundle_seq,
            path=result.path,
            count=f"{result.total:,}",
            size=f"{result.size / 1_000_000:.1f}",
        )
        self.notice.show_notice(f"{saved} {encrypted}")
        self.status_message.emit(
            tr("Sync", "Bundle {number} saved").format(number=result.bundle_seq)
        )
        self.changed(Changed.EXPORTS)
        self.refresh_history()
        self.refresh_counts()

    def _export_failed(self, message: str) -> None:
        self._export_done()
        self.notice.show_notice(message)
        self.refresh_counts()

    def _export_cancelled(self, message: str) -> None:
        self._export_done()
        self.notice.show_notice(message)
        self.refresh_counts()

    def _export_crashed(self, message: str) -> None:
        self._export_done()
        self.notice.show_notice(
            tr(
                "Sync",
                "Something went wrong while writing the bundle; nothing was saved and your data "
                "is unchanged. The details are in the log file. ({detail})",
            ).format(detail=message)
        )

    def _stop_export(self) -> None:
        """The app is closing: cancel a running export and let it clean up its file."""
        task = self._export_task
        if task is not None:
            task.cancel()
            task.done.wait(10)


def ask_for_folder(parent: QWidget, start: str) -> str | None:
    folder = QFileDialog.getExistingDirectory(
        parent, tr("Sync", "Save the bundle in which folder or USB stick?"), start
    )
    return folder or None


def ask_for_council_key(parent: QWidget, start: str) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("Sync", "Choose the council's public key (council.pub)"),
        start,
        tr("Sync", "Council public key (*.pub);;All files (*)"),
    )
    return path or None


def ask_where_to_save_device(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        tr("Sync", "Save this laptop's device file for the council"),
        str(Path.home() / suggested),
        tr("Sync", "Device file (*.json)"),
    )
    return path or None
