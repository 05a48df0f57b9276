"""Wheel build hook: compile the translations, so every install carries Kyrgyz and Russian.

The .qm files are not kept in git; a wheel, an install from the sdist and an editable install all
pass through here. A catalogue that lacks a language or has an unfinished Kyrgyz or Russian text
fails the build.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[misc]
    """Run packaging/build_translations.py before the wheel's files are collected."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        here = Path(self.root) / "packaging"
        sys.path.insert(0, str(here))
        try:
            import build_translations
        finally:
            sys.path.remove(str(here))
        folder = Path(self.root) / "resources" / "i18n"
        try:
            # Built beside the sources: the wheel takes resources/ as a whole, and an editable
            # install reads them from there.
            built = build_translations.compile_catalogues(folder, check=True)
        except build_translations.TranslationError as exc:
            raise RuntimeError(str(exc)) from None
        self.app.display_info(f"translations: {len(built)} catalogues compiled")
