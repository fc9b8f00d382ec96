"""Shared pieces of the benchmarks: a deterministic reference batch and a timing helper.

The batch is generated from a seed, so every run (and every machine) measures the same
messages: zh_CN rows under the ``cn`` policy and en_US rows under ``us``, over every stage
template the shipped library has, with varied names, amounts, dates and lenders.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

SEED = 20261208

ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢"
    "宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
ZH_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "慕容")
ZH_GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文博子涵浩然梓萱一诺雨桐"
)
_EN_FIRST = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Carlos Maria Wei Priya Ahmed Fatima Olu Ana"
)
_EN_LAST = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
    "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Nguyen"
)
EN_FIRST = tuple(_EN_FIRST.split(" "))
EN_LAST = tuple(_EN_LAST.split(" "))
# Mobile prefixes that phonenumbers accepts as valid CN mobiles; US area codes in service.
CN_PREFIXES = (
    "130",
    "131",
    "132",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "158",
    "159",
    "186",
    "187",
    "188",
    "189",
)
US_AREAS = ("212", "415", "646", "312", "617", "202", "305", "512", "206", "303")

CN_LENDERS: tuple[dict[str, Any], ...] = (
    {
        "name": "安心借",
        "sms_signature": "安心借",
        "hotline": "400-123-4567",
        "payment_channels": [{"kind": "app", "label": "安心借App"}],
    },
    {
        "name": "安心借消费金融",
        "sms_signature": "安心借",
        "hotline": "95555",
        "payment_channels": [
            {"kind": "app", "label": "安心借App"},
            {"kind": "bank_transfer", "label": "对公账户转账"},
        ],
    },
    {
        "name": "易分期",
        "sms_signature": "易分期",
        "hotline": "400-800-1234",
        "payment_channels": [
            {"kind": "wallet", "label": "微信小程序"},
            {"kind": "app", "label": "易分期App"},
            {"kind": "bank_transfer", "label": "银行转账"},
        ],
    },
)
US_LENDERS: tuple[dict[str, Any], ...] = (
    {
        "name": "Brightline Loans",
        "hotline": "1-800-555-0199",
        "payment_channels": [{"kind": "app", "label": "the Brightline app"}],
    },
    {
        "name": "Harbor Credit",
        "hotline": "1-888-555-0142",
        "payment_channels": [
            {"kind": "web", "label": "harborcredit.example/pay"},
            {"kind": "phone", "label": "our pay line"},
        ],
    },
)

# (template key, share of the batch). "overdue" resolves to the early/mid/late band.
TEMPLATES = (
    ("upcoming", 0.25),
    ("due_today", 0.15),
    ("overdue", 0.40),
    ("payment_received", 0.07),
    ("promise_to_pay_confirmation", 0.08),
    ("hardship_support", 0.05),
)


def _zh_name(rng: random.Random) -> str:
    surname = rng.choice(ZH_COMPOUND) if rng.random() < 0.03 else rng.choice(ZH_SURNAMES)
    return surname + "".join(rng.choice(ZH_GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _amount(rng: random.Random, high: int) -> str:
    if rng.random() < 0.2:
        return f"{rng.randrange(1, high // 100) * 100}.00"
    cents = rng.randrange(100, high * 100)
    return f"{cents // 100}.{cents % 100:02d}"


def _row(rng: random.Random, index: int) -> dict[str, Any]:
    zh = rng.random() < 0.6
    roll, key = rng.random(), TEMPLATES[-1][0]
    for name, share in TEMPLATES:
        if roll < share:
            key = name
            break
        roll -= share
    due = date(2026, 1, 1) + timedelta(days=rng.randrange(0, 365))
    if key == "upcoming":
        as_of = due - timedelta(days=rng.randrange(1, 8))
    elif key == "due_today":
        as_of = due
    elif key == "overdue":
        as_of = due + timedelta(days=rng.choice((1, 2, 3, 5, 8, 13, 21, 34, 45, 60, 95, 140)))
    else:
        as_of = due + timedelta(days=rng.randrange(-5, 20))
    if zh:
        phone = rng.choice(CN_PREFIXES) + f"{rng.randrange(10**8):08d}"
        if rng.random() < 0.3:
            phone = f"+86 {phone[:3]} {phone[3:7]} {phone[7:]}"
        borrower: dict[str, Any] = {"name": _zh_name(rng), "phone": phone, "locale": "zh_CN"}
        lender = rng.choice(CN_LENDERS)
        loan: dict[str, Any] = {"currency": "CNY", "amount_due": _amount(rng, 50_000)}
    else:
        phone = f"+1 {rng.choice(US_AREAS)} 555 {rng.randrange(100, 200):04d}"
        borrower = {
            "name": f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}",
            "phone": phone,
            "locale": "en_US",
        }
        lender = rng.choice(US_LENDERS)
        loan = {"currency": "USD", "amount_due": _amount(rng, 5_000)}
    loan.update(loan_id=f"L-{index:07d}", due_date=due.isoformat())
    if key == "payment_received":
        loan["amount_paid"] = _amount(rng, 2_000)
    if key == "promise_to_pay_confirmation":
        loan["promised_date"] = (as_of + timedelta(days=rng.randrange(1, 10))).isoformat()
    if rng.random() < 0.2:
        loan["reminder_count"] = rng.randrange(1, 4)
    return {
        "policy": "cn" if zh else "us",
        "as_of": as_of.isoformat(),
        "template": key,
        "borrower": borrower,
        "loan": loan,
        "lender": lender,
    }


def reference_rows(count: int, seed: int = SEED) -> list[dict[str, Any]]:
    """``count`` plain-dict rows (the JSONL row shape), the same for the same seed."""
    rng = random.Random(seed)
    return [_row(rng, i) for i in range(count)]


def iter_reference_rows(count: int, seed: int = SEED) -> Iterator[dict[str, Any]]:
    """The same rows, generated lazily (for files larger than memory should hold)."""
    rng = random.Random(seed)
    for i in range(count):
        yield _row(rng, i)


def median(values: list[float]) -> float:
    """The median (the benchmarks' one summary statistic)."""
    return statistics.median(values)


def timed(function: Callable[[], Any]) -> float:
    """Seconds one call takes (wall clock)."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def amount(text: str) -> Decimal:
    """A Decimal from a generated amount string."""
    return Decimal(text)


def compose_one_by_one(
    composer: Any, rows: Iterable[Any], *, template: str | None = None
) -> Iterator[Any]:
    """``compose_many``'s results from a plain loop: each row validated, then composed alone
    with ``Composer.compose`` (its preview when refused). This is what the batch path did
    before it prepared rows a chunk at a time and ran the rules family by family; the tests
    and ``bench_fission.py`` hold the batch path to it."""
    from dunning_sms._batch import BatchResult, _to_row
    from dunning_sms._errors import ComplianceError, DunningError
    from dunning_sms._rows import other_policy

    for index, item in enumerate(rows):
        try:
            row = _to_row(item, index + 1, None)
        except DunningError as exc:
            yield BatchResult(index, None, str(exc), type(exc).__name__, getattr(exc, "line", None))
            continue
        key = row.template or template
        if key is None:
            yield BatchResult(index, None, "no template for this row", "InputError", row.line)
            continue
        wrong = other_policy(row, composer.policy)
        if wrong is not None:
            yield BatchResult(index, None, str(wrong), "InputError", row.line)
            continue
        kwargs = {"borrower": row.borrower, "loan": row.loan, "lender": row.lender}
        kwargs["as_of"] = row.as_of
        try:
            message = composer.compose(key, **kwargs)
        except ComplianceError as refused:
            message = refused.preview or composer.preview(key, **kwargs)
        except DunningError as exc:
            yield BatchResult(index, None, str(exc), type(exc).__name__, row.line)
            continue
        yield BatchResult(index, message, line=row.line)
