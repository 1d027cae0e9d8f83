"""Indicator results stated in prose, and the paragraphs prose is read in.

Reports state an indicator's result in a sentence ('indikator X ... target
90,89, terealisasi 92,22, capaian 101,46'), read as a realisation record
after the tables' own. (The year's budget stated in prose is
`extract.budget_sentences`', read in the same paragraphs.) A numbered table
row that states its result in words across its cells is read as such a
sentence too (`row_sentence_measures`).

A printed page (a PDF, OCR, `pdftotext`) wraps a sentence over several
lines, so sentences are read in paragraphs: runs of prose lines joined with
spaces. Each value still names the line it stands on. A run is measured in
text, not only in lines: a narrow column's runs take as many lines as hold a
wide page's run of text, and end where a sentence does (`narrow_runs`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate

from rapidfuzz import fuzz

from extract.doc_text import DocText
from extract.model import Line
from extract.records import MeasureRow, Source
from extract.tables import INDICATOR_START_RE
from normalize.numbers import PROSE_UNIT_ALTERNATION, UNIT_ALTERNATION, fold_text, parse_measure
from normalize.repair import states_capaian
from normalize.values import Reading


TABLE_LINE_RE = re.compile(r"[\t|]|\S {3,}\S")  # tab or '|' cells, or columns aligned by spaces
SPACE_RUN_RE = re.compile(r" {3,}\S")  # opens with a literal, so the scan skips ahead fast
MAX_PARAGRAPH_LINES = 8
# text one run holds at the least: what 8 lines of most reports' prose hold; a narrow column (a two-column page,
# a table cell, OCR of a narrow column) prints a sentence over many more lines (`narrow_runs`)
WINDOW_CHARS = 480


PROSE_LINE_WORDS = 40  # a line this long with one '|' is a paragraph a page's running title was joined into


def footer_in_prose(text: str) -> bool:
    """A long paragraph with one '|' in it: a transcript ran the page's running title or footer ('LKjIP
    Kabupaten X | Tahun 2016 50') into the prose; a table row holds more cells or far fewer words."""
    return text.count("|") == 1 and len(text.split()) >= PROSE_LINE_WORDS


def is_table_line(text: str) -> bool:
    """Whether TABLE_LINE_RE finds a table line's mark, at the cost of a substring test for most lines.

    A run of 3+ spaces counts when words stand on both sides of it: the
    scan finds each run that ends before a word at the run's first space,
    so the character before it tells.
    """
    if "\t" in text or "|" in text and not footer_in_prose(text):
        return True
    if "   " not in text:
        return False
    return any(m.start() and not text[m.start() - 1].isspace() for m in SPACE_RUN_RE.finditer(text))


@dataclass(slots=True)
class Paragraph:
    """Prose lines joined with spaces, and where each line starts in the joined text."""

    text: str
    starts: list[tuple[int, Line]]

    def line_at(self, offset: int) -> Line:
        return next(line for start, line in reversed(self.starts) if start <= offset)


def is_break(text: str) -> bool:
    """A blank line or a table line: it ends a paragraph and belongs to none."""
    return not text.strip() or is_table_line(text)


SENTENCE_CLOSE = ".:;!?"


def bridged(texts: list[str], i: int) -> bool:
    """Whether blank line i sits inside a wrapped sentence, and so ends no paragraph.

    Text taken from some PDFs puts a blank line after every printed line; a
    sentence then runs on over it: the line before is prose that ends no
    sentence, and the line after is prose opening in lower case ('... Pemilu/Pemilihan',
    '', 'sesuai dengan jadwal ... dengan target 100% ...').
    """
    if i == 0 or i + 1 >= len(texts) or texts[i].strip():
        return False
    before, after = texts[i - 1].rstrip(), texts[i + 1].lstrip()
    if not before or not after or not after[0].islower() or before[-1] in SENTENCE_CLOSE:
        return False
    return not is_table_line(before) and not is_table_line(after)


def is_break_at(texts: list[str], i: int) -> bool:
    """`is_break` for line i, less the blank lines a wrapped sentence runs on over."""
    return is_break(texts[i]) and not bridged(texts, i)


def is_narrow(texts: list[str]) -> bool:
    """Whether `MAX_PARAGRAPH_LINES` lines of this stretch of prose hold less than `WINDOW_CHARS` of text: a
    column wrapped narrow, whose sentences a count of lines would cut."""
    lengths = [len(text.strip()) for text in texts if text.strip()]
    return bool(lengths) and sum(lengths) / len(lengths) * MAX_PARAGRAPH_LINES < WINDOW_CHARS


def narrow_starts(texts: list[str]) -> list[bool]:
    """`is_narrow(texts[i:i + MAX_PARAGRAPH_LINES])` for every line i, from running sums of the lines' lengths
    and of their count of non-blank lines (one pass over the text, not eight lines stripped at each line)."""
    lengths = [len(text.strip()) for text in texts]
    size = [0, *accumulate(lengths)]
    lines = [0, *accumulate(map(bool, lengths))]
    size += [size[-1]] * MAX_PARAGRAPH_LINES  # (a window at the end is cut short, as the slice is)
    lines += [lines[-1]] * MAX_PARAGRAPH_LINES
    # line i's window: size[i + 8] - size[i] characters on lines[i + 8] - lines[i] non-blank lines
    return [n_end > n_start and (s_end - s_start) / (n_end - n_start) * MAX_PARAGRAPH_LINES < WINDOW_CHARS
            for s_start, s_end, n_start, n_end in zip(size[:len(texts)], size[MAX_PARAGRAPH_LINES:],
                                                      lines, lines[MAX_PARAGRAPH_LINES:])]


SENTENCE_END_LINE_RE = re.compile(r"(?<!\bRp)(?<!\bNo)[.!?]['\")]?\s*$")  # 'sebesar Rp.' runs on to its amount
SENTENCE_END_CHARS = ".!?'\")"  # what a line ending a sentence ends on
LIST_ITEM_LINE_RE = re.compile(r"\s*(?:\d{1,2}|[a-zA-Z])[.)]\s+[A-Z]")  # '2. Status ...', 'b) Capaian ...'


def ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence (`SENTENCE_END_LINE_RE`)."""
    # (the match ends the line: its last printed character is the stop or a quote or bracket after it)
    return text.rstrip()[-1:] in SENTENCE_END_CHARS and SENTENCE_END_LINE_RE.search(text) is not None


def run_ends_after(texts: list[str], i: int) -> bool:
    """Whether a run of a narrow stretch may end after line i: the line ends a sentence, or the next opens a
    list item."""
    return ends_sentence(texts[i]) or i + 1 < len(texts) and bool(
        LIST_ITEM_LINE_RE.match(texts[i + 1]))


TITLE_SHARE = 0.6  # a line ending no sentence that is shorter than this share of the next is no wrapped prose's line


def is_title_line(before: str, after: str) -> bool:
    """Whether a line is a title, not the first part of a sentence wrapped onto the next line `after`.

    A page's running title ('LKjIP Kabupaten X Tahun 2020') or a heading has
    no full stop and is joined into the paragraph below it. Wrapped prose runs
    each line near to the margin: a line that ends no sentence (nor a clause,
    on a comma) and is far shorter than the next, which opens on a capital,
    is a title of its own.
    """
    before, after = before.strip(), after.strip()
    return bool(before) and after[:1].isupper() and before[-1] not in SENTENCE_CLOSE + "," \
        and len(before) < TITLE_SHARE * len(after)


def narrow_runs(texts: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """A narrow stretch cut into runs of at least `WINDOW_CHARS` of text, each ending where a sentence or a list
    item does (`run_ends_after`; at the most three times that much text): a sentence wrapped over many short
    lines stays whole, and two neighbouring sentences are no more one run's than two lines of wide prose are."""
    runs: list[tuple[int, int]] = []
    first, size = start, 0
    for i in range(start, end):
        size += len(texts[i].strip()) + 1
        if size >= 3 * WINDOW_CHARS or size >= WINDOW_CHARS and run_ends_after(texts, i):
            runs.append((first, i + 1))
            first, size = i + 1, 0
    if first < end:
        runs.append((first, end))
    return runs


def wide_runs(texts: list[str], start: int, end: int, titles: bool = False) -> list[tuple[int, int]]:
    """A stretch of wide prose cut into runs of up to `MAX_PARAGRAPH_LINES` lines, each ending after the last line
    in it that ends a sentence or a list item (`run_ends_after`), or with `titles` is a title (`is_title_line`: a
    page's running title over the prose), where one does: the next sentence is then read whole in the next run,
    not cut at a count of lines."""
    runs: list[tuple[int, int]] = []
    first = start
    while first < end:
        cut = min(first + MAX_PARAGRAPH_LINES, end)
        if cut < end:
            cut = next((i + 1 for i in range(cut - 1, first, -1)
                        if run_ends_after(texts, i) or titles and is_title_line(texts[i], texts[i + 1])), cut)
        runs.append((first, cut))
        first = cut
    return runs


def paragraphs(lines: list[Line], keywords: tuple[str, ...], doc: DocText | None = None,
               titles: bool = False, more: Sequence[int] = ()) -> list[Paragraph]:
    """Runs of up to `MAX_PARAGRAPH_LINES` prose lines (more in a narrow column: `narrow_runs`), keeping only
    runs that mention a keyword; with `titles`, a wide run also ends after a title line (`wide_runs`: the
    results' sentences, which a page's running title above would push past a run's count of lines).

    Blank lines and table lines end a run, so cells of a table are never read
    as a sentence; a longer stretch of prose is cut into runs counted from its
    first line, each ending with a sentence where one ends in it (`wide_runs`).
    Only the runs around lines holding a keyword (found in one pass by `doc`),
    or around the lines `more`, are looked at, folded and joined.
    """
    doc = doc or DocText(lines)
    texts = doc.texts
    found: list[Paragraph] = []
    done = 0  # lines before this index are in runs already looked at
    start = end = 0  # the stretch of prose around the last keyword line
    runs: list[tuple[int, int]] = []  # a narrow stretch's runs
    for k in (sorted(set(doc.lines_with(*keywords)).union(more)) if more else doc.lines_with(*keywords)):
        if k < done or is_break(texts[k]):
            continue
        if not start <= k < end:
            start, end = k, k + 1
            while start > 0 and not is_break_at(texts, start - 1):
                start -= 1
            while end < len(texts) and not is_break_at(texts, end):
                end += 1
            runs = narrow_runs(texts, start, end) if is_narrow(texts[start:end]) else wide_runs(
                texts, start, end, titles)
        first, done = next(run for run in runs if run[0] <= k < run[1])
        paragraph = joined_paragraph(lines[first:done], keywords + ("rencana",) * bool(more))
        if paragraph is not None:
            found.append(paragraph)
    return found


def joined_paragraph(run: list[Line], keywords: tuple[str, ...]) -> Paragraph | None:
    """The run's lines folded and joined, if it mentions a keyword."""
    # the run lower-cased at once (a line break stops any keyword and any case rule)
    low = "\n".join(line.text for line in run).lower()
    if not any(k in low for k in keywords):
        return None
    text, starts, offset = [], [], 0
    for line in run:
        part = fold_text(line.text).strip()
        if not part:
            continue  # a blank line a wrapped sentence ran on over (see `bridged`)
        starts.append((offset, line))
        text.append(part)
        offset += len(part) + 1
    return Paragraph(" ".join(text), starts)


# (OCR's '%' as 'o/o' or '\u00b0/o', and a 100 whose digits all read as letters before its sign: 'lOOo/o', 'too%';
# a count's lone digit read as a letter before its noun: 'target S Laporan'; a minus opening a number is its
# sign: 'terealisasi -2,07%'.)
_SIGN_AS_O = r"[oO\u00b0]/[oO]"
# a ratio of one to so many ('1:17,9', '1 : 20'; see normalize.numbers.RATIO_RE), tried before its '1' alone
_RATIO = r"1\s?:\s?[1-9](?:\d?\.\d{3}|\d{0,4})(?:,\d{1,3})?(?![\d.,]?\d)"
# years as a decimal's unit ('10,41 tahun': years of schooling, life expectancy), never a year named after it
_YEARS_UNIT = r"(?:(?<=[.,]\d)|(?<=[.,]\d\d))\s+(?i:tahun)\b(?!\s*\d)"
# a second measure of a value in brackets after it: 'target 80% (120 km) terealisasi 85% (128 km)' (a number and
# its unit word: a bracketed '%' may be the capaian, read where the values prove it)
_ASIDE = r"(?:\s*\(\s*\d[\d.,]*\s*[A-Za-z]{1,12}\.?\s*\))?"
_VALUE = (rf"-?(?:{_RATIO}|\d|[lIS](?=\d)|[lIt](?=[Oo]{{2}}\s?(?:%|{_SIGN_AS_O}))|[lIS](?=\s+(?i:{PROSE_UNIT_ALTERNATION})\b))"
          rf"(?:[\d.,]|[OoSsIlTZGB](?=[Oo]*(?:[\d.,%]|\s?{_SIGN_AS_O})|\s+(?i:{UNIT_ALTERNATION})\b))*"
          rf"(?:\s?%|\s?{_SIGN_AS_O}(?![\w/])|\s+(?i:persen|{PROSE_UNIT_ALTERNATION})\b|{_YEARS_UNIT})?"
          rf"|[A-D]{{1,2}}\b|WTP|WDP|TMP")
# 'realisasi', 'terealisasi', 'direalisasikan', and the misspellings 'teralisasi', 'terrealisasi'
# ('terealisir': the verb from 'realisir', as some reports write it)
REALISATION_WORD = r"(?:te|di)?r{1,2}e?ali(?:[sz]asi(?:kan|nya)?|sir)"
# Words a report puts between a keyword and its value: 'target yang telah ditetapkan 77,5%',
# 'target tahun 2020 sebesar 90%', 'dapat terealisasi sebesar 79,9%'. 'target nasional 77,5%' is no
# filler: the nation's target is not the indicator's. Up to five words: 'target yang telah ditetapkan yaitu sebesar 95%'.
# ('ditargetkan pada 15 nagari', 'target sebanyak 12 laporan': a count's words)
# The verbs that say a target was set, in the words reports use for it: 'target yang ditentukan 90%', 'target yang
# telah diperjanjikan' (in the performance agreement), 'target yang direncanakan'.
_SET_VERB = r"(?:ditetapkan|ditentukan|direncanakan|dicanangkan|diperjanjikan|disepakati)"
_TARGET_FILLER = (rf"(?:(?:sebesar|sebanyak|adalah|yaitu|yang|telah|sudah|{_SET_VERB}|pada|tahun\s+\d{{4}}"
                  r"|indikator\s+ini)\s+){0,5}")
