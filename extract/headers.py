"""Recognise table headers and the meaning of their value columns.

Column meaning comes from the header words (Target, Realisasi, Capaian,
Pagu/Anggaran/Alokasi, Sisa, %, Tahun), matched fuzzily because OCR turns
'Realisasi' into 'Realmas:' and 'Capaian' into 'Capsan'. A header may stand on
one line, on two, or be flattened one cell per line; `read_header` returns
the ordered value roles either way.
"""
from __future__ import annotations

import re
from normalize.text_quality import letters_for_digits
from collections.abc import Sequence
from functools import lru_cache
from itertools import repeat
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from extract.lines import LineView, analyse_line, any_digit, is_column_numbering, line_of
from extract.long_lines import MIN_CHARS
from extract.model import Line
from normalize.numbers import fold_text

# Header words and the role of the column they name. 'label' columns hold text.
ROLE_WORDS: dict[str, str] = {
    "target": "target",
    "realisasi": "realisation", "realisation": "realisation", "real": "realisation",  # 'Real. Th. 2022'
    "capaian": "achievement", "pencapaian": "achievement",
    "pagu": "allocation", "anggaran": "allocation", "alokasi": "allocation", "dipa": "allocation",
    "penyerapan": "realisation", "serapan": "realisation", "serap": "realisation",
    # 'Anggaran | Penyerapan (Rp) | Serapan (%)', 'Daya Serap (%)'
    "sisa": "remainder",
    "persentase": "percent", "presentase": "percent", "prosentase": "percent", "persen": "percent",
    "efisiensi": "other", "tvro": "other", "rvro": "other", "volume": "other",
    # real words OCR-close to a role word; exact so they are never read as one
    "revisi": "other", "selisih": "other", "awal": "other", "perubahan": "other",
    "indikator": "label", "sasaran": "label", "program": "label", "kegiatan": "label",
    "uraian": "label", "nomor": "label", "no": "label", "kode": "label", "output": "label",
    "strategis": "label", "kinerja": "label", "keterangan": "label", "ket": "label",
    "sumber": "label", "akun": "label", "kro": "label", "ro": "label", "mak": "label",
    "utama": "label", "satuan": "label", "lokasi": "label",  # (a place, not 'Alokasi' misread)
    # an IKU's definition columns: their text holds numbers ('x 100%', '2 hari kerja') that are no values
    "formulasi": "label", "formula": "label", "rumus": "label", "penjelasan": "label", "definisi": "label",
    "perhitungan": "label", "penghitungan": "label",
    "periodcol": "other", "periodgroup": "period", "periodcell": "other",  # marked by `mark_periods`
}
# Label words of the columns whose numbers are a formula's or a source's, never a row's value
FORMULA_LABELS = frozenset({"formulasi", "formula", "rumus", "penjelasan", "definisi", "perhitungan", "penghitungan",
                            "sumber"})
VALUE_ROLES = frozenset({"target", "realisation", "achievement", "allocation", "remainder",
                         "percent", "year", "other"})
# Real words of budget and activity names close enough to a value word to be read as one even alone (so
# that looser matches of the line's other words follow): 'Perencanaan, Penganggaran, dan Evaluasi Kinerja
# Perangkat Daerah' (a kegiatan of every regional office's budget table) read as 'Anggaran ... Realisasi'
# made its wrapped line a header, cutting the table. They name no column.
NOT_ROLE_WORDS = frozenset({"penganggaran", "aplikasi", "pelanggaran", "advokasi", "tenggara",
                            "tercapai", "tercapainya"})
# Only the value-column words are matched fuzzily; labels must be spelled right.
FUZZY_WORDS = ["target", "realisasi", "capaian", "anggaran", "alokasi", "persentase", "presentase"]
WORD_RE = re.compile(r"\(%\)|\(rp\)|%|[a-z]+")
STRICT_ROLES: dict[str, str] = {**ROLE_WORDS, "(%)": "unit", "(rp)": "unit", "%": "unit"}  # each word's, spelled right
MAX_HEADER_WORDS = 16
CAPTION_RE = re.compile(r"^\W*(tabel|table|grafik|gambar|diagram)\b", re.I)


@dataclass(slots=True)
class Header:
    """The value roles of a table, in column order, and where it stands."""

    roles: list[str]
    first_line: int
    last_line: int
    cell_roles: dict[int, str] = field(default_factory=dict)  # delimited: cell index -> role
    cells: int = 0  # number of cells of a delimited header line
    label_cells: dict[int, str] = field(default_factory=dict)  # cell index -> label word
    text_after: bool = False  # a text column (Cara Penghitungan, Keterangan) follows the values
    name_after: bool = False  # the row's name column (Program, Kegiatan, Uraian) follows the values, none before
    col_starts: list[int] = field(default_factory=list)  # space-aligned header: column offsets
    # a target table with one column per year (a Renstra plan, 'Target 2019 2020 ... 2023'):
    # the years in column order, and the report's year, whose column is this year's target
    target_years: list[int] = field(default_factory=list)
    report_year: int | None = None
    flattened: bool = False  # one cell per line: the header's cells, and its rows' cells, stand on lines of their own
    text_cell_after: bool = False  # flattened: a text column (Ket, Keterangan) follows the value columns
    satuan: bool = False  # the header names a Satuan (unit) column
    sasaran_indikator: bool = False  # its words name a Sasaran and an Indikator column, spelled right or not
    # space-aligned: the full rows' values all stand under value columns, so a row's blank cells are known by offset
    rows_placed: bool = False
    # the first row's opening run onto the header's last line ('Capaian 2020(%) 01.01 Hasil Indeks'): its text
    first_row_opening: str = ""
    # a budget header with one Pagu / Realisasi / % group per year: the year of the group its rows are read from
    group_year: int | None = None
    names_year_column: bool = False  # a 'Tahun' of its own among its words ('Indikator | Tahun | Target'), no year after it
    # the measure a per-year table of one indicator names after each value word ('Target Nilai IKM | Realisasi Nilai
    # IKM'): the name of its rows, which are labelled by their year only
    measure: str = ""
    # a flattened two-storey header whose merged year cell's sub-columns ('Target Realisasi', printed after every
    # other cell) were put back under that year (`unfold_year_group`): a capaian of the year the sub-columns do
    # not name may still stand after its realisasi (`extract.table_records.with_group_capaian`)
    year_group_unfolded: bool = False

    @property
    def formula_cells(self) -> frozenset[int]:
        """The cells (columns) of a Formulasi, Penjelasan or Sumber Data column; none in a flattened table,
        whose label cells count a row's text lines, not its columns."""
        if self.flattened or not self.label_cells:
            return frozenset()
        return frozenset(k for k, word in self.label_cells.items() if word in FORMULA_LABELS)

    @property
    def mixed(self) -> bool:
        """A budget table whose rows also state a result against a target ('Target | Realisasi | Capaian | Anggaran
        | Realisasi Anggaran | %'): each row is a budget row and a measure."""
        roles = self.roles
        return "allocation" in roles and "target" in roles and ("realisation" in roles or "achievement" in roles)

    @property
    def kind(self) -> str:
        roles = self.roles  # a few roles: a list is searched as fast as a set is built
        if "allocation" in roles:
            # a budget table states what was spent; pagu-only lists (revisions) are not read
            return "budget" if "realisation_amount" in roles or "percent" in roles else "unknown"
        if "target" in roles and ("realisation" in roles or "achievement" in roles):
            return "realisation"
        if "target" in roles:
            return "target"
        return "budget" if "realisation" in roles and "percent" in roles else "unknown"


@lru_cache(maxsize=65536)  # header words recur in every report's tables
def word_role(word: str, loose: bool) -> str | None:
    """The header role a word names, allowing OCR damage on long words.

    'Pagu' is too short to match fuzzily, but a scan misreads its last letter ('PAGN'):
    beside other value words (`loose`), a four-letter word opening 'pag' is the pagu. A unit
    ('%', '(%)', '(rp)') is a 'unit'.
    """
    role = STRICT_ROLES.get(word)
    if word in NOT_ROLE_WORDS:
        return None
    if role is None and loose and len(word) == 4 and word.startswith("pag"):
        return "allocation"
    if role or len(word) < 6:
        return role
    cutoff = 66 if loose else 74
    hit = process.extractOne(word, FUZZY_WORDS, scorer=fuzz.ratio, score_cutoff=cutoff)
    return ROLE_WORDS[hit[0]] if hit else None


def names_indicator(text: str) -> bool:
    """Whether a target-only header names the indicator column: 'Indikator Kinerja', or 'lndikator Kinera'
    as a scan misreads it by a letter (matched closely, and only here: elsewhere labels must be spelled right)."""
    if "indikator" in text or "kinerja" in text:
        return True
    return any(len(w) >= 6 and (fuzz.ratio(w, "indikator") >= 85 or fuzz.ratio(w, "kinerja") >= 85)
               for w in WORD_RE.findall(text))


def names_indikator_word(text: str) -> bool:
    """Whether a header line holds the word 'Indikator', or a scan's misread of it by a letter ('lndikator':
    the capital I read as a lower-case l). Only that word: 'Kinerja' alone also heads 'Target Kinerja' columns,
    so a lone Target under it would make any value list a target table."""
    if "indikator" in text:
        return True
    if "ndikator" not in text and "indikat" not in text:
        return False  # cheap precheck: a misread keeps most of the word
    return any(len(w) >= 8 and fuzz.ratio(w, "indikator") >= 85 for w in WORD_RE.findall(text))


def names_sasaran(text: str) -> bool:
    """Whether a header's words name a Sasaran column: 'Sasaran', or 'Susaran' / 'Sasuran' as a scan misreads it
    by a letter (seven letters, matched closely)."""
    if "sasaran" in text:
        return True
    return any(len(w) >= 6 and fuzz.ratio(w, "sasaran") >= 80 for w in WORD_RE.findall(text))


@lru_cache(maxsize=4096)  # a header's text is asked again for each table that repeats it
def names_sasaran_and_indicator(text: str) -> bool:
    """Whether a header's words name both a Sasaran and an Indikator column, misread by a letter or not."""
    return names_sasaran(text) and names_indicator(text)


# The short words of a capaian table's per-year groups ('2021 | 2022' over 'T R C T R C', 'Tgt | Real | %'):
# single letters that name a column only on a line holding nothing else, repeated once per year
GROUP_ABBREVIATIONS: dict[str, str] = {
    "t": "target", "tgt": "target", "trgt": "target", "target": "target",
    "r": "realisation", "real": "realisation", "realisasi": "realisation",
    "c": "achievement", "cap": "achievement", "capaian": "achievement", "%": "achievement", "(%)": "achievement",
}
SPELLED_OUT = frozenset({"target", "realisasi", "capaian"})  # a line of these alone is read word by word as before
ABBREVIATION_SPLIT_RE = re.compile(r"[\s|]+")


def abbreviated_groups(text: str) -> list[tuple[str, str | None]] | None:
    """The words of a line of per-year column groups in short ('T R C T R C', 'Tgt | Real | % | Tgt | Real | %'),
    each with its role; None for any other line.

    A table comparing years prints the years on one line and each year's
    Target / Realisasi / Capaian under it as letters; read word by word, 'T'
    and 'C' name nothing and the line is no header, so the rows' values were
    lost. Only a line of these words alone (after the label columns' words,
    'No Indikator Kinerja', when the years stand on the line above them) that
    repeats one group of two or three, opening on the target, twice or more is
    read so: a single letter names no column anywhere else.
    """
    stripped = text.strip(" |\t")
    if not stripped or len(stripped) > 120 or stripped[-1].lower() not in "trc%).lp" \
            or stripped.rsplit(None, 1)[-1].rstrip(".:|").lower() not in GROUP_ABBREVIATIONS:
        return None  # cheap precheck: most lines end on another word than 'T', 'C', '%', 'Real', 'Cap.'
    tokens = [t.rstrip(".:").lower() for t in ABBREVIATION_SPLIT_RE.split(stripped)]
    labels = 0  # 'No  Indikator Kinerja' before the letters: the label columns' words on the same line
    while labels < len(tokens) and tokens[labels] not in GROUP_ABBREVIATIONS and ROLE_WORDS.get(tokens[labels]) == "label":
        labels += 1
    roles = [GROUP_ABBREVIATIONS.get(t) for t in tokens[labels:]]
    if len(roles) < 4 or None in roles or all(t in SPELLED_OUT for t in tokens[labels:]) or roles[0] != "target":
        return None
    width = roles.index("target", 1) if "target" in roles[1:] else 0
    if width not in (2, 3) or len(roles) % width or \
            any(roles[k:k + width] != roles[:width] for k in range(0, len(roles), width)):
        return None
    return [(t, "label") for t in tokens[:labels]] + [(t, r) for t, r in zip(tokens[labels:], roles)]


def header_words(text: str, fuzzy: bool = True) -> list[tuple[str, str | None]]:
    """Words of a header candidate with the role each names (None: not a header word)."""
    return list(zip(*header_word_roles(text, fuzzy)))


def header_word_roles(text: str, fuzzy: bool = True) -> tuple[list[str], list[str | None]]:
    """`header_words` as the words and, apart, their roles: each list made in one pass in C (most lines have
    no header word, and their words are looked at no further)."""
    abbreviated = abbreviated_groups(text)
    if abbreviated is not None:
        return [w for w, _ in abbreviated], [r for _, r in abbreviated]
    words = WORD_RE.findall(letters_for_digits(text.lower()))  # ('Rea1isasi': a header word all the same)
    if not fuzzy:
        return words, list(map(STRICT_ROLES.get, words))
    # (each word through `word_role`'s cache, in C: a unit or a word under six letters is only looked up there)
    roles = list(map(word_role, words, repeat(False)))
    if VALUE_ROLES.isdisjoint(roles):
        return words, roles  # no value word to read the damaged short ones beside
    return words, [r if r else word_role(w, loose=True) for w, r in zip(words, roles)]


# Quarter / semester columns of a Rencana Aksi or capaian table ('TW I', 'Triwulan II', 'Smt 1'): one
# column each, never the year's target or realisasi; a period word without its number ('Realisasi
# Triwulan' over 'TW I ... TW IV') names the group of them.
PERIOD_RE = re.compile(r"\b(?:tw|trw|triwulan|semester|smt)\s*[-.]?\s*(?:iv|iii|ii|i|[1-4])\b", re.I)
PERIOD_GROUP_RE = re.compile(r"\b(?:tw|trw|triwulan|semester)\b", re.I)
# A word after Pagu/Anggaran/DIPA that says which pagu the column holds: the initial one is not the
# year's allocation ('Pagu Awal | Pagu Revisi'); the revised or final one is.
INITIAL_PAGU = frozenset({"awal", "semula", "murni"})
FINAL_PAGU = frozenset({"revisi", "perubahan", "akhir"})
PAGU_TIME = frozenset({"setelah", "sesudah", "sebelum", "stlh"})  # '... Setelah Revisi': a pagu before or after it
PAGU_TIME_BEFORE = frozenset({"sebelum"})
# A word after Target that says it is the medium-term plan's ('Target Akhir Renstra 2024', 'Target Jangka
# Menengah', 'Target RPJMD'): a comparison column, never the year's target.
PLAN_TARGET = frozenset({"renstra", "rpjmd", "rpjmn", "jangka", "akhir", "periode"})
# A word after Target (or 'Target PK') that says which agreement set it: an agreement amended during the year
# ('PK Perubahan') prints 'Target Awal | Target Perubahan'; the amended target is the year's, the original beside it
# is superseded (read as the year's only where no amended column is printed).
INITIAL_TARGET = frozenset({"awal", "semula", "murni"})
AMENDED_TARGET = frozenset({"perubahan", "revisi"})
AGREEMENT_WORDS = frozenset({"pk"})
# 'Target Keuangan (Rp) | Realisasi Keuangan (Rp) | % | Target Fisik | Realisasi Fisik' of a physical and financial
# progress table: the money target is the pagu, the physical columns are none of the budget's ('Target | Anggaran'
# are two columns of an agreement: the words are read across cells)
MONEY_TARGET = frozenset({"keuangan"})
# Words after a value word that put its column in an earlier year ('Realisasi Tahun Lalu', 'Capaian
# Tahun Sebelumnya', 'Realisasi Th. Lalu').
PAST_WORDS = frozenset({"lalu", "sebelumnya", "kemarin"})


