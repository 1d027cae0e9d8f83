"""Read amounts, percents, grades and counts from OCR'd LKj text.

Indonesian reports write `4.451.669.000` for an amount and `98,50%` for a
percent, but OCR adds its own damage: letters read for digits (`94.T7%`),
digit groups split by spaces (`1.644.763.00 0`), the `%` sign read as a digit
(`1007`) or lost with the decimal separator (`9126 %`). The parsers here
read what the text alone proves; every change from the printed characters is
a `Repair`, and where the text cannot decide, the printed number stays the
value, `trusted` is False and the plausible readings go to `alternatives` for
the repair stage to settle with arithmetic evidence.

All parsers are pure and cached: the same cell text recurs thousands of times.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations
from operator import attrgetter

from normalize.values import Reading, Repair

# ---------------------------------------------------------------------------
# Folding
# ---------------------------------------------------------------------------

_FOLD_TABLE = str.maketrans({
    # Cyrillic look-alikes
    "\u0410": "A", "\u0412": "B", "\u0421": "C", "\u0415": "E", "\u041d": "H", "\u041a": "K",
    "\u041c": "M", "\u041e": "O", "\u0420": "P", "\u0422": "T", "\u0425": "X", "\u0406": "I",
    "\u0408": "J", "\u0405": "S", "\u0430": "a", "\u0441": "c", "\u0435": "e", "\u043e": "o",
    "\u0440": "p", "\u0445": "x", "\u0443": "y", "\u0456": "i", "\u0458": "j", "\u0455": "s",
    # Greek look-alikes
    "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0396": "Z", "\u0397": "H", "\u0399": "I",
    "\u039a": "K", "\u039c": "M", "\u039d": "N", "\u039f": "O", "\u03a1": "P", "\u03a4": "T",
    "\u03a5": "Y", "\u03a7": "X", "\u03bf": "o",
    # dashes and minus
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    # quotes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
})
_SCRIPT_RE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
# Any character _FOLD_TABLE replaces: translating through a dict costs per character, so only texts holding one do.
_FOLDED_CHARS_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD_TABLE) + "]")


# A superscript digit right after a value ('3,62¹', '95%²'): the mark of a footnote under the table. NFKC
# would make it a digit of the value ('3,621'); after a letter it stays a power ('m²').
# (opening with the mark, the digit or '%' before it in a lookbehind: the engine skips to a mark in C)
_FOOTNOTE_MARK_RE = re.compile(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079](?<=[\d%].)"
                                r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]*")


def fold_text(s: str) -> str:
    """NFKC plus Latin for Cyrillic/Greek look-alikes and plain dashes/quotes.

    OCR engines emit `ВВ` (Cyrillic) for the grade BB and typographic dashes
    in amounts; every later regex assumes plain Latin text. ASCII input is
    returned as is (the common case, and idempotence for callers that fold
    first).
    """
    if s.isascii():
        return s
    if _FOOTNOTE_MARK_RE.search(s):
        s = _FOOTNOTE_MARK_RE.sub(lambda m: " " * len(m.group()), s)  # '3,62¹': a footnote's mark, not a digit
    s = unicodedata.normalize("NFKC", s)
    return s.translate(_FOLD_TABLE) if _FOLDED_CHARS_RE.search(s) else s


# ---------------------------------------------------------------------------
# Rule names and shared digit clean-up
# ---------------------------------------------------------------------------

LETTER = "ocr_letter_in_number"
SEPARATOR = "ocr_separator"
SPLIT = "split_digit_group"
DECIMAL_LOST = "decimal_separator_lost"
SIGN_AS_DIGIT = "percent_sign_read_as_digit"
PERCENT_ROW = "percent_row"  # note: a bare number read as a percent because its row states one
SIGN_DOUBLED = "percent_sign_doubled"
SIGN_TYPO = "percent_sign_typo"
DOUBLED_GLYPH = "ocr_doubled_glyph"
GRADE_LETTERS = "ocr_grade_letters"
OPINION_LETTERS = "ocr_opinion_letters"
SCRIPT = "cyrillic_lookalike"

_LOOKALIKE = {"T": "7", "O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "s": "5",
              "B": "8", "Z": "2", "G": "6"}
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKE)
# A run of digits, look-alike letters and separators; letters are read as
# digits only inside a run that holds a real digit ('94.T7', 'T6.232.000').
_RUN_RE = re.compile(r"[0-9TOolISsBZG.,:]+")
_HAS_LOOKALIKE_RE = re.compile(r"[TOolISsBZG|]")
_PIPE_ONE_RE = re.compile(r"(?<=\d)\|(?=\d)")
_JUNK_RE = re.compile(r"[^\d.,:\s-]")
_DIGIT_RE = re.compile(r"\d")
_TOKEN_RE = re.compile(r"\d+|\D+")
_POUND_RE = re.compile(r"^[£§](?=\d)")
_MAX_PERCENT = 200.0


@dataclass(frozen=True, slots=True)
class _Body:
    """Digits and separators of a cell once look-alikes are read and junk dropped."""

    text: str
    repairs: tuple[Repair, ...]
    notes: tuple[str, ...]
    trusted: bool
    alt_text: str | None  # the same digits under the second reading of T (1) or § (9)


def _clean_body(raw: str, s: str) -> _Body:
    """Read look-alike letters as digits; drop (and flag) anything unreadable."""
    repairs: list[Repair] = []
    notes: list[str] = []
    trusted = True
    alt = None
    if s[:1] in ("£", "§") and _POUND_RE.match(s):
        glyph = s[0]
        if glyph == "§":  # read as 6 and as 9 in this OCR
            alt = "9" + s[1:]
            trusted = False
            notes.append(f"{LETTER}: '§' may be 6 or 9")
        s = "6" + s[1:]
        repairs.append(Repair(LETTER, raw, s, f"'{glyph}' before digits read as '6'"))
    if _HAS_LOOKALIKE_RE.search(s):
        s, letter_repairs, alt_t = _read_lookalikes(raw, s)
        repairs += letter_repairs
        if alt_t is not None and alt is None:
            alt = alt_t
    junk = _JUNK_RE.findall(s)
    if junk:
        trusted = False
        notes.append("unreadable characters: " + "".join(junk))
        s = _JUNK_RE.sub("", s)
        alt = _JUNK_RE.sub("", alt) if alt else alt
    return _Body(s, tuple(repairs), tuple(notes), trusted, alt)


def _read_lookalikes(raw: str, s: str) -> tuple[str, list[Repair], str | None]:
    """Letters inside digit runs as the digits they resemble, one Repair each."""
    repairs: list[Repair] = []
    out: list[str] = []
    alt: list[str] = []
    has_t = False
    pos = 0
    for m in _RUN_RE.finditer(s):
        run = m.group()
        out.append(s[pos:m.start()])
        alt.append(s[pos:m.start()])
        pos = m.end()
        if not _DIGIT_RE.search(run) or run.isdigit():
            out.append(run)
            alt.append(run)
            continue
        read = run.translate(_LOOKALIKE_TABLE)
        for glyph, digit in zip(run, read):
            if glyph != digit:
                repairs.append(Repair(LETTER, raw, read, f"'{glyph}' read as '{digit}' inside a digit run"))
        has_t = has_t or "T" in run
        out.append(read)
        alt.append(run.replace("T", "1").translate(_LOOKALIKE_TABLE))
    out.append(s[pos:])
    alt.append(s[pos:])
    text = "".join(out)
    if "|" in text and _PIPE_ONE_RE.search(text):
        text = _PIPE_ONE_RE.sub("1", text)
        repairs.append(Repair(LETTER, raw, text, "'|' between digits read as '1'"))
    return text, repairs, ("".join(alt) if has_t else None)


def _split_tokens(text: str) -> tuple[list[str], list[str]]:
    """Digit groups and the separators between them ('.', ',', ':', '-' or ' ')."""
    groups: list[str] = []
    seps: list[str] = []
    for tok in _TOKEN_RE.findall(text):
        if tok[0].isdigit():
            groups.append(tok)
        elif groups:
            punct = tok.replace(" ", "").replace("\t", "")
            seps.append(punct[-1] if punct else " ")
    if len(seps) == len(groups):  # trailing separator
        seps.pop()
    return groups, seps


def _grouped(groups: list[str]) -> bool:
    """Thousands grouping holds: every group after the first has 3k digits."""
    return all(len(g) % 3 == 0 for g in groups[1:])


def _rejoin(groups: list[str], seps: list[str]) -> tuple[bool, bool]:
    """(grouping holds, spaces had to be joined), trying the fewest joins first.

    '1.644.763.00 0' holds once the space inside '00 0' is joined; '471 424 00'
    never does (joining every space leaves no grouping to check).
    """
    if _grouped(groups):
        return True, False
    spaces = [i for i, s in enumerate(seps) if s == " "]
    if not spaces or len(spaces) > 8:
        return False, False
    kept = len(seps) - len(spaces)
    for size in range(1, len(spaces) + 1):
        if kept == 0 and size == len(spaces):
            break
        for joined in combinations(spaces, size):
            merged = [groups[0]]
            for i, g in enumerate(groups[1:]):
                if i in joined:
                    merged[-1] += g
                else:
                    merged.append(g)
            if _grouped(merged):
                return True, True
    return False, False


# ---------------------------------------------------------------------------
# Amounts
# ---------------------------------------------------------------------------

_RP_PREFIX_RE = re.compile(r"^[\s|]*(?:[Rr][PpFf](?![A-Za-z])\s*[.,]?[\s|]*)*")
_AMOUNT_SUFFIX_RE = re.compile(r"(?:[\s|]*(?:[.,]?\s*-+))?[\s|.,]*$")
_BILLION = 10 ** 9


# An amount written with a scale word, glued or spaced: 'Rp 97,56Milyar', 'Rp.1,2 Miliar', '450 Juta'. The number
# before it is a decimal in the report's own notation (a comma the decimal mark, dots grouping thousands).
_SCALED_AMOUNT_RE = re.compile(r"^[\s|]*(?:rp\s*\.?\s*)?(?P<n>\d{1,3}(?:\.\d{3})*(?:,\d{1,3})?)\s*"
                               r"(?P<w>juta|mil[iy]ar|triliun)\s*[.,-]*[\s|]*$", re.I)
AMOUNT_SCALES = {"juta": 1_000_000, "miliar": 1_000_000_000, "milyar": 1_000_000_000, "triliun": 1_000_000_000_000}
SCALE_WORD = "scale_word"


def scaled_amount(raw: str) -> Reading | None:
    """Whole Rupiah of an amount printed with its scale word ('Rp 97,56Milyar' is 97.560.000.000), or None.

    A money cell or sentence that writes 'Juta', 'Milyar' / 'Miliar' or 'Triliun' after its number states the
    amount in that scale; read as digits alone, '97,56' would be 98 Rupiah. Only amounts reach here (callers read
    money), so the word multiplies; the raw text is kept and the reading records the word as its evidence.
    """
    if "j" not in raw.lower() and "lyar" not in raw.lower() and "liar" not in raw.lower() and "liun" not in raw.lower():
        return None
    m = _SCALED_AMOUNT_RE.match(fold_text(raw))
    if m is None:
        return None
    number = float(m.group("n").replace(".", "").replace(",", "."))
    word = m.group("w").lower()
    value = float(round(number * AMOUNT_SCALES[word]))
    return Reading(raw, value=value, unit="rupiah", repairs=(Repair(
        SCALE_WORD, raw, f"{value:.0f}", f"{m.group('n')} {m.group('w')}: the printed scale word multiplies "
        f"by {AMOUNT_SCALES[word]:,}".replace(",", ".")),))


@lru_cache(maxsize=16384)
def parse_amount(raw: str) -> Reading | None:
    """Whole Rupiah from a cell: 'Rp. 4.451.669.000,-', '34,884,986,000', '1.644.763.00 0'.

    Dots, commas, colons and spaces between digit groups are all thousands
    separators; a comma (or an English '.') followed by other than 3 digits
    is a decimal part, dropped when it is zeros. A trailing ',000' after dot
    groups is decimal when the integer part is already >= 1 billion
    ('2.680.536.126,000', the 4-decimal tables), thousands otherwise
    ('302.430,000'), with the other reading in `alternatives`.
    """
    if not _DIGIT_RE.search(raw):
        return None
    scaled = scaled_amount(raw)
    if scaled is not None:
        return scaled
    s = fold_text(raw).strip()
    s = _RP_PREFIX_RE.sub("", s, count=1)
    s = _AMOUNT_SUFFIX_RE.sub("", s, count=1)
    if not s:
        return None
    body = _clean_body(raw, s)
    groups, seps = _split_tokens(body.text)
    if not groups:
        return Reading(raw, unit="rupiah", trusted=False, notes=body.notes + ("no digits",))
    repairs = list(body.repairs)
    notes = list(body.notes)
    trusted = body.trusted
    alternatives: list[float] = []

    fraction = ""
    punct = [i for i, sep in enumerate(seps) if sep != " "]
    if punct:
        p = punct[-1]
        mark = seps[p]
        others = {seps[i] for i in punct[:-1]}
        tail = "".join(groups[p + 1:])
        head_groups, head_seps = groups[:p + 1], seps[:p]
        decimal = False
        if len(groups) - p > 2 and not (mark == "," and not tail.strip("0")):
            pass  # '1.700 000': spaced groups after the last mark are thousands
        elif mark == "," and others <= {".", ":"}:
            if len(tail) != 3:
                decimal = True
            elif tail == "000" and others:
                head = int("".join(head_groups))
                decimal = head >= _BILLION
                alternatives.append(float(head * 1000 if decimal else head))
        elif mark == "." and others <= {","} and len(tail) != 3:
            decimal = True
        if decimal:
            fraction = tail
            groups, seps = head_groups, head_seps
    if ":" in seps:
        repairs.append(Repair(SEPARATOR, raw, body.text.replace(":", "."), "':' between digit groups read as '.'"))
    if "-" in seps:
        repairs.append(Repair(SEPARATOR, raw, body.text.replace("-", "."), "'-' between digit groups read as '.'"))
        trusted = False
        notes.append("dash inside an amount (a range?)")
    ok, joined = _rejoin(groups, seps)
    if joined:
        repairs.append(Repair(SPLIT, raw, "".join(groups), "digit group split by a space rejoined"))
    elif not ok:
        trusted = False
        notes.append("digit groups malformed")
        if lost_zero(groups):  # '471 424 00': pagu are whole thousands, a zero of the last group lost
            alternatives.append(float(int("".join(groups)) * 10))
    value = float(int("".join(groups)))
    if fraction.strip("0"):
        value = float(round(value + float("0." + fraction)))
        trusted = False
        notes.append(f"fraction ,{fraction} in an amount")
    if body.alt_text is not None:
        other = parse_amount(body.alt_text)
        if other is not None and other.value is not None and other.value != value:
            alternatives.append(other.value)
    return Reading(raw, value=value, unit="rupiah", repairs=tuple(repairs),
                   alternatives=tuple(dict.fromkeys(alternatives)), trusted=trusted, notes=tuple(notes))


def lost_zero(groups: list[str]) -> bool:
    """Thousand groups whose last one is '00': an amount in whole thousands with one zero lost."""
    return len(groups) >= 3 and groups[-1] == "00" and all(len(g) == 3 for g in groups[1:-1]) and len(groups[0]) <= 3


# ---------------------------------------------------------------------------
# Percents
# ---------------------------------------------------------------------------

_PERCENT_SPLIT_RE = re.compile(r"^(?P<body>[^%]*?)\s*(?P<sign>%(?:\s*%)*)(?P<rest>.*)$", re.S)
_AMPERSAND_RE = re.compile(r"^(?P<body>.*\d)\s?&\W*$", re.S)
# '100o/o', '98,5 o/o': older OCR engines read '%' as the three glyphs 'o/o'.
_SLASHED_O_RE = re.compile(r"^(?P<body>.*[\dTOolISsBZG])\s?[oO\u00b0]/[oO]\W*$", re.S)  # and '97,5\u00b0/o' (ABBYY)
# 'lOO%', 'IOO o/o', 'too%': all three glyphs of 100 read as letters (1 as l, I or t; 0 as O or o), sign after.
_LETTERED_100_RE = re.compile(r"^[lIt|][Oo0]{2}(?:[.,][Oo0]{1,2})?$")  # and 'lOO,OO'
LETTERED_HUNDRED_RE = re.compile(r"^[lI][O0]{2}(?:[.,][O0]{1,2})?$")  # 'lOO', 'IOO,OO' alone: 100
_LETTERED_PERCENT_RE = re.compile(r"^[lIt|][Oo0]{2}(?:[.,][Oo0]{1,2})?\s?(?:%+|[oO\u00b0]/[oO])\W*$")
_EDGE_STRIP_RE = re.compile(r"^[\s|]+|[\s|.,:;-]+$")
_SPACE_AT_SEP_RE = re.compile(r"\s*([.,])\s*")
_UNREADABLE_100_RE = re.compile(r"^[A-Za-z0-9|]{2}[0Oo]$")
_SPACED_DIGITS_RE = re.compile(r"\d\s+\d")
_SPACES_RE = re.compile(r"\s+")


def _hundred_shape(digits: str) -> bool:
    """'1005', '10076', '1400', '1080': a 100 with the % sign or a zero misread."""
    if digits.startswith("100") and len(digits) in (4, 5):
        return True
    return len(digits) == 4 and digits[0] == "1" and digits.count("0") >= 2


def _dec(digits: str, places: int) -> float:
    return float(digits[:-places] + "." + digits[-places:])


def negated(reading: Reading | None, raw: str) -> Reading | None:
    """A reading of the digits after a minus sign, as the negative value the raw states ('-2,07%')."""
    if reading is None or reading.value is None or reading.unit not in (None, "%", "index", "points"):
        return reading if reading is None else replace(reading, raw=raw)
    return replace(reading, raw=raw, value=-reading.value, alternatives=tuple(-a for a in reading.alternatives))


@lru_cache(maxsize=16384)
def parse_percent(raw: str) -> Reading | None:
    """Percent points from a cell: '98,50%', '97.36', '100 %', '97, 5%', '9126 %'.

    A value above 200 is not read as a percentage without a reason: with the
    sign printed and exactly one reading that puts a lost decimal separator
    back ('9126 %' -> 91.26), that reading is the value; otherwise the
    printed number stays, untrusted, with the readings that undo a '%' read
    as a digit ('1007' -> 100) in `alternatives`.
    """
    s = fold_text(raw).strip()
    if not s:
        return None
    if s[0] == "-" and s[1:2].isdigit():
        return negated(parse_percent(s[1:]), raw)  # '-2,07%': below zero
    repairs: list[Repair] = []
    notes: list[str] = []
    trusted = True
    has_sign = False
    m = _PERCENT_SPLIT_RE.match(s)
    if m:
        has_sign = True
        body, sign, rest = m.group("body"), m.group("sign"), m.group("rest")
        if sign.count("%") > 1:
            repairs.append(Repair(SIGN_DOUBLED, raw, body.strip() + "%", "percent sign printed twice"))
        if _DIGIT_RE.search(rest):
            trusted = False
            notes.append("more text after the percent sign: " + rest.strip())
    else:
        amp = _AMPERSAND_RE.match(s)
        if amp:
            has_sign = True
            body = amp.group("body")
            repairs.append(Repair(SIGN_TYPO, raw, body.strip() + "%", "'&' typed for '%' after a number"))
        elif slashed := _SLASHED_O_RE.match(s):
            has_sign = True
            body = slashed.group("body")
            repairs.append(Repair(SIGN_TYPO, raw, body.strip() + "%", "'o/o' read for '%' after a number"))
        else:
            body = s
    body = _EDGE_STRIP_RE.sub("", body)
    if not body:
        return Reading(raw, unit="%", trusted=False, notes=("no digits",)) if has_sign else None
    if has_sign and _LETTERED_100_RE.match(body) and not body.isdigit():
        repairs.append(Repair(LETTER, raw, "100%", f"'{body}' before a percent sign read as '100'"))
        return Reading(raw, value=100.0, unit="%", repairs=tuple(repairs), trusted=trusted, notes=tuple(notes))
    if has_sign and _UNREADABLE_100_RE.match(body) and any(
            c.isalpha() and c not in _LOOKALIKE for c in body):
        return Reading(raw, unit="%", alternatives=(100.0,), trusted=False,
                       notes=(f"{SIGN_AS_DIGIT}: unreadable '{body}%' has the shape of 100%",))
    cleaned = _clean_body(raw, body)
    repairs += cleaned.repairs
    notes += cleaned.notes
    trusted = trusted and cleaned.trusted
    if not _DIGIT_RE.search(cleaned.text):
        if has_sign:
            return Reading(raw, unit="%", repairs=tuple(repairs), trusted=False, notes=tuple(notes) + ("no digits",))
        return None
    value, alternatives, rule, ok = _percent_value(raw, cleaned.text, has_sign, cleaned.alt_text, notes)
    if rule is not None:
        repairs.append(rule)
    if cleaned.alt_text is not None and ok:
        # '§7.62' may be 97.62: offer the second reading of the glyph.
        other, _, _, _ = _percent_value(raw, cleaned.alt_text, has_sign, None, [])
        if other is not None and other != value and other not in alternatives and "§" in s:
            alternatives = alternatives + (other,)
    return Reading(raw, value=value, unit="%", repairs=tuple(repairs), alternatives=alternatives,
                   trusted=trusted and ok, notes=tuple(notes))


def _percent_value(raw: str, text: str, has_sign: bool, alt_text: str | None,
                   notes: list[str]) -> tuple[float | None, tuple[float, ...], Repair | None, bool]:
    """(value, alternatives, repair, trusted) for the digits of a percent cell."""
    text = _SPACE_AT_SEP_RE.sub(r"\1", text.strip())
    spaced = bool(_SPACED_DIGITS_RE.search(text))
    text = _SPACES_RE.sub("", text).strip(".,:-")
    groups, seps = _split_tokens(text)
    if not groups:
        return None, (), None, False
    if seps:
        return _percent_decimal(groups, seps, has_sign, spaced, notes)
    digits = groups[0]
    value = float(int(digits))
    if value <= _MAX_PERCENT and not spaced:
        return value, (), None, True
    variants = [digits] + ([alt_text.strip()] if alt_text and alt_text.strip().isdigit() else [])
    cands: list[float] = []
    if has_sign:
        for d in variants:
            if spaced and float(int(d)) <= _MAX_PERCENT:
                cands.append(float(int(d)))
            for places in (2, 1):
                if len(d) > places and _dec(d, places) <= _MAX_PERCENT:
                    cands.append(_dec(d, places))
            if _hundred_shape(d):
                cands.append(100.0)
        cands = list(dict.fromkeys(cands))
        if len(cands) == 1:
            if cands[0] == value:
                return value, (), None, True
            return cands[0], (), Repair(DECIMAL_LOST, raw, f"{cands[0]:g}%",
                                        "only reading of the printed digits at or below 200%"), True
    else:
        for d in variants:
            if _hundred_shape(d):
                cands.append(100.0)
            for drop in (1, 2):  # '%' read as one glyph ('1007') or as '96' / two ('10076')
                if drop == 2 and not (d.endswith("96") or len(d) >= 5):
                    continue
                if len(d) > drop and float(int(d[:-drop])) <= _MAX_PERCENT:
                    cands.append(float(int(d[:-drop])))
            if len(d) > 2 and _dec(d, 2) <= _MAX_PERCENT:
                cands.append(_dec(d, 2))
        if spaced and value <= _MAX_PERCENT:
            cands.insert(0, value)
        cands = [c for c in dict.fromkeys(cands) if c != value or spaced]
    if 100.0 in cands:
        cands.remove(100.0)
        cands.insert(0, 100.0)
    if spaced:
        notes.append(f"{DECIMAL_LOST}: space inside the number")
    if not has_sign or 100.0 in cands:
        notes.append(f"{SIGN_AS_DIGIT}: '{digits}' may hold the percent sign read as digits")
    if has_sign and any(c != 100.0 for c in cands):
        notes.append(f"{DECIMAL_LOST}: '{digits}%' may have lost its decimal separator")
    if value > _MAX_PERCENT:
        notes.append("above 200%")
    return value, tuple(c for c in cands if c != value), None, False


def _percent_decimal(groups: list[str], seps: list[str], has_sign: bool, spaced: bool,
                     notes: list[str]) -> tuple[float | None, tuple[float, ...], Repair | None, bool]:
    """A percent with a decimal separator: the last separator is the decimal one."""
    whole, frac = "".join(groups[:-1]), groups[-1]
    value = float(f"{int(whole)}.{frac}")
    ok = not spaced
    if spaced:
        notes.append("space inside the number")
    cands: list[float] = []
    if len(frac) > 2 and not has_sign:
        for drop in ((2, 1) if frac.endswith("96") else (1, 2)):  # '%' is read as '96' more than as '6
            kept = frac[:-drop]
            cands.append(float(f"{int(whole)}.{kept or 0}"))
        notes.append(f"{SIGN_AS_DIGIT}: {len(frac)} decimals; the last may be the percent sign")
        ok = False
    if value > _MAX_PERCENT:
        first_dropped = whole[1:]
        if first_dropped and float(f"{int(first_dropped)}.{frac}") <= _MAX_PERCENT:
            cands.append(float(f"{int(first_dropped)}.{frac}"))
        notes.append("above 200%")
        ok = False
    return value, tuple(c for c in dict.fromkeys(cands) if c != value), None, ok


# ---------------------------------------------------------------------------
# Plain numbers (Indonesian convention)
# ---------------------------------------------------------------------------


def _plain_number(raw: str, s: str) -> Reading | None:
    """A bare number: ',' is the decimal mark, '.' + 3 digits groups thousands.

    The other convention's reading goes to `alternatives` where it differs
    ('1.095' -> 1095, alt 1.095; '10,000' -> 10, alt 10000).
    """
    body = _clean_body(raw, s)
    text = body.text.strip().strip(".,:-")
    groups, seps = _split_tokens(text)
    if not groups:
        return None
    notes = list(body.notes)
    trusted = body.trusted
    alternatives: list[float] = []
    if " " in seps:
        if _grouped(groups) and len(set(s for s in seps if s != " ")) <= 1:
            seps = ["." if s == " " and "," not in seps else s for s in seps]
            if "," in seps and " " in seps:
                seps = ["," if s == " " else s for s in seps]
        else:
            trusted = False
            notes.append("space inside the number")
            merged_groups = [groups[0]]
            merged_seps: list[str] = []
            for g, sep in zip(groups[1:], seps):
                if sep == " ":
                    merged_groups[-1] += g
                else:
                    merged_groups.append(g)
                    merged_seps.append(sep)
            groups, seps = merged_groups, merged_seps
    seps = ["." if s in (":", "-") else s for s in seps]
    if not seps:
        value = float(int(groups[0]))
    else:
        last = seps[-1]
        tail = groups[-1]
        whole = "".join(groups[:-1])
        if len(set(seps)) == 1 and len(seps) >= 2:
            value = float(int("".join(groups)))  # '1.234.567', '34,884,986,000'
            if not _grouped(groups):
                trusted = False
                notes.append("digit groups malformed")
        elif len(seps) == 1:
            thousands = float(int(whole + tail))
            decimal = float(f"{int(whole)}.{tail}")
            if not whole.strip("0"):
                value = decimal  # '0,277', '0.320': a leading zero groups no thousands, the mark is a decimal one
            elif len(tail) == 3 and last == ".":
                value, alternatives = thousands, [decimal]
            elif len(tail) == 3:
                value, alternatives = decimal, [thousands]
            else:
                value = decimal
        elif len(tail) != 3 and seps.count(last) == 1:
            value = float(f"{int(whole)}.{tail}")  # '1.234,5', '1,234.5'
        else:
            value = float(int("".join(groups)))  # '1,050.024.000'
    if body.alt_text is not None:  # 'T2' may be 12
        other = _plain_number(raw, body.alt_text)
        if other is not None and other.value is not None and other.value != value:
            alternatives.append(other.value)
    if value > _MAX_PERCENT and s[-1:] in "oO\u00b0" and (nine_o := NINE_O_RE.fullmatch(s)):
        # '959o': 9590 with its last 'o' a 0, or 95% with its sign read '9o'; the digits cannot tell (the row can)
        trusted = False
        alternatives.append(float(nine_o.group(1).replace(",", ".")))
        notes.append(f"{SIGN_AS_DIGIT}: '9{s[-1]}' after the digits may be the percent sign read as two glyphs")
    return Reading(raw, value=value, repairs=body.repairs, alternatives=tuple(alternatives),
                   trusted=trusted, notes=tuple(notes))


# '%' read as '9o' (its upper ring a 9, its lower one an 'o'): '959o' may be 95%; only a percentage fits before it
NINE_O_RE = re.compile(r"(\d{1,3}(?:,\d{1,2})?)9[oO\u00b0]")  # (not '2.59o': a thousands group)


# ---------------------------------------------------------------------------
# Measures: grades, opinions, counts, percents, bare numbers
# ---------------------------------------------------------------------------

# A ratio of one to so many ('1:17,9' pupils per teacher, '1 : 2.500' people per doctor): the right side a number
# below 100.000 (one thousands dot allowed) not opening on 0: '7:842.933', '1:500.000' (amounts whose '.' OCR read
# as ':') and '1:00' (a 100) are none
RATIO_RE = re.compile(r"1\s?:\s?(?P<per>[1-9](?:\d?\.\d{3}|\d{0,4})(?:,\d{1,3})?)")
# a ratio standing as a value among a table line's others: not inside a number or an amount ('Rp 1:500.000'), no
# '%' after it. (The lookbehinds come after RATIO_RE's opening '1', each one character longer, so that the pattern opens
# with a literal the engine scans for in C: opening with a lookbehind it is tried at every character.)
_RATIO_TOKEN_RE = re.compile(r"1(?<![\w.,:]1)(?<![Rr][Pp]\s1)(?<![Rr][Pp]\.\s1)" + RATIO_RE.pattern.removeprefix("1")
                             + r"(?![\d.,:]?\d|\s?%|\w)")
_EMPTY = frozenset({"", "-", "--", "n/a", "na", "n.a", "n.a.", "/"})
_GRADES = frozenset({"AA", "A", "BB", "B", "CC", "C", "D"})
_GRADE_VARIANTS = {"Cc": "CC", "cc": "CC", "CcC": "CC", "CCC": "CC", "Ccc": "CC", "Bb": "BB", "bb": "BB",
                   "Aa": "AA", "aa": "AA"}
_GRADE_GUESSES = {"BE": "BB", "EB": "BB"}
_SPLIT_GRADE_RE = re.compile(r"([ABC]) \1")  # 'B B' read as one cell: the grade BB
# A grade or an opinion whose letter a poor scan split or read as a digit: the second B of 'BB' as its look-alike
# 8 ('B8'), the W of 'WTP' as two V's ('VVTP'). Neither is a number nor a word of the language, so in a value
# cell they are the grade and the opinion (the lexer takes them only where values alone follow on the line).
_GRADE_OPINION_OCR = {"B8": ("BB", "grade"), "VVTP": ("WTP", "opinion"), "VVDP": ("WDP", "opinion")}
_OPINIONS = frozenset({"WTP", "WDP", "TMP", "TW"})
_OPINION_OCR_RE = re.compile(r"^W[TIl1|][PFTR]$")
_UNITS = {
    "nspk": "nspk", "laporan": "laporan", "lap": "laporan", "dokumen": "dokumen", "dok": "dokumen",
    "layanan": "layanan", "kali": "kali", "kegiatan": "kegiatan", "keg": "kegiatan", "giat": "kegiatan",
    "gint": "kegiatan", "perkara": "perkara", "orang": "orang", "lembaga": "lembaga", "unit": "unit",
    "revisi": "revisi", "paket": "paket", "berkas": "berkas", "kasus": "kasus", "buah": "buah",
    "rekomendasi": "rekomendasi", "aplikasi": "aplikasi", "pegawai": "pegawai", "peraturan": "peraturan",
    "produk": "produk", "satker": "satker", "sistem": "sistem", "poin": "points", "point": "points",
    "pengunjung": "pengunjung",
}
# Count nouns (and the index) that stand after a number only where the value ends its cell or line, or
# another value follows ('20 Jam | 24 Jam', '2 hari 2 hari', '1.500bh'): elsewhere the same word opens
# the next cell's text or goes on a name ('14 hari kerja'), so the lexer reads it as a unit only there.
# The lengths, areas, volumes and weights public-works and agriculture reports measure ('30.192 Km' of road,
# '1.200 Ha' planted, '5.000 ton' harvested) are such words too: a number before them is a value only there
# ('jalan 5 km dari pusat kota' is a name's), and none is a common Indonesian word; 'm' alone is left out
# (a minute's, a metre's or a letter's).
_END_UNITS = {"jam": "jam", "hari": "hari", "desa": "desa", "bh": "buah", "indeks": "index", "index": "index",
              "org": "orang", "km": "km", "meter": "meter", "m2": "m2", "m3": "m3", "ha": "ha", "hektar": "ha",
              "ton": "ton", "kg": "kg", "liter": "liter"}
# Such a noun may carry a short qualifier after a slash, the Satuan of a compound count printed beside each
# value ('4 Desa/Kel', '12 Jam/Diklat'): still that unit, and the qualifier part of the value's cell.
_QUALIFIER = r"(?:/[A-Za-z]{2,10}(?![A-Za-z/]))?"
_UNIT_ALT = "|".join(sorted(_UNITS, key=len, reverse=True))
_END_UNIT_ALT = "|".join(sorted(_END_UNITS, key=len, reverse=True))
UNIT_ALTERNATION = _UNIT_ALT  # the count nouns as one regex alternation, for other readers
# ... and with the nouns that count only where a value ends: in a sentence a value's noun ends it
# ('ditargetkan 32 desa dan terealisasi 36 desa'), so prose reads them all.
PROSE_UNIT_ALTERNATION = "|".join(sorted({*_UNITS, *_END_UNITS}, key=len, reverse=True))
# Units that measure rather than count: a decimal stays a decimal ('3,405 indeks' is no 3405 of anything).
_MEASURED = frozenset({"index", "points"})
# A unit printed in brackets after its number, as a Satuan folded into the value cell: '85 (%)',
# '3,40 (Indeks)', '12 (kali)'. Only the known units: any other bracket is a note, not a unit.
_BRACKET_UNIT_RE = re.compile(
    rf"^(?P<num>[\dTOolISsBZG.,]*\d[\dTOolISsBZG.,]*)\s*\(\s*(?P<unit>%|(?i:persen|{_END_UNIT_ALT}|{_UNIT_ALT}))\s*\)$")
# A count spelled out in brackets between the digits and the noun, as letters and decrees write it:
# '2 (dua) Dokumen', '12 (dua belas) Kali'. Only number words, so no other bracket is taken for one.
_NUMBER_WORD = (r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|"
                r"belas|puluh|ratus|ribu)")
_SPELLED = rf"\((?i:{_NUMBER_WORD}(?:\s{_NUMBER_WORD}){{0,5}})\)"
_COUNT_RE = re.compile(
    rf"^(?P<num>[\dTOolISsBZG.,]*\d[\dTOolISsBZG.,]*|[IlT|S])\s*(?:{_SPELLED}\s*)?(?P<unit>(?i:{_UNIT_ALT}))\.?$")
# The same with a noun of _END_UNITS: a whole value, so the noun ends it ('20 Jam', '3,40 Indeks', '1.500bh').
_END_COUNT_RE = re.compile(
    rf"^(?P<num>[\d.,]*\d)\s*(?:{_SPELLED}\s*)?(?P<unit>(?i:{_END_UNIT_ALT})){_QUALIFIER}\.?$")
# An average duration in years with its decimals ('8,75 Tahun' of schooling, '71,3 thn' of life expectancy): the
# word is the measure's unit. A whole number of years ('usia 0-18 tahun', 'anak 7 tahun') is a name's words, so
# only a decimal counts, and only where the whole cell is the number and the word.
_DECIMAL_YEARS_RE = re.compile(r"^(?P<num>\d{1,3}[.,]\d{1,2})\s*(?i:tahun|thn)\.?$")
_WORD_COUNT_RE = re.compile(r"^(?P<num>\d[\d.,]*)\s+(?P<unit>[A-Za-z]{2,})\.?$")
# A percentage with the noun it is a share of printed after it, glued or spaced: '100%Dokumen', '95 % Laporan'
# (a Satuan column's word merged into the value cell by a text export)
_PERCENT_OF_NOUN_RE = re.compile(r"^(?P<pct>\d{1,3}(?:[.,]\d{1,2})?\s?%)\s*(?P<unit>[A-Za-z]{2,})\.?$")
_WORD_RE = re.compile(r"[A-Za-z]{3,}")
# '82,60 persen', '85 prosen': a percent with its sign written as a word, as prose prints it
_PERCENT_WORD_RE = re.compile(r"^(?P<num>[\d.,]*\d)\s*(?i:persen|prosen)$")
# 'Level 3': a maturity or capability level (SPIP, APIP/IACM) printed as its word and number
_LEVEL_RE = re.compile(r"^(?i:level)\s?(?P<num>\d{1,2}(?:[.,]\d{1,2})?)$")


# '1' as Tesseract reads a serif-less one off a scan: ']' or '!' ('4]%', ']00%', '5]6.499.800', '! Dokumen'). Neither
# glyph means anything inside a number or right before its digits, so there it is the digit; after a number with
# nothing numeric following ('[2]', '2021!': a footnote mark's bracket, a sentence's end) it stays what it is.
# (Each pattern opens with its glyph's class, its neighbours in lookarounds: the engine skips to the glyph in C.)
_ONE_GLYPH_RE = re.compile(rf"[\]!](?:(?<![\w\]!.,].)(?=\d|[.,]\d{{3}}|\s(?i:{_UNIT_ALT})\b)|(?<=\d.)(?=\d|[.,]\d|\s?%)"
                           rf"|(?<=\d[.,].)(?=\d))")
# '0' read as 'D' (a bold, narrow zero), '6' as 'b' (its loop open at the top): only with a digit before it and a
# digit, separator or '%' after it ('1D0%', '98,5D%', '9b,41%', '1.644.D00' after its separator, '10.772.00D' closing
# a thousands group), never opening a word or a number ('D3', 'D IV': levels)
_ZERO_GLYPH_RE = re.compile(r"[Db](?:(?<=\d.)(?=\d|[.,]\d|\s?%)|(?<=\d[.,].)(?=\d|[.,]\d|\s?%|\d?(?![\w.,]))"
                            r"|(?<=\d[.,]\d\d.)(?![\w%]|[.,]\d))")
# '2' read as 'Z', '6' as 'b' opening a number: right before its digits ('Z1,93%', 'b5%', 'Z.970.000'), no word;
# a 'Z' alone before a count's noun ('Z Laporan') too
_LEADING_GLYPH_RE = re.compile(rf"[Zb](?<![\w.,].)(?:(?=\d|[.,]\d{{3}}(?!\d)|[.,]\d{{1,2}}\s?%)"
                               rf"|(?<=Z)(?=\s(?i:{_UNIT_ALT})\b))")
_GLYPH_DIGIT = {"D": "0", "b": "6", "Z": "2"}
ONE_GLYPH_EVIDENCE = ("a glyph in a digit's place (before or between digits) read as that digit: ']' or '!' as 1, "
                      "'D' as 0, 'b' as 6, 'Z' as 2")


def read_one_glyphs(text: str) -> str | None:
    """The text with each glyph standing for a digit (']' or '!' for 1, 'D' for 0, 'b' for 6, 'Z' for 2) read as that
    digit (same length), or None when there is none."""
    read = text
    if "]" in read or "!" in read:  # cheap prechecks: most cells and lines hold neither
        read = _ONE_GLYPH_RE.sub("1", read)
    if "D" in read or "b" in read:
        read = _ZERO_GLYPH_RE.sub(lambda m: _GLYPH_DIGIT[m.group()], read)
    if "Z" in read or "b" in read:
        read = _LEADING_GLYPH_RE.sub(lambda m: _GLYPH_DIGIT[m.group()], read)
    return read if read != text else None


# A separator printed twice between digits ('45,,95%', '4.451..669.000'): a comma or dot with its shadow, or a speck
# beside it. Read once: no number holds two separators in a row, so there is one reading only.
_DOUBLED_SEP_RE = re.compile(r"([.,])(?<=\d[.,])\1(?=\d)")
DOUBLED_SEP_EVIDENCE = "a separator printed twice between digits read once"


def read_doubled_separators(text: str, same_length: bool) -> str | None:
    """The text with each doubled separator between digits read once, or None when there is none.

    With `same_length` (offsets must stay) the second mark becomes a space where the lexer reads one: after a
    decimal separator ('45, 95%'), before a thousands one ('4.451 .669.000').
    """
    if ",," not in text and ".." not in text:  # cheap precheck
        return None
    if not same_length:
        read = _DOUBLED_SEP_RE.sub(r"\1", text)
    else:
        read = _DOUBLED_SEP_RE.sub(
            lambda m: " " + m.group(1) if re.match(r"\d{3}(?!\d)", text[m.end():]) else m.group(1) + " ", text)
    return read if read != text else None


def with_read_text(reading: Reading, raw: str, read: str, rule: str, evidence: str) -> Reading:
    """A reading of `read` (the printed `raw` with some glyphs read otherwise) under the printed raw, the repair
    on record."""
    repairs = (Repair(rule, raw, read, evidence),) + tuple(replace(r, before=raw) for r in reading.repairs)
    return replace(reading, raw=raw, repairs=repairs)


@lru_cache(maxsize=16384)
def parse_measure(raw: str, expect: str | None = None) -> Reading | None:
    """Any target / realisation / capaian cell: grade, opinion, count, percent or number.

    `expect='%'` says the column holds percents, so bare numbers ('90',
    '94,4') are percents. Returns None for an empty cell ('-', 'n/a').
    """
    s = fold_text(raw)
    read = read_one_glyphs(s)
    if read is not None:  # '4]%', ']00%', '! Dokumen': a one read as a bracket or an exclamation mark
        inner = parse_measure(read, expect)
        return None if inner is None else with_read_text(inner, raw, read, LETTER, ONE_GLYPH_EVIDENCE)
    read = read_doubled_separators(s, same_length=False)
    if read is not None:  # '98,,50%': a separator printed twice
        inner = parse_measure(read, expect)
        return None if inner is None else with_read_text(inner, raw, read, SEPARATOR, DOUBLED_SEP_EVIDENCE)
    if s[:1] == "-" and s[1:2].isdigit():
        return negated(parse_measure(s[1:], expect), raw)  # '-2,07%', '-0,35': below zero
    s = _EDGE_STRIP_RE.sub("", s).strip()
    if s.lower() in _EMPTY:
        return None
    script = [Repair(SCRIPT, raw, s, "Cyrillic/Greek look-alike letters read as Latin")] \
        if not raw.isascii() and _SCRIPT_RE.search(raw) else []
    word = s.rstrip(":.")
    if _SPLIT_GRADE_RE.fullmatch(word):  # 'B B': a doubled grade letter split by the scan (see _SPLIT_GRADE)
        text = word[0] * 2
        return Reading(raw, text=text, unit="grade", repairs=tuple(script) + (
            Repair(GRADE_LETTERS, raw, text, f"'{word}' is the grade {text} split by a space"),))
    if word in _GRADE_OPINION_OCR:
        return _misread_grade_or_opinion(raw, word, script)
    if word.isalpha() and len(word) <= 3:
        found = _grade_or_opinion(raw, word, script)
        if found is not None:
            return found
    m = RATIO_RE.fullmatch(s)
    if m:  # '1:17,9', '1 : 20': one to so many, no number of its own (read as 1.179 / 1.2 before)
        return Reading(raw, text=f"1:{m.group('per')}", unit="ratio", repairs=tuple(script))
    m = _LEVEL_RE.match(s)
    if m:
        reading = _plain_number(raw, m.group("num"))
        if reading is not None and reading.value is not None:
            return Reading(raw, value=reading.value, unit="level", repairs=tuple(script) + reading.repairs,
                           alternatives=reading.alternatives, trusted=reading.trusted, notes=reading.notes)
    if s[-1] == ")":
        m = _BRACKET_UNIT_RE.match(s)
        if m:  # '85 (%)', '3,40 (Indeks)': the unit in brackets is read as if printed after the number
            unit = m.group("unit").lower()
            s = m.group("num") + ("%" if unit in ("%", "persen") else " " + unit)
    m = _PERCENT_WORD_RE.match(s)
    if m:  # '82,60 persen': the sign written out
        s = m.group("num") + "%"
    m = _COUNT_RE.match(s)
    if m:
        return _count(raw, m.group("num"), _UNITS[m.group("unit").lower()], script)
    if LETTERED_HUNDRED_RE.match(s):
        # 'lOO', 'IOO,OO' standing alone: a 100 whose digits OCR all read as letters (capital Os: no word)
        return Reading(raw, value=100.0, unit="%" if expect == "%" else None, repairs=tuple(script) + (
            Repair(LETTER, raw, "100", f"'{s}' standing alone read as 100"),))
    if "/" in s and _SLASHED_O_RE.match(s) or _LETTERED_PERCENT_RE.match(s):
        # '75o/o', 'lOO%': the sign as older OCR engines read it, before its letters count as a word
        reading = parse_percent(s)
        if reading is not None:
            return _with_raw(reading, raw, script)
    m = _END_COUNT_RE.match(s)
    if m:
        return _count(raw, m.group("num"), _END_UNITS[m.group("unit").lower()], script)
    m = _PERCENT_OF_NOUN_RE.match(s) if "%" in s else None
    if m and m.group("unit").lower() in _UNITS.keys() | _END_UNITS.keys():
        # '100%Dokumen': a share of so many documents; the value is the percentage, the noun no value of its own
        reading = parse_percent(m.group("pct"))
        if reading is not None:
            return _with_raw(replace(reading, notes=reading.notes + (f"share of {m.group('unit').lower()}",)),
                             raw, script)
    if _WORD_RE.search(s) and not _WORD_COUNT_RE.match(s):
        # '1 Lakip dan 2 Perjanjian Kinerja', 'Perzen 100': words, not one value
        return Reading(raw, trusted=False, notes=("text, not a single value",))
    m = _DECIMAL_YEARS_RE.match(s) if "," in s or "." in s else None
    if m:  # '8,75 Tahun': an average duration in years, a measure of its own (no unknown word)
        reading = _plain_number(raw, m.group("num"))
        if reading is not None and reading.value is not None:
            return Reading(raw, value=reading.value, unit="tahun", repairs=tuple(script) + reading.repairs,
                           alternatives=reading.alternatives, trusted=reading.trusted, notes=reading.notes)
    m = _WORD_COUNT_RE.match(s)
    if m and "%" not in s:
        reading = _plain_number(raw, m.group("num"))
        if reading is not None:
            unit = m.group("unit").lower()
            return Reading(raw, value=reading.value, unit=unit, repairs=tuple(script) + reading.repairs,
                           trusted=False, notes=reading.notes + (f"unknown unit '{unit}'",))
    if s[-1:] in "oO\u00b0" and NINE_O_RE.fullmatch(s):  # '959o': 9590, or 95% with its sign read '9o'
        reading = _plain_number(raw, s)
        if reading is not None and not reading.trusted:
            return _with_raw(replace(reading, unit="%" if expect == "%" else None), raw, script)
    if "%" in s or "&" in s or expect == "%":
        reading = parse_percent(s)
        if reading is None:
            return Reading(raw, unit="%", trusted=False, notes=("no value in the text",))
        return _with_raw(reading, raw, script)
    if not _DIGIT_RE.search(s):
        return Reading(raw, trusted=False, notes=("no value in the text",))
    reading = _plain_number(raw, s)
    if reading is None:
        return Reading(raw, trusted=False, notes=("no value in the text",))
    return _with_raw(reading, raw, script)


def _with_raw(reading: Reading, raw: str, script: list[Repair]) -> Reading:
    """The reading with the caller's raw text and any look-alike-script repair."""
    if reading.raw == raw and not script:
        return reading
    repairs = tuple(script) + tuple(replace(r, before=raw) for r in reading.repairs)
    return Reading(raw, value=reading.value, text=reading.text, unit=reading.unit,
                   repairs=repairs, alternatives=reading.alternatives,
                   trusted=reading.trusted, notes=reading.notes)