# The time a result is for, between the target's value and the realisation: 'target 90 pada tahun 2016 terealisasi
# 95', 'target 90 sampai dengan akhir tahun (2016) terealisasi 95' (the year check of `about_other_years` still holds)
_TIME_SPAN = r"(?:(?:pada|sampai\s+dengan|hingga|s\.?\s?d\.?)\s+)?(?:akhir\s+)?tahun(?:\s+\d{4})?\s*,?\s+"
# ('target 90, tercapai realisasi sebesar 95': 'tercapai' before the realisation word)
_JOIN = (rf"\s*,?\s*(?:{_TIME_SPAN})?"
         r"(?:(?:dan|dengan|sedangkan|dapat|yang|telah|sudah|berhasil|hanya|namun|tetapi|tercapai)\s+){0,3}")
_REAL_FILLER = r"(?:(?:sebesar|sebanyak|adalah|yaitu|mencapai|hanya|baru)\s+){0,2}"
_KEY_END = r"\s*:?\s+"  # 'target 90%', 'Target: 90%'
# (OCR that lost the space after the verb glues its filler to it: 'terealisasisebanyak 11')
# (... or a text export its value: 'terealisasi103,22', 'capaian101,68'; a year glued on is none)
_GLUED = r"(?=\d)(?!(?:19|20)\d\d(?![\d.,]\d))"
# ('target sebesar 80%, realisasi tahun 2018 sebesar 85%': the year between the realisation word and its value; only
# before a filler word, so the year is never read as the value; `about_other_years` still checks it)
_REALISED_YEAR = r"(?:\s+(?:pada\s+)?tahun\s+(?:19|20)\d\d(?=\s*,?\s+(?:sebesar|sebanyak|adalah|yaitu|mencapai)\b))?"
_REALISED_VALUE = (rf"{REALISATION_WORD}{_REALISED_YEAR}(?:{_KEY_END}{_REAL_FILLER}|(?:sebesar|sebanyak)\s+|{_GLUED})"
                   rf"(?P<r>{_VALUE})")
# (... and between the capaian's words: ',dengantingkat capaiansebesar100'; 'dan (tingkat) capaian 101,68', 'dengan
# capaian kinerja IKU sebesar 100,77')
_CAPAIAN_TAIL = (
    rf"(?:{_ASIDE}\s*,?\s*\(?(?:atau\s+|dengan\s*|sehingga\s+|dan\s+)?(?:nilai\s+|tingkat\s*|persentase\s+|prosentase\s+)?capaian"
    rf"(?:\s+kinerja(?:\s+iku)?)?(?:nya)?"
    rf"(?:{_KEY_END}(?:sebesar\s+|adalah\s+)?|sebesar\s*|{_GLUED})(?P<a>{_VALUE}))?")
_REALISED = _REALISED_VALUE + _CAPAIAN_TAIL
# 'target 90%', and 'ditargetkan 32 desa' (the verb: 'X ditargetkan 32 desa dan teralisasi 66 desa'). A count noun
# the unit list does not know stands after both values ('ditargetkan pada 15 nagari terealisasi 11 nagari',
# 'target 5 sumber air, terealisasi 5 sumber air'): the same word(s) after each make them the values' unit (after
# the first value alone a word may open the next phrase; no joining word or verb is one)
_NOUN_WORD = rf"(?!(?:dan|dengan|sedangkan|dapat|yang|telah|sudah|namun|tetapi|{REALISATION_WORD})\b)[a-z]{{3,20}}"
# A rate's base after each value: 'sebesar 125 per 100.000 kelahiran hidup, terealisasi sebesar 109,32 per 100.000
# kelahiran hidup' (deaths per so many births, cases per so many people): the values' unit (`rate_unit`); after the
# realisation it may be left out
_RATE_UNIT = r"per\s+(?:\d{1,3}(?:\.\d{3})+|10+)\s*(?:kelahiran\s+hidup|kh\b|[a-z]{4,20}\b)"
_UNIT_AFTER_TARGET = rf"(?:\s+(?P<rate>{_RATE_UNIT})|\s+(?P<noun>km\b|{_NOUN_WORD}(?:\s+{_NOUN_WORD})?))?"
_UNIT_AFTER_REALISED = rf"(?(noun)\s+(?P=noun))(?(rate)(?:\s+{_RATE_UNIT})?)"
_RESULT_TAIL = (rf"(?:di)?target(?:kan|nya)?{_KEY_END}{_TARGET_FILLER}(?P<t>{_VALUE}){_ASIDE}"
                rf"{_UNIT_AFTER_TARGET}{_JOIN}"
                rf"{_REALISED_VALUE}{_UNIT_AFTER_REALISED}" + _CAPAIAN_TAIL)
MEASURE_SENTENCE_RE = re.compile(
    r"indikator(?:\s+kinerja)?(?:\s+(?:ke-?)?\d{1,2}\s*:)?\s+(?P<name>(?!(?:ini|tersebut)\b)[^.;:%]{10,200}?)\s*(?:[,:]|\.(?=\s*(?-i:Target)\s*:))?\s*"
    r"(?:dengan\s+|yang\s+(?:menjadi\s+)?|dari\s+)*" + _RESULT_TAIL, re.I)
# An item of a list (an executive summary's '1. Persentase X dengan target 75% dapat terealisasi 40,9%'), or a
# sentence, that opens on the indicator's name without the word 'indikator': the name opens on the words an
# indicator opens on, right after a list mark or a sentence's end, and runs to its 'target' word.
# (`\b(?:persentase|presentase|prosentase|jumlah|nilai|indeks|opini|rasio|tingkat|ketepatan|cakupan|rata-rata|level)\b`
# written to open with the class of the words' first letters, the \b in a lookbehind after it and each word's rest
# after a lookbehind on its letter: the engine skips to a candidate letter in C, where a pattern opening with \b and
# an alternation is tried word by word at every character)
INDICATOR_HEAD_RE = re.compile(
    r"[pjniortkclv](?<!\w.)(?:(?<=p)(?:ersentase|resentase|rosentase|anjang)|(?<=j)umlah|(?<=n)ilai|(?<=i)ndeks"
    r"|(?<=o)pini|(?<=r)(?:asio|ata-rata|ealisasi\s+(?:fisik|keuangan))|(?<=t)ingkat|(?<=k)(?:etepatan|apasitas)"
    r"|(?<=c)akupan|(?<=l)(?:evel|uas)|(?<=v)olume)\b",
    re.I)  # ('realisasi fisik', 'realisasi keuangan': the progress indicators of a budget year; 'Panjang jalan ...',
# 'Luas lahan ...', 'Volume ...', 'Kapasitas ...': the measure words of lengths, areas and amounts, as a works or
# farming office names its indicators)
# what stands right before the name: a list mark, a sentence's end, or a word that opens the next clause
# (', sedangkan' / 'dan' / 'serta' / 'sementara' / 'kemudian' / 'selanjutnya' / 'adapun': a second indicator's result;
# 'Berdasarkan perhitungan tersebut diperoleh Persentase X sebesar ...': a worked result opens on 'diperoleh')
LIST_ITEM_MARK_RE = re.compile(
    r"(?:^|[.;:!?]\s+|(?:^|\s)(?:\d{1,2}|[a-zA-Z])[.)]\s+|(?:^|\s)[-\u2022\u25cf]\s*"
    r"|,?\s(?:sedangkan|dan|serta|sementara|kemudian|selanjutnya|adapun|diperoleh)\s+)$")
# 'Target indikator X pada tahun 2022 adalah 90%, sedangkan realisasinya 92,5% ...': the target word first ('Target
# IKU X ...': a key indicator's; 'Target kinerja X ...'; a bare 'Target X ...' when X opens on a measure word or a
# capitalised indicator word: 'Target persentase X ...'). 'adalah sebesar' is no part of the name.
# '..., sedangkan realisasi pencapaian kinerja <the name again> adalah sebesar 88,38': the name restated before
# the value
_RESTATED_NAME = r"(?:\s+(?:pencapaian\s+)?kinerja\s+[^.;:%\d]{5,200}?(?=\s+adalah\s))?"
# ('Target angka kematian ibu ...', 'Target prevalensi stunting ...': the measure words of rates and shares open a
# name too, not 'Target angka tersebut')
_TARGET_MEASURE_WORDS = r"(?:angka|prevalensi|proporsi|laju|skor)\s+(?!(?:ini|tersebut|itu)\b)"
_TARGET_NAME_OPENS = (r"(?:indikator(?:\s+kinerja)?|iku|kinerja)\s+"
                      rf"|(?=(?-i:{INDICATOR_START_RE.pattern})|(?:{INDICATOR_HEAD_RE.pattern})|{_TARGET_MEASURE_WORDS})")
TARGET_FIRST_RE = re.compile(
    rf"target\s+(?:{_TARGET_NAME_OPENS})(?P<name>[^.;:%]{{10,200}}?)\s+(?:pada\s+)?(?:tahun\s+\d{{4}}\s+)?"
    rf"(?:adalah\s+(?=sebesar\b))?(?:adalah|sebesar|yaitu|yakni)\s+(?P<t>{_VALUE}){_ASIDE}{_UNIT_AFTER_TARGET}{_JOIN}"
    + REALISATION_WORD + _RESTATED_NAME + _REALISED_VALUE.removeprefix(REALISATION_WORD) + _UNIT_AFTER_REALISED
    + _CAPAIAN_TAIL, re.I)
JOINED_NAMES_RE = re.compile(r"\s(?:dan|serta)\s+" + INDICATOR_HEAD_RE.pattern, re.I)
MARK_REACH = 16  # characters before the name that hold its mark
# a sentence that opens on the year it speaks of, then the indicator's name: 'Tahun 2019 jumlah BUMDes yang aktif
# ditargetkan 32 desa dan terealisasi 66 desa', 'Pada tahun 2021, persentase X ...' (the year is no part of the
# name; a year other than the report's makes it another year's result: `about_other_years`)
YEAR_OPENING_RE = re.compile(r"(?:^|[.;:!?]\s+)(?:[Pp]ada\s+)?[Tt]ahun\s+(?:19|20)\d\d\s*,?\s+$")
YEAR_OPENING_REACH = 24  # '. Pada tahun 2021, ': the characters such an opening takes
# the same opening at the start of a line under a title line ('LKjIP Kabupaten X Tahun 2020' / 'Pada Tahun 2020
# Indeks X ditargetkan ...'): the title joined into the paragraph ends no sentence, the line's start opens one
YEAR_PHRASE_RE = re.compile(r"(?:[Pp]ada\s+)?[Tt]ahun\s+(?:19|20)\d\d\s*,?\s+")


def list_item_starts(text: str, opens: frozenset[int] = frozenset()) -> list[int]:
    """Where a list item or sentence opens on an indicator's name (INDICATOR_HEAD_RE after LIST_ITEM_MARK_RE, or at
    one of `opens`: the lines that open after a title line, see `title_opens`).

    The head words are found first and the few characters before each are
    tested: far cheaper than trying every mark at every place in the paragraph.
    """
    return [m.start() for m in INDICATOR_HEAD_RE.finditer(text)
            if opens and (m.start() in opens or year_opens(text, opens, m.start()))
            or LIST_ITEM_MARK_RE.search(text, max(0, m.start() - MARK_REACH), m.start())
            or YEAR_OPENING_RE.search(text, max(0, m.start() - YEAR_OPENING_REACH), m.start())]


def year_opens(text: str, opens: frozenset[int], at: int) -> bool:
    """Whether a line opening in `opens` opens on the year the sentence speaks of, right before offset `at`."""
    return any(at - YEAR_OPENING_REACH <= start < at and YEAR_PHRASE_RE.fullmatch(text, start, at)
               for start in opens)


VALUE_END_RE = re.compile(r"\d\s?%?\s*$")  # a line that ends on a value ('... realisasi 77,50%')


def value_line_opens(paragraph: Paragraph) -> frozenset[int]:
    """Where a line opens on a capitalised indicator's name right after a line that ends on a value: a list printed
    without full stops ('Indeks Kualitas Air target 82% realisasi 77,50%' over 'Indeks Kualitas Udara target ...')
    states one result a line, and each line opens its own."""
    return frozenset(start for (_, prev), (start, line) in zip(paragraph.starts, paragraph.starts[1:])
                     if paragraph.text[start:start + 1].isupper() and VALUE_END_RE.search(prev.text)
                     and INDICATOR_HEAD_RE.match(paragraph.text, start))


def title_opens(paragraph: Paragraph) -> frozenset[int]:
    """Where a line opens after a title line (`is_title_line`): a title joined into the paragraph below it hides
    the first sentence's opening on the indicator's name."""
    return frozenset(start for (_, prev), (start, line) in zip(paragraph.starts, paragraph.starts[1:])
                     if is_title_line(prev.text, line.text))


# ('Jumlah X yang menjadi target sebesar 90 terealisasi 92': 'yang menjadi' is no part of the name)
LIST_MEASURE_RE = re.compile(
    r"(?P<name>(?:(?!\btarget)[^.;:%]){10,250}?)\s*[,:(]?\s*(?:dengan\s+|yang\s+(?:menjadi\s+)?)?" + _RESULT_TAIL, re.I)
# A short name led by or holding an acronym, then '=' or ':' and its values: 'IKM = target : 82% realisasi : 84,5%',
# 'Opini BPK : target WTP, realisasi WTP' (a summary's or a slide's key-value line). Too short for LIST_MEASURE_RE's
# ten characters and cut off by a '=' it does not know; the acronym, in capitals as printed, is the indicator's
# name (the catalogue gives it an id only where it knows the acronym). One to four words, at most two before it; a
# heading word in capitals ('CAPAIAN : target ...', 'INDIKATOR : ...') is no acronym.
ACRONYM_MEASURE_RE = re.compile(
    r"(?P<name>(?:[A-Za-z][\w/-]*\s+){0,2}?(?!(?:target|realisasi|capaian|tahun|kinerja|indikator|sasaran|"
    r"keterangan|hasil|nilai)\b)(?-i:[A-Z]{2,8})\b(?:\s+(?!target)[A-Za-z][\w/-]*){0,2}?)"
    r"\s*[=:]\s*" + _RESULT_TAIL, re.I)
