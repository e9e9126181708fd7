"""Where document stages run besides the local process pool: Dask (dask_engine.py); Parquet output (parquet.py)."""
