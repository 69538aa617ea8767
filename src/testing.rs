//! What unit tests share.

/// Every string made of `len` of the `pieces`, one after another: all
/// `pieces.len()` to the power `len` of them, for comparing a fast reading
/// with a plain one wherever the pieces stand.
pub fn every_string<'p>(pieces: &'p [&'p str], len: u32) -> impl Iterator<Item = String> + 'p {
    (0..pieces.len().pow(len)).map(move |n| {
        let mut k = n;
        (0..len)
            .map(|_| {
                let piece = pieces[k % pieces.len()];
                k /= pieces.len();
                piece
            })
            .collect()
    })
}

/// A file of this repository (`tests/keys/...`, `tests/fixtures/...`),
/// read whole; the path named when it cannot be.
pub fn repo_file(path: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
