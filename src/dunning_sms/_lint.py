"""Author-time checks of a template library: ``dunning-sms lint``.

Static checks walk each template's Jinja2 AST against the context the composer really
builds (the names are read from the composer's own views, so they cannot drift): syntax,
undefined and unused variables, unknown filters, raw personal fields, metadata and
suppressions, and a worst-case render with every field at its longest. Then every template
is composed against every fixture of its market (``data/fixtures/<market>.jsonl``) under
that market's policy, and each rule finding is reported at the template line it came from.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

from jinja2 import nodes

from ._errors import DunningError, InputError, TemplateError
from ._models import Borrower, Lender, Loan, PaymentChannel
from ._policy import POLICY_NAMES, Policy, load_policy
from ._report import SEVERITY_RANK, Severity
from ._segments import MAX_CHARS, segments
from ._stages import STAGES, as_of_for_stage
from ._templates import (
    _KEY,
    _LOCALE_DIR,
    RAW_FIELDS,
    TemplateLibrary,
    TemplateMeta,
    TemplateSource,
    _parse_meta,
    shipped_templates_dir,
)

__all__ = ["LINT_RULES", "LintFinding", "LintResult", "lint_library"]

# Lint's own codes; rule findings from composing keep their rule codes (DIS003, PII001...).
LINT_RULES: Final[Mapping[str, tuple[Severity, str]]] = {
    "LNT001": ("error", "template syntax error"),
    "LNT002": ("error", "invalid template metadata"),
    "LNT003": ("error", "undefined variable or attribute"),
    "LNT004": ("warning", "unused variable"),
    "LNT005": ("error", "raw personal field not declared or not allowed"),
    "LNT006": ("info", "worst-case render exceeds the segment budget"),
    "LNT007": ("error", "invalid suppression"),
    "LNT008": ("error", "unknown filter or test"),
    "LNT009": ("error", "template failed to render"),
    "LNT010": ("warning", "no market or fixtures to compose against"),
    "LNT011": ("error", "worst-case render exceeds the platform's maximum length"),
    "LNT012": ("error", "a file or folder the library does not read, or no template at all"),
}

MARKET_OF_LOCALE: Final[Mapping[str, str]] = {
    locale: name for name in POLICY_NAMES for locale in load_policy(name).locales
}
_SCALARS: Final = frozenset({"stage", "locale", "as_of"})


@dataclass(frozen=True, slots=True)
class LintFinding:
    """One problem, at a file and line of the library."""

    path: str
    line: int
    severity: Severity
    code: str
    message: str
    fixture: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        out: dict[str, Any] = {
            "path": self.path,
            "line": self.line,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
        }
        if self.fixture:
            out["fixture"] = self.fixture
        return out

    def __str__(self) -> str:
        where = f" [{self.fixture}]" if self.fixture else ""
        return f"{self.path}:{self.line}: {self.severity} {self.code} {self.message}{where}"


@dataclass(frozen=True, slots=True)
class LintResult:
    """Everything lint found in one library; ``ok`` means no error finding."""

    directory: str
    findings: tuple[LintFinding, ...] = ()
    templates: int = 0
    compositions: int = 0

    @property
    def ok(self) -> bool:
        """True when no finding is an error."""
        return not any(f.severity == "error" for f in self.findings)

    @property
    def errors(self) -> tuple[LintFinding, ...]:
        """The error findings."""
        return tuple(f for f in self.findings if f.severity == "error")

    def codes(self) -> set[str]:
        """The distinct codes found."""
        return {f.code for f in self.findings}

    def to_dict(self) -> dict[str, Any]:
        """JSON form for ``--format json``."""
        return {
            "directory": self.directory,
            "ok": self.ok,
            "templates": self.templates,
            "compositions": self.compositions,
            "findings": [f.to_dict() for f in self.findings],
        }

    def to_text(self) -> str:
        """One ``file:line: severity code message`` line per finding, then a summary."""
        lines = [str(f) for f in self.findings]
        errors = len(self.errors)
        lines.append(
            f"{self.templates} templates, {self.compositions} compositions: {errors} error(s), "
            f"{len(self.findings) - errors} other finding(s)"
        )
        return "\n".join(lines) + "\n"

    def to_sarif(self) -> dict[str, Any]:
        """SARIF 2.1.0: one run, the rule ids found, one result per finding."""
        from ._rules import registry

        known = registry()
        rule_ids = sorted({f.code for f in self.findings})
        rules = []
        for code in rule_ids:
            if code in LINT_RULES:
                text = LINT_RULES[code][1]
            elif code in known:
                text = known[code].summary
            else:
                text = code
            rules.append({"id": code, "shortDescription": {"text": text}})
        level = {"error": "error", "warning": "warning", "info": "note"}
        results = [
            {
                "ruleId": f.code,
                "ruleIndex": rule_ids.index(f.code),
                "level": level[f.severity],
                "message": {"text": f.message + (f" (fixture {f.fixture})" if f.fixture else "")},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": f.path},
                            "region": {"startLine": max(1, f.line)},
                        }
                    }
                ],
            }
            for f in self.findings
        ]
        from ._version import __version__

        return {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "dunning-sms lint",
                            "version": __version__,
                            "informationUri": "https://github.com/dunning-sms/dunning-sms",
                            "rules": rules,
                        }
                    },
                    "results": results,
                }
            ],
        }


# -- the context the composer provides ------------------------------------------------


def context_schema() -> dict[str, frozenset[str]]:
    """Attributes of each view, read from the composer's own view builder."""
    from ._compose import _build_views
    from .testing import sample_borrower, sample_lender, sample_loan

    lender = sample_lender("us", payment_channels=(PaymentChannel(kind="app", label="x"),))
    views = _build_views(
        borrower=sample_borrower("us"),
        loan=sample_loan("us"),
        lender=lender,
        locale="en_US",
        as_of=date(2026, 12, 1),
        raw_allowed=(),
    )
    schema = {
        name: frozenset(view._values) for name, view in views.items() if hasattr(view, "_values")
    }
    schema["channel"] = frozenset(lender_view_channel(views["lender"]))
    schema["raw"] = frozenset(RAW_FIELDS)
    return schema


