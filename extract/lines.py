"""Split one located line into cells, and each cell into text and values.

Tables reach us as tab-separated text, markdown/`|` tables, Tesseract lines
with `|` borders, or plain lines where the values simply trail the indicator
text. A `LineView` gives all of them one shape: ordered cells, each with its
text part and the value tokens that end it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain
from operator import attrgetter

from extract.model import Line
from normalize.numbers import (LETTER, SEPARATOR, SPLIT, LETTERED_HUNDRED_RE, PROSE_UNIT_ALTERNATION, UNIT_ALTERNATION, Token, fold_text,
                              lex_values, may_hold_lettered_percent, parse_amount, parse_measure, parse_percent,
                              read_one_glyphs)
from normalize.repair import states_capaian
from normalize.values import Reading, Repair

# Budget codes: 076.01.CQ, 076.01.06, 3355, 3355.003, 6709.QGE, 6709.QGE.001 (and its komponen 6709.QGE.001.002);
# and the regions' codes of Permendagri 90/2019: program 5.02.01, kegiatan 1.02.01.2.01, sub kegiatan
# 1.02.02.2.01.0009.
CODE_RE = re.compile(
    r"(?<![\d.])(\d{3}\.\d{2}\.(?:[A-Z]{2}|\d{2})|\d{4}\.[A-Z]{3}\.\d{3}(?:\.\d{3})?|\d{4}\.[A-Z]{3}|\d{4}\.\d{3}"
    r"|\d\.\d{2}\.\d{2}(?:\.\d\.\d{2}(?:\.\d{4}|\.\d{2})?)?)(?![\d.]\d)")
# What every CODE_RE match holds at its start or one character in: found far faster than the full pattern.
# (Its leading digit taken out of the alternation, so that the engine skips to digits in C; same starts.)
CODE_CORE_RE = re.compile(r"\d(?:\d\d\.[\dA-Z]|\.\d\d\.\d\d)")
# A kegiatan (or its output) written under its program: '076.01.WA.3355', '076.01.CQ.6709.QGE.001'.
# The code is the kegiatan's own part, as the report's other tables print it.
PREFIXED_CODE_RE = re.compile(
    r"(?<![\d.])\d{3}\.\d{2}\.(?:[A-Z]{2}|\d{2})\.(\d{4}(?:\.[A-Z]{3}(?:\.\d{3}(?:\.\d{3})?)?|\.\d{3})?)(?![\d.]\d)")
# The same under the program's letters alone, as SAKTI prints an output: 'WA.4256.EBA.962' is 4256.EBA.962.
LETTER_PREFIXED_CODE_RE = re.compile(
    r"(?<![\w.])[A-Z]{2}\.(\d{4}(?:\.[A-Z]{3}(?:\.\d{3}(?:\.\d{3})?)?|\.\d{3})?)(?![\d.]\d)")
PAREN_CODE_RE = re.compile(r"\((\d{4})\)")
# OCR puts a space after a dot of a code that opens its cell: '3355. 994' for 3355.994, '6709. QGE.001' or
# '6709.QGE. 001' for 6709.QGE.001.
SPACED_CODE_RE = re.compile(r"^\s*(\d{4})\.\s?([A-Z]{3}(?:\.\s?\d{3})?|\d{3})(?![\d.])")
# a kegiatan code alone in its cell, perhaps after a mark a scan read at the line's start ('" 6709 | Perencanaan')
BARE_KEGIATAN_RE = re.compile(r"^\s*(?:[\"';_`]\s*)?(\d{4})\s*$")
# Text left between or after value tokens that does not count as words.
NOISE_RE = re.compile(r"^(?:[\s|:;,.\-–—_'\"`~*()\[\]{}!/\\]|(?<![A-Za-z])[Rr][Pp](?![A-Za-z]))*$")  # 'Rp' before each amount too
RUPIAH_END_RE = re.compile(r"(?<![A-Za-z])[Rr][Pp]\.?$")  # the sign of the first amount, left at the end of the text
RUPIAH_CELL_RE = re.compile(r"^\s*[Rr][Pp]\.?\s*$")  # 'Rp' printed in a cell of its own before its amount
# (also '1.1', '2.3.1'; and an IKU's code as Kemenkeu units number their indicators, '1c-N', '2a-CP')
ROW_NUMBER_RE = re.compile(r"^\s*[(\[]?(\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,2}[a-z]-[A-Z]{1,3}|[IVX]{1,4}|[a-h])[.)\]]?(?=\s|$)")
ROW_NUMBER_FIRST = frozenset("([IVXabcdefgh")
# a list number whose stop a scan read as a comma, before a capitalised name ('2,  Program Dukungan Manajemen');
# a count in a name goes on in lower case or with its unit ('2, 3 dan 4')
COMMA_NUMBER_RE = re.compile(r"\d{1,2},\s+(?=[A-Z][a-z])")  # what ROW_NUMBER_RE's match opens with, but a digit
# What a number counts when it is a name's own ('3 Hari Kerja', '5 (lima) hari', '2 kali setahun', '4 orang'):
# a span of time, a count of times or of people, which no indicator's name opens with, so the number before it
# is no row number
# ('1 x 24 jam': a product of them too)
COUNTED_WORD_RE = re.compile(r"\s*(?:(?:\([A-Za-z ]{3,16}\)\s*)?"
                             r"(?i:hari|bulan|tahun(?!\s+(?:anggaran\s+)?\d{4})|minggu|jam|menit|kali|triwulan|semester"
                             r"|orang)\b|[xX×]\s?\d)")  # (a year named, '1 Tahun 2022', is a numbered row's label)
WORD_RE = re.compile(r"[A-Za-z]{2,}")
DIGIT_RE = re.compile(r"\d")
NOT_AVAILABLE = frozenset({"n/a", "na", "-", "--", "—", "–", "tidak ada data"})
# A value cell holding two counts or more ('1 Lakip dan 2 Perjanjian Kinerja', '12 Laporan, 1 Dokumen'): one
# target of several things, no one number. Each part a number and up to four words; the cell short.
COMPOUND_PART = r"\d{1,4}(?:[.,]\d{1,2})?\s*%?\s*[A-Za-z][\w/().-]*(?:\s+[A-Za-z][\w/().-]*){0,3}"
COMPOUND_CELL_RE = re.compile(rf"{COMPOUND_PART}(?:\s*(?:,\s|;|&|\+|\bdan\b)\s*{COMPOUND_PART})+\.?")
COMPOUND_CELL_CHARS = 72
# Tokens that stand for a value cell but hold no value: stated as not available ('n/a', '-'), or compound.
VALUELESS_KINDS = frozenset({"missing", "compound"})
NOT_AVAILABLE_CHARS = max(map(len, NOT_AVAILABLE))  # lower() never shortens a text: a longer one is none of them
# A cell saying in words that the value is not there yet: 'Belum dilaksanakan', 'belum ada data', 'Tidak ada
# penilaian', 'Belum tersedia'. Short, no digit, and never a verdict ('Belum tercapai' grades a capaian).
NOT_MEASURED_RE = re.compile(r"\W*(?:belum|tidak\s+ada|tidak\s+dilaksanakan|tidak\s+diukur|tidak\s+tersedia)\b"
                             r"[\w\s/.,()-]*", re.I)
NOT_MEASURED_CHARS = 40
NOT_MEASURED_FIRST = frozenset("btBT")  # what such a cell opens with (after its \W*, rarely any)
# A realisasi stated in words, done or not done ('Terlaksana', 'Tersusun', 'Sudah', 'Ada', 'Belum Terlaksana'):
# the result of an indicator measured by whether a thing was done. A closed list, so that a verdict
# ('Tercapai', 'Baik') or a name stays what it is.
DONE_WORDS = r"(?:terlaksana|dilaksanakan|tersusun|disusun|tersedia|selesai|terpenuhi|ditetapkan|terbentuk)"
WORDED_RESULT = rf"(?:(?:sudah|belum|tidak)\s+)?{DONE_WORDS}|(?:belum\s+|tidak\s+)?ada|sudah|belum"
WORDED_CELL_RE = re.compile(rf"\W*(?:{WORDED_RESULT})\W*", re.I)
WORDED_CELL_CHARS = 24
# The levels of a hospital's or health centre's accreditation, lowest to highest, each a cell of its own where a
# table states the level as the target or result ('Predikat | Paripurna'): a grade in words. Capitalised as printed
# in a value cell (a lower-case 'utama' ends a wrapped name). So are the ranks of a Kabupaten/Kota Layak Anak
# (Pratama, Madya, Nindya, Utama), which a women's and children's office states as its indicator's target and result.
ACCREDITATION_LEVELS = frozenset({"Dasar", "Madya", "Utama", "Paripurna", "DASAR", "MADYA", "UTAMA", "PARIPURNA",
                                  "Pratama", "Nindya", "PRATAMA", "NINDYA"})
ACCREDITATION_FIRST = frozenset("DMUPN")
WORDED_CELL_FIRST = frozenset("TDSAB")  # what such a cell opens with: capitalised, as a value cell is ('terlaksana'
# alone is the last word of a name wrapped onto its own line)
# ... between two values of a row without borders ('... 1 Dokumen Terlaksana 100%'); there a verdict is the
# realisasi's too ('1 Dokumen Tercapai 100%': a verdict column stands after the capaian, never between)
WORDED_GAP_RE = re.compile(rf"\s+(?:{WORDED_RESULT}|(?:belum\s+|tidak\s+)?tercapai)\s+", re.I)
SPACED_CHUNK_RE = re.compile(r"\S+(?: {1,2}\S+)*")  # text between runs of 3+ spaces
CELL_BORDER_RE = re.compile(r"\t|\|")
LABEL_NUMBER_RE = re.compile(r"(?i)\b(sasaran|tujuan|tabel|table|bab|hal|halaman|lampiran|gambar|grafik)\W{0,3}\d{1,2}(?:\.\d{1,2}){0,2}[.)]?$")  # also a numbered sub-table: 'Tabel 3.5'
LABEL_REACH = 16  # characters at the end of a cell that can hold such a label ('lampiran' to '12.')
# A number right after these words cites a law, article or year ('Pasal 18', 'Nomor 7 Tahun 2017'): not a value.
REFERENCE_RE = re.compile(r"(?i)\b(pasal|nomor|nomer|no|ayat|huruf|uu|pp|perpres|permen|pkpu|perkpu|tahun)\W{0,2}$")
REFERENCE_REACH = 12  # characters before a token that can hold such a word ('perpres' and two \W)
# A letter right after these words names a class ('terminal tipe B', 'rumah sakit kelas C'): the name's, not a grade.
CLASS_WORD_RE = re.compile(r"(?i)\b(tipe|type|kelas|golongan|gol)\.?\s{1,2}$")
CLASS_WORD_REACH = 12  # characters before a token that can hold such a word ('golongan.' and two spaces)
# The letters those words end with, in any case re.I matches ('ſ' for 's'): a token with none of them in the
# three characters before it (the last letter and up to two \W) cites nothing, so the pattern need not run.
REFERENCE_LAST_LETTERS = frozenset("lrotfupsnLROTFUPSNſ")
# A civil servant's NIP (birth date, appointment, sex, serial: '19780626 200701 1 002'): an id, not values.
# (Written as \b(?:19|20)... opening with a class instead, so that the engine skips to a '1' or '2' in C.)
NIP_RE = re.compile(r"[12](?<!\w[12])(?:(?<=1)9|(?<=2)0)\d{6}\s?(?:19|20)\d{4}\s?\d\s?\d{3}\b")
NIP_MIN_CHARS = 18  # a NIP without its spaces: a shorter cell holds none
LONG_CELL = 240  # characters; longer cells are prose
TAIL_CHARS = 120
SHORT_LAST_WORD_RE = re.compile(r"(?:^|\s)[A-Z][A-Za-z]{0,3}[\W_]*$")
# The same, read on the reversed text: anchored at its start, so nothing but the end is scanned.
SHORT_LAST_WORD_REVERSED_RE = re.compile(r"[\W_]*[A-Za-z]{0,3}[A-Z](?:\s|\Z)")
# A count whose lone digit OCR read as a letter ('l Dokumen', 'S Laporan'), read from the reversed text:
# the cell has no digit, yet the lexer reads that letter as one.
LONE_COUNT_REVERSED_RE = re.compile(
    r"[\W_]*(?i:" + "|".join(sorted((u[::-1] for u in UNIT_ALTERNATION.split("|")), key=len, reverse=True))
    + r")\s[SIl](?![\w.,:])")
ASCII_DIGIT_RE = re.compile(r"[0-9]")  # \d on ASCII text, found faster
# The 'No' cell of a bordered row: '1', '12.', 'i1' (OCR'd 11), not a value of the row.
ROW_NUMBER_CELL_RE = re.compile(r"^[\s'\";_]*[iIl]?\d{1,2}[.,]?\s*$")  # (after a mark a scan read: '; 1')
# a two-level row number alone in the first cell ('1.1', '2.3.'): an indicator numbered under its sasaran
SUB_NUMBER_CELL_RE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s*$")


def numbers_named_row(first: str, second: Cell) -> bool:
    """Whether a first cell holding '1.1' is the row's number, not a value: a cell of words follows it.

    A measure or budget row states its values after the name; a decimal standing before the name
    ('    1.1     Persentase ...     100%   100%   100%' of a space-aligned table) is the number of an
    indicator under its numbered sasaran. Read as a value it would take the target's column.
    """
    return bool(second.text) and any(c.isalpha() for c in second.text) and SUB_NUMBER_CELL_RE.match(first) is not None
# A word column after a row's values ('Kategori', 'Keterangan', 'Status', 'Predikat'): the verdict a report
# gives each capaian ('80% 80% 100% Berhasil', '2 Dok 1 Dok 50% Tidak Tercapai'). A closed list, so that
# words after numbers in prose or in a name ('100 hari kerja') never pass for one.
# ('Tercapai Target', 'Target Tidak Tercapai' first: a match of 'Tercapai' alone would leave the 'Target' behind)
VERDICT_RE = re.compile(
    r"(?<![\w-])(?:tercapai|terlampaui|dilampaui)\s+target"
    r"|(?<![\w-])target\s+(?:(?:tidak|belum)\s+)?(?:tercapai|terlampaui|dilampaui)"
    r"|(?<![\w-])(?:(?:sangat|cukup|kurang|tidak|belum)\s+)?"
    r"(?:berhasil|tercapai|baik|memuaskan|optimal|tinggi|rendah)"
    r"|(?<![\w-])(?:sangat\s+)?(?:cukup|kurang|sedang)"
    r"|(?<![\w-])(?:melampaui|melebihi|sesuai|(?:tidak\s+|belum\s+)?mencapai|di\s*bawah)\s+target"
    r"|(?<![\w-])terlampaui"
    r"|(?<![\w-])(?:hijau|kuning|merah)", re.I)
# ... at the very end of its cell: after a full stop it ends a sentence ('... nilai 88 90 baik.'), not a row.
VERDICT_END_RE = re.compile(f"(?:{VERDICT_RE.pattern})" r"[^\w.]{0,2}$", re.I)
# A cell holding a verdict alone ('Sangat Baik', '(Tercapai)'): the verdict column's, no part of a name.
VERDICT_CELL_RE = re.compile(f"[\\s(\\[*]*(?:{VERDICT_RE.pattern})[\\s)\\]*.]*", re.I)
# The last word of every verdict: a cell ending in none of them is not looked at further.
VERDICT_LAST_WORDS = frozenset("""berhasil tercapai baik memuaskan optimal tinggi rendah cukup kurang sedang
target hijau kuning merah terlampaui dilampaui""".split())
# A cell holding a range and nothing else: a row of the scale that maps a capaian to its verdict.
RANGE_CELL_RE = re.compile(r"(?:\d{1,3}(?:[.,]\d{1,2})?\s?%?\s*(?:-|–|s\.?\s?d\.?|s/d|<=?|≤)\s*"
                           r"|[<>≤≥]=?\s*)\d{1,3}(?:[.,]\d{1,2})?\s?%?", re.I)
RANGE_CELL_CHARS = 24
VERDICT_REACH = 40  # characters at the end of a cell that can hold a verdict ('Belum Mencapai Target |')
VERDICT_MIN_VALUES = 2  # after words, a target and its realisation at least: one number there is a name's


@dataclass(frozen=True, slots=True)
class Cell:
    index: int
    raw: str
    text: str  # the cell without its trailing values (and without a budget code)
    values: tuple[Token, ...]
    code: str | None = None
    inner: tuple[Token, ...] = ()  # values inside the cell with text after them
    start: int = -1  # character offset of a space-aligned cell

    def __init__(self, index: int, raw: str, text: str, values: tuple[Token, ...], code: str | None = None,
                 inner: tuple[Token, ...] = (), start: int = -1) -> None:
        # the generated frozen __init__, through the slots' own setters (half the cost; see Line)
        _set_index(self, index)
        _set_raw(self, raw)
        _set_text(self, text)
        _set_values(self, values)
        _set_code(self, code)
        _set_inner(self, inner)
        _set_start(self, start)


_set_index, _set_raw, _set_text, _set_values, _set_code, _set_inner, _set_start = (
    vars(Cell)[name].__set__ for name in ("index", "raw", "text", "values", "code", "inner", "start"))


@dataclass(frozen=True, slots=True)
class LineView:
    line: Line
    cells: tuple[Cell, ...]
    delimited: bool
    spaced: bool = False  # cells found by space alignment (offsets in Cell.start)
    # values and text, worked out on first use: the table reader asks for them again and again
    _values: tuple[Token, ...] | None = field(default=None, init=False, repr=False, compare=False)
    _text: str | None = field(default=None, init=False, repr=False, compare=False)

    def __init__(self, line: Line, cells: tuple[Cell, ...], delimited: bool, spaced: bool = False) -> None:
        # the generated frozen __init__, through the slots' own setters (half the cost; see Line)
        _set_line(self, line)
        _set_cells(self, cells)
        _set_delimited(self, delimited)
        _set_spaced(self, spaced)
        _set_values_seen(self, None)
        _set_text_seen(self, None)

    @property
    def values(self) -> list[Token]:
        values = self._values
        if values is None:
            cells = self.cells  # (most lines are one cell: its tuple is the line's; else joined in C)
            values = cells[0].values if len(cells) == 1 else tuple(chain.from_iterable(map(_cell_values, cells)))
            _set_values_seen(self, values)
        return list(values)

    @property
    def inner_values(self) -> list[Token]:
        return list(chain.from_iterable(map(_cell_inner, self.cells)))

    @property
    def text(self) -> str:
        text = self._text
        if text is None:
            cells = self.cells
            text = (cells[0].text if len(cells) == 1 else " ".join(filter(None, map(_cell_text, cells)))).strip()
            _set_text_seen(self, text)
        return text

    @property
    def codes(self) -> list[str]:
        return [cell.code for cell in self.cells if cell.code]

    @property
    def blank(self) -> bool:
        return not self.line.text.strip()


_cell_values, _cell_inner, _cell_text = attrgetter("values"), attrgetter("inner"), attrgetter("text")
_set_line, _set_cells, _set_delimited, _set_spaced, _set_values_seen, _set_text_seen = (
    vars(LineView)[name].__set__ for name in ("line", "cells", "delimited", "spaced", "_values", "_text"))


def split_cells(text: str) -> tuple[list[str], bool, list[int] | None]:
    """Cells of a line, whether it is delimited, and cell offsets for space-aligned lines.

    Tabs and `|` borders delimit. Columns aligned with runs of 3+ spaces (as
    `pdftotext -layout` prints them) delimit too, and keep their offsets so that
    rows can be placed under the header's columns. Otherwise the line is one cell.
    A lone '|' speck stuck to one cell of a space-aligned line is no border (`speck_cleared`).
    """
    if "|" in text:  # (the cheap test: most lines hold no '|' at all)
        text = speck_cleared(text)
        if text.lstrip()[:1] in LEADING_MARKS:
            text = LEADING_MARK_RE.sub(" ", text)
    if "\t" in text or "|" in text:
        parts = CELL_BORDER_RE.split(text)
        stripped = text.strip()
        if stripped.startswith("|") and parts and not parts[0].strip():
            parts = parts[1:]
        if stripped.endswith("|") and parts and not parts[-1].strip():
            parts = parts[:-1]
        if "p" in text or "P" in text:
            parts = rupiah_cells_joined(parts, None)[0]
        if "%" in text:
            parts = percent_cells_joined(parts, None)[0]
        return parts, True, None
    if "   " in text.strip():
        chunks = list(SPACED_CHUNK_RE.finditer(text))
        if len(chunks) >= 2:
            parts, starts = [m.group() for m in chunks], [m.start() for m in chunks]
            if "p" in text or "P" in text:
                parts, starts = rupiah_cells_joined(parts, starts)
            if "%" in text:
                parts, starts = percent_cells_joined(parts, starts)
            return parts, True, starts
    return [text], False, None


# a scan's stray mark before a bordered row's first border ("'| 5 | Terlaksananya ..."): no cell of its own (read as
# one, every cell of the row moves one place and its row number stands in a name column, read as a value)
LEADING_MARKS = frozenset("'\"`;_,.\u2018\u2019\u201c\u201d")
LEADING_MARK_RE = re.compile(r"(?<=^)(\s*)[\u2018\u2019\u201c\u201d'\"`;_,.](?=\s*\|)")


# a lone '|' a scan left stuck to one edge of a cell ('96,40|', '|96,85'), a space or the line's end on its other side
# (opening with the '|' itself, its neighbours in lookarounds: the engine skips to a '|' in C)
SPECK_RE = re.compile(r"\|(?:(?<=\S\|)(?=\s|$)|(?<=\s\|)(?=\S))")
SPECK_MIN_CHUNKS = 3  # a space-aligned row: three cells or more without the speck


def speck_cleared(text: str) -> str:
    """A space-aligned line with its one stray '|' blanked, or the line as it was.

    A damaged scan leaves a speck on one value of a `pdftotext -layout` row ('Rp1.306.870.00   96,40|');
    read as a border it would make the whole line a bordered one of two cells, whose amounts cut by a
    narrow column could no longer be joined to their pieces below. A real border stands between cells
    with space on both sides or repeats along the line, so only a single '|' touching a cell on one side,
    on a line of three or more cells parted by runs of 3+ spaces, is blanked (its offset kept).
    """
    if text.count("|") != 1 or "\t" in text or SPECK_RE.search(text) is None:
        return text
    cleared = text.replace("|", " ")
    return cleared if len(SPACED_CHUNK_RE.findall(cleared)) >= SPECK_MIN_CHUNKS and "   " in cleared.strip() \
        and len(re.findall(r"\S {3,}(?=\S)", cleared)) >= SPECK_MIN_CHUNKS - 1 else text


# a cell with a sign of its own: an amount after its own 'Rp' or a rate ('Rp.  Rp. 343.059.036', 'Rp.  93%': the
# first 'Rp.' is a cell whose amount a narrow column wrapped onto the next line)
OWN_SIGN_RE = re.compile(r"\s*(?:[Rr][Pp]|[^%]*%)")


def rupiah_cells_joined(parts: list[str], starts: list[int] | None) -> tuple[list[str], list[int] | None]:
    """A cell holding only 'Rp' joined to the amount after it, which keeps its own column and offset.

    'Rp | 312.450.800.000 | Rp | 298.112.345.678' is two amounts: read as
    cells of their own, the signs would shift every later value a column on.
    A cell with a sign of its own after it (`OWN_SIGN_RE`) is no amount of that 'Rp'.
    """
    if not any(RUPIAH_CELL_RE.match(p) for p in parts):
        return parts, starts
    joined: list[str] = []
    offsets: list[int] = []
    carry = ""
    for i, part in enumerate(parts):
        if RUPIAH_CELL_RE.match(part) and i + 1 < len(parts) and has_digit(parts[i + 1]) \
                and not OWN_SIGN_RE.match(parts[i + 1]):
            carry = part.strip() + " "
            continue
        joined.append(carry + part.strip() if carry else part)
        if starts is not None:
            offsets.append(starts[i])
        carry = ""
    return joined, offsets if starts is not None else None


PERCENT_CELL_RE = re.compile(r"^\s*%\s*$")  # '%' printed in a cell of its own after its rate
RATE_CELL_RE = re.compile(r"^\s*(?:\d{1,3}[.,]\d{1,2}|\d{1,3})\s*$")  # '90,00', '105'


def percent_cells_joined(parts: list[str], starts: list[int] | None) -> tuple[list[str], list[int] | None]:
    """A cell holding only '%' joined to the rate before it ('90,00 | %' is 90,00%).

    Read as a cell of its own, the sign would be a text cell at the row's end,
    taken for its name. A '%' after a text cell is a Satuan cell and stays.
    """
    if not any(PERCENT_CELL_RE.match(p) for p in parts):
        return parts, starts
    joined: list[str] = []
    offsets: list[int] = []
    for i, part in enumerate(parts):
        if PERCENT_CELL_RE.match(part) and len(joined) > 1 and RATE_CELL_RE.match(joined[-1]):
            joined[-1] = joined[-1].rstrip() + "%"
            continue
        joined.append(part)
        if starts is not None:
            offsets.append(starts[i])
    return joined, offsets if starts is not None else None


# 'n/a' cells ending a line without borders; a dash stands for one only two or more together ('96% - -'):
# one dash after a value may be a Keterangan's or a sentence's.
# (mixed too: '70% n/a -', '60% - n/a'; dashes alone need two, see `without_na_tail`)
NA_TAIL_RE = re.compile(r"(?:\s+(?:n/a|N/A|n\.a\.?|N\.A\.?|NA|[-–—]{1,2}(?=\s)))+\s*$")
NA_DASHES = frozenset("-–—")
NA_LAST_CHARS_OR_SPACE = frozenset("aA.-–— ")  # what an 'n/a' cell or a dash ends with (or more space)
NA_TAIL_REACH = 48  # characters at the end of a cell that can hold its 'n/a' cells
NA_ITEM_RE = re.compile(r"n/a|N/A|n\.a\.?|N\.A\.?|NA|[-–—]{1,2}")
# ... before a borderless row's first value ('... tertata n/a 78% 80%', '... - - 60% 66%'), one dash too
NA_LEAD_RE = re.compile(r"(?:\s+(?:n/a|N/A|n\.a\.?|N\.A\.?|NA|[-–—]{1,2})(?=\s))+\s*$")


NA_GAP_RE = re.compile(r"(?:\s+(?:n/a|N/A))+\s+")  # 'n/a' cells between two values
JOINER_RE = re.compile(r"\s+(?:dan|&|\+)\s+")  # between the counts of a compound value ('12 Laporan dan 1 Dokumen')
NA_WORD_RE = re.compile(r"n/a|N/A")
DASH_GAP_RE = re.compile(r"(?:\s+[-–—]){2,}\s+")  # unfilled cells between two values: two dashes or more
DASH_RE = re.compile(r"[-–—]")
DASH_CELL_RE = re.compile(r"\s+[-–—]\s+")  # one unfilled cell between two values
WORDED_KINDS = frozenset({"grade", "opinion"})  # values in letters: no range runs from or to them


def without_na_tail(rest: str, tokens: list[Token]) -> tuple[str, list[Token], tuple[Token, ...]]:
    """A cell's text and tokens without the 'n/a' cells ending it, when values stand before them, and those cells.

    On a line without cell borders, 'n/a' after the values ('... % 40% n/a
    n/a': realisasi and capaian not available) would end the run of values
    and leave the target inside the row's name. The cells come back as
    'missing' tokens: stated as not available, as a bordered cell 'n/a' is.
    """
    last = rest[-1:]
    if last not in ("a", "A", ".", "-", "–", "—") and (
            last != " " or rest.rstrip()[-1:] not in ("a", "A", ".", "-", "–", "—")):
        return rest, tokens, ()  # cheap precheck: the tail cannot be 'n/a' or dashes
    tail = rest + " " if rest[-1:] in "-–—" else rest
    na = NA_TAIL_RE.search(tail, max(0, len(tail) - NA_TAIL_REACH))
    if na is None or na.start() >= len(rest) or not any(t.end <= na.start() for t in tokens):
        return rest, tokens, ()
    items = na.group().split()
    if len(items) < 2 and all(c in NA_DASHES for c in items[0]):
        return rest, tokens, ()  # one dash after the values: a Keterangan's or a sentence's, not a cell left unfilled
    missing = tuple(Token(kind="missing", start=m.start(), end=m.end(), raw=m.group(), reading=Reading(raw=m.group()))
                    for m in NA_ITEM_RE.finditer(rest, na.start()))
    return rest[:na.start()], [t for t in tokens if t.end <= na.start()], missing  # not the 'A' of 'N/A' as a grade


RANGE_JOIN_RE = re.compile(r"\s?(?:±|\+/-|\+-)\s?|[-–]")  # '3 ± 1%', '3±1%', '70-75%' (a dash with no space)
RANGE_JOIN_CHARS = 5
RANGE_JOIN_CHAR_RE = re.compile("[±+\\-–]")  # what such a gap holds: most gaps between values are spaces alone
RANGE_KINDS = frozenset({"number", "percent"})


def is_range_pair(cell: str, first: Token, second: Token) -> bool:
    """Two values that state one range: 'a ± b', or 'a-b%' with the dash between them and the second a percentage.

    A target printed '70-75%' or '3 ± 1%' names a band: read as two values, its
    bound ('75%', '1%') would pass for the target and push the row's values a
    column on. Years ('2019-2023') and numbers without a percentage ('5,1-5,5')
    are left as they are.
    """
    if first.kind not in RANGE_KINDS or second.kind not in RANGE_KINDS or first.end == second.start:
        return False
    gap = RANGE_JOIN_RE.fullmatch(cell, first.end, second.start)
    if gap is None:
        return False
    return "±" in gap.group() or "+" in gap.group() or second.kind == "percent" and first.reading.value is not None \
        and second.reading.value is not None and first.reading.value < second.reading.value


BRACKETED_AFTER_RE = re.compile(r"\s*\(\s*")  # between a value and the bracketed count after it
BRACKET_NOTE_REACH = 3


# a decimal part parted from its number by a space before the separator, closing the cell: the ',82' of '93 ,82'
SPLIT_DECIMAL_TAIL_RE = re.compile(r" ([.,])(\d{1,2})( ?%)?\s*$")


def with_split_decimal(cell: str, tokens: list[Token]) -> list[Token]:
    """The tokens with a whole number and the decimal part OCR parted from it at the end of the cell read as one.

    Tesseract may set a space before the decimal comma ('... 1.050.750.000 93 ,82'); the lexer reads
    the 93 and leaves ',82', which opens no number, as text, so the row lost all its values. A
    separator directly after the space can only continue the number before it.
    """
    last = tokens[-1] if tokens else None
    if last is None or last.kind != "number" or not last.raw.isdigit() or len(last.raw) > 3 \
            or ("," not in cell[last.end:] and "." not in cell[last.end:]):
        return tokens
    tail = SPLIT_DECIMAL_TAIL_RE.match(cell, last.end)
    if tail is None:
        return tokens
    raw = cell[last.start:tail.end()].rstrip()
    value = float(f"{last.raw}.{tail.group(2)}")
    repair = Repair(SEPARATOR, raw, f"{value:g}", "a space before the decimal separator: it continues the number before it")
    reading = Reading(raw=raw, value=value, unit="%" if tail.group(3) else None, repairs=(repair,))
    return [*tokens[:-1], Token(kind="percent" if tail.group(3) else "number", start=last.start,
                                end=last.start + len(raw), raw=raw, reading=reading)]


def trailing_values(cell: str, tokens: list[Token]) -> tuple[str, tuple[Token, ...]]:
    """Split a cell into its text and the run of value tokens that ends it."""
    end = len(cell)
    kept: list[Token] = []
    tokens = with_split_decimal(cell, tokens)
    for token in reversed(tokens):
        if token.start >= 4 and cell[token.start - 4:token.start].lower() == "per " \
                and (token.start == 4 or not cell[token.start - 5].isalnum()):
            break  # 'Angka Kematian Ibu per 100.000' (its name wraps on): a rate's base is the name's, no value
        if kept and end - token.end <= BRACKET_NOTE_REACH and token.kind == "percent" \
                and kept[-1].kind in ("count", "number") and BRACKETED_AFTER_RE.fullmatch(cell, token.end, end) \
                and cell[kept[-1].end:kept[-1].end + 2].lstrip()[:1] == ")":
            kept.pop()  # '100% (4 dokumen)': the count in brackets explains the percentage, it is no value of its own
        if kept and end - token.end <= RANGE_JOIN_CHARS and RANGE_JOIN_CHAR_RE.search(cell, token.end, end) \
                and is_range_pair(cell, token, kept[-1]):
            # '70-75%', '3 ± 1%': one target stated as a range, no one number of it the target
            raw = cell[token.start:kept[-1].end]
            kept[-1] = Token(kind="compound", start=token.start, end=kept[-1].end, raw=raw, reading=Reading(raw=raw))
            end = token.start
            continue
        if kept and "-" in cell[token.end:end] and (DASH_GAP_RE.fullmatch(cell, token.end, end) or (
                token.kind in WORDED_KINDS or kept[-1].kind in WORDED_KINDS) and DASH_CELL_RE.fullmatch(cell, token.end, end)):
            # '2,8% - - 2,1%', '77 - - - 78,52': quarters left unfilled between two values, two dashes or more
            # (one dash between values may be a range's: '70 - 80%'; not beside a grade or opinion: 'WTP - WTP')
            kept += reversed([Token(kind="missing", start=m.start(), end=m.end(), raw=m.group(),
                                    reading=Reading(raw=m.group())) for m in DASH_RE.finditer(cell, token.end, end)])
            kept.append(token)
            end = token.start
            continue
        if not NOISE_RE.match(cell[token.end:end]):
            if kept and token.kind == "count" and kept[-1].kind in ("count", "compound") \
                    and JOINER_RE.fullmatch(cell, token.end, kept[-1].start):
                # '12 Laporan dan 1 Dokumen': one compound value of two counts, not a count inside the name
                raw = cell[token.start:kept[-1].end]
                kept[-1] = Token(kind="compound", start=token.start, end=kept[-1].end, raw=raw, reading=Reading(raw=raw))
                end = token.start
                continue
            gap = NA_GAP_RE.fullmatch(cell, token.end, end) if kept and "/" in cell[token.end:end] else None
            if gap is None and kept and end - token.end <= WORDED_CELL_CHARS + 2:
                worded = WORDED_GAP_RE.fullmatch(cell, token.end, end)
                if worded is not None:
                    # '1 Dokumen Terlaksana 100%': a realisasi stated in words between the target and the capaian
                    said = worded.group().strip()
                    at = cell.index(said, token.end)
                    kept.append(Token(kind="missing", start=at, end=at + len(said), raw=said, reading=Reading(raw=said)))
                    kept.append(token)
                    end = token.start
                    continue
            if gap is None:
                if kept and token.kind == "number" \
                        and (nouned := counts_of_one_noun(cell, tokens, token, end, kept[-1])):
                    return trailing_values(cell, nouned)  # '1.200 arsip 1.350 arsip 112%': read again as counts
                break
            # '77,5% n/a 0%': a realisasi stated as not available between two values
            kept += reversed([Token(kind="missing", start=m.start(), end=m.end(), raw=m.group(),
                                    reading=Reading(raw=m.group())) for m in NA_WORD_RE.finditer(cell, token.end, end)])
        kept.append(token)
        end = token.start
    kept.reverse()
    if kept and end > 1 and cell[end - 1] == " " and cell[end - 2] in NA_LAST_CHARS_OR_SPACE:
        leading = leading_na_cells(cell, end)
        if leading:
            kept[:0] = leading
            end = leading[0].start
    text = cell[:end].strip(" \t|:;-")
    if kept and text[-1:] in "pP." and RUPIAH_END_RE.search(text):
        text = RUPIAH_END_RE.sub("", text).rstrip(" \t|:;-")
    return text, tuple(kept)


def leading_na_cells(cell: str, end: int) -> list[Token]:
    """The 'n/a' cells standing right before a borderless row's first value, as 'missing' tokens ([] when none).

    'Persentase PMKS tertangani n/a 85% 90% 92% 102%': an earlier year's
    column left unfilled. Read as part of the name, the row would hold one
    value fewer than the header's columns, and every value would slide a
    column to the left (the realisasi read as the target). A lone dash there
    ('... tertata - 80% 84% 105%') counts too: the table stage keeps such
    cells only where they fill the header's columns (`with_unfilled_cells`).
    """
    head = cell[:end]
    na = NA_LEAD_RE.search(head, max(0, len(head) - NA_TAIL_REACH))
    if na is None or not head[:na.start()].strip():
        return []
    return [Token(kind="missing", start=m.start(), end=m.end(), raw=m.group(), reading=Reading(raw=m.group()))
            for m in NA_ITEM_RE.finditer(head, na.start())]


def find_code(text: str) -> tuple[str | None, str]:
    """A budget code in a cell, and the cell without it."""
    if "." in text:  # dotted codes, plain or spaced
        core = CODE_CORE_RE.search(text)
        # a code starts at its core or one digit before it (see `search_code`)
        prefixed = PREFIXED_CODE_RE.search(text, max(0, core.start() - 1)) if core is not None else None
        if core is not None and prefixed is None and core.start() >= 3 and text[core.start() - 2] == ".":
            prefixed = LETTER_PREFIXED_CODE_RE.search(text, max(0, core.start() - 4))  # 'WA.' before the code
        if prefixed:
            return prefixed.group(1), (text[:prefixed.start()] + " " + text[prefixed.end():]).strip()
        match = None if core is None else CODE_RE.search(text, max(0, core.start() - 1))
        spaced = SPACED_CODE_RE.match(text) if match is None or match.start() <= 1 else None
        # '2020. 100 peserta' is a year ending a sentence; a spaced reading that reaches further is the whole code
        if spaced and not 1990 <= int(spaced.group(1)) <= 2040 and (match is None or spaced.end() > match.end()):
            return f"{spaced.group(1)}.{spaced.group(2).replace(' ', '')}", text[spaced.end():].strip()
        if match:
            return match.group(1), (text[:match.start()] + " " + text[match.end():]).strip()
    if "(" in text:
        match = PAREN_CODE_RE.search(text)
        if match:
            return match.group(1), (text[:match.start()] + text[match.end():]).strip()
    match = BARE_KEGIATAN_RE.match(text)
    if match and not 1990 <= int(match.group(1)) <= 2040:
        return match.group(1), ""
    return None, text


def search_code(text: str) -> re.Match | None:
    """CODE_RE.search(text), run only from where a code can start (most cells hold none)."""
    core = CODE_CORE_RE.search(text)
    # a code starts at its core or one digit before it; the lookbehind still sees text before pos
    return None if core is None else CODE_RE.search(text, max(0, core.start() - 1))


def shift(token: Token, offset: int) -> Token:
    return Token(kind=token.kind, start=token.start + offset, end=token.end + offset,
                 raw=token.raw, reading=token.reading)


def may_hold_values(text: str) -> bool:
    """Cheap test before lexing: digits, or a short capitalised last word (a grade, an opinion)."""
    return has_digit(text) or ends_in_short_word(text)


def has_digit(text: str) -> bool:
    """DIGIT_RE.search(text), with an ASCII-only class for ASCII text."""
    return (ASCII_DIGIT_RE if text.isascii() else DIGIT_RE).search(text) is not None


def any_digit(text: str) -> bool:
    """`any(ch.isdigit() for ch in text)`, without a step per character: on ASCII text only 0-9 are digits,
    and one search finds them (other text keeps the per-character test, superscripts and all)."""
    if text.isascii():
        return ASCII_DIGIT_RE.search(text) is not None
    return any(ch.isdigit() for ch in text)


def ends_in_short_word(text: str) -> bool:
    """SHORT_LAST_WORD_RE.search(text), matched from the end of the text."""
    return SHORT_LAST_WORD_REVERSED_RE.match(text[::-1]) is not None


def ends_in_lone_count(text: str) -> bool:
    """'... l Dokumen': the text ends with a count whose digit was read as a letter."""
    return LONE_COUNT_REVERSED_RE.match(text[::-1]) is not None


# A cell holding only a number whose digits OCR read partly as letters: '9S', '8l,5', and 100 as 'lOO' / 'IOO'
# (a digit opens it, and only letters that are digits' look-alikes follow, so no 'S1', '2B', '4G' or word).
LOOKALIKE_CELL_RE = re.compile(r"^\d[\d.,]*[OolIS][\dOolIS.,]*$")
LOOKALIKE_CELL_CHARS = 8
# an 8 read as 'B' opening a cell's number, its '%' read as '96' too ('B596' for 85%, 'B9,5696' for 89,56%): the
# digits after it make it no grade or code; whether the rest is a damaged '%' is for the row's arithmetic to say
LEADING_EIGHT_CELL_RE = re.compile(r"B(?:\d{2,4}|\d[.,]\d{2,4})")


def lookalike_cell_value(stripped: str) -> Token | None:
    """The value of a cell holding only a look-alike-damaged number ('9S' is 95, 'lOO' is 100), else None.

    The lexer reads letters as digits only where the text around them proves a number
    ('9S%', '9S,5'); a cell of its own is that proof, as for a cell holding only 'O'.
    """
    if not LOOKALIKE_CELL_RE.match(stripped) and not LETTERED_HUNDRED_RE.match(stripped) \
            and not LEADING_EIGHT_CELL_RE.fullmatch(stripped):
        return None
    reading = parse_measure(stripped)
    if reading is None or reading.value is None or reading.unit is not None:
        return None
    return Token(kind="number", start=0, end=len(stripped), raw=stripped, reading=reading)


MARKED_COUNT_RE = re.compile(r"(?P<num>\d{1,3}(?:[.,]\d{1,3})*)(?P<mark>['`\u2019]|(?<=\d)\.)"
                             r"(?P<rest> [A-Za-z][\w/.]*)")


def marked_count_value(core: str) -> Token | None:
    """A count cell with a stray tick or dot after its digits ("1' Dokumen", "2. Laporan"), as the count, else None.

    A scan's speck or a cell rule's tick read as an apostrophe or a dot: no count carries one there, and read
    with it the cell is no value (the row loses its target). Only a whole cell of one number and one noun the
    lexer knows as a count's unit once the mark is gone: a numbered item names more than a unit ('2. Laporan
    Keuangan').
    """
    m = MARKED_COUNT_RE.fullmatch(core)
    if m is None:
        return None
    clean = m["num"] + m["rest"]
    tokens = lex_values(clean)
    if len(tokens) != 1 or tokens[0].kind != "count" or tokens[0].end - tokens[0].start != len(clean):
        return None
    repair = Repair(SEPARATOR, core, clean, f"a stray {m['mark']!r} after a count's digits, no part of it")
    reading = replace(tokens[0].reading, raw=core, repairs=(repair,) + tokens[0].reading.repairs)
    return Token(kind="count", start=0, end=len(core), raw=core, reading=reading)


MIXED_GROUPS_CHARS = 32
MIXED_GROUPS_RE = re.compile(r"(?P<sign>[Rr][Pp][.,]?\s?)?\d{1,3}(?:(?:\.|,\s?|\s)\d{3})+")


def mixed_groups_value(core: str) -> Token | None:
    """An amount whose thousand dots OCR read partly as commas or spaces ('4.451, 669.000', '2.783,602.426'), else None.

    A dot set low and wide reads as ', ', ',' or ' '. In a cell of one amount that still prints dots and a comma
    (or spaces after its 'Rp': no row number stands there), a comma followed by three digits and another group,
    or a comma or space before a group, cannot be a decimal mark (no decimal has a group after it) nor a gap
    between values: every mark groups thousands. A lone
    '20.978,000' (a comma last, no space) may be a decimal and stays as the parser reads it.
    """
    m = MIXED_GROUPS_RE.fullmatch(core)
    if m is None:
        return None
    body = core[m.end("sign"):] if m["sign"] else core
    marks = re.findall(r"\.|,\s?|\s", body)
    if all(mark == "." for mark in marks):
        return None  # nothing misread: the lexer reads it
    if ("," not in body and not m["sign"]) or not ("." in marks and (" " in body or body.rfind(",") < body.rfind("."))):
        return None  # (spaces alone, no 'Rp': '4 384.925.985' may be a row number before an amount)
    joined = (m["sign"] or "") + re.sub(r",\s?|\s", ".", body)
    reading = parse_amount(joined)
    if reading is None or reading.value is None or not reading.trusted:
        return None
    repair = Repair(SEPARATOR, core, joined, "thousand groups marked by dots and by commas or spaces in one amount: "
                                             "every mark groups thousands (a decimal has no group after it)")
    return Token(kind="amount", start=0, end=len(core), raw=core,
                 reading=replace(reading, raw=core, repairs=(repair,) + reading.repairs))


SPACED_CELL_CHARS = 24
SPACED_PERCENT_CELL_RE = re.compile(r"(?P<a>\d{1,3}(?:[.,]\d{0,2})?) (?P<b>\d{1,3}(?:[.,]\d{1,2})?)%")
SPACED_AMOUNT_CELL_RE = re.compile(r"(?P<a>\d[\d.,]*) (?P<b>\d[\d.,]*)")
GROUPED_AMOUNT_RE = re.compile(r"\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3}){2,}")  # (one comma group may be decimals)
WELL_FORMED_RE = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})*|[1-9]\d{0,2}(?:,\d{3})*|0")  # (no leading zero: '00.000')


def spaced_number_value(core: str, index: int) -> Token | None:
    """The value of a cell holding one number with a space inside it ('1 00%', '93,7 6%', '9.32 6.000'), else None.

    A wide tracking gap, which OCR reads as a space. A cell holding only digits parted by one space is one value
    when its one '%' sign ends the two parts together at a percentage (at most 200), in a cell after the row's
    first (`index`), where no row number stands; in the first, only where the part before the sign cannot stand
    alone (a leading zero: '1 00%'; or the first part ends in decimals: '93,7 6%'). It is one amount when the
    parts joined make one amount in thousand groups and one part is no well-formed number alone ('102.0 17.534');
    after the row's first cell, or after an 'Rp' sign, any such pair ('56 3.540.000', 'Rp. 34 3.059.036').
    Read apart, the row would gain a value and its cells slide ('1' and '00%': a 0% target). Numbers that each
    stand alone ('1 75%' opening a row, '1 4.451.669.000': a row number before the value) stay.
    """
    sign = RUPIAH_SIGN_PREFIX_RE.match(core)
    body = core[sign.end():] if sign else core
    m = None if sign else SPACED_PERCENT_CELL_RE.fullmatch(body)
    if m and index == 0 and not (m["b"][:1] == "0" and m["b"][1:2].isdigit()) and "," not in m["a"] \
            and "." not in m["a"]:
        return None  # '1 75%' opening a row: its number before a percentage as likely as a gap inside one
    if m:
        joined = m["a"] + m["b"] + "%"
        reading, kind = parse_percent(joined), "percent"
        if reading is None or reading.value is None or not reading.trusted or reading.value > 200:
            return None
    else:
        m = SPACED_AMOUNT_CELL_RE.fullmatch(body)
        if m is None or ("." not in body and "," not in body):
            return None
        joined = (sign.group() if sign else "") + m["a"] + m["b"]
        if not GROUPED_AMOUNT_RE.fullmatch(m["a"] + m["b"]) or (index == 0 and not sign and WELL_FORMED_RE.fullmatch(
                m["a"]) and WELL_FORMED_RE.fullmatch(m["b"])):
            return None  # ('1 4.451.669.000' opening a row: its number before an amount)
        reading, kind = parse_amount(joined), "amount"
        if reading is None or reading.value is None or not reading.trusted:
            return None
    repair = Repair(SPLIT, core, joined, "a cell of one number with a space inside it: its parts make one value "
                                         "only together")
    reading = replace(reading, raw=core, repairs=(repair,) + reading.repairs)
    return Token(kind=kind, start=0, end=len(core), raw=core, reading=reading)


RUPIAH_SIGN_PREFIX_RE = re.compile(r"[Rr][Pp][.,]?\s?(?=\d)")


PERCENT_WORD_CELL_RE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s*(?i:persen|prosen)")


def percent_word_value(stripped: str) -> Token | None:
    """A cell holding a percentage with its sign written as a word ('100 persen', '77,5 Persen'), else None.

    The lexer reads the word only in prose; a value cell of its own states the percentage as '%' would.
    """
    if stripped[-6:].lower() not in ("persen", "prosen") or PERCENT_WORD_CELL_RE.fullmatch(stripped) is None:
        return None
    reading = parse_measure(stripped)
    if reading is None or reading.unit != "%" or reading.value is None:
        return None
    return Token(kind="percent", start=0, end=len(stripped), raw=stripped, reading=reading)


PERCENT_OF_NOUN_CELL_RE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?%\s*[A-Za-z]{2,}\.?")


def percent_of_noun_value(stripped: str) -> Token | None:
    """A cell holding a percentage with the noun it is a share of after it ('100%Dokumen', '95 % Laporan'), as one
    percent token, else None.

    A text export merges a Satuan column into the value cell; read as a value and a word, the cell would count
    as a name's text and the row's values would be lost. The noun must be one the units list knows
    (`parse_measure` says so by reading the cell as a percentage).
    """
    if PERCENT_OF_NOUN_CELL_RE.fullmatch(stripped) is None:
        return None
    reading = parse_measure(stripped)
    if reading is None or reading.unit != "%" or reading.value is None:
        return None
    return Token(kind="percent", start=0, end=len(stripped), raw=stripped, reading=reading)


# A cell holding a count and the noun it counts, whatever the noun ('1.200 arsip', '5 kecamatan', '12 bulan')
COUNT_CELL_RE = re.compile(r"(?P<num>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,2})?)\s+(?P<noun>[A-Za-z][A-Za-z-]{1,19})")
COUNT_CELL_CHARS = 36
KNOWN_NOUN_RE = re.compile(rf"(?i:{PROSE_UNIT_ALTERNATION}|indeks|index|persen|prosen|level|poin|points?)")
# Words after a number that name no counted thing: a date's month, a joining word, the word opening an
# indicator's or a sasaran's name after its row number ('1 Persentase', '2 Meningkatnya')
NOT_COUNT_NOUNS = frozenset("""januari februari maret april mei juni juli agustus september oktober november desember
dan atau dari per sampai tahun persentase presentase prosentase jumlah nilai indeks index opini rasio tingkat angka
laju cakupan sasaran tujuan indikator""".split())


NOUN_GAP_RE = re.compile(r"\s+([A-Za-z][A-Za-z-]{1,19})\s+")
# Nouns of NOT_COUNT_NOUNS that a row's target and realisasi may still count, a span of years ('1 tahun
# 1 tahun 100', a Sekretariat's year of office services), where the capaian after them proves the pair
PROVEN_PERIOD_NOUNS = frozenset({"tahun"})
CAPAIAN_SLACK = 0.5  # a printed capaian rounded to whole percents


def capaian_proves(target: Token, result: Token, capaian: Token | None) -> bool:
    """Whether `capaian` is result / target x 100 (to its whole-percent rounding), as `states_capaian` judges."""
    if capaian is None or capaian.kind not in ("number", "percent") or capaian.reading.value is None:
        return False
    return states_capaian(target.reading, result.reading, capaian.reading,
                          CAPAIAN_SLACK + 0.005 * capaian.reading.value)


def counts_of_one_noun(cell: str, tokens: list[Token], token: Token, end: int,
                       following: Token | None = None) -> list[Token] | None:
    """The tokens with `token` and the number before it read as counts of the noun after each, or None.

    A row without borders whose target and realisasi count a thing the lexer does not know
    ('... 1.200 arsip 1.350 arsip 112,5%'): the same word after two numbers in a row is
    their noun, not a part of the name, and the row's values are three, not one. A span of
    years ('1 tahun 1 tahun 100') counts so only where the value after them, the capaian,
    is the second over the first x 100: elsewhere 'N tahun' is a name's or a sentence's.
    """
    at = tokens.index(token)
    if at == 0 or tokens[at - 1].kind != "number":
        return None
    before = tokens[at - 1]
    after_token = NOUN_GAP_RE.fullmatch(cell, token.end, end)
    after_before = NOUN_GAP_RE.fullmatch(cell, before.end, token.start)
    if after_token is None or after_before is None:
        return counts_of_one_phrase(cell, tokens, before, token, end, following)
    if after_token.group(1).lower() != after_before.group(1).lower():
        return None
    periods = after_token.group(1).lower() in PROVEN_PERIOD_NOUNS
    if periods and not capaian_proves(before, token, following):
        return None
    counts = [counted_value(cell[t.start:gap.end(1)], periods) for t, gap in ((before, after_before), (token, after_token))]
    if None in counts:
        return None
    return tokens[:at - 1] + [shift(c, t.start) for c, t in zip(counts, (before, token))] + tokens[at + 1:]


# two or three words between two numbers, or between a number and the value after it ('91,55 Milyar Kendaraan
# Kilometer 97,56 ...': a unit of several words, as the Satuan column prints it)
PHRASE_GAP_RE = re.compile(r"\s+([A-Za-z][A-Za-z-]{1,19}(?:\s+[A-Za-z][A-Za-z-]{1,19}){1,2})\s+")


def counts_of_one_phrase(cell: str, tokens: list[Token], before: Token, token: Token, end: int,
                         following: Token | None) -> list[Token] | None:
    """The tokens with `before` and `token` read as measures in the unit of words after each, or None.

    '... 91,55 kendaraan kilometer 97,56 kendaraan kilometer 106,56': a unit of two or three words
    ('vehicle kilometres', 'Milyar Kendaraan Kilometer') printed after the target and the realisasi.
    Words repeated so may still be a name's, so the capaian after them must be the second over the
    first x 100; the first word must be no joining or measure word (NOT_COUNT_NOUNS).
    """
    after_token = PHRASE_GAP_RE.fullmatch(cell, token.end, end)
    after_before = PHRASE_GAP_RE.fullmatch(cell, before.end, token.start)
    if after_token is None or after_before is None:
        return None
    unit = " ".join(after_token.group(1).lower().split())
    if unit != " ".join(after_before.group(1).lower().split()) or unit.split()[0] in NOT_COUNT_NOUNS \
            or not capaian_proves(before, token, following):
        return None
    if before.reading.value is None or token.reading.value is None or before.reading.unit or token.reading.unit:
        return None
    at = tokens.index(token)
    counts = [Token(kind="count", start=t.start, end=gap.end(1), raw=cell[t.start:gap.end(1)],
                    reading=replace(t.reading, raw=cell[t.start:gap.end(1)], unit=unit))
              for t, gap in ((before, after_before), (token, after_token))]
    return tokens[:at - 1] + counts + tokens[at + 1:]


# A count ending a cell, its noun capitalised as a value cell prints it ('... 12 Kejadian', '3 Desa  4 Desa')
# (`(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d{1,3}(?:[.,]\d{1,2})?)...`, opening with its first digit, the lookbehind
# after it: the engine skips to a digit in C)
NAMED_COUNT_END_RE = re.compile(r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:[.,]\d{3})+|\d{0,2}(?:[.,]\d{1,2})?))"
                                r"\s+([A-Z][a-z-]{2,19})[\s|;:'\"_]*$")


def counts_of_named_noun(rest: str, tokens: list[Token]) -> tuple[str, tuple[Token, ...], list[Token]] | None:
    """The counts ending a cell whose noun the cell's name counts, with the name before them, or None.

    A scan that loses the border between a name and its value cells leaves
    '... Jumlah kejadian kecelakaan 12 Kejadian 9 Kejadian' one cell; the noun is
    one the lexer does not know, so the row would lose its values (or, with no
    other value, the row). The same word in the name before the counts says
    that they count it: 'Jumlah kejadian' counted in 'Kejadian'.
    """
    end, counts = len(rest), []
    while (match := NAMED_COUNT_END_RE.search(rest, 0, end)) is not None:
        if counts and match.group(2).lower() != counts[-1].reading.unit:
            break
        token = counted_value(f"{match.group(1)} {match.group(2)}")
        if token is None:
            break
        raw = rest[match.start():match.end(2)]
        counts.append(Token(kind="count", start=match.start(), end=match.end(2), raw=raw,
                            reading=replace(token.reading, raw=raw)))
        end = match.start()
    if not counts:
        return None
    body = rest[:end].strip(" \t|:;-")
    if counts[-1].reading.unit not in (w.lower() for w in WORD_RE.findall(body)):
        return None
    counts.reverse()
    return body, tuple(counts), [t for t in tokens if t.end <= end] + counts


def counted_value(stripped: str, periods: bool = False) -> Token | None:
    """A value cell holding a count and its noun ('1.200 arsip', '5 kecamatan'), as a count token, else None.

    The lexer knows the usual nouns (`dokumen`, `laporan`, `kali`); a cell of its own
    holding one number and one word states a count of whatever that word names.
    Read as a number and a name, the value would be lost and the row with it.
    `periods`: the row's capaian proved a span of years counted (`counts_of_one_noun`).
    """
    match = COUNT_CELL_RE.fullmatch(stripped)
    if match is None:
        return None
    noun, number = match.group("noun"), match.group("num")
    if number.isdigit() and (len(number) >= 4 or number[0] == "0"):
        return None  # a kegiatan's code or a year before a name ('6887 Kelembagaan', '001 Fasilitasi')
    if noun.lower() in NOT_COUNT_NOUNS and not (periods and noun.lower() in PROVEN_PERIOD_NOUNS) or noun.endswith("nya") or KNOWN_NOUN_RE.fullmatch(noun) \
            or noun.isupper() and len(noun) <= 3:
        return None  # a noun the lexer reads ('2 Lap', '3,40 Indeks'), or a grade or opinion ('70 BB')
    reading = parse_measure(number)
    if reading is None or reading.value is None or reading.unit is not None:
        return None
    return Token(kind="count", start=0, end=len(stripped), raw=stripped,
                 reading=replace(reading, raw=stripped, unit=noun.lower()))


def compound_value(stripped: str) -> Token | None:
    """A cell stating a compound target ('12 Laporan dan 1 Dokumen'), as one token without a value, else None.

    Read as values, its last count ('1 Dokumen') would pass for the whole
    cell's, and the rest for words of the row's name. The cell is kept as
    printed (its raw), with no number: none of its counts is the target alone.
    """
    if COMPOUND_CELL_RE.fullmatch(stripped) is None:
        return None
    first_noun = COUNT_NOUN_AFTER_RE.match(stripped)
    if first_noun is not None and (first_noun.group(1).lower() in NOT_COUNT_NOUNS or first_noun.group(1).endswith("nya")):
        # '4 Jumlah Pembayaran Gaji dan 9 Dokumen', '3 Tersusunnya Data ... dan 8 Layanan': a row number before a
        # name that opens a measure or a result
        return None
    return Token(kind="compound", start=0, end=len(stripped), raw=stripped, reading=Reading(raw=stripped))


COUNT_NOUN_AFTER_RE = re.compile(r"\d{1,4}(?:[.,]\d{1,2})?\s*([A-Za-z]+)")  # the word after a compound's first count


STRAY_END_MARKS = " ;:'\"_"  # marks a scan reads after a cell's last word


# 'dan 2 Perjanjian', ', 3 Dokumen': a joiner and a count whose noun is capitalised, as a value cell prints it
JOINED_COUNT_RE = re.compile(r"(?:\bdan|[,;&+])\s*\d{1,4}(?:[.,]\d{1,2})?\s*[A-Z]")
# a count opening a compound value: its noun capitalised ('1 Lakip', '12 Laporan'), not a name's '2 desa'
COMPOUND_OPENING_RE = re.compile(r"\d{1,4}(?:[.,]\d{1,2})?\s*[A-Z]")


def compound_before(rest: str, tokens: list[Token], values: tuple[Token, ...]) -> tuple[str, tuple[Token, ...]] | None:
    """A compound target at the end of a cell's text ('... Kinerja dan  1 Lakip dan 2 Perjanjian  100%'), as the
    first value, with the text before it; None when the text ends in none.

    A scan that loses the border between a name and its compound target cell
    leaves them one cell: the counts, read as words of the name, cost the row
    its target (or, with no other value, the row). Only counts whose nouns are
    capitalised, as a value cell prints them, after a space and some words.
    """
    end = values[0].start if values else len(rest)
    while end and rest[end - 1] in " \t|:;-":
        end -= 1
    for token in tokens:
        if token.start >= end:
            break
        if token.start < 2 or not rest[token.start - 1].isspace() or not WORD_RE.search(rest, 0, token.start) \
                or not COMPOUND_OPENING_RE.match(rest, token.start):
            continue
        if COMPOUND_CELL_RE.fullmatch(rest, token.start, end) is None:
            continue
        parts = JOINER_RE.split(rest[token.start:end]) if " dan " in rest[token.start:end] else [rest[token.start:end]]
        if not all(COMPOUND_OPENING_RE.match(part.strip(" ,;&+")) for part in parts):
            continue
        raw = rest[token.start:end]
        compound = Token(kind="compound", start=token.start, end=end, raw=raw, reading=Reading(raw=raw))
        return rest[:token.start].strip(" \t|:;-"), (compound,) + values
    return None


LEVEL_WORD_RE = re.compile(r"\S+")
SOURCE_NOTE_RE = re.compile(r"sumber\s*:", re.I)  # 'Sumber : BPS, 2021', a table's source note run onto its last row
LEVEL_RUN_MIN = 2


def level_run(text: str) -> tuple[Token, ...] | None:
    """The levels of a line that holds a row's values as level words only ('Pratama Pratama Madya'), each a grade;
    None when fewer than LEVEL_RUN_MIN open it or other words than a source note follow them.

    A table exported as text puts a row's cells on one line, a Kota Layak Anak rank or an accreditation level in
    each; a source note under the table may run onto that line.
    """
    tokens: list[Token] = []
    for m in LEVEL_WORD_RE.finditer(text):
        word = m.group()
        if word not in ACCREDITATION_LEVELS:
            if len(tokens) < LEVEL_RUN_MIN or not SOURCE_NOTE_RE.match(text, m.start()):
                return None
            break
        tokens.append(Token(kind="grade", start=m.start(), end=m.end(), raw=word,
                            reading=Reading(raw=word, text=word, unit="grade")))
    return tuple(tokens) if len(tokens) >= LEVEL_RUN_MIN else None


def analyse_cell(index: int, raw: str, start: int = -1) -> Cell:
    text = fold_text(raw)
    stripped = text.strip()
    if len(stripped) <= NOT_AVAILABLE_CHARS and stripped.lower() in NOT_AVAILABLE:
        # 'n/a' or '-' in a value column: stated as not available, which is not the same as empty
        token = Token(kind="missing", start=0, end=len(text), raw=stripped, reading=Reading(raw=stripped))
        return Cell(index=index, raw=raw, text="", values=(token,), start=start)
    first = stripped[:1]
    if "." in stripped and ("," in stripped or " " in stripped) and len(stripped) <= MIXED_GROUPS_CHARS \
            and (token := mixed_groups_value(stripped)) is not None:
        return Cell(index=index, raw=raw, text="", values=(shift(token, text.index(stripped)),), start=start)
    if first in "Rr" and " " in stripped[3:] and len(stripped) <= MIXED_GROUPS_CHARS \
            and (token := spaced_number_value(stripped, index)) is not None:  # 'Rp. 343.05 9.036'
        return Cell(index=index, raw=raw, text="", values=(shift(token, text.index(stripped)),), start=start)
    if first.isdigit():
        # '12 Laporan dan 1 Dokumen' (one value of two counts), '97,5 persen' (a percentage)
        token = percent_word_value(stripped) if stripped[-1:] in "nN" else None
        # (a mark a scan read after the cell's text is none of its words: '1 Lakip dan 2 Perjanjian ;')
        core = stripped.rstrip(STRAY_END_MARKS) if stripped[-1:] in STRAY_END_MARKS else stripped
        if token is None and len(core) <= COMPOUND_CELL_CHARS and (
                " dan " in core or ", " in core or "&" in core or "+" in core or ";" in core):
            token = compound_value(core)
        if token is None and len(core) <= COUNT_CELL_CHARS and ("'" in core or "`" in core or ". " in core
                                                             or "\u2019" in core):
            token = marked_count_value(core)
        if token is None and len(core) <= SPACED_CELL_CHARS and core.count(" ") == 1 \
                and (token := spaced_number_value(core, index)) is not None:
            return Cell(index=index, raw=raw, text="", values=(shift(token, text.index(core)),), start=start)
        if token is None and len(core) <= COUNT_CELL_CHARS and " " in core:
            token = counted_value(core)
        if token is None and "%" in core and len(core) <= COUNT_CELL_CHARS and core[-1:].isalpha():
            token = percent_of_noun_value(core)
        if token is not None:
            token = shift(token, text.index(stripped))
            return Cell(index=index, raw=raw, text="", values=(token,), start=start)
    elif first in NOT_MEASURED_FIRST and len(stripped) <= NOT_MEASURED_CHARS and not has_digit(stripped) \
            and NOT_MEASURED_RE.fullmatch(stripped) and not is_verdict(stripped):
        # 'Belum dilaksanakan' in a realisasi cell: not measured yet, stated in words
        token = Token(kind="missing", start=0, end=len(text), raw=stripped, reading=Reading(raw=stripped))
        return Cell(index=index, raw=raw, text="", values=(token,), start=start)
    if first in WORDED_CELL_FIRST and len(stripped) <= WORDED_CELL_CHARS and WORDED_CELL_RE.fullmatch(stripped):
        # 'Terlaksana', 'Sudah', 'Ada' in a value cell: a result stated in words, kept as printed without a number
        token = Token(kind="missing", start=0, end=len(text), raw=stripped, reading=Reading(raw=stripped))
        return Cell(index=index, raw=raw, text="", values=(token,), start=start)
    if first in ACCREDITATION_FIRST and stripped in ACCREDITATION_LEVELS:
        # 'Paripurna' in a value cell: an accreditation's level, a grade stated as a word (KARS, FKTP)
        token = Token(kind="grade", start=text.index(stripped), end=text.index(stripped) + len(stripped), raw=stripped,
                      reading=Reading(raw=stripped, text=stripped, unit="grade"))
        return Cell(index=index, raw=raw, text="", values=(token,), start=start)
    if first in ACCREDITATION_FIRST and (levels := level_run(text)) is not None:
        return Cell(index=index, raw=raw, text="", values=levels, start=start)
    if stripped == "O":
        # a cell holding only 'O': a 0 OCR read as the letter (a realisasi of nothing, '0')
        token = Token(kind="number", start=text.index(stripped), end=text.index(stripped) + 1, raw=stripped,
                      reading=Reading(raw=stripped, value=0.0, repairs=(
                          Repair(LETTER, stripped, "0", "a cell holding only 'O' read as the digit 0"),)))
        return Cell(index=index, raw=raw, text="", values=(token,), start=start)
    if len(stripped) <= LOOKALIKE_CELL_CHARS and (token := lookalike_cell_value(stripped)) is not None:
        token = shift(token, text.index(stripped))
        return Cell(index=index, raw=raw, text="", values=(token,), start=start)
    # (']00%', '! Dokumen': a one read as a bracket or an exclamation mark opens the cell's number)
    digits = has_digit(text) or (first in "]!Zb" and read_one_glyphs(stripped) is not None)
    if not digits and not ends_in_short_word(text) and not ends_in_lone_count(text) and verdict_start(text) is None \
            and not may_hold_lettered_percent(text):  # 'lOOo/o', 'too%': a 100% in letters is lexed
        return Cell(index=index, raw=raw, text=without_stray_marks(text.strip(" \t|:;-")), values=(), start=start)
    if digits and len(stripped) <= RANGE_CELL_CHARS and is_range(stripped):
        return Cell(index=index, raw=raw, text=stripped, values=(), start=start)  # a scale's 'Rentang Nilai'
    code, rest = find_code(text) if digits else (None, text)
    if "(" in rest and ")" in rest and len(rest) <= LONG_CELL:
        rest = without_bracketed_verdicts(rest)
    if len(rest) > LONG_CELL:
        # Prose: only values at its end can be table values; lex just the tail.
        cut = rest.rfind(" ", 0, len(rest) - TAIL_CHARS) + 1
        tokens = [shift(t, cut) for t in lex_values(rest[cut:])]
    else:
        tokens = lex_values(rest) if rest else []
    if tokens:
        tokens = cited_numbers_dropped(rest, tokens)
        if "x" in rest or "×" in rest or "X" in rest or "ikali" in rest:
            tokens = formula_factors_dropped(rest, tokens)
        if "/" in rest:  # the 'A' of 'N/A' is no grade ('77,5% N/A N/A 0%')
            tokens = [t for t in tokens if t.kind != "grade" or rest[max(0, t.start - 2):t.start] not in ("N/", "n/")]
        rest, tokens, missing = without_na_tail(rest, tokens)
    else:
        missing = ()
    body, values = trailing_values(rest, tokens)
    if not values and (tokens or not digits):  # grades need no digit: 'Opini BPK WTP WTP Tercapai'
        body, values, tokens = values_before_verdict(rest) or (body, values, tokens)
    if not values and tokens and rest[-1:] != "." and (named := counts_of_named_noun(rest, tokens)) is not None:
        body, values, tokens = named
    if values and label_number_ends(body + " " + values[0].raw):
        body, values = rest.strip(" \t|:;-"), ()  # 'Sasaran 1', 'Tabel 3': a label's number, not a value
    if len(tokens) >= 2 and len(body) > 8 and body[-1:].isalpha() and (" dan " in body or "," in body or "&" in body
                                                                     or "+" in body or ";" in body) \
            and JOINED_COUNT_RE.search(body):  # (cheap tests first: most cells join no counts)
        body, values = compound_before(rest, tokens, values) or (body, values)
    if body[-1:] == "%" and (glyphs := glyph_percent_before(rest, values[0].start if values else len(rest))):
        body, values = rest[:glyphs.start].strip(" \t|:;-"), (glyphs,) + values
    if values and body and not WORD_RE.search(body):
        # A cell like '1 90 90 100': leading small number is the row number.
        body = ""
    inner = inner_tokens(tokens, values)
    if missing and values and values[-1] is tokens[-1]:
        values += missing  # 'n/a n/a' after the values: the cells they left unfilled
    return Cell(index=index, raw=raw, text=without_stray_marks(body), values=values, code=code, inner=inner, start=start)


STRAY_MARKS = " |\"';_"  # marks a scan reads at a line's start or end (strip sets)
STRAY_MARK_CHARS = frozenset("_\"'")  # marks a scan reads apart from any word at a line's start or end


def without_stray_marks(text: str) -> str:
    """A cell's text without a mark standing apart at its start or end ('Berkelanjutan secara tepat _', "' dan").

    A quote that opens or closes a quoted name stands against its word and stays.
    """
    if len(text) > 2 and text[-1] in STRAY_MARK_CHARS and text[-2] == " ":
        text = text[:-2].rstrip(" \t|:;-")
    if len(text) > 2 and text[0] in STRAY_MARK_CHARS and text[1] == " ":
        text = text[2:].lstrip(" \t|:;-")
    return text


# A predikat in brackets right after a grade, an opinion or a number: 'B (Baik)', 'BB (Sangat Baik)', '95% (Tercapai)'
VALUE_WORD_RE = re.compile(r"[A-E]{1,3}[+-]?|WTP|WDP|TMP|TW|[\d.,]*\d\s*%?|%")  # what the predikat may follow
# A predikat in brackets ('(Baik)', '(Sangat Baik)', '(Tercapai)'), matched where a '(' stands
BRACKETED_VERDICT_RE = re.compile(r"\(\s*(?i:" + VERDICT_RE.pattern + r")\s*\)"
                                  # ... or the grade an index maps to ('3,62 (B)'), or a value not yet final
                                  r"|\(\s*(?:[A-E]{1,3}[+-]?|(?i:(?:angka\s+)?sementara|prognosa|proyeksi|estimasi))\s*\)")


def without_bracketed_verdicts(text: str) -> str:
    """The text with each bracketed predikat after a value blanked (same length), so the values around it read as a run.

    'Nilai SAKIP B (Baik) BB (Sangat Baik) 100%' on a line without borders:
    a grade counts only where values alone follow it, and the words in
    brackets would hide both grades from the row. So would the grade an index
    maps to, or a note that the value is provisional ('3,50 3,62 (B) 103%',
    '100% 92% (sementara) 92%'). After a word ('kategori (Baik)') the
    brackets are the name's.
    """
    at = text.find("(")
    while at != -1:
        verdict = BRACKETED_VERDICT_RE.match(text, at)
        if verdict is not None:
            before = text[:at].rstrip()
            words = before.rsplit(None, 1)
            if words and VALUE_WORD_RE.fullmatch(words[-1]):
                text = before + " " * (verdict.end() - len(before)) + text[verdict.end():]
        at = text.find("(", at + 1)
    return text


# a word of three glyphs glued to a percent sign ('MWo%'): a percentage OCR read as letters (its shape that of 100%)
GLYPH_PERCENT_RE = re.compile(r"(?:^|(?<=\s))[A-Za-z0-9|]{2}[0Oo]%$")


def glyph_percent_before(rest: str, end: int) -> Token | None:
    """The unreadable percentage ending a cell's text before `end` (its values, if any), as a value token, else None.

    'Persentase KPU ... MWo% | 82% | 2%': the target's '100%' read as glyphs
    the lexer does not take for a number. Left in the name, the values after
    it slide one column to the left (the realisasi read as the target). As a
    token it keeps its column, its reading untrusted (`parse_percent` gives
    no value, 100 only as an alternative), so it is flagged, never guessed.
    """
    end = len(rest[:end].rstrip(" \t|:;-"))
    match = GLYPH_PERCENT_RE.search(rest, max(0, end - 4), end)
    if match is None or not any(ch.isalpha() for ch in match.group()):
        return None
    reading = parse_percent(match.group())
    if reading is None or reading.value is not None:
        return None
    return Token(kind="percent", start=match.start(), end=match.end(), raw=match.group(), reading=reading)


def inner_tokens(tokens: list[Token], values: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens before a cell's values (its values are the tokens' tail, some merged or with 'n/a' between)."""
    if not values:
        return tuple(tokens)
    first = values[0].start
    k = len(tokens)
    while k and tokens[k - 1].start >= first:
        k -= 1
    return tuple(tokens[:k])


def label_number_ends(label: str) -> bool:
    """LABEL_NUMBER_RE at the end of `label` ('Sasaran 1', 'Tabel 3.'), searched only where it can match.

    The pattern ends in a digit and an optional '.' or ')' ('\\d{1,2}(?:\\.\\d{1,2}){0,2}[.)]?$'): a label
    ending in another character ('100%', '3 Dokumen', the most values) holds none (`$` also matches
    before a newline ending the text; \\d is str.isdecimal).
    """
    end = label[-1:]
    if not (end.isdecimal() or end in ".)\n"):
        return False
    return LABEL_NUMBER_RE.search(label, max(0, len(label) - LABEL_REACH)) is not None


def is_range(text: str) -> bool:
    """A cell stating a range of a verdict scale ('91 - 100', '76% s.d 90%', '> 100', '≤ 50 %'), not values."""
    return ("-" in text or "–" in text or "s" in text or "<" in text or ">" in text or "≤" in text
            or "≥" in text) and RANGE_CELL_RE.fullmatch(text) is not None


def verdict_start(text: str) -> int | None:
    """Where a verdict word ('Berhasil', 'Tidak Tercapai', 'Melampaui Target') that ends the text starts, or None."""
    words = text.rstrip(" ;:|").rsplit(None, 1)
    if not words or words[-1].strip("()[]*'\"").lower() not in VERDICT_LAST_WORDS:
        return None  # the cheap test: most cells end in no such word
    cut = max(0, len(text) - VERDICT_REACH)
    match = VERDICT_END_RE.search(text, cut)
    return match.start() if match else None


def is_verdict(text: str) -> bool:
    """A cell's text that is a verdict and nothing else ('Tidak Tercapai', 'Baik')."""
    return len(text) <= VERDICT_REACH and VERDICT_CELL_RE.fullmatch(text) is not None


def values_before_verdict(rest: str) -> tuple[str, tuple[Token, ...], list[Token]] | None:
    """A row's values standing before its verdict column ('... Provinsi 80% 80% 100% Berhasil').

    The values count only when two or more stand right before the verdict
    with nothing but spaces between them: '76 % - 90% Baik' or '76% < x <= 90%
    Baik' is a row of a scale (the ranges each category covers), not a
    measurement. Returns the cell's text, its values and its tokens, or None.
    """
    start = verdict_start(rest)
    if start is None:
        return None
    head = rest[:start]
    # lexed again without the verdict: a grade before it ('70 BB 100% Tercapai') is read only at a text's end
    # (and without the bracket that opens it: 'BB (Sangat Baik)' is the grade BB with its predikat)
    kept = lex_values(head.rstrip(" \t([*"))
    if kept:
        kept = cited_numbers_dropped(head, kept)
    body, values = trailing_values(head, kept)
    if not values or head[values[-1].end:].strip(" \t([*"):
        return None  # only spaces, or the bracket that opens it ('100% (Berhasil)'), part the verdict from them
    if len(values) < VERDICT_MIN_VALUES and body:
        return None  # '... sebesar 90% Tercapai': one number after words; alone in its cell ('105% Baik') it counts
    if any(head[a.end:b.start].strip() for a, b in zip(values, values[1:])):
        return None
    return body, values, kept


LINE_MEMO = 8192  # analysed lines kept per process: a long report's table regions, and the next report's
CELL_MEMO = 16384  # analysed cells kept per process ('100%', '-', 'Tercapai' recur in every report)


@lru_cache(maxsize=CELL_MEMO)
def analysed_cell(raw: str) -> Cell:
    """`analyse_cell(0, raw)`, worked out once per text: a cell's analysis reads only its text.

    Cells (and their tokens and readings) are frozen, so one analysis is shared by every line, in any
    report, that holds a cell of the same text; `cell_of` gives it the line's index and offset.
    """
    return analyse_cell(0, raw)


def cell_of(index: int, raw: str, start: int) -> Cell:
    """`analyse_cell(index, raw, start)`, reusing the analysis of a cell with the same text (`analysed_cell`).

    The one reading that depends on the cell's place: digits parted by a space ('10 0%', '56 3.540.000') are one
    value in a cell after the row's first, where no row number stands (`spaced_number_value`).
    """
    cell = analysed_cell(raw)
    if index and len(cell.values) == 2 and not cell.text and cell.values[0].kind == "number" \
            and cell.values[1].kind in ("percent", "amount", "number"):  # '10 0%', '56 3.540.000' (see below)
        core = fold_text(raw).strip()
        if (token := spaced_number_value(core, index)) is not None:
            return Cell(index=index, raw=raw, text="", values=(shift(token, fold_text(raw).index(core)),), start=start)
    if cell.index != index or cell.start != start:
        cell = Cell(index=index, raw=raw, text=cell.text, values=cell.values, code=cell.code, inner=cell.inner,
                    start=start)
    return cell


# 'x 100%' or '× 100' ending a formula ('jumlah selesai dibagi jumlah sengketa x 100%'): the factor that
# makes a ratio a percent (or per mille), never a value of the row
FORMULA_FACTOR_RE = re.compile(r"(?:^|[\s(/)])[xX×]\s?$")
FORMULA_FACTORS = (100.0, 1000.0)
# the factor in words: '... dibagi jumlah yang membutuhkan dikali 100%', 'dikalikan dengan 100'
FORMULA_FACTOR_WORDS_RE = re.compile(r"\bdikali(?:kan)?(?:\s+dengan)?\s*$", re.I)
FORMULA_FACTOR_WORDS_REACH = 18  # characters before a token that can hold 'dikalikan dengan '


# '1 x 24 jam', '2x24 Jam', '3 × 8 jam': a duration a name states as a product, never a value of the row
MULTIPLIED_RE = re.compile(r"\d\s?[xX×]\s?$")
MULTIPLIED_REACH = 4  # characters before a token that can hold such a product's '1 x '


def formula_factors_dropped(rest: str, tokens: list[Token]) -> list[Token]:
    """The tokens that are not a formula's 'x 100%' factor (a percent or a number of 100 or 1000 after 'x' or
    'dikali'),
    nor the second number of a product inside a name ('ditangani dalam 1 x 24 jam': '24 jam' is the name's,
    and a row whose name ends so would otherwise take it for its target)."""
    return [t for t in tokens if not MULTIPLIED_RE.search(rest, max(0, t.start - MULTIPLIED_REACH), t.start)
            and (t.reading.value not in FORMULA_FACTORS or t.kind not in ("percent", "number")
                 or not (FORMULA_FACTOR_RE.search(rest, max(0, t.start - 3), t.start)
                         or FORMULA_FACTOR_WORDS_RE.search(rest, max(0, t.start - FORMULA_FACTOR_WORDS_REACH),
                                                           t.start)))]


# Words that also name what a value measures: 'angka melek huruf 75,83', 'lama sekolah tahun 6,87' (a unit column)
CITING_OR_MEASURED_WORDS = frozenset({"huruf", "tahun"})
CITED_YEAR_RE = re.compile(r"(?:19|20)\d\d")  # 'Tahun 2017': the year a law or a plan was made


def measured_after_word(word: str, token: Token, following: list[Token], text: str) -> bool:
    """Whether a number right after 'huruf' or 'tahun' is a value, not a citation.

    A citation is 'huruf a' or 'tahun 2017'; a decimal ('melek huruf 75,83') or a count with the next value
    right beside it ('dokumen perencanaan tahun 4 4 100') is what the row measures, and read as a citation it
    joins the name and every other value slides a column. A count with words before the next number is a
    heading's ('Tahun 1 Tahun 2 Tahun 3' over a plan's years).
    """
    if word.lower() not in CITING_OR_MEASURED_WORDS or token.kind not in ("number", "percent") \
            or token.reading.value is None:
        return False
    if CITED_YEAR_RE.fullmatch(token.raw):
        return False
    if not token.reading.value.is_integer():
        return True
    return any(t.kind in ("number", "percent") and not text[token.end:t.start].strip() for t in following)


PERIOD_GAP_RE = re.compile(r"\s+(?i:tahun)\s+")  # between a count of years and the next number


def counted_period_pair(tokens: list[Token], i: int, text: str) -> bool:
    """Whether the number after 'tahun' at tokens[i] is a realisasi or capaian after counts of years.

    '1 tahun 1 tahun 100': the second '1' and the '100' follow 'tahun' as a cited year's number would
    ('Tahun 2'), but a target and a realisasi both counted in years stand there, and the value after
    them is the second over the first x 100. A plan's heading 'Tahun 1 Tahun 2 Tahun 3' proves no
    such capaian.
    """
    return any(period_triple(tokens[k:k + 3], text) for k in (i - 1, i - 2) if k >= 0)


def period_triple(three: list[Token], text: str) -> bool:
    """Whether three tokens read 'N tahun M tahun P', P being M / N x 100."""
    if len(three) < 3 or three[0].kind != "number" or three[1].kind != "number":
        return False
    target, result, capaian = three
    return PERIOD_GAP_RE.fullmatch(text, target.end, result.start) is not None \
        and PERIOD_GAP_RE.fullmatch(text, result.end, capaian.start) is not None \
        and capaian_proves(target, result, capaian)


def signed_percent(token: Token) -> bool:
    """Whether a token is a percentage printed with its sign ('90%'): no law, article or year is cited so, so a
    '%' value right after 'tahun' or 'nomor' ('... anak usia 0-18 tahun 90%') is the row's value, not a citation."""
    return token.kind == "percent" and token.raw.rstrip()[-1:] == "%"


# An election named with its year ('Pemilu Serentak 2019', 'Pemilihan Walikota 2024'): the year is the name's.
ELECTION_YEAR_RE = re.compile(r"(?i)\b(?:pemilu|pemilihan(?:\s+\w+){0,4}|pilkada|pileg|pilpres|serentak)\W{0,2}$")
ELECTION_YEAR_REACH = 48  # characters before a year that can hold 'Pemilihan Walikota dan Wakil Walikota '


def election_year(rest: str, token: Token) -> bool:
    """Whether a token is the year of an election the name calls by it ('Pemilu Serentak 2019').

    A name cut from its values by a line break or a cell ('Tingkat partisipasi pada Pemilu 2019' on a line of
    its own, the table flattened one cell per line) otherwise reads '2019' as the row's value, and the row above
    takes the next row's number for its target. No measured value is a bare year right after an election's name.
    """
    return token.kind == "number" and CITED_YEAR_RE.fullmatch(token.raw) is not None \
        and ELECTION_YEAR_RE.search(rest, max(0, token.start - ELECTION_YEAR_REACH), token.start) is not None


def cited_numbers_dropped(rest: str, tokens: list[Token]) -> list[Token]:
    """The tokens that are not a cited law or article ('Pasal 18'), an election's year, nor part of a NIP."""
    if REFERENCE_LAST_LETTERS.isdisjoint(rest):  # a cell of numbers only: no token can follow such a word
        kept = tokens
    else:
        kept = [t for i, t in enumerate(tokens) if REFERENCE_LAST_LETTERS.isdisjoint(rest[max(0, t.start - 3):t.start])
                or signed_percent(t)
                or not (m := REFERENCE_RE.search(rest, max(0, t.start - REFERENCE_REACH), t.start))
                or measured_after_word(m.group(1), t, tokens[i + 1:i + 2], rest)
                or counted_period_pair(tokens, i, rest)]
    if any(t.kind == "number" and len(t.raw) == 4 for t in kept):
        kept = [t for t in kept if not election_year(rest, t)]
    if any(t.kind == "grade" for t in kept):
        kept = [t for t in kept if t.kind != "grade"
                or not CLASS_WORD_RE.search(rest, max(0, t.start - CLASS_WORD_REACH), t.start)]
    nips = [m.span() for m in NIP_RE.finditer(rest)] if len(rest) >= NIP_MIN_CHARS else None
    if nips:
        kept = [t for t in kept if not any(a <= t.start < b for a, b in nips)]
    return kept


def analyse_line(line: Line) -> LineView:
    """The cells of a line with their text and trailing values.

    The cells depend on the line's text alone (`line_cells`): a line whose text was analysed before (a blank
    line, a repeated row or header, the same report read again) shares that analysis.
    """
    cells, delimited, spaced = line_cells(line.text)
    return LineView(line=line, cells=cells, delimited=delimited, spaced=spaced)


@lru_cache(maxsize=LINE_MEMO)
def line_cells(text: str) -> tuple[tuple[Cell, ...], bool, bool]:
    """`analyse_line`'s cells of a line's text, whether it is delimited and whether space-aligned, worked out once."""
    parts, delimited, starts = split_cells(text)
    cells: tuple[Cell, ...]
    if len(parts) == 1 and starts is None:  # most lines: one cell, no generator needed
        cells = (cell_of(0, parts[0], -1),)
    else:
        cells = tuple([cell_of(i, part, -1 if starts is None else starts[i]) for i, part in enumerate(parts)])
    if delimited and len(cells) > 2 and (ROW_NUMBER_CELL_RE.match(parts[0]) or numbers_named_row(parts[0], cells[1])):
        first = cells[0]  # (built directly: what dataclasses.replace makes, without its look at the fields)
        cells = (Cell(index=first.index, raw=first.raw, text="", values=(), start=first.start),) + cells[1:]
    if delimited and starts is None and len(cells) > 2 and "-" in text:
        cells = tuple(with_trailing_dash_cells(with_leading_dash_cells(cell)) for cell in cells)
    return cells, delimited, starts is not None


LEADING_DASHES_RE = re.compile(r"\s*((?:[-–—]\s+)+)(?=\S)")


def with_leading_dash_cells(cell: Cell) -> Cell:
    """A bordered line's value cell that opens with dashes apart from its values ('- 2,1%', '- - WTP'): each
    dash an unfilled cell whose border a scan lost, as a 'missing' token before the values.

    A quarterly row '2,8% | - | - 2,1% | 1,9%  1,9% | 132,14%' holds one value
    per column; read without the dash, it holds one too few, and every value
    slides a column to the left (the target lost). Only a cell holding values
    and no words; a minus sign stands against its number ('-2,07%').
    """
    if cell.text or not cell.values or cell.raw.lstrip()[:1] not in "-–—":
        return cell
    dashes = LEADING_DASHES_RE.match(cell.raw)
    if dashes is None or cell.values[0].raw[:1] in "-–—":
        return cell
    missing = tuple(Token(kind="missing", start=m.start(), end=m.end(), raw=m.group(), reading=Reading(raw=m.group()))
                    for m in re.finditer(r"[-–—]", dashes.group(1)))
    return Cell(index=cell.index, raw=cell.raw, text="", values=missing + cell.values, code=cell.code,
                inner=cell.inner, start=cell.start)


DASHES_ONLY_RE = re.compile(r"\s*[-–—](?:\s+[-–—])+\s*")  # '- -': two cells left unfilled, their border lost
TRAILING_DASHES_RE = re.compile(r"(?:\s+[-–—])+\s*$")


def with_trailing_dash_cells(cell: Cell) -> Cell:
    """A bordered line's value cell that is dashes alone ('- -') or ends with dashes apart from its values
    ('WTP -'): each dash an unfilled cell whose border a scan lost, as a 'missing' token.

    As with `with_leading_dash_cells`, a row read without them holds too few values for its columns, and
    the values after them slide a column to the left. Only a cell without words; a dash standing against
    its value ('100%-') is no cell of its own.
    """
    if cell.text or cell.raw.rstrip()[-1:] not in ("-", "–", "—"):
        return cell
    if not cell.values:
        if not DASHES_ONLY_RE.fullmatch(cell.raw):
            return cell
        at = 0
    else:
        tail = TRAILING_DASHES_RE.search(cell.raw)
        last = cell.values[-1]
        if tail is None or last.kind == "missing" or last.raw[-1:] in ("-", "–", "—"):
            return cell
        at = tail.start()
    missing = tuple(Token(kind="missing", start=m.start(), end=m.end(), raw=m.group(), reading=Reading(raw=m.group()))
                    for m in re.finditer(r"[-–—]", cell.raw[at:]))
    missing = tuple(shift(t, at) for t in missing)
    return Cell(index=cell.index, raw=cell.raw, text="", values=cell.values + missing, code=cell.code,
                inner=cell.inner, start=cell.start)


def opens_with_count(text: str) -> bool:
    """Whether a text opens with a number counting days or times ('3 Hari Kerja', '2 kali'): a name's wrapped end.

    A name wrapped before its count ('... dijawab dalam waktu' over '3 Hari
    Kerja') goes on there, as a line in lower case does; no name opens so.
    """
    stripped = text.lstrip(" |'\"")
    if not stripped[:1].isdecimal():
        return False
    match = ROW_NUMBER_RE.match(stripped)
    return match is not None and match.group(1).isdecimal() and COUNTED_WORD_RE.match(stripped, match.end()) is not None


@lru_cache(maxsize=65536)  # a row's name and lines are stripped again at every look at the row (two in three calls)
def strip_row_number(text: str) -> str:
    """Drop a leading row number or list letter ('1.', '1.2', 'a.', 'II').

    A number that counts the word after it ('3 Hari Kerja', a wrapped name's
    end under '... dijawab dalam waktu') is the name's own and stays.
    """
    stripped = text.strip()
    first = stripped[:1]
    if first in STRAY_LEADING_MARKS and stripped[1:2] == " ":
        # a mark a scan read before the line ("' 2  Nilai ...", '; pengelolaan ...'); a quote that opens a
        # quoted name stands against its word
        stripped = text = stripped[2:].lstrip()
        first = stripped[:1]
    # the cheap test first: after its \s* (str.strip's whitespace), ROW_NUMBER_RE needs a bracket, a digit
    # (\d is str.isdecimal), I, V, X or a to h; most names open with another letter
    if first not in ROW_NUMBER_FIRST and not first.isdecimal():
        return stripped
    if (comma := COMMA_NUMBER_RE.match(stripped)) is not None:
        return stripped[comma.end():]  # '2,  Program ...': the list number's stop read as a comma by a scan
    match = ROW_NUMBER_RE.match(text)
    if match and text[match.end():].strip():
        if match.group(1).isdecimal() and COUNTED_WORD_RE.match(text, match.end()):
            return stripped  # '3 Hari Kerja': the end of a wrapped name ('... dalam waktu'), its count kept
        return text[match.end():].strip()
    return stripped


STRAY_LEADING_MARKS = frozenset("'\";_|")  # marks a scan reads at a line's start, apart from its first word


# '(1 I (2)', '(3} {4) [ 13': column numbers whose brackets and digits OCR scrambled
BRACKET_RE = re.compile(r"[(){}\[\]]")
SCRAMBLED_NUMBERING_RE = re.compile(r"^(?:[\s(){}\[\]|_.,:;'\-]|\d{1,2}(?!\d)|[A-Za-z](?![A-Za-z]))+$")


NUMBERED_TO_TOTAL_RE = re.compile(r"\s*(1(?:\s+\d{1,2}){2,})\s+(?i:jumlah|total|jml\.?)\s*")


def is_column_numbering(view: LineView) -> bool:
    """True for the '(1) (2) (3) (4)' line under a header, also as OCR scrambles it ('(3} {4) [ 13')."""
    text = view.line.text
    # the anchored match first: it fails within a few characters on almost every line, the findall scans all
    if SCRAMBLED_NUMBERING_RE.match(text) and len(BRACKET_RE.findall(text)) >= 2 and has_digit(text):
        return True
    if text.lstrip()[:2] == "1 " and (totalled := NUMBERED_TO_TOTAL_RE.fullmatch(text)) is not None:
        # '1 2 3 ... 12 Jumlah': a period's columns (the months) numbered, then their total's
        ints = [int(n) for n in totalled.group(1).split()]
        return ints == list(range(1, len(ints) + 1))
    values = view.values
    if len(values) < 2 or view.text and WORD_RE.search(view.text):
        return False
    numbers = [t.reading.value for t in values]
    if not all(n is not None and float(n).is_integer() for n in numbers):
        return False
    ints = [int(n) for n in numbers if n is not None]  # none is None (checked above)
    return ints == list(range(ints[0], ints[0] + len(ints))) or skips_merged_columns(ints)


GAPPED_NUMBERING_MIN = 5  # numbers a column numbering with gaps must show ('1 2 3 4 7 8')
GAPPED_NUMBERING_MAX = 20  # its highest column number


def skips_merged_columns(ints: list[int]) -> bool:
    """Whether bare integers count a form's columns with some left out: '1 2 3 4 7 8', '1 1 2 3 4 7 8'.

    An evaluation form (Renja, 'Formulir E') numbers its columns but prints
    only some of them over the body (the quarters' columns merged), and the
    'No' column may print its own 1 first. Such a line rising from 1 to at
    most 20, most numbers present, is no row: read as one, its last numbers
    became a target of 7 and a realisation of 8. A row's own integers rarely
    rise so, and at least five of them with no name, unit or '%' are needed.
    """
    if ints[:2] == [1, 1]:
        ints = ints[1:]
    if len(ints) < GAPPED_NUMBERING_MIN or ints[0] != 1 or ints[-1] > GAPPED_NUMBERING_MAX:
        return False
    return all(a < b for a, b in zip(ints, ints[1:])) and len(ints) * 2 >= ints[-1]


def line_of(views: Sequence[LineView], i: int) -> Line:
    """The line at i: from a `LineViews` without analysing it (most looks at a line need only its text)."""
    lines = getattr(views, "lines", None)
    return views[i].line if lines is None else lines[i]


class LineViews(Sequence[LineView]):
    """The views of a document's lines, each analysed the first time it is asked for.

    Only table regions need cells and values; prose is read by text alone, so
    most lines of a long report are never lexed. A line whose text an earlier
    line already had (blank lines, repeated rows) shares its cells, and a cell
    whose text an earlier cell had ('100%', '-') its analysis (`line_cells`, `analysed_cell`).
    """

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self._views: list[LineView | None] = [None] * len(lines)
        # `extract.headers.read_header` by start line: the table reader asks whether a header starts at the
        # line that ends a table, then reads it as the next table's header (and the list reader asks again)
        self.headers_read: dict[int, object] = {}

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        view = self._views[index]
        if view is None:
            view = self._views[index] = analyse_line(self.lines[index])
        return view
