//! TLS and schemes per registry: each host's `reqwest` clients (CA files, client certificates,
//! `--insecure`, docker's `certs.d` directories), loopback registries tried over HTTPS first and
//! over plain HTTP after, as docker treats them. It builds clients; it must not send requests
//! (that is [`super::Client::send`]).

use super::*;

/// What a host's HTTP clients are built from.
#[derive(Clone)]
pub(super) struct HttpSettings {
    system_roots: bool,
    insecure: bool,
    roots: Vec<reqwest::Certificate>,
    identity: Option<reqwest::Identity>,
    idle: Duration,
    user_agent: String,
}

impl HttpSettings {
    pub(super) fn build(&self, read_timeout: bool) -> Result<reqwest::Client> {
        let mut b = reqwest::Client::builder()
            .user_agent(&self.user_agent)
            .tls_built_in_root_certs(self.system_roots)
            .connect_timeout(self.idle.min(Duration::from_secs(30)))
            .pool_idle_timeout(Duration::from_secs(60))
            // Redirects are followed by `Client::send`, which decides per hop whether the
            // origin may see credentials.
            .redirect(reqwest::redirect::Policy::none())
            .danger_accept_invalid_certs(self.insecure);
        if read_timeout {
            b = b.read_timeout(self.idle);
        } else {
            // Without a read timeout, a peer that stops acknowledging what was sent is noticed
            // by TCP itself.
            #[cfg(any(target_os = "linux", target_os = "android"))]
            {
                b = b.tcp_user_timeout(self.idle);
            }
        }
        for c in &self.roots {
            b = b.add_root_certificate(c.clone());
        }
        if let Some(id) = &self.identity {
            b = b.identity(id.clone());
        }
        b.build().context("building the HTTP client")
    }
}

impl Client {
    pub(super) fn build_host(&self, registry: &str) -> Result<Host> {
        let opts = &self.inner.opts;
        let api = api_host(registry).to_string();
        let loopback = is_loopback(&api);
        let rc = opts
            .config
            .for_registry(registry)
            .cloned()
            .unwrap_or_default();
        let setting = if opts.plain_http {
            Some(TlsSetting::Disabled)
        } else if opts.insecure {
            Some(TlsSetting::Insecure)
        } else {
            rc.tls
        };
        let insecure = opts.insecure || setting == Some(TlsSetting::Insecure);
        let scheme = if setting == Some(TlsSetting::Disabled) {
            Scheme::Http
        } else {
            Scheme::Https
        };
        // Loopback registries may speak plain HTTP, as docker treats them, unless the config
        // says HTTPS must be verified or HTTP is the only scheme; `insecure` (skopeo's
        // `tls-verify: false`) keeps the fallback.
        let fallback = loopback && matches!(setting, None | Some(TlsSetting::Insecure));

        // Loading the system's roots costs milliseconds (every file in /etc/ssl/certs), and no
        // public CA issues certificates for loopback names or is needed for plain HTTP: those
        // hosts trust only the CAs given explicitly.
        let system_roots = !loopback && scheme == Scheme::Https;
        let mut settings = HttpSettings {
            system_roots,
            insecure,
            roots: Vec::new(),
            identity: None,
            idle: opts.idle_timeout,
            user_agent: opts
                .user_agent
                .clone()
                .unwrap_or_else(|| USER_AGENT.to_string()),
        };
        let mut cas: Vec<PathBuf> = Vec::new();
        cas.extend(opts.ca_file.clone());
        cas.extend(rc.ca_file.clone());
        let mut cert = opts
            .cert_file
            .clone()
            .zip(opts.key_file.clone())
            .or_else(|| rc.cert_file.clone().zip(rc.key_file.clone()));
        for dir in certs_dirs(registry, &api) {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut names: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
            names.sort();
            for p in names {
                match p.extension().and_then(|e| e.to_str()) {
                    Some("crt") => cas.push(p),
                    Some("cert") if cert.is_none() => {
                        let key = p.with_extension("key");
                        if key.exists() {
                            cert = Some((p, key));
                        }
                    }
                    _ => {}
                }
            }
        }
        for ca in &cas {
            let pem =
                std::fs::read(ca).with_context(|| format!("reading CA file `{}`", ca.display()))?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
                Failure::usage(format!(
                    "CA file `{}` is not PEM certificates: {e}",
                    ca.display()
                ))
            })?;
            settings.roots.extend(certs);
        }
        if let Some((c, k)) = &cert {
            let mut pem = std::fs::read(c).with_context(|| format!("reading `{}`", c.display()))?;
            pem.push(b'\n');
            pem.extend(std::fs::read(k).with_context(|| format!("reading `{}`", k.display()))?);
            let id = reqwest::Identity::from_pem(&pem).map_err(|e| {
                Failure::usage(format!(
                    "client certificate `{}` / key `{}` cannot be used: {e}",
                    c.display(),
                    k.display()
                ))
            })?;
            settings.identity = Some(id);
        }
        let http = settings.build(true)?;
        debug!(
            registry,
            api,
            ?scheme,
            fallback,
            insecure,
            "new registry host"
        );
        Ok(Host {
            registry: registry.to_string(),
            api,
            http,
            upload: std::sync::OnceLock::new(),
            settings,
            scheme: Mutex::new(scheme),
            fallback: Mutex::new(fallback),
            insecure,
            cred: tokio::sync::OnceCell::new(),
            renewed: Mutex::new(None),
            renewed_at: Mutex::new(None),
            renewals: std::sync::atomic::AtomicU64::new(0),
            renewing: tokio::sync::Mutex::new(()),
            obtained: Mutex::new(None),
            challenge: Mutex::new(None),
            tokens: Mutex::new(HashMap::new()),
            token_fetch: tokio::sync::Mutex::new(()),
            pace: pace::Pace::new(rc.req_per_sec, rc.req_concurrent),
        })
    }
}

