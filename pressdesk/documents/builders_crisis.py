"""Build the anti-crisis communication plan: the working group, scenarios with who decides and
who speaks, the agreed statements, the first hour and first day, and the notice list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pressdesk.documents import model as dm
from pressdesk.documents.locale import Lang

# Every fixed word of the plan, so a native speaker can check both languages in one place.
_WORDS: dict[str, dict[Lang, str]] = {
    "title": {
        "ky": "Кризиске каршы коммуникациялар планы",
        "ru": "Антикризисный план коммуникаций",
    },
    "s.general": {"ky": "Жалпы жоболор", "ru": "Общие положения"},
    "g.scope": {
        "ky": "Бул план уюмдун ишине жана беделине таасир эткен кризистик кырдаал келип "
        "чыкканда басма сөз кызматынын жана түзүмдүк бөлүмдөрдүн аракеттеринин тартибин "
        "аныктайт.",
        "ru": "Настоящий план определяет порядок действий пресс-службы и структурных "
        "подразделений при возникновении кризисной ситуации, затрагивающей деятельность и "
        "репутацию организации.",
    },
    "g.aim": {
        "ky": "Пландын максаты – жарандарга жана массалык маалымат каражаттарына өз убагында "
        "жана так маалымат берүү, анык эмес маалыматтардын таралышына жол бербөө жана "
        "мамлекеттик органга болгон ишенимди сактоо.",
        "ru": "Цель плана — своевременно и достоверно информировать граждан и средства массовой "
        "информации, не допускать распространения недостоверных сведений и сохранить доверие "
        "к государственному органу.",
    },
    "g.group": {
        "ky": "Кризистик кырдаалда коммуникацияларды башкаруу үчүн мамлекеттик органдын "
        "жетекчиси жетектеген жумушчу топ түзүлөт. Анын курамына басма сөз кызматынын "
        "кызматкерлери, юристтер жана түзүмдүк бөлүмдөрдүн өкүлдөрү кирет.",
        "ru": "Для управления коммуникациями в кризисной ситуации создаётся рабочая группа во "
        "главе с руководителем государственного органа. В её состав входят сотрудники "
        "пресс-службы, юристы и представители структурных подразделений.",
    },
    "g.decides": {
        "ky": "Органдын позициясы жана маалыматты жайылтуу боюнча чечимдерди жетекчи же ар бир "
        "сценарий үчүн белгиленген адам кабыл алат. Органдын атынан расмий билдирүүлөрдү "
        "дайындалган спикер гана жасайт.",
        "ru": "Решения о позиции органа и о распространении информации принимает руководитель "
        "или лицо, определённое для каждого сценария. Официальные заявления от имени органа "
        "делает только назначенный спикер.",
    },
    "g.statements": {
        "ky": "Алдын ала даярдалган билдирүүлөр жетекчи менен кризиске чейин макулдашылат жана "
        "мамлекеттик жана расмий тилдерде жарыялоого даяр абалда сакталат.",
        "ru": "Заготовленные заявления согласовываются с руководителем заранее и хранятся "
        "готовыми к публикации на государственном и официальном языках.",
    },
    "s.group": {"ky": "Жумушчу топтун курамы", "ru": "Состав рабочей группы"},
    "c.name": {"ky": "Аты-жөнү", "ru": "Ф.И.О."},
    "c.position": {"ky": "Кызматы", "ru": "Должность"},
    "c.role": {"ky": "Топтогу ролу", "ru": "Роль в группе"},
    "c.duty": {"ky": "Милдеттери", "ru": "Обязанности"},
    "c.phone": {"ky": "Телефону", "ru": "Телефон"},
    "c.email": {"ky": "Электрондук почтасы", "ru": "Электронная почта"},
    "c.who": {"ky": "Кызматы же ролу", "ru": "Должность или роль"},
    "role.head": {"ky": "Топтун жетекчиси", "ru": "Руководитель группы"},
    "role.press": {"ky": "Басма сөз кызматы", "ru": "Пресс-служба"},
    "role.lawyer": {"ky": "Юрист", "ru": "Юрист"},
    "role.unit": {"ky": "Түзүмдүк бөлүм", "ru": "Структурное подразделение"},
    "no_group": {
        "ky": "Жумушчу топтун курамы али аныктала элек.",
        "ru": "Состав рабочей группы ещё не определён.",
    },
    "s.scenarios": {
        "ky": "Кризистик кырдаалдардын сценарийлери",
        "ru": "Сценарии кризисных ситуаций",
    },
    "decides": {"ky": "Чечим кабыл алат", "ru": "Решение принимает"},
    "speaks": {"ky": "ЖМК алдында сүйлөйт", "ru": "Выступает перед СМИ"},
    "not_set": {"ky": "белгилене элек", "ru": "не определено"},
    "statements": {"ky": "Алдын ала даярдалган билдирүүлөр", "ru": "Заготовленные заявления"},
    "approved_by": {
        "ky": "Макулдашылды: {name}, {date}",
        "ru": "Согласовано: {name}, {date}",
    },
    "no_statements": {
        "ky": "Макулдашылган билдирүүлөр жок.",
        "ru": "Согласованных заявлений нет.",
    },
    "s.actions": {
        "ky": "Кризис башталгандагы аракеттердин тартиби",
        "ru": "Порядок действий в начале кризиса",
    },
    "later": {"ky": "Кийинки күндөрү", "ru": "В последующие дни"},
    "day_n": {"ky": "{days}-күнү", "ru": "на {days}-й день"},
    "s.contacts": {
        "ky": "Шашылыш кабарлоо үчүн байланыштар",
        "ru": "Контакты для экстренного оповещения",
    },
    "no_contacts": {
        "ky": "Шашылыш кабарлоо тизмеси али түзүлө элек.",
        "ru": "Список экстренного оповещения ещё не составлен.",
    },
    "s.monitoring": {
        "ky": "Кырдаалга мониторинг жүргүзүү жана жыйынтык чыгаруу",
        "ru": "Мониторинг ситуации и подведение итогов",
    },
    "m.channels": {
        "ky": "Басма сөз кызматы кырдаал боюнча негизги коммуникация каналдарын аныктайт жана "
        "алардагы жарыялоолорго туруктуу мониторинг жүргүзөт.",
        "ru": "Пресс-служба определяет основные каналы коммуникации по ситуации и ведёт "
        "постоянный мониторинг публикаций в них.",
    },
    "m.collect": {
        "ky": "Түзүмдүк бөлүмдөр басма сөз кызматынын суроосу боюнча кырдаал тууралуу "
        "маалыматты ыкчам берет.",
        "ru": "Структурные подразделения по запросу пресс-службы оперативно предоставляют "
        "сведения о ситуации.",
    },
    "m.review": {
        "ky": "Кризис аяктагандан кийин жумушчу топ коммуникациялардын кырдаалга тийгизген "
        "таасирин баалайт жана бул планга өзгөртүүлөрдү киргизет.",
        "ru": "После завершения кризиса рабочая группа оценивает влияние коммуникаций на "
        "ситуацию и вносит изменения в настоящий план.",
    },
}


def word(key: str, lang: Lang) -> str:
    """Return the fixed word ``key`` in ``lang``."""
    return _WORDS[key][lang]


def role_label(role: str, lang: Lang) -> str:
    """Return the name of a working-group role in ``lang``."""
    return word(f"role.{role}", lang)


@dataclass(frozen=True)
class GroupLine:
    """A member of the working group in the document's language."""

    name: str
    position: str
    role: str
    duty: str
    phone: str


