"""Build the printable register of official accounts in Kyrgyz or Russian.

Passwords and recovery codes are never part of it: it says only whether the computer's
protected store holds them. The document prints each text in its own language only; an
account's notes, kept in one language, are printed only in a register of that language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Final, Protocol

from pressdesk.assets_vocab import SERVICE_VOCAB
from pressdesk.bilingual import Bi
from pressdesk.documents.builders_assets import Letterhead, frame, written_in
from pressdesk.documents.builders_assets import text as assets_text
from pressdesk.documents.locale import Lang, check_lang
from pressdesk.documents.model import Block, Column, Document, KeyValue, Paragraph, Table

# Every fixed word of the register, in one place for a native speaker to check.
_LABELS: Final[dict[str, dict[Lang, str]]] = {
    "accounts_title": {
        "ky": "Расмий аккаунттардын реестри",
        "ru": "Реестр официальных аккаунтов",
    },
    "acc_service": {"ky": "Сервис", "ru": "Сервис"},
    "acc_name": {"ky": "Аталышы", "ru": "Название"},
    "acc_name_ky": {"ky": "Аталышы (кыр.)", "ru": "Название (кырг.)"},
    "acc_name_ru": {"ky": "Аталышы (орус.)", "ru": "Название (рус.)"},
    "acc_service_name": {"ky": "Сервис, аталышы", "ru": "Сервис, название"},
    "acc_url": {"ky": "Дареги (URL)", "ru": "Адрес (URL)"},
    "acc_login": {"ky": "Логин", "ru": "Логин"},
    "acc_url_login": {"ky": "Дареги, логин", "ru": "Адрес, логин"},
    "acc_type": {"ky": "Аккаунттун түрү", "ru": "Тип аккаунта"},
    "acc_type.official": {"ky": "расмий, мекемеге таандык", "ru": "служебный"},
    "acc_type.personal": {"ky": "кызматкердин жеке аккаунту", "ru": "личный аккаунт сотрудника"},
    "acc_owner": {"ky": "Жеке аккаунттун ээси", "ru": "Владелец личного аккаунта"},
    "acc_access": {"ky": "Кирүү укугу барлар", "ru": "Доступ имеют"},
    "acc_two_factor": {
        "ky": "Эки факторлуу аутентификация",
        "ru": "Двухфакторная аутентификация",
    },
    "acc_two_factor_ky": {
        "ky": "Эки факторлуу аутентификация (кыр.)",
        "ru": "Двухфакторная аутентификация (кырг.)",
    },
    "acc_two_factor_ru": {
        "ky": "Эки факторлуу аутентификация (орус.)",
        "ru": "Двухфакторная аутентификация (рус.)",
    },
    "acc_recovery": {
        "ky": "Калыбына келтирүү коддорунун сакталган жери",
        "ru": "Где хранятся коды восстановления",
    },
    "acc_recovery_ky": {
        "ky": "Калыбына келтирүү коддорунун сакталган жери (кыр.)",
        "ru": "Где хранятся коды восстановления (кырг.)",
    },
    "acc_recovery_ru": {
        "ky": "Калыбына келтирүү коддорунун сакталган жери (орус.)",
        "ru": "Где хранятся коды восстановления (рус.)",
    },
    "acc_password_stored": {
        "ky": "Сыр сөз коопсуз сактагычта",
        "ru": "Пароль в защищённом хранилище",
    },
    "acc_codes_stored": {
        "ky": "Коддор коопсуз сактагычта",
        "ru": "Коды в защищённом хранилище",
    },
    "acc_stored": {"ky": "Сактагычта", "ru": "В хранилище"},
    "acc_stored.password": {"ky": "сыр сөз", "ru": "пароль"},
    "acc_stored.codes": {"ky": "калыбына келтирүү коддору", "ru": "коды восстановления"},
    "acc_notes": {"ky": "Эскертүү", "ru": "Примечание"},
    "acc_notes_by_row": {
        "ky": "Эскертүүлөр (саптардын номерлери боюнча)",
        "ru": "Примечания (по номерам строк)",
    },
    "yes": {"ky": "ооба", "ru": "да"},
    "no": {"ky": "жок", "ru": "нет"},
    "acc_total": {"ky": "Аккаунттардын саны", "ru": "Всего аккаунтов"},
    "acc_personal": {
        "ky": "Анын ичинде кызматкерлердин жеке аккаунттары",
        "ru": "Из них личных аккаунтов сотрудников",
    },
    "acc_note": {
        "ky": "Сыр сөздөр жана калыбына келтирүү коддору реестрге киргизилбейт: алар "
        "компьютердин коопсуз сактагычында гана сакталат.",
        "ru": "Пароли и коды восстановления в реестр не вносятся: они хранятся только в "
        "защищённом хранилище компьютера.",
    },
    "acc_personal_note": {
        "ky": "Кызматкерлердин жеке аккаунттары мекемеге өткөрүлүп берилиши же расмий "
        "аккаунттар менен алмаштырылышы керек.",
        "ru": "Личные аккаунты сотрудников подлежат передаче организации или замене служебными.",
    },
    "acc_closing": {
        "ky": "Реестрге бардыгы {n} аккаунт киргизилди.",
        "ru": "Всего в реестр внесено аккаунтов: {n}.",
    },
}


def text(key: str, lang: Lang) -> str:
    """Return the fixed word ``key`` of the register in ``lang``."""
    return _LABELS[key][check_lang(lang)]


class AccountLike(Protocol):
    """The attributes of an account the register prints; secrets are not among them."""

    @property
    def service(self) -> str: ...
    @property
    def name(self) -> Bi: ...
    @property
    def url(self) -> str: ...
    @property
    def login(self) -> str: ...
    @property
    def owner_type(self) -> str: ...
    @property
    def owner_name(self) -> str: ...
    @property
    def access_holders(self) -> str: ...
    @property
    def two_factor_method(self) -> Bi: ...
    @property
    def recovery_location(self) -> Bi: ...
    @property
    def notes(self) -> str: ...
    @property
    def has_password(self) -> bool: ...
    @property
    def has_recovery_codes(self) -> bool: ...


def account_type(owner_type: str, lang: Lang) -> str:
    """Return whose an account is: the organisation's (official) or an employee's own."""
    key = "acc_type.personal" if owner_type == "personal" else "acc_type.official"
    return text(key, lang)


#: The columns of the accounts register as a table (CSV, XLSX): label key and width in letters;
#: a text kept in two languages has a Kyrgyz and a Russian column. A table is data: it carries
#: the notes as typed, in whatever language they are written.
ACCOUNT_TABLE_COLUMNS: Final = (
    ("acc_service", 18),
    ("acc_name_ky", 26),
    ("acc_name_ru", 26),
    ("acc_url", 32),
    ("acc_login", 26),
    ("acc_type", 24),
    ("acc_owner", 24),
    ("acc_access", 28),
    ("acc_two_factor_ky", 22),
    ("acc_two_factor_ru", 22),
    ("acc_recovery_ky", 30),
    ("acc_recovery_ru", 30),
    ("acc_password_stored", 14),
    ("acc_codes_stored", 14),
    ("acc_notes", 30),
)


def account_table_row(account: AccountLike, lang: Lang) -> list[str]:
    """Return one account as the cells of :data:`ACCOUNT_TABLE_COLUMNS`."""
    yes, no = text("yes", lang), text("no", lang)
    return [
        SERVICE_VOCAB.label(account.service, lang),
        account.name.ky,
        account.name.ru,
        account.url,
        account.login,
        account_type(account.owner_type, lang),
        account.owner_name,
        account.access_holders,
        account.two_factor_method.ky,
        account.two_factor_method.ru,
        account.recovery_location.ky,
        account.recovery_location.ru,
        yes if account.has_password else no,
        yes if account.has_recovery_codes else no,
        account.notes,
    ]


def _type_cell(account: AccountLike, lang: Lang) -> str:
    kind = account_type(account.owner_type, lang)
    if account.owner_type == "personal" and account.owner_name:
        return f"{kind}:\n{account.owner_name}"
    return kind


def _stored(account: AccountLike, lang: Lang) -> str:
    parts = []
    if account.has_password:
        parts.append(text("acc_stored.password", lang))
    if account.has_recovery_codes:
        parts.append(text("acc_stored.codes", lang))
    return ", ".join(parts) or text("no", lang)


def accounts_document(
    accounts: Sequence[AccountLike],
    *,
    lang: Lang,
    head: Letterhead,
    on: dt.date,
    approval: bool = False,
    official_use: bool = False,
    generated_at: dt.datetime | None = None,
) -> Document:
    """Return the register of accounts: counts, the numbered table, the signature; never a
    password or a code, only whether the protected store holds them."""
    check_lang(lang)
    personal = sum(1 for account in accounts if account.owner_type == "personal")
    pairs = [(text("acc_total", lang), str(len(accounts)))]
    if personal:
        pairs.append((text("acc_personal", lang), str(personal)))
    # Weights are millimetres of a landscape A4 page.
    columns = [
        Column(text("acc_service_name", lang), 36),
        Column(text("acc_url_login", lang), 44),
        Column(text("acc_type", lang), 36),
        Column(text("acc_access", lang), 36),
        Column(text("acc_two_factor", lang), 26),
        Column(text("acc_recovery", lang), 30),
        Column(text("acc_stored", lang), 24),
    ]
    rows = [
        [
            "\n".join(p for p in (SERVICE_VOCAB.label(a.service, lang), a.name.get(lang)) if p),
            "\n".join(p for p in (a.url, a.login) if p),
            _type_cell(a, lang),
            a.access_holders,
            a.two_factor_method.get(lang),
            a.recovery_location.get(lang),
            _stored(a, lang),
        ]
        for a in accounts
    ]
    blocks: list[Block] = [KeyValue(pairs)]
    if rows:
        blocks.append(Table(columns, rows, numbered=True))
        notes = [
            f"{index}. {a.notes.strip()}"
            for index, a in enumerate(accounts, start=1)
            if a.notes.strip() and written_in(a.notes, lang)
        ]
        if notes:
            blocks.append(Paragraph(text("acc_notes_by_row", lang) + ":", bold=True))
            blocks.append(Paragraph("\n".join(notes)))
        if personal:
            blocks.append(Paragraph(text("acc_personal_note", lang), italic=True))
        blocks.append(Paragraph(text("acc_note", lang), italic=True))
        blocks.append(Paragraph(text("acc_closing", lang).format(n=len(rows))))
    else:
        blocks.append(Paragraph(assets_text("empty", lang)))
    doc = frame(
        lang,
        text("accounts_title", lang),
        head,
        on,
        blocks,
        approval=approval,
        landscape=True,
        generated_at=generated_at,
    )
    return replace(doc, official_use=official_use)
