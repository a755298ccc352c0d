#!/usr/bin/env python3
"""Adds to package-lock.json the platform-specific optional packages that this machine's
npm registry mirror does not carry (rollup's builds for other systems, e.g.
@rollup/rollup-darwin-arm64), so that `npm ci` accepts the lockfile.

npm records every optional dependency of a package in the lockfile, installing only the one
for the machine at hand; packages the registry answers with 404 are left out, and `npm ci`
then rejects the lockfile as out of sync. The entries added here carry the os/cpu/libc that
the package name states, which is all npm reads to skip them on this platform; they have no
integrity hash because this registry cannot provide one. Run after `npm install`:
    python3 tools/complete-lockfile.py
"""
import json
import re
from pathlib import Path

LOCK = Path(__file__).resolve().parent.parent / "package-lock.json"
OS = {"android", "darwin", "freebsd", "linux", "openbsd", "openharmony", "win32", "sunos", "aix", "netbsd"}
CPU = {"arm": "arm", "arm64": "arm64", "x64": "x64", "ia32": "ia32", "loong64": "loong64",
       "ppc64": "ppc64", "riscv64": "riscv64", "s390x": "s390x"}


def platform_fields(name):
    """os/cpu/libc from a name like @rollup/rollup-linux-arm-musleabihf; None if unknown."""
    parts = name.rsplit("/", 1)[-1].split("-")
    for i, part in enumerate(parts):
        if part in OS and i + 1 < len(parts) and parts[i + 1] in CPU:
            fields = {"cpu": [CPU[parts[i + 1]]], "os": [part]}
            rest = "-".join(parts[i + 2:])
            if part == "linux":
                fields["libc"] = ["musl"] if rest.startswith("musl") else ["glibc"]
            return fields
    return None


def main():
    lock = json.loads(LOCK.read_text())
    packages = lock["packages"]
    added = []
    for meta in list(packages.values()):
        for dep, version in (meta.get("optionalDependencies") or {}).items():
            key = f"node_modules/{dep}"
            fields = platform_fields(dep)
            if key in packages or fields is None or not re.fullmatch(r"[0-9][0-9A-Za-z.+-]*", version):
                continue
            packages[key] = {"version": version, **fields, "dev": bool(meta.get("dev")),
                             "optional": True}
            added.append(f"{dep}@{version}")
    lock["packages"] = dict(sorted(packages.items(), key=lambda kv: (kv[0] != "", kv[0])))
    LOCK.write_text(json.dumps(lock, indent=2) + "\n")
    print(f"complete-lockfile: added {len(added)} entries" + (": " + ", ".join(added) if added else ""))


if __name__ == "__main__":
    main()