def _grade_or_opinion(raw: str, word: str, script: list[Repair]) -> Reading | None:
    """'BB', 'CcC' -> grade CC, 'WTP', 'WIF' -> opinion WTP; None if neither."""
    repairs = tuple(script)
    if word in _GRADES:
        return Reading(raw, text=word, unit="grade", repairs=repairs)
    if word in _GRADE_VARIANTS:
        text = _GRADE_VARIANTS[word]
        return Reading(raw, text=text, unit="grade",
                       repairs=repairs + (Repair(GRADE_LETTERS, raw, text, f"'{word}' is the grade {text} in OCR case noise"),))
    if word in _GRADE_GUESSES:
        text = _GRADE_GUESSES[word]
        return Reading(raw, text=text, unit="grade", trusted=False, notes=("grade letters guessed",),
                       repairs=repairs + (Repair(GRADE_LETTERS, raw, text, f"'E' read for 'B' in '{word}'"),))
    upper = word.upper()
    if upper in _OPINIONS and word == upper:
        return Reading(raw, text=upper, unit="opinion", repairs=repairs)
    if _OPINION_OCR_RE.match(word):
        return Reading(raw, text="WTP", unit="opinion",
                       repairs=repairs + (Repair(OPINION_LETTERS, raw, "WTP", f"'{word}' is WTP with T/P misread"),))
    return None


