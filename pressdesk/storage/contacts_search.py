"""Full-text search over people: SQLite FTS5 with bm25 ranking; on PostgreSQL the same word-prefix
matching with names weighed first; LIKE on folded text elsewhere."""

from __future__ import annotations

import contextlib
import functools
import operator
import re
import sqlite3
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Engine,
    Float,
    Integer,
    Select,
    Subquery,
    Table,
    and_,
    case,
    func,
    insert,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from pressdesk.bilingual import Bi
from pressdesk.storage.contacts_models import Person
from pressdesk.textfold import fold

FTS_TABLE = "person_fts"
# The trigger that indexes each new person as it is inserted (see migration 0003).
FTS_INSERT_TRIGGER = "person_fts_ai"
# Matches in the name weigh more than matches in position, outlet, topics, phones or notes.
NAME_WEIGHT = 10.0
TEXT_WEIGHT = 1.0
MIN_PHONE_SUFFIX = 6

_TOKEN = re.compile(r"[^\W_]+")
_NOT_DIGIT = re.compile(r"\D")
_PHONE_QUERY = re.compile(r"^[\d\s()+.\-]+$")
_fts_present: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Alembic filter: leave the search structures of each store out of schema checks: the
    SQLite full-text table with its shadow tables, and the trigram indexes a PostgreSQL server
    has where it allows them (migration 0020)."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(FTS_TABLE)
    return not (type_ == "index" and name.endswith("_trgm"))


def search_fold(value: str) -> str:
    """Fold ``value`` for search: case-insensitive in every Cyrillic alphabet, ё the same as е."""
    return fold(value).replace("ё", "е")


def tokens(value: str) -> list[str]:
    """Split folded text into words the way the FTS5 unicode61 tokenizer does."""
    return _TOKEN.findall(search_fold(value))


def phone_tokens(e164: str, raw: str) -> list[str]:
    """Return digit strings a phone is found by: full, with trunk 0, and number endings."""
    digits = _NOT_DIGIT.sub("", e164 or raw)
    if not digits:
        return []
    found = [digits]
    national = digits
    if e164.startswith("+996") and len(digits) > 3:
        national = digits[3:]
        found.append("0" + national)
    # Endings let "62-34-56" or "123456" find a number whatever code was typed before it.
    found.extend(national[start:] for start in range(len(national) - MIN_PHONE_SUFFIX + 1))
    return list(dict.fromkeys(found))


def _both(value: Bi | str) -> list[str]:
    """Both values of a bilingual text (once when they are the same), or the one text."""
    if isinstance(value, Bi):
        return list(dict.fromkeys(v for v in (value.ky, value.ru) if v))
    return [value]


def person_search_columns(
    full_name: str,
    *,
    position: Bi | str = "",
    outlet_name: str = "",
    topics: Iterable[Bi | str] = (),
    phones: Iterable[tuple[str, str]] = (),
    emails: Iterable[str] = (),
    messengers: Iterable[str] = (),
    notes: str = "",
) -> tuple[str, str]:
    """Return (search_name, search_text) for a person: folded text the search index reads.

    A position and topics hold Kyrgyz and Russian names: both go in, so either finds the person.
    """
    search_name, own = own_search_text(
        full_name, phones=phones, emails=emails, messengers=messengers, notes=notes
    )
    return search_name, shared_search_text(own, position, outlet_name, tuple(topics))


def own_search_text(
    full_name: str,
    *,
    phones: Iterable[tuple[str, str]] = (),
    emails: Iterable[str] = (),
    messengers: Iterable[str] = (),
    notes: str = "",
) -> tuple[str, str]:
    """Return the folded name and the search text of what is the person's own.

    That is the e-mails, messenger handles, notes and phone digits; shared_search_text puts
    the position, outlet and topics before it. An import makes this part while reading a row.
    """
    parts = [*emails, *messengers, notes]
    digits = " ".join(token for e164, raw in phones for token in phone_tokens(e164, raw))
    own = " ".join(p for p in (*map(search_fold, parts), digits) if p)
    return search_fold(full_name), own


def shared_search_text(
    own: str, position: Bi | str, outlet_name: str, topics: tuple[Bi | str, ...]
) -> str:
    """Return a person's search text: position, outlet and topics, then ``own``."""
    return " ".join(p for p in (_shared_text(position, outlet_name, topics), own) if p)


# Positions, outlets and topic lists repeat from person to person: their text is made once.
@functools.lru_cache(maxsize=4096)
def _shared_text(position: Bi | str, outlet_name: str, topics: tuple[Bi | str, ...]) -> str:
    texts = [name for topic in topics for name in _both(topic)]
    parts = [*_both(position), outlet_name, *texts]
    return " ".join(p for p in map(search_fold, parts) if p)


