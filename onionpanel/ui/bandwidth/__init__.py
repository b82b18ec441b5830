"""Bytes read and written per second as a graph, with rates and totals."""
