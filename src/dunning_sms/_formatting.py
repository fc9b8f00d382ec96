"""Locale-bound formatting of money, dates, day counts and phone numbers.

One :class:`Formatter` per locale, built once and cached: Babel ``Locale`` objects and parsed
patterns are reused, because parsing them per call costs more than the rest of a message
(``../shared/reference/performance.md`` §4.3).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import lru_cache, partial
from typing import Final

import phonenumbers
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, get_currency_precision
from babel.units import format_unit

from ._models import parse_locale

DATE_FORMATS = ("short", "medium", "long", "full")

# CLDR puts no-break spaces in some currency and date patterns (sw_KE "KSh 5,200.00").
# An SMS is plain text and one NBSP turns a GSM-7 message into UCS-2 at twice the cost,
# so formatted values use ordinary spaces.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})
_CHECK_AMOUNTS = ("0", "1", "9.9", "12.5", "999.99", "1000", "1234.56", "1234567.89", "100000000")


def _group(digits: str, primary: int, secondary: int, sep: str) -> str:
    if len(digits) <= primary:
        return digits
    head, tail = digits[:-primary], digits[-primary:]
    groups = []
    while len(head) > secondary:
        groups.append(head[-secondary:])
        head = head[:-secondary]
    groups.append(head)
    return sep.join(reversed(groups)) + sep + tail


def _money_closure(
    locale: Locale, currency: str, unit: str | None = None
) -> Callable[[Decimal], str] | None:
    """A formatter built from the locale's CLDR pattern, or None when it cannot match Babel.

    Babel's ``format_currency`` re-derives everything per call (about 11 µs); this does the
    same job from data read once, and is checked against Babel before it is used. With a
    ``unit``, the number is written without the symbol and the unit follows it.
    """
    pattern = locale.currency_formats["standard"]
    # Babel 2.x stores the scale as a power of ten (0: none, 2: percent, 3: permille).
    if pattern.scale != 0 or pattern.int_prec[0] > 1 or "¤¤" in pattern.pattern:
        return None
    places = get_currency_precision(currency)
    symbol = locale.currency_symbols.get(currency, currency)
    symbols = locale.number_symbols.get("latn", locale.number_symbols)
    decimal_sep, group_sep = symbols["decimal"], symbols["group"]
    mark = symbol if unit is None else ""
    prefix = pattern.prefix[0].replace("¤", mark)
    suffix = pattern.suffix[0].replace("¤", mark)
    if unit is not None:
        prefix, suffix = prefix.strip(), suffix.strip() + unit
    primary, secondary = pattern.grouping

    def money(amount: Decimal) -> str:
        text = f"{abs(amount):.{places}f}"
        whole, _, frac = text.partition(".")
        body = _group(whole, primary, secondary, group_sep)
        if frac:
            body = f"{body}{decimal_sep}{frac}"
        return f"{prefix}{body}{suffix}"

    if primary == secondary == 3:
        # Thousands grouping is what Python's own format spec does, in C.
        spec = f",.{places}f"
        seps = str.maketrans({",": group_sep, ".": decimal_sep})
        plain = (group_sep, decimal_sep) == (",", ".")

        def money(amount: Decimal) -> str:
            body = format(abs(amount), spec)
            return f"{prefix}{body if plain else body.translate(seps)}{suffix}"

    number = _number_pattern(locale) if unit is not None else ""
    for sample in _CHECK_AMOUNTS:
        amount = Decimal(sample).quantize(Decimal(1).scaleb(-places))
        if unit is None:
            expected = format_currency(amount, currency, locale=locale)
        else:
            expected = format_currency(amount, currency, format=number, locale=locale) + unit
        if money(amount) != expected:
            return None
    return money


def _number_pattern(locale: Locale) -> str:
    """The locale's currency pattern without its symbol: ``#,##0.00``."""
    pattern: str = locale.currency_formats["standard"].pattern
    return pattern.replace("\u00a4", "").replace("\u00a0", "").strip()


# The word a language writes after an amount of its own currency. Chinese SMS write 元: the
# platforms refuse ¥ in templates (DIS013), and CLDR's name, 人民币, is not what reminders say.
_UNITS: Final = {("zh", "CNY"): "元"}


