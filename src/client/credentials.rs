//! Credentials and challenges on the request path: where a registry's credentials come from
//! (flags, stores, helpers, renewed when a helper's expire), answering Basic and Bearer
//! challenges with scoped tokens (cached), never sending a secret over plain HTTP to another
//! machine, and errors that say which credentials failed and how to fix them. It must not
//! send requests of its own outside the token service's.

use super::*;

/// The most a token service's answer may hold (tokens are a few kilobytes).
pub(super) const MAX_TOKEN_RESPONSE: u64 = 1024 * 1024;

impl Client {
    /// Asks the helper named for `host`'s registry (`ClientOptions::helpers`), when there is
    /// one; `None` otherwise.
    async fn ask_named_helper(
        &self,
        host: &Host,
    ) -> Option<Result<Option<(Credential, CredSource)>>> {
        let conf = self.inner.opts.helpers.get(&host.registry)?.clone();
        let asked = tokio::task::spawn_blocking(move || {
            auth::store::program_get(&conf.program, &conf.server)
                .map(|c| c.map(|c| (c, CredSource::Helper(conf.program.clone()))))
        })
        .await
        .context("credential helper");
        *host.obtained.lock().expect("obtained lock") = Some(Instant::now());
        Some(asked.and_then(|r| r))
    }

    /// What a helper named for the registry gave is asked for again once it is older than
    /// the helper's `max_age` (regsync's `credExpire`, an hour by default).
    async fn refresh_if_stale(&self, host: &Host) {
        let Some(max) = self
            .inner
            .opts
            .helpers
            .get(&host.registry)
            .map(|h| h.max_age)
        else {
            return;
        };
        let stale = |h: &Host| {
            h.obtained
                .lock()
                .expect("obtained lock")
                .is_some_and(|t| t.elapsed() >= max)
        };
        if !stale(host) {
            return;
        }
        let _one = host.renewing.lock().await;
        if !stale(host) {
            return;
        }
        if let Some(Ok(Some(fresh))) = self.ask_named_helper(host).await {
            debug!(
                registry = host.registry,
                "asked the helper again: its credentials aged"
            );
            host.use_renewed(fresh);
        }
    }

    /// The credential for a host: the command line's, else a helper named for its registry,
    /// else the stores' (looked up once).
    pub async fn credential(&self, host: &Host) -> Result<Option<Credential>> {
        self.refresh_if_stale(host).await;
        self.current_credential(host).await
    }

