//! A zip of the four files (what an export script or a download of the SFTP
//! folder produces), opened so the files inside are checked as if dropped
//! one by one.
//!
//! Written on flate2 (already a dependency for SAML) rather than a zip
//! crate: only the central directory, stored and deflated entries are
//! needed, and every size is bounded so that a zip bomb yields an error,
//! not an exhausted browser tab (APPNOTE.TXT 6.3, sections 4.3.7, 4.3.12
//! and 4.3.16).

use std::io::Read;

/// Uncompressed bytes taken from one archive, in total.
pub const MAX_EXPANDED: u64 = 512 * 1024 * 1024;
/// Entries read from one archive.
pub const MAX_ENTRIES: usize = 64;

/// Whether `bytes` look like a zip archive.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?) as usize)
}

fn u32_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as u64)
}

/// The files of a zip archive, `(name inside the archive, bytes)`, folders
/// and macOS metadata left out.
pub fn unzip(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    unzip_up_to(bytes, MAX_ENTRIES, "a directory run has four files")
}

/// As [`unzip`], reading at most `max_entries` entries; `why` says why an
/// archive with more is refused.
pub fn unzip_up_to(
    bytes: &[u8],
    max_entries: usize,
    why: &str,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
    let from = bytes.len().saturating_sub(65_557);
    let eocd = (from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))
        .ok_or("the zip archive has no central directory (it is cut off or not a zip)")?;
    let bad = || "the zip archive's directory is damaged".to_string();
    let count = u16_at(bytes, eocd + 10).ok_or_else(bad)?;
    let mut at = u32_at(bytes, eocd + 16).ok_or_else(bad)? as usize;
    if count > max_entries {
        return Err(format!("the zip archive holds {count} entries; {why}"));
    }
    let mut out = Vec::new();
    let mut total = 0u64;
    for _ in 0..count {
        if !bytes
            .get(at..)
            .is_some_and(|b| b.starts_with(b"PK\x01\x02"))
        {
            return Err(bad());
        }
        let flags = u16_at(bytes, at + 8).ok_or_else(bad)?;
        let method = u16_at(bytes, at + 10).ok_or_else(bad)?;
        let csize = u32_at(bytes, at + 20).ok_or_else(bad)?;
        let usize_ = u32_at(bytes, at + 24).ok_or_else(bad)?;
        let name_len = u16_at(bytes, at + 28).ok_or_else(bad)?;
        let extra_len = u16_at(bytes, at + 30).ok_or_else(bad)?;
        let comment_len = u16_at(bytes, at + 32).ok_or_else(bad)?;
        let local = u32_at(bytes, at + 42).ok_or_else(bad)? as usize;
        let raw_name = bytes.get(at + 46..at + 46 + name_len).ok_or_else(bad)?;
        // Bit 11: the name is UTF-8; otherwise it is CP437, which matches
        // Latin-1 for the ASCII names directory files have.
        let name = if flags & 0x800 != 0 {
            String::from_utf8_lossy(raw_name).into_owned()
        } else {
            encoding_rs::mem::decode_latin1(raw_name).into_owned()
        };
        at += 46 + name_len + extra_len + comment_len;
        if name.ends_with('/') || name.starts_with("__MACOSX/") || name.contains("/._") {
            continue;
        }
        if flags & 1 != 0 {
            return Err(format!(
                "`{}` in the zip archive is encrypted; zip the files without a password",
                crate::csv::values::show(name.as_bytes())
            ));
        }
        total += usize_;
        if total > MAX_EXPANDED {
            return Err("the zip archive expands to more than 512 MB".to_string());
        }
        let lh_name = u16_at(bytes, local + 26).ok_or_else(bad)?;
        let lh_extra = u16_at(bytes, local + 28).ok_or_else(bad)?;
        let start = local + 30 + lh_name + lh_extra;
        let data = bytes
            .get(start..start.saturating_add(csize as usize))
            .ok_or_else(bad)?;
        let content = match method {
            0 => data.to_vec(),
            8 => {
                let mut v = Vec::with_capacity(usize_.min(1 << 24) as usize);
                flate2::read::DeflateDecoder::new(data)
                    .take(usize_ + 1)
                    .read_to_end(&mut v)
                    .map_err(|e| format!("`{name}` in the zip archive cannot be inflated ({e})"))?;
                v
            }
            m => {
                return Err(format!(
                    "`{}` in the zip archive uses compression method {m}; only stored and deflated files can be read",
                    crate::csv::values::show(name.as_bytes())
                ))
            }
        };
        if content.len() as u64 != usize_ {
            return Err(format!(
                "`{}` in the zip archive does not have its declared size",
                crate::csv::values::show(name.as_bytes())
            ));
        }
        out.push((name, content));
    }
    Ok(out)
}

/// `files` with every zip archive replaced by the files inside it (named
/// `archive.zip/name`); an archive that cannot be read stays as it is, so
/// that the checker reports it, and its reason is returned.
pub fn expand(files: Vec<(String, Vec<u8>)>) -> (Vec<(String, Vec<u8>)>, Vec<String>) {
    let mut out = Vec::with_capacity(files.len());
    let mut notes = Vec::new();
    for (name, bytes) in files {
        if !is_zip(&bytes) || !name.to_ascii_lowercase().ends_with(".zip") {
            out.push((name, bytes));
            continue;
        }
        match unzip(&bytes) {
            Ok(inner) => out.extend(inner.into_iter().map(|(n, b)| (format!("{name}/{n}"), b))),
            Err(e) => {
                notes.push(format!("{name}: {e}"));
                out.push((name, bytes));
            }
        }
    }
    (out, notes)
}
