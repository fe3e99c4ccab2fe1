"""Corpus mode: audit collections of records (JSON Lines, Parquet) at scale.

``sources`` finds input files and reads them in chunks; ``work`` audits a
chunk in a worker and encodes its outputs; ``pool`` runs chunks over
processes in input order; ``writers`` writes findings (JSON Lines, Parquet,
Dolma attributes) and keep/drop record files; ``progress`` reports; ``run``
wires them for ``fillcheck corpus``; ``distributed`` runs the same work as
Dask tasks. Heavy libraries (pyarrow, zstandard, tqdm, dask) are imported
only where a run needs them.
"""
