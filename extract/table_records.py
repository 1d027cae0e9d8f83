"""Turn a table's rows into raw records: values to columns, the row's name, unit and sasaran.

`extract.tables` finds tables and gathers each row's lines and values; this
module reads a gathered row the way its header says: which value is the
target, the realisasi, the capaian, the pagu or the %, which text is the
indicator, the sasaran or the Satuan, and which rows are no result at all (a
rating scale's band, a page footer, a fragment of a name).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from extract.budget_codes import with_full_codes
from extract.budget_scale import Scale, scaled, scaled_number, signed_remainder
from extract.headers import PERIOD_RUN, Header, header_word_roles
from extract.interleaved import indicator_column
from extract.lines import (CODE_RE, NOT_AVAILABLE, ROW_NUMBER_RE, VALUELESS_KINDS, WORDED_CELL_RE, Cell, LineView,
                           any_digit, is_verdict, strip_row_number, verdict_start)
from extract.proven_rows import MAX_RESULT, capaian_fits
from extract.records import BudgetRow, MeasureRow, Source
from extract.tables import (ANY_CASE_INDICATOR_RE, INDICATOR_START_RE, INDICATOR_WORD_RE, PERCENT_NAME_RE, RUPIAH_RE,
                            SASARAN_VERB_RE, SHORT_INDICATOR_RE, WORD_RE, RowDraft, Table, amount_like,
                            bare_code_values, beside_sasaran_once, goes_on_from, is_amount, opens_at_blank_number_cell,
                            STRAY_MARKS, is_row_label, next_row_number_ends_counts, opens_after_sasaran_tail,
                            percent_fits, row_label, text_pieces)
from extract.table_years import YEAR_IN_LINE_RE, YEAR_LABEL_RE, is_year
from normalize.catalogue import canonical_unit
from normalize.numbers import Token, fold_text, parse_amount, parse_measure, parse_percent
from normalize.text_quality import looks_like_word
from normalize.values import Reading, Repair


def map_values(row: RowDraft, header: Header, scaled: bool = False) -> dict[str, Token]:
    """Assign a row's values to the header's columns.

    Delimited rows use the header cell positions when the cells line up;
    otherwise values are matched in order from the right (leading extras are
    row numbers), or, for budget tables, by kind: amounts fill pagu,
    realisasi and sisa in that order, the first percent after them is the %.
    """
    values = row.values
    roles = header.roles
    if header.target_years:
        # one target per year: this year's column, counted from the right; none when the year is unknown
        years = header.target_years
        if header.report_year not in years or len(values) < len(years):
            return {}
        return {"target": values[len(values) - len(years) + years.index(header.report_year)]}
    first_view = next((v for v in row.views if v.line.number == row.value_line), None)
    if header.cell_roles and first_view is not None and first_view.delimited:
        mapped: dict[str, Token] = {}
        ok = True
        for cell in first_view.cells:
            role = header.cell_roles.get(cell.index)
            usable = [t for t in (cell.values or bare_code_values(cell)) if t in values]
            if role is None:
                # a '-' or 'n/a' in a column of no value role (Keterangan, Sumber Data) is no value to place
                usable = [t for t in usable if t.kind not in VALUELESS_KINDS]
            if role and len(usable) == 1:
                mapped[role] = usable[0]
            elif len(usable) > 1 or usable and role is None and (
                    cell.index not in header.label_cells
                    or any(t.kind != "number" and not is_row_label(t, cell.raw) for t in usable)
                    or shifted_into_name_cell(cell, first_view, header) or slid_into_satuan_cell(cell, header)):
                ok = False  # a lost cell border ('... 100% | 98.75% 98,7S%'): the cells do not line up
        if ok and not mapped and header.kind in ("target", "realisation") and only_row_numbers(first_view, header):
            return {}  # the value cells hold no value ('3,25 (Indeks)'): the 'No' cell's '1.1' is none of them
        # (a space-aligned row's cells are placed by offset under the header's columns: in a table whose full rows
        # line up with them, a blank cell leaves no gap to close, so a row with its target and blank cells after it
        # still lines up; a row with no target is measured against none, and is read by order as before)
        if ok and mapped and (len(first_view.cells) >= header.cells - 1
                              or header.rows_placed and first_view.spaced and "target" in mapped):
            if header.kind == "realisation" and "target" in mapped and "realisation" not in mapped:
                mapped = with_blank_realisation(first_view, header, mapped)
            extra = [t for t in values if t not in mapped.values()]
            if extra and header.kind == "budget" and "percent" not in mapped:
                pct = next((t for t in extra if t.reading.unit == "%"), None)
                if pct is not None:
                    mapped["percent"] = pct
            return mapped
    if len(values) > len(roles) >= 2 and roles[-1] == "achievement" and values[-1].kind == "missing" \
            and values[-1].raw[:1].isalpha() and values[-1].raw.lower() not in NOT_AVAILABLE \
            and values[-2].reading.unit == "%":
        values = values[:-1]  # '80% | 85% | 106% | Sudah' with no Keterangan in the header: the word is none of its columns
    if quarters_only(values, roles):
        roles = roles[1:]  # the first value is the first quarter's: no column holds the year's target
    if (fitted := fitting_result(values, roles, header)) is not None:
        return fitted
    if unnamed_values(values, roles, header):
        return {}
    tail = values[len(values) - len(roles):] if len(values) >= len(roles) else []
    if tail and all(amount_like(t) or t.reading.value == 0
                    for r, t in zip(roles, tail) if r in ("allocation", "realisation_amount")):
        return dict(zip(roles, tail))
    if tail and scaled and (placed := in_realisation_group(roles, tail)) is not None:
        return placed
    if header.kind == "budget" or any(is_amount(t) for t in values):
        return map_by_kind(values, roles)
    if len(values) >= len(roles):
        return dict(zip(roles, values[len(values) - len(roles):]))
    return dict(zip(roles, values))


def unnamed_values(values: list[Token], roles: list[str], header: Header) -> bool:
    """Whether a result row carries two values or more than its header names columns: which are the named ones,
    nothing says.

    Taken from the right, a header's Target and Realisasi fall on the row's last values, which may be the
    plan's columns its header words did not name ('(2020)  Target  Realisasi' read alone over a row of six). No
    row beats a wrong row.
    """
    if header.kind != "realisation" or len(values) - len(roles) < 2:
        return False
    tail = values[len(values) - len(roles):]
    if roles[-3:] == RESULT_ROLES and (fits_capaian(*tail[-3:]) or fits_capaian(tail[-2], tail[-3], tail[-1])):
        return False  # the last three prove each other: the year's target, realisasi and capaian
    return True


RESULT_ROLES = ["target", "realisation", "achievement"]


def fitting_result(values: list[Token], roles: list[str], header: Header) -> dict[str, Token] | None:
    """Target, realisasi and capaian chosen by the row's own arithmetic, when it holds more values than columns.

    A result table may print other years' columns beside the year's
    ('Realisasi 2019 | Target | Realisasi | Capaian | Target akhir Renstra |
    Capaian thd Renstra'), read as one run of values when the header's
    sub-columns stand apart from their group. Mapped from the right, the
    target lands on a capaian. When the last three values are no
    target / realisasi / capaian (capaian = realisasi / target x 100, or
    target / realisasi x 100) and exactly one run of three in a row is, that
    run is the year's result.
    Rows of Rupiah amounts ('2016 | Target | Realisasi | %' of a revenue
    office) are read the same way, not as a pagu and its spending.
    """
    if header.kind == "budget" or roles[-3:] != RESULT_ROLES or "allocation" in roles or len(values) <= len(roles):
        return None
    runs = [i for i in range(len(values) - 2) if values[i + 2].reading.value is not None
            and not is_amount(values[i + 2]) and (fits_capaian(values[i], values[i + 1], values[i + 2])
                                                  or fits_capaian(values[i + 1], values[i], values[i + 2]))]
    # (target / realisasi x 100 too: an indicator where less is better, 'Angka kematian ...')
    last = len(values) - 3
    if last in runs:
        if not any(is_amount(t) for t in values):
            return None  # read from the right as before
        start = last
    elif len(runs) == 1:
        start = runs[0]
    else:
        return None
    return dict(zip(RESULT_ROLES, values[start:start + 3]))


def in_realisation_group(roles: list[str], tail: list[Token]) -> dict[str, Token] | None:
    """A scaled table's row whose column groups each print a Pagu ('Reguler | Penugasan | Afirmasi', each
    'Pagu Realisasi %'): its values in the group the header named a Realisasi and % in, the pagu the one before
    them; None unless each is a number in the table's scale ('17.04' in billions) and the header names one such
    group. (Read in order, the last group's pagu, often '-', would stand for the row's.)"""
    if roles.count("realisation_amount") != 1 or roles.count("allocation") < 2:
        return None
    at = roles.index("realisation_amount")
    pagu = max((k for k in range(at) if roles[k] == "allocation"), default=None)
    if pagu is None or not scaled_number(tail[pagu]) or not scaled_number(tail[at]):
        return None
    placed = {"allocation": tail[pagu], "realisation_amount": tail[at]}
    if "percent" in roles[at:] and tail[rate := at + roles[at:].index("percent")].reading.unit == "%":
        placed["percent"] = tail[rate]
    return placed


def shifted_into_name_cell(cell: Cell, view: LineView, header: Header) -> bool:
    """Whether a bare number stands in the Sasaran or Indikator column of a line one cell short of its header.

    A scan that lost the border between a row's sasaran and its indicator
    ('2 | Terwujudnya tata kelola keuangan Nilai SAKIP | 75 | 77 | 102%')
    prints one cell fewer: its target then stands under 'Indikator', and
    the cells no longer line up with the header's (a name cell holds no value).
    """
    return not cell.text and len(view.cells) < header.cells \
        and header.label_cells.get(cell.index) in ("sasaran", "indikator")


def slid_into_satuan_cell(cell: Cell, header: Header) -> bool:
    """Whether a number stands after the unit word of a row's Satuan cell ('Kelurahan  12').

    A satuan wider than its header word, printed two spaces before the
    target, leaves no gap wide enough for a border: the target joins the
    Satuan cell, and the cells no longer line up with the header's.
    """
    return header.label_cells.get(cell.index) == "satuan" and cell.raw.lstrip()[:1].isalpha()


def quarters_only(values: list[Token], roles: list[str]) -> bool:
    """A plain row one value short of a 'Target TW I TW II TW III TW IV ...' header: the quarters, no year's target.

    Without borders the header cannot say whether 'Target' is a column of its own or names the
    quarters' targets; a row with a value for each quarter and none more settles it. Its first value
    is the first quarter's, not the year's target, and which quarter stands for the year is not printed;
    a Realisasi and Capaian after the quarters keep their columns.
    """
    return len(roles) > PERIOD_RUN and roles[0] == "target" and len(values) == len(roles) - 1 \
        and roles[1:PERIOD_RUN + 1] == ["other"] * PERIOD_RUN


BOUND_WORDS = frozenset({"minimal", "min", "min.", "maksimal", "maks", "maks.", "max", "max.", "sekurang-kurangnya"})
BOUND_SIGNS = "≥≤<>="
# 'standar pelayanan minimal' (SPM) names what is measured: its 'minimal' is the name's
BOUND_WORD_KEEPERS = frozenset({"pelayanan", "standar", "upah"})


def without_trailing_bound(name: str) -> str:
    """A name without the bound its target opens with, which a plain-text row leaves before the value.

    'Indeks kepuasan layanan ≥ 80' or 'Nilai SAKIP Minimal BB' on one line: the sign or word says
    that more also meets the target; it belongs to the target cell, not to the indicator.
    """
    stripped = name.rstrip()
    if stripped[-1:] and stripped[-1] in BOUND_SIGNS:
        return stripped.rstrip(BOUND_SIGNS + " ")
    head, _, last = stripped.rpartition(" ")
    if head and last.lower() in BOUND_WORDS and head.rsplit(" ", 1)[-1].lower() not in BOUND_WORD_KEEPERS:
        return head.rstrip()
    return name


def printed_bound(row: RowDraft, target: Token | None) -> str:
    """The bound printed right before a row's target ('≥ ', 'Min. ', 'Maksimal '), with the space after it, or ''.

    '≥ 90%' says that more also meets the target: the sign is the target cell's, not the name's
    (`without_trailing_bound`), and target_raw keeps it as printed, so that the value can be traced.
    """
    if target is None or target.kind in VALUELESS_KINDS:
        return ""
    for view in row.views:
        if BOUND_HINT_RE.search(view.line.text) is None:
            continue  # the cheap test: most lines print no bound at all
        for cell in view.cells:
            if not cell.values or cell.values[0] is not target:
                continue
            raw, text = cell.raw.strip(), cell.text.rstrip()
            if raw.endswith(target.raw) and is_bound(raw[:-len(target.raw)]):
                bound = raw[:-len(target.raw)].strip()  # a cell (or a flattened line) of its own: '≥ 95%', 'Min. BB'
            else:  # a plain row's name ending in it: '... ≥ 90%'
                bound = text[len(without_trailing_bound(text).rstrip()):].strip()
            if not bound:
                return ""
            printed = re.search(re.escape(bound) + r"\s*" + re.escape(target.raw), view.line.text)
            return printed.group()[:-len(target.raw)] if printed else bound + " "
    return ""


# What a line printing a bound holds: a sign, or 'min', 'maks', 'max', 'sekurang' opening a word (any case).
# (`[≥≤<>=]|\b(?i:min|maks|max|sekurang)` written to open with one character class, so that the engine skips
# to the next such character in C: a pattern opening with an alternation of a class and \b is tried at every
# character. The class holds every character (?i) takes for 'm' or 's'; the lookbehind after it is the \b.)
BOUND_HINT_RE = re.compile(r"[≥≤<>=mMsS\u017f](?:(?<=[≥≤<>=])|(?<!\w.)(?i:(?<=m)(?:in|aks|ax)|(?<=s)ekurang))")


def bound_in_own_cell(row: RowDraft, target: Token | None) -> bool:
    """Whether a row's target stands in a cell (or a flattened line) of its own opened by its bound ('≤ 5 hari').

    A rating scale's band prints two numbers about its sign ('76% ≤ 90%'); a Target column's one-sided target
    ('≤ 5 hari', '≥ 80') prints the sign and one value alone in its cell, whatever word the indicator opens with.
    """
    if target is None or target.kind in VALUELESS_KINDS:
        return False
    for view in row.views:
        if view.line.number != row.value_line:
            continue
        for cell in view.cells:
            if len(cell.values) == 1 and cell.values[0].raw == target.raw and cell.values[0].start == target.start:
                raw = cell.raw.strip()
                return raw.endswith(target.raw) and raw[:1] in BOUND_SIGNS and is_bound(raw[:-len(target.raw)])
    return False


def is_bound(text: str) -> bool:
    """A bound word or sign and nothing else ('Min.', 'Maksimal', '≥', '>=')."""
    text = text.strip()
    return text.lower() in BOUND_WORDS or bool(text) and all(c in BOUND_SIGNS or c == " " for c in text)


def only_row_numbers(view: LineView, header: Header) -> bool:
    """Whether a delimited row's only values stand in the header's 'No' column.

    A row with every cell has empty value cells (a value its indicator cell shows in brackets). A row
    with fewer cells than the header is a heading whose empty trailing cells the export dropped
    ('2.<tab>Meningkatnya partisipasi masyarakat' above its '2.1' indicators); there the 'No' cell must
    hold a bare number, so that a short row's '100%' is never taken for a row number.
    """
    valued = [c for c in view.cells if c.values]
    if any(header.label_cells.get(c.index) not in ("no", "nomor") for c in valued):
        return False
    if len(view.cells) == header.cells:
        return True
    return len(view.cells) < header.cells and bool(valued) and all(
        len(c.values) == 1 and is_row_label(c.values[0], c.raw) for c in valued)


def with_blank_realisation(view: LineView, header: Header, mapped: dict[str, Token]) -> dict[str, Token]:
    """A bordered row whose Realisasi cell (and Capaian cell) is blank, or states the result in words.

    Blank: realised nothing yet, as an 'n/a' cell says. In words ('Tercapai', 'Tersusun'): see
    `states_result_in_words`.

    'Nilai evaluasi SAKIP | BB | |': the indicator stands in the table with
    its target, and its result is not (yet) measured. The row keeps its
    target, with an empty realisasi (no value), when its cells line up with
    the header's exactly; a row with cells lost or merged says nothing so.
    A space-aligned row placed by offset under the header's columns, in a table
    whose full rows line up with them (`Header.rows_placed`), prints nothing in
    a blank cell: no cell there is the blank cell.
    """
    placed = header.rows_placed and view.spaced
    if len(view.cells) != header.cells and not placed:
        return mapped
    cells = {cell.index: cell for cell in view.cells}
    blank = [k for k, role in header.cell_roles.items() if role in ("realisation", "achievement")]
    at = next((k for k in blank if header.cell_roles[k] == "realisation"), None)
    if at is None or at not in cells and not placed:
        return mapped
    said = cells[at].raw.strip() if at in cells else ""
    if said and not states_result_in_words(said) or not said and any(
            cells[k].raw.strip() if k in cells else not placed for k in blank):
        return mapped
    return {**mapped, "realisation": Token(kind="missing", start=0, end=0, raw=said, reading=Reading(raw=said))}


NOT_DONE_RE = re.compile(r"\W*(?:belum|tidak)\b", re.I)


def states_done(said: str) -> bool:
    """A target cell stating in words that a thing is to be done or to exist ('Tersusun', 'Ada', 'Terbentuk').

    Such a target has no number, yet the indicator stands in the agreement with it: kept as printed.
    '-', 'n/a' or 'Belum ada' states no target.
    """
    return WORDED_CELL_RE.fullmatch(said) is not None and NOT_DONE_RE.match(said) is None


WORDED_RESULT_CHARS = 40
WORDED_RESULT_WORDS = 4


def states_result_in_words(said: str) -> bool:
    """A Realisasi cell of a row lined up with its header that states the result in a few words, no number.

    'Tercapai', 'Tersusun', 'Dalam proses': the indicator was measured by
    whether a thing was done. The row keeps its target, with the words as
    the realisasi's raw and no value, as a blank cell would leave it.
    """
    return len(said) <= WORDED_RESULT_CHARS and not any(c.isdigit() for c in said) \
        and any(c.isalpha() for c in said) and len(said.split()) <= WORDED_RESULT_WORDS


def achieved_count_as_realisation(header: Header, mapped: dict[str, Token]) -> dict[str, Token]:
    """A 'Target | Capaian Kinerja' row whose Capaian holds a count in the target's unit, read as its realisasi.

    Without a Realisasi column, 'Capaian Kinerja' may print what was achieved ('232 Orang' against a
    target of '232 Orang') rather than a percentage: a count in the target's own unit is no capaian %,
    so the row is a result (target, realisasi). A percent or a bare number there stays the capaian.
    """
    if "realisation" in header.roles or "realisation" in mapped or "target" not in header.roles:
        return mapped
    target, achieved = mapped.get("target"), mapped.get("achievement")
    if target is None or achieved is None or target.kind != "count" or achieved.kind != "count" \
            or not target.reading.unit or target.reading.unit != achieved.reading.unit:
        return mapped
    return {**{k: v for k, v in mapped.items() if k != "achievement"}, "realisation": achieved}


def with_unnamed_capaian(row: RowDraft, header: Header, mapped: dict[str, Token]) -> dict[str, Token]:
    """Target / realisasi / capaian when a row holds one value more than the header names.

    OCR may lose the Capaian header word ('€ v'): a third percentage that
    satisfies capaian = realisasi / target x 100 is the capaian; or the
    Realisasi word between Target and Capaian: the middle one of three; or the
    Target word before Realisasi and Capaian: the first of three. Or it may add
    a stray value ('100 56 100% T005%'): the one ordered triple that adds up
    is the row's, when the last three do not.
    """
    if len(row.values) != len(header.roles) + 1:
        return mapped
    last_two = header.roles[-2:]
    lost_target = last_two == ["realisation", "achievement"] and "target" not in header.roles
    lost_realisation = last_two == ["target", "achievement"] and "realisation" not in header.roles
    if lost_target or (lost_realisation and header.kind == "realisation"):
        # the Target or the Realisasi header word lost ('Indikator me | Realmani | Capatan',
        # 'Targs! Hestimani - Caparan'): three values that add up
        target, realisation, capaian = row.values[-3:]
        if not fits_capaian(target, realisation, capaian):
            return mapped
        return {**mapped, "target": target, "realisation": realisation, "achievement": capaian}
    if header.kind != "realisation":
        return mapped
    if "achievement" not in header.roles:
        target, realisation, capaian = row.values[-3:]
        if capaian.kind != "percent" or not fits_capaian(target, realisation, capaian):
            return mapped
        return {**{k: v for k, v in mapped.items() if k not in ("target", "realisation")},
                "target": target, "realisation": realisation, "achievement": capaian}
    if header.roles[-3:] != ["target", "realisation", "achievement"] or len(row.values) != 4:
        return mapped
    # one stray value among four ('100 56 100% T005%'): the one ordered triple that adds up
    tail = row.values[1:]
    if fits_capaian(*tail):
        return mapped
    triples = [[v for k, v in enumerate(row.values) if k != skip] for skip in (3, 2, 1)]
    fitting = [t for t in triples if fits_capaian(*t)]
    # (two that read the same: a month's realisasi and the year's total, equal; the total stands last)
    if not fitting or any(values_of(t) != values_of(fitting[-1]) for t in fitting):
        return mapped
    target, realisation, capaian = fitting[-1]
    return {**mapped, "target": target, "realisation": realisation, "achievement": capaian}


def with_verdict_capaian(row: RowDraft, header: Header, mapped: dict[str, Token]) -> dict[str, Token]:
    """A Capaian printed as a verdict only ('80% | 82% | Tercapai'): the words are the row's capaian, kept as printed.

    Some reports grade each result in the Capaian column instead of stating a
    percentage. The verdict has no value, yet it is what the report prints
    there, and an auditor looks for it: the capaian keeps it as its raw. A
    bordered row needs the verdict in the Capaian cell itself; a flattened
    one on the line under the realisasi (`extract.tables.flat_verdict_cell`);
    a plain line right after the realisasi, under a header with no text
    column after the values (a Keterangan would hold such a word too).
    """
    if header.kind != "realisation" or "achievement" in mapped or header.roles[-1:] != ["achievement"] \
            or mapped.get("target") is None or mapped.get("realisation") is None:
        return mapped
    view = next((v for v in row.views if v.line.number == row.value_line), None)
    if view is None:
        return mapped
    said = ""
    if header.flattened:  # one cell per line: the verdict stands on the line under the realisasi
        last = row.views[-1]
        if last.line.number > row.value_line and not last.values and is_verdict(last.text.strip()):
            said = last.text.strip()
    elif view.delimited and header.cell_roles:
        at = next((k for k, role in header.cell_roles.items() if role == "achievement"), None)
        cell = next((c for c in view.cells if c.index == at), None)
        if len(view.cells) == header.cells and cell is not None and not cell.values and is_verdict(cell.raw.strip()):
            said = cell.raw.strip()
    elif not view.delimited and not header.text_after:
        text = view.line.text.rstrip()
        start = verdict_start(text)
        after = text.rfind(mapped["realisation"].raw)
        if start is not None and after >= 0 and not text[after + len(mapped["realisation"].raw):start].strip():
            said = text[start:].strip()
    if not said:
        return mapped
    return {**mapped, "achievement": Token(kind="missing", start=0, end=0, raw=said, reading=Reading(raw=said))}


def values_of(tokens: list[Token]) -> list[float | None]:
    return [t.reading.value for t in tokens]


def with_period_realisations(row: RowDraft, header: Header, mapped: dict[str, Token]) -> dict[str, Token]:
    """Target, the year's total and the capaian of a row that prints a realisasi per month or quarter between them.

    A performance system's export ('Target | Realisasi 1 2 ... 12 Jumlah | Target Kinerja (%)') prints
    only the months with a value: 'dokumen 3 1 1 1 2 5 166,67' is target 3, the months, the total 5
    and the capaian. Read from the right, a month would pass for the target. The first value, the
    last but one and the last are the row's when they add up (capaian = total / target x 100) and
    the last three do not.
    """
    if header.roles != ["target", "realisation", "achievement"] or len(row.values) <= 4:
        return mapped
    target, realisation, capaian = row.values[0], row.values[-2], row.values[-1]
    if fits_capaian(*row.values[-3:]) or not fits_capaian(target, realisation, capaian):
        return mapped
    return {**mapped, "target": target, "realisation": realisation, "achievement": capaian}


def with_group_capaian(row: RowDraft, header: Header, mapped: dict[str, Token]) -> dict[str, Token]:
    """The year's capaian printed right after its realisasi under a merged year cell whose sub-columns name only
    'Target Realisasi' (`Header.year_group_unfolded`), when the row's arithmetic proves it.

    'Kondisi Tahun 2016' over 'Target | Realisasi | (%)', beside 'Target Akhir RPJMD | Capaian thd Target Akhir':
    the year's capaian column is unnamed, so the capaian read by order is another column's (the plan's target or
    its capaian). The value right after the realisasi that is realisasi / target x 100, where the one read is not,
    is the year's capaian.
    """
    target, realisation = mapped.get("target"), mapped.get("realisation")
    if not header.year_group_unfolded or target is None or realisation is None:
        return mapped
    achievement = mapped.get("achievement")
    if achievement is not None and fits_capaian(target, realisation, achievement):
        return mapped
    values = row.values
    at = next((k for k, t in enumerate(values) if t is realisation), None)
    if at is None or at + 1 >= len(values) or values[at + 1].reading.value is None:
        return mapped
    following = values[at + 1]
    if not fits_capaian(target, realisation, following):
        return mapped
    return {**{k: v for k, v in mapped.items() if v is not following}, "achievement": following}


def with_fitting_pair(row: RowDraft, header: Header, mapped: dict[str, Token]) -> dict[str, Token]:
    """Pagu and realisasi chosen by the row's own %, when the row holds more amounts than the header names.

    A budget table may print a realisation column per month or quarter before
    its Jumlah (only the months with spending filled in), so a row reads
    'pagu | Jan | Mar | ... | jumlah | %' with a varying count of amounts.
    Mapped from the right, the pagu lands on a month. When that reading does
    not give the printed %, and exactly one pair of the row's amounts does
    (realisasi / pagu x 100 = %), that pair is the row's pagu and realisasi.
    """
    alloc, real, pct = mapped.get("allocation"), mapped.get("realisation_amount"), mapped.get("percent")
    if header.kind != "budget" or alloc is None or real is None or pct is None or pct.reading.unit not in ("%", None):
        return mapped
    amounts = [t for t in row.values if is_amount(t)]
    roles = sum(r in ("allocation", "realisation_amount", "remainder") for r in header.roles)
    if len(amounts) <= roles or percent_fits(alloc, real, pct):
        return mapped
    pairs = [(a, r) for i, a in enumerate(amounts) for r in amounts[i + 1:] if percent_fits(a, r, pct)]
    if len(pairs) != 1:
        return mapped
    fixed = {**mapped, "allocation": pairs[0][0], "realisation_amount": pairs[0][1]}
    if fixed.get("remainder") in pairs[0]:
        del fixed["remainder"]
    return fixed


def fits_capaian(target: Token, realisation: Token, capaian: Token) -> bool:
    """capaian = realisasi / target x 100 for some OCR reading of each (within rounding)."""
    def readings(token: Token) -> list[float]:
        r = token.reading
        if r.unit is None and r.value is not None and r.value > 200:  # '1005': a '%' read as a digit
            r = parse_percent(token.raw) or r
        return [v for v in ((r.value,) + tuple(r.alternatives)) if v is not None]
    return any(t and abs(r / t * 100 - a) <= 0.6
               for t in readings(target) for r in readings(realisation) for a in readings(capaian))


def map_by_kind(values: list[Token], roles: list[str]) -> dict[str, Token]:
    """Budget rows: a year fills Tahun, amounts fill pagu/realisasi/sisa in order, then the %."""
    mapped: dict[str, Token] = {}
    if "year" in roles:
        year = next((t for t in values if is_year(t)), None)
        if year is not None:
            mapped["year"] = year
    amount_roles = [r for r in roles if r in ("allocation", "realisation_amount", "remainder", "target", "realisation")]
    amounts = [t for t in values if is_amount(t)]
    mapped.update(zip(amount_roles, amounts))
    pct_role = next((r for r in roles if r in ("percent", "achievement")), None)
    if pct_role is None and amounts:
        pct_role = "percent"
    if pct_role and amounts:
        last = values.index(amounts[-1])
        rest = [t for t in values[last + 1:] if not is_amount(t) and not is_year(t)]
        # the first with a '%', else the first with a value: a '-' in an empty realisasi cell is none ('- | 0,00')
        pct = next((t for t in rest if t.reading.unit == "%"),
                   next((t for t in rest if t.reading.value is not None), rest[0] if rest else None))
        if pct is not None:
            mapped[pct_role] = pct
    return mapped


SASARAN_LABEL_RE = re.compile(r"^\W*sasaran(?:\s+strategis)?\s*\d{0,2}\W*", re.I)


# an IKU's code before its indicator's name, after words of the row's sasaran ('... yang optimal 1c-N Persentase')
IKU_CODE_RE = re.compile(r"\s\d{1,2}[a-z]-[A-Z]{1,3}\s+(?=[A-Z])")


def split_sasaran(text: str) -> str:
    """Cut a sasaran phrase merged in front of the indicator ('[Sasaran 5] Terwujudnya ... Persentase ...'), or
    in front of the indicator's code ('Pengelolaan Keuangan yang optimal 1c-N Persentase ...')."""
    if "-" in text and (code := IKU_CODE_RE.search(text)) is not None:
        return text[code.end():]
    label = SASARAN_LABEL_RE.match(text)
    if label and INDICATOR_START_RE.search(text, label.end()):
        text = text[label.end():]
    if SASARAN_VERB_RE.match(text):
        match = INDICATOR_START_RE.search(text, 1) or LETTERED_INDICATOR_RE.search(text, 1) \
            or SECOND_RESULT_RE.search(text, 1)
        if match:
            return text[match.start():]
    return text


