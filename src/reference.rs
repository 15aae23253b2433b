//! Image references: `[registry/]repository[:tag][@digest]` and `ocidir://PATH[:TAG|@DIGEST]`.
//!
//! The grammar follows docker's (distribution/reference) so that a reference typed into hoist
//! means exactly what it means to `docker pull`: no registry means Docker Hub, one-part Hub names
//! get `library/`, and the first path component is a registry only if it looks like a host
//! (contains `.` or `:`, or is `localhost`). Parsing is strict: uppercase repositories, empty
//! components and malformed digests are usage errors (exit 2) with a hint, never guessed at.

use std::fmt;
use std::path::PathBuf;

use crate::digest::Digest;
use crate::error::Failure;

/// The name users write for Docker Hub.
pub const DOCKER_HUB: &str = "docker.io";
/// The host that actually serves Docker Hub's registry API.
pub const DOCKER_HUB_API: &str = "registry-1.docker.io";
/// The key docker uses for Docker Hub in `config.json`.
pub const DOCKER_HUB_AUTH_KEY: &str = "https://index.docker.io/v1/";
pub const DEFAULT_TAG: &str = "latest";

/// A reference to an image in a registry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reference {
    /// Normalised registry name (`docker.io`, `localhost:5000`, `ghcr.io`).
    pub registry: String,
    /// Repository path within the registry (`library/alpine`).
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<Digest>,
}

impl Reference {
    /// Parses a reference. A reference without a tag or digest keeps both `None`; use
    /// [`Reference::tag_or_default`] where docker would assume `latest`.
    pub fn parse(input: &str) -> Result<Reference, Failure> {
        let bad = |why: String| {
            Failure::usage(format!("invalid reference `{input}`: {why}")).hint(
                "references look like `registry.example.com/team/app:1.2`, `alpine:3.20` or \
                 `repo@sha256:<hex>`",
            )
        };
        if input.is_empty() {
            return Err(bad("it is empty".into()));
        }
        if input.contains("://") {
            return Err(bad(
                "a URL scheme is not part of a reference (for a directory use `ocidir://PATH`)"
                    .into(),
            ));
        }
        let (name_tag, digest) = match input.split_once('@') {
            Some((n, d)) => (n, Some(d.parse::<Digest>().map_err(|e| bad(e.message))?)),
            None => (input, None),
        };
        // A tag is whatever follows the last ':' after the last '/'.
        let last_slash = name_tag.rfind('/').map(|i| i + 1).unwrap_or(0);
        let (name, tag) = match name_tag[last_slash..].rfind(':') {
            Some(i) => {
                let at = last_slash + i;
                (&name_tag[..at], Some(&name_tag[at + 1..]))
            }
            None => (name_tag, None),
        };
        if let Some(t) = tag {
            validate_tag(t).map_err(bad)?;
        }
        // docker refuses a bare 64-hex string: it reads like an image ID, not a name.
        if digest.is_none()
            && tag.is_none()
            && name.len() == 64
            && name
                .bytes()
                .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))
        {
            return Err(bad(
                "a 64-character hexadecimal string is an image ID, not a repository".into(),
            ));
        }
        // The limit is on the name as written (registry and path), not the tag.
        if name.len() > 255 {
            return Err(bad("the name is longer than 255 characters".into()));
        }
        let (written_registry, path) = split_registry(name);
        validate_domain(written_registry).map_err(bad)?;
        let registry = normalise_registry(written_registry);
        if path.is_empty() {
            return Err(bad("the repository is missing".into()));
        }
        // Validate what the user wrote, so messages quote it rather than the normalised name.
        validate_repository(path).map_err(bad)?;
        let repository = if registry == DOCKER_HUB && !path.contains('/') {
            format!("library/{path}")
        } else {
            path.to_string()
        };
        Ok(Reference {
            registry,
            repository,
            tag: tag.map(str::to_string),
            digest,
        })
    }

    /// The tag, or `latest` when neither tag nor digest was given.
    pub fn tag_or_default(&self) -> Option<&str> {
        match (&self.tag, &self.digest) {
            (Some(t), _) => Some(t),
            (None, None) => Some(DEFAULT_TAG),
            (None, Some(_)) => None,
        }
    }

    /// What goes in the URL: the digest when there is one, else the tag (default `latest`).
    pub fn api_reference(&self) -> String {
        match &self.digest {
            Some(d) => d.to_string(),
            None => self.tag_or_default().unwrap_or(DEFAULT_TAG).to_string(),
        }
    }

    /// `registry/repository` without tag or digest.
    pub fn name(&self) -> String {
        format!("{}/{}", self.registry, self.repository)
    }

    /// The same repository at `digest` (no tag).
    pub fn with_digest(&self, digest: Digest) -> Reference {
        Reference {
            tag: None,
            digest: Some(digest),
            ..self.clone()
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.registry, self.repository)?;
        if let Some(t) = &self.tag {
            write!(f, ":{t}")?;
        }
        if let Some(d) = &self.digest {
            write!(f, "@{d}")?;
        }
        Ok(())
    }
}