def _misread_grade_or_opinion(raw: str, word: str, script: list[Repair]) -> Reading:
    """'B8' -> grade BB, 'VVTP' -> opinion WTP (see _GRADE_OPINION_OCR), the repair recorded."""
    text, unit = _GRADE_OPINION_OCR[word]
    rule = GRADE_LETTERS if unit == "grade" else OPINION_LETTERS
    return Reading(raw, text=text, unit=unit, repairs=tuple(script) + (
        Repair(rule, raw, text, f"'{word}' is the {unit} {text} with a letter misread"),))


_SUBSTITUTES = frozenset("lIOo")  # look-alikes OCR reads in a digit's place rather than beside it


def _count(raw: str, num: str, unit: str, script: list[Repair]) -> Reading:
    """'1 NSPK', '2 Lap', '1S5kali': a count with its canonical unit noun."""
    if num in ("I", "l", "|", "T", "S"):
        digit = {"T": "7", "S": "5"}.get(num, "1")
        return Reading(raw, value=float(digit), unit=unit, repairs=tuple(script) + (
            Repair(LETTER, raw, digit, f"'{num}' before a unit noun read as '{digit}'"),),
            trusted=num != "T", notes=() if num != "T" else ("'T' may be 1 or 7",))
    # (not an 'l', 'I' or 'O' beside a 1 or 0: the commonest misreads of a digit, far commoner than a ghost of it,
    # so 'l1 Laporan' is 11, as 'l7 Laporan' is 17)
    doubled = [i for i, glyph in enumerate(num) if glyph in _LOOKALIKE and glyph not in _SUBSTITUTES
               and _LOOKALIKE[glyph] in (num[i - 1:i], num[i + 1:i + 2])]
    if len(doubled) == 1:
        # '1S5': the 5 printed twice, once read as S (gold 001: '15 kali' elsewhere).
        i = doubled[0]
        glyph = num[i]
        collapsed = num[:i] + num[i + 1:]
        plain = _plain_number(raw, collapsed)
        full = _plain_number(raw, num)
        if plain is not None and full is not None and plain.value is not None:
            return Reading(raw, value=plain.value, unit=unit, repairs=tuple(script) + (
                Repair(DOUBLED_GLYPH, raw, collapsed, f"'{glyph}' beside the digit it resembles read as a ghost of it"),),
                alternatives=(full.value,) if full.value is not None else (), trusted=False,
                notes=(f"{DOUBLED_GLYPH}: '{num}' may be {full.value:g}",))
    reading = _plain_number(raw, num)
    if reading is None:
        return Reading(raw, unit=unit, trusted=False, notes=("no digits",))
    value, alternatives = reading.value, reading.alternatives
    whole = [a for a in alternatives if a.is_integer()]
    if value is not None and not value.is_integer() and whole and unit not in _MEASURED:
        # things are counted whole: '1,685 orang' is 1685 people
        value, alternatives = whole[0], (value,) + tuple(a for a in alternatives if a != whole[0])
    return Reading(raw, value=value, unit=unit, repairs=tuple(script) + reading.repairs,
                   alternatives=alternatives, trusted=reading.trusted, notes=reading.notes)


