"""The notebook HTML: escaping, finding spans on CJK and emoji text, segment marks, badges."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from dunning_sms._compose import Composer
from dunning_sms._frames import summarize
from dunning_sms._html import highlight, message_html, messages_html, policy_html, report_html
from dunning_sms._policy import load_policy
from dunning_sms._policydocs import rules_table
from dunning_sms._report import Finding, Report
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan

AS_OF = date(2026, 12, 8)


class _TextDom(HTMLParser):
    """Collects the text inside ``.dsms-text`` char by char, with the marks covering each."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chars: list[tuple[str, dict[str, str] | None]] = []
        self.breaks: list[tuple[int, str]] = []
        self.marks: list[dict[str, str]] = []
        self.scripts = 0
        self._depth = 0
        self._mark: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        if tag == "script":
            self.scripts += 1
        if self._depth:
            self._depth += 1
            if tag == "mark":
                self._mark = attr
                self.marks.append(attr)
            if "dsms-seg-break" in attr.get("class", ""):
                self.breaks.append((len(self.chars), attr.get("data-segment", "")))
        elif "dsms-text" in attr.get("class", ""):
            self._depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1
            if tag == "mark":
                self._mark = None

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.chars.extend((ch, self._mark) for ch in data)

    @property
    def text(self) -> str:
        return "".join(ch for ch, _ in self.chars)


def _dom(markup: str) -> _TextDom:
    dom = _TextDom()
    dom.feed(markup)
    dom.close()
    return dom


def _finding(rule: str, start: int, end: int, message: str = "flagged") -> Finding:
    return Finding(rule, "impolite", "warning", start, end, message, name=rule.lower())


def _message(market: str = "cn", key: str = "overdue", **kw: object):  # type: ignore[no-untyped-def]
    return Composer(market).preview(
        key,
        borrower=kw.pop("borrower", sample_borrower(market)),  # type: ignore[arg-type]
        loan=sample_loan(market),
        lender=sample_lender(market),
        as_of=AS_OF,
        **kw,  # type: ignore[arg-type]
    )


def test_script_in_text_and_finding_message_is_escaped() -> None:
    text = '<script>alert("x")</script> & 您好'
    report = Report(findings=(_finding("TST001", 0, 8, 'bad <img src=x onerror="y">'),))
    markup = report_html(report, text)
    dom = _dom(markup)
    assert dom.scripts == 0
    assert "<script>alert" not in markup
    assert "&lt;script&gt;" in markup
    assert "<img" not in markup
    assert dom.text == text
    assert dom.marks[0]["title"] == 'TST001 warning: bad <img src=x onerror="y">'


def test_spans_on_cjk_and_emoji_text() -> None:
    text = "【安心借】😀您好👨‍👩‍👧，请致电13812345678还款🙏"
    phone = text.index("13812345678")
    findings = (
        _finding("TST001", 1, 4),
        _finding("TST002", 5, 7),
        _finding("TST003", phone, phone + 11),
        _finding("TST004", len(text) - 1, len(text)),
    )
    dom = _dom(report_html(Report(findings=findings), text))
    assert dom.text == text
    for f in findings:
        covered = [mark for _, mark in dom.chars[f.start : f.end]]
        assert all(m is not None and f.rule in m["data-rules"].split() for m in covered)
        marked = "".join(ch for ch, m in dom.chars if m is not None and f.rule in m["data-rules"])
        assert marked == text[f.start : f.end]
    assert [m["data-rules"] for m in dom.marks] == ["TST001", "TST002", "TST003", "TST004"]


def test_overlapping_spans_are_split_and_both_named() -> None:
    text = "abcdefghijkl"
    findings = (
        _finding("AAA001", 2, 8, "first"),
        Finding("BBB001", "pii_unmasked", "error", 5, 10, "second"),
    )
    dom = _dom(report_html(Report(findings=findings), text))
    assert dom.text == text
    pieces = [(m["data-rules"], m["class"]) for m in dom.marks]
    assert pieces == [
        ("AAA001", "dsms-warning"),
        ("AAA001 BBB001", "dsms-error"),
        ("BBB001", "dsms-error"),
    ]
    assert dom.marks[1]["title"] == "AAA001 warning: first\nBBB001 error: second"


