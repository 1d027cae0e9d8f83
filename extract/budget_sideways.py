"""Budget tables printed sideways: one line per measure, one column per year.

A report often compares its budget over the years, or states the year's
budget as a short list, with the measures down the side and no Program column:

    Uraian              | 2021          | 2022
    Pagu Anggaran (Rp)  | 2.345.678.000 | 3.456.789.000
    Realisasi (Rp)      | 2.210.000.000 | 3.380.000.000
    Persentase (%)      | 94,22         | 97,78

    Pagu Anggaran       : Rp 3.456.789.000
    Realisasi Anggaran  : Rp 3.380.000.000
    Sisa Anggaran       : Rp 76.789.000

Each column is one budget row (pagu, realisasi, sisa and % from the lines
that name them), of the year its header cell names. The same table flattened
one cell a line ('Pagu' over its amounts) or run onto a web transcript's long
line ('... Uraian 2021 2022 Pagu X Y Realisasi X Y ...') is read too. The table reader sees a
header without a Pagu column and reads none of it, and the Rupiah-line reader
would take the Sisa line for a pagu; so a run needs a Pagu line and a
Realisasi line holding as many amounts, and its lines are this reader's.
"""
from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from extract.doc_text import DocText
from extract.lines import find_code, strip_row_number
from extract.model import Line
from extract.records import BudgetRow, Source
from normalize.numbers import Token, lex_values

# a measure's label, opening its line (a row number or a letter before it): what the line's values are
LABEL_RES = (
    # the pagu before the year's revisions ('Pagu Awal', 'Anggaran Murni', 'Pagu Sebelum Revisi'): not the year's
    ("initial", re.compile(r"^(?:pagu|anggaran|alokasi|dipa)\b.*\b(?:awal|murni|semula|sebelum)\b", re.I)),
    ("percent", re.compile(r"%|^(?:persen(?:tase)?|prosentase|capaian|(?:tingkat\s+|daya\s+)?serap(?:an)?)\b", re.I)),
    ("remainder", re.compile(r"^(?:sisa|selisih)\b", re.I)),
    ("realisation", re.compile(r"^(?:total\s+|jumlah\s+)?(?:realisasi|penyerapan|terserap)\b", re.I)),
    ("allocation", re.compile(r"^(?:total\s+|jumlah\s+)?(?:pagu|anggaran|alokasi|dipa)\b", re.I)),
)
LABEL_EDGE_RE = re.compile(r"^[\s|:.\-]*(?:\d{1,2}[.)]?\s+|[a-e][.)]\s+)?|[\s|:.\-]+$", re.I)
INTERIM_RE = re.compile(r"\b(?:triwulan|semester|tw|bulan)\b", re.I)
MAX_LABEL = 40  # characters of a label: a longer text before the values is a name or a sentence
MAX_GAP = 1  # blank or rule lines ('|---|') between the lines of one run
MIN_AMOUNT = 1_000_000
MAX_RATE = 200.0
YEAR_RE = re.compile(r"(?:19|20)\d{2}")
RULE_RE = re.compile(r"^[\s|:+=_-]*$")
# a heading over the run naming what it budgets ('Program Dukungan Manajemen', '3363 Dukungan ...'), not a caption
PART_RE = re.compile(r"^\W*(?:(?:\d{1,2}|[a-e])[.)]\s*)?(?:program|kegiatan|sub[\s-]*kegiatan|output|belanja|\d{4}\s+[a-z])",
                     re.I)
RATE_TOLERANCE = 0.6  # a % printed whole fits realisasi / pagu to rounding


# the words a label may open with: lines opening otherwise (prose that mentions 'realisasi') are not lexed
LEAD_RE = re.compile(r"[\s|]*(?:\d{1,2}[.)]?\s+|[a-e][.)]\s+)?(?:total\s+|jumlah\s+)?"
                     r"(?:pagu|anggaran|alokasi|dipa|reali|penyerapan|terserap|sisa|selisih|pers|pros|capaian|tingkat|"
                     r"daya|serap|%)", re.I)


UNIT_NOTE_RE = re.compile(r"\(\s*(?:rp\.?|%)\s*\)", re.I)  # '(Rp)', '(%)' after a label: its unit, not its words


