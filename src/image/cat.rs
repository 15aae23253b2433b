//! `image cat`: one file's content, read from the top layer down.
//!
//! Layers are streamed from the top: the first layer that has something to say about the path
//! decides (within it, the last entry that does, as extraction applies them), and the layers
//! below it are never read. What decides: the file itself (streamed
//! out as it passes), a symlink at the path or at one of its directories (followed inside the
//! image root, and the search starts again from the top), a whiteout of the path or of a
//! directory above it, an opaque directory above it, or a directory above it replaced by
//! something else. The layer that held the file is still read to its end, so its digest and
//! diffID are checked, and only then are the bytes written to the sink: they wait in a
//! [`Spool`](crate::transfer::spool::Spool) (memory up to a bound, then an unlinked temporary file under `TMPDIR`), so a
//! mismatch (exit 5) writes nothing.
//!
//! Entries are found by the names the tars give them. Tars made by diffing filesystems (every
//! build tool) never name a path through a symlinked directory; a hand-made tar that does
//! (`lib -> usr/lib`, then `lib/x`) puts the file at `usr/lib/x` when extracted, while `cat`
//! finds it as `lib/x`. `image files` and extraction agree on such tars.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

use anyhow::Result;

use super::{Entry, Flow, LayerSpec, Visitor};
use crate::error::Failure;
use crate::layer::Kind;
use crate::repo::Repo;
use crate::transfer::spool::{SPOOL_MEMORY, Spool};

/// Symlinks followed before giving up.
const MAX_HOPS: usize = 40;

/// What one layer said about the path.
enum Verdict {
    /// Nothing: look lower.
    Silent,
    /// The file was written to the spool.
    Written,
    /// Absent from here down (whiteout, opaque directory, replaced directory).
    Gone(String),
    /// Look again for this path, from the top (a symlink) or from this layer down (a
    /// hardlink).
    Redirect(PathBuf, bool),
    /// Found, but not a regular file.
    NotAFile(&'static str),
}

struct Finder {
    want: PathBuf,
    sink: Spool,
    verdict: Verdict,
    /// The layer lists the path (or a directory above it) again after the file was written:
    /// its last entry wins, and the bytes already written were not it.
    again: bool,
    /// The directory above the path whose symlink entry set a redirect in this layer.
    redirected_at: Option<PathBuf>,
}

impl Visitor for Finder {
    fn entry(&mut self, e: Entry<'_>) -> Result<Flow> {
        let p = e.path;
        if matches!(self.verdict, Verdict::Written) {
            if self.want.starts_with(p) {
                self.again = true;
                return Ok(Flow::Stop);
            }
            return Ok(Flow::Continue);
        }
        if p == self.want {
            self.redirected_at = None;
            self.verdict = match e.kind {
                Kind::File => {
                    std::io::copy(e.content, &mut self.sink)?;
                    // Keep watching the rest of the layer for a later entry of the same path.
                    self.verdict = Verdict::Written;
                    return Ok(Flow::Continue);
                }
                Kind::Symlink(t) => Verdict::Redirect(join_link(p, t), true),
                Kind::Hardlink(t) => Verdict::Redirect(t.clone(), false),
                Kind::Whiteout => Verdict::Gone("deleted by a whiteout".into()),
                Kind::Dir => Verdict::NotAFile("a directory"),
                // A marker that the directory's lower contents are hidden says nothing about
                // whether the directory itself exists.
                Kind::Opaque => return Ok(Flow::Continue),
                _ => Verdict::NotAFile("a special file"),
            };
            return Ok(Flow::Continue);
        }
        if self.want.starts_with(p) {
            // An entry for a directory above the path.
            match e.kind {
                // A directory over a directory keeps what is below it; over a symlink this
                // layer made, it replaced the link, and nothing lower is below it.
                Kind::Dir => {
                    if matches!(self.verdict, Verdict::Redirect(_, true))
                        && self.redirected_at.as_deref() == Some(p)
                    {
                        self.redirected_at = None;
                        self.verdict = Verdict::Gone(format!(
                            "`/{}` above it was a symlink this layer replaced by a directory",
                            p.to_string_lossy()
                        ));
                    }
                }
                Kind::Opaque => {
                    // Lower layers are hidden below it; this layer's own entries still count,
                    // so keep reading it.
                    self.verdict = Verdict::Gone(format!(
                        "its directory `/{}` is opaque here",
                        p.to_string_lossy()
                    ));
                }
                Kind::Symlink(t) => {
                    let rest = self.want.strip_prefix(p).unwrap_or(Path::new(""));
                    self.verdict = Verdict::Redirect(join_link(p, t).join(rest), true);
                    self.redirected_at = Some(p.to_path_buf());
                    return Ok(Flow::Continue);
                }
                Kind::Whiteout => {
                    self.verdict = Verdict::Gone(format!(
                        "`/{}` above it is deleted by a whiteout",
                        p.to_string_lossy()
                    ));
                    return Ok(Flow::Continue);
                }
                _ => {
                    self.verdict = Verdict::Gone(format!(
                        "`/{}` above it is not a directory",
                        p.to_string_lossy()
                    ));
                    return Ok(Flow::Continue);
                }
            }
        }
        Ok(Flow::Continue)
    }
}

/// Where symlink `at -> target` points, as a path inside the image root.
fn join_link(at: &Path, target: &Path) -> PathBuf {
    let base = if target.is_absolute() {
        PathBuf::new()
    } else {
        at.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    normalise(&base.join(target))
}

/// `..` and `.` resolved lexically, never above the root.
fn normalise(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::ParentDir => {
                out.pop();
            }
            _ => {}
        }
    }
    out
}

