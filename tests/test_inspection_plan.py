"""An inspection plan's lead inspecting units (tests/fixtures/README.md; holdout duchaplan-anhui-2017-1, batch 91):
（牵头督查单位：X、Y） closing an item is a lead label (roles.toml), and a mirror's <title> naming only its news
column (新闻中心-文章详情) titles no notice (vocab.toml [html] column_page_ends)."""
from extractor.engine.extract import extract


def _page(title, body):
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><div class='article'>{body}</div></body></html>").encode("utf-8")


BODY = ("<p>一、督查工作重点</p><p>（一）年度目标任务落实情况。</p>"
        "<p>1.年度考核目标完成情况。（牵头督查单位：市目标考核办）</p>"
        "<p>2.降成本各项任务的完成情况。（牵頭督查單位：市發改委、市財政局）</p>")


def test_the_inspecting_units_lead_each_item():
    notice = extract(_page("市政府督查工作要点", BODY))
    assert [(m.measure_no, m.text, [a.name for a in m.lead], [a.name for a in m.support]) for m in notice.measures] == [
        (1, "年度考核目标完成情况。", ["市目标考核办"], []),
        (2, "降成本各项任务的完成情况。", ["市發改委", "市財政局"], [])]
    assert {m.form for m in notice.measures} == {"inline-label"}


def test_a_news_column_title_names_no_notice():
    assert extract(_page("新聞中心-文章詳情", BODY)).title is None
    assert extract(_page("新闻中心", BODY)).title is None