def indicator_after_sasaran_line(row: RowDraft, header: Header, label: str) -> str:
    """A flattened row's indicator, its sasaran's own line before it cut off.

    One cell per line under 'No | Sasaran Strategis | Target | Realisasi'
    (no Indikator word in the header) gives each row its sasaran on one line
    and its indicator on the next ('Pelayanan Prima' / 'Persentase jumlah
    SP2D ...'): the name starts at the first later line that opens on a
    measure word, when the row's first line does not (a wrapped name's later
    lines go on in lower case).
    """
    labels = set(header.label_cells.values())
    if not header.flattened or "sasaran" not in labels or labels & {"indikator", "uraian"}:
        return label
    parts = [part.strip() for part in row.text_parts if part and part.strip()]
    if len(parts) < 2 or INDICATOR_START_RE.match(strip_row_number(parts[0])):
        return label
    k = next((k for k in range(1, len(parts)) if INDICATOR_START_RE.match(parts[k])), None)
    rest = " ".join(parts[k:]) if k is not None else ""
    return rest if rest and label.endswith(rest) and names_a_measure(rest) else label


# An output-style indicator named like its sasaran, by a result noun ('Tersusunnya Rancangan ... Terlaksananya
# Layanan Administrasi'): after a sasaran, a second capitalised '-nya' result opens the indicator (a scan lost the
# border between them).
SECOND_RESULT_RE = re.compile(r"(?<=\s)(?:Ter|Me)[a-z]+nya\b")


