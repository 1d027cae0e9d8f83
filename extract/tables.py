"""Find tables in located text and assemble their rows into raw records.

A table starts at a header (see `headers`). Below it, a row is a line that
holds values; the indicator text around it is joined to it (cells wrapped
over several lines, text above values that stand alone on their lines), and
values flattened one per line are gathered into the row they belong to. The
table ends at the next header, at prose, or after a long stretch without
values. `extract.table_records` turns the gathered rows into raw records.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field, replace
from itertools import compress, count, repeat
from operator import itemgetter

from rapidfuzz import fuzz

from extract.boilerplate import boilerplate_lines, is_page_edge, title_footer_lines
from extract.budget_levels import heading_levels, is_level_label
from extract.budget_scale import Scale, table_scale
from extract.budget_sideways import label_role
from extract.doc_text import DocText
from extract.headers import (FORMULA_LABELS, VALUE_ROLES, Header, caption_end, drop_plan_progress, keep_report_year_budget_columns,
                             keep_report_year_columns, keep_report_year_measure_groups, line_roles, next_nonblank,
                             header_runs_into_row, read_header_once, resolve_roles, text_header_score,
                             without_column_numbers, year_line_below)
from extract.lines import (CODE_RE, COUNTED_WORD_RE, DIGIT_RE, LONG_CELL, RANGE_CELL_CHARS, RUPIAH_CELL_RE, STRAY_MARKS,
                           VALUELESS_KINDS, VERDICT_LAST_WORDS, VERDICT_RE, Cell, LineView, analyse_cell, analyse_line,
                           any_digit, capaian_proves, has_digit, is_column_numbering, is_range, is_verdict, line_of,
                           opens_with_count, strip_row_number)
from extract.long_lines import NEXT_ROW_RE, long_line_tables, names_header_words
from extract.model import Line
from extract.table_years import (earlier_realisations_as_other, is_year, is_year_label, named_target_years,
                                 other_year_plan, uneven_year_groups, year_cell_above, year_groups, year_row,
                                 years_by_offset)
from normalize.catalogue import canonical_unit
from normalize.numbers import GRADE_LETTERS, PERCENT_ROW, Token, fold_text, lex_values, parse_measure, parse_percent
from normalize.repair import states_capaian
from normalize.values import Reading, Repair

CONNECTORS = frozenset("""yang dan dengan dalam untuk atas di ke dari serta atau pada oleh terhadap
bagi per sesuai secara guna melalui tepat mengenai tentang""".split())
# ('sumber daya manusia' is a wrapped name's words, never a source note: 'Sumber: ...')
HEADING_RE = re.compile(r"^\W*(sasaran|tujuan|tabel|table|gambar|grafik|sumber(?!\s+daya\b)|bab|lampiran)\b", re.I)
STOP_RE = re.compile(r"^\W*(bab\s+[ivx\d]+|tabel\s+\d|table\s+\d|gambar|grafik|sumber\s*:|catatan\s*:|keterangan\s*:)", re.I)
# '... indikator yang digunakan adalah sebagai berikut': a sentence introducing what follows the table
INTRO_RE = re.compile(r"\bsebaga[il1]\s+be[rn]\w{0,3}ut\s*:?\s*$", re.I)
# A caption reference ending a line ('... dalam tabel dibawah ini : Tabel 3.5'): the next table's number
CAPTION_TAIL_RE = re.compile(r"\b(?:tabel|table)\s*\.?\s*[IVX\d]+(?:[.\-]\d+)*\s*$", re.I)
# The caption repeated over a table's rest on the next page ('Tabel 3.2 (lanjutan)', 'Lanjutan Tabel 3.2')
CONTINUED_RE = re.compile(r"\b(?:lanjutan|sambungan|lanj\.)", re.I)
# The title of a target table's section ('E. PERJANJIAN KINERJA', 'INDIKATOR KINERJA UTAMA (IKU)'):
# it opens the next table, so it closes the one above.
SECTION_TITLE_RE = re.compile(r"^\W{0,3}(?:[A-H]\s*[.)]\s*)?(perjanjian\s+kinerja|indikator\s+kinerja\s+utama|"
                              r"rencana\s+kinerja\s+tahunan)\W*(?:\(\w{2,5}\)\W*)?(?:tahun\s+\d{4}\W*)?$", re.I)
# A signature's place and date ('Pasuruan, 12 Januari 2023'): the table above it has ended.
DATELINE_RE = re.compile(r"^\W*[A-Z][A-Za-z]+\s*,\s*[\d\s]{1,4}[A-Za-z]{3,}\s+(?:19|20)\d{2}\W*$")
# Any of the three above, in one match call (the first two case-insensitive, as compiled).
CLOSING_RE = re.compile(f"(?i:{STOP_RE.pattern})|(?i:{SECTION_TITLE_RE.pattern})|(?:{DATELINE_RE.pattern})")
SASARAN_VERB_RE = re.compile(r"^(terwujud|meningkat|terlaksana|tersedia|terselenggara|terpenuhi|"
                             r"terfasilitasi|tersusun|menguatnya|mewujudkan|meningkatkan|"
                             r"terbayar|tersaji|tercapai|terkelola|terjamin|terbangun|terpelihara|tercipta)\w*\b", re.I)
# A line heading a group of rows, not part of an indicator's name: a sasaran ('Tersusunnya Laporan ...'),
# or a kegiatan or program with its code ('KEGIATAN 3355: Pelaksanaan ...', 'PROGRAM 076.01.06 ...').
GROUP_HEADING_RE = re.compile(r"^\W*(?:(?:sub\s*)?kegiatan|program|sasaran)\b\W*(?:\d{4}\b|\d{3}\.\d)", re.I)
# (`\b(Persentase|Presentase|Prosentase|Presentasi|Persentasi|Jumlah|Nilai|Indeks|Opini|Rasio|Tingkat|Ketepatan|
# Hasil Nilai)\b`, written to open with the class of the words' first letters, the \b in a lookbehind after it and
# each word's rest after a lookbehind on its letter: the engine skips to a candidate letter in C. Same spans and
# group, also in any case and inside the patterns built on it)
INDICATOR_START_RE = re.compile(r"([PJNIORTKH](?<!\w.)(?:(?<=P)(?:ersentase|resentase|rosentase|resentasi|ersentasi)"
                                r"|(?<=J)umlah|(?<=N)ilai|(?<=I)ndeks|(?<=O)pini|(?<=R)asio|(?<=T)ingkat|(?<=K)etepatan"
                                r"|(?<=H)asil Nilai))\b")
ANY_CASE_INDICATOR_RE = re.compile(INDICATOR_START_RE.pattern, re.I)  # 'a. nilai akuntabilitas kinerja' too
# An indicator measured in percent by its name: its bare numbers are percentages ('10096 | 985' is 100% | 98%).
PERCENT_NAME_RE = re.compile(r"^(?:persentase|presentase|prosentase|presentasi|persentasi)\b", re.I)
# 'Rp' as a word, in any case: `\bRp\b` with re.I, opening with a class so that the engine skips to an R in C
# (the lookbehind after it is the \b; (?i) takes no other character for r or p)
RUPIAH_RE = re.compile(r"[Rr](?<!\w.)[Pp]\b")
INDICATOR_WORD_RE = re.compile(r"[A-Za-z]{3,}")
# A short name that opens with the measure it states ('Nilai SAKIP', 'Opini BPK', 'Indeks Kepuasan',
# 'Nilai RB'): real IKU lists print such two-word indicators, so they need not have three words. A level an
# assessment grades ('Kapabilitas APIP', 'Level SPIP', 'Maturitas SPIP': an inspectorate's usual measures) is one.
SHORT_INDICATOR_RE = re.compile(
    r"(?i:nilai|opini|indeks|index|predikat|skor|tingkat|rasio|persentase|jumlah|angka|laju|pertumbuhan|cakupan"
    r"|prevalensi|penyerapan|serapan|kapabilitas|level|maturitas)\s+[\w/().-]*[A-Za-z]{2}")  # 'Penyerapan Anggaran': the budget's use as a measure
WORD_RE = re.compile(r"[A-Za-z]{2,}")
MAX_GAP_LINES = 30
MAX_TEXT_LINES = 6  # an indicator wraps over a few lines; more is running text
MIN_DETACHED_WORDS = 3  # words a wrapped tail needs when a blank line parts it from its row
LIST_ITEM_RE = re.compile(r"\s*\d{1,2}[.)]\s")  # '2. Menyelenggarakan ...': a new item, not a wrap
LETTER_ITEM_RE = re.compile(r"\s*[a-h][.)]\s+\w")  # 'b. persentase partisipasi ...': the next lettered item
DASH_ITEM_RE = re.compile(r"\s*[-–•]\s+[^\W\d_]")  # '- usia 7-12 tahun': an item of a dashed list
# a note under a table: its source, a remark, or how an indicator is worked out ('Rumus ...', 'Formulasi ...')
FOOTNOTE_RE = re.compile(r"\s*(?:sumber(?!\s+daya\b)|ket(?:erangan)?|catatan|note|rumus|formula(?:si)?|\*)\b", re.I)
PROSE_WORDS = 16
PROSE_SENTENCE_WORDS = 26  # this many words is running text even without a full stop
PARAGRAPH_OPENING_WORDS = 10  # words of a line under a flattened row that open the text after the table
RUNNING_TEXT_WORDS = 6  # words of a gapless line that runs across a space-aligned table's columns
SENTENCE_STOP_RE = re.compile(r"[a-z)][.:;](?:\s+[A-Z]|\s*$)")
# words that join a sentence's amounts ('... sebesar Rp X atau 97,51% dari pagu sebesar Rp Y'), never a budget name's
BUDGET_PROSE_RE = re.compile(r"\b(?:sebesar|senilai|atau|dari|mencapai|terealisasi|adalah|sedangkan|sehingga)\b", re.I)
# an amount's next words in a sentence: up to two words without digits, then a word that joins amounts
AFTER_AMOUNT_JOINER_RE = re.compile(r",?\s+(?:[^\W\d]+\s+){0,2}(?:sebesar|senilai|atau|dari|terealisasi|sedangkan)\b", re.I)
BUDGET_PROSE_WORDS = 10  # words (its own values among them) of a sentence that ends on an amount
AMOUNT_MIN = 100_000  # a Rupiah amount in a budget table; smaller numbers are measures
TABEL_RE = re.compile(r"^\W*tabel\b", re.I)
RULE_LINE_RE = re.compile(r"[\s|:\-]+")  # a line of borders only
NUMBER_CELL_RE = re.compile(r"\d+\.?")
ROMAN_CELL_RE = re.compile(r"[IVX]{1,4}[.)]")  # 'II.' alone in the No cell: a group heading's number


@dataclass(slots=True)
class RowDraft:
    """A table row while it is being assembled."""

    views: list[LineView]
    values: list[Token]
    text_parts: list[str]
    cells: dict[int, str] = field(default_factory=dict)  # delimited: cell index -> text
    codes: list[str] = field(default_factory=list)
    value_line: int = 0
    value_page: int = 1
    values_only_tail: bool = False
    slot: int = 0  # its place among the budget rows a line runs together (`budget_rows_run_together`)

    @property
    def text(self) -> str:
        """The row's text lines joined (the empty ones left out); asked at nearly every look at the row."""
        return " ".join(filter(None, self.text_parts)).strip()  # (filter: the loop in C, no generator)


@dataclass(slots=True)
class Table:
    header: Header
    title: str
    rows: list[RowDraft]
    scale: Scale | None = None  # a budget table's amounts printed in thousands or millions ('dalam ribuan rupiah')
    levels: dict[int, str] = field(default_factory=dict)  # row value line -> level its 'Kegiatan :' label states


def is_amount(token: Token) -> bool:
    value = token.reading.value
    return token.kind == "amount" and value is not None and value >= AMOUNT_MIN


def amount_like(token: Token) -> bool:
    """An amount, or a number grouped like one ('200.000' in a Rupiah column)."""
    value = token.reading.value
    return token.kind == "amount" or (token.kind == "number" and value is not None and value >= 1000
                                      and not is_year(token))


def column_of(start: int, starts: list[int]) -> int:
    return max((j for j, s in enumerate(starts) if s - 3 <= start), default=0)


def in_columns(view: LineView, header: Header) -> bool:
    """A space-aligned line whose cells stand under two or more of the header's columns: a row, not a page header.

    A report that repeats a table's rows in several tables (the Perjanjian
    Kinerja, then the capaian table) repeats their wrapped lines word for
    word, as often as a running page header.
    """
    if not header.col_starts or not view.spaced:
        return False
    return len({column_of(cell.start, header.col_starts) for cell in view.cells if cell.raw.strip()}) >= 2


def in_its_column(view: LineView, header: Header) -> LineView:
    """An indented one-piece text line of a space-aligned table, as a cell of the column it stands under.

    A cell wrapped onto a line of its own ('       berhak memilih tetapi
    tidak masuk dalam' under 'e. persentase partisipasi pemilih yang') has
    no gap to split on, but its indentation says whose cell it carries on.
    """
    if not header.col_starts or view.spaced or view.values or len(view.cells) != 1:
        return view
    raw = view.line.text
    indent = len(raw) - len(raw.lstrip(" "))
    if indent < 3:
        return view
    cell = view.cells[0]
    column = column_of(indent, header.col_starts)
    return replace(view, cells=(replace(cell, index=column, start=indent),), delimited=True, spaced=True)


def split_at_columns(view: LineView, starts: list[int]) -> list[Cell]:
    """A text cell that runs into an empty column, cut where a word opens right at that column's start.

    With one space between two columns' words ('Meningkatnya akuntabilitas Nilai
    SAKIP ...' under Sasaran and Indikator), the line has no gap to split on;
    a word opening exactly where the header's next column opens, with nothing
    else of the line in that column, starts the next column's text.
    """
    taken = {column_of(cell.start, starts) for cell in view.cells}
    cells: list[Cell] = []
    for cell in view.cells:
        cut = next((s - cell.start for j, s in enumerate(starts) if j not in taken and cell.start + 1 < s
                    and s - cell.start < len(cell.raw) and cell.raw[s - cell.start - 1] == " "
                    and cell.raw[s - cell.start].isalpha()), None) if not cell.values and cell.start >= 0 else None
        if cut is None:
            cells.append(cell)
            continue
        taken.add(column_of(cell.start + cut, starts))
        cells.append(analyse_cell(cell.index, cell.raw[:cut].rstrip(), cell.start))
        cells.append(analyse_cell(cell.index, cell.raw[cut:], cell.start + cut))
    return cells


RUPIAH_SIGN_RE = re.compile(r"\s*[Rr][Pp]\.?\s*")  # a cell holding only 'Rp' or 'Rp.'
SIGN_REACH = 2  # characters an amount's wrapped part may stand off its column's start
# a whole amount in digit groups ('Rp2.415.600.000,-', '1.216.230.000'), and an amount's wrapped piece
# (a digit may be OCR's look-alike letter, '1.085.239.O0', as the lexer reads it; an amount opens with a digit)
WHOLE_AMOUNT_RE = re.compile(r"(?:[Rr][Pp]\.?\s?)?\d[\dOolISsBZG]{0,2}(?:\.[\dOolISsBZG]{3}){2,}"
                             r"(?:,[\dOolISsBZG]{1,2})?(?:,-)?")
WRAPPED_AMOUNT_PIECE_RE = re.compile(r"[.,]?[\dOolISsBZG][\dOolISsBZG.]*(?:,[\dOolISsBZG]{1,2})?(?:,-)?|,-")
LINE_PIECE_RE = re.compile(r"\S+(?: \S+)*")  # a piece of a space-aligned line, between runs of two spaces


def wrapped_amount(top: Cell, piece: str) -> str | None:
    """The amount a cell and the piece under it make together, or None.

    A bare 'Rp.' over a whole amount ('Rp.' / '2.265.454.000'); an amount cut inside its digit groups over
    their rest ('1.216.230.00' / '0', 'Rp2.415.600.' / '000,-', 'Rp17.445.006' / '.994,-').
    """
    head = top.raw.strip()
    if not top.values and RUPIAH_SIGN_RE.fullmatch(head):
        return f"{head} {piece}" if WHOLE_AMOUNT_RE.fullmatch(piece) else None
    # (a space OCR set inside the piece, '6 3', is read as the lexer reads a digit group split so, and recorded)
    solid = piece.replace(" ", "") if piece.count(" ") <= 1 else piece
    if len(top.values) != 1 or top.values[0].kind not in ("amount", "number") or top.text \
            or not WRAPPED_AMOUNT_PIECE_RE.fullmatch(solid) or not (piece == ",-" or any_digit(piece)):
        return None
    joined = head + piece
    if not WHOLE_AMOUNT_RE.fullmatch(head + solid):
        return None
    return joined if not WHOLE_AMOUNT_RE.fullmatch(head) or piece[0] in ".," else None


def amounts_wrapped_below(view: LineView, below: LineView) -> tuple[LineView, LineView] | None:
    """A budget row whose amounts a narrow column wrapped onto the next line, put back whole.

    'Program Dukungan   Rp.             Rp.             93%' over 'Manajemen   2.265.454.000   2.101.808.066',
    or '076.01.CQ   Penyelenggar   1.216.230.00   75,33%' over '            aan Pemilu     0' (a layout
    export of narrow columns): each piece goes up into the cell it stands under, so the row holds its pagu,
    realisasi and % whole on one line; the line below keeps its text, the rest of the name. Only a piece that
    starts where its cell starts and makes a whole amount in digit groups with it (`wrapped_amount`), on a
    line that leaves the first column empty. Returns the two views, or None.
    """
    tops = {cell.start: k for k, cell in enumerate(view.cells)
            if cell.start >= 0 and (cell.values or RUPIAH_SIGN_RE.fullmatch(cell.raw))}
    text = below.line.text
    if not tops or len(view.cells) < 2 or text[:view.cells[1].start].strip():
        return None  # (a line with its own row number or code under the first column is the next row)
    cells = list(view.cells)
    kept = list(text)
    for piece in LINE_PIECE_RE.finditer(text):
        k = next((tops[s] for s in tops if abs(s - piece.start()) <= SIGN_REACH), None)
        joined = wrapped_amount(cells[k], piece.group()) if k is not None else None
        if joined is None:
            continue
        cell = analyse_cell(k, joined, cells[k].start)
        if len(cell.values) != 1 or cell.values[0].kind != "amount":
            continue
        cells[k] = cell
        kept[piece.start():piece.end()] = " " * (piece.end() - piece.start())
    if cells == list(view.cells):
        return None
    rest = Line(number=below.line.number, page=below.line.page, text="".join(kept))
    return replace(view, cells=tuple(cells)), analyse_line(rest)


def values_set_below(view: LineView, below: LineView) -> LineView | None:
    """A bordered or tab row whose last values OCR set on the line below, put back in their cells; else None.

    A cell printed lower than its row's baseline (centred in a tall row) is read by Tesseract as a line of
    its own: '| 1. | Nama | Indikator | 100% |      |' over '|    |      |           |      | 98% |'. The
    line below is no row: it has no number, no name, and fills only cells (past the first two) that the row
    above, which has a number or a name before them, left blank, each with one value; a row's own values under
    a blank name never leave the cells above them empty. Only between lines of the same border (tab or '|')
    and the same number of cells.
    """
    cells, under = view.cells, below.cells
    if len(under) != len(cells) or len(cells) < 4 or not below.delimited or below.spaced \
            or ("\t" in view.line.text) != ("\t" in below.line.text):
        return None
    filled = [k for k, cell in enumerate(under) if cell.raw.strip()]
    if not filled or filled[0] < 2 or not any(cell.raw.strip() for cell in cells[:filled[0]]):
        return None
    if any(under[k].text or len(under[k].values) != 1 or under[k].values[0].kind == "missing"
           or cells[k].raw.strip() for k in filled):
        return None
    moved = list(cells)
    for k in filled:
        moved[k] = replace(under[k], index=cells[k].index, start=cells[k].start)
    return replace(view, cells=tuple(moved))


def align_to_columns(view: LineView, starts: list[int]) -> LineView:
    """Re-index a space-aligned line's cells by the header column each stands under."""
    merged: dict[int, Cell] = {}
    cells = split_at_columns(view, starts)
    last = len(starts) - 1
    for k, cell in enumerate(cells):
        column = column_of(cell.start, starts)
        if column in merged and k == len(cells) - 1 and column < last and cell.start + len(cell.raw) > starts[last] \
                and last not in merged:
            # the line's last cell, set apart from the text before it and reaching into the last column:
            # a right-aligned value wider than its header word ('WTP (Wajar Tanpa Pengecualian)' under 'Target')
            column = last
        if column in merged:
            prev = merged[column]
            cell = replace(prev, raw=f"{prev.raw} {cell.raw}", text=f"{prev.text} {cell.text}".strip(),
                           values=prev.values + cell.values, inner=prev.inner + cell.inner,
                           code=prev.code or cell.code)
        merged[column] = replace(cell, index=column)
    return replace(view, cells=tuple(merged[k] for k in sorted(merged)))



def header_over_other_columns(views: Sequence[LineView], start: int, header: Header) -> bool:
    """The rows under a space-aligned header print their values in columns of their own, so that two of a row's
    value cells fall under one header word, on most of the first value lines (two at least) that hold no more
    values than the header has value columns (a plan table's year columns under one 'Target' are none).

    A scan without borders: OCR prints each line's gaps at its own width, and the header's words
    ('No  Indikator  Target  Realisasi  Capaian') stand nowhere near the cells under them ('5   Persentase
    rancangan keputusan yang      90%    94,12%   104,58%'). Aligned to the header, a row's name is cut at a
    header word and its values pile into one column; read in their order, the row is whole.
    """
    if header.target_years:
        return False
    starts, lines, collided = header.col_starts, 0, 0
    for view in views[start:start + 14]:
        valued = [c for c in view.cells if c.values and not c.text and c.start >= 0] if view.spaced else []
        if not 2 <= len(valued) <= len(header.roles):
            continue
        lines += 1
        # by where each cell starts and where it ends (a right-aligned amount starts left of its header word)
        collided += len({column_of(c.start, starts) for c in valued}) < len(valued) \
            and len({column_of(c.start + len(c.raw.rstrip()) - 1, starts) for c in valued}) < len(valued)
    return collided >= 2 and collided * 2 > lines

def cut_words_kept_as_text(view: LineView) -> LineView:
    """A space-aligned row whose name cell ends in a word a narrow column cut to one capital, that letter kept as text.

    A long word wrapped inside a narrow column is cut where the column ends ('Peraturan KPU, A' over
    'dvokasi, ...'); its first letter, one space after the cell's words, reads as a grade. A grade
    stands in a cell of its own; one that ends a name cell, with more of the row's text in a
    later cell and no value before it, is the name's cut word.
    """
    cells = view.cells
    if not any(c.text and len(c.values) == 1 and c.values[0].kind == "grade" for c in cells[:-1]):
        return view  # the cheap test: most lines end their name cells in words
    fixed = list(cells)
    for k, cell in enumerate(cells[:-1]):
        if not cell.text or len(cell.values) != 1 or cell.values[0].kind != "grade" \
                or CUT_CAPITAL_RE.search(cell.raw) is None or not any(c.text for c in cells[k + 1:]) \
                or any(c.values for c in cells[:k]):
            continue
        fixed[k] = replace(cell, text=cell.raw.strip(), values=())
    return replace(view, cells=tuple(fixed))


CUT_CAPITAL_RE = re.compile(r"\S [A-Z]$")  # one capital one space after a word: a cut word's first letter


# A target cell stating the target's bound on one side ('≥ 90%', '> 95 %'), as a Perjanjian Kinerja may print it
BOUND_CELL_RE = re.compile(r"[<>≤≥]=?\s*\d{1,3}(?:[.,]\d{1,2})?\s?%?")
BOUND_SIGNS = "<>≤≥"  # what such a cell opens with
ONE_CELL = frozenset({0})


def with_bound_targets(view: LineView, target_cells: frozenset[int],
                       noted_cells: frozenset[int] = frozenset()) -> LineView:
    """A delimited row whose Target cell holds a one-sided bound ('≥ 90%'), with that bound's number as its value.

    Alone in a cell, '> 100' or '≤ 50 %' is a verdict scale's range and states
    no value (`analyse_cell`); under a Target column it is the target, the
    sign only saying that more (or less) also meets it. A Realisasi or Capaian
    cell (`noted_cells`) whose value a note follows ('3,62 (B)', '92%
    (sementara)') keeps its value as a Target cell does.
    """
    cells = view.cells
    if not any((c.index in target_cells or c.index in noted_cells) and c.text for c in cells):
        return view  # the cheap test: most rows state their target plainly
    fixed = []
    for cell in cells:
        if cell.index in target_cells and not cell.values and BOUND_CELL_RE.fullmatch(cell.text):
            tokens = [t for t in lex_values(cell.raw) if t.kind in ("percent", "number")]
            if len(tokens) == 1:
                cell = replace(cell, text="", values=tuple(tokens))
        elif cell.index in target_cells and not cell.values and cell.text and is_range(cell.text):
            # '70-75%', '8,5 - 9%' under Target: the target is the band, kept as printed with no one number
            cell = replace(cell, text="", values=(Token(kind="compound", start=0, end=len(cell.text), raw=cell.text,
                                                        reading=Reading(raw=cell.text)),))
        elif cell.index in target_cells and cell.text:
            token = qualified_target(cell)
            if token is not None:
                cell = replace(cell, text="", values=(token,))
        elif cell.index in noted_cells and cell.text and not cell.values and "(" in cell.text:
            token = qualified_target(cell)
            if token is not None and token.kind in ("number", "percent", "count"):
                cell = replace(cell, text="", values=(token,))
        fixed.append(cell)
    return replace(view, cells=tuple(fixed))


# A target cell whose value a note qualifies: 'WTP (Wajar Tanpa Pengecualian)', 'A (Memuaskan)', 'BB (70-80)',
# '100% (4 tahapan)', '4 kali/tahun', 'WTP*', '100 persen'. Under a Target column the value is the target;
# the note explains it, and a number inside the note ('80' of '70-80') is none.
QUALIFIED_CELL_RE = re.compile(
    r"(?P<value>[^()/*]{1,16}?)\s*(?:(?P<note>\([^()]{1,40}\))|/\s*(?:tahun|thn|th|bulan|bln)\.?|\*{1,3}\)?)",
    re.I)
TOKEN_KINDS = {"%": "percent", "grade": "grade", "opinion": "opinion"}
# A grade whose B OCR read as the digit 8 ('8B'): alone under a Target column it is no number; flagged untrusted
DIGIT_GRADES = {"8B": "BB", "B8": "BB"}


def qualified_target(cell: Cell) -> Token | None:
    """The value of a Target cell stated with a note ('WTP (Wajar Tanpa Pengecualian)', '100 persen'), or None.

    None where the cell's own values already open before the note ('3,40 (Indeks)', '1 (satu) dokumen':
    the lexer read the bracket as the value's unit or spelled number).
    """
    text = cell.raw.strip()
    if text in DIGIT_GRADES and not cell.values:
        grade = DIGIT_GRADES[text]
        start = cell.raw.index(text)
        return Token(kind="grade", start=start, end=start + len(text), raw=text, reading=Reading(
            text, text=grade, unit="grade", trusted=False, notes=("grade letters guessed",),
            repairs=(Repair(GRADE_LETTERS, text, grade, f"'8' read for 'B' in '{text}' under a Target column"),)))
    m = QUALIFIED_CELL_RE.fullmatch(text)
    if m is None:
        if not text[-6:].lower().endswith(("persen", "prosen")):
            return None
        head = text
    else:
        head = m.group("value")
        note = m.start("note") if m.group("note") else len(text)
        offset = cell.raw.index(text)
        if any(t.start < offset + note for t in cell.values):
            return None
    if cell.values and m is None:
        return None
    reading = parse_measure(head)
    if reading is None or (reading.value is None and reading.text is None):
        return None
    kind = TOKEN_KINDS.get(reading.unit or "", "count" if reading.unit else "number")
    start = cell.raw.index(text)
    return Token(kind=kind, start=start, end=start + len(text), raw=text, reading=replace(reading, raw=text))


HUGE_NUMBER_RE = re.compile(r"\d{60}")  # a run of digits longer than any value or code a table prints
LONG_LINE_OPENING_RE = re.compile(r"\s*(\d{1,2})\.?\s+(?=[A-Z])")  # the row number a long value line opens with


def rows_in_line(view: LineView) -> list[str]:
    """The texts of the rows a one-cell line ending in values runs together; one text when it runs none.

    A row number and a capitalised word after a value open the next row when the number is the next in turn
    (from the number the line opens with, else 1: '... WDP WDP 100 5 Rata-rata ...') or when two values or more
    stand side by side before it: rows grouped under numbered sasaran restart their numbers ('... 84,33 93,7
    3 Meningkatnya ... 1 Persentase ...'), and a name's own number stands alone ('per 100.000 ibu').
    """
    if not view.values or view.delimited or len(view.cells) != 1:
        return [view.line.text]
    text = fold_text(view.line.text)
    if HUGE_NUMBER_RE.search(text):
        return [view.line.text]  # a digit run no value has (and no float holds): no table's line
    opening = LONG_LINE_OPENING_RE.match(text)
    expected = int(opening.group(1)) + 1 if opening else 2
    tokens = lex_values(text)
    run_ends = {b.end for a, b in zip(tokens, tokens[1:]) if not text[a.end:b.start].strip()}
    rows: list[str] = []
    at = 0
    for m in NEXT_ROW_RE.finditer(text):
        number = int(m.group(1))
        if number != expected and m.start() not in run_ends:
            continue
        rows.append(text[at:m.start()].strip())
        at, expected = m.start(1), number + 1
    rows.append(text[at:].strip())
    return rows


def runs_rows_together(view: LineView) -> bool:
    """Whether a long line is a table's rows run together ('1 Persentase ... 80,00 80,83 101,04 2 Persentase ...'),
    not prose."""
    return len(rows_in_line(view)) >= 2


def is_prose(view: LineView) -> bool:
    """A line of running text: many words and no values, written as sentences.

    A long indicator name on a line of its own (a table flattened one cell per
    line) has as many words, but no sentence stop and rarely 26 words.
    """
    text = view.line.text
    words = text.split()
    if len(text) > 300 and len(" ".join(text.split())) > 300:  # space-aligned columns pad a row: count words
        return not runs_rows_together(view)
    if len(words) < PROSE_WORDS or view.values:
        return False
    return len(words) >= PROSE_SENTENCE_WORDS or bool(SENTENCE_STOP_RE.search(text))


# a sentence's values inside its words, a stop, and the next sentence ('88,20% dari target 85,50% atau capaian
# 103,16%. Pemasangan ...'): a rate or a decimal, then a full stop and a capital within the line (not a numbered
# heading's 'Sasaran 1. Mewujudkan')
VALUE_THEN_STOP_RE = re.compile(r"(?:\d[.,]\d+\s?%?|\d\s?%)[.;]\s+[A-Z][a-z]")


def states_values_in_prose(view: LineView) -> bool:
    """A line of a paragraph under a table flattened one cell per line: values inside many words, a sentence stop.

    A flattened cell is one value or one name, and a name ends no sentence on a value; such a line is the
    text after the table ('... dari target 85,50% atau capaian 103,16%. Pemasangan rambu ...').
    """
    if not view.inner_values:
        return False
    text = view.line.text
    return len(text.split()) >= PROSE_WORDS // 2 and VALUE_THEN_STOP_RE.search(text) is not None


