"""find_pii: formats, near-misses, allow/known, no leaks, the PII001 rule and the corpus."""

from __future__ import annotations

import importlib.util
import json
import random
import re
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

import dunning_sms as ds
from dunning_sms._errors import ComplianceError
from dunning_sms._pii import (
    _MASKED,
    PiiMatch,
    _case_key,
    _classify_known,
    _fold,
    _gate,
    _known_national,
    _mask_near_digits,
    _rejoin,
    _Scan,
    _scan,
    card_valid,
    cn_id_valid,
    find_pii,
    iban_valid,
    luhn_valid,
    verhoeff_valid,
)
from dunning_sms._policy import load_policy
from dunning_sms._report import Report
from dunning_sms._rules import CheckContext, RuleEngine
from dunning_sms._rules.pii import FAMILY, PII_UNMASKED
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

DATA = Path(__file__).parent / "data" / "pii"
DIGITS = "0123456789"


def kinds(text: str, **kwargs: object) -> list[str]:
    return [m.kind for m in find_pii(text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "请联系13812345678",
        "手机138 1234 5678。",
        "tel 138-1234-5678 now",
        "电话：138.1234.5678",
        "+86 138 1234 5678",
        "+8613812345678",
        "0086-13812345678",
        "86 13812345678",
        "(+86)13812345678",
        "号码１３８１２３４５６７８",
        "号码138\u200b1234\u200b5678",
        "号码138\u20601234\u00ad5678",
        "号码138\u00a01234\u00a05678",
        "本人13812345678的借款",
        "https://x.cn/p?m=13812345678",
    ],
)
def test_cn_mobile_formats(text: str) -> None:
    found = find_pii(text)
    assert [m.kind for m in found] == ["phone"]
    match = found[0]
    assert match.text == text[match.start : match.end]
    assert "".join(ch for ch in match.text if ch.isdigit())[-4:] in ("5678", "５６７８")


@pytest.mark.parametrize(
    "text",
    [
        "call (415) 555-0132 today",
        "call 415-555-0132 today",
        "+1 415 555 0132",
        "+44 7427 543491",
        "+234 807 245 9582",
        "+62 813-0362-9581",
        "+254 711 526903",
        "+91 85566 24390",
        "+63 924 774 0731",
        "联系美国号码+1 646 318 1674",
    ],
)
def test_international_phones(text: str) -> None:
    assert kinds(text) == ["phone"]


