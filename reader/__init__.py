"""dsreader: a terminal reader for news articles and long-form text."""

__version__ = "0.1.0"
