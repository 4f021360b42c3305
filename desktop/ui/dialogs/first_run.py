"""First run on a new data folder: who is using GAP Field Kit here?

Three paths, each a page of this dialog: a council development worker (field mode: names and,
optionally, the council's device file and council.pub), a community group (the self-assessment
edition, sending to the council key), council staff (council mode: the council key pair and the
first enrolment). A council-setup.json found beside the app or in the data folder pre-selects
the use and fills in the keys; a broken one is reported at the top and nothing of it is used.
The same dialog opens from Settings to change the choice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.setup import (
    USE_LABELS,
    CouncilSetup,
    SetupFileError,
    Use,
    read_council_setup,
)
from desktop.ui.i18n import error_text, tr, tr_noop

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.setup import CouncilKeys

CHOICE_DESCRIPTIONS = {
    Use.WORKER: tr_noop(
        "FirstRun",
        "Register organisations and run health checks and CAT readiness assessments with "
        "groups, then send the work to the council.",
    ),
    Use.GROUP: tr_noop(
        "FirstRun",
        "Check your own group's health without a worker: a plain-English guide for each "
        "section, everyone rates privately, then you agree an action plan and send it to the "
        "council.",
    ),
    Use.COUNCIL: tr_noop(
        "FirstRun",
        "Bring in the work of field laptops and groups, approve devices, settle conflicts and "
        "look across all organisations.",
    ),
}


def use_label(use: Use) -> str:
    """Who uses this computer, in the app's language (one source: services.setup.USE_LABELS)."""
    return tr("Setup", USE_LABELS[use])


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName("errorSummary")
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.hide()
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class FileField(QWidget):
    """A read-only path with a Choose… button and a Clear button."""

    def __init__(self, name: str, caption: str, file_filter: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = caption
        self.file_filter = file_filter
        self.path = QLineEdit()
        self.path.setAccessibleName(name)
        self.path.setPlaceholderText(tr("FirstRun", "(none)"))
        choose = QPushButton(tr("FirstRun", "Choose…"))
        choose.setAccessibleName(f"Choose {name.lower()}")
        choose.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(choose)

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.caption, "", self.file_filter)
        if path:
            self.path.setText(path)

    def value(self) -> str:
        return self.path.text().strip()


