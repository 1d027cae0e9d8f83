"""Budget lines outside ruled tables: 'Program Dukungan Manajemen | Rp. 2.125.576.000'.

The budget block of a Perjanjian Kinerja lists programs or kegiatan with their
pagu, one per line, and ends with 'TOTAL ANGGARAN'. It has no Target/Realisasi
header, so the table reader does not see it. A line counts when it names
something and ends with one Rupiah amount; running text that merely mentions
an amount ('pagu sebesar Rp ... dan realisasi ...') does not.
"""
from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass

from itertools import compress, count
from operator import not_

from extract.budget_scale import Scale, block_scale, scaled
from extract.doc_text import WORD_RE, DocText
from extract.lines import LineView, has_digit, line_of, strip_row_number
from extract.model import Line
from extract.records import BudgetRow, Source
from normalize.numbers import fold_text, parse_amount

RP_RE = re.compile(r"\bR[pPF][.,]?\s*(?=[\d(§£TOo])")  # 'RF.' : OCR of 'Rp.'
RP_END_RE = re.compile(r"\bR[pP][.,]?\s*$")  # 'Pengelolaan, Pengadaan, Laporan dan Rp,' with the amount below
TOTAL_RE = re.compile(r"^\W*(total|jumlah)\b", re.I)
# words of running text before an amount; 'menjadi' states a revision ('... pagu menjadi Rp X', 'direvisi menjadi
# Rp X'): the year's pagu after it, a document field (`budget_sentences.REVISED_RE`), no line of a budget table
PROSE_RE = re.compile(r"\b(sebesar|senilai|yaitu|adalah|dengan|realisasi|terealisasi|sedangkan|sehingga|mencapai|"
                      r"menjadi)\b", re.I)
# after a line's amount, a sentence going on: a word that joins it to more ("Rp X dan", "pagu Rp 465.100.000,- atau
# ...", "Rp X yang") or the next sentence opening after its full stop ("Rp X. Pada tanggal ..."): running text
# wrapped at the amount, no budget line (a budget line ends on its amount, or on a remark, never on 'dan')
_JOINING_WORDS = r"(?:dan|atau|serta|yang|dari|untuk|sedangkan|sehingga|namun|terealisasi)"
GOES_ON_RE = re.compile(rf"\b{_JOINING_WORDS}\s*$|\d[,.-]*\s+{_JOINING_WORDS}\b|\d\.\s+[A-Z][a-z]")
DIGIT_RE = re.compile(r"\d")
MAX_LINE = 120
MAX_NAME_WORDS = 12
CODED_NAME_RE = re.compile(r"\(\d{4}\)\W*$")  # a kegiatan name closed by its code in brackets
CODED_LINE_RE = re.compile(r"\(\d{4}\)\W*R[pP]")  # ... and its Rupiah amount after it
MIN_AMOUNT = 100_000


def too_long(raw: str) -> bool:
    """Longer than a budget line, counting its words, not its padding; twice as long for a name closed by its code."""
    compact = " ".join(raw.split())
    return len(compact) > MAX_LINE * (2 if CODED_LINE_RE.search(compact) else 1)


def clean_name(text: str) -> str:
    text = re.sub(r"[|!~_]+", " ", text)
    return strip_row_number(re.sub(r"\s+", " ", text).strip(" .,:;-")).strip(" .,:;-")


def previous_text(views: Sequence[LineView], i: int) -> str:
    """The nearest non-blank line above, when it is a short label without values."""
    for j in range(i - 1, max(-1, i - 4), -1):
        text = line_of(views, j).text.strip()
        if text:
            return text if len(text) < 80 and not views[j].values else ""
    return ""


def total_above(views: Sequence[LineView], lines: list[Line], i: int) -> bool:
    """Whether `previous_text` is a 'Total' / 'Jumlah' label; the line is analysed only if its text is one."""
    for j in range(i - 1, max(-1, i - 4), -1):
        text = lines[j].text.strip()
        if text:
            return len(text) < 80 and bool(TOTAL_RE.match(text)) and not views[j].values
    return False


def sentence_goes_on(lines: list[Line], i: int) -> bool:
    """Whether the line right under line `i` goes on in lower case: a sentence that opened on line `i`'s amount."""
    below = lines[i + 1].text.lstrip() if i + 1 < len(lines) else ""
    return below[:1].islower()


