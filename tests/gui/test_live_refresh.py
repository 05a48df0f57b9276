"""Listening for colleagues' changes never makes the window wait for the network."""

from __future__ import annotations

import time

from sqlalchemy.orm import sessionmaker

from pressdesk.gui.live_refresh import ChangeListener
from pressdesk.storage.engine import Database, create_db_engine

DOWN = "postgresql+psycopg://pressdesk:secret@127.0.0.1:1/pressdesk?connect_timeout=3"


def test_a_server_out_of_reach_is_tried_in_the_background_and_not_again_at_once(qtbot):
    engine = create_db_engine(DOWN)
    db = Database(url=DOWN, engine=engine, sessions=sessionmaker(engine))
    listener = ChangeListener()
    started = time.perf_counter()
    listener.watch(db)
    listener.poll()
    assert time.perf_counter() - started < 0.5  # the window's thread did not wait
    qtbot.waitUntil(lambda: not listener.runner.running, timeout=10_000)
    assert listener.connection is None and listener._failed
    listener.poll()  # the next tick does not try again straight away
    assert not listener.runner.running
    listener.stop()
    engine.dispose()
