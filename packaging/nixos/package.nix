# OnionPanel for Nix: the panel and the root helper, Qt wrapped, with the system files the NixOS
# module picks up (services.dbus.packages, systemd.packages, polkit through systemPackages):
#   share/dbus-1/system.d/org.onionpanel.Helper1.conf        D-Bus system bus policy
#   share/dbus-1/system-services/org.onionpanel.Helper1.service  bus activation
#   share/polkit-1/actions/org.onionpanel.helper.policy      polkit actions
#   lib/systemd/system/onionpanel-{firewall,helper}.service  units
#   share/doc/onionpanel/README.md                           what the units link to
# all installed by packaging/install-system, which puts this package's own bin/ into them.
#   pkgs.callPackage ./packaging/nixos/package.nix { }
{
  lib,
  python3Packages,
  qt6,
  nftables,
  bash,
}:
python3Packages.buildPythonApplication {
  pname = "onionpanel";
  version = "0.1.0";
  pyproject = true;

  src = lib.fileset.toSource {
    root = ../..;
    fileset = lib.fileset.unions [
      ../../pyproject.toml
      ../../README.md
      ../../onionpanel
      # (resources/ moves into the package with issue 13; either layout builds)
      (lib.fileset.maybeMissing ../../resources)
      (lib.fileset.maybeMissing ../../translations)
      ../../packaging/config
      ../../packaging/dbus
      ../../packaging/polkit
      ../../packaging/systemd
      ../../packaging/install-system
    ];
  };

  build-system = [ python3Packages.setuptools ];
  dependencies = with python3Packages; [
    pyside6
    stem
    qasync
    geoip2
    jeepney
  ];
  # nixpkgs' PySide6 is one package (pyside6), not the PyPI split PySide6-Essentials.
  pythonRemoveDeps = [ "PySide6-Essentials" ];
  pythonRelaxDeps = [
    "qasync"
    "geoip2"
    "jeepney"
    "stem"
  ];

  nativeBuildInputs = [ qt6.wrapQtAppsHook ];
  buildInputs = [
    qt6.qtbase
    qt6.qtwayland
    qt6.qtsvg
  ];
  dontWrapQtApps = true;
  preFixup = ''
    makeWrapperArgs+=("''${qtWrapperArgs[@]}")
  '';
  makeWrapperArgs = [
    "--prefix PATH : ${lib.makeBinPath [ nftables ]}"
  ]
  ++ lib.optional (builtins.pathExists ../../resources)
    "--set-default ONIONPANEL_RESOURCES ${placeholder "out"}/share/onionpanel/resources";

  postInstall = ''
    ${bash}/bin/bash packaging/install-system install \
      --prefix "$out" --bindir "$out/bin" --no-config
    if [ -d resources ]; then
      mkdir -p "$out/share/onionpanel"
      cp -r resources "$out/share/onionpanel/resources"
    fi
  '';

  # The tests need root, network namespaces and a tor network; tests/run runs them.
  doCheck = false;
  pythonImportsCheck = [
    "onionpanel"
    "onionpanel.helper"
  ];

  meta = {
    description = "Tor control panel for the Linux desktop, with a root helper for routing modes";
    license = lib.licenses.gpl3Plus;
    platforms = lib.platforms.linux;
    mainProgram = "onionpanel";
  };
}
