"""An undated notice's era for the agencies is the year its title prints (layout/dates.title_era): a
department that stopped being one (监察局, merged into the 监察委员会 in 2018) is the place's in a plan
titled for a year before that, even where the page shows no date."""
import pytest

from extractor.engine.extract import extract
from extractor.layout.dates import title_era


@pytest.mark.parametrize("titles,era", [
    (("某县人民政府关于印发2012年农村工作要点的通知",), "2012-01-01"),
    (("某市“十二五”规划纲要2011-2015年重点任务分工",), "2011-01-01"),
    (("某市2016—2020年交通建设规划",), "2016-01-01"),
    ((None, "某区2015年重点工作任务分解表"), "2015-01-01"),
    (("关于做好防汛工作的通知", None), None),
    (("某县第2018号公告",), None),          # a number, no year: no 年 after it
    (("关于印发某县12019年目标的通知",), None),   # digits of a longer run
    # a year inside a document the title quotes is that document's, not the notice's era
    (("某市人民政府关于贯彻落实《关于加快2015年某项工作的意见》的通知",), None),
    (("某区关于转发《某省2013年农村道路建设实施方案》的通知", "某区2021年道路建设任务分解表"), "2021-01-01"),
    (("某镇关于学习《2016年某县工作报告》做好2022年工作的通知",), "2022-01-01"),
    # … unless the notice issues it: the quoted plan is its own
    (("某县人民政府关于印发《某县2014年为民办实事项目》的通知",), "2014-01-01"),
    # a five-year plan's name: its first year (the third plan began in 1966, each later one five years on)
    (("某市人民政府关于印发某市“十二五”规划纲要重点任务分工的通知",), "2011-01-01"),
    (("关于做好“十四五”时期某项工作的通知",), "2021-01-01"),
    (("某县国民经济和社会发展第十三个五年规划纲要任务分解",), "2016-01-01"),
    (("某县“九五”计划执行情况",), "1996-01-01"),
    (("某市“十一五”规划纲要2008年度评估的通知",), "2008-01-01"),     # a year printed wins
    (("关于表彰十五名先进个人的通知",), None),                        # 十五 counting, no plan
    (("关于贯彻落实《某省“十二五”规划纲要》的通知",), None),           # another document's plan
])
def test_title_era(titles, era):
    assert title_era(*titles) == era


PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body><h1>{title}</h1>
<div class="content">一、工作任务<br>
1.开展行政效能督查，通报督查结果。(责任单位：市监察局、市政府办公室)<br>
2.做好政务公开年度考评。(责任单位：市政府办公室)<br>{signature}
</div></body></html>"""


def _supervision(title: str, signature: str = "") -> str | None:
    notice = extract(PAGE.format(title=title, signature=signature).encode("utf-8"))
    return notice.measures[0].lead[0].canonical


def test_an_undated_plan_for_a_year_before_the_reform_names_the_bureau():
    assert _supervision("宿迁市人民政府关于印发2012年政务效能工作要点的通知") == "宿迁市监察局"


def test_a_year_quoted_from_another_document_sets_no_era():
    # an undated 2020 notice carrying out a 2012 document: its 市监察局 is not read as before the reform
    assert _supervision("宿迁市人民政府关于贯彻落实《关于2012年政务效能工作的意见》的通知") is None


def test_without_a_year_or_with_a_later_date_it_stays_unresolved():
    assert _supervision("宿迁市人民政府关于印发政务效能工作要点的通知") is None
    # the notice's own date wins over its title's year
    assert _supervision("宿迁市人民政府关于印发2012年政务效能工作要点的通知",
                        "<br>宿迁市人民政府<br>2019年3月1日") is None
