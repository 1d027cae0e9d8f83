"""Tables inside one long line: a website's text export that prints a whole page on a line.

docplayer's and 123dok's transcripts of a report join each page's text into
one line: '12 Tabel 3.1 Capaian Kinerja No Indikator Kinerja Target Realisasi
Capaian 1 Persentase ... 77,5% 80,1% 103,35% 2 Persentase ... Sumber: ...'.
No header line stands above the rows, so the table reader never starts.
Here the header words and the rows after them are cut out of the line and
read as a table of two lines (both keep the long line's number and page):
the header, then the rows run together, which `extract.tables` reads apart.
"""
from __future__ import annotations

import re
from collections.abc import Container, Sequence
from itertools import compress, count

from extract.lines import LineView, analyse_line
from extract.model import Line
from normalize.numbers import parse_percent
from normalize.repair import PERCENT_TOLERANCE, states_capaian

MIN_CHARS = 160  # a shorter line is a table's own line (or prose), not a page
# The header's opening words: '[No] [Sasaran [Strategis|Kegiatan]] Indikator Kinerja [Utama]' (or 'Uraian')
# (or a bare 'Indikator' right before its value columns: 'No Sasaran Indikator Target Realisasi Capaian')
HEADER_START_RE = re.compile(
    r"(?i)(?:\bno\.?\s+)?(?:\b(?:sasaran|tujuan)(?:\s+(?:strategis|kegiatan|program))?\s+)?"
    r"\bindikator(?:\s+kinerja(?:\s+utama)?\b|(?=\s+(?:satuan|target)\b))")
# ... and its value columns, within a few words: at least a Target
TARGET_WORD_RE = re.compile(r"(?i)\btarget\b")
HEADER_REACH = 120  # characters from the header's opening to its Target word
# The first row: its number (1) and the capitalised word opening its sasaran or indicator
FIRST_ROW_RE = re.compile(r"(?:^|\s)(?:\(\d{1,2}\)\s+)*(1)\.?\s+(?=[A-Z])")
COLUMN_NUMBERS_RE = re.compile(r"(?:\s*\(\d{1,2}\))+\s*$")  # '(1) (2) (3) (4)' under the header words
# Where the rows end: a source note, the next table or figure, or the prose that discusses the table
# (or a signature's place and date: 'Sukamaju, 2 Januari 2019')
ROWS_END_RE = re.compile(r"(?i:\b(?:sumber\s*:|keterangan\s*:|catatan\s*:|tabel\s+\d|table\s+\d|grafik\s+\d|"
                         r"gambar\s+\d|berdasarkan\b|dari\s+tabel\b|bab\s+[ivx]+\b))"
                         r"|(?P<dateline>\b[A-Z][A-Za-z]+\s*,\s*\d{1,2}\s+[A-Z][a-z]{2,}\s+(?:19|20)\d{2}\b)")
PLACE_WORDS_RE = re.compile(r"(?:\s+[A-Z][a-z]+){1,3}\s*$")  # the rest of a place's name before its dateline
TITLE_RE = re.compile(r"(?i)\btabel\s+\d[\d.]*")


def long_line_tables(views: Sequence[LineView], covered: set[int],
                     texts: Sequence[str] | None = None) -> list[tuple[list[LineView], str]]:
    """Per long line holding a table: its header and its rows cut out as lines, and the table's caption.

    `covered`: indices of lines a table read already; `texts`: the lines' texts, when known.
    """
    lines = getattr(views, "lines", None) or [v.line for v in views]
    texts = texts if texts is not None else [line.text for line in lines]
    found = []
    # the cheap tests first, in C: most lines are short
    for k in compress(count(), map(MIN_CHARS.__le__, map(len, texts))):
        text = texts[k]
        if k in covered or not names_header_words(text):
            continue  # prose without a table's header
        line = lines[k]
        parts = cut_table(text)
        if parts is None:
            continue
        header, rows, title = parts
        found.append(([analyse_line(Line(line.number, line.page, piece)) for piece in [header, *rows]], title))
        if not text.rstrip().endswith(rows[-1]):
            continue  # the table ended inside its line ('... Sumber: ...'): no row goes on below
        for j, more in continued_rows(texts, k, rows, covered):
            covered.add(j)
            found.append(([analyse_line(Line(lines[j].number, lines[j].page, piece)) for piece in [header, *more]],
                          title))
    return found


CONTINUATION_GAP = 8  # lines between a web-export table's rows and the line that goes on with them (budget_runs too)
GAP_LINE_CHARS = 120  # a running header, a page's banner or its marker '(3)' is shorter than a page's line
LEADING_NUMBER_RE = re.compile(r"\s*(\d{1,2})\.?\s+(?=[A-Z])")


