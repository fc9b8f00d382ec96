"""Wording rules: pack examples, lawful-vs-threat context, custom phrases and the corpus."""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

import pytest

from dunning_sms._normalize import NormalizedText
from dunning_sms._phrases import LANGUAGES, Hit, PhraseMatcher, load_pack
from dunning_sms._policy import load_policy
from dunning_sms._report import CATEGORIES
from dunning_sms._rules import CheckContext
from dunning_sms._rules.wording import CUSTOM_CODE, FAMILY, error_codes

CORPUS = Path(__file__).parent / "data" / "wording" / "corpus.jsonl"
POLICY = {"zh": "cn", "en": "us", "id": "id", "fil": "ph", "sw": "ke", "hi": "in", "pcm": "ng"}


def _findings(  # type: ignore[no-untyped-def]
    text: str, policy: str, intended: bool | None = None, authorised: bool | None = None
):
    pol = load_policy(policy)
    ctx = CheckContext(
        text=text,
        policy=pol,
        languages=pol.languages,
        legal_action_intended=intended,
        contact_authorised=authorised,
    )
    return list(FAMILY.bind(pol).check(ctx))


def _refused(text: str, policy: str) -> set[str]:
    """The codes of the wording findings that refuse ``text`` under ``policy``."""
    return {f.rule for f in _findings(text, policy) if f.severity == "error"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_pack_list_holds_a_term_twice(language: str) -> None:
    """A repeated term matches nothing more; it only hides which list a reviewer should edit."""
    pack = load_pack(language)
    lists = {}
    for entry in pack.entries:
        lists[f"{entry.code}.phrases"] = entry.phrases
        lists[f"{entry.code}.denied_by"] = entry.denied_by
        lists[f"{entry.code}.refuted_by"] = entry.refuted_by
        for k, near in enumerate(entry.near):
            lists[f"{entry.code}.near[{k}].a"] = near.a
            lists[f"{entry.code}.near[{k}].b"] = near.b
    repeated = {
        where: sorted({t for t in terms if terms.count(t) > 1})
        for where, terms in lists.items()
        if len(set(terms)) < len(terms)
    }
    assert not repeated


@pytest.mark.parametrize("language", LANGUAGES)
def test_pack_loads_with_valid_codes_and_categories(language: str) -> None:
    pack = load_pack(language)
    prefix = {"zh": "WZH", "en": "WEN", "id": "WID", "fil": "WFIL", "sw": "WSW", "hi": "WHI",
              "pcm": "WPCM"}[language]  # fmt: skip
    assert len(pack.entries) >= 7
    for entry in pack.entries:
        assert entry.code.startswith(prefix)
        assert entry.category in CATEGORIES
        assert entry.must_match
        assert entry.source


def test_every_rule_has_examples_except_custom() -> None:
    for rule in FAMILY.rules:
        assert rule.passing
        if rule.code != CUSTOM_CODE:
            assert rule.failing, rule.code


@pytest.mark.parametrize("rule", FAMILY.rules, ids=lambda r: r.code)
def test_rule_examples(rule) -> None:  # type: ignore[no-untyped-def]
    for ex in rule.failing:
        found = _findings(ex.text, ex.policy, ex.legal_action_intended, ex.contact_authorised)
        assert rule.code in [f.rule for f in found], ex.text
    for ex in rule.passing:
        found = _findings(ex.text, ex.policy, ex.legal_action_intended, ex.contact_authorised)
        assert rule.code not in [f.rule for f in found], ex.text


def test_spans_are_original_offsets() -> None:
    text = "Pay now. You will be a r r e s t e d."
    (finding,) = [f for f in _findings(text, "us") if f.rule == "WEN002"]
    assert text[finding.start : finding.end] == "a r r e s t"  # "arrest*" is open-ended


@pytest.mark.parametrize(
    ("text", "policy", "rule", "phrase"),
    [
        (
            "Pay today or the police will come to your house.",
            "us",
            "WEN002",
            "the police will come",
        ),
        ("您好，再不还钱我们就上门找你家人。", "cn", "WZH005", "上门找你家人"),
    ],
)
def test_overlapping_words_of_one_rule_are_one_finding(
    text: str, policy: str, rule: str, phrase: str
) -> None:
    # "the police will", "police will" and "police will come" are one threat, read once.
    (finding,) = [f for f in _findings(text, policy) if f.rule == rule]
    assert text[finding.start : finding.end] == phrase == finding.data["phrase"]
    assert finding.message.endswith(repr(phrase))


def test_no_two_findings_of_one_rule_overlap_on_the_corpus() -> None:
    market = {"zh": "cn", "en": "us", "id": "id", "fil": "ph", "sw": "ke", "hi": "in", "pcm": "ng"}
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for f in _findings(row["text"], market[row["lang"]]):
            spans[f.rule, f.severity].append((f.start, f.end))
        for (rule, _), found in spans.items():
            found.sort()
            assert all(a[1] <= b[0] for a, b in pairwise(found)), (rule, row)


def test_traditional_chinese_is_matched() -> None:
    text = "再不還錢就等著坐牢，通知你單位和親友。"
    codes = {f.rule for f in _findings(text, "cn")}
    assert {"WZH002", "WZH005"} <= codes


@pytest.mark.parametrize(
    ("intended", "code", "severity"),
    [(None, "WEN010", "warning"), (False, "WEN011", "error"), (True, "WEN012", "info")],
)
def test_civil_action_depends_on_intention(intended: bool | None, code: str, severity: str) -> None:
    text = "If this remains unpaid, legal action may follow."
    found = [f for f in _findings(text, "us", intended) if f.rule.startswith("WEN01")]
    assert [(f.rule, f.severity) for f in found] == [(code, severity)]


def test_criminal_framing_stays_an_error_even_when_suit_intended() -> None:
    found = _findings("You will be arrested and jailed.", "us", intended=True)
    assert any(f.severity == "error" and f.category == "threat_arrest_or_criminal" for f in found)


def test_neutral_credit_reporting_is_info_but_blacklist_is_error() -> None:
    neutral = _findings("逾期将按合同约定报送征信，请按时还款。", "cn")
    assert neutral and all(f.severity == "info" for f in neutral)
    threat = _findings("逾期将上征信黑名单。", "cn")
    assert any(f.severity == "error" for f in threat)


def test_policy_banned_phrases() -> None:
    pol = load_policy("cn").model_copy(update={"banned_phrases": ("秒批",)})
    ctx = CheckContext(text="您好，秒 批额度已到账。", policy=pol, languages=pol.languages)
    found = [f for f in FAMILY.bind(pol).check(ctx) if f.rule == CUSTOM_CODE]
    assert found and found[0].severity == "error"


def test_error_codes_exposed() -> None:
    codes = error_codes()
    assert {"WZH001", "WEN002", CUSTOM_CODE} <= codes
    assert "WEN010" not in codes and "WEN013" not in codes


def _corpus() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_corpus_shape() -> None:
    rows = _corpus()
    assert len(rows) >= 300
    heldout = [r for r in rows if r["split"] == "heldout"]
    assert len(heldout) / len(rows) >= 0.30
    assert {r["lang"] for r in rows} == set(LANGUAGES)


REAL = ("quoted_real", "published_example")


def measure(
    split: str = "heldout", origins: tuple[str, ...] = ("authored", "generated")
) -> dict[str, dict[str, tuple[int, int]]]:
    """Flagged counts (error-level wording finding) per label and language/category."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in _corpus():
        if row["split"] != split or row["origin"] not in origins:
            continue
        lang = str(row["lang"])
        flagged = any(f.severity == "error" for f in _findings(str(row["text"]), POLICY[lang]))
        label = str(row["label"])
        keys = [f"lang:{lang}", "all"] + [f"cat:{c}" for c in row["categories"]]  # type: ignore[attr-defined]
        for key in keys:
            table[label][key][0] += flagged
            table[label][key][1] += 1
    return {lab: {k: (v[0], v[1]) for k, v in d.items()} for lab, d in table.items()}


def test_heldout_recall_and_false_alarms() -> None:
    """Issue #4 targets, met on the authored texts and their evasion variants."""
    table = measure("heldout")
    hit, total = table["violation"]["all"]
    assert hit / total >= 0.95, table["violation"]
    flagged, clean_total = table["compliant"]["all"]
    assert flagged / clean_total <= 0.05, table["compliant"]


def test_heldout_real_texts() -> None:
    """Texts quoted in public sources: no false alarms, recall below the 95% target.

    The recall floor is the measured value (84/123, docs/quality.md), kept so a pack change that
    loses real-world hits fails; it is not the issue's target, which real texts do not meet.
    """
    rows = [r for r in _corpus() if r["origin"] in REAL]
    assert len(rows) >= 487
    assert all(str(r["source"]).strip() for r in rows)
    table = measure("heldout", REAL)
    flagged, clean_total = table["compliant"]["all"]
    assert flagged / clean_total <= 0.05, table["compliant"]
    hit, total = table["violation"]["all"]
    assert total >= 123 and hit >= 84, table["violation"]


def _searched(nt: NormalizedText) -> dict[object, list[Hit]]:
    """The matchers that searched ``nt`` (each caches its hits on it under itself), with hits."""
    return {key: hits for key, hits in nt._cache.items() if not isinstance(key, str)}


def test_wording_and_tone_share_one_automaton_and_one_pass() -> None:
    from dunning_sms._rules import tone

    policy = load_policy("cn")
    wording_checker, tone_checker = FAMILY.bind(policy), tone.FAMILY.bind(policy)
    assert wording_checker._matcher is tone_checker._matcher  # type: ignore[attr-defined]
    ctx = CheckContext(text="你的借款已逾期，请还款。", policy=policy, languages=policy.languages)
    wording_checker.check(ctx)

    assert list(_searched(ctx.normalized)) == [wording_checker._matcher]  # type: ignore[attr-defined]
    codes = {f.rule for f in tone_checker.check(ctx)}
    assert "TON002" in codes  # 你: from the shared pass, not a second one
    assert list(_searched(ctx.normalized)) == [wording_checker._matcher]  # type: ignore[attr-defined]


def test_near_far_side_is_searched_only_next_to_a_near_term() -> None:
    policy = load_policy("cn")
    checker = FAMILY.bind(policy)
    plain = CheckContext(
        text="您的借款明日到期，请按时还款。", policy=policy, languages=policy.languages
    )
    assert checker.check(plain) == []
    assert len(_searched(plain.normalized)) == 1  # the far-side automaton never ran
    # A near term must be the rarer side of its pair: 将 and "will" are in most reminders
    # (session 12 put them on the near side once, and every reminder searched a far side).
    for code, text in (
        ("cn", "您的借款¥1,234.56将于2024年12月5日到期，请按时还款，如已还款请忽略。"),
        ("us", "Your payment of $452.98 will be due on March 31. Please pay in the app. Thanks!"),
    ):
        pol = load_policy(code)
        ctx = CheckContext(text=text, policy=pol, languages=pol.languages)
        assert FAMILY.bind(pol).check(ctx) == []
        assert len(_searched(ctx.normalized)) == 1, code
    text = "我们会通知您的家人您的借款情况。"
    near = CheckContext(text=text, policy=policy, languages=policy.languages)
    assert "WZH005" in {f.rule for f in checker.check(near)}
    # The far sides searched: those of the patterns whose near term occurs, no others.
    with_near_term = [
        n for e in load_pack("zh").entries for n in e.near if any(a in text for a in n.a)
    ]
    searched = len(_searched(near.normalized)) - 1
    assert searched == len(with_near_term) >= 1
    assert searched < sum(len(e.near) for e in load_pack("zh").entries)


def test_presence_only_courtesy_survives_a_failed_word_boundary() -> None:
    """ "hi" inside "this" is no courtesy word; a later real one must still be reported."""
    from dunning_sms._rules import tone

    policy = load_policy("us")
    text = "This is your reminder: 50 USD due Friday. Hi again, pay via the app."
    ctx = CheckContext(text=text, policy=policy, languages=policy.languages)
    assert "TON001" not in {f.rule for f in tone.FAMILY.bind(policy).check(ctx)}
    courtesy = [h for h in _searched(ctx.normalized)[FAMILY.bind(policy)._matcher]  # type: ignore[attr-defined]
                if h.tag == ("courtesy", 0)]  # fmt: skip
    assert len(courtesy) == 1 and text[courtesy[0].start : courtesy[0].end] == "Hi"


@pytest.mark.parametrize(
    ("policy", "text"),
    [
        ("us", "We will never contact your employer or family about this loan. Thank you."),
        ("us", "We do not call your friends or your employer. Please pay by Friday."),
        ("cn", "我们不会联系您的家人或单位，请放心。请按时还款，谢谢。"),
        ("id", "Kami tidak akan menghubungi keluarga Anda. Mohon bayar tepat waktu, terima kasih."),
        ("in", "हम आपके परिवार को कॉल नहीं करेंगे। धन्यवाद।"),
        ("in", "Hum aapke parivaar ko call nahi karenge. Dhanyavaad."),
        ("ke", "Hatutawasiliana na familia yako wala mwajiri wako. Asante."),
    ],
)
def test_a_negator_turns_third_party_wording_into_a_reassurance(policy: str, text: str) -> None:
    assert not _refused(text, policy)


@pytest.mark.parametrize(
    ("policy", "text", "code"),
    [
        ("us", "We will not hesitate to contact your employer.", "WEN005"),
        ("us", "We won't wait. Tomorrow we call your employer.", "WEN005"),
        ("us", "You will not be arrested if you pay today.", "WEN002"),
        ("cn", "我们不会客气，将通知你的家人。", "WZH005"),
        ("id", "Kami tidak akan segan menghubungi keluarga anda.", "WID005"),
        ("in", "Hum aapke parivaar ko call karenge agar aapne payment nahi kiya.", "WHI005"),
        ("in", "अगर आपने भुगतान नहीं किया तो हम आपके परिवार को कॉल करेंगे।", "WHI005"),
        ("ke", "Hatutawasiliana nawe tena, tutawasiliana na familia yako.", "WSW005"),
    ],
)
def test_negation_does_not_excuse_threats(policy: str, text: str, code: str) -> None:
    assert code in _refused(text, policy)


@pytest.mark.parametrize(
    ("policy", "text"),
    [
        # A negator reaches a list and a longer clause, up to a breaker or punctuation.
        ("ph", "CashGo will never post about your loan on social media or message your contacts."),
        # A negator between the two terms of a contact pattern denies the pair.
        ("uk", "A friend or family member can't call on your behalf unless you add them."),
        ("id", "Data ini tdk akan kami gunakan utk menagih keluarga atau teman Anda."),
        ("cn", "验证码482913，请勿将验证码告诉任何人，包括家人。"),
        # Anti-fraud warnings name the police, courts and arrest in an impostor's mouth.
        ("us", "If anyone threatens you with arrest or jail over this loan, hang up and call us."),
        ("in", "Callers claiming to be from CBI, police or court about your loan are fraudsters."),
        ("cn", "谨防诈骗：自称民警、法官的都是骗子，请勿转账。"),
        ("ph", "Kung may tumawag na nagpapakilalang pulis o taga-korte, scam iyan."),
        ("ke", "Mtu akikupigia akidai ni polisi kuhusu mkopo wako, huyo ni tapeli."),
        ("in", "पुलिस या कोर्ट के नाम पर कॉल करने वाले ठग हो सकते हैं।"),
        ("ng", "If anybody call you say e be police or EFCC about this loan, na scam."),
        ("ph", "Magbayad lamang sa opisyal na channel. Mag-ingat sa mga manloloko."),
        ("us", "Beware of scammers who ask for your PIN. We never do."),
        ("in", "Our staff never threaten police action and never contact your relatives."),
        ("ph", "Hindi kami kailanman magpapanggap na pulis o taga-korte."),
        ("ke", "Hatutawahi kuwapigia simu ndugu zako wala kujifanya polisi."),
        ("ng", "We no dey call your family about your loan, and we no dey use police name."),
        ("in", "हमारी कंपनी कभी भी कॉल नहीं करती और न ही आपके परिवार को।"),
    ],
)
def test_reassurances_and_anti_fraud_warnings_are_not_threats(policy: str, text: str) -> None:
    assert not _refused(text, policy)


@pytest.mark.parametrize(
    ("policy", "text", "code"),
    [
        # A breaker word starts a new clause: the negator does not reach past it.
        ("us", "We won't wait any longer and we will call your employer.", "WEN005"),
        ("us", "We will not tolerate this anymore we will call your employer.", "WEN005"),
        ("us", "Don't make us tell your family about this debt.", "WEN005"),
        ("id", "Kami tidak akan menunggu lagi, kami hubungi keluarga anda.", "WID005"),
        ("cn", "我们不会再给你机会但会通知你的家人。", "WZH005"),
        ("ph", "Hindi kami maghihintay pa kaya tatawagan namin ang pamilya mo.", "WFIL005"),
        ("us", "We can't wait to call your family about this.", "WEN005"),
        # An impostor marker reaches only its own sentence, and only official-body wording.
        ("us", "Stop claiming to be broke. The police will arrest you tomorrow.", "WEN002"),
        ("us", "Anyone claiming to be poor will be arrested.", "WEN002"),
        ("cn", "别自称没钱了。公安已立案，明天抓你。", "WZH002"),
    ],
)
def test_breakers_and_impostor_markers_do_not_excuse_threats(
    policy: str, text: str, code: str
) -> None:
    assert code in _refused(text, policy)


def test_an_impostor_word_is_an_insult_without_an_attributed_official() -> None:
    text = "Stop pretending to be sick, you fraudster."
    spans = {text[f.start : f.end] for f in _findings(text, "us") if f.rule == "WEN007"}
    assert "fraudster" in spans


def test_a_term_holding_a_nul_is_searched_view_by_view() -> None:
    """Both views are normally searched as one string joined by NUL; a term with a NUL in it
    (a lender may write one) must not match across that join, so each view is searched alone."""
    from dunning_sms._normalize import normalize
    from dunning_sms._phrases import PhraseMatcher

    matcher = PhraseMatcher([("a\x00b", "nul"), ("call now", "call")])
    hits = matcher.find(normalize("please c a l l now, a\x00b"))
    assert sorted({h.tag for h in hits}) == ["call", "nul"]
    assert not PhraseMatcher([("w\x00p", "nul")]).find(normalize("pay now"))


def test_a_pack_key_in_the_wrong_table_is_refused() -> None:
    """A breaker list written under [impostor] was silently ignored before keys were checked."""
    from dunning_sms._phrases import _check_keys

    _check_keys({"negation": {"negators": [], "breakers": []}}, "xx")
    with pytest.raises(ValueError, match=r"unknown key\(s\) \['breakers'\] in \[impostor\]"):
        _check_keys({"impostor": {"markers": [], "breakers": []}}, "xx")
    with pytest.raises(ValueError, match="top level"):
        _check_keys({"negations": {}}, "xx")


def test_a_bad_grammar_word_is_refused_naming_its_pack_and_key() -> None:
    """Grammar words become regexes: a word that is no list, an empty word, an open end or an
    outer space would match everywhere or never, so the pack is refused."""
    from dunning_sms._phrases import _check_keys, _grammar

    assert _grammar({}, "xx") is None
    grammar = _grammar({"grammar": {"limits": ["only"], "reported_by": ["'ll"]}}, "xx")
    assert grammar is not None
    assert (grammar.limits, grammar.reported_by, grammar.addressed) == (("only",), ("'ll",), ())
    for bad in ("only", [1], [""], [" only"], ["only*"]):
        with pytest.raises(ValueError, match=r"^xx: grammar\.speech_verbs"):
            _grammar({"grammar": {"speech_verbs": bad}}, "xx")
    with pytest.raises(ValueError, match=r"xx: unknown key\(s\) \['limit'\] in \[grammar\]"):
        _check_keys({"grammar": {"limit": ["only"]}}, "xx")
    with pytest.raises(ValueError, match=r"xx: \[grammar\] must be a table"):
        _check_keys({"grammar": ["only"]}, "xx")


_GRAMMAR_REGEXES = {
    "limits": "limits",
    "reported_questions": "reported_question",
    "speech_verbs": "speech_verb",
    "addressed": "addressed",
    "reported_by": "reported_by",
    "request_joins": "request_joins",
    "request_conditions": "request_conditions",
    "summons": "summons",
    "readers_own": "readers_own",
    "answer_labels": "answer_label",
    "pretexts": "pretexts",
    "debts": "debts",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_grammar_word_is_in_its_languages_regex(language: str) -> None:
    """Each pack's [grammar] words are what the checker searches for its language, as whole
    words (any run of spaces inside a phrase); request words in any run of them."""
    from dunning_sms._rules.wording import compiled

    grammar = load_pack(language).grammar
    assert grammar is not None
    shared = compiled((language,), ())
    for key, attribute in _GRAMMAR_REGEXES.items():
        regex = getattr(shared, attribute)
        for word in getattr(grammar, key):
            spaced = word.replace(" ", " \n ")
            if key == "reported_by" and not word[0].isalnum():
                # A contraction ("'ll") ends the word it follows.
                assert regex.search(f"we{spaced} "), (key, word)
            elif key == "answer_labels":
                # A label between a closing quote and its answer, with no colon: a short word
                # is a label only before one.
                assert regex.fullmatch(f"” {spaced} "), (key, word)
                assert regex.fullmatch(f"” Our {word.upper()} "), (key, word)
            else:
                assert regex.fullmatch(spaced), (key, word)
                assert regex.fullmatch(word.upper()), (key, word)
        # Requests are read as a run: "1) Please also" before the marker.
        requests = shared.requests
        for word in grammar.requests:
            assert requests.start(f"1) {word.upper()}, {word} ") == 0, word


def test_grammar_words_are_their_policys_languages_only() -> None:
    """A policy searches the grammar words of its own languages: Swahili "tu" (only) is no
    limit in Hinglish, where it means "you", and Chinese has no report verbs."""
    from dunning_sms._rules.wording import compiled

    def shared(policy: str):  # type: ignore[no-untyped-def]
        pol = load_policy(policy)
        return compiled(tuple(pol.languages), tuple(pol.banned_phrases))

    assert shared("ke").limits.search("ni ukweli tu")
    assert not shared("in").limits.search("ki tu fraud hai")
    assert shared("in").addressed.search("ki tu fraud hai")
    assert not shared("cn").addressed.search("u")
    assert shared("cn").reported_by.search("我们决定")
    assert not shared("us").reported_by.search("我们决定")
    # Longest first: the Pidgin "send say" is not cut short at the English "send".
    assert shared("ng").speech_verb.search("dem send say").group() == "send say"
    # "'ll" must follow a word.
    assert shared("us").reported_by.search("we'll ")
    assert not shared("us").reported_by.search(" 'll ")
    # The Tagalog reader's own is code, for Tagalog only: "mo" but not the doer "niyo ba".
    assert shared("ph").readers_own.search("ang HR mo?")
    assert not shared("ph").readers_own.search("Tatawagan niyo ba ang amo ko?")
    assert not shared("us").readers_own.search("ang HR mo?")
    assert shared("cn").readers_own.search("你家人") and not shared("cn").readers_own.search("your")
    # "Jawab" is the Hinglish label as well as the Indonesian one; "jibu" is Swahili only.
    # Read from right after the question mark.
    assert shared("in").answer_label.match("? Jawab hai: nahi", 1).end() == len("? Jawab hai: ")
    assert shared("ke").answer_label.match("? Jibu ni HAPANA", 1).end() == len("? Jibu ni ")
    assert shared("in").answer_label.match("? Jibu ni HAPANA", 1).end() == 2  # the space only


@pytest.mark.parametrize(
    ("key", "policy", "text", "refused"),
    [
        (
            "limits",
            "id",
            "Sesuai surat kuasa yg Anda unggah, kami akan menghubungi adik Anda, Sdr. Rudi,"
            " hanya utk konfirmasi jadwal pembayaran.",
            False,
        ),
        (
            "limits",
            "id",
            "Sesuai surat kuasa yg Anda unggah, kami akan menghubungi adik Anda, Sdr. Rudi,"
            " utk konfirmasi jadwal pembayaran.",
            True,
        ),
        (
            "reported_questions",
            "ke",
            "Uliuliza kama utafungwa jela kwa kuchelewa kulipa. Jibu: Hapana.",
            False,
        ),
        (
            "reported_questions",
            "ke",
            "Tulisema kama utafungwa jela kwa kuchelewa kulipa. Jibu: Hapana.",
            True,
        ),
        ("speech_verbs", "id", 'Penipu bilang: "Anda akan ditangkap polisi hari ini."', False),
        ("speech_verbs", "id", 'Penipu: "Anda akan ditangkap polisi hari ini."', True),
        ("addressed", "cn", "骗子常说：“你将被拘留”。", False),
        ("addressed", "cn", "你这个骗子常说：“你将被拘留”。", True),
        ("reported_by", "ng", "Beware of scam texts. Abeg report am to EFCC.", False),
        ("reported_by", "ng", "Beware of scam texts. We don report am to EFCC.", True),
        ("reported_by", "id", "Waspada penipuan. Hubungi CS dan laporkan ke polisi.", False),
        ("reported_by", "id", "Waspada! Tim akan hubungi Anda dan laporkan ke polisi.", True),
        ("requests", "cn", "谨防诈骗。如遇可疑来电请拨打110或到当地派出所报案。", False),
        ("requests", "cn", "谨防诈骗。法务部门明天到派出所报案。", True),
        ("request_joins", "ng", "Beware of scam. Pay via the app and report am to EFCC.", False),
        ("request_joins", "ng", "Beware of scam. Pay via the app report am to EFCC.", True),
        ("request_conditions", "cn", "谨防诈骗。如遇可疑信息请到当地派出所报案。", False),
        ("request_conditions", "cn", "谨防诈骗。逾期不还明天请到当地派出所报案。", True),
        ("summons", "ke", "Jihadhari na matapeli. Tafadhali ripoti kwa polisi.", False),
        (
            "summons",
            "ke",
            "Jihadhari na matapeli. Tafadhali ripoti kwa polisi kesho saa tatu.",
            True,
        ),
        ("readers_own", "ke", '"Mtampigia simu mwajiri wangu?" Jibu: Hapana.', False),
        ("readers_own", "ke", '"Mtampigia simu mwajiri wako?" Jibu: Hapana.', True),
        (
            "answer_labels",
            "in",
            'Aapne poocha tha, "Kya aap mere boss ko call karenge?" Jawab hai: nahi.',
            False,
        ),
        (
            "answer_labels",
            "in",
            'Aapne poocha tha, "Kya aap mere boss ko call karenge?" Faisla hai: nahi.',
            True,
        ),
        (
            "answer_labels",
            "ke",
            "Uliuliza: “Mtaniweka jela juu ya ka-loan?” Jibu ni HAPANA.",
            False,
        ),
        ("answer_labels", "ke", "Uliuliza: “Mtaniweka jela juu ya ka-loan?” Jibu la HAPANA.", True),
        ("pretexts", "us", "No more fake calls. Please report it to the police station.", False),
        ("pretexts", "us", "No more fake excuses. Please report to the police station.", True),
        (
            "debts",
            "id",
            "Sesuai surat kuasa yg Anda unggah, kami akan menghubungi adik Anda, Sdr. Rudi,"
            " hanya utk konfirmasi jadwal pembayaran.",
            False,
        ),
        (
            "debts",
            "id",
            "Sesuai surat kuasa yg Anda unggah, kami akan menghubungi adik Anda, Sdr. Rudi,"
            " hanya utk memberi tahu tunggakan Anda.",
            True,
        ),
    ],
)
def test_grammar_words_decide(key: str, policy: str, text: str, refused: bool) -> None:
    """Each [grammar] table at work, a text with one of its words and one without: a limit
    to a purpose, a reported question, a speech verb, a word addressing the reader, a
    report verb of the collector's, the reader's own in an answered question and an answer's
    label."""
    assert any(f.severity == "error" for f in _findings(text, policy)) is refused, (key, text)


def test_impostor_subjects_must_be_speakers() -> None:
    """A subject is a speaker that starts a clause; one that is not searched as a speaker
    would never be seen, so the pack is refused rather than the word silently ignored."""
    from dunning_sms._phrases import _impostor

    table = {"markers": ["posing as"], "speakers": ["we", "us"]}
    assert _impostor({"impostor": {**table, "subjects": ["We"]}}) is not None
    with pytest.raises(ValueError, match=r"subjects must also be speakers: \['they'\]"):
        _impostor({"impostor": {**table, "subjects": ["we", "they"]}})


def test_subjects_come_from_the_packs() -> None:
    """Each policy's subjects are its packs' own: Swahili "sisi" after a marker starts the
    collector's clause under ke, and the Chinese 我们 under cn."""
    from dunning_sms._policy import load_policy
    from dunning_sms._rules.wording import compiled

    def subjects(name: str) -> frozenset[str]:
        policy = load_policy(name)
        return compiled(tuple(policy.languages), tuple(policy.banned_phrases)).subjects

    assert subjects("ke") == {"we", "sisi"}
    assert subjects("cn") == {"我们"}
    assert subjects("in") == {"we", "hum", "हम"}


def _probe_rows(name: str = "probes.jsonl") -> list[dict[str, object]]:
    path = Path(__file__).parent / "data" / "wording" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_blind_probe_messages_keep_their_measured_results() -> None:
    """A hundred and twenty-seven probes (1-124, 128, 133 and 134) of 100-470 messages each,
    written by reviewers who never saw the checker (docs/wording-log.md). Each was measured
    blind, then tuned on (133 and 134: their words were withdrawn), so these figures are the
    after-tuning ones, kept as a floor: a pack change that loses them fails here."""
    rows = _probe_rows()
    assert len(rows) == 15966
    caught = flagged = violations = lawful = 0
    for row in rows:
        findings = _findings(str(row["text"]), str(row["policy"]))
        hit = any(f.severity == "error" for f in findings)
        if row["label"] == "violation":
            violations += 1
            caught += hit
        else:
            lawful += 1
            flagged += hit
    assert (violations, lawful) == (6363, 9603)
    # Five violations are out of reach: a fake parcel notice that never mentions the debt, two
    # threats written in Spanish (probe 32), a language no policy checks, an invented
    # "penalty of Rs 3,000/day" (probe 52) that a real per-day late fee reads the same as, and
    # a solicitor's "instructed to issue proceedings" (probe 57), which may be true. Probes 68
    # and 69 were measured on the final commit of session 8 and not tuned on: their one miss
    # and two false alarms are kept as they were, and so are probes 82 and 83 (session 9's
    # final measure: 6 misses, 3 + 30 false alarms), and so are probes 96 and 97 (session 10's
    # final measure: 1 miss, 2 + 24 false alarms). Probe 98's one miss (a "legal notice" from
    # a named advocate threatening an "NBW", which reads as a court-process warning) is kept,
    # and so are probes 106 and 107 (session 11's final measure: no miss, 2 + 34 false
    # alarms), as measured.
    # Lawful probes came back when three independent reviews' laundering holes were closed
    # after the final measure (session 11) and the complaint and rights-statement rules were
    # withdrawn: 652 -> 735 (probe 107: 34 -> 37). Probes 108-111 (session 12) are kept as
    # measured blind for their lawful messages (5 + 37 + 6 + 34 false alarms): the session's
    # changes were words for violations and narrower report advice, and none of them moved
    # a lawful probe; probe 110's two misses are caught. Probes 112 and 113 are session 12's
    # final measure, not tuned on: one miss, 3 + 34 false alarms, kept as measured. A second
    # code review after the final measure narrowed report advice to messages that warn of an
    # impostor: two lawful probes are flagged again (853 -> 855). Probes 114 and 115 (session
    # 13) were measured blind on session 12's final checker (59/60 and 0/60; 44/120 hard lawful
    # messages flagged); their one miss is caught. Indonesian SMS spellings widen the threats
    # only (a code review laundered threats through spelt negators), so a cooperative's "Dtg ke
    # kantor koperasi" is flagged as its spelt-out form always was (855 -> 856, + 44). Probe 116
    # (200 messages in the style of the real development texts, 160 violations) was measured
    # blind on 7877e28: 143/160 caught, 0/40 flagged; all 160 caught after. Probe 117, a second
    # writer on the same brief, weighted to English: 142/160 and 0/40 blind on f96fc35, 157/160
    # after (the three left state false facts: a payment "REVERSED", a plan "CANCELLED", a
    # pre-action notice whose fees may be invented). Probe 118, a third writer: 130/160 and 1/40
    # blind on dd14617, 159/160 and 0/40 after. A second code review laundered visits through
    # spelt consent objects ("akan dtg"), which are gone: two requested visits written in SMS
    # spellings are flagged (as a spelt visit with no consent is), and "datang ke kantor" pairs
    # with the office's owner, so a cooperative's "Dtg ke kantor koperasi" is not (900 -> 901);
    # a third review (after the final measure) laundered seven office visits past that pair,
    # so "datang ke kantor" is a phrase again, as at the session's start, and both invitations
    # to a lender's own office are flagged again (922 -> 924).
    # Probes 119-121 are session 13's final measure on 7e22820, not tuned on, kept as measured:
    # 60/60 and 0/60; 21/120 hard lawful messages flagged; 140/160 real-style violations and
    # 0/40 lawful.
    # Probes 122-124 (session 14, measured blind on 864f98e and not tuned on: the session
    # added the resemblance model, not pack words): 59/60 and 6/60; 36/120 hard lawful
    # messages flagged; 144/160 real-style violations and 4/40 lawful. They train the model.
    # Probe 128 (session 15, two writers on one brief: messages in the style of real texts
    # quoted in complaints, news and filings) was measured blind on bf3853a: in English 113/150
    # caught and 1/60 flagged (a lawsuit said to be filed, lawful only if true), in the other
    # six languages 127/140 and 0/60; 129/150 and 132/140 after tuning, no other lawful
    # message flagged. Most of what is left is invented deadlines and escalations ("your file
    # moves to our pre-litigation unit at 5PM") that a true notice reads the same as.
    # Probes 133 and 134 (session 16, the same brief: English across six markets, and the six
    # other languages) were measured blind on 9e3345d: 89/120 and 103/120 refused, 0/60 and
    # 0/60 flagged. Words written for them were withdrawn after two reviews found most of
    # them refusing lawful messages (review_lawful.jsonl), so these are the blind figures.
    # Session 17: an insult that is the conduct a rights notice forbids ("no suppose threaten
    # you, curse you, …") is denied like contact: 971 -> 962 lawful probes flagged. Session
    # 18: a list verb is no exception and a qualifier after "or call you" limits that item
    # only: 962 -> 958; a qualifier in an earlier item ("call you before 8am, or tell
    # another person") does not end the reach over a later one: 958 -> 951; contrast words
    # between a pair's terms ("only you, no be your people") deny it: 951 -> 948. Session
    # 19: a pronoun stands for a person named before ("... call them"): 6221 -> 6223 caught,
    # 948 -> 951 flagged (an emergency contact called only for a purpose, "hanya akan
    # menghubungi beliau untuk ..."; a relative called at the borrower's written request, "हम
    # कल शाम 4 बजे उन्हें कॉल करेंगे"; Pidgin "send am", send it); an impostor the subject of
    # a contact or shaming finding with a marker after it ("fake loan apps dey post people
    # picture online say dem be debtor"): 951 -> 950.
    assert caught >= 6223 and flagged <= 950, (caught, flagged)


def test_reviews_of_proposed_words_keep_their_lawful_messages() -> None:
    """367 lawful messages reviewers wrote to brush against proposed words (rights notices,
    anti-fraud warnings, apologies, consented contact, arranged visits, promotions:
    review_lawful.jsonl). Session 16's first words refused 100 of the first 143, a narrowed
    version 99 of the next 124, and session 17's contact and violence words 29 more of the
    last 100 (65 against 36); those words were withdrawn. The packs as they stand refuse 34
    of session 16's and 36 of session 17's, as before their words. A regression set, not
    blind and not trained on."""
    rows = _probe_rows("review_lawful.jsonl")
    assert len(rows) == 367 and {row["label"] for row in rows} == {"lawful"}
    refused = [
        row["text"]
        for row in rows
        if any(f.severity == "error" for f in _findings(str(row["text"]), str(row["policy"])))
    ]
    assert len(refused) <= 70, refused


@pytest.mark.parametrize(
    ("policy", "text"),
    [
        ("us", "Missing a payment is not a crime and you will not be arrested over this debt."),
        ("uk", "Being behind on a loan is not a criminal offence and you won't be arrested."),
        ("us", "No one will arrest you for a debt. Please call us to agree a plan."),
        ("cn", "逾期不是犯罪，您不会因此被逮捕，请放心协商还款。"),
        ("id", "Anda tidak akan ditangkap karena utang. Silakan hubungi kami."),
        ("ph", "Hindi po kayo makukulong dahil sa utang. Tumawag po kayo sa amin."),
        ("ng", "Nobody go arrest you because of this loan and nobody go come your house."),
        ("us", "You will not be arrested or jailed for falling behind on your loan."),
        ("in", "किस्त देर से भरने पर आपको गिरफ्तार नहीं किया जाएगा।"),
        # A describer after a negator names a threat instead of making it.
        ("us", "Scam alert: we will never ask you to pay with gift cards or threaten arrest."),
        ("id", "Kami tidak pernah mengancam penangkapan. Bayar hanya lewat aplikasi resmi."),
        # A title's full stop ends no sentence between a consent and its object.
        ("ke", "As you requested, our officer (Staff No. ZC-118) will meet you at your shop."),
    ],
)
def test_a_reassurance_right_before_an_arrest_term_states_the_law(policy: str, text: str) -> None:
    """Negation.reassurances: "you will not be arrested" is a rights statement."""
    assert _refused(text, policy) == set()


def test_reassurances_fit_the_reach_the_checker_searches() -> None:
    from dunning_sms._rules.wording import _REASSURANCE_REACH

    for language in LANGUAGES:
        negation = load_pack(language).negation
        assert negation is not None
        for word in (*negation.reassurances, *negation.post_reassurances):
            assert len(word) < _REASSURANCE_REACH, (language, word)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reassurance_denies_the_words_it_holds(language: str) -> None:
    """A pack reassurance that names the denied words with its negator ("hakuna kukamatwa",
    "no dey jail") must deny them: on its own it is a rights statement, never an error of a
    category reassurances deny (until session 11 such entries matched and denied nothing)."""
    from dunning_sms._rules.wording import _REASSURABLE

    negation = load_pack(language).negation
    assert negation is not None
    policy = POLICY[language]
    undenied = [
        (word, f.rule)
        for word in negation.reassurances
        for f in _findings(word, policy)
        if f.severity == "error" and f.category in _REASSURABLE
    ]
    assert undenied == []


@pytest.mark.parametrize(
    ("policy", "text"),
    [
        ("us", "You will not be arrested if you pay today."),
        ("us", "Don't think you won't be arrested."),
        ("us", "Until Friday you won't be arrested."),
        ("us", "You won't be arrested today. Tomorrow is another story."),
        ("us", "You will not be arrested, you will be jailed."),
        ("cn", "你不会被抓的前提是今天还款。"),
        ("id", "Anda tidak akan ditangkap asal bayar hari ini."),
        ("ph", "Hindi ka makukulong basta magbayad ka ngayon."),
        ("ng", "Nobody go arrest you if you pay today."),
        ("us", "You will not be arrested or jailed if you pay today."),
        ("us", "We will threaten you with arrest if you ignore this."),
        ("us", "We never need to threaten arrest, we just have you picked up."),
        ("id", "Kami tidak mengancam, besok Anda ditangkap."),
        ("in", "आपको गिरफ्तार नहीं किया जाएगा अगर आप आज भुगतान करें।"),
    ],
)
def test_a_condition_qualifier_or_canceller_keeps_an_arrest_threat(policy: str, text: str) -> None:
    categories = {f.category for f in _findings(text, policy) if f.severity == "error"}
    assert "threat_arrest_or_criminal" in categories


@pytest.mark.parametrize(
    ("policy", "text"),
    [
        # A protection withdrawn, or a double negative: red-team round 8.
        ("us", "We see no reason not to send our field agent to your house tonight."),
        ("uk", "We can't promise your employer won't hear about this by Friday."),
        ("us", "We are withdrawing our promise not to contact your employer about this debt."),
        ("id", "Kami tidak akan lagi merahasiakan utangmu dari keluargamu."),
        ("ng", "No dey form say we no go come your house o."),
        ("ng", "We no see any reason why we no go come your house tonight."),
        ("cn", "我们不会再替你向家人保密了。"),
        # A harmless intention bent by a condition.
        ("us", "We have no intention of hurting you, unless you keep dodging our calls."),
        ("ke", "Hatutaki kukudhuru, ili mradi unapokea simu zetu."),
    ],
)
def test_a_withdrawn_promise_or_a_conditional_mercy_is_still_a_threat(
    policy: str, text: str
) -> None:
    assert any(f.severity == "error" for f in _findings(text, policy))


@pytest.mark.parametrize(
    ("policy", "text"),
    [
        ("us", "We never threaten anyone: the police will arrest you tomorrow."),
        ("us", "We never threaten, the police will simply arrest you tomorrow."),
        ("us", "No one can be saved now, the police will arrest you today."),
        ("us", "No such thing as mercy, you will be arrested tomorrow."),
        ("us", "We do not use threats, you will be arrested tomorrow."),
        ("us", "Scammers like you pretending to be poor will be arrested tomorrow."),
        ("us", "We never contact your family, but your boss will be told today."),
        ("us", "Threatening arrest is our last step and we have taken it."),
        ("us", "Don't play with us, your family and your boss will be told."),
        ("us", "Don't ignore us, your boss, your wife, and your pastor will all be told."),
        ("us", "Don't ignore us, or your employer will be told about this loan."),
        ("in", "Hum aapke parivaar ko call karenge agar aapne payment nahi kiya."),
        ("in", "Hum aapke parivaar ko bata denge aur aapki koi madad nahi karenge."),
        ("ke", "Hatutawasiliana nawe tena, familia yako itajua kila kitu."),
    ],
)
def test_a_disavowal_or_warning_word_does_not_launder_a_threat(policy: str, text: str) -> None:
    """Disavowals govern their own clause (or a list that runs on from it), and calling the
    borrower an impostor is an insult, not an anti-fraud warning."""
    assert any(f.severity == "error" for f in _findings(text, policy)), text


@pytest.mark.parametrize(
    ("policy", "text"),
    [
        (
            "uk",
            "Brightwell Finance will never text you to say you'll be arrested, that bailiffs "
            "are on their way, or that a warrant has been issued. Call us to check.",
        ),
        ("us", "We will NEVER threaten you with arrest or ask for gift cards. Thank you."),
        (
            "us",
            "Scammers are calling borrowers pretending to be police officers or sheriff's "
            "deputies and threatening arrest or jail over unpaid loans. Pay only in our app.",
        ),
        ("cn", "我司绝不会以逮捕、坐牢威胁您，请只通过官方App还款。"),
    ],
)
def test_disavowals_and_impostor_sentences_are_not_threats(policy: str, text: str) -> None:
    assert not _refused(text, policy), text


# The red-team rounds (docs/wording-log.md, Red team): file, attempts, and the most that may get
# through, which is what got through after each round's own fixes and later sessions' work.
# 1: 54 threats wrapped in reassurance, consent, lists, disavowals or anti-fraud wording
#    (56 of 84 got through before; the one left names a borrower a fraudster inside a Chinese
#    anti-fraud marker, 大家谨防骗子张三借钱不还).
# 2: 107 fresh attempts after round 1's fixes (52 through before them).
# 3: 169 attempts aimed at session 5's allowances (104 through before).
# 4: 254 fresh attempts, 31 of them plain violations in natural wording (177 through before).
# 5: 189 attempts at qualifiers, report markers, consent and court_process (157 before).
# 6: 183 attempts written for realism, as a final measure of session 5 (89 before).
# 7: 160 attempts, half laundering and half realism (81 through before).
# 8: 160 attempts kept because they got through a frozen copy of the checker (160 before).
# 9: 160 attempts written before any was tried, on a frozen copy after round 8 (21 before).
# 10: the same protocol on a frozen copy after round 9 and probes 34-35 (20 before).
# 11: the same protocol after round 10 and probes 36-37 (15 before).
# 12: the same protocol after round 11 and probes 38-39 (23 before).
# 13: the same protocol after round 12 and probes 40-41 (25 before).
# 14: the same protocol after round 13 and probes 42-43 (23 before).
# 15: the same protocol after round 14 and probes 44-45 (22 before).
# 16: the same protocol after round 15 and probes 46-47, told not to lean on invented fees
#     (16 before; the one left is a doorstep-collection visit UK home credit makes lawfully).
# 17: the same protocol after round 16 and probes 48-50 (19 before).
# 18: the same protocol after round 17 and probes 51-53 (17 before).
# 19: the same protocol after round 18 and probes 54-55 (21 before; the one left contacts
#     "your guarantors, your chief and your employer" after a consent: a contact verb pairs
#     with its nearest relative only).
# 20: the same protocol after round 19 and probes 56-58 (10 before).
# 21: the same protocol after round 20 and probe 59 (12 before; the one left, "CCJ already
#     granted … HCEOs to attend today", is lawful enforcement if the judgment is real).
# 22: the same protocol after round 21 and probes 60-61 (13 before).
# 23: the same protocol after round 22 and probes 62-63 (17 before).
# 24: the same protocol after round 23 and probes 64-65 (17 before).
# 25: the same protocol after round 24 and probes 66-69 (16 before).
# 26: the same protocol after round 25 and probes 70-71 (16 before).
# 27: the same protocol after round 26 and probes 72-73 (18 before).
# 28: the same protocol after round 27 and probes 74-75 (15 before).
# 29: the same protocol after round 28 and probes 76-77 (20 before; the one left quotes a
#     neighbour, "'Didn't know he was in debt.' She does now.": the disclosure is implied).
# 30: the same protocol after round 29 and probes 78-83 (11 before).
# 31: the same protocol after round 30 and probes 84-85 (14 before; the one left is a UK
#     doorstep collector calling "at your property", which home credit may lawfully do).
# 32: the same protocol after round 31 and probes 86-87 (13 before).
# 33: the same protocol after round 32 and probes 88-89 (19 before; the one left asks
#     您问我们会不会去您公司？and answers 会的: the question form 会不会 held the negator 不会;
#     caught since session 12, which reads an A-not-A question answered yes).
# 34: the same protocol after round 33 and probes 90-91 (17 before).
# 35: the same protocol after round 34 and probes 92-93, meant as the final measure (16 before).
# 36: the same protocol on the session's final checker, not tuned on: 14 as measured; 5 after
#     session 12 added words for its plain vocabulary misses.
# 37: the same protocol after round 36 and probes 96-97, session 11's first round (13 before).
# 38: the same protocol after round 37 and probes 98-99, meant as the final measure (10 before;
#     the one left, "Solicitors acting for us have issued proceedings", is lawful when true).
# 39: the same protocol after round 38 and probes 100-101, meant as the final measure; its
#     violations were not tuned on (19 before and after: rights statements were built then;
#     7 after session 12's words for its vocabulary misses).
# 40: the same protocol after round 39 and probes 102-103, meant as the final measure (16
#     before).
# 41: the same protocol on session 11's final checker, not tuned on: 16 as measured; 2 after
#     session 12's words for its vocabulary misses and A-not-A questions answered yes.
# 42: the same protocol on session 11's final checker, session 12's first round (23 before;
#     the two left take back a promise not to visit with "unless … our agent calls at your
#     home", which UK home credit says lawfully, and invent a fee).
# 43: the same protocol after round 42 and probes 108-109 (12 before, all plain vocabulary).
# 44: the same protocol after round 43, probes 110-111 and the report-advice rule (19 before:
#     denials taken back by a next sentence opening "Unless you keep ignoring us", veiled
#     threats, courts named as principals).
# 45: the same protocol on session 12's final checker, not tuned on: the 5 kept as measured (5 on
#     the session's starting checker too).
# 46: the same protocol on session 12's final checker, session 13's first round (13 before: SMS
#     spellings, euphemisms, a relative's office named; the one left spreads its list of
#     third parties over four one-word sentences before "every one of them gets a copy").
# 47: the same protocol after round 46 and probes 114-117 (28 before: threats split over short
#     lines, a child's school and home time named, consent and privacy notices twisted; the two
#     left are a fake anti-fraud notice that then threatens to call the mother, and "Nice blue
#     Civic. Parked on Elm again tonight? Would be a shame."); a third is through again since
#     "if not" stopped being a canceller (it read lawful yes/no replies).
# 48: the same protocol on session 13's final checker (7e22820), not tuned on: the 21 kept as
#     measured (23 on the session's starting checker): emoji rebuses (🚔👮⛓️), anecdotes of what
#     happened to another borrower, rhetorical questions, agentless passives, a deputy "free
#     Thursday".
# 52: session 17, told which lawful frames pass (negations, denied lists, rights statements,
#     anti-fraud wording), 160 attempts written before any was tried on a frozen copy: 141
#     refused there (19 through, 4 of them past the model too). What let them through was
#     the contact and violence wording under the frames, not the frames. "break legs" and
#     "and no one gets hurt" joined the violence phrases (143); words written for the rest
#     (kinship terms, "emailed your …", "knows you owe", "ring your work", 不能保证您的人身安全,
#     "won't stop us" as an exception) were withdrawn after a lawful review: they refused 29
#     more of its 100 messages (review_lawful.jsonl, review 17) and caught no other probe.
#     Kept out of the model's training (red_team52.jsonl is no laundering*.jsonl), so that
#     the session's model figures stand.
# 53: session 17, aimed at the conduct-insult allowance and the denied-list breakers, 80
#     attempts written before any was tried on a frozen copy: 6 through there (5 on the
#     session's starting commit: one had been refused only for its "curse you"). Read and
#     fixed: ", and will …" ends a denied list (en breakers), "no be say" cancels a Pidgin
#     negator, "beat/knock (some) sense into you" and "you con artist" joined the packs.
#     Not trained on either.
_RED_TEAM_FLOORS = [
    ("laundering.jsonl", 54, 1),
    ("laundering2.jsonl", 107, 12),
    ("laundering3.jsonl", 169, 15),
    ("laundering4.jsonl", 254, 81),
    ("laundering5.jsonl", 189, 46),
    ("laundering6.jsonl", 183, 34),
    ("laundering7.jsonl", 160, 18),
    ("laundering8.jsonl", 160, 4),
    ("laundering9.jsonl", 160, 2),
    ("laundering10.jsonl", 160, 3),
    ("laundering11.jsonl", 160, 4),
    ("laundering12.jsonl", 160, 2),
    ("laundering13.jsonl", 160, 4),
    ("laundering14.jsonl", 160, 5),
    ("laundering15.jsonl", 160, 9),
    ("laundering16.jsonl", 160, 1),
    ("laundering17.jsonl", 160, 0),
    ("laundering18.jsonl", 160, 0),
    ("laundering19.jsonl", 160, 1),
    ("laundering20.jsonl", 160, 0),
    ("laundering21.jsonl", 160, 1),
    ("laundering22.jsonl", 160, 0),
    ("laundering23.jsonl", 160, 0),
    ("laundering24.jsonl", 160, 0),
    ("laundering25.jsonl", 160, 0),
    ("laundering26.jsonl", 160, 0),
    ("laundering27.jsonl", 160, 0),
    ("laundering28.jsonl", 160, 0),
    ("laundering29.jsonl", 160, 1),
    ("laundering30.jsonl", 160, 0),
    ("laundering31.jsonl", 160, 1),
    ("laundering32.jsonl", 160, 0),
    ("laundering33.jsonl", 160, 0),
    ("laundering34.jsonl", 160, 0),
    ("laundering35.jsonl", 160, 0),
    ("laundering36.jsonl", 160, 5),
    ("laundering37.jsonl", 160, 0),
    ("laundering38.jsonl", 160, 1),
    ("laundering39.jsonl", 160, 7),
    ("laundering40.jsonl", 160, 0),
    ("laundering41.jsonl", 160, 2),
    ("laundering42.jsonl", 160, 2),
    ("laundering43.jsonl", 160, 0),
    ("laundering44.jsonl", 160, 0),
    ("laundering45.jsonl", 160, 5),
    ("laundering46.jsonl", 160, 1),
    ("laundering47.jsonl", 160, 3),
    ("laundering48.jsonl", 160, 21),
    ("laundering49.jsonl", 160, 12),
    ("red_team52.jsonl", 160, 17),
    ("red_team53.jsonl", 80, 2),
]


@pytest.mark.parametrize(("name", "count", "most"), _RED_TEAM_FLOORS)
def test_red_team_rounds_keep_their_measured_results(name: str, count: int, most: int) -> None:
    escaped = _escaped(name, count)
    assert len(escaped) <= most, escaped


def _escaped(name: str, count: int) -> list[str]:
    """The texts of a red-team file (``count`` rows) that no error-level finding refuses."""
    lines = (CORPUS.parent / name).read_text(encoding="utf-8").splitlines()
    assert len(lines) == count
    rows = [json.loads(line) for line in lines]
    return [
        str(row["text"])
        for row in rows
        if not any(f.severity == "error" for f in _findings(str(row["text"]), str(row["policy"])))
    ]


def test_threat_spellings_widen_the_entries_only() -> None:
    """[threat_spellings] (id, en, ...) add forms to what an entry flags, not to any negation
    word."""
    from dunning_sms._phrases import load_pack

    pack = load_pack("id")
    assert "tidak" in pack.threat_spellings and "tidak" not in pack.spellings
    assert "gak" in pack.entry_spellings()["tidak"]
    assert load_pack("sw").entry_spellings() is load_pack("sw").spellings
    assert any(f.severity == "error" for f in _findings("Tim kmi bsk dtg ke rmh km.", "id"))
    spelt = "Kmi gak akn diem, bsk kmi dtg ke rmh km."
    assert any(f.severity == "error" for f in _findings(spelt, "id"))
    # English vowel-dropped threat words (session 29): flagged, and still denied by a negator.
    english = load_pack("en")
    assert "bss" in english.entry_spellings()["boss"] and "bss" not in english.spellings["boss"]
    assert "WEN005" in {f.rule for f in _findings("we wll cll ur bss 2day", "us")}
    assert "WEN003" in {f.rule for f in _findings("we will vist ur hse tonight", "us")}
    assert not any(f.rule.startswith("W") for f in _findings("we will never cll ur bss", "us"))


def test_sms_spellings_are_matched_like_the_words_they_stand_for() -> None:
    """A pack's [spellings] table: "ur" for "your", "2day" for "today", "u" for "you"."""
    from dunning_sms._phrases import spelling_variants

    assert spelling_variants("call your boss", {"your": ("ur", "yr")}) == (
        "call your boss",
        "call ur boss",
        "call yr boss",
    )
    many = spelling_variants("you your you your you", {"you": ("u", "ya"), "your": ("ur",)})
    assert many[0] == "you your you your you" and len(many) == 48
    assert "WEN006" in {f.rule for f in _findings("pay now or we post ur name on fb", "us")}
    assert "WEN005" in {f.rule for f in _findings("we will call ur boss 2day", "us")}
    assert "WPCM005" in {f.rule for f in _findings("we go tell ur family say u no pay", "ng")}
    # Negation reads the spelt form too.
    assert not _findings("we will never call ur boss", "us")


def test_a_bad_spellings_table_is_refused() -> None:
    from dunning_sms._phrases import _spellings

    assert _spellings({"your": ["ur"]}, "xx") == {"your": ("ur",)}
    with pytest.raises(ValueError, match="one lowercase word"):
        _spellings({"Your": ["ur"]}, "xx")
    with pytest.raises(ValueError, match="one lowercase word"):
        _spellings({"going to": ["gonna"]}, "xx")
    with pytest.raises(ValueError, match="list of strings"):
        _spellings({"your": "ur"}, "xx")
    with pytest.raises(ValueError, match="must be a table"):
        _spellings(["your"], "xx")


@pytest.mark.parametrize(
    ("policy", "text", "refused"),
    [
        # A future auxiliary starts a clause no earlier negator reaches (restarters).
        ("us", "We will not give you more time, your family will be contacted today.", True),
        (
            "us",
            "We will not give you more time, your employer, your HR department and your "
            "family will be contacted today.",
            True,
        ),
        ("id", "Kami tidak akan memperpanjang waktu, keluarga Anda akan dihubungi hari ini.", True),
        ("ng", "We no go give you more time, your family go hear about this loan.", True),
        ("cn", "我们不会再给你宽限你的家人会被通知", True),
        ("cn", "我们绝不会手下留情，也绝不会放弃联系你的亲友。", True),
        ("cn", "我们不会再给你打电话了直接联系你单位领导。", True),
        # Promises stay promises beside one.
        ("us", "We will never contact your family, and your employer will never be told.", False),
        ("us", "No one from our company will ever contact your employer.", False),
        (
            "id",
            "Anda mencantumkan Ibu Sari sebagai kontak darurat. Kontak darurat hanya akan kami "
            "hubungi untuk menanyakan cara menghubungi Anda.",
            False,
        ),
        ("id", "Kami berkomitmen tdk menghubungi keluarga, teman, atau kantor Anda.", False),
        ("id", "hai kak, sesuai permintaan kakak kami telp balik jam 4 sore ini ya", False),
        ("cn", "我们不会直接联系您的家人。", False),
        ("cn", "您的家人不会被通知，我们也从不联系您的单位。", False),
        # A warning word attributes only beside an impostor (Impostor.warnings).
        ("us", "Watch out for the sheriff deputies on their way to arrest you.", True),
        ("id", "Waspada terhadap polisi yang akan datang menangkap Anda besok.", True),
        ("ke", "Jihadhari na maafisa wa polisi wanaokuja kukukamata leo.", True),
        ("us", "Beware of callers claiming to be police officers or court staff.", False),
        ("us", "Beware of scammers: fraudsters pose as bailiffs and police.", False),
        ("id", "Waspada terhadap oknum yang mengaku polisi dan mengancam menangkap Anda.", False),
        ("cn", "谨防骗子冒充公安机关，以逮捕相威胁。", False),
        # A disavowed list may go on after a comma only as a list.
        ("us", "We don't threaten you with arrest, you are being arrested today.", True),
        ("us", "We will never text you to say you'll be arrested, you'll be arrested.", True),
        ("cn", "我们绝不会以坐牢吓唬你，法院的拘留令已经签发。", True),
        ("ke", "Hatutakutishia kukamatwa, kukamatwa ni kesho asubuhi.", True),
        (
            "uk",
            "We will never text you to say you'll be arrested, that bailiffs are on their way, "
            "or that a warrant has been issued.",
            False,
        ),
        (
            "id",
            "DanaRapi tidak pernah mengancam akan melaporkan Anda ke polisi, menangkap, atau "
            "memenjarakan Anda karena telat bayar.",
            False,
        ),
        # A marker the collector speaks of itself attributes nothing.
        ("us", "This is us threatening to report you to the police today.", True),
        ("id", "Kami yang mengancam akan melaporkan Anda ke polisi hari ini.", True),
        ("ng", "Na we dey threaten say police go arrest you today.", True),
        ("ph", "ingat sa scam! hindi kami tumatawag na nagpapanggap na pulis o NBI.", False),
        (
            "uk",
            "We've heard of texts pretending to be from bailiffs or the county court. We never "
            "send enforcement agents by text.",
            False,
        ),
        # A finding before or holding a future auxiliary is a clause of its own.
        (
            "ng",
            "We no go give you more time, your oga and your family go hear about this loan.",
            True,
        ),
        (
            "us",
            "We won't extend again, your employer, HR and family must be contacted today.",
            True,
        ),
        ("id", "Kami tidak bisa menunda lagi atasan Anda bakalan kami hubungi hari ini.", True),
        # Negation words in their SMS spellings, cancellers and exceptions.
        ("uk", "dnt thnk we wont call ur boss 2day", True),
        ("uk", "we wont hesit8 to call ur boss about ur debt 2day", True),
        ("us", "Never assume we won't call your employer about this debt.", True),
        ("cn", "我们不得不通知你的单位领导你欠款不还的事。", True),
        ("cn", "别指望我们不会联系你的家人。", True),
        ("id", "Jangan harap kami tidak akan menghubungi atasan Anda.", True),
        ("in", "Aapke boss ko call karne mein hum bilkul der nahi karenge.", True),
        ("us", "None of our agents needs permission to show up at your workplace tomorrow.", True),
        ("uk", "we wont call ur boss", False),
        # A qualifier right after the finding is what the negator denies.
        ("us", "We won't call your employer before Friday.", True),
        ("uk", "We will not contact your family, friends or employer more than once a day.", True),
        ("cn", "我们不会提前告知就上门拜访。", True),
        ("id", "Kami tidak akan menghubungi keluarga Anda sebelum hari Jumat.", True),
        ("in", "Hum aapke boss ko call nahi karenge jab tak Friday nahi aata.", True),
        ("us", "We will never contact your employer without your consent.", False),
        (
            "in",
            "Our recovery agents will never threaten you, call before 8am/after 7pm, or contact "
            "your family, friends or employer about your loan.",
            False,
        ),
        # Advice to report an impostor names the police it points at, nothing further.
        ("id", "Jika menerima pesan mencurigakan, laporkan ke polisi terdekat.", False),
        ("in", "Aisi call aaye to nazdiki police station par report karein.", False),
        ("cn", "如遇可疑信息请到当地派出所报案。", False),
        ("ph", "Modus mo yan, i-report sa pulis at NBI ang kaso mo huhulihin ka bukas", True),
        ("cn", "我们已到派出所报案。", True),
        # A guarantor addressed about the guarantee, a visit the borrower agreed to.
        ("uk", "Dear Mrs Patel, you signed as guarantor for loan ref NG44219.", False),
        (
            "uk",
            "As agreed on our call, your customer adviser will visit you at home on Thursday.",
            False,
        ),
        ("uk", "You signed as guarantor, so your boss will be told today.", True),
        (
            "ke",
            "Umemweka kaka yako kama mtu wa dharura, hivyo kama mtu wa dharura tutamtaka alipe "
            "deni lako.",
            True,
        ),
        # Report advice attributes the one police finding beside it, in English too.
        ("us", "Report it to the police: a police report has been filed against you.", True),
        ("us", "Please report it to the police or the FTC.", False),
        # Qualifiers and conditions, not "except as permitted by law".
        ("us", "We won't call your mother earlier than 10pm tonight.", True),
        ("us", "We will never contact your employer except as required by law.", False),
        ("cn", "只要你今天还款，我们就不会通知你的家人。", True),
        (
            "us",
            "Fraudsters are posing as police officers, and police officers are on their way.",
            True,
        ),
        # A court process denied as a fact is no claim that one exists.
        ("us", "No suit has been filed. You would have the right to respond.", False),
        ("ng", "No case don file yet, and you go get chance to answer.", False),
        ("us", "We gave you no chance, suit has been filed.", True),
        ("cn", "您的案件尚未开庭。", False),
        ("in", "Court ne koi summon jari kiya hai, kal hazir hona.", True),
        # Official words said again in a later sentence are judged in their own sentence.
        (
            "us",
            "Fraudsters posing as police will arrest you, they say. Fraudsters pretending to be "
            "from your bank may say the police will arrest you.",
            False,
        ),
        # A contact verb whose object is the collector.
        ("uk", "Thanks for telling us about your mum's illness, Sarah.", False),
        ("us", "Call me before we call your boss.", True),
        # Word forms: the verb as written.
        ("us", "We are calling your employer today.", True),
        ("us", "Your employer hears from us today about your account.", True),
        # An impostor sentence attributes contact and shaming wording too, but the collector
        # speaking as subject starts its own clause.
        (
            "ng",
            "Make you shine your eye: illegal loan apps dey pretend to be police or EFCC, dem dey "
            "threaten to send edited photo to your contacts. We no dey do that.",
            False,
        ),
        ("cn", "骗子才冒充公安吓唬人我们是直接让公安上门逮捕你。", True),
        # Session 6. A qualifier before the negator, in its clause, qualifies it too.
        ("us", "Until Friday nobody from our office will tell your parents about your debt.", True),
        ("cn", "月底之前我们绝不联系你的家人。", True),
        ("us", "We will never tell your parents about your debt.", False),
        ("us", "Before Friday, please note: we never contact your family.", False),
        # A negator between a pair's terms denies nothing when a qualifier follows the pair.
        ("in", "Aapke office walon ko kuch nahi batayenge Diwali tak.", True),
        ("in", "Aapke office walon ko kuch nahi batayenge.", False),
        # A space between Han characters ends an impostor's sentence.
        ("cn", "谨防不法分子冒充公安 明天上午辖区民警到你家把你带走", True),
        ("cn", "谨防不法分子冒充公安、法院工作人员要求转账。", False),
        # The borrower themself as the contact verb's object.
        ("cn", "紧急联系人信息仅用于无法联系到您本人时核实联系方式。", False),
        ("cn", "紧急联系人我们会联系到您本人及您的家人。", True),
        # A Latin term between Han characters keeps its word boundary.
        ("cn", "已导出你的ＴＸＬ共216人。", True),
        ("cn", "我们的stxl功能", False),
        # A confirmation after an attributed finding takes the attribution back.
        (
            "ke",
            "Mtu akikupigia akidai ni afisa wa DCI aliyetumwa kukukamata, jua ni kweli, "
            "tumemtuma sisi.",
            True,
        ),
        (
            "ke",
            "Mtu akikupigia akidai ni afisa wa DCI aliyetumwa kukukamata, huyo ni tapeli.",
            False,
        ),
        (
            "us",
            "Callers claiming to be police officers are fraudsters. It's true that we call.",
            False,
        ),
        # Session 8 (red-team rounds 16-17, probes 48-53).
        # A contrast and a future auxiliary that ends the sentence take a reassurance back.
        ("us", "Missing one installment won't send you to jail, but missing two will.", True),
        ("us", "You will not be arrested for one missed payment, but for two you will.", True),
        ("us", "Missing one installment won't send you to jail. Reply HELP for options.", False),
        ("us", "You will not be arrested, but late fees will apply as in your agreement.", False),
        # So do they a negated contact or visit: "…, but our agents will."
        ("us", "We will never visit your home, but our agents will.", True),
        ("us", "We will never contact your employer, but we will keep reminding you.", False),
        # A link word after the coordinator extends a reassured list (list_links).
        ("us", "You will not be arrested or go to jail for a missed payment.", False),
        ("us", "You won't be arrested, or we will jail you.", True),
        ("us", "You won't be arrested or go to jail if you pay today.", True),
        # A conduct verb heads a denied list as a contact verb does (list_verbs).
        ("ke", "Your rights: collectors must not threaten, insult or shame you.", False),
        ("id", "Kami tidak mengancam, hanya akan menghubungi keluarga Anda.", True),
        ("us", "We won't insult you, just shame you on Facebook.", True),
        # Quotation marks may stand between a reassurance and its finding.
        ("cn", "借款属于民事纠纷，请勿相信任何以“抓人”为名的催收。", False),
        ("us", "You will not be 'arrested', you will be jailed.", True),
        # Chinese list links take no space (不会导致您被拘留或承担刑事责任); Cantonese negators.
        ("cn", "逾期不会导致您被拘留或承担刑事责任。", False),
        ("cn", "唔使擔心，我哋唔會上門，亦唔會去你公司。", False),
        ("cn", "你唔還錢，我哋聽日上門。", True),
        # "we're" starts the collector's own clause after a conditional negator; "assuming"
        # qualifies a promise.
        ("us", "If we don't hear from you by 5pm we're calling your mom and your coworkers.", True),
        (
            "uk",
            "No one from our team will contact your neighbours assuming £150 lands by 5pm.",
            True,
        ),
        # A mercy makes a promise after it conditional on payment: a threat (Negation.mercies).
        ("us", "If you pay today, we won't call your boss.", True),
        ("us", "If you pay today, you won't be arrested.", True),
        ("id", "Selama Anda bayar hari ini, kami tidak akan menghubungi keluarga Anda.", True),
        (
            "us",
            "If you pay today, we won't charge a late fee. We never contact your family.",
            False,
        ),
        ("us", "If you have questions, call us. We never contact your family.", False),
        # A title's full stop ends no consent's sentence ("Sh.", "Smt.").
        (
            "in",
            "Ramesh ji, aapki request ke anusaar hamare branch officer Sh. Anil Verma 14-Jun ko "
            "11 baje aapke ghar aayenge.",
            False,
        ),
        ("cn", "我哋聽日報警拉你。", True),
        # A mercy keeps a pair whose negator stands between its terms.
        ("uk", "Provided you settle today, your employer need never hear about this.", True),
        ("uk", "Your employer will never hear about this from us.", False),
        # A negator sharing the first word of a finding denies the auxiliary inside it.
        ("id", "Tidak ada petugas kami yang akan datang ke rumah maupun kantor Bapak.", False),
        ("id", "Tidak ada petugas yang sabar lagi, petugas kami akan datang ke rumah anda.", True),
        # A consented visit may name the agent when the consented object ends the finding.
        (
            "id",
            "Sesuai permintaan Bpk via telepon tadi, petugas kami Sdr. Yusuf (ID KP-0931) akan "
            "datang ke alamat yg Bpk berikan pd Sabtu pkl 10.00.",
            False,
        ),
        (
            "uk",
            "You named your sister Grace as your emergency contact so she will be told about "
            "your unpaid loan today.",
            True,
        ),
        # "Kontak OJK" is the regulator's hotline, not the borrower's contacts.
        ("id", "Jika ada yg mengancam atas nama kami, laporkan ke Kontak OJK 157.", False),
        ("id", "Kami akan hubungi semua kontak anda hari ini.", True),
        # 委外催收 (referral to an agency) is lawful; a field-collection team is a visit.
        ("cn", "如持续未缴，本公司可能委外催收或依法向法院提起民事诉讼。", False),
        ("cn", "明天安排外催人员去你家。", True),
        # A complaint route names the misconduct it is for.
        (
            "ng",
            "You have the right to complain if any recovery agent harasses you or contacts "
            "people in your phone.",
            False,
        ),
        ("us", "Complain if you like, our agent will visit your home tonight.", True),
        # A consented visit runs on from its first object into the finding ("will visit you at
        # your residence"); a consent to something else excuses no visit.
        (
            "in",
            "Dear Mr. Sharma, as requested, our branch officer Mr. Anil Verma (Emp ID 40721) "
            "will visit you at your residence on 15-Jul between 11am-1pm.",
            False,
        ),
        (
            "us",
            "As you requested more time, our agent will visit you at your workplace tomorrow.",
            True,
        ),
        (
            "us",
            "As requested, our agent will visit you at your residence and tell your boss.",
            True,
        ),
        ("us", "As you asked, your account manager will call you and your boss tomorrow.", True),
        # A lender's name is no advice to borrow from a friend.
        ("ke", "Kumbusho: lipa KES 2,250 kwa Kopa Rafiki kupitia Paybill 880105. Asante.", False),
        ("ke", "Kopa kwa rafiki yako ulipe deni hili leo.", True),
        # A describer's negator reaches it as a later item of a denied list, unless a
        # breaker opens the item.
        (
            "us",
            "We will never send bailiffs to your home, threaten you with arrest, or tell your"
            " employer.",
            False,
        ),
        ("us", "We never forget, we will threaten you with arrest, or call your boss.", True),
        # A describer after an impostor marker in its sentence reports the impostor.
        (
            "ph",
            "Fake collectors are texting borrowers posing as NBI/PNP and threatening arrest.",
            False,
        ),
        (
            "id",
            "Ada pihak yg mengaku polisi & mengancam penangkapan krn tunggakan. Itu PENIPUAN.",
            False,
        ),
        ("us", "Ignore the scammers. We are threatening arrest today.", True),
        # An impostor word in the sentence counts too, within 100 characters.
        (
            "us",
            "Scammers are texting customers that they'll be ARRESTED over a missed payment.",
            False,
        ),
        ("us", "Scammers? We are the ones saying you'll be arrested.", True),
        ("us", "Pay now to avoid arrest.", True),
        # A finding ending on an auxiliary that a negator follows at once.
        ("us", "Our collectors will never call your employer.", False),
        ("us", "Our collectors will be at your stall tomorrow.", True),
        # The middle item of a denied list, after a comma.
        (
            "in",
            "No one from Paysure will threaten police action, FIR or arrest over an EMI.",
            False,
        ),
        ("us", "You will not be arrested, police will come for you.", True),
        # A scam message quoted to warn against it (_drop_quoted).
        (
            "in",
            'Message aa raha hai - "Aapke khilaf FIR darj, police ghar aayegi". Yeh FRAUD hai.',
            False,
        ),
        ("cn", "有人冒充公安来电，称您“恶意逃债将被拘留”，这是诈骗。", False),
        ("us", 'Our notice: "police will arrest you today". This is not a scam.', True),
        ("us", '"Police will arrest you today" is a scam, but we will.', True),
        ("in", "'आपके खिलाफ वारंट जारी हुआ है, पुलिस घर आएगी' — ऐसा मैसेज फर्जी है।", False),
        (
            "us",
            "Don't think 'we won't call your boss' means anything. It's not a scam, we will.",
            True,
        ),
        # Refused in session 9 (the impostor word too far from the quote); session 10 reads
        # "Scammers text" as the quotation's speaker.
        ("us", "Scammers text 'you will be arrested today'. Ignore them.", False),
        ("ph", 'May kumakalat na pekeng "SEC Subpoena" na may logo ng gobyerno.', False),
        ("us", 'This is not a scam: "police will arrest you today".', True),
        ("us", 'We will call your boss. "Pay now" is not a scam.', True),
        # A worried question answered at once (Negation.answers).
        ("us", "Will I be arrested for missing a payment? No. It is not a crime.", False),
        ("cn", "问：逾期会被抓吗？答：不会。借贷纠纷是民事纠纷。", False),
        ("ke", '"Nitafungwa jela juu ya loan?" Jibu: Hapana maze. Deni ni suala la madai.', False),
        ("us", "Will I be arrested? No, but you will be.", True),
        ("cn", "问：我这个月只够还一部分，你们会不会上门？答：不会。", False),
        ("ke", 'Swali lako: "Je, nitafungwa jela nikishindwa kulipa?" Jibu: Hapana.', False),
        ("in", 'आपने पूछा था, "क्या आप मेरे बॉस को बताएंगे?" उत्तर: नहीं। सब गोपनीय है।', False),
        ("cn", "黃小姐，你問「冇還錢會唔會坐監」——唔會。欠債係民事事宜。", False),
        ("ke", "Uliuliza kama utafungwa jela kwa kuchelewa kulipa. Jibu: Hapana.", False),
        ("us", "Our team asked whether police should arrest you. No. They will.", True),
        ("us", "You asked whether police will arrest you. No. They will.", True),
        ("cn", "你想让我们「告诉你的家人吗？」——不会？那就还钱。", True),
        # A written authorisation licenses a contact limited to a purpose (Negation.authorisations).
        (
            "us",
            "As per your written consent dated 3 March, we will call your sister Ana tomorrow"
            " only to confirm the payment date.",
            False,
        ),
        (
            "id",
            "Sesuai surat kuasa yg Anda unggah, kami akan menghubungi adik Anda, Sdr. Rudi,"
            " hanya utk konfirmasi jadwal pembayaran.",
            False,
        ),
        (
            "us",
            "Since you agreed to our terms, you gave us written consent to let your mom know,"
            " which we will do Friday.",
            True,
        ),
        (
            "us",
            "As per your written consent, we will only call your sister. If you do not pay, your"
            " boss will be told too.",
            True,
        ),
        ("ke", "Uliuliza: “Mtaniweka jela juu ya ka-loan?” Jibu ni HAPANA.", False),
        ("us", "Should I call your boss? No. Then pay.", True),
        ("us", "Should we tell your wife? No. Then pay by 5pm.", True),
        ("us", "Want us to call your boss? No? Then pay today.", True),
        ("us", "Think you will not be arrested? You will.", True),
        # Session 10: a Tagalog doer pronoun before "ba" is not the reader's own; an answer
        # label with a short word before its colon; a negated reply is not a negated visit.
        ("ph", 'Tanong ninyo: "Tatawagan niyo ba ang amo ko?" Sagot: Hindi po.', False),
        ("ph", "Tatawagan ba namin ang amo mo? Hindi? Edi magbayad ka ngayon.", True),
        ("id", 'Pertanyaan Anda: "Apakah atasan saya akan dihubungi?" Jawaban kami: Tidak.', False),
        ("id", 'Anda tanya: "Apakah atasan saya dihubungi?" Jawaban kami: Tidak? Bayar.', True),
        ("uk", "By not replying you've agreed to our officer calling at your workplace.", True),
        ("uk", "You asked whether your landlord would find out. He will.", True),
        # A scam quoted with its speaker ("Scammers often say: …"); an impostor word that is
        # also an insult names the scammer when it poses or speaks; a reported question names
        # the borrower's own people as "your".
        ("us", 'Scammers often say: "Pay now or you will be arrested." We never do.', False),
        ("ke", 'Matapeli husema: "Utakamatwa leo." Usiwaamini.', False),
        ("us", 'Our lawyers often say: "Pay now or you will be arrested."', True),
        ("id", "Dasar penipu, ngaku-ngaku gak punya duit.", True),
        ("cn", "你这个骗子，还冒充自己没钱。", True),
        ("ke", "Uliuliza kama tutampigia simu mwajiri wako. Jibu: hapana.", False),
        ("ke", "Uliuliza kama tutampigia simu mwajiri wako. Jibu: hapana? Lipa leo.", True),
        ("cn", "“你们会把我欠钱的事发到朋友圈吗？”——不会。", False),
        ("ph", "Tinanong mo kung tatawagan namin ang HR mo. Ang sagot: hindi.", False),
        # An impostor word that poses needs a warning in the message; one that speaks needs
        # the words spoken; a negated "pick up" is not a negated contact.
        ("id", "Penipu sering mengaku miskin. Bayar hari ini!", True),
        ("id", "Waspada terhadap penipu. Penipu sering mengaku dari kami.", False),
        ("id", "Penipu bilang dia miskin.", True),
        ("us", "Since u won't pick up we reached out to your mom about the debt.", True),
        ("uk", "We'll not be ringing again - our agent will be round your house tonight.", True),
        ("ke", 'Mtu akikuambia "tutakufunga jela," hiyo ni kinyume cha sheria.', False),
        # A quoted question starts at its quote, not at the words that report it.
        ("id", 'Anda bertanya, "Apakah atasan saya akan dihubungi?" Jawabannya: tidak.', False),
        ("id", 'Anda bertanya, "Apakah atasan Anda akan kami hubungi?" Jawabannya: tidak.', True),
        # A purpose limit before the finding must be in its clause.
        (
            "us",
            "Your signed authorization lets us contact references for location only, so we've"
            " told your sister about the balance.",
            True,
        ),
        (
            "uk",
            "Your employer won't hear about this unless you miss Friday, in which case we"
            " ring them.",
            True,
        ),
        # Session 11: a reassurance that holds the start of its finding denies it; one that
        # only starts where the finding does is not a reassurance of it.
        ("ke", "Kwa deni hili hakuna kukamatwa.", False),
        ("ng", "No fear: nobody dey go jail because loan late.", False),
        ("ng", "Pay today. Police go come carry you.", True),
        ("ke", "Kwa deni hili hakuna kukamatwa, lakini tutakukamata kesho.", True),
        # The borrower's complaint does not label the quotation after it: every version of
        # that rule this session was laundered (an independent review found 22 holes), so a
        # complaint quoting an agent's threat stays flagged for a person to read.
        ("ke", 'Ulilalamika kwamba mkusanyaji alisema "tutakuja ofisini kwako." Si kweli.', True),
        ("us", 'You told us an agent said "we will call your boss". He has been suspended.', True),
        (
            "ng",
            'You tell us say person call you talk say "we dey come your office." No be us.',
            True,
        ),
        ("us", 'You told us you would pay. We said "we will call your boss" and we will.', True),
        # The rule that let a prohibition ("collectors may not …") forbid whatever its sentence
        # lists was withdrawn in session 11, after three reviews laundered threats through it
        # ("Your rights: collectors may not curse you, pay by 5pm or agents visit your home").
        # Since session 17 an insult that is the conduct itself ("curse you", a list verb) is
        # denied as contact is, by a negator's own reach and its denied list, so these two pass
        # as the Indonesian one always did; the laundered forms below stay refused.
        (
            "us",
            "Your rights: collectors may not threaten you, curse you, call your employer or"
            " post your name online.",
            False,
        ),
        (
            "ng",
            "Know your right: collector no suppose threaten you, curse you, or shame you.",
            False,
        ),
        (
            "id",
            "Hak Anda: penagih dilarang mengancam, mempermalukan, atau menghubungi keluarga.",
            False,
        ),
        ("ke", "Mawakala wetu HAWARUHUSIWI: - kupiga simu kazini kwako - kutumia matusi.", True),
        ("in", "आपके अधिकार: रिकवरी एजेंट आपके रिश्तेदारों को परेशान नहीं कर सकते।", True),
        (
            "us",
            "Know your rights: collectors may not visit you, but we will visit your office.",
            True,
        ),
        ("cn", "根据规定，催收人员不得上门，但我们明天会去您单位。", True),
        (
            "in",
            "आपके अधिकार: रिकवरी एजेंट आपके घर आएंगे, और आपके रिश्तेदारों को परेशान नहीं कर सकते।",
            True,
        ),
        (
            "ng",
            "FCCPC rules: collectors no suppose call your family, our agents go call your family.",
            True,
        ),
        (
            "id",
            "Sesuai ketentuan, kami tidak boleh diam: keluarga Anda akan kami hubungi hari ini.",
            True,
        ),
        (
            "us",
            "Your rights: our agents may not be gentle when they come to your house tonight.",
            True,
        ),
        ("ke", "Haki zako: mawakala hawaruhusiwi kukutukana; tutawaambia familia yako leo.", True),
        # Lists headed by a negator are read as before the session: no rule over the list.
        ("id", "Kami TIDAK akan: • menagih lewat kontak darurat • datang tanpa janji.", True),
        ("us", "We will not repeat: 1) police arrest 2) your employer called.", True),
        # The reviews' attacks on the withdrawn rule stay refused.
        ("us", "Your rights: collectors may not curse you, pay or agents visit your home.", True),
        ("us", "Your rights: collectors may not lie, the police are coming for you.", True),
        ("id", "Hak Anda: petugas tidak boleh berbohong, Anda sudah dilaporkan ke polisi.", True),
        ("us", "Our legal department will report it to the FBI or the sheriff.", True),
        ("ng", "Our agents no go ever: 1) talk to your neighbour 2) post your face online.", True),
        ("us", "We're not pretending: this is Detective Harris, Fraud Unit. Pay today.", True),
        # An independent review's attacks on the session's rules, each refused since: a
        # statement of its own after a rights list, a bare negator or the lender's own future
        # after a complaint, one quoted word, "or" meaning "otherwise", a reassurance that
        # only starts at its finding, a list after a post-prohibition.
        ("us", "Your rights: collectors may not call after 9pm, police will arrest you.", True),
        ("us", "We won't relent: police will arrest you, jail you, and call your boss.", True),
        ("us", 'You told us an agent said "police will arrest you". Do not ignore this.', True),
        (
            "us",
            'You told us "we will call your boss". That is not true: we will do it tomorrow.',
            True,
        ),
        ("us", 'Our agents will visit your "home". Scam alert: pay only in the app.', True),
        ("us", "Pay now. Report it to the FBI or the sheriff will visit you.", True),
        ("ng", "Police no go pity you.", True),
        ("in", "Agent police bhejega aap kuch nahi kar sakte: 1) bhaag 2) chhup.", True),
        # A negator denies a label only in the label's sentence.
        ("us", 'That rumour is not true. Scammers say "you will be arrested today".', False),
        ("us", 'This is not a scam: "you will be arrested today".', True),
        ("us", 'You told us "we will call your boss". We will, tomorrow.', True),
        ("cn", "您反映“我们会去您单位”，我们明天就去。", True),
        ("cn", "您反映“我们会去您单位”，此说法不属实，涉事人员已停职。", True),
        ("us", 'You told us "don\'t call my boss", so we will call your boss today.', True),
        # Where to report is a list: the next place after a coordinator is attributed too,
        # and nothing after it.
        ("ng", "If anybody threaten you, report am to EFCC or nearest police station.", False),
        ("ke", "Ripoti kwa polisi au DCI watakukamata.", True),
        ("ph", "I-report sa pulis at NBI ang kaso mo huhulihin ka.", True),
        # Session 12: a report marker is advice only where a request stands (Grammar.requests):
        # padding, an adverb or a long subject no longer make the collector's report advice.
        ("ng", "Management will                                    report am to EFCC.", True),
        ("id", "Waspada penipuan. Kami akan segera laporkan ke polisi.", True),
        ("ng", "Beware of fake agents. Management go quickly report am to EFCC.", True),
        ("cn", "谨防诈骗。我们法务部门经过慎重考虑决定明天一早去派出所报案。", True),
        ("cn", "谨防诈骗。法务部门明天到派出所报案。", True),
        ("ng", "Beware of scam. We go pay you visit and report am to EFCC.", True),
        ("ng", "Beware of fake agents! Call us on 01-277-0090 and report fraud to police.", False),
        ("id", "Jika ada yg mengaku petugas polisi, segera laporkan ke polisi.", False),
        ("ke", "Jihadhari na matapeli. Piga 999 au ripoti kituo cha polisi.", False),
        # Session 12, after a code review: a line break does not end the collector's clause;
        # a condition does not hide a speaker after it; report advice needs a warning in the
        # message and no arrears in its sentence; reading an A-not-A negator out leaves the
        # impostor label it denies denied, and the contrast words looked up.
        ("us", "Past due. Our client intends to\nreport it to the sheriff on Monday.", True),
        (
            "us",
            "Beware of scams. If anyone on this account misses Friday's payment we simply and"
            " immediately report it to the sheriff.",
            True,
        ),
        ("us", "Next step, report it to the sheriff on Monday.", True),
        ("cn", "请您尽快到当地派出所报案，主动说明您的逾期情况，争取从轻处理。", True),
        ("cn", "谨防诈骗。请您尽快到当地派出所报案，主动说明您的逾期情况。", True),
        ("ng", "Pay your loan today or report for nearest police station tomorrow morning.", True),
        (
            "cn",
            "最后通知：“明早九点前不还款，公安上门带走。”您问这会不会是诈骗？答：谁说会，等着吧。",
            True,
        ),
        (
            "cn",
            "您问会不会顺延？答：会的。根据您的书面同意，我们将通知您的家人，仅限核实地址，但您单位领导也会。",
            True,
        ),
        # Session 12: a place listed after a report holds at most two words after it; more is
        # a clause of its own, even of glue words.
        (
            "us",
            "Beware of scams. Report it to the sheriff or a court order has been issued to you.",
            True,
        ),
        # Session 12: a negation qualifier of three words or more that opens the next
        # sentence takes the denial back ("Unless you keep ignoring us"); "unless" with what
        # the borrower asks for ("unless you ask us to") is no qualifier.
        (
            "us",
            "We would never discuss your account with your neighbors. Unless you keep ignoring us.",
            True,
        ),
        ("uk", "We will not visit your home unless you fail to ring us by 6pm.", True),
        ("cn", "我们不会联系您的家人。除非您继续不还款。", True),
        ("us", "We will not contact your employer unless you ask us to.", False),
        ("us", "We never call your employer. Unless you ask us to, in writing.", False),
        # Session 12: a Chinese A-not-A question (会不会) answered yes by echoing its verb
        # keeps what it asked; answered no or in prose that denies it, it asks only.
        ("cn", "您问我们会不会告诉您父母？答：如果今天还不上，会的。", True),
        ("cn", "您问“我们会不会联系您家人”——会的。", True),
        ("cn", "您问我们会不会联系您单位领导？会的，明天上午就打。", True),
        ("cn", "您问我们会不会联系您单位领导？不会的，请放心。", False),
        ("cn", "您问我们会不会告诉您父母？答：不会。", False),
        ("cn", "关于您询问的“逾期会不会坐牢”：逾期属于民事纠纷，不会因此被拘留或判刑。", False),
        # Session 13: the reader as the one who claims, or the one an impostor word names,
        # warns of no impostor, so a report marker beside it is a summons, not advice.
        ("cn", "您声称已还款，但系统未到账。请您尽快到当地派出所报案说明情况", True),
        ("cn", "你这个骗子，请到派出所报案。", True),
        ("us", "You claimed you paid. Please report to the nearest police station.", True),
        ("us", "You scammer! Please report to the nearest police station.", True),
        ("id", "Anda mengaku sudah bayar, tapi belum masuk. Silakan laporkan ke polisi.", True),
        ("us", "If someone calls you claiming to be police, report it to the police.", False),
        ("us", "You may get texts claiming to be us. Please report them to the police.", False),
        ("us", "We alert you to scammers using our name. Please report them to the police.", False),
        # Session 13: Indonesian SMS spellings widen the threats, never the denials (a code
        # review laundered 28 threats through spelt negators and reassurances).
        ("id", "klo g byr hri ini, dt km sbr ke sluruh kntk & grp WA, biar smua tw", True),
        ("id", "Kmi ga mau tau besok kmi datangi rumah km.", True),
        ("id", "Kami ga bercanda besok kami datangi rumah kamu.", True),
        ("id", "Kmi ga ragu2 hubungi semua kontak km.", True),
        ("id", "Ga boleh telat lagi besok kami datangi rumah kamu.", True),
        ("id", "Kamu pikir kamu ga bisa dipenjara? Salah besar.", True),
        ("id", "Tanpa memberi tw lagi kami datangi rumah kamu besok.", True),
        ("id", "Kami tidak bercanda besok kami datangi rumah kamu dan kantor kamu.", True),
        ("id", "Waspada penipuan. Silakan lapor ke polsek hari ini dan serahkan diri.", True),
        ("us", "We are not kidding tomorrow our agent visits your home.", True),
        ("id", "Kami tidak akan menghubungi keluarga anda.", False),
        ("id", "Sesuai permintaan Ibu, petugas akan datang ke rumah Ibu Sabtu jam 10.", False),
        # A second review: spelt consent objects excused spelt visits; they are gone, and a
        # consent must name a visit in full words.
        ("id", "Sesuai permintaan Ibu, petugas akan dtg ke rmh Ibu Sabtu jam 10.", True),
        ("id", "Sesuai permintaan, kolektor akan dtg ke alamat kamu jam 2 pagi.", True),
        ("id", "Kami tdk akan biarkan keluarga kamu tenang sampai km lunas.", True),
        ("id", "Kami akan datang ke kantor suamimu besok.", True),
        ("us", "We don't mess around, your wife and your boss will know by Friday.", True),
        # Consent limits: an hour of the night or a condition of payment undoes a consent.
        ("us", "As per your request, our agent will visit your home at 11pm.", True),
        ("cn", "按您的要求，我们的外访人员将前往你家，今晚十二点准时到，钱不到位人不走。", True),
        ("id", "Sesuai permintaan, kolektor akan datang ke alamat kamu jam 2 pagi.", True),
        ("ph", "Ayon sa hiling mo, pupunta ang collector sa bahay mo ng madaling araw.", True),
        ("in", "Aapki request par hamare log raat 2 baje ghar aayenge.", True),
        ("us", "As per your request, our officer will visit your home on Saturday at 10am.", False),
        # A third review, after the final measure: the limits are read in the whole sentence
        # and in SMS spellings; the words that read lawful text are gone.
        ("us", "At 2am tonight, as you requested, our agent will visit your home.", True),
        ("us", "As you requested, our agent will visit your home and wait on ur porch.", True),
        ("id", "Besok kami datang ke kantor Bapak untuk menagih langsung.", True),
        ("ng", "If you no fit pay today, if not, we no go call your employer. Just reply.", False),
        ("id", "Kami tidak akan biarkan data Anda disebar ke siapa pun.", False),
        # Session 17: an insult that is conduct (a list verb: "curse you", "insult you") is
        # denied like contact; name-calling is not, and a condition after it keeps it.
        ("us", "We will never curse you or call you names. Please pay via the app.", False),
        ("ng", "Our agents no suppose threaten you, curse you, or call your family.", False),
        ("us", "We won't curse you if you pay today.", True),
        ("us", "We will not curse you today, but tomorrow we will.", True),
        ("us", "We will never call you a thief.", True),
        ("us", "Don't be a thief, pay now.", True),
        ("us", "I curse you and your family.", True),
        # Session 17: an item of a denied list that opens with its own subject ("or we", "or
        # agents", "abi we go", "atau kami", "au tuta…") is a clause of its own, not an item,
        # and so is one opening "and will". Each of these got through on the session's
        # starting commit (a list verb heads the list) but the second Pidgin one, which the
        # conduct allowance alone would have let through ("and go", "dan akan" likewise).
        # Session 18: a breaker that opens before a finding ends the reach even when the
        # finding starts inside it (pcm "…, and go come your house": breaker "and go", finding
        # "go come your house"), which passed on session 17's final commit; no stored text's
        # verdict moved.
        (
            "us",
            "Your rights: collectors may not threaten you, pay or agents visit your home.",
            True,
        ),
        ("us", "Collectors may not threaten you, pay now or we call your boss.", True),
        ("us", "We will never insult you, pay today or we tell your family.", True),
        ("ng", "We no go threaten you, pay now abi we go tell your people.", True),
        ("ng", "We no go curse you, pay now abi we go tell your people.", True),
        (
            "id",
            "Kami tidak akan mengancam Anda, bayar hari ini atau kami hubungi keluarga Anda.",
            True,
        ),
        ("id", "Penagih dilarang mengancam, bayar sekarang atau kami datangi rumah Anda.", True),
        ("ke", "Mawakala hawaruhusiwi kukutishia, lipa leo au tutapiga simu kazini kwako.", True),
        (
            "us",
            "We never threaten you, insult you, or call your family, and will be at your door.",
            True,
        ),
        ("ng", "No be say we no fit curse you o, pay before we start.", True),
        (
            "ng",
            "We no go threaten you, curse you, or call your family, and go come your house today.",
            True,
        ),
        (
            "id",
            "Kami tidak akan mengancam, mempermalukan, atau menghubungi keluarga Anda, dan akan"
            " datang ke rumah Anda malam ini.",
            True,
        ),
        ("ng", "Our agents no go insult you, call your family, and go come your house.", True),
        ("ng", "We no go curse you, and go come your house.", True),
        ("ng", "Our agents no go insult you, call your family, or come your house.", False),
        ("us", "We will not insult you, call your family, and come to your house.", False),
        # Session 18: a piece of a denied list that opens with a subject of its own
        # (Negation.clause_openers) is a clause; each passed on session 17's final commit.
        # A relative clause inside an item is not an opener.
        (
            "us",
            "We will never insult you, shame you, or threaten you, and we visit your home at 9pm.",
            True,
        ),
        (
            "id",
            "Kami tidak akan mengancam, mempermalukan, atau menghina Anda, dan kami datang ke"
            " rumah Anda malam ini.",
            True,
        ),
        (
            "ph",
            "Hindi namin kayo mumurahin, hihiyain, o tatawagan ang pamilya ninyo, at pupuntahan"
            " namin kayo sa bahay.",
            True,
        ),
        (
            "ph",
            "Hindi namin kayo mumurahin, hihiyain, o babantaan, at tatawagan namin ang amo ninyo.",
            True,
        ),
        ("ph", "Hindi namin kayo mumurahin, hihiyain, o pupuntahan sa bahay.", False),
        (
            "us",
            "We will never call your family, visit your home, or let anyone we hire contact your"
            " employer.",
            False,
        ),
        (
            "ph",
            "Hindi namin kayo mumurahin, hihiyain, o tatawagan ang sinumang kakilala namin.",
            False,
        ),
        # Session 18: Tagalog future forms of the conduct verbs head a denied list.
        ("ph", "Hindi namin kayo tatakutin, ipapahiya, o tatawagan ang pamilya ninyo.", False),
        # Session 18: a negation exception that is an item of a list of conduct verbs ("abuse,",
        # "shame or") is no exception; as an exception it still works ("no go shame to").
        ("ng", "We will not abuse, threaten or embarrass you.", False),
        ("ng", "We no go abuse you, shame you or call your people.", False),
        ("ng", "We no go shame to tell your family.", True),
        ("ng", "We no go abuse or shame you, we go just tell your family.", True),
        # Session 18: a qualifier after a later item that contacts the borrower ("or call you
        # at night") limits that item, not the finding; a qualifier after more objects of the
        # finding's verb still limits it.
        ("us", "We won't shame you or call you late at night.", False),
        ("us", "We won't call your boss or your family at night.", True),
        ("us", "We will not contact your family, friends or employer more than once a day.", True),
        (
            "us",
            "We won't shame you or call you at night, but tomorrow we tell your boss everything.",
            True,
        ),
        # Session 18: a qualifier in an earlier item that contacts the borrower limits that
        # item only; "disgrace" is a list verb in English too.
        ("us", "We won't call you before 8am or call your neighbours.", False),
        (
            "ng",
            "Our collectors no go humiliate you, call you before 8am or call your neighbours.",
            False,
        ),
        ("us", "We won't call your boss before Friday or visit your home.", True),
        ("us", "We won't call you before 8am, or call your boss until Friday.", True),
        ("uk", "We won't shame or disgrace you.", False),
        ("ng", "We no go disgrace you or call you for night.", False),
        # Session 18: a first item that calls the borrower keeps its limit to itself under
        # an auxiliary's negation; two limits joined by "or" are one item's; ", or" and a
        # verb with its object is a list item, not an "or else".
        (
            "us",
            "Our collectors will never call you after 9pm, visit your workplace, or message your"
            " contacts.",
            False,
        ),
        (
            "in",
            "Our agents will never call before 8am or after 7pm, or contact your relatives.",
            False,
        ),
        ("us", "Our agents will not call you, or contact your family.", False),
        ("us", "Our collectors will never come to your house before Friday.", True),
        ("us", "We won't call you, or your family will be told.", True),
        ("us", "Don't ignore us, or your employer will be told.", True),
        # Session 18: limits on a pair's item that calls the borrower, and ", or" + verb +
        # object when the finding starts after the verb.
        (
            "us",
            "Our collectors will not call you before 8am or after 9pm, or discuss your account"
            " with anyone else.",
            False,
        ),
        ("ng", "We no go threaten you, or contact your oga for work.", False),
        ("us", "We will not pressure you, or contact your employer about this debt.", False),
        ("us", "Pay by 5pm, or contact your employer yourself before we do.", True),
        # Session 18: the object words are the packs' own (Negation.objects): Indonesian
        # and Tagalog name the object outright.
        ("id", "Kami tidak akan menekan Anda, atau menghubungi atasan Anda.", False),
        ("ph", "Hindi po namin kayo pipilitin, o kokontakin ang employer ninyo.", False),
        ("id", "Lunasi sebelum jam 5, atau keluarga Anda akan kami kabari.", True),
        # Session 18: contrast words deny a pair only from between its terms.
        ("ph", "Ikaw lang ang kokontakin namin, hindi ang pamilya o kaibigan mo.", False),
        ("id", "Kami akan menghubungi keluarga Anda, bukan Anda lagi.", True),
        ("ph", "Ang pamilya mo na ang tatawagan namin, hindi ikaw.", True),
        ("us", "Our collectors will not visit your home before 8am or after 9pm.", True),
        (
            "us",
            "Our collectors will not call you before 8am, but they will visit your home at 9am.",
            True,
        ),
        # Session 18: a mercy after a negated finding keeps the threat, as one before it does.
        ("us", "We won't call your boss if you pay today.", True),
        ("cn", "我们不会联系您的单位，只要您今天还款。", True),
        ("id", "Kami tidak akan menghubungi keluarga Anda asal Anda bayar hari ini.", True),
        ("us", "We never call your employer, and if you pay today you save on fees.", False),
        ("us", "We won't charge a late fee if you pay today.", False),
        ("cn", "我们不会联系您的家人。", False),
        ("us", "We never contact your family, friends, or employer.", False),
        (
            "us",
            "We will never post your details online, shame you in public, or message your"
            " contacts.",
            False,
        ),
    ],
)
def test_red_team_mechanisms(policy: str, text: str, refused: bool) -> None:
    """The negation and attribution mechanisms of sessions 5 to 12 (docs/wording.md), each
    with texts it must refuse and texts it must let through."""
    assert any(f.severity == "error" for f in _findings(text, policy)) is refused, text


_COURT_NOTICES = [
    ("cn", "我行已向朝阳区人民法院提起民事诉讼，开庭时间以法院传票为准。", "WZH"),
    (
        "us",
        "A claim has been filed against you in the county court; a court summons will follow.",
        "WEN",
    ),
    ("ng", "QuickNaira don file civil claim, Suit No. LD/4412. Court summons go reach you.", "WEN"),
    ("in", "बैंक ने वसूली वाद दायर किया है; समन जारी होगा।", "WHI"),
]
_COURT_VARIANTS = {None: ("014", "error"), False: ("015", "error"), True: ("016", "warning")}


@pytest.mark.parametrize(("policy", "text", "code"), _COURT_NOTICES)
@pytest.mark.parametrize("intended", [None, False, True])
def test_a_court_process_is_an_error_unless_legal_action_is_intended(
    policy: str, text: str, code: str, intended: bool | None
) -> None:
    """kind = "court_process": error when the intention is unknown or False, a warning for
    review when the loan says legal action is intended (a true notice of a filed claim)."""
    variant, severity = _COURT_VARIANTS[intended]
    found = {(f.rule, f.severity) for f in _findings(text, policy, intended)}
    assert (code + variant, severity) in found, found
    if intended:
        assert "error" not in {s for _, s in found}, found


def test_a_negators_reach_does_not_depend_on_the_order_of_other_negators() -> None:
    """The stoppers a qualifier removes are computed once per finding: a negator earlier in
    the text once changed what the consent word after it could reach."""
    text = "As agreed on our call before Friday, your adviser will visit you at home."
    alone = {f.rule for f in _findings(text, "uk")}
    assert {f.rule for f in _findings("We never spam. " + text, "uk")} == alone


def test_clause_openers_match_a_piece_start_only() -> None:
    """``_`` in an opener is one word; an opener counts only where the piece begins."""
    from dunning_sms._rules.wording import _opener_regex

    assert _opener_regex([]) is None
    pattern = _opener_regex(["and we", "at _ namin"])
    assert pattern is not None
    assert pattern.match(" And we visit") is not None
    assert pattern.match(" at pupuntahan namin kayo") is not None
    assert pattern.match(" at pupuntahan ang bahay namin") is None
    assert pattern.match(" and weekly calls") is None
    assert pattern.match(" or let anyone we hire") is None


_SESSION_19_CASES = [
    # An object pronoun right after a contact verb stands for a person of the
    # pattern named before it (Near.refers_back); each refused one passed before.
    (
        "us",
        "QuickFund: We will not text your family about the $520 balance, we will call them"
        " tonight instead.",
        True,
    ),
    ("us", "Your employer is on file. Our team will be contacting them on Monday.", True),
    (
        "ph",
        "Hindi namin ime-message ang pamilya mo tungkol dito, tatawagan namin sila mismo bukas.",
        True,
    ),
    ("in", "Aapke rishtedar abhi kuch nahi jaante. Kal hum unhe call karenge.", True),
    ("ng", "We no go text your family, we go call dem tonight.", True),
    ("cn", "我们不会发短信给您的家人，但今晚会打给他们。", True),
    # Nobody named before; the pronoun denied with its verb; too far from the verb; on
    # the wrong side of it; in another clause; things sent to the collector; after a
    # scam condition (Grammar.request_conditions).
    ("us", "Our team will be contacting them on Monday.", False),
    ("us", "We will never contact your family, and we won't tell them about your loan.", False),
    (
        "id",
        "Kami tidak akan menghubungi keluarga Anda dan tidak akan memberi tahu mereka.",
        False,
    ),
    ("ph", "Hindi namin tatawagan ang pamilya mo at hindi namin sasabihan sila.", False),
    ("cn", "我们不会联系您的家人，也不会告诉他们您的借款情况。", False),
    ("us", "We will not text your family. We will call you to talk about them.", False),
    ("in", "Aapke rishtedar abhi kuch nahi jaante. Kal hum call karenge, unhe nahi.", False),
    # A full stop between two words, outside any spelled-out run, still ends the clause.
    ("in", "Aapke rishtedar abhi kuch nahi jaante. Kal hum unhe. Call karenge.", False),
    ("us", "Your employer is on file with us. If you have payslips, send them to us.", False),
    ("ng", "We no dey call your family. If anybody call dem for our name, report am.", False),
    (
        "in",
        "Aapke rishtedar abhi kuch nahi jaante. Agar koi unhe call kare to 1800-555-0177"
        " par report karein.",
        False,
    ),
    (
        "us",
        "Your employer is on file with us. Please pay the balance of $420 through the app by"
        " Friday, 12 June, or call our team on 0800 555 0100 to agree a plan that works for"
        " you. We will call them.",
        False,
    ),
    # An impostor word the subject of a contact finding, with a marker after it, warns.
    # Session 19: the impostor the subject of the finding's clause, a marker after it.
    (
        "us",
        "Fraud alert from Lakeside Finance: scammers may call your relatives pretending to"
        " be us. We never contact your family about your loan.",
        False,
    ),
    (
        "ng",
        "WARNING: Some scammers dey call borrowers' family dey claim say dem be our agent.",
        False,
    ),
    ("us", "Scammers are calling your relatives pretending to be us.", False),
    # Another clause, a contrast, the collector as subject, a threat said after it.
    (
        "us",
        "Scammers pretend; we will call your relatives today, pretending to be nobody.",
        True,
    ),
    (
        "us",
        "Scammers may worry you, but we will call your relatives today pretending to be your bank.",
        True,
    ),
    (
        "us",
        "Fraudsters never pay, so our agents will visit your office tomorrow posing as couriers.",
        True,
    ),
    (
        "us",
        "Scammers are calling your relatives pretending to be us, and we will call your boss"
        " today.",
        True,
    ),
    # Session 19: a claimed written consent with an "only" that limits nothing passed.
    (
        "ng",
        "Per your written consent, we will only inform your office colleagues of your"
        " N132,000 debt today.",
        True,
    ),
    (
        "us",
        "As per your written authorisation, we will only call your employer today to discuss"
        " your past-due balance.",
        True,
    ),
    (
        "us",
        "As per your written authorisation, we will call your brother only to confirm the"
        " payment date.",
        False,
    ),
    (
        "us",
        "As per your written authorisation, we will call your brother only to confirm the"
        " payment date for your $420 balance.",
        True,
    ),
]


@pytest.mark.parametrize(("policy", "text", "refused"), _SESSION_19_CASES)
def test_session_19_mechanisms(policy: str, text: str, refused: bool) -> None:
    """Pronouns standing for a person named before ("we won't text your family, we'll call
    them"), impostors who call the family ("scammers may call your relatives pretending to be
    us"), and a debt told after an authorised contact ("Per your written consent, we will
    only inform your colleagues of your N132,000 debt")."""
    assert any(f.severity == "error" for f in _findings(text, policy)) is refused, text


def test_a_pronoun_spelled_out_with_its_verb_is_their_object() -> None:
    """Session 31: in a message spelled out letter by letter, the dot between the pronoun and
    its verb ("u.n.h.e.c.a.l.l") separates letters, not clauses; a full stop between the two
    words written normally still ends the clause."""
    spelled = (
        "A.a.p.k.e.r.i.s.h.t.e.d.a.r.a.b.h.i.k.u.c.h.n.a.h.i.j.a.a.n.t.e."
        " K.a.l.h.u.m.u.n.h.e.c.a.l.l.k.a.r.e.n.g.e."
    )
    assert "WHI005" in {f.rule for f in _findings(spelled, "in")}
    broken = "Aapke rishtedar abhi kuch nahi jaante. Kal hum unhe. Call karenge."
    assert "WHI005" not in {f.rule for f in _findings(broken, "in")}


@pytest.mark.parametrize(
    ("text", "policy", "code", "refused"),
    [
        # A pattern's regex reads a spelled-out run letter by letter ("expires in 10 minutes").
        ("T.h.i.s.w.a.i.v.e.r.i.s.v.a.l.i.d.f.o.r.t.h.e.n.e.x.t 15 m.i.n.s.o.n.l.y.", "us",
         "WEN009", True),
        ("D.i.s.k.o.n 50% h.a.n.y.a.b.e.r.l.a.k.u 30 m.e.n.i.t.l.a.g.i.", "id", "WID009", True),
        ("T.h.i.s.w.a.i.v.e.r.i.s.v.a.l.i.d.f.o.r.t.h.e.n.e.x.t 15 d.a.y.s.", "us", "WEN009",
         False),
        # A code glued by the fold to the word before it still marks its sum as money.
        ("Y.o.u.r.R.s 7,500 b.a.l.a.n.c.e.w.i.l.l.b.e.c.o.m.e.R.s 22,500 b.y.F.r.i.d.a.y.", "in",
         "WEN018", True),
        ("T.a.g.i.h.a.n.A.n.d.a.R.p 500.000 a.k.a.n.m.e.n.j.a.d.i.R.p 2.000.000.", "id", "WID018",
         True),
        ("Y.o.u.r.R.s 7,500 b.a.l.a.n.c.e.w.i.l.l.b.e.c.o.m.e.R.s 7,600 b.y.F.r.i.d.a.y.", "in",
         "WEN018", False),
    ],
)  # fmt: skip
def test_a_spelled_out_run_split_by_a_number_is_read_across_it(
    text: str, policy: str, code: str, refused: bool
) -> None:
    """Session 33: the eight evasion escapes of sessions 28-32 were runs split by an amount or
    a count, which the regexes and the sum reader did not read across."""
    codes = {f.rule for f in _findings(text, policy) if f.severity == "error"}
    assert (code in codes) is refused, codes


@pytest.mark.parametrize(
    ("text", "policy", "code", "refused"),
    [
        ("Wewillcallyourbosstomorrowandtellhimeverything.", "us", "WEN005", True),
        ("Kamiakandatangkerumahandabesokpagi, siapkanuangnya.", "id", "WID003", True),
        ("Thediscountexpiresin 10 minutes, paynow.", "us", "WEN009", True),
        # The words of a lawful reminder run together are still lawful.
        ("Yourpaymentisduetomorrowpleasepayintheapp. Thankyou.", "us", "WEN005", False),
    ],
)  # fmt: skip
def test_a_message_without_its_spaces_is_read_across_its_words(
    text: str, policy: str, code: str, refused: bool
) -> None:
    """Session 33: "Wewillcallyourboss..." has no word boundary inside its long words."""
    codes = {f.rule for f in _findings(text, policy) if f.severity == "error"}
    assert (code in codes) is refused, codes
    if not refused:
        assert not {c for c in codes if c.startswith("W")}, codes


def test_pronouns_pair_only_with_their_own_packs_patterns() -> None:
    """Pidgin "am" (him, her, it) is no pronoun of the English patterns of the ng policy, a
    pattern that does not refer back has none, and a spaced-out pronoun is found."""
    from dunning_sms._normalize import normalize
    from dunning_sms._rules.wording import compiled

    shared = compiled(("en", "pcm"), ())
    by_code: dict[str, list[PhraseMatcher | None]] = {}
    for near, matcher in zip(shared.near, shared.near_matchers, strict=True):
        by_code.setdefault(shared.entries[near.entry].code, []).append(matcher)

    def pronouns(matcher: PhraseMatcher | None, text: str) -> list[str]:
        assert matcher is not None
        return [text[h.start : h.end] for h in matcher.find(normalize(text)) if h.tag[0] == "r"]

    english, pidgin = by_code["WEN005"][0], by_code["WPCM005"][0]
    assert pronouns(english, "call them, call am") == ["them"]
    assert pronouns(pidgin, "call them, call am") == ["them", "am"]
    assert pronouns(english, "c a l l  t h e m") == ["t h e m"]
    assert pronouns(english, "another day") == []
    assert pronouns(by_code["WEN005"][1], "call them") == []


@pytest.mark.parametrize(("flag", "bad"), [("refers_back", "yes"), ("same_sentence", 1)])
def test_a_proximity_flag_must_be_a_flag(flag: str, bad: object) -> None:
    from dunning_sms._phrases import _entry

    raw: dict[str, object] = {
        "code": "WXX001",
        "name": "x",
        "category": "third_party_disclosure_or_contact",
        "severity": "error",
        "near": [{"a": ["call"], "b": ["family"], "within": 20, flag: bad}],
    }
    with pytest.raises(ValueError, match=rf"WXX001\.near\.{flag} must be true or false"):
        _entry(raw, "xx")
    raw["near"] = [{"a": ["call"], "b": ["family"], "within": 20}]
    assert getattr(_entry(raw, "xx").near[0], flag) is False
    # A table's flag goes through the same check.
    from dunning_sms._phrases import Negation, _table

    with pytest.raises(ValueError, match=r"negation\.negators_are_verbs must be true or false"):
        _table({"negation": {"negators_are_verbs": "yes"}}, "negation", Negation)


def test_attribution_looks_up_the_nearest_hits_and_those_overlapping_them() -> None:
    """A farther word or marker spans more of the text than the nearest one and passes no
    test the nearest fails, so attribution tries only the nearest (and what overlaps it)."""
    from dunning_sms._phrases import Hit
    from dunning_sms._rules.wording import _Inside, _Nearest

    hits = [Hit(None, *span, *span) for span in [(0, 4), (10, 20), (12, 18), (30, 35)]]

    def spans(found: list[Hit]) -> list[tuple[int, int]]:
        return sorted((h.start, h.end) for h in found)

    before = _Nearest(hits, before=True)
    assert spans(before.of(20)) == [(10, 20), (12, 18)]
    assert spans(before.of(19)) == [(12, 18)]
    assert spans(before.of(9)) == [(0, 4)]
    assert before.of(3) == []
    after = _Nearest(hits, before=False)
    assert spans(after.of(5)) == [(10, 20), (12, 18)]
    assert spans(after.of(11)) == [(12, 18)]
    assert after.of(31) == []
    inside = _Inside(hits)
    assert inside.between(9, 20) and inside.between(11, 19)
    assert not inside.between(11, 17) and not inside.between(21, 34)


def test_claimed_authorisations_in_session_19_sets_are_sent_for_review() -> None:
    """Session 20: a contact that a written authorisation in free text licenses is a WAUT001
    warning, no longer dropped. Over session 19's authorisation sets (175, 177: red teams;
    176, 178: lawful notices), (probe, label, WAUT001 reported, refused) as measured when the
    change was made: five red-team texts of 177 that had passed now warn, and nothing moved
    in or out of "refused" (docs/wording.md, Authorised contacts)."""
    path = Path(__file__).parent / "data" / "wording" / "heldout_probes" / "session19.jsonl"
    tally: dict[tuple[int, str, bool, bool], int] = defaultdict(int)
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["probe"] in (175, 176, 177, 178):
            found = _findings(row["text"], row["policy"])
            claimed = any(f.rule == "WAUT001" for f in found)
            refused = any(f.severity == "error" for f in found)
            tally[(row["probe"], row["label"], claimed, refused)] += 1
    assert dict(tally) == {
        (175, "violation", False, False): 7,
        (175, "violation", False, True): 53,
        (176, "lawful", False, False): 40,
        (176, "lawful", False, True): 17,
        (176, "lawful", True, False): 2,
        (176, "lawful", True, True): 1,
        (177, "violation", False, False): 4,
        (177, "violation", False, True): 42,
        (177, "violation", True, False): 5,
        (177, "violation", True, True): 9,
        (178, "lawful", False, False): 55,
        (178, "lawful", False, True): 5,
    }


@pytest.mark.parametrize(
    ("policy", "text", "refused"),
    [
        ("ng", "We no dey send message as police or EFCC. Pay only through the app.", False),
        ("ng", "We never send messages as police or EFCC.", False),
        ("ng", "We no dey send message as police. Police go come arrest you tomorrow.", True),
        ("ke", "Hatutumi ujumbe kwa jina la polisi au mahakama. Lipa kwa Paybill.", False),
        ("ke", "Hatujifanyi polisi. Lipa kwa Paybill pekee.", False),
        ("ke", "Hatujifanyi polisi. Polisi watakukamata kesho.", True),
        ("us", "We never threaten you as the police would, you will be arrested tomorrow.", True),
    ],
)
def test_session_20_impersonation_denials(policy: str, text: str, refused: bool) -> None:
    """A lender that denies writing as an official ("as police", "kwa jina la polisi",
    "hatujifanyi polisi") names the official to warn; the same words before a threat of its
    own do not launder it."""
    assert any(f.severity == "error" for f in _findings(text, policy)) is refused, text


@pytest.mark.parametrize(
    ("policy", "claim", "code"),
    [
        ("us", "a default stays on your credit report forever", "WEN017"),
        ("ke", "CRB listing ni ya kudumu na haifutwi hata ukilipa", "WSW017"),
        ("cn", "您的征信将终身留有污点", "WZH017"),
        ("in", "aapka CIBIL hamesha ke liye kharab ho jayega", "WHI017"),
    ],
)
def test_a_credit_record_said_to_be_permanent_is_refused(
    policy: str, claim: str, code: str
) -> None:
    assert code in _refused(claim + ".", policy)


@pytest.mark.parametrize(
    ("policy", "text"),
    [
        # denied_by earlier in the claim's sentence, or right after it.
        ("us", "It is not true that a default stays on your credit report forever."),
        ("us", "A CRB listing is not permanent and is cleared after you repay."),
        ("us", "Don't believe anyone who says a listing stays on your credit file forever."),
        ("ke", "Si kweli kwamba jina lako litakaa CRB milele."),
        ("in", "Yeh sach nahi hai ki aapka CIBIL hamesha ke liye kharab ho jayega."),
        # refuted_by opening the next sentence.
        ("us", "Some say a default stays on your credit report for life. That is false."),
        ("cn", "有人称逾期记录会永久留在征信中。这是谣言，请勿轻信。"),
    ],
)
def test_a_claim_the_notice_denies_or_refutes_is_not_refused(policy: str, text: str) -> None:
    assert not {c for c in _refused(text, policy) if c.endswith("017")}


@pytest.mark.parametrize(
    ("policy", "text"),
    [
        # The denial belongs to an earlier sentence.
        (
            "us",
            "It is not true that we charge fees. A default stays on your credit report forever.",
        ),
        # The refutation does not open the next sentence.
        ("us", "A default stays on your credit report for life. Pay today. That is false."),
    ],
)
def test_a_denial_reaches_only_its_own_claim(policy: str, text: str) -> None:
    assert "WEN017" in _refused(text, policy)


@pytest.mark.parametrize(
    ("policy", "text", "refused"),
    [
        ("cn", "您的账户已按申请永久销户。如对个人信用报告有异议，请联系我们。", False),
        ("cn", "如不还款，您的信用报告将永久留有不良记录。", True),
        ("in", "खाता स्थायी रूप से बंद कर दिया गया है। CIBIL रिपोर्ट अगले चक्र में अपडेट होगी।", False),
        (
            "us",
            "Your account is permanently closed. Your credit report will show it as paid.",
            False,
        ),
        ("us", "Your credit report will show this permanently.", True),
    ],
)
def test_a_same_sentence_pattern_pairs_no_terms_across_a_sentence_end(
    policy: str, text: str, refused: bool
) -> None:
    assert any(c.endswith("017") for c in _refused(text, policy)) is refused


def test_denials_are_checked_when_a_pack_loads() -> None:
    from dunning_sms._phrases import _entry

    raw: dict[str, object] = {
        "code": "WXX001",
        "name": "x",
        "category": "false_urgency_or_misleading",
        "severity": "error",
        "near": [{"a": ["forever"], "b": ["credit"], "within": 20}],
        "denied_by": "not true",
    }
    with pytest.raises(ValueError, match=r"WXX001\.denied_by must be a list of strings"):
        _entry(raw, "xx")
    raw["denied_by"] = ["not true"]
    raw["refuted_by"] = [1]
    with pytest.raises(ValueError, match=r"WXX001\.refuted_by must be a list of strings"):
        _entry(raw, "xx")


@pytest.mark.parametrize(
    ("policy", "text", "code"),
    [
        ("us", "Each day late multiplies your balance. Pay today.", "WEN018"),
        (
            "uk",
            "Penalties will make your total three times the original amount by Friday.",
            "WEN018",
        ),
        ("cn", "逾期后违约金将使欠款变成原来的数倍。", "WZH018"),
        ("id", "Denda harian bikin utang Anda naik berkali-kali lipat dari pokok.", "WID018"),
        ("ph", "Magiging tatlong beses ng inutang ang babayaran ninyo sa Biyernes.", "WFIL018"),
        ("ke", "Baada ya wiki deni litakuwa mara tatu ya mkopo wa awali.", "WSW018"),
        ("in", "Late karoge to penalty se total chaar guna tak ho jayega.", "WHI018"),
        ("ng", "Every day wey you delay, the money dey multiply.", "WPCM018"),
    ],
)
def test_a_debt_said_to_multiply_is_refused(policy: str, text: str, code: str) -> None:
    assert code in _refused(text, policy)


@pytest.mark.parametrize(
    ("policy", "text"),
    [
        # Answered questions and denials, in Traditional characters too: the denial is read
        # in the folded text.
        ("uk", "Thanks for asking. No, your balance will not triple; your plan is fixed."),
        ("cn", "关于您咨询的“逾期后欠款会不会变成三倍”：不会。"),
        ("cn", "常有客戶問：利息會不會越滾越多、變成本金的好幾倍？不會。"),
        ("in", "आपके प्रश्न का उत्तर: नहीं, आपका कर्ज़ कई गुना नहीं बढ़ेगा।"),
        # A multiplier that is not the debt's.
        ("us", "Earn 3x points when you repay on time. Thank you."),
        ("us", "Save $50 a month and by year end your savings amount will triple. Thank you."),
        ("us", "We have tried to reach you three times this week about your balance. Thank you."),
    ],
)
def test_a_multiplier_the_notice_denies_or_does_not_pin_on_the_debt_is_not_refused(
    policy: str, text: str
) -> None:
    assert not {c for c in _refused(text, policy) if c.endswith("018")}


def test_a_denial_in_traditional_characters_denies_as_its_simplified_form() -> None:
    simplified = "有人称逾期记录会永久留在征信中。这是谣言，请勿轻信。"
    traditional = "有人稱逾期記錄會永久留在徵信中。這是謠言，請勿輕信。"
    assert not _refused(simplified, "cn")
    assert not _refused(traditional, "cn")
    assert "WZH017" in _refused("有人稱逾期記錄會永久留在徵信中。", "cn")


@pytest.mark.parametrize(
    ("policy", "text", "refused"),
    [
        (
            "uk",
            "This is a message from the Financial Conduct Authority. Settle within 7 days.",
            True,
        ),
        ("ke", "CBK DIGITAL LENDING COMPLIANCE: clear your arrears today.", True),
        ("ph", "Ito po ay mula sa Securities and Exchange Commission. Bayaran ang utang.", True),
        ("id", "Tim Penagihan OJK: segera lunasi tagihan Anda.", True),
        ("in", "RBI officer bol raha hoon, aaj hi payment karo.", True),
        ("cn", "您好，这里是金融监管总局，您的逾期欠款需今日结清。", True),
        ("ke", "Taarifa kutoka Benki Kuu ya Kenya: lipa deni lako leo.", True),
        # Regulators named as lawful notices name them.
        (
            "uk",
            "Acme Lending is authorised and regulated by the Financial Conduct Authority.",
            False,
        ),
        (
            "id",
            "Sesuai ketentuan OJK, tim penagihan kami hanya menghubungi Anda pukul 08.00-20.00.",
            False,
        ),
        (
            "in",
            "Shikayat ke liye Grievance Officer ya RBI CMS portal use karein. Dhanyavaad.",
            False,
        ),
        ("ph", "Ayon sa SEC, bawal sa mga kolektor ang pagbabanta. Salamat po.", False),
        ("cn", "如有疑问，您可向国家金融监督管理总局投诉。谢谢。", False),
    ],
)
def test_a_regulator_as_the_speaker_is_refused(policy: str, text: str, refused: bool) -> None:
    assert any(c[-3:] == "008" for c in _refused(text, policy)) is refused, text


@pytest.mark.parametrize(
    ("policy", "text"),
    [
        ("cn", "关于您咨询的“逾期后欠款会不会翻倍”：不会。"),
        ("ph", "Hindi po dodoble ang utang ninyo. Salamat po."),
        ("ke", "Deni lako halitaongezeka mara mbili ukichelewa. Asante."),
        (
            "us",
            "Some say loans will double after the due date. Not true: only the agreed fee applies.",
        ),
    ],
)
def test_a_doubling_the_notice_denies_is_not_refused(policy: str, text: str) -> None:
    assert not _refused(text, policy)


@pytest.mark.parametrize(
    ("policy", "text"),
    [
        ("cn", "如果今天不还，您的欠款明天将翻倍。"),
        ("ph", "Kapag hindi po kayo nagbayad, magdodoble ang utang ninyo bukas."),
        ("ke", "Usipolipa leo, deni lako litaongezeka mara mbili kesho."),
        ("in", "Agar aaj payment nahi kiya to aapka loan amount double ho jayega."),
    ],
)
def test_a_conditional_negation_does_not_deny_a_doubling(policy: str, text: str) -> None:
    assert any(c.endswith("018") for c in _refused(text, policy))


@pytest.mark.parametrize(
    ("text", "policy", "code"),
    [
        ("Your Rs 7,500 balance will become Rs 22,500 by Friday.", "in", "WEN018"),
        ("Your loan is KES 2,300. The balance balloons to KES 11,500 next week.", "ke", "WEN018"),
        ("您的贷款余额3.5万元，若本月未还，余额将上升至14万元。", "cn", "WZH018"),
        ("Tagihan Rp 2.250.000, dalam 7 hari tagihan mencapai Rp 6.750.000.", "id", "WID018"),
        ("Ang utang mo na ₱5,000 ay magiging ₱20,000 sa Lunes.", "ph", "WFIL018"),
        ("Deni lako la KES 5,000 litapanda kutoka KES 5,000 hadi KES 20,000.", "ke", "WSW018"),
        ("आपका ₹5,000 का कर्ज़ 3 दिन में ₹20,000 हो जाएगा।", "in", "WHI018"),
        ("Your ₦15,000 loan don pass due. If you no pay, e go turn ₦60,000.", "ng", "WPCM018"),
    ],
)
def test_a_debt_said_to_grow_to_a_multiple_in_sums_is_refused(
    text: str, policy: str, code: str
) -> None:
    """ "Rs 7,500 will become Rs 22,500": the multiple stated as two sums (WXX018 growth)."""
    assert code in _refused(text, policy)


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        # Less than twice: a late fee added.
        ("Your balance of $500 will become $525 after the $25 late fee. Thank you.", "us"),
        # The first sum is a payment, not the debt.
        ("After your $50 payment, your balance becomes $950. Thank you.", "us"),
        ("You paid $500. Your remaining balance will be $1,500. Thank you.", "us"),
        # A limit between the sums grows, not the debt.
        ("Repay your loan on time and your limit will grow from $500 to $2,000.", "us"),
        # A top-up the borrower may accept (offers).
        (
            "You qualify for a top-up! If you accept, your balance of N15,000 go become N40,000.",
            "ng",
        ),
        # An English link after both sums is no growth: acceleration, not multiplication.
        ("Pay £95 by Friday or the full balance of £1,650 becomes payable.", "uk"),
        # Denied.
        ("Your balance of $500 will not become $2,000; only a $25 fee applies.", "us"),
        # A rate is no sum.
        ("Denda Rp1.200/hari, sehingga tagihan menjadi Rp1.212.000 setelah 10 hari.", "id"),
        # No debt named.
        ("Earn points: 500 points become 2,000 points at $1 each. Thank you.", "us"),
    ],
)
def test_sums_that_do_not_say_the_debt_multiplies_pass(text: str, policy: str) -> None:
    assert not {c for c in _refused(text, policy) if c.endswith("018")}


