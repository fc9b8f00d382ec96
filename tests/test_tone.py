"""Tone rules (TON001-TON004) and their independence from the wording rules."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dunning_sms._policy import load_policy
from dunning_sms._rules import CheckContext, RuleEngine
from dunning_sms._rules.tone import FAMILY, _shouting


def _codes(text: str, policy: str = "us", stage: str | None = None) -> list[str]:
    pol = load_policy(policy)
    ctx = CheckContext(text=text, policy=pol, languages=pol.languages, stage=stage)
    return [f.rule for f in FAMILY.bind(pol).check(ctx)]


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("Please pay by Friday.", "us"),
        ("尊敬的客户，请按时还款。", "cn"),
        ("Mohon dibayar hari ini.", "id"),
        ("Salamat po.", "ph"),
        ("Tafadhali lipa leo.", "ke"),
        ("कृपया भुगतान करें।", "in"),
        ("Abeg pay today.", "ng"),
    ],
)
def test_courtesy_marker_found_per_market(text: str, policy: str) -> None:
    assert "TON001" not in _codes(text, policy)


def test_missing_courtesy_is_a_warning() -> None:
    assert "TON001" in _codes("Pay $50 by Friday.")


def test_informal_address() -> None:
    assert "TON002" in _codes("你的借款明天到期，请还款。", "cn")
    assert "TON002" not in _codes("您的借款明天到期，请还款。", "cn")
    assert "TON002" in _codes("Mohon lu bayar hari ini.", "id")


def test_shouting() -> None:
    assert "TON003" in _codes("Please PAY YOUR LOAN NOW. Thanks")
    assert "TON003" in _codes("Please pay IMMEDIATELY. Thanks")
    assert "TON003" in _codes("Please pay!!! Thanks")
    assert "TON003" not in _codes("Please pay. Reply STOP to opt out. Thanks")


def test_overdue_pressure_only_before_due() -> None:
    text = "Please pay your overdue balance. Thank you."
    assert "TON004" in _codes(text, stage="upcoming")
    assert "TON004" not in _codes(text, stage="overdue")
    assert "TON004" not in _codes(text)


def test_politeness_never_offsets_a_threat() -> None:
    pol = load_policy("us")
    text = "Dear customer, please kindly pay today or you will be arrested. Thank you."
    ctx = CheckContext(text=text, policy=pol, languages=pol.languages)
    findings = RuleEngine(pol).run(ctx)
    assert any(f.severity == "error" and f.rule.startswith("WEN") for f in findings)
    assert not any(f.rule == "TON001" for f in findings)


def _shouting_reference(text: str, allowed: frozenset[str]) -> tuple[int, int] | None:
    """The shouting check as first written: plain ``\\b`` pattern, no gates."""
    bang = re.search(r"[!！?？]{3,}|[!！]{2,}[?？]+|[?？]+[!！]{2,}", text)
    run: list[re.Match[str]] = []
    for m in re.finditer(r"\b[A-Z][A-Z'’-]*[A-Z]\b", text):
        if m.group() in allowed:
            run = []
            continue
        if len(m.group()) >= 6:
            return m.span()
        if run and text[run[-1].end() : m.start()].strip(" ,.:;") != "":
            run = []
        run.append(m)
        if len(run) >= 4:
            return run[0].start(), m.end()
    return bang.span() if bang else None


@given(st.text(alphabet=st.sampled_from(list("PAYNOWSTOPab1_ '’-.,!?！？é坐É")), max_size=40))
def test_gated_shouting_equals_the_reference(text: str) -> None:
    allowed = frozenset({"STOP", "NOW"})
    assert _shouting(text, allowed) == _shouting_reference(text, allowed)