/// The first component is a registry host when it contains `.` or `:`, is `localhost`, or has
/// uppercase letters (repositories never do); otherwise the whole name is a Docker Hub path.
fn split_registry(name: &str) -> (&str, &str) {
    match name.split_once('/') {
        Some((first, rest))
            if first.contains('.')
                || first.contains(':')
                || first == "localhost"
                || first.chars().any(|c| c.is_ascii_uppercase()) =>
        {
            (first, rest)
        }
        _ => (DOCKER_HUB, name),
    }
}

/// Maps the aliases of Docker Hub onto `docker.io`; other hosts are lowercased.
pub fn normalise_registry(host: &str) -> String {
    let h = host
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    let h = h.split('/').next().unwrap_or(h);
    // A host without `.` or `:` is a registry only because of its uppercase letters (docker's
    // rule); lowercasing it would make it read as a Docker Hub path when printed.
    let h = if h.contains('.') || h.contains(':') || h.eq_ignore_ascii_case("localhost") {
        h.to_ascii_lowercase()
    } else {
        h.to_string()
    };
    match h.as_str() {
        "docker.io" | "index.docker.io" | "registry-1.docker.io" | "registry.hub.docker.com" => {
            DOCKER_HUB.to_string()
        }
        _ => h,
    }
}

/// Validates a registry host argument (`hoist repo ls`, `hoist login`).
pub fn parse_registry(input: &str) -> Result<String, Failure> {
    let host = normalise_registry(input);
    if validate_domain(&host).is_err() {
        return Err(Failure::usage(format!("invalid registry `{input}`"))
            .hint("a registry is a host name with an optional port, like `localhost:5000`"));
    }
    Ok(host)
}

/// The host to talk to for a registry name (Docker Hub's API lives elsewhere).
pub fn api_host(registry: &str) -> &str {
    if registry == DOCKER_HUB {
        DOCKER_HUB_API
    } else {
        registry
    }
}

/// A registry as docker's grammar has it: a host name (components of letters, digits and
/// inner hyphens, joined by single dots) or a bracketed IPv6 address of hex digits and colons,
/// then an optional numeric port. Dots inside brackets (IPv4-mapped forms) and zone ids are not
/// part of that grammar.
fn validate_domain(domain: &str) -> Result<(), String> {
    let bad = || {
        format!(
            "`{}` is not a valid registry host (a host name or `[IPv6]`, with an optional `:port`)",
            crate::output::escape(domain)
        )
    };
    let (host, port) = if let Some(rest) = domain.strip_prefix('[') {
        let (inside, after) = rest.split_once(']').ok_or_else(bad)?;
        if inside.is_empty() || !inside.chars().all(|c| c.is_ascii_hexdigit() || c == ':') {
            return Err(bad());
        }
        match after {
            "" => (None, None),
            p => (None, Some(p.strip_prefix(':').ok_or_else(bad)?)),
        }
    } else {
        match domain.split_once(':') {
            Some((h, p)) => (Some(h), Some(p)),
            None => (Some(domain), None),
        }
    };
    if let Some(p) = port
        && (p.is_empty() || !p.bytes().all(|c| c.is_ascii_digit()))
    {
        return Err(bad());
    }
    if let Some(h) = host {
        let component_ok = |c: &str| {
            let b = c.as_bytes();
            !b.is_empty()
                && b[0].is_ascii_alphanumeric()
                && b[b.len() - 1].is_ascii_alphanumeric()
                && b.iter().all(|x| x.is_ascii_alphanumeric() || *x == b'-')
        };
        if !h.split('.').all(component_ok) {
            return Err(bad());
        }
    }
    Ok(())
}

