"""Raw answers: one row per respondent, an integer 1–4 per unsur, as a survey file gave them.

A survey file (a form export, .xlsx or .csv) is read by :mod:`doctools.masukan.survei`, which
matches its headers to the unsur (:mod:`.nama`) and its cells to the scale, and reports a bad
cell where it is; :func:`~doctools.kinerja.skm.skor.hitung_skm` scores what it read.
"""

from __future__ import annotations

from dataclasses import dataclass

from doctools.kinerja.skm.model import ModelSKM


@dataclass(frozen=True)
class JawabanSurvei:
    """Raw answers, one tuple per respondent, values in ``model.unsur`` order (None = blank)."""

    model: ModelSKM
    nilai: tuple[tuple[int | None, ...], ...]
    kolom_unsur: tuple[str, ...]
    """The header used for each unsur, in model order."""
    kolom_diabaikan: tuple[str, ...]
    baris: tuple[int, ...]
    """Row number (as a spreadsheet counts it) of each respondent."""
    berkas: str | None = None

    @property
    def jumlah_responden(self) -> int:
        return len(self.nilai)
