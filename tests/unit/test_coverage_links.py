"""A pasted link: the page's title, outlet, date and summary, and every way it can fail."""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import threading
import time
from collections.abc import Iterator

import pytest

from pressdesk.services.contacts.records import save_outlet
from pressdesk.services.contacts.values import OutletRecord
from pressdesk.services.coverage.links import LinkError, fetch_page, link_details, read_page
from pressdesk.services.coverage.records import CoverageInput, DuplicateCoverage, add_record

RU_PAGE = """<!doctype html><html lang="ru"><head>
<meta charset="utf-8">
<title>Минсельхоз провёл совещание — 24.kg</title>
<meta property="og:title" content="Минсельхоз провёл совещание по весеннему севу">
<meta property="og:site_name" content="24.KG">
<meta property="og:description" content="Министр  сельского хозяйства обсудил
 с фермерами подготовку к севу.">
<meta property="article:published_time" content="2026-12-03T09:15:00+06:00">
</head><body><h1>Другой заголовок</h1></body></html>"""

KY_PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<meta name="twitter:title"
 content="Айыл чарба министрлиги &laquo;Жазгы талаа&raquo; жыйынын өткөрдү">
<meta property="og:site_name" content="Kabar">
<meta name="description" content="Министрликте жыйын болду.">
</head><body><article><time datetime="2026-12-02T14:40">2-декабрь</time></article></body></html>"""

JSON_LD_PAGE = """<html><head>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "Azattyk"},
 {"@type": "NewsArticle", "headline": "Өкмөт жаңы программаны бекитти",
  "datePublished": "2026-11-30T08:05:00Z", "dateModified": "2026-12-01T10:00:00Z"}]}</script>