def test_bare_national_numbers_depend_on_region() -> None:
    assert kinds("call 4155550132", region="US") == ["phone"]
    assert kinds("call 4155550132", region="CN") == []
    assert kinds("Tumepiga 0711 526903", region="KE") == ["phone"]
    assert kinds("Tumepiga 0711 526903", region="en_KE") == ["phone"]
    assert kinds("固话010-62345678", region="CN") == ["phone"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("身份证110101199003071233", "cn_id"),
        ("ID 11010519491231002X.", "cn_id"),
        ("ID 11010519491231002x", "cn_id"),
        ("证件110101 19900307 1233", "cn_id"),
        ("旧证110101961013050", "cn_id"),
        ("卡号6222 0212 3456 7890 128", "card"),
        ("card 4111 1111 1111 1111", "card"),
        ("card 4111-1111-1111-1111", "card"),
        ("card 4111111111111111 exp", "card"),
        ("Amex 3782 822463 10005", "card"),
        ("MC 2221 0000 0000 0009", "card"),
        ("mail zhangsan@163.com", "email"),
        ("邮箱zhangsan@163.com请查收", "email"),
        ("邮箱ｚｈａｎｇｓａｎ＠１６３.com", "email"),
        ("SSN 536-22-8714", "ssn"),
        ("ssn 536 22 8714", "ssn"),
        ("social security number 536228714", "ssn"),
        ("IBAN GB82 WEST 1234 5698 7654 32 thanks", "iban"),
        ("IBAN DE89370400440532013000", "iban"),
        ("Aadhaar 2341 2341 2346", "aadhaar"),
        ("HKID A123456(3)", "hk_id"),
        ("身分證A123456789", "tw_id"),
        ("NIK 3201014101900001", "nik"),
        ("BVN 22123456789", "bvn"),
        ("NIN: 12345678901", "nin"),
        ("passport E12345678", "passport"),
        ("护照号码E12345678", "passport"),
        ("passport P1234567A", "passport"),
        ("pasaporte no. P1234567A", "passport"),
        ("DOB: 1990-03-07", "dob"),
        ("出生日期1990年3月7日", "dob"),
        ("date of birth 7 March 1990", "dob"),
        # Written-month, ordinal and compact dates; the dotted cue.
        ("DOB 07-Mar-1990", "dob"),
        ("DOB 7th March 1990", "dob"),
        ("DOB 07 March, 1990", "dob"),
        ("born March 7th, 1990", "dob"),
        ("DOB 19900307", "dob"),
        ("D.O.B. 07/03/1990", "dob"),
    ],
)
def test_other_kinds(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "【安心借】您的借款本期应还1,234.56元，到期日2026-03-15，请按时还款。",
        "金额¥12,345,678.90",
        "Rp 1.250.000 jatuh tempo 15/03/2026",
        "EMI ₹48,192.10 2026-11-12 को देय है",
        "借款编号LN-2026-000123",
        "order ORD-2026-0315-8891",
        "订单JK202603150012345",
        "验证码482913",
        "code 739104",
        "于2026-03-15 14:30:00还款",
        "流水号1773561600000",
        "ts 1700000000000",
        "Confirmation #20260315143000",
        "订单号2026031512345678",
        "date 20260315",
        "尾号5678",
        "手机138****5678",
        "手机138-****-5678",
        "手机138xxxx5678",
        "手机１３８＊＊＊＊５６７８",
        "证件1101**********1234",
        "证件1************1",
        "卡号**** 1234",
        "卡号6222 **** **** 1234",
        "卡号622202******1234",
        "z***@163.com",
        "z***@***.com",
        "SSN ***-**-8714",
        "客服95555",
        "热线400-820-8888",
        "热线 800 820 8888",
        "Call 1-800-555-0199",
        "Call (888) 555-0100",
        "text 12345",
        "service@lender.com",
        "SSN-like ZIP 12345-6789",
        "no cue 536228714",
        "no cue 3201014101900001 NIKE",
        "born to pay",
    ],
)
def test_near_misses_are_not_flagged(text: str) -> None:
    assert find_pii(text, region="CN") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # A line break inside the value.
        ("请联系+86 198 \n3071 2328处理", "phone", "+86 198 \n3071 2328"),
        ("证件号码320102199\n807157740，借款", "cn_id", "320102199\n807157740"),
        ("银行卡6222 0286 6\n935 0565 838扣款", "card", "6222 0286 6\n935 0565 838"),
        ("Social Security number 6754\n08402 is linked", "ssn", "6754\n08402"),
        ("date of birth is 15/07\n/1977. Reply", "dob", "15/07\n/1977"),
        (
            "emailed to priya.sharma\n@yahoo.co.id. Questions?",
            "email",
            "priya.sharma\n@yahoo.co.id",
        ),
        # Spelled out one character at a time ("   " and "---" stand for one space or dash).
        ("SSN 0 6 4 - 6 7 - 4 9 3 8 on file", "ssn", "0 6 4 - 6 7 - 4 9 3 8"),
        ("SSN 0-6-4---6-7---4-9-3-8 on file", "ssn", "0-6-4---6-7---4-9-3-8"),
        ("出生日期1 9 6 8 年 3 月 2 1 日，借款", "dob", "1 9 6 8 年 3 月 2 1 日"),
        ("香港身份證D-5-5-7-9-0-9-(-1-)已登記", "hk_id", "D-5-5-7-9-0-9-(-1-)"),
        ("身分證字號B 2 8 5 0 1 0 5 0 4之借款", "tw_id", "B 2 8 5 0 1 0 5 0 4"),
        ("passport no. G-3-1-3-1-5-7-5-0 is linked", "passport", "G-3-1-3-1-5-7-5-0"),
        (
            "mail j d o e 1 9 8 7 2 6 @ y a h o o . c o . i d，请查收",
            "email",
            "j d o e 1 9 8 7 2 6 @ y a h o o . c o . i d",
        ),
        (
            "IBAN G B 8 9   W E S T   2 3 3 6   3 0 7 5   9 7 0 6   9 7 on",
            "iban",
            "G B 8 9   W E S T   2 3 3 6   3 0 7 5   9 7 0 6   9 7",
        ),
        # Cyrillic look-alike letters.
        ("账单已发送至jdое198726@уаhоо.со.іd，请查收", "email", "jdое198726@уаhоо.со.іd"),
        ("身分證字號В285010504之借款", "tw_id", "В285010504"),
        ("IBAN GВ89 WЕSТ 2336 3075 9706 97 on", "iban", "GВ89 WЕSТ 2336 3075 9706 97"),
    ],
)
def test_evasions_are_found_with_original_offsets(text: str, kind: str, value: str) -> None:
    region = "US" if text.isascii() or "IBAN" in text else "CN"
    found = find_pii(text, region=region)
    assert [(m.kind, m.text) for m in found] == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "还款金额：1,000.00\n2026年5月4日到期\n客服95555",
        "您尾号5678的借款\n1234.56元\n2026-03-15到期",
        "Amount 45,878.36\n09/19/2026\nRef 1357924680",
        "Loan LN-2026-1357\n2468 due 2026-05-04\n1-800-555-0199",
        "Contact support@\nlender.com",
        "Reply 1 - Yes, 2 - No, 3 - Call me later, 4 - Stop",
        "R E P L Y  S T O P to opt out, ref 1 2 3 4 5 6 7",
        "Pay 1 5 0 0 now via paybill 4 0 0 2 0 0",
    ],
)
def test_line_breaks_and_spelled_out_text_without_personal_data(text: str) -> None:
    assert find_pii(text, region="US") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("手机13812345**", "phone"),
        ("手机*3812345678", "phone"),
        ("证件11010119900307****", "cn_id"),
        ("证件110101********1233", "cn_id"),
        ("card 4111 1111 1111 ****", "card"),
        ("mail zhangs**@163.com", "email"),
        # A masked domain hides nothing of the local part.
        ("mail zhangsan@***.com", "email"),
        ("mail zhangsan@1**.com", "email"),
        ("mail john.smith@g****.com", "email"),
        ("SSN 536-22-****", "ssn"),
        # Twelve characters after an Aadhaar cue, or written 4-4-4, are an Aadhaar (they
        # were called a phone).
        ("Aadhaar 23412341****", "aadhaar"),
        ("आधार 2341 2341 ****", "aadhaar"),
    ],
)
def test_weak_masks_are_flagged(text: str, kind: str) -> None:
    found = find_pii(text)
    assert [m.kind for m in found] == [kind]
    assert found[0].detail.startswith("weak mask")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("card ****4111111111111111", "card", "****4111111111111111"),
        ("卡号****6222021234567890128", "card", "****6222021234567890128"),
        ("证件110101199003071233****", "cn_id", "110101199003071233****"),
        ("手机****+8613812345678", "phone", "****+8613812345678"),
        ("SSN ****536-22-8714 on file", "ssn", "****536-22-8714"),
    ],
)
def test_a_whole_value_with_a_mask_stuck_to_it_is_a_weak_mask(
    text: str, kind: str, value: str
) -> None:
    """Four or more mask characters made the token too long for any masked shape, and the
    value beside them, all of it visible, passed."""
    found = find_pii(text)
    assert [(m.kind, m.text) for m in found] == [(kind, value)]
    assert found[0].detail.startswith("weak mask")
    assert _run("【安心借】您卡号****6222021234567890128的还款已逾期，退订回T")


