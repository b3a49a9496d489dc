"""Reading a prepared template's text as Jinja, the way docxtpl will: syntax and variables.

Every paragraph (its file and place marked while preparing) becomes one line of one Jinja source,
so a line number names a paragraph or table cell. docxtpl's own syntax is read as docxtpl reads
it: ``{%p``/``{%tr``/``{%tc``/``{{r`` drop their level letter, ``{% vm %}``/``{% hm %}`` go,
``{% colspan x %}``/``{% cellbg x %}`` keep their expression. Names and ``a.b.c`` paths are
followed through ``for``, ``with`` and ``set`` against the declared context of the kind.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import nodes
from lxml import etree

from doctools.oxml.jinja import is_tag_paragraph, paragraph_text
from doctools.oxml.table import enclosing_row
from doctools.oxml.text import all_paragraphs
from doctools.templat.bagian import ASAL
from doctools.templat.filter import filters
from doctools.templat.masalah import Masalah, Tingkat, cuplik
from doctools.templat.skema import Daftar, Isian, KetentuanTemplat, Kumpulan, Simpul

_KUTIP = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_BUKA = re.compile(r"\{\{|\{%|\{#")
_TUTUP = {"{{": "}}", "{%": "%}", "{#": "#}"}
_LEVEL = re.compile(r"(\{%|\{\{|\{#)(p|tr|tc|r) ")
_DOCXTPL = re.compile(r"\{%\s*(vm|hm)\s*%\}")
_ARGUMEN = re.compile(r"\{%\s*(?:colspan|cellbg)\s+(.*?)\s*%\}")
_GLOBAL = {"range", "dict", "lipsum", "cycler", "joiner", "namespace", "true", "false", "none", "True", "False",
           "None"}
_BLOK = re.compile(r"\{%-?\s*(for|if|with|macro|call|filter|raw|block|elif|else|endfor|endif|endwith|endmacro"
                   r"|endcall|endfilter|endraw|endblock)\b")
_LOOP = {"index", "index0", "revindex", "revindex0", "first", "last", "length", "cycle", "depth", "depth0",
         "previtem", "nextitem", "changed"}


class _TakTahu:
    """A value whose shape the declaration does not know (a filter's result, a loop's own counter)."""


TAK_TAHU = _TakTahu()
LOOP = _TakTahu()


@dataclass(frozen=True)
class _Baris:
    """One paragraph of the template, as one line of the Jinja source."""

    berkas: str
    letak: str
    teks: str


# ---- the paragraphs as Jinja source ---------------------------------------------------------------


def _jinja(teks: str) -> str:
    """A paragraph's tags in plain Jinja: docxtpl's level letters and its own tags removed."""
    def satu(m: re.Match[str]) -> str:
        tag = m.group(0).translate(_KUTIP)
        tag = _LEVEL.sub(r"\1 ", tag, count=1)
        tag = _DOCXTPL.sub("", tag)
        return _ARGUMEN.sub(r"{{ \1 }}", tag)
    return _TAG.sub(satu, teks)


def _baris_body(root: etree._Element, berkas_utama: str) -> Iterator[tuple[etree._Element, _Baris]]:
    for p in all_paragraphs(root):
        asal = p.get(ASAL, "")
        berkas, _, letak = asal.rpartition("|") if asal else (berkas_utama, "", "")
        yield p, _Baris(berkas, letak or "paragraf", paragraph_text(p).replace("\n", " "))


class PembacaTag:
    """Reads one prepared template and collects its problems."""

    def __init__(self, ketentuan: KetentuanTemplat | Kumpulan, tampil: dict[str, Path]) -> None:
        self.konteks = ketentuan.konteks if isinstance(ketentuan, KetentuanTemplat) else ketentuan
        self.tampil = tampil
        self.masalah: list[Masalah] = []
        self.env = jinja2.Environment()
        self.env.filters.update(filters())
        self._baris: list[_Baris] = []
        self._terlapor: set[tuple[str, str]] = set()

    @property
    def jumlah_baris(self) -> int:
        """Lines read so far (a header's source starts after the body's)."""
        return len(self._baris)

    def lapor(self, aturan: str, tingkat: Tingkat, berkas: str, pesan: str) -> None:
        kunci = (berkas, pesan)
        if kunci in self._terlapor:
            return
        self._terlapor.add(kunci)
        self.masalah.append(Masalah(aturan, tingkat, self.tampil.get(berkas, Path(berkas)), pesan))

    def _di(self, baris: _Baris) -> str:
        return f"{baris.letak} (“{cuplik(baris.teks)}”)"

    # -- per paragraph
    def baris(self, root: etree._Element, berkas_utama: str) -> list[str]:
        """The Jinja source lines (one per paragraph), after the per-paragraph checks."""
        baris_tr: dict[etree._Element, bool] = {}
        hasil: list[str] = []
        for p, b in _baris_body(root, berkas_utama):
            self._baris.append(b)
            teks = b.teks
            tr = enclosing_row(p)
            if tr is not None and tr not in baris_tr:
                baris_tr[tr] = any("{%tr " in paragraph_text(x) or "{{tr " in paragraph_text(x) or "{#tr " in
                                   paragraph_text(x) for x in all_paragraphs(tr))
            tag_baris = tr is not None and baris_tr.get(tr, False)
            if not self._seimbang(b):
                hasil.append("")
                continue
            tag = [m.group(0) for m in _TAG.finditer(teks)]
            if tag_baris and not re.search(r"\{[%{#]tr ", teks):
                if teks.strip():
                    self.lapor("templat.teks-hilang", "peringatan", b.berkas,
                               f"{self._di(b)}: baris tabel ini memuat tag {{%tr …%}}, jadi seluruh barisnya "
                               "diganti oleh tag itu dan teks ini tidak tercetak; pindahkan teks ke baris lain")
                hasil.append("")
                continue
            if is_tag_paragraph(p) or re.search(r"\{[%{#]tr ", teks):
                level = [t for t in tag if _LEVEL.match(t.translate(_KUTIP))]
                lain = teks.replace(level[0], "", 1).strip() if level else ""
                if len(level) > 1:
                    self.lapor("templat.sintaks", "galat", b.berkas,
                               f"{self._di(b)}: dua tag {{%p …%}} dalam satu paragraf; tulis setiap tag {{%p …%}} "
                               "di paragrafnya sendiri (tekan Enter di antaranya)")
                elif lain:
                    self.lapor("templat.teks-hilang", "peringatan", b.berkas,
                               f"{self._di(b)}: paragraf dengan tag {level[0]} diganti seluruhnya oleh tag itu, jadi "
                               f"“{cuplik(lain, 30)}” di sebelahnya tidak tercetak; tulis tag itu sendirian di "
                               "paragrafnya")
                hasil.append(_jinja(level[0] if level else teks))
                continue
            hasil.append(_jinja(teks))
        return hasil

    def _seimbang(self, b: _Baris) -> bool:
        """Every tag opened in a paragraph is closed in it (an Enter inside a tag splits it)."""
        teks = b.teks
        pos = 0
        while True:
            m = _BUKA.search(teks, pos)
            if m is None:
                break
            tutup = teks.find(_TUTUP[m.group(0)], m.end())
            if tutup < 0:
                self.lapor("templat.sintaks", "galat", b.berkas,
                           f"{self._di(b)}: tag “{cuplik(teks[m.start():], 30)}” tidak ditutup dengan "
                           f"{_TUTUP[m.group(0)]} di paragraf ini; sebuah tag harus utuh dalam satu paragraf "
                           "(tanpa Enter di dalamnya)")
                return False
            pos = tutup + 2
        sisa = _TAG.sub("", teks)
        for penutup in ("}}", "%}", "#}"):
            if penutup in sisa:
                self.lapor("templat.sintaks", "galat", b.berkas,
                           f"{self._di(b)}: “{penutup}” tanpa pembukanya; tag harus ditulis utuh, mis. {{{{ kop.instansi }}}}")
                return False
        return True

    # -- the whole template
    def _blok_seimbang(self, baris: list[str], offset: int) -> list[str]:
        """Every block tag is closed by its own end tag; a problem is named at the opening paragraph.

        Returns the lines repaired as far as needed to read the rest (a stray end tag dropped, a
        missing one added at the end), so the variables are checked even in a broken template.
        """
        tumpuk: list[tuple[str, int]] = []
        hasil = list(baris)
        for i, teks in enumerate(baris):
            for m in _BLOK.finditer(teks):
                kata = m.group(1)
                b = self._baris[offset + i]
                if kata.startswith("end"):
                    buka = kata[3:]
                    if not any(atas == buka for atas, _ in tumpuk):
                        self.lapor("templat.sintaks", "galat", b.berkas,
                                   f"{self._di(b)}: {{% {kata} %}} tanpa {{% {buka} … %}} sebelumnya")
                        hasil[i] = _buang_tag(hasil[i], kata)
                        continue
                    while tumpuk and tumpuk[-1][0] != buka:
                        atas, j = tumpuk.pop()
                        ba = self._baris[offset + j]
                        self.lapor("templat.sintaks", "galat", ba.berkas,
                                   f"{self._di(ba)}: blok {{% {atas} … %}} belum ditutup ketika {{% {kata} %}} di "
                                   f"{b.letak} (“{cuplik(b.teks)}”) menutup blok lain; tambahkan {{%p end{atas} %}}")
                        hasil[i] = f"{{% end{atas} %}}" + hasil[i]
                    tumpuk.pop()
                elif kata in ("elif", "else"):
                    if not tumpuk or tumpuk[-1][0] not in ("if", "for"):
                        self.lapor("templat.sintaks", "galat", b.berkas,
                                   f"{self._di(b)}: {{% {kata} %}} di luar blok if")
                        hasil[i] = _buang_tag(hasil[i], kata)
                else:
                    tumpuk.append((kata, i))
        for kata, j in reversed(tumpuk):
            b = self._baris[offset + j]
            self.lapor("templat.sintaks", "galat", b.berkas,
                       f"{self._di(b)}: blok {{% {kata} … %}} tidak pernah ditutup; tambahkan paragraf "
                       f"{{%p end{kata} %}} di tempat blok itu berakhir")
            hasil[-1] += f"{{% end{kata} %}}"
        return hasil

    def sumber(self, baris: list[str], offset: int) -> jinja2.nodes.Template | None:
        baris = self._blok_seimbang(baris, offset)
        try:
            return self.env.parse("\n".join(baris))
        except jinja2.TemplateSyntaxError as exc:
            b = self._baris[offset + (exc.lineno or 1) - 1] if exc.lineno else self._baris[offset]
            self.lapor("templat.sintaks", "galat", b.berkas, f"{self._di(b)}: {_sintaks(exc.message or '')}")
            return None

    def baca(self, root: etree._Element, berkas_utama: str) -> None:
        """Read one body, header or footer: its paragraphs, then its tags as one Jinja template."""
        offset = self.jumlah_baris
        pohon = self.sumber(self.baris(root, berkas_utama), offset)
        if pohon is not None:
            self.periksa_ast(pohon, offset)

    def periksa_ast(self, pohon: nodes.Template, offset: int) -> None:
        lingkup: dict[str, Simpul | _TakTahu] = dict(self.konteks.isi)
        self._blok(pohon.body, lingkup, offset)

    def _blok(self, isi: list[nodes.Node], lingkup: dict[str, Simpul | _TakTahu], offset: int) -> None:
        for node in isi:
            self._pernyataan(node, lingkup, offset)

    def _pernyataan(self, node: nodes.Node, lingkup: dict[str, Simpul | _TakTahu], offset: int) -> None:
        if isinstance(node, nodes.For):
            daftar = self._nilai(node.iter, lingkup, offset)
            dalam = dict(lingkup)
            butir: Simpul | _TakTahu = daftar.butir if isinstance(daftar, Daftar) else TAK_TAHU
            if isinstance(daftar, (Isian, Kumpulan)):
                self._lapor_baris(node.iter, offset, "templat.variabel", "galat",
                                  f"'{_jalur(node.iter)}' bukan daftar, tidak dapat diulang dengan for")
            self._ikat(node.target, butir, dalam)
            dalam["loop"] = LOOP
            if node.test is not None:
                self._nilai(node.test, dalam, offset)
            self._blok(node.body, dalam, offset)
            self._blok(node.else_, lingkup, offset)
        elif isinstance(node, nodes.If):
            self._nilai(node.test, lingkup, offset)
            self._blok(node.body, lingkup, offset)
            for elif_ in node.elif_:
                self._pernyataan(elif_, lingkup, offset)
            self._blok(node.else_, lingkup, offset)
        elif isinstance(node, nodes.With):
            dalam = dict(lingkup)
            for target, nilai in zip(node.targets, node.values):
                self._ikat(target, self._nilai(nilai, lingkup, offset), dalam)
            self._blok(node.body, dalam, offset)
        elif isinstance(node, nodes.Assign):
            self._ikat(node.target, self._nilai(node.node, lingkup, offset), lingkup)
        elif isinstance(node, nodes.Output):
            for anak in node.nodes:
                if not isinstance(anak, nodes.TemplateData):
                    self._nilai(anak, lingkup, offset)
        elif isinstance(node, nodes.Include):
            nama = node.template.value if isinstance(node.template, nodes.Const) else "?"
            self._lapor_baris(node, offset, "templat.bagian", "galat",
                              f"bagian \"{nama}\" tidak dapat disisipkan di sini; tag include harus sendirian di "
                              "paragrafnya: {%p include \"" + str(nama) + "\" %}")
        elif isinstance(node, (nodes.Macro, nodes.CallBlock, nodes.FilterBlock, nodes.AssignBlock, nodes.Scope)):
            dalam = dict(lingkup)
            for arg in getattr(node, "args", []):
                self._ikat(arg, TAK_TAHU, dalam)
            if isinstance(node, nodes.Macro):
                lingkup[node.name] = TAK_TAHU
            if isinstance(node, nodes.AssignBlock):
                self._ikat(node.target, TAK_TAHU, lingkup)
            self._blok(node.body, dalam, offset)
        else:
            for cabang in node.iter_child_nodes():
                if isinstance(cabang, nodes.Expr):
                    self._nilai(cabang, lingkup, offset)
                else:
                    self._pernyataan(cabang, lingkup, offset)

    def _ikat(self, target: nodes.Node, nilai: Simpul | _TakTahu, lingkup: dict[str, Simpul | _TakTahu]) -> None:
        if isinstance(target, nodes.Name):
            lingkup[target.name] = nilai
        elif isinstance(target, nodes.Tuple):
            for item in target.items:
                self._ikat(item, TAK_TAHU, lingkup)

    def _lapor_baris(self, node: nodes.Node, offset: int, aturan: str, tingkat: Tingkat, pesan: str) -> None:
        b = self._baris[min(offset + node.lineno - 1, len(self._baris) - 1)]
        self.lapor(aturan, tingkat, b.berkas, f"{self._di(b)}: {pesan}")

    def _nilai(self, node: nodes.Node, lingkup: dict[str, Simpul | _TakTahu], offset: int) -> Simpul | _TakTahu:
        """What an expression stands for in the declaration; unknown names and paths are reported."""
        if isinstance(node, nodes.Name):
            if node.name in lingkup:
                return lingkup[node.name]
            if node.name in _GLOBAL:
                return TAK_TAHU
            saran = difflib.get_close_matches(node.name, [k for k in lingkup if k != "loop"], n=1, cutoff=0.6)
            self._lapor_baris(node, offset, "templat.variabel", "galat",
                              f"variabel '{node.name}' tidak dikenal" + (f"; maksudnya {saran[0]}?" if saran else
                                                                         f"; yang tersedia: {_daftar(lingkup)}"))
            return TAK_TAHU
        if isinstance(node, (nodes.Getattr, nodes.Getitem)):
            dasar = self._nilai(node.node, lingkup, offset)
            if isinstance(node, nodes.Getitem):
                if not isinstance(node.arg, nodes.Const):
                    self._nilai(node.arg, lingkup, offset)
                    return dasar.butir if isinstance(dasar, Daftar) else TAK_TAHU
                kunci = node.arg.value
                if isinstance(kunci, int):
                    return dasar.butir if isinstance(dasar, Daftar) else TAK_TAHU
            else:
                kunci = node.attr
            if dasar is LOOP:
                if kunci not in _LOOP:
                    self._lapor_baris(node, offset, "templat.variabel", "galat",
                                      f"'loop.{kunci}' tidak dikenal; yang ada: {', '.join(sorted(_LOOP))}")
                return TAK_TAHU
            if isinstance(dasar, Kumpulan):
                if kunci in dasar.isi:
                    return dasar.isi[kunci]
                saran = difflib.get_close_matches(str(kunci), list(dasar.isi), n=1, cutoff=0.6)
                awal = _jalur(node.node)
                petunjuk = f"; maksudnya {awal}.{saran[0]}?" if saran else \
                    f"; yang ada di {awal}: {', '.join(dasar.isi)}"
                self._lapor_baris(node, offset, "templat.variabel", "galat",
                                  f"variabel '{awal}.{kunci}' tidak dikenal{petunjuk}")
                return TAK_TAHU
            if isinstance(dasar, Daftar):
                self._lapor_baris(node, offset, "templat.variabel", "galat",
                                  f"'{_jalur(node.node)}' adalah daftar; ulangi dengan {{%p for x in "
                                  f"{_jalur(node.node)} %}} lalu pakai x.{kunci}")
                return TAK_TAHU
            return TAK_TAHU
        if isinstance(node, nodes.Filter):
            if node.node is not None:
                self._nilai(node.node, lingkup, offset)
            if node.name not in self.env.filters:
                saran = difflib.get_close_matches(node.name, list(self.env.filters), n=1)
                self._lapor_baris(node, offset, "templat.sintaks", "galat",
                                  f"filter '{node.name}' tidak dikenal" + (f"; maksudnya {saran[0]}?" if saran else ""))
            for arg in [*node.args, *(k.value for k in node.kwargs)]:
                self._nilai(arg, lingkup, offset)
            return TAK_TAHU
        if isinstance(node, nodes.Test):
            self._nilai(node.node, lingkup, offset)
            if node.name not in self.env.tests:
                self._lapor_baris(node, offset, "templat.sintaks", "galat", f"uji '{node.name}' tidak dikenal")
            for arg in node.args:
                self._nilai(arg, lingkup, offset)
            return TAK_TAHU
        for anak in node.iter_child_nodes():
            if isinstance(anak, nodes.Expr):
                self._nilai(anak, lingkup, offset)
        return TAK_TAHU


def _buang_tag(teks: str, kata: str) -> str:
    """The line without its first ``{% kata … %}`` tag."""
    return re.sub(r"\{%-?\s*" + kata + r"\b.*?%\}", "", teks, count=1)


def _jalur(node: nodes.Node) -> str:
    """The dotted text of a name or attribute path (``kop.instansi``), as it was written."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_jalur(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return f"{_jalur(node.node)}[{node.arg.value!r}]"
    return "…"


