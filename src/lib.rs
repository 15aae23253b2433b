//! hoist: inspect, verify and move container images in OCI/Docker registries.
//!
//! The library is the whole tool; `main.rs` only parses arguments and maps errors to exit
//! codes. Layers, bottom up: [`reference`], [`digest`], [`media_types`], [`manifest`] and
//! [`platform`] are pure data; [`auth`] and [`client`] talk to registries; [`layout`] reads and
//! writes OCI layout directories; [`repo`] puts both behind one interface; [`transfer`] moves
//! verified bytes; [`cli`] holds the commands; [`output`] decides what goes where.

pub mod archive;
pub mod auth;
pub mod cli;
pub mod client;
pub mod config;
pub mod decode;
pub mod descriptor;
pub mod digest;
pub mod error;
pub mod image;
pub mod layer;
pub mod layout;
pub mod manifest;
pub mod media_types;
pub mod output;
pub mod platform;
pub mod probe;
pub mod reference;
pub mod repo;
pub mod serve;
pub mod signal;
pub mod sync;
pub mod template;
pub mod transfer;
