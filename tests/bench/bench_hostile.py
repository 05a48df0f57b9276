"""Time and peak memory of each importer on the worst files: the biggest it accepts, and files
just past a limit (refused) or made to unpack to far more than they weigh.

Run with ``python3 packaging/bootstrap.py bench -k hostile`` (or ``pytest tests/bench/
bench_hostile.py -m bench -s``). Each import runs in a child process of its own, through the
command line, into an empty database: the peak is that process's maximum resident size, so
memory taken by the XML parser and zlib counts too; "import" is the peak minus the process
before the import (Python, PressDesk and an open database). "time" is the wall clock, "cpu"
the processor time of the child, which a busy machine inflates less.

``PRESSDESK_BENCH_SOURCE=DIR`` runs the children on another checkout (an older PressDesk, for
figures from before); a child is stopped after ``PRESSDESK_BENCH_TIMEOUT`` seconds (default
300) or when it passes 4 GB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support.hostile import corpus
from tests.support.hostile_worst import Worst, worst

COMMAND = {
    "contacts": ("contacts", "import"),
    "inventory": ("inventory", "import"),
    "archive": ("archive", "import"),
    "plan": ("plan", "import"),
}
# Small files of the corpus that unpack to much more than they weigh, or pass a limit.
REFUSED = (
    ("inventory-shared-strings-bomb.xlsx", "inventory", "shared strings past 12 MB"),
    ("contacts-unpacked-bomb.xlsx", "contacts", "a sheet unpacking past 100 MB"),
    ("archive-entity-bomb.xlsx", "archive", "entity expansion in the shared strings"),
    ("contacts-too-many-rows.xlsx", "contacts", "50,001 rows"),
    ("contacts-too-many-cards.vcf", "contacts", "50,001 cards"),
    ("contacts-much-text.vcf", "contacts", "14 MB of notes"),
    ("plan-too-many-events.ics", "plan", "10,001 events"),
)
MEMORY_CAP = 4 * 1024**3

CHILD = textwrap.dedent(
    """
    import json, resource, sys, time

    def high_water_kb():
        # The peak of this program only: ru_maxrss would keep the parent's from before exec.
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
    from pressdesk import cli
    from pressdesk.runtime import Runtime
    data, argv = sys.argv[1], sys.argv[2:]
    Runtime.create(data).open_db().close()
    base = high_water_kb()
    start, used = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    code = cli.main(["--data-dir", data, *argv])
    seconds = time.perf_counter() - start
    now = resource.getrusage(resource.RUSAGE_SELF)
    cpu = now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime
    print(json.dumps({{"code": code, "seconds": seconds, "cpu": cpu, "base_kb": base,
                      "peak_kb": high_water_kb()}}))
    """
).format(cap=MEMORY_CAP)


def measure(path: Path, section: str, data: Path) -> dict[str, object]:
    """Import ``path`` in a child process; return its exit code, time and memory."""
    env = dict(os.environ)
    source = env.get("PRESSDESK_BENCH_SOURCE")
    if source:
        env["PYTHONPATH"] = os.pathsep.join([source, str(Path(__file__).parents[2])])
    timeout = float(env.get("PRESSDESK_BENCH_TIMEOUT", "300"))
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(data), *COMMAND[section], str(path)],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            check=False,
            # Not the checkout: "python -c" puts the working folder first on the import path.
            cwd=data.parent,
        )
    except subprocess.TimeoutExpired:
        return {
            "code": "timeout",
            "seconds": timeout,
            "cpu": 0.0,
            "base_kb": 0,
            "peak_kb": 0,
            "err": "",
        }
    lines = done.stdout.strip().splitlines()
    if not lines or not lines[-1].startswith("{"):
        # Killed (memory cap) or crashed before printing its figures.
        return {
            "code": done.returncode,
            "seconds": 0.0,
            "base_kb": 0,
            "peak_kb": 0,
            "err": done.stderr[-300:],
        }
    figures: dict[str, object] = json.loads(lines[-1])
    figures["err"] = done.stderr.strip().splitlines()[-1][:160] if done.stderr.strip() else ""
    return figures


def _row(label: str, size: int, figures: dict[str, object]) -> str:
    base = int(figures["base_kb"]) // 1024  # type: ignore[call-overload]
    peak = int(figures["peak_kb"]) // 1024  # type: ignore[call-overload]
    seconds = float(figures["seconds"])  # type: ignore[arg-type]
    cpu = float(figures["cpu"])  # type: ignore[arg-type]
    return (
        f"{label:<42} {size / 1024**2:8.1f} MB {figures['code']!s:>7} {seconds:8.2f} s "
        f"{cpu:8.2f} s {peak:6d} MB {peak - base:6d} MB"
    )


@pytest.mark.bench
@pytest.mark.timeout(3600)  # an older checkout may take minutes on the worst files
def test_worst_files(tmp_path):
    folder = tmp_path / "worst"
    made: list[Worst] = worst(folder)
    small = corpus(tmp_path / "corpus", only={name for name, _s, _w in REFUSED})
    assert small
    header = (
        f"{'file':<42} {'size':>11} {'exit':>7} {'time':>10} {'cpu':>10} {'peak':>9} {'import':>9}"
    )
    print(f"\nload average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(header + "\n" + "-" * len(header))
    results = []
    for item in made:
        path = folder / item.name
        figures = measure(path, item.section, tmp_path / f"data-{item.name}")
        results.append((item, figures))
        print(_row(item.name, path.stat().st_size, figures), "accepted" if item.accepted else "")
        if figures.get("err") and figures["code"] != 0:
            print(f"    {figures['err']}")
    for name, section, what in REFUSED:
        path = tmp_path / "corpus" / name
        figures = measure(path, section, tmp_path / f"data-{name}")
        print(_row(name, path.stat().st_size, figures), what)
        if figures.get("err"):
            print(f"    {figures['err']}")
    if not os.environ.get("PRESSDESK_BENCH_SOURCE"):
        for item, figures in results:
            assert figures["code"] == (0 if item.accepted else 1), (item.name, figures)