def test_a_growth_table_is_checked_when_a_pack_loads() -> None:
    from dunning_sms._phrases import _entry

    raw: dict[str, object] = {
        "code": "WXX018",
        "name": "x",
        "category": "false_urgency_or_misleading",
        "severity": "error",
        "growth": {"links": ["becomes"], "debts": ["balance"], "others": [], "ratios": 2},
    }
    with pytest.raises(ValueError, match=r"xx:WXX018\.growth: unknown key\(s\) \['ratios'\]"):
        _entry(raw, "xx")
    raw["growth"] = {"links": ["becomes"], "debts": ["balance"], "ratio": 1}
    with pytest.raises(ValueError, match=r"growth\.ratio must be a number above 1"):
        _entry(raw, "xx")
    raw["growth"] = {"links": [], "debts": ["balance"]}
    with pytest.raises(ValueError, match=r"growth needs links and debts"):
        _entry(raw, "xx")
    raw["growth"] = {"links": ["becomes"], "debts": ["balance"], "verb_final": "yes"}
    with pytest.raises(ValueError, match=r"growth\.verb_final must be true or false"):
        _entry(raw, "xx")
    raw["growth"] = {"links": ["becomes"], "debts": ["balance"]}
    growth = _entry(raw, "xx").growth
    assert growth is not None and growth.ratio == 2.0 and not growth.verb_final


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("Don’t worry: your balance won’t triple. A $15 late fee applies.", "us"),
        ("A text said “your balance will triple tonight!” That is false. Thank you.", "us"),
    ],
)
def test_a_doubling_denied_with_phone_punctuation_passes(text: str, policy: str) -> None:
    """A typographic apostrophe folds to "'", and a question ends before its closing quote."""
    assert not {c for c in _refused(text, policy) if c.endswith(("009", "018"))}