def label_role(label: str) -> str | None:
    """The measure a label names ('Pagu Anggaran (Rp)' the allocation, 'Persentase' the percent), if any."""
    label = LABEL_EDGE_RE.sub("", label)
    rate = "%" in label  # 'Realisasi (%)': the rate, stated beside 'Realisasi (Rp)'
    label = UNIT_NOTE_RE.sub("", label).strip(" |:.-")
    if not label or len(label) > MAX_LABEL or INTERIM_RE.search(label):
        return None  # ('Realisasi s.d. Triwulan II': a part of the year's)
    role = next((name for name, pattern in LABEL_RES if pattern.search(label)), None)
    return "percent" if rate and role in ("realisation", "percent") else role


def values_fit(role: str, tokens: list[Token]) -> bool:
    """Whether a measure's values are of its kind: rates for the %, Rupiah amounts for the others."""
    if role == "percent":
        return all(t.kind in ("percent", "number") and t.reading.value is not None
                   and 0 <= t.reading.value <= MAX_RATE for t in tokens)
    return all(t.kind == "amount" and (t.reading.value or 0) >= MIN_AMOUNT for t in tokens)


def measure_of(text: str) -> tuple[str, list[Token]] | None:
    """The measure a line's label names and the line's values after it, if it is such a line."""
    if LEAD_RE.match(text) is None:
        return None
    tokens = lex_values(text)
    if not tokens:
        return None
    role = label_role(text[:tokens[0].start])
    return (role, tokens) if role is not None and values_fit(role, tokens) else None


# a flattened table's header cell over its year cells ('Uraian' over '2021' over '2022')
YEARS_LABEL_RE = re.compile(r"^\W*(?:uraian|tahun(?:\s+anggaran)?|keterangan|ta)\W*$", re.I)
VALUE_LINE_RE = re.compile(r"^[\s|]*(?:R[pP][.,]?\s*)?[\d(][\d.,\s]*[)%]?[\s|,-]*$")  # one value alone ('Rp 3.380.000.000')


# a measure's label inside a line a web transcript ran a whole page onto, right before its first value
RUN_IN_LABEL_RE = re.compile(
    r"(?<![\w.])(?:pagu(?:\s+anggaran)?|anggaran|alokasi|realisasi(?:\s+anggaran)?|sisa(?:\s+anggaran)?|"
    r"persentase(?:\s+realisasi)?|%)(?:\s*\((?:rp\.?|%)\))?\s*:?\s+(?=(?:R[pP][.,]?\s*)?\d)", re.I)
SLOT_BASE = 100  # its columns' places on their line, apart from those of a run-together table's rows on it
MIN_RUN_IN = 160  # a shorter line is a row or a sentence of its own
GAP_RE = re.compile(r"^[\s|,;-]*$")


def run_in(text: str, i: int) -> tuple[list[tuple[int, str, list[Token]]], list[int] | None]:
    """A sideways table run onto one long line ('... Uraian 2021 2022 Pagu X Y Realisasi X Y Persentase a% b% ...'):
    its measures in order, each with the values right after its label, and the years right before the first."""
    labels = list(RUN_IN_LABEL_RE.finditer(text))
    run: list[tuple[int, str, list[Token]]] = []
    for k, label in enumerate(labels):
        role = label_role(label.group())
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        tokens = []
        for token in lex_values(text[label.end():end]):
            if not GAP_RE.match(text[label.end() + (tokens[-1].end if tokens else 0):label.end() + token.start]):
                break  # the values end where words start
            tokens.append(token)
        if run and label.start() - labels[k - 1].end() > 120:
            break  # (a later label far on is another table's or a sentence's)
        if role is not None and tokens and values_fit(role, tokens):
            run.append((i, role, tokens))
    if not labels:
        return [], None
    before = [t for t in lex_values(text[max(0, labels[0].start() - 40):labels[0].start()])]
    columns = len(run[0][2]) if run else 0
    years = before[-columns:] if columns and len(before) >= columns else []
    if years and all(t.kind == "number" and YEAR_RE.fullmatch(t.raw) for t in years):
        return run, [int(t.raw) for t in years]
    return run, None


