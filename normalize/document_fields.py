"""Who wrote a report, for where, and for which year.

`find_document_fields` reads a `LocatedText` and returns the reporting office
(agency), its region, province and level, and the year the report covers,
each with the line it was read from.

Reports copy whole paragraphs from other offices' reports, so the most
frequent office in the body is not always the author. Every mention of an
office with a region ('KPU Kota Probolinggo', 'Dinas Kesehatan Kabupaten
Sleman') is weighed by where it stands: the cover (lines before the Kata
Pengantar), the Kata Pengantar, title wording ('Laporan Kinerja ... Tahun'),
page headers and footers that repeat, the signature block. A few offices name
their region bare ('KPU Daerah Istimewa Yogyakarta', 'KIP Aceh'), and a cover
may break a region's name over two lines; the agency spells its region as the
front matter prints it when the catalogue knows that spelling. A body mention
counts for little, so a copied name that is frequent in the body loses to the
name on the cover and in the title. The year is voted the same way over
'Tahun NNNN' mentions, leaving out regulation numbers ('Nomor 29 Tahun 2014')
and periods ('Tahun 2020-2024'); the date the report was signed only breaks
ties, since a report for 2023 is signed in January 2024.
"""
from __future__ import annotations

import csv
import re
from re import Match
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from math import log2
from operator import attrgetter
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from extract.doc_text import DocText
from extract.model import Line, LocatedText
from normalize.cover_words import repair_front
from normalize.regions import (
    CONFUSABLES,
    FORMER_PARENT_PROVINCE,
    Region,
    fold,
    load_regions,
    match_region_words,
    prefix_kind,
    is_catalogue_spelling,
    spells_name_of,
    exact_region_words,
    words_of,
)


@dataclass
class DocumentFields:
    agency: str | None = None
    level: str | None = None  # 'pusat' | 'provinsi' | 'kabupaten_kota'
    region: str | None = None  # 'Kota Probolinggo', 'Provinsi Kalimantan Tengah'
    province: str | None = None  # 'Jawa Timur'
    region_code: str | None = None  # '35.74'
    year: int | None = None
    evidence: dict[str, str] = field(default_factory=dict)  # field -> 'line N: <text>'


# ---------------------------------------------------------------- patterns
# Scanning patterns run on the lower-cased text (faster than IGNORECASE) and
# start with a literal or a character set, so the scan skips ahead quickly;
# word boundaries at the start are checked in Python.

# A region prefix, OCR-tolerant: 'Kabupaten', 'Kabupalen', 'KABUFATEN', 'KA8UPATEN', 'Kabupatcn', 'Kab.',
# 'Kota', 'Kola', 'Provinsi', 'Propinsi', 'Prov.'.
# (?<![a-z].): a prefix inside a word is dropped at once (the Python check
# would drop it; no prefix can start inside another, so the matches are the same).
_PREFIX_RE = re.compile(
    r"[kp](?<![a-z].)(?:[a-z][bh8][uvn][pbf][a-z][tlf1ir][eacf][nm]|ab\.?|[o0c][tlf][a4]|otamadya|r[o0][pv][il1]n[s5][il1t]|rov\.|rop\.)"
    r"(?![a-z])"
)
# The same pattern opening with 'k', and with 'p': a pattern opening with one letter is scanned for it
# at memory speed, twice as fast as for the set [kp]. Matches never overlap (no k or p inside one
# follows a non-letter), so the two scans find what the one does.
_PREFIX_BY_LETTER_RES = tuple(re.compile(letter + _PREFIX_RE.pattern[len("[kp]"):]) for letter in "kp")
# The words after a prefix: letters (digits inside a word are OCR'd letters; 'Sawahlunto/Sijunjung').
# (A word may open with a digit OCR read for a letter before a letter: '8anyuwangi', '0gan', '4dministrasi'.)
_BODY_WORDS_RE = re.compile(r"[ \t.]*(?:\n[ \t]*){0,3}((?:[a-z]|[014568](?=[a-z]))[a-z0-9'’.\-/]*"
                            r"(?:[ \t]+(?:[a-z]|[014568](?=[a-z]))[a-z0-9'’.\-/]*){0,4})?")
# Provinces whose offices name them without 'Provinsi' ('KPU Daerah Istimewa Yogyakarta', 'KPU DKI Jakarta').
_SELF_NAMED_RE = re.compile(
    r"(?:daerah\s+istimewa\s+yogyakarta|d\.\s?i\.\s*yogyakarta|diy|dki\s+jakarta"
    r"|daerah\s+khusus\s+(?:ibu\s?kota\s+)?jakarta)\b"
)
_PREFIX_BEFORE_RE = re.compile(r"(?:provinsi|propinsi|prov|prop|kabupaten|kab|kota)\W*$")
# Aceh's election commission names its region bare: 'KIP Aceh', 'Komisi Independen Pemilihan Aceh Besar'.
# (Each name in a pattern of its own that opens with its letters, so that the engine skips to them in C: one
# opening with \b or an alternation is tried at every character. A 'kip' inside 'independen pemilihan (kip)
# aceh' names the same 'aceh': `_regional_hits` keeps each once.)
_KIP_REGION_RES = (re.compile(r"kip(?<!\wkip)\)?[ \t]+(aceh)\b"),
                   re.compile(r"independen(?<!\windependen)\s+pemilihan(?:\s*\(\s*kip\s*\))?[ \t]+(aceh)\b"))
# Aceh's own offices name the province bare too (UU 11/2006 names it 'Aceh'): 'Badan Pengembangan Sumber Daya
# Manusia Aceh', 'Dinas Kesehatan Aceh', 'Pemerintah Aceh'. Such a mention counts only with an office before it
# (kind ACEH_OFFICE): a bare 'Aceh' in a sentence names no region of the report's.
_ACEH_RE = re.compile(r"aceh\b")
ACEH_OFFICE = "aceh-office"
# The first words of the next line (a blank line or two between), when a region's words end their line.
_NEXT_LINE_WORDS_RE = re.compile(r"[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*([a-z][a-z'’\-]*(?:[ \t]+[a-z][a-z'’\-]*){0,2})")
# ('KPU KOTA TEGAL Tahun 2022', or the year opening the next line: 'KABUPATEN KLATEN' / 'TAHUN 2022')
_YEAR_AFTER_RE = re.compile(r"[^\n]{0,60}?(?:\n[ \t]*)?\b(?:tahun|th\.|ta)\s*(?:anggaran\s*)?(?:19|20)\d\d")

# Offices, read backwards from a region prefix (the text before it ends with one).
# (and the older 'KPUD', 'KPU-D', 'Komisi Pemilihan Umum Daerah' of reports before 2008; OCR reads its K as E or H
# and its P as F: 'KFU', 'EFU', 'HPU', 'Eomisi Femilihan Umum')
# (`(?:\b(?:[keh]\s?[pf]\s?l?\s?u(?:-?d)?|fplu)|\b[keh][o0]m\w{2,3}\s+[pf][ecf]m\w{4,8}\s+u\w{2,3}(?:\s+daerah)?)[\s\-–]*$`,
# written to open with the class of its first letters, the \b in a lookbehind after it: the engine skips to a
# candidate letter in C)
_KPU_TAIL_RE = re.compile(
    r"[kehf](?<!\w.)(?:(?<=[keh])\s?[pf]\s?l?\s?u(?:-?d)?|(?<=f)plu|(?<=[keh])[o0]m\w{2,3}\s+[pf][ecf]m\w{4,8}"
    r"\s+u\w{2,3}(?:\s+daerah)?)[\s\-–]*$",
    re.IGNORECASE,
)
# Aceh's election commissions: 'Komisi Independen Pemilihan (KIP) Kabupaten Aceh Besar', 'KIP Aceh'.
# (its words misread as the KPU's are: 'KOMI51 INDEFENDEN PEMIL1HAN')
_KIP_TAIL_RE = re.compile(
    r"(?:\b[keh][o0]m\w{2,3}\s+[il1]nde[pf]\w{4,5}\s+[pf][ecf]m\w{4,8}(?:\s*\(\s*kip\s*\))?|\(?\bkip\)?)[\s\-–]*$",
    re.IGNORECASE,
)
# An office's acronym in brackets between its name and its region: '(KPU)', '(BAPPEDA)', '(Dinkes)'.
_ACRONYM_TAIL_RE = re.compile(r"\s*\(\s*[A-Za-z][A-Za-z0-9.&\- ]{0,14}\)[\s\-–]*$")
_BAWASLU_TAIL_RE = re.compile(
    r"\b(?:bawaslu|panwaslu|(?:badan|panitia)\s+pengawas\s+pemilihan\s+umum)[\s\-–]*$", re.IGNORECASE
)
# Offices of a kecamatan, named after it: 'Panitia Pengawas Pemilihan Umum Kecamatan X' (Panwaslu Kecamatan, UU
# 7/2017 art. 1), 'Panwascam X', 'Panitia Pemilihan Kecamatan' (PPK), 'Kantor Urusan Agama (KUA) Kecamatan X',
# 'UPT Puskesmas Kecamatan X'. The office's own name stands before 'Kecamatan' (an acronym in brackets between).
_KECAMATAN_UNIT_RE = re.compile(
    r"\b(?:panitia\s+pengawas\s+pemilihan(?:\s+umum)?|panwaslu|panwas|panitia\s+pemilihan|ppk"
    r"|kantor\s+urusan\s+agama|kua|(?:uptd?\s+)?puskesmas)(?:\s*\(\s*[A-Za-z]{2,12}\s*\))?\s+$",
    re.IGNORECASE,
)
# (`\b(?:dinas|badan|inspektorat|sekretariat|satuan|kantor|rumah\s+sakit|rsud|bappeda|bapenda|bappelitbangda|bpbd|
# bpkad|bpkd|bkpsdm|bkd|bkpp|dprd|pemerintah|kecamatan|uptd?|dewan|kejaksaan|pengadilan|kepolisian|lembaga|setda|
# dinkes|satpol|lpmp|bpmp|dishub|disdik|disdikbud|dispora|disnaker|disnakertrans|disperindag|dinsos|disdukcapil|
# diskominfo|dispenda|dlh|dpmptsp|dpmd|dp3a)\b` (the short forms a dinas goes by: `data/office_acronyms.csv` writes
# each in full), written to open with the class of the words' first letters, the \b in a lookbehind
# after it and each word's rest, in the same order, after a lookbehind on its letter: the engine skips to a
# candidate letter in C, where a pattern opening with \b and an alternation is tried word by word at every character)
_HEAD_RE = re.compile(
    r"[dbiskrpul](?<!\w.)(?:(?<=d)(?:inas|prd|ewan|inkes|ishub|isdik(?:bud)?|ispora|isnaker(?:trans)?|isperindag"
    r"|insos|isdukcapil|iskominfo|ispenda|lh|pmptsp|pmd|p3a)"
    r"|(?<=b)(?:adan|appeda|apenda|appelitbangda|pbd|pkad|pkd|kpsdm|kd|kpp|pmp)|(?<=i)nspektorat"
    r"|(?<=s)(?:ekretariat|atuan|etda|atpol)|(?<=k)(?:antor|ecamatan|ejaksaan|epolisian)|(?<=r)(?:umah\s+sakit|sud)"
    r"|(?<=p)(?:emerintah|engadilan)|(?<=u)ptd?|(?<=l)(?:embaga|pmp))\b",
    re.IGNORECASE,
)
_GOVERNMENT_RE = re.compile(r"pemerintah(?:\s+daerah)?\s*$", re.IGNORECASE)  # the region's government, not an office
_OFFICE_REST_RE = re.compile(r"(?:\s+(?:dan|serta|&|[A-Z][\w,&'’\-]*))*[\s\-–]*$")
# A hospital named after a person keeps that person's titles and initials in its name: 'RSUD dr. R. Soedarsono',
# 'RSUD Prof. Dr. W. Z. Johannes', 'RSUD H. Abdul Manap' (the medical title 'dr.' in lower case, as it is written).
_PERSON_TITLE = r"(?:dr|drg|Dr|DR|Drg|DRG|Prof|PROF|Ir|IR|Hj|HJ|KH|K\.\s?H|[A-Z])\."
_HOSPITAL_REST_RE = re.compile(rf"(?:\s+(?:dan|serta|&|{_PERSON_TITLE}|[A-Z][\w,&'’\-]*))*[\s\-–]*$")
_HOSPITAL_HEADS = ("rsud", "rumah")
_PERSON_TITLE_RE = re.compile(_PERSON_TITLE)
_SIGNER_TAIL_RE = re.compile(r"\b(?:ketua|kepala|sekretaris|plt\.?|pj\.?|inspektur|direktur|kadis)\W*$", re.IGNORECASE)
_SIGNER_WORDS = frozenset({"ketua", "kepala", "sekretaris", "plt", "pj", "inspektur", "direktur", "kadis"})  # its words
_ASCII_WORD_CHARS = "".join(c for c in map(chr, range(128)) if c.isalnum() or c == "_")  # \w of ASCII
_ASCII_NON_WORD_CHARS = "".join(c for c in map(chr, range(128)) if c not in _ASCII_WORD_CHARS)  # \W of ASCII


def _signer_before(tail: str, end: int) -> bool:
    """`_SIGNER_TAIL_RE` in tail[:end]: a signer's title before the office ('Ketua KPU ...').

    Its \\b and re.I make the scan try every character. What it matches is the
    last word, \\W characters after it: in an ASCII tail (lower() then matches
    as re.I does) that word alone is looked up.
    """
    if tail.isascii():
        low = tail[:end].rstrip(_ASCII_NON_WORD_CHARS).lower()
        return low[len(low.rstrip(_ASCII_WORD_CHARS)):] in _SIGNER_WORDS
    return _SIGNER_TAIL_RE.search(tail, 0, end) is not None


# National bodies: 'KPU RI', 'Komisi Pemilihan Umum Republik Indonesia', 'Kementerian ...'.
# ' ri' / ' republik' after the commission's name; or 'tahun' right after it: a national report names no region
# between its office and its year ('Laporan Akuntabilitas Kinerja ... Komisi Pemilihan Umum Tahun 2013')
# (a cover breaks 'KOMISI PEMILIHAN UMUM' / 'REPUBLIK INDONESIA': a space or a newline before the word.) Two
# patterns that open with the words' letters, so that the engine skips to them in C; one opening with the
# space would be tried at every space of the text. `_national_words` gives their matches in text order.
_NATIONAL_SCAN_RES = (re.compile(r"r(?<=[ \n]r)(?:i\b|epublik)"), re.compile(r"tahun(?<=[ \n]tahun)\b"))
_INDONESIA_RE = re.compile(r"\s+indonesia\b")
# (the commissions' names OCR-tolerant as in `_KPU_TAIL_RE`: 'PEMILHAN', 'UMUN')
_NATIONAL_BEFORE_RE = re.compile(
    r"(?:(?P<kpu>k[o0]m\w{2,3}\s+pem\w{4,8}\s+u\w{2,3}(?:\s+\(kpu\))?|kpu)|bawaslu"
    r"|badan\s+peng\w{3,5}\s+pem\w{4,8}\s+u\w{2,3})$"
)
# National bodies that keep offices in the regions under the same name ('BPS Provinsi Jawa Barat', 'BNN Kota X'):
# with 'RI', 'Republik Indonesia' or (on the cover, after title words) 'Tahun' after it and no region between,
# the name is the national body's. Each with the regulation that names it:
_NATIONAL_BODIES = {
    "badan pusat statistik": "Badan Pusat Statistik",  # UU 16/1997 on statistics, Perpres 86/2007
    "bps": "Badan Pusat Statistik",
    "badan pengawas obat dan makanan": "Badan Pengawas Obat dan Makanan",  # Perpres 80/2017
    "bpom": "Badan Pengawas Obat dan Makanan",
    "badan narkotika nasional": "Badan Narkotika Nasional",  # Perpres 23/2010
    "bnn": "Badan Narkotika Nasional",
    "badan pengawasan keuangan dan pembangunan": "Badan Pengawasan Keuangan dan Pembangunan",  # Perpres 192/2014
    "bpkp": "Badan Pengawasan Keuangan dan Pembangunan",
}
_NATIONAL_BODY_RE = re.compile(
    r"(?<![a-z])(?P<body>" + "|".join(sorted((re.escape(k).replace("\\ ", r"\s+") for k in _NATIONAL_BODIES),
                                             key=len, reverse=True))
    + r")(?:\s*\(\s*[a-z]{2,6}\s*\))?(?:\s+-)?$"
)
# A unit of a state institution of the judiciary, named with its institution: 'Badan Urusan Administrasi Mahkamah
# Agung RI', 'Kepaniteraan Mahkamah Konstitusi'. The institutions (UUD 1945 Bab IX) have no regional offices of the
# same name: such a unit is national. Its name: capitalised words from its head up to the institution's.
_STATE_INSTITUTIONS = ("Mahkamah Agung", "Mahkamah Konstitusi", "Komisi Yudisial")
_STATE_UNIT_RE = re.compile(
    # (opening with the class of the units' first letters, the word boundary in a lookbehind after it: the engine
    # skips to a candidate letter in C, where a lookbehind first is tried at every character)
    r"(?P<unit>[BSKI](?<![\w].)(?:(?<=B)(?:adan|ADAN)|(?<=S)(?:ekretariat|EKRETARIAT)|(?<=K)(?:epaniteraan|EPANITERAAN)"
    r"|(?<=I)(?:nspektorat|NSPEKTORAT))"
    r"(?:[ \t]+(?:dan|DAN|[A-Z][\w'’\-]*)){0,5}?)[ \t]+(?P<body>"
    + "|".join(rf"{a}[ \t]+{b}|{a.upper()}[ \t]+{b.upper()}" for a, b in (name.split() for name in _STATE_INSTITUTIONS))
    + r")(?P<ri>[ \t]+(?:RI|Republik[ \t]+Indonesia|REPUBLIK[ \t]+INDONESIA))?(?![\w])"
)
# A directorate-general or inspectorate-general: a ministry's unit, national ('Direktorat Jenderal Pajak').
# (matched at the words after 'jenderal', which str.find locates: 'jenderal' is rare, the pattern's head is not)
_DIRJEN_BEFORE_RE = re.compile(r"(?:direktorat|inspektorat)\s+$")
# An office named as the place where something was done or where it was sent: 'revisi ... dilakukan di Direktorat
# Jenderal Anggaran', 'usulan diajukan ke ...', 'disampaikan kepada ...': another office, not the one reporting.
_PLACE_OF_ACT_RE = re.compile(r"(?<![a-z])di[a-z]{3,}\s+(?:di|ke|kepada)\s+$")
PLACE_OF_ACT_REACH = 30  # characters before an office's name where that verb and its preposition stand
_DIRJEN_NAME_RE = re.compile(r"\s+(?P<dname>[A-Z][\w,&]*(?:\s+(?:dan|serta|[A-Z][\w,&]*)){0,6})")
_SETJEN_RE = re.compile(  # (\b after 'se', so that the engine skips to 'se' in C)
    r"se(?<!\wse)(?:kretariat\s+jenderal|tjen)\s+(?:(?P<kpu>komisi\s+pemilihan\s+umum|kpu)|bawaslu"
    r"|badan\s+pengawas\s+pemilihan\s+umum)\b"
)
_MINISTRY_RE = re.compile(
    r"(?i:kement(?:e)?rian)\s+(?P<kname>[A-Z][\w,&]*(?:\s+(?:dan|serta|[A-Z][\w,&]*)){0,8})"
)
_MINISTRY_STOP = frozenset(
    "republik ri tahun nomor no yang tentang pada dalam melalui sebagai selaku untuk bagi atas di".split()
    # a cover's next heading, when the name ends its block: 'KEMENTERIAN LUAR NEGERI' / 'KATA PENGANTAR'
    + "kata pengantar laporan kinerja lkj lkjip lakip bab daftar ikhtisar ringkasan".split()
)
# 'Kementerian Negara/Lembaga': the ministries and agencies as a class, the words of budget regulations' titles
_COLLECTIVE_MINISTRIES_RE = re.compile(r"(?i:negara)\s*/\s*(?i:lembaga)\b")
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")  # a ministry's name does not run on over a blank line

# Title wording: 'Laporan Kinerja', OCR 'Laporan Kinera', 'LKj', 'LAKIP', 'LK'.
_TITLE_SCAN_RE = re.compile(r"l(?:apor\w{0,3}\s+(?:akuntabilitas\s+)?kin\w{2,4}|kj\w{0,3}\b|akip\b|kip\b|k\b)")

_MONTH_NUM = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "nopember": 11, "november": 11, "desember": 12,
    # a report signed in English ('January 17, 2017', an office's template or a word processor's date field)
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "december": 12,
}
_MONTHS = "|".join(sorted(_MONTH_NUM, key=len, reverse=True))  # longest first: 'januari' before 'january'
# (the year with look-alike letters as in `_YEAR_RE`: 'Januari 2O2O'; the day may follow the month: 'January 17, 2017')
_DATE_RE = re.compile(rf"\b({_MONTHS})\s+(?:\d{{1,2}},?\s+)?((?:19|2[0o])[\doil][\doils])\b", re.IGNORECASE)

