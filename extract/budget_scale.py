"""Budget tables printed in thousands or millions of Rupiah, and a Sisa printed negative.

A table captioned '(dalam ribuan rupiah)', or whose header reads 'Pagu (Rp. 000)'
or 'Realisasi (Rp juta)', prints its amounts scaled down: '4.125.880' stands for
Rp 4.125.880.000. SCHEMA.md asks for whole Rupiah, so each amount of such a
table is multiplied back, and the multiplication is recorded as a repair
(rule `amount_scale`, the printed cell as raw, the caption as evidence) so an
auditor sees where the factor came from. Without such a caption nothing is
scaled. The printed % is a ratio and stays as it is.

A Sisa (remainder) over-spent prints as '(50.000.000)' or '-50.000.000': the
lexer reads the digits only, so the sign is read back from the line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

from extract.lines import LineView, line_of
from normalize.numbers import Token
from normalize.values import Reading, Repair

SCALE_RULE = "amount_scale"
# The words of a scale caption, and the factor each names. Bare 'juta' or 'miliar' count only in a caption's
# own wording ('dalam jutaan', '(juta rupiah)', 'Rp juta', 'Rp (000)'), not after a number ('Rp 4 miliar').
_UNIT = r"(ribuan|ribu|jutaan|juta|jt|mil[iy]aran|mil[iy]ar)"
SCALE_RE = re.compile(
    r"\bdalam\s+(?:satuan\s+)?(?:rp\.?\s*)?" + _UNIT + r"\b"            # '(dalam ribuan rupiah)', 'dalam jutaan'
    r"|\(\s*(?:rp\.?\s*)?" + _UNIT + r"(?:\s+rupiah)?\s*\)"             # '(juta rupiah)', '(Rp juta)', '(ribuan)'
    r"|\brp\.?\s*\(?\s*" + _UNIT + r"\s*\)?(?!\s*\d)"                   # 'Rp (juta)', 'Rp. Juta', 'Rp ribuan'
    r"|(?<![\d,.]\s)\b" + _UNIT + r"\s+rupiah\b"                         # 'ribuan rupiah', not after a number
    r"|\brp\.?\s*['’]?\s*\(?\s*(000(?:[.,]000)?)\s*\)?(?![\d.,]*\d)"    # 'Rp 000', '(Rp. 000)', "Rp '000", 'Rp 000.000'
    r"|\bdalam\s+(?:rp\.?\s*)?\(?(000(?:[.,]000)?)\)?(?![\d.,]*\d)"      # 'dalam Rp 000'
    r"|\(\s*(?:rp\.?\s*)?[x×]\s*(?:rp\.?\s*)?(1[.,]?000(?:[.,]?000)?)\s*\)"             # '(x Rp 1.000)', '(x 1000)'
    r"|\bsatuan\s*:?\s*rp\.?\s*(?:[x×]\s*)?(1[.,]?000(?:[.,]?000)?)(?![\d.,]*\d)",     # 'Satuan: Rp 1.000'
    re.I)
FACTORS = {"ribu": 1_000, "ribuan": 1_000, "juta": 1_000_000, "jutaan": 1_000_000, "jt": 1_000_000,
           "miliar": 1_000_000_000, "milyar": 1_000_000_000, "miliaran": 1_000_000_000,
           "milyaran": 1_000_000_000, "000": 1_000, "000.000": 1_000_000, "000,000": 1_000_000}
FACTORS.update({f"1{a}000{b}": 1_000_000 for a in ("", ".", ",") for b in (".000", ",000", "000")})
FACTORS.update({f"1{a}000": 1_000 for a in ("", ".", ",")})
SCALE_HINTS = ("ribu", "juta", "jt", "000", "miliar", "milyar")  # ('1.000' holds '000' too)  # cheap precheck before the pattern
# ... and one of these stands in every SCALE_RE match ('dalam', a bracket, 'Rp', 'rupiah'); none holds a letter
# that re.I matches to one lower() leaves as it is (an i, s or k), so the test on the lower-case text is safe
SCALE_OPENERS = ("dalam", "(", "rp", "rup")
CAPTION_LINES = 4  # non-blank lines above a header searched for its caption
# A number with a decimal part that an amount reader would round: '3.450,50' (juta), '1,2' (miliar)
DECIMAL_RE = re.compile(r"^(\d{1,3}(?:\.\d{3})*|\d+),(\d{1,2})$")
ROW_AMOUNT_MIN = 100_000  # an amount this large on a line above the header is a row of the table before


@dataclass(frozen=True, slots=True)
class Scale:
    """The factor a table's amounts are printed in, and the caption that says so."""

    factor: int
    caption: str


