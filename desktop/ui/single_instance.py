"""One copy of the app per data folder (issue 13, item 18).

Two copies writing to one data folder would each hold their own idea of what is on screen and
could export the same changes twice. The first copy holds a lock file in the data folder and
listens on a local socket; a second launch on the same folder finds the lock, asks the first
copy to bring its window forward, and exits.

The lock is Qt's QLockFile: it records the process id, so a copy that crashed or was killed
leaves a stale lock that the next launch takes over without asking anyone.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE = "gapkit.lock"
SHOW_REQUEST = b"show\n"
# A lock file with no process id in it, younger than this, may be a copy starting right now.
LOCK_BEING_WRITTEN_SECONDS = 10


def server_name(data_dir: Path) -> str:
    """The local socket's name for this data folder: the same folder gives the same name."""
    digest = hashlib.sha256(str(data_dir.expanduser().resolve()).encode("utf-8")).hexdigest()
    return f"gapkit-{digest[:20]}"


class SingleInstance(QObject):
    """The data folder's lock, and the line a second launch uses to reach the first copy."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        # Never treat a lock as stale by its age: a session can stay open all day. A lock
        # whose process has gone is still taken over (QLockFile checks the process id).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the folder for this copy; False when another running copy already has it."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            # The store reports an unusable folder with a proper message; don't guard it here.
            return True
        if not self._lock.tryLock(200) and self._left_without_owner():
            # Taken over like a stale lock; a copy that takes it at the same moment wins.
            self._lock.removeStaleLockFile()
            self._lock.tryLock(0)
        if not self._lock.isLocked():
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            # No permission or an unknown error: the store will say what is wrong.
            log.warning("Cannot take the data folder lock: %s", self._lock.error())
            return True
        # A copy that was killed leaves its socket behind on Unix; clear it before listening.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("Cannot listen for a second launch: %s", server.errorString())
        server.newConnection.connect(self._answer)
        self._server = server
        return True

    def _left_without_owner(self) -> bool:
        """A lock file that names no process and that no process holds: a copy killed between
        creating the file and writing its process id into it, or a power cut before the
        file's contents reached the disk, leaves it empty. Qt's stale-lock test needs the
        process id (or an age, which this lock never has), so such a file kept the folder
        locked for good. A copy running holds its lock file (Qt takes an flock on it too)."""
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return False
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and len(info) >= 1 and info[0]:
            return False  # names its process: Qt's own test decides
        path = self.data_dir / LOCK_FILE
        try:
            import fcntl  # not on Windows, where Qt's test alone decides
        except ImportError:
            return False
        try:
            if time.time() - path.stat().st_mtime < LOCK_BEING_WRITTEN_SECONDS:
                return False  # perhaps a copy starting now, between creating and writing it
            descriptor = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a running copy holds it
        finally:
            os.close(descriptor)  # (also lets go of the flock just taken)
        log.warning("Taking over the data folder lock %s that no copy holds", path)
        return True

    def held_by(self) -> str:
        """Who holds the lock, for the message when the first copy doesn't answer."""
        # PySide gives (pid, hostname, app name); a missing or unreadable lock gives no pid.
        info = self._lock.getLockInfo()
        pid, hostname = (
            (info[0], info[1]) if isinstance(info, tuple) and len(info) >= 2 else (0, "")
        )
        if not pid:
            return "another copy of GAP Field Kit"
        return f"GAP Field Kit (process {pid} on {hostname})"

    def ask_first_to_show(self, timeout_ms: int = 3000) -> bool:
        """Ask the copy holding the folder to bring its window forward; True when asked."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(SHOW_REQUEST)
        written = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return written

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # The second launch writes its request as soon as it connects, so a short wait
            # here is all it takes; a caller that sends nothing is dropped after half a second.
            if socket.bytesAvailable() or socket.waitForReadyRead(500):
                request = bytes(socket.readAll().data())
                if request.startswith(SHOW_REQUEST.strip()):
                    log.info("A second launch on this data folder: bringing the window forward")
                    self.show_requested.emit()
            socket.abort()
            socket.deleteLater()


def bring_forward(window: object) -> None:
    """Show `window` (restored if minimised) above the others, and any modal box above it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.raise_()
        modal.activateWindow()
