//! `blob put` and `blob delete`: a blob from a file or stdin into a registry repository or an
//! OCI layout, in one pass.
//!
//! The digest is not known until the last byte, so a registry gets the bytes in one streamed
//! PATCH, hashed on the way, and the upload is committed with `PUT ?digest=` once the stream
//! has ended. A layout gets them in a temporary file in its blob directory, renamed to the
//! digest's name once known and synced.
//!
//! It must not make a manifest visible: manifests are the copy's.

use std::sync::{Arc, Mutex};

use anyhow::{Context as _, Result};
use bytes::Bytes;
use tokio::io::{AsyncRead, AsyncReadExt as _, AsyncWriteExt as _};

use crate::client::Body;
use crate::digest::{Algorithm, Digest, Hasher};
use crate::repo::Repo;

const CHUNK: usize = 256 * 1024;

/// Uploads everything `input` yields as one blob of `repo`. Returns its digest and size.
pub async fn put_blob(
    repo: &Repo,
    input: impl AsyncRead + Send + Unpin + 'static,
) -> Result<(Digest, u64)> {
    match repo {
        Repo::Archive { reference, .. } => Err(crate::repo::read_only(reference)),
        Repo::Registry { client, reference } => {
            let hasher = Arc::new(Mutex::new(Hasher::new(Algorithm::Sha256)));
            let h = hasher.clone();
            let stream = futures_util::stream::unfold(Some(input), move |st| {
                let h = h.clone();
                async move {
                    let mut input = st?;
                    let mut buf = vec![0u8; CHUNK];
                    match input.read(&mut buf).await {
                        Ok(0) => None,
                        Ok(n) => {
                            buf.truncate(n);
                            h.lock().expect("hasher").update(&buf);
                            Some((Ok(Bytes::from(buf)), Some(input)))
                        }
                        Err(e) => Some((
                            Err(Box::new(e) as Box<dyn std::error::Error + Send + Sync>),
                            None,
                        )),
                    }
                }
            });
            let loc = client
                .start_upload(reference, None)
                .await?
                .expect("no mount was asked for");
            let next = client
                .patch(reference, &loc, None, Body::Stream(Some(Box::pin(stream))))
                .await
                .with_context(|| format!("uploading to `{}`", repo.display()))?;
            let hasher = std::mem::replace(
                &mut *hasher.lock().expect("hasher"),
                Hasher::new(Algorithm::Sha256),
            );
            let size = hasher.len();
            let digest = hasher.finish();
            client
                .finish_upload(reference, &next, &digest, 0, Body::Empty)
                .await?;
            Ok((digest, size))
        }
        Repo::Layout { layout, .. } => {
            let dir = layout.root().join("blobs").join("sha256");
            std::fs::create_dir_all(&dir)?;
            let (file, tmp) = crate::layout::temp_file_in(&dir)?.into_parts();
            let mut out =
                tokio::io::BufWriter::with_capacity(CHUNK, tokio::fs::File::from_std(file));
            let mut hasher = Hasher::new(Algorithm::Sha256);
            let mut input = input;
            let mut buf = vec![0u8; CHUNK];
            loop {
                let n = input.read(&mut buf).await?;
                if n == 0 {
                    break;
                }
                hasher.update(&buf[..n]);
                out.write_all(&buf[..n]).await?;
            }
            out.flush().await?;
            out.into_inner().sync_all().await?;
            let size = hasher.len();
            let digest = hasher.finish();
            tmp.persist(layout.blob_path(&digest))
                .with_context(|| format!("writing `{}`", layout.blob_path(&digest).display()))?;
            Ok((digest, size))
        }
    }
}

/// Deletes blob `d`. `Ok(false)` when it was not there.
pub async fn delete_blob(repo: &Repo, d: &Digest) -> Result<bool> {
    match repo {
        Repo::Archive { reference, .. } => Err(crate::repo::read_only(reference)),
        Repo::Registry { client, reference } => client.delete_blob(reference, d).await,
        Repo::Layout { layout, .. } => match std::fs::remove_file(layout.blob_path(d)) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(anyhow::Error::from(e)
                .context(format!("removing `{}`", layout.blob_path(d).display()))),
        },
    }
}
