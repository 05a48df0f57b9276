"""The register of official accounts as a table (CSV, XLSX) or a document (DOCX, PDF).

Passwords and recovery codes never leave the protected store: the register says only whether
the store holds them.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from pressdesk import clock
from pressdesk.documents import builders_accounts as builders
from pressdesk.documents.locale import check_lang
from pressdesk.exchange.tabular import CellValue, write_table
from pressdesk.services.accounts.records import AccountFilter, list_accounts
from pressdesk.services.assets.files import ExportFormatError, letterhead
from pressdesk.services.official_use import mark_workbook
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)

TABLE_FORMATS = (".xlsx", ".csv")
DOCUMENT_FORMATS = (".docx", ".pdf")
EXPORT_FORMATS = TABLE_FORMATS + DOCUMENT_FORMATS


def export_accounts_register(
    db: Database,
    path: str | os.PathLike[str],
    *,
    lang: str = "ky",
    flt: AccountFilter | None = None,
    official_use: bool = False,
    approval: bool = False,
    on: dt.date | None = None,
    font_path: str | None = None,
    generated_at: dt.datetime | None = None,
) -> int:
    """Write the accounts ``flt`` selects (default: all) as CSV, XLSX, DOCX or PDF; return
    how many. ``official_use`` puts the restricted-use mark on a document or a workbook."""
    doc_lang = check_lang(lang)
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise ExportFormatError("file.export_to_a", name=Path(path).name, allowed=EXPORT_FORMATS)
    accounts = list_accounts(db, flt or AccountFilter(), lang=doc_lang)
    title = builders.text("accounts_title", doc_lang)
    if suffix in TABLE_FORMATS:
        headers = [builders.text(key, doc_lang) for key, _ in builders.ACCOUNT_TABLE_COLUMNS]
        rows: list[list[CellValue]] = [
            list(builders.account_table_row(account, doc_lang)) for account in accounts
        ]
        widths = [float(width) for _, width in builders.ACCOUNT_TABLE_COLUMNS]
        write_table(path, headers, rows, widths=widths, sheet_title=title)
        if official_use and suffix == ".xlsx":
            mark_workbook(path, doc_lang)
    else:
        from pressdesk.documents import render

        doc = builders.accounts_document(
            accounts,
            lang=doc_lang,
            head=letterhead(db, doc_lang),
            on=on or clock.today(),
            approval=approval,
            official_use=official_use,
            generated_at=generated_at,
        )
        render(doc, path, font_path=font_path or None)
    log.info("Accounts register exported: %d accounts to %s", len(accounts), suffix)
    return len(accounts)
