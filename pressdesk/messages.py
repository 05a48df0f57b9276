"""Errors the user may see: a code and values, worded in the interface's language by the GUI.

A service raises ``UserError`` (or a subclass) with a code from ``TEXTS`` and the values its
sentence needs; it never composes the sentence. ``str()`` of the error is the English sentence the
command line prints; the window looks the same template up in the Qt catalogues (context
``Messages``) and fills in the values in Kyrgyz, Russian or English. A ``Term`` value is a word
the interface translates too (context ``MessageTerms``); a date is shown in the interface's form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from pressdesk.message_texts import TERMS, TEXTS

__all__ = [
    "CONTEXT",
    "LINES",
    "TERMS",
    "TERMS_CONTEXT",
    "TEXTS",
    "Detail",
    "Message",
    "Term",
    "UserError",
    "english_value",
    "render",
]

CONTEXT = "Messages"
TERMS_CONTEXT = "MessageTerms"


class Term(str):
    """A word put into a message that the interface translates as well (a field's name…)."""

    __slots__ = ()


class Detail(str):
    """A technical detail (a library's words) the English sentence holds where its template says.

    The window leaves it out, as it leaves out a ``reason``: it is English whatever the
    interface's language. It carries its own punctuation (" (bad value)", ": bad value").
    """

    __slots__ = ()


#: The code of an error made of several sentences, each a ``Message`` (or a plain line).
LINES = "lines"


class Message(str):
    """One sentence by code and values, for lists of problems; as a ``str`` it is English.

    A service that collects problems (an event's fields, an item's fields) keeps them as
    ``Message`` so the window can word each line in the interface's language.
    """

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, /, **values: Any) -> Message:
        """Return the sentence of ``code`` (a key of ``TEXTS``) with ``values`` filled in."""
        sentence = render(code, values)
        # A technical ``reason`` (a library's words) is added for the command line only.
        reason = values.get("reason")
        made = super().__new__(
            cls, f"{sentence.removesuffix('.')}: {reason}" if reason else sentence
        )
        made.code = code
        made.values = values
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (_message, (self.code, self.values))


def _message(code: str, values: dict[str, Any]) -> Message:
    return Message(code, **values)


class UserError(Exception):
    """A problem the user can act on, told by ``code`` and ``values``; ``str()`` is English.

    An error raised with a sentence instead of a known code keeps it as ``values["text"]`` under
    the code ``"text"``; the window then translates the sentence as a whole where it can. A
    subclass with a ``code`` of its own (a record not found…) is worded by that code in the
    window, and ``str()`` keeps the sentence it was given.
    """

    code = "text"

    def __init__(self, code: str = "", /, **values: Any) -> None:
        self.values: dict[str, Any]
        if isinstance(code, Message):
            values = {**code.values, **values}
            code = code.code
        if code == "text" and "text" in values:
            # Another error's code and values passed on: a sentence without a code.
            code = str(values.pop("text"))
        if code == LINES:
            self.code = LINES
            self.values = {"lines": tuple(values.get("lines", ()))}
            super().__init__(render(LINES, self.values))
        elif code in TEXTS:
            self.code = code
            self.values = values
            super().__init__(_with_reason(render(code, values), values))
        elif type(self).code in TEXTS:
            # A class with a code of its own keeps a sentence given to it for the command line.
            self.values = {"detail": code, **values}
            super().__init__(code or render(self.code, self.values))
        else:
            self.code = "text"
            self.values = {"text": code, **values}
            super().__init__(code)


def _with_reason(sentence: str, values: Mapping[str, Any]) -> str:
    """Add the technical ``reason`` (a library's or the system's words) for the command line.

    The window leaves it out: it is English whatever the interface's language.
    """
    reason = values.get("reason")
    return f"{sentence.removesuffix('.')}: {reason}." if reason else sentence


def english_value(value: object) -> str:
    """Return a value as the English sentence shows it: a date as 2026-11-25, as typed in."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(english_value(v) for v in value)
    return str(value)


def render(
    code: str,
    values: Mapping[str, Any],
    translate: Callable[[str, str], str] | None = None,
    show: Callable[[object], str] = english_value,
) -> str:
    """Return the sentence of ``code`` with ``values`` filled in.

    ``translate(context, text)`` turns the template and each ``Term`` into the interface's
    language (English as written when None); ``show`` formats the other values.
    """
    if code == LINES:
        return "\n".join(
            render(line.code, line.values, translate, show)
            if isinstance(line, Message)
            else render("text", {"text": line}, translate, show)
            for line in values.get("lines", ())
        )
    if code == "text" or code not in TEXTS:
        text = str(values.get("text", code))
        return translate(CONTEXT, text) if translate else text

    def shown(value: object) -> str:
        if isinstance(value, Message):
            return render(value.code, value.values, translate, show) if translate else str(value)
        if isinstance(value, Term):
            return translate(TERMS_CONTEXT, value) if translate else str(value)
        if isinstance(value, Detail):
            return "" if translate else str(value)
        if isinstance(value, (list, tuple)):
            return ", ".join(shown(v) for v in value)
        return show(value)

    filled = {key: shown(value) for key, value in values.items()}
    template = translate(CONTEXT, TEXTS[code]) if translate else TEXTS[code]
    try:
        return template.format(**filled)
    except (KeyError, IndexError, ValueError):
        # A translation whose placeholders went wrong must not hide the problem itself.
        return TEXTS[code].format(**filled)
