"""Starting the desktop app: QApplication, theme, logging, the main window and the store.

The window is shown first. Straight after, the first page is filled from a plain read-only
look at the SQLite file (`desktop.services.first_look`: the register, no SQLAlchemy), and only
then does the store (SQLAlchemy, migrations, backup) open in a worker thread, so the window
appears about as fast as a bare Qt window and the worker sees the register well before the
rest of the app has loaded. Without a first look (PostgreSQL, a new or older database, another
first page) the page says "Opening your data…" until the store is open.
"""

from __future__ import annotations

import linecache
import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.format import tr_noop
from desktop.paths import APP_AUTHOR, APP_NAME, default_data_dir

if TYPE_CHECKING:
    from desktop.services import Services

log = logging.getLogger(__name__)

LOG_FOLDER = "logs"
LOG_FILE = "gapkit.log"
SOMETHING_WENT_WRONG = tr_noop(
    "MainWindow",
    "Something went wrong inside GAP Field Kit. Nothing you entered was lost: every change "
    "is saved as you make it. The details are in the log file {log}.",
)


def _words(text: str) -> str:
    """A message box's words in the app's language (i18n is imported only when one shows)."""
    from desktop.ui.i18n import tr

    return tr("MainWindow", text)


class StoreOpener(QThread):
    """Opens the services off the UI thread (imports, migrations and a backup can take a while)."""

    opened = Signal(object)
    refused = Signal(str)  # a UserError: its message is for the user
    crashed = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir

    def run(self) -> None:
        from desktop.errors import UserError

        try:
            from desktop.services import open_services

            services = open_services(self.data_dir)
            # Reading the ward list is part of being ready; do it here, not on first paint.
            services.organisations.ward_list  # noqa: B018
        except UserError as error:
            from desktop.ui.i18n import error_text

            self.refused.emit(error_text(error))
        except Exception as error:  # noqa: BLE001 - reported to the user and logged
            log.exception("Opening the data folder failed")
            self.crashed.emit(f"{type(error).__name__}: {error}")
        else:
            self.opened.emit(services)


def log_file_path(data_dir: Path) -> Path:
    return data_dir / LOG_FOLDER / LOG_FILE


