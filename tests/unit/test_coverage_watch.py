"""The keyword watch: folding, feed shapes, bad feeds from a local server, inbox accept/dismiss."""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from pressdesk.services.coverage.feeds import (
    FeedError,
    fetch_feed,
    parse_feed,
    read_feed_file,
)
from pressdesk.services.coverage.inbox import (
    accept_item,
    add_feed,
    check_feeds,
    dismiss_item,
    inbox_count,
    list_feeds,
    list_inbox,
    watch_parsed,
)
from pressdesk.services.coverage.keywords import KeywordMatcher, add_keyword, list_keywords
from pressdesk.services.coverage.records import (
    CoverageError,
    DuplicateCoverage,
    get_record,
    list_records,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "coverage"

KEYWORDS = ["Айыл чарба министрлиги", "Министерство сельского хозяйства", "Минсельхоз", "Асанов"]


# --- keywords -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("АЙЫЛ ЧАРБА МИНИСТРЛИГИ жыйын өткөрдү", ["Айыл чарба министрлиги"]),
        ("айыл чарба министрлигинин маалыматы боюнча", ["Айыл чарба министрлиги"]),
        ("Айыл  чарба\nминистрлигине кайрылышты", ["Айыл чарба министрлиги"]),
        ("В Министерстве сельского хозяйства сообщили", ["Министерство сельского хозяйства"]),
        ("министерству сельского хозяйства поручено", ["Министерство сельского хозяйства"]),
        ("Глава МИНСЕЛЬХОЗА и министр Асанов", ["Минсельхоз", "Асанов"]),
        ("АСАНОВДУН билдирүүсү", ["Асанов"]),
        ("Асанбек Асанбеков келди", []),
        ("Сельское хозяйство страны", []),
        ("Жаңы министрлик түзүлдү", []),
    ],
)
def test_keywords_match_kyrgyz_and_russian_forms_in_any_case(text, found):
    assert KeywordMatcher(KEYWORDS).match(text) == found


def test_kyrgyz_letters_and_yo_fold_both_ways():
    matcher = KeywordMatcher(["Өмүрбеков", "Жолдош Ёлкин", "#АгроКГ"])
    assert matcher.match("ӨМҮРБЕКОВ ответил") == ["Өмүрбеков"]
    assert matcher.match("жолдош елкиндин сөзү") == ["Жолдош Ёлкин"]
    assert matcher.match("пост #агрокг жана башкалар") == ["#АгроКГ"]
    # «Омурбеков» with Russian о and у is another name: the Kyrgyz letters are kept.
    assert matcher.match("Омурбеков") == []


def test_keyword_list_refuses_repeats_and_one_letter(db):
    add_keyword(db, "Айыл чарба министрлиги")
    with pytest.raises(CoverageError) as caught:
        add_keyword(db, "  АЙЫЛ  ЧАРБА министрлиги ")
    assert caught.value.code == "coverage.keyword_exists"
    with pytest.raises(CoverageError) as caught:
        add_keyword(db, "#")
    assert caught.value.code == "coverage.keyword_short"
    assert [k.text for k in list_keywords(db)] == ["Айыл чарба министрлиги"]


# --- feed shapes ----------------------------------------------------------------------------