# the words a sentence ends its line on when the amount it introduces wrapped onto the next line
# ('... dari pagu sebesar' over 'Rp 2.904.300.000.'): that amount is the sentence's, no budget line
AMOUNT_INTRO_END_RE = re.compile(r"\b(?:sebesar|senilai|sejumlah|yaitu|adalah|menjadi)\s*:?\s*$", re.I)


def sentence_wraps_onto(lines: list[Line], i: int) -> bool:
    """Whether the line right above line `i` (no blank between) is text ending on a word that introduces an
    amount: line `i`'s amount closes that sentence, however long the line above is."""
    above = lines[i - 1].text.rstrip() if i > 0 else ""
    return above[-1:].isalpha() and AMOUNT_INTRO_END_RE.search(above[-24:]) is not None


# a wide gap after an amount's last digit or its closing ',-' / '.-', then a word: the page's next column
NEXT_COLUMN_RE = re.compile(r"(?<=[\d-])(?: {2,}|\t)(?=[A-Za-z])")


def second_column_cut(amount_text: str) -> str:
    """The amount's text less a second page column merged onto its line ('3.386.200.000.-  Layanan kantor  DIPA').

    A scan of a two-column page reads both columns into one line; what stands past a wide gap after the amount
    is the other column's, not words that go on from the amount (those follow it after one space).
    """
    gap = NEXT_COLUMN_RE.search(amount_text) if "  " in amount_text or "\t" in amount_text else None
    return amount_text[:gap.start()] if gap else amount_text


RUNNING_LINE = 80  # characters of a line above that is running text, not a label (see `previous_text`)


def closes_running_text(lines: list[Line], i: int) -> bool:
    """Whether an amount line ending on a full stop closes the running text right above it (no blank between).

    '... Konsolidasi Demokrasi, dengan total pagu' over 'Rp14.089.900.000.': the paragraph's last words, its
    amount wrapped alone onto the line; a label over a table's amount is short and ends no sentence. The line
    above must be long and hold a word of running text (`PROSE_RE`).
    """
    above = lines[i - 1].text.strip() if i > 0 else ""
    return lines[i].text.rstrip().endswith(".") and len(above) >= RUNNING_LINE and PROSE_RE.search(above) is not None


def rupiah_above(lines: list[Line], i: int) -> int | None:
    """Index of the line just above (blank lines allowed) that ends on a Rupiah sign, else None.

    A wrapped cell leaves 'Rp,' at the end of the name line and the amount on a line of its own.
    """
    for j in range(i - 1, max(-1, i - 3), -1):
        text = lines[j].text.strip()
        if text:
            return j if len(text) < MAX_LINE and RP_END_RE.search(text) else None
    return None


WRAP_STOP_RE = re.compile(r"^\W*(?:\d{1,2}\s*[.)]|[a-h][.)]\s|program\b|kegiatan\b|sub\b|total\b|jumlah\b)", re.I)


def name_wrapped_below(lines: list[Line], i: int, raw: str, name: str) -> str:
    """The rest of a budget line's name, wrapped onto the next line under the name's first letter.

    '2. Program Penyelenggaraan Pemilu dalam Proses    Rp. 15.652.457.000,-'
    over '   Konsolidasi Demokrasi': the next line stands where the name starts,
    holds words only and opens no item of its own. '' when there is none.
    """
    if i + 1 >= len(lines) or not name:
        return ""
    below = lines[i + 1].text
    text = below.strip()
    indent = len(below) - len(below.lstrip())
    start = raw.find(name.split()[0])
    if not text or indent == 0 or start < 0 or abs(indent - start) > 1 or has_digit(text) \
            or len(text.split()) > MAX_NAME_WORDS // 2 or text.isupper() or WRAP_STOP_RE.match(text):
        return ""
    return clean_name(text)


def candidate_lines(doc: DocText) -> list[int]:
    """Lines that can be a budget line: with 'Rp', 'RP' or 'RF', beyond ASCII (folding may make one), or without a word."""
    wordless = [i for i in compress(count(), map(not_, doc.has_word)) if doc.texts[i]]  # and not empty
    return sorted(set(doc.lines_with_case("Rp", "RP", "RF")).union(doc.non_ascii_lines(), wordless))


# a name that is only the measure's label: 'Pagu', 'Pagu Anggaran', 'Alokasi Dana' (a list's 'Total Anggaran' is its
# own total row)
MEASURE_LABEL_RE = re.compile(r"^(?:pagu|anggaran|alokasi|dipa)(?:\s+(?:anggaran|dana|belanja))?"
                              r"(?:\s+(?:tahun\s+)?(?:19|20)\d{2})?$", re.I)
