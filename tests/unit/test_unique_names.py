"""Outlets are one per name (any case, ё or е) and act numbers are given once: the services say
so, and unique indexes hold the rule even when two people save at the same moment."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import insert, inspect, select
from sqlalchemy.exc import IntegrityError

from pressdesk.services.contacts.records import get_outlet, save_outlet
from pressdesk.services.contacts.values import ContactError, OutletRecord
from pressdesk.storage import migrate
from pressdesk.storage.contacts_models import Outlet
from pressdesk.storage.handover_models import HandoverAct


def test_a_second_outlet_of_the_same_name_is_refused_by_name(db):
    save_outlet(db, OutletRecord("«Ала-Тоо» телеканалы"))
    with pytest.raises(ContactError) as refused:
        save_outlet(db, OutletRecord("  «АЛА-ТОО» ТЕЛЕКАНАЛЫ "))
    assert refused.value.code == "contacts.outlet_taken"
    assert refused.value.values["name"] == "«АЛА-ТОО» ТЕЛЕКАНАЛЫ"
    # ё and е are one letter in a name.
    save_outlet(db, OutletRecord("Жёлтая газета"))
    with pytest.raises(ContactError):
        save_outlet(db, OutletRecord("Желтая газета"))
    with db.session() as session:
        assert session.scalar(select(Outlet.id).where(Outlet.name.like("%газета"))) is not None
        assert len(session.scalars(select(Outlet)).all()) == 2


def test_an_outlet_keeps_its_own_name_and_cannot_take_another(db):
    kabar = save_outlet(db, OutletRecord("Кабар")).record
    other = save_outlet(db, OutletRecord("Кабар Ош")).record
    assert kabar.id is not None and other.id is not None
    kept = get_outlet(db, kabar.id)
    saved = save_outlet(db, OutletRecord(**{**kept.__dict__, "website": "kabar.kg"})).record
    assert saved.website == "kabar.kg"
    with pytest.raises(ContactError):
        save_outlet(db, OutletRecord(**{**get_outlet(db, other.id).__dict__, "name": "КАБАР"}))
    assert get_outlet(db, other.id).name == "Кабар Ош"


def test_the_index_refuses_what_the_check_did_not_see(db):
    save_outlet(db, OutletRecord("Кабар"))
    with pytest.raises(IntegrityError), db.session() as session:
        session.execute(
            insert(Outlet.__table__), [{"name": "КАБАР", "kind": "tv", "name_folded": "кабар"}]
        )


def _act(number: str) -> dict[str, object]:
    return {
        "number": number,
        "act_date": dt.date(2026, 12, 1),
        "lang": "ky",
        "direction": "dismissal",
        "snapshot": "{}",
        "generated_at": dt.datetime(2026, 12, 1, 10, 0),
    }


def test_an_act_number_is_stored_once(db):
    with db.session() as session:
        session.execute(insert(HandoverAct.__table__), [_act("3")])
    with pytest.raises(IntegrityError), db.session() as session:
        session.execute(insert(HandoverAct.__table__), [_act("3")])


def _migrate(db, revision: str, *, down: bool = False) -> None:
    config = migrate.alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)


def _indexes(db, table: str) -> set[str]:
    return {str(index["name"]) for index in inspect(db.engine).get_indexes(table)}


def test_outlets_of_one_name_made_before_the_rule_are_all_kept(db):
    _migrate(db, "0020", down=True)
    assert "ux_outlet_name_folded" not in _indexes(db, "outlet")
    with db.session() as session:
        session.execute(
            insert(Outlet.__table__),
            [
                {"name": "Кабар", "kind": "news_agency", "name_folded": "кабар"},
                {"name": "КАБАР", "kind": "news_agency", "name_folded": "кабар"},
                {"name": "Азаттык", "kind": "radio", "name_folded": "азаттык"},
            ],
        )
        session.execute(insert(HandoverAct.__table__), [_act("1"), _act("1")])
    _migrate(db, "head")
    assert "ux_outlet_name_folded" in _indexes(db, "outlet")
    with db.session() as session:
        rows = session.execute(select(Outlet.id, Outlet.name, Outlet.name_folded)).all()
    assert sorted(name for _id, name, _key in rows) == ["Азаттык", "КАБАР", "Кабар"]
    second = max(oid for oid, name, _key in rows if name in ("Кабар", "КАБАР"))
    assert {key for _id, _name, key in rows} == {"кабар", f"кабар #{second}", "азаттык"}
    # Two acts already sharing a number keep it: no index until they are corrected.
    assert "ux_handover_act_number" not in _indexes(db, "handover_act")
    # The later outlet of the name is saved once it is told apart from the first.
    record = get_outlet(db, second)
    with pytest.raises(ContactError):
        save_outlet(db, record)
    renamed = save_outlet(db, OutletRecord(**{**record.__dict__, "name": "Кабар (Ош)"})).record
    assert renamed.name == "Кабар (Ош)"


def test_a_clean_base_gets_both_indexes_on_upgrade(db):
    _migrate(db, "0020", down=True)
    _migrate(db, "head")
    assert "ux_outlet_name_folded" in _indexes(db, "outlet")
    assert "ux_handover_act_number" in _indexes(db, "handover_act")
