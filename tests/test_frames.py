"""compose_frame / check_frame / summarize, with pandas and with plain lists."""

from __future__ import annotations

import builtins
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dunning_sms._compose import Composer, check
from dunning_sms._errors import InputError
from dunning_sms._evaluate import evaluate
from dunning_sms._frames import Summary, check_frame, compose_frame, summarize
from dunning_sms._models import Borrower, Lender, Loan
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo.jsonl"
AS_OF = date(2026, 12, 8)


def _demo_rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines() if line]


def _flat_cn_rows() -> list[dict[str, Any]]:
    lender = sample_lender("cn")
    base = {
        "currency": "CNY",
        "due_date": "2026-12-05",
        "locale": "zh_CN",
        "lender_name": lender.name,
        "lender_signature": lender.signature,
        "lender_hotline": lender.hotline,
        "lender_payment_channels": [{"kind": "app", "label": "安心借App"}],
    }
    return [
        {**base, "name": "张三", "phone": "13812345678", "loan_id": "L-1", "amount_due": "100.00"},
        {**base, "name": "李四", "phone": "13912345678", "loan_id": "L-2", "amount_due": "2500"},
    ]


def test_compose_list_matches_composer_preview() -> None:
    rows = _demo_rows()
    out = compose_frame(rows, template="overdue", as_of=AS_OF)
    assert isinstance(out, list)
    assert len(out) == len(rows)
    # A row's policy column picks its composer, so each row comes out in its own locale.
    assert {r["locale"] for r in out} == {r["borrower"]["locale"] for r in rows}
    first = out[0]
    expected = Composer("cn").preview(
        "overdue",
        borrower=Borrower.model_validate(rows[0]["borrower"]),
        loan=Loan.model_validate(rows[0]["loan"]),
        lender=Lender.model_validate(rows[0]["lender"]),
        as_of=date.fromisoformat(rows[0]["as_of"]),
    )
    assert first["text"] == expected.text
    assert first["segments"] == expected.segments
    assert first["encoding"] == expected.encoding
    assert first["ok"] is expected.ok
    assert first["rules"] == list(expected.report.rules)
    assert set(first) >= {"text", "encoding", "segments", "ok", "rules", "findings"}


def test_check_list_reports_findings_as_dicts() -> None:
    texts = ["【安心借】您好，请致电13812345678", "hello"]
    out = check_frame(texts, policy="cn")
    assert [r["text"] for r in out] == texts
    for row, text in zip(out, texts, strict=True):
        report = check(text, policy="cn")
        assert row["ok"] is report.ok
        assert row["rules"] == list(report.rules)
        assert row["findings"] == [f.to_dict() for f in report.findings]
    assert out[0]["encoding"] == "UCS-2"


def test_check_rejects_non_text_rows() -> None:
    with pytest.raises(InputError, match="row 2 is int") as info:
        check_frame(["ok", 3], policy="cn")
    assert info.value.line == 2


def test_bad_row_names_its_line_and_field() -> None:
    rows = _flat_cn_rows()
    rows[1]["currency"] = "XYZ"
    with pytest.raises(InputError) as info:
        compose_frame(rows, template="overdue", policy="cn", as_of=AS_OF)
    assert info.value.line == 2
    assert info.value.field == "currency"


def test_not_a_table_is_an_input_error() -> None:
    with pytest.raises(InputError, match="DataFrame or a list"):
        compose_frame("rows.csv", template="overdue")


def test_check_frame_refuses_a_dataframe_instead_of_reading_its_column_names() -> None:
    pd = pytest.importorskip("pandas")
    with pytest.raises(InputError, match="a Series"):
        check_frame(pd.DataFrame({"text": ["再不还钱就上门"]}), policy="cn")


def test_a_table_with_a_column_twice_is_refused_naming_it() -> None:
    pd = pytest.importorskip("pandas")
    rows = _flat_cn_rows()
    frame = pd.DataFrame(rows)
    frame = pd.concat([frame, frame[["amount_due"]]], axis=1)  # amount_due twice
    with pytest.raises(InputError, match="amount_due") as info:
        compose_frame(frame, template="overdue", policy="cn", as_of=AS_OF)
    assert info.value.field == "amount_due"
    labelled = pd.DataFrame([["Pay now.", "violation", "us", "cn"]])
    labelled.columns = ["text", "label", "policy", "policy"]
    with pytest.raises(InputError, match="policy"):
        evaluate(labelled)