# Words of a row's Kriteria cell beside 'Target' ('Tercapai Target', 'Target Tidak Tercapai', 'Melampaui Target'):
# the verdict printed in a row, where a table flattened into running text puts it between two rows' values
CRITERION_WORDS = frozenset({"tercapai", "terlampaui", "melampaui", "dilampaui"})
CRITERION_NEGATIONS = frozenset({"tidak", "belum"})


def criterion_beside(words: list[tuple[str, str | None]], i: int) -> bool:
    """Whether the 'Target' at `i` is part of a row's verdict: a criterion word right before it, or right after
    it (past a 'tidak' / 'belum')."""
    if i > 0 and words[i - 1][0] in CRITERION_WORDS:
        return True
    k = i + 1
    if k < len(words) and words[k][0] in CRITERION_NEGATIONS:
        k += 1
    return k < len(words) and words[k][0] in CRITERION_WORDS


def past_period(words: list[tuple[str, str | None]], i: int) -> bool:
    """Whether the value word at `i` is qualified as an earlier year's ('... tahun lalu') by the next two words."""
    following = [w for w, _ in words[i + 1:i + 3]]
    return bool(following) and (following[0] in PAST_WORDS
                                or following[0] in ("tahun", "th", "thn") and following[1:2] != []
                                and following[1] in PAST_WORDS)


BORDERED_CELL_RE = re.compile(r"[^|\t]+")


def mark_periods(text: str) -> str:
    """Period columns as one marker word each: 'periodcol' (numbered) and 'periodgroup' (the group).

    A period alone in a cell of its own is 'periodcell': it qualifies no value word of the cell
    before it ('Target | TW I | ... | TW IV': the year's target, then the quarters' columns).
    """
    if "tw" not in text and "tri" not in text and "sem" not in text and "smt" not in text:
        return text  # cheap precheck: most header lines name no period
    if ("|" in text or "\t" in text) and PERIOD_RE.search(text):
        text = BORDERED_CELL_RE.sub(
            lambda m: " periodcell " if PERIOD_RE.fullmatch(m.group().strip()) else m.group(), text)
    return PERIOD_GROUP_RE.sub(" periodgroup ", PERIOD_RE.sub(" periodcol ", text))


PERIOD_RUN = 3  # bare quarter columns after one Target word: 'TW I TW II TW III' at least


def period_run(words: list[tuple[str, str | None]], start: int) -> int:
    """How many period columns stand in a row from `start`, each with no value word of its own.

    'Target TW I TW II TW III TW IV' without borders reads like 'Target TW I' and three bare quarters;
    a report that meant one target per quarter repeats the word ('Target TW I Target TW II'). One Target
    before a whole run, with no other period after it, is the year's target column, as a bordered
    'Target | TW I | ... | TW IV' shows; a row with one value fewer than the header tells otherwise (`extract.table_records.map_values`).
    """
    count = 0
    while start + count < len(words) and words[start + count][0] == "periodcol":
        count += 1
    if any(w in ("periodcol", "periodgroup") for w, _ in words[start + count:]):
        return 0  # 'Target TW I TW II TW III TW IV Realisasi TW I ...': the target word heads the quarters' targets
    return count


def line_roles(text: str, fuzzy: bool = True) -> tuple[list[str], int, int]:
    """Raw role sequence of one line, with counts of header words and all words.

    A value word qualified by a period ('Target TW I', 'Realisasi Triwulan') is a period's
    column ('other', or 'period' for a group whose columns the line below numbers); a pagu
    word qualified as the initial pagu is 'other', as the revised one the allocation.
    The roles are worked out once per text (`_line_roles`); each caller gets a list of its own.
    """
    roles, known, total = _line_roles(text, fuzzy)
    return list(roles), known, total


@lru_cache(maxsize=65536)  # the same header line and cells are read by the header, its cells and the table's rows
def _line_roles(text: str, fuzzy: bool) -> tuple[tuple[str, ...], int, int]:
    """`line_roles`, with the roles as a tuple so that the kept answer cannot be changed by a caller."""
    marked = mark_periods(text.lower())
    words, found = header_word_roles(marked, fuzzy)
    if not any(found):  # most lines of a report: no header word, so no role and nothing known
        return (), 0, sum(len(w) > 2 for w in words)  # (every word but OCR specks, 'Hn', 'a0', as below)
    words = list(zip(words, found))
    noise = sum(1 for w, r in words if r is None and len(w) <= 2)  # OCR specks: 'Hn', 'a0'
    breaks = column_breaks(marked) if "realisasi" in marked else frozenset()
    roles: list[str] = []
    # 'Target Nilai IKM Realisasi Nilai IKM': the columns' measure, header words (looked for only beside 'realisasi')
    known = len(repeated_measure(marked).split()) * 2 if "realisasi" in marked else 0
    units = 0
    skip = -1
    for i, (word, role) in enumerate(words):
        if i <= skip:  # a qualifier word read with the value word before it
            known += 1
            continue
        if role is None:
            continue  # a word of no role is read only as the qualifier after a value word (above)
        if role == "target" and criterion_beside(words, i):
            continue  # 'Tercapai Target', 'Target Tidak Tercapai': a Kriteria cell's value, no column's name
        following = words[i + 1][0] if i + 1 < len(words) else ""
        if role == "target" and following == "periodcol" and period_run(words, i + 1) >= PERIOD_RUN:
            known += 1  # 'Target TW I TW II TW III TW IV': the year's target before the quarters (see `period_run`)
            roles.append("target")
            continue
        if role in ("target", "realisation") and following in ("periodcol", "periodgroup"):
            known += 1
            roles.append("other" if following == "periodcol" else "period")
            skip = i + 1
            continue
        if role in ("target", "realisation", "achievement") and past_period(words, i):
            known += 1
            roles.append("other")  # 'Realisasi Tahun Lalu': last year's column, not the year's
            continue
        if role == "target" and following in MONEY_TARGET:
            known += 1
            roles.append("allocation")
            skip = i + 1
            continue
        if role in ("target", "realisation") and following == "fisik":
            known += 1
            roles.append("other")
            skip = i + 1
            continue
        if role == "target" and following == "kinerja" and "realisation" in roles and i + 2 < len(words) \
                and words[i + 2][0] == "(%)":
            known += 2  # 'Target | Realisasi | Target Kinerja (%)': the share of the target reached, the capaian
            roles.append("achievement")
            skip = i + 2
            continue
        amended = agreement_version(words, i)
        if amended is not None:
            kind, last = amended
            known += last - i
            roles.append("other" if kind == "initial" else "target")
            skip = last
            continue
        if role == "target" and following in PLAN_TARGET:
            known += 1
            roles.append("other")
            skip = i + 1
            continue
        if role == "allocation" and following in PAGU_TIME and i + 2 < len(words) \
                and words[i + 2][0] in FINAL_PAGU:
            known += 1  # 'Anggaran Setelah Revisi' is the revised pagu, 'Pagu Sebelum Revisi' the initial one
            roles.append("other" if following in PAGU_TIME_BEFORE else "allocation")
            skip = i + 2
            continue
        if role == "allocation" and (following in INITIAL_PAGU or following in FINAL_PAGU):
            known += 1
            roles.append("other" if following in INITIAL_PAGU else "allocation")
            skip = i + 1
            continue
        if role == "allocation" and i in breaks and (roles[-1:] == ["realisation"]
                                                     or roles[-2:] == ["realisation", "allocation"]):
            # 'Realisasi (Rp) | Pagu (Rp)', 'Realisasi Anggaran | Pagu Anggaran': two columns, not 'Realisasi Anggaran'
            roles.append(COLUMN_BREAK)
        known += 1
        if role == "unit":
            if word == "%":
                following = words[i + 1][1] if i + 1 < len(words) else None
                if following not in VALUE_ROLES or following in ("remainder", "other", "allocation") \
                        or ends_cell(marked, i):
                    # '% | Sisa', '% | Pagu': the percent column, not Sisa's or Pagu's unit; so is a '%' in a cell of
                    # its own before any word ('Pagu | Realisasi | % | Target | Realisasi | Capaian')
                    roles.append("%")
            else:
                units += 1  # '(Rp)', '(%)' under a column word: no word of its own
            continue
        roles.append(role)
    return tuple(count_and_share(roles, marked)), known - units, len(words) - noise - units


def agreement_version(words: list[tuple[str, str | None]], at: int) -> tuple[str, int] | None:
    """('initial' or 'amended', index of the qualifier) for a Target word at `at` qualified by the agreement's
    version ('Target Awal', 'Target PK Perubahan'), else None. 'amended' means the year's target.

    An agreement amended mid-year prints the original target beside the amended one; the original is no column of
    the year's only when the line also names the amended one ('Target Awal' alone is the year's target).
    """
    if words[at][1] != "target":
        return None
    q = at + 1
    if q < len(words) and words[q][0] in AGREEMENT_WORDS:
        q += 1
    if q >= len(words):
        return None
    word = words[q][0]
    if word in AMENDED_TARGET:
        return "amended", q
    if word in INITIAL_TARGET:  # (the qualifier names no column of its own: 'awal' read as one shifts the values)
        return ("initial" if any(w in AMENDED_TARGET for w, _ in words[q + 1:]) else "amended"), q
    return None


# 'Capaian Output Triwulan IV' merged over 'Jumlah | %' (a K/L output table, no Realisasi column): the count
# reached and its share of the target
CAPAIAN_JUMLAH_RE = re.compile(r"\bcapaian\b(?:\s+[a-z]+){0,4}?\s+jumlah\s*%")


def count_and_share(roles: list[str], marked: str) -> list[str]:
    """The roles of a 'Target | Satuan | Capaian ... (Jumlah | %)' header: its Capaian cell is the realisation
    (the count reached, printed under 'Jumlah') and the '%' after it the capaian; its period words ('Triwulan IV')
    qualify that cell and are no column. Any other header's roles as they are ('Capaian' alone stays the
    percent column)."""
    found = count_and_share_at(roles, marked)
    if found is None:
        return roles
    k, last = found
    return roles[:k] + ["realisation"] + [r for r in roles[k + 1:last] if r != "other"] + roles[last:]


def count_and_share_at(roles: list[str], marked: str) -> tuple[int, int] | None:
    """Where `count_and_share` finds the Capaian cell and its '%' in `roles`, or None."""
    if "%" not in roles or "realisation" in roles or "realisasi" in marked or not CAPAIAN_JUMLAH_RE.search(marked):
        return None
    last = len(roles) - 1 - roles[::-1].index("%")
    k = last - 1
    while k >= 0 and roles[k] in ("label", "other"):
        k -= 1
    if k < 0 or roles[k] != "achievement" or "target" not in roles[:k]:
        return None
    return k, last


def count_and_share_cells(cells: list[tuple[int, list[str]]], marked: str) -> list[tuple[int, list[str]]]:
    """`count_and_share` over a header flattened one cell per line: each line's roles so changed."""
    flat = [(c, role) for c, (_, roles) in enumerate(cells) for role in roles]
    found = count_and_share_at([role for _, role in flat], marked)
    if found is None:
        return cells
    k, last = found
    out: list[tuple[int, list[str]]] = [(j, []) for j, _ in cells]
    for n, (c, role) in enumerate(flat):
        if k < n < last and role == "other":
            continue
        out[c][1].append("realisation" if n == k else role)
    return out


# The same words after the target and the realisasi word ('Target Nilai IKM Realisasi Nilai IKM'): the one measure
# both columns hold, named in the header because the rows are labelled by their year
REPEATED_MEASURE_RE = re.compile(r"\btarget\s+(?P<m>[a-z][\w()/-]*(?:\s+[\w()/-]+){0,3}?)\s+realisasi\s+(?P=m)(?!\w)",
                                 re.I)


def repeated_measure(text: str) -> str:
    """The measure named after both the Target and the Realisasi word of a header line, or ''.

    Words of a column ('Target Kinerja Realisasi Kinerja') or a year ('Target Tahun 2020 Realisasi Tahun 2020') are
    no measure.
    """
    m = REPEATED_MEASURE_RE.search(text)
    if m is None or any_digit(m.group("m")) or any(role for _, role in header_words(m.group("m").lower())):
        return ""
    return m.group("m")


CELL_GAP_RE = re.compile(r"\s*(?:[|\t]|\s\s)")  # a cell border, or the two spaces between space-aligned columns


def ends_cell(marked: str, k: int) -> bool:
    """Whether the k-th header word (as `header_words` counts them) is followed by a cell border or a column gap.

    A '%' before a value word is that word's unit ('% Realisasi'); alone in its cell it is a column of its
    own ('Pagu | Realisasi | % | Target ...'). Asked only for such a '%', so the words are found again here.
    """
    for j, match in enumerate(WORD_RE.finditer(marked)):
        if j == k:
            return CELL_GAP_RE.match(marked, match.end()) is not None
    return False


UNIT_END_RE = re.compile(r"\((?:rp\.?|%)\)\s*$", re.I)  # a flattened header cell closed by its unit: 'Realisasi (Rp)'
# A raw role between two value words that stand in columns of their own (see `column_breaks`)
COLUMN_BREAK = "|"


def column_breaks(marked: str) -> frozenset[int]:
    """Indexes of the header words that open a new column after a value word: a cell border or a unit
    ('(Rp)') stands between them.

    'Realisasi Anggaran' is one column, the realisation's; 'Realisasi (Rp) | Pagu (Rp)' are two, the
    realisation printed before the pagu. Only the words `header_words` reads are counted, so an index
    here is the same word's there.
    """
    found: set[int] = set()
    previous_end = None
    previous_unit = False
    for k, match in enumerate(WORD_RE.finditer(marked)):
        if previous_end is not None and (previous_unit or any(c in "|\t" for c in marked[previous_end:match.start()])):
            found.add(k)
        previous_end = match.end()
        previous_unit = match.group() == "(rp)"
    return frozenset(found)


