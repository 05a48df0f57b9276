"""Put a finished export in place; if Word or Excel holds the target, say so and offer a way."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pressdesk.fileio import FileInUseError, replace_file
from pressdesk.gui import dialogs

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def discard(partial: Path) -> None:
    """Remove an unfinished file; a failure to do so is only logged."""
    try:
        partial.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("Could not remove %s: %s", partial, exc)


def place_file(
    parent: QWidget | None, partial: Path, target: Path, title: str, filters: str = ""
) -> Path | None:
    """Move ``partial`` onto ``target``; return where it went, or None if the user gave up.

    While another program holds the target, the user may try again, choose another name, or
    cancel; the finished file is removed only when they cancel.
    """
    while True:
        try:
            replace_file(partial, target)
            return target
        except FileInUseError:
            answer = dialogs.choice(
                parent,
                title,
                translate(
                    "Saving",
                    "The file\n{path}\nis open in another program (Word, Excel…) or "
                    "write-protected, so it cannot be replaced.\n\nClose it there and try "
                    "again, or save under another name.",
                ).format(path=target),
                (
                    ("retry", translate("Saving", "Try again")),
                    ("other", translate("Saving", "Save under another name…")),
                    ("cancel", translate("Saving", "Cancel")),
                ),
                kind="warning",
                default="retry",
                escape="cancel",
            )
            if answer == "retry":
                continue
            if answer == "other":
                chosen = dialogs.save_file(parent, title, filters or f"*{target.suffix}", target)
                if chosen is not None:
                    target = chosen if chosen.suffix else chosen.with_suffix(target.suffix)
                    continue
            discard(partial)
            return None
        except OSError:
            discard(partial)
            raise
