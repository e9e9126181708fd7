"""Training, evaluation and tagging tools for the Hindi NER model (spaCy 3)."""