def lender_view_channel(lender_view: Any) -> Iterator[str]:
    """Attribute names of a payment-channel view."""
    channels = lender_view._values["channels"]
    if channels:
        yield from channels[0]._values


@dataclass(slots=True)
class _Usage:
    findings: list[tuple[int, str, str]] = field(default_factory=list)  # line, code, message
    loaded: set[str] = field(default_factory=set)
    assigned: dict[str, int] = field(default_factory=dict)
    raw: dict[str, int] = field(default_factory=dict)


def _dotted(node: nodes.Node) -> list[str] | None:
    parts: list[str] = []
    while True:
        if isinstance(node, nodes.Getattr):
            parts.append(node.attr)
            node = node.node
        elif (
            isinstance(node, nodes.Getitem)
            and isinstance(node.arg, nodes.Const)
            and isinstance(node.arg.value, str)
        ):
            parts.append(node.arg.value)
            node = node.node
        elif isinstance(node, nodes.Name):
            parts.append(node.name)
            return parts[::-1]
        else:
            return None


def _names(target: nodes.Node) -> list[nodes.Name]:
    # find_all() yields descendants only; a bare ``{% set x %}`` target is itself the Name.
    if isinstance(target, nodes.Name):
        return [target]
    return list(target.find_all(nodes.Name))


