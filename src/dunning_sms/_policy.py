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
from ._report import SEVERITIES, SEVERITY_RANK, Severity

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
        if (
            self.hard_start is not None
            and self.hard_end is not None
            and self.hard_start >= self.hard_end
        ):
            raise ValueError("hours.hard_start must be before hours.hard_end")
        if not self.days:
            raise ValueError("hours.days names no day: every send would be refused")
        if self.holidays is not None:
            import holidays

            if self.holidays.upper() not in holidays.list_supported_countries():
                # Else the first send on a checked day fails inside the hours rule.
                raise ValueError(f"hours.holidays: no public holiday calendar {self.holidays!r}")
        return self


class Frequency(_Strict):
    """Caps on messages per borrower (and per borrower and loan).

    "Day" is a rolling 24 hours and "7 days" a rolling 168 hours ending at the send time
    (see ``docs/contact.md`` for why not the calendar day).
    """

    per_day: int | None = Field(default=3, ge=0)
    per_7_days: int | None = Field(default=10, ge=0)
    per_loan_per_day: int | None = Field(default=None, ge=0)
    # Massachusetts counts per debt over 7 days (209 CMR 18.16(1)(d)); None = no such cap.
    per_loan_per_7_days: int | None = Field(default=None, ge=0)
    source: Source | None = None


class OptOut(_Strict):
    """Reply words that mean "stop texting me", and the line a text must carry if required."""

    keywords: tuple[str, ...] = ("STOP", "UNSUBSCRIBE", "CANCEL", "END", "QUIT")
    source: Source | None = None


# Each required-content element is checked by one rule of the ``disclosure`` family.
DISCLOSURE_RULES: Mapping[str, str] = {
    "signature": "DIS001",
    "no_brackets_in_body": "DIS002",
    "no_refused_symbols": "DIS013",
    "opt_out_instruction": "DIS003",
    "lender_name": "DIS004",
    "amount": "DIS005",
    "due_date_or_days_overdue": "DIS006",
    "payment_channel": "DIS007",
    "hotline": "DIS008",
    "debt_collector_notice": "DIS009",
    "agent_name": "DIS010",
    "creditor_name": "DIS011",
    "debt_advice": "DIS012",
}


