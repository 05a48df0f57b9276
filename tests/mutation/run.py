"""Mutation testing of PressDesk's logic modules with mutmut: one module at a time, a score each.

    python tests/mutation/run.py                      # every module in [tool.mutmut] only_mutate
    python tests/mutation/run.py textfold phones      # the modules whose path contains these
    python tests/mutation/run.py --report             # scores of the last run, nothing is run
    python tests/mutation/run.py --diff phones        # also show what each surviving mutant changed
    python tests/mutation/run.py --retest phones      # run the survivors again (after new tests)

Needs the ``mutation`` extra (``pip install -e '.[mutation]'``); Linux or macOS (mutmut forks).
The configuration (modules, test files, the cache-clearing plugin) is ``[tool.mutmut]`` in
pyproject.toml; mutmut works in ``mutants/`` at the top of the checkout and keeps its findings
there, so a second run only tests again what changed. The run lowers its own priority.

A module that also reads files or drives a library is mutated only in its logic: the functions
named for it in ``LOGIC_ONLY`` below; the rest is reading and writing, tested elsewhere.

A mutant is a small change to the code (``<=`` for ``<``, ``1`` for ``0``, a string emptied…);
it is killed when a test fails. The score is killed / (all − skipped). A survivor is a missing
test, or a change that cannot alter behaviour (an equivalent mutant): look at it with
``mutmut show NAME``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MUTANTS = ROOT / "mutants"
SURVIVORS = Path(__file__).with_name("survivors.md")
KILLED = {1, 3, 36, 24, -24, 152, 255, 37}  # a failing test, a time-out or the type check
SKIPPED = {34}
NO_TESTS = {5, 33}

# The functions of a mixed module that hold its logic (value parsing, checks, choices); the
# file reading, the library calls and the message assembly around them are not mutated.
LOGIC_ONLY: dict[str, tuple[str, ...]] = {
    "pressdesk/exchange/icalendar_read.py": (
        "_in_years",
        "_day",
        "_first",
        "_text",
        "_moment",
        "_moments",
        "_broken",
        "_duration",
        "derived_uid",
        "_unfold",
    ),
    # The act's plan section: which rows it selects and how a repeat rule is told; the
    # assembly of the section's cells and headings is checked by the handover tests.
    "pressdesk/services/handover/plan.py": (
        "plan_window",
        "_rule_parts",
        "_weekdays",
        "rule_text",
        "event_status",
        "_records",
        "plan_section_refs",
    ),
}


@dataclass
class Score:
    """The outcome of one module's mutants."""

    module: str
    killed: list[str] = field(default_factory=list)
    survived: list[str] = field(default_factory=list)
    no_tests: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)  # not checked, suspicious, crashed
    skipped: int = 0

    @property
    def total(self) -> int:
        """Return the number of mutants that count towards the score."""
        return len(self.killed) + len(self.survived) + len(self.no_tests) + len(self.other)

    @property
    def percent(self) -> float:
        """Return the share of counted mutants that the tests killed."""
        return 100.0 * len(self.killed) / self.total if self.total else 0.0


def configured_modules() -> list[str]:
    """Return the source files listed in ``[tool.mutmut] only_mutate``."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        config = tomllib.load(handle)
    return list(config["tool"]["mutmut"]["only_mutate"])


def dotted(path: str) -> str:
    """Return the module name of a source path: pressdesk/textfold.py → pressdesk.textfold."""
    return path.removesuffix(".py").replace("/", ".")


def choose(wanted: list[str], modules: list[str]) -> list[str]:
    """Return the configured modules whose path contains one of ``wanted`` (all if none)."""
    if not wanted:
        return modules
    parts = {w: w.removesuffix(".py").replace(".", "/") for w in wanted}
    chosen = [m for m in modules if any(p in m for p in parts.values())]
    unknown = [w for w, p in parts.items() if not any(p in m for m in modules)]
    if unknown:
        sys.exit(f"not configured in [tool.mutmut] only_mutate: {', '.join(unknown)}")
    return chosen


def mutmut_command() -> list[str]:
    """Return the command that starts mutmut from this interpreter's environment."""
    script = Path(sys.executable).parent / ("mutmut.exe" if os.name == "nt" else "mutmut")
    if not script.exists():
        sys.exit("mutmut is not installed: pip install -e '.[mutation]'")
    return [str(script)]


def patterns(path: str) -> list[str]:
    """Return the mutant names to run for a module: all, or those of its logic functions."""
    functions = LOGIC_ONLY.get(path)
    if functions is None:
        return [f"{dotted(path)}.*"]
    return [f"{dotted(path)}.x_{name}__mutmut_*" for name in functions]


