"""The notebook HTML in a real browser: headless Chromium renders it and keeps the marks."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dunning_sms._compose import Composer
from dunning_sms._html import message_html
from dunning_sms._report import Finding, Report
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs headless Chromium at /usr/bin/chromium (apt-get install -y chromium)",
    ),
]


def _chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, timeout=120, check=True)


def _sample_page(tmp_path: Path) -> tuple[Path, str]:
    msg = Composer("cn").preview(
        "overdue",
        borrower=sample_borrower("cn"),
        loan=sample_loan("cn"),
        lender=sample_lender("cn"),
        as_of=date(2026, 12, 8),
    )
    # A script in the text must arrive as text: the page title proves it never ran.
    hostile = "<script>document.title='pwned'</script>"
    text = hostile + msg.text
    start = text.index("400-123-4567")
    finding = Finding("PII001", "pii_unmasked", "error", start, start + 12, 'phone "unmasked"')
    msg = replace(
        msg,
        text=text,
        parts=(hostile + msg.parts[0], *msg.parts[1:]),
        report=Report(findings=(finding,), policy="cn"),
    )
    page = tmp_path / "message.html"
    page.write_text(
        f'<!doctype html><html><head><meta charset="utf-8"><title>sample</title></head>'
        f"<body>{message_html(msg)}</body></html>",
        encoding="utf-8",
    )
    return page, text[start : start + 12]


def test_chromium_renders_marks_and_screenshot(tmp_path: Path) -> None:
    page, marked = _sample_page(tmp_path)
    shot = tmp_path / "shot.png"
    _chromium(
        tmp_path / "profile-shot",
        f"--screenshot={shot}",
        "--window-size=900,500",
        page.as_uri(),
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 1000

    dom = _chromium(tmp_path / "profile-dom", "--dump-dom", page.as_uri()).stdout.decode()
    expected = (
        '<mark class="dsms-error" data-rules="PII001" '
        f'title="PII001 error: phone &quot;unmasked&quot;">{marked}</mark>'
    )
    assert expected in dom
    assert 'class="dsms-seg-break" data-segment="2"' in dom
    assert "<title>sample</title>" in dom
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert "<script>" not in dom
