"""Cold start of the built bundle (dist/PressDesk) against the same start from the source tree.

Both are timed the same way, from outside: from launching the program to the log line the
window writes when its first page is on screen. Build the bundle first
(``python packaging/bootstrap.py bundle``); without it the bundle half is skipped.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "PressDesk" / ("PressDesk.exe" if sys.platform == "win32" else "PressDesk")
READY = "Window ready on the"
RUNS = 5


def _time_to_window(command: list[str], data: Path, env: dict[str, str]) -> float:
    log = data / "logs" / "pressdesk.log"
    before = log.read_text(encoding="utf-8").count(READY) if log.exists() else 0
    started = time.perf_counter()
    with subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    ) as process:
        try:
            while time.perf_counter() - started < 60:
                if log.exists() and log.read_text(encoding="utf-8").count(READY) > before:
                    return time.perf_counter() - started
                if process.poll() is not None:
                    raise AssertionError(f"exited early: {process.communicate()[1][-800:]!r}")
                time.sleep(0.01)
            raise AssertionError("the window did not come up within 60 s")
        finally:
            process.kill()


@pytest.mark.bench
def test_bundle_cold_start_against_source(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    subprocess.run(
        [sys.executable, "-m", "pressdesk", "--data-dir", str(data), "demo"],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PRESSDESK_DATA_DIR", None)
    programs = {"source": [sys.executable, "-m", "pressdesk", "--data-dir", str(data)]}
    if BUNDLE.exists():
        programs["bundle"] = [str(BUNDLE), "--data-dir", str(data)]
    figures: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        for name, command in programs.items():
            figures[name].append(_time_to_window(command, data, env))
    lines = [
        f"{name}: median {statistics.median(values):.2f} s "
        f"(min {min(values):.2f}, max {max(values):.2f})"
        for name, values in figures.items()
    ]
    print(f"\ncold start to the first page shown ({RUNS} runs each): " + "; ".join(lines))
    if "bundle" not in programs:
        print("no bundle in dist/: build it with `python packaging/bootstrap.py bundle`")
