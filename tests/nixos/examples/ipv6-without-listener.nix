# Must fail: IPv6 through tor, but tor listens on 127.0.0.1 only.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    declareTorPorts = false;
    settings.policy.ipv6 = "tor";
  };
  services.tor.client.transparentProxy.enable = true;
  services.tor.client.dns.enable = true;
  services.tor.settings.VirtualAddrNetworkIPv4 = "10.192.0.0/10";
}
