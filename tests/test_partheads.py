"""A numbered heading printing no sentence over the paragraphs of its one task, the last closing with the shared
assignment (parse/partheads.py): the heading is the task's section, its paragraphs the task, joined with nothing
between; a heading of two comma-parted phrases, and a copy that stops under the next heading before any unit, read
so too (holdout partparas-hebei, squarebracket-biaozhun, batch 112)."""
from extractor.engine.extract import extract
from extractor.parse.partheads import is_phrase_heading


def _rows(page: str):
    notice = extract(page.encode("utf-8"))
    return ([(s.no, s.label, s.title) for s in notice.sections],
            [(m.measure_no, m.section_no, m.text, [r.name for r in m.lead], [r.name for r in m.support])
             for m in notice.measures])


def test_a_heading_of_two_phrases_over_three_paragraphs_is_one_measure():
    sections, measures = _rows("依据有关文件，现提出本年工作要点。\n"
                               "一、健全工资支付制度，加强工资宏观调节\n"
                               "建立工资保证金制度，对拖欠工资的企业联合惩戒。\n"
                               "适时调整最低工资标准，开展监督检查。\n"
                               "提高艰苦岗位津贴标准，增加一线职工收入。（市人社局牵头，市住建局、市总工会等分别负责）\n"
                               "二、推行劳动合同制度，保障职工权益\n"
                               "继续推广规范的劳动合同文本，全面实行\n")
    assert sections == [(1, "一、", "健全工资支付制度，加强工资宏观调节")]
    assert measures == [(1, 1, "建立工资保证金制度，对拖欠工资的企业联合惩戒。适时调整最低工资标准，开展监督检查。"
                               "提高艰苦岗位津贴标准，增加一线职工收入。", ["市人社局"], ["市住建局", "市总工会"])]


def test_one_subheading_over_its_paragraph_on_a_cut_copy_is_a_section():
    sections, measures = _rows("为推动标准化工作，制定本行动计划。\n"
                               "一、加强标准化与科技创新互动\n"
                               "（一）强化关键技术标准攻关\n"
                               "在集成电路等领域集中攻关，加快研制一批技术标准。〔工业和信息化部、科技部牵头，各有关部门按职责分工负责〕\n"
                               "（二）完善成果转化机制\n"
                               "研究出台标准化与科技创新互动的指导性文件，加快前沿技\n")
    assert sections == [(1, "（一）", "强化关键技术标准攻关")]
    assert [m[:3] for m in measures] == [(1, 1, "在集成电路等领域集中攻关，加快研制一批技术标准。")]


def test_a_later_heading_naming_units_of_its_own_keeps_the_old_reading():
    # the second （二） is a sentence run on with its own units: the kind is not all headings, nothing is cut
    _, measures = _rows("（一）强化关键技术标准攻关\n"
                        "在集成电路等领域集中攻关，加快研制一批技术标准。（市科技局牵头）\n"
                        "（二）完善成果转化机制，研究出台指导性文件。（市工信局牵头）\n")
    assert [(m[0], m[1]) for m in measures][0] == (1, None)
    assert measures[0][2].startswith("强化关键技术标准攻关")


def test_a_heading_is_one_or_two_phrases_with_no_sentence():
    assert is_phrase_heading("建立农民工工资支付保障制度，加强工资水平宏观调节")
    assert is_phrase_heading("强化关键技术领域标准攻关")
    assert not is_phrase_heading("加强组织领导。")                       # a sentence: the item itself
    assert not is_phrase_heading("各地要加强领导，明确责任，抓好落实")      # three clauses: wording
    assert not is_phrase_heading("工作目标：完成改造")                   # a label
    assert not is_phrase_heading("")
