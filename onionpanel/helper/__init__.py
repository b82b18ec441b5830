"""The routing helper: runs as root, imports only the stdlib and onionpanel.core.

config    the read-only system config (/etc/onionpanel/config.toml, profiles.d/*.toml); its
          pieces: config_types, config_values, config_sections, config_checks, config_trust
ruleset   render(config, mode) -> the nft file for one mode (table inet onionpanel)
nft       apply(config, mode, ...) -> nft -c, one transaction via stdin, verify, record, remember
listeners port_problems(config) -> who other than tor holds tor's TransPort/DNSPort
conntrack delete_unmarked(mark) -> forget flows the table did not see begin (netlink)
cgroups   profile_cgroups(config) -> where the profiles' slices are
watch     Watcher: restores the table on any change of its content, ends time-limited modes
__main__  onionpanel-helper [--config P] [--state-dir P] status|check|render|apply|boot|watch

Why the rules are what they are: DESIGN.md in this package.
"""
