# Must fail: the admin declares tor's listeners by hand and forgot the mail profile's TransPort.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    declareTorPorts = false;
    settings.profile = [ { name = "mail"; kind = "tor-isolated"; trans_port = 9041; } ];
  };
  services.tor.settings = {
    TransPort = [ { addr = "127.0.0.1"; port = 9040; } ];
    DNSPort = [ { addr = "127.0.0.1"; port = 9053; } ];
    VirtualAddrNetworkIPv4 = "10.192.0.0/10";
  };
}