class _Walker:
    def __init__(self, schema: Mapping[str, frozenset[str]], env: Any) -> None:
        self.schema = schema
        self.filters = set(env.filters)
        self.tests = set(env.tests)
        self.globals = set(env.globals)
        self.usage = _Usage()

    def walk(self, node: nodes.Node, scope: dict[str, str]) -> None:
        usage = self.usage
        if isinstance(node, nodes.For):
            self.walk(node.iter, scope)
            inner = dict(scope)
            path = _dotted(node.iter)
            kind = "channel" if path == ["lender", "channels"] else "local"
            for target in _names(node.target):
                inner[target.name] = kind
            inner["loop"] = "loop"
            for child in node.body + node.else_:
                self.walk(child, inner)
            if node.test is not None:
                self.walk(node.test, inner)
            return
        if isinstance(node, nodes.Assign | nodes.AssignBlock):
            if isinstance(node, nodes.Assign):
                self.walk(node.node, scope)
            else:
                for child in node.body:
                    self.walk(child, scope)
            for target in _names(node.target):
                scope[target.name] = "local"
                usage.assigned.setdefault(target.name, node.lineno)
            return
        if isinstance(node, nodes.Macro | nodes.CallBlock):
            inner = dict(scope)
            for arg in getattr(node, "args", ()):
                inner[arg.name] = "local"
            for child in node.iter_child_nodes():
                self.walk(child, inner)
            return
        if isinstance(node, nodes.Getattr | nodes.Getitem):
            path = _dotted(node)
            if path is not None:
                self._check_path(path, node.lineno, scope)
                return
        if isinstance(node, nodes.Name) and node.ctx == "load":
            self._check_path([node.name], node.lineno, scope)
            return
        if isinstance(node, nodes.Filter) and node.name not in self.filters:
            usage.findings.append((node.lineno, "LNT008", f"unknown filter {node.name!r}"))
        if isinstance(node, nodes.Test) and node.name not in self.tests:
            usage.findings.append((node.lineno, "LNT008", f"unknown test {node.name!r}"))
        for child in node.iter_child_nodes():
            self.walk(child, scope)

    def _check_path(self, path: list[str], line: int, scope: Mapping[str, str]) -> None:
        usage = self.usage
        head = path[0]
        usage.loaded.add(head)
        dotted = ".".join(path)
        if head in scope:
            kind = scope[head]
        elif head in self.schema:
            kind = head
        elif head in _SCALARS or head in self.globals:
            kind = "scalar"
        else:
            usage.findings.append((line, "LNT003", f"undefined variable {head!r}"))
            return
        if kind == "raw" and len(path) > 1:
            usage.raw.setdefault(path[1], line)
        attrs = self.schema.get(kind)
        if attrs is None or len(path) < 2:
            return
        if path[1] not in attrs:
            known = ", ".join(sorted(attrs))
            usage.findings.append(
                (line, "LNT003", f"{dotted}: {kind} has no attribute {path[1]!r} (has {known})")
            )
        elif kind == "lender" and path[1] == "channels" and len(path) > 2:
            usage.findings.append((line, "LNT003", f"{dotted}: channels is a list"))


def _block_lines(source: str) -> dict[str, int]:
    lines: dict[str, int] = {}
    for number, text in enumerate(source.splitlines(), 1):
        start = 0
        while (at := text.find("{% block ", start)) >= 0:
            name = text[at + 9 :].split()[0]
            lines.setdefault(name, number)
            start = at + 1
    return lines


def _line_of(source: str, needle: str, default: int) -> int:
    if needle.strip():
        at = source.find(needle)
        if at >= 0:
            return source.count("\n", 0, at) + 1
    return default


# -- worst case -------------------------------------------------------------------------


_LONG_NAME = {"zh": "欧阳" + "娜" * 62, "hi": "वेंकट" * 12}


def _worst_rows(locale: str, currency: str) -> tuple[Borrower, Loan, Lender, date]:
    """Every field at its longest: max_length of the models, 9-digit amounts, long dates."""
    from .testing import sample_borrower, sample_lender

    language = locale.split("_", maxsplit=1)[0]
    market = MARKET_OF_LOCALE.get(locale, "us")
    borrower = sample_borrower(
        market, name=_LONG_NAME.get(language, "Maximiliana-Alexandra " * 2 + "Wolfeschlegel"[:20])
    )
    # September gives the longest long-form date in most locales; the 30th has two digits.
    due = date(2026, 9, 30)
    loan = Loan(
        loan_id="L" * 64,
        currency=currency,
        amount_due=Decimal("999999999"),
        fees=Decimal("99999"),
        amount_paid=Decimal("99999"),
        due_date=due,
        legal_action_intended=True,
        promised_date=date(2026, 9, 28),
        reminder_count=9,
    )
    label = "M" * 60
    lender = sample_lender(
        market,
        name="N" * 60,
        sms_signature="S" * 16,
        hotline="+1 (800) 555-0199 0199",
        payment_channels=tuple(PaymentChannel(kind="app", label=label) for _ in range(3)),
        is_third_party_collector=True,
        creditor_name="C" * 60,
        agent_name="A" * 60,
        agent_phone="+1 (800) 555-0188 0188",
    )
    return borrower, loan, lender, due + timedelta(days=999)


