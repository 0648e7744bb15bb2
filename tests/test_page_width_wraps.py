"""A PDF's text a document site previews keeps its page's lines: 29 characters, 58 display columns, a line with
figures (`2022 年`, `1 次`) a column short and a character longer (holdout wraplines-unplaced, batch 60).  Such a
wrap is joined (``wrapwidth.COLUMN_WRAP_MIN_WIDTH`` 50: it was 60, so the copy was measured in characters and the
lines with figures never went on), and a text copy with no letter whose first line is its list's heading is titled
by it (``metadata._heads_page``)."""
from __future__ import annotations

from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.parse.hardwraps import join_hard_wraps
from extractor.source.decode import decode_bytes
from extractor.text import display_width

from conftest import make_raw

PARAGRAPHS = [
    "2022 年是落实教育规划承上启下的一年，也是教育中心建设全面起步的一年。全市教育系统要统筹推进各级各类教育改革发展，努力办好人民满意的教育。",
    "一、建设教育中心，办好人民满意教育",
    "1.推进教育中心建设。成立建设推进专班，制定年度推进方案，列出重点任务清单，实行挂图作战、按月调度，年底前完成首批项目建设任务。(责任单位：教育中心建设专班)",
    "2.实施教育发展规划中期评估。对照规划确定的主要指标逐项梳理进展，形成中期评估报告，提出后三年调整建议。(责任单位：发展规划科)",
    "3.推进学生体质健康提升行动。保障中小学生每天校内体育活动时间不少于1小时，全年组织市级学生运动会 1 次。(责任单位：体卫艺科)",
]


def _wrapped(text: str, width: int = 58) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if display_width(line + ch) > width:
            lines, line = lines + [line], ch
        else:
            line += ch
    return lines + [line]


def test_a_pdf_preview_wrapped_at_58_columns_is_joined():
    lines = [piece for p in PARAGRAPHS for piece in _wrapped(p)]
    assert len(lines) > len(PARAGRAPHS)
    assert join_hard_wraps(lines) == PARAGRAPHS


def test_a_letterless_copy_is_titled_by_its_first_line_the_lists_heading():
    text = "\n".join(["某市教育局2022年工作要点", "某市教育局 2022 年工作要点", *(x for p in PARAGRAPHS for x in _wrapped(p))])
    meta = parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    assert (meta.title, meta.table_title, meta.date) == ("某市教育局2022年工作要点", "某市教育局2022年工作要点", None)


def test_short_lines_of_one_length_are_still_no_wrap():
    """A short notice's title, signature and date under 50 columns stay apart whatever their lengths."""
    lines = ["某镇2023年人居环境整治任务分工", "某某镇人民政府办公室印发通知", "2023年3月9日印发的通知一份"]
    assert join_hard_wraps(lines) == lines


def test_label_lines_a_few_columns_short_of_a_title_are_no_wrap():
    """A letter's title of 52 columns over two label lines of 47 and 50 (`牵头单位：…　完成时限：…`) is no wrap
    of 52: a label line ends with its field's value, so it shows no width however near it comes (50 columns
    let such a short letter's lines count as a PDF page's wrap, and the lines were joined)."""
    lines = ["某县人民政府办公室关于印发重点工作任务分工方案的通知", "各乡镇人民政府，县直各单位：", "现将方案印发给你们。",
             "一、政务服务", "推进一件事一次办，新增套餐20项。", "牵头单位：县行政服务中心　完成时限：2023年6月—12月",
             "企业开办实现一日办结。", "牵头单位：县市场监管局　完成时限：2023年4月底前"]
    assert join_hard_wraps(lines) == lines
