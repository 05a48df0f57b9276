"""Pytest plugin for mutation runs: empty PressDesk's function caches before each session.

mutmut forks every mutant's test run from a process that has already run the tests once, so a
function cached with ``functools.lru_cache`` would answer from results of the unmutated code and
let the mutant survive unseen. Loaded only by ``[tool.mutmut] pytest_add_cli_args``.
"""

from __future__ import annotations

import sys

import pytest


def clear_pressdesk_caches() -> int:
    """Clear every ``lru_cache`` at module level in the imported ``pressdesk`` modules."""
    cleared = 0
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "pressdesk" or name.startswith("pressdesk.")):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and hasattr(value, "__wrapped__"):
                clear()
                cleared += 1
    return cleared


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    """Start each run of the tests with empty caches."""
    clear_pressdesk_caches()
