"""The topic vocabulary in memory: topics found by a name in either language, new ones made.

A person's topics come from one shared vocabulary whose topics are named in Kyrgyz and in
Russian. A name typed, picked or imported in either language finds the topic carrying it in
either language; a name no topic carries makes a new topic. One name never belongs to two
topics. The vocabulary is read once per use case and written only when asked, so an import can
plan against it without changing anything (a dry run).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.bilingual import Bi, pair_key
from pressdesk.documents.locale import LANGS
from pressdesk.exchange.phones import clean_value
from pressdesk.services.contacts.values import ContactError
from pressdesk.storage.contacts_models import Topic
from pressdesk.textfold import fold, sort_key

MAX_TOPIC = 100
KEY_LIMIT = 100


def topic_key(text: str) -> str:
    """The key a topic name is found by: folded, white space collapsed."""
    return fold(clean_value(text))


def topic_keys(value: Bi) -> list[str]:
    """The keys of both names of a topic (one when they are the same)."""
    keys = [topic_key(value.get(lang)) for lang in LANGS]
    return list(dict.fromkeys(k for k in keys if k))


def clean_topic(value: Bi) -> Bi:
    """Both names trimmed to one line; raise ContactError if one is too long."""
    cleaned = Bi(clean_value(value.ky), clean_value(value.ru))
    for lang in LANGS:
        if len(cleaned.get(lang)) > MAX_TOPIC:
            raise ContactError("contacts.topic_too_long", topic=cleaned.get(lang), limit=MAX_TOPIC)
    return cleaned


def topic_order(value: Bi, lang: str = "ky") -> tuple[object, ...]:
    """Dictionary order of topic names as shown in ``lang``."""
    return sort_key(value.text(lang))


def same_topics(a: Bi, b: Bi) -> bool:
    """True when ``a`` and ``b`` share a name in either language."""
    return bool(set(topic_keys(a)) & set(topic_keys(b)))


class Vocabulary:
    """The topics of the base by the keys of their names; new topics get ids below zero."""

    def __init__(self, rows: Iterable[tuple[int, Bi]] = ()) -> None:
        self.names: dict[int, Bi] = {}
        self.by_key: dict[str, int] = {}
        self.created: list[int] = []
        self.filled: set[int] = set()
        # Stored topics the last write gave a new name: their people need a new search text.
        self.completed: list[int] = []
        self._next = -1
        for topic_id, name in rows:
            self._index(topic_id, name)

    @classmethod
    def load(cls, session: Session) -> Vocabulary:
        """Read every topic of the base."""
        return cls(
            (topic_id, Bi(ky, ru))
            for topic_id, ky, ru in session.execute(select(Topic.id, Topic.name_ky, Topic.name_ru))
        )

    def _index(self, topic_id: int, name: Bi) -> None:
        self.names[topic_id] = name
        for key in topic_keys(name):
            self.by_key.setdefault(key, topic_id)

    def find(self, value: Bi) -> list[int]:
        """The topics carrying a name of ``value`` in either language (usually one)."""
        found = (self.by_key.get(key) for key in topic_keys(value))
        return list(dict.fromkeys(t for t in found if t is not None))

    def find_name(self, text: str) -> int | None:
        """The topic carrying ``text`` in either language."""
        return self.by_key.get(topic_key(text))

    def resolve(self, values: Iterable[Bi]) -> list[int]:
        """The topic ids of ``values``; unknown names make new topics (ids below zero).

        A value that finds one topic fills that topic's empty language with its own name, so
        a two-column import completes the vocabulary; names a topic already has stay.
        """
        result: list[int] = []
        for raw in values:
            value = clean_topic(raw)
            if value.empty:
                continue
            found = self.find(value)
            if not found:
                topic_id = self._next
                self._next -= 1
                self.created.append(topic_id)
                self._index(topic_id, value)
                found = [topic_id]
            elif len(found) == 1:
                self._fill(found[0], value)
            result.extend(t for t in found if t not in result)
        return result

    def _fill(self, topic_id: int, value: Bi) -> None:
        name = self.names[topic_id]
        for lang in LANGS:
            text = value.get(lang)
            owner = self.by_key.get(topic_key(text)) if text else None
            if text and not name.get(lang) and owner in (None, topic_id):
                name = name.with_value(lang, text)
        if name != self.names[topic_id]:
            self._index(topic_id, name)
            if topic_id > 0:
                self.filled.add(topic_id)

    def name(self, topic_id: int) -> Bi:
        """The names of a known or planned topic."""
        return self.names[topic_id]

    def ordered(self, ids: Iterable[int], lang: str = "ky") -> tuple[Bi, ...]:
        """The names of ``ids`` in dictionary order of ``lang``."""
        return tuple(sorted((self.names[i] for i in ids), key=lambda n: topic_order(n, lang)))

    def write(self, session: Session) -> dict[int, int]:
        """Store new and completed topics; return the real id of every planned one.

        The stored topics that got a name in another language are left in ``completed``.
        """
        real: dict[int, int] = {}
        created: list[tuple[int, Topic]] = []
        for planned in self.created:
            name = self.names[planned]
            topic = Topic(name=name, name_folded=pair_key(name, KEY_LIMIT))
            session.add(topic)
            created.append((planned, topic))
        for topic_id in sorted(self.filled):
            stored = session.get(Topic, topic_id)
            if stored is not None:
                stored.name = self.names[topic_id]
                stored.name_folded = pair_key(stored.name, KEY_LIMIT)
        if created or self.filled:
            session.flush()
        for planned, topic in created:
            real[planned] = topic.id
            self._rename_id(planned, topic.id)
        self.completed = sorted(self.filled)
        self.created.clear()
        self.filled.clear()
        return real

    def _rename_id(self, old: int, new: int) -> None:
        self.names[new] = self.names.pop(old)
        for key, value in self.by_key.items():
            if value == old:
                self.by_key[key] = new

    def objects(self, session: Session, ids: Sequence[int]) -> list[Topic]:
        """Topic rows of stored ids (after :meth:`write`)."""
        return [topic for i in ids if (topic := session.get(Topic, i)) is not None]
