//! `registry probe`: what a registry supports, found by asking it.
//!
//! Read probes only by default: the API version and challenge of `/v2/` (as a stranger sees
//! them), whether a repository reads anonymously, the referrers API, the catalog, rate-limit
//! headers. With `write`, on the repository the user names, hoist also opens an upload (and
//! reads `OCI-Chunk-Min-Length`), uploads a small blob in chunks, mounts it, pushes a manifest
//! and one that refers to it (`OCI-Subject`), deletes a tag and manifests, and deletes what it
//! made. What could not be deleted is listed.
//!
//! It returns a report; it must not print.

use anyhow::Result;
use bytes::Bytes;
use reqwest::{Method, header};
use serde::Serialize;

use crate::auth::{Challenge, Scopes};
use crate::client::{Body, Client, ClientOptions, Request};
use crate::digest::Digest;
use crate::error::{Kind, kind_of, render};
use crate::manifest::{Descriptor, Manifest};
use crate::media_types as mt;
use crate::reference::Reference;

/// One capability and what the registry answered.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub capability: &'static str,
    /// `yes`, `no`, a value, or `unknown`.
    pub result: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub registry: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository: Option<String>,
    pub findings: Vec<Finding>,
    /// What the write probes made and could not delete.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub left_behind: Vec<String>,
}

