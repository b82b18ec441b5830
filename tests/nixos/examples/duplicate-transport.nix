# Must fail: tor's own transparentProxy option adds 127.0.0.1:9040 a second time.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
  };
  services.tor.client.transparentProxy.enable = true;
}
