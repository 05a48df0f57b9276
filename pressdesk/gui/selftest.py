"""Check that this installation of PressDesk is whole: translations, fonts, every section page.

``pressdesk selftest`` runs it on a demo database in a temporary folder, never on the user's
data, so a support person (or the bundle's build) can tell a broken install from a broken
database.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CheckResult:
    """One line of the report: what was checked and what went wrong (empty when fine)."""

    name: str
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def _catch(name: str, check: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(name, check())
    except Exception as exc:  # a self-test reports every failure, whatever its kind
        return CheckResult(name, f"{type(exc).__name__}: {exc}")


def _translations() -> str:
    from PySide6.QtCore import QTranslator

    from pressdesk.gui.i18n import SUPPORTED
    from pressdesk.paths import resources_dir

    folder = resources_dir() / "i18n"
    missing = []
    for lang in SUPPORTED:
        files = [folder / f"pressdesk_{lang}.qm", *sorted(folder.glob(f"pressdesk-*_{lang}.qm"))]
        if len(files) < 2:
            missing.append(f"{lang}: section catalogues missing in {folder}")
        missing.extend(str(qm) for qm in files if not QTranslator().load(str(qm)))
    return "; ".join(missing)


def _font() -> str:
    from pressdesk.documents.fonts import find_font

    find_font()
    return ""


def _pages(data_dir: Path) -> list[CheckResult]:
    from PySide6.QtWidgets import QApplication

    from pressdesk.gui.sections import SECTIONS, SectionContext
    from pressdesk.gui.widgets.lazy_tab import LazyTab
    from pressdesk.runtime import Runtime
    from pressdesk.services.demo import fill_demo

    runtime = Runtime.create(str(data_dir))
    db = runtime.open_db()

    def demo() -> str:
        fill_demo(db)
        return ""

    results = [_catch("demo data", demo)]
    try:
        for section in SECTIONS:
            if section.factory is None:
                continue
            factory = section.factory

            def build(factory: Callable[[SectionContext], object] = factory) -> str:
                page = factory(SectionContext(runtime, db))
                # Tabs a page builds when first shown are built too: every view is checked.
                for tab in page.findChildren(LazyTab):  # type: ignore[attr-defined]
                    tab.view()
                page.deleteLater()  # type: ignore[attr-defined]
                QApplication.processEvents()
                return ""

            results.append(_catch(f"section page: {section.key}", build))
    finally:
        db.close()
    return results


def run_selftest(report: Callable[[str], None]) -> bool:
    """Run every check, report each line through ``report``; return True if all passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from pressdesk import __version__
    from pressdesk.paths import resources_dir

    app = QApplication.instance() or QApplication(["pressdesk", "-platform", "offscreen"])
    report(f"PressDesk {__version__}; resources in {resources_dir()}")
    results = [_catch("translations", _translations), _catch("document font", _font)]
    with tempfile.TemporaryDirectory(prefix="pressdesk-selftest-") as folder:
        results.extend(_pages(Path(folder)))
    for result in results:
        report(f"ok    {result.name}" if result.ok else f"FAIL  {result.name}: {result.problem}")
    del app
    return all(result.ok for result in results)
