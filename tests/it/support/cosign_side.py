"""The independent side of the signing tests: cosign's key files and tag-based signatures,
built and checked with Python's `cryptography` and `pynacl` from cosign's specification
(specs/SIGNATURE_SPEC.md, the `.sig` tag layout) and its key format (scrypt, then
nacl/secretbox around PKCS#8 DER), never with hoist's code.

Usage:
  cosign_side.py key KIND DIR                 -> DIR/priv.pem (PKCS#8) and DIR/pub.pem
  cosign_side.py cosign-key DIR PASSWORD N LABEL
                                              -> DIR/enc.key (cosign's format) and DIR/pub.pem
  cosign_side.py decrypt KEYFILE PASSWORD PUBFILE
                                              -> prints "ok N=<n>" when the key decrypts to the
                                                 private half of PUBFILE
  cosign_side.py public-of KEYFILE PASSWORD DIR
                                              -> DIR/pub.pem: the public half of a cosign key
  cosign_side.py sign-push REGISTRY REPO DIGEST IDENTITY KIND DIR [APPEND]
                                              -> signs the payload with a new KIND key
                                                 (DIR/pub.pem) and pushes the `.sig` manifest
  cosign_side.py check-sigs REGISTRY REPO DIGEST PUBFILE
                                              -> prints a JSON list of the payloads whose
                                                 signatures verify with PUBFILE
"""

import base64
import hashlib
import json
import os
import sys
import urllib.request

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
import nacl.bindings
import nacl.secret

SIMPLE_SIGNING = "application/vnd.dev.cosign.simplesigning.v1+json"
SIG_ANNOTATION = "dev.cosignproject.cosign/signature"


def new_key(kind):
    if kind.startswith("p256"):
        return ec.generate_private_key(ec.SECP256R1())
    if kind.startswith("p384"):
        return ec.generate_private_key(ec.SECP384R1())
    if kind == "p521":
        return ec.generate_private_key(ec.SECP521R1())
    if kind.startswith("rsa"):
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    if kind.startswith("ed25519"):
        return ed25519.Ed25519PrivateKey.generate()
    raise SystemExit(f"unknown kind {kind}")


def write_pub(key, d):
    with open(os.path.join(d, "pub.pem"), "wb") as f:
        f.write(
            key.public_key().public_bytes(
                serialization.Encoding.PEM,
                serialization.PublicFormat.SubjectPublicKeyInfo,
            )
        )


