"""Free-text ``check(..., lender=...)``: the lender's own numbers and disclosures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dunning_sms import Composer, InputError, Lender, PaymentChannel, check, check_frame
from dunning_sms._rules import registry

# One lawful text per market, written by the lender, with its own (unmasked) helpline, and
# that lender. Without the lender the helpline reads as someone's phone number.
_MARKET_TEXTS = {
    "cn": (
        "【安心借】尊敬的客户，您的账单已逾期3天，请通过安心借App还款。如有疑问请致电 "
        "13812345678，谢谢。退订回T",
        Lender(
            name="安心借",
            sms_signature="安心借",
            hotline="13812345678",
            payment_channels=(PaymentChannel(kind="app", label="安心借App"),),
        ),
    ),
    "us": (
        "Acme Lending: your payment of $120.00 was due on June 1. Please pay in the Acme app "
        "or call us at 212-736-5000. Reply STOP to opt out.",
        Lender(name="Acme Lending", hotline="212-736-5000"),
    ),
    "uk": (
        "Acme Loans: your payment of £120 is overdue. Please call us on 020 7946 0018. Free "
        "debt advice: moneyhelper.org.uk. Reply STOP to opt out.",
        Lender(name="Acme Loans", hotline="020 7946 0018"),
    ),
    "in": (
        "Acme Finance: your EMI of Rs 1,200 is overdue. Please call 022 2778 1234. Reply STOP "
        "to opt out.",
        Lender(name="Acme Finance", hotline="022 2778 1234"),
    ),
}


@pytest.mark.parametrize("market", sorted(_MARKET_TEXTS))
def test_the_lenders_own_helpline_is_not_personal_data(market: str) -> None:
    text, lender = _MARKET_TEXTS[market]
    without = check(text, policy=market)
    assert "PII001" in {f.rule for f in without.findings}
    with_lender = check(text, policy=market, lender=lender)
    assert "PII001" not in {f.rule for f in with_lender.findings}
    assert with_lender.ok, [f.message for f in with_lender.errors]


def test_composer_check_and_module_check_agree_with_a_lender() -> None:
    text, lender = _MARKET_TEXTS["us"]
    assert Composer("us").check(text, lender=lender).findings == (
        check(text, policy="us", lender=lender).findings
    )


def test_a_helpline_grouped_differently_still_counts_as_the_lenders() -> None:
    lender = Lender(name="Acme Lending", hotline="212-736-5000")
    text = (
        "Acme Lending: please call us at (212) 736 5000 about your payment. Reply STOP to opt out."
    )
    report = check(text, policy="us", lender=lender)
    assert report.ok, [f.message for f in report.findings]


def test_another_number_beside_the_lenders_is_still_flagged() -> None:
    _, lender = _MARKET_TEXTS["us"]
    text = (
        "Acme Lending: please call us at 212-736-5000, or your cousin at 646-555-0123 says "
        "hi. Reply STOP to opt out."
    )
    found = check(text, policy="us", lender=lender).findings
    assert [(f.rule, text[f.start : f.end]) for f in found] == [("PII001", "646-555-0123")]


def test_a_named_lender_must_be_the_one_the_text_names() -> None:
    text, _ = _MARKET_TEXTS["us"]
    report = check(text, policy="us", lender=Lender(name="Zed Loans", hotline="212-736-5000"))
    assert [f.rule for f in report.errors] == ["DIS004"]
    assert "lender's values" in report.errors[0].message


def test_a_missing_helpline_is_reported_only_when_the_lender_is_named() -> None:
    text = "【安心借】尊敬的客户，您的账单已逾期3天，请通过安心借App还款，谢谢。退订回T"
    _, lender = _MARKET_TEXTS["cn"]
    assert "DIS008" not in {f.rule for f in check(text, policy="cn").findings}
    named = check(text, policy="cn", lender=lender)
    assert "DIS008" in {f.rule for f in named.errors}
    no_hotline = check(text, policy="cn", lender=lender.model_copy(update={"hotline": None}))
    missing = [f for f in no_hotline.findings if f.rule == "DIS008"]
    assert missing and "has no value for it" in missing[0].message


def test_a_third_party_collector_must_say_it_is_one() -> None:
    collector = Lender(
        name="Acme Recovery",
        hotline="212-736-5000",
        is_third_party_collector=True,
        creditor_name="Big Bank",
    )
    bare = (
        "Acme Recovery: please call us at 212-736-5000 about your Big Bank account. "
        "Reply STOP to opt out."
    )
    assert "DIS009" not in {f.rule for f in check(bare, policy="us").findings}
    assert "DIS009" in {f.rule for f in check(bare, policy="us", lender=collector).errors}
    notice = bare.replace("Reply STOP", "This is a communication from a debt collector. Reply STOP")
    report = check(notice, policy="us", lender=collector)
    assert report.ok, [f.message for f in report.findings]


def test_lender_scope_rules_never_report_without_a_lender() -> None:
    lender_rules = {code for code, rule in registry().items() if rule.scope == "lender"}
    assert {"DIS004", "DIS007", "DIS008", "DIS009"} <= lender_rules
    text = "请还款。"
    assert not lender_rules & {f.rule for f in check(text, policy="cn").findings}
    assert lender_rules & {
        f.rule for f in check(text, policy="cn", lender=_MARKET_TEXTS["cn"][1]).findings
    }


@pytest.mark.parametrize("bad", [{"name": "Acme"}, "Acme", 3])
def test_a_lender_that_is_not_a_lender_is_an_input_error(bad: object) -> None:
    with pytest.raises(InputError) as info:
        check("Please pay.", policy="us", lender=bad)  # type: ignore[arg-type]
    assert info.value.field == "lender"
    assert "Lender.model_validate" in str(info.value)


def test_cli_check_reads_the_lender_file(tmp_path: Path) -> None:
    text, lender = _MARKET_TEXTS["us"]
    path = tmp_path / "lender.json"
    path.write_text(lender.model_dump_json(), encoding="utf-8")

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        args = [sys.executable, "-m", "dunning_sms", "check", text, "--policy", "us"]
        args += ["--format", "json", *extra]
        return subprocess.run(args, capture_output=True, text=True, check=False)

    without = run()
    assert without.returncode == 1
    assert "PII001" in {f["rule"] for f in json.loads(without.stdout)["findings"]}
    named = run("--lender", str(path))
    assert named.returncode == 0, named.stdout + named.stderr
    assert json.loads(named.stdout)["ok"] is True


def test_check_frame_passes_the_lender_to_every_text() -> None:
    text, lender = _MARKET_TEXTS["us"]
    rows = check_frame(
        [text, text.replace("212-736-5000", "646-555-0123")], policy="us", lender=lender
    )
    assert [row["ok"] for row in rows] == [True, False]
    assert [row["ok"] for row in check_frame([text], policy="us")] == [False]


def test_check_frame_refuses_a_bad_lender_before_any_row() -> None:
    with pytest.raises(InputError) as info:
        check_frame(["Please pay.", "Please pay today."], policy="us", lender={"name": "Acme"})  # type: ignore[arg-type]
    assert info.value.field == "lender"
    assert info.value.line is None


@pytest.mark.parametrize("name", ["legal_action_intended", "contact_authorised"])
def test_a_stated_fact_must_be_a_bool_or_none(name: str) -> None:
    """A fact given as a string ("no" is truthy) is refused, naming it, by every entry point
    (check_frame before any row)."""
    calls = [
        lambda: check("Please pay.", policy="us", **{name: "no"}),
        lambda: Composer(policy="us").check("Please pay.", **{name: "no"}),
        lambda: check_frame(["Please pay.", "Please pay today."], policy="us", **{name: "no"}),
    ]
    for call in calls:
        with pytest.raises(
            InputError, match=f"{name} must be True, False or None, not str"
        ) as info:
            call()
        assert info.value.field == name
        assert info.value.line is None
