"""Raw records to output rows: one dict per row of targets, realisations, budgets.

Also collects the review list: every repair (rule, raw, value, evidence) and
every value left untrusted, so an auditor can check each against its line.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from extract.records import BudgetRow, MeasureRow
from extract.table_records import SCORE_SATUAN, states_other_unit
from normalize.catalogue import budget_codes, canonical_unit, match_with_closest, parse_budget_code
from normalize.indicators import clean_indicator, first_per_indicator, key as indicator_key, value_restatements
from normalize.text_quality import header_years, readable_share, unreadable, words
from normalize.same_line import repair_from_same_item
from normalize.totals import (fill_lost_from_total, repair_from_children, repair_from_totals,
                              repair_glyphs_from_children)
from normalize.repair import (PERCENT_TOLERANCE, repair_budget, repair_from_column_unit, repair_from_siblings,
                              repair_from_twin_rows, repair_measure, repair_two_cells)
from normalize.values import Reading, Repair

# KPU codes (076.01.WA; 3355; 6709.QGE.001), and Permendagri 90/2019's (program 5.02.01, kegiatan
# 1.02.01.2.01, sub kegiatan 1.02.02.2.01.0009: the level below kegiatan, as an output is)
PROGRAM_CODE_RE = re.compile(r"^(?:\d{3}\.\d{2}\.(?:[A-Z]{2}|\d{2})|\d\.\d{2}\.\d{2})$")
KEGIATAN_CODE_RE = re.compile(r"^(?:\d{4}|\d\.\d{2}\.\d{2}\.\d\.\d{2})$")
OUTPUT_CODE_RE = re.compile(r"^(?:\d{4}\.(?:[A-Z]{3}|\d{3})(?:\.\d{3}){0,2}|\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{2,4})$")
# a budget row that sums others: 'Jumlah', 'TOTAL', and the grand total or a subtotal ('Grand Total', 'Sub Total APBN')
# (OCR reads its l as 1, I or i and its m as rn: 'TOTAI', 'JUMIAH', 'Jum1ah', 'Jurnlah')
TOTAL_NAME_RE = re.compile(r"^\W*(?:grand\s*|sub\s*-?\s*)?(t[o0]ta[l1iI]|ju(?:m|rn|n)[l1iI]ah)\b", re.I)
# the root of a realisation report's accounts ('5 | BELANJA DAERAH' over 'BELANJA OPERASI' and 'BELANJA MODAL'):
# all the office spent, its total row
WHOLE_SPENDING_RE = re.compile(r"^\W*belanja(?:\s+daerah)?\W*$", re.I)
# the whole region's budget, printed beside an office's to show its share: 'Total APBD Kota X', 'Jumlah APBD
# Kabupaten X', 'Total Belanja APBD Provinsi X' (a bare 'Total APBD' may be the office's APBD-funded part)
REGION_BUDGET_RE = re.compile(r"^\W*(?:t[o0]ta[l1iI]|ju(?:m|rn|n)[l1iI]ah)\s+(?:belanja\s+)?apbd\s+"
                              r"(?:pemerintah\s+)?(?:kota|kabupaten|kab\b|provinsi|prov\b)", re.I)


@dataclass(slots=True)
class Built:
    """Output rows of one document, plus the review list."""

    targets: list[dict] = field(default_factory=list)
    realisations: list[dict] = field(default_factory=list)
    budgets: list[dict] = field(default_factory=list)
    review: list[dict] = field(default_factory=list)


def confidence(*readings: Reading | None) -> float:
    """1.0 as printed, 0.8 repaired with evidence, 0.3 when a value is untrusted."""
    present = [r for r in readings if r is not None]
    if any(not r.trusted for r in present):
        return 0.3
    if any(r.repairs for r in present):
        return 0.8
    return 1.0


def review_entries(doc_id: str, table: str, line: int, page: int, fields: dict[str, Reading | None]) -> list[dict]:
    entries = []
    for name, reading in fields.items():
        if reading is None:
            continue
        for repair in reading.repairs:
            entries.append({"doc_id": doc_id, "table": table, "line": line, "page": page, "field": name,
                            "action": "repaired", "rule": repair.rule, "raw": repair.before,
                            "value": repair.after, "evidence": repair.evidence})
        if not reading.trusted:
            entries.append({"doc_id": doc_id, "table": table, "line": line, "page": page, "field": name,
                            "action": "flagged", "rule": "untrusted", "raw": reading.raw,
                            "value": None if reading.value is None else f"{reading.value:g}",
                            "evidence": "; ".join(reading.notes) or "value could not be verified"})
    return entries


def repairs_json(fields: dict[str, Reading | None]) -> str | None:
    items = [{"field": name, "rule": rp.rule, "raw": rp.before, "value": rp.after, "evidence": rp.evidence}
             for name, r in fields.items() if r is not None for rp in r.repairs]
    return json.dumps(items, ensure_ascii=False) if items else None


def value_columns(prefix: str, reading: Reading | None, bound: str = "") -> dict:
    """The value, text and raw columns of one reading; `bound` is printed before the raw ('≥ 90%')."""
    if reading is None:
        return {f"{prefix}_value": None, f"{prefix}_text": None, f"{prefix}_raw": None}
    return {f"{prefix}_value": reading.value, f"{prefix}_text": reading.text, f"{prefix}_raw": bound + reading.raw}


# An indicator named as an index ('Indeks Kepuasan Masyarakat', 'Indeks Reformasi Birokrasi'): its bare
# numbers ('3,25') are index points. One named as a count ('Jumlah ...') counts things its name names,
# and a ratio ('Rasio belanja pegawai ...', '0,35') is a plain number: neither is a percent.
INDEX_NAME_RE = re.compile(r"(?i:indeks|index)\b")
# A level ('Level Maturitas Penyelenggaraan SPIP', 'Level kapabilitas APIP') stated with decimals ('3,25') is
# measured on a scale of a few levels, like an index
LEVEL_NAME_RE = re.compile(r"(?i:level)\b")
COUNT_NAME_RE = re.compile(r"(?i:jumlah|banyaknya|rasio)\b")
# A score ('Nilai Keterbukaan Informasi Publik 90', 'Skor ...') stated as a bare number is its points (out of
# 100), as under a Satuan 'Nilai': the capaian's '%' is not its unit. A grade ('BB') or a '%' printed with the
# value (or a '(%)' column) keeps its own.
SCORE_NAME_RE = re.compile(r"(?i:nilai|skor)\b")
NAMED_COUNT_RE = re.compile(r"(?i:jumlah|banyaknya)\b")  # a count, whose printed noun is its unit
# 'Jumlah peserta pelatihan (orang)', 'Luas lahan yang direhabilitasi (ha)': the Satuan in brackets ending the name
NAME_UNIT_RE = re.compile(r"\(\s*([A-Za-z%][A-Za-z]*)\s*\)\s*$")


def unit_in_name(name: str) -> str | None:
    """The unit a name prints in brackets at its end, or None.

    An IKU table without a Satuan column often folds it into the name:
    '(orang)', '(dokumen)', '(%)'. A unit the units list knows counts; so
    does any lower-case noun after a count ('Jumlah kelompok tani yang
    dibina (kelompok)'). An acronym ('(IKM)', '(LHP)') or a word after
    another name ('(kumulatif)') is no unit.
    """
    if not name.endswith(")"):
        return None
    match = NAME_UNIT_RE.search(name)
    if match is None:
        return None
    word = match.group(1)
    if word == "%":
        return "%"
    if not (word.islower() or word.istitle()):
        return None  # an acronym
    if word.lower() in SCORE_SATUAN:  # 'Nilai evaluasi SAKIP (nilai)': a score, as under a Satuan 'Nilai'
        return "index" if INDEX_NAME_RE.search(name) else "points"
    known = canonical_unit(word)
    if known is not None:
        return known if known not in ("grade", "opinion") else None
    if word.islower() and COUNT_NAME_RE.match(name) and word not in NOT_UNIT_WORDS:
        return word
    return None


# 'Angka Kematian Ibu per 100.000 kelahiran hidup', 'Angka kesakitan DBD per 1.000 penduduk': a rate per a base
# ('per 1.000KH': the births' initials may follow the base with no space)
RATE_NAME_RE = re.compile(r"\bper\s+(\d{1,3}(?:\.\d{3})+|10+)(?:\s+|(?=kh\b))(kelahiran\s+hidup|KH|kh|[a-z]{4,})\b",
                          re.I)


def rate_in_name(name: str) -> str | None:
    """The unit of a rate its name states ('per 100.000 kh'), or None.

    Health offices measure deaths and cases per so many births or people:
    a bare '98,5' under such a name is no percent, whatever the capaian's
    '%' says. Live births ('kelahiran hidup', 'KH') are written 'kh'.
    """
    if "per" not in name.lower():
        return None
    match = RATE_NAME_RE.search(name)
    if match is None:
        return None
    noun = match.group(2).lower()
    return f"per {match.group(1)} {'kh' if noun.startswith('kelahiran') or noun == 'kh' else noun}"


# words a count's name brackets that say how it is counted, not what ('Jumlah ... (kumulatif)')
NOT_UNIT_WORDS = frozenset({"kumulatif", "tahunan", "baru", "aktif", "total", "minimal", "maksimal", "rasio"})


def measure_unit(row: MeasureRow, fields: dict[str, Reading | None], in_percent_elsewhere: bool = False) -> str | None:
    """The unit of the indicator's values: the target's or realisation's own, else what the name says.

    When neither value carries a unit, a bare '3,25' beside a capaian of '101,54%' is an index when
    the indicator is one ('Indeks ...'), a bare '90' under 'Nilai ...' a score's points (unless the
    report states that indicator in '%' elsewhere: `in_percent_elsewhere`), and has no unit under
    'Jumlah ...' or 'Rasio ...'; only otherwise does the capaian's '%' stand for the row.
    """
    values = [r for name, r in fields.items() if name != "achievement" and r is not None]
    if LEVEL_NAME_RE.match(row.indicator_raw.lstrip(" -.0123456789")) and values \
            and any(r.value is not None and r.value % 1 for r in values) and not any("%" in r.raw for r in values):
        return "index"  # 'Level Maturitas SPIP 3,25' (a sentence's values read as percentages too): a scale's point
    unit = next((r.unit for r in values if r.unit), None)
    if unit is None and values and all(r.value is None and r.text is None and r.raw[:1].isalpha() for r in values):
        return None  # stated in words only ('Ada', 'Terlaksana'): the capaian's '%' is no unit of theirs
    if unit is not None or not any(r.value is not None for r in values):
        return unit or next((r.unit for r in fields.values() if r is not None and r.unit), None)
    if row.satuan and (rate := rate_in_name(row.satuan)) is not None:
        return rate  # a Satuan cell 'per 100.000 KH'
    name = row.indicator_raw.lstrip(" -.0123456789")
    if states_other_unit(row.satuan):
        # a Satuan the units list lacks ('Kelurahan'): the capaian's '%' is not the row's unit either; under a
        # count ('Jumlah inovasi ... | Inovasi | 3') the noun is what it counts
        noun = row.satuan.strip()
        return noun.lower() if NAMED_COUNT_RE.match(name) and noun.isalpha() else None
    if (named := unit_in_name(name) or rate_in_name(name)) is not None:
        return named
    if INDEX_NAME_RE.match(name):
        return "index"
    if SCORE_NAME_RE.match(name) and not in_percent_elsewhere:
        return "index" if INDEX_NAME_RE.search(name) else "points"
    if COUNT_NAME_RE.match(name):
        return None
    if any(r.value is not None and abs(r.value) >= 1000 and "%" not in r.raw for r in values):
        return None  # '30.192' km of road beside a capaian of 99,92%: thousands are no percentage
    return next((r.unit for r in fields.values() if r is not None and r.unit), None)


def measure_base(doc_id: str, row: MeasureRow, fields: dict[str, Reading | None],
                 match: tuple[str | None, str | None, float], in_percent: Container[str] = frozenset()) -> dict:
    """Columns shared by targets and realisations; `indicator` is the catalogue name when matched.

    `in_percent`: the indicators (`unit_key`) the report states with a '%' printed on a value.
    """
    unit = measure_unit(row, fields, unit_key(row, match) in in_percent)
    indicator_id, canonical, score = match
    return {"doc_id": doc_id, "indicator_raw": row.indicator_raw,
            "indicator": canonical or clean_indicator(row.indicator_raw), "indicator_id": indicator_id,
            "match_score": score,
            "unit": unit, "page": row.source.page, "line": row.source.line,
            "confidence": confidence(*fields.values()), "table_title": row.source.table,
            "ocr": row.source.ocr, "repairs": repairs_json(fields),
            "flagged": any(r is not None and not r.trusted for r in fields.values())}


def first_per_id(doc_id: str, table: str, rows: list[MeasureRow], built: Built,
                 matched: dict[str, tuple] | None = None,
                 vocabulary: Container[str] | None = None) -> tuple[list[MeasureRow], list[tuple]]:
    """Match rows to the catalogue and keep the first row of each catalogue indicator.

    Restatements whose wording OCR damaged differently still land on one id.
    A row the matcher could not vouch for still has a closest catalogue
    indicator, and when another table already stated that indicator the two
    are one indicator stated twice, whichever of them OCR left readable (a
    sub-unit's Perjanjian Kinerja, a Rencana Aksi copy): the later one goes to
    the review list as a restatement, not into the table. A closest indicator
    that several unmatched rows of one table share tells nothing (a table
    lists an indicator once): near-twins ('tahapan Pencalonan', 'tahapan
    Kampanye') damaged alike sit side by side. Nor does one that two names
    read whole share (every word a word of `vocabulary`), each with words of
    its own and stating other values (`two_readable_indicators`): their
    wording is no OCR damage, so they are two indicators the catalogue lacks
    ('Persentase anak terlantar yang terlayani', 'Persentase penyandang
    disabilitas yang terlayani').
    """
    matched = matched if matched is not None else matched_names([r.indicator_raw for r in rows])
    matches = [matched[r.indicator_raw][0] for r in rows]
    closest = [matched[r.indicator_raw][1] for r in rows]
    per_table = Counter((table_of(r), near) for r, m, near in zip(rows, matches, closest) if m[0] is None)
    kept: list[MeasureRow] = []
    kept_matches: list[tuple] = []
    stated_by: dict[str, MeasureRow] = {}  # indicator id -> the kept row stating it
    confirmed: set[str] = set()  # ids a kept row carries (the matcher vouched for them)
    for row, match, near in zip(rows, matches, closest):
        indicator_id = match[0]
        if indicator_id is None:
            indicator_id = near if per_table[(table_of(row), near)] == 1 else None
        earlier = stated_by.get(indicator_id) if indicator_id is not None else None
        again = match[0] is not None and match[0] in confirmed  # matched for sure both times
        if again and earlier is not None and table_of(earlier) == table_of(row) and count_beside_share(row, earlier):
            # one table lists an indicator once: a count beside a share is another indicator the catalogue
            # lacks, its name near the share's ('Jumlah pemilih baru ...' under 'Persentase ... pemilih ...')
            kept.append(row)
            kept_matches.append((None, None, match[2]))
            continue
        if earlier is not None and not again and match[0] is None and values_differ_in_kind(row, earlier):
            # closest to an indicator another table states, but measured otherwise ('3,25' against 'WTP'):
            # another indicator the catalogue lacks, not a restatement
            earlier, indicator_id = None, None
        if earlier is not None and not again and vocabulary is not None and two_readable_indicators(
                row, earlier, vocabulary, table == "realisations"):
            # two names without a damaged word, each with words of its own, measured otherwise: two indicators
            earlier = None
            if match[0] is None:
                indicator_id = None
        if earlier is not None and again and table_of(earlier) == table_of(row) and satuan_differ(row, earlier):
            # one table's two rows the matcher put on one indicator, printed with other Satuan ('%', 'Laporan')
            earlier = None
        if earlier is not None and (again or table_of(earlier) != table_of(row)):
            if table == "realisations" and earlier in kept and \
                    clean_values(row) == 3 > clean_values(earlier):
                # the first statement OCR left damaged ('108% 1005'), this one reads whole: target,
                # realisasi and capaian (a target alone proves nothing, and the signed one comes first)
                at = kept.index(earlier)
                kept[at], kept_matches[at] = row, (match if match[0] is not None else kept_matches[at])
                stated_by[indicator_id] = row
                built.review.append(restatement(doc_id, table, earlier, indicator_id, row, WHOLE))
            elif again:
                fill_missing_target(earlier, row)
            else:
                built.review.append(restatement(doc_id, table, row, indicator_id, earlier))
            continue
        if indicator_id is not None and (earlier is None or match[0] is not None):
            stated_by[indicator_id] = row
        if match[0] is not None:
            confirmed.add(match[0])
        kept.append(row)
        kept_matches.append(match)
    return kept, kept_matches


READ_WHOLE = 0.9  # share of a name's words (3+ letters) that are words of the report or catalogue: no OCR damage


def two_readable_indicators(row: MeasureRow, earlier: MeasureRow, vocabulary: Container[str],
                            realised: bool) -> bool:
    """Whether two rows sharing a closest catalogue indicator are two indicators by their own evidence.

    Both names read whole (`read_whole`), each holds a word the other lacks (a name whose words all stand in
    the other, 'Persentase partisipasi pemilih', is that one less the text that bled into it), and they
    do not state the same values: the same target and realisasi, or the same target other than the 100%
    most indicators aim at, make the later one a restatement. A realisasi of 100% against 100% is every
    other row's, so there the names decide: sharing under half their own words, they are two indicators
    ('tahapan Pemilu ... sesuai jadwal' and 'daftar pemilih tetap ... tepat waktu', closest to one entry).
    """
    if not (read_whole(row.indicator_raw, vocabulary) and read_whole(earlier.indicator_raw, vocabulary)):
        return False
    if not (opens_like_a_name(row.indicator_raw) and opens_like_a_name(earlier.indicator_raw)):
        return False  # a wrapped cell's part ('kebutuhan kerja pegawai ...') is no indicator of its own
    mine, theirs = set(words(row.indicator_raw)) - NAME_FILLER, set(words(earlier.indicator_raw)) - NAME_FILLER
    if mine <= theirs or theirs <= mine:
        return False
    if realised:
        if (stated(row.target), stated(row.realisation)) != (stated(earlier.target), stated(earlier.realisation)):
            return True
        return full_marks(row) and len(mine & theirs) * 2 < min(len(mine), len(theirs))
    same = stated(row.target) == stated(earlier.target)
    return not same or (row.target is not None and row.target.value == 100 and row.target.unit == "%")


def full_marks(row: MeasureRow) -> bool:
    """Whether a row aims at 100% and reaches it: the pair most indicators of a report state, so two names
    stating it are no restatement by their values alone (their words must tell: `two_readable_indicators`)."""
    return all(r is not None and r.value == 100 and r.unit == "%" for r in (row.target, row.realisation))


# words any indicator name may hold, telling no indicator from another
NAME_FILLER = frozenset({"yang", "dan", "dengan", "dalam", "untuk", "pada", "dari", "oleh", "atas", "persentase",
                         "presentase", "jumlah", "nilai", "tingkat", "sesuai"})


# words a lower-case indicator name opens with ('persentase dokumen ...' as some reports write them)
MEASURE_OPENERS = frozenset({"persentase", "presentase", "prosentase", "jumlah", "nilai", "tingkat", "indeks",
                             "rasio", "angka", "rata-rata", "cakupan", "capaian", "opini", "predikat"})


def opens_like_a_name(name: str) -> bool:
    """Whether a name opens as an indicator does: a capital letter or a measure word ('Persentase ...',
    'jumlah ...'), not mid-sentence ('kebutuhan kerja pegawai yang ...', the wrapped rest of another name)."""
    first = next(iter(words(name)), "")
    text = name.lstrip(" \t|:;-.,0123456789()")
    return text[:1].isupper() or first in MEASURE_OPENERS


def read_whole(name: str, vocabulary: Container[str]) -> bool:
    """Whether OCR left a name readable throughout: nearly all its words are words the report repeats or the
    catalogue knows (a restatement the catalogue could not vouch for holds damaged words: 'Jnmlnh sengketn')."""
    return readable_share(name, vocabulary) >= READ_WHOLE


MEASURE_KINDS = ("%", "grade", "opinion")  # units that tell one kind of measure from another


def values_differ_in_kind(a: MeasureRow, b: MeasureRow) -> bool:
    """Whether two rows' readable targets (or realisations) measure different things: a grade against a number,
    an opinion against a percent. OCR damage leaves a value unread, never of another kind, so only two clean
    readings can tell."""
    for x, y in ((a.target, b.target), (a.realisation, b.realisation)):
        if x is None or y is None or x.empty or y.empty or not (x.trusted and y.trusted):
            continue
        if (x.text is None) != (y.text is None):
            return True
        if x.unit in MEASURE_KINDS and y.unit in MEASURE_KINDS and x.unit != y.unit:
            return True
    return False


def satuan_differ(a: MeasureRow, b: MeasureRow) -> bool:
    """Whether two rows print Satuan cells of different known units ('%' against 'Laporan'): a table lists an
    indicator once, in one unit, so they are two indicators however alike their names read."""
    x, y = canonical_unit(a.satuan), canonical_unit(b.satuan)
    return x is not None and y is not None and x != y


NOT_COUNTS = frozenset({"%", "grade", "opinion", "index", "points"})  # units that count no things


def count_beside_share(a: MeasureRow, b: MeasureRow) -> bool:
    """Whether one row's clean target counts things ('2.500 orang') where the other's is a percent.

    Two rows of one table, both matched to the same catalogue indicator: a table lists an indicator once, and
    a number of people is no share of work done, so the two are different indicators (the catalogue's words
    matched both names). Only clean readings with their unit printed tell.
    """
    x, y = a.target, b.target
    if x is None or y is None or x.empty or y.empty or not (x.trusted and y.trusted) or not x.unit or not y.unit:
        return False
    return {x.unit == "%", y.unit == "%"} == {True, False} and (x.unit not in NOT_COUNTS or y.unit not in NOT_COUNTS)


def clean_values(row: MeasureRow) -> int:
    """How many of a row's values were read cleanly (a restatement read whole beats a damaged one)."""
    return sum(r is not None and not r.empty and r.trusted for r in (row.target, row.realisation, row.achievement))


def table_over_sentence(kept: MeasureRow, later: MeasureRow) -> bool:
    """Whether a sentence's statement kept first gives way to a table's row of the same values, stated later.

    A report often tells a result in its summary's words before its measurement table prints it; the table's
    row carries the columns (Satuan, capaian) and the indicator's name as the table lists it, so it is the one
    written. A capaian the sentence states and the row does not is carried over (`fill_achievement`).
    """
    if not kept.from_sentence or later.from_sentence:
        return False
    if (stated(kept.target), stated(kept.realisation)) != (stated(later.target), stated(later.realisation)):
        return False
    fill_achievement(later, kept)
    return True


def fill_achievement(row: MeasureRow, other: MeasureRow) -> None:
    """Give a row without a capaian the one another statement of the same target and realisasi prints."""
    if not blank(row.achievement) or blank(other.achievement):
        return
    evidence = (f"no capaian is printed here; line {other.source.line} states the same indicator with the "
                f"same target and realisasi and capaian {other.achievement.raw.strip()!r}")
    row.achievement = other.achievement.with_value(other.achievement.value, Repair(
        "same_indicator_elsewhere", "", other.achievement.raw.strip(), evidence))


def fill_missing_target(kept: MeasureRow, later: MeasureRow) -> None:
    """Give a kept row whose target cell is empty the target of a later statement with the same realisasi.

    A summary table may leave a cell empty that the per-sasaran table fills
    ('mendapat layanan administrasi kepegawaian | | 25%', then '97,50% 25%').
    The same indicator with the same realisasi is the same statement, so its
    target is the one the empty cell stands for.
    """
    if kept.target is not None or later.target is None or later.target.empty:
        return
    if kept.realisation is None or later.realisation is None or not later.target.trusted:
        return
    if stated(kept.realisation) != stated(later.realisation) or stated(kept.realisation) == (None, None):
        return
    evidence = (f"the target cell is empty; line {later.source.line} states the same indicator with the same "
                f"realisasi {later.realisation.raw.strip()!r} and target {later.target.raw.strip()!r}")
    kept.target = later.target.with_value(later.target.value, Repair("same_indicator_elsewhere", "",
                                                                     later.target.raw.strip(), evidence))


def sign_read_as_digits(raw: str, value: float) -> bool:
    """Whether `raw` is `value` with its '%' read as one or two trailing digits ('104' for '1%', '1005')."""
    digits = raw.strip()
    if not digits.isdigit() or value != int(value) or value < 0:  # a separator or a sign of its own: not this
        return False
    head = str(int(value))
    return digits.startswith(head) and 1 <= len(digits) - len(head) <= 2


def repair_from_realised_target(targets: list[MeasureRow], target_ids: list[tuple],
                                reals: list[MeasureRow], real_ids: list[tuple]) -> None:
    """Settle a target whose '%' OCR read as digits with the same indicator's target in the realisation table.

    '1%' printed as '104' reads as a plausible 104 and so is trusted on its
    own. The realisation table states the indicator's target again, and when
    that row's own arithmetic holds (capaian = realisasi / target), its target
    is evidence: a target cell holding those digits plus one or two more, with
    no '%' of its own, is that target with its sign misread.
    """
    settled: dict[str, MeasureRow] = {}
    for row, match in zip(reals, real_ids):
        t, r, a = row.target, row.realisation, row.achievement
        if match[0] is None or any(x is None or x.value is None or not x.trusted for x in (t, r, a)):
            continue
        if t.value > 0 and abs(r.value / t.value * 100 - a.value) <= PERCENT_TOLERANCE:
            settled.setdefault(match[0], row)
    for row, match in zip(targets, target_ids):
        other = settled.get(match[0]) if match[0] is not None else None
        t = row.target
        if other is None or t is None or t.value is None or t.unit in ("grade", "opinion", "rupiah"):
            continue
        value = other.target.value
        if t.value != value and sign_read_as_digits(t.raw, value):
            evidence = (f"line {other.source.line} states the same indicator with target {other.target.raw.strip()!r}, "
                        f"realisasi {other.realisation.raw.strip()!r} and capaian {other.achievement.raw.strip()!r}, "
                        f"which agree; {t.raw.strip()!r} is those digits with the '%' read as digits")
            row.target = t.with_value(value, Repair("same_indicator_elsewhere", t.raw, f"{value:g}%", evidence))


def sasaran_only_rows(doc_id: str, table: str, rows: list[MeasureRow], ids: list[tuple],
                      built: Built) -> tuple[list[MeasureRow], list[tuple]]:
    """Leave out a row named only by its sasaran when another table states that sasaran's indicator alike.

    A summary table may leave a row's indicator cell empty ('6 | Meningkatnya
    pembinaan perbendaharaan | | | 24%'), so the row is named by its sasaran.
    When a row of another table prints that sasaran beside a catalogue
    indicator with the same values, the two are one statement, and the one
    that names its indicator is kept; the other goes to the review list. The
    two sasaran may differ by a word cut in two where OCR read a letter gap as
    a space ('pemb inaan'): spaces aside, they are the same text.
    """
    fields = ("target", "realisation", "achievement") if table == "realisations" else ("target",)
    kept, kept_ids = [], []
    for row, match in zip(rows, ids):
        name = folded(row.indicator_raw)
        twin = None
        if match[0] is None and name and name.replace(" ", "") == folded(row.sasaran).replace(" ", ""):
            twin = next(((other, m[0]) for other, m in zip(rows, ids)
                         if m[0] is not None and table_of(other) != table_of(row)
                         and folded(other.sasaran).replace(" ", "") == name.replace(" ", "")
                         and all(blank(getattr(row, f)) or stated(getattr(row, f)) == stated(getattr(other, f))
                                 for f in fields)
                         and not blank(getattr(row, fields[1 if len(fields) > 1 else 0]))), None)
        if twin is None:
            kept.append(row)
            kept_ids.append(match)
        else:
            built.review.append(restatement(doc_id, table, row, twin[1], twin[0],
                                            "this row's indicator cell is empty and that row prints the same "
                                            "sasaran with the same values"))
    return kept, kept_ids


def matched_names(names: list[str], catalogue: bool = True) -> dict[str, tuple]:
    """`match_with_closest` of each distinct name: (match, closest indicator id).

    A name's match depends on that name alone, so the targets' and the
    realisations' names (mostly the same indicators) are matched in one go.
    Without the catalogue (another office's report) no name has an id or a
    closest indicator.
    """
    distinct = list(dict.fromkeys(names))
    if not catalogue:
        return {name: ((None, None, None), None) for name in distinct}
    return dict(zip(distinct, zip(*match_with_closest(distinct)))) if distinct else {}


def table_of(row: MeasureRow) -> tuple[int, str]:
    return row.source.table_line, row.source.table


def restatement(doc_id: str, table: str, row: MeasureRow, indicator_id: str, earlier: MeasureRow,
                why: str = "one of the two matches it only as the closest indicator") -> dict:
    """Review entry for a row left out as another table's statement of the same indicator."""
    return {"doc_id": doc_id, "table": table, "line": row.source.line, "page": row.source.page,
            "field": "indicator", "action": "dropped", "rule": "restatement",
            "raw": row.indicator_raw, "value": row.source.raw,
            "evidence": f"{indicator_id} is stated at line {earlier.source.line} in another table; {why}"}


def worded_otherwise(doc_id: str, table: str, row: MeasureRow, earlier: MeasureRow) -> dict:
    """Review entry for a row left out as an earlier row's indicator worded otherwise (OCR damage, a wrapped
    cell's part, a restatement's paraphrase with the same values): an auditor sees which two names were
    taken for one, so a merge of two indicators one word apart never passes silently."""
    return {"doc_id": doc_id, "table": table, "line": row.source.line, "page": row.source.page,
            "field": "indicator", "action": "dropped", "rule": "restatement",
            "raw": row.indicator_raw, "value": row.source.raw,
            "evidence": f"taken for the indicator stated at line {earlier.source.line} "
                        f"({earlier.indicator_raw.strip()!r}): the two names differ as OCR damage, a wrapped cell's "
                        f"part or a restatement's rewording with the same values does"}


def three_values(row: MeasureRow) -> tuple:
    """Target, realisasi and capaian as numbers (None where a value is not a number or not printed)."""
    return tuple(r.value if r is not None and not r.empty else None
                 for r in (row.target, row.realisation, row.achievement))


def drop_value_restatements(doc_id: str, reals: list[MeasureRow], built: Built) -> list[MeasureRow]:
    """The realisations less the sentences that restate a table's row under a shorter name (`value_restatements`),
    each sent to review naming the row kept: the table's row carries the indicator's name as listed."""
    pairs = value_restatements(reals, lambda r: r.indicator_raw, three_values, lambda r: r.from_sentence)
    if not pairs:
        return reals
    for kept, said in pairs:
        built.review.append(
            {"doc_id": doc_id, "table": "realisations", "line": said.source.line, "page": said.source.page,
             "field": "indicator", "action": "dropped", "rule": "restatement", "raw": said.indicator_raw,
             "value": said.source.raw,
             "evidence": f"restates the row at line {kept.source.line} ({kept.indicator_raw.strip()!r}) under a "
                         f"shorter name: the same target, realisasi and capaian, which no other row states"})
    dropped = {id(said) for _, said in pairs}
    return [r for r in reals if id(r) not in dropped]


WHOLE = "that statement reads target, realisasi and capaian cleanly, this one does not"


def folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def blank(reading: Reading | None) -> bool:
    return reading is None or reading.empty


def stated(reading: Reading | None) -> tuple:
    """What a value says, for telling restatements apart."""
    return (None,) if reading is None else (reading.value, reading.text)


def readable_rows(doc_id: str, table: str, rows: list[MeasureRow], matches: list[tuple],
                  vocabulary: Container[str] | None, built: Built) -> tuple[list[MeasureRow], list[tuple]]:
    """Rows worth writing: matched to the catalogue, or mostly readable words naming no table header.

    The rest is OCR debris with a stray number, or a multi-year table's header
    line read as a row's name; it goes to the review list (action 'dropped',
    with its raw text and line) instead of the table.
    """
    if vocabulary is None:
        return rows, matches
    kept, kept_matches = [], []
    for row, match in zip(rows, matches):
        why, rule = None, "unreadable_text"
        if match[0] is None:
            why = unreadable(row.indicator_raw, vocabulary)
            if why is None:
                why, rule = header_years(row.indicator_raw), "header_text"
        if why is not None:
            built.review.append({"doc_id": doc_id, "table": table, "line": row.source.line, "page": row.source.page,
                                 "field": "indicator", "action": "dropped", "rule": rule,
                                 "raw": row.indicator_raw, "value": row.source.raw,
                                 "evidence": why + "; it matches no catalogue indicator"})
            continue
        kept.append(row)
        kept_matches.append(match)
    return kept, kept_matches


# a run of letters before the space that a narrow column's wrap may have put inside a word ('menyele nggarakan'):
# the run after it opens in lower case (a lookahead, so each run is tried as a head and as a tail)
CUT_PAIR_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,}) (?=([a-z][^\W\d_]+)(?![^\W\d_]))")


def rejoin_cut_words(doc_id: str, row: MeasureRow, vocabulary: Container[str], built: Built) -> None:
    """An indicator name's word that a narrow column cut in two, joined again and recorded.

    `pdftotext -layout` cuts a word longer than its column where the column ends ('yang menyele' over
    'nggarakan'); the wrapped name joins the pieces with a space. The evidence: the report prints the
    whole word often (`vocabulary`), and neither piece is one of its words.
    """
    name = row.indicator_raw
    if " " not in name or not any(head.lower() not in vocabulary and tail.lower() not in vocabulary
                                  and (head + tail).lower() in vocabulary for head, tail in CUT_PAIR_RE.findall(name)):
        return  # (the pairs `joined` is called on, tested without a call each: most names join none)

    def joined(m: re.Match[str]) -> str:
        head, tail = m.group(1), m.group(2)
        if head.lower() in vocabulary or tail.lower() in vocabulary or (head + tail).lower() not in vocabulary:
            return m.group()
        return head  # the space dropped: the tail, left in place, closes the word

    fixed = CUT_PAIR_RE.sub(joined, name)
    if fixed == name:
        return
    row.indicator_raw = fixed
    table = "realisations" if row.has_realisation_column else "targets"  # the table the row is written to
    built.review.append({"doc_id": doc_id, "table": table, "line": row.source.line, "page": row.source.page,
                         "field": "indicator", "action": "repaired", "rule": "cut_word_rejoined", "raw": name,
                         "value": fixed, "evidence": "the report prints the joined word whole, neither piece alone"})


def unit_key(row: MeasureRow, match: tuple) -> str:
    """An indicator's key across a report's tables: its catalogue id, else its name's key."""
    return match[0] or indicator_key(row.indicator_raw)


MEASURE_FIELDS = ("target", "realisation", "achievement")


def printed_triple(row: MeasureRow) -> tuple:
    """The row's indicator and its three cells as printed, for finding the same statement made twice."""
    return (indicator_key(row.indicator_raw),
            *(None if r is None else " ".join(r.raw.split()) for r in (row.target, row.realisation, row.achievement)))


def keep_figures_printed_twice(rows: list[MeasureRow], before: list[tuple]) -> None:
    """Undo a one-digit misread repair where another statement of the indicator prints the very same cells.

    `measure_digit_misread` reads a clean figure that realisasi / target misses by
    one digit OCR confuses ('105,43%' beside 3,62 / 3,50 = 103,43) as a misread.
    When the report prints that figure again for the same indicator, with the same
    target and realisasi (its sasaran's table, a restating sentence), the figure is
    the author's own: OCR does not misread one digit alike in two places. It is
    kept as printed and flagged for review, as `author_capaian_off` does.
    """
    lines: dict[tuple, list[int]] = {}
    for row in rows:
        lines.setdefault(printed_triple(row), []).append(row.source.line)
    for row, old in zip(rows, before):
        others = [n for n in lines.get(printed_triple(row), []) if n != row.source.line]
        if not others:
            continue
        for field, was in zip(MEASURE_FIELDS, old):
            now = getattr(row, field)
            if was is None or now is None or now is was or \
                    not any(r.rule == "digit_misread" for r in now.repairs[len(was.repairs):]):
                continue
            setattr(row, field, was.flagged(
                f"{was.raw.strip()!r} does not fit realisasi / target x 100 by one digit, but line {others[0]} prints "
                f"it again for this indicator with the same target and realisasi: the author's figure, not a "
                f"misread digit, so it is kept as printed (read otherwise: {now.value:g})"))


def build_measures(doc_id: str, rows: list[MeasureRow], built: Built,
                   vocabulary: Container[str] | None = None, catalogue: bool = True) -> None:
    """Targets from target tables, realisations from target/realisasi tables, one per indicator.

    `vocabulary` (the report's repeated words and the catalogue's) sets aside
    unmatched rows whose text is mostly unreadable; None keeps every row.
    `catalogue` False (an office the catalogue does not cover) gives no row an id.
    """
    before = [(row.target, row.realisation, row.achievement) for row in rows]
    for row in rows:
        repair_measure(row)
        if vocabulary is not None:
            rejoin_cut_words(doc_id, row, vocabulary, built)
    keep_figures_printed_twice(rows, before)
    repair_from_siblings(rows)
    repair_from_column_unit(rows)
    target_rows = [r for r in rows if not r.has_realisation_column and r.target is not None]
    real_rows = [r for r in rows if r.has_realisation_column and (r.realisation is not None)]
    target_rows.sort(key=lambda r: (r.from_sentence, not r.signed))  # stable: document order within each
    targets, merged = first_per_indicator(target_rows, lambda r: r.indicator_raw, lambda r: stated(r.target),
                                          lambda r: r.source.table_line)
    built.review += [worded_otherwise(doc_id, "targets", later, kept) for kept, later in merged
                     if indicator_key(kept.indicator_raw) != indicator_key(later.indicator_raw)]
    # target and realisasi tell a restatement: a sentence restating a table's row often leaves out its capaian
    reals, restated = first_per_indicator(real_rows, lambda r: r.indicator_raw,
                                          lambda r: stated(r.target) + stated(r.realisation),
                                          lambda r: r.source.table_line, rewordings=True)
    for kept, later in restated:
        fill_missing_target(kept, later)
        if later.from_sentence and not kept.from_sentence and \
                (stated(kept.target), stated(kept.realisation)) == (stated(later.target), stated(later.realisation)):
            fill_achievement(kept, later)
        if clean_values(later) == 3 > clean_values(kept) and kept in reals:  # see first_per_id
            reals[reals.index(kept)] = later
            built.review.append(restatement(doc_id, "realisations", kept, "the indicator", later, WHOLE))
        elif kept in reals and table_over_sentence(kept, later):
            reals[reals.index(kept)] = later
            built.review.append(worded_otherwise(doc_id, "realisations", kept, later))
        elif indicator_key(kept.indicator_raw) != indicator_key(later.indicator_raw):
            built.review.append(worded_otherwise(doc_id, "realisations", later, kept))
    reals = drop_value_restatements(doc_id, reals, built)
    matched = matched_names([r.indicator_raw for r in targets + reals], catalogue)
    # debris is set aside before it can claim an indicator: a row the table will not hold is no earlier
    # statement that drops a readable row of the same closest indicator
    targets, _ = readable_rows(doc_id, "targets", targets, [matched[r.indicator_raw][0] for r in targets],
                               vocabulary, built)
    targets, target_ids = first_per_id(doc_id, "targets", targets, built, matched, vocabulary)
    reals, _ = readable_rows(doc_id, "realisations", reals, [matched[r.indicator_raw][0] for r in reals],
                             vocabulary, built)
    reals, real_ids = first_per_id(doc_id, "realisations", reals, built, matched, vocabulary)
    targets, target_ids = sasaran_only_rows(doc_id, "targets", targets, target_ids, built)
    reals, real_ids = sasaran_only_rows(doc_id, "realisations", reals, real_ids, built)
    repair_from_realised_target(targets, target_ids, reals, real_ids)
    in_percent = {unit_key(row, match) for row, match in zip(targets + reals, target_ids + real_ids)
                  if any(r is not None and r.unit == "%" and "%" in r.raw for r in (row.target, row.realisation))}
    for row, match in zip(targets, target_ids):
        fields = {"target": row.target}
        built.targets.append({**measure_base(doc_id, row, fields, match, in_percent),
                              **value_columns("target", row.target, row.target_bound)})
        built.review += review_entries(doc_id, "targets", row.source.line, row.source.page, fields)
    for row, match in zip(reals, real_ids):
        fields = {"target": row.target, "realisation": row.realisation, "achievement": row.achievement}
        out = {**measure_base(doc_id, row, fields, match, in_percent),
               **value_columns("target", row.target, row.target_bound),
               **value_columns("realisation", row.realisation), **value_columns("achievement", row.achievement)}
        built.realisations.append(out)
        built.review += review_entries(doc_id, "realisations", row.source.line, row.source.page, fields)


CATALOGUE_NAME_SCORE = 88  # fuzz.ratio at or above which a row's name is a catalogue entry's (OCR damage allowed)


@lru_cache(maxsize=1)
def catalogue_names() -> tuple[list[str], list[str]]:
    """Folded names and aliases of the budget catalogue's entries, and each one's level (a KRO as an output)."""
    names, levels = [], []
    for entry in budget_codes().values():
        level = {"kro": "output"}.get(entry["level"], entry["level"])
        if level not in ("program", "kegiatan", "output"):
            continue
        for text in [entry["name"], *entry["aliases"].split(" | ")]:
            if fold_name(text):
                names.append(fold_name(text))
                levels.append(level)
    return names, levels


def fold_name(text: str) -> str:
    return " ".join(re.sub(r"[^a-z]+", " ", text.lower()).split())


@lru_cache(maxsize=4096)  # a budget_level is asked twice per row, and names recur
def catalogue_level(name: str | None) -> str | None:
    """The level of the catalogue entry a code-less row names ('Pengelolaan Keuangan dan Barang Milik Negara': kegiatan).

    KPU offices share one budget structure, so a realisation table that
    prints its program, kegiatan and output names without their codes still
    says which level each row is. None when no entry is close enough, or
    entries of different levels are.
    """
    key_text = fold_name(name or "")
    if len(key_text) < 12:
        return None
    names, levels = catalogue_names()
    hits = process.extract(key_text, names, scorer=fuzz.ratio, score_cutoff=CATALOGUE_NAME_SCORE, limit=None)
    found = {levels[k] for _, _, k in hits}
    return found.pop() if len(found) == 1 else None


def budget_level(code: str | None, name: str | None, is_total: bool, stated: str | None = None) -> str:
    """A row's level: a total, else its code's, else the level its name states, else its label line's ('Kegiatan :').

    `stated` 'other' is a row its table reads as an indicator's budget: 'Jumlah kunjungan ...' names no total.
    A total of the whole region's budget ('Total APBD Kota X', printed under an office's table to show its
    share) is no total of the office's rows.
    """
    if name and REGION_BUDGET_RE.match(name):
        return "other"
    if is_total or (name and stated != "other" and (TOTAL_NAME_RE.match(name) or WHOLE_SPENDING_RE.match(name))):
        return "total"
    if code:
        if PROGRAM_CODE_RE.match(code):
            return "program"
        if KEGIATAN_CODE_RE.match(code):
            return "kegiatan"
        if OUTPUT_CODE_RE.match(code):
            return "output"
    if name and (named := NAMED_LEVEL_RE.match(name)):
        return "program" if named.group(1) else "output" if named.group(2) else "kegiatan"
    return stated or catalogue_level(name) or "other"


# a row without a code that names its level: 'Program ...', 'Sub Kegiatan ...' / 'Rincian Output ...'
# (the level under kegiatan, as an output is), 'Kegiatan ...'; a leading row number is allowed ('1. Sub Kegiatan')
NAMED_LEVEL_RE = re.compile(r"^\W*(?:\d{1,2}\s*[.)]\s*)?(?:(program)|(sub[\s-]*kegiatan|(?:rincian\s+)?output)|kegiatan)\b",
                            re.I)


MAX_AMOUNT = 10 ** 16  # Rupiah: a few times the state budget; a larger amount is digits run together, no amount


def as_int(reading: Reading | None) -> int | None:
    """Whole Rupiah; None for an amount no table states (above MAX_AMOUNT: `implausible_amount` flags it), which
    an int64 column could not hold either."""
    if reading is None or reading.value is None or abs(reading.value) > MAX_AMOUNT:
        return None
    return int(round(reading.value))


def implausible_amount(reading: Reading | None) -> Reading | None:
    """The amount flagged when it is above MAX_AMOUNT ('1.561.016.466118.029.534' read as one number): left out of
    the table, kept raw in the review list."""
    if reading is None or reading.value is None or abs(reading.value) <= MAX_AMOUNT:
        return reading
    return reading.flagged(f"above {MAX_AMOUNT:.0e} Rupiah, no amount a report states: digits of two values run "
                           f"together, or a misread; left out")


def digits_read(row: BudgetRow) -> int:
    return len(re.sub(r"\D", "", row.allocation.raw)) if row.allocation is not None else 0


def percent_proves(row: BudgetRow) -> bool:
    """Whether the row's own % is its realisasi over its pagu, to the printed rounding (whole or two decimals)."""
    a, r, p = row.allocation, row.realisation, row.percent
    if a is None or r is None or p is None or not a.value or r.value is None or p.value is None:
        return False
    slack = 0.06 if re.search(r"[.,]\d", p.raw) else 0.5
    return abs(r.value / a.value * 100 - p.value) <= slack


def pair(row: BudgetRow) -> tuple[float | None, float | None]:
    """A budget row's pagu and realisasi."""
    return (row.allocation.value if row.allocation else None, row.realisation.value if row.realisation else None)


def one_per_line(rows: list[BudgetRow]) -> list[BudgetRow]:
    """One budget row per source line: a reading its own % proves, else the one that kept most of the amount's digits.

    A table reader and the Rupiah-line reader may both claim a line; a
    misaligned cell cuts an amount short ('Rp 6.1 78.000' read as 6), so the
    fuller reading wins, and the first one on a tie. A reading whose pagu,
    realisasi and % agree wins over one that ran an amount into the % after it
    ('Rp. 343.059.036   15%' read as 34.305.903.615).

    A line that one reader reads as several rows (a table run onto one line)
    and another as one row holding the amounts of a later row of those (the
    line's earlier rows taken for its name) is read as the several rows.
    """
    later = {(row.source.line, pair(row)) for row in rows if row.slot}
    if later:
        rows = [row for row in rows if row.slot or (row.source.line, pair(row)) not in later]
    best: dict[tuple[int, int], BudgetRow] = {}
    for row in rows:
        key = (row.source.line, row.slot)  # (the rows of a table run onto one line each keep their own place)
        kept = best.get(key)
        if kept is None or (percent_proves(row), digits_read(row)) > (percent_proves(kept), digits_read(kept)):
            best[key] = row
    chosen = {id(r) for r in best.values()}
    return [r for r in rows if id(r) in chosen]


# a row numbered inside its parent's number ('1.1', '2.3' under the row numbered '1', '2'): the number opens its raw
SUB_NUMBER_RE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\s*(?:\||$)")


def sub_numbered_levels(rows: list[BudgetRow], levels: list[str]) -> list[str]:
    """Levels with the code-less rows numbered '1.1', '1.2' under a program row read as its kegiatan.

    A regional office's table numbers its programs '1', '2' and each
    program's kegiatan '1.1', '1.2' under it, without codes or a level word:
    the numbering is the only sign of their level, one below the program
    row they follow in the same table. Rows of other levels keep theirs.
    """
    out = list(levels)
    parent: dict[int, str] = {}  # table -> level of its last row not numbered under another
    for k, row in enumerate(rows):
        table = row.source.table_line
        if SUB_NUMBER_RE.match(row.source.raw) and not row.code:
            if levels[k] == "other" and parent.get(table) == "program":
                out[k] = "kegiatan"
            continue
        parent[table] = levels[k]
    return out


def build_budgets(doc_id: str, rows: list[BudgetRow], built: Built) -> None:
    rows = one_per_line(rows)
    for row in rows:
        repair_budget(row)
    repair_from_twin_rows(rows)
    repair_from_same_item(rows, lambda r: budget_level(r.code, r.name, r.is_total, r.level) == "total")
    repair_glyphs_from_children(rows, lambda r: budget_level(r.code, r.name, r.is_total, r.level) == "total")
    repair_from_children(rows)
    repair_from_totals(rows, lambda r: budget_level(r.code, r.name, r.is_total, r.level) == "total")
    fill_lost_from_total(rows, lambda r: budget_level(r.code, r.name, r.is_total, r.level) == "total",
                         lambda r: budget_level(r.code, r.name, r.is_total, r.level))
    repair_two_cells(rows)
    levels = sub_numbered_levels(rows, [budget_level(r.code, r.name, r.is_total, r.level) for r in rows])
    for row, level in zip(rows, levels):
        row.allocation, row.realisation = implausible_amount(row.allocation), implausible_amount(row.realisation)
        row.remainder = implausible_amount(row.remainder)
        fields = {"allocation": row.allocation, "realisation": row.realisation, "percent": row.percent}
        if row.remainder is not None and (row.remainder.repairs or not row.remainder.trusted):
            # (scaled from thousands or millions, or flagged: a sisa that does not subtract; listed like the others)
            fields["remainder"] = row.remainder
        percent = row.percent.value if row.percent is not None and row.percent.unit in ("%", None) else None
        parts = parse_budget_code(row.code) if row.code else {}
        built.budgets.append({
            "doc_id": doc_id, "code": row.code, "name": row.name or parts.get("name"),
            "level": level,
            "program": parts.get("program"), "kegiatan": parts.get("kegiatan"),
            "kro": parts.get("kro"), "ro": parts.get("ro"), "catalogue_name": parts.get("name"),
            "fiscal_year": row.fiscal_year, "allocation": as_int(row.allocation),
            "realisation": as_int(row.realisation), "percent": percent,
            "remainder": as_int(row.remainder), "raw": row.source.raw,
            "page": row.source.page, "line": row.source.line,
            "confidence": confidence(*fields.values()), "table_title": row.source.table,
            "ocr": row.source.ocr, "repairs": repairs_json(fields),
            "flagged": any(r is not None and not r.trusted for r in fields.values())})
        built.review += review_entries(doc_id, "budgets", row.source.line, row.source.page, fields)


def document_total(budgets: list[dict], year: int | None) -> tuple[int | None, int | None]:
    """The report's overall pagu and realisation: its total row for the year."""
    totals = [b for b in budgets if b["level"] == "total" and b["allocation"]]
    if year is not None and any(b["fiscal_year"] == year for b in totals):
        totals = [b for b in totals if b["fiscal_year"] == year]
    elif any(b["fiscal_year"] is not None for b in totals):
        totals = [b for b in totals if b["fiscal_year"] is None] or totals
    if not totals:
        return None, None
    with_real = [b for b in totals if b["realisation"]]
    best = confirmed_total((with_real or totals)[0], with_real)
    same_table = table_rows(budgets, best)
    in_table = [b for b in with_real or totals if id(b) in same_table]
    if SUBTOTAL_NAME_RE.match(best["name"] or "") and (
            whole := [b for b in in_table if not SUBTOTAL_NAME_RE.match(b["name"] or "")]):
        best = whole[0]  # 'Sub Total APBN' over a hibah row and the table's 'Total': a part, the Total is the whole
    grand = max(in_table, key=lambda b: b["allocation"])
    rest = sum(b["allocation"] for b in in_table if b is not grand)
    if len(in_table) > 2 and abs(grand["allocation"] - rest) <= GRAND_TOTAL_SLACK * grand["allocation"]:
        best = grand  # the subtotals above it add up to it
    elif whole := [b for b in in_table if GRAND_NAME_RE.search(b["name"] or "")]:
        best = max(whole, key=lambda b: b["allocation"])  # 'Grand Total' under 'Sub Total APBN' and a hibah row
    elif len(in_table) > 1 and all(GROUP_TOTAL_RE.match(b["name"] or "") for b in in_table):
        return None, None  # 'Jumlah Sasaran 1', 'Jumlah Sasaran 2': each a group's, the whole stated by none of them
    return best["allocation"], best["realisation"]



OWN_PERCENT_SLACK = 0.015  # percent points by which a row's printed % may miss its realisasi / pagu (rounding)


def own_percent_fits(row: dict) -> bool:
    """Whether a budget row's printed % is its realisasi / pagu (to rounding)."""
    return abs(row["realisation"] / row["allocation"] * 100 - row["percent"]) <= OWN_PERCENT_SLACK


def confirmed_total(best: dict, with_real: list[dict]) -> dict:
    """The first total row, or, when its own % denies its pagu, a later total row that states the same realisasi
    and % and whose pagu that % confirms.

    An author's slip in one table's total ('24.006.000.000' for 24.060.000.000 beside a 96,54% that only the
    latter gives) is kept as printed in that row, but another table's total (the jenis belanja table's) that
    agrees with itself is the report's budget.
    """
    percent = best.get("percent")
    if percent is None or percent != percent or not best["realisation"] or own_percent_fits(best):
        return best  # (no %, NaN, or its % confirms it)
    for other in with_real:
        if other is not best and other["realisation"] == best["realisation"] and other.get("percent") == percent \
                and other["allocation"] != best["allocation"] and own_percent_fits(other):
            return other
    return best


def row_of_stated_pagu(budgets: list[dict], allocation: int, year: int | None) -> dict | None:
    """The realisasi a budget row prints beside the very pagu a sentence states as the whole budget.

    A report may state its pagu in words ('dialokasikan sebesar Rp X') and
    give its realisasi only in a table whose row carries the same pagu ('Pagu
    | Rp X | Rp R | 85,06'). The same amount to the rupiah names the same
    budget, so that row's realisasi is the report's. Rows of another year do
    not count, and rows that disagree on the realisasi settle nothing.
    """
    rows = [b for b in budgets if b["allocation"] == allocation and b["realisation"]
            and (b["fiscal_year"] is None or year is None or b["fiscal_year"] == year)]
    return rows[0] if len({b["realisation"] for b in rows}) == 1 else None

# a total row of one group of its table's rows: 'Jumlah Sasaran 1', 'Sub Total Program Dukungan Manajemen'
GROUP_TOTAL_RE = re.compile(r"^\W*(?:sub\s*-?\s*)?(?:t[o0]ta[l1iI]|ju(?:m|rn|n)[l1iI]ah)\s+"
                            r"(?:sasaran|tujuan|program|kegiatan|sub|bidang|urusan|indikator|ss)\b", re.I)


SUBTOTAL_NAME_RE = re.compile(r"^\W*sub\s*-?\s*t[o0]ta[l1iI]\b", re.I)
# a total row that names itself the whole of its table: 'Grand Total', 'Total Keseluruhan', 'Jumlah (A+B)'
GRAND_NAME_RE = re.compile(r"\bgrand\b|keseluruhan|\(?\b[a-e]\s*\+\s*[a-e]\b", re.I)


GRAND_TOTAL_SLACK = 0.01  # share by which a table's subtotals may miss its grand total (authors' rounding)


TABLE_GAP = 15  # lines between budget rows of one table (a flattened row spans several)


def table_rows(budgets: list[dict], row: dict) -> set[int]:
    """Ids of the budget rows of `row`'s table: the run of rows around it, each within `TABLE_GAP` lines.

    A table that lists subtotals ('Jumlah Program Dukungan Manajemen') before
    its grand TOTAL holds several total rows; the one the others add up to
    is the table's whole, so the report's (rows of one year each, whose
    year column was not read, add up to none of them).
    """
    ordered = sorted(budgets, key=lambda b: b["line"])
    at = next(k for k, b in enumerate(ordered) if b is row)
    first = last = at
    while first > 0 and ordered[first]["line"] - ordered[first - 1]["line"] <= TABLE_GAP:
        first -= 1
    while last + 1 < len(ordered) and ordered[last + 1]["line"] - ordered[last]["line"] <= TABLE_GAP:
        last += 1
    return {id(b) for b in ordered[first:last + 1]}