def states_budget_in_prose(view: LineView) -> bool:
    """A sentence under a budget table that ends on an amount: its words hold values of their own.

    'Realisasi anggaran tahun 2021 sebesar Rp16.430.550.860 atau 97,51% dari
    pagu sebesar Rp16.850.000.000.' ends on a value, so `is_prose` lets it
    pass; a budget row's name holds no amount, and no word that joins two.
    """
    inner = view.inner_values
    return bool(inner) and len(view.text.split()) >= BUDGET_PROSE_WORDS \
        and any(t.kind in ("amount", "percent") for t in inner) and BUDGET_PROSE_RE.search(view.text) is not None


# 'sebesar Rp 25.612.568.000' / 'senilai 1.240.000.000': prose giving an amount, never a table cell's words
# (`\b(?:sebesar|senilai)...` written to open with the literal 'se', which the engine scans for in C; \b is the lookbehind)
AMOUNT_IN_PROSE_RE = re.compile(r"se(?<!\wse)(?:besar|nilai)\s+(?:R[pP]\.?\s*)?\d{1,3}(?:[.,]\d{3}){2,}")
# 'dengan pagu keseluruhan Rp X' / 'yaitu anggaran Rp X': a joining word, then the budget's noun, then its amount
AMOUNT_NAMED_IN_PROSE_RE = re.compile(
    r"\b(?:dengan|yaitu|berupa)\s+(?:total\s+)?(?:pagu|anggaran|alokasi)(?:\s+[a-z]+)?\s+R[pP]\.?\s*\d{1,3}(?:[.,]\d{3}){2,}")


def gives_amount_in_prose(view: LineView) -> bool:
    """A line without cell borders that says 'sebesar Rp X': the paragraph after the table, not a row.

    A row's cells hold its amount apart from its name, and no indicator or
    budget line is named '... sebesar Rp X' nor '... dengan pagu keseluruhan Rp X' (a sentence's wrapped last
    line under a table flattened one cell per line); the sentence 'Anggaran yang
    mendukung Perjanjian Kinerja tersebut sebesar Rp X' under a target table
    is too short for `is_prose`, and a target table has no budget checks.
    """
    if view.delimited:
        return False
    text = view.line.text
    return AMOUNT_IN_PROSE_RE.search(text) is not None \
        or ("Rp" in text or "RP" in text) and AMOUNT_NAMED_IN_PROSE_RE.search(text) is not None


# a value inside running text: a word before it and a word after it that joins it to more ('mencapai 83,65% dari',
# 'target 77,5%, atau'); a row's value stands beside its name and other values, never before 'dari' or 'atau'
VALUE_IN_SENTENCE_RE = re.compile(r"[a-z]{2,}\s+\d{1,3}(?:[.,]\d{1,2})?\s?%?,?\s+(?:dari|atau|sehingga|dengan)\b")
TAB_TABLE_END_WORDS = 6  # a sentence's words at least; a page footer or a caption's '(lanjutan)' has fewer


# a flattened cell labelled with its column's word: 'Target: 100%', 'Realisasi 2029: 81,36%', 'Capaian : 105%'
LABELLED_CELL_RE = re.compile(r"\s*(?i:target|realisasi|capaian)(?:\s+(?:19|20)\d\d)?\s*:\s*\S")


def label_dropped(view: LineView) -> LineView:
    """A labelled cell of a table flattened one cell per line, its label left out ('Target: 100%' reads '100%').

    A web page's table exported cell by cell may print each value under its column's word; read with the
    word, every value line is a row of its own named 'Target' or 'Realisasi', and the indicator above is
    left a row without values.
    """
    cell = view.cells[0]
    bare = Cell(cell.index, cell.raw, "", cell.values, cell.code, cell.inner, cell.start)
    return LineView(view.line, (bare,), view.delimited, view.spaced)


def ends_tab_table(text: str) -> bool:
    """A line without a tab after a blank line, under a tab table: the paragraph that follows it.

    A text layer that marks cells with tabs marks every cell of every row, a
    wrapped name's piece included; a line of several words without any tab,
    set apart by a blank line ('Catatan: realisasi 2017 tidak tersedia ...'),
    is running text, and reading on would give the rows the paragraphs below.
    """
    return "\t" not in text and len(text.split()) >= TAB_TABLE_END_WORDS


def opens_sentence_beside_tab_table(text: str) -> bool:
    """A line without a tab that opens a sentence ('Pada tahun ini Sekretariat juga ...'), right under a tab table's
    row: a two-column page whose text layer reads the left column first puts the right column's paragraph between
    the rows. A tab layer marks every cell, a wrapped name's piece included, so the line and the untabbed lines
    after it are no row's; the rows go on under it."""
    words = text.split()
    return len(words) >= TAB_TABLE_END_WORDS and words[0][:1].isupper() and words[0][1:2].islower()


def joins_amounts_in_prose(view: LineView) -> bool:
    """A sentence under a budget table that holds an amount and goes on after it with a word that joins amounts.

    'Rp 2.350.000.000 dari pagu anggaran ...' (the paragraph opening on the
    realisasi, no value at its end) or 'Pagu Rp X terealisasi sebesar Rp Y
    atau 94,00%' (too short for `states_budget_in_prose`): a budget row's name
    holds no amount with words after it, and no row's name goes on 'sebesar',
    'atau', 'dari' after an amount, so the table has ended. Only one-cell lines
    (a row's cells hold its values apart from its name), and only the joining
    word within a few words after the amount with no number between: a row
    run into one line with a Keterangan after its values ('... 2.000.000.000
    1.900.000.000 95,00 Sesuai target dari rencana') is no sentence.
    """
    if len(view.cells) != 1:
        return False
    cell = view.cells[0]
    return any(t.kind == "amount" and AFTER_AMOUNT_JOINER_RE.match(cell.raw, t.end) is not None for t in cell.inner)


def runs_across_columns(view: LineView, header: Header) -> bool:
    """A line of running text under a space-aligned table: words run on past the last column's start with no gap.

    A wrapped indicator name stays inside its own column; a sentence of the
    paragraph below the table runs across the value columns. Such a line is
    short of `PROSE_WORDS` when the page wraps at 90 characters ('Perjanjian
    Kinerja tersebut didukung dengan anggaran sebesar Rp 12.846.500.000,00
    yang'), so `is_prose` does not end the table there.

    A line indented past the header's first column (8 spaces at least) is no running text: the paragraph
    below a table starts at the margin, while a scan whose header words lost their alignment with the cells
    (Tesseract without borders) prints a wrapped name's rest deep under the name's column, past the header's
    last word ('Wakil Bupati Kutai Kartanegara Tahun 2020').
    """
    if len(header.col_starts) < 2 or view.delimited or len(view.text.split()) < RUNNING_TEXT_WORDS:
        return False
    text = view.line.text
    if len(text) - len(text.lstrip(" ")) >= max(8, header.col_starts[1]):
        return False
    words_end = len(text) - len(text.lstrip()) + len(view.text)  # the line's words, without trailing values
    return words_end > header.col_starts[-1]


def introduces_what_follows(text: str) -> bool:
    """INTRO_RE.search(text), run only on a line ending in 'ut' (re.I has no other match for u or t).

    Or a line ending in the caption of the table below ('... dapat dilihat pada tabel di bawah ini :
    Tabel 3.5'): its number is that table's, no value of a row.
    """
    end = text.rstrip()
    if end.endswith(":"):
        end = end[:-1].rstrip()
    if end[-1:].isdigit() and ("abel" in end or "ABEL" in end or "able" in end) and CAPTION_TAIL_RE.search(end):
        return True
    # the pattern ends 'ut\s*:?\s*$': scanning the whole line for it costs more than this test
    return end[-2:].lower() == "ut" and INTRO_RE.search(text) is not None


def ends_unfinished(text: str) -> bool:
    words = text.rstrip().split()
    return bool(words) and (words[-1].lower().strip(",") in CONNECTORS or text.rstrip()[-1:] in ",/-")


def without_tokens(view: LineView) -> bool:
    """Whether a line holds no token at all: no value, none inside its text, no budget code.

    Every value `usable_values` can give is one of a cell's tokens, or a code cell lexed
    (`code_cells_as_values`), so such a line gives none; most lines a table reader looks at
    (wrapped names, the text after a table) are so, and the cheap test spares them the rest.
    """
    return not view.values and not any(cell.inner or cell.code for cell in view.cells)


def starts_lower(text: str) -> bool:
    """Whether a text goes on a name rather than opening one: it opens in lower case, or with a count of days
    or times ('3 Hari Kerja' under '... dijawab dalam waktu', which no name opens with)."""
    stripped = text.lstrip(" -•·'\"")
    return bool(stripped) and (stripped[0].islower() or stripped[0].isdecimal() and opens_with_count(stripped))


def flat_dash_cell(view: LineView, header: Header) -> bool:
    """Whether a lone '-' line of a table flattened one cell per line is an unfilled cell (a quarter with no
    figure), not a rule line: dropped, every later value of its row would slide a column to the left."""
    return header.flattened and header.kind in ("target", "realisation") and view.line.text.strip() in ("-", "–", "—")


def wraps_in_lower_case(view: LineView, rows: list[RowDraft]) -> bool:
    """Whether a line of header words under a row is that row's name wrapped on ('target kinerjanya tercapai').

    A header line opens with a capital ('No', 'Indikator', 'Target'); a line
    of words in lower case under the rows, its column words inside a name
    ('... yang' over 'target kinerjanya tercapai'), goes on with a name.
    """
    return bool(rows) and not view.values and starts_lower(view.text.lstrip(STRAY_MARKS))


# columns a header may print apart from the words the table's header reader took ('Realisasi 2019' over a
# group's 'Target Realisasi Capaian'): a value run this much longer than the roles still closes at the next row
LOST_COLUMNS = 3


def run_to_next_row(view: LineView, width: int) -> list[Token]:
    """A run of more than `width` values closed by the next row's number and name ('... 112% 56,25 109,3% 2 Indeks
    ...'), or []: the row's columns, some of them unnamed by its header, up to where the next row opens."""
    longer = first_run(view, width + LOST_COLUMNS + 1)  # (+1: the next row's number may end the run)
    for end in range(len(longer), width, -1):
        if next_row_opening(view, longer[:end]) is not None:
            return longer[:end]
    return []


def usable_values(view: LineView, header: Header) -> list[Token]:
    """The value tokens of a line that can fill the table's columns."""
    if without_tokens(view):
        return []  # a line of words only (a wrapped name, the paragraph after the table): nothing below can find one
    kind = header.kind  # (a property worked out from the roles: asked once here)
    if kind in ("target", "realisation") and len(view.values) == 1 and not view.delimited \
            and limits_time_in_name(view):
        return []  # '... dalam waktu kurang dari 3 (tiga) hari': the name's time limit, its values on the next line
    values = [t for t in view.values
              if not t.reading.empty or t.kind == "compound" or (t.kind == "missing" and view.delimited)
              or t.reading.alternatives]  # an unreadable value that has a shape ('MWo%'): its column's, flagged
    if not view.delimited and kind in ("target", "realisation") and len(values) < len(view.values):
        values = with_unfilled_cells(view, values, len(header.roles))
        if not values and header.flattened and len(view.values) == 1 and not view.text:
            values = view.values  # a table flattened one cell per line: an 'n/a' or 'Terlaksana' line is its cell
    if kind in ("target", "realisation"):
        if values and header.formula_cells:
            values = outside_formula_cells(view, values, header)
        values = code_cells_as_values(view, header) or values
    elif kind == "budget" and view.delimited and view.codes:
        values = code_cells_as_values(view, header, only_role="percent") or values
        if (rate := rate_cell_read_as_code(view, values, header)) is not None:
            values = values + [rate]
    if kind in ("target", "realisation", "budget"):
        number = leading_row_number(view)
        if number is not None:
            values = [t for t in values if t is not number]
    if not values and kind in ("target", "realisation") and not view.delimited and view.cells[0].inner:
        # '... 85% 88% 103,53% 3 Jumlah laporan ...': the values end where the next row's number and name open
        run = first_run(view, len(header.roles))
        if run and next_row_opening(view, run) is not None:
            values = run
        elif len(run) == len(header.roles) and (longer := run_to_next_row(view, len(run))):
            values = longer  # more values side by side than the header names columns, up to the next row's opening
        elif capaian_proves_run(run, header.roles):
            values = run  # '% 90 100 111,11 100 Dinas X': columns the header did not name follow the proven values
    if not values and header.text_after and kind in ("target", "realisation"):
        values = first_run(view, len(header.roles))
    elif header.text_after and kind == "budget" and view.delimited and 0 < len(values) < len(header.roles):
        values = values + merged_into_text(view, values, len(header.roles) - len(values))
    elif header.text_after and kind == "budget" and view.delimited and not values:
        values = ket_merged_into_last_cell(view, len(header.roles))
    elif header.text_after and kind == "budget" and not values and not view.delimited:
        values = run_before_ket(view, len(header.roles), header.name_after)
    elif kind == "budget" and not view.delimited and header.roles[0] == "allocation" and header.mixed:
        values = budget_group_inside(view, header.roles) or values
    if kind == "budget" and not values and not view.delimited and len(view.cells) == 1 and view.cells[0].inner:
        values = run_before_group_label(view, len(header.roles))
    if "year" not in header.roles:
        values = [t for t in values if not is_year(t)]
    if kind in ("target", "realisation") and len(values) == 1 and target_stated_in_name(view):
        return []  # '... tepat waktu sebesar 100%': the name's own words, the row's columns on its value line
    if kind in ("target", "realisation") and not view.delimited and len(values) > len(header.roles) \
            and next_row_number_ends_counts(view, values):
        values = values[:-1]
    return values


# a word that introduces a quantity, closing a cell's words right before its one value ('... sebesar 100%')
QUANTIFIER_END_RE = re.compile(r"(?i)\b(?:sebesar|sebanyak|setidaknya)$")


def target_stated_in_name(view: LineView) -> bool:
    """Whether a line's one value follows a quantifier that closes the words of its cell ('Persentase dokumen
    tepat waktu sebesar 100%').

    An indicator may state its target in its own name. Printed on a line of its
    own (a wrapped cell's last line, or a name flattened one cell per line), the
    value looks like the row's one value: read so, it makes a row of its own or
    takes the Target column, and the row's printed target, realisasi and
    capaian slide a column. A column's value stands in a cell of its own, never
    right after 'sebesar' in a cell of words, so the line is the name's text.
    """
    cells = [c for c in view.cells if c.values]
    if len(cells) != 1 or len(cells[0].values) != 1 or not cells[0].text or cells[0].text[-1:].isupper():
        return False
    return QUANTIFIER_END_RE.search(cells[0].text) is not None


def next_row_number_ends_counts(view: LineView, values: list[Token]) -> bool:
    """Whether the last value of a line is the next row's number left at the end of a row of counts.

    Text run together puts the next row's 'No' after a row's values ('... 4 Desa 2 Desa 2', that row's
    name on the lines below): taken as a value, it shifts the row's pair (target 4, capaian 2 read as
    target 2). Only a bare number of one or two digits ending the line, after values that all carry one
    count unit, and only where the line holds more values than the header names columns.
    """
    last = values[-1]
    before = values[:-1]
    if last.kind != "number" or not last.raw.isdigit() or len(last.raw) > 2 or len(before) < 2:
        return False
    if any(t.kind != "count" or not t.reading.unit for t in before) or len({t.reading.unit for t in before}) != 1:
        return False
    cell = view.cells[-1]  # its trailing values end the line
    return cell.code is None and bool(cell.values) and cell.values[-1] is last


# the next group's numbered label after a row's values: 'II Belanja', '2. Pendapatan Transfer' (words only)
GROUP_LABEL_TAIL_RE = re.compile(r"\s*(?:[IVX]{1,4}|\d{1,2})[.)]?\s+[A-Z][A-Za-z][^\d]*")


def run_before_group_label(view: LineView, width: int) -> list[Token]:
    """A budget row's values when the next group's label follows them on its line, else [].

    A text export joins a group row and the label of the next group, which holds
    no values: 'I Pendapatan 3.120.400.000 2.980.100.000 95,51 II Belanja'. The
    words after the values make them no trailing values, and the row would be lost.
    Only a whole row's values (the header's count) side by side, with a row
    number and a capitalised name and no other number after them, are read.
    """
    cell = view.cells[0]
    if cell.code is not None or len(cell.inner) < width:
        return []
    raw = fold_text(cell.raw)
    tokens = sorted(cell.inner, key=lambda t: t.start)
    for k in range(len(tokens) - width + 1):
        run = tokens[k:k + width]
        if any(WORD_RE.search(raw, a.end, b.start) for a, b in zip(run, run[1:])):
            continue
        if not all(t.kind in ("amount", "number", "percent") for t in run):
            continue
        return run if GROUP_LABEL_TAIL_RE.fullmatch(raw, run[-1].end) else []
    return []


def outside_formula_cells(view: LineView, values: list[Token], header: Header) -> list[Token]:
    """The values of a row that stand outside its Formulasi / Penjelasan / Sumber Data cells.

    An IKU table explains each indicator beside its target ('... paling lambat 2 hari kerja',
    '(jumlah selesai / jumlah sengketa) x 100%'): those numbers are the formula's, and a wrapped
    formula line holding one is no row. Only where the line's cells stand where the header's do:
    a space-aligned line (re-indexed by column) or a delimited line with the header's cell count.
    """
    if not (view.spaced or view.delimited and len(view.cells) == header.cells):
        return values
    inside = {id(t) for c in view.cells if c.index in header.formula_cells for t in c.values}
    return [t for t in values if id(t) not in inside] if inside else values


def with_unfilled_cells(view: LineView, values: list[Token], width: int) -> list[Token]:
    """A borderless row's values with its 'n/a' cells ('77,5% n/a n/a', '77,5% n/a 0%'), when they fill the header's columns.

    The realisasi and capaian of an indicator not yet measured: the row still
    states its target, and its realisasi is stated as not available (no value),
    as a bordered 'n/a' cell is. More cells than the header names leave the
    dashes out (a Keterangan's '-').
    """
    missing = [t for t in view.values if t.kind == "missing"]
    if not values or not missing or len(values) + len(missing) > width:
        return values
    kept = {id(t) for t in values}
    return [t for t in view.values if id(t) in kept or t.kind == "missing"]  # in the line's order ('80% n/a 0%')


ROW_NUMBER_CELL_RE = re.compile(r"\d{1,2}\.?")


def leading_row_number(view: LineView) -> Token | None:
    """A row number standing alone in the first column of a space-aligned line, before the row's text.

    '1    Meningkatnya kualitas ...' (a sasaran heading row of a space-aligned
    table) states no target: its number counts the rows.
    """
    cells = view.cells
    if not view.spaced or len(cells) < 2 or cells[0].text or len(cells[0].values) != 1:
        return None
    token = cells[0].values[0]
    if not is_row_label(token, cells[0].raw):
        return None
    return token if any(c.text and any(ch.isalpha() for ch in c.text) for c in cells[1:]) else None


LIST_LETTER_CELL_RE = re.compile(r"[A-H][.)]")


def is_row_label(token: Token, cell_raw: str) -> bool:
    """Whether a first cell's only value counts the rows: a number ('2', '2.') or a list letter ('B.', 'C)').

    A lettered sasaran heading ('B.   Meningkatnya akuntabilitas kinerja') reads as the grade B
    otherwise; its letter stands before the row's text, where no target does.
    """
    raw = cell_raw.strip()
    if token.kind == "number":
        return ROW_NUMBER_CELL_RE.fullmatch(raw) is not None
    return token.kind == "grade" and LIST_LETTER_CELL_RE.fullmatch(raw) is not None


def code_cells_as_values(view: LineView, header: Header, only_role: str | None = None) -> list[Token]:
    """Values of a performance row whose value cell was read as a kegiatan code.

    A bare four-digit cell is a kegiatan code in a budget table, but under a
    Target / Realisasi column it is a number ('8596': 85% with the sign read
    as '96'), and so it is under a budget table's % column (`only_role`).
    Returns the row's values with such cells lexed, or [] if none.
    """
    last = len(view.cells) - 1
    in_value_column = [c for k, c in enumerate(view.cells) if bare_code_values(c) and (
        header.cell_roles.get(c.index) == only_role if only_role else c.index in header.cell_roles or c.index == last
        or values_only_after(view, k))]
    if not in_value_column:
        return []
    values: list[Token] = []
    for cell in view.cells:
        if cell in in_value_column:
            values += bare_code_values(cell)
        else:
            values += [t for t in cell.values if not t.reading.empty or t.kind in VALUELESS_KINDS]
    return values


def rate_read_as_code(view: LineView, row: RowDraft, header: Header) -> Token | None:
    """A flattened budget row's % that reads as a bare four-digit code ('7996': 79% with the sign read as '96').

    Only under the row's pagu and realisasi, with the % still to come, and
    when a reading of it is realisasi / pagu x 100: otherwise the line is the
    next row's kegiatan code.
    """
    if header.kind != "budget" or "percent" not in header.roles or len(view.cells) != 1:
        return None
    amounts = [t for t in row.values if is_amount(t)]
    if len(amounts) != 2 or len(row.values) != 2:
        return None
    tokens = bare_code_values(view.cells[0])
    if len(tokens) != 1:
        return None
    reading = parse_percent(tokens[0].raw)
    share = amounts[1].reading.value / amounts[0].reading.value * 100 if amounts[0].reading.value else None
    if share is None or reading is None:
        return None
    fits = any(v is not None and abs(v - share) <= 0.06 for v in (reading.value, *reading.alternatives))
    return tokens[0] if fits else None


def rate_cell_read_as_code(view: LineView, values: list[Token], header: Header) -> Token | None:
    """A budget row's last cell read as a bare four-digit code that is its % ('... 12.065.480.627 | 9196'), else None.

    The sign read as '96' leaves '91%' a kegiatan code's shape; on the row's
    own line, after its pagu and realisasi and with no % read, it is the % when
    a reading of it is realisasi / pagu x 100 (as `rate_read_as_code` reads
    such a cell on a line of its own).
    """
    if "percent" not in header.roles or not view.cells[-1].code or any(t.kind == "percent" for t in values):
        return None
    amounts = [t for t in values if is_amount(t)]
    tokens = bare_code_values(view.cells[-1])
    if len(amounts) != 2 or len(tokens) != 1 or not amounts[0].reading.value or amounts[1].reading.value is None:
        return None
    reading = parse_percent(tokens[0].raw)
    share = amounts[1].reading.value / amounts[0].reading.value * 100
    fits = reading is not None and any(v is not None and abs(v - share) <= 0.06
                                       for v in (reading.value, *reading.alternatives))
    return tokens[0] if fits else None


def values_only_after(view: LineView, k: int) -> bool:
    """Whether the cells after the k-th hold values and no text: the k-th stands among the row's value cells.

    A scan may read a row's borders but not its header's ('No  Indikator  Target
    Realisasi Capaian' over '3 | Persentase ... | 8596 | 52,8% | 62,12%'), so no
    cell index says which column is a value's; a cell with value cells only to
    its right (or more such four-digit cells: '7096 | 5996 | 84,29%') is one too.
    """
    after = view.cells[k + 1:]
    return bool(after) and all(cell.values and not cell.text or bare_code_values(cell) for cell in after)


def bare_code_values(cell: Cell) -> list[Token]:
    """The number a cell holding only a four-digit 'code' states, or []."""
    if cell.code and not cell.values and cell.raw.strip() == cell.code:
        return lex_values(cell.code)
    return []


def merged_into_text(view: LineView, values: list[Token], limit: int) -> list[Token]:
    """A budget row's last values that a lost border ran into its Ket cell ('Rp. 2.101.808.066 93% APBN').

    Only values of the cell right after the row's last value cell count, and
    only when one or two words follow them (the Keterangan, 'APBN', 'HIBAH').
    """
    last = max(k for k, cell in enumerate(view.cells) if any(t in values for t in cell.values))
    if last + 1 >= len(view.cells):
        return []
    cell = view.cells[last + 1]
    tail = cell.raw[cell.raw.rfind(cell.inner[-1].raw) + len(cell.inner[-1].raw):] if cell.inner else ""
    if not cell.inner or cell.values or len(tail.split()) > 2 or any_digit(tail):
        return []
    return list(cell.inner[:limit])


def run_before_ket(view: LineView, limit: int, name_after: bool = False) -> list[Token]:
    """A borderless budget row's amounts and % before its Ket word ('2 Program X  Rp. 2.314.933.000 Rp. 343.059.036
    15%  APBN', as a scan reads it): the values stop short of the line's end, so the line reads as text.

    Only a run that opens on an amount, stands right before one or two words
    (the Keterangan), and has no words within; before a longer remark ('Sisa
    hasil efisiensi lelang'), only a pagu, realisasi and % that prove each other,
    after the row's name (words after values alone may be the name itself).
    `name_after`: the header prints the name column after the values; then
    the words after a run of amounts from the line's start (its row number
    aside) are the name, however many.
    """
    if len(view.cells) != 1 or not view.cells[0].inner or view.cells[0].code is not None:
        return []
    return ket_run_in_cell(view.cells[0], limit, name_after)


def ket_run_in_cell(cell: Cell, limit: int, name_after: bool = False) -> list[Token]:
    """`run_before_ket` on one cell: the amounts and % before a Keterangan word at the cell's end."""
    start = next((k for k, t in enumerate(cell.inner) if t.kind == "amount"), None)
    if start is None:
        return []
    run = list(cell.inner[start:])
    folded = fold_text(cell.raw)
    tail = folded[run[-1].end:]
    words = len(tail.split())
    if name_after and len(run) >= 2 and not any_digit(tail) and not any(
            t.kind not in ("amount", "percent") and not (t is run[-1] and bare_rate(t)) for t in run) \
            and not WORD_RE.search(strip_row_number(folded[:run[0].start])) \
            and not any(WORD_RE.search(folded, a.end, t.start) for a, t in zip(run, run[1:])):
        return run[:limit]  # '1 2.000.000.000 1.900.000.000 95,00 Program X': the name after the values
    if len(run) > limit or words > REMARK_MAX_WORDS \
            or words > 2 and not (rate_proves_run(run) and WORD_RE.search(folded, 0, run[0].start)) \
            or any_digit(tail) or any(
            not (t.kind in ("amount", "percent") or t is run[-1] and bare_rate(t))
            or WORD_RE.search(folded, a.end, t.start) for a, t in zip(run, run[1:])):
        return []
    while start > 0 and len(run) < limit \
            and (cell.inner[start - 1].kind == "percent" or bare_rate(cell.inner[start - 1])) \
            and not WORD_RE.search(folded, cell.inner[start - 1].end, run[0].start):
        start -= 1  # a value column before the pagu ('Capaian Kinerja (%)'): the row's value, not its name's
        run.insert(0, cell.inner[start])
    return run


def ket_merged_into_last_cell(view: LineView, limit: int) -> list[Token]:
    """A bordered budget row whose borders after the name were lost ('1 | Program X | Rp. A Rp. B 93%  APBN'):
    the last cell holds the amounts, the % and the Ket word, so it reads as text and the row has no value.

    Read as `run_before_ket` reads a borderless row, on that cell alone: the
    run must open on an amount and stand right before the Ket word. The cells
    before it (number, name) hold no value.
    """
    filled = [c for c in view.cells if c.raw.strip()]
    if len(filled) < 2 or not filled[-1].inner or filled[-1].code is not None:
        return []
    return ket_run_in_cell(filled[-1], limit)


def ket_cell_index(view: LineView, values: list[Token]) -> int | None:
    """The index of the cell of a bordered budget row that `ket_merged_into_last_cell` read its values inside."""
    if not view.delimited or not values or len(view.cells) < 2:
        return None
    last = view.cells[-1] if view.cells[-1].raw.strip() else next(c for c in reversed(view.cells) if c.raw.strip())
    return last.index if values[0] in last.inner and values[0] not in last.values else None


def capaian_proves_run(run: list[Token], roles: list[str]) -> bool:
    """Whether a run fills a header of target, realisasi and capaian whose capaian is realisasi / target x 100.

    A table may print columns its header lost after the capaian (a second %, the office in charge): the values
    then stop short of the line's end and read as text. The arithmetic proves the first ones the row's.
    """
    if len(run) != len(roles) or {"target", "realisation", "achievement"} - set(roles):
        return False
    mapped = dict(zip(roles, (t.reading.value for t in run)))
    target, real, capaian = mapped["target"], mapped["realisation"], mapped["achievement"]
    return bool(target) and real is not None and capaian is not None and abs(real / target * 100 - capaian) <= 0.51


BARE_RATE_RE = re.compile(r"\d{1,3}[.,]\d{1,2}")
REMARK_MAX_WORDS = 8  # a Keterangan after a proven run: a short remark, not the rest of a paragraph


def rate_proves_run(run: list[Token]) -> bool:
    """Whether a run is a pagu, its realisasi and the % they give ('2.000.000.000 1.900.000.000 95,00').

    A budget row's Keterangan may be a phrase ('Sisa hasil efisiensi lelang'):
    more words than a one-word remark, but the % the two amounts prove makes
    the run a row's values, not amounts a sentence names.
    """
    if len(run) != 3 or run[0].kind != "amount" or run[1].kind != "amount":
        return False
    pagu, real, rate = (t.reading.value for t in run)
    return bool(pagu) and real is not None and rate is not None and abs(real / pagu * 100 - rate) <= 0.51
def rate_wrapped_below(row: RowDraft, values: list[Token], header: Header, width: int) -> bool:
    """Whether a bare rate under a budget row is that row's % cell, wrapped onto a line of its own.

    A long total row ('Jumlah 2.000.000.000 1.900.000.000') may push its %
    to the next line ('95,00' alone). It is the row's when the % column is
    the one the row left empty and the rate is what its two amounts give.
    (A table flattened one cell per line prints every rate alone: read as its rows are.)
    """
    return len(values) == 1 and len(row.values) == width - 1 and header.roles[len(row.values)] == "percent" \
        and rate_proves_run(row.values + values)


BUDGET_ROLES = frozenset({"allocation", "realisation_amount", "percent", "remainder"})


def budget_group_inside(view: LineView, roles: list[str]) -> list[Token]:
    """A row's budget values in the middle of a line without cells, under a header with the budget group first.

    'No | Sasaran | Pagu | Realisasi | % | Indikator | Target | Realisasi |
    Capaian' read by OCR with single spaces: '1 Meningkatnya layanan
    2.000.000.000 1.900.000.000 95,00 Persentase arsip 100% 98% 98%'. The
    line's trailing values are the indicator's alone; the pagu, realisasi and
    % stand side by side between the sasaran and the indicator. Only a run that
    opens on two amounts, has no words within, words before and after it, and
    the trailing values filling the columns after the budget group.
    """
    width = next((k for k, role in enumerate(roles) if role not in BUDGET_ROLES), len(roles))
    if len(view.cells) != 1 or width < 2 or width == len(roles):
        return []
    cell = view.cells[0]
    trailing = cell.values
    start = next((k for k, t in enumerate(cell.inner) if t.kind == "amount"), None)
    if start is None or len(trailing) != len(roles) - width or len(cell.inner) - start != width:
        return []
    run = list(cell.inner[start:])
    folded = fold_text(cell.raw)
    if run[1].kind != "amount" or not all(t.kind in ("amount", "percent") or bare_rate(t) for t in run) \
            or any(WORD_RE.search(folded, a.end, t.start) for a, t in zip(run, run[1:])) \
            or not WORD_RE.search(strip_row_number(folded[:run[0].start])) and not opens_on_values(folded, run) \
            or not WORD_RE.search(folded, run[-1].end, trailing[0].start if trailing else len(folded)):
        return []  # (the sasaran before the run names the budget row, the words after it the indicator)
    return run + list(trailing)


