"""Personal data shown unmasked: phones, IDs, cards, e-mails and the customer's own values.

The family runs :func:`dunning_sms._pii.find_pii` once per message. In compose mode the
composer passes the customer's raw values (``ctx.known``) and the lender's service numbers
(``ctx.allow``); in free-text ``check()`` both are empty and only the patterns run.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._pii import find_pii
from .._policy import Policy
from .._report import Finding
from ._base import CheckContext, Checker, Example, RuleInfo, SimpleFamily

_LABELS = {
    "phone": "phone number",
    "cn_id": "Chinese resident ID",
    "hk_id": "Hong Kong ID",
    "tw_id": "Taiwan ID",
    "card": "bank card number",
    "email": "e-mail address",
    "ssn": "US Social Security number",
    "iban": "IBAN",
    "aadhaar": "Aadhaar number",
    "nik": "Indonesian NIK",
    "bvn": "Nigerian BVN",
    "nin": "national identification number",
    "passport": "passport number",
    "dob": "date of birth",
    "name": "customer's full name",
    "known_value": "value from the customer record",
}

PII_UNMASKED = RuleInfo(
    code="PII001",
    name="pii-unmasked",
    category="pii_unmasked",
    severity="error",
    summary="The text shows personal data (phone, ID, card, e-mail, name...) unmasked.",
    rationale=(
        "An SMS is read on a lock screen, by whoever holds the phone, and is kept by carriers "
        "and gateways. Personal data in it is masked at display time: mobile 138****5678 or "
        "尾号5678, ID with the birth date hidden, card last four, name as surname + *."
    ),
    source=(
        "GB/T 35273-2020 §7.2 (display restriction); JR/T 0171-2020 (C2 personal financial "
        "information); PCI DSS v4.0.1 Req 3.4.1 (PAN masked when displayed); PIPL Art. 51"
    ),
    passing=(
        Example(
            "【安心借】尊敬的张先生，您尾号5678的借款本期应还1,234.56元，请于2026-03-15前还款。"
        ),
        Example("【安心借】您尾号5678的手机（138****5678）绑定的借款今日到期，退订回T"),
        Example("【安心借】您的借款LN-2026-000123今日到期，如有疑问请致电95555或400-820-8888。"),
        Example(
            "Acme Loans: your card ending in 4242 will be charged $120.50 on 03/15/2026. "
            "Questions? Call 1-800-555-0199. Reply STOP to opt out.",
            policy="us",
        ),
    ),
    failing=(
        Example("【安心借】张先生您好，您的借款已逾期，请尽快联系13812345678处理。"),
        Example("【安心借】您身份证号110101199003071233名下的借款已逾期，请尽快还款。"),
        Example("【安心借】请向6222 0212 3456 7890 128还款，退订回T"),
        Example(
            "Acme Loans: we have your SSN 536-22-8714 on file. Your payment of $120.50 is "
            "overdue. Reply STOP to opt out.",
            policy="us",
        ),
        Example(
            "Acme Loans: a statement was sent to john.smith@gmail.com. Reply STOP to opt out.",
            policy="us",
        ),
    ),
    family="pii",
)


def _bind(policy: Policy) -> Checker:
    default_locale = policy.default_locale
    return _PiiChecker(default_locale)


class _PiiChecker:
    """The PII rule bound to one policy: remembers the policy's default locale."""

    __slots__ = ("_default_locale",)

    def __init__(self, default_locale: str) -> None:
        self._default_locale = default_locale

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        region = ctx.locale or self._default_locale
        for match in find_pii(ctx.text, region=region, allow=ctx.allow, known=ctx.known):
            label = _LABELS.get(match.kind, match.kind)
            # The message names the masked form only: reports are logged and shared.
            message = f"{label} shown unmasked ({match.masked})"
            if match.detail:
                message += f": {match.detail}"
            yield PII_UNMASKED.finding(
                match.start,
                match.end,
                message,
                kind=match.kind,
                masked=match.masked,
                detail=match.detail,
            )


FAMILY = SimpleFamily(name="pii", rules=(PII_UNMASKED,), binder=_bind)
