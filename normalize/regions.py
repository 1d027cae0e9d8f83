"""Indonesia's regions: the catalogue and a tolerant matcher for region names.

The catalogue is `data/regions.csv` (38 provinces, 514 kabupaten/kota with
their Kemendagri codes) plus `data/region_aliases.csv`, a short list of real
older names and common official short forms that no spelling tolerance could
reach ("Kabupaten Toba Samosir" for today's Kabupaten Toba, "DKI Jakarta").

`match_region` takes a name as a report prints it, OCR damage included
("Kabupalen Pasuruan", "KAB. PASURUAN", "Propinsi Jawa Timur",
"KALIMANTANTENGAH") and returns the catalogue `Region`, or None when no entry
is close enough or two entries are equally close: a wrong region is worse
than none. The prefix decides between a kota and a kabupaten of the same name
(Kota Blitar 35.72 vs Kabupaten Blitar 35.05).

Names are compared in a compact form: lower case, Latin letters only, no
spaces or hyphens, so "Palangka Raya" / "Palangkaraya", "Bau-Bau" / "Bau Bau"
and "Fakfak" / "Fak Fak" meet without aliases.

The aliases also hold the short forms offices print in their own names
("KPU Kabupaten OKU Timur", "KPU Prov. Kaltim", "Kabupaten Madina"). Short
forms are dense (one letter separates "Pangkep" from "Bangkep"), so they match
only exactly and only after their prefix. A fuzzy match must rest on the part
of a name that tells regions apart: "OKU Selatan" is not "Solok Selatan"
because both end in "Selatan", and a name one letter from two regions
("Bamdung": Bandung or Badung) is left unread.
"""
from __future__ import annotations

import csv
import re
from itertools import combinations
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
REGIONS_CSV = DATA_DIR / "regions.csv"
ALIASES_CSV = DATA_DIR / "region_aliases.csv"

# Provinces formed in 2022 and the province each was split from (UU 14, 15,
# 16 and 29 of 2022). Reports for 2022 and before print the parent's name.
FORMER_PARENT_PROVINCE = {"93": "91", "94": "91", "95": "91", "96": "92"}


@dataclass(frozen=True, slots=True)
class Region:
    """One catalogue entry. For a province, `province` is its own name."""

    code: str  # '35' province, '35.74' kabupaten/kota
    name: str  # catalogue name: 'Kota Probolinggo', 'Jawa Timur'
    level: str  # 'provinsi' or 'kabupaten_kota'
    province: str
    province_code: str

    @property
    def display_name(self) -> str:
        """The region as an office's name prints it: 'Provinsi Jawa Timur', 'Kota Blitar'."""
        return f"Provinsi {self.name}" if self.level == "provinsi" else self.name


# ---------------------------------------------------------------- text clean-up

# Cyrillic and Greek letters that OCR and copy-paste put in for Latin ones.
CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "У": "Y",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "ο": "o", "α": "a", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u",
})
# Digits inside a word are OCR'd letters ('Pr0bolinggo', 'B1itar', 'Ka5', 'SELAT4N' with the A's open top lost).
_DIGIT_IN_WORD = str.maketrans({"0": "o", "1": "l", "5": "s", "|": "l", "8": "b", "6": "g",  # '8anyuwangi', 'Ma6etan'
                                "4": "a"})
_WORD_RE = re.compile(r"[a-z0-9|]+")


