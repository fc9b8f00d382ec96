"""The disclosure family: required content per market, in compose and in free-text check."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dunning_sms as ds
from dunning_sms._models import Lender
from dunning_sms._policy import POLICY_NAMES, Policy, load_policy
from dunning_sms._report import Finding
from dunning_sms._rules import CheckContext, Example, RuleEngine
from dunning_sms._rules.disclosure import FAMILY, RULES

DIS_CODES = {rule.code for rule in RULES}


def run(
    text: str,
    policy: str | Policy,
    *,
    rendered: Mapping[str, str] | None = None,
    lender: Lender | None = None,
) -> list[Finding]:
    pol = load_policy(policy)
    ctx = CheckContext(
        text=text,
        policy=pol,
        languages=pol.languages,
        mode="compose" if rendered is not None else "check",
        rendered=rendered,
        lender=lender,
    )
    return [f for f in RuleEngine(pol).run(ctx) if f.rule in DIS_CODES]


def run_example(example: Example) -> list[Finding]:
    lender = None
    if example.rendered is not None:
        lender = Lender(
            name="Example Lender", is_third_party_collector=example.third_party_collector
        )
    return run(example.text, example.policy, rendered=example.rendered, lender=lender)


def codes(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings}


@pytest.mark.parametrize(
    ("code", "example"),
    [(r.code, e) for r in RULES for e in r.passing],
)
def test_passing_examples_pass(code: str, example: Example) -> None:
    assert code not in codes(run_example(example))


@pytest.mark.parametrize(
    ("code", "example"),
    [(r.code, e) for r in RULES for e in r.failing],
)
def test_failing_examples_are_flagged(code: str, example: Example) -> None:
    assert code in codes(run_example(example))


def test_every_rule_is_documented() -> None:
    assert len(DIS_CODES) == len(RULES)
    for rule in RULES:
        assert rule.code.startswith("DIS")
        assert rule.category == "missing_disclosure"
        assert rule.summary
        assert rule.rationale
        assert rule.source
        assert rule.passing
        assert rule.failing


# One compliant message per market, built from pieces so each element can be dropped.
SIGNATURE = "【安心借】"
PIECES: Mapping[str, Mapping[str, str]] = {
    "cn": {
        "signature": SIGNATURE,
        "lender_name": "安心借：",
        "amount": "您的借款1,200.00元",
        "due_date": "已于2025年3月1日到期，",
        "payment_channel": "请在安心借App还款，",
        "hotline": "客服400-123-4567。",
    },
}
LATIN_PIECES: Mapping[str, str] = {
    "lender_name": "Acme Credit: ",
    "creditor_name": "for your account with Bright Bank, ",
    "debt_collector_notice": "This is a communication from a debt collector. ",
    "amount": "12,000.00 due ",
    "due_date": "on 1 March 2025. ",
    "agent_name": "Your recovery agent is Ravi Kumar. ",
    "payment_channel": "Pay in the Acme app ",
    "hotline": "or call 0800 123 4567. ",
    "debt_advice": "Free debt advice: moneyhelper.org.uk. ",
    "opt_out_instruction": "Reply STOP to opt out.",
}
RENDERED_LATIN: Mapping[str, str] = {
    "lender_name": "Acme Credit",
    "creditor_name": "Bright Bank",
    "amount": "12,000.00",
    "due_date": "1 March 2025",
    "days_overdue": "3 days",
    "agent_name": "Ravi Kumar",
    "payment_channel": "Acme app",
    "hotline": "0800 123 4567",
}
RENDERED_CN: Mapping[str, str] = {
    "signature": SIGNATURE,
    "lender_name": "安心借",
    "amount": "1,200.00元",
    "due_date": "2025年3月1日",
    "days_overdue": "3天",
    "payment_channel": "安心借App",
    "hotline": "400-123-4567",
}
# The piece that carries each element (the due-date group is carried by ``due_date``).
PIECE_OF = {
    "due_date_or_days_overdue": "due_date",
    "no_brackets_in_body": None,
    "no_refused_symbols": None,
}


# The platforms refuse these in a Chinese text (DIS002, DIS013).
NOT_IN_A_CN_TEXT = "【】¥￥★√✓☞※&[]"


def compose(policy: str, drop: str | None = None) -> tuple[str, Mapping[str, str]]:
    pieces = PIECES.get(policy, LATIN_PIECES)
    rendered = RENDERED_CN if policy == "cn" else RENDERED_LATIN
    return "".join(v for k, v in pieces.items() if k != drop), rendered


def collector() -> Lender:
    return Lender(
        name="Acme Credit",
        is_third_party_collector=True,
        creditor_name="Bright Bank",
        agent_name="Ravi Kumar",
    )


@pytest.mark.parametrize("policy", POLICY_NAMES)
def test_compliant_message_passes(policy: str) -> None:
    text, rendered = compose(policy)
    assert run(text, policy, rendered=rendered, lender=collector()) == []


@pytest.mark.parametrize(
    ("policy", "element", "rule"),
    [
        (name, d.element, d.rule)
        for name in POLICY_NAMES
        for d in load_policy(name).effective_disclosures()
        if PIECE_OF.get(d.element, d.element) is not None
        # In China a valid signature names the lender; tested separately below.
        and not (name == "cn" and d.element == "lender_name")
    ],
)
def test_each_missing_element_is_caught(policy: str, element: str, rule: str) -> None:
    text, rendered = compose(policy, drop=PIECE_OF.get(element, element))
    found = run(text, policy, rendered=rendered, lender=collector())
    assert rule in codes(found)
    finding = next(f for f in found if f.rule == rule)
    assert finding.data["element"] == element
    assert finding.message.startswith("missing ") or "signature" in finding.message
    expected = next(d for d in load_policy(policy).disclosures if d.element == element)
    assert finding.severity == expected.severity


def test_cn_signature_names_the_lender() -> None:
    text = "您的借款1,200.00元已于2025年3月1日到期，请在App还款，客服400-123-4567。"
    rendered = {k: v for k, v in RENDERED_CN.items() if k not in ("signature", "payment_channel")}
    assert {"DIS001", "DIS004", "DIS007"} <= codes(run(text, "cn", rendered=rendered))
    assert "DIS004" not in codes(run(SIGNATURE + text, "cn", rendered=RENDERED_CN))


def test_missing_value_says_nothing_was_rendered() -> None:
    text = "【安心借】您的借款1,200.00元已于2025年3月1日到期，请在安心借App还款。"
    rendered = {k: v for k, v in RENDERED_CN.items() if k != "hotline"}
    (finding,) = run(text, "cn", rendered=rendered)
    assert finding.rule == "DIS008"
    assert "nothing was rendered" in finding.message


def test_lender_data_counts_when_rendered_lacks_the_key() -> None:
    lender = Lender(name="安心借", hotline="400-123-4567")
    text = "【安心借】您的借款1,200.00元已于2025年3月1日到期，请在安心借App还款，客服400-123-4567。"
    rendered = {k: v for k, v in RENDERED_CN.items() if k != "hotline"}
    assert run(text, "cn", rendered=rendered, lender=lender) == []


def test_third_party_elements_only_for_collectors() -> None:
    text = "Acme Bank: your payment of $120.00 is due 3/1. Reply STOP to opt out."
    first_party = Lender(name="Acme Bank")
    assert run(text, "us", rendered={"lender_name": "Acme Bank"}, lender=first_party) == []
    third = Lender(name="Acme Bank", is_third_party_collector=True, creditor_name="Bright Bank")
    found = codes(run(text, "us", rendered={"lender_name": "Acme Bank"}, lender=third))
    assert found == {"DIS009", "DIS011"}


def test_agent_element_only_when_an_agent_sends() -> None:
    text = "Acme Finance: 5,000.00 due on 01-Mar-2025. Pay in the Acme app or call 1800-123-4567."
    rendered = {
        "lender_name": "Acme Finance",
        "amount": "5,000.00",
        "due_date": "01-Mar-2025",
        "payment_channel": "Acme app",
        "hotline": "1800-123-4567",
    }
    assert run(text, "in", rendered=rendered, lender=Lender(name="Acme Finance")) == []
    agent = Lender(name="Acme Finance", agent_name="Ravi Kumar")
    assert codes(run(text, "in", rendered=rendered, lender=agent)) == {"DIS010"}


def test_check_mode_reports_only_what_the_text_shows() -> None:
    # Amount, hotline, lender name cannot be verified from free text.
    assert run("【安心借】请尽快还款。", "cn") == []
    assert codes(run("请尽快还款。", "cn")) == {"DIS001"}
    found = run("【安心借】请【尽快】还款。", "cn")
    assert [(f.rule, f.start) for f in found] == [("DIS002", 6), ("DIS002", 9)]
    assert codes(run("Acme Bank: your payment is due.", "us")) == {"DIS003"}
    assert run("Acme Bank: your payment is due. Reply STOP to opt out.", "us") == []


@pytest.mark.parametrize(
    "text",
    [
        "Reply STOP to opt out.",
        "To stop texts, reply STOP.",
        "Text STOP to end messages.",
        "Reply 'STOP' to unsubscribe.",
        "reply stop to cancel",
        "Reply OPT OUT to stop these messages",
        "Respond with UNSUBSCRIBE to stop.",
    ],
)
def test_opt_out_forms_accepted(text: str) -> None:
    assert "DIS003" not in codes(run(f"Acme Bank: your payment is due. {text}", "us"))


@pytest.mark.parametrize(
    "text",
    [
        "Reply to this message with questions.",
        "STOP by our branch to pay.",
        "Text us at 1-800-555-0100.",
        "Reply STOPPED if done.",
    ],
)
def test_opt_out_lookalikes_rejected(text: str) -> None:
    assert "DIS003" in codes(run(f"Acme Bank: your payment is due. {text}", "us"))


US_DUE = "Acme Bank: your payment of $120.00 was due on Jan 2. Pay in the Acme app. Thank you. "


@pytest.mark.parametrize(
    ("text", "burden", "quoted"),
    [
        ("Reply STOP to opt out for a $4.99 fee.", "fee", "for a $4.99"),
        ("Reply STOP and your full SSN to opt out.", "information", "SSN"),
        ("Reply STOP with your date of birth to opt out.", "information", "date of birth"),
        ("Reply STOP and your account number to opt out.", "information", "account number"),
        ("To opt out, reply STOP and pay $1.", "fee", "pay $1"),
        ("Reply STOP + $0.99 to opt out.", "fee", "+ $0.99"),
        ("Text STOP to opt out, $1/msg.", "fee", "$1/msg"),
        ("A $2 fee applies to opt out: reply STOP.", "fee", "fee"),
        ("Opting out costs $1.99, reply STOP.", "fee", "costs"),
    ],
)
def test_an_opt_out_that_costs_a_fee_or_asks_for_data_does_not_count(
    text: str, burden: str, quoted: str
) -> None:
    # 12 CFR 1006.6(e), regulations.md 2.4: opting out may not require a fee or information
    # beyond the request and the number.
    (finding,) = [f for f in run(US_DUE + text, "us") if f.rule == "DIS003"]
    assert finding.severity == "error"
    assert finding.data["burden"] == burden
    assert (US_DUE + text)[finding.start : finding.end] == quoted


@pytest.mark.parametrize(
    "text",
    [
        "Reply STOP to opt out at no charge.",
        "Reply STOP to opt out, free of charge.",
        "Reply STOP to opt out, it costs nothing.",
        "Reply STOP to opt out. Msg&data rates may apply.",
        "Reply STOP to opt out (carrier charges may apply).",
        "Reply STOP to opt out; we never ask for your PIN.",
        "Reply STOP to stop texts to this number.",
        "There is no fee to opt out: reply STOP.",
        "Late fees apply; reply STOP to opt out.",
        "Reply STOP to opt out of texts about the $120.00 you owe.",
    ],
)
def test_an_amount_elsewhere_or_a_fee_denied_is_no_burden(text: str) -> None:
    assert "DIS003" not in codes(run(US_DUE + text, "us"))


def test_signature_length_and_neutral_names() -> None:
    assert "DIS001" in codes(run("【" + "安" * 17 + "】请还款。", "cn"))
    assert "DIS001" not in codes(run("【" + "安" * 16 + "】请还款。", "cn"))
    (neutral,) = run("【客服通知】请还款。", "cn")
    assert neutral.rule == "DIS001"
    # cn makes the signature an error: platforms reject a neutral one (regulations.md 1.4).
    assert neutral.severity == "error"
    assert not ds.check("【温馨提示】请在安心借App还款。拒收请回复R", policy="cn").ok
    assert "DIS001" in codes(run(" 【安心借】请还款。", "cn"))


@given(
    name=st.text(
        alphabet=st.characters(blacklist_characters=NOT_IN_A_CN_TEXT, blacklist_categories=("Cs",)),
        min_size=2,
        max_size=16,
    ).filter(lambda s: 2 <= len(s.strip()) <= 16 and s.strip() not in {"通知", "提醒"}),
    body=st.text(
        alphabet=st.characters(blacklist_characters=NOT_IN_A_CN_TEXT, blacklist_categories=("Cs",))
    ).filter(lambda s: "^_^" not in s),
)
def test_any_valid_signature_and_clean_body_pass(name: str, body: str) -> None:
    pol = load_policy("cn")
    ctx = CheckContext(text=f"【{name}】{body}", policy=pol, languages=pol.languages)
    found = {f.rule for f in FAMILY.bind(pol).check(ctx)}
    assert found <= {"DIS001"}  # only a neutral name may be flagged
    assert all(f.severity == "warning" for f in FAMILY.bind(pol).check(ctx))


@given(
    parts=st.lists(st.text(), min_size=2, max_size=5),
    brackets=st.lists(st.sampled_from("【】"), min_size=1, max_size=4),
)
def test_any_bracket_in_body_is_flagged(parts: list[str], brackets: list[str]) -> None:
    body = "".join(p + b for p, b in zip(parts, brackets, strict=False)) + parts[-1]
    pol = load_policy("cn")
    ctx = CheckContext(text=f"【安心借】{body}", policy=pol, languages=pol.languages)
    found = [f for f in FAMILY.bind(pol).check(ctx) if f.rule == "DIS002"]
    assert len(found) == body.count("【") + body.count("】")
    assert all(f"【安心借】{body}"[f.start : f.end] in "【】" for f in found)


@given(
    parts=st.lists(
        st.text(alphabet=st.characters(blacklist_characters=NOT_IN_A_CN_TEXT + "^")),
        min_size=2,
        max_size=5,
    ),
    symbols=st.lists(
        st.sampled_from(["¥", "￥", "★", "√", "✓", "☞", "※", "&", "[", "]", "^_^"]),
        min_size=1,
        max_size=4,
    ),
)
def test_every_refused_symbol_is_flagged_where_it_stands(
    parts: list[str], symbols: list[str]
) -> None:
    symbols = symbols[: len(parts) - 1]
    text = "【安心借】" + "".join(p + s for p, s in zip(parts, symbols, strict=False)) + parts[-1]
    pol = load_policy("cn")
    ctx = CheckContext(text=text, policy=pol, languages=pol.languages)
    found = [f for f in FAMILY.bind(pol).check(ctx) if f.rule == "DIS013"]
    assert sorted(text[f.start : f.end] for f in found) == sorted(symbols)
    assert all(f.severity == "error" for f in found)


def test_the_cn_money_style_writes_no_refused_symbol() -> None:
    from dunning_sms._formatting import formatter_for

    zh = formatter_for("zh_CN")
    assert zh.money("1234.5", "CNY", "unit") == "1,234.50元"
    assert zh.money("1234.5", "USD", "unit") == "USD 1,234.50"  # no unit word: the ISO code
    assert zh.money("1234.5", "CNY") == "¥1,234.50"  # the CLDR pattern, for other markets


def test_forms_from_an_extension_count(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    path = tmp_path / "mine.toml"
    path.write_text(
        'extend = "cn"\n'
        "[[disclosures]]\n"
        'element = "opt_out_instruction"\n'
        'forms = ["拒收请回复R"]\n',
        encoding="utf-8",
    )
    policy = load_policy(path)
    assert "DIS003" in codes(run("【安心借】请尽快还款。", policy))
    assert "DIS003" not in codes(run("【安心借】请尽快还款。拒收请回复R", policy))
    assert "DIS003" not in codes(run("【安心借】请尽快还款。回复TD退订", policy))
