"""The staff table model passes Qt's model tester through loads, edits and resets."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester

from pressdesk.gui.models.staff_model import (
    ACTIVE,
    EMAIL,
    NAME,
    POSITION,
    ROW_ROLE,
    SIGNATORY,
    StaffModel,
)
from pressdesk.services.staff import StaffRow

ROWS = [
    StaffRow("Асанов Бакыт", "Министр", "Министр", is_signatory=True, id=1),
    StaffRow("Жумабаева Айгүл", "Басма сөз катчысы", "Пресс-секретарь", email="a@x.kg", id=2),
    StaffRow("Former", position_ru="Водитель", active=False, id=3),
]


@pytest.fixture
def model(qapp):
    """The model with Qt's tester attached for the whole test; any complaint fails it."""
    complaints: list[str] = []

    def collect(mode, context, message):  # type: ignore[no-untyped-def]
        if context.category == "qt.modeltest":
            complaints.append(message)
        elif previous is not None:
            previous(mode, context, message)

    # The tester reports through Qt's log, which is only captured when pytest captures output.
    previous = qInstallMessageHandler(collect)
    try:
        staff = StaffModel("ky")
        QAbstractItemModelTester(
            staff, QAbstractItemModelTester.FailureReportingMode.Warning, staff
        )
        staff.set_rows(ROWS)
        yield staff
    finally:
        qInstallMessageHandler(previous)
    assert complaints == []


def test_model_tester_through_changes(model):
    model.set_rows([])
    model.set_rows(ROWS)
    model.replace_row(StaffRow("Асанов Бакыт Т.", id=1))
    model.replace_row(StaffRow("Nobody", id=99))  # not shown: ignored
    index = model.index(1, ACTIVE)
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.rowCount() == 3
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0


def test_pytest_qt_model_tester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)
    model.set_rows(ROWS[:1])
    model.replace_row(replace(ROWS[0], phone="+996"))


def test_display_and_check_states(model):
    assert model.data(model.index(0, NAME)) == "Асанов Бакыт"
    assert model.data(model.index(1, POSITION)) == "Басма сөз катчысы"
    assert model.data(model.index(1, EMAIL)) == "a@x.kg"
    # A position missing in Kyrgyz falls back to the Russian one.
    assert model.data(model.index(2, POSITION)) == "Водитель"
    checked = Qt.ItemDataRole.CheckStateRole
    assert model.data(model.index(0, SIGNATORY), checked) == Qt.CheckState.Checked
    assert model.data(model.index(1, SIGNATORY), checked) == Qt.CheckState.Unchecked
    assert model.data(model.index(2, ACTIVE), checked) == Qt.CheckState.Unchecked
    assert model.data(model.index(0, SIGNATORY)) is None
    assert model.data(model.index(2, NAME), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, NAME), ROW_ROLE) is ROWS[0]
    assert model.data(QModelIndex()) is None
    assert model.flags(model.index(0, SIGNATORY)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable
    assert model.headerData(NAME, Qt.Orientation.Horizontal) == "Full name"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_russian_ui_shows_russian_positions(qapp):
    staff = StaffModel("ru")
    staff.set_rows(ROWS)
    assert staff.data(staff.index(1, POSITION)) == "Пресс-секретарь"


def test_ticking_reports_old_and_new_rows(model):
    seen = []
    model.row_edited.connect(lambda old, new: seen.append((old, new)))
    index = model.index(1, SIGNATORY)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert seen == [(ROWS[1], model.row_at(1))]
    assert model.row_at(1).is_signatory
    # The same value again, a text column or another role changes nothing.
    assert not model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(model.index(1, NAME), "x", Qt.ItemDataRole.EditRole)
    assert not model.setData(index, "x", Qt.ItemDataRole.EditRole)
    assert len(seen) == 1
