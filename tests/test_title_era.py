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


def test_without_a_year_or_with_a_later_date_it_stays_unresolved():
    assert _supervision("宿迁市人民政府关于印发政务效能工作要点的通知") is None
    # the notice's own date wins over its title's year
    assert _supervision("宿迁市人民政府关于印发2012年政务效能工作要点的通知",
                        "<br>宿迁市人民政府<br>2019年3月1日") is None
