"""The Forms page: the forms installed, and XLSForm (ODK / Kobo) in and out.

Export writes a form as an XLSForm a group can fill in online in Kobo or ODK; import turns an
XLSForm into our form file, listing what it had to leave out; in council mode, answers given
online (a Kobo or ODK Central CSV export) come in as assessments. The conversions run off the
UI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.format import tr_noop
from desktop.services.assessments import KINDS
from desktop.ui.i18n import current_language, kind_label, message_text, tr
from desktop.ui.models.rows import RowsTableModel
from desktop.ui.pages.base import Page
from desktop.ui.widgets.tables import make_table
from desktop.ui.workers import BackgroundTask
from forms.models import FormDefinition


class FormsModel(RowsTableModel[FormDefinition]):
    titles = (
        tr_noop("Forms", "Form"),
        tr_noop("Forms", "Kind"),
        tr_noop("Forms", "Version"),
        tr_noop("Forms", "Languages"),
        tr_noop("Forms", "Questions"),
    )
    title_context = "Forms"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        form = self.row_at(index.row())
        if form is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        languages = {"en"}
        for _section, question in form.questions():
            languages.update(getattr(question.text, "languages", ()))
        return (
            form.title.get(current_language()),
            kind_label(form.kind),
            form.version,
            ", ".join(sorted(languages)),
            str(sum(len(section.questions) for section in form.sections)),
        )[index.column()]


class FormsPage(Page):
    title = "Forms"

    def __init__(self, services: Any, council: bool = False, parent: QWidget | None = None):
        super().__init__(services, council, parent)
        self.model = FormsModel(self)
        self.table = make_table(self.model, "Installed forms")
        self.table.doubleClicked.connect(lambda _index: self.export_selected())
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(FormsModel.titles)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.export_button = QPushButton(tr("Forms", "&Export as XLSForm…"))
        self.export_button.setToolTip(
            tr("Forms", "Write the chosen form as an XLSForm for Kobo or ODK")
        )
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.import_button = QPushButton(tr("Forms", "&Import an XLSForm…"))
        self.import_button.setToolTip(tr("Forms", "Turn an ODK or Kobo XLSForm into a form file"))
        self.import_button.clicked.connect(lambda: self.import_xlsform())
        self.online_button = QPushButton(tr("Forms", "Import &online answers…"))
        self.online_button.setToolTip(
            tr(
                "Forms",
                "Bring in a Kobo or ODK Central CSV export of the chosen form as assessments",
            )
        )
        self.online_button.clicked.connect(lambda: self.import_online_answers())
        self.online_button.setVisible(council)
        self.status = QLabel()
        self.status.setObjectName("formsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QLabel(tr("Forms", "Forms"))
        heading.setObjectName("pageTitle")
        explain = QLabel(
            tr(
                "Forms",
                "The forms this app runs. A form can go to KoboToolbox or ODK as an XLSForm, so a "
                "group with a signal can also fill it in online.",
            )
        )
        explain.setWordWrap(True)
        buttons = QHBoxLayout()
        names = ("Export as XLSForm", "Import an XLSForm", "Import online answers")
        for button, name in zip(
            (self.export_button, self.import_button, self.online_button), names, strict=True
        ):
            button.setAutoDefault(False)
            button.setAccessibleName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._task: BackgroundTask | None = None

    def on_shown(self) -> None:
        forms = sorted(self.services.assessments.available_forms().values(), key=lambda f: f.id)
        self.model.set_rows(forms)
        if forms and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def selected_form(self) -> FormDefinition | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # -- long work, off the UI thread ---------------------------------------------------------

    def _run(self, what: str, work: Any, done: Any) -> None:
        if self._task is not None:
            return
        task = BackgroundTask(work)
        self._task = task
        self.status.setText(f"{what}…")
        for button in (self.export_button, self.import_button, self.online_button):
            button.setEnabled(False)

        def finish() -> None:
            self._task = None
            for button in (self.export_button, self.import_button, self.online_button):
                button.setEnabled(True)

        def succeeded(result: object) -> None:
            finish()
            done(result)

        def failed(message: str) -> None:
            finish()
            self.status.setText(message)
            box = QMessageBox(QMessageBox.Icon.Warning, what, message, parent=self)
            box.open()

        task.signals.finished.connect(succeeded)
        task.signals.failed.connect(failed)
        task.signals.crashed.connect(failed)
        task.start()

    # -- actions --------------------------------------------------------------------------------

    def export_selected(self, target: str | None = None) -> None:
        form = self.selected_form()
        if form is None:
            self.status.setText(tr("Forms", "Choose a form first."))
            return
        if target is None:
            target, _filter = QFileDialog.getSaveFileName(
                self, tr("Forms", "Export as XLSForm"), f"{form.id}.xlsx", "XLSForm (*.xlsx)"
            )
            if not target:
                return

        def work(_task: BackgroundTask) -> str:
            from desktop.errors import UserError
            from desktop.registration.online_context import context_questions
            from forms.xlsform import write_xlsform

            try:
                write_xlsform(form, target, context_questions(form))
            except OSError as error:
                raise UserError(
                    tr("Forms", "Could not write {file}: {reason}.").format(
                        file=target, reason=error.strerror or error
                    )
                ) from None
            return target

        self._run(
            tr("Forms", "Exporting"),
            work,
            lambda path: self._said(
                tr("Forms", "Wrote {file}: {form} as an XLSForm.").format(
                    file=Path(str(path)).name, form=form.title
                )
            ),
        )

    def import_xlsform(
        self, source: str | None = None, kind: str | None = None, target: str | None = None
    ) -> None:
        if source is None:
            source, _filter = QFileDialog.getOpenFileName(
                self, tr("Forms", "Import an XLSForm"), "", "XLSForm (*.xlsx)"
            )
            if not source:
                return
        if kind is None:
            labels = {kind_label(key): key for key in KINDS}
            label, ok = QInputDialog.getItem(
                self,
                tr("Forms", "Import an XLSForm"),
                tr("Forms", "This form is a version of:"),
                list(labels),
                0,
                False,
            )
            if not ok:
                return
            kind = labels[label]
        if target is None:
            target, _filter = QFileDialog.getSaveFileName(
                self,
                tr("Forms", "Save the form file"),
                f"{Path(source).stem}.yaml",
                tr("Forms", "Form file (*.yaml)"),
            )
            if not target:
                return

        def work(_task: BackgroundTask) -> tuple[int, list[str]]:
            import yaml

            from desktop.errors import UserError
            from forms.xlsform import XLSFormError, import_xlsform

            try:
                imported = import_xlsform(source, kind=kind)
            except XLSFormError as error:
                raise UserError(str(error)) from None
            text = yaml.safe_dump(imported.form, sort_keys=False, allow_unicode=True, width=100)
            try:
                Path(target).write_text(text, encoding="utf-8")
            except OSError as error:
                raise UserError(
                    tr("Forms", "Could not write {file}: {reason}.").format(
                        file=target, reason=error.strerror or error
                    )
                ) from None
            questions = sum(len(section["questions"]) for section in imported.form["sections"])
            return questions, [str(w) for w in imported.warnings]

        def done(result: Any) -> None:
            questions, warnings = result
            message = tr("Forms", "Wrote {file}: {count} questions.").format(
                file=Path(target).name, count=questions
            )
            if warnings:
                message += (
                    " "
                    + tr("Forms", "Left out ({count}):").format(count=len(warnings))
                    + "\n"
                    + "\n".join(warnings)
                )
            self._said(message)

        self._run(tr("Forms", "Importing the XLSForm"), work, done)

    def import_online_answers(self, source: str | None = None) -> None:
        form = self.selected_form()
        if form is None:
            self.status.setText(tr("Forms", "Choose the form the online answers were given on."))
            return
        if source is None:
            source, _filter = QFileDialog.getOpenFileName(
                self, tr("Forms", "Import online answers"), "", tr("Forms", "CSV export (*.csv)")
            )
            if not source:
                return
        services = self.services

        def work(_task: BackgroundTask) -> str:
            return services.online_imports.import_csv(form, source).summary()

        self._run(
            tr("Forms", "Importing online answers"),
            work,
            lambda summary: self._said(message_text(summary)),
        )

    def _said(self, message: str) -> None:
        self.status.setText(message)
        self.status_message.emit(message.splitlines()[0])
