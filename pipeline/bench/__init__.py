"""Benchmarks that compare the pipeline's components with off-the-shelf tools."""
