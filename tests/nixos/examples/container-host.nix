# A machine running VMs: forwarded traffic is blocked in tor and lockdown, except from the
# declared bridge virbr0 (its VMs go out WITHOUT tor); the campus network is public address
# space that really is local; something else on this machine already uses ct mark 0x00400000;
# the bank's proxy may also use IPv6 and QUIC.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    settings = {
      policy = {
        user_may_switch = [ "tor" "lockdown" "tor+bank" ];
        forwarded = "block";
        forward_interfaces = [ "virbr0" ];
        seen_ct_mark = 16777216; # 0x01000000
        lan = {
          allow = true;
          ranges_v4 = [ "192.168.122.0/24" "198.51.100.0/24" ];
          allow_public_ranges = true;
        };
      };
      profile = [
        {
          name = "bank";
          kind = "clearnet-proxy";
          proxy = "127.0.0.1:3128";
          proxy_user = "onionpanel-bank";
          proxy_ipv6 = true;
          proxy_udp_ports = [ 443 ];
        }
      ];
    };
  };
}
