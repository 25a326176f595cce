"""Rolling news: a story told in several posts and by several outlets, as a newsroom receives it.

Each scenario is a list of (outlet, published, text) posts and what check() must say: the conflict kinds, and how
many updates.  Our own sentences, three wordings per pattern where the pattern is a rule.
"""
import pytest

import claimdiff

SCENARIOS = [
    # ---- rising tolls are updates, never conflicts
    ("toll-climbed", [("Wire", "2025-05-07", "Police said 12 people were killed in the flood in Arlen on Wednesday."),
                      ("Wire", "2025-05-08", "The toll from the flood in Arlen climbed to 31 on Thursday, police said.")], [], 1),
    ("toll-rose-hours-later", [("Post", "2025-02-02", "Rescuers said 4 miners were killed in the collapse at the Dorn mine. "
                                                      "Hours later, rescuers said 9 miners were killed.")], [], 1),
    ("office-higher-next-day", [("Wire", "2025-05-09", "The health ministry said 6 people died in the floods in Arlen."),
                                ("Daily", "2025-05-10", "The health ministry said 11 people died in the floods in Arlen.")], [], 1),
    ("generic-office-next-day", [("Wire", "2025-05-07", "Police said 12 people were killed in the flood in Arlen."),
                                 ("Daily", "2025-05-08", "Police said 31 people were killed in the flood in Arlen.")], [], 1),
    ("another-office-next-day", [("Wire", "2025-05-07", "Officials said 12 people were killed in the flood in Arlen."),
                                 ("Daily", "2025-05-08", "Rescuers said 31 people were killed in the flood in Arlen.")], [], 1),
    ("one-outlet-posts-now", [("Wire", "2025-05-07", "Police said 12 people were killed in the flood in Arlen."),
                              ("Wire", "2025-05-07", "Police now say 31 people were killed.")], [], 1),
    ("same-day-two-offices", [("Wire", "2025-05-07", "Police said 12 people were killed in the flood in Arlen."),
                              ("Daily", "2025-05-07", "Officials said 31 people were killed in the flood in Arlen.")], ["contradiction"], 0),
    ("lower-next-day-another-office", [("Wire", "2025-05-07", "Officials said 31 people were killed in the flood in Arlen."),
                                       ("Daily", "2025-05-08", "Police said 12 people were killed in the flood in Arlen.")], ["contradiction"], 0),
    ("one-outlet-posts-lower", [("Wire", "2025-05-07", "Police said 31 people were killed in the flood in Arlen."),
                                ("Wire", "2025-05-07", "Police now say 12 people were killed.")], ["contradiction"], 0),
    ("now-stands-up-from", [("Wire", "2025-05-08", "The death toll in the Arlen flood now stands at 27, up from 19 a day earlier, the ministry said.")], [], None),
    # ---- one office lowering its own toll: a contradiction, or a correction when the text says it revised
    ("office-lower-next-day", [("Wire", "2025-05-09", "The health ministry said 11 people died in the floods in Arlen."),
                               ("Daily", "2025-05-10", "The health ministry said 6 people died in the floods in Arlen.")], ["contradiction"], 0),
    ("office-revised-down", [("Wire", "2025-05-09", "The ministry said 30 people were killed in the quake in Sela. "
                                                    "The ministry later revised its toll, saying 18 people were killed in the quake.")], ["correction"], 0),
    # ---- two voices, one quantity
    ("two-offices", [("Wire", "2025-05-09", "Police said 14 people died in the fire in Kalo. The ministry said at least 20 people died in the fire.")],
     ["contradiction"], 0),
    ("two-outlets-one-place", [("Agency", "2025-03-01", "Police said 15 people were killed when a bridge collapsed in Tarvo on Friday."),
                               ("Paper", "2025-03-01", "The mayor of Tarvo said two people were killed in the bridge collapse.")], ["contradiction"], 0),
    ("crowd-dispute", [("Wire", "2025-05-09", "Organisers counted 40,000 at the rally in Tarlow. Police estimated the crowd at 9,000.")],
     ["contradiction"], 0),
    ("seed-like-subset", [("Wire", "2025-05-09", "The regional governor said four people were slightly injured in the strike on Orel. "
                                                 "The health ministry later said 14 people had been injured.")], ["subset"], 0),
    # ---- breakdowns and wholes
    ("rockets-after-colon", [("Wire", "2025-05-09", "The army said 60 rockets were fired at the north: 38 at Haifa and 22 at the Galilee.")], [], None),
    ("states-and-national", [("Wire", "2025-05-09", "The ministry said 52 people died of heatstroke across India. "
                                                    "Kerala reported 40 deaths and Karnataka 12, officials said.")], [], None),
    ("regions-and-national", [("Wire", "2025-08-01", "The agency said 70 people drowned across the country. "
                                                     "Nord recorded 50 drownings and Sud 20, local officials said.")], [], None),
    ("dead-or-missing", [("Wire", "2025-05-09", "Fifteen people are dead or missing after the landslide in Pello, officials said. "
                                                "Rescuers said ten died and five are missing.")], [], None),
    # ---- another place or event in the same story
    ("separate-fire-nearby", [("Wire", "2025-05-09", "A gas blast in Brno killed seven people, police said. "
                                                     "In nearby Ostrava, two people died in a separate fire, firefighters said.")], [], None),
    ("another-year", [("Wire", "2025-05-09", "Police said 40 people were arrested at the march in Hale. In 2019, police arrested 400 people at the march.")], [], None),
    ("unrelated-outlets-no-place", [("A", "2025-05-03", "Police said 12 people died in the flood."),
                                    ("B", "2025-05-03", "Officials said 30 people died in the flood.")], [], None),
    # ---- not one disputed figure
    ("target-and-result", [("Wire", "2025-05-09", "The city missed its goal of 5,000 new homes. It built 6,200 homes last year, the mayor said.")], [], None),
    ("seats-needed", [("Wire", "2025-05-09", "There are 400 seats up for election. The ruling party holds 212 seats, and 201 are needed for a majority.")], [], None),
    ("two-polls", [("Wire", "2025-05-09", "A poll by the Ledger found 46 percent support the plan. A survey for the union put support at 39 percent.")], [], None),
    ("hypothetical", [("Wire", "2025-05-09", "About 4,000 people could be evacuated if the dam fails, officials said. Police said 600 people were evacuated.")], [], None),
    ("markup-ids", [("Wire", "2025-05-09", '<div data-tweet-id="1029384756102938475">Police said 5 people were hurt.</div> '
                                            '<div data-tweet-id="1029384756102938999">Medics said 5 people were hurt.</div>')], [], None),
    # ---- one outlet's own posts are one voice, in the order given
    ("channel-posts-rise", [("Mayor Channel", "2025-06-01", "Shelling hit Dorvo. 3 people were injured."),
                            ("Mayor Channel", "2025-06-01", "In total, 7 people were injured in the Dorvo attack.")], [], 1),
    ("channel-posts-rise-three", [("Relief Feed", "2025-06-01", "Floods in the Kaveri district: 14 dead."),
                                  ("Relief Feed", "2025-06-01", "The toll in the Kaveri floods has reached 20 dead."),
                                  ("Relief Feed", "2025-06-01", "Now 26 people are known to have died in the Kaveri floods.")], [], 3),
    ("channel-correction", [("Mayor Channel", "2025-06-01", "Shelling hit Dorvo. 9 people were injured."),
                            ("Mayor Channel", "2025-06-02", "Correction: 6 people were injured in the Dorvo attack, not 9.")], ["correction"], 0),
    # ... but two outlets' own voices are two voices
    ("two-outlets-own-voices", [("Feed A", "2025-06-01", "Floods in the Kaveri district killed 14 people."),
                                ("Feed B", "2025-06-01", "Floods in the Kaveri district killed 30 people.")], ["contradiction"], 0),
    # ---- a signed post names its speaker, and a heading's colon is no label
    ("signed-post-against-agency", [("Governor Channel", "2025-06-01", "Floods in Kaveri district: 14 dead, 30 injured. Rescue work continues.\n"
                                                                       "\u2014 District governor Anil Rao"),
                                    ("Agency", "2025-06-01", "The floods in Kaveri district have killed 6 people, the state disaster agency said.")],
     ["contradiction"], 0),

]


