"""The action plan: actions from support needs and areas to develop; edit, reorder, mark done.

Keys: Ctrl+N add, Enter or F2 edit, Ctrl+Up / Ctrl+Down move, Ctrl+D done, Delete delete
(Ctrl+Z undoes), and Enter on an idea adds an action from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.assessments import ACTION_STATUSES
from desktop.ui.i18n import error_text, tr
from desktop.ui.models.actions import OFFER, WHAT, ActionTableModel, status_words
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.notice_bar import NoticeBar
from desktop.ui.widgets.tables import keep_columns_fitted

if TYPE_CHECKING:
    from desktop.services import Services


@dataclass(frozen=True)
class ActionIdea:
    """Something the results suggest acting on: a support need or an area to develop."""

    title: str
    what: str
    theme: str | None = None
    source_id: str | None = None
    offers: list[str] = field(default_factory=list)


class ActionDialog(QDialog):
    """What, who, by when, support offer and status of one action.

    Save emits `save_requested`; whoever opened the dialog saves and closes it (or shows the
    problem with `show_error`, keeping what was typed).
    """

    save_requested = Signal()

    def __init__(
        self,
        values: dict[str, Any],
        offers: list[str],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(520)
        self.what = QLineEdit(values.get("what") or "")
        self.what.setAccessibleName("What")
        self.what.setPlaceholderText(tr("ActionPlan", "For example: write a reserves policy"))
        self.who = QLineEdit(values.get("who") or "")
        self.who.setAccessibleName("Who")
        self.who.setPlaceholderText(tr("ActionPlan", "A role is enough, for example: treasurer"))
        self.has_date = QCheckBox(tr("ActionPlan", "Set a date"))
        self.has_date.setAccessibleName("Set a by-when date")
        self.due = QDateEdit()
        self.due.setAccessibleName("By when")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMMM yyyy")
        due: date | None = values.get("due_date")
        today = QDate.currentDate()
        self.due.setDate(QDate(due.year, due.month, due.day) if due else today.addMonths(3))
        self.has_date.setChecked(due is not None)
        self.due.setEnabled(due is not None)
        self.has_date.toggled.connect(self.due.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.due, 1)
        self.offer = QComboBox()
        self.offer.setEditable(True)
        self.offer.setAccessibleName("Support offer")
        self.offer.addItem("")
        for text in offers:
            self.offer.addItem(text)
        self.offer.setCurrentText(values.get("support_offer") or "")
        self.status = QComboBox()
        self.status.setAccessibleName("Status")
        for key, label in ((key, status_words(key)) for key in ACTION_STATUSES):
            self.status.addItem(label, key)
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status", "todo"))))
        self.error = QLabel()
        self.error.setObjectName("errorSummary")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setAccessibleName("Problem")

        form = QFormLayout()
        form.addRow(tr("ActionPlan", "&What"), self.what)
        form.addRow(tr("ActionPlan", "W&ho"), self.who)
        # A row holding a layout gets no buddy, so the label would show its "&": give it one.
        when_label = QLabel(tr("ActionPlan", "By &when"))
        when_label.setBuddy(self.has_date)
        form.addRow(when_label, date_row)
        form.addRow(tr("ActionPlan", "Support &offer"), self.offer)
        form.addRow(tr("ActionPlan", "&Status"), self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName("Save action")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        buttons.accepted.connect(self.save_requested.emit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.what.setFocus()

    def values(self) -> dict[str, Any]:
        due = self.due.date().toPython() if self.has_date.isChecked() else None
        return {
            "what": self.what.text(),
            "who": self.who.text(),
            "due_date": due,
            "support_offer": self.offer.currentText(),
            "status": self.status.currentData(),
        }

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)


class ActionPlanView(QWidget):
    """Ideas on the left, the plan on the right; every change is saved at once."""

    status_message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assessments = services.assessments
        self.assessment_id: str | None = None
        self.ideas: list[ActionIdea] = []
        self.offers: list[str] = []
        self.dialog: ActionDialog | None = None
        self._deleted: list[str] = []
        self.setAccessibleName("Action plan")

        self.notice = NoticeBar()
        ideas_title = QLabel(tr("ActionPlan", "Ideas from the results"))
        ideas_title.setObjectName("answerTitle")
        self.idea_list = QListWidget()
        self.idea_list.setAccessibleName("Ideas for actions")
        self.idea_list.setWordWrap(True)
        self.idea_list.setObjectName("ideas")
        self.idea_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No setSpacing, and no padding at an item's sides: Qt wraps an item's text to the
        # whole viewport's width but paints it within the spacing and the padding, so an idea
        # that just fitted a line was cut ("planning (1 …"). The items' padding gives the room
        # between them; the viewport's margins the room at their sides.
        self.idea_list.setViewportMargins(4, 0, 4, 0)
        self.idea_list.setStyleSheet(
            "QListWidget#ideas::item { padding: 8px 0px; border-bottom: 1px solid #e3e8eb; "
            "color: #1d2327; }"
            "QListWidget#ideas::item:selected { background: #cfe6ef; color: #1d2327; }"
        )
        self.idea_list.itemActivated.connect(lambda _item: self.add_from_idea())
        self.add_idea_button = QPushButton(tr("ActionPlan", "Add action from this idea…"))
        self.add_idea_button.setAccessibleName("Add action from this idea")
        self.add_idea_button.clicked.connect(self.add_from_idea)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(ideas_title)
        left_layout.addWidget(self.idea_list, 1)
        left_layout.addWidget(self.add_idea_button)

        plan_title = QLabel(tr("ActionPlan", "The plan"))
        plan_title.setObjectName("answerTitle")
        self.model = ActionTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Actions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # "What" and the support offer share the width left by the short columns, and long
        # text wraps onto more lines: a long offer name no longer squeezes "What" to a sliver.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OFFER, QHeaderView.ResizeMode.Stretch)
        keep_columns_fitted(self.table, self._share_the_width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

        self.add_button = self._button(
            tr("ActionPlan", "Add action…"),
            tr("ActionPlan", "Add an action (Ctrl+N)"),
            self.add_action,
        )
        self.edit_button = self._button(
            tr("ActionPlan", "Edit…"),
            tr("ActionPlan", "Change the action (Enter)"),
            self.edit_selected,
        )
        self.up_button = self._button(
            tr("ActionPlan", "Move up"),
            tr("ActionPlan", "Move up (Ctrl+Up)"),
            lambda: self.move_selected(-1),
        )
        self.down_button = self._button(
            tr("ActionPlan", "Move down"),
            tr("ActionPlan", "Move down (Ctrl+Down)"),
            lambda: self.move_selected(1),
        )
        self.done_button = self._button(
            tr("ActionPlan", "Mark done"), tr("ActionPlan", "Mark done (Ctrl+D)"), self.toggle_done
        )
        self.delete_button = self._button(
            tr("ActionPlan", "Delete"),
            tr("ActionPlan", "Delete (Delete); Ctrl+Z undoes"),
            self.delete,
        )
        # The buttons wrap onto a second line where their words are long (Urdu, Polish), so
        # the plan never makes the window wider than a 1024-pixel screen.
        self.plan_buttons = QWidget()
        buttons = FlowLayout(self.plan_buttons)
        for button in (
            self.add_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.done_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(plan_title)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.plan_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setAccessibleName("Ideas and plan")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 860])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        for keys, slot in (
            ("Ctrl+N", self.add_action),
            ("Ctrl+Up", lambda: self.move_selected(-1)),
            ("Ctrl+Down", lambda: self.move_selected(1)),
            ("Ctrl+D", self.toggle_done),
            ("Ctrl+Z", self.undo_delete),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for table_key, slot in (
            (Qt.Key.Key_Delete, self.delete),
            (Qt.Key.Key_Return, self.edit_selected),
            (Qt.Key.Key_Enter, self.edit_selected),
            (Qt.Key.Key_F2, self.edit_selected),
        ):
            shortcut = QShortcut(QKeySequence(table_key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    @staticmethod
    def _button(text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- loading ------------------------------------------------------------------------------

    def open(self, assessment_id: str, ideas: list[ActionIdea], offers: list[str]) -> None:
        self.assessment_id = assessment_id
        self.ideas = ideas
        self.offers = offers
        self.idea_list.clear()
        for idea in ideas:
            item = QListWidgetItem(idea.title)
            item.setToolTip(idea.title)
            self.idea_list.addItem(item)
        if ideas:
            self.idea_list.setCurrentRow(0)
        self.add_idea_button.setEnabled(bool(ideas))
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        if self.assessment_id is None:
            return
        current = select_id or self.selected_id()
        self.model.set_actions(self.assessments.actions(self.assessment_id))
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        action = self.model.action_at(index.row()) if index.isValid() else None
        return action.id if action else None

    def _share_the_width(self) -> None:
        """What and the offer share the width the short columns leave, unless an equal share
        would cut one's heading (Polish "Oferta wsparcia" showed as "ferta wsparci"): that
        column then keeps its heading's width and the other takes the rest."""
        header = self.table.horizontalHeader()
        shared = (WHAT, OFFER)
        fixed = sum(header.sectionSize(c) for c in range(header.count()) if c not in shared)
        share = (self.table.viewport().width() - fixed) // 2
        needs = {column: header.sectionSizeFromContents(column).width() for column in shared}
        short = [column for column in (OFFER, WHAT) if share < needs[column]]
        for column in shared:
            keep = bool(short) and column == short[0]
            mode = QHeaderView.ResizeMode.Interactive if keep else QHeaderView.ResizeMode.Stretch
            if header.sectionResizeMode(column) != mode:
                header.setSectionResizeMode(column, mode)
            if keep and header.sectionSize(column) != needs[column]:
                header.resizeSection(column, needs[column])

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.edit_button, self.done_button, self.delete_button):
            button.setEnabled(has)
        row = self.table.currentIndex().row()
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)
        action = self.model.action_at(row)
        finished = action is not None and action.status == "done"
        self.done_button.setText(
            tr("ActionPlan", "Mark not done") if finished else tr("ActionPlan", "Mark done")
        )

    # -- changing -----------------------------------------------------------------------------

    def add_action(self, idea: ActionIdea | None = None) -> None:
        values: dict[str, Any] = {"status": "todo"}
        offers = list(self.offers)
        if isinstance(idea, ActionIdea):
            values["what"] = idea.what
            values["support_offer"] = idea.offers[0] if idea.offers else ""
            offers = idea.offers + [o for o in offers if o not in idea.offers]
        chosen_idea = idea if isinstance(idea, ActionIdea) else None
        self._open_dialog("Add an action", values, offers, None, chosen_idea)

    def add_from_idea(self) -> None:
        row = self.idea_list.currentRow()
        if 0 <= row < len(self.ideas):
            self.add_action(self.ideas[row])

    def edit_selected(self) -> None:
        action = self.model.action_at(self.table.currentIndex().row())
        if action is None:
            return
        values = {
            "what": action.what,
            "who": action.who,
            "due_date": action.due_date,
            "support_offer": action.support_offer,
            "status": action.status,
        }
        self._open_dialog("Change the action", values, self.offers, action.id, None)

    def _open_dialog(
        self,
        title: str,
        values: dict[str, Any],
        offers: list[str],
        action_id: str | None,
        idea: ActionIdea | None,
    ) -> None:
        if self.assessment_id is None:
            return
        dialog = ActionDialog(values, offers, title, self)
        self.dialog = dialog

        def done(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            self.window().activateWindow()
            self.table.setFocus()

        def save() -> None:
            try:
                chosen = dialog.values()
                if action_id is None:
                    saved = self.assessments.add_action(
                        self.assessment_id,  # type: ignore[arg-type]
                        chosen["what"],
                        who=chosen["who"],
                        due_date=chosen["due_date"],
                        support_offer=chosen["support_offer"],
                        status=chosen["status"],
                        theme=idea.theme if idea else None,
                        source_id=idea.source_id if idea else None,
                    )
                else:
                    saved = self.assessments.update_action(action_id, **chosen)
            except UserError as error:
                dialog.show_error(error_text(error))  # keep the dialog and what was typed
                return
            dialog.accept()
            self.reload(saved.id)
            self.status_message.emit(f"Saved the action: {saved.what}")

        dialog.save_requested.connect(save)
        dialog.finished.connect(done)
        dialog.open()
        dialog.activateWindow()

    def move_selected(self, step: int) -> None:
        action_id = self.selected_id()
        row = self.table.currentIndex().row()
        if action_id is None or not 0 <= row + step < self.model.rowCount():
            return
        try:
            self.assessments.move_action(action_id, row + step)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self.reload(action_id)

    def toggle_done(self) -> None:
        action = self.model.action_at(self.table.currentIndex().row())
        if action is None:
            return
        status = "todo" if action.status == "done" else "done"
        try:
            self.assessments.update_action(action.id, status=status)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self.reload(action.id)
        self.status_message.emit(f"{action.what}: {status_words(status)}")

    def delete(self) -> None:
        action = self.model.action_at(self.table.currentIndex().row())
        if action is None:
            return
        try:
            self.assessments.delete_action(action.id)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self._deleted.append(action.id)
        self.reload()
        self.notice.show_notice(f"Deleted: {action.what}", "Undo (Ctrl+Z)", self.undo_delete)

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        action_id = self._deleted.pop()
        try:
            self.assessments.restore_action(action_id)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self.notice.dismiss()
        self.reload(action_id)
