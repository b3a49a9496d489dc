"""The Word templates doctools ships (package data: ``doctools.templates_docx``, see ``doctools/sumber.py``)."""
