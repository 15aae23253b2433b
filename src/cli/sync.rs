//! `hoist sync FILE` and `hoist copy --all-tags`: render [`crate::sync`].
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use anyhow::{Context as _, Result};
use clap::Args;

use super::Ctx;
use crate::client::Client;
use crate::sync::{self, RunOptions};

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  hoist sync mirror.yaml
  hoist sync mirror.yaml --dry-run
  hoist sync mirror.yaml --shard 2/5 --keep-going --format json
  hoist sync mirror.yaml --shard \"$JOB_COMPLETION_INDEX/8\"   # a Kubernetes Indexed Job

A sync file (YAML, shaped like regsync's):

  defaults: { parallel: 4, referrers: true, digestTags: true, platforms: [linux/amd64] }
  creds:
    - { registry: registry.example.com, user: '{{ env \"MIRROR_USER\" }}', pass: '{{ env \"MIRROR_PASS\" }}' }
  sync:
    - source: docker.io/library/alpine
      target: registry.example.com/mirror/alpine
      type: repository          # image | repository | registry
      tags: { allow: ['^3\\.'], deny: ['-rc'], semver: '>=3.19', latest: 3 }
      backup: 'bkup-{{tag}}'

An image whose digest is already at the target costs one HEAD on each side and no GET, so an
unchanged mirror spends no Docker Hub pulls. Exit code: 0 when every image is copied or
unchanged, else that of the worst failure.")]
pub struct SyncArgs {
    /// The sync file.
    pub file: std::path::PathBuf,
    /// Show what would be copied; copy nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Run only shard I of N (0 <= I < N): images are split by a stable hash of their source.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    pub shard: Option<(u64, u64)>,
    /// Go on after a failure; the exit code is the worst failure's.
    #[arg(long)]
    pub keep_going: bool,
    /// For a `skopeo sync` YAML file (registries at the top): where images land, as
    /// `DEST/<name>:<tag>` (`skopeo sync --src yaml --dest docker FILE DEST`).
    #[arg(long, value_name = "PREFIX")]
    pub dest: Option<String>,
    /// With `--dest`: images land at `PREFIX/<registry>/<repository>:<tag>` (skopeo's
    /// `--scoped`), so images of the same name from two places do not meet.
    #[arg(long, requires = "dest")]
    pub scoped: bool,
    /// With `--dest`: appended to every target tag (skopeo's `--append-suffix`).
    #[arg(long, value_name = "SUFFIX", requires = "dest")]
    pub append_suffix: Option<String>,
    /// Copy nothing more from a source that says it has this many pulls left or fewer
    /// (Docker Hub's `ratelimit-remaining`); what is left is reported, and a later run takes
    /// it up (images already copied cost a HEAD each).
    #[arg(long, value_name = "PULLS")]
    pub rate_floor: Option<u64>,
    /// At the floor, wait for the window instead of stopping (asking again every
    /// `--rate-poll` seconds, with a HEAD, which spends no pull).
    #[arg(long, requires = "rate_floor")]
    pub rate_wait: bool,
    /// Seconds between asks while waiting.
    #[arg(long, value_name = "SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub rate_poll: u64,
    /// Keep running: each entry runs again at its `interval` or `schedule` (regsync's server
    /// mode; cron times are UTC). Without it, a sync runs once and says it ignored them.
    #[arg(long, conflicts_with_all = ["dry_run", "shard"])]
    pub serve: bool,
    /// Images copied at once (their checks, HEADs, run four times as many). Without it: the
    /// file's `defaults.parallel`, as regsync reads it, else 4. An entry's own `parallel`
    /// sets its blob transfers.
    #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: Option<u16>,
}

/// Images copied at once: `--jobs`, else the file's `defaults.parallel` (regsync's), else 4.
fn jobs(a: &SyncArgs, file: &sync::SyncFile) -> usize {
    a.jobs
        .map(usize::from)
        .or(file.defaults.parallel.filter(|n| *n > 0))
        .unwrap_or(4)
}

/// `sync --serve`: runs the entries that are due, then sleeps until the next one is; a failed
/// round is reported and the next goes on. Ends when no entry runs again (none has an
/// interval or schedule), or on Ctrl-C / SIGTERM.
async fn serve(
    ctx: &Ctx,
    client: &Client,
    file: &sync::SyncFile,
    table: &mut sync::schedule::Timetable,
    a: &SyncArgs,
) -> Result<()> {
    loop {
        let now = std::time::SystemTime::now();
        let due = table.due(now);
        if !due.is_empty() {
            let mut round = file.clone();
            round.sync = due.iter().map(|i| file.sync[*i].clone()).collect();
            let o = RunOptions {
                dry_run: false,
                keep_going: true,
                jobs: jobs(a, file),
                rate_floor: a.rate_floor,
                rate_wait: a.rate_wait,
                rate_poll: std::time::Duration::from_secs(a.rate_poll),
            };
            let outcome = match sync::plan(client, &round).await {
                Ok(items) => super::run_sync(ctx, client, items, o).await,
                Err(e) => Err(e),
            };
            if let Err(e) = outcome {
                ctx.printer
                    .warn(format!("this round failed: {}", crate::error::render(&e)));
            }
            for i in due {
                table.ran(i, now);
            }
        }
        let Some(next) = table.next_wake() else {
            ctx.printer
                .status("no entry has an interval or schedule: nothing runs again");
            return Ok(());
        };
        let wait = next
            .duration_since(std::time::SystemTime::now())
            .unwrap_or_default();
        ctx.printer
            .status(format!("next run in {} s", wait.as_secs()));
        tokio::time::sleep(wait).await;
    }
}

fn parse_shard(s: &str) -> Result<(u64, u64), String> {
    let (i, n) = s
        .split_once('/')
        .ok_or_else(|| format!("`{s}` is not I/N"))?;
    let i: u64 = i
        .trim()
        .parse()
        .map_err(|_| format!("`{i}` is not a number"))?;
    let n: u64 = n
        .trim()
        .parse()
        .map_err(|_| format!("`{n}` is not a number"))?;
    if n == 0 || i >= n {
        return Err(format!("a shard is I/N with 0 <= I < N, not {i}/{n}"));
    }
    Ok((i, n))
}

pub async fn run(ctx: &Ctx, a: SyncArgs) -> Result<()> {
    let text = std::fs::read_to_string(&a.file)
        .with_context(|| format!("reading `{}`", a.file.display()))?;
    let name = a.file.display().to_string();
    let dest = a.dest.clone().map(|prefix| sync::SkopeoDest {
        prefix,
        scoped: a.scoped,
        suffix: a.append_suffix.clone().unwrap_or_default(),
    });
    let mut file = sync::read(&text, &name, dest.as_ref())?;
    let client = Client::new(file.client_options(ctx.client.options())?);
    let mut table = sync::schedule::Timetable::of(&file)?;
    if a.serve {
        return serve(ctx, &client, &file, &mut table, &a).await;
    }
    if table.repeats() {
        ctx.printer.warn(format!(
            "`{name}` sets `interval` or `schedule`, which only `hoist sync --serve` follows: this run is once"
        ));
    }
    let mut items = sync::plan(&client, &file).await?;
    if let Some((i, n)) = a.shard {
        items.retain(|it| sync::shard_of(&it.source, n) == i);
    }
    let o = RunOptions {
        dry_run: a.dry_run,
        keep_going: a.keep_going,
        jobs: jobs(&a, &file),
        rate_floor: a.rate_floor,
        rate_wait: a.rate_wait,
        rate_poll: std::time::Duration::from_secs(a.rate_poll),
    };
    super::run_sync(ctx, &client, items, o).await
}