def test_rss2_items_are_read_with_plain_text_and_local_time():
    feed = read_feed_file(DATA / "news_rss2.xml")
    assert feed.title == "Кабар Ордо"
    first = feed.entries[0]
    assert first.guid == "kabar-12345"
    assert first.summary == "Министрликтин коллегиясында жаздык талаа иштерине даярдык каралды."
    expected = dt.datetime(2026, 11, 30, 2, 15, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert first.published == expected
    assert feed.entries[1].summary.startswith("Шаардык мэрия & жашоочулар")


def test_atom_entries_use_published_then_updated():
    feed = read_feed_file(DATA / "site_atom.xml")
    assert [e.title for e in feed.entries] == [
        "В МИНИСТЕРСТВЕ СЕЛЬСКОГО ХОЗЯЙСТВА рассказали о субсидиях фермерам",
        "Курс сома стабилен",
    ]
    assert feed.entries[1].published is not None
    assert feed.entries[0].url == "https://www.vb.example.kg/economy/2026/11/30/subsidii.html"


def test_google_alerts_links_are_unwrapped_and_bold_tags_removed():
    feed = read_feed_file(DATA / "google_alerts.xml")
    assert [e.url for e in feed.entries] == [
        "https://akyl.example.kg/2026/11/30/kredit/",
        "https://t.me/agronews_kg/4512",
    ]
    assert feed.entries[0].title.startswith("Айыл чарба министрлиги фермерлерге")
    assert "<b>" not in feed.entries[0].summary


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ((DATA / "page.html").read_bytes(), "coverage.feed_html"),
        ((DATA / "notes.xml").read_bytes(), "coverage.feed_not_xml"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "coverage.feed_binary"),
        (b"PK\x03\x04\x14\x00\x06\x00", "coverage.feed_binary"),
        (b"\x00\x01\x02\x03garbage", "coverage.feed_binary"),
        (b"", "coverage.feed_not_xml"),
    ],
)
def test_what_is_not_a_feed_is_refused_with_its_own_message(data, code):
    with pytest.raises(FeedError) as caught:
        parse_feed(data, "https://example.kg/feed")
    assert caught.value.code == code
    assert "https://example.kg/feed" in str(caught.value)


def test_a_feed_served_as_text_html_is_still_read():
    data = (DATA / "news_rss2.xml").read_bytes()
    assert parse_feed(data, "feed", "text/html; charset=utf-8").title == "Кабар Ордо"
    with pytest.raises(FeedError):
        parse_feed(b"<p>Hello</p>", "feed", "text/html")


def test_a_saved_file_of_another_type_is_refused(tmp_path):
    other = tmp_path / "feed.txt"
    other.write_text("<rss/>", encoding="utf-8")
    with pytest.raises(FeedError) as caught:
        read_feed_file(other)
    assert caught.value.code == "coverage.import_type"


# --- a local server that misbehaves ----------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    release: threading.Event

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, body: bytes, content_type: str, length: int | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/rss":
            self._send((DATA / "news_rss2.xml").read_bytes(), "application/rss+xml")
        elif self.path == "/html":
            self._send((DATA / "page.html").read_bytes(), "text/html; charset=utf-8")
        elif self.path == "/pdf":
            self._send(b"%PDF-1.4\n" + b"\x00" * 512, "application/octet-stream")
        elif self.path == "/declared-huge":
            self._send(b"<?xml version='1.0'?><rss>", "application/rss+xml", 50 * 2**20)
        elif self.path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            chunk = b"<?xml version='1.0'?><rss>" + b" " * 65536
            try:
                while not self.release.is_set():
                    self.wfile.write(chunk)
            except OSError:
                pass
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


def test_a_good_feed_is_fetched(server):
    data, content_type = fetch_feed(f"{server}/rss", timeout=5)
    assert content_type == "application/rss+xml"
    assert parse_feed(data, "rss", content_type).title == "Кабар Ордо"


def test_a_feed_that_never_answers_is_given_up(server):
    # The server holds the connection open until the test ends; the socket's timeout ends it.
    with pytest.raises(FeedError) as caught:
        fetch_feed(f"{server}/stall", timeout=0.5)
    assert caught.value.code == "coverage.feed_timeout"
    assert "did not answer within 0.5 seconds" in str(caught.value)


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/html", "coverage.feed_html"),
        ("/pdf", "coverage.feed_binary"),
        ("/declared-huge", "coverage.feed_too_large"),
        ("/missing", "coverage.feed_http"),
    ],
)
def test_bad_answers_are_refused_per_feed(server, path, code):
    with pytest.raises(FeedError) as caught:
        fetch_feed(f"{server}{path}", timeout=5)
    assert caught.value.code == code