def resolve_roles(raw_roles: list[str]) -> list[str]:
    """Turn the header's words into value columns in order.

    'Alokasi Anggaran' is one column, 'Realisasi Anggaran' too; a second
    'Realisasi' after Pagu and Realisasi is the percent column; a bare '%'
    is the capaian of a performance table or the percent of a budget one.
    """
    roles: list[str] = []
    new_column = False
    for at, role in enumerate(raw_roles):
        if role == "label":
            continue
        if role == COLUMN_BREAK:
            new_column = True
            continue
        previous = roles[-1] if roles else None
        if new_column:
            new_column = False
            if role == "allocation" and previous == "realisation" and "target" not in roles:
                roles[-1] = "realisation_amount"  # the amount spent, printed before the pagu
                roles.append(role)
                continue
            if role == "allocation" and previous == "realisation_amount" and "allocation" not in roles:
                roles.append(role)  # after 'Realisasi Anggaran': the pagu's own column
                continue
            previous = None
        if role == "allocation" and previous in ("allocation", "realisation_amount", "remainder"):
            continue  # 'Realisasi Anggaran', 'Sisa Anggaran': one column
        if role == "allocation" and previous == "realisation" and "target" not in roles:
            roles[-1] = "realisation_amount"
            continue
        # a budget group printed first ('Pagu | Realisasi | % | Target | Realisasi | Capaian'): the words after its
        # Target are the measure's again
        has_allocation = "allocation" in roles and not measured(roles, len(roles))
        if role == "realisation":
            if has_allocation:
                role = "percent" if "realisation_amount" in roles else "realisation_amount"
            elif "realisation" in roles:
                first = roles.index("realisation")
                if "target" not in roles[first:]:
                    if later_comparison(roles, raw_roles[at + 1:]):
                        roles.append("other")  # 'Target | Realisasi | Capaian | Realisasi 2018': last year's, beside
                        continue
                    if "target" in roles:
                        continue
                    # 'Realisasi 2020 | Realisasi 2021 | Target 2022 | Realisasi 2022': realisations
                    # before any target are earlier periods'
                    roles[first] = "other"
                    role = "other"
                else:
                    # 'Realisasi 2020 | Target 2021 | Realisasi 2021': a realisation printed before
                    # the target is an earlier period's; the one after the target measures it
                    roles[first] = "other"
        elif role == "target" and "target" in roles and \
                ("achievement" in roles or "realisation" in roles[roles.index("target"):]):
            role = "other"  # 'Target 2022 | Realisasi 2022 | Capaian | Target Renstra 2024': a later target
        elif role == "achievement" and has_allocation:
            role = "percent"
        elif role == "%":
            if has_allocation:
                role = "percent"
            elif "realisation" in roles and "achievement" not in roles:
                role = "achievement"
            else:
                continue
        if role == "percent" and "percent" in roles:
            role = "other"
        roles.append(role)
    if "allocation" in roles and "realisation" in roles:
        # (a realisation after a target, with no pagu between, is the performance columns' of a table that gives
        # both: 'Target | Realisasi | Capaian | Anggaran | Realisasi Anggaran | %')
        roles = [r if r != "realisation" or measured(roles, k) else "realisation_amount" for k, r in enumerate(roles)]
    return roles


def later_comparison(roles: list[str], rest: list[str]) -> bool:
    """Whether a Realisasi word after a whole Target | Realisasi | Capaian group opens a column of its own.

    'Target 2019 | Realisasi 2019 | Capaian 2019 | Realisasi 2018': the capaian closed the year's group, so
    the realisasi after it is a comparison column (another year's) that the rows print a value in; read as
    no column, every value after the capaian shifted. Not a 'Realisasi Anggaran' (a pagu word follows: a
    budget column, see `resolve_roles`).
    """
    return bool(roles) and roles[-1] == "achievement" and "target" in roles and \
        next((r for r in rest if r not in ("label", COLUMN_BREAK)), None) != "allocation"


def measured(roles: list[str], k: int) -> bool:
    """Whether the column at `k` follows a Target column with no pagu column between: a performance column."""
    before = roles[:k]
    return "target" in before and "allocation" not in before[len(before) - 1 - before[::-1].index("target"):]


def header_line_score(view: LineView, fuzzy: bool = True) -> tuple[Sequence[str], bool]:
    """Roles of a line if it reads as (part of) a header, and whether it is one alone."""
    return header_score_at([view], 0, fuzzy)


# 'sebesar Rp 3.184.900.000', 'Rp 3.099.512.774': an amount written out with its sign or 'sebesar' in a line of
# column words is a sentence stating the pagu and realisasi (a header's '(Rp)' stands apart from any amount; a
# first row run on from the header's last line prints its amounts bare)
STATED_AMOUNT_RE = re.compile(r"(?:\b(?:sebesar|senilai)\s+|\bR[pP]\.?\s*)\d{1,3}(?:[.,]\d{3}){2,}")


def header_score_at(views: Sequence[LineView], i: int, fuzzy: bool = True) -> tuple[Sequence[str], bool]:
    """`header_line_score(views[i])`; the line's values are looked at (and it analysed) only if its words make a header."""
    text = line_of(views, i).text
    if (len(text) > 220 and len(" ".join(text.split())) > 220) or not text.strip() or CAPTION_RE.match(text):
        return [], False
    score = text_header_score(text, fuzzy)
    if score[0] and any(not header_number(t) for t in views[i].values) and abbreviated_groups(text) is None:
        return [], False  # (the 'C' of 'T R C' reads as a grade: no value of a row)
    if score[0] and views[i].codes and NUMBERED_ROW_RE.match(text):
        return [], False  # '3  Persentase  8596': a numbered row whose % (its sign read as '96') reads as a code
    if score[0] and STATED_AMOUNT_RE.search(text):
        return [], False  # 'pagu anggaran sebesar Rp X terealisasi Rp Y atau': a sentence's amounts, no column title
    if score[0] and closes_wrapped_sentence(views, i):
        return [], False
    if score[0] and refers_to_table_below(text):
        return [], False
    return score


# a sentence's reference to a table or figure cut at the line's end, its number wrapped to the next line
# ('... disajikan pada Tabel' over '2.1. Untuk indikator ...')
TABLE_REFERENCE_END_RE = re.compile(r"\s(?:pada|dalam|di|ke|lihat)\s+(?:tabel|gambar|grafik|lampiran)\s*$", re.I)


def refers_to_table_below(text: str) -> bool:
    """Whether a line with column words ends on a sentence's reference to a table ('... target Renstra disajikan
    pada Tabel'): the sentence that introduces the table, its number ('2.1.') on the next line. Read as a header,
    that number became the first row's target. A caption opens on 'Tabel'; no column title ends on 'pada Tabel'.
    """
    tail = text[-24:]
    return any(w in tail for w in ("abel", "ambar", "rafik", "ampiran", "ABEL")) and \
        TABLE_REFERENCE_END_RE.search(tail) is not None  # (cheap precheck before the pattern)


def closes_wrapped_sentence(views: Sequence[LineView], i: int) -> bool:
    """Whether the line right after views[i] closes a sentence views[i] opened: it opens mid-sentence (a lower-case
    word no header uses, `opens_mid_sentence`) and ends on a full stop. '... ditargetkan 100%, jadi capaian
    kinerja' over 'sampai dengan tahun 2020 sebesar 93,21%.' is wrapped prose, no header over a row."""
    if i + 1 >= len(views):
        return False
    text = line_of(views, i + 1).text.rstrip()
    return text.endswith(".") and opens_mid_sentence(text)


# 'Tahun 2021' after a column's words ('Capaian Kinerja Tahun 2021'): the year the column is for, no column word of
# its own; a header comparing four or five years repeats it in each column and would pass for a sentence by length
# (`\b(?:tahun|th|thn)\.?\s*(?:19|20)\d\d\b` with re.I, written to open with 'T' or 't' so that the engine skips to
# one in C: re.I on a pattern's first letter hides it from that scan)
YEAR_TAG_RE = re.compile(r"[Tt](?<!\w.)(?i:ahun|h|hn)\.?\s*(?:19|20)\d\d\b")


def year_tag_words(text: str) -> int:
    """How many header words are a column's year tag ('Tahun' before a year): not counted as words of their own."""
    return len(YEAR_TAG_RE.findall(text))


# One sentence ending and the next opening inside a line ('... menggunakan target PK Perubahan. Dari delapan
# indikator, tujuh ...'): prose; a header's full stops close abbreviations ('s.d.', 'Th.', 'No.'), not words of four
# letters or more followed by a capitalised word and more words
SENTENCE_BREAK_RE = re.compile(r"[a-z]{4,}\. [A-Z][a-z]{2,} [a-z]{3,}")


def breaks_sentence(text: str) -> bool:
    """Whether a line holds the end of one sentence and the start of the next (`SENTENCE_BREAK_RE`)."""
    return ". " in text and SENTENCE_BREAK_RE.search(text) is not None


@lru_cache(maxsize=65536)
def text_header_score(text: str, fuzzy: bool) -> tuple[Sequence[str], bool]:
    text = unfold_year_group(text)
    if opens_mid_sentence(text):  # (first, as it turns away the most lines: both tests only turn a line away)
        return [], False
    if breaks_sentence(text):
        return [], False
    tags = 0
    count = len(text.split())
    if count > MAX_HEADER_WORDS:  # cheap precheck: a header of a few columns has no year tags to discount
        tags = year_tag_words(text)
    if count - 2 * tags > MAX_HEADER_WORDS * 2:
        return [], False
    roles, known, total = line_roles(text, fuzzy)
    if total - tags > MAX_HEADER_WORDS or not roles:
        return [], False
    if known * 2 < total:
        return [], False
    distinct = set(resolve_roles(roles)) - {"year", "other"}
    lower = text.lower()
    if distinct == {"target"} and closes_sentence_on_target(text):
        return [], False
    complete = len(distinct) >= 2 or (distinct == {"target"} and (
        names_indicator(lower) if fuzzy else "indikator" in lower or "kinerja" in lower))
    return tuple(roles), complete


# A merged cell's year ('Tahun 2021' over 'Target | Realisasi') and the sub-columns a flattened two-storey header
# prints after every other cell: 'Capaian 2019 Capaian 2020 Tahun 2021 Capaian 2021 Target Realisasi'
BARE_YEAR_RE = re.compile(r"\b(?:tahun|th|thn)\.?\s*((?:19|20)\d\d)\b", re.I)
SUB_COLUMNS_RE = re.compile(r"(?:\s+(?:target|realisasi)\b){2,}(?:\s+capaian\b)?\s*$", re.I)
YEAR_QUALIFIED = frozenset({"target", "realisasi", "capaian", "pencapaian", "kinerja"})


# Words between a column word and its year that say up to when it counts ('Capaian sd Tahun 2016', 'Realisasi s/d
# Tahun 2020', 'Capaian sampai dengan Tahun 2021'): the year is still that column's
UNTIL_WORDS = frozenset({"sd", "s.d", "s.d.", "s/d", "s/d.", "sampai", "dengan", "hingga"})


def qualified_year(before: str) -> bool:
    """Whether the year after `before` is a column's own ('Capaian Tahun 2015', 'Capaian sd Tahun 2016'): a column
    word stands right before it, or before the 'sd' / 'sampai dengan' that says up to when the column counts."""
    words = [w.lower().strip("|") for w in before.split()[-4:]]
    while words and words[-1] in UNTIL_WORDS:
        words.pop()
    return bool(words) and words[-1] in YEAR_QUALIFIED


@lru_cache(maxsize=16384)  # asked by the header's score and again by its years (`column_years`)
def unfold_year_group(text: str) -> str:
    """A flattened two-storey header with its merged year cell's sub-columns put back under that cell.

    Where a header's top storey holds the other columns whole and one merged cell 'Tahun 2021' over
    'Target | Realisasi', text read row by row prints the sub-columns after every other cell: 'Capaian
    Tahun 2019 Capaian Tahun 2020 Tahun 2021 Capaian Tahun 2021 Target Realisasi'. The values stand in
    the page's order (2019, 2020, the year's target and realisasi, its capaian), so the sub-columns are read
    where their year stands: '... Target Tahun 2021 Realisasi Tahun 2021 Capaian Tahun 2021'. Only a year
    that follows no column word ('Capaian Kinerja Tahun 2021' is its column's) and only trailing Target /
    Realisasi words are moved.
    """
    if "ahun" not in text and "AHUN" not in text and "th" not in text and "Th" not in text and "TH" not in text:
        return text  # cheap precheck: no year cell
    if text.isascii() and "target" not in (low := text.lower()) and "realisasi" not in low:
        return text  # cheap precheck: no Target or Realisasi word to move (most lines that name a year)
    flat = " ".join(text.replace("|", " ").split())  # a bordered header's two storeys joined read the same
    tail = SUB_COLUMNS_RE.search(flat)
    if tail is None:
        return text
    head = flat[:tail.start()]
    bare = [m for m in BARE_YEAR_RE.finditer(head) if not qualified_year(head[:m.start()])]
    if len(bare) != 1 or not head[bare[0].end():].strip():
        return text  # no merged year, two of them, or the sub-columns already stand right after it
    year = bare[0]
    spelled = " ".join(f"{word} {year.group().strip()}" for word in tail.group().split())
    return f"{head[:year.start()]}{spelled}{head[year.end():]}"


BROKEN_END_RE = re.compile(r"([a-z]+)\s*$", re.I)
BROKEN_REST_RE = re.compile(r"\s*([a-z]{1,3})\s+(?=\S)")


def broken_word_rest(above: str, text: str) -> str | None:
    """The rest of a line that opens on the end of a header word the line above cut, or None.

    A narrow cell wraps its word mid-way ('No Indikator Kinerja Satua' over 'n Target Realisasi %'): the
    lower-case letters opening the line are no sentence's start but the end of 'Satuan'; what follows them is
    the header's next line. Only letters that make a header word with the last word above, which alone is none.
    """
    mended = mended_word(above, text)
    return None if mended is None else text[mended[1]:]


def mended_word(above: str, text: str) -> tuple[str, int] | None:
    """The header word a line's opening letters end (`broken_word_rest`), and where the line's rest starts."""
    end, rest = BROKEN_END_RE.search(above), BROKEN_REST_RE.match(text)
    if end is None or rest is None or not rest.group(1).islower():
        return None
    cut = end.group(1).lower()
    word = cut + rest.group(1)
    if cut in ROLE_WORDS or ROLE_WORDS.get(word) is None:
        return None
    return word, rest.end()


def names_satuan(views: Sequence[LineView], start: int, end: int) -> bool:
    """Whether a header's lines name a Satuan column, its word whole or cut across two lines ('Satua' / 'n')."""
    texts = [line_of(views, k).text for k in range(start, end + 1)]
    texts = [t for t in texts if t.strip()]
    return any("satuan" in t.lower() for t in texts) or any(
        (mended := mended_word(a, b)) is not None and mended[0] == "satuan" for a, b in zip(texts, texts[1:]))


def opens_mid_sentence(text: str) -> bool:
    """Whether a line opens on a lower-case word no header uses: a wrapped cell's sentence ('tidak sesuai target
    indikator', 'telah mencapai target', a rating scale's Keterangan), whose header words make no header."""
    match = FIRST_WORD_RE.search(text)
    return match is not None and match.group()[:1].islower() and match.group() not in ROLE_WORDS


FIRST_WORD_RE = re.compile(r"[^\W\d_]+")
SENTENCE_END_RE = re.compile(r"[^\W\d_]{5,}\.$")  # a word of five letters or more, then the full stop


def closes_sentence_on_target(text: str) -> bool:
    """Whether a line opening on a lower-case 'target' ends a sentence: 'target pada Perjanjian Kinerja.' under
    '... memberikan nilai BB, sama dengan' is wrapped prose whose 'Kinerja' made it pass for a 'Target' column over
    an Indikator Kinerja one, and the paragraph's figures below it for rows. A header cell ends on no full stop
    after a whole word (an abbreviation's, 'Ket.' or 'Real.', is shorter)."""
    stripped = text.strip()
    return stripped[:1] == "t" and SENTENCE_END_RE.search(stripped) is not None



