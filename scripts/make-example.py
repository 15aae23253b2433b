#!/usr/bin/env python3
"""Builds examples/hello, the small multi-platform OCI layout the README's quick start uses.

Deterministic: fixed mtimes, gzip without timestamps, sorted JSON keys. Re-running it
reproduces the same digests, so the checked-in layout can always be regenerated.
"""
import gzip, hashlib, io, json, os, shutil, sys, tarfile

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "hello")
MTIME = 1700000000


def blob(data: bytes) -> str:
    d = hashlib.sha256(data).hexdigest()
    p = os.path.join(root, "blobs", "sha256", d)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)
    return "sha256:" + d


def layer(files):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as t:
        for name, content, mode in files:
            if content is None:
                ti = tarfile.TarInfo(name)
                ti.type = tarfile.DIRTYPE
                ti.mode = mode
                ti.mtime = MTIME
                t.addfile(ti)
            else:
                ti = tarfile.TarInfo(name)
                ti.size = len(content)
                ti.mode = mode
                ti.mtime = MTIME
                t.addfile(ti, io.BytesIO(content))
    tar = buf.getvalue()
    gz = gzip.compress(tar, mtime=0)
    return tar, gz


def dumps(obj) -> bytes:
    return json.dumps(obj, separators=(",", ":"), sort_keys=True).encode()


def image(arch, variant):
    msg = f"hello from {arch}{'/' + variant if variant else ''}\n".encode()
    l1_tar, l1 = layer([("etc/", None, 0o755), ("etc/hello.conf", b"greeting=hello\n", 0o644)])
    l2_tar, l2 = layer([("srv/", None, 0o755), ("srv/message.txt", msg, 0o644)])
    cfg = {
        "architecture": arch,
        "os": "linux",
        "created": "2026-01-01T00:00:00Z",
        "config": {
            "Env": ["PATH=/usr/bin:/bin"],
            "Cmd": ["cat", "/srv/message.txt"],
            "WorkingDir": "/srv",
            "Labels": {"org.opencontainers.image.title": "hello", "org.opencontainers.image.version": "1.0"},
        },
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + hashlib.sha256(t).hexdigest() for t in (l1_tar, l2_tar)]},
        "history": [
            {"created": "2026-01-01T00:00:00Z", "created_by": "COPY hello.conf /etc/"},
            {"created": "2026-01-01T00:00:00Z", "created_by": "COPY message.txt /srv/"},
        ],
    }
    if variant:
        cfg["variant"] = variant
    cfg_bytes = dumps(cfg)
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": blob(cfg_bytes), "size": len(cfg_bytes)},
        "layers": [
            {"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": blob(l), "size": len(l)} for l in (l1, l2)
        ],
    }
    mb = dumps(manifest)
    plat = {"architecture": arch, "os": "linux"}
    if variant:
        plat["variant"] = variant
    return {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": blob(mb), "size": len(mb), "platform": plat}


def main():
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    entries = [image("amd64", None), image("arm64", "v8")]
    idx = dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": entries})
    d = blob(idx)
    with open(os.path.join(root, "oci-layout"), "w") as f:
        f.write('{"imageLayoutVersion":"1.0.0"}')
    top = {"mediaType": "application/vnd.oci.image.index.v1+json", "digest": d, "size": len(idx),
           "annotations": {"org.opencontainers.image.ref.name": "1.0"}}
    with open(os.path.join(root, "index.json"), "wb") as f:
        f.write(dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [top]}))
    print(d)


if __name__ == "__main__":
    sys.exit(main())
