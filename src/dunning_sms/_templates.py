"""Template library: loading, metadata, locale fallback and sandboxed rendering.

A library is a directory of ``<locale>/<key>.j2`` files. Metadata sits beside a template in
``<locale>/<key>.toml`` (optional; a bare ``.j2`` gets the defaults). Every source is read
when the library is opened and no file is touched at render time, so ``include`` and
``extends`` can only reach other templates of the same library, and nothing outside the
directory (symlinks included) is ever read.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound, Undefined, nodes, pass_context
from jinja2 import TemplateSyntaxError as JinjaSyntaxError
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.exceptions import TemplateError as JinjaTemplateError
from jinja2.filters import FILTERS as _JINJA_FILTERS
from jinja2.runtime import Context, LoopContext, Macro, new_context
from jinja2.sandbox import SandboxedEnvironment

from ._errors import (
    TemplateError,
    TemplateNotFoundError,
    TemplateOutputError,
    TemplateSecurityError,
    TemplateSyntaxError,
    UndefinedVariableError,
)
from ._formatting import formatter_for
from ._models import _known_currencies, parse_locale

MAX_OUTPUT_CHARS = 2000
MAX_LOOP_ITEMS = 200
# Security (#11): caps that hold whatever a template does, without any timer. A render may
# take at most MAX_RENDER_STEPS loop iterations plus calls (macros, blocks, caller()), and
# no string or list it builds (operators, ~, filters) may exceed MAX_VALUE_CHARS.
MAX_RENDER_STEPS = 10_000
MAX_VALUE_CHARS = 10_000
RAW_FIELDS = ("name", "phone", "id_number", "email", "card_number")
STAGES = (
    "upcoming",
    "due_today",
    "overdue",
    "overdue_early",
    "overdue_mid",
    "overdue_late",
    "payment_received",
    "promise_to_pay_confirmation",
    "hardship_support",
)
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_LOCALE_DIR = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True, slots=True)
class SuppressionSpec:
    """A template's declared suppression of a warning-level rule."""

    rule: str
    reason: str


@dataclass(frozen=True, slots=True)
class TemplateMeta:
    """What a template says about itself (all optional in the ``.toml`` beside it)."""

    version: str = "0"
    stage: str | None = None
    description: str = ""
    segment_budget: int | None = None
    variants: tuple[str, ...] = ()
    raw_fields: tuple[str, ...] = ()
    suppress: tuple[SuppressionSpec, ...] = ()
    markets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TemplateSource:
    """One template of a library: its key, locale, file and metadata."""

    key: str
    locale: str
    path: str
    source: str
    meta: TemplateMeta

    @property
    def name(self) -> str:
        """The loader name, ``<locale>/<key>.j2``."""
        return f"{self.locale}/{self.key}.j2"

    @property
    def meta_name(self) -> str:
        """The metadata file beside it, ``<locale>/<key>.toml``."""
        return f"{self.locale}/{self.key}.toml"

    def to_dict(self) -> dict[str, Any]:
        """JSON form for ``dunning-sms templates --format json``."""
        return {
            "key": self.key,
            "locale": self.locale,
            "stage": self.meta.stage or self.key,
            "version": self.meta.version,
            "description": self.meta.description,
            "variants": list(self.meta.variants) or ["default"],
            "segment_budget": self.meta.segment_budget,
            "path": self.path,
        }


_META_KEYS = {
    "version",
    "stage",
    "description",
    "segment_budget",
    "variants",
    "raw_fields",
    "suppress",
    "markets",
}


