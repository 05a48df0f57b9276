"""The act's equipment and account sections: who holds each item, which accounts are whose.

Every text is printed in the act's language only: a name, a place or a two-factor method
missing in it is left out (the check before issue lists it), and an account's notes, kept
in one language, are printed only in an act of that language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from pressdesk.assets_vocab import CONDITION_VOCAB
from pressdesk.documents.builders_assets import written_in
from pressdesk.documents.locale import Lang, format_date_short
from pressdesk.services.accounts.records import AccountRow, list_accounts
from pressdesk.services.handover.draft import DraftLine, DraftSection
from pressdesk.services.handover.labels import Direction, joined, way, word
from pressdesk.services.handover.names import same_person
from pressdesk.services.inventory.items import ItemFilter, ItemRow, list_items, natural_key
from pressdesk.services.preflight import Ref
from pressdesk.services.staff import StaffRow, list_staff
from pressdesk.storage.engine import Database
from pressdesk.textfold import fold, sort_key

# Words that make a storage place something with a key (a safe, a locked cabinet or drawer).
_LOCKED = re.compile(r"сейф|шкаф|ящик|кутуча|жашык|safe|cabinet|locker", re.IGNORECASE)
_ENVELOPE = re.compile(r"конверт|envelope", re.IGNORECASE)


def _date(value: dt.date | None) -> str:
    return format_date_short(value) if value else ""


def _name_model(item: ItemRow, lang: Lang) -> str:
    return ", ".join(part for part in (item.name.get(lang), item.model) if part)


def _item_ref(item: ItemRow) -> Ref:
    return Ref("equipment", item.id or 0, ("name",))


def _staff_of(staff: list[StaffRow], name: str) -> StaffRow | None:
    if not name.strip():
        return None
    return next((m for m in staff if same_person(m.full_name, name)), None)


def custodian_heading(name: str, member: StaffRow | None, lang: Lang) -> str:
    """Return the custodian as the act names them: the name, then the post and the unit from
    the staff list in the act's language («Исаков Эрлан Дөөлөтович (Башкы адис, Маалыматтык
    технологиялар бөлүмү)»); a post or unit not written in that language is left out."""
    if member is None:
        return name
    post = ", ".join(p for p in (member.positions.get(lang), member.unit.get(lang)) if p)
    return f"{name} ({post})" if post else name


def _due(item: ItemRow, lang: Lang, today: dt.date) -> str:
    if item.due_on is None:
        return word("due.none", lang)
    if item.due_on < today:
        return word("due.overdue", lang).format(date=_date(item.due_on))
    return _date(item.due_on)


def _now_with(item: ItemRow, lang: Lang) -> str:
    if not item.checked_out:
        return ""
    if item.due_on is None:
        return word("holder.no_due", lang).format(name=item.holder_name)
    return word("holder.due", lang).format(name=item.holder_name, date=_date(item.due_on))


def equipment_sections(
    db: Database, lang: Lang, direction: Direction, holder: str, today: dt.date
) -> list[DraftSection]:
    """Return the three equipment sections as the register shows them now.

    Items in ``holder``'s custody that are on hand are handed over; those checked out to
    someone are listed apart with the holder and the return date; items in other employees'
    custody are listed under each of them, for information, not as handed over.
    """
    items = list_items(db, ItemFilter(include_written_off=False), order="inventory_number").rows
    staff = list_staff(db)
    holder = holder.strip()
    mine = [
        i for i in items if holder and i.custodian_name and same_person(i.custodian_name, holder)
    ]
    mine_ids = {i.id for i in mine}
    others = [i for i in items if i.id not in mine_ids]
    on_hand = [
        DraftLine(
            [
                _name_model(i, lang),
                i.inventory_number,
                i.serial_number,
                CONDITION_VOCAB.label(i.condition, lang),
                "",
            ],
            refs=[_item_ref(i)],
        )
        for i in mine
        if not i.checked_out
    ]
    out = [
        DraftLine(
            [
                _name_model(i, lang),
                i.inventory_number,
                i.holder_name,
                _date(i.out_since),
                _due(i, lang, today),
                "",
            ],
            refs=[_item_ref(i)],
        )
        for i in mine
        if i.checked_out
    ]
    others.sort(
        key=lambda i: (
            not i.custodian_name,
            sort_key(i.custodian_name),
            natural_key(i.inventory_number),
        )
    )
    other_lines = []
    for i in others:
        member = _staff_of(staff, i.custodian_name)
        refs = [_item_ref(i)]
        if member is not None and member.id is not None:
            refs.append(Ref("staff", member.id, ("position", "unit")))
        other_lines.append(
            DraftLine(
                [
                    _name_model(i, lang),
                    i.inventory_number,
                    CONDITION_VOCAB.label(i.condition, lang),
                    _now_with(i, lang),
                ],
                group=custodian_heading(i.custodian_name, member, lang) if i.custodian_name else "",
                refs=refs,
            )
        )
    return [
        DraftSection(
            "equipment",
            word("section.equipment", lang),
            word(f"equipment.{way(direction)}", lang),
            "table",
            columns=[
                word(f"col.{key}", lang)
                for key in ("name", "inventory", "serial", "condition", "received_mark")
            ],
            lines=on_hand,
            empty=word("empty", lang),
        ),
        DraftSection(
            "equipment_out",
            word("section.equipment_out", lang),
            word("equipment_out.intro", lang),
            "table",
            columns=[
                word(f"col.{key}", lang)
                for key in ("name", "inventory", "holder", "since", "due", "returned_mark")
            ],
            lines=out,
            empty=word("empty", lang),
            optional=True,
        ),
        DraftSection(
            "equipment_other",
            word("section.equipment_other", lang),
            word("equipment_other.intro", lang),
            "table",
            columns=[
                word(f"col.{key}", lang) for key in ("name", "inventory", "condition", "now_with")
            ],
            lines=other_lines,
            empty=word("empty", lang),
            optional=True,
        ),
    ]


def service_cell(account: AccountRow, lang: Lang) -> str:
    """Return the account's name (or service) with its address on a second line."""
    name = account.display_name(lang)
    return "\n".join(part for part in (name, account.url) if part)


