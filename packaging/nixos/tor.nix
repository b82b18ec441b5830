# The tor side of services.onionpanel, derived from the same settings as the helper's config:
# services.tor as a client with every listener the helper expects (TransPort, DNSPort, each
# tor-isolated profile's TransPort/SocksPort with its SessionGroup, [::1] ones for ipv6 = "tor",
# each [[router]] "tor" entry's TransPort/DNSPort on its address, opened in nixos-fw on its
# interfaces only),
# the control endpoint and VirtualAddrNetworkIPv4. Its assertions read the final
# services.tor.settings back, whoever set them. Imported by module.nix.
{ config, lib, ... }:
let
  cfg = config.services.onionpanel;
  settings = cfg.settings;
  torSettings = config.services.tor.settings;

  loopback4 = "127.0.0.1";
  loopback6 = "[::1]";
  profiles = settings.profile;
  isolatedProfiles = builtins.filter (p: p.kind == "tor-isolated") profiles;
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

  # ---------------------------------------------------------------- tor listeners

  listener =
    addr: port: group:
    {
      inherit addr port;
    }
    // lib.optionalAttrs (group != null) { SessionGroup = group; };

  # [[router]] "tor" entries: tor listens for the guests on the routed interface's own address
  # ([ADDRESS] for IPv6), never 0.0.0.0 or :: (checks.nix refuses those and missing keys)
  listensForGuests =
    r: r.forwarded == "tor" && r.address != null && r.trans_port != null && r.dns_port != null;
  torRouters = builtins.filter listensForGuests (settings.router or [ ]);
  routerAddresses =
    r: [ r.address ] ++ lib.optional (r.ipv6 == "tor" && r.address_v6 != null) "[${r.address_v6}]";
  routerListeners =
    key: r: map (addr: listener addr r.${key} null) (routerAddresses r);
  routerTransPorts = lib.concatMap (routerListeners "trans_port") torRouters;
  routerDNSPorts = lib.concatMap (routerListeners "dns_port") torRouters;

  wantedTransPorts =
    [ (listener loopback4 settings.tor.trans_port null) ]
    ++ lib.optional ipv6ThroughTor (listener loopback6 settings.tor.trans_port null)
    ++ map (p: listener loopback4 p.trans_port p.session_group) (
      builtins.filter (p: p.trans_port != null) isolatedProfiles
    )
    ++ routerTransPorts;
  wantedDNSPorts =
    [ (listener loopback4 settings.tor.dns_port null) ]
    ++ lib.optional ipv6ThroughTor (listener loopback6 settings.tor.dns_port null)
    ++ routerDNSPorts;
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
  routerListenerAssertions = lib.concatLists (
    lib.imap0 (
      i: r:
      let
        who = "settings.router[${toString i}]";
      in
      lib.optionals (listensForGuests r) (
        map (listenerAssertion "TransPort" who) (routerListeners "trans_port" r)
        ++ map (listenerAssertion "DNSPort" who) (routerListeners "dns_port" r)
      )
    ) (settings.router or [ ])
  );

  # nixos-fw's input chain must let the guests reach tor's ports (a drop in any table is
  # final); only on the routed interfaces, never for everyone
  firewallInterfaces = lib.foldl' lib.recursiveUpdate { } (
    map (
      r:
      lib.genAttrs r.interfaces (_: {
        allowedTCPPorts = [ r.trans_port ];
        allowedUDPPorts =
          [ r.dns_port ]
          ++ lib.optional r.dhcp 67
          ++ lib.optional (r.dhcp && r.ipv6 == "tor") 547;
      })
    ) torRouters
  );
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

in
{
  config = lib.mkIf cfg.enable {
    assertions =
      baseListenerAssertions
      ++ profileListenerAssertions
      ++ routerListenerAssertions
      ++ [
        ipv6Assertion
        virtualAddrAssertion
      ]
      ++ duplicateListenerAssertions
      ++ sessionGroupAssertions;

    networking.firewall.interfaces = firewallInterfaces;

    services.tor = {
      enable = true;
      client.enable = true;
      controlSocket.enable = lib.mkIf (control == defaultControl) true;
      settings = lib.mkIf cfg.declareTorPorts (
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
  };
}
