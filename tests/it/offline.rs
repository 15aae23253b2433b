//! offline tests
