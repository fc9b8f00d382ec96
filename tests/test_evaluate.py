"""evaluate(): the checker measured on labelled texts, from Python and from the CLI."""

from __future__ import annotations

import csv
import json
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dunning_sms import CATEGORIES, EvaluatedText, Evaluation, InputError, check, evaluate
from dunning_sms._cli import main
from dunning_sms._evaluate import VERDICT_COLUMNS

THREAT = "Pay today or we will call your employer and your family about this debt."
REMINDER = "Hi Maria, your payment of $120.00 is due on Dec 5. Pay in the app. Thank you."
ZH_THREAT = "再不还钱，我们就通知你的家人和单位领导。"
ZH_REMINDER = "【安心借】尊敬的客户，您的借款将于12月5日到期，请按时还款，谢谢。"
# A paraphrase with no pack phrase and no threat the model knows: a labelled miss.
MISS = "Good afternoon. Your account has a balance. We look forward to hearing from you."

ROWS = [
    {"text": THREAT, "label": "violation", "policy": "us", "lang": "en",
     "category": "third_party_disclosure_or_contact", "id": "a"},
    {"text": REMINDER, "label": "compliant", "policy": "us", "lang": "en"},
    {"text": ZH_THREAT, "label": "violation", "policy": "cn", "lang": "zh",
     "categories": ["third_party_disclosure_or_contact"]},
    {"text": ZH_REMINDER, "label": "lawful", "policy": "cn", "lang": "zh"},
    {"text": MISS, "label": "violation", "policy": "us", "lang": "en",
     "categories": "false_urgency_or_misleading"},
]  # fmt: skip


def test_each_row_is_checked_under_its_policy_and_counted() -> None:
    result = evaluate(ROWS)
    assert isinstance(result, Evaluation)
    flagged = [v.flagged for v in result.verdicts]
    assert flagged == [True, False, True, False, False]
    assert [v.line for v in result.verdicts] == [1, 2, 3, 4, 5]
    assert result.verdicts[0].id == "a" and result.verdicts[1].id is None
    assert result.verdicts[3].label == "compliant"  # "lawful" is its synonym
    o = result.overall
    assert (o.violations, o.flagged, o.compliant, o.compliant_flagged) == (3, 2, 2, 0)
    assert o.recall == pytest.approx(2 / 3) and o.false_alarm_rate == 0.0
    assert result.by_language["en"].violations == 2 and result.by_language["zh"].violations == 1
    assert result.by_policy["cn"].flagged == 1
    assert result.by_category["third_party_disclosure_or_contact"].flagged == 2
    assert result.by_category["false_urgency_or_misleading"].flagged == 0
    assert [v.line for v in result.misses] == [5] and result.false_alarms == ()
    assert not result.meets() and result.meets(recall=0.6, false_alarm_rate=0.0)
    with pytest.raises(InputError, match="share from 0 to 1"):
        result.meets(recall=95)


def test_a_verdict_is_what_check_reports_in_the_counted_categories() -> None:
    for verdict, row in zip(evaluate(ROWS).verdicts, ROWS, strict=True):
        report = check(row["text"], policy=row["policy"])
        counted = [
            f for f in report.findings if f.category in CATEGORIES[:9] and f.severity != "info"
        ]
        assert verdict.rules == tuple(f.rule for f in counted)
        assert verdict.refused == any(f.severity == "error" for f in counted)
        assert verdict.flagged == bool(counted)


def test_findings_outside_the_conduct_categories_count_only_when_asked() -> None:
    # A lawful reminder that shows a borrower's full mobile number: a PII error, not abuse.
    row = {
        "text": "您好，尾号13812345678的客户，您的借款已到期，请还款，谢谢。",
        "label": "compliant",
    }
    conduct = evaluate([row], policy="cn")
    assert conduct.overall.compliant_flagged == 0
    every = evaluate([row], policy="cn", counted=CATEGORIES)
    assert every.overall.compliant_flagged == 1 and "pii_unmasked" in every.verdicts[0].found


@pytest.mark.parametrize(
    ("row", "field", "words"),
    [
        ({"label": "violation"}, "text", "no text"),
        ({"text": "  ", "label": "violation"}, "text", "no text"),
        ({"text": THREAT}, "label", "label must be"),
        ({"text": THREAT, "label": "bad"}, "label", "'bad'"),
        ({"text": THREAT, "label": "violation", "category": "threats"}, "categories", "'threats'"),
        ({"text": THREAT, "label": "violation", "categories": [1]}, "categories", "a list"),
        ({"text": THREAT, "label": "violation", "policy": "xx"}, "policy", "unknown policy"),
        ({"text": THREAT, "label": "violation", "lang": 3}, "lang", "must be a string"),
    ],
)
def test_a_bad_row_raises_an_input_error_naming_its_line_and_field(
    row: dict[str, object], field: str, words: str
) -> None:
    rows = [ROWS[1], row]
    with pytest.raises(InputError) as caught:
        evaluate(rows, policy="us")
    assert caught.value.line == 2 and caught.value.field == field
    assert words in str(caught.value)


