"""Stage 1-2: inputs in (files, URLs, crawled listings) and their bytes decoded to text."""