# 'Tahun 2022', 'Tahun Anggaran 2024', 'TA 2023', 'T.A. 2023'; not 'Tahun 2020-2024'. (?<![a-z].) as in _PREFIX_RE.
# OCR reads a 0 of the year as the letter ('TAHUN 2O2O'), a 1 as l or I ('2Ol9', '20I8'), a last 5 as S
# ('2O1S'), and a space between its digits ('TAHUN 2 0 1 9', letter-spaced titles): matched on the lower-cased
# text, read by `year_of`; a look-alike ending the year ends its word.
_YEAR_RE = re.compile(
    r"t(?<![a-z].)(?:ahun|h\.|a\.?|\.\s?a\.?)\s*(?:anggaran\s*)?(?P<y>(?:19|2 ?[0o]) ?[\doil] ?[\doils])(?![\do])"
    r"(?<![a-z](?=[a-z]))"
    r"(?!\s*(?:[-–—/]|s\.?\s?/?\s?d\b|sampai|hingga)\s*(?:(?:19|2[0o])?[\doil][\doils]|\d(?: \d){3}))"
)
# 'Tahun' misread by OCR ('IAHUN 2022', 'Tahum 2022', 'Tabun 2019'): its letters' look-alikes, then a year in
# digits and no period after it, as in `_YEAR_RE`. 'tahun' itself is `_YEAR_RE`'s. Scanned from the year's digits
# (rarer than any letter), the word is checked behind them.
_MISREAD_TAHUN_YEAR_RE = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?!\d)(?<=(?<![a-z0-9])(?!tahun)[tifl1][a4e][hbn][uvn][nmu][ \t]\d{4})"
    r"(?!\s*(?:[-–—/]|s\.?\s?/?\s?d\b|sampai|hingga)\s*(?:19|20)?\d\d)"
)
# The same pattern opening with '19', and with '20': a pattern opening with a literal is scanned for it in C,
# while one opening with the alternation tests its first characters' set at every character of the text. A
# match starts right after a space or tab, so matches never overlap: the two scans find what the one does.
_MISREAD_TAHUN_YEAR_RES = tuple(re.compile(f"(?P<y>{century}" + _MISREAD_TAHUN_YEAR_RE.pattern[len("(?P<y>(?:19|20)"):])
                                for century in ("19", "20"))
MISREAD_TAHUN_CHARS = 6  # the misread word and the space before its year


def misread_tahun_years(low: str) -> list[Match]:
    """`_MISREAD_TAHUN_YEAR_RE.finditer(low)` as a list, found by its two literal-led copies, in text order."""
    return sorted((m for pattern in _MISREAD_TAHUN_YEAR_RES for m in pattern.finditer(low)), key=Match.start)
_YEAR_LOOKALIKES = str.maketrans("oils", "0115")  # a year's look-alike letters (lower-cased) as its digits
# (on the cover's title lines; a look-alike of a digit as in `_YEAR_RE`: 'LAPORAN KINERJA 2O19')
_BARE_YEAR_RE = re.compile(
    r"(?<![\d.,/-])(?P<y>2[0oO][\doOilI][\doOilIsS])(?![\d.,/-]|\s*(?:[-–—/]|s\.?\s?/?\s?d\b|sampai|hingga)\s*(?:19|20)?\d\d)"
)
# A line that holds only a year (look-alikes as in `_BARE_YEAR_RE`), between stray marks.
_LONE_YEAR_RE = re.compile(r"^[\W_]*2[0oO][\doOilI][\doOilIsS][\W_]*$")
_YEAR_WORD_BEFORE_RE = re.compile(r"(?:tahun|th\.|ta\.?|t\.\s?a\.?)\s*(?:anggaran\s*)?$", re.IGNORECASE)
# 'Nomor 29 Tahun 2014', 'Nomor 7/PKPU Tahun 2019'; not a digit inside a word, a letter OCR read as one
# ('KABUPATEN MOJOKERT0 TAHUN 2019', '8ANYUWANGI TAHUN 2019')
_REGULATION_BEFORE_RE = re.compile(r"(?:(?<![a-z])\d+(?:[./-][\w./-]*)?|\bnomor|\bnomer|\bno\.?)\s*$")
_DIGIT_RE = re.compile(r"\d")
REGULATION_REACH = 30  # characters before a year where its regulation's number or 'Nomor' may stand
# A caption's numbered item before its year: 'Tabel Capaian Sasaran No. 1 Tahun 2020', 'Tabel 3.2 Tahun 2019'. The
# number is the goal's or the table's, not a regulation's: the year is the one the table measures.
_NUMBERED_ITEM_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:sasaran(?:\s+strategis)?|tujuan|tabel|table|gambar|grafik|misi)\s*(?:no\.?|nomor)?\s*"
    r"[\divx]+(?:\.\d+)*\.?\s*$"
)


def _regulation_before(low: str, at: int) -> bool:
    """`_REGULATION_BEFORE_RE` in the `REGULATION_REACH` characters before `at`, searched only in their last word.

    What it matches ends the window, but for spaces, and holds none: it lies
    in the last word, whose start (after the last space, newline or tab) the
    search starts from instead of trying every position (the look-behinds
    still see the text before it). A last word without a digit or 'no' cannot
    hold it.
    """
    start = max(0, at - REGULATION_REACH)
    end = start + len(low[start:at].rstrip())
    word_start = max(low.rfind(" ", start, end), low.rfind("\n", start, end), low.rfind("\t", start, end),
                     start - 1) + 1
    word = low[word_start:end]
    if "no" not in word and _DIGIT_RE.search(word) is None:
        return False
    return _REGULATION_BEFORE_RE.search(low, word_start, at) is not None \
        and _NUMBERED_ITEM_BEFORE_RE.search(low[max(0, at - REGULATION_REACH - 20):at]) is None


# A signature's place and date, alone on their line: 'Klaten, 20 Januari 2023', 'Kota Jantho, Februari 2022'.
_PLACE_DATE_RE = re.compile(
    rf"^\W*[A-Z][A-Za-z.'’ -]{{1,30}},\s*(?:\d{{1,2}}\s+)?(?i:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?\S{{4}}\W*$"
)
_MONTH_BEFORE_RE = re.compile(rf"(?:{_MONTHS})\s*$", re.IGNORECASE)
# A signing date in digits, as a signature or a word processor's date field prints it, on a line of its own or
# after its place: 'Baa, 22/01/2020', '17-01-2017', '1/17/2017' (month first), '2017-01-17'. Only such a line:
# a date inside a sentence ('surat tanggal 12/03/2018') is some letter's, not the report's.
_NUMERIC_DATE_RE = re.compile(
    r"^\W*(?P<place>[A-Z][A-Za-z.'’ -]{1,30},\s*)?"
    r"(?:(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)(?P<isep>[/.-])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2}))\W*$"
)

# ('KATA PENGANTAR', 'Kata Pengantar | ii': a page number may share the heading's line)
_HEADING_KP_RE = re.compile(r"^\W*kata\s*pengantar\W*(?:(?:[ivx]{1,4}|\d{1,3})\W*)?$", re.IGNORECASE)
_HEADING_END_RE = re.compile(
    r"^\W*(?:r[il1]ngkasan|[il1]kh[a-z]{3,6}\b|executive|daftar\s+isi|bab\s+[i1l]\b|visi\b|pendahuluan)",
    re.IGNORECASE,
)
# The same headings at the top of a page exported as one line (`_page_line_heading`): 'KATA PENGANTAR' in the
# page's opening, or 'PENGANTAR' / 'DAFTAR ISI' / 'BAB I' right after its page number.
_PAGE_NUMBER_RE = re.compile(r"\W*\d{1,3}\s")  # (a long paragraph that opens with other words is no page)
_PAGE_KP_RE = re.compile(r"\bkata\s+pengantar\b|^\W*\d{1,3}\s+pengantar\b", re.IGNORECASE)
_PAGE_END_RE = re.compile(
    r"^\W*\d{1,3}\s+(?:r[il1]ngkasan|[il1]kh[a-z]{3,6}\b|executive|daftar\s+isi|bab\s+[i1l]\b|pendahuluan)",
    re.IGNORECASE,
)
_KEY_WORD_RE = re.compile(r"[a-z]{3,}")
_LOOKALIKE_RE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")

_ACRONYMS = frozenset(
    "KPU DPRD DKI DIY DI RSUD UPT UPTD BPBD BKD BKPP BKPSDM BPKAD BPKD BPS RI PMD KB PPKB DP3A DPMPTSP "
    "KUKM UMKM PUPR PU SDM ESDM TIK OKU OKI PALI PPU HSS HST HSU TTS TTU SBB SBT MBD KSB KLU SBD".split()
)
_SHORT_OFFICE = (
    ("komisi pemilihan umum", "KPU"),
    ("badan pengawas pemilihan umum", "Bawaslu"),
    ("panitia pengawas pemilihan umum", "Panwaslu"),
    ("panitia pengawas pemilihan", "Panwaslu"),  # (a Pilkada's 'Panitia Pengawas Pemilihan Kecamatan X': the same body)
    ("dewan perwakilan rakyat daerah", "DPRD"),
)
_DOTTED_ACRONYM_RE = re.compile(r"^(?:[A-Z]\.)+[A-Z]?$")
_LOWER_WORDS = frozenset({"dan", "serta", "dengan", "untuk", "pada"})

# ---------------------------------------------------------------- weights

W_BODY = 0.25  # a plain mention in the body
W_FREQUENCY = 1.0  # times log2(1 + mentions)
W_COVER_SHORT = 6.0  # a short line before the Kata Pengantar
W_COVER_LONG = 2.0
W_PREFACE = 2.0  # inside the Kata Pengantar
W_PREFACE_AGAIN = 0.5  # share of its extra weight that an office's second and later preface mentions earn
W_HEADER = 1.5  # a short line that repeats (page header / footer)
W_SIGNATURE = 3.0  # signature block, or 'Ketua ...' before the office
W_TITLE_FRONT = 4.0  # 'Laporan Kinerja ...' before the mention, in front matter or a header
W_TITLE_BODY = 0.5
W_WITH_YEAR = 1.0  # '<office> Tahun 2022' in the front matter or a header
W_SIGNED_NEAR = 1.0  # the year is the signing year or the one before
COVER_YEAR_TITLE_REACH = 6  # lines above a cover's lone year that may hold its title
COVER_TITLE_REACH = 4  # lines above a cover's office or year that may hold its title
COVER_LINE_MAX_CHARS = 120  # a cover's block of title lines is short lines
FRONT_REPAIR_LINES = 160  # lines read for glued and letter-spaced words: the cover and the preface (`_layout`)
NAME_LINES_REACH = 3  # lines from a region back to the line ending its office's name (blank lines between)
NAME_PIECE_MAX_CHARS = 25  # a line this short may be the end of a name broken over lines ('UMUM', 'KESEHATAN')
HEADER_MAX_CHARS = 100
HEADER_MIN_GAP = 10  # lines between copies of a page header (a copied sentence repeats closer)


@dataclass(slots=True)
class _Layout:
    cover: range  # line numbers before the Kata Pengantar
    preface: range  # the Kata Pengantar
    header_lines: frozenset[int]  # short lines that repeat: page headers and footers
    signature_lines: frozenset[int]
    signing: tuple[int, int, int] | None  # (line index, year, month) of the signing date
    signed_place: bool = False  # the signing date stands as a signature prints it: 'Klaten, 20 Januari 2023'
    contents_lines: frozenset[int] = frozenset()  # entries of a table of contents in the front matter


@dataclass(slots=True)
class _Best:
    """The strongest mention of something, for the evidence."""

    weight: float = -1.0
    i: int = 0  # line index
    col: int = 0
    prev: int | None = None  # index of the line above when the name starts there

    def offer(self, weight: float, i: int, col: int, prev: int | None = None) -> None:
        if weight > self.weight:
            self.weight, self.i, self.col, self.prev = weight, i, col, prev


@dataclass(slots=True)
class _Vote:
    """Mentions of one thing (an office, a region, a year).

    The score adds what each mention earns beyond a plain body mention (cover,
    title, header, signature) to a term that grows with the log of the number
    of mentions: frequency breaks ties, but a name copied forty times into the
    body does not outweigh the cover and the title.
    """

    extra: float = 0.0
    count: int = 0
    best: _Best = field(default_factory=_Best)

    @property
    def score(self) -> float:
        return self.extra + W_FREQUENCY * log2(1 + self.count)

    def add(self, weight: float, i: int, col: int, prev: int | None = None) -> None:
        self.extra += weight - W_BODY
        self.count += 1
        self.best.offer(weight, i, col, prev)

    def absorb(self, other: "_Vote") -> None:
        self.extra += other.extra
        self.count += other.count
        self.best.offer(other.best.weight, other.best.i, other.best.col, other.best.prev)


def _vote(votes: dict, key) -> _Vote:
    """The vote for key, made on its first mention (not a new one built for every mention)."""
    vote = votes.get(key)
    if vote is None:
        vote = votes[key] = _Vote()
    return vote


@dataclass(slots=True)
class _Candidate(_Vote):
    region: Region | None = None  # None for a national body
    strong: bool = False  # at least one mention in the front matter or a header
    # display -> summed weight: a Counter of floats, which typeshed's Counter (int counts) cannot say
    displays: Any = field(default_factory=Counter)
    # the region's name as the front matter prints it, when spelled as the catalogue knows it -> summed weight
    region_names: Any = field(default_factory=Counter)
    preface_mentions: int = 0

    def mention(self, display: str, weight: float, i: int, col: int, front: bool, prev: int | None = None) -> None:
        self.add(weight, i, col, prev)
        self.displays[display] += weight
        self.strong |= front


# ---------------------------------------------------------------- layout


def _layout(lines: list[str], numbers: list[int], mention_lines: set[int]) -> _Layout:
    n_lines = len(lines)
    kp = None  # index of the 'KATA PENGANTAR' heading
    for i in range(min(n_lines, 80)):
        s = lines[i].strip()
        if s and len(s) < 40 and _HEADING_KP_RE.match(s):
            kp = i
            break
    paged = False  # pages exported one per line: headings open their lines
    if kp is None:
        kp = _page_line_heading(lines, 0, min(n_lines, 80), _PAGE_KP_RE)
        paged = kp is not None
    if kp is None:
        # No Kata Pengantar heading: the first 40 lines stand for the cover.
        front = range(0, min(n_lines, 40))
        cover, preface = range(numbers[0], numbers[front.stop - 1] + 1), range(0)
    else:
        end = min(n_lines, kp + 80)
        for i in range(kp + 1, end):
            s = lines[i].strip()
            if s and len(s) < 60 and _HEADING_END_RE.match(s):
                end = i
                break
        if paged:
            end = _page_line_heading(lines, kp + 1, end, _PAGE_END_RE) or end
        cover = range(numbers[0], numbers[kp])
        preface = range(numbers[kp], numbers[end - 1] + 1)
        front = range(0, end)

    # Page headers and footers name the office and year, so only lines with a
    # mention need a look. A header is a short line that repeats at least three
    # times pages apart, page numbers aside.
    where: dict[str, list[int]] = {}
    for i in mention_lines:
        if len(lines[i]) <= HEADER_MAX_CHARS:
            words = _KEY_WORD_RE.findall(lines[i].lower())
            if len(words) >= 3:  # not a bare 'Kabupaten Pasuruan' table cell
                key = " ".join(words)
                where.setdefault(key, []).append(i)
    headers = frozenset(numbers[i] for found in where.values()
                        if len(found) >= 3 and _pages_apart(found) >= 3 for i in found)  # 3 copies at least

    signing = None
    signed_place = False
    signature: set[int] = set()
    for i in front:
        text = lines[i]
        if len(text.strip()) > 80:
            continue
        m = _DATE_RE.search(text)
        if m:
            signing = (i, int(m.group(2).lower().translate(_YEAR_LOOKALIKES)), _MONTH_NUM.get(m.group(1).lower(), 0))
            signed_place = bool(_PLACE_DATE_RE.match(text))
            signature.update(numbers[i:min(i + 7, front.stop)])  # the signer, within the front matter
        elif "/" in text or "-" in text or "." in text:  # (cheap precheck: a date in digits has its separators)
            numeric = _numeric_date(text)
            if numeric is not None and (numeric[2] or _signer_follows(lines, i, front.stop)):
                signing, signed_place = (i, numeric[0], numeric[1]), numeric[2]
                signature.update(numbers[i:min(i + 7, front.stop)])
    contents = frozenset(numbers[i] for i in front if _is_contents_entry(lines[i]))
    return _Layout(cover, preface, headers, frozenset(signature), signing, signed_place, contents)


# An entry of a table of contents: leader dots (or an ellipsis) and a page number end it ('D. Evaluasi Laporan
# Kinerja Tahun 2019 ....... 58', 'Kata Pengantar ... ii').
# (a markdown export closes the page number's cell: '... Tahun 2021 ..... | 21 |')
_CONTENTS_ENTRY_RE = re.compile(r"(?:(?:\.\s?){3,}|…)[\s|]*(?:\d{1,3}|[ivxlc]{1,6})[\s|]*$", re.IGNORECASE)


def _is_contents_entry(text: str) -> bool:
    """The line is an entry of a table of contents (`_CONTENTS_ENTRY_RE`).

    A Daftar Isi set before the Kata Pengantar stands where the cover is
    looked for, and its entries name the year's sections and last year's
    ('Tindak Lanjut Evaluasi Laporan Kinerja Tahun 2019 ... 58'): they are
    the body's headings, not the cover's title.
    """
    return ("..." in text or "…" in text or ". ." in text) and _CONTENTS_ENTRY_RE.search(text) is not None


SIGNER_REACH = 3  # non-empty lines under a date in digits where its signer's title may stand
# (a signer's words, and the heads of government and 'a.n.' (on behalf of) that sign reports too)
_DATE_SIGNER_WORDS = _SIGNER_WORDS | {"camat", "bupati", "walikota", "wali", "gubernur", "a.n", "an"}


def _signer_follows(lines: list[str], i: int, stop: int) -> bool:
    """A signer's title ('Ketua', 'Kepala ...', 'Plt. Direktur') opens one of the few lines under line i.

    A date in digits alone on its line signs the report only with its signer
    under it; alone it may be a page's print or upload date ('7/22/2019' of
    a converted file), years after the report.
    """
    seen = 0
    for j in range(i + 1, min(stop, i + 1 + 3 * SIGNER_REACH)):
        words = lines[j].split()
        if not words:
            continue
        if words[0].strip(".,:").lower() in _DATE_SIGNER_WORDS:
            return True
        seen += 1
        if seen == SIGNER_REACH:
            break
    return False


def _numeric_date(text: str) -> tuple[int, int, bool] | None:
    """(year, month, after its place) of a line that is a signing date in digits (`_NUMERIC_DATE_RE`), or None.

    Day and month may come either way round: Indonesian '17/01/2017', a word
    processor's '1/17/2017'. A number above 12 tells which is the day; when
    both could be the month, month 0 (unknown) unless both readings fall in
    the same half of the year, which is all the year rule asks of it.
    """
    m = _NUMERIC_DATE_RE.match(text)
    if m is None:
        return None
    placed = m.group("place") is not None
    if m.group("iy"):
        year, month = int(m.group("iy")), int(m.group("im"))
        return (year, month, placed) if 1 <= month <= 12 and 1 <= int(m.group("id")) <= 31 else None
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
        return None
    if a > 12:
        return year, b, placed
    if b > 12:
        return year, a, placed
    return year, (b if (a <= 6) == (b <= 6) else 0), placed


def _page_line_heading(lines: list[str], start: int, stop: int, heading: re.Pattern) -> int | None:
    """The first long line from `start` whose opening holds the heading (a page exported as one line), or None.

    docplayer's text of a PDF gives each page one line, its page number first (a line without it is no page):
    '2 KATA PENGANTAR Puji syukur ...', '2 January 17, 2017 LAPORAN KINERJA ...
    KATA PENGANTAR Puji ...', '3 DAFTAR ISI ...'. The heading stands at the top of
    the page: in the line's opening.
    """
    for i in range(start, stop):
        line = lines[i]
        if len(line) > LONG_LINE_CHARS and _PAGE_NUMBER_RE.match(line) and heading.search(line, 0, LINE_OPENING_CHARS):
            return i
    return None


def _pages_apart(found: list[int]) -> int:
    """How many copies of a line stand at least a page-ish gap from the copy before."""
    found = sorted(found)
    return 1 + sum(1 for a, b in zip(found, found[1:]) if b - a >= HEADER_MIN_GAP)


# A page exported as one line (docplayer's text of a PDF: '1 LAPORAN KINERJA ... TAHUN 2016 ...' / '2 KATA PENGANTAR
# Puji syukur ...'), or a whole report on one line. Its opening is the page's top: its title and running header;
# title wording far before a mention is no title of it; and a mention a page or more into the line is body text.
LONG_LINE_CHARS = 300
LINE_OPENING_CHARS = 120  # the top of a page exported as one line
TITLE_REACH_CHARS = 200  # title wording this far before a mention on the same line titles it
FRONT_REACH_CHARS = 3000  # past this, a long line in the front matter is the body of a report on one line


