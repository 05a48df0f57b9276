"""Import monitoring records from a CSV/XLSX table or a saved feed file, all or nothing.

A table is read with the contact import's reader (encodings, separators, the header row found
among the first lines, column titles in Kyrgyz, Russian or English). Every row is checked
before anything is written; one bad row stops the import and every bad row is listed.
A publication already recorded (same link, or near-identical title of the same outlet) is not
an error: it is skipped and counted, so an overlapping export can be imported again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from pressdesk.exchange.limits import CONTACT_TABLE
from pressdesk.exchange.tabular import (
    FieldSpec,
    RowInvalid,
    RowProblem,
    SourceRow,
    check_rows,
    parse_count,
    parse_date,
    stream_table,
)
from pressdesk.messages import TEXTS, Message
from pressdesk.services.coverage.feeds import FEED_FILE_TYPES, read_feed_file, source_name
from pressdesk.services.coverage.inbox import platform_of
from pressdesk.services.coverage.keys import is_web_address
from pressdesk.services.coverage.records import (
    CoverageError,
    CoverageInput,
    DuplicateCoverage,
    insert_record,
    validate_record,
)
from pressdesk.storage.coverage_models import (
    COVERAGE_LANGUAGES,
    TONES,
)
from pressdesk.storage.coverage_vocab import COVERAGE_PLATFORMS, MATERIAL_KINDS
from pressdesk.storage.engine import Database
from pressdesk.textfold import fold

__all__ = ["COLUMNS", "CoverageImport", "import_coverage"]

T = TypeVar("T")

TABLE_TYPES = (".csv", ".xlsx")

COLUMNS = (
    FieldSpec("date", ("date", "дата", "күнү", "датасы", "date published"), required=True),
    FieldSpec("time", ("time", "время", "убакыт", "убактысы", "время выхода", "эфир убактысы")),
    FieldSpec("outlet", ("outlet", "media", "сми", "жмк", "издание", "басылма"), required=True),
    FieldSpec(
        "title", ("title", "headline", "заголовок", "название", "аталышы", "темасы"), required=True
    ),
    FieldSpec("url", ("url", "link", "ссылка", "шилтеме")),
    FieldSpec("kind", ("kind", "type", "material", "тип", "вид материала", "материалдын түрү")),
    FieldSpec("platform", ("platform", "площадка", "аянтча", "платформа")),
    FieldSpec("summary", ("summary", "краткое содержание", "кыскача мазмуну", "аннотация")),
    FieldSpec("tone", ("tone", "тональность", "тон", "мамиле")),
    FieldSpec("mentions", ("mentions", "упоминания", "эскерүүлөр")),
    FieldSpec("language", ("language", "язык", "тил")),
    FieldSpec("reach", ("reach", "охват", "камтуу", "views", "просмотры")),
)

# Words a monitoring export may use for a tone, a material kind or a platform, folded.
_TONE_WORDS = {
    "positive": "positive",
    "позитивная": "positive",
    "позитивный": "positive",
    "положительная": "positive",
    "оң": "positive",
    "+": "positive",
    "neutral": "neutral",
    "нейтральная": "neutral",
    "нейтральный": "neutral",
    "бейтарап": "neutral",
    "0": "neutral",
    "negative": "negative",
    "негативная": "negative",
    "негативный": "negative",
    "отрицательная": "negative",
    "терс": "negative",
    "-": "negative",
}
_KIND_WORDS = {
    "новость": "news",
    "жаңылык": "news",
    "статья": "article",
    "макала": "article",
    "интервью": "interview",
    "маек": "interview",
    "сюжет": "tv_story",
    "тв сюжет": "tv_story",
    "радиопрограмма": "radio_programme",
    "пост": "post",
    "видео": "video",
    "фоторепортаж": "photo_report",
    "комментарий": "comment",
    "комментарий эксперта": "comment",
    "пикир": "comment",
}
_PLATFORM_WORDS = {
    "сайт": "website",
    "веб-сайт": "website",
    "тв": "tv",
    "телевидение": "tv",
    "радио": "radio",
    "печать": "print",
    "газета": "print",
    "гезит": "print",
    "телеграм": "telegram",
    "фейсбук": "facebook",
    "инстаграм": "instagram",
    "ютуб": "youtube",
    "тикток": "tiktok",
    "twitter": "x",
}
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*$")
_DATE_TIME = re.compile(r"^\s*(\S+)[\sT]+(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)\s*$")


@dataclass
class CoverageImport:
    """What an import did: records written, duplicates skipped, rows refused (then none written)."""

    file: str
    written: list[int] = field(default_factory=list)
    skipped: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    dry_run: bool = False


def _code(value: str, allowed: tuple[str, ...], words: dict[str, str], name: str) -> str:
    folded = fold(value)
    if not folded:
        return ""
    if folded in allowed:
        return folded
    if folded in words:
        return words[folded]
    raise RowInvalid([Message(f"problem.row_unknown_{name}", value=value.strip())])


def _moment(row: SourceRow) -> dt.datetime:
    text = row.get("date").strip()
    time_text = row.get("time").strip()
    joined = _DATE_TIME.match(text)
    if joined and not time_text:
        text, time_text = joined.group(1), joined.group(2)
    try:
        day = parse_date(text)
    except ValueError as exc:
        raise RowInvalid([Message("problem.row_date_not_date", value=text)]) from exc
    if day is None:
        raise RowInvalid([Message("problem.row_date_required")])
    moment = dt.time()
    if time_text:
        found = _TIME.match(time_text)
        if not found or int(found.group(1)) > 23 or int(found.group(2)) > 59:
            raise RowInvalid([Message("problem.row_not_time", value=time_text)])
        moment = dt.time(int(found.group(1)), int(found.group(2)))
    return dt.datetime.combine(day, moment)


def _count(row: SourceRow, key: str, default: int | None) -> int | None:
    try:
        value = parse_count(row.get(key))
    except ValueError as exc:
        raise RowInvalid([Message("problem.row_not_number", value=row.get(key))]) from exc
    return default if value is None else value


def _convert(row: SourceRow) -> CoverageInput:
    problems: list[str] = []

    def attempt(read: Callable[[], T], fallback: T) -> T:
        try:
            return read()
        except RowInvalid as exc:
            problems.extend(exc.reasons)
            return fallback

    url = row.get("url").strip()
    values = {
        "published_at": attempt(lambda: _moment(row), dt.datetime.min),
        "kind": attempt(lambda: _code(row.get("kind"), MATERIAL_KINDS, _KIND_WORDS, "kind"), "")
        or "news",
        "platform": attempt(
            lambda: _code(row.get("platform"), COVERAGE_PLATFORMS, _PLATFORM_WORDS, "platform"),
            "",
        )
        or platform_of(url),
        "tone": attempt(lambda: _code(row.get("tone"), TONES, _TONE_WORDS, "tone"), ""),
        "language": attempt(
            lambda: _code(row.get("language"), COVERAGE_LANGUAGES, {}, "language"), ""
        ),
    }
    mentions = attempt(lambda: _count(row, "mentions", 1) or 0, 1)
    reach: int | None = attempt(lambda: _count(row, "reach", None), None)
    if problems:
        raise RowInvalid(problems)
    data = CoverageInput(
        outlet=row.get("outlet"),
        title=row.get("title"),
        url=url,
        summary=row.get("summary"),
        published_at=values["published_at"],  # type: ignore[arg-type]
        kind=str(values["kind"]),
        platform=str(values["platform"]),
        tone=str(values["tone"]),
        language=str(values["language"]),
        mentions=mentions,
        reach=reach,
    )
    problems.extend(validate_record(data))
    if problems:
        raise RowInvalid(problems)
    return data


def _write(session: Session, rows: list[tuple[int, CoverageInput]], result: CoverageImport) -> None:
    for line, data in rows:
        try:
            result.written.append(insert_record(session, data))
        except DuplicateCoverage:
            result.skipped += 1
        except CoverageError as exc:
            reason = Message(exc.code, **exc.values) if exc.code in TEXTS else str(exc)
            result.rejected.append(RowProblem(line, (reason,), data.title[:60]))


def _feed_rows(path: Path) -> list[tuple[int, CoverageInput]]:
    parsed = read_feed_file(path)
    rows: list[tuple[int, CoverageInput]] = []
    for number, entry in enumerate(parsed.entries, start=1):
        outlet = source_name(parsed, entry)
        rows.append(
            (
                number,
                CoverageInput(
                    published_at=entry.published
                    or dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0),
                    outlet=outlet,
                    title=entry.title or entry.url,
                    url=entry.url if is_web_address(entry.url) else "",
                    platform=platform_of(entry.url),
                    summary=entry.summary[:2000],
                ),
            )
        )
    return rows


def import_coverage(db: Database, path: Path, *, dry_run: bool = False) -> CoverageImport:
    """Import ``path`` (.csv .xlsx .rss .atom .xml); a refused row means nothing is written."""
    suffix = path.suffix.lower()
    result = CoverageImport(path.name, dry_run=dry_run)
    if suffix in TABLE_TYPES:
        table = stream_table(path, COLUMNS, limits=CONTACT_TABLE)
        checked = check_rows(
            table.rows, _convert, lambda row: row.get("title")[:60] or row.get("outlet")[:60]
        )
        result.rejected.extend(checked.rejected)
        rows = checked.accepted
    elif suffix in FEED_FILE_TYPES:
        rows = _feed_rows(path)
        problems = []
        for line, data in rows:
            found = validate_record(data)
            if found:
                problems.append(RowProblem(line, tuple(str(m) for m in found), data.title[:60]))
        result.rejected.extend(problems)
    else:
        raise CoverageError("coverage.import_type", file=path.name)
    if result.rejected:
        return result

    class _Stop(Exception):
        pass

    try:
        with db.session() as session:
            _write(session, rows, result)
            if result.rejected or dry_run:
                raise _Stop
    except _Stop:
        if result.rejected:
            result.written.clear()
    return result
