# OnionPanel as a flake: packages.<system>.default (packaging/nixos/package.nix) and
# nixosModules.default (packaging/nixos/module.nix, with its package defaulting to this flake's).
#   nixosConfigurations.HOST = nixpkgs.lib.nixosSystem {
#     modules = [ onionpanel.nixosModules.default ./configuration.nix ];
#   };
{
  description = "OnionPanel: a Tor control panel for the Linux desktop, with a routing helper";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";

  outputs =
    { self, nixpkgs }:
    let
      systems = [
        "x86_64-linux"
        "aarch64-linux"
      ];
      forEachSystem = f: nixpkgs.lib.genAttrs systems (system: f nixpkgs.legacyPackages.${system});
    in
    {
      packages = forEachSystem (pkgs: {
        default = pkgs.callPackage ./packaging/nixos/package.nix { };
      });

      nixosModules.default =
        { pkgs, lib, ... }:
        {
          imports = [ ./packaging/nixos/module.nix ];
          services.onionpanel.package = lib.mkDefault self.packages.${pkgs.stdenv.hostPlatform.system}.default;
        };
    };
}
