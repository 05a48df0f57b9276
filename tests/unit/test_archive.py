"""The archive index: sets of photos, videos, audio and documents and where they are kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pressdesk import cli, clock
from pressdesk.assets_vocab import format_size
from pressdesk.bilingual import Bi
from pressdesk.services.archive.records import (
    ArchiveFilter,
    ArchiveRow,
    Carrier,
    archive_totals,
    count_archive,
    delete_archive_set,
    get_archive_set,
    list_archive,
    resolve_carriers,
    responsible_names,
    save_archive_set,
)
from pressdesk.services.assets.files import export_archive, import_archive
from pressdesk.services.staff import StaffRow, save_staff
from pressdesk.services.validation import NotFound, ValidationError

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
GB = 1024**3


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def archive_set(title: str, **fields) -> ArchiveRow:
    """A set whose title is in Russian, on the drive «АРХИВ-1»."""
    fields.setdefault("drive_label", Bi.same("АРХИВ-1"))
    return ArchiveRow(title=Bi(ru=title), **fields)


def test_save_get_delete(db):
    member = save_staff(db, StaffRow("Жумабаева Айгүл Бекеновна"))
    saved = save_archive_set(
        db,
        archive_set(
            "  Пресс-конференция   министра ",
            kind="video",
            taken_on=dt.date(2025, 4, 1),
            size_bytes=5 * GB,
            item_count=3,
            responsible_name="жумабаева айгүл бекеновна",
            folder_path=r"D:\Архив\2025",
        ),
    )
    assert saved.title == Bi(ru="Пресс-конференция министра")
    assert saved.responsible_id == member.id
    assert saved.location("ru") == r"АРХИВ-1; D:\Архив\2025"
    assert get_archive_set(db, saved.id) == saved
    delete_archive_set(db, saved.id)
    with pytest.raises(NotFound):
        get_archive_set(db, saved.id)


def test_big_video_sizes_fit(db):
    saved = save_archive_set(db, archive_set("Видеоархив", kind="video", size_bytes=400 * GB))
    assert get_archive_set(db, saved.id).size_bytes == 400 * GB


def test_validation(db):
    with pytest.raises(ValidationError) as caught:
        save_archive_set(
            db,
            ArchiveRow(
                title=Bi(" ", " "),
                kind="hologram",
                taken_on=clock.today() + dt.timedelta(days=2),
                item_count=-1,
                size_bytes=-5,
                cloud_link="ftp://example.org/x",
                responsible_id=404,
            ),
        )
    assert caught.value.fields() == {
        "title",
        "kind",
        "taken_on",
        "item_count",
        "size_bytes",
        "cloud_link",
        "responsible_id",
    }
    with pytest.raises(ValidationError, match="say where the set is kept"):
        save_archive_set(db, ArchiveRow(title=Bi("Эч жерде", "Нигде")))


def test_registered_document_keeps_number_and_sheets(db):
    saved = save_archive_set(
        db,
        ArchiveRow(
            title=Bi("Басма сөз кызматы жөнүндө жобо"),
            kind="document",
            taken_on=dt.date(2024, 1, 15),
            drive_label=Bi("214-кабинет, №2 шкаф", "Кабинет 214, шкаф №2"),
            doc_number=" 112 ",
            sheets=9,
        ),
    )
    assert (saved.doc_number, saved.sheets) == ("112", 9)
    assert get_archive_set(db, saved.id) == saved
    found = list_archive(db, ArchiveFilter(search="112")).rows
    assert [r.id for r in found] == [saved.id]
    with pytest.raises(ValidationError) as caught:
        save_archive_set(
            db, ArchiveRow(title=Bi("Т"), folder_path="x", sheets=-1, doc_number="9" * 101)
        )
    assert caught.value.fields() == {"sheets", "doc_number"}


def test_drive_labels_name_their_carrier_by_inventory_number(demo_db):
    carriers = resolve_carriers(demo_db, ["АРХИВ-2", "«АРХИВ-1»", "ИН-0022", "Жок", ""])
    second = Bi("«АРХИВ-2» сырткы диски", "Внешний диск «АРХИВ-2»")
    assert carriers == {
        "АРХИВ-2": Carrier("ИН-0022", second),
        "«АРХИВ-1»": Carrier("ИН-0021", Bi("«АРХИВ-1» сырткы диски", "Внешний диск «АРХИВ-1»")),
        "ИН-0022": Carrier("ИН-0022", second),
    }


def test_list_filters_order_and_totals(demo_db):
    everything = list_archive(demo_db)
    # 20 sets of files and 4 registered documents of the press service.
    assert everything.total == 24
    dates = [r.taken_on for r in everything.rows]
    assert dates[0] == dt.date(clock.today().year - 1, 12, 26)  # this year's media plan
    assert dates[-1] is None  # undated last
    assert dates[:-1] == sorted(dates[:-1], reverse=True)
    oldest_first = list_archive(demo_db, descending=False).rows
    assert oldest_first[0].taken_on == dt.date(2023, 12, 29)
    assert oldest_first[-1].taken_on is None
    page = list_archive(demo_db, offset=2, limit=3)
    assert page.rows == everything.rows[2:5] and page.total == 24
    videos = list_archive(demo_db, ArchiveFilter(kind="video")).rows
    assert len(videos) == 7 and {r.kind for r in videos} == {"video"}
    found = list_archive(demo_db, ArchiveFilter(search="ЫСЫК-КӨЛ")).rows
    assert {r.kind for r in found} == {"photo", "audio"}
    in_2024 = ArchiveFilter(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    assert count_archive(demo_db, in_2024) == 14
    titles = [r.title for r in list_archive(demo_db, order="title", descending=False).rows]
    assert titles[0].ky == "2019–2023-жылдардын видеоархиви"
    in_russian = list_archive(demo_db, order="title", descending=False, lang="ru").rows
    assert in_russian[0].title.ru == "Брифинг о подготовке к осенне-зимнему периоду"
    # Either language finds a set.
    for words in ("суу ресурстарын", "водных ресурсов"):
        found = list_archive(demo_db, ArchiveFilter(search=words)).rows
        assert [r.title.ru for r in found] == ["Круглый стол: экономия водных ресурсов"]
    totals = archive_totals(demo_db)
    assert (totals.sets, totals.items, totals.undated) == (24, 10657, 1)
    assert totals.by_kind["document"].sets == 6
    assert totals.by_kind["video"].sets == 7
    assert totals.size_bytes == sum(k.size_bytes for k in totals.by_kind.values())
    assert format_size(totals.size_bytes, "ky") == "498 ГБ"
    assert responsible_names(demo_db) == ["Жумабаева Айгүл Бекеновна", "Петрова Елена Викторовна"]


def test_import_all_or_nothing(demo_db):
    before = count_archive(demo_db)
    stopped = import_archive(demo_db, DATA / "archive_ru_semicolon.csv")
    assert stopped.stopped and count_archive(demo_db) == before
    assert [p.line for p in stopped.rejected] == [4]
    assert "say where the set is kept" in str(stopped.rejected[0])
    done = import_archive(demo_db, DATA / "archive_ru_semicolon.csv", skip_invalid=True)
    # A one-language title goes to the language it is written in.
    assert [r.title for r in done.accepted] == [
        Bi(ru="Брифинг по паводкам"),
        Bi(ru="Выезд в Нарынскую область"),
    ]
    assert done.accepted[0].responsible_id is not None
    assert done.accepted[1].cloud_link == "https://drive.example.org/naryn"
    assert count_archive(demo_db) == before + 2


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_round_trip(demo_db, runtime, tmp_path, suffix):
    path = tmp_path / f"archive{suffix}"
    assert export_archive(demo_db, path, lang="ky") == 24
    other = runtime.open_db(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        result = import_archive(other, path)
        assert result.written, result.rejected
        fields = (
            "title",
            "kind",
            "taken_on",
            "event_title",
            "folder_path",
            "drive_label",
            "cloud_link",
            "item_count",
            "size_bytes",
            "responsible_name",
            "notes",
        )

        def plain(value: object) -> object:
            return (value.ky, value.ru) if isinstance(value, Bi) else value

        before = sorted(
            tuple(plain(getattr(r, f)) for f in fields) for r in list_archive(demo_db).rows
        )
        after = sorted(
            tuple(plain(getattr(r, f)) for f in fields) for r in list_archive(other).rows
        )
        assert after == before
    finally:
        other.close()


def test_xlsx_export_layout(demo_db, tmp_path):
    path = tmp_path / "archive.xlsx"
    export_archive(demo_db, path, lang="ru")
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]][:4] == [
        "Название (кырг.)",
        "Название (рус.)",
        "Вид",
        "Дата",
    ]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:M25"
    assert (sheet["A2"].value, sheet["B2"].value, sheet["C2"].value) == (
        "2019–2023-жылдардын видеоархиви",
        "Видеоархив 2019–2023",
        "Видео",
    )


def test_cli_list_export_import(capsys, data_dir, tmp_path, write_demo):
    write_demo()
    code, out, _ = run(capsys, "archive", "list", "--kind", "видео", "--from", "01.01.2025")
    assert code == 0
    assert "Фермерлер менен жолугушуу, Чүй облусу" in out
    assert "2 sets" in out
    for suffix in (".csv", ".xlsx", ".docx", ".pdf"):
        code, out, _ = run(capsys, "archive", "export", str(tmp_path / f"a{suffix}"))
        assert code == 0 and out.startswith("24 archive sets written")
    code, out, _ = run(
        capsys, "archive", "import", str(DATA / "archive_ru_semicolon.csv"), "--dry-run"
    )
    assert code == 1 and "Nothing was imported" in out
    code, out, _ = run(
        capsys, "archive", "import", str(DATA / "archive_ru_semicolon.csv"), "--skip-invalid"
    )
    assert code == 0 and "Imported 2 archive set(s)" in out
    code, _, err = run(capsys, "archive", "list", "--kind", "hologram")
    assert code == 2 and "Unknown kind" in err