def fold(text: str) -> str:
    """Latin-only lower case: look-alikes mapped, accents dropped."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(CONFUSABLES)
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.lower()


def _words(text: str) -> list[str]:
    out = []
    for w in _WORD_RE.findall(fold(text)):
        if not w.isalpha():
            if not any(c.isalpha() for c in w):
                continue  # a number or a bare bar: not part of a name
            w = w.translate(_DIGIT_IN_WORD)
        out.append(w)
    return out


_KAB_EXACT = {"kabupaten", "kab", "kabupaten.", "regency"}
_KOTA_EXACT = {"kota", "kotamadya", "kodya", "city"}
_PROV_EXACT = {"provinsi", "propinsi", "prov", "prop", "province"}
_KOTA_OCR = re.compile(r"k[o0c][tlf][a4]$")  # 'K0TA', 'Kola', 'Kcta' (an o read as c), 'KOT4'


@lru_cache(maxsize=4096)
def prefix_kind(word: str) -> str | None:
    """'kabupaten', 'kota' or 'provinsi' for a (possibly OCR-damaged) prefix word."""
    w = word.lower().rstrip(".")
    if w in _KAB_EXACT:
        return "kabupaten"
    if w in _KOTA_EXACT or _KOTA_OCR.match(w):
        return "kota"
    if w in _PROV_EXACT:
        return "provinsi"
    if 7 <= len(w) <= 11 and w[0] == "k" and fuzz.ratio(w, "kabupaten") >= 75:
        return "kabupaten"
    if 6 <= len(w) <= 10 and w[0] == "p" and max(fuzz.ratio(w, "provinsi"), fuzz.ratio(w, "propinsi")) >= 75:
        return "provinsi"
    return None


def _body_key(words: list[str] | tuple[str, ...]) -> str:
    """Compact form of a name's body (after the prefix)."""
    out = []
    for w in words:
        if w == "administrasi" or (w[:1] == "a" and len(w) == 12 and fuzz.ratio(w, "administrasi") >= 80):
            continue  # 'Kota Administrasi Jakarta Pusat' is printed as 'Kota Jakarta Pusat' too (or 'Adminlstrasi')
        out.append("kepulauan" if w in ("kep", "kepl") else w)
    return "".join(out)


def split_name(text: str) -> tuple[str | None, list[str]]:
    """(prefix kind or None, body words) of a printed region name."""
    words = _words(text)
    if not words:
        return None, []
    kind = prefix_kind(words[0])
    if kind is None:
        return None, words
    rest = words[1:]
    if rest and not _body_key(rest[:1]):  # 'Administrasi', as `_body_key` reads it
        rest = rest[1:]
    return kind, rest


# ---------------------------------------------------------------- catalogue

@dataclass(frozen=True, slots=True)
class _Choices:
    keys: list[str]  # compact bodies
    codes: list[str]  # parallel catalogue codes
    exact: dict[str, tuple[str, ...]]  # compact body -> codes (several for 'malang' among all)
    short: frozenset[tuple[str, str]] = frozenset()  # (compact body, code) of the short forms


@cache
def load_regions() -> dict[str, Region]:
    """All catalogue entries by code."""
    rows: dict[str, Region] = {}
    with REGIONS_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = row["code"].strip()
            name = " ".join(row["name"].split())
            level = row["level"].strip()
            if level == "provinsi":
                rows[code] = Region(code, name, level, name, code)
            else:
                rows[code] = Region(code, name, level, row["province"].strip(), row["province_code"].strip())
    return rows


def region_by_code(code: str) -> Region | None:
    return load_regions().get(code)


def _kind_of(region: Region) -> str:
    if region.level == "provinsi":
        return "provinsi"
    return "kota" if region.name.lower().startswith("kota") else "kabupaten"


# An alias this short (compact letters) is a short form ('Pangkep', 'Kukar', 'NTB'): short forms are dense,
# so one letter off is another office's short form ('Bangkep' is Banggai Kepulauan, not Pangkep), and they
# match only as printed.
MAX_SHORT_FORM = 9


