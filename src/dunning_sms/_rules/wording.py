"""Wording rules: threats, abuse, shaming, third parties and false legal claims.

The rules are data (``dunning_sms/packs/<language>.toml``); this module turns every pack entry
into a :class:`RuleInfo` and binds one phrase automaton per policy over the packs of the
policy's languages plus the lender's own ``banned_phrases`` (see :func:`compiled`; the tone
family shares it).
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import cast

from .._amounts import Amount, amounts, could_grow, grows
from .._normalize import NormalizedText
from .._phrases import (
    INTENTION_KINDS,
    LANGUAGES,
    Hit,
    PackEntry,
    PhraseMatcher,
    load_pack,
    spelling_variants,
)
from .._policy import Policy
from .._report import Finding, Severity
from ._base import CheckContext, Checker, Example, RuleInfo

CUSTOM_CODE = "WCUS001"
# A lender policy file (extends cn) whose banned_phrases the WCUS001 examples exercise.
_LENDER_EXAMPLE = str(
    resources.files("dunning_sms").joinpath("packs").joinpath("lender_example.policy.toml")
)


def slug(name: str) -> str:
    """The kebab-case rule name derived from a pack entry's human name."""
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


# Severity and name of each variant of an entry whose verdict depends on
# loan.legal_action_intended. A neutral mention that proceedings may follow ("civil_action")
# is a warning when the intention is unknown; a court process named as a fact (a summons, a
# hearing, a case number: "court_process") is an error unless legal action is intended, and
# then a warning, for a person to confirm that the case is real.
_VARIANT_SEVERITY: dict[str, dict[str, Severity]] = {
    "civil_action": {"unknown": "warning", "not_intended": "error", "intended": "info"},
    "court_process": {"unknown": "error", "not_intended": "error", "intended": "warning"},
}
_VARIANT_NAMES = {
    "civil_action": {
        "unknown": "civil legal action mentioned; the lender's intention is unknown",
        "not_intended": "civil legal action mentioned but not intended for this loan",
        "intended": "civil legal action mentioned and intended for this loan",
    },
    "court_process": {
        "unknown": "court process named; the lender's intention is unknown",
        "not_intended": "court process named but no legal action intended for this loan",
        "intended": "court process named and legal action intended for this loan",
    },
}
_VARIANT_SUMMARY = {
    "civil_action": "A neutral mention of civil proceedings",
    "court_process": "A court process named as a fact (summons, hearing, case number)",
}
_INTENDED = {"unknown": None, "not_intended": False, "intended": True}


def _examples(
    texts: Iterable[str], policy: str, intended: bool | None = None
) -> tuple[Example, ...]:
    return tuple(Example(text=t, policy=policy, legal_action_intended=intended) for t in texts)


def _entry_rules(entry: PackEntry, language: str, policy: str) -> list[RuleInfo]:
    if entry.kind not in INTENTION_KINDS:
        return [
            RuleInfo(
                code=entry.code,
                name=slug(f"{language} {entry.name}"),
                category=entry.category,
                severity=entry.severity,
                summary=f"Flags {entry.name} ({len(entry.phrases)} phrases"
                f"{', proximity patterns' if entry.near else ''}).",
                rationale=entry.rationale,
                source=entry.source,
                passing=_examples(entry.must_not_match, policy),
                failing=_examples(entry.must_match, policy),
                family="wording",
            )
        ]
    rules = []
    for variant, code in entry.codes.items():
        intended = _INTENDED[variant]
        other = intended is not True
        rules.append(
            RuleInfo(
                code=code,
                name=slug(f"{language} {_VARIANT_NAMES[entry.kind][variant]}"),
                category=entry.category,
                severity=_VARIANT_SEVERITY[entry.kind][variant],
                summary=f"{_VARIANT_SUMMARY[entry.kind]}, checked against "
                f"loan.legal_action_intended (here: {intended}).",
                rationale=entry.rationale,
                source=entry.source,
                passing=(
                    *_examples(entry.must_not_match, policy, intended),
                    *_examples(entry.must_match, policy, other),
                ),
                failing=_examples(entry.must_match, policy, intended),
                family="wording",
            )
        )
    return rules


@lru_cache(maxsize=1)
def _all_rules() -> tuple[RuleInfo, ...]:
    rules: list[RuleInfo] = []
    for language in LANGUAGES:
        pack = load_pack(language)
        for entry in pack.entries:
            rules.extend(_entry_rules(entry, language, pack.policy))
    rules.append(
        RuleInfo(
            code=CUSTOM_CODE,
            name="lender-banned-phrase",
            category="impolite",
            severity="error",
            summary="Flags any phrase listed in the policy file's banned_phrases.",
            rationale="A lender may ban wording of its own (brand, complaints history).",
            source="the lender's policy file (banned_phrases)",
            legal=False,
            passing=(Example(text="您的借款将于明日到期，请按时还款。", policy=_LENDER_EXAMPLE),),
            failing=(Example(text="您好，秒批额度已到账，请按时还款。", policy=_LENDER_EXAMPLE),),
            family="wording",
        )
    )
    rules.extend(_authorisation_rules())
    return tuple(rules)


# A third-party contact that a written authorisation in the text licenses (see _authorised):
# free text cannot prove the authorisation, so there it is a warning for a person to confirm;
# in compose, Borrower.third_party_contact_authorised decides (on record: an info finding for
# the audit trail; not on record: the contact's own error stands).
CLAIMED_AUTHORISATION_CODE = "WAUT001"
RECORDED_AUTHORISATION_CODE = "WAUT002"
# The same authorised contact in two packs, limited to a purpose and telling no debt.
_AUTHORISED_CONTACTS = (
    (
        "Sesuai surat kuasa yg Anda unggah, kami akan menghubungi adik Anda hanya utk "
        "konfirmasi jadwal pembayaran. Terima kasih.",
        "id",
    ),
    (
        "As per your written authorization, we will contact your sister only to confirm your "
        "new payment date. Thank you.",
        "us",
    ),
)


def _authorised_contacts(on_record: bool | None) -> tuple[Example, ...]:
    """The authorised-contact examples, in free text (None) or composed for a borrower whose
    record has (True) or lacks (False) the authorisation."""
    note = "free-text check(): no record known" if on_record is None else ""
    return tuple(
        Example(text=t, policy=p, contact_authorised=on_record, note=note)
        for t, p in _AUTHORISED_CONTACTS
    )


def _authorisation_rules() -> list[RuleInfo]:
    source = (
        "FDCPA 15 U.S.C. 1692c(b) (third-party contact with the consumer's prior consent); "
        "the markets' rules on contacting third parties (docs/policies)"
    )
    plain = Example(text="Your payment is due on 5 December. Thank you.", policy="us")
    return [
        RuleInfo(
            code=CLAIMED_AUTHORISATION_CODE,
            name="third-party-contact-under-a-claimed-authorisation",
            category="third_party_disclosure_or_contact",
            severity="warning",
            summary="A third-party contact the text says the borrower authorised in writing, "
            "limited to a purpose; free text cannot show the authorisation is on record.",
            rationale="Contacting a third party is lawful only with the borrower's real "
            "consent; a collector can claim one it does not hold, so a person confirms it.",
            source=source,
            passing=(plain, *_authorised_contacts(True), *_authorised_contacts(False)),
            failing=_authorised_contacts(None),
            family="wording",
        ),
        RuleInfo(
            code=RECORDED_AUTHORISATION_CODE,
            name="third-party-contact-under-a-recorded-authorisation",
            category="third_party_disclosure_or_contact",
            severity="info",
            summary="A third-party contact limited to a purpose, which the borrower's "
            "authorisation on record (Borrower.third_party_contact_authorised) allows.",
            rationale="Kept in the report so that an audit sees which contacts the "
            "authorisation on record let through.",
            source=source,
            passing=(plain, *_authorised_contacts(None), *_authorised_contacts(False)),
            failing=_authorised_contacts(True),
            family="wording",
        ),
    ]


def error_codes() -> frozenset[str]:
    """Codes of the wording rules whose default severity is error (never suppressible)."""
    return frozenset(rule.code for rule in _all_rules() if rule.severity == "error")


@dataclass(frozen=True, slots=True)
class _NearRule:
    entry: int
    within: int
    regex: re.Pattern[str] | None
    # Its far terms are people an object pronoun may stand for (Near.refers_back).
    refers_back: bool
    # No pair across a sentence end, in either order (Near.same_sentence).
    same_sentence: bool = False


def _regex_hits(regex: re.Pattern[str], nt: NormalizedText) -> list[Hit]:
    """``regex``'s matches in the word view, and in a spelled-out run read letter by letter
    (``NormalizedText.spaced_runs``), where the word view has no ``\\b`` left inside."""
    hits = [Hit(None, *nt.span(*m.span()), *m.span()) for m in regex.finditer(nt.text)]
    spaced = nt.spaced_runs()
    if spaced is not None:
        view, back = spaced
        seen = {(h.folded_start, h.folded_end) for h in hits}
        for m in regex.finditer(view):
            start = back[m.start()]
            end = back[m.end() - 1] + 1 if m.end() > m.start() else start
            if (start, end) not in seen:
                seen.add((start, end))
                hits.append(Hit(None, *nt.span(start, end), start, end))
        hits.sort(key=lambda h: (h.start, h.end))
    return hits


@dataclass(frozen=True, slots=True)
class _GrowthRule:
    """An entry's :class:`~dunning_sms._phrases.Growth`, its word lists compiled: debt and
    other words in one automaton (tags ``("D", 0)``, ``("O", 0)``), so that a spaced-out or
    dotted "b a l a n c e" names the debt as the plain word does."""

    entry: int
    ratio: float
    words: PhraseMatcher
    verb_final: bool
    offers: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class _Compiled:
    entries: tuple[PackEntry, ...]
    near: tuple[_NearRule, ...]
    # Growth readings (PackEntry.growth), by the index their link words are tagged with.
    growth: tuple[_GrowthRule, ...]
    matcher: PhraseMatcher
    # The far side ("b") of each proximity pattern: common words ("借", "pay") that matter
    # only next to that pattern's "a" term, so they are searched only in a message that has
    # one, and only for the patterns whose "a" terms occur (one automaton per pattern).
    near_matchers: tuple[PhraseMatcher | None, ...]
    # The words that may stand between an impostor marker and what it attributes.
    glue: frozenset[str]
    # Negation exceptions and breakers ("only", "and", 如): common words that matter only in
    # a message with a negator, so they are searched only then.
    negation_matcher: PhraseMatcher | None
    # List coordinators ("or", "atau"), casefolded: see :func:`_list_head_end`.
    coordinators: frozenset[str]
    # A coordinator and a link word that may join a reassured list ("or go to"), casefolded.
    list_joins: frozenset[str]
    # Negators that are negated contact verbs (Swahili), casefolded.
    verb_negators: frozenset[str]
    # What a consent word ("you named") may excuse ("emergency contact"), casefolded.
    consent_objects: frozenset[str]
    # Future auxiliaries that give a proximity pair a clause of its own (Negation.restarters).
    restart: re.Pattern[str] | None
    # Words right before a court process that deny it as a fact (Negation.fact_negators),
    # and the codes of the court-process entries.
    fact_negation: re.Pattern[str] | None
    court_codes: frozenset[str]
    # Per entry code, what denies its finding from before it in its sentence, the same
    # phrases without the closing word boundary (what any denial found in a window of the
    # text, which may end inside a word, must also match in the whole text), and what refutes
    # it from the start of the next (PackEntry.denied_by, PackEntry.refuted_by).
    refuted: Mapping[
        str, tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]
    ]
    # First-person subjects that start the collector's own clause after a marker
    # (Impostor.subjects), casefolded.
    subjects: frozenset[str]
    # What opens a denied list's piece that has a subject of its own (Negation.clause_openers).
    clause_openers: re.Pattern[str] | None
    # A verb's object right after it, and the borrower as that object (Negation.objects,
    # Negation.borrower_objects).
    objects: re.Pattern[str] | None
    borrower_objects: re.Pattern[str] | None
    # The Grammar words of the policy's languages, one regex per table key.
    limits: re.Pattern[str] | None
    reported_question: re.Pattern[str] | None
    speech_verb: re.Pattern[str] | None
    addressed: re.Pattern[str] | None
    reported_by: re.Pattern[str] | None
    # A report marker's clause as a request: request words only (fullmatch), and the joins
    # ("and", 并) after which that part starts.
    requests: _RequestRun | None
    request_joins: re.Pattern[str] | None
    request_conditions: re.Pattern[str] | None
    summons: re.Pattern[str] | None
    # The reader's own ("your", "anda", 你的) in a question, and the labels before its answer
    # ("Jibu:", "Answer:"), with the code's logic around them.
    readers_own: re.Pattern[str] | None
    answer_label: re.Pattern[str]
    # Words that undo a consent in the consented finding's sentence (Negation.consent_limits).
    consent_limits: re.Pattern[str] | None
    # The reader's conduct an impostor marker may qualify (Grammar.pretexts: "fake excuses").
    pretexts: re.Pattern[str] | None
    # Words naming the borrower's debt (Grammar.debts).
    debts: re.Pattern[str] | None


TONE_KINDS = ("courtesy", "informal", "overdue")
_WORDING_KINDS = frozenset({"p", "a", "c", "G"})
# Categories whose wording a negator turns into a reassurance ("we will never call your
# employer"). Threats of arrest, violence or legal action are never negated: "you won't be
# arrested if you pay today" still threatens arrest.
NEGATABLE: frozenset[str] = frozenset(
    {"third_party_disclosure_or_contact", "threat_home_or_workplace_visit", "public_shaming"}
)
# A negator after the finding ("… कॉल नहीं करेंगे") counts only for contact and visits: shaming
# idioms carry their own negation ("किसी को मुँह दिखाने लायक नहीं रहोगे", you will not be fit to
# show your face).
_POST_NEGATABLE = NEGATABLE - {"public_shaming"}
# A negator between the two terms of a pattern denies the pair in these categories: "non-payment
# of a loan is not a crime" states the law, while a negator before a whole arrest phrase ("you
# won't be arrested if you pay today") still threatens.
_PAIR_DENIABLE = NEGATABLE | {"threat_arrest_or_criminal"}
# Categories a reassurance right before the finding denies (Negation.reassurances): "you
# will not be arrested", "being behind is not a criminal offence", 不会影响子女上学.
_REASSURABLE = frozenset({"threat_arrest_or_criminal", "insult_or_obscene", "false_legal_action"})
# The longest reassurance a pack may hold, in characters: where to start looking before a
# finding.
_REASSURANCE_REACH = 40
# How far before a describer ("threaten you with") its negator may end: "we will never ask
# you to pay with gift cards or threaten arrest".
_DESCRIBED_WITHIN = 60
# How far before a describer an impostor marker or word may end in its sentence: "fake 'NBI'
# and 'court' texts are going around asking borrowers to pay … to avoid arrest".
_IMPOSTOR_DESCRIBED_WITHIN = 100
_WORD_TAIL = re.compile(r"^\w+")
_PLAIN = re.compile(r"[\w '’]+")
_QUOTES = "\"'‘’“”「」『』"
# Words searched with the negation exceptions that never end a negator's or a disavowal's
# reach: confirmations (f), conditions (o), list verbs (h) and mercies (u). Speakers (s) bear
# on attribution only, and qualifiers (g) end a negator's claim, not a disavowal's.
_NEVER_STOPS = ("f", "o", "h", "u")
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n。！？；：，।—–]")
# Categories an impostor marker ("claiming to be from the police") attributes to someone else:
# an anti-fraud warning names the police, a court or an arrest without threatening anyone.
ATTRIBUTABLE: frozenset[str] = frozenset(
    {"impersonation_official", "threat_arrest_or_criminal", "false_legal_action"}
)
# An attribution reaches over commas ("claiming to be from CBI, police or court") but not
# over the end of a sentence.
_SENTENCE_BREAK = re.compile(r"[.!?;\n。！？；।]")
# What ends the sentence an impostor marker speaks for: a sentence break, or a space between
# two Han characters, which Chinese SMS use as a full stop ("谨防不法分子冒充公安 明天上午
# 民警到你家"). Only attribution reads it: a space never lets a negation or consent reach
# further, and ending an attribution early can only flag more.
_ATTRIBUTION_BREAK = re.compile(
    r"[.!?;\n。！？；।]|(?<=[\u3400-\u9fff\uf900-\ufaff])[ \u3000]+(?=[\u3400-\u9fff\uf900-\ufaff])"
)
_SECOND_PERSON = re.compile(r"(?i)\b(?:you|ur|u|your)\b|你|您")
# A full stop that ends a sentence: followed by a space, unlike the dots an evasion puts
# between letters ("y.o.u.r b.o.s.s"); line breaks, which evasions also insert, do not count.
# A closing quote may stand between: 'asked "Will my debt double?" No, it will not.'
_SENTENCE_END = re.compile(r"[.!?][\"'’”」』]?(?=\s)|[。！？।]")
# How far before a finding its entry's denied_by phrase may start being looked for.
_DENIAL_REACH = 120
# How far past a finding its entry's denied_by phrase may end: "… mahigpit na aksyon laban sa
# mga ahente" (strict action against the agents) puts the denial 20 characters after it.
_DENIAL_TAIL = 25


# The toneless pinyin of the zh pack's Chinese terms (tests/data/wording/build_pinyin.py).
PINYIN_PATH = Path(__file__).resolve().parents[1] / "packs" / "zh_pinyin.json"
_CJK_TERM = re.compile(r"[\u3400-\u9fff]{2,}")


def pinyin_terms() -> set[str]:
    """The zh pack's all-Chinese phrases and proximity terms of two characters or more."""
    terms: set[str] = set()
    for entry in load_pack("zh").entries:
        terms.update(entry.phrases)
        for near in entry.near:
            terms.update(near.a)
            terms.update(near.b)
    return {t for t in terms if _CJK_TERM.fullmatch(t)}


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[str, tuple[str, ...]]:
    raw = json.loads(PINYIN_PATH.read_text("utf-8"))
    return {term: tuple(str(reading).split(" ")) for term, reading in raw.items()}


def _pinyin_spellings(term: str, table: Mapping[str, tuple[str, ...]]) -> list[str]:
    """``term`` with characters written in toneless pinyin, as collectors dodge filters.

    One character ("坐lao", "bao警"), all but one, or (three characters or more) all of them
    ("tongxunlu"): two-syllable words in all pinyin ("dabao") are names and brands too.
    A "v" for ü is also written "u".
    """
    syllables = table.get(term)
    if syllables is None or len(syllables) != len(term):
        return []
    n = len(term)
    chosen: list[frozenset[int]] = [frozenset({i}) for i in range(n)]
    if n >= 3:
        chosen += [frozenset(range(n)) - {i} for i in range(n)]
        chosen.append(frozenset(range(n)))
    out: list[str] = []
    for positions in dict.fromkeys(chosen):
        variant = "".join(syllables[i] if i in positions else term[i] for i in range(n))
        out.append(variant)
        if "v" in variant:
            out.append(variant.replace("v", "u"))
    return out


def _pinyin_of(words: list[str], table: Mapping[str, tuple[str, ...]] | None) -> list[str]:
    """The pinyin spellings of ``words`` (a Chinese pack's terms; none for other packs)."""
    if table is None:
        return []
    return list(dict.fromkeys(v for w in words for v in _pinyin_spellings(w, table)))


