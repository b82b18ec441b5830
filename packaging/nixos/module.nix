# NixOS module: services.onionpanel, OnionPanel's routing helper and panel, declared in one place.
#
#   services.onionpanel.enable            the helper (D-Bus service, boot firewall unit, polkit
#                                         actions) and the panel in environment.systemPackages
#   services.onionpanel.package           the OnionPanel package (default: built from package.nix)
#   services.onionpanel.settings          /etc/onionpanel/config.toml, key for key (settings.nix)
#   services.onionpanel.profilesInDirectory  each profile in /etc/onionpanel/profiles.d/NAME.toml
#   services.onionpanel.declareTorPorts   add every listener the config names to services.tor
#                                         (tor.nix, which also asserts that tor really has them)
#   services.onionpanel.proxyDaemons      a tinyproxy as proxy_user per clearnet-proxy profile
#   services.onionpanel.proxyPackage      (proxy.nix)
#   services.onionpanel.panelUsers        users who may use tor's control socket (group "tor")
#
# Assertions stop the build where the helper would refuse the config (checks.nix: LAN ranges,
# ct mark bits, profile keys; here: modes, users, nftables; tor.nix: listeners, session groups),
# and what its check advises against (ports from 1024, forwarded traffic let out) is a warning.
#
# The helper's own nftables table (inet onionpanel) is created at run time by the helper, never
# through networking.nftables.tables, and NixOS's nftables service must not flush the ruleset.
# Units, D-Bus policy and activation, and polkit actions come from the package (installed there
# by packaging/install-system with the package's own paths); this module only switches them on.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  inherit (lib) mkOption types;
  cfg = config.services.onionpanel;
  settings = cfg.settings;
  toml = pkgs.formats.toml { };

  clearnetProfiles = builtins.filter (p: p.kind != "tor-isolated") settings.profile;
  declaredModes = [
    "off"
    "tor"
    "lockdown"
  ]
  ++ map (p: "tor+${p.name}") clearnetProfiles;

  # TOML has no null: options left unset are simply absent from the file.
  dropNulls =
    value:
    if builtins.isAttrs value then
      lib.mapAttrs (_: dropNulls) (lib.filterAttrs (_: v: v != null) value)
    else if builtins.isList value then
      map dropNulls value
    else
      value;

  mainDocument = dropNulls (
    if cfg.profilesInDirectory then builtins.removeAttrs settings [ "profile" ] else settings
  );
  configFile = toml.generate "onionpanel-config.toml" mainDocument;
  profileFile = p: toml.generate "onionpanel-profile-${p.name}.toml" { profile = [ (dropNulls p) ]; };

  modeAssertion = option: mode: {
    assertion = builtins.elem mode declaredModes;
    message =
      "services.onionpanel: settings.policy.${option} names mode \"${mode}\", which is not declared; "
      + "the declared modes are ${lib.concatStringsSep ", " declaredModes} (a clearnet profile "
      + "NAME adds the mode tor+NAME).";
  };
  # every user the helper resolves at run time must exist on the system NixOS builds
  namedUsers =
    [ { key = "tor.user"; name = settings.tor.user; } ]
    ++ map (name: { key = "exempt.users"; inherit name; }) (settings.exempt.users or [ ])
    ++ map (p: { key = "profile \"${p.name}\".proxy_user"; name = p.proxy_user; }) (
      builtins.filter (p: p.proxy_user != null) settings.profile
    );
  userAssertions = map (user: {
    assertion = config.users.users ? ${user.name};
    message =
      "services.onionpanel: settings.${user.key} names the user \"${user.name}\", which this "
      + "system does not declare (tor runs as \"tor\" on NixOS); declare it in users.users or "
      + "name an existing system user.";
  }) namedUsers;
  nftablesAssertions = [
    {
      assertion = !config.networking.nftables.flushRuleset;
      message =
        "services.onionpanel: networking.nftables.flushRuleset is true, so every "
        + "nixos-rebuild would delete the helper's table and leave traffic unprotected until "
        + "it notices. Set networking.nftables.flushRuleset = false and move "
        + "networking.nftables.ruleset into networking.nftables.tables.<name>.";
    }
    {
      assertion = !(config.networking.nftables.tables ? onionpanel);
      message =
        "services.onionpanel: networking.nftables.tables.onionpanel would fight the helper "
        + "over its own table (inet onionpanel); remove it, the helper creates that table.";
    }
  ];
in
{
  imports = [
    ./settings.nix
    ./tor.nix
    ./proxy.nix
    ./checks.nix
  ];

  options.services.onionpanel = {
    enable = lib.mkEnableOption "OnionPanel, its routing helper and the tor listeners it needs";

    package = mkOption {
      type = types.package;
      default = pkgs.callPackage ./package.nix { };
      defaultText = lib.literalExpression "pkgs.callPackage ./package.nix { }";
      description = "The OnionPanel package; by default built from this checkout (package.nix).";
    };

    profilesInDirectory = mkOption {
      type = types.bool;
      default = false;
      description = "Write each profile to /etc/onionpanel/profiles.d/NAME.toml instead of config.toml.";
    };

    declareTorPorts = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Add the TransPort, DNSPort and per-profile TransPort/SocksPort listeners (with their
        SessionGroup), the control endpoint and VirtualAddrNetworkIPv4 to services.tor.settings.
        When false, declare them yourself; assertions check that tor listens where the helper expects.
      '';
    };

    proxyDaemons = mkOption {
      type = types.bool;
      default = true;
      description = "Run a tinyproxy as proxy_user for every clearnet-proxy profile, and create that user.";
    };

    proxyPackage = mkOption {
      type = types.package;
      default = pkgs.tinyproxy;
      defaultText = lib.literalExpression "pkgs.tinyproxy";
      description = "The HTTP(S) proxy the clearnet-proxy profiles use.";
    };

    panelUsers = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "alice" ];
      description = ''
        Users (declared elsewhere) added to the group "tor", which may use tor's control socket
        from the panel.
      '';
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions =
          [ (modeAssertion "boot_mode" settings.policy.boot_mode) ]
          ++ map (modeAssertion "user_may_switch") settings.policy.user_may_switch
          ++ userAssertions
          ++ nftablesAssertions;

        environment.etc."onionpanel/config.toml".source = configFile;
        environment.systemPackages = [ cfg.package ];

        # The helper owns "inet onionpanel"; NixOS keeps its own tables (nixos-fw, …) and, with
        # flushRuleset off, deletes only those on reload.
        networking.nftables.enable = lib.mkDefault true;

        services.dbus.packages = [ cfg.package ];
        # polkit finds the actions in share/polkit-1 of environment.systemPackages
        security.polkit.enable = true;

        # Unit files come from the package (packaging/systemd with its store paths); the module
        # only adds what [Install] would do and what makes them follow config changes.
        systemd.packages = [ cfg.package ];
        systemd.services.onionpanel-firewall = {
          wantedBy = [ "sysinit.target" ];
          path = [ pkgs.nftables ];
        };
        systemd.services.onionpanel-helper = {
          wantedBy = [ "multi-user.target" ];
          path = [ pkgs.nftables ];
          restartTriggers = [ configFile ];
        };

        users.users = lib.genAttrs cfg.panelUsers (_: {
          extraGroups = [ "tor" ];
        });
      }

      (lib.mkIf cfg.profilesInDirectory {
        environment.etc = lib.listToAttrs (
          map (
            p: lib.nameValuePair "onionpanel/profiles.d/${p.name}.toml" { source = profileFile p; }
          ) settings.profile
        );
      })
    ]
  );
}
