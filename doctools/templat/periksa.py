"""Read a template the way docxtpl will, and say in Bahasa Indonesia what would go wrong.

The template is prepared as for rendering (split tags mended, breaks kept, shared parts inserted),
with every paragraph marked with its file and place; then its text is read as one Jinja template,
one line per paragraph, so that an error's line number names the paragraph or table cell:

* **syntax**: a tag not closed in its paragraph (an Enter typed inside it), a misspelt or
  unclosed block (``{%p for %}`` without ``{%p endfor %}``), an unknown filter;
* **variables**: every name and ``a.b.c`` path against the declared context of the kind
  (:mod:`doctools.templat.skema`), loop and ``with`` variables included; an unknown one is named
  with the nearest known one ("maksudnya kop.instansi?");
* **what a kind needs**: the shared parts it must insert, a Lampiran that begins a new page, its
  sections and landscape pages;
* **what would be lost**: text beside a ``{%p`` tag (docxtpl replaces the whole paragraph);
* **what is ignored**: the template's own paper, margins and body font while the settings decide
  (``pengaturan.tata_letak: pengaturan``), a header or footer in a shared part.

Findings are plain :class:`Masalah` values; :mod:`doctools.reviu.templat` makes them reviu findings.
"""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import docx
import jinja2
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from jinja2 import nodes
from lxml import etree

from doctools.errors import TemplateError
from doctools.templat.cari import BAGIAN, CariTemplat
from doctools.templat.rakit import ASAL, baca_bagian, paragraf_tag, siapkan, sisipan, teks_paragraf
from doctools.templat.skema import Daftar, Isian, KetentuanTemplat, Kumpulan, Simpul

Tingkat = Literal["galat", "peringatan"]


@dataclass(frozen=True)
class Masalah:
    """One finding about a template file: its rule (``templat.variabel``), level, file and message."""

    aturan: str
    tingkat: Tingkat
    berkas: Path
    pesan: str


@dataclass(frozen=True)
class Halaman:
    """What the settings give a page when they decide (``tata_letak: pengaturan``), for comparison."""

    lebar_mm: float
    tinggi_mm: float
    margin_cm: tuple[float, float, float, float]
    huruf: str | None
    ukuran: float | None


_W_P, _W_TR, _W_TC, _W_TBL = qn("w:p"), qn("w:tr"), qn("w:tc"), qn("w:tbl")
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


def _cuplik(teks: str, n: int = 60) -> str:
    teks = " ".join(teks.split())
    return teks if len(teks) <= n else teks[:n - 1] + "…"


# ---- opening ---------------------------------------------------------------------------------------


def buka_templat(path: Path) -> DocumentObject:
    """A template file as a python-docx document, or a :class:`TemplateError` saying what is wrong."""
    if not path.is_file():
        raise TemplateError(f"templat tidak ditemukan: {path}")
    try:
        return docx.Document(io.BytesIO(path.read_bytes()))
    except Exception as exc:  # python-docx raises several types for a broken package
        pesan = str(exc).split("\n")[0]
        raise TemplateError(f"{path.name} rusak atau bukan berkas Word (.docx): {pesan}; simpan ulang dari Word "
                            "sebagai Dokumen Word (*.docx)") from None


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
    for p in root.iter(_W_P):
        asal = p.get(ASAL, "")
        berkas, _, letak = asal.rpartition("|") if asal else (berkas_utama, "", "")
        yield p, _Baris(berkas, letak or "paragraf", teks_paragraf(p).replace("\n", " "))


