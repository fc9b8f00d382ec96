"""Batches for notebooks: compose or check a table of rows, and summarise the results.

pandas is optional (``pip install 'dunning-sms[pandas]'``): given a DataFrame or Series the
functions return a DataFrame; given a list they return a list of dicts and never import it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ._compose import Composer, Message, _check_with, _engine_for, _Known, _require_lender
from ._errors import InputError
from ._models import Lender
from ._policy import Policy, load_policy
from ._rows import _lender_from, require_unique_columns, row_from_mapping
from ._segments import segments

FREE_TEXT = "(free text)"


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "this needs pandas: install the extra with  pip install 'dunning-sms[pandas]'"
        ) from None
    return pandas


def _is_frame(obj: object, kind: str) -> bool:
    """Whether ``obj`` is a pandas DataFrame/Series, without importing pandas."""
    cls = type(obj)
    return cls.__name__ == kind and cls.__module__.split(".")[0] == "pandas"


def frame_records(df: Any) -> list[dict[str, Any]]:
    """A DataFrame's rows as plain mappings; a column that occurs twice is an InputError
    (pandas would keep one of them without a word)."""
    require_unique_columns([str(c) for c in df.columns])
    # Missing cells arrive as NaN or NA: read them as absent, as a JSONL row would be.
    return [{k: _plain(v) for k, v in r.items()} for r in df.to_dict("records")]


def _plain(value: Any) -> Any:
    """A cell from pandas as the plain Python value the models expect."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    module = type(value).__module__.split(".")[0]
    if module == "pandas":
        if type(value).__name__ in ("NAType", "NaTType"):
            return None
        if hasattr(value, "to_pydatetime"):
            value = value.to_pydatetime()
    elif module == "numpy" and hasattr(value, "item"):
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    if isinstance(value, datetime) and value.tzinfo is None and value.time() == datetime.min.time():
        return value.date()
    return value


def message_record(msg: Message) -> dict[str, Any]:
    """One result row for a composed message (the columns of :func:`compose_frame`)."""
    return {
        "loan_id": msg.loan_id,
        "template": msg.template,
        "locale": msg.locale,
        "variant": msg.variant,
        "text": msg.text,
        "encoding": msg.encoding,
        "segments": msg.segments,
        "units": msg.units,
        "ok": msg.ok,
        "rules": list(msg.report.rules),
        "findings": [f.to_dict() for f in msg.report.findings],
        "content_hash": msg.content_hash,
    }


def compose_frame(
    df: Any,
    *,
    template: str,
    policy: str | Path | Policy = "cn",
    templates: str | Path | None = None,
    lender: Lender | Mapping[str, Any] | None = None,
    as_of: date | None = None,
    now: datetime | None = None,
) -> Any:
    """Compose one message per row; a DataFrame in gives a DataFrame out (same index).

    Rows are nested or flat as in the CLI's CSV/JSONL input. A row's ``template``, ``policy``
    and ``as_of`` columns win over the arguments. Messages are previewed, not refused: a row
    whose message has error findings comes back with ``ok`` False and its findings.
    A list of dicts gives a list of dicts and does not need pandas.
    """
    frame = _is_frame(df, "DataFrame")
    if frame:
        records = frame_records(df)
    elif isinstance(df, Iterable) and not isinstance(df, str | bytes | Mapping):
        records = list(df)
    else:
        raise InputError(
            f"compose_frame takes a DataFrame or a list of dicts, not {type(df).__name__}"
        )
    default_lender = lender if isinstance(lender, Lender) or lender is None else None
    if lender is not None and default_lender is None:
        if not isinstance(lender, Mapping):
            raise InputError(
                f"lender is a Lender or a mapping of its fields, not {type(lender).__name__}",
                field="lender",
            )
        default_lender = _lender_from(lender, None)
    composers: dict[str, Composer] = {}
    base = Composer(policy, templates=templates)
    out = []
    for number, raw in enumerate(records, start=1):
        row = row_from_mapping(raw, line=number, lender=default_lender)
        composer = base
        if row.policy and row.policy != base.policy.name:
            composer = composers.get(row.policy) or composers.setdefault(
                row.policy, Composer(row.policy, templates=templates)
            )
        msg = composer.preview(
            row.template or template,
            borrower=row.borrower,
            loan=row.loan,
            lender=row.lender,
            as_of=row.as_of or as_of,
            now=now,
        )
        out.append(message_record(msg))
    if frame:
        return _pandas().DataFrame(out, index=df.index, columns=_COMPOSE_COLUMNS)
    return out