def query_terms(query: str) -> list[str]:
    """Turn what the user typed into search terms; a phone typed with spaces stays one term."""
    folded = search_fold(query)
    if _PHONE_QUERY.match(folded) and any(ch.isdigit() for ch in folded):
        return [re.sub(r"\D", "", folded)]
    terms: list[str] = []
    for token in _TOKEN.findall(folded):
        if token.isdigit() and terms and terms[-1].isdigit():
            terms[-1] += token
        else:
            terms.append(token)
    return terms


def fts_query(terms: Sequence[str]) -> str:
    """Return an FTS5 MATCH expression: every term as a quoted prefix, all required."""
    return " ".join('"' + term.replace('"', '""') + '"*' for term in terms)


def fts_available(session: Session) -> bool:
    """Return True if the database has the FTS5 person index (SQLite migrated by PressDesk)."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine.dialect.name != "sqlite":
        return False
    present = _fts_present.get(engine)
    if present is None:
        found = session.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"),
            {"name": FTS_TABLE},
        ).scalar()
        present = bool(found)
        _fts_present[engine] = present
    return present


def match_subquery(session: Session, query: str) -> Subquery | None:
    """Return a subquery of (person_id, rank) matching ``query``, lower rank is better.

    None means the query holds no searchable word, so nothing should be filtered.
    """
    terms = query_terms(query)
    if not terms:
        return None
    if fts_available(session):
        stmt = (
            text(
                f"SELECT rowid AS person_id, bm25({FTS_TABLE}, {NAME_WEIGHT}, {TEXT_WEIGHT}) "
                f"AS rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"
            )
            .bindparams(match=fts_query(terms))
            .columns(person_id=Integer, rank=Float)
        )
        return stmt.subquery("search_match")
    if _dialect(session) == "postgresql":
        return _word_start_select(terms).subquery("search_match")
    return _like_select(terms).subquery("search_match")


def _dialect(session: Session) -> str:
    bind = session.get_bind()
    return str(bind.dialect.name)


def _word_start_select(terms: Sequence[str]) -> Select[tuple[int, float]]:
    """Match and rank as the SQLite index does, on PostgreSQL: each term must begin a word of
    the name or of the other text, and words found in the name weigh more.

    The terms are letters and digits only (see query_terms), so they go into the pattern as
    they are. Terms of three letters or more are served by the trigram indexes of migration
    0020 where the server has pg_trgm; shorter ones read every row.
    """
    conditions: list[ColumnElement[bool]] = []
    weights: list[ColumnElement[Any]] = []
    for term in terms:
        pattern = f"(^|[^[:alnum:]]){term}"
        in_name = Person.search_name.regexp_match(pattern)
        in_text = Person.search_text.regexp_match(pattern)
        conditions.append(or_(in_name, in_text))
        weights.append(case((in_name, NAME_WEIGHT), else_=0.0))
        weights.append(case((in_text, TEXT_WEIGHT), else_=0.0))
    # Lower is better, as with bm25.
    rank = -functools.reduce(operator.add, weights)
    return select(Person.id.label("person_id"), rank.label("rank")).where(and_(*conditions))


def ranked_ids(session: Session, query: str, offset: int, limit: int) -> list[int] | None:
    """Return the ids of one page of people best matching ``query``.

    Only the full-text index is read: ranking happens before any person row is touched, so
    a page costs the ranking plus ``limit`` lookups. Ties keep id order so pages never
    overlap. None means there is no index (another database) or nothing to search for.
    """
    terms = query_terms(query)
    if not terms or not fts_available(session):
        return None
    return list(
        session.scalars(
            text(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match "
                f"ORDER BY bm25({FTS_TABLE}, {NAME_WEIGHT}, {TEXT_WEIGHT}), rowid "
                "LIMIT :limit OFFSET :offset"
            ),
            {"match": fts_query(terms), "limit": limit, "offset": offset},
        )
    )


def count_matches(session: Session, query: str) -> int | None:
    """Return how many people match ``query`` by the full-text index alone, or None without one."""
    terms = query_terms(query)
    if not terms or not fts_available(session):
        return None
    total = session.scalar(
        text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"),
        {"match": fts_query(terms)},
    )
    return int(total or 0)


def ranked_page(
    session: Session, query: str, offset: int, limit: int
) -> tuple[list[int], int] | None:
    """Return (ids of one page of people best matching ``query``, how many match in all)."""
    ids = ranked_ids(session, query, offset, limit)
    total = count_matches(session, query)
    return None if ids is None or total is None else (ids, total)


def _like_select(terms: Sequence[str]) -> Select[tuple[int, float]]:
    conditions: list[ColumnElement[bool]] = [
        or_(
            Person.search_name.contains(term, autoescape=True),
            Person.search_text.contains(term, autoescape=True),
        )
        for term in terms
    ]
    rank = literal(0.0, Float)
    return select(Person.id.label("person_id"), rank.label("rank")).where(and_(*conditions))


def rebuild_index(session: Session) -> None:
    """Rebuild the full-text index from the person table (after a bulk load or a repair)."""
    if fts_available(session):
        session.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))


class BatchIndex:
    """Writes the full-text entries of people just inserted, one statement per batch."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, ids: Iterable[int]) -> None:
        """Index the people ``ids`` (already inserted), each run of consecutive ids at once."""
        ranges: list[tuple[int, int]] = []
        for pid in sorted(ids):
            if ranges and ranges[-1][1] + 1 == pid:
                ranges[-1] = (ranges[-1][0], pid)
            else:
                ranges.append((pid, pid))
        for first, last in ranges:
            self.session.execute(
                text(
                    f"INSERT INTO {FTS_TABLE}(rowid, search_name, search_text) "
                    "SELECT id, search_name, search_text FROM person "
                    "WHERE id BETWEEN :first AND :last"
                ),
                {"first": first, "last": last},
            )


