"""The definitions are written once: the program's tooltips, the report and the docs agree."""

from __future__ import annotations

from pathlib import Path

from desk.reports.definitions import BY_KEY, DEFINITIONS, DOC_END, DOC_START, definitions_markdown, tooltip
from desk.reports.monthly import CORRECTED_KEYS

DOC = Path(__file__).resolve().parents[3] / "docs" / "STATISTICS.md"


def test_every_figure_is_defined_in_the_doc_with_its_chinese_name() -> None:
    doc = DOC.read_text(encoding="utf-8")
    for d in DEFINITIONS:
        assert f"`{d.key}`" in doc, d.key
        assert d.label_zh in doc and d.definition_zh in doc, d.key


def test_the_docs_table_is_the_one_the_program_generates() -> None:
    doc = DOC.read_text(encoding="utf-8")
    start, end = doc.index(DOC_START), doc.index(DOC_END) + len(DOC_END)
    assert doc[start:end] == definitions_markdown(), "run `python -m desk.reports.definitions` into the doc"


def test_every_headline_and_corrected_figure_has_a_definition(center_ctx) -> None:
    from desk.reports.period import Period

    headline = center_ctx.statistics.figures(Period.month(2026, 1)).headline()
    assert set(headline) <= set(BY_KEY)
    assert set(CORRECTED_KEYS) <= set(headline)
    assert len(BY_KEY) == len(DEFINITIONS)  # no key defined twice


def test_a_tooltip_says_what_counts_in_either_language() -> None:
    assert tooltip("visits.person_times").startswith("来访人次：")
    assert "companions" in tooltip("visits.people", chinese=False)
    # The words the sync fact uses are the ones the doc explains.
    assert "visits.daily" in BY_KEY["visits.person_times"].definition_en
