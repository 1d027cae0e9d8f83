"""The year's budget as prose states it: 'pagu anggaran sebesar Rp ... terealisasi Rp ... atau ...%'.

A report without a budget table still gives its pagu and realisation in a
sentence, often more than one: the pagu before and after a revision, its
split by program or kind of belanja, a realisation up to a quarter, other
years'. `find_budget_sentences` reads each sentence; `confirmed_budget_sentence`
picks the pagu and realisasi that the printed % proves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extract.budget_runs import MILLION_MARK_RE
from extract.doc_text import DocText
from extract.model import Line
from extract.records import BudgetRow, BudgetSentence, Source
from extract.sentences import (YEAR_RE, Paragraph, about_other_years, enclosing_sentence, is_break, paragraphs,
                               sentence_spans)
from normalize.numbers import Token, lex_values, parse_measure
from normalize.values import Reading


# 'Total DIPA ... sebesar Rp X': the DIPA is the pagu; 'Belanja ... dianggarkan sebesar Rp X': so is what was budgeted
# ('menerima dana hibah sebesar Rp X': the grant an election office receives for a regional election is what it may
# spend, its pagu; 'anggaran sisa' is what is left: see NOT_ALLOCATION_AFTER_RE)
ALLOCATION_RE = re.compile(r"\b(pagu|alokasi|anggaran|dipa|dianggarkan|teranggarkan|hibah)\b", re.I)
# the words a budget paragraph holds ('dianggarkan' holds no 'anggaran')
BUDGET_WORDS = ("pagu", "alokasi", "anggaran", "dianggarkan", "teranggarkan", "dipa ", "hibah")
# ... and those of a list item's budget ('1). Penyediaan ... Dengan jumlah dana sebesar Rp A'), read for its rows only
ITEM_WORDS = BUDGET_WORDS + ("jumlah dana",)
REALISATION_RE = re.compile(r"\b(terealisasi|realisasi|penyerapan|terserap|direalisasikan)\b", re.I)
MIN_AMOUNT = 1_000_000


# 'anggaran' that names no allocation: 'realisasi anggaran', 'penyerapan anggaran', 'tahun anggaran 2022',
# 'sisa anggaran'
NOT_ALLOCATION_BEFORE_RE = re.compile(
    r"\b(?:(?:te|di)?reali[sz]asi(?:kan|nya)?|penyerapan|serapan|terserap|tahun|sisa|tersisa|penggunaan)\s+$", re.I)
# ... and after it: 'anggaran sisa pemilihan' (what is left, returned)
NOT_ALLOCATION_AFTER_RE = re.compile(r"\s+(?:sisa|tersisa)\b", re.I)
# The pagu revised during the year: '... sehingga anggaran ... menjadi Rp 103.826.538.000', 'pagu akhir
# sebesar Rp ...', 'setelah revisi sebesar Rp ...'
REVISED_RE = re.compile(
    r"\b(?:menjadi|(?:pagu|anggaran|dipa)\s+(?:akhir|revisi|perubahan)|setelah\s+(?:revisi|perubahan))"
    r"\s+(?:(?:sebesar|yaitu|adalah)\s+)?(?=R[Pp])", re.I)
# The pagu of a part of the budget: 'Program Dukungan Manajemen dengan pagu Rp ...', 'Belanja Pegawai sebesar Rp ...'
PART_RE = re.compile(r"\b(?:program|kegiatan|output|belanja\s+(?:pegawai|barang|modal))\b", re.I)
PART_REACH = 60  # characters before the pagu's word that may name the part
INTERIM_RE = re.compile(r"\b(?:triwulan|semester|tw)\b", re.I)  # 'realisasi s.d. triwulan II': not the year's
REVISION_REACH = 160  # characters between the pagu's word and 'menjadi'
WORD_BEFORE = 24  # characters before 'anggaran' that hold the word naming it ('direalisasikan ')


# the scale in words, or its capital abbreviation after the number ('Rp 4,45 M', 'Rp 1,2 T'; 'Rp 850 Jt')
SCALE_WORD_RE = re.compile(r"\s*(miliar|milyar|triliun|juta|(?-i:M|T)(?![\w.,]\d)|jt)\b\.?", re.I)
SCALES = {"juta": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12, "m": 1e9, "t": 1e12, "jt": 1e6}
ABBREVIATED_SCALE_RE = re.compile(r"\d\s?(?:M|T|[Jj]t)\b")
SCALED_NUMBER_RE = re.compile(r"(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?\s*$")


def names_scale(text: str) -> bool:
    """Whether prose may give an amount in words (`SCALE_WORD_RE`): a cheap test of the words' lower-case rests
    (so 'Triliun' and 'Juta' opening on a capital pass too) and of the capital abbreviations after a digit."""
    return "iliar" in text or "ilyar" in text or "uta" in text or "riliun" in text \
        or ABBREVIATED_SCALE_RE.search(text) is not None


def may_state_amount(text: str) -> bool:
    """Whether prose may state an amount of `MIN_AMOUNT` or more (`scaled_values`), a cheap test before lexing
    it: an amount printed whole holds the mark of one (`MILLION_MARK_RE`); one in words, a scale word."""
    return MILLION_MARK_RE.search(text) is not None or names_scale(text)


def scaled_values(text: str) -> list[Token]:
    """`lex_values` of prose, with an amount in words read whole: 'Rp 15,42 miliar' is 15.420.000.000.

    The lexer reads 'Rp 15,42' as a cell would (15, its decimals dropped);
    prose often rounds an amount to millions or billions and says so in
    the next word.
    """
    tokens = lex_values(text)
    if not names_scale(text):
        return tokens  # cheap precheck: most budget paragraphs print whole amounts
    out = []
    for token in tokens:
        scale = SCALE_WORD_RE.match(text, token.end) if token.kind == "amount" else None
        number = SCALED_NUMBER_RE.search(token.raw) if scale else None
        if number and len(scale.group(1)) <= 2 and len(number.group(1).replace(".", "")) > 4:
            number = None  # 'Rp 4.451.669.000 M...': a whole amount needs no scale; the letter is no abbreviation
        if scale and number:
            whole, decimals = number.group(1).replace(".", ""), number.group(2) or ""
            value = round(float(f"{whole}.{decimals or 0}") * SCALES[scale.group(1).lower()])
            raw = text[token.start:scale.end()]
            token = replace(token, end=scale.end(), raw=raw, reading=Reading(raw=raw, value=float(value), unit="rupiah"))
        out.append(token)
    return out


def in_number_run(text: str, tokens: list[Token], amount: Token) -> bool:
    """Whether an amount stands right before another number: a table row's cells ('1,004,422,800 177,776,900'), not prose."""
    following = next((t for t in tokens if t.start >= amount.end), None)
    return following is not None and following.kind in ("amount", "number") and not text[amount.end:following.start].strip()


