"""A stored copy cut inside its last item's bracket after a unit and the first characters of the next name
(``…。（國務院審改辦、人(rén)力`` and the store ends: a glossing mirror's copy of the 2016 政务公开要点, holdout
glosscut-guoban-2016-19, batch 117, real69b): the item keeps the whole units before the cut head, which names no
body (``inline._without_cut_head``), as a lone level word is dropped (``、市``: wikibracket-xianyang).  Before,
the item gave no row.  The names before the cut head must read as units; a bracket inside a sentence is wording."""
from extractor.engine.extract import extract


def _page(*paragraphs):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>某某工作要點</title></head>"
            f"<body><div class='article'>{body}</div></body></html>").encode("utf-8")


def _rows(notice):
    return [(m.measure_no, m.text, [a.name for a in m.lead], [a.name for a in m.support]) for m in notice.measures]


HEAD = ("一、圍繞深化改革推進公開",)


def test_the_units_before_a_cut_head_lead_the_cut_item():
    notice = extract(_page(*HEAD, "（一）推進清單公開。推動市縣兩級部門全面公開。（國務院審改辦、人(rén)力"))
    assert _rows(notice) == [(1, "推進清單公開。推動市縣兩級部門全面公開。", ["國務院審改辦"], [])]
    assert notice.measures[0].form == "inline-list"


def test_a_cut_head_after_two_units_and_after_a_whole_item():
    notice = extract(_page(*HEAD, "（一）推進清單公開。推動公開。（國務院審改辦、民政部負責）",
                           "（二）深化決策公開。推行預公開。（國務院辦公廳、發展改革委、財(cái)政"))
    assert _rows(notice) == [(1, "推進清單公開。推動公開。", ["國務院審改辦", "民政部"], []),
                             (2, "深化決策公開。推行預公開。", ["國務院辦公廳", "發展改革委"], [])]


def test_a_lone_level_word_is_still_dropped():
    notice = extract(_page(*HEAD, "（一）推進清單公開。推動公開。（市政府辦公室、市"))
    assert _rows(notice) == [(1, "推進清單公開。推動公開。", ["市政府辦公室"], [])]


def test_no_units_before_the_cut_give_no_row():
    notice = extract(_page(*HEAD, "（一）推進清單公開。推動公開。（人(rén)力"))
    assert notice.measures == ()


def test_a_bracket_inside_a_sentence_stays_wording():
    notice = extract(_page(*HEAD, "（一）建設市民中心（含市圖書館、市檔"))
    assert notice.measures == ()
