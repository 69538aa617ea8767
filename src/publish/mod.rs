//! The secretariat's side, below the commands: the journal of what was
//! published, rosters in, signing and cosigning, the mail around a snapshot,
//! and the warnings a dry run shows.

pub mod journal;
pub mod lint;
pub mod mail;
pub mod roster;
pub mod sign;
