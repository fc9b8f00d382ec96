"""Findings and the Report that carries them, with a versioned JSON form."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, get_args

from ._pickling import fast_state

Severity = Literal["error", "warning", "info"]
SEVERITIES: Final[tuple[Severity, ...]] = get_args(Severity)
SEVERITY_RANK: Final[Mapping[str, int]] = {"error": 0, "warning": 1, "info": 2}

Category = Literal[
    "threat_violence",
    "threat_arrest_or_criminal",
    "threat_home_or_workplace_visit",
    "false_legal_action",
    "third_party_disclosure_or_contact",
    "public_shaming",
    "insult_or_obscene",
    "impersonation_official",
    "false_urgency_or_misleading",
    "impolite",
    "pii_unmasked",
    "length",
    "encoding",
    "missing_disclosure",
    "sending_hours",
    "frequency",
    "opted_out",
    "invisible_characters",
    "template",
    "locale_fallback",
]
CATEGORIES: Final[tuple[Category, ...]] = get_args(Category)

REPORT_SCHEMA_VERSION: Final = 1


@fast_state
@dataclass(frozen=True, slots=True)
class Finding:
    """One rule's verdict on one span of a message.

    ``start`` and ``end`` are offsets into the checked text (``end`` exclusive); a finding
    about the whole message (a missing disclosure, the sending time) spans ``0..0``.
    """

    rule: str
    category: Category
    severity: Severity
    start: int
    end: int
    message: str
    name: str = ""
    data: Mapping[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        out: dict[str, Any] = {
            "rule": self.rule,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "message": self.message,
        }
        if self.data:
            out["data"] = dict(self.data)
        return out

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Finding:
        """Inverse of :meth:`to_dict`; an InputError names the key that does not fit."""
        from ._errors import InputError

        try:
            category, severity = raw["category"], raw["severity"]
            start, end = raw["start"], raw["end"]
            data = dict(raw.get("data", {}))
            fields = {"rule": raw["rule"], "message": raw["message"], "name": raw.get("name", "")}
        except KeyError as exc:
            raise InputError(f"a finding needs {exc.args[0]!r}", field=str(exc.args[0])) from None
        except (TypeError, ValueError):
            raise InputError("a finding is a mapping; its data a mapping", field="data") from None
        if category not in CATEGORIES:
            raise InputError(f"unknown finding category {category!r}", field="category")
        if severity not in SEVERITIES:
            raise InputError(f"unknown finding severity {severity!r}", field="severity")
        for key, value in (("start", start), ("end", end)):
            if isinstance(value, bool) or not isinstance(value, int):
                # int(3.9) would move the span without a word.
                raise InputError(f"a finding's {key} is an int, not {value!r}", field=key)
        values = [*fields.values(), *data.values()]
        if not all(isinstance(value, str) for value in values):
            raise InputError("a finding's rule, message, name and data are strings", field="data")
        return cls(
            rule=fields["rule"],
            category=category,
            severity=severity,
            start=start,
            end=end,
            message=fields["message"],
            name=fields["name"],
            data={str(k): v for k, v in data.items()},
        )


@fast_state
@dataclass(frozen=True, slots=True)
class Suppression:
    """A template's request to silence a warning-level rule, with its reason."""

    rule: str
    reason: str
    used: bool = False