def ends_continuation(stripped: str) -> bool:
    """Whether a line between a web-export table's lines and its next rows ends the table: prose (a page's
    length, or a sentence's end), not a gap line (a page marker '(3)', a banner, a running header)."""
    return bool(stripped) and (len(stripped) >= GAP_LINE_CHARS or stripped[-1:] in ".:")


def continued_rows(texts: Sequence[str], k: int, rows: list[str],
                   covered: Container[int] = frozenset()) -> list[tuple[int, list[str]]]:
    """The lines after line `k` that go on with its table's rows, each with its rows cut apart.

    A web export ('Teks penuh') breaks a table run onto one line where the
    report's page or paragraph broke: the rows go on after a blank line, or
    after the page's marker '(6)', banner and running header, on a line of
    their own without the header, opening with the next row's number in turn
    ('... 3 Persentase ... 35,00 28,40 81,14' then '4 Indeks ...'). Only that
    number joins a line to the table; a line of prose or a row number out of
    turn ends it, and so does a line holding a header of its own or one read already.
    """
    found: list[tuple[int, list[str]]] = []
    last = LEADING_NUMBER_RE.match(rows[-1]) if rows else None
    if last is None:
        return found
    expected, gap, j = int(last.group(1)) + 1, 0, k + 1
    while j < len(texts) and gap <= CONTINUATION_GAP:
        text = texts[j].strip()
        opens = LEADING_NUMBER_RE.match(text)
        if opens is None:
            if ends_continuation(text):
                break  # prose: the table ended
            j, gap = j + 1, gap + 1
            continue
        if int(opens.group(1)) != expected or j in covered or HEADER_START_RE.search(text):
            break
        end = ROWS_END_RE.search(text)
        more = [piece for row in split_rows(text[:end.start()] if end else text, expected)
                for piece in split_lettered_rows(row)]
        found.append((j, more))
        if end is not None:
            break
        last = LEADING_NUMBER_RE.match(more[-1])
        if last is None:
            break
        expected, gap, j = int(last.group(1)) + 1, 0, j + 1
    return found


def names_header_words(text: str) -> bool:
    """The cheap test for a header inside a line: 'Indikator' and 'Target', in title or in capital letters
    (a report that prints its header row in capitals, 'NO INDIKATOR KINERJA TARGET', exports it so)."""
    return ("ndikator" in text or "NDIKATOR" in text) and ("arget" in text or "ARGET" in text)


def cut_table(text: str) -> tuple[str, list[str], str] | None:
    """The header words, the rows (one text each) and the caption of a table standing inside a line, or None.

    The rows are cut where the next row's number opens (2 after 1, then 3 ...)
    after a value, followed by a capitalised word: a number inside a name
    ('dalam 5 hari kerja') is neither the next in turn nor after a value.
    """
    for start in HEADER_START_RE.finditer(text):
        target = TARGET_WORD_RE.search(text, start.end(), start.end() + HEADER_REACH)
        if target is None:
            continue
        start = nearest_header_start(text, start, target.end())
        first = FIRST_ROW_RE.search(text, target.end())
        if first is None or first.start() - target.end() > HEADER_REACH:
            first = first_named_row(text, target.end())
            if first is None:
                continue
        header = COLUMN_NUMBERS_RE.sub("", text[start.start():first.start(1)]).strip()
        end = ROWS_END_RE.search(text, first.end())
        body = text[first.start(1):end.start() if end else len(text)].strip()
        if end is not None and end.group("dateline"):
            body = PLACE_WORDS_RE.sub("", body)  # 'Lembah Hijau, 3 Januari 2019': the place's first words too
        rows = split_rows(body)
        if len(rows) < 2:
            rows = split_named_rows(body, values_per_row(header))
        rows = [piece for row in rows for piece in split_lettered_rows(row)]
        if len(rows) < 2:
            continue  # one row is as likely a sentence that names the columns
        rows = [piece for row in rows for piece in unfold_column_major(row, header)]
        return header, rows, caption_before(text, start.start())
    return None


# the next row's number after a value ('... 103,35% 2 Persentase', '... BB 3. Nilai', '... n/a 4 Jumlah'), before a
# capital. (It opens with the space, the value before it in lookbehinds after it: the engine skips to a space in
# C, where a pattern opening with lookbehinds is tried at every character of a long line.)
NEXT_ROW_RE = re.compile(r"\s(?:(?<=[\d%A-Z)]\s)|(?<=n/a\s)|(?<= -\s))\s*(\d{1,2})\.?\s+(?=[A-Z])")


