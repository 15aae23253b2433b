#!/usr/bin/env python3
"""hoist vs skopeo (and curl) on local docker-registry instances: medians and ratios.

Usage: bench.py [--runs N] [SUITE...]   suites: read verify pull copy extract audit (default: all)

- read:   `manifest get --format raw` and `image inspect` vs `skopeo inspect [--raw]`.
- verify: a 512 MiB layer (poorly and well compressible): `digest verify` vs the larger of a
          curl GET of the blob and `hoist digest` of the same file on disk; peak RSS.
- pull:   `layer pull` of a 40-layer image, 4 jobs vs 1 (sequential) and vs `skopeo copy` to a
          dir: directory, straight from loopback and through a proxy adding 10 ms per round
          trip (what a registry across a network costs per request).
- copy:   registry -> registry (two registries, so nothing can be mounted): one 512 MiB layer,
          a multi-arch index, 40 small layers, vs `skopeo copy` with its blob-info cache
          deleted before each run and a fresh destination repository for every run; the
          curl GET|PUT pipe as the floor; peak RSS.
- extract: `layer pull --extract` of a three-layer image from an OCI layout (20,000 small files
          in 400 directories; whiteouts of a tenth of them and changes; one 128 MiB file) vs
          `umoci unpack` of the same layout (umoci's unpack is the reference for extraction).
- serve:  `hoist serve` vs distribution: skopeo pushing the 512 MiB image into each; 64
          keep-alive clients GETting a manifest (ApacheBench); the server's peak RSS while 8
          clients download the 512 MiB blob at once; 64 clients downloading it from each; RSS
          with 1000 unfinished uploads of 1 MiB less a byte; manifest GETs by tag with 1 and
          with 5000 tags in the repository.
- audit:  `image audit` of the 512 MiB single-layer images vs `digest verify` of the same, with
          peak RSS; `image audit` of the 40-layer image with 4 jobs vs 1.
- sign:   requests of `verify` of an image with 10 signatures (10 keys) vs `manifest head`;
          `copy --verify-key` of the 512 MiB image vs `copy` (fresh destination each run).
"""
import argparse, gzip, hashlib, io, json, os, shutil, socket, statistics, subprocess, sys, tarfile, tempfile, threading, time, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOIST = os.path.join(ROOT, "target", "release", "hoist")
MIB = 1024 * 1024


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def wait_for_port(port):
    """Until something listens on loopback `port` (10 s at most)."""
    for _ in range(400):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return
        except OSError:
            time.sleep(0.025)


class Registry:
    def __init__(self, tmp, name):
        self.port = free_port()
        self.dir = os.path.join(tmp, name)
        os.makedirs(self.dir)
        cfg = os.path.join(self.dir, "config.yml")
        with open(cfg, "w") as f:
            f.write(f"version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: {self.dir}/data\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:{self.port}\n")
        self.proc = subprocess.Popen(["docker-registry", "serve", cfg], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port)
        self.host = f"127.0.0.1:{self.port}"

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


class RttProxy:
    """A TCP proxy in front of a registry that adds `rtt` seconds to each new connection and to
    each request (every client-to-registry write of a plain HTTP/1.1 client is a request): the
    round trips a registry across a network costs, which loopback hides. Responses pass through
    with splice(2), so the proxy adds little CPU."""

    def __init__(self, target_port, rtt):
        self.target, self.rtt = ("127.0.0.1", target_port), rtt
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.host = f"127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client):
        time.sleep(self.rtt)  # the TCP handshake's round trip
        upstream = socket.create_connection(self.target)
        threading.Thread(target=self._down, args=(upstream, client), daemon=True).start()
        try:
            while True:
                data = client.recv(1 << 16)
                if not data:
                    break
                time.sleep(self.rtt)
                upstream.sendall(data)
        except OSError:
            pass
        finally:
            try:
                upstream.shutdown(socket.SHUT_WR)
            except OSError:
                pass

    @staticmethod
    def _down(upstream, client):
        r, w = os.pipe()
        try:
            while True:
                n = os.splice(upstream.fileno(), w, 1 << 20)
                if n == 0:
                    break
                while n:
                    n -= os.splice(r, client.fileno(), n)
        except OSError:
            pass
        finally:
            os.close(r), os.close(w)
            client.close()
            upstream.close()

    def stop(self):
        self.sock.close()


def run(cmd, **kw):
    """Runs a command; returns (seconds, peak RSS in MiB)."""
    dt, rss, _ = run_cpu(cmd, **kw)
    return dt, rss


def run_cpu(cmd, **kw):
    """Runs a command; returns (seconds, peak RSS in MiB, user+system CPU seconds)."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t
    if status != 0:
        raise SystemExit(f"failed ({status}): {' '.join(cmd)}")
    return dt, ru.ru_maxrss / 1024, ru.ru_utime + ru.ru_stime


def in_child(f, *args):
    """Runs a fixture builder in a forked child, so this process never holds the big buffers:
    a child's peak RSS (ru_maxrss) includes what it inherited at fork, which would otherwise
    count our fixtures as hoist's memory."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            out = json.dumps(f(*args)).encode()
            os.write(w, out)
            os._exit(0)
        except BaseException as e:  # noqa: BLE001 - report and exit the child
            sys.stderr.write(f"fixture failed: {e}\n")
            os._exit(1)
    os.close(w)
    data = b""
    while True:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        data += chunk
    os.close(r)
    _, status = os.waitpid(pid, 0)
    if status != 0:
        raise SystemExit("building a fixture failed")
    return json.loads(data)