@fast_state
@dataclass(frozen=True, slots=True)
class Report:
    """Everything the checks found about one text. ``ok`` means no error-level finding."""

    findings: tuple[Finding, ...] = ()
    policy: str = ""
    suppressed: tuple[Suppression, ...] = ()
    raw_fields: tuple[str, ...] = ()
    replacements: tuple[tuple[int, str, str], ...] = ()

    @property
    def ok(self) -> bool:
        """True when no finding is an error."""
        return not any(finding.severity == "error" for finding in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The error-level findings."""
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The warning-level findings."""
        return tuple(f for f in self.findings if f.severity == "warning")

    @property
    def rules(self) -> tuple[str, ...]:
        """The distinct rule codes found, in order of first appearance."""
        return tuple(dict.fromkeys(f.rule for f in self.findings))

    def by_category(self, category: Category) -> tuple[Finding, ...]:
        """The findings of one category."""
        return tuple(f for f in self.findings if f.category == category)

    def by_rule(self, code: str) -> tuple[Finding, ...]:
        """The findings of one rule code ("TPL004")."""
        return tuple(f for f in self.findings if f.rule == code)

    def to_dict(self) -> dict[str, Any]:
        """The versioned JSON form (see :func:`report_json_schema`)."""
        return {
            "schema": "dunning-sms/report",
            "version": REPORT_SCHEMA_VERSION,
            "ok": self.ok,
            "policy": self.policy,
            "findings": [f.to_dict() for f in self.findings],
            "suppressed": [
                {"rule": s.rule, "reason": s.reason, "used": s.used} for s in self.suppressed
            ],
            "raw_fields": list(self.raw_fields),
            "replacements": [
                {"position": pos, "original": old, "replacement": new}
                for pos, old, new in self.replacements
            ],
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Report:
        """Read the JSON form back; refuses other schema versions (InputError)."""
        from ._errors import InputError

        if not isinstance(raw, Mapping):
            raise InputError(f"a report is a mapping, not {type(raw).__name__}")
        if raw.get("schema") != "dunning-sms/report" or raw.get("version") != 1:
            raise InputError("not a dunning-sms report of schema version 1", field="schema")
        try:
            return cls._read(raw)
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"a report's lists do not fit its schema ({exc!r})") from None

    @classmethod
    def _read(cls, raw: Mapping[str, Any]) -> Report:
        return cls(
            findings=tuple(Finding.from_dict(f) for f in raw.get("findings", ())),
            policy=str(raw.get("policy", "")),
            suppressed=tuple(
                Suppression(str(s["rule"]), str(s["reason"]), bool(s.get("used", False)))
                for s in raw.get("suppressed", ())
            ),
            raw_fields=tuple(str(x) for x in raw.get("raw_fields", ())),
            replacements=tuple(
                (int(r["position"]), str(r["original"]), str(r["replacement"]))
                for r in raw.get("replacements", ())
            ),
        )

    @staticmethod
    def json_schema() -> dict[str, Any]:
        """JSON Schema (draft 2020-12) of :meth:`to_dict`'s output."""
        return report_json_schema()

    def __repr__(self) -> str:
        counts = {s: sum(1 for f in self.findings if f.severity == s) for s in SEVERITIES}
        shown = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
        return f"<Report ok={self.ok} {shown or 'no findings'} rules={list(self.rules)}>"

    def _repr_html_(self) -> str:
        from ._html import report_html

        return report_html(self)


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Findings in a stable order: by position, then severity, then rule code."""
    return tuple(
        sorted(findings, key=lambda f: (f.start, f.end, SEVERITY_RANK[f.severity], f.rule))
    )


def report_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of :meth:`Report.to_dict`'s output."""
    finding = {
        "type": "object",
        "required": ["rule", "category", "severity", "start", "end", "message"],
        "properties": {
            "rule": {"type": "string"},
            "name": {"type": "string"},
            "category": {"enum": list(CATEGORIES)},
            "severity": {"enum": list(SEVERITIES)},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "message": {"type": "string"},
            "data": {"type": "object", "additionalProperties": {"type": "string"}},
        },
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://dunning-sms.dev/schema/report-v1.json",
        "title": "dunning-sms report",
        "type": "object",
        "required": ["schema", "version", "ok", "policy", "findings"],
        "properties": {
            "schema": {"const": "dunning-sms/report"},
            "version": {"const": REPORT_SCHEMA_VERSION},
            "ok": {"type": "boolean"},
            "policy": {"type": "string"},
            "findings": {"type": "array", "items": finding},
            "suppressed": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["rule", "reason", "used"],
                    "properties": {
                        "rule": {"type": "string"},
                        "reason": {"type": "string"},
                        "used": {"type": "boolean"},
                    },
                },
            },
            "raw_fields": {"type": "array", "items": {"type": "string"}},
            "replacements": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["position", "original", "replacement"],
                    "properties": {
                        "position": {"type": "integer"},
                        "original": {"type": "string"},
                        "replacement": {"type": "string"},
                    },
                },
            },
        },
        "additionalProperties": False,
    }
