"""The level a budget row's heading or label line states ('Program :', 'Kegiatan :', 'Sub Kegiatan :').

A performance-system export (e-SAKIP, SIPD) prints its budget realisation
grouped under label lines: 'Program :' over the program's row, 'Kegiatan :'
over each kegiatan's, 'Sub Kegiatan :' over the rows of its sub kegiatan; or
it puts the label in the row's first cell ('Kegiatan : | Perencanaan ... |
150.000.000 | ...'). The names themselves then carry no level word and no
code, yet the label says which level each row is. A label alone on its line
holds for the rows under it until the next label; a label opening a row's
own line holds for that row only.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.lines import LineView, line_of

if TYPE_CHECKING:
    from extract.tables import RowDraft

# the label and its colon, alone on a line ('Sub Kegiatan :') or opening a row's line ('Kegiatan : Perencanaan ...')
LEVEL_LABEL_RE = re.compile(r"^\s*\W{0,3}(?:(program)|(sub[\s-]*kegiatan|(?:rincian\s+)?output)|(kegiatan))\s*:", re.I)


def stated_level(text: str) -> str | None:
    """'program', 'kegiatan' or 'output' (a sub kegiatan sits where an output does) for a label line, else None."""
    if ":" not in text[:24 + len(text) - len(text.lstrip())]:
        return None  # cheap precheck: every label is closed by its colon within its first words
    label = LEVEL_LABEL_RE.match(text)
    if label is None:
        return None
    return "program" if label.group(1) else "output" if label.group(2) else "kegiatan"


def is_level_label(text: str) -> bool:
    """A line that is a level's label alone ('Kegiatan :', '  Sub-Kegiatan :'): a heading over rows, no row's name."""
    return text.rstrip().endswith(":") and stated_level(text) is not None \
        and not LEVEL_LABEL_RE.sub("", text).strip(" \t:|-")


def heading_levels(views: Sequence[LineView], first: int, stop: int, rows: Sequence[RowDraft]) -> dict[int, str]:
    """The level each row's label states, by the row's value line (rows under no label are left out)."""
    heading: dict[int, str] = {}  # line number of a label alone on its line -> its level
    for k in range(first, min(stop, len(views))):
        line = line_of(views, k)  # (the text's test first: it needs no analysis of the line)
        if not is_level_label(line.text) or views[k].values:
            continue  # a label heading rows holds no value
        heading[line.number] = stated_level(line.text) or ""
    if not heading and not any(stated_level(r.views[0].line.text) for r in rows if r.views):
        return {}
    levels: dict[int, str] = {}
    labels = sorted(heading.items())
    at = 0
    current: str | None = None
    for row in rows:
        if not row.views:
            continue
        opening = row.views[0].line.number
        while at < len(labels) and labels[at][0] < opening:
            current = labels[at][1]
            at += 1
        own = stated_level(row.views[0].line.text)
        level = own or current
        if level is not None:
            levels[row.value_line] = level
    return levels
