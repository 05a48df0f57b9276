"""Starting the CLI or the window loads neither the document writers nor the file readers,
and a printed document loads only what it prints.

Each start runs in a fresh interpreter and reports ``sys.modules``; what a module may not
load is named below, as a package (``reportlab``) or a module and its submodules
(``urllib.request``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from pressdesk import clock
from tests.support.pinned import PINNED_NOW

# Loaded only by the job that needs them: PDF, DOCX, XLSX and iCalendar files, checking typed
# e-mail addresses, and the web (xml.sax.saxutils imports urllib.request and the e-mail package).
HEAVY = (
    "reportlab",
    "docx",
    "openpyxl",
    "lxml",
    "icalendar",
    "email_validator",
    "urllib.request",
    "xml.sax",
    "http.client",
)
# A short command (help, version) opens no database, and parses no phone number.
CLI_HEAVY = (
    *HEAVY,
    "sqlalchemy",
    "phonenumbers",
    "pressdesk.storage.engine",
    "pressdesk.storage.models",
    "pressdesk.documents.model",
)
# The contacts page reads nothing of the other sections, and writes stored Kyrgyz phone numbers
# without phonenumbers.
WINDOW_HEAVY = (
    *HEAVY,
    "phonenumbers",
    "pressdesk.services.events",
    "pressdesk.services.plan",
    "pressdesk.storage.events_models",
    "pressdesk.storage.plan_models",
    "pressdesk.storage.assets_models",
)
# The week's plan as PDF: reportlab, the plan and the events of the week; not the contacts,
# the inventory, a calendar file or a word-processor file.
PLAN_PDF_HEAVY = (
    "docx",
    "openpyxl",
    "lxml",
    "icalendar",
    "email_validator",
    "phonenumbers",
    "urllib.request",
    "xml.sax",
    "pressdesk.storage.contacts_models",
    "pressdesk.storage.assets_models",
)

_CLI = """
import json, sys
from pressdesk import cli
try:
    code = cli.main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

# As run_gui starts the window: the database layer first, the welcome check, the window shown,
# then its first page built.
_WINDOW = """
import json, sys
from pressdesk.app import preload_database_layer
preload_database_layer()
from pressdesk.gui.application import create_application
from pressdesk.gui.main_window import MainWindow
from pressdesk.runtime import Runtime

app = create_application(["pressdesk"])
runtime = Runtime.create(sys.argv[1])
db = runtime.open_db()
window = MainWindow(runtime, db, defer_first_page=True)
welcomed = window.offer_welcome()
window.show()
before_page = sorted(sys.modules)
app.processEvents()
window.show_section("contacts")
app.processEvents()
shown = type(window.stack.currentWidget()).__name__
window.close()
print(json.dumps({"page": shown, "welcomed": welcomed, "before_page": before_page,
                  "modules": sorted(sys.modules)}))
"""


def _run(code: str, *args: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", clock.ENV_VAR: PINNED_NOW.isoformat()}
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


def loaded(modules: object, names: Iterable[str]) -> list[str]:
    """Return the modules of ``modules`` that are one of ``names`` or inside one of them."""
    assert isinstance(modules, list) and "pressdesk" in modules
    wanted = tuple(names)
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in wanted)]


def test_loaded_matches_packages_and_submodules_only():
    modules = ["pressdesk", "xml", "xml.sax", "xml.sax.saxutils", "xml.dom", "docxcompose"]
    assert loaded(modules, ["xml.sax", "docx"]) == ["xml.sax", "xml.sax.saxutils"]


@pytest.mark.parametrize("argv", [["--help"], ["--version"]])
def test_short_commands_load_no_database_and_no_document_stack(argv):
    result = _run(_CLI, *argv)
    assert result["code"] == 0
    assert loaded(result["modules"], CLI_HEAVY) == []


def test_check_loads_no_document_stack(data_dir):
    _run(_CLI, "--data-dir", str(data_dir), "staff", "list")  # creates the database
    result = _run(_CLI, "--data-dir", str(data_dir), "check")
    assert result["code"] == 0
    assert loaded(result["modules"], HEAVY) == []


def test_main_window_on_contacts_loads_only_the_contacts(data_dir):
    _run(_CLI, "--data-dir", str(data_dir), "demo")
    result = _run(_WINDOW, str(data_dir))
    assert result["page"] == "ContactsSectionPage"
    assert result["welcomed"] is False
    assert loaded(result["modules"], WINDOW_HEAVY) == []
    # The window is painted before the contacts page's services load.
    assert loaded(result["before_page"], ["pressdesk.services.contacts"]) == []
    assert loaded(result["modules"], ["pressdesk.services.contacts.query"]) != []
    # The database layer is needed, and was loaded (before Qt, by the same call as run_gui's).
    assert loaded(result["modules"], ["sqlalchemy.orm"]) != []


def test_week_plan_pdf_loads_only_what_it_prints(data_dir, tmp_path):
    _run(_CLI, "--data-dir", str(data_dir), "demo")
    week = clock.today().strftime("%G-W%V")
    target = tmp_path / "week.pdf"
    result = _run(_CLI, "--data-dir", str(data_dir), "plan", "export", "--week", week, str(target))
    assert result["code"] == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert loaded(result["modules"], ["reportlab", "pressdesk.storage.events_models"]) != []
    assert loaded(result["modules"], PLAN_PDF_HEAVY) == []


# A register or an event card printed as PDF reads the database only: it loads neither the
# password stores nor the guesser of an old file's code page, nor a word-processor file.
PRINT_HEAVY = ("keyring", "charset_normalizer", "docx", "openpyxl", "icalendar")


PRINTED: list[tuple[list[str], tuple[str, ...]]] = [
    (["events", "export", "1"], (*PRINT_HEAVY, "pressdesk.exchange.tabular")),
    (["events", "advisory", "1"], PRINT_HEAVY),
    (["inventory", "export"], PRINT_HEAVY),
    (["accounts", "export"], PRINT_HEAVY),
]


def test_a_printed_register_or_event_document_loads_only_what_it_prints(data_dir, tmp_path):
    _run(_CLI, "--data-dir", str(data_dir), "demo")
    for command, heavy in PRINTED:
        target = tmp_path / f"{command[0]}-{command[1]}.pdf"
        result = _run(_CLI, "--data-dir", str(data_dir), *command, str(target))
        assert result["code"] == 0
        assert target.read_bytes().startswith(b"%PDF")
        assert loaded(result["modules"], ["reportlab"]) != [], command
        assert loaded(result["modules"], heavy) == [], command