def opens_on_values(folded: str, run: list[Token]) -> bool:
    """Whether a line opens on its run of values, its row number aside ('1 2.000.000.000 1.900.000.000 95,00 ...')."""
    return LEADING_NUMBER_RE.fullmatch(folded[:run[0].start].strip(" \t|")) is not None


LEADING_NUMBER_RE = re.compile(r"(?:\d{1,2}[.)]?)?")  # a row number, or nothing


def bare_rate(token: Token) -> bool:
    """A % printed without its sign as the run's last value ('94,00' under 'Serapan (%)'), before the Keterangan."""
    return token.kind == "number" and BARE_RATE_RE.fullmatch(token.raw) is not None


# Between two numbers, the sign of a range ('91% - 100%', '76 ≤ 90', '61 s.d 75'): a scale's row, not two values.
RANGE_GAP_RE = re.compile(r"\s*(?:[-–—]|[<>≤≥]=?|s\.?\s?d\.?|s/d)\s*", re.I)


# A time limit an indicator's name ends on ('... tersampaikan dalam waktu kurang dari 3 (tiga) hari', '... paling
# lama 14 hari'): the words before a count of days or hours
TIME_LIMIT_BEFORE_RE = re.compile(r"(?:\bkurang\s+dari|\bdalam\s+waktu|\bpaling\s+lama|\bmaksimal|\bmaks\.?"
                                  r"|\btidak\s+lebih\s+dari|[<≤]=?)\s*$", re.I)
TIME_UNITS = frozenset({"hari", "jam", "menit", "minggu", "bulan"})


def limits_time_in_name(view: LineView) -> bool:
    """Whether a line's one value is a count of days or hours that its name's words put a limit on."""
    token = view.values[0]
    return token.kind == "count" and token.reading.unit in TIME_UNITS and len(view.cells) == 1 \
        and TIME_LIMIT_BEFORE_RE.search(view.cells[0].text) is not None


def as_name_line(view: LineView, header: Header) -> LineView:
    """The line as words only when its one value is its name's time limit ('... kurang dari 3 (tiga) hari'), so
    that the name keeps them; else the line itself."""
    if header.kind not in ("target", "realisation") or view.delimited or len(view.values) != 1 \
            or not limits_time_in_name(view):
        return view
    cell = view.cells[0]
    words = " ".join(cell.raw.split())
    return LineView(view.line, (Cell(index=cell.index, raw=cell.raw, text=words, values=(), start=cell.start),),
                    view.delimited, view.spaced)


# A deadline in a formula or an indicator's wording ('paling lambat 2 hari kerja', OCR'd '2 heri kerja'):
# the word after the number may be damaged, 'kerja' after it seldom is; 'lambat' before it says the same.
DEADLINE_AFTER_RE = re.compile(r"\s*[a-z]{2,6}\s+kerja\b", re.I)
DEADLINE_BEFORE_RE = re.compile(r"\blambat(?:nya)?\W{0,2}$", re.I)
DEADLINE_REACH = 12  # characters before a number that can hold 'lambatnya' and a space


def states_a_deadline(folded: str, token: Token) -> bool:
    """Whether a bare number inside a text cell is a deadline ('paling lambat 2 hari kerja'), not a value."""
    if token.kind != "number" or token.reading.unit is not None:
        return False
    return bool(DEADLINE_AFTER_RE.match(folded, token.end)
                or DEADLINE_BEFORE_RE.search(folded, max(0, token.start - DEADLINE_REACH), token.start))


# 'n/a' cells between two values of a line without borders (realisasi and capaian not available)
NA_GAP_RE = re.compile(r"(?:\s+(?:n/a|N/A|n\.a\.?|N\.A\.?))+\s+")
NA_WORD_RE = re.compile(r"n/a|N/A|n\.a\.?|N\.A\.?")
# A row number opening a line's text ('2 Persentase ...'), no value of the row
OPENING_NUMBER_RE = re.compile(r"\s*\d{1,2}[.)]?\s+[A-Z]")
# '1. 46 49,81 94,35 Berhasil': a row's number with its dot, then the row's values (its name wrapped on the
# lines above and below): the number counts the rows, it is no target
NUMBER_BEFORE_VALUES_RE = re.compile(r"\s*\d{1,2}[.)]\s+-?\d")
# '01.02 Persentase desa ...' (its values on the line below): a dotted row code opening the line before a
# capitalised name. Only in shapes no decimal takes: a zero-padded first group ('01.02', '02.1') or three
# groups ('1.2.03'); '1.5 Persen' stays a value
DOTTED_ROW_CODE_RE = re.compile(r"\s*(?:0\d\.\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s+[A-Z][a-z]")
# '1.02 Nilai Evaluasi ...', '2.1 Persentase ...': a dotted row code a decimal could also be. Read as the row's
# code only where its table's other rows count on in the same shape (`counts_with_siblings`).
DECIMAL_ROW_CODE_RE = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.?\s+[A-Z][a-z]")


ROW_NUMBER_SPECKS = " '\"_;|.,`\u2018\u2019"  # specks a scan reads before a row's number ("_ 5 Ketepatan ...")


def first_run(view: LineView, limit: int) -> list[Token]:
    """Values standing between the indicator and a trailing text column ('90% Jumlah target ...').

    The run's values stand side by side: words between two numbers ('didukung
    oleh 12 kali pelatihan dan 3 kali bimbingan') make a sentence, and a
    range sign between them ('91% - 100% Sangat Baik') a scale's row; neither
    holds a row of two or more values. 'n/a' between them is a cell stated as
    not available ('55% n/a n/a 2 Persentase ...': no realisasi, no capaian,
    then the next row's number), and a row number opening the line is none
    of the values ('1 Persentase penurunan ...'), nor is a dotted row code
    ('01.02 Persentase desa ...', its values on the next line).
    """
    run: list[Token] = []
    for cell in view.cells:
        folded = fold_text(cell.raw) if cell.code is None else None  # the text the tokens' offsets count in
        for token in cell.inner:
            if token.kind in ("amount",) or is_year(token):
                continue
            if token.kind == "number" and token.reading.value is not None and token.reading.value > 1000:
                token = percent_sign_as_digits(token, view)
                if token is None:
                    continue
            if folded is not None and states_a_deadline(folded, token):
                continue
            if not run and token.kind == "number" and len(view.cells) == 1 and folded is not None \
                    and not folded[:token.start].strip(ROW_NUMBER_SPECKS) \
                    and (OPENING_NUMBER_RE.match(folded, token.start) or NUMBER_BEFORE_VALUES_RE.match(folded, token.start)
                         or DOTTED_ROW_CODE_RE.match(folded, token.start)):
                continue  # the row's number, before its name or its values
            if run and folded is not None and (na := NA_GAP_RE.fullmatch(folded, run[-1].end, token.start)):
                run += [Token(kind="missing", start=m.start(), end=m.end(), raw=m.group(),
                              reading=Reading(raw=m.group()))
                        for m in NA_WORD_RE.finditer(folded, na.start(), na.end())][:limit - len(run)]
                if len(run) == limit:
                    return run
            elif run and folded is not None and (WORD_RE.search(folded, run[-1].end, token.start)
                                                 or RANGE_GAP_RE.fullmatch(folded, run[-1].end, token.start)
                                                 or "(" in folded[run[-1].end:token.start]):
                # (a number opening a bracket after a value explains it, a sentence's '70,59% (12 dari 17 trayek)':
                # no value of its own, as `trailing_values` reads '100% (4 dokumen)')
                return run if len(run) >= 2 or limit < 2 else []
            run.append(token)
            if len(run) == limit:
                return run
        if run:
            return run
    return run


PERCENT_WORD_RE = re.compile(r"\bp[er]{1,3}s[ea]nt[au]s[ea]\b", re.I)  # 'Persentase', OCR'd 'Persentuse'
SIGN_DIGITS_RE = re.compile(r"\d{4,5}")


def percent_sign_as_digits(token: Token, view: LineView) -> Token | None:
    """A bare '1009' in the value run of a row whose indicator is a percentage: a '%' may be read as digits.

    A scanned Perjanjian Kinerja prints 'Persentase ... | 100% | Jumlah ...'; Tesseract reads the '100%'
    as '1009' or '10076'. As a number it is no target (above a thousand: an amount's), and the row would
    be lost; read as a percent it keeps its readings ('1009': 100% or 10,09%), untrusted and noted
    (`PERCENT_ROW`), for the column to settle (`normalize.repair.repair_from_column_unit`). None when the
    row names no percentage, or the number has not exactly one whole reading as a percentage.
    """
    if not SIGN_DIGITS_RE.fullmatch(token.raw) or not PERCENT_WORD_RE.search(view.text or ""):
        return None
    reading = parse_percent(token.raw)
    if reading is None or reading.trusted or sum(v == int(v) and 0 < v <= 200 for v in reading.alternatives) != 1:
        return None  # ('1500': 100%, 150% or 15%, no reading that stands out: no row's value)
    reading = replace(reading, notes=reading.notes + (f"{PERCENT_ROW}: the row states a percentage",))
    return replace(token, kind="percent", reading=reading)


ROW_NUMBER_TOKEN_RE = re.compile(r"\d{1,2}\.?")
NAME_AFTER_NUMBER_RE = re.compile(r"\.?\s+[A-Z][A-Za-z]")  # a row number's name after it: '3 Program', '3. APBD'


def budget_rows_run_together(view: LineView, values: list[Token], header: Header,
                             width: int) -> list[tuple[LineView, list[Token]]] | None:
    """The budget rows a borderless line runs together, each as a line of its own with its values, or None.

    A website's text export joins a table's lines: '2 Program Rehabilitasi
    Sosial 800.000.000 760.000.000 95,00 3 Program Perlindungan ...
    500.000.000 490.000.000 98,00' holds two rows. Read as one, the first
    row's values and name are lost in the second's name. The line is cut
    after each run of the header's value count that a name follows; each
    piece keeps the line's number and page, and must read back as one row
    with a whole row's values (two pieces or more).
    """
    if view.delimited or len(view.cells) != 1 or width < 2 or len(values) != width:
        return None
    cell = view.cells[0]
    if len(cell.inner) < width or values[0] not in cell.values:
        return None
    raw = cell.raw
    # (a row number before the next row's name, '3 Program ...', is no value of the row before it)
    tokens = [t for t in sorted((*cell.inner, *cell.values), key=lambda t: t.start)
              if not (ROW_NUMBER_TOKEN_RE.fullmatch(t.raw) and NAME_AFTER_NUMBER_RE.match(raw, t.end))]
    cuts: list[int] = []
    run = 0
    for k, token in enumerate(tokens):
        between = raw[tokens[k - 1].end:token.start] if k else ""
        run = run + 1 if k and not WORD_RE.search(between) else 1
        after = raw[token.end:tokens[k + 1].start] if k + 1 < len(tokens) else ""
        if run == width and WORD_RE.search(after):
            cuts.append(token.end)  # a whole row's values, then the next row's name
    if not cuts:
        return None
    pieces: list[tuple[LineView, list[Token]]] = []
    for a, b in zip([0, *cuts], [*cuts, len(raw)]):
        piece = analyse_line(Line(view.line.number, view.line.page, raw[a:b].strip()))
        piece_values = usable_values(piece, header)
        if len(piece_values) != width or not WORD_RE.search(piece.text):
            return None
        pieces.append((piece, piece_values))
    return pieces


def next_row_opening(view: LineView, values: list[Token], unnumbered: bool = False,
                     after_verdict: bool = False) -> LineView | None:
    """The next row's number and the start of its name after a borderless row's values, as a line of its own.

    A website's text export runs a table's lines together: '... materil % 55%
    n/a n/a 2 Persentase penurunan nilai temuan', the rest of that name on the
    lines below. What follows the values opens the next row's name (kept with
    the value line's number), not the text of a column after them.
    `unnumbered`: the table has no text column after its values, so a measure's name opening there
    ('... 96 108 112,50 Rata-rata Capaian ...') is the next row's without a number.
    `after_verdict`: a row's verdict after its values closes it, and a measure's name after that opens the next
    ('... 90% 90% 100% Tercapai Target Persentase ...'; asked only when splitting a gathered row's line).
    """
    if len(view.cells) != 1 or not values:
        return None
    cell = view.cells[0]
    if cell.code is not None or values[0] not in cell.inner:
        return None
    tail = fold_text(cell.raw)[values[-1].end:]
    if after_verdict and (verdict := VERDICT_AFTER_VALUES_RE.match(tail)) is not None:
        # the row's Kriteria cell ('Tercapai Target') closes it: a measure's name after it opens the next row,
        # with or without its number, its values after it on the same line
        tail = tail[verdict.end():]
        if UNNUMBERED_OPENING_RE.match(tail):
            return analyse_line(Line(view.line.number, view.line.page, tail.strip()))
    number = OPENING_NUMBER_RE.match(tail)
    if number is None and unnumbered and not any_digit(tail) and UNNUMBERED_OPENING_RE.match(tail):
        return analyse_line(Line(view.line.number, view.line.page, tail.strip()))
    if number is None or not INDICATOR_START_RE.match(tail, number.end() - 1):
        return None
    return analyse_line(Line(view.line.number, view.line.page, tail.strip()))


# a row's verdict right after its values ('90% 90% 100% Tercapai Target Persentase ...'), a name after it
VERDICT_AFTER_VALUES_RE = re.compile(rf"\s+(?:{VERDICT_RE.pattern})(?=\s+\S)", re.I)
# a measure's name opening after a row's values, no number before it ('Persentase ...', 'Rata-rata waktu ...')
UNNUMBERED_OPENING_RE = re.compile(rf"\s+(?:{INDICATOR_START_RE.pattern}|Rata-rata\b)")


# a summary row's label with its value right after it ('RATA-RATA 96,30', 'Jumlah: 12'): no name words between
SUMMARY_LINE_RE = re.compile(r"\W*(?:rata[\s-]*rata|jumlah|total)\s*[:=]?\s*\d", re.I)


def states_summary(text: str) -> bool:
    """Whether a line states a measure table's summary ('RATA-RATA 96,30 KRITERIA : Baik'): its label alone before the
    value. 'Rata-rata waktu layanan ...' names an indicator; 'Rata-rata' straight before a number names none."""
    return SUMMARY_LINE_RE.match(text) is not None


class HeaderCut(Sequence[LineView]):
    """A document's views with one line cut back to its header words, the first row that ran onto it set apart.

    `header_runs_into_row`: a one-line header and the first row joined on one line. The table is read from
    these views: the header from the line's words before the row number, the row (`row`, keeping the line's
    number and page) as the first of the table. Every other line is the document's own.
    """

    def __init__(self, views: Sequence[LineView], index: int, cut: int) -> None:
        line = line_of(views, index)
        self._views = views
        self._index = self.index = index
        opening = caption_end(line.text[:cut])  # a caption before the header on its line is the table's title
        self.caption = line.text[:opening].strip()
        self._head = analyse_line(Line(line.number, line.page,
                                       without_column_numbers(line.text[opening:cut]).rstrip()))
        self.row = analyse_line(Line(line.number, line.page, line.text[cut:].strip()))
        lines = getattr(views, "lines", None)
        self.lines = None if lines is None else [*lines[:index], self._head.line, *lines[index + 1:]]
        self.headers_read: dict[int, object] = {}  # (the cut line reads otherwise than in the document's views)

    def __len__(self) -> int:
        return len(self._views)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index == self._index or index < 0 and index + len(self) == self._index:
            return self._head
        return self._views[index]


def header_run_on_lines(doc: DocText) -> dict[int, int]:
    """Index -> cut of the lines whose one-line header runs on into the first row (`header_runs_into_row`).

    Only lines naming a value column's word and holding a digit are looked at (found in the document's text
    at once, not line by line).
    """
    found: dict[int, int] = {}
    texts = doc.texts
    for k in doc.lines_with("target", "realisasi", "anggaran", "pagu", "alokasi"):
        if not has_digit(texts[k]):
            continue
        cut = header_runs_into_row(texts[k])
        if cut is not None:
            found[k] = cut
    return found


def table_title(views: Sequence[LineView], header_index: int) -> str:
    """The caption above a header: the nearest 'Tabel ...' line, else the line above."""
    fallback = ""
    for j in range(header_index - 1, max(-1, header_index - 6), -1):
        text = line_of(views, j).text.strip()
        if not text:
            continue
        if TABEL_RE.match(text):
            following = line_of(views, j + 1).text.strip() if j + 1 < header_index else ""
            return text if len(text) > 12 or not following else f"{text} {following}"
        if not fallback and len(text) < 200:
            fallback = text
    return fallback


def find_tables(views: Sequence[LineView], doc: DocText | None = None, report_year: int | None = None,
                long_lines: bool = True) -> list[Table]:
    """All tables of a document, in reading order (`report_year` picks a plan table's column).

    `long_lines`: also the tables a text export printed inside one long line (`extract.long_lines`).
    """
    tables: list[Table] = []
    covered: set[int] = set()  # lines a table read, from its header to where it ended
    lines = getattr(views, "lines", None) or [v.line for v in views]
    doc = doc or DocText(lines)
    skip = boilerplate_lines(views, doc)
    footers = title_footer_lines(doc)
    # only a line with header words can start a header: no need to analyse the others. (An empty line
    # has none; compress/map keep the loop over every line in C.)
    texts = doc.texts
    scores = map(itemgetter(0), map(text_header_score, compress(texts, texts), repeat(True)))
    starts = list(compress(compress(count(), texts), scores))
    run_on = header_run_on_lines(doc)  # a header and its first row on one line
    if run_on:
        starts = sorted({*starts, *run_on})
    header_lines = frozenset(starts)
    i = 0
    placed: list[str] | None = None  # a header's columns with the years under it placed by offset
    document_views = views
    for start in starts:
        if start < i:
            continue  # inside the table read last
        views = document_views
        found = read_header_once(views, start)
        if start in run_on:
            # the line read as a header is the cut one; read whole, its words and the row's values would make a
            # header of columns no row has, and the row would be lost
            cut = HeaderCut(document_views, start, run_on[start])
            if (cut_found := read_header_once(cut, start)) is not None or found is None:
                views, found = cut, cut_found
        if found is None:
            continue
        header, end = found
        while start > 0 and line_of(views, start).number > header.first_line:
            start -= 1  # its cells wrap onto the lines above its fullest line (`stacked_header`): it opens there
        header.report_year = report_year  # (a per-year table of one measure keeps this year's row: `year_row_name`)
        if header.flattened and header.kind == "budget" and "year" not in header.roles and \
                (above := year_cell_above(views, start)) is not None:
            header.roles.insert(0, "year")  # 'Tahun' alone opens the header: no header words, so the scan began below it
            start = above
        if header.kind == "realisation" and "achievement" not in header.roles:
            earlier_realisations_as_other(views, start, end, header)
        if header.kind == "target":
            header.target_years = year_row(views, end)
            if header.target_years:
                header.report_year = report_year
                while not views[end].values or not all(is_year(t) for t in views[end].values):
                    end += 1  # the year line (and any header words above it) is part of the header
                while end + 1 < len(views) and (not line_of(views, end + 1).text.strip() or (
                        len(views[end + 1].values) == 1 and is_year(views[end + 1].values[0])
                        and not views[end + 1].text)):
                    end += 1  # flattened: the year lines that follow, one per line (and blanks between)
            else:
                header.target_years = named_target_years(views, start, end, header, report_year)
                header.report_year = report_year
        elif header.kind in ("realisation", "unknown") and "allocation" not in header.roles:
            years = year_row(views, end)
            grouped = year_groups(header, views, end, years, report_year) if years else end
            if grouped == end and start == end and header.col_starts and len(year_line_below(views, end, True)) >= 2:
                placed = years_by_offset(views, start, report_year)  # not in even groups: by where each stands
            end = grouped
            if placed is None and not years:
                placed = uneven_year_groups(views, start, end, report_year)  # '2019 | 2020 | 2021' over uneven groups
        keep_report_year_measure_groups(header, views, start, end, report_year)
        keep_report_year_columns(header, views, start, end, report_year)
        if header.kind == "budget":
            keep_report_year_budget_columns(header, views, start, end, report_year)
        drop_plan_progress(header, views, start, end)
        if header.col_starts and header_over_other_columns(views, end + 1, header):
            # its words stand over no column of the rows: read them as a header without offsets, in order
            header.col_starts, header.cell_roles, header.cells, header.label_cells = [], {}, 0, {}
        first = views.row if isinstance(views, HeaderCut) and end == views.index else \
            first_row_opening(views, end, header)
        seam, again = page_seams(views, start, end, starts, skip, footers)
        rows, stop = read_rows(views, end + 1, header, skip, header_lines - again if again else header_lines,
                               footers | seam if seam else footers, first, seam)
        if seam and stop <= min(seam):  # the table ended before the page break: the copy heads a table of its own
            rows, stop = read_rows(views, end + 1, header, skip, header_lines, footers, first)
        header.rows_placed = rows_line_up(rows, header)
        if placed and 2 * sum(len(row.values) == len(placed) for row in rows) > len(rows):
            header.roles, header.cell_roles = placed, {}  # the rows hold a value under each year: the years placed
        placed = None
        title = (views.caption if isinstance(views, HeaderCut) and views.caption and start == views.index
                 else table_title(views, start)) if rows else ""
        # (a target table captioned as next year's PK or RKT states none of this year's targets)
        if rows and not (header.kind == "target" and not header.target_years and other_year_plan(title, report_year)):
            budget = "allocation" in header.roles
            scale = table_scale(views, start, end) if budget else None
            levels = heading_levels(views, start, stop, rows) if budget else {}  # (a header may take in the first)
            tables.append(Table(header=header, title=title, rows=rows, scale=scale, levels=levels))
        i = max(stop, end + 1)
        covered.update(range(start, i))
    views = document_views
    if long_lines:
        inside = [table for pieces, title in long_line_tables(views, covered, doc.texts)
                  for table in tables_inside_a_line(pieces, title, report_year)]
        inside += [table for pieces in headerless_long_lines(views, covered, doc.texts)
                   for table in tables_inside_a_line(pieces, "", report_year)]
        if inside:
            tables = sorted(tables + inside, key=lambda table: table.rows[0].value_line)
    return tables


SEAM_TEXT_LINES = 2  # lines of words (a running title, a caption '(lanjutan)') a page break may print besides its number
SEAM_REACH = 12  # lines between a table's rows and its header's copy on the next page
CONTINUED_RE = re.compile(r"\blanjut(?:an)?\b", re.I)
NUMBERED_HEADING_RE = re.compile(r"\d{1,2}[.)]\s+[A-Za-z]")
SEAM_DIGIT_RE = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")  # a digit outside a year ('8. Terwujudnya': a heading)
SAME_HEADER_RATIO = 90  # a header's copy read by OCR again ('lndikator', 'Realisasl'): its words' likeness to the first


# A subsection's heading: its two-level number ('3.2', '2.1.') and a few title words, nothing else on the line
SUBSECTION_HEADING_RE = re.compile(r"\s*\d{1,2}\.\d{1,2}\.?\s+(?P<title>[A-Z][a-z]+(?:\s+[A-Za-z][A-Za-z/-]*){0,5})\s*")


def closes_flattened_table(text: str) -> bool:
    """Whether a line under a table flattened one cell per line is the next subsection's heading ('3.2 Analisis
    Capaian'). Such a table numbers its rows with a lone '1', '2' and gives each cell a line, so a two-level number
    with a short title after a blank line opens the report's next part; a numbered indicator ('2.1 Persentase ...')
    or sasaran ('1.1 Meningkatnya ...') opening a row is none."""
    if "." not in text[:6]:
        return False
    m = SUBSECTION_HEADING_RE.fullmatch(text)
    if m is None:
        return False
    title = m.group("title")
    return not (INDICATOR_START_RE.match(title) or ANY_CASE_INDICATOR_RE.match(title) or SASARAN_VERB_RE.match(title))


def same_text(a: str, b: str) -> bool:
    """Whether two header lines print the same words, up to spacing and a few OCR misreadings."""
    words_a, words_b = a.split(), b.split()
    if words_a == words_b:
        return True
    return len(words_a) == len(words_b) and fuzz.ratio(" ".join(words_a).lower(), " ".join(words_b).lower()) \
        >= SAME_HEADER_RATIO


def seam_before(views: Sequence[LineView], copy: int, skip: Container[int], footers: Container[int]) -> set[int] | None:
    """The lines of a page break right above a header's copy, or None when none stands there.

    Going up from the copy: blank lines, page numbers ('- 23 -', 'Halaman 23', also
    beside a running title, 'Hal. 7   LKj ... 2022'), running headers and footers,
    border lines, and under the page's number at most two short lines of words with
    no digit but a year's (the next page's running title the boilerplate pass did not
    learn, 'Tabel 3.1 (lanjutan)'); above it, only what is known to be a page's edge,
    so that the last row's wrapped words stay its own. A page number, a known running
    line or a change of page proves the break.
    """
    seam: set[int] = set()
    proved = False
    words = 0
    k = copy - 1
    while k >= 0 and copy - k <= SEAM_REACH:
        text = line_of(views, k).text.strip()
        if not text or RULE_LINE_RE.fullmatch(text):
            pass
        elif NUMBERED_HEADING_RE.match(text):
            break  # '8. Terwujudnya ...' over the header: a numbered part's own table, though printed on every part
        elif k in skip or k in footers or is_page_edge(text):
            proved = True
        elif not proved and words < SEAM_TEXT_LINES and len(text) <= 120 and not views[k].delimited and (
                CONTINUED_RE.search(text) or not SEAM_DIGIT_RE.search(text) and not text.endswith((".", ":"))):
            words += 1
        else:
            break
        seam.add(k)
        k -= 1
    if not seam or k < 0:
        return None
    proved = proved or line_of(views, k).page != line_of(views, copy).page
    return seam if proved else None


def page_seams(views: Sequence[LineView], start: int, end: int, starts: list[int], skip: Container[int],
               footers: Container[int]) -> tuple[set[int], frozenset[int]]:
    """Lines to pass over inside a table split by page breaks, and the starts of its header's copies.

    A table that goes on over the next page prints its header again there, word
    for word, after the page's number and running lines. Read as a table of its
    own, the part would lose the row the break cut in two (its first words and
    values above the break, the rest below). The copies, and the lines of each
    break, are passed over so the rows read on as one table.
    """
    seam: set[int] = set()
    again: set[int] = set()
    height = end - start
    own = [line_of(views, start + d).text for d in range(height + 1)]
    for copy in starts:
        if copy <= end or copy in again:
            continue
        if not same_text(line_of(views, copy).text, own[0]):
            if read_header_once(views, copy) is not None:
                break  # another table's header: this table ended above it
            continue
        found = read_header_once(views, copy)
        if found is None or found[1] - copy != height or not all(
                same_text(line_of(views, copy + d).text, own[d]) for d in range(1, height + 1)):
            break
        lines = seam_before(views, copy, skip, footers)
        if lines is None:
            break  # the same header with no page break above it: a table of its own
        seam |= lines | set(range(copy, found[1] + 1))
        again.add(copy)
    return seam, frozenset(again)


PLACED_ROWS = 2  # full rows that must line up with a space-aligned header before its offsets place a row's blank cells


def rows_line_up(rows: list[RowDraft], header: Header) -> bool:
    """Whether every full row's values stand under the header's value columns, and enough rows are full.

    Text reflowed from a scan can shift the values off the header's words
    ('100%' left of 'Target', '25%' under it): there a row that leaves a cell
    blank cannot say which by offset.
    """
    if not header.col_starts or not header.cell_roles:
        return False
    width = len(header.roles)
    full = 0
    for row in rows:
        if len(row.values) != width:
            continue
        first = next((v for v in row.views if v.line.number == row.value_line), None)
        if first is None or not first.spaced:
            return False
        if {cell.index for cell in first.cells if cell.values} != header.cell_roles.keys():
            return False
        full += 1
    return full >= PLACED_ROWS


def first_row_opening(views: Sequence[LineView], end: int, header: Header) -> LineView | None:
    """The first row's number and name opening that ran onto the header's last line (views[end]), as a line of
    its own that keeps that line's number and page, or None (also when the table took lines below it for its
    header since: the opening would stand above them)."""
    if not header.first_row_opening:
        return None
    line = line_of(views, end)
    if line.number != header.last_line:
        return None
    return analyse_line(Line(line.number, line.page, header.first_row_opening))


HEADERLESS_MIN_ROWS = 3  # rows a headerless long line must run together, each proved by its capaian
CAPAIAN_TOLERANCE = 0.6  # percent points between a printed capaian and realisasi / target x 100 (its rounding)
# the header a page of rows without one is read under: a performance table's usual columns
MEASURE_HEADER = "No Indikator Kinerja Target Realisasi Capaian"


def headerless_long_lines(views: Sequence[LineView], covered: set[int], texts: Sequence[str]) -> list[list[LineView]]:
    """Per long line that runs a performance table's rows together without a header: a header line and the rows.

    A text export prints each page on one line, and a table's continuation page carries no header ('30 2
    Meningkatnya ... 1 Persentase ... 80,00 80,83 101,04 2 Persentase ... 100,00 26,35 26,35 ...'). The rows
    stand all the same when the line cuts into rows (`rows_in_line`) of three trailing values and in most of
    them, three at least, the third is the second over the first x 100 (a target, its realisasi, its capaian);
    they are read under `MEASURE_HEADER`, all keeping the long line's number and page.
    """
    found = []
    for k in compress(count(), map(LONG_CELL.__lt__, map(len, texts))):
        text = texts[k]
        if k in covered or names_header_words(text):
            continue  # (a header inside the line: `long_line_tables`)
        if len(NEXT_ROW_RE.findall(text)) < HEADERLESS_MIN_ROWS - 1 or HUGE_NUMBER_RE.search(text):
            continue  # (cheap: no rows to cut it into; a digit run no value has, which no reading holds)
        view = views[k]
        if not view.values or view.delimited or len(view.cells) != 1:
            continue
        pieces = rows_in_line(view)
        if len(pieces) < HEADERLESS_MIN_ROWS:
            continue
        line = view.line
        rows = [analyse_line(Line(line.number, line.page, piece)) for piece in pieces]
        proved = sum(proves_capaian(row.values) for row in rows)
        if proved >= HEADERLESS_MIN_ROWS and 2 * proved >= len(rows):
            found.append([analyse_line(Line(line.number, line.page, MEASURE_HEADER)), *rows])
    return found


def proves_capaian(values: Sequence[Token]) -> bool:
    """Whether three values are a target, its realisasi and the capaian they give (realisasi / target x 100)."""
    return len(values) == 3 and states_capaian(*(t.reading for t in values), CAPAIAN_TOLERANCE)


def tables_inside_a_line(pieces: list[LineView], title: str, report_year: int | None) -> list[Table]:
    """The table a long line holds, read from its header and rows cut out as lines of their own."""
    tables = find_tables(pieces, None, report_year, long_lines=False)
    for table in tables:
        table.title = title or table.title
    # (a target table captioned as next year's PK or RKT states none of this year's targets)
    return [t for t in tables if not (t.header.kind == "target" and not t.header.target_years
                                      and other_year_plan(t.title, report_year))]


