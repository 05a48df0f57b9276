"""The installation check builds every section page on demo data, each tab included."""

from __future__ import annotations

from pressdesk.gui import selftest
from pressdesk.gui.widgets.lazy_tab import LazyTab


def test_every_page_and_every_tab_built_when_shown_is_checked(qapp, tmp_path, monkeypatch):
    built: list[str] = []
    real = LazyTab.view

    def view(tab: LazyTab):  # type: ignore[no-untyped-def]
        widget = real(tab)
        built.append(type(widget).__name__)
        return widget

    monkeypatch.setattr(LazyTab, "view", view)
    results = selftest._pages(tmp_path / "data")
    assert [r for r in results if not r.ok] == []
    assert {"OutletsView", "ListsView", "ReviewView", "PeopleTab", "CrisisView"} <= set(built)
    assert {"IssuedActsPanel", "WeekOverview"} <= set(built)
