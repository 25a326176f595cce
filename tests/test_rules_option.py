"""claimdiff.Rules: the user's tables on top of the defaults, passed in, never global."""
import json
import pickle

import pytest

import claimdiff

DAY = "2025-04-02"


def _check(texts, rules=None):
    return claimdiff.check([claimdiff.Source(t, name=f"Outlet {i}", published=DAY) for i, t in enumerate(texts)], rules=rules)


def test_extra_event_kind_names_the_event():
    text = "Police said 3 people were killed when the train derailed near Ulm."
    rules = claimdiff.Rules.from_dict({"event_kinds": {"derailment": ["derailed", "derailment"]}})
    assert claimdiff.check([text], rules=rules).claims[0].event.kind == "derailment"
    # the defaults are untouched by another call's rules
    assert claimdiff.check([text]).claims[0].event.kind != "derailment"


def test_extra_metric_words_join_the_taxonomy():
    texts = ["The agency said 40 overdoses were recorded in Ravo last week.", "The mayor said 12 overdoses were recorded in Ravo last week."]
    assert _check(texts).conflicts == ()  # "overdoses" is no metric of the taxonomy: not compared
    rules = claimdiff.Rules.from_dict({"metrics": {"overdoses": ["overdoses"]}})
    report = _check(texts, rules)
    assert [(c.kind, c.metric) for c in report.conflicts] == [("contradiction", "overdoses")]


def test_place_hierarchy_makes_a_district_part_of_its_city():
    texts = ["Police said 30 people were arrested at the protests in Berlin.", "Police said 12 people were arrested at the protests in Kreuzberg."]
    rules = claimdiff.Rules.from_dict({"places": {"Kreuzberg": "Berlin"}})
    report = _check(texts, rules)
    assert len({c.event.id for c in report.claims}) == 1
    assert report.conflicts == ()  # 12 in Kreuzberg is a part of 30 in Berlin
    wrong = _check(["Police said 10 people were arrested at the protests in Berlin.",
                    "Police said 25 people were arrested at the protests in Kreuzberg."], rules)
    assert [c.kind for c in wrong.conflicts] == ["contradiction"]  # the part exceeds the whole
    assert "in Kreuzberg" in wrong.conflicts[0].claims[1].qualifiers or "in Kreuzberg" in wrong.conflicts[0].claims[0].qualifiers


def test_drop_claims_by_metric_or_by_quote():
    text = "The commission said 84 seats went to the ruling party. Police said 40 people were arrested."
    rules = claimdiff.Rules.from_dict({"drop": [{"metric": "seats"}, {"source": "s1", "quote": "40"}]})
    assert [c.quote for c in claimdiff.check([text]).claims] == ["84", "40"]
    assert claimdiff.check([text], rules=rules).claims == ()


def test_a_source_declared_an_update_of_another():
    texts = ["Police said 14 people died in the fire in Kalo.", "Police said 9 people died in the fire in Kalo."]
    assert [c.kind for c in _check(texts).conflicts] == ["contradiction"]
    report = _check(texts, claimdiff.Rules.from_dict({"updates": {"s2": "s1"}}))
    assert report.conflicts == () and len(report.updates) == 1


def test_rules_travel_to_worker_processes_and_check_many():
    rules = claimdiff.Rules.from_dict({"metrics": {"overdoses": ["overdoses"]}, "places": {"Kreuzberg": "Berlin"}})
    assert pickle.loads(pickle.dumps(rules)) == rules
    texts = ["The agency said 40 overdoses were recorded in Ravo last week.", "The mayor said 12 overdoses were recorded in Ravo last week."]
    final = list(claimdiff.check_many([{"text": t, "name": f"O{i}", "published": DAY} for i, t in enumerate(texts)], rules=rules, workers=2))[-1]
    assert [c.metric for c in final.conflicts] == ["overdoses"]


def test_rules_from_json_and_toml_files(tmp_path):
    data = {"metrics": {"killed": ["fatalities"]}, "updates": {"s2": "s1"}}
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert claimdiff.Rules.from_file(str(path)).to_dict()["metrics"] == {"killed": ["fatalities"]}
    toml = tmp_path / "rules.toml"
    toml.write_text('[metrics]\nkilled = ["fatalities"]\n[updates]\ns2 = "s1"\n', encoding="utf-8")
    pytest.importorskip("tomllib")
    assert claimdiff.Rules.from_file(str(toml)) == claimdiff.Rules.from_dict(data)


@pytest.mark.parametrize("data,error", [
    ({"metric": {}}, ValueError),
    ({"metrics": {"killed": "fatalities"}}, TypeError),
    ({"places": {"Kreuzberg": 3}}, TypeError),
    ({"drop": ["seats"]}, TypeError),
    ([], TypeError),
])
def test_bad_rules_name_what_is_wrong(data, error):
    with pytest.raises(error):
        claimdiff.Rules.from_dict(data)


def test_wrong_type_for_the_rules_argument():
    with pytest.raises(TypeError, match="rules"):
        claimdiff.check(["Police said 3 people died."], rules={"metrics": {}})


def test_rules_reach_dask():
    bag = pytest.importorskip("dask.bag")
    from claimdiff import dask as cd

    texts = ["The agency said 40 overdoses were recorded in Ravo last week.", "The mayor said 12 overdoses were recorded in Ravo last week."]
    sources = bag.from_sequence([{"text": t, "name": f"O{i}", "published": DAY} for i, t in enumerate(texts)], npartitions=2)
    rules = claimdiff.Rules.from_dict({"metrics": {"overdoses": ["overdoses"]}})
    assert cd.conflicts(cd.extract_bag(sources)).compute(scheduler="sync") == []
    found = cd.conflicts(cd.extract_bag(sources, rules=rules), rules=rules).compute(scheduler="sync")
    assert [c.metric for c in found] == ["overdoses"]
    with pytest.raises(TypeError, match="rules"):
        cd.extract_bag(sources, rules={"metrics": {}})


def test_rules_reach_the_cli(tmp_path, capsys):
    from claimdiff.cli import main

    article = tmp_path / "a.txt"
    article.write_text("The agency said 40 overdoses were recorded in Ravo. The mayor said 12 overdoses were recorded in Ravo.", encoding="utf-8")
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"metrics": {"overdoses": ["overdoses"]}}), encoding="utf-8")
    assert main(["check", str(article), "--published", DAY, "--format", "json", "--fail-on-conflict"]) == 0
    capsys.readouterr()
    assert main(["check", str(article), "--published", DAY, "--format", "json", "--fail-on-conflict", "--rules", str(rules)]) == 1
    assert json.loads(capsys.readouterr().out)["conflicts"][0]["metric"] == "overdoses"
    bad = tmp_path / "bad.json"
    bad.write_text('{"metric": {}}', encoding="utf-8")
    assert main(["check", str(article), "--rules", str(bad)]) == 2
    assert "--rules" in capsys.readouterr().err


def test_the_rule_modules_gathered_under_one_name_do_not_shadow_each_other():
    import importlib

    seen = {}
    for name in ("attribution_en", "events_en", "metrics_en"):
        module = importlib.import_module(f"claimdiff.rules.{name}")
        for key in (k for k in dir(module) if k.isupper()):
            value = getattr(module, key)
            assert key not in seen or seen[key][1] is value, f"{key} is defined in both {seen[key][0]} and {name}"
            seen[key] = (name, value)