class _Pemeriksa:
    """Reads one prepared template and collects its problems."""

    def __init__(self, ketentuan: KetentuanTemplat | Kumpulan, tampil: dict[str, Path]) -> None:
        self.konteks = ketentuan.konteks if isinstance(ketentuan, KetentuanTemplat) else ketentuan
        self.tampil = tampil
        self.masalah: list[Masalah] = []
        self.env = jinja2.Environment()
        from doctools.render import filters  # noqa: PLC0415 - render imports this package
        self.env.filters.update(filters())
        self._baris: list[_Baris] = []
        self._terlapor: set[tuple[str, str]] = set()

    def lapor(self, aturan: str, tingkat: Tingkat, berkas: str, pesan: str) -> None:
        kunci = (berkas, pesan)
        if kunci in self._terlapor:
            return
        self._terlapor.add(kunci)
        self.masalah.append(Masalah(aturan, tingkat, self.tampil.get(berkas, Path(berkas)), pesan))

    def _di(self, baris: _Baris) -> str:
        return f"{baris.letak} (“{_cuplik(baris.teks)}”)"

    # -- per paragraph
    def baris(self, root: etree._Element, berkas_utama: str) -> list[str]:
        """The Jinja source lines (one per paragraph), after the per-paragraph checks."""
        baris_tr: dict[etree._Element, bool] = {}
        hasil: list[str] = []
        for p, b in _baris_body(root, berkas_utama):
            self._baris.append(b)
            teks = b.teks
            tr = next(p.iterancestors(_W_TR), None)
            if tr is not None and tr not in baris_tr:
                baris_tr[tr] = any("{%tr " in teks_paragraf(x) or "{{tr " in teks_paragraf(x) or "{#tr " in
                                   teks_paragraf(x) for x in tr.iter(_W_P))
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
            if paragraf_tag(p) or re.search(r"\{[%{#]tr ", teks):
                level = [t for t in tag if _LEVEL.match(t.translate(_KUTIP))]
                lain = teks.replace(level[0], "", 1).strip() if level else ""
                if len(level) > 1:
                    self.lapor("templat.sintaks", "galat", b.berkas,
                               f"{self._di(b)}: dua tag {{%p …%}} dalam satu paragraf; tulis setiap tag {{%p …%}} "
                               "di paragrafnya sendiri (tekan Enter di antaranya)")
                elif lain:
                    self.lapor("templat.teks-hilang", "peringatan", b.berkas,
                               f"{self._di(b)}: paragraf dengan tag {level[0]} diganti seluruhnya oleh tag itu, jadi "
                               f"“{_cuplik(lain, 30)}” di sebelahnya tidak tercetak; tulis tag itu sendirian di "
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
                           f"{self._di(b)}: tag “{_cuplik(teks[m.start():], 30)}” tidak ditutup dengan "
                           f"{_TUTUP[m.group(0)]} di paragraf ini; sebuah tag harus utuh dalam satu paragraf "
                           "(tanpa Enter di dalamnya)")
                return False
            pos = tutup + 2
        sisa = _TAG.sub("", teks)
        for tutup in ("}}", "%}", "#}"):
            if tutup in sisa:
                self.lapor("templat.sintaks", "galat", b.berkas,
                           f"{self._di(b)}: “{tutup}” tanpa pembukanya; tag harus ditulis utuh, mis. {{{{ kop.instansi }}}}")
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
                                   f"{b.letak} (“{_cuplik(b.teks)}”) menutup blok lain; tambahkan {{%p end{atas} %}}")
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
            for anak in node.iter_child_nodes():
                if isinstance(anak, nodes.Expr):
                    self._nilai(anak, lingkup, offset)
                else:
                    self._pernyataan(anak, lingkup, offset)

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


# ---- breaks and sections --------------------------------------------------------------------------


def _gaya_pbb(doc: DocumentObject) -> dict[str, bool]:
    """Style id → whether paragraphs of that style begin a new page (through their basedOn chain)."""
    gaya = {st.get(qn("w:styleId")): st for st in doc.styles.element.findall(qn("w:style"))}
    hasil: dict[str, bool] = {}

    def cari(sid: str, jejak: tuple[str, ...] = ()) -> bool:
        if sid in hasil:
            return hasil[sid]
        st = gaya.get(sid)
        if st is None or sid in jejak:
            return False
        pbb = st.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}")
        if pbb is not None:
            nilai = pbb.get(qn("w:val"), "true") not in ("0", "false", "off")
        else:
            dasar = st.find(qn("w:basedOn"))
            nilai = cari(dasar.get(qn("w:val")), (*jejak, sid)) if dasar is not None else False
        hasil[sid] = nilai
        return nilai

    for sid in gaya:
        cari(sid)
    return hasil