def measure_after_sasaran_tail(text: str) -> str:
    """The indicator of a row whose name opens with the lower-case end of its sasaran's wrapped cell.

    A scan that lost the border between a Sasaran and an Indikator cell
    reads 'yang berkualitas Nilai Keterbukaan Informasi': the sasaran's last
    words in lower case, then the indicator's capitalised measure word
    (`opens_after_sasaran_tail`). The name starts there, when what is left
    still names an indicator. Only under a Sasaran | Indikator header.
    """
    match = opens_after_sasaran_tail(text)
    if match is None or not names_a_measure(text[match.start():]):
        return text
    return text[match.start():]


def result_after_sasaran_wrap(text: str) -> str:
    """The output-style indicator of a row whose line opens with the sasaran's wrapped words.

    A scan that lost the border reads 'Sosialisasi serta Partisipasi
    Terlaksananya Publikasi 1 Layanan': the sasaran cell's later words run
    into the indicator, which opens on a capitalised '-nya' result. Under a
    Sasaran | Indikator header, a name that opens on neither a measure word nor
    a result starts at that result (two words before it at least, and what is
    left still names an indicator).
    """
    if INDICATOR_START_RE.match(text) or FIRST_RESULT_RE.match(text):
        return text
    match = SECOND_RESULT_RE.search(text)
    if match is None or len(text[:match.start()].split()) < 2 or not names_a_measure(text[match.start():]):
        return text
    return text[match.start():]


FIRST_RESULT_RE = re.compile(r"\W*(?:Ter|Me)[a-z]+nya\b")  # a name opening on its result ('Tersusunnya ...')


# A lettered item opening an indicator inside a line that opened with its sasaran, in any case: a scan lost the
# border between them ('Meningkatkan penyelenggaraan a. presentasi KPU Kota ...'); the name starts after the letter.
LETTERED_INDICATOR_RE = re.compile(r"(?<=\s[a-h][.)]\s)" + ANY_CASE_INDICATOR_RE.pattern, re.I)


def sasaran_cell(row: RowDraft, header: Header) -> str:
    """The text of a row's own Sasaran cell, or '' (a merged cell left empty on later rows)."""
    for index, label in header.label_cells.items():
        if label == "sasaran":
            return row.cells.get(index, "")
    return ""


def indicator_after_budget_group(row: RowDraft, mapped: dict[str, Token]) -> str:
    """The indicator's name between a row's budget values and its own, on a line without cells, or ''.

    'Sasaran | Pagu | Realisasi | % | Indikator | Target | ...' read with
    single spaces: '1 Meningkatnya layanan 2.000.000.000 1.900.000.000 95,00
    Persentase arsip 100% 98% 98%'. The row's text ends where its first value
    stands, so it is the sasaran's (the budget row's name); the indicator's
    name is the text after the pagu, realisasi and %, before the target.
    """
    allocation = mapped.get("allocation")
    if allocation is None:
        return ""
    for view in row.views:
        cell = view.cells[0]
        if len(view.cells) != 1 or not any(t is allocation for t in cell.inner) or not cell.values:
            continue
        budget = [t for t in cell.inner if any(t is mapped.get(role) for role in BUDGET_GROUP_ROLES)]
        return fold_text(cell.raw)[budget[-1].end:cell.values[0].start].strip()
    return ""


BUDGET_GROUP_ROLES = ("allocation", "realisation_amount", "percent", "remainder")