class Formatter:
    """Formats values for one locale. Get one with :func:`formatter_for`."""

    __slots__ = (
        "_date_cache",
        "_days_cache",
        "_money",
        "_money_cache",
        "_unit_money",
        "_units",
        "locale",
        "tag",
    )

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.locale: Locale = parse_locale(tag)
        self._money: dict[str, Callable[[Decimal], str]] = {}
        self._unit_money: dict[str, Callable[[Decimal], str]] = {}
        self._units = frozenset(code for lang, code in _UNITS if lang == self.locale.language)
        self._money_cache: dict[tuple[Decimal, str], str] = {}
        self._days_cache: dict[int, str] = {}
        self._date_cache: dict[tuple[date, str], str] = {}

    def money(self, amount: Decimal | int | str, currency: str, style: str = "symbol") -> str:
        """``¥1,234.56`` / ``$1,234.56`` per the locale's currency pattern.

        ``style="code"`` writes the ISO code instead (``INR 4,500.00``): symbols such as
        ₹ ₱ ₦ are outside GSM-7 and would turn a whole text into UCS-2. ``style="unit"``
        writes the unit word after the number where the language has one (``1,234.56元``),
        and the code otherwise.
        """
        value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
        if style == "symbol" and value >= 0:
            formatter = self._money.get(currency)
            if formatter is None:
                closure = _money_closure(self.locale, currency)
                locale = self.locale
                formatter = closure or (lambda a: format_currency(a, currency, locale=locale))
                self._money[currency] = formatter
            return formatter(value).translate(_SPACES)
        if style == "unit" and value >= 0:
            formatter = self._unit_money.get(currency)
            if formatter is None:
                unit = _UNITS.get((self.locale.language, currency))
                closure = _money_closure(self.locale, currency, unit) if unit else None
                formatter = closure or partial(self._money_slow, currency=currency, style="unit")
                self._unit_money[currency] = formatter
            return formatter(value).translate(_SPACES)
        return self._money_slow(value, currency, style)

    def _money_slow(self, value: Decimal, currency: str, style: str) -> str:
        key = (value, f"{currency}:{style}")
        cached = self._money_cache.get(key)
        if cached is None:
            if style == "symbol":
                cached = format_currency(value, currency, locale=self.locale)
            elif style in ("code", "unit"):
                number = _number_pattern(self.locale)
                unit = _UNITS.get((self.locale.language, currency)) if style == "unit" else None
                if unit is None:
                    cached = format_currency(
                        value, currency, format="\u00a4\u00a4 " + number, locale=self.locale
                    )
                else:
                    cached = format_currency(value, currency, format=number, locale=self.locale)
                    cached += unit
            else:
                raise ValueError("money style must be 'symbol', 'code' or 'unit'")
            cached = cached.translate(_SPACES)
            if len(self._money_cache) > 4096:
                self._money_cache.clear()
            self._money_cache[key] = cached
        return cached

    def amount(self, amount: Decimal, currency: str) -> str:
        """An amount as a reminder writes it: after the number, the unit word where the
        language has one for the currency (``1,234.56元``), else the currency pattern."""
        return self.money(amount, currency, "unit" if currency in self._units else "symbol")

    def date(self, value: date, style: str = "long") -> str:
        """A date in one of Babel's styles (short, medium, long, full) or a CLDR pattern."""
        key = (value, style)
        cached = self._date_cache.get(key)
        if cached is None:
            cached = format_date(value, format=style, locale=self.locale).translate(_SPACES)
            if len(self._date_cache) > 4096:
                self._date_cache.clear()
            self._date_cache[key] = cached
        return cached

    def days(self, count: int) -> str:
        """A plural-aware count of days: ``1 day`` / ``3 days`` / ``3天``."""
        cached = self._days_cache.get(count)
        if cached is None:
            cached = format_unit(count, "duration-day", length="long", locale=self.locale)
            cached = cached.translate(_SPACES)
            if len(self._days_cache) < 1024:
                self._days_cache[count] = cached
        return cached

    def phone(self, value: str, style: str = "national") -> str:
        """A phone number in national or international format.

        Service numbers that are not full phone numbers (``95555``, ``400-123-4567``) are
        returned as written, since reformatting them would change what people dial.
        """
        if style not in ("national", "international"):
            raise ValueError(f"phone style must be 'national' or 'international', not {style!r}")
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