def test_a_weak_mask_finding_names_the_kind() -> None:
    text = "Acme: your Aadhaar 23412341**** is linked. Reply STOP to opt out."
    messages = [f.message for f in ds.check(text, policy="in").findings if f.rule == "PII001"]
    assert len(messages) == 1 and messages[0].startswith("Aadhaar number shown unmasked")


@pytest.mark.parametrize(
    "text",
    [
        "手机138****5678 2026-03-15到期",
        "手机138****5678 2026年3月15日到期",
        "手机138****5678 03/15/2026",
        "card ending ****1111 1234.56",
        "card ending ****1111 1,234.56",
        "SSN ***-**-8714 2026",
    ],
)
def test_a_date_year_or_amount_after_a_masked_value_is_not_part_of_it(text: str) -> None:
    """The masked token ran on over the date or amount after it, and the longer token was
    reported as a badly masked card or ID."""
    assert find_pii(text) == []
    assert not _run("【安心借】您的手机138****5678 2026年到期，退订回T")


def test_a_weak_mask_before_a_year_is_still_flagged() -> None:
    assert kinds("卡号4111 1111 **** 2026") == ["card"]
    assert kinds("卡号****4111111111111111 2026") == ["card"]


def test_allow_compares_digits() -> None:
    text = "还款请拨打021-6123 4567或转账至6222 0000 1111 2226"
    assert kinds(text) != []
    allow = ("+86 21 61234567", "6222000011112226")
    assert find_pii(text, allow=allow) == []
    assert kinds("call (212) 555-0148") == ["phone"]
    assert find_pii("call (212) 555-0148", allow=("+1 212-555-0148",)) == []
    assert find_pii("mail collect@lender.cn", allow=("collect@lender.cn",)) == []


