"""Locale-bound formatting of money, dates, day counts and phone numbers.

One :class:`Formatter` per locale, built once and cached: Babel ``Locale`` objects and parsed
patterns are reused, because parsing them per call costs more than the rest of a message
(``../shared/reference/performance.md`` §4.3).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

import phonenumbers
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency
from babel.units import format_unit

from ._models import parse_locale

DATE_FORMATS = ("short", "medium", "long", "full")


class Formatter:
    """Formats values for one locale. Get one with :func:`formatter_for`."""

    __slots__ = ("_days_cache", "_money_cache", "locale", "tag")

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.locale: Locale = parse_locale(tag)
        self._money_cache: dict[tuple[Decimal, str], str] = {}
        self._days_cache: dict[int, str] = {}

    def money(self, amount: Decimal | int | str, currency: str, style: str = "symbol") -> str:
        """``¥1,234.56`` / ``$1,234.56`` per the locale's currency pattern.

        ``style="code"`` writes the ISO code instead (``INR 4,500.00``): symbols such as
        ₹ ₱ ₦ are outside GSM-7 and would turn a whole text into UCS-2.
        """
        value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
        key = (value, currency if style == "symbol" else f"{currency}:{style}")
        cached = self._money_cache.get(key)
        if cached is None:
            if style == "code":
                pattern = self.locale.currency_formats["standard"].pattern
                number = pattern.replace("\u00a4", "").replace("\u00a0", "").strip()
                cached = format_currency(
                    value, currency, format="\u00a4\u00a4 " + number, locale=self.locale
                )
            elif style == "symbol":
                cached = format_currency(value, currency, locale=self.locale)
            else:
                raise ValueError("money style must be 'symbol' or 'code'")
            if len(self._money_cache) < 4096:
                self._money_cache[key] = cached
        return cached

    def date(self, value: date, style: str = "long") -> str:
        """A date in one of Babel's styles (short, medium, long, full) or a CLDR pattern."""
        return format_date(value, format=style, locale=self.locale)

    def days(self, count: int) -> str:
        """A plural-aware count of days: ``1 day`` / ``3 days`` / ``3天``."""
        cached = self._days_cache.get(count)
        if cached is None:
            cached = format_unit(count, "duration-day", length="long", locale=self.locale)
            if len(self._days_cache) < 1024:
                self._days_cache[count] = cached
        return cached

    def phone(self, value: str, style: str = "national") -> str:
        """A phone number in national or international format.

        Service numbers that are not full phone numbers (``95555``, ``400-123-4567``) are
        returned as written, since reformatting them would change what people dial.
        """
        region = self.locale.territory
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            return value
        if not phonenumbers.is_valid_number(number):
            return value
        fmt = (
            phonenumbers.PhoneNumberFormat.INTERNATIONAL
            if style == "international"
            else phonenumbers.PhoneNumberFormat.NATIONAL
        )
        return phonenumbers.format_number(number, fmt)


@lru_cache(maxsize=64)
def formatter_for(tag: str) -> Formatter:
    """The cached formatter of a locale tag."""
    return Formatter(tag)
