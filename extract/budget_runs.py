"""Budget tables run onto one line: website transcripts of a report (docplayer, vdokumen) lose the line breaks.

'... Tabel 3.2 No Program Pagu Realisasi % 1 Program Dukungan Manajemen
4.125.880.000 4.010.221.340 97,20 2 Program ... 3.000.000.000 2.900.000.000
96,67 Jumlah 7.125.880.000 6.910.221.340 96,97 Dari tabel ...' holds a whole
table on one line, too long for a header and with no cells. Its rows are read
where the line names the columns (pagu, then realisasi, then a %) and each row's
own % proves its pagu and realisasi (realisasi / pagu x 100 = %): two amounts
that do not prove a printed rate are prose, not a row. A sentence with one such
triple is the budget sentences' ('pagu Rp X, terealisasi Rp Y atau Z%'), so a
line needs two rows, or one row and its Jumlah.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from extract.budget_scale import Scale, scale_of, scaled
from extract.doc_text import DocText
from extract.lines import find_code, has_digit, strip_row_number
from extract.long_lines import CONTINUATION_GAP, GAP_LINE_CHARS, ends_continuation
from extract.model import Line
from extract.records import BudgetRow, Source
from extract.sentences import WINDOW_CHARS, ends_sentence, narrow_starts
from normalize.numbers import Token, fold_text, lex_values, parse_percent
from normalize.values import Reading

CAPTION_REACH = 150  # characters before the run-in header where its caption may state the unit
MIN_LINE = 160  # a shorter line is a table row or a sentence of its own, read elsewhere
MIN_CAPTIONED = 30  # a caption line closed by a run-in header: 'Tabel 3.2 ... No Program Pagu Realisasi %'
MAX_ROWS_UNDER = 40  # lines read under such a header
MAX_WRAPPED = 120  # a wrapped name's line is shorter
ROW_NUMBER_RE = re.compile(r"^\s*\d{1,2}[.)]?\s+\D")  # '1 Program ...' of a name wrapped before its values
# 'Realisasi' as a scan may print it, its l and i read for each other or for a 1 ('Reallsasi', 'Realisasl')
REALISED_OCR = r"rea[l1i][i1l]sas[i1l]"
# the column words of a budget header run into the text: 'Pagu Realisasi %', 'Anggaran Realisasi Persentase'
HEADER_RUN_RE = re.compile(r"\b(?:pagu|anggaran|alokasi)\b(?:\s*\(rp\.?\))?[^\d]{0,60}?\b" + REALISED_OCR
                           + r"\b[^\d]{0,40}?(?:%|persen(?:tase)?|capaian|serapan|penyerapan)\)?", re.I)
AMOUNT_MIN = 1_000_000
MAX_NAME_WORDS = 20
MAX_RATE = 200.0  # a rate above this is no row's %
NAME_END_RE = re.compile(r"[\s:;|,-]*(?:rp\.?)?[\s:;|,-]*$", re.I)
SENTENCE_BREAK_RE = re.compile(r"[.:;]\s+(?=[A-Z])")  # prose before the first row: the name starts after it


def is_rate(token: Token) -> bool:
    value = token.reading.value
    return value is not None and 0 <= value <= MAX_RATE and (
        token.kind == "percent" or (token.kind == "number" and re.fullmatch(r"\d{1,3}[.,]\d{1,2}", token.raw) is not None))


def proves(allocation: Token, realisation: Token, rate: Token) -> bool:
    """realisasi / pagu x 100 = % to the printed rounding."""
    a, r, p = allocation.reading.value, realisation.reading.value, rate.reading.value
    return bool(a and r is not None and p is not None and abs(r / a * 100 - p) <= 0.06)


def is_amount(token: Token, scaled: bool) -> bool:
    """A Rupiah amount; in a table printed in thousands or millions, any grouped number ('850.000', '3.450,50')."""
    if scaled:
        return token.kind in ("amount", "number") and bool(token.reading.value) and not is_rate(token)
    return token.kind == "amount" and (token.reading.value or 0) >= AMOUNT_MIN


def proven_rows(tokens: list[Token], scaled: bool = False) -> list[tuple[Token, Token, Token | None, Token]]:
    """(pagu, realisasi, sisa or None, %) runs of the line's values, each proven by its %."""
    found = []
    i = 0
    while i + 2 < len(tokens):
        a, r = tokens[i], tokens[i + 1]
        if is_amount(a, scaled) and (unspent := unspent_run(tokens[i:i + 4], scaled)) is not None:
            found.append(unspent)
            i += 3 if unspent[2] is None else 4
            continue
        if is_amount(a, scaled) and is_amount(r, scaled):
            rest = tokens[i + 2:i + 4]
            if rest and is_rate(rest[0]) and proves(a, r, rest[0]):
                found.append((a, r, None, rest[0]))
                i += 3
                continue
            if len(rest) == 2 and rest[0].kind in ("amount", "number") and not is_rate(rest[0]) \
                    and is_rate(rest[1]) and proves(a, r, rest[1]):
                found.append((a, r, rest[0], rest[1]))  # pagu, realisasi, sisa, %
                i += 4
                continue
        i += 1
    return found


