"""Reading corpora from disk."""
