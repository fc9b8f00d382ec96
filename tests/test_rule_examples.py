"""The one sweep over every rule: code, docs and examples that must pass and must fail."""

from __future__ import annotations

import re

import pytest

from dunning_sms._report import CATEGORIES, SEVERITIES
from dunning_sms._rules import registry
from dunning_sms.testing import run_example

RULES = sorted(registry().values(), key=lambda r: r.code)
CODE = re.compile(r"^[A-Z]{2,5}\d{3}$")
NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def test_registry_is_not_empty() -> None:
    assert len(RULES) >= 20


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_metadata(rule) -> None:
    assert CODE.match(rule.code), rule.code
    assert NAME.match(rule.name), rule.name
    assert rule.category in CATEGORIES
    assert rule.severity in SEVERITIES
    assert rule.summary.strip()
    assert rule.rationale.strip(), f"{rule.code} has no rationale (its docs entry)"
    assert rule.source.strip(), f"{rule.code} names no source"
    assert rule.family


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_examples_both_ways(rule) -> None:
    assert rule.passing, f"{rule.code} has no example that must pass"
    assert rule.failing, f"{rule.code} has no example that must fail"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_failing_examples_are_flagged(rule) -> None:
    for example in rule.failing:
        found = run_example(rule, example)
        assert found, f"{rule.code} did not flag its failing example {example.text!r}"
        for finding in found:
            assert 0 <= finding.start <= finding.end <= len(example.text)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_passing_examples_are_not_flagged(rule) -> None:
    for example in rule.passing:
        found = run_example(rule, example)
        assert not found, f"{rule.code} flagged its passing example {example.text!r}: {found}"


def test_names_are_unique() -> None:
    names = [r.name for r in RULES]
    duplicates = {n for n in names if names.count(n) > 1}
    assert not duplicates
