"""A rule that crashes refuses the message (fail closed), naming the rule, via a real Composer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _support import AS_OF

from dunning_sms import ComplianceError, _compose
from dunning_sms._compose import Composer
from dunning_sms._report import Finding
from dunning_sms._rules import _base, invisible
from dunning_sms._rules import families as real_families
from dunning_sms._rules._base import CheckContext, Example, FunctionChecker, RuleInfo
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

DATA = {"borrower": sample_borrower(), "loan": sample_loan(), "lender": sample_lender()}


def _crash(ctx: CheckContext) -> Iterator[Finding]:
    raise ZeroDivisionError("boom")
    yield  # pragma: no cover


@pytest.fixture
def fresh_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    # Engines are cached per policy; a patched family must be bound by a new one.
    monkeypatch.setattr(_compose, "_ENGINES", {})


def test_baseline_composes(fresh_engines: None) -> None:
    assert Composer("cn").compose("overdue", as_of=AS_OF, **DATA).ok  # type: ignore[arg-type]


def test_crashing_shipped_family_refuses_and_names_its_rule(
    monkeypatch: pytest.MonkeyPatch, fresh_engines: None
) -> None:
    monkeypatch.setattr(invisible, "_check", _crash)
    composer = Composer("cn")
    with pytest.raises(ComplianceError) as caught:
        composer.compose("overdue", as_of=AS_OF, **DATA)  # type: ignore[arg-type]
    finding = caught.value.report.errors[0]
    assert finding.rule == "INV001"
    assert finding.data == {"family": "invisible", "failure": "ZeroDivisionError"}
    assert "refused" in finding.message
    assert caught.value.rule == "INV001"
    # check() fails closed too.
    assert "INV001" in composer.check("您好").rules


def test_crashing_added_family_refuses(
    monkeypatch: pytest.MonkeyPatch, fresh_engines: None
) -> None:
    rule = RuleInfo(
        code="ZZZ001",
        name="crashes",
        category="template",
        severity="warning",
        summary="A family that always crashes.",
        failing=(Example("x"),),
    )
    crashing = _base.SimpleFamily(
        name="crashing", rules=(rule,), binder=lambda policy: FunctionChecker(_crash)
    )
    monkeypatch.setattr("dunning_sms._rules.families", lambda: (*real_families(), crashing))
    with pytest.raises(ComplianceError) as caught:
        Composer("cn").compose("overdue", as_of=AS_OF, **DATA)  # type: ignore[arg-type]
    assert [f.rule for f in caught.value.report.errors] == ["ZZZ001"]
    assert caught.value.report.errors[0].severity == "error"  # even for a warning rule
