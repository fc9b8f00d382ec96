"""HTML for Jupyter: messages with their findings highlighted, reports, policies, batches.

Everything user-supplied (the text, finding messages, names) goes through :func:`html.escape`;
the output is a self-contained fragment with its own scoped ``<style>``, no script.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._report import SEVERITY_RANK, Finding, Report

if TYPE_CHECKING:
    from ._compose import Message
    from ._evaluate import EvaluatedText, Evaluation, EvaluationTally
    from ._frames import Summary
    from ._policy import Policy

_STYLE = """<style>
.dsms{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;font-size:13px;line-height:1.5}
.dsms .dsms-text{white-space:pre-wrap;font-size:15px;padding:6px 8px;border:1px solid #ddd;
border-radius:4px;background:#fafafa;max-width:60em}
.dsms mark{padding:0 1px;border-radius:2px;cursor:help}
.dsms mark.dsms-error{background:#ffc9c9;border-bottom:2px solid #e03131}
.dsms mark.dsms-warning{background:#ffec99;border-bottom:2px solid #f08c00}
.dsms mark.dsms-info{background:#d0ebff;border-bottom:2px solid #1c7ed6}
.dsms .dsms-seg-break{display:inline-block;width:0;height:1.1em;vertical-align:text-bottom;
border-left:2px dashed #868e96;margin:0 2px}
.dsms .dsms-badge{display:inline-block;padding:0 6px;margin:0 4px 4px 0;border-radius:8px;
background:#e9ecef;color:#212529;font-size:12px}
.dsms .dsms-badge.dsms-ok{background:#b2f2bb}
.dsms .dsms-badge.dsms-refused{background:#ffa8a8}
.dsms table{border-collapse:collapse;margin-top:6px}
.dsms th,.dsms td{border:1px solid #dee2e6;padding:2px 6px;text-align:left;vertical-align:top}
.dsms td.dsms-sev-error{color:#c92a2a;font-weight:600}
.dsms td.dsms-sev-warning{color:#e67700}
.dsms td.dsms-sev-info{color:#1864ab}
</style>"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _badge(text: str, extra: str = "", title: str = "") -> str:
    cls = f"dsms-badge {extra}".strip()
    tip = f' title="{_e(title)}"' if title else ""
    return f'<span class="{cls}"{tip}>{_e(text)}</span>'


def _status_badge(ok: bool) -> str:
    return _badge("ok", "dsms-ok") if ok else _badge("refused", "dsms-refused")


def _worst(findings: Iterable[Finding]) -> str:
    return min((f.severity for f in findings), key=SEVERITY_RANK.__getitem__)


def _tip(findings: Sequence[Finding]) -> str:
    return "\n".join(f"{f.rule} {f.severity}: {f.message}" for f in findings)


def highlight(text: str, findings: Sequence[Finding], parts: Sequence[str] = ()) -> str:
    """``text`` escaped, each finding's span in a ``<mark>``, segment starts marked.

    Overlapping spans are cut at every span edge into pieces; each piece is one ``<mark>``
    whose ``title`` lists every finding covering it, coloured by the worst severity, so no
    finding hides another. Findings about the whole message (empty spans) are not marked.
    """
    n = len(text)
    spans = [
        (max(0, min(f.start, n)), max(0, min(f.end, n)), f) for f in findings if f.end > f.start
    ]
    spans = [(s, e, f) for s, e, f in spans if e > s]
    breaks: dict[int, int] = {}
    if len(parts) > 1 and "".join(parts) == text:
        at = 0
        for number, part in enumerate(parts, start=1):
            if number > 1:
                breaks[at] = number
            at += len(part)
    edges = sorted({0, n, *breaks, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[str] = []
    for left, right in itertools.pairwise(edges):
        if left in breaks:
            number = breaks[left]
            out.append(
                f'<span class="dsms-seg-break" data-segment="{number}" '
                f'title="segment {number} starts here"></span>'
            )
        piece = _e(text[left:right])
        covering = [f for s, e, f in spans if s <= left and right <= e]
        if not covering:
            out.append(piece)
            continue
        rules = " ".join(dict.fromkeys(f.rule for f in covering))
        out.append(
            f'<mark class="dsms-{_worst(covering)}" data-rules="{_e(rules)}" '
            f'title="{_e(_tip(covering))}">{piece}</mark>'
        )
    return "".join(out)


def _findings_table(findings: Sequence[Finding], text: str | None) -> str:
    if not findings:
        return '<p class="dsms-none">No findings.</p>'
    rows = []
    for f in findings:
        if f.end > f.start:
            span = f"{f.start}–{f.end}"
            if text is not None:
                span += f" «{text[f.start : f.end]}»"
        else:
            span = "whole message"
        rows.append(
            f'<tr><td class="dsms-sev-{_e(f.severity)}">{_e(f.severity)}</td>'
            f"<td>{_e(f.rule)}</td><td>{_e(f.name)}</td><td>{_e(f.category)}</td>"
            f"<td>{_e(span)}</td><td>{_e(f.message)}</td></tr>"
        )
    head = "<tr><th>severity</th><th>rule</th><th>name</th><th>category</th><th>span</th>"
    return f"<table>{head}<th>message</th></tr>{''.join(rows)}</table>"


def _report_extras(report: Report) -> str:
    out = []
    if report.suppressed:
        items = "".join(
            f"<li>{_e(s.rule)}: {_e(s.reason)}{'' if s.used else ' (unused)'}</li>"
            for s in report.suppressed
        )
        out.append(f"<p>Suppressed by the template:</p><ul>{items}</ul>")
    if report.raw_fields:
        out.append(f"<p>Raw personal fields rendered: {_e(', '.join(report.raw_fields))}</p>")
    if report.replacements:
        items = "".join(
            f"<li>at {pos}: {_e(old)} → {_e(new)}</li>" for pos, old, new in report.replacements
        )
        out.append(f"<p>Characters replaced to stay in GSM-7:</p><ul>{items}</ul>")
    return "".join(out)


def message_html(msg: Message) -> str:
    """A composed message: highlighted text, segment boundaries, badges and findings."""
    plural = "segment" if msg.segments == 1 else "segments"
    locale = msg.locale
    locale_tip = ""
    if msg.requested_locale and msg.requested_locale != msg.locale:
        locale_tip = f"requested {msg.requested_locale}, resolved {msg.locale}"
        locale = f"{msg.locale} (asked {msg.requested_locale})"
    badges = "".join(
        (
            _status_badge(msg.ok),
            _badge(msg.encoding, "dsms-encoding"),
            _badge(f"{msg.segments} {plural}", "dsms-segments", f"{msg.units} billed units"),
            _badge(locale, "dsms-locale", locale_tip),
            _badge(
                f"{msg.template} v{msg.template_version} ({msg.variant})",
                "dsms-template",
                f"stage {msg.stage}" if msg.stage else "",
            ),
            _badge(f"policy {msg.policy}", "dsms-policy"),
        )
    )
    body = highlight(msg.text, msg.report.findings, msg.parts)
    return (
        f'{_STYLE}<div class="dsms dsms-message"><div>{badges}</div>'
        f'<div class="dsms-text">{body}</div>'
        f"{_findings_table(msg.report.findings, msg.text)}{_report_extras(msg.report)}"
        f'<div class="dsms-hash" title="sha256 of the text">{_e(msg.content_hash[:16])}…</div>'
        "</div>"
    )


def report_html(report: Report, text: str | None = None) -> str:
    """A report's findings as a table; with ``text`` (the checked text) highlighted too."""
    badges = _status_badge(report.ok)
    if report.policy:
        badges += _badge(f"policy {report.policy}", "dsms-policy")
    body = ""
    if text is not None:
        body = f'<div class="dsms-text">{highlight(text, report.findings)}</div>'
    return (
        f'{_STYLE}<div class="dsms dsms-report"><div>{badges}</div>{body}'
        f"{_findings_table(report.findings, text)}{_report_extras(report)}</div>"
    )


def policy_html(policy: Policy) -> str:
    """A policy's key numbers and the table of rules that run under it."""
    from ._policydocs import rules_table

    h, f, b = policy.hours, policy.frequency, policy.billing
    facts = [
        ("locales", ", ".join(policy.locales) or policy.default_locale),
        ("time zones", ", ".join(policy.timezones)),
        ("send window", f"{h.start:%H:%M}–{h.end:%H:%M} ({', '.join(h.days)})"),
        ("frequency", f"{f.per_day} per day, {f.per_7_days} per 7 days"),
        ("billing", f"{b.mode}, budget {b.segment_budget} segments"),
    ]
    if policy.extends:
        facts.insert(0, ("extends", policy.extends))
    fact_rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in facts)
    rows = "".join(
        f"<tr><td>{_e(r['code'])}</td><td>{_e(r['name'])}</td><td>{_e(r['category'])}</td>"
        f'<td class="dsms-sev-{_e(r["severity"])}">{_e(r["severity"])}'
        f"{' (override: ' + _e(r['override']) + ')' if r['override'] else ''}</td>"
        f"<td>{_e(r['source'])}</td></tr>"
        for r in rules_table(policy)
    )
    title = f"{policy.name}: {policy.title}" if policy.title else policy.name
    return (
        f'{_STYLE}<div class="dsms dsms-policy"><strong>{_e(title)}</strong>'
        f"<table>{fact_rows}</table>"
        "<table><tr><th>code</th><th>name</th><th>category</th><th>severity</th>"
        f"<th>source</th></tr>{rows}</table></div>"
    )


def _count_table(title: str, counts: Mapping[Any, int], key: str) -> str:
    if not counts:
        return ""
    rows = "".join(f"<tr><td>{_e(k)}</td><td>{v}</td></tr>" for k, v in counts.items())
    return (
        f'<table class="dsms-count"><tr><th colspan="2">{_e(title)}</th></tr>'
        f"<tr><th>{_e(key)}</th><th>count</th></tr>{rows}</table>"
    )


def summary_html(summary: Summary) -> str:
    """A batch summary: totals, findings by rule, template and locale, segment counts."""
    badges = (
        _badge(f"{summary.messages} messages")
        + _badge(f"{summary.ok} ok", "dsms-ok")
        + _badge(f"{summary.refused} refused", "dsms-refused" if summary.refused else "")
        + (_badge(f"{summary.errors} without a message", "dsms-refused") if summary.errors else "")
    )
    tables = "".join(
        (
            _count_table("findings by rule", summary.by_rule, "rule"),
            _count_table("findings by template", summary.by_template, "template"),
            _count_table("findings by locale", summary.by_locale, "locale"),
            _count_table("messages by segments", summary.segments, "segments"),
        )
    )
    return (
        f'{_STYLE}<div class="dsms dsms-summary"><div>{badges}</div>'
        f'<div style="display:flex;gap:12px;flex-wrap:wrap;align-items:flex-start">{tables}</div>'
        "</div>"
    )


def messages_html(messages: Iterable[Message], *, limit: int = 50) -> str:
    """Many messages as one table (the first ``limit``), each text highlighted."""
    rows = []
    total = 0
    for msg in messages:
        total += 1
        if total > limit:
            continue
        rows.append(
            f"<tr><td>{_status_badge(msg.ok)}</td><td>{_e(msg.template)}</td>"
            f"<td>{_e(msg.locale)}</td><td>{_e(msg.encoding)}</td><td>{msg.segments}</td>"
            f"<td>{_e(' '.join(msg.report.rules))}</td>"
            f'<td class="dsms-text">{highlight(msg.text, msg.report.findings, msg.parts)}</td>'
            "</tr>"
        )
    more = f"<p>{total - limit} more not shown.</p>" if total > limit else ""
    return (
        f'{_STYLE}<div class="dsms dsms-batch"><table><tr><th></th><th>template</th>'
        "<th>locale</th><th>encoding</th><th>segments</th><th>rules</th><th>text</th></tr>"
        f"{''.join(rows)}</table>{more}</div>"
    )


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.1%})" if whole else "-"


def _tally_rows(groups: Mapping[str, EvaluationTally]) -> str:
    return "".join(
        f"<tr><td>{_e(key)}</td><td>{_share(t.flagged, t.violations)}</td>"
        f"<td>{t.refused if t.violations else '-'}</td>"
        f"<td>{_share(t.compliant_flagged, t.compliant)}</td></tr>"
        for key, t in groups.items()
    )


def _verdict_rows(title: str, verdicts: Sequence[EvaluatedText], limit: int) -> str:
    if not verdicts:
        return ""
    rows = "".join(
        f"<tr><td>{v.line}</td><td>{_e(v.language or '-')}</td><td>{_e(v.policy)}</td>"
        f"<td>{_e(' '.join(v.rules) or ', '.join(v.categories) or '-')}</td>"
        f'<td class="dsms-text">{_e(v.text)}</td></tr>'
        for v in verdicts[:limit]
    )
    more = f"<p>{len(verdicts) - limit} more not shown.</p>" if len(verdicts) > limit else ""
    return (
        f'<table><tr><th colspan="5">{_e(title)} ({len(verdicts)})</th></tr>'
        "<tr><th>line</th><th>language</th><th>policy</th><th>rules or labelled categories</th>"
        f"<th>text</th></tr>{rows}</table>{more}"
    )


def evaluation_html(evaluation: Evaluation, *, limit: int = 20) -> str:
    """An evaluation: the overall figures, the tallies by group, the misses and false alarms."""
    o = evaluation.overall
    badges = (
        _badge(f"{o.flagged}/{o.violations} violations flagged")
        + _badge(f"{o.refused} refused")
        + _badge(
            f"{o.compliant_flagged}/{o.compliant} compliant flagged",
            "dsms-refused" if o.compliant_flagged else "dsms-ok",
        )
    )
    head = "<tr><th></th><th>violations flagged</th><th>refused</th><th>compliant flagged</th></tr>"
    tables = "".join(
        f'<table><tr><th colspan="4">{_e(title)}</th></tr>{head}{_tally_rows(groups)}</table>'
        for title, groups in (
            ("by language", evaluation.by_language),
            ("by labelled category (violations)", evaluation.by_category),
            ("by policy", evaluation.by_policy),
        )
        if groups
    )
    return (
        f'{_STYLE}<div class="dsms dsms-evaluation"><div>{badges}</div>'
        f'<div style="display:flex;gap:12px;flex-wrap:wrap;align-items:flex-start">{tables}</div>'
        f"{_verdict_rows('violations not flagged', evaluation.misses, limit)}"
        f"{_verdict_rows('compliant texts flagged', evaluation.false_alarms, limit)}"
        "</div>"
    )
