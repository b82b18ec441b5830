# Evaluates one example configuration with the module and the stand-ins; prints what the tests
# check as JSON:  nix-instantiate --eval --strict --json -I nixlib=… --arg example ./x.nix eval.nix
{ example }:
let
  lib = import <nixlib/lib>;
  evaluated = lib.evalModules {
    modules = [
      ./stubs.nix
      example
    ];
  };
  config = evaluated.config;
  etc = lib.mapAttrs (
    _: entry: if entry ? source then { toml = entry.source.toml; } else { text = entry.text; }
  ) config.environment.etc;
  nameOf = package: package.name or (toString package);
in
{
  failed = map (a: a.message) (builtins.filter (a: !a.assertion) config.assertions);
  inherit (config) warnings;
  inherit etc;
  tor = {
    inherit (config.services.tor) enable controlSocket;
    client = config.services.tor.client;
    settings = config.services.tor.settings;
  };
  systemd = {
    packages = map nameOf config.systemd.packages;
    services = lib.mapAttrs (
      _: unit:
      unit
      // {
        path = map nameOf unit.path;
        restartTriggers = map (t: if builtins.isString t then t else nameOf t) unit.restartTriggers;
      }
    ) config.systemd.services;
  };
  dbusPackages = map nameOf config.services.dbus.packages;
  systemPackages = map nameOf config.environment.systemPackages;
  polkit = config.security.polkit.enable;
  nftables = { inherit (config.networking.nftables) enable flushRuleset; };
  firewallInterfaces = config.networking.firewall.interfaces;
  users = config.users.users;
  groups = builtins.attrNames config.users.groups;
}
