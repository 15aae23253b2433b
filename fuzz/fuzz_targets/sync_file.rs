//! Sync files (regsync's shape and skopeo's) are user input: parsing them (templates, anchors,
//! durations, schedules), converting skopeo's, and selecting tags by their rules (regular
//! expressions, Masterminds constraints) never panics, whatever the bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let tags: Vec<String> = ["1", "1.2", "v1.2.3", "3.20-rc1", "latest", "edge", "2.0.0+meta"]
        .iter()
        .map(|t| t.to_string())
        .collect();
    let dest = hoist::sync::SkopeoDest {
        prefix: "mirror.example.com/m".into(),
        scoped: data.len() % 2 == 0,
        suffix: "-m".into(),
    };
    let files = [
        hoist::sync::SyncFile::parse(s, "fuzz").ok(),
        hoist::sync::read(s, "fuzz", Some(&dest)).ok(),
    ];
    for mut f in files.into_iter().flatten() {
        for e in &f.sync {
            if let Some(rules) = e.settings.tags.as_ref().or(f.defaults.tags.as_ref()) {
                let _ = hoist::sync::select_tags(tags.clone(), rules);
            }
        }
        let _ = hoist::sync::schedule::Timetable::of(&f);
        let _ = f.client_options(&hoist::client::ClientOptions::new());
    }
    // The pieces alone: a template (no data but two fields), a constraint, a cron schedule, a
    // duration. A constraint that parses checks every tag without panicking.
    let data = hoist::sync::gotmpl::Data::new()
        .with(".Sync.Source", "r.example/a")
        .with(".Ref.Tag", "1");
    if !s.contains("file") {
        let _ = hoist::sync::gotmpl::render(s, &data);
    }
    if let Ok(c) = hoist::sync::masterminds::Constraints::parse(s) {
        for t in &tags {
            if let Some(v) = hoist::sync::masterminds::version(t) {
                let _ = c.check(&v);
            }
        }
    }
    let _ = hoist::sync::masterminds::version(s);
    if let Ok(c) = hoist::sync::schedule::Cron::parse(s) {
        let _ = c.next_after(std::time::UNIX_EPOCH);
    }
    let _ = hoist::sync::regsync::duration(s);
});
