"""`dunning-sms lint`: the shipped library is clean; a reviewer's breakage is caught."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from dunning_sms._cli import main
from dunning_sms._lint import LintResult, lint_library

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
FIXTURES = ROOT / "data" / "fixtures"


@pytest.fixture(scope="module")
def shipped() -> LintResult:
    return lint_library(TEMPLATES, FIXTURES)


def _copy(tmp_path: Path, *locales: str) -> Path:
    """A copy of part of the library (lint composes each template per fixture)."""
    root = tmp_path / "templates"
    for locale in locales:
        shutil.copytree(TEMPLATES / locale, root / locale)
    return root


def _edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_shipped_library_lints_clean(shipped: LintResult) -> None:
    assert shipped.ok, shipped.to_text()
    assert shipped.templates == 88
    assert shipped.compositions == 88 * 0 + sum(
        8 * len((FIXTURES / f"{m}.jsonl").read_text().splitlines()) * n
        for m, n in (
            ("cn", 1),
            ("us", 1),
            ("uk", 1),
            ("in", 2),
            ("ph", 2),
            ("id", 1),
            ("ke", 2),
            ("ng", 1),
        )
    )
    # Only the worst-case notes (info) and TON004 on the required collector notice remain.
    assert shipped.codes() <= {"LNT006", "TON004"}


def test_cli_lint_exit_codes(tmp_path: Path) -> None:
    out = io.StringIO()
    assert main(["lint", str(TEMPLATES)], out=out) == 0
    assert "0 error(s)" in out.getvalue()
    assert main(["lint", str(tmp_path / "missing")], out=io.StringIO()) == 2
    root = _copy(tmp_path, "en_US")
    _edit(root, "en_US/due_today.j2", "{{ loan.amount }}", "{{ loan.amount_owed }}")
    out = io.StringIO()
    assert main(["lint", str(root)], out=out) == 1
    assert "en_US/due_today.j2:1: error LNT003 loan.amount_owed" in out.getvalue()


def test_threat_added_to_a_template_is_a_wording_error(tmp_path: Path) -> None:
    root = _copy(tmp_path, "en_GB")
    _edit(root, "en_GB/overdue_mid.j2", "Thank you.", "Pay now or we will tell your employer.")
    result = lint_library(root, FIXTURES)
    found = [f for f in result.errors if f.path == "en_GB/overdue_mid.j2"]
    assert found and all(f.code.startswith("W") for f in found), result.to_text()
    assert found[0].line == 1 and found[0].fixture.startswith("uk.jsonl:")


def test_undeclared_raw_phone_is_a_security_finding(tmp_path: Path) -> None:
    root = _copy(tmp_path, "zh_CN")
    _edit(root, "zh_CN/upcoming.j2", "谢谢。{% endblock %}", "谢谢。{{ raw.phone }}{% endblock %}")
    result = lint_library(root, FIXTURES)
    codes = {f.code for f in result.errors if f.path == "zh_CN/upcoming.j2"}
    assert "LNT005" in codes and "LNT009" in codes, result.to_text()


def test_literal_phone_number_is_unmasked_pii(tmp_path: Path) -> None:
    root = _copy(tmp_path, "zh_CN")
    _edit(
        root, "zh_CN/due_today.j2", "谢谢。{% endblock %}", "谢谢。联系人13912345678{% endblock %}"
    )
    _edit(
        root, "zh_CN/due_today.j2", "谢谢。{% endblock %}", "谢谢。联系人13912345678{% endblock %}"
    )
    result = lint_library(root, FIXTURES)
    from dunning_sms._rules import registry

    rules = registry()
    pii = [
        f
        for f in result.errors
        if f.path == "zh_CN/due_today.j2"
        and f.code in rules
        and rules[f.code].category == "pii_unmasked"
    ]
    assert pii, result.to_text()


def test_missing_opt_out_in_en_us_is_a_missing_disclosure(tmp_path: Path) -> None:
    root = _copy(tmp_path, "en_US")
    path = root / "en_US" / "upcoming.j2"
    path.write_text(path.read_text("utf-8").replace(" Reply STOP to opt out.", ""), "utf-8")
    result = lint_library(root, FIXTURES)
    found = {f.code for f in result.errors if f.path == "en_US/upcoming.j2"}
    assert found == {"DIS003"}, result.to_text()


def test_over_long_text_is_a_length_error(tmp_path: Path) -> None:
    root = _copy(tmp_path, "en_KE")
    filler = " We value you as a customer and we are always here to help you." * 4
    path = root / "en_KE" / "due_today.j2"
    path.write_text(path.read_text("utf-8").replace("{% endblock %}", filler + "{% endblock %}"))
    result = lint_library(root, FIXTURES)
    found = {f.code for f in result.errors if f.path == "en_KE/due_today.j2"}
    assert "LEN001" in found, result.to_text()


def test_static_checks(tmp_path: Path) -> None:
    root = _copy(tmp_path, "en_NG")
    _edit(root, "en_NG/upcoming.j2", "{% block full %}", "{% block full %}{% set unused = 1 %}")
    _edit(root, "en_NG/due_today.j2", "{{ lender.hotline }}", "{{ lender.hotline|shout }}")
    _edit(root, "en_NG/overdue_mid.j2", "{% block full %}", "{% block full %}{% if x %}")
    meta = root / "en_NG" / "hardship_support.toml"
    meta.write_text(meta.read_text() + '[[suppress]]\nrule = "DIS004"\nreason = "we want it"\n')
    result = lint_library(root, FIXTURES)
    by_path = {(f.path, f.code) for f in result.findings}
    assert ("en_NG/upcoming.j2", "LNT004") in by_path
    assert ("en_NG/due_today.j2", "LNT008") in by_path
    assert ("en_NG/overdue_mid.j2", "LNT001") in by_path
    assert ("en_NG/hardship_support.toml", "LNT007") in by_path
    assert not result.ok


def test_json_and_sarif_output(tmp_path: Path) -> None:
    root = _copy(tmp_path, "en_US")
    _edit(root, "en_US/due_today.j2", " Reply STOP to opt out.", "")
    out = io.StringIO()
    assert main(["lint", str(root), "--format", "json"], out=out) == 1
    data = json.loads(out.getvalue())
    assert data["ok"] is False and any(f["code"] == "DIS003" for f in data["findings"])
    out = io.StringIO()
    assert main(["lint", str(root), "--format", "sarif"], out=out) == 1
    sarif = json.loads(out.getvalue())
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "DIS003" in ids and len(ids) == len(set(ids))
    for result in run["results"]:
        assert result["ruleId"] in ids and result["level"] in ("error", "warning", "note")
        assert result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"].startswith("en_US/")
        assert location["region"]["startLine"] >= 1


def test_files_the_library_would_not_read_are_errors_not_skipped(tmp_path: Path) -> None:
    # A CI lint that passes because the templates sit where the library never looks is worse
    # than none: each such file or folder is named.
    root = _copy(tmp_path, "en_US")
    (root / "en-US").mkdir()
    (root / "en-US" / "due_today.j2").write_text("Hi", "utf-8")
    (root / "due_today.j2").write_text("Hi", "utf-8")
    (root / "en_US" / "reminder.jinja").write_text("Hi", "utf-8")
    (root / "en_US" / "Late.J2").write_text("Hi", "utf-8")
    (root / "en_US" / "orphan.toml").write_text('stage = "overdue"\n', "utf-8")
    (root / ".git").mkdir()  # hidden folders and a README are a repository's, not templates
    (root / "README.md").write_text("templates", "utf-8")
    result = lint_library(root, FIXTURES)
    unread = {f.path for f in result.findings if f.code == "LNT012"}
    assert unread == {
        "en-US",
        "due_today.j2",
        "en_US/reminder.jinja",
        "en_US/Late.J2",
        "en_US/orphan.toml",
    }
    assert all(f.severity == "error" for f in result.findings if f.code == "LNT012")


def test_an_empty_library_or_missing_fixtures_fail(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = lint_library(tmp_path / "empty", FIXTURES)
    assert not result.ok and "LNT012" in result.codes()
    assert main(["lint", str(tmp_path / "empty")], out=io.StringIO()) == 1
    out = io.StringIO()
    assert main(["lint", str(TEMPLATES), "--fixtures", str(tmp_path / "nope")], out=out) == 2


def test_entries_that_are_no_readable_file_are_reported_not_crashed_on(tmp_path: Path) -> None:
    from dunning_sms._compose import Composer
    from dunning_sms._errors import TemplateError

    root = _copy(tmp_path, "en_US")
    (root / "en_US" / "folder.j2").mkdir()
    (root / "en_US" / "dangling.j2").symlink_to(tmp_path / "nowhere.j2")
    (root / "en_US" / "loop.j2").symlink_to(root / "en_US" / "loop.j2")
    result = lint_library(root, FIXTURES)
    unread = {f.path for f in result.findings if f.code == "LNT012"}
    assert {"en_US/folder.j2", "en_US/dangling.j2", "en_US/loop.j2"} <= unread
    with pytest.raises(TemplateError):
        Composer("us", templates=root)
    for bad in ("", "  ", 5):
        with pytest.raises(TemplateError):
            Composer("us", templates=bad)  # type: ignore[arg-type]


def test_every_market_a_template_names_is_linted_and_unknown_ones_are_errors(
    tmp_path: Path,
) -> None:
    root = _copy(tmp_path, "en_US")
    meta = root / "en_US" / "overdue_early.toml"
    text = meta.read_text("utf-8")
    assert 'markets = ["us"]' in text
    meta.write_text(text.replace('markets = ["us"]', 'markets = ["xx", "us", "uk"]'), "utf-8")
    result = lint_library(root, FIXTURES)
    unknown = [f for f in result.findings if f.code == "LNT002" and "'xx'" in f.message]
    assert [f.path for f in unknown] == ["en_US/overdue_early.toml"]
    alone = lint_library(_copy(tmp_path / "b", "en_US"), FIXTURES)
    per_market = {m: len((FIXTURES / f"{m}.jsonl").read_text().splitlines()) for m in ("uk",)}
    # The same library, with one template also composed against the uk fixtures.
    assert result.compositions == alone.compositions + per_market["uk"]
