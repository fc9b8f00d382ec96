"""The Python examples in the README and the docs run, and say what they print.

Each ``python`` block runs in a namespace shared with the earlier blocks of its page, as a
reader pasting them into one notebook would, in a folder holding the repository's ``data``
and ``templates``. A page's ``SETUP`` stands for what the page says the reader already has
(their borrower ``b``, their loan ``l``). A comment after a top-level expression states its
value: a Python literal, or text ending in "…" that the value's text starts with; a comment
after ``print(...)`` states the printed line the same way. ``>>>`` blocks run as doctests.
"""

from __future__ import annotations

import ast
import doctest
import io
import re
import shutil
import tokenize
from collections.abc import Iterator
from contextlib import redirect_stdout
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)

# Blocks that are not programs, each with the reason; keyed by page and how the block opens.
NOT_RUN = {
    ("docs/architecture.md", "class RuleFamily(Protocol):"): "a sketch of two Protocols",
    ("docs/personal-data.md", "find_pii(text, *"): "a signature",
    (
        "docs/performance.md",
        "from dunning_sms._timing import",
    ): "`compose(...)` stands for any call",
}

_SAMPLES = """
from dunning_sms.testing import sample_borrower, sample_lender, sample_loan
b = sample_borrower("cn")
l = sample_loan("cn")
lender = sample_lender("cn")
"""

# What a page says its reader already has.
SETUP = {
    "docs/concepts/policies.md": """
import re
from pathlib import Path
page = (ROOT / "docs/concepts/policies.md").read_text(encoding="utf-8")
toml = re.search(r"^```toml\\n(.*?)^```", page, re.MULTILINE | re.DOTALL)
Path("ours.toml").write_text(toml.group(1), encoding="utf-8")
""",
    "docs/contact.md": _SAMPLES + "reply_text = 'TD'\n",
    "docs/cookbook/notebook-review.md": _SAMPLES,
    "docs/cookbook/evaluate.md": """
import json, re
page = (ROOT / "docs/cookbook/evaluate.md").read_text(encoding="utf-8")
rows = [json.loads(line) for line in re.findall(r"^(\\{.*\\})$", page, re.MULTILINE)]
""",
    "docs/cookbook/lending-backend.md": _SAMPLES
    + """
from datetime import date, timedelta
l = sample_loan("cn", due_date=date.today() - timedelta(days=3))  # remind() sends today
refusals, scheduled, sent = [], [], []
def log_refusal(loan_id, rule, message): refusals.append(rule)
def schedule(loan, when): scheduled.append(when)
def gateway_send(phone, text): sent.append((phone, text)); return True
""",
    "docs/cookbook/nightly-batch.md": """
from dunning_sms._cli import main
main(["compose", "data/demo.jsonl", "--policy", "cn", "--template", "overdue",
      "--format", "jsonl", "--output", "composed.jsonl", "--quiet"])
""",
}


# Paths of the reader's machine, and what the test uses instead.
MOVED = {"/var/lib/reminders/contacts.sqlite": "contacts.sqlite"}

# What the test does with a page's code after running it.
AFTER = {
    # remind() reads the wall clock: at night in Shanghai it is refused and rescheduled.
    "docs/cookbook/lending-backend.md": """
message = remind("cn", "overdue", b, l, lender)
if message is None:
    assert refusals and scheduled and not sent, (refusals, scheduled)
else:
    assert sent == [(b.phone, message.text)] and not refusals
""",
}


def _blocks() -> Iterator[tuple[str, int, str]]:
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        name = page.relative_to(ROOT).as_posix()
        for match in BLOCK.finditer(text):
            yield name, text.count("\n", 0, match.start()) + 2, match.group(1)


def _skip_reason(page: str, code: str) -> str | None:
    first = code.splitlines()[0]
    return next(
        (why for (on, opening), why in NOT_RUN.items() if on == page and first.startswith(opening)),
        None,
    )


BLOCKS = list(_blocks())
RUN: dict[str, list[tuple[int, str]]] = {}
for _page, _line, _code in BLOCKS:
    if _skip_reason(_page, _code) is None:
        RUN.setdefault(_page, []).append((_line, _code))


