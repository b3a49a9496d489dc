"""The regulation catalog and predikat scales doctools ships (package data: ``doctools.katalog``, see
``doctools/sumber.py``)."""