impl Host {
    pub(super) fn upload_client(&self) -> Result<&reqwest::Client> {
        if let Some(c) = self.upload.get() {
            return Ok(c);
        }
        let c = self.settings.build(false)?;
        Ok(self.upload.get_or_init(|| c))
    }

    /// On a loopback registry, a failed HTTPS connection that is not a certificate problem
    /// means the registry speaks plain HTTP: switch for good and let the caller resend.
    pub(super) fn try_fallback(&self, e: &reqwest::Error) -> bool {
        let mut fallback = self.fallback.lock().expect("fallback lock");
        let mut scheme = self.scheme.lock().expect("scheme lock");
        // A request sent over HTTPS before a concurrent one switched the host to plain HTTP:
        // resend it at once (not after a retry's backoff).
        if *scheme == Scheme::Http
            && e.is_connect()
            && e.url().is_some_and(|u| {
                u.scheme() == "https" && host_port(u).as_deref() == Some(&self.api)
            })
        {
            return true;
        }
        if !*fallback || *scheme != Scheme::Https || !e.is_connect() {
            return false;
        }
        let text = error_text(e);
        // Refused on the registry's own port: it is down, and HTTP there would be refused
        // too. Named without a port, HTTPS went to 443 and HTTP goes to 80, as docker tries.
        let own_port = match self.api.strip_prefix('[') {
            Some(v6) => v6.contains("]:"),
            None => self.api.contains(':'),
        };
        if text.contains("certificate") || (text.contains("connection refused") && own_port) {
            return false;
        }
        debug!(
            registry = self.registry,
            "HTTPS failed on a loopback registry; using plain HTTP"
        );
        *scheme = Scheme::Http;
        *fallback = false;
        true
    }
}

/// Whether a registry host is on this machine (docker treats these as insecure registries).
pub fn is_loopback(api: &str) -> bool {
    let host = if let Some(rest) = api.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        api.rsplit_once(':').map(|(h, _)| h).unwrap_or(api)
    };
    host == "localhost"
        || host.ends_with(".localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Directories with per-registry certificates, docker style (`<dir>/<host>/ca.crt`,
/// `client.cert` + `client.key`). `$HOIST_CERTS_DIR` replaces the system locations.
pub(super) fn certs_dirs(registry: &str, api: &str) -> Vec<PathBuf> {
    let roots: Vec<PathBuf> = match std::env::var_os("HOIST_CERTS_DIR").filter(|d| !d.is_empty()) {
        Some(d) => std::env::split_paths(&d).collect(),
        None => vec![
            PathBuf::from("/etc/docker/certs.d"),
            PathBuf::from("/etc/containers/certs.d"),
        ],
    };
    let mut out = Vec::new();
    for root in roots {
        out.push(root.join(registry));
        if api != registry {
            out.push(root.join(api));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_detection() {
        for h in [
            "localhost:5000",
            "127.0.0.1:5000",
            "127.3.4.5",
            "[::1]:5000",
            "registry.localhost",
        ] {
            assert!(is_loopback(h), "{h}");
        }
        for h in [
            "registry.example.com",
            "10.0.0.1:5000",
            "localhost.example.com",
        ] {
            assert!(!is_loopback(h), "{h}");
        }
    }
}
