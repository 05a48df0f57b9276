"""Settings file, secrets wrapper, atomic writes, paths and text folding."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from pressdesk import fileio, secrets
from pressdesk.paths import resolve_db_url, resolve_paths
from pressdesk.settings import LAST_SECTION, STALE_MONTHS, UI_LANGUAGE, Settings
from pressdesk.textfold import fold, sort_key


def test_settings_round_trip_and_validation(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert settings.get(STALE_MONTHS) == 6
    settings.set(UI_LANGUAGE, "ky")
    settings.set(LAST_SECTION, "inventory")
    again = Settings(path)
    assert again.get(UI_LANGUAGE) == "ky"
    assert again.get(LAST_SECTION) == "inventory"
    with pytest.raises(ValueError):
        again.set(UI_LANGUAGE, "fr")
    with pytest.raises(ValueError):
        again.set(STALE_MONTHS, 0)


def test_damaged_settings_file_falls_back_and_is_kept(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    settings = Settings(path)
    assert settings.get(UI_LANGUAGE) == ""
    assert (tmp_path / "settings.json.damaged").read_text(encoding="utf-8") == "{not json"


def test_wrong_types_in_file_fall_back_to_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        '{"values": {"contacts/stale_months": "six", "ui/language": 3}}', encoding="utf-8"
    )
    settings = Settings(path)
    assert settings.get(STALE_MONTHS) == 6
    assert settings.get(UI_LANGUAGE) == ""


def test_secrets_round_trip(memory_keyring):
    assert secrets.is_available()
    secrets.save_secret("accounts", "7", "Сыр-сөз-ңөү!")
    assert secrets.read_secret("accounts", "7") == "Сыр-сөз-ңөү!"
    assert secrets.has_secret("accounts", "7")
    assert memory_keyring.store == {("PressDesk/accounts", "7"): "Сыр-сөз-ңөү!"}
    assert secrets.delete_secret("accounts", "7")
    assert not secrets.delete_secret("accounts", "7")
    assert secrets.read_secret("accounts", "7") is None


def test_secrets_refuse_without_secure_backend(tmp_path):
    keyring.set_keyring(fail.Keyring())
    assert not secrets.is_available()
    with pytest.raises(secrets.SecretStoreUnavailable, match="does not keep passwords in plain"):
        secrets.save_secret("accounts", "1", "x")
    with pytest.raises(secrets.SecretStoreUnavailable):
        secrets.read_secret("accounts", "1")
    assert not list(tmp_path.rglob("*"))


def test_atomic_write_replaces_or_leaves_nothing(tmp_path):
    target = tmp_path / "report.docx"
    fileio.atomic_write_bytes(target, b"first")
    with pytest.raises(RuntimeError), fileio.atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("export failed")
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]
    fresh = tmp_path / "new.pdf"
    with pytest.raises(RuntimeError), fileio.atomic_path(fresh) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("boom")
    assert not fresh.exists()


def test_paths_resolution(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSDESK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_paths().data_dir == tmp_path / "env"
    assert resolve_paths(tmp_path / "arg").data_dir == tmp_path / "arg"
    paths = resolve_paths(tmp_path)
    assert resolve_db_url(paths).endswith(f"{tmp_path.as_posix()}/pressdesk.db")
    assert resolve_db_url(paths, "postgresql://u:p@h/db") == "postgresql://u:p@h/db"
    monkeypatch.setenv("PRESSDESK_DB", str(tmp_path / "x.db"))
    assert resolve_db_url(paths) == f"sqlite:///{(tmp_path / 'x.db').as_posix()}"


def test_folding_covers_kyrgyz_and_kazakh():
    assert fold("ҢӨҮ ӘІҒҚҰҺ Ёжик") == "ңөү әіғқұһ ёжик"
    words = ["Үсөн", "Улан", "Өмүр", "Орозбек", "Ңамаз", "Нурлан", "Яков", "Адыл"]
    assert sorted(words, key=sort_key) == [
        "Адыл",
        "Нурлан",
        "Ңамаз",
        "Орозбек",
        "Өмүр",
        "Улан",
        "Үсөн",
        "Яков",
    ]