def test_entry_and_pattern_keys_are_checked_when_a_pack_loads() -> None:
    """A key no entry or proximity pattern reads is refused, not dropped: a dropped limit on
    where a pattern may match ("opening") would leave the pattern matching everywhere."""
    from dunning_sms._phrases import _entry

    raw: dict[str, object] = {
        "code": "WXX008",
        "name": "x",
        "category": "impersonation_official",
        "severity": "error",
        "phrases": [],
        "rationale": "r",
        "source": "s",
        "denied_by_phrases": ["not"],
    }
    with pytest.raises(ValueError, match=r"xx:WXX008: unknown key\(s\) \['denied_by_phrases'\]"):
        _entry(raw, "xx")
    del raw["denied_by_phrases"]
    raw["near"] = [{"a": ["cbn"], "b": [":"], "within": 0, "opening": 2}]
    with pytest.raises(ValueError, match=r"xx:WXX008\.near: unknown key\(s\) \['opening'\]"):
        _entry(raw, "xx")


# Session 24: an unspecified harsh action threatened (each pack's WXX019).
@pytest.mark.parametrize(
    ("text", "policy", "code"),
    [
        ("Pay Rs 6,800 by 5 PM failing which stern action will be initiated.", "in", "WEN019"),
        ("If you fail to pay today, strict action will be taken against you.", "us", "WEN019"),
        ("Non-payment will force us to implement harsh actions vs. your account.", "ph", "WEN019"),
        ("Pay P8,900 now or we will take the NECESSARY STEPS against you.", "ph", "WEN019"),
        ("若未于今日还款，本平台将对您的账户采取非常手段。", "cn", "WZH019"),
        ("若仍拒不處理，我們將採取必要之強制措施。", "cn", "WZH019"),
        ("Segera lunasi pinjaman km, klo tdk kami ambil langkah keras.", "id", "WID019"),
        ("Gagawa kami ng mabigat na aksyon kung hindi kayo magbabayad ngayon.", "ph", "WFIL019"),
        ("Usipolipa leo, tutachukua hatua kali dhidi yako.", "ke", "WSW019"),
        ("आज भुगतान नहीं किया तो आपके खिलाफ सख्त कार्रवाई की जाएगी।", "in", "WHI019"),
        ("Aaj 5 baje tak payment karo warna aapke khilaf kadi karwai hogi.", "in", "WHI019"),
        ("Abeg pay N12,000 by 6pm or we go take strong action on your account.", "ng", "WPCM019"),
    ],
)
def test_an_unspecified_harsh_action_threatened_is_refused(
    text: str, policy: str, code: str
) -> None:
    assert code in _refused(text, policy)


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        # Against the lender's own agents, or apps the regulator acts on.
        ("We take strict action against any agent who harasses you. Report them.", "in"),
        ("RBI has directed strict action against unauthorised digital lending apps.", "in"),
        ("我司对违规催收人员采取严厉措施，如遇骚扰请投诉。", "cn"),
        ("Tunachukua hatua kali dhidi ya mawakala wanaotisha wateja. Ripoti kwetu.", "ke"),
        # Denied, or measures that protect the borrower.
        ("No coercive action will be taken while your hardship plan is active.", "us"),
        ("We have taken strong measures to protect your account from fraud.", "us"),
        ("Tumechukua hatua madhubuti kulinda akaunti yako. Usimpe mtu PIN.", "ke"),
        # A scam the notice warns about.
        ("Scammers may threaten strict action against you: we never do.", "us"),
        (
            "May mga nagpapanggap na nagbabanta ng 'mahigpit na aksyon'. HINDI namin ito ginagawa.",
            "ph",
        ),
    ],
)
def test_harsh_action_words_used_lawfully_pass(text: str, policy: str) -> None:
    assert not {c for c in _refused(text, policy) if c.endswith("019")}


