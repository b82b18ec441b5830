# VMs on the bridge br-vms (the host at 192.168.50.1 and fd50::1) and on libvirt's unbridged tap
# devices vnet0, vnet1, ... get Tor without installing anything: their TCP goes to tor's TransPort and
# their DNS to its DNSPort on the bridge's own address, IPv6 too; nothing else they send
# leaves. The printer at 192.168.1.20 is reachable directly. Containers on docker0 get nothing.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    settings.router = [
      {
        interfaces = [ "br-vms" "vnet*" ];
        address = "192.168.50.1";
        trans_port = 914;
        dns_port = 915;
        ipv6 = "tor";
        address_v6 = "fd50::1";
        dhcp = true;
        allowed_destinations_v4 = [ "192.168.1.20/32" ];
      }
      {
        interfaces = [ "docker0" ];
        forwarded = "block";
      }
    ];
  };
}