def _line_weight(n: int, text: str, lay: _Layout, col: int = 0) -> tuple[float, bool]:
    """(weight, stands in front matter or a header) of a mention on line number n, at column `col`.

    On a long line (`LONG_LINE_CHARS`: a page or a whole report exported as
    one line) the opening weighs as a short cover line would, and a mention
    past `FRONT_REACH_CHARS` as the body it is.
    """
    w = W_BODY
    front = False
    long = len(text) > LONG_LINE_CHARS
    if (long and col >= FRONT_REACH_CHARS) or n in lay.contents_lines:
        return w, front
    if n in lay.cover:
        short = len(text.strip()) <= 80 or (long and col < LINE_OPENING_CHARS)
        w += W_COVER_SHORT if short else W_COVER_LONG
        front = True
    elif n in lay.preface:
        w += W_PREFACE
        front = True
    if n in lay.header_lines:
        w += W_HEADER
        front = True
    if n in lay.signature_lines:
        w += W_SIGNATURE
        front = True
    return w, front


# ---------------------------------------------------------------- offices


def _national_name_words(name: str) -> tuple[list[str], bool]:
    """The words of a ministry's or a Direktorat Jenderal's name up to a blank line or the next heading's word,
    without a trailing 'dan' / 'serta'; and whether a region's prefix ('Kabupaten', 'Provinsi') stood in it,
    which makes the office a regional one of the national body."""
    kept: list[str] = []
    for w in _BLANK_LINE_RE.split(name, 1)[0].split():
        core = w.strip(",")
        if prefix_kind(core.lower()) is not None:
            return kept, True
        if core.lower() in _MINISTRY_STOP:
            break
        kept.append(core)
    while kept and kept[-1].lower() in ("dan", "serta"):
        kept.pop()
    return kept, False


def _recase(text: str) -> str:
    """An office name as printed, in title case when printed in capitals.

    A person's title in a hospital's name ('RSUD dr. R. SOEDARSONO') stays as
    printed and does not count: the name around it is still in capitals.
    """
    letters = [c for w in text.split() if not _PERSON_TITLE_RE.fullmatch(w) for c in w if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return text
    out = []
    for word in text.split():
        core = word.strip(",.")
        if _PERSON_TITLE_RE.fullmatch(word) and not word.isupper():
            out.append(word)  # 'dr.', 'Prof.' as printed ('DR.' is recased as any word)
        elif core in _ACRONYMS or (len(core) > 1 and core.isalpha() and not set(core) & set("AEIOU")) \
                or _DOTTED_ACRONYM_RE.match(core):  # 'D.I.'
            out.append(word)
        elif core.lower() in _LOWER_WORDS:
            out.append(word.lower())
        else:
            out.append(word.capitalize())
    return " ".join(out)


def _shorten(office: str) -> str:
    """'Komisi Pemilihan Umum' -> 'KPU', 'Sekretariat Dewan Perwakilan Rakyat Daerah' -> 'Sekretariat DPRD'."""
    office = " ".join(office.split())
    for long, short in _SHORT_OFFICE:
        at = office.lower().find(long)
        if at >= 0:
            office = office[:at] + short + office[at + len(long):]
    return office


# A bureau or section of a regional secretariat, named before it: 'Biro Umum Sekretariat Daerah Provinsi X',
# 'BAGIAN ORGANISASI SETDA KABUPATEN Y' (Permendagri 56/2019: a Setda's units are Biro in a province, Bagian in a
# kabupaten or kota). Its name is capitalised words up to the secretariat.
_SECRETARIAT_UNIT_RE = re.compile(
    r"\b(?:[Bb][Ii][Rr][Oo]|[Bb][Aa][Gg][Ii][Aa][Nn])(?:\s+(?:[A-Z][\w,&'’\-]*|dan|serta|DAN|SERTA|&)){1,6}\s+$"
)
OFFICE_ACRONYMS_CSV = Path(__file__).resolve().parent.parent / "data" / "office_acronyms.csv"


@lru_cache(maxsize=1)
def _office_acronyms() -> dict[str, str]:
    """{office short form, lower case: its full name} (`data/office_acronyms.csv`, each with its source)."""
    with OFFICE_ACRONYMS_CSV.open(encoding="utf-8", newline="") as f:
        return {row["acronym"].lower(): row["name"] for row in csv.DictReader(f)}


def _expand_acronym(office: str) -> str:
    """The office's full name when it is printed as a short form with one standard meaning ('Bappeda', 'BPBD').

    Offices other than the election bodies go by their full names
    ('Badan Perencanaan Pembangunan Daerah Kabupaten Kulon Progo'); a cover
    that prints only 'BAPPEDA KOTA X' names the same office. Only a whole
    office name of the table is expanded: 'BKD' (Kepegawaian or Keuangan)
    and other short forms stay as printed.
    """
    return _office_acronyms().get(office.lower(), office)


_UNIT_LINK_RE = re.compile(r"\bpada\s+$", re.IGNORECASE)  # 'UPTD RSUD pada Dinas Kesehatan ...'


def _unit_before(tail: str, start: int, heads: list[tuple[int, int]]) -> int:
    """Where the office's name starts: an earlier head when the one at `start` follows 'pada'.

    A unit names itself after the office it belongs to: 'UPTD RSUD pada Dinas
    Kesehatan Kota X', 'UPT Puskesmas Y pada Dinas Kesehatan'. The unit
    reports, so its name runs from its own head (the first of the unbroken
    run of name words before 'pada').
    """
    link = _UNIT_LINK_RE.search(tail, max(0, start - 8), start)
    if link is None:
        return start
    before = tail[:link.start()]
    earlier = [a for a, b in heads if b <= link.start() and _OFFICE_REST_RE.match(before, b)]
    return earlier[0] if earlier else start


def _office_from_tail(tail: str) -> tuple[str, str, int] | None:
    """(key, display, start in tail) of the office whose name ends `tail`, or None.

    'LKj Sekretariat KPU ' -> KPU; 'Kepala Dinas Kesehatan ' -> Dinas Kesehatan;
    'Sekretariat Dewan Perwakilan Rakyat Daerah ' -> Sekretariat DPRD.
    """
    if tail.rstrip(" \t-–").endswith(")"):
        tail = _ACRONYM_TAIL_RE.sub("", tail)  # 'Komisi Pemilihan Umum (KPU) Kabupaten Gresik'
    m = _KPU_TAIL_RE.search(tail, max(0, len(tail) - 40))
    if m:
        return "kpu", "KPU", m.start()
    m = _BAWASLU_TAIL_RE.search(tail, max(0, len(tail) - 45))
    if m:
        # (one key: the Panwaslu of a kabupaten before 2018 is its Bawaslu's forerunner; shown as printed)
        return "bawaslu", "Panwaslu" if m.group()[:3].lower() == "pan" else "Bawaslu", m.start()
    end = tail[-45:].lower()
    if "ip" in end or "nde" in end:  # cheap precheck before the KIP pattern ('KIP', 'Komisi Independen Pemilihan')
        m = _KIP_TAIL_RE.search(tail, max(0, len(tail) - 45))
        if m:
            return "kip", "KIP", m.start()
    start = None
    heads: list[tuple[int, int]] = []  # every capitalised head
    for h in _HEAD_RE.finditer(tail):
        # The last capitalised head from which every word up to the region is
        # part of a name: 'Dinas Kesehatan', not 'Laporan Kinerja Instansi Pemerintah Dinas ...'.
        if h.group()[0].isupper():
            heads.append(h.span())
            if _OFFICE_REST_RE.match(tail, h.end()) or (
                    h.group().lower().startswith(_HOSPITAL_HEADS) and _HOSPITAL_REST_RE.match(tail, h.end())):
                start = h.start()
    if start is None:
        return _representative_office(tail)
    start = _unit_before(tail, start, heads)
    if tail[start:start + 9].lower() == "kecamatan":
        unit = _KECAMATAN_UNIT_RE.search(tail, max(0, start - 50), start)
        if unit is not None:
            start = unit.start()  # 'Panitia Pengawas Pemilihan Umum Kecamatan X': the Panwaslu, not the kecamatan
    before = tail[:start].rstrip()
    if before[-11:].lower() == "sekretariat" and (len(before) == 11 or not before[-12].isalpha()):
        start = len(before) - 11  # 'Sekretariat Dewan ...', 'Sekretariat DPRD'
    if tail[start:start + 11].lower() == "sekretariat" or tail[start:start + 5].lower() == "setda":
        unit = _SECRETARIAT_UNIT_RE.search(tail, max(0, start - 80), start)
        if unit is not None:
            start = unit.start()  # 'Biro Umum Sekretariat Daerah Provinsi X': the bureau reports, not the secretariat
    display = _expand_acronym(_shorten(_recase(tail[start:].strip(" \t-–,"))).replace(" Pada ", " pada "))
    key = re.sub(r"[^a-z]", "", display.lower())
    if len(key) < 3:
        return None
    return key, display, start


# A central body's office in a province, named as its representative there: 'BPKP Perwakilan Provinsi X' (the body's
# initials before the word), 'Perwakilan BKKBN Provinsi X' (after it). (Initials: capitals and digits, as printed.)
_REPRESENTATIVE_TAIL_RE = re.compile(
    r"(?:(?<![\w.])(?P<body>[A-Z][A-Z0-9]{1,7})[ \t]+)?(?P<rep>Perwakilan|PERWAKILAN)"
    r"(?P<rest>(?:[ \t]+[A-Z][\w&'’\-]*){0,4})[\s\-–]*$"
)
# Capitalised words before 'Perwakilan' that name no body: a signer's title, title wording, the nation.
_NOT_REPRESENTED_BODY = _SIGNER_WORDS | {"ri", "lkj", "lkjip", "lakip", "lkip", "renstra", "tahun", "dan"}


def _representative_office(tail: str) -> tuple[str, str, int] | None:
    """(key, display, start) of a central body's provincial representative office ending `tail`, or None.

    Audit, development-audit and family-planning bodies keep one office per
    province and name it 'Perwakilan' with the body's initials before or
    after ('BPK Perwakilan', 'Perwakilan BKKBN'): no head word of a regional
    office opens it, so `_HEAD_RE` finds none. A bare 'Kepala Perwakilan'
    names no body and is no office name.
    """
    if "erwakilan" not in tail[-60:] and "ERWAKILAN" not in tail[-60:]:
        return None
    m = _REPRESENTATIVE_TAIL_RE.search(tail, max(0, len(tail) - 60))
    if m is None:
        return None
    start = m.start("rep")
    if m.group("body") and m.group("body").lower() not in _NOT_REPRESENTED_BODY:
        start = m.start("body")
    elif not m.group("rest").strip():
        return None
    display = _recase(" ".join(tail[start:].split()).strip(" -–,"))
    return re.sub(r"[^a-z]", "", display.lower()), display, start


@lru_cache(maxsize=16384)
def _region_after(kind: str, words: str) -> Region | None:
    folded = words_of(words)
    if folded[:1] == ("upaten",) and kind == "kabupaten":
        # OCR broke the prefix: 'KAB UPATEN MALANG' is Kabupaten Malang; read as a name, 'upaten malang' comes
        # closest to another region ('Pemalang')
        folded = folded[1:]
    hit = match_region_words(kind, folded[:5])
    return hit[0] if hit else None


_PRINTED_WORD_RE = re.compile(r"[a-z0-9|]+")
_HYPHENED_RE = re.compile(r"(?<=\w[-/])[a-z]")  # 'Bau-bau', 'Sawahlunto/sijunjung' as capitalised: 'Bau-Bau'
_KEP_RE = re.compile(r"\bKep(?:\.|\b)\s*", re.IGNORECASE)
MAX_REGION_WORDS = 5


def _printed_region(text: str, low: str, start: int, end: int, region: Region, prefixed: bool = True) -> str:
    """`_printed_name` of text[start:end]; headers repeat it, so the answers are cached."""
    return _printed_name(text[start:end], low[start:end], region, prefixed)


@lru_cache(maxsize=4096)
def _printed_name(text: str, low: str, region: Region, prefixed: bool) -> str:
    """The region as the office's name prints it (`text`: the words after its prefix), the prefix spelled out.

    An office names itself as its cover prints its region: 'Kota Baubau', 'Kota
    Jakarta Timur' (the catalogue's 'Kota Administrasi Jakarta Timur'),
    'Kabupaten Toba Samosir' (the old name of Kabupaten Toba). Only a name spelled
    letter for letter as the catalogue knows it is kept: the catalogue's own
    name, an OCR slip or a short form ('Kukar') give the catalogue's name. A
    province its office names bare ('KPU Daerah Istimewa Yogyakarta', 'KIP
    Aceh') stays bare.
    """
    bare = not prefixed and region.level == "provinsi"
    spans = [(m.start(), m.end()) for m in _PRINTED_WORD_RE.finditer(low)][:MAX_REGION_WORDS]
    words = words_of(low[:spans[-1][1]]) if spans else ()
    for n in range(len(spans), 0, -1):
        if len(words) == len(spans) and spells_name_of(region, words[:n]):
            if is_catalogue_spelling(region, words[:n]):
                break  # the catalogue's own name, in the catalogue's capitals
            body = " ".join(text[:spans[n - 1][1]].split())
            body = _KEP_RE.sub("Kepulauan ", _HYPHENED_RE.sub(lambda h: h.group().upper(), _recase(body)))
            if bare:
                return body
            prefix = {"provinsi": "Provinsi", "kabupaten_kota": region.name.split(" ", 1)[0]}[region.level]
            return f"{prefix} {body}"
    return region.name if bare else region.display_name


@lru_cache(maxsize=4096)
def _region_across_lines(kind: str, words: str, next_words: str) -> Region | None:
    """The region whose name runs on over a line break, or None.

    A cover breaks a long name where it likes: 'KPU KABUPATEN BANDUNG' over
    'BARAT', 'PROVINSI KALIMANTAN' over 'TIMUR'. Read on the first line alone,
    the name is another region's (Kabupaten Bandung) or none; the longer name
    counts only when the words of both lines spell a catalogue name exactly.
    """
    own = words_of(words)
    if len(own) >= 4:
        return None
    hit = match_region_words(kind, (own + words_of(next_words))[:5])
    if hit is None or hit[1] <= len(own) or hit[2] < 100.0:
        return None
    return hit[0]


def _lower_same_length(text: str, lower: str | None = None, lookalikes: bool = True) -> str:
    """Lower case with look-alike letters folded, one character for one.

    `lower` is text.lower() if made already; `lookalikes` False when the text
    is known to hold no Greek or Cyrillic letter.
    """
    low = text.lower() if lower is None else lower
    if len(low) != len(text):  # 'İ' lowers to two characters
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if lookalikes and not text.isascii():
        hits = [m.start() for m in _LOOKALIKE_RE.finditer(text)]
        if hits:  # few, so patch them in rather than translate the whole text
            parts, prev = [], 0
            for pos in hits:
                folded = text[pos].translate(CONFUSABLES).lower()
                parts += [low[prev:pos], folded if len(folded) == 1 else low[pos]]
                prev = pos + 1
            parts.append(low[prev:])
            low = "".join(parts)
    return low


class _Doc:
    """The text of one report with fast position look-ups."""

    def __init__(self, doc: LocatedText, joined: DocText | None = None) -> None:
        joined = joined or DocText(doc.lines)
        # The front matter's glued and letter-spaced words read back into words ('KPUKOTA MALANG'); the
        # evidence keeps the line as printed.
        self.printed: dict[int, str] = {}
        repaired = repair_front(joined.texts, 0, min(len(joined.texts), FRONT_REPAIR_LINES))
        if repaired:
            self.printed = {i: joined.texts[i] for i in repaired}
            joined = DocText([Line(line.number, line.page, repaired[i]) if i in repaired else line
                              for i, line in enumerate(doc.lines)])
        self.lines = joined.texts
        self.numbers = list(map(attrgetter("number"), doc.lines))
        self.text = joined.text
        self.low = _lower_same_length(self.text, joined.lower, joined.may_hold(0x0370, 0x052F))
        # each line and its newline (`flat`'s lines are as long as the text's: the list other stages ask for)
        self.starts = joined.flat_starts()
        low = self.low
        # Title wording, found once for the whole text.
        self.titles = [
            m.start() for m in _TITLE_SCAN_RE.finditer(low) if m.start() == 0 or not low[m.start() - 1].isalpha()
        ]
        self.lay: _Layout | None = None

    def at(self, pos: int) -> tuple[int, int]:
        """(line index, column) of a text position."""
        i = bisect_right(self.starts, pos) - 1
        return i, pos - self.starts[i]

    def has_title(self, a: int, b: int) -> bool:
        """Title wording ('Laporan Kinerja', 'LKj') starts within text positions [a, b)."""
        k = bisect_left(self.titles, a)
        return k < len(self.titles) and self.titles[k] < b

    def prev_nonempty(self, i: int, reach: int = 2) -> int | None:
        for j in range(i - 1, max(-1, i - 1 - reach), -1):
            if self.lines[j].strip():
                return j
        return None

    def weight(self, i: int, col: int = 0) -> tuple[float, bool]:
        lay = self.lay
        assert lay is not None  # laid out before any mention is weighed
        return _line_weight(self.numbers[i], self.lines[i], lay, col)

    def title_before(self, i: int, col: int, front: bool) -> bool:
        """Title wording before column `col` of line i, or (in the front matter) on the line above.

        On the cover, the title may stand a few short lines higher: a cover sets
        'LAPORAN KINERJA' / 'KOMISI PEMILIHAN UMUM' / 'KABUPATEN KLATEN' / 'TAHUN
        2022' one block of lines apart.
        """
        a = self.starts[i]
        if col > TITLE_REACH_CHARS:  # deep in a long line: the title must stand near ('... Laporan Kinerja ...')
            return self.has_title(a + col - TITLE_REACH_CHARS, a + col)
        if front:
            j = self.prev_nonempty(i)
            if j is not None and len(self.lines[j]) <= 200:
                a = self.starts[j]
                lay = self.lay
                if lay is not None and self.numbers[i] in lay.cover:
                    for k in range(j - 1, max(-1, i - 1 - COVER_TITLE_REACH), -1):
                        if len(self.lines[k]) > COVER_LINE_MAX_CHARS:
                            break
                        a = self.starts[k]
        return self.has_title(a, self.starts[i] + col)

    def ev(self, best: _Best, note: str = "") -> str:
        """'line N: <text>' for an auditor; a long line is cut around the mention."""
        raw = self.lines[best.i]
        line = raw.strip()
        if len(line) > 200:
            col = max(0, best.col - (len(raw) - len(raw.lstrip())))
            a = max(0, col - 80)
            line = ("…" if a else "") + line[a:a + 200].strip() + ("…" if a + 200 < len(line) else "")
        if best.i in self.printed:
            line = f"{line} (printed '{self.printed[best.i].strip()[:200]}')"
        if best.prev is not None:  # the office's name stands on the line above
            above = self.printed.get(best.prev, self.lines[best.prev]).strip()
            line = f"{line} (line {self.numbers[best.prev]}: {above[-120:]})"
        return f"line {self.numbers[best.i]}: {line}" + (f" [{note}]" if note else "")


# ---------------------------------------------------------------- main


def find_document_fields(doc: LocatedText, joined: DocText | None = None) -> DocumentFields:
    """Agency, level, region, province and reporting year of one report (`joined`: its text, if joined already)."""
    if not doc.lines:
        return DocumentFields()
    joined = joined or DocText(doc.lines)
    foreign = _listed_elsewhere(joined)
    if foreign is not None:
        a, b = foreign  # other documents' titles: blank lines, so that nothing in them is read (numbers kept)
        lines = [Line(line.number, line.page, "") if a <= k < b else line for k, line in enumerate(doc.lines)]
        doc, joined = replace(doc, lines=lines), DocText(lines)
    d = _Doc(doc, joined)
    low = d.low
    prefix_hits = sorted((m for pattern in _PREFIX_BY_LETTER_RES for m in pattern.finditer(low)
                          if m.start() == 0 or not low[m.start() - 1].isalpha()), key=Match.start)
    year_hits = [m for m in _YEAR_RE.finditer(low)
                 if (m.start() == 0 or not low[m.start() - 1].isalpha())
                 and not _regulation_before(low, m.start())]
    year_hits += [m for m in misread_tahun_years(low) if not _regulation_before(low, m.start() - MISREAD_TAHUN_CHARS)]
    hits = _regional_hits(low, prefix_hits)
    mention_lines = {d.at(h[0])[0] for h in hits} | {d.at(m.start())[0] for m in year_hits}
    d.lay = _layout(d.lines, d.numbers, mention_lines)

    candidates: dict[tuple[str, str | None], _Candidate] = {}
    region_votes: dict[str, _Vote] = {}
    _scan_regional(d, hits, candidates, region_votes)
    _scan_national(d, candidates)
    _scan_kecamatan_units(d, candidates)
    _merge_spellings(candidates)
    _merge_short_forms(candidates)

    out = DocumentFields()
    regional = [c for c in candidates.values() if c.region is not None]
    national = [c for c in candidates.values() if c.region is None and c.strong]
    winner = max(regional, key=lambda c: (c.score, -c.best.i), default=None)
    best_national = max(national, key=lambda c: (c.score, -c.best.i), default=None)
    if best_national is not None and (winner is None or best_national.score > winner.score):
        winner = best_national
    if winner is not None and winner.region is None and _dipa_satker(d) is not None:
        winner = None  # a national unit beside a quoted DIPA's satker line is the satker's parent (`_dipa_satker`)
    if winner is not None and winner.region is not None:
        winner = _office_under_government(d, winner, regional)
        winner = _unit_of_secretariat(d, winner)

    region: Region | None = None
    source: _Best | None = None
    if winner is not None:
        office = winner.displays.most_common(1)[0][0]
        region, source = winner.region, winner.best
        if region is None and office.startswith("Kementerian ") and (unit := _unit_under_ministry(d)) is not None:
            office, source = unit[0], _Best(0.0, unit[1], 0)
        elif region is None and office.startswith("Kementerian ") and (unit := _ministry_unit_named(d)) is not None:
            spelled = [c.displays.most_common(1)[0][0] for c in candidates.values() if c.region is None]
            office, source = f"{unit[0]} {_ministry_in_full(office, spelled)}", _Best(0.0, unit[1], 0)
        if region is None:
            out.agency = office
        else:
            names = winner.region_names.most_common(1)
            out.agency = f"{office} {names[0][0] if names else region.display_name}"
        out.evidence["agency"] = d.ev(source)
        if region is None:
            out.level = "pusat"
            out.evidence["level"] = d.ev(source, "national body")
    elif region_votes:
        # No office named with a region: a bare region name, if it stands in the front matter.
        code, vote = max(region_votes.items(), key=lambda kv: kv[1].score)
        if vote.best.weight >= W_COVER_LONG:
            region, source = load_regions()[code], vote.best
            unit = _titled_unit(d) if region.level == "kabupaten_kota" else None
            unit = unit or _titled_initials(d, region) or _self_described_office(d) \
                or _repeated_initials(d, region)
            if unit is not None:
                name, i = unit
                out.agency = f"{name} {region.display_name}"
                out.evidence["agency"] = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]} (region: {d.ev(source)})"
            elif region.level == "kabupaten_kota" and (kecamatan := _named_kecamatan(d)) is not None:
                # (named as the text prints it: a kecamatan named only in prose is never named with its region)
                name, i = kecamatan
                out.agency = name
                out.evidence["agency"] = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]} (the kecamatan the " \
                                         f"text reports on; region: {d.ev(source)})"
            elif (government := _titled_government(d, region) or _government_as_subject(d, region)) is not None:
                name, i = government
                out.agency = name
                out.evidence["agency"] = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]} (region: {d.ev(source)})"
    if winner is None and out.agency is None and region is None:
        if not region_votes and (body := _titled_election_body(d)) is not None:
            name, i = body
            out.agency, out.level = name, "pusat"
            out.evidence["agency"] = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]} (title; no region named)"
            out.evidence["level"] = f"line {d.numbers[i]}: an election body that names no region is the national one"
        else:
            _unit_without_region(d, out)
        if out.agency is None and not region_votes and (titled := _titled_office(d)) is not None:
            name, i = titled
            out.agency = name
            out.evidence["agency"] = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]} (title; no region named)"

    if region is not None and source is not None:
        out.region = region.display_name
        out.region_code = region.code
        out.level = region.level
        out.province = region.province
        out.evidence["region"] = d.ev(source, f"catalogue {region.code} {region.name}")
        out.evidence["level"] = d.ev(source, f"catalogue {region.code}: {region.level}")
        out.evidence["province"] = d.ev(source, f"catalogue {region.code} {region.name} in {region.province}")
        parent = FORMER_PARENT_PROVINCE.get(region.province_code)
        if parent is not None:
            # Before the 2022 split a report prints the old province ('Provinsi Papua').
            old = region_votes.get(parent)
            new = region_votes.get(region.province_code)
            if old is not None and old.score > (new.score if new else 0.0):
                out.province = load_regions()[parent].name
                out.evidence["province"] = d.ev(old.best, "the report names the province before the 2022 split")
    elif out.level != "pusat":
        provinces = [(v.score, code) for code, v in region_votes.items() if "." not in code]
        if provinces:
            _, code = max(provinces)
            out.province = load_regions()[code].name
            out.evidence["province"] = d.ev(region_votes[code].best, "the weightiest province mention")
            if out.level is None and not any("." in c for c in region_votes):
                # a report that names a province and no kabupaten or kota in it is the province's office's
                out.level = "provinsi"
                out.evidence["level"] = d.ev(region_votes[code].best, "a province named, no kabupaten or kota")

    if out.level is None and region is None and out.agency is None:
        _region_of_head(d, out)
    if out.level is None and region is None:
        _region_of_web_address(d, out)
    if out.level is None and region is None and out.agency is None and out.province is None:
        _province_of_bare_name(d, out)

    _find_year(d, out, year_hits, region)
    return out


