"""The located-text model every reader yields and every later stage reads.

A reader (plain text today, PDF text layer or OCR later) turns an input into a
`LocatedText`: pages of `Line`s, each knowing its page and its 1-based line
number within the whole text. Stages after reading never ask where the text
came from, so a new reader plugs in without touching them.
"""
from __future__ import annotations

from dataclasses import dataclass, field


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

    def line(self, number: int) -> Line:
        """The line with this 1-based number."""
        return self.lines[number - 1]
