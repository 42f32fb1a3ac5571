"""What pyproject.toml promises a wheel: every resource folder, and metadata that
setuptools accepts without deprecation warnings."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
tomllib = pytest.importorskip("tomllib") if sys.version_info >= (3, 11) else pytest.importorskip("tomli")


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_resource_folder_is_a_package_of_the_wheel():
    """setuptools ignores data in a folder that is not listed as a package ("Package
    would be ignored"): a new folder under resources/ must be added to the list."""
    packages = set(pyproject()["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(("backprop_gui", "resources", *path.relative_to(ROOT / "resources").parts))
        for path in (ROOT / "resources").rglob("*")
        if path.is_dir() and "__pycache__" not in path.parts
    }
    assert folders, "no resource folders found"
    assert not sorted(folders - packages), f"add to [tool.setuptools] packages: {sorted(folders - packages)}"
    assert "backprop_gui.resources" in packages


def test_the_licence_is_an_spdx_expression_with_a_setuptools_that_reads_it():
    config = pyproject()
    assert config["project"]["license"] == "MIT"  # the table form is deprecated (setuptools 77)
    assert not any(c.startswith("License ::") for c in config["project"].get("classifiers", []))
    assert "setuptools>=77" in " ".join(config["build-system"]["requires"])
