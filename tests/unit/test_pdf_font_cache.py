"""The PDF font is looked for once and remembered until the font folders change."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pressdesk.documents import fonts
from pressdesk.paths import resources_dir

LIBERATION = resources_dir() / "fonts" / "LiberationSerif-Regular.ttf"
PREFERRED = fonts.FontCandidate("Preferred Sans", ("preferred.ttf",))


@pytest.fixture(autouse=True)
def fresh_process_cache() -> Iterator[None]:
    """Forget the in-process answer, so each call stands for a new run of PressDesk."""
    fonts._find_font_cached.cache_clear()
    yield
    fonts._find_font_cached.cache_clear()


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the walks of the font folders."""
    calls: list[int] = []
    original = fonts._font_index

    def counted(search: fonts.FontSearch) -> dict[str, Path]:
        calls.append(1)
        return original(search)

    monkeypatch.setattr(fonts, "_font_index", counted)
    return calls


def _search(folder: Path) -> fonts.FontSearch:
    return fonts.FontSearch(
        dirs=(folder,),
        use_fontconfig=False,
        candidates=(PREFERRED, *fonts.KNOWN_FONTS),
    )


def _folder_with_liberation(tmp_path: Path) -> Path:
    folder = tmp_path / "fonts"
    (folder / "truetype" / "liberation").mkdir(parents=True)
    shutil.copy(LIBERATION, folder / "truetype" / "liberation" / LIBERATION.name)
    return folder


def _next_run(search: fonts.FontSearch, explicit: str | None = None) -> fonts.FontSet:
    fonts._find_font_cached.cache_clear()
    fonts._face_info.cache_clear()
    return fonts.find_font(explicit, search)


def test_the_chosen_font_is_remembered_between_runs(tmp_path, searches):
    search = _search(_folder_with_liberation(tmp_path))
    first = fonts.find_font(None, search)
    assert first.family == "Liberation Serif"
    assert fonts.font_cache_file().is_file()
    assert fonts.font_cache_file().is_relative_to(tmp_path)
    second = _next_run(search)
    assert second == first
    assert len(searches) == 1


def test_a_font_installed_in_a_subfolder_is_found_on_the_next_run(tmp_path, searches):
    folder = _folder_with_liberation(tmp_path)
    search = _search(folder)
    assert fonts.find_font(None, search).family == "Liberation Serif"
    (folder / "truetype" / "preferred").mkdir()
    shutil.copy(LIBERATION, folder / "truetype" / "preferred" / "preferred.ttf")
    assert _next_run(search).family == "Preferred Sans"
    assert len(searches) == 2


def test_a_remembered_font_that_changed_is_looked_for_again(tmp_path, searches):
    folder = _folder_with_liberation(tmp_path)
    (folder / "other").mkdir()
    search = _search(folder)
    chosen = fonts.find_font(None, search)
    # Replaced in place (same folder, so the folder stamps stay): the file's own stamp differs.
    chosen.regular.write_bytes(b"not a font any more")
    with pytest.raises(fonts.FontNotFoundError):
        _next_run(search)
    assert len(searches) == 2


def test_a_damaged_cache_file_is_ignored_and_rewritten(tmp_path, searches):
    search = _search(_folder_with_liberation(tmp_path))
    fonts.font_cache_file().parent.mkdir(parents=True, exist_ok=True)
    fonts.font_cache_file().write_text("{not json", encoding="utf-8")
    assert fonts.find_font(None, search).family == "Liberation Serif"
    assert _next_run(search).family == "Liberation Serif"
    assert len(searches) == 1


def test_the_font_set_in_settings_has_its_own_entry(tmp_path, searches):
    folder = _folder_with_liberation(tmp_path)
    search = _search(folder)
    own = tmp_path / "mine" / "preferred.ttf"
    own.parent.mkdir()
    shutil.copy(LIBERATION, own)
    assert fonts.find_font(None, search).regular.parent.name == "liberation"
    assert _next_run(search, str(own)).regular == own
    assert _next_run(search).regular.parent.name == "liberation"
    assert _next_run(search, str(own)).regular == own
    # Neither choice pushed the other out; the explicit font needs no folder walk at all.
    assert len(searches) == 1


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch, searches):
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv(fonts.ENV_CACHE_DIR, str(blocker / "cache"))
    search = _search(_folder_with_liberation(tmp_path))
    assert fonts.find_font(None, search).family == "Liberation Serif"
    assert _next_run(search).family == "Liberation Serif"
    assert len(searches) == 2
