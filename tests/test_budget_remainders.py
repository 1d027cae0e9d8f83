"""Grants stated in prose with what was spent and what is left (extract.budget_remainders)."""
from __future__ import annotations

from extract.budget_remainders import find_grant_remainders
from extract.model import Line


def views(*texts: str) -> list[Line]:
    return [Line(number=i, page=1, text=t) for i, t in enumerate(texts, start=1)]


# A short news account in my own words: two election grants, each with what was spent; the first grant's rest is
# given exactly only in the paragraph before (its own paragraph rounds it), the second's in its own paragraph.
GRANTS = (
    "Ketua KPU Kota Contoh menyebut masih ada sisa dana hibah sekitar Rp 1,2 miliar, tepatnya Rp1.234.500.000, "
    "yang akan disetor ke kas daerah.",
    "",
    "Menurutnya, dana hibah pemilihan wali kota dari APBD 2020 sebesar Rp 8.000.000.000. Sampai akhir bulan "
    "dana yang sudah digunakan sebesar Rp 6.765.500.000. Jadi sisanya sekitar Rp 1,2 miliar.",
    "",
    "Adapun dana hibah pemilihan gubernur dari APBD provinsi sebesar Rp 3.500.000.000 dan realisasi penggunaannya "
    "Rp 3.100.250.000, sehingga tersisa Rp 399.750.000 untuk dikembalikan.",
)


def test_grants_whose_stated_rest_proves_received_minus_spent_are_budget_rows():
    rows = find_grant_remainders(views(*GRANTS))
    assert [(r.name, r.allocation.value, r.realisation.value, r.remainder.value, r.source.line) for r in rows] == [
        ("Dana hibah pemilihan wali kota dari APBD 2020", 8_000_000_000, 6_765_500_000, 1_234_500_000, 3),
        ("Dana hibah pemilihan gubernur dari APBD provinsi", 3_500_000_000, 3_100_250_000, 399_750_000, 5),
    ]


def test_a_grant_without_a_rest_that_subtracts_gives_no_row():
    # the rest stated is not received minus spent (a typo, or another sum): nothing proves the pair
    lines = views("Dana hibah pemilihan bupati sebesar Rp 5.000.000.000 dan yang digunakan Rp 4.200.000.000, "
                  "sehingga sisa Rp 700.000.000.")
    assert find_grant_remainders(lines) == []


def test_a_grant_already_read_elsewhere_is_left_to_that_row():
    assert [r.allocation.value for r in find_grant_remainders(views(*GRANTS), stated={8_000_000_000})] \
        == [3_500_000_000]


def test_grant_rows_come_out_and_the_documents_total_is_read_as_before(tmp_path):
    from extract.readers import read_document
    from pipeline import extract_document

    path = tmp_path / "hibah.txt"
    path.write_text("\n".join(GRANTS) + "\n", encoding="utf-8")
    result = extract_document(read_document(path))
    assert sorted((b["allocation"], b["realisation"]) for b in result.built.budgets) == [
        (3_500_000_000, 3_100_250_000), (8_000_000_000, 6_765_500_000)]
    # the budget sentences still weigh the grant's sentence as the total: a row read there does not push the total
    # on to a worse statement (the rounded rest)
    assert result.document["total_allocation"] == 8_000_000_000


# a program's pagu and realisation stated in a sentence, its pagu also in the signed agreement's budget block
PROGRAM_SENTENCES = [
    "Laporan Kinerja KPU Kabupaten Sukamaju Tahun 2023",
    "",
    "Program Dukungan Manajemen (076.01.WA) dengan pagu anggaran sebesar Rp4.210.500.000",
    "terealisasi Rp4.105.037.250 atau 97,50%. Anggaran ini digunakan untuk operasional kantor.",
    "",
    "LAMPIRAN PERJANJIAN KINERJA TAHUN 2023",
    "Program\tAnggaran",
    "Program Dukungan Manajemen\tRp 4.210.500.000",
    "Jumlah\tRp 4.210.500.000",
]


def test_a_programs_sentence_is_a_row_beside_the_agreements_pagu_alone(tmp_path):
    """The agreement's 'Program X Rp A' states the pagu only: the sentence adding its realisation is no repeat."""
    from extract.readers import read_document
    from pipeline import extract_document

    path = tmp_path / "program.txt"
    path.write_text("\n".join(PROGRAM_SENTENCES) + "\n", encoding="utf-8")
    rows = extract_document(read_document(path)).built.budgets
    assert (4_210_500_000, 4_105_037_250, 97.5) in {(b["allocation"], b["realisation"], b["percent"]) for b in rows}
