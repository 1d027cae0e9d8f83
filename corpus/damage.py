"""Damage the printed values of a report's tab and markdown tables the way OCR does.

    python corpus/damage.py IN_DIR OUT_DIR --rate R [--seed S] [--log FILE]

A clean report with its values misread states the same values to a careful
reader wherever the report itself settles them (a row's arithmetic, children
that add up to their parent, the same value in another table), so its gold
still holds: a run on the damaged corpus, scored against the corpus gold,
shows how much of the number repair generalises to damage it was not written
for. Only the values in table lines are touched (a tab-separated line or a
`| a | b |` markdown row; never a row's first cell, where its number or code
stands, nor a row of column numbers `1 2 3 4`), each with probability R, with
one OCR confusion: those of generate.py (O for 0, l for 1, S for 5, `%` read
as `96`, a digit group split by a space, Cyrillic look-alikes in grades) and
`%` read as `5` (`1005` for `100%`), B for 8, `,` read as `.`, and a stray
`|` beside the value (in tab tables only: in a markdown row it would open a
cell). Prose, and so the line count, stays as it is. Output depends only on
the arguments and the file names (a `random.Random` seeded per file).

With `--kinds K ...` it makes only the named kinds below instead (each one a
misreading seen in real Tesseract output of LKj tables, which the default
run does not make; the default output stays as it was). A value cell (a
line, a name cell) is touched with probability R, with one of the named
kinds that fits it:

- `pct_o`: `%` read as `o/o`, `°/o` or `9o` (the ring and slash of a small
  percent sign, or its upper ring taken for a 9): `100%` -> `100o/o`.
- `rp`: the currency sign `Rp` read as `Ro` (p's bowl closed), `R p` (a gap
  in the kerning) or `Rp,` (a speck after it): `Rp 1.200` -> `Ro 1.200`.
- `comma_lost` / `comma_double`: a decimal comma (one before the last one
  or two digits, not one grouping thousands) dropped (`98,50%` ->
  `9850%`, a faint comma) or read twice (`98,,50%`, a comma with its shadow).
- `one`: `1` read as `I`, `]` or `!` (a serif-less one).
- `zero`: `0` read as `o` or `D` (a round glyph, a bold narrow zero).
- `bzt`: `6` as `b`, `2` as `Z`, `7` as `T` (glyphs with one stroke less).
- `space`: a space inside a digit run (`100%` -> `1 00%`), a wide tracking gap.
- `groups`: one thousands dot read as a comma, a comma and a space, or a
  space (`4.451.669.000` -> `4.451, 669.000`), as a dot set low and wide reads.
- `stray_end`: a stray `.` or `'` after the value (dust, a cell rule's tick).
- `run_together`: two neighbouring value cells read as one, their gap lost
  (`100%` `98,50%` -> `100%98,50%`); only where the first ends in `%` or in a
  full thousands group, so that the pair still parts at one place.
- `shift_line`: a row's last value printed alone on a line of its own right
  below the row (a cell set lower than its row's baseline, which Tesseract
  reads as a line of its own); this adds a line, which the scorer allows.
- `name_cut`: a space inside a long word of a row's name (`Persentase` ->
  `Persen tase`), a letter gap read as a word gap.
- `name_letters`: letters confused in a row's name: `t` as `l`
  (`Kabupalen`), `m` as `rn`, `d` as `cl`, `i` as `l`.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import CYRILLIC, apply_digit_damage, digit_damage_kinds  # noqa: E402

NUMBER = r"\d+(?:[.,]\d+)*"
VALUE_RE = re.compile(
    rf"^(?P<pre>Rp\.?\s*)?(?P<num>{NUMBER}(?:\s*%)?)(?P<post>\s+[A-Za-z][A-Za-z ]*)?$")
GRADE_RE = re.compile(r"^(?:AA|A|BB|B|CC|C)$")
COLUMN_NUMBER_RE = re.compile(r"^\(?(\d{1,2})\)?$")


def number_kinds(text: str, in_tab_table: bool) -> list[str]:
    """Every OCR confusion this printed number can take."""
    kinds = digit_damage_kinds(text)
    kinds += [k for k, ok in (("B", "8" in text), ("pct5", text.endswith("%")), ("comma", "," in text),
                              ("bar", in_tab_table)) if ok]
    return kinds


def apply_number_damage(text: str, kind: str, rng: random.Random) -> str:
    if kind == "B":
        spots = [i for i, ch in enumerate(text) if ch == "8"]
        i = rng.choice(spots)
        return text[:i] + "B" + text[i + 1:]
    if kind == "pct5":
        return text[:-1].rstrip() + "5"
    if kind == "comma":
        spots = [i for i, ch in enumerate(text) if ch == ","]
        i = rng.choice(spots)
        return text[:i] + "." + text[i + 1:]
    if kind == "bar":
        return "|" + text if rng.random() < 0.5 else text + "|"
    return apply_digit_damage(text, kind, rng)


def damage_value(cell: str, rng: random.Random, rate: float, in_tab_table: bool) -> str:
    """The cell, with its value misread with probability `rate`; a cell that is no value stays."""
    if GRADE_RE.match(cell):
        return cell.translate(CYRILLIC) if rng.random() < rate else cell
    m = VALUE_RE.match(cell)
    if not m or rng.random() >= rate:
        return cell
    num = m["num"]
    kinds = number_kinds(num, in_tab_table)
    if not kinds:
        return cell
    return (m["pre"] or "") + apply_number_damage(num, rng.choice(kinds), rng) + (m["post"] or "")


def is_column_numbers(cells: list[str]) -> bool:
    """'1 2 3 4' or '(1) (2) (3)': the row that numbers a table's columns."""
    nums = [COLUMN_NUMBER_RE.match(c) for c in cells if c]
    return len(nums) >= 2 and all(nums) and [int(m[1]) for m in nums] == list(
        range(int(nums[0][1]), int(nums[0][1]) + len(nums)))


