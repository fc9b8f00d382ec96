"""Resemblance: a learned model's warning that a text reads like an abusive collection text.

The wording family refuses what its phrase packs name. Collectors paraphrase, and the real
texts held out from tuning show it: about a third of their violations use no phrase a pack
holds. This family scores every text with a sparse model of character grams trained on the
development data (see ``_resemblance``) and, above the model's threshold, reports a warning
in the category the model names, for a person to review. It refuses nothing by default: on
the real lawful texts held out from training it flags about 5%, too many for a refusal no
phrase explains. The finding names the sentence and the grams that weighed most. A policy
that wants these rules to refuse raises them (``[rules.severity] RES001 = "error"``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from .._policy import Policy
from .._report import Category, Finding
from .._resemblance import CATEGORIES, Model, shipped_model
from ._base import CheckContext, Checker, Example, RuleInfo

_SOURCE = (
    "tests/data/wording/train_resemblance.py (the development probes, red-team rounds and "
    "real texts); docs/wording.md, 'The resemblance model'"
)
# A sentence ends at these (in the normalised text, where full-width marks are ASCII).
_SENTENCE_END = re.compile(r"[.!?;。！？；\n]")

_WORDS: dict[Category, tuple[str, str]] = {
    "threat_violence": ("violence", "threats of violence"),
    "threat_arrest_or_criminal": ("arrest", "threats of arrest or criminal action"),
    "threat_home_or_workplace_visit": ("visit", "threats of a home or workplace visit"),
    "false_legal_action": ("legal-action", "false or threatened legal action"),
    "third_party_disclosure_or_contact": (
        "third-party",
        "telling or contacting third parties about the debt",
    ),
    "public_shaming": ("shaming", "public shaming"),
    "insult_or_obscene": ("insult", "insults"),
    "impersonation_official": ("impersonation", "posing as an official"),
    "false_urgency_or_misleading": ("misleading", "misleading pressure"),
}

# One failing example per category: development probes (helper-written, not real texts) the
# shipped model scores above its threshold in that category; the sweep test holds each to it.
_FAILING: dict[Category, Example] = {
    "threat_violence": Example(
        "Pay up today or you will see what our boys will do to you.", policy="ng"
    ),
    "threat_arrest_or_criminal": Example(
        "最后提醒：已向你户籍地派出所发送协查函，民警近期会上门了解情况。"
    ),
    "threat_home_or_workplace_visit": Example(
        "Tutakuja nyumbani kwako kesho asubuhi na kuchukua mali yako yote mbele ya watoto wako.",
        policy="ke",
    ),
    "false_legal_action": Example("已立案！！！传票编号ZX20240517-339，今天不还明天强执。"),
    "third_party_disclosure_or_contact": Example(
        "Last warning na to, kinausap na namin HR nyo para kaltasan sweldo mo.", policy="ph"
    ),
    "public_shaming": Example(
        "你的身份证照片和手持照我们这边都有，不还钱就挂到网上，让大家都认识认识你。"
    ),
    "insult_or_obscene": Example("You are a deadbeat and a thief. Pay what you owe.", policy="us"),
    "impersonation_official": Example(
        "【最高人民法院執行局】水先生，您因拖欠網貸被列入執行名單，請立即聯繫承辦法官處理，否則將強制執行。"
    ),
    "false_urgency_or_misleading": Example(
        "your BVN go block for all bank for Naija in 1 hour if you no pay now. no story",
        policy="ng",
    ),
}

_PASSING = (
    Example("【安心借】尊敬的客户，您的借款将于12月5日到期，请按时还款，谢谢。"),
    Example(
        "Hi Maria, your payment of $120.00 is due on Dec 5. Pay in the app or call "
        "800-555-0100. Reply STOP to opt out.",
        policy="us",
    ),
)


def _rule(index: int, category: Category) -> RuleInfo:
    slug, words = _WORDS[category]
    return RuleInfo(
        code=f"RES{index + 1:03d}",
        name=f"resembles-{slug}",
        category=category,
        severity="warning",
        summary=f"The text reads like collection texts that use {words}; review it.",
        rationale=(
            "A sparse model of character grams, trained on the project's labelled development "
            "texts, scores the text above its threshold and names this category. It catches "
            "paraphrases no phrase pack holds, and it is wrong on about 5% of the lawful real "
            "texts held out from training, so it asks a person to look rather than refusing; "
            "a policy may raise it to an error."
        ),
        source=_SOURCE,
        legal=True,
        passing=_PASSING,
        failing=(_FAILING[category],),
        family="resemblance",
    )


RULES: tuple[RuleInfo, ...] = tuple(_rule(i, c) for i, c in enumerate(CATEGORIES))
_BY_CATEGORY: dict[Category, RuleInfo] = {rule.category: rule for rule in RULES}


class _ResemblanceChecker:
    def __init__(self, model: Model) -> None:
        self._model = model

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        nt = ctx.normalized
        model = self._model
        # Most texts are nowhere near the threshold: one automaton pass and a sum decide.
        if model.logit(nt.text) < model.logit_threshold:
            return
        score = model.score(nt.text)
        text = nt.text
        # The finding covers the sentence whose grams weigh most towards a violation.
        bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
        weight = [0.0] * (len(bounds) - 1)
        for start, _, w in score.contributions:
            weight[bisect_right(bounds, start) - 1] += w
        best = max(range(len(weight)), key=lambda k: (weight[k], -k))
        begin, stop = bounds[best], bounds[best + 1]
        while begin < stop and text[begin].isspace():
            begin += 1
        while stop > begin and text[stop - 1].isspace():
            stop -= 1
        if begin == stop:
            begin, stop = 0, len(text)
        start, end = nt.span(begin, stop)
        # The grams shown are the heaviest inside that sentence that hold a letter or digit.
        shown = sorted(
            (
                (w, a, b)
                for a, b, w in score.contributions
                if w > 0 and begin <= a and b <= stop and any(c.isalnum() for c in text[a:b])
            ),
            key=lambda g: (-g[0], g[1]),
        )
        strongest = ", ".join(repr(text[a:b]) for _, a, b in shown[:3]) or "none shown"
        rule = _BY_CATEGORY[score.category]
        yield rule.finding(
            start,
            end,
            f"reads like {_WORDS[score.category][1]} (model score {score.probability:.3f}, "
            f"threshold {model.threshold}); strongest grams {strongest}",
            score=f"{score.probability:.6f}",
        )


class _Family:
    name = "resemblance"
    rules = RULES

    def bind(self, policy: Policy) -> Checker:
        return _ResemblanceChecker(shipped_model())


FAMILY = _Family()
