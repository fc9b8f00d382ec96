"""Measure the checker on your own labelled texts: how many violations it flags, how many
lawful texts it flags by mistake, per language, category and policy.

A reviewer's real messages are the measure that matters (issue #4: "on real messages a
reviewer brings"): each row is checked by :func:`check` under its policy, and a row counts as
*flagged* when a finding in a counted category (by default the conduct categories, from
``threat_violence`` to ``false_urgency_or_misleading``) is an error or a warning, and as
*refused* when one is an error. Findings of other families (an unmasked phone number, a
missing disclosure, a long text) are not counted unless asked for: a quoted collection text
refused for its phone number has not been recognised as abusive.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, Literal

from ._compose import _check_with, _engine_for, _Known
from ._errors import InputError, PolicyError
from ._frames import _is_frame, _pandas, frame_records
from ._policy import Policy, load_policy
from ._report import CATEGORIES, Category

Label = Literal["violation", "compliant"]

# The categories whose findings say "this text breaks collection conduct rules".
CONDUCT_CATEGORIES: Final[tuple[Category, ...]] = CATEGORIES[: CATEGORIES.index("impolite")]
_CATEGORY: Final[Mapping[str, Category]] = {c: c for c in CATEGORIES}
# "lawful" is what the project's own probe sets call a compliant text.
_LABELS: Final[Mapping[str, Label]] = {
    "violation": "violation",
    "compliant": "compliant",
    "lawful": "compliant",
}


# The fields of an EvaluatedText in the order its dict and a DataFrame row give them.
VERDICT_COLUMNS: Final = (
    "line", "id", "text", "label", "policy", "language", "categories",
    "refused", "flagged", "rules", "found",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class EvaluatedText:
    """What the checker made of one labelled row."""

    line: int
    text: str
    label: Label
    policy: str
    language: str | None
    categories: tuple[Category, ...]
    refused: bool
    flagged: bool
    # The counted findings (errors and warnings), in report order.
    rules: tuple[str, ...]
    found: tuple[Category, ...]
    id: str | None = None

    @property
    def correct(self) -> bool:
        """Flagged if and only if labelled a violation."""
        return self.flagged == (self.label == "violation")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, its keys in :data:`VERDICT_COLUMNS` order."""
        out: dict[str, Any] = {}
        for name in VERDICT_COLUMNS:
            value = getattr(self, name)
            out[name] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True, slots=True)
