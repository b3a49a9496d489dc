"""doctools: SAKIP documents of a kecamatan (Keputusan Camat, Perjanjian Kinerja, LKj) from data."""

from doctools.errors import (
    ConversionError,
    DataError,
    DocToolsError,
    RenderError,
    TemplateError,
)

__all__ = ["ConversionError", "DataError", "DocToolsError", "RenderError", "TemplateError"]
__version__ = "0.1.0"
