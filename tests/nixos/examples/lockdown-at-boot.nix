# Nothing but tor leaves until someone switches; a WireGuard tunnel's own packets stay exempt,
# and a captive-portal browser may go direct when asked for.
{ pkgs, ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    package = pkgs.callPackage ./onionpanel/packaging/nixos/package.nix { };
    settings = {
      tor.control = "127.0.0.1:9051";
      policy = {
        boot_mode = "lockdown";
        user_may_switch = [ "tor" "lockdown" "tor+captive-portal" ];
        udp = "drop";
      };
      exempt.fwmarks = [ 51820 ];
      profile = [
        {
          name = "captive-portal";
          kind = "clearnet-direct";
          allow_direct = true;
          apps = [ "onionpanel-captive-browser.desktop" ];
        }
      ];
    };
  };
}
