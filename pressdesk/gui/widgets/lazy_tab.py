"""A tab whose view is built the first time it is needed, so a page opens with one view built."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    """Hold the place of a view in a tab widget and build the view on first use.

    The tab is added with its title at once; ``view()`` builds the view (with ``build``)
    the first time it is called, when the tab is shown or when the page needs the view.
    """

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> QWidget | None:
        """Return the view if it has been built, else None."""
        return self._view

    def view(self) -> QWidget:
        """Return the view, building it now if this is its first use."""
        if self._view is None:
            self._view = self._build()
            self._layout.addWidget(self._view)
            if self.isVisible():
                # A layout shows a child added to a visible widget only later (queued): show
                # it now, so that it takes the focus and its keys at once.
                self._view.show()
        return self._view
