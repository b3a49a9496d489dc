"""All or nothing: the documents of a kecamatan are all replaced, or none is, and no temporary stays.

Each test builds the example once, changes the data so that every document changes, then makes the
second build fail in one way (a target that is a folder, a full disk, a document open in Word, a
rename that fails half-way, Ctrl-C, SIGTERM) and checks that every old document is byte for byte
what it was, and that no temporary file is left.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import stat
from pathlib import Path
from typing import Any, Self

import pytest
from click.testing import CliRunner, Result

import doctools.tulis
from doctools.cli import main
from doctools.errors import RenderError
from doctools.sinyal import Dihentikan, pasang_penghenti, tahan_sinyal
from doctools.tulis import tulis_semua
from tests.conftest import CONTOH, SalinanData

ALAMAT = "Jl. KH. Agus Salim No. 02 Mumbulsari"


@pytest.fixture
def data(tmp_path: Path) -> SalinanData:
    """The example without the LKj (fast to build): IKU, IKI and one PK per pejabat."""
    tujuan = tmp_path / "data" / CONTOH.name
    shutil.copytree(CONTOH, tujuan)
    (tujuan / "lkj.yaml").unlink()
    return SalinanData(tujuan)


def _bangun(data: SalinanData, keluar: Path) -> Result:
    return CliRunner().invoke(main, ["build", str(data.folder), "-o", str(keluar)])


def _isi(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def lama(data: SalinanData, tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A first build (the 'old' documents), then data that changes every document."""
    keluar = tmp_path / "keluar"
    hasil = _bangun(data, keluar)
    assert hasil.exit_code == 0, hasil.output
    folder = keluar / CONTOH.name
    isi = _isi(folder)
    assert len(isi) >= 4 and all(n.endswith(".docx") for n in isi)
    data.ganti("instansi.yaml", ALAMAT, "Jl. Raya Mumbulsari No. 9")
    return folder, isi


def _tidak_berubah(folder: Path, isi: dict[str, bytes]) -> None:
    assert _isi(folder) == isi  # same names, same bytes: nothing replaced, no temporary left
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def _nama_ke(isi: dict[str, bytes], n: int) -> str:
    return sorted(isi)[n]


def test_berhasil_mengganti_semua(data: SalinanData, lama: tuple[Path, dict[str, bytes]], tmp_path: Path) -> None:
    folder, isi = lama
    assert _bangun(data, tmp_path / "keluar").exit_code == 0
    baru = _isi(folder)
    assert set(baru) == set(isi) and all(baru[n] != isi[n] for n in isi)


def test_target_berupa_folder(data: SalinanData, lama: tuple[Path, dict[str, bytes]], tmp_path: Path) -> None:
    folder, isi = lama
    nama = _nama_ke(isi, 2)
    (folder / nama).unlink()
    (folder / nama).mkdir()
    del isi[nama]
    hasil = _bangun(data, tmp_path / "keluar")
    assert hasil.exit_code == 4
    assert hasil.stderr.splitlines() == [
        f"galat: tidak dapat menulis {folder / nama}: sudah ada folder dengan nama itu; pindahkan atau ganti nama "
        "folder itu",
        "galat: tidak ada dokumen yang diganti"]
    _tidak_berubah(folder, isi)