def damage_line(line: str, rng: random.Random, rate: float) -> str:
    """A table line with its values damaged; any other line unchanged."""
    if "\t" in line:
        sep, first = "\t", 0
    else:
        s = line.strip()
        if not (len(s) > 1 and s.startswith("|") and s.endswith("|")):
            return line
        sep, first = "|", 1  # parts[0] is what stands before the opening bar
    parts = line.split(sep)
    cells = [p.strip() for p in parts[first:]]
    if is_column_numbers(cells) or set("".join(cells)) <= set("-: "):
        return line
    for k in range(first + 1, len(parts)):
        core = parts[k].strip()
        if not core:
            continue
        new = damage_value(core, rng, rate, sep == "\t")
        if new != core:
            parts[k] = parts[k].replace(core, new, 1)
    return sep.join(parts)


def damage_text(text: str, rng: random.Random, rate: float) -> tuple[str, list[dict]]:
    """The text with its table values damaged, and the changed lines (1-based) for the log."""
    out, changed = [], []
    for n, line in enumerate(text.split("\n"), start=1):
        new = damage_line(line, rng, rate)
        if new != line:
            changed.append({"line": n, "before": line, "after": new})
        out.append(new)
    return "\n".join(out), changed


# --- the kinds made only on request (--kinds); see the module docstring for what each imitates ---

VALUE_KINDS = ("pct_o", "rp", "comma_lost", "comma_double", "one", "zero", "bzt", "space", "groups", "stray_end")
LINE_KINDS = ("run_together", "shift_line")
NAME_KINDS = ("name_cut", "name_letters")
NEW_KINDS = VALUE_KINDS + LINE_KINDS + NAME_KINDS
DIGIT_LOOKALIKES = {"one": {"1": ("I", "]", "!")}, "zero": {"0": ("o", "D")},
                    "bzt": {"6": ("b",), "2": ("Z",), "7": ("T",)}}
NAME_LOOKALIKES = {"t": "l", "m": "rn", "d": "cl", "i": "l"}
LONG_WORD_RE = re.compile(r"[A-Za-z]{8,}")
DECIMAL_COMMA_RE = re.compile(r",(?=\d{1,2}(?!\d))")  # a decimal comma, not one grouping thousands
RUN_END_RE = re.compile(r"(?:%|\d\.\d{3})$")


