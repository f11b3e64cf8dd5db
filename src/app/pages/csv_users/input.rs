//! Reading the input: a picked file slice by slice or text held in memory,
//! validated on the page or in the Web Worker, one page of the table's
//! rows, or the whole input when a fix or a download needs it.

use super::*;

/// What is being validated: typed or pasted text (or the result of a fix),
/// or a picked/dropped file that is read slice by slice.
#[derive(Clone)]
pub(super) enum Source {
    Bytes(Rc<Vec<u8>>),
    File(web_sys::File),
}

impl Source {
    pub(super) fn len(&self) -> u64 {
        match self {
            Source::Bytes(b) => b.len() as u64,
            Source::File(f) => f.size() as u64,
        }
    }

    pub(super) fn stem(&self) -> String {
        match self {
            Source::File(f) => {
                let n = f.name();
                let stem = n.rsplit_once('.').map(|(s, _)| s.to_string()).unwrap_or(n);
                if stem.is_empty() {
                    "users".into()
                } else {
                    stem
                }
            }
            Source::Bytes(_) => "users".into(),
        }
    }
}

pub(super) async fn read_blob_range(
    file: &web_sys::File,
    a: u64,
    b: u64,
) -> Result<Vec<u8>, String> {
    let blob = file
        .slice_with_f64_and_f64(a as f64, b as f64)
        .map_err(|_| "could not slice the file".to_string())?;
    let buf = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .map_err(|_| "could not read the file".to_string())?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Feed `src` to `f` in slices of [`SLICE`] bytes, yielding to the browser
/// between slices. Stops early when `f` returns false. Returns false when
/// `alive` says the job was cancelled.
pub(super) async fn for_each_slice(
    src: &Source,
    alive: &dyn Fn() -> bool,
    f: &mut dyn FnMut(&[u8]) -> bool,
) -> Result<bool, String> {
    let total = src.len();
    let mut at = 0u64;
    loop {
        if !alive() {
            return Ok(false);
        }
        if at >= total {
            return Ok(true);
        }
        let end = (at + SLICE).min(total);
        let go_on = match src {
            Source::Bytes(b) => f(&b[at as usize..end as usize]),
            Source::File(file) => {
                let bytes = read_blob_range(file, at, end).await?;
                // Cancelled while the slice was being read.
                if !alive() {
                    return Ok(false);
                }
                f(&bytes)
            }
        };
        at = end;
        if !go_on {
            return Ok(alive());
        }
        TimeoutFuture::new(0).await;
    }
}

/// Validation progress: bytes done, bytes in all, and records parsed when
/// known (the worker reports bytes only).
pub(super) type Progress = (u64, u64, Option<u64>);

/// Validate `src`: large inputs and picked files in the Web Worker (`job`
/// can cancel it), small ones here, slice by slice, dropping the validator
/// if `alive` turns false. `None` when cancelled.
pub(super) async fn validate(
    src: Source,
    options: Options,
    job: Job,
    alive: Rc<dyn Fn() -> bool>,
    progress: Callback<Progress>,
) -> Result<Option<Report<CsvData>>, String> {
    let total = src.len();
    let blob = match &src {
        Source::File(f) => Some(f.clone().into()),
        Source::Bytes(b) if b.len() > worker::MAIN_THREAD_MAX_BYTES => Some(worker::bytes_blob(b)?),
        Source::Bytes(_) => None,
    };
    if let Some(blob) = blob {
        let on_fraction =
            Callback::from(move |f: f64| progress.emit(((f * total as f64) as u64, total, None)));
        let options = RunOptions {
            options,
            size_hint: total,
        };
        return match job
            .run(
                crate::stream::StreamTool::CSV_USERS,
                serde_json::Value::Object(options.to_json()),
                blob,
                on_fraction,
            )
            .await
        {
            // The worker sends the report as JSON: read its data once.
            Ok(r) => r.typed::<CsvData>().map(Some),
            Err(e) if e == worker::CANCELLED => Ok(None),
            Err(e) => Err(e),
        };
    }
    let mut v = Validator::with_size_hint(&options, total);
    let done = for_each_slice(&src, &*alive, &mut |chunk| {
        v.push(chunk);
        progress.emit((v.bytes_seen(), total, Some(v.records_seen())));
        true
    })
    .await?;
    Ok(done.then(|| v.finish()))
}

/// Which rows the table shows.
#[derive(Clone, PartialEq)]
pub(super) enum Want {
    Range(u64),
    Rows(Vec<u64>),
}

/// One page of rows, read from the start of `src` only as far as needed.
pub(super) async fn load_rows(
    src: Source,
    want: Want,
    alive: Rc<dyn Fn() -> bool>,
) -> Result<Option<RowsPage>, String> {
    let mut pager = match want {
        Want::Range(offset) => RowPager::range(offset, PAGE),
        Want::Rows(rows) => RowPager::numbered(rows),
    };
    let done = for_each_slice(&src, &*alive, &mut |chunk| !pager.push(chunk)).await?;
    Ok(done.then(|| pager.finish()))
}

/// The whole input in memory (for the status file, a fix, a download).
pub(super) async fn whole(src: &Source) -> Result<Rc<Vec<u8>>, String> {
    match src {
        Source::Bytes(b) => Ok(b.clone()),
        Source::File(f) => browser::read_file(f.clone()).await.map(Rc::new),
    }
}
