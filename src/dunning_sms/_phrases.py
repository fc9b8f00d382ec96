"""Phrase packs (TOML, one per language) and the compiled matcher that finds their phrases.

A pack term is matched on the folded word view of a message (see :mod:`._normalize`) with word
boundaries at its Latin or Devanagari ends, and on the squeezed view when a separator was
inserted inside it. ``*`` at either end of a term leaves that end open ("arrest*").
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import Final, Literal, NamedTuple, TypeVar, cast

import ahocorasick_rs

from ._normalize import NormalizedText, _tables, normalize
from ._report import CATEGORIES, SEVERITIES, Category, Severity

__all__ = [
    "LANGUAGES",
    "Grammar",
    "Growth",
    "Hit",
    "Impostor",
    "Near",
    "Negation",
    "Pack",
    "PackEntry",
    "PhraseMatcher",
    "load_pack",
]

LANGUAGES: tuple[str, ...] = ("zh", "en", "id", "fil", "sw", "hi", "pcm")
Kind = Literal["phrase", "civil_action", "court_process", "lawful_consequence"]
# Entry kinds whose severity depends on loan.legal_action_intended (three codes each).
INTENTION_KINDS: Final = frozenset({"civil_action", "court_process"})
_MIN_SQUEEZED_LATIN = 3


@dataclass(frozen=True, slots=True)
class Near:
    """Any ``a`` term within ``within`` characters of any ``b`` term (or ``b_regex`` match).

    With ``refers_back``, the ``b`` terms are people (family, employer, 家人), and an object
    pronoun of the language (:attr:`Grammar.pronouns`: "them", "mereka", 他们) right by an
    ``a`` term stands for one of them said before it: "we won't text your family, we will
    call **them** tonight" pairs "call" with "them".

    With ``same_sentence``, no pair spans a sentence end in either order: "账户已永久销户。
    如对信用报告有异议" closes an account for good and names the credit report apart.
    """

    a: tuple[str, ...]
    b: tuple[str, ...]
    within: int
    b_regex: str | None = None
    refers_back: bool = False
    same_sentence: bool = False


@dataclass(frozen=True, slots=True)
class Growth:
    """A debt said to grow to a multiple, written as two sums: an amount, a ``links`` word
    ("will become", 变成, "akan menjadi"), then an amount at least ``ratio`` times it, in one
    sentence that names the debt (``debts``). The first sum must be the debt's: the nearest
    of ``debts`` and ``others`` to it is a debt word ("your **₹5,000 loan** will become
    ₹20,000"), not a payment, fee or limit ("after your **$50 payment**, your balance
    becomes $950"), and no ``others`` word stands between the two ("repay your loan and your
    **limit** will rise from ₹5,000 to ₹20,000"). The sums are read by :mod:`._amounts`.

    A link stands between the sums, or before "from A to B"; with ``verb_final``, also right
    after both (Hindi "₹5,000 का कर्ज़ ₹20,000 हो जाएगा"), which English may not read: "£95
    or the full balance of £1,650 becomes payable" is no growth.

    A message with an ``offers`` word has no growth reading: a top-up the borrower may accept
    ("if you accept, your balance of NGN 15,000 go become NGN 40,000") grows the debt truly.
    """

    links: tuple[str, ...]
    debts: tuple[str, ...]
    others: tuple[str, ...]
    ratio: float = 2.0
    verb_final: bool = False
    offers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PackEntry:
    """One entry of a phrase pack: a rule code, its phrases and proximity patterns."""

    code: str
    name: str
    category: Category
    severity: Severity
    phrases: tuple[str, ...]
    rationale: str
    source: str
    kind: Kind = "phrase"
    near: tuple[Near, ...] = ()
    must_match: tuple[str, ...] = ()
    must_not_match: tuple[str, ...] = ()
    codes: Mapping[str, str] = field(default_factory=dict)
    # Phrases that deny a finding of this entry: ``denied_by`` earlier in the finding's
    # sentence ("It is not true that …"), ``refuted_by`` opening the sentence after it
    # ("… stays on your report for life. That is false."). For claims anti-fraud notices
    # quote to correct, where the category's negators would wrongly deny a threat.
    denied_by: tuple[str, ...] = ()
    refuted_by: tuple[str, ...] = ()
    growth: Growth | None = None


@dataclass(frozen=True, slots=True)
class Pack:
    """A language's phrase pack and tone vocabulary."""

    language: str
    policy: str
    entries: tuple[PackEntry, ...]
    courtesy: tuple[str, ...] = ()
    informal: tuple[str, ...] = ()
    formal: tuple[str, ...] = ()
    overdue: tuple[str, ...] = ()
    negation: Negation | None = None
    impostor: Impostor | None = None
    grammar: Grammar | None = None
    # SMS spellings of common words ("your" -> "ur", "yr"): every phrase and proximity term
    # of the pack is also matched with them, and so are its negation words.
    spellings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # SMS spellings that widen only what the entries flag ("sbr ke sluruh kntk"), never a
    # negation word: a pack whose negation tables list their own short forms ("tdk akan")
    # keeps "kami ga mau tau, besok kami datangi rumah km" from reading as a denial.
    threat_spellings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def entry_spellings(self) -> Mapping[str, tuple[str, ...]]:
        """The spellings an entry's phrases and proximity terms are matched with."""
        if not self.threat_spellings:
            return self.spellings
        merged = {word: tuple(forms) for word, forms in self.spellings.items()}
        for word, forms in self.threat_spellings.items():
            merged[word] = tuple(dict.fromkeys((*merged.get(word, ()), *forms)))
        return merged


@dataclass(frozen=True, slots=True)
class Negation:
    """Words that deny what they govern ("we will never call your employer").

    A negator ends at most ``within`` characters before a finding, in the same clause, with no
    ``exceptions`` word in between ("we will not hesitate to call your employer") and no
    ``breakers`` word, which starts a new clause without punctuation ("we won't wait and we
    will call your employer"). In languages that negate after the verb (Hindi "… कॉल नहीं
    करेंगे"), a ``post_negators`` word starts at most ``post_within`` characters after the
    finding, in the same clause.

    ``far_post_negators`` are negated verbs ("नहीं करेंगे", "nahi batayenge") that reach back
    ``far_post_within`` characters over a list ("परिवार, दोस्तों या फ़ोन contacts को कभी call या
    message नहीं करेंगे"), where a bare post-negator ("नहीं") would deny a clause of its own.

    ``negators_are_verbs`` says that the negators are negated verbs themselves (Swahili
    "hatutawasiliana", we will not contact), which can govern a list as a contact verb does.

    ``consent`` words ("you named", "Anda mencantumkan") act as negators only for a finding
    that holds one of the ``consent_objects`` ("emergency contact", "kontak darurat"): "you
    named X as your emergency contact" is a consent notice, while "you named your sister, so
    she will be told" is not excused. ``consent_limits`` (an hour of the night, "until you
    pay", 钱不到位人不走) in the finding's sentence undo the consent: no request makes a visit
    at 2am, or one that will not leave until paid, lawful.

    ``cancellers`` ("don't think", 别以为, "jangan kira") turn a negator that follows them
    within 15 characters back into a threat: "don't think we won't call your employer".

    ``coordinators`` ("or", "atau") let a negator reach over the commas of a denied list:
    in "we never contact your family, friends, or employer" the negator governs "employer"
    because the words after the first comma are short list items ending in a coordinator
    (single words, matched case-insensitively).

    ``restarters`` are future auxiliaries ("will", "akan", pidgin "go"; a trailing ``*`` leaves
    the word open, Swahili "tuta*"): one between the two terms of a proximity pair, with no
    negator beside it, gives the pair a clause of its own that an earlier negator does not
    reach: "we will not give you more time, your family **will** be contacted today".

    ``qualifiers`` ("before", "more than", "secretly", 提前, 偷偷, sebelum) are what a negator
    denies instead of the act: one right after a finding (within 25 characters, in its
    clause) or between a negator and it ends that negator's claim on the finding: "we won't
    call your employer **before Friday**", 我们不会**提前**告知就上门.

    ``fact_negators`` ("no", "not yet", 尚未, "belum ada") right before a court process deny it
    as a fact: "**No** suit has been filed", "**No** case don file yet".

    ``reassurances`` ("will not be", "won't be", 不会被, "tidak akan") right before an arrest or
    criminal-law finding deny it: "not paying is not a crime and you **will not be** arrested"
    states the law. A qualifier after the finding or before the reassurance in its clause
    ("… will not be arrested **if** you pay today"), a ``conditions`` word after the finding
    in its clause ("if", "unless", "asal", 如果) and a canceller before it ("don't think you
    won't be arrested") keep the threat. ``post_reassurances`` do the same right after the
    finding, for languages that negate after the verb ("गिरफ्तार **नहीं किया जाएगा**").
    ``describers`` ("threaten you with", "mengancam", "kukutishia") name a threat instead of
    making it, and deny the finding right after them only when a negator stands before them
    in their clause: "we will **never** … **threaten** arrest". ``list_links`` ("go to", "be
    sent to") may follow a coordinator in a reassured list: "you will not be arrested **or go
    to** prison" denies both, while "you won't be arrested, or we will jail you" does not.
    ``list_verbs`` ("threaten", "insult", "mempermalukan") head a denied list of conduct as a
    contact verb does: "collectors may not threaten, insult or shame you" denies "shame you"
    over the single comma that, with no such verb before it, ends a negator's reach.
    ``mercies`` ("if you pay today", "selama Anda bayar", "mradi ulipe") make what follows in
    their sentence conditional on payment: "If you pay today, we won't call your boss" and
    "as long as you pay, you won't be arrested" threaten the call and the arrest, so neither a
    negator nor a reassurance after a mercy denies them. ``answers`` ("no", 不会, "hapana")
    deny a question a finding stands in when they answer it at once and briefly: "Will I be
    arrested? No." and "问：逾期会被抓吗？答：不会。" state the law; "… arrested? No, you
    **will**." does not. ``authorisations`` ("written consent", "surat kuasa", 书面授权, "kwa
    maandishi") license the contact with a third party named later in their sentence: the
    borrower's own written permission to call a relative. ``clause_openers`` ("and we",
    "dan kami"; "_" is any one word, for the verb before a Tagalog agent: "at _ namin")
    opening a piece of a denied list give it a subject of its own, so it is a clause the
    list's negator does not reach: "we never insult you, shame you, or call your family,
    **and we** visit your home tonight". ``objects`` ("your", "the") follow a verb as its
    object: after ", or" a verb with one is a list item ("…, or contact **your** family"),
    not an "or else" with a subject of its own. ``borrower_objects`` ("you", "Anda", "ka")
    make the borrower the verb's object: a limit on such an item ("call you before 8am")
    limits calls to the borrower, not the rest of the list. ``pair_negators`` ("bukan", "no
    be", "hindi ang") deny a contact pair only from between its two terms: "hanya akan
    menghubungi Anda, **bukan** keluarga Anda" (only you, not your family).
    """

    negators: tuple[str, ...]
    exceptions: tuple[str, ...] = ()
    within: int = 12
    post_negators: tuple[str, ...] = ()
    post_within: int = 6
    breakers: tuple[str, ...] = ()
    coordinators: tuple[str, ...] = ()
    far_post_negators: tuple[str, ...] = ()
    far_post_within: int = 40
    negators_are_verbs: bool = False
    consent: tuple[str, ...] = ()
    consent_objects: tuple[str, ...] = ()
    consent_limits: tuple[str, ...] = ()
    cancellers: tuple[str, ...] = ()
    restarters: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()
    fact_negators: tuple[str, ...] = ()
    reassurances: tuple[str, ...] = ()
    post_reassurances: tuple[str, ...] = ()
    describers: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    list_links: tuple[str, ...] = ()
    list_verbs: tuple[str, ...] = ()
    mercies: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()
    authorisations: tuple[str, ...] = ()
    clause_openers: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    borrower_objects: tuple[str, ...] = ()
    pair_negators: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Impostor:
    """Words that put an official body in an impostor's mouth: an anti-fraud warning.

    "Callers claiming to be from the police about your loan are fraudsters" names the police
    to warn the borrower, not to threaten them. A ``markers`` word ending at most ``within``
    characters before a finding of impersonation, arrest or legal action, in the same
    sentence, attributes it to an impostor (``post_markers`` for languages that put the
    marker after the noun: Hindi "पुलिस के नाम पर", in the name of the police), provided
    that what lies between them is only ``glue`` words ("from the", "or") and other such
    findings: "claiming to be poor, you will be arrested" attributes nothing. ``words``
    (fraudster, 骗子 …) name the impostor: in a sentence where one stands before a marker, or
    that holds a finding attributed by glue, every later finding of those categories after
    the marker is attributed too ("scammers pretending to be police officers and threatening
    arrest"), unless a ``contrasts`` word ("unlike", "but", 而我们) comes between: "unlike
    scammers posing as police, our lawyers will have you arrested" is the collector's own
    threat. A ``disavowals`` word ("never threaten", "will never text you to say") disowns
    what follows it within ``disavowal_within`` characters as a marker does (glue and other
    such findings only between), unless its clause ends before the first of them or a
    negation exception or breaker word intervenes ("we never threaten, but …").

    ``warnings`` ("beware of", "waspada terhadap", 谨防) attribute as markers do, but only in a
    sentence that also names the impostor (one of ``words``) or holds another marker ("beware
    of callers claiming to be police"): "watch out for the sheriff deputies on their way to
    arrest you" warns of nobody but the collector's own officers.

    ``speakers`` (we, kami, 我们) at most 12 characters before a marker, in its clause and
    with no negator ending between, make the marker the collector's own verb: "this is **us**
    threatening to report you to the police" attributes nothing. ``subjects`` are the speakers
    that, as the subject of a clause after a marker, start the collector's own words ("… by
    fake police. **We** will have you arrested"); each must also be a speaker. Words that are
    also objects ("kami", "us") or that an impostor may pose as ("我司", "our agents") are not
    subjects.

    ``reports`` ("laporkan ke", "i-report sa", "ripoti kwenye") and ``post_reports`` ("… par
    report karein", 派出所**报案**) advise the borrower to report an impostor: each attributes
    the one official finding next to it (a police force or station, glue only between) and
    nothing further, so "i-report sa pulis at NBI ang kaso mo huhulihin ka" still threatens.

    ``confirmations`` ("it's true", "na true", "ni kweli", 是真的) after an attributed finding,
    in its sentence, take the attribution back: "if anyone calls claiming to be a DCI officer
    sent to arrest you, know **it is true**, we sent him" is the collector's own threat.
    """

    markers: tuple[str, ...]
    within: int = 40
    warnings: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    reports: tuple[str, ...] = ()
    post_reports: tuple[str, ...] = ()
    confirmations: tuple[str, ...] = ()
    post_markers: tuple[str, ...] = ()
    post_within: int = 15
    words: tuple[str, ...] = ()
    glue: tuple[str, ...] = ()
    disavowals: tuple[str, ...] = ()
    disavowal_within: int = 80
    contrasts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Grammar:
    """Function words that the checker's own patterns look for around a finding.

    Each is a word or a phrase, matched case-insensitively on the message as written (not
    folded: list the Traditional Chinese forms too) as whole words, any run of spaces
    between a phrase's words; a Han or Devanagari end needs no boundary. A pattern with
    alternatives is listed in full ("you asked whether", "u asked if", …): there is no
    ``*`` and no SMS spelling here.

    ``limits`` ("only", "hanya", 仅) confine a contact that a written authorisation licenses
    to a purpose ("… hanya utk konfirmasi jadwal"): without one the authorisation excuses
    nothing. ``reported_questions`` ("you asked whether", "uliuliza kama", 您问) report a
    question the borrower asked, which a brief answer may deny though it ends on a full stop
    ("You asked whether we would call your boss. No."). ``speech_verbs`` ("say", "husema",
    "talk say", 说) between an impostor word and a quotation make the impostor its speaker:
    "Scammers often say: "…"". ``addressed`` ("you", "dasar", 你) right before an impostor
    word aim it at the reader ("a scammer like **you**", "dasar penipu"): an insult, not a
    warning. ``reported_by`` ("will", "has", "akan", "don") anywhere before a report marker
    in its clause make the report the collector's own act ("we **will** report it to the
    police"), not advice to the borrower.

    A report marker ("report it to", "laporkan ke", 报案) is advice only in the position of a
    request: its clause before it (before the place, for a marker after it: 请到**派出所**报案)
    ends on a run of ``requests`` ("please", "you can", "segera", "tafadhali", 请, 向, 当地),
    and what comes before that run is nothing, ends on a ``request_joins`` word ("and", "dan",
    "na", 并: "Pay only via the app **and** report threats to EFCC"), or opens on one of the
    ``request_conditions``, a condition of meeting a scam ("if you receive", "jika diancam",
    如遇: "**如遇**可疑来电请到当地派出所报案"). That part must not start with a speaker (the
    collector as subject) nor hold a ``reported_by`` word. ``summons`` (a day or a time, the
    borrower's own file: "tomorrow", "kesho saa tatu", 明天上午, "your file") in the marker's
    sentence make it an order to present oneself, not advice. "Kami akan segera laporkan ke
    polisi" and "我们法务部门经过慎重考虑决定去派出所报案" are the collector's own report.

    A question that a brief denial answers ("Will I be arrested? No.") is the borrower's
    worry, unless it holds ``readers_own``, the reader's own ("your", "anda", "yako", "aapke",
    你的, 您家): the borrower asks about "my" family, so "Should we tell **your** wife? No." is
    the collector's. (Tagalog "mo"/"niyo"/"ninyo" are read by the code: they are also the
    doer, "Tatawagan niyo ba …?".) ``answer_labels`` ("answer", "jawaban", "jibu ni", "sagot",
    "uttar", उत्तर) may stand between the question and its answer, after a short word and
    before a colon ("Our answer: No.", "Jibu ni hapana").

    ``pretexts`` ("excuses", "promises") are the reader's own conduct: an impostor marker right
    before or after one ("No more **fake excuses**.") warns of no impostor, so a report marker
    in the same message stays a summons.

    ``pronouns`` ("them", "him", "mereka", "sila", 他们) are object pronouns that may stand
    for a person named before them (:attr:`Near.refers_back`), right after the verb they are
    the object of ("call them", "tatawagan namin sila"); ``pronouns_before`` stand right
    before it (Hindi "unhe call karenge"). They pair only with their own pack's patterns and,
    unlike the other words, are searched as those patterns' far terms are: folded, and also
    spaced out ("c a l l  t h e m").

    ``debts`` ("debt", "arrears", "balance", "utang", "tunggakan", 欠款) name the borrower's
    debt: after a contact that a written authorisation licenses, in its sentence, one (or a
    sum of money) makes the contact a disclosure no authorisation excuses ("Per your written
    consent, we will only inform your colleagues of your N132,000 debt").
    """

    limits: tuple[str, ...] = ()
    reported_questions: tuple[str, ...] = ()
    speech_verbs: tuple[str, ...] = ()
    addressed: tuple[str, ...] = ()
    reported_by: tuple[str, ...] = ()
    requests: tuple[str, ...] = ()
    request_joins: tuple[str, ...] = ()
    request_conditions: tuple[str, ...] = ()
    summons: tuple[str, ...] = ()
    readers_own: tuple[str, ...] = ()
    answer_labels: tuple[str, ...] = ()
    pretexts: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    pronouns_before: tuple[str, ...] = ()
    debts: tuple[str, ...] = ()


_TABLE_KEYS: Final = {
    "": frozenset(
        {
            "language",
            "policy",
            "tone",
            "negation",
            "impostor",
            "grammar",
            "spellings",
            "threat_spellings",
            "entry",
        }
    ),
    "tone": frozenset({"courtesy", "informal", "formal", "overdue"}),
    # A table parsed into a dataclass knows the keys its fields name.
    "negation": frozenset(f.name for f in fields(Negation)),
    "impostor": frozenset(f.name for f in fields(Impostor)),
    "grammar": frozenset(f.name for f in fields(Grammar)),
}


def _check_keys(raw: Mapping[str, object], language: str) -> None:
    """Refuse a key a pack table does not know: a misplaced or misspelt one would be dropped."""
    for table, allowed in _TABLE_KEYS.items():
        section = raw if not table else raw.get(table, {})
        if not isinstance(section, Mapping):
            raise ValueError(f"{language}: [{table}] must be a table")
        unknown = sorted(set(section) - allowed)
        if unknown:
            where = f"[{table}]" if table else "the top level"
            raise ValueError(f"{language}: unknown key(s) {unknown} in {where}")


_Table = TypeVar("_Table", "Negation", "Impostor")


def _table(raw: Mapping[str, object], name: str, cls: type[_Table]) -> _Table | None:
    """The pack table ``name`` as ``cls``: word lists, ``int`` fields for the windows and
    ``bool`` flags; a key the table leaves out keeps the field's default."""
    section = cast("Mapping[str, object] | None", raw.get(name))
    if section is None:
        return None
    values: dict[str, object] = {}
    for f in fields(cls):
        if f.name in section:
            value = section[f.name]
            if f.type == "int":
                values[f.name] = int(str(value))
            elif f.type == "bool":
                values[f.name] = _flag(value, f"{name}.{f.name}")
            else:
                values[f.name] = _strs(value, f"{name}.{f.name}")
    return cls(**values)  # type: ignore[arg-type]


def _impostor(raw: Mapping[str, object]) -> Impostor | None:
    table = _table(raw, "impostor", Impostor)
    if table is not None:
        speakers = {w.casefold() for w in table.speakers}
        stray = [w for w in table.subjects if w.casefold() not in speakers]
        if stray:
            raise ValueError(f"impostor.subjects must also be speakers: {stray}")
    return table


def _grammar(raw: Mapping[str, object], language: str) -> Grammar | None:
    """The pack's ``[grammar]`` table. A word the checker would build into a regex wrongly is
    refused: an empty one would match everywhere, and a ``*`` or an outer space would be
    read literally and never match."""
    section = cast("Mapping[str, object] | None", raw.get("grammar"))
    if section is None:
        return None
    lists: dict[str, tuple[str, ...]] = {}
    for f in fields(Grammar):
        where = f"{language}: grammar.{f.name}"
        words = _strs(section.get(f.name, []), where)
        bad = [w for w in words if not w.strip() or w != w.strip() or "*" in w]
        if bad:
            raise ValueError(f"{where}: {bad} must be words or phrases, with no '*' or outer space")
        lists[f.name] = words
    return Grammar(**lists)


def _flag(raw: object, where: str) -> bool:
    """``raw`` as a pack's true/false setting; anything else is refused, naming ``where``."""
    if not isinstance(raw, bool):
        raise ValueError(f"{where} must be true or false")
    return raw


def _strs(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise ValueError(f"{where} must be a list of strings")
    return tuple(cast("list[str]", raw))


def _entry(raw: Mapping[str, object], language: str) -> PackEntry:
    code = str(raw["code"])
    _refuse_unknown(raw, _ENTRY_KEYS, f"{language}:{code}")
    category = raw["category"]
    severity = raw["severity"]
    if category not in CATEGORIES:
        raise ValueError(f"{language}:{code}: unknown category {category!r}")
    if severity not in SEVERITIES:
        raise ValueError(f"{language}:{code}: unknown severity {severity!r}")
    kind = raw.get("kind", "phrase")
    if kind not in ("phrase", "civil_action", "court_process", "lawful_consequence"):
        raise ValueError(f"{language}:{code}: unknown kind {kind!r}")
    raw_near = cast("list[dict[str, object]]", raw.get("near", []))
    for n in raw_near:
        _refuse_unknown(n, _NEAR_KEYS, f"{language}:{code}.near")
    near = tuple(
        Near(
            a=_strs(n["a"], f"{code}.near.a"),
            b=_strs(n.get("b", []), f"{code}.near.b"),
            within=int(str(n["within"])),
            b_regex=None if n.get("b_regex") is None else str(n["b_regex"]),
            refers_back=_flag(n.get("refers_back", False), f"{code}.near.refers_back"),
            same_sentence=_flag(n.get("same_sentence", False), f"{code}.near.same_sentence"),
        )
        for n in raw_near
    )
    codes = {str(k): str(v) for k, v in cast("dict[str, str]", raw.get("codes", {})).items()}
    if kind in INTENTION_KINDS and set(codes) != {"unknown", "not_intended", "intended"}:
        raise ValueError(f"{language}:{code}: {kind} needs unknown/not_intended/intended codes")
    return PackEntry(
        code=code,
        name=str(raw["name"]),
        category=category,
        severity=severity,
        phrases=_strs(raw.get("phrases", []), f"{code}.phrases"),
        rationale=str(raw.get("rationale", "")),
        source=str(raw.get("source", "")),
        kind=kind,
        near=near,
        must_match=_strs(raw.get("must_match", []), f"{code}.must_match"),
        must_not_match=_strs(raw.get("must_not_match", []), f"{code}.must_not_match"),
        codes=codes,
        denied_by=_strs(raw.get("denied_by", []), f"{code}.denied_by"),
        refuted_by=_strs(raw.get("refuted_by", []), f"{code}.refuted_by"),
        growth=_growth(raw.get("growth"), f"{language}:{code}.growth"),
    )


# An entry's, a proximity pattern's and a growth table's keys are their dataclasses' fields:
# a misspelt or unsupported key ("opening") would otherwise be dropped and the pattern read
# wider.
_ENTRY_KEYS: Final = frozenset(f.name for f in fields(PackEntry))
_NEAR_KEYS: Final = frozenset(f.name for f in fields(Near))
_GROWTH_KEYS: Final = frozenset(f.name for f in fields(Growth))


def _refuse_unknown(raw: Mapping[str, object], known: frozenset[str], where: str) -> None:
    """Raise ``ValueError`` naming every key of ``raw`` that ``known`` does not hold."""
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {unknown}")


def _growth(raw: object, where: str) -> Growth | None:
    """An entry's ``growth`` table, every key checked: a misspelt one would be dropped."""
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where} must be a table")
    _refuse_unknown(raw, _GROWTH_KEYS, where)
    ratio = raw.get("ratio", 2.0)
    if isinstance(ratio, bool) or not isinstance(ratio, int | float) or ratio <= 1:
        raise ValueError(f"{where}.ratio must be a number above 1")
    growth = Growth(
        links=_strs(raw.get("links", []), f"{where}.links"),
        debts=_strs(raw.get("debts", []), f"{where}.debts"),
        others=_strs(raw.get("others", []), f"{where}.others"),
        ratio=float(ratio),
        verb_final=_flag(raw.get("verb_final", False), f"{where}.verb_final"),
        offers=_strs(raw.get("offers", []), f"{where}.offers"),
    )
    if not growth.links or not growth.debts:
        raise ValueError(f"{where} needs links and debts")
    return growth


def _spellings(raw: object, language: str, name: str = "spellings") -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, Mapping):
        raise ValueError(f"{language}: [{name}] must be a table")
    table: dict[str, tuple[str, ...]] = {}
    for word, spelt in raw.items():
        if not word or word != word.casefold() or len(word.split()) != 1:
            raise ValueError(f"{language}: {name} key {word!r} must be one lowercase word")
        table[word] = _strs(spelt, f"{name}.{word}")
    return table


