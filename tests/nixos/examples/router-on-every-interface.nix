# Must fail: tor would listen for the guests on every interface, the WAN included.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    settings.router = [
      {
        interfaces = [ "br-vms" ];
        address = "0.0.0.0";
        trans_port = 914;
        dns_port = 915;
      }
    ];
  };
}