def flattened_run(lines: list[Line], i: int) -> tuple[list[tuple[int, str, list[Token]]], list[int] | None]:
    """A sideways table flattened one cell per line ('Pagu' over its amounts, 'Realisasi' over its own), read from
    its Realisasi label at `i`, with the years of the cells over them ('Uraian' over '2021' over '2022')."""
    def kind_of(j: int) -> str | None:  # 'label', 'value', 'years' (a header cell), or None: the run ends
        text = lines[j].text.strip()
        if VALUE_LINE_RE.match(text):
            return "value"
        if YEARS_LABEL_RE.match(text):
            return "years"
        return "label" if LEAD_RE.match(text) and label_role(text) is not None else None

    first = i
    while first > 0 and kind_of(first - 1) is not None:
        first -= 1
    last = i
    while last + 1 < len(lines) and kind_of(last + 1) is not None:
        last += 1
    run: list[tuple[int, str, list[Token]]] = []
    years: list[Token] = []
    current: tuple[int, str, list[Token]] | None = None
    for j in range(first, last + 1):
        kind = kind_of(j)
        if kind == "value":
            tokens = lex_values(lines[j].text)
            if len(tokens) != 1:
                return [], None
            if current is None:
                years.append(tokens[0])
            else:
                current[2].append(tokens[0])
        elif kind == "years":
            current, years = None, []
        else:
            current = (j, label_role(lines[j].text.strip()) or "", [])
            run.append(current)
    run = [(j, role, tokens) for j, role, tokens in run if tokens and values_fit(role, tokens)]
    if years and all(t.kind == "number" and YEAR_RE.fullmatch(t.raw) for t in years):
        return run, [int(t.raw) for t in years]
    return run, None


def run_around(lines: list[Line], i: int) -> list[tuple[int, str, list[Token]]]:
    """The measure lines around line `i`, each with its role and values; gaps of `MAX_GAP` blank or rule lines."""
    found: dict[int, tuple[str, list[Token]]] = {}
    for step in (-1, 1):
        j, gap = i, 0
        while 0 <= j < len(lines):
            text = lines[j].text
            if j != i and (not text.strip() or RULE_RE.match(text)):
                gap += 1
                if gap > MAX_GAP:
                    break
                j += step
                continue
            measure = measure_of(text)
            if measure is None:
                break
            found[j] = measure
            gap = 0
            j += step
    return [(j, *found[j]) for j in sorted(found)]


def header_years(lines: list[Line], first: int, columns: int) -> list[int] | None:
    """The years the line over the run names, one per value column ('Uraian | 2021 | 2022'), if it names them."""
    for j in range(first - 1, max(-1, first - 3), -1):
        text = lines[j].text
        if not text.strip() or RULE_RE.match(text):
            continue
        tokens = lex_values(text)
        if len(tokens) == columns and all(t.kind == "number" and YEAR_RE.fullmatch(t.raw) for t in tokens):
            return [int(t.raw) for t in tokens]
        return None
    return None


def heading_above(lines: list[Line], first: int) -> str | None:
    """The program, kegiatan or kind of belanja the line over the run names, when it names one."""
    for j in range(first - 1, max(-1, first - 3), -1):
        text = lines[j].text.strip(" |:")
        if not text or RULE_RE.match(text):
            continue
        text = strip_row_number(text)
        code, rest = find_code(text)
        return text if (code or PART_RE.match(text)) and not lex_values(rest if code else text) else None
    return None


CAPTION_RE = re.compile(r"^\W*(?:tabel|table)\b", re.I)
KEY_VALUE_RE = re.compile(r"^[\s|]*[A-Za-z][\w\s/()-]{0,40}:\s*\S")  # 'Target : 100%', 'Indikator : ...'


def in_larger_block(lines: list[Line], first: int) -> bool:
    """Whether the line over the run states other values or a 'Key : value' pair: the run is part of a block about
    one indicator or activity ('Target : 100%' / 'Realisasi : 100%' / 'Anggaran : Rp X'), not the whole budget."""
    for j in range(first - 1, max(-1, first - 3), -1):
        text = lines[j].text
        if not text.strip() or RULE_RE.match(text):
            continue
        if CAPTION_RE.match(text):
            return False  # the table's caption: 'Tabel 3.4 Realisasi Anggaran Tahun 2023'
        return KEY_VALUE_RE.match(text) is not None or any(t.kind in ("percent", "amount") for t in lex_values(text))
    return False


def fits(allocation: float, realisation: float, percent: float | None, remainder: float | None) -> bool:
    """Whether the column's own % or sisa agrees with its pagu and realisasi (or it prints neither)."""
    if allocation <= 0 or realisation > allocation * 1.0001:
        return False
    if percent is not None and abs(realisation / allocation * 100 - percent) > RATE_TOLERANCE:
        return False
    return remainder is None or abs(allocation - realisation - remainder) <= 1


