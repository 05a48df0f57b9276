"""The plan's filter bar: status, channel, format, language, responsible, campaign and text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QStyle, QToolButton, QWidget

from pressdesk.gui.plan import labels
from pressdesk.gui.widgets.filter_bar import FilterBar, fill_combo, filter_combo
from pressdesk.services.plan.campaigns import list_campaigns
from pressdesk.services.plan.holidays import list_channels
from pressdesk.services.plan.rows import PlanFilter
from pressdesk.services.staff import list_staff
from pressdesk.storage.engine import Database

# The widest the channel filter grows; more chosen channels are shortened with "…".
CHANNEL_BUTTON_WIDTH = 260
# Room left and right of a push button's contents in the common styles.
MENU_BUTTON_MARGIN = 12


class PlanFilterBar(FilterBar):
    """Choose which items the views show; ``changed`` fires after each choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("planFilters", "filterText", parent=parent)
        self.text = self.search
        self.text.setPlaceholderText(self.tr("Search the plan…"))
        self.text.setMinimumWidth(180)
        self.status = filter_combo("filterStatus")
        # Several channels can be picked at once, so the channel filter is a menu of checkboxes.
        # A push button with a menu keeps its arrow beside the text (a tool button's arrow sits
        # on the text's last letters), as the combos next to it do.
        self.channel = QPushButton()
        self.channel.setObjectName("filterChannel")
        self.channel.setMaximumWidth(CHANNEL_BUTTON_WIDTH)
        self.channel.setMinimumWidth(90)
        self.channel_menu = QMenu(self.channel)
        self.channel_menu.aboutToShow.connect(self._fill_channel_menu)
        self.channel.setMenu(self.channel_menu)
        self.channel.setToolTip(self.tr("Channel"))
        self._channel_names: dict[str, str] = {}
        self.chosen_channels: set[str] = set()
        self.format = filter_combo("filterFormat")
        self.language = filter_combo("filterLanguage")
        self.responsible = filter_combo("filterResponsible")
        self.campaign = filter_combo("filterCampaign")
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText(self.tr("Show all"))
        self.clear_button.setToolTip(self.tr("Clear every filter"))
        self.clear_button.clicked.connect(self.clear)
        self.combos = (
            self.status,
            self.format,
            self.language,
            self.responsible,
            self.campaign,
        )
        tips = (
            self.tr("Status"),
            self.tr("Format"),
            self.tr("Language"),
            self.tr("Responsible"),
            self.tr("Campaign"),
        )
        for combo, tip in zip(self.combos, tips, strict=True):
            combo.setToolTip(tip)
            self.add(combo)
            if combo is self.status:
                self.add_button(self.channel)
        self.add_button(self.clear_button)

    def reload(self, db: Database) -> None:
        """Fill the choices from the database, keeping what is chosen where it still exists."""
        self.blockSignals(True)
        lang = labels.doc_language()
        self._fill(self.status, self.tr("Any status"), labels.statuses())
        self._channel_names = {c.code: c.name(lang) for c in list_channels(db)}  # type: ignore[arg-type]
        self.chosen_channels &= set(self._channel_names)
        self._show_channels()
        self._fill(self.format, self.tr("Any format"), labels.formats())
        self._fill(self.language, self.tr("Any language"), labels.languages())
        staff = [(s.id, s.full_name) for s in list_staff(db)]
        self._fill(self.responsible, self.tr("Anyone"), staff)
        campaigns = [(c.id, labels.shown(c.name)) for c in list_campaigns(db)]
        self._fill(self.campaign, self.tr("Any campaign"), campaigns)
        self.blockSignals(False)

    @staticmethod
    def _fill(combo: QComboBox, anything: str, choices: Sequence[tuple[object, str]]) -> None:
        fill_combo(combo, anything, choices)

    @Slot()
    def _fill_channel_menu(self) -> None:
        self.channel_menu.clear()
        for code, name in self._channel_names.items():
            action = self.channel_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code in self.chosen_channels)
            action.toggled.connect(lambda on, c=code: self.choose_channel(c, on))

    def choose_channel(self, code: str, chosen: bool) -> None:
        """Add ``code`` to the channels shown (or take it away)."""
        if chosen:
            self.chosen_channels.add(code)
        else:
            self.chosen_channels.discard(code)
        self._show_channels()
        self._emit()

    def _show_channels(self) -> None:
        names = [self._channel_names[c] for c in self._channel_names if c in self.chosen_channels]
        text = ", ".join(names) if names else self.tr("Any channel")
        # The text, the menu arrow and the frame must fit the widest the button grows.
        room = (
            CHANNEL_BUTTON_WIDTH
            - 2 * MENU_BUTTON_MARGIN
            - self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        )
        self.channel.setText(
            self.channel.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        )
        tip = self.tr("Channel")
        self.channel.setToolTip(f"{tip}: {text}" if names else tip)

    def value(self) -> PlanFilter:
        """Return the filter chosen."""

        def one(combo: QComboBox) -> frozenset[object]:
            data = combo.currentData()
            return frozenset() if data is None else frozenset({data})

        return PlanFilter(
            statuses=one(self.status),  # type: ignore[arg-type]
            channels=frozenset(self.chosen_channels),
            formats=one(self.format),  # type: ignore[arg-type]
            languages=one(self.language),  # type: ignore[arg-type]
            responsible_ids=one(self.responsible),  # type: ignore[arg-type]
            campaign_ids=one(self.campaign),  # type: ignore[arg-type]
            text=self.text.text().strip(),
        )

    def active(self) -> bool:
        """Return True if any filter is set."""
        chosen = any(c.currentIndex() > 0 for c in self.combos) or bool(self.chosen_channels)
        return chosen or bool(self.text.text().strip())

    @Slot()
    def clear(self) -> None:
        """Show everything again."""
        self.chosen_channels.clear()
        self._show_channels()
        super().clear()