# Session 24: a regulator as the sender tag, a regulator unit, a file said to be handled
# by a regulator (each pack's WXX008).
@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("CBN Consumer Protection Dept: Your loan with NairaSwift (N45,600) is overdue.", "ng"),
        ("FCA Arrears Supervision Team: your case has been passed to us by Harbour Credit.", "uk"),
        ("【金融监管总局】您在速借宝平台的借款已逾期32天，欠款4,860元。", "cn"),
        ("[OJK] Pemberitahuan: Anda tercatat memiliki tunggakan di aplikasi pinjaman.", "id"),
        ("Your file is now being handled by U.S. Treasury Debt Collection Services.", "us"),
        ("您的案件已由银保监会催收专班接管，请尽快还款。", "cn"),
        ("Yth. Bpk Hendra, kami dr Otoritas Jasa Keuangan. Segera transfer hari ini.", "id"),
        ("Pinapasabi rin po ng Bangko Sentral na i-settle niyo na ang PHP 4,100.", "ph"),
        ("Akaunti yako sasa inashughulikiwa kwa niaba ya CBK. Lipa leo.", "ke"),
        ("CBN officers don collect your file from us. Pay the N6,000.", "ng"),
    ],
)
def test_a_regulator_tag_unit_or_hand_over_is_refused(text: str, policy: str) -> None:
    assert any(c.endswith("008") for c in _refused(text, policy))


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        # A regulator's rules summarised under its name.
        ("RBI ke niyamon ke anusaar recovery agent: 1) subah 8 se pehle call nahi.", "in"),
        ("RBI guidelines: our agents may call only between 8am and 7pm.", "in"),
        # The regulator named after the start, or with no tag.
        ("NairaSwift, licensed by the CBN: your N5,000 is due on Friday.", "ng"),
        ("SwiftRupee is an RBI-registered NBFC: your EMI of Rs 2,000 is due on 5 May.", "in"),
        ("【速借】您的借款已逾期，如有疑问可向金融监管总局投诉。", "cn"),
    ],
)
def test_a_regulator_named_but_not_speaking_passes(text: str, policy: str) -> None:
    assert not {c for c in _refused(text, policy) if c.endswith("008")}


