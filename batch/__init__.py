"""Batch import at archive scale.

`runner.run_batch` plans the inputs (content hashes, resume), hands them to an
executor (`executors`: local worker processes or a Dask cluster), each
document extracted inside a limited child process (`limits`), and commits the
rows group by group into the partitioned dataset (`store`).
"""
