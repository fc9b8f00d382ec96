"""The Composer: models -> masked context -> sandboxed render -> rules -> Message.

This is the only module that knows the whole flow. Rules never reach back into rendering;
the composer hands them a :class:`CheckContext` with the text and what it knows it rendered.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import _timing
from ._contact import ContactLog, content_hash
from ._errors import ComplianceError, InputError, TemplateNotFoundError
from ._formatting import formatter_for
from ._hours import local_date, require_aware_datetime
from ._masking import mask_email, name_parts, phone_parts
from ._models import Borrower, Lender, Loan, parse_locale
from ._pickling import fast_state
from ._policy import Policy, load_policy
from ._report import Finding, Report, Suppression, sort_findings
from ._rules import RuleEngine
from ._rules._base import CheckContext
from ._rules.template import apply_suppressions
from ._segments import SegmentInfo, segments, smart_encode
from ._stages import overdue_stage
from ._templates import RawView, RenderTrace, TemplateLibrary, TemplateSource, View


@fast_state
@dataclass(frozen=True, slots=True)
class Message:
    """A composed text with everything needed to send, audit and review it."""

    text: str
    encoding: str
    segments: int
    units: int
    locale: str
    template: str
    template_version: str
    variant: str
    content_hash: str
    report: Report
    policy: str
    stage: str | None = None
    borrower_key: str = ""
    loan_id: str = ""
    requested_locale: str = ""
    record_id: int | None = None
    parts: tuple[str, ...] = field(default=(), repr=False)

    @property
    def ok(self) -> bool:
        """True when the report has no error finding: the message may be sent."""
        return self.report.ok

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (used by the CLI's jsonl output)."""
        return {
            "text": self.text,
            "encoding": self.encoding,
            "segments": self.segments,
            "units": self.units,
            "locale": self.locale,
            "template": self.template,
            "template_version": self.template_version,
            "variant": self.variant,
            "stage": self.stage,
            "policy": self.policy,
            "loan_id": self.loan_id,
            "content_hash": self.content_hash,
            "ok": self.ok,
            "report": self.report.to_dict(),
        }

    def __repr__(self) -> str:
        short = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        return (
            f"<Message {self.template}@{self.locale} {self.encoding} x{self.segments} "
            f"ok={self.ok} {short!r}>"
        )

    def _repr_html_(self) -> str:
        from ._html import message_html

        return message_html(self)


# The longest text check() reads: five times a template's output cap, six times the longest
# body an SMS gateway accepts (1,600). Several rules pair terms, so their cost grows with the
# square of the text, and a multi-megabyte "message" would hold a worker for hours.
MAX_CHECK_CHARS = 10_000
# A str can hold a surrogate code point on its own (a bad decode, half of a UTF-16 pair): it is
# no character, no SMS encoding can carry it, and the matchers cannot read it.
_SURROGATE = re.compile("[\ud800-\udfff]")

_ENGINES: dict[int, tuple[Policy, RuleEngine]] = {}
_ENGINES_LOCK = threading.Lock()


def _engine_for(policy: Policy) -> RuleEngine:
    """One engine per Policy object (policies are immutable; shipped ones are singletons)."""
    entry = _ENGINES.get(id(policy))
    if entry is not None and entry[0] is policy:
        return entry[1]
    with _ENGINES_LOCK:
        if len(_ENGINES) > 64:
            _ENGINES.clear()
        engine = RuleEngine(policy)
        _ENGINES[id(policy)] = (policy, engine)
        return engine


def _lender_view(lender: Lender) -> tuple[View, tuple[str, ...]]:
    """The lender's view and its service numbers; both depend on the lender only."""
    channels = tuple(
        View(
            "channel",
            {"kind": c.kind, "label": c.label, "detail": c.detail or ""},
            {"label": "payment_channel"},
        )
        for c in lender.payment_channels
    )
    first_channel = lender.payment_channels[0].label if lender.payment_channels else ""
    view = View(
        "lender",
        {
            "name": lender.name,
            "signature": lender.signature,
            "hotline": lender.hotline or "",
            "channels": channels,
            "channel": first_channel,
            "website": lender.website or "",
            "agent_name": lender.agent_name or "",
            "agent_phone": lender.agent_phone or "",
            "creditor_name": lender.creditor_name or "",
            "is_third_party_collector": lender.is_third_party_collector,
        },
        {
            "name": "lender_name",
            "signature": "lender_name",
            "hotline": "hotline",
            "channel": "payment_channel",
            "agent_name": "agent_name",
            "creditor_name": "creditor_name",
        },
    )
    return view, lender.service_numbers()


