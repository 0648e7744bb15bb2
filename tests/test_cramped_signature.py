"""A letter's signature run into the plan under it in one paragraph (holdout cramped-tonghua): the signing body, its
date and the plan's name that the title issues are each cut off as a line (crampedletter.cramped_signature_pieces,
called by cleanlines.clean_text_lines)."""
from extractor.engine.extract import extract
from extractor.parse.crampedletter import cramped_signature_pieces

_TITLE = "某某市人民政府关于印发某某市2016年城乡环境整治行动方案的通知"
_SIGNED = "某某市人民政府2016年5月3日某某市2016年城乡环境整治行动方案为改善城乡环境，制定本方案。"


def test_the_signature_the_date_and_the_plan_name_are_cut_off():
    assert cramped_signature_pieces([_TITLE, "各县区人民政府：", _SIGNED], 2) == [
        "某某市人民政府", "2016年5月3日", "某某市2016年城乡环境整治行动方案", "为改善城乡环境，制定本方案。"]


def test_what_is_no_cramped_signature():
    # the plan's name printed nowhere above: a sentence that happens to open so stays
    assert cramped_signature_pieces(["各县区人民政府：", _SIGNED], 1) is None
    # a signature alone on its line, a date line, a sentence opening with a date
    for line in ("某某市人民政府2016年5月3日", "2016年5月3日", "2016年5月3日，市政府召开常务会议。"):
        assert cramped_signature_pieces([_TITLE, line], 1) is None, line
    # a body and a day in a sentence: no signature by the letter's joints
    assert cramped_signature_pieces([_TITLE, "根据市政府2016年5月3日某某市2016年城乡环境整治行动方案的部署，…"], 1) is None


def test_the_page_reads_its_date_and_plan_name():
    page = ("<html><body><div class=\"doc\"><p>" + _TITLE + "</p><p>各县区人民政府，市政府各部门：现将《某某市2016年城乡环境"
            "整治行动方案》印发给你们，请认真组织实施。</p><p>" + _SIGNED + "</p><p>一、主要任务</p>"
            "<p>1.整治城区背街小巷20条。（责任单位：市城管局）</p><p>2.新建公共厕所15座。（责任单位：市住建局）</p>"
            "</div></body></html>")
    notice = extract(page.encode("utf-8"))
    assert (notice.date, notice.table_title) == ("2016-05-03", "某某市2016年城乡环境整治行动方案")
    assert [(m.measure_no, [r.name for r in m.lead]) for m in notice.measures] == [(1, ["市城管局"]), (2, ["市住建局"])]
