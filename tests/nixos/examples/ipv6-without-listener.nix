# Must fail: IPv6 through tor, but tor listens on 127.0.0.1 only.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    declareTorPorts = false;
    settings.policy.ipv6 = "tor";
  };
  services.tor.settings = {
    TransPort = [ { addr = "127.0.0.1"; port = 904; } ];
    DNSPort = [ { addr = "127.0.0.1"; port = 953; } ];
    VirtualAddrNetworkIPv4 = "10.192.0.0/10";
  };
}
