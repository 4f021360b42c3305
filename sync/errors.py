"""The exceptions of the sync package, each with a message meant for a person."""

from __future__ import annotations

from sync.messages import Message


class SyncError(Exception):
    """Base of every error the sync package raises on purpose.

    `message` is a `Message` (a template and its values, so a screen can show it in another
    language; plain text becomes one without values); `str(error)` is its English.
    """

    def __init__(self, message: str):
        self.message = message if isinstance(message, Message) else Message(message)
        super().__init__(str(self.message))


class BundleError(SyncError):
    """A bundle cannot be read or trusted: the message says which file, which record and why.

    `file` and `record` repeat the location for callers that want to show it separately
    (`record` is a record id or "record N" when the id itself is unusable).
    """

    def __init__(self, message: str, *, file: str | None = None, record: str | None = None):
        super().__init__(message)
        self.file = file
        self.record = record


class UnsafeBundleError(BundleError):
    """The file is not a well-formed bundle zip, or the zip itself looks hostile."""


class FutureFormatError(BundleError):
    """The bundle was written by a newer GAP Field Kit whose format this version cannot read."""


class BundleIntegrityError(BundleError):
    """A file's content does not match its recorded hash or size, or files are missing."""


class ChangedFileError(BundleIntegrityError):
    """A data file's bytes are not those its signed hash vouches for: reported as changed
    whatever else is wrong inside it."""


class SignatureError(BundleError):
    """The bundle's signature does not match the device key it was checked against."""


class DecryptionError(BundleError):
    """The bundle is encrypted and cannot be decrypted with the key given (or none was given)."""


class RecordError(BundleError):
    """A record inside the bundle breaks the format's rules."""


class KeyFileError(SyncError):
    """A key file or key text is missing, unreadable, or not the kind of key expected."""


class BundleWriteError(SyncError):
    """The bundle could not be written where it was asked to go (nothing was left behind)."""


class Cancelled(Exception):
    """The person cancelled long work; nothing was changed or left behind.

    The one cancellation exception of the whole app (sync, services, UI tasks, CLI): it lives
    here because the pure packages raise it too; `desktop.errors` re-exports it. It is not a
    SyncError or a UserError on purpose: a cancel is not a failure, and code reporting
    failures must not catch it by accident. The message says what did not happen.
    """

    def __init__(self, message: str = "Cancelled; nothing was changed."):
        super().__init__(message)