def mixed_budget_sasaran(row: RowDraft, header: Header) -> str:
    """The Sasaran cell that names a row's budget in a table giving each sasaran's result and budget, or ''.

    'Sasaran | Indikator | Target | Realisasi | Capaian | Pagu | Realisasi | %': the pagu is the sasaran's (its cell
    spans the sasaran's indicators), so the budget row is named as the sasaran is printed, not by an indicator.
    A Program, Kegiatan or Uraian column names it instead where the table has one.
    """
    if not header.mixed or any(label in ("program", "kegiatan", "uraian") for label in header.label_cells.values()):
        return ""
    return sasaran_cell(row, header).strip()


def sasaran_before_indicator(name: str) -> str:
    """A one-space mixed row's sasaran, cut from the indicator run on after it ('Meningkatnya X Persentase Y').

    'No | Pagu | Realisasi | % | Sasaran | Indikator | Target ...' read with
    single spaces leaves the two cells joined between the value groups; the
    budget is the sasaran's, as in `mixed_budget_sasaran`.
    """
    indicator = split_sasaran(name)
    if indicator and indicator != name and name.endswith(indicator):
        return name[:-len(indicator)].strip() or name
    return name


PERCENT_SATUAN = frozenset({"%", "(%)", "persen", "persentase"})  # a Satuan cell saying the row is in percent


def satuan_cell(row: RowDraft, header: Header) -> str:
    """The text of a row's own Satuan (unit) cell, or '' when the table has none."""
    for index, label in header.label_cells.items():
        if label == "satuan":
            return row.cells.get(index, "").strip()
    return ""


# A Satuan cell saying the row's number is a score ('Nilai', 'Skor'): no count and no percent. 'Nilai' over a
# grade ('BB') leaves the grade as it is; over a number ('82,5') it is the score's points, or an index's.
SCORE_SATUAN = frozenset({"nilai", "skor", "score", "poin", "point", "points"})
INDEX_WORD_RE = re.compile(r"\b(?:indeks|index)\b", re.I)


def states_other_unit(satuan: str, known_only: bool = False) -> bool:
    """Whether a printed Satuan cell names a unit that is no percent ('Nilai', 'Indeks', 'Dokumen', 'Kelurahan').

    The printed Satuan wins over a percent guessed from the other rows of its
    table or from the capaian: '82,5' under 'Nilai' is no 82,5%. Over the
    indicator's name ('Persentase ...') only a unit the units list knows
    wins (`known_only`): a capitalised word of its own may be a name's piece
    a lost border left in the Satuan column.
    """
    word = satuan.strip()
    if not word or word.lower() in PERCENT_SATUAN:
        return False
    if word.lower() in SCORE_SATUAN or RATE_UNIT_RE.fullmatch(word):
        return True  # (a rate's unit, 'Liter/detik', is printed as plainly as a known one)
    known = canonical_unit(word)
    if known is not None:
        return known != "%"
    # a noun of its own ('Kelurahan', 'Inovasi'); a cut of a wrapped name ('yang', 'dan tepat waktu') is none
    return not known_only and word[:1].isupper() and word.isalpha()


def with_satuan(reading_: Reading | None, satuan: str, indicator: str = "") -> Reading | None:
    """A bare number read with the unit its row's Satuan cell names ('4' under 'Laporan' is 4 laporan).

    A Perjanjian Kinerja often prints the unit in a column of its own
    ('Jumlah laporan ... | Laporan | 4'); the value cell alone would leave the
    count without its noun. Only a value without a unit of its own takes it,
    and only a unit noun the parser knows ('%' is handled by `as_percent`).
    A score word ('Nilai', 'Skor') gives a number the unit `points`, or
    `index` when the indicator names an index ('Hasil Indeks Kepuasan
    Masyarakat | Nilai | 82,5').
    """
    if reading_ is None or reading_.unit is not None or reading_.value is None or not satuan:
        return reading_
    if satuan.strip().lower() in SCORE_SATUAN:
        return replace(reading_, unit="index" if INDEX_WORD_RE.search(indicator) else "points")
    if RATE_UNIT_RE.fullmatch(satuan.strip()):
        return replace(reading_, unit=satuan.strip().strip("()").lower())  # '400' under 'Liter/detik': 400 liter/detik
    counted = parse_measure(f"{reading_.raw.strip()} {satuan}")
    if counted is None or counted.unit in (None, "%") or counted.value != reading_.value \
            or not counted.trusted:
        return reading_
    return replace(reading_, unit=counted.unit)


def as_percent(token: Token | None, percent_column: bool, percent_table: bool = False) -> Reading | None:
    """A bare number in a column of percentages, read as one ('1005' may be '100%').

    In a table whose targets are mostly percentages, a bare number is read as
    a damaged percentage only when it has that shape ('77,596': the % read as
    '96'); a plain '2' there may be a count printed without its unit.
    """
    if token is None:
        return None
    if token.kind == "number" and (percent_column or percent_table):
        reading = parse_measure(token.raw, "%")
        if reading is not None and (percent_column or reading.alternatives or not reading.trusted):
            if token.reading.repairs and not reading.repairs and reading.value == token.reading.value:
                reading = replace(reading, repairs=token.reading.repairs)  # the lexer's repair ('93 ,82') stays listed
            return reading
    return token.reading


def reading(token: Token | None) -> Reading | None:
    return token.reading if token is not None else None


def later_value_lines(table: Table) -> set[int]:
    """Lines whose values a row of the table gathered after its first value line (a row flattened one cell per line).

    Each is one cell of that row ('Rp. 2.101.808.066', the realisasi under the
    pagu), not a budget line of its own.
    """
    return {v.line.number for row in table.rows for v in row.views
            if v.line.number > row.value_line and v.values}


def recorded_value_lines(table: Table, lines: set[int]) -> set[int]:
    """Value lines of the table's rows that gave a record (each record's line in `lines`): a row without a name
    or its columns' values gives none, and its lines are still another reader's to read."""
    return {v.line.number for row in table.rows if row.value_line in lines for v in row.views if v.values}


def amount_result_lines(measures: list[MeasureRow]) -> set[int]:
    """Lines of results stated in Rupiah ('Jumlah PAD | Rp 150.000.000.000 | ...'): no budget line for the Rp-line reader."""
    return {m.source.line for m in measures
            if m.target is not None and m.target.unit == "rupiah" and m.has_realisation_column}


def rows_to_records(table: Table, ocr: bool = False) -> tuple[list[MeasureRow], list[BudgetRow]]:
    """Turn a table's rows into raw measure and budget records."""
    measures: list[MeasureRow] = []
    budgets: list[BudgetRow] = []
    header = table.header
    all_mapped = [achieved_count_as_realisation(header, with_verdict_capaian(row, header, with_period_realisations(
        row, header, with_unnamed_capaian(row, header, with_fitting_pair(
            row, header, with_group_capaian(row, header, map_values(row, header, table.scale is not None)))))))
        for row in table.rows]
    targets = [m["target"] for m in all_mapped if m.get("target") is not None]
    percent_table = sum(t.reading.unit == "%" for t in targets) * 2 > len(targets)
    coded: list[tuple[RowDraft, BudgetRow | None]] = []  # a budget table's rows, for codes printed short
    indicator_budgets = "indikator" in header.label_cells.values()  # 'Indikator Kinerja | Anggaran | Realisasi
    for row, mapped in zip(table.rows, all_mapped):
        raw = " | ".join(t.raw for t in row.values)
        source = Source(line=row.value_line, page=row.value_page, raw=raw, table=table.title, ocr=ocr,
                        table_line=header.first_line)
        target, realisation = mapped.get("target"), mapped.get("realisation")
        amount_result = states_amount_result(row, header, mapped, table.title)
        amounts_in_measure = not amount_result and any(t is not None and is_amount(t) for t in (target, realisation))
        if header.kind == "budget" or amounts_in_measure or "allocation" in mapped:
            budget = budget_record(row, header, mapped, source, amounts_in_measure, table.scale)
            coded.append((row, budget))
            if budget is not None:
                budget.level = table.levels.get(row.value_line)
                if header.mixed and target is not None and not amounts_in_measure or \
                        indicator_budgets and INDICATOR_COUNT_RE.match(budget.name or ""):
                    budget.level = "other"  # an indicator's budget ('Jumlah kunjungan ...' is no Jumlah row)
                budgets.append(budget)
            if (inside := target_before_program(row, header, mapped)) is not None:
                measure, program = inside(source)
                measures.append(measure)
                if budget is not None and program:
                    budget.name = program  # the program's name after the target, not the indicator's before it
            if amounts_in_measure or (header.kind == "budget" and not header.mixed):
                continue
        if target is None and realisation is None:
            continue
        if header.kind == "target" and target is not None and target.kind == "missing" and realisation is None \
                and not states_done(target.raw):
            continue  # '-' under the year's Target (a plan row targeted only in later years): no target stated
        if target is None and mapped.get("achievement") is None and header.kind not in ("target", "realisation"):
            continue  # a realisasi alone under a header that names no target: a comparison of years, not a result
        if not amount_result and not (header.mixed and "allocation" in mapped) \
                and any(RUPIAH_RE.search(v.line.text) for v in row.views):
            continue  # a Rupiah line strayed into a performance table: an amount, not a measure (in a table that
            # also gives each row's budget, the 'Rp' is its pagu's: the measure's values are no amounts, tested above)
        row = without_next_rows_lines(row, header)
        beside = beside_sasaran_once(row, header)  # (the row is read: asked up to three times below, worked out once)
        after_budget = header.mixed and indicator_after_budget_group(row, mapped)
        label = after_budget or \
            (not header.cells and not (header.flattened and row.cells)
             and indicator_column(row.views, row.value_line)) or \
            row_label(row, header, ("indikator", "uraian"), beside)
        if header.sasaran_indikator and not header.cells and not header.flattened \
                and goes_on_from(by_lines := beside(True), label):
            # cut at the first line's widths, a wrapped line with no border falls wholly in the sasaran's column
            # though it may be the name's alone ('jadwal dan ketentuan yang' under '... sesuai dengan')
            label = by_lines
        label = indicator_after_sasaran_line(row, header, label)
        indicator = without_trailing_bound(split_sasaran(strip_row_number(label)))
        if header.sasaran_indikator:
            indicator = result_after_sasaran_wrap(measure_after_sasaran_tail(indicator))
        wraps = value_cell_wraps(row, header)
        indicator = without_value_cell_wrap(row, indicator, wraps)
        if (year := year_ending_name(row, header, mapped)) is not None:
            indicator = with_year_in_name(indicator, *year)
        if header.measure and not names_a_measure(indicator):
            indicator = year_row_name(row, header, indicator, table.rows)
        target, realisation = with_wrapped_raw(target, row, wraps), with_wrapped_raw(realisation, row, wraps)
        if not names_a_measure(indicator) and not numbered_acronym_row(row, indicator, mapped) \
                and not proven_short_name(row, indicator, header, mapped):
            continue  # a fragment ('Manajemen', 'Fax'), not an indicator a user could look up
        if header.mixed and BUDGET_ITEM_RE.match(indicator):
            continue  # a program's physical progress beside its budget ('Fisik: Target | Realisasi'), no indicator
        satuan = satuan_cell(row, header)
        if not satuan and header.satuan and not row.cells:
            indicator, satuan = satuan_word_peeled(indicator)
            if not satuan:
                indicator, satuan = satuan_before_wrap(row, indicator)
        bound = printed_bound(row, target)
        if states_interval(row) and not INDICATOR_START_RE.match(indicator) and not (bound and realisation is not None) \
                and not (header.kind == "target" and bound_in_own_cell(row, target)):
            continue  # a rating scale's band ('76% ≤ 90% | Baik'), not a result ('≤ 14 hari | 10 hari | 140%' is one)
        if is_page_footer(row, indicator) or names_value_columns_only(indicator):
            continue
        # ('Nilai', 'Dokumen': no name makes the row a percent; 'Kelurahan' too: no neighbour does)
        percent_row = any(t is not None and t.reading.unit == "%" for t in (target, realisation)) \
            or not states_other_unit(satuan, known_only=True) and PERCENT_NAME_RE.match(indicator) is not None \
            or satuan.lower() in PERCENT_SATUAN
        # a count's bare number ('Jumlah pemilih pemula ... | 2.500') is no damaged percent of its table's
        percent_guess = percent_table and not states_other_unit(satuan) \
            and not (COUNT_NAME_RE.match(indicator) and not percent_row)
        measures.append(MeasureRow(
            indicator_raw=indicator, source=source,
            target=with_satuan(as_percent(target, percent_row, percent_guess), satuan, indicator),
            realisation=with_satuan(as_percent(realisation, percent_row, percent_guess), satuan, indicator),
            achievement=as_percent(mapped.get("achievement"), True),
            has_realisation_column="realisation" in header.roles or realisation is not None,
            has_achievement_column="achievement" in header.roles,
            sasaran=strip_row_number(row.text) if after_budget else sasaran_cell(row, header), target_bound=bound,
            satuan=satuan))
    if budgets:
        with_full_codes(coded, header)
    return measures, budgets