def header_number(token) -> bool:
    """Numbers a header may hold: a day or a year ('s.d. 31 Desember 2022'), column numbers, and the
    '000' or '1.000' of a scale ('Pagu (Rp. 000)', 'Pagu (x Rp 1.000)': amounts printed in thousands)."""
    value = token.reading.value
    if token.kind == "amount" and value in (0, 1_000, 1_000_000) and token.raw.rstrip(")").endswith("000"):
        return True  # (and the 1.000 of 'Pagu (x Rp 1.000)')
    if token.kind == "percent" and YEAR_THEN_PERCENT_RE.fullmatch(token.raw.strip()):
        return True  # '... Realisasi 2023 %': the year of the column before and the '%' column's word
        # (or the cell's own unit: 'Capaian s.d. 2022 terhadap 2024 (%)')
    if token.kind != "number" or value is None:
        return False
    return value <= 31 or 1990 <= value <= 2040


def holds_value_run(view: LineView) -> bool:
    """Whether a line's words hold numbers side by side that no header prints: a row's values before more words.

    'Rata-rata Capaian Kinerja Tujuan 96 108 112,50 Rata-rata ...' under 'Uraian Target Realisasi Capaian' names
    column words, but its numbers are a row's target, realisasi and capaian (the next row's name runs on after
    them); a header's numbers are years, days and column numbers (`header_number`).
    """
    for cell in view.cells:
        if cell.code is not None or len(cell.inner) < 2:
            continue  # (the tokens' offsets count in the folded text of a cell without a code)
        folded = fold_text(cell.raw)
        for a, b in zip(cell.inner, cell.inner[1:]):
            if not folded[a.end:b.start].strip() and not (header_number(a) and header_number(b)):
                return True
    return False


YEAR_THEN_PERCENT_RE = re.compile(r"(?:19|20)\d\d\s+(?:%|\(\s*%\s*\))")


def cell_roles_of(view: LineView) -> tuple[dict[int, str], dict[int, str]]:
    """Per-cell roles of a delimited header line (first value role in each cell)."""
    values: dict[int, str] = {}
    labels: dict[int, str] = {}
    budget = "allocation" in resolve_roles(line_roles(view.text)[0])
    for cell in view.cells:
        raw_roles = line_roles(cell.raw)[0]
        roles = resolve_roles(raw_roles)
        if raw_roles == ["%"]:  # a column of its own: the budget's percent, or the capaian
            roles = ["percent" if budget else "achievement"]
        elif budget and cell.raw.lstrip().startswith("%") and roles:  # '% Realisasi': the rate, not an amount
            roles = ["percent"]
        if roles:
            values[cell.index] = "other" if roles[0] == "period" else roles[0]
        else:
            words = [w for w, r in header_words(cell.raw) if r == "label"]
            if words:
                labels[cell.index] = words[0]
            elif scan_indicator_label(cell.raw):
                labels[cell.index] = "indikator"
    return values, labels


def scan_indicator_label(raw: str) -> bool:
    """Whether a header cell with no label word spelled right is the Indikator column a scan misread by a
    letter ('lndikator Kinera' between 'Sasaran Kegiatan' and 'Target').

    Without it the cell names no column, so a ragged row's indicator could not be told from its sasaran.
    Only close misreads of at least six letters count (`names_indicator`), and only in a cell holding
    words alone.
    """
    text = raw.lower()
    return any(ch.isalpha() for ch in text) and not any_digit(text) and names_indicator(text)


HEADER_AMOUNT_MIN = 100_000  # a header's words hold no Rupiah amount; a unit caption's '1.000' is none


def holds_amount(view: LineView) -> bool:
    """Whether a line holds a Rupiah amount inside its words: a row's, never a header's second line.

    A borderless budget row whose Keterangan follows its values ('1 Program
    ... 2.000.000.000 1.900.000.000 95,00 Sisa efisiensi') ends on words, so
    its values are no trailing ones, and 'Sisa' or 'Anggaran' in the remark
    reads as a column word: it is the first row, not the header's second line.
    """
    return any(t.kind == "amount" and (t.reading.value or 0) >= HEADER_AMOUNT_MIN for t in view.inner_values)


# a line opening with a row number and a word ('3 | Persentase ...', '2. Jumlah ...'), after a mark a scan read
NUMBERED_NAME_WORDS = 3  # words of a numbered line that make it a row's name, not a header cell ('1. Target')
NUMBERED_ROW_RE = re.compile(r"^[\s|\"';_]*\d{1,2}[.)]?\s*(?:\|\s*)?[A-Za-z]")


def sub_columns_under_merged_cell(views: Sequence[LineView], cells: list[tuple[int, list[str]]]
                                  ) -> list[tuple[int, list[str]]] | None:
    """A flattened two-storey header's cells with the lower storey's sub-columns put back under its merged cell.

    'Target 2023' / 'Realisasi Triwulan' / 'Realisasi 2023' / 'Capaian', then
    'TW I' ... 'TW IV': a text export prints the top storey's cells,
    then the sub-columns of its one merged period cell. Read in print order,
    the quarters would stand after the Capaian and each row's realisasi and
    capaian would be taken from quarter columns. Only when the lower storey
    (after a blank line or not) ends the header, holds two or more period
    columns and nothing else, and the top storey has exactly one period cell
    for them to go under. Returns None otherwise.
    """
    k = len(cells)
    while k > 0 and cells[k - 1][1] == ["other"]:
        k -= 1
    tail = cells[k:]
    if len(tail) < 2 or k == 0:
        return None
    merged = [m for m, (_, r) in enumerate(cells[:k]) if r == ["period"]]
    if len(merged) != 1:
        return None
    m = merged[0]
    return cells[:m] + tail + cells[m + 1:k]


def read_header(views: Sequence[LineView], start: int, lookahead: int = 14) -> tuple[Header, int] | None:
    """A header starting at views[start], and the index of its last line.

    Takes a complete header line plus an adjacent header-like line (two-line
    headers), or a run of short header-word lines (a header flattened one cell
    per line).
    """
    roles, complete = header_score_at(views, start)  # a line too long for a header is not analysed
    if not roles:
        return None
    view = views[start]
    opening = ""
    collected = list(roles)
    end = start
    slack = 0  # overlap allowed between stacked columns' words (`stack_columns`)
    below = quarter_groups_below(views, start)
    unfolded = False
    if below is None and not complete:
        below = word_per_line_header(views, start)  # 'Indikator' / '' / 'Realisasi' / '' / '2020' / '' / 'Target' ...
    if below is None:
        # (a line that names the year's group beside columns of their own is a header alone, 'Realisasi Tahun 2020
        # Kondisi Tahun 2021 Capaian ...': its group's sub-columns on the next line still go under that year)
        below = sub_columns_below(views, start)
        unfolded = below is not None
    if below is not None:
        collected, complete, end = list(below[0]), True, below[1]
    elif complete:
        nxt = next_nonblank(views, start, 2)
        if nxt is not None and (joined := wrapped_header_roles(views, start, nxt)) is not None:
            collected, end = joined, nxt  # 'Realisasi' over 'Triwulan': one cell; its quarters may stand below
            nxt = next_nonblank(views, nxt, 2)
        if nxt is not None and WRAPPED_YEAR_RE.fullmatch(line_of(views, nxt).text.strip()) \
                and (after := next_nonblank(views, nxt, 2)) is not None \
                and run_on_header_line(line_of(views, after).text) is not None:
            nxt = after  # 'Target Indikator' / 'Th 2019' / 'Realisasi Indikator Th 2019 1 Persentase ...': the year
            # wraps the cell above; the last cell runs on into the first row below it
        if nxt is not None:
            run_on = run_on_header_line(line_of(views, nxt).text)
            if run_on is not None:  # 'Capaian (%) 1. Persentase ...' under 'No Indikator Target Realisasi'
                more, opening = run_on
                collected, end = with_periods(collected, list(more)), nxt
            else:
                more, _ = header_score_at(views, nxt)
                if not more and not views[nxt].values and \
                        (rest := broken_word_rest(line_of(views, end).text, line_of(views, nxt).text)) is not None:
                    more = list(text_header_score(rest, True)[0])  # 'Target Realisa' / 'si % Target %': its end
                if not more and "period" in collected:
                    more = period_numbers(line_of(views, nxt).text)
                if more and (not views[nxt].values or year_quarter_storey(line_of(views, nxt).text) == list(more)) \
                        and not holds_amount(views[nxt]) and not holds_value_run(views[nxt]) \
                        and not (views[nxt].codes and NUMBERED_ROW_RE.match(line_of(views, nxt).text)):
                    # ('1  Persentase informasi  9596': the first row, its % read as a code, no header line)
                    collected = with_periods(collected, list(more))
                    end = nxt
                    collected, end, opening = unit_led_lines(views, collected, end)
        if not opening:
            end = units_line_end(views, end)
            wrapped = wrapped_year_lines(views, start, end)
            if wrapped is not None:
                collected, end, opening = wrapped
        if end == start and not opening and (stacked := stacked_header(views, start)) is not None:
            collected, start, end = stacked  # the header's cells wrap over the lines around it
            view, slack = views[start], STACK_SLACK
    elif (led := unit_led_header(views, list(roles), start)) is not None:
        # 'No Uraian Anggaran' / '(Rp) Realisasi' / '(Rp) %': one value word on the first line, the rest on lines
        # led by the unit of the cell above
        (collected, end, opening), complete = led, True
    else:
        words = len(WORD_RE.findall(view.line.text.lower()))
        roles, _ = (["year"], False) if year_cell(view.line.text) else header_line_score(view, fuzzy=False)
        if words > 4 or not roles:
            return None
        collected = list(roles)
        cells = [(start, list(roles))]  # the header's lines and their roles
        i = start
        while True:
            nxt = next_nonblank(views, i, 3)
            if nxt is None or nxt - start > lookahead:
                break
            if line_of(views, nxt).text.rstrip().endswith(":"):
                break  # 'Kegiatan :' over the rows: a group's label, no column title (a title ends on no colon)
            if NUMBERED_ROW_RE.match(line_of(views, nxt).text) and (views[nxt].values or views[nxt].codes or len(
                    WORD_RE.findall(line_of(views, nxt).text.lower())) >= NUMBERED_NAME_WORDS):
                break  # '3 | Persentase logistik | 8596': a numbered row, its measure word no column title (nor
                # when its values stand on the lines below: '1. Persentase temuan yang ditindaklanjuti' / '75%')
            if (run_on := run_on_header_line(line_of(views, nxt).text)) is not None:
                # the last cell runs on into the first row ('Capaian (%) 1 Persentase ...'): its words close the
                # header, the rest opens the row
                more, opening = run_on
                collected += more
                cells.append((nxt, list(more)))
                end = nxt
                break
            more, _ = header_score_at(views, nxt, fuzzy=False)
            if not more and not views[nxt].values and \
                    (rest := broken_word_rest(line_of(views, i).text, line_of(views, nxt).text)) is not None:
                more = list(text_header_score(rest, False)[0])  # 'Satua' / 'n Target Realisasi': the cut word's end
            nwords = len(WORD_RE.findall(line_of(views, nxt).text.lower()))
            if year_cell(line_of(views, nxt).text):
                more = ["year"]  # 'Tahun Anggaran' alone: the year column, not a pagu
            if not more and nwords <= 4:
                more = flattened_cell_roles(views, nxt)
            if not more and set(collected) & VALUE_ROLES and is_remark_cell(line_of(views, nxt).text):
                more = ["label"]  # 'Kategori' alone after the value cells: a remark column's, no row's name
            if more and nwords <= 4:
                if more[0] == "allocation" and collected[-1:] == ["realisation"] and (
                        UNIT_CELL_RE.match(line_of(views, i).text) or UNIT_END_RE.search(line_of(views, i).text)):
                    collected.append(COLUMN_BREAK)  # 'Realisasi (Rp)' over 'Pagu (Rp)': the unit closed its cell
                collected += more
                cells.append((nxt, list(more)))
                end = i = nxt
            elif UNIT_CELL_RE.match(line_of(views, nxt).text):
                end = i = nxt  # '(Rp)' or '(%)' under a column word: the header's, not the first row's name
            elif not views[nxt].text and views[nxt].values or nwords <= 2 and not more:
                i = nxt  # '(1)' column numbers or a stray word inside the flattened header
                if views[nxt].values and not is_column_numbering(views[nxt]):
                    break
            else:
                break
        if "%" in collected and "achievement" in collected and "realisation" not in collected:
            # 'Capaian Output' / 'Triwulan IV' / 'Jumlah %': the count reached and its share (`count_and_share`)
            shared = count_and_share_cells(cells, mark_periods(" ".join(line_of(views, j).text
                                                                        for j, _ in cells).lower()))
            if shared is not cells:
                cells, collected = shared, [role for _, r in shared for role in r]
        if COLUMN_BREAK not in collected and (moved := sub_columns_under_merged_cell(views, cells)) is not None:
            cells = moved
            collected = [role for _, r in cells for role in r]
        # A header names its label columns before its values: value words above the first label-only
        # line, with value columns after the labels ('Realisasi DIPA 076 Tahun 2020' over 'Kode Akun',
        # 'Uraian', 'Anggaran', ...), are a title's.
        # (a Satuan cell between the value cells, 'Target' / 'Satuan' / 'Realisasi', is the unit's column, no label
        # column the values follow)
        first_label = next((k for k, (j, r) in enumerate(cells) if set(r) == {"label"}
                            and label_word(line_of(views, j).text) != "satuan"), 0)
        if any(set(r) & VALUE_ROLES for _, r in cells[:first_label]) and \
                any(set(r) & VALUE_ROLES for _, r in cells[first_label:]):
            start = cells[first_label][0]
            view = views[start]
            collected = [role for _, r in cells[first_label:] for role in r]
            cells = cells[first_label:]
        flat_labels = {k: label_word(line_of(views, j).text) for k, (j, r) in enumerate(cells) if set(r) == {"label"}}
        last_value = max((k for k, (_, r) in enumerate(cells) if set(r) & VALUE_ROLES), default=-1)
        flat_text_after = any(k > last_value for k in flat_labels)
        end = numbering_end(views, end, len(cells))
        if "year" in collected and "allocation" not in collected:
            collected = [r for r in collected if r != "year"]  # a year column is read in budget tables only
        value_roles = {r for r in collected if r in VALUE_ROLES} - {"year", "other"}
        indicator_named = any(names_indikator_word(line_of(views, k).text.lower()) for k in range(start, end + 1))
        if len(value_roles) < 2 and not (value_roles == {"target"} and indicator_named):
            return None  # one value word alone is too weak, unless 'Indikator ... Target' (a PK list)
    resolved = resolve_roles(["other" if r == "period" else r for r in collected])
    if not resolved:
        return None
    header = Header(roles=resolved, first_line=view.line.number, last_line=line_of(views, end).number,
                    first_row_opening=opening,
                    text_after=any(has_text_after(line_of(views, k).text) for k in range(start, end + 1))
                    or complete and any(closes_on_remark(line_of(views, k).text) for k in range(start + 1, end + 1)),
                    flattened=not complete and end > start,
                    name_after=complete and start == end and names_after_values(line_of(views, start).text),
                    satuan=names_satuan(views, start, end),
                    names_year_column=any(YEAR_COLUMN_WORD_RE.search(line_of(views, k).text)
                                          for k in range(start, end + 1)),
                    measure=next((found for k in range(start, end + 1)
                                  if (found := repeated_measure(line_of(views, k).text))), ""),
                    year_group_unfolded=unfolded or any(unfold_year_group(text) != text for text in (
                        line_of(views, k).text for k in range(start, end + 1))))
    # the label words may stand on the line above the value words ('No | Sasaran Strategis | Indikator Kinerja'
    # over 'Target | Realisasi | Capaian', as a scan splits a two-storey header)
    # (a double-spaced export: a blank line between; a header flattened one cell per line under a line of its
    # label columns, 'Sasaran Strategis Indikator Kinerja Satuan' over 'Target', 'Realisasi', ... each alone)
    k_above = prev_nonblank(views, start, 1 if header.flattened else 0)
    above = line_of(views, k_above).text.lower() if k_above is not None else ""
    header_text = " ".join(line_of(views, k).text.lower() for k in range(start, end + 1))
    labels_above = len(above) <= 80 and not any_digit(above)
    header.sasaran_indikator = names_sasaran_and_indicator(header_text) or (
        labels_above and names_sasaran_and_indicator(f"{above} {header_text}"))
    if header.flattened and labels_above and "satuan" in above and names_sasaran_and_indicator(above):
        header.satuan = True
    if header.flattened:
        header.label_cells = flat_labels  # cell order: the k-th of a row's text lines is the k-th label column's
        header.text_cell_after = flat_text_after
    periods_below = start != end and "period" in collected and views[end].delimited
    if view.delimited and (start == end or periods_below or label_words_below(views, start, end)):
        header.cell_roles, header.label_cells = cell_roles_of(view)
        if start > 0 and header.mixed:
            header.label_cells = with_group_line_labels(header, views[start - 1], view)
        if periods_below:  # the group's columns: the cells of the line below that name a period
            for cell in views[end].cells:
                if PERIOD_RE.search(cell.raw):
                    header.cell_roles[cell.index] = "other"
        year_cells = [c.index for c in view.cells if year_cell(c.raw)]
        if year_cells:
            header.cell_roles[year_cells[0]] = "year"
            header.roles.insert(0, "year")
            resolved = header.roles
        if "allocation" in resolved:
            budget_names = {"realisation": "realisation_amount", "achievement": "percent"}
            header.cell_roles = {i: budget_names.get(r, r) for i, r in header.cell_roles.items()}
        header.cells = len(view.cells)
        if view.spaced:
            header.col_starts, labels = column_starts(view)
            if len(header.col_starts) > len(view.cells):  # narrow columns: cells by word group
                header.label_cells, header.cells, header.cell_roles = labels, len(header.col_starts), {}
        if sorted(header.cell_roles.values()) != sorted(resolved):
            # a table that gives a result and its budget ('Target | Realisasi | % | Pagu | Realisasi | %'): each cell
            # its place's role, in order (read alone, the first 'Realisasi' would be an amount, the first '%' a rate)
            aligned = header.mixed and len(header.cell_roles) == len(resolved)
            header.cell_roles = dict(zip(sorted(header.cell_roles), resolved)) if aligned else {}
    elif view.spaced and start != end and not header.flattened:
        stack_columns(header, views, start, end, slack)
    if "allocation" in header.roles and "year" not in header.roles and opens_with_year_column(view.line.text):
        header.roles.insert(0, "year")  # a scan lost the borders: 'No Tahun Pagu Realisasi' is one cell
    return header, end


