"""A page cut at the recipients prints its letter, the signature, then the attached plan's name: a name
opening like a title there (某市关于…若干政策) is the plan's, the table title, never the letter's title, which
comes from the page's own heading then (tests/fixtures/README.md, title; holdout firstlead-dongyang).  A
bracket under that name holding only its edition or years (（2025年版）) is the name's last words."""
import pytest

from extractor.engine.extract import extract

PAGE = """<html><head><meta charset="utf-8"><title>某市人民政府关于印发某市关于推动经济发展若干政策的通知_补贴资讯_某网</title></head>
<body><div class="nav"><a href="/">首页</a><a href="/p">政策</a></div><div class="article">
<p>各镇人民政府，各街道办事处，市政府各部门：</p>
<p>现将《{name}{note}》印发给你们，请结合实际抓好贯彻落实。</p>
<p>某市人民政府</p><p>2025年4月29日</p><p>（此件公开发布）</p>
<p>{name}</p>{note_line}
<p>为推动全市经济持续回升向好，制定以下政策。</p>
<p>一、支持科技创新。对新认定的省级重点实验室给予奖励。（责任单位：市科技局）</p>
<p>二、支持企业技术改造。对设备投资500万元以上的技改项目给予补助。（责任单位：市经信局）</p>
<p>三、强化项目用地保障。全年供应工业用地1500亩以上。（责任单位：市自然资源和规划局）</p>
</div></body></html>"""


@pytest.mark.parametrize("name,note,table_title", [
    ("某市关于推动经济发展若干政策", "（2025年版）", "某市关于推动经济发展若干政策（2025年版）"),
    ("某市推动经济发展三年行动方案", "（2023—2025年）", "某市推动经济发展三年行动方案（2023—2025年）"),
    ("某市关于推动经济发展若干政策", "", "某市关于推动经济发展若干政策"),
])
def test_a_plans_name_under_the_signature_is_the_table_title(name, note, table_title):
    page = PAGE.format(name=name, note=note, note_line=f"<p>{note}</p>" if note else "")
    notice = extract(page.encode("utf-8"))
    assert notice.title == "某市人民政府关于印发某市关于推动经济发展若干政策的通知"
    assert notice.table_title == table_title
    assert len(notice.measures) == 3


def test_a_status_note_under_the_name_is_no_part_of_it():
    page = PAGE.format(name="某市推动经济发展三年行动方案", note="", note_line="<p>（征求意见稿）</p>")
    assert extract(page.encode("utf-8")).table_title == "某市推动经济发展三年行动方案"


#: a listing page printing the whole notice in one block, runs of spaces where its breaks stood
BLOCK = ("<html><head><meta charset=\"utf-8\"><title>政策文件_某市人民政府</title></head><body>"
         "<div class=\"qw\">某市人民政府关于印发某市开放合作行动方案的通知，   某府发〔2025〕3号   各区人民政府，市直各部门：   "
         "《某市开放合作行动方案》已经市人民政府同意，现印发给你们，请认真组织实施。   某市人民政府   2025年3月1日   "
         "某市开放合作行动方案   为推动开放合作，结合我市实际，制定本方案。   一、深化区域合作   "
         "（一）推进园区共建。建立项目流转机制。（责任单位：市发展改革委、市商务局）   "
         "（二）加强招商协作。年内引进项目10个以上。（责任单位：市商务局）</div></body></html>")


def test_a_plans_name_run_into_its_preamble_is_the_table_title():
    """The plan's name and its opening sentence, the space between them all that is left of the break
    (holdout listentry-ordos-2025-8): the name is the table title."""
    notice = extract(BLOCK.encode("utf-8"))
    assert notice.table_title == "某市开放合作行动方案"
    assert len(notice.measures) == 2


def test_a_sentence_after_a_space_names_no_plan():
    from extractor.layout.tabletitle import _heading_run_into_preamble
    assert _heading_run_into_preamble("某市开放合作行动方案 为推动开放合作，制定本方案。") == "某市开放合作行动方案"
    assert _heading_run_into_preamble("各单位要 加强协作，确保完成。") is None        # no plan's name before the space
    assert _heading_run_into_preamble("某市开放合作行动方案 （征求意见稿）") is None   # no sentence after it