# The borrower view renders no disclosure element; one shared empty map for all of them.
_NO_ELEMENTS: dict[str, str] = {}


def _borrower_view(borrower: Borrower, locale: str) -> View:
    phone, tail = phone_parts(borrower.phone)
    masked, family_name, first_name = name_parts(borrower.name)
    return View._owned(
        "borrower",
        {
            "name": masked,
            "surname": family_name,
            "first_name": first_name,
            "phone": phone,
            "phone_tail": tail,
            "email": mask_email(borrower.email) if borrower.email else "",
            "id_tail": borrower.id_number[-4:] if borrower.id_number else "",
            "card_tail": borrower.card_number[-4:] if borrower.card_number else "",
            "locale": borrower.locale or locale,
            "third_party_contact_authorised": borrower.third_party_contact_authorised,
        },
        _NO_ELEMENTS,
    )


# The loan view's attribute -> disclosure element map, shared by every loan view.
_LOAN_ELEMENTS = {"amount": "amount", "due": "due_date"}


def _views(
    borrower: Borrower,
    loan: Loan,
    lender_view: View,
    *,
    locale: str,
    as_of: date,
    raw_allowed: tuple[str, ...],
) -> dict[str, Any]:
    fmt = formatter_for(locale)
    # Loan.days_overdue and Loan.days_until_due, from one subtraction.
    late = (as_of - loan.due_date).days
    return {
        "locale": locale,
        "as_of": as_of,
        "borrower": _borrower_view(borrower, locale),
        "loan": View._owned(
            "loan",
            {
                "loan_id": loan.loan_id,
                "currency": loan.currency,
                "amount_due": loan.amount_due,
                "amount": fmt.amount(loan.amount_due, loan.currency),
                "fees": loan.fees,
                "amount_paid": loan.amount_paid,
                "due_date": loan.due_date,
                "due": fmt.date(loan.due_date, "long"),
                "days_overdue": late if late > 0 else 0,
                "days_until_due": -late if late < 0 else 0,
                "legal_action_intended": loan.legal_action_intended,
                "promised_date": loan.promised_date,
                "reminder_count": loan.reminder_count,
            },
            _LOAN_ELEMENTS,
        ),
        "lender": lender_view,
        "raw": RawView(
            {
                "name": borrower.name,
                "phone": borrower.phone,
                "id_number": borrower.id_number or "",
                "email": borrower.email or "",
                "card_number": borrower.card_number or "",
            },
            raw_allowed,
        ),
    }


def _build_views(
    borrower: Borrower,
    loan: Loan,
    lender: Lender,
    *,
    locale: str,
    as_of: date,
    raw_allowed: tuple[str, ...],
) -> dict[str, Any]:
    """The template context, built from scratch (the composer reuses its lender views)."""
    view = _lender_view(lender)[0]
    return _views(borrower, loan, view, locale=locale, as_of=as_of, raw_allowed=raw_allowed)


# Lender views kept per Composer; a night's batch has a handful of lenders.
_LENDER_CACHE_SIZE = 256


@dataclass(frozen=True, slots=True)
class _Plan:
    """What a template needs under a policy, worked out once per template."""

    raw_allowed: tuple[str, ...]
    denied: tuple[str, ...]
    variants: tuple[str | None, ...]
    suppress: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, source: TemplateSource, policy: Policy) -> _Plan:
        meta = source.meta
        allowed = policy.raw_fields_allowed
        return cls(
            raw_allowed=tuple(f for f in meta.raw_fields if f in allowed),
            denied=tuple(f for f in meta.raw_fields if f not in allowed),
            variants=meta.variants or (None,),
            suppress=tuple((s.rule, s.reason) for s in meta.suppress),
        )


@dataclass(slots=True)
class _Prepared:
    """One message up to its rules: the CheckContext and what finishing it needs.

    ``timer`` is the timing hook's timer when preparation began (or None), ``started`` when
    preparation ended, for the next stage.
    """

    ctx: CheckContext
    template: str
    plan: _Plan
    version: str
    info: SegmentInfo
    variant: str | None
    replacements: tuple[tuple[int, str, str], ...]
    raw_used: tuple[str, ...]
    borrower: Borrower
    loan: Loan
    locale: str
    wanted: str
    stage: str
    timer: _timing.StageTimer | None
    started: float