def label_words_below(views: Sequence[LineView], start: int, end: int) -> bool:
    """Whether a space-aligned header's lower lines only finish its first line's label cells.

    'No  Sasaran  Indikator  Target' over '              Kinerja': a narrow label
    cell wrapped its last word onto the line below. The first line's cells are
    then the header's columns, as in a one-line header; without their offsets a
    wrapped row's pieces would fall into columns by their order on each line
    (a sasaran piece taken for the indicator's). Only when every piece below
    stands inside one label cell of the first line and no line below holds a
    value or a value column's word.
    """
    top = views[start]
    if not top.spaced or len(top.cells) < 3 or top.cells[0].start < 0 or "\t" in line_of(views, start).text:
        return False
    values, _ = cell_roles_of(top)
    starts = [cell.start for cell in top.cells]
    ends = starts[1:] + [starts[-1] + len(top.cells[-1].raw) + 2]
    below = 0
    for k in range(start + 1, end + 1):
        text = line_of(views, k).text
        if not text.strip():
            continue
        if "|" in text or "\t" in text or views[k].values or views[k].codes \
                or resolve_roles(line_roles(text)[0]):
            return False
        for piece in WRAPPED_PIECE_RE.finditer(text):
            cell = next((j for j in range(len(starts)) if starts[j] <= piece.start() < ends[j]), None)
            if cell is None or piece.end() > ends[cell] or cell in values:
                return False
            below += 1
    return below > 0


def stacked_pieces(views: Sequence[LineView], start: int, end: int,
                   slack: int = 0) -> list[list[tuple[int, int, str]]] | None:
    """The pieces of a space-aligned header's lines, grouped into columns by the room they take, or None.

    A piece is a run of words between two spaces or more ('Target', 'Tahun',
    '2022' stacked); pieces of different lines that overlap (by more than
    `slack` characters) stand in one column. Two pieces of one line in one
    column (a wide word below spanning two columns above) leave the columns
    unknown.
    """
    pieces: list[tuple[int, int, int, str]] = []  # (line, first offset, end offset, words)
    for k in range(start, end + 1):
        text = line_of(views, k).text
        if not text.strip() or is_column_numbering(views[k]):
            continue
        if "\t" in text or "|" in text:
            return None
        pieces += [(k, m.start(), m.end(), m.group()) for m in WRAPPED_PIECE_RE.finditer(text)]
    columns: list[list[tuple[int, int, int, str]]] = []
    reach = -1
    for piece in sorted(pieces, key=lambda p: (p[1], p[0])):
        if columns and piece[1] < reach - slack:
            columns[-1].append(piece)
        else:
            columns.append([piece])
        reach = max(reach, piece[2]) if len(columns[-1]) > 1 else piece[2]
    if any(len({k for k, *_ in column}) != len(column) for column in columns):
        return None
    return [[(k, first, words) for k, first, _, words in column] for column in columns]


def stack_columns(header: Header, views: Sequence[LineView], start: int, end: int, slack: int = 0) -> None:
    """Column offsets and cell roles of a space-aligned header whose cells wrap over its lines.

    'Target' / 'Tahun' / '2022' and 'Pagu' / 'Anggaran (Rp)' stacked in their
    columns: each column's words, read top down, name its role as a one-line
    header's cell would. Kept only when two value columns or more are stacked
    and the columns name the header's roles exactly, in order; otherwise the
    rows' values are placed by order, as before.
    """
    columns = stacked_pieces(views, start, end, slack)
    if columns is None or len(columns) < 3:
        return
    names = [" ".join(words for _, _, words in sorted(column)) for column in columns]
    joined = analyse_line(Line(number=views[start].line.number, page=views[start].line.page, text=" | ".join(names)))
    if len(joined.cells) != len(columns):
        return
    cell_roles, labels = cell_roles_of(joined)
    if "allocation" in header.roles:
        budget_names = {"realisation": "realisation_amount", "achievement": "percent"}
        cell_roles = {i: budget_names.get(r, r) for i, r in cell_roles.items()}
    stacked = [cell_roles[i] for i in sorted(cell_roles)]
    if sum(len(columns[i]) > 1 for i in cell_roles) < 2:
        return  # the value words stand on one line: its offsets are no surer than the rows' order
    if stacked != header.roles:
        if not (len(stacked) < len(header.roles) and set(stacked) == set(header.roles)
                and len(set(stacked)) == len(stacked)):
            return
        # read line by line, a word stacked under another column's ('Anggaran (Rp)' under 'Pagu' and under
        # 'Realisasi') counted as a column of its own: the stacked columns are the header's
        header.roles = stacked
    header.col_starts = [min(first for _, first, _ in column) for column in columns]
    if slack:
        column_ends = [max(first + len(words) for _, first, words in column) for column in columns]
        # a text column's words stand left in its cell, its header word centred over them (a row's name opening
        # left of 'Indikator'): the column opens right after the words of the column before it
        for k in labels:
            if k > 0:
                header.col_starts[k] = min(header.col_starts[k], column_ends[k - 1] + 1)
    header.cell_roles, header.label_cells, header.cells = cell_roles, labels, len(columns)


STACK_REACH = 6  # lines above or below a space-aligned header line that its wrapped cells' words may stand on
STACK_SLACK = 1  # characters two neighbouring columns' stacked words may overlap (a layout export rounds offsets)
STACK_PIECE_WORDS = 4  # words of one piece of a wrapped header cell (a longer run is a caption or a row's name)
STACK_YEAR_RE = re.compile(r"\(?(?:19|20)\d\d\)?|\(?(?:%|rp\.?)\)?", re.I)  # '(2019)', '2020', '%', '(Rp)'


def stacks_on_header(views: Sequence[LineView], k: int, area: int, below: bool) -> bool:
    """Whether line `k` may hold words of a space-aligned header's cells wrapped above or below its main line.

    Its pieces are short, it holds no value but years ('2021' over the year's
    columns, '(2024)' under 'Target Akhir Renstra'), and each piece holds a
    header word, a year or unit, or stands over the value columns (from offset
    `area` on: 'Kondisi Awal' over '(2020)'). Below the main line a piece under
    the name columns must be header words only: a row's name may open there,
    its values on the next line ('Persentase jalan' over '1.  70%  75% ...').
    """
    text = line_of(views, k).text
    if "\t" in text or "|" in text or CAPTION_RE.match(text):
        return False
    view = views[k]
    if any(t.kind != "number" or not STACK_YEAR_RE.fullmatch(t.raw.strip()) for t in view.values) or \
            any(not STACK_YEAR_RE.fullmatch(c.strip()) for c in view.codes):
        return False
    for piece in WRAPPED_PIECE_RE.finditer(text):
        words = piece.group()
        if len(words.split()) > STACK_PIECE_WORDS:
            return False
        if STACK_YEAR_RE.fullmatch(words):
            continue
        _, known, total = line_roles(words, False)
        in_values = piece.start() >= area - 3
        if not ((in_values or known == total) if below else (in_values or known)):
            return False
    return True


def stacked_header(views: Sequence[LineView], start: int) -> tuple[list[str], int, int] | None:
    """The roles, first and last line of a space-aligned header whose cells wrap over the lines around its
    fullest line, or None.

    As `pdftotext -layout` prints a header of narrow cells: '2021' over the
    year's columns, 'Kondisi Awal' over '(2020)', 'Target Akhir' / 'Renstra' /
    '(2024)' in one column, and only the line '(2020)  Target  Realisasi'
    names two value columns of a row of six values. Read alone, that line puts
    its two names on the row's last two values (the plan's columns). The lines
    around it that hold short pieces of header words and years join it column
    by column (`stacked_pieces`), each column's words read top down. Taken only
    when the joined header names more value columns than the line alone.
    """
    view = views[start]
    text = line_of(views, start).text
    if not view.spaced or len(view.cells) < 2 or "\t" in text or "|" in text:
        return None
    near = [k for k in (prev_nonblank(views, start, 1), next_nonblank(views, start, 1)) if k is not None]
    if not any(not views[k].values or all(t.kind == "number" for t in views[k].values) for k in near):
        return None  # cheap precheck: no line around it that could hold header words
    _, labels = cell_roles_of(view)
    area = min((cell.start for cell in view.cells if cell.index not in labels and cell.start >= 0), default=-1)
    if area < 0:
        return None
    top = bottom = start
    while (k := prev_nonblank(views, top, 1)) is not None and start - k <= STACK_REACH \
            and stacks_on_header(views, k, area, False) and stacked_pieces(views, k, bottom, STACK_SLACK) is not None:
        top = k
    while (k := next_nonblank(views, bottom, 1)) is not None and k - start <= STACK_REACH \
            and stacks_on_header(views, k, area, True) and stacked_pieces(views, top, k, STACK_SLACK) is not None:
        bottom = k
    if top == bottom:
        return None
    columns = stacked_pieces(views, top, bottom, STACK_SLACK)
    if columns is None:
        return None
    names = [" ".join(words for _, _, words in sorted(column)) for column in columns]
    roles, complete = text_header_score("   ".join(names), True)
    own = [r for r in resolve_roles(list(text_header_score(text, True)[0])) if r in VALUE_ROLES]
    if not complete or len([r for r in resolve_roles(list(roles)) if r in VALUE_ROLES]) <= len(own):
        return None
    return list(roles), top, bottom


# a header line led by the unit of the cell above it: '(%) Realisasi' under 'No Indikator Kinerja Target'
UNIT_LED_RE = re.compile(r"\s*\(\s*(?:rp\.?|%)\s*\)\s+[A-Za-z%]", re.I)


# a piece of a space-aligned line: text between runs of two or more spaces
WRAPPED_PIECE_RE = re.compile(r"\S+(?: \S+)*")


def wrapped_header_roles(views: Sequence[LineView], start: int, nxt: int) -> list[str] | None:
    """The roles of a space-aligned header whose narrow cells wrapped their words onto the line below.

    'Target 2023   Realisasi   Capaian' over '              Triwulan' (as `pdftotext -layout` prints a narrow
    column): the wrapped word goes back into the cell it stands under, 'Realisasi Triwulan', a period group
    whose quarters the next line names; read line by line, 'Realisasi' alone would be a realisation column and
    each row's quarters would be taken for its result. Only when every piece of the lower line stands inside
    one cell of the upper line (one piece a cell), the lower line holds header words only and no value, and the
    joined cells name other columns than the upper line alone. Returns None otherwise.
    """
    top, low = views[start], views[nxt]
    if not top.spaced or low.values or low.codes or len(top.cells) < 3 or top.cells[0].start < 0:
        return None
    _, known, total = line_roles(line_of(views, nxt).text, False)
    if not total or known < total:
        return None  # a word no header uses: the first row's name ('1  Meningkatnya mutu  Persentase ...')
    starts = [cell.start for cell in top.cells]
    ends = starts[1:] + [starts[-1] + len(top.cells[-1].raw) + 2]
    words = [[cell.raw.strip()] for cell in top.cells]
    for piece in WRAPPED_PIECE_RE.finditer(line_of(views, nxt).text):
        k = next((k for k in range(len(starts)) if starts[k] <= piece.start() < ends[k]), None)
        if k is None or piece.end() > ends[k] or len(words[k]) > 1:
            return None
        words[k].append(piece.group())
    if all(len(w) == 1 for w in words):
        return None
    roles, complete = text_header_score("   ".join(" ".join(w) for w in words), True)
    if not complete or list(roles) == list(text_header_score(line_of(views, start).text, True)[0]):
        return None
    return list(roles)


def unit_led_lines(views: Sequence[LineView], collected: list[str], end: int) -> tuple[list[str], int, str]:
    """A header whose cells wrap their unit onto the next line, each line led by the unit of the cell above it.

    'No Indikator Kinerja Target' / '(%) Realisasi' / '(%) Capaian', a blank line between each (a double-spaced
    export): the header goes on while a line opens with such a unit and names value columns; the last may run
    on into the first row ('(%) Capaian 1 Persentase ...'). Returns the header's roles, its last line, and that
    row's opening ('' when none).
    """
    while (k := next_nonblank(views, end, 2)) is not None and UNIT_LED_RE.match(line_of(views, k).text):
        run_on = run_on_header_line(line_of(views, k).text)
        if run_on is not None:
            return with_periods(collected, list(run_on[0])), k, run_on[1]
        more, _ = header_score_at(views, k)
        if not more or views[k].values or holds_amount(views[k]):
            break
        collected, end = with_periods(collected, list(more)), k
    return collected, end, ""


