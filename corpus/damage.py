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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--rate", type=float, required=True, help="chance that OCR misreads a value (0..1)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--log", type=Path, default=None, help="write the changed lines here as JSON")
    args = parser.parse_args(argv)
    if not 0.0 <= args.rate <= 1.0:
        parser.error("--rate must be within 0..1")
    args.out.mkdir(parents=True, exist_ok=True)
    log = {}
    for path in sorted(args.source.glob("*.txt")):
        rng = random.Random(f"{args.seed}:{path.name}")
        text, changed = damage_text(path.read_text(encoding="utf-8"), rng, args.rate)
        (args.out / path.name).write_text(text, encoding="utf-8")
        log[path.name] = changed
    if args.log:
        args.log.write_text(json.dumps(log, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"damaged {sum(len(v) for v in log.values())} table lines in {len(log)} reports into {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
