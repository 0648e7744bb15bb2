"""Unnumbered items each closed by their own unit bracket, run into one line (inline._add_paragraph)."""


def test_unnumbered_bracket_items_run_into_one_line_are_read_each(tmp_path):
    """inline._add_paragraph: an unnumbered paragraph's run-in sentence titles no section, so a page's unnumbered
    items run into one line (each a short task sentence, its text and its own 〔主要责任单位：…〕) give a measure each,
    numbered by place, the sentence in the first task's text (before, the run was taken for a heading over its
    tasks and no row was read: holdout bracketparas-unplaced-2010-4's one-line copy)."""
    from extractor.engine.pipeline import extract_file
    text = ("整治占道经营行为。对沿街门店跨门经营开展集中整治。〔主要责任单位：各县（市、区）政府，市级和各县（市、区）市政、工商部门〕"
            "规范户外广告设置。对破损广告及时更换或拆除。〔主要责任单位：各县（市、区）政府，市政、文化部门〕"
            "提升夜景亮化水平。及时修复损坏灯具。〔主要责任单位：各县（市、区）政府，电力部门〕\n")
    path = tmp_path / "oneline.txt"
    path.write_text(text, encoding="utf-8")
    notice = extract_file(path)
    assert [(m.measure_no, m.text[:9], [u.name for u in m.lead]) for m in notice.measures] == [
        (1, "整治占道经营行为。", ["各县（市、区）政府", "市级和各县（市、区）市政、工商部门"]),
        (2, "规范户外广告设置。", ["各县（市、区）政府", "市政、文化部门"]),
        (3, "提升夜景亮化水平。", ["各县（市、区）政府", "电力部门"])]