@contextlib.contextmanager
def batch_indexed(session: Session) -> Iterator[BatchIndex | None]:
    """Insert many people and index them in batches instead of one by one.

    The insert trigger indexes one person per statement it runs, about three times the cost
    of the insert itself. Inside the block it is dropped: the caller passes the ids of each
    batch to the yielded BatchIndex right after inserting it (before any update of those
    people, whose trigger expects them indexed), and at the end the trigger is put back as
    it was. Both happen in the caller's transaction, so an error or a rollback restores the
    trigger with everything else. Yields None, and changes nothing, without an FTS index.
    """
    trigger = None
    if fts_available(session):
        trigger = session.scalar(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": FTS_INSERT_TRIGGER},
        )
    if not trigger:
        yield None
        return
    if not getattr(session.connection().connection.dbapi_connection, "in_transaction", True):
        # The driver opens its transaction at the first change of data, not before a change of
        # schema: dropped first, the trigger would stay dropped when an error rolls back.
        session.execute(text("BEGIN"))
    session.execute(text(f"DROP TRIGGER {FTS_INSERT_TRIGGER}"))
    yield BatchIndex(session)
    session.execute(text(trigger))


def insert_people(session: Session, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert people (all rows with the same keys) and return their new ids in order."""
    if not rows:
        return []
    names = list(rows[0].keys())
    pick = operator.itemgetter(*names)
    values = [pick(row) for row in rows] if len(names) > 1 else [(row[names[0]],) for row in rows]
    return insert_person_values(session, names, values)


def insert_person_values(
    session: Session, names: Sequence[str], rows: Sequence[Sequence[Any]]
) -> list[int]:
    """Insert people given as values of the columns ``names``; return their new ids in order.

    On SQLite the rows go in as multi-row statements, which SQLite parses once per hundreds
    of people; see batch_indexed for the full-text index of a bulk load.
    """
    if not rows:
        return []
    table = cast(Table, Person.__table__)
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(
            connection.execute(stmt, [dict(zip(names, row, strict=True)) for row in rows]).scalars()
        )
    # The transaction has read the base already, so under WAL a writer that slipped in since
    # makes this insert fail instead of reusing its ids.
    first = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    ids = list(range(first, first + len(rows)))
    # Column defaults set in Python (not in the schema) are applied here, as an ORM insert would.
    defaults = {
        column.name: column.default.arg
        for column in table.columns
        if column.name not in names
        and column.name != "id"
        and isinstance(column.default, ScalarElementColumnDefault)
    }
    columns = ["id", *names, *defaults]
    processors = [table.c[name].type.bind_processor(connection.dialect) for name in columns]
    # Most columns are text and integers the driver takes as they are; the others (dates) are
    # mostly empty, and an empty value goes in as it is.
    processed = [(i, process) for i, process in enumerate(processors) if process is not None]
    fixed = tuple(defaults.values())
    quote = connection.dialect.identifier_preparer.quote
    dbapi = cast(sqlite3.Connection, connection.connection.dbapi_connection)
    per_statement = max(
        1, min(500, dbapi.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(columns))
    )
    head = ", ".join(quote(name) for name in columns)
    one = "(" + ", ".join("?" * len(columns)) + ")"
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        params: list[Any] = []
        for pid, row in zip(ids[start : start + per_statement], chunk, strict=True):
            if processed:
                values = [pid, *row, *fixed]
                for index, process in processed:
                    if values[index] is not None:
                        values[index] = process(values[index])
                params += values
            else:
                params.append(pid)
                params += row
                params += fixed
        many = ", ".join([one] * len(chunk))
        connection.exec_driver_sql(
            f"INSERT INTO {quote(table.name)} ({head}) VALUES {many}", tuple(params)
        )
    return ids
