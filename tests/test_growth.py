"""check() grows linearly on hostile input: time for 2n against n, never a wall-clock limit."""
import time

import pytest

import claimdiff

HOSTILE = {
    "digits-and-commas": "1,2,3-4 ",
    "number-words": "one two three killed ",
    "quote-marks": '"\u201c\u201d\u00ab\u00bb\'',
    "said-said": "said ",
    "brackets": "((([[[",
    "hyphens": "-",
    "odd-spaces": "12\u00a0people\u200b killed\u202e \r\n",
    "markup": "<p>Police said <b>12</b> were hurt.</p>",
    "one-long-line": "Officials said 12 people were killed, police said 14 were hurt, and 3 were missing, ",
    "credit-line-opening": "(Via " + " " * 50,
    "right-to-left": "\u202e\u05e9\u05dc\u05d5\u05dd 12 \u0627\u0644\u0633\u0644\u0627\u0645 ",
}


def _best_time(text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        claimdiff.check([text])
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_check_grows_linearly(name):
    unit = HOSTILE[name]
    n = max(1, 6000 // len(unit))
    small = _best_time(unit * n)
    large = _best_time(unit * (2 * n))
    assert large < 3.0 * small + 0.02, f"{name}: {small:.3f}s for n, {large:.3f}s for 2n"
