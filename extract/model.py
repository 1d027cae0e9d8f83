"""The located-text model every reader yields and every later stage reads.

A reader (plain text today, PDF text layer or OCR later) turns an input into a
`LocatedText`: pages of `Line`s, each knowing its page and its 1-based line
number within the whole text. Stages after reading never ask where the text
came from, so a new reader plugs in without touching them.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from itertools import repeat


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text and where it stands."""

    number: int  # 1-based line number within the whole text
    page: int  # 1-based page number
    text: str

    def __init__(self, number: int, page: int, text: str) -> None:
        # What the generated frozen __init__ does (object.__setattr__ per field), through the
        # slots' own setters: half the cost, and a report has tens of thousands of lines.
        _set_number(self, number)
        _set_page(self, page)
        _set_text(self, text)


_set_number, _set_page, _set_text = (vars(Line)[name].__set__ for name in ("number", "page", "text"))


def numbered_lines(texts: list[str], page: int = 1) -> list[Line]:
    """Lines 1, 2, ... of one page holding `texts`: what `map(Line, ...)` makes, without a Python call per line.

    The objects are made bare and each slot set through its setter, in loops that run in C.
    """
    n = len(texts)
    lines: list[Line] = list(map(object.__new__, repeat(Line, n)))
    deque(map(_set_number, lines, range(1, n + 1)), maxlen=0)
    deque(map(_set_page, lines, repeat(page, n)), maxlen=0)
    deque(map(_set_text, lines, texts), maxlen=0)
    return lines


@dataclass(slots=True)
class LocatedText:
    """All lines of one input, in reading order."""

    source_path: str
    doc_id: str  # sha256 of the input bytes
    lines: list[Line]
    pages: int
    ocr: bool = False  # True when any of the text came from OCR
    ocr_pages: frozenset[int] = frozenset()  # 1-based pages read by OCR (a PDF may mix text and scans)
    warnings: list[str] = field(default_factory=list)
    # the file's line number of each line, when the reader joined wrapped lines into one (extract.narrow_print);
    # None when line k is the file's line k
    file_lines: list[int] | None = None

    def file_line(self, number: int) -> int:
        """The file's line number of the line numbered `number` here (the first of its pieces, when joined)."""
        return number if self.file_lines is None else self.file_lines[number - 1]

    def line(self, number: int) -> Line:
        """The line with this 1-based number."""
        return self.lines[number - 1]
