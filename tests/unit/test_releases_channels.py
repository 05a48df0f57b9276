"""Channel texts of a release: each within its platform's limit, cut on a whole word, the
Telegram link kept whole, and the ``releases channels`` command printing them."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from pressdesk import cli
from pressdesk.bilingual import Bi
from pressdesk.services.releases.channels import CHANNELS, LIMITS, channel_texts, fit
from pressdesk.services.releases.records import QuoteInput, ReleaseError, ReleaseInput, add_release
from pressdesk.storage.engine import Database


def _release(db: Database, body_ky: str, **changes: object) -> int:
    data = ReleaseInput(
        title=Bi("Жаңы мектептер ачылды", "Открыты новые школы"),
        lead=Bi("Бишкекте үч мектеп ачылды.", "В Бишкеке открыты три школы."),
        body=Bi(body_ky, "Подробности."),
        **changes,  # type: ignore[arg-type]
    )
    return add_release(db, data)


def test_fit_cuts_after_a_whole_word_and_marks_the_cut():
    assert fit("short text", 100) == "short text"
    assert fit("short text", None) == "short text"
    cut = fit("бир эки үчтөрт беш", 12)
    assert cut == "бир эки…"
    assert len(cut) <= 12


def test_each_channel_stays_within_its_limit_and_instagram_has_no_link(db):
    words = " ".join(["мектеп"] * 1200)  # about 8 400 characters
    rid = _release(
        db,
        words,
        links=("https://edu.gov.kg/news/1",),
        quotes=(
            QuoteInput(Bi("Бул тарыхый күн.", "Это исторический день."), speaker="Асан Усенов"),
        ),
    )
    texts = {t.channel: t for t in channel_texts(db, rid, "ky")}
    assert list(texts) == list(CHANNELS)
    for channel, item in texts.items():
        assert item.limit == LIMITS[channel]
        assert item.fits, channel
    assert texts["website"].text.startswith("Жаңы мектептер ачылды\n\nБишкекте")
    assert "«Бул тарыхый күн.» — Асан Усенов" in texts["website"].text
    assert texts["website"].text.endswith("https://edu.gov.kg/news/1")
    assert texts["instagram"].length <= 2200 and texts["instagram"].text.endswith("мектеп…")
    assert "https://" not in texts["instagram"].text
    assert texts["telegram"].length <= 4096
    assert texts["telegram"].text.endswith("…\n\nhttps://edu.gov.kg/news/1")
    ru = {t.channel: t for t in channel_texts(db, rid, "ru")}
    assert ru["telegram"].text.startswith("Открыты новые школы\n\nВ Бишкеке")
    assert "Это исторический день." in ru["facebook"].text


def test_a_release_without_the_language_is_refused(db):
    rid = add_release(db, ReleaseInput(title=Bi("Кыргызча гана", "")))
    with pytest.raises(ReleaseError) as caught:
        channel_texts(db, rid, "ru")
    assert caught.value.code == "release.no_text"


def test_the_command_prints_each_channel_with_its_length_and_limit(data_dir: Path):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(data_dir), "releases", "add", "--title", "Жаңылык"])
        assert code == 0, err.getvalue()
        rid = out.getvalue().strip()
        out.truncate(0)
        out.seek(0)
        code = cli.main(["--data-dir", str(data_dir), "releases", "channels", rid, "--lang", "ky"])
    assert code == 0, err.getvalue()
    text = out.getvalue()
    assert "== website (7 characters, no limit)\nЖаңылык" in text
    assert "== instagram (7 characters, limit 2200)" in text
    assert "== telegram (7 characters, limit 4096)" in text
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(data_dir), "releases", "channels", rid, "--lang", "ru"])
    assert code == 1 and "Traceback" not in err.getvalue()