SEPARATED_TARGET_RE = re.compile(r"\s*[=:]\s*target\b", re.I)
# (a value then a capital: the line before ended on its result, 'realisasi : 80,25%' over 'Skor SPBE ...')
ITEM_OPEN_RE = re.compile(r"[.;:!?]\s+|(?:^|\s)(?:\d{1,2}|[a-zA-Z])[.)]\s+|(?:^|\s)[-\u2022\u25cf]\s*|\d%?\s+(?=[A-Z])")
ACRONYM_REACH = 60  # characters from where an item opens to its '= target' / ': target' (a name of up to four words)


def acronym_starts(text: str, opens: frozenset[int] = frozenset()) -> list[int]:
    """Where a paragraph, a line in `opens`, a list item or a sentence opens shortly before a '= target' or
    ': target': the places ACRONYM_MEASURE_RE is tried (its names open on no head word `list_item_starts` finds)."""
    seps = [m.start() for m in SEPARATED_TARGET_RE.finditer(text)]
    if not seps:
        return []
    starts = {0} | set(opens) | {m.end() for m in ITEM_OPEN_RE.finditer(text)}
    return sorted(s for s in starts if any(0 < sep - s <= ACRONYM_REACH for sep in seps))


# 'Capaian kinerja nyata indikator 1 "X" adalah sebesar 88,95 dari target sebesar 84,75 ... sehingga persentase
# capaian kinerjanya adalah 104,96 %'; 'Realisasi indikator X sebesar 88,40% dari target 85%'; a list item
# '2. Persentase X terealisasi sebesar 79,9% dari target 77,5%': the realisation stands before its target. Read
# only when the sentence calls the first value a realisation, or prints a capaian that the two values give (see
# `from_target_holds`): 'capaian indikator X sebesar 104% dari target' is no realisation. An older LAKIP calls the
# target the plan: 'terealisasi 28,5% dari rencana 5%'.
# ('X sebesar 100, sehingga jika dibandingkan dengan target sebesar 90 maka pencapaian ... sebesar 111,11': the
# comparison introduces the target too; read only when the capaian proves the pair, see `from_target_holds`)
_ABOVE = r"melebihi|melampaui|di\s?atas|lebih\s+(?:tinggi|besar)\s+dari(?:pada)?"
_BELOW = r"di\s?bawah|belum\s+mencapai|lebih\s+(?:rendah|kecil)\s+dari(?:pada)?"
# ('terealisasi 30.167 (target 30.192)': the target in brackets after the realisation; '97,56 terhadap target 91,55':
# set against it)
_FROM_TARGET = (r"(?:(?:dari|terhadap|sama\s+dengan|(?:(?:sehingga\s+)?(?:jika|bila|apabila)\s+)?dibandingkan\s+dengan)"
                r"\s+(?:target|rencana)(?:nya)?"
                r"|\(\s*(?:target|rencana)(?:nya)?\s*:?)\s+")
_FROM_TARGET_TAIL = (
    # 'capaiannya melebihi target yaitu 97,56 terhadap target 91,55': the result said to pass (or fall short of) its
    # target before its value; no realisation word, so read only when a capaian proves the pair (`from_target_holds`)
    rf"(?:(?:pen)?capaian(?:\s+kinerja)?(?:nya)?\s+(?:(?:telah|sudah|masih)\s+)?(?:{_ABOVE}|{_BELOW})\s+target(?:nya)?\s+)?"
    # 'persentase pencapaian rencana sebesar 571,43% atau terealisasi 28,57% dari rencana 5%': the capaian said first,
    # taken only when realisasi / target gives it (`from_target_holds`)
    r"(?:(?:(?:persentase|prosentase|tingkat)\s+)?(?:pen)?capaian(?:\s+(?:kinerja|target|rencana))?(?:nya)?\s+"
    rf"(?:(?:adalah|sebesar|yaitu)\s+)?(?P<a1>{_VALUE})\s*,?\s*(?:atau|dengan|dan)\s+)?"
    # ('memperoleh predikat BB, sama dengan target BB': a grade the evaluation gave, set against the target)
    rf"(?:(?:adalah|yaitu|mencapai|sebesar|dapat|telah|memperoleh|predikat|{REALISATION_WORD})\s+){{0,3}}(?P<r>{_VALUE})"
    # '2,5 juta buku dari target 5 juta buku': a count in thousands or millions, the word after both values
    rf"(?:\s+(?P<scale>ribu|juta)\b)?"
    # '155 prestasi dari target 58 prestasi': a noun the unit list does not know, after both values, is their unit
    # (the same word after each: one word after only the first may open the next phrase)
    rf"(?:\s+(?P<noun>[a-z]{{3,20}})(?=\s+{_FROM_TARGET}{_TARGET_FILLER}{_VALUE}(?:\s+(?:ribu|juta))?"
    rf"\s+(?P=noun)\b))?"
    # '74,2% atau 106% dari target 70%' ('... atau sebesar 106% dari target'): the capaian between the realisation
    # and its target
    rf"(?:\s*,?\s*atau\s+(?:sebesar\s+)?(?P<a0>{_VALUE}))?\s*,?\s+"
    rf"{_FROM_TARGET}{_TARGET_FILLER}(?P<t>{_VALUE})(?(scale)\s+(?P=scale)\b)(?(noun)\s+(?P=noun)\b)(?:\s*\))?"
    # 'terealisasi 6,81 dari target 6,63 (102,71%)': a bracketed % right after the target, a capaian only when the
    # two values give it (see `bracketed_capaian`)
    rf"(?:\s*\((?P<ab>{_VALUE})\))?"
    # ('persentase capaian target sebesar 100,13': 'capaian target' names the capaian too; so does 'pencapaian
    # indikator kinerja program sebesar 111,11')
    rf"(?:[^.;]{{0,160}}?\b(?:pen)?capaian(?:\s+kinerja|\s+target|\s+indikator(?:\s+kinerja)?"
    rf"(?:\s+(?:program|kegiatan|sasaran|utama))?(?:\s+ini)?)?(?:nya)?\s+(?:adalah\s+|sebesar\s+|yaitu\s+)?(?P<a>{_VALUE}))?")
# ('Indikator X pada tahun 2016 terealisasi ...': the year the sentence speaks of is no part of the name)
FROM_TARGET_RE = re.compile(
    r"indikator(?:\s+kinerja)?(?:\s+(?:ke-?)?\d{1,2})?\s*[:\"\u201c\u201d']?\s*"
    r"(?P<name>[^.;:%\"\u201c\u201d(]{10,200}?)\s*[\"\u201c\u201d']?\s*,?\s+\(?(?:(?:pada\s+)?tahun\s+\d{4}\s+)?"
    + _FROM_TARGET_TAIL, re.I)
# 'Pencapaian kinerja pelayanan X tahun 2021 sebesar 10.398 pengunjung atau sebesar 97% dari target yang telah
# ditetapkan yaitu sebesar 10.762': the name after 'Pencapaian kinerja', the realisation and its capaian before the
# target. Read only when the capaian agrees with the two values (`from_target_holds`): 'pencapaian kinerja X
# sebesar 104% dari target' states a capaian, not a realisation.
ACHIEVED_FROM_TARGET_RE = re.compile(
    r"\bpencapaian\s+kinerja\s+(?P<name>[^.;:%\d]{5,150}?)\s+(?:(?:pada\s+)?tahun\s+\d{4}\s+)?" + _FROM_TARGET_TAIL, re.I)
# ('X tahun 2022 sebesar 84,15 dari target 82': the year the sentence speaks of is no part of the name)
LIST_FROM_TARGET_RE = re.compile(r"(?P<name>(?:(?!\btarget)[^.;:%]){10,250}?)\s*,?\s+(?:(?:pada\s+)?tahun\s+\d{4}\s+)?"
                                 + _FROM_TARGET_TAIL, re.I)
# 'Dari 2.212.558 jiwa jumlah wisatawan yang menjadi target Pemerintah Kota X terealisasi 2.123.150 jiwa' ('... yang
# ditargetkan terealisasi ...'), 'Dari target 2.212.558 jiwa, jumlah wisatawan terealisasi 2.123.150 jiwa': a sentence
# opening on 'Dari' and the target's value, then the indicator's name (opening on a measure word) and its
# realisation, so called. (Whose target it is, between, must be no plan's nor the nation's: `target_opening_holds`.)
TARGET_OPENING_RE = re.compile(
    rf"(?:^|(?<=[.;!?]\s))dari\s+(?:(?P<lead>target(?:nya)?)\s+{_TARGET_FILLER})?(?P<t>{_VALUE})"
    rf"(?:\s+(?P<noun>{_NOUN_WORD}))?\s*,?\s+"  # (a count's noun after both values is their unit, as in _RESULT_TAIL)
    rf"(?P<name>(?=(?:{INDICATOR_HEAD_RE.pattern}))[^.;:%\d]{{5,150}}?)\s+"
    rf"(?(lead)|yang\s+(?:menjadi\s+target(?:nya)?|ditargetkan)(?P<whose>\s+[^.;:%\d]{{0,80}}?)?\s+)"
    rf"(?:(?:telah|sudah|dapat|berhasil|hanya|baru)\s+)?{_REALISED_VALUE}(?(noun)\s+(?P=noun)\b)" + _CAPAIAN_TAIL,
    re.I)


def target_opening_holds(match: re.Match) -> bool:
    """Whether TARGET_OPENING_RE's target is the indicator's own: whose it is names no plan nor the nation."""
    return not PLAN_TARGET_RE.search(match.group("whose") or "")


# 'Pemeliharaan rutin jalan terealisasi 30.167 dari target 30.192.': a sentence that is the name, the realisation word
# and its value, and the target after it, whatever word the name opens on (no measure word: an activity's output).
# The realisation word right after the name makes the statement; the name must read as one (`named_from_target_holds`).
_NAME_NOT_OPENING = (r"(?:pada|dari|dengan|hal|hasil|sedangkan|namun|adapun|sementara|target|realisasi|capaian|yang|ini"
                     r"|itu|tersebut|sampai|hingga|selama|untuk|dalam|di|secara|jika|bila|apabila|berdasarkan|sehingga"
                     r"|maka|kemudian|selanjutnya|tahun|sebanyak|sebesar|total|seluruh|semua)\b")
NAMED_FROM_TARGET_RE = re.compile(
    rf"(?:^|(?<=[.;!?]\s))(?!{_NAME_NOT_OPENING})(?P<name>(?-i:[A-Z])[^.;:%\d,()]{{9,150}}?)\s+"
    rf"(?:(?:pada\s+)?tahun\s+\d{{4}}\s+)?(?:(?:telah|sudah|dapat|berhasil|hanya|baru)\s+)?{REALISATION_WORD}\s+"
    rf"(?:sebesar\s+|sebanyak\s+)?(?P<r>{_VALUE})(?:\s+(?P<noun>{_NOUN_WORD}))?\s*,?\s+dari\s+target(?:nya)?\s+"
    rf"{_TARGET_FILLER}(?P<t>{_VALUE})(?<![.,])(?(noun)\s+(?P=noun)\b)" + _CAPAIAN_TAIL, re.I)  # (not the full stop)
NAME_PRONOUN_RE = re.compile(rf"\b(?:ini|itu|tersebut|target|capaian|{REALISATION_WORD})\b", re.I)
NAMED_NAME_WORDS = (2, 12)  # the fewest and most words such a name takes


def named_from_target_holds(match: re.Match) -> bool:
    """Whether NAMED_FROM_TARGET_RE's name reads as an indicator's: two to twelve words, no pronoun pointing back
    ('Kegiatan ini'), no result word, no money (a budget's realisation is no indicator's)."""
    name = match.group("name")
    return NAMED_NAME_WORDS[0] <= len(name.split()) <= NAMED_NAME_WORDS[1] and not NAME_PRONOUN_RE.search(name) \
        and not MONEY_WORD_RE.search(name)


# 'Persentase X mencapai 97,2% melebihi target sebesar 95%', 'Realisasi X tahun 2023 sebesar 81% masih di bawah
# target 85%', 'melebihi dari target': a realisation set against its target by a word of comparison. See
# `compared_holds`.
_COMPARED_TAIL = (
    rf"(?:(?:telah|dapat|berhasil|hanya|baru)\s+)?(?:{REALISATION_WORD}(?:\s+(?:mencapai|sebesar))?|mencapai|sebesar)"
    rf"\s+(?:sebesar\s+)?(?P<r>{_VALUE})\s*,?\s*(?:(?:yang|sehingga|dan|atau)\s+)?(?:(?:telah|sudah|masih|jauh)\s+)?"
    rf"(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW}))(?:\s+dari)?\s+target(?:nya)?\s+{_TARGET_FILLER}(?P<t>{_VALUE})"
    rf"(?:[^.;]{{0,80}}?\bcapaian(?:\s+kinerja)?(?:nya)?\s+(?:adalah\s+|sebesar\s+|yaitu\s+)?(?P<a>{_VALUE}))?")
COMPARED_RE = re.compile(
    # ('indikator kinerja nomor 2 X': the number is no part of the name)
    r"indikator(?:\s+kinerja)?(?:\s+(?:ke-?|nomor\s+|no\.\s*)?\d{1,2})?\s*[:\"\u201c\u201d']?\s*"
    # 'Indikator ketiga yaitu X': the ordinal and its 'yaitu' are no part of the name
    r"(?:(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan)\s+)?(?:(?:yaitu|yakni|adalah)\s+)?"
    # ('X, pada tahun 2020 terealisasi ...': the year the sentence speaks of is no part of the name)
    r"(?P<name>[^.;:%\"\u201c\u201d]{10,200}?)\s*[\"\u201c\u201d']?\s*,?\s+(?:(?:pada\s+)?tahun\s+\d{4}\s*,?\s+)?"
    + _COMPARED_TAIL, re.I)
