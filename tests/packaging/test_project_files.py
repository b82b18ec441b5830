"""Project files a packager reads first, and the package data the installed program loads."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from onionpanel import __version__
from onionpanel.geo.world import default_world_path
from onionpanel.resources import RESOURCES_ENV, resource_path, resources_root

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
COMPILED = ROOT / "onionpanel" / "resources" / "translations"


def test_license_file_is_the_licence_pyproject_names() -> None:
    project = PYPROJECT["project"]
    assert project["license"] == "GPL-3.0-or-later"
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text()
    assert text.split()[:5] == ["GNU", "GENERAL", "PUBLIC", "LICENSE", "Version"]
    assert "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text
    assert len(text) > 30000  # the full text, not a pointer to it


def test_pyproject_metadata_for_packagers() -> None:
    project = PYPROJECT["project"]
    assert project["version"] == __version__
    assert {"Homepage", "Source", "Issues", "Changelog"} <= set(project["urls"])
    assert "Operating System :: POSIX :: Linux" in project["classifiers"]
    assert not [c for c in project["classifiers"] if c.startswith("License ::")]  # SPDX instead
    assert any(r.startswith("keyring") for r in project["optional-dependencies"]["keyring"])
    assert "keyring" in (ROOT / "onionpanel/ui/shell/keyring_store.py").read_text()
    assert {"argparse-manpage", "shtab"} <= {
        r.split(">")[0].split("=")[0] for r in PYPROJECT["build-system"]["requires"]
    }


def test_security_policy_and_changelog() -> None:
    security = (ROOT / "SECURITY.md").read_text()
    assert "Reporting a vulnerability" in security
    assert "What the helper promises" in security
    assert "inet onionpanel" in security
    for action in ("switch-mode", "toggle-clearnet"):
        policy = (ROOT / "packaging/polkit/org.onionpanel.helper.policy").read_text()
        assert f"org.onionpanel.helper.{action}" in security
        assert f'"org.onionpanel.helper.{action}"' in policy
    assert "## [Unreleased]" in (ROOT / "CHANGELOG.md").read_text()


def test_data_lives_in_the_package() -> None:
    assert not (ROOT / "resources").exists()
    assert resources_root() == ROOT / "onionpanel" / "resources"
    assert default_world_path().is_file()
    assert resource_path("icons", "hicolor", "scalable", "apps").is_dir()


def test_resources_override_for_development(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "world").mkdir()
    shutil.copy(default_world_path(), tmp_path / "world")
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path))
    assert default_world_path() == tmp_path / "world" / "world-110m.json.gz"


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="needs pyside6-lrelease")
def test_committed_translations_are_compiled_from_their_sources(tmp_path: Path) -> None:
    sources = sorted((ROOT / "translations").glob("onionpanel_*.ts"))
    compiled = sorted(COMPILED.glob("*.qm")) if COMPILED.exists() else []
    assert [qm.stem for qm in compiled] == [ts.stem for ts in sources]
    for ts in sources:
        fresh = tmp_path / f"{ts.stem}.qm"
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == (COMPILED / fresh.name).read_bytes(), (
            f"{ts.name} changed: run translations/update"
        )


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="needs pyside6-lrelease")
def test_panel_loads_translations_from_the_resources(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A German test catalogue in an overriding resources folder is what the panel uses."""
    from onionpanel.ui.shell.app import _install_translator

    ts = tmp_path / "onionpanel_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>Tray</name><message><source>OnionPanel: {phase}</source>"
        "<translation>OnionPanel: {phase} (de)</translation></message></context></TS>"
    )
    (tmp_path / "translations").mkdir()
    qm = tmp_path / "translations" / "onionpanel_de.qm"
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path))
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        _install_translator(qapp)
        text = QCoreApplication.translate("Tray", "OnionPanel: {phase}")
    finally:
        QLocale.setDefault(previous)
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
    assert text == "OnionPanel: {phase} (de)"
