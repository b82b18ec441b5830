# Two programs on circuits of their own, IPv6 through tor, the LAN reachable, profiles in
# /etc/onionpanel/profiles.d.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    profilesInDirectory = true;
    settings = {
      policy = {
        ipv6 = "tor";
        user_may_switch = [ "off" "tor" "lockdown" ];
        allow_boot_off = false;
        lan = {
          allow = true;
          ranges_v4 = [ "192.168.0.0/16" ];
          ranges_v6 = [ "fe80::/10" ];
        };
      };
      profile = [
        {
          name = "mail";
          kind = "tor-isolated";
          trans_port = 941;
          socks_port = 9101;
          session_group = 41;
          apps = [ "thunderbird.desktop" ];
        }
        {
          name = "chat";
          kind = "tor-isolated";
          socks_port = 9102;
          session_group = 42;
        }
      ];
    };
  };
}