def test_allow_matches_a_whole_number_never_its_end() -> None:
    """Any one to four leading digits were ignored, so a lender's short number allowed every
    number ending with it."""
    assert kinds("请致电13812345678", allow=["2345678"]) == ["phone"]
    assert kinds("call 0917 123 4567", region="PH", allow=["Acct 1234567"]) == ["phone"]
    assert kinds("call 0928 123 4567", region="PH", allow=["(02) 8123 4567"]) == ["phone"]
    # A country code, with or without the trunk 0 written after it, is still ignored.
    assert find_pii("call 020 7946 0958", region="GB", allow=["+44 (0)20 7946 0958"]) == []
    assert find_pii("call 06 1234 5678", region="IT", allow=["+39 06 1234 5678"]) == []
    channel = ds.PaymentChannel(kind="bank", label="Bank", detail="Acct 1234567")
    lender = ds.Lender(name="Acme", hotline="(02) 8123 4567", payment_channels=[channel])
    for mobile in ("0917 123 4567", "0928 123 4567"):
        text = f"Acme: your mobile {mobile} is overdue. Reply STOP to opt out."
        report = ds.check(text, policy="ph", lender=lender)
        assert [f.rule for f in report.findings if f.rule == "PII001"] == ["PII001"], mobile


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("张三您好", "name"),
        ("张\u200b三您好", "name"),
        ("张 三您好", "name"),
        ("Dear JOHN SMITH,", "name"),
        ("Dear Ｊｏｈｎ Ｓｍｉｔｈ,", "name"),
        ("联系13812345678", "phone"),
        ("联系138 1234 5678", "phone"),
        ("联系Tel13812345678", "phone"),
        ("证件110101199003071233", "cn_id"),
        ("卡4111 1111 1111 1111", "card"),
        ("mail ZHANGSAN@163.COM", "email"),
    ],
)
def test_known_values_in_any_formatting(text: str, kind: str) -> None:
    known = (
        "张三",
        "John Smith",
        "+8613812345678",
        "110101199003071233",
        "4111111111111111",
        "zhangsan@163.com",
    )
    found = find_pii(text, known=known)
    assert [m.kind for m in found] == [kind]
    assert found[0].text == text[found[0].start : found[0].end]


@pytest.mark.parametrize(
    ("text", "value", "kind", "shown"),
    [
        ("NI number QQ123456C", "QQ 12 34 56 C", "known_value", "QQ123456C"),
        ("NI number qq 12-34-56 c.", "QQ123456C", "known_value", "qq 12-34-56 c"),
        ("PAN ABCPE 1234 F", "ABCPE1234F", "known_value", "ABCPE 1234 F"),
        ("KRA PIN A123456789Z", "A 123 456 789 Z", "known_value", "A123456789Z"),
        # A pattern that knows what the value is names it.
        ("SSN 536 22 8714", "536-22-8714", "ssn", "536 22 8714"),
        ("passport E12345678", "E12345678", "passport", "E12345678"),
    ],
)
def test_known_identifiers_of_letters_and_digits_in_any_spacing(
    text: str, value: str, kind: str, shown: str
) -> None:
    """Such values were matched word by word as names: only as spaced when stored, and
    reported as the customer's name; an SSN or passport from the record was not named."""
    found = find_pii(text, known=[value])
    assert [(m.kind, m.text) for m in found] == [(kind, shown)]


def test_a_known_identifier_printed_in_another_spacing_is_refused(tmp_path: Path) -> None:
    library = tmp_path / "en_GB"
    library.mkdir()
    (library / "ref.j2").write_text(
        "{{ lender.name }}: loan {{ loan.loan_id }} is {{ loan.days_overdue|days }} overdue. "
        "Please pay via {{ lender.channel }} or call {{ lender.hotline }} for help. "
        "Free debt advice: moneyhelper.org.uk",
        encoding="utf-8",
    )
    message = ds.Composer("uk", templates=tmp_path).preview(
        "ref",
        borrower=sample_borrower("uk", id_number="QQ 12 34 56 C"),
        loan=sample_loan("uk", loan_id="QQ123456C"),
        lender=sample_lender("uk"),
        as_of=date(2026, 12, 8),
    )
    assert "QQ123456C" in message.text
    assert [f.data["kind"] for f in message.report.findings if f.rule == "PII001"] == [
        "known_value"
    ]


def test_known_values_do_not_flag_surname_or_tail() -> None:
    known = ("张三", "+8613812345678")
    assert find_pii("张先生您好，您尾号5678的借款今日到期。", known=known) == []


def test_offsets_index_the_original_text() -> None:
    text = "\u200b\u200b【安心借】号码１３８\u200b１２３４\u200b５６７８，身份证110101199003071233"
    found = find_pii(text)
    assert [m.kind for m in found] == ["phone", "cn_id"]
    for match in found:
        assert text[match.start : match.end] == match.text
    assert found[0].text == "１３８\u200b１２３４\u200b５６７８"


@pytest.mark.parametrize(
    ("text", "region", "known", "value"),
    [
        ("Call (415) 555-0132 now", "US", (), "(415) 555-0132"),
        ("电话(010)61234567", None, (), "(010)61234567"),
        ("电话（010）61234567", None, (), "（010）61234567"),
        ("电话(0755)61234567", None, (), "(0755)61234567"),
        ("Call (415) 555-0132 now", None, ("+14155550132",), "(415) 555-0132"),
        ("请联系(13812345678)", None, (), "13812345678"),
    ],
)
def test_a_bracketed_area_code_is_reported_with_both_brackets(
    text: str, region: str | None, known: tuple[str, ...], value: str
) -> None:
    """The span started at the first digit, so it held the ")" but not the "(" before it."""
    assert [m.text for m in find_pii(text, region=region, known=known)] == [value]


