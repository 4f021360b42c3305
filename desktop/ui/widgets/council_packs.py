"""The Sync page's "From the council" panel: import a field pack, see what the last one changed,
settle the conflicts it found, forget organisations that left this laptop's scope."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QThreadPool, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.format import tr_noop
from desktop.services.settings import SettingKey
from desktop.services.sync.conflicts import ConflictInfo
from desktop.services.sync.imports import (
    ImportSummary,
)
from desktop.ui.format import local_time
from desktop.ui.i18n import error_text, message_text, tr
from desktop.ui.models.rows import RowsTableModel
from desktop.ui.sync_words import count_shown, table_word
from desktop.ui.widgets.confirm import confirm_destructive
from desktop.ui.widgets.tables import make_table
from desktop.ui.workers import BackgroundTask, storing_results

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.sync.pack_import import PackImportInfo


def _value_text(value: Any) -> str:
    if value is None:
        return tr("CouncilPacks", "(empty)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or tr("CouncilPacks", "(empty)")
    return str(value)


class LaptopConflictsModel(RowsTableModel[ConflictInfo]):
    """Each conflict as "what the council has" against "what this laptop has"."""

    titles = (
        tr_noop("CouncilPacks", "Organisation"),
        tr_noop("CouncilPacks", "Field"),
        tr_noop("CouncilPacks", "The council has"),
        tr_noop("CouncilPacks", "This laptop has"),
        tr_noop("CouncilPacks", "Kept"),
    )
    title_context = "CouncilPacks"

    def __init__(self, local_device_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.local_device_id = local_device_id

    def sides(self, conflict: ConflictInfo) -> tuple[Any, Any, str]:
        """(council's value, this laptop's value, which one the merge kept)."""
        if conflict.winner_device == self.local_device_id:
            return conflict.loser_value, conflict.winner_value, tr("CouncilPacks", "this laptop's")
        return conflict.winner_value, conflict.loser_value, tr("CouncilPacks", "the council's")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        conflict = self.row_at(index.row()) if index.isValid() else None
        if conflict is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        council_value, laptop_value, kept = self.sides(conflict)
        column = index.column()
        if column == 0:
            return conflict.organisation_name or table_word(conflict.entity_type)
        if column == 1:
            return conflict.field.replace("_", " ")
        if column == 2:
            return _value_text(council_value)
        if column == 3:
            return _value_text(laptop_value)
        return kept


class CouncilPacksPanel(QWidget):
    """Import from the council, and what came of it."""

    status_message = Signal(str)
    data_changed = Signal()
    notice = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("From the council")
        self.services = services
        self.pool = QThreadPool.globalInstance()
        self.choose_pack: Callable[[QWidget, str], str | None] = ask_for_pack
        self.confirm_forget: Callable[[QWidget, int], bool] = _confirm_forget
        self._task: BackgroundTask | None = None
        self.last_summary: ImportSummary | None = None
        self.conflicts_model = LaptopConflictsModel(services.store.device_id, self)

        self.trust_label = QLabel()
        self.trust_label.setWordWrap(True)
        self.trust_label.setAccessibleName("The council this laptop trusts")
        self.last_pack_label = QLabel()
        self.last_pack_label.setWordWrap(True)
        self.last_pack_label.setAccessibleName("The last field pack")
        self.import_button = QPushButton(tr("CouncilPacks", "Import from the council…"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.setAccessibleName("Import from the council")
        self.import_button.setToolTip(
            tr("CouncilPacks", "Choose the field pack the council gave you (Ctrl+I)")
        )
        self.import_button.clicked.connect(self.import_clicked)
        shortcut = QShortcut(QKeySequence("Ctrl+I"), self)
        shortcut.activated.connect(self.import_clicked)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress.setAccessibleName("Pack import progress")
        self.cancel_button = QPushButton(tr("CouncilPacks", "Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.setAccessibleName("Cancel the pack import")
        self.cancel_button.clicked.connect(self.cancel)
        self.forget_button = QPushButton()
        self.forget_button.setAccessibleName("Forget organisations outside this laptop's scope")
        self.forget_button.setToolTip(
            tr(
                "CouncilPacks",
                "Remove from this laptop the organisations the council no longer sends it. "
                "Organisations with work not yet sent are kept.",
            )
        )
        self.forget_button.clicked.connect(self.forget_clicked)
        self.forget_button.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.forget_button)
        row.addStretch(0)

        self.conflicts_title = QLabel(tr("CouncilPacks", "Changed both here and at the council"))
        self.conflicts_title.setObjectName("sectionTitle")
        self.conflicts_table = make_table(
            self.conflicts_model,
            "Conflicts with the council",
            tr(
                "CouncilPacks",
                "Fields this laptop and the council both changed; the later change was kept.",
            ),
        )
        self.conflicts_table.setMaximumHeight(130)
        for column, width in enumerate((190, 110, 170, 170)):
            self.conflicts_table.horizontalHeader().resizeSection(column, width)
        self.use_other_button = QPushButton(tr("CouncilPacks", "Use the other value"))
        self.use_other_button.setAccessibleName("Use the value that was not kept")
        self.use_other_button.clicked.connect(self.use_other_clicked)
        self.keep_button = QPushButton(tr("CouncilPacks", "Keep"))
        self.keep_button.setAccessibleName("Keep the value that was kept")
        self.keep_button.clicked.connect(self.keep_clicked)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.keep_button)
        conflict_buttons.addWidget(self.use_other_button)
        conflict_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.trust_label)
        layout.addWidget(self.last_pack_label)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflicts_table)
        layout.addLayout(conflict_buttons)
        self.conflict_widgets = (
            self.conflicts_title,
            self.conflicts_table,
            self.keep_button,
            self.use_other_button,
        )

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        council = self.services.council_trust.current()
        if council is None:
            self.trust_label.setText(
                tr(
                    "CouncilPacks",
                    "This laptop trusts no council yet: trust the council's key in Settings "
                    "before importing a field pack.",
                )
            )
        else:
            self.trust_label.setText(
                tr(
                    "CouncilPacks", "Field packs are accepted from {name} (key {fingerprint})."
                ).format(name=council.name, fingerprint=council.fingerprint)
            )
        self.last_pack_label.setText(describe_last_pack(self.services.field_packs.last_pack()))
        forgettable = len(self.services.field_packs.forgettable())
        self.forget_button.setText(
            tr("CouncilPacks", "Forget 1 organisation…")
            if forgettable == 1
            else tr("CouncilPacks", "Forget {count} organisations…").format(count=forgettable)
        )
        self.forget_button.setVisible(forgettable > 0 and self._task is None)
        conflicts = self.services.conflicts.search()
        self.conflicts_model.set_rows(conflicts)
        for widget in self.conflict_widgets:
            widget.setVisible(bool(conflicts))
        self.import_button.setEnabled(self._task is None)

    # -- importing --------------------------------------------------------------------------

    def import_clicked(self) -> None:
        if self._task is not None:
            return
        start = self.services.settings.get(SettingKey.PACK_IMPORT_FOLDER) or str(Path.home())
        path = self.choose_pack(self, start)
        if path:
            self.start_import(path)

    def start_import(self, path: str | Path) -> None:
        if self._task is not None:
            return
        self.services.settings.set(SettingKey.PACK_IMPORT_FOLDER, str(Path(path).parent))
        imports = self.services.imports
        pack = Path(path)

        def work(task: BackgroundTask) -> ImportSummary:
            return imports.import_pack(
                pack,
                progress=task.report,
                should_cancel=lambda: task.cancelled,
                results_progress=storing_results(task),
            )

        task = BackgroundTask(work)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._imported)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        task.signals.crashed.connect(self._failed)
        self._task = task
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.import_button.setEnabled(False)
        task.start(self.pool)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _progress(self, done: int, total: int, text: str = "") -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))
        # The results step after the commit says so; the merge before it shows a percentage.
        self.progress.setFormat(text or "%p%")

    def _done(self) -> None:
        self._task = None
        self.progress.setFormat("%p%")
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.refresh()

    def _imported(self, summary: ImportSummary) -> None:
        self.last_summary = summary
        self._done()
        if summary.status != "merged":
            self.notice.emit(
                tr("CouncilPacks", "The pack was not imported: {reason}").format(
                    reason=message_text(summary.message or "")
                )
            )
            return
        if summary.already_imported:
            self.notice.emit(tr("CouncilPacks", "That pack was imported before; nothing changed."))
        else:
            parts = [
                tr(
                    "CouncilPacks", "Field pack imported: {added} records added, {updated} updated."
                ).format(added=f"{summary.added:,}", updated=f"{summary.updated:,}")
            ]
            if summary.conflicts == 1:
                parts.append(
                    tr(
                        "CouncilPacks",
                        "1 field changed both here and at the council: see the list below.",
                    )
                )
            elif summary.conflicts:
                parts.append(
                    tr(
                        "CouncilPacks",
                        "{count} fields changed both here and at the council: see the list below.",
                    ).format(count=summary.conflicts)
                )
            if summary.results_left:
                parts.append(
                    tr(
                        "CouncilPacks",
                        "Cancelled while storing results: the {count} results not stored yet "
                        "are worked out when a screen needs them.",
                    ).format(count=f"{summary.results_left:,}")
                )
            to_fix = self._to_fix()
            if to_fix:
                parts.append(to_fix)
            self.notice.emit(" ".join(parts))
        self.status_message.emit(tr("CouncilPacks", "Field pack imported"))
        self.data_changed.emit()

    def _to_fix(self) -> str:
        """A word about work the council sent back, so the worker knows to look."""
        from desktop.services.reviews import TO_FIX

        flagged = sum(1 for s in self.services.reviews.states().values() if s in TO_FIX)
        if not flagged:
            return ""
        if flagged == 1:
            return tr(
                "CouncilPacks",
                "The council sent back 1 assessment with issues: see the Review column on "
                "Assessments.",
            )
        return tr(
            "CouncilPacks",
            "The council sent back {count} assessments with issues: see the Review column on "
            "Assessments.",
        ).format(count=flagged)

    def _failed(self, message: str) -> None:
        self._done()
        self.notice.emit(message)

    def _cancelled(self, message: str) -> None:
        self._done()
        self.notice.emit(message)
        self.status_message.emit(tr("CouncilPacks", "Field pack import cancelled"))

    # -- forgetting and conflicts -------------------------------------------------------------

    def forget_clicked(self) -> None:
        count = len(self.services.field_packs.forgettable())
        if not count or not self.confirm_forget(self, count):
            return
        try:
            forgotten = self.services.field_packs.forget()
        except UserError as error:
            self.notice.emit(error_text(error))
            return
        removed = (
            tr("CouncilPacks", "1 organisation removed from this laptop.")
            if forgotten == 1
            else tr("CouncilPacks", "{count} organisations removed from this laptop.").format(
                count=forgotten
            )
        )
        self.notice.emit(
            removed
            + " "
            + tr(
                "CouncilPacks",
                "The council keeps them; a pack brings them back if they come into scope.",
            )
        )
        self.refresh()
        self.data_changed.emit()

    def _selected_conflict(self) -> ConflictInfo | None:
        rows = self.conflicts_table.selectionModel().selectedRows()
        return self.conflicts_model.row_at(rows[0].row()) if rows else None

    def keep_clicked(self) -> None:
        conflict = self._selected_conflict()
        if conflict is not None:
            self._settle(lambda: self.services.conflicts.keep(conflict.id))

    def use_other_clicked(self) -> None:
        conflict = self._selected_conflict()
        if conflict is not None:
            self._settle(lambda: self.services.conflicts.use_other(conflict.id))

    def _settle(self, action: Callable[[], None]) -> None:
        try:
            action()
        except UserError as error:
            self.notice.emit(error_text(error))
            return
        self.refresh()
        self.data_changed.emit()


def describe_last_pack(info: PackImportInfo | None) -> str:
    if info is None:
        return tr("CouncilPacks", "No field pack imported yet.")
    when = local_time(info.imported_at)
    if info.scope == "all":
        scope = tr("CouncilPacks", "all organisations")
    elif info.scope == "worked-with":
        scope = tr("CouncilPacks", "the organisations you worked with")
    else:
        scope = tr("CouncilPacks", "wards: {wards}").format(wards=", ".join(info.wards))
    lines = [
        tr(
            "CouncilPacks",
            "Last pack: number {number} from {council}, imported {when} ({organisations} in "
            "scope: {scope}).",
        ).format(
            number=info.bundle_seq,
            council=info.council_name,
            when=when,
            organisations=count_shown("organisations", info.organisations_in_scope),
            scope=scope,
        )
    ]
    if info.already_imported:
        lines.append(tr("CouncilPacks", "It had been imported before, so it changed nothing."))
    else:
        added = [
            count_shown(table, counts["added"])
            for table, counts in info.tables.items()
            if counts.get("added") and table != "council_resources"
        ]
        updated = [
            count_shown(table, counts["updated"])
            for table, counts in info.tables.items()
            if counts.get("updated") and table != "council_resources"
        ]
        parts = []
        if added:
            parts.append(tr("CouncilPacks", "added {what}").format(what=", ".join(added)))
        if updated:
            parts.append(tr("CouncilPacks", "updated {what}").format(what=", ".join(updated)))
        if parts:
            lines.append(tr("CouncilPacks", "It {changes}.").format(changes="; ".join(parts)))
        else:
            lines.append(tr("CouncilPacks", "It brought nothing new."))
        forms = [f"{r['title']} {r['version']}" for r in info.resources if r["kind"] == "form"]
        if forms:
            lines.append(
                tr("CouncilPacks", "New form versions: {forms}.").format(forms=", ".join(forms))
            )
        others = [r for r in info.resources if r["kind"] != "form"]
        if others:
            lines.append(
                tr("CouncilPacks", "Also updated: {what}.").format(
                    what=", ".join(r["title"] for r in others)
                )
            )
        if info.conflicts == 1:
            lines.append(tr("CouncilPacks", "1 conflict found."))
        elif info.conflicts:
            lines.append(
                tr("CouncilPacks", "{count} conflicts found.").format(count=info.conflicts)
            )
    return "\n".join(lines)


def ask_for_pack(parent: QWidget, start: str) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("CouncilPacks", "Choose the field pack from the council"),
        start,
        tr("CouncilPacks", "Field pack (*.gapkit)"),
    )
    return path or None


def _confirm_forget(parent: QWidget, count: int) -> bool:
    question = (
        tr("CouncilPacks", "Remove 1 organisation outside this laptop's scope?")
        if count == 1
        else tr("CouncilPacks", "Remove {count} organisations outside this laptop's scope?").format(
            count=count
        )
    )
    return confirm_destructive(
        parent,
        tr("CouncilPacks", "Forget organisations"),
        question,
        tr(
            "CouncilPacks",
            "The council no longer sends them to this laptop. Their assessments go too; the "
            "council keeps everything, and nothing not yet sent is removed.",
        ),
        tr("CouncilPacks", "Forget them"),
        tr("CouncilPacks", "Keep them"),
    )
