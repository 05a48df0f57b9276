"""The handover act: draft from live data, who holds what, issue, re-print, correction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from pressdesk import clock
from pressdesk.documents import (
    Clause,
    KeyValue,
    Section,
    Table,
    number_document,
    render_html,
)
from pressdesk.services.accounts.records import AccountRow, list_accounts, save_account
from pressdesk.services.handover.acts import (
    correction_draft,
    get_act,
    issue_act,
    list_acts,
    next_number,
    reprint_act,
    sha256_of,
)
from pressdesk.services.handover.build import build_draft, relabel
from pressdesk.services.handover.document import act_document, copies_clause, printed_sections
from pressdesk.services.handover.draft import (
    SECTION_KEYS,
    DraftLine,
    HandoverError,
    draft_from_json,
    draft_to_dict,
    draft_to_json,
)
from pressdesk.services.handover.labels import LABELS, counted
from pressdesk.services.inventory.history import check_out
from pressdesk.services.inventory.items import ItemFilter, find_item, list_items, save_item
from pressdesk.storage.handover_models import HandoverAct

STAMP = dt.datetime(2026, 11, 23, 9, 30)
OUTGOING = "Жумабаева Айгүл Бекеновна"  # the demo press secretary, custodian of most kit
INCOMING = "Осмонов Нурлан Бакытович"


def _draft(db, **options):  # type: ignore[no-untyped-def]
    values = {"outgoing": OUTGOING, "incoming": INCOMING}
    values.update(options)
    return build_draft(db, **values)


def _tables(block: Section) -> list[Table]:
    return [b for b in block.blocks if isinstance(b, Table)]


def _section(doc, title: str) -> Section:  # type: ignore[no-untyped-def]
    return next(b for b in doc.blocks if isinstance(b, Section) and b.title == title)


def _cells(table: Table) -> list[str]:
    return [cell for row in table.rows for cell in row]


def test_labels_have_both_languages():
    assert all(set(pair) == {"ky", "ru"} and all(pair.values()) for pair in LABELS.values())
    # Russian nouns after numbers take the form the number needs; Kyrgyz ones do not change.
    assert counted("plural.files", 1, "ru") == "1 файл"
    assert counted("plural.files", 3, "ru") == "3 файла"
    assert counted("plural.files", 12, "ru") == "12 файлов"
    assert counted("plural.files", 10503, "ru") == "10\u00a0503 файла"
    assert counted("plural.files", 12, "ky") == "12 файл"


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_sections_are_numbered_and_clauses_continue(demo_db, lang):
    draft = _draft(demo_db, lang=lang)
    assert [s.key for s in draft.sections] == list(SECTION_KEYS)
    doc = act_document(draft)
    numbered = number_document(doc)
    printed = [s.key for s in printed_sections(draft)]
    # Optional sections are printed only with lines; the secrets section only when asked for.
    assert "secrets" not in printed and {"equipment_out", "equipment_other"} <= set(printed)
    sections = [n.number for n in numbered if isinstance(n.block, Section)]
    assert sections == [f"{i}." for i in range(1, len(printed) + 1)]
    clauses = [int(n.number[:-1]) for n in numbered if isinstance(n.block, Clause)]
    assert clauses == list(range(1, len(clauses) + 1))
    owners, current = [], 0
    for n in numbered:
        if isinstance(n.block, Section):
            current += 1
        elif isinstance(n.block, Clause):
            owners.append(current)
    assert set(owners) == set(range(1, len(printed) + 1))


def test_checked_out_items_are_not_handed_over_as_on_hand(demo_db):
    today = clock.today()
    draft = _draft(demo_db, lang="ru")
    on_hand = {line.cells[1] for line in draft.section("equipment").lines}
    out = {line.cells[1]: line.cells for line in draft.section("equipment_out").lines}
    items = {i.inventory_number: i for i in list_items(demo_db, ItemFilter()).rows}
    checked_out = {n for n, i in items.items() if i.checked_out and i.custodian_name == OUTGOING}
    assert checked_out == {"ИН-0004", "ИН-0013"} == set(out)
    assert not on_hand & checked_out
    laptop = out["ИН-0004"]
    # The holder and the return date stand in the item's own row.
    assert laptop[2] == "Өмүрбеков Нурлан Сапарбекович"
    assert laptop[4] == f"{today + dt.timedelta(days=4):%d.%m.%Y}"
    recorder = out["ИН-0013"]
    assert recorder[2] == items["ИН-0013"].holder_name
    assert recorder[4].endswith("(просрочено)")


def test_other_custodians_items_are_listed_under_them(demo_db):
    projector = find_item(demo_db, "ИН-0019")  # kept by the IT specialist
    due = clock.today() + dt.timedelta(days=2)
    check_out(demo_db, projector.id or 0, "Токтосунова Гүлнара Маратовна", due=due)
    draft = _draft(demo_db, lang="ky")
    handed = {line.cells[1] for line in draft.section("equipment").lines}
    others = {line.cells[1]: line for line in draft.section("equipment_other").lines}
    for number, item in ((i.inventory_number, i) for i in list_items(demo_db).rows):
        if item.custodian_name != OUTGOING:
            assert number not in handed
            assert others[number].group.startswith(item.custodian_name)
    row = others["ИН-0019"].cells
    assert row[3] == f"Токтосунова Гүлнара Маратовна; кайтаруу мөөнөтү: {due:%d.%m.%Y}"
    doc = act_document(draft)
    section = _section(doc, "Башка кызматкерлердин жоопкерчилигиндеги техника")
    groups = [b.pairs[0] for b in section.blocks if isinstance(b, KeyValue)]
    # The custodian's post and unit come from the staff list, in the act's language only.
    it = "Исаков Эрлан Дөөлөтович (Башкы адис, Маалыматтык технологиялар бөлүмү)"
    assert ("Жоопкер", it) in groups
    ru = act_document(_draft(demo_db, lang="ru"))
    section = _section(ru, "Техника, числящаяся за другими сотрудниками")
    groups = [b.pairs[0] for b in section.blocks if isinstance(b, KeyValue)]
    it = "Исаков Эрлан Дөөлөтович (Главный специалист, Отдел информационных технологий)"
    assert ("Ответственное лицо", it) in groups
    # A group where nothing is out prints no empty "where is it now" column.
    tables = _tables(section)
    assert any(len(t.columns) == 4 for t in tables) and any(len(t.columns) == 3 for t in tables)


def test_a_shortened_name_still_finds_the_custody(demo_db):
    full = _draft(demo_db)
    short = _draft(demo_db, outgoing="Жумабаева А.Б.")
    assert [line.cells for line in short.section("equipment").lines] == [
        line.cells for line in full.section("equipment").lines
    ]
    # Nobody's custody matches a stranger: nothing is handed over by them.
    stranger = _draft(demo_db, outgoing="Башка Адам")
    assert stranger.section("equipment").lines == []
    assert len(stranger.section("equipment_other").lines) == len(list_items(demo_db).rows)


def test_equipment_leaves_out_written_off_items(demo_db):
    gone = find_item(demo_db, "ИН-0001")
    save_item(demo_db, dataclasses.replace(gone, condition="written_off"))
    draft = _draft(demo_db)
    numbers = [
        line.cells[1]
        for key in ("equipment", "equipment_out", "equipment_other")
        for line in draft.section(key).lines
    ]
    assert "ИН-0001" not in numbers
    assert len(numbers) == len(list_items(demo_db, ItemFilter()).rows)


def test_personal_accounts_are_outside_the_official_section(demo_db):
    draft = _draft(demo_db, lang="ru")
    accounts = list_accounts(demo_db)
    personal = {a.login for a in accounts if a.owner_type == "personal"}
    official = [a for a in accounts if a.owner_type == "official"]
    assert personal == {"a.jumabaeva@example.org", "agro.kg.official"}
    section = draft.section("accounts")
    assert {line.cells[1] for line in section.lines} == {a.login for a in official}
    assert len(section.lines) == len(official)
    # Two columns are left for the signing: access handed over, password changed (date).
    assert section.columns[-2:] == [
        "Доступ передан (подпись)",
        "Пароль сменён принимающей стороной (дата)",
    ]
    assert all(line.cells[-2:] == ["", ""] for line in section.lines)
    own = draft.section("personal")
    assert {line.cells[1] for line in own.lines} == personal
    tiktok = next(line for line in own.lines if line.cells[1] == "agro.kg.official")
    assert "перевести на служебный номер" in tiktok.cells[3]
    doc = act_document(draft)
    official_table = _tables(_section(doc, "Официальные аккаунты"))[0]
    assert not any(login in _cells(official_table) for login in personal)
    assert any(
        "Пароли и коды восстановления в акт не вносятся" in c.text
        for c in _section(doc, "Официальные аккаунты").blocks
        if isinstance(c, Clause)
    )


def test_personal_account_without_a_note_gets_the_default_action(db):
    save_account(db, AccountRow("instagram", "my.own", owner_type="personal", owner_name="А"))
    draft = _draft(db, lang="ky")
    assert draft.section("personal").lines[0].cells[3] == "уюмга өткөрүп берүү же жабуу"


def test_recovery_places_become_keys_and_envelopes(demo_db):
    lines = [line.cells for line in _draft(demo_db, lang="ru").section("recovery").lines]
    things = [cells[0] for cells in lines]
    assert things[0] == "Ключ: Сейф, кабинет 214"
    assert "конверт №1 (Сейф, кабинет 214)" in things
    envelope3 = next(cells for cells in lines if cells[0].startswith("конверт №3"))
    assert envelope3[1] == "Страница Министерства сельского хозяйства и Страница в Instagram"
    assert all(cells[2] == "" for cells in lines)
    ky = [line.cells for line in _draft(demo_db, lang="ky").section("recovery").lines]
    assert ky[0][0] == "Ачкыч: Сейф, 214-кабинет"
    assert "№1 конверт (Сейф, 214-кабинет)" in [cells[0] for cells in ky]


def test_secrets_section_says_what_it_lists_or_that_nothing_is_stored(demo_db):
    from pressdesk.services.accounts.records import set_password, set_recovery_codes

    draft = _draft(demo_db, lang="ru")
    draft.secrets_annex = True
    html = render_html(act_document(draft))
    assert "не сохранено ни одного пароля" in html
    account = list_accounts(demo_db)[0]
    set_password(demo_db, account.id, "Секрет-1234")
    set_recovery_codes(demo_db, account.id, "AAA-111")
    draft = _draft(demo_db, lang="ru")
    draft.secrets_annex = True
    line = next(line for line in draft.section("secrets").lines if line.cells[1] == account.login)
    assert line.cells[2] == "пароль, коды восстановления"
    html = render_html(act_document(draft))
    assert "Пароли и коды, передаваемые лично" in html
    assert "Секрет-1234" not in html and "AAA-111" not in html


def test_nothing_is_concluded_that_nobody_checked(demo_db):
    draft = _draft(demo_db, lang="ru")
    doc = act_document(draft)
    html = render_html(doc)
    for claim in ("Замечаний нет", "Таковых не имеется", "удостоверение сдано в"):
        assert claim not in html
    final = _section(doc, "Заключительные положения")
    texts = [b.text for b in final.blocks if isinstance(b, Clause)]
    assert "Замечания принимающей стороны (заполняется при подписании акта):" in texts
    assert any("сдано / не сдано (нужное подчеркнуть)" in t for t in texts)
    hand = _tables(final)[0]
    assert hand.rows == [[""], [""], [""]] and hand.min_row_height_mm > 0
    # What the user typed is printed instead.
    draft.section("remarks").lines = [DraftLine(["Замечаний нет"])]
    draft.section("duties").lines = [DraftLine(["ведение Telegram-канала"])]
    draft.id_card = "Служебное удостоверение № 214 сдано 03.12.2026."
    html = render_html(act_document(draft))
    assert "Замечаний нет." in html and "ведение Telegram-канала." in html
    assert "Служебное удостоверение № 214 сдано 03.12.2026." in html
    assert "нужное подчеркнуть" not in html


def test_documents_are_real_documents_from_the_archive_index(demo_db):
    lines = [line.cells for line in _draft(demo_db, lang="ru").section("documents").lines]
    regulation = next(c for c in lines if c[0].startswith("Положение о пресс-службе"))
    assert regulation[1:4] == ["112", "15.01.2024", "9 л."]
    assert regulation[4] == "Кабинет 214, шкаф №2, папка «Нормативные документы»"
    plan = next(c for c in lines if c[0].startswith("Контент-план Министерства"))
    year = clock.today().year
    assert plan[0] == f"Контент-план Министерства сельского хозяйства на {year} год"
    assert plan[1] == "01-14/312" and plan[3] == "14 л." and "«Планы»" in plan[4]
    releases = next(c for c in lines if c[0].startswith("Пресс-релизы"))
    # A set of files is kept on a drive, named by its inventory number.
    assert releases[3] == "118 файлов" and releases[4].startswith("ИН-0022 (АРХИВ-2)")


def test_documents_left_empty_are_filled_in_by_hand(db):
    doc = act_document(_draft(db, lang="ky"))
    section = _section(doc, "Документтер")
    assert isinstance(section.blocks[0], Clause)
    assert section.blocks[0].text.endswith("(акт кол коюлганда толтурулат):")
    assert _tables(section)[0].rows == [[""], [""], [""]]


def test_archive_shows_files_size_and_carrier(demo_db):
    draft = _draft(demo_db, lang="ky")
    section = draft.section("archive")
    assert section.title == "Сүрөт, видео жана аудио архивдер"
    video = next(
        line.cells
        for line in section.lines
        if line.cells[0].startswith("2019–2023-жылдардын видеоархиви")
    )
    assert video[1:5] == ["29.12.2023", "212", "378 ГБ", "ИН-0021 (АРХИВ-1)"]
    assert not any("документ" in line.cells[0] for line in section.lines)
    ru = _draft(demo_db, lang="ru").section("archive")
    assert ru.title == "Фото-, видео- и аудиоархивы"


@pytest.mark.parametrize(
    ("kinds", "ky", "ru"),
    [
        (["photo"], "Сүрөт архивдер", "Фотоархивы"),
        (["photo", "video"], "Сүрөт жана видео архивдер", "Фото- и видеоархивы"),
        (["mixed"], "Архивдер", "Архивы"),
    ],
)
def test_archive_heading_names_only_what_is_listed(kinds, ky, ru):
    from pressdesk.services.handover.build import archive_heading

    assert archive_heading(kinds, "ky") == ky
    assert archive_heading(kinds, "ru") == ru


def test_parties_signatures_and_approval(demo_db):
    draft = _draft(
        demo_db,
        lang="ky",
        chair="Токтосунова Гүлнара Маратовна",
        commission=["Исаков Эрлан Дөөлөтович", "Сыдыков Азамат, айдоочу"],
    )
    doc = act_document(draft)
    assert doc.approval is not None
    assert doc.approval.title == "Кыргыз Республикасынын айыл чарба министри"
    assert doc.approval.name == "Б.Т. Асанов"
    assert doc.place == "Бишкек ш."
    general = doc.blocks[0]
    assert isinstance(general, Section)
    parties = _tables(general)[0].rows
    assert ["Өткөрүп берүүчү тарап", OUTGOING, "Басма сөз катчысы"] in parties
    assert [
        "Комиссиянын төрагасы",
        "Токтосунова Гүлнара Маратовна",
        "Персоналды башкаруу кызматынын башчысы",
    ] in parties
    assert ["Комиссиянын мүчөсү", "Сыдыков Азамат", "айдоочу"] in parties
    assert [(s.role, s.name) for s in doc.signatures] == [
        ("Өткөрүп берген\nБасма сөз катчысы", "А.Б. Жумабаева"),
        ("Кабыл алган\nБасма сөз катчысы", "Н.Б. Осмонов"),
        ("Комиссиянын төрагасы\nПерсоналды башкаруу кызматынын башчысы", "Г.М. Токтосунова"),
        ("Комиссиянын мүчөсү\nБашкы адис", "Э.Д. Исаков"),
        ("Комиссиянын мүчөсү\nайдоочу", "А. Сыдыков"),
    ]
    # Two parties and the HR service keep a copy each.
    assert copies_clause(draft) == (
        "Акт үч нускада түзүлдү; өткөрүп берүүчү тарапка, кабыл алуучу тарапка жана "
        "персоналды башкаруу кызматына бирден берилет."
    )
    draft.lang = "ru"
    assert copies_clause(draft) == (
        "Акт составлен в трёх экземплярах: по одному для передающей стороны, принимающей "
        "стороны и службы управления персоналом."
    )


def test_official_use_mark_and_place(demo_db):
    assert act_document(_draft(demo_db)).official_use is False
    doc = act_document(_draft(demo_db, lang="ru", official_use=True, place="с. Кара-Балта"))
    assert doc.official_use is True and doc.place == "с. Кара-Балта"
    assert act_document(_draft(demo_db, lang="ru")).place == "г. Бишкек"


def test_basis_and_replacement_in_running_text(demo_db):
    draft = _draft(demo_db, lang="ky")
    draft.basis_number, draft.basis_date = "45-к", dt.date(2026, 11, 28)
    draft.replaces_number, draft.replaces_date = "3", dt.date(2026, 11, 20)
    html = render_html(act_document(draft))
    assert "2026-жылдын 28-ноябрындагы № 45-к буйругу" in html
    assert "2026-жылдын 20-ноябрындагы № 3 актынын ордуна" in html
    assert "кызматкеринин ээлеген кызматынан бошотулушуна" in html
    draft.lang = "ru"
    html = render_html(act_document(relabel(draft, demo_db)))
    assert "приказ от 28 ноября 2026 г. № 45-к" in html
    assert "взамен акта от 20 ноября 2026 г. № 3" in html


def test_language_change_keeps_typed_posts_and_translates_known_ones(demo_db):
    draft = _draft(demo_db, lang="ky", chair="Токтосунова Гүлнара Маратовна")
    draft.incoming.title = "Башкы адис (убактылуу)"
    draft.lang = "ru"
    fresh = relabel(draft, demo_db)
    assert fresh.outgoing.title == "Пресс-секретарь"
    assert fresh.chair.title == "Руководитель службы управления персоналом"
    assert fresh.incoming.title == "Башкы адис (убактылуу)"
    assert fresh.head.title == "Министр сельского хозяйства Кыргызской Республики"
    assert fresh.place == "г. Бишкек"


def test_hiring_reads_the_other_way(demo_db):
    dismissal = act_document(_draft(demo_db, lang="ru"))
    hiring = act_document(_draft(demo_db, lang="ru", direction="hiring"))
    html_d, html_h = render_html(dismissal), render_html(hiring)
    assert "Передаются следующие документы" in html_d
    assert "Получены следующие документы" in html_h
    assert "подтверждает получение" in html_h and "подтверждает получение" not in html_d
    assert hiring.signatures[1].role.startswith("Получил, с перечнем ознакомлен")
    assert dismissal.signatures[1].role.startswith("Принял")
    assert "выдано / не выдано" in html_h
    temporary = render_html(act_document(_draft(demo_db, lang="ru", direction="temporary")))
    assert "удостоверение" not in temporary
    assert "временно исполняющего обязанности" in temporary


def test_edits_reach_the_document(demo_db):
    draft = _draft(demo_db, lang="ru")
    draft.section("documents").lines[0].included = False
    draft.section("equipment").lines[0].note = "царапина на корпусе"
    draft.section("duties").lines.append(DraftLine(["ведение страницы в Threads"]))
    html = render_html(act_document(draft))
    assert "Министрликтин басма сөз кызматы жөнүндө жобо" not in html
    assert "царапина на корпусе" in html and "Примечание" in html
    assert "ведение страницы в Threads." in html


def test_snapshot_round_trips_and_old_snapshots_still_read(demo_db):
    draft = _draft(demo_db, lang="ky", commission=["А"], chair="Б, төрага")
    draft.basis_number, draft.basis_date = "12-к", dt.date(2026, 11, 20)
    draft.attachments = ["/tmp/a.pdf"]
    text = draft_to_json(draft, STAMP)
    again, stamp = draft_from_json(text)
    assert again == draft and stamp == STAMP
    assert json.loads(text)["version"] == 3
    # The lines keep the records they name, for the check of texts before issue.
    assert again.section("equipment").lines[0].refs[0].section == "equipment"
    # A version 2 snapshot (lines without the records they name) is still read.
    before = draft_to_dict(draft)
    for section in before["sections"]:
        for line in section["lines"]:
            del line["refs"]
    payload = json.dumps({"version": 2, "generated_at": None, "draft": before}, ensure_ascii=False)
    previous, _stamp = draft_from_json(payload)
    assert previous.section("equipment").lines[0].refs == []
    assert act_document(previous) == act_document(draft)
    # A version 1 snapshot (no chair, annexes or blank rows) is still read for re-printing.
    old = draft_to_dict(draft)
    for key in ("chair", "annexes", "attachments", "official_use", "plan_days", "id_card"):
        del old[key]
    for section in old["sections"]:
        for key in ("optional", "blank_rows", "blank_intro"):
            del section[key]
        for line in section["lines"]:
            del line["group"], line["refs"]
    payload = json.dumps({"version": 1, "generated_at": None, "draft": old}, ensure_ascii=False)
    legacy, _stamp = draft_from_json(payload)
    assert legacy.chair.name == "" and legacy.annexes == [] and legacy.plan_days == 30
    act_document(legacy)
    with pytest.raises(HandoverError):
        draft_from_json("{}")


def test_issue_records_annexes_with_their_sha256(demo_db, tmp_path: Path):
    from pressdesk.services.contacts.query import count_people

    other = tmp_path / "ведомость.pdf"
    other.write_bytes(b"%PDF-1.4 annex")
    draft = _draft(demo_db, lang="ru")
    draft.attachments = [str(other)]
    # Before issue the act says the names and fingerprints are written at issue.
    html = render_html(act_document(draft))
    assert "Приложение № 1. Полная выгрузка базы контактов СМИ." in html
    assert "указываются при выпуске акта" in html and "Приложение № 2. ведомость.pdf." in html
    act = issue_act(demo_db, draft, [tmp_path / "act.docx"], now=STAMP)
    media, attached = draft.annexes
    assert media.file_name == act.export_name == "act-media-base.csv"
    assert media.sha256 == act.export_sha256 == sha256_of(tmp_path / "act-media-base.csv")
    assert media.records == count_people(demo_db)
    assert (attached.file_name, attached.sha256) == ("ведомость.pdf", sha256_of(other))
    html = render_html(act_document(draft))
    assert f"SHA-256: {media.sha256}." in html and f"SHA-256: {attached.sha256}." in html
    assert "(Приложение № 1)" in html
    missing = _draft(demo_db)
    missing.attachments = [str(tmp_path / "нет.pdf")]
    with pytest.raises(HandoverError, match="cannot be read"):
        issue_act(demo_db, missing, [tmp_path / "b.docx"])


def test_issue_and_reprint_give_identical_files(demo_db, tmp_path: Path):
    draft = _draft(demo_db, lang="ru")
    act = issue_act(demo_db, draft, [tmp_path / "act.docx", tmp_path / "act.pdf"], now=STAMP)
    assert act.number == "1" and act.generated_at == STAMP
    assert act.docx_sha256 == sha256_of(tmp_path / "act.docx")
    assert act.pdf_sha256 == sha256_of(tmp_path / "act.pdf")
    for suffix in (".docx", ".pdf"):
        again = reprint_act(demo_db, act.id, tmp_path / f"again{suffix}")
        assert again.matches is True
        assert (tmp_path / f"again{suffix}").read_bytes() == (
            tmp_path / f"act{suffix}"
        ).read_bytes()
    assert [a.id for a in list_acts(demo_db)] == [act.id]
    assert next_number(demo_db) == "2"


def test_reprint_reports_a_mismatch(demo_db, tmp_path: Path):
    act = issue_act(demo_db, _draft(demo_db), [tmp_path / "act.docx"], export_format=None)
    with demo_db.session() as session:
        # The only way a stored act changes is tampering; the hash check must notice.
        row = session.get(HandoverAct, act.id)
        assert row is not None
        row.snapshot = row.snapshot.replace(OUTGOING, "Башка Адам")
    again = reprint_act(demo_db, act.id, tmp_path / "again.docx")
    assert again.matches is False and again.expected == act.docx_sha256
    assert reprint_act(demo_db, act.id, tmp_path / "again.pdf").matches is None


def test_correction_refers_to_the_earlier_act(demo_db, tmp_path: Path):
    first = issue_act(
        demo_db, _draft(demo_db, lang="ru", on=dt.date(2026, 11, 20)), [tmp_path / "a.docx"]
    )
    draft = correction_draft(demo_db, first.id, today=dt.date(2026, 11, 23))
    assert draft.number == "2" and draft.replaces_id == first.id
    assert draft.annexes == [] and draft.media_export == ".csv"
    draft.incoming.name = "Осмонов Нурлан Бакытулы"
    second = issue_act(demo_db, draft, [tmp_path / "b.docx"], export_format=".csv")
    assert second.replaces_id == first.id and second.export_name == "b-media-base.csv"
    html = render_html(act_document(draft))
    assert "взамен акта от 20 ноября 2026 г. № 1" in html
    assert get_act(demo_db, first.id).incoming_name == INCOMING


def test_issue_refuses_bad_targets(demo_db, tmp_path: Path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    draft = _draft(demo_db)
    with pytest.raises(HandoverError, match="use one of"):
        issue_act(demo_db, draft, [tmp_path / "act.txt"])
    with pytest.raises(HandoverError, match="at least one"):
        issue_act(demo_db, draft, [])
    draft.outgoing.name = draft.incoming.name = ""
    with pytest.raises(HandoverError, match="party"):
        issue_act(demo_db, draft, [tmp_path / "act.pdf"])
    with pytest.raises(HandoverError, match="no issued"):
        get_act(demo_db, 99)
    assert not list(tmp_path.iterdir())
