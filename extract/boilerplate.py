"""Running page headers and footers: lines to skip inside tables.

A report repeats its title, office name and page number on every page; in a
table split across pages those lines stand between rows, and their numbers
(the page, the year) would read as values. A line repeated often enough,
standing apart from its neighbours, is boilerplate; so is a line naming the
report with its year and a page number, even printed once.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from extract.doc_text import DocText
from extract.lines import LineView



NOT_WORD_RE = re.compile(r"[\d\W_]+")
ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
ASCII_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
ASCII_NOT_LETTERS_BUT_NEWLINE = ASCII_NOT_LETTERS.replace(b"\n", b"")


def running_key(text: str) -> str:
    """A line's words without numbers and punctuation: a page header with its page number left out."""
    return NOT_WORD_RE.sub(" ", text.lower()).strip()


def key_letters(text: str) -> bytes:
    """The letters of `running_key(text)` run together; cheap for an ASCII line.

    Lines with one key have the same letters, so only lines whose letters
    recur need their key.
    """
    if text.isascii():
        return text.encode().translate(ASCII_LOWER, ASCII_NOT_LETTERS)
    return running_key(text).replace(" ", "").encode()


def all_key_letters(texts: list[str]) -> list[bytes]:
    """`key_letters` of each text; the ASCII ones in one translate over them all."""
    plain = [t for t in texts if t.isascii()]
    parts = "\n".join(plain).encode().translate(ASCII_LOWER, ASCII_NOT_LETTERS_BUT_NEWLINE).split(b"\n")
    if len(parts) != len(plain):  # a text with a newline of its own (or none at all)
        return [key_letters(t) for t in texts]
    letters = iter(parts)
    return [next(letters) if t.isascii() else key_letters(t) for t in texts]


def line_key_letters(doc: DocText) -> list[bytes]:
    """`key_letters` of every line that may be a running header or footer (15 to 120 characters stripped).

    The ASCII lines' letters come from one translate of the whole text. In
    UTF-8 a non-ASCII character is bytes >= 0x80, which the translate keeps:
    a line whose letters come out non-ASCII is worked out on its own if its
    length allows, else gets no letters (b''), which no key has.
    """
    letters = doc.encoded.translate(ASCII_LOWER, ASCII_NOT_LETTERS_BUT_NEWLINE).split(b"\n")
    if not doc.flat.isascii():
        for i in [i for i, found in enumerate(letters) if not found.isascii()]:
            letters[i] = key_letters(doc.texts[i]) if 15 <= len(doc.texts[i].strip()) <= 120 else b""
    return letters


# A page footer or header that prints the report's title, its year and the page number ('Laporan Kinerja
# KPU Kabupaten X Tahun 2022    12', 'LKj ... 2021 Hal. 7'): never a row, even on the one page an excerpt keeps.
TITLE_FOOTER_RE = re.compile(
    r"\W*(?:laporan\s+(?:akuntabilitas\s+)?kinerja|lakip|lkj(?:ip)?)\b[^|\t]{0,100}?\b(?:19|20)\d\d"
    r"[\s.,:;|-]{0,120}?(?:hal(?:aman)?\.?\s*)?\d{1,3}\W*", re.I)


# the same title and year with the page number on the next line ('Laporan Kinerja Kantor X Tahun 2020' / '12')
TITLE_YEAR_RE = re.compile(
    r"\W*(?:laporan\s+(?:akuntabilitas\s+)?kinerja|lakip|lkj(?:ip)?)\b[^|\t]{0,100}?\b(?:19|20)\d\d\W*", re.I)


def title_footer_lines(doc: DocText) -> set[int]:
    """Indexes of lines that are the report's title with its year and a page number (`TITLE_FOOTER_RE`), or
    the title and year with the page number alone on the next line (both lines)."""
    texts = doc.texts
    found: set[int] = set()
    for i in doc.lines_with("laporan", "lakip", "lkj"):
        text = texts[i]
        if "\t" in text or "|" in text:
            continue
        if TITLE_FOOTER_RE.fullmatch(text.strip()):
            found.add(i)
        elif i + 1 < len(texts) and is_page_number(texts[i + 1].strip()) and TITLE_YEAR_RE.fullmatch(text.strip()):
            found.update((i, i + 1))
        elif page_foot_above(texts, i) and TITLE_YEAR_RE.fullmatch(text.strip()):
            found.update((i - 1, i))
    return found


