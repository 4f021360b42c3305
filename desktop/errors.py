"""Errors a user can cause, with a message written for a person."""

from __future__ import annotations

# The one cancellation exception: defined in the pure sync package, which raises it too.
from sync.errors import Cancelled

__all__ = ["Cancelled", "DatabaseTooNew", "NotFound", "UserError", "ValidationFailed"]


class UserError(Exception):
    """Something the user can fix; the message says what happened and what to do."""


class DatabaseTooNew(UserError):
    """The database was written by a newer GAP Field Kit than this one."""


class DatabaseProblem(UserError):
    """The database can't be used: `kind` says why, the message what to do.

    Kinds: "disk full", "read-only", "damaged", "not ours".
    """

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class NotFound(UserError):
    """The record asked for does not exist (or was deleted)."""


class ValidationFailed(UserError):
    """Input did not pass validation; `problems` lists (field, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(message for _field, message in problems))
