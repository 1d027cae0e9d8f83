"""Target tables whose column header OCR lost: rows under a 'Perjanjian Kinerja' title.

A scanned Perjanjian Kinerja table often comes out of Tesseract with its header
row gone: the section title, then rows whose sasaran and indicator text run
together over a few lines, each row closing on the line that holds its target
('... Pemungutan dan Penghitungan Suara 100%'). With no header to name the
columns, the title names the table and the values close the rows. Only lists
where every row names an indicator ('Persentase ...', 'Jumlah ...') are read,
so running text under such a title is not taken for a table.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from extract.doc_text import DocText
from extract.headers import read_header_once, text_header_score
from extract.lines import LineView, line_of
from extract.records import MeasureRow, Source
from extract.tables import CLOSING_RE, INDICATOR_START_RE, SECTION_TITLE_RE, is_prose
from normalize.numbers import Token, parse_measure

MAX_ROW_LINES = 8  # a row's wrapped sasaran and indicator text
MAX_LOOKAHEAD = 25  # lines after the title (row-number debris, a lost header) in which the first row must close
MIN_ROWS = 2
WORD_RE = re.compile(r"[A-Za-z]{6,}")


def indicator_start(text: str) -> int | None:
    """Where an indicator name opens, allowing OCR damage on 'Persentase' ('Perseniase')."""
    found = INDICATOR_START_RE.search(text)
    fuzzy = next((m.start() for m in WORD_RE.finditer(text)
                  if fuzz.ratio(m.group().lower(), "persentase", score_cutoff=80)), None)
    starts = [s for s in (found.start() if found else None, fuzzy) if s is not None]
    return min(starts) if starts else None


def target_value(view: LineView) -> Token | None:
    """The target a row's closing line ends on: a percentage or a count with its unit."""
    values = view.values
    while values and values[0].kind == "missing":
        values = values[1:]  # an unfilled cell before it ('... - 80%'): not the target, and no second value
    if len(values) != 1 or not view.text:
        return None
    token = values[0]
    if token.kind not in ("percent", "count"):
        return None
    return token


def read_list(views: Sequence[LineView], start: int, title: str, ocr: bool,
              title_line: int = 0) -> tuple[list[MeasureRow], int]:
    """Rows from views[start] on, closed by their target values; and where the list ended."""
    rows: list[MeasureRow] = []
    group: list[LineView] = []
    i = start
    last_close = start
    n = len(views)
    while i < n:
        text = line_of(views, i).text
        if not text.strip():  # blank: known from the text, without analysing the line
            i += 1
            continue
        view = views[i]
        if CLOSING_RE.match(text) or is_prose(view):  # a stop, a section title or a dateline, or prose
            break
        if text_header_score(text, True)[0] and read_header_once(views, i) is not None:
            return [], i  # the table has a header after all: the table reader takes it
        limit = MAX_LOOKAHEAD if not rows else MAX_ROW_LINES
        if i - last_close > limit:
            break
        group.append(view)
        token = target_value(view)
        if token is not None:
            joined = " ".join(v.text for v in group)
            opens = indicator_start(joined)
            if opens is None:
                break  # values without an indicator name: not a target list
            rows.append(MeasureRow(
                indicator_raw=" ".join(joined[opens:].replace("|", " ").split()),
                source=Source(line=view.line.number, page=view.line.page, raw=token.raw, table=title, ocr=ocr,
                              table_line=title_line),
                target=token.reading))
            group = []
            last_close = i
        elif len(group) > MAX_ROW_LINES:
            if rows:
                break  # text running on without a value: the list has ended
            group = group[-MAX_ROW_LINES:]  # debris between the title and the first row
        i += 1
    return (rows if len(rows) >= MIN_ROWS else []), i


def find_headerless_targets(views: Sequence[LineView], ocr: bool = False, doc: DocText | None = None
                            ) -> list[MeasureRow]:
    """Target rows of every titled Perjanjian Kinerja / IKU list that has no column header."""
    lines = getattr(views, "lines", None) or [v.line for v in views]
    rows: list[MeasureRow] = []
    doc = doc or DocText(lines)
    # every section title names 'kinerja': only the lines holding it need the pattern
    titles = [i for i in doc.lines_with("kinerja")
              if len(lines[i].text) < 80 and SECTION_TITLE_RE.match(lines[i].text)]
    i = 0
    for title in titles:
        if title < i:
            continue  # inside the list read last
        found, end = read_list(views, title + 1, " ".join(lines[title].text.split()), ocr, lines[title].number)
        rows += found
        i = max(end, title + 1)
    return rows


# a graded indicator's row under no header, closing on its target and result grades, one of them an OCR guess
# ('1 Nilai Evaluasi ... KPU Kabupaten EB BE'); a capaian may follow ('BB BE | 100%')
GUESSED_GRADE = r"(?:AA|A|BB|B|CC|C|D|BE|EB)"
GRADED_ROW_RE = re.compile(rf"^\s*\d{{1,2}}[.)]?\s+(?P<name>.*?[A-Za-z]{{3}}.*?)\s+(?P<target>{GUESSED_GRADE})\s+"
                           rf"(?P<result>{GUESSED_GRADE})(?:\s+(?P<capaian>\d{{2,3}}(?:[.,]\d{{1,2}})?\s?%))?\s*$")
GRADED_WORDS = ("nilai", "evaluasi", "predikat")  # an indicator graded in letters names one of them


def names_a_grade(name: str) -> bool:
    """Whether an indicator's name, OCR-damaged or not ('NilakEvaluasi'), names a Nilai, an evaluation or a
    predikat: the evidence that letters after it are grades."""
    words = re.findall(r"[a-z]{4,}", name.lower())
    return any(fuzz.ratio(w, g) >= 80 or len(w) > len(g) and g in w for w in words for g in GRADED_WORDS)


def find_guessed_grade_rows(views: Sequence[LineView], taken: set[int], ocr: bool = False,
                            doc: DocText | None = None) -> list[MeasureRow]:
    """Result rows of a graded indicator whose table header OCR lost and whose grades it damaged ('EB BE').

    The lexer reads 'BE' / 'EB' as no grade (mid-text they are words); a
    numbered line that names a Nilai / evaluation / predikat and closes on two
    grades, one of them such a guess, is that indicator's target and result,
    read as BB and flagged (`normalize.numbers`: 'grade letters guessed'),
    unless the same indicator prints the grade cleanly elsewhere
    (`normalize.repair.grades_from_siblings`). Lines a table read are left to it.
    """
    lines = getattr(views, "lines", None) or [v.line for v in views]
    doc = doc or DocText(lines)
    rows: list[MeasureRow] = []
    for i in doc.lines_with_case(" BE", " EB"):
        line = lines[i]
        if line.number in taken:
            continue
        match = GRADED_ROW_RE.match(line.text.replace("|", " "))
        if match is None or "E" not in match.group("target") + match.group("result") \
                or not names_a_grade(match.group("name")):
            continue
        target, result = parse_measure(match.group("target")), parse_measure(match.group("result"))
        capaian = parse_measure(match.group("capaian")) if match.group("capaian") else None
        raw = " | ".join(filter(None, match.group("target", "result", "capaian")))
        rows.append(MeasureRow(indicator_raw=" ".join(match.group("name").split()),
                               source=Source(line=line.number, page=line.page, raw=raw, ocr=ocr),
                               target=target, realisation=result, achievement=capaian,
                               has_realisation_column=True, has_achievement_column=capaian is not None))
    return rows
