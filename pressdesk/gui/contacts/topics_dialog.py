"""The topic vocabulary: the dialog that keeps it, a new topic, and the person's topic picker.

Topics are named in Kyrgyz and in Russian and shown in the interface language; a topic named
in one language only shows that name and is marked, since documents in the other language
will lack it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pressdesk.bilingual import Bi, other_language
from pressdesk.gui import dialogs, tones
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.messages import with_reason
from pressdesk.gui.widgets.ask_dialog import AskDialog, ask
from pressdesk.gui.widgets.bilingual import BiLineEdit, first_language, language_name
from pressdesk.services.contacts.topics import (
    TopicRow,
    create_topic,
    delete_topic,
    list_topics,
    merge_topics,
    rename_topic,
)
from pressdesk.services.contacts.values import ContactError, ContactNotFound
from pressdesk.services.contacts.vocabulary import MAX_TOPIC, same_topics, topic_order
from pressdesk.storage.engine import Database

TOPIC_ROLE = Qt.ItemDataRole.UserRole
# Per language, so that each translation is a whole sentence with its own grammar.
_MISSING = {
    "ky": QT_TRANSLATE_NOOP(
        "TopicsDialog", "No Kyrgyz name: documents in Kyrgyz will lack the topic"
    ),
    "ru": QT_TRANSLATE_NOOP(
        "TopicsDialog", "No Russian name: documents in Russian will lack the topic"
    ),
}


def missing_tip(lang: str) -> str:
    """What a topic lacking its name in ``lang`` means, translated."""
    return QCoreApplication.translate("TopicsDialog", _MISSING[lang])


def _both(name: Bi) -> str:
    return " / ".join(v for v in (name.ky, name.ru) if v)


class NewTopicDialog(AskDialog):
    """Name a new topic in Kyrgyz and in Russian."""

    def __init__(self, parent: QWidget | None = None, name: Bi | None = None) -> None:
        super().__init__("newTopicDialog", parent, form=False)
        intro = QLabel(
            self.tr("Name the topic in both languages: documents print it in their language.")
        )
        intro.setWordWrap(True)
        self.name = BiLineEdit(self, max_length=MAX_TOPIC)
        self.name.setObjectName("newTopicName")
        if name is not None:
            self.name.setValue(name)
        assert self.column is not None
        self.column.addWidget(intro)
        self.column.addWidget(self.name)
        self.name.valueChanged.connect(self._changed)
        self._changed()
        self.finish(self.tr("New topic"), self.tr("Add"), 460)

    @Slot()
    def _changed(self) -> None:
        self.ok_button.setEnabled(not self.value().empty)

    def value(self) -> Bi:
        """The names typed."""
        return self.name.value()


class TopicPicker(QWidget):
    """The topics of a person: tick them in the vocabulary, or name a new one in both languages.

    A new topic is kept with the person and added to the vocabulary when the person is saved.
    """

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lang = first_language()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("topicSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a topic in either language"))
        self.search.textChanged.connect(self._filter)
        self.new_button = QPushButton(self.tr("New topic…"), self)
        self.new_button.setObjectName("newTopic")
        self.new_button.clicked.connect(self.add_new)
        row.addWidget(self.search, 1)
        row.addWidget(self.new_button)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setObjectName("personTopics")
        # About six topics in view; the notes below take the height that is left.
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * 8)
        self.list.itemChanged.connect(self._item_changed)
        layout.addWidget(self.list)
        self._rows: list[Bi] = [row.name for row in list_topics(db, self.lang)]

    def _item(self, name: Bi, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(name.text(self.lang))
        item.setData(TOPIC_ROLE, name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        tip = _both(name)
        if not name.ky or not name.ru:
            tip += "\n" + missing_tip("ky" if not name.ky else "ru")
            item.setForeground(QBrush(tones.text("warn")))
        item.setToolTip(tip)
        return item

    def setValue(self, topics: Sequence[Bi]) -> None:
        """Show ``topics`` ticked first, then the rest of the vocabulary."""
        chosen = sorted(topics, key=lambda n: topic_order(n, self.lang))
        others = [n for n in self._rows if not any(same_topics(n, c) for c in chosen)]
        self.list.blockSignals(True)
        self.list.clear()
        for name in chosen:
            self.list.addItem(self._item(name, True))
        for name in others:
            self.list.addItem(self._item(name, False))
        self.list.blockSignals(False)
        self._filter(self.search.text())

    def value(self) -> tuple[Bi, ...]:
        """The ticked topics."""
        found: list[Bi] = []
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                name = item.data(TOPIC_ROLE)
                if isinstance(name, Bi):
                    found.append(name)
        return tuple(found)

    def choose(self, name: Bi) -> None:
        """Tick the topic carrying a name of ``name``, or add ``name`` as a new one."""
        for index in range(self.list.count()):
            item = self.list.item(index)
            known = item.data(TOPIC_ROLE)
            if isinstance(known, Bi) and same_topics(known, name):
                item.setCheckState(Qt.CheckState.Checked)
                self.list.scrollToItem(item)
                return
        item = self._item(name, True)
        self.list.insertItem(0, item)
        self.list.scrollToItem(item)
        self.changed.emit()

    @Slot()
    def add_new(self) -> None:
        """Ask for a new topic's names and tick it."""
        name = ask(NewTopicDialog(self), NewTopicDialog.value)
        if name is not None and not name.empty:
            self.choose(name)

    @Slot(str)
    def _filter(self, text: str) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            name = item.data(TOPIC_ROLE)
            hidden = bool(text.strip()) and isinstance(name, Bi) and not name.matches(text.strip())
            item.setHidden(hidden)

    @Slot(QListWidgetItem)
    def _item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()


