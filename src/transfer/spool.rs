//! Bytes held back until what they came from is verified, for commands that print content
//! (`image cat`, `blob get` to stdout): nothing unverified reaches stdout, and holding a
//! large file costs no memory.
//!
//! It must not write anything before the caller says the bytes checked out.

use std::io::Write;

/// Bytes kept until what they came from has been verified: in memory up to `limit`, then in
/// an unlinked temporary file under `TMPDIR` (so a large file costs no memory, and nothing
/// is left behind however the process ends).
pub struct Spool {
    mem: Vec<u8>,
    file: Option<std::fs::File>,
    limit: usize,
}

/// What a [`Spool`] keeps in memory before it moves to a temporary file.
pub const SPOOL_MEMORY: usize = 8 << 20;

impl Spool {
    pub fn new(limit: usize) -> Spool {
        Spool {
            mem: Vec::new(),
            file: None,
            limit,
        }
    }

    /// Writes everything kept to `out`; returns the byte count.
    pub fn copy_to(self, out: &mut dyn Write) -> std::io::Result<u64> {
        use std::io::Seek as _;
        let n = match self.file {
            Some(mut f) => {
                f.seek(std::io::SeekFrom::Start(0))?;
                std::io::copy(&mut f, out)?
            }
            None => {
                out.write_all(&self.mem)?;
                self.mem.len() as u64
            }
        };
        out.flush()?;
        Ok(n)
    }
}

impl Write for Spool {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.file.is_none() && self.mem.len() + buf.len() > self.limit {
            let mut f = tempfile::tempfile()?;
            f.write_all(&self.mem)?;
            self.mem = Vec::new();
            self.file = Some(f);
        }
        match &mut self.file {
            Some(f) => f.write(buf),
            None => {
                self.mem.extend_from_slice(buf);
                Ok(buf.len())
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.file {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}