def _lap(timer: _timing.StageTimer, stage: str, started: float) -> float:
    ended = _timing.now()
    timer.add(stage, ended - started)
    return ended


def _check_models(borrower: object, loan: object, lender: object) -> None:
    """Raise InputError for the first argument that is not its model."""
    if isinstance(borrower, Borrower) and isinstance(loan, Loan) and isinstance(lender, Lender):
        return
    given = {"borrower": borrower, "loan": loan, "lender": lender}
    for name, model in (("borrower", Borrower), ("loan", Loan), ("lender", Lender)):
        value = given[name]
        if not isinstance(value, model):
            raise InputError(
                f"{name} must be a {model.__name__}, not {type(value).__name__} "
                f"({model.__name__}.model_validate(data) reads a dict)",
                field=name,
            )


def _check_history(history: object) -> None:
    if not isinstance(history, ContactLog):
        raise InputError(
            f"history must be a ContactLog (SQLiteContactLog(path), MemoryContactLog()), "
            f"not {type(history).__name__}",
            field="history",
        )


def check_when(as_of: object, now: object) -> None:
    """Raise InputError unless ``as_of`` is a day (a ``date``, not a ``datetime``) or None and
    ``now`` a timezone-aware ``datetime`` or None."""
    if as_of is not None and type(as_of) is not date:
        # A datetime is a date to isinstance, but not to date arithmetic with a loan's due date.
        hint = "; pass a time as now=" if isinstance(as_of, datetime) else ""
        raise InputError(
            f"as_of must be a datetime.date, not {type(as_of).__name__}{hint}", field="as_of"
        )
    if now is not None:
        require_aware_datetime(now, "now")