def _place_in(out: DocumentFields, region: Region, evidence: str) -> None:
    """Region, its code, level and province from one catalogue entry, each with the same evidence."""
    out.region, out.region_code = region.display_name, region.code
    out.level, out.province = region.level, region.province
    for key in ("region", "level", "province"):
        out.evidence[key] = evidence


def _place_in_the_one(d: _Doc, out: DocumentFields, found: dict[str, int], why: str
                      ) -> tuple[Region, int, int] | None:
    """Place the report in the region found, when exactly one was (code -> its first mention's position), the
    evidence saying `why` (its '{}' the region's name); (region, line, column) of that mention, or None."""
    if len(found) != 1:
        return None
    code, pos = next(iter(found.items()))
    region = load_regions()[code]
    i, col = d.at(pos)
    _place_in(out, region, d.ev(_Best(0.0, i, col), why.format(region.name)))
    return region, i, col


# A region named after its head's title: 'Gubernur Sulawesi Tengah', 'Bupati Sleman', 'Wali Kota Malang'. The title
# tells the kind of region ('Bupati Malang' is the kabupaten's, 'Wali Kota Malang' the kota's).
_HEAD_REGION_RE = re.compile(
    r"(?<![a-z])(gubernur|bupati|wali\s?kota)\s+((?:[a-z][a-z'’\-]*)(?:[ \t]+[a-z][a-z'’\-]*){0,3})"
)
_HEAD_KIND = {"gubernur": "provinsi", "bupati": "kabupaten", "walikota": "kota"}
_OWN_BUDGET_RE = re.compile(r"\b(?:apbd|apba)\b")  # the region's own budget


def _region_of_head(d: _Doc, out: DocumentFields) -> None:
    """Region, province and level from the one region the text names after its head's title; its government the
    agency when the text reports on the region's own budget (APBD).

    Asked only when no office or region was found: a news report of a province's budget names the province only
    as its governor's ('dipimpin Gubernur Sulawesi Tengah'). Two regions named so give none.
    """
    found: dict[str, int] = {}
    for m in _HEAD_REGION_RE.finditer(d.low):
        kind = _HEAD_KIND[m.group(1).replace(" ", "")]
        region = exact_region_words(kind, words_of(m.group(2)))
        if region is not None:
            found.setdefault(region.code, m.start())
    placed = _place_in_the_one(d, out, found, "the head of {}'s government named")
    if placed is None:
        return
    region, i, col = placed
    if _OWN_BUDGET_RE.search(d.low):
        out.agency = f"Pemerintah {region.display_name}"
        out.evidence["agency"] = d.ev(_Best(0.0, i, col), "the text reports on the region's own budget (APBD)")


# A regional government's web address: 'www.manggaraitimurkab.go.id', 'dinkes.malangkota.go.id', 'baliprov.go.id'
# (the region's name, its spaces dropped, then 'kab', 'kota' or 'prov'). A page footer of an excerpt may be the only
# place that names its region.
_REGION_DOMAIN_RE = re.compile(r"(?<![a-z0-9])([a-z]{3,40})(kab|kota|prov)\.go\.id\b")


@lru_cache(maxsize=1)
def _regions_by_domain() -> dict[str, Region]:
    """Kabupaten, kota and provinces by the name their web address prints ('manggaraitimurkab', 'gorontaloprov'); a
    name two share is left out. (A province printed short, 'jatengprov', is found by none.)"""
    found: dict[str, Region | None] = {}
    for region in load_regions().values():
        if region.level == "provinsi":
            key = re.sub(r"[^a-z]", "", fold(region.name)) + "prov"
        else:
            kind, _, name = region.name.partition(" ")
            key = re.sub(r"[^a-z]", "", fold(name)) + ("kab" if kind == "Kabupaten" else "kota")
        found[key] = None if key in found else region
    return {k: v for k, v in found.items() if v is not None}


def _region_of_web_address(d: _Doc, out: DocumentFields) -> None:
    """Region, province and level from the one regional government whose web address the text prints.

    Asked only when no office or region was found: an excerpt from a report's middle may name its region nowhere
    but in a page footer's address. Two regions' addresses give none.
    """
    if ".go.id" not in d.low:
        return
    found: dict[str, int] = {}
    for m in _REGION_DOMAIN_RE.finditer(d.low):
        region = _regions_by_domain().get(m.group(1) + m.group(2))
        if region is not None:
            found.setdefault(region.code, m.start())
    _place_in_the_one(d, out, found, "the web address of {}'s government")


# A provincial government spoken of as such ('kinerja pemerintah provinsi'), and the words of a lower region (not
# 'desa': a province counts its villages too).
_PROVINCIAL_GOVERNMENT_RE = re.compile(r"(?<![a-z])pemerintah\s+(?:daerah\s+)?provinsi\b")
_LOWER_REGION_RE = re.compile(r"(?<![a-z])(?:kabupaten|kab\.|kota|kecamatan)(?![a-z])")
BARE_PROVINCE_MIN_MENTIONS = 2


@lru_cache(maxsize=1)
def _bare_province_re() -> re.Pattern:
    """A province's name as a word of its own, no prefix ('Orang Asli Papua'), longest names first; not one a
    kabupaten or kota shares ('Jambi' is Kota Jambi's too), nor the head of a longer name ('Papua' of 'Papua
    Barat')."""
    regions = load_regions().values()
    lower = {r.name.split(" ", 1)[1] for r in regions if r.level != "provinsi"}
    names = sorted((r.name for r in regions if r.level == "provinsi" and r.name not in lower), key=len, reverse=True)
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(n).replace("\\ ", r"[ \t]+") for n in names)
                      + r")(?!\w)(?![ \t]+[A-Z])")


def _province_of_bare_name(d: _Doc, out: DocumentFields) -> None:
    """Province and level 'provinsi' of a text that speaks of a provincial government and names one province,
    bare, again and again; and no kabupaten, kota or lower region at all.

    Asked only when nothing else placed the text: an excerpt from a province's own tables names its goals and
    indicators ('akuntabilitas kinerja pemerintah provinsi', 'hak dasar Orang Asli Papua') but no office. Two
    provinces named, or a name said once, give none.
    """
    government = _PROVINCIAL_GOVERNMENT_RE.search(d.low)
    if government is None or _LOWER_REGION_RE.search(d.low) is not None:
        return
    found: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _bare_province_re().finditer(d.text):
        name = " ".join(m.group(1).split())
        found[name] += 1
        first.setdefault(name, m.start())
    if len(found) != 1:
        return
    name, n = found.most_common(1)[0]
    if n < BARE_PROVINCE_MIN_MENTIONS:
        return
    region = next(r for r in load_regions().values() if r.level == "provinsi" and r.name == name)
    i, col = d.at(first[name])
    j, gcol = d.at(government.start())
    out.province, out.level = region.province, "provinsi"
    out.evidence["province"] = d.ev(_Best(0.0, i, col), f"the one province named, {n} times, without its prefix")
    out.evidence["level"] = d.ev(_Best(0.0, j, gcol), "the text speaks of the provincial government; no lower region")


# A document site's list of other documents after (or beside) the text: docplayer's 'Dokumen-dokumen yang mirip',
# 'Dokumen terkait'. A heading alone on its line.
_ELSEWHERE_RE = re.compile(
    r"^[\W_]*(?:dokumen-dokumen\s+yang\s+mirip|dokumen\s+yang\s+mirip|dokumen\s+terkait)[\W_]*$",
    re.IGNORECASE,
)
_TRANSCRIPT_RE = re.compile(r"^\W*(?:transkripsi|transcript|teks\s+penuh)\W*$", re.IGNORECASE)


def _listed_elsewhere(joined: DocText) -> tuple[int, int] | None:
    """(first, stop) line indices of a site's list of other documents' titles, or None.

    A page saved from docplayer lists after the text, under 'dokumen-dokumen
    yang mirip', the titles of other reports ('LAPORAN KINERJA ... KOMISI
    PEMILIHAN UMUM KABUPATEN WONOGIRI', 'KATA PENGANTAR. Palangka Raya, 23
    Februari 2016 Ketua, ...'): none of them is this report's office, year or
    signing date. The list runs to the end of the text, or to the transcript
    heading when the text follows it.
    """
    low = joined.lower
    texts = joined.texts
    for phrase in _ELSEWHERE_PHRASES:  # (found with str.find: most reports hold none of them)
        pos = low.find(phrase)
        while pos >= 0:
            line_end = low.find("\n", pos)
            line = low[low.rfind("\n", 0, pos) + 1:line_end if line_end >= 0 else len(low)]
            if len(line) < 40 and _ELSEWHERE_RE.match(line):
                k = low.count("\n", 0, pos)  # (lines end at the lower-cased text's newlines too)
                stop = next((j for j in range(k + 1, len(texts))
                             if len(texts[j]) < 30 and _TRANSCRIPT_RE.match(texts[j])), len(texts))
                return k, stop
            pos = low.find(phrase, pos + len(phrase))
    return None


_ELSEWHERE_PHRASES = ("yang mirip", "dokumen terkait")


def _office_under_government(d: _Doc, winner: _Candidate, regional: list[_Candidate]) -> _Candidate:
    """The office the cover names, when the winner is its parent government.

    A cover prints 'PEMERINTAH DAERAH PROVINSI JAWA BARAT' above 'LAPORAN
    KINERJA / BADAN PENDAPATAN DAERAH': the government the office belongs to
    carries the region, the office does not. When another office of the same
    region (named with it elsewhere: the preface, the signature) stands on
    the cover by its own name, that office reports. A government's own LKjIP
    names no other office on its cover, so it keeps the government.
    """
    if not _GOVERNMENT_RE.match(winner.displays.most_common(1)[0][0]):
        return winner
    lay = d.lay
    # (a cover's lines are short, or all in capitals when a text layer ran the cover into one line: a news
    # report or an excerpt that opens with prose has no cover to print an office on, and a 'Setda' its sentence
    # names is no office under the government)
    cover = " ".join(" ".join(text.lower().split()) for text, n in zip(d.lines, d.numbers)
                     if n in lay.cover and (len(text.strip()) <= COVER_LINE_MAX_CHARS or text.isupper()))
    offices = [c for c in regional if c is not winner and c.region.code == winner.region.code and c.strong
               and not _GOVERNMENT_RE.match(c.displays.most_common(1)[0][0])
               and any(" ".join(name.lower().split()) in cover for name in c.displays)]
    if offices:
        return max(offices, key=lambda c: (c.score, -c.best.i))
    return _titled_unit_of_government(d, winner) or _bare_office_on_cover(d, winner) or winner


def _titled_unit_of_government(d: _Doc, government: _Candidate) -> _Candidate | None:
    """The unit a front-matter title names on its own line without a region, under its government.

    A cover prints 'PEMERINTAH KABUPATEN Y' above 'LAKIP RSUD X Tahun 2020' or
    'LKjIP Dinas Z Tahun 2021': the government line gives the region, the
    title says whose report it is. A government's own report titles the
    region ('LKjIP Kabupaten Y'), no unit, and is signed by the regent, mayor
    or governor; a cover that prints another office on a line of its own is
    no one office's (`_bare_office_on_cover` weighs those).
    """
    lay = d.lay
    assert lay is not None
    named: dict[str, tuple[str, int]] = {}
    for hit in (_titled_unit(d), _titled_office(d)):
        if hit is None:
            continue
        i, n = hit[1], d.numbers[hit[1]]
        # (a cover's or running header's short title line: a preface or a sentence may cite another unit's report)
        if (n in lay.cover or n in lay.header_lines) and len(d.lines[i].strip()) <= COVER_LINE_MAX_CHARS \
                and d.has_title(d.starts[i], d.starts[i] + len(d.lines[i])):
            named.setdefault(hit[0].lower(), hit)
    if len(named) != 1:
        return None
    name, i = next(iter(named.values()))
    for text, n in zip(d.lines, d.numbers):
        if n not in lay.cover:
            continue
        line = " ".join(text.split()).strip(" .,:;-–")
        h = _HEAD_RE.match(line) if line and len(line) <= BARE_OFFICE_MAX_CHARS else None
        if h is not None and h.group()[0].isupper() and not _GOVERNMENT_RE.match(line) \
                and _OFFICE_REST_RE.match(line, h.end()) and name.lower() not in line.lower() \
                and not any(prefix_kind(w.lower().strip(".,")) is not None for w in line.split()):
            return None  # another office on the cover (one named with a region the scan weighed already)
    if any(text.split()[0].strip(".,:").lower() in _HEAD_OF_GOVERNMENT
           for text, n in zip(d.lines, d.numbers) if n in lay.signature_lines and text.split()):
        return None  # signed by the regent, mayor or governor: the government's own report
    office = _Candidate(region=government.region, strong=True)
    office.mention(name, government.score, i, 0, True, government.best.i)
    office.region_names.update(government.region_names)
    return office


# A Setda's bureau or section named alone ('BIRO UMUM', 'Bagian Tata Pemerintahan'): capitalised words after it.
_SECRETARIAT_UNIT_NAME_RE = re.compile(
    r"\b(?:BIRO|Biro|BAGIAN|Bagian)((?:\s+(?:[A-Z][\w&'’\-]*|dan|serta|DAN|SERTA|&)){1,6})"
)
_UNIT_NAME_STOP = frozenset(
    "tahun sekretariat setda pemerintah provinsi propinsi kabupaten kota laporan kinerja lakip lkj lkjip kata "
    "pengantar daftar isi bab ta".split()
)
UNIT_TITLE_REACH = 60  # characters before a bureau's name where its title wording stands ('LAKIP Biro Umum')


def _secretariat_units(d: _Doc, numbers: set[int] | frozenset[int] | range) -> list[tuple[int, int, str]]:
    """(line index, column, name as 'Biro Umum') of the bureaus and sections named on the lines `numbers`."""
    found = []
    for i, (text, n) in enumerate(zip(d.lines, d.numbers)):
        if n not in numbers or ("iro" not in text and "IRO" not in text and "agian" not in text and "AGIAN" not in text):
            continue
        for m in _SECRETARIAT_UNIT_NAME_RE.finditer(text):
            words: list[str] = []
            for w in m.group(1).split():
                if w.lower().strip(".,:") in _UNIT_NAME_STOP or prefix_kind(w.lower().strip(".,")) is not None:
                    break
                words.append(w.strip(".,:"))
            while words and words[-1].lower() in ("dan", "serta", "&"):
                words.pop()
            if words:
                found.append((i, m.start(), _recase(m.group()[:m.start(1) - m.start()] + " " + " ".join(words))))
    return found


def _unit_of_secretariat(d: _Doc, winner: _Candidate) -> _Candidate:
    """The bureau (Biro) or section (Bagian) of a regional secretariat whose report this is, else the winner.

    A bureau's cover prints its government's secretariat with the region and
    its own name apart: 'SEKRETARIAT DAERAH PROVINSI X' / 'LAPORAN KINERJA' /
    'BIRO UMUM'; the preface says 'LAKIP Biro Umum Tahun 2016', the head of
    the bureau signs. The bureau reports, as 'Biro Umum Sekretariat Daerah
    Provinsi X'. It must stand on the cover after title wording (or alone on
    its line) and again in the preface after title wording or in the
    signature: a secretariat's own report that credits its organisation
    section as compiler keeps the secretariat.
    """
    office = winner.displays.most_common(1)[0][0]
    if not office.lower().startswith(("sekretariat daerah", "setda")):
        return winner
    lay = d.lay
    assert lay is not None

    def titled(i: int, col: int) -> bool:
        pos = d.starts[i] + col
        return d.has_title(max(d.starts[i], pos - UNIT_TITLE_REACH), pos)

    on_cover = {name for i, col, name in _secretariat_units(d, lay.cover)
                if titled(i, col) or len(d.lines[i].strip()) <= len(name) + 2}
    if len(on_cover) != 1:
        return winner  # none, or several: the cover is no one unit's
    name = on_cover.pop()
    again = any(n == name and (titled(i, col) or d.numbers[i] in lay.signature_lines)
                for i, col, n in _secretariat_units(d, lay.preface))
    if not again:
        return winner
    unit = _Candidate(region=winner.region, strong=True)
    unit.mention(f"{name} {office}", winner.score, winner.best.i, winner.best.col, True, winner.best.prev)
    unit.region_names.update(winner.region_names)
    return unit


BARE_OFFICE_MAX_CHARS = 80  # a cover line that holds an office's name and nothing else
_HEAD_OF_GOVERNMENT = frozenset({"bupati", "walikota", "wali", "gubernur"})