def _parse_meta(raw: Mapping[str, Any], where: str) -> TemplateMeta:
    unknown = sorted(set(raw) - _META_KEYS)
    if unknown:
        raise TemplateSyntaxError(f"unknown metadata key(s) {unknown}", template=where)

    def strings(key: str) -> tuple[str, ...]:
        value = raw.get(key, ())
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise TemplateSyntaxError(f"metadata {key!r} must be a list of strings", template=where)
        return tuple(value)

    budget = raw.get("segment_budget")
    if budget is not None and (
        isinstance(budget, bool) or not isinstance(budget, int) or not 1 <= budget <= 10
    ):
        # bool is an int to isinstance: true would be a budget of 1.
        raise TemplateSyntaxError("segment_budget must be an integer 1..10", template=where)
    for key in ("version", "description"):
        if key in raw and not isinstance(raw[key], str):
            raise TemplateSyntaxError(f"metadata {key!r} must be a string", template=where)
    stage = raw.get("stage")
    if stage is not None and stage not in STAGES:
        raise TemplateSyntaxError(f"unknown stage {stage!r}; use one of {STAGES}", template=where)
    raw_fields = strings("raw_fields")
    bad = [f for f in raw_fields if f not in RAW_FIELDS]
    if bad:
        raise TemplateSyntaxError(f"unknown raw field(s) {bad}; use {RAW_FIELDS}", template=where)
    suppress = []
    for item in raw.get("suppress", ()):
        if (
            not isinstance(item, Mapping)
            or not isinstance(item.get("rule"), str)
            or not isinstance(item.get("reason"), str)
            or not item["rule"].strip()
            or not item["reason"].strip()
        ):
            raise TemplateSyntaxError(
                "each [[suppress]] needs a rule code and a reason", template=where
            )
        if set(item) - {"rule", "reason"}:
            # An "until" or "scope" would be read as if it limited the suppression.
            raise TemplateSyntaxError(
                f"unknown [[suppress]] key(s) {sorted(set(item) - {'rule', 'reason'})}",
                template=where,
            )
        suppress.append(SuppressionSpec(str(item["rule"]), str(item["reason"])))
    return TemplateMeta(
        version=str(raw.get("version", "0")),
        stage=stage,
        description=str(raw.get("description", "")),
        segment_budget=budget,
        variants=strings("variants"),
        raw_fields=raw_fields,
        suppress=tuple(suppress),
        markets=strings("markets"),
    )


def shipped_templates_dir() -> Path:
    """The directory of templates shipped inside the package (or the checkout's)."""
    packaged = resources.files("dunning_sms").joinpath("templates")
    if packaged.is_dir():
        return Path(str(packaged))
    # Editable install: the package sits at src/dunning_sms, templates at the checkout root.
    return Path(__file__).resolve().parents[2] / "templates"


def read_library(directory: str | Path) -> dict[tuple[str, str], TemplateSource]:
    """Read every ``<locale>/<key>.j2`` under ``directory`` (never outside it)."""
    root = Path(directory)
    if not root.is_dir():
        raise TemplateNotFoundError(f"template directory not found: {root}")
    real_root = root.resolve()
    found: dict[tuple[str, str], TemplateSource] = {}
    for locale_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if not _LOCALE_DIR.match(locale_dir.name):
            continue
        locale = locale_dir.name
        try:
            parse_locale(locale)
        except ValueError as exc:
            raise TemplateSyntaxError(f"unknown locale folder {locale!r}", template=locale) from exc
        for path in sorted(locale_dir.glob("*.j2")):
            where = f"{locale}/{path.name}"
            try:
                resolved = path.resolve()
            except (OSError, RuntimeError):  # a symlink loop
                raise TemplateError("template path cannot be resolved", template=where) from None
            if not resolved.is_relative_to(real_root):
                raise TemplateSecurityError("template path leaves the library", template=where)
            if not path.is_file():
                raise TemplateError("a template is a readable file", template=where)
            key = path.stem
            if not _KEY.match(key):
                raise TemplateSyntaxError(
                    "template file names are lower_snake_case keys", template=where
                )
            meta_path = path.with_suffix(".toml")
            meta = TemplateMeta()
            if meta_path.exists():
                if not meta_path.resolve().is_relative_to(real_root):
                    raise TemplateSecurityError("metadata path leaves the library", template=where)
                try:
                    meta = _parse_meta(tomllib.loads(meta_path.read_text("utf-8")), where)
                except tomllib.TOMLDecodeError as exc:
                    raise TemplateSyntaxError(
                        f"invalid metadata TOML: {exc}", template=where
                    ) from exc
            found[(locale, key)] = TemplateSource(
                key=key,
                locale=locale,
                path=str(path),
                source=path.read_text("utf-8"),
                meta=meta,
            )
    return found


