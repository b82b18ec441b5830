# What onionpanel-helper check would refuse in services.onionpanel.settings, asserted at build
# time with the helper's reason (onionpanel/helper/config_checks.py and config_sections.py), and
# its advice (allowed but less safe) as warnings:
#   policy.lan           ranges that are not networks, catch-alls (wider than a /8 or /32),
#                        public ranges without allow_public_ranges, ranges that together cover
#                        more than a /8 (IPv4) or /32 (IPv6) of public space, allow without ranges
#   policy.*_ct_mark     a single bit each, distinct, not one of exempt.fwmarks
#   profile keys         only the ones its kind reads (the helper refuses the others as unknown)
#   router entries       "tor" needs address, trans_port, dns_port (address_v6 with ipv6 =
#                        "tor"); addresses never 0.0.0.0, ::, loopback or outside LAN space;
#                        no group covering lo; no interface in two entries or also in
#                        policy.forward_interfaces; allowed ranges as policy.lan's
# Imported by module.nix.
{ config, lib, ... }:
let
  cfg = config.services.onionpanel;
  settings = cfg.settings;
  policy = settings.policy;
  lan = policy.lan;
  prefix = "services.onionpanel: settings.policy";

  pow2 = n: lib.foldl (x: _: x * 2) 1 (lib.range 1 n);
  pow2float = n: lib.foldl (x: _: x * 2.0) 1.0 (lib.range 1 n);

  # ---------------------------------------------------------------- networks as 16-bit words

  family = {
    "4" = {
      bits = 32;
      widest = 8;
      space = [
        "10.0.0.0/8"
        "172.16.0.0/12"
        "192.168.0.0/16"
        "169.254.0.0/16"
        "100.64.0.0/10"
      ];
      parse =
        text:
        let
          m = builtins.match "([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})/([0-9]{1,2})" text;
          octets = map lib.toIntBase10 (lib.take 4 m);
        in
        if m == null || builtins.any (o: o > 255) octets then
          null
        else
          {
            words = [
              (builtins.elemAt octets 0 * 256 + builtins.elemAt octets 1)
              (builtins.elemAt octets 2 * 256 + builtins.elemAt octets 3)
            ];
            length = lib.toIntBase10 (lib.last m);
          };
    };
    "6" = {
      bits = 128;
      widest = 32;
      space = [
        "fc00::/7"
        "fe80::/10"
      ];
      parse =
        text:
        let
          parsed = builtins.tryEval (
            let
              v = lib.network.ipv6.fromString text;
            in
            builtins.deepSeq v v
          );
        in
        if builtins.match "[0-9A-Fa-f:]+/[0-9]{1,3}" text == null || !parsed.success then
          null
        else
          {
            words = map lib.fromHexString (lib.splitString ":" parsed.value.address);
            length = parsed.value.prefixLength;
          };
    };
  };

  # the first `length` bits of `words`, as a list of words (later words zero)
  masked =
    words: length:
    lib.imap0 (
      i: word:
      let
        kept = lib.min 16 (lib.max 0 (length - 16 * i));
      in
      word / pow2 (16 - kept) * pow2 (16 - kept)
    ) words;
  valid = f: net: net != null && net.length <= f.bits && masked net.words net.length == net.words;
  subnetOf = inner: outer: inner.length >= outer.length && masked inner.words outer.length == outer.words;
  size = f: net: pow2float (f.bits - net.length);

  # { accepted = the ranges the helper keeps; assertions = why it refuses the others }
  rangeChecks = version: texts: rangeChecksFor version "${prefix}.lan.ranges_v${version}" texts;
  rangeChecksFor =
    version: key: texts:
    let
      f = family.${version};
      space = map f.parse f.space;
      parsed = map (text: { inherit text; net = f.parse text; }) texts;
      bad = builtins.filter (r: !valid f r.net) parsed;
      good = builtins.filter (r: valid f r.net) parsed;
      inSpace = r: builtins.any (subnetOf r.net) space;
      catchAll = builtins.filter (r: r.net.length < f.widest && !(version == "6" && inSpace r)) good;
      # the helper leaves catch-alls out of the checks below (each is refused on its own)
      accepted = builtins.filter (r: !builtins.elem r catchAll) good;
      public = builtins.filter (r: !inSpace r) accepted;
      # CIDR blocks nest or are disjoint: the union is the blocks no other block contains
      nets = lib.unique (map (r: r.net) accepted);
      outermost = builtins.filter (n: !builtins.any (o: o != n && subnetOf n o) nets) nets;
      overlap = n: s: if subnetOf n s then size f n else if subnetOf s n then size f s else 0.0;
      publicSize = lib.foldl (
        total: n: total + size f n - lib.foldl (inside: s: inside + overlap n s) 0.0 space
      ) 0.0 outermost;
      quoted =
        rs:
        lib.concatMapStringsSep ", " (r: "\"${r.text}\"") rs
        + (if lib.length rs > 1 then " are" else " is");
    in
    {
      inherit accepted;
      assertions = [
        {
          assertion = bad == [ ];
          message = "${key}: ${quoted bad} not an IPv${version} network (ADDRESS/LENGTH, host bits zero).";
        }
        {
          assertion = catchAll == [ ];
          message =
            "${key}: ${quoted catchAll} a catch-all range (wider than /${toString f.widest}); it would "
            + "let most traffic bypass Tor. List the specific networks instead.";
        }
        {
          assertion = lan.allow_public_ranges || public == [ ];
          message =
            "${key}: ${quoted public} not LAN space (private, link-local, CGNAT or ULA); traffic "
            + "to it would bypass Tor. Remove it, or set services.onionpanel.settings.policy.lan."
            + "allow_public_ranges = true if that network really is local.";
        }
        {
          assertion = publicSize <= size f { length = f.widest; };
          message =
            "${key}: together the ranges cover more public addresses than a /${toString f.widest}: "
            + "a catch-all that would let most traffic bypass Tor. List only the networks that are "
            + "really local.";
        }
      ];
    };
  v4 = rangeChecks "4" lan.ranges_v4;
  v6 = rangeChecks "6" lan.ranges_v6;

  # (ranges the helper refuses do not count)
  lanAssertion = {
    assertion = !lan.allow || v4.accepted != [ ] || v6.accepted != [ ];
    message =
      "${prefix}.lan.allow is true but ranges_v4/ranges_v6 hold no usable range; list the local "
      + "networks (e.g. ranges_v4 = [ \"192.168.0.0/16\" ]) or set allow = false.";
  };

  # ---------------------------------------------------------------- ct mark bits

  markAssertions =
    let
      marks = {
        inherit (policy) exempt_ct_mark seen_ct_mark;
      };
      singleBit = mark: mark > 0 && mark < pow2 32 && lib.bitAnd mark (mark - 1) == 0;
    in
    lib.mapAttrsToList (key: mark: {
      assertion = singleBit mark;
      message =
        "${prefix}.${key} is ${toString mark}: it must be a single bit of the conntrack mark, "
        + "e.g. ${if key == "seen_ct_mark" then "4194304 (0x00400000)" else "2097152 (0x00200000)"}.";
    }) marks
    ++ lib.mapAttrsToList (key: mark: {
      assertion = !builtins.elem mark settings.exempt.fwmarks;
      message = "${prefix}.${key} collides with settings.exempt.fwmarks; pick another bit.";
    }) marks
    ++ [
      {
        assertion = policy.seen_ct_mark != policy.exempt_ct_mark;
        message = "${prefix}.seen_ct_mark equals exempt_ct_mark; pick another bit.";
      }
    ];

  # ---------------------------------------------------------------- profile keys per kind

  kindKeys = {
    "tor-isolated" = [
      "trans_port"
      "socks_port"
      "session_group"
    ];
    "clearnet-proxy" = [
      "proxy"
      "proxy_user"
      "proxy_ipv6"
      "proxy_udp_ports"
    ];
    "clearnet-direct" = [ "allow_direct" ];
  };
  foreignKeys =
    p: builtins.filter (key: p.${key} or null != null && !builtins.elem key kindKeys.${p.kind}) (
      lib.concatLists (builtins.attrValues kindKeys)
    );
  kindOf = key: lib.findFirst (kind: builtins.elem key kindKeys.${kind}) "" (builtins.attrNames kindKeys);
  profileKeyAssertions = map (p: {
    assertion = foreignKeys p == [ ];
    message =
      "services.onionpanel: profile \"${p.name}\" (kind = \"${p.kind}\") sets "
      + lib.concatMapStringsSep ", " (key: "${key} (only for ${kindOf key})") (foreignKeys p)
      + "; the helper refuses keys its kind does not read. Remove them or change the kind.";
  }) settings.profile;

  # ---------------------------------------------------------------- [[router]] entries

  # config_router.py: "tor" needs address, trans_port and dns_port (address_v6 with ipv6 =
  # "tor"); an address is the routed interface's own: never 0.0.0.0 or :: (tor's ports would be
  # open on every interface, the WAN included), never loopback, always LAN space
  addressProblem =
    version: text:
    let
      f = family.${version};
      net = f.parse "${text}/${toString f.bits}";
      example = if version == "4" then "10.77.0.1" else "fd77::1";
      loopback = f.parse (if version == "4" then "127.0.0.0/8" else "::1/128");
    in
    if !(valid f net) then
      "\"${text}\" is not an IPv${version} address; write e.g. \"${example}\"."
    else if builtins.all (w: w == 0) net.words then
      "\"${text}\" would open tor's TransPort and DNSPort on every interface, the WAN included; "
      + "give the routed interface's own address, e.g. \"${example}\"."
    else if subnetOf net loopback then
      "\"${text}\" is loopback, which forwarded packets cannot reach; give the routed "
      + "interface's own address."
    else if !builtins.any (subnetOf net) (map f.parse f.space) then
      "\"${text}\" is not LAN space (private, link-local, CGNAT or ULA): that is a WAN address, "
      + "and tor's ports must never listen on a WAN interface."
    else
      null;
  # an entry's name or PREFIX* covering an interface name; two that could cover the same one
  covers =
    pattern: name:
    if lib.hasSuffix "*" pattern then lib.hasPrefix (lib.removeSuffix "*" pattern) name else name == pattern;
  overlap =
    a: b:
    let
      stem = lib.removeSuffix "*";
    in
    if lib.hasSuffix "*" a && lib.hasSuffix "*" b then
      lib.hasPrefix (stem a) (stem b) || lib.hasPrefix (stem b) (stem a)
    else if lib.hasSuffix "*" a then
      covers a b
    else
      covers b a;
  routedNames = lib.concatLists (
    lib.imap0 (i: r: map (name: { inherit i name; }) r.interfaces) settings.router
  );
  overlapAssertions = lib.concatLists (
    lib.imap0 (
      n: x:
      map (y: {
        assertion = false;
        message =
          "services.onionpanel: settings.router[${toString x.i}].interfaces: \"${x.name}\" "
          + (
            if x.name == y.name then
              "is already in router[${toString y.i}]"
            else
              "overlaps \"${y.name}\" of router[${toString y.i}]"
          )
          + "; an interface belongs to one entry.";
      }) (builtins.filter (y: overlap x.name y.name) (lib.take n routedNames))
      ++ map (other: {
        assertion = false;
        message =
          "services.onionpanel: settings.router[${toString x.i}].interfaces: \"${x.name}\" "
          + (if x.name == other then "is also" else "covers \"${other}\", which is")
          + " in policy.forward_interfaces (forwarded without tor); remove it from one of them.";
      }) (builtins.filter (covers x.name) policy.forward_interfaces)
    ) routedNames
  );
  routerAssertions = overlapAssertions ++ lib.concatLists (
    lib.imap0 (
      i: r:
      let
        key = "services.onionpanel: settings.router[${toString i}]";
        tor = r.forwarded == "tor";
        v6 = tor && r.ipv6 == "tor";
        required =
          lib.optionals tor [
            "address"
            "trans_port"
            "dns_port"
          ]
          ++ lib.optional v6 "address_v6";
        missing = builtins.filter (k: r.${k} == null) required;
        addresses =
          lib.optional (tor && r.address != null) {
            k = "address";
            why = addressProblem "4" r.address;
          }
          ++ lib.optional (v6 && r.address_v6 != null) {
            k = "address_v6";
            why = addressProblem "6" r.address_v6;
          };
        loopbackNames = builtins.filter (
          name: if lib.hasSuffix "*" name then lib.hasPrefix (lib.removeSuffix "*" name) "lo" else name == "lo"
        ) r.interfaces;
        ranges = lib.concatMap (
          name:
          (rangeChecksFor (lib.substring (lib.stringLength name - 1) 1 name) "${key}.${name}" r.${name})
          .assertions
        ) (lib.optionals tor [
          "allowed_destinations_v4"
          "allowed_destinations_v6"
          "allowed_sources_v4"
          "allowed_sources_v6"
        ]);
      in
      map (k: {
        assertion = false;
        message =
          "${key}.${k} is missing: forwarded = \"tor\"${lib.optionalString (k == "address_v6") " with ipv6 = \"tor\""} "
          + "needs it (tor listens for the guests there).";
      }) missing
      ++ map (a: {
        assertion = a.why == null;
        message = "${key}.${a.k}: ${toString a.why}";
      }) addresses
      ++ [
        {
          assertion = !tor || r.trans_port == null || r.trans_port != r.dns_port;
          message = "${key}.dns_port must differ from trans_port.";
        }
        {
          assertion = loopbackNames == [ ];
          message =
            "${key}.interfaces: ${lib.concatMapStringsSep ", " (n: "\"${n}\"") loopbackNames} names "
            + "loopback: only interfaces that guests send from can be routed.";
        }
      ]
      ++ ranges
    ) settings.router
  );

  # ---------------------------------------------------------------- advice

  highPorts = builtins.filter (x: x.port >= 1024) (
    [
      { key = "tor.trans_port"; port = settings.tor.trans_port; }
      { key = "tor.dns_port"; port = settings.tor.dns_port; }
    ]
    ++ map (p: { key = "profile \"${p.name}\".trans_port"; port = p.trans_port; }) (
      builtins.filter (p: p.trans_port != null) settings.profile
    )
  );
  advice =
    map (
      x:
      "services.onionpanel: settings.${x.key} = ${toString x.port}: while tor is down any user may "
      + "bind it and receive what is redirected there until the helper notices; a port below "
      + "1024 cannot be taken."
    ) highPorts
    ++ lib.optional (policy.forwarded == "allow") (
      "services.onionpanel: settings.policy.forwarded = \"allow\": containers and VMs reach the "
      + "Internet without tor."
    )
    ++ map (
      name: "services.onionpanel: settings.policy.forward_interfaces: traffic from ${name} leaves without tor."
    ) policy.forward_interfaces
    ++ lib.concatLists (
      lib.imap0 (
        i: r:
        let
          key = "services.onionpanel: settings.router[${toString i}]";
        in
        lib.optional (r.forwarded == "allow") (
          "${key}.forwarded = \"allow\": traffic from ${lib.concatStringsSep ", " r.interfaces} "
          + "leaves without tor."
        )
        ++ lib.optional (r.forwarded == "tor" && r.trans_port != null && r.trans_port >= 1024) (
          "${key}.trans_port = ${toString r.trans_port}: a port below 1024 cannot be taken by "
          + "another user while tor is down."
        )
      ) settings.router
    );
in
{
  config = lib.mkIf cfg.enable {
    assertions =
      v4.assertions
      ++ v6.assertions
      ++ [ lanAssertion ]
      ++ markAssertions
      ++ profileKeyAssertions
      ++ routerAssertions;
    warnings = advice;
  };
}
