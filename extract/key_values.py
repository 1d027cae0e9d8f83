"""Measurements printed as key-value blocks, one 'Key : value' line each.

Some reports state each indicator's result as a small block instead of a
table row:

    Indikator Kinerja 1 : Persentase capaian target Pendapatan Asli Daerah (PAD)
    Target                : 100%
    Realisasi             : 101,37%
    Capaian               : 101,37%

A block opens on its 'Indikator' line (the name may wrap onto the next line)
and takes the Target, Realisasi and Capaian lines right under it. It counts
only with both a target and a realisation, each one value; a realisation
may be stated in the words the tables know ('Terlaksana', 'Belum tersedia').
"""
from __future__ import annotations

import re

from extract.doc_text import DocText
from extract.lines import NOT_AVAILABLE, NOT_MEASURED_CHARS, NOT_MEASURED_RE, WORDED_CELL_RE
from extract.model import Line
from extract.records import MeasureRow, Source
from normalize.numbers import parse_measure
from normalize.values import Reading

# Between a key and its value: a colon, or the gap between the two cells of a transposed one-row table (a tab,
# or two spaces or more): 'Target<TAB>85%' under 'Indikator Kinerja<TAB>Persentase ...', each indicator in a small
# table of its own whose rows are the keys. (A one-space gap stays prose: 'Target tahun ini ...'.)
KEY_GAP = r"(?:\s*:\s*|\t\s*|\s{2,})"
INDICATOR_KEY_RE = re.compile(
    r"^\W*(?:indikator(?:\s+kinerja)?(?:\s+utama)?|IKU)(?:\s+(?:\d{1,2}|[a-z]))?[.)]?" + KEY_GAP +
    r"(?P<value>\S.*?)\s*$", re.I)
# 'Target : 100%', 'Target 2022 : 100%', 'Target Tahun 2022 : 100 %', 'Realisasi (%) : 95', and the
# misspelling 'Teralisasi'
VALUE_KEY_RE = re.compile(
    r"^\W*(?P<key>target|(?:te)?r{1,2}e?ali[sz]asi|capaian(?:\s+kinerja)?)(?:\s+(?:tahun\s+)?\d{4})?"
    r"(?:\s*\((?P<sign>%)\))?" + KEY_GAP + r"(?P<value>.*?)\s*$", re.I)
ROLES = {"target": "target", "realisasi": "realisation", "capaian": "achievement"}


def role_of(key: str) -> str:
    """The value's role by its key word ('Terealisasi' and 'Teralisasi' are realisations)."""
    word = key.split()[0].lower()
    return ROLES.get(word, "realisation")
MAX_BLOCK_LINES = 6  # the name's wrapped line, target, realisasi, capaian, and a blank line or two


def find_key_value_measures(lines: list[Line], doc: DocText | None = None) -> list[MeasureRow]:
    """One realisation record per 'Indikator : ...' block with 'Target :' and 'Realisasi :' lines."""
    doc = doc or DocText(lines)
    rows: list[MeasureRow] = []
    for i in sorted({*doc.lines_with("indikator"), *doc.lines_with_case("IKU")}):
        opening = INDICATOR_KEY_RE.match(lines[i].text)
        if opening is None:
            continue
        row = read_block(lines, i, opening.group("value"))
        if row is not None:
            rows.append(row)
    return rows


def read_block(lines: list[Line], first: int, name: str) -> MeasureRow | None:
    """The block opening at lines[first]: its name, values and the lines they stand on."""
    values: dict[str, tuple[str, Line]] = {}
    block = [lines[first]]
    percent_key = False
    for line in lines[first + 1:first + 1 + MAX_BLOCK_LINES]:
        text = line.text
        if not text.strip():
            continue
        if INDICATOR_KEY_RE.match(text):
            break  # the next block
        key = VALUE_KEY_RE.match(text)
        if key is None:
            if values or ":" in text or len(block) > 1:
                break  # running text after the block
            name = f"{name} {text.strip()}"  # the name wrapped onto a line of its own
            block.append(line)
            continue
        role = role_of(key.group("key"))
        if role in values:
            break
        values[role] = (key.group("value"), line)
        percent_key = percent_key or bool(key.group("sign"))  # 'Realisasi (%) : 95': the key carries the unit
        block.append(line)
    if "target" not in values or "realisation" not in values:
        return None
    raws = {role: raw for role, (raw, _) in values.items()}
    expect = "%" if percent_key or "%" in raws["target"] + raws["realisation"] else None
    target = parse_measure(raws["target"], expect)
    realisation = parse_measure(raws["realisation"], expect)
    if not stated(target):
        return None
    if not stated(realisation):
        if not said_in_words(raws["realisation"]):
            return None
        realisation = Reading(raw=raws["realisation"].strip())  # 'Realisasi : Terlaksana': a result without a number
    achievement = parse_measure(raws["achievement"], "%") if "achievement" in raws else None
    line = values["target"][1]
    return MeasureRow(
        indicator_raw=" ".join(name.split()),
        source=Source(line=line.number, page=line.page, raw=" | ".join(l.text.strip() for l in block),
                      table="key-value block"),
        target=target, realisation=realisation,
        achievement=achievement if stated(achievement) else None,  # 'tidak tercapai' is no value
        has_realisation_column=True, has_achievement_column="achievement" in raws)


def said_in_words(raw: str) -> bool:
    """A realisasi stated in words the tables know: done ('Terlaksana', 'Sudah'), or not yet ('Belum tersedia', 'n/a')."""
    text = raw.strip()
    return bool(text) and not any(c.isdigit() for c in text) and (
        text.lower() in NOT_AVAILABLE or WORDED_CELL_RE.fullmatch(text) is not None
        or NOT_MEASURED_RE.fullmatch(text) is not None and len(text) <= NOT_MEASURED_CHARS)


def stated(reading: Reading | None) -> bool:
    """A value or a grade/opinion was read (not words, not an empty cell)."""
    return reading is not None and (reading.value is not None or reading.text is not None)
