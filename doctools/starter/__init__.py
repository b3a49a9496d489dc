"""Starter data sets that ``doctools init`` writes for a new kecamatan or kabupaten."""