class EvaluationTally:
    """Counts over a group of rows."""

    violations: int = 0
    refused: int = 0
    flagged: int = 0
    compliant: int = 0
    compliant_refused: int = 0
    compliant_flagged: int = 0

    @property
    def recall(self) -> float | None:
        """Share of violations flagged (None without violations)."""
        return self.flagged / self.violations if self.violations else None

    @property
    def false_alarm_rate(self) -> float | None:
        """Share of compliant texts flagged (None without compliant texts)."""
        return self.compliant_flagged / self.compliant if self.compliant else None

    def _add(self, verdict: EvaluatedText) -> EvaluationTally:
        if verdict.label == "violation":
            return EvaluationTally(
                self.violations + 1,
                self.refused + verdict.refused,
                self.flagged + verdict.flagged,
                self.compliant,
                self.compliant_refused,
                self.compliant_flagged,
            )
        return EvaluationTally(
            self.violations,
            self.refused,
            self.flagged,
            self.compliant + 1,
            self.compliant_refused + verdict.refused,
            self.compliant_flagged + verdict.flagged,
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, rates included."""
        return {
            "violations": self.violations,
            "refused": self.refused,
            "flagged": self.flagged,
            "compliant": self.compliant,
            "compliant_refused": self.compliant_refused,
            "compliant_flagged": self.compliant_flagged,
            "recall": self.recall,
            "false_alarm_rate": self.false_alarm_rate,
        }


@dataclass(frozen=True)
class Evaluation:
    """Verdicts on labelled rows and their tallies (see :func:`evaluate`)."""

    verdicts: tuple[EvaluatedText, ...]
    counted: tuple[Category, ...]
    overall: EvaluationTally = EvaluationTally()
    by_language: dict[str, EvaluationTally] = field(default_factory=dict)
    by_category: dict[str, EvaluationTally] = field(default_factory=dict)
    by_policy: dict[str, EvaluationTally] = field(default_factory=dict)

    @property
    def misses(self) -> tuple[EvaluatedText, ...]:
        """Violations not flagged."""
        return tuple(v for v in self.verdicts if v.label == "violation" and not v.flagged)

    @property
    def false_alarms(self) -> tuple[EvaluatedText, ...]:
        """Compliant texts flagged."""
        return tuple(v for v in self.verdicts if v.label == "compliant" and v.flagged)

    def meets(self, *, recall: float = 0.95, false_alarm_rate: float = 0.05) -> bool:
        """Whether at least ``recall`` of the violations and at most ``false_alarm_rate`` of
        the compliant texts are flagged (a group with no such rows passes that half)."""
        checked_share(recall, "recall")
        checked_share(false_alarm_rate, "false_alarm_rate")
        got_recall, got_false = self.overall.recall, self.overall.false_alarm_rate
        return (got_recall is None or got_recall >= recall) and (
            got_false is None or got_false <= false_alarm_rate
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the tallies, then every verdict."""
        return {
            "counted": list(self.counted),
            "overall": self.overall.to_dict(),
            "by_language": {k: t.to_dict() for k, t in self.by_language.items()},
            "by_category": {k: t.to_dict() for k, t in self.by_category.items()},
            "by_policy": {k: t.to_dict() for k, t in self.by_policy.items()},
            "verdicts": [v.to_dict() for v in self.verdicts],
        }

    def to_frame(self) -> Any:
        """One row per checked text, as a DataFrame (needs pandas)."""
        rows = [v.to_dict() for v in self.verdicts]
        return _pandas().DataFrame(rows, columns=list(VERDICT_COLUMNS))

    def _repr_html_(self) -> str:
        from ._html import evaluation_html

        return evaluation_html(self)

    def __repr__(self) -> str:
        o = self.overall
        return (
            f"<Evaluation {o.flagged}/{o.violations} violations flagged, "
            f"{o.compliant_flagged}/{o.compliant} compliant flagged>"
        )


def checked_share(value: float, name: str) -> float:
    """``value`` if it is a share from 0 to 1, else an InputError naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"{name} is a number from 0 to 1, not {type(value).__name__}", field=name)
    if not 0.0 <= value <= 1.0:
        raise InputError(f"{name} is a share from 0 to 1 (0.95 for 95%), not {value}", field=name)
    return value


def _rows_of(rows: Any) -> Iterable[tuple[int, Mapping[str, Any]]]:
    """(line, mapping) of a DataFrame's records or of any iterable of mappings."""
    if _is_frame(rows, "DataFrame"):
        rows = frame_records(rows)
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise InputError(
            f"evaluate takes rows (mappings with 'text' and 'label'), not {type(rows).__name__}"
        )
    for number, row in enumerate(rows, start=1):
        if isinstance(row, tuple) and len(row) == 2 and isinstance(row[0], int):
            yield row[0], row[1]
        else:
            yield number, row


# The columns evaluate reads; any other column is the user's own and passes.
_READ_KEYS = ("text", "label", "policy", "lang", "language", "category", "categories", "id")


@lru_cache(maxsize=64)
def _near_miss(key: str) -> str | None:
    if key in _READ_KEYS:
        return None
    close = difflib.get_close_matches(key.lower(), _READ_KEYS, n=1, cutoff=0.8)
    return close[0] if close else None


def _check_keys(row: Mapping[str, Any], line: int) -> None:
    """A column one slip away from one evaluate reads ("polcy") would leave that one unset;
    beside the column itself ("text" and "text2") it is the user's own."""
    for key in row:
        if isinstance(key, str) and (meant := _near_miss(key)) is not None and meant not in row:
            raise InputError(
                f"unknown column {key!r}: did you mean {meant!r}?", line=line, field=key
            )


def _categories(value: Any, line: int) -> tuple[Category, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str) and value.lstrip().startswith("["):
        # A JSON list in a CSV cell, as the docs allow.
        try:
            value = json.loads(value)
        except ValueError:
            raise InputError(
                "categories is not a valid JSON list", line=line, field="categories"
            ) from None
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
        raise InputError(
            "categories must be a category name or a list of them", line=line, field="categories"
        )
    out: list[Category] = []
    for name in names:
        for raw in name.split(";"):
            category = _CATEGORY.get(raw.strip())
            if category is None:
                raise InputError(
                    f"unknown category {raw.strip()!r}; the categories are {', '.join(CATEGORIES)}",
                    line=line,
                    field="categories",
                )
            out.append(category)
    return tuple(out)


def _text_of(row: Mapping[str, Any], line: int, key: str) -> str | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(
            f"{key} must be a string, not {type(value).__name__}", line=line, field=key
        )
    return value


def evaluate(
    rows: Iterable[Mapping[str, Any]] | Any,
    *,
    policy: str | Path | Policy | None = None,
    counted: Iterable[str] = CONDUCT_CATEGORIES,
    legal_action_intended: bool | None = None,
    contact_authorised: bool | None = None,
) -> Evaluation:
    """Check each labelled row and count what the checker flags.

    Each row is a mapping (a JSONL object, a CSV record, a DataFrame row) with ``text`` and
    ``label`` (``"violation"``, or ``"compliant"``/``"lawful"``), and optionally ``policy``
    (else ``policy=``), ``lang`` or ``language``, ``category`` or ``categories`` (a name, a
    list, or names joined by ``;``) and ``id``. Rows may also be ``(line, mapping)`` pairs,
    so that errors name the line of a file. A row the checker cannot read raises
    :class:`InputError` naming its line and field; nothing is skipped.
    """
    if isinstance(counted, str):
        counted = (counted,)  # one name, not its letters
    elif not isinstance(counted, Iterable):
        raise InputError(
            f"counted is a list of category names, not {type(counted).__name__}", field="counted"
        )
    names = list(dict.fromkeys(counted))
    unknown = [c for c in names if c not in _CATEGORY]
    if unknown:
        raise InputError(f"unknown categories to count: {', '.join(unknown)}", field="counted")
    counted_set = tuple(_CATEGORY[c] for c in names)
    wanted = frozenset(counted_set)
    known = _Known(legal_action_intended, contact_authorised)
    default = load_policy(policy) if policy is not None else None
    loaded: dict[str, Policy] = {}
    verdicts: list[EvaluatedText] = []
    for line, row in _rows_of(rows):
        if not isinstance(row, Mapping):
            raise InputError(f"row is {type(row).__name__}, not a mapping", line=line)
        _check_keys(row, line)
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError("row has no text", line=line, field="text")
        raw_label = row.get("label")
        label = _LABELS.get(raw_label.strip().lower()) if isinstance(raw_label, str) else None
        if label is None:
            raise InputError(
                f"label must be 'violation' or 'compliant' (or 'lawful'), not {raw_label!r}",
                line=line,
                field="label",
            )
        name = _text_of(row, line, "policy")
        if name is not None:
            if name not in loaded:
                try:
                    loaded[name] = load_policy(name)
                except PolicyError as exc:
                    # A policy named by a row is that row's input error.
                    raise InputError(exc.message, line=line, field="policy") from None
            row_policy = loaded[name]
        elif default is not None:
            row_policy = default
        else:
            raise InputError(
                "row names no policy and evaluate() was given none", line=line, field="policy"
            )
        categories = _categories(row.get("categories") or row.get("category"), line)
        try:
            report = _check_with(_engine_for(row_policy), row_policy, text, None, None, known=known)
        except InputError as exc:
            raise InputError(exc.message, line=line, field=exc.field) from None
        counted_findings = [
            f for f in report.findings if f.category in wanted and f.severity != "info"
        ]
        raw_id = row.get("id")
        verdicts.append(
            EvaluatedText(
                line=line,
                text=text,
                label=label,
                policy=row_policy.name,
                language=_text_of(row, line, "lang") or _text_of(row, line, "language"),
                categories=categories,
                refused=any(f.severity == "error" for f in counted_findings),
                flagged=bool(counted_findings),
                rules=tuple(f.rule for f in counted_findings),
                found=tuple(dict.fromkeys(f.category for f in counted_findings)),
                id=None if raw_id is None else str(raw_id),
            )
        )
    if not verdicts:
        # An empty file would otherwise meet every target.
        raise InputError("no rows to evaluate")
    return _tallied(tuple(verdicts), counted_set)


def _tallied(verdicts: tuple[EvaluatedText, ...], counted: tuple[Category, ...]) -> Evaluation:
    overall = EvaluationTally()
    by_language: dict[str, EvaluationTally] = {}
    by_category: dict[str, EvaluationTally] = {}
    by_policy: dict[str, EvaluationTally] = {}
    for verdict in verdicts:
        overall = overall._add(verdict)
        language = verdict.language or "-"
        by_language[language] = by_language.get(language, EvaluationTally())._add(verdict)
        by_policy[verdict.policy] = by_policy.get(verdict.policy, EvaluationTally())._add(verdict)
        if verdict.label == "violation":
            # A violation counts under its main (first) labelled category.
            main = verdict.categories[0] if verdict.categories else "-"
            by_category[main] = by_category.get(main, EvaluationTally())._add(verdict)
    return Evaluation(
        verdicts=verdicts,
        counted=counted,
        overall=overall,
        by_language=dict(sorted(by_language.items())),
        by_category=dict(sorted(by_category.items())),
        by_policy=dict(sorted(by_policy.items())),
    )