def _spelt_out(words: tuple[str, ...], spellings: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Each term, then its SMS spellings ("call ur boss"), each once."""
    if not spellings:
        return list(words)
    return list(dict.fromkeys(v for w in words for v in spelling_variants(w, spellings)))


@lru_cache(maxsize=32)
def compiled(languages: tuple[str, ...], banned: tuple[str, ...]) -> _Compiled:
    """The pack entries, proximity rules and ONE phrase automaton of a policy's languages,
    and the regexes of their grammar words (:class:`dunning_sms._phrases.Grammar`).

    Tags: ``("p", entry)`` a phrase, ``("a", near rule)`` a proximity pattern's near term,
    ``("c", 0)`` a lender's banned phrase, ``("n", window)`` / ``("m", window)`` a negator
    before / after what it denies, ``("i", window)`` / ``("j", window)`` an impostor marker
    before / after what it attributes, ``("v", window)`` a warning word (``Impostor.warnings``),
    ``("w", 0)`` an impostor word (fraudster, scam), ``("P", 0)`` a pair negator
    (``Negation.pair_negators``). It
    also holds the tone vocabularies (tags ``(kind, 0)`` for each kind in
    :data:`TONE_KINDS`), so that wording and tone share one pass over a message
    (:meth:`PhraseMatcher.find` caches its result on the normalised text). Negation
    exceptions ``("x", 0)`` and breakers ``("k", 0)`` have an automaton of their own.
    """
    packs = [load_pack(language) for language in languages if language in LANGUAGES]
    entries = [entry for pack in packs for entry in pack.entries]
    spellings = [spelt for pack in packs for spelt in [pack.entry_spellings()] * len(pack.entries)]
    pinyin = [
        _pinyin_table() if pack.language == "zh" else None for pack in packs for _ in pack.entries
    ]
    # Chinese terms spelt partly in pinyin: searched only in a message that has one of their
    # Latin runs ("lao", "tong").
    spelt_in_pinyin: list[tuple[str, Hashable]] = []
    near_pinyin: list[list[tuple[str, Hashable]]] = []
    terms: list[tuple[str, Hashable]] = []
    near_terms: list[list[tuple[str, Hashable]]] = []
    near_rules: list[_NearRule] = []
    growth_rules: list[_GrowthRule] = []
    grammars = [pack.grammar for pack in packs for _ in pack.entries]
    for i, entry in enumerate(entries):
        spelt = spellings[i]
        phrases = _spelt_out(entry.phrases, spelt)
        terms.extend((p, ("p", i)) for p in phrases)
        spelt_in_pinyin.extend((p, ("p", i)) for p in _pinyin_of(phrases, pinyin[i]))
        if entry.growth is not None:
            terms.extend((w, ("G", len(growth_rules))) for w in entry.growth.links)
            growth_rules.append(
                _GrowthRule(
                    i,
                    entry.growth.ratio,
                    PhraseMatcher(
                        [(w, _DEBT_WORD) for w in _spelt_out(entry.growth.debts, spelt)]
                        + [(w, _OTHER_WORD) for w in _spelt_out(entry.growth.others, spelt)]
                    ),
                    entry.growth.verb_final,
                    _phrase_regex(_spelt_out(entry.growth.offers, spelt)),
                )
            )
        for near in entry.near:
            k = len(near_rules)
            near_rules.append(
                _NearRule(
                    i,
                    near.within,
                    re.compile(near.b_regex) if near.b_regex else None,
                    near.refers_back,
                    near.same_sentence,
                )
            )
            near_a = _spelt_out(near.a, spelt)
            terms.extend((a, ("a", k)) for a in near_a)
            spelt_in_pinyin.extend((a, ("a", k)) for a in _pinyin_of(near_a, pinyin[i]))
            near_b = _spelt_out(near.b, spelt)
            near_terms.append([(b, ("b", k)) for b in near_b])
            near_pinyin.append([(b, ("b", k)) for b in _pinyin_of(near_b, pinyin[i])])
            own = grammars[i]
            if near.refers_back and own is not None:
                # The pack's own pronouns only: Pidgin "am" (it, him) is no English object.
                near_terms[k].extend((w, _PRONOUN_AFTER) for w in own.pronouns)
                near_terms[k].extend((w, _PRONOUN_BEFORE) for w in own.pronouns_before)
    terms.extend((p, ("c", 0)) for p in banned)
    negation_terms: list[tuple[str, Hashable]] = []
    glue: set[str] = set()
    coordinators: set[str] = set()
    list_joins: set[str] = set()
    verb_negators: set[str] = set()
    consent_objects: set[str] = set()
    consent_limits: list[str] = []
    restarters: set[str] = set()
    fact_negators: set[str] = set()
    subjects: set[str] = set()
    clause_openers: list[str] = []
    objects: set[str] = set()
    borrower_objects: set[str] = set()
    # A word that two packs of one policy share (Hinglish "never" in hi, "never" in en) keeps
    # the longer of their windows: one tag per word and kind, or the shorter would win.
    windows: dict[tuple[str, str], int] = {}

    def windowed(kind: str, words: tuple[str, ...], within: int) -> None:
        for w in words:
            key = (kind, w.casefold())
            windows[key] = max(within, windows.get(key, within))

    for pack in packs:
        if pack.negation is not None:
            neg, sp = pack.negation, pack.spellings
            # The negation vocabulary in its SMS spellings too ("dnt thnk we wont",
            # "hesit8", "as u requested"), or a spelt threat would keep a spelt pardon.
            windowed("n", tuple(_spelt_out(neg.negators, sp)), neg.within)
            windowed("m", tuple(_spelt_out(neg.post_negators, sp)), neg.post_within)
            windowed("m", neg.far_post_negators, neg.far_post_within)
            negation_terms.extend((w, ("x", 0)) for w in _spelt_out(neg.exceptions, sp))
            negation_terms.extend((w, ("k", 0)) for w in _spelt_out(neg.breakers, sp))
            negation_terms.extend((w, ("z", 0)) for w in _spelt_out(neg.cancellers, sp))
            negation_terms.extend((w, ("g", 0)) for w in _spelt_out(neg.qualifiers, sp))
            negation_terms.extend((w, ("o", 0)) for w in _spelt_out(neg.conditions, sp))
            negation_terms.extend((w, ("h", 0)) for w in _spelt_out(neg.list_verbs, sp))
            negation_terms.extend((w, ("u", 0)) for w in _spelt_out(neg.mercies, sp))
            coordinators.update(w.casefold() for w in neg.coordinators)
            # Chinese writes the coordinator and the link with no space between (或承担).
            list_joins.update(
                f"{c}{space}{link}".casefold()
                for c in neg.coordinators
                for link in neg.list_links
                for space in (" ", "")
            )
            windowed("q", tuple(_spelt_out(neg.consent, sp)), max(neg.within, _CONSENT_WITHIN))
            consent_objects.update(w.casefold() for w in _spelt_out(neg.consent_objects, sp))
            consent_limits.extend(_spelt_out(neg.consent_limits, sp))
            restarters.update(w.casefold() for w in neg.restarters)
            fact_negators.update(w.casefold() for w in neg.fact_negators)
            terms.extend((w, ("e", 0)) for w in _spelt_out(neg.reassurances, sp))
            terms.extend((w, ("e", 1)) for w in _spelt_out(neg.post_reassurances, sp))
            terms.extend((w, ("e", 2)) for w in _spelt_out(neg.describers, sp))
            # In the main search: an answer ("Tidak.") may be the only negation word.
            terms.extend((w, ("b", 0)) for w in neg.answers)
            terms.extend((w, ("l", 0)) for w in _spelt_out(neg.authorisations, sp))
            if neg.negators_are_verbs:
                verb_negators.update(w.casefold() for w in neg.negators)
            clause_openers.extend(_spelt_out(neg.clause_openers, sp))
            terms.extend((w, ("P", 0)) for w in _spelt_out(neg.pair_negators, sp))
            objects.update(w.casefold() for w in neg.objects)
            borrower_objects.update(w.casefold() for w in neg.borrower_objects)
        if pack.impostor is not None:
            imp = pack.impostor
            # Searched with the negation exceptions: only a message with a marker needs them.
            negation_terms.extend((w, ("y", 0)) for w in imp.contrasts)
            negation_terms.extend((w, ("s", 0)) for w in imp.speakers)
            negation_terms.extend((w, ("f", 0)) for w in imp.confirmations)
            subjects.update(w.casefold() for w in imp.subjects)
            windowed("i", imp.markers, imp.within)
            windowed("v", imp.warnings, imp.within)
            windowed("j", imp.post_markers, imp.post_within)
            windowed("r", imp.reports, _REPORT_WITHIN)
            windowed("t", imp.post_reports, _REPORT_WITHIN)
            windowed("d", imp.disavowals, imp.disavowal_within)
            terms.extend((w, ("w", 0)) for w in imp.words)
            glue.update(word.casefold() for word in imp.glue)
        terms.extend((w, ("courtesy", 0)) for w in pack.courtesy)
        terms.extend((w, ("informal", 0)) for w in pack.informal)
        terms.extend((w, ("overdue", 0)) for w in pack.overdue)
    terms.extend((word, (kind, within)) for (kind, word), within in windows.items())
    grammar = [pack.grammar for pack in packs if pack.grammar is not None]
    return _Compiled(
        tuple(entries),
        tuple(near_rules),
        tuple(growth_rules),
        # Tone asks only whether a courtesy word occurs.
        PhraseMatcher(
            terms, presence_only=frozenset({("courtesy", 0)}), latin_only=spelt_in_pinyin
        ),
        tuple(
            PhraseMatcher(terms, latin_only=extra) if terms else None
            for terms, extra in zip(near_terms, near_pinyin, strict=True)
        ),
        frozenset(glue),
        PhraseMatcher(negation_terms) if negation_terms else None,
        frozenset(coordinators),
        frozenset(list_joins),
        frozenset(verb_negators),
        frozenset(consent_objects),
        _word_regex(restarters),
        # A fact negator ends right where the court process starts ("No suit has been filed").
        _word_regex(fact_negators, after=r"\s{0,2}$"),
        frozenset(
            code
            for entry in entries
            if entry.kind == "court_process"
            for code in entry.codes.values()
        ),
        # Keyed by every code the entry reports under: a civil-action finding is WXX011
        # when the loan says no legal action is intended, and its denials still apply.
        {
            code: (
                _phrase_regex(entry.denied_by),
                _phrase_regex(entry.denied_by, open_end=True),
                _phrase_regex(entry.refuted_by, before=r"\s*"),
            )
            for entry in entries
            if entry.denied_by or entry.refuted_by
            for code in (entry.code, *entry.codes.values())
        },
        frozenset(subjects),
        _opener_regex(clause_openers),
        # Matched right after a verb: "contact **your** family".
        _phrase_regex(objects, before=r"\s+"),
        _phrase_regex(borrower_objects, before=r"\s+"),
        _phrase_regex(w for g in grammar for w in g.limits),
        _phrase_regex(w for g in grammar for w in g.reported_questions),
        _phrase_regex(w for g in grammar for w in g.speech_verbs),
        _phrase_regex(w for g in grammar for w in g.addressed),
        # A report verb anywhere before the marker in its clause ("we will soon report it to").
        _phrase_regex(w for g in grammar for w in g.reported_by),
        _RequestRun(words) if (words := [w for g in grammar for w in g.requests]) else None,
        _phrase_regex(w for g in grammar for w in g.request_joins),
        _phrase_regex(w for g in grammar for w in g.request_conditions),
        _phrase_regex(w for g in grammar for w in g.summons),
        _readers_own_regex([w for g in grammar for w in g.readers_own], languages),
        _answer_label_regex(w for g in grammar for w in g.answer_labels),
        _phrase_regex(consent_limits),
        _phrase_regex(w for g in grammar for w in g.pretexts),
        _phrase_regex(w for g in grammar for w in g.debts),
    )


def _word_regex(words: Iterable[str], after: str = "") -> re.Pattern[str] | None:
    """One case-insensitive regex for whole ``words``, each followed by ``after``; a trailing
    ``*`` leaves a word open. A CJK end has no word boundary (Chinese writes no spaces:
    家人**会**被通知, 您的案件**尚未**开庭)."""

    def alternative(word: str) -> str:
        open_end = word.endswith("*")
        word = word.removesuffix("*")
        head = "" if _CJK_CHAR.match(word) else r"(?<!\w)"
        tail = r"\w*" if open_end else "" if _CJK_CHAR.match(word[-1]) else r"(?!\w)"
        return head + re.escape(word) + tail

    alternatives = [alternative(w) for w in sorted(words, key=len, reverse=True) if w.strip("*")]
    if not alternatives:
        return None
    return re.compile("(?i)(?:" + "|".join(alternatives) + ")" + after)


# Ends that take no word boundary: Chinese writes no spaces, and ``\b`` misplaces the end of a
# Devanagari word, since Python's ``\w`` leaves out the vowel signs most of them end on.
_UNBOUNDED_END = re.compile(r"[\u0900-\u097f\u3400-\u9fff\uf900-\ufaff]")


def _phrase_regex(
    phrases: Iterable[str], after: str = "", before: str = "", *, open_end: bool = False
) -> re.Pattern[str] | None:
    """One case-insensitive regex for whole ``phrases`` (Grammar words), each preceded by
    ``before`` and followed by ``after``: any run of spaces between a phrase's words, and
    ``\\b`` at each end but a Han or Devanagari one ("'ll" keeps its ``\\b``: it must follow a
    word, as in "we'll"); with ``open_end``, none at the end."""

    def alternative(phrase: str) -> str:
        head = "" if _UNBOUNDED_END.match(phrase[0]) else r"\b"
        tail = "" if open_end or _UNBOUNDED_END.match(phrase[-1]) else r"\b"
        return head + r"\s+".join(re.escape(word) for word in phrase.split()) + tail

    # Longest first: at one start "send say" must win over "send", its first word.
    unique = dict.fromkeys(p for p in phrases if p.strip())
    alternatives = [alternative(p) for p in sorted(unique, key=len, reverse=True)]
    if not alternatives:
        return None
    return re.compile("(?i)" + before + "(?:" + "|".join(alternatives) + ")" + after)


def _phrase_alternation(phrases: Iterable[str]) -> str | None:
    """The alternation of :func:`_phrase_regex` as a group to build into a larger pattern
    (compiled case-insensitively)."""
    regex = _phrase_regex(phrases)
    return None if regex is None else regex.pattern.removeprefix("(?i)")


def _readers_own_regex(words: Iterable[str], languages: tuple[str, ...]) -> re.Pattern[str] | None:
    """The reader's own (Grammar.readers_own: "your wife", "anda", "familia yako", 你的家人,
    आपके) as whole words: a borrower asking about their own family says "my", so a question
    holding one is the collector's ("you" alone is no sign: the borrower asks the lender "will
    you visit me?"). With Tagalog, also "mo"/"niyo"/"ninyo" unless "ba" follows. That part
    stays code: the Tagalog possessive is also the doer ("Tatawagan niyo ba ang amo ko?", will
    you call), told apart by the question particle after it, which plain words cannot say."""
    parts = [a] if (a := _phrase_alternation(words)) is not None else []
    if "fil" in languages:
        parts.append(_TAGALOG_READERS_OWN)
    return re.compile("(?i)" + "|".join(parts)) if parts else None


# Tagalog "mo"/"niyo"/"ninyo" (your) but not as the doer of a "ba" question.
_TAGALOG_READERS_OWN = r"\b(?:mo|niyo|ninyo)\b(?!\s+ba\b)"


def _answer_label_regex(labels: Iterable[str]) -> re.Pattern[str]:
    """Between a question mark and its answer: closing quotes, spaces, and a short label
    ("答：", "S:", "Jibu:", "Jibu ni", "Answer:"), one of Grammar.answer_labels, after an
    optional short word ("Our answer:", "Ang sagot:") and with one before its colon
    ("Jawaban kami: Tidak."), or any short word before a colon."""
    alternation = _phrase_alternation(labels)
    labelled = (
        ""
        if alternation is None
        else r"(?:[^\W\d_]{1,4}\s+)?"
        + alternation
        + r"(?:\s+[^\W\d_]{1,6}(?=\s*[:：]))?\s*[:：]?\s+|"
    )
    return re.compile(
        r"[\s\"'’”」』—–]*(?:" + labelled + r"[^\W\d_]{1,6}\s*[:：]\s*)?", re.IGNORECASE
    )


class _RequestRun:
    """The run of request phrases (Grammar.requests) that ends a clause, with the spaces,
    commas, list numbers and bullets between them ("1) Please also"), read right to left one
    phrase at a time, the longest first. A regex searched for the run backtracked over every
    split of overlapping phrases (可, 直接, 可直接): 72 characters took seconds."""

    def __init__(self, phrases: Iterable[str]) -> None:
        unique = sorted(dict.fromkeys(p for p in phrases if p.strip()), key=len, reverse=True)

        def reversed_alternative(phrase: str) -> str:
            # Matched on the reversed clause: the phrase's last character comes first.
            head = "" if _UNBOUNDED_END.match(phrase[-1]) else r"\b"
            tail = "" if _UNBOUNDED_END.match(phrase[0]) else r"\b"
            words = r"\s+".join(re.escape(w[::-1]) for w in reversed(phrase.split()))
            return head + words + tail

        self._phrase = re.compile("(?i)(?:" + "|".join(map(reversed_alternative, unique)) + ")")

    def start(self, clause: str) -> int:
        """Where the run that ends ``clause`` starts (``len(clause)`` when there is none)."""
        backwards = clause[::-1]
        pos = _REVERSED_FILLER.match(backwards).end()  # type: ignore[union-attr]
        run = pos
        while (m := self._phrase.match(backwards, pos)) is not None:
            run = pos = _REVERSED_FILLER.match(backwards, m.end()).end()  # type: ignore[union-attr]
        return len(clause) - run


# Between request phrases, reversed: spaces, commas, slashes, brackets, bullets, "1)".
_REVERSED_FILLER = re.compile(r"(?:[.)]\d{1,2}|\s|[,/()*•\-])*")


class _WordingChecker:
    def __init__(self, policy: Policy) -> None:
        shared = compiled(tuple(policy.languages), tuple(policy.banned_phrases))
        self._entries = shared.entries
        self._near = shared.near
        self._growth = shared.growth
        self._matcher = shared.matcher
        self._near_matchers = shared.near_matchers
        self._negation_matcher = shared.negation_matcher
        self._glue = shared.glue
        self._coordinators = shared.coordinators
        self._list_joins = shared.list_joins
        self._verb_negators = shared.verb_negators
        self._consent_objects = shared.consent_objects
        self._consent_limits = shared.consent_limits
        self._pretexts = shared.pretexts
        self._restart = shared.restart
        self._fact_negation = shared.fact_negation
        self._court_codes = shared.court_codes
        self._refuted = shared.refuted
        self._subjects = shared.subjects
        self._clause_openers = shared.clause_openers
        self._objects = shared.objects
        self._borrower_objects = shared.borrower_objects
        self._limits = shared.limits
        self._debts = shared.debts
        self._reported_question = shared.reported_question
        self._speech_verb = shared.speech_verb
        self._addressed = shared.addressed
        self._readers_own = shared.readers_own
        self._answer_label = shared.answer_label
        self._advice = _Advice.of(
            shared.reported_by,
            shared.requests,
            shared.request_joins,
            shared.request_conditions,
            shared.summons,
        )
        self._rules = {rule.code: rule for rule in _all_rules()}

    def _pronoun_object(self, verb: Hit, pronoun: Hit, nt: NormalizedText) -> bool:
        """Whether ``pronoun`` is the object of ``verb`` in the collector's own clause: right
        by it on its side (Grammar.pronouns, pronouns_before), in its clause, not things sent
        to the collector ("send them to us"), and not after a scam condition in the clause
        ("If anyone contacts them, ask them to call us", 如有人联系他们)."""
        before = pronoun.tag is _PRONOUN_BEFORE
        if before != (pronoun.folded_start < verb.folded_start):
            return False
        if verb.folded_start - pronoun.folded_end > _PRONOUN_GAP or (
            pronoun.folded_start - verb.folded_end > _PRONOUN_GAP
        ):
            return False
        # Between the two only: an evasion's dots inside a word ("t.e.l.e.p.o.n") end nothing,
        # nor do those between words spelled out together ("u.n.h.e.c.a.l.l").
        text = nt.original
        first, last = (pronoun, verb) if before else (verb, pronoun)
        broken = _clause_break(text, first.end, last.start) and not nt.within_run_on(
            first.folded_end, last.folded_start
        )
        if broken or _TO_US.match(text, pronoun.end):
            return False
        conditions = self._advice.conditions
        lo = first.start
        clause = _after_last(_CLAUSE_BREAK, text, max(0, lo - _LIMIT_REACH), lo)
        return conditions is None or conditions.search(text, clause, lo) is None

    def _licensed(
        self,
        findings: list[Finding],
        authorisations: list[Hit],
        text: str,
        ctx: CheckContext,
        *,
        taken_back: _TakenBack,
        mercies: list[Hit],
    ) -> list[Finding]:
        """``findings`` with each third-party contact that a written authorisation in the
        text licenses (_authorised) replaced: by a warning to confirm the authorisation when
        none is known (free text), by an info finding when it is on record."""
        rule = self._rules[
            RECORDED_AUTHORISATION_CODE if ctx.contact_authorised else CLAIMED_AUTHORISATION_CODE
        ]
        kept: list[Finding] = []
        for f in findings:
            if (
                f.category != "third_party_disclosure_or_contact"
                or _kept_as_threat(f, taken_back, mercies, text)
                or not _authorised(f, authorisations, text, self._limits)
                # "… we will only inform your colleagues of your N132,000 debt": the debt
                # told is no purpose an authorisation limits the contact to.
                or _names_debt(f, text, self._debts)
            ):
                kept.append(f)
                continue
            kept.append(
                rule.finding(
                    f.start,
                    f.end,
                    f"{rule.name.replace('-', ' ')}: {text[f.start : f.end]!r} "
                    f"(otherwise {f.rule})",
                    phrase=text[f.start : f.end],
                    contact_rule=f.rule,
                )
            )
        return kept

    def _refutes(self, f: Finding, nt: NormalizedText, anywhere: dict[str, bool]) -> bool:
        """Whether the finding's own entry denies it: a ``denied_by`` phrase in its sentence,
        from at most :data:`_DENIAL_REACH` characters before it to :data:`_DENIAL_TAIL` after,
        or a ``refuted_by`` phrase opening the sentence right after it. Phrases are read in
        the original and in the folded text: "會不會" denies as "会不会" does. ``anywhere``
        holds, per code, whether the text has any of its denials at all."""
        original = nt.original
        denied, loose, refuted = self._refuted.get(f.rule, (None, None, None))
        if loose is not None and f.rule not in anywhere:
            # Once per code and text: a hostile text of 455 findings searched each one's
            # window for some 140 phrases (93% of its cost) and found none.
            anywhere[f.rule] = (
                loose.search(original) is not None or loose.search(nt.text) is not None
            )
        if denied is not None and anywhere[f.rule]:
            sentence = _after_last(
                _SENTENCE_END, original, max(0, f.start - _DENIAL_REACH), f.start
            )
            # Through the finding and a few characters past it: "… is not permanent",
            # "… permanent nahi hai".
            stop = min(len(original), f.end + _DENIAL_TAIL)
            after = _SENTENCE_END.search(original, f.end, stop)
            stop = after.start() if after is not None else stop
            if denied.search(original, sentence, stop) is not None or (
                denied.search(nt.text, _folded(nt, sentence), _folded(nt, stop)) is not None
            ):
                return True
        if refuted is not None:
            end = _SENTENCE_END.search(original, f.end)
            if end is not None and (
                refuted.match(original, end.end()) is not None
                or refuted.match(nt.text, _folded(nt, end.end())) is not None
            ):
                return True
        return False

    def _rule_for(self, entry: PackEntry, ctx: CheckContext) -> RuleInfo:
        if entry.kind in INTENTION_KINDS:
            intended = ctx.legal_action_intended
            variant = "unknown" if intended is None else "intended" if intended else "not_intended"
            return self._rules[entry.codes[variant]]
        return self._rules[entry.code]

    def check(self, ctx: CheckContext) -> list[Finding]:
        nt = ctx.normalized
        # Most messages hit only the tone vocabulary that shares the automaton.
        for hit in self._matcher.find(nt):
            if hit.tag[0] in _WORDING_KINDS:  # type: ignore[index]
                return self._findings(ctx, nt)
        return []

    def _findings(self, ctx: CheckContext, nt: NormalizedText) -> list[Finding]:
        # Apart from ``check`` so that a message without wording hits does not pay for this
        # body's closures (their cells are made on entry).
        all_hits = self._matcher.find(nt)  # cached on ``nt`` by ``check``
        hits = [hit for hit in all_hits if hit.tag[0] in _WORDING_KINDS]  # type: ignore[index]
        original = nt.original
        found: dict[tuple[str, int, int], Finding] = {}

        def add(rule: RuleInfo, start: int, end: int, what: str) -> None:
            key = (rule.code, start, end)
            if key not in found:
                found[key] = rule.finding(start, end, _said(rule.name, what), phrase=what)

        a_hits: dict[int, list[Hit]] = {}
        b_hits: dict[int, list[Hit]] = {}
        g_hits: dict[int, list[Hit]] = {}
        for hit in hits:
            kind, index = cast("tuple[str, int]", hit.tag)
            if kind == "p":
                entry = self._entries[index]
                add(self._rule_for(entry, ctx), hit.start, hit.end, original[hit.start : hit.end])
            elif kind == "a":
                a_hits.setdefault(index, []).append(hit)
            elif kind == "c":
                add(self._rules[CUSTOM_CODE], hit.start, hit.end, original[hit.start : hit.end])
            elif kind == "G":
                g_hits.setdefault(index, []).append(hit)
        if g_hits and any(
            could_grow(view, min(self._growth[g].ratio for g in g_hits))
            # The folded text too: full-width digits fold to ASCII ones.
            for view in ((original,) if nt.text == original.casefold() else (original, nt.text))
        ):
            # The sums once per message and each reading's words once: a hostile text of ten
            # thousand links reads its sums once, not once per link.
            sums = _message_sums(nt)
            for g, links in g_hits.items():
                growth = self._growth[g]
                # "Your payment of $452.98 will be due on March 31": no later sum is the ratio
                # times an earlier one, so the words are never searched.
                if not grows((a.value for a in sums), growth.ratio) or (
                    growth.offers is not None and growth.offers.search(original) is not None
                ):
                    continue
                words = sorted(growth.words.find(nt), key=lambda h: (h.start, h.end))
                debts = [(h.start, h.end) for h in words if h.tag == _DEBT_WORD]
                if not debts:
                    continue
                others = [(h.start, h.end) for h in words if h.tag == _OTHER_WORD]
                rule = self._rule_for(self._entries[growth.entry], ctx)
                spans = _Spans.of(sums, debts, others)
                for link in links:
                    span = _grown(original, link, growth, spans)
                    if span is not None:
                        add(rule, *span, original[span[0] : span[1]])
        for k in a_hits:
            matcher = self._near_matchers[k]
            if matcher is not None:
                b_hits[k] = matcher.find(nt)
                if self._near[k].refers_back:
                    b_hits[k] = _referring(b_hits[k])
        regex_targets: dict[int, list[Hit]] = {}
        for k in a_hits:
            near_regex = self._near[k].regex
            if near_regex is not None:
                regex_targets[k] = _regex_hits(near_regex, nt)
        if not found and not any(b_hits.values()) and not any(regex_targets.values()):
            # Only first terms of proximity patterns ("call", 致电) with no far term in the
            # text: no finding can come of them, and what follows only filters findings.
            return []
        # Every negator, for the tests that a negator holds back (an impostor label denied,
        # a marker the collector speaks of); without the 不 of an A-not-A question answered
        # yes (会不会 … 会的) for denying a finding, so that reading one out only flags more.
        every_negator = [h for h in all_hits if h.tag[0] in ("n", "m", "q")]  # type: ignore[index]
        negators = [h for h in every_negator if not _a_not_a(h, original)]
        if len(negators) == len(every_negator):
            negators = every_negator  # one list: cancelled once below
        markers = [h for h in all_hits if h.tag[0] in ("i", "j", "d", "v", "r", "t")]  # type: ignore[index]
        every_reassurance = [h for h in all_hits if h.tag[0] == "e"]  # type: ignore[index]
        reassurances = [h for h in every_reassurance if not _a_not_a(h, original)]
        # Exception and breaker words end a negator's and a disavowal's reach alike.
        around = (
            self._negation_matcher.find(nt)
            if self._negation_matcher is not None
            # An authorisation reads the contrasts too ("… but your boss as well").
            and (
                every_negator
                or markers
                or every_reassurance
                or any(h.tag[0] == "l" for h in all_hits)  # type: ignore[index]
            )
            else []
        )
        listed = _listed_exceptions(around, original, self._coordinators)
        conduct = [h for h in around if h.tag[0] == "h"]  # type: ignore[index]
        # The contact and visit verbs ("call", "contact", 联系) that a denied list can be the
        # object of, and the conduct verbs.
        cues = (
            _ListCues(
                sorted(
                    [
                        hit.start
                        for k, a_list in a_hits.items()
                        if self._entries[self._near[k].entry].category in NEGATABLE
                        for hit in a_list
                    ]
                    + [h.start for h in conduct]
                ),
                self._objects,
                self._borrower_objects,
            )
            if negators
            else None
        )
        exceptions = [
            h
            for h in around
            if h.tag[0] == "x" and (h.start, h.end) not in listed  # type: ignore[index]
        ]
        cancellers = [h for h in around if h.tag[0] == "z"]  # type: ignore[index]
        # Speakers ("kami", we) and confirmations ("it's true") only bear on attribution.
        stoppers = [
            h
            for h in around
            if h.tag[0] not in ("s", *_NEVER_STOPS)  # type: ignore[index]
            and not (h.tag[0] == "x" and (h.start, h.end) in listed)  # type: ignore[index]
        ]
        qualifiers = sorted(
            (h for h in around if h.tag[0] == "g"),  # type: ignore[index]
            key=_hit_start,
        )
        contrasts = [h for h in around if h.tag[0] == "y"]  # type: ignore[index]
        taken_back = _TakenBack(original, contrasts, self._restart)
        # By end, for _merciful's bisection.
        mercies = sorted(
            (h for h in around if h.tag[0] == "u"),  # type: ignore[index]
            key=_hit_end,
        )
        if cancellers:
            # "don't think we won't call your employer": a canceller just before a negator
            # (or holding it) turns it back into a threat; a negator after its verb ("mat
            # sochna hum aapke boss ko call nahi karenge") ends the clause the canceller opens.
            asked = negators is not every_negator
            negators = _uncancelled(negators, cancellers, original)
            every_negator = _uncancelled(every_negator, cancellers, original) if asked else negators
            reassurances = _uncancelled(reassurances, cancellers, original)
        # Contrast words ("bukan", "no be") deny a pair only from between its terms: "hanya
        # menghubungi Anda, bukan keluarga Anda" (Negation.pair_negators).
        pair_deniers = sorted(
            negators + [h for h in all_hits if h.tag[0] == "P"],  # type: ignore[index]
            key=_hit_start,
        )
        between_exceptions = sorted(exceptions, key=_hit_start)
        for k, a_list in a_hits.items():
            near = self._near[k]
            # "a friend or family member can't call on your behalf": a negator between the
            # two terms of a contact, visit, shaming or criminal-law pattern denies the pair.
            deniable = pair_deniers and self._entries[near.entry].category in _PAIR_DENIABLE
            targets = [*b_hits.get(k, ()), *regex_targets.get(k, ())]
            window = _Window.of(targets) if len(targets) > _WINDOW_MIN else None
            for a in a_list:
                # "紧急联系人仅用于无法联系到您本人时": the verb's object is the borrower
                # themself, so it pairs with no relative, before or after it.
                if _SELF_OBJECT.match(original, a.end):
                    continue
                # The nearest far term that fits is the one reported: in "we never contact
                # your family, but your boss will be told" the pair is "boss … told", which
                # the negator does not reach, not "family … told", which it does.
                best: tuple[int, Hit] | None = None
                for b in _near_candidates(a, targets, near.within, window):
                    # Measured in the folded text: a spelled-out or dotted phrase ("p u t
                    # y o u r") is as near there as written plainly.
                    gap = max(b.folded_start - a.folded_end, a.folded_start - b.folded_end)
                    if not 0 <= gap <= near.within or (best is not None and gap >= best[0]):
                        continue  # overlapping terms (联系 in 联系人) are no pair
                    if b.tag in _PRONOUN_TAGS and not self._pronoun_object(a, b, nt):
                        continue
                    inner = (min(a.end, b.end), max(a.start, b.start))
                    # A negator between the terms denies the pair, unless a qualifier follows
                    # it: "aapke office walon ko kuch nahi batayenge Diwali tak" denies the
                    # time, not the telling.
                    if (
                        deniable
                        and _denied_between(*inner, pair_deniers, between_exceptions)
                        # "Provided you settle today, your employer need never hear about this."
                        and not _merciful(min(a.start, b.start), mercies, original)
                        and not _qualified(
                            max(a.end, b.end),
                            # "will not call you before 8am or after 9pm": the limits are
                            # on calls to the borrower, not on the pair.
                            [
                                q
                                for q in _qualifiers_after(qualifiers, max(a.end, b.end))
                                if not _borrower_item(
                                    original, inner[0], q, self._coordinators, cues
                                )
                            ],
                            original,
                            self._coordinators,
                        )
                    ):
                        continue
                    # The far term first and a full stop between ("… your friends about
                    # your loan. If anybody calls …"): two sentences, no pair.
                    # With same_sentence, either order: "账户已永久销户。如对信用报告有异议".
                    if (b.start < a.start or near.same_sentence) and _SENTENCE_END.search(
                        original, *inner
                    ):
                        continue
                    # "thanks for telling us about your mum": the verb's object is the
                    # collector, and the relative only what was told.
                    if a.end <= b.start and _US_OBJECT.match(original, a.end, b.start):
                        continue
                    best = (gap, b)
                if best is not None:
                    b = best[1]
                    start, end = min(a.start, b.start), max(a.end, b.end)
                    entry = self._entries[near.entry]
                    add(self._rule_for(entry, ctx), start, end, original[start:end])
        findings = list(found.values())
        if self._refuted:
            anywhere: dict[str, bool] = {}
            findings = [f for f in findings if not self._refutes(f, nt, anywhere)]
        if self._fact_negation is not None:
            # "No suit has been filed": a court process denied as a fact.
            fact = self._fact_negation
            findings = [
                f
                for f in findings
                if f.rule not in self._court_codes
                or fact.search(original, max(0, f.start - 20), f.start) is None
            ]
        # Findings that are a clause of their own (Negation.restarters): "…, your pastor and
        # your family **go** hear about this loan" (a finding right before a future
        # auxiliary), "your family **will** be contacted" (a pair with one between its terms,
        # or a phrase holding one after its first word).
        restarted: set[tuple[int, int]] = set()
        # An insult that is the conduct itself ("curse you", "insult you", 辱骂: one of the
        # table's list_verbs) is denied as contact is: "our agents no suppose threaten you,
        # curse you or call your people", "we will never insult you". Name-calling ("thief",
        # 骗子) is not conduct and no negator denies it ("don't be a thief"). As with a
        # reassurance, a condition or qualifier after it in its clause keeps it ("we won't
        # curse you if you pay today").
        conditional = sorted(
            (h for h in around if h.tag[0] in ("g", "o")),  # type: ignore[index]
            key=_hit_start,
        )

        def negatable(f: Finding) -> bool:
            return f.category in NEGATABLE or (
                f.category == "insult_or_obscene"
                and any(h.start < f.end and f.start < h.end for h in conduct)
                # "we won't disgrace you or call you for night": the night limits the calls.
                and not _qualified(f.end, conditional, original, self._coordinators, cues)
            )

        if negators and self._restart is not None:
            for f in findings:
                if negatable(f):
                    space = _SPACES.match(original, f.end)
                    after = space.end() if space is not None else f.end
                    inside = self._restart.search(original, f.start + 1, f.end)
                    # A negator inside the finding, or sharing its first word ("tidak ada
                    # petugas kami yang akan datang"), denies the auxiliary too.
                    if self._restart.match(original, after) or (
                        inside is not None
                        and not any(n.start < f.end and f.start < n.end for n in negators)
                    ):
                        restarted.add((f.start, f.end))
        if negators:
            findings = [
                f
                for f in findings
                if not negatable(f)
                # "We will never visit your home, but our agents will."; "If you pay today, we
                # won't call your boss."
                or _kept_as_threat(f, taken_back, mercies, original)
                or not (
                    _negated(
                        f.start,
                        f.end,
                        negators,
                        stoppers,
                        original,
                        qualifiers=qualifiers,
                        post=f.category in _POST_NEGATABLE,
                        coordinators=self._coordinators,
                        cues=cues,
                        verb_negators=self._verb_negators,
                        consent_objects=self._consent_objects,
                        consent_limits=self._consent_limits,
                        before=(f.start, f.end) not in restarted,
                        clause_openers=self._clause_openers,
                    )
                    or _negated_auxiliary(
                        f.start,
                        f.end,
                        negators,
                        self._restart,
                        original,
                        qualifiers=qualifiers,
                        coordinators=self._coordinators,
                        cues=cues,
                    )
                )
            ]
        words = [h for h in all_hits if h.tag[0] == "w"]  # type: ignore[index]
        confirmations = [h for h in around if h.tag[0] == "f"]  # type: ignore[index]
        if markers:
            findings = _drop_attributed(
                findings,
                markers,
                words,
                # Qualifiers end a negator's claim, not a disavowal's ("we never threaten
                # you politely with arrest").
                stoppers=[h for h in around if h.tag[0] not in ("g", *_NEVER_STOPS)],  # type: ignore[index]
                glue=self._glue,
                text=original,
                coordinators=self._coordinators,
                negators=every_negator,
                subject_words=self._subjects,
                confirmations=confirmations,
                advice=self._advice,
                overdue=[h for h in all_hits if h.tag[0] == "overdue"],  # type: ignore[index]
                addressed=self._addressed,
                pretexts=self._pretexts,
            )
        if markers or words:
            # "有人冒充公安来电，称您“恶意逃债将被拘留”……这是诈骗": a scam message quoted to
            # warn against it.
            findings = _drop_quoted(
                findings,
                original,
                markers=markers,
                words=words,
                negators=every_negator,
                confirmations=confirmations,
                taken_back=taken_back,
                speech_verb=self._speech_verb,
            )
        if words:
            # "骗子常说：…", "Penipu sering mengaku dari kami": the impostor word that is also
            # an insult names the scammer who speaks or poses, not the reader.
            findings = [
                f
                for f in findings
                if not _impostor_subject(
                    f,
                    words,
                    markers,
                    original,
                    speech_verb=self._speech_verb,
                    addressed=self._addressed,
                )
            ]
        if reassurances:
            # "… and you will not be arrested": the law stated, unless qualified. After
            # attribution, which reads a disavowed list ("never threaten arrest, jail or …")
            # from its first item.
            findings = _drop_reassured(
                findings,
                reassurances,
                original,
                conditional,
                self._coordinators,
                negators=every_negator,
                stoppers=stoppers,
                # Markers, warnings and impostor words ("scammers are texting customers that
                # they'll be ARRESTED"), unless negated ("not a scam").
                impostors=[
                    m
                    for m in [*markers, *words]
                    if m.tag[0] in ("i", "v", "w")  # type: ignore[index]
                    and not _label_denied(m, every_negator, original)
                ],
                taken_back=taken_back,
                joins=self._list_joins,
                mercies=mercies,
            )
        # The longest answer at each start: "不会" rather than "不" before its auxiliary.
        answers: dict[int, int] = {}
        for h in all_hits:
            if h.tag[0] == "b":  # type: ignore[index]
                answers[h.start] = max(h.end, answers.get(h.start, h.end))
        authorised = [h for h in all_hits if h.tag[0] == "l"]  # type: ignore[index]
        if authorised and ctx.contact_authorised is not False:
            # "Sesuai surat kuasa yg Ibu unggah, kami akan menghubungi adik Anda": the
            # borrower's written permission to contact the person named, if it is real.
            findings = self._licensed(
                findings, authorised, original, ctx, taken_back=taken_back, mercies=mercies
            )
        if answers:
            # "Will I be arrested? No.": a worried question answered.
            findings = [
                f
                for f in findings
                if f.category not in _ANSWERABLE
                or not _answered_no(
                    f.end,
                    answers,
                    original,
                    self._restart,
                    self._reported_question,
                    readers_own=self._readers_own,
                    answer_label=self._answer_label,
                )
            ]
        errors = [f for f in findings if f.severity == "error"]
        findings = [
            f
            for f in findings
            if f.severity == "error"
            or not any(e.start <= f.start and f.end <= e.end for e in errors)
        ]
        return _one_per_overlap(findings, original) if len(findings) > 1 else findings


def _said(name: str, phrase: str) -> str:
    """A wording finding's message: what the rule found, and the words."""
    return f"{name.partition('-')[2].replace('-', ' ')}: {phrase!r}"


