"""An unsigned letter's title block (issuer line over 关于…) keeps its issuer line when the page's information line
names that office as its source (``lettertitle._posted_title_block``; blindsynth session 57 seeds 2242, 6367, 7598;
holdout unsigned-lushan)."""
from extractor.engine.extract import extract

LETTER = """<p>某某县人民政府办公室</p>
<p>关于印发某某县2021年农村公路建设任务分工的通知</p>
<p>各乡镇人民政府，县直有关单位：</p>
<p>《某某县2021年农村公路建设任务分工》已经县政府同意，现印发给你们，请认真落实。</p>
<p>某某县2021年农村公路建设任务分工</p>
<p>1.新改建农村公路120公里。（牵头单位：县交通运输局；配合单位：县财政局）</p>
<p>2.完成危桥改造8座。（牵头单位：县交通运输局）</p>"""


def _page(tmp_path, head: str, source: str) -> str:
    path = tmp_path / "n.html"
    path.write_text(f"""<html><head><title>某某县人民政府</title></head><body>{head}
<div class="info">发布时间：2021-05-14　信息来源：{source}　浏览次数：</div>
<div class="content">{LETTER}</div></body></html>""", encoding="utf-8")
    return str(path)


def test_the_source_names_the_block_under_the_pages_heading(tmp_path):
    notice = extract(_page(tmp_path, "<h1>关于印发某某县2021年农村公路建设任务分工的通知</h1>", "某某县人民政府办公室"))
    assert notice.title == "某某县人民政府办公室关于印发某某县2021年农村公路建设任务分工的通知"


def test_another_source_names_no_block(tmp_path):
    notice = extract(_page(tmp_path, "<h1>关于印发某某县2021年农村公路建设任务分工的通知</h1>", "某某县交通运输局"))
    assert notice.title == "关于印发某某县2021年农村公路建设任务分工的通知"


def test_a_sites_name_over_the_heading_stays_out(tmp_path):
    """A site's name right over the page's heading, which is the 关于 line itself, the recipients under it: a header."""
    path = tmp_path / "m.html"
    path.write_text("""<html><body><div class="brand">某某县人民政府办公室</div>
<h1>关于印发某某县2021年农村公路建设任务分工的通知</h1>
<div class="info">发布时间：2021-05-14　信息来源：某某县人民政府办公室　浏览次数：</div>
<div class="content"><p>各乡镇人民政府，县直有关单位：</p>
<p>《某某县2021年农村公路建设任务分工》已经县政府同意，现印发给你们，请认真落实。</p>
<p>1.新改建农村公路120公里。（牵头单位：县交通运输局；配合单位：县财政局）</p>
<p>2.完成危桥改造8座。（牵头单位：县交通运输局）</p></div></body></html>""", encoding="utf-8")
    assert extract(str(path)).title == "关于印发某某县2021年农村公路建设任务分工的通知"