def scale_of(text: str) -> int | None:
    """The factor a caption or header text names, or None ('Pagu (Rp. 000)' -> 1000)."""
    lower = text.lower()
    if not any(h in lower for h in SCALE_HINTS) or not any(w in lower for w in SCALE_OPENERS):
        return None
    match = SCALE_RE.search(lower)
    if match is None:
        return None
    word = next(g for g in match.groups() if g)
    return FACTORS.get(word.replace("’", ""))


def table_scale(views: Sequence[LineView], start: int, end: int) -> Scale | None:
    """The scale its header lines (start..end) or the caption lines just above state for a budget table.

    Upwards the search stops at a 'Tabel ...' caption (the table's own title,
    searched too) and at a line holding an amount or two values (a row of the
    table before, whose own caption may name another unit).
    """
    for k in range(start, end + 1):
        text = line_of(views, k).text
        factor = scale_of(text)
        if factor:
            return Scale(factor, " | ".join(part.strip() for part in text.strip().split("\t") if part.strip()))
    def is_row(k: int, _text: str) -> bool:  # two values or an amount: a row of the table before
        values = views[k].values
        return len(values) >= 2 or any(t.kind == "amount" and (t.reading.value or 0) >= ROW_AMOUNT_MIN for t in values)

    above = ((k, line_of(views, k).text) for k in range(start - 1, max(-1, start - 12), -1))
    return caption_scale(above, CAPTION_LINES, is_row)


def caption_scale(above: Iterable[tuple[int, str]], reach: int, is_row: Callable[[int, str], bool]) -> Scale | None:
    """The scale stated by one of the first `reach` non-blank lines of `above` (index and text, nearest first).

    The search ends at a 'Tabel ...' caption (searched too) and at a row of the
    table before (`is_row`), whose own caption may name another unit.
    """
    seen = 0
    for k, raw in above:
        text = raw.strip()
        if not text:
            continue
        seen += 1
        factor = scale_of(text)
        if factor:
            return Scale(factor, text)
        if text.lower().startswith("tabel"):
            return lead_in_scale(above)
        if seen >= reach or is_row(k, text):
            break
    return None


LEAD_IN_LINES = 3  # lines of the sentence introducing a table searched for its unit
LEAD_IN_ENDS = ("berikut.", "berikut:", "berikut", ":")


def lead_in_scale(above: Iterable[tuple[int, str]]) -> Scale | None:
    """The scale stated by the sentence introducing a table, just above its 'Tabel ...' title.

    Some authors put the unit in the lead-in rather than the caption ('realisasi
    per jenis belanja (dalam ribuan rupiah) adalah sebagai berikut.'). Only the
    paragraph right above the title counts, and only when it ends as a lead-in
    does ('... berikut.', ':'); a sentence elsewhere naming a unit scales nothing.
    """
    lines: list[str] = []
    for _k, raw in above:
        text = raw.strip()
        if not text:
            if lines:
                break
            continue
        lines.append(text)
        if len(lines) > LEAD_IN_LINES:
            return None
    sentence = " ".join(reversed(lines))
    if not sentence.lower().endswith(LEAD_IN_ENDS):
        return None
    factor = scale_of(sentence)
    return Scale(factor, sentence) if factor else None


BLOCK_GAP = 3  # lines from one budget line to the next of its block (a wrapped name or a blank between)
AMOUNT_GROUPS_RE = re.compile(r"\d{1,3}(?:[.,]\d{3}){2,}")  # a Rupiah amount's digit groups


