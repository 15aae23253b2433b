//! Deterministic fixture images built in-process: pseudo-random files → tar → gzip / multi-member
//! gzip / zstd / plain, configs whose `rootfs.diff_ids` are the real uncompressed digests, OCI and
//! Docker manifests, and indexes (with a BuildKit-style attestation entry). Pushed either through
//! hoist's own client or written as an OCI layout for skopeo to push.

use std::io::Write as _;
use std::path::Path;

use serde_json::{Value, json};

use super::sha256_hex;

pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    MultiGzip,
    Zstd,
}

#[derive(Clone, Debug)]
pub struct Blob {
    pub media_type: String,
    pub data: Vec<u8>,
    pub digest: String,
}

impl Blob {
    pub fn new(media_type: &str, data: Vec<u8>) -> Blob {
        let digest = format!("sha256:{}", sha256_hex(&data));
        Blob {
            media_type: media_type.into(),
            data,
            digest,
        }
    }

    pub fn descriptor(&self) -> Value {
        json!({"mediaType": self.media_type, "digest": self.digest, "size": self.data.len()})
    }
}

#[derive(Clone, Debug)]
pub struct Image {
    pub manifest: Blob,
    pub config: Blob,
    pub layers: Vec<Blob>,
    /// Uncompressed tar digests, as in the config.
    pub diff_ids: Vec<String>,
    pub platform: Value,
}

#[derive(Clone, Debug)]
pub struct Fixture {
    /// The manifest a tag points at (an index or an image manifest).
    pub top: Blob,
    pub images: Vec<Image>,
    /// Manifests that are neither the top nor an image's (attestations).
    pub others: Vec<(Blob, Vec<Blob>)>,
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn fill(&mut self, n: usize) -> Vec<u8> {
        let mut v = Vec::with_capacity(n + 8);
        while v.len() < n {
            v.extend_from_slice(&self.next().to_le_bytes());
        }
        v.truncate(n);
        v
    }
}

/// A tar with a few files, a directory and a symlink, deterministic for `seed`.
pub fn layer_tar(seed: u64, data_size: usize) -> Vec<u8> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut b = tar::Builder::new(Vec::new());
    let mut add = |path: &str, data: &[u8], kind: tar::EntryType, mode: u32, link: Option<&str>| {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_mtime(1_700_000_000);
        h.set_uid(0);
        h.set_gid(0);
        h.set_size(data.len() as u64);
        if let Some(l) = link {
            h.set_link_name(l).unwrap();
        }
        b.append_data(&mut h, path, data).unwrap();
    };
    add("srv/", &[], tar::EntryType::Directory, 0o755, None);
    add(
        &format!("srv/layer-{seed}.txt"),
        format!("layer {seed}\n").as_bytes(),
        tar::EntryType::Regular,
        0o644,
        None,
    );
    let data = rng.fill(data_size);
    add(
        &format!("srv/data-{seed}.bin"),
        &data,
        tar::EntryType::Regular,
        0o600,
        None,
    );
    add(
        &format!("srv/link-{seed}"),
        &[],
        tar::EntryType::Symlink,
        0o777,
        Some(&format!("layer-{seed}.txt")),
    );
    b.into_inner().unwrap()
}

