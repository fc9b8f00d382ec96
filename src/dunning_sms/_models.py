"""The input models: Borrower, Loan, Lender and PaymentChannel (pydantic v2, frozen).

Everything is validated once, at ingest: phones become E.164, currencies are checked against
Babel, money is a non-negative Decimal in the currency's minor units, locales and time zones
are checked. Free-text fields refuse control, bidi and zero-width characters, line breaks,
template syntax and the 【】 signature brackets, so that no value can smuggle anything past
the checks that run on the composed text.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_precision, list_currencies
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from ._masking import mask_card, mask_email, mask_id_number, mask_name, mask_phone

_FORBIDDEN_SUBSTRINGS = ("{{", "}}", "{%", "%}", "{#", "#}", "【", "】")
# Security (#11): characters that display as nothing but are letters, symbols or marks, so the
# category test below misses them: combining grapheme joiner, Hangul fillers, Khmer inherent
# vowels, Mongolian variation selectors, braille blank, variation selectors (both blocks).
_BLANK_NON_FORMAT = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u2800\u3164\uffa0"
) | frozenset(map(chr, [*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]))


_HIDDEN_CATEGORIES = frozenset(("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"))
# Only ASCII controls can hide in an ASCII string.
_ASCII_HIDDEN = re.compile(r"[\x00-\x1f\x7f]")
# An amount written as text: plain digits, or digits grouped by commas in threes, with an
# optional sign (a negative amount gets its own message) and a dot before the decimals.
_AMOUNT_TEXT = re.compile(r"[-+]?(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.[0-9]+)?", re.ASCII)
# Whole digits an amount may have: beyond any real debt in any currency (10^15 rupiah is
# about 60 billion dollars), and far inside what quantizing to minor units can hold.
_AMOUNT_DIGITS = 15


def _is_hidden(ch: str) -> bool:
    return unicodedata.category(ch) in _HIDDEN_CATEGORIES or ch in _BLANK_NON_FORMAT


@lru_cache(maxsize=1)
def _hidden_bmp_re() -> re.Pattern[str]:
    """One character class of every BMP code point :func:`_is_hidden` refuses.

    Built from this interpreter's own Unicode tables, so it answers exactly what the
    per-character test answers (tests/test_perf_equivalence.py checks every BMP code
    point), in one C-level scan instead of a Python loop per character. The astral planes
    are left to the loop: names and labels almost never use them, and tabulating all 1.1M
    code points would cost a second at first use.
    """
    ranges: list[str] = []
    start = -1
    for cp in range(0x10001):
        hidden = cp <= 0xFFFF and _is_hidden(chr(cp))
        if hidden and start < 0:
            start = cp
        elif not hidden and start >= 0:
            last = cp - 1
            ranges.append(f"\\u{start:04x}" if last == start else f"\\u{start:04x}-\\u{last:04x}")
            start = -1
    return re.compile("[" + "".join(ranges) + "]")


def _hidden_char(value: str) -> str | None:
    """The first character of ``value`` that can hide or reorder text, or None."""
    if value.isascii():
        found = _ASCII_HIDDEN.search(value)
    elif max(value) <= "\uffff":
        found = _hidden_bmp_re().search(value)
    else:
        return next((ch for ch in value if _is_hidden(ch)), None)
    return found.group() if found else None


def _clean_text(value: str) -> str:
    """Refuse characters that can hide or reorder text, and template syntax."""
    value = value.strip()
    ch = _hidden_char(value)
    if ch is not None:
        raise ValueError(
            f"contains a control, format or invisible character (U+{ord(ch):04X}); "
            "line breaks, bidi overrides and zero-width characters are not allowed"
        )
    for bad in _FORBIDDEN_SUBSTRINGS:
        if bad in value:
            raise ValueError(f"contains {bad!r}, which is reserved (template syntax or signature)")
    if not value:
        raise ValueError("must not be empty")
    return value


CleanText = Annotated[str, AfterValidator(_clean_text)]


def parse_locale(tag: str) -> Locale:
    """A cached Babel Locale for ``zh_CN`` / ``zh-CN``; raises ValueError if unknown."""
    if not isinstance(tag, str):
        # Checked before the cache, which cannot even hash a list.
        raise ValueError(f"a locale is text such as 'zh_CN', not {type(tag).__name__}")
    return _parse_locale(tag)


@lru_cache(maxsize=256)
def _parse_locale(tag: str) -> Locale:
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise ValueError(f"unknown locale {tag!r}") from exc


@lru_cache(maxsize=256)
def _validate_locale(value: str | None) -> str | None:
    if value is None:
        return None
    parsed = parse_locale(value)
    parts = re.split(r"[_\-]", value)
    if parts[0].lower() in ("c", "posix", "und"):
        # Babel reads these as en_US: a guess at the borrower's language.
        raise ValueError(f"locale {value!r} names no language; give one such as 'zh_CN'")
    given = [p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()]
    if given and parsed.territory != given[-1]:
        # "en_ZZ" comes back as en_US: the region written is not one Babel knows.
        raise ValueError(f"unknown region {given[-1]!r} in locale {value!r}")
    # Keep the tag as written (zh_CN), not Babel's expanded form (zh_Hans_CN).
    script = parsed.script if parsed.script and parsed.script in value else None
    return "_".join(part for part in (parsed.language, script, parsed.territory) if part)


def _validate_zone(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown IANA time zone {value!r}") from exc
    return value


@lru_cache(maxsize=1)
def _known_currencies() -> frozenset[str]:
    return frozenset(list_currencies())


@lru_cache(maxsize=512)
def _currency_quantum(code: str) -> tuple[int, Decimal]:
    """A currency's minor-unit places and the Decimal quantum for them (Babel's lookup is
    a locale-data walk; a batch has one or two currencies)."""
    places = get_currency_precision(code)
    return places, Decimal(1).scaleb(-places)


def region_of(locale: str | None) -> str | None:
    """The territory of a locale tag (``zh_CN`` -> ``CN``), or None."""
    if locale is None:
        return None
    return parse_locale(locale).territory


# What a phone field may hold: one number, its digits grouped by the usual marks.
_PHONE_TEXT = re.compile(r"[ .()\-]*\+?[0-9 .()\-]*[0-9][0-9 .()\-]*")

# A CN mobile as rows carry it: 11 ASCII digits, optionally after +86, spaces or hyphens
# between. "179" is left to phonenumbers: CN's national prefix for parsing can read it as
# a carrier code.
_CN_MOBILE_INPUT = re.compile(r"(?:\+86)?(1[3-8][0-9]{9}|19[0-9]{9})", re.ASCII)


@lru_cache(maxsize=1)
def _cn_mobile_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    general = metadata.general_desc if metadata is not None else None
    mobile = metadata.mobile if metadata is not None else None
    if general is None or mobile is None:
        # No metadata to follow: a pattern that matches nothing sends every number the full way.
        return re.compile(r"(?!)"), re.compile(r"(?!)")
    return re.compile(general.national_number_pattern or r"(?!)"), re.compile(
        mobile.national_number_pattern or r"(?!)"
    )


def _cn_mobile_e164(text: str, region: str | None) -> str | None:
    """E.164 of a CN mobile that phonenumbers' own CN patterns accept, else None.

    Parsing and validating with phonenumbers costs about 25 µs a row, more than the rest
    of a row's validation (performance.md §4.4); most rows of a CN batch are mobiles of
    this shape. Anything else (and any doubt) goes the full way; tests/test_perf_equivalence.py
    checks the two agree.
    """
    compact = text.replace(" ", "").replace("-", "")
    match = _CN_MOBILE_INPUT.fullmatch(compact)
    if match is None or (region != "CN" and not compact.startswith("+")):
        return None
    national = match.group(1)
    if national.startswith("179"):
        return None
    general, mobile = _cn_mobile_patterns()
    if general.fullmatch(national) and mobile.fullmatch(national):
        return "+86" + national
    return None


# A US number as rows carry it: 10 ASCII digits (area code 2-9), optionally after +1 or 1,
# with spaces, hyphens, dots or parentheses between the groups.
_US_INPUT = re.compile(
    r"(?:\+?1[ .\-]?)?\(?([2-9][0-9]{2})\)?[ .\-]?([2-9][0-9]{2})[ .\-]?([0-9]{4})", re.ASCII
)


@lru_cache(maxsize=1)
def _us_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("US")
    general = metadata.general_desc if metadata is not None else None
    fixed = metadata.fixed_line if metadata is not None else None
    if general is None or fixed is None:
        return re.compile(r"(?!)"), re.compile(r"(?!)")
    return re.compile(general.national_number_pattern or r"(?!)"), re.compile(
        fixed.national_number_pattern or r"(?!)"
    )


def _us_e164(text: str, region: str | None) -> str | None:
    """E.164 of a US geographic number that phonenumbers' own US patterns accept, else None.

    phonenumbers resolves a +1 number by trying every NANP region's patterns (about 25 µs a
    row); a number that US's own general and fixed-line patterns accept is valid whatever
    that search finds, and its E.164 form does not depend on the region. Anything else goes
    the full way; tests/test_perf_equivalence.py checks the two agree.
    """
    if region not in ("US", None) or (region is None and not text.startswith("+1")):
        return None
    match = _US_INPUT.fullmatch(text)
    if match is None:
        return None
    national = "".join(match.groups())
    general, fixed = _us_patterns()
    if general.fullmatch(national) and fixed.fullmatch(national):
        return "+1" + national
    return None


def normalize_phone(raw: str, region: str | None) -> str:
    """Parse and validate a phone number; return E.164. Raises ValueError with the reason."""
    text = unicodedata.normalize("NFKC", raw).strip()
    fast = _cn_mobile_e164(text, region) or _us_e164(text, region)
    if fast is not None:
        return fast
    return _normalize_phone_full(text, region)


def _normalize_phone_full(text: str, region: str | None) -> str:
    if _PHONE_TEXT.fullmatch(text) is None:
        # phonenumbers reads the first number in "138…;139…" or "… ext. 99" and drops the
        # rest: one field, one number, nothing left over.
        raise ValueError(
            "a phone field holds one number: digits, an optional leading +, and spaces, "
            "hyphens, dots or parentheses between them"
        )
    if not text.startswith("+") and region is None:
        raise ValueError(
            "a phone number without a +country code needs a locale with a region (zh_CN, "
            "not zh) to be read"
        )
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"not a phone number ({exc._msg})") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"not a valid phone number ending {mask_phone(text)}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class _Model(BaseModel):
    # hide_input_in_errors: a ValidationError must never echo a raw phone, ID or e-mail.
    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=True, hide_input_in_errors=True
    )


class Borrower(_Model):
    """The person a reminder goes to. Personal fields are masked in ``repr``."""

    name: CleanText = Field(max_length=64)
    # Declared before phone: pydantic validates in field order, and the phone is read in the
    # locale's region.
    locale: str | None = Field(default=None, description="Babel locale, e.g. zh_CN, en_US.")
    phone: str = Field(description="Mobile number; stored as E.164.")
    timezone: str | None = Field(default=None, description="IANA zone, e.g. Asia/Shanghai.")
    id_number: str | None = Field(default=None, max_length=32)
    email: str | None = Field(default=None, max_length=254)
    card_number: str | None = Field(default=None, max_length=32)
    borrower_id: str | None = Field(default=None, max_length=64)
    third_party_contact_authorised: bool = Field(
        default=False,
        description="The borrower's written authorisation, on the lender's record, for the "
        "lender to contact the third parties a message names, for a limited purpose.",
    )

    @field_validator("locale")
    @classmethod
    def _locale(cls, value: str | None) -> str | None:
        return _validate_locale(value)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        return _validate_zone(value)

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str, info: ValidationInfo) -> str:
        locale = info.data.get("locale") if info.data else None
        return normalize_phone(value, region_of(locale))

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = _clean_text(value)
        local, sep, domain = value.partition("@")
        if not sep or not local or "." not in domain or " " in value:
            raise ValueError("not an e-mail address")
        return value

    @field_validator("id_number", "card_number")
    @classmethod
    def _identifier(cls, value: str | None) -> str | None:
        return None if value is None else _clean_text(value)

    @property
    def key(self) -> str:
        """The stable key the contact log files this borrower under."""
        return self.borrower_id or self.phone

    @property
    def region(self) -> str | None:
        """The phone number's region (``CN``, ``US``...)."""
        return phonenumbers.region_code_for_number(phonenumbers.parse(self.phone))

    def known_values(self) -> tuple[str, ...]:
        """The raw personal values a message must never show (for ``find_pii(known=...)``)."""
        values = [self.name, self.phone]
        values += [v for v in (self.id_number, self.email, self.card_number) if v]
        return tuple(values)

    def __repr_args__(self) -> Any:
        masked = {
            "name": mask_name(self.name),
            "phone": mask_phone(self.phone),
            "id_number": mask_id_number(self.id_number) if self.id_number else None,
            "email": mask_email(self.email) if self.email else None,
            "card_number": mask_card(self.card_number) if self.card_number else None,
        }
        for key, value in super().__repr_args__():
            yield key, masked.get(key, value) if key in masked else value