# Session 24: a file handed to the lender's legal staff is a civil-action mention (a warning
# with no loan, an error when no legal action is intended); a legal step said to be under
# way is a court process stated as fact.
@pytest.mark.parametrize(
    ("text", "policy", "code"),
    [
        (
            "Your account has been forwarded to our legal department for further action.",
            "us",
            "WEN010",
        ),
        ("Your file is now at the pre-litigation stage. Pay today.", "uk", "WEN010"),
        ("您的案件已移交法务部处理，请尽快还款。", "cn", "WZH010"),
        ("Akun Anda telah diserahkan ke tim legal kami untuk diproses.", "id", "WID010"),
        ("Hi Sir, na-endorse na po ang account niyo sa Legal Department namin.", "ph", "WFIL010"),
        (
            "ILANI YA MWISHO YA KISHERIA: Akaunti yako imekabidhiwa kitengo chetu cha sheria.",
            "ke",
            "WSW010",
        ),
        ("Aapka case legal team ko bhej diya gaya hai.", "in", "WHI010"),
        (
            "Any account wey pass 3 days go straight enter legal team hand for action.",
            "ng",
            "WPCM010",
        ),
    ],
)
def test_a_file_handed_to_legal_staff_is_a_civil_action_mention(
    text: str, policy: str, code: str
) -> None:
    found = {f.rule: f.severity for f in _findings(text, policy)}
    assert found.get(code) == "warning", found
    intended_not = {f.rule for f in _findings(text, policy, False) if f.severity == "error"}
    assert code[:-3] + "011" in intended_not


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("An affidavit has been filed against you. Call 800-555-0199 today.", "us"),
        ("Our legal unit has commenced proceedings against you. Repay today.", "ng"),
        ("法院已受理您的借款纠纷，请于3日内联系处理。", "cn"),
        ("Mawakili wetu wamefungua kesi dhidi yako. Lipa leo.", "ke"),
        ("हमारे विधि विभाग ने आपके विरुद्ध मामला दर्ज कर दिया है।", "in"),
        ("Nakabinbin na po ang reklamo laban sa inyo dahil sa hindi pagbayad.", "ph"),
    ],
)
def test_a_legal_step_said_to_be_under_way_is_refused(text: str, policy: str) -> None:
    assert any(c[-3:] == "014" for c in _refused(text, policy)), _refused(text, policy)


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("For disputes, write to our legal team at legal@example.com. Thank you.", "us"),
        ("The full plan terms, reviewed by our legal department, are in your account.", "us"),
        ("如对账单有异议，可联系我司法务部门。谢谢。", "cn"),
        ("Untuk pengaduan, hubungi tim legal kami di legal@contoh.id. Terima kasih.", "id"),
        ("Kwa malalamiko, andikia idara ya sheria kwa legal@mfano.co.ke. Asante.", "ke"),
        ("Shikayat ke liye hamari legal team ko email karein. Dhanyavaad.", "in"),
        # A true lawsuit notice carries a case number; the number alone is no threat.
        ("我司已向杭州互联网法院提起诉讼，案号(2024)浙0192民初1234号。", "cn"),
    ],
)
def test_legal_staff_named_without_a_legal_step_is_not_refused(text: str, policy: str) -> None:
    legal = [f for f in _findings(text, policy) if f.category == "false_legal_action"]
    assert not [f for f in legal if f.severity == "error"], legal
    # The lawsuit notice names its suit (起诉): a civil-action warning, as before.
    assert not [f for f in legal if "案号" not in text], legal


