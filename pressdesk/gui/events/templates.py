"""The checklist templates editor: per event type, lines with phase, days, texts and responsible."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.gui import dialogs
from pressdesk.gui.events import labels
from pressdesk.gui.events.forms import staff_combo
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets import dates
from pressdesk.gui.widgets.ask_dialog import save_close_buttons
from pressdesk.services.events.records import EventError, EventNotFound, due_date_for
from pressdesk.services.events.templates import (
    DEFAULT_FOLLOW_UP_DAYS,
    TemplateInput,
    TemplateItemInput,
    TemplateRow,
    default_template,
    save_template,
)
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import MAX_OFFSET_DAYS

PHASE, DAYS, TEXT_KY, TEXT_RU, RESPONSIBLE = range(5)


class TemplatesDialog(QDialog):
    """Edit the checklist template of each event type, with a preview of the deadlines."""

    def __init__(self, db: Database, kind: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Checklist templates"))
        self.db = db
        self.template: TemplateRow | None = None
        self.dirty = False
        self.saved_count = 0
        self.resize(1180, 680)

        top = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("templateKind")
        for code, name in labels.kinds():
            self.kind.addItem(name, code)
        if kind:
            self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        top.addRow(self.tr("Event type:"), self.kind)
        names = QHBoxLayout()
        self.name_ky = QLineEdit()
        self.name_ky.setObjectName("templateNameKy")
        self.name_ky.setPlaceholderText(self.tr("Name in Kyrgyz"))
        self.name_ru = QLineEdit()
        self.name_ru.setObjectName("templateNameRu")
        self.name_ru.setPlaceholderText(self.tr("Name in Russian"))
        names.addWidget(self.name_ky)
        names.addWidget(self.name_ru)
        top.addRow(self.tr("Template name:"), names)
        self.follow_up = QSpinBox()
        self.follow_up.setObjectName("templateFollowUp")
        self.follow_up.setRange(0, MAX_OFFSET_DAYS)
        self.follow_up.setSuffix(self.tr(" days"))
        top.addRow(self.tr("Follow-up window after the event:"), self.follow_up)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("templateLines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Phase"),
                self.tr("Days"),
                self.tr("Task in Kyrgyz"),
                self.tr("Task in Russian"),
                self.tr("Responsible"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PHASE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DAYS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT_KY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TEXT_RU, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RESPONSIBLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RESPONSIBLE, 150)
        self.table.itemChanged.connect(self._edited)
        hint = QLabel(
            self.tr(
                "Days count from the first day of the event (negative: before it); lines "
                "“after” count from its last day."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("hint", True)
        line_buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add line"))
        add.setObjectName("templateAddLine")
        add.clicked.connect(lambda: self.add_line(TemplateItemInput("before", -1)))
        remove = QPushButton(self.tr("Remove line"))
        remove.clicked.connect(self.remove_line)
        up = QPushButton(self.tr("Move up"))
        up.clicked.connect(lambda: self.move_line(-1))
        down = QPushButton(self.tr("Move down"))
        down.clicked.connect(lambda: self.move_line(1))
        for button in (add, remove, up, down):
            line_buttons.addWidget(button)
        line_buttons.addStretch(1)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(top)
        editor_layout.addWidget(self.table, 1)
        editor_layout.addWidget(hint)
        editor_layout.addLayout(line_buttons)

        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        sample = QHBoxLayout()
        sample.addWidget(QLabel(self.tr("Deadlines for an event on:")))
        self.sample = QDateEdit(labels.qdate(clock.today() + dt.timedelta(days=14)))
        self.sample.setObjectName("templateSample")
        self.sample.setCalendarPopup(True)
        dates.set_format(self.sample)
        self.sample.dateChanged.connect(self.update_preview)
        sample.addWidget(self.sample)
        sample.addStretch(1)
        preview_layout.addLayout(sample)
        self.preview = QTextBrowser()
        self.preview.setObjectName("templatePreview")
        preview_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(editor)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.save_button = QPushButton(self.tr("Save the template"))
        self.save_button.setObjectName("templateSave")
        buttons = save_close_buttons(
            self,
            self.save_button,
            QDialogButtonBox.ButtonRole.ApplyRole,
            self.tr("Close"),
            self.save,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        for edit in (self.name_ky, self.name_ru):
            edit.textEdited.connect(self._edited)
        self.follow_up.valueChanged.connect(self._edited)
        self.load(str(self.kind.currentData()))

    # --- loading ------------------------------------------------------------------------------

    def load(self, kind: str) -> None:
        """Show the template of ``kind`` (empty when the type has none yet)."""
        self.template = default_template(self.db, kind)
        data = (
            self.template.as_input()
            if self.template is not None
            else TemplateInput(kind, "", "", DEFAULT_FOLLOW_UP_DAYS)
        )
        self.current_kind = kind
        self.table.blockSignals(True)
        self.name_ky.setText(data.name_ky)
        self.name_ru.setText(data.name_ru)
        self.follow_up.blockSignals(True)
        self.follow_up.setValue(data.follow_up_days)
        self.follow_up.blockSignals(False)
        self.table.setRowCount(0)
        for item in data.items:
            self.add_line(item)
        self.table.blockSignals(False)
        self.dirty = False
        self.update_preview()

    def add_line(self, item: TemplateItemInput) -> None:
        """Append a line to the table."""
        row = self.table.rowCount()
        # The preview reads whole lines: no change is reported until this line is complete.
        blocked = self.table.blockSignals(True)
        self.table.insertRow(row)
        phase = QComboBox()
        for code, name in labels.phases():
            phase.addItem(name, code)
        phase.setCurrentIndex(max(phase.findData(item.phase), 0))
        phase.currentIndexChanged.connect(self._edited)
        self.table.setCellWidget(row, PHASE, phase)
        days = QSpinBox()
        days.setRange(-MAX_OFFSET_DAYS, MAX_OFFSET_DAYS)
        days.setValue(item.offset_days)
        days.valueChanged.connect(self._edited)
        self.table.setCellWidget(row, DAYS, days)
        self.table.setItem(row, TEXT_KY, QTableWidgetItem(item.text_ky))
        self.table.setItem(row, TEXT_RU, QTableWidgetItem(item.text_ru))
        responsible = staff_combo(self.db, item.responsible_id)
        responsible.currentIndexChanged.connect(self._edited)
        self.table.setCellWidget(row, RESPONSIBLE, responsible)
        self.table.blockSignals(blocked)
        if not blocked:
            self._edited()

    def _line(self, row: int) -> TemplateItemInput:
        phase = self.table.cellWidget(row, PHASE)
        days = self.table.cellWidget(row, DAYS)
        responsible = self.table.cellWidget(row, RESPONSIBLE)
        assert isinstance(phase, QComboBox) and isinstance(days, QSpinBox)
        assert isinstance(responsible, QComboBox)
        text_ky, text_ru = self.table.item(row, TEXT_KY), self.table.item(row, TEXT_RU)
        return TemplateItemInput(
            phase=str(phase.currentData()),
            offset_days=days.value(),
            text_ky=text_ky.text() if text_ky is not None else "",
            text_ru=text_ru.text() if text_ru is not None else "",
            responsible_id=responsible.currentData(),
        )

    def value(self) -> TemplateInput:
        """Return the template as edited."""
        return TemplateInput(
            kind=self.current_kind,
            name_ky=self.name_ky.text(),
            name_ru=self.name_ru.text(),
            follow_up_days=self.follow_up.value(),
            items=tuple(self._line(row) for row in range(self.table.rowCount())),
        )

    @Slot()
    def remove_line(self) -> None:
        """Remove the selected line."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._edited()

    def move_line(self, step: int) -> None:
        """Move the selected line up or down."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        lines = [self._line(r) for r in range(self.table.rowCount())]
        lines[row], lines[target] = lines[target], lines[row]
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for line in lines:
            self.add_line(line)
        self.table.blockSignals(False)
        self.table.selectRow(target)
        self._edited()

    @Slot()
    def _edited(self) -> None:
        self.dirty = True
        self.update_preview()

    @Slot(int)
    def _kind_changed(self, _index: int) -> None:
        if (
            self.dirty
            and dialogs.question(
                self,
                self.windowTitle(),
                self.tr("Save the changes to this template first?"),
                self.tr("Save"),
                self.tr("Discard"),
                default_yes=True,
            )
            and not self.save()
        ):
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(self.current_kind))
            self.kind.blockSignals(False)
            return
        self.load(str(self.kind.currentData()))

    # --- checking and saving ------------------------------------------------------------------

    def problems(self, data: TemplateInput) -> list[str]:
        """Return what is wrong with ``data`` in the interface language."""
        found: list[str] = []
        if not (data.name_ky.strip() or data.name_ru.strip()):
            found.append(self.tr("The template needs a name in Kyrgyz or Russian."))
        window = data.follow_up_days
        for number, item in enumerate(data.items, start=1):
            line = self.tr("Line {number}").format(number=number)
            days = item.offset_days
            if not (item.text_ky.strip() or item.text_ru.strip()):
                found.append(
                    self.tr("{line}: the line needs a text in Kyrgyz or Russian.").format(line=line)
                )
            if item.phase == "before" and days > 0:
                found.append(
                    self.tr(
                        "{line}: a line before the event cannot be due after it starts; use 0 "
                        "or a negative number of days, or move the line to “during” or “after”."
                    ).format(line=line)
                )
            elif item.phase != "before" and days < 0:
                found.append(
                    self.tr(
                        "{line}: a line during or after the event cannot be due before it; use "
                        "0 or a positive number of days, or move the line to “before”."
                    ).format(line=line)
                )
            elif item.phase != "before" and days > window:
                found.append(
                    self.tr(
                        "{line}: due {days} days after the event, beyond the follow-up window "
                        "of {window} days; shorten the deadline or widen the window."
                    ).format(line=line, days=days, window=window)
                )
        return found

    def save(self) -> bool:
        """Save the template; say what is wrong if it cannot be saved."""
        data = self.value()
        found = self.problems(data)
        if found:
            dialogs.warning(self, self.tr("Template not saved"), "\n".join(found))
            return False
        try:
            self.template = save_template(
                self.db, data, self.template.id if self.template is not None else None
            )
        except (EventError, EventNotFound) as exc:
            dialogs.warning(self, self.tr("Template not saved"), error_text(exc))
            return False
        self.dirty = False
        self.saved_count += 1
        dialogs.info(
            self,
            self.windowTitle(),
            self.tr(
                "The template is saved. New events of this type get its lines; "
                "existing events keep their checklists."
            ),
        )
        return True

    @Slot()
    def update_preview(self) -> None:
        """Show the deadlines the lines would get for an event on the sample day."""
        if not hasattr(self, "preview"):
            return
        day = labels.pydate(self.sample.date())
        start = dt.datetime.combine(day, dt.time(10, 0))
        lang = labels.text_language()
        parts = [f"<h3>{labels.date_text(day, weekday=True)}</h3>"]
        lines = sorted(
            (
                (due_date_for(item.phase, item.offset_days, start, start), item)
                for row in range(self.table.rowCount())
                if (item := self._line(row))
            ),
            key=lambda pair: pair[0],
        )
        for phase, name in labels.phases():
            mine = [(due, item) for due, item in lines if item.phase == phase]
            if not mine:
                continue
            parts.append(f"<p><b>{name}</b></p><ul>")
            for due, item in mine:
                text = (
                    (item.text_ky if lang == "ky" else item.text_ru) or item.text_ky or item.text_ru
                )
                parts.append(f"<li>{labels.date_text(due, weekday=True)} — {_escape(text)}</li>")
            parts.append("</ul>")
        if not lines:
            parts.append(f"<p>{self.tr('The template has no lines yet.')}</p>")
        self.preview.setHtml("".join(parts))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
