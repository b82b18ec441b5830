# Evaluates flake.nix's outputs with a stand-in nixpkgs input (nixpkgs' lib, callPackage that
# records what it was asked to build) and its NixOS module on top of the stand-in options.
{ root }:
let
  lib = import <nixlib/lib>;
  flake = import (root + "/flake.nix");
  fakeNixpkgs = {
    inherit lib;
    legacyPackages = lib.genAttrs [ "x86_64-linux" "aarch64-linux" ] (system: {
      callPackage = path: args: {
        type = "derivation";
        name = "onionpanel-0.1.0";
        outPath = "/nix/store/11111111111111111111111111111111-onionpanel-${system}";
        builtFrom = toString path;
      };
    });
  };
  self = flake.outputs {
    inherit self;
    nixpkgs = fakeNixpkgs;
  };
  evaluated = lib.evalModules {
    modules = [
      ./stubs.nix
      self.nixosModules.default
      { services.onionpanel.enable = true; }
    ];
  };
in
{
  inputs = builtins.attrNames flake.inputs;
  packages = lib.mapAttrs (_: p: p.default.builtFrom) self.packages;
  modulePackage = evaluated.config.services.onionpanel.package.outPath;
  failed = map (a: a.message) (builtins.filter (a: !a.assertion) evaluated.config.assertions);
}