pub fn validate_tag(tag: &str) -> Result<(), String> {
    let ok = !tag.is_empty()
        && tag.len() <= 128
        && tag
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        && tag
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "invalid tag `{tag}` (tags are up to 128 of [A-Za-z0-9_.-], not starting with `.` or `-`)"
        ))
    }
}

/// Repository components: `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*`, separated by `/`.
pub fn validate_repository(repo: &str) -> Result<(), String> {
    if repo.chars().any(|c| c.is_ascii_uppercase()) {
        return Err(format!("repository `{repo}` must be lowercase"));
    }
    for comp in repo.split('/') {
        if comp.is_empty() {
            return Err(format!("repository `{repo}` has an empty path component"));
        }
        let b = comp.as_bytes();
        let alnum = |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit();
        if !alnum(b[0]) || !alnum(b[b.len() - 1]) {
            return Err(format!(
                "repository component `{comp}` must start and end with a lowercase letter or digit"
            ));
        }
        let mut i = 0;
        while i < b.len() {
            if alnum(b[i]) {
                i += 1;
                continue;
            }
            // A separator run: `.`, `_`, `__` or one or more `-`.
            let start = i;
            while i < b.len() && !alnum(b[i]) {
                i += 1;
            }
            let sep = &comp[start..i];
            let ok = sep == "." || sep == "_" || sep == "__" || sep.bytes().all(|c| c == b'-');
            if !ok {
                return Err(format!(
                    "repository component `{comp}` has invalid characters `{sep}`"
                ));
            }
        }
    }
    Ok(())
}

/// An OCI image layout directory reference: `ocidir://PATH[:TAG|@DIGEST]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutRef {
    pub path: PathBuf,
    pub tag: Option<String>,
    pub digest: Option<Digest>,
}

impl fmt::Display for LayoutRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ocidir://{}", self.path.display())?;
        if let Some(t) = &self.tag {
            write!(f, ":{t}")?;
        }
        if let Some(d) = &self.digest {
            write!(f, "@{d}")?;
        }
        Ok(())
    }
}

pub const OCIDIR_SCHEME: &str = "ocidir://";

/// Either kind of reference; every command that reads an image accepts both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageRef {
    Registry(Reference),
    Layout(LayoutRef),
    /// `docker-archive:PATH[:REF]` or `oci-archive:PATH[:TAG]` (read only).
    Archive(ArchiveRef),
}

impl ImageRef {
    pub fn parse(input: &str) -> Result<ImageRef, Failure> {
        use ArchiveKind as Kind;
        // Schemes in any case: `Oci-Archive:5000/a` must not be a registry `oci-archive:5000`
        // that prints back as the archive `oci-archive:5000/a`.
        let scheme = |s: &str| {
            input
                .get(..s.len())
                .filter(|p| p.eq_ignore_ascii_case(s))
                .map(|_| &input[s.len()..])
        };
        if let Some(rest) = scheme("docker-archive:") {
            return ArchiveRef::parse(Kind::Docker, rest).map(ImageRef::Archive);
        }
        if let Some(rest) = scheme("oci-archive:") {
            return ArchiveRef::parse(Kind::Oci, rest).map(ImageRef::Archive);
        }
        // skopeo's transports: `docker://` is the registry; `oci:DIR[:TAG]` is a layout,
        // spelled `ocidir://` here (said, not guessed: skopeo's `oci:` splits at the first
        // colon, hoist's layouts at the last).
        if let Some(rest) = scheme("docker://") {
            return Reference::parse(rest).map(ImageRef::Registry);
        }
        // A host named `oci` or `dir` with a port (`oci:5000/app`) stays a registry.
        let port_follows = |rest: &str| rest.starts_with(|c: char| c.is_ascii_digit());
        if let Some(rest) = scheme("oci:").filter(|r| !port_follows(r)) {
            return Err(Failure::usage(format!(
                "`{input}` is skopeo's layout transport; hoist spells layouts `ocidir://`"
            ))
            .hint(format!("use `ocidir://{rest}`")));
        }
        for t in ["dir:", "containers-storage:", "docker-daemon:"] {
            if scheme(t).is_some_and(|r| !port_follows(r)) {
                return Err(Failure::usage(format!(
                    "`{input}`: hoist does not read skopeo's `{t}` transport"
                ))
                .hint("hoist reads registries, `ocidir://DIR:TAG` layouts, `docker-archive:PATH` and `oci-archive:PATH`"));
            }
        }
        match scheme(OCIDIR_SCHEME) {
            Some(rest) => parse_layout(input, rest).map(ImageRef::Layout),
            None => Reference::parse(input).map(ImageRef::Registry),
        }
    }

