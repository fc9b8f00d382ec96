"""When and how often: sending hours, the zone they are judged in, caps and opt-outs.

All four rules need to know who the message goes to and when, so they run only in compose.
The composer also reserves the send atomically in the contact log after the rules pass; a
race lost there becomes the same CON003/CON004 finding through :func:`breach_finding`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from .._errors import InputError
from .._hours import hours_breaches, next_allowed_time, resolve_zones
from .._policy import Policy
from .._report import Finding
from ._base import CheckContext, Checker, Example, FunctionChecker, RuleInfo, SimpleFamily

if TYPE_CHECKING:
    from .._contact import Breach

_CN_TEXT = "【示例消费金融】您的借款本期应还1,000.00元，请于1月10日前在示例App内还款。拒收请回复R"
_US_TEXT = (
    "Example Bank: your payment of $120.00 was due on Jan 2. Pay in the Example Bank app. "
    "Reply STOP to stop texts to this number."
)
_ID_TEXT = (
    "Contoh Finance: tagihan Anda Rp500.000 jatuh tempo 10 Agustus. Bayar lewat aplikasi "
    "Contoh. Balas BERHENTI untuk berhenti."
)
# A New York number: the US examples' zone is the number's too (the sample's is Californian).
_NY_PHONE = "+12125550123"

SENDING_HOURS = RuleInfo(
    code="CON001",
    name="outside-sending-hours",
    category="sending_hours",
    severity="error",
    summary="The send time is outside the policy's window in the borrower's local time.",
    rationale=(
        "Collection contact at inconvenient hours is the commonest harassment complaint. The "
        "window is judged in every zone the borrower may be in; the finding names the zone, "
        "the local time and the next allowed time."
    ),
    source=(
        "cn: CBA collection guideline 2026 and GB/T 45251-2025 (no contact 22:00-08:00), "
        "platform 08:00-21:00 window; us: 12 CFR 1006.6(b)(1)(i) and comment 6(b)(1); "
        "id: POJK 22/2023 Art. 62 (Mon-Sat 08:00-20:00, no national holidays); "
        "in: RBI 2022 (08:00-19:00); ph: SEC MC 18/2019 (06:00-22:00); "
        "uk: MCOB 13.5.4 G by analogy; ke, ng: policy defaults (regulations.md sections 1-8)"
    ),
    scope="message",
    family="contact",
    passing=(
        Example(_CN_TEXT, policy="cn", now="2026-01-05T10:00:00+08:00", timezone="Asia/Shanghai"),
        Example(
            _US_TEXT,
            policy="us",
            now="2026-03-09T08:30:00-04:00",
            timezone="America/New_York",
            phone=_NY_PHONE,
            note="the first Monday after the spring-forward change, 08:30 EDT",
        ),
        Example(
            _ID_TEXT,
            policy="id",
            now="2026-08-18T10:00:00+07:00",
            timezone="Asia/Jakarta",
            note="the Tuesday after Independence Day",
        ),
    ),
    failing=(
        Example(
            _CN_TEXT,
            policy="cn",
            now="2026-01-05T22:30:00+08:00",
            timezone="Asia/Shanghai",
            note="inside the 22:00-08:00 ban; next allowed 08:00 the next day",
        ),
        Example(
            _CN_TEXT,
            policy="cn",
            now="2026-01-05T21:30:00+08:00",
            timezone="Asia/Shanghai",
            note="after the cautious 21:00 close, before the 22:00 legal stop",
        ),
        Example(
            _US_TEXT,
            policy="us",
            now="2026-03-08T07:30:00-04:00",
            timezone="America/New_York",
            phone=_NY_PHONE,
            note="07:30 EDT on the spring-forward day",
        ),
        Example(
            _US_TEXT,
            policy="us",
            now="2026-06-10T20:30:00-07:00",
            timezone="America/Los_Angeles",
            phone=_NY_PHONE,
            note="20:30 at a Pacific address is 23:30 at the number's Eastern area code",
        ),
        Example(
            _ID_TEXT,
            policy="id",
            now="2026-08-16T10:00:00+07:00",
            timezone="Asia/Jakarta",
            note="a Sunday",
        ),
        Example(
            _ID_TEXT,
            policy="id",
            now="2026-08-17T10:00:00+07:00",
            timezone="Asia/Jakarta",
            note="Independence Day, a national holiday",
        ),
    ),
)

ZONE_ASSUMED = RuleInfo(
    code="CON002",
    name="recipient-zone-unknown",
    category="sending_hours",
    severity="warning",
    summary="Neither the borrower nor the number gives a time zone; the policy's was assumed.",
    rationale=(
        "Hours rules use the recipient's local time. When no zone is known the policy's "
        "zones stand in, which may be wrong for a borrower who lives elsewhere: set "
        "Borrower.timezone."
    ),
    source="12 CFR 1006.6(b)(1) (consumer's location); POJK 22/2023 Art. 62 (waktu setempat)",
    legal=False,
    scope="message",
    family="contact",
    passing=(
        Example(_CN_TEXT, policy="cn", now="2026-01-05T10:00:00+08:00", timezone="Asia/Shanghai"),
        Example(_US_TEXT, policy="us", now="2026-01-05T10:00:00-05:00", timezone="America/Chicago"),
    ),
    failing=(
        Example(
            _US_TEXT,
            policy="us",
            now="2026-01-05T15:00:00-05:00",
            phone="+80012345678",
            note="a universal freephone number (+800) belongs to no country or zone",
        ),
    ),
)

FREQUENCY = RuleInfo(
    code="CON003",
    name="frequency-cap",
    category="frequency",
    severity="error",
    summary="Sending now would exceed the policy's cap per borrower or per loan.",
    rationale=(
        "Repeated messages are harassment in every market even where no number is set. Caps "
        "count rolling 24-hour and 7-day windows over the contact log; the composer reserves "
        "the send atomically so parallel workers cannot overshoot."
    ),
    source=(
        "us-MA: 940 CMR 7.04(1)(f), 209 CMR 18.16(1)(d) (2 per 7 days); cn: GB/T 45251-2025 "
        "caps calls at 3 a day, used for texts as policy; elsewhere policy defaults "
        "(regulations.md 11.10)"
    ),
    scope="message",
    family="contact",
    passing=(
        Example(
            _CN_TEXT,
            policy="cn",
            now="2026-01-05T10:00:00+08:00",
            timezone="Asia/Shanghai",
            sent=("2026-01-04T09:00:00+08:00", "2026-01-05T09:00:00+08:00"),
        ),
        Example(
            _CN_TEXT,
            policy="cn",
            now="2026-01-05T10:00:00+08:00",
            timezone="Asia/Shanghai",
            sent=(
                "2026-01-04T09:00:00+08:00",
                "2026-01-04T09:30:00+08:00",
                "2026-01-04T09:45:00+08:00",
            ),
            note="three sends, but all more than 24 hours ago",
        ),
    ),
    failing=(
        Example(
            _CN_TEXT,
            policy="cn",
            now="2026-01-05T10:00:00+08:00",
            timezone="Asia/Shanghai",
            sent=(
                "2026-01-04T20:00:00+08:00",
                "2026-01-05T08:30:00+08:00",
                "2026-01-05T09:00:00+08:00",
            ),
            note="a fourth message within 24 hours (cn per_day = 3)",
        ),
    ),
)

OPTED_OUT = RuleInfo(
    code="CON004",
    name="opted-out",
    category="opted_out",
    severity="error",
    summary="The number has opted out of texts and has not opted back in.",
    rationale=(
        "After STOP (or the market's word) one confirmation at most may follow; any further "
        "message is a violation until the borrower revokes the opt-out."
    ),
    source=(
        "us: 12 CFR 1006.6(e), FCC 24-18 (47 CFR 64.1200(a)(10)-(12)); cn: MIIT Order 31 "
        "(2015) and platform rules (TD/T/N/R)"
    ),
    scope="message",
    family="contact",
    passing=(
        Example(_CN_TEXT, policy="cn", now="2026-01-05T10:00:00+08:00", timezone="Asia/Shanghai"),
    ),
    failing=(
        Example(
            _CN_TEXT,
            policy="cn",
            now="2026-01-05T10:00:00+08:00",
            timezone="Asia/Shanghai",
            opted_out=True,
        ),
        Example(
            _US_TEXT,
            policy="us",
            now="2026-01-05T10:00:00-05:00",
            timezone="America/New_York",
            phone=_NY_PHONE,
            opted_out=True,
        ),
    ),
)

RULES = (SENDING_HOURS, ZONE_ASSUMED, FREQUENCY, OPTED_OUT)


def _finding(rule: RuleInfo, message: str, data: dict[str, str]) -> Finding:
    return replace(rule.finding(0, 0, message), data=data)


def breach_finding(breach: Breach) -> Finding:
    """The CON003 or CON004 finding for a contact-log breach (used by the composer too)."""
    data: dict[str, str] = {"cap": breach.kind}
    if breach.kind == "opted_out":
        if breach.keyword:
            data["keyword"] = breach.keyword
        if breach.since is not None:
            data["since"] = breach.since.isoformat()
        return _finding(OPTED_OUT, breach.message, data)
    data["limit"] = str(breach.limit)
    data["count"] = str(breach.count)
    if breach.clears_at is not None:
        data["clears_at"] = breach.clears_at.isoformat()
    return _finding(FREQUENCY, breach.message, data)


def _bind(policy: Policy) -> Checker:
    hours = policy.hours
    caps = policy.frequency

    def check(ctx: CheckContext) -> Iterator[Finding]:
        if ctx.now is None or ctx.borrower is None:
            return
        resolution = resolve_zones(ctx.borrower, policy)
        if resolution.assumed:
            yield ZONE_ASSUMED.finding(
                0,
                0,
                "no time zone for this borrower or number; judged in "
                + ", ".join(str(z) for z in resolution.zones)
                + " (set Borrower.timezone)",
                zones=",".join(str(z) for z in resolution.zones),
            )
        breaches = hours_breaches(ctx.now, resolution.zones, hours)
        if breaches:
            first = breaches[0]
            data = {
                "zone": first.zone,
                "local_time": first.local.isoformat(),
                "reason": first.reason,
            }
            message = first.message
            try:
                upcoming = next_allowed_time(ctx.borrower, ctx.now, policy)
            except InputError:
                message += "; no allowed time in the next 400 days"
            else:
                data["next_allowed"] = upcoming.isoformat()
                message += f"; next allowed {upcoming:%Y-%m-%d %H:%M %Z}"
            yield _finding(SENDING_HOURS, message, data)
        if ctx.history is not None:
            found = ctx.history.check(
                ctx.borrower.key,
                ctx.borrower.phone,
                at=ctx.now,
                caps=caps,
                loan_id=ctx.loan.loan_id if ctx.loan is not None else None,
            )
            for breach in found:
                yield breach_finding(breach)

    return FunctionChecker(check)


FAMILY = SimpleFamily(name="contact", rules=RULES, binder=_bind)
