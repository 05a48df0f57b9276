"""The Qt binding must not lose references to None (PySide6 6.12.0 did, crashing Python 3.11)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_calls_returning_nothing_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("ЖМК")
    # A few references may come and go with the interpreter's own work; thousands may not.
    assert abs(sys.getrefcount(None) - before) < 50
