"""The rows the resemblance model is trained on, read without scikit-learn (tests use it).

Only development data: ``probes.jsonl``, every ``laundering*.jsonl`` and the ``dev`` split of
``corpus.jsonl``. A development row whose text also appears in the held-out split (the corpus
has two such duplicates across splits) is left out, so no held-out text is trained on.
"""

from __future__ import annotations

import glob
import json
from pathlib import Path

from dunning_sms._resemblance import CATEGORIES

DATA = Path(__file__).resolve().parent


def rows() -> list[tuple[str, bool, str | None, str]]:
    """(text, is_violation, category, kind) for every development row."""
    corpus = [json.loads(line) for line in (DATA / "corpus.jsonl").read_text("utf-8").splitlines()]
    held_out = {r["text"] for r in corpus if r["split"] != "dev"}
    out: list[tuple[str, bool, str | None, str]] = []
    for line in (DATA / "probes.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        out.append((r["text"], r["label"] == "violation", r.get("category") or None, "probe"))
    for name in sorted(glob.glob(str(DATA / "laundering*.jsonl"))):
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out.append((r["text"], True, r.get("category") or None, "laundering"))
    for r in corpus:
        if r["split"] != "dev":
            continue
        real = r["origin"] in ("published_example", "quoted_real")
        cats = [c for c in r["categories"] if c in CATEGORIES]
        out.append(
            (
                r["text"],
                r["label"] == "violation",
                cats[0] if cats else None,
                "real" if real else "dev",
            )
        )
    return [row for row in out if row[0] not in held_out]
