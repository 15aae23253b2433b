#!/usr/bin/env bash
# The one test command: installs what the tests need (Debian docker-registry, skopeo,
# apache2-utils for htpasswd, openssl, curl, iproute2, buildah, podman, umoci; oras and sarif-tools
# from PyPI; cryptography and pynacl from PyPI for the signing tests)
# when missing and running as root, then runs the whole suite with HOIST_REQUIRE_REGISTRY=1 so
# registry and interop tests fail rather than skip.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v docker-registry >/dev/null 2>&1 || need+=(docker-registry)
command -v skopeo >/dev/null 2>&1 || need+=(skopeo)
command -v htpasswd >/dev/null 2>&1 || need+=(apache2-utils)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# curl asks hoist serve for its referrers API by hand.
command -v curl >/dev/null 2>&1 || need+=(curl)
# `ip netns` gives the credential tests a registry address that is not loopback.
command -v ip >/dev/null 2>&1 || need+=(iproute2)
# Other tools as oracles: buildah builds images from scratch, podman pulls hoist's copies,
# umoci unpacks (the reference for extraction).
for t in buildah podman umoci; do
  command -v "$t" >/dev/null 2>&1 || need+=("$t")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "missing ${need[*]}: install them (Debian: apt-get install ${need[*]})" >&2
    exit 1
  fi
fi

# The oras Python SDK pushes and pulls artifacts with referrers; sarif-tools reads back
# `image audit --format sarif`.
if ! python3 -c 'import oras.client' >/dev/null 2>&1; then
  echo "installing: oras (PyPI)"
  python3 -m pip install --quiet --disable-pip-version-check 'oras==0.2.43'
fi
# cryptography and pynacl build the independent side of the signing tests (cosign's key files
# and signatures), never hoist's own code.
if ! python3 -c 'import cryptography, nacl' >/dev/null 2>&1; then
  echo "installing: cryptography, pynacl (PyPI)"
  python3 -m pip install --quiet --disable-pip-version-check 'cryptography==48.0.0' 'pynacl==1.5.0'
fi
if ! python3 -c 'import sarif' >/dev/null 2>&1; then
  echo "installing: sarif-tools (PyPI)"
  python3 -m pip install --quiet --disable-pip-version-check 'sarif-tools==3.0.5'
fi

export HOIST_REQUIRE_REGISTRY=1
cargo fmt --all -- --check
cargo clippy --locked --all-targets -- -D warnings
cargo test --locked --all-targets
