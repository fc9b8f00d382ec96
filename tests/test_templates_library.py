"""The shipped library: every stage in every locale composes clean for every fixture."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from dunning_sms import Composer
from dunning_sms._errors import TemplateSyntaxError
from dunning_sms._lint import MARKET_OF_LOCALE, render_gallery
from dunning_sms._rows import Row, row_from_mapping
from dunning_sms._segments import segments
from dunning_sms._stages import STAGES, as_of_for_stage, overdue_stage, stage_for
from dunning_sms._templates import TemplateLibrary
from dunning_sms.testing import sample_lender, sample_loan

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
FIXTURES = ROOT / "data" / "fixtures"
LOCALES = (
    "zh_CN", "en_US", "en_GB", "en_IN", "en_PH", "en_KE", "en_NG",
    "fil_PH", "id_ID", "sw_KE", "hi_IN",
)  # fmt: skip
MARKETS = ("cn", "us", "uk", "in", "ph", "id", "ke", "ng")
LATIN = {loc for loc in LOCALES if loc.split("_")[0] not in ("zh", "hi")}
_COMPOSERS: dict[str, Composer] = {}


def _rows(market: str) -> list[Row]:
    lines = (FIXTURES / f"{market}.jsonl").read_text("utf-8").splitlines()
    return [row_from_mapping(json.loads(text), line=n) for n, text in enumerate(lines, 1)]


def _composer(market: str) -> Composer:
    if market not in _COMPOSERS:
        _COMPOSERS[market] = Composer(market, templates=TEMPLATES)
    return _COMPOSERS[market]


def test_every_stage_exists_in_every_locale_with_full_and_short() -> None:
    library = TemplateLibrary(TEMPLATES)
    for locale in LOCALES:
        for stage in STAGES:
            source = library.sources[(locale, stage)]
            assert source.meta.variants == ("full", "short")
            assert source.meta.stage == stage
            assert source.meta.markets == (MARKET_OF_LOCALE[locale],)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_stage_composes_clean_for_every_fixture(locale: str) -> None:
    market = MARKET_OF_LOCALE[locale]
    composer = _composer(market)
    for stage in STAGES:
        for row in _rows(market):
            as_of = as_of_for_stage(stage, row.loan, row.as_of)
            msg = composer.preview(
                stage, borrower=row.borrower, loan=row.loan, lender=row.lender,
                as_of=as_of, locale=locale,
            )  # fmt: skip
            where = f"{locale}/{stage} {row.loan.loan_id}: {msg.text}"
            assert msg.ok, f"{where}\n{msg.report.findings}"
            assert not msg.report.warnings, f"{where}\n{msg.report.warnings}"
            assert msg.locale == locale and msg.stage == stage
            assert "{{" not in msg.text and "None" not in msg.text
            if locale in LATIN:
                assert msg.encoding == "GSM-7", where
            if market == "cn":
                assert msg.text.startswith("【") and msg.text.count("【") == 1
            if market == "us":
                assert "Reply STOP to opt out." in msg.text
                if row.lender.is_third_party_collector:
                    assert "This is a communication from a debt collector" in msg.text
            assert row.borrower.name not in msg.text


def test_short_variants_fit_one_segment_for_first_party_latin_text() -> None:
    counted = 0
    for locale in sorted(LATIN - {"en_US"}):
        market = MARKET_OF_LOCALE[locale]
        library = _composer(market).library
        row = _rows(market)[0]
        for stage in STAGES:
            from dunning_sms._compose import _build_views
            from dunning_sms._templates import RenderTrace

            source = library.sources[(locale, stage)]
            context = _build_views(
                borrower=row.borrower, loan=row.loan, lender=row.lender, locale=locale,
                as_of=as_of_for_stage(stage, row.loan, row.as_of), raw_allowed=(),
            )  # fmt: skip
            context["stage"] = stage
            text = library.render(source, "short", context, RenderTrace())
            assert segments(text).segments == 1, f"{locale}/{stage}: {len(text)} {text}"
            counted += 1
    assert counted == 8 * (len(LATIN) - 1)


def test_overdue_key_resolves_to_the_band_that_fits() -> None:
    composer = _composer("us")
    row = _rows("us")[0]
    bands = ((1, "overdue_early"), (30, "overdue_early"), (31, "overdue_mid"))
    bands += ((90, "overdue_mid"), (91, "overdue_late"), (400, "overdue_late"))
    for days, stage in bands:
        msg = composer.preview(
            "overdue", borrower=row.borrower, loan=row.loan, lender=row.lender,
            as_of=row.loan.due_date + timedelta(days=days),
        )  # fmt: skip
        assert msg.stage == stage and msg.template == "overdue"
        assert msg.ok


def test_stage_for_follows_the_calendar() -> None:
    loan = sample_loan("us", due_date=date(2026, 12, 5))
    assert stage_for(loan, date(2026, 12, 1)) == "upcoming"
    assert stage_for(loan, date(2026, 12, 5)) == "due_today"
    assert stage_for(loan, date(2026, 12, 6)) == "overdue_early"
    assert stage_for(loan, date(2027, 1, 4)) == "overdue_early"  # 30 days
    assert stage_for(loan, date(2027, 1, 5)) == "overdue_mid"  # 31 days
    assert stage_for(loan, date(2027, 3, 5)) == "overdue_mid"  # 90 days
    assert stage_for(loan, date(2027, 3, 6)) == "overdue_late"  # 91 days
    assert overdue_stage(0) == "overdue_early"
    for stage in ("upcoming", "due_today", "overdue_early", "overdue_mid", "overdue_late"):
        assert stage_for(loan, as_of_for_stage(stage, loan)) == stage


def _compose(locale: str, stage: str, **loan: object) -> str:
    market = MARKET_OF_LOCALE[locale]
    row = _rows(market)[0]
    new_loan = row.loan.model_copy(update=loan)
    msg = _composer(market).preview(
        stage, borrower=row.borrower, loan=new_loan, lender=row.lender,
        as_of=as_of_for_stage(stage, new_loan, row.as_of), locale=locale,
    )  # fmt: skip
    assert msg.ok, msg.report.findings
    return msg.text


def test_personalisation_branches() -> None:
    from decimal import Decimal

    first = _compose("en_GB", "overdue_early")
    repeat = _compose("en_GB", "overdue_early", reminder_count=2)
    assert "a follow-up" not in first and "a follow-up" in repeat
    partial = _compose("en_GB", "overdue_early", amount_paid=Decimal("20.00"))
    assert "£20.00 paid so far" in partial and "paid so far" not in first
    assert "in fees" not in first
    assert "(including £5.00 in fees)" in _compose("en_GB", "overdue_early", fees=Decimal("5.00"))
    assert "instalments" in _compose("en_GB", "overdue_mid", amount_due=Decimal("5000.00"))
    assert "instalments" not in _compose("en_GB", "overdue_mid")
    assert "legal" not in _compose("en_KE", "overdue_late")
    assert "legal steps" in _compose("en_KE", "overdue_late", legal_action_intended=True)
    assert "1 day overdue" in _compose("en_GB", "overdue_early", due_date=date(2026, 12, 5))
    assert "分期" in _compose("zh_CN", "overdue_mid", amount_due=Decimal("90000.00"))


def test_several_channels_are_listed_and_the_us_collector_notice_is_shown() -> None:
    composer = _composer("us")
    row = _rows("us")[0]
    lender = sample_lender("us", is_third_party_collector=True, creditor_name="Acme Bank")
    msg = composer.preview(
        "due_today", borrower=row.borrower, loan=row.loan, lender=lender, as_of=row.loan.due_date
    )
    assert "This is a communication from a debt collector about your Acme Bank account" in msg.text
    many = _rows("uk")[1]
    text = _compose_row("uk", "upcoming", many)
    assert "via the Thistle app, bank transfer or our phone line." in text


def _compose_row(market: str, stage: str, row: Row) -> str:
    msg = _composer(market).preview(
        stage, borrower=row.borrower, loan=row.loan, lender=row.lender,
        as_of=as_of_for_stage(stage, row.loan, row.as_of),
    )  # fmt: skip
    return msg.text


def test_fixtures_cover_what_the_library_branches_on() -> None:
    for market in MARKETS:
        rows = _rows(market)
        assert len(rows) >= 3
        assert any(len(r.lender.payment_channels) > 1 for r in rows), market
        assert any(r.loan.legal_action_intended for r in rows), market
        assert any(not r.loan.legal_action_intended for r in rows), market
        assert any(r.loan.fees == 0 for r in rows), market
        days = [r.loan.days_overdue(r.as_of) for r in rows if r.as_of]
        assert 1 in days and max(days) > 90, market
    assert any(r.lender.is_third_party_collector for r in _rows("us"))


def test_gallery_is_current() -> None:
    current = (ROOT / "docs" / "gallery.md").read_text("utf-8")
    assert current == render_gallery(TEMPLATES, FIXTURES), (
        "docs/gallery.md is stale: regenerate with "
        "python -c 'from dunning_sms._lint import render_gallery as r; "
        'open("docs/gallery.md", "w").write(r())\''
    )


@pytest.mark.parametrize(
    "meta",
    [
        "segment_budget = true",
        "version = [1]",
        "description = 5",
        '[[suppress]]\nrule = "TON003"\nreason = "   "',
        '[[suppress]]\nrule = "TON003"\nreason = "brand name in capitals"\nuntil = "2020-01-01"',
    ],
)
def test_metadata_is_not_coerced_or_trimmed_silently(tmp_path: Path, meta: str) -> None:
    folder = tmp_path / "zh_CN"
    folder.mkdir()
    (folder / "t.j2").write_text("【安心借】您好。", "utf-8")
    (folder / "t.toml").write_text(meta + "\n", "utf-8")
    with pytest.raises(TemplateSyntaxError):
        TemplateLibrary(tmp_path)