# ---------------------------------------------------------------------------
# Lexing free-text table lines
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    """One value found in a line, with its span in the folded line."""

    kind: str  # 'amount' | 'percent' | 'number' | 'grade' | 'opinion' | 'count'
    start: int
    end: int
    raw: str
    reading: Reading

    def __init__(self, kind: str, start: int, end: int, raw: str, reading: Reading) -> None:
        # the generated frozen __init__, through the slots' own setters (half the cost; see Line)
        _set_kind(self, kind)
        _set_start(self, start)
        _set_end(self, end)
        _set_raw(self, raw)
        _set_reading(self, reading)


_set_kind, _set_start, _set_end, _set_raw, _set_reading = (
    vars(Token)[name].__set__ for name in ("kind", "start", "end", "raw", "reading"))


# A digit, or a look-alike letter inside a digit run ('94.T7', '3T.027', 'T6.2').
# ('2O Layanan': a letter ending a number before a count noun is a digit too; not '11B Prabumulih')
# (Every letter branch reads one of TOolISsBZG: the lookahead turns any other character away at once.)
_D = (rf"(?:\d|(?=[TOolISsBZG])(?:(?<=[\d.,:])[TOolISsBZG](?=[\d.,:%])|(?<=\d)[TOolISsBZG](?=[\w%\u00b0]|\s%|\s[oO\u00b0]/[oO]|\s(?i:{_UNIT_ALT})\b)"
      r"|(?<=\d)[Oo](?!\w)"  # '9O': an O ending a number is its last zero (not other letters: '4G', '2B' are names)
      r"|(?<=\d[TOolISsBZG])[TOolISsBZG](?=[\d.,%]|\s?[oO\u00b0]/[oO])"  # '1OO%', '1OOo/o': two look-alikes after a digit
      r"|(?<=[.,])[Oo](?=[0Oo]{2}(?!\w))|(?<=[.,][0Oo])[Oo](?=[0Oo](?!\w))|(?<=[.,][0Oo]{2})[Oo](?!\w)"  # '.OOO', '.OO0': a group of zeros
      r"|(?<=[.,]\d[Oo])[Oo](?!\w)"  # '.5OO': the group's last two zeros
      r"|(?<![\w.,:])[TlI](?=\d)|(?<![\w.,:])[SOIlT](?=[.,]\d{3})|(?<=[.,]\d\d)[OolISsBZG](?!\w)|(?<=\d[.,]\d)[OolISsBZG](?![\w.,])"
      r"|(?<![\w.,:])S(?=\d+(?:[.,]\d|\s?%))"  # 'S5,8%', 'S2%' (not 'S1' the degree)
      # 'B00.000', 'B.326.000': an 8 opening a grouped amount; 'B4,99%', 'B5%': one opening a percent
      r"|(?<![\w.,:])B(?=\d{0,2}[.,]\d{3}|\d(?:[.,]\d{1,2})?\s?%)"
      rf"|(?<![\w.,:])[SIl](?=\s(?i:{_UNIT_ALT})\b)))")  # 'S Laporan': a lone digit before a count noun