_FIRST, _SECOND, _PEOPLE = range(3)


def _heading(lang: str) -> str:
    name = language_name(lang)
    return name[:1].upper() + name[1:]


class TopicsDialog(QDialog):
    """Keep the topic vocabulary: add, rename in both languages, merge and delete topics."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topicsDialog")
        self.db = db
        self.lang = first_language()
        self.dirty = False
        self.setWindowTitle(self.tr("Topics"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Topics are shared by every contact. Name each in Kyrgyz and in Russian: "
                "documents print the name in their language."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("topicsTable")
        # The interface language first, as in the two-language fields.
        self.langs = (self.lang, other_language(self.lang))
        self.table.setHorizontalHeaderLabels(
            [_heading(self.langs[0]), _heading(self.langs[1]), self.tr("People")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_SECOND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_PEOPLE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.name = BiLineEdit(self, max_length=MAX_TOPIC)
        self.name.setObjectName("topicName")
        self.rename_button = QPushButton(self.tr("&Rename"), self)
        self.rename_button.setObjectName("renameTopic")
        self.rename_button.clicked.connect(self.rename_selected)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.rename_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Name:"), name_row)
        self.target = QComboBox(self)
        self.target.setObjectName("mergeTarget")
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setObjectName("mergeTopic")
        self.merge_button.clicked.connect(self.merge_selected)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.target, 1)
        merge_row.addWidget(self.merge_button)
        form.addRow(self.tr("Merge into:"), merge_row)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("addTopic")
        self.add_button.clicked.connect(self.add_topic)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deleteTopic")
        self.delete_button.clicked.connect(self.delete_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.rows: list[TopicRow] = []
        self.reload()
        self.resize(640, 520)

    # --- showing ---------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the vocabulary again and select topic ``select`` (or the first)."""
        self.rows = list_topics(self.db, self.lang)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for row, topic in enumerate(self.rows):
            for column, lang in zip((_FIRST, _SECOND), self.langs, strict=True):
                text = topic.name.get(lang)
                item = QTableWidgetItem(text)
                if not text:
                    item.setText(self.tr("(none)"))
                    item.setForeground(QBrush(tones.text("warn")))
                    item.setToolTip(missing_tip(lang))
                self.table.setItem(row, column, item)
            count = QTableWidgetItem(str(topic.people))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, _PEOPLE, count)
        self.table.blockSignals(False)
        index = next((i for i, t in enumerate(self.rows) if t.id == select), 0)
        if self.rows:
            self.table.selectRow(index)
        self._selected()

    def current(self) -> TopicRow | None:
        """The topic selected in the table."""
        row = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows()
        if not selected or not 0 <= row < len(self.rows):
            return None
        return self.rows[selected[0].row()]

    @Slot()
    def _selected(self) -> None:
        topic = self.current()
        for widget in (self.name, self.rename_button, self.delete_button):
            widget.setEnabled(topic is not None)
        self.name.setValue(topic.name if topic is not None else Bi())
        self.target.clear()
        for other in self.rows:
            if topic is not None and other.id != topic.id:
                self.target.addItem(_both(other.name), other.id)
        mergeable = topic is not None and self.target.count() > 0
        self.target.setEnabled(mergeable)
        self.merge_button.setEnabled(mergeable)

    def _change(self, change: Callable[[], object], failed: str) -> None:
        """Run ``change``; on success show the vocabulary again, the topic it returns selected."""
        try:
            row = change()
        except (ContactError, ContactNotFound) as exc:
            dialogs.warning(self, self.tr("Topics"), with_reason(failed, exc))
            return
        self.dirty = True
        self.reload(row.id if isinstance(row, TopicRow) else None)
        self.changed.emit()

    def _confirm(self, text: str, yes: str) -> bool:
        return dialogs.question(self, self.tr("Topics"), text, yes, self.tr("Cancel"))

    # --- changing --------------------------------------------------------------------------

    @Slot()
    def add_topic(self) -> None:
        """Add a topic named in one or both languages."""
        name = ask(NewTopicDialog(self), NewTopicDialog.value)
        if name is not None and not name.empty:
            self._change(lambda: create_topic(self.db, name), self.tr("The topic is not added."))

    @Slot()
    def rename_selected(self) -> None:
        """Store the names typed for the selected topic."""
        topic = self.current()
        if topic is not None:
            self._change(
                lambda: rename_topic(self.db, topic.id, self.name.value()),
                self.tr("The topic is not renamed."),
            )

    @Slot()
    def merge_selected(self) -> None:
        """Merge the selected topic into the one chosen below it."""
        topic = self.current()
        target = self.target.currentData()
        if topic is None or not isinstance(target, int):
            return
        text = self.tr(
            "Merge «{source}» into «{target}»? The topic moves to %n person(s) "
            "and «{source}» is deleted.",
            "",
            topic.people,
        ).format(source=topic.name.text(self.lang), target=self.target.currentText())
        if self._confirm(text, self.tr("Merge")):
            self._change(
                lambda: merge_topics(self.db, topic.id, target),
                self.tr("The topics are not merged."),
            )

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected topic after asking."""
        topic = self.current()
        if topic is None:
            return
        text = self.tr(
            "Delete the topic «{name}»? It is taken off %n person(s).", "", topic.people
        ).format(name=topic.name.text(self.lang))
        if self._confirm(text, self.tr("Delete")):
            self._change(
                lambda: delete_topic(self.db, topic.id), self.tr("The topic is not deleted.")
            )
