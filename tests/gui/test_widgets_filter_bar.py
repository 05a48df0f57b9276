"""The shared filter bar: it wraps instead of clipping, emits once per change, clears."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from pressdesk.gui.widgets.filter_bar import FilterBar

LONG = "Байланышпоо: баары, анын ичинде убактылуу байланышпай тургандар"


def _bar(qtbot: QtBot) -> tuple[QWidget, FilterBar, QComboBox, QComboBox, QCheckBox]:
    host = QWidget()
    layout = QVBoxLayout(host)
    bar = FilterBar("testBar", "testSearch", "Издөө")
    layout.addWidget(bar)
    layout.addStretch(1)
    qtbot.addWidget(host)
    kind = bar.add_combo("kind", "Түрү: баары", [("a", "Редактор"), ("b", "Журналист")])
    contact = bar.add_combo("contact", LONG, [(True, "Байланышпоо гана")])
    stale = QCheckBox("Көптөн бери текшерилген эмес")
    bar.add(stale)
    bar.add_button(QPushButton("Чыпкаларды тазалоо"))
    bar.show_count("Табылган адамдар: 100000")
    return host, bar, kind, contact, stale


def _fully_shown(bar: FilterBar) -> bool:
    inside = bar.rect()
    for index in range(bar.flow.count()):
        item = bar.flow.itemAt(index)
        widget = item.widget() if item is not None else None
        assert widget is not None
        geometry = widget.geometry()
        if not inside.contains(geometry) or geometry.width() < widget.sizeHint().width():
            return False
    return True


def test_a_narrow_window_wraps_and_clips_nothing(qtbot):  # type: ignore[no-untyped-def]
    host, bar, *_ = _bar(qtbot)
    host.resize(1366, 300)
    host.show()
    qtbot.waitExposed(host)
    wide_lines = len(bar.flow.lines(bar.width()))
    assert _fully_shown(bar)
    host.resize(700, 300)
    qtbot.waitUntil(lambda: bar.width() < 700)
    assert len(bar.flow.lines(bar.width())) > wide_lines
    qtbot.waitUntil(lambda: _fully_shown(bar))
    assert bar.count_label.text() == "Табылган адамдар: 100000"
    assert bar.height() >= bar.flow.heightForWidth(bar.width())


def test_each_choice_emits_once_and_clear_resets_everything(qtbot):  # type: ignore[no-untyped-def]
    _host, bar, kind, contact, stale = _bar(qtbot)
    with qtbot.waitSignals([bar.changed], timeout=1000):
        kind.setCurrentIndex(2)
    assert kind.toolTip() == "Журналист"
    with qtbot.waitSignal(bar.changed, timeout=1000):
        stale.setChecked(True)
    contact.setCurrentIndex(1)
    bar.search.setText("ң")
    emitted: list[None] = []
    bar.changed.connect(lambda: emitted.append(None))
    bar.clear()
    assert len(emitted) == 1
    assert (kind.currentIndex(), contact.currentIndex(), stale.isChecked()) == (0, 0, False)
    assert bar.search.text() == ""


def test_typing_emits_after_a_pause(qtbot):  # type: ignore[no-untyped-def]
    _host, bar, *_ = _bar(qtbot)
    emitted: list[None] = []
    bar.changed.connect(lambda: emitted.append(None))
    for text in ("А", "Ай", "Айг"):
        bar.search.setText(text)
    assert emitted == []
    qtbot.waitUntil(lambda: len(emitted) == 1, timeout=2000)