_D3 = rf"{_D}{_D}{_D}"
_D13 = rf"{_D}{_D}?{_D}?"
_SEP = r"[.,:]"
_END = r"(?![\w%]|[.,:]\d)"
# An amount does not end where a separator and a look-alike of a digit, or a letter and a digit, follow
# ('Rp 1.644.763.OO0', 'Rp 1.644.763.X00'): cut there, it would be read a thousand times too small;
# unread, the row stays without it.
_AMOUNT_END = _END + r"(?![.,:](?:[OolISsBZGT](?![a-z])|[A-Za-z][\dOolISsBZGT]))"  # (not 'Rp 5.000.Sebanyak')
_RP = r"(?:[Rr][Pp][.,]?\s?)"
_TAIL = r"(?:,0{1,4}(?!\d))?(?:,?-(?![\w-]))?"
_GRADE_ALT = r"AA|BB|B8|CC|CcC|Cc|A|B|C|D"
# A doubled grade letter a scan split with one space ('B B' for BB), standing alone in a space-aligned cell: two or more
# spaces, a '|' or a tab on both sides. Where columns are that far apart a single space parts no two cells, so it is
# one grade; 'B B' with single spaces around stays two values.
_SPLIT_GRADE = r"(?:^|(?<=\t)|(?<=[ |]{2}))(?:A\ A|B\ B|C\ C)(?=\t|[ |]{2}|[ |]*$)"
_OPINION_ALT = r"WTP|WDP|TMP|TW|WIF|WIP|WIT|WTF|VVTP|VVDP"
# Only other values (or nothing) may follow a grade or opinion on its line.
_VALUES_TO_EOL = (rf"(?=(?:[\s|]+(?:{_RP}?[\d.,:%&-][\dOolISsBZG.,:%&-]*|(?:{_GRADE_ALT}|{_OPINION_ALT})[:.]?|"
                  rf"\d+\s?(?i:{_UNIT_ALT})))*[\s|'\"`~_.,;:!-]*$)")  # OCR specks may trail the line