def restates(allocation: Token, realisation: Token, stated: Container[tuple[float, float]]) -> bool:
    """Whether a single column repeats the pagu and realisasi of a row another reader read.

    'Pagu anggaran Rp X' over 'Realisasi anggaran Rp Y' under a budget table
    whose Jumlah row prints X and Y states that total again in words: the
    same two amounts to the rupiah are the same budget, not a row of its own.
    """
    return (allocation.reading.value, realisation.reading.value) in stated


def find_sideways_budgets(lines: list[Line], doc: DocText, ocr: bool = False,
                          taken: Container[int] = frozenset(),
                          stated: Container[tuple[float, float]] = frozenset()) -> tuple[list[BudgetRow], set[int]]:
    """Budget rows of tables printed sideways, and the line numbers they were read from.

    `taken`: line numbers another reader's budget rows stand on (that table is
    theirs); `stated`: the (pagu, realisasi) pairs of those rows. A run needs
    one Pagu and one Realisasi line with the same number of amounts; several
    columns need a year each in the line over them. A column whose % or Sisa
    contradicts its amounts gives no row, nor does a single column restating
    a row already read (its lines stay this reader's all the same).
    """
    rows: list[BudgetRow] = []
    used: set[int] = set()
    done = -1
    for i in doc.lines_with("realisasi", "penyerapan", "terserap"):
        if i <= done:
            continue
        years: list[int] | None = None
        flattened = False
        if measure_of(lines[i].text) is not None:
            run = run_around(lines, i)
        elif len(lines[i].text) <= MAX_LABEL + 4 and label_role(lines[i].text.strip()) == "realisation":
            run, years = flattened_run(lines, i)  # 'Realisasi' alone on its line over its values
            flattened = True
            if not run:
                continue
        elif len(lines[i].text) >= MIN_RUN_IN:
            run, years = run_in(lines[i].text, i)  # a web transcript's page on one line
            flattened = True
            if not run or years is None:
                continue  # one column in running text is a sentence's, read elsewhere
        else:
            continue
        done = run[-1][0]
        roles: dict[str, list[Token]] = {}
        at: dict[str, int] = {}
        for j, role, tokens in run:
            if role == "initial":
                continue  # (the revised pagu's line is the year's)
            if role in roles:
                roles = {}
                break  # two Pagu lines (before and after revision): a list of its own kind, not read here
            roles[role] = tokens
            at.setdefault("values", j)  # the first line of the values the row is read from
        allocation, realisation = roles.get("allocation"), roles.get("realisation")
        if not allocation or not realisation or len(allocation) != len(realisation):
            continue
        if any(lines[j].number in taken for j, _, _ in run):
            continue
        columns = len(allocation)
        if not flattened:
            years = header_years(lines, run[0][0], columns)
        elif years is not None and len(years) != columns:
            years = None
        if columns > 1 and years is None:
            continue  # columns that name no year: programs side by side, or a table this reader cannot tell
        percent = roles.get("percent") if len(roles.get("percent", ())) == columns else None
        remainder = roles.get("remainder") if len(roles.get("remainder", ())) == columns else None
        heading = heading_above(lines, run[0][0])
        whole = heading is None and (years is not None or not in_larger_block(lines, run[0][0]))
        first = lines[at["values"]]
        raw = " / ".join(" ".join(lines[j].text.split()) for j, _, _ in run)
        for k in range(columns):
            a, r = allocation[k].reading, realisation[k].reading
            p = percent[k].reading if percent else None
            s = remainder[k].reading if remainder else None
            if not fits(a.value, r.value, p.value if p else None, s.value if s else None):
                continue
            if columns == 1 and restates(allocation[k], realisation[k], stated):
                continue
            if p is not None and p.unit is None:
                p = replace(p, unit="%")
            code, name = find_code(heading) if heading else (None, None)
            rows.append(BudgetRow(
                source=Source(line=first.number, page=first.page, raw=raw, table="sideways budget", ocr=ocr),
                name=(name or heading or None), code=code, allocation=a, realisation=r, remainder=s, percent=p,
                fiscal_year=years[k] if years else None, is_total=whole,
                slot=SLOT_BASE + k))
        used.update(lines[j].number for j, _, _ in run)
    return rows, used
