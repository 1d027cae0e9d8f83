"""Indicator names: cleaning, comparing, and keeping one record per indicator.

Reports restate the same indicator in several tables (Perjanjian Kinerja,
RKT, IKU, per-sasaran tables). A user wants it once: the first statement is
kept, and a later one that disagrees is noted on the kept record.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz, process

from normalize.numbers import fold_text

T = TypeVar("T")
SAME_INDICATOR = 95  # token_sort_ratio at or above which two names are the same indicator
SAME_WITH_VALUES = 85  # ... when the two records also state the same values
LIST_MARK_RE = re.compile(r"^\s*(?:[a-h]|\d{1,2}|[ivx]{1,4})[.)]\s+", re.I)
SPACE_RE = re.compile(r"\s+")
NOT_KEY_RE = re.compile(r"[^0-9a-z]+")
INDICATOR_HEAD_RE = re.compile(r"(persentase|presentase|prosentase|jumlah|nilai|indeks|opini|rasio|tingkat)\b")


def clean_indicator(raw: str) -> str:
    """Readable indicator name: list marks, stray borders and doubled spaces removed."""
    text = fold_text(raw).replace("|", " ")
    text = LIST_MARK_RE.sub("", text)
    text = SPACE_RE.sub(" ", text).strip(" -:;,.'\"")
    return text


def key(name: str) -> str:
    """Comparison key: lower case ASCII letters and digits."""
    text = unicodedata.normalize("NFKD", fold_text(name)).encode("ascii", "ignore").decode()
    return NOT_KEY_RE.sub(" ", text.lower()).strip()


def near_identical(ka: str, kb: str) -> bool:
    """Same wording but for OCR noise."""
    return bool(ka and kb and (ka == kb or fuzz.token_sort_ratio(ka, kb, score_cutoff=SAME_INDICATOR)))


def fragment_of(ka: str, kb: str) -> bool:
    """One wording the start or end of the other: a wrapped cell read in part."""
    shorter, longer = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return len(shorter) >= 20 and (longer.startswith(shorter) or longer.endswith(shorter))


def names_itself(ka: str, kb: str) -> bool:
    """The shorter wording opens like an indicator name of its own ('persentase ...')."""
    return bool(INDICATOR_HEAD_RE.match(min(ka, kb, key=len)))


def similar_keys(ka: str, kb: str) -> bool:
    """Same indicator: near-identical wording, or one a fragment of the other (a wrapped cell)."""
    return near_identical(ka, kb) or bool(ka and kb and fragment_of(ka, kb))


def same_indicator(a: str, b: str) -> bool:
    return similar_keys(key(a), key(b))


def first_per_indicator(records: Sequence[T], name: Callable[[T], str],
                        values: Callable[[T], tuple] = lambda r: ()) -> tuple[list[T], list[tuple[T, T]]]:
    """Keep the first record of each indicator; return the kept ones and (kept, dropped) pairs.

    Two wordings are the same indicator when nearly identical, or when close (or
    one a fragment of the other) and stating the same values: a restatement in
    another table of the report. A fragment opening mid-sentence is a wrapped
    cell's residue whatever it states; one opening like a name and stating
    other values is another indicator ('Persentase Partisipasi Pemilih' beside
    '... Pemilih Perempuan').
    """
    all_keys = [key(name(r)) for r in records]
    all_values = [values(r) for r in records]
    # token_sort_ratio of every pair at once (rapidfuzz, vectorised); the loop below only reads it.
    # token_sort_ratio is the ratio of the words in sorted order: a key holds only lower-case
    # letters, digits and single spaces, so sorting each key once gives the same scores.
    in_order = [" ".join(sorted(k.split())) for k in all_keys]
    scores = process.cdist(in_order, in_order, scorer=fuzz.ratio, dtype=np.uint8,
                           workers=1).tolist() if records else None
    kept_at: list[int] = []
    dropped: list[tuple[T, T]] = []
    for j, (k, v) in enumerate(zip(all_keys, all_values)):
        match = next((i for i in kept_at if k and all_keys[i] and (
            all_keys[i] == k or scores[i][j] >= SAME_INDICATOR or (
                fragment_of(all_keys[i], k) and (v == all_values[i] or not names_itself(all_keys[i], k))) or (
                v and v == all_values[i] and scores[i][j] >= SAME_WITH_VALUES))), None)
        if match is None:
            kept_at.append(j)
        else:
            dropped.append((records[match], records[j]))
    return [records[i] for i in kept_at], dropped
