//! `hoist image inspect` (manifest and config in one skopeo-style view), and the commands that
//! look inside an image without writing it anywhere: `files`, `cat` and `size` (the work is in
//! [`crate::image`]; this file parses and renders).
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use super::Ctx;
use crate::media_types as mt;
use crate::output::{self, Format, human_size, print_table, table};
use crate::reference::ImageRef;
use crate::repo;

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The image to compare from.
    pub a: String,
    /// The image to compare to.
    pub b: String,
    /// Platform to pick from indexes (default: this machine's).
    #[arg(long, short = 'p', value_name = "PLATFORM", default_value = "local")]
    pub platform: String,
    /// Layers streamed at once.
    #[arg(long, short = 'j', default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Image reference.
    pub reference: String,
    /// Platform to pick from an index (default: this machine's), or `all`.
    #[arg(long, short = 'p', value_name = "PLATFORM", default_value = "local")]
    pub platform: String,
    /// Exit 7 when the audit finds any of these: `secrets`, `shadowed`, `wasted:PCT` (more than
    /// PCT percent of the layers' bytes wasted), comma-separated.
    #[arg(long, value_name = "WHAT")]
    pub fail_on: Option<String>,
    /// Layers streamed at once.
    #[arg(long, short = 'j', default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,
}

#[derive(Debug, Args)]
pub struct FilesArgs {
    /// Image reference.
    pub reference: String,
    /// Platform to pick from an index (default: this machine's).
    #[arg(long, short = 'p', value_name = "PLATFORM", default_value = "local")]
    pub platform: String,
    /// Show each layer's additions, changes and deletions instead of the merged tree.
    #[arg(long)]
    pub layers: bool,
    /// Layers streamed at once.
    #[arg(long, short = 'j', default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,
}

#[derive(Debug, Args)]
pub struct CatArgs {
    /// Image reference.
    pub reference: String,
    /// The file's path inside the image (`/etc/os-release`).
    pub path: String,
    /// Platform to pick from an index (default: this machine's).
    #[arg(long, short = 'p', value_name = "PLATFORM", default_value = "local")]
    pub platform: String,
}

#[derive(Debug, Args)]
pub struct SizeArgs {
    /// Image reference.
    pub reference: String,
    /// Platforms to count: one, or `all` (the default).
    #[arg(long, short = 'p', value_name = "PLATFORM", default_value = "all")]
    pub platform: String,
    /// Also stream every layer to add up what it unpacks to.
    #[arg(long)]
    pub uncompressed: bool,
    /// Layers streamed at once with `--uncompressed`.
    #[arg(long, short = 'j', default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Image reference.
    pub reference: String,
    /// Platform to pick from an index (default: this machine's).
    #[arg(long, short = 'p', value_name = "PLATFORM", default_value = "local")]
    pub platform: String,
}

/// `image inspect`'s JSON: camelCase like every command's (skopeo's PascalCase names still
/// work in templates: lookups there ignore case).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Inspect {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    pub digest: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index_digest: Option<String>,
    pub media_type: String,
    /// For an artifact (a config that is not an image config): its type, the manifest's
    /// `artifactType` or else the config's media type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub artifact_type: Option<String>,
    /// Empty for an artifact without a platform.
    pub platform: String,
    pub architecture: String,
    pub os: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    pub config_digest: String,
    pub labels: std::collections::BTreeMap<String, String>,
    pub env: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entrypoint: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cmd: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
    pub exposed_ports: Vec<String>,
    pub layers: Vec<Layer>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Layer {
    pub media_type: String,
    pub size: u64,
    pub digest: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff_id: Option<String>,
}

