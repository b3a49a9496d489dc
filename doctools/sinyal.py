"""Interruptions: SIGTERM behaves like Ctrl-C, and a short critical step can hold both off.

Python turns SIGINT into :class:`KeyboardInterrupt`, so ``finally`` blocks remove temporary files;
SIGTERM (``kill``, a service manager, a closing terminal) would end the process at once and leave
them. :func:`pasang_penghenti` makes SIGTERM raise :class:`Dihentikan`, a ``KeyboardInterrupt``,
so both take the same clean-up path. :func:`tahan_sinyal` holds both off while a set of files is
renamed into place, so an interruption cannot leave old and new documents mixed.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

SINYAL_BERHENTI = tuple(s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None)


class Dihentikan(KeyboardInterrupt):
    """The process was asked to stop (SIGTERM); ``kode_keluar`` is 128 + the signal number."""

    def __init__(self, sinyal: int) -> None:
        super().__init__(f"dihentikan oleh sinyal {sinyal}")
        self.kode_keluar = 128 + sinyal


def _hentikan(sinyal: int, _frame: FrameType | None) -> None:
    raise Dihentikan(sinyal)


def pasang_penghenti() -> None:
    """Make SIGTERM raise :class:`Dihentikan` in this process (main thread only; else nothing)."""
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _hentikan)


@contextmanager
def tahan_sinyal() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block ends, then act on the first one that came.

    Outside the main thread signals cannot be handled here; the block then runs unprotected.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    datang: list[int] = []
    lama = {s: signal.signal(s, lambda sinyal, _frame: datang.append(sinyal)) for s in SINYAL_BERHENTI}
    try:
        yield
    finally:
        for s, penangan in lama.items():
            signal.signal(s, signal.SIG_DFL if penangan is None else penangan)
        if datang:
            signal.raise_signal(datang[0])
