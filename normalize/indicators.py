"""Indicator names: cleaning, comparing, and keeping one record per indicator.

Reports restate the same indicator in several tables (Perjanjian Kinerja,
RKT, IKU, per-sasaran tables). A user wants it once: the first statement is
kept, and a later one that disagrees is noted on the kept record.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
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


# a quantifier closing a name whose stated target went to the row's values ('... tepat waktu sebesar')
TRAILING_QUANTIFIER_RE = re.compile(r"\s+(?:sebesar|sebanyak|setidaknya)$", re.I)


def clean_indicator(raw: str) -> str:
    """Readable indicator name: list marks, stray borders and doubled spaces removed, and a quantifier left
    at its end ('... sebesar', its target read as the row's value) dropped: a name never ends on one."""
    text = fold_text(raw).replace("|", " ")
    text = LIST_MARK_RE.sub("", text)
    text = SPACE_RE.sub(" ", text).strip(" -:;,.'\"")
    return TRAILING_QUANTIFIER_RE.sub("", text)


# every ASCII character but a digit or a lower-case letter to a space (`key`)
KEY_SPACES = str.maketrans({c: " " for c in map(chr, range(128)) if not (c.isdigit() or "a" <= c <= "z")})


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """Comparison key: lower case ASCII letters and digits.

    `NOT_KEY_RE.sub(" ", text).strip()` on the ASCII text, made as a translate and a split: each run of
    other characters one space, none at either end (a regex substitution costs twice as much). Kept per
    name: a report's indicator names are keyed three times over (each table's first per indicator, the
    repairs from siblings, the review), a third of them new.
    """
    text = unicodedata.normalize("NFKD", fold_text(name)).encode("ascii", "ignore").decode()
    return " ".join(text.lower().translate(KEY_SPACES).split())


def near_identical(ka: str, kb: str) -> bool:
    """Same wording but for OCR noise (a word cut in two by a letter gap read as a space, 'Per sentase', among it)."""
    return bool(ka and kb and (ka == kb or fuzz.token_sort_ratio(ka, kb, score_cutoff=SAME_INDICATOR)
                               or ka.replace(" ", "") == kb.replace(" ", "")))


def run_of_words(ka: str, kb: str) -> bool:
    """Whether key `ka` is a run of whole words of key `kb`, a word of either cut in two by a letter gap OCR read
    as a space ('men dapat layanan' in '... pegawai yang mendapat layanan tepat waktu') or not."""
    if f" {ka} " in f" {kb} ":
        return True
    solid_a, solid_b = ka.replace(" ", ""), kb.replace(" ", "")
    at = solid_b.find(solid_a)
    if at < 0 or solid_a == ka and solid_b == kb:
        return False
    bounds, pos = {0}, 0  # where kb's words start and end, counted in letters without spaces
    for word in kb.split():
        pos += len(word)
        bounds |= {pos - len(word), pos}
    while at >= 0:
        if at in bounds and at + len(solid_a) in bounds:
            return True
        at = solid_b.find(solid_a, at + 1)
    return False


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


WORD_OF_ITS_OWN = 4  # letters of a whole word one name holds inside it, the other not, that tells two indicators apart
NEAR_WORD = 80  # fuzz.ratio of an inserted word to a neighbour at or above which it is that neighbour split or doubled


def word_inserted(ka: str, kb: str) -> str | None:
    """A whole word one key holds inside its wording that the other lacks ('perubahan' in 'perda tentang
    perubahan apbd' against 'perda tentang apbd'), or None.

    OCR damages the letters of a word, it does not write a readable word into the middle of a name, so such
    a word makes two indicators of two names however alike they score ('Rancangan Perda tentang APBD' and
    '... tentang Perubahan APBD'). A word added at either end is left alone: a wrapped cell's residue or a
    unit ('... Penyelenggaraan SPIP', '... level').
    """
    wa, wb = ka.split(), kb.split()
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if tag == "insert" and 0 < i1 < len(wa):
            extra, around = wb[j1:j2], (wa[i1 - 1], wa[i1])
        elif tag == "delete" and 0 < j1 < len(wb):
            extra, around = wa[i1:i2], (wb[j1 - 1], wb[j1])
        else:
            continue
        for word in extra:
            if word.isalpha() and len(word) >= WORD_OF_ITS_OWN and \
                    all(fuzz.ratio(word, n) < NEAR_WORD for n in around):
                return word
    return None


# Words a sentence wraps around an indicator's name that are no part of it ('yang', 'pada tahun 2021').
FILLER_WORDS = frozenset("yang pada tahun dan dari dalam untuk oleh atas terhadap dengan tersebut ini itu "
                         "sebesar telah di ke".split())
# Indonesian affixes a name's noun and a sentence's verb of one root differ by ('penyelesaian' / 'diselesaikan'):
# prefixes longest first, with the root letter a nasal prefix swallows ('peny-' + 'elesai' was 'selesai').
ROOT_PREFIXES = (("peny", "s"), ("meny", "s"), ("peng", ""), ("meng", ""), ("pem", ""), ("mem", ""),
                 ("pen", ""), ("men", ""), ("per", ""), ("ber", ""), ("ter", ""), ("di", ""), ("ke", ""),
                 ("pe", ""), ("me", ""))
ROOT_SUFFIXES = ("kan", "nya", "an")
ROOT_MIN = 6  # letters of a word below which it is left whole (affix-like starts of short words are its root)
SAME_WORDS = 90  # token_set_ratio of two names' roots at or above which a reworded restatement is one indicator


@lru_cache(maxsize=8192)
def root(word: str) -> str:
    """A word with one Indonesian prefix and one suffix taken off: the root a name and a sentence share."""
    if len(word) < ROOT_MIN or not word.isalpha():
        return word
    for prefix, swallowed in ROOT_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            word = swallowed + word[len(prefix):]
            break
    for suffix in ROOT_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def content_roots(k: str) -> tuple[str, ...]:
    """The roots of a key's words, leaving out the filler a sentence adds and numbers (a year, a count)."""
    return tuple(sorted({root(w) for w in k.split() if w not in FILLER_WORDS and not w.isdigit()}))


def reworded(ka: str, kb: str) -> bool:
    """Two wordings of one indicator: the same roots in another order and form.

    A report names an indicator in its table ('Persentase penyelesaian pengaduan') and restates it in a
    sentence in its own words ('persentase pengaduan yang diselesaikan pada tahun ...'). Their roots, without
    the sentence's filler, are the same set; a root one of them holds and the other lacks (none near it)
    makes another indicator, so a subset ('persentase pengaduan') is not enough. Callers also ask for the
    same values, since the test reads the words only.
    """
    ra, rb = content_roots(ka), content_roots(kb)
    if len(ra) < 2 or len(rb) < 2 or fuzz.token_set_ratio(" ".join(ra), " ".join(rb)) < SAME_WORDS:
        return False
    return all(any(fuzz.ratio(a, b) >= NEAR_WORD for b in other) for one, other in ((ra, rb), (rb, ra))
               for a in one)


def _ids(items: Sequence) -> list[int]:
    """The same number for equal items, in order of first appearance."""
    seen: dict = {}
    return [seen.setdefault(item, len(seen)) for item in items]


def _add_rewordings(close: np.ndarray, keys: list[str], values: list[tuple], value_id: np.ndarray,
                    table_id: np.ndarray) -> None:
    """Mark close the pairs of a sentence (table id below 0) and a table's row that are `reworded` statements
    of the same values; only pairs with equal values are looked at, so the word test runs on few pairs."""
    sentence = table_id < 0
    same = (value_id[:, None] == value_id[None, :]) & (sentence[:, None] != sentence[None, :]) & ~close
    for i, j in zip(*np.nonzero(np.triu(same, 1))):
        if sum(v is not None for v in values[i]) >= 2 and reworded(keys[i], keys[j]):
            close[i, j] = close[j, i] = True


def _first_fragment(k: str, v: tuple, all_keys: list[str], all_values: list[tuple],
                    by_end: dict[str, list[int]], before: int | None) -> int | None:
    """The first kept record (before index `before`) whose key is a fragment of k or k of it, counting as one.

    A key is the start or end of another only if the two share their first or their
    last 20 characters, so only the kept keys filed under k's are looked at.
    """
    if len(k) < 20:
        return None
    found = sorted(set(by_end.get("^" + k[:20], ())) | set(by_end.get("$" + k[-20:], ())))
    for i in found:
        if before is not None and i >= before:
            break
        if fragment_of(all_keys[i], k) and (v == all_values[i] or not names_itself(all_keys[i], k)):
            return i
    return None


def first_per_indicator(records: Sequence[T], name: Callable[[T], str],
                        values: Callable[[T], tuple] = lambda r: (),
                        table: Callable[[T], int] = lambda r: 0,
                        rewordings: bool = False) -> tuple[list[T], list[tuple[T, T]]]:
    """Keep the first record of each indicator; return the kept ones and (kept, dropped) pairs.

    Two wordings are the same indicator when nearly identical, or when close (or
    one a fragment of the other) and stating the same values: a restatement in
    another table of the report. A fragment opening mid-sentence is a wrapped
    cell's residue whatever it states; one opening like a name and stating
    other values is another indicator ('Persentase Partisipasi Pemilih' beside
    '... Pemilih Perempuan').

    `table` gives the line a record's table starts on (0: no table, a sentence):
    two rows of one table are two indicators unless their names are the same,
    whatever they state ('Persentase Partisipasi Pemilih dalam Pemilu' over
    '... Pemilih Perempuan dalam Pemilu', both 80%), since a table lists an
    indicator once; names alike but for a whole word inside one of them
    (`word_inserted`) are not the same, however high they score.

    `rewordings` also takes a sentence's restatement in other words (`reworded`) of a table's row for the
    same indicator, when the two state the same values and those are more than one (target and realisasi).
    """
    all_keys = [key(name(r)) for r in records]
    all_values = [values(r) for r in records]
    if not records:
        return [], []
    # token_sort_ratio of every pair at once (rapidfuzz, vectorised); the loop below only reads it.
    # token_sort_ratio is the ratio of the words in sorted order: a key holds only lower-case
    # letters, digits and single spaces, so sorting each key once gives the same scores.
    in_order = [" ".join(sorted(k.split())) for k in all_keys]
    # Only scores of SAME_WITH_VALUES and above are read: with a cutoff below it, rapidfuzz skips the pairs
    # whose lengths alone rule that out and returns 0 for the rest below it (one under, for the rounding).
    scores = process.cdist(in_order, in_order, scorer=fuzz.ratio, dtype=np.uint8, workers=1,
                           score_cutoff=SAME_WITH_VALUES - 1)
    # close[i, j]: the tests on scores, keys and values, for every pair at once (equal keys
    # and equal values get equal ids: a dict finds what == finds); fragments are looked at below.
    key_id = np.array(_ids(all_keys))
    value_id = np.array(_ids(all_values))
    stating = np.array([bool(v) for v in all_values])
    named = np.array([bool(k) for k in all_keys])
    # each table its own id; each record outside a table (0) one of its own
    table_id = np.array([t if t else -1 - i for i, t in enumerate(table(r) for r in records)])
    close = (key_id[:, None] == key_id[None, :]) | (scores >= SAME_INDICATOR) | (
        stating[None, :] & (value_id[:, None] == value_id[None, :]) & (scores >= SAME_WITH_VALUES)
        & (table_id[:, None] != table_id[None, :]))
    if rewordings:
        _add_rewordings(close, all_keys, all_values, value_id, table_id)
    close &= named[:, None] & named[None, :]
    # two rows of one table one whole word apart are two indicators however alike their names score
    one_table = (table_id[:, None] == table_id[None, :]) & (key_id[:, None] != key_id[None, :]) & close
    for i, j in zip(*np.nonzero(np.triu(one_table, 1))):
        if word_inserted(all_keys[i], all_keys[j]):
            close[i, j] = close[j, i] = False
    # each record's earlier close records, in order: the loop asks which of them is the first kept
    earlier: list[list[int]] = [[] for _ in records]
    for i, j in zip(*(a.tolist() for a in np.nonzero(np.triu(close, 1)))):
        earlier[j].append(i)
    kept: list[int] = []
    is_kept = [False] * len(records)
    by_end: dict[str, list[int]] = {}  # kept keys of 20+ characters by their first and by their last 20
    dropped: list[tuple[T, T]] = []
    for j, (k, v) in enumerate(zip(all_keys, all_values)):
        match = None
        if k:
            first = next((i for i in earlier[j] if is_kept[i]), None)
            match = _first_fragment(k, v, all_keys, all_values, by_end, before=first)
            if match is None:
                match = first
        if match is None:
            kept.append(j)
            is_kept[j] = True
            if len(k) >= 20:
                for end in ("^" + k[:20], "$" + k[-20:]):
                    by_end.setdefault(end, []).append(j)
        else:
            dropped.append((records[match], records[j]))
    return [records[i] for i in kept], dropped


# Words that say what kind of measure a name is, not what it measures: a sentence restating a table's row under a
# shorter name keeps these ('Nilai indeks sebesar ...') and drops the rest, so they prove no link between two names.
GENERIC_WORDS = frozenset("nilai persentase presentase prosentase jumlah indeks angka tingkat rasio skor capaian "
                          "realisasi target hasil kinerja indikator sasaran besaran".split())


def content_words(k: str) -> frozenset[str]:
    """The roots of a key's words that name what it measures: no filler, no generic measure word, no number."""
    return frozenset(root(w) for w in k.split()
                     if w not in FILLER_WORDS and w not in GENERIC_WORDS and w.isalpha() and len(w) >= 3)


def trivial_values(values: tuple) -> bool:
    """Whether target, realisasi and capaian are not all printed, or tell no row apart: a target met exactly
    (100 / 100 / 100%, 5 / 5 / 100%) or nothing aimed at and nothing done (0 / 0) is common to many rows."""
    target, realised, achieved = values
    return target is None or realised is None or achieved is None or target == realised


def named_alike(sentence: str, table: str) -> bool:
    """Whether a sentence's (keyed) name may be a table row's under a shorter name: it shares a content word with
    the row's and names no more than it does, or it names only the kind of measure ('nilai indeks').

    A sentence whose name holds the row's whole name among words of its clause ('... lain juga tercapai, kecuali
    persentase realisasi anggaran yang') names that row too: the extra words are the sentence's, not a longer
    indicator's (the three values must still be that row's alone, see `value_restatements`).
    """
    said, listed = content_words(sentence), content_words(table)
    if listed and len(table.split()) >= 3 and f" {table} " in f" {sentence} ":
        return True
    return not said or (bool(said & listed) and len(said) <= len(listed))


def value_restatements(records: Sequence[T], name: Callable[[T], str], values: Callable[[T], tuple],
                       from_sentence: Callable[[T], bool]) -> list[tuple[T, T]]:
    """(table row, sentence) pairs in which the sentence restates the row under another, shorter name.

    A report's chapter tells each indicator's result in a sentence that names it in a word or two ('Nilai
    indeks sebesar 84,2 dari target 80, capaian 105,3%' after the table's 'Indeks Kepuasan Masyarakat ...
    | 80 | 84,2 | 105,3%'). The names are too far apart for `reworded` (a subset), but the three values the
    sentence prints, all of them and not a trivial set (`trivial_values`), are that row's: the sentence is the
    row's restatement when its name is `named_alike` the row's. When two table rows state those three values
    the sentence could be either's, and it is left alone.
    """
    rows = [r for r in records if not from_sentence(r)]
    by_values: dict[tuple, list[T]] = {}
    for row in rows:
        v = values(row)
        if not trivial_values(v):
            by_values.setdefault(v, []).append(row)
    pairs: list[tuple[T, T]] = []
    for said in records:
        if not from_sentence(said) or trivial_values(values(said)):
            continue
        found = by_values.get(values(said), [])
        if len(found) == 1 and named_alike(key(name(said)), key(name(found[0]))):
            pairs.append((found[0], said))
    return pairs