def find_budget_sentences(lines: list[Line], doc: DocText | None = None,
                          year: int | None = None) -> list[BudgetSentence]:
    """Sentences that give a pagu and, where stated, its realisation and percent.

    The realisation may stand before the pagu ('realisasi ... sebesar Rp X
    atau 93,42% dari total pagu anggaran Rp Y'), and a pagu revised during
    the year ('... menjadi Rp Z') replaces the first one. A realisation up to
    a quarter or half year ('s.d. triwulan II') is not the year's, and a
    sentence that names only other years than the report's `year` is not read.
    """
    found: list[BudgetSentence] = []
    for paragraph in budget_paragraphs(lines, doc):
        text = paragraph.text
        if len(text) < 40 or not may_state_amount(text):
            continue  # (a pagu is such an amount)
        alloc_kw = next((m for m in ALLOCATION_RE.finditer(text)
                         if not NOT_ALLOCATION_BEFORE_RE.search(text, max(0, m.start() - WORD_BEFORE), m.start())
                         and not NOT_ALLOCATION_AFTER_RE.match(text, m.end())), None)
        if alloc_kw is None:
            continue
        tokens = scaled_values(text)
        amounts = [t for t in tokens if t.kind == "amount" and (t.reading.value or 0) >= MIN_AMOUNT]
        allocation = next((t for t in amounts if t.start > alloc_kw.start()), None)
        if allocation is None or in_number_run(text, tokens, allocation) or allocation.start in item_pagus(text):
            continue  # (a list item's pagu is its program's or kegiatan's: `find_item_sentences`)
        if year is not None and YEAR_RE.search(text) and \
                about_other_years(enclosing_sentence(text, sentence_spans(text), allocation.start), year):
            continue  # the spans are cut only for the few paragraphs that name a year
        real_kw = REALISATION_RE.search(text, allocation.end)
        allocation = revised(text, amounts, allocation, real_kw.start() if real_kw else len(text))
        realisation = percent = None
        if real_kw is not None:
            realisation = next((t for t in amounts if t.start > real_kw.start()), None)
            after = realisation.end if realisation else real_kw.end()
            percent = next((t for t in tokens if t.start >= after and t.kind == "percent"), None)
        else:  # 'realisasi ... Rp X atau 93,42% dari total pagu anggaran Rp Y'
            real_kw = next((m for m in REALISATION_RE.finditer(text, 0, alloc_kw.start())), None)
            if real_kw is not None:
                realisation = next((t for t in amounts if real_kw.start() < t.start < alloc_kw.start()), None)
                if realisation is not None:
                    percent = next((t for t in tokens if realisation.end <= t.start < alloc_kw.start()
                                    and t.kind == "percent"), None)
        if realisation is not None and INTERIM_RE.search(text, real_kw.start(), realisation.start):
            realisation = percent = None
        line = paragraph.line_at(allocation.start)
        found.append(BudgetSentence(
            source=Source(line=line.number, page=line.page, raw=text[alloc_kw.start():alloc_kw.start() + 300].strip()),
            allocation=allocation.reading,
            realisation=realisation.reading if realisation else None,
            percent=percent.reading if percent else None,
            part=bool(PART_RE.search(text, max(0, alloc_kw.start() - PART_REACH), allocation.start)),
            year=year_before(text, allocation.start)))
    return found


# A realisation named in prose: 'terealisasi', 'terserapnya anggaran', 'realisasinya', 'penyerapan'
# (not 'tidak terealisasikan', the unspent rest)
STATED_REALISATION_RE = re.compile(r"\b(?:te|di)?(?:reali[sz]asi|serap(?:an)?|penyerapan|terserap)(?:nya)?\b", re.I)
PERSEN_AFTER_RE = re.compile(r"\s*(?:%|persen\b)", re.I)
PAIR_TOLERANCE = {0: 0.5, 1: 0.06}  # by the decimals a % is printed with; two or more: 0.011


@dataclass(slots=True)
class _Amount:
    """An amount in a budget paragraph, with what the prose says of it."""

    token: Token
    paragraph: Paragraph
    index: int  # paragraph order in the document
    realised: bool  # a realisation word stands between the amount before it and this one
    percent: float | None  # the % printed right after it, before the next amount
    percent_raw: str
    interim: bool = False  # realised 'sampai dengan triwulan II': a part of the year's realisation, not the year's
    item: bool = False  # a list item's pagu or its realisation ('1). Penyediaan ... dengan jumlah dana sebesar Rp A')


def rounding_slack(token: Token) -> float:
    """How far, as a share of itself, an amount stated in words may be from the true one: half its last digit.

    'Rp 1,1 triliun' is any amount from 1,05 to 1,15 triliun (0,05 / 1,1); a whole amount
    ('Rp 1.100.000.000') and one not scaled by a word have none.
    """
    scale = SCALE_WORD_RE.search(token.raw)
    number = SCALED_NUMBER_RE.search(token.raw, 0, scale.start()) if scale else None
    if number is None:
        return 0.0
    whole, decimals = number.group(1).replace(".", ""), number.group(2) or ""
    mantissa = float(f"{whole}.{decimals or 0}")
    return 0.5 * 10 ** -len(decimals) / mantissa if mantissa else 0.0


