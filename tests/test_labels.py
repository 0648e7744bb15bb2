"""The label grammar (parse/labels.py): the label pattern written as a prefix tree, and the
pattern without gaps, match as the plain forms they stand for."""


def _flat_label_res():
    """label_re and _spaced_label_re with the label words as a flat list, longest first
    (label_re's twice: w1 in 【】, w2 before a colon), as they were written before the
    prefix tree and the one copy, which must match alike.  The spaced form (a space for the
    colon) knows no word of no role (OTHER: 分值, 评分标准)."""
    import re

    from extractor.parse.labels import _LABEL_GAP
    from extractor.parse.roles import OTHER, label_roles

    def alternation(with_other):
        words = sorted((w for role, ws in label_roles().items() if with_other or role != OTHER for w in ws),
                       key=len, reverse=True)
        return "|".join(_LABEL_GAP.join(map(re.escape, w)) for w in words)

    alt, roles_alt = alternation(True), alternation(False)
    return (re.compile(rf"【\s*(?P<w1>{alt})\s*】\s*[：:]?|(?P<w2>{alt})\s*[：:]"),
            re.compile(rf"(?:^|(?<=[；;。]))[ \t\u3000\xa0]*(?P<w2>{roles_alt})[ \t\u3000\xa0]+"
                       rf"(?=[^\s：:；;，,。])(?!{roles_alt})"))


def test_label_re_matches_as_the_flat_list_of_words():
    import random

    from extractor.parse.labels import _spaced_label_re, label_re
    from extractor.parse.roles import label_roles

    (flat, flat_spaced), tree, spaced = _flat_label_res(), label_re(), _spaced_label_re()
    words = [w for ws in label_roles().values() for w in ws]
    rng = random.Random(20261201)
    gaps = ["", "", " ", "\u3000", "\xa0", "\t", " \u3000"]
    texts = ["牵头单位：市发改局", "【配合单位】市财政局", "牵头 ：区政府", "牵头 单位：", "责 任 单 位：",
             "【 牵头 】", "主要责任部门 ：", "分管市领导：张三", "牵头部门、配合部门：", "时限：2024年"]
    for _ in range(3000):
        text = ""
        for _ in range(rng.randint(1, 3)):
            w = rng.choice(words)
            w = "".join(c + rng.choice(gaps) for c in w[:-1]) + w[-1]   # spaced out, or not
            w = w[:rng.randint(1, len(w))] if rng.random() < 0.3 else w   # a word cut short
            text += (rng.choice(["", "【", "【 ", "；", "各", "x"]) + w
                     + rng.choice(["：", ":", " ：", "】", "】：", "　市发改局", " 单位 区财政局", "单位：", ""]))
        texts.append(text)
    found = 0
    for text in texts:
        old = [(m.span(), m.span("w1" if m.group("w1") is not None else "w2"), m.group("w1") is not None)
               for m in flat.finditer(text)]
        new = [(m.span(), m.span("w"), m.group("open") is not None) for m in tree.finditer(text)]
        assert new == old, text
        found += len(new)
        old = [(m.span(), m.span("w2")) for m in flat_spaced.finditer(text)]
        assert [(m.span(), m.span("w")) for m in spaced.finditer(text)] == old, text
        for at in range(len(text)):   # and anchored at every position (label_re().match(copy, at))
            for a, b in ((flat.match(text, at), tree.match(text, at)),
                         (flat_spaced.match(text, at), spaced.match(text, at))):
                assert (a is None) == (b is None) and (a is None or a.span() == b.span()), (text, at)
    assert found > 1000   # the texts do hold labels


def test_label_search_without_gap_characters_matches_as_label_re():
    """``label_search`` takes the pattern without gaps only for a text holding none of the gap's
    characters, where it must find what ``label_re`` finds: every fixture's lines with those
    characters taken out, and random runs of label words, marks and text."""
    import random
    from pathlib import Path

    from extractor.parse.labels import label_re, label_search, match_copy
    from extractor.parse.roles import label_roles

    gap_chars = dict.fromkeys(map(ord, " \t\u3000\xa0"))
    texts = []
    for path in sorted(Path(__file__).parent.joinpath("fixtures").rglob("*")):
        if path.suffix in (".txt", ".html", ".htm"):
            raw = path.read_bytes().decode("utf-8", "ignore")
            texts.extend(line.translate(gap_chars) for line in raw.splitlines())
    words = [w for ws in label_roles().values() for w in ws]
    rng = random.Random(20261201)
    for _ in range(3000):
        text = ""
        for _ in range(rng.randint(1, 3)):
            w = rng.choice(words)
            w = w[:rng.randint(1, len(w))] if rng.random() < 0.3 else w   # a word cut short
            text += (rng.choice(["", "【", "；", "各", "x", "\n"]) + w
                     + rng.choice(["：", ":", "】", "】：", "｜", "单位：", "市发改局", "\n：", ""]))
        texts.append(text)
    full, unspaced = label_re(), label_re("")
    found = 0
    for text in texts:
        for copy in (text, match_copy(text)):
            assert not any(c in copy for c in " \t\u3000\xa0")
            expected = [(m.span(), m.groupdict()) for m in full.finditer(copy)]
            assert [(m.span(), m.groupdict()) for m in unspaced.finditer(copy)] == expected, copy
            a, b = full.search(copy), label_search(copy)
            assert (a is None) == (b is None) and (a is None or (a.span(), a.groupdict()) == (b.span(), b.groupdict()))
            found += len(expected)
    assert found > 1000   # the texts do hold labels
    # a text with a gap character is searched with label_re itself
    assert label_search("牵 头 单 位：市发改局").group("w") == "牵 头 单 位"
    assert label_re("").search("牵 头 单 位：市发改局") is None