# A phrase with many spelt words ("you ... your ... you") keeps at most this many variants.
_MAX_VARIANTS = 48


def spelling_variants(term: str, spellings: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """``term`` and its SMS spellings, word by word, the term itself first.

    >>> spelling_variants("call your boss", {"your": ("ur", "yr")})
    ('call your boss', 'call ur boss', 'call yr boss')
    """
    words = term.split(" ")
    options = [(w, *spellings.get(w.casefold(), ())) for w in words]
    variants = [""]
    for i, choices in enumerate(options):
        joined = [v + (" " if i else "") + c for v in variants for c in choices]
        variants = joined[:_MAX_VARIANTS]
    return tuple(variants)


@lru_cache(maxsize=len(LANGUAGES))
def load_pack(language: str) -> Pack:
    """The shipped phrase pack of ``language`` (one of :data:`LANGUAGES`)."""
    if language not in LANGUAGES:
        raise ValueError(f"no phrase pack for language {language!r}; packs: {', '.join(LANGUAGES)}")
    resource = resources.files("dunning_sms").joinpath("packs").joinpath(f"{language}.toml")
    raw = tomllib.loads(resource.read_text(encoding="utf-8"))
    _check_keys(raw, language)
    tone = cast("dict[str, object]", raw.get("tone", {}))
    return Pack(
        language=language,
        policy=str(raw["policy"]),
        entries=tuple(_entry(e, language) for e in raw.get("entry", [])),
        courtesy=_strs(tone.get("courtesy", []), "tone.courtesy"),
        informal=_strs(tone.get("informal", []), "tone.informal"),
        formal=_strs(tone.get("formal", []), "tone.formal"),
        overdue=_strs(tone.get("overdue", []), "tone.overdue"),
        negation=_table(raw, "negation", Negation),
        impostor=_impostor(raw),
        grammar=_grammar(raw, language),
        spellings=_spellings(raw.get("spellings", {}), language),
        threat_spellings=_spellings(raw.get("threat_spellings", {}), language, "threat_spellings"),
    )


def _is_word(ch: str) -> bool:
    # No ASCII character is a combining mark: skip the category lookup for them.
    return ch.isalnum() or (not ch.isascii() and unicodedata.category(ch)[0] == "M")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _joins(ch: str) -> bool:
    """Whether ``ch`` next to a term's Latin (or other non-CJK) edge continues its word. A
    Han character does not: Chinese puts Latin words between characters with no space
    ("导出你的txl共216人", "标注老lai发群").
    """
    return _is_word(ch) and not _is_cjk(ch)


class Hit(NamedTuple):
    """A term found in a message: its tag and its span in the ORIGINAL text."""

    tag: Hashable
    start: int
    end: int
    folded_start: int
    folded_end: int


_new_hit = tuple.__new__


# A term: (tag, check_left, check_right), whether a word character may not touch its start
# or its end. Plain tuples, and tuples of them, because a policy holds tens of thousands of
# terms: CPython's cyclic collector stops tracking a tuple of plain values, while objects and
# lists stay tracked and made every full collection of the host process walk them (the
# us policy's matcher alone added about 30 ms to each; docs/performance.md).
_Term = tuple[Hashable, bool, bool]


class PhraseMatcher:
    """Every term of a policy in one Aho-Corasick automaton over both views of a message.

    Tags in ``presence_only`` are reported once per message at most (their first hit): a
    family that only asks whether such a term occurs pays nothing for its repeats.

    Terms in ``latin_only`` (a Chinese phrase spelt partly in pinyin, "坐lao") hold a Latin
    letter, so they can only occur in a message that has one of their Latin runs as its own:
    they live in a second, compact automaton that only such messages are searched with, and
    their tens of thousands of patterns add neither the main automaton's memory nor its
    search time.
    """

    def __init__(
        self,
        terms: Iterable[tuple[str, Hashable]],
        presence_only: frozenset[Hashable] = frozenset(),
        latin_only: Iterable[tuple[str, Hashable]] = (),
    ) -> None:
        word: dict[str, list[_Term]] = {}
        squeezed: dict[str, list[_Term]] = {}
        sq_words: dict[str, set[str]] = {}  # the word forms behind each squeezed form
        main = list(terms)
        first: set[str] = set()  # the patterns of the main terms
        # Every Latin run of a Latin-only term ("lao" of "坐lao", "tongxunlu"): a message none
        # of whose own Latin runs ("app", "vip") is one of them cannot hold such a term.
        pieces: set[str] = set()
        for n, (raw, tag) in enumerate([*main, *latin_only]):
            left_open = raw.startswith("*")
            right_open = raw.endswith("*") and len(raw) > 1
            core = raw[1 if left_open else 0 : len(raw) - 1 if right_open else len(raw)]
            folded = normalize(core)
            text = folded.text.strip()
            if not text:
                continue
            term: _Term = (
                tag,
                not left_open and _is_word(text[0]) and not _is_cjk(text[0]),
                not right_open and _is_word(text[-1]) and not _is_cjk(text[-1]),
            )
            word.setdefault(text, []).append(term)
            sq = folded.squeezed
            if n < len(main):
                first.update((text, sq))
            else:
                pieces.update(folded.latin_runs)
            latin = not any(_is_cjk(c) for c in sq)
            # A one-character term the same in both views can never be split by a separator:
            # its squeezed occurrences are its word-view ones.
            if sq and (not latin or len(sq) >= _MIN_SQUEEZED_LATIN) and (len(sq) > 1 or sq != text):
                squeezed.setdefault(sq, []).append(term)
                sq_words.setdefault(sq, set()).add(text)
        # One automaton over both views: a message is searched as ``text + "\x00" + squeezed``
        # in one call (no term holds a NUL, so no match crosses the join), which halves the
        # per-call and UTF-8 conversion overhead of searching each view on its own.
        patterns = list(dict.fromkeys([*word, *squeezed]))
        # The main terms' patterns first: the second automaton's indexes follow theirs.
        main_patterns = [p for p in patterns if p in first]
        self._latin_from = len(main_patterns)
        patterns = main_patterns + [p for p in patterns if p not in first]
        self._word_terms: tuple[tuple[_Term, ...] | None, ...] = tuple(
            tuple(word[p]) if p in word else None for p in patterns
        )
        # The tags of a pattern whose word-view terms need no boundary test (CJK ends, open
        # ends): each occurrence is a hit as found.
        self._free_tags: tuple[tuple[Hashable, ...] | None, ...] = tuple(
            None
            if terms is None or any(left or right for _, left, right in terms)
            else tuple(tag for tag, _, _ in terms)
            for terms in self._word_terms
        )
        self._sq_terms: tuple[tuple[_Term, ...] | None, ...] = tuple(
            tuple(squeezed[p]) if p in squeezed else None for p in patterns
        )
        # A squeezed form with one word form that starts and ends on a non-separator: its
        # occurrences in the word view (str.count) map one to one onto squeezed occurrences of
        # the same terms, so when the counts agree the word pass has found them all.
        seps = _tables().sep_chars
        self._sq_word = tuple(
            None
            if p not in squeezed
            or len(words := sq_words[p]) != 1
            or {min(words)[0], min(words)[-1]} & seps
            else min(words)
            for p in patterns
        )
        # Patterns all of whose terms carry a presence-only tag (one shared tag per pattern).
        self._once: tuple[bool, ...] = tuple(
            bool(presence_only)
            and all(t[0] in presence_only for t in (word.get(p) or []) + (squeezed.get(p) or []))
            for p in patterns
        )
        self._joined = not any("\x00" in p for p in patterns)
        kind = ahocorasick_rs.MatchKind.Standard
        # A DFA: 7-35 ms to build per policy (once, cached), the fastest search per message.
        self._ac = ahocorasick_rs.AhoCorasick(
            patterns[: self._latin_from],
            matchkind=kind,
            implementation=ahocorasick_rs.Implementation.DFA,
        )
        self._latin_pieces = frozenset(pieces)
        self._ac_latin = (
            ahocorasick_rs.AhoCorasick(
                patterns[self._latin_from :],
                matchkind=kind,
                implementation=ahocorasick_rs.Implementation.ContiguousNFA,
            )
            if self._latin_from < len(patterns)
            else None
        )

    @staticmethod
    def _bounded(nt: NormalizedText, start: int, end: int, term: _Term) -> bool:
        _, check_left, check_right = term
        text = nt.text
        if check_left and start > 0 and _joins(text[start - 1]) and not nt.inside_run_on(start):
            return False
        return not (
            check_right and end < len(text) and _joins(text[end]) and not nt.inside_run_on(end)
        )

    def find(self, nt: NormalizedText) -> list[Hit]:
        """Every term occurrence in ``nt`` (and its leet reading), by tag, with original offsets.

        The result is cached on ``nt`` per matcher, so families sharing a matcher match once.
        """
        cached: list[Hit] | None = nt._cache.get(self)
        if cached is not None:
            return cached
        hits = self._find(nt)
        if nt.alt is not None:
            seen = {(h.tag, h.folded_start, h.folded_end) for h in hits}
            hits.extend(
                h for h in self._find(nt.alt) if (h.tag, h.folded_start, h.folded_end) not in seen
            )
        nt._cache[self] = hits
        return hits

    def _find(self, nt: NormalizedText) -> list[Hit]:
        text = nt.text
        squeezed = nt.squeezed
        size = len(text)
        mapped = nt._index is not None or nt.gaps is not None  # ``nt.mapped``, without a call
        hits: list[Hit] = []
        word_terms = self._word_terms
        free_tags = self._free_tags
        sq_matches: list[tuple[int, int, int]] = []
        if self._joined:
            matches = self._ac.find_matches_as_indexes(f"{text}\x00{squeezed}", overlapping=True)
        else:
            matches = self._ac.find_matches_as_indexes(text, overlapping=True)
            matches += [
                (i, s + size + 1, e + size + 1)
                for i, s, e in self._ac.find_matches_as_indexes(squeezed, overlapping=True)
            ]
        if (
            self._ac_latin is not None
            and nt.latin
            and not self._latin_pieces.isdisjoint(nt.latin_runs)
        ):
            # Both views in one call even when a main pattern holds a NUL: the Latin-only
            # terms are pinyin spellings of pack phrases, which never do.
            first = self._latin_from
            matches += [
                (i + first, s, e)
                for i, s, e in self._ac_latin.find_matches_as_indexes(
                    f"{text}\x00{squeezed}", overlapping=True
                )
            ]
        once = self._once
        seen_once = False
        for index, start, end in matches:
            if start > size:
                if self._sq_terms[index] is not None and not (seen_once and once[index]):
                    sq_matches.append((index, start - size - 1, end - size - 1))
                continue
            if seen_once and once[index]:
                continue
            free = free_tags[index]
            if free is not None:
                o_start, o_end = nt.span(start, end) if mapped else (start, end)
                for tag in free:
                    hits.append(_new_hit(Hit, (tag, o_start, o_end, start, end)))
                seen_once = seen_once or once[index]
                continue
            terms = word_terms[index]
            if terms is None:
                continue
            # Whether the word joins its neighbour on each side: asked once per occurrence,
            # since a pattern shared by several pack entries ("tagih") has a term for each.
            joined_left = joined_right = None
            for tag, check_left, check_right in terms:
                if check_left and start > 0:
                    if joined_left is None:
                        # An ASCII neighbour joins exactly when it is a letter or digit: no call.
                        ch = text[start - 1]
                        joined_left = (ch.isalnum() if ch < "\x80" else _joins(ch)) and not (
                            nt.has_run_ons and nt.inside_run_on(start)
                        )
                    if joined_left:
                        continue
                if check_right and end < size:
                    if joined_right is None:
                        ch = text[end]
                        joined_right = (ch.isalnum() if ch < "\x80" else _joins(ch)) and not (
                            nt.has_run_ons and nt.inside_run_on(end)
                        )
                    if joined_right:
                        continue
                # tuple.__new__ skips the NamedTuple's Python-level constructor.
                if mapped:
                    o_start, o_end = nt.span(start, end)
                    hits.append(_new_hit(Hit, (tag, o_start, o_end, start, end)))
                else:
                    hits.append(_new_hit(Hit, (tag, start, end, start, end)))
                seen_once = seen_once or once[index]
        if not sq_matches:
            return hits
        per_pattern: dict[int, int] = {}
        for index, _, _ in sq_matches:
            per_pattern[index] = per_pattern.get(index, 0) + 1
        seen: set[tuple[Hashable, int, int]] | None = None
        # Counted once per pattern: a hostile text repeating one phrase thousands of times
        # would otherwise count it over the whole text once per occurrence.
        in_word_view: dict[int, int] = {}
        for index, s_start, s_end in sq_matches:
            word = self._sq_word[index]
            if word is not None:
                count = in_word_view.get(index)
                if count is None:
                    count = in_word_view[index] = text.count(word)
                if per_pattern[index] == count:
                    # Every occurrence is contiguous in the word view and was handled there;
                    # skip the (costlier) squeezed-to-word offset map.
                    continue
            if seen is None:
                seen = {(h.tag, h.folded_start, h.folded_end) for h in hits}
            start, end = nt.squeezed_to_text(s_start, s_end)
            for term in self._sq_terms[index] or ():
                tag = term[0]
                if (tag, start, end) in seen or not self._bounded(nt, start, end, term):
                    continue
                seen.add((tag, start, end))
                o_start, o_end = nt.span(start, end)
                hits.append(Hit(tag, o_start, o_end, start, end))
        return hits
