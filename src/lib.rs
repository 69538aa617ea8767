//! tldops as a library: the modules the binary is made of, exposed so that
//! fuzz targets and property tests can drive the trust boundary directly.

pub mod atomic;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod contact;
pub mod current;
pub mod diff;
pub mod error;
pub mod export;
pub mod help;
pub mod human;
pub mod i18n;
pub mod intake;
pub mod mail;
pub mod pager;
pub mod present;
pub mod publish;
pub mod reasons;
pub mod refdata;
pub mod route;
pub mod search;
pub mod selection;
pub mod sheet;
pub mod snapshot;
pub mod store;
pub mod term;
#[cfg(test)]
mod testing;
pub mod vdir;
