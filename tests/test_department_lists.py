"""A government department dividing its own sector's work among its offices (batch 87, sampled by
issuer kind): the mechanisms its pages needed, each tested on a small text of its own."""
from extractor.layout.locate import clean_text_lines


def test_spam_word_inside_an_ordinary_word_keeps_the_line():
    # a culture plan's 娱乐场所 (entertainment venues) holds the casino's 娱乐场: the item stays
    lines = ["9.推进重点文物保护工程。", "10.规范文化市场秩序。开展网吧、娱乐场所和演出市场专项整治。", "（责任部门：市场处）"]
    assert clean_text_lines(lines) == lines


def test_a_casino_line_is_still_dropped():
    # the spam word outside any ordinary word still drops its line, one holding both too
    assert clean_text_lines(["某某娱乐场官方网址", "1.整治娱乐场所。"]) == ["1.整治娱乐场所。"]
    assert clean_text_lines(["娱乐场所 娱乐场注册送彩金", "1.任务。"]) == ["1.任务。"]


def test_heading_run_into_the_info_line_is_kept():
    from extractor.layout.infoline import heading_before_labels
    line = "2017年某省文化厅重点任务分工方案 发布时间：2017-03-16   来源：   浏览次数："
    assert clean_text_lines([line, "一、加强党的建设"]) == ["2017年某省文化厅重点任务分工方案", "一、加强党的建设"]
    assert heading_before_labels(line) == "2017年某省文化厅重点任务分工方案"
    # words naming no document (a site's name, a column), or glued to the label, keep the line dropped whole
    assert heading_before_labels("某某新闻网 发布时间：2017-03-16 来源：某报") is None
    assert heading_before_labels("某某工作方案发布时间：2017-03-16 来源：某报") is None
    assert clean_text_lines(["某某新闻网 发布时间：2017-03-16 来源：某报", "正文。"]) == ["正文。"]


def test_verb_clauses_parted_by_a_pause_mark():
    from extractor.parse.assign import parse_verbs, verb_parted
    # （厅政策法规处牵头、厅机关各处室配合）: a 、 right after a role verb closes the clause before it
    found = parse_verbs("厅政策法规处牵头、厅机关各处室配合")
    assert (found.lead, found.support) == (("厅政策法规处",), ("厅机关各处室",))
    found = parse_verbs("市发改委、市财政局牵头、市商务局配合")
    assert (found.lead, found.support) == (("市发改委、市财政局",), ("市商务局",))
    # cut only where every piece has a verb of its own: co-leads and a verbless tail stay one clause
    assert verb_parted("A局、B局分别牵头") == ["A局、B局分别牵头"]
    assert verb_parted("市发改委牵头、市财政局、市商务局") == ["市发改委牵头、市财政局、市商务局"]


def test_a_together_clause_is_never_parted():
    from extractor.parse.assign import verb_parted
    assert verb_parted("由县发改局会同县财政局、县统计局分工负责") == ["由县发改局会同县财政局、县统计局分工负责"]
def test_doc_number_before_the_title_in_one_heading():
    from extractor.layout.titlelines import without_number_opening
    assert without_number_opening("某交发 [2022] 97号关于印发《某方案》的通知") == "关于印发《某方案》的通知"
    assert without_number_opening("东府办〔2014〕75号关于做好某工作的通知") == "关于做好某工作的通知"
    # an issuer before 关于 is the title's own; a part that is no doc number stays
    assert without_number_opening("某市人民政府关于印发某方案的通知") == "某市人民政府关于印发某方案的通知"
    assert without_number_opening("2022年第3号关于某事项的公告") == "2022年第3号关于某事项的公告"


def test_heading_printing_the_number_before_the_title():
    from extractor.engine.extract import extract
    page = ("<html><body><div>某交发 [2022] 97号关于印发《某局某方案》的通知</div><p>各科室：</p>"
            "<p>现将方案印发给你们。</p><p>某市某局</p><p>2022年12月5日</p>"
            "<p>1.做好某工作。〔责任单位：办公室〕</p></body></html>").encode("utf-8")
    notice = extract(page)
    assert (notice.title, notice.doc_number) == ("关于印发《某局某方案》的通知", "某交发[2022]97号")


def test_a_departments_own_offices_together_are_a_catch_all(resolver):
    for name in ("厅机关各处室", "局机关各科室", "厅相关处室", "相关处〈室、局〉", "县局相关股室"):
        assert resolver.resolve(name).kind == "group", name
    # one office named is no group: it stays unresolved (a department's own office has no standard body)
    for name in ("厅政策法规处", "政策法规科", "相关处理中心"):
        assert resolver.resolve(name).kind != "group", name