def target_before_program(row: RowDraft, header: Header, mapped: dict[str, Token]):
    """A maker of the measure a Perjanjian Kinerja's row states before its program and budget (and of the program's
    name, after the target), or None.

    'Sasaran | Indikator | Target | Program | Anggaran': the row's values are
    its program's pagu, at its end; its target stands inside its text, after
    the indicator's name and before the program's ('Persentase desa mandiri
    55,69% Pemberdayaan Masyarakat Desa 1.286.197.300,00', or one cell a line).
    Only a row with one percentage in its text, after an indicator's opening
    word, under a header naming a Target before the Anggaran and no result.
    """
    roles = header.roles
    if "target" not in roles or "allocation" not in roles or roles.index("target") > roles.index("allocation") \
            or "realisation" in roles or "achievement" in roles:
        return None
    if not mapped or not all(is_amount(t) for t in mapped.values()):
        return None  # (the row's one value, its pagu, is read under the first column, the Target, when it stands alone)
    found: list[tuple[int, LineView, Token]] = []
    for k, view in enumerate(row.views):
        if view.delimited or len(view.cells) != 1:
            return None
        found += [(k, view, t) for t in view.cells[0].inner if t.kind == "percent" and t not in row.values]
    if len(found) != 1:
        return None
    k, view, token = found[0]
    before = " ".join([v.cells[0].raw for v in row.views[:k]] + [view.cells[0].raw[:token.start]])
    opening = None
    for opening in INDICATOR_START_RE.finditer(before):
        pass
    if opening is None:
        return None
    indicator = " ".join(before[opening.start():].split()).strip(" -–•")
    if not names_a_measure(indicator):
        return None
    sasaran = " ".join(strip_row_number(before[:opening.start()]).split()).strip(" -–•")

    cut = min((t.start for t in row.values if t in view.cells[0].inner or t in view.values),
              default=len(view.cells[0].raw)) if view.line.number == row.value_line else len(view.cells[0].raw)
    after = [view.cells[0].raw[token.end:cut]] + [v.text if v.line.number == row.value_line else v.cells[0].raw
                                                for v in row.views[k + 1:]]
    program = " ".join(" ".join(after).split()).strip(" -–•")

    def measure(source: Source) -> tuple[MeasureRow, str]:
        line = replace(source, line=view.line.number, page=view.line.page, raw=token.raw)
        return MeasureRow(indicator_raw=indicator, source=line, target=token.reading, sasaran=sasaran), program
    return measure


def without_next_rows_lines(row: RowDraft, header: Header) -> RowDraft:
    """The row without its lines below its value line when that line ends on the next row's number.

    Text run together puts the next row's 'No' after a row's values ('... 4 Desa 2 Desa 2'): the lines below
    open the next row (its sasaran, its name), no wrap of this row's name.
    """
    views = row.views
    if len(views) != len(row.text_parts) or views[-1].line.number <= row.value_line:
        return row
    view = next((v for v in views if v.line.number == row.value_line), None)
    if view is None or view.delimited or len(view.values) <= len(header.roles) or view.values[-1] in row.values \
            or not next_row_number_ends_counts(view, list(view.values)):
        return row
    keep = [k for k, v in enumerate(views) if v.line.number <= row.value_line]
    return replace(row, views=[views[k] for k in keep], text_parts=[row.text_parts[k] for k in keep])


def row_year(row: RowDraft) -> int | None:
    """The year that labels a row of a per-year table ('2 | 2020 | 98,5 | 92,54', '2 Tahun 2020 98,5 92,54'), read
    on its value line."""
    view = next((v for v in row.views if v.line.number == row.value_line), None)
    year = next((t for t in view.values if is_year(t)), None) if view is not None else None
    if year is not None:
        return int(year.reading.value or 0)
    label = strip_row_number(row.text)
    found = YEAR_IN_LINE_RE.findall(label)
    if len(found) == 1 and YEAR_LABEL_RE.fullmatch(label.replace(found[0], "")):
        return int(found[0])  # 'Tahun 2020': the year read as the row's words
    return None


def year_row_name(row: RowDraft, header: Header, indicator: str, rows: list[RowDraft]) -> str:
    """The name of a row of a per-year table of one measure, labelled by its year alone: the header's measure on the
    report year's row ('Tahun | Target Nilai IKM | Realisasi Nilai IKM' over '2020 | 98,5 | 92,54'), else as it was.

    The other years' rows compare the year with earlier ones: no result of the year. Where the report year is not
    known, the latest year's row is the year's.
    """
    year = row_year(row)
    if year is None:
        return indicator
    wanted = header.report_year
    if wanted is None:
        wanted = max((y for r in rows if (y := row_year(r)) is not None), default=None)
    return header.measure if year == wanted else indicator


def year_ending_name(row: RowDraft, header: Header, mapped: dict[str, Token]) -> tuple[str, str] | None:
    """The year that ends a row's name on its value line ('... pada Pemilu 2024 | 77,5% | 81%'), with the name's
    words before it there; None when there is none.

    Lexed, the year is a value, and a table without a year column drops it
    (`extract.tables.usable_values`): the name lost its year ('Persentase
    partisipasi pemilih pada Pemilu'). It is the name's only when the header's
    value columns are all filled without it, the table has no year column (no
    'Tahun' cell, no per-year target columns), and it stands in the name's own
    cell right after its words, the row's first value right after it (a year in
    a cell of its own is a column the header did not name), or it opens a value line
    that holds no words under the name's lines.
    """
    if header.target_years or header.names_year_column or "year" in header.roles \
            or any(r not in mapped for r in header.roles):
        return None
    view = next((v for v in row.views if v.line.number == row.value_line), None)
    if view is None:
        return None
    values = view.values
    taken = {id(m) for m in mapped.values()}  # (the row's values are told by identity: one set, not a scan each)
    first = next((k for k, t in enumerate(values) if id(t) in taken), 0)
    if first == 0:
        return None
    year = values[first - 1]
    raw = year.raw.strip()
    if len(raw) != 4 or not raw.isdigit() or not is_year(year):
        return None
    cell = next((c for c in view.cells if c.values and c.values[0] is year), None)
    if cell is None:
        return None
    if WORD_RE.search(cell.text):
        return raw, cell.text
    above = [v for v in row.views if v.line.number < row.value_line]
    if first == 1 and not WORD_RE.search(view.text) and above and WORD_RE.search(above[-1].text):
        return raw, above[-1].text  # the name above ('... pada Pemilu') over '2024  77,5%  81%': its last word
    return None


def with_year_in_name(indicator: str, year: str, before: str) -> str:
    """The name with its year put back after the words that stand before it on the value line.

    A name wrapped on below its value line goes on after the year ('... pada Pemilu 2024' over 'Serentak');
    where those words cannot be found in the name (cut as a sasaran's), the name is left as it was.
    """
    tail = " ".join(before.split()[-3:])
    at = indicator.rfind(tail) if tail else -1
    if at < 0:
        return indicator
    at += len(tail)
    return f"{indicator[:at]} {year}{indicator[at:]}"


# what names a budget line, not an indicator: 'Anggaran ...', 'Belanja pegawai', 'Program ...', 'Pagu ...'
BUDGET_NAME_RE = re.compile(r"^\W*(?:program|kegiatan|sub[\s-]*kegiatan)\b|\b(?:anggaran|pagu|alokasi|belanja|dipa)\b",
                            re.I)


def states_amount_result(row: RowDraft, header: Header, mapped: dict[str, Token], title: str) -> bool:
    """An indicator row of a Target / Realisasi / Capaian table whose target and realisasi are Rupiah amounts.

    'Jumlah PAD | Rp 150.000.000.000 | Rp 162.000.000.000 | 108%': a revenue
    office measures itself in Rupiah. The header names no pagu, the row
    names an indicator, not a program or an anggaran, and prints the 'Rp'
    (or, without it, stands under a header naming its Indikator column with a
    capaian that is its realisasi / target): a result, not a budget line.
    Under a title naming the budget ('Realisasi
    Anggaran (076.01.CQ)') the same columns hold an output's pagu and spending.
    """
    if header.kind != "realisation" or "allocation" in header.roles or "allocation" in mapped \
            or BUDGET_NAME_RE.search(title) is not None:
        return False
    target, realisation = mapped.get("target"), mapped.get("realisation")
    if target is None or realisation is None or not (is_amount(target) and is_amount(realisation)):
        return False
    label = strip_row_number(row_label(row, header, ("indikator", "uraian")))
    declared = "indikator" in header.label_cells.values() or header.sasaran_indikator
    named = ANY_CASE_INDICATOR_RE.match(label) is not None or declared
    achievement = mapped.get("achievement")
    # no 'Rp' printed: a header naming its indicator column, and the row's capaian its realisasi / target
    proven = declared and achievement is not None and fits_capaian(target, realisation, achievement)
    return named and BUDGET_NAME_RE.search(label) is None and names_a_measure(label) \
        and (proven or any(RUPIAH_RE.search(v.line.text) for v in row.views if v.line.number == row.value_line))


# A band of a rating scale: a bound with its comparison sign ('91% ≤ 100%', '> 100%'), or, inside one
# cell, two numbers joined as a range ('85% - 100%', '70 s.d. 84').
BOUND_RE = re.compile(r"(?:[<>≤≥]|&[lg]t;)\s*=?\s*\d")
RANGE_CELL_RE = re.compile(r"^\W*\d+(?:[.,]\d+)?\s*%?\s*(?:-|–|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?)\s*\d+(?:[.,]\d+)?\s*%?\W*$",
                           re.I)


def states_interval(row: RowDraft) -> bool:
    """Whether a row's value line states a band of a rating scale instead of values.

    Scales of 'Interval Penilaian Kinerja' (1 | 91% ≤ 100% | Sangat Baik)
    follow the capaian table or stand under 'Keterangan:' below it. A target
    may carry a sign too ('≤ 2%'), so callers also ask whether the row names
    an indicator.
    """
    view = next((v for v in row.views if v.line.number == row.value_line), None)
    if view is None:
        return False
    if BOUND_RE.search(view.line.text):
        return True
    # (a range read as the row's target, '8,5 - 9%' under Target, is a band the target names, not a scale's)
    return view.delimited and any(RANGE_CELL_RE.match(cell.raw) for cell in view.cells
                                  if cell.values and cell.values[0].kind != "compound")


# A running footer or header naming the report ('Laporan Kinerja Dinas X Tahun 2021   17', 'LKjIP ... 2022 | 30')
REPORT_NAME_RE = re.compile(r"^\W*(?:laporan\s+(?:kinerja|akuntabilitas)|lkj\w*|lakip|lppd)\b", re.I)


VALUE_COLUMN_ROLES = frozenset({"target", "realisation", "achievement"})  # the roles a result row's values take