def configure_file_logging(data_dir: Path) -> Path:
    """Imports, exports, completions (INFO), warnings and unexpected errors go to a rotating
    file in the data folder, for support. The services log ids and counts, never names or
    contact details."""
    import logging.handlers

    path = log_file_path(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("Cannot write the log file %s: %s", path, exc)
        return path
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    logging.getLogger().addHandler(handler)
    for ours in ("desktop", "sync", "forms"):
        logging.getLogger(ours).setLevel(logging.INFO)
    return path


def install_exception_hook(window_getter: Any, log_path: Path) -> None:
    """An unexpected error in a slot is logged and told to the user; the app keeps running."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("Unexpected error", exc_info=(kind, error, trace))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        parent: QWidget | None = window_getter()
        QMessageBox.warning(
            parent,
            _words(tr_noop("MainWindow", "Something went wrong")),
            _words(SOMETHING_WENT_WRONG).format(log=log_path),
        )

    sys.excepthook = hook


def set_app_icon(app: QApplication) -> None:
    """The window and task-bar icon, every drawn size (packaging/make_icons.py makes them)."""
    from PySide6.QtGui import QIcon

    from desktop.paths import icons_dir

    icon = QIcon()
    for path in sorted(icons_dir().glob("gapkit-*.png")):
        icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)


def _mark_shown() -> None:
    # The start-up benchmark reads this moment; nothing else uses it.
    if os.environ.get("GAPKIT_REPORT_STARTUP"):
        print(f"window-shown-at {time.time():.6f}", flush=True)
        print(f"window-shown-cpu {time.process_time():.6f}", flush=True)


def ask_who_uses_it(window: Any, services: Services, data_dir: Path) -> str | None:
    """First run on a new data folder: ask who uses it and show the matching edition.

    A data folder used before first run existed keeps what it was without asking. Returns the
    use chosen now, or None when nothing was asked (or the person closed the dialog: they are
    asked again next time and the app opens as a field laptop meanwhile).
    """
    from desktop.paths import install_dir
    from desktop.services.setup import find_council_setup

    setup = services.setup
    try:
        setup.hand_over_waiting_council_device()
    except Exception:  # noqa: BLE001 - trusting later must never stop the app opening
        log.exception("Could not trust the council device file kept from first run")
    if setup.adopt_existing_folder() is not None:
        return None
    from desktop.ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(services, find_council_setup(data_dir, install_dir()), window)
    window.first_run_dialog = dialog
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    window.apply_use(dialog.chosen)
    return dialog.chosen.value


def _mark_filled(window: QWidget) -> None:
    # The start-up benchmark (and the project's own check) reads this moment: the first page
    # has its data and has painted it (from the first look, or in `attach_services`).
    if os.environ.get("GAPKIT_REPORT_STARTUP"):
        window.repaint()
        print(f"page-filled-at {time.time():.6f}", flush=True)
        print(f"page-filled-cpu {time.process_time():.6f}", flush=True)


def _fill_from_first_look(window: Any, data_dir: Path) -> bool:
    """The first page filled from the SQLite file before the store opens; False if there is
    no quick way (the page then fills when the store is open)."""
    from desktop.services.first_look import first_look

    look = first_look(data_dir)
    return look is not None and window.show_first_look(look)


def run_app(council: bool = False, smoke: bool = False, data_dir: Path | None = None) -> int:
    """Run the desktop app until its window closes; returns the process exit status.

    With `smoke`, open the main window on the data folder, wait until it is shown, the store is
    open and the event loop is idle, then exit 0 (1 if the data folder could not be opened).
    `data_dir` defaults to GAPKIT_DATA_DIR or the user data folder.
    """
    existing = QApplication.instance()
    # The style is chosen on the command line: cheaper at start-up than setStyle() later.
    app = existing or QApplication([*sys.argv[:1], "-style", "Fusion"])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("GAP Field Kit")
    app.setOrganizationName(APP_AUTHOR)

    from desktop.ui.theme import apply_theme

    apply_theme(app, set_style=existing is not None)
    language = os.environ.get("GAPKIT_LANGUAGE")
    if language and language != "en":
        # The app's own words in this language (sessions may still run in another).
        from desktop.ui.i18n import set_app_language

        set_app_language(language)
    if data_dir is None:
        data_dir = default_data_dir()
    log_path = log_file_path(data_dir)

    from desktop.ui.single_instance import SingleInstance, bring_forward

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        return _already_open(instance, data_dir, smoke)

    from desktop.ui.main_window import MainWindow

    window = MainWindow(council=council, data_dir=data_dir)
    instance.show_requested.connect(lambda: bring_forward(window))
    install_exception_hook(lambda: window, log_path)
    window.show()
    _mark_shown()

    state: dict[str, Any] = {"services": None, "status": 0, "filled": False}

    def opened(services: Services) -> None:
        state["services"] = services
        window.attach_services(services)
        if not state["filled"]:
            _mark_filled(window)
        # Source lines read for warnings and tracebacks while loading: not needed again.
        linecache.clearcache()
        if not smoke:
            ask_who_uses_it(window, services, data_dir)
        if smoke:
            # singleShot(0) runs once the queue is empty: the page has painted and all is idle.
            QTimer.singleShot(0, lambda: app.exit(0 if window.isVisible() else 1))

    def refused(message: str) -> None:
        state["status"] = 1
        if smoke:
            print(f"gapkit: {message}", file=sys.stderr)
        else:
            QMessageBox.critical(
                window,
                _words(tr_noop("MainWindow", "GAP Field Kit cannot open your data")),
                message,
            )
        app.exit(1)

    def crashed(detail: str) -> None:
        state["status"] = 1
        if smoke:
            print(f"gapkit: {detail}", file=sys.stderr)
        else:
            QMessageBox.critical(
                window,
                _words(tr_noop("MainWindow", "Something went wrong")),
                _words(SOMETHING_WENT_WRONG).format(log=log_path),
            )
        app.exit(1)

    opener = StoreOpener(data_dir)
    opener.opened.connect(opened)
    opener.refused.connect(refused)
    opener.crashed.connect(crashed)

    def after_first_paint() -> None:
        # Deferred so neither the first look, the log file (logging.handlers pulls in socket,
        # pickle, ...) nor the store's imports delay the window. The opener starts once the
        # first page is filled: its imports would otherwise hold the interpreter meanwhile.
        try:
            state["filled"] = _fill_from_first_look(window, data_dir)
        except Exception:  # noqa: BLE001 - a shortcut: the store opens as before without it
            log.exception("The first look at the data failed")
        if state["filled"]:
            _mark_filled(window)
        configure_file_logging(data_dir)
        opener.start()
        set_app_icon(app)

    QTimer.singleShot(0, after_first_paint)
    try:
        status = app.exec()
    finally:
        opener.wait()
        services = state["services"]
        if services is not None:
            services.close()
        instance.release()
    return status or state["status"]


def _already_open(instance: Any, data_dir: Path, smoke: bool) -> int:
    """A second launch on a data folder in use: bring the first copy forward and stop.

    Returns 0 when the first copy was asked to show itself, 1 when it could not be reached."""
    if instance.ask_first_to_show():
        print(
            f"GAP Field Kit is already open on {data_dir}: its window was brought forward.",
            file=sys.stderr,
        )
        return 0
    message = (
        f"{instance.held_by()} is already using the data folder {data_dir}, but it does not "
        "answer. Close it (or wait for it to finish), then open GAP Field Kit again. Two "
        "copies on one data folder could send the same changes twice."
    )
    if smoke:
        print(f"gapkit: {message}", file=sys.stderr)
    else:
        QMessageBox.critical(None, "GAP Field Kit is already open", message)
    return 1