def block_scale(views: Sequence[LineView], i: int, previous: tuple[int, Scale | None] | None) -> Scale | None:
    """The scale of a budget line outside any table (a Perjanjian Kinerja's 'Program ... Rp X' block).

    The block's caption or header stands above its first line ('Anggaran (dalam
    ribuan rupiah)'), searched as a table's caption is; a line right under
    the one before (`previous`: its index and scale) belongs to the same block
    and shares its scale, as the rows of a table do.
    """
    if previous is not None and i - previous[0] <= BLOCK_GAP and all(
            wrapped_name_or_blank(views[k]) for k in range(previous[0] + 1, i)):
        return previous[1]
    return table_scale(views, i, i - 1)


WRAPPED_NAME_WORDS = 8  # a name's rest wrapped onto its own line is shorter


def wrapped_name_or_blank(view: LineView) -> bool:
    """A line that may stand between two lines of one budget block: blank, or a name's wrapped rest.

    A sentence between ('Kepala Dinas menyepakati pagu berikut.') or a label
    ending on ':' opens another block, which takes no scale from the one above.
    """
    text = view.line.text.strip()
    return not text or (not view.values and len(text.split()) <= WRAPPED_NAME_WORDS and text[-1] not in ".:")


def scale_above(texts: Sequence[str], first: int, reach: int) -> Scale | None:
    """The scale a caption states above a table flattened one column at a time (codes, names, then amounts).

    Its header words and caption stand above the blocks of codes and names,
    so up to `reach` non-blank lines are searched; the search ends at a
    'Tabel ...' caption (searched too) and at a line holding an amount, a
    row of the table before.
    """
    return caption_scale(((k, texts[k]) for k in range(first - 1, -1, -1)), reach,
                         lambda _k, text: AMOUNT_GROUPS_RE.search(text) is not None)


def scaled(reading: Reading | None, scale: Scale) -> Reading | None:
    """An amount cell multiplied by its table's scale, the multiplication recorded as a repair.

    A decimal part ('3.450,50' in millions) counts: it is the amount's
    hundred-thousands, not a fraction of a Rupiah to round away.
    """
    if reading is None or reading.value is None:
        return reading
    raw = reading.raw.strip()
    body = re.sub(r"^[Rr][Pp]\.?\s*|[(),\s-]+$|^[(-]\s*", "", raw)
    decimal = DECIMAL_RE.match(body)
    if decimal:
        base = float(decimal.group(1).replace(".", "") + "." + decimal.group(2))
        trusted, notes = True, tuple(n for n in reading.notes if not n.startswith("fraction"))
    else:
        base, trusted, notes = reading.value, reading.trusted, reading.notes
    sign = -1 if reading.value < 0 else 1
    value = float(round(abs(base) * scale.factor)) * sign
    repair = Repair(SCALE_RULE, reading.raw, f"{value:.0f}",
                    f"amounts printed in {scale.factor:,}s of Rupiah: '{scale.caption}'".replace(",", "."))
    return replace(reading, value=value, unit="rupiah", repairs=reading.repairs + (repair,),
                   alternatives=tuple(a * scale.factor for a in reading.alternatives),
                   trusted=trusted and reading.trusted or (trusted and not notes), notes=notes)


def scaled_number(token: Token) -> bool:
    """A number that may stand in a scaled table's amount column ('850,25' in millions), not a rate or a year."""
    value = token.reading.value
    return token.kind in ("amount", "number") and token.reading.unit != "%" and bool(value) and not (
        token.kind == "number" and "," not in token.raw and "." not in token.raw and 1990 <= (value or 0) <= 2040)


def signed_remainder(token: Token | None, views: Sequence[LineView]) -> Reading | None:
    """The Sisa read with the sign its line prints: '(50.000.000)' and '-50.000.000' are negative."""
    if token is None:
        return None
    reading = token.reading
    if reading.value is None or reading.value <= 0:
        return reading
    raw = re.escape(token.raw.strip())
    pattern = re.compile(r"(?:^|(?<=[\s|\t]))(?:\(\s*(?:rp\.?\s*)?" + raw + r"\s*\)|[-−–]\s?(?:rp\.?\s*)?" + raw +
                         r")(?![\d.,]*\d)", re.I)
    for view in views:
        found = pattern.search(view.line.text)
        if found:
            return replace(reading, raw=found.group().strip(), value=-reading.value)
    return reading