def _one_per_overlap(findings: list[Finding], text: str) -> list[Finding]:
    """Findings of one rule whose spans overlap, as one over their union: "the police will",
    "police will" and "police will come" are one threat, which a reviewer reads once."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.rule, f.severity), []).append(f)
    if len(groups) == len(findings):
        return findings
    out: list[Finding] = []
    for group in groups.values():
        group.sort(key=lambda f: (f.start, -f.end))
        run = [group[0]]
        end = group[0].end
        for f in group[1:]:
            if f.start < end:
                run.append(f)
                end = max(end, f.end)
                continue
            out += _united(run, end, text)
            run, end = [f], f.end
        out += _united(run, end, text)
    return out


def _united(run: list[Finding], end: int, text: str) -> list[Finding]:
    first = run[0]
    if len(run) == 1 or first.end == end:
        return [first]  # alone, or holding the others
    # A finding whose message says more than its words (an authorisation to confirm) keeps
    # its own span.
    if any(f.message != _said(f.name, text[f.start : f.end]) for f in run):
        return run
    phrase = text[first.start : end]
    return [
        replace(
            first, end=end, message=_said(first.name, phrase), data={**first.data, "phrase": phrase}
        )
    ]


def _message_sums(nt: NormalizedText) -> list[Amount]:
    """The sums of a message, at their original places: those the folded text reads
    (full-width "７，５００", "R s 7,500" spaced out, a Cyrillic "Rр"), then those only the
    written text reads, where folding took digits for leet ("Rp 750rb" folds to "rp tsorb")."""
    written = amounts(nt.original)
    # Sums are read case-blind: a fold that changed only case reads nothing new.
    if not nt.mapped and nt.text == nt.original.casefold():
        return written
    folded = [Amount(*nt.span(a.start, a.end), a.value, a.marked) for a in amounts(nt.text)]
    taken = [(a.start, a.end) for a in folded]
    extra = []
    for a in written:
        i = bisect_left(taken, (a.start, a.start))
        over = [
            j
            for j in range(max(0, i - 1), min(i + 1, len(taken)))
            if taken[j][0] < a.end and a.start < taken[j][1]
        ]
        if not over:
            extra.append(a)
        elif a.marked:
            # "Y.o.u.r.R.s 7,500": the fold glued the code to the word before it, so the
            # folded text reads the number alone; the written text still reads it as money.
            for j in over:
                if not folded[j].marked:
                    folded[j] = Amount(folded[j].start, folded[j].end, folded[j].value, True)
    return sorted([*folded, *extra], key=_amount_start) if extra else folded


# The tags of a growth reading's debt and other words.
_DEBT_WORD = ("D", 0)
_OTHER_WORD = ("O", 0)
# A growth reading's sentence: a full stop or semicolon before a space ("Rs." before a sum is
# no end), or a CJK or Devanagari stop, but no line break, which evasions insert inside words;
# read at most this far either side of the link.
_GROWTH_BREAK = re.compile(r"(?<!\bRs)(?<!\brs)(?<!\bNo)[.!?;](?=\s)|[。！？；।]")
_GROWTH_REACH = 90
# How far a link may stand before the first sum of "from A to B" ("rise from ₹5,000 to
# ₹20,000"), or after the second of a verb-final clause ("₹20,000 हो जाएगा"), and how short
# the gap of "from A to B" is.
_LINK_BEFORE = 25
_LINK_AFTER = 15
_FROM_TO_GAP = 12
# How near a sum a debt or other word must be to say whose sum it is.
_SUM_OWNER_REACH = 30


@dataclass(frozen=True, slots=True)
class _Spans:
    """A message's sums, whose each is where a word says (:func:`_owner`), and the spans of a
    growth reading's debt and other words, all in order."""

    sums: list[Amount]
    owners: list[bool | None]
    debts: list[tuple[int, int]]
    others: list[tuple[int, int]]

    @classmethod
    def of(
        cls, sums: list[Amount], debts: list[tuple[int, int]], others: list[tuple[int, int]]
    ) -> _Spans:
        return cls(sums, [_owner(a, debts, others) for a in sums], debts, others)

    def inside(self, lo: int, hi: int) -> _Spans:
        """Those wholly inside ``[lo, hi)``."""
        first = bisect_left(self.sums, lo, key=_amount_start)
        last = bisect_left(self.sums, hi, key=_amount_start)
        while last > first and self.sums[last - 1].end > hi:
            last -= 1
        return _Spans(
            self.sums[first:last],
            self.owners[first:last],
            _cut(self.debts, lo, hi),
            _cut(self.others, lo, hi),
        )