def test_whole_message_and_out_of_range_findings() -> None:
    text = "short"
    findings = (_finding("TST001", 0, 0), _finding("TST002", 3, 99))
    dom = _dom(report_html(Report(findings=findings), text))
    assert dom.text == text
    assert [m["data-rules"] for m in dom.marks] == ["TST002"]
    assert "".join(ch for ch, m in dom.chars if m) == "rt"


@given(
    st.text(alphabet=st.sampled_from("ab<>&\"'中文😀\u200d\n "), max_size=30),
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=5),
)
def test_highlight_keeps_text_and_marks_every_span(text: str, raw: list[tuple[int, int]]) -> None:
    findings = [_finding(f"TST{i:03d}", min(a, b), max(a, b)) for i, (a, b) in enumerate(raw)]
    dom = _dom(f'<div class="dsms-text">{highlight(text, findings)}</div>')
    assert dom.text == text
    for f in findings:
        for _, mark in dom.chars[f.start : min(f.end, len(text))]:
            assert mark is not None
            assert f.rule in mark["data-rules"].split()
    inside = {i for f in findings for i in range(f.start, min(f.end, len(text)))}
    assert all((m is not None) == (i in inside) for i, (_, m) in enumerate(dom.chars))


def test_message_badges_and_segment_breaks() -> None:
    msg = _message("cn")
    assert msg.segments == 2
    markup = message_html(msg)
    dom = _dom(markup)
    assert dom.text == msg.text
    assert [(at, seg) for at, seg in dom.breaks] == [(len(msg.parts[0]), "2")]
    for badge in (
        '<span class="dsms-badge dsms-ok">ok</span>',
        '<span class="dsms-badge dsms-encoding">UCS-2</span>',
        f'title="{msg.units} billed units">2 segments</span>',
        '<span class="dsms-badge dsms-locale">zh_CN</span>',
        f">{msg.template} v{msg.template_version} ({msg.variant})</span>",
        ">policy cn</span>",
    ):
        assert badge in markup
    assert msg._repr_html_() == markup


def test_refused_message_shows_marks_and_refused_badge() -> None:
    msg = _message("cn")
    phone_at = msg.text.index("400-123-4567")
    bad = Finding("PII001", "pii_unmasked", "error", phone_at, phone_at + 12, "unmasked phone")
    refused = replace(msg, report=Report(findings=(bad,), policy="cn"))
    markup = message_html(refused)
    assert "dsms-refused" in markup
    dom = _dom(markup)
    assert "".join(ch for ch, m in dom.chars if m) == "400-123-4567"
    assert dom.marks[0]["title"] == "PII001 error: unmasked phone"
    assert len(dom.breaks) == 1


def test_locale_fallback_badge_names_both_locales() -> None:
    msg = replace(_message("cn"), requested_locale="zh_TW")
    markup = message_html(msg)
    assert "zh_CN (asked zh_TW)" in markup
    assert 'title="requested zh_TW, resolved zh_CN"' in markup


def test_policy_html_lists_every_rule_with_its_severity() -> None:
    policy = load_policy("us")
    markup = policy_html(policy)
    rows = rules_table(policy)
    assert rows
    for row in rows:
        assert f"<td>{row['code']}</td>" in markup
    assert markup.count("<tr><td>") == len(rows)
    assert policy._repr_html_() == markup
    assert "America/" in markup


def test_batch_and_summary_html() -> None:
    messages = [_message("cn"), _message("us", "due_today")]
    table = messages_html(messages, limit=1)
    assert table.count('class="dsms-text"') == 1
    assert "1 more not shown" in table
    summary = summarize(messages)
    markup = summary._repr_html_()
    assert ">2 messages</span>" in markup
    assert "messages by segments" in markup
