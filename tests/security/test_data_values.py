"""Hostile data values: refused at validation, or rendered as inert text and checked after.

Values are data, never template source: the composer substitutes them into an already
compiled template, and every rule runs on the composed text, so wording typed into a name or a
channel label is caught like wording typed into the template.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from _support import AS_OF, Library, preview
from pydantic import BaseModel, ValidationError

from dunning_sms import Borrower, ComplianceError, Lender, Loan, PaymentChannel
from dunning_sms._compose import Composer
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

HOSTILE = {
    "nul": "张\x00三",
    "bell": "John\x07 Smith",
    "escape": "John\x1b[31m Smith",
    "del": "John\x7f",
    "c1-control": "John\x85Smith",
    "newline": "张三\n您已被起诉",
    "carriage-return": "John\rSmith",
    "line-separator": "John\u2028Smith",
    "paragraph-separator": "John\u2029Smith",
    "rtl-override": "John \u202eevlohS",
    "lrm": "John\u200eSmith",
    "rtl-isolate": "John \u2067Smith\u2069",
    "arabic-letter-mark": "John\u061cSmith",
    "zero-width-space": "张\u200b三",
    "zero-width-joiner": "张\u200d三",
    "word-joiner": "张\u2060三",
    "bom": "\ufeff张三",
    "soft-hyphen": "Jo\u00adhn",
    "mongolian-vowel-separator": "John\u180eSmith",
    "tag-character": "John\U000e0041Smith",
    "variation-selector": "张\ufe0f三",
    "variation-selector-supplement": "张\U000e0100三",
    "combining-grapheme-joiner": "John\u034fSmith",
    "hangul-filler": "John\u3164Smith",
    "hangul-choseong-filler": "John\u115fSmith",
    "halfwidth-hangul-filler": "John\uffa0Smith",
    "braille-blank": "John\u2800Smith",
    "private-use": "John\ue000",
    "unassigned": "John\U0010fffe",
    "signature-brackets": "【公安局】张三",
    "closing-bracket": "张三】",
    "jinja-expression": "{{7*7}}",
    "jinja-statement": "{% if 1 %}x{% endif %}",
    "jinja-comment": "{# hidden #}",
    "jinja-close": "张三}}",
}

# (model, valid kwargs, text fields to poison)
MODELS: list[tuple[type[BaseModel], dict[str, Any], tuple[str, ...]]] = [
    (
        Borrower,
        {"name": "张三", "phone": "+8613812345678", "locale": "zh_CN"},
        ("name", "id_number", "card_number"),
    ),
    (
        Loan,
        {"loan_id": "L-1", "currency": "CNY", "amount_due": "10", "due_date": date(2026, 12, 5)},
        ("loan_id",),
    ),
    (PaymentChannel, {"kind": "app", "label": "安心借App"}, ("label", "detail")),
    (
        Lender,
        {"name": "安心借"},
        ("name", "sms_signature", "creditor_name", "agent_name", "website"),
    ),
]

CASES = [
    pytest.param(model, base, field, value, id=f"{model.__name__}.{field}-{kind}")
    for model, base, fields in MODELS
    for field in fields
    for kind, value in HOSTILE.items()
]


@pytest.mark.parametrize(("model", "base", "field", "value"), CASES)
def test_hostile_value_is_refused_naming_the_field(
    model: type[BaseModel], base: dict[str, Any], field: str, value: str
) -> None:
    model(**base)  # the base is valid: the poisoned field is what fails
    with pytest.raises(ValidationError) as caught:
        model(**{**base, field: value})
    errors = caught.value.errors()
    assert [e["loc"] for e in errors] == [(field,)]
    # hide_input_in_errors: the raw value is not echoed into logs.
    assert value not in str(caught.value)


CONTACT = {
    "email": (Borrower, "zhang{}san@example.com"),
    "phone": (Borrower, "+86138{}12345678"),
    "hotline": (Lender, "400-123{}4567"),
    "agent_phone": (Lender, "400-123{}4567"),
}
BASES: dict[type[BaseModel], dict[str, Any]] = {
    Borrower: {"name": "张三", "phone": "+8613812345678", "locale": "zh_CN"},
    Lender: {"name": "安心借"},
}


@pytest.mark.parametrize("char", ["\n", "\u202e", "\u200b", "\x07", "\u3164", "\u2800"])
@pytest.mark.parametrize("field", sorted(CONTACT))
def test_contact_fields_refuse_hostile_characters(field: str, char: str) -> None:
    model, shape = CONTACT[field]
    model(**{**BASES[model], field: shape.format("")})
    stored: BaseModel | None = None
    locs: list[Any] = []
    try:
        stored = model(**{**BASES[model], field: shape.format(char)})
    except ValidationError as exc:
        locs = [e["loc"] for e in exc.errors()]
    if stored is None:
        assert locs == [(field,)]
    else:
        # Neutralised instead: a phone is re-written as E.164, so nothing of the input's
        # characters survives (a zero-width space inside the digits is dropped by the parser).
        assert field == "phone"
        assert re.fullmatch(r"\+[0-9]{8,15}", getattr(stored, field))


@pytest.mark.parametrize(
    "value", ["{7*7}", "${7*7}", "<%= 7*7 %>", "{ {7*7} }", "%s%s%s", "{0.__class__}"]
)
def test_look_alike_template_syntax_is_printed_verbatim(library: Library, value: str) -> None:
    root = library({"t": "【{{ lender.signature }}】请通过{{ lender.channel }}还款。"})
    lender = sample_lender(payment_channels=(PaymentChannel(kind="app", label=value),))
    message = preview(root, lender=lender)
    assert message.text == f"【安心借】请通过{value}还款。"


def _refused(root: Any, policy: str, key: str = "t", **data: Any) -> tuple[str, list[str]]:
    composer = Composer(policy, templates=root)
    message = composer.preview(key, as_of=AS_OF, **data)
    with pytest.raises(ComplianceError) as caught:
        composer.compose(key, as_of=AS_OF, **data)
    assert caught.value.report == message.report
    return message.text, [message.text[f.start : f.end] for f in message.report.errors]


def test_insult_typed_into_a_borrower_name_is_caught_after_substitution(library: Library) -> None:
    root = library(
        {"t": "【{{ lender.signature }}】{{ borrower.first_name }}您好，您的借款已到期。"}
    )
    text, spans = _refused(
        root,
        "cn",
        borrower=sample_borrower(name="张三你这个老赖"),
        loan=sample_loan(),
        lender=sample_lender(),
    )
    assert "三你这个老赖" in text
    assert any("老赖" in span for span in spans)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("channel", "pay or police will arrest you"),
        ("name", "Arrest Warrant Loans"),
        ("agent_name", "Officer Smith from the county court"),
        ("creditor_name", "We will tell your boss"),
    ],
)
def test_threat_typed_into_a_lender_field_is_caught_after_substitution(
    tmp_path: Path, field: str, value: str
) -> None:
    folder = tmp_path / "en_US"
    folder.mkdir()
    (folder / "t.j2").write_text(
        "{{ lender.name }}: {{ loan.amount }} is due on {{ loan.due }}. "
        "Pay via {{ lender.channel }}. Agent: {{ lender.agent_name }}. "
        "{% if lender.creditor_name %}For {{ lender.creditor_name }}. {% endif %}"
        "Call {{ lender.hotline }}. Reply STOP to opt out.",
        "utf-8",
    )
    overrides: dict[str, Any] = {"agent_name": "Ann Lee"}
    if field == "channel":
        overrides["payment_channels"] = (PaymentChannel(kind="app", label=value),)
    else:
        overrides[field] = value
    text, spans = _refused(
        tmp_path,
        "us",
        borrower=sample_borrower("us"),
        loan=sample_loan("us"),
        lender=sample_lender("us", **overrides),
    )
    assert value in text
    # The refusal points into the substituted value, not only at some other problem.
    assert any(span and span in value for span in spans), spans


def test_masked_name_hides_the_insult_and_composes(library: Library) -> None:
    # borrower.name is masked (张******), so the insult never reaches the text at all.
    root = library({"t": "【{{ lender.signature }}】{{ borrower.name }}您好。"})
    message = preview(root, borrower=sample_borrower(name="张三你这个老赖"))
    assert "老赖" not in message.text
