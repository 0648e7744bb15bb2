"""A text copy wrapped at a fixed width and then glossed by a mirror (局(ju)(ju), 市(shi): pinyin after common
characters, some twice) has lines of many lengths: its lines are also measured without their glosses
(wrapwidth.find_wrap; the measure that more lines show wins), as they are read without them after the wraps are
joined (cleanlines.clean_text_lines).  Before, no wrap was found, each heading was read into its wrapped paragraph and unit
names stayed cut at the wrap (the metamorphic suite's pinyin-glosses pairs of holdout wrapchars-xiling and
wrapwhole-jingmen, session 68).  A copy glossed first and wrapped after, glosses counted in its widths, reads as
before (holdout pinyin-changji's hard-wrap pairs)."""
import re

from extractor.engine.extract import extract

#: the wrap's width, in characters (a phone's reader)
WIDTH = 34
#: a notice whose three 一、 headings each stand over one paragraph closing with a verb bracket
PARAGRAPHS = [
    "某某区2022年为民办实事项目责任分工",
    "一、办好教育民生实事",
    "新建学校食堂3所，改造“明厨亮灶”设施46处，校园在线监测覆盖全部校园，中小学课后服务参与率达到95%以上，"
    "配齐配强食堂管理人员和食品安全员。（区教育局牵头，区财政局、区市场监管局配合）",
    "二、改善城市人居环境",
    "改造老旧小区21个、背街小巷十五条，推进既有住宅楼加装电梯不少于40部；新增公共停车泊位800个，"
    "完成主次干道“白改黑”工程十二公里。（区住建局负责，区发改局、区城管局配合）",
    "三、提升养老服务水平",
    "建成社区嵌入式养老服务中心4个，为2000户困难老年人家庭完成适老化改造，“助餐点”覆盖率达到70%，"
    "发放高龄津贴惠及全区八十岁以上老人。（区民政局牵头，区卫生健康局、区财政局配合）",
]
WRAPPED = "\n".join(p[k:k + WIDTH] for p in PARAGRAPHS for k in range(0, len(p), WIDTH)) + "\n"

#: the glosses a mirror prints after these characters (some twice), in a copy already wrapped
GLOSSES = {"局": "ju", "市": "shi", "区": "qu", "委": "wei"}


def _glossed(text: str) -> str:
    return re.sub("[局市区委]", lambda m: m.group(0) + f"({GLOSSES[m.group(0)]})" * (1 + m.start() % 2), text)


def _rows(text: str):
    notice = extract(text.encode("utf-8"))
    return [(m.section_no, m.text[:6], [r.name for r in m.lead], [r.name for r in m.support]) for m in notice.measures]


def test_a_wrapped_copy_reads_its_sections_and_units():
    assert _rows(WRAPPED) == [
        (1, "新建学校食堂", ["区教育局"], ["区财政局", "区市场监管局"]),
        (2, "改造老旧小区", ["区住建局"], ["区发改局", "区城管局"]),
        (3, "建成社区嵌入", ["区民政局"], ["区卫生健康局", "区财政局"]),
    ]


def test_glossed_after_the_wrap_it_reads_the_same():
    glossed = _glossed(WRAPPED)
    assert "局(ju)(ju)" in glossed or "局(ju)" in glossed
    assert len({len(line) for line in glossed.splitlines()[2:5]}) > 1   # the glosses give the wrapped lines many lengths
    assert {len(line) for line in WRAPPED.splitlines()[2:4]} == {WIDTH}
    assert _rows(glossed) == _rows(WRAPPED)


def test_glossed_before_the_wrap_it_reads_the_same():
    """The mirror's copy wrapped after it was glossed: the wrap cuts inside glosses (農(nó / ng)業) and its widths count them."""
    glossed = "\n".join(_glossed(p)[k:k + WIDTH] for p in PARAGRAPHS for k in range(0, len(_glossed(p)), WIDTH)) + "\n"
    assert any(line.endswith("(") or re.search(r"\([a-z]+$", line) for line in glossed.splitlines())
    assert _rows(glossed) == _rows(WRAPPED)
