"""Errors a user can cause, with a message written for a person.

A message is written once, in English, as a template with named values:
`UserError("There is already a participant called {label}.", label=label)`. `str(error)` is
the English text filled in (the command line and the logs show it); the screens show it in
the app's language with `desktop.ui.i18n.error_text`, which looks the template up among the
app's translations (context "Messages", collected by tools/ui_translations.py) and fills in
the same values. This is the gettext way, with the English text as the id, and keeps the
services free of Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# The one cancellation exception and the message type: defined in the pure sync package,
# whose bundle reader raises and words them too.
from sync.errors import Cancelled
from sync.messages import Message

__all__ = [
    "Cancelled",
    "DatabaseTooNew",
    "Message",
    "NotFound",
    "UserError",
    "ValidationFailed",
    "Word",
    "Words",
]

# The translations' context of every message template (tools/ui_translations.py collects them).
MESSAGES_CONTEXT = "Messages"


class Word(str):
    """A value that is itself a word from a fixed list (a registration field's name): shown in
    the app's language, looked up in the translations' `context` ("Fields")."""

    context: str

    def __new__(cls, text: str, context: str) -> Word:
        word = super().__new__(cls, text)
        word.context = context
        return word

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return (str(self), self.context)


class Words(str):
    """Several words of a fixed list (or messages) as one value, joined ("Name, Legal form"):
    each is shown in the app's language, the separator as it is."""

    words: tuple[str, ...]
    separator: str

    def __new__(cls, words: Iterable[str], separator: str = ", ") -> Words:
        listed = tuple(words)
        joined = super().__new__(cls, separator.join(listed))
        joined.words = listed
        joined.separator = separator
        return joined

    def __getnewargs__(self) -> tuple[tuple[str, ...], str]:  # type: ignore[override]
        return (self.words, self.separator)


class UserError(Exception):
    """Something the user can fix; the message says what happened and what to do.

    `template` is the English message with `{named}` places for `values`; `str(error)` is it
    filled in.
    """

    def __init__(self, template: str = "", /, **values: Any):
        self.message = template if isinstance(template, Message) else Message(template, **values)
        super().__init__(str(self.message))

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def values(self) -> dict[str, Any]:
        return self.message.values


class DatabaseTooNew(UserError):
    """The database was written by a newer GAP Field Kit than this one."""


class DatabaseProblem(UserError):
    """The database can't be used: `kind` says why, the message (a template, as for any
    UserError) what to do.

    Kinds: "disk full", "read-only", "damaged", "not ours".
    """

    def __init__(self, template: str, /, *, kind: str, **values: Any):
        super().__init__(template, **values)
        self.kind = kind


class NotFound(UserError):
    """The record asked for does not exist (or was deleted)."""


class ValidationFailed(UserError):
    """Input did not pass validation; `problems` lists (field, message) pairs (each message a
    `Message` where it was written as a template)."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(message for _field, message in problems))