def is_zero(token: Token) -> bool:
    """A value printed as nought ('0', '0,00', '0%')."""
    return token.kind in ("number", "percent", "amount") and token.reading.value == 0


def unspent_run(tokens: list[Token], scaled: bool) -> tuple[Token, Token, Token | None, Token] | None:
    """A row of a program nothing of which was spent: pagu, a realisasi of 0, a % of 0 and a Sisa that is the
    whole pagu, in either order ('60.000.000,00 0,00 0,00 60.000.000,00'). A nought is no Rupiah amount, so only
    the sisa equal to the pagu proves such a row (noughts alone may be any column's)."""
    if len(tokens) < 4 or not is_zero(tokens[1]):
        return None
    a, r, third, fourth = tokens[:4]
    whole = a.reading.value
    if is_zero(third) and is_rate(third) and is_amount(fourth, scaled) and fourth.reading.value == whole:
        return (a, r, None, third)  # (its sisa, after the %, is read as a trailing Sisa)
    if is_amount(third, scaled) and third.reading.value == whole and is_zero(fourth) and is_rate(fourth):
        return (a, r, third, fourth)
    return None


# the label of a list item's sisa, between its realisasi and its sisa ('..., realisasi Rp R, sisa Rp S')
SISA_LABEL_RE = re.compile(r"^(?:,-)?[\s,;:|]*(?:dan\s+)?sisa(?:nya)?(?:\s+anggaran)?\s*(?:sebesar)?\s*:?\s*(?:rp\.?)?\s*$",
                           re.I)


def remainder_proven_row(tokens: list[Token], text: str = "") -> tuple[Token, Token, Token, None] | None:
    """The one (pagu, realisasi, sisa) run of a line whose sisa proves it (pagu - realisasi = sisa, to the Rupiah),
    with no rate printed: a list item stating its three amounts in words ('X, pagu Rp A, realisasi Rp R, sisa Rp S').

    An item whose words name the sisa as such ('..., sisa Rp S') is kept when the subtraction fails, its sisa
    flagged: the words say which amount is which, and a slip in the authors' (or the OCR's) arithmetic is for a
    reviewer to see, not a reason to lose the row. (The caller checks the pagu's and realisasi's labels.)"""
    amounts = [t for t in tokens if is_amount(t, False)]
    if len(amounts) != 3 or len(tokens) != 3:
        return None
    a, r, s = (t.reading.value for t in amounts)
    if abs(a - r - s) <= 1:
        return (amounts[0], amounts[1], amounts[2], None)
    if not SISA_LABEL_RE.match(text[amounts[1].end:amounts[2].start]):
        return None
    note = (f"the printed sisa {amounts[2].raw} is not pagu {amounts[0].raw} - realisasi {amounts[1].raw} "
            f"(= {a - r:,.0f}): one of the three is misprinted; kept as printed")
    sisa = replace(amounts[2], reading=amounts[2].reading.flagged(note))
    return (amounts[0], amounts[1], sisa, None)


def proven(run: tuple[Token, Token, Token | None, Token | None]) -> bool:
    """Whether a run's arithmetic holds (a flagged sisa is one that did not subtract)."""
    return run[2] is None or run[2].reading.trusted


