"""A government named in full among a notice's units is no body of the notice's own place (``placeclues``: a city's
list tasking a county-level city's government, 永安市人民政府 among 市 units, blindsynth seed 2781, holdout
subcitygov-sanming)."""
from extractor.agencies.placeclues import city_from_clues
from extractor.engine.extract import extract

UNITS = ("市生态环境局", "市住建局", "市水利局", "市财政局", "永安市人民政府")


def test_a_county_level_citys_government_alone_places_nothing():
    assert city_from_clues(UNITS, ["2022年生态环境保护重点工作任务分解"]) is None


def test_a_zone_of_the_place_still_places_it():
    """place57's rule stands: one unit named after the place as its own body (a zone's committee) is enough."""
    assert city_from_clues(("区发改局", "区财政局", "谯城经开区管委会"), [None]) is not None


def test_the_preface_places_the_list(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("《2022年生态环境保护重点工作任务分解》\n为确保目标实现，结合三明市的实际，现将任务分解如下。\n"
                    "1．推进城市黑臭水体治理。（牵头单位：市生态环境局；配合单位：市住建局）\n"
                    "2．开展流域综合治理。（牵头单位：市水利局；配合单位：市财政局、永安市人民政府）\n", encoding="utf-8")
    names = {a.name: a.canonical for m in extract(str(path)).measures for a in (*m.lead, *m.support)}
    assert names["市生态环境局"] == "三明市生态环境局" and names["永安市人民政府"] == "永安市人民政府"
