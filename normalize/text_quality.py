"""How much of a row's text is readable words: telling OCR debris from an indicator.

Raw Tesseract of a bad scan yields rows like 'Tem'njnmnfimherDml&mm&:nhmumm
hfimmm "BATKTM' beside a stray number. Such a row names nothing a user could
look up, yet a table reader sees text and a value. A word counts as readable
when the catalogue uses it or the report itself prints it again and again (OCR
errors are random, so a garbled word rarely repeats). A word the report does
not repeat still reads as one when it is shaped like one: letters only, one
case pattern, vowels in proportion, no long consonant runs; short reports and
other offices' indicators ('Angka Kematian Ibu') pass on that. A row the
catalogue could not match and that fails both tests is set aside for review,
not written as a measure.

Acronyms ('PMKS', 'KTP', 'LKjIP', 'SMPMTs') are neither: short reports of other
offices name their measures by them ('Jumlah PMKS yang tertangani') and never
repeat them, and capitals without vowels are not word-shaped. A row is still
readable when every other word reads and the acronyms are no more than those
words: OCR debris carries a capitalised scrap or two ('HPU', 'PPEPFS') but never
reads throughout around them, while leaving acronyms out of every row's count
let a debris row of corpus 001 through (targets precision 0.950 -> 0.942).
The word shape allows what Indonesian syllables make: a long consonant run
that is an 'ng' or 's' coda before a two-letter onset ('Renstra', 'instruksi',
'berkurangnya') and three vowels in four ('atau', 'usia', 'Riau').

Measured on a labelled set kept in scratch: 705 unmatched rows (corpus,
reprints, scan seeds, probe excerpts, the layouts set, 81 indicator names of
other offices from real reports and 8 in our own wording, each name read as a
one-row excerpt), 182 of them debris by reading. Before: 130 debris and 51
real rows set aside (25 of the 89 names); now 130 and 26 (set-aside precision
0.72 -> 0.83, debris recall 0.71 both; real rows kept 0.902 -> 0.950). The 26
are two rows of corpus 001 damaged past reading ('Hilm Keterbukcaan ...
mformas: publik'), in each reprint.

A readable unmatched name may still name no measure: the heads of a multi-year
table run into the row below ('... periode 2012 2013 2014 2015 ... RPJMD ASPEK
...'); `header_years` tells those, and they go to review as well.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterable
from functools import lru_cache

from normalize.catalogue import budget_codes, indicators

WORD_RE = re.compile(r"[a-z]{3,}")
REPEATS = 3  # a word the report prints this often is a real word of the report
MIN_KNOWN = 0.6  # an unmatched row is kept when this share of its words are known words...
MIN_WORDLIKE = 0.85  # ... or this share are known or shaped like words
TOKEN_RE = re.compile(r"[^\s/\-]+")
CONSONANT_RUN_RE = re.compile(r"[^aeiou]{4,}")
# the long consonant runs of real words: a syllable's 'ng' or 's' coda before a two-letter onset, as in
# 'Renstra', 'instruksi', 'transkripsi', 'pengklasifikasian' and every '-nya' after 'ng' ('berkurangnya')
SYLLABLE_JOIN_RE = re.compile(r"(?:ng|[nkbmr]s)(?:tr|kr|pr|kl|pl|ny|sy|gr)|ng[kgpts][rly]")
# capitals, perhaps with digits or a small letter or two inside or at the end: 'PMKS', 'P4GN', 'DP3AP2KB',
# 'LKjIP', 'SMPMTs' (not 'Ksh', 'FEswmmm', '1S5kali')
ACRONYM_RE = re.compile(r"(?=(?:\d*[A-Z]){2})[A-Z][A-Z0-9]{1,7}|[A-Z]{2,5}[a-z]{1,2}|[A-Z]{1,3}[a-z][A-Z]{1,3}")
# an acronym run into the capitalised word after it, as an export that drops '/' prints 'SD/MI/Paket' -> 'SDMIPaket'
GLUED_RE = re.compile(r"(.{2,8}?)([A-Z][a-z]{2,})")
YEAR_PRECHECK_RE = re.compile(r"(?:19|20)\d\d\D{1,4}(?:19|20)\d\d")  # cheap: two years close together
YEAR_RUN_RE = re.compile(r"\b(?:19|20)\d\d(?:[\s|/-]{1,4}(?:19|20)\d\d\b){2,}")


# A '1' or '0' between two letters ('Rea1isasi', 'pemi1ih', 'Pr0gram') is OCR's look-alike of 'l' or 'o': no
# number is printed inside a word. Read as a digit it cuts the word, so a header's column word went unseen and a
# name's words read as debris. With `closing`, also one closing a word after three small letters ('Waki1',
# 'jadwa1'), where a number after letters in capitals ('TW1', 'KRO1') or after a short stem stays. The
# replacement keeps the text's length, so positions in it hold.
DIGIT_IN_WORD_RE = re.compile(r"(?<=[A-Za-z])[10](?=[A-Za-z])")
DIGIT_CLOSING_WORD_RE = re.compile(r"(?<=[A-Za-z])[10](?=[A-Za-z])|(?<=[a-z]{3})[10](?!\w|[.,]\d)")


def letters_for_digits(text: str, closing: bool = False) -> str:
    """`text` with each look-alike digit inside (with `closing`, or closing) a word read as its letter
    ('rea1isasi' -> 'realisasi')."""
    if "1" not in text and "0" not in text:
        return text
    pattern = DIGIT_CLOSING_WORD_RE if closing else DIGIT_IN_WORD_RE
    return pattern.sub(lambda m: "l" if m.group() == "1" else "o", text)


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower())


@lru_cache(maxsize=1)
def catalogue_words() -> frozenset[str]:
    """Every word of the catalogue's indicator names, aliases, sasaran and budget names."""
    found: set[str] = set()
    for row in indicators():
        for field in ("name", "sasaran", "aliases"):
            value = row.get(field) or ""
            found.update(words(" ".join(value) if isinstance(value, list) else value))
    for entry in budget_codes().values():
        found.update(words(str(entry.get("name") or "")))
    return frozenset(found)


