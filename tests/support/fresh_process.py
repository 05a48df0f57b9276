"""Run a few lines of Python in a fresh interpreter, as a program's own start would be."""

from __future__ import annotations

import subprocess
import sys


def last_line(script: str, *args: str) -> str:
    """Run ``script`` with ``args`` as its command line; return the last line it printed."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]
