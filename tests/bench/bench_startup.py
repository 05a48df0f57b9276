"""Cold start of the GUI to the main window shown, with the demo database, and RSS then."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("startup_probe.py")
RUNS = 7


@pytest.mark.bench
def test_cold_start(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    subprocess.run(
        [sys.executable, "-m", "pressdesk", "--data-dir", str(data), "demo"],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PRESSDESK_DATA_DIR", None)
    seconds: list[float] = []
    rss: list[float] = []
    ready: list[float] = []
    ready_rss: list[float] = []
    for _ in range(RUNS):
        env["PRESSDESK_LAUNCHED_AT"] = repr(time.time())
        result = subprocess.run(
            [sys.executable, str(PROBE), str(data)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        figures = json.loads(result.stdout.strip().splitlines()[-1])
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