# 'Realisasi X (pada tahun 2023) mencapai ...': the name between the realisation word and its verb
REALISED_COMPARED_RE = re.compile(
    r"\brealisasi\s+(?!indikator)(?P<name>[^.;:%\d]{10,200}?)\s+(?:(?:pada\s+)?tahun\s+\d{4}\s+)?" + _COMPARED_TAIL,
    re.I)
LIST_COMPARED_RE = re.compile(r"(?P<name>(?:(?!\btarget)[^.;:%]){10,250}?)\s*,?\s+" + _COMPARED_TAIL, re.I)
# 'Capaian indikator X mencapai 105% melebihi target 100%': the value is a capaian, not the realisation
CAPAIAN_BEFORE_RE = re.compile(r"\bcapaian(?:\s+kinerja)?\s*$", re.I)
COMPARE_WORDS = ("melebihi", "melampaui", "atas target", "bawah target", "mencapai target", "dari target")


def may_compare(low: str) -> bool:
    """Whether a lower-cased paragraph has a word COMPARED_RE's comparison needs: a substring test before the regex."""
    return any(word in low for word in COMPARE_WORDS)


# 'Target partisipasi pemilih tahun 2019 sebesar 85 persen. Realisasi partisipasi pemilih hanya mencapai 82,60
# persen.': the target and the realisation in two sentences of one paragraph, the first opening on 'Target' and the
# indicator's name, the next on 'Realisasi' (and the name again, or nothing). See `two_sentences_hold`.
TWO_SENTENCES_RE = re.compile(
    r"(?:^|(?<=[.;!?]\s))target\s+(?P<name>[^.;:%\d]{10,150}?)\s+(?:(?:pada\s+)?tahun\s+\d{4}\s+)?"
    rf"(?:{_SET_VERB}\s+)?(?:adalah|sebesar|yaitu|yakni)\s+(?P<t>{_VALUE})\s*[.;]\s+(?:sedangkan\s+|adapun\s+)?"
    r"realisasi(?:nya)?\s+(?:(?P<rname>[^.;:%\d]{3,150}?)\s+)?(?:(?:pada\s+)?tahun\s+\d{4}\s+)?"
    r"(?:(?:hanya|dapat|baru|telah|sudah)\s+)?(?:mencapai|sebesar|adalah|yaitu)\s+(?:sebesar\s+)?"
    rf"(?P<r>{_VALUE})(?:\s*,?\s*\(?(?:atau\s+|dengan\s+|sehingga\s+)?capaian(?:\s+kinerja)?(?:nya)?"
    rf"{_KEY_END}(?:sebesar\s+|adalah\s+)?(?P<a>{_VALUE}))?", re.I)
# 'target NTPi sebesar 102,75. Berdasarkan ... rata-rata NTPi pada Triwulan III sebesar 101,8 atau 99,08% ...': the
# target in one sentence, the next naming the same thing and giving a value and its capaian, no realisation word.
# Read only when the capaian proves the pair (see `stated_pair_holds`).
STATED_PAIR_RE = re.compile(
    r"\btarget\s+(?P<name>[^.;:%\d]{2,150}?)\s+(?:(?:pada\s+)?tahun\s+\d{4}\s+)?sebesar\s+"
    rf"(?P<t>{_VALUE})\s*[.;]\s+(?P<mid>[^.;:%]{{3,200}}?)\s+sebesar\s+(?P<r>{_VALUE})\s*,?\s*atau\s+(?P<a>{_VALUE})",
    re.I)
# 'Angka X ... tahun 2015 sebesar 4,88 per 1000 kelahiran hidup. Angka ini bila dibandingkan dengan target ... sebesar
# 32 per 1000 kelahiran hidup maka ... capaian kinerja sebesar 184,75': the result in one sentence, opening on the
# indicator's name, and its target in the next, which refers back to it ('angka ini', 'realisasi tersebut'). Read
# only when the capaian proves the pair (`compared_back_holds`). The name runs to the first word that ends it. (A
# rate's base after the values, 'per 1.000 kelahiran hidup', is their unit: see `rated`.)
_BACK_NAME_HEAD = (r"(?:angka|persentase|presentase|prosentase|jumlah|nilai|indeks|rasio|tingkat|cakupan|rata-rata"
                   r"|prevalensi|proporsi|laju)\b")
_BACK_NAME_STOP = r"(?:berdasarkan|menurut|sesuai|pada|di|dari|yang|tahun|sebesar|adalah|mencapai|telah|sudah)\b"
# ('Dengan demikian angka kematian ibu tahun 2016 sebesar 109,32 per 100.000 kelahiran hidup. Bila dibandingkan
# dengan target indikator tahun 2016 yakni 125 per 100.000 kelahiran hidup, maka ... masih dibawah target': with no
# capaian printed, the next sentence's word of comparison must agree with the two values, as in COMPARED_RE)
COMPARED_BACK_RE = re.compile(
    rf"(?:^|(?<=[.;!?]\s))(?:dengan\s+demikian\s*,?\s+)?"
    rf"(?P<name>{_BACK_NAME_HEAD}(?:\s+(?!{_BACK_NAME_STOP})[^\s.;:%]+){{1,15}})\s+"
    rf"(?:[^.;%]{{0,200}}?\s)?(?:sebesar|adalah|mencapai)\s+(?P<r>{_VALUE})(?:\s+{_RATE_UNIT})?[^.;]{{0,60}}?[.;]\s+"
    r"(?:(?:angka|nilai|realisasi|capaian|hasil)\s+(?:ini|tersebut)\s+)?(?:(?:bila|jika|apabila|kalau)\s+)?"
    rf"dibandingkan\s+dengan\s+target\b(?P<whose>[^.;]{{0,60}}?)\b(?:sebesar|yakni|yaitu)\s+(?P<t>{_VALUE})"
    rf"(?:\s+(?P<rate>{_RATE_UNIT}))?"
    rf"(?:[^.;]{{0,200}}?\bcapaian(?:\s+kinerja)?(?:nya)?\s+(?:sebesar\s+|adalah\s+|yaitu\s+|mencapai\s+)?(?P<a>{_VALUE})"
    rf"|[^.;]{{0,120}}?\b(?:(?:sudah|telah|masih|berada)\s+)*(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW}))\s+target\b)",
    re.I)
# 'X dengan target akhir RPJM yaitu 0,250 dan pada tahun 2018 terealisasi 0,310 dan pencapaian (kinerja indikator
# ini / terhadap target RPJM) yaitu 124,00': the year's result measured against the plan's end target, the only
# target the sentence states. The year's row takes the plan's target as its target, since the printed capaian is
# the year's realisation over it; read only when the capaian proves that (`plan_end_holds`) and the realisation is
# named as the year's ('pada tahun 2018', never 's.d.': a cumulative result is another table's, see
# headers.drop_plan_progress).
_PLAN_END_TAIL = (
    r"target\s+akhir\s+(?:periode\s+)?(?:rpjmd?n?|renstra)(?:\s+(?:tahun\s+)?(?:19|20)\d\d)?\s*,?\s+"
    rf"(?:(?:yaitu|yakni|sebesar|adalah)\s+)?(?P<t>{_VALUE})\s*,?\s+(?:(?:dan|sedangkan)\s+)?(?:pada\s+)?"
    rf"tahun\s+(?:19|20)\d\d\s*,?\s+(?:(?:telah|dapat|berhasil)\s+)?{REALISATION_WORD}\s+"
    rf"(?:(?:sebesar|yaitu|yakni|mencapai)\s+)?(?P<r>{_VALUE})\s*,?\s+(?:(?:dan|dengan|sehingga)\s+)?"
    r"(?:tingkat\s+)?(?:pen)?capaian(?:\s+kinerja)?(?:\s+indikator\s+(?:ini|tersebut))?"
    r"(?:\s+terhadap\s+target(?:\s+akhir)?(?:\s+(?:rpjmd?n?|renstra))?)?\s+"
    rf"(?:(?:yaitu|yakni|sebesar|adalah|mencapai)\s+)?(?P<a>{_VALUE})")
# the indicator's name opening the list item or sentence, as LIST_MEASURE_RE's
LIST_PLAN_END_RE = re.compile(
    r"(?P<name>(?:(?!\btarget)[^.;:%]){10,250}?)\s*,?\s*(?:dengan\s+)?" + _PLAN_END_TAIL, re.I)


# whose target it is, when not the indicator's own for the year: the nation's, or the plan's ('target akhir Renstra')
OTHER_TARGET_RE = re.compile(r"\b(?:nasional|akhir|rpjmd?n?|renstra|jangka|tahun\s+\d{4})\b", re.I)
# 'Realisasi IPG Kabupaten X Tahun 2020 91,08, namun ... . Apabila dibandingkan dengan target yang ditetapkan untuk
# Tahun 2020 sebesar 89,95 maka target tersebut telah terlampaui dengan capaian kinerja 101,26%': a sentence opening
# on 'Realisasi' and the indicator's name (often its initials) gives the result; its target and capaian follow, in it
# or in the next sentence. Read only when the capaian proves the pair (`realised_back_holds`). The region after the
# name ('Kabupaten X') is no part of it.
REALISED_BACK_RE = re.compile(
    r"(?:^|(?<=[.;!?]\s))realisasi\s+(?P<name>(?!indikator\b)[^.;:%\d,]{2,120}?)"
    r"(?:\s+(?:di\s+)?(?:kabupaten|kab\.|kota|provinsi)(?:\s+(?!tahun\b)(?-i:[A-Z])[\w-]*){1,2})?"
    r"\s+(?:(?:pada\s+)?tahun\s+\d{4}\s*,?\s+)?(?:(?:sebesar|adalah|yaitu|mencapai)\s+)?"
    rf"(?P<r>(?!(?:19|20)\d\d\b){_VALUE})"
    r"[^.;]{0,250}?(?:[.;]\s+[^.;]{0,60}?)?\bdibandingkan\s+dengan\s+target\b(?P<whose>[^.;]{0,60}?)\bsebesar\s+"
    rf"(?P<t>{_VALUE})[^.;]{{0,200}}?\bcapaian(?:\s+kinerja)?(?:nya)?\s+(?:sebesar\s+|adalah\s+|yaitu\s+|mencapai\s+)?"
    rf"(?P<a>{_VALUE})", re.I)
PLAN_TARGET_RE = re.compile(r"\b(?:nasional|provinsi|akhir|rpjmd?n?|renstra|jangka)\b", re.I)


# A target that is not the year's own: the nation's or province's, or the plan's for its last year ('target akhir RPJM')
NOT_YEARS_TARGET_RE = re.compile(r"\b(?:nasional|provinsi|akhir|rpjmd?n?|renstra|jangka|indikator|kinerja)\b", re.I)
NAME_FILLER = {"yang", "dan", "di", "pada", "dalam", "untuk", "dari", "ke", "oleh", "atas", "persentase", "jumlah",
               "tingkat", "angka", "nilai", "indeks", "rasio"}


# A result that names no indicator: 'dengan target 0,30 dan pada tahun 2016 terealisasi 0,32' under the heading or
# list item that names it ('b. Rasio guru terhadap murid'): see `headed_measure`.
BARE_RESULT_RE = re.compile(r"(?P<name>)\b" + _RESULT_TAIL, re.I)
HEADING_NAME_RE = re.compile(
    # ('Indikator Kinerja 1: Persentase ...', 'Indikator 2. Jumlah ...': the heading counts its indicators)
    r"\s*(?:(?:\d{1,2}|[a-zA-Z])[.)]\s+)?(?:indikator(?:\s+kinerja)?(?:\s+utama)?\s+(?:ke-?)?\d{1,2}\s*[:.)]?\s+)?"
    r"(?P<name>(?:persentase|presentase|prosentase|jumlah|nilai|indeks|opini|rasio|"
    r"tingkat|ketepatan|cakupan|rata-rata|level)\b[^.;:%]{5,150}?)\s*(?::|$)", re.I)
HEADING_REACH = 2  # lines above a paragraph (a blank one, then the heading) where its heading stands
RESULT_WORD_RE = re.compile(rf"\b(?:(?:di)?target(?:kan|nya)?|{REALISATION_WORD}|capaian)\b", re.I)


