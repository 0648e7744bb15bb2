"""A list's name run into its first part's heading on a model-text site's page of several texts labelled
``第1篇:…`` / ``第2篇:…`` (docs/parsing.md; holdout runlabels-chuxiong, batch 95): the label is the collection's, not
an outline's first item, and the name cut off the run is the list's heading (title and table title)."""
from test_metadata import meta_of


COLLECTION = """第1篇:反馈意见问题整改措施清单
某州贯彻落实省委环境保护督察反馈意见问题整改措施清单一、认识不深(一)部分领导干部认识不足。整改目标:提高认识。责任单位:州环境保护局。整改时限:立行立改。整改措施:开展专题学习。
(二)个别县市规划环评滞后。整改目标:完成规划环评。责任单位:州发展改革委。整改时限:2018年底。整改措施:编制规划环评。
第2篇:巡察反馈意见整改措施
一、关于理论学习不够深入的问题。整改措施:严格落实学习制度。责任人:主要负责人。
"""


def test_a_list_name_run_into_its_first_part_heads_the_list_under_a_collections_colon_label():
    from extractor.layout.collection import text_label
    assert text_label("第1篇:反馈意见问题整改措施清单") == ("colon", 1)
    assert text_label("第2篇：巡察反馈意见整改措施") == ("colon", 2)
    assert text_label("第二篇：加快构建现代产业体系") is None   # a plan's part numbers its parts in words
    meta = meta_of(COLLECTION)
    assert meta.table_title == "某州贯彻落实省委环境保护督察反馈意见问题整改措施清单"
    assert meta.title == meta.table_title


def test_a_traditional_copys_list_name_is_cut_off_too():
    from extractor.parse.runinheads import list_name_run_in
    from extractor.parse.breakrepair import cuts_first_subheading
    line = "某州貫徹落實省委環境保護督察反饋意見問題整改措施清單一、認識不深(一)部分領導幹部認識不足。"
    assert line[:list_name_run_in(line, cuts_first_subheading)] == "某州貫徹落實省委環境保護督察反饋意見問題整改措施清單"
