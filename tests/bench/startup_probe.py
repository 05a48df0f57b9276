"""Start the GUI and print, since process start, when the window was shown and when the last
section's page was ready, with RSS then.

Run by bench_startup.py in a fresh process: ``python startup_probe.py DATA_DIR``.
"""

from __future__ import annotations

import json
import os
import sys
import time

import psutil
from PySide6.QtCore import QTimer

import pressdesk.gui.main_window as main_window

_original_show = main_window.MainWindow.show
_original_ready = main_window.MainWindow._show_built_page
_figures: dict[str, float] = {}


# The launcher writes the wall-clock time just before it starts this process: the kernel's
# process start time is derived from the boot time in whole seconds and can be ~1 s off.
_LAUNCHED = float(os.environ["PRESSDESK_LAUNCHED_AT"])


def _since_start() -> float:
    return time.time() - _LAUNCHED


def _show_and_measure(self: main_window.MainWindow) -> None:
    _original_show(self)
    _figures["seconds"] = _since_start()
    _figures["rss_mb"] = psutil.Process().memory_info().rss / 2**20


def _ready_and_report(self: main_window.MainWindow, row: int) -> None:
    _original_ready(self, row)

    def report() -> None:
        _figures["ready_seconds"] = _since_start()
        _figures["ready_rss_mb"] = psutil.Process().memory_info().rss / 2**20
        print(json.dumps(_figures), flush=True)
        self.close()

    QTimer.singleShot(0, report)


main_window.MainWindow.show = _show_and_measure  # type: ignore[method-assign]
main_window.MainWindow._show_built_page = _ready_and_report  # type: ignore[method-assign]

from pressdesk.app import main  # noqa: E402

sys.exit(main(["--data-dir", sys.argv[1]]))
