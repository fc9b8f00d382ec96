"""A learned second opinion: how much a text resembles the abusive collection texts we hold.

The phrase packs catch what their words name; real collectors paraphrase. This model scores
a text by the character 1- to 4-grams of its normalised word view, each counted once, with
the weights of a sparse logistic regression trained on the project's development data
(``tests/data/wording/train_resemblance.py``; the held-out corpus is never read there). A
second, multinomial model over the same grams names the wording category. A text is judged
by its most abusive unit, the whole text or one of its sentences (``Model.unit_logits``), so
the lawful boilerplate around a threat does not average it away.

The weights are data (``packs/resemblance.json``); this module only does the arithmetic, the
same arithmetic the training script uses to pin its ``checks``.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, Final

import ahocorasick_rs

from ._report import CATEGORIES as ALL_CATEGORIES
from ._report import Category

MODEL_PATH: Final = Path(__file__).with_name("packs") / "resemblance.json"

# The wording categories: the report's vocabulary up to "impolite" (tone, not a violation).
CATEGORIES: Final[tuple[Category, ...]] = ALL_CATEGORIES[: ALL_CATEGORIES.index("impolite")]

MAX_GRAM: Final = 4
# Sentences whose grams and score are kept per model (a batch's templates repeat a few
# hundred sentences; the bounds keep hostile input from growing it).
_SENTENCE_CACHE: Final = 4096
_CACHED_SENTENCE: Final = 320  # characters: longer ones are not templates' sentences
_SENTENCE_END: Final = re.compile(r"[!?;。！？；\n]|\.(?=\s|$)")
# Weights are stored to six decimal places (tests/data/wording/train_resemblance.py).
_SCALE: Final = 1_000_000


def grams(text: str) -> list[str]:
    """The distinct character 1- to 4-grams of ``text`` (the model's features)."""
    found: set[str] = set()
    for n in range(1, MAX_GRAM + 1):
        found.update(text[i : i + n] for i in range(len(text) - n + 1))
    return sorted(found)


def training_digest(rows: Iterable[tuple[str, bool, str | None]]) -> str:
    """A fingerprint of the (normalised text, label, category) rows a model was fitted to.

    Order-independent; the text is the normalised one, so a change to normalisation or to a
    category shows as a stale model as much as new rows do.
    """
    lines = sorted(f"{int(label)}\t{category or ''}\t{text}" for text, label, category in rows)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Score:
    """What the model says of one text, with the grams that weighed most towards abuse."""

    logit: float
    probability: float
    category: Category
    # (start, end, weight) of each gram's first occurrence in the scored text, in text order.
    contributions: tuple[tuple[int, int, float], ...]

    @property
    def evidence(self) -> tuple[tuple[int, int, float], ...]:
        """The grams that weighed most towards a violation, strongest first (at most 8)."""
        ranked = sorted((c for c in self.contributions if c[2] > 0), key=lambda c: (-c[2], c[0]))
        return tuple(ranked[:8])


class Model:
    """The resemblance model, its weights in one automaton over the grams it keeps."""

    def __init__(
        self,
        *,
        threshold: float,
        bias: float,
        weights: Mapping[str, float],
        category_bias: Sequence[float],
        category_weights: Mapping[str, Sequence[float]],
    ) -> None:
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"threshold must lie between 0 and 1, got {threshold}")
        if len(category_bias) != len(CATEGORIES):
            raise ValueError(f"expected {len(CATEGORIES)} category biases")
        self.threshold = threshold
        self.bias = bias
        self._grams = tuple(weights)
        self._weights = tuple(weights[g] for g in self._grams)
        self._category_bias = tuple(category_bias)
        self._category_weights = tuple(tuple(category_weights[g]) for g in self._grams)
        # The logit a probability threshold stands for: the per-text test is a comparison.
        self.logit_threshold = math.log(threshold / (1.0 - threshold))
        # The file stores weights to six decimal places, so they are summed as whole
        # millionths: exact, whatever order the grams are found in, and a plain int sum.
        self._micro = tuple(round(w * _SCALE) for w in self._weights)
        self._bias_micro = round(bias * _SCALE)
        # Single characters are half of all matches, so a set intersection finds them and
        # the automaton holds only the longer grams. A unit's grams are kept as keys into one
        # table of weights: the automaton's index for a longer gram, then one key per letter.
        self._letter_index = {g: i for i, g in enumerate(self._grams) if len(g) == 1}
        self._long = tuple(i for i, g in enumerate(self._grams) if len(g) > 1)
        letters = tuple(self._letter_index.values())
        self._key_weights = tuple(self._micro[i] for i in (*self._long, *letters))
        self._letter_key = {self._grams[i]: len(self._long) + k for k, i in enumerate(letters)}
        self._letter_set = frozenset(self._letter_key)
        # A composed message repeats its template's sentences and the joins between them:
        # their grams and scores are kept, least recently used first out (lru_cache is
        # thread-safe).
        self._cached_sentence = lru_cache(maxsize=_SENTENCE_CACHE)(self._sentence)
        self._cached_join = lru_cache(maxsize=_SENTENCE_CACHE)(self._join)
        self._ac = ahocorasick_rs.AhoCorasick(
            [self._grams[i] for i in self._long],
            matchkind=ahocorasick_rs.MatchKind.Standard,
            implementation=ahocorasick_rs.Implementation.DFA,
        )

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Model:
        """A model from the training script's JSON form."""
        if data.get("format") != 1:
            raise ValueError(f"unknown resemblance model format {data.get('format')!r}")
        if list(data["categories"]) != list(CATEGORIES):
            raise ValueError("the model's categories are not the wording categories")
        return cls(
            threshold=float(data["threshold"]),
            bias=float(data["bias"]),
            weights={str(g): float(w) for g, w in data["weights"].items()},
            category_bias=[float(b) for b in data["category_bias"]],
            category_weights={
                str(g): [float(w) for w in ws] for g, ws in data["category_weights"].items()
            },
        )

    def logit(self, text: str) -> float:
        """The log-odds that ``text`` as one unit is a violation (no evidence, no category)."""
        return self._sentence(text)[1] / _SCALE

    def _keys(self, piece: str) -> tuple[int, ...]:
        """The keys of every gram in ``piece``, each once.

        A tuple, not a frozenset: the caches hold thousands of these, and CPython's cyclic
        collector stops tracking a tuple of ints but walks every set on each full collection.
        """
        found = [i for i, _, _ in self._ac.find_matches_as_indexes(piece, overlapping=True)]
        found += map(self._letter_key.__getitem__, self._letter_set.intersection(piece))
        return tuple(set(found))

    def _sentence(self, piece: str) -> tuple[tuple[int, ...], int]:
        """The keys of ``piece``'s grams and its logit in millionths."""
        keys = self._keys(piece)
        return keys, self._bias_micro + sum(map(self._key_weights.__getitem__, keys))

    def _join(self, window: str, gap_lo: int, gap_hi: int) -> tuple[int, ...]:
        """The keys of the grams of ``window`` that are in no sentence: those that touch the
        blank run ``window[gap_lo:gap_hi]`` or straddle it (a gram is at most ``MAX_GRAM``
        long, so the window reaches ``MAX_GRAM - 1`` characters to either side)."""
        found = [
            index
            for index, a, b in self._ac.find_matches_as_indexes(window, overlapping=True)
            if b > gap_lo and a < gap_hi
        ]
        blank = window[gap_lo:gap_hi]
        found += map(self._letter_key.__getitem__, self._letter_set.intersection(blank))
        return tuple(set(found))

    def unit_logits(self, text: str) -> list[tuple[float, int, int]]:
        """(logit, start, end) of the whole text and of each of its sentences.

        The text's verdict is the highest of these, so a threat is not averaged away by the
        lawful boilerplate and sentences around it.
        """
        units = sentences(text)
        if len(units) < 2:
            return [(self.logit(text), 0, len(text))]
        out: list[tuple[float, int, int]] = [(0.0, 0, len(text))]
        # The whole text's grams are the union of its sentences' and of those that straddle
        # a sentence's end or lie in the blanks between, before or after; a sentence's and a
        # join's keys are cached (a batch's templates repeat both), and the union is summed
        # once, in whole millionths.
        every: set[int] = set()
        for lo, hi in units:
            piece = text[lo:hi]
            keys, micro = (
                self._cached_sentence(piece)
                if len(piece) <= _CACHED_SENTENCE
                else self._sentence(piece)
            )
            out.append((micro / _SCALE, lo, hi))
            every.update(keys)
        # The blank runs before the first sentence, between sentences and after the last.
        # At the text's edges an empty run holds no gram (nothing straddles an edge).
        edges = [0, *(x for unit in units for x in unit), len(text)]
        last = len(units)
        for k, (gap_lo, gap_hi) in enumerate(zip(edges[::2], edges[1::2], strict=True)):
            if gap_hi > gap_lo or 0 < k < last:
                window_lo = max(0, gap_lo - MAX_GRAM + 1)
                window = text[window_lo : gap_hi + MAX_GRAM - 1]
                join = self._cached_join if len(window) <= _CACHED_SENTENCE else self._join
                every.update(join(window, gap_lo - window_lo, gap_hi - window_lo))
        total = self._bias_micro + sum(map(self._key_weights.__getitem__, every))
        out[0] = (total / _SCALE, 0, len(text))
        return out

    def score(self, text: str) -> Score:
        """The probability, the category and the strongest evidence for ``text``."""
        first: dict[int, tuple[int, int]] = {}
        for index, start, end in self._ac.find_matches_as_indexes(text, overlapping=True):
            first.setdefault(self._long[index], (start, end))
        for letter in self._letter_set.intersection(text):
            at = text.index(letter)
            first[self._letter_index[letter]] = (at, at + 1)
        logit = (self._bias_micro + sum(self._micro[i] for i in first)) / _SCALE
        cat = list(self._category_bias)
        for i in first:
            for k, w in enumerate(self._category_weights[i]):
                cat[k] += w
        best = max(range(len(CATEGORIES)), key=cat.__getitem__)
        contributions = sorted((start, end, self._weights[i]) for i, (start, end) in first.items())
        return Score(
            logit=logit,
            probability=1.0 / (1.0 + math.exp(-logit)),
            category=CATEGORIES[best],
            contributions=tuple(contributions),
        )


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of ``text``, surrounding spaces left out.

    A sentence ends at ! ? ; (ASCII or CJK), 。 or a line break, and at a full stop only
    before a space or the end, so "$1,250.75" stays whole. Training splits lawful rows the
    same way.
    """
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    out = []
    for begin, stop in pairwise(bounds):
        lo, hi = begin, stop
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            out.append((lo, hi))
    return out


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    """The model shipped in the package (loaded once per process)."""
    return Model.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
