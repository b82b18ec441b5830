# Must fail: NixOS's nftables service would flush the helper's table on every rebuild.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
  };
  networking.nftables.flushRuleset = true;
}
