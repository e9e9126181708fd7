"""Built-in stages, one per file. Each registers itself with @stage; the config decides the order."""
