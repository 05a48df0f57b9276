"""Team mode: imports run by two people at once end as if run one after the other."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from pressdesk.messages import UserError
from pressdesk.services.assets.files import import_inventory
from pressdesk.services.contacts.exchange import import_contacts
from pressdesk.storage.assets_models import EquipmentItem
from pressdesk.storage.contacts_models import Outlet, Person
from pressdesk.storage.engine import Database
from pressdesk.storage.opening import open_database
from tests.pg.test_team_storage import _at_once

OUTLETS = ["Кабар", "Вечерний Бишкек", "Ала-Тоо 24", "Азаттык", "Акипресс", "24.kg", "Сегодня"]


def _people_file(path: Path, count: int) -> Path:
    rows = [
        f"Асанов{i} Бакыт;{OUTLETS[i % len(OUTLETS)]};0555 {i:06d};p{i}@example.kg"
        for i in range(count)
    ]
    path.write_text("ФИО;СМИ;Телефон;E-mail\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_two_contact_imports_at_once_equal_one_after_the_other(pg_server, tmp_path):
    source = _people_file(tmp_path / "people.csv", 300)
    together = open_database(pg_server.create_database(), tmp_path / "a")
    apart = open_database(pg_server.create_database(), tmp_path / "b")
    try:
        reports = _at_once(2, lambda _i: import_contacts(together, source))
        assert not [r for r in reports if isinstance(r, BaseException)], reports
        import_contacts(apart, source)
        import_contacts(apart, source)
        assert _count(together, Person) == _count(apart, Person) == 300
        assert _count(together, Outlet) == _count(apart, Outlet) == len(OUTLETS)
    finally:
        together.close()
        apart.close()


def test_two_inventory_imports_at_once_give_a_message_not_a_traceback(pg_url, tmp_path):
    rows = [f"Камера {i};ИН-{i:04d}" for i in range(40)]
    source = tmp_path / "kit.csv"
    source.write_text("Аталышы;Инв. номер\n" + "\n".join(rows) + "\n", encoding="utf-8")
    db = open_database(pg_url, tmp_path)
    try:
        results = _at_once(2, lambda _i: import_inventory(db, source))
        errors = [r for r in results if isinstance(r, BaseException)]
        assert all(isinstance(e, UserError) for e in errors), errors
        assert _count(db, EquipmentItem) == 40
    finally:
        db.close()
