"""Starting the CLI or the window does not load the document writers or the file readers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Loaded only by the job that needs them: PDF, DOCX, XLSX and iCalendar files.
HEAVY = ("reportlab", "docx", "openpyxl", "lxml", "icalendar")

_CLI = """
import json, sys
from pressdesk import cli
try:
    code = cli.main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

_WINDOW = """
import json, sys
from pressdesk.gui.application import create_application
from pressdesk.gui.main_window import MainWindow
from pressdesk.runtime import Runtime

app = create_application(["pressdesk"])
runtime = Runtime.create(sys.argv[1])
db = runtime.open_db()
window = MainWindow(runtime, db)
window.show()
window.show_section("contacts")
app.processEvents()
shown = type(window.stack.currentWidget()).__name__
window.close()
print(json.dumps({"page": shown, "modules": sorted(sys.modules)}))
"""


def _run(code: str, *args: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=root,
    )
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def _heavy(modules: object) -> list[str]:
    assert isinstance(modules, list) and "pressdesk" in modules
    return [name for name in modules if name.split(".")[0] in HEAVY]


@pytest.mark.parametrize("argv", [["--help"], ["check"]])
def test_cli_start_loads_no_document_stack(data_dir, argv):
    if argv == ["check"]:
        _run(_CLI, "--data-dir", str(data_dir), "staff", "list")  # creates the database
    result = _run(_CLI, "--data-dir", str(data_dir), *argv)
    assert result["code"] == 0
    assert _heavy(result["modules"]) == []


def test_main_window_on_contacts_loads_no_document_stack(data_dir):
    _run(_CLI, "--data-dir", str(data_dir), "demo")
    result = _run(_WINDOW, str(data_dir))
    assert result["page"] == "ContactsSectionPage"
    assert _heavy(result["modules"]) == []