def test_a_row_without_a_policy_needs_one_from_the_caller() -> None:
    with pytest.raises(InputError, match="no policy") as caught:
        evaluate([{"text": THREAT, "label": "violation"}])
    assert caught.value.line == 1
    assert evaluate([{"text": THREAT, "label": "violation"}], policy="us").overall.flagged == 1


def test_unknown_counted_categories_and_non_rows_are_refused() -> None:
    with pytest.raises(InputError, match="unknown categories to count"):
        evaluate(ROWS, counted=["threat"])
    with pytest.raises(InputError, match="not str"):
        evaluate("text")
    with pytest.raises(InputError, match="not a mapping") as caught:
        evaluate([ROWS[0], "text"])
    assert caught.value.line == 2


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(ROWS), min_size=1, max_size=8))
def test_the_groups_add_up_to_the_whole(rows: list[dict[str, object]]) -> None:
    result = evaluate(rows)
    o = result.overall
    assert o.violations + o.compliant == len(rows) == len(result.verdicts)
    for groups in (result.by_language, result.by_policy):
        assert sum(t.flagged for t in groups.values()) == o.flagged
        assert sum(t.compliant_flagged for t in groups.values()) == o.compliant_flagged
    assert sum(t.violations for t in result.by_category.values()) == o.violations
    assert len(result.misses) == o.violations - o.flagged
    assert len(result.false_alarms) == o.compliant_flagged
    assert all(v.correct == (v not in result.misses + result.false_alarms) for v in result.verdicts)
    assert json.loads(json.dumps(result.to_dict()))["overall"]["flagged"] == o.flagged