# Cheap tests of what a kind of token needs, checked before its costly
# alternatives are tried (each is implied by every alternative it guards, so
# the matches are the same): an amount opens with 'Rp' or has a separator
# within its first four characters; a percent has a '%' or '&' ahead; a count
# has a letter that can open its unit noun right after its digits and separators.
_AMOUNT_NEEDS = r"(?=[Rr][Pp]|.{1,3}[.,:])"
_PERCENT_NEEDS = r"(?=[^%&]*[%&])"
_COUNT_NEEDS = rf"(?=[\dTOolISsBZG.,]*\ ?(?:\(|(?i:[{''.join(sorted({unit[0] for unit in (*_UNITS, *_END_UNITS)}))}])))"
# An average duration in years with its decimals ('8,75 Tahun'): a value only where it ends the cell or line, or
# another value follows, as an _END_UNITS noun (`_DECIMAL_YEARS_RE` says why only with decimals).
_DECIMAL_YEARS = r"\d{1,3}[.,]\d{1,2}\ ?(?i:tahun|thn)(?![A-Za-z])\.?(?=\s*$|\s*[|\t]|\s+\d)"
# A noun of _END_UNITS is a unit only where its value ends the cell or line, or another value follows.
_END_UNIT = rf"(?i:{_END_UNIT_ALT})(?![A-Za-z]){_QUALIFIER}(?=\s*$|\s*[|\t]|\s+\d)"
# A digit split off a grouped amount by a space ('1.644.763.00 0') is no digit of it where it numbers the next row of
# a table run onto one line ('... 98.901.565,00 2. Program ...'): a row number closed by '.' or ')' before a word.
_NO_ROW_NUMBER = r"(?![.)]\s+[A-Z])"
_LEX_RE = re.compile(rf"""
    (?<![\w.,:])
    (?:
        (?P<amount>{_AMOUNT_NEEDS}(?:
            {_RP}?{_D13}(?:[.,]{_D3})+[.,](?:\d\d\ \d|\d\ \d\d)(?:[.,]{_D3})*(?!\d|[.,]\d){_NO_ROW_NUMBER}
          | {_RP}?{_D13}(?:\ ?{_SEP}{_D3}){{2,}}{_TAIL}{_AMOUNT_END}
          | {_RP}{_D}+(?:\ ?{_SEP}{_D}+)*{_TAIL}{_AMOUNT_END}
          | {_D13}(?:[.,]{_D3})*,0000{_END}
        ))
      | (?P<percent>{_PERCENT_NEEDS}{_D}+(?:[.,]\s?{_D}+)*(?:\s?%+|&(?![\w&])|\ ?\(%\)))
      | (?P<count>{_COUNT_NEEDS}(?:{_D}+(?:[.,]{_D}+)*\ ?(?:{_SPELLED}\ ?)?
            (?:(?i:{_UNIT_ALT})(?![A-Za-z])|\((?i:{_UNIT_ALT}|{_END_UNIT_ALT})\)|{_END_UNIT})|{_DECIMAL_YEARS}))
      | (?P<number>{_D}+(?:[.,]{_D}+)*{_END}(?![.,:][A-Za-z]))
      | (?P<grade>(?:{_SPLIT_GRADE}|{_GRADE_ALT})(?![\w]){_VALUES_TO_EOL})
      | (?P<opinion>(?:{_OPINION_ALT})(?![\w])[:.]?{_VALUES_TO_EOL})
      | (?P<level>(?i:level)\ ?\d{{1,2}}(?:[.,]\d{{1,2}})?{_END})
    )
""", re.X)