cn_mobiles = st.tuples(
    st.sampled_from(["138", "139", "150", "186", "199", "177"]),
    st.text(DIGITS, min_size=8, max_size=8),
).map("".join)
context = st.text(st.sampled_from("您好请联系客户借款到期，。 abcXYZ:"), max_size=12)


@given(context, cn_mobiles, context, st.sampled_from(["{}", "{0[0]}{0[1]}{0[2]} {0[3]}", "+86{}"]))
def test_any_mobile_in_any_context_is_found(
    before: str, number: str, after: str, shape: str
) -> None:
    if shape == "{0[0]}{0[1]}{0[2]} {0[3]}":
        value = f"{number[:3]} {number[3:7]} {number[7:]}"
    else:
        value = shape.format(number)
    # Letters glued to a number make it part of a word or reference; keep a separator.
    text = f"{before} {value} {after}"
    found = find_pii(text)
    assert any(m.kind == "phone" and value in text[m.start : m.end] for m in found)
    assert all(number not in repr(m) for m in found)


def _luhn_complete(body: str) -> str:
    return next(body + c for c in DIGITS if luhn_valid(body + c))


@given(
    st.sampled_from(["4", "51", "622202", "2221"]),
    st.text(DIGITS, min_size=11, max_size=11),
    st.sampled_from([" ", "-", ""]),
)
def test_any_valid_card_in_any_grouping_is_found(prefix: str, rest: str, sep: str) -> None:
    digits = _luhn_complete((prefix + rest)[:15])
    grouped = sep.join(digits[i : i + 4] for i in range(0, 16, 4))
    found = find_pii(f"卡号{grouped}扣款失败")
    assert [m.kind for m in found] == ["card"]
    assert digits not in repr(found) and grouped not in repr(found)


def test_a_year_before_a_card_leaves_the_card_whole() -> None:
    """A year and a card's first eight digits ("2026 4111 1111") pass as a 4-4-4 Aadhaar for
    one random Visa number in ten: that was reported, and the card after it lost."""
    found = find_pii("请于2026 4111 1111 1111 1111还款")
    assert [(m.kind, m.text) for m in found] == [("card", "4111 1111 1111 1111")]
    rng = random.Random(35)
    for _ in range(300):
        card = "4" + "".join(rng.choice(DIGITS) for _ in range(14))
        card += next(d for d in DIGITS if luhn_valid(card + d))
        grouped = " ".join(card[k : k + 4] for k in range(0, 16, 4))
        found = find_pii(f"请于2026 {grouped}还款")
        assert [(m.kind, m.text) for m in found] == [("card", grouped)], grouped


def test_validators() -> None:
    assert cn_id_valid("11010519491231002X")
    assert not cn_id_valid("110105194912310021")  # wrong check character
    assert not cn_id_valid("110105194902300029")  # 30 February
    assert not cn_id_valid("990105194912310021")  # no such province
    assert cn_id_valid("500103199001011234") or not cn_id_valid("500103199001011234")
    assert card_valid("4111111111111111")
    assert not card_valid("1111111111111117")  # Luhn-valid, no issuer
    assert iban_valid("GB82WEST12345698765432")
    assert not iban_valid("GB82WEST12345698765433")
    assert verhoeff_valid("234123412346")
    assert not verhoeff_valid("234123412347")


def test_repr_and_str_show_the_masked_value_only() -> None:
    match = PiiMatch("phone", 0, 11, "13812345678")
    assert "13812345678" not in repr(match)
    assert "13812345678" not in str(match)
    assert "138****5678" in repr(match)
    card = PiiMatch("card", 0, 19, "4111 1111 1111 1111")
    assert "1111 1111 1111" not in repr(card) and card.masked == "**** 1111"


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="expects a string") as info:
        find_pii(13812345678)  # type: ignore[arg-type]
    assert "13812345678" not in str(info.value)


def test_gate_lets_through_only_candidates() -> None:
    assert not _gate("【安心借】您的借款将于12月5日到期，请按时还款，退订回T")
    assert not _gate("Hi John, your payment is due on Mar 5. Reply STOP to opt out.")
    assert _gate("联系1 3 8 1 2 3 4")
    assert _gate("mail a@b.cn")
    assert _gate("mail a＠b.cn")
    assert _gate("手机138****5678")
    assert _gate("出生日期1990年3月7日")
    assert _gate("手机١٣٨١٢٣٤٥٦٧٨")  # Arabic-Indic digits fold to ASCII ones
    assert _gate("ＤＯＢ ０７／２１／１９６９")
    assert _gate("GB 82 WEST ABCD EFGH IJ")  # an IBAN may hold only its two check digits