def second_value_line(row: RowDraft, view: LineView, values: list[Token], header: Header, width: int) -> bool:
    """Whether a value line right under a full row's value line is that row's second value line, not a row.

    A scan reads a cell holding two value lines ('100%  25%' over '100%  23%')
    line by line beside the name's wrapped pieces, so the second line carries a
    piece of the name too ('melalui PPID sesuai | 100% | 23%'). A row of its
    own would open a name ('Persentase ...', 'Meningkatnya ...'); a piece that
    goes on with a name opens none, and a row number on it (a number set
    beside the middle of its cell) is the row's own only when the row above
    printed none. The row keeps its first line's values, as a reader does.
    """
    if header.kind not in ("target", "realisation") or header.flattened or not view.text or not row.text:
        return False
    if row.values_only_tail or len(row.values) < width or len(values) != len(row.values) \
            or any(is_amount(t) for t in values) or [t.kind for t in values] != [t.kind for t in row.values]:
        return False
    if NUMBERED_LINE_RE.match(view.line.text) is not None \
            and any(NUMBERED_LINE_RE.match(v.line.text) for v in row.views):
        return False  # both lines numbered: two rows
    text = strip_row_number(view.text)
    if (opens_indicator(view) or ANY_CASE_INDICATOR_RE.match(text) or SASARAN_VERB_RE.match(text)
            or any(ANY_CASE_INDICATOR_RE.match(strip_row_number(cell.text)) for cell in view.cells if cell.text)
            or heads_group(view) or LETTER_ITEM_RE.match(view.line.text) or LETTER_ITEM_RE.match(text)
            or INNER_NUMBERED_NAME_RE.search(text)):
        return False  # (a sasaran's wrap beside the next name numbered in its cell, '... Pemilu | 2. Tingkat ...')
    if opens_name_beside_sasaran_wrap(view, header):
        return False
    if proven_counts(values) and proven_counts(list(row.values)):
        return False  # '... 4 kali 2 kali 50' over 'pembayaran jasa ... 1 tahun 1 tahun 100': two counted rows
    return starts_lower(text) or NUMBERED_LINE_RE.match(view.line.text) is not None


def proven_counts(values: list[Token]) -> bool:
    """Whether values are a target and realisasi counted in one noun and the capaian they prove ('4 kali 2 kali 50').

    A cell's second value line repeats the cell's measure; a line whose counts carry their own noun
    and their own proven capaian states a whole row, though its name opens in lower case.
    """
    return len(values) == 3 and values[0].kind == values[1].kind == "count" \
        and values[0].reading.unit is not None and values[0].reading.unit == values[1].reading.unit \
        and capaian_proves(values[0], values[1], values[2])


def values_go_on_below(row: RowDraft, view: LineView, values: list[Token], header: Header, width: int) -> bool:
    """Whether a value line fills the value columns the row above left empty, after the ones it filled.

    A row cut by a page break (`page_seams`) prints its first values beside the name's
    first words and the rest on the next page beside the name's rest ('4  Persentase
    rekomendasi hasil  100%' over '   pemeriksaan yang ditindaklanjuti   85%
    85,00'). Under a space-aligned header the two lines fill the row's cells
    once each, in column order; a row of its own would open with its number or
    a capital, and fill the first value column too.
    """
    if header.kind not in ("target", "realisation") or not header.cell_roles or not view.spaced:
        return False
    if not row.values or len(row.values) + len(values) > width:
        return False
    first = next((v for v in row.views if v.line.number == row.value_line), None)
    if first is None or not first.spaced:
        return False
    above = {cell.index for cell in first.cells if cell.values}
    here = {cell.index for cell in view.cells if cell.values}
    if not above or not here or max(above) >= min(here) or not above | here <= header.cell_roles.keys():
        return False
    text = view.text
    return (not text or starts_lower(text)) and NUMBERED_LINE_RE.match(view.line.text) is None


def carry_values_on(row: RowDraft, view: LineView, values: list[Token], header: Header) -> None:
    """Give the row the values of its second value line, in their cells, and the name's rest beside them."""
    at = next(k for k, v in enumerate(row.views) if v.line.number == row.value_line)
    first = row.views[at]
    row.views[at] = replace(first, cells=first.cells + tuple(cell for cell in view.cells if cell.values))
    row.values.extend(values)
    rest = tuple(cell for cell in view.cells if not cell.values)
    if rest:
        append_text(row, replace(view, cells=rest), header)


def opens_name_beside_sasaran_wrap(view: LineView, header: Header) -> bool:
    """Whether a space-aligned line's Indikator cell opens a name ('Bed Occupancy Rate') beside the lower-case
    wrap of the Sasaran cell ('pelayanan kesehatan'): one Sasaran over several unnumbered indicator rows.

    The lower case is the Sasaran's, in its own column; the indicator starts anew, so it is a row of its own.
    """
    if not header.col_starts:
        return False
    columns = {word: k for k, word in header.label_cells.items()}
    sasaran, indikator = columns.get("sasaran"), columns.get("indikator")
    if sasaran is None or indikator is None or sasaran >= indikator:
        return False
    cells = {cell.index: cell.text for cell in view.cells if cell.text}
    left, name = cells.get(sasaran, ""), cells.get(indikator, "")
    return bool(left) and starts_lower(left) and name[:1].isupper()


# an indicator numbered inside its cell after other words on the line ('kualitas Pemilu 2. Tingkat partisipasi'):
# a row's own name opens there, whatever stands left of it
INNER_NUMBERED_NAME_RE = re.compile(r"\s\d{1,2}[.)]\s*" + INDICATOR_START_RE.pattern)


def opens_year_row(header: Header, row: RowDraft, values: list[Token]) -> bool:
    """A year alone on its line opens the next row of a flattened table whose first column is the year."""
    return (header.flattened and header.roles[:1] == ["year"] and len(values) == 1 and is_year(values[0])
            and any(is_year(t) for t in row.values))


def read_rows(views: Sequence[LineView], start: int, header: Header,
              skip: Container[int] = frozenset(), header_lines: Container[int] | None = None,
              footers: Container[int] = frozenset(), first: LineView | None = None,
              seam: Container[int] = frozenset()) -> tuple[list[RowDraft], int]:
    """Rows of a table from views[start] on, and the index where the table ended.

    `header_lines`: the lines whose words make a header line (`text_header_score`), if known already.
    `first`: the first row's opening, cut from the end of the header's last line (`Header.first_row_opening`).
    `seam`: the lines of the page breaks inside the table, passed over with the header's copies (`page_seams`).
    """
    rows: list[RowDraft] = []
    pending: list[LineView] = [] if first is None else [first]
    dangling: Token | None = None  # an amount wrapped to the end of the line above its row
    dangling_at = 0
    closed = False
    last_row_at = start
    remark_at = -2  # the row's value line, then each line carrying its remark on ('Sisa anggaran' / 'merupakan ...')
    opening: LineView | None = first  # the next row's opening, cut from the end of a value line (`next_row_opening`)
    blanks = 0
    i = start
    width = max(len(header.roles), len(header.target_years))  # a plan table: one target column per year
    next_number: int | None = None  # the row number a flattened table prints next
    group: int | None = None  # the number the last row's group opened with ('2 Terwujudnya ...'), if numbered
    satuan_column = "satuan" in header.label_cells.values()  # a '%' alone is then its row's Satuan cell
    budget = header.kind == "budget"
    target_cells = frozenset(k for k, role in header.cell_roles.items() if role == "target")
    noted_cells = frozenset(k for k, role in header.cell_roles.items() if role in ("realisation", "achievement"))
    n = len(views)
    # `opened_since` per line number: within this call each line has one view (its text, aligned to this
    # header's columns), so the answer for a line left pending does not change while it waits
    opens_known: dict[int, bool] = {}
    # a markdown table ('| No | ... |' over '|---|---|'): every row is a '|' line; the number of a line
    # without one (a page footer 'Laporan Kinerja ... 2023 12' between the parts of a split table) is no value
    markdown = 0 < start < n and views[start - 1].line.text.lstrip().startswith("|") \
        and MARKDOWN_RULE_RE.match(views[start].line.text) is not None
    # a text layer's tab table ('No<TAB>Indikator<TAB>Target'): every cell boundary is a tab, so a row's wrapped
    # name keeps its tabs and a sentence after a blank line is the text under the table
    tabbed = 0 < start <= n and "\t" in views[start - 1].line.text
    aside = False  # inside a paragraph without tabs between a tab table's rows (`opens_sentence_beside_tab_table`)
    lines = getattr(views, "lines", None)  # `line_of` without a call per line: a line's text, not analysed
    # a line whose amounts went up to the cells above (`amounts_wrapped_below`), or None: all its values did
    # (`values_set_below`)
    carried: dict[int, LineView | None] = {}
    if first is not None and (first_values := usable_values(first, header)):
        # the whole first row ran onto the header's line (`HeaderCut`): its values too, so it is a row already
        row = new_row(first, first_values, [], header)
        row.values_only_tail = False
        rows.append(row)
        opening = next_row_opening(first, first_values) if header.kind in ("target", "realisation") else None
        pending = [] if opening is None else [opening]
        closed = opening is not None
        last_row_at = remark_at = start - 1
    while i < n:
        blank = not (views[i].line if lines is None else lines[i]).text.strip()
        # known from the text: not analysed (a title footer's page number may stand in a value column)
        if blank or i in footers or (i in skip and not in_columns(views[i], header)):
            if seam and i in seam and pending and rows and not closed:
                pending = tail_above_page_break(rows[-1], pending, header, views[i])
            blanks += blank
            i += 1
            continue
        view = views[i]
        if i in carried:
            view = carried.pop(i)
            if view is None:  # its values went up to the row above (`values_set_below`): nothing of its own
                i += 1
                continue
        elif budget and view.spaced and i + 1 < n and (split := amounts_wrapped_below(view, views[i + 1])) is not None:
            view, carried[i + 1] = split
        elif view.delimited and not view.spaced and i + 1 < n and len(view.cells) >= 4 \
                and not all(cell.raw.strip() for cell in view.cells[2:]) \
                and (lowered := values_set_below(view, views[i + 1])) is not None:
            view, carried[i + 1] = lowered, None
        if header.col_starts and view.spaced:
            view = align_to_columns(view, header.col_starts)
        if view.spaced:
            view = cut_words_kept_as_text(view)
        if target_cells and view.delimited:
            view = with_bound_targets(view, target_cells, noted_cells)
        elif header.flattened and not view.delimited and len(view.cells) == 1 and not view.cells[0].values \
                and view.cells[0].text[:1] in BOUND_SIGNS and BOUND_CELL_RE.fullmatch(view.cells[0].text):
            view = with_bound_targets(view, ONE_CELL)  # flattened one cell per line: '≥ 90%' alone is the target
        if header.flattened and len(view.cells) == 1 and ":" in view.line.text and view.cells[0].values \
                and LABELLED_CELL_RE.match(view.line.text):
            view = label_dropped(view)  # 'Target: 100%' one cell per line: the value, its column's word no name
        if ((i in header_lines if header_lines is not None else text_header_score(view.line.text, True)[0])
                and not names_an_indicator(view, header) and not wraps_in_lower_case(view, rows)
                and read_header_once(views, i) is not None):
            break
        if is_column_numbering(view) or RULE_LINE_RE.fullmatch(view.line.text) and not flat_dash_cell(view, header):
            i += 1
            blanks = 0
            continue
        if len(view.line.text) <= 8 and (RUPIAH_CELL_RE.match(view.line.text)
                                         or view.line.text.strip() == "%" and not satuan_column):
            i += 1  # 'Rp' or '%' alone: the sign of a flattened row's amount or rate, no name text and no row break
            continue
        if header.flattened and states_values_in_prose(view):
            if pending and pending[-1].line.number == view.line.number - 1:
                closed = True  # the paragraph's first line stood just above: the sentence's, none of the row's
            break
        if tabbed and rows and blanks and ends_tab_table(view.line.text):
            break
        if tabbed and rows and not pending and "\t" not in view.line.text \
                and (aside or opens_sentence_beside_tab_table(view.line.text)):
            aside = True  # the other column's paragraph, read between two rows: none of the row above's name
            i += 1
            blanks = 0
            continue
        aside = False
        if rows and blanks and not view.delimited and header.kind in ("target", "realisation") \
                and VALUE_IN_SENTENCE_RE.search(view.line.text):
            break  # 'Partisipasi pemilih ... mencapai 83,65% dari' after a blank line: the paragraph under the table
        if rows and blanks and header.flattened and header.kind in ("target", "realisation") \
                and closes_flattened_table(view.line.text):
            break  # '3.2 Analisis Capaian' after a blank line: the report's next subsection, not a row's number
        if (closing := CLOSING_RE.match(view.line.text)) is not None and continues_caption(views, start, i):
            i += 1  # 'Tabel 3.2 (lanjutan)' over the rest of the rows after a page break: the same table goes on
            continue
        if (closing is not None or introduces_what_follows(view.line.text)
                or ((not view.delimited or view.spaced) and is_prose(view)) or runs_across_columns(view, header)
                or gives_amount_in_prose(view)
                or (budget and not view.delimited and view.values and states_budget_in_prose(view))
                or (budget and not view.delimited and joins_amounts_in_prose(view))):
            break
        if (HEADING_RE.match(view.line.text) or budget and is_level_label(view.line.text)) \
                and (not view.delimited or not usable_values(view, header)):
            if rows and not closed:
                take_wrapped_tail(rows[-1], pending, header)
            # a 'Sasaran 4 | ... | Persentase ...' line heads a group and opens its first row's name, and so does
            # 'Sasaran 1 : Meningkatnya ... Persentase ...' flattened into one paragraph (`heading_opens_name`)
            pending = [view] if view.delimited and opens_indicator(view) or heading_opens_name(view) else []
            closed = True  # text after a heading belongs to the heading, not to the row above
            i += 1
            blanks = 0
            continue
        values = usable_values(view, header)
        if values and header.flattened and view.text and in_flat_formula_cell(pending, header):
            values = []  # a formula cell's 'x 100%', one line of a row flattened one cell per line: no value
        if not values and states_a_band(view):
            # a rating scale's line under the table ('91% ≤ 100% | Sangat Baik'): its words name no row's indicator
            closed = True
            pending = []
            i += 1
            blanks = 0
            continue
        if values and budget and rows and not header.flattened and short_after_grand_total(rows[-1], values, width) \
                and (not view.delimited or labels_a_measure(view)):  # (the cheap count before the label's words)
            break  # 'Rp 2.350.000.000 digunakan untuk ...' under the table's 'Jumlah' row: the text below it
        if markdown and values and not view.line.text.lstrip().startswith("|") \
                and not any(is_amount(t) for t in values):
            i += 1  # a page footer's number is no row (a budget line after the table still is)
            continue
        if len(values) == 1 and rows and not view.delimited \
                and (inside_wrapped_names(rows[-1], views, i, last_row_at, len(header.roles))
                     or count_wrapped_from_its_word(view, values[0], views, i)):
            view, values = as_text_line(view), []  # '10.000 penduduk' under a bare value line: its name's end
        if values and "." in view.line.text and amount_pieces(values, views, i):
            view, values = as_text_line(view), []  # 'Sakit 55.00 2,00' under '090.4 .984.34': a split amount's pieces
        if values and opens_row_above_its_values(view, values, views, i):
            values = []  # its number is no value: the row's values stand on the next line
        elif len(values) == 1 and header.kind in ("target", "realisation") \
                and coded_above_its_values(view, values[0], views, i, min(2, width)):
            view, values = as_text_line(view), []  # '1.02 Nilai ...': the row's code and name, its values below
        if values and is_flattened_row_number(view, values, next_number, views, i, header.flattened,
                                                  not pending and (not rows or len(rows[-1].values) >= width)):
            if header.flattened and next_number is not None:
                pending = []  # text since the row above that no value took: the last row's leftovers, not this row's
            if header.flattened:
                closed = True  # the next row opens here: what follows is none of the row above's
            next_number = int(values[0].reading.value) + 1  # type: ignore[arg-type]  # a number: checked above
            i += 1
            blanks = 0
            continue
        if values:
            if dangling is not None and i - dangling_at <= 2:
                values = with_wrapped_amount(values, dangling)
            elif dangling is not None:
                rows.append(new_row(views[dangling_at], [dangling], [], header))
            dangling = None
            if wraps_to_next_line(view, values, header, views, i):
                dangling, dangling_at = values[0], i
                pending.append(view)
                i += 1
                blanks = 0
                continue
            if budget and not header.flattened and (joined := budget_rows_run_together(view, values, header, width)):
                if rows and not closed and pending:
                    pending = tail_before_next_row(rows[-1], pending, view, header, views[i + 1] if i + 1 < n else None)
                for slot, (piece, piece_values) in enumerate(joined):  # each row its own, on this line
                    row = new_row(piece, piece_values, pending if slot == 0 else [], header)
                    row.slot = slot
                    rows.append(row)
                pending, closed, opening = [], False, None
                last_row_at = remark_at = i
                i += 1
                blanks = 0
                continue
            row = rows[-1] if rows else None
            if row is not None and opens_with_output_code(view, values, row, header, width):
                pending = [view]  # '994' alone under a full row: the next row's output code, its name below
                closed = True
                row.values_only_tail = False
                i += 1
                blanks = 0
                continue
            if row is not None and budget and not header.flattened and i == last_row_at + 1 and not view.text \
                    and rate_wrapped_below(row, values, header, width):
                row.values.extend(values)  # 'Jumlah 2.000.000.000 1.900.000.000' over '95,00': the row's own %
                row.views.append(view)
                i += 1
                blanks = 0
                continue
            if row is not None and not pending and values_go_on_below(row, view, values, header, width):
                carry_values_on(row, view, values, header)  # the row's last cells, under its first line's
                last_row_at = remark_at = i
                i += 1
                blanks = 0
                continue
            if row is not None and i == last_row_at + 1 and second_value_line(row, view, values, header, width):
                append_text(row, in_its_column(view, header), header)  # its name piece; the row keeps its values
                i += 1
                blanks = 0
                continue
            if (row is not None and not view.text and row.values_only_tail
                    and len(row.values) + len(values) <= width + runs_on(header, i - last_row_at)
                    and i - last_row_at <= 6 and not opens_year_row(header, row, values)):
                row.values.extend(values)
                row.views.append(view)
            else:
                if rows and not closed and header.kind in ("target", "realisation"):
                    pending = give_previous_its_tail(rows[-1], pending, view, header, group)
                elif rows and not closed and budget and pending:
                    pending = centred_name_split(rows[-1], pending, view, header)
                    pending = tail_before_next_row(rows[-1], pending, view, header, views[i + 1] if i + 1 < n else None)
                numbered = budget and bool(pending) and not view.delimited \
                    and len(view.text.split()) <= TAIL_WORDS + 1 and rows_numbered(rows, views, i)  # (few words: cheap first)
                row = new_row(view, values, pending, header, opened=bool(pending) and pending[0] is opening,
                              numbered=numbered, below=views[i + 1] if i + 1 < n else None)
                rows.append(row)
                if header.kind in ("target", "realisation"):  # (read only by give_previous_its_tail)
                    group = opening_group_number(pending, view) or group
            # 'TA 2022' opening a flattened per-year row: its words only say 'year', the amounts below are its own
            row.values_only_tail = not view.text or (header.flattened and header.roles[:1] == ["year"]
                                                     and is_year_label(view.text, values))
            # '... 55% n/a n/a 2 Persentase penurunan nilai': the next row's number and name after this row's values
            opening = next_row_opening(view, values, unnumbered=not header.text_after) \
                if not view.delimited and header.kind in ("target", "realisation") else None
            pending = [] if opening is None else [opening]
            closed = opening is not None  # what follows is the next row's, none of this row's wrapped name
            last_row_at = i
            remark_at = i
        elif view.text:
            if rows and not closed and blanks == 1 and header.kind in ("target", "realisation") \
                    and len(rows[-1].values) >= width and text_under_double_spaced_row(views, i, rows[-1], last_row_at):
                break  # 'Keberhasilan pembangunan yang ...' a blank line under a complete row: the text after the table
            view = as_name_line(view, header)  # ('... kurang dari 24 jam': the name's words, its time limit too)
            if markdown and not view.line.text.lstrip().startswith("|"):
                # text outside the '|' rows ('Demikian capaian ...' under the table): a markdown cell never wraps
                # out of its row, so the rows above take none of it (a budget line below may: 'Program X' / 'Rp Y')
                closed = True
            if i + 1 < n and MARKDOWN_RULE_RE.match(line_of(views, i + 1).text) and heads_columns(view.line.text):
                break  # '| No | Rentang Capaian | Kategori |' over '|---|': the header of the next table
            if blanks and view.delimited and len(view.cells) > 1 and opens_with_no_column(view.line.text):
                break  # after a blank line, 'No.   Rentang Nilai   Kategori': the header of another table
            below = flattened_budget_block_header(views, i, header)  # 'Program' over 'Anggaran': both lines skipped
            if below is not None or heads_budget_block(view, header):
                if rows and not closed:
                    take_wrapped_tail(rows[-1], pending, header)
                pending = []
                closed = True  # the rows below are the agreement's programs and their pagu, none of them its name
                i = (below if below is not None else i) + 1
                blanks = 0
                continue
            if rows and not closed and header.kind in ("target", "realisation") and states_summary(view.line.text):
                take_wrapped_tail(rows[-1], pending, header)
                pending = []
                closed = True  # 'RATA-RATA 96,30 KRITERIA : Baik' under the last row: the table's summary, no name
                i += 1
                blanks = 0
                continue
            if rows and not closed and opens_budget_code(view, header):
                take_wrapped_tail(rows[-1], pending, header)
                pending = [view]  # '076.01.CQ Penyelenggaraan ...' under the last row: a budget block's, or the next row's
                closed = True
                i += 1
                blanks = 0
                continue
            row = rows[-1] if rows else None
            if (row is not None and not closed and header.text_cell_after and row.values_only_tail
                    and i == last_row_at + 1):
                row.views.append(view)  # the row's trailing text cell ('APBN' under 'KET'): not the next row's name
                closed = True
            elif row is not None and not closed and i == last_row_at + 1 and flat_verdict_cell(row, view, header):
                row.views.append(view)  # 'Tercapai' under the row's realisasi: its Capaian cell, no name's text
                closed = True
            elif row is not None and not closed and budget and i == remark_at + 1 and remark_wraps_below(row, view):
                remark_at = i  # 'Sisa anggaran' after the values over 'merupakan efisiensi': the Keterangan's, no name
            elif row is not None and not closed and carries_remark_on(row, view):
                # 'Hidup Death Rate (NOR). Faktor yang': the remark after the row's values goes on; the lines left
                # waiting since the value line end the row's name, as under a table's last row
                take_wrapped_tail(row, pending, header)
                pending = []
                closed = True
            elif row is not None and not closed \
                    and not opened_since(pending, header.flattened, opens_known, header.sasaran_indikator) \
                    and not carries_on_pending(pending, views, i) and continues(row, view, blanks, header) \
                    and not any(next_dashed_item(row, v) for v in pending) \
                    and not (budget and (opens_budget_row(view) or TOTAL_LABEL_LINE_RE.match(view.text))) \
                    and not (budget and opens_next_rows_name(views, i)) \
                    and not (budget and opens_bare_row_below(row, views, i)):
                append_text(row, in_its_column(view, header), header)
            elif not HEADING_RE.match(view.line.text):
                pending.append(view)
            else:
                pending = []
            if row is not None:
                row.values_only_tail = False  # text came between: later values start a new row
        elif rows and not closed and opens_budget_code(view, header):
            # '076.01.CQ' alone on its line (its name on the lines below, as a narrow column wraps it): the
            # agreement's budget block begins, and the lines waiting since the last row end that row's name
            take_wrapped_tail(rows[-1], pending, header)
            pending = [view]
            closed = True
        elif rows and not closed and i == last_row_at + 1 and not pending and name_year_alone(view, header):
            append_text(rows[-1], as_text_line(view), header)  # '2024' under '... pada Pemilu  77,5%': the name's year
            rows[-1].values_only_tail = False
        elif header.flattened and rows and rows[-1].values_only_tail \
                and (rate := rate_read_as_code(view, rows[-1], header)) is not None:
            rows[-1].values.append(rate)  # '7996' under the row's realisasi: its '79%', not the next row's code
            rows[-1].views.append(view)
        elif header.flattened and view.codes:
            # a budget code alone on its line ('3364.002') opens the next row of a flattened budget table:
            # the text under it is that row's name, though OCR lost its capital ('osialisasi Pilkada ...')
            pending = [view]
            if rows:
                closed = True
                rows[-1].values_only_tail = False
        if i - last_row_at > MAX_GAP_LINES:
            break
        blanks = 0
        i += 1
    if dangling is not None:  # the row it was to join never came: keep the amount as its own row
        rows.append(new_row(views[dangling_at], [dangling], [], header))
    elif rows and not closed and not (header.flattened and pending and rows[-1].views
                                      and pending[0].line.number > max(v.line.number for v in rows[-1].views) + 1):
        # (in a table printed one cell per line a row's name stands above its values: text after a blank line
        # under the last row is the paragraph below the table, 'Perjanjian kinerja tersebut ... Bab III.')
        take_wrapped_tail(rows[-1], pending, header, below=views[i] if i < n else None)
    if header.kind in ("target", "realisation"):
        rows = [part for row in rows for part in rows_run_together(row, header)]
        for row in rows:
            drop_split_verdict(row, len(header.roles))
    return rows, i


def drop_split_verdict(row: RowDraft, width: int) -> None:
    """Cut a verdict split over the name lines around a bare value line from the row's name.

    'Rasio Jumlah Linmas per 1.000 Cukup' over '3. 5,85 5,07 87,35' over
    'penduduk Berhasil': the Kesimpulan cell 'Cukup Berhasil' wrapped like the
    name, its first word at the end of the line above the values and its last
    at the end of the line below, while the value line holds none. Only a
    verdict whose two halves stand so is cut (a name may end on 'Baik').
    """
    if named_around_values(row, width) is None:
        return
    k = next(k for k, v in enumerate(row.views) if v.line.number == row.value_line)
    if k + 1 >= len(row.text_parts):
        return
    value_words = row.views[k].line.text.split()
    if value_words and value_words[-1].lower() in VERDICT_LAST_WORDS:
        return  # the value line has its verdict: the words around it are the name's
    above, below = row.text_parts[k - 1].split(), row.text_parts[-1].split()
    if len(above) < 2 or len(below) < 2 or below[-1].lower() not in VERDICT_LAST_WORDS:
        return
    if not is_verdict(f"{above[-1]} {below[-1]}"):
        return
    row.text_parts[k - 1] = " ".join(above[:-1])
    row.text_parts[-1] = " ".join(below[:-1])


def rows_run_together(row: RowDraft, header: Header) -> list[RowDraft]:
    """A row whose value line holds whole rows before its own, split into those rows.

    A website's text export runs a table's lines together: 'tepat waktu 85% 3
    Jumlah laporan hasil pengawasan 12 Laporan' is the end of row 2 (its
    name, then 85%) and all of row 3. Each run of values followed by the next
    row's number and name closes a row; the line's last values stay the last
    row's, with the lines the row gathered below them.
    """
    at = next((k for k, v in enumerate(row.views) if v.line.number == row.value_line), None)
    if at is None or len(row.views) != len(row.text_parts):
        return [row]
    view = row.views[at]
    if (pieces := long_line_rows(row, at, header)) is not None:
        return [part for piece in pieces for part in rows_run_together(piece, header)]
    if view.delimited or len(view.cells) != 1 or not view.cells[0].inner:
        return [row]
    # values inside the line's text, none ending it: rows closed by their verdicts ('... 90% 90% 100% Tercapai
    # Target Peningkatan ...', the next sasaran's name opening after the last row's)
    inside = not view.cells[0].values
    line = view.line
    parts: list[tuple[LineView, list[Token]]] = []
    rest = view
    while True:
        run = first_run(rest, len(header.roles))
        opening = next_row_opening(rest, run, after_verdict=True) if run else None
        if opening is None:
            break
        head = analyse_line(Line(line.number, line.page, fold_text(rest.cells[0].raw)[:run[-1].end]))
        parts.append((head, usable_values(head, header) or run))
        rest = opening
    if not parts:
        return [row]
    first_view, first_values = parts[0]
    split = [RowDraft(views=row.views[:at] + [first_view], values=first_values,
                      text_parts=row.text_parts[:at] + [strip_row_number(text_before_run(first_view, first_values))],
                      value_line=row.value_line, value_page=row.value_page)]
    for part, values in parts[1:]:
        split.append(RowDraft(views=[part], values=values, text_parts=[strip_row_number(text_before_run(part, values))],
                              value_line=row.value_line, value_page=row.value_page))
    if inside:
        last = last_row_closed_by_verdict(rest, header, line)
        if last is None:
            return [row]
        head, values = last
        split.append(RowDraft(views=[head], values=values, text_parts=[strip_row_number(text_before_run(head, values))],
                              value_line=row.value_line, value_page=row.value_page))
        return split
    split.append(RowDraft(views=[rest] + row.views[at + 1:], values=row.values,
                          text_parts=[strip_row_number(rest.text)] + row.text_parts[at + 1:],
                          value_line=row.value_line, value_page=row.value_page, codes=row.codes))
    return split


def long_line_rows(row: RowDraft, at: int, header: Header) -> list[RowDraft] | None:
    """A row whose value line (at `at`) is too long for its values to be read whole, cut into the rows it runs
    together, or None.

    A text export may print a whole table on one line ('1 Persentase ... 80,00 80,83 101,04 2 Persentase ...
    100,00 26,35 26,35 3 ...'). Past `LONG_CELL` characters a line is read as prose, its values only at its
    end, and the rows before the last are lost or glued into its name. The line is cut where a row number
    opens the next row after a value (`rows_in_line`), each piece read as a line of its own; every piece
    must end in values, or the line is left as it is.
    """
    view = row.views[at]
    if len(view.line.text) <= LONG_CELL:
        return None
    pieces = rows_in_line(view)
    if len(pieces) < 2:
        return None
    line = view.line
    views = [analyse_line(Line(line.number, line.page, piece)) for piece in pieces]
    values = [usable_values(v, header) for v in views]
    if not all(values):
        return None
    rows = [RowDraft(views=[v], values=vals, text_parts=[strip_row_number(v.text)], value_line=row.value_line,
                     value_page=row.value_page) for v, vals in zip(views, values)]
    first, last = rows[0], rows[-1]
    first.views, first.text_parts = row.views[:at] + first.views, row.text_parts[:at] + first.text_parts
    last.views, last.text_parts = last.views + row.views[at + 1:], last.text_parts + row.text_parts[at + 1:]
    last.codes = row.codes
    return rows


def last_row_closed_by_verdict(rest: LineView, header: Header, line: Line) -> tuple[LineView, list[Token]] | None:
    """The last row of a line that runs rows together when its values are followed by its verdict, with the
    values; None when no verdict closes them (the words after them may be the row's own)."""
    run = first_run(rest, len(header.roles))
    if not run or len(rest.cells) != 1:
        return None
    raw = fold_text(rest.cells[0].raw)
    if VERDICT_AFTER_VALUES_RE.match(raw, run[-1].end) is None and not is_verdict(raw[run[-1].end:].strip()):
        return None
    head = analyse_line(Line(line.number, line.page, raw[:run[-1].end]))
    return head, usable_values(head, header) or run


