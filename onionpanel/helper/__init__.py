"""The routing helper: runs as root, imports only the stdlib and onionpanel.core.

config    the read-only system config (/etc/onionpanel/config.toml, profiles.d/*.toml)
ruleset   render(config, mode) -> the nft file for one mode (table inet onionpanel)
nft       apply(config, mode, ...) -> nft -c, one transaction, verify, remember for boot
cgroups   profile_cgroups(config) -> where the profiles' slices are
watch     Watcher: re-applies when the table disappears, ends time-limited modes
__main__  onionpanel-helper [--config P] [--state-dir P] status|check|render|apply|boot|watch
"""
