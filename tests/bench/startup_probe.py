"""Start the GUI and print, since process start, when the window was shown and when the last
section's page was ready, with RSS then.

Run by bench_startup.py in a fresh process: ``python startup_probe.py DATA_DIR``. The moments
are also marked on stderr (``startup-probe: shown``, ``startup-probe: ready``), so that a run
under ``-X importtime`` tells which modules were imported before each.

The window is measured where the program imports it: the probe patches the main window's
module as it is loaded, so the imports happen in the order of a real start (the database layer
before Qt, see ``pressdesk.app``).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import os
import sys
import threading
import time
from types import ModuleType
from typing import Any

WINDOW_MODULE = "pressdesk.gui.main_window"
MARK = "startup-probe:"
_figures: dict[str, float] = {}

# The launcher writes the wall-clock time just before it starts this process: the kernel's
# process start time is derived from the boot time in whole seconds and can be ~1 s off.
_LAUNCHED = float(os.environ["PRESSDESK_LAUNCHED_AT"])


def _since_start() -> float:
    return time.time() - _LAUNCHED


def _rss_mb() -> float:
    """Return the resident memory of this process, in MB.

    On Linux it is read from /proc, so that the probe does not import psutil (about 15 ms)
    into the start it measures.
    """
    try:
        with open("/proc/self/statm", encoding="ascii") as stat:
            pages = int(stat.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, AttributeError):
        import psutil

        return float(psutil.Process().memory_info().rss) / 2**20


def _patch(module: ModuleType) -> None:
    """Measure the window's first show and the moment its first page is built."""
    from PySide6.QtCore import QTimer

    window_class: Any = module.MainWindow
    original_show = window_class.show
    original_ready = window_class._show_built_page

    def show_and_measure(self: Any) -> None:
        original_show(self)
        _figures["seconds"] = _since_start()
        print(f"{MARK} shown", file=sys.stderr, flush=True)
        _figures["rss_mb"] = _rss_mb()

    def ready_and_report(self: Any, row: int) -> None:
        original_ready(self, row)

        def report() -> None:
            _figures["ready_seconds"] = _since_start()
            print(f"{MARK} ready", file=sys.stderr, flush=True)
            _figures["ready_rss_mb"] = _rss_mb()
            _figures["section"] = self.current_section.key
            print(json.dumps(_figures), flush=True)
            self.close()

        QTimer.singleShot(0, report)

    window_class.show = show_and_measure
    window_class._show_built_page = ready_and_report


class _PatchingLoader(importlib.abc.Loader):
    def __init__(self, inner: importlib.abc.Loader) -> None:
        self.inner = inner

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.inner.exec_module(module)
        _patch(module)


class _WindowFinder(importlib.abc.MetaPathFinder):
    """Hand out the main window's module through a loader that patches it once loaded."""

    def find_spec(
        self, fullname: str, path: Any, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != WINDOW_MODULE:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _PatchingLoader(spec.loader)
        return spec


sys.meta_path.insert(0, _WindowFinder())


def _give_up() -> None:
    """Stop a start that never gets its page ready (a failed build waits on a message box)."""
    print(f"{MARK} no page ready in {GIVE_UP_S} s", file=sys.stderr, flush=True)
    os._exit(1)


GIVE_UP_S = 120
_watchdog = threading.Timer(GIVE_UP_S, _give_up)
_watchdog.daemon = True
_watchdog.start()

from pressdesk.app import main  # noqa: E402

# Started as the program is: main() reads its own command line.
sys.argv = ["pressdesk", "--data-dir", sys.argv[1]]
sys.exit(main())