# Every byte but a-z to a space: in UTF-8 the bytes of other characters are never a-z,
# so the runs left are exactly the runs WORD_RE sees.
_ONLY_AZ = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def report_words(lines: Iterable[str], lower: str | None = None) -> frozenset[str]:
    """Words a report prints at least `REPEATS` times, plus the catalogue's.

    Counts what `words` finds (runs of 3+ letters a-z, lower-cased) in one pass
    over the whole text, as bytes: faster than building a string per match.
    `lower` is the lines joined by newlines and lower-cased, when made already.
    """
    counts = report_word_counts(lines, lower)
    return frozenset(w.decode() for w, n in counts.items() if n >= REPEATS and len(w) >= 3) | catalogue_words()


def report_word_counts(lines: Iterable[str], lower: str | None = None) -> Counter:
    """How often the report prints each run of letters a-z (lower-cased, as ASCII bytes), in one pass.

    Every byte but a-z made a space: the runs left are exactly the runs `words` sees.
    """
    if lower is None:
        lower = "\n".join(lines).lower()
    return Counter(lower.encode("utf-8", "surrogatepass").translate(_ONLY_AZ).split())


class ReportWords:
    """`report_words(lines)`, counted on the first look-up.

    Only a row the catalogue cannot match is checked against the report's
    words, and in most reports every row matches: then the text is never counted.
    """

    def __init__(self, lines: Iterable[str], lower: Callable[[], str] | None = None) -> None:
        self._lines = lines
        self._lower = lower  # gives the joined, lower-cased text when another stage made it already
        self._counts: Counter | None = None

    def __contains__(self, word: object) -> bool:
        # `word in report_words(...)`, asked of the counts: the set of every frequent word (decoded one by one
        # and joined to the catalogue's) is not built for the few hundred words a report's rows ask about
        if word in catalogue_words():
            return True
        if not isinstance(word, str) or len(word) < 3 or not word.isascii():
            return False  # (the counted words are runs of 3+ letters a-z)
        if self._counts is None:
            self._counts = report_word_counts(self._lines, self._lower() if self._lower else None)
        return self._counts.get(word.encode(), 0) >= REPEATS


def readable_share(text: str, vocabulary: Container[str]) -> float:
    """Share of the text's words (3+ letters) found in the vocabulary; 1.0 for no words."""
    found = words(text)
    return sum(w in vocabulary for w in found) / len(found) if found else 1.0


