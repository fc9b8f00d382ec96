"""Junk fed to the public API: every wrong input is a typed error that names what was wrong.

In the manner of python-stdnum's sweep, each case calls one entry point with input a user
could plausibly pass by mistake; none may escape as a bare TypeError, KeyError,
AttributeError or UnicodeError, and none may be accepted silently.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

import dunning_sms as ds
from dunning_sms._cli import main

REMINDER = "Hi Maria, your payment of $120.00 is due on Dec 5. Pay in the app. Thank you."

CASES: list[tuple[str, Callable[[], Any], str]] = [
    ("segments of None", lambda: ds.segments(None), "str"),  # type: ignore[arg-type]
    ("segments of a lone surrogate", lambda: ds.segments("a\ud800"), "surrogate"),
    ("segments billing", lambda: ds.segments("hi", billing="foo"), "billing"),  # type: ignore[arg-type]
    ("evaluate counted None", lambda: ds.evaluate([{"text": "x", "label": "violation"}],
                                                  policy="us", counted=None), "counted"),  # type: ignore[arg-type]
    ("meets with text", lambda: ds.evaluate([{"text": REMINDER, "label": "compliant"}],
                                            policy="us").meets(recall="0.9"), "recall"),  # type: ignore[arg-type]
]  # fmt: skip


@pytest.mark.parametrize(("what", "call", "says"), CASES, ids=[c[0] for c in CASES])
def test_wrong_input_is_a_typed_error_naming_it(
    what: str, call: Callable[[], Any], says: str
) -> None:
    with pytest.raises((ds.DunningError, ValidationError)) as info:
        call()
    assert says in str(info.value), what


def test_one_category_name_is_counted_as_one_not_as_its_letters() -> None:
    rows = [{"text": "Pay now or the police will arrest you.", "label": "violation"}]
    one = ds.evaluate(rows, policy="us", counted="threat_arrest_or_criminal")
    listed = ds.evaluate(rows, policy="us", counted=["threat_arrest_or_criminal"])
    assert one.counted == listed.counted


def test_a_csv_category_cell_may_hold_a_json_list(tmp_path: Path) -> None:
    # The evaluate cookbook says a JSON list or names joined by ";", in any file.
    path = tmp_path / "rows.csv"
    path.write_text(
        'text,label,policy,categories\n"Pay now or we tell your boss.",violation,us,'
        '"[""third_party_disclosure_or_contact"", ""public_shaming""]"\n',
        encoding="utf-8",
    )
    out = io.StringIO()
    assert main(["evaluate", str(path), "--format", "json"], out=out) == 0
    (verdict,) = json.loads(out.getvalue())["verdicts"]
    assert verdict["categories"] == ["third_party_disclosure_or_contact", "public_shaming"]


def test_a_tsv_file_is_read_as_tab_separated(tmp_path: Path) -> None:
    path = tmp_path / "rows.tsv"
    path.write_text(f"text\tlabel\tpolicy\n{REMINDER}\tcompliant\tus\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["evaluate", str(path), "--format", "json"], out=out) == 0
    assert json.loads(out.getvalue())["overall"]["compliant"] == 1


def test_summarize_counts_a_batch_error_record_apart_from_messages(tmp_path: Path) -> None:
    error = {"index": 0, "line": 3, "ok": False, "error": "bad", "error_type": "InputError"}
    summary = ds.summarize([error])
    assert (summary.messages, summary.ok, summary.errors) == (0, 0, 1)


def test_cli_date_and_lender_errors_name_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("name,phone\n", encoding="utf-8")
    assert main(["compose", str(rows), "--template", "overdue", "--as-of", "12/08/2026"]) == 2
    assert "--as-of" in capsys.readouterr().err
    lender = tmp_path / "lender.json"
    lender.write_text('{"name": "X", "hotline": "call us"}', encoding="utf-8")
    assert main(["check", "hello", "--policy", "us", "--lender", str(lender)]) == 2
    err = capsys.readouterr().err
    assert "line 0" not in err and "lender" in err


@pytest.mark.parametrize("path", [None, "", 12])
def test_a_contact_log_needs_a_path(path: object) -> None:
    with pytest.raises(ds.InputError, match="SQLite"):
        ds.SQLiteContactLog(path)  # type: ignore[arg-type]


def test_compose_frame_lender_must_be_a_lender_or_its_fields() -> None:
    with pytest.raises(ds.InputError, match="mapping") as info:
        ds.compose_frame([], template="overdue", policy="cn", lender="lender.json")  # type: ignore[arg-type]
    assert info.value.field == "lender"
    with pytest.raises(ds.InputError) as bad:
        ds.compose_frame([], template="overdue", policy="cn", lender={"name": "X", "hotline": "x"})
    assert bad.value.field == "hotline"


def test_a_pretty_printed_json_document_is_told_from_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([{"text": REMINDER, "label": "compliant"}], indent=2), "utf-8")
    assert main(["evaluate", str(path), "--policy", "us"]) == 2
    assert "one row object per line" in capsys.readouterr().err


def test_rules_with_an_empty_policy_is_an_error_not_every_rule(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["rules", "--policy", ""]) == 2
    assert "policy" in capsys.readouterr().err


def test_a_time_at_the_end_of_the_calendar_is_an_input_error() -> None:
    from datetime import UTC, datetime

    borrower = ds.Borrower(name="张三", phone="13812345678", locale="zh_CN")
    late = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)  # 07:00 in Shanghai: outside the hours
    with pytest.raises(ds.InputError, match="9999"):
        ds.next_allowed_time(borrower, late, "cn")


@pytest.mark.parametrize("key", ["polcy", "catgory", "langauge", "categries"])
def test_evaluate_names_a_misspelt_column_instead_of_ignoring_it(key: str) -> None:
    # Other columns (a source, a note) are the user's own and pass; a near miss of a column
    # evaluate reads would silently fall back to a default.
    row = {"text": REMINDER, "label": "compliant", key: "x", "source": "our archive"}
    with pytest.raises(ds.InputError, match="did you mean") as info:
        ds.evaluate([row], policy="us")
    assert info.value.field == key
    assert ds.evaluate([{"text": REMINDER, "label": "compliant", "source": "x"}], policy="us")


def test_a_column_beside_the_one_it_resembles_is_the_users_own() -> None:
    row = {"text": REMINDER, "text2": "a translation", "label": "compliant"}
    assert ds.evaluate([row], policy="us").overall.compliant == 1


def test_a_report_read_back_must_fit_its_schema() -> None:
    report = ds.check("Pay today or the police will come to your house.", policy="us")
    good = report.to_dict()
    assert ds.Report.from_dict(good) == report
    finding = good["findings"][0]
    bad_cases = [
        {**good, "version": 2},
        {**good, "findings": [{k: v for k, v in finding.items() if k != "category"}]},
        {**good, "findings": [{**finding, "category": "nope"}]},
        {**good, "findings": [{**finding, "start": 3.9}]},
        {**good, "findings": [{**finding, "data": {"a": None}}]},
        {**good, "suppressed": [{"rule": "X"}]},
    ]
    for bad in bad_cases:
        with pytest.raises(ds.InputError):
            ds.Report.from_dict(bad)


def test_contact_log_timeout_and_an_in_memory_copy() -> None:
    import pickle

    with pytest.raises(ds.InputError, match="timeout"):
        ds.SQLiteContactLog(":memory:", timeout="5")  # type: ignore[arg-type]
    log = ds.SQLiteContactLog(":memory:")
    with pytest.raises(ds.InputError, match="in-memory"):
        pickle.dumps(log)