def _ends_on_bare_prefix(words: list[str], government: _Candidate) -> bool:
    """The line is '<office words> KABUPATEN' (or KOTA, PROVINSI) with the government's kind and no region after.

    A letterhead prints 'PEMERINTAH KABUPATEN X' over 'INSPEKTORAT KABUPATEN': the
    bare prefix ties the office to the government above, so it needs no second mention.
    """
    if len(words) < 2 or prefix_kind(words[-1].lower().strip(".,")) != _kind_of(government.region):
        return False
    return not any(prefix_kind(w.lower().strip(".,")) is not None for w in words[:-1])


def _kind_of(region: Region | None) -> str | None:
    """'kabupaten', 'kota' or 'provinsi': the prefix word a region is printed with."""
    if region is None:
        return None
    return "provinsi" if region.level == "provinsi" else region.name.split(" ", 1)[0].lower()


def _bare_office_on_cover(d: _Doc, government: _Candidate) -> _Candidate | None:
    """The office a cover names without its region under its government, when the report names it again.

    'PEMERINTAH KABUPATEN SLEMAN' / 'DINAS PERTANIAN, PANGAN DAN PERIKANAN' /
    'LAPORAN KINERJA TAHUN 2020', signed 'Kepala Dinas Pertanian, Pangan dan
    Perikanan': the office reports, in the government's region. Its name
    must stand again in the preface or the signature (a government's own
    report may print its planning office on the cover as the compiler, and
    is signed by the regent). The office takes the government's region.
    """
    lay = d.lay
    assert lay is not None
    found: list[tuple[int, str]] = []
    letterhead = False
    for i, (text, n) in enumerate(zip(d.lines, d.numbers)):
        if n not in lay.cover:
            continue
        line = " ".join(text.split()).strip(" .,:;-–")
        if not line or len(line) > BARE_OFFICE_MAX_CHARS:
            continue
        h = _HEAD_RE.match(line)
        if h is None or not h.group()[0].isupper() or _GOVERNMENT_RE.match(line) or \
                not _OFFICE_REST_RE.match(line, h.end()):
            continue
        words = line.split()
        if _ends_on_bare_prefix(words, government):
            found.append((i, _shorten(_recase(" ".join(words[:-1])))))
            letterhead = True
            continue
        if any(prefix_kind(w.lower().strip(".,")) is not None for w in words):
            continue  # named with a region: a mention the scan weighed already
        found.append((i, _shorten(_recase(_cover_name_wrapped(d, i, line)))))
    if len({name.lower() for _, name in found}) != 1:
        return None  # none, or several offices: the cover is no one office's (one printed twice, in its title
        # and as the publisher at the cover's foot over the year of printing, is still one)
    if any(text.split()[0].strip(".,:").lower() in _HEAD_OF_GOVERNMENT
           for text, n in zip(d.lines, d.numbers) if n in lay.signature_lines and text.split()):
        return None  # signed by the regent, mayor or governor: the government's own report
    i, name = found[0]
    spelled = _named_after_cover(d, name)
    if spelled is None and not letterhead:
        return None
    name = spelled or name
    office = _Candidate(region=government.region, strong=True)
    office.mention(name, government.score, i, 0, True, government.best.i)  # (its evidence shows the region's line)
    office.region_names.update(government.region_names)
    return office


# A kecamatan or a regional hospital named after its place right after title wording ('Laporan Akuntabilitas
# Kinerja Kecamatan Satui Tahun 2016', 'LAKIP RSUD POLEWALI TAHUN 2016'), a kecamatan also with its last letter
# lost to OCR ('(LKIP) Kecamata Bojongloa Kidul Kota Bandung'): up to three capitalised words.
_TITLED_UNIT_RE = re.compile(
    r"\b(KECAMATAN?|Kecamatan?|RSUD|RUMAH\s+SAKIT\s+UMUM\s+DAERAH|Rumah\s+Sakit\s+Umum\s+Daerah)"
    rf"\s+((?:{_PERSON_TITLE}\s*)*(?:[A-Z][\w'’\-]*)(?:\s+[A-Z][\w'’\-]*){{0,2}})"
)
_TITLED_UNIT_NAME_STOP = _UNIT_NAME_STOP | {"camat", "page", "halaman", "rsud", "direktur", "lakip", "lkjip"}


def _titled_unit(d: _Doc) -> tuple[str, int] | None:
    """('Kecamatan X' or 'RSUD X', line index) when title wording names one such unit as the report's own.

    A kecamatan's report may print its name in its title ('LKIP Kecamatan X
    Tahun 2016', a running header) and name its kabupaten only in a sentence
    ('pembangunan daerah Kabupaten Y'); a regional hospital is named after
    its town ('LAKIP RSUD X', 'PEMERINTAH KABUPATEN Y' beside it). The
    report's region is then the unit's kabupaten; the agency is the unit in
    it. Only a name that stands within UNIT_TITLE_REACH characters after
    title wording counts (a kecamatan a copied sentence names does not), and
    only one: two titled names give none.
    """
    names: dict[str, int] = {}
    for i, text in enumerate(d.lines):
        if "ecamat" not in text and "ECAMAT" not in text and "RSUD" not in text and "umah" not in text \
                and "UMAH" not in text:
            continue
        for m in _TITLED_UNIT_RE.finditer(text):
            pos = d.starts[i] + m.start()
            if not d.has_title(max(d.starts[i], pos - UNIT_TITLE_REACH), pos):
                continue
            words: list[str] = []
            for w in m.group(2).split():
                if w.lower().strip(".,:") in _TITLED_UNIT_NAME_STOP or prefix_kind(w.lower().strip(".,")) is not None:
                    break
                words.append(w if _PERSON_TITLE_RE.fullmatch(w) else w.strip(".,:"))
            if words:
                kind = "Kecamatan" if m.group(1).lower().startswith("kecamat") else "RSUD"
                names.setdefault(f"{kind} {_recase(' '.join(words))}", i)
    if len(names) != 1:
        return None
    return next(iter(names.items()))


_TITLE_LINE_RE = re.compile(r"^\W*laporan\s+(?:akuntabilitas\s+)?kinerja(?:\s+instansi\s+pemerintah)?\W*$")
_UNIT_LINE_RE = re.compile(r"^\s*(?P<name>[A-Z][\w.&'’\-]*(?:\s+(?:dan|serta|&|[A-Z][\w.&'’\-]*)){0,7})\s*$")
_UNIT_LINE_STOP = _UNIT_NAME_STOP | {"lakip", "lkjip", "lkip", "lkj", "renstra", "perjanjian", "rencana", "jl", "jalan",
                                     "alamat", "telp", "republik", "indonesia", "ri", "kementerian", "kata", "pengantar",
                                     "ikhtisar", "daftar", "bab", "tahun"}


def _unit_under_ministry(d: _Doc) -> tuple[str, int] | None:
    """(name, line) of the unit a cover titles its report with ('LAPORAN KINERJA' / 'RSAB HARAPAN KITA' / 'TAHUN
    2021'), when the body names it again; or the unit a running title names (`_running_title_unit`); or None.

    A ministry's hospital, office or centre prints its ministry at the head of the cover, and its own name
    under the title: the report is the unit's, not the ministry's.
    """
    return _unit_under_cover_title(d) or _running_title_unit(d)


# A ministry's inspectorate- or secretariat-general named bare, as the subject of a plan or of work: 'Renstra
# Inspektorat Jenderal Tahun 2020-2024', 'kinerja Inspektorat Jenderal dalam ...'. Each ministry has one of each.
_BARE_GENERAL_UNIT_RE = re.compile(r"(?<![\w])(Inspektorat|Sekretariat|INSPEKTORAT|SEKRETARIAT)\s+(?:Jenderal|JENDERAL)"
                                   r"(?!\s+(?!Tahun\b|TAHUN\b)[A-Z])")
_GENERAL_UNIT_SUBJECT_RE = re.compile(r"\b(?:renstra|kinerja|sasaran\s+program|program)\W*$", re.IGNORECASE)
_OTHER_GENERAL_UNIT_RE = re.compile(r"(?<![\w])(?:direktorat|badan)\s+jenderal\b|\bditjen\b", re.IGNORECASE)
MINISTRY_UNIT_MIN_MENTIONS = 2


def _ministry_unit_named(d: _Doc) -> tuple[str, int] | None:
    """('Inspektorat Jenderal' or 'Sekretariat Jenderal', line) when the text names one such unit of its ministry
    bare, MINISTRY_UNIT_MIN_MENTIONS times or more and once as the subject of a plan or work; else None.

    An excerpt of an inspectorate-general's report names its ministry often ('pengawasan Kementerian X') and itself
    as 'Inspektorat Jenderal' only: the report is the unit's. A ministry's own report names its directorates-general
    too, and is left to the ministry.
    """
    if "enderal" not in d.text and "ENDERAL" not in d.text:
        return None
    if _OTHER_GENERAL_UNIT_RE.search(d.text):
        return None
    units: Counter = Counter()
    first: dict[str, int] = {}
    subject: set[str] = set()
    for m in _BARE_GENERAL_UNIT_RE.finditer(d.text):
        if d.text[max(0, m.start() - 12):m.start()].lower().rstrip().endswith("sekretariat"):
            continue  # 'Sekretariat Inspektorat Jenderal': a part of the unit
        unit = m.group(1).capitalize() + " Jenderal"
        units[unit] += 1
        first.setdefault(unit, d.at(m.start())[0])
        if _GENERAL_UNIT_SUBJECT_RE.search(d.text, max(0, m.start() - 30), m.start()):
            subject.add(unit)
    if len(units) != 1:
        return None
    unit, count = units.most_common(1)[0]
    return (unit, first[unit]) if count >= MINISTRY_UNIT_MIN_MENTIONS and unit in subject else None


def _ministry_in_full(office: str, spelled: list[str]) -> str:
    """'Kementerian PUPR' as the text spells it out ('Kementerian Pekerjaan Umum dan Perumahan Rakyat'): the
    longest ministry name whose capitalised words' initials are the short form; else `office`."""
    short = office.split(" ", 1)[1]
    if not re.fullmatch(r"[A-Z]{2,8}", short):
        return office
    # (the short form may take the ministry's own K: 'KKP' of 'Kementerian Kelautan dan Perikanan')
    full = [name for name in spelled if name.startswith("Kementerian ")
            and short in (initials := "".join(w[0] for w in name.split() if w[0].isupper()), initials[1:])]
    return max(full, key=len, default=office)


# A page's running title that names the reporting unit: 'Laporan Akuntabilitas Kinerja Instansi Pemerintah BBKPM
# Makassar 2017', 'Laporan Kinerja 2021 Sekretariat Ditjen Kerja Sama ASEAN'. The unit opens on a unit's kind or on
# initials, and runs over capitalised words.
_RUNNING_TITLE_RE = re.compile(
    r"^\W*(?i:laporan\s+(?:akuntabilitas\s+)?kinerja(?:\s+instansi\s+pemerintah)?|lkj\s?ip|lakip|lkip|lkj)\s+"
    r"(?:(?i:tahun)\s+)?"
    r"(?:(?:19|20)\d\d\s+)?(?P<name>(?:[A-Z][A-Z0-9]{2,7}|(?i:sekretariat|direktorat|inspektorat|pusat|balai|biro|"
    r"badan|loka|kantor|politeknik|rumah\s+sakit))(?:\s+(?:dan|&|[A-Z][\w.&'’\-]*)){0,7})")
_SHORT_TITLE_RE = re.compile(r"\W*(?i:lkj|lakip|lkip)")  # a title by its short form: 'LKj DITJEN X TAHUN 2019'
# the short forms of a ministry's units, written out ('Ditjen' for 'Direktorat Jenderal')
_UNIT_SHORT_FORMS = {"ditjen": "Direktorat Jenderal", "itjen": "Inspektorat Jenderal", "setjen": "Sekretariat Jenderal",
                     "setditjen": "Sekretariat Direktorat Jenderal", "dit": "Direktorat"}


def _running_title_unit(d: _Doc) -> tuple[str, int] | None:
    """(name, line) of the one unit that page titles give the report to, its short forms and the initials the
    report spells out written out in full ('BBKPM Makassar': 'Balai Besar Kesehatan Paru Masyarakat Makassar',
    where the text says 'Balai Besar Kesehatan Paru Masyarakat (BBKPM) Makassar'); or None."""
    found: dict[str, int] = {}
    for i, text in enumerate(d.lines):
        if "inerja" not in text and "INERJA" not in text and _SHORT_TITLE_RE.match(text) is None:
            continue
        m = _RUNNING_TITLE_RE.match(text)
        if m is None:
            continue
        words: list[str] = []
        for w in m.group("name").split():
            if w.lower().strip(".,:") in _UNIT_LINE_STOP - {"sekretariat"} or prefix_kind(w.lower().strip(".,")):
                break
            words.append(w.strip(".,:"))
        if len(words) < 2:
            continue  # a unit's kind alone, or initials alone, names no one unit
        found.setdefault(" ".join(_spelled_unit_word(d, w) for w in words), i)
    return next(iter(found.items())) if len(found) == 1 else None


def _spelled_unit_word(d: _Doc, word: str) -> str:
    """`word` written out: a unit's short form, or initials the text spells out before it in brackets."""
    if word.lower() in _UNIT_SHORT_FORMS:
        return _UNIT_SHORT_FORMS[word.lower()]
    if not re.fullmatch(r"[A-Z][A-Z0-9]{2,7}", word):
        return word
    m = re.search(r"((?:[A-Z][a-z]+\s+){1,7})\(\s*" + re.escape(word) + r"\s*\)", d.text)
    if m is None:
        return word
    spelled = m.group(1).split()
    initials = "".join(w[0] for w in spelled)
    # the words whose initials the short form takes, from its end ('Laporan ... Balai Besar ... (BBKPM)')
    for k in range(len(spelled)):
        if initials[k:].upper() == word[:len(initials) - k].upper() and len(initials) - k >= 2:
            return " ".join(spelled[k:])
    return word


def _unit_under_cover_title(d: _Doc) -> tuple[str, int] | None:
    """(name, line) of the unit a cover titles its report with, under its title line, when the body names it
    again; or None."""
    lay = d.lay
    assert lay is not None
    for i, (text, n) in enumerate(zip(d.lines, d.numbers)):
        if n not in lay.cover:
            break
        if not _TITLE_LINE_RE.match(text.lower()):
            continue
        j = next((k for k in range(i + 1, min(len(d.lines), i + 3)) if d.lines[k].strip()), None)
        if j is None or d.numbers[j] not in lay.cover:
            continue
        m = _UNIT_LINE_RE.match(d.lines[j])
        if m is None or any(w.lower().strip(".,:") in _UNIT_LINE_STOP or prefix_kind(w.lower().strip(".,"))
                            for w in m.group("name").split()):
            continue
        key = " ".join(m.group("name").lower().split())
        later = [p.start() for p in re.finditer(re.escape(key).replace("\\ ", r"\s+"), d.low)
                 if p.start() > d.starts[j + 1]]
        if not later:
            continue  # named once: a heading, not the reporting unit
        printed = [" ".join(d.text[p:p + len(key) + 8].split())[:len(key)] for p in later]
        mixed = [t for t in printed if not t.isupper()]  # the body's spelling: 'RSAB Harapan Kita'
        return (mixed[0] if mixed else _recase(m.group("name"))), j
    return None


# 'Laporan Kinerja Instansi Pemerintah (LKjIP) DPMPD Kab. Kediri': an office's initials between the title and its
# region. (Title wording and its own initials in brackets; the initials as printed, capitals and digits.)
_TITLE_WORDS = (r"(?i:laporan\s+(?:akuntabilitas\s+)?kinerja(?:\s+instansi\s+pemerintah)?|lkj\s?ip|lakip|lkip|lkj)"
                r"(?:\s*\(\s*[A-Za-z]{2,8}\s*\))?\s+")
_TITLED_INITIALS_RE = re.compile(_TITLE_WORDS + r"(?P<acr>[A-Z][A-Z0-9]{2,9})\s+(?P<prefix>[A-Za-z]{3,9}\.?)\s")
# 'LKj IP Kota Dumai Tahun 2016', 'LAKIP Pemerintah Kabupaten X': the title names a region and no office.
_TITLED_REGION_RE = re.compile(_TITLE_WORDS + r"(?i:pemerintah\s+(?:daerah\s+)?)?(?P<prefix>[A-Za-z]{3,9}\.?)\s")
_NOT_OFFICE_INITIALS = frozenset("RPJMD RPJMN RKPD RENSTRA RENJA IKU APBD APBN SAKIP TAHUN PADA DAN".split())


def _titled_initials(d: _Doc, region: Region) -> tuple[str, int] | None:
    """(initials, line) of an office that the report's title names by its initials alone before `region`, or None.

    The title says whose report it is; an office a title calls 'DPMPD Kab. Kediri' is that office, though no
    list of names spells its initials out.
    """
    for m in _TITLED_INITIALS_RE.finditer(d.text):
        acr = m.group("acr")
        if acr in _NOT_OFFICE_INITIALS or acr in _ACRONYMS or not _region_follows(d, m, region):
            continue
        return acr, d.at(m.start("acr"))[0]
    return None


# Initials right before a region's prefix ('DP2KBP3A Kota Pontianak'), a title's or not; a digit may stand inside.
_INITIALS_BEFORE_REGION_RE = re.compile(r"(?<![\w.])(?P<acr>[A-Z][A-Z0-9]{2,9})\s+(?P<prefix>[A-Za-z]{3,9}\.?)\s")
# Plans, statistics and reports named with a region, no office: 'PDRB Kota X', 'IPM Kabupaten X'.
_NOT_OFFICE_BEFORE_REGION = frozenset("PDRB IPM IPG IDG PAD RTRW RPJPD LPPD LKPJ LKJ LKJIP LAKIP LKIP SPM".split())
INITIALS_REPEATS = 2  # times the same initials must stand before the region to name the office


def _repeated_initials(d: _Doc, region: Region) -> tuple[str, int] | None:
    """(initials, first line) of the one office the text names by initials before `region` again and again, or None.

    An excerpt from a report's middle may call its office only so, in prose
    ('Capaian Kinerja DP2KBP3A Kota X') and in a table's source note; once could be
    any body's, twice by one set of initials (and no other) is the office's own.
    """
    seen: dict[str, list[int]] = {}
    for m in _INITIALS_BEFORE_REGION_RE.finditer(d.text):
        acr = m.group("acr")
        if acr in _NOT_OFFICE_INITIALS or acr in _ACRONYMS or acr in _NOT_OFFICE_BEFORE_REGION \
                or acr.lower() in (w.lower() for w in region.name.split()) or not _region_follows(d, m, region):
            continue
        seen.setdefault(acr, []).append(d.at(m.start("acr"))[0])
    if len(seen) != 1:
        return None
    acr, lines = next(iter(seen.items()))
    return (acr, lines[0]) if len(lines) >= INITIALS_REPEATS else None


# 'LAKIP KPPN TANJUNGBALAI TAHUN 2012': initials and a place name between the title and its year.
_TITLED_INITIALS_PLACE_RE = re.compile(
    _TITLE_WORDS + r"(?P<acr>[A-Z][A-Z0-9]{2,9})(?P<place>(?:[ \t]+[A-Z][A-Za-z'’\-]+){1,3})[ \t]+(?i:tahun)\s+(?:19|20)\d\d\b"
)


# The election commission or its supervisory board after title words, by its full name or its short form:
# 'Laporan Akuntabilitas Kinerja Badan Pengawas Pemilihan Umum', 'LAKIP Bawaslu merupakan ...', 'LKj KPU'. What
# follows on the line must not be a name (a region, 'DKI Jakarta'): a year, 'Tahun', 'RI', a bracket or prose.
_TITLED_ELECTION_BODY_RE = re.compile(
    _TITLE_WORDS + r"(?:(?P<kpu>(?i:komisi\s+pemilihan\s+umum)(?:\s*\(\s*KPU\s*\))?|KPU)"
    r"|(?i:badan\s+pengawas\s+pemilihan\s+umum)(?:\s*\(\s*Bawaslu\s*\))?|(?i:bawaslu))"
    r"(?=[ \t]*(?:$|\(|[\d.,:;]|(?:RI|Republik|REPUBLIK|Tahun|TAHUN)\b|[a-z]))",
    re.MULTILINE)


def _titled_election_body(d: _Doc) -> tuple[str, int] | None:
    """('KPU RI' or 'Bawaslu RI', line) when title wording names the election commission or its board, or None.

    Called only for a report that names no region anywhere: every regional KPU or Bawaslu names its kabupaten,
    kota or province, so a titled one without any is the national body, whether the title spells it in full
    ('Laporan Kinerja Badan Pengawas Pemilihan Umum', the year on a line of its own) or short ('LAKIP Bawaslu').
    """
    m = _TITLED_ELECTION_BODY_RE.search(d.text)
    if m is None:
        return None
    return ("KPU RI" if m.group("kpu") else "Bawaslu RI"), d.at(m.start())[0]


# An office of a regional government after title words, its name running up to the report's year: 'Laporan
# Akuntabilitas Kinerja Instansi Pemerintah Dinas Tenaga Kerja dan Sosial Tahun 2016', or a cover's three lines.
_TITLED_OFFICE_RE = re.compile(
    _TITLE_WORDS + r"(?P<name>(?:Dinas|DINAS|Badan|BADAN|Kantor|KANTOR|Inspektorat|INSPEKTORAT|Satuan|SATUAN)"
    r"(?:[ \t]+(?:dan|serta|DAN|SERTA|&|[A-Z][\w'’\-]*)){1,8}?)\s+(?i:tahun)\s+(?:19|20)\d\d\b"
)
_TITLED_OFFICE_STOP = _UNIT_LINE_STOP | {"nasional", "negara", "pusat"}  # (a national body's words)


