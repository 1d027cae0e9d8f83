"""Tests for normalize.numbers (value lexer / parser).

Cases are split like the price-parser project: DEV cases (the spec's
examples plus gold raws) were tuned on; HELD_OUT / HELD_OUT_LINES were
written down from the gold files before normalize/numbers.py existed and
evaluated once, after tuning (`pytest -k heldout`).

HELD-OUT RESULT on first evaluation: 67 / 67 passed (57 cell cases, 10
lex_values lines). Caveat, honestly: the same person chose the held-out raws
and designed the parser after reading all gold notes, and the expectations
encode that design (rule names, which cells are trusted), so this is an
optimistic figure, not an independent one. A wider sweep of every gold
target / realisation / simple budget cell (not a test) reads 374 cells
exactly, 15 more with the gold value in `alternatives` and the reading
untrusted; of the 19 trusted misses, 13 are digit-for-digit OCR swaps
('8734 %' for 97,94, '7.240.000' for 7.940.000), 3 lost leading digits ('5%'
for 95%), 1 needs context ('104' for 1%) and 2 are artefacts of the sweep's
cell split; only the arithmetic repair stage can see those.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from normalize import numbers as N


@dataclass(frozen=True)
class Case:
    """One raw cell and what the parser must make of it.

    `rules` is the exact set of Repair rules expected (empty when the text
    reads as printed); `alt` must appear among the alternatives; `note` must
    start one of the notes.
    """

    fn: str  # 'amount' | 'percent' | 'measure'
    raw: str
    value: float | None
    unit: str | None = None
    text: str | None = None
    trusted: bool = True
    rules: tuple[str, ...] = ()
    alt: float | None = None
    expect: str | None = None
    none: bool = False  # the parser must return None


def A(raw: str, value: float | None, **kw) -> Case:
    return Case("amount", raw, value, unit="rupiah", **kw)


def P(raw: str, value: float | None, **kw) -> Case:
    return Case("percent", raw, value, unit="%", **kw)


def M(raw: str, value: float | None, unit: str | None = None, **kw) -> Case:
    return Case("measure", raw, value, unit=unit, **kw)


LETTER = "ocr_letter_in_number"
SEP = "ocr_separator"
SPLIT = "split_digit_group"
DEC_LOST = "decimal_separator_lost"

# --------------------------------------------------------------------------
# HELD-OUT cases: written down from the gold files before numbers.py existed,
# evaluated once at the end. Expectations follow the parser's contract (the
# value the text alone supports), which for a few cells differs from the gold
# value that needed context (noted).
# --------------------------------------------------------------------------
HELD_OUT: list[Case] = [
    # amounts (gold 004, 001 budgets; one cell of each raw row)
    A("Rp. 115.805.681.000-", 115805681000),
    A("9.141.401.000,-", 9141401000),
    A("20,158,342,000", 20158342000),
    A("430 208:842", 430208842, rules=(SEP,)),
    A("T6.232.000", 76232000, rules=(LETTER,)),
    A("24 451 500", 24451500),
    A("13.681 859", 13681859),
    A("5.658,356.186", 5658356186),
    A("3258 157,849", 3258157849),
    A("13 153650", 13153650),  # gold 13.193.650 from context
    A("£5.000", 65000, rules=(LETTER,)),
    A("§2.889 000", 62889000, rules=(LETTER,), trusted=False, alt=92889000),  # '§' is 6 or 9 in this OCR
    A("2 206.982 000", 2206982000),
    A("39 .474.000", 39474000),
    A("RP, 2482 438.000", 2482438000),
    A("Rp 6.1 78.000", 6178000, rules=(SPLIT,)),
    A("Rp, 34,506, 300 000", 34506300000),
    A("RP 302.430,000", 302430000, alt=302430),
    A("Rp 267 986000", 267986000),
    A("1.663.815.313,000", 1663815313),
    A("0,0000", 0),
    A("7:842.933", 7842933, rules=(SEP,)),  # gold 7.942.933 from context
    A("0o", 0, rules=(LETTER,)),
    A("F2074.524.000", 2074524000, trusted=False),
    # percents (gold 001 budget % cells and capaian cells)
    P("93 14%", 93.14, rules=(DEC_LOST,)),
    P("67 69 %", 67.69, rules=(DEC_LOST,)),
    P("5356 %", 53.56, rules=(DEC_LOST,)),
    P("1008%:", 1008, trusted=False, alt=100.0),
    P("100 %%", 100, rules=("percent_sign_doubled",)),
    P("100%:", 100),
    P("00.00%", 0),
    P("125.06", 125.06),
    P("95,67 %", 95.67),
    P("10035", 10035, trusted=False, alt=100.0),
    P("909", 909, trusted=False, alt=90.0),
    P("T005%", 7005, rules=(LETTER,), trusted=False, alt=100.0),
    P("§7.62.%", 67.62, rules=(LETTER,), trusted=False, alt=97.62),
    # measures (targets / realisations of gold 001-004)
    M("Cc", None, "grade", text="CC", rules=("ocr_grade_letters",)),
    M("\u0412", None, "grade", text="B", rules=("cyrillic_lookalike",)),
    M("WIP", None, "opinion", text="WTP", rules=("ocr_opinion_letters",)),
    M("WIT:", None, "opinion", text="WTP", rules=("ocr_opinion_letters",)),
    M("WTP", None, "opinion", text="WTP"),
    M("2 Laporan", 2, "laporan"),
    M("1 Dokumen", 1, "dokumen"),
    M("1 Perkara", 1, "perkara"),
    M("I Perkara", 1, "perkara", rules=(LETTER,)),
    M("90", 90, "%", expect="%"),
    M("85", 85, "%", expect="%"),
    M("1", 1, "%", expect="%"),
    M("78.8%", 78.8, "%"),
    M("0.4%", 0.4, "%"),
    M("102.3%", 102.3, "%"),
    M("84,99%", 84.99, "%"),
    M("97,50%", 97.5, "%"),
    M("1007", 1007, "%", expect="%", trusted=False, alt=100.0),
    M("1009", 1009, "%", expect="%", trusted=False, alt=100.0),
    M("BE", None, "grade", text="BB", trusted=False, rules=("ocr_grade_letters",)),
]

# lex_values held-out lines: (line, [(kind, value or text), ...])
HELD_OUT_LINES: list[tuple[str, list[tuple[str, object]]]] = [
    ("| 4. | 2024 | 111,186,550,000 | 94,496,718,290 | 84,99% |",
     [("number", 4), ("number", 2024), ("amount", 111186550000), ("amount", 94496718290), ("percent", 84.99)]),
    ("1\t4.451.669.000\t4.384.925.985\t98,50%\t",
     [("number", 1), ("amount", 4451669000), ("amount", 4384925985), ("percent", 98.5)]),
    ("- CC 60 20.511.000 17.088.900 83,32",
     [("grade", "CC"), ("number", 60), ("amount", 20511000), ("amount", 17088900), ("number", 83.32)]),
    ("e WTP WTP WTP 2.678.165.000 2.715.809.026 101,41",
     [("opinion", "WTP"), ("opinion", "WTP"), ("opinion", "WTP"), ("amount", 2678165000),
      ("amount", 2715809026), ("number", 101.41)]),
    ("Persentase KPU Kota Prabumulih, 95 100 105", [("number", 95), ("number", 100), ("number", 105)]),
    ("| 6. | Tersedianya Pelayanan Publik Dokumen Teknis Kepemiluan | Persentase Peserta pemilu yang "
     "Dapat Dilayani | 100% | 98& |",
     [("number", 6), ("percent", 100), ("percent", 98)]),
    ("| 2. | Terlaksananya Fasilitasi Perencanaan Pengarsipan dan Pemeliharaan Logistik | Jumlah Dokumen "
     "Perencanaan Anggaran Pemeliharaan Logistik | 1 Dokumen | 1 Dokumen |",
     [("number", 2), ("count", 1), ("count", 1)]),
    ("2 | Demokrasi n Pemilu (Lembaga) (Lembaga) 20.000,0000 0,0000 10,000 10,000 | 78,33 21.67",
     [("number", 2), ("amount", 20000), ("amount", 0), ("number", 10), ("number", 10),
      ("number", 78.33), ("number", 21.67)]),
    ("Opini BPK atas Laporan Keuangan WTP WTP 100", [("opinion", "WTP"), ("opinion", "WTP"), ("number", 100)]),
    ("| 1. | 2021 | 34,884,986,000 | 34,024,395,214 | 97,53% |",
     [("number", 1), ("number", 2021), ("amount", 34884986000), ("amount", 34024395214), ("percent", 97.53)]),
]

# --------------------------------------------------------------------------
# DEVELOPMENT cases: the spec's examples and further gold raws, tuned on.
# --------------------------------------------------------------------------
DEV: list[Case] = [
    # amounts
    A("Rp. 4.451.669.000,-", 4451669000),
    A("Rp 17.632.649.000", 17632649000),
    A("4.451.669.000 -", 4451669000),
    A("34,884,986,000", 34884986000),
    A("1,050.024.000,-", 1050024000),
    A("Rp. | 1,050.024.000,-", 1050024000),
    A("25.607.000,0000", 25607000),
    A("2.680.536.126,000", 2680536126, alt=2680536126000),
    A("1.644.763.00 0", 1644763000, rules=(SPLIT,)),
    A("1.601.325.55 9", 1601325559, rules=(SPLIT,)),
    A("43.668 250.000", 43668250000),
    A("3 398 463.000", 3398463000),
    A("6178000", 6178000),
    A("2.002:845364", 2002845364, rules=(SEP,)),
    A("471 424 00", 47142400, trusted=False),
    A("2.0005.000", 20005000, trusted=False),
    A("3T.027.289.4T5", 37027289475, rules=(LETTER,)),  # gold 57.027.289.475 needs context
    A("1.000", 1000),
    A("000.000", 0),
    A("1.700 000", 1700000),
    A("14 744 000", 14744000),
    A("6266542 000", 6266542000),
    A("1 565 472.000", 1565472000),
    A("2 177.086.575", 2177086575),
    A("Rp  2.885.908.000", 2885908000),
    A("Rp 0", 0),
    A("RF. 34515303000", 34515303000),
    A("Rp 28R 312000", 28312000, trusted=False),  # gold 288.312.000: 'R' unreadable here
    A("50-716.352.000", 50716352000, rules=(SEP,), trusted=False),
    A("\u20ac6.035.211.000", 6035211000, trusted=False),
    A("Rp. Rp. | /", None, none=True),
    A("-", None, none=True),
    # percents
    P("98,50%", 98.5),
    P("97.36", 97.36),
    P("100 %", 100),
    P("0.16%", 0.16),
    P("2,8%", 2.8),
    P("97, 5%", 97.5),
    P("100%%", 100, rules=("percent_sign_doubled",)),
    P("95%:", 95),
    P("98&", 98, rules=("percent_sign_typo",)),
    P("100o/o", 100, rules=("percent_sign_typo",)),  # older OCR reads '%' as 'o/o'
    P("87,5 o/o", 87.5, rules=("percent_sign_typo",)),
    P("94.T7%", 94.77, rules=(LETTER,)),
    P("9126 %", 91.26, rules=(DEC_LOST,)),
    P("8811%", 88.11, rules=(DEC_LOST,)),
    P("9999 %", 99.99, rules=(DEC_LOST,)),
    P("1005", 1005, trusted=False, alt=100.0),
    P("10076", 10076, trusted=False, alt=100.0),
    P("1400", 1400, trusted=False, alt=100.0),
    P("1080%", 1080, trusted=False, alt=100.0),
    P("HO0%%", None, trusted=False, alt=100.0),
    P("MWo%", None, trusted=False, alt=100.0),
    P("896.35%", 896.35, trusted=False, alt=96.35),
    P("B0fy", 80, rules=(LETTER,), trusted=False),
    P("100%e", 100),
    P("0%", 0),
    P("25%", 25),
    P("e", None, none=True),
    # measures
    M("A", None, "grade", text="A"),
    M("AA", None, "grade", text="AA"),
    M("BB", None, "grade", text="BB"),
    M("B", None, "grade", text="B"),
    M("CC", None, "grade", text="CC"),
    M("C", None, "grade", text="C"),
    M("D", None, "grade", text="D"),
    M("CcC", None, "grade", text="CC", rules=("ocr_grade_letters",)),
    M("\u0412\u0412", None, "grade", text="BB", rules=("cyrillic_lookalike",)),
    M("WDP", None, "opinion", text="WDP"),
    M("TMP", None, "opinion", text="TMP"),
    M("TW", None, "opinion", text="TW"),
    M("WIF", None, "opinion", text="WTP", rules=("ocr_opinion_letters",)),
    M("WTF", None, "opinion", text="WTP", rules=("ocr_opinion_letters",)),
    M("100%", 100, "%"),
    M("94,4", 94.4, "%", expect="%"),
    M("94,4", 94.4),
    M("90", 90),
    M("1.095", 1095, alt=1.095),
    M("10,000", 10, alt=10000),
    M("1 NSPK", 1, "nspk"),
    M("2 Lap", 2, "laporan"),
    M("1 Laporan", 1, "laporan"),
    M("1 Layanan", 1, "layanan"),
    M("15 kali", 15, "kali"),
    M("1S5kali", 15, "kali", rules=("ocr_doubled_glyph",), trusted=False, alt=155),
    # an 'l' or an 'O' beside a 1 or a 0 is a misread digit, not a ghost of its neighbour
    M("l1 Layanan", 11, "layanan", rules=("ocr_letter_in_number",)),
    M("1l Laporan", 11, "laporan", rules=("ocr_letter_in_number",)),
    M("1O0 Dokumen", 100, "dokumen", rules=("ocr_letter_in_number",)),
    M("3 gint", 3, "kegiatan"),
    M("3 giat", 3, "kegiatan"),
    M("2 Orang", 2, "orang"),
    M("5 Lembaga", 5, "lembaga"),
    M("1 Unit", 1, "unit"),
    M("2 Kali", 2, "kali"),
    M("1 Dok", 1, "dokumen"),
    M("3 Keg", 3, "kegiatan"),
    M("15 kah", 15, "kah", trusted=False),
    M("T2", 72, rules=(LETTER,), alt=12),  # gold alt reads 12 from context
    M("1 Lakip dan 2 Perjanjian Kinerja", None, trusted=False),
    M("e", None, trusted=False),
    M("-", None, none=True),
    M("", None, none=True),
    M("n/a", None, none=True),
    M("N/A", None, none=True),
]


def _call(case: Case):
    if case.fn == "amount":
        return N.parse_amount(case.raw)
    if case.fn == "percent":
        return N.parse_percent(case.raw)
    return N.parse_measure(case.raw, case.expect)


def check(case: Case) -> None:
    r = _call(case)
    if case.none:
        assert r is None
        return
    assert r is not None
    assert r.raw == case.raw
    if case.value is None:
        assert r.value is None
    else:
        assert r.value == pytest.approx(case.value)
    assert r.unit == case.unit
    assert r.text == case.text
    assert r.trusted is case.trusted, r.notes
    assert {rp.rule for rp in r.repairs} == set(case.rules)
    for rp in r.repairs:  # a change from the page names its source text and reason
        assert rp.before == case.raw and rp.after and rp.evidence
    if case.alt is not None:
        assert any(a == pytest.approx(case.alt) for a in r.alternatives), r.alternatives
    if not r.trusted:
        assert r.notes or r.repairs  # an untrusted reading says why
    # A trusted number that is not the printed digits must carry a repair.
    if r.trusted and r.value is not None and case.fn != "amount":
        printed = "".join(ch for ch in case.raw if ch.isdigit())
        value_digits = f"{r.value:.2f}".replace(".", "").lstrip("0").rstrip("0")
        if value_digits and printed.lstrip("0").rstrip("0") != value_digits:
            assert r.repairs, (case.raw, r.value)


def _id(case: Case) -> str:
    return f"{case.fn}:{case.raw}" + (f":{case.expect}" if case.expect else "")


@pytest.mark.parametrize("case", DEV, ids=_id)
def test_dev_cases(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", HELD_OUT, ids=_id)
def test_heldout_cases(case: Case) -> None:
    check(case)


# --------------------------------------------------------------------------
# fold_text
# --------------------------------------------------------------------------

def test_fold_text_lookalikes_dashes_quotes() -> None:
    assert N.fold_text("\u0412\u0412") == "BB"
    assert N.fold_text("\u0410\u0421\u0415\u041d\u041a\u041c\u041e\u0420\u0422\u0425") == "ACEHKMOPTX"
    assert N.fold_text("\u0430\u0441\u0435\u043e\u0440\u0445\u0443") == "aceopxy"
    assert N.fold_text("2020\u20132024 \u201cBAIK\u201d \u2018x\u2019") == "2020-2024 \"BAIK\" 'x'"
    assert N.fold_text("\ufb02\u00a0\uff11") == "fl 1"  # NFKC: ligature, nbsp, full-width digit
    assert N.fold_text("plain ascii") == "plain ascii"


# --------------------------------------------------------------------------
# lex_values
# --------------------------------------------------------------------------

DEV_LINES: list[tuple[str, list[tuple[str, object]]]] = [
    ("Persentase kegiatan pendidikan 90 85 94,4", [("number", 90), ("number", 85), ("number", 94.4)]),
    ("426.483.000 372.684.240 10,000 10,000 | 99,25 0.75",
     [("amount", 426483000), ("amount", 372684240), ("number", 10), ("number", 10),
      ("number", 99.25), ("number", 0.75)]),
    ("1 90 90 100 33.801.000 33.775.000 99,92",
     [("number", 1), ("number", 90), ("number", 90), ("number", 100), ("amount", 33801000),
      ("amount", 33775000), ("number", 99.92)]),
    ("Nilai Akuntabilitas Kinerja B CcC 60", [("grade", "B"), ("grade", "CC"), ("number", 60)]),
    ("Nilai minimal B untuk dicapai", []),
    ("1.644.763.00 0\t1.601.325.55 9\t97,36%",
     [("amount", 1644763000), ("amount", 1601325559), ("percent", 97.36)]),
    # a table run onto one line: the next row's number after a decimal amount is no digit split off it
    ("74,10 12.450.300,00 3. Program Contoh 500.000.000,00",
     [("number", 74.10), ("amount", 12450300), ("number", 3), ("amount", 500000000)]),
    ("Rp. 2.265.454.000\tRp. 2.101.808.066\t93%",
     [("amount", 2265454000), ("amount", 2101808066), ("percent", 93)]),
    ("2024 | 111,186,550,000 | 94,496,718,290 | 84,99%",
     [("number", 2024), ("amount", 111186550000), ("amount", 94496718290), ("percent", 84.99)]),
    ("Pemungutan dan Penghitungan Suara 100%", [("percent", 100)]),
    ("Tabel 3.4 Realisasi Anggaran (076.01.CQ)", [("number", 3.4)]),
    ("PAGU DIPA sebesar Rp1.644.763.000 dan realisasi Rp 1.601.325.559 atau 97,36%",
     [("amount", 1644763000), ("amount", 1601325559), ("percent", 97.36)]),
    ("5 | Meningkatnya tertib | Persentase pegownt vang | 97, 5% Juminh pegawai yang",
     [("number", 5), ("percent", 97.5)]),
    ("2 | Terwujudnya tencana kerja dan | Jumlah  revist vang | 1S5kali | Jumlah total revisi dalam",
     [("number", 2), ("count", 15)]),
    # '%' read as 'o/o' by an older OCR engine; a date or 'dan/atau' nearby is no percent
    ("Persentase pemilih terdaftar 95o/o 97,5 o/o 102,6o/o dan/atau 10/12",
     [("percent", 95), ("percent", 97.5), ("percent", 102.6), ("number", 10), ("number", 12)]),
    # 100% with all three digits read as look-alike letters; not a word that starts the same way
    ("Persentase satker tepat waktu lOO% IOO o/o", [("percent", 100), ("percent", 100)]),
    ("Kegiatan lOOk dan BOO% tidak", []),
]


def check_line(line: str, expected: list[tuple[str, object]]) -> None:
    tokens = N.lex_values(line)
    got = [(t.kind, t.reading.text if t.reading.text is not None else t.reading.value) for t in tokens]
    assert [k for k, _ in got] == [k for k, _ in expected], got
    for (_, value), (_, want) in zip(got, expected):
        assert value == (want if isinstance(want, str) else pytest.approx(want)), got
    folded = N.fold_text(line)
    last = 0
    for t in tokens:  # in order, not overlapping, spans point at the raw text
        assert last <= t.start < t.end
        assert folded[t.start:t.end] == t.raw
        last = t.end


@pytest.mark.parametrize("line,expected", DEV_LINES)
def test_lex_dev_lines(line: str, expected) -> None:
    check_line(line, expected)


@pytest.mark.parametrize("line,expected", HELD_OUT_LINES)
def test_lex_heldout_lines(line: str, expected) -> None:
    check_line(line, expected)


def test_lex_offsets_after_folding() -> None:
    line = "Nilai \u0412\u0412 \u2013 95%"
    tokens = N.lex_values(line)
    assert [(t.kind, t.reading.text or t.reading.value) for t in tokens] == [("grade", "BB"), ("percent", 95.0)]
    assert N.fold_text(line)[tokens[0].start:tokens[0].end] == "BB"


def test_lex_whole_corpus_is_fast_and_ordered() -> None:
    import pathlib
    import time

    lines = [ln for p in sorted(pathlib.Path(__file__).parent.parent.joinpath("corpus").glob("*.txt"))
             for ln in p.read_text(encoding="utf-8").splitlines()]
    N.parse_amount.cache_clear()
    N.parse_percent.cache_clear()
    N.parse_measure.cache_clear()
    t0 = time.perf_counter()
    count = 0
    for ln in lines:
        tokens = N.lex_values(ln)
        count += len(tokens)
        for a, b in zip(tokens, tokens[1:]):
            assert a.end <= b.start
    elapsed = time.perf_counter() - t0
    assert count > 1000
    assert elapsed < 5.0  # generous; a few tenths of a second on a laptop


# --------------------------------------------------------------------------
# Property tests: clean formats round-trip; OCR damage is undone or flagged,
# never turned into a different trusted value.
# --------------------------------------------------------------------------
from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

LOOKALIKE = {"0": "O", "1": "l", "5": "S", "8": "B", "7": "T"}


def indonesian_amount(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def english_amount(n: int) -> str:
    return f"{n:,}"


@st.composite
def amount_texts(draw) -> tuple[int, str]:
    n = draw(st.integers(0, 10 ** 12))
    if draw(st.booleans()):
        text = indonesian_amount(n) + draw(st.sampled_from(["", ",00", ",0000"]))
        text = draw(st.sampled_from(["", "Rp. ", "Rp ", "Rp"])) + text + draw(st.sampled_from(["", ",-", " -"]))
    else:
        text = english_amount(n) + draw(st.sampled_from(["", ".00"]))
        text = draw(st.sampled_from(["", "Rp "])) + text
    return n, text


@st.composite
def percent_texts(draw) -> tuple[float, str]:
    cents = draw(st.integers(0, 20000))
    value = cents / 100
    places = draw(st.sampled_from([0, 1, 2])) if cents % 100 == 0 else (1 if cents % 10 == 0 else 2)
    places = max(places, 1 if cents % 10 == 0 and cents % 100 else 0, 2 if cents % 10 else 0)
    number = f"{value:.{places}f}"
    if draw(st.booleans()):
        number = number.replace(".", ",")
    sign = draw(st.sampled_from(["%", " %", ""]))
    return value, number + sign


@given(amount_texts())
def test_amount_round_trip(case) -> None:
    n, text = case
    r = N.parse_amount(text)
    assert r is not None and r.trusted, (text, r)
    assert r.value == n, text
    assert not r.repairs


@given(percent_texts())
def test_percent_round_trip(case) -> None:
    value, text = case
    r = N.parse_percent(text)
    assert r is not None and r.trusted, (text, r)
    assert r.value == pytest.approx(value), text
    assert not r.repairs


def _digit_positions(text: str, chars: str) -> list[int]:
    return [i for i, c in enumerate(text) if c in chars]


@st.composite
def damaged(draw, texts, digits_only_inside: bool = False):
    true, text = draw(texts)
    kind = draw(st.sampled_from(["letter", "space"]))
    if kind == "letter":
        spots = _digit_positions(text, "".join(LOOKALIKE))
        assume(spots)
        i = draw(st.sampled_from(spots))
        text = text[:i] + LOOKALIKE[text[i]] + text[i + 1:]
    else:  # a space inside a digit group
        spots = [i for i in range(1, len(text)) if text[i - 1].isdigit() and text[i].isdigit()]
        assume(spots)
        i = draw(st.sampled_from(spots))
        text = text[:i] + " " + text[i:]
    return true, text


def recovered_or_flagged(r, true: float) -> bool:
    if r is None:
        return False
    if r.value is not None and r.value == pytest.approx(true):
        return True
    if any(a == pytest.approx(true) for a in r.alternatives):
        return not r.trusted or r.value is None
    return not r.trusted


@settings(max_examples=400)
@given(damaged(amount_texts()))
def test_damaged_amount_never_wrong_and_trusted(case) -> None:
    true, text = case
    r = N.parse_amount(text)
    if r is None:  # '0' became 'O': no digit left to read
        assert not any(c.isdigit() for c in text)
        return
    assert recovered_or_flagged(r, true), (text, r)


@settings(max_examples=400)
@given(damaged(percent_texts()))
def test_damaged_percent_never_wrong_and_trusted(case) -> None:
    true, text = case
    r = N.parse_percent(text)
    if r is None:  # every digit became a letter ('S%'): nothing left to read
        assert not any(c.isdigit() for c in text)
        return
    assert recovered_or_flagged(r, true), (text, r)


_CLEAN_PERCENT = __import__("re").compile(r"^\d+(?:[.,]\d{1,2})?$")


@settings(max_examples=400)
@given(percent_texts(), st.sampled_from(["", "96", "9", "&"]))
def test_percent_sign_dropped_or_misread(case, replacement: str) -> None:
    true, text = case
    body = text.rstrip("% ")
    damaged_text = body + replacement
    r = N.parse_percent(damaged_text)
    if replacement in ("96", "9"):
        # '5' + '9' = '59' and '2,8' + '9' = '2,89' are themselves clean
        # percents of another value: no parser can tell them apart from the
        # text alone. Those are left to the arithmetic repair stage.
        digits = body.replace(",", ".") + replacement
        assume(not (_CLEAN_PERCENT.match(digits) and float(digits) <= 200))
    assert recovered_or_flagged(r, true), (damaged_text, r)


def test_grade_followed_by_an_ocr_speck_still_ends_the_line():
    # Corpus 001 line 3146: "... Nilai akuntabilitas kinerja KPU B '" (a stray quote after the grade).
    (token,) = N.lex_values("Nilai akuntabilitas kinerja KPU B '")
    assert token.kind == "grade" and token.reading.text == "B"
    assert N.lex_values("nilai minimal B untuk penilaian mandiri") == []


def test_look_alike_letter_right_before_the_percent_sign():
    # generated damage as OCR makes it: '77,S%' is 77,5%; '8S%' is 85% (also inside sentences)
    (token,) = N.lex_values("77,S%")
    assert token.reading.value == 77.5 and token.reading.repairs[0].rule == "ocr_letter_in_number"
    assert N.parse_measure("8S%").value == 85
    assert N.parse_measure("7O%").value == 70


def test_look_alike_letters_at_the_edges_of_a_count():
    # generated OCR damage: '2O Layanan' is 20 layanan, 'l4 Laporan' is 14 laporan;
    # a class name like 'Kelas 11B Prabumulih' is no number.
    (a,) = N.lex_values("2O Layanan")
    (b,) = N.lex_values("l4 Laporan")
    assert (a.reading.value, a.reading.unit, b.reading.value, b.reading.unit) == (20, "layanan", 14, "laporan")
    assert N.lex_values("Kelas 11B Prabumulih") == []


def test_look_alike_letter_leading_a_grouped_amount():
    (token,) = N.lex_values("S.162.113.462")
    assert token.kind == "amount" and token.reading.value == 5_162_113_462


def test_look_alike_letter_closing_an_amounts_last_group():
    assert N.lex_values("19.664.681.00O")[0].reading.value == 19_664_681_000
    assert N.lex_values("18.114.137.71l")[0].reading.value == 18_114_137_711


def test_look_alike_letter_closing_a_one_digit_decimal():
    # a budget % '99,28' with its 8 read as B, in a tab cell
    assert [(t.raw, t.reading.value) for t in N.lex_values("Rp2.398.110.250,-\t99,2B\tRp17.489.750,-")][1] == \
        ("99,2B", 99.28)
    assert N.lex_values("kelas 2B") == []  # after a whole number, a class's letter, no digit


def test_leading_s_for_5_only_inside_a_decimal():
    assert N.lex_values("S5,8%")[0].reading.value == 55.8
    assert N.lex_values("lulusan S1, S2") == []


def test_leading_b_for_8_only_inside_a_decimal_or_before_a_percent():
    assert N.lex_values("80,6% B9,56%")[1].reading.value == 89.56
    assert [t.raw for t in N.lex_values("Kelas B1 20%")] == ["20%"]  # a class's name, no value
    assert [t.kind for t in N.lex_values("Nilai SAKIP B 90%")] == ["grade", "percent"]


def test_lone_letter_for_a_digit_before_a_count_noun_or_percent():
    (a,) = N.lex_values("S Laporan")
    (b,) = N.lex_values("S2%")
    assert (a.reading.value, a.reading.unit, b.reading.value) == (5, "laporan", 52)
    assert N.lex_values("Sasaran S dan Laporan") == [] and N.lex_values("lulusan S1 dan S2") == []


def test_zero_led_program_code_digits_are_not_a_measure():
    # 001: '(076,01 WA)' and '076 0L WA)' in a Rencana Aksi row were read as targets 76.01 and 76.
    assert [t.raw for t in N.lex_values("Informasi (076,01 WA) serta 076 0L WA) 100%")] == ["100%"]
    assert [t.reading.value for t in N.lex_values("100 %% 1005 00")][-1] == 0  # a bare '00' still reads


def test_lexing_only_where_a_token_can_start_finds_what_finditer_finds():
    from normalize.numbers import _LEX_RE, _lex_matches

    samples = ["Persentase 98,50% 97.36 100 %", "Rp. 4.451.669.000,- Rp 1.644.763.00 0", "Nilai SAKIP B CcC 60",
               "Opini WTP", "2 Lap 15 kali 1S5kali", "S Laporan", "94.T7% T6.232.000", "Pasal 18 ayat 2",
               "Sasaran 1", "1 90 90 100", "WIF", "rp 12.000", "CC", "ABCD 12"]
    for text in samples:
        assert [m.span() for m in _lex_matches(text)] == [m.span() for m in _LEX_RE.finditer(text)], text


def test_plain_numbers_and_percents_skip_the_alternation_with_the_same_tokens():
    import random

    from normalize.numbers import _LEX_RE, _lex_matches

    samples = ["2023", "97,5 ", "1,0000 5", "1,00000 5", "98,50%% x", "12 3", "1,5 0%", "100 %", "100 Lap",
               "12.345 6", "94.T7%", "2O Layanan", "1 | 2", "7\t8", "1, 5%", "1.644.763.00 0"]
    pieces = list("0123456789") * 3 + list(".,:%& |\t-") + list("TOlISRpBW") + [" Lap", ",0000", "Rp."]
    rng = random.Random(7)
    samples += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for text in samples:
        found = [(m.lastgroup, m.span(m.lastgroup)) for m in _lex_matches(text)]
        assert found == [(m.lastgroup, m.span(m.lastgroup)) for m in _LEX_RE.finditer(text)], text


def test_a_level_is_a_value_with_its_unit():
    # Inspektorat PK: 'Level 3' (APIP capability, SPIP maturity) as a target cell and in a space-aligned line.
    reading = N.parse_measure("Level 3")
    assert (reading.value, reading.unit, reading.trusted) == (3.0, "level", True)
    assert N.parse_measure("level 3,5").value == 3.5
    tokens = N.lex_values("c. Level kapabilitas APIP (IACM)          Level 3")
    assert [(t.kind, t.raw, t.reading.value) for t in tokens] == [("count", "Level 3", 3.0)]
    assert N.lex_values("Level Maturitas Penyelenggaraan    level       2,85")[0].raw == "2,85"  # a unit column
    from normalize.numbers import _LEX_RE, _lex_matches
    for text in ("Level 3", "xLevel 3", "level3 4", "Levels 3", "Level 3,25 Level 4"):
        assert [m.span() for m in _lex_matches(text)] == [m.span() for m in _LEX_RE.finditer(text)], text


def test_two_look_alike_zeros_after_a_digit_are_digits():
    # OCR '1OO%' (two O for 0) in a capaian table row; one O ('10O%') was read already.
    assert [(t.raw, t.reading.value) for t in N.lex_values("administrasi 1OO% 100%")] == [("1OO%", 100.0), ("100%", 100.0)]


@pytest.mark.parametrize("line, raw, value", [
    ("lOOo/o", "lOOo/o", 100.0),  # digits and sign all read as letters
    ("Target 75o/o tahun ini", "75o/o", 75.0),
    ("capaian 62,5 o/o", "62,5 o/o", 62.5),
    ("realisasi 1000/o", "1000/o", 100.0),  # the sign's first 'o' read as a zero
    ("too%", "too%", 100.0),
    ("target lOO %", "lOO %", 100.0),
])
def test_percent_written_in_letters_is_read_with_its_printed_text(line, raw, value):
    tokens = N.lex_values(line)
    assert [(t.kind, t.raw, t.reading.value, t.reading.unit) for t in tokens] == [("percent", raw, value, "%")]
    token = tokens[0]
    assert line[token.start:token.end] == raw  # the span covers the printed sign
    assert token.reading.repairs  # every letter read as a digit or sign is recorded


@pytest.mark.parametrize("line", ["Kabupaten/Kota", "IO o/o", "and/or 5", "pilot%", "stoo% x", "o/o"])
def test_slashes_and_words_are_not_read_as_a_lettered_percent(line):
    assert [t for t in N.lex_values(line) if t.kind == "percent"] == []


@pytest.mark.parametrize("line, raw, value, unit", [
    ("3 (tiga) Dokumen", "3 (tiga) Dokumen", 3.0, "dokumen"),
    ("target 24 (dua puluh empat) Kali setahun", "24 (dua puluh empat) Kali", 24.0, "kali"),
    ("| 1 (Satu) Laporan |", "1 (Satu) Laporan", 1.0, "laporan"),
])
def test_a_count_spelled_out_in_brackets_keeps_its_unit(line, raw, value, unit):
    assert [(t.kind, t.raw, t.reading.value, t.reading.unit) for t in N.lex_values(line)] == [
        ("count", raw, value, unit)]
    assert N.parse_measure(raw).value == value


def test_a_bracket_that_spells_no_number_is_not_part_of_a_count():
    assert [(t.kind, t.raw) for t in N.lex_values("7 (lampiran) Dokumen")] == [("number", "7")]


@pytest.mark.parametrize("raw, value, unit", [
    ("78 (%)", 78.0, "%"),
    ("3,18 (Indeks)", 3.18, "index"),
    ("6 (Kali)", 6.0, "kali"),
    ("2 (Dokumen)", 2.0, "dokumen"),
])
def test_a_unit_in_brackets_after_the_number_is_its_unit(raw, value, unit):
    # a Satuan folded into the value cell: 'Target | 78 (%)'
    reading = N.parse_measure(raw)
    assert (reading.value, reading.unit, reading.trusted) == (value, unit, True)
    assert [(t.raw, t.reading.value, t.reading.unit) for t in N.lex_values(f"| {raw} | 1 |")] == [
        (raw, value, unit), ("1", 1.0, None)]


def test_a_note_in_brackets_is_no_unit():
    assert N.parse_measure("40 (revisi anggaran)").value is None
    assert N.parse_measure("40 (catatan)").value is None


@pytest.mark.parametrize("raw, value, unit", [
    ("16 Jam", 16.0, "jam"), ("3 hari", 3.0, "hari"), ("25 Desa", 25.0, "desa"), ("2.400bh", 2400.0, "buah"),
    ("3,405 Indeks", 3.405, "index"),  # an index is measured, not counted: no 3405
])
def test_count_nouns_that_end_a_value(raw, value, unit):
    reading = N.parse_measure(raw)
    assert (reading.value, reading.unit, reading.trusted) == (value, unit, True)


def test_a_noun_after_a_number_is_a_unit_only_where_the_value_ends():
    # '16 Jam 18 Jam 112,5%': each noun is followed by another value or the line end
    assert [(t.raw, t.reading.unit) for t in N.lex_values("Rata-rata pelatihan 16 Jam 18 Jam 112,5%")] == [
        ("16 Jam", "jam"), ("18 Jam", "jam"), ("112,5%", "%")]
    # the same words opening a name's next words stay text: '5 hari kerja', '7 Desa Sukamaju'
    assert [(t.kind, t.raw) for t in N.lex_values("selesai dalam 5 hari kerja 90% 95%")][0] == ("number", "5")
    assert [(t.kind, t.raw) for t in N.lex_values("7 Desa Sukamaju dan sekitarnya")] == [("number", "7")]


def test_a_count_noun_abbreviated_or_with_a_slashed_qualifier_is_still_its_unit():
    # 'Desa/Kel' (desa or kelurahan), 'Org' (orang) printed beside each value: counts, not text between numbers
    assert [(t.raw, t.reading.value, t.reading.unit) for t in N.lex_values(
        "Jumlah taman baca yang dibina 6 Desa/Kel 5 Desa/Kel")] == [("6 Desa/Kel", 6.0, "desa"), ("5 Desa/Kel", 5.0, "desa")]
    assert [(t.raw, t.reading.unit) for t in N.lex_values("Pustakawan dilatih 15 Org 12 Org")] == [
        ("15 Org", "orang"), ("12 Org", "orang")]
    assert (N.parse_measure("6 Desa/Kelurahan").value, N.parse_measure("6 Desa/Kelurahan").unit) == (6.0, "desa")
    # the qualified noun opening a name's words stays text, as the bare noun does
    assert [t.kind for t in N.lex_values("7 Desa/Kel Sukamaju dan sekitarnya")] == ["number"]


def test_a_footnote_mark_after_a_value_is_no_digit_of_it() -> None:
    # '3,62¹' refers to a note under the table: NFKC alone would read 3,621
    assert [t.reading.value for t in N.lex_values("Indeks kepuasan anggota 3,50 3,62\u00b9 103,43%\u00b2")] == [
        3.5, 3.62, 103.43]
    assert N.fold_text("luas 25 m\u00b2") == "luas 25 m2"  # after a letter it is a power, as before


def test_a_ratio_is_one_value_kept_as_printed_not_a_number():
    # 'Rasio guru terhadap murid 1:20': one teacher to twenty pupils, neither 1,2 nor 120
    for raw, text in [("1:17,9", "1:17,9"), ("1 : 20", "1:20"), ("1:2.500", "1:2.500")]:
        reading = N.parse_measure(raw, "%")
        assert (reading.value, reading.text, reading.unit, reading.raw) == (None, text, "ratio", raw)
    # an amount whose '.' a scan read as ':', and '1:00' (a 100), are no ratios
    assert N.parse_measure("1:500.000").value == 1500000
    assert N.parse_measure("1:00").text is None
    # in a table line the ratio is one token, not a target '1' and a realisation '2.000'
    assert [(t.kind, t.reading.text or t.reading.value) for t in N.lex_values(
        "3 | Rasio dokter terhadap penduduk | 1 : 2.500 | 1 : 2.000 | 125%")] == [
        ("number", 3.0), ("ratio", "1:2.500"), ("ratio", "1:2.000"), ("percent", 125.0)]
    assert [t.kind for t in N.lex_values("Belanja modal Rp 1:500.000 | 7:842.933")] == ["amount", "amount"]


def test_the_ratio_scan_opening_with_its_1_finds_what_the_lookbehinds_first_find():
    # written to open with RATIO_RE's '1' (scanned for in C) and look back after it: the same ratios as before
    plain = r"(?<![\w.,:])(?<![Rr][Pp]\s)(?<![Rr][Pp]\.\s)" + N.RATIO_RE.pattern + r"(?![\d.,:]?\d|\s?%|\w)"
    for text in ["1:20 | 1 : 2.500 | Rp 1:500 | Rp. 1:30 | rp 1:4 | 11:20 | x1:20 | .1:20 | 1:20% | 1:00 | 1:17,9",
                 "rasio 1:3 dan 1 :4,5 lalu 21:5, a1:5 :1:5 1:123456 1:9x"]:
        assert [m.span() for m in N._RATIO_TOKEN_RE.finditer(text)] == [m.span() for m in re.finditer(plain, text)]
    assert [m.group() for m in N._RATIO_TOKEN_RE.finditer("rasio 1:3 dan Rp 1:4 dan 1 : 2.500")] == ["1:3", "1 : 2.500"]
    assert N._RATIO_TOKEN_RE.pattern.startswith("1")  # a literal to scan for


@pytest.mark.parametrize("raw, value", [("Rp 41,75Milyar", 41_750_000_000), ("Rp.2,3 Miliar", 2_300_000_000),
                                        ("875 Juta", 875_000_000), ("Rp 1,05 Triliun", 1_050_000_000_000),
                                        ("Rp. 3.200 Juta", 3_200_000_000)])
def test_an_amount_with_its_scale_word_is_multiplied_and_keeps_its_raw(raw: str, value: int) -> None:
    reading = N.parse_amount(raw)
    assert reading.value == value and reading.raw == raw and reading.trusted
    assert [r.rule for r in reading.repairs] == [N.SCALE_WORD]


def test_a_scale_word_before_other_words_is_no_amount_scale() -> None:
    assert N.parse_amount("40 juta penduduk").value != 40_000_000


@pytest.mark.parametrize("raw, value", [("100%Dokumen", 100.0), ("87,5 % Laporan", 87.5), ("60%Kegiatan", 60.0)])
def test_a_percentage_glued_to_its_noun_is_the_percentage(raw: str, value: float) -> None:
    reading = N.parse_measure(raw)
    assert (reading.value, reading.unit, reading.raw) == (value, "%", raw)


def test_leading_zero_groups_no_thousands() -> None:
    """'0,450' / '0.125' are fractions (a ratio of schools to pupils): no reading as 450 or 125."""
    from normalize.numbers import parse_measure
    assert (parse_measure("0,450", None).value, parse_measure("0,450", None).alternatives) == (0.45, ())
    assert parse_measure("0.125", None).value == 0.125


def test_a_duration_in_years_ends_a_value_as_its_unit():
    # a school-years measure ('7,90 Tahun' of schooling on average, its decimals printed): the noun ends the value
    # cell, so it is the value's unit and the reading is trusted like '3 hari'; the same word going on in a name
    # stays text
    reading = N.parse_measure("7,90 Tahun")
    assert (reading.value, reading.unit, reading.trusted) == (7.9, "tahun", True)
    assert N.parse_measure("68,4 thn").unit == "tahun"
    line = "Harapan lama sekolah anak umur 7 tahun ke atas 12,40 Tahun 12,55 Tahun 101,21"
    assert [(t.raw, t.reading.unit) for t in N.lex_values(line)][1:] == [
        ("12,40 Tahun", "tahun"), ("12,55 Tahun", "tahun"), ("101,21", None)]
    # a whole number of years is an age or a period a name states ('anak usia 0-18 tahun 95%'): no value
    assert [t.raw for t in N.lex_values("Persentase akta kelahiran anak usia 0-18 tahun 95%")] == ["0", "18", "95%"]


def test_an_amount_cut_at_a_glyph_is_joined_again_when_a_look_alike_letter_also_stands_in_it():
    """'3.5*0.4O0.000': a lost digit's glyph and an 'O' for 0 in one pagu. The letter must not keep the two
    halves apart (read apart, '0.4O0.000' would pass for a pagu of 400.000); joined, the amount is untrusted
    and offers each digit for the glyph, so the row's % or its kegiatan can pick it."""
    tokens = N.lex_values("3358.QXA.009\tPengadaan Kotak Suara\t3.5*0.4O0.000\t3.1l2.907.500\t88,46")
    amounts = [t for t in tokens if t.kind == "amount"]
    cut = next(t for t in amounts if t.raw.startswith("3.5"))
    assert cut.raw == "3.5*0.4O0.000"
    assert not cut.reading.trusted
    assert cut.reading.value == 3_500_400_000
    assert 3_530_400_000 in cut.reading.alternatives
    assert not any(t.reading.value == 400_000 for t in amounts)


