# Must fail: a tor user copied from Debian, which NixOS does not have.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    settings.tor.user = "debian-tor";
  };
}