def _titled_office(d: _Doc) -> tuple[str, int] | None:
    """(office, line) of the one regional office title wording names before the year, or None.

    For a report that names no region anywhere (an excerpt, a chapter): the title still says whose report it
    is, as printed. Its region unknown, so is its level (a province and a kabupaten both have a Dinas Sosial).
    Two different titled offices give none.
    """
    names: dict[str, int] = {}
    for m in _TITLED_OFFICE_RE.finditer(d.text):
        words = m.group("name").split()
        if any(w.lower() in _TITLED_OFFICE_STOP or prefix_kind(w.lower().strip(".,")) is not None for w in words[1:]):
            continue
        names.setdefault(_expand_acronym(_shorten(_recase(" ".join(words)))), d.at(m.start("name"))[0])
    if len(names) != 1:
        return None
    return next(iter(names.items()))


def _titled_initials_place(d: _Doc) -> tuple[str, int] | None:
    """('<initials> <place>', line) of an office a title names by its initials and the place it serves, or None.

    A ministry's office in a town (a state treasury office, a tax office) names
    no kabupaten or kota: the title is all that says whose report it is. The
    initials must stand in the text again, so that a one-off heading is not read.
    """
    for m in _TITLED_INITIALS_PLACE_RE.finditer(d.text):
        acr, place = m.group("acr"), " ".join(m.group("place").split())
        if acr in _NOT_OFFICE_INITIALS or acr in _ACRONYMS or any(
                w.lower() in _UNIT_LINE_STOP or prefix_kind(w.lower()) for w in place.split()):
            continue
        if len(re.findall(rf"(?<![A-Za-z]){acr}(?![A-Za-z])", d.text)) < 2:
            continue
        return f"{acr} {_recase(place)}", d.at(m.start("acr"))[0]
    return None


def _region_follows(d: _Doc, m: Match, region: Region) -> bool:
    """`region`, with its prefix (group 'prefix' of m), stands where m ends."""
    want = region.level if region.level == "provinsi" else region.name.split(" ", 1)[0].lower()
    name = fold(region.name.split(" ", 1)[1] if region.level != "provinsi" else region.name)
    if prefix_kind(m.group("prefix")) != want:
        return False
    return fold(d.text[m.end():m.end() + len(name) + 20]).startswith(name)


# '<office> merupakan organisasi perangkat daerah ...', '<office> adalah unsur pelaksana ...': a report describing
# its own office, as BAB I and the closing chapter do.
_SELF_DESCRIBED_RE = re.compile(
    r"[ \t]+(?:merupakan|adalah)\s+(?:salah\s+satu\s+)?(?:organisasi\s+)?(?:perangkat\s+daerah|unsur\s+pelaksana"
    r"|skpd|opd)\b", re.IGNORECASE
)


def _self_described_office(d: _Doc) -> tuple[str, int] | None:
    """(office, line) of the one office a sentence describes as the region's apparatus, or None (none, or two).

    An excerpt from a report's middle may name its office only so, and its region only in a plan's name
    ('RPJMD Kabupaten X'); the sentence opens its line or follows a full stop.
    """
    found: dict[str, int] = {}
    for m in _SELF_DESCRIBED_RE.finditer(d.text):
        i, col = d.at(m.start())
        tail = d.lines[i][:col].rsplit(". ", 1)[-1] + " "
        office = _office_from_tail(tail)
        if office is None or office[0] in ("kpu", "kip", "bawaslu") or office[2] != 0 \
                or not (tail[:1].isupper()):
            continue
        found.setdefault(office[1], i)
    return next(iter(found.items())) if len(found) == 1 else None


def _titled_government(d: _Doc, region: Region) -> tuple[str, int] | None:
    """('Pemerintah <region>', line) when a title names the region with no office before it, or None.

    'LKj IP Kota Dumai' is the city's own report, its government's, as a
    'Laporan Kinerja Dinas X Kota Dumai' is the dinas's.
    """
    for m in _TITLED_REGION_RE.finditer(d.text):
        if _region_follows(d, m, region):
            return f"Pemerintah {region.display_name}", d.at(m.start("prefix"))[0]
    return None


def _government_as_subject(d: _Doc, region: Region) -> tuple[str, int] | None:
    """('Pemerintah <region>', line) when the text names the region's government in words, in any case, or None.

    An excerpt of a city's own report may print no cover or title, only
    'keberhasilan pemerintah kota X dalam ...': with no office named anywhere
    (the caller's condition), the government it names is the one reporting.
    """
    key = f"pemerintah {region.display_name.lower()}"
    pos = d.low.find(key)
    while pos >= 0:
        end = pos + len(key)
        if end == len(d.low) or not d.low[end].isalnum():  # ('pemerintah kota batu' is not 'kota batubara')
            return f"Pemerintah {region.display_name}", d.at(pos)[0]
        pos = d.low.find(key, end)
    return None


def _unit_without_region(d: _Doc, out: DocumentFields) -> None:
    """Name a titled kecamatan or hospital as the agency when the report names no region to place it in.

    A kecamatan's report may never name its kabupaten ('LKjIP Kecamatan X Tahun
    2022', signed by 'Camat X'); the catalogue holds no kecamatan, so its region
    stays unknown, but the office itself is known, and a kecamatan is always part
    of a kabupaten or kota (level kabupaten_kota). A hospital's level is not
    known from its name (a province runs RSUDs too), so it gets none.
    """
    if _name_dipa_satker(d, out):
        return
    unit = _titled_unit(d)
    if unit is None:
        initials = _titled_initials_place(d)
        if initials is not None:
            out.agency = initials[0]
            out.evidence["agency"] = f"line {d.numbers[initials[1]]}: {d.lines[initials[1]].strip()[:200]} (title)"
        elif (national := _national_unit(d)) is not None:
            name, i = national
            out.agency, out.level = name, "pusat"
            out.evidence["agency"] = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]} (the unit the report names most)"
            out.evidence["level"] = f"line {d.numbers[i]}: a directorate, centre or main inspectorate is a national body's"
        elif (general := _ministry_unit_named(d)) is not None:
            # ('LAKIP Inspektorat Jenderal Tahun 2019', 'target kinerja Inspektorat Jenderal ...': its ministry
            # unnamed in the excerpt, it is still one of a ministry's units, a national body)
            name, i = general
            out.agency, out.level = name, "pusat"
            out.evidence["agency"] = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]} (a ministry's unit, named bare)"
            out.evidence["level"] = f"line {d.numbers[i]}: an inspectorate- or secretariat-general is a ministry's"
        elif (seated := _seated_office(d)) is not None:
            _name_seated_office(d, out, *seated)
        elif (kecamatan := _named_kecamatan(d)) is not None:
            name, i = kecamatan
            out.agency, out.level = name, "kabupaten_kota"
            out.evidence["agency"] = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]} " \
                                     "(the kecamatan the text reports on)"
            out.evidence["level"] = f"line {d.numbers[i]}: a kecamatan is part of a kabupaten or kota"
        return
    name, i = unit
    out.agency = name
    out.evidence["agency"] = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]} (no region named in the report)"
    if name.startswith("Kecamatan "):
        out.level = "kabupaten_kota"
        out.evidence["level"] = f"line {d.numbers[i]}: a kecamatan is part of a kabupaten or kota"


# The satker line of a quoted DIPA: 'Kode dan Nama Satker : (309099) Pengadilan Agama X', 'Satuan Kerja : (123456)
# Balai Y'. Its neighbours 'Kementerian Negara/Lembaga : (005) ...' and 'Unit Organisasi : (04) ...' name parents.
_DIPA_SATKER_RE = re.compile(
    r"(?:Nama\s+Satker|Satuan\s+Kerja|SATKER)\s*:\s*\(\s*\d{6}\s*\)\s*(?P<name>[A-Z][^\n(]{3,80}?)\s*$",
    re.MULTILINE | re.IGNORECASE)


def _dipa_satker(d: _Doc) -> tuple[str, int] | None:
    """(name, line) of the one satker whose DIPA the report quotes, else None.

    A satker's report quotes its own DIPA's identity block (the ministry, the unit organisation, the province and
    'Kode dan Nama Satker : (six-digit code) name'). The ministry and the unit organisation named there are its
    parents, and a directorate-general named in that block must not be taken for the reporting office. Two
    different satker lines (a table of several DIPA) name no single office.
    """
    if "atker" not in d.text and "ATKER" not in d.text and "atuan Kerja" not in d.text:
        return None
    found = {" ".join(m.group("name").split()).rstrip(" .,;"): m.start() for m in _DIPA_SATKER_RE.finditer(d.text)}
    if len(found) != 1:
        return None
    name, pos = next(iter(found.items()))
    return _recase(name), d.at(pos)[0]


def _name_dipa_satker(d: _Doc, out: DocumentFields) -> bool:
    """Name the office of the quoted DIPA's satker line as the agency (a court or prosecutor's office with its
    seat's region); True when one was named."""
    satker = _dipa_satker(d)
    if satker is None:
        return False
    name, i = satker
    seated = _SEATED_OFFICE_RE.match(name)
    if seated is not None:
        words = [w for w in seated.group("name").split()
                 if w.lower().strip(".,:") not in _SEATED_NAME_STOP][:4]
        if words:
            _name_seated_office(d, out, _recase(" ".join(seated.group("office").split())), " ".join(words), i)
            out.evidence["agency"] = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]} (the satker of the quoted DIPA)"
            return True
    out.agency = name
    out.evidence["agency"] = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]} (the satker of the quoted DIPA)"
    return True


# A court or prosecutor's office, named after its seat without 'Kabupaten' or 'Kota': 'Pengadilan Negeri X',
# 'Pengadilan Agama X', 'Kejaksaan Negeri X' (first instance: a kabupaten's or kota's seat), 'Pengadilan Tinggi X',
# 'Kejaksaan Tinggi X' (a province's).
_SEATED_OFFICE_RE = re.compile(
    r"(?<![\w])(?P<office>(?:Pengadilan|PENGADILAN)\s+(?:Negeri|NEGERI|Agama|AGAMA|Tinggi\s+Agama|TINGGI\s+AGAMA"
    r"|Tinggi|TINGGI)|(?:Kejaksaan|KEJAKSAAN)\s+(?:Negeri|NEGERI|Tinggi|TINGGI))"
    r"\s+(?P<name>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3})"
)
_SEATED_NAME_STOP = _TITLED_UNIT_NAME_STOP | {"kelas", "ri", "republik", "indonesia", "dalam", "nomor", "no"}
SEATED_MIN_MENTIONS = 2
SEAT_NEXT_LINE_WORDS = 2  # words of the next line that may end a seat's name broken over the line


def _is_high(office: str) -> bool:
    """A high court or prosecutor's office ('Pengadilan Tinggi', 'Kejaksaan Tinggi'): a province's."""
    return "tinggi" in office.lower()


def _seat_region(office: str, seat: str) -> Region | None:
    """The one region the seat spells letter for letter, of the office's level: a province for a high office, a
    kabupaten or kota for a first-instance one; None for a town, or a name two regions share ('Bekasi')."""
    folded = words_of(seat)
    kinds = ("provinsi",) if _is_high(office) else ("kabupaten", "kota")
    found = [r for r in (exact_region_words(kind, folded) for kind in kinds) if r is not None and spells_name_of(r, folded)]
    return found[0] if len(found) == 1 else None


def _seat_over_line(d: _Doc, office: str, words: list[str], end: int) -> list[str]:
    """The seat's words, with the first words of the next line when the name breaks there.

    A table cell wraps a long seat ('KEJAKSAAN NEGERI PESISIR' / 'SELATAN 4 Unit'). The next line's
    capitalised words join the seat only when together they spell a region the words alone do not, as
    `_region_across_lines` reads a cover's region.
    """
    rest = d.text[end:end + 80]
    if _seat_region(office, " ".join(words)) is not None or "\n" not in rest or rest[:rest.index("\n")].strip():
        return words
    more: list[str] = []
    for w in rest.split()[:SEAT_NEXT_LINE_WORDS]:
        if not w[:1].isupper() or not w.isalpha():
            break
        more.append(w)
        if _seat_region(office, " ".join(words + more)) is not None:
            return words + more
    return words


def _seated_office(d: _Doc) -> tuple[str, str, int, str | None] | None:
    """(office, seat, line, its superior's province) of the court or prosecutor's office the text names most,
    SEATED_MIN_MENTIONS times or more and more often than any other, or the one first-instance office the text
    names under its superior; else None.

    A court names itself after its seat, which the catalogue may know as a kabupaten or kota ('Pengadilan Negeri
    Sarolangun') or not (a town: 'Pengadilan Negeri Blangkejeren'), never with 'Kabupaten' before it, so the
    regional scan finds no office. Its superior court or the prosecutors it works with are named less often.
    """
    if "engadilan" not in d.text and "ENGADILAN" not in d.text and "ejaksaan" not in d.text \
            and "EJAKSAAN" not in d.text:
        return None
    counts: Counter = Counter()
    first: dict[tuple[str, str], int] = {}
    for m in _SEATED_OFFICE_RE.finditer(d.text):
        words: list[str] = []
        for w in m.group("name").split():
            if w.lower().strip(".,:") in _SEATED_NAME_STOP or prefix_kind(w.lower().strip(".,")) is not None:
                break
            words.append(w.strip(".,:"))
        if not words:
            continue
        if len(words) == len(m.group("name").split()):  # the name runs to the match's end: it may go on below
            words = _seat_over_line(d, m.group("office"), words, m.end())
        key = (_recase(" ".join(m.group("office").split())), _recase(" ".join(words)))
        counts[key] += 1
        first.setdefault(key, d.at(m.start())[0])
    provinces = {r.code for office, seat in counts if _is_high(office) and (r := _seat_region(office, seat)) is not None}
    province = load_regions()[next(iter(provinces))].name if len(provinces) == 1 else None
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= SEATED_MIN_MENTIONS and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        (office, seat), _ = ranked[0]
        return office, seat, first[(office, seat)], None if _is_high(office) else province
    under = _under_its_superior(counts, province)
    return None if under is None else (*under, first[under], province)


def _under_its_superior(counts: Counter, province: str | None) -> tuple[str, str] | None:
    """The one first-instance office the text names, when every high office it names is that office's superior: a
    'Kejaksaan Tinggi' or 'Pengadilan Tinggi' named after the province that holds the office's seat.

    An excerpt of a prosecutor's report may name itself once, in a table's row of its satker, and its superior
    once, as the office it answers to ('di lingkungan Kejaksaan Tinggi X'). Named together, the two are one chain,
    and the lower office reports; a ruling that names the courts of two regions is no such chain.
    """
    lower = [key for key in counts if not _is_high(key[0])]
    if len(lower) != 1 or province is None:
        return None
    region = _seat_region(*lower[0])
    if region is None or region.province != province:
        return None
    if any(_seat_region(office, seat) is None for office, seat in counts if _is_high(office)):
        return None  # a high court named after its town ('Pengadilan Tinggi Bandung'): not known to be its superior
    return lower[0]


def _name_seated_office(d: _Doc, out: DocumentFields, office: str, seat: str, i: int,
                        province: str | None = None) -> None:
    """Agency and level of a court or prosecutor's office, its region when the catalogue knows the seat, and its
    province from its superior's name when it does not.

    A first-instance office ('Negeri', 'Agama') serves a kabupaten or kota, a high one ('Tinggi') a province. The
    seat names the region only when it spells exactly one region of that level: a town is no region. A 'Kejaksaan
    Tinggi' is named after its province ('Kejaksaan Tinggi Sumatera Barat'): over a first-instance office whose
    seat is a town, it names the province the town lies in.
    """
    high = _is_high(office)
    region = _seat_region(office, seat)  # 'Bekasi': Kabupaten and Kota Bekasi both, so neither
    evidence = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]}"
    out.agency = f"{office} {seat}"
    if region is not None:
        _place_in(out, region, f"{evidence} [catalogue {region.code} {region.name}]")
    else:
        out.level = "provinsi" if high else "kabupaten_kota"
        out.evidence["level"] = f"{evidence} (a {'high' if high else 'first-instance'} court or prosecutor's office)"
        if province is not None and not high:
            out.province = province
            out.evidence["province"] = f"{evidence} (its superior, a high office, is named after {province})"
    out.evidence["agency"] = f"{evidence} (the court or prosecutor's office the text names most)"


# A kecamatan the text names as the subject of its plan, goals or work: 'Rencana Strategis Kecamatan X', 'capaian
# kinerja sasaran Kecamatan X', 'tugas dan fungsi Kecamatan X'.
_KECAMATAN_NAME_RE = re.compile(
    r"(?<![\w])(?:Kecamatan|KECAMATAN)\s+((?:[A-Z][\w'’\-]*)(?:[ \t]+[A-Z][\w'’\-]*){0,2})"
)
_KECAMATAN_SUBJECT_RE = re.compile(
    r"\b(?:strategis|renstra|kinerja|sasaran|fungsi|tupoksi|kantor|visi|misi|akuntabilitas|ikm)\W*$", re.IGNORECASE
)
KECAMATAN_MIN_MENTIONS = 2


def _named_kecamatan(d: _Doc) -> tuple[str, int] | None:
    """('Kecamatan X', line) of the one kecamatan the text names, when it names it KECAMATAN_MIN_MENTIONS times or
    more, once as the subject of a plan, goal or work; else None.

    An excerpt from a kecamatan's report may carry no cover or title, and name its office only in prose and
    captions ('Rencana Strategis Kecamatan X', 'Sumber: Data Kecamatan X'). A report naming two kecamatan (a
    kabupaten's, listing its districts) names none so.
    """
    if "ecamatan" not in d.text and "ECAMATAN" not in d.text:
        return None
    names: dict[str, Counter] = {}
    first: dict[str, int] = {}
    subject: set[str] = set()
    for m in _KECAMATAN_NAME_RE.finditer(d.text):
        words: list[str] = []
        for w in m.group(1).split():
            if w.lower().strip(".,:") in _TITLED_UNIT_NAME_STOP or prefix_kind(w.lower().strip(".,")) is not None:
                break
            words.append(w.strip(".,:"))
        if not words:
            continue
        key = words[0].lower()
        names.setdefault(key, Counter())[_recase(" ".join(words))] += 1
        first.setdefault(key, d.at(m.start())[0])
        if _KECAMATAN_SUBJECT_RE.search(d.text, max(0, m.start() - 40), m.start()):
            subject.add(key)
    if len(names) != 1:
        return None
    key, spellings = next(iter(names.items()))
    if key not in subject or sum(spellings.values()) < KECAMATAN_MIN_MENTIONS:
        return None
    return f"Kecamatan {spellings.most_common(1)[0][0]}", first[key]


# Units that only a ministry or a national agency has: a directorate (not a directorate-general, read by
# `_scan_national`), a centre ('Pusat Data dan Informasi'), a main inspectorate or secretariat ('Inspektorat
# Utama BPS'). A region's offices are Dinas, Badan, Inspektorat Daerah, Kecamatan; none is so named.
_NATIONAL_UNIT_RE = re.compile(
    r"(?<![\w])(?P<head>(?:Inspektorat|INSPEKTORAT|Sekretariat|SEKRETARIAT)\s+(?:Utama|UTAMA)|Direktorat|DIREKTORAT"
    r"|Pusat|PUSAT)(?P<name>(?:[ \t]+(?:dan|serta|DAN|SERTA|[A-Z][\w'’\-]*)){0,8})"
)
# Words that end such a name, or show the unit is no national one: a region's own ('Pusat Kesehatan Masyarakat'
# is a kabupaten's Puskesmas; 'Pusat Pelayanan Terpadu' its women's and children's service; 'Pusat Statistik' the
# tail of 'Badan Pusat Statistik')
_NATIONAL_UNIT_STOP = _UNIT_NAME_STOP | {"jenderal", "page", "halaman", "bab", "tabel", "gambar", "pada", "ri"}
_REGIONAL_CENTRE_WORDS = frozenset({"kesehatan", "pelayanan", "statistik", "pemerintahan", "kota", "kabupaten"})
NATIONAL_UNIT_MIN_MENTIONS = 3  # the name (or its initials) said this often: the report's subject, not a partner