def test_disk_penuh_di_tengah(data: SalinanData, lama: tuple[Path, dict[str, bytes]], tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder, isi = lama
    asli = doctools.tulis.tulis_sementara
    ditulis: list[Path] = []

    def penuh(path: Path, data_: bytes) -> Path:
        if len(ditulis) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        ditulis.append(asli(path, data_))
        return ditulis[-1]

    monkeypatch.setattr(doctools.tulis, "tulis_sementara", penuh)
    hasil = _bangun(data, tmp_path / "keluar")
    assert hasil.exit_code == 4
    assert "tidak dapat menulis " in hasil.stderr and ": ruang disk habis" in hasil.stderr
    assert hasil.stderr.splitlines()[-1] == "galat: tidak ada dokumen yang diganti"
    assert len(ditulis) == 2 and not any(p.exists() for p in ditulis)
    _tidak_berubah(folder, isi)


@pytest.mark.parametrize(("kode", "sebab"), [(errno.EIO, "kesalahan baca/tulis disk"),
                                             (errno.EBUSY, "sedang dipakai program lain"),
                                             (errno.ENOLINK, f"kesalahan sistem berkas (kode {errno.ENOLINK})")])
def test_sebab_os_yang_jarang_dalam_bahasa_indonesia(data: SalinanData, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch, kode: int, sebab: str) -> None:
    # a reason without its own phrase used to be the OS's English strerror
    def gagal(path: Path, data_: bytes) -> Path:
        raise OSError(kode, "English strerror text")

    monkeypatch.setattr(doctools.tulis, "tulis_sementara", gagal)
    hasil = _bangun(data, tmp_path / "keluar")
    assert hasil.exit_code == 4
    pertama = hasil.stderr.splitlines()[0]
    assert pertama.startswith(f"galat: tidak dapat menulis {tmp_path / 'keluar' / CONTOH.name}")
    assert pertama.endswith(f": {sebab}")
    assert "English" not in hasil.stderr


def _kunci(monkeypatch: pytest.MonkeyPatch, *terkunci: Path) -> None:
    """Pretend to be Windows with ``terkunci`` open in Word: opening them for writing is refused."""
    monkeypatch.setattr(doctools.tulis, "BERKAS_TERKUNCI_SAAT_DIBUKA", True)
    asli = Path.open

    def buka(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if self in terkunci and mode != "rb":
            raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used "
                                                "by another process", str(self))
        return asli(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", buka)


def test_dokumen_terbuka_di_word(data: SalinanData, lama: tuple[Path, dict[str, bytes]], tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder, isi = lama
    satu, dua = folder / _nama_ke(isi, 1), folder / _nama_ke(isi, 3)
    _kunci(monkeypatch, satu, dua)
    hasil = _bangun(data, tmp_path / "keluar")
    assert hasil.exit_code == 4
    assert hasil.stderr.splitlines() == [
        f"galat: tidak dapat mengganti {p}: berkas sedang dibuka program lain (misalnya Word); tutup {p.name} "
        "di Word, lalu ulangi" for p in (satu, dua)] + ["galat: tidak ada dokumen yang diganti"]
    _tidak_berubah(folder, isi)


def test_tanpa_kunci_berkas_di_linux_tidak_diperiksa(data: SalinanData, lama: tuple[Path, dict[str, bytes]],
                                                     tmp_path: Path) -> None:
    # POSIX replaces a read-only or open file without complaint: no probe, the build succeeds
    folder, isi = lama
    (folder / _nama_ke(isi, 0)).chmod(0o444)
    assert _bangun(data, tmp_path / "keluar").exit_code == 0
    assert _isi(folder)[_nama_ke(isi, 0)] != isi[_nama_ke(isi, 0)]


def _ganti_gagal_pada(monkeypatch: pytest.MonkeyPatch, sasaran: Path, exc: OSError) -> list[Path]:
    """Make renaming onto ``sasaran`` fail with ``exc``; the targets renamed onto are listed."""
    asli = os.replace
    diganti: list[Path] = []

    def ganti(src: Any, dst: Any) -> None:
        if Path(dst) == sasaran:
            raise exc
        asli(src, dst)
        diganti.append(Path(dst))

    monkeypatch.setattr(os, "replace", ganti)
    return diganti


def test_penggantian_gagal_di_tengah_dikembalikan(data: SalinanData, lama: tuple[Path, dict[str, bytes]],
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the lock appears after the probe (or is not probed): the renames already done are undone
    folder, isi = lama
    ketiga = folder / _nama_ke(isi, 2)
    diganti = _ganti_gagal_pada(monkeypatch, ketiga, PermissionError(errno.EACCES, "Access is denied"))
    hasil = _bangun(data, tmp_path / "keluar")
    assert hasil.exit_code == 4
    assert hasil.stderr.splitlines() == [
        f"galat: tidak dapat mengganti {ketiga}: berkas sedang dibuka program lain atau tidak boleh ditulis; bila "
        f"terbuka di Word, tutup {ketiga.name} di Word, lalu ulangi",
        "galat: tidak ada dokumen yang diganti"]
    assert len([p for p in diganti if p.parent == folder]) >= 4  # two replaced, then both restored
    _tidak_berubah(folder, isi)


def test_sementara_lama_dihapus(data: SalinanData, lama: tuple[Path, dict[str, bytes]], tmp_path: Path) -> None:
    folder, isi = lama
    basi = [folder / f".{_nama_ke(isi, 0)}.k9x_2abc.tmp", folder / ".dokumen-lama-2024.docx.zz11aa22.tmp"]
    milik_pengguna = [folder / "catatan.tmp", folder / ".catatan.txt", folder / ".x.docx.tmp"]
    for p in basi + milik_pengguna:
        p.write_bytes(b"sisa")
    assert _bangun(data, tmp_path / "keluar").exit_code == 0
    assert not any(p.exists() for p in basi)
    assert all(p.exists() for p in milik_pengguna)


def test_folder_baru_dihapus_bila_gagal(data: SalinanData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def penuh(path: Path, isi: bytes) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(doctools.tulis, "tulis_sementara", penuh)
    hasil = _bangun(data, tmp_path / "keluar" / "baru")
    assert hasil.exit_code == 4
    assert not (tmp_path / "keluar").exists()


def test_ctrl_c_saat_menulis(data: SalinanData, lama: tuple[Path, dict[str, bytes]], tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder, isi = lama
    asli = doctools.tulis.tulis_sementara
    ditulis: list[Path] = []

    def putus(path: Path, data_: bytes) -> Path:
        if len(ditulis) == 3:
            raise KeyboardInterrupt
        ditulis.append(asli(path, data_))
        return ditulis[-1]

    monkeypatch.setattr(doctools.tulis, "tulis_sementara", putus)
    hasil = _bangun(data, tmp_path / "keluar")
    assert hasil.exit_code == 130
    assert hasil.stderr.splitlines() == ["", "dibatalkan."]
    _tidak_berubah(folder, isi)


def test_sigterm_saat_menulis(data: SalinanData, lama: tuple[Path, dict[str, bytes]], tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder, isi = lama
    asli = doctools.tulis.tulis_sementara
    ditulis: list[Path] = []

    def dihentikan(path: Path, data_: bytes) -> Path:
        if len(ditulis) == 2:
            signal.raise_signal(signal.SIGTERM)  # the handler the CLI installed raises here
        ditulis.append(asli(path, data_))
        return ditulis[-1]

    monkeypatch.setattr(doctools.tulis, "tulis_sementara", dihentikan)
    sebelumnya = signal.getsignal(signal.SIGTERM)
    try:
        hasil = _bangun(data, tmp_path / "keluar")
    finally:
        signal.signal(signal.SIGTERM, sebelumnya)
    assert hasil.exit_code == 128 + signal.SIGTERM
    assert "dibatalkan." in hasil.stderr
    _tidak_berubah(folder, isi)


def test_sinyal_ditahan_selama_mengganti(data: SalinanData, lama: tuple[Path, dict[str, bytes]], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # Ctrl-C while the documents are renamed into place: all are replaced first, then the run stops
    folder, isi = lama
    asli = os.replace
    sudah: list[Path] = []

    def ganti(src: Any, dst: Any) -> None:
        if not sudah:
            signal.raise_signal(signal.SIGINT)
        asli(src, dst)
        sudah.append(Path(dst))

    monkeypatch.setattr(os, "replace", ganti)
    hasil = _bangun(data, tmp_path / "keluar")
    assert hasil.exit_code == 130
    baru = _isi(folder)
    assert set(baru) == set(isi) and all(baru[n] != isi[n] for n in isi)  # every document the new one


def test_penghenti_menjadikan_sigterm_interupsi() -> None:
    sebelumnya = signal.getsignal(signal.SIGTERM)
    try:
        pasang_penghenti()
        with pytest.raises(Dihentikan) as info:
            signal.raise_signal(signal.SIGTERM)
        assert info.value.kode_keluar == 128 + signal.SIGTERM
        assert isinstance(info.value, KeyboardInterrupt)
        ditahan = []
        with pytest.raises(Dihentikan):
            with tahan_sinyal():
                signal.raise_signal(signal.SIGTERM)
                ditahan.append("blok selesai")
        assert ditahan == ["blok selesai"]
        assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL  # the handler is back
    finally:
        signal.signal(signal.SIGTERM, sebelumnya)


# ---- one file, written through a temporary beside it ----------------------------------------


def _sisa_sementara(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_tulis_atomik_berhasil(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "dok.docx"
    tulis_semua([(target, b"isi pertama")])
    tulis_semua([(target, b"isi kedua")])
    assert target.read_bytes() == b"isi kedua"
    assert sorted(p.name for p in target.parent.iterdir()) == ["dok.docx"]


def test_tulis_atomik_izin_biasa(tmp_path: Path) -> None:
    # mkstemp creates 0600 files; a document must get the usual 0666 & ~umask
    target = tmp_path / "dok.docx"
    tulis_semua([(target, b"x")])
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_tulis_atomik_gagal_tidak_membuat_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def gagal(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", gagal)
    target = tmp_path / "dok.docx"
    with pytest.raises(RenderError) as info:
        tulis_semua([(target, b"isi")])
    assert str(info.value) == f"tidak dapat menulis {target}: ruang disk habis\ntidak ada dokumen yang diganti"
    assert not target.exists()
    assert _sisa_sementara(tmp_path) == []


def test_tulis_atomik_gagal_menjaga_isi_lama(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "dok.docx"
    target.write_bytes(b"isi lama")

    class PenulisRusak:
        def __init__(self, fd: int, mode: str) -> None:
            self._fh = open(fd, mode)  # noqa: SIM115

        def __enter__(self) -> Self:
            return self

        def __exit__(self, *exc: object) -> None:
            self._fh.close()

        def write(self, data: bytes) -> int:
            self._fh.write(data[:3])
            raise RuntimeError("terputus")

    monkeypatch.setattr(os, "fdopen", PenulisRusak)
    with pytest.raises(RuntimeError, match="terputus"):
        tulis_semua([(target, b"isi baru yang panjang")])
    assert target.read_bytes() == b"isi lama"
    assert _sisa_sementara(tmp_path) == []


def test_tulis_ke_folder_yang_berupa_berkas(tmp_path: Path) -> None:
    (tmp_path / "keluar").write_text("bukan folder")
    with pytest.raises(RenderError) as info:
        tulis_semua([(tmp_path / "keluar" / "dok.docx", b"isi")])
    assert str(info.value).startswith(f"tidak dapat menulis {tmp_path / 'keluar' / 'dok.docx'}: ")