def headed_measure(lines: list[Line], paragraph: Paragraph, spans: list[tuple[int, int]],
                   year: int | None) -> MeasureRow | None:
    """The one result a paragraph states without a name, named by the heading or list item over it.

    A report often names the indicator once, in a heading or list item
    ('a. Rasio guru terhadap murid'), and tells its result in the prose
    below ('Pada tahun 2016 dengan target 0,30 terealisasi 0,32'). The name
    is taken from the paragraph's own opening up to a colon, or from the line
    above it. Two results in the paragraph are parts the heading does not
    tell apart, and are not read; nor is a sentence about another year.
    """
    text = paragraph.text
    found = list(BARE_RESULT_RE.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    if about_other_years(enclosing_sentence(text, spans, match.start("t")), year):
        return None
    opening = next((a for a, b in spans if a <= match.start() < b), 0)
    heading = HEADING_NAME_RE.match(text)
    if heading is not None and heading.end() <= match.start() and not RESULT_WORD_RE.search(heading.group("name")):
        name, opening = heading.group("name"), max(opening, heading.end())
    else:
        name = heading_above(lines, paragraph.starts[0][1])
    if name is None or INDICATOR_HEAD_RE.search(text, opening, match.start()):
        return None  # 'Pada tahun 2022 Level X ditargetkan ...': the sentence names its own indicator
    row = matched_measure(paragraph, match)
    if row is None:
        return None
    return replace(row, indicator_raw=" ".join(name.split()).strip(" ,"))


def heading_above(lines: list[Line], first: Line) -> str | None:
    """The indicator's name a short heading line right above a paragraph gives (HEADING_NAME_RE), if any."""
    at = first.number - lines[0].number
    if not (0 <= at < len(lines) and lines[at] is first):
        at = next((i for i, line in enumerate(lines) if line is first), -1)
    if at < HEADING_REACH or lines[at - 1].text.strip():
        return None  # a paragraph cut from a longer stretch of prose: the line above is prose, no heading
    above = lines[at - 2]
    if not above.text.strip() or is_table_line(above.text):
        return None
    heading = HEADING_NAME_RE.fullmatch(above.text.rstrip())
    if heading is None or RESULT_WORD_RE.search(heading.group("name")):
        return None  # the last line of a paragraph stating a result: no heading
    before = lines[at - 3].text.rstrip() if at >= 3 else ""
    if before and before[-1] not in SENTENCE_CLOSE and not heading.group(0).lstrip()[:1].isdigit() \
            and not re.match(r"\s*[a-zA-Z][.)]\s", above.text):
        return None  # the last line of a wrapped sentence, not a heading of its own
    return heading.group("name")


# A result sentence that refers to its indicator instead of naming it ('Target dari indikator sasaran ini adalah
# tercukupinya ... dengan target akhir RPJM yaitu 0,40 dan pada tahun 2020 terealisasi 0,42 dan pencapaian ...
# yaitu 105', 'Indikator ini ditargetkan 80% dan terealisasi 84%'): the name stands in the heading or list item
# above it (`pronoun_heading`). The opening words before 'indikator' ('Target dari', 'Pada tahun 2020 capaian')
# belong to the sentence, so the text between heading and sentence is measured to where they start.
PRONOUN_RE = re.compile(r"indikator(?:\s+(?:kinerja|sasaran|utama|strategis)){0,2}\s+(?:ini|tersebut)\b", re.I)
PRONOUN_OPENER_RE = re.compile(r"(?:(?:pada\s+)?tahun\s+(?:19|20)\d\d\s*,?\s+)?(?:(?:target|capaian|realisasi)"
                               r"(?:\s+(?:dari|untuk|pada))?\s+)?$", re.I)
PRONOUN_OPENER_REACH = 40  # characters before 'indikator' the opening words take
PRONOUN_PLAN_END_RE = re.compile(r"(?P<name>)[^.;]{0,300}?\b" + _PLAN_END_TAIL, re.I)  # matched after PRONOUN_RE
PRONOUN_RESULT_RE = re.compile(r"(?P<name>)[^.;]{0,300}?\b" + _RESULT_TAIL, re.I)
# ... the sentence opening on the target word before the pronoun ('Target indikator ini pada tahun 2018 sebesar 90%
# dan terealisasi 93,37% dengan capaian 103,74%'): the value follows the pronoun with no second 'target'
PRONOUN_OPENED_RESULT_RE = re.compile(r"(?P<name>)\s+" + _TARGET_FILLER + rf"(?P<t>{_VALUE}){_ASIDE}"
                                      rf"{_UNIT_AFTER_TARGET}{_JOIN}{_REALISED_VALUE}{_UNIT_AFTER_REALISED}"
                                      + _CAPAIAN_TAIL, re.I)
# A heading or list item that names an indicator: a line (after any section number, '3.2.4 Jumlah ...'), or in
# text flattened onto one line a lettered or numbered item ('b. Rasio guru terhadap murid:'), opening on an
# indicator's word; its name ends at a colon or the line's end. A lettered or numbered item names one even without such a word, when it ends on a colon.
PRONOUN_HEADING_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=\s)(?=(?:\d{1,2}|[a-zA-Z])[.)]\s))"
    r"(?P<mark>(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}[.)]|[a-zA-Z][.)])\s+)?"
    r"(?P<name>(?:" + INDICATOR_HEAD_RE.pattern + r")[^.;:%\n]{5,150}?"
    r"|(?<=[.)]\s)(?-i:[A-Z])[^.;:%\n\d]{5,80}?(?=[ \t]*:))"
    r"[ \t]*(?P<end>:|\n|$)", re.I)
# a sub-item under a heading that ends on a colon: '-SD/MI', '\u2022 SMP': a short label after a dash or bullet
SUB_ITEM_RE = re.compile(r"\s*[-\u2022]\s?(?P<sub>[A-Za-z][\w/.]{1,15}(?: [A-Z][\w/.]{0,15})?)(?=\s)")
SUB_ITEM_LEAD_RE = re.compile(r"(?:^|\s)[-\u2022]\s?(?P<sub>[A-Za-z][\w/.]{1,15}(?: [A-Z][\w/.]{0,15})?)\s+$")
PRONOUN_HEADING_LINES = 4  # lines above the paragraph where the heading may stand
PRONOUN_GAP_CHARS = 300  # text between a heading and the one result it names (a few lines, no other result)
PRONOUN_SIBLINGS_CHARS = 1500  # ... and between a heading and its last sub-item's result (the others between)


# a name that opens on a pronoun ('ini pada tahun 2018' of 'Target indikator ini pada tahun 2018 sebesar ...')
PRONOUN_NAME_RE = re.compile(r"\s*(?:ini|tersebut|itu)\b", re.I)


def names_by_pronoun(match: re.Match) -> bool:
    """Whether a pattern's name is a pronoun's ('indikator ini ...'): it names no indicator; the heading above does."""
    name = match.groupdict().get("name")
    return bool(name) and PRONOUN_NAME_RE.match(name) is not None


def pronoun_measures(lines: list[Line], paragraph: Paragraph, spans: list[tuple[int, int]], year: int | None,
                     read: list[tuple[int, int]]) -> list[MeasureRow]:
    """Results of sentences that refer to 'indikator (sasaran) ini / tersebut', named by the heading above.

    A report names the indicator in a heading or list item ('a. Rasio X:',
    then '-SD/MI') and states each result below it in a sentence that only
    refers to it. Values are read only where they prove themselves: a target
    and realisasi the sentence calls so ('ditargetkan ... terealisasi'), or
    the plan's end target whose printed capaian is the year's realisation
    over it (`plan_end_holds`). A sentence that names its own indicator, or
    speaks of another year, or has no heading above it, gives no row.
    """
    text = paragraph.text
    low = text.lower()
    if "indikator" not in low or (" ini" not in low and "tersebut" not in low):
        return []
    rows: list[MeasureRow] = []
    for pronoun in PRONOUN_RE.finditer(text):
        at = PRONOUN_OPENER_RE.search(text, max(0, pronoun.start() - PRONOUN_OPENER_REACH), pronoun.start()).start()
        match = PRONOUN_PLAN_END_RE.match(text, pronoun.end())
        if match is None or not plan_end_holds(match):
            match = PRONOUN_RESULT_RE.match(text, pronoun.end())
        if match is None and "target" in text[at:pronoun.start()].lower():
            match = PRONOUN_OPENED_RESULT_RE.match(text, pronoun.end())
        if match is None or any(a < match.end() and at < b for a, b in read):
            continue
        if INDICATOR_HEAD_RE.search(text, match.end("name"), match.start("t")) \
                or about_other_years(enclosing_sentence(text, spans, match.start("t")), year):
            continue  # the sentence names its own indicator, or tells another year's result
        name = pronoun_heading(lines, paragraph, at)
        row = matched_measure(paragraph, match) if name else None
        if row is not None:
            read.append((at, match.end()))
            rows.append(replace(row, indicator_raw=name))
    return rows


def pronoun_heading(lines: list[Line], paragraph: Paragraph, at: int) -> str | None:
    """The indicator's name for a result sentence opening at offset `at` of the paragraph: the nearest heading or
    list item above (PRONOUN_HEADING_RE, in the paragraph or a few lines over it) with no other result between,
    and the sub-item that leads the sentence, or follows the heading's colon, appended ('Rasio X SD/MI').

    Results of a heading's sub-items follow one another ('-SD/MI ... -SMP
    ...'): a sentence led by a sub-item may have its siblings' results
    between it and the heading, when the heading ends on a colon and a
    sub-item follows it. With no heading, no name: a name is never guessed.
    """
    first = paragraph.starts[0][1]
    k = first.number - lines[0].number
    if not (0 <= k < len(lines) and lines[k] is first):
        k = next((i for i, line in enumerate(lines) if line is first), 0)
    above = []
    for line in reversed(lines[max(0, k - PRONOUN_HEADING_LINES):k]):
        if is_table_line(line.text):
            break
        above.insert(0, fold_text(line.text).strip())
    context = "\n".join(above + [paragraph.text[:at]])
    cut = len(context) - at  # where the paragraph starts in `context`
    heading = None
    for m in PRONOUN_HEADING_RE.finditer(context):
        if not RESULT_WORD_RE.search(m.group("name")) and (m.group("mark") or m.start() == 0
                                                         or context[m.start() - 1] == "\n" or m.start() == cut):
            heading = m
    if heading is None:
        return None
    name = " ".join(heading.group("name").split()).strip(" ,-")
    lead = SUB_ITEM_LEAD_RE.search(context, heading.end())
    own_sub = SUB_ITEM_RE.match(context, heading.end()) if heading.group("end") in (":", "\n") else None
    between = context[heading.end():lead.start() if lead else len(context)]
    if lead is not None and own_sub is not None:
        if len(between) > PRONOUN_SIBLINGS_CHARS:
            return None
        return f"{name} {lead.group('sub')}"
    if own_sub is not None:
        between = context[own_sub.end():]
    if len(between) > PRONOUN_GAP_CHARS or RESULT_WORD_RE.search(between):
        return None
    return f"{name} {own_sub.group('sub')}" if own_sub is not None else name


def two_sentences_hold(text: str, match: re.Match) -> bool:
    """Whether TWO_SENTENCES_RE's two sentences speak of one indicator, and of the year's own target.

    The realisation's sentence names the same thing (a word of the target's
    name beyond 'persentase', 'jumlah' ...) or nothing, and no year the
    target's sentence does not; the target is not a nation's, a province's or
    a plan's last year's, and its name is an indicator's, not 'indikator ini'.
    """
    name = match.group("name")
    if NOT_YEARS_TARGET_RE.search(name):
        return False
    split = match.end("t")  # the target's sentence ends right after its value
    first = {m.group(1) for m in YEAR_RE.finditer(text, match.start(), split)}
    if {m.group(1) for m in YEAR_RE.finditer(text, split, match.end())} - first:
        return False  # 'Realisasi ... pada Pemilu 2014 ...': another year's result
    rname = match.group("rname")
    if rname is None:
        return True
    if NOT_YEARS_TARGET_RE.search(rname) and not re.search(r"\bkinerja\b", name, re.I):
        return False
    own = {w for w in WORD_RE.findall(name.lower()) if w not in NAME_FILLER}
    return bool(own & set(WORD_RE.findall(rname.lower())))


REALISED_BEFORE_RE = re.compile(rf"\b(?:{REALISATION_WORD}|capaian\s+kinerja\s+nyata|memperoleh\s+predikat)\b", re.I)
# A year the sentence speaks of: after a word that introduces one ('tahun 2021', 'Pemilihan 2020', 'TA. 2022',
# 'Renstra 2020-2024'), not any four digits ('target 2000 orang' is a count).
# (`\b(?i:tahun|th|ta|anggaran|pemilu|pemilihan|pilkada|periode|renstra|rpjmd|rpjmn)\.?\s+...`, written to open with
# the class of the words' first letters in either case (every character (?i) takes for them), the \b in a lookbehind
# after it: the engine skips to a candidate letter in C)
YEAR_RE = re.compile(r"[tTaApPrR](?<!\w.)(?i:(?<=t)(?:ahun|h|a)|(?<=a)nggaran|(?<=p)(?:emilu|emilihan|ilkada|eriode)"
                     r"|(?<=r)(?:enstra|pjmd|pjmn))\.?\s+((?:19|20)\d{2})(?:\s*[-\u2013/]\s*((?:19|20)\d{2}))?\b")


def may_state_realisation(text: str) -> bool:
    """Whether REALISATION_WORD can match: 'alisasi', 'alizasi' or 'alisir' in any case.

    re.I also takes 'ı' and 'İ' for 'i' ('İ' lowers to 'i' and a combining dot).
    """
    low = text.lower().replace("ı", "i").replace("\u0307", "")
    return "alisasi" in low or "alizasi" in low or "alisir" in low


def about_other_years(sentence: str, year: int | None) -> bool:
    """Whether a sentence names years and none of them (nor a span of them) is the report's.

    'Pada tahun 2021 ... target 75% terealisasi 80%' in the report for 2022
    tells last year's result, not this year's.
    """
    if year is None:
        return False
    found = [m for m in YEAR_RE.finditer(sentence) if not names_coming_election(m, year)]
    if not found:
        return False
    return not any(int(m.group(1)) <= year <= int(m.group(2) or m.group(1)) for m in found)


def names_coming_election(match: re.Match, year: int) -> bool:
    """Whether a YEAR_RE match is an election still to come named by its year ('tahapan Pemilu 2024' in the
    report for 2022): the name of the event the year's work prepares, not the time a result belongs to (no
    result of a later year can be reported). A past election's year ('pada Pemilu 2019') still counts."""
    return int(match.group(1)) > year and match.group(0)[:3].lower() in ("pem", "pil")


def enclosing_sentence(text: str, spans: list[tuple[int, int]], at: int) -> str:
    """The sentence of a paragraph that holds offset `at`."""
    return next((text[a:b] for a, b in spans if a <= at < b), text)


def untitled(text: str, spans: list[tuple[int, int]], opens: frozenset[int], match: re.Match) -> str:
    """The sentence holding the match's target, less a title line joined before it when the statement opens on the
    year on the line after the title (`year_opens`): the title's year ('... Tahun 2020') is not the statement's."""
    a, b = next(((a, b) for a, b in spans if a <= match.start("t") < b), (0, len(text)))
    cut = max((o for o in opens if a < o <= match.start() and YEAR_PHRASE_RE.match(text, o)), default=a)
    return text[cut:b]


def from_plan_lines(doc: DocText) -> list[int]:
    """The lines that say 'dari rencana' (the words _FROM_TARGET reads as 'dari target'), or open on 'rencana' after
    a line ending on 'dari': 'rencana' alone names no target ('Rencana Strategis', 'rencana aksi')."""
    texts = doc.texts
    return [k for k in doc.lines_with("rencana") if "dari rencana" in texts[k].lower() or k and texts[k].lstrip()[
        :7].lower() == "rencana" and texts[k - 1].rstrip()[-5:].lower() in (" dari", "dari")]


