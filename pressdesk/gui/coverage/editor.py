"""The monitoring record editor and the quick-add row above the list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.gui import dialogs
from pressdesk.gui.coverage.labels import (
    KIND_NAMES,
    LANGUAGE_NAMES,
    PLATFORM_NAMES,
    TONE_NAMES,
    kind_name,
    language_name,
    platform_name,
    tone_name,
)
from pressdesk.gui.coverage.linkfill import LinkFiller
from pressdesk.gui.inventory.common import code_combo
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.dates import date_text, qdate
from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.messages import UserError
from pressdesk.services.concurrency import ChangedMeanwhile
from pressdesk.services.contacts.query import list_people
from pressdesk.services.contacts.records import save_outlet
from pressdesk.services.contacts.values import ContactError, OutletRecord, PersonFilter
from pressdesk.services.coverage.links import LinkDetails
from pressdesk.services.coverage.records import (
    CoverageInput,
    RecordRow,
    add_record,
    get_record,
    known_outlet,
    outlet_id_of,
    outlet_names,
    person_name,
    release_choices,
    update_record,
)
from pressdesk.services.events.records import list_events, plan_item_choices
from pressdesk.services.plan.campaigns import list_campaigns
from pressdesk.storage.engine import Database

translate = QCoreApplication.translate

#: The events offered for linking: those this many days around the publication.
EVENT_DAYS = 45


def outlet_completer(
    db: Database, parent: QWidget, names: Sequence[str] | None = None
) -> QCompleter:
    """Return a completer of the contact base's outlet names (``names`` if they were read
    already), matching anywhere, any case."""
    completer = QCompleter(list(outlet_names(db) if names is None else names), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


def offer_outlet(parent: QWidget, db: Database, name: str) -> bool:
    """Offer to add an outlet missing from the contact base; False if the user cancelled."""
    name = " ".join(name.split())
    if not name or known_outlet(db, name):
        return True
    answer = dialogs.choice(
        parent,
        translate("CoverageOutlet", "Outlet not in the contact base"),
        translate(
            "CoverageOutlet",
            "«{name}» is not in the contact base. Add it as an outlet, so that reports "
            "count its kind and ownership?",
        ).format(name=name),
        [
            ("add", translate("CoverageOutlet", "Add to the base")),
            ("keep", translate("CoverageOutlet", "Keep the name only")),
            ("cancel", translate("CoverageOutlet", "Cancel")),
        ],
        default="add",
        escape="cancel",
    )
    if answer == "cancel":
        return False
    if answer == "add":
        try:
            save_outlet(db, OutletRecord(name=name))
        except ContactError as exc:  # taken: a colleague added it meanwhile, so it is there
            if exc.code != "contacts.outlet_taken":
                heading = translate("CoverageOutlet", "Add to the base")
                dialogs.warning(parent, heading, error_text(exc))
                return False
    return True


class CoverageEditor(RecordEditor):
    """Edit one publication; Save stores it through the services or explains why not."""

    saved: RecordRow | None

    def __init__(self, db: Database, row: RecordRow, parent: QWidget | None = None) -> None:
        new = row.id == 0
        super().__init__(
            self.tr("New publication") if new else self.tr("Publication"),
            "coverageEditor",
            parent,
        )
        self.db = db
        self.row = row
        self.moment = QDateTimeEdit()
        self.moment.setObjectName("coverageMoment")
        self.moment.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.moment.setCalendarPopup(True)
        self.outlet = QLineEdit()
        self.outlet.setObjectName("coverageOutlet")
        self.outlet.setCompleter(outlet_completer(db, self))
        self.author = QComboBox()
        self.author.setObjectName("coverageAuthor")
        self.outlet.editingFinished.connect(self.fill_authors)
        self.title = QLineEdit()
        self.title.setObjectName("coverageTitle")
        self.url = QLineEdit()
        self.url.setObjectName("coverageUrl")
        self.url.setPlaceholderText("https://")
        self.kind = code_combo(KIND_NAMES, kind_name)
        self.platform = code_combo(PLATFORM_NAMES, platform_name)
        self.tone = code_combo(TONE_NAMES, tone_name)
        self.tone.setObjectName("coverageTone")
        self.mentions = QSpinBox()
        self.mentions.setRange(0, 10_000)
        self.quoted = QCheckBox(self.tr("The head is quoted"))
        self.language = code_combo(LANGUAGE_NAMES, language_name)
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("coverageEvent")
        self.plan_item = QComboBox()
        self.plan_item.setObjectName("coveragePlanItem")
        self.release = QComboBox()
        self.release.setObjectName("coverageRelease")
        self.campaign = QComboBox()
        self.campaign.setObjectName("coverageCampaign")
        self.campaign.addItem(self.tr("No campaign"), None)
        for campaign in list_campaigns(db):
            self.campaign.addItem(campaign.name.text(first_language()), campaign.id)
        for combo in (self.event_combo, self.plan_item, self.release, self.campaign):
            combo.setMinimumContentsLength(30)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.reach = QSpinBox()
        self.reach.setRange(0, 1_000_000_000)
        self.reach.setSpecialValueText(self.tr("not known"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 3 + 12)
        self.notes = QLineEdit()
        widgets: dict[str, QWidget] = {
            "published_at": self.moment,
            "outlet": self.outlet,
            "author_id": self.author,
            "title": self.title,
            "url": self.url,
            "kind": self.kind,
            "platform": self.platform,
            "tone": self.tone,
            "mentions": self.mentions,
            "head_quoted": self.quoted,
            "language": self.language,
            "event_id": self.event_combo,
            "plan_item_id": self.plan_item,
            "release_id": self.release,
            "campaign_id": self.campaign,
            "reach": self.reach,
            "summary": self.summary,
            "notes": self.notes,
        }
        for name, label in self.form_labels().items():
            self.add_field(name, widgets[name], label)
        self.show_record(row)
        # What reading a pasted link gave, under the form.
        self.link_status = QLabel()
        self.link_status.setObjectName("coverageLinkStatus")
        self.link_status.setWordWrap(True)
        self.link_status.hide()
        self.finish(self.link_status, min_width=640)
        self.url.setToolTip(self.tr("Paste a link: the empty fields are filled from its page."))
        self.filler = LinkFiller(db, self.url, self)
        self.filler.busy_changed.connect(self._reading)
        self.filler.filled.connect(self._fill)
        self.filler.failed.connect(self._show)

    def form_labels(self) -> dict[str, str]:
        """Return the fields of the form with their labels, in the order shown."""
        return {
            "published_at": self.tr("Date and time"),
            "outlet": self.tr("Outlet"),
            "author_id": self.tr("Author"),
            "title": self.tr("Title"),
            "url": self.tr("Link"),
            "kind": self.tr("Material kind"),
            "platform": self.tr("Platform"),
            "tone": self.tr("Tone"),
            "mentions": self.tr("Mentions of the body"),
            "head_quoted": self.tr("The head"),
            "language": self.tr("Language"),
            "event_id": self.tr("Event"),
            "plan_item_id": self.tr("Plan item"),
            "release_id": self.tr("Press release"),
            "campaign_id": self.tr("Campaign"),
            "reach": self.tr("Reach"),
            "summary": self.tr("Summary"),
            "notes": self.tr("Notes"),
        }

    def show_record(self, row: RecordRow) -> None:
        """Show ``row`` in the form and take it as the publication read."""
        self.row = row
        moment = row.published_at
        self.moment.setDateTime(QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute)))
        self.initial_moment = self.moment.dateTime()
        self.outlet.setText(row.outlet)
        self.author.clear()
        self.fill_authors()
        self.title.setText(row.title)
        self.url.setText(row.url)
        for combo, code in (
            (self.kind, row.kind),
            (self.platform, row.platform),
            (self.tone, row.tone),
            (self.language, row.language),
        ):
            combo.setCurrentIndex(max(combo.findData(code), 0))
        self.mentions.setValue(row.mentions)
        self.quoted.setChecked(row.head_quoted)
        self._offer_links(row)
        self.campaign.setCurrentIndex(max(self.campaign.findData(row.campaign_id), 0))
        self.reach.setValue(row.reach or 0)
        self.summary.setPlainText(row.summary)
        self.notes.setText(row.notes)

    def _offer_links(self, row: RecordRow) -> None:
        """Offer the events, plan items and releases around the day of ``row``; choose its."""
        lang = first_language()
        day = row.published_at.date()
        span = dt.timedelta(days=EVENT_DAYS)
        self.event_combo.clear()
        self.event_combo.addItem(self.tr("No event"), None)
        for event in list_events(self.db, start=day - span, end=day + span):
            title = event.title.text(lang)
            self.event_combo.addItem(f"{date_text(event.starts_at.date())} {title}", event.id)
        self.plan_item.clear()
        self.plan_item.addItem(self.tr("No plan item"), None)
        for item in plan_item_choices(self.db, day, days=EVENT_DAYS):
            self.plan_item.addItem(f"{date_text(item.date)} {item.title.text(lang)}", item.id)
        self.release.clear()
        self.release.addItem(self.tr("No press release"), None)
        for release in release_choices(self.db, day, keep=row.release_id):
            self.release.addItem(
                self.tr("No. {number}, {date}: {title}").format(
                    number=release.number,
                    date=date_text(release.date),
                    title=release.title.text(lang),
                ),
                release.id,
            )
        for combo, chosen in (
            (self.event_combo, row.event_id),
            (self.plan_item, row.plan_item_id),
            (self.release, row.release_id),
        ):
            combo.setCurrentIndex(max(combo.findData(chosen), 0))

    @Slot(str)
    def _show(self, text: str) -> None:
        self.link_status.setText(text)
        self.link_status.setVisible(bool(text))

    @Slot(bool)
    def _reading(self, busy: bool) -> None:
        if busy:
            self._show(self.tr("Reading the page…"))

    @Slot(object)
    def _fill(self, details: LinkDetails) -> None:
        """Fill the fields still empty from the page (the date only if left as it was)."""
        if not self.title.text().strip():
            self.title.setText(details.title)
        if not self.outlet.text().strip() and details.outlet:
            self.outlet.setText(details.outlet)
            self.fill_authors()
        if not self.summary.toPlainText().strip():
            self.summary.setPlainText(details.summary)
        moment = details.published_at
        if moment is not None and self.moment.dateTime() == self.initial_moment:
            self.moment.setDateTime(
                QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))
            )
        self._show(self.tr("Filled from the page."))

    def value(self) -> RecordRow:
        """Return the publication as the form holds it."""
        outlet = " ".join(self.outlet.text().split())
        return replace(
            self.row,
            published_at=self._moment(),
            outlet=outlet,
            # A changed name is looked up again in the contact base.
            outlet_id=self.row.outlet_id if outlet == self.row.outlet else None,
            author_id=self.author.currentData(),
            title=self.title.text(),
            url=self.url.text().strip(),
            kind=str(self.kind.currentData()),
            platform=str(self.platform.currentData()),
            tone=str(self.tone.currentData()),
            mentions=self.mentions.value(),
            head_quoted=self.quoted.isChecked(),
            language=str(self.language.currentData()),
            event_id=self.event_combo.currentData(),
            plan_item_id=self.plan_item.currentData(),
            release_id=self.release.currentData(),
            campaign_id=self.campaign.currentData(),
            reach=self.reach.value() or None,
            summary=self.summary.toPlainText(),
            notes=self.notes.text(),
        )

    @Slot()
    def fill_authors(self) -> None:
        """Offer the journalists of the outlet typed (the author keeps any earlier choice)."""
        chosen = self.author.currentData() if self.author.count() else self.row.author_id
        self.author.clear()
        self.author.addItem(self.tr("Not stated"), None)
        outlet_id = outlet_id_of(self.db, self.outlet.text()) if self.outlet.text() else None
        if outlet_id is not None:
            people = list_people(
                self.db, PersonFilter(outlet_ids=frozenset({outlet_id})), sort="name", limit=500
            )
            for person in people.rows:
                self.author.addItem(person.full_name, person.id)
        if chosen is not None and self.author.findData(chosen) < 0:
            self.author.addItem(person_name(self.db, chosen), chosen)
        self.author.setCurrentIndex(max(self.author.findData(chosen), 0))

    def _moment(self) -> dt.datetime:
        chosen = self.moment.dateTime()
        day, time = chosen.date(), chosen.time()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def save(self) -> bool:
        """Store the publication; a refusal is shown and the editor stays open."""
        row = self.value()
        if not offer_outlet(self, self.db, row.outlet):
            return False
        data = CoverageInput(
            **{name: getattr(row, name) for name in CoverageInput.__dataclass_fields__}
        )
        try:
            if row.id:
                update_record(self.db, row.id, data, seen_version=row.row_version)
                record_id = row.id
            else:
                record_id = add_record(self.db, data)
        except ChangedMeanwhile as exc:
            return self.on_changed_meanwhile(exc)
        except UserError as exc:
            dialogs.warning(self, self.tr("Not saved"), error_text(exc))
            return False
        self.saved = self.row = get_record(self.db, record_id)
        return True

    # --- a colleague's change meanwhile ---------------------------------------------------------

    def stored_now(self) -> RecordRow | None:
        """Return the publication as stored now (None for a new one)."""
        return get_record(self.db, self.row.id) if self.row.id else None

    def show_stored(self, stored: RecordRow) -> None:
        """Show the stored publication."""
        self.show_record(stored)

    def changed_labels(self) -> dict[str, str]:
        """Return the record's fields with the form's labels."""
        return {**self.form_labels(), "outlet_id": self.tr("Outlet")}


class QuickAdd(QWidget):
    """One row to note a publication in seconds: outlet, title and link; Enter adds it.

    The date is today's at the current time; a duplicate is refused and ``duplicate`` names
    the record already there.
    """

    #: A record was added (its id).
    added = Signal(int)
    #: The publication is already recorded (the existing record's id).
    duplicate = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("coverageQuickAdd")
        self.outlet = QLineEdit()
        self.outlet.setObjectName("quickOutlet")
        self.outlet.setPlaceholderText(self.tr("Outlet"))
        # The outlets to complete come with refresh() (the page reads them once for its fields).
        self.title = QLineEdit()
        self.title.setObjectName("quickTitle")
        self.title.setPlaceholderText(self.tr("Title of the publication"))
        self.url = QLineEdit()
        self.url.setObjectName("quickUrl")
        self.url.setPlaceholderText(self.tr("Link (optional)"))
        self.button = QPushButton(self.tr("Add"))
        self.button.setObjectName("quickAdd")
        self.button.setToolTip(self.tr("Add a publication dated today (Enter)"))
        self.button.clicked.connect(self.submit)
        # What the link's page said: its date and summary go with the record.
        self.page: LinkDetails | None = None
        self.submit_when_read = False
        self.status = QLabel()
        self.status.setObjectName("quickStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.filler = LinkFiller(db, self.url, self)
        self.filler.busy_changed.connect(self._reading)
        self.filler.filled.connect(self._fill)
        self.filler.failed.connect(self._not_read)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.outlet, 2)
        row.addWidget(self.title, 5)
        row.addWidget(self.url, 3)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.status)
        for field in (self.outlet, self.title, self.url):
            field.returnPressed.connect(self.submit)

    def refresh(self, names: Sequence[str] | None = None) -> None:
        """Offer the outlets of the contact base as it is now (``names`` if read already)."""
        self.outlet.setCompleter(outlet_completer(self.db, self, names))

    def _show(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    @Slot(bool)
    def _reading(self, busy: bool) -> None:
        if busy:
            self.page = None
            self._show(self.tr("Reading the page…"))

    @Slot(object)
    def _fill(self, details: LinkDetails) -> None:
        """Fill the fields still empty from the page; the date and summary are kept aside."""
        self.page = details
        if not self.title.text().strip():
            self.title.setText(details.title)
        if not self.outlet.text().strip():
            self.outlet.setText(details.outlet)
        when = date_text(details.published_at.date()) if details.published_at else ""
        self._show(
            self.tr("Filled from the page; published {date}.").format(date=when)
            if when
            else self.tr("Filled from the page.")
        )
        self._submit_waiting()

    @Slot(str)
    def _not_read(self, reason: str) -> None:
        self._show(reason)
        self._submit_waiting()

    def _submit_waiting(self) -> None:
        if self.submit_when_read:
            self.submit_when_read = False
            self.submit()

    @Slot()
    def submit(self) -> None:
        """Add the publication the row describes (after its link's page is read, if reading)."""
        from pressdesk.services.coverage.records import DuplicateCoverage

        url = self.url.text().strip()
        missing = not self.title.text().strip() or not self.outlet.text().strip()
        if missing and (self.filler.running or self.filler.fetch()):
            # Enter right after pasting a link: add once its page has filled the row.
            self.submit_when_read = True
            return
        if not self.title.text().strip() and not self.outlet.text().strip():
            return
        page = self.page if self.page is not None and self.page.url == url else None
        moment = page.published_at if page is not None else None
        data = CoverageInput(
            published_at=moment or clock.now().replace(second=0, microsecond=0, tzinfo=None),
            outlet=self.outlet.text(),
            title=self.title.text(),
            url=url,
            summary=page.summary if page is not None else "",
        )
        if not offer_outlet(self, self.db, data.outlet):
            return
        try:
            record_id = add_record(self.db, data)
        except DuplicateCoverage as exc:
            self.duplicate.emit(exc.existing_id)
            dialogs.warning(self, self.tr("Already recorded"), error_text(exc))
            return
        except UserError as exc:
            dialogs.warning(self, self.tr("Not added"), error_text(exc))
            return
        for field in (self.outlet, self.title, self.url):
            field.clear()
        self.page = None
        self._show("")
        self.outlet.setFocus()
        self.added.emit(record_id)