# -- the lint itself --------------------------------------------------------------------


# Template files outside a locale folder: the library would not read them.
_TEMPLATE_SUFFIXES = frozenset({".j2", ".jinja", ".jinja2"})


def _unread(root: Path) -> Iterator[LintFinding]:
    """What the library skips: folders that are no locale, files in a locale folder that are
    no ``<key>.j2`` or its ``<key>.toml``, and templates outside any locale folder. Hidden
    entries (``.git``) and a top-level README are a repository's, not the library's."""
    for entry in sorted(root.iterdir()):
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        if not entry.is_dir():
            if entry.suffix.lower() in _TEMPLATE_SUFFIXES:
                yield LintFinding(
                    entry.name,
                    1,
                    "error",
                    "LNT012",
                    "not read: a template sits in a locale folder, <locale>/<key>.j2",
                )
            continue
        if not _LOCALE_DIR.match(entry.name):
            yield LintFinding(
                entry.name,
                1,
                "error",
                "LNT012",
                "not read: a locale folder is named like en_US or zh_CN",
            )
            continue
        for path in sorted(entry.iterdir()):
            rel = f"{entry.name}/{path.name}"
            if path.name.startswith("."):
                continue
            if not path.is_file() or path.suffix not in (".j2", ".toml"):
                yield LintFinding(
                    rel,
                    1,
                    "error",
                    "LNT012",
                    "not read: a locale folder holds <key>.j2 template files and their <key>.toml",
                )
            elif path.suffix == ".toml" and not path.with_suffix(".j2").exists():
                yield LintFinding(
                    rel, 1, "error", "LNT012", f"metadata without its template {path.stem}.j2"
                )


def _read_sources(root: Path, out: list[LintFinding]) -> list[TemplateSource]:
    out.extend(_unread(root))
    sources: list[TemplateSource] = []
    for locale_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if not _LOCALE_DIR.match(locale_dir.name):
            continue
        for path in sorted(locale_dir.glob("*.j2")):
            rel = f"{locale_dir.name}/{path.name}"
            if not path.is_file():
                continue  # reported by _unread
            if not _KEY.match(path.stem):
                out.append(
                    LintFinding(rel, 1, "error", "LNT002", "file names are lower_snake_case keys")
                )
                continue
            meta = TemplateMeta()
            meta_path = path.with_suffix(".toml")
            if meta_path.exists():
                rel_meta = f"{locale_dir.name}/{meta_path.name}"
                try:
                    meta = _parse_meta(tomllib.loads(meta_path.read_text("utf-8")), rel)
                except tomllib.TOMLDecodeError as exc:
                    out.append(
                        LintFinding(
                            rel_meta, getattr(exc, "lineno", 1) or 1, "error", "LNT002", str(exc)
                        )
                    )
                    continue
                except TemplateError as exc:
                    out.append(LintFinding(rel_meta, 1, "error", "LNT002", exc.message))
                    continue
            sources.append(
                TemplateSource(
                    key=path.stem,
                    locale=locale_dir.name,
                    path=str(path),
                    source=path.read_text("utf-8"),
                    meta=meta,
                )
            )
    return sources


def _load_fixtures(directory: Path | None, market: str) -> list[tuple[str, Any]]:
    from ._rows import row_from_mapping

    if directory is None:
        return []
    path = directory / f"{market}.jsonl"
    if not path.is_file():
        return []
    rows = []
    for number, text in enumerate(path.read_text("utf-8").splitlines(), 1):
        if text.strip() and not text.lstrip().startswith("#"):
            rows.append((f"{path.name}:{number}", row_from_mapping(json.loads(text), line=number)))
    return rows