def row_name(text: str) -> str:
    """A row's name from the text before its pagu: without its row number, a trailing 'Rp', prose before it."""
    text = NAME_END_RE.sub("", text).strip()
    parts = SENTENCE_BREAK_RE.split(text)
    text = parts[-1] if parts else text
    return strip_row_number(text).strip(" .,:;-")


def find_run_together_budgets(lines: list[Line], doc: DocText, ocr: bool = False) -> list[BudgetRow]:
    """The rows of budget tables that a transcript ran onto one line (see the module's docstring), and of
    tables whose run-in header closes a caption line ('23 Tabel 3.2 Realisasi Anggaran No Program Pagu
    Realisasi %'), one row a line under it."""
    rows: list[BudgetRow] = []
    # (each header names a pagu column: its lines are those holding that word, whichever way 'Realisasi' reads)
    for i in doc.lines_with(*BUDGET_COLUMN_WORDS):
        line = lines[i]
        text = fold_text(line.text)  # (the values' offsets are in the folded text)
        header = HEADER_RUN_RE.search(text) if len(text) >= MIN_CAPTIONED and names_budget_column(text) else None
        if header is None:
            continue
        # a caption stating the unit just before the run-in header ('Tabel 3.2 ... (dalam ribuan rupiah) No ...')
        caption = text[max(0, header.start() - CAPTION_REACH):header.end()]
        factor = scale_of(caption)
        scale = Scale(factor, caption.strip()) if factor else None
        if not text[header.end():].strip():
            if header.start() > 0:  # (where the table reader reads the same rows, each line keeps its reading)
                rows += rows_under(lines, i, scale, ocr)
            continue
        if len(text) < MIN_LINE:
            continue
        tokens = [t for t in lex_values(text) if t.start >= header.end()]
        runs = proven_rows(tokens, scale is not None)
        if len(runs) < 2:
            continue
        rows += rows_of_runs(text, header.end(), runs, scale, line, ocr)
        tail = text[run_end(text, runs[-1]):].strip(" %|")
        pending = [tail] if tail and opens_row_name(tail) else []
        if tail and not pending:
            continue  # the table ended inside its line: no row goes on below
        for j, more_text, more_runs, lead in continued_run_lines(lines, i, scale is not None, pending):
            rows += rows_of_runs(more_text, 0, more_runs, scale, lines[j], ocr, lead)
    return rows


def rows_of_runs(text: str, start: int, runs: list, scale: Scale | None, line: Line, ocr: bool,
                 lead: str = "") -> list[BudgetRow]:
    """The budget rows of a line's proven runs, each named by the text between the run before it and its own
    (the first after `lead`, the start of its name a line above ran on to this one); a Sisa printed after a
    run's % and proven by it is that row's sisa."""
    rows: list[BudgetRow] = []
    for slot, run in enumerate(runs):
        before = text[start:run[0].start]
        if slot == 0 and lead:
            before = lead + " " + before
        sisa = trailing_sisa(text, run)
        start = run[3].end
        if sisa is not None:
            run, start = (run[0], run[1], sisa, run[3]), sisa.end
        row = run_row(text, before, run, scale, line, ocr, slot)
        if row is not None:
            rows.append(row)
    return rows


SISA_REACH = 40  # characters after a run's % where a Sisa column's amount stands


def trailing_sisa(text: str, run: tuple[Token, Token, Token | None, Token | None]) -> Token | None:
    """The Sisa of a table that prints it after the % ('Pagu | Realisasi | % | Sisa'): the amount right after a
    run's rate that is its pagu less its realisasi, to the Rupiah. Unproven, such an amount is the next row's
    pagu or prose, and stays theirs."""
    alloc, real, rest, rate = run
    if rest is not None or rate is None:
        return None
    after = text[rate.end:rate.end + SISA_REACH]
    tokens = lex_values(after)
    if not tokens or tokens[0].kind not in ("amount", "number") or after[:tokens[0].start].strip(" |%"):
        return None
    a, r, s = alloc.reading.value, real.reading.value, tokens[0].reading.value
    if a is None or r is None or s is None or abs(a - r - s) > 1:
        return None
    return replace(tokens[0], start=tokens[0].start + rate.end, end=tokens[0].end + rate.end)