def percent_tolerance(raw: str) -> float:
    digits = re.search(r"[.,](\d+)\s*(?:%|persen)?\s*$", raw.strip(), re.I)
    return PAIR_TOLERANCE.get(len(digits.group(1)) if digits else 0, 0.011)


def paragraph_amounts(paragraph: Paragraph, index: int) -> list[_Amount]:
    """The paragraph's Rupiah amounts in order, each with its realisation word and its printed %."""
    text = paragraph.text
    if not may_state_amount(text):
        return []  # (the amounts are those of MIN_AMOUNT or more)
    tokens = scaled_values(unglued(text))
    amounts = [t for t in tokens if t.kind == "amount" and (t.reading.value or 0) >= MIN_AMOUNT]
    pagus = item_pagus(text)
    found = []

    def stated_percent(start: int, end: int) -> Token | None:
        return next((t for t in tokens if start <= t.start < end and t.kind in ("percent", "number")
                     and t.reading.value is not None and 0 < t.reading.value <= 200
                     and (t.kind == "percent" or PERSEN_AFTER_RE.match(text, t.end))), None)

    for k, amount in enumerate(amounts):
        after_last = amounts[k - 1].end if k else 0
        before = text[after_last:amount.start]
        until = amounts[k + 1].start if k + 1 < len(amounts) else len(text)
        # its % after it ('Rp X atau 84,33 persen'), or between its realisation word and it ('realisasi 91% yaitu Rp X')
        pct = stated_percent(amount.end, until) or bare_share(text, tokens, amount.end, until)
        if pct is None and (word := STATED_REALISATION_RE.search(before)) is not None:
            pct = stated_percent(after_last + word.end(), amount.start)
        word = STATED_REALISATION_RE.search(before)
        if word is not None and names_the_pagu(before, word.end()):
            word = None  # 'realisasi anggaran ... dari total anggaran sebesar Rp A': A is the pagu
        item = amount.start in pagus or bool(k and found[-1].item and amounts[k - 1].start in pagus
                                             and not PROSE_STOP_RE.search(before))
        found.append(_Amount(amount, paragraph, index, word is not None, pct.reading.value if pct else None,
                             pct.raw if pct else "", word is not None and INTERIM_RE.search(before, word.end()) is not None,
                             item))
    return found


# 'Rp 83.581.725,00atau 95,59%', 'atau94.00 %': a text export glues 'atau' to the numbers around it
GLUED_ATAU_RE = re.compile(r"(?<=\d)a(?=tau\b)|(?<=\bata)u(?=\d)")


def unglued(text: str) -> str:
    """The text with a glued 'atau' parted from its numbers by a space in place of its outer letter, so that
    the lexer reads them (the offsets stay those of the text)."""
    return GLUED_ATAU_RE.sub(" ", text) if "atau" in text else text


# A list item's own pagu: '1). Penyediaan jasa surat menyurat Dengan jumlah dana sebesar Rp A', '2. Pemeliharaan
# gedung kantor dengan pagu anggaran sebesar Rp A' - the item's number, its name, and the words of its pagu
ITEM_PAGU_RE = re.compile(
    r"(?:^|(?<=[\s'\"(]))(?P<number>\d{1,2}|[a-z])\s?[.)]{1,2}\s+(?P<name>[A-Z][^.!?:]{2,160}?)\s+(?:[Dd]engan\s+)?"
    r"(?i:(?:jumlah\s+|total\s+)?dana|pagu(?:\s+anggaran)?|anggaran|alokasi(?:\s+dana|\s+anggaran)?)"
    r"\s+(?i:(?:sebesar|senilai)\s+)?(?=R[Pp]\b)")
# words by which an item names the budget itself or its year, not a program or kegiatan of it ('1. Total anggaran
# ...', 'a. Pada tahun 2022 dengan anggaran ...'), or opens a statement instead of a name ('b. Secara keseluruhan')
BUDGET_ITEM_NAME_RE = re.compile(r"\b(?:anggaran|pagu|realisasi|total|jumlah|dipa|apbd|apbn|tahun|(?:19|20)\d\d)\b"
                                 r"|^(?:pada|dalam|untuk|secara|sedangkan|adapun|selama|sampai|hingga|keseluruhan)\b",
                                 re.I)


def item_pagus(text: str) -> dict[int, re.Match]:
    """Offset of each list item's pagu amount in a paragraph -> the item ('1). Penyediaan ... Dengan jumlah dana
    sebesar Rp A'): a program's or kegiatan's budget, never the report's total."""
    if "Rp" not in text and "RP" not in text:
        return {}
    return {m.end(): m for m in ITEM_PAGU_RE.finditer(text) if not BUDGET_ITEM_NAME_RE.search(m.group("name"))}


# 'Rp R atau 91,14': a share printed without its sign right after the amount it measures
SHARE_AFTER_RE = re.compile(r"\s*,?\s*atau\s+(?:sebesar\s+)?$", re.I)


def bare_share(text: str, tokens: list[Token], start: int, end: int) -> Token | None:
    """The number with decimals that follows an amount after 'atau' and nothing else ('Rp 499.471.900 atau 91,14'):
    a percentage whose sign the report left out. (Taken as the share only where the pagu and the realisation give
    it, as every printed % is.)"""
    number = next((t for t in tokens if start <= t.start < end), None)
    if number is None or number.kind != "number" or number.reading.value is None \
            or not 0 < number.reading.value <= 200 or not re.search(r"[.,]\d{1,2}$", number.raw.strip()):
        return None
    return number if SHARE_AFTER_RE.match(text, start, number.start) else None


