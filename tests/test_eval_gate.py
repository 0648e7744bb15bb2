"""The scored gate over the whole fixture corpus (``extractor.evaluate``).

Every fixture present is scored, whoever's form it is; the gate fails
listing each wrong field.  Like trafilatura's eval gate, the floor is one
pinned constant.
"""
import pytest

from extractor.evaluate import META_FIELDS, evaluate, load_cases

#: Share of measures (and of each metadata field and agency mapping) that must
#: be exactly right, per form and overall.  NEVER lower this silently: a lower
#: floor needs its own reviewed commit saying which fixture regressed and why.
FLOOR = 1.0


@pytest.fixture(scope="module")
def scores(fixtures_dir, resolver):
    return evaluate(fixtures_dir, resolver)


def test_every_fixture_has_an_input(fixtures_dir):
    names = {c.name.split(".")[0] for c in load_cases(fixtures_dir)}
    expected = {p.name[: -len(".expected.json")] for p in fixtures_dir.glob("*.expected.json")}
    assert expected <= names, f"expected files without an input: {sorted(expected - names)}"


def test_corpus_reaches_the_floor(scores):
    overall = scores["all"]
    shares = {"measures": overall.measure_share, "agencies": overall.agency_share,
              **{k: overall.meta_share(k) for k in META_FIELDS}}
    below = {k: v for k, v in shares.items() if v < FLOOR}
    wrong = "\n".join(str(m) for m in overall.mismatches)
    assert not below, f"below the floor {FLOOR:.0%}: {below}\n{wrong}"


def test_every_form_reaches_the_floor(scores):
    low = {form: f"{s.measure_share:.0%}" for form, s in scores.items() if s.measure_share < FLOOR}
    assert not low, f"forms below the floor: {low}"