def names_value_columns_only(indicator: str) -> bool:
    """A name made of two or more value-column words alone ('Target Realisasi Capaian', a scan's 'Target Reallsasi
    Capalan'): the labels of a line restating a row's values under its heading ('Target 80% Realisasi 85% ...'),
    each value after its label, run into the table above it; no indicator a user could look up."""
    words, roles = header_word_roles(indicator)
    return len(words) >= 2 and all(role in VALUE_COLUMN_ROLES for role in roles)


def is_page_footer(row: RowDraft, indicator: str) -> bool:
    """A page's running footer inside a table that breaks across pages: the report's name, its year and the page number.

    Repeated three times or more it is known as boilerplate; printed once
    (a two-page table) its page number reads as a row's only value. The
    number may stand on a line of its own under the footer's name and year
    ('Laporan Kinerja ... Tahun 2020' over '27').
    """
    if len(row.values) != 1 or row.values[0].kind != "number" or not REPORT_NAME_RE.match(indicator):
        return False
    line = next((v.line.text for v in row.views if v.line.number == row.value_line), "")
    if line.strip() == row.values[0].raw.strip():
        # (the year may stand on a line of its own too, which the row does not keep: the name ends on 'Tahun')
        return any(YEAR_IN_LINE_RE.search(v.line.text) is not None for v in row.views) \
            or indicator.rstrip().lower().endswith(" tahun")
    return YEAR_IN_LINE_RE.search(line) is not None


def satuan_word_peeled(indicator: str) -> tuple[str, str]:
    """'Nilai SAKIP Nilai' -> ('Nilai SAKIP', 'Nilai'): the Satuan cell of a row whose cells are not delimited.

    Under a header that names a Satuan column, the unit word ('Nilai', 'Opini', 'Indeks', '%',
    'Dokumen') stands between the name and the values on an undelimited line. A word the units
    catalogue knows is taken, and only when what is left still names an indicator. So is a noun the
    catalogue does not know ('Jumlah desa mandiri Kecamatan 5 6'), when its capital sets it apart from
    a name in sentence case: the word before it is in lower case, and the noun is no acronym.
    """
    rest, _, word = indicator.rstrip().rpartition(" ")
    if word in ("%", "(%)") and INDICATOR_WORD_RE.search(rest):
        return rest.rstrip(), word  # (a sign is no word of a name: peeled from a short one too, '- Jagung %')
    if not rest or not names_a_measure(rest):
        return indicator, ""
    if word in ("%", "(%)") or canonical_unit(word.strip("()")) is not None or capitalised_noun_after_lower(rest, word) \
            or RATE_UNIT_RE.fullmatch(word):
        return rest.rstrip(), word
    return indicator, ""


# a rate's unit, an amount per time, area or head ('Liter/detik', 'km/jam', 'Ton/Ha', 'Kg/kapita'); not a pair of
# nouns a name ends on ('Kab/Kota', 'Desa/Kelurahan')
RATE_UNIT_RE = re.compile(r"\(?[A-Za-z][A-Za-z0-9]{0,9}/(?:detik|dtk|dt|jam|hari|minggu|bulan|bln|tahun|thn|ha|hektar|"
                          r"km|km2|m2|kapita|orang|jiwa|kk)\)?", re.I)


# a value cell's wrapped word or two: 'Kinerja' of '1 Laporan Kinerja', 'Pemilih Tetap' of '2 Daftar Pemilih Tetap'
VALUE_WRAP_RE = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+)?")
WRAP_SHIFT = 8  # characters a scan's wrapped value word may stand left of its value's start


def without_value_cell_wrap(row: RowDraft, indicator: str, wraps: dict[int, str]) -> str:
    """A row's name without the last words of its compound values, wrapped under them on the name's last line.

    '1 Jumlah laporan akuntabilitas | 1 Laporan' over 'yang disusun | Kinerja': the count cell
    ('1 Laporan Kinerja') wraps as the name does, and on the line below its last word stands after
    the name's, a border (kept or lost) between them. `wraps` holds such pieces (see
    `value_cell_wraps`): they are the values', not the name's end.
    """
    if not wraps:
        return indicator
    words = " ".join(wraps[k] for k in sorted(wraps)).split()
    tail = re.compile(r"\s+" + r"\s+".join(map(re.escape, words)) + r"\W*$")
    return tail.sub("", indicator) if tail.search(indicator) else indicator


def value_cell_wraps(row: RowDraft, header: Header) -> dict[int, str]:
    """{index of a count in `row.values`: its cell's wrapped word or two on the line under it}.

    Such a piece, one or two words in title case standing about under the
    first count, and no more pieces than the value line's counts, ends a count
    cell ('1 Laporan' over 'Kinerja'), not the name (a wrapped sasaran's piece
    stands left, under its own column). Each piece goes to the count it stands
    nearest under, so the target keeps its whole raw text ('1 Laporan Kinerja').
    """
    counts = [k for k, t in enumerate(row.values) if t.kind == "count" and any(c.isalpha() for c in t.raw)]
    value_view = next((v for v in row.views if v.line.number == row.value_line), None)
    if value_view is None or not (counts or any(t.kind == "number" for t in row.values)):
        return {}
    if value_view.delimited:
        return delimited_value_cell_wraps(row, value_view, header)
    if not counts:
        return {}
    below = [v for v in row.views if v.line.number > row.value_line and v.text]
    if not below or below[-1].values:
        return {}
    # under its cell: the piece starts about where the first count does (a scan shifts it a little)
    starts = {k: value_view.line.text.find(row.values[k].raw) for k in counts}
    under = starts[counts[0]] - WRAP_SHIFT
    line = below[-1].line.text
    pieces = [p for p in (p.strip(STRAY_MARKS) for p in text_pieces(below[-1])) if p]
    wrapped: list[tuple[int, str]] = []
    while len(pieces) > 1 and len(wrapped) < len(counts) and VALUE_WRAP_RE.fullmatch(pieces[-1]) \
            and not INDICATOR_START_RE.match(pieces[-1]) and (at := line.rfind(pieces[-1])) >= under >= 0:
        wrapped.insert(0, (at, pieces.pop()))
    out: dict[int, str] = {}
    for at, piece in wrapped:
        k = min((k for k in counts if k not in out), key=lambda k: abs(starts[k] - at), default=None)
        if k is not None:
            out[k] = piece
    return out


def delimited_value_cell_wraps(row: RowDraft, value_view: LineView, header: Header) -> dict[int, str]:
    """`value_cell_wraps` of a row whose borders are read: a piece under a count stands in the count's own cell.

    '1 | Jumlah laporan ... | 1 Laporan' over '  |  |  | Kinerja': the word is the count
    cell's ('1 Laporan Kinerja'), though the name's cell wraps too on the same line or not. Under a
    bare number, a unit word alone ('2.500' over 'orang') is its cell's rest the same way. (A wrapped
    line opening at the border after the blank No cell counts its cells one on, as `append_text` does.)
    """
    out: dict[int, str] = {}
    below = [(v, int(opens_at_blank_number_cell(row, v, header))) for v in row.views
             if v.line.number > row.value_line and v.delimited]
    if not below:
        return out
    used: set[int] = set()
    for k, token in enumerate(row.values):
        counted = token.kind == "count" and any(c.isalpha() for c in token.raw)
        if not counted and token.kind != "number":
            continue
        found = next((c for c in value_view.cells if c.index not in used
                      and any(t.raw == token.raw for t in c.values)), None)
        if found is None:
            continue
        used.add(found.index)
        if found.text:
            continue  # the value shares its cell with the name ('Tersusunnya Dokumen  1 Laporan'): a piece under
            # that cell is the name's wrap ('Perencanaan Anggaran'), not the value's
        cell = found.index
        pieces = [c.text for v, shift in below for c in v.cells if c.index + shift == cell and c.text]
        if not pieces or len(" ".join(pieces).split()) > 2:
            continue
        if counted and all(VALUE_WRAP_RE.fullmatch(p) for p in pieces) or not counted and len(pieces) == 1 \
                and " " not in pieces[0] and canonical_unit(pieces[0]) not in (None, "%"):
            out[k] = " ".join(pieces)
    return out


def with_wrapped_raw(token: Token | None, row: RowDraft, wraps: dict[int, str]) -> Token | None:
    """A count whose cell wrapped ('1 Laporan' over 'Kinerja') with its whole printed text as its raw; a bare
    number with the unit word wrapped under it ('2.500' over 'orang'), read as that count."""
    k = next((k for k, t in enumerate(row.values) if t is token), None) if token is not None and wraps else None
    if token is None or k not in wraps:
        return token
    raw = f"{token.raw} {wraps[k]}"
    if token.kind == "number":  # '2.500' over 'orang': the count its unit word makes it
        counted = parse_measure(raw)
        if counted is None or counted.unit in (None, "%") or counted.value != token.reading.value:
            return token
        return Token("count", token.start, token.end, raw, counted)
    return Token(token.kind, token.start, token.end, raw, replace(token.reading, raw=raw))


def satuan_before_wrap(row: RowDraft, indicator: str) -> tuple[str, str]:
    """'Persentase arsip yang Persen' over 'dikelola tepat waktu' -> ('Persentase arsip yang dikelola tepat
    waktu', 'Persen'): the Satuan cell of an undelimited row whose name wraps below its value line.

    The unit word stands last on the value line, between the name's first line and the values, so
    once the wrapped words are joined it sits inside the name, where `satuan_word_peeled` does not
    look. The value line's own text is peeled by the same rule and taken out of the name where it
    stands, followed by the wrapped words.
    """
    at = next((k for k, v in enumerate(row.views) if v.line.number == row.value_line), None)
    if at is None or len(row.text_parts) != len(row.views) or not any(row.text_parts[at + 1:]):
        return indicator, ""
    own = row.text_parts[at].strip()
    rest, _, word = own.rpartition(" ")
    if not rest or not word:
        return indicator, ""
    where = indicator.find(own + " ")
    if where < 0:
        return indicator, ""
    peeled = f"{indicator[:where]}{rest.rstrip()} {indicator[where + len(own) + 1:]}".strip()
    if not names_a_measure(peeled):
        return indicator, ""
    known = word in ("%", "(%)") or canonical_unit(word.strip("()")) is not None
    return (peeled, word) if known or capitalised_noun_after_lower(rest, word) else (indicator, "")


def capitalised_noun_after_lower(rest: str, word: str) -> bool:
    """'... mandiri' + 'Kecamatan': a capitalised word ending a name written in lower case (a Satuan cell)."""
    before = rest.rstrip().rsplit(" ", 1)[-1]
    return len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower() \
        and before.isalpha() and before.islower()


# an indicator counting something, in sentence case ('Jumlah kunjungan perpustakaan'), not a 'Jumlah' row
# a name that counts ('Jumlah pemilih ...', 'Banyaknya ...'): its values are counts, whatever its table's others are
COUNT_NAME_RE = re.compile(r"^\W*(?:jumlah|banyaknya)\b", re.I)
INDICATOR_COUNT_RE = re.compile(r"^\W*(?:[Jj]umlah|[Tt]otal)\s+[a-z]+\s+\S")
BUDGET_ITEM_RE = re.compile(r"^\W*(?:program|kegiatan|sub[\s-]*kegiatan|belanja)\b", re.I)  # a budget line's name


def names_a_measure(indicator: str) -> bool:
    """Whether a row's label can name an indicator: three words, or two opening with the measure ('Opini BPK').

    A lone word ('Manajemen', 'Fax') or two words of something else ('Kota Bandung') are fragments.
    """
    return len(INDICATOR_WORD_RE.findall(indicator)) >= 3 or (
        SHORT_INDICATOR_RE.match(indicator) is not None and len(WORD_RE.findall(indicator)) >= 2)