# Where a token can start: every alternative of _LEX_RE opens with a digit, a
# look-alike letter, the R of 'Rp', a grade letter or the W/T (or the V of 'VVTP') of an opinion,
# after a character that is not part of a word or a number; a letter opening a
# token is never followed by a lower-case letter but the p of 'Rp' or the c of
# 'Cc', or the L of 'Level 3', or the l or t of a lettered 'too%' / 'loo%'. Trying the alternation only there finds what finditer finds, without
# running it at every word of the line ('Sasaran', 'Target' cannot start one).
# (Written to open with its character class, so that the engine skips to the next such character in C:
# a pattern opening with a lookbehind, or an alternation of classes, is tried at every character.)
_LEX_START_RE = re.compile(r"[\dTOolISsBZGRrABCDWVLt](?<![\w.,:].)"
                           r"(?:(?<=\d)|(?<=[TOolISsBZGRrABCDWV])(?![abd-oq-z])|(?<=[Ll])(?=(?i:evel)\ ?\d)"
                           r"|(?<=[lIt])(?=[Oo0]{2}(?:[.,][Oo0]{1,2})?\s?(?:%|[oO\u00b0]/[oO])))")


# The two commonest tokens, which need not run the alternation: a plain number ('2023', '97,5') with
# whitespace after it and then nothing, a digit, a space or a border; and a plain percent ('98,50%').
# Where _LEX_RE can start a token they match the same span and kind: after such a number no '%', unit
# noun or digit group can follow, and neither holds a space, '&', ':' or a look-alike letter
# (',0000' is left out: _LEX_RE reads '1,0000' as an amount).
_PLAIN_RE = re.compile(r"(?P<number>\d++(?:\.\d++|,(?!0000(?!\d))\d++)?(?=\s?\Z|\s[\d\s|]))"
                       r"|(?P<percent>\d++(?:[.,]\d++)?%++)")


def _lex_matches(text: str):
    """The matches of `_LEX_RE.finditer(text)` (same spans and kinds), tried only where a token can start.

    A plain number or percent is matched by `_PLAIN_RE` and the alternation skipped.
    """
    start = _LEX_START_RE.search(text)
    while start is not None:
        found = _PLAIN_RE.match(text, start.start()) or _LEX_RE.match(text, start.start())
        if found is None:
            start = _LEX_START_RE.search(text, start.start() + 1)
        else:
            yield found
            start = _LEX_START_RE.search(text, found.end())


# '%' as Tesseract reads it off older typed pages: 'o/o' or '0/o' ('100o/o', '85 o/o', 'lOOo/o'), after a
# number whose digits may be look-alike letters themselves. Never inside a word or a path ('Kab/Kota').
_SLASH_PERCENT_RE = re.compile(r"(?<![\w.,/])(?P<num>[\dlIOSt]+(?:[.,][\dOS]+)?)(?P<sign>\s?(?:[o\u00b0]/[o0]|0/o))(?![\w/])")
_SLASH_PERCENT_NUM_RE = re.compile(r"\d+(?:[.,]\d+)?")
# '100%' with all three digits read as letters ('too%', 'lOO %'): the one number OCR so damages that a
# report prints beside a percent sign; no word of the reports is spelled so before one.
_LETTER_100_RE = re.compile(r"(?<![\w.,/])(?P<num>[tlI][oO0][oO0](?:[.,][oO0]{1,2})?)(?P<sign>\s?%)(?![\w/%])")
_SLASH_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0", "S": "5", "t": "1"})


def _slash_percents(text: str) -> tuple[str, dict[int, tuple[int, str]]]:
    """The line with each 'o/o' percent sign written '%', and each 'too%' '100%' (padded, so offsets stay).

    Returns the rewritten text and, by the start of each rewritten number, the
    end of its original sign and the text it was read as. Only a number of
    real digits, or the look-alike '100' ('lOO'), counts: 'IO o/o' stays text.
    """
    found: dict[int, tuple[int, str]] = {}
    parts: list[str] = []
    pos = 0
    matches = [*_SLASH_PERCENT_RE.finditer(text)] if "/" in text else []
    if "%" in text:
        matches = sorted(matches + [*_LETTER_100_RE.finditer(text)], key=lambda m: m.start())
    for m in matches:
        num = m.group("num")
        digits = "100" if m.re is _LETTER_100_RE else num.translate(_SLASH_DIGITS)
        # a number of real digits, or the look-alike 100 ('lOO', 'tOO', 'IOO,O'): 'IO o/o' or 'SS o/o' stays text
        if not _SLASH_PERCENT_NUM_RE.fullmatch(digits) or (
                not any(c.isdigit() for c in num) and re.split(r"[.,]", digits)[0] != "100"):
            continue
        read = digits + "%"
        parts.append(text[pos:m.start()])
        parts.append(read.ljust(m.end() - m.start()))
        found[m.start()] = (m.end(), read)
        pos = m.end()
    if not found:
        return text, found
    parts.append(text[pos:])
    return "".join(parts), found


def may_hold_lettered_percent(text: str) -> bool:
    """Whether a text may hold a percent that OCR wrote in letters ('lOOo/o', 'too%'): a substring precheck."""
    # ('lO0%': the last zero read right, the first as a letter: a letter before a digit zero, then the sign)
    return ("/" in text and ("o/" in text or "0/o" in text or "\u00b0/" in text)) or ("%" in text and (
        "o%" in text or "O%" in text or "o %" in text or "O %" in text
        or (("O0" in text or "o0" in text) and _LETTER_100_RE.search(text) is not None)))


def _restore_slash_percent(token: Token, text: str, found: dict[int, tuple[int, str]]) -> Token:
    """A token read from a rewritten 'o/o' percent, with the printed text as its raw and the repair recorded."""
    end, read = found[token.start]
    raw = text[token.start:end]
    r = token.reading
    repairs = [Repair(SIGN_TYPO, raw, read, "'o/o' read for '%' after a number")] if "/" in raw else []
    if read[:-1] != raw[:len(read) - 1]:
        repairs.append(Repair(LETTER, raw, read, "look-alike letters before the sign read as digits"))
    reading = Reading(raw, value=r.value, text=r.text, unit=r.unit, repairs=tuple(repairs) + r.repairs,
                      alternatives=r.alternatives, trusted=r.trusted, notes=r.notes)
    return Token(token.kind, token.start, end, raw, reading)