def _national_unit(d: _Doc) -> tuple[str, int] | None:
    """(name, line) of the one national unit (directorate, centre, main inspectorate) a report with no region names
    most, its name or its initials at least NATIONAL_UNIT_MIN_MENTIONS times; None when there is none or two.

    A ministry's directorate or an agency's inspectorate writes its report about itself ('Capaian kinerja
    Direktorat X', 'LKIP Inspektorat Utama BPS'); an excerpt may carry no cover and no ministry's name. Such a
    unit's level is the nation's. A main inspectorate is named with its agency where the report says it
    ('Inspektorat Utama BPS' over a bare 'Inspektorat Utama').
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    displays: dict[str, Counter[str]] = {}
    for m in _NATIONAL_UNIT_RE.finditer(d.text):
        head = " ".join(m.group("head").split())
        words: list[str] = []
        for w in m.group("name").split():
            if w.lower().strip(".,:") in _NATIONAL_UNIT_STOP or prefix_kind(w.lower().strip(".,")) is not None:
                break
            words.append(w.strip(".,:"))
        while words and words[-1].lower() in _CONNECTOR_WORDS:
            words.pop()
        low_head = head.lower()
        if low_head in ("pusat", "direktorat"):
            if not words or (low_head == "pusat" and words[0].lower() in _REGIONAL_CENTRE_WORDS) or \
                    d.low[max(0, m.start() - 6):m.start()].rstrip().endswith("badan"):
                continue
            key = _recase(f"{head} {' '.join(words)}")
            display = key
        else:
            key = _recase(head)  # 'Inspektorat Utama', with or without its agency's initials after it
            agency = words[:1] if words and words[0].isupper() and len(words[0]) <= 6 and not head.isupper() else []
            display = _recase(" ".join([head, *agency]))
        counts[key] += 1
        first.setdefault(key, d.at(m.start())[0])
        displays.setdefault(key, Counter())[display] += 1
    if not counts:
        return None
    for key in list(counts):
        words = [w.lower() for w in key.split()]
        initials = {w for w in re.findall(r"\b[A-Z]{3,8}\b", d.text) if _abbreviates(w.lower(), words)}
        counts[key] += sum(len(re.findall(rf"\b{w}\b", d.text)) for w in initials)
    ranked = counts.most_common(2)
    key, n = ranked[0]
    if n < NATIONAL_UNIT_MIN_MENTIONS or (len(ranked) > 1 and ranked[1][1] == n):
        return None
    longest = max(displays[key], key=lambda name: (len(name.split()), displays[key][name]))
    return longest, first[key]


_NAME_GOES_ON_RE = re.compile(r"(?:(?:dan|serta|&|[A-Z][\w,&'’\-]*)\s+)*(?:[A-Z][\w&'’\-]*)$")
_NOT_NAME_WORDS = _UNIT_NAME_STOP | {"lakip", "lkjip", "lkip", "lkj", "renstra", "perjanjian", "rencana", "jl",
                                     "jalan", "alamat", "telp", "republik", "indonesia"}


def _cover_name_wrapped(d: _Doc, i: int, line: str) -> str:
    """A cover's office name with its next line, where the name goes on there ('BADAN PERENCANAAN' / 'PEMBANGUNAN DAERAH').

    A cover sets a long name over two lines. The next non-empty cover line
    continues it when it holds capitalised name words alone, printed in the
    same case as the first, and names no region, office head, year or title
    word ('LAPORAN KINERJA', 'TAHUN 2019'), and the name so joined stands in
    the preface or the signature; else the first line's name stands alone.
    """
    lay = d.lay
    assert lay is not None
    j = next((k for k in range(i + 1, min(len(d.lines), i + 3)) if d.lines[k].strip()), None)  # (a blank between)
    if j is None or d.numbers[j] not in lay.cover:
        return line
    more = " ".join(d.lines[j].split()).strip(" .,:;-–")
    if not more or len(line) + len(more) > BARE_OFFICE_MAX_CHARS or more.isupper() != line.isupper() or \
            _NAME_GOES_ON_RE.match(more) is None or _HEAD_RE.search(more) is not None or \
            any(w.lower().strip(".,:") in _NOT_NAME_WORDS or prefix_kind(w.lower().strip(".,")) is not None
                for w in more.split()):
        return line
    joined = f"{line} {more}"
    return joined if _named_after_cover(d, _shorten(_recase(joined))) is not None else line


def _named_after_cover(d: _Doc, name: str) -> str | None:
    """The name as the preface or the signature prints it again (its words may wrap onto the next line), or None.

    A cover set in wide letters may be read with a space inside a name's word
    ('KECAMATAN CAKRAN EGARA'); the preface's 'Kecamatan Cakranegara', the
    same letters between word boundaries, names the office and spells it.
    """
    lay = d.lay
    assert lay is not None
    front = " ".join(" ".join(text.split()) for text, n in zip(d.lines, d.numbers)
                     if n not in lay.cover and (n in lay.preface or n in lay.signature_lines))
    low = front.lower()
    key = " ".join(name.lower().split())
    if key in low:
        return name
    letters = [i for i, c in enumerate(low) if c != " "]  # where each of the text's non-space characters stands
    at = "".join(low[i] for i in letters).find(key.replace(" ", ""))
    if at < 0:
        return None
    start, end = letters[at], letters[at + len(key.replace(" ", "")) - 1] + 1
    if (start and low[start - 1].isalnum()) or (end < len(low) and low[end].isalnum()):
        return None  # inside a longer word
    return _shorten(_recase(front[start:end]))


def _regional_hits(low: str, prefix_hits: list[Match]) -> list[tuple[int, int, str, bool]]:
    """(start, where the region's words start, prefix kind, prefixed) of every regional mention.

    Most offices name their region after a prefix ('KPU Kota Blitar'); a few
    provinces' offices name it bare: 'KPU Daerah Istimewa Yogyakarta', 'KPU DKI
    Jakarta', and Aceh's 'Komisi Independen Pemilihan (KIP) Aceh', whose
    kabupaten KIPs may print their region bare too ('KIP Aceh Besar').
    """
    hits = [(m.start(), m.end(), kind, True) for m in prefix_hits if (kind := prefix_kind(m.group())) is not None]
    if "yogyakarta" in low or "diy" in low or "jakarta" in low:
        for m in _SELF_NAMED_RE.finditer(low):
            if (m.start() == 0 or not low[m.start() - 1].isalnum()) and \
                    not _PREFIX_BEFORE_RE.search(low, max(0, m.start() - 12), m.start()):
                hits.append((m.start(), m.start(), "provinsi", False))
    if "aceh" in low:
        kip = {m.start(1) for pattern in _KIP_REGION_RES for m in pattern.finditer(low)}
        for start in sorted(kip):
            hits.append((start, start, "any", False))
        for m in _ACEH_RE.finditer(low):
            start = m.start()
            if start not in kip and (start == 0 or not low[start - 1].isalnum()) and \
                    not _PREFIX_BEFORE_RE.search(low, max(0, start - 12), start) and \
                    not low.endswith("nanggroe ", max(0, start - 9), start):
                hits.append((start, start, ACEH_OFFICE, False))
    hits.sort()
    return hits


# a table's source note: 'Sumber: Data Bappeda Kota X diolah', 'Sumber data : BPS Kabupaten Y'
_SOURCE_NOTE_RE = re.compile(r"\W*sumber(?:\s+data)?\s*:", re.I)


def _in_source_note(line: str, col: int) -> bool:
    """Whether a mention at `col` stands in a table's source note, which names where the data came from.

    'Sumber: Data Kecamatan X dan Bappeda Kota Y diolah' under each table names
    the offices that gave the figures, not the report's author; a report with many
    tables names its planning office so more often than its cover names itself.
    """
    m = _SOURCE_NOTE_RE.match(line)
    return m is not None and col >= m.end()


# Words that bring in another party before an office's name in prose: 'surat edaran dari Kementerian X dan Dinas
# Pendidikan Provinsi Y', 'bekerja sama dengan Dinas ...', 'berdasarkan ...' (the names of other offices, 'dan',
# 'serta' and commas may stand between). Not 'oleh': 'ditandatangani oleh ... Kepala Dinas X', 'dicapai oleh
# Pemerintah Kabupaten X' name the author as often as anyone else.
_OTHER_PARTY_RE = re.compile(
    r"(?<![A-Za-z])(?i:dari|(?:bekerja|kerja)\s*sama\s+dengan|berdasarkan|surat(?:\s+edaran)?)"
    r"\s+(?:(?:[A-Z][\w.&'’\-]*|dan|serta|&|,)\s*)*$")
OTHER_PARTY_REACH = 100  # characters before an office's name where those words may stand


def _other_party(tail: str, start: int) -> bool:
    """Whether the office whose name opens at `start` of `tail` is brought in as someone else by the prose before it.

    A chapter that cites a circular 'dari Dinas Pendidikan Provinsi Riau' names the province's office, not the
    author: the report's running title ('LKjIP Kota Dumai Tahun 2016') names its own region.
    """
    return _OTHER_PARTY_RE.search(tail[max(0, start - OTHER_PARTY_REACH):start]) is not None


def _scan_regional(d: _Doc, hits: list[tuple[int, int, str, bool]], candidates, region_votes) -> None:
    """Weigh every '<office> <Kabupaten|Kota|Provinsi> <name>' mention (`_regional_hits`)."""
    lines, low, lay = d.lines, d.low, d.lay
    assert lay is not None  # laid out before the scans
    for start, words_from, kind, prefixed in hits:
        needs_office = kind == ACEH_OFFICE
        if needs_office:
            kind = "any"
        body = _BODY_WORDS_RE.match(low, words_from)
        words = body.group(1)  # type: ignore[union-attr]  # always matches (all optional); may stand on the next line
        if not words:
            continue
        region = _region_after(kind, words)
        more = _NEXT_LINE_WORDS_RE.match(low, body.end())  # type: ignore[union-attr]
        if more is not None:
            region = _region_across_lines(kind, words, more.group(1)) or region
        if region is None:
            continue
        i, col = d.at(start)
        line = lines[i]
        tail = line[max(0, col - 120):col]
        prev = None  # the line above, when the office's name stands there
        if not tail.strip(" \t-–:*#|"):  # 'Komisi Pemilihan Umum' / 'Kabupaten Pasuruan'
            prev = d.prev_nonempty(i, NAME_LINES_REACH)
            if prev is not None:
                tail = _tail_above(d, prev)
        elif tail[:5].lower() == "pada " and len(tail) < NAME_PIECE_MAX_CHARS + 5:
            # a unit's name broken before its parent office: 'DIREKTUR UPTD RSUD' / 'PADA DINAS KESEHATAN KOTA X'
            prev = d.prev_nonempty(i, NAME_LINES_REACH)
            if prev is not None:
                tail = (_tail_above(d, prev) + " " + tail)[-120:]
        joined = prev is not None
        weight, front = d.weight(i, col)
        if d.title_before(i, col, front and not joined) or (joined and d.title_before(prev, len(lines[prev]), front)):
            weight += W_TITLE_FRONT if front else W_TITLE_BODY
        if front and _YEAR_AFTER_RE.match(low, words_from, words_from + 120):
            weight += W_WITH_YEAR

        office = _office_from_tail(tail)
        if office is None and needs_office:
            continue
        if office is not None and d.numbers[i] not in lay.signature_lines and _signer_before(tail, office[2]):
            weight += W_SIGNATURE if front else W_TITLE_BODY  # 'Ketua KPU Kota Probolinggo'
        _vote(region_votes, region.code).add(weight, i, col, prev)
        if office is None or _in_source_note(line, col) or _other_party(tail, office[2]):
            continue
        key = (office[0], region.code)
        cand = candidates.get(key)
        if cand is None:
            cand = candidates[key] = _Candidate(region=region)
        n = d.numbers[i]
        if n in lay.preface and n not in lay.signature_lines and n not in lay.header_lines:
            # The preface naming its office is one piece of evidence, however often it does: a preface copied
            # from a neighbour names the neighbour twice or three times, the cover names the author once.
            if cand.preface_mentions:
                weight = W_BODY + (weight - W_BODY) * W_PREFACE_AGAIN
            cand.preface_mentions += 1
        cand.mention(office[1], weight, i, col, front, prev)
        if front:
            end = (more.end(1) if more is not None else body.end(1))  # type: ignore[union-attr]
            name = _printed_region(d.text, low, body.start(1), end, region, prefixed)  # type: ignore[union-attr]
            cand.region_names[name] += weight


def _scan_kecamatan_units(d: _Doc, candidates) -> None:
    """Weigh mentions of a kecamatan's office that name no kabupaten: 'PANITIA PENGAWAS PEMILIHAN KECAMATAN X'.

    A Panwaslu Kecamatan or a KUA names itself by its kecamatan on its cover
    and in its title, and names its kabupaten only here and there ('...
    Kecamatan X Kabupaten Y' in an address or a signature). Those mentions
    give the kecamatan its region; the bare ones, weighed as any mention,
    count for the office they name in that region, so that the kabupaten's
    own bodies (the Bawaslu Kabupaten of its steering board) do not win. A
    kecamatan never named with its kabupaten gives no region.
    """
    lay = d.lay
    assert lay is not None
    regions: dict[str, _Candidate] = {}  # 'kecamatan x' -> the weightiest candidate that names it with its region
    for cand in candidates.values():
        if cand.region is None:
            continue
        display = cand.displays.most_common(1)[0][0].lower()
        at = display.find("kecamatan ")
        if at >= 0:
            name = display[at:]
            if name not in regions or cand.score > regions[name].score:
                regions[name] = cand
    for name, owner in regions.items():
        region = owner.region
        assert region is not None
        pos = d.low.find(name)
        while pos >= 0:
            end = pos + len(name)
            nxt = _NEXT_WORD_RE.match(d.low, end)
            if (end < len(d.low) and d.low[end].isalpha()) or (nxt and prefix_kind(nxt.group(1)) is not None):
                pos = d.low.find(name, end)
                continue  # inside a longer name, or named with its region: weighed by the regional scan
            i, col = d.at(pos)
            line = d.lines[i]
            head = line[max(0, col - 120):col]
            prev = None
            if not head.strip(" \t-–:*#|"):  # 'PANITIA PENGAWAS PEMILIHAN' / 'KECAMATAN X'
                prev = d.prev_nonempty(i, NAME_LINES_REACH)
                if prev is not None:
                    head = _tail_above(d, prev) + " "
            office = _office_from_tail(head + line[col:col + len(name)] + " ")
            pos = d.low.find(name, end)
            if office is None or office[1].lower().startswith("kecamatan"):
                continue  # the kecamatan itself: its bare name in an address or a list is no office of it
            weight, front = d.weight(i, col)
            if d.title_before(i, col, front and prev is None) or \
                    (prev is not None and d.title_before(prev, len(d.lines[prev]), front)):
                weight += W_TITLE_FRONT if front else W_TITLE_BODY
            cand = candidates.get((office[0], region.code))
            if cand is None:
                cand = candidates[(office[0], region.code)] = _Candidate(region=region)
                cand.best.offer(0.0, owner.best.i, owner.best.col, owner.best.prev)
            # (not offered as the evidence: a line that names the region stays the agency's evidence)
            cand.extra += weight - W_BODY
            cand.count += 1
            cand.displays[office[1]] += weight
            cand.strong |= front


_NEXT_WORD_RE = re.compile(r"[\s.,]*([a-z]+\.?)")


def _tail_above(d: _Doc, prev: int) -> str:
    """The office's name that ends on line `prev`, above a line that opens with its region.

    A cover breaks the name too: 'KOMISI PEMILIHAN' / 'UMUM' / 'KABUPATEN
    PONOROGO', 'DINAS' / 'KESEHATAN' / 'KABUPATEN SLEMAN'; a short line is
    joined to the short line above it.
    """
    tail = d.lines[prev].strip()
    if len(tail) < NAME_PIECE_MAX_CHARS:
        above = d.prev_nonempty(prev, NAME_LINES_REACH)
        if above is not None and len(d.lines[above].strip()) < COVER_LINE_MAX_CHARS // 2:
            tail = d.lines[above].strip() + " " + tail
    return tail[-120:]


def _national_words(low: str) -> list[tuple[int, int, str]]:
    """(start of the space before it, end, word) of each 'ri', 'republik' or 'tahun' after a space or newline."""
    return sorted((m.start() - 1, m.end(), m.group()) for pattern in _NATIONAL_SCAN_RES for m in pattern.finditer(low))


STATE_UNIT_REACH = 160  # characters before an institution's name where its unit's name opens ('Badan ... ')


def _state_units(low: str, text: str) -> list[Match]:
    """`_STATE_UNIT_RE` matches, looked for only before each name of a judiciary institution ('mahkamah',
    'yudisial' are rare; the units' words, 'Badan', 'Sekretariat', are in every report)."""
    found: dict[int, Match] = {}
    for word in ("mahkamah", "komisi yudisial"):
        pos = low.find(word)
        while pos >= 0:
            for um in _STATE_UNIT_RE.finditer(text, max(0, pos - STATE_UNIT_REACH), pos + 60):
                found.setdefault(um.start(), um)
            pos = low.find(word, pos + len(word))
    return [found[k] for k in sorted(found)]


def _scan_national(d: _Doc, candidates) -> None:
    """Weigh mentions of national bodies (level 'pusat')."""
    low, text = d.low, d.text
    found: list[tuple[int, str, str]] = []  # (position, key, display)
    for start, end, word in _national_words(low):
        if word == "republik" and not _INDONESIA_RE.match(low, end):
            continue
        before = _NATIONAL_BEFORE_RE.search(low, max(0, start - 40), start)
        body = None
        if before is None:
            window = low[max(0, start - 50):start]
            if "bad" not in window and "bp" not in window and "bnn" not in window:
                continue  # (cheap precheck: every name of `_NATIONAL_BODIES` holds one of these)
            before = body = _NATIONAL_BODY_RE.search(low, max(0, start - 50), start)
            if before is None:
                continue
        if word == "tahun":
            # only on the cover or a header, after title words: 'PK KPU Tahun 2023' in a regional report's
            # body, or its preface's 'Komisi Pemilihan Umum Tahun ...', names no office of its own
            i, col = d.at(before.start())
            if not d.weight(i, col)[1] or not d.title_before(i, col, True):
                continue
        if body is not None:
            display = _NATIONAL_BODIES[" ".join(body.group("body").split())]
        else:
            display = "KPU RI" if before.group("kpu") else "Bawaslu RI"
        found.append((before.start(), display.lower(), display))
    pos = low.find("jenderal")
    while pos >= 0:
        head = _DIRJEN_BEFORE_RE.search(low, max(0, pos - 14), pos)
        dm = _DIRJEN_NAME_RE.match(text, pos + 8) if head is not None else None
        at, pos = pos, low.find("jenderal", pos + 8)
        if dm is not None:
            kept, regional = _national_name_words(dm.group("dname"))
            # ('Kantor Wilayah Direktorat Jenderal Pajak Provinsi X': a regional office)
            if kept and not regional and low[max(0, head.start() - 12):head.start()].split()[-1:] != ["wilayah"]:
                name = _recase(" ".join([text[head.start():head.end()].split()[0], text[at:at + 8], *kept]))
                found.append((head.start(), re.sub(r"[^a-z]", "", name.lower()), name))
    if "jenderal" in low or "setjen" in low:
        # 'SEKRETARIAT JENDERAL' / 'KOMISI PEMILIHAN UMUM': only the national body has a secretariat-general.
        # As with 'Tahun' above, only on the cover or a header after title words: a regional report's
        # body works 'di Lingkungan Setjen KPU'.
        for sm in _SETJEN_RE.finditer(low):
            i, col = d.at(sm.start())
            if not d.weight(i, col)[1] or not d.title_before(i, col, True):
                continue
            display = "KPU RI" if sm.group("kpu") else "Bawaslu RI"
            found.append((sm.start(), display.lower(), display))
    for um in _state_units(low, text):
        name = _recase(" ".join(f"{um.group('unit')} {um.group('body')}".split()))
        ri = " RI" if um.group("ri") and um.group("ri").strip().upper() == "RI" else \
            " Republik Indonesia" if um.group("ri") else ""
        found.append((um.start(), re.sub(r"[^a-z]", "", name.lower()), name + ri))
    pos = low.find("kement")
    while pos >= 0:
        km = _MINISTRY_RE.match(text, pos)
        if km is not None and _COLLECTIVE_MINISTRIES_RE.match(text, km.start("kname")) is not None:
            km = None  # 'Anggaran Kementerian Negara/Lembaga' (a regulation's title): every ministry, no office
        if km is not None:
            kept, regional = _national_name_words(km.group("kname"))
            if kept and not regional:  # ('Kantor Kementerian Agama Kabupaten X' is a regional office)
                name = _recase(" ".join(kept))
                found.append((pos, "kementerian" + re.sub(r"[^a-z]", "", name.lower()), "Kementerian " + name))
        pos = low.find("kement", pos + 6)
    for pos, key, display in found:
        i, col = d.at(pos)
        if _in_source_note(d.lines[i], col):
            continue  # 'Sumber: BPS': where a table's figures came from
        if _PLACE_OF_ACT_RE.search(low, max(0, pos - PLACE_OF_ACT_REACH), pos):
            continue  # another office: where the work was done or sent
        weight, front = d.weight(i, col)
        if d.title_before(i, col, front):
            weight += W_TITLE_FRONT if front else W_TITLE_BODY
        cand = candidates.get((key, None))
        if cand is None:
            cand = candidates[(key, None)] = _Candidate(region=None)
        cand.mention(display, weight, i, col, front)


def _merge_spellings(candidates: dict[tuple[str, str | None], _Candidate]) -> None:
    """Fold OCR variants of one office name ('Dinas Kesehatn') into the stronger spelling."""
    items = sorted(candidates.items(), key=lambda kv: -kv[1].score)
    for idx, (key, cand) in enumerate(items):
        if key[0] in ("kpu", "kip", "bawaslu"):
            continue
        for key2, cand2 in items[:idx]:
            if key2 in candidates and key2[1] == key[1] and fuzz.ratio(key[0], key2[0]) >= 88:
                cand2.absorb(cand)
                cand2.displays.update(cand.displays)
                cand2.region_names.update(cand.region_names)
                cand2.strong |= cand.strong
                del candidates[key]
                break


_CONNECTOR_WORDS = frozenset({"dan", "serta", "&"})  # words a short form may skip ('Kesbangpol': no letter of 'dan')


def _abbreviates(short: str, words: list[str]) -> bool:
    """`short` (lower case) is the opening letters of each of `words` in turn, run together.

    'kesbangpol' is KESatuan BANGsa dan POLitik, 'dinkes' DINas KESehatan,
    'bkd' Badan Kepegawaian Daerah. Each word gives one letter at least, but
    for a connector ('dan'), which may give none.
    """
    if not words:
        return not short
    word, rest = words[0], words[1:]
    if word in _CONNECTOR_WORDS and _abbreviates(short, rest):
        return True
    for n in range(min(len(word), len(short)), 0, -1):
        if short[:n] == word[:n] and _abbreviates(short[n:], rest):
            return True
    return False


def _is_short_form(short: list[str], long: list[str]) -> bool:
    """The office name `short` (words, lower case) is `long` with a run of two or more words written as one
    short form: 'Kantor Kesbangpol' of 'Kantor Kesatuan Bangsa dan Politik', 'Dinkes' of 'Dinas Kesehatan'."""
    if not short:
        return not long
    if not long:
        return False
    if short[0] == long[0] and _is_short_form(short[1:], long[1:]):
        return True
    word = short[0]
    if len(word) < 3 or not word.isalpha():
        return False
    return any(_abbreviates(word, long[:k]) and _is_short_form(short[1:], long[k:])
               for k in range(2, min(len(long), len(word)) + 1))


def _merge_short_forms(candidates: dict[tuple[str, str | None], _Candidate]) -> None:
    """Fold an office's short form into its full name, for the same region: the full name reports.

    A signature block signs 'Kepala Kantor Kesbangpol Kabupaten X' under a
    cover and preface that print 'Kantor Kesatuan Bangsa dan Politik
    Kabupaten X'. They are one office, and the contract wants the name as the
    office prints it in full; the signature's weight must not make the short
    form the agency.
    """
    items = sorted(candidates.items(), key=lambda kv: len(kv[0][0]))
    for key, cand in items:
        if key[0] in ("kpu", "kip", "bawaslu") or key not in candidates:
            continue
        short = cand.displays.most_common(1)[0][0].lower().split()
        fulls = [(key2, cand2) for key2, cand2 in items
                 if key2 != key and key2[1] == key[1] and key2 in candidates and len(key2[0]) > len(key[0])
                 and _is_short_form(short, cand2.displays.most_common(1)[0][0].lower().split())]
        if len(fulls) != 1:
            continue  # none, or two offices it may stand for ('BKD': Kepegawaian or Keuangan): left apart
        cand2 = fulls[0][1]
        cand2.absorb(cand)
        cand2.displays[cand2.displays.most_common(1)[0][0]] += sum(cand.displays.values())
        cand2.region_names.update(cand.region_names)
        cand2.strong |= cand.strong
        del candidates[key]


_TWO_DIGITS_RE = re.compile(r"^\s*(\d\d)\s*$")
SPLIT_YEAR_GAP = 3  # lines from a split year's first half to its second (blank lines between)


def _split_cover_year(d: _Doc) -> tuple[int, int, int] | None:
    """(line index of each half, year) of a year a cover sets in two halves on lines of their own ('20' over '22'), or None.

    A designed cover prints its year large, one pair of digits a line, above
    or beside the title; read apart, neither half is a year. Only on the
    cover, only '19' or '20' first, and only with title wording a few lines
    around ('LAPORAN KINERJA'), so that a column of page numbers is none.
    """
    lay = d.lay
    assert lay is not None
    lines, numbers = d.lines, d.numbers
    for i, (text, n) in enumerate(zip(lines, numbers)):
        if n not in lay.cover:
            break  # (the cover is the opening lines)
        m = _TWO_DIGITS_RE.match(text)
        if m is None or m.group(1) not in ("19", "20"):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + SPLIT_YEAR_GAP)):
            if not lines[j].strip():
                continue
            second = _TWO_DIGITS_RE.match(lines[j])
            if second is None:
                break
            a = d.starts[max(0, i - COVER_YEAR_TITLE_REACH)]
            b = d.starts[min(len(lines) - 1, j + COVER_YEAR_TITLE_REACH)]
            if d.has_title(a, b):
                return i, j, int(m.group(1) + second.group(1))
            break
    return None


def _cover_year_line(d: _Doc, i: int) -> bool:
    """Line i of the cover holds nothing but a year, and title wording stands a few lines above it.

    A cover sets its year apart ('LAPORAN KINERJA' / 'KOMISI PEMILIHAN UMUM' /
    'KOTA TEGAL' / '2021'). A year above the title (a print date heading the
    page) or on a cover without one is left out.
    """
    lay = d.lay
    assert lay is not None  # laid out before the year is voted
    if d.numbers[i] not in lay.cover or not _LONE_YEAR_RE.match(d.lines[i]):
        return False
    return d.has_title(d.starts[max(0, i - COVER_YEAR_TITLE_REACH)], d.starts[i])


def year_of(match: Match) -> int:
    """The year a `_YEAR_RE` match names, look-alikes OCR read for its digits put back ('tahun 2o2o' is 2020,
    'tahun 2ol9' 2019)."""
    return int(match.group("y").replace(" ", "").translate(_YEAR_LOOKALIKES))


# A second year joined to a 'Tahun NNNN' ('Tahun 2019 dan 2020'): the two years a comparison sets side by side. (A
# year with a 'Tahun' of its own is a mention of its own; a list of three is a span, as of a multi-year budget.)
_JOINED_YEAR_RE = re.compile(r"\s*(?:dan|&|serta)\s+(?P<y>(?:19|20)\d\d)"
                             r"(?![\d.,]\d|\s*,?\s*(?:dan\b|&|serta\b)?\s*(?:19|20)\d\d)")
COMPARED_YEARS_GAP = 1  # a comparison sets last year beside the report's ('2019 dan 2024' is a plan's span)
# what a comparison of results says before its years ('Perbandingan realisasi ... Tahun 2019 dan 2020'); a plan's
# targets for two years ('target tahun 2019 dan 2020') compare nothing
_COMPARISON_CUE_RE = re.compile(r"\b(?:perbandingan|dibandingkan|membandingkan|realisasi|capaian)\b")
COMPARISON_CUE_REACH = 80  # characters before the years where that word stands (in the same sentence)


def compared_year(low: str, match: Match) -> int:
    """The later of two years a 'Tahun NNNN' mention names ('Tahun 2019 dan 2020': 2020), else its year.

    A caption comparing years ('Perbandingan realisasi ... Tahun 2019 dan 2020') compares the report's year with
    the one before it: its first year is last year's, not the report's. Years further apart, or named without a
    word of comparison or result before them, are left as named.
    """
    year = year_of(match)
    joined = _JOINED_YEAR_RE.match(low, match.end())
    if joined is None or int(joined.group("y")) - year != COMPARED_YEARS_GAP:
        return year
    before = low[max(0, match.start() - COMPARISON_CUE_REACH):match.start()]
    before = before[before.rfind(". ") + 1:]
    return int(joined.group("y")) if _COMPARISON_CUE_RE.search(before) else year



# A table header or caption that says a year's results were measured: 'Realisasi Th 2019', 'Pengukuran Kinerja
# terhadap IKU tahun 2020'; not a range ('Realisasi 2015-2019').
_REALISED_YEAR_RE = re.compile(
    r"\b(?:realisasi|pengukuran\s+kinerja)\b[^\d\n]{0,40}?(?<![a-z])(?P<y>(?:19|20)\d\d)(?!\d)"
    r"(?!\s*(?:[-–—/]|s\.?\s?/?\s?d\b|sampai|hingga)\s*(?:19|20)?\d\d)"
)
# The same pattern led by each of its opening words: a pattern opening with a literal is scanned for it in C, where
# the alternation after a word boundary is tried at every character of the report.
_REALISED_YEAR_TAIL = _REALISED_YEAR_RE.pattern[len(r"\b(?:realisasi|pengukuran\s+kinerja)\b"):]
_REALISED_YEAR_RES = (re.compile(r"realisasi(?<!\wrealisasi)\b" + _REALISED_YEAR_TAIL),
                      re.compile(r"pengukuran(?<!\wpengukuran)\s+kinerja\b" + _REALISED_YEAR_TAIL))


def realised_year_mentions(low: str) -> list[Match]:
    """`_REALISED_YEAR_RE.finditer(low)` as a list, found by its literal-led copies, in text order."""
    return sorted((m for pattern in _REALISED_YEAR_RES for m in pattern.finditer(low)), key=Match.start)


# A budget's or an election's year written after its name, no 'Tahun' ('APBD 2015', 'Pilkada Bantul 2015', 'DIPA
# 2021'): what a news report or a short excerpt says of the year it reports on.
_BUDGET_YEAR_RE = re.compile(
    r"(?<![a-z])(?:apbd|apbn|apba|dipa|pilkada|pemilu|pilbup|pilgub|pilwalkot)(?:[ \t]+[a-z]+)?[ \t]+((?:19|20)\d\d)\b"
)

_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d\d")  # the year every _BUDGET_YEAR_RE match ends on


def _budget_year(d: _Doc, latest: int) -> tuple[int, int] | None:
    """(year, line) most often named after a budget or an election, the first named on a tie; None when none is.

    Asked only when the text names no 'Tahun NNNN' and has no signing date: a news report of a KPU's grant
    ('anggaran Pilkada 2015 sebesar Rp ...') names its year only so.
    """
    if _YEAR_DIGITS_RE.search(d.low) is None:
        return None  # (exact: each name ends on its year's four digits; one search for those skips the scan)
    found: Counter[int] = Counter()
    first: dict[int, int] = {}
    for m in _BUDGET_YEAR_RE.finditer(d.low):
        year = int(m.group(1))
        if 2000 <= year <= latest:
            found[year] += 1
            first.setdefault(year, d.at(m.start())[0])
    if not found:
        return None
    year = max(found, key=lambda y: (found[y], -first[y]))
    return year, first[year]


def _realised_year(d: _Doc, latest: int, signed: int | None) -> tuple[int, int, int] | None:
    """(year, line, col) of the latest year whose results a short line (a table header or caption) says it measured.

    A report cannot print the realisation of a year after its own: when a stale running header or a preface
    copied from an older report outvotes the year the tables measure, this year is the floor.
    """
    found = None
    for m in realised_year_mentions(d.low):
        year = int(m.group("y"))
        if not 2000 <= year <= latest or (signed is not None and year > signed):
            continue
        i, col = d.at(m.start("y"))
        if len(d.lines[i].strip()) > HEADER_MAX_CHARS:
            continue  # prose may speak of a realisation still planned
        if found is None or year > found[0]:
            found = (year, i, col)
    return found


# A year a value is given for: '10,86 persen di tahun 2008', '75% pada tahun 2019', 'tahun 2019 sebesar 75%'.
_VALUE_BEFORE_YEAR_RE = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|persen)?\s*(?:(?:di|pada)\s+(?:akhir\s+)?)?$")
_VALUE_AFTER_YEAR_RE = re.compile(r"\s*,?\s*(?:(?:[a-z]+\s+){0,3}(?:sebesar|yaitu|adalah|mencapai|hanya)\s*|:\s*)?"
                                  r"(?:rp\.?\s*)?(?!(?:19|20)\d\d\b)\d")