def _access_now(account: AccountRow, lang: Lang) -> str:
    parts = (account.access_holders, account.two_factor_method.get(lang))
    return "; ".join(p for p in parts if p)


def _account_ref(account: AccountRow, *fields: str) -> Ref:
    return Ref("account", account.id or 0, fields)


def personal_action(account: AccountRow, lang: Lang) -> str:
    """Return what is to be done with a personal account: its notes when they are written in
    the act's language, else the act's standard wording."""
    notes = account.notes.strip()
    if notes and written_in(notes, lang):
        return notes
    return word("personal.action", lang)


def account_sections(
    db: Database, lang: Lang, direction: Direction
) -> tuple[DraftSection, DraftSection, DraftSection, DraftSection]:
    """Return the official accounts, the recovery envelopes and keys, the secrets handed over
    in person and the personal accounts (to transfer or close), in that order.

    Only what the register shows is read; the password store is asked nothing but whether a
    secret is kept, never for the secret.
    """
    accounts = list_accounts(db, lang=lang)
    official = [a for a in accounts if a.owner_type != "personal"]
    personal = [a for a in accounts if a.owner_type == "personal"]
    accounts_section = DraftSection(
        "accounts",
        word("section.accounts", lang),
        word(f"accounts.{way(direction)}", lang),
        "table",
        columns=[
            word(f"col.{key}", lang)
            for key in ("service", "login", "access_now", "access_handed", "password_changed")
        ],
        lines=[
            DraftLine(
                [service_cell(a, lang), a.login, _access_now(a, lang), "", ""],
                refs=[_account_ref(a, "name", "two_factor_method")],
            )
            for a in official
        ],
        closing=[word("accounts.no_passwords", lang)],
        empty=word("empty", lang),
    )
    recovery = DraftSection(
        "recovery",
        word("section.recovery", lang),
        word("recovery.intro", lang),
        "table",
        columns=[word(f"col.{key}", lang) for key in ("thing", "for_accounts", "handed_mark")],
        lines=recovery_lines(accounts, lang),
        empty=word("empty", lang),
        optional=True,
    )
    secrets = DraftSection(
        "secrets",
        word("section.secrets", lang),
        word("secrets.intro", lang),
        "table",
        columns=[
            word(f"col.{key}", lang) for key in ("service", "login", "stored", "handed_in_person")
        ],
        lines=secret_lines(accounts, lang),
        empty=word("secrets.none", lang),
    )
    personal_section = DraftSection(
        "personal",
        word("section.personal", lang),
        word("personal.intro", lang),
        "table",
        columns=[
            word(f"col.{key}", lang) for key in ("service", "login", "owner", "action", "done_mark")
        ],
        lines=[
            DraftLine(
                [service_cell(a, lang), a.login, a.owner_name, personal_action(a, lang), ""],
                refs=[_account_ref(a, "name")],
            )
            for a in personal
        ],
        empty=word("empty", lang),
        optional=True,
    )
    return accounts_section, recovery, secrets, personal_section