fn f(capability: &'static str, result: impl Into<String>, detail: impl Into<String>) -> Finding {
    Finding {
        capability,
        result: result.into(),
        detail: detail.into(),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Probes `registry` (and `repository`, when given).
pub async fn probe(
    client: &Client,
    registry: &str,
    repository: Option<&str>,
    write: bool,
) -> Result<Report> {
    let mut out = Vec::new();
    let mut left = Vec::new();
    let (status, version, challenge) = client.first_contact(registry).await?;
    out.push(f(
        "API version",
        version.clone().unwrap_or_else(|| "unknown".into()),
        format!("GET /v2/ answered {status}"),
    ));
    let auth = match challenge.as_deref().and_then(crate::auth::parse_challenge) {
        None if status.is_success() => f("auth", "none", "/v2/ answers without credentials"),
        None => f("auth", "unknown", challenge.clone().unwrap_or_default()),
        Some(Challenge::Basic) => f("auth", "basic", challenge.clone().unwrap_or_default()),
        Some(Challenge::Bearer { realm, service, .. }) => f(
            "auth",
            "bearer",
            format!(
                "realm {}{}",
                crate::output::escape(&realm),
                service
                    .map(|s| format!(", service {}", crate::output::escape(&s)))
                    .unwrap_or_default()
            ),
        ),
    };
    out.push(auth);
    // The catalog, with the user's credentials.
    let cat = client
        .send(
            registry,
            Request::new(Method::GET, "/v2/_catalog?n=1", Scopes::catalog()),
        )
        .await;
    out.push(match cat {
        Ok(r) if r.status().is_success() => f("catalog", "yes", "GET /v2/_catalog answered"),
        Ok(r) => f(
            "catalog",
            "no",
            format!("GET /v2/_catalog answered {}", r.status()),
        ),
        Err(e) => f("catalog", "no", render(&e)),
    });
    let Some(repo) = repository else {
        return Ok(Report {
            registry: registry.to_string(),
            repository: None,
            findings: out,
            left_behind: left,
        });
    };
    let r = Reference::parse(&format!("{registry}/{repo}"))?;
    // Anonymous pull: a client with no credentials at all.
    let mut anon_opts: ClientOptions = client.options().clone();
    anon_opts.creds.clear();
    anon_opts.default_creds = None;
    anon_opts.no_credential_stores = true;
    let anon = Client::new(anon_opts);
    out.push(match anon.tags(&r).await {
        Ok(_) => f("anonymous pull", "yes", "tags listed with no credentials"),
        Err(e) if kind_of(&e) == Kind::Auth => f("anonymous pull", "no", "credentials needed"),
        Err(e) if kind_of(&e) == Kind::NotFound => f(
            "anonymous pull",
            "unknown",
            "the repository is not there (or hides itself)",
        ),
        Err(e) => f("anonymous pull", "unknown", render(&e)),
    });
    // Without access to the repository, what follows would read as "not supported".
    let tags = match client.tags(&r).await {
        Ok(t) => t,
        Err(e) if kind_of(&e) == Kind::Auth => {
            let mut detail = render(&e);
            if let Some(h) = crate::error::hints_of(&e).first() {
                detail.push_str(&format!(" ({h})"));
            }
            out.push(f("repository access", "no", detail));
            return Ok(Report {
                registry: registry.to_string(),
                repository: Some(repo.to_string()),
                findings: out,
                left_behind: left,
            });
        }
        Err(_) => Vec::new(),
    };
    // Referrers API: answered (even with an empty list) for any digest by registries with it.
    let probe_digest = Digest::sha256(b"hoist registry probe");
    out.push(match client.referrers_api(&r, &probe_digest).await {
        Ok(Some(_)) => f(
            "referrers API",
            "yes",
            "GET /v2/<repo>/referrers/<digest> answers",
        ),
        Ok(None) => f(
            "referrers API",
            "no",
            "clients use the sha256-<hex> fallback tag",
        ),
        Err(e) => f("referrers API", "unknown", render(&e)),
    });
    // Rate-limit headers, from a HEAD (which spends no pull where they are counted).
    out.push(match tags.first() {
        Some(t) => {
            let tr = Reference {
                tag: Some(t.clone()),
                digest: None,
                ..r.clone()
            };
            match client.head_manifest(&tr).await {
                Ok(h) => match h.rate_limit {
                    Some(rl) => f(
                        "rate-limit headers",
                        "yes",
                        format!(
                            "limit {}, remaining {}",
                            rl.limit.map(|n| n.to_string()).unwrap_or("?".into()),
                            rl.remaining.map(|n| n.to_string()).unwrap_or("?".into())
                        ),
                    ),
                    None => f("rate-limit headers", "no", ""),
                },
                Err(e) => f("rate-limit headers", "unknown", render(&e)),
            }
        }
        None => f(
            "rate-limit headers",
            "unknown",
            "the repository has no tag to ask about",
        ),
    });
    if write {
        write_probes(client, &r, &mut out, &mut left).await;
    } else {
        out.push(f(
            "write probes",
            "skipped",
            "pass --write to test uploads, mounts, OCI-Subject and deletion on this repository",
        ));
    }
    Ok(Report {
        registry: registry.to_string(),
        repository: Some(repo.to_string()),
        findings: out,
        left_behind: left,
    })
}

/// The probes that change the repository, each cleaned up after.
async fn write_probes(
    client: &Client,
    r: &Reference,
    out: &mut Vec<Finding>,
    left: &mut Vec<String>,
) {
    let nonce = crate::manifest::nonce();
    let data = Bytes::from(format!("hoist registry probe {nonce}\n").repeat(40));
    let digest = Digest::sha256(&data);
    // An upload session, and the chunk minimum it announces.
    let scopes = Scopes::repository(&r.repository, &["pull", "push"]);
    let opened = client
        .send(
            &r.registry,
            Request::new(
                Method::POST,
                format!("/v2/{}/blobs/uploads/", r.repository),
                scopes.clone(),
            ),
        )
        .await;
    let (loc, min) = match opened {
        Ok(resp) if resp.status() == reqwest::StatusCode::ACCEPTED => {
            let h = resp.headers();
            let get = |k: &str| h.get(k).and_then(|v| v.to_str().ok()).map(str::to_string);
            match get("location") {
                Some(l) => (l, get("oci-chunk-min-length")),
                None => {
                    out.push(f("upload", "no", "an upload session without a Location"));
                    return;
                }
            }
        }
        Ok(resp) => {
            out.push(f(
                "upload",
                "no",
                format!("POST /v2/<repo>/blobs/uploads/ answered {}", resp.status()),
            ));
            return;
        }
        Err(e) => {
            out.push(f("upload", "no", render(&e)));
            return;
        }
    };
    match client
        .patch_and_finish(r, &loc, None, &digest, Body::Bytes(data.clone()))
        .await
    {
        Ok(()) => out.push(f(
            "chunked upload",
            "yes",
            match &min {
                Some(m) => format!("OCI-Chunk-Min-Length {m}"),
                None => "no chunk minimum announced".into(),
            },
        )),
        Err(e) => {
            out.push(f("chunked upload", "no", render(&e)));
            if let Err(e) = client.push_blob_bytes(r, data.clone()).await {
                out.push(f("monolithic upload", "no", render(&e)));
                return;
            }
        }
    }
    // A cross-repository mount from the repository into itself: 201 when mounts are honoured.
    match client.start_upload(r, Some((&digest, &r.repository))).await {
        Ok(None) => out.push(f("cross-repository mount", "yes", "201 Created")),
        Ok(Some(l)) => {
            let _ = client
                .send(
                    &r.registry,
                    Request::new(
                        Method::DELETE,
                        l,
                        Scopes::repository(&r.repository, &["pull", "push"]),
                    ),
                )
                .await;
            out.push(f(
                "cross-repository mount",
                "no",
                "answered with an upload session (the blob is uploaded instead)",
            ));
        }
        Err(e) => out.push(f("cross-repository mount", "no", render(&e))),
    }
    // A manifest, and one that refers to it.
    let empty = Bytes::from_static(b"{}");
    let config = match client.push_blob_bytes(r, empty).await {
        Ok(d) => d,
        Err(e) => {
            out.push(f("manifest push", "no", render(&e)));
            return;
        }
    };
    let layer = Descriptor::new(
        "application/octet-stream",
        digest.clone(),
        data.len() as u64,
    );
    let doc = |subject: Option<&Manifest>| {
        let mut annotations =
            std::collections::BTreeMap::from([("dev.hoist.probe".to_string(), nonce.clone())]);
        if subject.is_some() {
            annotations.insert("dev.hoist.probe.role".into(), "referrer".into());
        }
        crate::manifest::artifact(
            &config,
            "application/vnd.hoist.probe.v1",
            vec![layer.clone()],
            annotations,
            subject.map(Manifest::descriptor),
        )
    };
    let tag = format!("hoist-probe-{nonce}");
    let a = match doc(None) {
        Ok(a) => a,
        Err(e) => {
            out.push(f("manifest push", "no", e.to_string()));
            return;
        }
    };
    if let Err(e) = client.put_manifest(r, &tag, &a).await {
        out.push(f("manifest push", "no", render(&e)));
        return;
    }
    let mut made = vec![a.digest.clone()];
    if let Ok(b) = doc(Some(&a)) {
        let path = format!("/v2/{}/manifests/{}", r.repository, b.digest);
        let req = Request::new(
            Method::PUT,
            path,
            Scopes::repository(&r.repository, &["pull", "push"]),
        )
        .header(header::CONTENT_TYPE, mt::OCI_MANIFEST)
        .body(Body::Bytes(b.bytes.clone()));
        match client.send(&r.registry, req).await {
            Ok(resp) if resp.status().is_success() => {
                let subject = resp
                    .headers()
                    .get("oci-subject")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string);
                out.push(f(
                    "OCI-Subject",
                    yes_no(subject.is_some()),
                    match subject {
                        Some(s) => format!("answered {s}"),
                        None => "pushes with a subject are not acknowledged; clients write the fallback tag".into(),
                    },
                ));
                made.insert(0, b.digest.clone());
            }
            Ok(resp) => out.push(f(
                "OCI-Subject",
                "unknown",
                format!("a manifest with a subject was refused ({})", resp.status()),
            )),
            Err(e) => out.push(f("OCI-Subject", "unknown", render(&e))),
        }
    }
    // Tag deletion, then manifest deletion (which cleans up).
    match client.delete_tag(r, &tag).await {
        Ok(true) => out.push(f(
            "tag deletion",
            "yes",
            "DELETE /v2/<repo>/manifests/<tag>",
        )),
        Ok(false) => out.push(f(
            "tag deletion",
            "no",
            "`hoist tag delete` moves the tag to a placeholder and deletes that",
        )),
        Err(e) => out.push(f("tag deletion", "unknown", render(&e))),
    }
    let mut deleted = true;
    for d in &made {
        if let Err(e) = client.delete_manifest(r, d).await {
            if deleted {
                out.push(f("manifest deletion", "no", render(&e)));
            }
            deleted = false;
            left.push(format!("manifest {d}"));
        }
    }
    if deleted {
        out.push(f(
            "manifest deletion",
            "yes",
            "DELETE /v2/<repo>/manifests/<digest>",
        ));
    } else if client.delete_tag(r, &tag).await.unwrap_or(false) {
        // The tag went even though the manifests stay.
    } else {
        left.push(format!("tag {tag}"));
    }
    // The probe's own blob goes; the empty `{}` config stays (other artifacts share it).
    if !matches!(client.delete_blob(r, &digest).await, Ok(true)) {
        left.push(format!("blob {digest}"));
    }
}