def test_an_endless_feed_is_cut_at_the_size_cap(server):
    with pytest.raises(FeedError) as caught:
        fetch_feed(f"{server}/endless", timeout=5, max_bytes=2 * 2**20)
    assert caught.value.code == "coverage.feed_too_large"
    assert caught.value.values["limit"] == 2


def test_nothing_listens_is_unreachable():
    with pytest.raises(FeedError) as caught:
        fetch_feed("http://127.0.0.1:9/feed", timeout=2)
    assert caught.value.code in ("coverage.feed_unreachable", "coverage.feed_timeout")


# --- the inbox -------------------------------------------------------------------------------


def test_check_fills_the_inbox_and_reports_each_bad_feed(db, server):
    for keyword in KEYWORDS:
        add_keyword(db, keyword)
    add_feed(db, f"{server}/rss", "Кабар Ордо")
    add_feed(db, f"{server}/html", "A site page")
    report = check_feeds(db, lambda url: fetch_feed(url, timeout=5))
    assert [item.title[:20] for item in report.new] == [
        "АЙЫЛ ЧАРБА МИНИСТРЛИ",
        "Министерство сельско",
    ]
    assert report.seen == 3
    assert [(p.feed, p.error.code) for p in report.problems] == [
        ("A site page", "coverage.feed_html")
    ]
    feeds = {f.name: f for f in list_feeds(db)}
    assert feeds["A site page"].last_problem == "coverage.feed_html"
    assert feeds["Кабар Ордо"].last_problem == ""
    assert feeds["Кабар Ордо"].last_checked_at is not None
    # A second check brings nothing new.
    again = check_feeds(db, lambda url: fetch_feed(url, timeout=5))
    assert again.new == [] and inbox_count(db) == 2


def test_accept_makes_a_record_with_tone_to_set_and_dismiss_hides(db):
    feed = read_feed_file(DATA / "google_alerts.xml")
    report = watch_parsed(db, [(None, feed)], KeywordMatcher(KEYWORDS))
    assert len(report.new) == 2
    first, second = report.new
    assert first.matched == ("Айыл чарба министрлиги",)
    record_id = accept_item(db, first.id, outlet="Акыл")
    record = get_record(db, record_id)
    assert record.tone == ""
    assert record.outlet == "Акыл"
    assert record.url == "https://akyl.example.kg/2026/11/30/kredit/"
    assert record.platform == "website"
    dismiss_item(db, second.id)
    assert list_inbox(db) == []
    assert [i.record_id for i in list_inbox(db, "accepted")] == [record_id]
    with pytest.raises(CoverageError):
        dismiss_item(db, first.id)
    # A matched item already recorded does not come back into the inbox.
    assert watch_parsed(db, [(None, feed)], KeywordMatcher(KEYWORDS)).new == []


def test_accepting_a_duplicate_leaves_the_item_in_the_inbox(db):
    feed = read_feed_file(DATA / "news_rss2.xml")
    new = watch_parsed(db, [(None, feed)], KeywordMatcher(KEYWORDS)).new
    accept_item(db, new[0].id)
    # Same outlet, same title: the second item is refused as a duplicate.
    copy = read_feed_file(DATA / "news_rss2.xml")
    renamed = [
        type(e)(
            e.guid + "-copy", e.url.replace("/news/", "/copy/"), e.title, e.summary, e.published
        )
        for e in copy.entries
    ]
    again = watch_parsed(db, [(None, type(copy)(copy.title, copy.link, renamed))])
    assert again.new == []  # no keywords stored: nothing matches
    new_copy = watch_parsed(
        db, [(None, type(copy)(copy.title, copy.link, renamed))], KeywordMatcher(KEYWORDS)
    ).new
    with pytest.raises(DuplicateCoverage):
        accept_item(db, new_copy[0].id)
    assert new_copy[0].id in [i.id for i in list_inbox(db)]
    assert list_records(db).total == 1
