"""Circuits and streams: the tree model, the feed that keeps it current, the page, New Identity."""
