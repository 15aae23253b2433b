//! hoist's integration tests: one binary, run against the real distribution registry.
//! See `support/` for the registry launcher, token server, proxy and fixture builder.

mod artifacts;
mod auth;
mod change;
mod contracts;
mod copy;
mod docs;
mod faults;
mod generated;
mod hostile;
mod hostile_registry;
mod house;
mod inside;
mod interop;
mod layers;
mod layout;
mod library;
mod offline;
mod peer;
mod read;
mod registries;
mod serve;
mod serve_integrity;
mod signing;
mod sync;
mod sync_files;
mod sync_skopeo;
// Helpers are shared by every test module; not all of them are used by each.
#[allow(dead_code)]
mod support;
mod tls;