def split_rows(body: str, first: int = 1) -> list[str]:
    """A table's rows run together in one text (the first numbered `first`), cut at each next row number in turn."""
    rows: list[str] = []
    expected, at = first + 1, 0
    for m in NEXT_ROW_RE.finditer(body):
        if int(m.group(1)) != expected:
            continue
        rows.append(body[at:m.start()].strip())
        at, expected = m.start(1), expected + 1
    rows.append(body[at:].strip())
    return rows


# The first word of an indicator's name: where a row without a number opens ('Persentase ...', 'Indeks ...')
OPENER = r"(?:Persentase|Presentase|Prosentase|Jumlah|Nilai|Indeks|Opini|Rasio|Tingkat|Ketepatan|Cakupan|Angka)\b"
# after a header's value columns, only more header words before the first named row ('... Target Realisasi
# Capaian (%) Persentase ...')
NAMED_FIRST_ROW_RE = re.compile(r"(?i:(?:\s*(?:target|realisasi|capaian|kinerja|satuan|tahun|th\.?|ket(?:erangan)?|"
                                r"\((?:%|rp)\)|%|(?:19|20)\d\d|\(\d{1,2}\)))*)\s+(" + OPENER + ")")
# an opener right after a value ('... 107,14% Indeks', '... n/a Jumlah', '... BB Nilai'), the space first (see above)
NAMED_ROW_RE = re.compile(r"\s(?:(?<=[\d%A-Z)]\s)|(?<=n/a\s)|(?<= -\s))(?=" + OPENER + ")")
# a value a row closes on: a number (a rate, a ratio), a sign or Satuan '%', 'n/a', a dash, a grade
TRAILING_VALUE_RE = re.compile(r"[<>≤≥]?-?\d[\d.,:]*%?|%|n/a|N/A|-|[A-E][A-E]?[+-]?|WTP|WDP")
VALUE_COLUMN_RE = re.compile(r"(?i)\b(?:target|realisasi|capaian|pagu|anggaran|alokasi)\b")


def first_named_row(text: str, after: int) -> re.Match | None:
    """The first row of a table whose rows carry no number: an indicator's first word right after the header's
    value columns (within `HEADER_REACH`), or None."""
    m = NAMED_FIRST_ROW_RE.match(text, after)
    return m if m is not None and m.start(1) - after <= HEADER_REACH else None


def values_per_row(header: str) -> int:
    """How many values each row carries: one per value column its header names (two at least)."""
    return max(2, len(VALUE_COLUMN_RE.findall(header)))


def trailing_values(piece: str) -> int:
    """How many values close a row's text ('Indeks kepuasan Indeks 80 82,5 103,13%' closes on three)."""
    n = 0
    for word in reversed(piece.split()):
        if TRAILING_VALUE_RE.fullmatch(word) is None:
            break
        n += 1
    return n


def split_named_rows(body: str, per_row: int) -> list[str]:
    """A table's rows without row numbers run together, cut before each indicator's first word that follows a
    row's full count of values.

    Without a number to count on, the header tells where a row ends: it carries one value per value column,
    so an opener word ('Indeks', 'Jumlah' ...) starts the next row only after that many values; inside a
    name ('... melalui Indeks ...') or after a short row it stays in the text.
    """
    rows: list[str] = []
    at = 0
    for m in NAMED_ROW_RE.finditer(body):
        piece = body[at:m.start()].strip()
        if trailing_values(piece) >= per_row:
            rows.append(piece)
            at = m.end()
    rows.append(body[at:].strip())
    return rows


CAPTION_CHARS = 100  # of the text before a header without a 'Tabel' caption, what may name the table


def caption_before(text: str, at: int) -> str:
    """The table's caption: from the last 'Tabel ...' before its header, else the words right before it."""
    captions = list(TITLE_RE.finditer(text, max(0, at - 2 * CAPTION_CHARS), at))
    if captions:
        return text[captions[-1].start():at].strip()
    before = text[max(0, at - CAPTION_CHARS):at]
    return before[before.find(" ") + 1:].strip() if at > CAPTION_CHARS else before.strip()


def nearest_header_start(text: str, start: re.Match, target_end: int) -> re.Match:
    """The header's opening nearest its Target word: prose that names 'indikator kinerja' just before a
    table's header ('... indikator kinerja tersebut diuraikan dalam tabel berikut. No Sasaran Indikator Target')
    is no part of the header."""
    nearer = None
    for nearer in HEADER_START_RE.finditer(text, start.end(), target_end):
        pass
    return nearer or start