def _ungated(text: str, region: str | None = None) -> list[tuple[int, int, str, str]]:
    """What the scanner finds in ``text`` when the gate is not asked."""
    s, _ = _fold(text)
    found = _scan(text, s, region, (), ())
    rejoined = _rejoin(s)
    if rejoined is not None:
        found += _scan(text, rejoined[0], region, (), ())
    return found


_GATE_ALPHABET = (
    DIGITS * 3
    + "  -.()+*xX@/#_,:年月日ABCDEGHKLNOPSTWZabdehinorstu张借，。"
    + "０１２３４５６７８９＊＠－．（）ＡＢＧＺ\n\u200b\u00ad\u2013\u3000\u0661\u0966"
    + "аеорсВОΑΒ•●×∗𝟎𝟏"
)


@given(st.text(alphabet=_GATE_ALPHABET, max_size=60))
def test_gate_false_means_the_scanner_finds_nothing(text: str) -> None:
    assert _gate(text) or not _ungated(text), text


_SCRIPT_DIGITS = {"fullwidth": 0xFF10, "arabic-indic": 0x0660, "devanagari": 0x0966}


def test_gate_false_means_nothing_found_over_the_corpus_and_its_variants() -> None:
    rows = [json.loads(line) for line in (DATA / "pii.jsonl").read_text("utf-8").splitlines()]
    texts = [row["text"] for row in rows]
    for base in list(texts):
        for zero in _SCRIPT_DIGITS.values():
            texts.append(base.translate({48 + k: zero + k for k in range(10)}))
        texts.append("\u200b".join(base))
        texts.append(base.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}))
        # Near the gate's edge: the text with only its first three digits left.
        head = "".join(ch for ch in base if ch.isdigit())[:3]
        texts.append(head + re.sub(r"\d", "", base))
        texts.append(re.sub(r"\d", "", base))
    checked = 0
    for text in texts:
        if not _gate(text):
            checked += 1
            assert not _ungated(text, "CN"), text
            assert not _ungated(text, "US"), text
    assert checked > 100  # the gate does close on part of them


# --- the rule ----------------------------------------------------------------------------


def _run(text: str, policy: str = "cn", **ctx: object) -> list[object]:
    pol = load_policy(policy)
    engine = RuleEngine(pol)
    context = CheckContext(text=text, policy=pol, languages=pol.languages, **ctx)  # type: ignore[arg-type]
    return [f for f in engine.run(context) if f.rule == "PII001"]


def test_rule_metadata() -> None:
    assert FAMILY.name == "pii"
    assert [r.code for r in FAMILY.rules] == ["PII001"]
    assert PII_UNMASKED.category == "pii_unmasked"
    assert PII_UNMASKED.severity == "error"
    assert PII_UNMASKED.scope == "text"
    assert PII_UNMASKED.passing and PII_UNMASKED.failing


def test_rule_examples_hold() -> None:
    for example in PII_UNMASKED.passing:
        assert _run(example.text, example.policy) == [], example.text
    for example in PII_UNMASKED.failing:
        assert _run(example.text, example.policy), example.text


def test_rule_uses_known_allow_and_locale() -> None:
    text = "【安心借】张三您好，请致电021-61234567或4155550132。"
    findings = _run(text, mode="compose", known=("张三",), allow=("021-61234567",))
    assert [f.data["kind"] for f in findings] == ["name"]  # type: ignore[attr-defined]
    us = _run(text, locale="en_US", allow=("021-61234567",))
    assert [f.data["kind"] for f in us] == ["phone"]  # type: ignore[attr-defined]


def test_findings_and_reports_never_carry_the_raw_value() -> None:
    raw = ("13812345678", "110101199003071233", "4111111111111111", "zhangsan@163.com", "张三")
    text = (
        "张三，手机13812345678，身份证110101199003071233，"
        "卡4111 1111 1111 1111，邮箱zhangsan@163.com"
    )
    findings = _run(text, mode="compose", known=raw)
    assert {f.data["kind"] for f in findings} == {"name", "phone", "cn_id", "card", "email"}  # type: ignore[attr-defined]
    report = Report(findings=tuple(findings), policy="cn")  # type: ignore[arg-type]
    dumped = json.dumps(report.to_dict(), ensure_ascii=False) + repr(report)
    error = ComplianceError("refused", report=report)
    dumped += str(error) + repr(error)
    for value in (*raw, "4111 1111 1111 1111", "zhangsan"):
        assert value not in dumped
    assert "138****5678" in dumped and "张*" in dumped


# --- the labelled corpus -----------------------------------------------------------------


