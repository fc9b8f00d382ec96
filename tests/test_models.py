"""The input models: validation, normalisation, masking in repr, JSON Schema."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

import dunning_sms as ds
from dunning_sms._models import json_schemas


def _error_fields(exc: ValidationError) -> set[str]:
    return {".".join(str(p) for p in e["loc"]) for e in exc.errors()}


def test_phone_is_normalised_to_e164_in_the_locale_region() -> None:
    b = ds.Borrower(name="张三", phone="138 1234 5678", locale="zh_CN")
    assert b.phone == "+8613812345678"
    us = ds.Borrower(name="Ann Lee", phone="(415) 555-2671", locale="en-US")
    assert us.phone == "+14155552671"
    assert us.locale == "en_US"


def test_full_width_digits_and_international_prefix() -> None:
    b = ds.Borrower(name="张三", phone="＋８６ １３８１２３４５６７８")
    assert b.phone == "+8613812345678"


def test_invalid_phone_names_the_field_and_hides_the_value() -> None:
    with pytest.raises(ValidationError) as info:
        ds.Borrower(name="张三", phone="1381234", locale="zh_CN")
    assert "phone" in _error_fields(info.value)
    assert "1381234" not in str(info.value)


def test_national_number_without_locale_is_refused_not_guessed() -> None:
    with pytest.raises(ValidationError, match="needs a locale with a region"):
        ds.Borrower(name="张三", phone="13812345678")


def test_unknown_currency() -> None:
    with pytest.raises(ValidationError) as info:
        ds.Loan(loan_id="L1", currency="XYZ", amount_due="10", due_date=date(2026, 1, 1))
    assert "currency" in _error_fields(info.value) or "unknown ISO 4217" in str(info.value)
    assert "unknown ISO 4217 currency" in str(info.value)


def test_negative_amount() -> None:
    with pytest.raises(ValidationError, match="must not be negative"):
        ds.Loan(loan_id="L1", currency="CNY", amount_due="-1", due_date=date(2026, 1, 1))


def test_amount_beyond_minor_units_is_refused_not_rounded() -> None:
    with pytest.raises(ValidationError, match="more decimals than JPY allows"):
        ds.Loan(loan_id="L1", currency="JPY", amount_due="10.5", due_date=date(2026, 1, 1))
    loan = ds.Loan(loan_id="L1", currency="CNY", amount_due="10.5", due_date=date(2026, 1, 1))
    assert loan.amount_due == Decimal("10.50")
    assert str(loan.amount_due) == "10.50"


@pytest.mark.parametrize("text", ["12,50", "1,23", "1,2,3,4", "1,2345.00", "12.345,67", ",500"])
def test_a_comma_that_is_not_a_thousands_separator_is_refused_not_read(text: str) -> None:
    # "12,50" with a decimal comma would otherwise be read as 1250: a hundred times the debt.
    with pytest.raises(ValidationError, match="not a decimal amount"):
        ds.Loan(loan_id="L1", currency="EUR", amount_due=text, due_date=date(2026, 1, 1))


@pytest.mark.parametrize(
    ("text", "value"), [("1,234.50", "1234.50"), ("12,345,678", "12345678.00"), (" 7.5 ", "7.50")]
)
def test_thousands_separators_are_read(text: str, value: str) -> None:
    loan = ds.Loan(loan_id="L1", currency="USD", amount_due=text, due_date=date(2026, 1, 1))
    assert loan.amount_due == Decimal(value)


@pytest.mark.parametrize("amount", ["1E+26", "1.23457E+11", "1e3", Decimal("1e26"), 10**30])
def test_exponents_and_absurd_amounts_are_refused(amount: object) -> None:
    # Excel writes long numbers as "1.23457E+11", digits lost; 1e26 overflowed the quantize.
    with pytest.raises(ValidationError, match="amount_due"):
        ds.Loan(loan_id="L1", currency="CNY", amount_due=amount, due_date=date(2026, 1, 1))
    with pytest.raises(ValidationError, match="fees"):
        ds.Loan(
            loan_id="L1", currency="CNY", amount_due="1", fees=amount, due_date=date(2026, 1, 1)
        )


def test_float_amount_goes_through_its_repr() -> None:
    loan = ds.Loan(loan_id="L1", currency="USD", amount_due=19.99, due_date=date(2026, 1, 1))
    assert loan.amount_due == Decimal("19.99")


def test_unknown_locale() -> None:
    with pytest.raises(ValidationError) as info:
        ds.Borrower(name="A B", phone="+14155552671", locale="xx_QQ")
    assert "locale" in _error_fields(info.value)


def test_unknown_time_zone() -> None:
    with pytest.raises(ValidationError) as info:
        ds.Borrower(name="A B", phone="+14155552671", timezone="Mars/Olympus")
    assert "timezone" in _error_fields(info.value)


def test_extra_field_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        ds.Borrower(name="A B", phone="+14155552671", nickname="x")  # type: ignore[call-arg]
    assert "nickname" in _error_fields(info.value)


def test_models_are_frozen() -> None:
    b = ds.Borrower(name="A B", phone="+14155552671")
    with pytest.raises(ValidationError):
        b.name = "C D"  # type: ignore[misc]


def test_repr_never_shows_full_personal_data() -> None:
    b = ds.Borrower(
        name="张三",
        phone="13812345678",
        locale="zh_CN",
        id_number="110101199003071234",
        email="zhangsan@163.com",
        card_number="6222021234567890123",
    )
    text = repr(b) + str(b)
    for raw in ("13812345678", "110101199003071234", "zhangsan@", "6222021234567890123", "张三"):
        assert raw not in text


def test_days_overdue_and_until_due() -> None:
    loan = ds.Loan(loan_id="L1", currency="CNY", amount_due="1", due_date=date(2026, 12, 5))
    assert loan.days_overdue(date(2026, 12, 8)) == 3
    assert loan.days_overdue(date(2026, 12, 1)) == 0
    assert loan.days_until_due(date(2026, 12, 1)) == 4


def test_every_model_exports_json_schema() -> None:
    schemas = json_schemas()
    assert set(schemas) == {"Borrower", "Loan", "Lender", "PaymentChannel"}
    assert schemas["Borrower"]["additionalProperties"] is False
    assert "phone" in schemas["Borrower"]["required"]


def test_lender_signature_and_hotline_validation() -> None:
    lender = ds.Lender(name="安心借", sms_signature="安心借", hotline="400-123-4567")
    assert lender.signature == "安心借"
    with pytest.raises(ValidationError, match="hotline"):
        ds.Lender(name="X", hotline="call us")
    with pytest.raises(ValidationError):
        ds.Lender(name="X", sms_signature="【安心借】")


@pytest.mark.parametrize(
    "name",
    ["张三\u202e", "张\u200b三", "张\n三", "{{7*7}}", "【张三】", "a\x00b", ""],
)
def test_names_refuse_hidden_characters_and_template_syntax(name: str) -> None:
    with pytest.raises(ValidationError) as info:
        ds.Borrower(name=name, phone="+8613812345678")
    assert "name" in _error_fields(info.value)


def test_payment_channel() -> None:
    channel = ds.PaymentChannel(kind="app", label="安心借App")
    assert channel.detail is None
    with pytest.raises(ValidationError):
        ds.PaymentChannel(kind="App Store!", label="x")


@pytest.mark.parametrize("locale", ["C", "POSIX", "und", "en_ZZ", "zh_XX"])
def test_a_locale_that_names_no_language_or_an_unknown_region_is_refused(locale: str) -> None:
    # Babel reads each as en_US (or drops the region): the borrower's numbers and dates would
    # follow a guess.
    with pytest.raises(ValidationError, match="locale"):
        ds.Borrower(name="Jo", phone="+12125550100", locale=locale)


@pytest.mark.parametrize(
    "phone", ["13812345678;13912345678", "13812345678 / 13912345678", "+1 212 555 0100 ext. 99"]
)
def test_a_phone_field_holding_more_than_one_number_is_refused(phone: str) -> None:
    # phonenumbers reads the first number it finds and drops the rest (or the extension).
    locale = "en_US" if "212" in phone else "zh_CN"
    with pytest.raises(ValidationError, match="phone"):
        ds.Borrower(name="Jo", phone=phone, locale=locale)


@pytest.mark.parametrize(
    ("phone", "locale"),
    [("+86 138-1234-5678", "zh_CN"), ("(212) 555-0100", "en_US"), ("0712 345 678", "sw_KE")],
)
def test_phone_numbers_written_with_the_usual_marks_are_read(phone: str, locale: str) -> None:
    assert ds.Borrower(name="Jo", phone=phone, locale=locale).phone.startswith("+")
