"""The ``dunning-sms`` command.

Exit codes: 0 = every message clean, 1 = at least one message has an error finding,
2 = usage or input error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from ._compose import Composer, Message, check
from ._errors import ComplianceError, DunningError, InputError
from ._evaluate import (
    CONDUCT_CATEGORIES,
    EvaluatedText,
    EvaluationTally,
    checked_share,
    evaluate,
)
from ._policy import POLICY_NAMES, load_policy
from ._report import CATEGORIES, Report
from ._rows import Row, iter_rows, load_lender, other_policy, row_from_mapping, writable_file

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

EPILOG = """\
examples:
  dunning-sms demo
  dunning-sms check "【安心借】您好，您的借款已逾期3天，请尽快还款。" --policy cn
  echo "Pay now or we call your boss" | dunning-sms check - --policy us --format json
  dunning-sms compose borrowers.jsonl --template overdue --policy cn --format jsonl
  dunning-sms compose rows.csv --template due_today --policy us --lender lender.json
  dunning-sms rules --policy us --format json
  dunning-sms explain LEN001
  dunning-sms templates --format json
  dunning-sms lint templates/ --format sarif
  dunning-sms evaluate labelled.jsonl --policy us --min-recall 0.95 --max-false-alarms 0.05

exit codes: 0 clean, 1 a message has error findings, 2 usage or input error
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # pragma: no cover - exercised via subprocess
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"dunning-sms: error: {message}\n")


def _sample_file(name: str) -> Path:
    packaged = resources.files("dunning_sms").joinpath("data").joinpath(name)
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "data" / name


def _print_message(msg: Message, out: TextIO, heading: str) -> None:
    out.write(f"── {heading}\n{msg.text}\n")
    status = "ok" if msg.ok else "REFUSED"
    plural = "segment" if msg.segments == 1 else "segments"
    out.write(
        f"   {msg.encoding} · {msg.segments} {plural} · {msg.units} units · "
        f"{msg.locale} · {msg.template} v{msg.template_version} ({msg.variant}) · {status}\n"
    )
    _print_findings(msg.report, out)
    out.write("\n")


def _print_findings(report: Report, out: TextIO) -> None:
    for f in report.findings:
        span = f" [{f.start}:{f.end}]" if f.end > f.start else ""
        out.write(f"   {f.severity:<7} {f.rule} {f.category}{span}: {f.message}\n")


def _cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from ._stages import as_of_for_stage

    rows_by_policy: dict[str, list[Row]] = {}
    sample = _sample_file("demo.jsonl")
    from ._rows import iter_raw_rows

    with sample.open(encoding="utf-8") as stream:
        for line, raw in iter_raw_rows(stream, "jsonl"):
            row = row_from_mapping(raw, line=line)
            rows_by_policy.setdefault(row.policy or "cn", []).append(row)
    worst = EXIT_OK
    as_of = _parse_as_of(args.as_of)
    count = 0
    for policy_name, rows in rows_by_policy.items():
        composer = Composer(policy_name)
        locales = set(load_policy(policy_name).locales) or {composer.policy.default_locale}
        for key in composer.library.keys():  # noqa: SIM118 - a method, not a dict
            for row in rows:
                locale = row.borrower.locale or composer.policy.default_locale
                if locale not in locales or locale not in composer.library.locales_of(key):
                    continue
                stage = composer.library.resolve(key, locale, locale).meta.stage or key
                msg = composer.preview(
                    key,
                    borrower=row.borrower,
                    loan=row.loan,
                    lender=row.lender,
                    as_of=as_of or as_of_for_stage(stage, row.loan, row.as_of),
                )
                count += 1
                if not msg.ok:
                    worst = EXIT_FINDINGS
                heading = f"{policy_name} · {key} · {row.loan.loan_id}"
                _print_message(msg, out, heading)
    out.write(f"{count} messages composed from {sample.name}\n")
    return worst


