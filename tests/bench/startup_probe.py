"""Start the GUI, and once the main window is shown print the time since process start and RSS.

Run by bench_startup.py in a fresh process: ``python startup_probe.py DATA_DIR``.
"""

from __future__ import annotations

import json
import sys
import time

import psutil
from PySide6.QtCore import QTimer

import pressdesk.gui.main_window as main_window

_original_show = main_window.MainWindow.show


def _show_and_report(self: main_window.MainWindow) -> None:
    _original_show(self)

    def report() -> None:
        process = psutil.Process()
        shown = time.time() - process.create_time()
        rss = process.memory_info().rss / 2**20
        print(json.dumps({"seconds": shown, "rss_mb": rss}), flush=True)
        self.close()

    QTimer.singleShot(0, report)


main_window.MainWindow.show = _show_and_report  # type: ignore[method-assign]

from pressdesk.app import main  # noqa: E402

sys.exit(main(["--data-dir", sys.argv[1]]))