# A name of acronyms alone ('IPM', 'APK PAUDTK', 'AKB'), as Pemda IKU lists print some measures: capitals, perhaps
# with a digit or a small letter or two ('P4GN', 'LKjIP'); at most three of them.
ACRONYM = r"(?:[A-Z][A-Z0-9]{1,6}|[A-Z]{2,5}[a-z]{1,2}|[A-Z]{1,3}[a-z][A-Z]{1,3})"
ACRONYM_NAME_RE = re.compile(rf"{ACRONYM}(?: {ACRONYM}){{0,2}}")
ACRONYM_ROW_VALUES = 2  # values such a row states at least (a target and its realisasi or capaian)


def numbered_acronym_row(row: RowDraft, indicator: str, mapped: dict[str, Token]) -> bool:
    """Whether a row named by acronyms alone ('3 APK PAUDTK 29,54 12,19 41,2') is a measure all the same.

    `names_a_measure` wants words, and a lone capitalised scrap beside a number is what OCR debris, a NIP
    whose 'NIP' a scan misread ('NIF 19880103 201012 2') or a wrapped name's last line ('SDMI 36.743') look
    like. A numbered row with a target and a result or capaian is none of those.
    """
    if ACRONYM_NAME_RE.fullmatch(indicator) is None:
        return False
    if sum(mapped.get(role) is not None for role in ("target", "realisation", "achievement")) < ACRONYM_ROW_VALUES:
        return False
    number = ROW_NUMBER_RE.match(row.views[0].line.text.lstrip(" |"))
    return number is not None and number.group(1)[:1].isdecimal()


# a word or two that name no indicator though numbers stand beside them: a summary row, a header's or a chart's label
NOT_A_SHORT_NAME_RE = re.compile(r"(?i)\b(?:jumlah|total|rata|rerata|target|realisasi|capaian|tahun|satuan|indikator"
                                 r"|kinerja|halaman|grafik|gambar|tabel|sasaran|program|kegiatan|kabupaten|kota|provinsi"
                                 r"|kecamatan|desa|kelurahan)\b")
SHORT_NAME_MARK_RE = re.compile(r"^[\s\-\u2013\u2022*\u00b7]*")  # a sub-indicator's list mark ('- Jagung')


def proven_short_name(row: RowDraft, indicator: str, header: Header, mapped: dict[str, Token]) -> bool:
    """Whether a row named by a word or two ('Kentang', 'Bawang Merah', a crop listed under 'Peningkatan produksi')
    is a result all the same: under a header naming Target, Realisasi and Capaian, its capaian is its realisasi over
    its target to the printed decimals. `names_a_measure` refuses such names because a fragment, a year or a chart
    label beside numbers looks the same; those prove no arithmetic, and a name with a digit, a word that is no word,
    a summary's, header's or place's word ('Jumlah', 'Tahun', 'Kabupaten') or a capaian of 100 from equal numbers
    is refused still. So is a row with no number or list mark of its own: the last line of a name wrapped over it
    ('Indeks Pencemaran' / 'Udara 83.50 ...'), whose first words the table gave to the row above."""
    if not {"target", "realisation", "achievement"} <= set(header.roles):
        return False
    opening = row.views[0].line.text.lstrip(" |\t")
    if not ROW_NUMBER_RE.match(opening) and not SHORT_NAME_MARK_RE.match(opening).group(0).strip():
        return False
    values = [mapped.get(role) for role in ("target", "realisation", "achievement")]
    if any(t is None or t.reading is None or t.reading.value is None for t in values):
        return False
    name = indicator[SHORT_NAME_MARK_RE.match(indicator).end():]
    if not name[:1].isupper() or any_digit(name) or NOT_A_SHORT_NAME_RE.search(name):
        return False
    words = INDICATOR_WORD_RE.findall(name)
    if not words or not all(looks_like_word(w) for w in words) or all(w.isupper() for w in words):
        return False  # (capitals alone are `numbered_acronym_row`'s, or a scrap: a misread 'NIP')
    if any(t.reading.value >= MAX_RESULT for t in values[:2]):
        return False  # (an amount, or an employee number's digit groups: '19790512 200312 1')
    if values[0].reading.value == values[1].reading.value:
        return False  # (realisasi = target, capaian 100: any two equal numbers and a 100 'prove' that)
    return capaian_fits([t.reading for t in values], values[2].raw)


def closing_rate_candidates(rate: Token, closing: Token | None) -> list[Token]:
    """The rate to prove a spaced pagu/realisasi pair by: the mapped % cell, then the rate closing the row.

    Amounts grouped by single spaces in an undelimited row ('3.689.100.000 3 598 211 400 97.54') are cut
    into numbers, and a group of the realisasi ('3') can land in the % column; the row's closing rate
    is then the printed %, and only a pair it proves is taken.
    """
    return [rate] if closing is None or closing is rate else [rate, closing]


GLUED_NUMBER_RE = re.compile(r"^\d{1,2}\.(?=(?:sub|kegiatan|program)\b)", re.I)


def budget_record(row: RowDraft, header: Header, mapped: dict[str, Token], source: Source,
                  from_measure_columns: bool, scale: Scale | None = None) -> BudgetRow | None:
    allocation = mapped.get("allocation") or (mapped.get("target") if from_measure_columns else None)
    realisation = mapped.get("realisation_amount") or (mapped.get("realisation") if from_measure_columns else None)
    percent = mapped.get("percent") or (mapped.get("achievement") if from_measure_columns else None)
    pair = None
    closing = next((t for t in reversed(row.values) if t.kind == "percent" or RATE_RE.fullmatch(t.raw)), None)
    rate = percent or closing
    if rate is not None and "allocation" in header.roles and not (
            allocation is not None and realisation is not None and amount_like(allocation)
            and percent_fits(allocation, realisation, rate)):
        for candidate in closing_rate_candidates(rate, closing):
            pair = spaced_amount_pair(row, candidate)
            if pair is not None:
                allocation, realisation, percent = *pair, candidate
                source = replace(source, raw=" | ".join(t.raw for t in (allocation, realisation, percent)))
                break
    if (allocation is None or not amount_like(allocation)) and "allocation" in header.roles:
        allocation = embedded_amount(row) or allocation
    if allocation is None or not (amount_like(allocation) or scale is not None and scaled_number(allocation)) \
            or not allocation.reading.value:
        return None  # (in thousands or millions, '850,25' is an amount too)
    if bracketed_code(allocation, row):
        return None
    if realisation is not None and realisation.kind == "percent" and percent is None:
        percent = realisation  # 'Pagu | Realisasi (%)': the realisation stated as its rate only
    if realisation is not None and realisation.kind not in ("amount", "number"):
        realisation = nothing_spent(realisation, percent)
    if percent is None and "allocation" in header.roles and realisation is not None:
        percent = proven_rate(row, allocation, realisation)
    if realisation is not None and "allocation" in header.roles and (
            percent is None or not rate_fits(allocation, realisation, percent)):
        percent = rate_in_row(row, allocation, realisation) or percent
    if realisation is not None and percent is not None and "allocation" in header.roles:
        percent = split_decimal_rate(row, allocation, realisation, percent) or percent
    year = mapped.get("year")
    name = strip_row_number(mixed_budget_sasaran(row, header)
                            or row_label(row, header, ("program", "kegiatan", "uraian", "indikator")))
    if header.mixed and header.sasaran_indikator and not header.cells and not row.cells:
        name = sasaran_before_indicator(name)
    name = GLUED_NUMBER_RE.sub("", name)  # '2.Sub Kegiatan ...': the row number glued to the level word
    if pair is not None:  # the amounts, or what the lexer left of them, end the name's text: not part of it
        name = GROUPS_AT_END_RE.sub("", name)
    fiscal_year = int(year.reading.value) if year is not None and is_year(year) else header.group_year  # type: ignore[arg-type]
    codes = row.codes
    if not codes and (opening := LEADING_KEGIATAN_RE.match(name)) and not 1990 <= int(opening.group(1)) <= 2040:
        codes, name = [opening.group(1)], name[opening.end():]  # '6709 Pengelolaan ...' of a line without cells
    codes = codes or [c for c in CODE_RE.findall(source.table)]
    if fiscal_year is not None and YEAR_LABEL_RE.fullmatch(name):
        name = ""  # 'TA 2022': the year's row of a per-year table, named by its year alone
    is_total = not name
    if is_total:
        name = title_name(source.table)
    amounts = (allocation.reading, reading(realisation), signed_remainder(mapped.get("remainder"), row.views))
    if scale is not None:  # printed in thousands or millions: whole Rupiah, each multiplication recorded
        amounts = tuple(scaled(r, scale) for r in amounts)
    return BudgetRow(source=source, name=name or None, code=codes[0] if codes else None,
                     allocation=amounts[0], realisation=amounts[1],
                     remainder=amounts[2], percent=as_percent(percent, True),
                     fiscal_year=fiscal_year, is_total=is_total, slot=row.slot,
                     other_values=[t.reading.value for t in row.values
                                   if t not in (allocation, realisation, percent, year) and t.reading.value is not None])


DASHES = frozenset({"-", "--", "–", "—"})  # a cell printed as a dash: nothing
DASH_AS_ZERO = "dash_as_zero"


def nothing_spent(realisation: Token, percent: Token | None) -> Token | None:
    """A realisasi cell printed as a dash, as a realisation of 0 when the row's printed rate is 0 ('- | 0,00%').

    Budget tables print nothing spent as '-'; the rate beside it proves the
    zero, so a reader records 0 rather than no realisation. The reading is
    listed as a repair (`dash_as_zero`) with the rate as its evidence. A dash
    without a 0 rate stays no realisation.
    """
    if realisation.raw.strip() not in DASHES or percent is None or percent.reading.value != 0:
        return None
    repair = Repair(DASH_AS_ZERO, realisation.raw, "0", f"'{realisation.raw}' in the realisasi column; the row's rate is "
                                                        f"{percent.raw}")
    return replace(realisation, kind="amount",
                   reading=Reading(raw=realisation.raw, value=0.0, unit="rupiah", repairs=(repair,)))


def proven_rate(row: RowDraft, allocation: Token, realisation: Token) -> Token | None:
    """The bare number closing a budget row as its %, when the amounts prove it.

    A Keterangan column holds the rate ('96,41%'); with its sign read as a
    digit ('96,415', '84,9996') it is a plain number no column names. It is
    the rate when one of its readings (as printed, or without the misread
    sign) is realisasi / pagu x 100 to two decimals.
    """
    last = row.values[-1] if row.values else None
    if last is None or last is allocation or last is realisation or last.kind != "number":
        return None
    a, r = allocation.reading.value, realisation.reading.value
    reading_ = parse_measure(last.raw, "%")
    if not a or r is None or reading_ is None:
        return None
    computed = r / a * 100
    readings = [v for v in (reading_.value, *reading_.alternatives) if v is not None]
    return last if any(abs(v - computed) <= 0.011 for v in readings) else None


DECIMALS_RE = re.compile(r"[.,](\d+)\s*%?\s*$")
RATE_SLACK = {1: 0.051}  # a rate printed to one decimal; to two or more: 0.011


def rate_fits(allocation: Token, realisation: Token, rate: Token) -> bool:
    """realisasi / pagu x 100 = the rate to its printed decimals (a whole rate: to its rounding)."""
    a, r, p = allocation.reading.value, realisation.reading.value, rate.reading.value
    if not a or r is None or p is None:
        return False
    decimals = DECIMALS_RE.search(rate.raw)
    slack = RATE_SLACK.get(len(decimals.group(1)), 0.011) if decimals else 0.5
    return abs(r / a * 100 - p) <= slack