def run_end(text: str, run: tuple[Token, Token, Token | None, Token | None]) -> int:
    """Where a proven run ends: after its rate, or after the Sisa printed after its rate (`trailing_sisa`)."""
    sisa = trailing_sisa(text, run)
    return sisa.end if sisa is not None else run[3].end


# the column numbers a table prints under its header ('1 2 3 4 5 6', '(1) (2) (3) (4)'), run into the text before
# its first row or opening a later page's part of the table
COLUMN_NUMBERS_RE = re.compile(r"(?<![\w.,])\(?1\)?\s+\(?2\)?\s+\(?3\)?(?![\w.,%])")
NEXT_COLUMN_RE = re.compile(r"\s+\(?(\d{1,2})\)?(?![\w.,%])")


def after_column_numbers(text: str, opening: bool = False) -> int:
    """The offset after a run of column numbers counting up from 1 in `text` (at its start only, when
    `opening`), or 0: such numbers head the columns, no row's number, name or value."""
    m = COLUMN_NUMBERS_RE.search(text)
    if m is None or opening and text[:m.start()].strip():
        return 0
    end, expected = m.end(), 4
    while (more := NEXT_COLUMN_RE.match(text, end)) is not None and int(more.group(1)) == expected:
        end, expected = more.end(), expected + 1
    return end


MAX_PENDING = 2  # lines a row's name wraps over before its values open a line


def opens_row_name(text: str) -> bool:
    """Whether a line's text (or the end of one after its last row) is the start of the next row's name, its
    values on a line below: a row number and words, no value, no full stop of prose."""
    text = text.strip()
    return bool(ROW_NUMBER_RE.match(text)) and is_name_part(text)


def is_name_part(text: str) -> bool:
    """A short piece of a wrapped row name: no value but a leading row number, no sentence's full stop."""
    text = text.strip()
    if not text or len(text) >= MAX_WRAPPED or text.endswith("."):
        return False
    tokens = lex_values(text)
    return not tokens or len(tokens) == 1 and tokens[0].start == 0 and ROW_NUMBER_RE.match(text) is not None


# words that join a sentence's amounts ('pagu Rp A terealisasi Rp R atau P%'), never a table row's name
CARRIED_PROSE_RE = re.compile(r"\b(?:sebesar|senilai|terealisasi|atau|mencapai|adalah|sedangkan|sehingga|pagu)\b",
                              re.I)
CONTINUED_ROW_RE = re.compile(r"\s*(?:\d{1,2}[.)]?\s+[A-Z]|(?i:jumlah|total)\b)")  # a row's number, or the total