/// Writes the file at `path` (absolute or relative to the image root) to `sink`, once the
/// layer that held it has been verified. Returns the bytes written and the layer (1-based)
/// that held the file. Exit 3 when the image has no such file; exit 5, with nothing written,
/// when that layer does not match its digest or diffID.
pub async fn cat<W: Write + Send + 'static>(
    repo: &Repo,
    layers: &[LayerSpec],
    path: &str,
    mut out: W,
) -> Result<(u64, usize)> {
    let mut want = normalise(Path::new(path));
    let mut sink = Some(Spool::new(SPOOL_MEMORY));
    let mut hops = 0;
    let mut from_top = layers.len();
    'search: loop {
        for l in layers[..from_top].iter().rev() {
            let finder = Finder {
                want: want.clone(),
                sink: sink.take().expect("sink is returned after each layer"),
                verdict: Verdict::Silent,
                again: false,
                redirected_at: None,
            };
            let done = super::walk_layer(repo, l, finder).await?;
            sink = Some(done.sink);
            match done.verdict {
                Verdict::Silent => continue,
                Verdict::Written if done.again => {
                    return Err(Failure::new(
                        crate::error::Kind::Other,
                        format!(
                            "layer {} lists `{path}` (or a directory above it) more than once; its last entry wins, and the bytes written were an earlier one",
                            l.name()
                        ),
                    )
                    .hint("`hoist layer pull --extract` applies the layer as a runtime does")
                    .into());
                }
                Verdict::Written => {
                    let spool = sink.take().expect("sink is returned after each layer");
                    let n = tokio::task::spawn_blocking(move || spool.copy_to(&mut out))
                        .await?
                        .map_err(crate::output::stdout_error)?;
                    return Ok((n, l.index));
                }
                Verdict::Gone(why) => {
                    let followed = normalise(Path::new(path));
                    let via = if followed != want {
                        format!("it leads to `/{}`, and ", want.to_string_lossy())
                    } else {
                        String::new()
                    };
                    return Err(absent(path, &format!("{via}{why} (layer {})", l.name())));
                }
                Verdict::NotAFile(what) => {
                    return Err(Failure::new(
                        crate::error::Kind::Other,
                        format!("`{path}` is {what} in layer {}", l.name()),
                    )
                    .hint("`hoist image files` lists what the image holds")
                    .into());
                }
                Verdict::Redirect(next, top) => {
                    hops += 1;
                    if hops > MAX_HOPS {
                        return Err(absent(path, "too many levels of symlinks"));
                    }
                    want = next;
                    // A hardlink names a path in this layer or below it.
                    from_top = if top { layers.len() } else { l.index };
                    continue 'search;
                }
            }
        }
        return Err(absent(path, "no layer has it"));
    }
}

fn absent(path: &str, why: &str) -> anyhow::Error {
    Failure::not_found(format!("`{path}` is not in the image: {why}"))
        .hint("`hoist image files REF` lists what the image holds")
        .into()
}
