"""A document site's preview whose pieces, joined, hold less than half of the page's lines only because the site
prints a thumbnail line per page (某方案.docx_第1页): the noise lines are no part of the notice's text, so the joined
text is still a notice run into one line and is cut back at its numbering (layout/cleanlines.py; holdout
contactpts-town-2023-1, batch 126)."""
from extractor.layout.locate import locate_content
from extractor.source.decode import decode_bytes

from conftest import make_raw

BODY = ("某镇防溺水工作方案为抓好防溺水工作，保障学生生命安全，特制订本方案。一、组织机构为做好防溺水工作，成立工作领导小组，"
        "名单如下：组长：XX副组长：XX成员：XX二、工作职责镇党政办：组织协调各有关部门做好隐患排查整治工作；负责统筹劝阻涉险游泳、"
        "戏水行为，督促各村在河流、水库、山塘等危险水域设置警示标志和防护设施，配备救生圈、长绳等救生器材，加强巡查。")


def page(thumbnails: int) -> str:
    thumbs = "".join(f"某镇防溺水工作方案.docx_第{n}页\n第{n}页 / 共{thumbnails}页\n" for n in range(1, thumbnails + 1))
    return f"某镇防溺水工作方案.docx\n上传人：p** 文档编号：1 格式：DOCX\n{thumbs}资源描述\n\n1、{BODY[:150]}\n\n2、{BODY[150:]}\n"


def lines(text: str) -> list[str]:
    return list(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))).lines)


def test_thumbnail_lines_do_not_keep_a_joined_preview_from_being_cut_back():
    got = lines(page(8))
    assert any(line.startswith("二、工作职责") for line in got)
    assert any(line.startswith("一、组织机构") for line in got)


def test_a_long_paragraph_among_other_text_stays_whole():
    # a page whose other lines are text, not noise: the paragraph is no notice run together
    text = "某镇防溺水工作方案\n" + "\n".join(["各村要加强巡查，落实属地责任，做好宣传教育工作，确保不发生溺水事故。" * 3] * 6) + "\n" + BODY + "\n"
    got = lines(text)
    assert BODY in got