def _daftar(lingkup: dict[str, Simpul | _TakTahu]) -> str:
    nama = [k for k in lingkup if k != "loop"]
    return ", ".join(nama[:12]) + (", …" if len(nama) > 12 else "")


_SINTAKS = (
    (re.compile(r"Encountered unknown tag '(\w+)'\. Jinja was looking for the following tags: (.+)\. "
                r"The innermost block that needs to be closed is '(\w+)'\."),
     "tag '{0}' tidak dikenal di sini; blok '{2}' belum ditutup (yang diharapkan: {1})"),
    (re.compile(r"Encountered unknown tag '(\w+)'\.?"), "tag '{0}' tidak dikenal (salah tulis? mis. for, if, endfor, endif)"),
    (re.compile(r"Unexpected end of template\. Jinja was looking for the following tags: (.+)\. "
                r"The innermost block that needs to be closed is '(\w+)'\."),
     "blok '{1}' tidak pernah ditutup; tambahkan paragraf penutupnya ({0})"),
    (re.compile(r"unexpected '(.+)'"), "tanda '{0}' tidak diharapkan di sini"),
    (re.compile(r"expected token '(.+)', got '(.+)'"), "seharusnya '{0}', tetapi tertulis '{1}'"),
)


def _sintaks(pesan: str) -> str:
    """Jinja's syntax message in Bahasa Indonesia where it is one of the common ones."""
    for pola, terjemahan in _SINTAKS:
        m = pola.search(pesan)
        if m:
            return terjemahan.format(*m.groups())
    return f"penulisan tag salah: {pesan}"
