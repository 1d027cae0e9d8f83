"""An output's result printed per work unit: the row of the one work unit under an output's line.

Some offices report their outputs (Rincian Output) as a table of work units
(Satker, Satuan Kerja, Unit Kerja): the output's line carries its name and
its Satuan ('Layanan Sarana Internal Unit'), and under it each work unit's
numbered row gives the year's target, the Satuan again, the realisation and
the capaian ('1' / 'KANTOR WILAYAH SUKAMAJU' / '6 Unit 5 83,33 %'). A text
export prints every header piece on a line of its own, so no table header is
read, and the work unit's name is no indicator: the output is what is
measured. Such a row is read when its own evidence ties it together: a work
unit's header word above, the same Satuan word closing the output's line and
standing after the target, the work unit's name in capitals between them, and
a capaian that is the realisation over the target. Only an output with one
work unit's row is read (with several, the report's own is not told).
"""
from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import replace

from extract.doc_text import DocText
from extract.model import Line
from extract.proven_rows import capaian_fits
from extract.records import MeasureRow, Source
from normalize.numbers import parse_measure

# the header's word for the work-unit column ('PER SATKER', 'Satuan Kerja', 'Unit Kerja')
WORK_UNIT_WORD_RE = re.compile(r"(?i)\b(?:satker|satuan\s+kerja|unit\s+kerja)\b")
# a work unit's values closing its line: target, its Satuan word, realisation, capaian with its '%'
UNIT_VALUES_RE = re.compile(r"(?:^|\s)(\d[\d.,]*)\s+([A-Za-z]{2,15})\s+(\d[\d.,]*)\s+(\d[\d.,]*\s?%)\s*$")
ROW_NUMBER_RE = re.compile(r"\s*\d{1,2}\.?\s*")  # a work unit's number alone on its line
ROW_NUMBER_OPENS_RE = re.compile(r"\s*\d{1,2}\.?\s+[A-Z]")  # ... or opening its name, in front of the values
UNIT_NAME_LINES = 4  # lines between an output's line and its work unit's values (number, the unit's name)
HEADER_REACH = 12  # lines from the header's work-unit word to the output's line
MIN_NAME_WORDS = 2  # an output's name before its Satuan word
LOOK_BELOW = 3  # non-blank lines under the values looked at for a second work unit's row


def find_work_unit_outputs(lines: Sequence[Line], taken: Container[int], ocr: bool = False,
                           doc: DocText | None = None) -> list[MeasureRow]:
    """Result rows of outputs printed with one work unit's row under each; lines in `taken` are left alone."""
    doc = doc or DocText(list(lines))
    if "satker" not in doc.lower and "satuan kerja" not in doc.lower and "unit kerja" not in doc.lower:
        return []  # (cheap: most reports print no work-unit table)
    rows: list[MeasureRow] = []
    for i, line in enumerate(lines):
        if not line.text.rstrip().endswith("%") or line.number in taken:
            continue  # (cheap: the values close on the capaian's '%', `UNIT_VALUES_RE`)
        found = UNIT_VALUES_RE.search(line.text)
        if found is None or not in_capitals(line.text[:found.start()]):
            continue
        row = work_unit_row(lines, i, found, ocr)
        if row is not None:
            rows.append(row)
    return rows


def work_unit_row(lines: Sequence[Line], i: int, found: re.Match[str], ocr: bool) -> MeasureRow | None:
    """The output's row that the work unit's values on line i give, or None when the evidence falls short."""
    target_raw, unit_word, result_raw, capaian_raw = found.groups()
    numbered = ROW_NUMBER_OPENS_RE.match(lines[i].text) is not None  # '1 KANTOR WILAYAH X 6 Unit 5 83,33 %'
    output = output_line_above(lines, i, unit_word, numbered)
    if output is None or not work_unit_header_above(lines, output) or second_unit_below(lines, i):
        return None
    target = parse_measure(f"{target_raw} {unit_word}")
    result = parse_measure(result_raw)
    capaian = parse_measure(capaian_raw, "%")
    if target is None or result is None or not capaian_fits([target, result, capaian], capaian_raw):
        return None
    result = replace(result, unit=target.unit)  # printed bare under the target's Satuan: counted in it
    name = lines[output].text.strip()[:-len(unit_word)].strip()
    line = lines[i]
    return MeasureRow(indicator_raw=name, target=target, realisation=result, achievement=capaian,
                      source=Source(line=line.number, page=line.page, raw=found.group(0).strip(), ocr=ocr),
                      has_realisation_column=True, has_achievement_column=True,
                      notes=[f"an output's one work unit's row: the output named on line {lines[output].number}, "
                             f"its Satuan '{unit_word}' printed there and after the target"])


def output_line_above(lines: Sequence[Line], i: int, unit_word: str, numbered: bool = False) -> int | None:
    """The index of the output's line above a work unit's values: it ends on their Satuan word after a name of
    words, and only the unit's number alone and its name in capitals stand between (one number at least, on a
    line of its own or opening the value line: `numbered`)."""
    for k in range(i - 1, max(-1, i - 1 - UNIT_NAME_LINES), -1):
        text = lines[k].text.strip()
        if ROW_NUMBER_RE.fullmatch(text):
            numbered = True
            continue
        if numbered and text.lower().endswith(" " + unit_word.lower()) and not in_capitals(text) \
                and len(text.split()) > MIN_NAME_WORDS:
            return k
        if not text or not in_capitals(text):
            return None
    return None


def work_unit_header_above(lines: Sequence[Line], output: int) -> bool:
    """Whether a header's work-unit word ('PER SATKER') stands within `HEADER_REACH` lines above the output."""
    return any(WORK_UNIT_WORD_RE.search(lines[k].text) for k in range(max(0, output - HEADER_REACH), output))


def second_unit_below(lines: Sequence[Line], i: int) -> bool:
    """Whether another work unit's row follows: a number alone, or values of the same shape, just below."""
    seen = 0
    for line in lines[i + 1:]:
        text = line.text.strip()
        if not text:
            continue
        if ROW_NUMBER_RE.fullmatch(text) or UNIT_VALUES_RE.search(text):
            return True
        seen += 1
        if seen >= LOOK_BELOW:
            break
    return False


def in_capitals(text: str) -> bool:
    """Whether a text's letters are all capitals (a work unit's name as such tables print it); empty text is."""
    return text == text.upper()