@cache
def _catalogue() -> dict[str, _Choices]:
    """Choice lists per prefix kind, plus 'any' for names printed without a prefix.

    The fuzzy lists leave out short-form aliases (`MAX_SHORT_FORM`); the exact table has every name.
    """
    entries: dict[str, list[tuple[str, str]]] = {"kabupaten": [], "kota": [], "provinsi": [], "any": []}
    short_forms: set[tuple[str, str]] = set()  # short aliases: matched exactly, never fuzzily
    regions = load_regions()
    for region in regions.values():
        kind = _kind_of(region)
        body = split_name(region.name)[1] if kind != "provinsi" else _words(region.name)
        key = _body_key(body)
        entries[kind].append((key, region.code))
        entries["any"].append((key, region.code))
    if ALIASES_CSV.exists():
        with ALIASES_CSV.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                code = row["code"].strip()
                aliased = regions.get(code)
                if aliased is None:
                    raise ValueError(f"{ALIASES_CSV.name}: unknown code {code!r} for alias {row['alias']!r}")
                alias_kind, body = split_name(row["alias"])
                key = _body_key(body)
                entries[alias_kind or _kind_of(aliased)].append((key, code))
                if len(key) <= MAX_SHORT_FORM:
                    short_forms.add((key, code))
                    if alias_kind is not None:
                        continue  # 'Kukar', 'Palas', 'Jatim' name a region only after 'Kabupaten' / 'Provinsi'
                entries["any"].append((key, code))
    out = {}
    for kind, pairs in entries.items():
        exact: dict[str, tuple[str, ...]] = {}
        for key, code in pairs:
            if code not in exact.get(key, ()):
                exact[key] = exact.get(key, ()) + (code,)
        fuzzy = [(k, c) for k, c in pairs if (k, c) not in short_forms]
        out[kind] = _Choices([k for k, _ in fuzzy], [c for _, c in fuzzy], exact, frozenset(short_forms))
    return out


def _cutoff(length: int) -> float:
    """Least fuzz.ratio a name of this compact length must reach."""
    if length <= 4:
        return 100.0  # 'Batu', 'Bima', 'Pati': one wrong letter is another name
    if length <= 6:
        return 83.0  # one wrong letter in six
    if length <= 9:
        return 85.0  # 'Pasurusn' ~ 'Pasuruan' 87.5, but not 'Pasumian' ~ 'Pasaman' 80
    return 80.0  # two wrong letters in ten


def _resolve(kind: str, codes: set[str]) -> str | None:
    """One code from equally good codes, or None when it stays ambiguous."""
    if len(codes) == 1:
        return next(iter(codes))
    if kind == "any":
        # A bare name shared by a province and a kabupaten/kota ('Gorontalo',
        # 'Bengkulu') is read as the province, as reports write 'se-Jawa Timur'.
        provinces = [c for c in codes if "." not in c]
        if len(provinces) == 1:
            return provinces[0]
    return None  # Kota Malang or Kabupaten Malang? don't guess


@lru_cache(maxsize=65536)
def _match_key(kind: str, key: str) -> tuple[str, float] | None:
    """(code, score) of the catalogue body closest to `key`, or None.

    A key that matches nothing is tried again as OCR misreads capitals: 'rn'
    read for 'm' ('Sarnpang' for Sampang) and 'l' (or a '1', folded to 'l')
    for 'I' ('KEDlRl', 'KED1R1' for Kediri), the fewest letters changed first;
    a name that holds 'rn' or 'l' itself ('Ternate', 'Malang') matches as
    printed first. Readings that reach different regions give none.
    """
    hit = _match_key_as_printed(kind, key)
    if hit is _AMBIGUOUS:
        return None  # close to two regions as printed: another reading would only pick one of them
    if hit is not None or not ("rn" in key or "l" in key):
        return hit
    for readings in _second_readings(key):
        hits = {h for h in (_match_key_as_printed(kind, k) for k in readings)
                if h is not None and h is not _AMBIGUOUS and h[1] >= MIN_SECOND_READING_SCORE}
        if hits:
            codes = {code for code, _ in hits}
            return max(hits, key=lambda h: h[1]) if len(codes) == 1 else None
    return None


MAX_L_READ_AS_I = 3  # 'l's of a key tried as 'I' (2^3 readings at most)
# A second reading is one correction already: it must then fit a name (nearly) as is, not after another
# ('Solak' read 'Soiak' is not 'Siak').
MIN_SECOND_READING_SCORE = 90.0