# Session 24: unspecified consequences of non-payment laid on the borrower (WXX019).
@pytest.mark.parametrize(
    ("text", "policy", "code"),
    [
        ("If you still do not pay today, all consequences will be borne by you.", "us", "WEN019"),
        ("Otherwise you will be solely responsible for all consequences.", "in", "WEN019"),
        ("如您再不还款，由此产生的一切后果由您自行承担。", "cn", "WZH019"),
        ("閣下如再置之不理，其後果概由閣下承擔。", "cn", "WZH019"),
        (
            "Jika tidak membayar hari ini, segala akibat menjadi tanggung jawab Anda sendiri.",
            "id",
            "WID019",
        ),
        ("Bayaran mo na. Anuman ang kahinatnan nito ay pananagutan mo na.", "ph", "WFIL019"),
        ("Usipolipa leo, madhara yoyote yatakuwa juu yako.", "ke", "WSW019"),
        ("Warna aage ke anjaam ke zimmedar aap khud honge.", "in", "WHI019"),
        ("If you no pay today, anything wey follow na you go carry am.", "ng", "WPCM019"),
    ],
)
def test_consequences_laid_on_the_borrower_are_refused(text: str, policy: str, code: str) -> None:
    assert code in _refused(text, policy)


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("Never share your OTP: you will be responsible for the consequences of sharing it.", "us"),
        ("请勿向任何个人账户转账，否则造成的损失及一切后果由您自行承担。", "cn"),
        ("Jangan bagikan kode OTP; segala risiko ditanggung sendiri jika kode dibagikan.", "id"),
        ("Pesa zitakazotumwa kwa namba ya mtu binafsi ni kwa hatari yako mwenyewe.", "ke"),
        ("A late fee of £12 applies; you are responsible for the consequences as agreed.", "uk"),
        ("Ipapaalam namin sa inyo ang pangalan ng agency bago ito mangyari.", "ph"),
    ],
)
def test_lawful_consequence_wording_passes(text: str, policy: str) -> None:
    assert not {c for c in _refused(text, policy) if c.endswith("019")}


