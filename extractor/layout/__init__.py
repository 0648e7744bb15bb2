"""Stage 3-4: the notice's own content found in a page, and its metadata read."""