def continued_run_lines(lines: list[Line], i: int, scaled: bool,
                        pending: list[str] | None = None) -> list[tuple[int, str, list, str]]:
    """The lines after line `i` that go on with its run-together budget table: (index, folded text, proven runs,
    the start of the first row's name carried from the lines above).

    A web export breaks such a table where the report's paragraph or page
    broke, so its rows go on after a blank line, or after the page's marker,
    banner and running header, on a line without the header ('4 Program ...
    38.750.000 36.900.000 95,23 5 Program ... JUMLAH 4.136.950.000 ...'). Such
    a line opens with a row's number or the total (after the column numbers
    '1 2 3 4 5 6' a new page repeats under the header), and each of its rows is
    proven by its own % as under the header; prose or a line of other values
    ends the table. A web export that wraps its text every so many hundred
    characters carries rows on to a line opening mid-row or on a code
    ('076.01.CQ ... 612.300.000 563.622.300 92,05 ...'): such a line goes on
    with the table when two rows or more on it are proven so (one proven
    triple is as likely a sentence's), and a line holding a header of its own
    ends it. A row whose name the export broke off from its values ('5. Program
    Peningkatan ...' ending a line, or alone on its lines, wrapped) goes on
    where the next line opens with its proven values (`pending`: its name's
    start, `MAX_PENDING` lines at most).
    """
    found: list[tuple[int, str, list, str]] = []
    pending = list(pending or [])
    gap, j = 0, i + 1
    while j < len(lines) and gap <= CONTINUATION_GAP:
        text = fold_text(lines[j].text)
        stripped = text.strip()
        if stripped and names_budget_column(text) and HEADER_RUN_RE.search(text):
            break  # the next table's header
        if not stripped:
            j, gap = j + 1, gap + 1
            continue
        if pending:
            runs = proven_rows(lex_values(text), scaled)
            if runs and not text[:runs[0][0].start].strip():  # the pending row's values open the line
                found.append((j, text, runs, " ".join(pending)))
                pending, j, gap, ends = [], j + 1, 0, True
            elif len(pending) < MAX_PENDING and is_name_part(stripped):
                pending.append(stripped)  # its name wraps on
                j, gap = j + 1, 0
                continue
            else:
                break
        else:
            body = text[after_column_numbers(text, opening=True):]
            if CONTINUED_ROW_RE.match(body) is None:
                wrapped = proven_rows(lex_values(text), scaled) \
                    if len(stripped) >= GAP_LINE_CHARS and not CARRIED_PROSE_RE.search(text) else []
                if len(wrapped) >= 2:
                    found.append((j, text, wrapped, ""))  # the rows a wrap carried on, however the line opens
                    runs, ends = wrapped, True
                elif ends_continuation(stripped):
                    break  # prose: the table ended
                else:
                    j, gap = j + 1, gap + 1
                    continue
            else:
                runs = proven_rows(lex_values(text), scaled)
                if not runs and opens_row_name(body):
                    pending, j, gap = [body.strip()], j + 1, 0  # a row's name, its values below
                    continue
                if not runs:
                    break
                rest = text[run_end(text, runs[-1]):].strip(" %|")
                if rest and len(runs) < 2 and not opens_row_name(rest):
                    break
                found.append((j, text, runs, ""))
                ends = False  # (a numbered line's rows: what follows its last row is read on the next lines)
            j, gap = j + 1, 0
        tail = text[run_end(text, runs[-1]):].strip(" %|")
        if tail and opens_row_name(tail):
            pending = [tail]  # the next row's name, its values on the line below
        elif tail and ends:
            break  # the table ended inside the line
    return found


# One of these opens every HEADER_RUN_RE match. None holds an i, s or k that re.I matches to a letter lower() leaves
# as it is ('ı', 'ſ'); 'aloka' printed with a Kelvin sign lowers to 'aloka'.
BUDGET_COLUMN_WORDS = ("pagu", "anggaran", "aloka")


def names_budget_column(text: str) -> bool:
    """Whether a line holds a word HEADER_RUN_RE opens with: a cheap test before that scan, which its leading \\b
    and re.I make try every character."""
    lower = text.lower()
    return any(word in lower for word in BUDGET_COLUMN_WORDS)


def rows_under(lines: list[Line], i: int, scale: Scale | None, ocr: bool) -> list[BudgetRow]:
    """The rows under a header run in at the end of a caption line: each line ends on the pagu, realisasi
    (sisa) and % its % proves; a text line above one is the start of its wrapped name."""
    found: list[BudgetRow] = []
    pending: list[str] = []
    for line in lines[i + 1:i + 1 + MAX_ROWS_UNDER]:
        text = fold_text(line.text)
        if not text.strip():
            continue
        tokens = lex_values(text)
        runs = proven_rows(tokens, scale is not None)
        if len(runs) == 1 and not text[runs[0][3].end:].strip(" %|"):
            row = run_row(text, " ".join(pending + [text[:runs[0][0].start]]), runs[0], scale, line, ocr, 0)
            pending = []
            if row is None:
                break
            found.append(row)
        elif (not tokens or len(tokens) == 1 and ROW_NUMBER_RE.match(text)) and len(pending) < 2 and len(text) < MAX_WRAPPED and not text.rstrip().endswith("."):
            pending.append(text.strip())
        else:
            break
    return found if len(found) >= 2 else []