@dataclass(frozen=True)
class StatementText:
    """An approved holding statement in the document's language."""

    title: str
    text: str
    approved_by: str
    approved_on: dt.date | None


@dataclass(frozen=True)
class ScenarioText:
    """A scenario in the document's language."""

    name: str
    description: str
    decides: str
    speaks: str
    statements: Sequence[StatementText] = ()


@dataclass(frozen=True)
class ContactLine:
    """An instant-notice contact in the document's language."""

    name: str
    who: str
    phone: str
    email: str


@dataclass(frozen=True)
class ActionLine:
    """A checklist line: the phase, days from the start (or end) and the text."""

    phase: str
    days: int
    text: str


@dataclass(frozen=True)
class CrisisPlanFacts:
    """Everything the plan prints, in one language."""

    org_name: str
    group: Sequence[GroupLine]
    scenarios: Sequence[ScenarioText]
    contacts: Sequence[ContactLine]
    actions: Sequence[ActionLine] = ()
    head_name: str = ""
    head_title: str = ""
    secretary_name: str = ""
    secretary_title: str = ""
    place: str = ""
    date: dt.date | None = None


def _paragraphs(text: str) -> list[str]:
    chunks = [" ".join(chunk.split()) for chunk in text.replace("\r", "").split("\n\n")]
    return [chunk for chunk in chunks if chunk]


def _group_table(facts: CrisisPlanFacts, lang: Lang) -> dm.Block:
    if not facts.group:
        return dm.Paragraph(word("no_group", lang), italic=True)
    columns = [
        dm.Column(word("c.name", lang), 1.6),
        dm.Column(word("c.position", lang), 1.6),
        dm.Column(word("c.role", lang), 1.2),
        dm.Column(word("c.duty", lang), 2.0),
        dm.Column(word("c.phone", lang), 1.2, min_width_mm=28),
    ]
    rows = [[m.name, m.position, m.role, m.duty, m.phone] for m in facts.group]
    return dm.Table(columns, rows, numbered=True)


