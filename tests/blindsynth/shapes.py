"""What the streams ask of the shapes a notice drew: one helper shared by streams 67-70 (each defined it alike)."""


def has_shape(shapes, k):
    """The first drawn shape named ``k`` (a tuple whose first item is its name), or None."""
    return next((s for s in shapes if s[0] == k), None)