class Disclosure(_Strict):
    """One element every composed message of the market must contain.

    ``forms`` are extra phrases (case and spacing ignored) that count as the element in the
    text, on top of the built-in detection.
    """

    element: str
    severity: Severity = "error"
    when: Literal["always", "third_party_collector", "agent"] = "always"
    description: str = ""
    forms: tuple[str, ...] = ()
    source: Source | None = None

    @field_validator("element")
    @classmethod
    def _known_element(cls, element: str) -> str:
        if element not in DISCLOSURE_RULES:
            raise ValueError(
                f"unknown disclosure element {element!r}; known: {', '.join(DISCLOSURE_RULES)}"
            )
        return element

    @property
    def rule(self) -> str:
        """The code of the rule that checks this element."""
        return DISCLOSURE_RULES[self.element]


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

    @field_validator("reason")
    @classmethod
    def _said(cls, reason: str) -> str:
        if len(reason.strip()) < 10:
            raise ValueError("an override's reason says why, in at least 10 characters")
        return reason


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

    @field_validator("default_locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        from ._models import parse_locale

        parse_locale(value)  # a ValueError naming the locale
        return value

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
        """The severity a rule runs at under this policy.

        An extension's overrides follow its base's, so the last one for a rule wins (an
        extension may raise again what its base lowered), and a stricter ``rules.severity``
        wins over an override.
        """
        for override in reversed(self.overrides):
            if override.rule == code:
                chosen = self.rules.severity.get(code)
                if (
                    chosen is not None and SEVERITY_RANK[chosen] < SEVERITY_RANK[override.severity]
                ):  # rank 0 is error
                    return chosen
                return override.severity
        return self.rules.severity.get(code, default)

    def selects(self, code: str) -> bool:
        """Whether the rule with this code runs under this policy."""

        def matches(patterns: tuple[str, ...]) -> bool:
            return any(p in ("ALL", code) or code.startswith(p) for p in patterns)

        return matches(self.rules.select) and not matches(self.rules.ignore)

    def effective_disclosures(self) -> tuple[Disclosure, ...]:
        """The disclosures, one per (element, when), at the strictest severity listed.

        An extension's list is appended to its base's, so a repeated element can only make
        the requirement stricter (or add forms), never weaker.
        """
        merged: dict[tuple[str, str], Disclosure] = {}
        for item in self.disclosures:
            key = (item.element, item.when)
            old = merged.get(key)
            if old is None:
                merged[key] = item
                continue
            strict = old if SEVERITY_RANK[old.severity] <= SEVERITY_RANK[item.severity] else item
            forms = tuple(dict.fromkeys((*old.forms, *item.forms)))
            merged[key] = strict.model_copy(update={"forms": forms})
        return tuple(merged.values())

    def default_severity(self, code: str, rule_default: Severity) -> Severity:
        """A rule's severity before ``rules.severity`` and overrides apply.

        For a disclosure rule that is the severity the policy gives the element.
        """
        levels = [d.severity for d in self.effective_disclosures() if d.rule == code]
        return min(levels, key=SEVERITY_RANK.__getitem__) if levels else rule_default

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
        raise PolicyError(
            f"unknown policy {name!r}; shipped policies are {', '.join(POLICY_NAMES)}"
        )
    resource = resources.files("dunning_sms").joinpath("policies").joinpath(f"{name}.toml")
    if not resource.is_file():
        raise PolicyError(f"policy {name!r} is not shipped in this build")
    return _read_toml(resource.read_text(encoding="utf-8"), f"{name}.toml")


def _resolve_raw(raw: dict[str, Any], file: str, seen: tuple[str, ...]) -> dict[str, Any]:
    """Merge ``raw`` onto the policy it extends (recursively); ``seen`` guards cycles.

    ``extend`` names a shipped policy or, for a lender's layered files, another TOML file
    (relative to the extending file).
    """
    base_name = raw.get("extend")
    if base_name is None:
        return raw
    if not isinstance(base_name, str) or not base_name:
        raise PolicyError("'extend' must name a policy", file=file, key="extend")
    if base_name in POLICY_NAMES:
        base_id, base_file = base_name, f"{base_name}.toml"
        base_raw = dict(_shipped_raw(base_name))
    elif base_name.endswith(".toml"):
        base_path = (Path(file).parent / base_name).resolve()
        base_id = base_file = str(base_path)
        try:
            text = base_path.read_text(encoding="utf-8")
        except OSError as exc:
            raise PolicyError(
                f"cannot read base policy {base_name!r}: {exc.strerror}", file=file, key="extend"
            ) from exc
        base_raw = _read_toml(text, base_file)
        base_raw.setdefault("name", base_path.stem)
    else:
        raise PolicyError(
            f"unknown base policy {base_name!r}; extend one of {', '.join(POLICY_NAMES)}"
            " or a .toml file",
            file=file,
            key="extend",
        )
    if base_id in seen:
        raise PolicyError(
            f"policy extension cycle: {' -> '.join((*seen, base_id))}", file=file, key="extend"
        )
    base = _resolve_raw(base_raw, base_file, (*seen, base_id))
    top = {k: v for k, v in raw.items() if k != "extend"}
    # Lists of disclosures, phrases and overrides add to the base rather than replace it.
    for key in ("disclosures", "banned_phrases", "sources", "overrides"):
        if key in top and key in base:
            if not isinstance(top[key], list):
                raise PolicyError(f"{key!r} must be a list", file=file, key=key)
            top[key] = [*base[key], *top[key]]
    merged = _deep_merge(base, top)
    merged["extends"] = base_id
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
    for bound, later in (("hard_start", False), ("hard_end", True)):
        new_t, old_t = getattr(policy.hours, bound), getattr(base.hours, bound)
        if old_t is not None and (new_t is None or (new_t > old_t if later else new_t < old_t)):
            raise PolicyError(
                f"hours.{bound} may only be narrowed (base {old_t:%H:%M})",
                file=file,
                key=f"hours.{bound}",
            )
    if not set(policy.hours.days) <= set(base.hours.days):
        raise PolicyError("send days may only be removed", file=file, key="hours.days")
    if base.hours.holidays is not None and policy.hours.holidays != base.hours.holidays:
        raise PolicyError(
            f"hours.holidays may not drop or replace the base calendar {base.hours.holidays!r}",
            file=file,
            key="hours.holidays",
        )
    if not set(base.languages) <= set(policy.languages):
        # The wording rules run per language: dropping one drops the law's words in it.
        raise PolicyError(
            f"languages may only be added to; {sorted(set(base.languages) - set(policy.languages))}"
            f" of {base.name!r} are missing",
            file=file,
            key="languages",
        )
    dropped = [zone for zone in base.timezones if zone not in policy.timezones]
    if dropped:
        # A borrower whose zone is unknown must suit every policy zone: fewer zones would
        # widen the send window and move the date the stage is judged on.
        raise PolicyError(
            f"timezones may only be added to; {dropped} of {base.name!r} are missing",
            file=file,
            key="timezones",
        )
    for cap in ("per_day", "per_7_days", "per_loan_per_day", "per_loan_per_7_days"):
        new, old = getattr(policy.frequency, cap), getattr(base.frequency, cap)
        if old is not None and (new is None or new > old):
            raise PolicyError(
                f"frequency.{cap} may only be lowered (base {old})",
                file=file,
                key=f"frequency.{cap}",
            )
    if policy.billing.mode != base.billing.mode:
        raise PolicyError(
            f"billing.mode is fixed by the market ({base.billing.mode!r})",
            file=file,
            key="billing.mode",
        )
    if policy.billing.segment_budget > base.billing.segment_budget:
        raise PolicyError(
            f"billing.segment_budget may only be lowered (base {base.billing.segment_budget})",
            file=file,
            key="billing.segment_budget",
        )
    old_max, new_max = base.billing.max_chars, policy.billing.max_chars
    if old_max is not None and (new_max is None or new_max > old_max):
        raise PolicyError(
            f"billing.max_chars may only be lowered (base {old_max})",
            file=file,
            key="billing.max_chars",
        )
    missing_words = set(base.opt_out.keywords) - set(policy.opt_out.keywords)
    if missing_words:
        raise PolicyError(
            f"opt_out.keywords may only be added to; missing {sorted(missing_words)}",
            file=file,
            key="opt_out.keywords",
        )
    from ._rules import registry

    rules = registry()
    overridden = {override.rule for override in policy.overrides}
    for override in policy.overrides:
        if override.rule not in rules:
            raise PolicyError(f"unknown rule code {override.rule!r}", file=file, key="overrides")
    base_forms = {
        (d.element, d.when): (base.severity_for(d.rule, d.severity), set(d.forms))
        for d in base.effective_disclosures()
    }
    for item in policy.effective_disclosures():
        level, forms = base_forms.get((item.element, item.when), ("info", set(item.forms)))
        if level == "error" and not set(item.forms) <= forms and item.rule not in overridden:
            # A new accepted form lets other wording satisfy a legal requirement.
            raise PolicyError(
                f"new forms for the error-level element {item.element!r} weaken {item.rule};"
                " they need an [[overrides]] entry for that rule with a reason",
                file=file,
                key="disclosures",
            )
    for code in (*policy.rules.ignore, *(c for c in policy.rules.select if c != "ALL")):
        if code not in rules and not any(name.startswith(code) for name in rules):
            raise PolicyError(f"unknown rule code or prefix {code!r}", file=file, key="rules")
    for code in policy.rules.severity:
        if code not in rules:
            raise PolicyError(
                f"unknown rule code {code!r}", file=file, key=f"rules.severity.{code}"
            )
    for code, rule in rules.items():
        if not rule.legal or not base.selects(code):
            continue
        if code in DISCLOSURE_RULES.values() and all(d.rule != code for d in base.disclosures):
            continue  # a disclosure rule only runs for the elements a policy requires
        if base.severity_for(code, base.default_severity(code, rule.severity)) != "error":
            continue
        if not policy.selects(code):
            raise PolicyError(
                f"rule {code} ({rule.name}) is an error-level legal rule in {base.name!r} and "
                "cannot be deselected or ignored; an [[overrides]] entry can lower its severity",
                file=file,
                key="rules",
            )
        if code in overridden:
            continue
        if policy.severity_for(code, policy.default_severity(code, rule.severity)) != "error":
            raise PolicyError(
                f"rule {code} ({rule.name}) is an error-level legal rule in {base.name!r}; "
                "downgrading it needs an [[overrides]] entry (rule, severity, reason)",
                file=file,
                key=f"rules.severity.{code}",
            )


def load_policy(name_or_path: str | Path | Policy) -> Policy:
    """Load a shipped policy by name (``"cn"``) or a user's TOML file by path."""
    if isinstance(name_or_path, Policy):
        return name_or_path
    if not isinstance(name_or_path, str | Path) or not str(name_or_path).strip():
        raise PolicyError(
            "a policy is a shipped name (" + ", ".join(POLICY_NAMES) + "), the path of a .toml "
            f"file or a Policy, not {name_or_path!r}"
        )
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
    if not raw:
        raise PolicyError(
            'the policy file is empty: start it with extend = "cn" (or another policy) and '
            "state what differs",
            file=str(path),
        )
    if "extends" in raw:
        # The loader's record of the base, not a key to write: it would skip the merge.
        raise PolicyError(
            'unknown key extends: a policy names its base with extend = "cn"',
            file=str(path),
            key="extends",
        )
    if "name" not in raw:
        raw["name"] = path.stem
    merged = _resolve_raw(raw, str(path), (str(path.resolve()),))
    merged["path"] = str(path)
    policy = _validate(merged, str(path))
    if policy.extends is not None:
        _check_extension(policy, load_policy(policy.extends), str(path))
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
