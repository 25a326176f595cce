"""Attribution under the cues claimdiff reads (issue #11), third table: two titled people joined by "and" speak
together, a titled person of a body ("a senior official at the ministry") is an unnamed person, not the body.

Every sentence here is written for this file.  A row is ``(id, text, figure, speaker)``: ``speaker`` is the
expected speaker's name, or ``None`` when the figure is the narrator's own; some tables add the speaker's kind.
Known failures are marked ``xfail(strict=True)`` so that a fix shows up.
"""
import pytest
from attribution_rows import _check, _claim, _rows


def _rows_kind(table):
    return pytest.mark.parametrize("text,figure,speaker,kind", [row[1:] for row in table], ids=[row[0] for row in table])


def _check_kind(text, figure, speaker, kind):
    claim = _claim(text, figure)
    assert claim.speaker is not None, "narrator"
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, kind)


# ------------------------------------------------------------------ "Sen. Ann Roe and Rep. Bo Tate said": both speak
JOINT_TITLED_SPEAKERS = [
    ("senator-and-representative", "Sen. Ann Roe and Rep. Bo Tate said 40 families lost their homes.", "40",
     "Ann Roe and Bo Tate", "person"),
    ("mayor-and-governor", "Mayor Li Wen and Governor Dana Holt said 30 roads were closed.", "30",
     "Li Wen and Dana Holt", "person"),
    ("two-doctors", "Dr. Omar Sayed and Dr. Nina Kos told reporters that 12 patients were in intensive care.", "12",
     "Omar Sayed and Nina Kos", "person"),
    ("untitled-pair-as-before", "Ann Roe and Bo Tate said 9 bridges fell.", "9", "Ann Roe and Bo Tate", "person"),
    # one titled person, or a person and a body, is no joint speaker of two names
    ("titled-and-untitled", "Sen. Ann Roe and her aides said 9 bridges fell.", "9", "Sen. Ann Roe and her aides", "person"),
    ("one-titled-person", "Rep. Bo Tate said 14 schools shut.", "14", "Bo Tate", "person"),
]


@_rows_kind(JOINT_TITLED_SPEAKERS)
def test_joint_titled_speakers(text, figure, speaker, kind):
    _check_kind(text, figure, speaker, kind)


# ------------------------------------------------------------------ "a senior official at the ministry": a person of the body
TITLED_PERSON_OF_A_BODY = [
    ("senior-official-at-ministry", "A senior official at the ministry said 12 people died.", "12",
     "senior official at the ministry", "unnamed"),
    ("official-at-named-ministry", "A senior official at the Health Ministry said 12 people died.", "12",
     "senior official at the Health Ministry", "unnamed"),
    # a title that opens the phrase was read so before; the rule keeps it
    ("top-aide-to-governor", "A top aide to the governor said 3 roads were shut.", "3", "top aide to the governor", "unnamed"),
    ("spokeswoman-for-the-agency", "A spokeswoman for the water agency said 800 homes had no supply.", "800",
     "spokeswoman for the water agency", "unnamed"),
    # after the body itself was named, the person of it is still a person, not the body
    ("official-after-the-body", "The Health Ministry gave no toll. A senior official at the ministry said 12 people died.",
     "12", "senior official at the ministry", "unnamed"),
    # a title with its place, and the body itself, are read as before
    ("mayor-of-a-town", "The mayor of Corvo said 4 houses burned.", "4", "mayor of Corvo", "unnamed"),
    ("officials-in-a-place", "Local officials in the district said 60 homes were flooded.", "60", "local officials", "unnamed"),
    ("the-ministry-itself", "The Health Ministry said 12 people died.", "12", "Health Ministry", "organisation"),
]


@_rows_kind(TITLED_PERSON_OF_A_BODY)
def test_titled_person_of_a_body(text, figure, speaker, kind):
    _check_kind(text, figure, speaker, kind)