def unit_led_header(views: Sequence[LineView], roles: list[str], start: int) -> tuple[list[str], int, str] | None:
    """`unit_led_lines` for a first line naming one value column only, when the lines led by its unit complete
    the header with a second value column; else None."""
    if VALUE_ROLES.isdisjoint(roles):
        return None  # (told from the roles at hand before the lines below are looked at)
    k = next_nonblank(views, start, 2)
    if k is None or not UNIT_LED_RE.match(line_of(views, k).text):
        return None
    collected, end, opening = unit_led_lines(views, roles, start)
    if end == start or len(set(resolve_roles(collected)) - {"year", "other"}) < 2:
        return None
    return collected, end, opening


# 'Tahun' heading a column of its own ('No | Indikator | Tahun | Target'): no year (or 'Anggaran' and a year) after it
YEAR_COLUMN_WORD_RE = re.compile(r"\b[Tt](?:ahun|AHUN)\b(?![\s.:|]*(?:(?:[Aa]nggaran|ANGGARAN)\s*)?(?:19|20)\d\d)")


def sub_columns_below(views: Sequence[LineView], start: int) -> tuple[Sequence[str], int] | None:
    """The roles of a header whose merged year cell's sub-columns stand alone on the next line, and that line.

    'Capaian 2020 Capaian 2021 Tahun 2022 Capaian 2022' over 'Target Realisasi': the top storey alone names
    only capaian columns (no header by itself), the line below only the merged cell's Target and Realisasi
    (read alone, it would take the last two values of each row). Read together, with the sub-columns under
    their year (`unfold_year_group`), they are one header.
    """
    nxt = next_nonblank(views, start, 2)
    if nxt is None or views[nxt].values:
        return None
    below = line_of(views, nxt).text
    if len(below) > 80 or not SUB_COLUMNS_RE.fullmatch(" " + " ".join(below.replace("|", " ").split())):
        return None
    text = f"{line_of(views, start).text} {below}"
    if unfold_year_group(text) == text:
        return None  # no merged year cell above: the two lines are read as before
    roles, complete = text_header_score(text, True)
    return (roles, nxt) if roles and complete else None


# A quarter column as a Kemenkeu unit's IKU table prints it ('Q1', 'Smt 1', 's.d.Q3', 'TW IV'), and its lone 'Y'
# (the year's column); under a group word of their own ('Target' over '... Q1 Q2 Smt 1 Q3 s.d.Q3 Q4 Y')
QUARTER_CELL_RE = re.compile(r"(?:s\.?\s?d\.?\s*)?(?:q[1-4]|(?:tw|trw|triwulan|smt|semester)\s*[-.]?\s*(?:iv|iii|ii|i|[1-4]))\b"
                             r"|y\b", re.I)
QUARTER_RUN_RE = re.compile(rf"(?:\s+(?:{QUARTER_CELL_RE.pattern}))+\s*$", re.I)
QUARTER_WORD_RE = re.compile(r"\bq[1-4]\b|(?<!\w)y$", re.I)
QUARTER_GROUPS = frozenset({"target", "realisation", "achievement"})


def quarter_groups_below(views: Sequence[LineView], start: int) -> tuple[list[str], int] | None:
    """The roles of a group line ('Target', 'Target Realisasi') over its quarter columns, and the line below.

    'Target' over 'Sasaran Strategis Indikator Kinerja Utama Q1 Q2 Smt 1 Q3 s.d.Q3 Q4 Y': the lower line names
    the label columns and, under each group word, one run of periods; the run's 'Y' is the year's value (its
    'Q4' when no 'Y' is printed), each other period a column of no role. Read alone, neither line is a header
    and an indicator's line was taken for one. Only lines naming a 'Qn' or a closing 'Y' are read so.
    """
    text = line_of(views, start).text
    if len(text.split()) > 4:
        return None  # cheap precheck: a group line holds its group words alone
    groups = [r for r in line_roles(text)[0] if r != "label"]
    if not groups or len(groups) > 3 or any(r not in QUARTER_GROUPS for r in groups):
        return None
    nxt = next_nonblank(views, start, 1)
    if nxt is None or views[nxt].values or views[nxt].codes:
        return None
    below = " ".join(line_of(views, nxt).text.replace("|", " ").split())
    run = QUARTER_RUN_RE.search(" " + below)
    if run is None or not QUARTER_WORD_RE.search(run.group().strip()):
        return None
    cells = [m.group() for m in QUARTER_CELL_RE.finditer(run.group()) if m.group().strip()]
    width = len(cells) // len(groups)
    if width < 3 or width * len(groups) != len(cells) or any(
            cells[k:k + width] != cells[:width] for k in range(0, len(cells), width)):
        return None
    names = [c.lower().replace(" ", "") for c in cells[:width]]
    year = names.index("y") if "y" in names else names.index("q4") if "q4" in names else -1
    if year < 0:
        return None
    labels, _, _ = line_roles(below[:max(run.start() - 1, 0)])
    if any(r != "label" for r in labels) or not names_indicator(below.lower()):
        return None
    roles = list(labels)
    for group in groups:
        roles += [group if k == year else "other" for k in range(width)]
    return roles, nxt


# A header line holding only column words and years: the rest of a header that names each column's year,
# wrapped over several lines ('Target' / '2020' / 'Realisasi' / '2019 Realisasi 2020' / 'Capaian 2020(%)')
YEAR_WRAP_LINE_RE = re.compile(r"\s*(?:(?:target|realisasi|capaian|kinerja|tahun|th\.?|\(%\)|%|(?:19|20)\d\d)\s*)+",
                               re.I)
YEAR_WRAP_LINES = 8
# A header line whose last cell's year wrapped onto the next line ('Target Realisasi Tahun' / '2019' / ...)
YEAR_WORD_END_RE = re.compile(r"\b(?:tahun|th\.?)\s*$", re.I)


def wrapped_year_lines(views: Sequence[LineView], start: int, end: int) -> tuple[list[str], int, str] | None:
    """The roles and last line of a header whose column words and years wrap over the lines after `end`, and the
    first row's opening run onto that last line ('' when none).

    A page read without its layout prints 'No Indikator Satuan Target 2019 Target' and then the rest of the
    header a word or two a line ('2020', 'Realisasi', '2019 Realisasi 2020', 'Capaian 2019(%)'); read as
    it stands, the header ends on its first line with two Target columns, and each row's six values are
    read against them. Lines of nothing but column words and years, with a year among them, continue the
    header while the header names years; the whole is read as one line. The last of them may run on into
    the first row ('Capaian 2020(%) 01.01 Hasil Indeks'): its column words close the header, the rest opens
    the first row (`header_row_split`).
    """
    last = line_of(views, end).text
    if not any_digit(last) and not YEAR_WORD_END_RE.search(last):
        return None  # cheap precheck: a header naming its columns' years has one on its last line, or its last
        # cell's 'Tahun' waits for its year on the next line
    k = end
    texts = [line_of(views, j).text for j in range(start, end + 1)]
    opening = ""
    taken = 0  # the header's lines after `end`, blank lines not counted (a page may set one between each)
    while True:
        nxt = next_nonblank(views, k, 1)
        if nxt is None or taken >= YEAR_WRAP_LINES:
            break
        text = line_of(views, nxt).text
        if not YEAR_WRAP_LINE_RE.fullmatch(text):
            at = header_row_split(text) if k > end else None
            if at is not None:
                texts.append(text[:at])
                opening = text[at:].strip()
                k = nxt
            break
        texts.append(text)
        k = nxt
        taken += 1
    if k == end or not YEAR_RE.search(" ".join(texts[end - start + 1:])):
        return None
    roles, complete = text_header_score(" ".join(texts), True)
    if opening and len(roles) <= len(text_header_score(" ".join(texts[:-1]), True)[0]):
        return None  # the words before the row opening name no column of their own: no header's end
    return (list(roles), k, opening) if roles and complete else None


# a header cell's year wrapped onto a line of its own: 'Th 2019', 'Tahun 2019', '(2019)'
WRAPPED_YEAR_RE = re.compile(r"(?:(?:th|tahun)\.?\s*)?\(?(?:19|20)\d\d\)?", re.I)
# A row's opening after a header's last words: its number or code ('1', '1.', '01.01') and a capitalised name
# with no value in it (a value would make the rest a row of its own, not the opening of one)
ROW_OPENING_RE = re.compile(r"\s(?:\d{1,2}(?:\.\d{1,3})*\.?|[IVX]{1,4}\.)\s+[A-Z][a-z][^\d]*$")
# The header words such a last line may open with: value columns, their years and signs, and a Keterangan
RUN_ON_HEAD_RE = re.compile(r"\s*(?:(?:target|realisasi|capaian|kinerja|indikator|tahun|th\.?|ket(?:erangan)?|\((?:%|rp)\)|%|"
                            r"(?:19|20)\d\d)\s*)+", re.I)


def run_on_header_line(text: str) -> tuple[Sequence[str], str] | None:
    """The value roles of a header line's words before the first row's opening run onto it, and that opening.

    None unless the line is header words naming a value column followed by a row's number and name
    (`header_row_split`).
    """
    if not any_digit(text):
        return None  # cheap precheck: a row's opening carries its number
    at = header_row_split(text)
    if at is None:
        return None
    roles, _ = text_header_score(text[:at], False)
    if not set(roles) & VALUE_ROLES:
        return None
    return roles, text[at:].strip()


# a first row's number and the capital of its name after a one-line header's words: ' 1 Persentase', ' 1. APBD',
# ' I Pendapatan'
HEADER_RUNS_INTO_ROW_RE = re.compile(r"\s(?:\d{1,2}\.?\s+(?=[A-Z][A-Za-z])|[IVX]{1,4}\.?\s+(?=[A-Z][a-z]))")
# a digit in a header's words that is no year: a caption's number ('Tabel 3.2') or a page number before it
NOT_YEAR_DIGIT_RE = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")


def header_runs_into_row(text: str) -> int | None:
    """Where the first row opens on a one-line header that runs on into it ('No Indikator Target Realisasi
    Capaian 1 Persentase ... 90 92 102,22'), or None.

    A text export that joins a table's lines (as document sites print a report's text) may set the whole
    header and the first row, its values too, on one line: neither a header nor a row then. The line is
    such a header when the words before a row number and a capitalised name alone make a complete header
    (two value columns or more, three columns in all); the row opens at the number. The first such number
    splits it (a header's own words hold no row number, and no digit but a year's).
    """
    if len(text) > 600:
        return None
    for m in HEADER_RUNS_INTO_ROW_RE.finditer(text):
        head = without_column_numbers(text[:m.start()])
        if len(head.split()) < 3:
            continue
        if NOT_YEAR_DIGIT_RE.search(head):
            head = head[caption_end(head):] if len(text) < PAGE_LINE_CHARS else head
            if NOT_YEAR_DIGIT_RE.search(head):
                return None  # a page's number, or a caption, before the header of a page printed on one line
                # (`long_lines` reads it)
        roles, complete = text_header_score(head, False)
        if complete and len(roles) >= 3 and set(roles) & VALUE_ROLES:
            return m.start() + 1
        return None  # the first row number decides: later ones stand inside the rows
    return None


# (a line this long with a caption before its header is a page printed on one line, which `long_lines` reads)
PAGE_LINE_CHARS = MIN_CHARS
# a table's caption opening a line: 'Tabel 3.2', 'TABEL 2.10.', then its title's words
CAPTION_OPENING_RE = re.compile(r"\W*tabel\s+\d{1,2}(?:\s?[.\-]\s?\d{1,2}){0,3}\.?\s+", re.I)
# the words a header's first column opens on, after a caption's title: 'No', 'Indikator Kinerja', 'Sasaran'
FIRST_COLUMN_RE = re.compile(r"\b(?:no\.?|nomor|sasaran|indikator|uraian|program|kegiatan)(?=\s)", re.I)


def caption_end(head: str) -> int:
    """Where a one-line header opens after a caption on its line ('Tabel 3.2 Capaian Kinerja No Indikator ...'),
    else 0.

    A text export that joins a table's lines may set the caption, the header and the first row on one line;
    the caption's number is then no header's digit, and its title's words ('Capaian Kinerja') no columns. The
    header opens at the first column word after the caption number from which the rest is a complete header
    (three columns or more, one of them a value's); a 'No' first, since the row number's column opens a header
    and a title may hold column words ('Capaian Kinerja Sasaran No Indikator ...').
    """
    opening = CAPTION_OPENING_RE.match(head)
    if opening is None:
        return 0
    words = list(FIRST_COLUMN_RE.finditer(head, opening.end()))
    for word in sorted(words, key=lambda w: not w.group(0).lower().startswith("no")):
        roles, complete = text_header_score(head[word.start():], False)
        if complete and len(roles) >= 3 and set(roles) & VALUE_ROLES:
            return word.start()
    return 0


# the numbers of a header's columns at its end ('... Capaian 1 2 3 4 5', '(1) (2) (3) (4)'), as a line of their own
# under the header that a text export ran on
COLUMN_NUMBERS_END_RE = re.compile(r"(?:\s+\(?\d{1,2}\)?){3,}\s*$")


def without_column_numbers(head: str) -> str:
    """A one-line header's words without the column numbers that close it ('... Capaian Kinerja 1 2 3 4 5').

    The row of column numbers under a header counts 1, 2, 3 ... up; run onto the header line (with the first
    row after it) it is no caption's or page's number, and the header is read from its words alone.
    """
    m = COLUMN_NUMBERS_END_RE.search(head)
    if m is None:
        return head
    numbers = [int(n) for n in re.findall(r"\d+", m.group(0))]
    return head[:m.start()] if numbers == list(range(1, len(numbers) + 1)) else head


def header_row_split(text: str) -> int | None:
    """Where the first row opens on a header's last line that runs on into it, or None.

    Text pulled from a PDF without its layout may join the header's last cell and the first row's number and
    name ('Capaian 2020(%) 01.01 Hasil Indeks Kepuasan'): the line is then neither header words alone nor a
    row, and the header ends a line early (or takes the row's first words for its own). Only column words and
    years before a row number and a capitalised name are read as the header's end; the row opens at the number.
    """
    m = ROW_OPENING_RE.search(text)
    if m is None:
        return None
    head = text[:m.start()]
    # ('Indikator' alone is a label column's word: only beside a value column's, 'Realisasi Indikator Th 2019')
    named = INDIKATOR_WORD_RE.sub("", head)
    return m.start() + 1 if any(ch.isalpha() for ch in named) and RUN_ON_HEAD_RE.fullmatch(head) else None


INDIKATOR_WORD_RE = re.compile(r"\bindikator\b", re.I)


def with_group_line_labels(header: Header, above: LineView, view: LineView) -> dict[int, str]:
    """The header's label cells, with those named only on the group line above it.

    '| No | Sasaran | Anggaran | | | Indikator | Kinerja | | |' over '| | | Pagu | Realisasi | % | | Target | ...': the
    value words stand on the second line, the label words of the columns spanning both lines on the first. Only
    cells blank on the header line take the label above, and only from a line of as many cells holding no value.
    """
    if not above.delimited or above.values or len(above.cells) != len(view.cells):
        return header.label_cells
    labels = dict(header.label_cells)
    for cell, below in zip(above.cells, view.cells):
        if below.raw.strip() or cell.index in header.cell_roles or cell.index in labels:
            continue
        words = [w for w, r in header_words(cell.raw) if r == "label"]
        if words:
            labels[cell.index] = words[0]
    return labels


