# services.onionpanel.settings: /etc/onionpanel/config.toml as options, key for key (snake_case,
# as in packaging/config/config.example.toml). Each table is freeform, so keys this module does
# not type yet still reach the helper, which refuses the ones it does not know. Imported by
# module.nix.
{ lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  toml = pkgs.formats.toml { };

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
}