def _second_readings(key: str) -> list[list[str]]:
    """Other readings of a key, grouped by how many misreads they undo (fewest first): 'rn' as 'm', 'l' as 'i'."""
    by_changes: dict[int, list[str]] = {}
    bases = [(key, 0)] + ([(key.replace("rn", "m"), 1)] if "rn" in key else [])
    for base, changed in bases:
        if changed:
            by_changes.setdefault(changed, []).append(base)
        spots = [i for i, c in enumerate(base) if c == "l"]
        if len(spots) > MAX_L_READ_AS_I:
            continue
        for size in range(1, len(spots) + 1):
            for chosen in combinations(spots, size):
                letters = list(base)
                for i in chosen:
                    letters[i] = "i"
                by_changes.setdefault(changed + size, []).append("".join(letters))
    return [by_changes[n] for n in sorted(by_changes)]


_AMBIGUOUS = ("", 0.0)  # `_match_key_as_printed`: the key is close to two regions (not to none)
MIN_FUZZY_SCORE = 78.0  # least fuzz.ratio of a fuzzy match (`_cutoff` asks more of most lengths)


@cache
def _reachable_choices(kind: str, length: int) -> tuple[list[str], list[int]]:
    """The fuzzy choices of `kind` a key of `length` may reach MIN_FUZZY_SCORE with, and their places in the list.

    Most keys tried are words of running text after a prefix ('Kota adalah penyelenggara'), too long for
    most names: fuzz.ratio is at most 200 * shorter / (both lengths), so a name much shorter or longer
    cannot reach the cut-off, and the scorer need not be run on it. (Kept in the list's order: the
    best six, ties by place, are the same.)
    """
    choices = _catalogue()[kind]
    reach = MIN_FUZZY_SCORE - 1  # (one under: rounding never drops a name that reaches it)
    places = [i for i, k in enumerate(choices.keys) if 200 * min(length, len(k)) >= reach * (length + len(k))]
    return [choices.keys[i] for i in places], places


def _match_key_as_printed(kind: str, key: str) -> tuple[str, float] | None:
    """`_match_key` without the second readings; `_AMBIGUOUS` when two regions fit equally well."""
    if not key:
        return None
    choices = _catalogue()[kind]
    hit = choices.exact.get(key)
    if hit:
        code = _resolve(kind, set(hit))
        return (code, 100.0) if code else _AMBIGUOUS
    if len(key) <= 4:
        return None
    keys, places = _reachable_choices(kind, len(key))
    found = process.extract(key, keys, scorer=fuzz.ratio, processor=None, limit=6, score_cutoff=MIN_FUZZY_SCORE)
    good = [(s, places[i]) for _, s, i in found
            if s >= _cutoff(max(len(key), len(keys[i]))) and _stems_agree(key, keys[i])]
    if not good:
        return None
    best = max(s for s, _ in good)
    top = {choices.codes[i] for s, i in good if s >= best - 0.001}
    code = _resolve(kind, top)
    if code is None:
        return _AMBIGUOUS
    rivals = [s for s, i in good if choices.codes[i] != code]
    if rivals and best - max(rivals) < 5.0:
        return _AMBIGUOUS  # two different regions nearly as close
    if rivals:
        # fuzz.ratio counts a wrong letter as two edits and a missing one as one, so 'Bamdung' is nearer
        # 'Badung' than 'Bandung'; a rival as few letter edits away makes the reading a guess.
        edits = min(Levenshtein.distance(key, choices.keys[i]) for s, i in good if choices.codes[i] == code)
        if any(Levenshtein.distance(key, choices.keys[i]) <= edits for s, i in good if choices.codes[i] != code):
            return _AMBIGUOUS
    return code, best


# Words that end (or open) many region names: 'Solok Selatan', 'OKU Selatan', 'Kepulauan Selayar'.
_SHARED_TAILS = ("selatan", "utara", "barat", "timur", "tenggara", "tengah", "daya", "raya", "jaya",
                 "kepulauan", "hulu", "hilir", "ilir", "ulu", "laut")