def test_summarize_counts_rules_templates_locales_and_segments() -> None:
    x_err, y_warn = {"rule": "X001", "severity": "error"}, {"rule": "Y001", "severity": "warning"}
    rows = [
        {"template": "a", "locale": "zh_CN", "ok": False, "segments": 1,
         "findings": [x_err, y_warn]},
        {"template": "a", "locale": "en_US", "ok": True, "segments": 2,
         "findings": [y_warn]},
        {"template": "b", "locale": "zh_CN", "ok": True, "segments": 2, "findings": []},
    ]  # fmt: skip
    s = summarize(rows)
    assert (s.messages, s.ok, s.refused) == (3, 2, 1)
    assert s.by_rule == {"Y001": 2, "X001": 1}
    assert s.by_template == {"a": 3}
    assert s.by_locale == {"zh_CN": 2, "en_US": 1}
    assert s.by_severity == {"warning": 2, "error": 1}
    assert s.segments == {1: 1, 2: 2}
    assert s.findings[("Y001", "a", "zh_CN")] == 1
    data = s.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["segments"] == {"1": 1, "2": 2}
    assert "3 messages, 1 refused" in repr(s)


def test_summarize_messages_and_free_text() -> None:
    composer = Composer("cn")
    msgs = [
        composer.preview(
            "overdue",
            borrower=sample_borrower("cn"),
            loan=sample_loan("cn"),
            lender=sample_lender("cn"),
            as_of=AS_OF,
        )
    ]
    s = summarize(msgs)
    assert s.messages == 1
    assert s.segments == {msgs[0].segments: 1}
    checked = summarize(check_frame(["no signature here 13812345678"], policy="cn"))
    assert checked.refused == 1
    assert set(checked.by_template) == {"(free text)"}


def test_summarize_rejects_other_items() -> None:
    with pytest.raises(InputError, match="summarize takes"):
        summarize([1, 2])


@pytest.fixture
def no_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "pandas", raising=False)
    monkeypatch.setattr(builtins, "__import__", fake_import)


@pytest.mark.usefixtures("no_pandas")
def test_lists_work_without_pandas_and_frames_name_the_extra() -> None:
    assert compose_frame(_flat_cn_rows(), template="overdue", policy="cn", as_of=AS_OF)
    assert check_frame(["hello"], policy="cn")
    with pytest.raises(ImportError, match=r"dunning-sms\[pandas\]"):
        Summary().to_frame()


class TestPandas:
    @pytest.fixture(autouse=True)
    def _pandas(self) -> None:
        self.pd = pytest.importorskip("pandas")

    def test_compose_frame_keeps_index_and_reads_pandas_cells(self) -> None:
        df = self.pd.DataFrame(_flat_cn_rows(), index=["a", "b"])
        df["due_date"] = self.pd.to_datetime(df["due_date"])
        df["amount_due"] = [100.0, 2500.0]
        df["email"] = [None, float("nan")]
        out = compose_frame(df, template="overdue", policy="cn", as_of=AS_OF)
        assert list(out.index) == ["a", "b"]
        assert list(out.columns[:5]) == ["loan_id", "template", "locale", "variant", "text"]
        assert out.loc["a", "loan_id"] == "L-1"
        assert "100.00元" in out.loc["a", "text"]
        assert "2,500.00元" in out.loc["b", "text"]
        assert bool(out.loc["a", "ok"]) is True
        as_list = compose_frame(_flat_cn_rows(), template="overdue", policy="cn", as_of=AS_OF)
        assert list(out["text"]) == [r["text"] for r in as_list]

    def test_check_frame_series(self) -> None:
        series = self.pd.Series(["hello", "【安心借】您好"], index=[10, 20])
        out = check_frame(series, policy="cn")
        assert list(out.index) == [10, 20]
        assert list(out["text"]) == ["hello", "【安心借】您好"]
        assert out.loc[10, "rules"] == list(check("hello", policy="cn").rules)

    def test_summary_frames(self) -> None:
        s = summarize(check_frame(self.pd.Series(["hello", "hi there"]), policy="cn"))
        frame = s.to_frame()
        assert list(frame.columns) == ["rule", "template", "locale", "count"]
        assert int(frame["count"].sum()) == sum(s.by_rule.values())
        seg = s.to_frame("segments")
        assert seg.to_dict("records") == [{"segments": 1, "messages": 2}]
        with pytest.raises(ValueError, match="kind"):
            s.to_frame("other")
        assert summarize(check_frame(self.pd.Series(["hello"]))).messages == 1


def test_plot_needs_matplotlib() -> None:
    plt = pytest.importorskip("matplotlib.pyplot", reason="matplotlib is optional")
    import matplotlib

    matplotlib.use("Agg")
    fig = summarize(check_frame(["hello", "hi"], policy="cn")).plot()
    assert len(fig.axes) == 2
    assert fig.axes[1].get_title() == "messages by segments"
    plt.close(fig)


def test_check_frame_names_the_row_of_a_text_too_long_to_check() -> None:
    with pytest.raises(InputError) as refused:
        check_frame(["hello", "x" * 10_001], policy="us")
    assert (refused.value.line, refused.value.field) == (2, "text")
    assert "at most 10,000" in refused.value.message
