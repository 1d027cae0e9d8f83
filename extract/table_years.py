"""Which column of a table holds the report year's values.

Plan tables print one target column per year ('Target 2020 2021 ... 2024'),
comparison tables one realisation column per year, and a header may name a
year in its words ('Target 2023 | Realisasi 2022') or on a line of its own
under them. Only the report year's column is the year's target or result; a
plan captioned for another year states none of this year's targets.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from extract.headers import (Header, broken_word_rest, column_years, header_words, names_years, next_nonblank,
                             prev_nonblank, year_cell, year_line_below)
from extract.lines import LineView, line_of
from normalize.numbers import Token



# a year's four characters as a scan prints them: digits, or an O / l / I / Z the lexer read as its digit ('2O22')
YEAR_GLYPHS_RE = re.compile(r"[12OolIZ][0-9OoZ][0-9OolIZ]{2}")


def is_year(token: Token) -> bool:
    """A year cell: four digits from 1990 to 2040, also with a look-alike letter the scan put in ('2O22', '2O2I').

    A per-year budget table's year cell read as '2O21' is still that row's year;
    the lexer has read the letter as its digit, so the value is the year.
    """
    raw = token.raw.strip()
    if token.kind != "number" or len(raw) != 4:
        return False
    if raw.isdigit():
        return 1990 <= int(raw) <= 2040
    value = token.reading.value
    return (value is not None and value == int(value) and 1990 <= value <= 2040
            and YEAR_GLYPHS_RE.fullmatch(raw) is not None and sum(c.isdigit() for c in raw) >= 2)


# 'TA', 'Tahun', 'Tahun Anggaran', 'T.A.': the words before a year cell that say only that it is a year
YEAR_LABEL_RE = re.compile(r"\W*(?:tahun(?:\s+anggaran)?|t\.?\s?a\.?)?\W*", re.I)


def is_year_label(text: str, values: Sequence[Token]) -> bool:
    """A line that holds a year cell only ('TA 2022', 'Tahun 2O21'): its words name no row, they say 'year'."""
    return len(values) == 1 and is_year(values[0]) and YEAR_LABEL_RE.fullmatch(text) is not None


def year_value(token: Token) -> int:
    """The year an `is_year` token stands for (its look-alike letters read)."""
    return int(token.reading.value or 0)


def year_row(views: Sequence[LineView], end: int) -> list[int]:
    """The years of a header's last line, or of the line under it when that holds years only.

    A plan table prints one target column per year ('Target' over '2019 2020 ... 2023');
    three or more different years say the values are per year, not target / realisasi.
    """
    for k in range(end, min(end + 3, len(views))):
        values = views[k].values
        if not values:
            continue  # a header word line between ('Awal' under 'Kondisi')
        years = [year_value(t) for t in values if is_year(t)]
        if len(years) == 1 == len(values) and not views[k].text:
            return flattened_years(views, k)
        return years if len(years) == len(values) and len(set(years)) >= 3 else []
    return []


def flattened_years(views: Sequence[LineView], k: int) -> list[int]:
    """The years of a header flattened one cell per line ('Target' over '2020', '2021', ... each on its line).

    Blank lines may stand between them; three or more different years make a plan table's year columns.
    """
    years: list[int] = []
    while k < len(views):
        view = views[k]
        if not view.line.text.strip():
            k += 1
            continue
        values = view.values
        if view.text or len(values) != 1 or not is_year(values[0]):
            break
        years.append(year_value(values[0]))
        k += 1
    return years if len(set(years)) >= 3 and len(set(years)) == len(years) else []


# 'Target 2024', 'Target Tahun 2023', 'Target Renstra 2024': a target column that names the year it is for
TARGET_YEAR_RE = re.compile(r"\btarget\W{0,3}(?:(?:tahun|th|renstra|akhir|pk)\W{0,3}){0,3}((?:19|20)\d\d)\b", re.I)
TARGET_WORD_RE = re.compile(r"\btarget\b", re.I)


REALISATION_YEAR_RE = re.compile(r"\brealisasi\W{0,3}(?:(?:tahun|th)\W{0,3})?((?:19|20)\d\d)\b", re.I)


def earlier_realisations_as_other(views: Sequence[LineView], start: int, end: int, header: Header) -> None:
    """'Realisasi 2021 | Target 2022': a realisation column of a year before every target's is last year's.

    Such a table restates the previous year beside this year's targets; it
    measures nothing against them, so it is a target table (the earlier
    realisation a column of no role).
    """
    if "realisation" not in header.roles or "target" not in header.roles:
        return
    texts = [line_of(views, k).text for k in range(start, end + 1)]
    if not any("ealisasi" in t or "EALISASI" in t for t in texts):
        return
    real_years = [int(m.group(1)) for t in texts for m in REALISATION_YEAR_RE.finditer(t)]
    target_years = [int(m.group(1)) for t in texts for m in TARGET_YEAR_RE.finditer(t)]
    if not real_years or not target_years or len(real_years) != header.roles.count("realisation") \
            or max(real_years) >= min(target_years):
        return
    header.roles = ["other" if r == "realisation" else r for r in header.roles]
    header.cell_roles = {i: ("other" if r == "realisation" else r) for i, r in header.cell_roles.items()}


RULE_ONLY_RE = re.compile(r"[\s|:+=-]*-[\s|:+=-]*")  # a markdown or grid table's rule under its header row


def past_rule_lines(views: Sequence[LineView], end: int) -> int:
    """The header's last line, or the rule line under it ('|---|---|'), the line below which the next storey stands."""
    while end + 1 < len(views) and RULE_ONLY_RE.fullmatch(line_of(views, end + 1).text):
        end += 1
    return end


