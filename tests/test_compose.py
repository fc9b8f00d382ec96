"""The composer end to end on real templates: render, check, Message, refusal."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import dunning_sms as ds
from dunning_sms._compose import Composer, check
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

AS_OF = date(2026, 12, 8)
# A body that carries every element the cn policy requires.
CN_BODY = (
    "【{{ lender.signature }}】您好，您的借款{{ loan.amount }}将于{{ loan.due }}到期，"
    "请通过{{ lender.channel }}还款，客服{{ lender.hotline }}，谢谢。"
)


def _library(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def _compose(composer: Composer, key: str, market: str = "cn", **kw: object) -> ds.Message:
    return composer.compose(
        key,
        borrower=kw.pop("borrower", sample_borrower(market)),  # type: ignore[arg-type]
        loan=kw.pop("loan", sample_loan(market)),  # type: ignore[arg-type]
        lender=kw.pop("lender", sample_lender(market)),  # type: ignore[arg-type]
        as_of=kw.pop("as_of", AS_OF),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def test_compose_shipped_overdue_zh() -> None:
    msg = _compose(Composer("cn"), "overdue")
    assert msg.ok
    assert msg.text.startswith("【安心借】")
    assert "1,234.56元" in msg.text
    assert "3天" in msg.text
    assert msg.encoding == "UCS-2"
    assert msg.locale == "zh_CN"
    assert msg.template == "overdue"
    assert msg.segments >= 1
    assert len(msg.content_hash) == 64
    assert "13812345678" not in msg.text


def test_compose_shipped_en_us() -> None:
    msg = _compose(Composer("us"), "due_today", market="us", as_of=date(2026, 12, 5))
    assert msg.ok, msg.report
    assert msg.encoding == "GSM-7"
    assert "$250.00" in msg.text
    assert "STOP" in msg.text


def test_a_spaced_chinese_name_is_addressed_by_its_surname(tmp_path: Path) -> None:
    lib = _library(
        tmp_path,
        {
            "zh_CN/names.j2": "【安心借】姓{{ borrower.surname }}，名{{ borrower.first_name }}。"
            + CN_BODY
        },
    )
    borrower = sample_borrower("cn", name="欧阳 娜娜")
    msg = Composer("cn", templates=lib).preview(
        "names", borrower=borrower, loan=sample_loan("cn"), lender=sample_lender("cn"), as_of=AS_OF
    )
    assert msg.text.startswith("【安心借】姓欧阳，名娜娜。")


def test_message_repr_is_short() -> None:
    msg = _compose(Composer("cn"), "upcoming", as_of=date(2026, 12, 1))
    assert len(repr(msg)) < 140


def test_locale_fallback_is_a_warning_and_resolved_locale_is_on_the_message(
    tmp_path: Path,
) -> None:
    lib = _library(
        tmp_path, {"zh_CN/hi.j2": "【安心借】您好，您的借款{{ loan.amount }}请按时还款，谢谢。"}
    )
    borrower = sample_borrower("cn", locale="zh_TW")
    msg = Composer("cn", templates=lib).preview(
        "hi", borrower=borrower, loan=sample_loan(), lender=sample_lender(), as_of=AS_OF
    )
    assert msg.locale == "zh_CN"
    assert msg.requested_locale == "zh_TW"
    fallback = msg.report.by_category("locale_fallback")
    assert fallback and fallback[0].severity == "warning"


def test_language_folder_serves_regional_locale_without_fallback(tmp_path: Path) -> None:
    lib = _library(
        tmp_path, {"zh/hi.j2": "【安心借】您好，您的借款{{ loan.amount }}请按时还款，谢谢。"}
    )
    msg = Composer("cn", templates=lib).preview(
        "hi", borrower=sample_borrower(), loan=sample_loan(), lender=sample_lender(), as_of=AS_OF
    )
    assert msg.locale == "zh_CN"
    assert not msg.report.by_category("locale_fallback")


def test_missing_variable_names_template_line_and_variable(tmp_path: Path) -> None:
    lib = _library(tmp_path, {"zh_CN/bad.j2": "【安心借】您好\n{{ loan.amount }}\n{{ loan.nope }}"})
    with pytest.raises(ds.TemplateError) as info:
        _compose(Composer("cn", templates=lib), "bad")
    err = info.value
    assert isinstance(err, ds.UndefinedVariableError)
    assert err.template == "zh_CN/bad.j2"
    assert err.line == 3
    assert err.variable == "loan.nope"
    assert "loan has amount" in err.message


def test_unknown_template_is_a_template_error() -> None:
    with pytest.raises(ds.TemplateNotFoundError, match="no template 'nope'"):
        _compose(Composer("cn"), "nope")


def test_syntax_error_names_line(tmp_path: Path) -> None:
    lib = _library(tmp_path, {"zh_CN/bad.j2": "【安心借】\n{% if %}"})
    with pytest.raises(ds.TemplateSyntaxError) as info:
        _compose(Composer("cn", templates=lib), "bad")
    assert info.value.line == 2


def test_error_finding_raises_compliance_error_with_report(tmp_path: Path) -> None:
    lib = _library(
        tmp_path,
        {"zh_CN/x.j2": CN_BODY + "\u202e"},
    )
    composer = Composer("cn", templates=lib)
    with pytest.raises(ds.ComplianceError) as info:
        _compose(composer, "x")
    assert not info.value.report.ok
    assert info.value.rule == "INV001"
    assert info.value.report.rules == ("INV001",)
    preview = composer.preview(
        "x", borrower=sample_borrower(), loan=sample_loan(), lender=sample_lender(), as_of=AS_OF
    )
    assert not preview.ok
    assert preview.report.errors[0].rule == "INV001"


def test_variants_pick_the_first_that_fits(tmp_path: Path) -> None:
    long = "很长" * 80
    lib = _library(
        tmp_path,
        {
            "zh_CN/v.j2": "{% block full %}【安心借】" + long + "{% endblock %}"
            "{% block short %}" + CN_BODY + "{% endblock %}",
            "zh_CN/v.toml": 'variants = ["full", "short"]\nsegment_budget = 1\n',
        },
    )
    msg = _compose(Composer("cn", templates=lib), "v")
    assert msg.variant == "short"
    assert msg.segments == 1


def test_no_variant_fits_is_a_length_refusal(tmp_path: Path) -> None:
    long = "很长" * 80
    lib = _library(
        tmp_path,
        {"zh_CN/v.j2": "【安心借】" + long, "zh_CN/v.toml": "segment_budget = 1\n"},
    )
    with pytest.raises(ds.ComplianceError) as info:
        _compose(Composer("cn", templates=lib), "v")
    assert info.value.report.by_category("length")


def test_naive_now_is_a_clear_error() -> None:
    with pytest.raises(ds.InputError, match="timezone-aware"):
        _compose(Composer("cn"), "overdue", now=datetime(2026, 12, 8, 10, 0))


@pytest.mark.parametrize(
    ("when", "field", "says"),
    [
        ({"as_of": "2026-12-08"}, "as_of", "not str"),
        ({"as_of": datetime(2026, 12, 8, 10, 0, tzinfo=UTC)}, "as_of", "now="),
        ({"now": "2026-12-08T10:00:00+08:00"}, "now", "timezone-aware datetime"),
    ],
)
def test_a_day_or_time_of_the_wrong_type_is_a_clear_error(
    when: dict[str, object], field: str, says: str, tmp_path: Path
) -> None:
    # Not a TypeError from date arithmetic deep inside: the argument, named.
    with pytest.raises(ds.InputError, match=says) as info:
        Composer("cn").compose(
            "overdue",
            borrower=sample_borrower("cn"),
            loan=sample_loan("cn"),
            lender=sample_lender("cn"),
            **when,  # type: ignore[arg-type]
        )
    assert info.value.field == field
    # A batch says so once, before any row, and writes nothing.
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"name": "张三"}\n', encoding="utf-8")
    with pytest.raises(ds.InputError, match=says):
        ds.compose_file(rows, tmp_path / "out.jsonl", template="overdue", policy="cn", **when)  # type: ignore[arg-type]
    assert not (tmp_path / "out.jsonl").exists()
    with pytest.raises(ds.InputError, match=says):
        list(ds.compose_many([], template="overdue", policy="cn", **when))  # type: ignore[arg-type]


def test_aware_now_in_hours_passes() -> None:
    now = datetime(2026, 12, 8, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    assert _compose(Composer("cn"), "overdue", now=now).ok


def test_raw_field_needs_declaration_and_policy(tmp_path: Path) -> None:
    lib = _library(tmp_path, {"zh_CN/raw.j2": "【安心借】{{ raw.phone }}"})
    with pytest.raises(ds.TemplateSecurityError, match="raw field 'phone'"):
        _compose(Composer("cn", templates=lib), "raw")
    lib2 = _library(
        tmp_path / "b",
        {"zh_CN/raw.j2": "【安心借】{{ raw.phone }}", "zh_CN/raw.toml": 'raw_fields = ["phone"]\n'},
    )
    with pytest.raises(ds.TemplateSecurityError, match="does not allow"):
        _compose(Composer("cn", templates=lib2), "raw")


def test_check_free_text_and_composer_check_agree() -> None:
    text = "【安心借】您好，您的借款已逾期\u202e3天，请尽快还款，谢谢。"
    report = check(text, policy="cn")
    assert not report.ok
    assert Composer("cn").check(text).findings == report.findings


def test_check_rejects_non_text() -> None:
    with pytest.raises(ds.InputError):
        check(b"bytes", policy="cn")  # type: ignore[arg-type]


def test_report_json_round_trip() -> None:
    msg = _compose(Composer("cn"), "overdue")
    data = msg.report.to_dict()
    assert data["schema"] == "dunning-sms/report" and data["version"] == 1
    assert ds.Report.from_dict(data) == msg.report


def test_composer_is_picklable_and_equivalent() -> None:
    import pickle

    composer = Composer("cn")
    clone = pickle.loads(pickle.dumps(composer))
    assert _compose(clone, "overdue").text == _compose(composer, "overdue").text


def test_report_and_message_json_validate_against_the_exported_schema() -> None:
    import jsonschema

    schema = ds.Report.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    composer = Composer("cn")
    good = _compose(composer, "overdue")
    jsonschema.validate(good.report.to_dict(), schema)
    bad = check("【安心借】您好\u202e，请还款。", policy="cn")
    jsonschema.validate(bad.to_dict(), schema)
    assert bad.to_dict()["findings"]


US_BODY = (
    "{{ lender.name }}: Hello, your payment of {{ loan.amount }} is due on {{ loan.due }}. "
    "Please pay in the {{ lender.channel }} or call {{ lender.hotline }}. Thank you. "
    "Reply STOP to opt out."
)


def test_smart_encoding_replaces_lookalikes_and_reports_each(tmp_path: Path) -> None:
    body = US_BODY.replace("Hello,", "Hello \u2014 it\u2019s a reminder:")
    lib = _library(tmp_path, {"en_US/s.j2": body})
    plain = Composer("us", templates=lib).preview(
        "s",
        borrower=sample_borrower("us"),
        loan=sample_loan("us"),
        lender=sample_lender("us"),
        as_of=AS_OF,
    )
    assert plain.encoding == "UCS-2"
    assert "LEN003" in plain.report.rules
    smart = _compose(Composer("us", templates=lib, smart_encoding=True), "s", market="us")
    assert smart.encoding == "GSM-7"
    assert "\u2014" not in smart.text and "\u2019" not in smart.text
    originals = {old for _, old, _ in smart.report.replacements}
    assert originals == {"\u2014", "\u2019"}
    assert "LEN003" not in smart.report.rules


def _overdue_early(policy: str, lender_name: str, smart: bool) -> ds.Message:
    """The shipped overdue_early (variants full, short) for a lender with this name."""
    market = {"in": ("+919812345678", "hi_IN", "INR", "1800 123 4567", "UPI")}.get(
        policy, ("+12025550123", "en_US", "USD", "+1 800 555 0100", "Acme App")
    )
    phone, locale, currency, hotline, label = market
    return Composer(policy, smart_encoding=smart).preview(
        "overdue_early",
        borrower=ds.Borrower(name="Ravi Kumar", phone=phone, locale=locale),
        loan=ds.Loan(
            loan_id="L-1", currency=currency, amount_due="1234", due_date=date(2026, 12, 5)
        ),
        lender=ds.Lender(
            name=lender_name,
            sms_signature="Acme",
            hotline=hotline,
            payment_channels=[ds.PaymentChannel(kind="app", label=label)],
        ),
        as_of=AS_OF,
    )


def test_smart_encoding_judges_variants_on_the_text_sent_when_it_lengthens() -> None:
    # "…" becomes "..." and the text stays UCS-2: the full variant fits the budget of 3
    # before smart encoding and needs 4 parts after it.
    name = "Acme Financexxxxxxxxxxx\u2026"
    plain = _overdue_early("in", name, smart=False)
    budget = ds.load_policy("in").billing.segment_budget
    assert (plain.variant, plain.encoding, plain.segments) == ("full", "UCS-2", budget)
    assert ds.segments(ds.smart_encode(plain.text)[0]).segments > budget
    smart = _overdue_early("in", name, smart=True)
    assert smart.variant == "short"
    assert smart.segments <= budget
    assert "LEN001" not in smart.report.rules
    sent = ds.segments(smart.text)
    assert (smart.encoding, smart.units, smart.parts) == (sent.encoding, sent.units, sent.parts)
    assert [old for _, old, _ in smart.report.replacements] == ["\u2026"]


def test_smart_encoding_judges_variants_on_the_text_sent_when_it_becomes_gsm() -> None:
    # Curly quotes make the full variant UCS-2 and over budget; smart-encoded it is GSM-7
    # and fits, so it is the one sent.
    name = "Acme \u201cCredit\u201d"
    plain = _overdue_early("us", name, smart=False)
    assert (plain.variant, plain.encoding) == ("short", "UCS-2")
    smart = _overdue_early("us", name, smart=True)
    budget = ds.load_policy("us").billing.segment_budget
    assert (smart.variant, smart.encoding) == ("full", "GSM-7")
    assert 1 < smart.segments <= budget
    assert smart.segments == ds.segments(smart.text).segments
    assert 'Acme "Credit"' in smart.text


def test_smart_encoding_never_touches_chinese() -> None:
    plain = _compose(Composer("cn"), "overdue")
    smart = _compose(Composer("cn", smart_encoding=True), "overdue")
    assert smart.text == plain.text
    assert smart.report.replacements == ()


def test_template_suppressions_used_unused_and_refused(tmp_path: Path) -> None:
    meta = (
        '[[suppress]]\nrule = "INV002"\nreason = "the gateway inserts a joiner we cannot remove"\n'
        '[[suppress]]\nrule = "TON003"\nreason = "brand name is written in capitals"\n'
        '[[suppress]]\nrule = "PII001"\nreason = "we want to show the number"\n'
    )
    lib = _library(tmp_path, {"zh_CN/z.j2": CN_BODY + "\u200b", "zh_CN/z.toml": meta})
    msg = Composer("cn", templates=lib).preview(
        "z", borrower=sample_borrower(), loan=sample_loan(), lender=sample_lender(), as_of=AS_OF
    )
    used = {s.rule: s.used for s in msg.report.suppressed}
    assert used == {"INV002": True, "TON003": False, "PII001": False}
    assert "INV002" not in msg.report.rules
    assert "TPL002" in msg.report.rules  # TON003 suppressed but never fired
    refused = [f for f in msg.report.findings if f.rule == "TPL003"]
    assert refused and refused[0].severity == "error"
    assert not msg.ok


def test_compliance_error_carries_the_refused_message(tmp_path: Path) -> None:
    lib = _library(tmp_path, {"zh_CN/x.j2": CN_BODY + "\u202e"})
    composer = Composer("cn", templates=lib)
    with pytest.raises(ds.ComplianceError) as info:
        _compose(composer, "x")
    refused = info.value.preview
    assert refused is not None and not refused.ok
    assert refused.report == info.value.report
    assert (
        refused.text
        == composer.preview(
            "x", borrower=sample_borrower(), loan=sample_loan(), lender=sample_lender(), as_of=AS_OF
        ).text
    )


# --- stage templates on days that do not fit the loan (TPL004, TPL005) ----------------------
# The sample loan is due on 2026-12-05.


def test_overdue_template_on_the_due_date_is_refused() -> None:
    with pytest.raises(ds.ComplianceError) as refused:
        _compose(Composer("cn"), "overdue", as_of=date(2026, 12, 5))
    assert refused.value.rule == "TPL004"
    finding = refused.value.report.by_rule("TPL004")[0]
    assert finding.data["actual"] == "due_today"
    assert "2026-12-05" in finding.message


def test_overdue_template_before_the_due_date_is_refused() -> None:
    with pytest.raises(ds.ComplianceError) as refused:
        _compose(Composer("cn"), "overdue_early", as_of=date(2026, 11, 20))
    assert refused.value.rule == "TPL004"
    assert refused.value.report.by_rule("TPL004")[0].data["days_from_due"] == "-15"


@pytest.mark.parametrize(
    ("key", "as_of"),
    [("upcoming", date(2026, 12, 5)), ("upcoming", date(2026, 12, 20)), ("due_today", AS_OF)],
)
def test_pre_due_templates_on_the_wrong_day_are_refused(key: str, as_of: date) -> None:
    with pytest.raises(ds.ComplianceError) as refused:
        _compose(Composer("us"), key, market="us", as_of=as_of)
    assert "TPL004" in refused.value.report.rules


def test_generic_overdue_key_picks_the_band_and_passes() -> None:
    msg = _compose(Composer("cn"), "overdue", as_of=date(2026, 12, 15))
    assert msg.stage == "overdue_early"
    assert not {"TPL004", "TPL005"} & set(msg.report.rules)


def test_overdue_template_of_another_band_is_a_warning() -> None:
    msg = _compose(Composer("cn"), "overdue_late", as_of=date(2026, 12, 10))
    assert msg.ok  # still sendable: the borrower is overdue, only the band is off
    (finding,) = msg.report.by_rule("TPL005")
    assert finding.severity == "warning"
    assert (finding.data["stage"], finding.data["actual"]) == ("overdue_late", "overdue_early")


def test_event_stages_are_not_dated() -> None:
    for as_of in (date(2026, 11, 1), date(2026, 12, 5), date(2027, 3, 1)):
        msg = Composer("cn").preview(
            "payment_received",
            borrower=sample_borrower("cn"),
            loan=sample_loan("cn"),
            lender=sample_lender("cn"),
            as_of=as_of,
        )
        assert not {"TPL004", "TPL005"} & set(msg.report.rules)


def _us_stages_at(phone: str, now: datetime) -> dict[str, bool]:
    """Whether overdue and due_today fit the day (no TPL004) for ``phone`` at ``now``, the
    loan due on 2026-06-05."""
    borrower = ds.Borrower(name="A B", phone=phone, locale="en_US")
    loan = ds.Loan(loan_id="L-1", currency="USD", amount_due="120", due_date=date(2026, 6, 5))
    kwargs = {"borrower": borrower, "loan": loan, "lender": sample_lender("us"), "now": now}
    composer = Composer("us")
    return {
        key: "TPL004" not in composer.preview(key, **kwargs).report.rules
        for key in ("overdue", "due_today")
    }


def test_the_stage_is_judged_on_the_borrowers_date_not_the_policy_zones() -> None:
    # 19:00 in Honolulu on the due date is already the next day in New York.
    honolulu = datetime(2026, 6, 5, 19, 0, tzinfo=ZoneInfo("Pacific/Honolulu"))
    assert _us_stages_at("+18085550123", honolulu) == {"overdue": False, "due_today": True}
    # 09:00 in Guam the day after the due date is still the due date in New York.
    guam = datetime(2026, 6, 6, 9, 0, tzinfo=ZoneInfo("Pacific/Guam"))
    assert _us_stages_at("+16716460123", guam) == {"overdue": True, "due_today": False}


def test_a_borrower_in_two_zones_is_judged_on_the_earlier_date() -> None:
    # Area code 219 is in Chicago and New York: 23:30 Chicago is already tomorrow in New York.
    # The message may not call the debt overdue until it is so in both.
    late = datetime(2026, 6, 5, 23, 30, tzinfo=ZoneInfo("America/Chicago"))
    assert _us_stages_at("+12195550123", late) == {"overdue": False, "due_today": True}
    msg = Composer("us").preview(
        "overdue",
        borrower=ds.Borrower(name="A B", phone="+12195550123", locale="en_US"),
        loan=ds.Loan(loan_id="L-1", currency="USD", amount_due="120", due_date=date(2026, 6, 4)),
        lender=sample_lender("us"),
        now=late,
    )
    assert "1 day overdue" in msg.text


def test_batch_row_with_a_stage_that_does_not_fit_is_refused_not_dropped() -> None:
    row = {
        "borrower": sample_borrower("cn").model_dump(),
        "loan": sample_loan("cn").model_dump(),
        "lender": sample_lender("cn").model_dump(),
        "template": "due_today",
    }
    fits, early = (
        ds.compose_many([row, row], policy="cn", as_of=date(2026, 12, 5)),
        ds.compose_many([row], policy="cn", as_of=date(2026, 11, 1)),
    )
    assert all(r.ok for r in fits)
    (result,) = list(early)
    assert not result.ok
    assert result.message is not None and "TPL004" in result.message.report.rules


def test_check_refuses_a_text_far_longer_than_any_sms() -> None:
    """Proximity pairs cost the square of the text: a megabyte 'message' is refused, typed."""
    from dunning_sms._compose import MAX_CHECK_CHARS

    assert check("a" * MAX_CHECK_CHARS, policy="us").policy == "us"
    with pytest.raises(ds.InputError, match="at most 10,000") as refused:
        check("call your family " * 1000, policy="us")
    assert refused.value.field == "text"


@pytest.mark.parametrize("code", [0xD800, 0xDBFF, 0xDC00, 0xDFFF], ids=hex)
def test_check_names_a_lone_surrogate_instead_of_failing_every_family(code: int) -> None:
    """A surrogate code point on its own (a bad decode) is no character: before, four rule
    families crashed on it and the text was refused by their fail-closed findings; now the
    caller is told what is wrong and where. Astral characters, one code point each, pass."""
    text = f"Please pay {chr(code)} today. Thank you."
    with pytest.raises(ds.InputError, match=r"lone surrogate .* at offset 11") as refused:
        check(text, policy="us")
    assert refused.value.field == "text"
    assert not [
        f for f in check("Please pay 😀 today.", policy="us").findings if "failed" in f.message
    ]


# A contact with the borrower's sister that the text says the borrower authorised in writing,
# limited to one purpose.
AUTHORISED_BODY = US_BODY.replace(
    "Hello, ",
    "Hello, as per your written authorization, we will contact your sister only to confirm "
    "your new payment date. ",
)


def test_a_claimed_authorisation_holds_only_when_the_borrower_record_has_one(
    tmp_path: Path,
) -> None:
    composer = Composer("us", templates=_library(tmp_path, {"en_US/auth.j2": AUTHORISED_BODY}))
    on_record = sample_borrower("us", third_party_contact_authorised=True)
    sent = _compose(composer, "auth", market="us", borrower=on_record)
    assert sent.ok, sent.report
    (kept,) = [f for f in sent.report.findings if f.rule == "WAUT002"]
    assert kept.severity == "info"
    assert sent.text[kept.start : kept.end] == "contact your sister"
    assert kept.data["contact_rule"] == "WEN005"

    with pytest.raises(ds.ComplianceError) as info:
        _compose(composer, "auth", market="us")  # the sample borrower authorised nothing
    assert "WEN005" in info.value.report.rules
    assert not {"WAUT001", "WAUT002"} & set(info.value.report.rules)


def test_a_template_mentions_the_authorised_contact_only_when_on_record(tmp_path: Path) -> None:
    body = (
        "{% if borrower.third_party_contact_authorised %}"
        + AUTHORISED_BODY
        + "{% else %}"
        + US_BODY
        + "{% endif %}"
    )
    composer = Composer("us", templates=_library(tmp_path, {"en_US/branch.j2": body}))
    on_record = sample_borrower("us", third_party_contact_authorised=True)
    told = _compose(composer, "branch", market="us", borrower=on_record)
    plain = _compose(composer, "branch", market="us")
    assert "your sister" in told.text and "WAUT002" in told.report.rules
    assert "your sister" not in plain.text and plain.ok


def test_free_text_sends_a_claimed_authorisation_for_review() -> None:
    text = (
        "As per your written authorization, we will contact your sister only to confirm your "
        "new payment date. Thank you."
    )
    report = check(text, policy="us")
    (claimed,) = [f for f in report.findings if f.category == "third_party_disclosure_or_contact"]
    assert (claimed.rule, claimed.severity) == ("WAUT001", "warning")
    # A debt told to the person is no purpose an authorisation covers: still refused.
    told = check(text.replace("new payment date", "debt of $740"), policy="us")
    assert "WEN005" in told.rules and "WAUT001" not in told.rules


def test_the_authorisation_flag_is_read_from_flat_csv_rows() -> None:
    from dunning_sms._rows import row_from_mapping

    row = {
        "name": "Dana Reed",
        "phone": "+14155552671",
        "locale": "en_US",
        "loan_id": "L-1",
        "currency": "USD",
        "amount_due": "250.00",
        "due_date": "2026-12-05",
    }
    lender = sample_lender("us")
    default = row_from_mapping(row, line=1, lender=lender)
    assert default.borrower.third_party_contact_authorised is False
    flagged = {**row, "third_party_contact_authorised": "true"}
    on_record = row_from_mapping(flagged, line=2, lender=lender)
    assert on_record.borrower.third_party_contact_authorised is True
    with pytest.raises(ds.InputError, match="third_party_contact_authorised") as info:
        row_from_mapping({**row, "third_party_contact_authorised": "maybe"}, line=3, lender=lender)
    assert info.value.line == 3


@pytest.mark.parametrize(
    ("facts", "rule", "severity"),
    [
        ({}, "WAUT001", "warning"),
        ({"contact_authorised": True}, "WAUT002", "info"),
        ({"contact_authorised": False}, "WEN005", "error"),
    ],
)
def test_free_text_check_takes_what_the_caller_knows_of_the_record(
    facts: dict[str, bool], rule: str, severity: str
) -> None:
    text = (
        "As per your written authorization, we will contact your sister only to confirm your "
        "new payment date. Thank you."
    )
    for report in (
        check(text, policy="us", **facts),  # type: ignore[arg-type]
        Composer("us").check(text, **facts),  # type: ignore[arg-type]
    ):
        (contact,) = [
            f for f in report.findings if f.category == "third_party_disclosure_or_contact"
        ]
        assert (contact.rule, contact.severity) == (rule, severity)
    (row,) = ds.check_frame([text], policy="us", **facts)  # type: ignore[arg-type]
    assert rule in row["rules"]


def test_free_text_check_takes_the_loans_legal_intention() -> None:
    text = "Your account is overdue. Legal action may follow if it stays unpaid."
    severities = {
        intended: [f.severity for f in check(text, policy="us", legal_action_intended=intended)
                   .findings if f.category == "false_legal_action"]
        for intended in (None, True, False)
    }  # fmt: skip
    assert severities == {None: ["warning"], True: ["info"], False: ["error"]}


@pytest.mark.parametrize("name", ["contact_authorised", "legal_action_intended"])
def test_a_fact_that_is_not_a_bool_is_an_input_error(name: str) -> None:
    with pytest.raises(ds.InputError, match=name) as info:
        check("Please pay by Friday. Thank you.", policy="us", **{name: "no"})  # type: ignore[arg-type]
    assert info.value.field == name
    with pytest.raises(ds.InputError, match=name):
        ds.check_frame(["Please pay."], policy="us", **{name: 1})  # type: ignore[arg-type]


def test_models_of_the_wrong_type_are_input_errors_naming_the_argument() -> None:
    # A dict where a model belongs (the JSON a backend holds) is named, not an AttributeError.
    composer = Composer("cn")
    given = {
        "borrower": sample_borrower("cn"),
        "loan": sample_loan("cn"),
        "lender": sample_lender("cn"),
    }
    for name, model in given.items():
        wrong = {**given, name: model.model_dump()}
        with pytest.raises(ds.InputError, match="model_validate") as info:
            composer.compose("overdue", as_of=AS_OF, **wrong)  # type: ignore[arg-type]
        assert info.value.field == name
        with pytest.raises(ds.InputError):
            composer.preview("overdue", as_of=AS_OF, **wrong)  # type: ignore[arg-type]
    with pytest.raises(ds.InputError, match="ContactLog") as info:
        composer.compose("overdue", as_of=AS_OF, history="contacts.sqlite", **given)  # type: ignore[arg-type]
    assert info.value.field == "history"


@pytest.mark.parametrize("locale", [123, ["zh_CN"]])
def test_a_locale_that_is_not_text_is_an_input_error(locale: object) -> None:
    with pytest.raises(ds.InputError, match="locale"):
        check("您好", policy="cn", locale=locale)  # type: ignore[arg-type]
    with pytest.raises(ds.InputError, match="locale"):
        _compose(Composer("cn"), "overdue", locale=locale)


@pytest.mark.parametrize("policy", [None, 123, "", "  "])
def test_a_policy_that_is_no_name_path_or_policy_is_a_policy_error(policy: object) -> None:
    with pytest.raises(ds.PolicyError, match="policy"):
        check("您好", policy=policy)  # type: ignore[arg-type]
    with pytest.raises(ds.PolicyError, match="policy"):
        Composer(policy)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("{{ loan.promised_date|date }}", "date"),  # Babel formats None as today's date
        ("{{ loan.promised_date }}", "None"),  # printed as the word None
        ("{{ '2026-01-01'|date }}", "date"),  # AssertionError from Babel
        # Jinja folds 'nan'|float into code that raises NameError.
        ("{% set x = 'nan'|float %}{{ x|money }}", "template failed"),
        ("{{ loan.amount_due|money('XYZ') }}", "XYZ"),  # an unknown currency printed as is
        ("{{ 'x'|days }}", "days"),
        ("{{ 3.7|days }}", "days"),  # int() would make it 3 days
        ("{{ lender.hotline|phone('e164') }}", "phone"),  # formatted national, as if asked
        ("{{ 'x'|attr('format') }}", "function"),  # the repr of a method
        ("{{ lender.channels|groupby('nope') }}", "list"),  # [(Undefined, [...])]
    ],
)
def test_a_filter_or_a_missing_value_fails_the_render_not_the_message(
    tmp_path: Path, body: str, says: str
) -> None:
    lib = _library(tmp_path, {"zh_CN/t.j2": "【安心借】您好，" + body + "，客服400-123-4567。"})
    with pytest.raises(ds.TemplateError, match=says):
        _compose(Composer("cn", templates=lib), "t")


def test_a_refusal_names_its_error_rules_only(tmp_path: Path) -> None:
    body = "【安心借】你好，再不还钱就通知你的家人，客服400-123-4567，请通过安心借App还款。"
    lib = _library(tmp_path, {"zh_CN/t.j2": body})
    with pytest.raises(ds.ComplianceError) as info:
        _compose(Composer("cn", templates=lib), "t")
    report = info.value.report
    errors = {f.rule for f in report.findings if f.severity == "error"}
    others = {f.rule for f in report.findings if f.severity != "error"} - errors
    assert others, "the text should also draw a warning (TON002, 你)"
    named = str(info.value).split(": ", 2)[-1].split(" (")[0]
    assert set(named.split(", ")) == errors
