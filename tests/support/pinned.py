"""The moment the test suite runs at: every test sees this "now" unless it moves the clock."""

from __future__ import annotations

import datetime as dt

#: A Friday in the last ten-day period of November 2026, inside ISO week 2026-W47.
PINNED_NOW = dt.datetime(2026, 11, 20, 10, 0)
PINNED_TODAY = PINNED_NOW.date()