<script type="application/ld+json">{ broken json</script>
</head><body></body></html>"""


class _Handler(http.server.BaseHTTPRequestHandler):
    release: threading.Event

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path.startswith("/ru"):
            self._send(RU_PAGE.encode(), "text/html; charset=utf-8")
        elif self.path == "/ky":
            # The header names no charset: the page's own meta tag does.
            self._send(KY_PAGE.encode("cp1251", errors="xmlcharrefreplace"), "text/html")
        elif self.path == "/jsonld":
            self._send(JSON_LD_PAGE.encode(), "text/html; charset=utf-8")
        elif self.path == "/empty":
            self._send(b"<html><body><p>nothing</p></body></html>", "text/html")
        elif self.path == "/pdf":
            self._send(b"%PDF-1.4\n" + b"\x00" * 512, "application/pdf")
        elif self.path == "/octet":
            self._send(b"\x00\x01\x02" * 300, "")
        elif self.path == "/stall":
            self.release.wait()
        else:
            self.send_error(404)


@pytest.fixture
def server() -> Iterator[str]:
    release = threading.Event()
    handler = type("Handler", (_Handler,), {"release": release})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    release.set()
    httpd.shutdown()
    httpd.server_close()


def _local(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone().replace(tzinfo=None)


def test_a_russian_news_page_gives_title_outlet_date_and_summary(db, server):
    save_outlet(db, OutletRecord(name="24.kg"))
    details = link_details(db, f"{server}/ru/news/1?utm_source=tg")
    assert details.title == "Минсельхоз провёл совещание по весеннему севу"
    assert details.site_name == "24.KG"
    # Matched to the contact base with the search's folding: the base's spelling is used.
    assert details.outlet == "24.kg"
    assert details.outlet_known
    assert details.published_at == _local("2026-12-03T09:15:00+06:00")
    assert details.summary == "Министр сельского хозяйства обсудил с фермерами подготовку к севу."


def test_a_kyrgyz_page_in_windows_1251_with_twitter_tags_and_time(db, server):
    details = link_details(db, f"{server}/ky")
    assert details.title == "Айыл чарба министрлиги «Жазгы талаа» жыйынын өткөрдү"
    assert details.published_at == dt.datetime(2026, 12, 2, 14, 40)
    assert details.summary == "Министрликте жыйын болду."
    # Not in the contact base: offered under the site's own name.
    assert details.outlet == "Kabar"
    assert not details.outlet_known


def test_a_page_with_json_ld_only(db, server):
    details = link_details(db, f"{server}/jsonld")
    assert details.title == "Өкмөт жаңы программаны бекитти"
    assert details.published_at == _local("2026-11-30T08:05:00+00:00")
    assert details.outlet == ""


def test_a_page_that_never_answers_is_given_up_quickly(db, server):
    started = time.monotonic()
    with pytest.raises(LinkError) as caught:
        link_details(db, f"{server}/stall", timeout=0.5)
    assert caught.value.code == "coverage.link_timeout"
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/pdf", "coverage.link_not_page"),
        ("/octet", "coverage.link_not_page"),
        ("/missing", "coverage.link_http"),
        ("/empty", "coverage.link_empty"),
    ],
)
def test_what_is_not_a_news_page_has_its_own_reason(db, server, path, code):
    with pytest.raises(LinkError) as caught:
        link_details(db, server + path)
    assert caught.value.code == code


def test_no_network_and_a_bad_address(db):
    with pytest.raises(LinkError) as caught:
        link_details(db, "http://127.0.0.1:9/news", timeout=2)
    assert caught.value.code == "coverage.link_unreachable"
    with pytest.raises(LinkError) as caught:
        link_details(db, "ftp://example.org/file")
    assert caught.value.code == "coverage.bad_url"


def test_only_the_start_of_a_large_page_is_read(server):
    data, _type = fetch_page(f"{server}/ru", max_bytes=100)
    assert len(data) == 100


def test_a_fetched_link_already_recorded_is_still_refused(db, server):
    url = f"{server}/ru/news/1"
    details = link_details(db, url)
    first = CoverageInput(
        published_at=details.published_at, outlet=details.outlet, title=details.title, url=url
    )
    record_id = add_record(db, first)
    again = link_details(db, url + "?utm_source=facebook")
    with pytest.raises(DuplicateCoverage) as caught:
        add_record(
            db,
            CoverageInput(
                published_at=again.published_at,
                outlet=again.outlet,
                title=again.title + " (копия)",
                url=again.url,
            ),
        )
    assert caught.value.existing_id == record_id


def test_read_page_survives_broken_markup():
    details = read_page(b"<html><head><title>Half <b", "https://x.kg/1")
    assert details.url == "https://x.kg/1"


def _cli(capsys, *argv):
    from pressdesk import cli

    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_add_with_a_link_only_fills_from_the_page(capsys, server):
    code, out, err = _cli(capsys, "coverage", "add", "--url", f"{server}/ky")
    assert code == 0, err
    assert "Kabar" in err  # not in the contact base: said so
    code, out, _ = _cli(capsys, "coverage", "list")
    assert "2026-12-02 14:40" in out
    assert "Kabar\tАйыл чарба министрлиги «Жазгы талаа» жыйынын өткөрдү" in out
    # The same page again is refused as a duplicate.
    code, out, err = _cli(capsys, "coverage", "add", "--url", f"{server}/ky")
    assert code == 1 and "already recorded: record 1" in err


def test_cli_add_offline_or_no_fetch_keeps_the_link_and_asks_for_a_title(capsys, server):
    code, _out, err = _cli(capsys, "coverage", "add", "--url", f"{server}/missing")
    assert code == 1
    assert "HTTP error 404" in err and "title" in err
    code, _out, err = _cli(capsys, "coverage", "add", "--no-fetch", "--url", f"{server}/ru")
    assert code == 1 and "HTTP" not in err
    code, _out, err = _cli(
        capsys, "coverage", "add", "--url", f"{server}/ru", "--title", "Своё", "--outlet", "X"
    )
    assert code == 0, err