def run_row(text: str, before: str, run: tuple[Token, Token, Token | None, Token | None], scale: Scale | None,
            line: Line, ocr: bool, slot: int) -> BudgetRow | None:
    """A budget row from a proven run and the text before it (its name); a run its sisa proves has no rate."""
    alloc, real, rest, rate = run
    if " 2" in before or "(2)" in before:  # (cheap precheck: the column numbers '1 2 3 ...' hold one of these)
        before = before[after_column_numbers(before):]
    name = row_name(before)
    # a result's values before the budget's ('Jumlah kunjungan perpustakaan 12.000 11.400 95,00 215.000.000 ...'):
    # a table giving each indicator's result and budget; the name ends at them, and names an indicator, no total
    values = [t for t in lex_values(name) if t.start > 0 and len(name[:t.start].split()) >= 2]
    measured = values[0] if len(values) >= 2 else None  # (a target and its realisation at least: one is a number)
    if measured is not None:
        name = name[:measured.start].strip(" .,:;-")
    if not name or len(name.split()) > MAX_NAME_WORDS:
        return None
    if not any(ch.isalpha() for ch in name):
        name = ""  # numbers alone before the pagu (a Volume column's target and realisasi): the row's name was lost
    percent = None if rate is None else parse_percent(rate.raw) if rate.kind != "percent" else rate.reading
    raw = " | ".join(t.raw for t in (alloc, real, rest, rate) if t is not None)
    code, name = find_code(name)  # '076.01.WA Program ...', '(6709)'
    amounts = (alloc.reading, real.reading, signed(rest, text) if rest is not None else None)
    if scale is not None:
        amounts = tuple(scaled(r, scale) for r in amounts)
    return BudgetRow(source=Source(line=line.number, page=line.page, raw=raw, table="", ocr=ocr),
                     name=name or None, code=code, allocation=amounts[0], realisation=amounts[1],
                     remainder=amounts[2], percent=as_rate(percent, rate) if rate is not None else None, slot=slot,
                     level="other" if measured is not None else None)


def signed(token: Token, text: str) -> Reading:
    """A Sisa with the sign printed before it: '(100.000.000)' or '-100.000.000' over-spent."""
    before = text[:token.start].rstrip(" ")
    if before.endswith(("(", "-", "−")) and token.reading.value:
        return replace(token.reading, raw=text[len(before) - 1:token.end + (1 if text[token.end:token.end + 1] == ")" else 0)],
                       value=-token.reading.value)
    return token.reading


def as_rate(percent: Reading | None, token: Token) -> Reading:
    """The printed rate as a percent reading ('97,20' without its sign is 97.20 %)."""
    if percent is not None and percent.value is not None:
        return percent if percent.unit == "%" else Reading(percent.raw, value=percent.value, unit="%")
    return Reading(token.raw, value=token.reading.value, unit="%")



# two Rupiah amounts side by side in a line, the pagu and realisasi of a row: the end of the first and the second
# whole, found from their separator (a pattern opening with a literal is searched for that character, in C;
# one opening with a digit is tried at every digit), dotted and comma-grouped apart
AMOUNT_PAIR_RES = tuple(re.compile(sep + r"\d{3}[ \t|]+(?:R[pP][.,]?[ \t]*)?\d{1,3}[.,]\d{3}[.,]\d{3}")
                        for sep in (r"\.", ",")) + (
    # a list item naming its amounts: '1. Program X : Pagu Rp A, realisasi Rp R (P%)'
    re.compile(r"\.\d{3}(?:,-)?[,;]?[ \t]+(?:dan[ \t]+)?(?:te)?reali[sz]?asi", re.I),)
# the label of a list item's pagu closing the text before it ('Program X : Pagu Rp', '..., dengan anggaran')
PAGU_LABEL_RE = re.compile(r"[\s:,;-]*(?:dengan\s+)?(?:pagu|anggaran|alokasi)(?:\s+anggaran)?\s*(?:sebesar)?\s*:?\s*"
                           r"(?:rp\.?)?\s*$", re.I)
# ... and of its realisasi, between the two amounts ('Rp A, realisasi Rp R')
REALISED_LABEL_RE = re.compile(r"^(?:,-)?[\s,;:|]*(?:(?:dan\s+)?(?:te)?reali[sz]?asi(?:nya)?(?:\s+anggaran)?\s*"
                               r"(?:sebesar)?\s*:?)?\s*(?:rp\.?)?\s*$", re.I)
PROSE_WORDS_RE = re.compile(r"\b(?:sebesar|senilai|dengan|yaitu|adalah|terealisasi|sedangkan|sehingga|dari)\b", re.I)
MAX_ROW_GAP = 2  # lines between two rows of one block (a blank line, a wrapped name)


