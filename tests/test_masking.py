"""Masking conventions, and properties: a masked value never shows its sensitive digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dunning_sms._masking import (
    given_name,
    mask_card,
    mask_email,
    mask_id_number,
    mask_name,
    mask_phone,
    mask_ssn,
    mask_value,
    name_parts,
    phone_tail,
    surname,
)

DIGITS = "0123456789"


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138 1234 5678", "138****5678"),
        ("+8613812345678", "138****5678"),
        ("0086-138-1234-5678", "138****5678"),
        ("１３８１２３４５６７８", "138****5678"),
        ("138\u200b1234\u200b5678", "138****5678"),
        ("+1 415 555 0132", "****0132"),
        ("+14155550132", "****0132"),
        ("+44 7427 543491", "****3491"),
        ("12345", "****"),
        ("", "****"),
    ],
)
def test_mask_phone(raw: str, masked: str) -> None:
    assert mask_phone(raw) == masked


def test_phone_tail() -> None:
    assert phone_tail("+86 138 1234 5678") == "5678"
    assert mask_phone("13812345678", style="tail") == "5678"
    assert phone_tail("123") == "****"
    with pytest.raises(ValueError, match="style"):
        mask_phone("13812345678", style="full")


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("110101199003071233", "1101**********1233"),
        ("11010519491231002x", "1101**********002X"),
        ("110101 19900307 1233", "1101**********1233"),
        ("110101961013050", "1101********050"),
        ("A123456(3)", "****4563"),
        ("12345", "******"),
    ],
)
def test_mask_id_number(raw: str, masked: str) -> None:
    assert mask_id_number(raw) == masked


def test_mask_card_email_ssn_name() -> None:
    assert mask_card("6222 0212 3456 7890 128") == "**** 0128"
    assert mask_card("4111-1111-1111-1111") == "**** 1111"
    assert mask_card("123") == "****"
    assert mask_email("zhangsan@163.com") == "z***@163.com"
    assert mask_email("not an address") == "***"
    assert mask_email("a@b@example.com") == "a***@example.com"
    assert mask_ssn("536-22-8714") == "***-**-8714"
    assert mask_name("张三") == "张*"
    assert mask_name("张三丰") == "张**"
    assert mask_name("欧阳娜娜") == "欧阳**"
    assert mask_name("张 三") == "张*"
    assert mask_name("John Smith") == "J*** S***"
    assert mask_name("") == "*"
    assert surname("欧阳娜娜") == "欧阳"
    assert given_name("欧阳娜娜") == "娜娜"
    assert surname("John Smith") == "Smith"
    assert given_name("John Smith") == "John"


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("马 云", ("马*", "马", "云")),
        ("欧阳 娜娜", ("欧阳**", "欧阳", "娜娜")),
        ("欧阳\u3000娜娜", ("欧阳**", "欧阳", "娜娜")),
        ("张 三 丰", ("张**", "张", "三丰")),
    ],
)
def test_a_chinese_name_written_with_a_space_keeps_its_surname_first(
    name: str, parts: tuple[str, str, str]
) -> None:
    """A space made the name fail the CJK test, and it was read as a Latin name: the last
    word was the surname ("马 云" -> 云) and the first the given name."""
    assert (mask_name(name), surname(name), given_name(name)) == parts
    assert name_parts(name) == parts


@pytest.mark.parametrize(
    "function", [mask_phone, phone_tail, mask_id_number, mask_card, mask_email, mask_name]
)
def test_non_strings_give_a_clear_error_without_the_value(function: object) -> None:
    with pytest.raises(ValueError, match="expects a string") as info:
        function(13812345678)  # type: ignore[operator]
    assert "13812345678" not in str(info.value)


cn_mobiles = st.tuples(
    st.sampled_from(["13", "15", "17", "18", "19"]), st.text(DIGITS, min_size=9, max_size=9)
).map("".join)


@given(cn_mobiles, st.sampled_from(["{}", "+86 {}", "{} ", "0086{}"]))
def test_mobile_mask_hides_the_middle_four(number: str, shape: str) -> None:
    masked = mask_phone(shape.format(number))
    assert masked == f"{number[:3]}****{number[7:]}"
    assert number not in masked


@given(st.text(DIGITS, min_size=7, max_size=15))
def test_international_mask_keeps_last_four_only(digits: str) -> None:
    masked = mask_phone("+" + digits)
    shown = "".join(ch for ch in masked if ch.isdigit())
    assert len(shown) <= 7
    if not (digits.startswith("86") and len(digits) == 13):
        assert shown == digits[-4:]


@given(st.text(DIGITS, min_size=17, max_size=17), st.sampled_from(DIGITS + "X"))
def test_id_mask_hides_the_birth_date(body: str, check: str) -> None:
    masked = mask_id_number(body + check)
    assert masked[6:14] == "********"
    assert sum(ch.isdigit() for ch in masked) <= 8
    assert (body + check) not in masked


@given(st.text(DIGITS, min_size=13, max_size=19), st.sampled_from([" ", "-", ""]))
def test_card_mask_shows_at_most_the_last_four(digits: str, sep: str) -> None:
    grouped = sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))
    masked = mask_card(grouped)
    assert "".join(ch for ch in masked if ch.isdigit()) == digits[-4:]


@given(
    st.text("abcdefghijklmnopqrstuvwxyz0123456789._", min_size=2, max_size=20),
    st.sampled_from(["163.com", "gmail.com", "qq.com"]),
)
def test_email_mask_keeps_one_character(local: str, domain: str) -> None:
    masked = mask_email(f"{local}@{domain}")
    assert masked == f"{local[0]}***@{domain}"


@given(st.text("张王李赵刘陈杨黄周吴徐孙马胡朱", min_size=2, max_size=4))
def test_name_mask_keeps_only_the_surname(name: str) -> None:
    masked = mask_name(name)
    assert masked.startswith(name[0])
    assert set(masked[len(surname(name)) :]) == {"*"}
    assert masked != name


@given(
    st.text(), st.sampled_from(["phone", "cn_id", "card", "email", "name", "ssn", "iban", "dob"])
)
def test_masking_is_total(value: str, kind: str) -> None:
    masked = mask_value(value, kind)
    assert isinstance(masked, str)
    digits = "".join(ch for ch in value if ch.isdecimal())
    shown = sum(ch.isdecimal() for ch in masked)
    if len(digits) >= 11:
        assert shown <= 8
        assert digits not in masked