_SHARED_HEADS = ("kepulauan", "pulau")
MIN_STEM_RATIO = 75.0  # an OCR slip in the stem ('Aceb Barat') still matches; another name ('Oku' / 'Solok') does not


def _stems_agree(key: str, candidate: str) -> bool:
    """False when a fuzzy match rests on a word both names share rather than on the name itself.

    'okuselatan' scores 82 against 'solokselatan' because of 'selatan'; what tells
    regions apart is the rest ('oku' / 'solok'), so that rest must be close too.
    """
    for tail in _SHARED_TAILS:
        if key.endswith(tail) and candidate.endswith(tail) and len(key) > len(tail) and len(candidate) > len(tail):
            return fuzz.ratio(key[:-len(tail)], candidate[:-len(tail)]) >= MIN_STEM_RATIO
    for head in _SHARED_HEADS:
        if key.startswith(head) and candidate.startswith(head) and len(key) > len(head) and len(candidate) > len(head):
            return fuzz.ratio(key[len(head):], candidate[len(head):]) >= MIN_STEM_RATIO
    return True


def match_region(text: str) -> Region | None:
    """The catalogue region a printed name denotes, or None.

    'KOTA PROBOLINGGO' -> Kota Probolinggo (35.74); 'Kabupalen Pasuruan' ->
    Kabupaten Pasuruan (35.14); 'Propinsi Jawa Timur' -> Jawa Timur (35).
    A name without prefix matches a province, or a kabupaten/kota whose name
    is unique ('Palangkaraya'); 'Malang' alone is ambiguous and gives None.
    """
    kind, body = split_name(text)
    hit = _match_key(kind or "any", _body_key(body))
    return load_regions()[hit[0]] if hit else None


_STOP_FIRST = frozenset(
    "dan atau yang di ke dari se serta untuk pada dalam tersebut ini itu setempat masing "
    "lain lainnya terkait sebagai oleh dengan".split()
)


@lru_cache(maxsize=65536)
def match_region_words(kind: str | None, words: tuple[str, ...]) -> tuple[Region, int, float] | None:
    """Best region named by a leading run of `words` (already folded).

    Used when scanning running text, where the name is followed by more words
    ('Kota Probolinggo Tahun 2022'): returns (region, words used, score). An
    exact catalogue name wins, the longest one when several fit
    ('Ogan Komering Ulu Timur' over 'Ogan Komering Ulu'); otherwise the best
    fuzzy score, ties to the longer run.
    """
    if not words:
        return None
    kind = kind or "any"
    choices = _catalogue()[kind]
    n_max = min(len(words), 4)
    keys = [_body_key(words[:n]) for n in range(1, n_max + 1)]
    if words[0] in _STOP_FIRST and not any(key in choices.exact for key in keys[1:]):
        return None  # 'Kabupaten dan Kota', not a name that opens with 'di' ('Provinsi DI Yogyakarta')
    for n in range(n_max, 0, -1):
        if keys[n - 1] in choices.exact:
            hit = _match_key(kind, keys[n - 1])
            if hit and n < len(words) and words[n] not in _STOP_FIRST \
                    and (longer := _longer_name_slipped(kind, keys, n)) is not None:
                return longer
            return (load_regions()[hit[0]], n, hit[1]) if hit else None
    best: tuple[Region, int, float] | None = None
    for n in range(1, n_max + 1):
        hit = _match_key(kind, keys[n - 1])
        if hit and (best is None or hit[1] >= best[2]):
            best = (load_regions()[hit[0]], n, hit[1])
    return best


