# NixOS module: services.onionpanel, OnionPanel's routing helper and panel, declared in one place.
#
#   services.onionpanel.enable            the helper (D-Bus service, boot firewall unit, polkit
#                                         actions) and the panel in environment.systemPackages
#   services.onionpanel.package           the OnionPanel package (default: built from package.nix)
#   services.onionpanel.settings          /etc/onionpanel/config.toml, key for key (snake_case as in
#                                         the file; unknown keys pass through to the helper, which
#                                         refuses them if it does not know them)
#   services.onionpanel.profilesInDirectory  each profile in /etc/onionpanel/profiles.d/NAME.toml
#   services.onionpanel.declareTorPorts   add every listener the config names to services.tor.settings
#   services.onionpanel.proxyDaemons      run a tinyproxy as proxy_user for each clearnet-proxy profile
#   services.onionpanel.panelUsers        users who may use tor's control socket (group "tor")
#
# The tor side is derived from the same values as the helper's config, so the two cannot disagree;
# assertions re-check the final services.tor.settings in case something else overrode them.
# The helper's own nftables table (inet onionpanel) is created at run time by the helper, never
# through networking.nftables.tables, and NixOS's nftables service must not flush the ruleset.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  inherit (lib)
    mkOption
    mkEnableOption
    mkIf
    mkDefault
    types
    ;
  cfg = config.services.onionpanel;
  settings = cfg.settings;
  toml = pkgs.formats.toml { };
  torSettings = config.services.tor.settings;

  loopback4 = "127.0.0.1";
  loopback6 = "[::1]";
  baseModes = [
    "off"
    "tor"
    "lockdown"
  ];

  profiles = settings.profile;
  isolatedProfiles = builtins.filter (p: p.kind == "tor-isolated") profiles;
  proxyProfiles = builtins.filter (p: p.kind == "clearnet-proxy") profiles;
  clearnetProfiles = builtins.filter (p: p.kind != "tor-isolated") profiles;
  declaredModes = baseModes ++ map (p: "tor+${p.name}") clearnetProfiles;
  ipv6ThroughTor = settings.policy.ipv6 == "tor";

  # tor.control: NixOS's own control socket, another unix socket, or HOST:PORT with cookie auth.
  defaultControl = "unix:/run/tor/control";
  control = settings.tor.control;
  controlPort =
    if lib.hasPrefix "unix:" control then
      {
        unix = lib.removePrefix "unix:" control;
        GroupWritable = true;
        RelaxDirModeCheck = true;
      }
    else
      let
        parts = lib.splitString ":" control;
      in
      {
        addr = lib.concatStringsSep ":" (lib.init parts);
        port = lib.toInt (lib.last parts);
      };
  controlSettings = lib.optionalAttrs (control != defaultControl) (
    {
      ControlPort = [ controlPort ];
    }
    // lib.optionalAttrs (!lib.hasPrefix "unix:" control) {
      # /var/lib/tor is 0700; /run/tor (0710, group tor) lets the panel's users reach the cookie
      CookieAuthentication = true;
      CookieAuthFile = "/run/tor/control.authcookie";
      CookieAuthFileGroupReadable = true;
    }
  );

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

  # ---------------------------------------------------------------- tor listeners

  listener =
    addr: port: group:
    {
      inherit addr port;
    }
    // lib.optionalAttrs (group != null) { SessionGroup = group; };

  wantedTransPorts =
    [ (listener loopback4 settings.tor.trans_port null) ]
    ++ lib.optional ipv6ThroughTor (listener loopback6 settings.tor.trans_port null)
    ++ map (p: listener loopback4 p.trans_port p.session_group) (
      builtins.filter (p: p.trans_port != null) isolatedProfiles
    );
  wantedDNSPorts = [
    (listener loopback4 settings.tor.dns_port null)
  ] ++ lib.optional ipv6ThroughTor (listener loopback6 settings.tor.dns_port null);
  wantedSOCKSPorts = map (p: listener loopback4 p.socks_port p.session_group) (
    builtins.filter (p: p.socks_port != null) isolatedProfiles
  );

  # What tor will listen on, read back from the final services.tor.settings: a port number, "auto"
  # or an attrset with addr/port/unix (tor's own module accepts all three, alone or in a list).
  addressOf =
    entry:
    if builtins.isAttrs entry then
      (if (entry.unix or null) != null then "unix:${entry.unix}" else
        "${if (entry.addr or null) == null then loopback4 else entry.addr}:${toString (entry.port or "")}")
    else
      "${loopback4}:${toString entry}";
  declaredBy = option: map addressOf (lib.toList (torSettings.${option} or [ ]));
  showList = items: if items == [ ] then "nothing" else lib.concatStringsSep ", " items;
  nixListener =
    l:
    "{ addr = \"${l.addr}\"; port = ${toString l.port};"
    + lib.optionalString (l ? SessionGroup) " SessionGroup = ${toString l.SessionGroup};"
    + " }";

  listenerAssertion = option: who: l: {
    assertion = builtins.elem "${l.addr}:${toString l.port}" (declaredBy option);
    message =
      "services.onionpanel: ${who} needs tor to listen on ${l.addr}:${toString l.port} as ${option}, "
      + "but services.tor.settings.${option} declares ${showList (declaredBy option)}. "
      + "Keep services.onionpanel.declareTorPorts = true (it adds the listener), or add "
      + "${nixListener l} to services.tor.settings.${option}.";
  };
  profileListenerAssertions = lib.concatMap (
    p:
    lib.optional (p.trans_port != null) (
      listenerAssertion "TransPort" "profile \"${p.name}\"" (
        listener loopback4 p.trans_port p.session_group
      )
    )
    ++ lib.optional (p.socks_port != null) (
      listenerAssertion "SOCKSPort" "profile \"${p.name}\"" (
        listener loopback4 p.socks_port p.session_group
      )
    )
  ) isolatedProfiles;
  baseListenerAssertions = [
    (listenerAssertion "TransPort" "settings.tor.trans_port" (
      listener loopback4 settings.tor.trans_port null
    ))
    (listenerAssertion "DNSPort" "settings.tor.dns_port" (listener loopback4 settings.tor.dns_port null))
  ];
  ipv6Missing = builtins.filter (x: !(builtins.elem x.address (declaredBy x.option))) [
    {
      option = "TransPort";
      address = "${loopback6}:${toString settings.tor.trans_port}";
    }
    {
      option = "DNSPort";
      address = "${loopback6}:${toString settings.tor.dns_port}";
    }
  ];
  ipv6Assertion = {
    assertion = !ipv6ThroughTor || ipv6Missing == [ ];
    message =
      "services.onionpanel: settings.policy.ipv6 = \"tor\" sends IPv6 to tor on ::1, but tor does "
      + "not listen on ${
        lib.concatMapStringsSep " and " (x: "${x.address} (${x.option})") ipv6Missing
      }. Keep services.onionpanel.declareTorPorts = true, add those listeners to "
      + "services.tor.settings, or set services.onionpanel.settings.policy.ipv6 = \"block\".";
  };

  virtualAddrAssertion = {
    assertion =
      settings.tor.virtual_addr_v4 == "" || torSettings.VirtualAddrNetworkIPv4 or null == settings.tor.virtual_addr_v4;
    message =
      "services.onionpanel: settings.tor.virtual_addr_v4 is \"${settings.tor.virtual_addr_v4}\" but "
      + "services.tor.settings.VirtualAddrNetworkIPv4 is ${
        builtins.toJSON (torSettings.VirtualAddrNetworkIPv4 or null)
      }, so .onion addresses would be redirected to the wrong place. Make them equal (or keep "
      + "services.onionpanel.declareTorPorts = true).";
  };

  duplicates = items: lib.unique (builtins.filter (x: lib.count (y: y == x) items > 1) items);
  duplicateListenerAssertions = map (option: {
    assertion = duplicates (declaredBy option) == [ ];
    message =
      "services.onionpanel: services.tor.settings.${option} lists ${showList (duplicates (declaredBy option))} "
      + "more than once, so tor would fail to start. services.onionpanel declares its listeners "
      + "itself: turn services.tor.client.transparentProxy.enable and services.tor.client.dns.enable "
      + "off (they add 127.0.0.1:9040 and 127.0.0.1:9053), or drop your own copy of the listener.";
  }) [ "TransPort" "DNSPort" "SOCKSPort" ];

  # ---------------------------------------------------------------- profiles and modes

  grouped = builtins.filter (p: p.session_group != null) profiles;
  sharedGroups = lib.filter (group: lib.count (p: p.session_group == group) grouped > 1) (
    lib.unique (map (p: p.session_group) grouped)
  );
  namesInGroup =
    group:
    lib.concatMapStringsSep " and " (p: "\"${p.name}\"") (
      builtins.filter (p: p.session_group == group) grouped
    );
  sessionGroupAssertions = map (group: {
    assertion = false;
    message =
      "services.onionpanel: profiles ${namesInGroup group} share session_group ${toString group}, "
      + "so tor would put their streams on the same circuits. Give each profile a session_group "
      + "of its own (or none).";
  }) sharedGroups;

  modeAssertion = option: mode: {
    assertion = builtins.elem mode declaredModes;
    message =
      "services.onionpanel: settings.policy.${option} names mode \"${mode}\", which is not declared; "
      + "the declared modes are ${lib.concatStringsSep ", " declaredModes} (a clearnet profile "
      + "NAME adds the mode tor+NAME).";
  };

  proxyAddress =
    p:
    let
      parts = lib.splitString ":" p.proxy;
      host = lib.concatStringsSep ":" (lib.init parts);
    in
    {
      host = lib.removePrefix "[" (lib.removeSuffix "]" host);
      port = lib.last parts;
    };
  proxyConfigName = p: "onionpanel/proxy-${p.name}.conf";
  proxyConfig = p: ''
    # tinyproxy for OnionPanel's clearnet profile "${p.name}" (generated by services.onionpanel).
    # The helper lets only programs of onionpanel-${p.name}.slice reach this port, and only this
    # daemon's user (${p.proxy_user}) leave without tor, and only in mode tor+${p.name}.
    Listen ${(proxyAddress p).host}
    Port ${(proxyAddress p).port}
    Allow ${(proxyAddress p).host}
    Timeout 600
    MaxClients 64
    DisableViaHeader Yes
    ConnectPort 443
    LogLevel Notice
  '';
  proxyAssertions = map (p: {
    assertion = p.proxy != null && p.proxy_user != null;
    message =
      "services.onionpanel: clearnet-proxy profile \"${p.name}\" needs proxy = \"127.0.0.1:PORT\" "
      + "and proxy_user = \"NAME\" (a system user the proxy daemon runs as).";
  }) proxyProfiles;
  runProxies = cfg.proxyDaemons && builtins.all (p: p.proxy != null && p.proxy_user != null) proxyProfiles;

  # ---------------------------------------------------------------- option types

  freeform = toml.type;
  portOrNull = mkOption {
    type = types.nullOr types.port;
    default = null;
  };

  profileModule = {
    freeformType = freeform;
    options = {
      name = mkOption {
        type = types.strMatching "[a-z][a-z0-9-]{0,30}";
        description = "Profile name; programs run in onionpanel-NAME.slice.";
      };
      kind = mkOption {
        type = types.enum [
          "tor-isolated"
          "clearnet-proxy"
          "clearnet-direct"
        ];
        description = "tor-isolated: own TransPort/SocksPort; clearnet-proxy: through proxy_user's proxy.";
      };
      description = mkOption {
        type = types.nullOr types.str;
        default = null;
      };
      apps = mkOption {
        type = types.listOf types.str;
        default = [ ];
        description = "Desktop ids offered in the tray's \"Open in profile\".";
      };
      trans_port = portOrNull // {
        description = "tor-isolated: the profile's own TransPort (127.0.0.1).";
      };
      socks_port = portOrNull // {
        description = "tor-isolated: the profile's own SocksPort (127.0.0.1).";
      };
      session_group = mkOption {
        type = types.nullOr (types.ints.between 0 2147483647);
        default = null;
        description = "SessionGroup= on the profile's ports; distinct per profile.";
      };
      proxy = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "127.0.0.1:3128";
        description = "clearnet-proxy: where the proxy listens (loopback).";
      };
      proxy_user = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "clearnet-proxy: the system user the proxy runs as (exempt from tor).";
      };
      allow_direct = mkOption {
        type = types.nullOr types.bool;
        default = null;
        description = "clearnet-direct: must be true (this profile is no security boundary).";
      };
    };
  };

  section = options: types.submodule {
    freeformType = freeform;
    inherit options;
  };