    /// The tag the reference names, if any (for an archive, the tag of the image it picks).
    pub fn tag(&self) -> Option<String> {
        match self {
            ImageRef::Registry(r) => r.tag.clone(),
            ImageRef::Layout(l) => l.tag.clone(),
            ImageRef::Archive(a) => a.selector.as_deref().and_then(|s| match a.kind {
                ArchiveKind::Oci => Some(s.to_string()),
                ArchiveKind::Docker => Reference::parse(s).ok().and_then(|r| r.tag),
            }),
        }
    }

    pub fn digest(&self) -> Option<&Digest> {
        match self {
            ImageRef::Registry(r) => r.digest.as_ref(),
            ImageRef::Layout(l) => l.digest.as_ref(),
            ImageRef::Archive(_) => None,
        }
    }
}

impl fmt::Display for ImageRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImageRef::Registry(r) => r.fmt(f),
            ImageRef::Layout(l) => l.fmt(f),
            ImageRef::Archive(a) => a.fmt(f),
        }
    }
}

fn parse_layout(input: &str, rest: &str) -> Result<LayoutRef, Failure> {
    let bad = |why: String| {
        Failure::usage(format!("invalid reference `{input}`: {why}"))
            .hint("a layout reference looks like `ocidir://path/to/dir:tag` or `ocidir://dir@sha256:<hex>`")
    };
    let (path_tag, digest) = match rest.rsplit_once('@') {
        Some((p, d)) => (p, Some(d.parse::<Digest>().map_err(|e| bad(e.message))?)),
        None => (rest, None),
    };
    let last_slash = path_tag.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (path, tag) = match path_tag[last_slash..].rfind(':') {
        Some(i) => {
            let at = last_slash + i;
            (&path_tag[..at], Some(&path_tag[at + 1..]))
        }
        None => (path_tag, None),
    };
    if path.is_empty() {
        return Err(bad("the directory path is missing".into()));
    }
    if let Some(t) = tag {
        validate_tag(t).map_err(bad)?;
    }
    Ok(LayoutRef {
        path: PathBuf::from(path),
        tag: tag.map(str::to_string),
        digest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> Reference {
        Reference::parse(s).unwrap()
    }

    #[test]
    fn docker_hub_normalisation() {
        let a = r("alpine");
        assert_eq!(
            (a.registry.as_str(), a.repository.as_str()),
            ("docker.io", "library/alpine")
        );
        assert_eq!(a.api_reference(), "latest");
        assert_eq!(r("docker.io/alpine:3").repository, "library/alpine");
        assert_eq!(r("index.docker.io/user/app").registry, "docker.io");
        assert_eq!(r("user/app:1").repository, "user/app");
        assert_eq!(api_host(&r("alpine").registry), "registry-1.docker.io");
    }

    #[test]
    fn registries_and_ports() {
        let a = r("localhost:5000/app:v1");
        assert_eq!(
            (a.registry.as_str(), a.repository.as_str(), a.tag.as_deref()),
            ("localhost:5000", "app", Some("v1"))
        );
        assert_eq!(r("localhost/app").registry, "localhost");
        assert_eq!(r("ghcr.io/o/r/deep").repository, "o/r/deep");
        assert_eq!(r("127.0.0.1:5000/a/b").registry, "127.0.0.1:5000");
        let d = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        let b = r(&format!("localhost:5000/app:v1@{d}"));
        assert_eq!(b.tag.as_deref(), Some("v1"));
        assert_eq!(b.api_reference(), d);
        assert_eq!(b.to_string(), format!("localhost:5000/app:v1@{d}"));
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "",
            "Alpine",
            "docker.io/Library/alpine",
            "a//b",
            "a/",
            "app:",
            "app:-x",
            "app@sha256:1234",
            "https://ghcr.io/a/b",
            "a__-b",
            "-a",
        ] {
            let e = Reference::parse(bad);
            assert!(e.is_err(), "{bad} parsed as {e:?}");
        }
    }

    /// Vectors from docker's reference grammar (distribution/reference's tests).
    #[test]
    fn docker_grammar_vectors() {
        let hex64 = "a".repeat(64);
        for bad in [
            "dock..er/x",
            "dock_.er/x",
            "dock-.er/x",
            "-docker.io/x",
            "[2001:db8:3:4::192.0.2.33]:5000/x",
            "fc00::1:5000/x",
            "[fe80::1%eth0]:5000/x",
            "[fe80::1]:/x",
            "localhost:port/x",
            "K\0\0\0\0\0\0\0\0\x000/xli",
            hex64.as_str(),
            &format!("{}a:tag", "a/".repeat(128)),
        ] {
            let e = Reference::parse(bad);
            assert!(e.is_err(), "{bad:?} parsed as {e:?}");
            assert_eq!(e.unwrap_err().kind, crate::error::Kind::Usage);
        }
        for good in [
            "[2001:db8::1]:5000/x",
            "[2001:db8::1]/x",
            "xn--n3h.com/myimage:xn--n3h.com",
            "Docker.io/x",
            "192.168.1.1:5000/x",
            &format!("{hex64}:tag"),
            &format!("{}a:tag", "a/".repeat(127)),
            &format!("{}/x", "a".repeat(64)),
        ] {
            Reference::parse(good).unwrap_or_else(|e| panic!("{good:?}: {e}"));
        }
        assert_eq!(r("[2001:db8::1]:5000/x").registry, "[2001:db8::1]:5000");
    }

    #[test]
    fn schemes_are_read_in_any_case() {
        // Found by the reference fuzz target: printed, the registry would become an archive.
        let r = ImageRef::parse("oci-Archive:5001/a").unwrap();
        assert!(matches!(r, ImageRef::Archive(_)), "{r:?}");
        assert_eq!(ImageRef::parse(&r.to_string()).unwrap(), r);
        assert!(matches!(
            ImageRef::parse("DOCKER-ARCHIVE:x.tar").unwrap(),
            ImageRef::Archive(_)
        ));
        assert!(matches!(
            ImageRef::parse("OCIDIR://lay:1").unwrap(),
            ImageRef::Layout(_)
        ));
    }

    #[test]
    fn layout_refs() {
        let l = match ImageRef::parse("ocidir://out/dir:v1").unwrap() {
            ImageRef::Layout(l) => l,
            other => panic!("{other:?}"),
        };
        assert_eq!(l.path, PathBuf::from("out/dir"));
        assert_eq!(l.tag.as_deref(), Some("v1"));
        let l = match ImageRef::parse("ocidir://./a.b/c").unwrap() {
            ImageRef::Layout(l) => l,
            other => panic!("{other:?}"),
        };
        assert_eq!((l.path, l.tag), (PathBuf::from("./a.b/c"), None));
        assert!(ImageRef::parse("ocidir://:tag").is_err());
    }
}

/// Which kind of image archive (`docker-archive:` or `oci-archive:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveKind {
    Docker,
    Oci,
}