def _pbb(p: etree._Element, gaya: dict[str, bool]) -> bool:
    """The paragraph has "page break before", directly or through its style."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        return False
    pbb = ppr.find(qn("w:pageBreakBefore"))
    if pbb is not None:
        return pbb.get(qn("w:val"), "true") not in ("0", "false", "off")
    gaya_p = ppr.find(qn("w:pStyle"))
    return gaya_p is not None and gaya.get(gaya_p.get(qn("w:val")), False)


def _pemisah(p: etree._Element) -> bool:
    return any(br.get(qn("w:type")) == "page" for br in p.iter(qn("w:br")))


def _halaman_baru(el: etree._Element, gaya: dict[str, bool]) -> bool:
    """The body-level element ``el`` begins a new page once docxtpl has removed the tag paragraphs."""
    awal = el if el.tag == _W_P else next(iter(el.iter(_W_P)), None)
    if awal is not None and (_pbb(awal, gaya) or _pemisah(awal)):
        return True
    sebelum = el.getprevious()
    while sebelum is not None:
        if sebelum.tag == _W_TBL:
            return False
        if sebelum.tag == _W_P and not paragraf_tag(sebelum):
            sect = sebelum.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
            if sect is not None:
                jenis = sect.find(qn("w:type"))
                return jenis is None or jenis.get(qn("w:val")) != "continuous"
            if _pemisah(sebelum):
                return True
            if teks_paragraf(sebelum).strip():
                return False
            if _pbb(sebelum, gaya):
                return True
        sebelum = sebelum.getprevious()
    return True  # the very beginning of the document


def _bagian_dokumen(body: etree._Element) -> list[tuple[etree._Element, list[etree._Element]]]:
    """Sections: each ``w:sectPr`` with the body elements it ends (tag paragraphs' sections are gone)."""
    hasil: list[tuple[etree._Element, list[etree._Element]]] = []
    isi: list[etree._Element] = []
    for el in body:
        if el.tag == qn("w:sectPr"):
            hasil.append((el, isi))
            isi = []
            continue
        isi.append(el)
        sect = el.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") if el.tag == _W_P else None
        if sect is not None and not paragraf_tag(el):
            hasil.append((sect, isi))
            isi = []
    return hasil


def _mendatar(sect: etree._Element) -> bool:
    pg = sect.find(qn("w:pgSz"))
    if pg is None:
        return False
    if pg.get(qn("w:orient")) == "landscape":
        return True
    lebar, tinggi = pg.get(qn("w:w")), pg.get(qn("w:h"))
    return bool(lebar and tinggi and int(lebar) > int(tinggi))


# ---- the entry point -----------------------------------------------------------------------------


def periksa_templat(nama: str, cari: CariTemplat, ketentuan: KetentuanTemplat | Kumpulan, *,
                    halaman: Halaman | None = None) -> list[Masalah]:
    """Every problem of the template ``nama`` (a kind's ``<jenis>.docx``) as ``cari`` finds it.

    ``ketentuan`` is the kind's declaration (or, for a shared part on its own, its variables).
    ``halaman``, when the settings decide the page set-up, is compared with the template's own.
    """
    path = cari.dokumen(nama) if nama.endswith(".docx") else cari.bagian(nama)
    try:
        doc = buka_templat(path)
    except TemplateError as exc:
        return [Masalah("templat.berkas", "galat", path, exc.pesan)]
    berkas = {str(path): path}
    pemeriksa = _Pemeriksa(ketentuan, berkas)
    masalah = pemeriksa.masalah
    body = doc.element.body
    wajib = ketentuan.bagian if isinstance(ketentuan, KetentuanTemplat) else ()
    ada = []
    for p in body.iter(_W_P):
        n = sisipan(p)
        if n is not None:
            ada.append(n)
    for n in wajib:
        if n not in ada:
            masalah.append(Masalah("templat.bagian", "galat", path,
                                   f"bagian \"{n}\" ({BAGIAN[n]}) tidak disisipkan; tulis paragraf "
                                   f"{{%p include \"{n}\" %}} di tempatnya"))

    def cari_bagian(n: str) -> Path:
        p = cari.bagian(n)
        berkas[str(p)] = p
        return p

    for n in dict.fromkeys(ada):
        try:
            baca_bagian(cari_bagian(n))
        except TemplateError as exc:
            rusak = cari.bagian(n) if n in BAGIAN else path
            masalah.append(Masalah("templat.berkas" if rusak != path else "templat.bagian", "galat", rusak,
                                   exc.pesan))
    try:
        if any(m.tingkat == "galat" for m in masalah if m.aturan in ("templat.berkas", "templat.bagian")):
            raise TemplateError("")
        rakitan = siapkan(doc, cari_bagian, nama=str(path), tandai=True)
    except TemplateError as exc:
        if exc.pesan:
            masalah.append(Masalah("templat.bagian", "galat", path, exc.pesan))
        doc = buka_templat(path)
        body = doc.element.body
        rakitan = siapkan(doc, None, nama=str(path), tandai=True)
        for p in [p for p in body.iter(_W_P) if sisipan(p) is not None]:
            p.getparent().remove(p)
    for _, bagian_path, _ in rakitan.sisipan:
        if baca_bagian(bagian_path).ada_header:
            pemeriksa.lapor("templat.header-bagian", "peringatan", str(bagian_path),
                            "header atau footer templat bagian tidak dipakai; tulis isinya di badan dokumen")
    sumber = pemeriksa.baris(body, str(path))
    bagian_xml = [(rel.target_part.element, "header" if rel.reltype == RT.HEADER else "footer")
                  for rel in doc.part.rels.values() if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external]
    pohon = pemeriksa.sumber(sumber, 0)
    if pohon is not None:
        pemeriksa.periksa_ast(pohon, 0)
    for root, jenis in bagian_xml:
        offset = len(pemeriksa._baris)
        for p in root.iter(_W_P):
            p.set(ASAL, f"{path}|{jenis}")
        baris = pemeriksa.baris(root, str(path))
        pohon = pemeriksa.sumber(baris, offset)
        if pohon is not None:
            pemeriksa.periksa_ast(pohon, offset)
    if isinstance(ketentuan, KetentuanTemplat):
        _periksa_halaman(doc, ketentuan, rakitan.sisipan, path, masalah)
    if halaman is not None:
        _periksa_pengaturan(doc, halaman, path, masalah)
    return masalah


def _anchor(body: etree._Element, penanda: str,
            sisipan_: list[tuple[str, Path, list[etree._Element]]]) -> etree._Element | None:
    """The first paragraph of a part (by name), or the first one printing a variable (by path)."""
    if penanda in BAGIAN:
        for nama, _, elemen in sisipan_:
            if nama == penanda and elemen:
                return elemen[0]
        return None
    pola = re.compile(r"\{[{%][^}%]*\b" + re.escape(penanda) + r"\b")
    for p in body.iter(_W_P):
        if pola.search(teks_paragraf(p)):
            while p.getparent() is not None and p.getparent().tag != qn("w:body"):
                p = p.getparent()
            return p
    return None


def _periksa_halaman(doc: DocumentObject, k: KetentuanTemplat, sisipan_: list[tuple[str, Path, list]],
                     path: Path, masalah: list[Masalah]) -> None:
    body = doc.element.body
    gaya = _gaya_pbb(doc)
    for penanda in k.halaman_baru:
        p = _anchor(body, penanda, sisipan_)
        if p is None:
            continue  # a missing part or variable is reported on its own
        if not _halaman_baru(p, gaya):
            apa = f"bagian \"{penanda}\"" if penanda in BAGIAN else f"paragraf dengan {{{{ {penanda} }}}}"
            masalah.append(Masalah(
                "templat.halaman", "peringatan", path,
                f"{apa} tidak dimulai di halaman baru: tidak ada pemisah halaman sebelum “{_cuplik(teks_paragraf(p))}”. "
                "Di Word: klik paragraf itu, Paragraph → Line and Page Breaks → centang Page break before "
                "(atau beri gayanya pemisah halaman)"))
    bagian = _bagian_dokumen(body)
    if len(bagian) < k.jumlah_bagian:
        masalah.append(Masalah(
            "templat.halaman", "peringatan", path,
            f"templat mempunyai {len(bagian)} bagian (section), seharusnya {k.jumlah_bagian} (nomor halaman dan "
            "halaman mendatar bergantung padanya); jangan menghapus pemisah bagian (Section Break), dan jangan "
            "meletakkannya di paragraf tag"))
    for penanda in k.mendatar:
        p = _anchor(body, penanda, sisipan_)
        if p is None:
            continue
        for sect, isi in bagian:
            if any(el is p for el in isi):
                if not _mendatar(sect):
                    masalah.append(Masalah(
                        "templat.halaman", "peringatan", path,
                        f"{{{{p {penanda} }}}} tidak berada di bagian (section) berhalaman mendatar (landscape); "
                        "tabelnya akan terlalu sempit"))
                break


def _periksa_pengaturan(doc: DocumentObject, h: Halaman, path: Path, masalah: list[Masalah]) -> None:
    """The template's own page set-up or body font differs from the settings that will replace it."""
    sect = doc.sections[0]
    beda = []
    if sect.page_width is not None and sect.page_height is not None:
        lebar, tinggi = sorted((sect.page_width.mm, sect.page_height.mm))
        if abs(lebar - min(h.lebar_mm, h.tinggi_mm)) > 1 or abs(tinggi - max(h.lebar_mm, h.tinggi_mm)) > 1:
            beda.append(f"kertas {lebar:.0f} × {tinggi:.0f} mm")
    margin = (sect.top_margin, sect.bottom_margin, sect.left_margin, sect.right_margin)
    if all(m is not None for m in margin) and any(abs(m.cm - c) > 0.05 for m, c in zip(margin, h.margin_cm)):
        beda.append("margin " + "/".join(f"{m.cm:.1f}" for m in margin) + " cm")
    normal = doc.styles["Normal"].font
    if h.huruf and normal.name and normal.name != h.huruf:
        beda.append(f"huruf {normal.name}")
    if h.ukuran and normal.size is not None and abs(normal.size.pt - h.ukuran) > 0.01:
        beda.append(f"ukuran huruf {normal.size.pt:g} pt")
    if beda:
        masalah.append(Masalah(
            "templat.pengaturan", "peringatan", path,
            f"templat ini memakai {', '.join(beda)}, tetapi yang berlaku adalah pengaturan (kertas, margin dan "
            "huruf dari instansi.yaml/kabupaten.yaml); tulis 'tata_letak: templat' di bawah pengaturan: bila "
            "ukuran halaman, margin dan huruf templat yang harus dipakai"))