_COMPOSE_COLUMNS = [
    "loan_id",
    "template",
    "locale",
    "variant",
    "text",
    "encoding",
    "segments",
    "units",
    "ok",
    "rules",
    "findings",
    "content_hash",
]
_CHECK_COLUMNS = ["text", "locale", "encoding", "segments", "units", "ok", "rules", "findings"]


def check_frame(
    series: Any,
    *,
    policy: str | Path | Policy = "cn",
    locale: str | None = None,
    lender: Lender | None = None,
    legal_action_intended: bool | None = None,
    contact_authorised: bool | None = None,
) -> Any:
    """Check each text (free-text rules only); a Series in gives a DataFrame out.

    ``encoding``/``segments``/``units`` are counted under the policy's billing. A list of
    strings gives a list of dicts and does not need pandas. ``lender``,
    ``legal_action_intended`` and ``contact_authorised`` apply to every text, as in
    :func:`check`.
    """
    if _is_frame(series, "DataFrame"):
        raise InputError("check_frame takes a Series of texts (frame['text']), not a DataFrame")
    frame = _is_frame(series, "Series")
    if frame:
        texts = list(series.tolist())
    elif isinstance(series, Iterable) and not isinstance(series, str | bytes | Mapping):
        texts = list(series)
    else:
        raise InputError(
            f"check_frame takes a Series or a list of str, not {type(series).__name__}"
        )
    # Checked once, before the rows: a wrong lender or fact is no row's fault.
    _require_lender(lender)
    known = _Known(legal_action_intended, contact_authorised)
    loaded = load_policy(policy)
    engine = _engine_for(loaded)
    out = []
    for number, text in enumerate(texts, start=1):
        if not isinstance(text, str):
            raise InputError(
                f"row {number} is {type(text).__name__}, not str", line=number, field="text"
            )
        try:
            report = _check_with(engine, loaded, text, locale, lender, known=known)
        except InputError as exc:
            raise InputError(exc.message, line=number, field=exc.field) from None
        info = segments(text, billing=loaded.billing.mode)
        out.append(
            {
                "text": text,
                "locale": locale or loaded.default_locale,
                "encoding": info.encoding,
                "segments": info.segments,
                "units": info.units,
                "ok": report.ok,
                "rules": list(report.rules),
                "findings": [f.to_dict() for f in report.findings],
            }
        )
    if frame:
        return _pandas().DataFrame(out, index=series.index, columns=_CHECK_COLUMNS)
    return out