# the pagu's words right before its amount: 'dari (total) pagu sebesar', 'total anggaran sebesar', 'alokasi'
PAGU_BEFORE_RE = re.compile(
    r"\b(?:dari\s+(?:total\s+)?|total\s+)(?:pagu|anggaran|alokasi|dipa)(?:\s+\w+){0,3}?\s+(?:sebesar\s+)?$", re.I)


def names_the_pagu(before: str, after_word: int) -> bool:
    """Whether the words right before an amount, after its realisation word, call it the pagu ('realisasi anggaran
    tahun 2016 dari total anggaran sebesar Rp A'): the realisation word names the sentence's subject, not A."""
    return PAGU_BEFORE_RE.search(before, after_word) is not None


def budget_paragraphs(lines: list[Line], doc: DocText | None) -> list[Paragraph]:
    """The paragraphs that name a budget word, found once per document: the budget sentences and the amounts
    (`budget_amounts`) read the same paragraphs."""
    found = doc.memo.get("budget_paragraphs") if doc is not None else None
    if found is None:
        found = paragraphs(lines, BUDGET_WORDS, doc)
        if doc is not None:
            doc.memo["budget_paragraphs"] = found
    return found  # type: ignore[return-value]


def budget_amounts(lines: list[Line], doc: DocText | None) -> list[_Amount]:
    """Every budget paragraph's amounts in order (`paragraph_amounts`), worked out once per document."""
    found = doc.memo.get("budget_amounts") if doc is not None else None
    if found is None:
        found = [a for i, p in enumerate(budget_paragraphs(lines, doc)) for a in paragraph_amounts(p, i)]
        if doc is not None:
            doc.memo["budget_amounts"] = found
    return found  # type: ignore[return-value]


def item_amounts(lines: list[Line], doc: DocText | None) -> list[_Amount]:
    """`budget_amounts` of the paragraphs that name a list item's budget words too (`ITEM_WORDS`), worked out once
    per document. (The totals are read from the budget paragraphs alone: 'jumlah dana' names no year's pagu.)"""
    if doc is not None and not doc.lines_with(*ITEM_WORDS[len(BUDGET_WORDS):]):
        return budget_amounts(lines, doc)  # no item's words: the same paragraphs, read once already
    found = doc.memo.get("item_amounts") if doc is not None else None
    if found is None:
        found = [a for i, p in enumerate(paragraphs(lines, ITEM_WORDS, doc)) for a in paragraph_amounts(p, i)]
        if doc is not None:
            doc.memo["item_amounts"] = found
    return found  # type: ignore[return-value]


def confirmed_budget_sentence(lines: list[Line], doc: DocText | None = None,
                              year: int | None = None) -> BudgetSentence | None:
    """The overall pagu and realisasi that the prose's own % proves: realisasi / pagu x 100 = the printed %.

    A report may state several budgets in prose: the pagu before a revision
    and after it ('sebelum perubahan Rp 12,3 M ... Perubahan ditetapkan
    sebesar Rp 11,0 M'), its split by belanja type, and the realisation with
    its percentage ('terserapnya anggaran sebesar Rp 9,3 M atau 84,33 persen
    dari alokasi'). The first realisation whose printed % one of the stated
    amounts (the nearest before it first) divides into is the year's pair,
    even when a page break parts the amount from the words naming it; but
    a pair stated for another year than the report's ('Pada tahun 2022 ...
    Pada tahun 2023 ...') gives way to one of the report's year.
    """
    amounts = budget_amounts(lines, doc)
    pairs = []
    for k, real in enumerate(amounts):
        if not real.realised or real.interim or real.item:
            continue  # (a list item's realisation is its program's or kegiatan's)
        if real.percent is None:
            # 'realisasi Rp R dari pagu Rp A (P%)': the % stands after the pagu that follows the realisation
            nxt = amounts[k + 1] if k + 1 < len(amounts) else None
            if nxt is not None and not nxt.realised and not nxt.item and nxt.percent is not None \
                    and nxt.index == real.index \
                    and nxt.token.reading.value and real.token.reading.value <= nxt.token.reading.value * 1.0001 \
                    and abs(real.token.reading.value / nxt.token.reading.value * 100 - nxt.percent) \
                    <= percent_tolerance(nxt.percent_raw):
                pairs.append((nxt, replace(real, percent=nxt.percent, percent_raw=nxt.percent_raw)))
            continue
        value = real.token.reading.value
        before, after = list(reversed(amounts[:k])), amounts[k + 1:]
        for candidate in before + after:
            alloc = candidate.token.reading.value
            if candidate.realised or candidate.item or alloc <= 0 or not value <= alloc * 1.0001:
                continue
            # amounts rounded in words ('Rp 1,1 triliun') give the % only to their rounding
            tolerance = percent_tolerance(real.percent_raw) + value / alloc * 100 * (
                rounding_slack(real.token) + rounding_slack(candidate.token))
            if tolerance >= 0.5 and candidate.index != real.index:
                continue  # a whole % fits too many amounts by chance: only the same paragraph's
            if abs(value / alloc * 100 - real.percent) <= tolerance:
                pairs.append((candidate, real))
                break
        else:
            if (whole := pagu_of_remainder(real, after)) is not None:
                pairs.append((whole, real))
    if not pairs:
        return None
    stated = [stated_year(c) for c, _ in pairs]
    # the report's year first, then pairs naming no year; within them, the largest pagu: the whole budget, where
    # the prose also proves the parts it splits into ('belanja operasi ... terealisasi Rp X (96,67%)')
    tier = [pair for pair, y in zip(pairs, stated) if year is not None and y == year] or \
        [pair for pair, y in zip(pairs, stated) if y is None or year is None] or pairs[:1]
    chosen = max(tier, key=lambda pair: pair[0].token.reading.value)
    candidate, real = chosen
    line = candidate.paragraph.line_at(candidate.token.start)
    real_line = real.paragraph.line_at(real.token.start)
    raw = (f"{candidate.token.raw.strip()} (line {line.number}); realisasi {real.token.raw.strip()} "
           f"{real.percent_raw.strip()} (line {real_line.number})")
    return BudgetSentence(
        source=Source(line=line.number, page=line.page, raw=raw, table="sentence"),
        allocation=candidate.token.reading, realisation=real.token.reading,
        percent=parse_measure(real.percent_raw.strip(), "%"))


