"""lkj-extract: LKj performance reports in, typed Parquet tables out.

    python pipeline.py extract INPUT... --out DIR

Stages, each one hop from here:
  read      extract.readers.read_document     file -> located text (pages of numbered lines)
  lines     extract.lines.LineViews           line -> cells with text and value tokens, on demand
  tables    extract.tables.find_tables        headers + rows -> raw measure/budget records
  blocks    extract.column_blocks             budget tables flattened one column at a time
  rp lines  extract.budget_lines              'Program ... Rp X' budget lines outside tables
  sentences extract.sentences               prose budget totals and indicator results
  document  normalize.document_fields         agency, level, region, province, year
  repair    normalize.repair                  OCR damage undone with arithmetic evidence
  build     normalize.build                   clean rows, one per indicator, review list
  write     output.write_tables               Parquet per CONTRACT.md, atomically
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from extract.budget_lines import find_budget_lines
from extract.column_blocks import find_column_blocks
from extract.lines import LineViews
from extract.model import LocatedText
from extract.readers import ReadError, read_document, supported, supported_types
from extract.sentences import find_budget_sentences, find_measure_sentences
from extract.tables import find_tables, rows_to_records
from normalize.build import Built, build_budgets, build_measures, document_total
from normalize.document_fields import find_document_fields
from output import write_tables


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
    measures, budgets = [], find_column_blocks(text.lines, ocr=text.ocr)
    for table in find_tables(views):
        m, b = rows_to_records(table, ocr=text.ocr)
        measures += m
        budgets += b
    measures += find_measure_sentences(text.lines)  # after the tables: a table's statement comes first
    budgets += find_budget_lines(views, ocr=text.ocr)  # after the tables: a line a table read stays theirs
    fields = find_document_fields(text)
    built = Built()
    build_measures(text.doc_id, measures, built)
    build_budgets(text.doc_id, budgets, built)
    if text.ocr and len(text.ocr_pages) < text.pages:  # a PDF mixing text-layer pages and scans
        for row in built.targets + built.realisations + built.budgets:
            row["ocr"] = row["page"] in text.ocr_pages
    allocation, realisation = document_total(built.budgets, fields.year)
    if allocation is None:
        for sentence in find_budget_sentences(text.lines):
            if sentence.allocation is not None and sentence.allocation.value:
                allocation = int(sentence.allocation.value)
                realisation = int(sentence.realisation.value) if sentence.realisation and sentence.realisation.value else None
                fields.evidence["total_allocation"] = f"line {sentence.source.line}: {sentence.source.raw}"
                break
    document = {
        "doc_id": text.doc_id, "source_path": text.source_path, "status": "ok",
        "error": "; ".join(text.warnings) or None, "agency": fields.agency, "level": fields.level,
        "region": fields.region, "province": fields.province, "region_code": fields.region_code,
        "year": fields.year, "pages": text.pages, "total_allocation": allocation,
        "total_realisation": realisation, "ocr": text.ocr,
        "evidence": json.dumps(fields.evidence, ensure_ascii=False),
    }
    return DocumentResult(document=document, built=built)


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
    except Exception as exc:  # one bad report must not lose the batch
        result = failed_document(path, f"extraction failed: {type(exc).__name__}: {exc}")
        result.document["doc_id"] = text.doc_id
        return result


def progress(i: int, total: int, path: Path, enabled: bool) -> None:
    if enabled:
        sys.stderr.write(f"\r[{i}/{total}] {path.name[:60]:<60}")
        sys.stderr.flush()


def run_extract(inputs: list[str], out: Path, show_progress: bool) -> int:
    files, problems = collect_inputs(inputs)
    if not files:
        for p in problems:
            print(f"error: {p}", file=sys.stderr)
        print("error: nothing to read", file=sys.stderr)
        return 2
    started = time.perf_counter()
    tables: dict[str, list[dict]] = {"documents": [], "targets": [], "realisations": [], "budgets": [], "review": []}
    for i, path in enumerate(files, start=1):
        progress(i, len(files), path, show_progress)
        result = process(path)
        tables["documents"].append(result.document)
        for name in ("targets", "realisations", "budgets", "review"):
            tables[name] += getattr(result.built, name)
    if show_progress:
        sys.stderr.write("\n")
    counts = write_tables(out, tables)
    failed = [d for d in tables["documents"] if d["status"] == "failed"]
    repaired = sum(1 for r in tables["review"] if r["action"] == "repaired")
    flagged = sum(1 for r in tables["review"] if r["action"] == "flagged")
    elapsed = time.perf_counter() - started
    print(f"read {len(files) - len(failed)} of {len(files)} documents ({len(failed)} failed) in {elapsed:.2f} s -> {out}")
    print("rows: " + ", ".join(f"{name} {counts[name]}" for name in ("documents", "targets", "realisations", "budgets")))
    print(f"values repaired: {repaired}; values flagged for review: {flagged} (see review.parquet)")
    for doc in failed:
        print(f"failed: {doc['source_path']}: {doc['error']}", file=sys.stderr)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    return 1 if failed or problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lkj", description="Extract LKj performance reports into Parquet tables.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="read reports (files or folders) and write Parquet tables")
    ex.add_argument("inputs", nargs="+", help="report files (.txt, .md, .pdf) or folders of them")
    ex.add_argument("--out", required=True, type=Path, help="output folder for the Parquet tables")
    ex.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                    help="progress display on stderr (auto: only on a terminal)")
    args = parser.parse_args(argv)
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    return run_extract(args.inputs, args.out, show)


if __name__ == "__main__":
    sys.exit(main())
