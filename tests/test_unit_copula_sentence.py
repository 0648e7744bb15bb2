"""A paragraph's closing sentence naming units and then their role after a copula (``A、B为主要责任单位。``)
assigns as the labels it says: 上海's 2004 市政府重点工作 closes the paragraph under each part so, over the
part's contents （一）（二）… (holdout mainresp-shanghai, batch 57: before, the sentence was wording and the page
gave no row)."""
import pytest

from extractor.parse.inline import split_prose

from test_outline import parsed, rows


@pytest.mark.parametrize("text,lead,support", [
    ("推进改革。市政府法制办、市审改办为主要责任单位。", ("市政府法制办、市审改办",), ()),
    ("推进改革。市发改委为牵头单位，市财政局为配合单位。", ("市发改委",), ("市财政局",)),
    ("由王副市长牵头。市各有关部门为主要责任单位。", ("市各有关部门",), ()),
    ("推進改革。市衛生局、市勞動保障局為主要責任單位。", ("市衛生局、市勞動保障局",), ()),   # a traditional copy's 為
    # a level phrase over one kind of department among the supports, or alone: its level words are no
    # wording (holdout levelcopula-xiangyang-2022-1, session 63: before, the item was lost)
    ("推进改革。市人社局为牵头单位，市财政局、市、县（市、区）税务部门为配合单位。",
     ("市人社局",), ("市财政局、市、县（市、区）税务部门",)),
    ("推进改革。市民政局为牵头单位，市、县（区）财政部门为配合单位。", ("市民政局",), ("市、县（区）财政部门",)),
])
def test_units_before_their_roles_label_assign(text, lead, support):
    rest, found = split_prose(text)
    assert (found.lead, found.support, found.form) == (lead, support, "inline-label")
    assert not rest.endswith("单位。")


@pytest.mark.parametrize("text", [
    "把各项要求落实为具体措施。",
    "推进改革。市发改委为牵头单位，做好协调。",
    "推进改革。各地为主要责任单位所在地。",
    "推进改革。市、县为主要责任单位。",   # level words with no body after them name none
])
def test_wording_with_a_copula_assigns_nothing(text):
    assert split_prose(text) == (text, None)


def test_a_parts_paragraph_gives_its_units_to_the_contents():
    result = parsed([
        "一、贯彻实施《行政许可法》",
        "由王立平副市长牵头，陈志刚副市长配合。市政府法制办、市审改办为主要责任单位。",
        "主要内容：",
        "（一）清理设定行政许可的规范性文件。",
        "（二）推出一批简化程序的改革项目。",
        "二、深化医疗联动改革",
        "由刘建国副市长牵头。市卫生局为主要责任单位。",
        "主要内容：",
        "（一）推进社区卫生服务网络建设。",
    ])
    assert rows(result) == [
        ("一、", 1, "清理设定行政许可的规范性文件。", ("市政府法制办、市审改办",), (), "inline-label"),
        ("一、", 2, "推出一批简化程序的改革项目。", ("市政府法制办、市审改办",), (), "inline-label"),
        ("二、", 1, "推进社区卫生服务网络建设。", ("市卫生局",), (), "inline-label"),
    ]
