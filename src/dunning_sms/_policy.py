"""Market policies: the law of one market as data, loaded from TOML.

A shipped policy lives in ``dunning_sms/policies/<name>.toml``. A lender's own file may say
``extend = "cn"`` and then only the keys it changes; the merged result is validated as a whole
and checked against the base so that an extension can tighten, never silently loosen.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import time
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ._errors import PolicyError
from ._report import SEVERITIES, Severity

POLICY_NAMES: tuple[str, ...] = ("cn", "us", "uk", "in", "ph", "id", "ke", "ng")
WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

Confidence = Literal["A", "B", "C", "policy"]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Strict):
    """Where a number or rule comes from: instrument, section and how sure we are.

    Confidence follows ``regulations.md``: A = primary text seen, B = reliable secondary,
    C = weak or conflicting; ``policy`` = a conservative choice of ours where the law is silent.
    """

    instrument: str
    section: str = ""
    confidence: Confidence
    url: str = ""
    note: str = ""


class Billing(_Strict):
    """How the market's gateways count and bill a message."""

    mode: Literal["gsm", "cn"] = "gsm"
    segment_budget: int = Field(default=2, ge=1, le=10)
    max_chars: int | None = Field(default=None, ge=1)
    source: Source | None = None


class Hours(_Strict):
    """The send window in the recipient's local time."""

    start: time = time(8, 0)
    end: time = time(21, 0)
    days: tuple[str, ...] = WEEKDAYS
    holidays: str | None = None
    hard_start: time | None = None
    hard_end: time | None = None
    source: Source | None = None

    @field_validator("days")
    @classmethod
    def _known_days(cls, days: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [d for d in days if d not in WEEKDAYS]
        if unknown:
            raise ValueError(f"unknown weekday(s) {unknown}; use {list(WEEKDAYS)}")
        return days

    @model_validator(mode="after")
    def _window_is_forward(self) -> Hours:
        if self.start >= self.end:
            raise ValueError("hours.start must be before hours.end (windows do not wrap)")
        return self


class Frequency(_Strict):
    """Caps on messages per borrower (and per loan)."""

    per_day: int | None = Field(default=3, ge=0)
    per_7_days: int | None = Field(default=10, ge=0)
    per_loan_per_day: int | None = Field(default=None, ge=0)
    source: Source | None = None


class OptOut(_Strict):
    """Reply words that mean "stop texting me", and the line a text must carry if required."""

    keywords: tuple[str, ...] = ("STOP", "UNSUBSCRIBE", "CANCEL", "END", "QUIT")
    source: Source | None = None


class Disclosure(_Strict):
    """One element every composed message of the market must contain."""

    element: str
    severity: Severity = "error"
    when: Literal["always", "third_party_collector", "agent"] = "always"
    description: str = ""
    source: Source | None = None


class RuleSelection(_Strict):
    """Which rules run and at which severity."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = Field(default_factory=dict)

    @field_validator("severity")
    @classmethod
    def _known_severities(cls, value: Mapping[str, str]) -> Mapping[str, str]:
        for code, sev in value.items():
            if sev not in SEVERITIES:
                raise ValueError(f"severity for {code} must be one of {list(SEVERITIES)}")
        return value


class Override(_Strict):
    """An explicit, reported downgrade of an error-level legal rule."""

    rule: str
    severity: Severity
    reason: str = Field(min_length=10)


class Policy(_Strict):
    """One market's rules as data. Load with :func:`load_policy`."""

    name: str
    title: str = ""
    description: str = ""
    extends: str | None = None
    default_locale: str = "en_US"
    locales: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("en",)
    timezones: tuple[str, ...] = ("UTC",)
    billing: Billing = Billing()
    hours: Hours = Hours()
    frequency: Frequency = Frequency()
    opt_out: OptOut = OptOut()
    disclosures: tuple[Disclosure, ...] = ()
    rules: RuleSelection = RuleSelection()
    overrides: tuple[Override, ...] = ()
    raw_fields_allowed: tuple[str, ...] = ()
    banned_phrases: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    path: str | None = None

    @field_validator("timezones")
    @classmethod
    def _known_zones(cls, zones: tuple[str, ...]) -> tuple[str, ...]:
        if not zones:
            raise ValueError("a policy needs at least one time zone")
        for zone in zones:
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"unknown IANA time zone {zone!r}") from exc
        return zones

    @property
    def zone(self) -> ZoneInfo:
        """The policy's default time zone (the first listed)."""
        return ZoneInfo(self.timezones[0])

    def severity_for(self, code: str, default: Severity) -> Severity:
        """The severity a rule runs at under this policy."""
        for override in self.overrides:
            if override.rule == code:
                return override.severity
        return self.rules.severity.get(code, default)

    def selects(self, code: str) -> bool:
        """Whether the rule with this code runs under this policy."""

        def matches(patterns: tuple[str, ...]) -> bool:
            return any(p == "ALL" or code == p or code.startswith(p) for p in patterns)

        return matches(self.rules.select) and not matches(self.rules.ignore)

    def __repr__(self) -> str:
        return f"<Policy {self.name!r} {self.title!r}>"

    def _repr_html_(self) -> str:
        from ._html import policy_html

        return policy_html(self)