def default_fixtures_dir() -> Path | None:
    """``data/fixtures`` of the package (wheel) or of the checkout."""
    from importlib import resources

    packaged = resources.files("dunning_sms").joinpath("data").joinpath("fixtures")
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "data" / "fixtures"
    return checkout if checkout.is_dir() else None


def _static(
    source: TemplateSource,
    library: TemplateLibrary,
    schema: Mapping[str, frozenset[str]],
    policy: Policy | None,
) -> Iterator[LintFinding]:
    rel = source.name
    meta_rel = source.meta_name
    try:
        tree = library.parse(source)
    except TemplateError as exc:
        yield LintFinding(rel, exc.line or 1, "error", "LNT001", exc.message)
        return
    walker = _Walker(schema, library._env)
    walker.walk(tree, {})
    usage = walker.usage
    for line, code, message in usage.findings:
        yield LintFinding(rel, line, LINT_RULES[code][0], code, message)
    for name, line in usage.assigned.items():
        if name not in usage.loaded:
            yield LintFinding(
                rel, line, "warning", "LNT004", f"variable {name!r} is set but never used"
            )
    for name, line in usage.raw.items():
        if name not in source.meta.raw_fields:
            yield LintFinding(
                rel,
                line,
                "error",
                "LNT005",
                f"raw.{name} is used but not declared in the metadata raw_fields; it would show "
                "the borrower's unmasked personal data",
            )
        elif policy is not None and name not in policy.raw_fields_allowed:
            yield LintFinding(
                rel,
                line,
                "error",
                "LNT005",
                f"raw.{name}: policy {policy.name!r} does not allow it",
            )
    for name in source.meta.raw_fields:
        if name not in usage.raw:
            yield LintFinding(
                meta_rel, 1, "warning", "LNT004", f"raw field {name!r} declared but unused"
            )
    blocks = {n.name for n in tree.find_all(nodes.Block)}
    for variant in source.meta.variants:
        if variant not in blocks:
            yield LintFinding(meta_rel, 1, "error", "LNT002", f"variant {variant!r} is not a block")
    if source.meta.stage is not None and source.key in STAGES and source.meta.stage != source.key:
        yield LintFinding(
            meta_rel,
            1,
            "error",
            "LNT002",
            f"stage {source.meta.stage!r} but the file is {source.key!r}",
        )
    market = MARKET_OF_LOCALE.get(source.locale)
    if source.meta.markets and market is not None and market not in source.meta.markets:
        yield LintFinding(
            meta_rel, 1, "error", "LNT002", f"markets {list(source.meta.markets)} omit {market!r}"
        )
    from ._rules import registry

    rules = registry()
    for spec in source.meta.suppress:
        rule = rules.get(spec.rule)
        if rule is None:
            yield LintFinding(meta_rel, 1, "error", "LNT007", f"suppress: no rule {spec.rule}")
        elif rule.severity != "warning":
            yield LintFinding(
                meta_rel, 1, "error", "LNT007", f"suppress: {spec.rule} is {rule.severity}-level"
            )


def _worst_case(
    source: TemplateSource, library: TemplateLibrary, policy: Policy, currency: str
) -> Iterator[LintFinding]:
    from ._compose import _build_views
    from ._templates import RenderTrace

    borrower, loan, lender, as_of = _worst_rows(source.locale, currency)
    stage = source.meta.stage or source.key
    as_of = as_of_for_stage(stage, loan, as_of) if stage in STAGES else as_of
    context = _build_views(
        borrower=borrower,
        loan=loan,
        lender=lender,
        locale=source.locale,
        as_of=as_of,
        raw_allowed=source.meta.raw_fields,
    )
    context["stage"] = stage
    variants = source.meta.variants or (None,)
    budget = source.meta.segment_budget or policy.billing.segment_budget
    limit = policy.billing.max_chars or MAX_CHARS[policy.billing.mode]
    lines = _block_lines(source.source)
    best = None
    for variant in variants:
        try:
            text = library.render(source, variant, context, RenderTrace(), max_chars=10_000)
        except TemplateError:
            return  # the composition pass reports render errors with the fixture
        info = segments(text, billing=policy.billing.mode)
        if best is None or info.segments < best[1].segments:
            best = (variant, info, len(text))
    if best is None:
        return
    variant, info, length = best
    line = lines.get(variant or "", 1)
    if length > limit:
        yield LintFinding(
            source.name,
            line,
            "error",
            "LNT011",
            f"with every field at its longest the shortest variant ({variant or 'default'}) has "
            f"{length} characters; policy {policy.name!r} allows {limit}",
        )
    elif info.segments > budget:
        yield LintFinding(
            source.name,
            line,
            "info",
            "LNT006",
            f"with every field at its longest the shortest variant ({variant or 'default'}) needs "
            f"{info.segments} {info.encoding} segments; the budget is {budget}",
        )


