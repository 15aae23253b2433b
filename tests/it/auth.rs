//! auth tests