@pytest.mark.parametrize("case_id,posts,kinds,updates", SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_rolling_news(case_id, posts, kinds, updates):
    report = claimdiff.check([claimdiff.Source(text, name=outlet, published=day) for outlet, day, text in posts])
    assert [c.kind for c in report.conflicts] == kinds
    if updates is not None:
        assert len(report.updates) == updates
    for conflict in report.conflicts:
        assert conflict.explanation[:1].isupper() and conflict.explanation.endswith(".")
        speakers = {(c.source, c.speaker.entity if c.speaker else None) for c in conflict.claims}
        # two voices, or one office reversing its own toll, and the explanation says which
        assert len(speakers) >= 2 or "same speaker" in conflict.explanation


@pytest.mark.parametrize("text,place", [
    # the object of a verb of a blow or a flight is the event's place
    ("A quake struck Sela on Monday, killing 12 people.", "Sela"),
    ("Shelling pounded Dorvo overnight; 3 people were hurt.", "Dorvo"),
    ("Some 40,000 people have fled Marvia since the floods began.", "Marvia"),
    # "hit" names a place only after the blow itself: a missile, a storm, drones
    ("A missile hit Varnik on Friday, injuring 6 people.", "Varnik"),
    ("The storm hit Sela overnight and 3 people died.", "Sela"),
    ("Drones had hit Dorvo before dawn; 2 people were hurt.", "Dorvo"),
    # ... but not "struck a deal", and not "hit" after a person: politicians hit each other
    ("Officials struck a deal that saves 300 jobs.", None),
    ("Ortiz hit Lind over the 40 percent tax.", None),
    ("Inflation hit 5 percent as 300 jobs went.", None),
])
def test_the_place_a_blow_or_flight_names(text, place):
    claims = claimdiff.extract(text, published="2025-06-01")
    assert claims and claims[0].event.place == place
