#!/usr/bin/env python3
"""hoist vs skopeo on a local docker-registry: medians of N runs and their ratio.

Starts an anonymous registry on a free loopback port, pushes examples/hello with skopeo, then
times each pair of commands alternately so both see the same machine state.
"""
import os, shutil, socket, statistics, subprocess, sys, tempfile, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 15
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOIST = os.path.join(ROOT, "target", "release", "hoist")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def start_registry(tmp):
    port = free_port()
    cfg = os.path.join(tmp, "config.yml")
    with open(cfg, "w") as f:
        f.write(f"version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: {tmp}/data\nhttp:\n  addr: 127.0.0.1:{port}\n")
    proc = subprocess.Popen(["docker-registry", "serve", cfg], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return proc, f"127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    raise SystemExit("registry did not start")


def timed(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def compare(name, hoist_cmd, skopeo_cmd):
    h, s = [], []
    timed(hoist_cmd), timed(skopeo_cmd)  # warm caches
    for _ in range(RUNS):
        h.append(timed(hoist_cmd))
        s.append(timed(skopeo_cmd))
    mh, ms = statistics.median(h), statistics.median(s)
    print(f"| {name} | {mh*1000:.1f} ms | {ms*1000:.1f} ms | {mh/ms:.2f}x |")


def main():
    for b in ("docker-registry", "skopeo"):
        if not shutil.which(b):
            raise SystemExit(f"{b} is not installed (scripts/test.sh installs it)")
    with tempfile.TemporaryDirectory() as tmp:
        proc, reg = start_registry(tmp)
        try:
            subprocess.run(["skopeo", "copy", "--all", "--preserve-digests", "--dest-tls-verify=false",
                            f"oci:{ROOT}/examples/hello:1.0", f"docker://{reg}/hello:1.0"],
                           check=True, stdout=subprocess.DEVNULL)
            ref = f"{reg}/hello:1.0"
            print(f"runs per command: {RUNS}\n")
            print("| task | hoist | skopeo | hoist/skopeo |")
            print("|---|---|---|---|")
            compare("manifest get --format raw / inspect --raw",
                    [HOIST, "manifest", "get", ref, "--format", "raw"],
                    ["skopeo", "inspect", "--raw", "--tls-verify=false", f"docker://{ref}"])
            compare("image inspect / inspect",
                    [HOIST, "image", "inspect", ref, "--platform", "linux/amd64", "--format", "json"],
                    ["skopeo", "inspect", "--tls-verify=false", "--override-arch", "amd64", f"docker://{ref}"])
        finally:
            proc.terminate()
            proc.wait()


if __name__ == "__main__":
    main()
