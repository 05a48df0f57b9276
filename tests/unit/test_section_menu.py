"""The Sections menu: digits for the first ten entries, then unused letters of the titles."""

from __future__ import annotations

from pressdesk.gui.section_menu import accelerator, menu_texts


def test_digits_then_letters_no_entry_uses_twice():
    titles = [f"Раздел {n}" for n in range(10)] + ["Медиа", "Кризис", "Мамлекет", "МММ"]
    texts = menu_texts(titles, others=["&Жаңы жазуу…", "&Издөө"])
    assert texts[0] == "&1  Раздел 0"
    assert texts[9] == "&0  Раздел 9"
    assert texts[10] == "&Медиа"
    assert texts[11] == "&Кризис"
    assert texts[12] == "М&амлекет"  # "м" is taken by the entry before
    assert texts[13] == "МММ"  # no free letter: reached from the sidebar and the shortcut list
    keys = [accelerator(text) for text in texts]
    used = [key for key in keys if key]
    assert len(used) == len(set(used))
    assert "ж" not in used and "и" not in used


def test_an_ampersand_in_a_title_is_shown_not_taken_for_an_accelerator():
    texts = menu_texts([f"S{n}" for n in range(10)] + ["R&D"])
    assert texts[10] == "&R&&D"
    assert accelerator(texts[10]) == "r"