@settings(max_examples=300, suppress_health_check=[HealthCheck.filter_too_much])  # (most texts hold no such spot)
@given(st.one_of(percent_texts(), amount_texts()), st.sampled_from(["]", "!"]), st.data())
def test_a_one_read_as_a_bracket_or_exclamation_mark_is_read_back_on_record(case, glyph: str, data) -> None:
    """']' and '!' stand for a serif-less '1' off a scan: in a cell or a line, the value is the one the clean cell
    gives, or it is flagged; a value read back carries the repair."""
    _, text = case
    clean = N.parse_measure(text)
    assume(clean is not None and clean.value is not None and clean.trusted)
    true = clean.value
    spots = _digit_positions(text, "1")
    assume(spots)
    i = data.draw(st.sampled_from(spots))
    damaged_text = text[:i] + glyph + text[i + 1:]
    r = N.parse_measure(damaged_text)
    assert recovered_or_flagged(r, true), (damaged_text, r)
    if r.value is not None and r.value == pytest.approx(true):
        assert any(rep.evidence == N.ONE_GLYPH_EVIDENCE for rep in r.repairs), (damaged_text, r)
    tokens = N.lex_values(f"Belanja arsip daerah {damaged_text} 40%")
    assert tokens[-1].raw == "40%" and all(glyph not in t.raw or t.reading.repairs for t in tokens)


