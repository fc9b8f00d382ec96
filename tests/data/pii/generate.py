"""Build tests/data/pii/pii.jsonl: seeded synthetic SMS plus the hand-written set.

Run ``python tests/data/pii/generate.py``. Every record has ``text``, ``spans`` (the personal
data in it: kind, start, end), ``label`` (``pii``, ``near_miss``, ``masked``, ``service``),
``split`` (``dev`` or ``heldout``), ``lang``, ``source`` and, where the lender's own numbers
appear, ``allow``. Valid values are computed with the real checksums (MOD 11-2, Luhn,
Verhoeff, mod 97, the HK and Taiwan ID checks) and phone numbers are checked with
``phonenumbers``, independently of the detector under test.

Hand-written texts live in ``handwritten.txt``, one per line: ``split|lang|label|text`` where
personal data is marked ``⟦kind|value⟧`` and the lender's numbers ``⟪value⟫`` (allowed).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import phonenumbers

HERE = Path(__file__).parent
SEED = 20260315

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
REGIONS = (
    "110101",
    "310104",
    "440304",
    "500103",
    "330106",
    "510104",
    "420102",
    "320102",
    "610113",
    "810000",
    "130102",
    "370202",
    "450103",
    "650102",
)


def cn_id(r: random.Random, legacy: bool = False) -> str:
    region = r.choice(REGIONS)
    year, month, day = r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28)
    if legacy:
        return f"{region}{year % 100:02d}{month:02d}{day:02d}{r.randint(0, 999):03d}"
    body = f"{region}{year}{month:02d}{day:02d}{r.randint(0, 999):03d}"
    total = sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True))
    return body + "10X98765432"[total % 11]


def luhn_complete(body: str) -> str:
    for check in "0123456789":
        digits = body + check
        total = 0
        for i, ch in enumerate(reversed(digits)):
            d = int(ch)
            if i % 2:
                d = d * 2 - 9 if d > 4 else d * 2
            total += d
        if total % 10 == 0:
            return digits
    raise AssertionError


CARD_PREFIXES = (
    ("622202", 19),
    ("621700", 16),
    ("622848", 19),
    ("4", 16),
    ("51", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("6011", 16),
    ("37", 15),
    ("62", 16),
)


def card(r: random.Random) -> str:
    prefix, length = r.choice(CARD_PREFIXES)
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


def group_card(r: random.Random, digits: str) -> str:
    style = r.choice(("plain", "4", "4", "dash"))
    if style == "plain":
        return digits
    if len(digits) == 15:
        return f"{digits[:4]} {digits[4:10]} {digits[10:]}"
    sep = "-" if style == "dash" else " "
    return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))


CN_MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "157",
    "158",
    "159",
    "166",
    "173",
    "176",
    "177",
    "180",
    "181",
    "182",
    "186",
    "187",
    "188",
    "189",
    "191",
    "195",
    "198",
    "199",
)


def cn_mobile(r: random.Random) -> str:
    while True:
        number = r.choice(CN_MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))
        if phonenumbers.is_valid_number(phonenumbers.parse(number, "CN")):
            return number


def fmt_cn_mobile(r: random.Random, n: str) -> str:
    style = r.randrange(10)
    fullwidth = str.maketrans("0123456789", "０１２３４５６７８９")
    return [
        n,
        f"{n[:3]} {n[3:7]} {n[7:]}",
        f"{n[:3]}-{n[3:7]}-{n[7:]}",
        f"+86 {n[:3]} {n[3:7]} {n[7:]}",
        f"+86{n}",
        f"0086-{n}",
        f"(+86){n}",
        n.translate(fullwidth),
        f"{n[:3]}\u200b{n[3:7]}\u200b{n[7:]}",
        f"{n[:3]}\u00a0{n[3:7]}\u00a0{n[7:]}",
    ][style]


INTL = {
    "US": (
        "+1",
        lambda r: (
            f"{r.choice(['415', '212', '646', '312', '713'])}{r.randint(2, 9)}"
            f"{r.randint(0, 99):02d}{r.randint(0, 9999):04d}"
        ),
    ),
    "GB": ("+44", lambda r: f"7{r.choice('45789')}{r.randint(0, 99999999):08d}"),
    "NG": ("+234", lambda r: f"80{r.choice('3678')}{r.randint(0, 9999999):07d}"),
    "ID": ("+62", lambda r: f"81{r.choice('123')}{r.randint(0, 99999999):08d}"),
    "KE": ("+254", lambda r: f"7{r.choice('012')}{r.randint(0, 9999999):07d}"),
    "IN": ("+91", lambda r: f"{r.choice('6789')}{r.randint(0, 999999999):09d}"),
    "PH": ("+63", lambda r: f"9{r.choice('1234567')}{r.randint(0, 99999999):08d}"),
}


def intl_phone(r: random.Random, region: str) -> str:
    code, national = INTL[region]
    while True:
        n = national(r)
        number = phonenumbers.parse(code + n)
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE,
        ):
            if region == "US" and n[:3] in ("800", "888", "877", "866", "855", "844", "833"):
                continue
            style = r.randrange(3)
            if style == 0:
                return phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
                )
            if style == 1:
                return code + n
            if region == "US":
                return f"({n[:3]}) {n[3:6]}-{n[6:]}"
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


PINYIN = (
    "zhangsan",
    "lisi",
    "wangfang",
    "liuyang",
    "chenjing",
    "zhaolei",
    "huangmin",
    "zhoujie",
    "wuxia",
    "xuqiang",
    "sunli",
    "mahui",
    "john.smith",
    "maria.santos",
    "budi.santoso",
    "amina.otieno",
    "chinedu.okafor",
    "priya.sharma",
    "jdoe1987",
    "kevin_w",
)
DOMAINS = (
    "163.com",
    "qq.com",
    "126.com",
    "gmail.com",
    "outlook.com",
    "yahoo.co.id",
    "sina.com",
    "hotmail.com",
    "yahoo.com",
)


def email(r: random.Random) -> str:
    return f"{r.choice(PINYIN)}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(DOMAINS)}"


def ssn(r: random.Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def iban(r: random.Random) -> str:
    country, bban = r.choice(
        (
            ("GB", "WEST" + "".join(r.choice("0123456789") for _ in range(14))),
            ("DE", "".join(r.choice("0123456789") for _ in range(18))),
        )
    )
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    full = body + str(VINV[c])
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def hk_id(r: random.Random) -> str:
    letter = r.choice("ACDEGHKPRVYZ")
    digits = f"{r.randint(0, 999999):06d}"
    values = [36, ord(letter) - 55] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return f"{letter}{digits}({'A' if check == 10 else check})"


def tw_id(r: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    while True:
        letter = r.choice("ABEFH")
        digits = r.choice("12") + "".join(r.choice("0123456789") for _ in range(8))
        code = letters.index(letter) + 10
        values = [code // 10, code % 10] + [int(d) for d in digits]
        if (
            sum(v * w for v, w in zip(values, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1), strict=True)) % 10
            == 0
        ):
            return letter + digits


def nik(r: random.Random) -> str:
    day = r.randint(1, 28) + r.choice((0, 40))
    return (
        f"{r.choice(['3201', '3171', '3273', '3578'])}{r.randint(1, 30):02d}{day:02d}"
        f"{r.randint(1, 12):02d}{r.randint(60, 99):02d}{r.randint(1, 9999):04d}"
    )


def dob(r: random.Random, lang: str) -> str:
    y, m, d = r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28)
    return (
        f"{y}年{m}月{d}日"
        if lang == "zh"
        else r.choice((f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"))
    )


LENDERS_ZH = ("安心借", "快易贷", "鑫融金服", "小橙分期")
LENDERS_EN = ("Acme Loans", "QuickCash", "LendWell", "Kopa Credit")


def amount(r: random.Random) -> str:
    return f"{r.randint(1, 49)},{r.randint(0, 999):03d}.{r.randint(0, 99):02d}"


def date_text(r: random.Random, lang: str) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    return (
        f"2026年{m}月{d}日"
        if lang == "zh"
        else r.choice((f"2026-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/2026"))
    )


def loan_ref(r: random.Random) -> str:
    return r.choice(
        (
            f"LN-2026-{r.randint(0, 999999):06d}",
            f"JK2026{r.randint(0, 99999999):08d}",
            f"ORD-{r.randint(10**12, 10**13 - 1)}",
            f"HT-2026-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
        )
    )


# Each template: (lang, kind of the slot value, text with {X} and other slots).
PII_TEMPLATES = (
    ("zh", "phone", "【{lz}】您好，您的借款已逾期，请尽快联系{X}处理，退订回T"),
    ("zh", "phone", "【{lz}】您预留的手机号{X}绑定的借款{ref}应还{amt}元，请于{date}前还款。"),
    ("zh", "phone", "【{lz}】尊敬的客户，您的账户{X}本期账单{amt}元，到期日{date}。"),
    ("zh", "cn_id", "【{lz}】您身份证号{X}名下借款{amt}元今日到期，请按时还款。退订回T"),
    ("zh", "cn_id", "【{lz}】核实信息：证件号码{X}，借款编号{ref}。"),
    ("zh", "cn_id15", "【{lz}】您的旧版身份证{X}需要更新，请登录APP处理。"),
    ("zh", "card", "【{lz}】本期{amt}元将从您的银行卡{X}扣款，请确保余额充足。"),
    ("zh", "card", "【{lz}】还款账户：{X}，应还{amt}元，到期日{date}。"),
    ("zh", "email", "【{lz}】您的电子账单已发送至{X}，请查收。退订回T"),
    ("zh", "email", "【{lz}】邮箱{X}已绑定，借款{ref}应还{amt}元。"),
    ("zh", "hk_id", "【{lz}】香港身份證{X}已登記，請於{date}前還款。"),
    ("zh", "tw_id", "【{lz}】身分證字號{X}之借款已逾期，請儘速繳款。"),
    ("zh", "dob", "【{lz}】核对信息：出生日期{X}，借款{ref}。"),
    ("zh", "intl_US", "【{lz}】您在美国的联系电话{X}已登记，请按时还款。"),
    ("zh", "weak_id", "【{lz}】证件号{X}的客户您好，您的借款已逾期。"),
    ("zh", "weak_phone", "【{lz}】您的手机{X}绑定的借款今日到期，退订回T"),
    ("en", "weak_card", "{le}: your card {X} will be charged ${amt} today."),
    (
        "en",
        "phone",
        "{le}: your loan {ref} is overdue. We will call 13800000000 soon.".replace(
            "13800000000", "{X}"
        ),
    ),
    (
        "en",
        "intl_US",
        "{le}: Hi, your payment of ${amt} is overdue. We will call you at {X}. "
        "Reply STOP to opt out.",
    ),
    (
        "en",
        "intl_GB",
        "{le}: your payment of GBP {amt} is due on {date}. Your registered mobile is {X}.",
    ),
    ("en", "ssn", "{le}: we have your SSN {X} on file for loan {ref}. Pay ${amt} by {date}."),
    (
        "en",
        "ssn_bare",
        "{le}: Social Security number {X} is linked to your account. Reply STOP to opt out.",
    ),
    ("en", "card", "{le}: your card {X} will be charged ${amt} on {date}. Reply STOP to opt out."),
    ("en", "email", "{le}: your statement was emailed to {X}. Questions? Call 1-800-555-0199."),
    ("en", "iban", "{le}: we will debit EUR {amt} from IBAN {X} on {date}."),
    ("en", "cn_id", "{le}: ID {X} on file; your payment of ${amt} is due {date}."),
    ("en", "dob", "{le}: to verify, your date of birth is {X}. Reply STOP to opt out."),
    ("en", "passport", "{le}: passport no. {X} is linked to loan {ref}."),
    ("id", "nik", "{le}: Yth. Bapak/Ibu, NIK {X} terdaftar. Tagihan Rp {amt} jatuh tempo {date}."),
    ("id", "intl_ID", "{le}: Tagihan Rp {amt} jatuh tempo {date}. Kami akan menghubungi {X}."),
    (
        "fil",
        "intl_PH",
        "{le}: Paalala, ang bayad na ₱{amt} ay due sa {date}. Tatawagan ka namin sa {X}.",
    ),
    ("sw", "intl_KE", "{le}: Mkopo wako wa KSh {amt} unadaiwa tarehe {date}. Tutakupigia kwa {X}."),
    ("hi", "aadhaar", "{le}: आपकी EMI ₹{amt} {date} को देय है। आधार {X} से जुड़ा खाता।"),
    ("hi", "intl_IN", "{le}: आपकी EMI ₹{amt} {date} को देय है। हम आपको {X} पर कॉल करेंगे।"),
    (
        "pcm",
        "bvn",
        "{le}: Abeg your loan of N{amt} don pass due date. Your BVN {X} dey our record.",
    ),
    ("pcm", "intl_NG", "{le}: Abeg pay your N{amt} before {date}. We go call you for {X}."),
)

NEAR_TEMPLATES = (
    ("zh", "near_miss", "【{lz}】您的借款{ref}应还{amt}元，请于{date}前还款，退订回T"),
    ("zh", "near_miss", "【{lz}】您的验证码为{otp}，5分钟内有效，请勿泄露。"),
    ("zh", "near_miss", "【{lz}】您于{ts}提交的还款{amt}元已入账，流水号{ms}。"),
    ("zh", "near_miss", "【{lz}】订单{order}已于{date}还款成功，金额￥{amt}。"),
    ("zh", "masked", "【{lz}】尊敬的{sur}*，您尾号{tail}的借款应还{amt}元，请于{date}前还款。"),
    ("zh", "masked", "【{lz}】您的手机{mmob}绑定的借款今日到期，退订回T"),
    ("zh", "masked", "【{lz}】证件号{mid}的客户您好，您的借款已结清。"),
    ("zh", "masked", "【{lz}】本期款项将从银行卡{mcard}扣除，邮箱{memail}已收到账单。"),
    ("zh", "service", "【{lz}】如有疑问请致电客服95555或{cn400}，退订回T"),
    ("zh", "service", "【{lz}】还款请拨打{hotline}，客服热线{cn400}。"),
    (
        "en",
        "near_miss",
        "{le}: your payment of ${amt} for loan {ref} is due {date}. Reply STOP to opt out.",
    ),
    ("en", "near_miss", "{le}: your one-time code is {otp}. It expires in 10 minutes."),
    ("en", "near_miss", "{le}: payment received {ts}, confirmation {ms}. Thank you."),
    (
        "en",
        "masked",
        "{le}: your card ending in {tail} will be charged ${amt}. SSN ***-**-{tail} verified.",
    ),
    (
        "en",
        "masked",
        "{le}: we sent your statement to {memail}. Card {mcard}. Reply STOP to opt out.",
    ),
    ("en", "service", "{le}: questions? Call {tollfree} or text 12345. Reply STOP to opt out."),
    ("en", "service", "{le}: pay by phone at {hotline_us}. Reply STOP to opt out."),
    ("id", "near_miss", "{le}: Tagihan Rp {amt_id} jatuh tempo {date}. No. kontrak {ref}."),
    ("fil", "near_miss", "{le}: Ang iyong bayad na ₱{amt} ay due sa {date}. Ref {ref}."),
    ("sw", "service", "{le}: Lipa KSh {amt} kupitia Paybill {paybill}, akaunti {ref}."),
    ("hi", "near_miss", "{le}: आपकी EMI ₹{amt} {date} को देय है। संदर्भ {ref}।"),
    ("pcm", "near_miss", "{le}: Abeg pay N{amt} before {date}. Ref {ref}. OTP {otp}."),
)


def value_for(r: random.Random, kind: str, lang: str) -> tuple[str, str]:
    if kind == "weak_id":
        # Region code and birth date left visible: a mask that does not protect.
        cid = cn_id(r)
        return "cn_id", r.choice((f"{cid[:6]}********{cid[-4:]}", f"{cid[:14]}****"))
    if kind == "weak_phone":
        mob = cn_mobile(r)
        return "phone", r.choice((f"{mob[:9]}**", f"{mob[:8]}***", f"*{mob[1:]}"))
    if kind == "weak_card":
        digits = card(r)
        return "card", f"{digits[:12]}{'*' * (len(digits) - 12)}"
    if kind == "phone":
        return "phone", fmt_cn_mobile(r, cn_mobile(r))
    if kind.startswith("intl_"):
        return "phone", intl_phone(r, kind[5:])
    if kind == "cn_id":
        return "cn_id", cn_id(r)
    if kind == "cn_id15":
        return "cn_id", cn_id(r, legacy=True)
    if kind == "card":
        return "card", group_card(r, card(r))
    if kind == "email":
        return "email", email(r)
    if kind == "ssn":
        return "ssn", ssn(r)
    if kind == "ssn_bare":
        return "ssn", ssn(r).replace("-", "")
    if kind == "iban":
        return "iban", iban(r)
    if kind == "aadhaar":
        return "aadhaar", aadhaar(r)
    if kind == "hk_id":
        return "hk_id", hk_id(r)
    if kind == "tw_id":
        return "tw_id", tw_id(r)
    if kind == "nik":
        return "nik", nik(r)
    if kind == "bvn":
        return "bvn", "22" + "".join(r.choice("0123456789") for _ in range(9))
    if kind == "dob":
        return "dob", dob(r, lang)
    if kind == "passport":
        return "passport", r.choice("EGKP") + f"{r.randint(0, 99999999):08d}"
    raise ValueError(kind)


def slots(r: random.Random, lang: str) -> dict[str, str]:
    mob = cn_mobile(r)
    cid = cn_id(r)
    cd = card(r)
    mail = email(r)
    hotline_cn = f"0{r.choice(['21', '10', '755'])}-{r.randint(2000, 8999)}{r.randint(1000, 9999)}"
    us_area = r.choice(["212", "415", "646"])
    return {
        "lz": r.choice(LENDERS_ZH),
        "le": r.choice(LENDERS_EN),
        "amt": amount(r),
        "amt_id": f"{r.randint(1, 9)}.{r.randint(0, 999):03d}.000",
        "date": date_text(r, lang),
        "ref": loan_ref(r),
        "order": f"{r.choice(['2026', 'DD2026'])}{r.randint(10**11, 10**12 - 1)}",
        "otp": f"{r.randint(0, 999999):06d}",
        "ts": f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} "
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        "ms": str(r.randint(1_760_000_000_000, 1_790_000_000_000)),
        "sur": r.choice("张王李赵刘陈杨黄"),
        "tail": f"{r.randint(0, 9999):04d}",
        "mmob": r.choice(
            (
                f"{mob[:3]}****{mob[7:]}",
                f"{mob[:3]}-****-{mob[7:]}",
                f"{mob[:3]}xxxx{mob[7:]}",
                f"尾号{mob[7:]}",
            )
        ),
        "mid": r.choice(
            (
                f"{cid[:4]}**********{cid[-4:]}",
                f"{cid[:1]}****************{cid[-1:]}",
                f"{cid[:3]}***********{cid[-4:]}",
            )
        ),
        "mcard": r.choice(
            (
                f"**** {cd[-4:]}",
                f"{cd[:4]} **** **** {cd[-4:]}",
                f"尾号{cd[-4:]}",
                f"{cd[:6]}******{cd[-4:]}",
            )
        ),
        "memail": f"{mail[0]}***@{mail.split('@')[1]}",
        "cn400": f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
        "hotline": hotline_cn,
        "tollfree": f"1-{r.choice(['800', '888', '877', '866'])}-"
        f"{r.randint(200, 999)}-{r.randint(1000, 9999)}",
        "hotline_us": f"({us_area}) {r.randint(200, 999)}-{r.randint(1000, 9999)}",
        "paybill": str(r.randint(100000, 999999)),
    }


def fill(template: str, values: dict[str, str], x: str | None) -> tuple[str, int]:
    """The filled text and the offset of {X} (or -1)."""
    before, sep, after = template.partition("{X}")
    head = before.format(**values)
    if not sep:
        return head, -1
    return head + x + after.format(**values), len(head)


def generated(r: random.Random) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for _ in range(8):
        for lang, kind, template in PII_TEMPLATES:
            values = slots(r, lang)
            real_kind, value = value_for(r, kind, lang)
            text, at = fill(template, values, value)
            out.append(
                {
                    "text": text,
                    "spans": [{"kind": real_kind, "start": at, "end": at + len(value)}],
                    "label": "pii",
                    "lang": lang,
                    "source": "generated",
                }
            )
    for _ in range(8):
        for lang, label, template in NEAR_TEMPLATES:
            values = slots(r, lang)
            text, _ = fill(template, values, None)
            record: dict[str, object] = {
                "text": text,
                "spans": [],
                "label": label,
                "lang": lang,
                "source": "generated",
            }
            if "{hotline" in template:
                record["allow"] = [values["hotline"], values["hotline_us"]]
            out.append(record)
    return out


MARK = re.compile(r"⟦(\w+)\|([^⟧]+)⟧|⟪([^⟫]+)⟫")


def handwritten() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for line in (HERE / "handwritten.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        split, lang, label, marked = line.split("|", 3)
        text, spans, allow, pos = "", [], [], 0
        for m in MARK.finditer(marked):
            text += marked[pos : m.start()]
            if m.group(1):
                value = m.group(2).replace("\\u200b", "\u200b")
                spans.append(
                    {"kind": m.group(1), "start": len(text), "end": len(text) + len(value)}
                )
                text += value
            else:
                allow.append(m.group(3))
                text += m.group(3)
            pos = m.end()
        text += marked[pos:]
        record: dict[str, object] = {
            "text": text,
            "spans": spans,
            "label": label,
            "lang": lang,
            "source": "handwritten",
            "split": split,
        }
        if allow:
            record["allow"] = allow
        out.append(record)
    return out


def main() -> None:
    r = random.Random(SEED)
    records = generated(r)
    # About a third of the generated records are held out, drawn from their own seeded
    # stream so that every template has records on both sides.
    split_rng = random.Random(SEED + 1)
    for record in records:
        record["split"] = "heldout" if split_rng.random() < 1 / 3 else "dev"
    records += handwritten()
    for i, record in enumerate(records):
        record["id"] = i
    with (HERE / "pii.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records")


if __name__ == "__main__":
    main()
