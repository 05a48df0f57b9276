"""Check a database: SQLite integrity, foreign keys and whether the schema matches the app."""

from __future__ import annotations

from dataclasses import dataclass, field

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from pressdesk.storage.contacts_search import include_name
from pressdesk.storage.engine import Database
from pressdesk.storage.migrate import current_revision, head_revision
from pressdesk.storage.schema import metadata


@dataclass
class CheckReport:
    """Problems found by ``check_database``; empty means all is well."""

    problems: list[str] = field(default_factory=list)
    revision: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    """Run the integrity, foreign-key and schema checks and collect what is wrong."""
    report = CheckReport()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            if rows != ["ok"]:
                report.problems.extend(f"integrity: {row}" for row in rows[:20])
            for row in conn.execute(text("PRAGMA foreign_key_check")).fetchall()[:20]:
                report.problems.append(
                    f"foreign key: table {row[0]} row {row[1]} refers to a missing {row[2]} row"
                )
        report.revision = current_revision(db)
        head = head_revision()
        if report.revision != head:
            report.problems.append(
                f"schema: the database is at revision {report.revision}, the app expects {head}"
            )
        else:
            context = MigrationContext.configure(conn, opts={"include_name": include_name})
            diff = compare_metadata(context, metadata)
            report.problems.extend(f"schema: {item}" for item in diff[:20])
    return report