def _scenario_blocks(facts: CrisisPlanFacts, lang: Lang) -> list[dm.Block]:
    blocks: list[dm.Block] = []
    for number, scenario in enumerate(facts.scenarios, start=1):
        blocks.append(dm.Heading(f"{number}) {scenario.name}", level=2))
        blocks.extend(dm.Paragraph(p, align="justify") for p in _paragraphs(scenario.description))
        blocks.append(
            dm.KeyValue(
                [
                    (word("decides", lang), scenario.decides or word("not_set", lang)),
                    (word("speaks", lang), scenario.speaks or word("not_set", lang)),
                ]
            )
        )
        blocks.append(dm.Paragraph(word("statements", lang) + ":", bold=True))
        if not scenario.statements:
            blocks.append(dm.Paragraph(word("no_statements", lang), italic=True))
        for statement in scenario.statements:
            if statement.title:
                blocks.append(dm.Paragraph(f"«{statement.title}»", bold=True))
            blocks.extend(
                dm.Paragraph(p, italic=True, align="justify") for p in _paragraphs(statement.text)
            )
            if statement.approved_by:
                day = f"{statement.approved_on:%d.%m.%Y}" if statement.approved_on else ""
                line = word("approved_by", lang).format(name=statement.approved_by, date=day)
                blocks.append(dm.Paragraph(line.rstrip(", "), align="right"))
    return blocks


def _lower_first(text: str) -> str:
    """Start a list item in lower case, unless it starts with an abbreviation (ЖМК, СМИ)."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _action_blocks(facts: CrisisPlanFacts, lang: Lang) -> list[dm.Block]:
    """Group the checklist lines by their lead-in ("First hour: …") and list the rest by day."""
    groups: dict[str, list[str]] = {}
    later: list[str] = []
    for action in facts.actions:
        if action.phase == "after":
            when = word("day_n", lang).format(days=action.days + 1)
            later.append(f"{action.text} ({when})")
            continue
        head, sep, rest = action.text.partition(": ")
        if sep and len(head) <= 30:
            groups.setdefault(head, []).append(rest)
        else:
            groups.setdefault("", []).append(action.text)
    blocks: list[dm.Block] = []
    for head, items in groups.items():
        if head:
            blocks.append(dm.Paragraph(head + ":", bold=True))
        blocks.append(dm.BulletList([_lower_first(item) for item in items]))
    if later:
        blocks.append(dm.Paragraph(word("later", lang) + ":", bold=True))
        blocks.append(dm.BulletList([_lower_first(item) for item in later]))
    return blocks


def _contacts_table(facts: CrisisPlanFacts, lang: Lang) -> dm.Block:
    if not facts.contacts:
        return dm.Paragraph(word("no_contacts", lang), italic=True)
    columns = [
        dm.Column(word("c.name", lang), 1.6),
        dm.Column(word("c.who", lang), 1.8),
        dm.Column(word("c.phone", lang), 1.2, min_width_mm=30),
        dm.Column(word("c.email", lang), 1.4),
    ]
    rows = [[c.name, c.who, c.phone, c.email] for c in facts.contacts]
    return dm.Table(columns, rows, numbered=True)


def build_crisis_plan(
    facts: CrisisPlanFacts, *, lang: Lang, generated_at: dt.datetime | None = None
) -> dm.Document:
    """Return the plan with the head's approval block and the press secretary's signature."""
    general = [dm.Clause(word(key, lang)) for key in ("g.scope", "g.aim", "g.group")]
    general += [dm.Clause(word("g.decides", lang)), dm.Clause(word("g.statements", lang))]
    blocks: list[dm.Block] = [
        dm.Section(word("s.general", lang), general),
        dm.Section(word("s.group", lang), [_group_table(facts, lang)]),
        dm.Section(word("s.scenarios", lang), _scenario_blocks(facts, lang)),
    ]
    if facts.actions:
        blocks.append(dm.Section(word("s.actions", lang), _action_blocks(facts, lang)))
    blocks.append(dm.Section(word("s.contacts", lang), [_contacts_table(facts, lang)]))
    blocks.append(
        dm.Section(
            word("s.monitoring", lang),
            [dm.Clause(word(key, lang)) for key in ("m.channels", "m.collect", "m.review")],
        )
    )
    approval = (
        dm.Approval(title=facts.head_title, name=facts.head_name)
        if facts.head_name or facts.head_title
        else None
    )
    signatures = (
        [dm.Signature(role=facts.secretary_title, name=facts.secretary_name)]
        if facts.secretary_name or facts.secretary_title
        else []
    )
    return dm.Document(
        lang=lang,
        title=word("title", lang),
        org_name=facts.org_name,
        blocks=blocks,
        approval=approval,
        signatures=signatures,
        place=facts.place or None,
        date=facts.date,
        author=facts.org_name or None,
        subject=word("title", lang),
        generated_at=generated_at,
    )