    /// [`Client::credential`] without asking an aged helper again (for callers that hold
    /// `renewing`).
    async fn current_credential(&self, host: &Host) -> Result<Option<Credential>> {
        if let Some((c, _)) = host.renewed.lock().expect("renewed lock").as_ref() {
            return Ok(Some(c.clone()));
        }
        let opts = &self.inner.opts;
        let found = host
            .cred
            .get_or_try_init(|| async {
                // This registry's own credentials, then a helper named for it, then
                // `--creds` for any registry, then the stores.
                let named = opts
                    .creds
                    .get(&host.registry)
                    .map(|c| (c, opts.creds_from.get(&host.registry)));
                let any = || {
                    opts.default_creds
                        .as_ref()
                        .map(|c| (c, opts.default_creds_from.as_ref()))
                };
                let given = |(c, from): (&Credential, Option<&String>)| {
                    let src = CredSource::CommandLine(
                        from.cloned().unwrap_or_else(|| "--creds".to_string()),
                    );
                    debug!(registry = host.registry, source = %src, "using credentials");
                    Ok::<_, anyhow::Error>(Some((c.clone(), src)))
                };
                if let Some(c) = named {
                    return given(c);
                }
                if let Some(asked) = self.ask_named_helper(host).await {
                    return asked;
                }
                if let Some(c) = any() {
                    return given(c);
                }
                if opts.no_credential_stores {
                    return Ok(None);
                }
                let reg = host.registry.clone();
                let found = tokio::task::spawn_blocking(move || auth::store::lookup(&reg))
                    .await
                    .context("credential lookup")??;
                if let Some((_, src)) = &found {
                    debug!(registry = host.registry, source = %src, "using stored credentials");
                }
                Ok(found)
            })
            .await?;
        Ok(found.as_ref().map(|(c, _)| c.clone()))
    }
    /// After the registry refused credentials a helper gave: asks the helper again (at most
    /// once a minute), and uses what it gives if it is something new. Long runs outlive
    /// short-lived credentials (ECR's last 12 hours); docker asks its helpers on every pull.
    pub(super) async fn renew_credential(&self, host: &Host, generation: u64) -> bool {
        // One renewal at a time; requests refused with the old credentials use the new ones.
        let _one = host.renewing.lock().await;
        if host.renewals.load(std::sync::atomic::Ordering::SeqCst) > generation {
            return true;
        }
        let from_helper = host
            .renewed
            .lock()
            .expect("renewed lock")
            .as_ref()
            .map(|(_, s)| s.clone())
            .or_else(|| {
                host.cred
                    .get()
                    .and_then(|c| c.as_ref())
                    .map(|(_, s)| s.clone())
            });
        if !matches!(from_helper, Some(CredSource::Helper(_))) {
            return false;
        }
        {
            let mut at = host.renewed_at.lock().expect("renewed lock");
            if at.is_some_and(|t| t.elapsed() < Duration::from_secs(60)) {
                return false;
            }
            *at = Some(Instant::now());
        }
        let current = self.current_credential(host).await.ok().flatten();
        let asked = match self.ask_named_helper(host).await {
            Some(asked) => asked,
            None => {
                let reg = host.registry.clone();
                tokio::task::spawn_blocking(move || auth::store::lookup(&reg))
                    .await
                    .context("credential lookup")
                    .and_then(|r| r)
            }
        };
        let Ok(Some((fresh, src))) = asked else {
            return false;
        };
        let same = current.as_ref().is_some_and(|c| {
            c.username == fresh.username
                && c.password.expose() == fresh.password.expose()
                && c.identity_token.as_ref().map(|t| t.expose().to_string())
                    == fresh
                        .identity_token
                        .as_ref()
                        .map(|t| t.expose().to_string())
        });
        if same {
            return false;
        }
        debug!(registry = host.registry, source = %src, "the helper gave new credentials");
        host.use_renewed((fresh, src));
        true
    }
    pub(super) fn cred_source(host: &Host) -> Option<String> {
        host.cred
            .get()
            .and_then(|c| c.as_ref())
            .map(|(_, s)| s.to_string())
    }
    pub(super) async fn authorization(
        &self,
        host: &Host,
        scopes: &Scopes,
    ) -> Result<Option<String>> {
        let challenge = host.challenge.lock().expect("challenge lock").clone();
        match challenge {
            None => Ok(None),
            Some(Challenge::Basic) => Ok(self.credential(host).await?.map(|c| c.basic_header())),
            Some(Challenge::Bearer { realm, service, .. }) => {
                let generation = host.renewals.load(std::sync::atomic::Ordering::SeqCst);
                let token = match self.token(host, &realm, service.as_deref(), scopes).await {
                    Ok(t) => t,
                    // A token service refusing credentials a helper gave (expired in a long
                    // run): ask the helper again, once.
                    Err(e)
                        if crate::error::kind_of(&e) == crate::error::Kind::Auth
                            && self.renew_credential(host, generation).await =>
                    {
                        self.token(host, &realm, service.as_deref(), scopes).await?
                    }
                    Err(e) => return Err(e),
                };
                Ok(Some(format!("Bearer {token}")))
            }
        }
    }
    /// A bearer token for `scopes`, from the cache or the token service.
    pub(super) async fn token(
        &self,
        host: &Host,
        realm: &str,
        service: Option<&str>,
        scopes: &Scopes,
    ) -> Result<String> {
        if let Some(t) = host.cached_token(scopes) {
            return Ok(t);
        }
        let _guard = host.token_fetch.lock().await;
        if let Some(t) = host.cached_token(scopes) {
            return Ok(t);
        }
        let cred = self.credential(host).await?;
        if cred.is_some() {
            host.may_send_secret(realm)?;
        }
        let scope_list = scopes.to_vec();
        let realm_err = |what: String| {
            Failure::auth(format!(
                "token service `{realm}` for `{}` {what}",
                host.registry
            ))
        };
        let send = |rb: reqwest::RequestBuilder| async move {
            rb.send().await.map_err(|e| network_failure(host, realm, e))
        };
        let resp = match &cred {
            Some(c) if c.identity_token.is_some() => {
                let mut form: Vec<(&str, &str)> = vec![
                    ("grant_type", "refresh_token"),
                    ("client_id", "hoist"),
                    (
                        "refresh_token",
                        c.identity_token.as_ref().expect("checked").expose(),
                    ),
                ];
                let joined = scope_list.join(" ");
                if let Some(s) = service {
                    form.push(("service", s));
                }
                if !joined.is_empty() {
                    form.push(("scope", &joined));
                }
                send(host.http.post(realm).form(&form)).await?
            }
            _ => {
                let mut q: Vec<(&str, &str)> = Vec::new();
                if let Some(s) = service {
                    q.push(("service", s));
                }
                for s in &scope_list {
                    q.push(("scope", s));
                }
                if let Some(c) = &cred {
                    q.push(("account", &c.username));
                }
                let mut rb = host.http.get(realm).query(&q);
                if let Some(c) = &cred {
                    rb = rb.header(header::AUTHORIZATION, c.basic_header());
                }
                let resp = send(rb).await?;
                // Some OAuth2-only token services refuse GET; the password grant is their way.
                match (&cred, resp.status()) {
                    (Some(c), StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED) => {
                        let joined = scope_list.join(" ");
                        let mut form: Vec<(&str, &str)> = vec![
                            ("grant_type", "password"),
                            ("client_id", "hoist"),
                            ("username", &c.username),
                            ("password", c.password.expose()),
                        ];
                        if let Some(s) = service {
                            form.push(("service", s));
                        }
                        if !joined.is_empty() {
                            form.push(("scope", &joined));
                        }
                        send(host.http.post(realm).form(&form)).await?
                    }
                    _ => resp,
                }
            }
        };
        let status = resp.status();
        if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN {
            let f = match &cred {
                Some(c) => realm_err(format!(
                    "rejected the credentials{}",
                    if c.username.is_empty() {
                        String::new()
                    } else {
                        format!(" for user `{}`", c.username)
                    }
                ))
                .hint(wrong_creds_hint(&host.registry, Self::cred_source(host))),
                None => {
                    realm_err("refused anonymous access".into()).hint(login_hint(&host.registry))
                }
            };
            return Err(f.into());
        }
        if !status.is_success() {
            return Err(realm_err(format!("answered {status}")).into());
        }
        #[derive(serde::Deserialize)]
        pub(super) struct TokenResponse {
            #[serde(default)]
            token: Option<String>,
            #[serde(default)]
            access_token: Option<String>,
            #[serde(default)]
            expires_in: Option<u64>,
        }
        let body = api::read_bounded(resp, MAX_TOKEN_RESPONSE, self.deadline(), |n| {
            realm_err(format!(
                "answered {n} bytes or more, over the {MAX_TOKEN_RESPONSE}-byte limit for a token"
            ))
        })
        .await
        .with_context(|| format!("reading the token from `{}`", crate::output::escape(realm)))?;
        let tr: TokenResponse = serde_json::from_slice(&body)
            .map_err(|_| realm_err("answered something that is not a token".into()))?;
        let value = tr
            .token
            .filter(|t| !t.is_empty())
            .or(tr.access_token)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| realm_err("answered without a token".into()))?;
        // docker's minimum lifetime is 60s; refresh a little early. A lifetime past a day is
        // taken as a day (input decides nothing about arithmetic bounds).
        let life = tr.expires_in.unwrap_or(60).clamp(60, 86_400);
        host.tokens.lock().expect("tokens lock").insert(
            scopes.clone(),
            Token {
                value: value.clone(),
                expires: Instant::now() + Duration::from_secs(life - 5),
            },
        );
        debug!(registry = host.registry, scopes = %scopes, life, "got token");
        Ok(value)
    }
    /// A token without the scope asked for: Docker Hub (and registries like it) answers so
    /// for a repository that does not exist as for one the user may not read, and does not
    /// say which. Say both, as docker does.
    pub(super) async fn no_such_repository(&self, host: &Host, repo: &str) -> anyhow::Error {
        let cred = self.credential(host).await.ok().flatten();
        let name = if host.registry == crate::reference::DOCKER_HUB {
            repo.strip_prefix("library/").unwrap_or(repo).to_string()
        } else {
            format!("{}/{repo}", host.registry)
        };
        let (what, hint) = match &cred {
            Some(c) if !c.username.is_empty() => (
                format!(
                    "repository `{name}` does not exist, or user `{}` may not access it",
                    c.username
                ),
                format!("check the name, and that `{}` has access to it", c.username),
            ),
            Some(_) => (
                format!(
                    "repository `{name}` does not exist, or these credentials may not access it"
                ),
                "check the name, and the token's access".to_string(),
            ),
            None => (
                format!("repository `{name}` does not exist, or needs a login"),
                format!(
                    "check the name; if it is private, {}",
                    login_hint(&host.registry)
                ),
            ),
        };
        Failure::auth(format!(
            "{what} (`{}` denied the token's scope)",
            host.registry
        ))
        .hint(hint)
        .into()
    }
    pub(super) async fn auth_failure(
        &self,
        host: &Host,
        scopes: &Scopes,
        resp: Response,
        had_auth: bool,
    ) -> anyhow::Error {
        let status = resp.status();
        let detail = api::envelope_message(resp).await;
        let cred = self.credential(host).await.ok().flatten();
        let what = match (&cred, had_auth) {
            (Some(c), true) if !c.username.is_empty() => format!(
                "`{}` rejected the credentials for user `{}` ({status})",
                host.registry, c.username
            ),
            (Some(_), true) => format!("`{}` rejected the credentials ({status})", host.registry),
            _ => format!("`{}` requires authentication ({status})", host.registry),
        };
        // `UNAUTHORIZED: authentication required` only repeats the status.
        let detail = detail.filter(|d| !d.starts_with("UNAUTHORIZED"));
        let mut f = Failure::auth(match detail {
            Some(d) => format!("{what}: {d}"),
            None => what,
        });
        // Scopes are a token matter; a Basic registry has none to lack.
        let bearer = matches!(
            *host.challenge.lock().expect("challenge lock"),
            Some(Challenge::Bearer { .. })
        );
        if bearer && !scopes.is_empty() {
            f = f.hint(format!("the request needed `{scopes}`"));
        }
        f = match cred {
            Some(_) => f.hint(wrong_creds_hint(&host.registry, Self::cred_source(host))),
            None => f.hint(login_hint(&host.registry)),
        };
        f.into()
    }
}