def find_measure_sentences(lines: list[Line], doc: DocText | None = None,
                           names: Sequence[str] = (), year: int | None = None) -> list[MeasureRow]:
    """'indikator X ... target 90,89, terealisasi 92,22, capaian 101,46' as a realisation record.

    Only sentences that name their indicator are read: a value without the
    indicator it measures cannot be traced or joined to anything. A sentence
    without the word 'indikator' counts when it opens on the indicator's name
    (a list item '2. Persentase X dengan target ...': see LIST_MEASURE_RE) or
    names one of `names` (the indicators of the report's own target tables):
    see `named_measure`. A sentence that names only other years than the
    report's `year` tells another year's result and is not read.
    """
    rows: list[MeasureRow] = []
    doc = doc or DocText(lines)
    known = known_names(names)
    name_words_of: dict[str, list[str]] = {}  # `name_in`'s words of each known name, found once per document
    for paragraph in paragraphs(lines, ("target",), doc, titles=True, more=from_plan_lines(doc)):
        low = paragraph.text.lower()
        if not may_state_realisation(paragraph.text) and not says_from_target(low) and not may_compare(low) \
                and not ("sebesar" in low and " atau " in low) and "dibandingkan dengan target" not in low:
            continue  # most 'target' paragraphs state none: the patterns' scan of them finds nothing
        opens = title_opens(paragraph) | value_line_opens(paragraph)
        matches = pattern_matches(paragraph.text, opens)
        spans = sentence_spans(paragraph.text)
        read: list[tuple[int, int]] = []
        for match in matches:
            if any(a < match.end() and match.start() < b for a, b in read):
                continue  # the 'indikator X' pattern read this statement already
            if names_by_pronoun(match):
                continue  # 'Target indikator ini pada tahun 2018 sebesar ...': its heading names it (below)
            read.append(match.span())
            if about_other_years(untitled(paragraph.text, spans, opens, match), year):
                continue
            row = matched_measure(paragraph, match)
            if row is not None and match.re in (STATED_PAIR_RE, REALISED_BACK_RE):
                row = replace(row, indicator_raw=spelled_out(doc.text, row.indicator_raw))
            if row is not None:
                rows.append(row)
        rows += pronoun_measures(lines, paragraph, spans, year, read)
        if not read:
            row = headed_measure(lines, paragraph, spans, year)
            if row is not None:
                rows.append(row)
                continue
        if not known:
            continue
        for start, end in spans:
            if any(a < end and start < b for a, b in read):
                continue  # the pattern above read this sentence already
            if about_other_years(paragraph.text[start:end], year):
                continue
            row = named_measure(paragraph, start, end, known, name_words_of)
            if row is not None:
                rows.append(row)
    at_number = {lines[k].number: k for k in reversed(range(len(lines)))} if rows else {}  # (a number's first line)
    return [with_worked_capaian(lines, row, at_number) for row in rows] + row_sentence_measures(lines, doc, year)


# the capaian worked out under a result: 'capaian kinerja sebagai berikut : 66 x 100 % = 206,25%' (the target, the
# fraction's denominator, often on the next line)
WORKED_CAPAIAN_RE = re.compile(r"=\s*(\d{1,4}(?:[.,](\d{1,2}))?)\s?%")
WORKED_CAPAIAN_LINES = 6  # lines after the result that may work its capaian out


def with_worked_capaian(lines: list[Line], row: MeasureRow, at_number: dict[int, int]) -> MeasureRow:
    """`row` with the capaian the lines after it work out ('capaian ... R x 100 % = A%'), when its sentence
    printed none.

    The sentence 'X ditargetkan 32 desa dan terealisasi 66 desa' may leave its
    capaian to a computation below it. The worked value is taken only when
    it is realisasi / target (or target / realisasi, where less is better) to
    the decimals printed: the arithmetic proves it is this result's capaian.
    """
    t, r = row.target, row.realisation
    if row.achievement is not None or t is None or r is None or not t.value or not r.value:
        return row
    at = at_number.get(row.source.line)  # (`at_number`: each line's index in `lines` by its number)
    if at is None:
        return row
    for k in range(at + 1, min(len(lines), at + 1 + WORKED_CAPAIAN_LINES)):
        text = lines[k].text
        if "capaian" not in text.lower():
            continue
        for m in WORKED_CAPAIAN_RE.finditer(text):
            value = float(m.group(1).replace(",", "."))
            tolerance = 0.5 * 10 ** -len(m.group(2) or "") + 1e-9
            if min(abs(r.value / t.value * 100 - value), abs(t.value / r.value * 100 - value)) <= tolerance:
                raw = m.group(0).lstrip("= ").strip()
                row.notes.append(f"capaian worked out on line {lines[k].number}: {text.strip()}")
                return replace(row, achievement=Reading(raw=raw, value=value, unit="%"))
    return row

# A table row that states its result as a sentence run across its cells: an evaluation table's 'Penyerapan anggaran |
# Serapan anggaran mencapai 98% | Melebihi target sebesar 95%', often wrapped, each cell's last words on the line
# below ('2 | Penyerapan anggaran | Melebihi target' / 'mencapai 98% sebesar 95%'). See `row_sentence_measures`.
ROW_NUMBER_CELL_RE = re.compile(r"\s*\d{1,2}[.)]?\s*")
ROW_OPENING_RE = re.compile(r"\s*\d{1,2}[.)]?\s+[A-Z]")  # the next row's number, its cells' borders lost
ROW_CONTINUATION_LINES = 2
ROW_COMPARED_RE = re.compile(rf"\b(?:{_ABOVE}|{_BELOW})\s+target", re.I)
CELL_VALUE_RE = re.compile(r"\d(?:[\d.,]*\d)?(?:\s?%|\s+persen\b)?")  # where a value ends a cell's words


def row_sentence_measures(lines: list[Line], doc: DocText, year: int | None = None) -> list[MeasureRow]:
    """Results a table row states in words across its cells, read as one sentence.

    A table of conclusions ('Kesimpulan', 'Keterangan') gives an indicator
    in its first cell and its result in words in the next ('Serapan anggaran
    mencapai 98,17%', 'Melebihi target sebesar 95%'). Its cells joined in
    order read as a sentence of LIST_COMPARED_RE (the comparison must hold:
    `compared_holds`) or LIST_MEASURE_RE (target and realisasi words both
    printed); the name must lie within the row's first cell, so a table's
    value columns never join a name.
    """
    rows: list[MeasureRow] = []
    texts = doc.texts
    for at in doc.lines_with("target"):
        text = texts[at]
        if "|" not in text or footer_in_prose(text):
            continue  # (a page's footer run into a paragraph is no row: see `footer_in_prose`)
        block = lines[at:at + 1 + ROW_CONTINUATION_LINES]
        low = " ".join(line.text for line in block).lower()
        if not ROW_COMPARED_RE.search(low) and not may_state_realisation(low):
            continue
        row = row_sentence_measure(block, year)
        if row is not None:
            rows.append(row)
    return rows


def row_sentence_measure(block: list[Line], year: int | None) -> MeasureRow | None:
    """The result the row opening `block` states across its cells (see `row_sentence_measures`), or None."""
    cells = row_cells(block)
    if cells is None or len(cells) < 2:
        return None
    sentence = " ".join(cells)
    if about_other_years(sentence, year):
        return None
    found = [m for m in (LIST_COMPARED_RE.match(sentence),) if m is not None and compared_holds(m)]
    if not found and may_state_realisation(sentence):
        found = [m for m in (LIST_MEASURE_RE.match(sentence),) if m is not None]
    if not found or found[0].end("name") > len(cells[0]) or not WORD_RE.match(found[0].group("name")):
        return None
    match = found[0]
    at = next((line for line in block if match.group("r").strip(" ,") in line.text), block[0])
    return matched_measure(Paragraph(sentence, [(0, at)]), match)


def row_cells(block: list[Line]) -> list[str] | None:
    """A numbered '|' row's text cells (its number left out), each with its words from the lines below it.

    A wrapped row prints each cell's last words on the next line, side by side
    with the other cells' ('mencapai 98,17% sebesar 95%'): that line is cut
    after each value, and the pieces go in order to the cells whose words end
    without one. When the pieces and those cells do not pair off, None.
    """
    cells = [" ".join(cell.split()) for cell in block[0].text.split("|")]
    if len(cells) < 3 or not ROW_NUMBER_CELL_RE.fullmatch(cells[0]):
        return None  # only a numbered row: a line that merely holds a '|' is no table's row
    cells = [cell for cell in cells[1:] if cell]
    below = []
    for line in block[1:]:
        if not line.text.strip() or is_table_line(line.text) or ROW_OPENING_RE.match(line.text):
            break
        below.append(" ".join(line.text.split()))
    unvalued = [k for k, cell in enumerate(cells) if not CELL_VALUE_RE.search(cell[-8:])]
    if not below or not unvalued:
        return cells  # (every cell ending on a value: the row is whole, the line below no part of it)
    rest = " ".join(below)
    ends = [m.end() for m in CELL_VALUE_RE.finditer(rest)]
    pieces = [rest[a:b].strip() for a, b in zip([0] + ends, ends)]
    if pieces and ends[-1] < len(rest):
        pieces[-1] = f"{pieces[-1]} {rest[ends[-1]:].strip()}"
    if len(pieces) < 2 or len(pieces) != len(unvalued) or unvalued != list(range(len(cells) - len(pieces), len(cells))):
        return None
    for k, piece in zip(unvalued, pieces):
        cells[k] = f"{cells[k]} {piece}"
    return cells


NUMBERED_ITEM_RE = re.compile(r"(?<![^\s.;:])\d{1,2}[.)]\s+(?=[A-Z])")  # '2. Aparat ...': a numbered list item's mark


def says_from_target(low: str) -> bool:
    """Whether a lower-cased paragraph holds the words _FROM_TARGET opens on: a substring test before the regexes."""
    return "dari target" in low or "dari rencana" in low or "dibandingkan dengan target" in low or "(target" in low \
        or "( target" in low or "terhadap target" in low or "sama dengan target" in low


def pattern_matches(text: str, opens: frozenset[int] = frozenset()) -> list[re.Match]:
    """MEASURE_SENTENCE_RE's matches, LIST_MEASURE_RE's at each place a list item or sentence opens (or a line
    opens after a title: `opens`), and FROM_TARGET_RE's that `from_target_holds` vouches for."""
    found: list[re.Match] = []
    low = text.lower()
    targeted = "target" in low  # (else only 'dari rencana 5%', which the from-target patterns read)
    if targeted and may_state_realisation(text):
        found += MEASURE_SENTENCE_RE.finditer(text)
        found += TARGET_FIRST_RE.finditer(text)
        listed = [m for m in map(lambda start: LIST_MEASURE_RE.match(text, start), list_item_starts(text, opens)) if m]
        # 'Indeks X dan persentase Y ditargetkan 85% ...': two indicators share the values, neither is read
        paired = [m.span("name") for m in listed if JOINED_NAMES_RE.search(m.group("name"))]
        found += [m for m in listed if not any(a <= m.start() < b for a, b in paired)]
        if "=" in text or ":" in text:
            found += [m for m in map(lambda start: ACRONYM_MEASURE_RE.match(text, start),
                                     acronym_starts(text, opens)) if m]
        found += [m for m in TWO_SENTENCES_RE.finditer(text) if two_sentences_hold(text, m)]
        if "dari " in low:
            found += [m for m in TARGET_OPENING_RE.finditer(text) if target_opening_holds(m)]
    if targeted and may_compare(low):
        found += [m for m in COMPARED_RE.finditer(text) if compared_holds(m) and not CAPAIAN_BEFORE_RE.search(
            text, max(0, m.start() - MARK_REACH), m.start())]
        found += [m for m in REALISED_COMPARED_RE.finditer(text) if compared_holds(m)]
        for start in list_item_starts(text, opens):
            match = LIST_COMPARED_RE.match(text, start)
            if match is not None and compared_holds(match):
                found.append(match)
    if targeted and "sebesar" in low and " atau " in low:
        found += [m for m in STATED_PAIR_RE.finditer(text) if stated_pair_holds(m)]
    if targeted and "akhir" in low and may_state_realisation(text):
        for start in list_item_starts(text, opens):
            match = LIST_PLAN_END_RE.match(text, start)
            if match is not None and plan_end_holds(match):
                found.append(match)
    if "dibandingkan dengan target" in low:
        found += [m for m in COMPARED_BACK_RE.finditer(text) if compared_back_holds(m)]
        found += [m for m in REALISED_BACK_RE.finditer(text) if realised_back_holds(text, m)]
    if says_from_target(low):
        found += [m for m in FROM_TARGET_RE.finditer(text) if from_target_holds(text, m)]
        if "pencapaian kinerja" in low:
            found += [m for m in ACHIEVED_FROM_TARGET_RE.finditer(text) if from_target_holds(text, m)]
        starts = list_item_starts(text, opens)
        for start in starts:
            match = LIST_FROM_TARGET_RE.match(text, start)
            if match is not None and from_target_holds(text, match):
                found.append(match)
        if "dari target" in low:
            found += [m for m in NAMED_FROM_TARGET_RE.finditer(text) if named_from_target_holds(m)]
        # a numbered item naming its indicator in words no indicator's name opens on ('2. Aparat yang ...'): read
        # only in the capaian-first form, whose three numbers prove themselves (`capaian_first_holds`)
        for mark in NUMBERED_ITEM_RE.finditer(text):
            if mark.end() not in starts and (match := LIST_FROM_TARGET_RE.match(text, mark.end())) is not None \
                    and match.group("a1") and from_target_holds(text, match):
                found.append(match)
    return found


SHORT_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9\-]{1,9}")  # 'NTPi', 'IPM': a name given by its initials


def spelled_out(text: str, name: str) -> str:
    """'Nilai Tukar Pembudidaya Ikan (NTPi)' for 'NTPi' where the report spells the initials out so, else `name`.

    A sentence may call its indicator by the initials the report defined before; the tables name it in full.
    The capitalised words right before the bracket are taken whose first letters spell the initials.
    """
    if not SHORT_NAME_RE.fullmatch(name):
        return name
    want = re.sub(r"[^a-z]", "", name.lower())
    for m in re.finditer(rf"((?:[A-Z][\w\-]*[ \t]+){{1,8}})\([ \t]*{re.escape(name)}[ \t]*\)", text):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            if "".join(w[0] for w in words[-k:]).lower() == want:
                return f"{' '.join(words[-k:])} ({name})"
    return name


CAPAIAN_SLACK = 0.5  # percent points: a capaian printed rounded to a whole or cut, not one worked out wrong