def shell(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def cpu_seconds(pid):
    """user+system CPU seconds a running process has used."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def median(xs):
    return statistics.median(xs)


def row(*cells):
    print("| " + " | ".join(str(c) for c in cells) + " |")


# ---- fixture layouts ------------------------------------------------------------------------

def blob(layout, data):
    d = hashlib.sha256(data).hexdigest()
    p = os.path.join(layout, "blobs", "sha256", d)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)
    return {"digest": "sha256:" + d, "size": len(data)}


def tar_of(files):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for name, data in files:
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = 1700000000
            t.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def image(layout, tars, arch="amd64"):
    layers, diff_ids = [], []
    for t in tars:
        gz = zlib.compressobj(1, zlib.DEFLATED, 31)
        comp = gz.compress(t) + gz.flush()
        d = blob(layout, comp)
        d["mediaType"] = "application/vnd.oci.image.layer.v1.tar+gzip"
        layers.append(d)
        diff_ids.append("sha256:" + hashlib.sha256(t).hexdigest())
    cfg = json.dumps({"architecture": arch, "os": "linux", "rootfs": {"type": "layers", "diff_ids": diff_ids}, "config": {}}).encode()
    c = blob(layout, cfg)
    c["mediaType"] = "application/vnd.oci.image.config.v1+json"
    m = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": c, "layers": layers}).encode()
    d = blob(layout, m)
    d["mediaType"] = "application/vnd.oci.image.manifest.v1+json"
    d["platform"] = {"architecture": arch, "os": "linux"}
    return d


def write_index(layout, top, tag):
    with open(os.path.join(layout, "oci-layout"), "w") as f:
        f.write('{"imageLayoutVersion":"1.0.0"}')
    top = dict(top)
    top.pop("platform", None)
    top["annotations"] = {"org.opencontainers.image.ref.name": tag}
    with open(os.path.join(layout, "index.json"), "w") as f:
        json.dump({"schemaVersion": 2, "manifests": [top]}, f)


def multi(layout, images):
    idx = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": images}).encode()
    d = blob(layout, idx)
    d["mediaType"] = "application/vnd.oci.image.index.v1+json"
    return d


def push(layout, tag, ref):
    subprocess.run(["skopeo", "copy", "--all", "--preserve-digests", "--dest-tls-verify=false", f"oci:{layout}:{tag}", f"docker://{ref}"], check=True, stdout=subprocess.DEVNULL)


def big_tar(kind):
    if kind == "random":
        data = os.urandom(512 * MIB - 10240)
    else:
        line = b"".join(b"%08d the quick brown fox jumps over the lazy dog\n" % i for i in range(4096))
        data = (line * (512 * MIB // len(line) + 1))[: 512 * MIB - 10240]
    return tar_of([("data.bin", data)])


# ---- suites ---------------------------------------------------------------------------------

def suite_read(tmp, runs):
    reg = Registry(tmp, "read")
    push(os.path.join(ROOT, "examples", "hello"), "1.0", f"{reg.host}/hello:1.0")
    ref = f"{reg.host}/hello:1.0"
    print("\n### read (ms, median of %d)\n" % runs)
    row("task", "hoist", "skopeo", "hoist/skopeo")
    row("---", "---", "---", "---")
    for name, h, s in [
        ("manifest get --format raw", [HOIST, "manifest", "get", ref, "--format", "raw"], ["skopeo", "inspect", "--raw", "--tls-verify=false", f"docker://{ref}"]),
        ("image inspect", [HOIST, "image", "inspect", ref, "--platform", "linux/amd64", "--format", "json"], ["skopeo", "inspect", "--tls-verify=false", "--override-arch", "amd64", f"docker://{ref}"]),
    ]:
        run(h), run(s)
        ht = median([run(h)[0] for _ in range(runs)])
        st = median([run(s)[0] for _ in range(runs)])
        row(name, f"{ht*1000:.1f}", f"{st*1000:.1f}", f"{ht/st:.2f}x")
    reg.stop()


def suite_verify(tmp, runs):
    reg = Registry(tmp, "verify")
    print("\n### digest verify of one 512 MiB layer (s, median of %d)\n" % runs)
    row("layer", "curl GET", "hoist digest FILE", "digest verify", "verify / max(curl, digest)", "verify peak RSS")
    row("---", "---", "---", "---", "---", "---")
    for kind in ("random", "text"):
        layout = os.path.join(tmp, f"big-{kind}")

        def build(layout=layout, kind=kind):
            d = image(layout, [big_tar(kind)])
            write_index(layout, d, "v1")
            return d

        d = in_child(build)
        push(layout, "v1", f"{reg.host}/big-{kind}:v1")
        man = json.load(open(os.path.join(layout, "blobs", "sha256", d["digest"][7:]), "rb"))
        layer = man["layers"][0]["digest"]
        layer_file = os.path.join(layout, "blobs", "sha256", layer[7:])
        ref = f"{reg.host}/big-{kind}:v1"
        curl = ["curl", "-sf", "-o", "/dev/null", f"http://{reg.host}/v2/big-{kind}/blobs/{layer}"]
        dig = [HOIST, "digest", layer_file]
        ver = [HOIST, "digest", "verify", ref]
        run(curl), run(dig), run(ver)
        c = median([run(curl)[0] for _ in range(runs)])
        g = median([run(dig)[0] for _ in range(runs)])
        vs = [run(ver) for _ in range(runs)]
        v = median([x[0] for x in vs])
        rss = max(x[1] for x in vs)
        comp = os.path.getsize(layer_file) / MIB
        row(f"{kind} ({comp:.0f} MiB compressed)", f"{c:.2f}", f"{g:.2f}", f"{v:.2f}", f"{v/max(c, g):.2f}x", f"{rss:.1f} MiB")
        shutil.rmtree(layout)
    reg.stop()


def forty_layers(layout, size):
    return image(layout, [tar_of([(f"f{i}.bin", os.urandom(size))]) for i in range(40)])


def suite_pull(tmp, runs):
    reg = Registry(tmp, "pull")
    layout = os.path.join(tmp, "forty")
    in_child(lambda: write_index(layout, forty_layers(layout, 4 * MIB), "v1"))
    push(layout, "v1", f"{reg.host}/forty:v1")
    rtt = RttProxy(reg.port, 0.010)
    print("\n### layer pull of 40 x 4 MiB layers (s, median of %d)\n" % runs)
    print("CPU columns are per `--jobs 4` pull; the floor is all of it (hoist's and the registry's)")
    print("spread over every core, the least time any client could take on this machine.\n")
    row("registry", "jobs 4", "jobs 1 (sequential)", "jobs 4 / jobs 1", "skopeo copy to dir:", "jobs 4 / skopeo",
        "hoist CPU s", "registry CPU s", "CPU floor / jobs 1")
    row(*["---"] * 9)
    for name, host in (("loopback", reg.host), ("loopback + 10 ms per round trip", rtt.host)):
        ref = f"{host}/forty:v1"
        res, cpu = {}, {"hoist": [], "registry": []}
        for jobs in ("4", "1", "skopeo"):
            ts = []
            for i in range(runs + 1):
                out = os.path.join(tmp, f"pull-{jobs}-{i}")
                if jobs == "skopeo":
                    cmd = ["skopeo", "copy", "--src-tls-verify=false", f"docker://{ref}", f"dir:{out}"]
                else:
                    cmd = [HOIST, "layer", "pull", ref, "-o", out, "--jobs", jobs]
                before = cpu_seconds(reg.proc.pid)
                t, _, c = run_cpu(cmd)
                if jobs == "4" and i > 0:
                    cpu["hoist"].append(c)
                    cpu["registry"].append(cpu_seconds(reg.proc.pid) - before)
                ts.append(t)
                shutil.rmtree(out)
            res[jobs] = median(ts[1:])
        h, r = median(cpu["hoist"]), median(cpu["registry"])
        floor = (h + r) / os.cpu_count()
        row(name, f"{res['4']:.2f}", f"{res['1']:.2f}", f"{res['4']/res['1']:.2f}x", f"{res['skopeo']:.2f}",
            f"{res['4']/res['skopeo']:.2f}x", f"{h:.2f}", f"{r:.2f}", f"{floor/res['1']:.2f}x")
    rtt.stop()
    reg.stop()


def clear_skopeo_cache():
    for d in ("/var/lib/containers/cache", os.path.expanduser("~/.local/share/containers/cache")):
        shutil.rmtree(d, ignore_errors=True)


def suite_copy(tmp, runs):
    src = Registry(tmp, "copy-src")
    dst = Registry(tmp, "copy-dst")
    # one big layer
    big = os.path.join(tmp, "copy-big")
    in_child(lambda: write_index(big, image(big, [big_tar("random")]), "v1"))
    push(big, "v1", f"{src.host}/big:v1")
    # multi-arch: 3 platforms x 2 layers x 8 MiB
    ma = os.path.join(tmp, "copy-multi")
    in_child(lambda: write_index(ma, multi(ma, [image(ma, [tar_of([(f"{a}{i}", os.urandom(8 * MIB))]) for i in range(2)], arch=a) for a in ("amd64", "arm64", "s390x")]), "v1"))
    push(ma, "v1", f"{src.host}/multi:v1")
    # 40 small layers
    small = os.path.join(tmp, "copy-small")
    in_child(lambda: write_index(small, forty_layers(small, 64 * 1024), "v1"))
    push(small, "v1", f"{src.host}/small:v1")

    big_manifest = json.load(open(os.path.join(big, "index.json")))["manifests"][0]["digest"]
    layer = json.load(open(os.path.join(big, "blobs", "sha256", big_manifest[7:])))["layers"][0]["digest"]

    print("\n### copy registry -> registry (s, median of %d; fresh destination repository each run)\n" % runs)
    row("task", "hoist", "skopeo", "hoist/skopeo", "curl GET|PUT floor", "hoist peak RSS")
    row("---", "---", "---", "---", "---", "---")
    counter = [0]

    def fresh(name):
        counter[0] += 1
        return f"{dst.host}/{name}-{counter[0]}:v1"

    for name, repo, skopeo_all in [("one 512 MiB layer", "big", False), ("multi-arch index, all platforms", "multi", True), ("40 small layers", "small", False)]:
        hs, ss, rss = [], [], 0.0
        for i in range(runs + 1):
            t, r = run([HOIST, "copy", f"{src.host}/{repo}:v1", fresh(repo)])
            clear_skopeo_cache()
            cmd = ["skopeo", "copy", "--src-tls-verify=false", "--dest-tls-verify=false"] + (["--all"] if skopeo_all else []) + [f"docker://{src.host}/{repo}:v1", f"docker://{fresh(repo)}"]
            s, _ = run(cmd)
            if i > 0:
                hs.append(t)
                ss.append(s)
                rss = max(rss, r)
        floor = ""
        if repo == "big":
            fs = []
            for _ in range(runs):
                n = fresh("curl").split("/")[1].split(":")[0]
                loc = subprocess.run(["curl", "-sfi", "-X", "POST", f"http://{dst.host}/v2/{n}/blobs/uploads/"], capture_output=True, text=True).stdout
                loc = [l.split(": ", 1)[1].strip() for l in loc.splitlines() if l.lower().startswith("location:")][0]
                sep = "&" if "?" in loc else "?"
                fs.append(shell(f"curl -sf http://{src.host}/v2/big/blobs/{layer} | curl -sf -X PUT -T - -H 'Content-Type: application/octet-stream' '{loc}{sep}digest={layer}'"))
            floor = f"{median(fs):.2f}"
        h, s = median(hs), median(ss)
        row(name, f"{h:.2f}", f"{s:.2f}", f"{h/s:.2f}x", floor, f"{rss:.1f} MiB")
    src.stop()
    dst.stop()


def extract_layers():
    rnd = os.urandom(8192)
    small = [(f"d{i // 50:03d}/f{i:05d}.txt", rnd[: 1024 + (i * 37) % 7168]) for i in range(20000)]
    base = tar_of(small)
    changes = tar_of([(f"d{i // 50:03d}/.wh.f{i:05d}.txt", b"") for i in range(0, 20000, 10)]
                     + [(f"d{i // 50:03d}/f{i:05d}.txt", b"changed") for i in range(5, 20000, 10)])
    big = tar_of([("opt/big.bin", os.urandom(128 * MIB))])
    return [base, changes, big]


def suite_extract(tmp, runs):
    if not shutil.which("umoci"):
        print("\n(extract: umoci is not installed; skipped)")
        return
    layout = os.path.join(tmp, "extract")
    in_child(lambda: write_index(layout, image(layout, extract_layers()), "v1"))
    print("\n### extract a three-layer image from an OCI layout (s, median of %d)\n" % runs)
    row("hoist layer pull --extract", "umoci unpack", "hoist / umoci", "hoist CPU s", "umoci CPU s")
    row(*["---"] * 5)
    res = {"hoist": [], "umoci": []}
    cpu = {"hoist": [], "umoci": []}
    for i in range(runs + 1):
        for tool in ("hoist", "umoci"):
            out = os.path.join(tmp, f"x-{tool}-{i}")
            if tool == "hoist":
                cmd = [HOIST, "layer", "pull", f"ocidir://{layout}:v1", "--extract", out, "-q"]
            else:
                cmd = ["umoci", "--log", "error", "unpack", "--image", f"{layout}:v1", out]
            # Deleting a tree right before a run makes the next creations wait on the
            # filesystem's discards: trees are removed only at the end, and writeback of the
            # previous run is flushed first.
            os.sync()
            t, _, c = run_cpu(cmd)
            if i > 0:
                res[tool].append(t)
                cpu[tool].append(c)
    for i in range(runs + 1):
        for tool in ("hoist", "umoci"):
            shutil.rmtree(os.path.join(tmp, f"x-{tool}-{i}"))
    h, u = median(res["hoist"]), median(res["umoci"])
    row(f"{h:.2f}", f"{u:.2f}", f"{h/u:.2f}x", f"{median(cpu['hoist']):.2f}", f"{median(cpu['umoci']):.2f}")


def suite_audit(tmp, runs):
    reg = Registry(tmp, "audit")
    print("\n### image audit (s, median of %d)\n" % runs)
    row("image", "audit", "digest verify", "audit / verify", "audit peak RSS")
    row(*["---"] * 5)
    for kind in ("random", "text"):
        layout = os.path.join(tmp, f"audit-{kind}")
        in_child(lambda layout=layout, kind=kind: write_index(layout, image(layout, [big_tar(kind)]), "v1"))
        push(layout, "v1", f"{reg.host}/audit-{kind}:v1")
        shutil.rmtree(layout)
        ref = f"{reg.host}/audit-{kind}:v1"
        res = {"audit": [], "verify": []}
        rss = []
        for i in range(runs + 1):
            for what, cmd in (("audit", [HOIST, "image", "audit", ref, "-q"]),
                              ("verify", [HOIST, "digest", "verify", ref, "-q"])):
                t, r = run(cmd)
                if i > 0:
                    res[what].append(t)
                    if what == "audit":
                        rss.append(r)
        a, v = median(res["audit"]), median(res["verify"])
        row(f"512 MiB {kind} layer", f"{a:.2f}", f"{v:.2f}", f"{a/v:.2f}x", f"{max(rss):.1f} MiB")
    layout = os.path.join(tmp, "audit-forty")
    in_child(lambda: write_index(layout, forty_layers(layout, 4 * MIB), "v1"))
    push(layout, "v1", f"{reg.host}/audit-forty:v1")
    rtt = RttProxy(reg.port, 0.010)
    print("\nThe CPU floor is hoist's and the registry's CPU per `--jobs 4` audit spread over every")
    print("core: the least time any client could take on this machine.\n")
    row("40 x 4 MiB layers", "jobs 4", "jobs 1", "jobs 4 / jobs 1", "CPU floor / jobs 1")
    row(*["---"] * 5)
    for name, host in (("loopback", reg.host), ("loopback + 10 ms per round trip", rtt.host)):
        ref = f"{host}/audit-forty:v1"
        res = {"4": [], "1": []}
        floor = []
        for i in range(runs + 1):
            for jobs in ("4", "1"):
                before = cpu_seconds(reg.proc.pid)
                t, _, c = run_cpu([HOIST, "image", "audit", ref, "-q", "--jobs", jobs])
                if i > 0:
                    res[jobs].append(t)
                    if jobs == "4":
                        floor.append((c + cpu_seconds(reg.proc.pid) - before) / os.cpu_count())
        j4, j1 = median(res["4"]), median(res["1"])
        row(name, f"{j4:.2f}", f"{j1:.2f}", f"{j4/j1:.2f}x", f"{median(floor)/j1:.2f}x")
    rtt.stop()
    reg.stop()


def requests_of(cmd):
    """Runs a hoist command with -v; returns how many HTTP requests it made."""
    p = subprocess.run(cmd + ["-v", "--plain-http"], capture_output=True, text=True, check=True)
    lines = [line for line in p.stderr.splitlines() if " request method=" in line]
    if os.environ.get("BENCH_VERBOSE"):
        sys.stderr.write("\n".join(lines) + "\n")
    return len(lines)


def moved_bytes(cmd):
    """Runs a hoist change command with --format json; returns the blob bytes it moved."""
    p = subprocess.run(cmd + ["--format", "json"], capture_output=True, text=True, check=True)
    return json.loads(p.stdout)["summary"]["bytes"]


def suite_change(tmp, runs):
    reg = Registry(tmp, "change-src")
    dst = Registry(tmp, "change-dst")
    big = os.path.join(tmp, "change-big")
    in_child(lambda: write_index(big, image(big, [big_tar("random")]), "v1"))
    push(big, "v1", f"{reg.host}/big:v1")
    shutil.rmtree(big)
    print("\n### image mod --env of the 512 MiB image, same registry (s, median of %d)\n" % runs)
    row("hoist image mod", "skopeo copy to another registry", "mod / skopeo", "mod requests", "mod blob bytes moved")
    row(*["---"] * 5)
    counter = [0]

    def tag():
        counter[0] += 1
        return str(counter[0])

    ms, ss = [], []
    for i in range(runs + 1):
        t, _ = run([HOIST, "image", "mod", f"{reg.host}/big:v1", f"{reg.host}/big:mod-{tag()}", "--env", f"RUN={i}"])
        clear_skopeo_cache()
        s, _ = run(["skopeo", "copy", "--src-tls-verify=false", "--dest-tls-verify=false", f"docker://{reg.host}/big:v1", f"docker://{dst.host}/big-{tag()}:v1"])
        if i > 0:
            ms.append(t)
            ss.append(s)
    n = tag()
    reqs = requests_of([HOIST, "image", "mod", f"{reg.host}/big:v1", f"{reg.host}/big:mod-{n}", "--env", "RUN=requests"])
    moved = moved_bytes([HOIST, "image", "mod", f"{reg.host}/big:v1", f"{reg.host}/big:mod-{tag()}", "--env", "RUN=bytes"])
    m, s = median(ms), median(ss)
    row(f"{m:.3f}", f"{s:.2f}", f"{m/s:.3f}x", reqs, moved)

    # compose: a base and three layer images, each in its own repository.
    lay = os.path.join(tmp, "change-compose")
    def build_compose():
        out = {}
        for name in ("base", "php", "node", "tools"):
            d = os.path.join(lay, name)
            write_index(d, image(d, [tar_of([(f"{name}/f{i}", os.urandom(256 * 1024))]) for i in range(1)]), "1")
            out[name] = d
        return out
    dirs = in_child(build_compose)
    for name, d in dirs.items():
        push(d, "1", f"{reg.host}/{name}:1")
    cmd = lambda t: [HOIST, "image", "compose", f"{reg.host}/app:{t}", "--base", f"{reg.host}/base:1", "--add", f"{reg.host}/php:1", "--add", f"{reg.host}/node:1", "--add", f"{reg.host}/tools:1", "--label", f"run={t}"]
    cs = []
    for i in range(runs + 1):
        t, _ = run(cmd(tag()))
        if i > 0:
            cs.append(t)
    reqs = requests_of(cmd(tag()))
    moved = moved_bytes(cmd(tag()))
    print("\n### image compose of a base and 3 layer images (one layer each), one registry (median of %d)\n" % runs)
    row("seconds", "requests", "blob bytes moved (the config)")
    row(*["---"] * 3)
    row(f"{median(cs):.3f}", reqs, moved)

    # squash: the 40-layer image, against extracting it.
    forty = os.path.join(tmp, "change-forty")
    in_child(lambda: write_index(forty, forty_layers(forty, 4 * MIB), "v1"))
    push(forty, "v1", f"{reg.host}/forty:v1")
    shutil.rmtree(forty)
    ref = f"{reg.host}/forty:v1"
    kinds = ("dry run", "into a new layout", "into a new repository")
    res = {k: [] for k in kinds + ("extract",)}
    rss = []
    for i in range(runs + 1):
        out = os.path.join(tmp, f"sq-x-{i}")
        lay = os.path.join(tmp, f"sq-l-{i}")
        os.sync()
        e, _ = run([HOIST, "layer", "pull", ref, "--extract", out, "-q"])
        times = {"extract": e}
        # A fresh repository on another registry each run: the merged layer is uploaded.
        for kind, dest, extra in (("dry run", f"{reg.host}/forty:dry", ["--dry-run"]),
                                  ("into a new layout", f"ocidir://{lay}:sq", []),
                                  ("into a new repository", f"{dst.host}/sq-{tag()}:v1", [])):
            os.sync()
            t, r = run([HOIST, "image", "squash", ref, dest, "-q"] + extra)
            times[kind] = t
            rss.append(r)
        shutil.rmtree(out)
        shutil.rmtree(lay)
        if i > 0:
            for k, v in times.items():
                res[k].append(v)
    print("\n### image squash of 40 x 4 MiB layers against layer pull --extract of it (s, median of %d)\n" % runs)
    row("layer pull --extract", *[f"squash {k}" for k in kinds], "squash peak RSS")
    row(*["---"] * 5)
    e = median(res["extract"])
    row(f"{e:.2f}", *[f"{median(res[k]):.2f} ({median(res[k])/e:.2f}x)" for k in kinds], f"{max(rss):.1f} MiB")
    reg.stop()
    dst.stop()


def suite_sync(tmp, runs):
    reg = Registry(tmp, "sync-src")
    dst = Registry(tmp, "sync-dst")
    # 100 tags of one repository, and 20 repositories whose images share an 8 MiB base layer.
    one = os.path.join(tmp, "sync-one")
    in_child(lambda: write_index(one, image(one, [tar_of([("f", os.urandom(64 * 1024))])]), "t000"))
    push(one, "t000", f"{reg.host}/noop/app:t000")
    man = json.load(open(os.path.join(one, "index.json")))["manifests"][0]
    body = open(os.path.join(one, "blobs", "sha256", man["digest"][7:]), "rb").read()
    for i in range(1, 100):
        subprocess.run(["curl", "-sf", "-o", "/dev/null", "-X", "PUT", "-H", "Content-Type: application/vnd.oci.image.manifest.v1+json",
                        "--data-binary", "@-", f"http://{reg.host}/v2/noop/app/manifests/t{i:03d}"], input=body, check=True)
    shared = os.path.join(tmp, "sync-shared")
    base = tar_of([("base.bin", os.urandom(8 * MIB))])

    def build_shared():
        for i in range(20):
            d = os.path.join(shared, f"app{i}")
            write_index(d, image(d, [base, tar_of([(f"own{i}", os.urandom(64 * 1024))])]), "1")
        return True
    in_child(build_shared)
    for i in range(20):
        push(os.path.join(shared, f"app{i}"), "1", f"{reg.host}/shared/app{i}:1")
    noop = os.path.join(tmp, "noop.yaml")
    with open(noop, "w") as f:
        f.write(f"{reg.host}:\n  images:\n    noop/app: []\n  tls-verify: false\n")
    cold = os.path.join(tmp, "cold.yaml")
    with open(cold, "w") as f:
        f.write(f"{reg.host}:\n  images:\n" + "".join(f"    shared/app{i}: [\"1\"]\n" for i in range(20)) + "  tls-verify: false\n")

    def skopeo_sync(yaml, dest):
        clear_skopeo_cache()
        return run(["skopeo", "sync", "--all", "--preserve-digests", "--src", "yaml", "--dest", "docker",
                    "--dest-tls-verify=false", yaml, dest])[0]

    # No-op: both mirrors are complete before they are timed.
    subprocess.run([HOIST, "sync", noop, "--dest", f"{dst.host}/h"], check=True, capture_output=True)
    skopeo_sync(noop, f"{dst.host}/s")
    hs, ss = [], []
    for i in range(runs + 1):
        h, _ = run([HOIST, "sync", noop, "--dest", f"{dst.host}/h"])
        s_ = skopeo_sync(noop, f"{dst.host}/s")
        if i > 0:
            hs.append(h)
            ss.append(s_)
    p = subprocess.run([HOIST, "sync", noop, "--dest", f"{dst.host}/h", "-v", "--plain-http"], capture_output=True, text=True, check=True)
    methods = {}
    for line in p.stderr.splitlines():
        if " request method=" in line:
            m = line.split(" request method=")[1].split()[0]
            methods[m] = methods.get(m, 0) + 1
    print("\n### sync: no-op of 100 mirrored tags, same skopeo YAML (s, median of %d)\n" % runs)
    row("hoist sync", "skopeo sync --all", "hoist / skopeo", "hoist requests")
    row(*["---"] * 4)
    h, s_ = median(hs), median(ss)
    row(f"{h:.2f}", f"{s_:.2f}", f"{h/s_:.2f}x", ", ".join(f"{k} {v}" for k, v in sorted(methods.items())))
    # Cold: 20 images sharing a base, to a fresh prefix each run.
    hs, ss, moved = [], [], []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        p = subprocess.run([HOIST, "sync", cold, "--dest", f"{dst.host}/cold-h{i}", "--format", "json"], capture_output=True, text=True, check=True)
        h = time.perf_counter() - t0
        s_ = skopeo_sync(cold, f"{dst.host}/cold-s{i}")
        if i > 0:
            hs.append(h)
            ss.append(s_)
            moved.append(json.loads(p.stdout)["bytes"])
    print("\n### sync: cold, 20 images sharing an 8 MiB base layer, same skopeo YAML (s, median of %d)\n" % runs)
    row("hoist sync", "skopeo sync --all", "hoist / skopeo", "hoist bytes moved")
    row(*["---"] * 4)
    h, s_ = median(hs), median(ss)
    row(f"{h:.2f}", f"{s_:.2f}", f"{h/s_:.2f}x", f"{median(moved) / MIB:.1f} MiB")
    reg.stop()
    dst.stop()


def suite_archive(tmp, runs):
    reg = Registry(tmp, "archive")
    big = os.path.join(tmp, "archive-big")
    in_child(lambda: write_index(big, image(big, [big_tar("random")]), "v1"))
    push(big, "v1", f"{reg.host}/big:v1")
    shutil.rmtree(big)
    ref = f"{reg.host}/big:v1"
    res = {"archive": [], "pull": []}
    rss = []
    for i in range(runs + 1):
        out = os.path.join(tmp, f"arch-{i}.tar")
        d = os.path.join(tmp, f"pull-{i}")
        os.sync()
        t, r = run([HOIST, "archive", "create", out, ref, "-q"])
        os.sync()
        p, _ = run([HOIST, "layer", "pull", ref, "-o", d, "-q"])
        os.remove(out)
        shutil.rmtree(d)
        if i > 0:
            res["archive"].append(t)
            res["pull"].append(p)
            rss.append(r)
    print("\n### docker archive of the 512 MiB image (s, median of %d)\n" % runs)
    row("hoist archive create", "hoist layer pull", "archive / pull", "archive peak RSS")
    row(*["---"] * 4)
    a, p = median(res["archive"]), median(res["pull"])
    row(f"{a:.2f}", f"{p:.2f}", f"{a/p:.2f}x", f"{max(rss):.1f} MiB")
    reg.stop()


class Served:
    """`hoist serve DIR` on a free port."""

    def __init__(self, tmp, name):
        self.dir = os.path.join(tmp, name)
        self.port = free_port()
        self.proc = subprocess.Popen([HOIST, "serve", self.dir, "--addr", f"127.0.0.1:{self.port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port)
        self.host = f"127.0.0.1:{self.port}"

    def peak_rss(self):
        return self._status("VmHWM:")

    def rss(self):
        return self._status("VmRSS:")

    def _status(self, key):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith(key):
                    return int(line.split()[1]) / 1024
        return 0.0

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def requests_per_second(url, accept, n, c):
    """ApacheBench (apache2-utils, installed with htpasswd): keep-alive GETs, `c` at a time."""
    out = subprocess.run(["ab", "-q", "-k", "-n", str(n), "-c", str(c), "-H", f"Accept: {accept}", url],
                         capture_output=True, text=True, check=True).stdout
    failed = [l for l in out.splitlines() if l.startswith("Failed requests:") or l.startswith("Non-2xx")]
    if any(l.split(":")[1].strip() != "0" for l in failed):
        raise SystemExit(f"ab saw failures:\n{out}")
    for line in out.splitlines():
        if line.startswith("Requests per second:"):
            return float(line.split()[3])
    raise SystemExit(f"no rate in ab's output:\n{out}")


def suite_serve(tmp, runs):
    dist = Registry(tmp, "serve-dist")
    srv = Served(tmp, "serve-dir")
    big = os.path.join(tmp, "serve-big")
    in_child(lambda: write_index(big, image(big, [big_tar("random")]), "v1"))
    pushes = {"serve": [], "dist": []}
    for i in range(runs + 1):
        for name, host in (("serve", srv.host), ("dist", dist.host)):
            clear_skopeo_cache()
            os.sync()
            t, _ = run(["skopeo", "copy", "--dest-tls-verify=false", f"oci:{big}:v1", f"docker://{host}/big{i}:v1"])
            if i > 0:
                pushes[name].append(t)
    print("\n### push of the 512 MiB image by skopeo (s, median of %d)\n" % runs)
    row("into hoist serve", "into distribution", "serve / distribution")
    row(*["---"] * 3)
    a, b = median(pushes["serve"]), median(pushes["dist"])
    row(f"{a:.2f}", f"{b:.2f}", f"{a/b:.2f}x")
    # 64 clients asking for a manifest at once, keep-alive.
    oci = "application/vnd.oci.image.manifest.v1+json"
    rates = {"serve": [], "dist": []}
    for i in range(runs):
        for name, host in (("serve", srv.host), ("dist", dist.host)):
            rates[name].append(requests_per_second(f"http://{host}/v2/big1/manifests/v1", oci, 20000, 64))
    print("\n### manifest GETs, 64 clients at once (requests/s, median of %d)\n" % runs)
    row("hoist serve", "distribution", "serve / distribution")
    row(*["---"] * 3)
    a, b = median(rates["serve"]), median(rates["dist"])
    row(f"{a:.0f}", f"{b:.0f}", f"{a/b:.2f}x")
    # Peak memory of a fresh server while 8 clients download the 512 MiB blob at once.
    srv.stop()
    srv = Served(tmp, "serve-dir")
    with open(os.path.join(big, "index.json")) as f:
        top = json.load(f)["manifests"][0]["digest"]
    with open(os.path.join(big, "blobs", "sha256", top[7:])) as f:
        layer = json.load(f)["layers"][0]
    procs = [subprocess.Popen(["curl", "-sf", "-o", "/dev/null", f"http://{srv.host}/v2/big1/blobs/{layer['digest']}"])
             for _ in range(8)]
    t0 = time.perf_counter()
    for p in procs:
        if p.wait() != 0:
            raise SystemExit("a download failed")
    t = time.perf_counter() - t0
    print("\n### hoist serve sending the 512 MiB blob to 8 clients at once\n")
    row("seconds", "server peak RSS")
    row(*["---"] * 2)
    row(f"{t:.2f}", f"{srv.peak_rss():.1f} MiB")
    srv.stop()
    # 64 clients downloading the 512 MiB blob at once, against distribution.
    srv = Served(tmp, "serve-dir")
    times = {}
    for name, host in (("serve", srv.host), ("dist", dist.host)):
        os.sync()
        procs = [subprocess.Popen(["curl", "-sf", "-o", "/dev/null", f"http://{host}/v2/big1/blobs/{layer['digest']}"])
                 for _ in range(64)]
        t0 = time.perf_counter()
        for p in procs:
            if p.wait() != 0:
                raise SystemExit("a download failed")
        times[name] = time.perf_counter() - t0
    print("\n### 64 clients downloading the 512 MiB blob at once\n")
    row("hoist serve s", "distribution s", "throughput serve / distribution", "serve peak RSS")
    row(*["---"] * 4)
    row(f"{times['serve']:.2f}", f"{times['dist']:.2f}", f"{times['dist']/times['serve']:.2f}x", f"{srv.peak_rss():.1f} MiB")
    srv.stop()
    # 1000 uploads, each sent 1 MiB less a byte and never finished: the server's RSS.
    srv = Served(tmp, "serve-idle")
    chunk = os.urandom(MIB - 1)
    base = srv.rss()
    for i in range(1000):
        loc = upload_start(srv.host, "idle")
        upload_patch(srv.host, loc, chunk)
    print("\n### 1000 unfinished uploads of 1 MiB less a byte each\n")
    row("RSS before", "RSS after", "peak RSS", "target")
    row(*["---"] * 4)
    row(f"{base:.1f} MiB", f"{srv.rss():.1f} MiB", f"{srv.peak_rss():.1f} MiB", "64 MiB")
    srv.stop()
    # Manifest GETs by tag with 1 and with 5000 tags in the repository.
    srv = Served(tmp, "serve-tags")
    subprocess.run([HOIST, "copy", f"ocidir://{big}:v1", f"ocidir://{srv.dir}/tags:t0"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    one = median([requests_per_second(f"http://{srv.host}/v2/tags/manifests/t0", oci, 5000, 8) for _ in range(runs)])
    tag_many(srv.dir, "tags", 5000)
    many = median([requests_per_second(f"http://{srv.host}/v2/tags/manifests/t4999", oci, 5000, 8) for _ in range(runs)])
    print("\n### manifest GETs by tag, 8 clients (requests/s, median of %d)\n" % runs)
    row("1 tag", "5000 tags", "5000 / 1", "target")
    row(*["---"] * 4)
    row(f"{one:.0f}", f"{many:.0f}", f"{many/one:.2f}", "at least 0.80")
    srv.stop()
    dist.stop()


def upload_start(host, repo):
    import http.client
    c = http.client.HTTPConnection(host)
    c.request("POST", f"/v2/{repo}/blobs/uploads/")
    r = c.getresponse()
    r.read()
    if r.status != 202:
        raise SystemExit(f"upload start answered {r.status}")
    loc = r.getheader("Location")
    c.close()
    return loc


def upload_patch(host, loc, data):
    import http.client
    c = http.client.HTTPConnection(host)
    c.request("PATCH", loc, body=data, headers={"Content-Type": "application/octet-stream"})
    r = c.getresponse()
    r.read()
    if r.status != 202:
        raise SystemExit(f"PATCH answered {r.status}")
    c.close()


def tag_many(root, repo, n):
    """Points n tags at the repository's first manifest, in its layout's index.json."""
    path = os.path.join(root, repo, "index.json")
    with open(path) as f:
        idx = json.load(f)
    first = idx["manifests"][0]
    entries = []
    for i in range(n):
        e = dict(first)
        e["annotations"] = {"org.opencontainers.image.ref.name": f"t{i}"}
        entries.append(e)
    idx["manifests"] = entries
    with open(path + ".tmp", "w") as f:
        json.dump(idx, f)
    os.replace(path + ".tmp", path)


def suite_sign(tmp, runs):
    reg = Registry(tmp, "sign")
    big = os.path.join(tmp, "sign-big")
    in_child(lambda: write_index(big, image(big, [big_tar("random")]), "v1"))
    push(big, "v1", f"{reg.host}/big:v1")
    small = os.path.join(tmp, "sign-small")
    in_child(lambda: write_index(small, image(small, [tar_of([("f", os.urandom(MIB))])]), "v1"))
    push(small, "v1", f"{reg.host}/small:v1")
    env = dict(os.environ, COSIGN_PASSWORD="bench")
    keys = os.path.join(tmp, "sign-keys")
    os.makedirs(keys, exist_ok=True)
    for i in range(10):
        subprocess.run([HOIST, "key", "generate", "--prefix", os.path.join(keys, f"k{i}")], env=env, check=True, capture_output=True)
        subprocess.run([HOIST, "sign", f"{reg.host}/small:v1", "--key", os.path.join(keys, f"k{i}.key"), "--plain-http"], env=env, check=True, capture_output=True)
    subprocess.run([HOIST, "sign", f"{reg.host}/big:v1", "--key", os.path.join(keys, "k0.key"), "--plain-http"], env=env, check=True, capture_output=True)
    every_key = []
    for i in range(10):
        every_key += ["--key", os.path.join(keys, f"k{i}.pub")]
    print("\n### signatures\n")
    row("task", "requests", "manifest head requests", "extra")
    row("---", "---", "---", "---")
    head = requests_of([HOIST, "manifest", "head", f"{reg.host}/small:v1"])
    one = requests_of([HOIST, "verify", f"{reg.host}/small:v1", "--key", os.path.join(keys, "k3.pub")])
    all10 = requests_of([HOIST, "verify", f"{reg.host}/small:v1"] + every_key)
    row("verify, 10 signatures, one key", one, head, one - head)
    row("verify, 10 signatures, all 10 keys", all10, head, all10 - head)
    print("\n### copy --verify-key of the 512 MiB image (s, median of %d; fresh destination each run)\n" % runs)
    row("task", "copy", "copy --verify-key", "ratio")
    row("---", "---", "---", "---")
    plain, checked, n = [], [], [0]

    dst = Registry(tmp, "sign-dst")

    def fresh():
        n[0] += 1
        return f"{dst.host}/dst-{n[0]}:v1"

    for i in range(runs + 1):
        t, _ = run([HOIST, "copy", f"{reg.host}/big:v1", fresh(), "--plain-http"])
        v, _ = run([HOIST, "copy", f"{reg.host}/big:v1", fresh(), "--plain-http", "--verify-key", os.path.join(keys, "k0.pub")])
        if i > 0:
            plain.append(t)
            checked.append(v)
    p, c = median(plain), median(checked)
    row("one 512 MiB layer, registry -> registry", f"{p:.2f}", f"{c:.2f}", f"{c/p:.3f}x")
    reg.stop()
    dst.stop()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("suites", nargs="*", default=["read", "verify", "pull", "copy", "extract", "audit", "change", "sync", "archive", "serve", "sign"])
    a = ap.parse_args()
    for b in ("docker-registry", "skopeo", "curl"):
        if not shutil.which(b):
            raise SystemExit(f"{b} is not installed (scripts/test.sh installs docker-registry and skopeo)")
    print(f"hoist {subprocess.run([HOIST, '--version'], capture_output=True, text=True).stdout.strip()}, "
          f"{subprocess.run(['skopeo', '--version'], capture_output=True, text=True).stdout.strip()}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        for s in a.suites:
            globals()[f"suite_{s}"](tmp, a.runs)


if __name__ == "__main__":
    main()