class _LibraryLoader(BaseLoader):
    """Serves sources already read into memory; nothing else is reachable."""

    def __init__(self, sources: Mapping[str, str]) -> None:
        self._sources = sources

    def get_source(
        self, environment: Any, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        source = self._sources.get(template)
        if source is None:
            raise TemplateNotFound(template)
        return source, template, lambda: True


@dataclass(slots=True)
class RenderTrace:
    """What one render touched: the elements it formatted and the raw fields it read."""

    rendered: dict[str, str] = field(default_factory=dict)
    raw_fields: list[str] = field(default_factory=list)
    loop_items: int = 0
    steps: int = 0


_TRACE: ContextVar[RenderTrace | None] = ContextVar("dunning_sms_render_trace", default=None)


class View:
    """Read-only attribute bag handed to templates; records what a template reads.

    ``elements`` maps an attribute to the disclosure element it renders, so that the
    composer knows, not guesses, which required elements a message carries.
    """

    __slots__ = ("_elements", "_kind", "_values")

    def __init__(
        self, kind: str, values: Mapping[str, Any], elements: Mapping[str, str] | None = None
    ) -> None:
        self._kind = kind
        self._values = dict(values)
        self._elements = dict(elements or {})

    @classmethod
    def _owned(cls, kind: str, values: dict[str, Any], elements: dict[str, str]) -> View:
        """A view over dicts the caller hands over and never changes (no defensive copies;
        the composer builds three of them per message)."""
        view = cls.__new__(cls)
        view._kind = kind
        view._values = values
        view._elements = elements
        return view

    def lookup(self, attribute: str) -> Any:
        """The attribute's value; raises KeyError when the view has no such attribute."""
        value = self._values[attribute]
        # Most attributes render no disclosure element; only those pay for the trace lookup.
        element = self._elements.get(attribute)
        if element is not None and value not in (None, ""):
            trace = _TRACE.get()
            if trace is not None:
                trace.rendered[element] = str(value)
        return value

    @property
    def kind(self) -> str:
        """Which view this is (borrower, loan, lender, channel, raw)."""
        return self._kind

    def __repr__(self) -> str:
        return f"<{self._kind} view>"

    def __str__(self) -> str:
        # Security (#11): a view is not text; "{{ lender }}" or "%s" % lender is a template
        # bug, refused rather than printed.
        raise TemplateError(f"{self._kind} is not text; use one of its fields")


class RawView(View):
    """Raw personal fields; only those the template declared and the policy allows."""

    __slots__ = ("_allowed",)

    def __init__(self, values: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
        super().__init__("raw", values)
        self._allowed = allowed

    def lookup(self, attribute: str) -> Any:
        if attribute not in self._allowed:
            raise TemplateSecurityError(
                f"raw field {attribute!r} is not declared in the template's raw_fields "
                "or not allowed by the policy",
                variable=f"raw.{attribute}",
            )
        trace = _TRACE.get()
        if trace is not None and attribute not in trace.raw_fields:
            trace.raw_fields.append(attribute)
        return self._values[attribute]


def _step() -> None:
    # Security (#11): every loop iteration and every call costs one step of a per-render
    # budget, so nested loops and exponential macro recursion stop after a bounded amount
    # of work rather than after a timeout.
    trace = _TRACE.get()
    if trace is None:
        return
    trace.steps += 1
    if trace.steps > MAX_RENDER_STEPS:
        raise TemplateOutputError(
            f"template did more than {MAX_RENDER_STEPS} loop iterations and calls"
        )


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple | dict) else 0


def _check_size(value: Any, what: str) -> Any:
    if _size(value) > MAX_VALUE_CHARS:
        raise TemplateOutputError(f"{what} would build a value over {MAX_VALUE_CHARS} items")
    return value


# printf conversions with a width or precision of 4+ digits ("%0999999999d") build huge
# strings from tiny inputs.
_WIDE_PRINTF = re.compile(r"%[^a-zA-Z%]*\d{4,}")


def _check_printf(template: Any) -> None:
    if isinstance(template, str) and _WIDE_PRINTF.search(template):
        raise TemplateOutputError("printf width or precision too large")


class _GuardedCodeGenerator(CodeGenerator):
    """Compiles loops to tick the step budget and ``~`` to a size-checked join."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        # Rewritten before code generation so the tick filter is pulled in like any other.
        for loop in node.find_all(nodes.For):
            tick = nodes.ExprStmt(
                nodes.Filter(nodes.Const(None), "_dunning_step", [], [], None, None),
                lineno=loop.lineno,
            )
            loop.body = [tick, *loop.body]
        super().visit_Template(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.guarded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


# LoopContext attributes that are data, not callables (cycle and changed are methods and
# stay refused by is_safe_attribute).
_LOOP_DATA = frozenset(
    ("index", "index0", "revindex", "revindex0", "first", "last", "length", "depth", "depth0")
)


class DunningEnvironment(SandboxedEnvironment):
    """The sandbox: no unsafe attributes, views resolve through :meth:`View.lookup`."""

    code_generator_class = _GuardedCodeGenerator
    # Security (#11): intercepting these also stops Jinja folding `'a'*10**9` at compile time.
    intercepted_binops = frozenset({"*", "**", "+", "%", "//"})

    def getattr(self, obj: Any, attribute: str) -> Any:
        if (
            type(obj) is View
            and attribute in obj._values
            and attribute not in obj._elements
            and attribute[:1] != "_"
        ):
            # The common case inlined: a plain view's data attribute that renders no
            # disclosure element, which View.lookup would return untouched.
            return obj._values[attribute]
        if isinstance(obj, View):
            if attribute.startswith("_"):
                raise TemplateSecurityError(
                    f"access to {attribute!r} of a {obj.kind} view is not allowed",
                    variable=f"{obj.kind}.{attribute}",
                )
            try:
                return obj.lookup(attribute)
            except KeyError:
                known = ", ".join(sorted(k for k in obj._values if not k.startswith("_")))
                hint = f"'{obj.kind}.{attribute}' is undefined ({obj.kind} has {known})"
                return self.undefined(hint=hint, obj=obj, name=attribute)
        if type(obj) is LoopContext and attribute in _LOOP_DATA:
            # Plain data properties the sandbox would allow anyway; skips its generic
            # safety walk for the loop.first/loop.last every channel list reads.
            return getattr(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(obj, View) and isinstance(argument, str):
            return self.getattr(obj, argument)
        return super().getitem(obj, argument)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        # Templates see data, not behaviour: no methods of any object are callable, which
        # closes format-string tricks (str.format) and walks through bound methods.
        # Security (#11): a view's Python attributes (lookup, kind) are never reachable;
        # its data goes through getattr above.
        if isinstance(obj, View) or (callable(value) and not isinstance(value, Macro)):
            return False
        return super().is_safe_attribute(obj, attr, value)

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        # Security (#11): refuse at once instead of returning an Undefined that a list's
        # repr would print ("[Undefined]") without raising.
        raise SecurityError(
            f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe"
        )

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _step()
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(times, int) and _size(seq) * times > MAX_VALUE_CHARS:
                    raise TemplateOutputError(f"'*' would build over {MAX_VALUE_CHARS} items")
        elif operator == "**":
            if (
                isinstance(left, int)
                and isinstance(right, int)
                and right > 0
                and left.bit_length() * right > 4 * MAX_VALUE_CHARS
            ):
                raise TemplateOutputError("'**' result too large")
        elif operator == "+" and _size(left) + _size(right) > MAX_VALUE_CHARS:
            raise TemplateOutputError(f"'+' would build over {MAX_VALUE_CHARS} items")
        elif operator == "%":
            _check_printf(left)
        return _check_size(super().call_binop(context, operator, left, right), f"{operator!r}")

    def guarded_concat(self, pieces: tuple[Any, ...]) -> str:
        """``a ~ b``: joined only when the result stays under the value cap."""
        strings = [str(p) for p in pieces]
        if sum(len(p) for p in strings) > MAX_VALUE_CHARS:
            raise TemplateOutputError(f"'~' would build over {MAX_VALUE_CHARS} characters")
        return "".join(strings)


def _capped_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_LOOP_ITEMS:
        raise TemplateOutputError(f"range() of {len(result)} items exceeds {MAX_LOOP_ITEMS}")
    return result


def _ctx_formatter(ctx: Context) -> Any:
    return formatter_for(ctx.get("locale", "en_US"))


@pass_context
def _money_filter(
    ctx: Context, value: Any, currency: str | None = None, style: str = "symbol"
) -> str:
    loan = ctx.get("loan")
    code = currency or (loan.lookup("currency") if isinstance(loan, View) else None)
    if code is None:
        raise TemplateError("money needs a currency: money('CNY') or a loan in the context")
    if currency is not None and currency not in _known_currencies():
        raise TemplateError(f"money: unknown ISO 4217 currency {currency!r}")
    text = str(_ctx_formatter(ctx).money(value, code, style))
    trace = _TRACE.get()
    if trace is not None and isinstance(loan, View) and value == loan._values.get("amount_due"):
        trace.rendered["amount"] = text
    return text


@pass_context
def _date_filter(ctx: Context, value: Any, style: str = "long") -> str:
    if not isinstance(value, date):
        # Babel formats None as today: a missing promise date would read as a real one.
        raise TemplateError(
            f"the date filter formats a date, not {type(value).__name__} "
            "(guard a missing one with {% if %})"
        )
    text = str(_ctx_formatter(ctx).date(value, style))
    trace = _TRACE.get()
    loan = ctx.get("loan")
    if trace is not None and isinstance(loan, View) and value == loan._values.get("due_date"):
        trace.rendered["due_date"] = text
    return text


@pass_context
def _days_filter(ctx: Context, value: int) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        # int(3.7) is 3 and int("12") is 12: a count of days is counted, not read.
        raise TemplateError(f"the days filter counts whole days, not {value!r}")
    text = str(_ctx_formatter(ctx).days(value))
    trace = _TRACE.get()
    loan = ctx.get("loan")
    if (
        trace is not None
        and isinstance(loan, View)
        and value == loan._values.get("days_overdue")
        and value
    ):
        trace.rendered["days_overdue"] = text
    return text


@pass_context
def _phone_filter(ctx: Context, value: str, style: str = "national") -> str:
    return str(_ctx_formatter(ctx).phone(value, style))


# Security (#11): builtin filters a reminder can use; the rest (indent, wordwrap, urlize,
# xmlattr, pprint, random...) are dropped: they build large values or are not deterministic.
_SAFE_FILTERS = (
    "abs", "batch", "capitalize", "center", "count", "d", "default", "dictsort", "first",
    "float", "groupby", "int", "last", "length", "list", "lower", "map", "max", "min",
    "reject", "rejectattr", "reverse", "round", "select", "selectattr", "slice", "sort",
    "string", "sum", "title", "trim", "truncate", "unique", "upper", "wordcount",
)  # fmt: skip


def _guarded_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    """The filter, refusing size arguments and results over the value cap."""

    def guarded(*args: Any, **kwargs: Any) -> Any:
        for arg in (*args, *kwargs.values()):
            if (isinstance(arg, int) and arg > MAX_VALUE_CHARS) or _size(arg) > MAX_VALUE_CHARS:
                raise TemplateOutputError(f"filter argument over {MAX_VALUE_CHARS}")
        return _check_size(func(*args, **kwargs), "filter")

    if hasattr(func, "jinja_pass_arg"):
        guarded.jinja_pass_arg = func.jinja_pass_arg  # type: ignore[attr-defined]
    return guarded


@pass_context  # a context filter is never folded into a constant at compile time
def _step_filter(ctx: Context, value: None) -> str:
    _step()
    return ""


@pass_context
def _attr_filter(ctx: Context, obj: Any, name: str) -> Any:
    # Through the sandbox's getattr, so raw|attr('phone') meets the same check as raw.phone.
    return ctx.environment.getattr(obj, str(name))


def _format_filter(value: str, *args: Any, **kwargs: Any) -> str:
    _check_printf(value)
    if args and kwargs:
        raise TemplateError("format takes positional or keyword arguments, not both")
    return _check_size(str(value) % (kwargs or args), "format")  # type: ignore[no-any-return]


def _join_filter(value: Any, d: str = "", attribute: Any = None) -> str:
    items = [str(v) for v in value]
    if sum(map(len, items)) + len(str(d)) * len(items) > MAX_VALUE_CHARS:
        raise TemplateOutputError(f"join would build over {MAX_VALUE_CHARS} characters")
    return str(d).join(items)


def _replace_filter(value: str, old: str, new: str, count: int | None = None) -> str:
    text, old, new = str(value), str(old), str(new)
    hits = text.count(old) if old else len(text) + 1
    if count is not None:
        hits = min(hits, count)
    if len(text) + hits * len(new) > MAX_VALUE_CHARS:
        raise TemplateOutputError(f"replace would build over {MAX_VALUE_CHARS} characters")
    return text.replace(old, new, -1 if count is None else count)


def _printable(value: Any) -> Any:
    """Every printed value: text, a number or a date. A missing one (None) would print as the
    word "None", a list or a function as Python's repr of it."""
    if type(value) is str or isinstance(value, _PRINTABLE):
        return value
    if value is None:
        raise TemplateError("a printed value is missing (None): guard it with {% if %}")
    if isinstance(value, Undefined):
        return value  # printing it raises the undefined-variable error that names it
    raise TemplateError(
        f"a printed value is a {type(value).__name__}, not text, a number or a date"
    )


_PRINTABLE = (str, int, float, Decimal, date)


def make_environment() -> DunningEnvironment:
    """A fresh sandboxed environment with the locale-bound filters."""
    env = DunningEnvironment(
        undefined=StrictUndefined,
        finalize=_printable,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
        cache_size=-1,
    )
    env.filters = {name: _guarded_filter(_JINJA_FILTERS[name]) for name in _SAFE_FILTERS}
    env.filters.update(
        money=_money_filter,
        date=_date_filter,
        days=_days_filter,
        phone=_phone_filter,
        attr=_attr_filter,
        format=_format_filter,
        join=_join_filter,
        replace=_replace_filter,
        _dunning_step=_step_filter,
    )
    env.globals = {"range": _capped_range}
    return env


_UNDEFINED_NAME = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")


def _template_line(exc: BaseException, name: str) -> int | None:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == name:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


class TemplateLibrary:
    """The templates of one directory, compiled on first use and kept."""

    def __init__(self, directory: str | Path | None = None) -> None:
        if directory is not None and (
            not isinstance(directory, str | Path) or not str(directory).strip()
        ):
            # Path("") is the working directory: a library nobody named.
            raise TemplateNotFoundError(f"templates is a directory path, not {directory!r}")
        root = Path(directory) if directory is not None else shipped_templates_dir()
        self._setup(root, read_library(root))

    @classmethod
    def of_sources(
        cls, directory: Path, sources: dict[tuple[str, str], TemplateSource]
    ) -> TemplateLibrary:
        """A library over sources already read (the linter reads them itself, to keep what
        it finds wrong with each file)."""
        library = cls.__new__(cls)
        library._setup(directory, sources)
        return library

    def _setup(self, directory: Path, sources: dict[tuple[str, str], TemplateSource]) -> None:
        self.directory = directory
        self.sources = sources
        self._env = make_environment()
        self._env.loader = _LibraryLoader({s.name: s.source for s in sources.values()})
        self._compiled: dict[str, Any] = {}
        # Each compiled template's globals as a plain dict (see ``render``).
        self._globals: dict[str, dict[str, Any]] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {"directory": self.directory}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["directory"])  # type: ignore[misc]

    def keys(self) -> tuple[str, ...]:
        """The distinct template keys, sorted."""
        return tuple(sorted({key for _, key in self.sources}))

    def locales_of(self, key: str) -> tuple[str, ...]:
        """The locales a key exists in."""
        return tuple(sorted(loc for loc, k in self.sources if k == key))

    def resolve(self, key: str, wanted: str, default: str) -> TemplateSource:
        """The template for ``key`` in ``wanted``, falling back region -> language -> default."""
        candidates = [wanted]
        language = wanted.split("_", maxsplit=1)[0]
        candidates.append(language)
        candidates += sorted(
            loc for loc, k in self.sources if k == key and loc.split("_")[0] == language
        )
        candidates.append(default)
        for locale in candidates:
            found = self.sources.get((locale, key))
            if found is not None:
                return found
        if not any(k == key for _, k in self.sources):
            raise TemplateNotFoundError(
                f"no template {key!r}; the library has {', '.join(self.keys()) or 'none'}",
                template=key,
            )
        raise TemplateNotFoundError(
            f"template {key!r} exists only in {', '.join(self.locales_of(key))}, not in "
            f"{wanted} or the policy default {default}",
            template=key,
        )

    def compiled(self, source: TemplateSource) -> Any:
        """The compiled Jinja2 template (compiled once)."""
        template = self._compiled.get(source.name)
        if template is None:
            try:
                template = self._env.get_template(source.name)
            except JinjaSyntaxError as exc:
                raise TemplateSyntaxError(
                    f"syntax error: {exc.message}", template=source.name, line=exc.lineno
                ) from None
            declared = set(template.blocks)
            missing = [v for v in source.meta.variants if v not in declared]
            if missing:
                raise TemplateSyntaxError(
                    f"variants {missing} are not {{% block %}}s of the template",
                    template=source.name,
                )
            self._compiled[source.name] = template
            self._globals[source.name] = dict(template.globals)
        return template

    def parse(self, source: TemplateSource) -> nodes.Template:
        """The Jinja2 AST of a template (for the linter)."""
        try:
            return self._env.parse(source.source, source.name, source.path)
        except JinjaSyntaxError as exc:
            raise TemplateSyntaxError(
                f"syntax error: {exc.message}", template=source.name, line=exc.lineno
            ) from None

    def render(
        self,
        source: TemplateSource,
        variant: str | None,
        context: Mapping[str, Any],
        trace: RenderTrace,
        *,
        max_chars: int = MAX_OUTPUT_CHARS,
    ) -> str:
        """Render one variant (a block name, or None for the whole template)."""
        template = self.compiled(source)
        token = _TRACE.set(trace)
        try:
            if variant is None:
                pieces: Iterator[str] = template.generate(context)
            else:
                # The context Jinja2's template.new_context(context) would build, made here
                # from a plain dict of the template's globals: that call copies the globals
                # (a ChainMap) into the parent and again into a set of their names on every
                # render. Context values override globals, as there.
                globals_ = self._globals[source.name]
                parent = {**globals_, **context}
                env = template.environment
                ctx = new_context(env, template.name, template.blocks, parent, True, globals_)
                pieces = template.blocks[variant](ctx)
            out: list[str] = []
            size = 0
            for piece in pieces:
                size += len(piece)
                if size > max_chars:
                    raise TemplateOutputError(
                        f"rendered output exceeds {max_chars} characters",
                        template=source.name,
                    )
                out.append(piece)
            return "".join(out).strip()
        except UndefinedError as exc:
            match = _UNDEFINED_NAME.search(str(exc))
            variable = (match.group(1) or match.group(2)) if match else None
            raise UndefinedVariableError(
                f"undefined variable: {exc.message}",
                template=source.name,
                line=_template_line(exc, source.name),
                variable=variable,
            ) from None
        except SecurityError as exc:
            raise TemplateSecurityError(
                f"sandbox refused: {exc}",
                template=source.name,
                line=_template_line(exc, source.name),
            ) from None
        except TemplateError as exc:
            if exc.template is None:
                exc.template = source.name
            if exc.line is None:
                exc.line = _template_line(exc, source.name)
            raise
        except RecursionError:
            raise TemplateOutputError("template recursion too deep", template=source.name) from None
        # Security (#11): include/extends/import of a name outside the library, a broken
        # included template, or any other Jinja error is still one of our typed errors.
        except TemplateNotFound as exc:
            raise TemplateNotFoundError(
                f"template {exc.name!r} is not in the library",
                template=source.name,
                line=_template_line(exc, source.name),
            ) from None
        except JinjaSyntaxError as exc:
            raise TemplateSyntaxError(
                f"syntax error: {exc.message}", template=exc.name or source.name, line=exc.lineno
            ) from None
        except JinjaTemplateError as exc:
            raise TemplateError(
                f"template failed: {exc.message}",
                template=source.name,
                line=_template_line(exc, source.name),
            ) from None
        except MemoryError:
            raise TemplateOutputError("template ran out of memory", template=source.name) from None
        except Exception as exc:
            # What a template's expressions and filters raise (TypeError, LookupError, Babel's
            # AssertionError, the NameError Jinja's folded 'nan'|float raises) is the
            # template's error, with its line.
            raise TemplateError(
                f"template failed: {type(exc).__name__}: {exc}",
                template=source.name,
                line=_template_line(exc, source.name),
            ) from None
        finally:
            _TRACE.reset(token)
