"""Values stated in prose.

Reports often state the year's overall budget in a sentence ('pagu anggaran
sebesar Rp X ... terealisasi Rp Y atau Z%'), read for the document's totals,
and an indicator's result ('indikator X ... target 90,89, terealisasi 92,22,
capaian 101,46'), read as a realisation record after the tables' own.

A printed page (a PDF, OCR, `pdftotext`) wraps a sentence over several
lines, so sentences are read in paragraphs: runs of prose lines joined with
spaces. Each value still names the line it stands on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.doc_text import DocText
from extract.model import Line
from extract.records import BudgetSentence, MeasureRow, Source
from normalize.numbers import UNIT_ALTERNATION, fold_text, lex_values, parse_measure

ALLOCATION_RE = re.compile(r"\b(pagu|alokasi|anggaran)\b", re.I)
REALISATION_RE = re.compile(r"\b(terealisasi|realisasi|penyerapan|terserap|direalisasikan)\b", re.I)
MIN_AMOUNT = 1_000_000


TABLE_LINE_RE = re.compile(r"[\t|]|\S {3,}\S")  # tab or '|' cells, or columns aligned by spaces
SPACE_RUN_RE = re.compile(r" {3,}\S")  # opens with a literal, so the scan skips ahead fast
MAX_PARAGRAPH_LINES = 8


def is_table_line(text: str) -> bool:
    """Whether TABLE_LINE_RE finds a table line's mark, at the cost of a substring test for most lines.

    A run of 3+ spaces counts when words stand on both sides of it: the
    scan finds each run that ends before a word at the run's first space,
    so the character before it tells.
    """
    if "\t" in text or "|" in text:
        return True
    if "   " not in text:
        return False
    return any(m.start() and not text[m.start() - 1].isspace() for m in SPACE_RUN_RE.finditer(text))


@dataclass(slots=True)
class Paragraph:
    """Prose lines joined with spaces, and where each line starts in the joined text."""

    text: str
    starts: list[tuple[int, Line]]

    def line_at(self, offset: int) -> Line:
        return next(line for start, line in reversed(self.starts) if start <= offset)


def is_break(text: str) -> bool:
    """A blank line or a table line: it ends a paragraph and belongs to none."""
    return not text.strip() or is_table_line(text)


def paragraphs(lines: list[Line], keywords: tuple[str, ...], doc: DocText | None = None) -> list[Paragraph]:
    """Runs of up to `MAX_PARAGRAPH_LINES` prose lines, keeping only runs that mention a keyword.

    Blank lines and table lines end a run, so cells of a table are never read
    as a sentence; a longer stretch of prose is cut into runs counted from its
    first line. Only the runs around lines holding a keyword (found in one
    pass by `doc`) are looked at, folded and joined.
    """
    doc = doc or DocText(lines)
    texts = doc.texts
    found: list[Paragraph] = []
    done = 0  # lines before this index are in runs already looked at
    start = end = 0  # the stretch of prose around the last keyword line
    for k in doc.lines_with(*keywords):
        if k < done or is_break(texts[k]):
            continue
        if not start <= k < end:
            start, end = k, k + 1
            while start > 0 and not is_break(texts[start - 1]):
                start -= 1
            while end < len(texts) and not is_break(texts[end]):
                end += 1
        first = start + (k - start) // MAX_PARAGRAPH_LINES * MAX_PARAGRAPH_LINES
        done = min(first + MAX_PARAGRAPH_LINES, end)
        paragraph = joined_paragraph(lines[first:done], keywords)
        if paragraph is not None:
            found.append(paragraph)
    return found


def joined_paragraph(run: list[Line], keywords: tuple[str, ...]) -> Paragraph | None:
    """The run's lines folded and joined, if it mentions a keyword."""
    # the run lower-cased at once (a line break stops any keyword and any case rule)
    low = "\n".join(line.text for line in run).lower()
    if not any(k in low for k in keywords):
        return None
    text, starts, offset = [], [], 0
    for line in run:
        part = fold_text(line.text).strip()
        starts.append((offset, line))
        text.append(part)
        offset += len(part) + 1
    return Paragraph(" ".join(text), starts)


