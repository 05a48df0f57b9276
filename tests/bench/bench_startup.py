"""Cold start of the GUI (alone, and paired with LibreOffice Calc), and the import-time budget."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

PROBE = Path(__file__).with_name("startup_probe.py")
RUNS = 7


def _demo_start(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Fill a demo data folder; return it and the environment a probe starts in."""
    data = tmp_path / "demo"
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed PressDesk runs from compiled bytecode: let the first run write it.
    for name in ("PRESSDESK_DATA_DIR", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    subprocess.run(
        [sys.executable, "-m", "pressdesk", "--data-dir", str(data), "demo"],
        check=True,
        capture_output=True,
        env=env,
    )
    return data, env


def _probe(data: Path, env: dict[str, str]) -> dict[str, Any]:
    """Start the window once on ``data``; return the probe's figures."""
    env["PRESSDESK_LAUNCHED_AT"] = repr(time.time())
    result = subprocess.run(
        [sys.executable, str(PROBE), str(data)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


@pytest.mark.bench
def test_cold_start(tmp_path: Path) -> None:
    data, env = _demo_start(tmp_path)
    seconds: list[float] = []
    rss: list[float] = []
    ready: list[float] = []
    ready_rss: list[float] = []
    for _ in range(RUNS):
        figures = _probe(data, env)
        seconds.append(figures["seconds"])
        rss.append(figures["rss_mb"])
        ready.append(figures["ready_seconds"])
        ready_rss.append(figures["ready_rss_mb"])
    print(
        f"\ncold start to main window shown ({RUNS} runs, demo database, "
        f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}): "
        f"median {statistics.median(seconds):.2f} s, min {min(seconds):.2f} s, "
        f"max {max(seconds):.2f} s; RSS after start median {statistics.median(rss):.0f} MB, "
        f"max {max(rss):.0f} MB (targets: 1.5 s, 150 MB); last section's page ready: "
        f"median {statistics.median(ready):.2f} s, RSS {statistics.median(ready_rss):.0f} MB"
    )


@pytest.mark.bench
def test_cold_start_on_each_section(tmp_path: Path) -> None:
    """The window opens on the section used last: cold start to each section's page ready."""
    from pressdesk.gui.sections import SECTIONS
    from pressdesk.runtime import Runtime
    from pressdesk.settings import LAST_SECTION

    data, env = _demo_start(tmp_path)
    settings = Runtime.create(str(data)).settings
    runs = 3
    print(f"\ncold start to the page ready, by the section opened ({runs} runs, demo database)")
    for section in SECTIONS:
        settings.set(LAST_SECTION, section.key)
        ready: list[float] = []
        for _ in range(runs):
            figures = _probe(data, env)
            assert figures["section"] == section.key
            ready.append(figures["ready_seconds"])
        median = statistics.median(ready)
        print(f"  {section.key:<10} median {median:.2f} s, min {min(ready):.2f} s")


def _calc_opens(soffice: str, profile: Path, workbook: Path, out: Path) -> float:
    """Time LibreOffice Calc loading ``workbook`` headless (and writing it out as CSV)."""
    began = time.perf_counter()
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "csv",
            "--outdir",
            str(out),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return time.perf_counter() - began


@pytest.mark.bench
def test_cold_start_against_calc(tmp_path: Path) -> None:
    """Cold start to the contacts page ready, paired run by run with Calc opening the same base
    exported as XLSX (targets: 0.6 s and 0.6× Calc)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    data, env = _demo_start(tmp_path)
    workbook = tmp_path / "base.xlsx"
    export = [sys.executable, "-m", "pressdesk", "--data-dir", str(data), "contacts", "export"]
    subprocess.run([*export, str(workbook)], check=True, capture_output=True, env=env)
    profile, out = tmp_path / "lo-profile", tmp_path / "lo"
    _calc_opens(soffice, profile, workbook, out)  # the profile is made once, as on a desk
    ours: list[float] = []
    calc: list[float] = []
    for _ in range(RUNS):
        ours.append(_probe(data, env)["ready_seconds"])
        calc.append(_calc_opens(soffice, profile, workbook, out))
    mine, theirs = statistics.median(ours), statistics.median(calc)
    print(
        f"\ncold start to the contacts page ready: median {mine:.2f} s (min {min(ours):.2f}); "
        f"Calc opening the base as XLSX: median {theirs:.2f} s; ratio {mine / theirs:.2f} "
        f"({RUNS} paired runs; targets 0.6 s, 0.6×)"
    )


# What may be imported before the window shows, before its first page (the contacts) is ready,
# and by a short command, in milliseconds of `-X importtime` (which runs slower than a plain
# import). Least of five runs on the shared 2-core machine, demo base: 450, 520 and 50 ms; the
# same runs of the start before the imports were trimmed: 650, 810 and 330 ms.
IMPORT_BUDGET_MS = {"window shown": 500, "contacts page ready": 600, "cli --help": 120}
# Never imported by these starts on the demo base: the document writers, file readers, e-mail
# checking and phone parsing (the demo's Kyrgyz numbers are written without phonenumbers).
HEAVY_MODULES = (
    "reportlab",
    "phonenumbers",
    "docx",
    "openpyxl",
    "lxml",
    "icalendar",
    "email_validator",
    "urllib.request",
    "xml.sax",
)


def _import_lines(args: list[str], env: dict[str, str]) -> list[str]:
    """Return the stderr lines of ``python -X importtime ARGS``."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    return result.stderr.splitlines()


def _import_times(lines: list[str], until: str | None = None) -> dict[str, tuple[int, int]]:
    """Return each module's (self, cumulative) import time in microseconds, from the lines
    before the line ``until`` (all lines without it)."""
    times: dict[str, tuple[int, int]] = {}
    for line in lines:
        if until is not None and line.strip() == until:
            break
        if not line.startswith("import time:") or "|" not in line:
            continue
        own, total, name = (part.strip() for part in line[len("import time:") :].split("|"))
        if own.isdigit():
            times[name] = (int(own), int(total))
    return times


@pytest.mark.bench
def test_import_time_budget(tmp_path: Path) -> None:
    """Print where import time goes per module before the window shows, before the contacts
    page is ready and for `pressdesk --help`, and keep each within its budget."""
    data, env = _demo_start(tmp_path)
    mark = "startup-probe:"
    samples: dict[str, list[dict[str, tuple[int, int]]]] = {label: [] for label in IMPORT_BUDGET_MS}
    for _ in range(3):
        env["PRESSDESK_LAUNCHED_AT"] = repr(time.time())
        window = _import_lines([str(PROBE), str(data)], env)
        samples["window shown"].append(_import_times(window, f"{mark} shown"))
        samples["contacts page ready"].append(_import_times(window, f"{mark} ready"))
        short = _import_lines(["-m", "pressdesk", "--help"], env)
        samples["cli --help"].append(_import_times(short))
    over: list[str] = []
    for label, runs in samples.items():
        totals = [sum(own for own, _ in times.values()) / 1000 for times in runs]
        times = runs[totals.index(statistics.median(totals))]
        print(
            f"\n{label}: {len(times)} modules, {statistics.median(totals):.0f} ms of imports "
            f"(budget {IMPORT_BUDGET_MS[label]} ms); the slowest, self / cumulative:"
        )
        for name, (own, total) in sorted(times.items(), key=lambda item: -item[1][0])[:12]:
            print(f"  {own / 1000:7.1f} {total / 1000:8.1f} ms  {name}")
        heavy = [n for n in times if any(n == h or n.startswith(h + ".") for h in HEAVY_MODULES)]
        assert heavy == [], heavy
        if label == "cli --help":
            assert [n for n in times if n.split(".")[0] == "sqlalchemy"] == []
        if statistics.median(totals) > IMPORT_BUDGET_MS[label]:
            over.append(f"{label}: {statistics.median(totals):.0f} ms")
    # Every figure is printed first; the budgets are for a machine not busy with other work.
    assert over == [], over
