# Must fail: an older setup kept tor's TransPort at 9040, and tor's own transparentProxy option
# adds 127.0.0.1:9040 a second time.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    settings.tor.trans_port = 9040;
  };
  services.tor.client.transparentProxy.enable = true;
}