CAPTION_NUMBER_RE = re.compile(r"^\W*(?:tabel|table)\W{0,3}(\d+(?:\.\d+)*)", re.I)


def continues_caption(views: Sequence[LineView], start: int, i: int) -> bool:
    """Whether line i repeats the caption of the table whose rows begin at `start`, as its continuation.

    'Tabel 3.2 (lanjutan)' after a page break, with the header not repeated:
    the rows below are the same table's. Only the number of the caption just
    above the table's header counts ('Tabel 3.3 (lanjutan)' under Tabel 3.2
    is another table's rest, whose columns may differ).
    """
    text = line_of(views, i).text
    here = CAPTION_NUMBER_RE.match(text)
    if here is None or not CONTINUED_RE.search(text):
        return False
    for k in range(start - 1, max(-1, start - 12), -1):
        above = CAPTION_NUMBER_RE.match(line_of(views, k).text)
        if above is not None:
            return above.group(1) == here.group(1)
    return False


def carries_on_pending(pending: list[LineView], views: Sequence[LineView], i: int) -> bool:
    """Whether a lower-case line goes on the sentence left pending right above it, not on the row above both.

    'Apabila dilihat dari capaian tahun ini, maka' under a row's values waits
    (it opens with a capital, so it does not go on the row's name); 'hasilnya
    relatif tetap dibanding tahun lalu.' under it is that sentence's rest, as
    the run from the waiting line to the full stop is a paragraph's
    (`paragraph_start`). Put on the row, it would skip the line between and
    leave the paragraph's second half in the name; it waits with its first
    line instead, and `wrapped_tail` leaves both out; so does a note's second line under its first
    ('Rumus indikator ...' over 'dibagi jumlah ... x 100%'). (Any other lower-case
    line goes on as before: in a scan, lines of other columns wait between a
    name's pieces.)
    """
    view = views[i]
    if not pending or pending[-1].line.number != view.line.number - 1 or not starts_lower(view.text):
        return False
    back = 1  # the waiting lines right above, one after another (a paragraph's third line waits with its first two)
    while back < min(len(pending), PARAGRAPH_REACH) \
            and pending[-back - 1].line.number == pending[-back].line.number - 1:
        back += 1
    run = pending[-back:] + [views[k] for k in range(i, min(i + PARAGRAPH_REACH, len(views)))]
    if paragraph_start(run) < back or FOOTNOTE_RE.match(run[0].line.text):
        return True  # (a note's lines: 'Keterangan: ...' or 'Rumus ...' over 'dibagi jumlah ... x 100%')
    # a short sentence, 'Demikian capaian kinerja' over 'tahun ini.', a blank line above it: text under the table
    opening = i - back - 1
    return opening >= 0 and not line_of(views, opening).text.strip() and closes_a_sentence(first_sentence(run))


def first_sentence(lines: list[LineView]) -> list[LineView]:
    """The lines up to the first that ends in a full stop, one after another (all of them when none does)."""
    run: list[LineView] = []
    for view in lines:
        if run and view.line.number != run[-1].line.number + 1:
            break
        run.append(view)
        if view.line.text.rstrip(" |").endswith("."):
            break
    return run


def tail_above_page_break(row: RowDraft, pending: list[LineView], header: Header, below: LineView) -> list[LineView]:
    """Give the row the wrapped rest of its name left above a page break, as at a table's end; return the rest.

    The last lines of a page under a row ('Opini BPK atas Laporan' over
    'Keuangan') are read as if the table ended there: the rows on the next page
    cannot have wrapped upwards over the break.
    """
    # (a line opening a row, '2   Persentase Pemilih ...', and what follows it are the next row's name, its values
    # on the next page)
    cut = next((k for k, view in enumerate(pending) if NUMBERED_LINE_RE.match(view.line.text) or opens_indicator(view)),
               len(pending))
    before = len(row.views)
    take_wrapped_tail(row, pending[:cut], header, below=below)
    taken = row.views[before:]
    return [view for view in pending if not any(view is t for t in taken)]


def take_wrapped_tail(row: RowDraft, pending: list[LineView], header: Header, mid_table: bool = False,
                      below: LineView | None = None) -> None:
    """Give a performance table's last row the wrapped rest of its name (see `wrapped_tail`; `below`: the line that
    ended the table, if any)."""
    if header.kind not in ("target", "realisation") or any(is_amount(t) for t in row.values):
        return  # a budget line in a performance table takes no wrapped name ('Program ... Rp X')
    tail = wrapped_tail(row, pending, mid_table, below)
    if not tail:
        return  # (most rows: the name's label, read line by line in a scan, is not worked out for nothing)
    label = row_label(row, header, ("indikator", "uraian")) if row.cells else None
    index = next((i for i, text in sorted(row.cells.items()) if text == label), None)
    for view in tail:
        before = row.cells.get(index) if index is not None else None
        append_text(row, view, header)
        if index is not None and row.cells.get(index) == before:  # a delimited row's name lives in its cell
            row.cells[index] = f"{row.cells[index]} {view.text}"  # (unless append_text put it there already)
    in_line_order(row)  # a lower-case wrap under the tail joined at once: the name reads in the lines' order


def opens_indicator(view: LineView) -> bool:
    """A line whose name column starts a new indicator ('Persentase ...', '| Jumlah ...')."""
    # (after a mark a scan read before it: "' 2  Nilai Evaluasi ...")
    if view.delimited:
        return any(INDICATOR_START_RE.match(cell.text.lstrip(STRAY_MARKS)) for cell in view.cells if cell.text)
    return bool(INDICATOR_START_RE.match(strip_row_number(view.text.lstrip(STRAY_MARKS))))


# A line opening with its row's number ('2. Tersusunnya ...', '| 3 | Meningkatnya ...'): the row starts on it
NUMBERED_LINE_RE = re.compile(r"^[\s|\"';_]*(\d{1,2})[.)]?\s*(?:\|\s*)?[A-Za-z]")


# A line opening a numbered group's heading: its number, then a capitalised word that is no count's unit
# ('3 Terwujudnya ...', '4. Meningkatnya ...'; not '5 Hari Kerja', the end of a wrapped '... dalam' name)
GROUP_NUMBER_RE = re.compile(r"^[\s|\"';_]*(\d{1,2})[.)]?\s*(?:\|\s*)?"
                             r"(?!(?i:hari|bulan|tahun|minggu|jam|kali|menit|orang)\b)[A-Z]")


# A heading's number with its dot or comma, then a capitalised word ('2. M | l Ienyelenggarakan ...', a mission
# whose verb OCR broke; '3, Mewujudkan ...'): a wrapped name's piece never opens so
NUMBERED_HEADING_RE = re.compile(r"[\s|\"';_]*\d{1,2}[.,)]\s*(?:\|\s*)?"
                                 r"(?!(?i:hari|bulan|tahun|minggu|jam|kali|menit|orang)\b)[A-Z]")


def heads_numbered(view: LineView) -> bool:
    """Whether a line without values opens with a number and a full stop or comma before a capitalised word.

    In a scanned Sasaran | Indikator table such a line opens the next row or
    heads the next group (a mission whose verb OCR broke: '2. M | l
    Ienyelenggarakan Pemilu ...'); it is never the row above's wrapped name,
    though its last cell may go on in lower case ('ntak Yang Demokratis').
    """
    text = view.line.text
    return not view.values and DIGIT_RE.search(text, 0, 4) is not None \
        and NUMBERED_HEADING_RE.match(text) is not None


def after_numbered_heading(pending: list[LineView]) -> list[LineView]:
    """The lines left pending above a value line from the first after a numbered heading that opens a sasaran
    or a name; all of them when no numbered heading is among them.

    A scan's mission heading ('2. M | l Ienyelenggarakan ...') wraps onto lines
    of its own ('Waktu,'): they are neither the row above's nor the next row's.
    """
    last = next((k for k in range(len(pending) - 1, -1, -1) if heads_numbered(pending[k])), None)
    if last is None:
        return pending
    rest = pending[last + 1:]
    return next((rest[k:] for k, v in enumerate(rest) if heads_group(v) or opens_indicator(v)), [])


def group_number(view: LineView) -> int | None:
    """The number a line opening a numbered row or group prints ('2 Terwujudnya ...' -> 2), else None.

    A cheap first check (a digit among its first characters) skips the name lines.
    """
    text = view.line.text
    if DIGIT_RE.search(text, 0, 4) is None:  # (a digit among its first characters)
        return None
    match = GROUP_NUMBER_RE.match(text)
    return int(match.group(1)) if match else None


def opening_group_number(pending: list[LineView], view: LineView) -> int | None:
    """The number the group of a row just started opens with: its first numbered line's, from the lines it
    started under (its sasaran '2 Terwujudnya ...' may be none of its own) and its value line."""
    return next((number for v in [*pending, view] if (number := group_number(v)) is not None), None)


def give_previous_its_tail(row: RowDraft, pending: list[LineView], view: LineView,
                           header: Header, group: int | None = None) -> list[LineView]:
    """Hand the lines under `row` that precede the next indicator's opening to `row`; return the rest.

    Names set beside the middle of their value line wrap both ways: 'Persentase
    Partisipasi Pemilih| 909', 'Disabilitas dalam Pemilu/Pemilihan', then
    'Persentase kegiatan pendidikan', 'o 90%'. The line opening the next
    indicator (or the value line itself, when it opens one) marks where the
    row above ends; what lies between is that row's wrapped name. Only a row
    whose own name opens an indicator takes such lines, or a row named by
    too few words to name one ('Terlaksananya Inventarisasi | 1 Laporan', its
    name's rest 'Logistik Pemilu' below the value, as a scan interleaves a
    wrapped cell) when the value line opens with its row number ('2.
    Tersusunnya ... 1 Laporan'): the next row starts there, so the lines
    above it can only be the row above's. (A row named already keeps its
    name: in a scan, such lines hold the other columns' wrapped pieces too.)
    `group`: the number the row's group opened with ('2 Terwujudnya ...'); a line
    opening with the next number ('3 Terwujudnya ...', though OCR broke its
    sasaran word) heads the next group, as a sasaran word does, where a
    wrapped name's '5 Hari Kerja' does not (it is not the next in sequence).
    """
    # a row named by too few words to name a measure, under a line that opens the next row with its number; in a
    # scan of a Sasaran | Indikator table, any row so (its lines part the sasaran's pieces from the name's later),
    # unless that line is a budget line's ('1. Program ... Rp X' under an agreement's 'Program Anggaran')
    numbered = (len(strip_row_number(row.text).split()) < 3
                or header.sasaran_indikator and not any(is_amount(t) for t in view.values)) \
        and NUMBERED_LINE_RE.match(view.line.text) is not None
    numbered = numbered or result_row_under_result(row, view, header) or (
        # in a table without a Sasaran column, a numbered row ('2 Terwujudnya Dokumen Teknis | 6 Layanan',
        # '2 Persentase Pelaksanaan 77,5% ...') under a line that opens the next row with its number: the
        # lines between, capitalised or not, are its name's rest (no other column wraps there)
        not header.sasaran_indikator and "sasaran" not in header.label_cells.values()
        and NUMBERED_LINE_RE.match(view.line.text) is not None
        and any(v.line.number == row.value_line and NUMBERED_LINE_RE.match(v.line.text) for v in row.views))
    around = named_around_values(row, len(header.roles))
    if not (numbered or INDICATOR_START_RE.match(strip_row_number(row.text)) or around is not None
            or any(INDICATOR_START_RE.match(text) for text in row.cells.values())
            or header.sasaran_indikator and (opens_after_sasaran_tail(strip_row_number(row.text)) is not None
                                             or JOINED_OPENING_RE.search(row.text) is not None)):
        return pending  # a fragment row (a value under stray words) has no name to complete
    opening = next((k for k in range(len(pending) - 1, -1, -1) if opens_indicator(pending[k])), None)
    if opening is None and around is not None:
        # 'Lalu Lintas' over 'Meningkatnya jumlah halte' over '2. 3,10 5,20 ...': a result word opens the next name
        opening = next((k for k in range(len(pending) - 1, 0, -1)
                        if RESULT_WORD_RE.match(strip_row_number(pending[k].text))), None)
    if opening is None:
        if not opens_indicator(view) and not numbered \
                and not (header.sasaran_indikator and opens_name_beside_sasaran(view)):
            return pending
        opening = len(pending)
    # a line opening a sasaran ('Terlaksananya ...') heads the next row's group: it and what follows are not
    # the row above's wrap
    opening = next((k for k in range(opening) if SASARAN_VERB_RE.match(strip_row_number(pending[k].text))
                    or group is not None and group_number(pending[k]) == group + 1
                    or header.sasaran_indikator and heads_numbered(pending[k])), opening)
    if opening == 0:
        return pending
    take_wrapped_tail(row, pending[:opening], header, mid_table=True)
    in_line_order(row)
    return pending[opening:]


SASARAN_TAIL_WORDS = 6  # the most words of a sasaran's wrapped end that a scan leaves before its indicator's name


# a value line holding its row's number and values only ('2. 2,95 6,72 229,38 Berhasil', '2 2,95 ...'): the number
# captured, and its dot (undotted, the number may be the row's first value: `named_around_values` tells)
NUMBERED_VALUES_RE = re.compile(r"\s*(\d{1,2})([.)]?)\s+\d")
WRAP_AROUND_REACH = 3  # the most lines from a bare value line to the next one in a table of names wrapped around them


def named_around_values(row: RowDraft, width: int) -> int | None:
    """The number of a row whose value line holds its number and values only, its name set around that line, else None.

    A table that centres each row's cells prints 'Menurunnya Tingkat
    Pelanggaran' over '1. 46 49,81 94,35 Berhasil' over 'Perda': the name
    opens above the value line and ends under it, and its end need not be in
    lower case (a proper noun, '10.000 penduduk'), so the lines under such a
    row up to the next name's opening are its own. An undotted number ('1 46
    49,81 ...') is the row's number only where the row holds one value more
    than the table's `width` value columns, that number first.
    """
    k = next((k for k, v in enumerate(row.views) if v.line.number == row.value_line), None)
    if not k or len(row.text_parts) != len(row.views) or row.text_parts[k]:
        return None  # (k == 0: no name above the value line)
    match = NUMBERED_VALUES_RE.match(row.views[k].line.text)
    if match is None:
        return None
    if not match.group(2) and (len(row.values) != width + 1 or row.values[0].raw.strip() != match.group(1)):
        return None  # '40 44,10 90,70': the number is the row's target, no row number
    return int(match.group(1))


def count_wrapped_from_its_word(view: LineView, value: Token, views: Sequence[LineView], i: int) -> bool:
    """Whether a lone number ending a line of words counts the word that opens the next line, inside a name.

    '... diselesaikan dalam waktu 5' over 'hari kerja': a wrapped name breaks
    between its count and the days it counts; read as a row, the '5' would be
    a target and the name's first lines a row of their own. Only a bare whole
    number right at the line's end, after words in lower case, under which the
    next line opens in lower case with what it counts ('hari', 'bulan', 'kali').
    """
    if value.kind != "number" or not value.raw.isdigit() or len(value.raw) > 2 or i + 1 >= len(views):
        return False
    text = view.line.text.rstrip(STRAY_MARKS)
    if not text.endswith(value.raw) or not starts_lower(strip_row_number(view.text)):
        return False
    below = line_of(views, i + 1).text.lstrip(STRAY_MARKS)
    return below[:1].islower() and COUNTED_WORD_RE.match(below) is not None


def inside_wrapped_names(row: RowDraft, views: Sequence[LineView], i: int, last_row_at: int, width: int) -> bool:
    """Whether a line with one number lies among the names wrapped around two bare value lines, no row of its own.

    Under '2. 2,95 6,72 229,38 Berhasil' (named 'Rasio Jumlah petugas per'
    above it), '10.000 penduduk' ends that name and 'Rasio Jumlah Linmas per
    1.000 Cukup' opens the next, whose value line '3. 5,85 5,07 87,35'
    follows: a number inside a name, between a bare value line and the one
    numbered next, is the name's.
    """
    if i - last_row_at > WRAP_AROUND_REACH or (number := named_around_values(row, width)) is None:
        return False
    text = line_of(views, i).text
    if NUMBERED_VALUES_RE.match(text) or not any(ch.isalpha() for ch in text):
        return False
    for j in range(i + 1, min(i + 1 + WRAP_AROUND_REACH, len(views))):
        match = NUMBERED_VALUES_RE.match(line_of(views, j).text)
        if match:
            return int(match.group(1)) == number + 1
    return False


# pieces of a Rupiah amount split over lines: a group opened by its dot ('.984.34') or a group left on its dot ('590.')
AMOUNT_PIECE_RE = re.compile(r"(?:^|\s)\.\d{3}(?:\.\d{1,3})*(?=\s|$)|\b\d{3}\.(?=\s|$)")
PIECE_VALUE_RE = re.compile(r"\d{1,3}\.\d{1,2}")  # '55.00': no Rupiah group (three digits) after its dot
AMOUNT_PIECE_REACH = 2  # the lines above a value line that may hold the other pieces of its split amounts


def amount_pieces(values: list[Token], views: Sequence[LineView], i: int) -> bool:
    """Whether a line's numbers are pieces of amounts a narrow Rupiah column split over lines, no measures.

    A Renja form's 'Rp' column prints '590.090.455.000' as '590.' over
    '090.4' over '55.00' over '0': under a line holding such a piece, a value
    with a dot before fewer than three digits ('Sakit 55.00 2,00') is another
    piece, and its line gives no target and no realisasi.
    """
    if not any(PIECE_VALUE_RE.fullmatch(t.raw.strip()) for t in values):
        return False
    return any(AMOUNT_PIECE_RE.search(line_of(views, j).text) for j in range(max(0, i - AMOUNT_PIECE_REACH), i))


REMARK_WORDS = 3  # the fewest words, the first in lower case, after a row's values that make a remark cell's text
# '... Rate (NOR). Faktor yang', '... kritis.' (two letters before the stop at least: 'b. Persentase' opens a list
# item; and no abbreviation a name holds, 'Kab. Sukamaju')
SENTENCE_BREAK_RE = re.compile(r"(?:\b(?!(?i:kab|kec|kel|prov|dll|dsb|dst|tbk|drs|no)\.)[A-Za-z]*[a-z]{2}|\))"
                               r"\.(?:\s+[A-Z]|\s*$)")


def remark_after_values(row: RowDraft) -> bool:
    """Whether a row's value line goes on after its values with a remark ('% 93 90,82 salah satu penyebabnya ...')."""
    view = next((v for v in row.views if v.line.number == row.value_line), None)
    if view is None or len(view.cells) != 1 or not row.values:
        return False
    cell, last = view.cells[0], row.values[-1]
    if last not in cell.values and last not in cell.inner:
        return False
    after = fold_text(cell.raw)[last.end:].split()
    return len(after) >= REMARK_WORDS and after[0][:1].islower()


def remark_wraps_below(row: RowDraft, view: LineView) -> bool:
    """Whether a words-only line in lower case under a budget row carries on the remark after the row's values.

    '1 Program X 2.000.000.000 1.900.000.000 95,00 Sisa anggaran' over
    'merupakan efisiensi': a one-space line gives no column to place the words
    in, but the row's name ended before its values and a remark followed
    them; words going on in lower case go on with the remark, not the name.
    Not when the name stopped on a joining word ('Program ... dalam' over
    'proses ...'), nor when the line opens on one or capitalises a later word
    ('dalam Proses Konsolidasi Demokrasi': a program name's own wrap), nor
    under a one-word remark ('APBN'), too short to wrap.
    """
    text = view.line.text.strip()
    if not text[:1].islower() or view.values or not row.values or not row.text or ends_unfinished(row.text):
        return False
    words = text.split()
    if words[0].lower() in CONNECTORS or any(w[:1].isupper() for w in words[1:]):
        return False
    value_view = next((v for v in row.views if v.line.number == row.value_line), None)
    if value_view is None or len(value_view.cells) != 1:
        return False
    cell, first, last = value_view.cells[0], row.values[0], row.values[-1]
    if last not in cell.inner or first not in cell.inner:
        return False
    folded = fold_text(cell.raw)
    return len(WORD_RE.findall(folded, last.end)) >= 2 \
        and WORD_RE.search(strip_row_number(folded[:first.start])) is not None


def carries_remark_on(row: RowDraft, view: LineView) -> bool:
    """A line under a row with a remark after its values that carries a sentence of that remark on, no name.

    'c Persentase Pasien Keluar % 93 90,82 salah satu penyebabnya yaitu'
    over 'Hidup Death Rate (NOR). Faktor yang' over 'menyebabkan ...':
    a Keterangan cell's sentences wrap under the row like its name, but an
    indicator's name holds no sentence's end. From such a line on, the
    lines under the row are none of its name.
    """
    text = view.line.text
    return "." in text and SENTENCE_BREAK_RE.search(text) is not None and not opens_indicator(view) \
        and remark_after_values(row)


def name_year_alone(view: LineView, header: Header) -> bool:
    """A year alone on its line ('2024') right under a row's value line, in a performance table with no year column.

    A name that ends on its year ('... pada Pemilu 2024') wraps the year onto a line of its own under the
    values; lexed, the year is a value no column takes, so the name lost it. Not in a table whose years are
    columns or rows of their own (a 'Tahun' column, per-year targets, a budget's fiscal years).
    """
    raw = view.line.text.strip()
    if len(raw) != 4 or not raw.isdigit():
        return False  # (cheap first: most lines that reach here are blank)
    if header.kind not in ("target", "realisation") or header.target_years or "year" in header.roles \
            or header.names_year_column or header.flattened:
        return False
    values = view.values
    return len(values) == 1 and is_year(values[0])


def as_text_line(view: LineView) -> LineView:
    """A line read as words only: its numbers are part of a name ('10.000 penduduk')."""
    raw = view.line.text
    return LineView(view.line, (Cell(0, raw, raw.strip(), ()),), False)


def opens_after_sasaran_tail(text: str) -> re.Match[str] | None:
    """The measure word that opens a name after the lower-case end of its sasaran's cell, else None.

    A scan that lost the border between a Sasaran and an Indikator cell
    reads 'yang berkualitas Nilai Keterbukaan Informasi' or 'disertai
    penyelesaian sengketa Persentase Sengketa Hukum': a few words in lower
    case, then a capitalised measure word. A name never opens in lower case
    before its measure word, so the name starts at that word.
    """
    if not text[:1].islower() or ANY_CASE_INDICATOR_RE.match(text):
        return None
    match = INDICATOR_START_RE.search(text)
    if match is None or len(text[:match.start()].split()) > SASARAN_TAIL_WORDS:
        return None
    return match


def in_line_order(row: RowDraft) -> None:
    """Put a row's lines back in reading order after the lines above a later one it took were handed to it.

    A scan's lower-case wrap ('dan') joins a row at once, while the lines before
    it wait until the next row shows where this one ends: the name reads in
    the lines' order, not in the order they were taken.
    """
    numbers = [v.line.number for v in row.views]
    if numbers == sorted(numbers) or len(row.views) != len(row.text_parts):
        return
    order = sorted(range(len(numbers)), key=numbers.__getitem__)
    row.views = [row.views[k] for k in order]
    row.text_parts = [row.text_parts[k] for k in order]


# a capitalised '-nya' result word ('Tersusunnya', 'Terlaksananya'): how an output-style indicator's name opens
RESULT_WORD_RE = re.compile(r"(?:Ter|Me)[a-z]+nya\b")


def result_row_under_result(row: RowDraft, view: LineView, header: Header) -> bool:
    """Whether the next value line and the row above both open an output-style name ('Tersusunnya Laporan 1 Laporan').

    In a scanned Sasaran | Indikator table whose indicators are results named
    like their sasaran ('Terlaksananya Layanan ...'), a line that opens with
    such a word and carries the row's value is the next indicator's row, no
    sasaran heading: the lines between it and the row above (the sasaran's and
    the indicator's wrapped words, interleaved) are that row's.
    """
    if not header.sasaran_indikator or any(is_amount(t) for t in view.values):
        return False
    above = strip_row_number(row.text.lstrip(MARKS))
    if RESULT_WORD_RE.match(above) is None:
        return False
    if RESULT_WORD_RE.match(strip_row_number(view.text.lstrip(MARKS))) is not None:
        return True
    # a kept border before the name: the sasaran's wrapped words, then '| Tersusunnya ...' in the indicator's cell
    return view.delimited and any(RESULT_WORD_RE.match(c.text.lstrip(MARKS)) for c in view.cells[1:] if c.text)


MARKS = "|_'\" ;"  # a scan's stray marks before a line's first word


def wrapped_tail(row: RowDraft, pending: list[LineView], mid_table: bool = False,
                 below: LineView | None = None) -> list[LineView]:
    """Text lines right under a table's last row that no later row took: the rest of its indicator.

    Mid-table, text under a row may open the next row's name, so it waits in
    `pending`; when no row follows, the run of lines right below the last
    value line (one blank line allowed before it, none within) is that row's
    wrapped name ('... menyelenggarakan tahapan | 100% 95%' then 'Verifikasi
    parpol, Pemutakhiran Data Pemilih, ...'). A footnote or a numbered
    item is not. Mid-table (`mid_table`, the next row's opening already
    found), a delimited line may be part of the wrap too. A short sentence after a blank line ('Demikian
    capaian kinerja' over 'tahun ini.', whose last line `below` may be the one that ended the table) is not.
    """
    tail: list[LineView] = []
    last = row.views[-1].line.number
    pending = pending[:paragraph_start(pending)]
    for view in pending:
        if view.line.number > last + (2 if not tail else 1) or FOOTNOTE_RE.match(view.line.text) \
                or LIST_ITEM_RE.match(view.line.text):
            break
        if len(row.text_parts) + len(tail) >= MAX_TEXT_LINES or is_prose(view) \
                or (view.delimited and not view.spaced and not mid_table):
            break  # a delimited line `continues` left pending opens a record of its own (a space-aligned line
            # under the last row is its cells' wrap: 'Akuntabilitas   Pelaporan' under 'Terwujudnya   Ketepatan')
        if CODE_RE.match(view.line.text.lstrip()):
            break  # a program or kegiatan code ('076.01.CQ Penyelenggaraan ...') opens a budget block
        if heads_group(view):
            break  # 'Tersusunnya Laporan ...' under a row heads the next group of rows
        if not tail and view.line.number > last + 1 and (
                reads_as_sentence(view.line.text) or any(t.kind == "percent" for t in view.inner_values)):
            break  # after a blank line, 'Berdasarkan tabel di atas, ... tercapai.' opens the text below the table
        if not tail and values_one_per_line(row) and opens_paragraph(view):
            break  # under a row flattened one cell per line, 'Dari capaian tersebut, ...': the name came whole
            # before its values, so a sentence's opening below them is the text after the table
        if not tail and view.line.number > last + 1 and heads_section(view.line.text):
            break  # after a blank line, 'C. Evaluasi Kinerja' or '2.4 Realisasi Anggaran': the report's next section
        if not tail and view.line.number > last + 1 and runs_under_values(row, view):
            break  # after a blank line, a line set across the page, past where the row's values stand: the paragraph
            # under a space-aligned table ('Indikator persentase ... pada' over 'tahun 2023 ditargetkan 100% ...')
        if not tail and view.line.number > last + 1 and shouts(view.text) and not shouts(row.text):
            break  # after a blank line, a line in capitals under a name that is not: a page's heading or a stamp
        if heads_in_capitals(view.text) and not shouts(row.text):
            break  # right under it, 'LEMBARAN INDIKATOR KINERJA UTAMA' under a name that is not in capitals: the
            # next page's title, not the name's wrapped rest (which goes on in the name's own case)
        tail.append(view)
        last = view.line.number
    if tail and tail[0].line.number > row.views[-1].line.number + 1 and \
            sum(len(v.text.split()) for v in tail) < MIN_DETACHED_WORDS \
            and not (mid_table and detached_name_words(tail)):
        return []  # a word or two after a blank line: a stray column fragment as likely as a wrap
    if tail and after_blank_line(row, tail[0]) and closes_a_sentence(sentence_lines(row, pending, below, tail[0])):
        return []  # after a blank line, 'Demikian capaian kinerja tahun 2023.': the text below the table
    if tail and after_blank_line(row, tail[0]) and opens_amount_sentence(tail, below):
        return []  # after a blank line, 'Target tersebut didukung oleh anggaran' over 'sebesar Rp X dan ...'
    return tail


def opens_amount_sentence(tail: list[LineView], below: LineView | None) -> bool:
    """Whether the lines after a blank line open the sentence whose next line, the one that ended the table,
    gives an amount in words ('... didukung oleh anggaran Program X' over 'sebesar Rp 3.386.200.000,- dan ...').

    A wrapped name goes on under its row, but no name runs on into 'sebesar Rp X' without cell borders: the
    lines are the paragraph under the table, however long that paragraph goes on before its full stop.
    """
    return below is not None and below.line.number == tail[-1].line.number + 1 and tail[0].text[:1].isupper() \
        and gives_amount_in_prose(below)


def runs_under_values(row: RowDraft, view: LineView) -> bool:
    """Whether a text line reaches past where the row's first value cell starts in a space-aligned table.

    pdftotext -layout keeps a wrapped name inside its column, left of the values;
    a paragraph under the table is set across the page and runs on under them.
    Only cells holding values and no text count: a name cell may end on a year.
    """
    starts = [c.start for v in row.views if v.spaced for c in v.cells if c.values and not c.text and c.start > 0]
    return bool(starts) and not view.values and len(view.line.text.rstrip()) > min(starts)


# A section heading's label, then a capitalised word: a capital letter or a roman numeral with its dot ('C. Evaluasi',
# 'IV. Penutup') or a subsection's number ('2.4 Realisasi', '3.1. Capaian'); lower-case letters ('b. persentase')
# and a plain number ('2. Persentase') are list items, not matched here
SECTION_HEADING_RE = re.compile(r"[\s|]*(?:(?:[A-Z]|[IVX]{1,4})\.|\d{1,2}\.\d{1,2}\.?)\s+[A-Z][a-z]")


def heads_section(text: str) -> bool:
    """Whether a line opens with a section heading's label and a capitalised word ('B. Analisis Capaian').

    After a blank line under a table's last row, such a line starts the report's
    next section; a wrapped name never opens with a section's label.
    """
    return SECTION_HEADING_RE.match(text) is not None


ONE_CELL_VALUES = 2  # value lines, each one value alone, that make a row flattened one cell per line


def values_one_per_line(row: RowDraft) -> bool:
    """Whether a row's values each stand alone on a line of their own, after its name ('Persentase ...' / '40%' /
    '58,58%' / '67,8%'): a table flattened one cell per line, whose name cell is printed whole before them."""
    first = next((k for k, v in enumerate(row.views) if v.values), None)
    if first is None or not row.views[first - 1:first] or row.views[first - 1].values:
        return False
    lines = row.views[first:]
    return len(lines) >= ONE_CELL_VALUES and all(len(v.values) == 1 and not v.text for v in lines)


def opens_paragraph(view: LineView) -> bool:
    """A line of words opening with a capital and running on past a name's wrapped rest ('Dari capaian target
    tersebut diatas, beberapa cara ...'): a paragraph's opening, whether or not its sentence ends on it."""
    text = view.line.text.strip()
    return text[:1].isupper() and not view.values and len(text.split()) >= PARAGRAPH_OPENING_WORDS


