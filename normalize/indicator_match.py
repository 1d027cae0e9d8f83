"""Matching indicator text, as a report prints it, to one catalogue id.

The same indicator is spelled its own way by each of 500 offices, and OCR
damages it further; an auditor needs one id per indicator, and a wrong id is
worse than none. Every alias and every input goes through one key:

1. NFKC, Cyrillic/Greek look-alikes folded, lower-case ASCII letters and
   digits (`normalize.indicators.key`);
2. spelling variants printed in reports replaced by one spelling
   (`data/word_variants.csv`: 'presentase' -> 'persentase', 'system' ->
   'sistem');
3. an office's own name ('KPU Kota Probolinggo', 'KPU Kabupalen Pasuruan')
   replaced by the placeholder `wilayah`, so one alias serves 514 offices;
4. bare numbers dropped: in bled Tesseract text they are the neighbouring
   target column ('97, 5%', '2 Lap'), never the indicator's wording;
5. each word not in the catalogue's vocabulary repaired: first by undoing
   one Tesseract letter confusion ('vang' -> 'yang', 'rn' -> 'm'), else by
   the closest vocabulary word when that is close enough (OCR 'Fsrssniase'
   -> 'persentase'), but only when one vocabulary word is the closest
   ('wakiu', as close to 'wakil' as to 'waktu', stays as printed). The
   vocabulary also holds the words of the sasaran texts, budget names and
   report headers, so that a real word ('sasaran', 'dari') is not bent into
   an indicator word it merely resembles.

Scores (0..100) of an input against an alias, the best of:

- `ratio`: the whole text matches;
- containment, for aliases of 4+ words: the share of the alias's words
  (weighted by how few indicators use them) found in the input, times
  `SET_WEIGHT`, scaled down when the input is shorter than the alias and
  when the words found weigh less than `EVIDENCE` (three common words are
  no evidence). This lets a cell whose neighbouring columns bled into it (report 001) still
  find the indicator whose words it holds;
- fragment: `ratio` of the input against the alias's start or end cut to the
  input's length, times `FRAGMENT_WEIGHT`, scaled down for inputs shorter
  than `FRAGMENT_CHARS`. It finds a name truncated or wrapped across lines.

An indicator's score is its best alias. Budget code names and their aliases
(`data/budget_codes.csv`) are scored too, by `ratio` only, as one "not an
indicator" entry: a budget line that reads like an indicator ('Pengelolaan
Keuangan dan Barang Milik Negara') then gets no id.

Deciding: the best indicator gets the id when its score reaches `THRESHOLD`
and leads every other entry by `MARGIN`, or when the input is exactly one of
its aliases (and of no other entry's). When other indicators are within the
margin, the id still goes to one of them if it *dominates*: the input words
it explains are a strict superset of those every other close candidate
explains (the input says 'perempuan', so 'Partisipasi Pemilih Perempuan'
beats 'Partisipasi Pemilih'), and the input is not a shortened paraphrase:
an input shorter than all of the winner's aliases must be a run of words of
one of them (a truncated or wrapped name). A rival whose words the winner's
do not contain is still beaten when the input words only the winner explains
weigh `OUTWEIGH` times those only the rival explains (a stray word of a bled
neighbouring cell), provided the name from its measure word on, without its
sasaran, passes the same paraphrase check. Otherwise the id stays null.
A clear winner is also checked against every indicator scoring at least
`THRESHOLD - MARGIN`: when one of them explains more of the input's words
than the winner does (counting only the words the other does not explain,
each weighted by how few indicators' names and sasaran use it),
the winner's words were only part of the row (a short alias inside another
indicator's bled sasaran, or two rows' cells joined), and the id goes to a
dominating indicator or to none.

A winner also loses its id when the input negates one of its name's words
that none of its aliases negates ('pemilih yang tidak terdaftar dalam DPT'
is not 'pemilih yang terdaftar dalam DPT ...'): the words are nearly all
there, the meaning is the opposite (`_negates`).

A winner loses its id too when the input, a whole name from its measure
word on, shares with one of its names only an ending ('... yang diselesaikan
tepat waktu') and names its own subject before it, in words none of the
indicator's names holds (`_shares_only_a_tail`): another office's count.

A row left without an id whose key has words before its first measure word
('persentase', 'jumlah', 'nilai', ...) is decided once more on the key from
that word on (`_match_cuts`): the words before it are the row's sasaran or
the previous row's wrapped tail. Between close candidates the cut-off words
still count as evidence (a sasaran names its indicator's subject).

The constants were chosen on the development split of
tests/data/indicator_pairs.csv by `benchmarks/match_sweep.py` (the rule and
the figures are in the README's catalogue section).
"""
from __future__ import annotations

