"""The shared server kept in the settings, its password in the keyring, used at the next start."""

from __future__ import annotations

import pytest
from sqlalchemy import make_url

from pressdesk import secrets
from pressdesk.paths import ENV_DB
from pressdesk.runtime import Runtime
from pressdesk.services.server import (
    SECRET_NAMESPACE,
    ServerConnection,
    ServerError,
    forget_connection,
    load_connection,
    save_connection,
    saved_server_url,
    try_connection,
)

OFFICE = ServerConnection(host="192.168.1.10", port=5433, database="press", user="aigul")


def test_the_url_carries_an_odd_password_whole_and_the_settings_never_hold_it(runtime):
    password = "p@ss/w:rd #1 Ө"
    url = make_url(OFFICE.url(password))
    assert (url.host, url.port, url.database, url.username) == (
        "192.168.1.10",
        5433,
        "press",
        "aigul",
    )
    assert url.password == password
    assert url.query["sslmode"] == "prefer" and int(url.query["connect_timeout"]) > 0
    save_connection(runtime.settings, OFFICE, password)
    assert load_connection(runtime.settings) == OFFICE
    assert password not in runtime.settings.path.read_text(encoding="utf-8")
    assert secrets.read_secret(SECRET_NAMESPACE, OFFICE.secret_key) == password
    assert make_url(saved_server_url(runtime.settings) or "").password == password


def test_the_next_start_uses_the_server_unless_told_otherwise(runtime, data_dir, monkeypatch):
    monkeypatch.delenv(ENV_DB, raising=False)
    save_connection(runtime.settings, OFFICE, "secret")
    started = Runtime.create(str(data_dir))
    assert make_url(started.db_url).host == "192.168.1.10"
    assert "secret" not in started.db_label and "192.168.1.10" in started.db_label
    # The command line and the environment come first.
    assert Runtime.create(str(data_dir), str(data_dir / "other.db")).db_url.startswith("sqlite")
    monkeypatch.setenv(ENV_DB, str(data_dir / "env.db"))
    assert Runtime.create(str(data_dir)).db_url.endswith("env.db")
    monkeypatch.delenv(ENV_DB)
    forget_connection(runtime.settings)
    assert load_connection(runtime.settings) is None
    assert Runtime.create(str(data_dir)).db_url.startswith("sqlite")
    # The password stays, so choosing the server again does not ask for it.
    assert secrets.read_secret(SECRET_NAMESPACE, OFFICE.secret_key) == "secret"


@pytest.mark.parametrize(
    ("changes", "term"),
    [
        ({"host": ""}, "server address"),
        ({"host": "my server"}, "server address"),
        ({"database": " "}, "database name"),
        ({"user": ""}, "login"),
        ({"port": 0}, "port"),
        ({"sslmode": "sometimes"}, "encryption"),
    ],
)
def test_bad_settings_are_named_and_nothing_is_kept(runtime, changes, term):
    import dataclasses

    bad = dataclasses.replace(OFFICE, **changes)
    with pytest.raises(ServerError) as refused:
        save_connection(runtime.settings, bad, "secret")
    assert refused.value.code == "server.bad_setting"
    assert refused.value.values["field"] == term
    assert load_connection(runtime.settings) is None
    with pytest.raises(ServerError):
        try_connection(bad, "secret")


def test_a_server_that_does_not_answer_is_a_sentence(runtime):
    closed = ServerConnection(host="127.0.0.1", port=1, database="pressdesk", user="pressdesk")
    with pytest.raises(ServerError) as refused:
        try_connection(closed, "secret")
    assert refused.value.code == "server.unreachable"
    assert "pressdesk@127.0.0.1:1/pressdesk" in str(refused.value)
    assert "secret" not in str(refused.value)
