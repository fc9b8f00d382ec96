"""The built wheel works on its own: templates, policies and sample data come from the wheel.

The wheel is installed with ``--no-deps`` into a fresh venv whose only link to the project's
venv is a ``.pth`` line naming its site-packages, for the dependencies. A ``.pth`` line is
added to ``sys.path`` but not scanned for further ``.pth`` files, so the project's editable
install (itself a ``.pth``) stays invisible and ``import dunning_sms`` can only find the wheel.
This needs no network and no PyPI, unlike ``pip install <wheel>`` with its dependencies.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("build") is None or importlib.util.find_spec("hatchling") is None,
        reason="needs the 'build' and 'hatchling' packages (pip install -e '.[dev]')",
    ),
]


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    _run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, cwd=ROOT)
    (wheel,) = dist.glob("dunning_sms-*.whl")
    venv = tmp / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp)
    python = venv / "bin" / "python"
    site = Path(
        _run(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp
        ).strip()
    )
    (site / "_project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(
        sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        "--quiet", wheel, cwd=tmp,
    )  # fmt: skip
    return wheel, venv


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}


def test_wheel_contents(installed: tuple[Path, Path]) -> None:
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("py.typed", "_version.py", "policies/cn.toml", "data/demo.jsonl"):
        assert f"dunning_sms/{required}" in names
    shipped = {
        f"dunning_sms/templates/{p.relative_to(ROOT / 'templates').as_posix()}"
        for p in (ROOT / "templates").rglob("*")
        if p.is_file() and p.suffix in (".j2", ".toml")
    }
    assert shipped
    assert shipped <= names, sorted(shipped - names)
    assert not any(n.startswith(("tests/", "docs/")) for n in names)
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Provides-Extra: pandas" in text
    assert "Classifier: Typing :: Typed" in text


def test_installed_package_uses_its_own_files(installed: tuple[Path, Path], tmp_path: Path) -> None:
    _, venv = installed
    probe = (
        "import dunning_sms as ds;"
        "print(ds.__file__); print(ds.Composer('cn').library.directory);"
        "print(' '.join(ds.Composer('cn').library.keys()))"
    )
    out = _run(venv / "bin" / "python", "-c", probe, cwd=tmp_path, env=_clean_env()).splitlines()
    package = Path(out[0]).parent
    assert package.is_relative_to(venv.resolve()), out[0]
    assert Path(out[1]) == package / "templates"
    keys = set(out[2].split())
    assert keys == {p.stem for p in (ROOT / "templates").glob("*/*.j2")}


def test_installed_cli_demo_runs_outside_the_checkout(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, venv = installed
    done = subprocess.run(
        [str(venv / "bin" / "dunning-sms"), "demo"],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode in (0, 1), done.stderr
    last = done.stdout.strip().splitlines()[-1]
    count = int(last.split()[0])
    assert count > 0
    assert last.endswith("messages composed from demo.jsonl")
    assert "【安心借】" in done.stdout