impl Host {
    /// Uses credentials a helper gave again from now on: tokens got with the old ones are
    /// dropped, and requests refused with them are sent again (`renewals`).
    pub(super) fn use_renewed(&self, fresh: (Credential, CredSource)) {
        *self.renewed.lock().expect("renewed lock") = Some(fresh);
        self.tokens.lock().expect("tokens lock").clear();
        self.renewals
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    pub(super) fn cached_token(&self, scopes: &Scopes) -> Option<String> {
        let tokens = self.tokens.lock().expect("tokens lock");
        tokens
            .get(scopes)
            .filter(|t| t.expires > Instant::now())
            .map(|t| t.value.clone())
    }
    /// Refuses to put a secret on plain HTTP to another machine.
    pub(super) fn may_send_secret(&self, url: &str) -> Result<()> {
        if !url.starts_with("http://") || self.insecure {
            return Ok(());
        }
        let host = url["http://".len()..].split('/').next().unwrap_or("");
        if is_loopback(host) {
            return Ok(());
        }
        Err(Failure::auth(format!(
            "refusing to send credentials for `{}` over plain HTTP to `{host}`",
            self.registry
        ))
        .hint("use HTTPS, or pass `--insecure` if this network is trusted")
        .into())
    }
}

/// The flag that gives credentials for each registry, where it is not `--creds` (`copy`'s
/// `--src-creds` and `--dest-creds`), so a hint names the flag for the side that failed.
pub(super) static CREDS_FLAGS: std::sync::Mutex<Vec<(String, &'static str)>> =
    std::sync::Mutex::new(Vec::new());

/// Names the flag that gives `registry`'s credentials in this run (for hints).
pub fn set_creds_flag(registry: &str, flag: &'static str) {
    let mut m = CREDS_FLAGS.lock().unwrap_or_else(|p| p.into_inner());
    m.retain(|(r, _)| r != registry);
    m.push((registry.to_string(), flag));
}

pub(super) fn creds_flag(registry: &str) -> &'static str {
    CREDS_FLAGS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .find(|(r, _)| r == registry)
        .map(|(_, f)| *f)
        .unwrap_or("--creds")
}

pub(crate) fn login_hint(registry: &str) -> String {
    format!(
        "log in with `hoist login {registry}`, or pass `{} USER:PASSWORD`",
        creds_flag(registry)
    )
}

pub(super) fn wrong_creds_hint(registry: &str, source: Option<String>) -> String {
    match source {
        Some(s) => format!(
            "the credentials came from {s}; check them, or log in again with `hoist login {registry}`"
        ),
        None => format!(
            "check the credentials (`{}`), or log in again with `hoist login {registry}`",
            creds_flag(registry)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_go_over_plain_http_to_other_machines() {
        let mut o = ClientOptions::new();
        o.plain_http = true;
        let c = Client::new(o);
        let h = c.host("registry.example.com").unwrap();
        let e = h
            .may_send_secret("http://registry.example.com/v2/")
            .unwrap_err();
        assert_eq!(crate::error::kind_of(&e), crate::error::Kind::Auth);
        assert!(crate::error::hints_of(&e)[0].contains("--insecure"));
        h.may_send_secret("https://auth.example.com/token").unwrap();
        h.may_send_secret("http://127.0.0.1:5000/token").unwrap();
        let mut o = ClientOptions::new();
        o.insecure = true;
        let c = Client::new(o);
        c.host("registry.example.com")
            .unwrap()
            .may_send_secret("http://registry.example.com/v2/")
            .unwrap();
    }
}