def value_kinds(pre: str, num: str, kinds: list[str]) -> list[str]:
    """The asked-for value kinds that fit this printed value (its `Rp` sign and its number)."""
    decimal = DECIMAL_COMMA_RE.search(num) is not None
    fits = {"pct_o": num.endswith("%"), "rp": bool(pre), "comma_lost": decimal, "comma_double": decimal,
            "one": "1" in num, "zero": "0" in num, "bzt": any(d in num for d in "627"),
            "space": re.search(r"\d\d", num) is not None, "groups": num.count(".") >= 2, "stray_end": True}
    return [k for k in kinds if fits.get(k)]


def _one_spot(text: str, chars: str, rng: random.Random) -> int:
    return rng.choice([i for i, ch in enumerate(text) if ch in chars])


def apply_value_kind(pre: str, num: str, kind: str, rng: random.Random) -> tuple[str, str]:
    """The value's `Rp` sign and number with one misreading of the given kind."""
    if kind == "pct_o":
        return pre, num[:-1] + rng.choice(("o/o", "°/o", "9o"))
    if kind == "rp":
        return pre.replace("Rp", rng.choice(("Ro", "R p", "Rp,")), 1).replace(",.", ",", 1), num
    if kind in ("comma_lost", "comma_double"):
        i = DECIMAL_COMMA_RE.search(num).start()
        return pre, num[:i] + ("" if kind == "comma_lost" else ",,") + num[i + 1:]
    if kind in DIGIT_LOOKALIKES:
        table = DIGIT_LOOKALIKES[kind]
        i = _one_spot(num, "".join(table), rng)
        return pre, num[:i] + rng.choice(table[num[i]]) + num[i + 1:]
    if kind == "space":
        i = rng.choice([m.start() + 1 for m in re.finditer(r"(?=\d\d)", num)])
        return pre, num[:i] + " " + num[i:]
    if kind == "groups":
        i = _one_spot(num, ".", rng)
        return pre, num[:i] + rng.choice((", ", ",", " ")) + num[i + 1:]
    if kind == "stray_end":
        return pre, num + rng.choice((".", "'"))
    raise ValueError(kind)


def damage_value_kinds(cell: str, rng: random.Random, rate: float, kinds: list[str]) -> str:
    """The cell with its value misread by one of `kinds` with probability `rate`."""
    m = VALUE_RE.match(cell)
    if not m or rng.random() >= rate:
        return cell
    fits = value_kinds(m["pre"] or "", m["num"], kinds)
    if not fits:
        return cell
    pre, num = apply_value_kind(m["pre"] or "", m["num"], rng.choice(fits), rng)
    return pre + num + (m["post"] or "")


def damage_name(cell: str, rng: random.Random, rate: float, kinds: list[str]) -> str:
    """A row's name cell with a word cut or letters confused, with probability `rate`."""
    if VALUE_RE.match(cell) or GRADE_RE.match(cell) or rng.random() >= rate:
        return cell
    fits = [k for k in kinds if (k == "name_cut" and LONG_WORD_RE.search(cell))
            or (k == "name_letters" and any(ch in cell for ch in NAME_LOOKALIKES))]
    if not fits:
        return cell
    if rng.choice(fits) == "name_cut":
        word = rng.choice(list(LONG_WORD_RE.finditer(cell)))
        i = rng.randrange(word.start() + 3, word.end() - 3)
        return cell[:i] + " " + cell[i:]
    for _ in range(rng.choice((1, 2))):
        spots = [i for i, ch in enumerate(cell) if ch in NAME_LOOKALIKES]
        if not spots:
            break
        i = rng.choice(spots)
        cell = cell[:i] + NAME_LOOKALIKES[cell[i]] + cell[i + 1:]
    return cell


def table_cells(line: str) -> tuple[str, int, list[str]] | None:
    """A data row's separator, index of its first cell, and its parts; None for any other line."""
    if "\t" in line:
        sep, first = "\t", 0
    else:
        s = line.strip()
        if not (len(s) > 1 and s.startswith("|") and s.endswith("|")):
            return None
        sep, first = "|", 1
    parts = line.split(sep)
    cells = [p.strip() for p in parts[first:]]
    if is_column_numbers(cells) or set("".join(cells)) <= set("-: "):
        return None
    return sep, first, parts


