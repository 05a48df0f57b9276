"""Tell whether a document's text is in one language: words of the other language are listed.

The lists hold frequent words of each language that the other language never uses; proper
names (people, outlets, brands, logins) are not in them, so a document may carry those freely.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Frequent Russian words that never occur in a Kyrgyz text.
RUSSIAN = _words(
    """
    и в во не на с со что как по для от до из при или но это этот эта эти был была были
    будет быть итоги года году новые новых новый новая вопросы вопросов работа работы
    сельского хозяйства министерство министерства министра заместитель заместителя
    город улица служебный служебная служебное рабочий рабочая
    сотрудник отдел отдела управление управления встреча встречи условия развитие
    поддержка субсидии руководитель страница публикация новость новости ответственный
    место участники мероприятие мероприятия пресс-служба пресс-службы
    переводчика сообщения сообщение проведения
    """
)
# Frequent Kyrgyz words that never occur in a Russian text.
KYRGYZ = _words(
    """
    жана менен үчүн боюнча жөнүндө дагы бирок эмес болуп болот керек жок бул алар
    жыл жылы жылдын ай күн күнү апта жаңы жыйынтыктары маселелер иш иштер министрлиги
    министрлигинин министрдин орун басары шаары көчөсү кызматы кызматкери компьютери
    жумушчу кызматтык басма сөз борбору шарттары айыл чарба өнүктүрүү колдоо программасы
    сайты жооптуу орду темасы катышуучулар жолугушуу иш-чара иш-чаранын маалымат
    кабыл алуу өткөрүп берүү актысы
    """
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


def flat(text: str) -> str:
    """Text with soft hyphens and no-break spaces turned into plain text."""
    return text.replace("\u00ad", "").replace("\u00a0", " ").replace("\u202f", " ")


def docx_text(path: Path) -> str:
    """Every paragraph, table cell, header and footer of a DOCX file."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        parts.extend(p.text for p in section.header.paragraphs)
        parts.extend(p.text for p in section.footer.paragraphs)
    return flat("\n".join(parts))


def foreign_words(text: str, lang: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    """Words of the other language in ``text``, which should be all in ``lang``."""
    other = RUSSIAN if lang == "ky" else KYRGYZ
    found = []
    for word in _WORD.findall(text):
        folded = word.casefold()
        if folded in allowed:
            continue
        parts = [folded, *folded.split("-")] if "-" in folded else [folded]
        if any(p in other for p in parts):
            found.append(word)
    return found
