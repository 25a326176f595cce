"""Rolling news, as a desk receives it: several posts from one or several outlets about one story over hours.

Each scenario is a list of (outlet, published, text) posts and what check() must say: the conflict kinds in order,
how many updates (``None``: not checked), and for each conflict the speakers it must name (``None``: not checked).
Telegram posts, live-blog entries and wire updates; every sentence is our own, three wordings per rule.
"""
import pytest

import claimdiff

XFAIL = pytest.mark.xfail(strict=True)


def scenario(case_id, posts, kinds, updates=None, speakers=None, marks=()):
    return pytest.param(posts, kinds, updates, speakers, id=case_id, marks=marks)


SCENARIOS = [
    # ---- a toll rising through the day is a run of updates, never a conflict
    scenario("quake-toll-wire-updates", [
        ("Wire", "2025-03-04T06:10", "An earthquake struck Velmar early on Tuesday, killing at least 8 people, the interior ministry said."),
        ("Wire", "2025-03-04T09:30", "The death toll from the Velmar earthquake has risen to 23, the interior ministry said."),
        ("Wire", "2025-03-04T14:45", "The interior ministry said 41 people were killed in the Velmar earthquake."),
    ], [], 1),
    scenario("telegram-injured-rising", [
        ("Mayor of Brask", "2025-06-10T07:00", "Drones hit Brask overnight. 2 people were injured."),
        ("Mayor of Brask", "2025-06-10T08:20", "Update: 5 people were injured in the drone attack on Brask."),
        ("Mayor of Brask", "2025-06-10T11:00", "In total, 9 people were injured in Brask. All are in hospital."),
    ], [], 3),
    scenario("derailment-dead-and-injured-rising", [
        ("Wire", "2025-06-10T06:00", "A train derailed near Halden, killing 3 and injuring 20, the railway said."),
        ("Wire", "2025-06-10T10:00", "The toll in the Halden derailment rose to 5 dead and 34 injured, the railway said."),
    ], [], 2),
    scenario("evacuees-rising", [
        ("Wire", "2025-06-10T09:00", "About 2,000 people were evacuated as the wildfire neared Castel, officials said."),
        ("Wire", "2025-06-10T15:00", "The number of evacuees from Castel rose to 5,500, officials said."),
    ], [], 1),
    scenario("ministry-14-then-16", [
        ("Wire", "2025-07-28T12:00", "The health ministry said 14 people were injured in the missile strike on Orel."),
        ("Wire", "2025-07-28T18:00", "The health ministry said 16 people were injured in the missile strike on Orel."),
    ], [], 1),
    # ... and a later post of one outlet that gives the toll as it "now" stands updates it, whoever now gives it
    scenario("liveblog-rescuers-now-say", [
        ("Liveblog", "2025-06-10T09:00", "A blast at a chemical plant in Rovno killed 4 workers, the company said."),
        ("Liveblog", "2025-06-10T09:40", "Rescuers now say 6 workers were killed."),
    ], [], 1),
    scenario("channel-medics-now-count", [
        ("Region Feed", "2025-04-02T07:00", "Shelling hit Marvel overnight. Police said 3 people were wounded."),
        ("Region Feed", "2025-04-02T09:00", "Medics now count 7 wounded in Marvel."),
    ], [], 1),
    scenario("wire-now-puts-toll", [
        ("Wire", "2025-09-01T10:00", "Officials said 11 people died when the ferry capsized off Lenn."),
        ("Wire", "2025-09-01T16:00", "The coast guard now puts the toll from the Lenn ferry capsizing at 19 dead."),
    ], [], 1),
    scenario("toll-rises-three-outlets", [
        ("A", "2025-06-10", "Police said 12 people were killed in the flood in Arlen."),
        ("B", "2025-06-11", "The toll from the Arlen flood rose to 20, officials said."),
        ("C", "2025-06-12", "Officials said 27 people have died in the Arlen flood."),
    ], [], 3),
    scenario("about-then-exact-next-day", [
        ("Wire", "2025-06-10", "About 30 people were injured in the Tolva bus crash, police said."),
        ("Wire", "2025-06-11", "Police said 52 people were injured in the Tolva bus crash."),
    ], [], 1),
    scenario("since-a-day-rises", [
        ("A", "2025-05-07", "Police said 12 people were killed in the flood in Arlen on Wednesday."),
        ("A", "2025-05-08", "Police said 31 people have been killed in the flood in Arlen since Wednesday."),
    ], [], 1),
    # ... and the missing and the hospitalised go down as people are found or go home
    scenario("missing-found-next-day", [
        ("A", "2025-06-10", "Rescuers said 40 people were missing after the landslide in Pello."),
        ("A", "2025-06-11", "Rescuers said 12 people are still missing after the Pello landslide."),
    ], [], 1),
    scenario("patients-discharged", [
        ("A", "2025-06-10", "Doctors said 25 people were in hospital after the gas leak in Dunmore."),
        ("A", "2025-06-11", "Doctors said 6 people remain in hospital after the Dunmore gas leak."),
    ], [], 1),
    # ---- the seed's story told in posts: the governor's channel, an agency, an outlet relaying the ministry
    scenario("strike-told-in-posts", [
        ("Governor channel", "2023-07-28T10:00", "A rocket exploded in the centre of Orel. Four people were slightly injured by broken "
                                                 "glass. There are no dead."),
        ("Agency", "2023-07-28T14:00", "The health ministry said 14 people were injured in Orel."),
        ("Outlet", "2023-07-28T15:00", "The health ministry later said 14 people had been injured in the missile strike on Orel, the "
                                       "agency reported."),
    ], ["subset"], 0),
    scenario("channel-updates-then-ministry", [
        ("Governor channel", "2023-07-28T10:00", "A rocket exploded in the centre of Orel. Four people were slightly injured by broken "
                                                 "glass."),
        ("Governor channel", "2023-07-28T12:00", "Update: nine people were injured in Orel, two of them are in hospital."),
        ("Agency", "2023-07-28T14:00", "The health ministry said 14 people were injured in Orel."),
    ], ["contradiction"], 1, [{"health ministry"}]),
    # ... one voice's toll of one severity, then a higher one of every severity, is the count going on
    scenario("channel-lightly-then-all", [
        ("City Feed", "2025-04-02T07:00", "Shelling hit Brask. 3 people were lightly hurt."),
        ("City Feed", "2025-04-02T09:00", "Update: 8 people were hurt in Brask."),
    ], [], 1),
    scenario("police-seriously-then-all", [
        ("Wire", "2025-04-02T07:00", "Police said 2 people were seriously injured in the Kalo bus crash."),
        ("Wire", "2025-04-02T09:00", "Police said 7 people were injured in the Kalo bus crash."),
    ], [], 1),
    scenario("seriously-then-fewer-in-all", [
        ("Wire", "2025-04-02T07:00", "Police said 5 people were seriously injured in the Kalo bus crash."),
        ("Wire", "2025-04-02T09:00", "Police said 3 people were injured in the Kalo bus crash."),
    ], [], 0),
    # ---- two outlets, one moment, two figures from two offices: a contradiction naming both
    scenario("bus-crash-two-agencies", [
        ("Agency A", "2025-06-10T09:00", "Police said 7 people were killed in the bus crash near Tolva on Tuesday."),
        ("Agency B", "2025-06-10T09:05", "The regional health department said 3 people were killed in the bus crash near Tolva on Tuesday."),
    ], ["contradiction"], 0, [{"Police", "regional health department"}]),
    scenario("march-organisers-and-police", [
        ("Paper", "2025-06-10", "Organisers said 80,000 people marched in Lorne on Sunday."),
        ("Agency", "2025-06-10", "Police said 15,000 people marched in Lorne on Sunday."),
    ], ["contradiction"], 0, [{"organisers", "Police"}]),
    scenario("liveblog-police-and-agency", [
        ("Liveblog", "2025-06-10T08:00", "Storm Ada: 3 dead in Kirren, police say."),
        ("Liveblog", "2025-06-10T08:30", "The civil protection agency says 8 people have died in Kirren since the storm hit."),
        ("Liveblog", "2025-06-10T09:00", "Power is out for 120,000 homes across the region, the grid operator said."),
    ], ["contradiction"], 0, [{"police", "civil protection agency"}]),
    scenario("relay-of-the-same-figure", [
        ("Reuters", "2025-06-10", "Police said 12 people were killed in the bus crash near Tolva."),
        ("Local", "2025-06-10", "Twelve people were killed in the bus crash near Tolva, Reuters reported, citing police."),
    ], [], 0),
    scenario("relay-of-another-figure", [
        ("Reuters", "2025-06-10", "Police said 12 people were killed in the bus crash near Tolva."),
        ("Local", "2025-06-10", "Police said 21 people were killed in the bus crash near Tolva, Reuters reported."),
    ], ["contradiction"], 0),
    scenario("at-least-against-lower", [
        ("A", "2025-06-10", "At least 20 people were killed in the Tolva bus crash, police said."),
        ("B", "2025-06-10", "Police said 14 people were killed in the Tolva bus crash."),
    ], ["contradiction"], 0),
    # ---- an official contradicting an earlier official
    scenario("agency-contradicts-mayor", [
        ("Wire", "2025-06-10T09:00", "The mayor of Dunmore said 40 homes were destroyed by the tornado."),
        ("Wire", "2025-06-10T13:00", "The state emergency agency said 11 homes were destroyed by the tornado in Dunmore, contradicting the mayor."),
    ], ["contradiction"], 0, [{"mayor of Dunmore", "state emergency agency"}]),
    scenario("coast-guard-fewer-missing", [
        ("A", "2025-06-10T06:00", "Officials said 60 people were missing after the ferry sank near Pello."),
        ("B", "2025-06-10T12:00", "The coast guard said 25 people were missing after the ferry sank near Pello."),
    ], ["contradiction"], None, [{"officials", "coast guard"}]),
    # ---- a correction
    scenario("correction-label-not-figure", [
        ("City Desk", "2025-06-10T08:00", "Firefighters said 12 people died in the warehouse fire in Orlin."),
        ("City Desk", "2025-06-10T10:00", "Correction: firefighters said 2 people died in the Orlin warehouse fire, not 12."),
    ], ["correction"], 0),
    scenario("corrected-the-toll", [
        ("City Desk", "2025-06-10T08:00", "Firefighters said 12 people died in the warehouse fire in Orlin."),
        ("City Desk", "2025-06-10T10:00", "Firefighters corrected the toll from the Orlin warehouse fire to 2 dead."),
    ], ["correction"], 0),
    # ... where the correction restates the figure it takes back ("not 12 as reported earlier", "an earlier post said
    # 12"), that restated figure is the one withdrawn, never a new figure of the post
    scenario("correction-not-as-reported-earlier", [
        ("City Desk", "2025-06-10T08:00", "Firefighters said 12 people died in the warehouse fire in Orlin."),
        ("City Desk", "2025-06-10T10:00", "CORRECTION: Two people died in the Orlin warehouse fire, firefighters said, not 12 as reported earlier."),
    ], ["correction"], 0),
    scenario("correction-earlier-post-said", [
        ("Metro Feed", "2025-02-20T07:00", "The company said 60 workers were injured in the blast at the Lisk plant."),
        ("Metro Feed", "2025-02-20T09:00", "Correction: an earlier post said 60 workers were injured in the Lisk plant blast. "
                                           "The company said 16 workers were injured."),
    ], ["correction"], 0),
    scenario("earlier-version-wrongly-said", [
        ("Harbour News", "2025-09-03T06:00", "The coast guard said 9 sailors died when the trawler sank off Kell."),
        ("Harbour News", "2025-09-03T08:00", "An earlier version of this post wrongly said 9 sailors died. The coast guard said 5 sailors died "
                                             "when the trawler sank off Kell."),
    ], ["correction"], 0),
    scenario("revised-down-in-a-later-post", [
        ("City Desk", "2025-06-10T08:00", "Firefighters said 12 people died in the warehouse fire in Orlin."),
        ("City Desk", "2025-06-10T10:00", "Firefighters revised the toll from the Orlin warehouse fire down to 2."),
    ], ["correction"], 0),
    scenario("revised-evacuees-down", [
        ("Valley Radio", "2025-08-14T07:00", "Officials said 8,000 people were evacuated from Tamm as the river rose."),
        ("Valley Radio", "2025-08-14T12:00", "Officials revised the number of people evacuated from Tamm to 3,000."),
    ], ["correction"], 0),
    # ... and an office revising its own toll is a correction whichever outlet carries it ("the Arlen flood toll":
    # the name before an event noun is the event's place, wherever the phrase stands)
    scenario("ministry-revises-via-another-outlet", [
        ("A", "2025-06-10", "The health ministry said 30 people died in the Arlen flood."),
        ("B", "2025-06-11", "The health ministry revised the Arlen flood toll down to 22."),
    ], ["correction"], 0),
    scenario("agency-lowers-next-day-other-outlet", [
        ("A", "2025-03-02", "The disaster agency said 9 people were killed in the Tolva bus crash."),
        ("B", "2025-03-03", "The disaster agency revised the Tolva bus crash toll to 6."),
    ], ["correction"], 0),
    scenario("named-event-subject-rises", [
        ("A", "2025-01-20", "Officials said 40 people were killed in the earthquake in Sela."),
        ("B", "2025-01-21", "The Sela earthquake has killed 58 people, officials said."),
    ], [], 1),
    # ... but a "not" that takes nothing back keeps its figure
    scenario("not-counting-is-no-correction", [
        ("Wire", "2025-06-10T08:00", "Police said 12 people died in the warehouse fire in Orlin."),
        ("Daily", "2025-06-10T09:00", "Police said 5 people died in the warehouse fire in Orlin, not counting two firefighters."),
    ], ["contradiction"], 0),
    # ---- figures for different places or days are different quantities
    scenario("floods-two-towns", [
        ("Wire", "2025-06-10T09:00", "Floods killed 6 people in Pradel on Monday, officials said."),
        ("Wire", "2025-06-10T12:00", "In Sorin, 15 people were killed in the floods, officials said."),
    ], [], 0),
    scenario("storm-two-districts-two-outlets", [
        ("Paper", "2025-11-02", "The storm injured 4 people in Aster, the county said."),
        ("Radio", "2025-11-02", "In Brill, 9 people were injured in the storm, the fire service said."),
    ], [], 0),
    scenario("blackout-two-cities-posts", [
        ("Feed", "2025-01-12T08:00", "The ice storm left 3 people dead in Corva, police said."),
        ("Feed", "2025-01-12T11:00", "In Duna, 7 people died in the ice storm, officials said."),
    ], [], 0),
    scenario("arrests-two-nights", [
        ("Wire", "2025-06-10T09:00", "Police arrested 45 people at protests in Keln on Friday."),
        ("Daily", "2025-06-10T10:00", "Police said 30 people were arrested at protests in Keln on Saturday."),
    ], [], 0),
    scenario("new-cases-two-days", [
        ("Wire", "2025-06-10T09:00", "Health officials said 120 new cases were recorded in Sarn on Monday."),
        ("Wire", "2025-06-11T09:00", "Health officials said 95 new cases were recorded in Sarn on Tuesday."),
    ], [], 0),
    scenario("evacuated-two-days", [
        ("Radio", "2025-08-14", "Officials said 3,000 people were evacuated from Tamm on Tuesday."),
        ("Wire", "2025-08-14", "About 1,200 people were evacuated from Tamm on Wednesday, officials said."),
    ], [], 0),
    scenario("stranded-two-days", [
        ("Wire", "2025-01-10", "Some 3,000 passengers were stranded at Varn airport on Thursday after the snowstorm."),
        ("Wire", "2025-01-11", "About 900 passengers were stranded at Varn airport on Friday."),
    ], [], 0),
    # ... and a day before the figure in its own clause dates what it counts too
    scenario("second-bomb-next-day", [
        ("Wire", "2025-06-10T09:00", "A car bomb in Tasso killed 12 people on Monday, the army said."),
        ("Wire", "2025-06-10T11:00", "A second bomb in Tasso on Tuesday killed 3 people, police said."),
    ], [], 0),
    scenario("another-blast-next-day", [
        ("Wire", "2025-06-10T09:00", "A gas blast in Merin killed 9 people on Sunday, firefighters said."),
        ("Daily", "2025-06-10T11:00", "Another blast in Merin on Monday killed 2 people, firefighters said."),
    ], [], 0),
    scenario("night-raids-two-nights", [
        ("Feed", "2025-03-15T07:00", "Drones struck Kovel on Thursday night, injuring 8 people, the governor said."),
        ("Feed", "2025-03-15T08:00", "On Friday night, 3 people were injured in Kovel, the governor said."),
    ], [], 0),
    # ... but two sentences that tell one event happening on two days date it apart: a date conflict, and its toll
    # is still one quantity
    scenario("one-blast-dated-apart", [
        ("Wire", "2025-06-10", "A truck bomb exploded in Tasso on Monday, killing 12 people, police said."),
        ("Daily", "2025-06-10", "The truck bomb that went off in Tasso on Sunday killed 30 people, the army said."),
    ], ["contradiction", "contradiction"], 0),
    scenario("one-collapse-dated-apart", [
        ("Radio", "2025-02-12", "The bridge in Arvo collapsed on Tuesday, killing 4 people, officials said."),
        ("Paper", "2025-02-12", "The bridge collapse in Arvo, which happened on Monday, killed 9 people, the mayor said."),
    ], ["contradiction", "contradiction"], 0),
    # ... and a day that is only when it was said, or a count "by" a day, keeps one quantity
    scenario("said-on-a-later-day-fronted", [
        ("A", "2025-05-05", "Police said 12 people were killed in the fire in Kalo on Saturday."),
        ("B", "2025-05-05", "On Sunday, police said 5 people were killed in the fire in Kalo."),
    ], ["contradiction"], 0),
    scenario("counted-by-a-day", [
        ("A", "2025-05-05", "Police arrested 45 people in Hale on Friday."),
        ("B", "2025-05-05", "By Saturday, police said, 30 people had been arrested in Hale."),
    ], ["contradiction"], 0),
    scenario("said-on-a-later-day", [
        ("A", "2025-05-05", "Twelve people were killed in the fire in Kalo on Saturday, police said."),
        ("B", "2025-05-05", "Police said on Sunday that 5 people were killed in the fire in Kalo."),
    ], ["contradiction"], 0),
    scenario("a-post-without-a-place", [
        ("Liveblog", "2025-06-10T09:00", "A fire at the Lusk textile mill killed 9 workers, the fire service said."),
        ("Liveblog", "2025-06-10T09:30", "The fire service said 3 workers were killed."),
    ], ["contradiction"], 0),
    # ---- another incident the same day, and figures that are not the story's
    scenario("another-incident-same-day", [
        ("Wire", "2025-06-10T09:00", "A gas explosion in Merin killed 5 people, police said."),
        ("Wire", "2025-06-10T11:00", "In a separate incident, a car bomb in Tasso killed 12 people, the army said."),
    ], [], 0),
    # ... told in a later post that opens on a cue of another event, in the same place or none
    scenario("post-second-bomb", [
        ("Wire", "2025-06-10T09:00", "A car bomb in Tasso killed 12 people, the army said."),
        ("Wire", "2025-06-10T10:00", "A second bomb in Tasso killed 3 people, police said."),
    ], [], 0),
    scenario("post-another-fire", [
        ("Live", "2025-06-10T07:00", "Firefighters said 6 people died in the hotel fire in Brask."),
        ("Live", "2025-06-10T09:00", "Another fire broke out in Brask overnight, killing 2 people, police said."),
    ], [], 0),
    scenario("post-elsewhere", [
        ("Live", "2025-06-10T07:00", "The storm killed 5 people in Kirren, police said."),
        ("Live", "2025-06-10T08:00", "Elsewhere, 11 people died in flooding in the south, officials said."),
    ], [], 0),
    scenario("post-separate-incident-two-outlets", [
        ("A", "2025-06-10", "A fire at a hospital in Lenn killed 10 patients, officials said."),
        ("B", "2025-06-10", "In a separate incident, a fire in Lenn killed 2 people, firefighters said."),
    ], [], 0),
    # ... but "another" before a figure adds to the count, and two posts that both tell the second event compare
    scenario("another-five-is-a-count", [
        ("Wire", "2025-06-10T09:00", "A car bomb in Tasso killed 12 people, the army said."),
        ("Wire", "2025-06-10T10:00", "The army said 4 people were killed in the car bomb attack in Tasso."),
    ], ["contradiction"], 0),
    scenario("both-tell-the-second-bomb", [
        ("A", "2025-06-10", "A second bomb in Tasso killed 3 people, police said."),
        ("B", "2025-06-10", "A second bomb in Tasso killed 9 people, the army said."),
    ], ["contradiction"], 0),
    scenario("market-figures-beside-the-story", [
        ("Wire", "2025-06-10T09:00", "A landslide in Brenn killed 7 people, officials said."),
        ("Wire", "2025-06-10T10:00", "Shares in Brenn Mining fell 7 percent, and the company said output would drop by 12 percent."),
    ], [], 0),
    scenario("two-outlets-one-figure", [
        ("A", "2025-06-10", "Police said 9 people were hurt in the stampede in Aldo."),
        ("B", "2025-06-10", "Nine people were hurt in the stampede in Aldo, police said."),
    ], [], 0),
    scenario("governor-slightly-then-ministry", [
        ("Governor channel", "2025-07-28T09:00", "Missile strike on Orel. Three people were slightly injured."),
        ("Agency", "2025-07-28T15:00", "The health ministry said 11 people were injured in the missile strike on Orel."),
    ], ["subset"], 0),
]


