"""End to end: the CLI on the sample corpus, output schemas, failures, and the accuracy floor."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from batch.store import PARTITION_KEY
from output import SCHEMAS

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = ROOT.parent / "shared" / "gold"
# F1 reached on the shared corpus when this floor was last raised, minus a small margin.
F1_FLOOR = {"targets": 0.935, "realisations": 0.95, "budgets": 0.94}  # reached 0.947 / 0.961 / 0.952
# (realisations 0.952 before a report-001 row set aside as unreadable kept its wrapped name: it is now written,
# its unreadable target flagged, and the scorer counts it wrong)


def load_scorer():
    """The shared scorer (../shared/eval/score.py) as a module."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "pipeline.py"), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = run_cli("extract", str(ROOT / "corpus"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "read 5 of 5 documents" in result.stdout
    return out


def test_tables_follow_the_contract_schemas(corpus_out: Path):
    for name, schema in SCHEMAS.items():
        table = pq.read_table(corpus_out / name)
        assert table.drop_columns([PARTITION_KEY]).schema.equals(schema), name
        assert not (corpus_out / f"{name}.parquet").exists()
    docs = pd.read_parquet(corpus_out / "documents")
    assert set(docs["status"]) == {"ok"} and docs["doc_id"].str.len().eq(64).all()
    for name in ("targets", "realisations", "budgets"):
        frame = pd.read_parquet(corpus_out / name)
        assert len(frame) > 0 and frame["doc_id"].isin(docs["doc_id"]).all()
        assert frame["line"].ge(1).all() and frame["page"].ge(1).all()


def test_every_repair_is_traceable(corpus_out: Path):
    review = pd.read_parquet(corpus_out / "review")
    assert {"repaired"} <= set(review["action"])
    assert review["raw"].notna().all() and review["evidence"].str.len().gt(0).all()


def test_same_input_gives_the_same_rows(corpus_out: Path, tmp_path: Path):
    assert run_cli("extract", str(ROOT / "corpus"), "--out", str(tmp_path)).returncode == 0
    for name in SCHEMAS:
        assert pd.read_parquet(tmp_path / name).equals(pd.read_parquet(corpus_out / name))


@pytest.mark.skipif(not SCORER.exists() or not GOLD.exists(), reason="needs ../shared/eval and ../shared/gold")
def test_f1_does_not_drop_below_the_floor(corpus_out: Path):
    score = load_scorer()
    report = score.score(corpus_out, GOLD)
    for table, floor in F1_FLOOR.items():
        assert report["tables"][table]["f1"] >= floor, (table, report["tables"][table])
    fields = report["document_fields"]
    assert fields["year"]["correct"] == fields["year"]["of"]
    assert fields["agency"]["correct"] == fields["agency"]["of"]


def test_bad_inputs_fail_clearly_without_losing_the_rest(tmp_path: Path):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text((ROOT / "corpus" / "002_b9b34d95837e5712.txt").read_text())
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "binary.md").write_bytes(b"%PDF-1.4\x00\x01\x02")
    out = tmp_path / "out"
    result = run_cli("extract", str(tmp_path / "in"), str(tmp_path / "missing.txt"), "--out", str(out))
    assert result.returncode == 1
    assert "missing.txt: no such file or folder" in result.stderr
    docs = pd.read_parquet(out / "documents").set_index("source_path")
    assert docs.loc[str(good), "status"] == "ok"
    assert "empty" in docs.loc[str(tmp_path / "in" / "empty.txt"), "error"]
    assert "binary" in docs.loc[str(tmp_path / "in" / "binary.md"), "error"]
    assert len(pd.read_parquet(out / "budgets")) > 0


def test_nothing_to_read_is_an_error(tmp_path: Path):
    result = run_cli("extract", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "nothing to read" in result.stderr


def test_an_output_path_that_is_a_file_is_refused_before_reading(tmp_path: Path):
    report = tmp_path / "report.txt"
    report.write_text((ROOT / "corpus" / "002_b9b34d95837e5712.txt").read_text())
    for out in (report, report / "out"):
        result = run_cli("extract", str(report), "--out", str(out))
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert report.read_text().startswith((ROOT / "corpus" / "002_b9b34d95837e5712.txt").read_text()[:200])


def test_duckdb_reads_the_output_directly(corpus_out: Path):
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT d.agency, d.report_year, count(*) FROM '{corpus_out}/budgets/**/*.parquet' b "
        f"JOIN read_parquet('{corpus_out}/documents/**/*.parquet', hive_partitioning=true) d USING (doc_id) "
        "GROUP BY ALL ORDER BY 1").fetchall()
    assert len(rows) == 5 and all(n > 0 for _, _, n in rows)
    assert {year for _, year, _ in rows} == {2020, 2022, 2023, 2024}


