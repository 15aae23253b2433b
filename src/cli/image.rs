//! `hoist image inspect`: manifest and config merged into one skopeo-style view.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::Ctx;
use crate::media_types as mt;
use crate::output::{self, Format, human_size, print_table, table};
use crate::platform::Selector;
use crate::reference::ImageRef;
use crate::repo;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show an image's digest, platform, config and layers (with diffIDs).
    #[command(after_help = "Examples:
  hoist image inspect alpine:3.20
  hoist image inspect ghcr.io/org/app:1.2 --platform linux/arm64 --format json
  hoist image inspect localhost:5000/app:v1 --format '{{ Digest }} {{ Created }}'")]
    Inspect(InspectArgs),
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Image reference.
    pub reference: String,
    /// Platform to pick from an index (default: this machine's).
    #[arg(long, short = 'p', value_name = "PLATFORM", default_value = "local")]
    pub platform: String,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
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
#[serde(rename_all = "PascalCase")]
pub struct Layer {
    pub media_type: String,
    pub size: u64,
    pub digest: String,
    #[serde(rename = "DiffID", skip_serializing_if = "Option::is_none")]
    pub diff_id: Option<String>,
}

pub async fn run(ctx: &Ctx, cmd: Command) -> Result<()> {
    let Command::Inspect(a) = cmd;
    let r = super::parse_ref(&a.reference)?;
    let sel = super::parse_platform(&a.platform)?;
    if sel == Selector::All {
        return Err(crate::error::Failure::usage(
            "`image inspect` shows one image; pick one platform",
        )
        .into());
    }
    let repo = ctx.repo(&r)?;
    let m = repo.manifest().await?;
    let res = repo::resolve(&repo, m, &sel).await?.remove(0);
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
