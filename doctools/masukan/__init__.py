"""Spreadsheets in: the files staff already have, read with the same standard of errors as the YAML.

* :mod:`doctools.masukan.lembar` — one sheet of an .xlsx (openpyxl, read-only, cached values) or
  a .csv as rows of values with their cell addresses; a header row (or a merged two-row header);
  a formula without a cached value found and named by its cell.
* :mod:`doctools.masukan.survei` — SKM answers from a Google Forms / Microsoft Forms export:
  columns mapped to unsur, labels or codes 1–4, findings per cell.
* :mod:`doctools.masukan.realisasi` — budget realisation from the regional finance system's
  export: program / kegiatan / sub-kegiatan rows with pagu and realisasi, subtotals checked.

Nothing here ever writes to a spreadsheet.
"""

from doctools.masukan.lembar import Lembar, LokasiSel, baca_lembar, huruf_kolom, indeks_kolom

__all__ = ["Lembar", "LokasiSel", "baca_lembar", "huruf_kolom", "indeks_kolom"]
