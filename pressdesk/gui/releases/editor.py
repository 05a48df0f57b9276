"""The release editor: Kyrgyz and Russian side by side with live counts, quotes, links, files,
embargo, kind with its template, and the plan item and event it belongs to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.messages import error_text
from pressdesk.gui.releases.labels import KINDS, kind_name, status_name
from pressdesk.gui.widgets.bilingual import first_language, language_name
from pressdesk.gui.widgets.dates import (
    date_edit,
    date_text,
    datetime_edit,
    pydate,
    pydatetime,
    qdate,
    qdatetime,
)
from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.messages import UserError
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.contacts.query import list_people
from pressdesk.services.events.records import list_events, plan_item_choices
from pressdesk.services.profile import acting_name
from pressdesk.services.releases.reading import get_release
from pressdesk.services.releases.records import (
    QuoteInput,
    ReleaseInput,
    ReleaseRow,
    add_release,
    text_counts,
    update_release,
)
from pressdesk.services.releases.templates import template
from pressdesk.services.staff import list_staff
from pressdesk.storage.engine import Database
from pressdesk.storage.releases_models import TITLE_LIMIT

translate = QCoreApplication.translate

#: The plan items and events offered for linking: those this many days around the release.
LINK_DAYS = 45
#: The languages side by side, Kyrgyz at the left as in the official documents.
LANGS = ("ky", "ru")


def blank_release() -> ReleaseRow:
    """Return the release Add starts from: a draft press release dated today."""
    return ReleaseRow(
        id=0,
        year=clock.today().year,
        number=0,
        date=clock.today(),
        kind="press_release",
        title=Bi(),
        lead=Bi(),
        body=Bi(),
        status="draft",
        status_at=None,
        version=1,
    )


class SpeakerCombo(QComboBox):
    """Who said a quote: a staff member, a contact, or a name typed in."""

    def __init__(
        self, staff: list[tuple[int, str]], people: list[tuple[int, str]], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        staff_tag = translate("ReleaseEditor", "staff")
        for sid, name in staff:
            self.addItem(f"{name} ({staff_tag})", ("staff", sid))
        for pid, name in people:
            self.addItem(name, ("person", pid))
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                translate("ReleaseEditor", "A staff member, a contact, or a name")
            )
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_quote(self, quote: QuoteInput) -> None:
        """Show the quote's speaker: the linked person when there is one, else the name."""
        key = (
            ("staff", quote.staff_id)
            if quote.staff_id is not None
            else ("person", quote.person_id)
            if quote.person_id is not None
            else None
        )
        found = self.findData(key) if key is not None else -1
        if found >= 0:
            self.setCurrentIndex(found)
        else:
            self.setCurrentIndex(0)
            self.setEditText(quote.speaker)

    def speaker(self) -> tuple[str, int | None, int | None]:
        """Return the typed name, the staff id and the contact id of the speaker."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        data = self.itemData(index) if index >= 0 else None
        if isinstance(data, tuple):
            kind, key = data
            return "", (key if kind == "staff" else None), (key if kind == "person" else None)
        return text, None, None


class QuoteBox(QWidget):
    """One quote: its speaker, the words in Kyrgyz and in Russian side by side, Remove."""

    def __init__(
        self,
        staff: list[tuple[int, str]],
        people: list[tuple[int, str]],
        quote: QuoteInput | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("releaseQuote")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        self.speaker = SpeakerCombo(staff, people, self)
        self.speaker.setObjectName("quoteSpeaker")
        self.remove = QPushButton(translate("ReleaseEditor", "Remove"))
        self.remove.setObjectName("removeQuote")
        layout.addWidget(QLabel(translate("ReleaseEditor", "Speaker:")), 0, 0)
        layout.addWidget(self.speaker, 0, 1)
        layout.addWidget(self.remove, 0, 2)
        self.texts: dict[str, QPlainTextEdit] = {}
        words = QHBoxLayout()
        for lang in LANGS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"quoteText_{lang}")
            edit.setPlaceholderText(language_name(lang))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
            self.texts[lang] = edit
            words.addWidget(edit)
        layout.addLayout(words, 1, 0, 1, 3)
        layout.setColumnStretch(1, 1)
        if quote is not None:
            self.speaker.set_quote(quote)
            for lang in LANGS:
                self.texts[lang].setPlainText(quote.text.get(lang))

    def value(self) -> QuoteInput:
        """Return the quote as the box holds it."""
        name, staff_id, person_id = self.speaker.speaker()
        text = Bi(self.texts["ky"].toPlainText(), self.texts["ru"].toPlainText())
        return QuoteInput(text=text, speaker=name, staff_id=staff_id, person_id=person_id)


class ReleaseEditor(RecordEditor):
    """Write or change one release; ``saved`` is the stored release after a Save."""

    def __init__(self, db: Database, row: ReleaseRow, parent: QWidget | None = None) -> None:
        title = (
            translate("ReleaseEditor", "Press release {number}").format(number=row.label)
            if row.id
            else translate("ReleaseEditor", "New press release")
        )
        super().__init__(title, "releaseEditor", parent)
        self.plain_save = self.save_button.text()
        self.db, self.row = db, row
        self.by_name = acting_name(db)
        self.version_note = QLabel()
        self.version_note.setObjectName("releaseVersionNote")
        self.version_note.setWordWrap(True)
        self.version_note.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #f0a040; padding: 6px; }"
        )
        self._staff = [(s.id, s.full_name) for s in list_staff(db) if s.id is not None]
        self._people = [(p.id, p.full_name) for p in list_people(db, sort="name", limit=1000).rows]
        self._build_head()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("releaseTabs")
        self.tabs.addTab(self._build_texts(), translate("ReleaseEditor", "Text"))
        self.tabs.addTab(self._build_quotes(), translate("ReleaseEditor", "Quotes"))
        self.tabs.addTab(self._build_files(), translate("ReleaseEditor", "Links and files"))
        self.tabs.addTab(self._build_links(), translate("ReleaseEditor", "Contact and plan"))
        self.form.insertRow(0, self.version_note)
        self.show_release(row)
        self.finish(self.tabs, min_width=900)
        self.resize(1180, 660)

    def show_release(self, row: ReleaseRow) -> None:
        """Show ``row`` in the editor and take it as the release read."""
        self.row = row
        frozen = row.status in ("approved", "distributed")
        self.save_button.setText(
            translate("ReleaseEditor", "Save as a new version") if frozen else self.plain_save
        )
        self.version_note.setText(
            translate(
                "ReleaseEditor",
                "This release is {status} as version {version}. Saving a change makes "
                "version {next}, a draft that needs the head's approval again; the "
                "approved text is kept.",
            ).format(
                status=status_name(row.status).lower(), version=row.version, next=row.version + 1
            )
        )
        self.version_note.setVisible(frozen)
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        self.date.setDate(qdate(row.date))
        self.embargo.setDateTime(
            qdatetime(row.embargo_at or dt.datetime.combine(row.date, dt.time(10, 0)))
        )
        self.embargo_check.setChecked(row.embargo_at is not None)
        self.embargo.setEnabled(row.embargo_at is not None)
        for lang in LANGS:
            self.titles[lang].setText(row.title.get(lang))
            self.leads[lang].setPlainText(row.lead.get(lang))
            self.bodies[lang].setPlainText(row.body.get(lang))
        for box in list(self.quote_boxes):
            self.remove_quote(box)
        for quote in row.quotes:
            self.add_quote(quote)
        self.links.setPlainText("\n".join(row.links))
        self.attachments.clear()
        self.attachments.addItems(list(row.attachments))
        self._offer_links(row)
        self._update_counts()

    # --- building -----------------------------------------------------------------------------

    def _build_head(self) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("releaseKind")
        for code in KINDS:
            self.kind.addItem(kind_name(code), code)
        self.template_button = QPushButton(translate("ReleaseEditor", "Fill from the template"))
        self.template_button.setObjectName("releaseTemplate")
        self.template_button.setToolTip(
            translate(
                "ReleaseEditor",
                "Put the starting text of the chosen kind in both languages; "
                "square brackets mark what to fill in",
            )
        )
        self.template_button.clicked.connect(self.fill_template)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.template_button)
        self.add_field("kind", kind_row, translate("ReleaseEditor", "Kind"))
        self.date = date_edit()
        self.date.setObjectName("releaseDate")
        self.embargo_check = QCheckBox(translate("ReleaseEditor", "Embargo until"))
        self.embargo_check.setObjectName("releaseEmbargoCheck")
        self.embargo = datetime_edit()
        self.embargo.setObjectName("releaseEmbargo")
        self.embargo_check.toggled.connect(self.embargo.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addSpacing(16)
        when.addWidget(self.embargo_check)
        when.addWidget(self.embargo)
        when.addStretch(1)
        self.add_field("date", when, translate("ReleaseEditor", "Date"))

    def _build_texts(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.titles: dict[str, QLineEdit] = {}
        self.leads: dict[str, QPlainTextEdit] = {}
        self.bodies: dict[str, QPlainTextEdit] = {}
        self.counts: dict[str, QLabel] = {}
        for column, lang in enumerate(LANGS, start=1):
            name = language_name(lang)
            heading = QLabel(f"<b>{name[:1].upper()}{name[1:]}</b>")
            grid.addWidget(heading, 0, column)
            title = QLineEdit()
            title.setObjectName(f"releaseTitle_{lang}")
            title.setMaxLength(TITLE_LIMIT)
            lead = QPlainTextEdit()
            lead.setObjectName(f"releaseLead_{lang}")
            lead.setTabChangesFocus(True)
            lead.setFixedHeight(lead.fontMetrics().lineSpacing() * 4 + 12)
            body = QPlainTextEdit()
            body.setObjectName(f"releaseBody_{lang}")
            body.setTabChangesFocus(True)
            count = QLabel()
            count.setObjectName(f"releaseCount_{lang}")
            self.titles[lang], self.leads[lang], self.bodies[lang] = title, lead, body
            self.counts[lang] = count
            for place, widget in enumerate((title, lead, body, count), start=1):
                grid.addWidget(widget, place, column)
            title.textChanged.connect(self._update_counts)
            lead.textChanged.connect(self._update_counts)
            body.textChanged.connect(self._update_counts)
        for place, text in enumerate(
            (
                translate("ReleaseEditor", "Title:"),
                translate("ReleaseEditor", "Lead:"),
                translate("ReleaseEditor", "Text:"),
            ),
            start=1,
        ):
            label = QLabel(text)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, place, 0)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.fields["title"] = self.titles[first_language()]
        return page

    def _build_quotes(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.quote_boxes: list[QuoteBox] = []
        self.quote_column = QVBoxLayout()
        self.quote_column.addStretch(1)
        inner = QWidget()
        inner.setLayout(self.quote_column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        add = QPushButton(translate("ReleaseEditor", "Add a quote"))
        add.setObjectName("addQuote")
        add.clicked.connect(lambda: self.add_quote(None))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)
        return page

    def _build_files(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.links = QPlainTextEdit()
        self.links.setObjectName("releaseLinks")
        self.links.setPlaceholderText(
            translate("ReleaseEditor", "One web address a line: https://…")
        )
        self.links.setTabChangesFocus(True)
        form.addRow(translate("ReleaseEditor", "Links:"), self.links)
        self.fields["links"] = self.links
        self.attachments = QListWidget()
        self.attachments.setObjectName("releaseAttachments")
        add = QPushButton(translate("ReleaseEditor", "Add files…"))
        add.setObjectName("addAttachment")
        add.clicked.connect(self.add_attachments)
        remove = QPushButton(translate("ReleaseEditor", "Remove"))
        remove.setObjectName("removeAttachment")
        remove.clicked.connect(self.remove_attachment)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        files = QVBoxLayout()
        files.addWidget(self.attachments)
        files.addLayout(buttons)
        form.addRow(translate("ReleaseEditor", "Photos and files:"), files)
        return page

    def _build_links(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.media_contact = QComboBox()
        self.media_contact.setObjectName("releaseMediaContact")
        self.media_contact.addItem(
            translate("ReleaseEditor", "The press secretary (profile)"), None
        )
        for sid, name in self._staff:
            self.media_contact.addItem(name, sid)
        form.addRow(translate("ReleaseEditor", "Contact for the media:"), self.media_contact)
        self.plan_item = QComboBox()
        self.plan_item.setObjectName("releasePlanItem")
        form.addRow(translate("ReleaseEditor", "Content plan item:"), self.plan_item)
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("releaseEvent")
        form.addRow(translate("ReleaseEditor", "Event:"), self.event_combo)
        return page

    def _offer_links(self, row: ReleaseRow) -> None:
        """Offer the plan items and events around the release's date; choose its own."""
        lang = first_language()
        self.plan_item.clear()
        self.plan_item.addItem(translate("ReleaseEditor", "Not linked"), None)
        for item in plan_item_choices(self.db, row.date, days=LINK_DAYS):
            self.plan_item.addItem(f"{date_text(item.date)} {item.title.text(lang)}", item.id)
        self.event_combo.clear()
        self.event_combo.addItem(translate("ReleaseEditor", "Not linked"), None)
        span = dt.timedelta(days=LINK_DAYS)
        for event in list_events(self.db, start=row.date - span, end=row.date + span):
            title = event.title.text(lang)
            self.event_combo.addItem(f"{date_text(event.starts_at.date())} {title}", event.id)
        for combo, chosen in (
            (self.media_contact, row.media_contact_id),
            (self.plan_item, row.plan_item_id),
            (self.event_combo, row.event_id),
        ):
            combo.setCurrentIndex(max(combo.findData(chosen), 0))

    # --- actions ------------------------------------------------------------------------------

    def add_quote(self, quote: QuoteInput | None) -> QuoteBox:
        """Add a quote box (empty, or showing ``quote``) at the end of the list."""
        box = QuoteBox(self._staff, self._people, quote)
        box.remove.clicked.connect(lambda: self.remove_quote(box))
        self.quote_boxes.append(box)
        self.quote_column.insertWidget(self.quote_column.count() - 1, box)
        return box

    def remove_quote(self, box: QuoteBox) -> None:
        """Take a quote away."""
        self.quote_boxes.remove(box)
        box.deleteLater()

    @Slot()
    def add_attachments(self) -> None:
        """Pick photos or documents to attach."""
        path = dialogs.open_file(
            self,
            translate("ReleaseEditor", "Attach a file"),
            translate(
                "ReleaseEditor",
                "Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx);;All files (*)",
            ),
        )
        if path is not None:
            self.attachments.addItem(str(path))

    @Slot()
    def remove_attachment(self) -> None:
        """Take the selected attachment away."""
        for item in self.attachments.selectedItems():
            self.attachments.takeItem(self.attachments.row(item))

    @Slot()
    def fill_template(self) -> None:
        """Put the chosen kind's template in the texts, asking first if any text is there."""
        written = any(
            w.toPlainText().strip() if isinstance(w, QPlainTextEdit) else w.text().strip()
            for lang in LANGS
            for w in (self.titles[lang], self.leads[lang], self.bodies[lang])
        )
        if written and not dialogs.question(
            self,
            self.windowTitle(),
            translate("ReleaseEditor", "Replace the title, lead and text with the template?"),
            yes=translate("ReleaseEditor", "Replace"),
            no=translate("ReleaseEditor", "Cancel"),
            default_yes=False,
        ):
            return
        start = template(str(self.kind.currentData()))
        for lang in LANGS:
            self.titles[lang].setText(start.title.get(lang))
            self.leads[lang].setPlainText(start.lead.get(lang))
            self.bodies[lang].setPlainText(start.body.get(lang))

    @Slot()
    def _update_counts(self) -> None:
        for lang in LANGS:
            text = "\n".join(
                (
                    self.titles[lang].text(),
                    self.leads[lang].toPlainText(),
                    self.bodies[lang].toPlainText(),
                )
            )
            chars, words = text_counts(text)
            self.counts[lang].setText(
                translate("ReleaseEditor", "Characters: {chars} · words: {words}").format(
                    chars=chars, words=words
                )
            )

    # --- the record ---------------------------------------------------------------------------

    def value(self) -> ReleaseInput:
        """Return the release as the editor holds it."""
        return ReleaseInput(
            title=Bi(self.titles["ky"].text(), self.titles["ru"].text()),
            lead=Bi(self.leads["ky"].toPlainText(), self.leads["ru"].toPlainText()),
            body=Bi(self.bodies["ky"].toPlainText(), self.bodies["ru"].toPlainText()),
            kind=str(self.kind.currentData()),
            date=pydate(self.date.date()),
            quotes=tuple(box.value() for box in self.quote_boxes),
            media_contact_id=self.media_contact.currentData(),
            links=tuple(line.strip() for line in self.links.toPlainText().splitlines()),
            attachments=tuple(
                self.attachments.item(i).text() for i in range(self.attachments.count())
            ),
            embargo_at=pydatetime(self.embargo.dateTime())
            if self.embargo_check.isChecked()
            else None,
            plan_item_id=self.plan_item.currentData(),
            event_id=self.event_combo.currentData(),
        )

    def store(self) -> ReleaseRow:
        """Save through the services; return the stored release."""
        data = self.value()
        if self.row.id:
            update_release(
                self.db,
                self.row.id,
                data,
                by_name=self.by_name,
                seen_version=self.row.row_version,
            )
            return get_release(self.db, self.row.id)
        return get_release(self.db, add_release(self.db, data, by_name=self.by_name))

    def save(self) -> bool:
        """Store the release; on a refusal say why, line by line, and stay open."""
        try:
            self.saved = self.row = self.store()
        except ChangedMeanwhile as exc:
            return self.on_changed_meanwhile(exc)
        except UserError as exc:
            dialogs.warning(self, translate("RecordEditor", "Not saved"), error_text(exc))
            return False
        return True

    # --- a colleague's change meanwhile ---------------------------------------------------------

    def stored_now(self) -> ReleaseRow | None:
        """Return the release as stored now (None for a new one)."""
        return get_release(self.db, self.row.id) if self.row.id else None

    def show_stored(self, stored: ReleaseRow) -> None:
        """Show the stored release."""
        self.show_release(stored)

    def changed_labels(self) -> dict[str, str]:
        """Return the release's fields with the labels of the editor."""
        labels = {
            "kind": translate("ReleaseEditor", "Kind"),
            "date": translate("ReleaseEditor", "Date"),
            "embargo_at": translate("ReleaseEditor", "Embargo until"),
            "title": translate("ReleaseEditor", "Title:"),
            "lead": translate("ReleaseEditor", "Lead:"),
            "body": translate("ReleaseEditor", "Text:"),
            "quotes": translate("ReleaseEditor", "Quotes"),
            "links": translate("ReleaseEditor", "Links:"),
            "attachments": translate("ReleaseEditor", "Photos and files:"),
            "media_contact_id": translate("ReleaseEditor", "Contact for the media:"),
            "plan_item_id": translate("ReleaseEditor", "Content plan item:"),
            "event_id": translate("ReleaseEditor", "Event:"),
        }
        return {field: label.rstrip(":") for field, label in labels.items()}