def looks_like_word(token: str) -> bool:
    """Letters only, in one case pattern, with vowels in proportion and consonant runs a syllable join
    explains ('kelahiran', 'Renstra', 'berkurangnya'; not 'Tzwujuflnp')."""
    word = token.strip(".,;:()'\"\u2019")
    if "'" in word or "\u2019" in word:  # an apostrophe inside a word ("Qur'an") joins its letters
        word = word.replace("'", "").replace("\u2019", "")
    if not word.isalpha() or not word.isascii():
        return False
    if not (word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())):
        return False
    lower = word.lower()
    if CONSONANT_RUN_RE.search(lower) and any(not SYLLABLE_JOIN_RE.fullmatch(run)
                                              for run in CONSONANT_RUN_RE.findall(lower)):
        return False
    vowels = sum(c in "aeiou" for c in lower) / len(lower)
    return 0.25 <= vowels <= 0.75  # three vowels in four: 'atau', 'usia', 'Riau'


def header_years(text: str) -> str | None:
    """Why a row's name is a table's header line, or None: it holds three years in a run ('Tahun 2016 2017
    2018'), the column heads of a multi-year table that a reader took for a row's name. Such a line reads
    as words ('SKPD Tahun akhir periode 2012 2013 2014 ... RPJMD ASPEK ...') but names no measure."""
    if not YEAR_PRECHECK_RE.search(text):
        return None
    found = YEAR_RUN_RE.search(text)
    return f"it holds the years {found.group(0)!r} in a run, as a table's header does" if found else None


def is_acronym(token: str) -> bool:
    """Capitals with at most two small letters ('PMKS', 'LKjIP', 'SMPMTs'): how offices abbreviate what they
    measure, short reports most of all. Not a word shape: capitals without vowels ('PDRB') fail `looks_like_word`."""
    return ACRONYM_RE.fullmatch(token.strip(".,;:()'\"\u2019")) is not None


def is_glued_acronym(token: str) -> bool:
    """An acronym glued to a capitalised word ('SDMIPaket', 'SMPMTsPaket'): a text export that drops the '/'
    of 'SD/MI/Paket A' runs them together. Both halves read, so it is an acronym followed by a word, not a
    scrap of debris ('TInformasi' has one capital before the word, 'FEswmmm' no word after it)."""
    found = GLUED_RE.fullmatch(token.strip(".,;:()'\"\u2019"))
    return found is not None and is_acronym(found.group(1)) and looks_like_word(found.group(2))


def unreadable(text: str, vocabulary: Container[str]) -> str | None:
    """Why a row's text is OCR debris, or None when it reads as words.

    Words shaped like words count as readable whether or not the vocabulary
    knows them, so when enough of them are, the vocabulary (the report's
    word counts, made on first use) is not asked at all. Acronyms the report
    does not repeat are left out of the count when every other word reads
    (see the module's docstring).
    """
    found = []  # (token, its letters) of the tokens with 3+ letters
    for token in TOKEN_RE.findall(letters_for_digits(text, closing=True)):  # ('pemi1ih' is 'pemilih' misread)
        letters = re.sub(r"[^A-Za-z]", "", token).lower()
        if len(letters) >= 3:
            found.append((token, letters))
    total = len(found)
    if not total:
        return None
    shaped = [looks_like_word(token) for token, _ in found]
    if sum(shaped) / total >= MIN_WORDLIKE:
        return None  # the words known or shaped like words can only be more
    known = wordlike = 0
    for (token, letters), shape in zip(found, shaped):
        if letters in vocabulary:
            known += 1
            wordlike += 1
        elif shape:
            wordlike += 1
    if known / total >= MIN_KNOWN or wordlike / total >= MIN_WORDLIKE:
        return None
    if 2 * wordlike >= total and all(letters in vocabulary or shape or is_acronym(token) or is_glued_acronym(token)
                                     for (token, letters), shape in zip(found, shaped)):
        # every word reads but for acronyms the report does not repeat, and these are no more than
        # the words ('Jumlah PMKS yang tertangani', 'Nilai LKjIP', 'APM SDMIPaket A'; not a run of capitals)
        return None
    return (f"{known}/{total} of its words are words of the report or the catalogue and "
            f"{wordlike}/{total} are shaped like words")
