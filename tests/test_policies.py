"""Shipped market policies, user extensions and the generated policy docs."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest

import dunning_sms as ds
from dunning_sms._errors import DunningError, PolicyError
from dunning_sms._models import parse_locale
from dunning_sms._policy import POLICY_NAMES, Policy, Source, load_policy, shipped_policies
from dunning_sms._policydocs import (
    comparison_markdown,
    explain_rule,
    main,
    policy_markdown,
    rules_table,
    stale_docs,
)
from dunning_sms._rules import registry

DOCS = Path(__file__).resolve().parents[1] / "docs" / "policies"


def test_every_policy_ships_and_loads() -> None:
    assert tuple(p.name for p in shipped_policies()) == POLICY_NAMES


# name: (locales, languages, window, hard window, days, holidays, zones)
EXPECTED = {
    "cn": (("zh_CN",), ("zh",), (8, 21), (8, 22), 7, None, ("Asia/Shanghai",)),
    "us": (("en_US",), ("en",), (8, 21), (8, 21), 7, None, None),
    "uk": (("en_GB",), ("en",), (8, 21), (8, 21), 7, None, ("Europe/London",)),
    "in": (("en_IN", "hi_IN"), ("en", "hi"), (8, 19), (8, 19), 7, None, ("Asia/Kolkata",)),
    "ph": (("en_PH", "fil_PH"), ("en", "fil"), (8, 21), (6, 22), 7, None, ("Asia/Manila",)),
    "id": (
        ("id_ID", "en_ID"),
        ("id", "en"),
        (8, 20),
        (8, 20),
        6,
        "ID",
        ("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"),
    ),
    "ke": (("en_KE", "sw_KE"), ("en", "sw"), (8, 20), (8, 20), 7, None, ("Africa/Nairobi",)),
    "ng": (("en_NG", "pcm_NG"), ("en", "pcm"), (8, 21), (8, 21), 7, None, ("Africa/Lagos",)),
}


@pytest.mark.parametrize("name", POLICY_NAMES)
def test_policy_numbers(name: str) -> None:
    policy = load_policy(name)
    locales, languages, window, hard, days, holidays, zones = EXPECTED[name]
    assert policy.locales == locales
    assert policy.default_locale == locales[0]
    assert policy.languages == languages
    assert (policy.hours.start, policy.hours.end) == (time(window[0]), time(window[1]))
    assert (policy.hours.hard_start, policy.hours.hard_end) == (time(hard[0]), time(hard[1]))
    assert len(policy.hours.days) == days
    assert policy.hours.holidays == holidays
    if zones is not None:
        assert policy.timezones == zones
    assert policy.billing.mode == ("cn" if name == "cn" else "gsm")
    assert policy.frequency.per_day is not None
    assert policy.frequency.per_day <= 3
    assert policy.frequency.per_7_days is not None
    assert policy.frequency.per_7_days <= 10
    for locale in policy.locales:
        assert parse_locale(locale).language in policy.languages


@pytest.mark.parametrize("name", POLICY_NAMES)
def test_every_number_and_rule_has_a_source(name: str) -> None:
    policy = load_policy(name)
    sourced: list[Source | None] = [
        policy.hours.source,
        policy.frequency.source,
        policy.billing.source,
        policy.opt_out.source,
        *(d.source for d in policy.disclosures),
    ]
    for source in sourced:
        assert source is not None
        assert source.instrument
    assert policy.sources
    assert policy.disclosures
    lender = [d for d in policy.disclosures if d.element == "lender_name"]
    assert lender
    assert lender[0].severity == "error"
    # A choice of ours must say so: "policy" sources either name no instrument or explain.
    for source in sourced:
        assert source is not None
        if source.confidence == "policy" and source.instrument != "policy default":
            assert source.note or source.section


def test_market_specific_requirements() -> None:
    cn = {d.element for d in load_policy("cn").disclosures}
    assert {"signature", "no_brackets_in_body", "amount", "hotline", "payment_channel"} <= cn
    us = {(d.element, d.when) for d in load_policy("us").disclosures}
    assert ("opt_out_instruction", "always") in us
    assert ("debt_collector_notice", "third_party_collector") in us
    assert ("agent_name", "agent") in {(d.element, d.when) for d in load_policy("in").disclosures}
    assert "debt_advice" in {d.element for d in load_policy("uk").disclosures}


def write(tmp_path: Path, text: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_extension_tightens(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'extend = "cn"\n'
        'title = "Anxin reminders"\n'
        'banned_phrases = ["立即处理"]\n'
        "[hours]\nstart = 09:00:00\nend = 20:00:00\n"
        "[frequency]\nper_day = 1\nper_7_days = 3\n"
        "[billing]\nsegment_budget = 1\n",
    )
    policy = load_policy(path)
    assert policy.name == "mine"
    assert policy.extends == "cn"
    assert policy.hours.start == time(9)
    assert policy.hours.hard_end == time(22)  # kept from the base
    assert policy.frequency.per_day == 1
    assert policy.billing.segment_budget == 1
    assert policy.billing.mode == "cn"
    assert "立即处理" in policy.banned_phrases
    # The base's disclosures are kept; an extension's list adds to them.
    assert len(policy.disclosures) == len(load_policy("cn").disclosures)


def test_extension_cannot_weaken_a_disclosure_by_repeating_it(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'extend = "cn"\n[[disclosures]]\nelement = "hotline"\nseverity = "info"\n',
    )
    policy = load_policy(path)
    (hotline,) = [d for d in policy.effective_disclosures() if d.element == "hotline"]
    assert hotline.severity == "error"


def test_extension_can_add_a_requirement(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'extend = "uk"\n[[disclosures]]\n'
        'element = "due_date_or_days_overdue"\nseverity = "error"\n',
    )
    assert any(r["code"] == "DIS006" for r in rules_table(load_policy(path)))
    assert not any(r["code"] == "DIS006" for r in rules_table(load_policy("uk")))


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ('extend = "cn"\n[hours\n', None, "invalid TOML"),
        ('extend = "cn"\ncolour = "red"\n', "colour", "Extra inputs"),
        ('extend = "cn"\n[frequency]\nper_day = "three"\n', "frequency.per_day", "integer"),
        ('extend = "cn"\n[hours]\nend = 23:00:00\n', "hours", "narrowed"),
        ('extend = "cn"\n[hours]\nhard_end = 23:00:00\n', "hours.hard_end", "narrowed"),
        ('extend = "ph"\n[hours]\nhard_start = 05:00:00\n', "hours.hard_start", "narrowed"),
        ('extend = "id"\n[hours]\ndays = ["sun"]\n', "hours.days", "removed"),
        ('extend = "id"\n[hours]\nholidays = "MY"\n', "hours.holidays", "calendar"),
        ('extend = "cn"\n[frequency]\nper_day = 5\n', "frequency.per_day", "lowered"),
        ('extend = "cn"\n[frequency]\nper_7_days = 11\n', "frequency.per_7_days", "lowered"),
        ('extend = "us"\n[billing]\nsegment_budget = 3\n', "billing.segment_budget", "lowered"),
        ('extend = "us"\n[billing]\nmode = "cn"\n', "billing.mode", "fixed"),
        ('extend = "us"\ntimezones = ["Europe/Paris"]\n', "timezones", "added"),
        ('extend = "us"\ntimezones = ["America/New_York"]\n', "timezones", "Pacific/Honolulu"),
        ('extend = "us"\n[opt_out]\nkeywords = ["STOP"]\n', "opt_out.keywords", "added"),
        (
            'extend = "cn"\n[rules.severity]\nDIS008 = "warning"\n',
            "rules.severity.DIS008",
            "overrides",
        ),
        ('extend = "cn"\n[rules]\nignore = ["DIS"]\n', "rules", "deselected"),
        ('extend = "cn"\n[rules]\nselect = ["LEN"]\n', "rules", "deselected"),
        ('extend = "cn"\n[rules.severity]\nXYZ999 = "info"\n', "rules.severity.XYZ999", "unknown"),
        ('extend = "xx"\n', "extend", "unknown base"),
        (
            'extend = "us"\n[[disclosures]]\nelement = "debt_collector_notice"\n'
            'when = "third_party_collector"\nforms = ["hello"]\n',
            "disclosures",
            "weaken DIS009",
        ),
        ("extend = 3\n", "extend", "must name"),
        (
            'extend = "cn"\n[[disclosures]]\nelement = "shoe_size"\n',
            "disclosures.8.element",
            "shoe",
        ),
        (
            'extend = "cn"\n[[overrides]]\nrule = "DIS008"\nseverity = "info"\nreason = "short"\n',
            "overrides.0.reason",
            "at least 10",
        ),
    ],
)
def test_invalid_extensions(tmp_path: Path, text: str, key: str | None, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    error = info.value
    assert error.file == str(path)
    assert error.key == key
    assert words in str(error)
    assert str(path) in str(error)


def test_override_downgrades_and_is_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'extend = "cn"\n'
        '[rules.severity]\nDIS008 = "warning"\n'
        "[[overrides]]\n"
        'rule = "DIS008"\n'
        'severity = "warning"\n'
        'reason = "Hotline printed on the app screen the link opens; legal sign-off 2025-03."\n',
    )
    policy = load_policy(path)
    assert policy.severity_for("DIS008", "error") == "warning"
    (row,) = [r for r in rules_table(policy) if r["code"] == "DIS008"]
    assert row["severity"] == "warning"
    assert row["override"].startswith("Hotline printed")
    page = policy_markdown(policy)
    assert "Override: `DIS008` downgraded to **warning**" in page
    assert "legal sign-off" in page


def test_warning_level_rule_may_be_lowered_without_override(tmp_path: Path) -> None:
    path = write(tmp_path, 'extend = "uk"\n[rules.severity]\nDIS012 = "info"\n')
    assert load_policy(path).severity_for("DIS012", "warning") == "info"


def test_extension_of_an_extension_and_cycles(tmp_path: Path) -> None:
    write(tmp_path, 'extend = "cn"\n[frequency]\nper_day = 2\n', "base.toml")
    child = write(tmp_path, 'extend = "base.toml"\n[frequency]\nper_day = 1\n', "child.toml")
    policy = load_policy(child)
    assert policy.frequency.per_day == 1
    assert policy.extends == str((tmp_path / "base.toml").resolve())
    loose = write(tmp_path, 'extend = "base.toml"\n[frequency]\nper_day = 3\n', "loose.toml")
    with pytest.raises(PolicyError, match="lowered"):
        load_policy(loose)
    write(tmp_path, 'extend = "b.toml"\n', "a.toml")
    write(tmp_path, 'extend = "a.toml"\n', "b.toml")
    with pytest.raises(PolicyError, match="cycle") as info:
        load_policy(tmp_path / "a.toml")
    assert info.value.key == "extend"
    with pytest.raises(PolicyError, match="cannot read base"):
        load_policy(write(tmp_path, 'extend = "missing.toml"\n', "c.toml"))


def test_unknown_policy_name() -> None:
    with pytest.raises(PolicyError, match="shipped policies"):
        load_policy("zz")


def test_docs_are_current() -> None:
    stale = stale_docs(DOCS)
    assert stale == [], (
        f"docs/policies is out of date ({stale});"
        " run: python -m dunning_sms._policydocs docs/policies"
    )


def test_docs_cli_writes_and_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "--check"]) == 1
    assert main([str(tmp_path)]) == 0
    assert main([str(tmp_path), "--check"]) == 0
    (tmp_path / "cn.md").write_text("edited", encoding="utf-8")
    assert main([str(tmp_path), "--check"]) == 1
    assert "cn.md is out of date" in capsys.readouterr().err
    assert main([]) == 2


@pytest.mark.parametrize("policy", shipped_policies(), ids=lambda p: p.name)
def test_policy_page_shows_numbers_and_sources(policy: Policy) -> None:
    page = policy_markdown(policy)
    assert f"{policy.hours.start:%H:%M}-{policy.hours.end:%H:%M}" in page
    assert policy.hours.source is not None
    assert policy.hours.source.instrument in page
    for disclosure in policy.disclosures:
        assert f"`{disclosure.element}`" in page
        assert disclosure.rule in page


def test_comparison_has_a_row_per_market() -> None:
    table = comparison_markdown(shipped_policies())
    for name in POLICY_NAMES:
        assert f"({name}.md)" in table
    assert "mon, tue, wed, thu, fri, sat; no ID holidays" in table


def test_explain_every_rule() -> None:
    for code, rule in registry().items():
        text = explain_rule(code.lower())
        assert text.startswith(f"# {code} {rule.name}")
        assert rule.summary in text
    assert "flagged" in explain_rule("DIS009")


def test_explain_unknown_rule() -> None:
    with pytest.raises(DunningError, match="did you mean DIS01") as info:
        explain_rule("DIS90")
    assert info.value.rule == "DIS90"


def test_an_empty_policy_file_or_an_extends_key_is_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty.toml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(PolicyError, match="empty"):
        load_policy(empty)
    typo = tmp_path / "typo.toml"
    typo.write_text('extends = "cn"\n', encoding="utf-8")
    with pytest.raises(PolicyError, match="extend =") as info:
        load_policy(typo)
    assert info.value.key == "extends"


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("languages = []", "languages"),
        ('languages = ["xx"]', "languages"),
        ('[rules]\nignore = ["NOPE999"]', "rules"),
        ('[rules]\nignore = ["ton001"]', "rules"),
        ('default_locale = "klingon"', "default_locale"),
        ("[hours]\nhard_start = 21:30:00\nhard_end = 21:00:00", "hours"),
        ("[hours]\ndays = []", "hours"),
        ('[hours]\nholidays = "XX"', "hours"),
    ],
)
def test_an_extension_that_would_switch_checks_off_is_refused(
    tmp_path: Path, body: str, key: str
) -> None:
    # Dropping the base's languages drops every wording rule in them; an unknown code in
    # ignore does nothing; a bogus calendar or window fails only when a message is sent.
    path = tmp_path / "lender.toml"
    path.write_text(f'extend = "cn"\n{body}\n', encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert key in (info.value.key or "") + info.value.message, info.value


def test_an_extension_may_add_a_language_and_ignore_a_warning_family(tmp_path: Path) -> None:
    path = tmp_path / "lender.toml"
    path.write_text('extend = "cn"\nlanguages = ["zh", "en"]\n[rules]\nignore = ["RES"]\n', "utf-8")
    policy = load_policy(path)
    assert policy.languages == ("zh", "en") and not policy.selects("RES001")


def test_an_extension_may_add_time_zones_but_not_drop_them(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    from dunning_sms._hours import is_allowed_time

    # A toll-free number has no zone: it must suit every policy zone. At 08:30 in New York
    # it is 02:30 in Honolulu, which dropping Honolulu would have allowed.
    toll_free = ds.Borrower(name="A B", phone="+18005550123")
    early = datetime(2026, 6, 10, 8, 30, tzinfo=ZoneInfo("America/New_York"))
    assert not is_allowed_time(toll_free, early, load_policy("us"))
    narrow = tmp_path / "narrow.toml"
    narrow.write_text('extend = "us"\ntimezones = ["America/New_York"]\n', "utf-8")
    with pytest.raises(ds.PolicyError, match="added") as refused:
        load_policy(narrow)
    assert refused.value.key == "timezones"
    wider = tmp_path / "wider.toml"
    zones = [*load_policy("us").timezones, "Pacific/Guam"]
    wider.write_text(f'extend = "us"\ntimezones = {zones!r}\n'.replace("'", '"'), "utf-8")
    assert load_policy(wider).timezones[-1] == "Pacific/Guam"
    assert not is_allowed_time(toll_free, early, load_policy(wider))


@pytest.mark.parametrize(
    "tighten",
    [
        '[[overrides]]\nrule = "DIS008"\nseverity = "error"\nreason = "our counsel wants it back"',
        '[rules.severity]\nDIS008 = "error"',
    ],
)
def test_an_extension_may_raise_again_what_its_base_lowered(tmp_path: Path, tighten: str) -> None:
    base = tmp_path / "base.toml"
    base.write_text(
        'extend = "cn"\n[[overrides]]\nrule = "DIS008"\nseverity = "warning"\n'
        'reason = "hotline printed on the app screen"\n',
        encoding="utf-8",
    )
    assert load_policy(base).severity_for("DIS008", "error") == "warning"
    ext = tmp_path / "ext.toml"
    ext.write_text(f'extend = "{base}"\n{tighten}\n', encoding="utf-8")
    assert load_policy(ext).severity_for("DIS008", "error") == "error"


def test_an_override_reason_of_spaces_is_no_reason(tmp_path: Path) -> None:
    path = tmp_path / "lender.toml"
    path.write_text(
        'extend = "cn"\n[[overrides]]\nrule = "DIS008"\nseverity = "warning"\n'
        'reason = "          "\n',
        encoding="utf-8",
    )
    with pytest.raises(PolicyError, match="reason"):
        load_policy(path)