import csv
import math
import re
from functools import cache, lru_cache
from itertools import compress, count
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from normalize.indicators import key
from normalize.regions import match_region_words, prefix_kind

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
THRESHOLD = 50.0  # least score (0..100) for an id (chosen by benchmarks/match_sweep.py)
MARGIN = 10.0  # least lead over the best other entry
OUTWEIGH = 4.0  # how many times a close candidate's own words must outweigh another's to dominate it (sweep)
SET_WEIGHT = 0.92  # discount on containment
EVIDENCE = 12.0  # weight of alias words an input must hold before containment counts fully
FRAGMENT_WEIGHT = 0.85  # discount on a truncated or wrapped name
FRAGMENT_MAX_CHARS = 120  # longer inputs are bled text, not a truncated name
FRAGMENT_CHARS = 30  # an input shorter than this is too little of a name to trust fully
RUN_SHARE = 0.75  # share of a fragment's words that must be an alias's words in place
WORD_CUTOFF = 72.0  # least fuzz.ratio for an OCR word to be read as a vocabulary word
NEGATIONS = frozenset({"tidak", "belum", "bukan", "tanpa"})
# words a negation may stand before without negating a word of the name ('... yang tidak yang ...' bled)
FUNCTION_WORDS = frozenset({"yang", "dan", "dalam", "di", "ke", "dari", "untuk", "atau", "dengan", "pada",
                            "secara", "oleh", "serta"})
PLACEHOLDER = "wilayah"


