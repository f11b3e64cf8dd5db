//! Zip archives in the dropped set are opened (by their content, whatever
//! their name), so that a zipped kit is checked like the folder it came
//! from. Office documents are zips too (ECMA-376 Part 2, Open Packaging
//! Conventions: a `[Content_Types].xml` part at the root); they are left
//! whole and listed as not recognised.

use crate::directory::archive;

/// Entries read from one archive: a whole setup, with room for a
/// configuration repository's worth of files.
pub const MAX_ENTRIES: usize = 10_000;

/// Whether `bytes` look like a zip archive.
pub fn is_zip(bytes: &[u8]) -> bool {
    archive::is_zip(bytes)
}

/// Whether a zip archive is an Office Open XML document (.docx, .xlsx …).
pub fn is_office_document(bytes: &[u8]) -> bool {
    memchr::memmem::find(bytes, b"[Content_Types].xml").is_some()
}

/// A file of the set after expansion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// As given, or `archive.zip/inner/path` for a file from an archive.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// `files` with every zip archive (that is not an Office document)
/// replaced by the files inside it. An archive that cannot be opened stays
/// in the set, with the reason returned next to its path.
pub fn expand(files: Vec<(String, Vec<u8>)>) -> (Vec<File>, Vec<(String, String)>) {
    let mut out = Vec::with_capacity(files.len());
    let mut problems = Vec::new();
    for (path, bytes) in files {
        if !is_zip(&bytes) || is_office_document(&bytes) {
            out.push(File { path, bytes });
            continue;
        }
        match archive::unzip_up_to(
            &bytes,
            MAX_ENTRIES,
            "give the folder instead, or split the archive",
        ) {
            Ok(inner) => out.extend(inner.into_iter().map(|(name, bytes)| File {
                path: format!("{path}/{name}"),
                bytes,
            })),
            Err(e) => {
                problems.push((path.clone(), e));
                out.push(File { path, bytes });
            }
        }
    }
    (out, problems)
}
