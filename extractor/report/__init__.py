"""Stage after export: what an analyst opens (report.html built from the CSVs)."""
