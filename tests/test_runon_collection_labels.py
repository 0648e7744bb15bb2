"""A model-text site's page of several texts run into one line (holdout labelwrap-enshi's one-line copy, session
66): the site's label of the second text (``…完成时限：年底前）某某整治工作任务清单篇二为做好本镇…``) and of the first are
cut out as lines of their own (pagetail.text_label_joints), so the content ends at the second text's label as on the
page with its breaks (layout/collection.py).  Before, the second text's items were read on as the notice's."""
from extractor.engine.extract import extract
from extractor.parse.pagetail import text_label_joints

NAME = "某某镇人居环境整治工作任务清单"
PAGE = ("范文网首页 > 工作方案 > 正文" + NAME + "(2篇)发布时间：2023-07-19" + NAME + "篇一某某市2023年人居环境整治工作任务清单"
        "1.完成农村户厕改造1000户。（牵头单位：市农业农村局；完成时限：2023年10月底前）"
        "2.推进生活垃圾分类。（牵头单位：市住建局；配合单位：各乡镇人民政府）"
        + NAME + "篇二为做好本镇整治，现将任务分解如下：1.清理河塘淤泥。（责任单位：镇水利站）2.整治乱搭乱建。（责任单位：镇村建办）")


def test_the_labels_of_a_collection_s_texts_are_cut_out_and_the_second_ends_the_notice():
    cuts = sorted(text_label_joints(PAGE))
    first, second = PAGE.index(NAME + "篇一"), PAGE.index(NAME + "篇二")
    assert cuts == [first, first + len(NAME) + 2, second, second + len(NAME) + 2]
    notice = extract(PAGE.encode("utf-8"))
    assert [(m.measure_no, m.text) for m in notice.measures] == [(1, "完成农村户厕改造1000户。"), (2, "推进生活垃圾分类。")]


def test_no_first_label_or_no_shared_name_cuts_nothing():
    """A later ordinal with no first label before it, or after one whose words before the count word differ (a plan's
    own wording), is no collection's label."""
    assert text_label_joints(PAGE.replace("篇一", "")) == set()
    assert text_label_joints("甲乙丙丁篇一做某事。戊己庚辛篇二做某事。") == set()