def pkcs8(key):
    return key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def pem(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i : i + 64] for i in range(0, len(b), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n"


def sign(key, kind, msg):
    if kind == "p256":
        return key.sign(msg, ec.ECDSA(hashes.SHA256()))
    if kind == "p384":
        return key.sign(msg, ec.ECDSA(hashes.SHA384()))
    if kind == "p384-sha256":
        return key.sign(msg, ec.ECDSA(hashes.SHA256()))
    if kind == "rsa-pkcs1":
        return key.sign(msg, padding.PKCS1v15(), hashes.SHA256())
    if kind == "rsa-pss-32":
        return key.sign(msg, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
    if kind == "rsa-pss-max":
        return key.sign(
            msg, padding.PSS(padding.MGF1(hashes.SHA256()), padding.PSS.MAX_LENGTH), hashes.SHA256()
        )
    if kind == "ed25519":
        return key.sign(msg)
    if kind == "ed25519ph":
        # libsodium's Ed25519ph (RFC 8032): the message is hashed with SHA-512 first.
        raw = key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        state = nacl.bindings.crypto_sign_ed25519ph_state()
        nacl.bindings.crypto_sign_ed25519ph_update(state, msg)
        return nacl.bindings.crypto_sign_ed25519ph_final_create(state, raw + pub)
    raise SystemExit(f"unknown kind {kind}")


def verify(pub, sig, msg):
    try:
        if isinstance(pub, ec.EllipticCurvePublicKey):
            h = hashes.SHA384() if pub.curve.name == "secp384r1" else hashes.SHA256()
            pub.verify(sig, msg, ec.ECDSA(h))
        elif isinstance(pub, rsa.RSAPublicKey):
            pub.verify(sig, msg, padding.PKCS1v15(), hashes.SHA256())
        else:
            pub.verify(sig, msg)
        return True
    except Exception:
        return False


def payload(identity, digest):
    doc = {
        "critical": {
            "identity": {"docker-reference": identity},
            "image": {"docker-manifest-digest": digest},
            "type": "cosign container image signature",
        },
        "optional": None,
    }
    return json.dumps(doc, separators=(",", ":")).encode()


def http(method, url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    with urllib.request.urlopen(req) as r:
        return r.read(), r.headers


def push_blob(base, repo, data):
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    _, h = http("POST", f"{base}/v2/{repo}/blobs/uploads/")
    loc = h["Location"]
    if loc.startswith("/"):
        loc = base + loc
    sep = "&" if "?" in loc else "?"
    http(
        "PUT",
        f"{loc}{sep}digest={digest}",
        data,
        {"Content-Type": "application/octet-stream"},
    )
    return digest


def sig_tag(digest):
    return digest.replace(":", "-") + ".sig"


def get_manifest(base, repo, ref):
    try:
        body, _ = http(
            "GET",
            f"{base}/v2/{repo}/manifests/{ref}",
            headers={"Accept": "application/vnd.oci.image.manifest.v1+json"},
        )
        return json.loads(body)
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return None
        raise


def main():
    mode = sys.argv[1]
    if mode == "key":
        kind, d = sys.argv[2], sys.argv[3]
        key = new_key(kind)
        with open(os.path.join(d, "priv.pem"), "w") as f:
            f.write(pem("PRIVATE KEY", pkcs8(key)))
        write_pub(key, d)
    elif mode == "cosign-key":
        d, password, n, label = sys.argv[2], sys.argv[3].encode(), int(sys.argv[4]), sys.argv[5]
        key = new_key("p256")
        salt = os.urandom(32)
        box_key = hashlib.scrypt(password, salt=salt, n=n, r=8, p=1, maxmem=256 * 1024 * 1024, dklen=32)
        nonce = os.urandom(24)
        sealed = nacl.secret.SecretBox(box_key).encrypt(pkcs8(key), nonce).ciphertext
        env = {
            "kdf": {
                "name": "scrypt",
                "params": {"N": n, "r": 8, "p": 1},
                "salt": base64.b64encode(salt).decode(),
            },
            "cipher": {"name": "nacl/secretbox", "nonce": base64.b64encode(nonce).decode()},
            "ciphertext": base64.b64encode(sealed).decode(),
        }
        with open(os.path.join(d, "enc.key"), "w") as f:
            f.write(pem(label, json.dumps(env).encode()))
        write_pub(key, d)
    elif mode in ("decrypt", "public-of"):
        keyfile, password, pubfile = sys.argv[2], sys.argv[3].encode(), sys.argv[4]
        text = open(keyfile).read()
        label = text.split("-----BEGIN ")[1].split("-----")[0]
        assert label == "ENCRYPTED SIGSTORE PRIVATE KEY", label
        body = "".join(text.split("-----")[2].split())
        env = json.loads(base64.b64decode(body))
        assert env["kdf"]["name"] == "scrypt" and env["cipher"]["name"] == "nacl/secretbox", env
        p = env["kdf"]["params"]
        box_key = hashlib.scrypt(
            password,
            salt=base64.b64decode(env["kdf"]["salt"]),
            n=p["N"],
            r=p["r"],
            p=p["p"],
            maxmem=256 * 1024 * 1024,
            dklen=32,
        )
        der = nacl.secret.SecretBox(box_key).decrypt(
            base64.b64decode(env["ciphertext"]), base64.b64decode(env["cipher"]["nonce"])
        )
        key = serialization.load_der_private_key(der, None)
        if mode == "public-of":
            write_pub(key, pubfile)
            return
        pub = serialization.load_pem_public_key(open(pubfile, "rb").read())
        assert key.public_key().public_numbers() == pub.public_numbers(), "the pair does not match"
        print(f"ok N={p['N']} r={p['r']} p={p['p']} curve={key.curve.name}")
    elif mode == "sign-push":
        host, repo, digest, identity, kind, d = sys.argv[2:8]
        append = len(sys.argv) > 8
        base = f"http://{host}"
        key = new_key(kind)
        write_pub(key, d)
        # PAYLOAD_DIGEST: a payload naming another digest than the one it is stored under.
        body = payload(identity, os.environ.get("PAYLOAD_DIGEST", digest))
        sig = base64.b64encode(sign(key, kind, body)).decode()
        layer_digest = push_blob(base, repo, body)
        layers = []
        if append:
            old = get_manifest(base, repo, sig_tag(digest))
            if old:
                layers = old["layers"]
        layers.append(
            {
                "mediaType": SIMPLE_SIGNING,
                "size": len(body),
                "digest": layer_digest,
                "annotations": {SIG_ANNOTATION: sig},
            }
        )
        config = json.dumps(
            {
                "architecture": "",
                "os": "",
                "rootfs": {"type": "layers", "diff_ids": [l["digest"] for l in layers]},
                "config": {},
            }
        ).encode()
        config_digest = push_blob(base, repo, config)
        manifest = {
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {
                "mediaType": "application/vnd.oci.image.config.v1+json",
                "size": len(config),
                "digest": config_digest,
            },
            "layers": layers,
        }
        http(
            "PUT",
            f"{base}/v2/{repo}/manifests/{sig_tag(digest)}",
            json.dumps(manifest).encode(),
            {"Content-Type": "application/vnd.oci.image.manifest.v1+json"},
        )
    elif mode == "check-sigs":
        host, repo, digest, pubfile = sys.argv[2:6]
        base = f"http://{host}"
        pub = serialization.load_pem_public_key(open(pubfile, "rb").read())
        m = get_manifest(base, repo, sig_tag(digest))
        out = []
        for layer in (m or {}).get("layers", []):
            assert layer["mediaType"] == SIMPLE_SIGNING, layer
            body, _ = http("GET", f"{base}/v2/{repo}/blobs/{layer['digest']}")
            assert "sha256:" + hashlib.sha256(body).hexdigest() == layer["digest"]
            sig = base64.b64decode(layer["annotations"][SIG_ANNOTATION])
            if verify(pub, sig, body):
                out.append(json.loads(body))
        print(json.dumps(out))
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
