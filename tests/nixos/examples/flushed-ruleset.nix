# Must fail: NixOS's nftables service would flush the helper's table on every rebuild.
{ pkgs, ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    package = pkgs.callPackage ./onionpanel/packaging/nixos/package.nix { };
  };
  networking.nftables.flushRuleset = true;
}