class Composer:
    """Composes messages from templates under one policy. Build once, reuse everywhere.

    ``templates`` is a directory of ``<locale>/<key>.j2`` files, or None for the shipped
    library. Templates, the policy and every rule's compiled matchers are built once here.
    """

    def __init__(
        self,
        policy: str | Path | Policy = "cn",
        *,
        templates: str | Path | None = None,
        smart_encoding: bool = False,
    ) -> None:
        self.policy = load_policy(policy)
        self.library = TemplateLibrary(templates)
        self.smart_encoding = smart_encoding
        self._engine = _engine_for(self.policy)
        self._lock = threading.Lock()
        # Per-Composer caches of work that depends only on the lender or the template
        # (a batch reuses a few of each): built on first use, never per message.
        self._lenders: dict[Lender, tuple[View, tuple[str, ...]]] = {}
        self._lender_ids: dict[int, tuple[Lender, View, tuple[str, ...]]] = {}
        self._plans: dict[str, _Plan] = {}
        self._sources: dict[tuple[str, str], TemplateSource] = {}
        self._missing: set[tuple[str, str]] = set()

    def __getstate__(self) -> dict[str, Any]:
        return {
            "policy": self.policy,
            "templates": self.library.directory,
            "smart_encoding": self.smart_encoding,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(  # type: ignore[misc]
            state["policy"], templates=state["templates"], smart_encoding=state["smart_encoding"]
        )

    def __repr__(self) -> str:
        return f"<Composer policy={self.policy.name!r} templates={str(self.library.directory)!r}>"

    def compose(
        self,
        template: str,
        *,
        borrower: Borrower,
        loan: Loan,
        lender: Lender,
        as_of: date | None = None,
        now: datetime | None = None,
        locale: str | None = None,
        history: ContactLog | None = None,
    ) -> Message:
        """Render and check; return the Message, or raise ComplianceError with its Report.

        With ``history`` the message is also recorded in the contact log, atomically with
        the frequency and opt-out check, so it counts against later caps.
        """
        prepared = self._prepare(
            template,
            borrower=borrower,
            loan=loan,
            lender=lender,
            as_of=as_of,
            now=now,
            locale=locale,
            history=history,
        )
        message = self._compose(prepared)
        if not message.report.ok:
            errors = message.report.errors
            raise ComplianceError(
                f"message refused: {len(errors)} error finding(s): "
                + ", ".join(dict.fromkeys(f.rule for f in errors)),
                report=message.report,
                template=message.template,
                preview=message,
            )
        if history is not None:
            message = self._record(message, borrower=borrower, loan=loan, now=now, history=history)
        return message

    def preview(
        self,
        template: str,
        *,
        borrower: Borrower,
        loan: Loan,
        lender: Lender,
        as_of: date | None = None,
        now: datetime | None = None,
        locale: str | None = None,
        history: ContactLog | None = None,
    ) -> Message:
        """Like :meth:`compose` but returns the Message whatever its findings; records nothing."""
        prepared = self._prepare(
            template,
            borrower=borrower,
            loan=loan,
            lender=lender,
            as_of=as_of,
            now=now,
            locale=locale,
            history=history,
        )
        return self._compose(prepared)

    def check(
        self,
        text: str,
        *,
        locale: str | None = None,
        lender: Lender | None = None,
        legal_action_intended: bool | None = None,
        contact_authorised: bool | None = None,
    ) -> Report:
        """Run every text-level rule of this Composer's policy on any text.

        With ``lender`` the text is read as that lender's: its service numbers may be shown
        in full, and the policy's lender-level disclosures (name, hotline, payment channel,
        collector notice) are required, as :meth:`compose` requires them.
        ``legal_action_intended`` and ``contact_authorised`` state what the caller knows of
        the loan (Loan.legal_action_intended) and the borrower's record
        (Borrower.third_party_contact_authorised); left ``None``, they are unknown and the
        rules that depend on them send the text for review.
        """
        return _check_with(
            self._engine,
            self.policy,
            text,
            locale,
            lender,
            known=_Known(legal_action_intended, contact_authorised),
        )

    def _compose(self, prepared: _Prepared) -> Message:
        """One prepared message through the rules and into its Message (batches run the
        rules over many prepared messages at once, then finish each)."""
        findings = self._engine.run(prepared.ctx)
        timer = prepared.timer
        if timer is None:
            return self._finish(prepared, findings)
        started = _lap(timer, "rules", prepared.started)
        message = self._finish(prepared, findings)
        _lap(timer, "finish", started)
        return message

    def _prepare(
        self,
        template: str,
        *,
        borrower: Borrower,
        loan: Loan,
        lender: Lender,
        as_of: date | None,
        now: datetime | None,
        locale: str | None,
        history: ContactLog | None,
    ) -> _Prepared:
        """Everything before the rules: resolve, views, render and the CheckContext.

        Raises what composing raises before any rule runs (InputError, TemplateNotFoundError,
        TemplateSecurityError, a render error); :meth:`_finish` turns the rules' findings
        into the Message.
        """
        policy = self.policy
        timer = _timing.TIMER
        started = _timing.now() if timer is not None else 0.0
        _check_models(borrower, loan, lender)
        if history is not None:
            _check_history(history)
        if (as_of is not None and type(as_of) is not date) or now is not None:
            check_when(as_of, now)
        wanted = locale or borrower.locale or policy.default_locale
        if locale is not None:
            try:
                parse_locale(locale)
            except ValueError as exc:
                raise InputError(str(exc), field="locale") from None
        if as_of is None:
            # The borrower's date, not the policy zone's: "overdue" is a claim about their day.
            as_of = local_date(borrower, policy, now)
        source = self._resolve(template, wanted, loan, as_of)
        # A language-only folder ("zh") serves the wanted regional locale without fallback.
        resolved_locale = wanted if source.locale == wanted.split("_")[0] else source.locale
        meta = source.meta
        plan = self._plans.get(source.name)
        if plan is None:
            plan = self._plans[source.name] = _Plan.of(source, policy)
        raw_allowed = plan.raw_allowed
        if plan.denied:
            from ._errors import TemplateSecurityError

            raise TemplateSecurityError(
                f"template declares raw field(s) {list(plan.denied)} that policy "
                f"{policy.name!r} does not allow (raw_fields_allowed)",
                template=source.name,
            )
        if timer is not None:
            started = _lap(timer, "resolve", started)
        lender_view, allow = self._lender_entry(lender)
        context = _views(
            borrower,
            loan,
            lender_view,
            locale=resolved_locale,
            as_of=as_of,
            raw_allowed=raw_allowed,
        )
        stage = meta.stage or template
        context["stage"] = stage
        budget = meta.segment_budget or policy.billing.segment_budget
        variants = plan.variants
        if timer is not None:
            started = _lap(timer, "views", started)
        smart = self.smart_encoding
        replacements: tuple[tuple[int, str, str], ...] = ()
        chosen: tuple[str, SegmentInfo, RenderTrace, str | None] | None = None
        for variant in variants:
            trace = RenderTrace()
            text = self.library.render(source, variant, context, trace)
            # A variant is judged on the text that is sent: smart encoding can lengthen it
            # ("…" -> "...") or make it GSM-7, either way changing its segment count.
            if smart:
                text, replacements = smart_encode(text)
            info = segments(text, billing=policy.billing.mode)
            chosen = (text, info, trace, variant)
            if info.segments <= budget:
                break
        assert chosen is not None
        # The chosen variant is the last one rendered, so `replacements` are its own.
        text, info, trace, variant = chosen
        if timer is not None:
            started = _lap(timer, "render", started)
        # Each render has its own trace, so its dict is handed on without a copy.
        rendered = trace.rendered
        raw_used = tuple(trace.raw_fields)
        known = tuple(
            value
            for field_name, value in (
                ("name", borrower.name),
                ("phone", borrower.phone),
                ("id_number", borrower.id_number),
                ("email", borrower.email),
                ("card_number", borrower.card_number),
            )
            if value and field_name not in raw_allowed
        )
        ctx = CheckContext(
            text=text,
            policy=policy,
            languages=policy.languages,
            mode="compose",
            locale=resolved_locale,
            stage=stage,
            legal_action_intended=loan.legal_action_intended,
            contact_authorised=borrower.third_party_contact_authorised,
            now=now,
            as_of=as_of,
            borrower=borrower,
            loan=loan,
            lender=lender,
            history=history,
            template=source.name,
            requested_locale=wanted,
            rendered=rendered,
            segment_budget=budget,
            known=known,
            allow=allow,
        )
        ctx._cache["segments"] = info
        if timer is not None:
            started = _lap(timer, "context", started)
        return _Prepared(
            ctx, template, plan, meta.version, info, variant, replacements, raw_used,
            borrower, loan, resolved_locale, wanted, stage, timer, started,
        )  # fmt: skip

    def _finish(self, prepared: _Prepared, findings: list[Finding]) -> Message:
        """The Message for a prepared message and its rules' findings (suppressions applied)."""
        plan, info = prepared.plan, prepared.info
        policy = self.policy
        suppressed: tuple[Suppression, ...] = ()
        if plan.suppress:
            findings, suppressed = apply_suppressions(findings, plan.suppress)
        report = Report(
            findings=sort_findings(findings) if len(findings) > 1 else tuple(findings),
            policy=policy.name,
            suppressed=suppressed,
            raw_fields=prepared.raw_used,
            replacements=prepared.replacements,
        )
        text = prepared.ctx.text
        return Message(
            text=text,
            encoding=info.encoding,
            segments=info.segments,
            units=info.units,
            locale=prepared.locale,
            template=prepared.template,
            template_version=prepared.version,
            variant=prepared.variant or "default",
            content_hash=content_hash(text),
            report=report,
            policy=policy.name,
            stage=prepared.stage,
            borrower_key=prepared.borrower.key,
            loan_id=prepared.loan.loan_id,
            requested_locale=prepared.wanted,
            parts=info.parts,
        )

    def _lender_entry(self, lender: Lender) -> tuple[View, tuple[str, ...]]:
        # By identity first: a batch reuses a few Lender objects, interleaved, and a frozen
        # pydantic model hashes and compares every field (channels included) by value.
        known = self._lender_ids.get(id(lender))
        if known is not None and known[0] is lender:
            return known[1], known[2]
        # Rows read from a file carry equal but distinct Lender objects: look up by value.
        entry = self._lenders.get(lender)
        if entry is None:
            if len(self._lenders) >= _LENDER_CACHE_SIZE:
                self._lenders.clear()
            entry = self._lenders[lender] = _lender_view(lender)
        if len(self._lender_ids) >= _LENDER_CACHE_SIZE:
            self._lender_ids.clear()
        # The entry holds the object, so its id cannot be reused while it is cached.
        self._lender_ids[id(lender)] = (lender, entry[0], entry[1])
        return entry

    def _resolve(self, template: str, wanted: str, loan: Loan, as_of: date) -> TemplateSource:
        default = self.policy.default_locale
        if template == "overdue":
            # "overdue" is the generic key callers already use; a library with per-band
            # templates (overdue_early/_mid/_late) serves the band that fits this loan, and
            # one with only overdue.j2 keeps working.
            band = (overdue_stage(loan.days_overdue(as_of)), wanted)
            found = self._sources.get(band)
            if found is not None:
                return found
            if band not in self._missing:
                try:
                    found = self._sources[band] = self.library.resolve(*band, default)
                except TemplateNotFoundError:
                    self._missing.add(band)
                else:
                    return found
        # The fallback walk scans the whole library; its answer depends only on the key
        # and the locale, so it is looked up once per pair.
        key = (template, wanted)
        found = self._sources.get(key)
        if found is None:
            found = self._sources[key] = self.library.resolve(template, wanted, default)
        return found

    def _record(
        self,
        message: Message,
        *,
        borrower: Borrower,
        loan: Loan,
        now: datetime | None,
        history: ContactLog,
    ) -> Message:
        from ._contact import record_message

        return record_message(
            message, borrower=borrower, loan=loan, now=now, history=history, policy=self.policy
        )


@dataclass(frozen=True, slots=True)
class _Known:
    """What a free-text check's caller knows of the loan and the borrower's record."""

    legal_action_intended: bool | None = None
    contact_authorised: bool | None = None

    def __post_init__(self) -> None:
        # Checked once, when the record is made: a batch reuses it for every row.
        for name in ("legal_action_intended", "contact_authorised"):
            value = getattr(self, name)
            # A string such as "no" is truthy: only a real bool (or None) is a fact.
            if value is not None and not isinstance(value, bool):
                raise InputError(
                    f"{name} must be True, False or None, not {type(value).__name__}",
                    field=name,
                )


_NOTHING_KNOWN = _Known()


def _check_with(
    engine: RuleEngine,
    policy: Policy,
    text: str,
    locale: str | None,
    lender: Lender | None = None,
    *,
    known: _Known = _NOTHING_KNOWN,
) -> Report:
    if not isinstance(text, str):
        raise InputError(f"check() takes a str, not {type(text).__name__}", field="text")
    if len(text) > MAX_CHECK_CHARS:
        raise InputError(
            f"text is {len(text):,} characters; check() reads at most {MAX_CHECK_CHARS:,} "
            "(an SMS body is at most 1,600)",
            field="text",
        )
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        raise InputError(
            f"text holds a lone surrogate code point (U+{ord(surrogate.group()):04X}) at offset "
            f"{surrogate.start()}: it is not a character and no SMS can carry it; decode the "
            "text as UTF-8 (or join the UTF-16 pair) before checking it",
            field="text",
        )
    if locale is not None:
        try:
            parse_locale(locale)
        except ValueError as exc:
            raise InputError(str(exc), field="locale") from None
    _require_lender(lender)
    ctx = CheckContext(
        text=text,
        policy=policy,
        languages=policy.languages,
        mode="check",
        locale=locale or policy.default_locale,
        legal_action_intended=known.legal_action_intended,
        contact_authorised=known.contact_authorised,
        lender=lender,
        allow=lender.service_numbers() if lender is not None else (),
    )
    return Report(findings=sort_findings(engine.run(ctx)), policy=policy.name)


def _require_lender(lender: object) -> None:
    """Raise InputError unless ``lender`` is None or a :class:`Lender`."""
    if lender is not None and not isinstance(lender, Lender):
        raise InputError(
            f"lender must be a dunning_sms.Lender, not {type(lender).__name__} "
            "(Lender.model_validate builds one from a mapping)",
            field="lender",
        )


def check(
    text: str,
    *,
    policy: str | Path | Policy = "cn",
    locale: str | None = None,
    lender: Lender | None = None,
    legal_action_intended: bool | None = None,
    contact_authorised: bool | None = None,
) -> Report:
    """Run every text-level rule of a policy on any text (for example an agent's own words).

    With ``lender`` the text is read as that lender's: its service numbers may be shown in
    full, and the policy's lender-level disclosures are required (see :meth:`Composer.check`).
    ``legal_action_intended`` and ``contact_authorised`` state what the caller knows; ``None``
    (the default) is unknown.
    """
    loaded = load_policy(policy)
    return _check_with(
        _engine_for(loaded),
        loaded,
        text,
        locale,
        lender,
        known=_Known(legal_action_intended, contact_authorised),
    )