# 'Tahun' (or 'Tahun Anggaran', 'TA') as a header's first column, after an optional 'No': the per-year
# budget table's year column; a digit after it ('Tahun 2024') makes it a caption's year instead
YEAR_COLUMN_FIRST_RE = re.compile(r"\W*(?:no\.?\W+)?(?:tahun|t\.?\s?a\.?)(?:\s+anggaran)?\b(?![\s|:.]*\d)", re.I)


def opens_with_year_column(text: str) -> bool:
    """Whether a budget header whose cells a scan ran together ('No Tahun Pagu Realisasi') opens on the year column.

    Delimited headers name the column by its cell (`year_cell`); once the
    borders are lost the header is one cell, and only its first words say
    that each row is one year's pagu and realisasi.
    """
    return YEAR_COLUMN_FIRST_RE.match(text) is not None


def read_header_once(views: Sequence[LineView], start: int) -> tuple[Header, int] | None:
    """`read_header(views, start)`, read once per document for views that keep what was read (`LineViews`).

    Callers that only ask whether a header starts there share the answer with
    the one that takes the header; the `Header` may have been filled in since
    (a plan table's years), so only the first taker may rely on it as read.
    """
    memo = getattr(views, "headers_read", None)
    if memo is None:
        return read_header(views, start)
    if start in memo:
        return memo[start]
    found = memo[start] = read_header(views, start)
    return found


def label_word(text: str) -> str:
    """The first label word of a header cell ('Sasaran Kegiatan' -> 'sasaran')."""
    return next((w for w, r in header_words(text, fuzzy=False) if r == "label"), "")


def numbering_end(views: Sequence[LineView], end: int, columns: int) -> int:
    """The last line of column numbers flattened one per line under a flattened header ('1', '2', ... '5'), or `end`.

    Three or more lines right under each other, each a lone whole number, rising
    from 1 and none beyond the header's column count (a column left empty skips
    its number); the row number after them ('1' again, or '7') is the first row's.
    """
    first = next_nonblank(views, end, 2)
    if first is None:
        return end
    last, expected_above = end, 0
    k = first
    while k < len(views):
        text = line_of(views, k).text.strip()
        if not (text.isascii() and text.isdigit()) or len(text) > 2:  # not '²', which isdigit() admits
            break
        number = int(text)
        if number <= expected_above or number > columns or (k == first and number != 1):
            break
        last, expected_above = k, number
        k += 1
    return last if last - first >= 2 else end


UNIT_CELL_RE = re.compile(r"^\s*\(\s*(?:rp\.?|%)\s*\)\s*$", re.I)  # a column's unit alone on its line
YEAR_CELLS = frozenset({"tahun", "tahun anggaran", "ta", "t.a", "t.a."})


def year_cell(text: str) -> bool:
    """A header cell naming the year column: 'Tahun', and 'Tahun Anggaran' / 'TA', whose 'Anggaran' names no pagu."""
    return len(text) <= 20 and " ".join(text.lower().split()).strip(" |:") in YEAR_CELLS


def flattened_cell_roles(views: Sequence[LineView], i: int) -> list[str]:
    """The role of one cell of a flattened header that the line scoring does not give.

    A cell alone on its line says more than a line of a header does: 'Tahun' is
    the year column; a value word with its qualifiers ('Realisasi Sampai Dengan
    31 Desember 2022') names its column; a short cell may have a value word
    OCR damaged ('Capaia n'), read fuzzily as on a whole header line.
    """
    text = line_of(views, i).text.strip().lower()
    if text == "tahun":
        return ["year"]
    words = WORD_RE.findall(text)
    if not words:
        return []
    if len(words) <= 2:
        roles, _ = header_score_at(views, i, fuzzy=True)
        return [r for r in roles if r in VALUE_ROLES]
    role = ROLE_WORDS.get(words[0])
    if role in VALUE_ROLES and role not in ("other", "year") and \
            all(header_number(t) for t in views[i].values):
        return [role]
    return []


HEADER_CHUNK_RE = re.compile(r"\S+(?: \S+)*")  # header words apart by two spaces or more


def column_starts(view: LineView) -> tuple[list[int], dict[int, str]]:
    """Column offsets of a space-aligned header line, and the label word of each text column.

    Cells are cut at runs of three spaces; a cell holding value-column words two spaces
    apart ('Realisasi  Realisasi   Target  Realisasi  Capaian' over narrow columns), or a
    row-number word two spaces before the next column's ('No  Indikator Kinerja'), is one
    column per word group.
    """
    starts: list[int] = []
    labels: dict[int, str] = {}
    text = view.line.text
    for cell in view.cells:
        groups = list(HEADER_CHUNK_RE.finditer(cell.raw)) if "  " in cell.raw else []
        offset = text.find(cell.raw, cell.start) if groups and cell.start >= 0 else -1
        if len(groups) > 1 and offset >= 0 and (
                groups[0].group().lower().rstrip(".") in ("no", "nomor")
                or any(resolve_roles(line_roles(g.group())[0]) for g in groups)):
            parts = [(offset + g.start(), g.group()) for g in groups]
        else:
            parts = [(cell.start, cell.raw)]
        for start, raw in parts:
            words = [w for w, r in header_words(raw) if r == "label"]
            if words and not resolve_roles(line_roles(raw)[0]):
                labels[len(starts)] = words[0]
            starts.append(start)
    return starts, labels


PERIOD_NUMBERS = ("I", "II", "III", "IV")


def period_numbers(text: str) -> list[str]:
    """The quarters numbered alone under a period group ('Target Triwulan' over 'I  II  III  IV'), one column each.

    Roman numerals in their order, from I; the group's header word says they are periods (a
    column-numbering line '1 2 3 4' counts every column, not the quarters).
    """
    words = text.replace("|", " ").split()
    if not 2 <= len(words) <= len(PERIOD_NUMBERS) or tuple(words) != PERIOD_NUMBERS[:len(words)]:
        return []
    return ["other"] * len(words)


YEAR_QUARTER_CELL_RE = re.compile(r"(?:19|20)\d\d|(?:tw|trw|triwulan)\s*[-.]?\s*(?:iv|iii|ii|i|[1-4])", re.I)


def year_quarter_storey(text: str) -> list[str] | None:
    """The quarter columns of a header's lower storey that holds only years and quarters, else None.

    'Target | Realisasi Triwulan | Realisasi | Capaian' over '2019 | TW I ... TW IV | 2019 | 2019': the
    years qualify the columns above (the values of which year they hold) and the quarters number the
    period group; read as a first row of values, the rows under it were never reached. Both a year and a
    quarter must stand there: a line of years alone is read by `year_line_below`.
    """
    if "tw" not in text.lower() and "tri" not in text.lower():
        return None  # cheap precheck
    cells = YEAR_QUARTER_CELL_RE.findall(text)
    if YEAR_QUARTER_CELL_RE.sub("", text).strip(" \t|") or not cells:
        return None
    quarters = [c for c in cells if not c[0].isdigit()]
    if not quarters or len(quarters) == len(cells):
        return None
    return ["other"] * len(quarters)


def with_periods(collected: list[str], below: list[str]) -> list[str]:
    """Header roles of two lines: period columns numbered on the line below ('TW I ... TW IV'
    under 'Realisasi Triwulan') stand where their group stands, split evenly between groups."""
    groups = collected.count("period")
    if not groups or any(r != "other" for r in below) or len(below) % groups:
        return collected + below
    width = len(below) // groups
    out: list[str] = []
    for role in collected:
        out += ["other"] * width if role == "period" else [role]
    return out


UNITS_LINE_RE = re.compile(r"\s*(?:\(\s*(?:rp\.?|%)\s*\)\s*){2,}$", re.I)  # '(%) (%) (%)', '(Rp) (Rp) (%)'


def units_line_end(views: Sequence[LineView], end: int) -> int:
    """The line of the value columns' units under a header ('(%) (%) (%)'), if one follows it, else `end`.

    It is the header's: read as the first row's text, it opened that row's name.
    """
    nxt = next_nonblank(views, end, 1)
    if nxt is not None and UNITS_LINE_RE.match(line_of(views, nxt).text):
        return nxt
    return end


# The words of a remark column, printed after the values: 'Keterangan', 'Kesimpulan', 'Kategori'
REMARK_WORDS = frozenset({"keterangan", "ket", "kesimpulan", "kategori"})


def is_remark_cell(text: str) -> bool:
    """Whether a line is a remark column's title alone ('Kategori', 'Keterangan'), as a flattened header prints it."""
    return text.strip().lower().strip(".: ") in REMARK_WORDS


def closes_on_remark(text: str) -> bool:
    """Whether the label line under a line of value words ends on a remark column's word.

    A two-storey header ('Target Realisasi Capaian' over 'No. Indikator Kinerja
    Kesimpulan', the label cells centred between the value words and their
    '(%)') prints its Kesimpulan apart from the values; it still follows them,
    and the rows' verdicts ('... 94,35 Berhasil') are its cells. Only a line
    without value words counts: its words are the label cells'.
    """
    words = [w for w, _ in header_words(text, fuzzy=False)]
    roles = [r for _, r in header_words(text, fuzzy=False)]
    return bool(words) and words[-1].lower().strip(".:") in REMARK_WORDS and not set(roles) & VALUE_ROLES


@lru_cache(maxsize=4096)  # (a header line's text: read again wherever the same header is printed)
def has_text_after(text: str) -> bool:
    """Whether words other than value columns follow the last value column of a header line."""
    words = header_words(text)
    last = max((i for i, (_, r) in enumerate(words) if r in VALUE_ROLES and r != "other"), default=None)
    if last is None:
        return False
    return any(len(w) > 2 and r not in VALUE_ROLES for w, r in words[last + 1:])


NAME_LABELS = frozenset({"program", "kegiatan", "uraian", "output"})  # words of a budget row's name column


@lru_cache(maxsize=4096)
def names_after_values(text: str) -> bool:
    """Whether a one-line header prints the name column after the value columns ('No | Pagu | Realisasi | % | Program').

    Such a table's rows read '1 2.000.000.000 1.900.000.000 95,00 Program X':
    the words after the values are the row's name, not a remark. Only when no
    name column stands before the values.
    """
    words = header_words(text, fuzzy=False)
    at = [i for i, (_, r) in enumerate(words) if r in VALUE_ROLES and r != "other"]
    if not at:
        return False
    return not any(w in NAME_LABELS for w, _ in words[:at[0]]) and any(w in NAME_LABELS for w, _ in words[at[-1] + 1:])


def next_nonblank(views: Sequence[LineView], i: int, max_blank: int) -> int | None:
    """Index of the next non-blank line after i, within max_blank blank lines."""
    blanks = 0
    j = i + 1
    n = len(views)
    while j < n:
        if line_of(views, j).text.strip():  # not blank
            return j
        blanks += 1
        if blanks > max_blank:
            return None
        j += 1
    return None


# A header word or a year, in reading order ('Target 2021', 'Realisasi Tahun 2020', 'Capaian 2021 (%)').
WORD_OR_YEAR_RE = re.compile(r"[a-z]+|(?<!\d)(?:19|20)\d{2}(?!\d)")
YEARED_ROLES = ("target", "realisation", "achievement")


def column_years(text: str) -> list[tuple[str, int | None]] | None:
    """The performance columns a header's text names, each with the year written after its word.

    'Realisasi 2020 | Target 2021 | Realisasi 2021 | Capaian' gives realisation 2020,
    target 2021, realisation 2021, achievement None. None when the words do not say
    which column a year belongs to (two years after one word: 'Realisasi' over
    '2019 2020 2021'), or the header names a pagu (a budget table's years are rows).
    """
    columns: list[tuple[str, int | None]] = []
    year_seen = False  # a year since the last column word
    for match in WORD_OR_YEAR_RE.finditer(unfold_year_group(text).lower()):
        word = match.group()
        if word[0].isdigit():
            if not columns or year_seen:
                if columns:
                    return None
                continue  # a year before any column word: the title's ('Tahun 2021 | Target | ...')
            role, _ = columns[-1]
            columns[-1] = (role, int(word))
            year_seen = True
            continue
        role = ROLE_WORDS.get(word) or word_role(word, loose=False)
        if role == "allocation":
            return None
        if role in YEARED_ROLES:
            columns.append((role, None))
            year_seen = False
    return columns


def keep_report_year_columns(header: Header, views: Sequence[LineView], start: int, end: int,
                             report_year: int | None) -> None:
    """Read a multi-year comparison header's columns of other years as 'other' (`header` changed in place).

    A table comparing years ('Target 2020 | Target 2021 | Realisasi 2020 |
    Realisasi 2021', 'Target 2021 | Realisasi 2021 | Realisasi 2020 | Capaian')
    states the report year's target and realisasi in the columns that name
    that year; the other years' columns are comparisons, not this year's
    values. Only applied when the header's words, read with their years, give
    the columns the header was read as (so each year is tied to its column),
    with a realisasi column among them, and either the columns name two years
    or more, one of them the report year, or the target and realisasi
    columns name no year and the others only years not the report's
    ('Target | Realisasi | Capaian | Realisasi 2021 | Capaian 2021' in 2022).
    """
    if report_year is None or header.target_years or "allocation" in header.roles:
        return
    text = " ".join(line_of(views, k).text for k in range(start, end + 1))
    below = year_line_below(views, end)
    if not below and not any_digit(text):
        return  # cheap precheck: most headers name no year
    columns = column_years(text)
    if not columns or not any(role == "realisation" for role, _ in columns):
        return
    if len(below) == len(columns) and all(year is None for _, year in columns):
        columns = [(role, year) for (role, _), year in zip(columns, below)]  # one year under each column word
    years = {year for _, year in columns if year is not None}
    untagged = {role for role, year in columns if year is None}
    if not (len(years) >= 2 and report_year in years
            or years and report_year not in years and {"target", "realisation"} <= untagged):
        return  # with the year's pair unnamed, columns of other years are the comparison ('... | Realisasi 2021')
    if resolve_roles([role for role, _ in columns]) != header.roles:
        return  # the header was read with columns the words alone do not give: years cannot be placed
    marked = [role if year in (None, report_year) else "other" for role, year in columns]
    header.roles = resolve_roles(marked)
    if header.cell_roles:
        cells = {c.index: c.raw for c in views[start].cells}
        for index, role in list(header.cell_roles.items()):
            found = column_years(cells.get(index, ""))
            if found and len(found) == 1 and found[0][1] not in (None, report_year):
                header.cell_roles[index] = "other"
        if sorted(header.cell_roles.values()) != sorted(header.roles):
            header.cell_roles = {}


YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def prev_nonblank(views: Sequence[LineView], i: int, max_blank: int) -> int | None:
    """Index of the nearest non-blank line before i, within max_blank blank lines (see `next_nonblank`)."""
    j = i - 1
    while j >= 0 and j >= i - 1 - max_blank:
        if line_of(views, j).text.strip():
            return j
        j -= 1
    return None


def years_only(view: LineView) -> bool:
    """A line holding two years or more and nothing else but labels ('Uraian | 2022 | 2023'): merged header cells."""
    values = view.values
    return len(values) >= 2 and all(t.kind == "number" and YEAR_RE.fullmatch(t.raw.strip()) for t in values)


def group_years(text: str) -> list[int]:
    """The years a text names, each repeat in a row once ('Pagu 2022 | Realisasi 2022 | Pagu 2023': 2022, 2023)."""
    years: list[int] = []
    for match in YEAR_RE.finditer(text):
        if not years or years[-1] != int(match.group()):
            years.append(int(match.group()))
    return years


