"""A metadata box is at most ``META_BOX_MAX_CHARS`` CJK characters: a table printing more is a task table,
told from its text's first characters where they hold that many (``metabox._more_cjk_than``) and from
the whole text otherwise; the answer is the whole text's count's."""
from __future__ import annotations

import random

from extractor.layout.metabox import META_BOX_MAX_CHARS, _more_cjk_than
from extractor.layout.tree import cjk_count

#: CJK, Latin, digits, white space, full-width marks and a character beyond the basic plane
_ALPHABET = "责任单位市政府办公室一二三abc123 \u3000\xa0\n，。：（）𠀀"


def test_as_the_whole_count_says():
    rng = random.Random(54)
    for _ in range(3000):
        weights = [rng.random() for _ in _ALPHABET]
        text = "".join(rng.choices(_ALPHABET, weights, k=rng.choice([0, 1, 300, 599, 600, 601, 1199, 1200,
                                                                        1201, rng.randrange(3000)])))
        for limit in (0, 1, 5, META_BOX_MAX_CHARS):
            assert _more_cjk_than(text, limit) == (cjk_count(text) > limit), (len(text), limit)


def test_a_long_text_whose_head_is_latin():
    text = "a" * (2 * META_BOX_MAX_CHARS) + "市" * (META_BOX_MAX_CHARS + 1)
    assert _more_cjk_than(text, META_BOX_MAX_CHARS)
    assert not _more_cjk_than(text[:-1], META_BOX_MAX_CHARS)