@dataclass(frozen=True)
class Summary:
    """Counts over a batch: findings by rule, template and locale; messages by segments."""

    messages: int = 0
    ok: int = 0
    # Rows of a batch that gave no message (invalid input), kept apart from the messages.
    errors: int = 0
    by_rule: dict[str, int] = field(default_factory=dict)
    by_template: dict[str, int] = field(default_factory=dict)
    by_locale: dict[str, int] = field(default_factory=dict)
    by_severity: dict[str, int] = field(default_factory=dict)
    segments: dict[int, int] = field(default_factory=dict)
    findings: dict[tuple[str, str, str], int] = field(default_factory=dict)

    @property
    def refused(self) -> int:
        """Messages with at least one error finding."""
        return self.messages - self.ok

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "messages": self.messages,
            "ok": self.ok,
            "refused": self.refused,
            "errors": self.errors,
            "by_rule": dict(self.by_rule),
            "by_template": dict(self.by_template),
            "by_locale": dict(self.by_locale),
            "by_severity": dict(self.by_severity),
            "segments": {str(k): v for k, v in self.segments.items()},
            "findings": [
                {"rule": r, "template": t, "locale": loc, "count": n}
                for (r, t, loc), n in self.findings.items()
            ],
        }

    def to_frame(self, kind: str = "findings") -> Any:
        """A DataFrame: ``"findings"`` (rule, template, locale, count) or ``"segments"``."""
        pd = _pandas()
        if kind == "findings":
            rows = [
                {"rule": r, "template": t, "locale": loc, "count": n}
                for (r, t, loc), n in self.findings.items()
            ]
            return pd.DataFrame(rows, columns=["rule", "template", "locale", "count"])
        if kind == "segments":
            rows = [{"segments": k, "messages": v} for k, v in self.segments.items()]
            return pd.DataFrame(rows, columns=["segments", "messages"])
        raise ValueError(f"kind must be 'findings' or 'segments', not {kind!r}")

    def plot(self) -> Any:
        """Bar charts of findings by rule and messages by segments (needs matplotlib)."""
        try:
            import matplotlib.pyplot as plt
        except ImportError:
            raise ImportError(
                "Summary.plot needs matplotlib, which dunning-sms does not install: "
                "pip install matplotlib"
            ) from None
        fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.5))
        left.bar(list(self.by_rule), list(self.by_rule.values()), color="#e8590c")
        left.set_title("findings by rule")
        left.tick_params(axis="x", labelrotation=45)
        right.bar([str(k) for k in self.segments], list(self.segments.values()), color="#1c7ed6")
        right.set_title("messages by segments")
        right.set_xlabel("segments")
        fig.tight_layout()
        return fig

    def __repr__(self) -> str:
        top = ", ".join(f"{r}={n}" for r, n in list(self.by_rule.items())[:5])
        errors = f", {self.errors} rows without a message" if self.errors else ""
        return (
            f"<Summary {self.messages} messages, {self.refused} refused{errors}; "
            f"{top or 'no findings'}>"
        )

    def _repr_html_(self) -> str:
        from ._html import summary_html

        return summary_html(self)


def _records(messages: Any) -> Iterable[Mapping[str, Any]]:
    if _is_frame(messages, "DataFrame"):
        yield from messages.to_dict("records")
        return
    for item in messages:
        if isinstance(item, Message):
            yield message_record(item)
        elif isinstance(item, Mapping):
            yield item
        else:
            raise InputError(f"summarize takes Messages or result rows, not {type(item).__name__}")


def _descending(counter: Counter[Any]) -> dict[Any, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def summarize(messages: Iterable[Message] | Iterable[Mapping[str, Any]] | Any) -> Summary:
    """Count a batch: Messages, or the rows or DataFrame that the frame functions return."""
    total = ok = errors = 0
    rules: Counter[str] = Counter()
    by_template: Counter[str] = Counter()
    by_locale: Counter[str] = Counter()
    severity: Counter[str] = Counter()
    segment_counts: Counter[int] = Counter()
    triples: Counter[tuple[str, str, str]] = Counter()
    for record in _records(messages):
        if "segments" not in record and "error" in record:
            errors += 1  # a batch row with no message (compose_file's error records)
            continue
        total += 1
        ok += bool(record["ok"])
        segment_counts[int(record["segments"])] += 1
        tpl = str(record.get("template") or FREE_TEXT)
        loc = str(record.get("locale") or "-")
        findings: Sequence[Mapping[str, Any]] = record.get("findings") or ()
        for finding in findings:
            rule = str(finding["rule"])
            rules[rule] += 1
            by_template[tpl] += 1
            by_locale[loc] += 1
            severity[str(finding["severity"])] += 1
            triples[(rule, tpl, loc)] += 1
    return Summary(
        messages=total,
        ok=ok,
        errors=errors,
        by_rule=_descending(rules),
        by_template=_descending(by_template),
        by_locale=_descending(by_locale),
        by_severity=_descending(severity),
        segments=dict(sorted(segment_counts.items())),
        findings=_descending(triples),
    )