def capaian_proves(t: float, r: float, a: float, gap: bool = False) -> bool:
    """Whether a printed capaian `a` is realisasi / target x 100, or target / realisasi x 100 (an indicator where
    less is better), to within `CAPAIAN_SLACK`; with `gap`, also (2 - realisasi / target) x 100, the other form
    reports give less-is-better indicators. Target and realisasi must be non-zero."""
    misses = [abs(r / t * 100 - a), abs(t / r * 100 - a)]
    if gap:
        misses.append(abs((2 - r / t) * 100 - a))
    return min(misses) <= CAPAIAN_SLACK


def printed_capaian_proves(target: str | None, realisation: str | None, capaian: str | None,
                           gap: bool = False) -> bool:
    """`capaian_proves` on a sentence's printed target, realisation and capaian: False when one is missing,
    unreadable, or target or realisation is zero."""
    if target is None or realisation is None or capaian is None:
        return False
    values = [parse_measure(v.strip(" ,"), unit)
              for v, unit in ((target, None), (realisation, None), (capaian, "%"))]
    if any(v is None or v.value is None for v in values):
        return False
    t, r, a = (v.value for v in values)
    return bool(t and r) and capaian_proves(t, r, a, gap)


def stated_pair_holds(match: re.Match) -> bool:
    """Whether STATED_PAIR_RE's second sentence gives the target's result: it names the target's thing (a word of
    its name beyond 'persentase', 'jumlah' ...), and its capaian is a percent that realisasi / target (or target /
    realisasi) gives to within half a point; else the value may be anything the sentence counts."""
    name = match.group("name")
    if NOT_YEARS_TARGET_RE.search(name):
        return False
    own = {w for w in WORD_RE.findall(name.lower()) if w not in NAME_FILLER}
    if not own & set(WORD_RE.findall(match.group("mid").lower())):
        return False
    return "%" in match.group("a") and printed_capaian_proves(match.group("t"), match.group("r"), match.group("a"))


def plan_end_holds(match: re.Match) -> bool:
    """Whether LIST_PLAN_END_RE's printed capaian is the year's realisation over the plan's end target (or its
    inverse, where less is better): only then is the plan's target the one the year was measured against. Two
    ratios no arithmetic can prove are read on the sentence's words (`ratio_plan_end`)."""
    return printed_capaian_proves(match.group("t"), match.group("r"), match.group("a")) \
        or ratio_plan_end(match.group("t"), match.group("r"), match.group("a"))


RATIO_CAPAIAN_MAX = 200.0  # a ratio's capaian above this is no percent a report prints


def ratio_plan_end(target: str | None, realisation: str | None, capaian: str | None) -> bool:
    """Whether a plan-end statement's target and realisation are both ratios ('1:30', '1:18') and its capaian a
    plausible percent.

    Reports work out a ratio's capaian by formulas of their own (neither
    30/18 nor 18/30 gives the '85,10' printed), so no arithmetic proves or
    refutes the pair. The sentence's words still do what a reader relies
    on: the realisation is named as the year's ('pada tahun 2019
    terealisasi') and the capaian as measured against the plan's target.
    The row is read with the printed values; its target, the plan's and not
    shown to be the year's, is left untrusted (`matched_measure`).
    """
    if target is None or realisation is None or capaian is None:
        return False
    t, r = (parse_measure(v.strip(" ,"), None) for v in (target, realisation))
    a = parse_measure(capaian.strip(" ,"), "%")
    return t is not None and r is not None and t.unit == r.unit == "ratio" \
        and a is not None and a.value is not None and 0 < a.value <= RATIO_CAPAIAN_MAX


def realised_back_holds(text: str, match: re.Match) -> bool:
    """Whether REALISED_BACK_RE's target is the indicator's own for the year its result is (not the nation's nor a
    plan's; a year named on both sides the same), its name no budget's, and its capaian proves the pair."""
    if PLAN_TARGET_RE.search(match.group("whose")) or MONEY_WORD_RE.search(match.group("name")):
        return False
    result_years = set(YEAR_RE.findall(text, match.start(), match.end("r")))
    target_years = set(YEAR_RE.findall(match.group("whose")))
    if result_years and target_years and result_years != target_years:
        return False
    return printed_capaian_proves(match.group("t"), match.group("r"), match.group("a"), gap=True)


def compared_back_holds(match: re.Match) -> bool:
    """Whether COMPARED_BACK_RE's target is the indicator's own and its capaian proves the pair: realisasi / target,
    or, for an indicator where less is better, target / realisasi or (2 - realisasi / target), x 100, to within half
    a point; with no capaian printed, the word of comparison ('masih dibawah target') agrees with the values
    (`compared_holds`)."""
    if OTHER_TARGET_RE.search(re.sub(r"\btahun\s+\d{4}", own_years(match), match.group("whose"))):
        return False
    if match.group("a") is None:
        return compared_holds(match)  # no capaian: the word of comparison must agree with the values
    return printed_capaian_proves(match.group("t"), match.group("r"), match.group("a"), gap=True)


def own_years(match: re.Match) -> Callable[[re.Match], str]:
    """A replacement that drops 'tahun 2016' from a target's description when the result's sentence names that year:
    'target indikator Kota X tahun 2016' is the year's own target, not another's."""
    years = set(re.findall(r"\b(?:19|20)\d\d\b", match.string[match.start():match.end("r")]))
    return lambda m: "" if m.group(0)[-4:] in years else m.group(0)


def from_target_holds(text: str, match: re.Match) -> bool:
    """Whether FROM_TARGET_RE's first value is a realisation: so called, or its capaian agrees.

    The sentence calls it one when a realisation word ('Realisasi', 'capaian
    kinerja nyata') stands before it in the same sentence; otherwise the
    printed capaian must be realisasi / target (or target / realisasi, for an
    indicator where less is better) to within half a point. A capaian said
    before the realisation ('pencapaian rencana 571,43% atau terealisasi
    28,57% dari rencana 5%') must be realisasi / target (`states_capaian`):
    that is what makes the three numbers one statement.
    """
    first = match.groupdict().get("a1")
    if first and not capaian_first_holds(*match_values(match)[:2], first):
        return False
    if "dibandingkan" in text[match.end("r"):match.start("t")].lower():
        return printed_capaian_proves(*match_values(match))  # a comparison: only the capaian makes it the target
    opening = text.rfind(". ", 0, match.start()) + 1
    if REALISED_BEFORE_RE.search(text, opening, match.start("r")):
        return True
    return printed_capaian_proves(*match_values(match))


def capaian_first_holds(target: str | None, realisation: str | None, capaian: str | None) -> bool:
    """Whether a capaian printed before its realisation is realisasi / target x 100, to within `CAPAIAN_SLACK`."""
    if target is None or realisation is None or capaian is None:
        return False
    t, r = (parse_measure(v.strip(" ,"), None) for v in (target, realisation))
    a = parse_measure(capaian.strip(" ,"), "%")
    return states_capaian(t, r, a, CAPAIAN_SLACK)


def compared_holds(match: re.Match) -> bool:
    """Whether COMPARED_RE's realisation stands on the side of its target the comparison word says.

    'mencapai 97% melebihi target 95%' holds; 'mencapai 90% melebihi target
    95%' does not (an indicator where less is better, or values misread):
    no row rather than a doubtful one. A printed capaian must agree with
    realisasi / target (or its inverse) to within half a point.
    """
    values = [parse_measure(v.strip(" ,"), "%" if k == 2 else None) if v else None
              for k, v in enumerate(match_values(match))]
    target, realisation, achievement = values
    if target is None or realisation is None or target.value is None or realisation.value is None:
        return False
    if target.unit != realisation.unit and None not in (target.unit, realisation.unit):
        return False
    t, r = target.value, realisation.value
    if not (r > t if match.group("above") else r < t):
        return False
    if achievement is None or achievement.value is None or not t or not r:
        return achievement is None
    return capaian_proves(t, r, achievement.value)


SCALE_WORDS = {"ribu": 1e3, "juta": 1e6}


def scaled_readings(match: re.Match, readings: list) -> list:
    """The target and realisation read whole where the sentence counts both in thousands or millions
    ('2,5 juta buku dari target 5 juta buku' is 2.500.000 against 5.000.000), each raw as printed."""
    scale = match.groupdict().get("scale")
    if not scale or any(r is None or r.value is None for r in readings[:2]):
        return readings
    noun = match.groupdict().get("noun")
    out = []
    for reading, group in zip(readings[:2], ("t", "r")):
        raw = " ".join(filter(None, (match.group(group).strip(" ,"), scale, noun)))
        out.append(replace(reading, value=reading.value * SCALE_WORDS[scale.lower()], raw=raw))
    return out + readings[2:]


def match_values(match: re.Match) -> list[str | None]:
    """A match's target, realisation and capaian; the capaian may stand before the target ('a0': see _FROM_TARGET_TAIL),
    before the realisation ('a1', taken only when `from_target_holds` proved it) or in brackets after it ('ab', taken only when `bracketed_capaian` vouches for it); a count noun after both values
    ('noun') goes with each."""
    groups = match.groupdict()
    target, realisation = match.group("t"), match.group("r")
    if groups.get("noun"):  # (a noun of two words, 'sumber air', is read by its first: see `noun_unit`)
        noun = groups["noun"].split()[0]
        target, realisation = f"{target} {noun}", f"{realisation} {noun}"
    achievement = (match.group("a") or groups.get("a0") or groups.get("a1")
                   or bracketed_capaian(target, realisation, groups.get("ab")))
    return [target, realisation, achievement]


def bracketed_capaian(target: str | None, realisation: str | None, bracketed: str | None) -> str | None:
    """The bracketed % after a target when realisasi / target (or its inverse, where less is better) gives it to
    within half a point, else None: a bracket may hold a note or another figure."""
    if not (target and realisation and bracketed):
        return None
    values = [parse_measure(v.strip(" ,"), u) for v, u in ((target, None), (realisation, None), (bracketed, "%"))]
    if any(v is None or v.value is None for v in values) or values[2].unit != "%":
        return None
    t, r, a = (v.value for v in values)
    if not t or not r:
        return None
    return bracketed if capaian_proves(t, r, a) else None


# '... terealisasi 99,44. Berdasarkan realisasi tersebut maka capaian kinerja IKU sebesar 100,77' ('... 88,38. Dengan
# demikian persentase capaian kinerja adalah sebesar 100'): the capaian in the next sentence, which refers back to
# the result; taken only when realisasi / target gives it (`next_capaian`)
NEXT_CAPAIAN_RE = re.compile(
    r"(?:(?<=[.;])|\s*[.;])\s+(?:(?:berdasarkan|dari|dengan)\s+(?:realisasi|capaian|hasil)\s+(?:tersebut|ini)"
    r"|dengan\s+demikian)\s*,?\s+"
    r"(?:maka\s+)?(?:(?:tingkat|persentase)\s+)?capaian(?:\s+kinerja(?:\s+iku)?)?(?:nya)?\s+"
    rf"(?:(?:adalah|sebesar|yaitu|mencapai)\s+){{0,2}}(?P<a>{_VALUE})", re.I)


# 'ditargetkan 2.212.558 jiwa terealisasi 2.123.150 jiwa, sehingga indikator kinerja sasaran ini tercapai 95,96%': a
# percent the same sentence says was reached ('tercapai'), after the realisation; taken only when realisasi / target
# gives it (`next_capaian`): 'tercapai' alone says nothing of what the number is
REACHED_CAPAIAN_RE = re.compile(
    r"\s*,?\s*(?:(?:sehingga|maka|dengan\s+demikian)\s*,?\s+)?(?:[^.;%\d]{0,80}?\s)?(?:telah\s+|sudah\s+|dapat\s+)?"
    rf"tercapai\s+(?:sebesar\s+)?(?P<a>{_VALUE})", re.I)


def next_capaian(text: str, match: re.Match, values: list[str | None]) -> str | None:
    """The capaian the sentence after a target-and-realisation sentence states of it, or the same sentence calls
    reached ('tercapai 95,96%'), if the two values prove it."""
    if values[2] is not None or match.re not in (MEASURE_SENTENCE_RE, TARGET_FIRST_RE, LIST_MEASURE_RE,
                                                 TARGET_OPENING_RE):
        return values[2]
    reached = REACHED_CAPAIAN_RE.match(text, match.end())
    if reached is not None and "%" in reached.group("a") and printed_capaian_proves(
            values[0], values[1], reached.group("a")):
        return reached.group("a")
    after = NEXT_CAPAIAN_RE.match(text, match.end())
    if after is None or not printed_capaian_proves(values[0], values[1], after.group("a")):
        return None
    return after.group("a")


def matched_measure(paragraph: Paragraph, match: re.Match) -> MeasureRow | None:
    """The realisation record a match of MEASURE_SENTENCE_RE or LIST_MEASURE_RE states."""
    line = paragraph.line_at(match.start())
    values = match_values(match)
    values[2] = next_capaian(paragraph.text, match, values)
    if any(v and BARE_YEAR_RE.fullmatch(v.strip(" ,")) for v in values[:2]):
        return None  # 'Target 2019 Target 2020 Realisasi 2019': a header's column years, no values
    expect = expected_unit(values[:2] if match.re is STATED_PAIR_RE or match.groupdict().get("rate") else values)
    # (a stated pair's '%' is the capaian's only; so is a rate's: its values are so many per a base)
    # a capaian is a percentage even when printed without its sign ('capaian 10096')
    readings = [parse_measure(v.strip(" ,"), "%" if k == 2 else expect) if v else None
                for k, v in enumerate(values)]
    if readings[0] is None or readings[1] is None or not same_kind(readings[0], readings[1]):
        return None  # 'ditargetkan BB dan terealisasi 84,65': a grade against a number is no one indicator's pair
    readings = scaled_readings(match, readings)
    readings = [noun_unit(match, reading) if k < 2 else reading for k, reading in enumerate(readings)]
    readings = [rated(match, reading) if k < 2 else reading for k, reading in enumerate(readings)]
    if match.re in (LIST_PLAN_END_RE, PRONOUN_PLAN_END_RE) and readings[0].unit == "ratio":
        # the plan's end target of two ratios, which no capaian proves to be the year's (`ratio_plan_end`)
        readings[0] = replace(readings[0], trusted=False, notes=readings[0].notes + (
            "the plan's end target; a ratio's printed capaian proves no pair",))
    return MeasureRow(
        indicator_raw=named_after_count(unrepeated(match.group("name").strip(" ,"))),
        source=Source(line=line.number, page=line.page, raw=match.group(0), table="sentence"),
        target=readings[0], realisation=readings[1], achievement=readings[2],
        has_realisation_column=True, has_achievement_column=readings[2] is not None,
        from_sentence=True)