def lint_library(
    directory: str | Path | None = None,
    fixtures_dir: str | Path | None = None,
    *,
    worst_case: bool = True,
) -> LintResult:
    """Lint a template library (default: the shipped one) and compose it against fixtures.

    ``fixtures_dir`` holds ``<market>.jsonl`` rows (default: the shipped ``data/fixtures``).
    """
    from ._compose import Composer

    library_dir = Path(directory) if directory is not None else None
    findings: list[LintFinding] = []
    root = library_dir or shipped_templates_dir()
    if not root.is_dir():
        raise TemplateError(f"template directory not found: {root}")
    fixtures = Path(fixtures_dir) if fixtures_dir is not None else default_fixtures_dir()
    if fixtures_dir is not None and not Path(fixtures_dir).is_dir():
        raise InputError(f"fixtures directory not found: {fixtures_dir}", field="fixtures")
    sources = _read_sources(root, findings)
    if not sources and not any(f.code == "LNT002" for f in findings):
        findings.append(
            LintFinding(
                ".", 1, "error", "LNT012", "no template: the library holds no <locale>/<key>.j2"
            )
        )
    probe = TemplateLibrary.of_sources(root, {(s.locale, s.key): s for s in sources})
    schema = context_schema()
    composers: dict[str, Composer | None] = {}
    compositions = 0
    for source in sources:
        named = source.meta.markets or (MARKET_OF_LOCALE.get(source.locale, ""),)
        for market in source.meta.markets:
            if market not in POLICY_NAMES:
                message = f"markets: no policy {market!r}; shipped are {', '.join(POLICY_NAMES)}"
                findings.append(LintFinding(source.meta_name, 1, "error", "LNT002", message))
        policies = [load_policy(market) for market in named if market in POLICY_NAMES]
        findings.extend(_static(source, probe, schema, policies[0] if policies else None))
        if any(f.path == source.name and f.code == "LNT001" for f in findings):
            continue
        try:
            probe.compiled(source)
        except TemplateError as exc:
            findings.append(LintFinding(source.name, exc.line or 1, "error", "LNT002", exc.message))
            continue
        if not policies:
            findings.append(
                LintFinding(
                    source.name, 1, "warning", "LNT010", f"no market policy for {source.locale}"
                )
            )
            continue
        # Every market the template is for is composed against, not only the first.
        for policy in policies:
            compositions += _lint_market(
                source,
                policy,
                probe=probe,
                fixtures=fixtures,
                root=root,
                worst_case=worst_case,
                composers=composers,
                findings=findings,
            )
    ordered = sorted(
        findings, key=lambda f: (f.path, f.line, SEVERITY_RANK[f.severity], f.code, f.fixture)
    )
    return LintResult(str(root), tuple(ordered), len(sources), compositions)


