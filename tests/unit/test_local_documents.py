"""The press service's local documents: each written in Kyrgyz and in Russian, read back from
DOCX and PDF, filled from the profile, and stating what the handbook's Table 10 asks."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from pressdesk.documents.local_docs import NAMES, Items, wording
from pressdesk.services.local_documents import (
    LocalDocumentError,
    export_local_document,
    list_local_documents,
    local_document,
)
from tests.support.one_language import docx_text, flat, foreign_words

# What each document must state (Table 10, seed 000 L2228–2443), as words of its wording.
REQUIRED: dict[str, dict[str, list[str]]] = {
    "press-service-regulation": {
        "ky": ["өз алдынча түзүмдүк бөлүмү", "түздөн-түз органдын жетекчисине", "Конституциясын",
               "коммуникациялык стратегиясын", "кабарландыруу тутумун", "өзгөчө кырдаалдарга",
               "кеңешмелерге", "видео жана аудио"],
        "ru": ["самостоятельным структурным подразделением", "непосредственно руководителю",
               "Конституцией", "коммуникационной стратегии", "оповещения представителей СМИ",
               "чрезвычайные ситуации", "совещаниях", "видео- и аудиоформате"],
    },
    "job-description": {
        "ky": ["категорияга", "жогорку билими", "мамлекеттик жана расмий тилдерде",
               "видеомонтаж", "максаттуу топтору"],
        "ru": ["категории", "высшее", "государственном и официальном языках", "видеомонтажа",
               "целевыми группами"],
    },
    "media-reglament": {
        "ky": ["пулун", "байланыш базасын", "бирдей шартта", "протоколдук", "аккредитация",
               "стажировкаларды", "ачык сынактардын", "Жетекчи менен бир саат"],
        "ru": ["пул журналистов", "базу контактов", "на равных условиях", "протокольного",
               "аккредитацию", "стажировки", "открытых конкурсов", "Час с руководителем"],
    },
    "internal-reglament": {
        "ky": ["ыйгарым укуктарын", "карамагындагы мекемелерден", "сындуу",
               "жарандардын алдында"],
        "ru": ["полномочия пресс-секретаря", "подведомственных учреждений", "критические",
               "выступлениям перед гражданами"],
    },
    "public-reglament": {
        "ky": ["расмий сайт аркылуу", "формаларды", "ишеним телефону", "басма сөздө",
               "кабыл алуунун графигин", "жеке жолугушууларын", "афишалар"],
        "ru": ["через официальный сайт", "формы для запросов", "телефон доверия",
               "публикацию в печати", "график приёма", "личные встречи", "афиши"],
    },
}  # fmt: skip
SHARED = frozenset({"пресс-релиз"})


def _all_text(name: str, lang: str) -> str:
    documents, _ = wording(lang)  # type: ignore[arg-type]
    parts: list[str] = [documents[name].title]
    for part in documents[name].sections:
        parts.append(part.title)
        for clause in part.clauses:
            parts.extend([clause.lead, *clause.items] if isinstance(clause, Items) else [clause])
    return " ".join(parts)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_each_wording_states_what_the_handbook_asks_in_one_language(name, lang):
    words = _all_text(name, lang)
    missing = [phrase for phrase in REQUIRED[name][lang] if phrase not in words]
    assert missing == []
    assert foreign_words(words, lang, SHARED) == []
    assert "  " not in words


def test_both_languages_have_the_same_structure():
    ky, ky_labels = wording("ky")
    ru, ru_labels = wording("ru")
    assert list(ky) == list(ru) == list(NAMES)
    assert set(ky_labels) == set(ru_labels)
    for name in NAMES:
        assert [len(p.clauses) for p in ky[name].sections] == [
            len(p.clauses) for p in ru[name].sections
        ], name
        for kp, rp in zip(ky[name].sections, ru[name].sections, strict=True):
            for kc, rc in zip(kp.clauses, rp.clauses, strict=True):
                assert isinstance(kc, Items) == isinstance(rc, Items)
                if isinstance(kc, Items) and isinstance(rc, Items):
                    assert len(kc.items) == len(rc.items), (name, kc.lead)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_documents_are_filled_from_the_profile_and_read_back(demo_db, tmp_path, lang):
    for info in list_local_documents():
        docx_path = tmp_path / f"{info.name}.docx"
        pdf_path = tmp_path / f"{info.name}.pdf"
        export_local_document(demo_db, info.name, docx_path, lang=lang)
        export_local_document(demo_db, info.name, pdf_path, lang=lang)
        written = docx_text(docx_path)
        title = info.title_ky if lang == "ky" else info.title_ru
        org = {"ky": "Айыл чарба министрлиги", "ru": "Министерство сельского хозяйства"}[lang]
        address = {"ky": "Киев көчөсү, 96а", "ru": "ул. Киевская, 96а"}[lang]
        for wanted in (title, org, address, "press@agro.example.kg", "Асанов Бакыт"):
            assert wanted in written, (info.name, wanted)
        assert {"ky": "БЕКИТЕМ", "ru": "УТВЕРЖДАЮ"}[lang] in written
        assert foreign_words(written, lang, SHARED) == [], info.name
        printed = flat(" ".join(p.extract_text() or "" for p in PdfReader(pdf_path).pages))
        assert org.split()[0] in printed


def test_bad_requests_are_refused_with_a_coded_message(demo_db, tmp_path):
    with pytest.raises(LocalDocumentError) as exc:
        export_local_document(demo_db, "charter", tmp_path / "x.pdf", lang="ru")
    assert exc.value.code == "templates.unknown" and "media-reglament" in str(exc.value)
    with pytest.raises(LocalDocumentError) as exc:
        export_local_document(demo_db, "job-description", tmp_path / "x.txt", lang="ru")
    assert exc.value.code == "file.cannot_write_as"
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.txt").exists()


def test_a_document_needs_the_organisation_s_name(db):
    with pytest.raises(LocalDocumentError) as exc:
        local_document(db, "public-reglament", lang="ky")
    assert exc.value.code == "templates.no_profile"