def test_a_bracket_or_exclamation_mark_before_or_inside_digits_is_a_one():
    for raw, value in ((']00%', 100.0), ('7!%', 71.0), ('! Dokumen', 1.0), ('3]4.250.000', 314_250_000.0)):
        reading = N.parse_measure(raw)
        assert reading.value == value and reading.raw == raw and reading.repairs[0].rule == N.LETTER
    line = [(t.raw, t.reading.value) for t in N.lex_values("Belanja pegawai 8]2.400.000 ]00% 2]%")]
    assert line == [("8]2.400.000", 812_400_000.0), ("]00%", 100.0), ("2]%", 21.0)]


def test_a_bracket_closing_a_footnote_mark_or_a_sentence_mark_stays():
    assert N.read_one_glyphs("Jumlah arsip [3] 45") is None
    assert N.read_one_glyphs("tercapai pada 2024! Sangat baik") is None
    assert [t.raw for t in N.lex_values("Capaian 95%] 12")] == ["95%", "12"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.filter_too_much])  # (most texts hold no such spot)
@given(st.one_of(percent_texts(), amount_texts()), st.data())
def test_a_separator_printed_twice_is_read_once_on_record(case, data) -> None:
    """'45,,95%', '7.250..000': no number holds two separators in a row; in a cell or a line the value is the one
    the clean text gives, with the repair recorded."""
    _, text = case
    clean = N.parse_measure(text)
    spots = [i for i in range(1, len(text) - 1) if text[i] in ".," and text[i - 1].isdigit() and text[i + 1].isdigit()]
    assume(clean is not None and clean.value is not None and clean.trusted and spots)
    i = data.draw(st.sampled_from(spots))
    damaged_text = text[:i + 1] + text[i:]
    r = N.parse_measure(damaged_text)
    assert r.value == pytest.approx(clean.value) and r.raw == damaged_text, (damaged_text, r)
    assert any(rep.evidence == N.DOUBLED_SEP_EVIDENCE for rep in r.repairs)