def names_years(view: LineView) -> bool:
    """A short line naming two years or more with no other value ('No Program Tahun 2022 Tahun 2023').

    A scan's merged year cells over a per-year header: 'Tahun 2022' reads as
    words, so `years_only` does not see them as values.
    """
    text = view.line.text
    if len(text) > 120 or view.values or any(not YEAR_RE.fullmatch(t.raw.strip()) for t in view.inner_values):
        return False
    return len(set(YEAR_RE.findall(text))) >= 2


def year_line_above_words(views: Sequence[LineView], start: int, words: int = 2) -> int | None:
    """The line naming the groups' years over a header's role words, also with header word lines between, or None.

    A two-storey header flattened row by row prints the merged year cells with the
    top storey's label words ('Indikator Tahun 2022 Tahun 2023'), then the wrapped
    rest of those labels ('Sasaran Kinerja'), and only then the role words of each
    year's group. Up to `words` such lines (no value, short, no sentence) may stand
    between the years and the role words; a blank line between them is skipped.
    """
    k = start
    for _ in range(words + 1):
        k = prev_nonblank(views, k, 1)
        if k is None:
            return None
        view = views[k]
        if names_years(view) or years_only(view):
            return k
        text = view.line.text.strip()
        if view.values or len(text) > 80 or text.endswith(".") or YEAR_RE.search(text):
            return None  # a row's values, a sentence or a caption: no header's wrapped labels
    return None


def keep_report_year_measure_groups(header: Header, views: Sequence[LineView], start: int, end: int,
                                    report_year: int | None) -> None:
    """Read all but one year's group of a performance header that repeats its columns per year as 'other' (in place).

    'Tahun 2022' over 'Target | Realisasi | Capaian', then 'Tahun 2023' over the same
    three: the years stand on the line above the column words (or among them), one per
    group. Resolved by words alone, the second group's target and realisasi read as a
    later target and an earlier realisasi, and a row's values would be mapped across the
    years. The report year's group keeps its roles; without the report's year among them,
    the latest year's (a report compares its year with the years gone by). Only when the
    words split into two groups or more of one width, each the same roles in the same
    order, and the header names exactly one year per group. The words may be short ('2022 | 2023'
    over 'T R C T R C', `abbreviated_groups`); such letters under no years name no year's
    columns, so none of them is read, nor are groups spelled out under no years ('Target Realisasi
    Capaian Target Realisasi Capaian', or 'Kinerja | Keuangan' over them): a row would take one
    group's target and the other's realisasi.
    """
    if "allocation" in header.roles or header.target_years:
        return
    raw = [r for k in range(start, end + 1) for r in line_roles(line_of(views, k).text)[0]
           if r in VALUE_ROLES]
    if len(raw) < 4 or raw[0] not in ("target", "realisation"):
        return
    width = raw.index(raw[0], 1) if raw[0] in raw[1:] else 0
    if width < 2 or len(raw) % width or any(raw[k:k + width] != raw[:width] for k in range(0, len(raw), width)):
        return
    groups = len(raw) // width
    years = group_years(" ".join(line_of(views, k).text for k in range(start, end + 1)))
    above = None if years else year_line_above_words(views, start)
    if above is not None:
        years = group_years(line_of(views, above).text)  # 'No Indikator Tahun 2022 Tahun 2023' over the words
    if len(years) != groups or len(set(years)) != groups:
        if not years and "realisation" in raw[:width]:
            # 'T R C T R C' or 'Target Realisasi Capaian Target Realisasi Capaian' under no years: whose is which?
            header.roles, header.cell_roles = ["other"] * len(raw), {}
        return
    kept = report_year if report_year in years else max(years)
    group = resolve_roles(raw[:width])
    header.roles = [role if year == kept else "other" for year in years for role in group]
    header.cell_roles = {}


def keep_report_year_budget_columns(header: Header, views: Sequence[LineView], start: int, end: int,
                                    report_year: int | None) -> None:
    """Read all but one year's columns of a budget header that prints one group per year as 'other' (in place).

    A comparison of budgets ('Pagu 2022 | Realisasi 2022 | % | Pagu 2023 |
    Realisasi 2023 | %', or the years on a line above the column words,
    'Tahun 2022 Tahun 2023' in a scan, or under them, one a column)
    repeats its Pagu / Realisasi / % columns once per year: a row's first pagu
    and the last realisasi are of different years, so read together they make
    a row no report prints. One group keeps the first group's roles (the words
    of a second group resolve to other roles): the report year's; where the
    report names no year, or none of the header's (its year misread, or taken
    from the signing date), the latest year's, since a report compares its year
    with the years before it, never with later ones (a group with a realisasi
    column is of a year gone by; a plan's pagu alone may be of years to come,
    so those need the report's year). The kept group's year is the rows'
    fiscal year, so a row of another year than the report's says so. Only
    when the header splits into groups of the first one's width, each opening
    on a pagu, and names exactly one year per group.
    """
    roles = header.roles
    if roles.count("allocation") < 2 or roles[0] != "allocation":
        return
    width = roles.index("allocation", 1)  # the first year's columns; the later groups' words read as others
    if len(roles) % width or any(roles[k] != "allocation" for k in range(0, len(roles), width)):
        return
    groups = [roles[:width]] * (len(roles) // width)
    above = prev_nonblank(views, start, 2)  # a double-spaced export puts a blank line between
    first = above if above is not None and years_only(views[above]) else start  # '| 2022 | 2023 |' above the words
    years = group_years(" ".join(line_of(views, k).text for k in range(first, end + 1)))
    if not years and above is not None and names_years(views[above]):
        years = group_years(line_of(views, above).text)  # 'No Program Tahun 2022 Tahun 2023' over the words
    elif not years and end + 1 < len(views) and years_only(views[end + 1]):
        years = group_years(line_of(views, end + 1).text)  # under them, one a column: '2022 2022 2022 2023 ...'
    if len(years) != len(groups) or len(set(years)) != len(years):
        return
    if report_year not in years and not any(role.startswith("realisation") for role in groups[0]):
        return  # 'Pagu 2024 | Pagu 2025 | ...' of a plan: its latest year may be one still to come
    kept = report_year if report_year in years else max(years)
    header.roles = [role if year == kept else "other"
                    for group, year in zip(groups, years) for role in group]
    header.cell_roles = {}
    header.group_year = kept


def year_line_below(views: Sequence[LineView], end: int, labelled: bool = False) -> list[int]:
    """The years of the line right under a header when it holds years only ('2022   2022   2021'), else [].

    `labelled` also takes the header's lower storey that labels the name columns left of the years
    ('No  Indikator Kinerja   2021  2022  2023 ...' under 'Target  Realisasi'), a year there
    may carry its unit ('2023 (%)').
    """
    k = next_nonblank(views, end, 1)
    if k is None:
        return []
    view = views[k]
    raws = [t.raw.strip() for t in view.values]
    if labelled and raws and view.text:
        raws = [YEAR_UNIT_RE.sub("", r) for r in raws]
        text = view.line.text
        first = FIRST_YEAR_RE.search(text)
        if first is None or text[first.start():].strip(" ()%\t0123456789") \
                or not NAME_LABELS_RE.fullmatch(text[:first.start()]):
            return []
    elif view.text:
        return []
    if not raws or not all(r.isdigit() and len(r) == 4 and 1990 <= int(r) <= 2040 for r in raws):
        return []
    return [int(r) for r in raws]


FIRST_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
YEAR_UNIT_RE = re.compile(r"\s*\(\s*%\s*\)$")  # '2023 (%)': a capaian column's year with its unit
# the labels of a table's row-name columns on a header's lower storey: 'No', 'Indikator Kinerja', 'Sasaran'
NAME_LABELS_RE = re.compile(r"\s*(?:(?:no\.?|nomor|sasaran(?:\s+strategis)?|indikator(?:\s+kinerja)?(?:\s+utama)?|"
                            r"uraian)\s*)+", re.I)


PLAN_TARGET_RE = re.compile(r"\btarget\W+(?:akhir|renstra|rpjmd|rpjmn|jangka)\b", re.I)


def drop_plan_progress(header: Header, views: Sequence[LineView], start: int, end: int) -> None:
    """A table of progress towards the medium-term plan states no result of the year (`header` changed in place).

    'Target Akhir Renstra 2026 | Realisasi s.d. 2023 | Capaian (%)' (or
    'Tingkat Kemajuan'): the realisasi is cumulative and the capaian measures
    it against the plan's target. With no target of the year beside the
    plan's, every value column is 'other'.
    """
    if "target" in header.roles and header.roles.count("achievement") > 1:
        plan_capaian_dropped(header, views, start, end)
        return
    if "target" in header.roles or not any(r in ("realisation", "achievement") for r in header.roles):
        return
    text = " ".join(line_of(views, k).text for k in range(start, end + 1))
    if "arget" in text or "ARGET" in text:
        if PLAN_TARGET_RE.search(text):
            header.roles = ["other" if r in ("realisation", "achievement") else r for r in header.roles]
            header.cell_roles = {}


def plan_capaian_dropped(header: Header, views: Sequence[LineView], start: int, end: int) -> None:
    """The capaian against the plan's target, after the year's own ('Capaian 2021 | Target Akhir Renstra 2024 |
    Capaian s.d. 2021 terhadap 2024'), as a column of no role (`header` changed in place).

    Mapped by kind, the last capaian of the row would pass for the year's.
    """
    text = " ".join(line_of(views, k).text for k in range(start, end + 1))
    if against_plan_dropped(header, text):
        return  # 'Capaian 2021 | Capaian thd RPJMD': no plan target column between them
    if ("arget" not in text and "ARGET" not in text) or not PLAN_TARGET_RE.search(text):
        return
    first = header.roles.index("achievement")
    plan = next((k for k in range(first + 1, len(header.roles)) if header.roles[k] == "other"), None)
    if plan is None:
        return
    later = [k for k in range(plan, len(header.roles)) if header.roles[k] == "achievement"]
    header.roles = ["other" if k in later else r for k, r in enumerate(header.roles)]
    cells = sorted(header.cell_roles)
    if [header.cell_roles[c] for c in cells].count("achievement") == len(later) + 1:
        # the cells' roles in the same order: the plan's capaian cells are those after the first
        first_cell = next(c for c in cells if header.cell_roles[c] == "achievement")
        header.cell_roles = {c: "other" if r == "achievement" and c != first_cell else r
                             for c, r in header.cell_roles.items()}


CAPAIAN_WORD_RE = re.compile(r"\b(?:pen)?capaian\b", re.I)
# 'terhadap RPJMD', 'thd Target Akhir', 'terhadap Target Renstra 2026': measured against the plan's end
AGAINST_PLAN_RE = re.compile(r"\b(?:terhadap|thdp?)\W+(?:target\W+)?(?:akhir|renstra|rpjmd|rpjmn|jangka)\b", re.I)


def against_plan_dropped(header: Header, text: str) -> bool:
    """Whether a Capaian column named as measured against the plan ('% Capaian Kinerja Terhadap RPJMD', 'Capaian thd
    Target Akhir') beside the year's own Capaian was made a column of no role (`header` changed in place).

    With no plan target column between them, the two capaian columns stand side by side and, read from the right,
    the plan's would pass for the year's. Each 'Capaian' word of the header is one achievement column, in order;
    the ones whose words, up to the next 'Capaian', say 'terhadap' the plan are the plan's. One of the year's
    stays, else nothing changes.
    """
    starts = [m.start() for m in CAPAIAN_WORD_RE.finditer(text)]
    at = [k for k, r in enumerate(header.roles) if r == "achievement"]
    if len(starts) != len(at):
        return False
    ends = starts[1:] + [len(text)]
    plan = [n for n, (a, b) in enumerate(zip(starts, ends)) if AGAINST_PLAN_RE.search(text, a, b)]
    if not plan or len(plan) == len(at):
        return False
    dropped = {at[n] for n in plan}
    header.roles = ["other" if k in dropped else r for k, r in enumerate(header.roles)]
    cells = [c for c in sorted(header.cell_roles) if header.cell_roles[c] == "achievement"]
    if len(cells) == len(at):
        plan_cells = {cells[n] for n in plan}
        header.cell_roles = {c: "other" if c in plan_cells else r for c, r in header.cell_roles.items()}
    return True


# Words a header cell holds besides its column words, when an export prints the header one word to a line:
# 'Capaian' / 'Kinerja' / 'Tahun' / '2021', '% Capaian Kinerja Terhadap RPJMD', 'Realisasi s.d. Tahun 2021'
CELL_WORDS = frozenset({"tahun", "th", "thn", "terhadap", "thd", "rpjmd", "rpjmn", "renstra", "akhir", "s.d", "s.d.",
                        "sd", "s/d", "sampai", "dengan", "tujuan", "jangka", "menengah", "periode", "kondisi", "%",
                        "(%)"})
WORD_LINE_WORDS = 5  # words of a line of a header printed one word (or a cell's few) to a line
MIN_WORD_LINES = 8  # lines of such a header at least: a header of a few columns, each cell a word or two a line
VALUE_LINE_REACH = 12  # lines under such a header within which the first row's value line stands


def word_per_line_header(views: Sequence[LineView], start: int) -> tuple[list[str], int] | None:
    """A header printed one word to a line, a blank line between every two (a flipbook's or a document site's text
    export), as the roles of its words read as one line, and the index of its last line; or None.

    'Indikator' / 'Satuan' / 'Realisasi' / '2020' / 'Target' / '2021' / ... / 'Capaian' / 'Kinerja' / 'Tahun' /
    '2021': each line alone is too short for a header and a year alone ends a header flattened one cell to a line,
    so no header was read and the table gave no rows. Taken only when every line is a header's words and years
    and a cell's words stand split over lines (a year or a qualifier alone: no header flattened one whole cell
    to a line), and the first line of values under it holds two values or more (no row flattened one value to a
    line either).
    """
    lines = [start]
    k = start
    while k + 2 < len(views) and not line_of(views, k + 1).text.strip() and header_word_line(line_of(views, k + 2).text):
        k += 2
        lines.append(k)
    if len(lines) < MIN_WORD_LINES:
        return None
    texts = [line_of(views, j).text.strip() for j in lines]
    if not any(YEAR_ALONE_RE.fullmatch(t) or t.lower() in CELL_WORDS for t in texts):
        return None
    below = next((j for j in range(k + 1, min(len(views), k + VALUE_LINE_REACH)) if views[j].values
                  and not ROW_NUMBER_ALONE_RE.fullmatch(line_of(views, j).text.strip())), None)
    if below is None or len(views[below].values) < 2:
        return None
    roles, complete = text_header_score(" ".join(texts), True)
    if not complete:
        return None
    return list(roles), k


YEAR_ALONE_RE = re.compile(r"(?:19|20)\d\d")
ROW_NUMBER_ALONE_RE = re.compile(r"\d{1,2}\.?")  # a row's number on its line, its name and values below


def header_word_line(text: str) -> bool:
    """Whether a short line holds only a header's words: column words, a cell's qualifiers, years, '%' and the
    number after a label ('Tujuan 1'); a number alone (a row's) is none."""
    words = text.lower().split()
    if not words or len(words) > WORD_LINE_WORDS:
        return False
    if len(words) == 1 and words[0].isdigit() and not YEAR_ALONE_RE.fullmatch(words[0]):
        return False
    return all(w in ROLE_WORDS or w in CELL_WORDS or YEAR_ALONE_RE.fullmatch(w) or w.isdigit() and len(w) <= 2
               for w in words)
