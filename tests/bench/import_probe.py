"""Import one contacts file into a fresh database and print what it cost, as one JSON line.

Run by bench_contacts.py in a fresh process, so the peak RSS is the import's own:
``python import_probe.py FILE DATA_DIR [--profile OUT.prof] [--lift-limits] [--stages]``.
The figures are wall time, user and system CPU time (getrusage: the bench machine is shared,
so CPU time is the steadier one), RSS before the import and the peak of the process.
``--lift-limits`` raises the size and row limits of a contact table (12 MB, 50,000 rows), to
see how the import scales past them. ``--stages`` adds the CPU time of each stage (reading the
rows, checking them, planning, writing and its parts), measured by wrapping the stage functions
(CPU time of the importing thread).
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import dataclasses
import json
import resource
import time
from collections.abc import Callable, Iterator
from typing import Any

import psutil

from pressdesk.exchange import contacts_io
from pressdesk.runtime import Runtime
from pressdesk.services.contacts import exchange, import_plan
from pressdesk.services.contacts.exchange import import_contacts
from pressdesk.services.demo import fill_demo
from pressdesk.storage import contacts_search


def _peak_mb() -> float:
    """Return the peak resident size of this program since it started, in MB.

    On Linux ru_maxrss keeps the parent's peak from before exec, so a probe started by a large
    pytest process would report the parent's; the kernel's high-water mark (VmHWM) is this
    program's own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(owner: Any, name: str, label: str, spent: collections.defaultdict[str, float]) -> None:
    """Replace ``owner.name`` by a wrapper adding its CPU time to ``spent[label]``."""
    inner: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] += time.thread_time() - start

    setattr(owner, name, wrapper)


def _timed_iteration(spent: collections.defaultdict[str, float]) -> None:
    """Count the time spent reading rows: the batches the import draws from the file."""
    inner = exchange._batches

    def batches(items: Any, size: int) -> Iterator[Any]:
        found = inner(items, size)
        while True:
            start = time.thread_time()
            batch = next(found, None)
            spent["read rows"] += time.thread_time() - start
            if batch is None:
                return
            yield batch

    exchange._batches = batches


def _watch_stages() -> collections.defaultdict[str, float]:
    spent: collections.defaultdict[str, float] = collections.defaultdict(float)
    _timed_iteration(spent)
    _timed(exchange, "check_candidate", "check rows", spent)
    _timed(exchange, "check_person", "check rows: stored values", spent)
    _timed(import_plan.Plan, "run", "plan", spent)
    _timed(import_plan, "check_person", "plan: check people", spent)
    _timed(exchange, "_write", "write", spent)
    _timed(exchange, "_own_search", "check rows: own search text", spent)
    _timed(exchange, "shared_search_text", "write: search text", spent)
    _timed(exchange, "insert_person_values", "write: people", spent)
    _timed(contacts_search.BatchIndex, "add", "write: full-text index", spent)
    _timed(exchange, "insert_plain_rows", "write: phones, e-mails, topics", spent)
    return spent


def main() -> None:
    """Import the file given on the command line and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("data_dir")
    parser.add_argument("--profile", default="")
    parser.add_argument("--lift-limits", action="store_true")
    parser.add_argument("--stages", action="store_true")
    args = parser.parse_args()
    spent = _watch_stages() if args.stages else None
    if args.lift_limits:
        table = contacts_io.CONTACT_TABLE
        contacts_io.CONTACT_TABLE = dataclasses.replace(
            table,
            file_bytes=dataclasses.replace(table.file_bytes, value=10 * table.file_bytes.value),
            rows=dataclasses.replace(table.rows, value=10 * table.rows.value),
        )
    db = Runtime.create(args.data_dir).open_db()
    fill_demo(db)
    before = psutil.Process().memory_info().rss / 2**20
    usage = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.perf_counter()
    profiler = cProfile.Profile() if args.profile else None
    if profiler is not None:
        profiler.enable()
    report = import_contacts(db, args.file)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_SELF)
    db.close()
    print(
        json.dumps(
            {
                "created": report.created,
                "rejected": len(report.rejected),
                "wall": wall,
                "user": after.ru_utime - usage.ru_utime,
                "system": after.ru_stime - usage.ru_stime,
                "rss_before_mb": before,
                "peak_mb": _peak_mb(),
                "stages": dict(spent or {}),
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
