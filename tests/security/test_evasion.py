"""Rewritten phrase and personal-data examples must still be caught.

The variants come from tests/security/evasion_variants.py. Escapes known when docs/evasion.md
was generated are listed in evasion_known_escapes.txt and are strict xfails: they are reported
to the wording and PII owners, and the suite fails as soon as one is fixed or a new one appears.
"""

from __future__ import annotations

import pytest
from evasion_variants import (
    DOC,
    KNOWN_ESCAPES,
    PII_TRANSFORMS,
    TRANSFORMS,
    Variant,
    all_variants,
    render_table,
    wording_rules,
)

VARIANTS = all_variants()
ESCAPES = {line.split("\t", 1)[0] for line in KNOWN_ESCAPES.read_text("utf-8").splitlines() if line}


def _param(variant: Variant) -> object:
    marks = (
        [pytest.mark.xfail(strict=True, reason="known escape, see docs/evasion.md")]
        if variant.id in ESCAPES
        else []
    )
    return pytest.param(variant, id=variant.id, marks=marks)


@pytest.mark.parametrize("variant", [_param(v) for v in VARIANTS])
def test_variant_is_caught(variant: Variant) -> None:
    assert variant.caught, f"{variant.group} {variant.transform}: {variant.text!r}"


def test_every_wording_rule_and_transformation_is_exercised() -> None:
    rules = {r.code for r in wording_rules()}
    assert rules, "no wording rules with failing examples"
    assert {v.group for v in VARIANTS if v.family == "wording"} == rules
    assert {v.transform for v in VARIANTS if v.family == "wording"} == set(TRANSFORMS)
    assert {v.transform for v in VARIANTS if v.family == "pii"} == set(PII_TRANSFORMS)
    kinds = {v.group for v in VARIANTS if v.family == "pii"}
    assert {"phone", "cn_id", "card", "email", "ssn", "iban"} <= kinds


def test_variants_really_differ_from_their_originals() -> None:
    assert all(v.text != v.original for v in VARIANTS)


def test_known_escapes_are_still_generated() -> None:
    # A stale entry would silently stop guarding anything.
    assert {v.id for v in VARIANTS} >= ESCAPES


def test_docs_table_is_current() -> None:
    assert DOC.read_text("utf-8") == render_table(VARIANTS), (
        "docs/evasion.md is stale: run python tests/security/evasion_variants.py"
    )