def rate_in_row(row: RowDraft, allocation: Token, realisation: Token) -> Token | None:
    """The row's value that is its realisasi / pagu x 100 to the decimals printed, when its % column gave none or
    another column's number.

    A header over two lines ('Realisasi' over 'Rp | %') or one naming the
    columns in an order the reader does not expect leaves the rate unplaced,
    or places the physical progress ('Realisasi Fisik (%)') there. A rate
    printed with decimals (or a % sign) that the amounts prove is the row's;
    the first after the realisasi, then any.
    """
    if not allocation.reading.value or realisation.reading.value is None:
        return None
    values = row.values
    at = next((k for k, t in enumerate(values) if t is realisation), -1)
    fitting = [(k, t) for k, t in enumerate(values) if t is not allocation and t is not realisation
               and t.kind in ("number", "percent") and t.reading.value is not None and 0 <= t.reading.value <= 200
               and (t.kind == "percent" or DECIMALS_RE.search(t.raw)) and rate_fits(allocation, realisation, t)]
    after = [t for k, t in fitting if k > at]
    return (after or [t for _, t in fitting] or [None])[0] or spaced_rate(row, allocation, realisation)


# a rate OCR parted at its decimal separator, closing the value line: '95, 93', '93 ,82 %'
SPACED_RATE_RE = re.compile(r"(?<![\d.,])(\d{1,3})(?: [.,] ?|[.,] )(\d{1,2})\s*%?[\s|]*$")


def spaced_rate(row: RowDraft, allocation: Token, realisation: Token) -> Token | None:
    """The rate closing the row's value line with a space beside its decimal separator, when the amounts prove it
    (the lexer reads '95, 93' as two numbers, 95 and 93)."""
    line = next((v.line for v in row.views if v.line.number == row.value_line), None)
    match = SPACED_RATE_RE.search(line.text) if line is not None else None  # (asked only where no rate fits)
    if match is None:
        return None
    raw = match.group().strip(" |")
    token = Token(kind="percent", start=match.start(), end=match.end(), raw=raw,
                  reading=Reading(raw=raw, value=float(f"{match.group(1)}.{match.group(2)}"), unit="%"))
    return token if rate_fits(allocation, realisation, token) else None


# a rate whose last decimal OCR set apart, closing the value line: '94,3 4' (94,34), '97.1 5 %'
SPLIT_DECIMAL_RATE_RE = re.compile(r"(?<![\d.,])(\d{1,3})([.,])(\d) (\d)\s*%?[\s|]*$")
SPLIT_DECIMAL = "rate_decimal_split_by_a_space"


def split_decimal_rate(row: RowDraft, allocation: Token, realisation: Token, percent: Token) -> Token | None:
    """The row's rate read with its second decimal, which OCR printed apart ('94,3 4'), when the amounts give that
    rate to two decimals and the one-decimal reading (94,3) the lexer made of the line is the rate taken.

    Read as printed, 94,3 fits the amounts only to its rounding; the lone 4 after it is no value of the row.
    A budget table prints its rates with two decimals, and realisasi / pagu x 100 decides (recorded as a repair).
    """
    line = next((v.line for v in row.views if v.line.number == row.value_line), None)
    if line is None or not line.text.rstrip(" |%").endswith(tuple("0123456789")):
        return None
    match = SPLIT_DECIMAL_RATE_RE.search(line.text)
    if match is None or percent.raw.rstrip(" %") != f"{match.group(1)}{match.group(2)}{match.group(3)}":
        return None
    joined = f"{match.group(1)}{match.group(2)}{match.group(3)}{match.group(4)}"
    value = float(f"{match.group(1)}.{match.group(3)}{match.group(4)}")
    a, r = allocation.reading.value, realisation.reading.value
    if not a or r is None or abs(r / a * 100 - value) > 0.011:
        return None
    raw = match.group().strip(" |")
    repair = Repair(SPLIT_DECIMAL, raw, joined, f"realisasi {r:,.0f} / pagu {a:,.0f} = {r / a * 100:.2f}%")
    return Token(kind="percent", start=match.start(), end=match.end(), raw=raw,
                 reading=Reading(raw=raw, value=value, unit="%", repairs=(repair,)))


GROUPS_AT_END_RE = re.compile(r"\s\d{1,3}(?:[ .,]\d{3})+[\d .,]*$")  # thousand groups ending a name's text
# A kegiatan code opening the name of an undelimited row (Tesseract text has no cells to set it apart).
LEADING_KEGIATAN_RE = re.compile(r"(\d{4})\s+(?=[A-Z][a-z])")


def spaced_amount_pair(row: RowDraft, percent: Token) -> tuple[Token, Token] | None:
    """Pagu and realisasi written with spaces between their thousand groups, read whole when the row's % proves them.

    OCR of an undelimited row ('Program X 2 644 763 000 2.601 325 559 98,36 %')
    parts each amount into numbers, one of them left in the name. Of the
    amounts written in the value line, the one pair whose realisasi / pagu
    gives the printed % is the row's (none or several: no reading).
    """
    line = next((v.line for v in row.views if v.line.number == row.value_line), None)
    if line is None or percent.reading.unit not in ("%", None):
        return None
    found = [m for m in SPACED_AMOUNT_RE.finditer(line.text) if len(re.sub(r"\D", "", m.group())) >= 7]
    tokens = [t for m in found if (t := amount_token(m.group(), m.start())) is not None]
    pairs = [(a, r) for i, a in enumerate(tokens) for r in tokens[i + 1:] if percent_fits(a, r, percent)]
    for m in found:  # two amounts whose groups ran into one ('1 000 000 000 950 000 000'): each cut between groups
        groups = list(GROUP_RE.finditer(m.group()))
        for k in range(3, len(groups) - 1):
            first = amount_token(m.group()[:groups[k - 1].end()], m.start())
            second = amount_token(m.group()[groups[k].start():], m.start() + groups[k].start())
            if first is not None and second is not None and percent_fits(first, second, percent):
                pairs.append((first, second))
    return pairs[0] if len(pairs) == 1 else None


GROUP_RE = re.compile(r"\d+")
RATE_RE = re.compile(r"\d{1,3}[.,]\d{1,2}")  # a bare '95,00' closing a row: its rate, if the amounts prove it
MAX_AMOUNT = 10 ** 15  # Rupiah: far above the whole commission's yearly budget


def amount_token(raw: str, start: int) -> Token | None:
    amount = parse_amount(raw)
    if amount is None or not amount.value:
        return None
    return Token(kind="amount", start=start, end=start + len(raw), raw=raw, reading=amount)


def bracketed_code(token: Token, row: RowDraft) -> bool:
    """A bare four digits in brackets after a name: a kegiatan code ('Penyusunan Daftar Pemilih (6857,')."""
    raw = token.raw.strip()
    return (len(raw) == 4 and raw.isdigit()
            and any(re.search(r"\(\s*" + raw + r"\b", v.line.text) for v in row.views))


# A pagu inside a run-together row: thousand groups parted by spaces or OCR'd separators
# ('1 565 472.000', '50-716.352.000'), or whole thousands unparted ('61232000', '6266542 000').
EMBEDDED_AMOUNT_RE = re.compile(r"(?<![\w.,:-])(?:\d{1,3}(?:[ .,:-]\d{3}){2,}|\d{1,7} ?000)(?![\w.,:-]?\d)")


# ... and, where the row's % proves the pair, a separator with a space beside it ('1. 198.760.000', '2.401 ,250.000')
SPACED_AMOUNT_RE = re.compile(r"(?<![\w.,:-])(?:\d{1,3}(?:(?:[.,] ?| [.,]?|[:-])\d{3}){2,}|\d{1,7} ?000)(?![\w.,:-]?\d)")


def embedded_amount(row: RowDraft) -> Token | None:
    """The one Rupiah amount written inside the value line's text, when the lexer split it into numbers.

    Run-together rows of a scanned RKT ('... Konsolidnsg : : 1 565 472.000 : peag E g Perzen 100')
    hold the pagu among words, where it reads as '1', '565' and '472.000'.
    """
    line = next((v.line for v in row.views if v.line.number == row.value_line), None)
    if line is None:
        return None
    found = [m for m in EMBEDDED_AMOUNT_RE.finditer(line.text) if len(re.sub(r"\D", "", m.group())) >= 7]
    if len(found) != 1:
        return None
    raw = found[0].group()
    amount = parse_amount(raw)
    if amount is None or not amount.value or amount.value >= MAX_AMOUNT:
        return None  # (two amounts run together, when over any office's budget)
    return Token(kind="amount", start=found[0].start(), end=found[0].end(), raw=raw, reading=amount)


def title_name(title: str) -> str:
    """A table caption without its 'Tabel 3.3' number, as the name of an unnamed total row."""
    return re.sub(r"^\W*tabel\s*[\d.]*\s*", "", title, flags=re.I).strip()


# a cell of currency signs alone ('Rp. Rp.'): the signs of amounts whose digits OCR lost
LOST_AMOUNTS_RE = re.compile(r"(?:Rp\.?\s*)+", re.I)
EMPTY_CELL_MARKS = frozenset(" /|-.,:")  # what else a lost row's amount cells may hold ('/', a dash)
LOST_ROW_GAP = 6  # lines a row whose amounts were lost may stand from a read budget row of the table


def rows_with_lost_amounts(table: Table, budgets: list[BudgetRow], views: Sequence[LineView],
                           ocr: bool = False) -> list[BudgetRow]:
    """Budget rows of a table whose amounts OCR lost ('| Kegiatan X (6709) | Rp. Rp. | / |'), kept with no amount.

    The line's currency signs say amounts were printed there; the row names a
    line item of the block, so it is kept (its amounts unread, flagged) for an
    auditor and for `normalize.totals.fill_lost_from_total`, which may work them
    out from the block's printed total. Only among a table's read budget rows,
    a line with a name and no value at all.
    """
    read = sorted(b.source.line for b in budgets if b.allocation is not None and b.allocation.value is not None)
    if len(read) < 2:
        return []  # no block of read amounts around it
    lines = getattr(views, "lines", None) or [v.line for v in views]
    numbers = [line.number for line in lines]
    taken = {b.source.line for b in budgets}
    with_realisation = any(b.realisation is not None for b in budgets)  # the table has a realisasi column
    found: list[BudgetRow] = []
    for index in range(bisect_left(numbers, read[0] - LOST_ROW_GAP), bisect_right(numbers, read[-1])):
        line = lines[index]
        if line.number in taken or "rp" not in line.text.lower():
            continue  # (most lines: read already, or no currency sign)
        view = views[index]
        cells = [c.text.strip() for c in view.cells]
        if not view.delimited or view.values or len(cells) < 2 or not any(ch.isalpha() for ch in cells[0]):
            continue
        signs = [c for c in cells[1:] if LOST_AMOUNTS_RE.fullmatch(c)]
        if not signs or not all(c in signs or set(c) <= EMPTY_CELL_MARKS for c in cells[1:]):
            continue
        raw = " | ".join(c for c in cells[1:] if c)
        lost = Reading(raw=raw, value=None, unit="rupiah", trusted=False, notes=("its digits lost to OCR",))
        source = Source(line=line.number, page=line.page, raw=raw, table=table.title, ocr=ocr,
                        table_line=table.header.first_line)
        name, code = strip_row_number(cells[0]), view.codes[0] if view.codes else None
        if code is None and (rest := name_closed_by_code(views, lines, index, taken)) is not None:
            name, code = f"{name} {rest[0]}", rest[1]
        found.append(BudgetRow(source=source, name=name, code=code, allocation=lost,
                               realisation=lost if with_realisation else None))
    return found


def name_closed_by_code(views: Sequence[LineView], lines: list, index: int, taken: set[int]) -> tuple[str, str] | None:
    """The rest of a lost row's name wrapped below it, when a line closing on the row's code ends it ('... Pemilu
    (6709)'): the text and the code; None when no code closes a short run of text lines right under it."""
    parts: list[str] = []
    for k in range(index + 1, min(index + 1 + LOST_ROW_GAP, len(lines))):
        line = lines[k]
        if line.number != lines[k - 1].number + 1 or line.number in taken or not line.text.strip() \
                or "rp" in line.text.lower():
            return None
        view = views[k]
        if view.values:
            return None
        parts.append(" ".join(c.text.strip() for c in view.cells if c.text.strip()))
        if view.codes:
            return " ".join(filter(None, parts)), view.codes[0]
    return None
