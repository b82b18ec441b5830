# The smallest useful setup: the panel, tor as a client with a transparent proxy, the helper
# with modes off, tor and lockdown (tor at boot).
{ ... }:
{
  imports = [ ./onionpanel/packaging/nixos/module.nix ];

  services.onionpanel = {
    enable = true;
  };
}