def _amount_start(a: Amount) -> int:
    return a.start


def _cut(spans: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    return [
        x for x in spans[bisect_left(spans, (lo, lo)) : bisect_left(spans, (hi, hi))] if x[1] <= hi
    ]


def _grown(text: str, link: Hit, rule: _GrowthRule, spans: _Spans) -> tuple[int, int] | None:
    """The span of a debt said to grow to ``rule.ratio`` times itself, written as two sums
    around ``link`` ("your Rs 7,500 will become Rs 22,500"), or None (PackEntry.growth)."""
    lo = _after_last(_GROWTH_BREAK, text, max(0, link.start - _GROWTH_REACH), link.start)
    close = _GROWTH_BREAK.search(text, link.end, link.end + _GROWTH_REACH)
    hi = close.start() if close is not None else min(len(text), link.end + _GROWTH_REACH)
    here = spans.inside(lo, hi)
    carried = 0
    if lo > 0 and not any(a.end <= link.start for a in here.sums):
        # "Your MoneyPlug loan of ₦50,000 don overdue. … If e reach Monday, you go owe
        # ₦200,000": the debt's sum stated in the sentence before, a debt word right by it.
        previous = spans.inside(
            _after_last(_GROWTH_BREAK, text, max(0, lo - _GROWTH_REACH), lo - 1), lo
        )
        carried = len(previous.sums)
        here = _Spans(
            previous.sums + here.sums,
            previous.owners + here.owners,
            previous.debts + here.debts,
            previous.others + here.others,
        )
    sums, debts, others = here.sums, here.debts, here.others
    if len(sums) < 2 or not debts:
        return None
    # A sum no word is near is the debt's if its sentence names the debt and nothing else.
    alone = not others
    debt_sums = [
        owner is True if j < carried else alone if owner is None else owner
        for j, owner in enumerate(here.owners)
    ]
    for i, grown in enumerate(sums):
        if grown.start < link.end:
            # A verb-final clause: "आपका ₹5,000 का कर्ज़ ₹20,000 हो जाएगा".
            if not (
                rule.verb_final
                and grown.end <= link.start
                and link.start - grown.end <= _LINK_AFTER
            ):
                continue
            earlier = range(i)
        else:
            between = [j for j in range(i) if sums[j].start >= link.end]
            if len(between) == 1 and grown.start - sums[between[0]].end <= _FROM_TO_GAP:
                # "will rise from ₹5,000 to ₹20,000".
                if sums[between[0]].start - link.end > _LINK_BEFORE:
                    continue
                earlier = range(between[0], i)
            elif not between:
                earlier = range(i)
            else:
                continue
        owned = [sums[j] for j in earlier if debt_sums[j] and (sums[j].marked or grown.marked)]
        if not owned:
            continue
        first = max(owned, key=lambda a: a.value)
        if first.value <= 0 or grown.value < rule.ratio * first.value:
            continue
        if any(first.end <= s and e <= grown.start for s, e in others):
            continue
        return min(first.start, link.start), max(grown.end, link.end)
    return None


def _owner(
    amount: Amount, debts: list[tuple[int, int]], others: list[tuple[int, int]]
) -> bool | None:
    """Whether the nearest debt or other word to ``amount`` is a debt word ("your **₹5,000
    loan**", not "your **$50 payment**"); None when neither is within
    :data:`_SUM_OWNER_REACH` characters of it."""
    nearest_debt = _nearest(debts, amount)
    nearest_other = _nearest(others, amount)
    closest = min(x for x in (nearest_debt, nearest_other, _SUM_OWNER_REACH + 1) if x is not None)
    if closest > _SUM_OWNER_REACH:
        return None
    return closest == nearest_debt and (nearest_other is None or nearest_debt < nearest_other)


def _nearest(spans: list[tuple[int, int]], amount: Amount) -> int | None:
    """How many characters lie between ``amount`` and the nearest of ``spans`` (sorted), or
    None if there are none: only the spans either side of where it would stand."""
    i = bisect_left(spans, (amount.start, amount.start))
    gaps = [max(s - amount.end, amount.start - e, 0) for s, e in spans[max(0, i - 1) : i + 1]]
    return min(gaps, default=None)


# The tags of an object pronoun standing for a person named before it (Near.refers_back),
# after and before its verb; how far before it that person may be named, and how near the
# verb it must be, in folded characters: "call them", "tatawagan namin sila", "unhe call
# karenge".
_PRONOUN_AFTER = ("r", 0)
_PRONOUN_BEFORE = ("r", 1)
_PRONOUN_TAGS = (_PRONOUN_AFTER, _PRONOUN_BEFORE)
_REFERENCE_REACH = 160
_PRONOUN_GAP = 12
_TO_US = re.compile(r"(?i)\s+(?:back\s+)?(?:to|ke|kepada|sa)\s+(?:us|me|kami|amin)\b")


def _referring(hits: list[Hit]) -> list[Hit]:
    """A pattern's far terms, and the pronouns among them that stand for one said before:
    "we won't text your family, we will call **them** tonight" (Near.refers_back)."""
    pronouns = [h for h in hits if h.tag in _PRONOUN_TAGS]
    if not pronouns:
        return hits
    named = [h for h in hits if h.tag not in _PRONOUN_TAGS]
    ends = sorted(h.folded_end for h in named)
    return named + [p for p in pronouns if ends and _named_before(ends, p.folded_start)]


def _named_before(ends: list[int], start: int) -> bool:
    """Whether a person ends (``ends``, sorted) before ``start`` and within reach of it."""
    i = bisect_right(ends, start)
    return i > 0 and start - ends[i - 1] <= _REFERENCE_REACH


# Below this many (near term, far term) pairs every pair is tried; above it, only the far
# terms whose folded start lies within reach (a text dense with both terms made this loop
# quadratic: 2,000 of each in a 10,000-character Chinese text took 0.6 s).
_WINDOW_MIN = 64


@dataclass(frozen=True, slots=True)
class _Window:
    """The far terms of one proximity pattern, indexed by folded start."""

    order: list[int]
    starts: list[int]
    longest: int

    @classmethod
    def of(cls, targets: list[Hit]) -> _Window:
        order = sorted(range(len(targets)), key=lambda i: targets[i].folded_start)
        return cls(
            order,
            [targets[i].folded_start for i in order],
            max(t.folded_end - t.folded_start for t in targets),
        )


def _near_candidates(a: Hit, targets: list[Hit], within: int, window: _Window | None) -> list[Hit]:
    """The far terms that may lie within ``within`` folded characters of ``a``, in their
    original order (the first pair that fits is the one reported)."""
    if window is None:
        return targets
    lo = bisect_left(window.starts, a.folded_start - within - window.longest)
    hi = bisect_right(window.starts, a.folded_end + within)
    return [targets[i] for i in sorted(window.order[lo:hi])]


def _object_before(between: str, objects: frozenset[str]) -> bool:
    """Whether a consented object stands in ``between`` (from a consent word to a finding) apart
    from the finding: "will visit you at your residence" is one consented visit, "as emergency
    contact …, so as emergency contact" a second object."""
    tail = len(between.rstrip())
    return any(o in between and tail - (between.index(o) + len(o)) > _OBJECT_JOIN for o in objects)


# How far a consented object may end before the finding it runs on into ("will visit **you**
# at your residence").
_OBJECT_JOIN = 5


def _consented(finding: str, objects: frozenset[str]) -> bool:
    """Whether ``finding`` (casefolded) is a consented object with little around it: room for
    a few words, or, when the object ends it, for an agent's name and ID ("petugas kami Sdr.
    Yusuf (ID KP-0931) akan datang"). "emergency contact so she will be told" stays a threat.
    """
    size = len(finding)
    return any(
        o in finding and (size <= len(o) + 24 or (finding.endswith(o) and size <= len(o) + 40))
        for o in objects
    )


def _negated(
    start: int,
    end: int,
    negators: list[Hit],
    stoppers: list[Hit],
    text: str,
    *,
    qualifiers: list[Hit],
    post: bool,
    coordinators: frozenset[str] = frozenset(),
    cues: _ListCues | None = None,
    verb_negators: frozenset[str] = frozenset(),
    consent_objects: frozenset[str] = frozenset(),
    consent_limits: re.Pattern[str] | None = None,
    before: bool = True,
    clause_openers: re.Pattern[str] | None = None,
) -> bool:
    """Whether a negator denies the finding at ``start:end`` (see :class:`Negation`);
    ``stoppers`` are the exception and breaker words that end a negator's reach, and
    ``qualifiers`` the qualifier words among them, sorted by start. With
    ``before`` false (a pair with a future auxiliary of its own), plain negators before the
    finding do not count; consent words and negators after it still do."""
    # Only negators near the finding can reach it (a denied list's head lies within a
    # negator's window, and the list runs on for at most _LIST_REACH characters): a long
    # hostile text with hundreds of negators must not cost every finding every negator.
    nearby = [
        n
        for n in negators
        if start - _LIST_REACH <= n.end <= start
        # A negator sharing its last word with the finding's first ("nobody go" in "nobody go
        # come your house"), unless the finding opens with a negator of its own ("tidak akan
        # lagi merahasiakan": a denied secrecy).
        or (n.start < start < n.end and not any(start <= m.start < end for m in negators))
        or end <= n.start <= end + _LIST_REACH
    ]
    if not nearby:
        return False
    qualified = _qualified(end, qualifiers, text, coordinators, cues)
    # A qualifier ends the reach only in the finding's own clause or list item: in "never
    # threaten you, call before 8am, or contact your family" it qualifies "call".
    reach_stoppers = [
        x
        for x in stoppers
        if x.tag[0] != "g"  # type: ignore[index]
        or (
            start - _LIST_REACH <= x.start
            and x.end <= start
            and not _CLAUSE_BREAK.search(text, x.end, start)
            # "no go humiliate you, call you before 8am or call your neighbours": the 8am
            # limits the calls to the borrower, an item of its own.
            and not _qualifies_earlier_item(text, x, start, coordinators, cues)
        )
    ]
    for neg in nearby:
        kind, within = cast("tuple[str, int]", neg.tag)
        if kind == "n" and not before:
            continue
        if kind == "q" and not _consented(text[start:end].casefold(), consent_objects):
            continue  # a consent word excuses the consented contact only, not what follows it
        if kind == "q" and consent_limits is not None:
            # "As per your request, our agent will visit your home at 11pm tonight and wait
            # on your porch": an hour or a condition no request makes lawful, anywhere in the
            # sentence ("At 2am tonight, as you requested, …").
            begin, stop = _sentence_around(text, min(neg.start, start), end)
            if consent_limits.search(text, begin, stop) is not None:
                continue
        if (
            kind == "q"
            and neg.end <= start
            and start - neg.end <= within
            # "As agreed on our call, your adviser will visit you at home": a consent
            # opens its sentence, over a comma, for the first consented object only ("you
            # named X as emergency contact, so as emergency contact …" is no consent).
            and not _sentence_break(text, neg.end, start)
            and not _object_before(text[neg.end : start].casefold(), consent_objects)
            and not any(neg.end <= x.start and x.end <= start for x in stoppers)
        ):
            return True
        if kind == "m":  # after the finding ("… कॉल नहीं करेंगे")
            if (
                post
                and end <= neg.start
                and neg.start - end <= within
                and _CLAUSE_BREAK.search(text, end, neg.start) is None
                # "… को कॉल करेंगे अगर आपने payment नहीं किया": a breaker starts another clause.
                and not any(end <= x.start and x.end <= neg.start for x in stoppers)
                # "… call nahi karenge jab tak Friday nahi aata": the qualifier is denied.
                and not _qualified(neg.end, qualifiers, text, coordinators)
            ):
                return True
            continue
        # A negator that shares its last word with the finding's first still comes before
        # it: "nobody go" in "nobody go come your house".
        if neg.start >= start or (neg.end > start and neg.end >= end):
            continue
        if qualified or _qualified_before(neg.start, qualifiers, text):
            # "we won't call your employer before Friday" denies "before Friday"; so does
            # "until Friday nobody will tell your parents".
            continue
        reach = start
        # A stopper that opens before the finding ends the reach even when the finding
        # starts inside it: "…, and go come your house" (pcm "and go", finding "go come …").
        if (
            start - neg.end > within
            or _clause_break(text, neg.end, start)
            or any(neg.end <= x.start < start for x in reach_stoppers)
        ):
            # Out of plain reach, but perhaps an item of a denied list: the negator then has
            # to reach the list's head only, and no word but a coordinator may end it.
            head_end = _list_head_end(text, neg.end, start, coordinators, cues)
            # A list with a single comma before the finding must be the object of a contact,
            # visit or shaming verb in its head ("never **call** your boss, friends or
            # family"): "don't play with us, your family and your boss will be told" has
            # none, and stays a threat.
            # An item that is ", or" and a verb with its object needs no such head: "we will
            # not pressure you, **or contact your employer**".
            if (
                head_end is not None
                and len(_LIST_COMMA.findall(text, neg.end, start)) == 1
                and not any(neg.start <= v < head_end for v in (cues.verbs if cues else ()))
                and text[neg.start : neg.end].casefold() not in verb_negators
                and not _or_verb_item(text, head_end + 1, start, coordinators, cues)
            ):
                head_end = None
            if head_end is None or head_end - neg.end > within:
                continue
            # A piece that opens with a subject of its own is a clause, not a denied item:
            # "…, or call your family, **and we** visit your home", Tagalog "…, **at
            # pupuntahan namin** kayo" (Negation.clause_openers).
            if clause_openers is not None:
                piece = max(
                    head_end, *(m.end() for m in _LIST_COMMA.finditer(text, head_end, start))
                )
                if clause_openers.match(text, piece) is not None:
                    continue
            if any(
                head_end <= x.start < start
                and neg.end <= x.start
                and text[x.start : x.end].casefold() not in coordinators
                for x in reach_stoppers
            ):
                continue
            reach = head_end
        if _clause_break(text, neg.end, reach):
            continue
        if any(neg.end <= x.start and x.end <= reach for x in reach_stoppers):
            continue
        return True
    return False


def _negated_auxiliary(
    start: int,
    end: int,
    negators: list[Hit],
    restart: re.Pattern[str] | None,
    text: str,
    *,
    qualifiers: list[Hit],
    coordinators: frozenset[str],
    cues: _ListCues | None = None,
) -> bool:
    """Whether the finding at ``start:end`` ends on a future auxiliary that a negator follows
    at once ("**our collectors will** never call your employer"), the negation not bent into
    a condition ("… will not come before Friday"). A qualifier of a first item that calls the
    borrower, with more items after it, limits those calls only: "our collectors will never
    call you after 9pm, visit your workplace, or message your contacts"."""
    if restart is None:
        return False
    space = _SPACES.match(text, end)
    after = space.end() if space is not None else end
    negator = next(
        (n for n in negators if n.start == after and n.tag[0] == "n"),  # type: ignore[index]
        None,
    )
    if negator is None or _auxiliary_ending(restart, text, start, end) is None:
        return False
    if cues is not None:
        qualifiers = [
            x
            for x in _qualifiers_after(qualifiers, negator.end)
            if not (
                _separator_follows(text, x.end, coordinators)
                and _borrower_item(text, negator.end, x, coordinators, cues)
            )
        ]
    return not _qualified(negator.end, qualifiers, text, coordinators)


def _qualifiers_after(qualifiers: list[Hit], end: int) -> list[Hit]:
    """The qualifiers (sorted by start) that :func:`_qualified` can reach from ``end``."""
    lo = bisect_left(qualifiers, end, key=_hit_start)
    hi = bisect_right(qualifiers, end + 3 * _QUALIFIER_WITHIN, key=_hit_start)
    return qualifiers[lo:hi]


def _separator_follows(text: str, end: int, coordinators: frozenset[str]) -> bool:
    """Whether a list separator comes after ``end`` before its clause or sentence ends."""
    stop = _CLAUSE_BREAK.search(text, end)
    limit = min(len(text), end + _QUALIFIER_WITHIN, stop.end() if stop else len(text))
    return any(_separator(sep, coordinators) for sep in _WORD.finditer(text, end, limit))


def _qualified(
    end: int,
    qualifiers: list[Hit],
    text: str,
    coordinators: frozenset[str],
    cues: _ListCues | None = None,
) -> bool:
    """Whether a negation qualifier ("before Friday", "more than once"; ``qualifiers`` are
    sorted by start) follows ``end`` within ``_QUALIFIER_WITHIN`` characters, in its clause
    or after the rest of a short list ("contact your family, friends or employer more than
    once a day"). A qualifier after a later item with a verb of its own (one of the
    ``cues``' verbs) whose object is the borrower qualifies that item: in "we won't shame
    you or call you at night" it is the calls that are limited, not the shaming."""
    first = bisect_left(qualifiers, end, key=_hit_start)
    for x in qualifiers[first:]:
        if x.start > end + 3 * _QUALIFIER_WITHIN:
            break
        if cues is not None and _later_item(text, end, x.start, coordinators, cues):
            continue
        gap = text[end : x.start]
        if len(gap) <= _QUALIFIER_WITHIN and not _CLAUSE_BREAK.search(gap):
            return True
        # "We would never tell your neighbours. Unless you keep ignoring us.": a qualifier of
        # three words or more (four Han characters) that opens the next sentence takes the
        # denial back as one in the sentence would.
        if (
            len(gap) <= _QUALIFIER_WITHIN
            and _NEXT_SENTENCE.fullmatch(gap) is not None
            and _long_qualifier(text[x.start : x.end])
        ):
            return True
        if _LIST_STOP.search(gap) is None and len(gap) <= 3 * _QUALIFIER_WITHIN:
            items = _LIST_COMMA.split(gap)
            words = [w for p in items[1:] for w in p.casefold().split() if w not in coordinators]
            if len(items) > 1 and all(len(p.split()) <= 4 for p in items) and len(words) <= 8:
                return True
    return False


@dataclass(frozen=True, slots=True)
class _ListCues:
    """What tells a denied list's items apart in one message: the sorted starts of its
    contact, visit and conduct verbs, the words that follow a verb as its object
    (Negation.objects: "your", "the"), and those that make the borrower its object
    (Negation.borrower_objects: "you", "Anda")."""

    verbs: list[int]
    objects: re.Pattern[str] | None
    borrower: re.Pattern[str] | None


_WORD = re.compile(r"[^\W\d_]+|[,、]")
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w'-]*)")


def _later_item(text: str, lo: int, hi: int, coordinators: frozenset[str], cues: _ListCues) -> bool:
    """Whether ``text[lo:hi]`` holds a list separator (a comma or a coordinator) and then an
    item that opens with one of the ``cues``' verbs whose object is the borrower ("or call
    you"): an item of its own, not more objects of the finding's verb ("friends or
    employer")."""
    if cues.borrower is None:
        return False
    return any(
        _verb_with_object(text, sep.end(), hi, cues.verbs, cues.borrower) is not None
        for sep in _WORD.finditer(text, lo, hi)
        if _separator(sep, coordinators)
    )


def _verb_with_object(
    text: str, pos: int, hi: int, verbs: Sequence[int], objects: re.Pattern[str]
) -> re.Match[str] | None:
    """The word at ``pos`` (spaces skipped) if it is one of the sorted ``verbs`` and one of
    ``objects`` follows it before ``hi``: "call **you**", "contact **your** family"."""
    word = _NEXT_WORD.match(text, pos, hi)
    if word is None or not _holds(verbs, word.start(1)):
        return None
    return word if objects.match(text, word.end(1), hi) is not None else None


def _holds(ordered: Sequence[int], value: int) -> bool:
    """Whether the sorted ``ordered`` holds ``value``."""
    i = bisect_left(ordered, value)
    return i < len(ordered) and ordered[i] == value


def _qualifies_earlier_item(
    text: str, qualifier: Hit, start: int, coordinators: frozenset[str], cues: _ListCues | None
) -> bool:
    """Whether a qualifier before a finding at ``start`` belongs to an earlier list item: a
    separator lies between them, and the qualifier's own item has a verb whose object is the
    borrower ("call you before 8am or call your neighbours")."""
    if cues is None or not any(
        _separator(sep, coordinators) for sep in _WORD.finditer(text, qualifier.end, start)
    ):
        return False
    return _borrower_item(text, max(0, start - _LIST_REACH), qualifier, coordinators, cues)


def _borrower_item(
    text: str, lo: int, qualifier: Hit, coordinators: frozenset[str], cues: _ListCues | None
) -> bool:
    """Whether the list item that holds ``qualifier`` (it starts after the last separator
    between ``lo`` and the qualifier) has a verb whose object is the borrower ("call you")."""
    if cues is None or cues.borrower is None:
        return False
    lo = max(lo, qualifier.start - _LIST_REACH)
    # A coordinator between two limits ("before 8am **or** after 8pm") joins the limits, not
    # two items.
    seps = [
        sep.end()
        for sep in _WORD.finditer(text, lo, qualifier.start)
        if _separator(sep, coordinators) and not _LIMIT_AHEAD.match(text, sep.end())
    ]
    item = seps[-1] if seps else lo
    # The verbs are sorted: the last verb of the item before the qualifier.
    verbs = cues.verbs
    last = bisect_left(verbs, qualifier.start) - 1
    if last < 0 or verbs[last] < item:
        return False
    return _verb_with_object(text, verbs[last], qualifier.start, verbs, cues.borrower) is not None


def _or_verb_item(
    text: str, pos: int, start: int, coordinators: frozenset[str], cues: _ListCues | None
) -> bool:
    """Whether the list piece at ``pos`` (right after a comma) opens with a coordinator and
    then one of the ``cues``' verbs with its object, at or before the finding at ``start``:
    "…, **or contact your** family", not a clause with a subject of its own ("…, or your
    employer will be told")."""
    if cues is None or not cues.verbs or cues.objects is None:
        return False
    opener = _COORDINATOR_WORD.match(text, pos)
    if opener is None or opener.group().strip().casefold() not in coordinators:
        return False
    verb = _verb_with_object(text, opener.end(), len(text), cues.verbs, cues.objects)
    return verb is not None and verb.start(1) <= start


# The coordinator that opens a list item: "…, **or** contact your family".
_COORDINATOR_WORD = re.compile(r"\s*[^\W\d_]+")
# The start of a clock or time limit right after a coordinator: "or after 8pm", "atau setelah".
_LIMIT_AHEAD = re.compile(
    r"(?i)\s*(?:before|after|past|until|till|sebelum|setelah|sesudah|lewat|bago|pagkatapos)\b"
)


def _separator(sep: re.Match[str], coordinators: frozenset[str]) -> bool:
    """Whether a ``_WORD`` match is a list separator: a comma or a coordinator."""
    return sep.group() in ",、" or sep.group().casefold() in coordinators


# The rest of a sentence with no clause break, its end, and the spaces after it.
_NEXT_SENTENCE = re.compile(r"[^.!?;:,\n。！？；：，।—–]*[.!?。！？।]+[\s\"'”’」』)]*")


def _long_qualifier(words: str) -> bool:
    """Whether a qualifier is a phrase of three words or more, or four Han characters."""
    return len(words.split()) >= 3 or len(_CJK_CHAR.findall(words)) >= 4


def _hit_start(hit: Hit) -> int:
    return hit.start


def _hit_end(hit: Hit) -> int:
    return hit.end


def _uncancelled(hits: list[Hit], cancellers: list[Hit], text: str) -> list[Hit]:
    """``hits`` (negators, reassurances) less those a canceller just before them, or holding
    them, turns back into a threat: within 15 characters, 45 for a negator after its verb,
    in one sentence."""
    if not cancellers:
        return list(hits)
    # Only cancellers that start within reach (and the longest canceller) before a hit can
    # cancel it: a hostile text of a thousand negators and cancellers tries a few of each.
    ordered = sorted(cancellers, key=_hit_start)
    longest = max(c.end - c.start for c in ordered)

    def cancelled(h: Hit) -> bool:
        reach = 45 if h.tag[0] == "m" else 15  # type: ignore[index]
        lo = bisect_left(ordered, h.start - reach - longest, key=_hit_start)
        hi = bisect_right(ordered, h.start, key=_hit_start)
        return any(
            h.start - c.end <= reach
            and not _SENTENCE_BREAK.search(text, c.end, max(c.end, h.start))
            for c in ordered[lo:hi]
        )

    return [h for h in hits if not cancelled(h)]


def _drop_reassured(
    findings: list[Finding],
    reassurances: list[Hit],
    text: str,
    conditional: list[Hit],
    coordinators: frozenset[str],
    *,
    negators: list[Hit],
    stoppers: list[Hit],
    impostors: list[Hit],
    taken_back: _TakenBack,
    joins: frozenset[str],
    mercies: list[Hit],
) -> list[Finding]:
    """``findings`` without those a reassurance denies (Negation.reassurances), with the next
    item of a short list ("you will not be arrested **or** jailed") and a shorter finding
    inside a denied one (不会影响**子女上学**); ``conditional`` holds the qualifier and
    condition words, sorted by start. A contrast and a future auxiliary later in the
    finding's sentence take the reassurance back: "one missed payment won't send you to jail,
    **but** two **will**"."""
    ordered = sorted(reassurances, key=lambda r: r.start)
    starts = [r.start for r in ordered]
    kept: list[Finding] = []
    previous: Finding | None = None  # the last finding denied
    ordered_findings = sorted(findings, key=lambda f: f.start)
    for i, f in enumerate(ordered_findings):
        if f.category not in _REASSURABLE:
            kept.append(f)
            continue
        # The next reassurable finding after this one: what a middle list item joins to.
        following = next(
            (
                ordered_findings[j]
                for j in range(i + 1, len(ordered_findings))
                if ordered_findings[j].start >= f.end
                and ordered_findings[j].category in _REASSURABLE
            ),
            None,
        )
        if previous is not None and previous.start <= f.start and f.end <= previous.end:
            continue
        if _kept_as_threat(f, taken_back, mercies, text):
            kept.append(f)
            continue
        # Only reassurances that start near the finding can touch it (a hostile text holds
        # hundreds of them).
        lo = bisect_left(starts, f.start - _REASSURANCE_REACH)
        hi = bisect_right(starts, f.end + 2)
        if (
            _reassured(
                f,
                ordered[lo:hi],
                text,
                conditional,
                coordinators,
                negators=negators,
                stoppers=stoppers,
                impostors=impostors,
            )
            or _middle_item(f, previous, following, text, coordinators=coordinators, joins=joins)
            or (
                previous is not None
                and 0 <= f.start - previous.end <= _LIST_GAP_REACH
                # The gap from the end of the denied word ("arrest*" ends inside "arrested").
                and _list_gap(
                    _WORD_TAIL.sub("", text[previous.end : f.start], count=1), coordinators, joins
                )
                and not _qualified(f.end, conditional, text, coordinators)
            )
        ):
            previous = f
            continue
        kept.append(f)
    return kept


def _a_not_a(hit: Hit, text: str) -> bool:
    """Whether a negator is the middle of a Chinese A-not-A question (会不会, 有没有, 能不能)
    that the next sentence answers yes by echoing A: "您问我们会不会告诉您父母？答：如果今天还
    不上，会的。" asks and affirms, so the 不 denies nothing. A question answered no ("不会因此被
    拘留") or not answered keeps its negator."""
    s = hit.start
    if not (
        0 < s < len(text) - 1
        and text[s] in _A_NOT_A_NEGATORS
        and text[s - 1] == text[s + 1]
        and "\u3400" <= text[s - 1] <= "\u9fff"
    ):
        return False
    asked = _A_NOT_A_END.search(text, s, s + _A_NOT_A_REACH)
    if asked is None:
        return False
    answer = _A_NOT_A_ANSWER.match(text, asked.end())
    if answer is None:
        return False
    said = answer.group(1)
    echo = text[s - 1]
    return (
        re.search(f"{echo}[的啊呀了]?[，,。.！!；;]|{echo}[的啊呀了]?$", said) is not None
        and re.search(f"[不没沒]{echo}", said) is None
    )


# The negators of Chinese A-not-A questions (会不会, 有没有, 有沒有).
_A_NOT_A_NEGATORS = frozenset("不没沒")
# How far after its negator an A-not-A question may end, and the end: a question mark or a
# closing quote.
_A_NOT_A_REACH = 60
_A_NOT_A_END = re.compile(r"[?？]+[”」』\"]?|[”」』\"]")
# The answer: an optional label ("答：") and at most this much of its sentence.
_A_NOT_A_ANSWER = re.compile(r"\s*(?:答复?|回答|回复)?[：:]?\s*([^。！!？?\n]{0,30}[。！!]?)")


def _answered_no(
    end: int,
    answers: dict[int, int],
    text: str,
    restart: re.Pattern[str] | None,
    reported_question: re.Pattern[str] | None,
    *,
    readers_own: re.Pattern[str] | None,
    answer_label: re.Pattern[str],
) -> bool:
    """Whether the finding ending at ``end`` stands in a question that a brief denial
    answers at once (Negation.answers): "Will I be arrested? No.", "T: Makukulong ba ako? S:
    Hindi.", "问：会被抓吗？答：不会。" (``answers`` maps each answer's start to its end). The
    borrower asks it: a question about the reader's own people or things ("Should we tell
    **your** wife? No. Then pay.") is the collector's. A denial
    that runs on into another question ("No?") or ends its sentence on a future auxiliary
    ("No, you will.") answers nothing."""
    stop: re.Match[str] | None = _SENTENCE_BREAK.search(text, end)
    # 你問「冇還錢會唔會坐監」——唔會: a question quoted, the answer after its closing quote.
    quoted = next(
        (
            q
            for q in _QUOTED_QUESTION.finditer(
                text, max(0, end - _QUESTION_REACH), end + _QUESTION_REACH
            )
            if q.start() < end <= q.end()
        ),
        None,
    )
    reported = False
    if quoted is not None and (stop is None or quoted.end() <= stop.end()):
        asked, stop = (quoted.start(), quoted.end()), quoted
    elif stop is None:
        return False
    else:
        asked = (_question_start(text, stop.start()), stop.start())
        # "Uliuliza kama utafungwa jela. Jibu: Hapana.": a question reported, not asked.
        reported = (
            reported_question is not None
            and reported_question.search(text, asked[0], end) is not None
        )
        if stop.group() not in "?？" and not reported:
            return False
    start = answer_label.match(text, stop.end()).end()  # type: ignore[union-attr]
    # A reported question is the borrower's in the lender's words: "you asked whether we
    # would call **your** boss" names the borrower's own people as a report must.
    if not reported and readers_own is not None and readers_own.search(text, *asked) is not None:
        return False
    answer_end = answers.get(start)
    if answer_end is None or _ANSWER_END.match(text, answer_end) is None:
        return False
    close = _SENTENCE_BREAK.search(text, answer_end)
    last = close.start() if close is not None else len(text)
    if close is not None and close.group() in "?？":
        return False
    # The answer's sentence and the next must not end on a future auxiliary: "No, you will.",
    # "No. They will."
    nxt = _SENTENCE_BREAK.search(text, close.end()) if close is not None else None
    return restart is None or all(
        _auxiliary_ending(restart, text, answer_end, _trimmed(text, answer_end, sentence_end))
        is None
        for sentence_end in (last, nxt.start() if nxt is not None else len(text))
    )


def _question_start(text: str, stop: int) -> int:
    """Where the question ending at ``stop`` starts: after the previous sentence break, colon
    or opening quote ("Swali lako: \"Je, nitafungwa jela?\"": the label is not the question)."""
    last = 0
    for m in _QUESTION_OPENER.finditer(text, max(0, stop - _QUESTION_REACH), stop):
        last = m.end()
    return max(last, stop - _QUESTION_REACH)


# A quoted question starts at its opening quote: in 'Anda bertanya, "Apakah atasan saya …?"'
# the reporting words ("Anda", you) are not the question's.
_QUESTION_OPENER = re.compile(r"[.!?;:\n。！？；：।\"“「『]")


# How far after an authorised finding its limit may come ("… Siya lang ang kakausapin").
_LIMIT_REACH = 120


# A quoted question: its closing quote right after a question mark or a Chinese question
# particle, and the dashes or colon that lead to the answer.
_QUOTED_QUESTION = re.compile(
    r"[\"“「『‘](?=[^\"”」』’\n]{0,200}?(?:[?？吗嗎呢咩]|会不会|會不會|会唔会|會唔會|有没有|有冇))"
    r"[^\"”」』’\n]{1,200}[\"”」』’]\s*(?:[—–-]+|[:：])?"
)
# How far back a question is read for the reader's own people or things.
_QUESTION_REACH = 200
# Categories a denied question can hold: the law stated as an answer.
_ANSWERABLE = NEGATABLE | _REASSURABLE
# A brief answer ends at once, or after one short word ("Hapana maze.", "Hindi po,").
_ANSWER_END = re.compile(r"\s*(?:[^\W\d_]{1,6}\s*)?(?:[.,!。，！、;；।—\n]|$)")


def _middle_item(
    f: Finding,
    previous: Finding | None,
    following: Finding | None,
    text: str,
    *,
    coordinators: frozenset[str],
    joins: frozenset[str],
) -> bool:
    """Whether ``f`` is the middle item of a denied list, after a comma: "no one will
    threaten police action, **FIR** or arrest" (``previous`` the last finding denied,
    ``following`` the next one, joined to ``f`` by a lone coordinator)."""
    if previous is None or following is None:
        return False
    if not 0 <= f.start - previous.end <= _LIST_GAP_REACH:
        return False
    before, comma, after = _WORD_TAIL.sub("", text[previous.end : f.start], count=1).partition(",")
    return (
        bool(comma)
        and not after.strip()
        and len(before.split()) <= 2
        and _CLAUSE_BREAK.search(before) is None
        and 0 <= following.start - f.end <= _LIST_GAP_REACH
        and _list_gap(
            _WORD_TAIL.sub("", text[f.end : following.start], count=1), coordinators, joins
        )
        and bool(" ".join(text[f.end : following.start].split()))
    )


def _kept_as_threat(
    finding: Finding, taken_back: _TakenBack, mercies: list[Hit], text: str
) -> bool:
    """Whether a denial of ``finding`` is withdrawn: a contrast takes it back ("…, but our
    agents will") or a mercy before or right after it makes it a promise to a payer only
    ("If you pay today, …", "… if you pay today")."""
    return (
        taken_back(finding.end)
        or _merciful(finding.start, mercies, text)
        or _merciful_after(finding.end, mercies, text)
    )


def _authorised(
    finding: Finding, authorisations: list[Hit], text: str, limits: re.Pattern[str] | None
) -> bool:
    """Whether a written authorisation (Negation.authorisations) licenses the third-party
    contact ``finding``: earlier in its sentence, within _CONSENT_WITHIN, with a limit to a
    purpose (Grammar.limits) soon after ("… hanya utk konfirmasi jadwal", "仅限转达"). A
    limit before the finding must be in its clause: in "lets us contact references for
    location only, so we've told your sister" it limits the contact allowed, not the telling
    done."""
    if limits is None:
        return False
    return any(
        a.end <= finding.start
        and finding.start - a.end <= _CONSENT_WITHIN
        and not _sentence_break(text, a.end, finding.start)
        and any(
            m.start() >= finding.start or _CLAUSE_BREAK.search(text, m.end(), finding.start) is None
            for m in limits.finditer(text, a.end, finding.end + _LIMIT_REACH)
        )
        for a in authorisations
    )


def _names_debt(finding: Finding, text: str, debts: re.Pattern[str] | None) -> bool:
    """Whether the sentence of ``finding``, from the finding on, names the borrower's debt: a
    debt word (Grammar.debts) or a sum of money."""
    end = finding.end + _LIMIT_REACH
    for stop in _SENTENCE_BREAK.finditer(text, finding.end, end):
        if _ends_something(stop, text):  # not a title's full stop ("Sdr. Rudi")
            end = stop.start()
            break
    return _MONEY.search(text, finding.start, end) is not None or (
        debts is not None and debts.search(text, finding.start, end) is not None
    )


# A sum of money: a currency sign or code next to digits ("$1,240", "N132,000", "Rp 850rb",
# "KES 5,200", "₱4,500"), or digits before a currency word (2,150元, "500 rupees").
_MONEY = re.compile(
    r"(?i)(?:[$£€₹₱₦¥]|\b(?:rs|inr|kes|ksh|ngn|php|rp|idr|usd|gbp|n|p)\.?)\s?\d"
    r"|\d[\d,.]*\s?(?:元|块|rupees|naira|shillings|pesos)"
)


def _merciful(start: int, mercies: list[Hit], text: str) -> bool:
    """Whether a mercy ("if you pay today", Negation.mercies) ends before ``start`` in its
    sentence, within _MERCY_REACH: what follows is promised only to a payer. ``mercies`` are
    sorted by end."""
    lo = bisect_left(mercies, start - _MERCY_REACH, key=_hit_end)
    hi = bisect_right(mercies, start, key=_hit_end)
    return any(not _sentence_break(text, m.end, start) for m in mercies[lo:hi])


def _merciful_after(end: int, mercies: list[Hit], text: str) -> bool:
    """Whether a mercy follows ``end`` in its clause (or right after one comma), within
    _MERCY_AFTER: "We won't call your boss if you pay today", 我们不会联系您的单位，只要您今天还款
    promise the denial to a payer only. A mercy that ends in a coordinator ("pay today and")
    opens what follows it and counts only before."""
    for m in mercies:
        if m.start < end or m.start - end > _MERCY_AFTER:
            continue
        words = text[m.start : m.end].split()
        if words and words[-1].casefold() in _MERCY_JOINS:
            continue
        gap = text[end : m.start]
        if not _CLAUSE_BREAK.search(gap) or gap.strip() in (",", "，", "、"):
            return True
    return False


# How far after a mercy its condition still governs a finding, in characters.
_MERCY_REACH = 80
# How far after a finding a mercy may start and still govern it.
_MERCY_AFTER = 40
# The last words of mercies that open a clause ("pay today and", "bayar hari ini dan", "lipa
# leo na") rather than close one.
_MERCY_JOINS = frozenset({"and", "dan", "na"})


class _TakenBack:
    """Whether a contrast after a finding, in its sentence, leads to a future auxiliary that
    ends the sentence, the reassured or negated words left out ("…, but missing two will",
    "…, but our agents will"); "but late fees will apply" takes nothing back.

    Built once per message: the sentence ends are found in one pass and each finding looks
    only at the last few characters of its sentence, since a hostile text holds hundreds of
    findings and contrasts in one long sentence."""

    __slots__ = ("_contrasts", "_ends", "_restart", "_text")

    def __init__(self, text: str, contrasts: list[Hit], restart: re.Pattern[str] | None) -> None:
        self._text = text
        self._contrasts = contrasts if restart is not None else []
        self._restart = restart
        self._ends: list[int] | None = None

    def __call__(self, end: int) -> bool:
        if not self._contrasts or self._restart is None:
            return False
        text = self._text
        if self._ends is None:
            self._ends = [
                m.start() for m in _SENTENCE_BREAK.finditer(text) if _ends_something(m, text)
            ]
        i = bisect_left(self._ends, end)
        stop = self._ends[i] if i < len(self._ends) else len(text)
        auxiliary = _auxiliary_ending(self._restart, text, end, _trimmed(text, end, stop))
        return auxiliary is not None and any(
            end <= c.start and c.end <= auxiliary for c in self._contrasts
        )


# The longest future auxiliary a pack may hold, in characters ("is going to", 将会).
_AUXILIARY_REACH = 24


def _auxiliary_ending(restart: re.Pattern[str], text: str, lo: int, stop: int) -> int | None:
    """Where a future auxiliary (Negation.restarters) that ends exactly at ``stop`` starts, not
    before ``lo``: "…, but missing two **will**", "our collectors **will**"."""
    return next(
        (
            m.start()
            for m in restart.finditer(text, max(lo, stop - _AUXILIARY_REACH), stop)
            if m.end() == stop
        ),
        None,
    )


def _trimmed(text: str, lo: int, stop: int) -> int:
    """``stop`` moved back over the spaces before it, not past ``lo``."""
    while stop > lo and text[stop - 1].isspace():
        stop -= 1
    return stop


# How far the next item of a reassured list may start after the last one ends: "arrest" ends
# inside "arrested", and "…ed or be sent to " comes before "prison".
_LIST_GAP_REACH = 20


def _list_gap(gap: str, coordinators: frozenset[str], joins: frozenset[str]) -> bool:
    """Whether ``gap`` joins two findings of one denied phrase: nothing but spaces ("tidak
    akan ditangkap polisi", arrested by the police), a lone coordinator of a short list
    ("arrested or jailed"), or a coordinator with a link word of the pack ("arrested or go
    to prison", Negation.list_links); "or we will jail you" is no such gap."""
    words = " ".join(gap.split()).casefold()
    return not words or words in coordinators or words in joins


def _reassured(
    finding: Finding,
    reassurances: list[Hit],
    text: str,
    qualifiers: list[Hit],
    coordinators: frozenset[str],
    *,
    negators: list[Hit],
    stoppers: list[Hit],
    impostors: list[Hit],
) -> bool:
    """Whether a reassurance ends at most two spaces before ``finding`` or holds its start
    (or, for a post-reassurance, starts at most two spaces after it), written plainly, and no
    qualifier bends it into a condition. A describer ("threaten you with") counts only after a
    negator in its clause ("we never threaten you with arrest") or an impostor marker in its
    sentence (``impostors``: "scammers posing as police and threatening arrest")."""
    for r in reassurances:
        if r.tag[1] == 1:  # type: ignore[index]
            # After the finding (Negation.post_reassurances): "गिरफ्तार नहीं किया जाएगा".
            if (
                finding.end <= r.start
                and r.start - finding.end <= 2
                and not text[finding.end : r.start].strip()
                and not _qualified(r.end, qualifiers, text, coordinators)
            ):
                return True
            continue
        # A reassurance may also hold the start of the finding: "hakuna kukamatwa", "nobody
        # dey go" before "go jail" (the pack names the denied words with their negator). One
        # that starts where the finding does ("police no go" before "wait again") says
        # nothing of what follows it.
        reaches_in = r.start < finding.start < r.end
        if reaches_in or (r.end <= finding.start and finding.start - r.end <= 2):
            # A rights statement is written plainly: "n.o.t b.e a.r.r.e.s.t.e.d" (found in the
            # squeezed view) is an evasion, and its condition ("i.f") may be too short to find.
            # Quotation marks may stand between ("请勿相信任何以“抓人”为名的催收").
            gap = "" if reaches_in else text[r.end : finding.start].strip().strip(_QUOTES)
            if gap or not _PLAIN.fullmatch(text, r.start, r.end):
                continue
            if r.tag[1] == 2 and not (  # type: ignore[index]
                _describer_denied(r.start, negators, stoppers, text, coordinators)
                # "Fake collectors posing as NBI/PNP and **threatening** arrest".
                or any(
                    m.end <= r.start
                    and r.start - m.end <= _IMPOSTOR_DESCRIBED_WITHIN
                    and _ATTRIBUTION_BREAK.search(text, m.end, r.start) is None
                    for m in impostors
                )
            ):
                continue
            qualified = _qualified(finding.end, qualifiers, text, coordinators)
            return not (qualified or _qualified_before(r.start, qualifiers, text))
    return False


def _describer_denied(
    start: int,
    negators: list[Hit],
    stoppers: list[Hit],
    text: str,
    coordinators: frozenset[str],
) -> bool:
    """Whether a negator governs the describer at ``start`` ("threaten you with"): in its
    clause within _DESCRIBED_WITHIN ("we never threaten you with"), or as a later item of a
    denied list whose head it reaches ("we will never send bailiffs to your home,
    **threaten you with** arrest, or tell your employer"), with no breaker or exception
    word opening the describer's item ("we never forget, **we will** threaten you with")."""
    before = [n for n in negators if n.end <= start and start - n.end <= _LIST_REACH]
    if not before:
        return False
    if any(
        start - n.end <= _DESCRIBED_WITHIN and not _clause_break(text, n.end, start) for n in before
    ):
        return True
    # Only the nearest negator can head the list the describer is an item of.
    nearest = max(before, key=lambda n: n.end)
    head_end = _list_head_end(text, nearest.end, start, coordinators)
    return (
        head_end is not None
        and head_end - nearest.end <= _DESCRIBED_WITHIN
        and not _clause_break(text, nearest.end, head_end)
        and not any(
            head_end <= x.start
            and x.end <= start
            and text[x.start : x.end].casefold() not in coordinators
            for x in stoppers
        )
    )


def _qualified_before(start: int, qualifiers: list[Hit], text: str) -> bool:
    """Whether a negation qualifier ends at most ``_QUALIFIER_WITHIN`` characters before a
    negator at ``start``, in its clause: "until Friday nobody will tell your parents",
    月底之前我们绝不联系你的家人 (``qualifiers`` are sorted by start)."""
    for i in range(bisect_left(qualifiers, start, key=_hit_start) - 1, -1, -1):
        x = qualifiers[i]
        if x.end <= start:
            if start - x.end > _QUALIFIER_WITHIN:
                return False
            if not _CLAUSE_BREAK.search(text, x.end, start):
                return True
    return False


# Titles and initials abbreviated with a full stop, which ends no clause ("Anda mencantumkan
# Sdr. Fajar sebagai kontak darurat", "you named Mr. Lawal as guarantor", "Mr S. Nair").
_TITLE_BEFORE_DOT = re.compile(
    r"(?:^|\W)(?:Sdr|Sdri|Bpk|Bp|Mr|Mrs|Ms|Dr|Bw|Bi|Jl|St|Prof|Atty|Engr|No|Nos|Sh|Smt|Shri|Gng|Ny|Tn|[A-Z])$"
)


def _sentence_break(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence ends somewhere in ``text[lo:hi]`` (a title's full stop ends none:
    "as you requested, our officer Mr. Ade (Staff No. 118) will meet you at your shop")."""
    return _break_in(_SENTENCE_BREAK, text, lo, hi)


def _clause_break(text: str, lo: int, hi: int) -> bool:
    """Whether a clause ends somewhere in ``text[lo:hi]``."""
    return _break_in(_CLAUSE_BREAK, text, lo, hi)


def _break_in(breaks: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    return any(_ends_something(m, text) for m in breaks.finditer(text, lo, hi))


def _ends_something(m: re.Match[str], text: str) -> bool:
    """Whether the break ``m`` ends a sentence or clause: a title's full stop ends none."""
    return (
        m.group() != "." or _TITLE_BEFORE_DOT.search(text, max(0, m.start() - 6), m.start()) is None
    )


# Commas that may separate list items, and the breaks that no list reaches over. Chinese
# separates list items with 、 and clauses with ，.
_LIST_COMMA = re.compile(r"[,、]")
_LIST_STOP = re.compile(r"[.!?;:\n。！？；：।，—–]")


# What follows a verb that is an item of a list: "you" and then a comma or a coordinator.
_LIST_ITEM_END = re.compile(r"(?:\s+you\b)?\s*(?:([,、])|([^\W\d_]+))")


def _listed_exceptions(
    around: list[Hit], text: str, coordinators: frozenset[str]
) -> frozenset[tuple[int, int]]:
    """The spans of exception words that are items of a denied list of conduct, not
    exceptions.

    Pidgin "we no go shame to come your house" (we won't be ashamed to come) makes "shame" an
    exception; in "we will not abuse, threaten or shame you" it is one of the list verbs
    (Negation.list_verbs) the negator denies. An exception inside a list-verb hit that a comma
    or a coordinator follows (after an optional "you") is such an item."""
    verbs = sorted(
        (h for h in around if h.tag[0] == "h"),  # type: ignore[index]
        key=_hit_start,
    )
    if not verbs:
        return frozenset()
    starts = [v.start for v in verbs]
    listed = set()
    for x in around:
        if x.tag[0] != "x":  # type: ignore[index]
            continue
        # Only verbs that start at most a term's length before the exception can hold it.
        i = bisect_right(starts, x.start) - 1
        while i >= 0 and x.start - starts[i] <= _TERM_REACH:
            v = verbs[i]
            if x.end <= v.end:
                follow = _LIST_ITEM_END.match(text, v.end)
                if follow is not None and (
                    follow.group(1) or (follow.group(2) or "").casefold() in coordinators
                ):
                    listed.add((x.start, x.end))
                    break
            i -= 1
    return frozenset(listed)


# The longest reach from a list verb's start to an exception inside it, in characters.
_TERM_REACH = 40


def _opener_regex(openers: Iterable[str]) -> re.Pattern[str] | None:
    """The clause openers as one case-insensitive regex matched at a piece's start; "_" in
    an opener stands for any one word (the verb before a Tagalog agent: "at _ namin")."""
    alternatives = sorted(
        {
            r"\s+".join(r"[^\s,]+" if w == "_" else re.escape(w) for w in o.casefold().split())
            for o in openers
        },
        key=len,
        reverse=True,
    )
    if not alternatives:
        return None
    return re.compile(r"\s*(?:" + "|".join(alternatives) + r")(?![\w'])", re.IGNORECASE)


@lru_cache(maxsize=16)
def _han_coordinators(coordinators: frozenset[str]) -> tuple[str, ...]:
    """The coordinators that open with a Han character (或, 和), read without spaces."""
    return tuple(co for co in coordinators if _CJK_CHAR.match(co))


def _list_head_end(
    text: str, lo: int, hi: int, coordinators: frozenset[str], cues: _ListCues | None = None
) -> int | None:
    """Where the head of a list ends, if ``text[lo:hi]`` runs from a negator into one.

    "never contact ⟨your family⟩, friends, or ⟨employer⟩", "will never ⟨post your
    details⟩, ⟨shame you⟩ in public, or message your contacts": after the head come pieces
    separated by commas, up to one whose first six words hold a coordinator, at or after the
    finding's own piece (a clause may follow it: "…, co-workers or phonebook contacts, and
    you may file a complaint"). The coordinator may sit in the finding's own piece only
    after a middle item ("family, friends, **or** employer"); with a single comma before the
    finding it must come after an item ("your boss, friends **or** family"), so that
    "don't ignore us, or your employer will know" and "don't play with us, your family and
    boss will know" are no lists. A single comma right before the finding, with the
    coordinator later in the finding's own piece ("call your family, ⟨your oga⟩ for work or
    anybody"), is a list too; the caller checks that such a head holds a contact verb.
    """
    if not coordinators:
        return None
    gap = text[lo:hi]
    if _LIST_STOP.search(gap) is not None:
        return None
    head, *items = _LIST_COMMA.split(gap)
    if not items:
        return None
    head_end = lo + len(head)
    if len(items) == 1:
        words = items[0].casefold().split()
        joins = [i for i, word in enumerate(words) if word in coordinators]
        if joins and joins[0] > 0 and len(words) <= 6:
            return head_end
        # "will not call you, **or contact your family**": the coordinator opens an item
        # that is a verb and its object, not a clause with a subject of its own ("…, or your
        # employer will be told").
        if (
            joins[:1] == [0]
            and len(words) <= 3
            and _or_verb_item(text, head_end + 1, hi, coordinators, cues)
        ):
            return head_end
    # A list runs on for at most _LIST_REACH characters: a longer run of commas (a hostile
    # text) made this split, and the loop over its pieces, quadratic over a text's findings.
    stop = _LIST_STOP.search(text, hi, hi + _LIST_REACH)
    own, *after = _LIST_COMMA.split(text[hi : stop.start() if stop else hi + _LIST_REACH])
    pieces = [*items[:-1], items[-1] + own, *after]
    first = len(items) - 1 if len(items) > 1 else len(items)
    for k in range(first, len(pieces)):
        piece = pieces[k].casefold()
        words = piece.split()
        if any(word in coordinators for word in words[:6]) or any(
            # Chinese writes no spaces: "家人、单位领导、同事**或**通讯录好友".
            co in piece[:6]
            for co in _han_coordinators(coordinators)
        ):
            if len(words) <= 12 and all(1 <= len(p.split()) <= 8 for p in pieces[:k]):
                return head_end
            break
    if len(items) == 1 and not items[0].strip():
        words = own.casefold().split()
        if len(words) <= 16 and any(word in coordinators for word in words[1:6]):
            return head_end
    return None


def _denied_between(start: int, end: int, negators: list[Hit], exceptions: list[Hit]) -> bool:
    """Whether a negator lies between two proximity terms (``start:end`` is the gap), with
    no exception word after it ("can't call" denies; "can't wait to call" does not). Both
    lists are sorted by start."""
    for neg in negators[bisect_left(negators, start, key=_hit_start) :]:
        if neg.start > end:
            break
        if neg.end <= end and not any(
            x.end <= end
            for x in exceptions[
                bisect_left(exceptions, neg.end, key=_hit_start) : bisect_right(
                    exceptions, end, key=_hit_start
                )
            ]
        ):
            return True
    return False


# Split on whitespace, then strip punctuation: ``\w`` would cut Devanagari words at their
# vowel signs, which are marks, not letters.
_PUNCTUATION = "".join(chr(c) for c in range(0x3000) if unicodedata.category(chr(c))[0] == "P")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _only_glue(gap: str, glue: frozenset[str]) -> bool:
    """Whether ``gap`` holds nothing but glue words (CJK: glue characters) and punctuation."""
    # "taga-NBI": a hyphenated prefix is two words.
    for word in gap.casefold().replace("-", " ").split():
        token = word.strip(_PUNCTUATION + "、，。：；！？（）【】“”‘’")
        if not token or token in glue:
            continue
        if _CJK_CHAR.search(token) is None or any(ch not in glue for ch in token):
            return False
    return True


def _drop_attributed(
    findings: list[Finding],
    markers: list[Hit],
    words: list[Hit],
    *,
    stoppers: list[Hit],
    glue: frozenset[str],
    text: str,
    coordinators: frozenset[str] = frozenset(),
    negators: list[Hit] | None = None,
    subject_words: frozenset[str] = frozenset(),
    confirmations: list[Hit] | None = None,
    advice: _Advice | None = None,
    overdue: list[Hit] | None = None,
    addressed: re.Pattern[str] | None = None,
    pretexts: re.Pattern[str] | None = None,
) -> list[Finding]:
    """The findings less those an impostor marker puts in someone else's mouth, or a
    disavowal disowns (see :class:`dunning_sms._phrases.Impostor`): an anti-fraud warning,
    not a threat."""
    # Every marker, before any is set aside below: report advice reads the warnings.
    warnings = markers
    # "This is us threatening to report you", "Kami yang mengancam": a marker the collector
    # speaks of itself attributes nothing, unless a negator ends between them ("we never
    # call claiming to be police").
    speakers = [x for x in stoppers if x.tag[0] == "s"]  # type: ignore[index]
    stoppers = [x for x in stoppers if x.tag[0] != "s"]  # type: ignore[index]
    if speakers:
        markers = [
            m
            for m in markers
            if m.tag[0] not in ("i", "v", "r")  # type: ignore[index]
            or not any(
                s.end <= m.start
                and m.start - s.end <= 12
                and not _CLAUSE_BREAK.search(text, s.end, m.start)
                # "hindi **kami** nagpapanggap": the speaker may sit inside the negator.
                and not any(s.start < n.end <= m.start for n in negators or ())
                for s in speakers
            )
        ]
    # Insults made of an impostor word ("fraudsters", "tapeli"). Right after a marker
    # ("beware of scammers", "mag-ingat sa mga manloloko") such a word names the impostor as
    # directly as an official title does.
    naming = [
        f
        for f in findings
        if f.category == "insult_or_obscene"
        and any(f.start <= w.start and w.end <= f.end for w in words)
        # "a scammer like you" names the reader, not an impostor.
        and _SECOND_PERSON.search(text, f.start, f.end) is None
    ]
    official = [f for f in findings if f.category in ATTRIBUTABLE] + naming
    # Membership by value, as a list's, looked up by span: hundreds of findings made the
    # list's scan quadratic (a Finding holds a dict, so it does not hash).
    naming_by_span: dict[tuple[str, int, int], list[Finding]] = {}
    for f in naming:
        naming_by_span.setdefault((f.rule, f.start, f.end), []).append(f)

    def is_naming(f: Finding) -> bool:
        return any(g == f for g in naming_by_span.get((f.rule, f.start, f.end), ()))

    impostors = _ImpostorWords(words)
    # A warning word ("beware of") attributes only in a sentence that names the impostor or
    # holds a marker of its own: "watch out for the sheriff deputies on their way to arrest
    # you" is a threat.
    markers = [
        m
        for m in markers
        if m.tag[0] != "v"  # type: ignore[index]
        or impostors.name_one_near(m, text)
        or any(
            o.tag[0] in ("i", "j")  # type: ignore[index]
            and _ATTRIBUTION_BREAK.search(text, min(m.start, o.start), max(m.end, o.end)) is None
            for o in markers
        )
    ]
    attributed: list[Finding] = []
    seen: set[int] = set()
    index = _Official(text, official)
    # Whether the message warns of an impostor: an impostor word, a marker or a warning word
    # ("beware of") that is not denied ("This is not fake"); a post marker ("raw", 名义) is
    # common grammar and does not count. Report advice needs one.
    # Nor does one the reader is the subject of ("您声称已还款", "You claimed you paid") or
    # that calls the reader names ("You scammer"): those accuse, they warn of nobody.
    # Nor a marker that qualifies the reader's own conduct ("No more fake excuses.").
    warns = any(
        not _label_denied(h, negators or [], text)
        and not _reader_named(h, text, addressed)
        and not _qualifies_pretext(h, text, pretexts)
        for h in [*words, *(m for m in warnings if m.tag[0] in ("i", "v", "d"))]  # type: ignore[index]
    )
    # Advice to report an impostor attributes the one official finding beside it.
    for mark in markers:
        kind = mark.tag[0]  # type: ignore[index]
        if kind in ("r", "t"):
            nearest = _reported(
                mark,
                index,
                glue,
                text,
                speakers,
                advice=advice,
                overdue=overdue or [],
                warns=warns,
            )
            while nearest is not None:
                # Every pack's finding on the same words ("police", "police station").
                if id(nearest) in seen:
                    break  # another marker walked this list already
                for f in index.between(nearest.start, nearest.end):
                    if f.end <= nearest.end and id(f) not in seen:
                        seen.add(id(f))
                        attributed.append(f)
                # Where to report is a list ("report am to EFCC or nearest police station"):
                # the next item after a coordinator.
                nearest = (
                    _next_listed(nearest, index, glue, coordinators, text) if kind == "r" else None
                )
    markers = [m for m in markers if m.tag[0] not in ("r", "t")]  # type: ignore[index]
    # A marker attributes only within its reach of the finding: the others are not tried.
    by_start = sorted(markers, key=lambda m: m.start)
    mark_starts = [m.start for m in by_start]
    reach = max((cast("tuple[str, int]", m.tag)[1] + m.end - m.start for m in markers), default=0)
    for finding in official:
        nearby = by_start[
            bisect_left(mark_starts, finding.start - reach) : bisect_right(
                mark_starts, finding.end + reach
            )
        ]
        for mark in nearby:
            if _attributes(
                mark,
                finding,
                index,
                stoppers=stoppers,
                glue=glue,
                text=text,
                coordinators=coordinators,
            ):
                attributed.append(finding)
                break
    dropped = {id(f) for f in attributed}
    # Contact and shaming wording is the impostor's only in a sentence that names the
    # impostor before the marker ("illegal loan apps … threaten to send edited photos to your
    # contacts"), never by glue alone.
    reported = [f for f in findings if f.category in NEGATABLE]
    # The collector as the subject of its own clause; "我司", "our agents" may be what an
    # impostor poses as ("冒充公安、法院或我司工作人员").
    subjects = [x for x in speakers if text[x.start : x.end].casefold() in subject_words]
    contrasts = [y for y in stoppers if y.tag[0] == "y"]  # type: ignore[index]
    # The nearest word or marker on a side, and those overlapping it, are the only ones to
    # try: a farther one spans more of the text, so it passes no test the nearest fails (a
    # hostile sentence of hundreds of each made these scans cubic: 6.5 s for 10,000
    # characters).
    words_before = impostors.before
    claims = _Nearest([m for m in markers if m.tag[0] in ("i", "v")], before=True)  # type: ignore[index]
    claims_after = _Nearest([m for m in markers if m.tag[0] == "i"], before=False)  # type: ignore[index]
    own_clause = _Inside([*subjects, *contrasts])
    own_speaker = _Inside([*speakers, *contrasts])

    def in_sentence(lo: int, hi: int) -> bool:
        return _ATTRIBUTION_BREAK.search(text, lo, hi) is None

    for finding in official + reported:
        if id(finding) in dropped:
            continue
        near: list[Finding] | list[Hit]
        if is_naming(finding):
            # "… are fraudsters", "huyo ni tapeli": the word names the impostor of a warning
            # given in the same sentence.
            near = attributed
        else:
            # "scammers pretending to be police officers and threatening arrest": after a
            # marker, in a sentence that names the impostor, the official wording is the
            # impostor's however far it runs. (Calling the borrower an impostor, "scammers
            # like you", is an insult finding of its own, and only a glue attribution drops
            # those.)
            if not impostors.name_one_near(finding, text):
                continue
            # The impostor must be the one who claims: its word stands before the marker
            # ("**fraudsters** are posing as police … threatening 'digital arrest'", "不法分子
            # 冒充公安"), or the sentence attributes something by glue alone. A collector's
            # own accusation ("by claiming you cannot pay you are committing **fraud** and
            # the police will arrest you") has the word after the marker and attributes
            # nothing.
            glued = any(
                in_sentence(min(a.start, finding.start), max(a.end, finding.end))
                for a in attributed
            )
            near = [
                m
                for m in claims.of(finding.start)
                # "unlike scammers posing as police, our lawyers will have you arrested": a
                # contrast word, or the collector speaking of itself (骗子才冒充公安…**我们**是
                # 直接让公安上门), starts the collector's own clause.
                if not own_clause.between(m.end, finding.start)
                and (glued or any(in_sentence(w.start, m.end) for w in words_before.of(m.start)))
            ]
            if finding.category in NEGATABLE:
                # "**scammers** are calling your relatives **pretending to be** us": the
                # impostor word the subject of the finding's clause, the marker after the
                # finding in its sentence, and no speaker ("our agents") or contrast word
                # between the word and the marker.
                near += [
                    m
                    for m in claims_after.of(finding.end)
                    if any(
                        not _clause_break(text, w.end, finding.start)
                        and in_sentence(w.start, m.end)
                        and not own_speaker.between(w.end, m.start)
                        for w in words_before.of(finding.start)
                    )
                ]
        # "fraudsters are posing as police officers, and police officers are on their way":
        # official words said again after a clause break are the collector's own claim.
        if not is_naming(finding) and _said_twice(finding, index, text, 0, finding.start):
            continue
        for a in near:
            lo, hi = min(a.start, finding.start), max(a.end, finding.end)
            if _ATTRIBUTION_BREAK.search(text, lo, hi) is None:
                dropped.add(id(finding))
                break
    if confirmations:
        # "… sent to arrest you, know it is true, we sent him": the collector vouches for
        # what it had put in an impostor's mouth.
        dropped -= {
            id(f)
            for f in findings
            if id(f) in dropped
            and any(
                f.end <= c.start and _ATTRIBUTION_BREAK.search(text, f.end, c.start) is None
                for c in confirmations
            )
        }
    return [f for f in findings if id(f) not in dropped]


class _Nearest:
    """Hits looked up by position: the one ending last at or before a position (``before``)
    or starting first at or after it, with the hits overlapping that one."""

    def __init__(self, hits: list[Hit], *, before: bool) -> None:
        self._before = before
        self._hits = sorted(hits, key=lambda h: h.end if before else h.start)
        self._keys = [h.end if before else h.start for h in self._hits]

    def of(self, pos: int) -> list[Hit]:
        hits = self._hits
        if self._before:
            i = bisect_right(self._keys, pos) - 1
            if i < 0:
                return []
            nearest = hits[i]
            group = []
            while i >= 0 and hits[i].end > nearest.start:
                group.append(hits[i])
                i -= 1
            return group
        i = bisect_left(self._keys, pos)
        if i == len(hits):
            return []
        nearest = hits[i]
        group = []
        while i < len(hits) and hits[i].start < nearest.end:
            group.append(hits[i])
            i += 1
        return group


class _Inside:
    """Whether one of some hits lies wholly within a span."""

    def __init__(self, hits: list[Hit]) -> None:
        self._hits = sorted(hits, key=_hit_start)
        self._starts = [h.start for h in self._hits]

    def between(self, lo: int, hi: int) -> bool:
        for i in range(bisect_left(self._starts, lo), len(self._hits)):
            hit = self._hits[i]
            if hit.start >= hi:
                return False
            if hit.end <= hi:
                return True
        return False


# A quotation: straight double quotes pair in order, the others by their closing mark; a
# single quote opens only where no letter precedes it and closes only where none follows
# ("won't" holds no quotation).
_QUOTED = re.compile(
    r'"[^"\n]{1,300}"|“[^”\n]{1,300}”|「[^」\n]{1,300}」|『[^』\n]{1,300}』'
    r"|‘[^’\n]{1,300}’|(?<!\w)'(?=\S)[^'\n]{1,300}(?<=\S)'(?!\w)"
)
_QUOTE_OPENERS = ('"', "“", "「", "『", "‘", "'")
# How close before a quotation an impostor word must end to name it ("fake 'police'").
_QUOTE_NAMED_GAP = 3
# An impostor word as the speaker of the quotation: "Scammers often say: "…"", 骗子常说："…",
# "Matapeli husema: "…"": a verb of saying or sending (Grammar.speech_verbs) between them,
# within this reach.
_QUOTE_SPEAKER_GAP = 40
# How far before a quotation its impostor marker may end ("claiming", 冒充, "mengaku"), and
# how far after it the verdict may start ("这是诈骗", "PEKE ito", "Yeh FRAUD hai").
_QUOTE_MARKER_REACH = 80
# The fewest words a quotation holds for a finding reaching into it from outside to go with it.
_QUOTED_CLAUSE = 3
_QUOTE_VERDICT_REACH = 80


def _reader_named(hit: Hit, text: str, addressed: re.Pattern[str] | None) -> bool:
    """Whether the reader is the one who claims or is named: a word addressing the reader
    (Grammar.addressed) is all that precedes a marker in its clause ("**您**声称", "**You**
    claimed"), or precedes an impostor word as closely as an insult's ("**你**这个骗子",
    "**You** scammer", see :func:`_impostor_subject`)."""
    if addressed is None:
        return False
    if hit.tag[0] == "w":  # type: ignore[index]
        return _aimed_at_reader(hit.start, text, addressed)
    clause = _after_last(_CLAUSE_BREAK, text, max(0, hit.start - _ADVICE_REACH), hit.start)
    lead = text[clause : hit.start].strip()
    return bool(lead) and addressed.fullmatch(lead) is not None


def _qualifies_pretext(hit: Hit, text: str, pretexts: re.Pattern[str] | None) -> bool:
    """Whether an impostor marker stands right before or after one of Grammar.pretexts, the
    reader's own conduct ("fake **excuses**", "**alasan** palsu"), with only spaces between."""
    if pretexts is None or hit.tag[0] != "i":  # type: ignore[index]
        return False
    after = _SPACES.match(text, hit.end).end()  # type: ignore[union-attr]
    if pretexts.match(text, after) is not None:
        return True
    before = text[max(0, hit.start - _ADVICE_REACH) : hit.start].rstrip(" ")
    return any(m.end() == len(before) for m in pretexts.finditer(before))


def _aimed_at_reader(start: int, text: str, addressed: re.Pattern[str] | None) -> bool:
    """Whether a word addressing the reader (Grammar.addressed) stands within ``_ADDRESS_REACH``
    characters before ``start``: "**你**这个骗子", "**dasar** penipu", "**You** scammer"."""
    return (
        addressed is not None
        and addressed.search(text, max(0, start - _ADDRESS_REACH), start) is not None
    )


def _label_denied(label: Hit, negators: list[Hit], text: str) -> bool:
    """Whether a negator ends just before an impostor label, in its sentence: "This is not
    fake: …", "This is not a scam": a label denied says the opposite ("Not true. Scammers
    say …" denies nothing)."""
    return any(
        n.end <= label.start
        and label.start - n.end <= _LABEL_NEGATOR_GAP
        and _ATTRIBUTION_BREAK.search(text, n.end, label.start) is None
        for n in negators
    )


# How far before an impostor label a negator may end and still deny it ("not a scam").
_LABEL_NEGATOR_GAP = 8


def _impostor_subject(
    f: Finding,
    words: list[Hit],
    markers: list[Hit],
    text: str,
    *,
    speech_verb: re.Pattern[str] | None,
    addressed: re.Pattern[str] | None,
) -> bool:
    """Whether the insult ``f`` is exactly an impostor word ("骗子", "penipu") that poses or
    speaks in its clause, and nothing addresses it to the reader (Grammar.addressed: "你这个
    骗子", "dasar penipu"): an impostor marker after it in a message that warns ("Waspada
    terhadap penipu. Penipu sering mengaku dari kami"), or a verb of saying
    (Grammar.speech_verbs) followed by the words said ("骗子常说：“…”")."""
    if f.category != "insult_or_obscene" or not any(
        w.start == f.start and w.end == f.end for w in words
    ):
        return False
    if _aimed_at_reader(f.start, text, addressed):
        return False
    # Posing needs a warning in the message ("Waspada! Penipu sering mengaku dari kami"):
    # "Penipu sering mengaku miskin" calls the reader a fraud who claims to be poor.
    warned = any(m.tag[0] in ("v", "r", "t", "j", "d") for m in markers)  # type: ignore[index]
    for m in markers:
        if (
            warned
            and m.tag[0] == "i"  # type: ignore[index]
            and 0 <= m.start - f.end <= _SUBJECT_REACH
            and _ATTRIBUTION_BREAK.search(text, f.end, m.start) is None
        ):
            return True
    # Speaking needs the words spoken: "骗子常说：“…”", not "penipu bilang dia miskin".
    if speech_verb is None:
        return False
    said = speech_verb.search(text, f.end, f.end + _SUBJECT_REACH)
    return (
        said is not None
        and _ATTRIBUTION_BREAK.search(text, f.end, said.start()) is None
        and _QUOTE_FOLLOWS.match(text, said.end()) is not None
    )


# A quotation or a colon right after a verb of saying.
_QUOTE_FOLLOWS = re.compile(r"(?:\s+[^\W\d_]{1,6})?\s*[:：,，]?\s*[\"“「『‘']")


# How far after an impostor word its impersonation or speech verb may start, and how far
# before it a word addressing the reader turns it back into an insult.
_SUBJECT_REACH = 20
_ADDRESS_REACH = 8


def _drop_quoted(
    findings: list[Finding],
    text: str,
    *,
    markers: list[Hit],
    words: list[Hit],
    negators: list[Hit],
    confirmations: list[Hit],
    taken_back: _TakenBack,
    speech_verb: re.Pattern[str] | None,
) -> list[Finding]:
    """``findings`` less those ending inside a quotation that the message labels a scam: an
    impostor or warning marker before it in its sentence ("有人冒充公安来电，称您“…将被拘留”",
    "Beware texts claiming …: "…""), or an impostor word, a post-marker or a disavowal after
    it ("…" PEKE ito; "…" Yeh FRAUD hai), not negated ("this is not a scam"). A confirmation
    ("it is true, we sent him") or a contrast taking it back ("…, but we will") keeps them."""
    if not any(q in text for q in _QUOTE_OPENERS):
        return findings
    spans = [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)]
    if not spans:
        return findings
    before = [
        m
        for m in markers
        if m.tag[0] in ("i", "v", "d") and not _label_denied(m, negators, text)  # type: ignore[index]
    ]
    # An impostor word right before the quotation names it: 'pekeng "SEC Subpoena"',
    # 'surat palsu "Panggilan Pengadilan"'.
    naming = [w for w in words if not _label_denied(w, negators, text)]
    after = [
        m
        for m in [*words, *(x for x in markers if x.tag[0] in ("j", "d"))]  # type: ignore[index]
        if not _label_denied(m, negators, text)
    ]
    labelled: list[tuple[int, int, bool]] = []
    verdicts: list[Hit] = []
    for lo, hi in spans:
        if any(c.start >= hi for c in confirmations) or taken_back(hi):
            continue
        said = [m for m in after if hi + 1 <= m.start and m.start - hi <= _QUOTE_VERDICT_REACH]
        introduced = any(
            m.end <= lo - 1
            and lo - m.end <= _QUOTE_MARKER_REACH
            and _ATTRIBUTION_BREAK.search(text, m.end, lo - 1) is None
            for m in before
        ) or any(
            w.end <= lo - 1
            and (
                lo - 1 - w.end <= _QUOTE_NAMED_GAP
                or (
                    lo - 1 - w.end <= _QUOTE_SPEAKER_GAP
                    and _ATTRIBUTION_BREAK.search(text, w.end, lo - 1) is None
                    and speech_verb is not None
                    and speech_verb.search(text, w.end, lo - 1) is not None
                )
            )
            for w in naming
        )
        if said or introduced:
            labelled.append((lo, hi, introduced))
            verdicts.extend(said)
    if not labelled:
        return findings
    return [
        f
        for f in findings
        # A finding that reaches into a quoted clause from outside, the quotation introduced
        # as the impostor's words ("Scammers dey send message say 'we go tell your family'"),
        # has its far end in the quoted words; a verdict after the quotation only labels what
        # is inside it ('We will tell your "boss and family". Fraud alert: …'), and one quoted
        # word ('visit your "home"') quotes nothing.
        if not any(
            lo < f.end <= hi
            and (lo <= f.start or (introduced and len(text[lo:hi].split()) >= _QUOTED_CLAUSE))
            for lo, hi, introduced in labelled
        )
        # The verdict itself ("Yeh FRAUD hai") names the quoted message, not the reader.
        and not (
            f.category == "insult_or_obscene"
            and any(f.start <= v.start and v.end <= f.end for v in verdicts)
            and _SECOND_PERSON.search(text, f.start, f.end) is None
        )
    ]


def _attributes(
    mark: Hit,
    finding: Finding,
    official: _Official,
    *,
    stoppers: list[Hit],
    glue: frozenset[str],
    text: str,
    coordinators: frozenset[str] = frozenset(),
) -> bool:
    """Whether one marker (or disavowal) attributes ``finding`` to an impostor: only glue
    words and other such findings lie between them."""
    kind, within = cast("tuple[str, int]", mark.tag)
    lo, hi = (finding.end, mark.start) if kind == "j" else (mark.end, finding.start)
    if not 0 <= hi - lo <= within or _ATTRIBUTION_BREAK.search(text, lo, hi) is not None:
        return False
    if kind == "d":
        if any(lo <= x.start and x.end <= hi for x in stoppers):
            return False
        # "kami tidak pernah mengancam, Anda akan dipenjara besok": a disavowal that ends its
        # clause before its first official word disowns nothing after it.
        first = official.first_start(lo, hi)
        if _CLAUSE_BREAK.search(text, lo, min(first, hi)) is not None:
            return False
        # "we don't threaten you with arrest, you are being arrested today": after the
        # first official word, a comma may only go on with a list ("…, that bailiffs are on
        # their way, or that …"), not start the threat itself.
        if not _list_goes_on(text, first, hi, official, coordinators):
            return False
    # "hatutakutishia kukamatwa, kukamatwa ni kesho": a list does not name an item twice.
    if _said_twice(finding, official, text, lo, hi):
        return False
    # What lies between marker and finding, with the other official wording blanked out:
    # "claiming to be from CBI, police or court" reaches "court" over "CBI, police".
    return _only_glue(official.blanked(lo, hi, whole_words=True), glue)


class _Official:
    """The official findings of one text, indexed once for the attribution tests: a text
    holding thousands of them ("骗子会冒充客服，" repeated) made every test scan them all."""

    def __init__(self, text: str, official: list[Finding]) -> None:
        self.text = text
        self.items = official
        self.by_start = sorted(official, key=lambda f: f.start)
        self.starts = [f.start for f in self.by_start]
        self._gaps: dict[bool, str] = {}
        self._clause_breaks: list[int] | None = None
        self._sentence_breaks: list[tuple[int, int]] | None = None
        self._sentence_starts: list[int] = []
        # Where each finding stands in ``items``: ties are broken as a scan of them would.
        self.order = {id(f): k for k, f in enumerate(official)}
        self.longest = max((f.end - f.start for f in official), default=0)

    def last_sentence_break(self, lo: int, hi: int) -> int:
        """The start of the last ``_ATTRIBUTION_BREAK`` match in ``text[lo:hi]`` (searched with
        ``pos=lo, endpos=hi``), or -1: from the text's matches, found once. A space between
        Han characters needs its Han character inside the window, a punctuation mark fits
        in it."""
        if self._sentence_breaks is None:
            self._sentence_breaks = [
                (m.start(), m.end()) for m in _ATTRIBUTION_BREAK.finditer(self.text)
            ]
            self._sentence_starts = [s for s, _ in self._sentence_breaks]
        k = bisect_left(self._sentence_starts, hi) - 1
        while k >= 0:
            s, e = self._sentence_breaks[k]
            if s < lo:
                return -1
            if e < hi or (e == hi and e - s == 1 and self.text[s] not in " \u3000"):
                return s
            k -= 1
        return -1

    def last_clause_break(self, hi: int) -> int:
        """The position of the last clause break before ``hi``, or -1."""
        if self._clause_breaks is None:
            self._clause_breaks = [m.start() for m in _CLAUSE_BREAK.finditer(self.text)]
        k = bisect_left(self._clause_breaks, hi)
        return self._clause_breaks[k - 1] if k else -1

    def first_start(self, lo: int, default: int) -> int:
        """The start of the first official finding starting at or after ``lo``."""
        k = bisect_left(self.starts, lo)
        return self.starts[k] if k < len(self.starts) else default

    def between(self, lo: int, hi: int) -> list[Finding]:
        """The official findings that start in ``lo:hi``."""
        return self.by_start[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def blanked(self, lo: int, hi: int, *, whole_words: bool) -> str:
        """``text[lo:hi]`` with the official findings in it blanked out, with the rest of
        their last word when ``whole_words`` ("arrest|ed", "bailiff|s")."""
        gap = self._gaps.get(whole_words)
        if gap is None:
            gap = self._gaps[whole_words] = self._blank_all(whole_words)
        return gap[lo:hi]

    def _blank_all(self, whole_words: bool) -> str:
        # Blanking text[lo:hi] with each word run on only up to hi is this text, sliced.
        text = self.text
        size = len(text)
        word_end = list(range(size + 1))
        if whole_words:
            for k in range(size - 1, -1, -1):
                if text[k].isalpha():
                    word_end[k] = word_end[k + 1]
        depth = [0] * (size + 1)
        for other in self.items:
            end = word_end[other.end]
            if other.start < end:
                depth[other.start] += 1
                depth[end] -= 1
        out = []
        covered = 0
        for k, ch in enumerate(text):
            covered += depth[k]
            out.append(" " if covered > 0 else ch)
        return "".join(out)


_SPACES = re.compile(r"\s*")
# A contact verb whose object is the collector ("telling us about …", "call me about …").
_US_OBJECT = re.compile(r"(?i)\s+(?:us|me)\b")
# A contact verb whose object is the borrower themself (联系到您本人), with no list going on
# ("联系您本人及您的家人" still names the family).
_SELF_OBJECT = re.compile(r"\s*[到上]?\s*[您你]\s*本人(?!\s*(?:及|和|与|以及|或|、|，?并))")
# The farthest a negator can govern a finding: a denied list's head within the negator's
# window, then at most a dozen short items.
_LIST_REACH = 300

# How far after a finding a negation qualifier ("before Friday") may start.
_QUALIFIER_WITHIN = 25

# A consent opens its sentence ("आपके अनुरोध पर हमारे प्रतिनिधि श्री वर्मा कल सुबह 11 बजे …
# आपके घर आएंगे") and may reach further than a negator.
_CONSENT_WITHIN = 90

# How far a report marker ("laporkan ke") reaches for the police it names.
_REPORT_WITHIN = 25

# Words that carry a disavowed list on after a comma besides the coordinators.
_LIST_OPENERS = frozenset({"that"})


def _list_goes_on(
    text: str, lo: int, hi: int, official: _Official, coordinators: frozenset[str]
) -> bool:
    """Whether ``text[lo:hi]``, from a disavowal's first official word to a later finding,
    is one list: every comma in it is followed by nothing but other official wording, or by
    a coordinator or "that" ("arrest, jail or a warrant", 拘留、坐牢或起诉)."""
    gap = official.blanked(lo, hi, whole_words=False)
    pieces = [piece.strip() for piece in _CLAUSE_BREAK.split(gap)[1:]]

    def opens_item(rest: str) -> bool:
        words = rest.casefold().split()
        return (
            not words
            or words[0] in coordinators
            or words[0] in _LIST_OPENERS
            or (len(words) > 1 and words[1] in _LIST_OPENERS)
            or any(_CJK_CHAR.match(co) and rest.startswith(co) for co in coordinators)
        )

    for k, rest in enumerate(pieces):
        # A short item is a list's middle ("…ke polisi, menangkap, atau memenjarakan") when
        # a later piece opens with a coordinator.
        if opens_item(rest) or (
            len(rest.split()) <= 2
            and any(
                p and opens_item(p) and p.split()[0].casefold() != "that" for p in pieces[k + 1 :]
            )
        ):
            continue
        return False
    return True


def _reported(
    mark: Hit,
    official: _Official,
    glue: frozenset[str],
    text: str,
    speakers: list[Hit],
    *,
    advice: _Advice | None,
    overdue: list[Hit],
    warns: bool,
) -> Finding | None:
    """The official finding a report marker points at: the first after it ("laporkan ke
    **polisi**", one that holds the marker too) or, for a post marker, the last before it
    ("**派出所**报案"), within ``_REPORT_WITHIN`` characters, glue only between. The
    collector reporting ("**我们**已到派出所报案") points at nothing."""
    # Only findings within the report's reach can pass the gap test below; the index finds
    # them without a scan of every official finding per marker.
    order = official.order
    if mark.tag[0] == "r":  # type: ignore[index]
        after = [
            f
            for f in official.between(mark.start, mark.end + _REPORT_WITHIN + 1)
            if f.end > mark.end
        ]
        if not after:
            return None
        f = min(after, key=lambda f: (max(f.start, mark.end), -f.end, order[id(f)]))
        gap = text[mark.end : max(f.start, mark.end)]
    else:
        lo = mark.start - _REPORT_WITHIN - official.longest
        before = [f for f in official.between(lo, mark.start) if f.end <= mark.start]
        if not before:
            return None
        f = max(before, key=lambda f: (f.end, -f.start, -order[id(f)]))
        gap = text[f.end : mark.start]
    if not _report_gap(gap, glue):
        return None
    lo = min(f.start, mark.start)
    if any(s.end <= lo and lo - s.end <= 12 for s in speakers):
        return None
    # "Our legal department **will** report it to the FBI", "Kami akan segera laporkan ke
    # polisi": a report the collector makes, not advice, unless the marker (or the place
    # before a post marker) stands where a request does.
    if not _advised(lo, text, speakers, advice, warns=warns):
        return None
    # "…到当地派出所报案，主动说明您的逾期情况", "report to the police station regarding your
    # overdue loan": a report about the borrower's own arrears is a summons, not advice.
    begin, end = _sentence_around(text, lo, max(lo, f.end))
    if any(begin <= h.start and h.end <= end for h in overdue):
        return None
    # "Ripoti kwa polisi kesho saa tatu asubuhi", "Kal subah 9 baje … par report karein": a day,
    # a time or the borrower's own file in its sentence make the report an order to appear.
    if (
        advice is not None
        and advice.summons is not None
        and advice.summons.search(text, begin, end)
    ):
        return None
    return f


@dataclass(frozen=True, slots=True)
class _Advice:
    """The Grammar words that tell advice to report from the collector's own report."""

    reported_by: re.Pattern[str] | None
    requests: _RequestRun | None
    joins: re.Pattern[str] | None
    conditions: re.Pattern[str] | None
    summons: re.Pattern[str] | None
    # A join that ends the text before a run of requests ("Pay via the app and").
    join_ends: re.Pattern[str] | None = None
    # A report verb that ends the text before a clause break ("intends to\n").
    reported_by_end: re.Pattern[str] | None = None

    @classmethod
    def of(
        cls,
        reported_by: re.Pattern[str] | None,
        requests: _RequestRun | None,
        joins: re.Pattern[str] | None,
        conditions: re.Pattern[str] | None,
        summons: re.Pattern[str] | None,
    ) -> _Advice:
        join_ends = None if joins is None else re.compile(joins.pattern + r"\s*\Z")
        by_end = None if reported_by is None else re.compile(reported_by.pattern + r"[\W_]*\Z")
        return cls(reported_by, requests, joins, conditions, summons, join_ends, by_end)


def _advised(
    anchor: int, text: str, speakers: list[Hit], advice: _Advice | None, *, warns: bool
) -> bool:
    """Whether what starts at ``anchor`` (a report marker, or the place a post marker names)
    stands where a request does (Grammar.requests): its clause before it ends on a run of
    request words, and what precedes that run is nothing, ends on a join ("Pay only via the
    app **and** report threats to EFCC") or opens on a condition of meeting a scam
    ("**如遇**可疑来电请到当地派出所报案"); that part must not start with a speaker nor hold a
    ``reported_by`` word. A marker that opens with a join ("au ripoti kwa") needs no run. In a
    message that ``warns`` of no impostor (no impostor word, marker or warning word), only a
    clause that opens on such a condition is advice: "Next step, report it to the sheriff"
    and 请您尽快到当地派出所报案 summon the borrower."""
    if advice is None or advice.requests is None:
        return False
    start = max(0, anchor - _ADVICE_REACH)
    clause_start = _after_last(_CLAUSE_BREAK, text, start, anchor)
    if clause_start == start and start > 0:
        return False  # no request runs this long
    if clause_start > 0 and text[clause_start - 1] not in _SENTENCE_ENDS:
        # A line break, comma or dash does not end the collector's clause: "Our client intends
        # to\nreport it to the sheriff", "Kami akan,\nlaporkan ke polisi".
        before = text[max(0, clause_start - _ADVICE_REACH) : clause_start - 1]
        if advice.reported_by_end is not None and advice.reported_by_end.search(before):
            return False
        if any(clause_start - 3 <= s.end < clause_start for s in speakers):
            return False
    clause = text[clause_start:anchor]
    lead = clause[: advice.requests.start(clause)]
    conditional = opens = False
    if lead.strip():
        joined = (advice.joins is not None and advice.joins.match(text, anchor) is not None) or (
            advice.join_ends is not None and advice.join_ends.search(lead) is not None
        )
        # A condition of meeting a scam is short ("如遇可疑来电", "jika diancam"): a long one
        # holds a clause of the collector's ("If anybody for your house no pay by Friday our
        # legal unit sharp sharp report am to EFCC").
        opens = advice.conditions is not None and advice.conditions.match(lead.lstrip()) is not None
        conditional = (
            opens
            and len(lead.split()) <= _CONDITION_WORDS
            and len(_CJK_CHAR.findall(lead)) <= _CONDITION_HAN
        )
        if not (joined or conditional):
            return False
    if not (warns or conditional):
        # A condition may open the sentence before a comma: "Jika menerima pesan
        # mencurigakan, laporkan ke polisi".
        begin = _after_last(_SENTENCE_BREAK, text, max(0, anchor - _ADVICE_REACH), anchor)
        opening = text[begin:anchor].lstrip()
        if advice.conditions is None or advice.conditions.match(opening) is None:
            return False
    # A speaker as the clause's subject ("We call you and report it to …"), or anywhere after
    # a condition ("If anyone misses Friday's payment we report it to the sheriff"); one after
    # a verb is its object ("Confirm with us and report fraud to police").
    subject = clause_start + len(clause) - len(clause.lstrip())
    lead_stop = clause_start + len(lead)
    if any(
        (s.start == subject or (opens and subject <= s.start)) and s.end <= lead_stop
        for s in speakers
    ):
        return False
    return (
        advice.reported_by is None
        or advice.reported_by.search(text, clause_start, lead_stop) is None
    )


def _sentence_around(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The sentence that holds ``text[lo:hi]``, read at most ``_ADVICE_REACH`` characters
    before ``lo`` and after ``hi``: where the last sentence break before ``lo`` ends, and where
    the first after ``hi`` starts."""
    begin = _after_last(_SENTENCE_BREAK, text, max(0, lo - _ADVICE_REACH), lo)
    close = _SENTENCE_BREAK.search(text, hi, hi + _ADVICE_REACH)
    return begin, close.start() if close is not None else min(len(text), hi + _ADVICE_REACH)


def _folded(nt: NormalizedText, i: int) -> int:
    """The folded offset of original offset ``i``: the first folded character at or after it."""
    index = nt.index
    return i if index is None else bisect_left(index, i)


def _after_last(breaks: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    """Where the last match of ``breaks`` in ``text[lo:hi]`` ends, or ``lo``."""
    end = lo
    for m in breaks.finditer(text, lo, hi):
        end = m.end()
    return end


# How far back a report marker's clause is read for its request words.
_ADVICE_REACH = 120
# The longest condition before a report's request words, in words and in Han characters.
_CONDITION_WORDS = 8
_CONDITION_HAN = 11
# Clause breaks that end a sentence, and so the collector's clause before it.
_SENTENCE_ENDS = frozenset(".!?;。！？；।")


def _report_gap(gap: str, glue: frozenset[str]) -> bool:
    """Whether ``gap`` may stand between a report marker and what it names: short, one clause,
    glue words only."""
    return len(gap) <= _REPORT_WITHIN and not _CLAUSE_BREAK.search(gap) and _only_glue(gap, glue)


# How far a listed place's clause may run on after it.
_LIST_TAIL = 60


def _next_listed(
    item: Finding,
    official: _Official,
    glue: frozenset[str],
    coordinators: frozenset[str],
    text: str,
) -> Finding | None:
    """The official finding after ``item`` in its list of places to report to: within
    ``_REPORT_WITHIN`` characters, glue only between and a coordinator among it, and nothing
    but glue after it in its clause ("report it to the FBI **or** the sheriff will visit
    you" is "otherwise", not a list)."""
    # The longest of those starting first after the item (every pack's finding on it).
    first = official.first_start(item.end, -1)
    if first < 0:
        return None
    f = max(official.between(first, first + 1), key=lambda f: f.end)
    gap = text[item.end : f.start]
    if not _report_gap(gap, glue):
        return None
    words = {w.strip(_PUNCTUATION) for w in gap.casefold().split()}
    if not words & coordinators and not any(c in gap for c in coordinators if _CJK_CHAR.match(c)):
        return None
    # The rest of its clause holds only glue and further places ("… or nearest police
    # station."); words of its own ("… or the police will be notified") end the list.
    rest = _CLAUSE_BREAK.search(text, f.end, f.end + _LIST_TAIL)
    hi = rest.start() if rest is not None else min(len(text), f.end + _LIST_TAIL)
    if hi - f.end >= _LIST_TAIL:
        return None
    tail = list(text[f.end : hi])
    for g in official.between(f.end, hi):
        tail[g.start - f.end : min(g.end, hi) - f.end] = " " * (min(g.end, hi) - g.start)
    rest_words = "".join(tail)
    # A short tail ("… or nearest police station near you"); more glue is a clause of its own
    # made of glue words ("… or a court order has been issued to you").
    if len(rest_words.split()) > _LIST_TAIL_WORDS:
        return None
    return f if _only_glue(rest_words, glue) else None


# The most words the rest of a listed place's clause may hold.
_LIST_TAIL_WORDS = 2


def _said_twice(finding: Finding, official: _Official, text: str, lo: int, hi: int) -> bool:
    """Whether the official words of ``finding`` were said already in ``text[lo:hi]``, in
    its sentence, with a clause break after them: an impostor's warning and then the
    collector's own claim ("fraudsters are posing as police officers, and police officers
    are on their way"), or a disavowed list naming an item twice."""
    said = text[finding.start : finding.end].casefold()
    # Only the words after the last sentence break before ``hi`` can be in its sentence: the
    # earlier ones have that break after them (the break is found once, not per candidate:
    # a sentence holding hundreds of official words made this quadratic in regex searches).
    last = official.last_sentence_break(lo, hi)
    # ... and a clause break must follow them: only the words ending before the last one.
    clause = official.last_clause_break(hi)
    # (``last < o.end`` is "no sentence break in o.end:hi": ``last`` is the last one.)
    return any(
        last < o.end <= clause and text[o.start : o.end].casefold() == said
        for o in official.between(max(lo, last - official.longest + 1), clause)
    )


class _ImpostorWords:
    """A message's impostor words (scammer, 骗子), indexed by position."""

    def __init__(self, words: list[Hit]) -> None:
        self.words = words
        self.before = _Nearest(words, before=True)
        self.after = _Nearest(words, before=False)

    def name_one_near(self, span: Finding | Hit, text: str) -> bool:
        """Whether an impostor word stands in the sentence of ``span``. Only the nearest word
        on each side (with those overlapping it) and those holding the span are tried: a
        farther one spans more of the text, so it is in the sentence only if they are."""
        near = [
            *self.before.of(span.end),
            *self.after.of(span.start),
            *(w for w in self.words if w.start < span.start and span.end < w.end),
        ]
        return any(
            _ATTRIBUTION_BREAK.search(text, min(w.start, span.start), max(w.end, span.end)) is None
            for w in near
        )


@dataclass(frozen=True, slots=True)
class _WordingFamily:
    name: str = "wording"

    @property
    def rules(self) -> tuple[RuleInfo, ...]:
        return _all_rules()

    def bind(self, policy: Policy) -> Checker:
        return _WordingChecker(policy)


FAMILY = _WordingFamily()

__all__ = ["CUSTOM_CODE", "FAMILY", "NEGATABLE", "TONE_KINDS", "compiled", "error_codes"]