@cache
def _variants() -> tuple[tuple[re.Pattern, str], ...]:
    with open(DATA_DIR / "word_variants.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return tuple((re.compile(rf"\b{re.escape(key(r['variant']))}\b"), key(r["word"])) for r in rows)


def _region_words(words: list[str]) -> list[str]:
    """Office and region names replaced by the placeholder."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        kind = prefix_kind(w) if len(w) >= 3 else None
        if kind:
            hit = match_region_words(kind, tuple(words[i + 1:i + 5]))
            if hit and hit[2] >= 85:
                out.append(PLACEHOLDER)
                i += 1 + hit[1]
                continue
            if out and out[-1] in ("kpu", "kip"):
                out.append(PLACEHOLDER)
                i += 1
                continue
        out.append(w)
        i += 1
    return out


@lru_cache(maxsize=65536)
def base_key(text: str) -> str:
    """Steps 1-4 of the key: folded, variants unified, offices replaced, numbers dropped."""
    k = key(text)
    for pattern, word in _variants():
        k = pattern.sub(word, k)
    return " ".join(w for w in _region_words(k.split()) if not w.isdigit())


# ------------------------------------------------------------------ the catalogue as match entries

class _Entries:
    """Alias keys, whose indicator each is, and the word matrices for containment."""

    def __init__(self, indicators: list[dict], budget_names: list[str], extra_words: list[str]) -> None:
        keys: list[str] = []
        owner: list[int] = []
        for i, row in enumerate(indicators):
            seen: set[str] = set()
            for name in (row["name"], *row["aliases"]):
                k = base_key(name)
                if k and k not in seen:
                    seen.add(k)
                    keys.append(k)
                    owner.append(i)
        self.n_indicators = len(indicators)
        for name in sorted({base_key(n) for n in budget_names} - {""}):
            keys.append(name)
            owner.append(self.n_indicators)
        self.keys, self.owner = keys, np.asarray(owner)
        self.starts = np.flatnonzero(np.r_[True, np.diff(self.owner) != 0])
        self.lengths = np.array([len(k) for k in keys], dtype=np.float32)
        # containment and fragments only for indicator aliases of 4+ words: a
        # budget name counts only as the whole text (a Rencana Aksi row prints
        # the kegiatan's name beside its indicator)
        self.long = np.array([len(k.split()) >= 4 and o < self.n_indicators for k, o in zip(keys, owner)],
                             dtype=np.float32)
        self.is_indicator = np.asarray(owner) < self.n_indicators
        alias_words = sorted({w for k in keys for w in k.split()})
        self.column = {w: j for j, w in enumerate(alias_words)}
        owner_words: list[set[str]] = [set() for _ in range(self.n_indicators + 1)]
        for k, o in zip(keys, owner):
            owner_words[o].update(k.split())
        self.owner_words = owner_words
        self.aliases_of: list[list[str]] = [[] for _ in range(self.n_indicators + 1)]
        for k, o in zip(keys, owner):
            self.aliases_of[o].append(k)
        self.negated_words = [_negated_words(aliases) for aliases in self.aliases_of]
        # what a row may print beside the indicator: its sasaran (objective)
        self.context_words = [owner_words[i] | set(base_key(row["sasaran"]).split())
                              for i, row in enumerate(indicators)] + [owner_words[-1]]
        context_df: dict[str, int] = {}
        for words in self.context_words[:self.n_indicators]:
            for w in words:
                context_df[w] = context_df.get(w, 0) + 1
        # how much a word says about which indicator a row is (rare words say more)
        self.context_column = {w: j for j, w in enumerate(sorted(context_df))}
        self.context_weight = np.array([math.log(1 + self.n_indicators / context_df[w])
                                        for w in sorted(context_df)], dtype=np.float32)
        self.context = np.zeros((self.n_indicators, len(context_df)), dtype=bool)
        for i, words in enumerate(self.context_words[:self.n_indicators]):
            self.context[i, [self.context_column[w] for w in words]] = True
        # a word used by few indicators says more than 'persentase' or 'yang'
        df = {w: sum(1 for s in owner_words[:self.n_indicators] if w in s) for w in alias_words}
        weight = np.array([math.log(1 + self.n_indicators / max(df[w], 1)) for w in alias_words],
                          dtype=np.float32)
        matrix = np.zeros((len(keys), len(alias_words)), dtype=np.float32)
        for r, k in enumerate(keys):
            for w in set(k.split()):
                matrix[r, self.column[w]] = weight[self.column[w]]
        self.by_word, self.weight_sum = np.ascontiguousarray(matrix.T), matrix.sum(axis=1)
        self._ends: dict[int, tuple[np.ndarray, list[str]]] = {}
        self.vocab = sorted(set(alias_words) | {w for t in extra_words for w in base_key(t).split()})
        self.vocab_set = frozenset(self.vocab)


    def ends(self, n: int) -> tuple[np.ndarray, list[str]]:
        """Indicator aliases longer than n, and their starts then their ends cut to n characters."""
        if n not in self._ends:
            shorter = np.flatnonzero((self.lengths > n) & self.is_indicator)
            self._ends[n] = (shorter, [self.keys[j][:n] for j in shorter] + [self.keys[j][-n:] for j in shorter])
        return self._ends[n]


_entries_cache: list[_Entries] = []


def entries() -> _Entries:
    if not _entries_cache:
        from normalize.catalogue import budget_codes, indicators, report_words
        rows = indicators()
        budget = [n.strip() for r in budget_codes().values()
                  for n in [r["name"], *(r.get("aliases") or "").split(" | ")] if n.strip()]
        extra = [r["sasaran"] for r in rows] + budget + report_words()
        _entries_cache.append(_Entries(rows, budget, extra))
    return _entries_cache[0]


# ------------------------------------------------------------------ OCR words

_word_fix: dict[str, str] = {}  # each OCR word's reading, worked out once per process
# A batch worker reads thousands of scans, each with hundreds of OCR words of its own: past this many the
# readings are dropped and worked out again as they recur (a word's reading never depends on the others).
WORD_FIX_LIMIT = 200_000
# Letter confusions of Tesseract on these scans ('vang' for 'yang', 'rn' for
# 'm'); a word that becomes a vocabulary word by undoing one is that word.
OCR_CONFUSIONS = (("v", "y"), ("rn", "m"), ("ii", "u"), ("li", "h"), ("l", "t"), ("f", "t"),
                  ("z", "s"), ("e", "a"), ("a", "e"), ("n", "u"), ("u", "n"), ("c", "e"))


def _undo_confusion(word: str, vocab: frozenset[str]) -> str | None:
    for wrong, right in OCR_CONFUSIONS:
        start = word.find(wrong)
        while start >= 0:
            candidate = word[:start] + right + word[start + len(wrong):]
            if candidate in vocab:
                return candidate
            start = word.find(wrong, start + 1)
    return None


def _fix_words(bases: list[str]) -> list[str]:
    """Unknown words mapped to the closest vocabulary word (one cdist for all)."""
    ent = entries()
    unknown = sorted({w for b in bases for w in b.split() if w not in ent.vocab_set and w not in _word_fix})
    if unknown and len(_word_fix) + len(unknown) > WORD_FIX_LIMIT:
        _word_fix.clear()
        unknown = sorted({w for b in bases for w in b.split() if w not in ent.vocab_set})
    if unknown:
        for w in unknown:
            _word_fix[w] = _undo_confusion(w, ent.vocab_set) or w
        long_ = [w for w in unknown if len(w) >= 4 and _word_fix[w] == w]
        if long_:
            m = process.cdist(long_, ent.vocab, scorer=fuzz.ratio, dtype=np.float32, workers=-1)
            best = m.argmax(axis=1)
            # the two highest of each row: a word as close to two vocabulary words ('wakiu': 'wakil',
            # 'waktu') is neither, and stays as printed
            top2 = -np.partition(-m, 1, axis=1)[:, :2] if m.shape[1] > 1 else np.c_[m, np.zeros_like(m)]
            for w, j, (first, second) in zip(long_, best, top2):
                if first >= WORD_CUTOFF and first > second:
                    _word_fix[w] = ent.vocab[j]
    return [" ".join(_word_fix.get(w, w) for w in b.split()) for b in bases]


def match_key(text: str) -> str:
    """The normalised form of one indicator text (for inspection and tests)."""
    return _fix_words([base_key(text)])[0]


# ------------------------------------------------------------------ scoring

def _fragment_scores(queries: list[str], ent: _Entries, exact: np.ndarray) -> np.ndarray:
    """ratio of each input against every alias's start and end cut to the input's length.

    Only inputs shorter than `FRAGMENT_MAX_CHARS` (a longer one is bled text,
    containment's case) and not already an exact alias (decided by it); each
    distinct length costs one cdist call.
    """
    out = np.zeros((len(queries), len(ent.keys)), dtype=np.float32)
    by_length: dict[int, list[int]] = {}
    for i, q in enumerate(queries):
        if 0 < len(q) < FRAGMENT_MAX_CHARS and not exact[i]:
            by_length.setdefault(len(q), []).append(i)
    for n, rows in by_length.items():
        shorter, ends = ent.ends(n)
        if not shorter.size:
            continue
        both = process.cdist([queries[i] for i in rows], ends, scorer=fuzz.ratio, dtype=np.float32)
        best = np.maximum(both[:, :shorter.size], both[:, shorter.size:])
        out[np.ix_(rows, shorter)] = best * min(1.0, n / FRAGMENT_CHARS)  # type: ignore[arg-type]
    return out


def _found_weight(queries: list[str], ent: _Entries) -> np.ndarray:
    """(inputs x aliases) summed weight of each alias's words that the input holds."""
    out = np.zeros((len(queries), len(ent.keys)), dtype=np.float32)
    for i, q in enumerate(queries):
        cols = list({ent.column[w] for w in q.split() if w in ent.column})
        if cols:
            out[i] = ent.by_word[cols].sum(axis=0)
    return out


def score_matrix(names: list[str]) -> tuple[np.ndarray, list[str]]:
    """(inputs x entries) best score per indicator (last column: budget names), and the keys."""
    queries = _fix_words([base_key(n or "") for n in names])
    return _score_queries(queries), queries


def _score_queries(queries: list[str]) -> np.ndarray:
    """(keys x entries) best score per indicator of keys already normalised (`match_key`)."""
    ent = entries()
    ratio = process.cdist(queries, ent.keys, scorer=fuzz.ratio, dtype=np.float32)
    qlen = np.array([max(len(q), 1) for q in queries], dtype=np.float32)[:, None]
    cover = np.minimum(1.0, qlen / ent.lengths[None, :])
    found = _found_weight(queries, ent)
    contained = found / ent.weight_sum[None, :] * np.minimum(1.0, found / EVIDENCE)
    per_alias = np.maximum(ratio, SET_WEIGHT * 100 * contained * cover * ent.long[None, :])
    exact = ratio.max(axis=1) >= 100.0 if ratio.size else np.zeros(len(queries), dtype=bool)
    per_alias = np.maximum(per_alias, FRAGMENT_WEIGHT * _fragment_scores(queries, ent, exact))
    return np.maximum.reduceat(per_alias, ent.starts, axis=1)


def _f32(x: float) -> float:
    """x rounded to float32, as numpy rounds a Python float it compares with a float32 array."""
    return float(np.float32(x))


def _at_least(scores: list[float], bound: float) -> list[int]:
    """Indexes of the scores >= bound (compress/map: the loop over a hundred scores runs in C)."""
    return list(compress(count(), map(bound.__le__, scores)))


def _decide(scores: list[float], query: str, ent: _Entries, threshold: float, margin: float,
            said: str | None = None) -> int | None:
    """Index of the indicator that gets the id, or None.

    `scores` is one row of the float32 score matrix as Python floats (exact
    copies): on a hundred numbers plain list work is faster than numpy calls.
    Each bound is rounded to float32 first, as numpy compares it with the row.
    """
    best = max(scores)
    top = scores.index(best)  # the first highest, as np.argmax
    if best < threshold:
        return None
    close = [j for j in _at_least(scores, _f32(best - margin)) if j != top]
    if best >= 100.0 and all(scores[j] < 100.0 for j in close):
        return top if top < ent.n_indicators else None  # the input is a printed alias
    words = set(query.split())
    winner: int | None
    if not close:
        winner = top
    else:
        # words printed before a cut (`_match_cuts`) are the row's sasaran: evidence between close ones
        winner = _dominant([top, *close], scores, query, set(said.split()) if said else words, ent,
                           _f32(threshold))
    if winner is None or winner >= ent.n_indicators or _negates(query, winner, ent) \
            or _explains_nothing(words, ent.owner_words[winner]) or _shares_only_a_tail(query, winner, ent):
        return None
    # A rival within the margin of the threshold that explains more of the
    # input's words than the winner does, counting only the words the other
    # does not explain, means the winner's words are only part of the row:
    # a short alias inside another indicator's bled sasaran, or two
    # indicators' cells joined into one row.
    rivals = [j for j in _at_least(scores[:ent.n_indicators], _f32(threshold - margin)) if j != winner]
    # Only a rival explaining some input word the winner does not can outweigh it (the weights are
    # positive): without one the sums below are all 0 on the rivals' side.
    beyond = {w for w in words if w in ent.context_column} - ent.context_words[winner]
    if rivals and any(not beyond.isdisjoint(ent.context_words[j]) for j in rivals):
        present = np.zeros(len(ent.context_weight), dtype=bool)
        present[[ent.context_column[w] for w in words if w in ent.context_column]] = True
        mine = ent.context[winner] & present
        theirs = ent.context[rivals] & present
        if np.any((theirs & ~mine) @ ent.context_weight > (mine & ~theirs) @ ent.context_weight):
            return _dominant([winner, *rivals], scores, query, words, ent, _f32(threshold))
    return winner


def _explains_nothing(words: set[str], named: set[str]) -> bool:
    """Whether the indicator's names share none of the input's words beyond a measure word or a function word.

    'Persentase melek aksara' is as long as 'Persentase Penyusunan Anggaran'
    and starts alike, so its letters score near the threshold; only
    'persentase' is common to both, which says nothing of what is measured.
    """
    content = words - GENERIC_WORDS
    return bool(content) and content.isdisjoint(named)


TAIL_MIN_WORDS = 2  # least words of a shared ending for it to be what a whole-text score rests on
OTHER_SUBJECT_WORDS = 2  # least words of their own, before the ending, that make the input another indicator


def _shares_only_a_tail(query: str, owner: int, ent: _Entries) -> bool:
    """Whether the input shares with one of the indicator's names only its ending, and names another subject.

    'Jumlah perkara ... yang diselesaikan tepat waktu' and 'Jumlah laporan
    keuangan ... yang diselesaikan tepat waktu' score high on their letters,
    yet count different things: what is counted stands before the shared
    ending. The input, a whole name from its measure word on, is another
    indicator when, before an ending of `TAIL_MIN_WORDS` or more words it
    shares with a name, it holds
    `OTHER_SUBJECT_WORDS` or more words of its own (measure and function words
    aside) and none of them is, or is one OCR slip from, a word of the
    indicator's names outside that ending.
    """
    words = query.split()
    if not words or words[0] not in MEASURE_WORDS:
        return False  # a name cut at its start, or a sasaran's words before it: its subject is not printed
    for alias in ent.aliases_of[owner]:
        aw = alias.split()
        n = 0
        while n < min(len(words), len(aw)) - 1 and words[-1 - n] == aw[-1 - n]:
            n += 1
        if n < TAIL_MIN_WORDS or set(aw[-n:]) <= GENERIC_WORDS:
            continue
        own = [w for w in words[:-n] if w not in GENERIC_WORDS]
        named = ent.owner_words[owner] - GENERIC_WORDS - set(aw[-n:])
        if len(own) >= OTHER_SUBJECT_WORDS and named and not any(
                w in named or process.extractOne(w, named, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF)
                for w in own):
            return True
    return False


def _negates(query: str, owner: int, ent: _Entries) -> bool:
    """Whether the input negates a word of the indicator's name that none of its aliases negates.

    'Persentase pemilih yang tidak terdaftar dalam DPT' holds every word of
    the start of 'Persentase pemilih yang terdaftar dalam DPT yang
    menggunakan hak pilihnya' and scores as its truncated name, yet counts
    the opposite voters. A negation before a function word ('... yang tidak
    yang ...', a formula column bled in) negates nothing of the name.
    """
    words = query.split()
    if _states_what_name_negates(words, ent.negated_words[owner]):
        return True
    if NEGATIONS.isdisjoint(words):
        return False
    named = ent.owner_words[owner]
    for neg, word in zip(words, words[1:]):
        if neg in NEGATIONS and word in named and word not in FUNCTION_WORDS and not any(
                f" {neg} {word} " in f" {alias} " for alias in ent.aliases_of[owner]):
            return True
    return False


def _states_what_name_negates(words: list[str], negated: frozenset[str]) -> bool:
    """Whether the input states plainly a word every alias of the indicator negates.

    'Persentase penyelenggara pemilihan yang terbukti melakukan pelanggaran'
    holds nearly every word of '... yang tidak terbukti melakukan
    pelanggaran ...', yet counts the proven cases, not the unproven ones.
    """
    if not negated:
        return False
    return any(word in negated and (i == 0 or words[i - 1] not in NEGATIONS) for i, word in enumerate(words))


def _negated_words(aliases: list[str]) -> frozenset[str]:
    """The words that every one of an indicator's aliases negates ('tidak terbukti', 'tanpa konflik')."""
    common: set[str] | None = None
    for alias in aliases:
        words = alias.split()
        negated = {word for neg, word in zip(words, words[1:]) if neg in NEGATIONS and word not in FUNCTION_WORDS}
        common = negated if common is None else common & negated
        if not common:
            return frozenset()
    return frozenset(common or ())


def _dominant(candidates: list[int], scores: list[float], query: str, words: set[str], ent: _Entries,
              threshold: float) -> int | None:
    """The candidate whose explained input words strictly contain every other's, if any."""
    explained = {j: ent.context_words[j] & words for j in candidates}
    cuts = _measure_cuts(query)
    named = cuts[0][0] if cuts else query  # the name from its measure word on, without the sasaran before it
    for c, mine in explained.items():
        if c < ent.n_indicators and scores[c] >= threshold and _whole_or_run(query, c, ent):
            others = [other for j, other in explained.items() if j != c]
            if all(mine > other for other in others):  # (stops at the first it does not beat)
                return c
            # a rival's stray word is outweighed only where the name itself, not its sasaran, is long
            # enough to be this indicator's or a run of its words (no other office's paraphrase)
            if _whole_or_run(named, c, ent) and all(mine > other or _outweighs(mine - other, other - mine, ent)
                                                    for other in others):
                return c
    return None


def _outweighs(ours: set[str], theirs: set[str], ent: _Entries) -> bool:
    """Whether the input words only one candidate explains weigh `OUTWEIGH` times those only the other does.

    A bled row holds a stray word a close rival's name or sasaran has too
    ('... Partai Politik Peserta ... perundangan yang berlaku': 'berlaku' is
    also a word of the BMN indicator's 'peraturan yang berlaku'), so neither
    candidate's words strictly contain the other's; the words telling them
    apart, weighted by how few indicators use them, still can.
    """
    column, weight = ent.context_column, ent.context_weight
    def total(words: set[str]) -> float:
        return sum(float(weight[column[w]]) for w in words if w in column)
    return total(ours) > OUTWEIGH * total(theirs)


def _whole_or_run(query: str, owner: int, ent: _Entries) -> bool:
    """The input is at least as long as the indicator's shortest alias, or a run of words of one.

    'Jumlah laporan keuangan tepat waktu' (another office's indicator) holds
    only words of 'Jumlah laporan sistem akuntansi dan pelaporan keuangan yang
    diselesaikan tepat waktu' but is not a piece of it: a fragment wins only
    when it is a truncated or wrapped piece of the name. Words OCR damaged
    beyond repair ('Metyars' for 'Negara') may differ: `RUN_SHARE` of the
    words must be the alias's, in place. Not the word naming what is
    measured, right after a leading measure word: 'Persentase pedagang yang
    terdaftar' is no damaged 'Persentase pemilih yang terdaftar ...', whatever
    its other words share.
    """
    aliases = ent.aliases_of[owner]
    if len(query) >= min(len(a) for a in aliases):
        return True
    words = query.split()
    n = len(words)
    # what is measured, the word after a leading measure word, is no OCR slip to overlook
    subject = 1 if n > 1 and words[0] in MEASURE_WORDS else None
    for alias in aliases:
        aw = alias.split()
        for start in range(len(aw) - n + 1):
            same = sum(1 for a, b in zip(words, aw[start:start + n]) if a == b)
            if same >= RUN_SHARE * n and (same == n or subject is None or words[subject] == aw[start + subject]):
                return True
    return False


def match_indicators(names: list[str], threshold: float = THRESHOLD,
                     margin: float = MARGIN) -> list[tuple[str | None, str | None, float]]:
    """(indicator_id, canonical name, score 0..1) per name; id None when not sure."""
    return match_with_closest(names, threshold, margin)[0]


def match_with_closest(names: list[str], threshold: float = THRESHOLD, margin: float = MARGIN
                       ) -> tuple[list[tuple[str | None, str | None, float]], list[str | None]]:
    """`match_indicators`, plus each name's closest catalogue indicator whether or not it got the id.

    The closest indicator of an unmatched name is no id to publish, but it is
    evidence: a damaged row whose closest indicator the report already stated
    in another table is most likely that statement again.
    """
    if not names:
        return [], []
    from normalize.catalogue import indicators
    rows = indicators()
    ent = entries()
    scores, queries = score_matrix(list(names))
    out: list[tuple[str | None, str | None, float]] = []
    closest: list[str | None] = []
    n = ent.n_indicators
    for query, row in zip(queries, scores.tolist()):  # rows as Python floats: see _decide
        head = row[:n]
        top = head.index(max(head)) if n else 0  # the first highest, as np.argmax
        closest.append(rows[top]["id"] if n and row[top] > 0 else None)
        j = _decide(row, query, ent, threshold, margin)
        if j is None:
            out.append((None, None, round(max(head) / 100, 4)))
        else:
            out.append((rows[j]["id"], rows[j]["name"], round(row[j] / 100, 4)))
    _match_cuts(queries, out, threshold, margin)
    return out, closest


# Words that open an indicator's name: what a row prints before the first of
# them is its sasaran or the previous row's wrapped tail, not the indicator.
MEASURE_WORDS = frozenset({"persentase", "jumlah", "nilai", "indeks", "opini", "tingkat", "rasio", "rata"})
# words that say how a thing is measured or join a name's words, never what is measured (`_explains_nothing`)
GENERIC_WORDS = MEASURE_WORDS | FUNCTION_WORDS
SEGMENT_WORDS = 3  # least words from one measure word to the next for that run to be read alone


def _measure_cuts(query: str) -> list[tuple[str, str]]:
    """Shorter readings of a key to try in turn, each with what follows it ('' for none).

    From its first measure word on, then up to its second:
    'terwujudnya ... persentase tersedianya sarana ... persentase informasi':
    words before the first measure word are the sasaran or the previous
    row's tail; a second measure word opens the next row's name (or a
    formula, 'jumlah ... dibagi jumlah ...') run into this one. A run of
    fewer than `SEGMENT_WORDS` words ('persentase penyelesaian') is too
    little of a name to read alone.
    """
    words = query.split()
    at = [i for i, w in enumerate(words) if w in MEASURE_WORDS]
    cuts = [(" ".join(words[at[0]:]), "")] if at and at[0] else []
    if len(at) > 1 and at[1] - at[0] >= SEGMENT_WORDS:
        cuts.append((" ".join(words[at[0]:at[1]]), " ".join(words[at[1]:])))
    return cuts


def _match_cuts(queries: list[str], out: list[tuple[str | None, str | None, float]],
                threshold: float, margin: float) -> None:
    """Rows left without an id matched again on their shorter readings (`_measure_cuts`), in place.

    A sasaran printed into the indicator's cell ('Terwujudnya tahapan ...
    Persentase ...'), the previous row's wrapped tail or the next row's
    start adds words that dilute every score or call up the indicator they
    belong to as a rival. Only rows the whole text left without an id are
    tried, by the same decision, so no id the whole text gets changes; the
    whole text's words still count as evidence between close candidates.
    When what follows a reading is itself an indicator, two rows' names were
    joined and the row is neither: it keeps no id.
    """
    from normalize.catalogue import indicators
    rows, ent = indicators(), entries()
    pending = {i: _measure_cuts(q) for i, q in enumerate(queries) if out[i][0] is None}
    while pending := {i: cuts for i, cuts in pending.items() if cuts}:
        todo = [(i, *cuts.pop(0)) for i, cuts in pending.items()]
        texts = [c for _, c, _ in todo] + [r for _, _, r in todo if r]
        scores = _score_queries(texts).tolist()
        rests = iter(scores[len(todo):])
        for (i, cut, rest), row in zip(todo, scores):
            j = _decide(row, cut, ent, threshold, margin, said=queries[i])
            if rest and _decide(next(rests), rest, ent, threshold, margin) is not None:
                pending[i] = []  # two indicators' names joined: neither is the row's
            elif j is not None:
                out[i] = (rows[j]["id"], rows[j]["name"], round(row[j] / 100, 4))
                pending[i] = []