def named_target_years(views: Sequence[LineView], start: int, end: int, header: Header,
                       report_year: int | None) -> list[int]:
    """The years a target table's header prints with its target columns, when every one names its year.

    A Renstra table lists the plan's targets ('Target 2024', 'Kondisi Awal |
    Target 2024', or 'Target 2023 | Target 2024'); only the column of the report's year holds this year's
    target, and a table without one states none (a 2022 report's 'Target
    2024' is the end-of-plan goal, not 2022's). One named year with the
    report's year unknown is read as before: it is most likely the year's. A header of two target words
    or more whose years stand alone on the line under it ('| Target | Target |' over '| 2023 | 2024 |', a
    two-storey header a Word export splits into the header row and the first body row) names them there.
    """
    targets = header.roles.count("target")
    if not targets or header.roles[-targets:] != ["target"] * targets:
        return []  # the targets are not the last value columns: they are not counted from the right
    texts = [line_of(views, k).text for k in range(start, end + 1)]
    if not any("arget" in t or "ARGET" in t for t in texts):
        return []
    years = [int(m.group(1)) for t in texts for m in TARGET_YEAR_RE.finditer(t)]
    words = sum(len(TARGET_WORD_RE.findall(t)) for t in texts)
    if not years and words >= 2:
        years = year_line_below(views, past_rule_lines(views, end))  # '| Target | Target |' over '| 2023 | 2024 |'
    if not years or len(years) != words or len(years) != targets:
        return []
    if report_year is None and len(set(years)) < 2:
        return []
    return years


# A target table's caption naming the plan it lists and that plan's year ('Tabel 2.3 Perjanjian Kinerja Tahun 2023')
TITLE_PLAN_YEAR_RE = re.compile(r"\b(?:perjanjian\s+kinerja|penetapan\s+kinerja|rencana\s+kinerja(?:\s+tahunan)?|"
                                r"target\s+kinerja|indikator\s+kinerja\s+utama|rkt|iku)\b\W{0,3}(?:\(\w+\)\W{0,3})?"
                                r"(?:tahun\W{0,3}|ta\W{0,3})?((?:19|20)\d\d)\b(?!\s*[-\u2013/]\s*(?:19|20)?\d\d)", re.I)
YEAR_IN_TEXT_RE = re.compile(r"\b(?:19|20)\d\d\b")


