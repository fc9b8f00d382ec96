"""Resemblance: a learned model's warning that a text reads like an abusive collection text.

The wording family refuses what its phrase packs name. Collectors paraphrase, and the real
texts held out from tuning show it: about a third of their violations use no phrase a pack
holds. This family scores every text with a sparse model of character grams trained on the
development data (see ``_resemblance``), judges a text by its most abusive unit (a sentence,
or the whole text), and above the model's threshold reports a warning in the category the
model names, for a person to review. It refuses nothing by default: a likeness no phrase
explains is not proof, and a lawful template misread must not be blocked unseen (it flags
3-5 of 169 lawful real texts held out from training). The finding names the sentence and
the grams that weighed most. A policy that wants these rules to refuse raises them
(``[rules.severity] RES001 = "error"``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from .._policy import Policy
from .._report import Category, Finding
from .._resemblance import CATEGORIES, Model, sentences, shipped_model
from ._base import CheckContext, Checker, Example, RuleInfo

_SOURCE = (
    "tests/data/wording/train_resemblance.py (the development probes, red-team rounds and "
    "real texts); docs/wording.md, 'The resemblance model'"
)

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

# Failing examples per category: texts written for these docs (none is a training row; a test
# checks), which the shipped model scores above its threshold in that category.
_FAILING: dict[Category, tuple[Example, ...]] = {
    "threat_violence": (
        Example("Pay by Friday or our boys will pay you a visit you won't forget.", policy="us"),
        Example("拖着不还？等我们兄弟找上你，让你后悔一辈子。"),
    ),
    "threat_arrest_or_criminal": (
        Example("你已涉嫌诈骗，公安局明天就来抓你，准备坐牢吧。"),
        Example("Police will arrest you at work tomorrow unless you pay today.", policy="us"),
    ),
    "threat_home_or_workplace_visit": (
        Example("我们的人今晚就到你家门口等你，看你躲到哪里。"),
        Example(
            "Dadalaw kami sa trabaho mo bukas para singilin ka sa harap ng boss mo.", policy="ph"
        ),
    ),
    "false_legal_action": (
        Example("法院已对你立案，明天强制执行，冻结你全部银行卡。"),
        Example("Aapke khilaf court case file ho gaya hai, kal warrant aayega.", policy="in"),
    ),
    "third_party_disclosure_or_contact": (
        Example("今天不还，我们就打电话给你的所有联系人和你单位领导。"),
        Example("Kami akan hubungi semua kontak di HP Anda dan kantor Anda hari ini.", policy="id"),
    ),
    "public_shaming": (
        Example("你的照片已经做成老赖海报，明天贴到你们小区门口。"),
        Example("We will post your photo on Facebook as a thief so everyone knows.", policy="us"),
    ),
    "insult_or_obscene": (Example("你这个废物，欠钱不还，真不要脸。"),),
    "impersonation_official": (
        Example("【市公安局经侦支队】你涉嫌恶意逃废债，请立即联系办案民警。"),
        Example("This na message from EFCC: pay your loan now or we go arrest you.", policy="ng"),
    ),
    "false_urgency_or_misleading": (
        Example(
            "FINAL NOTICE: your bank accounts will be frozen within 1 hour unless you pay now.",
            policy="us",
        ),
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
            "paraphrases no phrase pack holds. A text is judged by its most abusive sentence, or "
            "by the whole text if that scores higher, so boilerplate around a threat does not "
            "hide it. It is a statistical likeness, not proof, so it asks a person to look "
            "rather than refusing; a policy may raise it to an error."
        ),
        source=_SOURCE,
        legal=True,
        passing=_PASSING,
        failing=_FAILING[category],
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
        text = nt.text
        # The text's verdict is its most abusive unit: the whole text or one sentence.
        logit, lo, hi = max(model.unit_logits(text), key=lambda u: (u[0], u[1] - u[2]))
        if logit < model.logit_threshold:
            return
        # Scored again on its own for the category and the evidence (same grams, same sum).
        score = model.score(text[lo:hi])
        if (lo, hi) == (0, len(text)):
            # The whole text won: report the sentence whose grams weigh most.
            units = sentences(text) or [(0, len(text))]
            starts = [a for a, _ in units]
            weight = [0.0] * len(units)
            for start, end, w in score.contributions:
                k = bisect_right(starts, start) - 1
                if k >= 0 and end <= units[k][1]:
                    weight[k] += w
            lo, hi = units[max(range(len(units)), key=lambda k: (weight[k], -k))]
            evidence = [(a, b, w) for a, b, w in score.contributions if lo <= a and b <= hi]
        else:
            evidence = [(a + lo, b + lo, w) for a, b, w in score.contributions]
        start, end = nt.span(lo, hi)
        # The grams shown are the heaviest in that sentence with two or more letters or digits
        # (a single "u" explains nothing to a reader, though it weighs).
        shown = sorted(
            (
                (w, a, b)
                for a, b, w in evidence
                if w > 0 and sum(c.isalnum() for c in text[a:b]) >= 2
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