/// `docker-archive:PATH[:SELECTOR]` or `oci-archive:PATH[:SELECTOR]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveRef {
    pub kind: ArchiveKind,
    pub path: PathBuf,
    /// A reference in `RepoTags` (docker), a tag (OCI), or `@N` (the Nth image, from 0).
    pub selector: Option<String>,
}

impl std::fmt::Display for ArchiveRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let scheme = match self.kind {
            ArchiveKind::Docker => "docker-archive",
            ArchiveKind::Oci => "oci-archive",
        };
        write!(f, "{scheme}:{}", self.path.display())?;
        if let Some(s) = &self.selector {
            write!(f, ":{s}")?;
        }
        Ok(())
    }
}

impl ArchiveRef {
    /// Parses what follows `docker-archive:` or `oci-archive:`.
    pub fn parse(kind: ArchiveKind, rest: &str) -> Result<ArchiveRef, Failure> {
        let (path, selector) = match rest.split_once(':') {
            Some((p, s)) if !s.is_empty() => (p, Some(s.to_string())),
            Some((p, _)) => (p, None),
            None => (rest, None),
        };
        if path.is_empty() {
            return Err(Failure::usage(
                "an archive reference needs a path (`docker-archive:image.tar`)",
            ));
        }
        Ok(ArchiveRef {
            kind,
            path: PathBuf::from(path),
            selector,
        })
    }
}