def lex_values(line: str) -> list[Token]:
    """Value tokens of a table line whose cells are not delimited.

    One pass of one compiled alternation, so tokens never overlap and come in
    order. Offsets are in `fold_text(line)` (the same as `line` for ASCII).
    A grade or opinion counts only where nothing but values follows it on
    the line ('... Kinerja B CcC 60'), never mid-sentence ('minimal B untuk').
    A split amount is joined only when its pieces make one grouped amount.
    """
    text = fold_text(line)
    found: dict[int, tuple[int, str]] = {}
    printed = text
    ones = read_one_glyphs(text)  # ']00%', '5]6.499.800': read on the same offsets, the printed raw restored below
    if ones is not None:
        text = ones
    doubled = read_doubled_separators(text, same_length=True)  # '45,,95%': likewise
    if doubled is not None:
        text = doubled
    if may_hold_lettered_percent(text):  # cheap precheck: most lines hold no such sign
        text, found = _slash_percents(text)
    tokens: list[Token] = []
    for m in _lex_matches(text):
        kind = m.lastgroup
        raw = m.group(kind)
        if kind == "amount":
            reading = parse_amount(raw)
        elif kind == "percent":
            reading = parse_percent(raw) if raw[-1] != ")" else parse_measure(raw)  # '85 (%)
        elif kind == "number":
            if not raw[0].isdigit() and not _LETTER_LED_GROUPS.match(raw) or _ZERO_LED.match(raw):
                continue
            reading = _number_reading(raw)
        else:
            reading = parse_measure(raw)
        if reading is None:
            continue
        # 'Level 3' is counted like '3 Laporan': a number with its unit word
        token = Token("count" if kind == "level" else kind, m.start(kind), m.end(kind), raw, reading)
        if found and token.start in found and kind == "percent":
            token = _restore_slash_percent(token, printed, found)
        if token.start and text[token.start - 1] == "-" and kind in ("percent", "number"):
            token = _negative(token, text)
        if (ones or doubled) and token.raw == text[token.start:token.end] != printed[token.start:token.end]:
            token = _restore_printed(token, printed[token.start:token.end], ones is not None, doubled is not None)
        tokens.append(token)
    if any(t.kind in _RUN_KINDS and len(t.raw) > 10 and _RUN_TOGETHER_RE.match(t.raw) for t in tokens):
        tokens = _runs_parted(tokens)
    if ":" in text:
        tokens = _with_ratios(text, tokens)
    if len(tokens) > 1 and any(ch in text for ch in DIGIT_GLYPHS):  # cheap precheck: most lines hold none
        tokens = _amounts_across_a_glyph(text, tokens)
    return tokens


# Two values whose gap OCR lost ('13.302.0004.620.000', '102.017.53493,76%'): an amount in thousand groups runs on
# into more digits, a group of four or more, which no amount has; it ends after the group's third digit.
_RUN_TOGETHER_RE = re.compile(r"(?P<a>(?:[Rr][Pp][.,]?\s?)?\d{1,3}(?:\.\d{3})+)"
                              r"(?P<b>\d{1,3}(?:\.\d{3})+|\d{2,3}(?:,\d{1,2})?%)$")
_RUN_KINDS = frozenset({"number", "amount", "percent"})
RUN_TOGETHER = "values_run_together"


def _runs_parted(tokens: list[Token]) -> list[Token]:
    """Each token of two values run together parted into the two, each with the repair on record."""
    out: list[Token] = []
    for token in tokens:
        m = _RUN_TOGETHER_RE.match(token.raw) if token.kind in _RUN_KINDS else None
        first = parse_amount(m["a"]) if m else None
        second = (parse_percent(m["b"]) if m["b"].endswith("%") else parse_amount(m["b"])) if m else None
        if first is None or second is None or first.value is None or second.value is None \
                or (m["b"].endswith("%") and m["a"].count(".") < 2):
            out.append(token)
            continue
        evidence = (f"'{token.raw}': thousand groups run on into a group of more than three digits, which no "
                    f"amount has; two values whose gap was lost, parted after the group's third digit")
        cut = token.start + len(m["a"])
        for kind, start, end, raw, reading in (("amount", token.start, cut, m["a"], first),
                                               ("percent" if m["b"].endswith("%") else "amount", cut, token.end,
                                                m["b"], second)):
            out.append(Token(kind, start, end, raw, replace(reading, repairs=(
                Repair(RUN_TOGETHER, token.raw, raw, evidence),) + reading.repairs)))
    return out


def _restore_printed(token: Token, shown: str, ones: bool, doubled: bool) -> Token:
    """A token lexed from a line whose one-glyphs or doubled separators were read first, with its printed raw and
    each such repair on record."""
    reading = token.reading
    if doubled and _DOUBLED_SEP_RE.search(shown):
        reading = with_read_text(reading, shown, token.raw, SEPARATOR, DOUBLED_SEP_EVIDENCE)
    if ones and any(glyph in shown for glyph in "]!DbZ"):
        reading = with_read_text(reading, shown, token.raw, LETTER, ONE_GLYPH_EVIDENCE)
    return Token(token.kind, token.start, token.end, shown, reading)


# Signs a scan prints where it lost one digit of a grouped amount ('6.9€1.220.000', '1.2?4.500')
DIGIT_GLYPHS = "€?*#~°§¢£@"
_GLYPH_AMOUNT_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:,\d{3}){2,}")


def _substitutes_as_digits(raw: str) -> str:
    """The text with each look-alike OCR reads in a digit's place ('O', 'l') as that digit: the shape test of a
    glyph-cut amount ('2.4?0.6O0.000') must not fail on a letter `parse_amount` repairs anyway."""
    if not any(ch in raw for ch in _SUBSTITUTES):  # cheap precheck: most amounts hold none
        return raw
    return "".join(_LOOKALIKE[ch] if ch in _SUBSTITUTES else ch for ch in raw)


def _amounts_across_a_glyph(text: str, tokens: list[Token]) -> list[Token]:
    """One grouped amount cut in two at a glyph standing for a lost digit ('6.9€1.220.000': '6.9' and
    '1.220.000'): joined again, the glyph read as each digit in turn.

    Read apart, the row's pagu was 1.220.000. Joined, the amount is untrusted,
    its value the reading with the glyph as 0 and its alternatives every other
    digit, so that the row's own arithmetic (% = realisasi / pagu) or its
    total picks the digit, with the repair on record; where nothing does, it
    stays flagged. Only when the glyph, read as a digit, makes one well-formed
    grouped amount of the two tokens and nothing else stands between them.
    """
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and tok.kind in ("number", "amount") and nxt.kind == "amount" \
                and nxt.start == tok.end + 1 and text[tok.end] in DIGIT_GLYPHS:
            raw = text[tok.start:nxt.end]
            glyph = tok.end - tok.start
            if _GLYPH_AMOUNT_RE.fullmatch(_substitutes_as_digits(raw[:glyph] + "0" + raw[glyph + 1:])):
                readings = [parse_amount(raw[:glyph] + d + raw[glyph + 1:]) for d in "0123456789"]
                values = [r.value for r in readings if r is not None and r.value is not None]
                if len(values) == 10:
                    reading = Reading(raw, value=values[0], unit="rupiah", alternatives=tuple(values[1:]),
                                      trusted=False, notes=(f"{text[tok.end]!r} stands for a lost digit",))
                    out.append(Token("amount", tok.start, nxt.end, raw, reading))
                    i += 2
                    continue
        out.append(tok)
        i += 1
    return out


def _with_ratios(text: str, tokens: list[Token]) -> list[Token]:
    """The tokens with each ratio ('1:20', '1 : 2.500') one token of kind 'ratio' in place of the numbers the
    lexer cut it into ('1' and '2.500' would pass for a target and a realisation)."""
    ratios = [Token("ratio", m.start(), m.end(), m.group(), parse_measure(m.group()))
              for m in _RATIO_TOKEN_RE.finditer(text)]
    if not ratios:
        return tokens
    kept = [t for t in tokens if not any(r.start < t.end and t.start < r.end for r in ratios)]
    return sorted(kept + ratios, key=attrgetter("start"))


_BEFORE_MINUS = frozenset(" \t|(")


def _negative(token: Token, text: str) -> Token:
    """The token as a negative value when a minus sign opens it ('-2,07%', '-0,35'), else itself.

    A growth rate can fall below zero ('Pertumbuhan ekonomi 5,5% -2,07% -37,64%'); read
    without its sign, a contraction would pass for growth. The sign counts only right
    before the digits, at the start of the text or after a space or border, and only on a
    percentage or a number with a decimal mark: '70-75%' and '70 - 75%' are ranges, and
    '- 12 -' is a page number.
    """
    start = token.start
    if start > 1 and text[start - 2] not in _BEFORE_MINUS:
        return token
    reading = token.reading
    if reading.value is None or reading.value <= 0 or token.kind == "number" and not (
            "," in token.raw or "." in token.raw):
        return token
    raw = "-" + token.raw
    return Token(token.kind, start - 1, token.end, raw, negated(reading, raw))


# 'B00.000': a look-alike opening digits in thousand groups is a digit of an amount, not a word.
_LETTER_LED_GROUPS = re.compile(r"[A-Za-z]\d{0,2}(?:[.,]\d{3})+$")
# '076', '076,01', '07601': a program code's digits (076.01.WA), never a measure.
_ZERO_LED = re.compile(r"0\d\d")


@lru_cache(maxsize=16384)
def _number_reading(raw: str) -> Reading | None:
    return _plain_number(raw, raw)