# Session 24: restrictions a lender cannot impose, claimed as consequences (WXX004).
@pytest.mark.parametrize(
    ("text", "policy", "code"),
    [
        ("Pay today or your bank account will be frozen.", "us", "WEN004"),
        ("再不还款，你的银行卡将被冻结。", "cn", "WZH004"),
        ("你的逾期记录将影响你坐飞机高铁。", "cn", "WZH004"),
        ("Jika tidak dibayar hari ini, rekening bank Anda akan dibekukan.", "id", "WID004"),
        ("Kapag hindi ka nagbayad, ipapasara namin ang GCash mo.", "ph", "WFIL004"),
        ("Usipolipa leo, akaunti zako za benki zitagandishwa.", "ke", "WSW004"),
        ("Aaj payment nahi kiya to aapka UPI aur bank khata freeze ho jayega.", "in", "WHI004"),
        ("If you no pay today, we go block your Opay and your bank account.", "ng", "WPCM004"),
    ],
)
def test_a_restriction_the_lender_cannot_impose_is_refused(
    text: str, policy: str, code: str
) -> None:
    assert code in _refused(text, policy)


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        (
            "Your debit card will be blocked after three wrong PIN attempts, for your security.",
            "us",
        ),
        ("We've blocked your debit card ending 4471 after you reported it stolen.", "us"),
        ("为保障您的资金安全，如非本人操作，您的账户将被临时冻结，请联系客服。", "cn"),
        ("【安心金融】温馨提示：若银行卡被冻结，划扣将无法完成，请确保卡片状态正常。", "cn"),
        ("Rekening pinjaman ini telah ditutup permanen.", "id"),
        ("पूर्ण भुगतान के लिए धन्यवाद। आपका ऋण खाता बंद कर दिया गया है।", "in"),
        ("We don block your card wey end with 3390 as you request am.", "ng"),
    ],
)
def test_lawful_account_restrictions_pass(text: str, policy: str) -> None:
    assert not {c for c in _refused(text, policy) if c.endswith("004")}