def other_year_plan(title: str, report_year: int | None) -> bool:
    """Whether a target table's caption names it another year's plan ('Perjanjian Kinerja Tahun 2023' in 2022).

    Only a caption that names the plan and one year, and no other year, is
    trusted: 'Target Kinerja 2020-2024' (a range) or a sentence comparing two
    years says nothing of which year the table holds.
    """
    if report_year is None or not title:
        return False
    m = TITLE_PLAN_YEAR_RE.search(title)
    return m is not None and int(m.group(1)) != report_year and len(set(YEAR_IN_TEXT_RE.findall(title))) == 1


def year_groups(header: Header, views: Sequence[LineView], end: int, years: list[int],
                report_year: int | None) -> int:
    """A performance header whose columns split into one per year on the line below; returns the header's new end.

    'Realisasi | Capaian (%)' over '2020 2021 2022 2023 2020 2021 2022 2023'
    (a comparison with earlier years) holds one column per year under each
    word: the report year's column is the year's realisasi or capaian, the
    others are 'other'; with no report year, none is. Years that do not
    split evenly into groups of two or more under the words (one year under
    each word: 'Realisasi | Target' over '2021 | 2022') leave the header as
    it was read.
    """
    roles = header.roles
    width = len(years) // len(roles) if roles and "year" not in roles else 0
    groups = [years[k * width:(k + 1) * width] for k in range(len(roles))] if width else []
    if width < 2 or width * len(roles) != len(years) or any(len(set(g)) != width for g in groups):
        return end
    header.roles = [role if year == report_year else "other" for role, group in zip(roles, groups) for year in group]
    header.cell_roles = {}
    while end < len(views) and (not views[end].values or not all(is_year(t) for t in views[end].values)):
        end += 1  # the year line (and any header words above it) is part of the header
    return end


def years_by_offset(views: Sequence[LineView], start: int, report_year: int | None) -> list[str] | None:
    """The value columns of a space-aligned header line with the years of the line below placed where they stand.

    'Target 2022   Realisasi            Capaian' over '2020  2021  2022'
    under Realisasi: the realisasi spans three columns, the report year's is
    the year's and the others 'other'; Target and Capaian stay one column
    each. Each year goes to the header cell nearest to it. None when the
    report year is unknown, a cell names two value columns, or the result
    names a role twice.
    """
    if report_year is None:
        return None
    k = next_nonblank(views, start, 1)
    if k is None:
        return None
    columns: list[tuple[int, int, str, int | None]] = []  # start, end, role, the year its own words name
    for cell in views[start].cells:
        found = column_years(cell.raw)
        if found is None or len(found) > 1:
            return None
        if found and cell.start >= 0:
            columns.append((cell.start, cell.start + len(cell.raw.rstrip()), found[0][0], found[0][1]))
    if not columns:
        return None
    open_columns = [j for j, (_, _, _, own) in enumerate(columns) if own is None]  # a cell naming its year takes none
    if not open_columns:
        return None
    matches = list(YEAR_IN_LINE_RE.finditer(line_of(views, k).text))
    placed: list[list[int]] | None = [[] for _ in columns]
    for match in matches:
        centre = (match.start() + match.end()) / 2
        gaps = {j: max(columns[j][0] - centre, centre - columns[j][1], 0) for j in open_columns}
        nearest = min(gaps, key=gaps.__getitem__)
        if list(gaps.values()).count(gaps[nearest]) > 1:
            placed = None  # between two cells: whose it is cannot be told
            break
        placed[nearest].append(int(match.group()))
    roles = placed_roles(columns, placed, report_year) if placed is not None else None
    if roles is None:
        roles = placed_roles(columns, years_in_runs([int(m.group()) for m in matches], open_columns, len(columns)),
                             report_year)
    return roles


def placed_roles(columns: list[tuple[int, int, str, int | None]], placed: list[list[int]] | None,
                 report_year: int | None) -> list[str] | None:
    """The value columns' roles with the years placed under each header cell, or None where a role repeats."""
    if placed is None:
        return None
    roles: list[str] = []
    for (_, _, role, own), years in zip(columns, placed):
        for year in years or [own]:
            roles.append(role if year in (None, report_year) else "other")
    named = [r for r in roles if r != "other"]
    return roles if len(named) == len(set(named)) and "realisation" in named else None