in
{
  options.services.onionpanel = {
    enable = mkEnableOption "OnionPanel, its routing helper and the tor listeners it needs";

    package = mkOption {
      type = types.package;
      default = pkgs.callPackage ./package.nix { };
      defaultText = lib.literalExpression "pkgs.callPackage ./package.nix { }";
      description = "The OnionPanel package; by default built from this checkout (packaging/nixos/package.nix).";
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
        SessionGroup), the control socket and VirtualAddrNetworkIPv4 to services.tor.settings.
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
      description = "Users added to the group \"tor\", which may use tor's control socket from the panel.";
    };

    settings = mkOption {
      default = { };
      description = "/etc/onionpanel/config.toml, one option per key (see packaging/config/config.example.toml).";
      type = section {
        schema = mkOption {
          type = types.int;
          default = 1;
        };
        tor = mkOption {
          default = { };
          type = section {
            control = mkOption {
              type = types.str;
              default = "unix:/run/tor/control";
              description = "tor's control endpoint: unix:PATH or 127.0.0.1:PORT.";
            };
            user = mkOption {
              type = types.str;
              default = "tor";
            };
            trans_port = mkOption {
              type = types.port;
              default = 9040;
            };
            dns_port = mkOption {
              type = types.port;
              default = 9053;
            };
            virtual_addr_v4 = mkOption {
              type = types.str;
              default = "10.192.0.0/10";
              description = "tor's VirtualAddrNetworkIPv4 (.onion automapping).";
            };
          };
        };
        policy = mkOption {
          default = { };
          type = section {
            boot_mode = mkOption {
              type = types.str;
              default = "tor";
            };
            user_may_switch = mkOption {
              type = types.listOf types.str;
              default = [
                "tor"
                "lockdown"
              ];
            };
            ipv6 = mkOption {
              type = types.enum [
                "block"
                "tor"
              ];
              default = "block";
            };
            udp = mkOption {
              type = types.enum [
                "reject"
                "drop"
              ];
              default = "reject";
            };
          };
        };
        exempt = mkOption {
          default = { };
          type = section {
            users = mkOption {
              type = types.listOf types.str;
              default = [ ];
            };
            fwmarks = mkOption {
              type = types.listOf types.int;
              default = [ ];
            };
          };
        };
        profile = mkOption {
          type = types.listOf (types.submodule profileModule);
          default = [ ];
          description = "The [[profile]] tables.";
        };
      };
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions =
          baseListenerAssertions
          ++ profileListenerAssertions
          ++ [
            ipv6Assertion
            virtualAddrAssertion
          ]
          ++ duplicateListenerAssertions
          ++ sessionGroupAssertions
          ++ proxyAssertions
          ++ [ (modeAssertion "boot_mode" settings.policy.boot_mode) ]
          ++ map (modeAssertion "user_may_switch") settings.policy.user_may_switch
          ++ [
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

        environment.etc."onionpanel/config.toml".source = configFile;
        environment.systemPackages = [ cfg.package ];

        services.tor = {
          enable = true;
          client.enable = true;
          controlSocket.enable = mkIf (control == defaultControl) true;
          settings = mkIf cfg.declareTorPorts (
            {
              TransPort = wantedTransPorts;
              DNSPort = wantedDNSPorts;
              SOCKSPort = wantedSOCKSPorts;
              VirtualAddrNetworkIPv4 = settings.tor.virtual_addr_v4;
              AutomapHostsOnResolve = true;
            }
            // controlSettings
          );
        };

        # The helper owns "inet onionpanel"; NixOS keeps its own tables (nixos-fw, …) and, with
        # flushRuleset off, deletes only those on reload.
        networking.nftables.enable = mkDefault true;

        services.dbus.packages = [ cfg.package ];
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

      (mkIf cfg.profilesInDirectory {
        environment.etc = lib.listToAttrs (
          map (p: lib.nameValuePair "onionpanel/profiles.d/${p.name}.toml" { source = profileFile p; }) profiles
        );
      })

      (mkIf runProxies {
        environment.etc = lib.listToAttrs (
          map (p: lib.nameValuePair (proxyConfigName p) { text = proxyConfig p; }) proxyProfiles
        );
        users.users = lib.listToAttrs (
          map (
            p:
            lib.nameValuePair p.proxy_user {
              isSystemUser = true;
              group = p.proxy_user;
              description = "OnionPanel clearnet proxy (${p.name})";
            }
          ) proxyProfiles
        );
        users.groups = lib.listToAttrs (map (p: lib.nameValuePair p.proxy_user { }) proxyProfiles);
        systemd.services = lib.listToAttrs (
          map (
            p:
            lib.nameValuePair "onionpanel-proxy-${p.name}" {
              description = "OnionPanel clearnet proxy for profile ${p.name}";
              wantedBy = [ "multi-user.target" ];
              after = [ "network.target" ];
              restartTriggers = [ (proxyConfig p) ];
              serviceConfig = {
                ExecStart = "${cfg.proxyPackage}/bin/tinyproxy -d -c /etc/${proxyConfigName p}";
                User = p.proxy_user;
                Group = p.proxy_user;
                Restart = "on-failure";
                NoNewPrivileges = true;
                ProtectSystem = "strict";
                ProtectHome = true;
                PrivateTmp = true;
                PrivateDevices = true;
                RestrictAddressFamilies = [
                  "AF_INET"
                  "AF_INET6"
                  "AF_UNIX"
                ];
              };
            }
          ) proxyProfiles
        );
      })
    ]
  );
}