# what is left of the pagu, named right before its amount: 'dengan sisa anggaran Rp. S', 'sisa anggaran sebesar Rp S'
REMAINDER_BEFORE_RE = re.compile(r"\b(?:sisa|tersisa)(?:\s+(?:anggaran|dana|pagu))?\s+(?:sebesar\s+|yaitu\s+)?$", re.I)


def pagu_of_remainder(real: _Amount, after: list[_Amount]) -> _Amount | None:
    """The pagu as the realisation plus what is left of it, when the prose states no pagu but its rest.

    'realisasi anggaran tahun 2023 sebesar 91% yaitu Rp R dengan sisa anggaran
    Rp S': the pagu is R + S, taken only when R / (R + S) x 100 gives the
    printed % (to its decimals) and the rest stands in the realisation's own
    paragraph, right after it.
    """
    nxt = after[0] if after else None
    if nxt is None or nxt.index != real.index or nxt.realised or real.percent is None:
        return None
    text = real.paragraph.text
    if REMAINDER_BEFORE_RE.search(text, real.token.end, nxt.token.start) is None:
        return None
    value, rest = real.token.reading.value, nxt.token.reading.value
    whole = value + rest
    if not whole or abs(value / whole * 100 - real.percent) > percent_tolerance(real.percent_raw):
        return None
    raw = f"{real.token.raw.strip()} + sisa {nxt.token.raw.strip()}"
    token = replace(nxt.token, raw=raw, reading=Reading(raw=raw, value=float(whole), unit="rupiah"))
    return replace(nxt, token=token, percent=None, percent_raw="")


def realisation_of_pagu(lines: list[Line], allocation: int, doc: DocText | None = None,
                        year: int | None = None) -> tuple[int, Source] | None:
    """The realisasi the prose states with its % alone, proven against a pagu known from a table.

    An agreement's budget block gives the year's pagu ('TOTAL ANGGARAN Rp X')
    and the prose gives the realisasi without restating it ('realisasi
    anggaran ... sebesar Rp R atau 97%'). R / X x 100 equal to the printed %
    (to its decimals) proves R is that pagu's realisasi. A realisation up to
    a quarter, or one a sentence states for another year, does not count.
    """
    if allocation <= 0:
        return None
    for real in budget_amounts(lines, doc):
        value = real.token.reading.value
        if not real.realised or real.interim or real.item or real.percent is None or not value \
                or value > allocation * 1.0001:
            continue
        said = stated_year(real)
        if year is not None and said is not None and said != year:
            continue
        if abs(value / allocation * 100 - real.percent) <= percent_tolerance(real.percent_raw):
            line = real.paragraph.line_at(real.token.start)
            raw = f"realisasi {real.token.raw.strip()} {real.percent_raw.strip()}"
            return int(value), Source(line=line.number, page=line.page, raw=raw, table="sentence")
    return None


# a sentence's end ('Rp. 5' is none: a digit follows; 'sebesar 92,50 . Pencapaian': OCR's space before the stop)
PROSE_STOP_RE = re.compile(r"(?:(?<=[a-z0-9)%-])|(?<=\d ))[.;]\s+(?=[A-Z])")
YEAR_IN_TEXT_RE = re.compile(r"(?<![\d.,/-])(?:19|20)\d{2}(?![\d.,]\d)")


def stated_year(amount: _Amount) -> int | None:
    """The year the sentence of a pagu names before it ('Pada tahun 2022 ... sebesar Rp X'), if any."""
    return year_before(amount.paragraph.text, amount.token.start)


def year_before(text: str, at: int) -> int | None:
    """The last year named in the sentence of `text` that runs up to offset `at`."""
    start = max((m.end() for m in PROSE_STOP_RE.finditer(text, 0, at)), default=0)
    years = YEAR_IN_TEXT_RE.findall(text, start, at)
    return int(years[-1]) if years else None


def revised(text: str, amounts: list, allocation, stop: int):
    """The pagu after a revision the paragraph states before `stop`, else `allocation`.

    '... sebesar Rp 105.370.538.000 ... sehingga anggaran ... menjadi Rp
    103.826.538.000': the year's pagu is the one it became. 'menjadi' must
    follow a word of the pagu ('anggaran', 'pagu', 'alokasi', 'DIPA') closely.
    """
    for m in REVISED_RE.finditer(text, allocation.end, stop):
        if not re.search(r"\b(?:anggaran|pagu|alokasi|dipa)\b", text[max(0, m.start() - REVISION_REACH):m.start()], re.I):
            continue
        later = next((t for t in amounts if t.start == m.end()), None)
        if later is not None:
            return later
    return allocation


# A kind of belanja a sentence states the pagu and realisation of: 'Belanja tidak langsung ... ditargetkan Rp A
# dan terealisasi Rp R atau P persen' (the kinds of a regional budget: langsung / tidak langsung, pegawai, barang
# dan jasa, modal, operasi, transfer, tidak terduga)
PART_NAME_RE = re.compile(
    r"\bbelanja\s+(?:tidak\s+langsung|langsung|pegawai|barang\s+dan\s+jasa|barang|modal|operasi|transfer"
    r"|tidak\s+terduga)\b", re.I)
# ... or a program by its name in capitals: 'didukung oleh Program Pengelolaan Sampah dengan total anggaran Rp A dan
# realisasi Rp R atau P' (the name runs over its capitalised words and the small words between them)
PROGRAM_NAME_RE = re.compile(
    r"\b[Pp]rogram(?:\s+(?:(?:dan|di|pada|untuk|serta|bagi)\s+)?[A-Z][\w/()-]*)+")
