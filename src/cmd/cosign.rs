//! `tldops cosign`: a second staff member adds a signature to a mailing
//! `publish` wrote, changing no byte of the signed text.

use crate::cli::CosignArgs;
use crate::config::Config;
use anyhow::Result;

pub fn run(_config: &Config, _args: &CosignArgs) -> Result<i32> {
    anyhow::bail!("not yet")
}