def find_budget_sentences(lines: list[Line], doc: DocText | None = None) -> list[BudgetSentence]:
    """Sentences that give a pagu and, where stated, its realisation and percent."""
    found: list[BudgetSentence] = []
    for paragraph in paragraphs(lines, ("pagu", "alokasi", "anggaran"), doc):
        text = paragraph.text
        alloc_kw = ALLOCATION_RE.search(text)
        if alloc_kw is None or len(text) < 40:
            continue
        tokens = lex_values(text)
        amounts = [t for t in tokens if t.kind == "amount" and (t.reading.value or 0) >= MIN_AMOUNT]
        if not amounts:
            continue
        allocation = next((t for t in amounts if t.start > alloc_kw.start()), None)
        if allocation is None:
            continue
        real_kw = REALISATION_RE.search(text, allocation.end)
        realisation = percent = None
        if real_kw is not None:
            realisation = next((t for t in amounts if t.start > real_kw.start()), None)
            after = realisation.end if realisation else real_kw.end()
            percent = next((t for t in tokens if t.start >= after and t.kind == "percent"), None)
        line = paragraph.line_at(allocation.start)
        found.append(BudgetSentence(
            source=Source(line=line.number, page=line.page, raw=text[alloc_kw.start():alloc_kw.start() + 300].strip()),
            allocation=allocation.reading,
            realisation=realisation.reading if realisation else None,
            percent=percent.reading if percent else None))
    return found


_VALUE = rf"(?:\d|[lIS](?=\d))(?:[\d.,]|[OoSsIlTZGB](?=[\d.,%]|\s+(?i:{UNIT_ALTERNATION})\b))*(?:\s?%|\s+(?i:{UNIT_ALTERNATION})\b)?|[A-D]{{1,2}}\b|WTP|WDP|TMP"
MEASURE_SENTENCE_RE = re.compile(
    r"indikator(?:\s+kinerja)?\s+(?P<name>[^.;:]{10,200}?)\s*,?\s*(?:dengan\s+|yang\s+|dari\s+)*"
    rf"target(?:nya)?\s+(?:sebesar\s+|adalah\s+)?(?P<t>{_VALUE})\s*,?\s*(?:dan\s+|dengan\s+|sedangkan\s+)?"
    rf"(?:te)?reali[sz]asi(?:nya)?\s+(?:sebesar\s+|adalah\s+)?(?P<r>{_VALUE})"
    rf"(?:\s*,?\s*(?:atau\s+|dengan\s+|sehingga\s+)?(?:nilai\s+|tingkat\s+)?capaian(?:nya)?\s+"
    rf"(?:sebesar\s+|adalah\s+)?(?P<a>{_VALUE}))?",
    re.I)


def may_state_realisation(text: str) -> bool:
    """Whether MEASURE_SENTENCE_RE can match: it needs 'reali' in any case (re.I also takes 'ı' and 'İ' for 'i')."""
    return "reali" in text.lower().replace("ı", "i")  # 'İ' lowers to 'i' and a combining dot


def find_measure_sentences(lines: list[Line], doc: DocText | None = None) -> list[MeasureRow]:
    """'indikator X ... target 90,89, terealisasi 92,22, capaian 101,46' as a realisation record.

    Only sentences that name their indicator are read: a value without the
    indicator it measures cannot be traced or joined to anything.
    """
    rows: list[MeasureRow] = []
    for paragraph in paragraphs(lines, ("target",), doc):
        if not may_state_realisation(paragraph.text):
            continue  # most 'target' paragraphs state none: the pattern's scan of them finds nothing
        for match in MEASURE_SENTENCE_RE.finditer(paragraph.text):
            line = paragraph.line_at(match.start())
            values = [match.group(g) for g in ("t", "r", "a")]
            expect = "%" if any(v and "%" in v for v in values) else None
            # a capaian is a percentage even when printed without its sign ('capaian 10096')
            readings = [parse_measure(v.strip(" ,"), "%" if k == 2 else expect) if v else None
                        for k, v in enumerate(values)]
            if readings[0] is None or readings[1] is None:
                continue
            rows.append(MeasureRow(
                indicator_raw=match.group("name").strip(" ,"),
                source=Source(line=line.number, page=line.page, raw=match.group(0), table="sentence"),
                target=readings[0], realisation=readings[1], achievement=readings[2],
                has_realisation_column=True, has_achievement_column=readings[2] is not None,
                from_sentence=True))
    return rows