# ... or the sasaran the money was spent to reach, the efficiency paragraph most LKjIP give each sasaran: 'untuk
# pencapaian Sasaran “Meningkatnya Pelayanan Publik” adalah sebesar Rp R atau P % dari total pagu Rp A' (its name
# quoted, or over its capitalised words)
SASARAN_NAME_RE = re.compile(
    r"\b[Ss]asaran(?:\s+[Ss]trategis)?\s*(?:[“\"][A-Z][^”\"\n]{3,240}[”\"]"
    r"|(?:\s+(?:(?:dan|di|pada|untuk|serta|bagi)\s+)?[A-Z][\w/()-]*)+)")


def part_names(text: str, start: int, end: int) -> list[re.Match]:
    """The kinds of belanja, the programs and the sasaran named in text[start:end]."""
    return [*PART_NAME_RE.finditer(text, start, end), *PROGRAM_NAME_RE.finditer(text, start, end),
            *SASARAN_NAME_RE.finditer(text, start, end)]


# What the money of a sentence's pagu was for, when no kind or program in capitals names it: a kegiatan named in
# lower case opening the sentence ('Kegiatan pembangunan gedung dengan jumlah anggaran Rp A'), or a list item of
# the actions taken for an indicator ('b. Membangun ruang kelas, ... dengan anggaran sebesar Rp A') - the name runs
# up to the pagu's words right before the amount (a text export may glue them: 'denganjumlahanggaransebesar')
PURPOSE_OPEN_RE = re.compile(
    r"(?:^|(?<=\s))(?:(?:[a-z]|\d{1,2})[.)]\s+(?=[A-Z][a-z])|(?=[Kk]egiatan\s+(?!(?:dan|ini|itu|tersebut|yang|lain)\b)[a-z]))")
PAGU_WORDS_END_RE = re.compile(
    r"[\s,]*(?:dengan\s*)?(?:(?:jumlah|total)\s*)?(?:pagu\s*anggaran|pagu|anggaran|dana|alokasi\s*dana|alokasi)"
    r"\s*(?:sebesar\s*|senilai\s*)?$", re.I)
PURPOSE_MAX = 600  # characters of a purpose's name: an item that lists its actions runs long


def purpose_name(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the name of what a pagu at `end` was for opens in text[start:end], and the name (`PURPOSE_OPEN_RE`):
    a kegiatan's or an item's budget is a row, never the report's total. A name that speaks of the budget itself
    or its year ('a. Pada tahun 2016 dengan pagu ...', `BUDGET_ITEM_NAME_RE`) names no purpose."""
    # (an item's letter ends in a stop: 'b. Membangun' opens the sentence after the 'b.')
    opens = [m.start() for m in PURPOSE_OPEN_RE.finditer(text, max(0, start - 4), end) if end - m.start() <= PURPOSE_MAX]
    if not opens:
        return None
    head = text[opens[-1]:end]
    words = PAGU_WORDS_END_RE.search(head)
    if words is None:
        return None
    name = re.sub(r"^(?:[a-z]|\d{1,2})[.)]\s+", "", " ".join(head[:words.start()].split()))
    if len(name) < 8 or BUDGET_ITEM_NAME_RE.search(name) or PROSE_STOP_RE.search(name):
        return None
    return opens[-1], name


LEAD_LINES = 3  # prose lines before a paragraph that may hold the opening of its first sentence


def sentence_lead(lines: list[Line], paragraph: Paragraph) -> str:
    """The opening of the paragraph's first sentence in the prose lines right before it (after their last sentence
    end), with a space, or '' when a blank or table line or a sentence's end stands right before the paragraph."""
    first = paragraph.starts[0][1]
    at = next((k for k, line in enumerate(lines) if line is first), None)
    before: list[str] = []
    for line in reversed(lines[max(0, (at or 0) - LEAD_LINES):at or 0]):
        if is_break(line.text):
            break
        before.insert(0, line.text.strip())
    lead = " ".join(before)
    stop = max((m.end() for m in PROSE_STOP_RE.finditer(lead)), default=0)
    lead = lead[stop:].strip()
    return lead + " " if lead and lead[-1] not in ".;:!?" else ""


# what an amount's % is a share of, the pagu that follows: '... Rp R atau 98,68 % dari total pagu sebesar Rp A'
SHARE_OF_PAGU_RE = re.compile(r"^\s*,?\s*(?:atau\s+)?(?:sebesar\s+)?[\d.,]+\s*(?:%|persen)\s*(?:dari\s+"
                              r"(?:total\s+|jumlah\s+)?(?:pagu|anggaran|alokasi|dana)\b)", re.I)


def share_of_next_pagu(amounts: list[_Amount], k: int) -> bool:
    """Whether amount k is stated as a share of the pagu right after it, in its sentence: the amount spent,
    whatever word the prose calls the spending by ('penggunaan sumber daya keuangan ... sebesar Rp R')."""
    real = amounts[k]
    if real.percent is None or k + 1 >= len(amounts):
        return False
    nxt = amounts[k + 1]
    if nxt.index != real.index or nxt.realised or nxt.item:
        return False
    text = real.paragraph.text
    between = text[real.token.end:nxt.token.start]
    return SHARE_OF_PAGU_RE.match(between) is not None and PROSE_STOP_RE.search(between) is None


