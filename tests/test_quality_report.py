"""docs/quality.md is generated from a fresh measurement and must match it."""

from __future__ import annotations

from quality_report import DOC, PUBLIC, corpus_rows, fresh_real_rows, render


def test_the_measured_sets_are_whole() -> None:
    # An emptied set would still render (as dashes): pin the sizes the page reports on.
    assert len(corpus_rows("heldout", PUBLIC)) == 292
    assert len(corpus_rows("dev", PUBLIC)) == 210
    assert len(fresh_real_rows()) == 45


def test_quality_page_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/quality.md is stale: run python tests/quality_report.py"
    )
