"""Field-level validation errors shared by the record services."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pressdesk.messages import Message, Term, UserError


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field of a record; ``field`` is the dataclass field name."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def problem(field: str, code: str, /, **values: object) -> FieldProblem:
    """Return the problem of ``field`` told by ``code`` (a ``problem.*`` phrase) and values."""
    return FieldProblem(field, Message(code, **values))


def unknown_value(field: str, value: object, what: str = "") -> FieldProblem:
    """Return the problem of a ``field`` holding a code it does not know, such as a category."""
    return FieldProblem(field, Message("problem.unknown", what=Term(what or field), value=value))


class ValidationError(ValueError):
    """A record cannot be saved; ``problems`` lists every field that is wrong."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    def fields(self) -> set[str]:
        """Return the names of the fields with problems."""
        return {problem.field for problem in self.problems}


class NotFound(UserError, LookupError):
    """No record with the given id (or inventory number)."""

    code = "record.missing"


def text_limit(problems: list[FieldProblem], name: str, value: str, limit: int) -> None:
    """Append a problem when ``value`` is longer than the column ``limit``."""
    if len(value) > limit:
        problems.append(FieldProblem(name, Message("problem.too_long", limit=limit)))
