"""Council: the Field packs page, building signed packs that carry the council's data to laptops.

Staff choose the laptop (or any laptop), which organisations (all, some wards, or those the
laptop worked with) and whether to send everything; the pack is built in the thread pool
(`PackService.build_pack`) with progress and cancel, and the history lists every pack built.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QThreadPool
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.format import tr_noop
from desktop.services.settings import SettingKey
from desktop.services.sync.packs import SCOPES, PackHistoryEntry, PackResult
from desktop.ui.format import local_time
from desktop.ui.i18n import tr
from desktop.ui.models.rows import RowsTableModel
from desktop.ui.pages.base import Page
from desktop.ui.sync_words import count_shown, counts_shown, scope_label
from desktop.ui.widgets.notice_bar import NoticeBar
from desktop.ui.widgets.tables import make_table
from desktop.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from desktop.services import Services

ANY_LAPTOP = ""


class PackHistoryModel(RowsTableModel[PackHistoryEntry]):
    titles = (
        tr_noop("FieldPacks", "Pack"),
        tr_noop("FieldPacks", "Built"),
        tr_noop("FieldPacks", "For"),
        tr_noop("FieldPacks", "Organisations"),
        tr_noop("FieldPacks", "Records"),
        tr_noop("FieldPacks", "What"),
        tr_noop("FieldPacks", "Saved as"),
    )
    title_context = "FieldPacks"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        entry = self.row_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return counts_shown(entry.counts)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(entry.bundle_seq)
        if column == 1:
            return local_time(entry.created_at)
        if column == 2:
            return entry.device_name or (
                tr("FieldPacks", "any laptop") if entry.device_id is None else entry.device_id
            )
        if column == 3:
            return f"{entry.organisations_in_scope:,}"
        if column == 4:
            return f"{entry.total:,}"
        if column == 5:
            return what_text(entry.full, entry.scope, entry.wards)
        return entry.path


class FieldPacksPage(Page):
    """Build a field pack for a laptop and see the packs built before."""

    title = "Field packs"

    def __init__(
        self, services: Services, council: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, council, parent)
        self.pool = QThreadPool.globalInstance()
        self.choose_folder: Callable[[QWidget, str], str | None] = ask_for_pack_folder
        self._task: BackgroundTask | None = None
        self.last_result: PackResult | None = None
        self.history_model = PackHistoryModel(self)
        self._build()

    def _build(self) -> None:
        heading = QLabel(tr("FieldPacks", "Field packs"))
        heading.setObjectName("pageTitle")
        intro = QLabel(
            tr(
                "FieldPacks",
                "A field pack carries the council's organisations, completed assessments, forms, "
                "support offers and ward list to a laptop, signed with the council's key. "
                "Laptops import it from their Sync page. A pack for a laptop holds only what "
                "changed since its last pack.",
            )
        )
        intro.setWordWrap(True)
        self.notice = NoticeBar()

        choices = QGroupBox(tr("FieldPacks", "New pack"))
        form = QFormLayout(choices)
        self.device_choice = QComboBox()
        self.device_choice.setAccessibleName("Laptop the pack is for")
        form.addRow(tr("FieldPacks", "For"), self.device_choice)
        self.scope_choice = QComboBox()
        self.scope_choice.setAccessibleName("Organisations in the pack")
        for key in SCOPES:
            self.scope_choice.addItem(scope_label(key), key)
        self.scope_choice.currentIndexChanged.connect(self._update_controls)
        self.device_choice.currentIndexChanged.connect(self._update_controls)
        form.addRow(tr("FieldPacks", "Organisations"), self.scope_choice)
        self.ward_list = QListWidget()
        self.ward_list.setAccessibleName("Wards in the pack")
        self.ward_list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.ward_list.setMaximumHeight(110)
        form.addRow(tr("FieldPacks", "Wards"), self.ward_list)
        self.full_pack = QCheckBox(
            tr("FieldPacks", "Everything, not only what changed since the laptop's last pack")
        )
        self.full_pack.setAccessibleName("Full pack")
        form.addRow("", self.full_pack)
        self.build_button = QPushButton(tr("FieldPacks", "Build pack…"))
        self.build_button.setObjectName("primaryButton")
        self.build_button.setAccessibleName("Build pack")
        self.build_button.setToolTip(
            tr("FieldPacks", "Choose a folder or USB stick and write the pack there (Ctrl+B)")
        )
        self.build_button.clicked.connect(self.build_clicked)
        shortcut = QShortcut(QKeySequence("Ctrl+B"), self)
        shortcut.activated.connect(self.build_clicked)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress.setAccessibleName("Pack progress")
        self.cancel_button = QPushButton(tr("FieldPacks", "Cancel"))
        self.cancel_button.setAccessibleName("Cancel the pack")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.build_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        form.addRow("", row)

        history_title = QLabel(tr("FieldPacks", "Packs built here"))
        history_title.setObjectName("sectionTitle")
        self.history_table = make_table(self.history_model, "Packs built here")
        for column, width in enumerate((50, 150, 150, 100, 80, 200)):
            self.history_table.horizontalHeader().resizeSection(column, width)
        self.history_empty = QLabel(tr("FieldPacks", "No packs built yet."))
        self.history_empty.setObjectName("emptyState")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addWidget(choices)
        layout.addWidget(history_title)
        # With no packs yet the empty line takes the spare height, not the "New pack" box (at
        # 1920x1080 its rows had been spread a hundred pixels apart).
        layout.addWidget(self.history_empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.history_table, 1)

    # -- page hooks -------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        chosen = self.device_choice.currentData()
        self.device_choice.blockSignals(True)
        self.device_choice.clear()
        self.device_choice.addItem(tr("FieldPacks", "Any laptop (everything in scope)"), ANY_LAPTOP)
        for device in self.services.trusted_devices.list():
            if device.status == "enrolled":
                self.device_choice.addItem(f"{device.name} ({device.fingerprint})", device.id)
        index = self.device_choice.findData(chosen) if chosen else 0
        self.device_choice.setCurrentIndex(max(index, 0))
        self.device_choice.blockSignals(False)
        if self.ward_list.count() == 0:
            for ward in self.services.organisations.ward_list.names:
                self.ward_list.addItem(QListWidgetItem(ward))
        entries = self.services.packs.history()
        self.history_model.set_rows(entries)
        self.history_empty.setVisible(not entries)
        self.history_table.setVisible(bool(entries))
        self._update_controls()

    def _update_controls(self) -> None:
        busy = self._task is not None
        scope = self.scope_choice.currentData()
        for_laptop = bool(self.device_choice.currentData())
        self.ward_list.setEnabled(scope == "wards" and not busy)
        self.full_pack.setEnabled(for_laptop and not busy)
        if not for_laptop:
            self.full_pack.setChecked(True)
        worked_with_ok = for_laptop or scope != "worked-with"
        self.build_button.setEnabled(not busy and worked_with_ok)
        self.build_button.setToolTip(
            tr("FieldPacks", "Choose a folder or USB stick and write the pack there (Ctrl+B)")
            if worked_with_ok
            else tr("FieldPacks", "Choose the laptop whose organisations the pack should hold")
        )

    def chosen_wards(self) -> list[str]:
        return [item.text() for item in self.ward_list.selectedItems()]

    # -- building ---------------------------------------------------------------------------

    def build_clicked(self) -> None:
        if self._task is not None or not self.build_button.isEnabled():
            return
        start = self.services.settings.get(SettingKey.PACK_FOLDER) or str(Path.home())
        folder = self.choose_folder(self, start)
        if folder:
            self.start_build(folder)

    def start_build(self, folder: str | Path) -> None:
        if self._task is not None:
            return
        self.services.settings.set(SettingKey.PACK_FOLDER, str(folder))
        scope = str(self.scope_choice.currentData())
        wards = self.chosen_wards() if scope == "wards" else []
        device_id = self.device_choice.currentData() or None
        full = self.full_pack.isChecked()
        packs = self.services.packs
        destination = Path(folder)

        def work(task: BackgroundTask) -> PackResult:
            return packs.build_pack(
                destination,
                wards=wards,
                device_id=device_id,
                scope=scope,
                full=full,
                progress=task.report,
                should_cancel=lambda: task.cancelled,
            )

        task = BackgroundTask(work)
        task.signals.progress.connect(
            lambda done, total, _text="": self.progress.setValue(int(100 * done / max(total, 1)))
        )
        task.signals.finished.connect(self._built)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        task.signals.crashed.connect(self._failed)
        self._task = task
        self.notice.dismiss()
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self._update_controls()
        task.start(self.pool)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _done(self) -> None:
        self._task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update_controls()

    def _built(self, result: PackResult) -> None:
        self._done()
        self.last_result = result
        what = (
            tr("FieldPacks", "everything in scope")
            if result.full
            else tr("FieldPacks", "the changes since its last pack")
        )
        self.notice.show_notice(
            tr(
                "FieldPacks",
                "Field pack {number} saved as {path}: {what}, {organisations} in scope, {records}.",
            ).format(
                number=result.bundle_seq,
                path=result.path,
                what=what,
                organisations=count_shown("organisations", result.organisations_in_scope),
                records=counts_shown(result.counts),
            )
        )
        self.status_message.emit(
            tr("FieldPacks", "Field pack {number} saved").format(number=result.bundle_seq)
        )
        self.refresh()

    def _failed(self, message: str) -> None:
        self._done()
        self.notice.show_notice(message)

    def _cancelled(self, message: str) -> None:
        self._done()
        self.notice.show_notice(message)
        self.status_message.emit(tr("FieldPacks", "Field pack cancelled"))


def ask_for_pack_folder(parent: QWidget, start: str) -> str | None:
    folder = QFileDialog.getExistingDirectory(
        parent, tr("FieldPacks", "Save the field pack in which folder or USB stick?"), start
    )
    return folder or None


def what_text(full: bool, scope: str, wards: list[str] | tuple[str, ...]) -> str:
    """A pack's "What" column: "everything, all" or "changes, wards: Almondbury, Batley"."""
    kind = tr("FieldPacks", "everything") if full else tr("FieldPacks", "changes")
    if scope == "wards":
        where = tr("FieldPacks", "wards: {wards}").format(wards=", ".join(wards))
    else:
        where = {
            "all": tr("FieldPacks", "all"),
            "worked-with": tr("FieldPacks", "worked-with"),
        }.get(scope, scope)
    return f"{kind}, {where}"