def _records() -> list[dict[str, object]]:
    with (DATA / "pii.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _measure(records: list[dict[str, object]]) -> dict[str, tuple[int, int]]:
    spans = found = near = flagged = 0
    for record in records:
        matches = find_pii(str(record["text"]), allow=tuple(record.get("allow", ())))  # type: ignore[arg-type]
        if record["label"] == "pii":
            for span in record["spans"]:  # type: ignore[attr-defined]
                spans += 1
                found += any(m.start < span["end"] and m.end > span["start"] for m in matches)
        else:
            near += 1
            flagged += bool(matches)
    return {"found": (found, spans), "flagged": (flagged, near)}


def test_corpus_shape() -> None:
    records = _records()
    assert len(records) >= 300
    assert sum(r["source"] == "handwritten" for r in records) >= 60
    assert {r["lang"] for r in records} >= {"zh", "en", "id", "fil", "sw", "hi", "pcm"}
    assert {r["split"] for r in records} == {"dev", "heldout"}
    for record in records:
        text = str(record["text"])
        for span in record["spans"]:  # type: ignore[attr-defined]
            assert 0 <= span["start"] < span["end"] <= len(text)


def test_corpus_is_what_the_generator_writes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("pii_generate", DATA / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    import random

    records = module.generated(random.Random(module.SEED))
    stored = [r for r in _records() if r["source"] == "generated"]
    assert [r["text"] for r in records] == [r["text"] for r in stored]


def test_heldout_detection_and_false_alarms() -> None:
    heldout = [r for r in _records() if r["split"] == "heldout"]
    figures = _measure(heldout)
    found, spans = figures["found"]
    flagged, near = figures["flagged"]
    assert spans >= 100 and near >= 60
    assert found / spans >= 0.99
    assert flagged / near <= 0.01
    masked_or_service = [r for r in heldout if r["label"] in ("masked", "service")]
    assert masked_or_service
    for record in masked_or_service:
        allow = tuple(record.get("allow", ()))  # type: ignore[arg-type]
        assert find_pii(str(record["text"]), allow=allow) == [], record["text"]


noisy_text = st.text(
    st.sampled_from(
        [*"0123456789０１２３ *＊xX-.()+@，。：张三abcXAZ元年月日 ", "\u200b", "\u00a0", "\u2060"]
    ),
    max_size=60,
)


@given(
    noisy_text, st.lists(st.sampled_from(["张三", "+8613812345678", "a@b.cn", "4111111111111111"]))
)
def test_never_raises_and_spans_index_the_original(text: str, known: list[str]) -> None:
    for match in find_pii(text, known=known, region="CN", allow=("95555", "021-61234567")):
        assert 0 <= match.start < match.end <= len(text)
        assert match.text == text[match.start : match.end]
        assert isinstance(repr(match), str)


def test_match_is_frozen() -> None:
    match = PiiMatch("phone", 0, 11, "13812345678")
    with pytest.raises(AttributeError):
        match.kind = "card"  # type: ignore[misc]
    assert not hasattr(match, "__dict__")


# --- the cheap paths for the customer's values ----------------------------------------------


def _national_by_parse(value: str) -> str:
    try:
        number = phonenumbers.parse(value, "CN")
    except phonenumbers.NumberParseException:
        return ""
    return str(number.national_number)


def _e164_samples() -> list[str]:
    samples = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in phonenumbers.PhoneNumberType.values():
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                samples.append(
                    phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
                )
    rng = random.Random(7)
    codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    for _ in range(5000):
        tail = "".join(rng.choice(DIGITS) for _ in range(rng.randint(0, 16)))
        samples.append(f"+{rng.choice(codes)}{tail}")
    return samples


def test_known_phone_national_number_agrees_with_phonenumbers() -> None:
    # The string shortcut must give what phonenumbers.parse gives, for every country code
    # (including trunk prefixes it strips and Italian leading zeros it keeps apart).
    for value in _e164_samples():
        assert _known_national(value, value[1:], value[1:]) == _national_by_parse(value), value
    rng = random.Random(8)
    for _ in range(2000):
        mobile = rng.choice(["13", "15", "17", "18", "19"]) + "".join(
            rng.choice(DIGITS) for _ in range(9)
        )
        assert _known_national(mobile, mobile, mobile) == _national_by_parse(mobile)


def test_known_phone_forms_are_the_ones_parse_gives() -> None:
    spec = _classify_known("+8613812345678")
    assert spec is not None and spec.kind == "phone"
    assert set(spec.digits) == {"8613812345678", "13812345678", "013812345678"}
    italian = _classify_known("+390212345678")
    assert italian is not None and "212345678" in italian.digits


def test_case_key_never_hides_a_case_insensitive_match() -> None:
    # The name and address patterns are only built when the keys of their words are in the
    # key of the text; every character re.IGNORECASE equates with a letter must agree.
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZßéåıİſσςµǆ"
    for letter in letters:
        for same in re.findall(re.escape(letter), everything, re.IGNORECASE):
            assert _case_key(letter) in _case_key("x" + same + "x"), (letter, same)


@pytest.mark.parametrize(
    "text",
    [
        "Dear JOHN SMITH,",
        "Dear john.smith,",
        "Dear John  Smith,",
        "DEAR JOHN SMİTH,",
        "Dear Joh\u017f Smith",
        "张 三您好",
        "张\n三您好",
    ],
)
def test_known_names_found_like_the_pattern_finds_them(text: str) -> None:
    known = ("张三", "John Smith", "Johſ Smith")
    names = [m for m in find_pii(text, known=known) if m.kind == "name"]
    assert names, text


@given(
    st.text(st.sampled_from([*"张三李 \u3000\t\n三张,.", "\u2028"]), max_size=30),
    st.sampled_from(["张三", "张三李", "三张", "李"]),
)
def test_cjk_name_walk_matches_the_regex(text: str, name: str) -> None:
    spec = _classify_known(name)
    expected = []
    if spec is not None:
        pattern = re.compile(r"\s*".join(re.escape(c) for c in name))
        expected = [(m.start(), m.end()) for m in pattern.finditer(text)]
    scan = _Scan(text, text, None, ())
    scan.known([spec] if spec is not None else [])
    assert [(a, b) for a, b, _, _ in scan.found] == expected


mask_text = st.text(st.sampled_from([*"0123456789*xX+ -.张a", "\u00a0"]), max_size=40)


@given(mask_text)
def test_mask_precheck_never_skips_a_flaggable_token(text: str) -> None:
    if _mask_near_digits(text):
        return
    scan = _Scan(text, text, None, ())
    scan.masked()
    assert scan.found == [], text
    for m in _MASKED.finditer(text):
        token = m.group()
        if "*" in token or "xx" in token.lower():
            assert sum(ch.isdecimal() for ch in token) < 4, text


def test_known_values_of_a_new_customer_each_time() -> None:
    # The production case: every message has another customer, so nothing is cached.
    rng = random.Random(3)
    for _ in range(200):
        name = "".join(rng.choice("张王李赵钱孙周吴郑冯陈") for _ in range(3))
        mobile = "1" + rng.choice("3589") + "".join(rng.choice(DIGITS) for _ in range(9))
        known = (name, "+86" + mobile)
        masked = f"【安心借】尊敬的{name[0]}**您好，您尾号{mobile[-4:]}的借款今日到期。"
        assert find_pii(masked, region="CN", known=known) == []
        leaked = f"【安心借】{name}您好，请联系{mobile[:3]} {mobile[3:7]} {mobile[7:]}。"
        assert [m.kind for m in find_pii(leaked, region="CN", known=known)] == ["name", "phone"]


@pytest.mark.parametrize(
    "dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\ufe63"]
)
def test_unicode_dashes_between_digit_groups_do_not_hide_a_phone(dash: str) -> None:
    text = f"请致电138{dash}1234{dash}5678联系我们"
    found = find_pii(text)
    assert [m.kind for m in found] == ["phone"]
    assert found[0].text == f"138{dash}1234{dash}5678"


def test_digits_outside_the_bmp_are_folded_not_a_crash() -> None:
    """Mathematical digits (U+1D7CE...) matched ``\\d`` but were not folded, and a checksum
    then indexed its table with them (IndexError); they are read as the digits they are."""
    assert find_pii("𝟓𝟑𝟔𝟐𝟐𝟖𝟕𝟏𝟒𝟏𝟐𝟑") == []
    (ssn,) = find_pii("SSN 𝟓𝟑𝟔-𝟐𝟐-𝟖𝟕𝟏𝟒 is on file", region="US")
    assert (ssn.kind, ssn.start, ssn.end) == ("ssn", 4, 15)
    (phone,) = find_pii("请联系𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", region="CN")
    assert phone.kind == "phone"


@pytest.mark.parametrize("value", ["+0", "+12345"])
def test_a_known_value_too_short_to_be_a_number_gives_no_empty_match(value: str) -> None:
    """A "+digits" value shorter than any number form gave zero-width matches everywhere."""
    assert all(m.end > m.start for m in find_pii("hello +0 world 123", known=(value,)))
    assert find_pii("hello world 123", known=(value,)) == []


def test_a_long_s_spelling_of_ssn_is_a_cue() -> None:
    """The cue regex matches "ſſn" case-insensitively; the cheap hint test must let it."""
    assert [m.kind for m in find_pii("ſſn 536228714", region="US")] == ["ssn"]


def test_a_single_string_for_known_or_allow_and_an_unknown_region_are_errors() -> None:
    # A str is an iterable of characters: "Annabel Lee" would be eleven one-letter values,
    # none long enough to look for, and the name would pass unreported.
    with pytest.raises(ValueError, match="list"):
        find_pii("hello Annabel Lee", known="Annabel Lee")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="list"):
        find_pii("call 13812345678", allow="13812345678")  # type: ignore[arg-type]
    assert find_pii("hello Annabel Lee", known=["Annabel Lee"])
    with pytest.raises(ValueError, match="region"):
        find_pii("call 2125550100", region="XX")
    assert find_pii("call 2125550100", region="en_US")
