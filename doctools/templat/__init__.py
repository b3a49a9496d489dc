"""Word templates: where they are looked up, and how one is prepared, checked and copied.

The .docx files are the source of the layout (``templates_docx/``, shared parts in
``templates_docx/bagian/``); a kecamatan or kabupaten may bring its own in its ``templat/`` folder
(:mod:`.cari`). Before rendering, a template's split tags are mended, its page breaks kept and
its shared parts inserted (:mod:`.rakit`). ``doctools check`` reads a kecamatan's own templates
against the declared context of their kind (:mod:`.periksa`, :mod:`.skema`).
"""

from doctools.templat.cari import BAGIAN, FOLDER_TEMPLAT, CariTemplat, folder_templat
from doctools.templat.rakit import siapkan

__all__ = ["BAGIAN", "FOLDER_TEMPLAT", "CariTemplat", "folder_templat", "siapkan"]