pub async fn diff(ctx: &Ctx, a: DiffArgs) -> Result<()> {
    let (repo_a, _, cfg_a, layers_a) = one_image(ctx, &a.a, &a.platform, "diff").await?;
    let (repo_b, _, cfg_b, layers_b) = one_image(ctx, &a.b, &a.platform, "diff").await?;
    let d = crate::image::diff::diff(
        crate::image::diff::Side {
            repo: &repo_a,
            layers: layers_a,
            config: &cfg_a,
        },
        crate::image::diff::Side {
            repo: &repo_b,
            layers: layers_b,
            config: &cfg_b,
        },
        a.jobs as usize,
    )
    .await?;
    if ctx.printer.data(&d)? {
        return Ok(());
    }
    let mut s = String::new();
    for l in &d.layers {
        let line = match l.status {
            "shared" => format!("  = {}", l.a.clone().unwrap_or_default()),
            "recompressed" => format!(
                "  = {} / {} (same content, recompressed)",
                l.a.clone().unwrap_or_default(),
                l.b.clone().unwrap_or_default()
            ),
            "a" => format!("  - {} (only in A)", l.a.clone().unwrap_or_default()),
            _ => format!("  + {} (only in B)", l.b.clone().unwrap_or_default()),
        };
        s.push_str(&line);
        s.push('\n');
    }
    s.push_str(&format!(
        "\n{} added, {} removed, {} changed{}\n",
        d.added.len(),
        d.removed.len(),
        d.changed.len(),
        if d.shared_layers_read {
            " (the shared layers were read too)"
        } else {
            ""
        }
    ));
    for (mark, list) in [("+", &d.added), ("-", &d.removed)] {
        for e in list {
            s.push_str(&format!(
                "{mark} {:<8} {:>10}  {}\n",
                e.kind,
                human_size(e.size),
                e.path
            ));
        }
    }
    for c in &d.changed {
        s.push_str(&format!(
            "~ {:<8} {:>10}  {} ({})\n",
            c.b.kind,
            human_size(c.b.size),
            c.path,
            c.what.join(", ")
        ));
    }
    if !d.config.is_empty() {
        s.push_str("\nconfig:\n");
        let text = |v: &serde_json::Value| match v {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        for c in &d.config {
            let field = if c.field == "labels" {
                "label"
            } else {
                c.field
            };
            match (&c.key, c.a.is_null(), c.b.is_null()) {
                (Some(k), true, _) => s.push_str(&format!("  + {field} {k}={}\n", text(&c.b))),
                (Some(k), _, true) => s.push_str(&format!("  - {field} {k}={}\n", text(&c.a))),
                (Some(k), _, _) => s.push_str(&format!(
                    "  ~ {field} {k}: {} -> {}\n",
                    text(&c.a),
                    text(&c.b)
                )),
                (None, _, _) => s.push_str(&format!("  ~ {}: {} -> {}\n", c.field, c.a, c.b)),
            }
        }
    }
    output::text(&s)
}

pub async fn audit(ctx: &Ctx, a: AuditArgs) -> Result<()> {
    let fail_on = match &a.fail_on {
        Some(s) => crate::image::audit::FailOn::parse(s)
            .map_err(|e| crate::error::Failure::usage(format!("--fail-on: {e}")))?,
        None => Default::default(),
    };
    let r = super::parse_ref(&a.reference)?;
    let sel = super::parse_platform(&a.platform)?;
    let repo = ctx.repo(&r)?;
    let m = repo.manifest().await?;
    let images = repo::resolve(&repo, m, &sel).await?;
    let mut audits = Vec::new();
    for img in &images {
        let (_, cfg) = repo::config(&repo, img).await?;
        let layers = crate::image::LayerSpec::of(img, &cfg);
        let platform = img
            .platform
            .as_ref()
            .map(|p| p.to_string())
            .unwrap_or_else(|| cfg.platform().normalised().to_string());
        audits.push(
            crate::image::audit::audit(
                &repo,
                &platform,
                &img.manifest.digest.to_string(),
                &layers,
                &cfg,
                a.jobs as usize,
            )
            .await?,
        );
    }
    match ctx.format() {
        Format::Sarif => {
            let mut s =
                serde_json::to_string_pretty(&crate::image::audit::sarif(&audits, &a.reference))?;
            s.push('\n');
            output::out(s.as_bytes())?;
        }
        _ => {
            if !ctx.printer.data(&audits)? {
                output::text(&audit_text(&audits))?;
            }
        }
    }
    let mut why = Vec::new();
    for au in &audits {
        for v in fail_on.violations(au) {
            why.push(format!("{}: {v}", au.platform));
        }
    }
    if !why.is_empty() {
        return Err(crate::error::Failure::new(
            crate::error::Kind::Policy,
            format!("the audit found what `--fail-on` names: {}", why.join("; ")),
        )
        .into());
    }
    Ok(())
}

fn audit_text(audits: &[crate::image::audit::Audit]) -> String {
    let mut s = String::new();
    for a in audits {
        s.push_str(&format!(
            "Platform:    {}\nDigest:      {}\n",
            a.platform, a.digest
        ));
        s.push_str(&format!(
            "Efficiency:  {:.1}% ({} of {} file bytes are in the final tree; {} wasted, {:.1}%)\n",
            a.efficiency * 100.0,
            human_size(a.final_bytes),
            human_size(a.total_bytes),
            human_size(a.wasted_bytes),
            a.wasted_percent
        ));
        s.push_str(&format!("\nSecrets ({}):\n", a.secrets.len()));
        for x in &a.secrets {
            let place = match (x.location, x.layer) {
                ("file", Some(l)) => format!(
                    "{} in layer {l}{}",
                    x.path,
                    if x.shadowed {
                        " (shadowed: deleted later, still shipped)"
                    } else {
                        ""
                    }
                ),
                (loc, _) => format!("config {loc} `{}`", x.path),
            };
            s.push_str(&format!("  {:<18} {:<28} {place}\n", x.rule, x.redacted));
            if let Some(c) = &x.created_by {
                s.push_str(&format!("  {:<18} created by: {}\n", "", short(c)));
            }
        }
        s.push_str(&format!("\nShadowed files ({}):\n", a.shadowed.len()));
        for x in &a.shadowed {
            s.push_str(&format!(
                "  {:>10}  {}  layer {} ({} by layer {}){}\n",
                human_size(x.bytes),
                x.path,
                x.layer,
                x.how,
                x.by_layer,
                x.created_by
                    .as_ref()
                    .map(|c| format!(": {}", short(c)))
                    .unwrap_or_default()
            ));
        }
        s.push('\n');
    }
    s
}

fn short(s: &str) -> String {
    if s.chars().count() > 80 {
        format!("{}…", s.chars().take(79).collect::<String>())
    } else {
        s.to_string()
    }
}

/// One image (a platform of an index), its config, and its layers with the config's diffIDs.
async fn one_image(
    ctx: &Ctx,
    reference: &str,
    platform: &str,
    command: &str,
) -> Result<(
    repo::Repo,
    repo::Resolved,
    crate::manifest::ImageConfig,
    Vec<crate::image::LayerSpec>,
)> {
    let (repo, res) =
        super::resolve_one(ctx, reference, platform, &format!("image {command}")).await?;
    let (_, cfg) = repo::config(&repo, &res).await?;
    let layers = crate::image::LayerSpec::of(&res, &cfg);
    Ok((repo, res, cfg, layers))
}

pub async fn files(ctx: &Ctx, a: FilesArgs) -> Result<()> {
    let (repo, _, _, layers) = one_image(ctx, &a.reference, &a.platform, "files").await?;
    let f = crate::image::files::files(&repo, &layers, a.jobs as usize).await?;
    if a.layers {
        if ctx.printer.data(&f.layers)? {
            return Ok(());
        }
        let mut s = String::new();
        for l in &f.layers {
            s.push_str(&format!(
                "layer {} {}: {} added ({}), {} changed ({}), {} deleted ({})\n",
                l.layer,
                l.digest,
                l.added.len(),
                human_size(l.added_bytes),
                l.changed.len(),
                human_size(l.changed_bytes),
                l.deleted.len(),
                human_size(l.deleted_bytes)
            ));
            for (mark, list) in [("+", &l.added), ("~", &l.changed), ("-", &l.deleted)] {
                for e in list {
                    s.push_str(&format!(
                        "  {mark} {:<8} {:>10}  {}{}\n",
                        e.kind,
                        human_size(e.size),
                        e.path,
                        e.link
                            .as_ref()
                            .map(|t| format!(" -> {t}"))
                            .unwrap_or_default()
                    ));
                }
            }
        }
        return output::text(&s);
    }
    if ctx.printer.data(&f.files)? {
        return Ok(());
    }
    let mut t = table(&["MODE", "OWNER", "SIZE", "LAYER", "PATH"]);
    for e in &f.files {
        t.add_row(vec![
            format!("{} {}", type_char(e.kind), e.mode),
            format!("{}:{}", e.uid, e.gid),
            if e.kind == "file" || e.kind == "hardlink" {
                human_size(e.size)
            } else {
                "-".into()
            },
            e.layer.to_string(),
            match &e.link {
                Some(t) => format!("{} -> {t}", e.path),
                None => e.path.clone(),
            },
        ]);
    }
    print_table(&t)
}

fn type_char(kind: &str) -> char {
    match kind {
        "dir" => 'd',
        "symlink" => 'l',
        "hardlink" => 'h',
        "fifo" => 'p',
        "char" => 'c',
        "block" => 'b',
        _ => '-',
    }
}

pub async fn cat(ctx: &Ctx, a: CatArgs) -> Result<()> {
    let (repo, _, _, layers) = one_image(ctx, &a.reference, &a.platform, "cat").await?;
    let (n, layer) = crate::image::cat::cat(&repo, &layers, &a.path, std::io::stdout()).await?;
    tracing::debug!(bytes = n, layer, "file written");
    Ok(())
}

pub async fn size(ctx: &Ctx, a: SizeArgs) -> Result<()> {
    let r = super::parse_ref(&a.reference)?;
    let sel = super::parse_platform(&a.platform)?;
    let repo = ctx.repo(&r)?;
    let m = repo.manifest().await?;
    let images = repo::resolve(&repo, m, &sel).await?;
    let whole = sel == crate::platform::Selector::All;
    let s =
        crate::image::size::size(&repo, &images, a.uncompressed, a.jobs as usize, whole).await?;
    if ctx.printer.data(&s)? {
        return Ok(());
    }
    let mut header = vec!["PLATFORM", "LAYERS", "COMPRESSED"];
    if a.uncompressed {
        header.push("UNCOMPRESSED");
    }
    header.push("DIGEST");
    let mut t = table(&header);
    for p in &s.platforms {
        let mut row = vec![
            p.platform.clone(),
            p.layers.to_string(),
            human_size(p.compressed),
        ];
        if let Some(u) = p.uncompressed {
            row.push(human_size(u));
        }
        row.push(p.digest.clone());
        t.add_row(row);
    }
    print_table(&t)?;
    output::text(&format!(
        "\ntotal {} compressed{}\n",
        human_size(s.total_compressed),
        s.total_uncompressed
            .map(|u| format!(", {} uncompressed", human_size(u)))
            .unwrap_or_default()
    ))
}

pub async fn inspect(ctx: &Ctx, a: InspectArgs) -> Result<()> {
    let r = super::parse_ref(&a.reference)?;
    let (repo, res) = super::resolve_one(ctx, &a.reference, &a.platform, "image inspect").await?;
    let (_, cfg) = repo::config(&repo, &res).await?;
    let rc = cfg.config.clone().unwrap_or_default();
    let artifact_type = (!mt::is_image_config(&res.image.config.media_type)).then(|| {
        res.image
            .artifact_type
            .clone()
            .unwrap_or_else(|| res.image.config.media_type.clone())
    });
    let platform = if cfg.os.is_empty() && cfg.architecture.is_empty() {
        String::new()
    } else {
        cfg.platform().normalised().to_string()
    };
    let diff_ids = cfg.diff_ids();
    let (name, tag) = match &r {
        ImageRef::Registry(reference) => (reference.name(), reference.tag.clone()),
        ImageRef::Layout(l) => (format!("ocidir://{}", l.path.display()), l.tag.clone()),
        ImageRef::Archive(a) => (a.to_string(), r.tag()),
    };
    let view = Inspect {
        name,
        tag,
        digest: res.manifest.digest.to_string(),
        index_digest: res.index.as_ref().map(|i| i.digest.to_string()),
        media_type: res.manifest.media_type.clone(),
        artifact_type,
        platform,
        architecture: cfg.architecture.clone(),
        os: cfg.os.clone(),
        variant: cfg.variant.clone(),
        created: cfg.created.clone(),
        author: cfg.author.clone(),
        config_digest: res.image.config.digest.to_string(),
        labels: rc.labels.clone().unwrap_or_default(),
        env: rc.env.clone().unwrap_or_default(),
        entrypoint: rc.entrypoint.clone(),
        cmd: rc.cmd.clone(),
        user: rc.user.clone().filter(|u| !u.is_empty()),
        working_dir: rc.working_dir.clone().filter(|u| !u.is_empty()),
        exposed_ports: rc
            .exposed_ports
            .clone()
            .unwrap_or_default()
            .into_keys()
            .collect(),
        layers: res
            .image
            .layers
            .iter()
            .enumerate()
            .map(|(i, l)| Layer {
                media_type: l.media_type.clone(),
                size: l.size,
                digest: l.digest.to_string(),
                diff_id: diff_ids.get(i).map(|d| d.to_string()),
            })
            .collect(),
    };
    if *ctx.format() == Format::Raw {
        return Err(
            crate::error::Failure::usage("`image inspect` has no raw form")
                .hint("use `hoist manifest get --format raw` or `hoist config get --format raw`")
                .into(),
        );
    }
    if ctx.printer.data(&view)? {
        return Ok(());
    }
    let mut s = String::new();
    s.push_str(&format!(
        "Name:         {}{}\n",
        view.name,
        view.tag
            .as_ref()
            .map(|t| format!(":{t}"))
            .unwrap_or_default()
    ));
    s.push_str(&format!("Digest:       {}\n", view.digest));
    if let Some(i) = &view.index_digest {
        s.push_str(&format!("Index:        {i}\n"));
    }
    s.push_str(&format!("MediaType:    {}\n", view.media_type));
    if let Some(t) = &view.artifact_type {
        s.push_str(&format!("ArtifactType: {t}\n"));
    }
    s.push_str(&format!(
        "Platform:     {}\n",
        if view.platform.is_empty() {
            "-"
        } else {
            &view.platform
        }
    ));
    s.push_str(&format!(
        "Created:      {}\n",
        view.created.as_deref().unwrap_or("-")
    ));
    s.push_str(&format!("Config:       {}\n", view.config_digest));
    s.push_str(&format!(
        "Entrypoint:   {}\n",
        view.entrypoint
            .as_ref()
            .map(|v| serde_json::to_string(v).unwrap_or_default())
            .unwrap_or("-".into())
    ));
    s.push_str(&format!(
        "Cmd:          {}\n",
        view.cmd
            .as_ref()
            .map(|v| serde_json::to_string(v).unwrap_or_default())
            .unwrap_or("-".into())
    ));
    s.push_str(&format!(
        "User:         {}\n",
        view.user.as_deref().unwrap_or("-")
    ));
    s.push_str(&format!(
        "WorkingDir:   {}\n",
        view.working_dir.as_deref().unwrap_or("-")
    ));
    if !view.exposed_ports.is_empty() {
        s.push_str(&format!(
            "ExposedPorts: {}\n",
            view.exposed_ports.join(", ")
        ));
    }
    if !view.env.is_empty() {
        s.push_str("Env:\n");
        for e in &view.env {
            s.push_str(&format!("  {e}\n"));
        }
    }
    if !view.labels.is_empty() {
        s.push_str("Labels:\n");
        for (k, v) in &view.labels {
            s.push_str(&format!("  {k}={v}\n"));
        }
    }
    s.push('\n');
    output::text(&s)?;
    let mut t = table(&["#", "MEDIA TYPE", "SIZE", "DIGEST", "DIFFID"]);
    for (i, l) in view.layers.iter().enumerate() {
        t.add_row(vec![
            (i + 1).to_string(),
            mt::short(&l.media_type).to_string(),
            human_size(l.size),
            l.digest.clone(),
            l.diff_id.clone().unwrap_or_else(|| "-".into()),
        ]);
    }
    print_table(&t)
}