pub fn compress(tar: &[u8], c: Compression) -> Vec<u8> {
    match c {
        Compression::None => tar.to_vec(),
        Compression::Gzip => gzip(tar),
        Compression::MultiGzip => {
            // eStargz-style: several gzip members back to back.
            let mid = tar.len() / 2;
            let mut out = gzip(&tar[..mid]);
            out.extend(gzip(&tar[mid..]));
            out
        }
        Compression::Zstd => zstd::stream::encode_all(tar, 3).unwrap(),
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

pub fn layer_media_type(c: Compression, docker: bool) -> &'static str {
    match (c, docker) {
        (Compression::None, false) => "application/vnd.oci.image.layer.v1.tar",
        (Compression::None, true) => "application/vnd.docker.image.rootfs.diff.tar",
        (Compression::Gzip | Compression::MultiGzip, false) => {
            "application/vnd.oci.image.layer.v1.tar+gzip"
        }
        (Compression::Gzip | Compression::MultiGzip, true) => {
            "application/vnd.docker.image.rootfs.diff.tar.gzip"
        }
        (Compression::Zstd, _) => "application/vnd.oci.image.layer.v1.tar+zstd",
    }
}

/// `platform` like `linux/arm64/v8`.
pub fn image(seed: u64, platform: &str, c: Compression, docker: bool) -> Image {
    let parts: Vec<&str> = platform.split('/').collect();
    let mut plat = json!({"architecture": parts[1], "os": parts[0]});
    if let Some(v) = parts.get(2) {
        plat["variant"] = json!(v);
    }
    let mut layers = Vec::new();
    let mut diff_ids = Vec::new();
    for i in 0..2 {
        let tar = layer_tar(seed * 10 + i, 4096 + (seed as usize % 7) * 1000);
        diff_ids.push(format!("sha256:{}", sha256_hex(&tar)));
        layers.push(Blob::new(layer_media_type(c, docker), compress(&tar, c)));
    }
    let mut cfg = json!({
        "architecture": parts[1],
        "os": parts[0],
        "created": "2026-01-02T03:04:05Z",
        "author": "hoist tests",
        "config": {
            "User": "1000",
            "Env": ["PATH=/usr/local/bin:/usr/bin:/bin", format!("HOIST_SEED={seed}")],
            "Entrypoint": ["/bin/app"],
            "Cmd": ["--serve"],
            "WorkingDir": "/srv",
            "ExposedPorts": {"8080/tcp": {}},
            "Labels": {"org.opencontainers.image.title": format!("fixture-{seed}")}
        },
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
        "history": [
            {"created": "2026-01-02T03:04:05Z", "created_by": "ADD layer-0 /srv"},
            {"created": "2026-01-02T03:04:05Z", "created_by": "ENV HOIST_SEED", "empty_layer": true},
            {"created": "2026-01-02T03:04:05Z", "created_by": "ADD layer-1 /srv"}
        ]
    });
    if let Some(v) = parts.get(2) {
        cfg["variant"] = json!(v);
    }
    let (mt, cfg_mt) = if docker {
        (
            DOCKER_MANIFEST,
            "application/vnd.docker.container.image.v1+json",
        )
    } else {
        (OCI_MANIFEST, "application/vnd.oci.image.config.v1+json")
    };
    let config = Blob::new(cfg_mt, serde_json::to_vec(&cfg).unwrap());
    let manifest = json!({
        "schemaVersion": 2,
        "mediaType": mt,
        "config": config.descriptor(),
        "layers": layers.iter().map(Blob::descriptor).collect::<Vec<_>>(),
    });
    Image {
        manifest: Blob::new(mt, serde_json::to_vec_pretty(&manifest).unwrap()),
        config,
        layers,
        diff_ids,
        platform: plat,
    }
}

/// An image from given layer tars, each with its compression. `diff_ids` overrides the
/// config's (for a config that lies).
pub fn from_tars(
    seed: u64,
    tars: &[(Vec<u8>, Compression)],
    diff_ids: Option<Vec<String>>,
) -> Fixture {
    let layers: Vec<Blob> = tars
        .iter()
        .map(|(t, c)| Blob::new(layer_media_type(*c, false), compress(t, *c)))
        .collect();
    let real: Vec<String> = tars
        .iter()
        .map(|(t, _)| format!("sha256:{}", sha256_hex(t)))
        .collect();
    let ids = diff_ids.unwrap_or_else(|| real.clone());
    let history: Vec<Value> = (0..tars.len())
        .map(|i| json!({"created_by": format!("RUN step {i}")}))
        .collect();
    let cfg = json!({
        "architecture": "amd64", "os": "linux", "created": "2026-01-02T03:04:05Z",
        "config": {"Env": [format!("SEED={seed}")]},
        "rootfs": {"type": "layers", "diff_ids": ids},
        "history": history,
    });
    let config = Blob::new(
        "application/vnd.oci.image.config.v1+json",
        serde_json::to_vec(&cfg).unwrap(),
    );
    let manifest = json!({
        "schemaVersion": 2, "mediaType": OCI_MANIFEST, "config": config.descriptor(),
        "layers": layers.iter().map(Blob::descriptor).collect::<Vec<_>>(),
    });
    let manifest = Blob::new(OCI_MANIFEST, serde_json::to_vec(&manifest).unwrap());
    let img = Image {
        manifest: manifest.clone(),
        config,
        layers,
        diff_ids: real,
        platform: json!({"architecture": "amd64", "os": "linux"}),
    };
    Fixture {
        top: manifest,
        images: vec![img],
        others: vec![],
    }
}

/// One layer of each kind: gzip, multi-member gzip, zstd and plain tar.
pub fn mixed(seed: u64) -> Fixture {
    let comps = [
        Compression::Gzip,
        Compression::MultiGzip,
        Compression::Zstd,
        Compression::None,
    ];
    let tars: Vec<(Vec<u8>, Compression)> = comps
        .iter()
        .enumerate()
        .map(|(i, c)| (layer_tar(seed * 10 + i as u64, 20_000), *c))
        .collect();
    from_tars(seed, &tars, None)
}

/// A tar entry written byte by byte, bypassing the tar crate's path checks (for hostile
/// archives). `kind` is the tar type flag: b'0' file, b'1' hardlink, b'2' symlink, b'3' char
/// device, b'5' directory.
pub fn raw_entry(out: &mut Vec<u8>, name: &str, kind: u8, link: &str, data: &[u8], mode: u32) {
    let mut h = tar::Header::new_old();
    {
        let old = h.as_old_mut();
        old.name[..name.len()].copy_from_slice(name.as_bytes());
        old.linkname[..link.len()].copy_from_slice(link.as_bytes());
    }
    h.set_mode(mode);
    h.set_size(data.len() as u64);
    h.set_mtime(1_700_000_000);
    h.set_uid(0);
    h.set_gid(0);
    h.as_old_mut().linkflag = [kind];
    h.set_cksum();
    out.extend_from_slice(h.as_bytes());
    out.extend_from_slice(data);
    let pad = (512 - data.len() % 512) % 512;
    out.extend(std::iter::repeat_n(0u8, pad));
}

/// Ends a raw tar.
pub fn raw_end(out: &mut Vec<u8>) {
    out.extend(std::iter::repeat_n(0u8, 1024));
}

pub fn single(seed: u64, c: Compression) -> Fixture {
    let img = image(seed, "linux/amd64", c, false);
    Fixture {
        top: img.manifest.clone(),
        images: vec![img],
        others: vec![],
    }
}

/// linux/amd64, linux/arm64/v8 and linux/arm/v7, plus (OCI only) an attestation manifest.
pub fn multi_arch(seed: u64, docker: bool) -> Fixture {
    let plats = ["linux/amd64", "linux/arm64/v8", "linux/arm/v7"];
    let images: Vec<Image> = plats
        .iter()
        .enumerate()
        .map(|(i, p)| image(seed + i as u64 * 100, p, Compression::Gzip, docker))
        .collect();
    let mut entries: Vec<Value> = images
        .iter()
        .map(|img| {
            let mut d = img.manifest.descriptor();
            d["platform"] = img.platform.clone();
            d
        })
        .collect();
    let mut others = Vec::new();
    if !docker {
        let statement = Blob::new(
            "application/vnd.in-toto+json",
            format!("{{\"predicateType\":\"https://slsa.dev/provenance/v0.2\",\"seed\":{seed}}}")
                .into_bytes(),
        );
        let empty_cfg = Blob::new("application/vnd.oci.image.config.v1+json", b"{\"architecture\":\"unknown\",\"os\":\"unknown\",\"config\":{},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}".to_vec());
        let att = json!({
            "schemaVersion": 2,
            "mediaType": OCI_MANIFEST,
            "config": empty_cfg.descriptor(),
            "layers": [statement.descriptor()],
        });
        let att = Blob::new(OCI_MANIFEST, serde_json::to_vec(&att).unwrap());
        let mut d = att.descriptor();
        d["platform"] = json!({"architecture": "unknown", "os": "unknown"});
        d["annotations"] = json!({
            "vnd.docker.reference.digest": images[0].manifest.digest,
            "vnd.docker.reference.type": "attestation-manifest"
        });
        entries.push(d);
        others.push((att, vec![empty_cfg, statement]));
    }
    let mt = if docker { DOCKER_LIST } else { OCI_INDEX };
    let index = json!({"schemaVersion": 2, "mediaType": mt, "manifests": entries});
    Fixture {
        top: Blob::new(mt, serde_json::to_vec_pretty(&index).unwrap()),
        images,
        others,
    }
}

impl Fixture {
    /// Every blob (configs and layers), deduplicated.
    pub fn blobs(&self) -> Vec<Blob> {
        let mut out: Vec<Blob> = Vec::new();
        for img in &self.images {
            for b in std::iter::once(&img.config).chain(img.layers.iter()) {
                if !out.iter().any(|o| o.digest == b.digest) {
                    out.push(b.clone());
                }
            }
        }
        for (_, bs) in &self.others {
            out.extend(bs.iter().cloned());
        }
        out
    }

    /// Child manifests (for an index), excluding the top.
    pub fn children(&self) -> Vec<Blob> {
        let mut out: Vec<Blob> = Vec::new();
        if self.images.len() == 1 && self.images[0].manifest.digest == self.top.digest {
            return out;
        }
        out.extend(self.images.iter().map(|i| i.manifest.clone()));
        out.extend(self.others.iter().map(|(m, _)| m.clone()));
        out
    }

    /// Writes an OCI image layout with the top manifest tagged `tag`.
    pub fn write_layout(&self, dir: &Path, tag: &str) {
        let blobs = dir.join("blobs/sha256");
        std::fs::create_dir_all(&blobs).unwrap();
        std::fs::write(dir.join("oci-layout"), r#"{"imageLayoutVersion":"1.0.0"}"#).unwrap();
        for b in self
            .blobs()
            .iter()
            .chain(self.children().iter())
            .chain(std::iter::once(&self.top))
        {
            std::fs::write(blobs.join(b.digest.trim_start_matches("sha256:")), &b.data).unwrap();
        }
        let mut d = self.top.descriptor();
        d["annotations"] = json!({"org.opencontainers.image.ref.name": tag});
        let index = json!({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": [d]});
        std::fs::write(dir.join("index.json"), serde_json::to_vec(&index).unwrap()).unwrap();
    }

    /// Pushes to a test registry as `repo:tag` (plain-HTTP loopback, optional credentials) and
    /// returns that reference.
    pub fn push_to(
        &self,
        reg: &super::registry::Registry,
        repo: &str,
        tag: &str,
        creds: Option<(&str, &str)>,
    ) -> String {
        self.push(
            &client(&reg.host, creds),
            &format!("{}/{repo}", reg.host),
            tag,
        );
        format!("{}/{repo}:{tag}", reg.host)
    }

    /// Pushes through hoist's client: blobs, child manifests by digest, the top by `tag`.
    pub fn push(&self, client: &hoist::client::Client, repo: &str, tag: &str) {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async {
            let r = hoist::reference::Reference::parse(repo).unwrap();
            for b in self.blobs() {
                client
                    .push_blob_bytes(&r, bytes::Bytes::from(b.data.clone()))
                    .await
                    .unwrap();
            }
            for m in self.children() {
                let man = hoist::manifest::Manifest::from_bytes(
                    bytes::Bytes::from(m.data.clone()),
                    Some(&m.media_type),
                )
                .unwrap();
                client.put_manifest(&r, &m.digest, &man).await.unwrap();
            }
            let top = hoist::manifest::Manifest::from_bytes(
                bytes::Bytes::from(self.top.data.clone()),
                Some(&self.top.media_type),
            )
            .unwrap();
            client.put_manifest(&r, tag, &top).await.unwrap();
        });
    }
}

/// A client for pushing fixtures to a test registry (plain HTTP loopback, optional creds).
pub fn client(registry: &str, creds: Option<(&str, &str)>) -> hoist::client::Client {
    let mut o = hoist::client::ClientOptions::new();
    o.no_credential_stores = true;
    if let Some((u, p)) = creds {
        o.creds
            .insert(registry.to_string(), hoist::auth::Credential::basic(u, p));
    }
    hoist::client::Client::new(o)
}