def _jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_cli_prints_the_tallies_and_the_misses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _jsonl(tmp_path / "labelled.jsonl", ROWS)
    assert main(["evaluate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "5 rows: 3 violations, 2 compliant" in out
    assert "2/3" in out and "violations not flagged (first 1 of 1)" in out
    assert "line 5 [en, us] false_urgency_or_misleading" in out


def test_cli_exits_1_when_a_target_is_not_met(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _jsonl(tmp_path / "labelled.jsonl", ROWS)
    assert main(["evaluate", str(path), "--min-recall", "0.95"]) == 1
    assert "targets: NOT MET" in capsys.readouterr().out
    assert main(["evaluate", str(path), "--min-recall", "0.6", "--max-false-alarms", "0"]) == 0
    assert "targets: met" in capsys.readouterr().out
    # 95 is not a share: a usage error, not a target nobody can meet.
    with pytest.raises(SystemExit) as stopped:
        main(["evaluate", str(path), "--min-recall", "95"])
    assert stopped.value.code == 2
    assert "a share from 0 to 1" in capsys.readouterr().err


def test_cli_json_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "labelled.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=["text", "label", "lang", "categories"])
        writer.writeheader()
        writer.writerow(
            {
                "text": THREAT,
                "label": "violation",
                "lang": "en",
                "categories": "third_party_disclosure_or_contact;public_shaming",
            }
        )
        writer.writerow({"text": REMINDER, "label": "compliant", "lang": "en", "categories": ""})
    assert main(["evaluate", str(path), "--policy", "us", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"]["recall"] == 1.0 and data["overall"]["false_alarm_rate"] == 0.0
    assert data["verdicts"][0]["line"] == 2  # the CSV line, after the header
    assert data["verdicts"][0]["categories"] == [
        "third_party_disclosure_or_contact",
        "public_shaming",
    ]
    assert data["targets"] == {"min_recall": None, "max_false_alarms": None, "met": True}


def test_cli_bad_input_is_a_usage_error_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _jsonl(tmp_path / "labelled.jsonl", [ROWS[0], {"text": THREAT, "label": "maybe"}])
    assert main(["evaluate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "label must be" in err and "line 2" in err
    assert main(["evaluate", str(tmp_path / "missing.jsonl")]) == 2
    assert main(["evaluate", str(tmp_path / "rows.txt")]) == 2


def test_the_held_out_real_texts_give_the_figures_the_docs_give() -> None:
    """docs/wording-log.md, Session 27, and docs/cookbook/evaluate.md: the real texts held out
    from tuning, counted as issue #4 counts them (errors and warnings)."""
    corpus = Path(__file__).parent / "data" / "wording" / "corpus.jsonl"
    policy = {"zh": "cn", "en": "us", "id": "id", "fil": "ph", "sw": "ke", "hi": "in", "pcm": "ng"}
    rows = [
        dict(row, policy=policy[row["lang"]])
        for row in map(json.loads, corpus.read_text("utf-8").splitlines())
        if row["split"] == "heldout" and row["origin"] in ("quoted_real", "published_example")
    ]
    o = evaluate(rows).overall
    assert (o.violations, o.flagged, o.refused) == (123, 101, 84)
    assert (o.compliant, o.compliant_flagged, o.compliant_refused) == (169, 10, 1)


def test_a_dataframe_with_missing_cells_reads_them_as_absent() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        [
            {"text": THREAT, "label": "Violation ", "lang": "en",
             "category": "third_party_disclosure_or_contact", "id": "r7"},
            {"text": REMINDER, "label": "compliant", "lang": None, "category": None, "id": None},
        ]
    )  # fmt: skip
    result = evaluate(frame, policy="us")
    first, second = result.verdicts
    assert first.label == "violation" and first.flagged and first.id == "r7"
    assert second.language is None and second.categories == () and second.id is None
    assert list(result.by_language) == ["-", "en"]


def test_the_notebook_view_escapes_texts_and_lists_the_misses() -> None:
    hostile = '<script>alert("x")</script> Good afternoon. We look forward to hearing from you.'
    rows = [*ROWS, {"text": hostile, "label": "violation", "policy": "us", "lang": "en"}]
    markup = evaluate(rows)._repr_html_()
    assert "<script>alert" not in markup and "&lt;script&gt;alert" in markup
    assert "2/4 violations flagged" in markup and "0/2 compliant flagged" in markup
    assert "violations not flagged (2)" in markup and "compliant texts flagged" not in markup
    assert markup.count("<tr><td>en</td>") == 1 and "by labelled category" in markup


def test_every_field_of_a_verdict_is_a_column() -> None:
    assert sorted(VERDICT_COLUMNS) == sorted(f.name for f in fields(EvaluatedText))


def test_to_frame_has_a_row_per_text() -> None:
    pytest.importorskip("pandas")
    frame = evaluate(ROWS).to_frame()
    assert list(frame["line"]) == [1, 2, 3, 4, 5]
    assert list(frame["flagged"]) == [True, False, True, False, False]
    assert frame.loc[0, "id"] == "a" and frame.loc[2, "categories"] == [
        "third_party_disclosure_or_contact"
    ]


def test_cli_reads_a_file_saved_with_a_byte_order_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Excel's "CSV UTF-8" and Notepad's UTF-8 start the file with U+FEFF: it is not part of
    # the first column's name, nor of the first JSONL line.
    header = "text,label,policy\r\n"
    body = f'"{THREAT}",violation,us\r\n"{REMINDER}",compliant,us\r\n'
    path = tmp_path / "excel.csv"
    path.write_bytes(("\ufeff" + header + body).encode("utf-8"))
    assert main(["evaluate", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"]["violations"] == 1 and data["overall"]["flagged"] == 1
    lines = [json.dumps(row, ensure_ascii=False) for row in ROWS[:2]]
    path = tmp_path / "notepad.jsonl"
    path.write_bytes(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
    assert main(["evaluate", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["overall"]["violations"] == 1


def test_cli_names_the_file_and_line_of_text_that_is_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gbk.csv"
    rows = f"text,label,policy\n{ZH_REMINDER},compliant,cn\n{ZH_THREAT},violation,cn\n"
    path.write_bytes(rows.encode("gbk"))
    assert main(["evaluate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "gbk.csv" in err and "line 2" in err and "UTF-8" in err, err
    assert "codec" not in err


def test_cli_refuses_a_csv_with_a_column_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The last "policy" would silently win: the row checked under a market nobody meant.
    path = tmp_path / "dup.csv"
    path.write_text(f'text,label,policy,policy\n"{THREAT}",violation,us,cn\n', encoding="utf-8")
    assert main(["evaluate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "policy" in err and "twice" in err and "line 1" in err, err


def test_no_rows_is_an_input_error_not_a_target_met(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(InputError, match="no rows"):
        evaluate([], policy="us")
    path = tmp_path / "header_only.csv"
    path.write_text("text,label,policy\n", encoding="utf-8")
    assert main(["evaluate", str(path), "--min-recall", "0.95"]) == 2
    assert "no rows" in capsys.readouterr().err