def after_blank_line(row: RowDraft, view: LineView) -> bool:
    """Whether a blank line parts `view` from the row's lines above it (a later wrap may already be the row's)."""
    above = [v.line.number for v in row.views if v.line.number < view.line.number]
    return bool(above) and view.line.number > max(above) + 1


def sentence_lines(row: RowDraft, pending: list[LineView], below: LineView | None,
                   first: LineView) -> list[LineView]:
    """The lines from `first` on that follow each other with no blank line between (a paragraph's lines).

    They may be left pending, already given to the row (a lower-case line under a pending one: 'tahun ini.'),
    or the line that ended the table (`below`).
    """
    lines = sorted({id(v): v for v in [*pending, *row.views, *([below] if below else [])]}.values(),
                   key=lambda v: v.line.number)
    block: list[LineView] = []
    for view in lines[lines.index(first):]:
        if block and view.line.number != block[-1].line.number + 1:
            break
        block.append(view)
    return block


# abbreviations a name may end with ('... Prov.', '... dsb.'): their full stop ends no sentence
NAME_ABBREVIATIONS = frozenset({"prov", "prop", "kab", "kec", "kel", "dsb", "dll", "dst", "tsb", "dkk", "ybs", "no"})


def closes_a_sentence(lines: list[LineView]) -> bool:
    """Whether lines read as one sentence: a capital opens them and a full stop after a word or a year ends them.

    Under a table, a short paragraph parted from the last row by a blank line
    ('Demikian capaian kinerja tahun 2023.') is too short for `paragraph_start`
    or `reads_as_sentence`; the rest of a wrapped name ends in no full stop
    (save an abbreviation, 'Kab.', 'dsb.'), so a full stop after a word or a year closing the lines tells.
    """
    first = lines[0].line.text.strip(" |")
    last = lines[-1].line.text.rstrip(" |")
    if not first[:1].isupper() or not last.endswith(".") or last.endswith(".."):
        return False
    word = last[:-1].split()[-1] if last[:-1].split() else ""
    if not (word.isdigit() or word.isalpha() and (word.islower() or len(word) >= 4)
            and word.lower() not in NAME_ABBREVIATIONS):
        return False
    return sum(len(v.line.text.split()) for v in lines) >= MIN_DETACHED_WORDS


def detached_name_words(tail: list[LineView]) -> bool:
    """Whether two words parted from a row by a blank line can only end its name ('Perizinan Terpadu').

    Mid-table the next row's opening bounds the tail, so two capitalised words
    that are no unit ('Laporan Kinerja', a count target's wrapped rest), no
    number and no heading in capitals are the name's last line, which a page's
    layout set apart; one word alone stays as likely a stray cell.
    """
    words = [w for v in tail for w in v.text.split()]
    return len(words) == 2 and all(w[0].isupper() and w.isalpha() and not w.isupper() for w in words) \
        and not any(canonical_unit(w) is not None for w in words)


def satuan_alone(own: str, header: Header) -> bool:
    """Whether a value line's only words are its Satuan cell ('Indeks 98,38 98,41 100,3'), under a header that
    names a Satuan column: the row's name stands on the lines above, one word or cell to a line."""
    return header.satuan and " " not in own.strip() and canonical_unit(own.strip()) is not None


def text_under_double_spaced_row(views: Sequence[LineView], i: int, row: RowDraft, row_at: int) -> bool:
    """Whether line i, one blank line under a complete row of a double-spaced export, opens the text after the table.

    Such an export (a flipbook's or a document site's text) puts a blank line between every two lines, so the
    blank line that parts a table from the paragraph under it says nothing. Under a row whose values are all
    read and whose value line (views[row_at], its last) stands between blank lines, a line that holds a
    sentence's full stop, a line opening with a capital that runs longer than the whole line of a row printed on
    one line (a wrapped name cell is narrower than the row), or a capitalised line that opens a sentence of
    `PROSE_WORDS` words, read over the single blank lines, is that paragraph. A numbered line, or one that opens
    an indicator ('Persentase ...'), may open the next row and is none.
    """
    if row.views[-1].line.number != row.value_line or row_at < 1 or row_at + 1 >= len(views) \
            or line_of(views, row_at - 1).text.strip() or line_of(views, row_at + 1).text.strip():
        return False
    text = line_of(views, i).text.strip()
    if views[i].values or "\t" in text or "|" in text or NUMBERED_LINE_RE.match(text):
        return False
    words = len(text.split())
    if words >= RUNNING_TEXT_WORDS and holds_sentence_stop(text):
        return True  # 'Indeks Pembangunan Gender (IPG). Pembangunan kualitas ...'
    if not text[:1].isupper() or opens_indicator(views[i]):
        return False
    if words >= RUNNING_TEXT_WORDS and len(row.views) == 1 and len(text) > len(row.views[0].line.text.strip()):
        return True
    count = 0
    for k in range(i, min(len(views), i + 2 * PARAGRAPH_REACH), 2):
        line = line_of(views, k).text.strip()
        if not line or k > i and line_of(views, k - 1).text.strip():
            return False
        count += len(line.split())
        if holds_sentence_stop(line):
            return count >= PROSE_WORDS
    return False


def holds_sentence_stop(text: str) -> bool:
    """Whether a full stop ends a sentence in a line: after a word of four letters or more or a bracket, no
    abbreviation ('Kab. Sarolangun', 'No. 12')."""
    for match in PARAGRAPH_STOP_RE.finditer(text):
        before = text[:match.start()].split()
        word = before[-1].lower() if before else ""
        if word.endswith(")") or word.isalpha() and len(word) >= 4 and word not in NAME_ABBREVIATIONS:
            return True
    return False


def paragraph_start(lines: list[LineView]) -> int:
    """Where a paragraph starts among the text lines under a table's last row; their count when none does.

    A paragraph under a table discusses it: 'Apabila dilihat dari capaian
    tahun ini, maka' / 'hasilnya relatif tetap dibanding tahun lalu.'. Each
    line alone is short of `is_prose`, but from a line opening with a capital
    to the line ending the sentence with a full stop, the run holds
    `PROSE_WORDS` words or more; the rest of a wrapped name under its row
    opens in lower case or ends in no full stop, and runs shorter.
    """
    for k, view in enumerate(lines):
        if not view.text[:1].isupper() or view.delimited:
            continue
        words = 0
        for n, line in enumerate(lines[k:]):
            text = line.line.text.rstrip()  # (whole: a year before the stop is a value)
            if n and (line.line.number != lines[k + n - 1].line.number + 1 or not text):
                break  # a blank line between: no one sentence
            words += len(text.split())
            if PARAGRAPH_STOP_RE.search(text) is not None:  # the sentence ends on this line
                if words >= PROSE_WORDS:
                    return k
                break
    return len(lines)


