"""Grid tables: tables drawn with '+----+----+' rules and '|' borders, each cell wrapped over several lines.

Text exports (pandoc and tabulate 'grid', e-SAKIP printouts) draw a table this way, with merged cells:
a header group ('Tahun 2022') over its sub-columns (Target / Realisasi / Capaian), a Sasaran cell beside
several indicator rows, a 'JUMLAH' cell over the code and name columns. Read line by line, a row's wrapped
lines and the rules would be rows of their own. So each grid row is rendered as the one '| a | b |' row it
prints as, on its own line (the header on the line above the rule under it, which becomes '|---|'), and
the table's other lines are left blank: every line keeps its number, as the markdown tables read already.
A header group's label heads each of its sub-columns: before a year ('Target' over '2021' is 'Target 2021'),
after a word ('Pagu' under 'Anggaran (Rp)' is 'Pagu Anggaran (Rp)'), so the column's own word comes first.
"""
from __future__ import annotations

import re

FULL_RULE_RE = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")  # a rule across the table: '+----+======+---+'
RULE_PIECE_RE = re.compile(r"^[-=:]+$")  # a cell of a partial rule ('|    +------+-----+')
ROW_LINE_RE = re.compile(r"^\s*[|+].*[|+]\s*$")

# Box-drawing characters as the ASCII grid they draw. Text browsers (w3m, lynx) dumping a web page, and
# 'fancy' table printers, draw a bordered table with them ('┌────┬───┐', '│ a  │ b │', '├────┼───┤');
# each is one character wide, so a column's borders keep their places when read as '+', '-', '=', '|'.
BOX_CORNERS = "┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫┏┓┗┛┣┫┳┻╋"
BOX_TO_ASCII = str.maketrans({**{ch: "+" for ch in BOX_CORNERS}, "─": "-", "━": "-", "═": "=",
                              "│": "|", "┃": "|", "║": "|"})
BOX_CHARS = frozenset(BOX_CORNERS + "─━═│┃║")


def cut_points(text: str, bounds: set[int]) -> list[int]:
    """The positions in a line where a border ('|' or '+') stands on a column boundary."""
    return [i for i, ch in enumerate(text) if ch in "|+" and i in bounds]


def line_cells(text: str, bounds: list[int], bound_set: set[int]) -> list[tuple[int, int, str]] | None:
    """A line's pieces as (first column, last column, text), or None where the line is a rule across them all.

    A piece over several columns is a merged cell. Pieces that are rules ('------') mark the end of a row
    in their columns; they are returned with the text '-' so the caller can see them.
    """
    cuts = cut_points(text, bound_set)
    pieces: list[tuple[int, int, str]] = []
    for left, right in zip(cuts, cuts[1:]):
        first, last = bounds.index(left), bounds.index(right) - 1
        piece = text[left + 1:right].strip()
        pieces.append((first, last, "-" if RULE_PIECE_RE.match(piece) else piece))
    return pieces


def render_block(texts: list[str]) -> list[str]:
    """The lines of one grid table rendered as '| ... |' rows (see the module docstring)."""
    bound_set: set[int] = set()
    for text in texts:
        if FULL_RULE_RE.match(text):
            bound_set.update(i for i, ch in enumerate(text) if ch == "+")
    bounds = sorted(bound_set)
    columns = len(bounds) - 1
    out = [""] * len(texts)
    rules = [i for i, text in enumerate(texts) if FULL_RULE_RE.match(text)]
    header_end = next((i for i in rules if "=" in texts[i]), None)
    if header_end is None:
        header_end = rules[1] if len(rules) > 2 else None  # the header is the first block between full rules
    cells: list[list[str]] = [[] for _ in range(columns)]
    groups: list[list[str]] = [[] for _ in range(columns)]  # header group labels over each column
    row_at: int | None = None

    def flush(at: int | None) -> None:
        nonlocal cells, groups, row_at
        if row_at is not None and (any(cells) or any(groups)):
            texts = [headed(" ".join(c), " ".join(g)) for c, g in zip(cells, groups)]
            out[at if at is not None else row_at] = "| " + " | ".join(texts) + " |"
        cells = [[] for _ in range(columns)]
        groups = [[] for _ in range(columns)]
        row_at = None

    for i, text in enumerate(texts):
        if FULL_RULE_RE.match(text):
            flush(i - 1 if i == header_end else None)
            if i == header_end:
                out[i] = "|" + "|".join("---" for _ in range(columns)) + "|"
            continue
        in_header = header_end is not None and i < header_end
        pieces = line_cells(text, bounds, bound_set)
        if not in_header and any(piece == "-" for _, _, piece in pieces):
            for first, last, piece in pieces:  # a partial rule: the rest of a merged cell beside it, then a new row
                if piece and piece != "-":
                    cells[last].append(piece)
            flush(None)
            continue
        if row_at is None:
            row_at = i
        for first, last, piece in pieces:
            if not piece or piece == "-":
                continue
            if in_header and last > first:  # a group label over sub-columns heads each of them
                for k in range(first, last + 1):
                    groups[k].append(piece)
            else:  # a merged body cell ('JUMLAH' over Kode and Program) is its last column's text
                cells[last].append(piece)
    flush(None)
    return out


def headed(own: str, group: str) -> str:
    """A header cell's text with its group's label: before a year or number, after the column's own words."""
    if not group:
        return own
    if not own:
        return group
    return f"{own} {group}" if any(ch.isalpha() for ch in own) else f"{group} {own}"


def box_drawing_as_ascii(text: str) -> str:
    """The text with each line that draws a box-drawing table border in ASCII grid characters (see BOX_TO_ASCII).

    Only lines holding a box-drawing border change; a lone '│' in prose is left as printed.
    """
    if "─" not in text and "│" not in text and "━" not in text and "═" not in text and "║" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped and stripped[0] in BOX_CHARS and stripped[-1] in BOX_CHARS:
            lines[i] = line.translate(BOX_TO_ASCII)
    return "\n".join(lines)


def render_grid_tables(text: str) -> str:
    """The text with each grid table rendered as '| ... |' rows, line numbers kept; other text unchanged."""
    text = box_drawing_as_ascii(text)
    if "+-" not in text and "+=" not in text:
        return text
    lines = text.split("\n")
    i, n = 0, len(lines)
    while i < n:
        if not FULL_RULE_RE.match(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < n and ROW_LINE_RE.match(lines[j]) and "\f" not in lines[j]:
            j += 1
        end = j
        while end > i and not FULL_RULE_RE.match(lines[end - 1]):
            end -= 1  # the table ends at its last rule
        if sum(1 for k in range(i, end) if FULL_RULE_RE.match(lines[k])) >= 2:
            lines[i:end] = render_block(lines[i:end])
        i = max(end, i + 1)
    return "\n".join(lines)