VALUE_BEFORE_REACH = 40  # characters before a year's 'tahun' where its value may stand
# what a narrative of change over time says: a value rose or fell from one year to the next
_CHANGE_CUE_RE = re.compile(r"\b(?:meningkat|menurun|naik|turun|melambat|tumbuh|bertambah|berkurang|menjadi"
                            r"|dibandingkan|dibanding)\b")
# what a plan says of a year to come: its latest year is a target's, not a result's
_PLAN_CUE_RE = re.compile(r"\b(?:target|ditargetkan|rencana|direncanakan|proyeksi|diproyeksikan|diharapkan|akan)\b")


# What a report says it accounts for: 'sebagai pertanggungjawaban pelaksanaan kinerja ... Tahun 2016', '... atas
# pelaksanaan Tahun Anggaran 2016'.
_ACCOUNTED_YEAR_RE = re.compile(r"pertanggung\s*-?\s*jawab\w*\b[^.\n]{0,160}?\btahun\s+(?:anggaran\s+)?"
                                r"(?P<y>(?:19|20)\d\d)\b")


def _accounted_year(d: _Doc, year: int) -> tuple[int, int] | None:
    """(line, col) where the text says it accounts for `year` ('pertanggungjawaban ... Tahun 2016'), or None.

    Asked only of a report signed early in the year its cover names: such a cover may print the year of
    publication ('LKjIP ... TAHUN 2017', signed 'Kuta, 2 Pebruari 2017'), while the report answers for the year
    before, and says so; the schema's year is the year reported on, not the year signed.
    """
    for m in _ACCOUNTED_YEAR_RE.finditer(d.low):
        if int(m.group("y")) == year:
            return d.at(m.start("y"))
    return None


def _valued_year(low: str, m: Match) -> bool:
    """A 'Tahun NNNN' mention with a value given for that year just before or just after it."""
    before = low[max(0, m.start() - VALUE_BEFORE_REACH):m.start()]
    return _VALUE_BEFORE_YEAR_RE.search(before) is not None or _VALUE_AFTER_YEAR_RE.match(low, m.end()) is not None


def _sentence_around(low: str, a: int, b: int) -> str:
    """The sentence holding text positions [a, b) (ended by '. ' or a blank line)."""
    start = max(low.rfind(". ", 0, a) + 2, low.rfind("\n\n", 0, a) + 2, 0)
    ends = [e for e in (low.find(". ", b), low.find("\n\n", b)) if e >= 0]
    return low[start:min(ends) if ends else len(low)]


def narrated_past_years(low: str, year_hits: list[Match]) -> set[int]:
    """Starts of the year mentions a narrative of change over time names before its latest year.

    'dari 10,86 persen di tahun 2008 menjadi 11,57 persen di tahun 2009 ... 10,35 persen di tahun 2012': a
    paragraph that gives a value for each of several years tells a history; its earlier years are the past the
    report looks back on, and only its latest result's year may be the report's. A paragraph whose latest year
    is a plan's ('target tahun 2024 sebesar 90%') is left alone.
    """
    breaks = [m.start() for m in _BLANK_LINE_RE.finditer(low)]
    paragraphs: dict[int, list[Match]] = {}
    for m in year_hits:
        paragraphs.setdefault(bisect_right(breaks, m.start()), []).append(m)
    past: set[int] = set()
    for k, hits in paragraphs.items():
        if len({year_of(m) for m in hits}) < 2:
            continue  # (the cheap checks first: most paragraphs name one year, or tell no change)
        a, b = (breaks[k - 1] if k else 0), (breaks[k] if k < len(breaks) else len(low))
        if _CHANGE_CUE_RE.search(low, a, b) is None:
            continue
        valued = [m for m in hits if _valued_year(low, m)]
        if len({year_of(m) for m in valued}) < 2:
            continue
        latest = max(valued, key=year_of)
        if _PLAN_CUE_RE.search(_sentence_around(low, latest.start(), latest.end())):
            continue
        past |= {m.start() for m in hits if year_of(m) < year_of(latest)}
    return past


def _find_year(d: _Doc, out: DocumentFields, year_hits, region: Region | None) -> None:
    """Vote over 'Tahun NNNN' mentions, weighted like the office mentions."""
    lines, low, lay = d.lines, d.low, d.lay
    assert lay is not None  # laid out before the scans
    latest = date.today().year + 1
    signed = lay.signing[1] if lay.signing else None
    votes: dict[int, _Vote] = {}
    region_word = None
    if region is not None:
        region_word = fold(region.name.split(" ", 1)[1] if region.level != "provinsi" else region.name)

    preface_years: Counter = Counter()

    def add(year: int, i: int, col: int, other: int | None = None) -> None:
        if not 2000 <= year <= latest:
            return
        weight, front = d.weight(i, col)
        if d.title_before(i, col, True):
            weight += W_TITLE_FRONT if front else W_TITLE_BODY
        pos = d.starts[i] + col
        if region_word and region_word in low[max(0, pos - 120):pos]:
            weight += W_WITH_YEAR * 1.5  # 'KPU Kota Probolinggo Tahun 2022'
        if signed is not None and year > signed:
            weight *= 0.5  # a report is not signed before its year starts
        elif signed is not None and lay.signed_place and year < signed - 1:
            weight *= 0.5  # nor two years after it: the preface of an older report, left in
        n = d.numbers[i]
        if n in lay.preface and n not in lay.signature_lines and n not in lay.header_lines:
            # as for offices: a preface left over from last year's report names that year again and again
            if preface_years[year]:
                weight = W_BODY + (weight - W_BODY) * W_PREFACE_AGAIN
            preface_years[year] += 1
        _vote(votes, year).add(weight, i, col, other)  # (other: a line the evidence shows too)

    named: set[tuple[int, bool]] = set()  # (line, in its opening) that name a year with 'Tahun'
    past = narrated_past_years(low, year_hits)
    for m in year_hits:
        if m.start() in past:
            continue
        i, col = d.at(m.start())
        add(compared_year(low, m), i, col)
        named.add((i, col < LINE_OPENING_CHARS))

    # Years without 'Tahun' on title lines of the cover or headers: 'LAPORAN KINERJA 2023'; and a cover line that
    # holds only a year, below the title ('LAPORAN KINERJA' / 'KPU KOTA TEGAL' / '2021'). A page exported as one
    # line opens with its title: its opening is read as a title line.
    first = d.numbers[0]
    pages = {n - first for n in lay.preface if len(lines[n - first]) > LONG_LINE_CHARS}  # their openings: headers
    for i in sorted({n - first for n in lay.cover} | {n - first for n in lay.header_lines} | pages):
        if not 0 <= i < len(lines):
            continue
        line = lines[i]
        if len(line) > 120:
            if len(line) <= LONG_LINE_CHARS:
                continue
            line = line[:LINE_OPENING_CHARS]
        if not d.has_title(d.starts[i], d.starts[i] + len(line)) and not _cover_year_line(d, i):
            continue
        if (i, True) in named:
            continue  # the title names its year ('2017 LAPORAN KINERJA ... TAHUN 2016'): a bare one beside it is a print date
        for m in _BARE_YEAR_RE.finditer(line):
            pre = line[:m.start()]
            if _YEAR_WORD_BEFORE_RE.search(pre):
                continue  # counted above
            if _MONTH_BEFORE_RE.search(pre.rstrip(" ,0123456789")) or _REGULATION_BEFORE_RE.search(pre[-30:].lower()):
                continue
            year = m.group("y")
            if not year.isdigit() and (line[m.start() - 1:m.start()].isalpha() or line[m.end():m.end() + 1].isalpha()):
                continue  # look-alike letters inside a word ('2Ols' of a name) are no year
            add(int(year.lower().translate(_YEAR_LOOKALIKES)), i, m.start())

    split = _split_cover_year(d)
    if split is not None:
        add(split[2], split[0], 0, split[1])

    if signed is not None:
        for y in (signed - 1, signed):
            if y in votes:
                votes[y].extra += W_SIGNED_NEAR  # a report is signed in its year or early the next
    floor = _realised_year(d, latest, signed)
    if floor is not None and votes and max(votes) < floor[0]:
        out.year = floor[0]
        out.evidence["year"] = d.ev(_Best(0.0, floor[1], floor[2]), "the tables measure this year: no earlier one")
        return
    if floor is not None:
        votes = {y: v for y, v in votes.items() if y >= floor[0]}
    if votes:
        # (a tie goes to the year named first: a report states its year on its cover, before a preface's slip)
        year, vote = max(votes.items(), key=lambda kv: (kv[1].score, -kv[1].best.i, -kv[1].best.col))
        out.year = year
        out.evidence["year"] = d.ev(vote.best)
        if lay.signing is not None and 1 <= lay.signing[2] <= 6 and year == lay.signing[1] \
                and (accounted := _accounted_year(d, year - 1)) is not None:
            out.year = year - 1
            out.evidence["year"] = d.ev(_Best(0.0, accounted[0], accounted[1]),
                                        f"the report accounts for this year; {year} is the year it was signed "
                                        f"(line {d.numbers[lay.signing[0]]}) and printed on it")
    elif lay.signing is not None and lay.signing[2]:  # (a date in digits may not tell its month: no year then)
        i, y, month = lay.signing
        out.year = y - 1 if 1 <= month <= 6 else y
        out.evidence["year"] = d.ev(_Best(0.0, i, 0), "no 'Tahun NNNN' found; year from the signing date")
    elif (budget_year := _budget_year(d, latest)) is not None:
        year, i = budget_year
        out.year = year
        out.evidence["year"] = f"line {d.numbers[i]}: {d.lines[i].strip()[:200]} (no 'Tahun NNNN', no signing date: " \
                               "the year of the budget or election the text reports on)"