def secret_lines(accounts: Iterable[AccountRow], lang: Lang) -> list[DraftLine]:
    """Return a line for each account whose password or recovery codes the store keeps."""
    lines = []
    for account in accounts:
        what = [
            word(key, lang)
            for key, present in (
                ("secrets.password", account.has_password),
                ("secrets.codes", account.has_recovery_codes),
            )
            if present
        ]
        if what:
            name = account.display_name(lang)
            lines.append(
                DraftLine(
                    [name, account.login, ", ".join(what), ""],
                    refs=[_account_ref(account, "name")],
                )
            )
    return lines


def _split_place(location: str) -> tuple[str, str]:
    """Split "Сейф, 214-кабинет, конверт №1" into the place and the envelope ("" if none)."""
    parts = [p.strip() for p in re.split(r"[,;]", location) if p.strip()]
    envelopes = [p for p in parts if _ENVELOPE.search(p)]
    place = ", ".join(p for p in parts if p not in envelopes)
    return place, ", ".join(envelopes)


def recovery_lines(accounts: Sequence[AccountRow], lang: Lang) -> list[DraftLine]:
    """Return the things to hand over where recovery codes are kept: the key of each locked
    place (a safe, a cabinet), then each envelope or other place with the accounts it serves.
    """
    keys: dict[str, list[str]] = {}
    things: dict[str, list[str]] = {}
    refs: dict[str, list[Ref]] = {}
    for account in accounts:
        # A place written only in the other language is left out; the check before issue
        # lists it among the missing texts.
        location = " ".join(account.recovery_location.get(lang).split())
        if not location:
            continue
        name = account.display_name(lang)
        ref = _account_ref(account, "name", "recovery_location")
        place, envelope = _split_place(location)
        if place and _LOCKED.search(place):
            keys.setdefault(place, []).append(name)
            refs.setdefault(f"key:{place}", []).append(ref)
        if envelope:
            thing = word("recovery.envelope", lang).format(envelope=envelope, place=place)
            thing = thing.replace(" ()", "")
        else:
            thing = location
        if not (place and _LOCKED.search(place) and not envelope):
            things.setdefault(thing, []).append(name)
            refs.setdefault(f"thing:{thing}", []).append(ref)
    lines = [
        DraftLine(
            [word("recovery.key", lang).format(place=place), joined(names, lang), ""],
            refs=refs[f"key:{place}"],
        )
        for place, names in sorted(keys.items(), key=lambda p: sort_key(p[0]))
    ]
    lines += [
        DraftLine([thing, joined(names, lang), ""], refs=refs[f"thing:{thing}"])
        for thing, names in sorted(things.items(), key=lambda p: natural_key(fold(p[0])))
    ]
    return lines
