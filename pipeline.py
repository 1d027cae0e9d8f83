"""lkj-extract: LKj performance reports in, typed Parquet tables out.

    python pipeline.py extract INPUT... --out DIR

Stages, each one hop from here:
  read      extract.readers.read_document     file -> located text (pages of numbered lines)
            extract.narrow_print              a text wrapped at a narrow measure: its wrapped lines joined back
  lines     extract.lines.LineViews           line -> cells with text and value tokens, on demand
  tables    extract.tables.find_tables        headers + rows: each row's lines and values gathered
  records   extract.table_records.rows_to_records  gathered rows -> raw measure/budget records (columns, names, units)
  blocks    extract.column_blocks             budget tables flattened one column at a time
  lists     extract.headerless                titled target lists whose column header OCR lost
  cells     extract.measure_column_blocks     measure tables printed one cell per line, names above the header
  proven    extract.proven_rows               three bare numbers under a name, proven target / realisasi / capaian
  units     extract.work_unit_outputs         an output's one work unit's row (Rincian Output per Satker), proven
  key-value extract.key_values                'Indikator : ... / Target : ... / Realisasi : ...' blocks
  rp lines  extract.budget_lines              'Program ... Rp X' budget lines outside tables
  sentences extract.sentences                 indicator results stated in prose
  budget    extract.budget_sentences          the year's pagu and realisation stated in prose (document totals)
  grants    extract.budget_remainders         grants stated in prose with what was spent and what is left
  signed    extract.agreements                target tables of a signed Perjanjian Kinerja (they win disagreements)
  document  normalize.document_fields         agency, level, region, province, year
  repair    normalize.repair                  OCR damage undone with arithmetic evidence
  totals    normalize.totals                  budget amounts repaired from their block's total
  quality   normalize.text_quality            unmatched rows of unreadable OCR debris set aside for review
  build     normalize.build                   clean rows, one per indicator (restatements to review), review list
  batch     batch.runner.run_batch            parallel, limited, resumable; year-partitioned Parquet per CONTRACT.md
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from batch.limits import Limits
from batch.runner import BatchOptions, run_batch
from extract.agreements import in_agreement, mark_signed, other_year_pledges, pledge_lines
from extract.budget_lines import Restatement, find_budget_lines, restated_sums
from extract.column_blocks import find_column_blocks, without_block_cells
from extract.doc_text import DocText
from extract.headerless import find_guessed_grade_rows, find_headerless_targets
from extract.proven_rows import find_proven_result_rows
from extract.work_unit_outputs import find_work_unit_outputs
from extract.measure_column_blocks import find_measure_column_blocks
from extract.key_values import find_key_value_measures
from extract.lines import LineViews
from extract.model import LocatedText
from extract.readers import ReadError, read_document, supported, supported_types
from extract.budget_remainders import find_grant_remainders
from extract.budget_runs import find_headerless_budget_rows, find_run_together_budgets
from extract.budget_sideways import find_sideways_budgets
from extract.budget_sentences import (confirmed_budget_sentence, find_budget_sentences, find_item_sentences,
                                      find_named_pagu_sentences, find_part_sentences, realisation_of_pagu)
from extract.sentences import find_measure_sentences
from extract.table_records import (amount_result_lines, later_value_lines, recorded_value_lines, rows_to_records,
                                   rows_with_lost_amounts)
from extract.tables import find_tables
from normalize.build import Built, build_budgets, build_measures, document_total, row_of_stated_pagu
from normalize.document_fields import find_document_fields
from normalize.catalogue import covers_agency
from normalize.text_quality import ReportWords

DEFAULT_LIMITS = Limits()


@dataclass(slots=True)
class DocumentResult:
    """Everything one input produced: its documents row and its table rows."""

    document: dict
    built: Built = field(default_factory=Built)


def collect_inputs(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Supported files under the given paths, sorted; and the problems found."""
    files: list[Path] = []
    problems: list[str] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and supported(p))
            if not found:
                problems.append(f"{path}: no reports ({supported_types()}) in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(f"{path}: no such file or folder")
    return files, problems


def extract_document(text: LocatedText) -> DocumentResult:
    """Run every stage after reading on one document."""
    views = LineViews(text.lines)
    doc = DocText(text.lines)  # the text joined once, for the stages that look for words in it
    measures, budgets = [], find_column_blocks(text.lines, ocr=text.ocr, doc=doc)
    fields = find_document_fields(text, doc)  # first: the report year picks a plan table's column
    taken: set[int] = set()  # lines whose values a table row gathered beside its first value line
    recorded: set[int] = set()  # ... of its rows that gave a record (nameless rows read nothing)
    for table in find_tables(views, doc, fields.year):
        m, b = rows_to_records(table, ocr=text.ocr)
        measures += m
        budgets += b
        if lost := rows_with_lost_amounts(table, b, views, ocr=text.ocr):  # kept in line order, for the block's total
            budgets[len(budgets) - len(b):] = sorted(b + lost, key=lambda row: row.source.line)
        taken.update(later_value_lines(table))
        recorded.update(recorded_value_lines(table, {r.source.line for r in chain(m, b)}))
        taken.update(amount_result_lines(m))  # a result stated in Rupiah is no budget line
    budgets = without_block_cells(budgets)  # a table row on a column block's cell lines: read by the blocks
    measures += find_headerless_targets(views, ocr=text.ocr, doc=doc)  # lists whose column header OCR lost
    measures += find_key_value_measures(text.lines, doc)  # 'Indikator : ...' / 'Target : ...' blocks
    # a graded row closing on OCR-damaged grades ('EB BE') under no header, on a line no table read
    measures += find_guessed_grade_rows(views, taken | {m.source.line for m in measures}, ocr=text.ocr, doc=doc)
    # a measure table printed one cell per line, names above its header: paired when the arithmetic proves it
    measures += find_measure_column_blocks(text.lines, doc, recorded | {m.source.line for m in measures}, ocr=text.ocr)
    # three bare numbers under an indicator's name, no header: capaian = realisasi / target proves the columns
    measures += find_proven_result_rows(views, taken | {m.source.line for m in measures}, ocr=text.ocr, doc=doc)
    # an output's name and Satuan over its one work unit's numbered row ('1' / 'KANTOR ...' / '4 Unit 4 100 %')
    measures += find_work_unit_outputs(text.lines, taken | {m.source.line for m in measures}, ocr=text.ocr, doc=doc)
    measures.sort(key=lambda row: row.source.line)  # the report's first statement is the one kept
    pledges = pledge_lines(text.lines, doc)
    other_years = other_year_pledges(pledges, doc, fields.year)
    if other_years:  # another year's signed agreement bound in (next year's PK): not this year's targets
        measures = [m for m in measures if m.has_realisation_column or not in_agreement(m, other_years)]
    mark_signed(measures, [p for p in pledges if p not in other_years])  # ... unless a signed agreement states it
    # after the tables: a table's statement comes first; a sentence may name a target table's indicator
    target_names = [m.indicator_raw for m in measures if not m.has_realisation_column]
    measures += find_measure_sentences(text.lines, doc, target_names, fields.year)
    # a table printed sideways (Pagu / Realisasi / % lines, a column per year): before the Rupiah lines, whose
    # reader would take its Sisa line for a pagu
    stated = {(b.allocation.value, b.realisation.value) for b in budgets if b.allocation and b.realisation}
    restated = restated_sums(text.lines, budgets)  # 'Pagu Anggaran : Rp X' under a table: its rows' sum, no row
    if restated:
        budgets = [b for b in budgets if b.source.line not in {r.line.number for r in restated}]
    sideways, read = find_sideways_budgets(text.lines, doc, ocr=text.ocr, taken={b.source.line for b in budgets}
                                           | {r.line.number for r in restated},
                                           stated=stated)  # a total restated in words under its table is no row
    budgets += sideways
    taken |= read
    # a budget table whose header was lost: rows its own % proves, two or more together
    spanned: set[int] = set()  # (the lines of a list item a narrow column wrapped: its amounts are the row's)
    headerless = find_headerless_budget_rows(text.lines, doc, taken | {b.source.line for b in budgets}, ocr=text.ocr,
                                             spanned=spanned, rejoined=text.file_lines is not None)
    budgets += headerless
    taken |= {b.source.line for b in headerless} | spanned
    restated += restated_sums(text.lines, headerless)
    taken |= {r.line.number for r in restated}
    budgets += find_budget_lines(views, ocr=text.ocr, doc=doc, taken=taken,  # after the tables: a line a table read
                                 stated={b.allocation.value for b in budgets if b.allocation})  # stays theirs
    budgets += find_run_together_budgets(text.lines, doc, ocr=text.ocr)  # a whole table on one line (web transcripts)
    # kinds of belanja whose pagu and realisation the prose states and its % proves (a budget split in sentences)
    # (a row stating the pagu alone, a signed agreement's 'Program X Rp A', does not state the pair: the sentence's
    # row is no repeat of it)
    budgets += find_part_sentences(text.lines, doc, fields.year,
                                   {b.allocation.value for b in budgets if b.allocation and b.realisation})
    # programs and kegiatan of a list, each with its pagu and realisation in a sentence
    budgets += find_item_sentences(text.lines, doc, fields.year, {b.allocation.value for b in budgets if b.allocation})
    # a program's, kegiatan's or output's pagu stated under its name ('alokasi anggaran untuk program X sebesar Rp A')
    budgets += find_named_pagu_sentences(text.lines, doc, fields.year,
                                         {b.allocation.value for b in budgets if b.allocation})
    # grants the prose states with what was spent and what is left, the rest proving the pair (built after the
    # document's total is read: a grant is a row, its sentence still the budget sentences' to weigh as the total)
    grants = find_grant_remainders(text.lines, doc, {b.allocation.value for b in budgets if b.allocation})
    built = Built()
    build_measures(text.doc_id, measures, built, ReportWords(doc.texts, lambda: doc.lower),
                   catalogue=covers_agency(fields.agency))
    build_budgets(text.doc_id, budgets, built)
    if text.ocr and len(text.ocr_pages) < text.pages:  # a PDF mixing text-layer pages and scans
        for row in built.targets + built.realisations + built.budgets:
            row["ocr"] = row["page"] in text.ocr_pages
    allocation, realisation = document_total(built.budgets, fields.year)
    # a total row without its realisation (a signed agreement's pagu, set before the year's revisions) gives way
    # to the pagu and realisasi that the prose states and its own % proves
    # (a pagu the prose states on a line a budget row read with the row's pagu and realisasi is that row's: a list
    # item's, '1. Program X : Pagu Rp A, realisasi Rp R (P%)'; a pagu alone there may be a wrapped sentence's)
    row_amounts = {(b["line"], b["allocation"]) for b in built.budgets if b["realisation"] is not None}
    if realisation is None and (sentence := confirmed_budget_sentence(text.lines, doc, fields.year)) is not None \
            and (sentence.source.line, int(sentence.allocation.value)) not in row_amounts:
        allocation, realisation = int(sentence.allocation.value), int(sentence.realisation.value)
        fields.evidence["total_allocation"] = f"line {sentence.source.line}: {sentence.source.raw}"
    if allocation is None:
        row_lines = {b["line"] for b in built.budgets}
        # (a program's pagu on a line a budget row read, 'Program ... Rp X' of an agreement's list, is that row's,
        # no statement of the whole budget)
        stated = [s for s in find_budget_sentences(text.lines, doc, fields.year)
                  if s.allocation is not None and s.allocation.value and not (s.part and s.source.line in row_lines)
                  and (s.source.line, int(s.allocation.value)) not in row_amounts]
        # the report's year first, then sentences that name no year, then those of another year; within each,
        # the whole budget before a program's, a kegiatan's or a kind of belanja's (stable: text order)
        stated.sort(key=lambda s: (0 if s.year == fields.year else 1 if s.year is None or fields.year is None else 2,
                                   s.part))
        if stated:
            sentence = stated[0]
            allocation = int(sentence.allocation.value)
            realisation = int(sentence.realisation.value) if sentence.realisation and sentence.realisation.value else None
            if realisation is None and (row := row_of_stated_pagu(built.budgets, allocation, fields.year)):
                realisation = row["realisation"]  # printed beside the same pagu in a table row
                fields.evidence["total_realisation"] = f"line {row['line']}: {row['raw']}"
            fields.evidence["total_allocation"] = f"line {sentence.source.line}: {sentence.source.raw}"
    if allocation is None and (whole := restated_total(restated)) is not None:
        allocation, realisation = whole  # a table without a TOTAL row, its sum stated under it
        fields.evidence["total_allocation"] = f"line {restated[0].line.number}: {restated[0].line.text.strip()}"
    if allocation is not None and realisation is None \
            and (proven := realisation_of_pagu(text.lines, allocation, doc, fields.year)) is not None:
        realisation = proven[0]  # the prose's realisasi whose own % this pagu proves
        fields.evidence["total_realisation"] = f"line {proven[1].line}: {proven[1].raw}"
    if grants:
        build_budgets(text.doc_id, grants, built)
    if text.file_lines is not None:  # lines the reader joined: each row states its line's number in the file
        to_file_lines(text, built, fields.evidence)
    document = {
        "doc_id": text.doc_id, "source_path": text.source_path, "status": "ok",
        "error": "; ".join(text.warnings) or None, "agency": fields.agency, "level": fields.level,
        "region": fields.region, "province": fields.province, "region_code": fields.region_code,
        "year": fields.year, "pages": text.pages, "total_allocation": allocation,
        "total_realisation": realisation, "ocr": text.ocr,
        "evidence": json.dumps(fields.evidence, ensure_ascii=False),
    }
    return DocumentResult(document=document, built=built)


# a line named in evidence or a repair's note: 'line 682: ...', 'lines 584-586', 'stated at line 847'
LINE_REF_RE = re.compile(r"\b(lines? )(\d+)(?:-(\d+))?")


def to_file_lines(text: LocatedText, built: Built, evidence: dict) -> None:
    """Rows, and every line their evidence and repairs name, numbered by the file's lines, not by the joined
    lines read: an auditor opens the file."""
    def refs(value: str) -> str:
        def mapped(number: str) -> str:
            n = int(number)  # (a number past the text's lines is no reference to one: kept as written)
            return str(text.file_line(n)) if 1 <= n <= len(text.lines) else number

        def one(m: re.Match) -> str:
            first = f"{m.group(1)}{mapped(m.group(2))}"
            return first if m.group(3) is None else f"{first}-{mapped(m.group(3))}"
        return LINE_REF_RE.sub(one, value)

    for row in chain(built.targets, built.realisations, built.budgets, built.review):
        if row.get("line") is not None:
            row["line"] = text.file_line(row["line"])
        for key in ("repairs", "evidence"):
            if isinstance(row.get(key), str):
                row[key] = refs(row[key])
    for key, value in evidence.items():
        if isinstance(value, str):
            evidence[key] = refs(value)


def restated_total(restated: list[Restatement]) -> tuple[int, int | None] | None:
    """The report's pagu (and realisasi) from the one table whose rows' sum a line under it states.

    'Pagu Anggaran : Rp X' under a table without a TOTAL row is that table's
    whole budget; it is the report's only when no other table states a sum of
    its own (tables per sasaran or per bidang each state a part).
    """
    pagu = {r.value for r in restated if r.field == "allocation"}
    if len(pagu) != 1:
        return None
    first = min((r for r in restated if r.field == "allocation"), key=lambda r: r.line.number)
    real = {r.value for r in restated if r.field == "realisation" and 0 < r.line.number - first.line.number <= 3}
    return int(first.value), (int(real.pop()) if len(real) == 1 else None)


def failed_document(path: Path, error: str) -> DocumentResult:
    return DocumentResult(document={"doc_id": None, "source_path": str(path), "status": "failed",
                                    "error": error, "pages": None})


def process(path: Path) -> DocumentResult:
    """Read and extract one input; a failure becomes a `failed` documents row."""
    try:
        text = read_document(path)
    except ReadError as exc:
        return failed_document(path, str(exc))
    try:
        return extract_document(text)
    except MemoryError:
        raise  # the batch worker reports it against the memory limit and starts afresh
    except Exception as exc:  # one bad report must not lose the batch
        result = failed_document(path, f"extraction failed: {type(exc).__name__}: {exc}")
        result.document["doc_id"] = text.doc_id
        return result


def output_problem(out: Path) -> str | None:
    """Why `out` cannot hold the output folder, or None: said before any report is read, not after an hour."""
    if out.exists() and not out.is_dir():
        return f"{out}: exists and is not a folder (--out names the folder the tables are written to)"
    existing = next(p for p in (out, *out.parents) if p.exists())
    if not existing.is_dir():
        return f"{out}: cannot be made, {existing} is a file"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"{out}: no permission to write in {existing}"
    return None


def run_extract(inputs: list[str], out: Path, options: BatchOptions) -> int:
    """Extract every input into the partitioned dataset at `out` (see batch/) and print a summary."""
    problem = output_problem(out)
    if problem is not None:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    files, problems = collect_inputs(inputs)
    if not files:
        for p in problems:
            print(f"error: {p}", file=sys.stderr)
        print("error: nothing to read", file=sys.stderr)
        return 2
    started = time.perf_counter()
    summary = run_batch(files, out, options)
    elapsed = time.perf_counter() - started
    failed = len(summary.failed)
    print(f"read {summary.extracted - failed} of {summary.extracted} documents ({failed} failed) "
          f"in {elapsed:.2f} s -> {out}")
    if summary.outdated:
        print(f"{summary.outdated} documents in {out} were written by another version of lkj-extract (its code or "
              f"catalogue changed since): their rows were discarded and they were extracted again")
    if summary.skipped or summary.duplicates:
        failed_before = f", {summary.skipped_failed} of them failed then" if summary.skipped_failed else ""
        print(f"skipped {summary.skipped} of {summary.inputs} inputs already in {out}{failed_before} "
              f"(use --redo to extract them again)"
              + (f" and {summary.duplicates} identical to another input" if summary.duplicates else ""))
    print("rows: " + ", ".join(f"{name} {summary.rows[name]}" for name in ("documents", "targets", "realisations", "budgets")))
    print(f"values repaired: {summary.repaired}; values flagged for review: {summary.flagged}; "
          f"unreadable rows set aside: {summary.dropped} (see review/)")
    for path, error in summary.failed:
        where = "" if str(error).startswith(str(path)) else f"{path}: "  # readers name the file already
        print(f"failed: {where}{error}", file=sys.stderr)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    return 1 if failed or problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lkj", description="Extract LKj performance reports into Parquet tables.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="read reports (files or folders) and write Parquet tables")
    ex.add_argument("inputs", nargs="+", help="report files (.txt, .md, .pdf) or folders of them")
    ex.add_argument("--out", required=True, type=Path, help="output folder for the Parquet datasets")
    ex.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                    help="progress display on stderr (auto: only on a terminal)")
    ex.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="documents extracted at once (default: the machine's cores)")
    ex.add_argument("--executor", choices=("local", "dask"), default="local",
                    help="local worker processes, or a Dask cluster")
    ex.add_argument("--scheduler", metavar="ADDRESS",
                    help="Dask scheduler address, e.g. tcp://host:8786 (default: start a LocalCluster)")
    ex.add_argument("--time-limit", type=float, default=DEFAULT_LIMITS.seconds, metavar="SECONDS",
                    help=f"per-document wall-clock limit, 0 for none (default {DEFAULT_LIMITS.seconds:g}; a PDF gets "
                         f"{DEFAULT_LIMITS.seconds_per_page:g} s a page when that is more, for OCR)")
    ex.add_argument("--memory-limit", type=int, default=DEFAULT_LIMITS.memory_mb, metavar="MB",
                    help=f"per-document address-space limit, 0 for none (default {DEFAULT_LIMITS.memory_mb})")
    ex.add_argument("--redo", action="store_true",
                    help="discard earlier results in --out and extract everything again")
    ex.add_argument("--commit-every", type=int, default=100, metavar="N",
                    help="documents per atomic commit; a killed run redoes at most the groups in flight")
    args = parser.parse_args(argv)
    if args.scheduler and args.executor != "dask":
        parser.error("--scheduler needs --executor dask")
    if args.workers < 1 or args.commit_every < 1:
        parser.error("--workers and --commit-every must be at least 1")
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    options = BatchOptions(workers=args.workers, executor=args.executor, scheduler=args.scheduler,
                           limits=Limits(seconds=args.time_limit, memory_mb=args.memory_limit),
                           redo=args.redo, commit_every=args.commit_every, progress=show)
    return run_extract(args.inputs, args.out, options)


if __name__ == "__main__":
    sys.exit(main())
