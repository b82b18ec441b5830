# Must fail: a public network among the LAN ranges, without allow_public_ranges.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    settings.policy.lan = {
      allow = true;
      ranges_v4 = [ "192.168.1.0/24" "198.51.100.0/24" ];
    };
  };
}