def _parse_now(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        now = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(f"--now must be an ISO 8601 time with offset, got {text!r}") from None
    if now.tzinfo is None:
        raise InputError("--now needs a UTC offset, e.g. 2026-12-01T10:00:00+08:00", field="now")
    return now


def _parse_as_of(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"--as-of must be a date as YYYY-MM-DD, got {text!r}", field="as_of"
        ) from None


def _cmd_compose_sharded(args: argparse.Namespace, out: TextIO) -> int:
    """``--workers N --output FILE``: each worker composes its own shard of a JSONL file."""
    from ._batch import compose_file

    if args.log or args.format != "jsonl" or not args.output:
        raise InputError("--workers needs --format jsonl and --output FILE, and no --log")
    summary = compose_file(
        args.file,
        args.output,
        template=args.template,
        policy=args.policy,
        templates=args.templates,
        lender=load_lender(args.lender) if args.lender else None,
        as_of=_parse_as_of(args.as_of),
        now=_parse_now(args.now),
        workers=args.workers,
    )
    if not args.quiet:
        sys.stderr.write(
            f"{summary.rows} rows: {summary.ok} ok, {summary.refused} refused, "
            f"{summary.errors} invalid -> {args.output}\n"
        )
    return EXIT_OK if summary.refused == 0 and summary.errors == 0 else EXIT_FINDINGS


def _cmd_compose(args: argparse.Namespace, out: TextIO) -> int:
    if args.workers and args.workers > 1:
        return _cmd_compose_sharded(args, out)
    if not args.output:
        return _compose_rows(args, out)
    target = Path(args.output)
    writable_file(target, "output")
    with target.open("w", encoding="utf-8", newline="") as stream:
        return _compose_rows(args, stream)


def _compose_rows(args: argparse.Namespace, out: TextIO) -> int:
    """``compose`` in this process, results written to ``out``."""
    composer = Composer(args.policy, templates=args.templates)
    lender = load_lender(args.lender) if args.lender else None
    now = _parse_now(args.now)
    as_of = _parse_as_of(args.as_of)
    history = None
    if args.log:
        from ._contact import SQLiteContactLog

        history = SQLiteContactLog(args.log)
    worst = EXIT_OK
    fmt = args.format
    writer = None
    if fmt == "csv":
        import csv

        writer = csv.writer(out)
        writer.writerow(
            ["line", "loan_id", "ok", "template", "locale", "segments", "rules", "text"]
        )
    progress = None
    if not args.quiet and fmt != "text" and sys.stderr.isatty():
        from ._progress import Progress

        progress = Progress()
    count = 0
    try:
        for row in iter_rows(args.file, lender=lender):
            key = row.template or args.template
            if key is None:
                raise InputError("no template: give --template or a template column", line=row.line)
            wrong = other_policy(row, composer.policy)
            if wrong is not None:
                raise wrong
            kwargs: dict[str, Any] = {
                "borrower": row.borrower,
                "loan": row.loan,
                "lender": row.lender,
                "as_of": as_of or row.as_of,
                "now": now,
            }
            try:
                msg = composer.compose(key, history=history, **kwargs)
            except ComplianceError as refused:
                msg = refused.preview or composer.preview(key, history=history, **kwargs)
            if not msg.ok:
                worst = EXIT_FINDINGS
            if progress is not None:
                progress.advance()
            if fmt == "text":
                _print_message(msg, out, f"line {row.line} · {row.loan.loan_id}")
            elif fmt == "csv" and writer is not None:
                rules = " ".join(msg.report.rules)
                writer.writerow(
                    [
                        row.line,
                        row.loan.loan_id,
                        msg.ok,
                        key,
                        msg.locale,
                        msg.segments,
                        rules,
                        msg.text,
                    ]
                )
            else:
                record = json.dumps({"line": row.line, **msg.to_dict()}, ensure_ascii=False)
                if fmt == "json":
                    # One JSON array, still written as it goes: constant memory.
                    out.write(("[\n" if count == 0 else ",\n") + record)
                else:
                    out.write(record + "\n")
            count += 1
        if fmt == "json":
            out.write("[]\n" if count == 0 else "\n]\n")
    finally:
        if progress is not None:
            progress.close()
        if history is not None:
            history.close()
    return worst


def _read_text(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read().rstrip("\n")
    return arg


def _yes_no(answer: str | None) -> bool | None:
    """A yes/no option's value; absent is unknown."""
    return None if answer is None else answer == "yes"


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    text = _read_text(args.text)
    lender = load_lender(args.lender) if args.lender else None
    report = check(
        text,
        policy=args.policy,
        locale=args.locale,
        lender=lender,
        legal_action_intended=_yes_no(args.legal_action_intended),
        contact_authorised=_yes_no(args.contact_authorised),
    )
    if args.format == "json":
        out.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        _print_findings(report, out)
        if not args.quiet:
            out.write(f"{'ok' if report.ok else 'REFUSED'}: {len(report.findings)} finding(s)\n")
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _share(text: str) -> float:
    """A share from 0 to 1 (0.95, not 95), checked when the arguments are read."""
    try:
        return checked_share(float(text), "the target")
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    except InputError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _rate(part: int, whole: int) -> str:
    return f"{part}/{whole} {part / whole:6.1%}" if whole else "-"


def _tally_line(label: str, tally: EvaluationTally) -> str:
    return (
        f"  {label:<36} {_rate(tally.flagged, tally.violations):>18} "
        f"{tally.refused if tally.violations else '-':>8}   "
        f"{_rate(tally.compliant_flagged, tally.compliant):>18}\n"
    )


def _print_verdicts(title: str, verdicts: Sequence[EvaluatedText], show: int, out: TextIO) -> None:
    if not verdicts or show <= 0:
        return
    out.write(f"\n{title} (first {min(show, len(verdicts))} of {len(verdicts)}):\n")
    for v in verdicts[:show]:
        what = ", ".join(v.rules) if v.rules else ", ".join(v.categories) or "-"
        text = " ".join(v.text.split())
        text = text if len(text) <= 100 else text[:99] + "…"
        out.write(f"  line {v.line} [{v.language or '-'}, {v.policy}] {what}: {text}\n")


def _cmd_evaluate(args: argparse.Namespace, out: TextIO) -> int:
    from ._rows import iter_raw_file

    result = evaluate(
        iter_raw_file(args.file),
        policy=args.policy,
        counted=CATEGORIES if args.count == "all" else CONDUCT_CATEGORIES,
        legal_action_intended=_yes_no(args.legal_action_intended),
        contact_authorised=_yes_no(args.contact_authorised),
    )
    o = result.overall
    met = result.meets(
        recall=args.min_recall if args.min_recall is not None else 0.0,
        false_alarm_rate=args.max_false_alarms if args.max_false_alarms is not None else 1.0,
    )
    if args.format == "json":
        data = result.to_dict()
        data["targets"] = {
            "min_recall": args.min_recall,
            "max_false_alarms": args.max_false_alarms,
            "met": met,
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        counted = "every category" if args.count == "all" else "conduct categories"
        out.write(
            f"{len(result.verdicts)} rows: {o.violations} violations, {o.compliant} compliant "
            f"(a text is flagged by an error or warning in the {counted})\n\n"
        )
        out.write(
            f"  {'':<36} {'violations flagged':>18} {'refused':>8}   {'compliant flagged':>18}\n"
        )
        out.write(_tally_line("overall", o))
        for heading, groups in (
            ("by language", result.by_language),
            ("by labelled category (violations)", result.by_category),
            ("by policy", result.by_policy),
        ):
            out.write(f"{heading}\n")
            for key, tally in groups.items():
                out.write(_tally_line(f"  {key}", tally))
        _print_verdicts("violations not flagged", result.misses, args.show, out)
        _print_verdicts("compliant texts flagged", result.false_alarms, args.show, out)
        if args.min_recall is not None or args.max_false_alarms is not None:
            out.write(f"\ntargets: {'met' if met else 'NOT MET'}\n")
    return EXIT_OK if met else EXIT_FINDINGS


def _cmd_rules(args: argparse.Namespace, out: TextIO) -> int:
    from ._rules import registry

    policy = load_policy(args.policy) if args.policy is not None else None
    rows = []
    for rule in registry().values():
        if policy is not None and not policy.selects(rule.code):
            continue
        data = rule.to_dict()
        if policy is not None:
            data["severity"] = policy.severity_for(rule.code, rule.severity)
        rows.append(data)
    if args.format == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for data in rows:
        out.write(
            f"{data['code']:<8} {data['severity']:<7} {data['category']:<34} {data['name']}\n"
        )
    out.write(f"{len(rows)} rules\n")
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace, out: TextIO) -> int:
    from ._policydocs import explain_rule

    out.write(explain_rule(args.code) + "\n")
    return EXIT_OK


def _cmd_templates(args: argparse.Namespace, out: TextIO) -> int:
    from ._templates import TemplateLibrary

    library = TemplateLibrary(args.templates)
    items = [s.to_dict() for s in sorted(library.sources.values(), key=lambda s: (s.key, s.locale))]
    if args.format == "json":
        out.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for item in items:
        out.write(f"{item['key']:<30} {item['locale']:<8} {item['stage']:<28} v{item['version']}\n")
    out.write(f"{len(items)} templates in {library.directory}\n")
    return EXIT_OK


def _cmd_lint(args: argparse.Namespace, out: TextIO) -> int:
    from ._lint import lint_library

    result = lint_library(args.directory, args.fixtures)
    if args.format == "json":
        out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif args.format == "sarif":
        out.write(json.dumps(result.to_sarif(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(result.to_text())
    return EXIT_OK if result.ok else EXIT_FINDINGS


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for the docs and tests)."""
    parser = _Parser(
        prog="dunning-sms",
        description="Compose repayment-reminder SMS and prove each one compliant.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from ._version import __version__

    parser.add_argument("--version", action="version", version=f"dunning-sms {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    demo = sub.add_parser(
        "demo", help="compose the shipped sample borrowers through every template"
    )
    demo.add_argument("--as-of", help="compose as of this date (YYYY-MM-DD)")
    demo.set_defaults(func=_cmd_demo)

    compose = sub.add_parser("compose", help="compose a message per row of a CSV or JSONL file")
    compose.add_argument("file", help="CSV or JSONL rows of borrower + loan fields")
    compose.add_argument("--template", help="template key (or a 'template' column per row)")
    compose.add_argument("--policy", default="cn", help=f"{'|'.join(POLICY_NAMES)} or a .toml path")
    compose.add_argument("--templates", help="template directory (default: the shipped ones)")
    compose.add_argument("--lender", help="JSON or TOML file of the lender")
    compose.add_argument("--now", help="send time, ISO 8601 with offset (checks sending hours)")
    compose.add_argument("--as-of", help="date the loan facts refer to (YYYY-MM-DD)")
    compose.add_argument(
        "--log", help="SQLite contact log: checks caps and opt-outs, records sends"
    )
    compose.add_argument("--format", choices=("text", "json", "jsonl", "csv"), default="text")
    compose.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    compose.add_argument(
        "--workers", type=int, default=1, help="processes, each composing its own shard (jsonl)"
    )
    compose.add_argument(
        "--output", "-o", help="write results to this file (default: standard output)"
    )
    compose.set_defaults(func=_cmd_compose)

    chk = sub.add_parser("check", help="check any text (or - for stdin) against a policy")
    chk.add_argument("text", help="the text, or - to read stdin")
    chk.add_argument("--policy", default="cn")
    chk.add_argument("--locale")
    chk.add_argument(
        "--lender", help="JSON or TOML file of the lender whose text it is (its numbers may show)"
    )
    chk.add_argument(
        "--legal-action-intended",
        choices=("yes", "no"),
        help="whether the loan intends legal action (default: unknown)",
    )
    chk.add_argument(
        "--contact-authorised",
        choices=("yes", "no"),
        help="whether the borrower's written authorisation to contact third parties is on "
        "record (default: unknown)",
    )
    chk.add_argument("--format", choices=("text", "json"), default="text")
    chk.add_argument("--quiet", "-q", action="store_true")
    chk.set_defaults(func=_cmd_check)

    rules = sub.add_parser("rules", help="list the rules (of a policy)")
    rules.add_argument("--policy")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.set_defaults(func=_cmd_rules)

    explain = sub.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("code")
    explain.set_defaults(func=_cmd_explain)

    templates = sub.add_parser("templates", help="list the templates of a library")
    templates.add_argument("--templates", help="template directory (default: the shipped ones)")
    templates.add_argument("--format", choices=("text", "json"), default="text")
    templates.set_defaults(func=_cmd_templates)

    lint = sub.add_parser("lint", help="check a template library and compose it against fixtures")
    lint.add_argument("directory", nargs="?", help="template directory (default: the shipped ones)")
    lint.add_argument("--fixtures", help="directory of <market>.jsonl rows (default: shipped)")
    lint.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    lint.set_defaults(func=_cmd_lint)

    ev = sub.add_parser(
        "evaluate",
        help="measure the checker on labelled texts (CSV or JSONL): recall, false alarms",
    )
    ev.add_argument("file", help="CSV or JSONL rows with text, label (violation|compliant), ...")
    ev.add_argument("--policy", help="policy for rows with no 'policy' column")
    ev.add_argument(
        "--count",
        choices=("conduct", "all"),
        default="conduct",
        help="which findings flag a text: the conduct categories (default) or every category",
    )
    ev.add_argument("--legal-action-intended", choices=("yes", "no"))
    ev.add_argument("--contact-authorised", choices=("yes", "no"))
    ev.add_argument(
        "--min-recall", type=_share, help="exit 1 unless this share (0-1) of violations is flagged"
    )
    ev.add_argument(
        "--max-false-alarms",
        type=_share,
        help="exit 1 if more than this share (0-1) of compliant texts is flagged",
    )
    ev.add_argument("--show", type=int, default=10, help="misses and false alarms listed (text)")
    ev.add_argument("--format", choices=("text", "json"), default="text")
    ev.set_defaults(func=_cmd_evaluate)
    return parser


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return f"invalid {exc.title} field {where}: {first['msg']}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the CLI; returns the exit code."""
    stream = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args, stream)
    except (DunningError, ValidationError, ValueError) as exc:
        sys.stderr.write(f"dunning-sms: error: {_one_line(exc)}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("dunning-sms: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code
