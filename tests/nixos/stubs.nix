# Stand-ins for the NixOS options services.onionpanel sets, so the module can be evaluated with
# nixpkgs' lib alone (no nixpkgs, no store, offline). Each is declared with the shape NixOS gives
# it; services.tor also reproduces what nixpkgs' tor module adds to its settings for client,
# transparentProxy, dns and controlSocket (facts from nixos/modules/services/security/tor.nix),
# so the module's assertions see what a real system would.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  anything = mkOption {
    type = types.anything;
    default = null;
  };
  list = mkOption {
    type = types.listOf types.anything;
    default = [ ];
  };
  bool = mkOption {
    type = types.bool;
    default = false;
  };
  attrs = mkOption {
    type = types.attrsOf types.anything;
    default = { };
  };
  tor = config.services.tor;
  # listener entries with the option names nixpkgs' tor module gives them (no freeform: a
  # misspelt flag or SessionGroup fails the evaluation as it would on NixOS)
  flag = mkOption {
    type = types.bool;
    default = false;
  };
  nullable =
    type:
    mkOption {
      type = types.nullOr type;
      default = null;
    };
  isolateFlags = [
    "IsolateClientAddr"
    "IsolateClientProtocol"
    "IsolateDestAddr"
    "IsolateDestPort"
    "IsolateSOCKSAuth"
    "KeepAliveIsolateSOCKSAuth"
  ];
  portEntry =
    flagNames:
    types.either types.port (
      types.submodule {
        options = {
          addr = nullable types.str;
          port = nullable types.port;
          unix = nullable types.str;
          flags = mkOption {
            type = types.listOf types.str;
            default = [ ];
          };
          SessionGroup = nullable types.int;
        }
        // lib.genAttrs flagNames (_: flag);
      }
    );
  ports =
    flagNames:
    mkOption {
      type = types.listOf (portEntry flagNames);
      default = [ ];
    };
  fakePackage = name: {
    type = "derivation";
    inherit name;
    outPath = "/nix/store/00000000000000000000000000000000-${name}";
  };
in
{
  options = {
    assertions = list;
    warnings = list;
    environment.etc = mkOption {
      type = types.attrsOf (types.attrsOf types.anything);
      default = { };
    };
    environment.systemPackages = list;
    systemd.packages = list;
    systemd.services = mkOption {
      type = types.attrsOf (
        types.submodule {
          freeformType = types.attrsOf types.anything;
          options = {
            wantedBy = list;
            after = list;
            path = list;
            restartTriggers = list;
          };
        }
      );
      default = { };
    };
    services.dbus.packages = list;
    security.polkit.enable = bool;
    # nixos-fw's per-interface openings (networking.firewall.interfaces.<name>); no
    # boot.kernel.sysctl here: the module must never set one, and evaluating it would fail
    networking.firewall.interfaces = mkOption {
      type = types.attrsOf (
        types.submodule {
          options = {
            allowedTCPPorts = list;
            allowedUDPPorts = list;
          };
        }
      );
      default = { };
    };
    networking.nftables = {
      enable = bool;
      flushRuleset = bool;
      tables = attrs;
    };
    users.users = mkOption {
      type = types.attrsOf (
        types.submodule {
          freeformType = types.attrsOf types.anything;
          options.extraGroups = list;
        }
      );
      default = { };
    };
    users.groups = attrs;
    services.tor = {
      enable = bool;
      client.enable = bool;
      client.transparentProxy.enable = bool;
      client.dns.enable = bool;
      controlSocket.enable = bool;
      settings = mkOption {
        default = { };
        type = types.submodule {
          freeformType = types.attrsOf types.anything;
          options = {
            TransPort = ports isolateFlags;
            DNSPort = ports isolateFlags;
            SOCKSPort = ports (isolateFlags ++ [
              "CacheDNS"
              "NoDNSRequest"
              "OnionTrafficOnly"
              "PreferIPv6"
              "IPv6Traffic"
              "GroupWritable"
              "WorldWritable"
            ]);
            ControlPort = ports [
              "GroupWritable"
              "RelaxDirModeCheck"
              "WorldWritable"
            ];
            VirtualAddrNetworkIPv4 = anything;
          };
        };
      };
    };
    # what tests pass in place of nixpkgs' packages
    stub.packages = attrs;
  };

  config = {
    _module.args.pkgs = {
      formats.toml = { }: {
        type = types.attrsOf types.toml;
        # the test renders the value to TOML itself (nixpkgs would run a TOML writer in a build)
        generate = name: value: (fakePackage name) // { toml = value; };
      };
      nftables = fakePackage "nftables-1.1.1";
      tinyproxy = fakePackage "tinyproxy-1.11.2";
      callPackage = path: args: fakePackage "onionpanel-0.1.0";
      stdenv.hostPlatform.system = "x86_64-linux";
    };
    # nixpkgs' tor module declares its user (ids.uids.tor = 35)
    users.users.tor = lib.mkIf tor.enable {
      uid = 35;
      group = "tor";
    };
    services.tor.settings = lib.mkMerge [
      (lib.mkIf (tor.enable && tor.controlSocket.enable) {
        ControlPort = [
          {
            unix = "/run/tor/control";
            GroupWritable = true;
            RelaxDirModeCheck = true;
          }
        ];
      })
      (lib.mkIf (tor.enable && tor.client.enable) {
        SOCKSPort = [
          {
            addr = "127.0.0.1";
            port = 9050;
            IsolateDestAddr = true;
          }
        ];
      })
      (lib.mkIf (tor.enable && tor.client.enable && tor.client.transparentProxy.enable) {
        TransPort = [
          {
            addr = "127.0.0.1";
            port = 9040;
          }
        ];
      })
      (lib.mkIf (tor.enable && tor.client.enable && tor.client.dns.enable) {
        DNSPort = [
          {
            addr = "127.0.0.1";
            port = 9053;
          }
        ];
      })
    ];
  };
}