def find_part_sentences(lines: list[Line], doc: DocText | None = None, year: int | None = None,
                        stated: set[float] | frozenset[float] = frozenset()) -> list[BudgetRow]:
    """Kinds of belanja whose pagu and realisation one sentence states and its printed % proves, as budget rows.

    A report (or its LKPJ) without a budget table splits the year's spending
    in prose: 'belanja tidak langsung ... Rp A ... terealisasi Rp R atau P
    persen'. The pair counts only when R / A gives P (to its decimals, or to
    the rounding of an amount in words: see `rounding_slack`), the sentence
    names the kind before its pagu, and no other year than the report's. An
    allocation a table row already `stated` is that row's.
    """
    rows: list[BudgetRow] = []
    amounts = budget_amounts(lines, doc)
    for k, real in enumerate(amounts):
        share = share_of_next_pagu(amounts, k)
        if not (real.realised or share) or real.interim:
            continue
        if share:
            # 'sebesar Rp R atau P % dari total pagu sebesar Rp A': a share of the pagu after it
            alloc, first, percent_raw = amounts[k + 1], k, real.percent_raw
        elif real.percent is not None and k > 0:
            alloc, first, percent_raw = amounts[k - 1], k - 1, real.percent_raw  # the pagu right before it
        elif real.percent is None and k + 1 < len(amounts) and amounts[k + 1].percent is not None:
            # 'terealisasi Rp R, dari pagu Rp A, atau P persen': the pagu after it, the % after the pagu
            alloc, first, percent_raw = amounts[k + 1], k, amounts[k + 1].percent_raw
        else:
            continue
        percent = parse_measure(percent_raw.strip(), "%")
        opener = amounts[first]
        a, r = alloc.token.reading.value, real.token.reading.value
        if alloc.realised or alloc.item or alloc.index != real.index or not a or a in stated or not r <= a * 1.0001:
            continue  # (a list item's pair is read with its name: `find_item_sentences`)
        if percent is None or percent.value is None:
            continue
        tolerance = percent_tolerance(percent_raw) + r / a * 100 * (
            rounding_slack(real.token) + rounding_slack(alloc.token))
        if abs(r / a * 100 - percent.value) > min(tolerance, 0.5):
            continue
        text = alloc.paragraph.text
        # the kind is named in the sentence before the pair's first amount, after any amount before it
        opening = max((m.end() for m in PROSE_STOP_RE.finditer(text, 0, opener.token.start)), default=0)
        opening = max([opening] + [amounts[j].token.end for j in range(first) if amounts[j].index == real.index])
        lead = ""
        if opening == 0 and not part_names(text, 0, opener.token.start):
            # the sentence opened in the lines before the paragraph (a long stretch of prose is read in runs of
            # lines: the run may cut a sentence): its opening is prefixed
            lead = sentence_lead(lines, alloc.paragraph)
            text = lead + text
        names = part_names(text, opening, len(lead) + opener.token.start)
        purpose = purpose_name(text, opening, len(lead) + opener.token.start) if not names and alloc is opener else None
        if len(names) != 1 and purpose is None:
            continue  # no kind named, or two the pair cannot tell apart
        said = year_before(text, len(lead) + opener.token.start)
        if year is not None and said is not None and said != year:
            continue
        line = alloc.paragraph.line_at(opener.token.start)
        end = len(lead) + max(real.token.end, alloc.token.end)
        start, name = (names[0].start(), names[0].group(0)) if names else purpose
        rows.append(BudgetRow(
            source=Source(line=line.number, page=line.page, raw=text[start:end + 24].strip(), table="sentence"),
            name=name, allocation=alloc.token.reading, realisation=real.token.reading, percent=percent,
            slot=sum(1 for row in rows if row.source.line == line.number)))  # two kinds on one line: two rows
    return rows


KEGIATAN_WORD_RE = re.compile(r"\bkegiatan\b", re.I)


def find_item_sentences(lines: list[Line], doc: DocText | None = None, year: int | None = None,
                        stated: set[float] | frozenset[float] = frozenset()) -> list[BudgetRow]:
    """List items that state a program's or kegiatan's pagu and realisation in a sentence, as budget rows.

    An older LAKIP describes each kegiatan in prose: '1). Penyediaan jasa surat menyurat Dengan jumlah dana
    sebesar Rp A dan telah terealisasi sebesar Rp R atau P%'. The item's name opens the row; its pagu is the
    amount right after the pagu's words, its realisation the next amount after a realisation word, and the
    pair counts only when R / A gives the printed P (to its decimals). Under a line naming kegiatan ('...
    dengan kegiatan sebagai berikut:') the items are kegiatan. An allocation a table row already `stated`
    is that row's; a sentence of another year than the report's is not read.
    """
    rows: list[BudgetRow] = []
    amounts = item_amounts(lines, doc)
    last: tuple[str, str | None] | None = None  # the last item read: its number and level
    for k, alloc in enumerate(amounts[:-1]):
        real = amounts[k + 1]
        text = alloc.paragraph.text
        item = item_pagus(text).get(alloc.token.start)
        if item is None or real.index != alloc.index or real.interim:
            continue
        unprinted = real.percent is None and realised_right_before(text, alloc.token.end, real.token.start)
        if not (real.realised and real.percent is not None) and not unprinted:
            continue
        a, r = alloc.token.reading.value, real.token.reading.value
        if not a or a in stated or not r <= a * 1.0001:
            continue
        if not unprinted and abs(r / a * 100 - real.percent) > min(percent_tolerance(real.percent_raw), 0.5):
            continue
        said = year_before(text, alloc.token.start)
        if year is not None and said is not None and said != year:
            continue
        line = alloc.paragraph.line_at(item.start())
        level = "kegiatan" if KEGIATAN_WORD_RE.search(text, 0, item.start()) or KEGIATAN_WORD_RE.search(
            sentence_lead(lines, alloc.paragraph)) or next_item(item, last) else None
        last = (item.group("number"), level)
        rows.append(BudgetRow(
            source=Source(line=line.number, page=line.page, raw=text[item.start():real.token.end + 24].strip(),
                          table="sentence"),
            name=" ".join(item.group("name").split()), allocation=alloc.token.reading,
            realisation=real.token.reading, percent=parse_measure(real.percent_raw.strip(), "%") if not unprinted
            else None, level=level,
            slot=sum(1 for row in rows if row.source.line == line.number)))
    return rows


