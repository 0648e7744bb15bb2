"""A letter run into one line whose title prints no 关于 (``某市人民政府办公室印发…的通知``): the title opens right after
the name that signs the letter with 印发 (``headfields._issued_title_span``; blindsynth seeds 6933, 5514: before, no
title was cut, the title ran into the recipients or the doc number and was lost)."""
from extractor import extract
from extractor.parse.headfields import title_span

ENDS = ["通知", "分工表"]
LETTER = ("{title}{number}各镇（街道）人民政府（办事处），市各有关部门：《石狮市2024年稳经济促发展重点工作任务责任分工表》已经市政府同意，"
          "现印发给你们，请认真贯彻落实。石狮市人民政府办公室2024年3月28日（此件主动公开）附件石狮市2024年稳经济促发展重点工作任务责任分工表"
          "一、推动经济高质量发展1.社会消费品零售总额增长9%左右。（牵头单位：市民政局；完成时限：2024年12月底前）"
          "2.单位地区生产总值能耗下降4%。（责任单位：市农业农村局牵头，市商务局配合）")
TITLE = "石狮市人民政府办公室印发石狮市2024年稳经济促发展重点工作任务责任分工表的通知"


def test_the_span_of_a_title_opening_with_its_issuer_and_yinfa():
    copy = TITLE + "各镇人民政府，市各有关部门：现印发给你们。"
    start, end, after = title_span(copy, ENDS, ["石狮市人民政府办公室"])
    assert (start, copy[start:end], copy[after - 1]) == (0, TITLE, "：")
    # no signing name before 印发: no such title (the letter's own 现印发给你们 opens none)
    assert title_span(copy, ENDS, []) is None
    # past the first sentence end it is the letter's wording, no title
    assert title_span("各镇人民政府：经研究同意。石狮市人民政府办公室印发的通知：", ENDS, ["石狮市人民政府办公室"]) is None


def test_a_one_line_letter_reads_its_title_recipients_and_number():
    for number in ("", "石政办发〔2024〕36号"):
        notice = extract(LETTER.format(title=TITLE, number=number).encode("utf-8"))
        assert notice.title == TITLE
        assert notice.recipients == ("各镇（街道）人民政府（办事处）", "市各有关部门")
        assert notice.doc_number == (number or None)
        assert [m.measure_no for m in notice.measures] == [1, 2]


FORWARDED = ("关于印发泉州市2021年民生实事项目任务清单各县（市、区）人民政府，市政府各部门、各直属机构：《泉州市2021年民生实事项目任务清单》"
             "已经市政府同意，现印发给你们，请认真贯彻落实。附件：泉州市2021年民生实事项目任务清单泉州市人民政府办公室2021年01月19日"
             "（此件主动公开）附件泉州市2021年民生实事项目任务清单一、统筹发展和安全（1）落实减税降费政策。（主要责任单位：市应急局，"
             "完成时限：2021年第四季度）（2）完成高标准农田建设21万亩。（主要责任单位：市农业农村局）")


def test_a_forwarding_title_with_no_title_word_ends_with_the_name_the_letter_quotes():
    """关于印发 + the name the letter's first sentence quotes in 《》, word for word (headfields._forwarded_name_end;
    blindsynth seed 2953: before, the title ran on to the signing office and the recipients were lost)."""
    notice = extract(FORWARDED.encode("utf-8"))
    assert notice.title == "关于印发泉州市2021年民生实事项目任务清单"
    assert notice.recipients == ("各县（市、区）人民政府", "市政府各部门", "各直属机构")
    # a quoted name the title does not print word for word ends nothing
    copy = "关于印发某市任务清单各县人民政府：《泉州市2021年民生实事项目任务清单》已经市政府同意。"
    assert title_span(copy, ENDS, []) is None