def page_foot_above(texts: list[str], i: int) -> bool:
    """A page number alone on the line right above line i, a blank line above it: one page's foot before the
    next page's running title ('' / '11' / 'LKj KPU Kota X 2021'). In a table printed one cell per line the
    number is no cell of a row (a row's cell follows its row's other cells, never a blank line)."""
    return i >= 2 and is_page_number(texts[i - 1].strip()) and not texts[i - 2].strip()


def boilerplate_lines(views: Sequence[LineView], doc: DocText | None = None) -> set[int]:
    """Running page headers and footers: short undelimited lines repeated 3+ times, far apart, standing apart.

    Only lines whose letters recur three times anywhere can be one, so the
    letters of all lines are counted first and only those lines looked at.
    """
    lines = getattr(views, "lines", None) or [v.line for v in views]
    doc = doc or DocText(lines)
    letters = line_key_letters(doc)
    recurring = {found for found, n in Counter(letters).items() if n >= 3 and found}  # no letters: no key
    by_letters: dict[bytes, list[tuple[int, str]]] = {}
    for index in [i for i, found in enumerate(letters) if found in recurring]:
        text = doc.texts[index].strip()
        if 15 <= len(text) <= 120 and "\t" not in text and "|" not in text and not states_rates(text):
            by_letters.setdefault(letters[index], []).append((index, text))
    places: dict[str, list[int]] = {}
    for group in by_letters.values():
        if len(group) >= 3:
            for index, text in group:
                key = running_key(text)
                if len(key) >= 12:
                    places.setdefault(key, []).append(index)
    skip: set[int] = set()
    texts = doc.texts
    for indexes in places.values():
        if len(indexes) >= 3 and min(b - a for a, b in zip(indexes, indexes[1:])) >= 30:
            # a page header or footer stands apart (a blank line or the text's edge beside it); a line
            # repeated inside a table (a wrapped cell the report prints in several tables) does not
            skip.update(i for i in indexes if i == 0 or i + 1 == len(texts)
                        or not texts[i - 1].strip() or not texts[i + 1].strip())
    return skip


def states_rates(text: str) -> bool:
    """Whether a line states two or more percentages ('3.1 Persentase X 95% 97% 102.11%'): a table row, never a
    running header or footer. An undelimited report restates one indicator's row in its IKU, PK and capaian
    tables, so its letters recur far apart; the last row above a page break then stands beside a blank line
    like a footer. A page's running line holds a title, a year and a page number, no rates."""
    return text.count("%") >= 2


# a page's number printed alone: '23', '- 23 -', '— 18 —', 'Halaman 14', 'Hal. 7', '12 dari 40'
PAGE_NUMBER_RE = re.compile(r"[\s\-–—.|]*(?:hal(?:aman)?\.?\s*)?\d{1,3}(?:\s*(?:dari|/)\s*\d{1,3})?[\s\-–—.|]*", re.I)


def is_page_number(text: str) -> bool:
    """A line that is only a page number: where one page of the text ends and the next begins."""
    return PAGE_NUMBER_RE.fullmatch(text) is not None


# a page's number beside its running title on one line: 'Hal. 17    LKj KPU Kota Tegal 2022',
# 'Laporan Kinerja Dinas X Tahun 2022    Halaman 9', 'LKjIP 2021   - 4 -'
PAGE_EDGE_RE = re.compile(r"(?:hal(?:aman)?\.?\s*\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—])\s{2,}(?P<a>\S.*)"
                          r"|(?P<b>.*\S)\s{2,}(?:hal(?:aman)?\.?\s*)?(?:\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—])", re.I)
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def is_page_edge(text: str) -> bool:
    """A page number alone, or beside a running title whose words hold no number but a year."""
    if is_page_number(text):
        return True
    match = PAGE_EDGE_RE.fullmatch(text)
    if match is None:
        return False
    title = match.group("a") or match.group("b")
    if match.group("b") and not re.search(r"(?i)hal|[-–—]\s*\d{1,3}\s*[-–—]\s*$", text[len(title):]) \
            and not YEAR_RE.search(title):
        return False  # 'Jumlah   12': a bare number after words is a row's value unless a dated title stands there
    return not any(c.isdigit() for c in YEAR_RE.sub("", title)) and any(c.isalpha() for c in title)