def test_a_doubled_separator_in_a_line_keeps_its_value_and_the_values_after_it():
    tokens = N.lex_values("Belanja modal 6.300..000.000 5.985.000.000 95,,00%")
    assert [(t.raw, t.reading.value) for t in tokens] == [
        ("6.300..000.000", 6_300_000_000.0), ("5.985.000.000", 5_985_000_000.0), ("95,,00%", 95.0)]
    assert [r.rule for r in tokens[0].reading.repairs] == [N.SEPARATOR] == [r.rule for r in tokens[2].reading.repairs]
    assert not tokens[1].reading.repairs


@settings(max_examples=300, suppress_health_check=[HealthCheck.filter_too_much])  # (most texts hold no such spot)
@given(st.one_of(percent_texts(), amount_texts()), st.sampled_from([("0", "D"), ("6", "b")]), st.data())
def test_a_zero_read_as_d_or_a_six_as_b_after_a_digit_is_read_back_on_record(case, glyph, data) -> None:
    """A bold narrow '0' reads as 'D', a '6' with its loop open as 'b'; after a digit (or a digit and its
    separator) each is its digit again."""
    _, text = case
    digit, letter = glyph
    clean = N.parse_measure(text)
    spots = [i for i in range(1, len(text)) if text[i] == digit and (text[i - 1].isdigit() or (
        i > 1 and text[i - 1] in ".," and text[i - 2].isdigit()))]
    assume(clean is not None and clean.value is not None and clean.trusted and spots)
    i = data.draw(st.sampled_from(spots))
    damaged_text = text[:i] + letter + text[i + 1:]
    r = N.parse_measure(damaged_text)
    assert recovered_or_flagged(r, clean.value), (damaged_text, r)
    if r.trusted and r.value == pytest.approx(clean.value):  # (a 'D' ending the text is dropped, untrusted)
        assert any(rep.evidence == N.ONE_GLYPH_EVIDENCE for rep in r.repairs), (damaged_text, r)


