{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    # may open tor's control socket from the panel (group "tor")
    panelUsers = [ "alice" ];
    settings = {
      policy.boot_mode = "tor";
      policy.user_may_switch = [ "tor" "lockdown" "tor+bank" ];
      profile = [
        {
          name = "bank";
          kind = "clearnet-proxy";
          description = "Online banking without Tor, through the local proxy";
          proxy = "127.0.0.1:3128";
          proxy_user = "onionpanel-bank";
          apps = [ "firefox-bank.desktop" ];
        }
      ];
    };
  };
}
