"""The rows the resemblance model is trained on, read without scikit-learn (tests use it).

Only development data: ``probes.jsonl``, every ``laundering*.jsonl``, ``lawful_style.jsonl``
(lawful messages written in the register of the development split's real compliant texts,
firm ones included, as training data, never measured on) and the ``dev`` split of
``corpus.jsonl``. A development row whose normalised text equals a held-out text's (the corpus
has such duplicates across its splits, evasion variants included) is left out.

Each row is trained on three ways (``examples``), because what the library composes is never
a bare text: as written; wrapped in a lender's name and a contact or opt-out line, the same
for both labels, so that boilerplate weighs nothing; and, for lawful rows, sentence by
sentence, so that a short plain text is not read as abuse for want of lawful words.
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
from pathlib import Path
from typing import NamedTuple

from dunning_sms._normalize import normalize
from dunning_sms._resemblance import CATEGORIES

DATA = Path(__file__).resolve().parent
LANG_POLICY = {"zh": "cn", "en": "us", "id": "id", "fil": "ph", "sw": "ke", "hi": "in", "pcm": "ng"}

# Lender names and closing lines of the kind every composed message carries. Invented here
# (none is a shipped template's), so a test that wraps texts in other boilerplate measures
# something the model was not shown.
_WRAPPERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "cn": (
        ("【易分期】", "【惠民金融】", "【速贷通】", "【宜家贷】", "【融e借】"),
        ("退订回T", "客服电话95555。", "详询400-800-1234", "如已还款请忽略。", "【客服热线9510】"),
    ),
    "latin": (
        (
            "Acme Lending: ",
            "FinCo alert: ",
            "QuickLoan Ltd - ",
            "BrightPay: ",
            "NOTICE from CashPoint: ",
        ),
        (
            " Reply STOP to opt out.",
            " Questions? Call 1-800-555-0199.",
            " Msg&data rates may apply.",
            " Text STOP to end.",
            " Helpline 0800 111 2222.",
        ),
    ),
    "id": (
        ("PinjamYuk: ", "DanaKita - ", "Info KreditPlus: "),
        (" Info: 021-500-100.", " Abaikan jika sudah bayar.", " CS: 1500-888."),
    ),
    "ph": (
        ("PesoNow: ", "CashLoan PH - "),
        (" Salamat po.", " Text STOP to unsubscribe.", " Hotline 8888-1234."),
    ),
    "ke": (
        ("PesaPlus: ", "Mkopo Haraka - "),
        (" Piga 0711 000 111.", " Asante.", " SMS STOP kujiondoa."),
    ),
    "in": (
        ("RupeeNow: ", "KreditBee Alert - "),
        (" Call 1800-200-3000.", " Dhanyavaad.", " -Team Finserv"),
    ),
    "ng": (
        ("NairaCredit: ", "QuickKash NG - "),
        (" Call 0700-000-1111.", " Thank you.", " Na our support line be 0700 222 3333."),
    ),
}
_SENTENCE = re.compile(r"[^.!?;。！？；\n]+(?:[.!?;。！？；\n]|$)")


class Example(NamedTuple):
    text: str
    violation: bool
    category: str | None
    kind: str  # probe, laundering, lawful_style, real, dev (+ "/wrapped", "/sentence")
    group: int  # the development row it came from: cross-validation keeps groups together
    policy: str


def rows() -> list[Example]:
    """Every development row, as written (``group`` is its index)."""
    corpus = [json.loads(line) for line in (DATA / "corpus.jsonl").read_text("utf-8").splitlines()]
    held_out = {normalize(r["text"]).text for r in corpus if r["split"] != "dev"}
    raw: list[tuple[str, bool, str | None, str, str]] = []
    for line in (DATA / "probes.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        raw.append(
            (r["text"], r["label"] == "violation", r.get("category") or None, "probe", r["policy"])
        )
    for name in sorted(glob.glob(str(DATA / "laundering*.jsonl"))):
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                raw.append((r["text"], True, r.get("category") or None, "laundering", r["policy"]))
    for line in (DATA / "lawful_style.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        raw.append((r["text"], False, None, "lawful_style", r["policy"]))
    for r in corpus:
        if r["split"] != "dev":
            continue
        real = r["origin"] in ("published_example", "quoted_real")
        cats = [c for c in r["categories"] if c in CATEGORIES]
        raw.append(
            (
                r["text"],
                r["label"] == "violation",
                cats[0] if cats else None,
                "real" if real else "dev",
                LANG_POLICY[r["lang"]],
            )
        )
    kept = [row for row in raw if normalize(row[0]).text not in held_out]
    return [Example(t, v, c, k, i, p) for i, (t, v, c, k, p) in enumerate(kept)]


def _pick(options: tuple[str, ...], text: str, salt: str) -> str:
    digest = hashlib.sha256((salt + text).encode("utf-8")).digest()
    return options[digest[0] % len(options)]


def _wrap(row: Example, text: str) -> str:
    key = row.policy if row.policy in _WRAPPERS else "latin"
    if key in ("ph", "ke", "in", "ng") and _pick(("own", "en"), text, "l") == "en":
        key = "latin"
    prefixes, suffixes = _WRAPPERS[key]
    return _pick(prefixes, text, "p") + text + _pick(suffixes, text, "s")


def examples() -> list[Example]:
    """The rows, each also wrapped in boilerplate, and lawful rows sentence by sentence."""
    out: list[Example] = []
    for row in rows():
        out.append(row)
        out.append(row._replace(text=_wrap(row, row.text), kind=row.kind + "/wrapped"))
        if not row.violation:
            sentences = [s.strip() for s in _SENTENCE.findall(row.text)]
            if len(sentences) > 1:
                for sentence in sentences:
                    if len(sentence) >= 6:
                        # Half of them wrapped, so that a wrapper says nothing either way.
                        if _pick(("bare", "wrap"), sentence, "f") == "wrap":
                            sentence = _wrap(row, sentence)
                        out.append(row._replace(text=sentence, kind=row.kind + "/sentence"))
    return out