def _value_spots(parts: list[str], first: int) -> list[int]:
    return [k for k in range(first + 1, len(parts)) if VALUE_RE.match(parts[k].strip())]


def run_together(parts: list[str], first: int, sep: str, rng: random.Random) -> list[str] | None:
    """Two neighbouring value cells as one, the gap between them lost; None when no pair fits."""
    spots = _value_spots(parts, first)
    pairs = [k for k in spots if k + 1 in spots and RUN_END_RE.search(parts[k].strip())]
    if not pairs:
        return None
    k = rng.choice(pairs)
    a, b = parts[k].strip(), parts[k + 1].strip()
    joined = parts[k].replace(a, a + b, 1)
    return parts[:k] + [joined] + parts[k + 2:]


def shift_line(parts: list[str], first: int, sep: str) -> tuple[list[str], str] | None:
    """The row without its last value, and the line below holding that value alone in its column."""
    spots = _value_spots(parts, first)
    if len(spots) < 2:
        return None
    k = spots[-1]
    value = parts[k].strip()
    row = parts[:k] + [parts[k].replace(value, " " * len(value) if sep == "|" else "", 1)] + parts[k + 1:]
    below = ["" if sep == "\t" else " " * len(p) for p in parts]
    below[k] = parts[k]
    if sep == "|":
        below[0], below[-1] = parts[0], parts[-1]
    return row, sep.join(below)


def damage_line_kinds(line: str, rng: random.Random, rate: float, kinds: list[str]) -> list[str]:
    """A table line damaged by the asked-for kinds (one or two lines: `shift_line` adds one)."""
    found = table_cells(line)
    if found is None:
        return [line]
    sep, first, parts = found
    has_digit = any(ch.isdigit() for p in parts[first + 1:] for ch in p)
    for k in range(first + 1, len(parts)):
        core = parts[k].strip()
        if not core:
            continue
        new = damage_value_kinds(core, rng, rate, kinds)
        if new == core and has_digit and any(kind in NAME_KINDS for kind in kinds):
            new = damage_name(core, rng, rate, kinds)
        if new != core:
            parts[k] = parts[k].replace(core, new, 1)
    below = None
    line_kinds = [k for k in kinds if k in LINE_KINDS]
    if line_kinds and rng.random() < rate:
        kind = rng.choice(line_kinds)
        if kind == "run_together":
            parts = run_together(parts, first, sep, rng) or parts
        else:
            shifted = shift_line(parts, first, sep)
            if shifted is not None:
                parts, below = shifted
    return [sep.join(parts)] + ([below] if below is not None else [])


def damage_text_kinds(text: str, rng: random.Random, rate: float, kinds: list[str]) -> tuple[str, list[dict]]:
    """The text with the asked-for kinds of damage, and the changed lines (1-based, as in the input) for the log."""
    out, changed = [], []
    for n, line in enumerate(text.split("\n"), start=1):
        new = damage_line_kinds(line, rng, rate, kinds)
        if new != [line]:
            changed.append({"line": n, "before": line, "after": "\n".join(new)})
        out.extend(new)
    return "\n".join(out), changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--rate", type=float, required=True, help="chance that OCR misreads a value (0..1)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--log", type=Path, default=None, help="write the changed lines here as JSON")
    parser.add_argument("--kinds", nargs="+", choices=NEW_KINDS, default=None,
                        help="make only these new kinds of damage (see the docstring)")
    args = parser.parse_args(argv)
    if not 0.0 <= args.rate <= 1.0:
        parser.error("--rate must be within 0..1")
    args.out.mkdir(parents=True, exist_ok=True)
    log = {}
    for path in sorted(args.source.glob("*.txt")):
        rng = random.Random(f"{args.seed}:{path.name}")
        source = path.read_text(encoding="utf-8")
        if args.kinds:
            text, changed = damage_text_kinds(source, rng, args.rate, args.kinds)
        else:
            text, changed = damage_text(source, rng, args.rate)
        (args.out / path.name).write_text(text, encoding="utf-8")
        log[path.name] = changed
    if args.log:
        args.log.write_text(json.dumps(log, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"damaged {sum(len(v) for v in log.values())} table lines in {len(log)} reports into {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