def _deep_merge(base: Mapping[str, Any], top: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in top.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read_toml(text: str, file: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"invalid TOML: {exc}", file=file) from exc


@lru_cache(maxsize=32)
def _shipped_raw(name: str) -> dict[str, Any]:
    if name not in POLICY_NAMES:
        raise PolicyError(f"unknown policy {name!r}; shipped policies are {', '.join(POLICY_NAMES)}")
    resource = resources.files("dunning_sms").joinpath("policies").joinpath(f"{name}.toml")
    if not resource.is_file():
        raise PolicyError(f"policy {name!r} is not shipped in this build")
    return _read_toml(resource.read_text(encoding="utf-8"), f"{name}.toml")


def _resolve_raw(raw: dict[str, Any], file: str, seen: tuple[str, ...]) -> dict[str, Any]:
    base_name = raw.get("extend")
    if base_name is None:
        return raw
    if not isinstance(base_name, str):
        raise PolicyError("'extend' must name a policy", file=file, key="extend")
    if base_name in seen:
        raise PolicyError(f"policy extension cycle through {base_name!r}", file=file, key="extend")
    base = _resolve_raw(dict(_shipped_raw(base_name)), f"{base_name}.toml", (*seen, base_name))
    top = {k: v for k, v in raw.items() if k != "extend"}
    # Lists of disclosures and phrases add to the base rather than replace it.
    for key in ("disclosures", "banned_phrases", "sources", "overrides"):
        if key in top and key in base:
            top[key] = [*base[key], *top[key]]
    merged = _deep_merge(base, top)
    merged["extends"] = base_name
    return merged


def _validate(raw: dict[str, Any], file: str) -> Policy:
    try:
        return Policy.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        raise PolicyError(f"invalid policy: {first['msg']}", file=file, key=key) from exc


def _check_extension(policy: Policy, base: Policy, file: str) -> None:
    """An extension may tighten its base; loosening needs an explicit override."""
    if policy.hours.start < base.hours.start or policy.hours.end > base.hours.end:
        raise PolicyError(
            f"the send window may only be narrowed ({base.hours.start:%H:%M}-"
            f"{base.hours.end:%H:%M} in {base.name!r})",
            file=file,
            key="hours",
        )
    if not set(policy.hours.days) <= set(base.hours.days):
        raise PolicyError("send days may only be removed", file=file, key="hours.days")
    for cap in ("per_day", "per_7_days", "per_loan_per_day"):
        new, old = getattr(policy.frequency, cap), getattr(base.frequency, cap)
        if old is not None and (new is None or new > old):
            raise PolicyError(
                f"frequency.{cap} may only be lowered (base {old})", file=file, key=f"frequency.{cap}"
            )
    if policy.billing.segment_budget > base.billing.segment_budget:
        raise PolicyError(
            f"billing.segment_budget may only be lowered (base {base.billing.segment_budget})",
            file=file,
            key="billing.segment_budget",
        )
    from ._rules import registry

    rules = registry()
    for code, severity in policy.rules.severity.items():
        rule = rules.get(code)
        if rule is None:
            raise PolicyError(f"unknown rule code {code!r}", file=file, key=f"rules.severity.{code}")
        if rule.severity == "error" and severity != "error":
            raise PolicyError(
                f"rule {code} is an error-level legal rule; downgrading it needs an "
                "[[overrides]] entry with a reason",
                file=file,
                key=f"rules.severity.{code}",
            )
    for code in policy.rules.ignore:
        rule = rules.get(code)
        if rule is not None and rule.severity == "error" and rule.legal:
            raise PolicyError(
                f"rule {code} is an error-level legal rule and cannot be ignored",
                file=file,
                key="rules.ignore",
            )
    for override in policy.overrides:
        if override.rule not in rules:
            raise PolicyError(f"unknown rule code {override.rule!r}", file=file, key="overrides")


def load_policy(name_or_path: str | Path | Policy) -> Policy:
    """Load a shipped policy by name (``"cn"``) or a user's TOML file by path."""
    if isinstance(name_or_path, Policy):
        return name_or_path
    text_name = str(name_or_path)
    if isinstance(name_or_path, str) and text_name in POLICY_NAMES:
        return _load_shipped(text_name)
    path = Path(name_or_path)
    if not path.suffix and not path.exists():
        raise PolicyError(
            f"unknown policy {text_name!r}; shipped policies are {', '.join(POLICY_NAMES)},"
            " or give the path of a .toml file"
        )
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"cannot read policy file: {exc.strerror}", file=str(path)) from exc
    raw = _read_toml(text, str(path))
    if "name" not in raw:
        raw["name"] = path.stem
    merged = _resolve_raw(raw, str(path), ())
    merged["path"] = str(path)
    policy = _validate(merged, str(path))
    if policy.extends is not None:
        _check_extension(policy, _load_shipped(policy.extends), str(path))
    return policy


@lru_cache(maxsize=len(POLICY_NAMES))
def _load_shipped(name: str) -> Policy:
    raw = dict(_shipped_raw(name))
    return _validate(_resolve_raw(raw, f"{name}.toml", (name,)), f"{name}.toml")


def shipped_policies() -> tuple[Policy, ...]:
    """Every policy shipped in the package that this build has."""
    found = []
    for name in POLICY_NAMES:
        resource = resources.files("dunning_sms").joinpath("policies").joinpath(f"{name}.toml")
        if resource.is_file():
            found.append(_load_shipped(name))
    return tuple(found)
