"""Stage 6: unit names split, resolved against the registry, and reviewed."""