# a lettered item under a sasaran ('a. Persentase ...', 'b. Indeks ...'): its letter, before a capital; 'b' on
# after a value, the space first (see `NEXT_ROW_RE`)
LETTERED_ROW_RE = re.compile(r"\s(?:(?<=[\d%A-Z)]\s)|(?<=n/a\s)|(?<= -\s)|(?<=[a-z.:]\s))([a-z])[.)]\s+(?=[A-Z])")


def split_lettered_rows(row: str) -> list[str]:
    """A row holding a sasaran's indicators lettered a., b., c. ... run together, cut before each letter in turn.

    Some tables number the sasaran (1., 2.) and letter its indicators; a
    website's export runs them all into the sasaran's row. The letters must
    follow one another from 'a', 'b' and on after a value (a row's values
    close before the next letter), two at least: one 'a.' is as likely a
    word of a name.
    """
    cuts: list[int] = []
    expected = "a"
    for m in LETTERED_ROW_RE.finditer(row):
        if m.group(1) != expected:
            continue
        if expected != "a" and trailing_values(row[cuts[-1]:m.start()]) == 0:
            continue
        cuts.append(m.start(1))
        expected = chr(ord(expected) + 1)
    if len(cuts) < 2:
        return [row]
    pieces = [row[:cuts[0]].strip(), *(row[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(row)]))]
    return [piece for piece in pieces if piece]


# sub-row labels before a row's values: numbered ('1. Pidana 2. Perdata 3. Tipikor'), or words after a colon
# (': Kasasi PK'); each label a word or two
NUMBERED_LABEL_RE = re.compile(r"(?:^|\s)(\d{1,2})[.)]\s+([A-Za-z][\w/-]*(?:\s+[A-Za-z][\w/-]*)?)(?=\s|$)")
ROLE_WORD_RE = re.compile(r"(?i)\b(target|realisasi|capaian)\b")
MAJORITY = 0.5  # share of sub-rows whose capaian must be realisasi / target x 100


def unfold_column_major(row: str, header: str) -> list[str]:
    """A row whose sub-rows a web export printed column by column, as one text per sub-row; else the row.

    A table with sub-rows ('a. Persentase ... 1. Pidana 2. Perdata 3. Tipikor')
    flattened in column order prints the labels, then every target, then every
    realisasi, then every capaian. When the header names k value columns
    (Target, Realisasi, Capaian) and the row closes on exactly k x n values
    after n labels, the i-th label takes the i-th value of each run of n. The
    order is proved by arithmetic: in most sub-rows the capaian must be
    realisasi / target x 100 (read row by row instead, fewer are). A row that
    does not fit so is left as printed rather than guessed.
    """
    roles = [word.lower() for word in ROLE_WORD_RE.findall(header)]
    if sorted(roles) != ["capaian", "realisasi", "target"]:
        return [row]
    words = row.split()
    k = len(roles)
    m = trailing_values(row)
    if m < 2 * k or m % k:
        return [row]
    n = m // k
    name, labels = sub_row_labels(" ".join(words[:-m]), n)
    if not labels:
        return [row]
    values = words[-m:]
    by_column = [[values[j * n + i] for j in range(k)] for i in range(n)]
    by_row = [values[i * k:(i + 1) * k] for i in range(n)]
    proved = sum(proves(cells, roles) for cells in by_column)
    if by_column != by_row and (proved <= MAJORITY * n or proved <= sum(proves(cells, roles) for cells in by_row)):
        return [row]  # (the same values either way, as when all are 100%, need no proof)
    return [f"{name} {label} {' '.join(cells)}" for label, cells in zip(labels, by_column)]


def sub_row_labels(head: str, n: int) -> tuple[str, list[str]]:
    """A row's name and its n sub-row labels at the end of its text: numbered 1 to n, or n words after a
    colon; else the text and no labels."""
    numbered = [m for m in NUMBERED_LABEL_RE.finditer(head)]
    if len(numbered) >= n and [int(m.group(1)) for m in numbered[-n:]] == list(range(1, n + 1)) \
            and numbered[-1].end() == len(head.rstrip()):
        last = numbered[-n:]
        if all(a.end() == b.start() for a, b in zip(last, last[1:])):
            return head[:last[0].start()].strip(), [m.group(2) for m in last]
    name, colon, after = head.rpartition(":")
    if colon and len(after.split()) == n:
        return name.strip(), after.split()
    return head, []


def proves(cells: list[str], roles: list[str]) -> bool:
    """Whether a sub-row's target, realisasi and capaian (in the header's order) give capaian = realisasi /
    target x 100."""
    by_role = dict(zip(roles, (parse_percent(cell) for cell in cells)))
    return states_capaian(by_role["target"], by_role["realisasi"], by_role["capaian"], PERCENT_TOLERANCE)