def years_in_runs(years: list[int], open_columns: list[int], width: int) -> list[list[int]] | None:
    """The years parted into the runs they are printed in, one run per header cell, or None where they do not fit.

    A label centred over its years ('Target' over '2021 2022 2023', then 'Realisasi' over the same three,
    then 'Capaian' over '2023') may stand nearer to the next group's first year than its own last: each
    group counts up, so a year not after the one before it opens the next group.
    """
    runs: list[list[int]] = []
    for year in years:
        if runs and year > runs[-1][-1]:
            runs[-1].append(year)
        else:
            runs.append([year])
    if len(runs) != len(open_columns):
        return None
    placed: list[list[int]] = [[] for _ in range(width)]
    for j, run in zip(open_columns, runs):
        placed[j] = run
    return placed


def year_cell_above(views: Sequence[LineView], start: int) -> int | None:
    """Index of a 'Tahun' / 'Tahun Anggaran' cell on the nonblank line just above a flattened header, else None."""
    above = next((j for j in range(start - 1, max(-1, start - 3), -1) if line_of(views, j).text.strip()), None)
    return above if above is not None and year_cell(line_of(views, above).text) else None
YEAR_IN_LINE_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


GROUP_COLUMN_ROLES = frozenset({"target", "realisation", "achievement"})


def header_columns(texts: list[str]) -> list[str]:
    """The value columns a header's lines name, one per value word or bare '%' ('Target Realisasi % Target %').

    A header word cut across two lines ('Realisa' / 'si') is read whole; a '(%)' is a column's unit, no column.
    """
    columns: list[str] = []
    for k, text in enumerate(texts):
        if k and (rest := broken_word_rest(texts[k - 1], text)) is not None:
            text = rest
        for word, role in header_words(text):
            if role in GROUP_COLUMN_ROLES:
                columns.append(role)
            elif word == "%":
                columns.append("achievement")
    return columns


def years_above(views: Sequence[LineView], start: int) -> list[int]:
    """The years printed on the lines right above a header, over one line or more ('2019' / '2020 2021'), in order."""
    years: list[int] = []
    k = start
    while (k := prev_nonblank(views, k, 1)) is not None:
        view = views[k]
        found = [year_value(t) for t in view.values if is_year(t)]
        if names_years(view):
            found = [int(y) for y in YEAR_IN_LINE_RE.findall(view.line.text)]  # 'Tahun 2020 Tahun 2021': words
        elif view.text or not view.values or len(found) != len(view.values):
            break
        years[:0] = found
    return years


def uneven_year_groups(views: Sequence[LineView], start: int, end: int, report_year: int | None) -> list[str] | None:
    """A header's value columns when the years over it group them unevenly, or None.

    '2019 | 2020 | 2021' over '| Target Realisasi % | Target %': each group opens on
    the same word and each year above has one group, but for the first years, which
    print one value each (an earlier year's result, under 'Capaian Tahun'), no words.
    Only the report year's group holds the year's target, realisasi and capaian; the
    others (a next year's target too) are 'other'. None when the years do not count
    up, the report year has no group, or its group names a column twice; the caller
    keeps the result only when the rows hold one value per column.
    """
    if report_year is None:
        return None
    columns = header_columns([line_of(views, k).text for k in range(start, end + 1)])
    if len(columns) < 3 or columns[0] not in ("target", "realisation"):
        return None
    opens = [k for k, role in enumerate(columns) if role == columns[0]]
    groups = [columns[a:b] for a, b in zip(opens, opens[1:] + [len(columns)])]
    years = years_above(views, start)
    lead = len(years) - len(groups)
    if len(groups) < 2 or lead < 0 or any(b <= a for a, b in zip(years, years[1:])) \
            or report_year not in years[lead:]:
        return None
    kept = groups[years.index(report_year) - lead]
    if len(set(kept)) != len(kept) or "realisation" not in kept and "achievement" not in kept:
        return None
    return ["other"] * lead + [role if year == report_year else "other"
                               for year, group in zip(years[lead:], groups) for role in group]