def _longer_name_slipped(kind: str, keys: list[str], n: int) -> tuple[Region, int, float] | None:
    """The longer region whose name the words after an exact `n`-word name finish with an OCR slip, or None.

    'Kota Padang Fanjang' holds 'Padang' letter for letter, but the word after
    it is Panjang misread: the office is Kota Padang Panjang, and reading the
    exact short name would give another region. A longer run counts only when
    it fuzzy-matches (`_match_key`, its cut-offs and ambiguity checks) a region
    whose name opens with the short name's words; 'Kota Padang Tahun 2022'
    matches none.
    """
    if keys[n - 1] not in _opening_keys(kind):
        return None  # cheap precheck: no name of the kind opens with the short name and goes on
    keys_of = _keys_by_code(kind)
    short = keys[n - 1]
    for m in range(len(keys), n, -1):
        hit = _match_key(kind, keys[m - 1])
        if hit is not None and any(key.startswith(short) and key != short
                                   and _tail_misread(keys[m - 1][len(short):], key[len(short):])
                                   for key in keys_of[hit[0]]):
            return load_regions()[hit[0]], m, hit[1]
    return None


def _tail_misread(read: str, name: str) -> bool:
    """Whether the words read after a short name are the rest of a longer name misread ('fanjang' for 'panjang').

    The whole run's fuzzy score is carried by the short name's letters: 'Bangka Tahun' scores near 'Bangkalan',
    yet 'tahun' is no misreading of 'lan', so Kabupaten Bangka stays Bangka. One slipped letter per four
    (at least one): 'telah' is two edits from 'tengah', a word of its own, not Bangka Tengah misread.
    """
    return Levenshtein.distance(read, name) <= max(1, len(name) // 4)


@cache
def _opening_keys(kind: str) -> frozenset[str]:
    """Every compact body that a longer body of the kind's catalogue opens with ('padang' of 'padangpanjang'):
    only after one of these can a longer name have slipped (`_longer_name_slipped`)."""
    return frozenset(key[:end] for key in _catalogue()[kind].keys for end in range(len(key)))


@cache
def _keys_by_code(kind: str) -> dict[str, tuple[str, ...]]:
    """The compact bodies (names and aliases) of each code in a kind's catalogue."""
    out: dict[str, list[str]] = {}
    choices = _catalogue()[kind]
    for key, code in zip(choices.keys, choices.codes):
        out.setdefault(code, []).append(key)
    return {code: tuple(keys) for code, keys in out.items()}


def exact_region_words(kind: str, words: tuple[str, ...]) -> Region | None:
    """The region a leading run of `words` (folded) spells letter for letter, the longest run first, or None.

    No fuzzy match and no second reading: for reading words OCR glued together
    ('KABUPATENPASURUAN'), where any looser match would be a guess.
    """
    exact = _catalogue()[kind].exact
    for n in range(min(len(words), 4), 0, -1):
        codes = exact.get(_body_key(words[:n]))
        if codes:
            code = _resolve(kind, set(codes))
            return load_regions()[code] if code else None
    return None


def spells_name_of(region: Region, words: tuple[str, ...]) -> bool:
    """`words` (folded, after the prefix) are the region's catalogue name or a full alias of it, letter for letter.

    Spacing, hyphens, 'Administrasi' and 'Kep.' aside: 'Bau-Bau' and 'Baubau' spell Kota Bau Bau,
    'Jakarta Timur' spells Kota Administrasi Jakarta Timur, 'Toba Samosir' the old name of Kabupaten
    Toba; an OCR slip or a short form ('Kukar') does not.
    """
    key = _body_key(words)
    choices = _catalogue()[_kind_of(region)]
    return region.code in choices.exact.get(key, ()) and (key, region.code) not in choices.short


def is_catalogue_spelling(region: Region, words: tuple[str, ...]) -> bool:
    """`words` (folded, after the prefix) are the catalogue's own name, spaces and case aside."""
    own = _words(region.name) if region.level == "provinsi" else _words(region.name)[1:]  # ('Administrasi' kept)
    return "".join(words) == "".join(own)


def words_of(text: str) -> tuple[str, ...]:
    """Folded words of `text`, as `match_region_words` wants them."""
    return tuple(_words(text))