# Amounts closing the text before a row's proven pagu: an earlier pagu column's ('Anggaran Murni', 'Pagu Awal')
AMOUNTS_AT_END_RE = re.compile(r"(?:\s+(?:Rp\.?\s*)?\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?:,-)?)+\s*$")


# What may follow a list item's last amount: nothing but its % sign, or the close of the item's own quoted
# statement ('..., sisa Rp S," said ...'): prose running on after its amounts is a sentence's, read elsewhere
ITEM_CLOSE_RE = re.compile(r"[ %|\t).;]*$|\s*(?:%|persen)?\s*[,.;]?\s*[\"”’]", re.I)
OPENING_QUOTES = "\"“‘'"


def last_value(run: tuple[Token, Token, Token | None, Token | None]) -> Token:
    """A run's last value: its rate, or the sisa that proves a run without one."""
    return next(t for t in reversed(run) if t is not None)


def closes_item(rest: str) -> bool:
    """Whether the text after a list item's amounts ends the item (see ITEM_CLOSE_RE)."""
    return ITEM_CLOSE_RE.match(rest) is not None


# What every Rupiah amount of a million or more holds (`is_amount`): its 'Rp', or two separators around a group of
# three digits or look-alikes ('4.125.880.000', '1.000.000,0000', '2 .500 .000'). No match runs across the start of
# a value (the character before one is a space at most, and none opens with a separator), so n such amounts hold
# n matches apart. (`[Rr][Pp]|[.,:][\dTOolISsBZG]{3} ?[.,:]`, written to open with the class of its first characters:
# the engine skips to the next such character in C, where an alternation is tried at every character.)
MILLION_MARK_RE = re.compile(r"[Rr.,:](?:(?<=[Rr])[Pp]|(?<=[.,:])[\dTOolISsBZG]{3} ?[.,:])")


def item_row(text: str, line: Line, ocr: bool) -> tuple[BudgetRow, bool] | None:
    """A list item's row from one line of text, ending on its pagu, realisasi (sisa) and the % that proves them,
    and whether its arithmetic holds; None for a sentence or anything else."""
    if len(MILLION_MARK_RE.findall(text)) < 2:
        return None  # (exact: the pagu and realisasi are two such amounts; `text` is folded, as lexed)
    tokens = lex_values(text)
    runs = proven_rows(tokens) or [run for run in [remainder_proven_row(tokens, text)] if run is not None]
    if len(runs) != 1 or not closes_item(text[last_value(runs[0]).end:]):
        return None
    alloc, real = runs[0][0], runs[0][1]
    if REALISED_LABEL_RE.match(text[alloc.end:real.start]) is None:
        return None  # words between the amounts: a sentence's
    before = PAGU_LABEL_RE.sub("", text[:alloc.start])
    if PROSE_WORDS_RE.search(before):
        return None
    before = AMOUNTS_AT_END_RE.sub("", before)  # 'Sebelum Perubahan | Setelah Perubahan': the first pagu is no name
    if "\t" in before.strip():
        before = before.strip().rsplit("\t", 1)[-1]  # the name's own cell (a header run into the row before it)
    row = run_row(text, before.strip().lstrip(OPENING_QUOTES), runs[0], None, line, ocr, 0)
    if row is None:
        return None
    row.source = replace(row.source, table="headerless budget rows")
    return row, proven(runs[0])


