"""Result rows under no header, read because their own arithmetic proves the columns.

An excerpt or a page that opens mid-table keeps no Target / Realisasi /
Capaian header: an indicator's name, then a line of three numbers alone
('Persentase putusan perkara ... (dieksekusi)' / '100 100 100'). Three bare
numbers say nothing by their place, but when the third is the second over the
first times 100 (capaian = realisasi / target) they are that row's target,
realisation and capaian. Only a name opening with a measure word ('Persentase',
'Jumlah', 'Nilai', ...) just above the line is taken, and only on lines no
table read, so a statistics table's rows or a list of years give nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Sequence

from extract.doc_text import DocText
from extract.lines import LineView
from extract.model import Line
from extract.records import MeasureRow, Source
from extract.tables import INDICATOR_START_RE
from normalize.numbers import parse_measure
from normalize.repair import states_capaian
from normalize.values import Reading

# three numbers alone on a line, each optionally with its '%' ('100 100 100', '80,00 80,83 101,04%')
THREE_NUMBERS_RE = re.compile(r"[ \t|]*(\d[\d.,]*[ \t]*%?)[ \t|]+(\d[\d.,]*[ \t]*%?)[ \t|]+(\d[\d.,]*[ \t]*%?)[ \t|]*$",
                              re.M)
# the same after the newline that opens its line: a scan that opens with a literal skips to newlines in C
LINE_OF_THREE_RE = re.compile("\n" + THREE_NUMBERS_RE.pattern, re.M)
# ... at the end of a line that a name opens ('2. Persentase jembatan baik 14,71 15,00 101,97'): a row whose cells a
# text export printed with single spaces; the name must end in a letter or a bracket, not in a fourth number
NAMED_THREE_RE = re.compile(r"[ \t|]+(\d[\d.,]*[ \t]*%?)[ \t|]+(\d[\d.,]*[ \t]*%?)[ \t|]+(\d[\d.,]*[ \t]*%?)[ \t|]*$",
                            re.M)
# a line that opens with a measure word, after any list mark ('2. Persentase', '- Jumlah')
NAMED_LINE_RE = re.compile("\n[ \t\\-–•*·]*(?:(?:\\d{1,2}|[a-zA-Z])[.)][ \t]*)?" + INDICATOR_START_RE.pattern)
NAMED_MIN_WORDS = 3  # a name's words: the measure word and what it measures
MAX_RESULT = 1_000_000  # a target or result of that size or more on such a line is an amount
# a list mark or item number before a name ('-Persentase', '• Jumlah', '2. Nilai', 'a) Persentase')
ITEM_MARK_RE = re.compile(r"^[\s\-–•*·]*(?:(?:\d{1,2}|[a-zA-Z])[.)]\s*)?")
NAME_LINES = 3  # lines a name wraps over, above its numbers
# a header line ending in three year columns ('No. Indikator Kinerja  2017  2018  2019'): the rows under it print one
# value per year (an IKU or Renstra plan), and three equal ones ('100%  100%  100%') pass for target, realisation
# and capaian
YEAR_COLUMNS_RE = re.compile(r"(?:19|20)\d\d[ \t|]+(?:19|20)\d\d[ \t|]+(?:19|20)\d\d[ \t|]*$")
YEAR_HEADER_REACH = 12  # lines above a row within which such a header heads it
MAX_BLANKS = 2  # blank lines between a name's last line and its numbers


def find_proven_result_rows(views: Sequence[LineView], taken: Container[int], ocr: bool = False,
                            doc: DocText | None = None) -> list[MeasureRow]:
    """Target / realisation / capaian rows of three bare numbers that capaian = realisasi / target proves,
    named by the indicator just above them; lines in `taken` (read by a table) are left alone."""
    lines: Sequence[Line] = getattr(views, "lines", None) or [v.line for v in views]
    doc = doc or DocText(list(lines))
    starts = doc.flat_starts()
    rows: list[MeasureRow] = []
    text = "\n" + doc.flat  # (a newline before the first line too, for the scan)
    for found in LINE_OF_THREE_RE.finditer(text):  # (one scan of the text: such lines are few)
        i = bisect_right(starts, found.start()) - 1  # (the newline's offset in `text` is its line's in `flat`)
        line = lines[i]
        if line.number in taken:
            continue
        readings = [parse_measure(cell) for cell in found.groups()]
        if any(r is not None and r.value is not None and r.value >= MAX_RESULT for r in readings[:2]) \
                or not capaian_fits(readings, found.group(3)):
            continue  # (amounts are a budget row's pagu and realisasi, as on a named line)
        named = name_above(lines, i, taken)
        if named is None or under_year_columns(lines, i):
            continue
        rows.append(proven_row(named, readings, found.groups(), line, ocr))
    rows += named_line_rows(lines, doc, taken, ocr, {row.source.line for row in rows})
    rows.sort(key=lambda row: row.source.line)
    return rows


def named_line_rows(lines: Sequence[Line], doc: DocText, taken: Container[int], ocr: bool,
                    read: set[int]) -> list[MeasureRow]:
    """Rows whose name and three numbers stand on one line, the numbers proven as `find_proven_result_rows`
    proves them: the line opens with a measure word (after any item mark) and ends in the three numbers."""
    starts = doc.flat_starts()
    rows: list[MeasureRow] = []
    text = "\n" + doc.flat  # (the lines that open with a measure word are found first: far fewer than spaces)
    for opening in NAMED_LINE_RE.finditer(text):
        end = text.find("\n", opening.end())
        found = NAMED_THREE_RE.search(text, opening.end(), len(text) if end < 0 else end)
        if found is None:
            continue
        i = bisect_right(starts, opening.start()) - 1  # (the newline's offset in `text` is its line's in `flat`)
        line = lines[i]
        if line.number in taken or line.number in read:
            continue
        head = text[opening.start() + 1:found.start()]
        if not head or not (head[-1].isalpha() or head[-1] == ")"):
            continue  # (a fourth number before them: a row of years or counts)
        mark = ITEM_MARK_RE.match(head)
        name = " ".join(head[mark.end() if mark else 0:].split())
        if not INDICATOR_START_RE.match(name) or len(name.split()) < NAMED_MIN_WORDS:
            continue  # ('Jumlah 9.700.000.000 9.189.227.450 94,73': a budget table's total line names nothing)
        readings = [parse_measure(cell) for cell in found.groups()]
        if any(r is None or r.value is None or r.value >= MAX_RESULT for r in readings[:2]) \
                or not capaian_fits(readings, found.group(3)):
            continue  # (amounts are a budget row's pagu and realisasi)
        if under_year_columns(lines, i):
            continue
        rows.append(proven_row(name, readings, found.groups(), line, ocr))
    return rows


def under_year_columns(lines: Sequence[Line], i: int) -> bool:
    """Whether a header of three year columns (`YEAR_COLUMNS_RE`) stands within `YEAR_HEADER_REACH` lines above
    line i: its rows' numbers are values per year, not a target, realisation and capaian."""
    for k in range(i - 1, max(-1, i - YEAR_HEADER_REACH), -1):
        text = lines[k].text.rstrip(" \t|")
        if text[-4:].isdigit() and YEAR_COLUMNS_RE.search(text):
            return True
    return False


