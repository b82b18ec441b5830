"""Every relay of the consensus: the map, the list with details, and the loader that fills both."""