def test_a_d_opening_a_word_or_a_level_is_no_zero():
    assert N.read_one_glyphs("Pegawai D3 12 orang") is None
    assert N.read_one_glyphs("Nilai D untuk 2 unit") is None
    assert [(t.raw, t.reading.value) for t in N.lex_values("Belanja 7.3D0.000 96,D5%")] == [
        ("7.3D0.000", 7_300_000.0), ("96,D5%", 96.05)]
    assert [t.reading.value for t in N.lex_values("Belanja 7.300.00D 6.950.000")] == [7_300_000.0, 6_950_000.0]


def test_a_two_read_as_z_or_a_six_as_b_opening_a_number_is_read_back():
    got = [(t.raw, t.reading.value) for t in N.lex_values("Belanja jasa Z.450.000 b2,5% Z3% Z,4%")]
    assert got == [("Z.450.000", 2_450_000.0), ("b2,5%", 62.5), ("Z3%", 23.0), ("Z,4%", 2.4)]
    assert all(t.reading.repairs for t in N.lex_values("Belanja jasa Z.450.000 b2,5% Z3%"))
    assert N.read_one_glyphs("Zona 4 dan Web 2.0, pasal 7b") is None
    assert [(t.kind, t.reading.value) for t in N.lex_values("Arsip Z Laporan")] == [("count", 2.0)]


