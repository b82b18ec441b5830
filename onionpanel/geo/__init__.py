"""Relay geography: where an IP is, and the world outlines to draw it on.

locator - GeoLocator (MaxMind-format database, else tor's ip-to-country + centroids)
world   - load_world(): Natural Earth outlines and country centroids
"""