# The realisation word right before an amount, after the pagu's clause ('... dan telah direalisasikan sebesar Rp R'):
# 'direalisasikan' and 'terealisasikan' count here, not after a negation ('tidak / belum terealisasikan': the rest)
REALISED_RIGHT_BEFORE_RE = re.compile(
    r"(?<!tidak )(?<!belum )\b(?:te|di)?reali[sz]asi(?:kan|nya)?\s+(?:(?:sebesar|senilai|yaitu|adalah)\s+)?(?:R[Pp]\.?\s*)?$", re.I)


def realised_right_before(text: str, pagu_end: int, amount_start: int) -> bool:
    """Whether the amount at `amount_start` is the realisation of the pagu ending at `pagu_end`, with no printed %
    to prove the pair: a realisation word stands right before it and no sentence ends between the two ('a.
    Pelatihan kader dengan alokasi anggaran sebesar Rp A ... dan telah direalisasikan sebesar Rp R'). (The
    caller keeps R <= A; the % is left empty, the report printing none.)"""
    between = text[pagu_end:amount_start]
    # (the stop is looked for from the pagu's last characters: its token may hold the full stop, 'Rp.4.000.000,-.')
    return REALISED_RIGHT_BEFORE_RE.search(between) is not None \
        and PROSE_STOP_RE.search(text, max(0, pagu_end - 2), amount_start) is None


def next_item(item: re.Match, last: tuple[str, str | None] | None) -> bool:
    """Whether an item goes on a list of kegiatan: the last item read was one, numbered right before it."""
    if last is None or last[1] != "kegiatan":
        return False
    number, before = item.group("number"), last[0]
    if number.isdigit() and before.isdigit():
        return int(number) == int(before) + 1
    return len(number) == len(before) == 1 and ord(number) == ord(before) + 1


# A pagu the sentence gives to a named program, kegiatan or output: 'Alokasi anggaran untuk program Penguatan
# Layanan Desa sebesar Rp A', 'Pagu anggaran untuk kegiatan pelatihan kader sebesar Rp A' (the name runs from the
# level word, kept as printed, to 'sebesar', within the clause)
NAMED_PAGU_RE = re.compile(
    r"\b(?:pagu|alokasi)(?:\s+pagu)?(?:\s+anggaran)?\s+untuk\s+(?P<level>program|kegiatan|sub\s+kegiatan|output)\s+"
    r"(?P<rest>[^.,;:()\d]{3,160}?)\s+(?:(?:adalah|yaitu)\s+)?(?:sebesar|senilai)\s+(?=R[Pp])", re.I)
AMOUNT_OPEN_RE = re.compile(r"\s*(?:R[Pp]\.?\s*)?$")  # what stands between 'sebesar' and the amount's digits


def find_named_pagu_sentences(lines: list[Line], doc: DocText | None = None, year: int | None = None,
                              stated: set[float] | frozenset[float] = frozenset()) -> list[BudgetRow]:
    """A program's, kegiatan's or output's pagu a sentence states under its name (`NAMED_PAGU_RE`), as a budget row.

    A report without a budget table states its DIPA in prose: 'Alokasi anggaran untuk program X sebesar Rp A' is
    X's allocation as a 'Program X ... Rp A' line of an agreement is. The pagu's realisation is the next amount
    when a realisation word stands right before it in the same sentence and R <= A ('... sebesar Rp A dan telah
    terealisasi sebesar Rp R'); a printed % must then prove it, and with none the % stays empty. A sentence with
    another amount or a realisation word that does not pair so gives no row (what it says of A is not clear), nor
    does a realisation up to a quarter, another year's sentence, or an allocation a table row already `stated`.
    """
    rows: list[BudgetRow] = []
    if doc is not None and not doc.lines_with("untuk"):
        return rows
    amounts = budget_amounts(lines, doc)
    for k, alloc in enumerate(amounts):
        text = alloc.paragraph.text
        if "untuk" not in text[max(0, alloc.token.start - 200):alloc.token.start]:
            continue
        named = next((m for m in NAMED_PAGU_RE.finditer(text, max(0, alloc.token.start - 240), alloc.token.end)
                      if m.end() <= alloc.token.start and AMOUNT_OPEN_RE.fullmatch(text[m.end():alloc.token.start])), None)
        a = alloc.token.reading.value
        if named is None or alloc.item or alloc.realised or not a or a in stated:
            continue
        sentence_end = next((m.start() for m in PROSE_STOP_RE.finditer(text, max(0, alloc.token.end - 2))),
                            len(text))
        nxt = amounts[k + 1] if k + 1 < len(amounts) and amounts[k + 1].index == alloc.index \
            and amounts[k + 1].token.start < sentence_end else None
        real, percent = None, None
        if nxt is not None:
            r = nxt.token.reading.value
            if nxt.interim or not realised_right_before(text, alloc.token.end, nxt.token.start) or not r or r > a * 1.0001:
                continue
            if nxt.percent is not None:
                if abs(r / a * 100 - nxt.percent) > min(percent_tolerance(nxt.percent_raw), 0.5):
                    continue
                percent = parse_measure(nxt.percent_raw.strip(), "%")
            real = nxt.token.reading
        elif STATED_REALISATION_RE.search(text, alloc.token.end, sentence_end) or alloc.percent is not None:
            continue  # a realisation (or a share) stated otherwise: not this reading's
        said = year_before(text, named.start())
        if year is not None and said is not None and said != year:
            continue
        line = alloc.paragraph.line_at(named.start())
        end = (nxt.token.end if nxt is not None else alloc.token.end) + 24
        level = re.sub(r"\s+", "_", named.group("level").lower())
        rows.append(BudgetRow(
            source=Source(line=line.number, page=line.page, raw=text[named.start():end].strip(), table="sentence"),
            name=" ".join(text[named.start("level"):named.end("rest")].split()), allocation=alloc.token.reading,
            realisation=real,
            percent=percent, level="output" if level == "sub_kegiatan" else level,  # (a sub kegiatan stands as an output)
            slot=sum(1 for row in rows if row.source.line == line.number)))
    return rows