def test_budget_codes_are_split_into_their_parts(corpus_out: Path):
    budgets = pd.read_parquet(corpus_out / "budgets")
    row = budgets[budgets["code"] == "3355.003"].iloc[0]
    assert (row["kegiatan"], row["ro"], row["level"]) == ("3355", "003", "output")
    program = budgets[budgets["code"] == "076.01.CQ"].iloc[0]
    assert program["program"] == "076.01.CQ" and program["level"] == "program"
    assert program["catalogue_name"] == "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"


LAYOUTS = ROOT / "tests" / "data" / "layouts"
# F1 on the hand-labelled layout reports (tests/data/layouts/gold) when this floor was set, minus a small margin.
# (reached 1.000 / 1.000 / 1.000 on 66 reports: 46, then long50, long49, long51, long52 and long53 add 4 each; read
# blind, long51's gave 0.925 / 0.697 / 0.946, long52's 0.875 / 0.969 / 0.993, long53's 0.857 / 0.935 / 0.984;
# long54 adds 4 more, blind 1.000 / 0.759 / 0.974, then 1.000 all; long55 adds 4 more, blind 0.833 / 0.889 / 0.880,
# after its fixes 0.833 / 0.926 / 1.000: one, read in column order per page, stays below (targets 0/7, realisations
# 5/7), so the set is no longer all 1.000)
LAYOUT_F1_FLOOR = {"targets": 0.99, "realisations": 0.99, "budgets": 0.99}


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/eval")
def test_layouts_the_corpus_lacks_stay_above_their_floor(tmp_path: Path):
    """pdftotext -layout tables, non-KPU offices, Sub Kegiatan budgets, sentence and key-value results;
    quarterly (TW I-IV) and multi-year comparison columns, Pagu Awal / Pagu Revisi / Sisa budgets, markdown
    exports, a table split over a page break, raw OCR with look-alike digits, an Aceh KIP; an RSUD with a Satuan
    column, one Sasaran beside unnumbered indicators and an accreditation level as target, a BPBD with Target and
    Realisasi per year under centred words, a provincial Dinas whose grid tables ('+---+') merge header cells;
    KPU and KIP reports of election and other years (prior-year columns, rows split over two bordered lines, notes
    under tables, results in sentences), and tables broken by page breaks or under headers stacked on two lines;
    a Bawaslu with one small transposed table per indicator, an OCR'd KPU with '1' for 'l' in names and header
    words and a glyph in an output's amount only the sums settle, and a web export whose tables run on to a
    second long line; a landscape pdftotext -layout KPU report whose capaian table sets a prior year's Target /
    Realisasi / Capaian beside the report year's and breaks over a page, a KPU Provinsi dumped from its web page
    with box-drawing tables (its kab/kota in rows, a KRO/RO budget with Sisa), and a converter's markdown with
    merged cells and '<br>' inside them;
    OCR-damaged KPU reports with '|' borders kept on some rows only, '%' read as '5', '96' or '&',
    a glyph for a lost digit in an amount, Cyrillic look-alike grades, a capaian the author miscomputed, and tables
    flattened one cell per line under misread header words ('lndikator', 'Tanget');
    a provincial Dinas Pendidikan whose capaian table ends each row on a Kategori verdict, with averages in 'Tahun'
    and a '1:20' ratio, and a Program / Kegiatan / Sub Kegiatan budget in thousands of Rupiah; a Kecamatan whose
    tables are flattened with no blank line between rows, its targets one-sided ('≥ 90%', '≤ 5 hari'), its budget
    one Program and its Sub Kegiatan rows in tabs with a Jumlah; four whole KPU reports (kata pengantar to lampiran,
    per-sasaran tables and paragraphs restating each result, KRO/RO and jenis belanja budgets, page headers) as a
    tab text layer with OCR digit damage, pdftotext -layout broken over pages, a raw scan with '|' borders, and a
    provinsi web export flattened one cell per line and in markdown; four more whole reports (long50): a KPU
    kabupaten stating its results and program budgets in sentences, a KPU kota flattened one cell per line with no
    blank line between rows and Indonesian and English number styles mixed, a Bawaslu with unit values ('2 Lap',
    '12 Bulan'), 'n/a' results and a ceiling indicator, and a borderless Tesseract scan whose header words stand
    over no column of its rows; four more (long49): a tab text layer of a two-column page read left column first
    (the other column's paragraph between two rows, a jenis belanja table's names block before its amounts block)
    with a Satuan / triwulan Perjanjian Kinerja, a poor scan of a Pemilu-year report ('lndikator', 'Reallsasi',
    'B8', 'VVTP', '96' for '%', 'Rp. ...,-'), a provinsi's pdftotext -layout with two-line headers, 2021 and 2022
    results side by side and a misprinted JUMLAH, and a KIP markdown export with split '|' rows and a KRO/RO budget
    tree one kegiatan of which OCR broke; four more (long51): a KPU kabupaten text layer with ligatures, mojibake
    dashes and soft hyphens, a cumulative Renstra target and one budget table per program, a low-DPI KPU kota scan
    with lost '%' glyphs, cells out of order and two page columns merged, a KPU provinsi with an LHE SAKIP table,
    verdicts in words and a markdown IKU table, and a KIP kota whose TW I-IV table sets its years on the header's
    lower storey beside last year's realisasi, its jenis belanja in sentences; four more (long52): a KPU kabupaten
    exported from HTML one cell per line with labelled cells ('Target: 100%') and rowspan cells dropped, a Bawaslu
    provinsi in Word markdown with two-storey headers ('Target | Target' over '2023 | 2024'), repeated merged cells
    and '-' cells, a pdftotext -layout KPU whose budget has blank % cells and a negative Sisa and whose summary
    rounds the total ('Rp 4,45 miliar'), and a KPU kota comparing 2022-2024 in several tables with another KPU's
    running header pasted on some pages; four more (long53): a KPU kabupaten whose capaian table sets a Target
    Renstra 2024 and a Kategori column beside the year's and whose jenis belanja Jumlah the author misprinted, a KPU
    kota scan with hyphen-broken cells, page footers and margin numbers inside tables and shorthand budgets in prose,
    a KPU provinsi with an amended agreement (Target Awal beside Target Perubahan, both PKs in the lampiran), and a
    KIP kabupaten 2018 pdftotext -layout with a Pagu Awal / Pagu Revisi budget of program headers, kegiatan rows and
    a Sub Total per program; four more (long55): a KPU provinsi whose budget tables are in ribuan rupiah (one
    stating the unit in the sentence leading into it) beside full-Rupiah prose, a Bawaslu kota with key-value
    result blocks and unit values, a raw OCR KPU kabupaten 2019 in upper case with 'l.' / 'S.' row numbers,
    Cyrillic 'ВВ' and a grade split 'B B', and a KPU kabupaten whose tables come out in column order per page;
    and four more (long54): a KPU kabupaten whose capaian table of numbered indicators (1.1,
    2.1 under numbered sasaran rows) breaks over a page under a 'Tabel 3.1 (lanjutan)' caption, a Tesseract KPU
    kabupaten with single-space cells, decimal-point percents and amounts grouped by spaces, commas and dots in one
    table, a landscape pdftotext -layout KIP provinsi whose names wrap over three or four lines around the value
    line, and a KPU kota restating each result and its kegiatan/output budgets in '•', '➢' and '-' bullets."""
    result = run_cli("extract", str(LAYOUTS), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    score = load_scorer()
    report = score.score(tmp_path, LAYOUTS / "gold")
    for table, floor in LAYOUT_F1_FLOOR.items():
        assert report["tables"][table]["f1"] >= floor, (table, report["tables"][table])
    fields = report["document_fields"]
    for field in ("agency", "year", "level", "province", "total_allocation"):
        assert fields[field]["correct"] == fields[field]["of"], (field, fields[field])


def score_corpus_variant(tmp_path: Path, script: str, options: list[str]) -> dict:
    """The scorer's report on the corpus rewritten by corpus/<script> (same values, so the same gold)."""
    variant = tmp_path / "variant"
    subprocess.run([sys.executable, str(ROOT / "corpus" / script), str(ROOT / "corpus"), str(variant), *options],
                   check=True, timeout=60, capture_output=True)
    result = run_cli("extract", str(variant), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    return load_scorer().score(tmp_path / "out", GOLD)


def assert_floors(report: dict, floors: dict[str, float]) -> None:
    for table, floor in floors.items():
        assert report["tables"][table]["f1"] >= floor, (table, report["tables"][table])


# F1 on the corpus reprinted as space-aligned columns (corpus/relayout.py), without and with cells wrapped
# within their column, and flattened one cell per line with and without a blank line between rows, when
# these floors were set, minus a margin.
RELAYOUT_F1_FLOOR = {
    None: {"targets": 0.935, "realisations": 0.95, "budgets": 0.94},  # reached 0.947 / 0.961 / 0.949
    40: {"targets": 0.935, "realisations": 0.95, "budgets": 0.94},  # reached 0.947 / 0.961 / 0.952
    # (flattened realisations: a Sasaran and an Indikator cell wrapped line by line must stay one row, 0.928 if not)
    "flatten": {"targets": 0.93, "realisations": 0.94, "budgets": 0.935},  # reached 0.942 / 0.953 / 0.947
    "flatten-no-gap": {"targets": 0.935, "realisations": 0.94, "budgets": 0.935},  # reached 0.947 / 0.953 / 0.947
}
RELAYOUT_OPTIONS = {None: [], 40: ["--wrap", "40"], "flatten": ["--flatten"],
                    "flatten-no-gap": ["--flatten", "--no-row-gap"]}


@pytest.mark.skipif(not SCORER.exists() or not GOLD.exists(), reason="needs ../shared/eval and ../shared/gold")
@pytest.mark.parametrize("wrap", [None, 40, "flatten", "flatten-no-gap"])
def test_the_corpus_reprinted_as_space_aligned_columns_reads_as_well(tmp_path: Path, wrap: int | str | None):
    """The same reports as pdftotext -layout prints them, or as text pulled from a PDF without its layout
    (one cell per line): the values, and so the gold, are the same."""
    report = score_corpus_variant(tmp_path, "relayout.py", RELAYOUT_OPTIONS[wrap])
    assert_floors(report, RELAYOUT_F1_FLOOR[wrap])
    fields = report["document_fields"]
    assert fields["year"]["correct"] == fields["year"]["of"] and fields["agency"]["correct"] == fields["agency"]["of"]
    if wrap in ("flatten", "flatten-no-gap"):  # the totals come from flattened budget tables
        assert fields["total_allocation"]["correct"] == fields["total_allocation"]["of"]


# F1 on the corpus reprinted as Tesseract reads a bordered table (corpus/relayout.py --scan, seed 1): wrapped
# cells interleaved line by line, borders read or lost, stray marks, header words misread; minus a margin.
# (0.849 / 0.880 / 0.920 before a ragged row's name was read on past its value line's cell)
# (0.889 / 0.952 / 0.920 before output-style '-nya' rows took their interleaved names)
# (0.933 / 0.952 / 0.920 before a compound target run into the name's cell and '1 x 24 jam' were read)
# (0.938 / 0.952 / 0.920 before a damaged amount took the same line item's clean amount elsewhere)
SCAN_F1_FLOOR = {"targets": 0.935, "realisations": 0.95, "budgets": 0.94}  # reached 0.947 / 0.961 / 0.949


@pytest.mark.skipif(not SCORER.exists() or not GOLD.exists(), reason="needs ../shared/eval and ../shared/gold")
def test_the_corpus_reprinted_as_a_tesseract_scan_reads_above_its_floor(tmp_path: Path):
    """Tables as a scan of a bordered table reads them: the values are the same, so the gold still holds."""
    report = score_corpus_variant(tmp_path, "relayout.py", ["--scan", "--seed", "1"])
    assert_floors(report, SCAN_F1_FLOOR)
    fields = report["document_fields"]
    assert all(v["correct"] == v["of"] for v in fields.values()), fields


# F1 on the corpus with its table values damaged the way OCR does (corpus/damage.py, seed 1), scored against
# the same gold: what the repairs recover from damage they were not written for, minus a margin.
DAMAGE_F1_FLOOR = {
    0.2: {"targets": 0.935, "realisations": 0.95, "budgets": 0.94},  # reached 0.947 / 0.961 / 0.952
    0.5: {"targets": 0.925, "realisations": 0.925, "budgets": 0.94},  # reached 0.938 / 0.938 / 0.952
}


@pytest.mark.skipif(not SCORER.exists() or not GOLD.exists(), reason="needs ../shared/eval and ../shared/gold")
@pytest.mark.parametrize("rate", [0.2, 0.5])
def test_the_corpus_with_ocr_damaged_table_values_reads_above_its_floor(tmp_path: Path, rate: float):
    """The clean reports' table values misread as OCR does ('1005' for 100%, 'B00.000', '10O%'): where the
    report settles a value the repairs restore it, and the gold, which holds the printed truth, still holds."""
    report = score_corpus_variant(tmp_path, "damage.py", ["--rate", str(rate), "--seed", "1"])
    assert_floors(report, DAMAGE_F1_FLOOR[rate])
    fields = report["document_fields"]
    assert all(v["correct"] == v["of"] for v in fields.values()), fields
