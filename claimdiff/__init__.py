"""claimdiff: find numeric claims in news texts, who made them, and where sources disagree.

    >>> import claimdiff
    >>> report = claimdiff.check([claimdiff.Source(text, name="ANI", published="2023-07-28")])
    >>> report.conflicts

The public surface is what ``__all__`` lists.
"""
from .archive import check_many
from .dates import dates
from .numbers import quantities
from .options import Rules
from .pipeline import check, extract, read_source
from .report import Report
from .types import Attribution, Claim, Conflict, DateMention, Event, Quantity, Source, SourceReading, Speaker

__version__ = "0.1.0"

__all__ = [
    "Attribution",
    "Claim",
    "Conflict",
    "DateMention",
    "Event",
    "Quantity",
    "Report",
    "Rules",
    "Source",
    "SourceReading",
    "Speaker",
    "check",
    "check_many",
    "dates",
    "extract",
    "quantities",
    "read_source",
]
