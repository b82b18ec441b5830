# Must fail: tor's own transparentProxy option adds 127.0.0.1:9040 a second time.
{ pkgs, ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    package = pkgs.callPackage ./onionpanel/packaging/nixos/package.nix { };
  };
  services.tor.client.transparentProxy.enable = true;
}