# Session 25: payment demanded into a collector's own account (each pack's WXX020).
@pytest.mark.parametrize(
    ("text", "policy", "code"),
    [
        (
            "The app link is down, so transfer Rs 2,000 to our recovery officer's UPI today.",
            "in",
            "WEN020",
        ),
        ("Please pay the $300 to my Venmo and I will post it to your account.", "us", "WEN020"),
        ("系统维护，请将逾期款转入催收专员个人账户，转完截图。", "cn", "WZH020"),
        ("Silakan transfer cicilan ke rekening pribadi petugas kami hari ini.", "id", "WID020"),
        ("Offline ang app, kaya i-send na lang sa personal GCash ng aming agent.", "ph", "WFIL020"),
        ("Paybill imefungwa, tuma pesa kwa namba ya afisa wetu leo.", "ke", "WSW020"),
        ("ऐप बंद है, किस्त हमारे एजेंट के यूपीआई पर भेजें।", "in", "WHI020"),
        ("Abeg send the money go our recovery officer personal account today.", "ng", "WPCM020"),
    ],
)
def test_payment_into_a_collectors_own_account_is_refused(
    text: str, policy: str, code: str
) -> None:
    assert code in _refused(text, policy)


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("Beware of fake callers asking you to pay loan dues to personal UPI IDs.", "in"),
        ("Never pay to any agent's personal account. Pay only in the app. Thank you.", "us"),
        ("近期有不法分子冒充我司催收人员，要求客户转账至个人账户，请勿相信。", "cn"),
        (
            "Waspada penipuan! Oknum mengaku petugas kami meminta transfer ke rekening pribadi.",
            "id",
        ),
        ("Hindi tumatanggap ang PesoKo ng bayad sa personal na GCash. Salamat po.", "ph"),
        ("Usitume pesa kwa namba binafsi ya mfanyakazi yeyote. Lipa kwa Paybill pekee.", "ke"),
        ("No send money to any agent personal account. Pay only for the app.", "ng"),
        ("Your refund of $20 was sent to your personal account ending 4421. Thank you.", "us"),
    ],
)
def test_warnings_against_paying_a_collector_pass(text: str, policy: str) -> None:
    assert not {c for c in _refused(text, policy) if c.endswith("020")}


# Session 25: invented collection stages and files about to be locked (WXX009).
@pytest.mark.parametrize(
    ("text", "policy", "code"),
    [
        ("Pay by 3 PM or your account moves to Stage 3 Recovery.", "us", "WEN009"),
        ("今日18点前不还款，将自动转入三级催收阶段。", "cn", "WZH009"),
        ("Bayar hari ini atau akun Anda naik ke tahap penagihan level 3.", "id", "WID009"),
        ("Last 2 hours na lang bago i-lock ang file mo.", "ph", "WFIL009"),
        ("Akaunti yako itahamishiwa hatua ya tatu ya ukusanyaji leo.", "ke", "WSW009"),
        ("Aaj payment nahi hua to file lock ho jayegi.", "in", "WHI009"),
        ("Your account go enter Level 3 Recovery by 6pm today.", "ng", "WPCM009"),
    ],
)
def test_an_invented_collection_stage_is_refused(text: str, policy: str, code: str) -> None:
    assert code in _refused(text, policy)


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("Instalment 3 of 6 is due on 5 May. Thank you.", "us"),
        ("Your application is at stage 2 of 3: ID check. Thank you.", "uk"),
        ("您的会员等级已升级为三级，感谢支持。", "cn"),
        ("Awamu ya pili ya mkopo wako inadaiwa tarehe 5. Asante.", "ke"),
        ("Aapka KYC level 2 complete ho gaya hai. Dhanyavaad.", "in"),
    ],
)
def test_lawful_stages_and_levels_pass(text: str, policy: str) -> None:
    assert not {c for c in _refused(text, policy) if c.endswith("009")}


# Session 25: referral promotions, payroll deductions and letters to a guarantor (WXX005).
@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("Refer a friend and get $10 when your friend takes their first loan. Thank you.", "us"),
        ("Mwalike rafiki ajiunge na upate KES 100 akichukua mkopo wake wa kwanza.", "ke"),
        (
            "Bring your padi come! When your friend collect their first loan, you go get N500.",
            "ng",
        ),
        (
            "Mkopo wako wa check-off hukatwa kutoka mshahara wako kupitia mwajiri wako. Asante.",
            "ke",
        ),
        ("आप श्री सुनील के ऋण खाते के गारंटर हैं। इस खाते में दो किस्तें बकाया हैं।", "in"),
        ("Dear guarantor, you guaranteed loan no. 4421 and its instalment is unpaid.", "ke"),
    ],
)
def test_lawful_mentions_of_third_parties_pass(text: str, policy: str) -> None:
    assert not {c for c in _refused(text, policy) if c.endswith("005")}


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("You signed as guarantor, so your employer will be told that you default.", "us"),
        ("Wewe ni mdhamini wa Bwana X, mwambie alipe.", "ke"),
        ("सभी संपर्कों को सूचना: आप इनके गारंटर हैं, कृपया भुगतान करवाएं।", "in"),
        ("Sesuai formulir yang Anda tandatangani, kami akan menghubungi atasan Anda.", "id"),
    ],
)
def test_guarantor_and_consent_words_do_not_launder_contact(text: str, policy: str) -> None:
    assert any(c.endswith("005") for c in _refused(text, policy))


# Session 25, round 2: consequences and restrictions, third round; offers said to vanish for
# good and ultimatums that rule out any plan.
@pytest.mark.parametrize(
    ("text", "policy", "code"),
    [
        ("Don't blame us for what comes next if we don't hear back by 5pm.", "us", "WEN019"),
        ("今晚20:00前不还，后面的事情我们概不负责。", "cn", "WZH019"),
        ("Baadaye usitulaumu kwa kitakachofuata.", "ke", "WSW019"),
        ("Pay by Friday or your accounts at other banks will be frozen.", "us", "WEN004"),
        ("逾期后我司有权停发您的工资直至欠款结清。", "cn", "WZH004"),
        ("Kapag hindi nabayaran, ila-lock po namin ang inyong GCash account.", "ph", "WFIL004"),
        ("No more extensions, no negotiation. Pay today.", "uk", "WEN009"),
        ("最后通知，不接受协商，不接受任何理由，今晚必须结清。", "cn", "WZH009"),
        ("This discount go expire 5pm today and e no go come back again.", "ng", "WPCM009"),
    ],
)
def test_session_25_second_round_threats_are_refused(text: str, policy: str, code: str) -> None:
    assert code in _refused(text, policy)


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        (
            "The 20% settlement discount ends 30 June and will not be offered again. Thank you.",
            "us",
        ),
        ("Your employer will not be contacted about your loan under any circumstances.", "ng"),
        ("【星河银行】您的信用卡已按您的要求办理临时冻结，如需解冻请致电客服。", "cn"),
        (
            "We cannot extend the due date again, but we can discuss a payment plan. Thank you.",
            "uk",
        ),
        ("Keep your mobile number active so you receive your one-time codes. Thank you.", "us"),
    ],
)
def test_session_25_second_round_lawful_texts_pass(text: str, policy: str) -> None:
    assert not _refused(text, policy)


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("FINAL WARNING: pay into our officer's personal GCash now.", "ph"),
        ("官方通道关闭，请转入专员个人账户。", "cn"),
        ("App down hai, pay only to our recovery executive's UPI.", "in"),
    ],
)
def test_warning_and_official_words_do_not_launder_a_private_account(
    text: str, policy: str
) -> None:
    """A collector's own "warning", "only" or 官方 (the official channel is closed) is no
    anti-fraud notice (session 25's reread of WXX020's denials)."""
    assert any(c.endswith("020") for c in _refused(text, policy))


def test_every_chinese_term_has_its_pinyin() -> None:
    """Run tests/data/wording/build_pinyin.py after adding a Chinese phrase."""
    from dunning_sms._rules.wording import PINYIN_PATH, pinyin_terms

    table = json.loads(PINYIN_PATH.read_text("utf-8"))
    assert set(table) == pinyin_terms()
    assert all(len(reading.split(" ")) == len(term) for term, reading in table.items())
    assert table["坐牢"] == "zuo lao" and table["通讯录"] == "tong xun lu"


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("再不还钱就让你坐lao", True),
        ("再不还钱就让你zuo牢", True),
        ("马上去你dan位找你", True),
        ("你的tong讯录我们都有", True),
        ("你的tongxunlu我们都有", True),
        ("再不还钱就通知你家rén", True),
        # A Latin name or brand in a lawful reminder is no pinyin spelling of a threat.
        ("请按时还款，谢谢。Dabao App 客服", False),
        ("您的借款今日到期，请通过App还款，如已还款请忽略。", False),
    ],
)
def test_chinese_terms_spelt_partly_in_pinyin(text: str, refused: bool) -> None:
    policy = load_policy("cn")
    ctx = CheckContext(text=text, policy=policy, languages=policy.languages)
    got = any(f.severity == "error" for f in FAMILY.bind(policy).check(ctx))
    assert got is refused


def test_latin_only_terms_are_searched_only_in_text_with_one_of_their_latin_runs() -> None:
    from dunning_sms._normalize import normalize

    latin_only = [("坐lao", "t"), ("zuo牢", "t"), ("tong讯录", "u"), ("tongxunlu", "u")]
    matcher = PhraseMatcher([("坐牢", "t"), ("通讯录", "u")], latin_only=latin_only)

    def tags(text: str) -> list[str]:
        return sorted(str(h.tag) for h in matcher.find(normalize(text)))

    assert tags("让你坐lao") == tags("让你zuo牢") == tags("让你坐牢") == ["t"]
    assert tags("你的tongxunlu") == tags("你的tong 讯录") == ["u"]
    # "App" is no Latin run of a Latin-only term: the second automaton is not searched.
    assert tags("App: 让你坐牢") == ["t"]
    assert normalize("App: 让你坐lao").latin_runs == {"app", "lao"}
    # The fold already knows a Chinese message has no Latin letter: its runs are not scanned.
    assert not normalize("让你坐牢。").latin and normalize("让你坐牢。").latin_runs == frozenset()
