"""Stage 7: rows, the per-run files (CSV, JSON) and the cumulative SQLite archive."""