def _lint_market(
    source: TemplateSource,
    policy: Policy,
    *,
    probe: TemplateLibrary,
    fixtures: Path | None,
    root: Path,
    worst_case: bool,
    composers: dict[str, Any],
    findings: list[LintFinding],
) -> int:
    """Lint ``source`` under one market's policy; the number of fixture compositions."""
    from ._compose import Composer

    rows = _load_fixtures(fixtures, policy.name)
    if worst_case:
        currency = rows[0][1].loan.currency if rows else "USD"
        findings.extend(_worst_case(source, probe, policy, currency))
    if not rows:
        findings.append(
            LintFinding(
                source.name, 1, "warning", "LNT010", f"no fixtures for market {policy.name!r}"
            )
        )
        return 0
    if policy.name not in composers:
        try:
            composers[policy.name] = Composer(policy, templates=root)
        except TemplateError as exc:
            # Only a library-wide problem stops the composer; it is reported above.
            composers[policy.name] = None
            findings.append(
                LintFinding(
                    exc.template or source.name, exc.line or 1, "error", "LNT009", exc.message
                )
            )
    composer = composers[policy.name]
    if composer is None:
        return 0
    findings.extend(_compose_all(composer, source, rows))
    return len(rows)


def _compose_all(
    composer: Any, source: TemplateSource, rows: list[tuple[str, Any]]
) -> Iterator[LintFinding]:
    blocks = _block_lines(source.source)
    stage = source.meta.stage or source.key
    for label, row in rows:
        as_of = as_of_for_stage(stage, row.loan, row.as_of) if stage in STAGES else row.as_of
        try:
            message = composer.preview(
                source.key,
                borrower=row.borrower,
                loan=row.loan,
                lender=row.lender,
                as_of=as_of,
                locale=source.locale,
            )
        except DunningError as exc:
            line = getattr(exc, "line", None) or 1
            yield LintFinding(source.name, line, "error", "LNT009", exc.message, label)
            continue
        if message.locale != source.locale or message.stage != (source.meta.stage or source.key):
            continue  # another template answered (fallback); it is linted on its own
        default = blocks.get(message.variant, 1)
        for f in message.report.findings:
            if f.severity == "info" or f.rule == "TPL001":
                continue
            line = _line_of(source.source, message.text[f.start : f.end], default)
            yield LintFinding(
                source.name, line, f.severity, f.rule, f"{f.message} ({message.variant})", label
            )


def render_gallery(
    directory: str | Path | None = None, fixtures_dir: str | Path | None = None
) -> str:
    """``docs/gallery.md``: every stage of every locale, composed from one fixture of its
    market (the first whose borrower reads that locale, else the first), with its encoding
    and segments. Deterministic, so a test can prove the checked-in file is current."""
    from ._compose import Composer

    root = Path(directory) if directory is not None else TemplateLibrary().directory
    fixtures = Path(fixtures_dir) if fixtures_dir is not None else default_fixtures_dir()
    library = TemplateLibrary(root)
    out = [
        "# Template gallery",
        "",
        "Generated by `dunning_sms._lint.render_gallery()` from `templates/` and",
        "`data/fixtures/`; do not edit by hand (a test fails when it is stale).",
        "",
    ]
    locales = sorted(
        {loc for loc, _ in library.sources}, key=lambda loc: (MARKET_OF_LOCALE.get(loc, ""), loc)
    )
    for locale in locales:
        market = MARKET_OF_LOCALE.get(locale)
        if market is None:
            continue
        rows = _load_fixtures(fixtures, market)
        if not rows:
            continue
        label, row = next(((lb, r) for lb, r in rows if r.borrower.locale == locale), rows[0])
        composer = Composer(market, templates=root)
        out += [f"## {locale} (policy `{market}`, fixture `{label}`)", ""]
        for key in [k for k in STAGES if (locale, k) in library.sources]:
            as_of = as_of_for_stage(key, row.loan, row.as_of)
            msg = composer.preview(
                key,
                borrower=row.borrower,
                loan=row.loan,
                lender=row.lender,
                as_of=as_of,
                locale=locale,
            )
            plural = "segment" if msg.segments == 1 else "segments"
            status = "ok" if msg.ok else "REFUSED: " + ", ".join(msg.report.rules)
            out += [
                f"### {key}",
                "",
                f"as of {as_of.isoformat()} · variant `{msg.variant}` · {msg.encoding} · "
                f"{msg.segments} {plural} · {msg.units} units · {status}",
                "",
                "```text",
                msg.text,
                "```",
                "",
            ]
    return "\n".join(out).rstrip() + "\n"
