"""All English rules, one module per concern; this module gathers them under one name.

Inert data only: the engines read these tables and hold no English of their own.

* ``text_en``: the tokenizer and segmenter (abbreviations, quote marks);
* ``attribution_en``: cues, titles, organisations, outlets, entity names;
* ``metrics_en``: the metric taxonomy, qualifiers, change/update/correction and modality cues;
* ``events_en``: event kinds, families and place words;
* ``numbers_en``: number words, units, bounds; ``dates_en``: date words.
"""
from .attribution_en import *  # noqa: F401,F403
from .events_en import *  # noqa: F401,F403
from .metrics_en import *  # noqa: F401,F403