class Loan(_Model):
    """A loan's facts as of composing: what is due, in which currency, and when."""

    loan_id: CleanText = Field(max_length=64)
    currency: str = Field(description="ISO 4217 code known to Babel, e.g. CNY, USD.")
    amount_due: Decimal = Field(description="Amount due now, >= 0, in major units.")
    due_date: date
    legal_action_intended: bool = False
    fees: Decimal = Decimal(0)
    amount_paid: Decimal = Decimal(0)
    promised_date: date | None = None
    reminder_count: int = Field(default=0, ge=0)

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        code = value.strip().upper()
        if code not in _known_currencies():
            raise ValueError(f"unknown ISO 4217 currency {value!r}")
        return code

    @field_validator("amount_due", "fees", "amount_paid", mode="before")
    @classmethod
    def _decimal_input(cls, value: Any) -> Any:
        if isinstance(value, float):
            # Floats cannot hold money exactly; go through their shortest repr.
            return Decimal(repr(value))
        if isinstance(value, str):
            text = value.strip()
            if _AMOUNT_TEXT.fullmatch(text) is None:
                # "12,50" is a decimal comma, not 1,250; "1.23457E+11" is what Excel shows of
                # a number whose digits it dropped. Neither is read.
                raise ValueError(
                    f"not a decimal amount: {value!r} (write digits with a dot for decimals; "
                    "commas only between groups of three digits)"
                )
            return Decimal(text.replace(",", ""))
        return value

    @model_validator(mode="after")
    def _money(self) -> Loan:
        places, quantum = _currency_quantum(self.currency)
        for field_name in ("amount_due", "fees", "amount_paid"):
            value: Decimal = getattr(self, field_name)
            if not value.is_finite():
                raise ValueError(f"{field_name} must be a finite amount")
            if value.adjusted() >= _AMOUNT_DIGITS:
                raise ValueError(
                    f"{field_name} {value} is too large (at most {_AMOUNT_DIGITS} digits)"
                )
            if value < 0:
                raise ValueError(f"{field_name} must not be negative (got {value})")
            if value != value.quantize(quantum):
                raise ValueError(
                    f"{field_name} {value} has more decimals than {self.currency} allows ({places})"
                )
            object.__setattr__(self, field_name, value.quantize(quantum))
        return self

    def days_overdue(self, as_of: date) -> int:
        """Whole days past the due date on ``as_of`` (0 when not yet due)."""
        return max(0, (as_of - self.due_date).days)

    def days_until_due(self, as_of: date) -> int:
        """Whole days until the due date (0 on or after it)."""
        return max(0, (self.due_date - as_of).days)


