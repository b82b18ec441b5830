# Must fail: a typo in the boot mode.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    settings.policy.boot_mode = "tor+bnak";
    settings.profile = [
      { name = "bank"; kind = "clearnet-proxy"; proxy = "127.0.0.1:3128"; proxy_user = "onionpanel-bank"; }
    ];
  };
}