def counted(path: str, name: str) -> bool:
    """Return True if mutant ``name`` of ``path`` is one the module's score counts."""
    functions = LOGIC_ONLY.get(path)
    if functions is None:
        return True
    return any(name.startswith(f"{dotted(path)}.x_{f}__mutmut_") for f in functions)


def run_module(path: str, max_children: int | None) -> int:
    """Mutate one module and run its tests against every mutant; return mutmut's exit code."""
    command = [*mutmut_command(), "run"]
    if max_children:
        command += ["--max-children", str(max_children)]
    command += patterns(path)
    print(f"== {path}", flush=True)
    return subprocess.run(command, cwd=ROOT, check=False).returncode


def score(path: str) -> Score:
    """Read the findings mutmut kept for one module."""
    result = Score(path)
    meta = MUTANTS / f"{path}.meta"
    if not meta.exists():
        return result
    codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    for name, code in sorted(codes.items(), key=lambda item: _natural(item[0])):
        if not counted(path, name):
            continue
        if code in SKIPPED:
            result.skipped += 1
        elif code in KILLED:
            result.killed.append(name)
        elif code == 0:
            result.survived.append(name)
        elif code in NO_TESTS:
            result.no_tests.append(name)
        else:
            result.other.append(name)
    return result


def forget_survivors(path: str) -> int:
    """Mark the surviving and untested mutants of one module as not run; return how many."""
    meta = MUTANTS / f"{path}.meta"
    if not meta.exists():
        return 0
    data = json.loads(meta.read_text(encoding="utf-8"))
    codes: dict[str, int | None] = data["exit_code_by_key"]
    again = [n for n, c in codes.items() if counted(path, n) and (c == 0 or c in NO_TESTS)]
    for name in again:
        codes[name] = None
    meta.write_text(json.dumps(data, indent=4), encoding="utf-8")
    return len(again)


def _natural(name: str) -> tuple[str, int]:
    stem, _, number = name.rpartition("__mutmut_")
    return (stem, int(number) if number.isdigit() else 0)


def report(scores: list[Score], diff: bool) -> None:
    """Print a line per module, then the mutants that were not killed."""
    print(f"(survivors that cannot be killed are explained in {SURVIVORS.relative_to(ROOT)})")
    print()
    print(f"{'module':45} {'mutants':>7} {'killed':>6} {'survived':>8} {'no test':>7} {'score':>7}")
    for s in scores:
        print(
            f"{s.module:45} {s.total:7} {len(s.killed):6} {len(s.survived):8} "
            f"{len(s.no_tests):7} {s.percent:6.1f}%"
        )
    for s in scores:
        left = [("survived", n) for n in s.survived] + [("no tests", n) for n in s.no_tests]
        left += [("not checked", n) for n in s.other]
        if not left:
            continue
        print(f"\n{s.module}: {len(left)} not killed")
        for status, name in left:
            print(f"  {status:11} {name}")
            if diff:
                shown = subprocess.run(
                    [*mutmut_command(), "show", name],
                    cwd=ROOT,
                    check=False,
                    capture_output=True,
                    text=True,
                )
                lines = shown.stdout.splitlines()[1:]  # the first line repeats the name
                print("\n".join(f"      {line}" for line in lines if line.strip()))


def main(argv: list[str]) -> int:
    """Run the chosen modules one after another and print their scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="part of a module path: phones, textfold, …")
    parser.add_argument("--report", action="store_true", help="print the last scores, run nothing")
    parser.add_argument("--diff", action="store_true", help="show the change of each survivor")
    parser.add_argument("--fresh", action="store_true", help="forget earlier findings first")
    parser.add_argument(
        "--retest", action="store_true", help="run the surviving mutants again (new tests)"
    )
    parser.add_argument("--max-children", type=int, help="parallel test runs (default: CPUs)")
    args = parser.parse_args(argv)

    modules = choose(args.modules, configured_modules())
    if not args.report:
        if hasattr(os, "nice"):
            os.nice(10)  # a background job: the machine stays usable meanwhile
        if args.fresh and MUTANTS.exists():
            shutil.rmtree(MUTANTS)
        for path in modules:
            if args.retest:
                print(f"{path}: {forget_survivors(path)} survivors to test again", flush=True)
            code = run_module(path, args.max_children)
            if code != 0:
                print(f"mutmut stopped with exit code {code} on {path}", file=sys.stderr)
                return code
    report([score(path) for path in modules], args.diff)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