def test_two_values_run_together_part_where_a_thousands_group_runs_past_three_digits():
    tokens = N.lex_values("Belanja barang 8.240.0007.915.500 96,06% Rp 3.100.250.00098,5%")
    assert [(t.kind, t.raw, t.reading.value) for t in tokens] == [
        ("amount", "8.240.000", 8_240_000.0), ("amount", "7.915.500", 7_915_500.0), ("percent", "96,06%", 96.06),
        ("amount", "3.100.250.000", 3_100_250_000.0), ("percent", "98,5%", 98.5)]
    assert {r.rule for t in tokens if t.raw != "96,06%" for r in t.reading.repairs} == {N.RUN_TOGETHER}
    # a decimal with four places, or a group of three followed by one stray digit, is no pair of values
    assert [t.raw for t in N.lex_values("Nilai 12.3456 dan 200.0000")] == ["12.3456", "200.0000"]


def test_a_doubled_grade_split_by_one_space_in_a_spaced_cell_is_one_grade():
    # a space-aligned scan row: cells two or more spaces apart, the realisation 'C C' printed with one space
    line = "7.   NILAI REFORMASI BIROKRASI                 CC          C C          -"
    grades = [(t.raw, t.reading.text) for t in N.lex_values(line) if t.kind == "grade"]
    assert grades == [("CC", "CC"), ("C C", "CC")]
    [repair] = N.parse_measure("C C").repairs
    assert repair.after == "CC" and "split by a space" in repair.evidence
    # single spaces between cells: 'B B' stays two values (a target B and a realisation B)
    assert [t.raw for t in N.lex_values("Nilai kearsipan B B 100%")] == ["B", "B", "100%"]
