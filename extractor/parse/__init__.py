"""Stage 5: the measures of a notice, by the form it is written in."""
