# Must fail: the admin declares tor's listeners by hand and forgot the mail profile's TransPort.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    declareTorPorts = false;
    settings.profile = [ { name = "mail"; kind = "tor-isolated"; trans_port = 941; } ];
  };
  services.tor.settings = {
    TransPort = [ { addr = "127.0.0.1"; port = 904; } ];
    DNSPort = [ { addr = "127.0.0.1"; port = 953; } ];
    VirtualAddrNetworkIPv4 = "10.192.0.0/10";
  };
}