AMOUNT_RE = re.compile(r"\d{1,3}(?:[.,]\d{3}){2,}")  # a Rupiah amount's digit groups


def in_multi_amount_table(lines: list[Line], i: int) -> bool:
    """Whether a tab line, or a tab line next to it, holds two amounts or more.

    A tab table with one amount column ('Program | Anggaran', the budget of a
    signed agreement) has no realisation header for the table reader: its
    lines are budget lines. One with several amount columns is a table: a
    realisation table the table reader reads, or a 'Pagu Awal | Pagu Revisi |
    Selisih' list of revisions, which holds no year's budget line.
    """
    for j in (i - 1, i, i + 1):
        if 0 <= j < len(lines) and "\t" in lines[j].text and len(AMOUNT_RE.findall(lines[j].text)) >= 2:
            return True
    return False


def in_scanned_amount_table(lines: list[Line], i: int) -> bool:
    """Whether a line without tabs, or one next to it, holds three Rupiah amounts or more.

    A scan loses the tabs: 'DIPA Rev Ke 1 | Rp.2.478.418.000 Rp.18.082.553.000 |
    Rp.15.604.135.000' (Pagu Awal, Pagu Revisi, Selisih) is a row of a
    revision list, as in `in_multi_amount_table`, and so is 'DIPA AWAL |
    Rp.2.478.418.000' beside it. Three, since a budget line may print its
    realisation after its pagu. Two lines either side: a row whose Selisih is
    nil ('- Rp.') may stand under the wrapped remark of the row above; never
    past a blank line, where the list ends.
    """
    for j in (i, i - 1, i + 1, i - 2, i + 2):
        if not 0 <= j < len(lines) or abs(j - i) == 2 and not lines[(i + j) // 2].text.strip():
            continue
        # (each Rupiah sign holds an 'R': a line with fewer is skipped before the scan, which RP_RE's \b makes slow)
        if lines[j].text.count("R") >= 3 and len(RP_RE.findall(lines[j].text)) >= 3 \
                and len(AMOUNT_RE.findall(lines[j].text)) >= 3:
            return True
    return False


def bare_amount(text: str) -> bool:
    """A line that is one Rupiah amount and nothing else ('Rp.18.082.553.000'): a table cell flattened onto its line."""
    match = RP_RE.match(text.strip())
    return match is not None and not WORD_RE.search(text[match.end():]) and has_digit(text)


PAIRED_REACH = 6  # lines to the row after a lone flattened amount: a blank line, its number and name, its cells


def paired_amounts_below(lines: list[Line], i: int) -> bool:
    """Whether the row after a lone bare amount prints two bare amounts on lines right under each other.

    A 'Pagu Awal | Pagu Revisi | Selisih' list flattened one cell per line gives its first row one amount
    ('DIPA AWAL' over 'Rp.2.478.418.000': no revision yet) and the rows after it two or three, each on
    its own line. The lone amount is a cell of that table like theirs, no budget line of its own; a
    list of 'Program' over 'Rp' lines prints one amount a row throughout and is left alone, and so is a
    budget line under such a list (the pairs above it).
    """
    for j in range(i + 1, min(len(lines) - 1, i + PAIRED_REACH)):
        if bare_amount(lines[j].text) and bare_amount(lines[j + 1].text):
            return True
    return False


def find_budget_lines(views: Sequence[LineView], ocr: bool = False, doc: DocText | None = None,
                      taken: Container[int] = frozenset(), stated: Container[float] = frozenset()) -> list[BudgetRow]:
    """Budget lines outside the tables; `taken`: line numbers a table row read its values from (cells of that row);
    `stated`: the pagu amounts of rows other readers read.

    A line naming only the measure ('Pagu anggaran Rp X') whose amount is a
    row's pagu already read states that row again (the table's total, in
    words under it): no budget line of its own.

    Bare amounts on lines right under each other ('Rp.2.478.418.000' over
    'Rp.18.082.553.000' over 'Rp.15.604.135.000') are the cells of a table row
    flattened one per line (a 'Pagu Awal | Pagu Revisi | Selisih' list), not
    one budget line each.
    """
    rows: list[BudgetRow] = []
    lines = getattr(views, "lines", None) or [v.line for v in views]
    doc = doc or DocText(lines)
    previous: tuple[int, Scale | None] | None = None  # the last budget line read, and its block's scale
    for i in candidate_lines(doc):  # the test below passes no other line
        line = lines[i]
        raw = line.text
        if not has_digit(raw) or (len(raw) > MAX_LINE and too_long(raw)):
            continue  # space-aligned columns pad a line: its words count
        if "\t" in raw and in_multi_amount_table(lines, i):
            continue  # a row of a tab table with amount columns (read as a table, or a revision list that is not)
        if "\t" not in raw and in_scanned_amount_table(lines, i):
            continue  # the same, scanned
        if line.number in taken:
            continue
        if bare_amount(raw) and (any(0 <= j < len(lines) and bare_amount(lines[j].text) for j in (i - 1, i + 1))
                                 or paired_amounts_below(lines, i)):
            continue
        text = fold_text(raw)
        # an ASCII line is its folded text, and RP_RE needs 'Rp' or 'RP' in it
        match = RP_RE.search(text) if not raw.isascii() or "Rp" in raw or "RP" in raw or "RF" in raw else None
        if match:
            before, after = text[:match.start()], text[match.end():]
        elif not WORD_RE.search(text) and total_above(views, lines, i):
            before, after = "", text
        elif not WORD_RE.search(text) and (above := rupiah_above(lines, i)) is not None:
            before, after = RP_END_RE.sub("", lines[above].text), text
        else:
            continue
        words = len(WORD_RE.findall(before))
        if PROSE_RE.search(before) or words > MAX_NAME_WORDS * (2 if CODED_NAME_RE.search(before) else 1):
            continue  # running text; a name closed by its kegiatan code ('... DPRD Kabupaten/Kota (6981)') may be long
        amount_text = second_column_cut(after.split("|")[0]).rstrip(" ,-i~")
        if len(WORD_RE.findall(amount_text)) > 1 or GOES_ON_RE.search(amount_text):
            continue
        reading = parse_amount(re.sub(r"[A-Za-z]{2,}.*$", "", amount_text))
        if reading is None or reading.value is None:
            continue
        scale = block_scale(views, i, previous)  # a block captioned '(dalam ribuan rupiah)': whole Rupiah
        if reading.value < MIN_AMOUNT and reading.value != 0 and scale is None:
            continue
        previous = (i, scale)
        reading = (scaled(reading, scale) if scale is not None else None) or reading
        name = clean_name(before)
        if reading.value in stated and MEASURE_LABEL_RE.match(name):
            continue
        if len(WORD_RE.findall(name)) < 2 and not TOTAL_RE.match(name):  # 'Jumlah' needs no label above it
            if sentence_wraps_onto(lines, i) or closes_running_text(lines, i):
                continue  # '... dari pagu sebesar' over 'Rp 2.904.300.000.': a sentence's amount, wrapped
            above = previous_text(views, i)
            if PROSE_RE.search(above):
                continue  # 'akun kegiatan 3355 sebesar' over 'Rp.167.814.000 ...': a sentence's amount, wrapped in its cell
            name = clean_name(" ".join(filter(None, [above, name])))
            if not name and sentence_goes_on(lines, i):
                continue  # 'Rp 2.350.000.000' over 'telah direalisasikan untuk ...': a paragraph opening on an amount
        elif match and (rest := name_wrapped_below(lines, i, raw, name)):
            name = f"{name} {rest}"
        rows.append(BudgetRow(
            source=Source(line=line.number, page=line.page, raw=text.strip(), table="budget lines", ocr=ocr),
            name=name or None, allocation=reading, is_total=bool(TOTAL_RE.match(name or ""))))
    mark_unlabelled_totals(rows)
    return rows


TOTAL_REACH = 6  # lines between two budget lines of one block ('Program X' / 'Rp Y', a blank between)
TOTAL_LABEL = "Jumlah"  # the label a block's total row prints, given to one that printed none


def mark_unlabelled_totals(rows: list[BudgetRow]) -> None:
    """A bare 'Rp X' line under two named budget lines or more whose amounts add up to X: their block's total.

    A Perjanjian Kinerja's budget block ('1. Program A' / 'Rp 100' / '2. Program B' /
    'Rp 20' / 'Rp 120') prints its sum unlabelled. Nameless, the line would be one
    more item; the sum of the named lines right above it shows it is their total,
    so it is kept as one, under the label such a row prints ('Jumlah').
    """
    for k, row in enumerate(rows):
        if row.name or row.is_total or row.allocation is None or row.allocation.value is None:
            continue
        total, count, line = 0.0, 0, row.source.line
        for above in reversed(rows[:k]):
            value = above.allocation.value if above.allocation is not None else None
            if not above.name or above.is_total or value is None or line - above.source.line > TOTAL_REACH:
                break
            total, count, line = total + value, count + 1, above.source.line
            if count >= 2 and abs(total - row.allocation.value) < 0.5:
                row.name, row.is_total = TOTAL_LABEL, True
                row.notes.append("unlabelled total: the sum of the budget lines right above it")
                break


# A line under a budget table stating only a measure and an amount: 'Pagu Anggaran : Rp X', 'Realisasi Anggaran
# Tahun 2023 : Rp Y' ('Total Anggaran Rp X' is the table's TOTAL row, kept as one)
SUM_LABEL_RE = re.compile(r"^(?P<measure>pagu|anggaran|alokasi|realisasi)"
                          r"(?:\s+(?:anggaran|belanja|dana))?(?:\s+(?:tahun\s+)?(?:19|20)\d{2})?$", re.I)
SUM_REACH = 3  # non-blank lines under a table's last row searched for its sum stated in words
ROW_GAP = 3  # lines between two rows of one table


@dataclass(slots=True)
class Restatement:
    """A line under a table that states the sum of the table's rows: no row of its own."""

    line: Line
    field: str  # 'allocation' or 'realisation'
    value: float
    rows: int  # how many rows above add up to it


def restated_sums(lines: Sequence[Line], rows: Sequence[BudgetRow]) -> list[Restatement]:
    """Lines at the foot of a budget table that restate the sum of its rows' pagu or realisasi.

    A table without a TOTAL row is often followed by 'Pagu Anggaran : Rp X'
    (and 'Realisasi Anggaran : Rp Y'): X is its rows' pagu added up. Such a
    line is no budget line of its own (read as one, it is a row the table
    lacks, and a realisasi line becomes a pagu), but it states the table's
    whole budget. Only a table's one-amount rows and the few lines under it
    are looked at, and only an amount equal to the sum of the rows above (all
    of them, or the last ones: a program row above its kegiatan) counts.
    """
    found: list[Restatement] = []
    ordered = sorted((r for r in rows if r.allocation is not None and r.allocation.value), key=lambda r: r.source.line)
    runs: list[list[BudgetRow]] = []
    for row in ordered:
        if runs and 0 <= row.source.line - runs[-1][-1].source.line <= ROW_GAP:
            runs[-1].append(row)
        else:
            runs.append([row])
    for run in runs:
        kept: list[BudgetRow] = []  # the table's own rows
        for row in run:  # a table reader may have taken the line under it for a row with one amount
            one_amount = row.realisation is None and row.percent is None and 0 < row.source.line <= len(lines)
            restatement = restating(lines[row.source.line - 1], kept) if one_amount and len(kept) >= 2 else None
            if restatement is not None:
                found.append(restatement)
            else:
                kept.append(row)
        if len(kept) < 2:
            continue
        index, seen = run[-1].source.line, 0  # (line numbers are 1-based: lines[index] is the next line)
        while index < len(lines) and seen < SUM_REACH:
            line = lines[index]
            index += 1
            if not line.text.strip():
                continue
            seen += 1
            restatement = restating(line, kept)
            if restatement is None:
                break  # the text under the table goes on with something else
            found.append(restatement)
    return found


def restating(line: Line, rows: Sequence[BudgetRow]) -> Restatement | None:
    """The line as a statement of the sum of the rows (all of them, or the last two or more), else None."""
    stated = sum_statement(line)
    if stated is None:
        return None
    field, value = stated
    parts = [getattr(r, field) for r in rows]
    for k in range(len(rows) - 1):  # every tail of two rows or more, the whole table first
        tail = parts[k:]
        if all(p is not None and p.value is not None for p in tail) and sum(p.value for p in tail) == value:
            return Restatement(line, field, value, len(tail))
    return None


def sum_statement(line: Line) -> tuple[str, float] | None:
    """(field, amount) of a line stating only a measure and one Rupiah amount ('Pagu Anggaran : Rp X')."""
    text = fold_text(line.text)
    match = RP_RE.search(text)
    if match is None:
        return None
    label = clean_name(text[:match.start()].replace("=", " "))
    measure = SUM_LABEL_RE.match(label)
    if measure is None or WORD_RE.search(text[match.end():]):
        return None
    reading = parse_amount(text[match.end():].strip(" .,-"))
    if reading is None or reading.value is None or not reading.trusted:
        return None
    return ("realisation" if measure["measure"].lower() == "realisasi" else "allocation"), reading.value
