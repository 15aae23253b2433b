//! hoist: inspect, verify and move container images in OCI/Docker registries.
//!
//! The library is the whole tool; `main.rs` only parses arguments and maps errors to exit
//! codes. Layers, bottom up:
//!
//! - data: [`error`], [`media_types`], [`digest`], [`platform`], [`descriptor`], [`manifest`],
//!   [`reference`] (registry, layout and archive references), [`template`], [`output`];
//! - bytes: [`decode`] (gzip, zstd, channels) and [`layer`] (the one tar walk);
//! - places: [`auth`] and [`config`]; [`client`] (the one request path); [`layout`] and
//!   [`archive`] (reading archives); [`repo`] (one interface over all of them, with the one
//!   blob reader);
//! - work: [`transfer`] (verified bytes, copies, archives written), [`image`] (looking inside and
//!   changing images), [`sync`], [`probe`], [`serve`];
//! - [`cli`]: parsing and rendering only.
//!
//! A lower module must not import a higher one: `tests/it/house.rs` keeps the module graph
//! acyclic, command files from using each other, and files under 800 lines.

pub mod archive;
pub mod artifact;
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
pub mod sign;
pub mod signal;
pub mod sync;
pub mod template;
pub mod transfer;
