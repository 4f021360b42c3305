"""How a registration problem is reported: per field, in the user's words."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from desktop.errors import UserError, ValidationFailed

# ---------------------------------------------------------------------------------------------
# Problems and errors


class FieldProblem(NamedTuple):
    """One thing wrong with one field, in words for the person filling the form."""

    field: str
    message: str


class RegistrationError(ValidationFailed):
    """A registration did not pass; `problems` lists every FieldProblem found."""

    problems: list[FieldProblem]  # type: ignore[assignment]

    def __init__(self, problems: Iterable[FieldProblem]):
        super().__init__(list(problems))

    def fields(self) -> list[str]:
        return [problem.field for problem in self.problems]


class InvalidValue(UserError, ValueError):
    """One typed value (identifier, postcode, email, phone) is not in a form we accept."""