class FirstRunDialog(QDialog):
    """Asks who uses this data folder and saves the answer through `services.setup`."""

    def __init__(
        self,
        services: Services,
        setup_file: Path | None = None,
        parent: QWidget | None = None,
        changing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.changing = changing
        self.chosen: Use | None = None
        self.council_keys: CouncilKeys | None = None
        self.setup: CouncilSetup | None = None
        self.setup_problem: str | None = None
        if setup_file is not None:
            try:
                self.setup = read_council_setup(setup_file)
            except SetupFileError as error:
                self.setup_problem = error_text(error)
        self.setWindowTitle(
            tr("FirstRun", "Who is using GAP Field Kit?")
            if not changing
            else tr("FirstRun", "Change who uses this computer")
        )
        self.setAccessibleName("First run")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._worker_page())
        self.pages.addWidget(self._group_page())
        self.pages.addWidget(self._council_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(720, 540)
        if self.setup is not None and self.setup.use is not None:
            self.show_path(self.setup.use)

    # -- the choice ---------------------------------------------------------------------------

    def _choice_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(
            tr("FirstRun", "Welcome to GAP Field Kit")
            if not self.changing
            else tr("FirstRun", "Who uses this computer?")
        )
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(
            _note(
                tr(
                    "FirstRun",
                    "Who is using it on this computer? You can change this later in Settings.",
                )
            )
        )
        self.setup_notice = QLabel()
        self.setup_notice.setWordWrap(True)
        self.setup_notice.setAccessibleName("Council setup file")
        if self.setup is not None:
            self.setup_notice.setObjectName("noticeText")
            self.setup_notice.setText(
                tr("FirstRun", "Council setup file found: {description}").format(
                    description=self.setup.describe()
                )
            )
        elif self.setup_problem:
            self.setup_notice.setObjectName("errorSummary")
            self.setup_notice.setText(self.setup_problem)
        else:
            self.setup_notice.hide()
        layout.addWidget(self.setup_notice)
        self.choice_buttons: dict[Use, QCommandLinkButton] = {}
        for use in (Use.WORKER, Use.GROUP, Use.COUNCIL):
            title_text = use_label(use)
            description = tr("FirstRun", CHOICE_DESCRIPTIONS[use])
            button = QCommandLinkButton(title_text, description)
            button.setAccessibleName(title_text)
            button.clicked.connect(lambda _checked=False, chosen=use: self.show_path(chosen))
            layout.addWidget(button)
            self.choice_buttons[use] = button
        layout.addStretch(1)
        if self.changing:
            row = QHBoxLayout()
            row.addStretch(1)
            cancel = QPushButton(tr("FirstRun", "Cancel"))
            cancel.setAccessibleName("Cancel: keep the current choice")
            cancel.clicked.connect(self.reject)
            row.addWidget(cancel)
            layout.addLayout(row)
        return page

    def show_path(self, use: Use) -> None:
        index = {Use.WORKER: 1, Use.GROUP: 2, Use.COUNCIL: 3}[use]
        self.pages.setCurrentIndex(index)

    def _buttons(
        self, layout: QVBoxLayout, start_text: str, start: Callable[[], object]
    ) -> QPushButton:
        row = QHBoxLayout()
        back = QPushButton(tr("FirstRun", "Back"))
        back.setAccessibleName("Back to the choice")
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        row.addWidget(back)
        row.addStretch(1)
        go = QPushButton(start_text)
        go.setDefault(True)
        go.setAccessibleName(start_text)
        go.clicked.connect(start)
        row.addWidget(go)
        layout.addLayout(row)
        return go

    def _from_setup_file(self) -> str:
        assert self.setup is not None
        return tr("FirstRun", "from {file}").format(file=self.setup.path.name)

    def _council_key_from_setup(self) -> str:
        if self.setup is not None and self.setup.council_public_key:
            return self.setup.council_public_key
        return ""

    # -- development worker -------------------------------------------------------------------

    def _worker_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(use_label(Use.WORKER))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        form = QFormLayout()
        # defaults from the person logged in, so two laptops never both say "vm"
        self.worker_name = QLineEdit(self.services.setup.suggested_worker_name())
        self.worker_name.setAccessibleName("Your name")
        self.worker_name.setPlaceholderText(tr("FirstRun", "e.g. Sam Ahmed"))
        form.addRow(tr("FirstRun", "Your name"), self.worker_name)
        self.laptop_name = QLineEdit(self.services.setup.suggested_laptop_name())
        self.laptop_name.setAccessibleName("This laptop's name")
        form.addRow(tr("FirstRun", "This laptop's name"), self.laptop_name)
        self.worker_council_device = FileField(
            "Council device file",
            "The council's device file",
            "Device files (*.json);;All files (*)",
        )
        self.worker_council_pub = FileField(
            "Council public key", "The council's public key", "Council key (*.pub);;All files (*)"
        )
        if self.setup is not None:
            if self.setup.council_device is not None:
                self.worker_council_device.path.setText(self._from_setup_file())
                self.worker_council_device.setEnabled(False)
            if self.setup.council_public_key:
                self.worker_council_pub.path.setText(self._from_setup_file())
                self.worker_council_pub.setEnabled(False)
        form.addRow(tr("FirstRun", "Council device file"), self.worker_council_device)
        form.addRow(tr("FirstRun", "Council public key"), self.worker_council_pub)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                tr(
                    "FirstRun",
                    "The laptop's name is how the council sees this laptop's bundles. The "
                    "council's device file (optional) lets this laptop accept the council's field "
                    "packs; council.pub (optional) encrypts the bundles you send. Both come from "
                    "the council; you can add them later in Settings and Sync.",
                )
            )
        )
        self.worker_error = _error_label("First run error")
        layout.addWidget(self.worker_error)
        layout.addStretch(1)
        self._buttons(layout, tr("FirstRun", "Start"), self.start_worker)
        return page

    def start_worker(self) -> bool:
        device: object = None
        key: str | None = None
        if self.setup is not None:
            device = self.setup.council_device
            key = self.setup.council_public_key
        if device is None and self.worker_council_device.value():
            device = self.worker_council_device.value()
        if key is None and self.worker_council_pub.value():
            key = self.worker_council_pub.value()
        return self._finish(
            Use.WORKER,
            self.worker_error,
            lambda: self.services.setup.choose_worker(
                worker_name=self.worker_name.text(),
                laptop_name=self.laptop_name.text(),
                council_device=device,  # type: ignore[arg-type]
                council_public_key=key,
                council_name=self.setup.council if self.setup else None,
            ),
        )

    # -- community group ----------------------------------------------------------------------

    def _group_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(use_label(Use.GROUP))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(
            _note(
                tr(
                    "FirstRun",
                    "This is the self-assessment edition. It keeps one organisation, yours: a "
                    "short registration, then the health check, a guide before each section, "
                    "everyone rating privately, the results, an action plan and a PDF to keep. "
                    "When you are ready, 'Send to the council' writes a locked file only the "
                    "council can open.",
                )
            )
        )
        form = QFormLayout()
        self.group_council_name = QLineEdit(self.setup.council if self.setup else "")
        self.group_council_name.setAccessibleName("Council")
        self.group_council_name.setPlaceholderText(tr("FirstRun", "e.g. Kirklees Council"))
        form.addRow(tr("FirstRun", "Your council"), self.group_council_name)
        self.group_council_pub = FileField(
            "Council public key", "The council's public key", "Council key (*.pub);;All files (*)"
        )
        if self._council_key_from_setup():
            self.group_council_pub.path.setText(self._from_setup_file())
            self.group_council_pub.setEnabled(False)
            self.group_council_name.setReadOnly(True)
        form.addRow(tr("FirstRun", "Council public key"), self.group_council_pub)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                tr(
                    "FirstRun",
                    "The council's public key comes with the app from your council (in its "
                    "council-setup.json) or as a file called council.pub.",
                )
            )
        )
        self.group_error = _error_label("First run error")
        layout.addWidget(self.group_error)
        layout.addStretch(1)
        self._buttons(layout, tr("FirstRun", "Start"), self.start_group)
        return page

    def start_group(self) -> bool:
        key = self._council_key_from_setup() or self.group_council_pub.value()
        return self._finish(
            Use.GROUP,
            self.group_error,
            lambda: self.services.setup.choose_group(
                council_public_key=key, council_name=self.group_council_name.text()
            ),
        )

    # -- council staff ------------------------------------------------------------------------

    def _council_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(use_label(Use.COUNCIL))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        from desktop.services.devices import default_council_key_dir

        self.council_key_folder = default_council_key_dir(self.services.store.data_dir)
        layout.addWidget(
            _note(
                tr(
                    "FirstRun",
                    "GAP Field Kit makes the council's key pair in {folder}: council.key stays "
                    "on this computer (back it up: without it, bundles sent to the council cannot "
                    "be opened) and council.pub goes to every laptop and group. An existing "
                    "council.key there is kept and used.",
                ).format(folder=self.council_key_folder)
            )
        )
        form = QFormLayout()
        self.council_name = QLineEdit(self.setup.council if self.setup else "")
        self.council_name.setAccessibleName("Council")
        self.council_name.setPlaceholderText(tr("FirstRun", "e.g. Kirklees Council"))
        form.addRow(tr("FirstRun", "Council"), self.council_name)
        self.first_device = FileField(
            "First laptop's device file",
            "A laptop's device file",
            "Device files (*.json);;All files (*)",
        )
        form.addRow(tr("FirstRun", "First laptop (optional)"), self.first_device)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                tr(
                    "FirstRun",
                    "The first laptop's device file is the one its Sync page saves (Save device "
                    "file…); enrolling it means its bundles are trusted. More laptops are "
                    "enrolled under Import → Devices.",
                )
            )
        )
        self.council_error = _error_label("First run error")
        layout.addWidget(self.council_error)
        layout.addStretch(1)
        self._buttons(layout, tr("FirstRun", "Make the key and start"), self.start_council)
        return page

    def start_council(self) -> bool:
        def choose() -> None:
            self.council_keys = self.services.setup.choose_council(
                first_device_file=self.first_device.value() or None,
                council_name=self.council_name.text().strip() or None,
            )

        return self._finish(Use.COUNCIL, self.council_error, choose)

    # -- finishing ----------------------------------------------------------------------------

    def _finish(self, use: Use, error_label: QLabel, action: Callable[[], object]) -> bool:
        try:
            action()
        except UserError as error:
            error_label.setText(error_text(error))
            error_label.show()
            return False
        error_label.hide()
        self.chosen = use
        self.accept()
        if self.council_keys is not None:
            self._tell_about_council_keys(self.council_keys)
        return True

    def _tell_about_council_keys(self, keys: CouncilKeys) -> None:
        """Where the council key pair is and what to do with it (not modal: the app goes on)."""
        made = (
            tr("FirstRun", "The council's key pair was made:")
            if keys.made_now
            else tr("FirstRun", "The council's key pair was found (and kept):")
        )
        text = tr(
            "FirstRun",
            "{made}\n\n{private_key}\n    stays on this computer; back it up safely.\n"
            "{public_key}\n    goes to every laptop and group (or in council-setup.json).\n\n"
            "Fingerprint: {fingerprint}",
        ).format(
            made=made,
            private_key=keys.private_key,
            public_key=keys.public_key,
            fingerprint=keys.fingerprint,
        )
        if keys.enrolled_device:
            text += "\n\n" + tr("FirstRun", "Enrolled the first laptop: {name}.").format(
                name=keys.enrolled_device
            )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("FirstRun", "The council's key"),
            text,
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setAccessibleName("The council's key")
        self.council_keys_message = box
        box.open()
