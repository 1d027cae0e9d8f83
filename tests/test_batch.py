"""Batch import: fault isolation with time and memory limits, atomic resumable output, Dask parity."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from batch.limits import Limits
from batch.runner import BatchOptions, run_batch
from batch import store
from batch.store import MANIFEST, TABLES
from batch.version import version_of
from extract import readers

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOOD = CORPUS / "002_b9b34d95837e5712.txt"

# Test doubles for readers that misbehave the way broken PDFs make parsers do. They are
# registered in the extraction child through sitecustomize, since each document is read
# in a fresh process.
MISBEHAVING_READERS = '''
import os, signal, time
from extract import readers

def loops(path):  # a PDF whose parser never returns
    while True:
        time.sleep(0.05)

def balloons(path):  # a parser that asks for far more memory than any report needs
    return bytearray(8 * 1024 ** 3)

def crashes(path):  # a C extension that segfaults
    os.kill(os.getpid(), signal.SIGSEGV)

readers.READERS.update({".pdf": loops, ".hog": balloons, ".crash": crashes})
'''


def read(out: Path, table: str) -> pd.DataFrame:
    frame = pd.read_parquet(out / table)
    return frame.drop(columns=["report_year"]).astype({"doc_id": str})


def sorted_rows(out: Path, table: str) -> pd.DataFrame:
    frame = read(out, table)
    return frame.sort_values(list(frame.columns)).reset_index(drop=True)


@pytest.fixture
def misbehaving_readers(tmp_path: Path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(MISBEHAVING_READERS)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), str(site)]))
    for suffix in (".pdf", ".hog", ".crash"):
        monkeypatch.setitem(readers.READERS, suffix, readers.read_text_file)


def test_bad_files_fail_one_row_each_and_the_rest_is_written(tmp_path: Path, misbehaving_readers):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_bytes(GOOD.read_bytes())
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "random.txt").write_bytes(bytes(range(256)) * 64)
    (inputs / "utf16.md").write_text("Laporan Kinerja 2021", encoding="utf-16")
    (inputs / "one_line.txt").write_bytes(b"9" * (2 * readers.MAX_LINE_CHARS))
    (inputs / "loops.pdf").write_bytes(b"%PDF-1.7 loops")
    (inputs / "balloons.hog").write_bytes(b"hog")
    (inputs / "crashes.crash").write_bytes(b"crash")
    started = time.monotonic()
    summary = run_batch(sorted(inputs.iterdir()), tmp_path / "out",
                        BatchOptions(workers=2, limits=Limits(seconds=8, memory_mb=1024)))  # (room for a busy machine)
    assert time.monotonic() - started < 60
    docs = read(tmp_path / "out", "documents").set_index("source_path")
    assert len(docs) == 8 and len(summary.failed) == 7
    assert docs.loc[str(inputs / "good.txt"), "status"] == "ok"
    error = docs["error"].to_dict()
    assert "empty" in error[str(inputs / "empty.txt")]
    assert "binary" in error[str(inputs / "random.txt")] and "binary" in error[str(inputs / "utf16.md")]
    assert "characters long" in error[str(inputs / "one_line.txt")]
    assert "time limit" in error[str(inputs / "loops.pdf")] and "--time-limit" in error[str(inputs / "loops.pdf")]
    assert "memory limit of 1024 MB" in error[str(inputs / "balloons.hog")]
    assert "signal 11" in error[str(inputs / "crashes.crash")]
    assert docs["doc_id"].str.len().eq(64).all()  # failed documents keep their content hash
    assert set(docs.loc[docs.status == "failed", "status"].index) == set(docs.index) - {str(inputs / "good.txt")}
    assert len(read(tmp_path / "out", "budgets")) > 0


def test_rerun_skips_done_documents_and_redo_starts_over(tmp_path: Path):
    out = tmp_path / "out"
    files = sorted(CORPUS.glob("*.txt"))[:3]
    first = run_batch(files, out, BatchOptions(workers=2, commit_every=2))
    before = {t: sorted_rows(out, t) for t in TABLES}
    again = run_batch(files + [files[0]], out, BatchOptions(workers=2))
    assert (first.extracted, again.extracted, again.skipped) == (3, 0, 4)
    redo = run_batch(files, out, BatchOptions(workers=1, redo=True))
    assert redo.extracted == 3
    for table in TABLES:
        pd.testing.assert_frame_equal(sorted_rows(out, table), before[table])


def test_old_single_file_outputs_and_uncommitted_parts_are_removed(tmp_path: Path):
    out = tmp_path / "out"
    (out / "documents" / "report_year=2020").mkdir(parents=True)
    (out / "documents.parquet").write_bytes(b"old layout")
    (out / "documents" / "report_year=2020" / "part-killed.parquet").write_bytes(b"never committed")
    run_batch([GOOD], out, BatchOptions(workers=1))
    assert not (out / "documents.parquet").exists()
    assert not (out / "documents" / "report_year=2020" / "part-killed.parquet").exists()
    assert len(read(out, "documents")) == 1


def test_kill_9_then_rerun_gives_the_rows_of_an_uninterrupted_run(tmp_path: Path):
    sys.path.insert(0, str(ROOT / "corpus"))
    import generate

    generate.generate(24, tmp_path / "in", seed=21, damage=0.1)
    command = [sys.executable, str(ROOT / "pipeline.py"), "extract", str(tmp_path / "in"),
               "--workers", "2", "--commit-every", "2", "--out"]
    assert subprocess.run(command + [str(tmp_path / "whole")], capture_output=True, timeout=300).returncode == 0
    killed = subprocess.Popen(command + [str(tmp_path / "resumed")], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    manifest = tmp_path / "resumed" / MANIFEST
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(manifest.glob("*.json"))) < 3:
        time.sleep(0.02)
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait()
    committed = len(list(manifest.glob("*.json")))
    assert 0 < committed < 12, "the run should be killed midway"
    rerun = subprocess.run(command + [str(tmp_path / "resumed")], capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "skipped" in rerun.stdout
    for table in TABLES:
        pd.testing.assert_frame_equal(sorted_rows(tmp_path / "resumed", table), sorted_rows(tmp_path / "whole", table))


def test_dask_local_cluster_gives_the_rows_of_the_local_executor(tmp_path: Path):
    pytest.importorskip("distributed")
    files = sorted(CORPUS.glob("*.txt"))
    run_batch(files, tmp_path / "local", BatchOptions(workers=2))
    summary = run_batch(files, tmp_path / "dask", BatchOptions(workers=2, executor="dask"))
    assert summary.extracted == 5 and not summary.failed
    for table in TABLES:
        pd.testing.assert_frame_equal(sorted_rows(tmp_path / "dask", table), sorted_rows(tmp_path / "local", table))


def test_duckdb_reads_the_partitioned_dataset(tmp_path: Path):
    duckdb = pytest.importorskip("duckdb")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_bytes(GOOD.read_bytes())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    run_batch(sorted((tmp_path / "in").iterdir()), tmp_path / "out", BatchOptions(workers=1))
    rows = duckdb.sql(f"SELECT report_year, year, status FROM read_parquet('{tmp_path}/out/documents/**/*.parquet', "
                      "hive_partitioning=true) ORDER BY status").fetchall()
    assert rows == [("unknown", None, "failed"), ("2020", 2020, "ok")]


def test_progress_is_one_line_redrawn_and_silent_when_disabled():
    from io import StringIO

    from batch.progress import Progress

    shown, silent = StringIO(), StringIO()
    for stream, enabled in ((shown, True), (silent, False)):
        progress = Progress(3, enabled, stream)
        for failed in (False, True, False):
            progress.advance(failed)
        progress.close()
    assert silent.getvalue() == ""
    text = shown.getvalue()
    assert text.count("\n") == 1 and text.startswith("\r")
    assert "3/3 documents, 1 failed" in text and "docs/s" in text and "ETA" in text


def test_long_pdfs_get_time_for_ocr(tmp_path: Path):
    # A 150-page scan needs minutes of OCR; the loop guard must not fail it at 120 s.
    from fpdf import FPDF

    from batch.limits import Limits

    pdf = FPDF()
    for _ in range(30):
        pdf.add_page()
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    limits = Limits(seconds=120, seconds_per_page=10)
    assert limits.seconds_for(str(path)) == 300
    assert limits.seconds_for(str(tmp_path / "report.txt")) == 120
    assert Limits(seconds=0).seconds_for(str(path)) == 0  # no limit stays no limit


def test_rerun_says_how_many_skipped_documents_had_failed(tmp_path: Path):
    bad = tmp_path / "in" / "empty.md"
    bad.parent.mkdir()
    bad.write_text("")
    files = [bad, sorted(CORPUS.glob("*.txt"))[0]]
    first = run_batch(files, tmp_path / "out", BatchOptions(workers=1))
    again = run_batch(files, tmp_path / "out", BatchOptions(workers=1))
    assert len(first.failed) == 1
    assert (again.skipped, again.skipped_failed, again.extracted) == (2, 1, 0)


def test_relative_inputs_are_read_from_the_callers_directory(tmp_path: Path):
    """The extraction child runs elsewhere; a relative input still means the caller's file."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_bytes(GOOD.read_bytes())
    result = subprocess.run([sys.executable, str(ROOT / "pipeline.py"), "extract", "in", "--out", "out"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    docs = pd.read_parquet(tmp_path / "out" / "documents")
    assert list(docs["status"]) == ["ok"]
    assert list(docs["source_path"]) == [str(Path("in") / "report.txt")]


def test_a_rerun_after_the_extractor_changed_extracts_the_documents_again(tmp_path: Path, monkeypatch):
    # a resumed run skips what the folder holds, but rows another version of the code or catalogue wrote are
    # not this version's: they are discarded and extracted again, never left beside the new rows
    out = tmp_path / "out"
    files = sorted(CORPUS.glob("*.txt"))[:2]
    first = run_batch(files, out, BatchOptions(workers=1))
    before = {t: sorted_rows(out, t) for t in TABLES}
    monkeypatch.setattr(store, "extractor_version", lambda: "another-version")
    again = run_batch(files, out, BatchOptions(workers=1))
    assert (first.extracted, again.outdated, again.extracted, again.skipped) == (2, 2, 2, 0)
    for table in TABLES:
        pd.testing.assert_frame_equal(sorted_rows(out, table), before[table])
    same = run_batch(files, out, BatchOptions(workers=1))
    assert (same.outdated, same.extracted, same.skipped) == (0, 0, 2)


def test_the_extractor_version_follows_the_code_and_catalogue_only(tmp_path: Path):
    for name, text in {"extract/reader.py": "A = 1\n", "data/indicators.csv": "id,name\n",
                       "tests/test_x.py": "", "README.md": "notes\n"}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    start = version_of(tmp_path)
    (tmp_path / "README.md").write_text("other notes\n")
    (tmp_path / "tests/test_x.py").write_text("assert True\n")
    assert version_of(tmp_path) == start
    (tmp_path / "data/indicators.csv").write_text("id,name\nX-1,Persentase contoh\n")
    assert version_of(tmp_path) != start
