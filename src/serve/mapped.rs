//! Blob bodies sent from the page cache: each window of the file is mapped (read only, pages
//! populated on a blocking thread) and handed to hyper as it is, so a byte is copied once, into
//! the socket, instead of twice (into a buffer, then into the socket).
//!
//! Only committed blobs are served this way: they are renamed into place whole and never
//! written again (a delete unlinks the name; a mapping keeps its pages). It must not map a
//! file that is still being written, and holds at most one window per body in flight.

use std::path::PathBuf;

use bytes::Bytes;
use futures_util::Stream;

/// Bytes mapped per window (a multiple of the page size).
const WINDOW: u64 = 256 * 1024;

/// A mapped window, unmapped when hyper is done with its bytes.
struct Mapped {
    ptr: *mut libc::c_void,
    len: usize,
}

// SAFETY: the mapping is read only and private to this value until it is dropped.
unsafe impl Send for Mapped {}
// SAFETY: as above; shared reads of read-only memory.
unsafe impl Sync for Mapped {}

impl AsRef<[u8]> for Mapped {
    fn as_ref(&self) -> &[u8] {
        // SAFETY: `ptr` maps `len` readable bytes for as long as `self` lives.
        unsafe { std::slice::from_raw_parts(self.ptr as *const u8, self.len) }
    }
}

impl Drop for Mapped {
    fn drop(&mut self) {
        // SAFETY: `ptr` and `len` are what mmap returned, unmapped once.
        unsafe {
            libc::munmap(self.ptr, self.len);
        }
    }
}

/// Maps `[at, at + len)` of `file` (`at` page aligned) with its pages read in.
fn map(file: &std::fs::File, at: u64, len: usize) -> std::io::Result<Mapped> {
    use std::os::fd::AsRawFd as _;
    // SAFETY: a fresh read-only shared mapping of an open file; the result is checked.
    let ptr = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ,
            libc::MAP_SHARED | libc::MAP_POPULATE,
            file.as_raw_fd(),
            at as libc::off_t,
        )
    };
    if ptr == libc::MAP_FAILED {
        return Err(std::io::Error::last_os_error());
    }
    Ok(Mapped { ptr, len })
}

/// The bytes `[start, start + len)` of the committed blob at `path`, a window at a time.
pub fn body(
    path: PathBuf,
    start: u64,
    len: u64,
) -> impl Stream<Item = std::io::Result<Bytes>> + Send {
    let end = start + len;
    futures_util::stream::unfold(
        (None::<std::sync::Arc<std::fs::File>>, start),
        move |(file, at)| {
            let path = path.clone();
            async move {
                if at >= end {
                    return None;
                }
                // Windows start on multiples of WINDOW; the first may begin inside one.
                let base = at - at % WINDOW;
                let stop = (base + WINDOW).min(end);
                let open = file.clone();
                let mapped = tokio::task::spawn_blocking(move || {
                    let f = match open {
                        Some(f) => f,
                        None => {
                            // Checked once: a committed blob does not change size.
                            let f = std::fs::File::open(&path)?;
                            if f.metadata()?.len() < end {
                                return Err(std::io::Error::other(
                                    "the blob is shorter than it was",
                                ));
                            }
                            std::sync::Arc::new(f)
                        }
                    };
                    let m = map(&f, base, (stop - base) as usize)?;
                    Ok((f, m))
                })
                .await
                .unwrap_or_else(|e| Err(std::io::Error::other(e)));
                match mapped {
                    Ok((f, m)) => {
                        let bytes = Bytes::from_owner(m).slice((at - base) as usize..);
                        Some((Ok(bytes), (Some(f), stop)))
                    }
                    Err(e) => Some((Err(e), (None, end))),
                }
            }
        },
    )
}