class PaymentChannel(_Model):
    """A way to pay: an app, a bank transfer, a store, a paybill number..."""

    kind: str = Field(pattern=r"^[a-z][a-z0-9_]{0,31}$")
    label: CleanText = Field(max_length=60)
    detail: CleanText | None = Field(default=None, max_length=80)


def _hotline(value: str | None) -> str | None:
    if value is None:
        return None
    value = _clean_text(value)
    allowed = set("0123456789+-() ")
    if any(ch not in allowed for ch in value) or sum(ch.isdigit() for ch in value) < 3:
        raise ValueError("a hotline holds digits with + - ( ) or spaces, e.g. 400-123-4567")
    return value


class Lender(_Model):
    """Who the message is from, and how the borrower pays or gets help."""

    name: CleanText = Field(max_length=60)
    sms_signature: CleanText | None = Field(default=None, min_length=2, max_length=16)
    hotline: Annotated[str | None, AfterValidator(_hotline)] = None
    payment_channels: tuple[PaymentChannel, ...] = ()
    is_third_party_collector: bool = False
    creditor_name: CleanText | None = Field(default=None, max_length=60)
    agent_name: CleanText | None = Field(default=None, max_length=60)
    agent_phone: Annotated[str | None, AfterValidator(_hotline)] = None
    website: CleanText | None = Field(default=None, max_length=80)

    @property
    def signature(self) -> str:
        """The 【signature】 text without brackets: ``sms_signature`` or the name."""
        return self.sms_signature or self.name

    def service_numbers(self) -> tuple[str, ...]:
        """Numbers a message may show in full: hotline, agent line and channel details."""
        found = [n for n in (self.hotline, self.agent_phone) if n]
        found += [c.detail for c in self.payment_channels if c.detail]
        return tuple(found)


def json_schemas() -> dict[str, dict[str, Any]]:
    """JSON Schema of every input model, by model name."""
    return {
        model.__name__: model.model_json_schema()
        for model in (Borrower, Loan, Lender, PaymentChannel)
    }
