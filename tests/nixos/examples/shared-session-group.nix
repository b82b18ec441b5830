# Must fail: two profiles in one SessionGroup would share circuits.
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
    settings.profile = [
      { name = "mail"; kind = "tor-isolated"; trans_port = 941; session_group = 7; }
      { name = "chat"; kind = "tor-isolated"; trans_port = 942; session_group = 7; }
    ];
  };
}
