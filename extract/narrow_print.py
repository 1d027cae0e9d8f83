"""Text printed to a narrow measure: its wrapped lines joined back into the lines they were.

A report reprinted in a narrow column (a phone-sized PDF, a two-column page
that `pdftotext` gives column by column, a text wrapped at 40 characters)
breaks every long line where the next word would overflow the measure: a
heading 'Tabel 3.1 Capaian Kinerja Sasaran' runs onto a second line, a table
row's name onto the next line and its values onto a third. Read as they
stand, the heading's second half looks like a column header and the row's
values stand apart from its name.

A printer that fills lines greedily breaks a line only when the next word
does not fit; so where a line ends although the next line's first word would
still have fitted, the line ended by itself (a heading, a row, a paragraph's
end). The measure is the longest line of several words; a document is
narrow-printed when that is short and many lines run to within a word of it.
Not every line that ends short of the measure ended by itself, nor does
every full line run on: a line opening with an item's number or a caption
('2. ...', '01.03 ...', 'Tabel 3.1'), a line indented deeper than the one
above, a heading in capitals under a line in small letters, a sentence
opening after a line that closed one, a name after a line that closed on a
row's values, and one value alone under a name (a table flattened one cell
to a line) all start afresh; and a line of a table printed in columns or
with borders (a tab, two spaces between words, a '|') is never joined.

The joined lines are numbered in turn, as the stages count neighbours by
their numbers (a row's next line is the line numbered one more); each keeps
the number of its first piece in the file, which the rows read from it state.
"""
from __future__ import annotations

import re

from extract.model import Line

MAX_MEASURE = 60  # a longer measure is a page's own width: its lines are not wrapped at a narrow column
NEAR = 8  # a line this close to the measure ran to its end (the next word would not fit)
MIN_FULL_LINES = 12  # fewer full lines: short text, a list or a table, not print wrapped at a measure
MIN_FULL_SHARE = 0.12  # ... of the lines with text
# A line an item's number opens ('2. Fasilitasi ...', '01.03 Persentase ...', '3) Jumlah ...') starts an item
# (or a table's or figure's caption: 'Tabel 3.2 ...', 'Gambar 4 ...')
ITEM_RE = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]?\s+[A-Z]|(?:Tabel|Table|Gambar|Grafik|TABEL|GAMBAR|GRAFIK)\s+\d")
CAPITALS_RE = re.compile(r"[A-Z]{6,}\b")  # a word in capitals, longer than an acronym: 'KEGIATAN', 'INDIKATOR'
# a line closing on a row's value cells: two numbers or more, the last no year ('... 1.310 104,80%')
VALUES_END_RE = re.compile(r"\d[\d.,]*%?\s+(?!(?:19|20)\d\d$)\d[\d.,]*%?$")
LONE_VALUE_RE = re.compile(r"\s*[-+(]?(?:Rp\.?\s*)?\d[\d.,]*\s*%?\)?\s*$")  # '18.440.879.000', '73,93%'
NAME_START_RE = re.compile(r"[\"'“‘(]?[A-Z][a-z]")  # a capitalised word: a name, a heading, a sentence
SENTENCE_END_RE = re.compile(r"[a-z)][.!?]$")  # a word closing a sentence ('... di Lingkungan Setjen.')


def measure(texts: list[str]) -> int | None:
    """The narrow measure the text was printed at, or None when it was not printed narrow."""
    if any(" " in t.strip() for t in texts if len(t) > MAX_MEASURE):
        return None  # (most reports: a line of several words longer than a narrow column, found early)
    texts = [t.rstrip() for t in texts]
    widths = [len(t) for t in texts if " " in t.lstrip()]  # a single long word overflows any measure
    if not widths:
        return None
    width = max(widths)
    with_text = sum(1 for t in texts if t.strip())
    full = sum(1 for t in texts if t.strip() and len(t) >= width - NEAR)
    if full < MIN_FULL_LINES or full < MIN_FULL_SHARE * with_text:
        return None
    return width


def column_gap(text: str) -> bool:
    """Whether a line holds a table's column gap: a tab, a '|' border or two spaces between words."""
    inner = text.strip()
    return "\t" in inner or "  " in inner or "|" in inner


def continues(text: str, following: str, width: int) -> bool:
    """Whether a line printed at `width` runs on into the following line: its first word did not fit."""
    if not following.strip() or not text.strip():
        return False
    if column_gap(text) or column_gap(following):
        return False  # a table's line ('1  Jumlah  5  6', '| 1 | Jumlah |'): a wrap spaces words once
    if 2 * len(text) < width:
        return False  # a short line ended by itself (a heading, a label): no word is that long
    indent, following_indent = len(text) - len(text.lstrip()), len(following) - len(following.lstrip())
    if following_indent > indent and not ITEM_RE.match(text, indent):
        return False  # indented deeper: a new line of an outline (a wrapped line runs on at the margin)
    if ITEM_RE.match(following, following_indent):
        return False  # the next item of a list, or the next row of a numbered table
    if CAPITALS_RE.match(following, following_indent) and any(c.islower() for c in text.rsplit(None, 1)[-1]):
        return False  # a heading or a column label in capitals under a line in small letters (not a name in
        # capitals running on)
    if LONE_VALUE_RE.match(following) and not text[-1].isdigit() and text[-1] != "%":
        return False  # one value alone under a name: a table's cell printed on a line of its own
    if SENTENCE_END_RE.search(text) and following.lstrip(" \"'“‘(")[:1].isupper():
        return False  # a sentence ended with the line, and the next line opens another (or a table's row)
    if VALUES_END_RE.search(text) and NAME_START_RE.match(following, following_indent):
        return False  # a row's values closed the line; a name opens the next row
    return len(text) + 1 + len(following.split(None, 1)[0]) > width


def join_narrow_lines(lines: list[Line]) -> tuple[list[Line], list[int] | None]:
    """The lines with each narrow-printed line's wrapped pieces joined into one, numbered in turn; and the file's
    number of each one's first piece (None when nothing was joined)."""
    width = measure([line.text for line in lines])
    if width is None:
        return lines, None
    texts = [line.text.rstrip() for line in lines]
    out = list(lines)
    k = 0
    while k < len(lines):
        end = k
        while end + 1 < len(lines) and lines[end + 1].page == lines[k].page \
                and continues(texts[end], texts[end + 1], width):
            end += 1
        if end > k:
            joined = " ".join([texts[k]] + [texts[j].strip() for j in range(k + 1, end + 1)])
            out[k] = Line(lines[k].number, lines[k].page, joined)
            for j in range(k + 1, end + 1):
                out[j] = None
        k = end + 1
    kept = [line for line in out if line is not None]
    if len(kept) == len(lines):
        return lines, None
    return [Line(n, line.page, line.text) for n, line in enumerate(kept, start=1)], [line.number for line in kept]
