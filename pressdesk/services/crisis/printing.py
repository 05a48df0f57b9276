"""Write the anti-crisis plan (DOCX, PDF) in Kyrgyz or Russian from the crisis kit."""

from __future__ import annotations

import os
from pathlib import Path

from pressdesk import clock
from pressdesk.documents import FORMATS, Document, render
from pressdesk.documents.builders_crisis import (
    ActionLine,
    ContactLine,
    CrisisPlanFacts,
    GroupLine,
    ScenarioText,
    StatementText,
    build_crisis_plan,
    role_label,
)
from pressdesk.documents.locale import Lang, check_lang
from pressdesk.messages import Term
from pressdesk.services.crisis.records import (
    CrisisError,
    ScenarioRow,
    list_contacts,
    list_group,
    list_scenarios,
)
from pressdesk.services.events.crisis import crisis_template
from pressdesk.services.profile import get_profile
from pressdesk.storage.engine import Database

__all__ = ["check_document_path", "crisis_plan_document", "export_crisis_plan"]


def check_document_path(path: str | os.PathLike[str], what: str = "the anti-crisis plan") -> None:
    """Raise CrisisError unless ``path`` ends in .docx or .pdf."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise CrisisError(
            "file.cannot_write_as",
            what=Term(what),
            suffix=suffix or Term("a file without extension"),
            allowed=FORMATS,
        )


def _who(name: str, position: str) -> str:
    return f"{name}, {position}" if name and position else name


def _scenario(row: ScenarioRow, lang: Lang) -> ScenarioText:
    name = row.name.get(lang).strip()
    if not name:
        raise CrisisError("crisis.no_text", name=row.name.text(lang))
    statements = [
        StatementText(
            s.title.get(lang),
            s.text.get(lang),
            s.approved_by,
            s.approved_at.date() if s.approved_at else None,
        )
        for s in row.statements
        if s.status == "approved" and s.text.get(lang).strip()
    ]
    return ScenarioText(
        name=name,
        description=row.description.get(lang),
        decides=_who(row.decides_name, row.decides_position.get(lang)),
        speaks=_who(row.speaker_name, row.speaker_position.get(lang)),
        statements=statements,
    )


def crisis_plan_document(db: Database, *, lang: Lang | str) -> Document:
    """Return the plan in one language; only approved statements are printed."""
    language = check_lang(lang)
    scenarios = list_scenarios(db)
    if not scenarios:
        raise CrisisError("crisis.plan_empty")
    profile = get_profile(db)
    group = [
        GroupLine(
            m.full_name,
            m.position.get(language),
            role_label(m.role, language),
            m.duty.get(language),
            m.phone,
        )
        for m in list_group(db)
    ]
    contacts = [
        ContactLine(c.full_name, c.role.get(language), c.phone, c.email) for c in list_contacts(db)
    ]
    template = crisis_template(db)
    actions = [
        ActionLine(item.phase, item.offset_days, item.text_ky if language == "ky" else item.text_ru)
        for item in (template.items if template else ())
        if (item.text_ky if language == "ky" else item.text_ru).strip()
    ]
    facts = CrisisPlanFacts(
        org_name=profile.name(language),
        group=group,
        scenarios=[_scenario(row, language) for row in scenarios],
        contacts=contacts,
        actions=actions,
        head_name=profile.head_name,
        head_title=profile.head_title(language),
        secretary_name=profile.secretary_name,
        secretary_title=profile.secretary_title(language),
        place=profile.place(language),
        date=clock.today(),
    )
    return build_crisis_plan(facts, lang=language)


def export_crisis_plan(
    db: Database,
    path: str | os.PathLike[str],
    *,
    lang: Lang | str,
    font_path: str | None = None,
) -> None:
    """Write the plan to ``path`` (.docx or .pdf) at once or not at all."""
    check_document_path(path)
    render(crisis_plan_document(db, lang=lang), path, font_path=font_path)
