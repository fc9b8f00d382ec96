"""The docs site: generated pages are current, the nav is complete, mkdocs builds strictly."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dunning_sms import check
from dunning_sms._resemblance import CATEGORIES
from dunning_sms._ruledocs import main as ruledocs_main
from dunning_sms._ruledocs import rules_markdown
from dunning_sms._rules import registry

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def test_rule_reference_is_current() -> None:
    page = DOCS / "reference" / "rules.md"
    assert ruledocs_main([str(page), "--check"]) == 0, (
        "docs/reference/rules.md is stale: python -m dunning_sms._ruledocs docs/reference/rules.md"
    )


def test_rule_reference_covers_every_rule_with_examples() -> None:
    text = rules_markdown()
    for code, rule in registry().items():
        assert f"### {code} {rule.name} {{#{code.lower()}}}" in text
        assert rule.category in text
    assert "<script" not in text.lower()


def test_ruledocs_check_flags_a_stale_page(tmp_path: Path) -> None:
    page = tmp_path / "rules.md"
    assert ruledocs_main([str(page), "--check"]) == 1
    assert ruledocs_main([str(page)]) == 0
    assert ruledocs_main([str(page), "--check"]) == 0
    page.write_text(page.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    assert ruledocs_main([str(page), "--check"]) == 1


def _nav_pages() -> list[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = text[text.index("\nnav:") :]
    return re.findall(r":\s+([\w./-]+\.md)\s*$", nav, flags=re.MULTILINE)


def test_every_nav_page_exists_and_every_page_is_in_the_nav() -> None:
    pages = _nav_pages()
    assert "reference/rules.md" in pages
    missing = [p for p in pages if not (DOCS / p).is_file()]
    assert not missing
    on_disk = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert sorted(on_disk - set(pages)) == []


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None, reason="needs the docs extra (mkdocs-material)"
)
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "reference" / "rules" / "index.html").is_file()
    api = (tmp_path / "reference" / "api" / "index.html").read_text(encoding="utf-8")
    assert 'id="dunning_sms.Composer"' in api


def _notice_rows() -> list[tuple[str, str, str]]:
    """(policy, message, verdict) of the example table in docs/cookbook/notices.md."""
    page = (DOCS / "cookbook" / "notices.md").read_text(encoding="utf-8")
    table = page.split("<!-- notices:begin -->")[1].split("<!-- notices:end -->")[0]
    rows = []
    for line in table.strip().splitlines()[2:]:
        policy, message, verdict = (cell.strip() for cell in line.strip().strip("|").split("|"))
        rows.append((policy, message, verdict))
    return rows


def test_the_notices_page_has_examples_for_every_market() -> None:
    rows = _notice_rows()
    assert {policy for policy, _, _ in rows} == {"us", "uk", "ng", "ph", "id", "cn", "ke", "in"}
    assert {verdict for _, _, verdict in rows} == {"passes", "refused"}


@pytest.mark.parametrize(("policy", "message", "verdict"), _notice_rows())
def test_notice_examples_get_the_verdict_the_page_gives(
    policy: str, message: str, verdict: str
) -> None:
    """docs/cookbook/notices.md: "passes" is no wording or resemblance finding, "refused" an
    error-level wording finding."""
    wording = [f for f in check(message, policy=policy).findings if f.category in CATEGORIES]
    if verdict == "passes":
        assert wording == [], wording
    else:
        assert any(f.severity == "error" and f.rule.startswith("W") for f in wording), wording
