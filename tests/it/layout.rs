//! layout tests