# Constructors a comment may use to state a value.
STATED_NAMES: dict[str, Any] = {"datetime": datetime, "date": date, "UTC": UTC, "Decimal": Decimal}


def _comments(code: str) -> dict[int, str]:
    tokens = tokenize.generate_tokens(io.StringIO(code).readline)
    return {t.start[0]: t.string[1:].strip() for t in tokens if t.type == tokenize.COMMENT}


def _stated(comment: str) -> tuple[str, Any] | None:
    """What a comment states: ("literal", value), ("prefix", text) or None (a remark)."""
    unquoted = comment.strip("'\"")
    if unquoted.endswith("…"):
        return "prefix", unquoted.removesuffix("…")
    try:
        return "literal", ast.literal_eval(comment)
    except (ValueError, SyntaxError):
        pass
    try:
        names = {n.id for n in ast.walk(ast.parse(comment, mode="eval")) if isinstance(n, ast.Name)}
    except SyntaxError:
        return None
    if names and names <= STATED_NAMES.keys():
        return "literal", eval(comment, dict(STATED_NAMES))
    return None


def _agrees(stated: tuple[str, Any], value: Any) -> bool:
    kind, expected = stated
    if kind == "prefix":
        return str(value).startswith(expected)
    if kind == "exact":
        return str(value) == expected
    return bool(value == expected)


def _printed(call: ast.expr | None) -> list[ast.expr] | None:
    """The arguments of ``print(...)``, or None for any other expression."""
    if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "print":
        return call.args
    return None


def _run_script(page: str, line: int, code: str, namespace: dict[str, Any]) -> None:
    comments = _comments(code)
    for statement in ast.parse(code).body:
        where = f"{page}:{line + statement.lineno - 1}"
        comment = comments.get(statement.end_lineno or statement.lineno)
        expression = statement.value if isinstance(statement, ast.Expr) else None
        printed = _printed(expression)
        stated: tuple[str, Any] | None = None
        if comment is not None and printed is not None:
            stated = ("prefix", comment[:-1]) if comment.endswith("…") else ("exact", comment)
        elif comment is not None and expression is not None:
            stated = _stated(comment)
        if stated is None or expression is None:
            module = ast.Module(body=[statement], type_ignores=[])
            with redirect_stdout(io.StringIO()):
                exec(compile(module, where, "exec"), namespace)
            continue
        if printed is not None:
            expression = ast.Tuple(printed, ast.Load())
            ast.copy_location(expression, statement)
        value = eval(compile(ast.Expression(expression), where, "eval"), namespace)
        if printed is not None:
            value = " ".join(str(arg) for arg in value)
        assert _agrees(stated, value), f"{where}: the page says {comment!r}, it is {value!r}"


def _run_doctest(page: str, line: int, code: str, namespace: dict[str, Any]) -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(code, namespace, page, page, line)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out = io.StringIO()
    runner.run(test, out=out.write, clear_globs=False)
    assert runner.failures == 0, out.getvalue()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(ROOT / "templates", tmp_path / "templates-main")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_pages_have_examples_to_run() -> None:
    assert {"README.md", "docs/getting-started.md", "docs/segments.md"} <= RUN.keys()


@pytest.mark.parametrize("page", sorted(RUN))
def test_page_examples_run_and_say_what_they_print(page: str, workdir: Path) -> None:
    namespace: dict[str, Any] = {"__name__": "docs_example", "ROOT": ROOT}
    with redirect_stdout(io.StringIO()):
        exec(SETUP.get(page, ""), namespace)
    del namespace["ROOT"]
    for line, code in RUN[page]:
        if code.lstrip().startswith(">>>"):
            _run_doctest(page, line, code, namespace)
        else:
            for path, instead in MOVED.items():
                code = code.replace(path, instead)
            _run_script(page, line, code, namespace)
    exec(AFTER.get(page, ""), namespace)


def test_not_run_names_only_blocks_that_exist() -> None:
    for page, opening in NOT_RUN:
        assert any(on == page and code.startswith(opening) for on, _, code in BLOCKS), opening
