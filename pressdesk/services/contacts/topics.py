"""Keep the shared topic vocabulary: list, add, rename in both languages, merge and delete.

Topics are named in Kyrgyz and in Russian; a name belongs to one topic only, in either
language. Renaming and merging refresh the search text of the people carrying the topic, and
rewrite the topic names that saved-filter lists hold, so those lists keep finding the same
people. A deleted topic stays named in saved filters, which then find nobody by it (dropping
the name would widen the list to everyone).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from pressdesk.bilingual import Bi, pair_key
from pressdesk.documents.locale import LANGS
from pressdesk.services.contacts.records import reindex_people
from pressdesk.services.contacts.values import ContactError, ContactNotFound, PersonFilter
from pressdesk.services.contacts.vocabulary import (
    KEY_LIMIT,
    clean_topic,
    topic_key,
    topic_keys,
    topic_order,
)
from pressdesk.storage.contacts_models import ContactList, Topic, person_topic
from pressdesk.storage.engine import Database

__all__ = [
    "TopicRow",
    "create_topic",
    "delete_topic",
    "get_topic",
    "list_topics",
    "merge_topics",
    "rename_topic",
    "topic_filled",
]


@dataclass(frozen=True)
class TopicRow:
    """A topic of the vocabulary and how many people carry it."""

    id: int
    name: Bi
    people: int


def _people_of(session: Session, topic_id: int) -> list[int]:
    return list(
        session.scalars(select(person_topic.c.person_id).where(person_topic.c.topic_id == topic_id))
    )


def _row(session: Session, topic: Topic) -> TopicRow:
    return TopicRow(topic.id, topic.name, len(_people_of(session, topic.id)))


def _get(session: Session, topic_id: int) -> Topic:
    topic = session.get(Topic, topic_id)
    if topic is None:
        raise ContactNotFound(f"No topic with id {topic_id}.")
    return topic


def _check_free(session: Session, name: Bi, *, own: set[int]) -> None:
    """Raise ContactError if another topic already carries a name of ``name``."""
    if name.empty:
        raise ContactError("contacts.topic_needs_name")
    wanted = set(topic_keys(name))
    for topic_id, ky, ru in session.execute(select(Topic.id, Topic.name_ky, Topic.name_ru)):
        if topic_id in own:
            continue
        clash = wanted & set(topic_keys(Bi(ky, ru)))
        if clash:
            taken = next(v for v in (name.ky, name.ru) if v and topic_key(v) in clash)
            raise ContactError("contacts.topic_taken", name=taken, topic=topic_id)


def list_topics(db: Database, lang: str = "ky") -> list[TopicRow]:
    """Every topic with how many people carry it, in dictionary order of ``lang``."""
    with db.session() as session:
        rows = session.execute(
            select(Topic.id, Topic.name_ky, Topic.name_ru, func.count(person_topic.c.person_id))
            .outerjoin(person_topic, person_topic.c.topic_id == Topic.id)
            .group_by(Topic.id, Topic.name_ky, Topic.name_ru)
        ).all()
    topics = [TopicRow(i, Bi(ky, ru), count) for i, ky, ru, count in rows]
    return sorted(topics, key=lambda t: (topic_order(t.name, lang), t.id))


def get_topic(db: Database, topic_id: int) -> TopicRow:
    """One topic of the vocabulary."""
    with db.session() as session:
        return _row(session, _get(session, topic_id))


def create_topic(db: Database, name: Bi) -> TopicRow:
    """Add a topic named in one or both languages; a name already in use is refused."""
    value = clean_topic(name)
    with db.session() as session:
        _check_free(session, value, own=set())
        topic = Topic(name=value, name_folded=pair_key(value, KEY_LIMIT))
        session.add(topic)
        session.flush()
        return TopicRow(topic.id, topic.name, 0)


def rename_topic(db: Database, topic_id: int, name: Bi) -> TopicRow:
    """Rename a topic in both languages; people and saved filters follow the new names."""
    value = clean_topic(name)
    with db.session() as session:
        topic = _get(session, topic_id)
        _check_free(session, value, own={topic_id})
        old = topic.name
        if old == value:
            return _row(session, topic)
        topic.name = value
        topic.name_folded = pair_key(value, KEY_LIMIT)
        session.flush()
        reindex_people(session, _people_of(session, topic_id))
        _rewrite_filters(session, old, value)
        return _row(session, topic)


def merge_topics(db: Database, source_id: int, target_id: int) -> TopicRow:
    """Merge topic ``source_id`` into ``target_id``: its people move, then it is deleted.

    The target keeps its names and takes the source's name in a language it has none in.
    """
    if source_id == target_id:
        raise ContactError("contacts.topic_merge_self")
    with db.session() as session:
        source = _get(session, source_id)
        target = _get(session, target_id)
        old_source, old_target = source.name, target.name
        merged = old_target
        for lang in LANGS:
            if not merged.get(lang) and old_source.get(lang):
                merged = merged.with_value(lang, old_source.get(lang))
        people = _people_of(session, source_id)
        have = set(_people_of(session, target_id))
        moved = [pid for pid in people if pid not in have]
        if moved:
            session.execute(
                insert(person_topic), [{"person_id": pid, "topic_id": target_id} for pid in moved]
            )
        session.execute(delete(person_topic).where(person_topic.c.topic_id == source_id))
        session.delete(source)
        session.flush()
        if merged != old_target:
            target.name = merged
            target.name_folded = pair_key(merged, KEY_LIMIT)
            session.flush()
        reindex_people(session, sorted(have | set(people)))
        # The target keeps its names, so only filters naming the source need a new name.
        _rewrite_filters(session, old_source, merged)
        return _row(session, target)


def delete_topic(db: Database, topic_id: int) -> int:
    """Delete a topic; the people carrying it keep everything else. Returns how many."""
    with db.session() as session:
        topic = _get(session, topic_id)
        people = _people_of(session, topic_id)
        session.execute(delete(person_topic).where(person_topic.c.topic_id == topic_id))
        session.delete(topic)
        session.flush()
        reindex_people(session, people)
        return len(people)


def topic_filled(session: Session, topic: Topic) -> None:
    """After a name was filled in before printing: refresh the key and the people's search."""
    topic.name_folded = pair_key(topic.name, KEY_LIMIT)
    session.flush()
    reindex_people(session, _people_of(session, topic.id))


def _renamed(text: str, old: Bi, new: Bi) -> str:
    """The name a saved filter should hold instead of ``text`` after ``old`` became ``new``."""
    key = topic_key(text)
    for lang in LANGS:
        if old.get(lang) and topic_key(old.get(lang)) == key:
            return new.get(lang) or new.text(lang)
    return text


def _rewrite_filters(session: Session, old: Bi, new: Bi) -> None:
    """Saved filters that name ``old`` in either language name ``new`` instead."""
    for saved in session.scalars(select(ContactList).where(ContactList.kind == "filter")):
        try:
            flt = PersonFilter.from_json(saved.filter_json)
        except ContactError:
            continue
        if not flt.topics:
            continue
        topics = frozenset(_renamed(t, old, new) for t in flt.topics)
        if topics != flt.topics:
            saved.filter_json = replace(flt, topics=topics).to_json()
