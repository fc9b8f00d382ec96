"""Helpers for testing code that uses dunning-sms, and for testing the rules themselves.

``run_example`` runs one rule's :class:`~dunning_sms._rules.Example` through the real engine,
exactly as ``check()`` or ``compose()`` would see it; the project's sweep test uses it on
every rule, and a lender can use it on rules it adds. ``sample_borrower`` and friends give
valid models for tests and notebooks.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from ._models import Borrower, Lender, Loan, PaymentChannel
from ._policy import load_policy
from ._report import Finding
from ._rules import Example, RuleEngine, RuleInfo
from ._rules._base import CheckContext
from ._rules.template import apply_suppressions

__all__ = [
    "context_for_example",
    "run_example",
    "sample_borrower",
    "sample_lender",
    "sample_loan",
]

_ENGINES: dict[str, RuleEngine] = {}


def _engine(policy_name: str) -> RuleEngine:
    engine = _ENGINES.get(policy_name)
    if engine is None:
        engine = _ENGINES[policy_name] = RuleEngine(load_policy(policy_name))
    return engine


# One realistic borrower, loan and lender per market (numbers valid for phonenumbers).
_MARKETS: dict[str, dict[str, Any]] = {
    "cn": {
        "name": "张三",
        "phone": "+8613812345678",
        "locale": "zh_CN",
        "currency": "CNY",
        "amount": "1234.56",
        "lender": "安心借",
        "hotline": "400-123-4567",
        "channel": "安心借App",
    },
    "us": {
        "name": "John Smith",
        "phone": "+14155552671",
        "locale": "en_US",
        "currency": "USD",
        "amount": "250.00",
        "lender": "Brightline Loans",
        "hotline": "1-800-555-0199",
        "channel": "Brightline app",
    },
    "uk": {
        "name": "Oliver Brown",
        "phone": "+447400123456",
        "locale": "en_GB",
        "currency": "GBP",
        "amount": "180.00",
        "lender": "Thistle Credit",
        "hotline": "0800 123 4567",
        "channel": "Thistle app",
    },
    "in": {
        "name": "Rahul Sharma",
        "phone": "+919876543210",
        "locale": "en_IN",
        "currency": "INR",
        "amount": "4500.00",
        "lender": "Suvidha Finance",
        "hotline": "1800-123-4567",
        "channel": "Suvidha app",
    },
    "ph": {
        "name": "Maria Santos",
        "phone": "+639171234567",
        "locale": "en_PH",
        "currency": "PHP",
        "amount": "3500.00",
        "lender": "Bayanihan Lending",
        "hotline": "1800-1888-1234",
        "channel": "GCash",
    },
    "id": {
        "name": "Budi Santoso",
        "phone": "+6281234567890",
        "locale": "id_ID",
        "currency": "IDR",
        "amount": "1500000",
        "lender": "Dana Cepat",
        "hotline": "1500-123",
        "channel": "aplikasi Dana Cepat",
    },
    "ke": {
        "name": "Wanjiku Kamau",
        "phone": "+254712345678",
        "locale": "en_KE",
        "currency": "KES",
        "amount": "5200.00",
        "lender": "Mkopo Bora",
        "hotline": "0800 720 123",
        "channel": "M-Pesa Paybill 123456",
    },
    "ng": {
        "name": "Chinedu Okafor",
        "phone": "+2348031234567",
        "locale": "en_NG",
        "currency": "NGN",
        "amount": "45000.00",
        "lender": "Kudi Loans",
        "hotline": "0800 123 4567",
        "channel": "Kudi app",
    },
}


def _market(market: str) -> dict[str, Any]:
    try:
        return _MARKETS[market]
    except KeyError:
        raise ValueError(f"no sample data for market {market!r}; use {sorted(_MARKETS)}") from None


def sample_borrower(market: str = "cn", **overrides: Any) -> Borrower:
    """A valid borrower of a market (cn, us, uk, in, ph, id, ke, ng), fields overridden."""
    m = _market(market)
    base = {"name": m["name"], "phone": m["phone"], "locale": m["locale"]}
    return Borrower(**{**base, **overrides})


def sample_loan(market: str = "cn", **overrides: Any) -> Loan:
    """A valid loan of a market due on 2026-12-05, fields overridden."""
    m = _market(market)
    base = {
        "loan_id": "L-2026-0001",
        "currency": m["currency"],
        "amount_due": m["amount"],
        "due_date": date(2026, 12, 5),
    }
    return Loan(**{**base, **overrides})


def sample_lender(market: str = "cn", **overrides: Any) -> Lender:
    """A valid lender of a market, with a hotline and one payment channel."""
    m = _market(market)
    base: dict[str, Any] = {
        "name": m["lender"],
        "hotline": m["hotline"],
        "payment_channels": (PaymentChannel(kind="app", label=m["channel"]),),
    }
    if market == "cn":
        base["sms_signature"] = m["lender"]
    return Lender(**{**base, **overrides})


def context_for_example(example: Example) -> CheckContext:
    """The CheckContext an example stands for (compose mode when it carries any
    message-level fact, free-text check mode otherwise)."""
    policy = load_policy(example.policy)
    message_level = (
        example.now is not None
        or example.stage is not None
        or example.rendered is not None
        or example.requested_locale is not None
        or bool(example.sent)
        or example.opted_out
        or example.third_party_collector
        or example.timezone is not None
        or example.phone is not None
        or example.legal_action_intended is not None
        or example.contact_authorised is not None
        or example.days_from_due is not None
    )
    if not message_level:
        return CheckContext(
            text=example.text,
            policy=policy,
            languages=policy.languages,
            mode="check",
            locale=example.locale or policy.default_locale,
        )
    market = policy.extends or policy.name
    market = market if market in _MARKETS else "us"
    locale = example.locale or policy.default_locale
    borrower_overrides: dict[str, Any] = {}
    if example.timezone is not None:
        borrower_overrides["timezone"] = example.timezone
    if example.phone is not None:
        borrower_overrides["phone"] = example.phone
    if example.contact_authorised is not None:
        borrower_overrides["third_party_contact_authorised"] = example.contact_authorised
    borrower = sample_borrower(market, **borrower_overrides)
    loan = sample_loan(market, legal_action_intended=bool(example.legal_action_intended))
    lender = sample_lender(market, is_third_party_collector=example.third_party_collector)
    now = datetime.fromisoformat(example.now) if example.now else None
    as_of = (
        loan.due_date + timedelta(days=example.days_from_due)
        if example.days_from_due is not None
        else None
    )
    history = None
    if example.sent or example.opted_out:
        from ._contact import MemoryContactLog, seed_history

        history = MemoryContactLog()
        seed_history(
            history,
            borrower=borrower,
            loan=loan,
            sent=[datetime.fromisoformat(s) for s in example.sent],
            opted_out_at=now if example.opted_out else None,
        )
    return CheckContext(
        text=example.text,
        policy=policy,
        languages=policy.languages,
        mode="compose",
        locale=locale,
        stage=example.stage,
        legal_action_intended=example.legal_action_intended,
        contact_authorised=borrower.third_party_contact_authorised,
        now=now,
        as_of=as_of,
        borrower=borrower,
        loan=loan,
        lender=lender,
        history=history,
        template="example",
        requested_locale=example.requested_locale,
        rendered=example.rendered if example.rendered is not None else {},
        known=(),
        allow=lender.service_numbers(),
    )


def run_example(rule: RuleInfo, example: Example) -> list[Finding]:
    """The findings of ``rule`` (only) on one of its examples, through the real engine."""
    ctx = context_for_example(example)
    findings = _engine(example.policy).run(ctx)
    if example.suppress:
        findings, _ = apply_suppressions(findings, example.suppress)
    return [f for f in findings if f.rule == rule.code]
