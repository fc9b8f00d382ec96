"""Locale formatters: the fast money closure agrees with Babel; no no-break spaces."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from dunning_sms._formatting import formatter_for
from dunning_sms._models import parse_locale

PAIRS = [
    ("zh_CN", "CNY"),
    ("en_US", "USD"),
    ("en_GB", "GBP"),
    ("en_IN", "INR"),
    ("hi_IN", "INR"),
    ("en_PH", "PHP"),
    ("fil_PH", "PHP"),
    ("id_ID", "IDR"),
    ("en_KE", "KES"),
    ("sw_KE", "KES"),
    ("en_NG", "NGN"),
    ("de_DE", "EUR"),
    ("ja_JP", "JPY"),
]


@pytest.mark.parametrize(("tag", "currency"), PAIRS)
@given(cents=st.integers(min_value=0, max_value=10**12))
def test_money_matches_babel(tag: str, currency: str, cents: int) -> None:
    from babel.numbers import get_currency_precision

    places = get_currency_precision(currency)
    amount = Decimal(cents).scaleb(-places)
    expected = format_currency(amount, currency, locale=parse_locale(tag))
    expected = expected.replace("\u00a0", " ").replace("\u202f", " ")
    assert formatter_for(tag).money(amount, currency) == expected


def test_money_examples() -> None:
    assert formatter_for("zh_CN").money(Decimal("1234.56"), "CNY") == "¥1,234.56"
    assert formatter_for("en_IN").money(Decimal("1234567.50"), "INR") == "₹12,34,567.50"
    assert "\u00a0" not in formatter_for("sw_KE").money(Decimal("5200"), "KES")


def test_dates_and_days_per_locale() -> None:
    assert formatter_for("zh_CN").date(date(2026, 12, 5)) == "2026年12月5日"
    assert formatter_for("en_US").date(date(2026, 12, 5)) == "December 5, 2026"
    assert formatter_for("en_US").days(1) == "1 day"
    assert formatter_for("en_US").days(3) == "3 days"
    assert formatter_for("zh_CN").days(3) == "3天"
    assert formatter_for("en_US").date(date(2026, 12, 5), "MMM d") == "Dec 5"


def test_phone_formats_full_numbers_and_leaves_service_numbers() -> None:
    fmt = formatter_for("zh_CN")
    assert fmt.phone("95555") == "95555"
    assert fmt.phone("+8613812345678", "international") == "+86 138 1234 5678"
