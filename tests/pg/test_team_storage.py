"""Team mode on a real PostgreSQL server: opening, migrating, numbering and what is logged."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import func, select, text

from pressdesk.services.demo import fill_demo
from pressdesk.services.handover.acts import issue_act, list_acts
from pressdesk.services.handover.build import build_draft
from pressdesk.storage.engine import Database, connect, shown_url
from pressdesk.storage.errors import StorageError
from pressdesk.storage.migrate import head_revision
from pressdesk.storage.models import StaffMember
from pressdesk.storage.opening import open_database
from tests.support.pgserver import PASSWORD, PgServer

T = TypeVar("T")


def _at_once(count: int, work: Callable[[int], T]) -> list[T | BaseException]:
    """Run ``work(i)`` in ``count`` threads released together; return results or errors."""
    start = threading.Barrier(count)
    results: list[T | BaseException] = [RuntimeError("not run")] * count

    def run(index: int) -> None:
        start.wait()
        try:
            results[index] = work(index)
        except BaseException as exc:  # reported by the test
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def _revision(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


def test_a_new_database_on_the_server_is_migrated_and_takes_the_demo(pg_url, tmp_path):
    db = open_database(pg_url, tmp_path)
    try:
        assert _revision(db) == [head_revision()]
        counts = fill_demo(db)
        assert counts and all(value >= 0 for value in counts.values())
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(StaffMember))
    finally:
        db.close()


def test_clients_starting_together_on_an_empty_database_all_open_it(pg_url, tmp_path):
    def start(index: int) -> str:
        db = open_database(pg_url, tmp_path / str(index))
        try:
            return _revision(db)[0]
        finally:
            db.close()

    results = _at_once(4, start)
    assert results == [head_revision()] * 4


def test_the_password_is_never_logged_or_shown(pg_server: PgServer, pg_url, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    db = open_database(pg_url, tmp_path)
    try:
        assert PASSWORD not in shown_url(db.url) and "***" in shown_url(db.url)
        assert PASSWORD not in db.where and PASSWORD not in repr(db)
    finally:
        db.close()
    wrong = pg_url.replace(PASSWORD, "wrong-" + PASSWORD)
    with pytest.raises(StorageError) as refused:
        connect(wrong)
    message = str(refused.value)
    assert "wrong-" not in message and PASSWORD not in message
    assert "127.0.0.1" in message
    assert PASSWORD not in caplog.text


def test_acts_issued_at_once_get_different_numbers(pg_url, tmp_path: Path):
    db = open_database(pg_url, tmp_path)
    try:
        fill_demo(db)
        before = {act.number for act in list_acts(db)}

        def issue(index: int) -> str:
            draft = build_draft(db, outgoing="Асанова Айгүл", incoming="Бекова Нурия")
            draft.number = ""  # numbered at issue
            act = issue_act(db, draft, [tmp_path / f"act-{index}.docx"], export_format=None)
            return act.number

        numbers = _at_once(3, issue)
        assert all(isinstance(n, str) for n in numbers), numbers
        assert len(set(numbers)) == 3
        assert {act.number for act in list_acts(db)} == before | set(numbers)  # type: ignore[arg-type]
    finally:
        db.close()
