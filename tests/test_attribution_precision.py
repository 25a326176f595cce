"""Fewer false speakers: stretches of a sentence that a cue's scope used to run into, though they are the
narrator's own.  Each form in at least three wordings on different topics, with the cases it must leave
alone beside it.  Every sentence here is written for this file.
"""
from test_attribution_corpus import _check, _rows

# ------------------------------------------------------------------ a cue inside a fronted subordinate clause
SUBORDINATE = [
    ("after-said-main-clause", "After the mayor said 5 people had died, 300 residents gathered in the square.",
     "300", None),
    ("after-said-own-report", "After the mayor said 5 people had died, 300 residents gathered in the square.",
     "5", "mayor"),
    ("when-announced-main-clause", "When the ministry announced a deficit of 3 percent, the bond market fell 2 percent.",
     "2 percent", None),
    ("although-reported-main-clause", "But although the union reported 40 strikes, only 12 plants closed.",
     "12", None),
    ("although-reported-own-report", "But although the union reported 40 strikes, only 12 plants closed.",
     "40", "union"),
    ("after-adverbial-asked", "In June, after the firm asked staff to take a pay cut, 8,000 workers agreed.",
     "8,000", None),
    ("on-monday-when-reported", "On Monday, when the agency reported 40 new cases, 3 schools closed.",
     "3", None),
    # left alone: the cue stands after the clause's comma, or the clause is "as X said"
    ("when-asked-cue-after-comma", "When asked, the mayor said 12 people had died.",
     "12", "mayor"),
    ("since-cue-after-comma", "Since the storm began, the coast guard said, 14 boats have sunk.",
     "14", "coast guard"),
    ("as-introduces-account", "As the bank noted, exports fell 4 percent in May.",
     "4 percent", "bank"),
    ("plain-leading-cue", "In June, the ministry said 40 cases had been found.",
     "40", "ministry"),
]


@_rows(SUBORDINATE)
def test_a_cue_inside_a_fronted_subordinate_clause_stops_at_its_comma(text, figure, speaker):
    _check(text, figure, speaker)
