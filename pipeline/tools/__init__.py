"""Maintenance tools (config generators); not used at pipeline run time."""
