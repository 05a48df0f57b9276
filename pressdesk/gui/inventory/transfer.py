"""How the asset imports' refusals of a row read in the user's language.

The export and import flows themselves are the record page's
(:class:`pressdesk.gui.widgets.record_page.Transfers`); the names stay importable from here.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import problem_message
from pressdesk.gui.widgets.export import ExportDialog
from pressdesk.gui.widgets.transfers import ImportReportDialog, Transfers
from pressdesk.messages import Message

__all__ = ["ExportDialog", "ImportReportDialog", "Transfers", "reason_text"]

_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^«(?P<column>[^»]+)»: unknown value (?P<value>.+)$"),
        QT_TRANSLATE_NOOP("ImportReportDialog", "«{column}»: unknown value {value}"),
    ),
    (
        re.compile(r"^inventory number (?P<number>.+) is already used in row (?P<row>\d+)$"),
        QT_TRANSLATE_NOOP(
            "ImportReportDialog", "inventory number {number} is already used in row {row}"
        ),
    ),
    (
        re.compile(r"^inventory number (?P<number>.+) is already in the database (?P<name>.+)$"),
        QT_TRANSLATE_NOOP(
            "ImportReportDialog", "inventory number {number} is already in the database {name}"
        ),
    ),
)


def reason_text(reason: str) -> str:
    """Translate a reason the import gives for refusing a row; unknown ones stay as they are."""
    if isinstance(reason, Message):
        return problem_message(reason)
    for pattern, template in _REASONS:
        found = pattern.match(reason)
        if found:
            return QCoreApplication.translate("ImportReportDialog", template).format(
                **found.groupdict()
            )
    return reason