def find_headerless_budget_rows(lines: list[Line], doc: DocText, taken: set[int], ocr: bool = False,
                                spanned: set[int] | None = None, rejoined: bool = False) -> list[BudgetRow]:
    """Rows of a budget table whose header was lost (a scan, or a list introduced by a sentence): lines that end
    on a pagu, realisasi (sisa) and the % that proves them, named by the text before, two rows or more together.

    `taken`: line numbers another reader's budget rows stand on. One such line alone is a sentence's or a
    stray row's; a line whose text before the amounts reads as prose ('sebesar', 'dari') is a sentence.
    A narrow column wraps each item over several lines: those are read joined (`narrow_item_rows`), and
    `spanned`, when given, receives the numbers of all their lines (the amounts on them are the rows');
    `rejoined`: the text was printed narrow and its reader joined the wrapped lines back (`join_narrow_lines`,
    which leaves an item's amounts that wrapped to a line's start on lines of their own).
    """
    flat = doc.flat
    starts = doc.flat_starts()
    candidates = sorted({bisect_right(starts, m.start()) - 1 for p in AMOUNT_PAIR_RES for m in p.finditer(flat)})
    blocks: list[list[tuple[BudgetRow, bool]]] = []
    last = -MAX_ROW_GAP - 1
    for i in candidates:
        line = lines[i]
        if line.number in taken:
            continue
        read = item_row(fold_text(line.text), line, ocr)
        if read is None:
            continue
        if i - last > MAX_ROW_GAP or not blocks:
            blocks.append([])
        blocks[-1].append(read)
        last = i
    # two rows or more, one of them proven by its arithmetic (the others' labels name their amounts)
    rows = [row for block in blocks if len(block) >= 2 and any(ok for _, ok in block) for row, _ in block]
    read_lines = taken | {row.source.line for row in rows}
    return rows + narrow_item_rows(lines, read_lines, ocr, spanned, rejoined)


MAX_ITEM_CHARS = 320  # the text of one list item wrapped in a narrow column: a wide page's line or two
MAX_ITEM_LINES = 24  # (an item wrapped at 12 characters)
SENTENCE_INSIDE_RE = re.compile(r"[.!?]\s")  # the text before an item's pagu is its name, no sentence before it


def opens_item(texts: list[str], i: int) -> bool:
    """Whether line i may open a wrapped list item: the first line, or one after a blank line or a sentence's end,
    or one opening a quote. (`texts` are the lines stripped.)"""
    return i == 0 or not texts[i - 1] or ends_sentence(texts[i - 1]) \
        or texts[i][:1] in OPENING_QUOTES


def narrow_item_rows(lines: list[Line], taken: set[int], ocr: bool = False,
                     spanned: set[int] | None = None, rejoined: bool = False) -> list[BudgetRow]:
    """`find_headerless_budget_rows`' list items wrapped over several lines of a narrow column (`is_narrow`, or
    `rejoined` by the reader, which leaves an amount wrapped to a line's start on a line of its own):
    'X, pagu Rp A,' / 'realisasi Rp' / 'R, sisa Rp S,'. A line holds a piece of the item, and no piece is one, so
    the lines from where a sentence opens are read joined, as much as ends on the item's values (at most a wide
    line or two of text). The rows hold as a line's do: two or more, a window of prose apart at most
    (`WINDOW_CHARS`), one of them proven by its arithmetic. Wide text is read a line at a time, as before."""
    texts = [line.text.strip() for line in lines]
    narrow = [True] * len(lines) if rejoined else narrow_starts(texts)
    blocks: list[list[tuple[BudgetRow, bool, list[int]]]] = []
    gap, i = WINDOW_CHARS + 1, 0
    while i < len(lines):
        text = texts[i]
        if not text or not narrow[i] or lines[i].number in taken or not opens_item(texts, i):
            gap += len(text) + 1
            i += 1
            continue
        best, size = None, len(text)  # (the length of lines i to j - 1 joined)
        for j in range(i + 1, min(len(lines), i + MAX_ITEM_LINES)):
            if not texts[j] or lines[j].number in taken or size > MAX_ITEM_CHARS:
                break
            size += 1 + len(texts[j])
            read = item_row(fold_text(" ".join(texts[i:j + 1])), lines[i], ocr) if has_digit(texts[j]) else None
            if read is not None and not SENTENCE_INSIDE_RE.search(read[0].name or ""):
                best = (j, read)  # (the longest reading: an item's rate may follow its sisa's full stop)
        if best is None:
            gap += len(text) + 1
            i += 1
            continue
        if gap > WINDOW_CHARS or not blocks:
            blocks.append([])
        blocks[-1].append((best[1][0], best[1][1], [line.number for line in lines[i:best[0] + 1]]))
        gap, i = 0, best[0] + 1
    kept = [item for block in blocks if len(block) >= 2 and any(ok for _, ok, _ in block) for item in block]
    if spanned is not None:
        spanned.update(number for _, _, numbers in kept for number in numbers)
    return [row for row, _, _ in kept]
