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
      proxy_ipv6 = mkOption {
        type = types.nullOr types.bool;
        default = null;
        description = "clearnet-proxy: the proxy's user may also send IPv6 (default: IPv4 only).";
      };
      proxy_udp_ports = mkOption {
        type = types.nullOr (types.listOf types.port);
        default = null;
        example = [ 443 ];
        description = "clearnet-proxy: UDP ports (besides DNS) the proxy's user may send to.";
      };
    };
  };

  # [[router]]: router mode for forwarded traffic (onionpanel/helper/config_router.py); what the
  # types cannot say (keys required per policy, never 0.0.0.0 or ::) checks.nix asserts
  interfaceName = "[A-Za-z0-9_.:@+-]{1,15}";
  routerModule = {
    freeformType = freeform;
    options = {
      interfaces = mkOption {
        # a name, or a group: a non-empty prefix and one trailing * (nft's iifname wildcard)
        type = types.nonEmptyListOf (types.strMatching "${interfaceName}|[A-Za-z0-9_.:@+-]{1,14}[*]");
        example = [ "br-vms" "vnet*" ];
        description = "The interfaces (or PREFIX* groups) whose guests this entry routes.";
      };
      forwarded = mkOption {
        type = types.enum [
          "tor"
          "block"
          "allow"
        ];
        default = "tor";
        description = ''
          "tor": the guests' TCP goes to trans_port and their DNS to dns_port on address, nothing
          else they send leaves; "block": nothing is forwarded; "allow": forwarded as is, WITHOUT tor.
        '';
      };
      address = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "192.168.50.1";
        description = "forwarded = \"tor\": the routed interface's own IPv4 address, where tor listens for the guests.";
      };
      trans_port = portOrNull // {
        description = "forwarded = \"tor\": tor's TransPort on address (the module declares it).";
      };
      dns_port = portOrNull // {
        description = "forwarded = \"tor\": tor's DNSPort on address (the module declares it).";
      };
      ipv6 = mkOption {
        type = types.enum [
          "block"
          "tor"
        ];
        default = "block";
        description = "\"tor\": the guests' IPv6 TCP and DNS go to tor on address_v6 too.";
      };
      address_v6 = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "fd50::1";
        description = "ipv6 = \"tor\": the routed interface's own IPv6 address (ULA or link-local).";
      };
      dhcp = mkOption {
        type = types.bool;
        default = false;
        description = "The guests may reach this host's DHCP server (udp 67; DHCPv6 547).";
      };
      allowed_destinations_v4 = rangeList;
      allowed_destinations_v6 = rangeList;
      allowed_sources_v4 = rangeList;
      allowed_sources_v6 = rangeList;
    };
  };
  rangeList = mkOption {
    type = types.listOf types.str;
    default = [ ];
    description = "Forwarded as is, WITHOUT tor: LAN space only, no catch-alls (as policy.lan).";
  };

  # a single bit of ct mark (the helper refuses anything else; checks.nix says so)
  ctMark =
    default: shown: description:
    mkOption {
      type = types.ints.unsigned;
      inherit default description;
      defaultText = lib.literalExpression shown;
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
            # below 1024: tor binds them before dropping privileges, and no ordinary user can
            # take them while tor is down (the helper checks that tor holds them)
            trans_port = mkOption {
              type = types.port;
              default = 904;
            };
            dns_port = mkOption {
              type = types.port;
              default = 953;
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
            allow_boot_off = mkOption {
              type = types.bool;
              default = false;
              description = "Needed for boot_mode = \"off\" (unprotected until someone switches).";
            };
            exempt_ct_mark = ctMark 2097152 "0x00200000" ''
              The conntrack mark bit set on flows of exempt identities; one bit nothing else uses.
            '';
            seen_ct_mark = ctMark 4194304 "0x00400000" ''
              The conntrack mark bit set on every flow the helper's table saw begin; only such
              flows may send replies. One bit nothing else uses, distinct from exempt_ct_mark.
            '';
            forwarded = mkOption {
              type = types.enum [
                "block"
                "allow"
              ];
              default = "block";
              description = ''
                Forwarded traffic (containers, VMs) in tor and lockdown: "block" drops it except
                to the LAN and from forward_interfaces (nothing in lockdown); "allow" leaves it
                unfiltered, so it reaches the Internet without tor.
              '';
            };
            forward_interfaces = mkOption {
              type = types.listOf (types.strMatching "[A-Za-z0-9_.:@+-]{1,15}");
              default = [ ];
              example = [ "virbr0" ];
              description = "With forwarded = \"block\": bridges whose traffic may pass in tor modes, WITHOUT tor.";
            };
            lan = mkOption {
              default = { };
              type = section {
                allow = mkOption {
                  type = types.bool;
                  default = false;
                  description = "Let programs reach these ranges directly (DNS to them stays rejected).";
                };
                ranges_v4 = mkOption {
                  type = types.listOf types.str;
                  default = [ ];
                  example = [ "192.168.0.0/16" ];
                };
                ranges_v6 = mkOption {
                  type = types.listOf types.str;
                  default = [ ];
                  example = [ "fe80::/10" ];
                };
                allow_public_ranges = mkOption {
                  type = types.bool;
                  default = false;
                  description = ''
                    Accept LAN ranges outside private, link-local, CGNAT and ULA space (all of them
                    together still may not cover more than a /8 of IPv4 or /32 of IPv6 public space).
                  '';
                };
              };
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
        router = mkOption {
          type = types.listOf (types.submodule routerModule);
          default = [ ];
          description = "The [[router]] tables: Tor for VMs, containers and a LAN port.";
        };
      };
    };
  };
}