def _check(posts):
    return claimdiff.check([claimdiff.Source(text, name=outlet, published=day) for outlet, day, text in posts])


@pytest.mark.parametrize("posts,kinds,updates,speakers", SCENARIOS)
def test_rolling_scenario(posts, kinds, updates, speakers):
    report = _check(posts)
    assert [c.kind for c in report.conflicts] == kinds
    if updates is not None:
        assert len(report.updates) == updates
    for conflict in report.conflicts:
        assert conflict.explanation[:1].isupper() and conflict.explanation.endswith(".")
    if speakers is not None:
        for conflict, names in zip(report.conflicts, speakers):
            assert {c.speaker.name for c in conflict.claims if c.speaker} == names
            for name in names:
                assert name.lower() in conflict.explanation.lower()


@pytest.mark.parametrize("text,place", [
    # "the <Name> [modifier] <event noun>" names the event's place, as a subject or an object
    ("The Arlen flood killed 12 people, police said.", "Arlen"),
    ("Officials raised the Tolva bus crash toll to 9.", "Tolva"),
    ("The Rovno plant explosion killed 4 workers.", "Rovno"),
    # ... but not before "attack" or "strike", which politics uses of people and parties
    ("The Republican attack ads cost $5 million, the campaign said.", None),
    ("The Ortiz strike on the budget cut 300 jobs, officials said.", None),
])
def test_the_name_before_an_event_noun_is_its_place(text, place):
    claims = claimdiff.extract(text, published="2025-06-01")
    assert claims and claims[0].event.place == place
