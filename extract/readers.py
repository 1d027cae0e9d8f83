"""Readers: turn an input file into `LocatedText`.

Each reader yields pages of numbered lines, so the stages after it never ask
which kind of file the text came from. Text files split pages on form feeds
(as `pdftotext` writes them); a file without form feeds is one page. PDFs
are read from their text layer, or by OCR where a page has none
(`extract/pdf_reader.py`).
"""
from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable
from pathlib import Path

from extract.grid_tables import render_grid_tables
from extract.model import Line, LocatedText, numbered_lines
from extract.narrow_print import join_narrow_lines

TEXT_SUFFIXES = frozenset({".txt", ".md"})
# A report's longest line is a few thousand characters (a paragraph); a line of
# a million is a dump or a file with its line breaks lost, not a report to read.
MAX_LINE_CHARS = 1_000_000


class ReadError(Exception):
    """An input that cannot be read, with a reason a user can act on."""


def doc_id_for(data: bytes) -> str:
    """Stable id of an input: the sha256 of its bytes."""
    return hashlib.sha256(data).hexdigest()


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (with BOM), else cp1252, else Latin-1, noting the fallback."""
    warnings: list[str] = []
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), warnings
        except UnicodeDecodeError:
            warnings.append(f"not valid {encoding}")
    warnings.append("decoded as latin-1; some characters may be wrong")
    return data.decode("latin-1"), warnings


def lines_from_text(text: str) -> tuple[list[Line], int]:
    """Number the lines of a text, counting pages at form feeds."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" not in text:  # one page: no line to look into
        parts = text.split("\n")
        return numbered_lines(parts), 1
    lines: list[Line] = []
    page = 1
    for number, raw in enumerate(text.split("\n"), start=1):
        if "\f" in raw:
            before, *rest = raw.split("\f")
            page += len(rest)
            raw = before + "".join(rest)
        lines.append(Line(number=number, page=page, text=raw))
    return lines, page


# Markup that markdown exports of a PDF put inside table cells: a line break ('Persentase
# partisipasi<br>pemilih') and bold ('**Jumlah**'). Each line keeps its number; only the markup goes.
# (Read in .md files only: in a .txt file the characters are the printed text.)
LINE_BREAK_TAG_RE = re.compile(r"<br\s*/?>", re.I)
BOLD_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")


# An HTML table inside a markdown export (converters write one for merged cells): each row is read as the
# '| a | b |' row it renders as, on the line its first cell stands on; the table's other lines are left blank.
HTML_TABLE_RE = re.compile(r"<table\b.*?(?:</table\s*>|\Z)", re.I | re.S)
HTML_ROW_RE = re.compile(r"<tr\b.*?(?:</tr\s*>|(?=<tr\b)|\Z)", re.I | re.S)
HTML_CELL_RE = re.compile(r"<t[hd]\b[^>]*>(.*?)(?:</t[hd]\s*>|(?=<t[hd]\b)|(?=</tr)|\Z)", re.I | re.S)
TAG_RE = re.compile(r"<[^>]*>")


def html_table_rows(table: re.Match) -> str:
    """An HTML table as '| ... |' rows, each on its first cell's line, with as many line breaks as the table had."""
    block = table.group()
    out: list[str] = []
    pos = 0
    for row in HTML_ROW_RE.finditer(block):
        out.append("\n" * block.count("\n", pos, row.start()))
        found = list(HTML_CELL_RE.finditer(row.group()))
        cells = [" ".join(html.unescape(TAG_RE.sub(" ", cell.group(1))).split()) for cell in found]
        at = row.group().count("\n", 0, found[0].start()) if found else 0  # the row stands where its cells start
        out.append("\n" * at + ("| " + " | ".join(cells) + " |" if cells else "")
                   + "\n" * (row.group().count("\n") - at))
        pos = row.end()
    out.append("\n" * block.count("\n", pos))
    return "".join(out)


def as_rendered(text: str) -> str:
    """The text as its markup renders: '<br>' in a cell is a space, '**Jumlah**' is 'Jumlah', an HTML
    table's rows are '| ... |' rows."""
    if "<" in text and ("<br" in text or "<BR" in text or "<Br" in text):
        text = LINE_BREAK_TAG_RE.sub(" ", text)
    if "<" in text and ("<table" in text or "<TABLE" in text):
        text = HTML_TABLE_RE.sub(html_table_rows, text)
    if "**" in text or "__" in text:
        text = BOLD_RE.sub(lambda m: m.group(1) or m.group(2), text)
    return text


def read_text_file(path: Path) -> LocatedText:
    """Read a .txt or .md report."""
    data = path.read_bytes()
    if not data.strip():
        raise ReadError(f"{path}: the file is empty")
    if b"\x00" in data[:4096]:
        raise ReadError(f"{path}: binary data, not text (is it a PDF or image renamed to {path.suffix}?)")
    text, warnings = decode_text(data)
    if path.suffix.lower() == ".md":
        text = as_rendered(text)
    lines, pages = lines_from_text(render_grid_tables(text))
    longest = max(lines, key=lambda line: len(line.text))
    if len(longest.text) > MAX_LINE_CHARS:
        raise ReadError(f"{path}: line {longest.number} is {len(longest.text):,} characters long, not report text "
                        f"(a data dump, or a file whose line breaks were lost?)")
    return LocatedText(source_path=str(path), doc_id=doc_id_for(data), lines=lines,
                       pages=pages, warnings=warnings)


def read_pdf_file(path: Path) -> LocatedText:
    """Read a .pdf report: text layer where usable, OCR elsewhere."""
    from extract.pdf_reader import PdfReadError, read_pdf  # PDF libraries load only when a PDF comes

    data = path.read_bytes()
    if not data.strip():
        raise ReadError(f"{path}: the file is empty")
    try:
        lines, pages, ocr_pages = read_pdf(path, data)
    except PdfReadError as exc:
        raise ReadError(str(exc)) from exc
    warnings = [] if any(line.text.strip() for line in lines) else ["no text found on any page"]
    return LocatedText(source_path=str(path), doc_id=doc_id_for(data), lines=lines, pages=pages,
                       ocr=bool(ocr_pages), ocr_pages=ocr_pages, warnings=warnings)


READERS: dict[str, Callable[[Path], LocatedText]] = {suffix: read_text_file for suffix in TEXT_SUFFIXES}
READERS[".pdf"] = read_pdf_file


def supported_types() -> str:
    """The readable file types, for messages: '.md, .pdf, .txt'."""
    return ", ".join(sorted(READERS))


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read_document(path: Path) -> LocatedText:
    """Read any supported input into located text, or raise `ReadError`."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise ReadError(f"{path}: unsupported file type {path.suffix or '(none)'}; supported: {known}")
    try:
        text = reader(path)
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    text.lines, text.file_lines = join_narrow_lines(text.lines)  # a text wrapped at a narrow measure: its lines
    return text
