//! Several files as one byte stream, so that a set travels to the Web
//! Worker (and through `crate::stream`) like any single input:
//! `PFSET1\n`, then per file a little-endian u32 name length, the UTF-8
//! name, a little-endian u64 content length and the content.

const MAGIC: &[u8] = b"PFSET1\n";

/// Whether `bytes` are a bundle.
pub fn is_bundle(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// `files` as one bundle.
pub fn encode(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let size: usize = files.iter().map(|(n, b)| 12 + n.len() + b.len()).sum();
    let mut out = Vec::with_capacity(MAGIC.len() + size);
    out.extend_from_slice(MAGIC);
    for (name, bytes) in files {
        out.extend_from_slice(&(name.len() as u32).to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        out.extend_from_slice(bytes);
    }
    out
}

/// The files of a bundle; an error for one that is cut off.
pub fn decode(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    Ok(decode_borrowed(bytes)?
        .into_iter()
        .map(|(name, content)| (name, content.to_vec()))
        .collect())
}

/// As [`decode`], the contents borrowed from `bytes` (a large set is not
/// held twice).
pub fn decode_borrowed(bytes: &[u8]) -> Result<Vec<(String, &[u8])>, String> {
    let cut = || "the set of files arrived cut off".to_string();
    let mut rest = bytes.strip_prefix(MAGIC).ok_or("not a set of files")?;
    let mut out = Vec::new();
    while !rest.is_empty() {
        let (len, r) = rest.split_at_checked(4).ok_or_else(cut)?;
        let len = u32::from_le_bytes(len.try_into().map_err(|_| cut())?) as usize;
        let (name, r) = r.split_at_checked(len).ok_or_else(cut)?;
        let (size, r) = r.split_at_checked(8).ok_or_else(cut)?;
        let size = usize::try_from(u64::from_le_bytes(size.try_into().map_err(|_| cut())?))
            .map_err(|_| cut())?;
        let (content, r) = r.split_at_checked(size).ok_or_else(cut)?;
        out.push((String::from_utf8_lossy(name).into_owned(), content));
        rest = r;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_a_cut_bundle() {
        let files = vec![
            ("a/b.xml".to_string(), b"<x/>".to_vec()),
            ("é.csv".into(), Vec::new()),
        ];
        let b = encode(&files);
        assert!(is_bundle(&b));
        assert_eq!(decode(&b).unwrap(), files);
        // Cut anywhere: an error or the files before the cut, never a panic.
        for n in 0..b.len() {
            if let Ok(part) = decode(&b[..n]) {
                assert!(part.len() < files.len());
            }
        }
        assert!(decode(&b[..b.len() - 3]).is_err());
        assert!(decode(b"nope").is_err());
    }
}