def shouts(text: str) -> bool:
    """Whether a text's letters are all capitals (a page heading, a stamp), with a few words of them at least."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and all(ch.isupper() for ch in letters)


HEADING_CAPITAL_WORDS = 3  # words in capitals a heading opens with at least ('LEMBARAN INDIKATOR KINERJA ...')


def heads_in_capitals(text: str) -> bool:
    """Whether a line reads as a heading: three words or more, nearly all in capitals ('DAFTAR INDIKATOR KINERJA').

    A stray word in another case ('... UTAMA Back', a link's label) may follow;
    a wrapped name's rest with an acronym or two ('SAKIP KPU') is too short.
    """
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    capitals = [w for w in words if all(ch.isupper() for ch in w if ch.isalpha()) and sum(map(str.isalpha, w)) >= 2]
    return len(capitals) >= HEADING_CAPITAL_WORDS and 4 * len(capitals) >= 3 * len(words) \
        and words[0] in capitals and sum(len(w) for w in capitals) >= 12


def opens_with_no_column(text: str) -> bool:
    """A line whose first word is the 'No' column's name ('No.', '| Nomor |'): a header's first cell."""
    words = text.split(None, 1)
    return bool(words) and words[0].strip("|.").lower() in ("no", "nomor")


def heads_columns(text: str) -> bool:
    """Header words naming a value column ('Rentang Capaian', 'Nilai Target') make at least half the line's words.

    A markdown table split by a page break goes on under a rule line below
    one of its rows ('| 076.01.CQ Penyelenggaraan Pemilu ... |' over
    '|--|--|'); only a line of column names there opens another table.
    """
    roles = text_header_score(text, True)[0]
    return any(role in VALUE_ROLES for role in roles)


def reads_as_sentence(text: str) -> bool:
    """A whole sentence on one line: a capital, six words or more, and a full stop at its end."""
    stripped = text.strip()
    return (stripped[-1:] == "." and stripped[:1].isupper() and not stripped[-2:-1].isupper()
            and len(stripped.split()) >= RUNNING_TEXT_WORDS)


HEADER_CELL_WORDS = 3  # words of a column title ('Pagu Anggaran (Rp)', 'Program / Kegiatan')


BLOCK_HEADER_LINES = 5  # lines of an agreement budget block's header flattened one word per line ('No' ... 'Ket')


def flattened_budget_block_header(views: Sequence[LineView], i: int, header: Header) -> int | None:
    """'Program' over 'Anggaran', each on a line of its own: a budget block's header flattened one word per line.

    From line i, lines of label column words only ('No', 'Program',
    'Kegiatan', 'Program/Kegiatan', 'Keterangan') and one line of a pagu
    column's words only ('Anggaran', 'Pagu (Rp)'), a label before it: all are
    column words, none of a row's name (the row above would take 'No
    Program' as its name's wrapped end). The index of the header's last line,
    else None. A wrapped name's last line ('Realisasi Anggaran') names
    another column too.
    """
    view = views[i]
    if not header.flattened or "allocation" in header.roles or view.delimited or view.values:
        return None
    if not column_words_only(view.line.text, "label"):  # (the cheap length test first)
        return None
    last, labels, pagu = i, 1, None
    k = i
    while (k := next_nonblank(views, k, 1)) is not None and k - i < 2 * BLOCK_HEADER_LINES:
        if views[k].values or views[k].delimited:
            break
        text = views[k].line.text
        if pagu is None and column_words_only(text, "allocation"):
            pagu = last = k
        elif column_words_only(text, "label"):
            if pagu is None:
                labels += 1
            else:
                last = k  # 'Keterangan' after the pagu: the header's last column
        else:
            break
        if labels + (pagu is not None) >= BLOCK_HEADER_LINES:
            break
    return last if pagu is not None else None


def column_words_only(text: str, role: str) -> bool:
    """A short line of column title words of one role only ('Program', 'No', 'Anggaran (Rp)')."""
    text = text.strip()
    if not text or len(text) > 40 or len(text.split()) > HEADER_CELL_WORDS:
        return False
    roles, known, total = line_roles(text)
    return known == total and bool(roles) and set(resolve_roles(roles) if role != "label" else roles) == {role}


def opens_budget_code(view: LineView, header: Header) -> bool:
    """A line of a performance table opening with a program or kegiatan code ('076.01.CQ Penyelenggaraan').

    Under an agreement's last indicator a scan runs straight on into its
    budget list; the code's line and those after it (a '|' kept on them
    included) are none of that row's wrapped name.
    """
    return bool(view.codes) and header.kind in ("target", "realisation") \
        and CODE_RE.match(view.line.text.lstrip(STRAY_MARKS)) is not None


def heads_budget_block(view: LineView, header: Header) -> bool:
    """A delimited line of column words only, naming a pagu the table's header lacks ('Program | Anggaran').

    A Perjanjian Kinerja lists its programs and their pagu under its indicators, headed by a line of
    its own that the header reader does not take for a table (it has one label and one value word).
    Its words are none of the row above's name; a wrapped name's last line ('Realisasi Anggaran')
    stands in one cell, so two filled cells of column words are needed.
    """
    if not view.delimited or "allocation" in header.roles:
        return False
    filled = [c.raw for c in view.cells if c.raw.strip()]
    if len(filled) < 2 or any(len(raw.split()) > HEADER_CELL_WORDS for raw in filled):
        return False  # the cheap test: a wrapped name's cells hold more words than a column's title
    roles: list[str] = []
    for raw in filled:
        cell_roles, known, total = line_roles(raw)
        if known != total:
            return False
        roles += cell_roles
    return "allocation" in resolve_roles(roles)


LIST_LETTERS = frozenset("ABCDEFGH")


# a row's number with its dot ('13.', '_ 13.') before a line's words, a scan's stray mark before it
NUMBERED_SASARAN_RE = re.compile(r"[_'\";|\s]*\d{1,2}[.)]\s+")


def heads_group(view: LineView) -> bool:
    """A line heading the rows below it: a sasaran, or a kegiatan or program with its code.

    'Terlaksananya Sistem Akuntansi ...' or 'KEGIATAN 3356: Fasilitasi ...'
    between two rows names neither row's indicator; in lower case
    ('terlaksana' under '... yang') it is a wrapped name's last word.
    """
    text = view.line.text.lstrip(" -•·|")
    if text[1:2] in ".)" and text[:1] in LIST_LETTERS:
        text = text[2:].lstrip()  # 'B. Meningkatnya akuntabilitas kinerja': a lettered sasaran heading
    elif (numbered := NUMBERED_SASARAN_RE.match(text)) is not None:
        text = text[numbered.end():]  # '_ 13.  Terlaksananya ...': a row's number, its sasaran opening the next row
    return text[:1].isupper() and bool(SASARAN_VERB_RE.match(text) or GROUP_HEADING_RE.match(text))


def flat_verdict_cell(row: RowDraft, view: LineView, header: Header) -> bool:
    """A verdict alone on the line right under a flattened row's realisasi ('Tercapai'): the row's Capaian cell.

    A table flattened one cell per line that grades each result in words prints the verdict where the
    capaian would stand; read as text it would end the row's name or open the next row's.
    """
    return header.flattened and row.values_only_tail and header.roles[-1:] == ["achievement"] \
        and len(row.values) == len(header.roles) - 1 and is_verdict(view.text.strip())


def opened_since(pending: list[LineView], flattened: bool = False, known: dict[int, bool] | None = None,
                 numbered_heads: bool = False) -> bool:
    """Whether a line left pending since the last row opens the next indicator's name.

    'Jumlah KPU Kab/Kota yang' under a row, then 'menyampaikan laporan': the
    lower-case line carries on the name just opened, not the row above. In a
    table flattened one cell per line, a line led by its row number ('2
    Terbentuknya badan adhoc ...') opens the next row too, though OCR glued
    the indicator's opening word below it ('PersentaseBadan Adhoc ...').

    `known` keeps the answer per line number: `read_rows` asks at every text
    line, and the pending lines are mostly the same ones again.
    `numbered_heads`: a numbered heading ('3, Mewujudkan Pemilu ...', `heads_numbered`) opens the next
    row or group too, as in a scanned Sasaran | Indikator table, so its lower-case wrap ('yang Langsung,
    Umum') is no piece of the row above.
    """
    if known is None:
        return any(opens_next_name(view, flattened, numbered_heads) for view in pending)
    for view in pending:
        opens = known.get(view.line.number)
        if opens is None:
            opens = known[view.line.number] = opens_next_name(view, flattened, numbered_heads)
        if opens:
            return True
    return False


def opens_next_name(view: LineView, flattened: bool, numbered_heads: bool = False) -> bool:
    """`opened_since` for one pending line."""
    return opens_indicator(view) or flattened and strip_row_number(view.text) != view.text.strip() \
        or numbered_heads and (heads_numbered(view) or SASARAN_VERB_RE.match(strip_row_number(view.text)) is not None)


def from_indicator_opening(before: list[LineView]) -> list[LineView]:
    """The lines above a value line from the last one that opens an indicator name on.

    'KEGIATAN 3355: ...', 'Meningkatnya Pembinaan ...', 'Persentase
    meningkatnya kapasitas', 'pengetahuan para pejabat', then the value line:
    the name opens at 'Persentase'; the lines above it head the group. A
    line opening like an indicator right after one that ends unfinished
    ('... dibagi' over 'Jumlah ...') carries on the name instead. Without
    such a line, the name starts under the last heading that is finished (a
    kegiatan with its code, or a sasaran ending in a full stop): a name's own
    first line ('Tersusunnya dokumen') rarely ends in one.
    """
    for k in range(len(before) - 1, 0, -1):
        if opens_indicator(before[k]) and not ends_unfinished(before[k - 1].text):
            return before[k:]
    for k in range(len(before) - 2, -1, -1):
        # no opening word ('Dokumen arsip dinas yang'): the name starts under the last finished heading
        if heads_group(before[k]) and (GROUP_HEADING_RE.match(before[k].line.text.lstrip(" -•·|"))
                                       or before[k].line.text.rstrip().endswith(".")):
            return before[k + 1:]
    return before


# a full stop ending a sentence ('... tahun 2023.') after a word or a bracket: found from the '.' (the engine
# skips to one in C), the character before it in the lookbehind (so the match opens at the '.')
PARAGRAPH_STOP_RE = re.compile(r"\.(?<=[\w)]\.)(?:\s+[A-Z]|\s*$)")
PARAGRAPH_REACH = 4  # lines below a waiting line that `carries_on_pending` reads for the end of its sentence
NAME_LINES_ABOVE = 4  # lines above a bare value line that hold its row's name, unless one more opens it


def name_lines_above(pending: list[LineView]) -> list[LineView]:
    """The lines above a bare value line that may hold its row's name: the last four, or five from an opening.

    A narrow Indikator column wraps a long name over five lines ('Persentase
    Perkara' / 'Gugatan Sederhana yang' / ... / '(e-Court)' over '98 99,50
    ...'); when the fifth line up opens an indicator, the line right under it
    continues it and none of the four below opens one, the name starts there,
    not at its second line.
    """
    near = pending[-NAME_LINES_ABOVE:]
    if len(pending) <= NAME_LINES_ABOVE:
        return near
    first = pending[-NAME_LINES_ABOVE - 1]
    if first.line.number + 1 != near[0].line.number or not opens_indicator(first) \
            or any(opens_indicator(v) for v in near):
        return near
    return [first] + near


def names_an_indicator(view: LineView, header: Header) -> bool:
    """An indicator name inside a performance table ('Persentase Penyusunan Anggaran'), not a new header.

    Header words name indicators too; a line opening like an indicator with
    words beyond the header words stays a row of the table it stands in.
    """
    if header.kind not in ("target", "realisation"):
        return False
    text = view.line.text.strip()
    if not INDICATOR_START_RE.match(text):  # '2 | Persentase penyelesaian | 8596': after its row number
        text = strip_row_number(text.strip(STRAY_MARKS)).lstrip(STRAY_MARKS)
    return bool(INDICATOR_START_RE.match(text)) and len(text.split()) >= 3


MARKDOWN_RULE_RE = re.compile(r"^\s*\|\s*:?-{2,}")


def opens_row_above_its_values(view: LineView, values: list[Token], views: list[LineView], i: int) -> bool:
    """'1 | Persentase Pelaksanaan ... Berkelanjutan' over 'secara tepat waktu 100% | 100% | 100%'.

    A delimited line whose only value is the row number in its first cell, whose text opens an
    indicator, right above a line that goes on in lower case and holds the values.
    """
    if len(values) != 1 or not view.delimited or view.spaced or len(view.cells) < 2:
        return False
    first = view.cells[0]
    if first.text or first.values != (values[0],) or not ROW_NUMBER_CELL_RE.fullmatch(first.raw.strip()):
        return False
    if not opens_indicator(view):
        return False
    nxt = next_nonblank(views, i, 0)
    return nxt is not None and len(views[nxt].values) >= 2 and starts_lower(strip_row_number(views[nxt].text))


CODE_SIBLING_SPAN = 8  # lines to a sibling row's code: a row's name wraps over a few lines at most


def coded_above_its_values(view: LineView, value: Token, views: Sequence[LineView], i: int, least: int) -> bool:
    """'1.02 Nilai Evaluasi ...' over 'Nilai 72,5 74,1 102,21': the line's only number is the row's code.

    A code such as '1.02' or '2.1' reads as a decimal too, so it counts as
    one only with two signs together: a line near it opens with a code of
    the same shape counting on by one ('1.01' above or '1.03' below, the
    rows of one table), and the next line with values holds `least` or more
    (the row's own target and realisasi, which the code would otherwise stand
    in for; its target alone under a header naming one value column).
    """
    text = view.line.text
    if value.kind != "number" or not text[:3].lstrip()[:1].isdecimal():
        return False
    match = DECIMAL_ROW_CODE_RE.match(text)
    if match is None or float(f"{match.group(1)}.{match.group(2)}") != value.reading.value:
        return False
    if not counts_with_siblings(views, i, match):
        return False
    for k in range(i + 1, min(i + 4, len(views))):
        if views[k].values:
            return len(views[k].values) >= least and DECIMAL_ROW_CODE_RE.match(views[k].line.text) is None
    return False


def counts_with_siblings(views: Sequence[LineView], i: int, match: re.Match[str]) -> bool:
    """Whether a line within reach opens with the code before or after this one ('1.01' or '1.03' for '1.02').

    Both share the first group and the second group's width, as a table's codes do.
    """
    major, minor = match.group(1), match.group(2)
    for k in range(max(0, i - CODE_SIBLING_SPAN), min(len(views), i + CODE_SIBLING_SPAN + 1)):
        if k == i:
            continue
        other = views[k].line.text
        if not other[:3].lstrip()[:1].isdecimal():
            continue
        sibling = DECIMAL_ROW_CODE_RE.match(other)
        if sibling is not None and sibling.group(1) == major and len(sibling.group(2)) == len(minor) \
                and abs(int(sibling.group(2)) - int(minor)) == 1:
            return True
    return False


OUTPUT_CODE_LINE_RE = re.compile(r"\s*\d{3}\s*")  # '994', '001': an output's code in a Kode cell of its own


def opens_with_output_code(view: LineView, values: list[Token], row: RowDraft, header: Header, width: int) -> bool:
    """A three-digit output code alone on its line, opening the next row of a flattened budget table with a Kode column.

    The row above has all its values (its % came last), so the number is no
    cell of that row: like 'EBA' or '3355', it is the next row's code.
    """
    return (header.flattened and header.kind == "budget" and row.values_only_tail and not view.text
            and len(values) == 1 and len(row.values) >= width and "kode" in header.label_cells.values()
            and OUTPUT_CODE_LINE_RE.fullmatch(view.line.text) is not None)


def runs_on(header: Header, gap: int) -> int:
    """How many values a row of a flattened table may hold beyond its header's columns, its values `gap` lines on.

    A flattened row's cells stand on the lines right under each other: one
    more value there than the header names is a column it does not name
    (the % under 'Keterangan', a capaian whose header word OCR lost).
    """
    return 1 if header.flattened and gap == 1 else 0


LIST_NUMBER_RE = re.compile(r"\s*\d{1,2}\.\s*")
SUB_NUMBER_RE = re.compile(r"\s*\d{1,2}\.\d{1,2}\.?\s*")  # '1.1', '2.3.': a numbered group's item


def is_flattened_row_number(view: LineView, values: list[Token], expected: int | None,
                            views: Sequence[LineView], i: int, flattened: bool = False,
                            row_open: bool = False) -> bool:
    """A line holding just the next row's number, above that row's indicator text.

    Tables flattened one cell per line print 'No' cells on lines of their own;
    read as values they would close the row above ('7596' then '3' made the
    target 3). Only the expected number (1 first, then one more each time)
    followed by a text line counts, or, under a flattened header, written as a
    list number ('2.') above a row of values only (a year and its amounts).
    Under a flattened header a row opens with its number, so where a row opens
    (`row_open`: no text since the row above, which has all its values, or
    since the header) any number of one or two digits followed by a text line
    counts ('7' over the sasaran of a table of row 7 only), and so does a list
    number anywhere ('1.' again after a heading row that states no value).
    """
    raw = values[0].raw.strip() if len(values) == 1 else ""
    listed = flattened and LIST_NUMBER_RE.fullmatch(view.line.text) is not None
    if flattened and expected is not None and len(values) == 1 and not view.text \
            and SUB_NUMBER_RE.fullmatch(view.line.text) and int(values[0].reading.value or 0) == expected - 1:
        # '1.1' under the group numbered '1.': an indicator's number in its sasaran's group, over its name
        nxt = next_nonblank(views, i, 2)
        return nxt is not None and bool(views[nxt].text) and not views[nxt].values
    if view.text or len(values) != 1 or values[0].kind != "number" or not (raw.isdigit() or listed):
        return False
    number = int(values[0].reading.value)  # type: ignore[arg-type]  # a number token has a value
    if number != (expected if expected is not None else 1) and not (flattened and (row_open or listed) and number < 100):
        return False
    nxt = next_nonblank(views, i, 2)
    # the row's text, or its budget code on a line of its own ('1' over '076.01.WA' over the program's name)
    return nxt is not None and ((bool(views[nxt].text) or bool(views[nxt].codes)) and not views[nxt].values or listed)


def wraps_to_next_line(view: LineView, values: list[Token], header: Header,
                       views: Sequence[LineView], i: int) -> bool:
    """A lone amount ending a text line, right above a budget row: a cell wrapped upwards."""
    if header.kind != "budget" or len(header.roles) < 3 or len(values) != 1 or not view.text:
        return False
    if values[0].kind != "amount":
        return False
    nxt = next_nonblank(views, i, 1)
    return nxt is not None and len(usable_values(views[nxt], header)) >= len(header.roles) - 1


def with_wrapped_amount(values: list[Token], amount: Token) -> list[Token]:
    """Put a wrapped amount back after the row's first amount, dropping its wrapped tail digits ('0').

    When the row's % says the wrapped amount is the first one instead (a total row cut after
    its pagu: 'JUMLAH 3.477.949.000' over '3.363.016.781 96,70'), it goes first.
    """
    first = next((k for k, t in enumerate(values) if t.kind == "amount"), None)
    if first is None:
        return [amount] + values
    rest = values[first + 1:]
    if first == 0 and len(rest) == 1 and percent_fits(amount, values[0], rest[0]) \
            and not percent_fits(values[0], amount, rest[0]):
        return [amount] + values
    if rest and rest[0].kind == "number" and rest[0].raw.strip("0") == "":
        rest = rest[1:]
    return values[:first + 1] + [amount] + rest


def percent_fits(allocation: Token, realisation: Token, percent: Token) -> bool:
    """realisasi / pagu x 100 = % (to the printed rounding)."""
    a, r, p = allocation.reading.value, realisation.reading.value, percent.reading.value
    return bool(a and r is not None and p is not None and abs(r / a * 100 - p) <= 0.06)


def next_dashed_item(row: RowDraft, view: LineView) -> bool:
    """Whether a line under a row opens the next item of the dashed list the row is an item of.

    '- usia 13-15 tahun' under a row named '- usia 7-12 tahun': a sibling, though lower case, not the
    row's wrapped name; the lines under it go on its name, not the row above's.
    """
    return DASH_ITEM_RE.match(view.line.text) is not None and any(DASH_ITEM_RE.match(v.line.text) for v in row.views)


def continues(row: RowDraft, view: LineView, blanks: int, header: Header) -> bool:
    """Whether a text line carries on the indicator text of the row above."""
    if blanks > 2 or is_prose(view):
        return False
    if len(row.text_parts) >= MAX_TEXT_LINES and not (len(row.text_parts) < COLUMN_REACH
                                                      and wraps_in_its_columns(row, view, header)):
        return False
    if header.kind == "budget" and header.flattened and named_above_values(row):
        return False  # its name stood above its values: text after them names the next row ('... Kerjasama' / 'antar')
    if header.sasaran_indikator and heads_numbered(view):
        return False  # '2. M | l Ienyelenggarakan ... | ntak Yang ...': the next group's heading, OCR broke its verb
    text = strip_row_number(view.text)
    if view.delimited and header.cells:
        first = next((c for c in view.cells if c.raw.strip()), None)
        # a row whose leading 'No' cell is filled starts a new record, not a continuation
        if first is not None and first.index <= 1 and (NUMBER_CELL_RE.fullmatch(first.raw.strip())
                                                       or LIST_LETTER_CELL_RE.fullmatch(first.raw.strip())
                                                       or ROMAN_CELL_RE.fullmatch(first.raw.strip())):
            rest = [c.text for c in view.cells if c.index > first.index and c.text]
            # a numbered sasaran heading ('2    Meningkatnya efektivitas pengawasan') opens a group too, and a
            # numbered name opening like an indicator ('2    Tingkat kehadiran pemilih dalam', its values on the
            # line below) its own row
            if len(view.cells) > 2 or (rest and (SASARAN_VERB_RE.match(rest[0])
                                                 or header.kind in ("target", "realisation")
                                                 and INDICATOR_START_RE.match(rest[0]))):
                return False
        return not (header.kind in ("target", "realisation") and opens_name_under_whole_name(row, view))
    if blanks and reads_as_sentence(view.line.text):
        return False  # the paragraph after the table
    if blanks and heads_section(view.line.text):
        return False  # after a blank line, 'C. Evaluasi Kinerja': the next section or group, though under a name cell
    if blanks and runs_under_values(row, view):
        return False  # after a blank line, a line set across the page past the row's values: the paragraph below
    if heads_group(view):
        return False  # 'Tersusunnya Laporan ...': the next group
    opens = opens_indicator(view)  # (asked twice below: worked out once)
    if opens and not ends_unfinished(row.text) and INDICATOR_START_RE.search(row.text) is not None \
            and not measure_word_only(row, view, header):
        # 'Jumlah laporan ...': the next name (a row whose text so far is its sasaran, 'Meningkatnya Kualitas
        # layanan ...', goes on with its indicator's name)
        return False
    if opens and not LETTER_ITEM_RE.match(view.line.text) \
            and SASARAN_VERB_RE.match(strip_row_number(row.text)) and ANY_CASE_INDICATOR_RE.search(row.text) is None:
        return True  # 'Meningkatnya Kualitas layanan ...' on the value line, its indicator's name under it
    column = text_column(view, header)
    if column is not None and row.cells.get(column):
        return True  # one cell's wrapped text under that cell ('Pemilu/Pemilihan sesuai dengan')
    if LETTER_ITEM_RE.match(view.line.text):
        return False  # 'b. persentase ...' under a row: the next item of a lettered list, though lower case
    if next_dashed_item(row, view):
        return False
    return starts_lower(text) or ends_unfinished(row.text) or header.satuan and unfinished_before_satuan(row.text)


def opens_name_under_whole_name(row: RowDraft, view: LineView) -> bool:
    """Whether a delimited text line's cell opens a new name where the row above's same cell holds a whole one.

    An indicator wrapped around its value line ('| Persentase rancangan |' over
    '4 | keputusan KPU yang | 95%' over '| ditetapkan sesuai ketentuan |')
    prints its first line above its number. That line's cell opens with a
    capitalised measure word, and the cell above it ('Persentase pemutakhiran
    data yang tepat waktu') already names a measure and ends on no connector:
    a name never goes on with a second measure word after a finished phrase,
    so the line opens the next row (as `continues` rules for a line without
    tabs). A cell holding the measure word alone ('Nilai' over 'Indeks ...')
    is no whole name.
    """
    for cell in view.cells:
        if not cell.text or INDICATOR_START_RE.match(cell.text) is None:
            continue
        above = row.cells.get(cell.index, "")
        return len(above.split()) > 1 and INDICATOR_START_RE.match(strip_row_number(above)) is not None \
            and not ends_unfinished(above)
    return False


def measure_word_only(row: RowDraft, view: LineView, header: Header) -> bool:
    """Whether a space-aligned row's name so far is its measure word alone, the line below right under it.

    'Persentase' over 'Jumlah Laporan Barang ...' in a narrow name column: one
    word names no indicator yet, so the line below goes on with it though it
    opens like a name of its own.
    """
    return bool(header.col_starts) and len(row.text.split()) == 1 and wraps_in_its_columns(row, view, header)


def wraps_in_its_columns(row: RowDraft, view: LineView, header: Header) -> bool:
    """Whether a line right under a row of a space-aligned table holds only more of the row's own text cells.

    A column a dozen characters wide wraps a name over more lines than a name
    takes elsewhere (`MAX_TEXT_LINES`); a line whose every piece stands under a
    text column the row already filled, with no value and no row number, is
    still that cell's wrap, not running text.
    """
    if not header.col_starts or view.values or view.codes or row.views[-1].line.number != view.line.number - 1 \
            or NUMBERED_LINE_RE.match(view.line.text):
        return False
    columns = {column_of(p.start(), header.col_starts) for p in PIECE_RE.finditer(view.line.text)}
    return bool(columns) and all(row.cells.get(c) and header.label_cells.get(c) not in (None, "no", "nomor")
                                 for c in columns)


def unfinished_before_satuan(text: str) -> bool:
    """'Persentase Aduan Yang Persen': a name left unfinished before its row's Satuan cell, under a Satuan header.

    The unit word stands last on the value line, so the name's last word ('Yang') is not; the next
    line ('Ditindaklanjuti'), in title case, still ends the name.
    """
    rest, _, word = text.rstrip().rpartition(" ")
    return bool(rest) and (word in ("%", "(%)") or canonical_unit(word.strip("()")) is not None) \
        and ends_unfinished(rest)


def named_above_values(row: RowDraft) -> bool:
    """Whether a row's name stands on lines above its values, its value line holding values alone."""
    value_view = next((v for v in row.views if v.line.number == row.value_line), None)
    return value_view is not None and not value_view.text and bool(row.text)


def text_column(view: LineView, header: Header) -> int | None:
    """The text column of a space-aligned table a lone chunk of words stands in, by its offset."""
    if view.delimited or not header.label_cells or len(header.col_starts) < 2:
        return None
    text = view.line.text
    column = column_of(len(text) - len(text.lstrip()), header.col_starts)
    return column if header.label_cells.get(column) not in (None, "no", "nomor") else None


def append_text(row: RowDraft, view: LineView, header: Header) -> None:
    row.views.append(view)
    if view.delimited and not (row.cells and header.cells and one_text_piece(view) and edge_bordered(view)):
        # (a wrapped line whose only '|' a scan read at its edge is no cell of its own: the name's rest)
        shift = int(opens_at_blank_number_cell(row, view, header))
        texts = [cell for cell in view.cells if cell.text]
        lone = lone_piece_above(row, header)
        if lone and len(texts) == 1 and row.cells.get(texts[0].index + shift):
            # the piece between this cell's lines above and below it is that cell's middle line: a cell's
            # wrapped lines follow each other, so the column with words on both sides of it had words on it too
            row.cells[texts[0].index + shift] += " " + lone
        for cell in texts:
            row.cells[cell.index + shift] = (row.cells.get(cell.index + shift, "") + " " + cell.text).strip()
    elif row.cells and (column := text_column(view, header)) is not None:
        row.cells[column] = (row.cells.get(column, "") + " " + view.text).strip()
    elif row.cells and header.flattened:  # a flattened row's wrapped name: the rest of its last text cell
        last = max(row.cells)
        row.cells[last] = f"{row.cells[last]} {strip_row_number(view.text)}"
    row.text_parts.append(strip_row_number(view.text))
    row.codes.extend(view.codes)


def lone_piece_above(row: RowDraft, header: Header) -> str:
    """The words of the row's line above the one just appended when no cell took them, else ''.

    A scan that loses a wrapped line's empty cells prints it as one piece
    between edge borders (' | Kabupaten Contoh yang | '), which names no
    column; `append_text` leaves it out of the cells. The line below then shows
    which column it continued.
    """
    if len(row.views) < 3 or not row.cells or not header.cells:
        return ""
    above = row.views[-2]
    if not above.delimited or not one_text_piece(above) or not edge_bordered(above) or not above.text:
        return ""
    return above.text


def opens_at_blank_number_cell(row: RowDraft, view: LineView, header: Header) -> bool:
    """Whether a wrapped line's first border closes the row's blank No cell ('   | tepat waktu |').

    Under rows printed '1 | Persentase ... | 90%', with no outer border, the number's
    cell is the line's first; a wrapped line leaves it blank, so the line opens with
    the border after it, which reads as an outer border, and its name piece would
    fall in the No column. A row that itself opens with a border ('| 1 | ...') is
    a bordered table whose outer border this is. Only under a header of as many
    cells as the value line's: a scan's stray '|' ('|Keuangan | Keuangan') proves
    no cell of a row whose borders it read in part, nor of one whose No cell took
    words already (a line that lost its borders).
    """
    if not view.line.text.lstrip().startswith("|") or row.cells.get(0):
        return False
    value_view = next((v for v in row.views if v.line.number == row.value_line), None)
    if value_view is None or not value_view.delimited or value_view.line.text.lstrip().startswith("|") \
            or len(value_view.cells) != header.cells or len(view.cells) >= header.cells:
        return False
    first = value_view.cells[0].raw.strip() if value_view.cells else ""
    return NUMBER_CELL_RE.fullmatch(first) is not None


def value_line_opens_at_blank_number_cell(opening: LineView, view: LineView, header: Header) -> bool:
    """Whether a value line under its row's numbered opening line starts at the border after its blank No cell.

    '2 | Tingkat kehadiran pemilih dalam | | |' over ' | Pilkada Serentak | 75% | 79,2% | 105,6%': the
    value line's first border reads as an outer border, so its name piece would fall in the No column
    (as `opens_at_blank_number_cell` tells for a wrapped line under the value line).
    """
    if not view.delimited or not view.line.text.lstrip().startswith("|") or not opening.delimited \
            or opening.line.text.lstrip().startswith("|") or len(view.cells) >= header.cells or not opening.cells:
        return False
    return NUMBER_CELL_RE.fullmatch(opening.cells[0].raw.strip()) is not None


SATUAN_WORDS = 2  # a Satuan cell's words at most ('Persen', 'Nilai', 'Rata-rata Indeks')


def opened_by_row_code(pending: list[LineView], own: str) -> list[LineView]:
    """The name lines a dotted row code opened above a value line that holds only the row's satuan, or [].

    '01.02 Persentase desa ...' (perhaps wrapped: '... dengan laporan' over
    'keuangan baik') over 'Persen 65 70 66,67': the code and the name stand
    on the lines above, the satuan and the values on the line below. The
    value line's word is the row's unit cell, not its name; or it ends the
    name ('Pelayanan Publik Indeks 80,5 ...'), as long as it opens no
    indicator of its own (then the coded line above heads a group).
    """
    if len(own.split()) > SATUAN_WORDS and INDICATOR_START_RE.match(own):
        return []
    lines = pending[-3:]
    opening = [k for k, v in enumerate(lines) if not v.values and (DOTTED_ROW_CODE_RE.match(v.text)
                                                                   or DECIMAL_ROW_CODE_RE.match(v.text))]
    return lines[opening[-1]:] if opening else []


def new_row(view: LineView, values: list[Token], pending: list[LineView], header: Header,
            opened: bool = False, numbered: bool = False, below: LineView | None = None) -> RowDraft:
    """Start a row at a value line, taking wrapped text from the lines above when it belongs.

    `opened`: the pending lines start with this row's number and name, cut from the line of the row above.
    `numbered`: a budget table whose rows open with their number or code (`rows_numbered`).
    `below`: the line under the value line (the rest of a name centred around its values).
    """
    ket = ket_cell_index(view, values) if header.kind == "budget" else None
    own = strip_row_number(text_before_run(view, values) if ket is None
                           else " ".join(c.text for c in view.cells[:ket] if c.text))
    if header.name_after and not WORD_RE.search(own) and (after := text_after_run(view, values)):
        pending, own = [], after  # 'No | Pagu | Realisasi | % | Program': the name follows the values
    elif header.mixed and header.roles[0] == "allocation" and not WORD_RE.search(own) \
            and (between := text_between_groups(view, values, header.roles)):
        pending, own = [], between  # 'No | Pagu | Realisasi | % | Sasaran | Indikator | Target ...': between the groups
    if header.sasaran_indikator and pending:
        pending = after_numbered_heading(pending)
    before: list[LineView] = []
    if opened and not view.delimited and len(pending) <= 4 and not INDICATOR_START_RE.match(own):
        before = pending  # '3 Nilai maturitas SPIP' over 'Pemerintah Daerah Level 3 3 100%'
    elif header.kind == "budget" and (above := name_opened_above_value_line(view, own, pending, below)):
        before = above
    elif pending and not view.delimited:
        if not WORD_RE.search(own) or starts_lower(own) or own.startswith("(") or satuan_alone(own, header):
            # no words: OCR specks ('- . ; - 80%'); or the Satuan cell alone ('Indeks 98,38 ...'), the name above
            # (or '(usia SD/sederajat)' on the value line: a name's parenthesis, its opening above)
            # (not in a row flattened one value per line: there the lines of a Sasaran and an Indikator cell may
            # alternate above the values, `flattened_cells` parts them, and the sasaran's lines are the row's own)
            before = from_indicator_opening(name_lines_above(pending)) \
                if header.kind in ("target", "realisation") and not (header.flattened and len(values) == 1) \
                else (header.kind == "budget" and header.flattened and from_level_word(pending)) \
                or agreement_row_opening(pending, header) \
                or (pending[-4:] if header.kind == "budget" or len(values) == 1 else name_lines_above(pending))
            # (a comparison table's kind, 'Realisasi 2021 ... 2024 | Capaian ...', is known only once its rows are)
        elif ends_unfinished(pending[-1].text):
            # 'Persentase Partisipasi Pemilih Perempuan' over 'dalam Pemilu/' over 'Pemilihan 78% 78% 100%': the
            # unfinished line goes on a name an indicator's opening line began above it, within the lines a name
            # may wrap over; without such an opening, it is the name's only line above
            opened = from_indicator_opening(name_lines_above(pending)) if header.kind in ("target", "realisation") \
                else []
            before = opened if len(opened) > 1 and opens_indicator(opened[0]) else pending[-1:]
        elif header.kind in ("target", "realisation") and (coded := opened_by_row_code(pending, own)):
            before = coded
        elif numbered:
            before = budget_name_opened_above(view, own, pending)
        elif header.sasaran_indikator and not opens_indicator(view) and not heads_group(view):
            # '2 Terwujudnya tata kelola keuangan Nilai SAKIP' over 'KPU Kabupaten 75 77 102%': the row's sasaran
            # and the opening of its name, their cells joined by one space, on the line above its values
            before = joined_above(pending) or capitalised_opening_above(view, own, pending)
        elif header.kind in ("target", "realisation") and NUMBERED_LINE_RE.match(view.line.text):
            # 'Persentase kehadiran pemilih' over '2 Penyandang disabilitas ... 75% 79,2%': the number centred
            before = name_opened_above(view, own, pending)
        elif header.kind in ("target", "realisation") and not INDICATOR_START_RE.match(own):
            before = numbered_opening_above(pending)  # (see there)
    elif pending and not WORD_RE.search(own) and not any(v.delimited for v in pending[-4:]):
        before = pending[-4:]  # a bare '100% | 100% | 100%' line under its wrapped name
        if header.kind in ("target", "realisation"):
            before = from_indicator_opening(name_lines_above(pending))
    elif pending and header.kind == "budget" \
            and (not WORD_RE.search(own) or starts_lower(own) or ends_unfinished(pending[-1].text)) \
            and not opens_budget_row(view) \
            and (opening := [k for k, v in enumerate(pending[-4:]) if opens_budget_row(v)]):
        # '2   3357   Pelaksanaan Manajemen Perencanaan' over 'dan Data   412.000.000 ...': a budget row's
        # number, code and name open on the line above its values (a layout export centres values in a wrapped cell)
        before = pending[-4:][opening[-1]:]
    elif pending and starts_lower(own) and (opened := opened_above(pending)):
        # '1 | Persentase Pelaksanaan ... Berkelanjutan' over 'secara tepat waktu 100% | 100% | 100%':
        # the value line ends the name the line above opened (or two lines above, the value printed at
        # the foot of its row's cell)
        before = opened
    elif pending and header.kind in ("target", "realisation") and not INDICATOR_START_RE.match(own) \
            and (opened := numbered_cells_above(view, pending)):
        # '| 2 | Persentase naskah ... riset | | | |' over '| | Kepemiluan | 50% | 100% | 75% |': one bordered row
        # split over two lines, its number and name opening on the first
        before = opened
    elif pending and header.kind in ("target", "realisation") and not header.sasaran_indikator \
            and (opened := name_opened_above(view, own, pending)):
        # 'Persentase partisipasi pemilih pada' over 'Pemilu Serentak   77,5%   81%': the name opened above goes on
        # to the values (see `name_opened_above`)
        before = opened
    elif pending and header.sasaran_indikator and view.delimited and starts_lower(last_piece(view)) \
            and (opened := opened_beside_sasaran(pending)):
        # a scan's 'Presentase Tersedianya' over 'Terwujudnya dukungan  sarana dan prasarana' over
        # "' Sarana dan Prasarana | untuk memenuhi 100% 25%": the value line's name piece goes on the name
        # opened above, past the sasaran's pieces beside it
        before = opened
    elif pending and header.kind in ("target", "realisation") and not INDICATOR_START_RE.match(own) \
            and (opened := opened_in_name_column(view, pending, header)):
        # '2    Persentase' over five lines of its cell over '     Kepemiluan   50%  100%': a narrow name cell
        # whose values stand at its foot, every line of it under the value line's name
        before = opened
    elif pending and not header.cells and not INDICATOR_START_RE.search(view.line.text):
        # columns run together ('sasaran | indikator' lines): the name opens on the line above that
        # starts an indicator ('... | Persentase KPU Kota Prabumulih,'), not on the value line
        opening = [k for k, v in enumerate(pending) if INDICATOR_START_RE.search(v.line.text)]
        if opening:
            before = pending[opening[-1]:][-4:]
    row = RowDraft(views=before + [view], values=list(values),
                   text_parts=[strip_row_number(v.text) for v in before] + [own],
                   value_line=view.line.number, value_page=view.line.page)
    shift = int(bool(before) and value_line_opens_at_blank_number_cell(before[0], view, header))
    for v in before + [view]:
        row.codes.extend(v.codes)
        if v.delimited:
            moved = shift if v is view else 0
            for cell in v.cells:
                if cell.text and not (v is view and cell.index == ket):  # (its words are the Ket, no name)
                    row.cells[cell.index + moved] = (row.cells.get(cell.index + moved, "") + " " + cell.text).strip()
        elif v.text and (column := text_column(v, header)) is not None:
            # a space-aligned table's name wrapped above its value line, one piece a line under its column
            row.cells[column] = (row.cells.get(column, "") + " " + strip_row_number(v.text)).strip()
    if header.flattened and not row.cells:
        row.cells = flattened_cells(row.text_parts, header)
    return row


AGREEMENT_ROW_REACH = 8  # lines of a Perjanjian Kinerja row flattened one cell piece a line, above its pagu


def agreement_row_opening(pending: list[LineView], header: Header) -> list[LineView]:
    """The pending lines from the one that opens an indicator, under a 'Indikator | Target | Program | Anggaran'
    header, when a target stands between it and the pagu's line; else [].

    Flattened one cell piece a line, such a row runs over more lines than a name wraps ('- Persentase X' / 'yang
    Y' / '- 55% Program Z' / 'dan W' / '1.250.000.000'): its indicator, its target and its program all end at
    the pagu, the row's only value, and all are the row's.
    """
    roles = header.roles
    if "target" not in roles or "allocation" not in roles or roles.index("target") > roles.index("allocation") \
            or "realisation" in roles or "achievement" in roles:
        return []
    for k in range(len(pending) - 1, max(len(pending) - AGREEMENT_ROW_REACH, 0) - 1, -1):
        line = pending[k]
        if line.values or line.delimited:
            return []
        if opens_indicator(line):
            rest = pending[k + 1:]
            held = any(t.kind == "percent" for v in rest for t in v.cells[0].inner)
            return pending[k:] if held else []
    return []


TAIL_WORDS = 3  # the most words of a budget name's last line that a scan set beside the values ('Kabupaten/Kota')
TOTAL_LINE_RE = re.compile(r"\W*(?:total|jumlah)\b", re.I)  # a table's total row, opening no name of a row
NAME_OPENING_REACH = 2  # lines above a value line that may open its row's name
TOTAL_OR_LEVEL_RE = re.compile(r"\W*(?:\d{1,2}\s*[.)]?\s*)?(?:program|(?:sub\s*-?\s*)?kegiatan|output|total|jumlah)\b",
                               re.I)


# a group row numbered in Roman numerals over rows numbered 1, 2, ... ('I Pendapatan Asli Daerah 1.250.000 ...')
ROMAN_GROUP_RE = re.compile(r"[\s|]*(?:I{1,3}|IV|VI{0,3}|IX|X)[.)]?\s+[A-Z]")


def rows_numbered(rows: list[RowDraft], views: Sequence[LineView], i: int) -> bool:
    """Whether a budget table's rows each open with their number or code, so far and at the next row.

    Only then is a numbered line without values the opening of the name its value line ends: under
    a group heading ('1 Program ...' alone on its line), unnumbered kegiatan rows follow, each named
    in full on its own value line. A group row numbered in Roman numerals ('I Pendapatan ...' over '1.
    Retribusi ...') is numbered too: its rows below still open with their numbers.
    """
    if any(not opens_numbered_budget_row(row.views[0]) and not TOTAL_LINE_RE.match(row.views[0].text)
           and not ROMAN_GROUP_RE.match(row.views[0].line.text) for row in rows):
        return False
    between = 0
    for j in range(i + 1, len(views)):
        if not line_of(views, j).text.strip():
            return True  # the table ends (or a blank line parts it): no unnumbered row follows
        view = views[j]
        if opens_numbered_budget_row(view) or TOTAL_LINE_RE.match(view.text):
            return True
        between += 1
        if view.values or between > NAME_OPENING_REACH:
            return False  # an unnumbered value line: a kegiatan row of its own
    return True


def budget_name_opened_above(view: LineView, own: str, pending: list[LineView]) -> list[LineView]:
    """The lines from the one that opens a budget row's name when its value line holds only the name's last words.

    Tesseract reads a row whose name wrapped with the values beside the cell's
    last line: '1 Program Penunjang Urusan Pemerintahan Daerah' over
    'Kabupaten/Kota 2.345.600.000 ...'. The line that opens with the row's
    number (or code) starts the name; a value line of a few words that opens
    no row, no level and no total of its own only ends it.
    """
    if len(own.split()) > TAIL_WORDS or opens_numbered_budget_row(view) or TOTAL_OR_LEVEL_RE.match(own):
        return []
    near = pending[-NAME_OPENING_REACH:]
    opening = [k for k, v in enumerate(near) if opens_numbered_budget_row(v) and WORD_RE.search(v.text)]
    if not opening or any(v.values or v.delimited or is_prose(v) for v in near[opening[-1]:]):
        return []
    return near[opening[-1]:]


LEVEL_OPENING_RE = re.compile(r"\W*(?:program|(?:sub\s*-?\s*)?kegiatan|output)\b", re.I)


def name_opened_above_value_line(view: LineView, own: str, pending: list[LineView],
                                 below: LineView | None, heading_too: bool = False) -> list[LineView]:
    """The line right above a budget row's value line when it opens the row's name: [that line], else [].

    A layout export sets a row's values beside the middle or last line of its
    wrapped name: 'Program Dukungan Manajemen dan' over '1  Pelaksanaan
    Tugas Teknis  6.250.000.000 ...' over 'Lainnya', or 'Program Penunjang
    Urusan Pemerintahan' over 'Daerah Kabupaten/Kota  5.210.400.000 ...'.
    The value line holds the name's middle or end, so the line above opens
    it when it breaks off on a connector ('dan', ','), or opens with a level
    word ('Program', 'Kegiatan', 'Output') the value line's text lacks while
    the line under the value line carries the name on, or, for a row without
    a number, opens the next row's name the same way or ends the table (a
    group heading over its rows has a row's values there; over numbered
    rows, whose number a layout centres with the values, only a name going
    on under them tells). It holds no value, no number or code of its own,
    and is no heading in capitals nor a sentence. `heading_too`: also such a
    level line that heads the rows below (no tail of the row above either way).
    """
    if not pending or not WORD_RE.search(own) or TOTAL_OR_LEVEL_RE.match(own):
        return []
    above = pending[-1]
    text = above.text
    if above.line.number != view.line.number - 1 or above.values or opens_budget_row(above) or shouts(text) \
            or is_prose(above) or NUMBERED_LINE_RE.match(above.line.text):
        return []
    if ends_unfinished(text) or LEVEL_OPENING_RE.match(text) and (heading_too or
            name_goes_on(view, below) or not opens_numbered_budget_row(view) and row_ends(view, below)):
        return [above]  # (a numbered row's number stands mid-cell: a heading over numbered rows opens none of them)
    return []


def row_ends(view: LineView, below: LineView | None) -> bool:
    """Whether a value line's row ends with it: the table stops, a total follows, or the next row's name opens."""
    if below is None or below.line.number != view.line.number + 1 or TOTAL_LINE_RE.match(below.text):
        return True
    return not below.values and bool(LEVEL_OPENING_RE.match(below.text)) and not shouts(below.text)


def name_goes_on(view: LineView, below: LineView | None) -> bool:
    """Whether the line right under a value line carries its name on: words only, no row, level or total of its own."""
    return below is not None and below.line.number == view.line.number + 1 and not below.values \
        and bool(WORD_RE.search(below.text)) and not opens_numbered_budget_row(below) \
        and not TOTAL_OR_LEVEL_RE.match(below.text) and not shouts(below.text) and not is_prose(below)


def opens_next_rows_name(views: Sequence[LineView], i: int) -> bool:
    """Whether line `i` opens the name of the budget row whose values stand on the next line, or heads it."""
    text = views[i].text  # (its own words first: most lines open no level and end no phrase unfinished)
    if not (LEVEL_OPENING_RE.match(text) or ends_unfinished(text)) or i + 1 >= len(views) or not views[i + 1].values:
        return False
    below = views[i + 1]
    under = views[i + 2] if i + 2 < len(views) else None
    return bool(name_opened_above_value_line(below, strip_row_number(below.text), [views[i]], under, heading_too=True))


def tail_before_next_row(row: RowDraft, pending: list[LineView], view: LineView, header: Header,
                         below: LineView | None = None) -> list[LineView]:
    """Give a budget row the lines of words under it when the next row opens on its own value line; return the rest.

    A scan sets the values beside a wrapped name's first line: '1 Program
    Penunjang Urusan Pemerintahan 4.567.800.000 ...' over 'Daerah
    Kabupaten/Kota', then '2 Program ... 1.120.000.000 ...'. The next row
    starts with its number, so the lines between are the row above's. Only
    lines right under it that open no row, hold no value and read as no
    sentence or heading are taken.
    """
    if header.kind != "budget" or view.delimited:
        return pending
    if not (opens_numbered_budget_row(view) or TOTAL_LINE_RE.match(view.text)) \
            and not any(opens_numbered_budget_row(v) for v in pending):
        return pending  # (the next row's number on a line above its values ends the tail there too)
    last = row.views[-1].line.number
    taken = 0
    opening = name_opened_above_value_line(view, strip_row_number(view.text), pending, below, heading_too=True)
    for v in pending:
        if opening and v is opening[0]:
            break  # the next row's name opens right above its value line
        if v.line.number != last + 1 or v.delimited or v.values or opens_numbered_budget_row(v) or is_prose(v) \
                or heads_group(v) or shouts(v.text) and not shouts(row.text) or len(row.text_parts) >= MAX_TEXT_LINES:
            break
        append_text(row, v, header)
        last = v.line.number
        taken += 1
    return pending[taken:]


# a budget value line holding its row's number and values only ('3      38.85   30.66   79%'), the number captured
BARE_NUMBERED_RE = re.compile(r"\s*(\d{1,2})[.)]?\s+[-\d]")


def bare_numbered(view: LineView) -> int | None:
    """The row number of a value line that holds that number and values only, its name on the lines around it."""
    match = BARE_NUMBERED_RE.match(view.line.text)
    return int(match.group(1)) if match and not view.text and not ruled(view) and view.values else None


def ruled(view: LineView) -> bool:
    """A line whose cells a '|' or a tab parts, no space alignment: its cells say where each wrapped piece goes."""
    return view.delimited and not view.spaced


def row_number(row: RowDraft) -> int | None:
    """The number a row's value line opens with ('2   KAB X  40.00 ...' or '2    40.00 ...'), else None."""
    view = next((v for v in row.views if v.line.number == row.value_line), None)
    if view is None:
        return None
    match = NUMBERED_LINE_RE.match(view.line.text)
    return int(match.group(1)) if match else bare_numbered(view)


def opens_bare_row_below(row: RowDraft, views: Sequence[LineView], i: int) -> bool:
    """Whether line `i` opens the name of the next budget row, whose value line right below holds its number alone.

    'KAB MAWAR' between '2   KAB MELATI  40.00 ...' and '3      80.00 ...':
    row 3 prints no word on its value line, so its name is centred on it and
    opens right above it; the line is not the rest of row 2's name.
    """
    if i + 1 >= len(views) or ruled(views[i]) or views[i].values or (number := row_number(row)) is None:
        return False
    return bare_numbered(views[i + 1]) == number + 1


def centred_name_split(row: RowDraft, pending: list[LineView], view: LineView, header: Header) -> list[LineView]:
    """Give a budget row the lines of its name centred around its bare value line; return the next row's.

    A cell centred on its row prints a long name half above the values and
    half below: 'KAB MAWAR' over '3   80.00 60.00 75%' over 'BARAT', then
    'KAB MAWAR' over '4   40.00 ...'. The row above took k lines over its
    value line, so the first k lines under it are its name's end; only when
    the lines between split evenly (k for it, k for the next bare value line,
    or all k for it under a next row named on its own value line), each a
    line of words right after the other, else they stay as they are.
    """
    if header.kind != "budget" or ruled(view) or (number := bare_numbered(row.views[-1])) is None:
        return pending
    k = len(row.views) - 1
    if not k or row.views[-1].line.number != row.value_line or any(row.text_parts[k:]):
        return pending
    above = row.views[:k]
    lines = [*above, row.views[-1], *pending, view]
    if any(b.line.number != a.line.number + 1 or b.line.page != a.line.page for a, b in zip(lines, lines[1:])):
        return pending  # a blank line or a page between: no cell centred on one value line
    if any(v.values or ruled(v) or not v.text or opens_numbered_budget_row(v) for v in [*above, *pending]):
        return pending
    if bare_numbered(view) == number + 1 and len(pending) == 2 * k:
        share = k
    elif (match := NUMBERED_LINE_RE.match(view.line.text)) and int(match.group(1)) == number + 1 and len(pending) == k:
        share = k
    else:
        return pending
    for v in pending[:share]:
        append_text(row, v, header)
    return pending[share:]


def opens_numbered_budget_row(view: LineView) -> bool:
    """`opens_budget_row`, or a line of a scan without column gaps that opens with its row's number ('2 Program ...')."""
    return opens_budget_row(view) or NUMBERED_LINE_RE.match(view.line.text) is not None


def opens_budget_row(view: LineView) -> bool:
    """A line of a budget table that opens the next row's name: it starts with the row's code or number.

    Under a row whose name wrapped, '2   Program Penyelenggaraan Pemilu dalam'
    is not the rest of that name but the next row's opening.
    """
    return bool(view.codes) or leading_row_number(view) is not None


def short_after_grand_total(row: RowDraft, values: list[Token], width: int) -> bool:
    """Whether a line with fewer values than the columns follows a budget table's whole total, its columns filled.

    The 'Jumlah' or 'TOTAL' row closes the table; the paragraph under it may
    open on or end with an amount ('Rp 2.350.000.000 telah direalisasikan
    ...', 'Pagu anggaran Rp 2.500.000.000'), which is no row of the table and
    no part of the total's name. A group's total ('Jumlah Sasaran 1', 'Sub
    Total') has more rows under it, and a total whose values wrapped (its
    columns not yet filled) takes the rest from the line below.
    """
    return len(values) < width <= len(row.values) and TOTAL_LABEL_LINE_RE.match(strip_row_number(row.text)) is not None


def labels_a_measure(view: LineView) -> bool:
    """Whether a delimited line opens with a budget measure's label ('Pagu Anggaran | : Rp X', 'Realisasi | : Rp Y').

    Under a budget table's whole total such lines state that total again in
    words, one amount each: the table has ended, though the line has cells.
    """
    return bool(view.cells) and label_role(view.cells[0].text) is not None


# a budget table's line holding a total row's label alone ('TOTAL', 'Jumlah', 'JUMLAH ANGGARAN'), capitalised: the
# table's total row opens there, its values on a line of their own or lost; never the rest of the row above's name
TOTAL_LABEL_LINE_RE = re.compile(r"\W*(?:TOTAL|Total|JUMLAH|Jumlah)(?:\s+(?:ANGGARAN|Anggaran|KESELURUHAN|Keseluruhan"
                                 r"|BELANJA|Belanja|TOTAL|Total))?\W*$")


OPENING_REACH = 3  # lines above a value line that can open its row's name (a name wrapped over four lines)
# an indicator's measure word after a space, inside a line that opened with its sasaran
JOINED_OPENING_RE = re.compile(r"\s" + INDICATOR_START_RE.pattern)


def opens_joined_indicator(view: LineView) -> bool:
    """Whether a line (or one of its cells) holds a sasaran and the opening of its row's indicator, joined by one space.

    A scan of a 'Sasaran | Indikator' table that lost the border between the
    two cells reads them as one run of words, '2 Terwujudnya tata kelola
    keuangan Nilai SAKIP': a line opening with a sasaran's verb, then a
    capitalised measure word. At least one word of the sasaran's own stands
    between them: 'Meningkatnya Indeks Kepuasan ...' is a sasaran alone.
    (Read only under a Sasaran | Indikator header.)
    """
    for cell in view.cells:
        text = strip_row_number(cell.text.strip(STRAY_MARKS)) if cell.text else ""
        if not text or SASARAN_VERB_RE.match(text) is None:
            continue
        joined = JOINED_OPENING_RE.search(text)
        if joined is not None and len(text[:joined.start()].split()) >= 2:
            return True
    return False


# 'Sasaran 1 :', 'Sasaran Strategis 2.', 'Sasaran:' opening a line: a sasaran's label before its words
SASARAN_HEADING_LABEL_RE = re.compile(r"\W*sasaran(?:\s+strategis)?\s*(?:\d{1,2}\s*[:.)]?|[:.])\s*", re.I)


def heading_opens_name(view: LineView) -> bool:
    """Whether a labelled sasaran heading line without borders also opens its group's first indicator's name.

    A web export of a 'Sasaran | Indikator | Target | Realisasi | Capaian'
    summary flattens each row into a paragraph, and the heading row into the
    same paragraph as the first indicator: 'Sasaran 1 : Meningkatnya mutu
    layanan Persentase arsip yang' over the name's wrap and the values. The
    label and the sasaran's verb make the line a heading; a capitalised
    measure word after at least two of the sasaran's words opens the name
    (`split_sasaran` cuts the heading off later). Dropped with the heading,
    the first row lost its name's head, or, its name whole on that line, the
    row itself.
    """
    return not view.delimited and joins_sasaran_heading(view.line.text)


def joins_sasaran_heading(text: str) -> bool:
    """`heading_opens_name` for a line's text: 'Sasaran 1 : <verb> <two words or more> <Measure word> ...'."""
    if "asaran" not in text[:24]:
        return False
    text = text.strip()
    label = SASARAN_HEADING_LABEL_RE.match(text)
    if label is None:
        return False
    rest = text[label.end():]
    if SASARAN_VERB_RE.match(rest) is None:
        return False
    joined = JOINED_OPENING_RE.search(rest)
    return joined is not None and len(rest[:joined.start()].split()) >= 2


def opens_name_beside_sasaran(view: LineView) -> bool:
    """Whether a line without borders opens an indicator's name beside its sasaran's piece.

    A scan of a 'Sasaran | Indikator' table reads 'yang berkualitas  Nilai
    Keterbukaan Informasi 100%': the sasaran's wrapped end, then the next
    indicator's name after two spaces, one ('... sengketa Persentase ...'),
    or after the sasaran's own verb ('Terwujudnya tata kelola Nilai SAKIP').
    The lines above it are the row above's, as above a line opening the name.
    """
    if view.delimited or not view.text:
        return False
    text = strip_row_number(view.text.strip(STRAY_MARKS))
    return any(INDICATOR_START_RE.match(part) for part in GAP_RE.split(text)[1:]) \
        or opens_after_sasaran_tail(text) is not None or opens_joined_indicator(view)


def text_pieces(view: LineView) -> list[str]:
    """A line's text pieces, parted at each border kept ('|') or lost (two spaces or more)."""
    if view.delimited:
        return [part for cell in view.cells if cell.text for part in GAP_RE.split(cell.text)]
    return GAP_RE.split(view.text)


def last_piece(view: LineView) -> str:
    """A line's last text piece (after a kept border or two spaces), where a scan puts the name's."""
    pieces = [piece for piece in text_pieces(view) if piece.strip(STRAY_MARKS)]
    return pieces[-1].strip(STRAY_MARKS) if pieces else ""


def opened_beside_sasaran(pending: list[LineView]) -> list[LineView]:
    """The pending lines from the nearest one that opens an indicator, past lines that hold a sasaran's piece
    and a name's wrapped piece in lower case side by side ('Terwujudnya dukungan  sarana dan prasarana').

    In a scanned Sasaran | Indikator table, such a line is both the sasaran's and
    the name's; a line of another kind between cuts the reach (`opened_above`).
    """
    for k in range(len(pending) - 1, max(len(pending) - OPENING_REACH, 0) - 1, -1):
        if opens_indicator(pending[k]):
            return pending[k:]
        pieces = [piece for piece in text_pieces(pending[k]) if piece.strip(STRAY_MARKS)]
        if len(pieces) < 2 or not starts_lower(pieces[-1].strip(STRAY_MARKS)):
            return []
    return []


def joined_above(pending: list[LineView]) -> list[LineView]:
    """The pending lines from the nearest one that holds a row's sasaran joined to its name's opening, if near.

    Under a Sasaran | Indikator header, 'Terwujudnya tata kelola keuangan
    Nilai SAKIP' over 'KPU Kabupaten  75  77': the value line ends the name
    the line above opened. A line between that opens a name or a group of
    its own cuts the reach.
    """
    for k in range(len(pending) - 1, max(len(pending) - NAME_OPENING_REACH, 0) - 1, -1):
        if opens_joined_indicator(pending[k]):
            return pending[k:]
        if opens_indicator(pending[k]) or heads_group(pending[k]):
            return []
    return []


CAPITALISED_OPENING_WORDS = 4  # the most words of a name's first line set apart above its value line
CAPITALISED_OPENING_GAP = 2  # lines from that line to the value line (a blank line between in a spaced export)


def capitalised_opening_above(view: LineView, own: str, pending: list[LineView]) -> list[LineView]:
    """The line right above a value line that opens its row's name, under a sasaran that went on in lower case.

    A Sasaran | Indikator table flattened one cell piece a line: 'Terwujudnya kegiatan' / 'promosi ... bagi
    masyarakat' / 'Kegiatan Kota' / 'Gemar Membaca (GKM) 232 Org 232 Org'. The sasaran's wrapped lines open in
    lower case; a short capitalised line after them opens a cell of its own, and a value line whose name opens no
    indicator goes on that name. [] otherwise.
    """
    if len(pending) < 2 or not own[:1].isupper() or INDICATOR_START_RE.match(own):
        return []
    above, sasaran = pending[-1], pending[-2]
    text = above.line.text.strip()
    if above.values or above.delimited or not text[:1].isupper() or text.endswith((".", ":", ";")) \
            or len(text.split()) > CAPITALISED_OPENING_WORDS or heads_group(above) \
            or view.line.number - above.line.number > CAPITALISED_OPENING_GAP:
        return []
    return [above] if starts_lower(sasaran.line.text) and not sasaran.values else []


def numbered_cells_above(view: LineView, pending: list[LineView]) -> list[LineView]:
    """The bordered line right above a bordered value line whose No cell is blank, when it holds a number and no value.

    A bordered table whose name cell wraps may print a row as two lines, the
    number and the name's opening on the first with its value cells empty,
    the name's end and the values on the second with its No cell empty. The
    first line is the row's own, not the row above's tail: its number opens a
    row. [] for anything else (as many cells on both lines, or it is no split).
    """
    above = pending[-1]
    if not (view.delimited and above.delimited) or above.values or above.line.number != view.line.number - 1 \
            or len(above.cells) != len(view.cells) or not view.cells or view.cells[0].raw.strip():
        return []
    return [above] if NUMBER_CELL_RE.fullmatch(above.cells[0].raw.strip()) else []


def name_opened_above(view: LineView, own: str, pending: list[LineView]) -> list[LineView]:
    """The lines above a performance row's value line that open its name, when the value line goes on with it.

    A layout export prints a row's values (and its number) beside the foot or the middle of its name's cell:
    'Persentase partisipasi pemilih pada' over 'Pemilu Serentak   77,5%  81%', the whole name over a bare
    value line, or 'Persentase partisipasi pemilih' over '2   Perempuan dalam Pemilu   75%  79%' (the No
    cell centred beside the name). The value line's words open no indicator of their own, and either it
    holds none, or the line above stops on a connector, or the row's number stands on the value line and
    not on the opening line (two numbers are two rows). [] when no line above opens a name (`opened_above`).
    """
    if WORD_RE.search(own):
        if INDICATOR_START_RE.match(own):
            return []
        numbered = NUMBERED_LINE_RE.match(view.line.text) is not None
        if not numbered and not ends_unfinished(pending[-1].text):
            return numbered_opening_above(pending)
        opened = opened_above(pending)
        if opened and numbered and NUMBERED_LINE_RE.match(opened[0].line.text):
            return []
        return opened
    return opened_above(pending)


def numbered_opening_above(pending: list[LineView]) -> list[LineView]:
    """The pending lines from a numbered line that opens a name, when none of them holds a value, else [].

    '2 Persentase naskah akademik' over 'Provinsi yang berbasis riset' over
    'Kepemiluan  50% 100% 75%': the row's number stands on its first line, so
    an unnumbered value line under it (its words opening no name) ends that
    row's name, though the line above stops on no connector.
    """
    for k in range(len(pending) - 1, max(len(pending) - OPENING_REACH, 0) - 1, -1):
        line = pending[k]
        if line.values or heads_group(line):
            return []
        if NUMBERED_LINE_RE.match(line.line.text):
            return pending[k:] if opens_indicator(line) or opens_rate_name(line) else []
    return []


# A rate's name: 'Angka Kematian Balita per 1.000 KH', 'Angka Partisipasi Kasar', 'Angka Harapan Hidup' ('Angka' and a
# capitalised word: not a sentence's 'Angka ini ...')
RATE_NAME_RE = re.compile(r"Angka\s+[A-Z]|ANGKA\s+[A-Z]")


def opens_rate_name(view: LineView) -> bool:
    """A line (its row number aside) opening a rate's name: '3. Angka Kematian' over 'Balita per 1.000KH 1,5 ...'."""
    return not view.delimited and RATE_NAME_RE.match(strip_row_number(view.text.lstrip(STRAY_MARKS))) is not None


COLUMN_REACH = 14  # lines of one name cell a narrow column wraps it over (twelve characters wide: a dozen or more)
PIECE_RE = re.compile(r"\S+(?: \S+)*")  # a run of words between gaps of two spaces or more


def opened_in_name_column(view: LineView, pending: list[LineView], header: Header) -> list[LineView]:
    """The lines right above a space-aligned value line, up to the numbered one opening a name, all in its column.

    A column a dozen characters wide wraps a name over more lines than a name
    reaches elsewhere (`OPENING_REACH`), its values at the cell's foot: '2
    Persentase' / 'naskah akademik' / ... / 'riset' over 'Kepemiluan  50%
    100%'. Under a header whose column offsets are known, the pieces of every
    line up to the numbered opening standing under the value line's name (and
    no value between) are that one cell's. [] for anything else.
    """
    if not header.col_starts or not view.spaced or NUMBERED_LINE_RE.match(view.line.text):
        return []  # (a value line with its own number opens its own row)
    first = next((c for c in view.cells if c.text), None)
    if first is None or first.start < 0:
        return []
    column = column_of(first.start, header.col_starts)
    number = view.line.number
    for k in range(len(pending) - 1, max(len(pending) - COLUMN_REACH, 0) - 1, -1):
        line = pending[k]
        pieces = list(PIECE_RE.finditer(line.line.text))
        numbered = NUMBERED_LINE_RE.match(line.line.text) is not None and len(pieces) > 1 \
            and NUMBER_CELL_RE.fullmatch(pieces[0].group()) is not None
        if line.line.number != number - 1 or len(line.values) > int(numbered) or line.codes or heads_group(line):
            return []  # (the row's number may read as a value)
        number = line.line.number
        if any(column_of(p.start(), header.col_starts) != column for p in pieces[int(numbered):]):
            return []
        if numbered:
            return pending[k:] if opens_indicator(line) else []
    return []


def opened_above(pending: list[LineView]) -> list[LineView]:
    """The pending lines from the nearest one that opens an indicator name, when the lines after it carry it on.

    A space-aligned row may print its target at the foot of its cells: 'Persentase laporan ...'
    over 'pemilih berkelanjutan yang' over 'tepat waktu  100%'. A line between that heads a group
    (a sasaran) or opens a name of its own cuts the reach.
    """
    for k in range(len(pending) - 1, max(len(pending) - OPENING_REACH, 0) - 1, -1):
        if opens_indicator(pending[k]):
            return pending[k:]
        if heads_group(pending[k]) or not any(starts_lower(c.text) for c in pending[k].cells if c.text):
            return []
    return []


def text_before_run(view: LineView, values: list[Token]) -> str:
    """A one-cell line's text up to the values read inside it (`first_run`), else the line's text.

    A cell holding a verdict alone ('Tidak Tercapai' under 'Kategori') is left out too.

    'Jumlah rapat pleno 10 Kali 8 Kali 80% Belum tercapai penuh' under a
    header with a Keterangan column: the name ends where its values start,
    and the words after them are the Keterangan, no part of the name.
    """
    if len(view.cells) > 1 and any(is_verdict(cell.text) for cell in view.cells if cell.text):
        return " ".join(c.text for c in view.cells if c.text and not is_verdict(c.text)).strip()
    if len(view.cells) != 1 or len(values) < 2 and next_row_opening(view, values) is None:
        return view.text  # one value inside a line may be a name's own number ('... paling lambat 2 hari ...')
    cell = view.cells[0]
    if cell.code is not None or values[0] not in cell.inner:
        return view.text
    before = fold_text(cell.raw)[:values[0].start].strip(" \t|:;-")
    return "" if BARE_ROW_NUMBER_RE.fullmatch(before) else before  # '1. 46 49,81 ...': the number is no name


def text_between_groups(view: LineView, values: list[Token], roles: list[str]) -> str:
    """A one-cell line's words between its budget group and its indicator's values, the line opening on the budget."""
    width = next((k for k, role in enumerate(roles) if role not in BUDGET_ROLES), len(roles))
    if len(view.cells) != 1 or len(values) <= width or values[width - 1] not in view.cells[0].inner:
        return ""
    folded = fold_text(view.cells[0].raw)
    return folded[values[width - 1].end:values[width].start].strip(" \t|:;-")


def text_after_run(view: LineView, values: list[Token]) -> str:
    """A one-cell line's words after the values read inside it ('1 2.000.000.000 1.900.000.000 95,00 Program X')."""
    if len(view.cells) != 1 or not values or values[-1] not in view.cells[0].inner:
        return ""
    return fold_text(view.cells[0].raw)[values[-1].end:].strip(" \t|:;-")


BARE_ROW_NUMBER_RE = re.compile(r"\d{1,2}[.)]")


def in_flat_formula_cell(pending: list[LineView], header: Header) -> bool:
    """Whether the next text line of a flattened row stands in a Formulasi / Penjelasan / Sumber Data cell.

    Flattened one cell per line, the k-th text line of a row is its k-th text column's cell
    ('Persentase laporan ...' over 'Jumlah laporan tepat waktu dibagi ... x 100%' over 'Subbag
    Keuangan' over '100%'); the lines since the row's number count which cell this line is.
    """
    columns = text_columns(header)
    at = len(pending)
    return at < len(columns) and header.label_cells[columns[at]] in FORMULA_LABELS


def text_columns(header: Header) -> list[int]:
    """The header's labelled text columns (Sasaran, Indikator, ...), but the row number's."""
    return [k for k, word in sorted(header.label_cells.items()) if word not in ("no", "nomor")]


# a budget name's first line in a narrow column wrapped a word or two per line: its level word alone, numbered or
# not ('1. Sub Kegiatan', '2.Sub Kegiatan', 'Kegiatan'); the name's words follow on the lines under it
LEVEL_WORD_LINE_RE = re.compile(r"\W*(?:\d{1,2}\s*[.)]?\s*)?(?:program|(?:sub\s*-?\s*)?kegiatan|output)\W*", re.I)
NAME_REACH = 12  # lines above a flattened budget row's values its name may take, a word or two a line


def from_level_word(pending: list[LineView]) -> list[LineView]:
    """A flattened budget row's name lines: from the nearest line holding its level word alone, else [].

    A narrow name column printed a word or two per line ('1. Sub Kegiatan' /
    'Fasilitasi' / 'Kerjasama' / 'Daerah' over the values) runs past the
    usual four lines; a kegiatan heading's lines above it ('Kegiatan' /
    'Pelaksanaan' / 'Tugas', no values of its own) are none of this row's.
    """
    tail = pending[-NAME_REACH:]
    opening = [k for k, v in enumerate(tail) if len(v.line.text) <= 24 and LEVEL_WORD_LINE_RE.fullmatch(v.line.text)]
    return tail[opening[-1]:] if opening else []


def flattened_cells(text_parts: list[str], header: Header) -> dict[int, str]:
    """A flattened row's text cells, when it has one text line per text column of its header.

    Flattened one cell per line, 'Meningkatnya tertib administrasi ...' over
    'presentase pegawai yang ...' over the values are the Sasaran and the
    Indikator cells; a row with more or fewer lines (a cell wrapped, or left
    empty) cannot be told apart so, and keeps its text whole; except
    under Sasaran | Indikator, where the first line after the first that
    opens like an indicator ('Persentase ...', 'Jumlah ...') starts the
    Indikator cell, and the lines above it, however many, are the sasaran's.
    """
    columns = text_columns(header)
    # the row's own lines' names (row numbers cut, and the value line's values and verdict: `text_before_run`)
    texts = [t for t in text_parts if t]
    if len(columns) < 2:
        return {}
    if len(texts) != len(columns):
        if len(texts) < 3 or [header.label_cells[k] for k in columns] != ["sasaran", "indikator"]:
            return {}
        opening = next((k for k in range(1, len(texts)) if INDICATOR_START_RE.match(texts[k])), None)
        if opening is None or any(INDICATOR_START_RE.match(t) for t in texts[:opening]):
            return {}
        return {columns[0]: " ".join(texts[:opening]), columns[1]: " ".join(texts[opening:])}
    if any(ends_unfinished(text) for text in texts[:-1]):
        return {}  # 'Jumlah KPU Kab/Kota yang' over 'menyampaikan laporan ...': one cell wrapped, not two cells
    if joins_sasaran_heading(texts[0]):
        return {}  # 'Sasaran 1 : Meningkatnya ... Persentase X yang menyusun' over 'jadwal ...': one name under its
        # heading (`heading_opens_name`), its wrap no cell of its own
    if header.kind == "budget" and LEVEL_WORD_LINE_RE.fullmatch(texts[0]):
        return {}  # 'Sub Kegiatan' over 'Evaluasi' over 'Pelaksanaan': one name opened by its level word
    return dict(zip(columns, texts))


def row_label(row: RowDraft, header: Header, want: tuple[str, ...],
              beside: Callable[[bool], str] | None = None) -> str:
    """The text of a row's indicator (or name) column.

    `beside`: `indicator_beside_sasaran` of this row by `any_case`, when the caller keeps its answers
    (`beside_sasaran_once`); otherwise it is worked out here.
    """
    label = column_label(row, header, want)
    if "indikator" not in want:
        return label
    if beside is None:
        beside = beside_sasaran_once(row, header)
    if (not INDICATOR_START_RE.match(strip_row_number(label)) or label[:1] in SCAN_MARKS) \
            and (name := beside(header.sasaran_indikator)):
        return name  # its cells did not line up with the header's (or opened on a mark a scan read): a ragged row
    if header.sasaran_indikator and not INDICATOR_START_RE.search(label) and (name := result_name_beside_sasaran(row)):
        return name  # a result's name ('Tersusunnya Dokumentasi dan ...') beside its sasaran's pieces
    if not (header.col_starts or header.flattened or row.codes) \
            and ANY_CASE_INDICATOR_RE.match(strip_row_number(label)) and goes_on_from(name := beside(True), label):
        return name  # the cell's first line only: its wrapped lines stood on lines split otherwise
    return label


# a capitalised sasaran word inside a piece, after a space: where a result's name opens after its sasaran's
# opening joined to it by one space ('Tersusunnya Rancangan Terlaksananya Layanan')
JOINED_RESULT_RE = re.compile(r"\s(?=[A-Z])(?i:" + SASARAN_VERB_RE.pattern[1:] + ")")


def result_name_beside_sasaran(row: RowDraft) -> str:
    """A scanned row's name that states a result ('Tersusunnya Dokumentasi dan | Informasi Produk Hukum'), its
    pieces taken beside the Sasaran column's, else "".

    Such a name opens with a sasaran's word, so `indicator_beside_sasaran`
    cannot tell it from its sasaran. On the row's value line it stands after
    the sasaran's piece ('Penyuluhan Peraturan  Tersusunnya Dokumentasi dan  1
    Layanan'), or after the sasaran's opening joined by one space ('2.
    Tersusunnya Rancangan Terlaksananya Layanan  1 Laporan'); on each line
    below holding two pieces, the last is the name's. A line holding one
    piece is left out: it is mostly the sasaran's longer wrap ('dan',
    'Berkaitan dengan'), and which of the two cells a lone piece is no line says.
    Only rows whose name opens on their value line, their first line, and whose
    next line shows the two cells side by side (else the lone pieces under it
    may be the name's own wrap, and the row keeps the name read otherwise).
    """
    views = sorted((v for v in row.views if v.text), key=lambda v: v.line.number)
    if not views or views[0].line.number != row.value_line:
        return ""
    name = ""
    for k, view in enumerate(views):
        if view.delimited:
            raw = [part for cell in view.cells if cell.text for part in GAP_RE.split(cell.text)]
        else:
            raw = GAP_RE.split(text_before_run(view, row.values) if k == 0 else view.text)
        parts = [strip_row_number(p.strip(STRAY_MARKS)) for p in raw]
        parts = [p for p in parts if p and any(ch.isalpha() for ch in p)]
        if k == 0:
            if not parts or ANY_CASE_INDICATOR_RE.search(parts[-1]):
                return ""
            joined = JOINED_RESULT_RE.search(parts[-1])
            if len(parts) >= 2 and SASARAN_VERB_RE.match(parts[-1]) and parts[-1][:1].isupper() \
                    and not SASARAN_VERB_RE.match(parts[0]):
                name = parts[-1]  # 'Penyuluhan Peraturan  Tersusunnya Dokumentasi dan'
            elif joined is not None and SASARAN_VERB_RE.match(parts[-1]):
                name = parts[-1][joined.start() + 1:]  # 'Tersusunnya Rancangan Terlaksananya Layanan'
            else:
                return ""
        elif len(parts) >= 2:
            name += " " + parts[-1]
        elif k == 1:
            return ""  # no two pieces side by side under the value line: which lines are the name's, none says
    return name if len(views) > 1 else ""


def beside_sasaran_once(row: RowDraft, header: Header) -> Callable[[bool], str]:
    """`indicator_beside_sasaran(row, header, any_case)` as a function of `any_case`, each case worked out once.

    Turning a read row into a record asks for it up to three times with the same
    answer (twice in `row_label`, once more to see whether the lines carry the
    name on). It reads only the row and its header, so the keeper is valid only
    while neither changes: make one per row once the table is read.
    """
    answers: dict[bool, str] = {}

    def beside(any_case: bool) -> str:
        name = answers.get(any_case)
        if name is None:
            name = answers[any_case] = indicator_beside_sasaran(row, header, any_case=any_case)
        return name
    return beside


def goes_on_from(name: str, label: str) -> bool:
    """Whether a ragged row's name read line by line carries on the name its value line's cell gave.

    A scan reads 'b. persentase penyelenggaraan | 100%' with the cell's wrapped
    lines under it split otherwise ('pemilihan yang tidak terbukti', or 'Disabilitas |
    dan Demokrasi" untuk pemilih' whose first cell is the sasaran's), so the cells by
    their place hold the name's first line alone. (A space-aligned table's
    lines place each piece by its offset: `text_column` reads those, and a
    flattened table's lines are whole cells; a row that took a budget code's
    line, '076.01.CQ Penyelenggaraan ...', is not carried on.)
    """
    head = " ".join(strip_row_number(label).strip(STRAY_MARKS).split())
    return bool(name) and len(name) > len(head) and " ".join(name.split()).startswith(head)


def cells_from_wrap_only(row: RowDraft, header: Header) -> bool:
    """Whether a row's cells came only from lines under its value line, which a scan printed without borders.

    A scanned row's value line read with its borders lost ('2.  Tersusunnya
    Rancangan Terlaksananya Layanan 1 Laporan') holds no cells; a '|' a wrapped
    line kept ('| dan') splits that line alone, so its pieces are no column's.
    (Not in a flattened table, whose rows' cells are their lines, nor a budget table's.)
    """
    if header.flattened or header.kind not in ("target", "realisation"):
        return False
    value_view = next((v for v in row.views if v.line.number == row.value_line), None)
    return value_view is not None and not value_view.delimited and bool(value_view.text)


def column_label(row: RowDraft, header: Header, want: tuple[str, ...]) -> str:
    """The text of a row's indicator (or name) column, by its cells' places."""
    if row.cells and cells_from_wrap_only(row, header):
        return row.text  # a wrapped line's stray '|' ('| dan') made cells the value line never had
    if row.cells and header.label_cells:
        # a row split into more cells than its header (a scrambled cell): line them up from the right
        value_view = next((v for v in row.views if v.line.number == row.value_line), None)
        extra = len(value_view.cells) - header.cells if value_view is not None and value_view.delimited else 0
        if header.target_years:
            extra -= len(header.target_years) - 1  # 'Target' over one column per year: those cells are no shift
        shift = extra if extra > 0 else 0
        for word in want:
            for index, label in sorted(header.label_cells.items()):
                if label == word and row.cells.get(index + shift):
                    return wrapped_without_borders(row, header, row.cells[index + shift])
    if row.cells and header.cells:
        texts = [t for _, t in sorted(row.cells.items()) if t]
        before = names_before_values(row) if header.kind == "budget" else []
        if before:
            texts = before
        if texts:
            return wrapped_without_borders(row, header, texts[-1]) if "indikator" in want else texts[0]
    return row.text


def wrapped_without_borders(row: RowDraft, header: Header, cell: str) -> str:
    """A lone text column's cell with the wrapped lines a scan read under it without borders, else the cell.

    A scan keeps the borders of a row's value line ('2 | Persentase logistik |
    77,5%') and loses them on the cell's wrapped lines below ('; pemilu/pemilihan
    yang' over 'didistribusikan tepat ...'): those lines, one chunk each, hold
    no cells, so the name by the cells' places was the first line alone. Where
    the header has one text column, such a line can only go on with it. (A
    space-aligned table places its lines by offset, a flattened one reads whole
    cells, and with a Sasaran column a lone chunk may be either cell's.)
    """
    if header.col_starts or header.flattened or header.sasaran_indikator or header.satuan:
        return cell
    value_line = row.value_line
    if all(v.line.number <= value_line for v in row.views):
        return cell  # (most rows: no line under the value line, told before the header's columns are listed)
    below = sorted((v for v in row.views if v.line.number > value_line and v.text), key=lambda v: v.line.number)
    if not below or len(text_columns(header)) > 1 or not all(one_text_piece(v) for v in below) \
            or not goes_on_from(row.text, cell):
        return cell
    return " ".join([cell] + [piece for v in below if (piece := v.text.strip(STRAY_MARKS))])


def edge_bordered(view: LineView) -> bool:
    """Whether a line's '|' marks stand only at its edges ('paling lambat 2 hari kerja |'), none inside it."""
    text = view.line.text
    return "|" in text and "|" not in text.strip(STRAY_MARKS) and "\t" not in text.strip()


def one_text_piece(view: LineView) -> bool:
    """A line of words in one piece: no border inside it (a '|' at its edge is a mark a scan read), no value."""
    return not view.delimited or len(view.cells) == 1 and not view.cells[0].values


SCAN_MARKS = frozenset(STRAY_MARKS) - {" "}
# a border read (' | ') or lost (two spaces or more): `\s*\|\s*|\s{2,}`, written to open with the class of its
# first character, so that the engine skips to one in C (a pattern opening with \s* is tried at every character)
GAP_RE = re.compile(r"[\s|](?:(?<=\|)\s*|(?<!\|)(?:\s*\|\s*|\s+))")


# a lettered indicator inside a sasaran's piece ('Meningkatkan penyelenggaraan a. presentasi KPU ...'): the name
# opens at its measure word, in any case, after the letter
LETTERED_OPENING_RE = re.compile(r"(?<=\s[a-h][.)]\s)" + ANY_CASE_INDICATOR_RE.pattern, re.I)


def indicator_beside_sasaran(row: RowDraft, header: Header, any_case: bool = False) -> str:
    """A scanned row's indicator name, its pieces taken line by line beside the Sasaran column's.

    A scan of a 'Sasaran | Indikator | Target' table reads each line across
    both wrapped cells, with the border between them read (' | ') on some
    lines and lost (two spaces, or one) on others, so cells numbered by their
    place on a line do not line up with the header's. Each line's last text
    piece is the indicator's ('Tersedianya Laporan evaluasi  Jumlah Dokumen
    Laporan' gives 'Jumlah Dokumen Laporan'); a piece that holds both opens
    the indicator at its measure word ('Tersedianya Layanan Jumlah Dokumen
    ...'); a lone piece opening a sasaran ('Terwujudnya ...') is the
    sasaran's. Only rows whose lines are so ragged (a line not split as the
    header is) and whose cells gave no indicator's opening are read this way;
    `any_case`: a name opening in lower case ('a. persentase ...') counts too.
    """
    if header.kind not in ("target", "realisation") or not header.sasaran_indikator and (
            "sasaran" not in header.label_cells.values() or "indikator" not in header.label_cells.values()):
        return ""  # (a scan's header may keep its words in one cell, 'No  Susaran Strategis  Indikalor Kerja | Target')
    if not any(not v.delimited or len(v.cells) != header.cells for v in row.views if v.text):
        return ""
    pieces: list[str] = []
    for view in sorted(row.views, key=lambda v: v.line.number):
        if view.delimited:
            raw = [part for cell in view.cells if cell.text for part in GAP_RE.split(cell.text)]
        else:
            raw = GAP_RE.split(text_before_run(view, row.values) if view.line.number == row.value_line else view.text)
        parts = [strip_row_number(p.strip(STRAY_MARKS)) for p in raw]
        parts = [p for p in parts if p and any(ch.isalpha() for ch in p)]
        if not parts:
            continue
        last = parts[-1]
        opening = INDICATOR_START_RE.search(last) or (LETTERED_OPENING_RE.search(last) if any_case else None)
        if opening is not None and opening.start() > 0 and SASARAN_VERB_RE.match(last):
            last = last[opening.start():]  # 'Tersedianya Layanan Jumlah Dokumen ...': the indicator's part
        elif len(parts) == 1 and SASARAN_VERB_RE.match(last):
            continue  # the sasaran's opening alone on its line
        pieces.append(last)
    name = " ".join(pieces)
    if (ANY_CASE_INDICATOR_RE if any_case else INDICATOR_START_RE).match(name):
        return name
    # the row opened with its sasaran ('4 Meningkatnya Kualitas layanan 100% 25%'), the sasaran's wrap ran on and
    # the indicator opens inside a line below ('serta akurat Presentase' over 'permohonan informasi ...')
    opening = INDICATOR_START_RE.search(name)
    if opening is not None and SASARAN_VERB_RE.match(strip_row_number(row.text.strip(STRAY_MARKS))):
        return name[opening.start():]
    # the row opened with its sasaran's wrapped end in lower case ('aman bagi daerah Persentase arsip vital')
    if opens_after_sasaran_tail(strip_row_number(row.text.strip(STRAY_MARKS))) is None:
        return ""
    opening = opens_after_sasaran_tail(name)
    return name[opening.start():] if opening is not None else ""


def names_before_values(row: RowDraft) -> list[str]:
    """A budget row's text cells that stand before its first value cell, when its header names no columns.

    A budget row names its program before its values; a text cell after
    them, a word or two, is a Ket or Sumber Dana cell ('... | Rp. A | Rp. B |
    93% | APBN', or '93% APBN' where a scan lost the border between them),
    never the name.
    """
    value_view = next((v for v in row.views if v.line.number == row.value_line), None)
    if value_view is None or not value_view.delimited:
        return []
    first = next((c.index for c in value_view.cells
                  if c.values and not (len(c.values) == 1 and is_row_label(c.values[0], c.raw.strip(STRAY_MARKS)))),
                 None)
    if first is None:
        return []
    after = [t for k, t in row.cells.items() if t and k >= first]
    if any(sum(any(ch.isalpha() for ch in word) for word in t.split()) > 2 for t in after):
        return []  # words after the values that name more than a fund ('APBN', 'Rupiah Murni'): a scrambled row
    return [t.strip(STRAY_MARKS) for k, t in sorted(row.cells.items()) if t and k < first]


def states_a_band(view: LineView) -> bool:
    """A delimited line with a cell that states a band of a rating scale ('91% ≤ 100%', '76 - 90'), so no values."""
    return view.delimited and any(
        len(raw := cell.raw.strip()) <= RANGE_CELL_CHARS and has_digit(raw) and is_range(raw) for cell in view.cells)