def proven_row(name: str, readings: list[Reading | None], cells: tuple[str, ...], line: Line, ocr: bool) -> MeasureRow:
    """The row of a name and its three numbers, which `capaian_fits` proved are target, realisation, capaian."""
    target, result, capaian = readings
    return MeasureRow(indicator_raw=name, target=target, realisation=result, achievement=capaian,
                      source=Source(line=line.number, page=line.page, raw=" | ".join(cells), ocr=ocr),
                      has_realisation_column=True, has_achievement_column=True,
                      notes=["no header: the columns are target, realisation, capaian because "
                             "the third number is the second over the first times 100"])


def proves_capaian(target: str, result: str, capaian: str) -> bool:
    """Whether the printed capaian is realisasi / target x 100 to its printed decimals (`capaian_fits`)."""
    return capaian_fits([parse_measure(cell) for cell in (target, result, capaian)], capaian)


def capaian_fits(values: list[Reading | None], capaian: str) -> bool:
    """Whether the third reading, printed `capaian`, is the second over the first x 100 to its printed decimals
    (half a rounding step, and half a percent of its size for a rate rounded before it was divided)."""
    if len(values) != 3 or values[2] is None or not values[2].value or values[2].value < 0:
        return False
    decimals = len(re.split(r"[.,]", capaian.strip(" %"))[-1]) if re.search(r"[.,]\d{1,2}\s*%?$", capaian) else 0
    return states_capaian(*values, 0.5 * 10 ** -decimals + 0.005 * values[2].value)


def name_above(lines: Sequence[Line], i: int, taken: Container[int]) -> str | None:
    """The indicator name wrapped over the lines just above line i, from the line that opens with a measure
    word; None when no such line stands within `NAME_LINES` lines (blank lines aside) or a line between
    holds a digit-led value line or was read by a table."""
    block: list[str] = []
    blanks = 0
    k = i - 1
    while k >= 0 and len(block) < NAME_LINES:
        text = lines[k].text.strip()
        if not text:
            blanks += 1
            if blanks > MAX_BLANKS and not block:
                return None
            k -= 1
            continue
        if lines[k].number in taken or THREE_NUMBERS_RE.fullmatch(lines[k].text):
            return None
        block.insert(0, text)
        opening = ITEM_MARK_RE.match(text)
        rest = text[opening.end():] if opening else text
        if INDICATOR_START_RE.match(rest):
            block[0] = rest
            return " ".join(" ".join(block).split())
        k -= 1
    return None
