"""Relay geography: where an IP is, and the world outlines to draw it on.

locator  - GeoLocator (MaxMind-format database, else tor's GeoIP: its files or its answers)
torgeoip - tor's own GeoIP files read in place (find_tor_geoip checks they answer like tor)
places   - a spot on a country's land for relays known only by country (load_places)
world    - load_world(): Natural Earth outlines and country centroids
"""
