"""Cover and title words as a reader sees them, where OCR glued or letter-spaced them.

Tesseract drops the space between words set close on a cover ('KPUKOTA
MALANG', 'KABUPATENPASURUAN', 'LAPORANKINERJA KOMISI PEMILIHANUMUM',
'PROVINSIJAWA TIMUR'), and a cover set in spaced capitals is read a letter
at a time ('K O M I S I  P E M I L I H A N  U M U M', 'T A H U N  2 0 2 1').
A cover font set wide apart may also be read with a space inside a word
('KECAM ATAN', 'TAH UN 2022'). Either way the office, its region and the
year go unread.

`repair_front` reads the lines of a report's front matter (its cover and
preface) back into words. A glued word is split only when it splits exactly
into words of office and title names ('kpu', 'kota', 'pemilihan', 'umum',
'laporan', 'kinerja', ...) and, right after a region prefix ('kabupaten',
'kota', 'provinsi'), a region's name as the catalogue spells it, letter for
letter; and only when it splits in one way alone. Anything else (an OCR slip
inside the glued word, a word the lists do not hold, two readings) is left
as printed: a wrong office is worse than none.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from normalize.regions import exact_region_words, prefix_kind

# Words of office names and report titles that OCR glues to their neighbours. Every word is 3 letters or
# more, and none is a whole common word plus an ending ('tahunan', 'umumnya' and 'pemerintahan' split into
# no words of this list).
OFFICE_WORDS = frozenset(
    "laporan kinerja akuntabilitas instansi pemerintah komisi pemilihan umum kpu kpud kip bawaslu panwaslu "
    "badan pengawas panitia independen sekretariat jenderal republik indonesia daerah tahun anggaran "
    "lakip lkj lkjip lkip kabupaten kota provinsi propinsi dinas inspektorat".split()
)
# Region prefixes as whole words, and the kind of region after them.
_PREFIX_WORDS = {"kabupaten": "kabupaten", "kota": "kota", "provinsi": "provinsi", "propinsi": "provinsi"}
# Glued words worth a look hold one of these (searched with str.find: the front matter is read at memory speed).
# ('LAPORANKINERJA' holds 'kinerja', 'PEMILIHANUMUM' 'pemilihan', 'SEKRETARIATKOMISI' 'komisi')
_ANCHORS = ("kabupaten", "kota", "provinsi", "propinsi", "pemilihan", "kinerja", "komisi", "kpu", "bawaslu", "tahun",
            "republik")
# The national commissions' 'RI' (two letters, so in no list of words above) glued to their name: 'KPURI',
# 'BAWASLURI', 'SEKRETARIATKPURI'. It ends the glued word, right after the name.
_NATIONAL_TAIL = "ri"
_NATIONAL_NAMES = ("kpu", "bawaslu")
_LETTERS_RE = re.compile(r"[A-Za-z]+")
MIN_GLUED = 5  # 'kpuri' is the shortest glued pair worth reading ('kpukota' the shortest of two office words)
MAX_GLUED = 64  # ('KOMISIPEMILIHANUMUMKABUPATENBANDUNGBARAT' is 39 letters)
_GLUED_CANDIDATE_RE = re.compile(r"(?<![A-Za-z])[A-Za-z]{5,}")
_ANCHOR_RE = re.compile("|".join(_ANCHORS))
_LETTER_RUN_RE = re.compile(r"[a-z]*")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)\s+$")  # the word before a glued one, a prefix perhaps
MAX_PARTS = 8  # words one glued run may hold ('KOMISIPEMILIHANUMUMKABUPATENBLITAR': 5)

# A line set in spaced letters: single characters, one space apart, words two or more spaces apart.
_NEWLINE_RE = re.compile("\n")
_SPACED_PRECHECK_RE = re.compile(r" \S \S \S ")  # (a literal space first: scanned far faster than a set)
_WORD_GAP_RE = re.compile(r"\s{2,}")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# A line a PDF's overprinted bold set each letter two or three times ('BBBAAADDDAAANNN PPPEEERRREEENNN'): three
# letters in a row each repeated so, upper case (a literal-free backreference scan over the front matter alone).
_REPEATED_PRECHECK_RE = re.compile(r"([A-Z])\1+([A-Z])\2+([A-Z])\3")
MIN_REPEATED_WORD = 4  # letters a repeated-letter word keeps at least ('DINAS' is 5, 'KOTA' 4)
# Words a wide cover font gets read with a space inside ('KECAM ATAN', 'TAH UN'): the office and title words,
# and the offices below a kabupaten. Two pieces are joined only when neither is one of these words itself.
BROKEN_WORDS = OFFICE_WORDS | {"kecamatan", "kelurahan"}
_TWO_PIECES_RE = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,}) ([A-Za-z]{2,})(?![A-Za-z])")


def repair_front(texts: list[str], first: int, stop: int) -> dict[int, str]:
    """{line index: text read back into words} for the lines first..stop-1 that need it.

    Letter-spaced lines are closed up first, so a spaced line without word gaps
    ('K O M I S I P E M I L I H A N') becomes one glued run that the word split
    then reads.
    """
    out: dict[int, str] = {}
    block = "\n".join(texts[first:stop])
    breaks = [m.start() for m in _NEWLINE_RE.finditer(block)]  # where each line of the block ends
    pos = 0
    while (m := _SPACED_PRECHECK_RE.search(block, pos)) is not None:
        k = bisect_left(breaks, m.start())  # the block's line k: one try per line, then on to the next
        closed = close_letter_spacing(texts[first + k])
        if closed is not None:
            out[first + k] = split_glued_words(closed) or closed
        if k == len(breaks):
            break
        pos = breaks[k] + 1
    pos = 0
    while (m := _REPEATED_PRECHECK_RE.search(block, pos)) is not None:
        k = bisect_left(breaks, m.start())
        if first + k not in out:
            single = close_repeated_letters(texts[first + k])
            if single is not None:
                out[first + k] = single
        if k == len(breaks):
            break
        pos = breaks[k] + 1
    for k, text in enumerate(texts[first:stop] if may_break_words(block) else ()):
        if first + k not in out and " " in text:
            joined = join_broken_words(text)
            if joined is not None:
                out[first + k] = joined
    low = block.lower()
    if len(low) != len(block):  # 'İ' lowers to two characters: the positions would not be the text's
        return out
    for i, starts in _glued_words(low, first, breaks).items():
        if i not in out:
            split = _split_words(texts[i], sorted(starts))
            if split is not None:
                out[i] = split
    return out


def _glued_words(low: str, first: int, breaks: list[int]) -> dict[int, set[int]]:
    """{line index: starts of its words} where an anchor word touches another letter, in `low` (lines `first`..).

    `breaks`: where the lines of `low` end.

    Found with str.find, anchor by anchor: a few glued words in the front matter, at memory speed.
    """
    found: dict[int, set[int]] = {}
    n = len(low)
    for anchor in _ANCHORS:
        size = len(anchor)
        pos = low.find(anchor)
        while pos >= 0:
            end = pos + size
            if (pos > 0 and low[pos - 1].isalpha()) or (end < n and low[end].isalpha()):
                start = pos
                while start > 0 and low[start - 1].isalpha() and pos - start < MAX_GLUED:
                    start -= 1
                if pos - start < MAX_GLUED:  # a longer run of letters is no name (nor worth the walk)
                    k = bisect_left(breaks, start)  # the block's line k, which starts after break k-1
                    found.setdefault(first + k, set()).add(start - (breaks[k - 1] + 1 if k else 0))
                end = _LETTER_RUN_RE.match(low, end).end()  # on past this word: one look per word
            pos = low.find(anchor, end)
    return found


def close_letter_spacing(text: str) -> str | None:
    """The line with its spaced letters closed up ('T A H U N  2 0 2 1' -> 'TAHUN 2021'), or None.

    Only a line made (nearly) all of single characters counts, with three
    letters at least or a spaced year: a row of column numbers ('1 2 3 4 5')
    or a list of grades stays as it is.
    """
    tokens = text.split()
    if len(tokens) < 4:
        return None
    singles = [t for t in tokens if len(t) == 1]
    if len(singles) * 5 < len(tokens) * 4:  # four in five at least
        return None
    letters = sum(1 for t in singles if t.isalpha())
    groups = []
    for group in _WORD_GAP_RE.split(text.strip()):
        words: list[str] = []
        run: list[str] = []  # single characters one space apart are one word ('L A P O R A N KINERJA')
        for part in group.split(" "):
            if len(part) == 1:
                run.append(part)
                continue
            if run:
                words.append("".join(run))
                run = []
            words.append(part)
        if run:
            words.append("".join(run))
        groups.append(" ".join(words))
    if letters < 3 and not any(_YEAR_RE.fullmatch(g) for g in groups):
        return None
    return " ".join(groups)


# Each (piece, piece) `join_broken_words` joins: two pieces of a `BROKEN_WORDS` word, neither such a word itself
_BROKEN_PAIRS = frozenset((word[:cut], word[cut:]) for word in BROKEN_WORDS for cut in range(2, len(word) - 1)
                          if word[:cut] not in BROKEN_WORDS and word[cut:] not in BROKEN_WORDS)
# every two runs of letters one space apart, lower case (the second in a lookahead: each run is a first and a second)
_LOWER_PAIRS_RE = re.compile(r"(?<![a-z])([a-z]{2,}) (?=([a-z]{2,})(?![a-z]))")
_NOT_LETTERS_AS_SPACES = str.maketrans({c: " " for c in map(chr, range(128)) if not "a" <= c <= "z"})


def may_break_words(block: str) -> bool:
    """Whether a line of the block may hold a word `join_broken_words` joins (False: none does).

    Most front matter breaks no word, yet a search pair by pair, line by line, costs as much as all the
    other repairs. The same pairs, found in one scan of the whole block (its letters lower-cased, other
    characters made '?', which the pieces' [A-Za-z] never takes), are looked up at once. Before that scan,
    the runs of letters side by side (the text split at every other character, in C) rule most blocks out:
    two pieces one space apart stand side by side there too.
    """
    plain = block.encode("ascii", "replace").decode().lower()
    runs = plain.translate(_NOT_LETTERS_AS_SPACES).split()
    if _BROKEN_PAIRS.isdisjoint(zip(runs, runs[1:])):
        return False
    return not _BROKEN_PAIRS.isdisjoint(_LOWER_PAIRS_RE.findall(plain))


def join_broken_words(text: str) -> str | None:
    """The line with the office and title words OCR broke in two joined ('KECAM ATAN' -> 'KECAMATAN'), or None.

    Only two pieces one space apart that together spell a word of
    `BROKEN_WORDS`, neither piece being such a word itself, are joined: 'KOTA
    MATARAM' and a name the lists do not know ('CAKRAN EGARA') stay as printed.
    """
    pieces: list[str] = []
    last = 0
    pos = 0
    while (m := _TWO_PIECES_RE.search(text, pos)) is not None:
        a, b = m.group(1).lower(), m.group(2).lower()
        if a + b in BROKEN_WORDS and a not in BROKEN_WORDS and b not in BROKEN_WORDS:
            pieces.append(text[last:m.start()] + m.group(1) + m.group(2))
            last = pos = m.end()
        else:
            pos = m.start(2)  # the second piece may begin the next pair
    if not pieces:
        return None
    return "".join(pieces) + text[last:]


def close_repeated_letters(text: str) -> str | None:
    """The line with each letter set once, where every word on it prints each letter two or three times.

    A PDF that fakes bold by printing a cover line two or three times over
    yields 'BBBAAADDDAAANNN PPPEEERRREEENNNCCCAAANNNAAAAAANNN' in its text
    layer: 'BADAN PERENCANAAN'. Every word of the line must split into runs
    of the same length (2 or 3) of one character each, and the line must
    hold a word of MIN_REPEATED_WORD letters or more once read: a line with
    one plain word ('LAPORAN', 'AA+') stays as printed.
    """
    words = text.split()
    if not words:
        return None
    first = words[0]
    size = len(first) - len(first.lstrip(first[0]))
    if size not in (2, 3):
        return None
    out: list[str] = []
    for word in words:
        if len(word) % size:
            return None
        chunks = [word[j:j + size] for j in range(0, len(word), size)]
        if any(chunk != chunk[0] * size for chunk in chunks):
            return None
        out.append("".join(chunk[0] for chunk in chunks))
    if not any(sum(c.isalpha() for c in w) >= MIN_REPEATED_WORD for w in out):
        return None
    return " ".join(out)


def split_glued_words(text: str) -> str | None:
    """The line with its glued words split ('KPUKOTA MALANG' -> 'KPU KOTA MALANG'), or None when none is."""
    return _split_words(text, [m.start() for m in _GLUED_CANDIDATE_RE.finditer(text)])


def _split_words(text: str, starts: list[int]) -> str | None:
    """`text` with the glued words that start at `starts` (ascending) split, or None when none is."""
    pieces: list[str] = []
    last = 0
    for start in starts:
        m = _LETTERS_RE.match(text, start)
        if m is None or not MIN_GLUED <= len(m.group()) <= MAX_GLUED or m.start() < last:
            continue
        low = m.group().lower()
        if not _ANCHOR_RE.search(low):
            continue  # every reading holds one ('KPU', 'KOTA', 'TAHUN' ...)
        prev = _WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        before = prev.group(1).lower() if prev else ""
        after = tuple(w.lower() for w in _LETTERS_RE.findall(text, m.end(), m.end() + 60)[:3])
        cuts = _split_points(low, _PREFIX_WORDS.get(before), after)
        if not cuts:
            continue
        pieces.append(text[last:m.start()])
        at = m.start()
        for cut in cuts:
            pieces.append(text[at:m.start() + cut] + " ")
            at = m.start() + cut
        last = at
    if not pieces:
        return None
    pieces.append(text[last:])
    return "".join(pieces)


@lru_cache(maxsize=4096)
def _split_points(word: str, kind_before: str | None, after: tuple[str, ...]) -> tuple[int, ...] | None:
    """Where to cut a glued word (lower case) into office words and one region name, or None.

    `kind_before`: the region kind of the word before it, when that is a
    prefix ('KABUPATEN PASURUANTAHUN'); `after`: the next words of the line,
    where a region's name may run on ('PROVINSIJAWA TIMUR'). None unless
    exactly one reading exists and it has two parts at least.
    """
    if word in OFFICE_WORDS or prefix_kind(word) is not None or _region_part(word, kind_before or "any", after):
        return None  # a whole word ('Kotabaru' is a kabupaten's name, 'Kotawaringin Barat' one too)
    readings = _readings(word, 0, kind_before, after, 0)
    if len(readings) != 1:
        return None
    cuts = readings[0]
    return cuts if cuts else None


def _readings(word: str, start: int, kind: str | None, after: tuple[str, ...], depth: int) -> list[tuple[int, ...]]:
    """All ways (at most two, cut positions) to read word[start:] as office words and a region name.

    `kind` is the region kind the part at `start` may name (it follows a prefix).
    """
    if start == len(word):
        return [()]
    if depth >= MAX_PARTS:
        return []
    found: list[tuple[int, ...]] = []
    if start > 0 and word[start:] == _NATIONAL_TAIL and word[:start].endswith(_NATIONAL_NAMES):
        return [()]  # 'kpu' + 'ri': the name's part ended at `start`
    for end in range(start + 3, len(word) + 1):
        part = word[start:end]
        here: list[tuple[int, ...]] = []
        if part in OFFICE_WORDS:
            here = _readings(word, end, _PREFIX_WORDS.get(part), after, depth + 1)
        if kind is not None and _region_part(part, kind, after if end == len(word) else ()):
            here = here + _readings(word, end, None, after, depth + 1)
        for rest in here:
            found.append(((end,) if end < len(word) else ()) + rest)
            if len(found) > 1:
                return found  # two readings: the caller reads none
    return found


@lru_cache(maxsize=4096)
def _region_part(part: str, kind: str | None, after: tuple[str, ...]) -> bool:
    """`part` (with the words after it, when it ends the glued word) spells a region of `kind` letter for letter."""
    if kind is None:
        return False
    return exact_region_words(kind, (part,) + after) is not None
