"""The dunning-sms command: subcommands, formats and exit codes, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROWS = [
    {
        "name": "张三",
        "phone": "13812345678",
        "locale": "zh_CN",
        "loan_id": "L-1",
        "currency": "CNY",
        "amount_due": "1234.56",
        "due_date": "2026-12-05",
        "lender_name": "安心借",
        "lender_signature": "安心借",
        "lender_hotline": "400-123-4567",
    }
]
LENDER = {
    "name": "安心借",
    "sms_signature": "安心借",
    "hotline": "400-123-4567",
    "payment_channels": [{"kind": "app", "label": "安心借App"}],
}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dunning_sms", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        check=False,
    )


def compose_due_today(rows: Path, lender: Path) -> subprocess.CompletedProcess[str]:
    """``dunning-sms compose`` of ``rows`` with the due-today template, as JSONL."""
    return run(
        "compose",
        str(rows),
        "--template",
        "due_today",
        "--policy",
        "cn",
        "--lender",
        str(lender),
        "--as-of",
        "2026-12-05",
        "--format",
        "jsonl",
    )


def test_demo_prints_messages_and_exits_zero() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    assert "【安心借】" in result.stdout
    assert "GSM-7" in result.stdout and "UCS-2" in result.stdout
    assert "messages composed" in result.stdout


def test_check_clean_and_refused() -> None:
    ok = run(
        "check",
        "Brightline Loans: your payment of $20 is due Dec 5. Reply STOP to opt out.",
        "--policy",
        "us",
        "--format",
        "json",
    )
    assert ok.returncode in (0, 1)
    data = json.loads(ok.stdout)
    assert data["schema"] == "dunning-sms/report"
    bad = run("check", "-", "--policy", "cn", stdin="【安心借】您好\u202e，请还款。\n")
    assert bad.returncode == 1
    assert "INV001" in bad.stdout


def test_check_takes_what_the_caller_knows() -> None:
    text = (
        "As per your written authorization, we will contact your sister only to confirm your "
        "new payment date. Thank you. Reply STOP to opt out."
    )
    rules = {}
    for answer in (None, "yes", "no"):
        flags = () if answer is None else ("--contact-authorised", answer)
        done = run("check", text, "--policy", "us", "--format", "json", *flags)
        rules[answer] = {f["rule"] for f in json.loads(done.stdout)["findings"]}
    assert "WAUT001" in rules[None] and "WAUT002" in rules["yes"] and "WEN005" in rules["no"]
    wrong = run("check", text, "--policy", "us", "--legal-action-intended", "maybe")
    assert wrong.returncode == 2 and "legal-action-intended" in wrong.stderr


def test_rules_json_lists_codes() -> None:
    result = run("rules", "--format", "json", "--policy", "cn")
    assert result.returncode == 0
    rules = json.loads(result.stdout)
    assert all({"code", "name", "category", "severity"} <= set(r) for r in rules)
    assert any(r["code"] == "INV001" for r in rules)


def test_templates_json() -> None:
    result = run("templates", "--format", "json")
    assert result.returncode == 0
    items = json.loads(result.stdout)
    keys = {(i["key"], i["locale"]) for i in items}
    assert ("overdue", "zh_CN") in keys or any(k == "overdue_early" for k, _ in keys)
    assert all({"key", "locale", "stage", "version"} <= set(i) for i in items)


def test_explain_known_and_unknown_code() -> None:
    assert run("explain", "INV001").returncode == 0
    unknown = run("explain", "NOPE123")
    assert unknown.returncode == 2
    assert unknown.stderr.count("\n") == 1
    assert "Traceback" not in unknown.stderr


def test_compose_jsonl_rows(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    lender = tmp_path / "lender.json"
    lender.write_text(json.dumps(LENDER, ensure_ascii=False), encoding="utf-8")
    row = {k: v for k, v in ROWS[0].items() if not k.startswith("lender_")}
    rows.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    result = compose_due_today(rows, lender)
    assert result.returncode == 0, result.stderr + result.stdout
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[0]["ok"] is True and out[0]["text"].startswith("【安心借】")


def test_compose_reads_files_saved_with_a_byte_order_mark(tmp_path: Path) -> None:
    # Excel's "CSV UTF-8" and Notepad's UTF-8 start a file with U+FEFF.
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "\ufeffname,phone,locale,loan_id,currency,amount_due,due_date\r\n"
        "张三,13812345678,zh_CN,L-1,CNY,10.00,2026-12-05\r\n",
        encoding="utf-8",
    )
    lender = tmp_path / "lender.json"
    lender.write_text("\ufeff" + json.dumps(LENDER, ensure_ascii=False), encoding="utf-8")
    jsonl = tmp_path / "rows.jsonl"
    row = {"name": "张三", "phone": "13812345678", "locale": "zh_CN", "loan_id": "L-1",
           "currency": "CNY", "amount_due": "10.00", "due_date": "2026-12-05"}  # fmt: skip
    jsonl.write_text("\ufeff" + json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    for path in (rows, jsonl):
        result = compose_due_today(path, lender)
        assert result.returncode == 0, result.stderr + result.stdout
        out = [json.loads(line) for line in result.stdout.splitlines()]
        assert len(out) == 1 and out[0]["ok"] is True, out


def test_a_file_that_is_not_utf8_is_named_with_its_line(tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_bytes(
        "name,phone,locale,loan_id,currency,amount_due,due_date\n"
        "张三,13812345678,zh_CN,L-1,CNY,10.00,2026-12-05\n".encode("gbk")
    )
    lender = tmp_path / "lender.json"
    lender.write_bytes(json.dumps(LENDER, ensure_ascii=False).encode("gbk"))
    result = run("compose", str(rows), "--template", "due_today", "--policy", "cn")
    assert result.returncode == 2
    assert "rows.csv" in result.stderr and "line 2" in result.stderr and "UTF-8" in result.stderr
    result = run("check", "您的借款今日到期。", "--policy", "cn", "--lender", str(lender))
    assert result.returncode == 2
    assert "lender.json" in result.stderr and "line 1" in result.stderr
    assert "Traceback" not in result.stderr


def _one_row_csv(tmp_path: Path, column: str = "", cell: str = "") -> tuple[Path, Path]:
    """A one-row CSV of a cn borrower (with an extra column if given) and a lender file."""
    rows = tmp_path / "rows.csv"
    rows.write_text(
        f"name,phone,locale,loan_id,currency,amount_due,due_date{column}\n"
        f"张三,13812345678,zh_CN,L-1,CNY,10.00,2026-12-05{cell}\n",
        encoding="utf-8",
    )
    lender = tmp_path / "lender.json"
    lender.write_text(json.dumps(LENDER, ensure_ascii=False), encoding="utf-8")
    return rows, lender


def test_compose_refuses_a_row_that_names_another_policy(tmp_path: Path) -> None:
    rows, lender = _one_row_csv(tmp_path, ",policy", ",us")
    result = compose_due_today(rows, lender)
    assert result.returncode == 2
    assert "line 2" in result.stderr and "'us'" in result.stderr, result.stderr


def test_compose_writes_to_its_output_file(tmp_path: Path) -> None:
    rows, lender = _one_row_csv(tmp_path)
    target = tmp_path / "out.jsonl"
    common = ["compose", str(rows), "--template", "due_today", "--lender", str(lender)]
    result = run(*common, "--as-of", "2026-12-05", "--format", "jsonl", "--output", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    (record,) = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    assert record["ok"] is True
    result = run(*common, "--format", "jsonl", "--output", str(tmp_path / "no" / "out.jsonl"))
    assert result.returncode == 2 and "cannot write" in result.stderr
    # --workers reads JSONL only, and says so for a CSV; a directory is no output file.
    result = run(*common, "--workers", "2", "--format", "jsonl", "--output", str(target))
    assert result.returncode == 2 and "JSONL" in result.stderr, result.stderr
    jsonl = tmp_path / "rows.jsonl"
    jsonl.write_text(json.dumps(ROWS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    sharded = ["compose", str(jsonl), "--template", "due_today", "--workers", "2"]
    result = run(*sharded, "--format", "jsonl", "--output", str(tmp_path))
    assert result.returncode == 2 and "directory" in result.stderr, result.stderr


def test_compose_csv_bad_row_names_the_line(tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "name,phone,locale,loan_id,currency,amount_due,due_date\n"
        "张三,13812345678,zh_CN,L-1,CNY,10.00,2026-12-05\n"
        "李四,12345,zh_CN,L-2,CNY,10.00,2026-12-05\n",
        encoding="utf-8",
    )
    lender = tmp_path / "lender.json"
    lender.write_text(json.dumps(LENDER, ensure_ascii=False), encoding="utf-8")
    result = compose_due_today(rows, lender)
    assert result.returncode == 2
    assert "line 3" in result.stderr and "phone" in result.stderr
    assert "12345" not in result.stderr.replace("line 3", "")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("compose", "missing.jsonl", "--template", "overdue"), "cannot open"),
        (("check", "hi", "--policy", "xx"), "unknown policy"),
        (("compose", "x.jsonl", "--template", "overdue", "--now", "yesterday"), "--now"),
    ],
)
def test_usage_errors_exit_two_with_one_line(args: tuple[str, ...], needle: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert needle in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_unknown_template_exits_two(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps(ROWS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("compose", str(rows), "--template", "nope")
    assert result.returncode == 2
    assert "no template 'nope'" in result.stderr


def test_help_has_examples() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout and "exit codes" in result.stdout


def _rows_file(tmp_path: Path, n: int = 3) -> tuple[Path, Path]:
    rows = tmp_path / "rows.jsonl"
    row = {k: v for k, v in ROWS[0].items() if not k.startswith("lender_")}
    rows.write_text(
        "\n".join(json.dumps({**row, "loan_id": f"L-{i}"}, ensure_ascii=False) for i in range(n))
        + "\n",
        encoding="utf-8",
    )
    lender = tmp_path / "lender.json"
    lender.write_text(json.dumps(LENDER, ensure_ascii=False), encoding="utf-8")
    return rows, lender


def test_compose_json_is_one_array_and_csv_has_a_header(tmp_path: Path) -> None:
    rows, lender = _rows_file(tmp_path)
    common = ("compose", str(rows), "--template", "due_today", "--lender", str(lender),
              "--as-of", "2026-12-05")  # fmt: skip
    as_json = run(*common, "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert [d["loan_id"] for d in data] == ["L-0", "L-1", "L-2"]
    as_csv = run(*common, "--format", "csv")
    lines = as_csv.stdout.splitlines()
    assert lines[0].startswith("line,loan_id,ok") and len(lines) == 4


def test_compose_respects_hours_caps_and_opt_outs_with_a_log(tmp_path: Path) -> None:
    rows, lender = _rows_file(tmp_path, n=4)
    log = tmp_path / "contacts.sqlite"
    common = ("compose", str(rows), "--template", "due_today", "--lender", str(lender),
              "--as-of", "2026-12-05", "--log", str(log), "--format", "jsonl")  # fmt: skip
    night = run(*common, "--now", "2026-12-05T22:30:00+08:00")
    assert night.returncode == 1
    for result in map(json.loads, night.stdout.splitlines()):
        assert not result["ok"]
        assert "CON001" in {f["rule"] for f in result["report"]["findings"]}
    day = run(*common, "--now", "2026-12-05T10:00:00+08:00")
    results = [json.loads(line) for line in day.stdout.splitlines()]
    # The cn policy allows 3 texts a day to one borrower: the fourth row is refused.
    assert [r["ok"] for r in results] == [True, True, True, False]
    assert any(f["rule"] == "CON003" for f in results[3]["report"]["findings"])
    assert day.returncode == 1