# 'tujuh indikator mencapai target dan satu indikator, yaitu X': indicators counted, then the one meant, after 'yaitu'
# ('tujuh indikator mencapai target, sedangkan indikator X baru mencapai ...': the one meant after a contrast)
COUNTED_INDICATORS_RE = re.compile(r"\bindikator(?:\s+kinerja)?\s*,?\s+(?:yaitu|yakni)\s+"
                                   r"|\b(?:sedangkan|namun|tetapi|sementara)\s+(?:untuk\s+)?indikator(?:\s+kinerja)?\s+",
                                   re.I)


def named_after_count(name: str) -> str:
    """A name with the count of indicators said before it left out: what follows the last 'indikator, yaitu'.

    A summary sentence counts the indicators before naming one ('Dari delapan
    indikator, tujuh mencapai target dan satu indikator, yaitu persentase X,
    terealisasi 97%', or 'Tujuh indikator mencapai target, sedangkan indikator X baru mencapai 12 dari
    target 14'); a pattern opening at the first 'indikator' takes the count into the name, which then
    matches no table row stating the same values.
    """
    found = None
    for found in COUNTED_INDICATORS_RE.finditer(name):
        pass
    if found is None or len(name) - found.end() < MIN_NAMED_CHARS:
        return name
    return name[found.end():].strip(" ,")


MIN_NAMED_CHARS = 10  # characters of the name left after 'yaitu' (fewer: a word or two, no indicator's name)


def unrepeated(name: str) -> str:
    """A name said twice over, once, as the sentence says it: a list item's heading runs on into the sentence that
    restates it ('1. Persentase Cakupan Sampah' over 'Persentase cakupan sampah ditargetkan ...')."""
    words = name.split()
    half = len(words) // 2
    first, second = (fold_text(" ".join(part)).lower() for part in (words[:half], words[half:]))
    if len(words) % 2 == 0 and half >= 2 and first == second:
        return " ".join(words[half:])
    return name


def noun_unit(match: re.Match, reading: Reading | None) -> Reading | None:
    """`reading` with the whole of a two-word count noun after both values as its unit ('5 sumber air': 'sumber air',
    which the number reader, knowing one-word units only, reads by its first word)."""
    noun = match.groupdict().get("noun")
    if reading is None or not noun or len(noun.split()) < 2 or reading.value is None:
        return reading
    return replace(reading, raw=f"{reading.raw.rsplit(' ', 1)[0]} {noun}", unit=" ".join(noun.lower().split()))


def rate_unit(rate: str) -> str:
    """'per 100.000 kh' for 'per 100.000 kelahiran hidup' (live births written 'kh', as a Satuan cell's rate is);
    'per 1.000 penduduk'."""
    words = rate.lower().split()
    base, noun = words[1], " ".join(words[2:]) or "kh"  # ('per 1.000KH': the births' initials glued on)
    if base.endswith("kh"):
        base, noun = base[:-2], "kh"
    return f"per {base} {'kh' if noun.startswith('kelahiran') else noun}"


def rated(match: re.Match, reading: Reading | None) -> Reading | None:
    """`reading` with the rate's base printed after the target (`_RATE_UNIT`) as its unit (its raw the number as
    printed, as a table's value under a Satuan 'per 100.000 KH' is)."""
    rate = match.groupdict().get("rate")
    if reading is None or not rate or reading.value is None or reading.unit not in (None, "%"):
        return reading
    return replace(reading, unit=rate_unit(rate))


def expected_unit(values: list[str | None]) -> str | None:
    """'%' for the bare numbers of a statement that prints a '%' (or 'persen') anywhere, else None.

    A target or realisation that names its own noun keeps it: in '103.980 pengunjung atau sebesar 97%
    dari target ... 107.625' the '%' is the capaian's, and the target is a count of visitors, not 107.625%.
    """
    if not any(v and ("%" in v or "persen" in v.lower()) for v in values):
        return None
    if grouped_in_thousands(values[:2]):
        return None
    own = [parse_measure(v.strip(" ,"), None) for v in values[:2] if v]
    if any(r is not None and r.unit not in (None, "%") for r in own):
        return None
    return "%"


THOUSANDS_RE = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")  # '30.192', '2.212.558': digits grouped the Indonesian way


def grouped_in_thousands(values: list[str | None]) -> bool:
    """Whether a target or realisation printed without a '%' of its own groups its digits in thousands: a count
    ('ditargetkan 30.192 terealisasi 30.167, dengan capaian 99,92%' is 30,192 km of road, not 30.192%; the '%' is
    the capaian's, and the ratio reads the same either way, so only the grouping tells)."""
    return any(v is not None and THOUSANDS_RE.fullmatch(v.strip(" ,.")) is not None for v in values)


BARE_YEAR_RE = re.compile(r"(?:19[9]\d|20[0-4]\d)")  # a year alone, where a value was looked for


# Reading a sentence by the indicator it names.
# 'Nilai SAKIP ... ditargetkan memperoleh predikat BB dan ... terealisasi dengan predikat BB (nilai 70,54),
# sehingga capaian kinerja indikator ini sebesar 100%'; 'Realisasi persentase rekomendasi ... tahun 2022
# sebesar 88,40% dari target 85%, sehingga capaian kinerja sebesar 104,00%'.
# (`(?<=[^\s\d.][.;!?])\s+(?=[A-Z(\d])|(?<=\d[.;])\s+(?=[A-Z])`, written to open with its first space: the engine
# skips to one in C, where a pattern opening with a lookbehind is tried at every character)
SENTENCE_END_RE = re.compile(r"\s(?:(?<=[^\s\d.][.;!?]\s)\s*(?=[A-Z(\d])|(?<=\d[.;]\s)\s*(?=[A-Z]))")
KEYWORD_RES = {
    "target": re.compile(r"\b(?:di)?target(?:kan|nya)?\b", re.I),
    "realisation": re.compile(rf"\b{REALISATION_WORD}\b", re.I),
    "achievement": re.compile(r"\bcapaian(?:nya)?\b", re.I),
}
# A value in running text: a grade or opinion in capitals, 'Level 3', or a number with its '%' or count noun.
SENTENCE_VALUE_RE = re.compile(
    r"(?<![\w.,])(?:AA|BB|CC|A|B|C|D|WTP|WDP|TMP)(?![\w/-])"
    rf"|(?<![\w.,:]){_RATIO}"
    r"|(?<![\w.,])(?i:level)\s?\d{1,2}(?:[.,]\d{1,2})?(?![\d.,]\d)"
    rf"|(?<![\w.,])\d+(?:[.,]\d+)*(?:\s?%|\s(?i:persen|{PROSE_UNIT_ALTERNATION})\b)?(?![\d.,]\d)")
MONEY_WORD_RE = re.compile(r"\b(?:anggaran|belanja|dana|biaya|pagu|keuangan)\b", re.I)
RUPIAH_BEFORE_RE = re.compile(r"\bR[Pp]\.?\s*$")
VALUE_REACH_WORDS = 6  # words a value may stand after its keyword ('ditargetkan memperoleh predikat BB')
NAME_MIN_CHARS = 12
NAME_MIN_SCORE = 90  # rapidfuzz partial_ratio of a known name against the sentence
WORD_RE = re.compile(r"\w+")
NAME_PLACEHOLDER = "\u2063"  # stands for the indicator's name once found: one 'word', no keyword, no value


def known_names(names: Sequence[str]) -> list[str]:
    """The target tables' indicator names worth looking for: lower-cased, of a few words at least."""
    seen: dict[str, None] = {}
    for name in names:
        key = " ".join(name.split()).lower()
        if len(key) >= NAME_MIN_CHARS and len(key.split()) >= 2:
            seen.setdefault(key)
    return list(seen)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of a paragraph: cut after '.', ';', '!' or '?' before a capital (not inside '70,54' or 'Rp.')."""
    spans, start = [], 0
    for m in SENTENCE_END_RE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def name_in(sentence: str, known: list[str], name_words_of: dict[str, list[str]] | None = None
            ) -> tuple[int, int] | None:
    """Where the sentence names one known indicator (the longest close match); None for none or two.

    Two names matched at places that do not overlap are two indicators: the
    sentence compares them, and its values cannot be told apart.
    `name_words_of` keeps each name's words (`WORD_RE.findall(name)`) for the
    next sentence: a report's sentences are all tested against the same names.
    """
    if name_words_of is None:
        name_words_of = {}
    low = sentence.lower()
    if len(low) != len(sentence):  # a character whose lower case is longer ('İ'): keep offsets in place
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in sentence)
    found: list[tuple[int, int]] = []
    words = set(WORD_RE.findall(low))
    for name in known:
        if len(name) > len(low):
            continue
        own = name_words_of.get(name)
        if own is None:
            own = name_words_of[name] = WORD_RE.findall(name)
        if sum(w in words for w in own) * 4 < len(own):
            # 90 allows about one character in ten changed: at most a few of the name's words damaged
            continue
        hit = fuzz.partial_ratio_alignment(name, low, score_cutoff=NAME_MIN_SCORE)
        if hit is None:
            continue
        span = name_words(low, hit.dest_start, hit.dest_end, set(own))
        if span is not None:
            found.append(span)
    if not found:
        return None
    best = max(found, key=lambda span: span[1] - span[0])
    if any(b <= best[0] or a >= best[1] for a, b in found):
        return None
    return best


def name_words(low: str, start: int, end: int, words: set[str]) -> tuple[int, int] | None:
    """The aligned span widened to whole words, less the words at its ends that are not the name's.

    The alignment may reach into the words around the name ('Realisasi',
    'dengan'), which must stay outside: they are the sentence's keywords.
    """
    while start > 0 and low[start - 1].isalnum():
        start -= 1
    while end < len(low) and low[end].isalnum():
        end += 1
    found = [m for m in WORD_RE.finditer(low, start, end)]
    while found and found[0].group() not in words:
        found.pop(0)
    while found and found[-1].group() not in words:
        found.pop()
    if not found:
        return None
    close = low.find(")", found[-1].end(), end)  # '(IACM)' keeps its bracket
    return found[0].start(), close + 1 if close >= 0 else found[-1].end()


def value_after(text: str, keyword: re.Match, stops: list[int]) -> tuple[int, str] | None:
    """The first value within `VALUE_REACH_WORDS` words after a keyword, before the next keyword; not a year."""
    end = min([s for s in stops if s > keyword.start()] + [len(text)])
    for m in SENTENCE_VALUE_RE.finditer(text, keyword.end(), end):
        if len(text[keyword.end():m.start()].split()) > VALUE_REACH_WORDS:
            return None
        if MONEY_WORD_RE.search(text, keyword.end(), m.start()):
            return None  # 'realisasi anggaran sebesar 95,2%': the budget's, not the indicator's
        raw = m.group()
        if raw.isdigit() and 1990 <= int(raw) <= 2100:
            continue  # 'pada tahun 2022'
        if RUPIAH_BEFORE_RE.search(text, 0, m.start()):
            return None  # an amount of money: a budget sentence
        return m.start(), raw
    return None


def named_measure(paragraph: Paragraph, start: int, end: int, known: list[str],
                  name_words_of: dict[str, list[str]] | None = None) -> MeasureRow | None:
    """A sentence naming a target table's indicator, with the values after its target and realisasi words.

    The words may stand in any order ('88,40% dari target 85%' after
    'Realisasi ...'); each value is the first one after its own keyword,
    before any other keyword. Target and realisation must both be read,
    and be of one kind (two grades, two opinions, two numbers of one unit).
    """
    sentence = paragraph.text[start:end]
    lower = sentence.lower()
    if "target" not in lower or not may_state_realisation(sentence):
        return None  # without both words no value can be read: no need to look for a name (the costly part)
    span = name_in(sentence, known, name_words_of)
    if span is None:
        return None
    # the name's own words ('capaian target PAD', 'realisasi anggaran') are no keywords
    text = sentence[:span[0]] + NAME_PLACEHOLDER + sentence[span[1]:]
    shift = span[1] - span[0] - len(NAME_PLACEHOLDER)
    keywords = {role: list(pattern.finditer(text)) for role, pattern in KEYWORD_RES.items()}
    stops = sorted(m.start() for found in keywords.values() for m in found)
    values: dict[str, tuple[int, str]] = {}
    for role, found in keywords.items():
        for keyword in found:
            value = value_after(text, keyword, stops)
            if value is not None:
                values[role] = value
                break
    if "target" not in values or "realisation" not in values:
        return None
    raws = {role: raw for role, (_, raw) in values.items()}
    expect = "%" if any("%" in raw for raw in raws.values()) \
        and not grouped_in_thousands([raws["target"], raws["realisation"]]) else None
    readings = {role: parse_measure(raw, "%" if role == "achievement" else expect) for role, raw in raws.items()}
    target, realisation = readings["target"], readings["realisation"]
    if target is None or realisation is None or not same_kind(target, realisation):
        return None
    first = min(at for at, _ in values.values())
    at = start + (first + shift if first > span[0] else first)
    line = paragraph.line_at(at)
    return MeasureRow(
        indicator_raw=sentence[span[0]:span[1]].strip(" ,"),
        source=Source(line=line.number, page=line.page, raw=sentence.strip(), table="sentence"),
        target=target, realisation=realisation, achievement=readings.get("achievement"),
        has_realisation_column=True, has_achievement_column="achievement" in readings,
        from_sentence=True)


def same_kind(a: Reading, b: Reading) -> bool:
    """Two values one indicator can have: both grades, both opinions, or both numbers of one unit (or none)."""
    if a.text is not None or b.text is not None:
        return a.unit == b.unit and a.text is not None and b.text is not None
    if a.value is None or b.value is None:
        return False
    return a.unit == b.unit or None in (a.unit, b.unit)  # '3,25' and '3,41'; '100' and '101,37%'
