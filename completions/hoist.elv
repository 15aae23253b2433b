
use builtin;
use str;

set edit:completion:arg-completer[hoist] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'hoist'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'hoist'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand manifest 'Get, check, push and delete manifests'
            cand config 'Read image configs'
            cand image 'Inspect images (manifest and config together)'
            cand index 'Write multi-platform indexes over existing images'
            cand blob 'Download, check, upload and delete blobs'
            cand copy 'Copy or retag images between registries and OCI layouts'
            cand cp 'Copy or retag images between registries and OCI layouts'
            cand archive 'Write docker and OCI archives (`docker save`''s and `oci-archive:` formats)'
            cand sync 'Mirror many images from a sync file (regsync''s shape), shardable across jobs'
            cand layer 'Pull, extract and list layers'
            cand digest 'Hash local files, or verify an image''s digests and diffIDs'
            cand tag 'List, add and delete tags'
            cand referrers 'List what is attached to an image: signatures, SBOMs, attestations'
            cand artifact 'Push, attach and pull OCI artifacts (files, SBOMs), as oras does'
            cand key 'Make signing keys in cosign''s formats'
            cand sign 'Sign an image as cosign does (a `sha256-<hex>.sig` tag beside it)'
            cand verify 'Check an image''s cosign signatures with a public key (exit 5 unless one verifies)'
            cand repo 'List repositories'
            cand registry 'Find out what a registry supports'
            cand ratelimit 'Show Docker Hub''s pull rate limit and what is left of it (one HEAD; spends no pull)'
            cand serve 'Serve OCI layouts as a registry (with the referrers API, and images composed on request)'
            cand login 'Verify and store credentials for a registry'
            cand logout 'Remove stored credentials for a registry'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;manifest'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand get 'Fetch a manifest or index and show it'
            cand head 'Print a manifest''s digest without downloading it (a HEAD request)'
            cand put 'Push a manifest from a file or stdin, byte for byte'
            cand delete 'Delete a manifest (by digest; a tag is resolved to its digest first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;manifest;get'= {
            cand -p 'Resolve an index to this platform''s manifest (`os/arch[/variant]`, `local`)'
            cand --platform 'Resolve an index to this platform''s manifest (`os/arch[/variant]`, `local`)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;manifest;head'= {
            cand -p 'Print the digest of this platform''s manifest in an index (`crane digest --platform`): one GET of the index instead of the HEAD'
            cand --platform 'Print the digest of this platform''s manifest in an index (`crane digest --platform`): one GET of the index instead of the HEAD'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;manifest;put'= {
            cand --content-type 'Media type to push as (default: the document''s `mediaType`)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;manifest;delete'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;manifest;help'= {
            cand get 'Fetch a manifest or index and show it'
            cand head 'Print a manifest''s digest without downloading it (a HEAD request)'
            cand put 'Push a manifest from a file or stdin, byte for byte'
            cand delete 'Delete a manifest (by digest; a tag is resolved to its digest first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;manifest;help;get'= {
        }
        &'hoist;manifest;help;head'= {
        }
        &'hoist;manifest;help;put'= {
        }
        &'hoist;manifest;help;delete'= {
        }
        &'hoist;manifest;help;help'= {
        }
        &'hoist;config'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand get 'Fetch an image''s config and summarise it'
            cand fetch 'Fetch an image''s config and summarise it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;config;get'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;config;fetch'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;config;help'= {
            cand get 'Fetch an image''s config and summarise it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;config;help;get'= {
        }
        &'hoist;config;help;help'= {
        }
        &'hoist;image'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand inspect 'Show an image''s digest, platform, config and layers (with diffIDs)'
            cand files 'List the files of an image as a container sees them (every layer merged), or with `--layers` what each layer adds, changes and deletes'
            cand cat 'Write one file of an image to stdout'
            cand size 'Show what an image costs to download, per platform and in all'
            cand audit 'Find shadowed files, wasted bytes and secrets in an image'
            cand diff 'Compare two images: files added, removed and changed, and config differences'
            cand compose 'Make an image from a base and pre-built layer images, with no build and no layer downloaded'
            cand mod 'Change an image''s config, annotations or layers, where it lives'
            cand squash 'Merge an image''s layers into one (above the first N, or above a base''s)'
            cand rebase 'Put an image''s own layers on a new base'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;image;inspect'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;image;files'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand -j 'Layers streamed at once'
            cand --jobs 'Layers streamed at once'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --layers 'Show each layer''s additions, changes and deletions instead of the merged tree'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;image;cat'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;image;size'= {
            cand -p 'Platforms to count: one, or `all` (the default)'
            cand --platform 'Platforms to count: one, or `all` (the default)'
            cand -j 'Layers streamed at once with `--uncompressed`'
            cand --jobs 'Layers streamed at once with `--uncompressed`'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --uncompressed 'Also stream every layer to add up what it unpacks to'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;image;audit'= {
            cand -p 'Platform to pick from an index (default: this machine''s), or `all`'
            cand --platform 'Platform to pick from an index (default: this machine''s), or `all`'
            cand --fail-on 'Exit 7 when the audit finds any of these: `secrets`, `shadowed`, `wasted:PCT` (more than PCT percent of the layers'' bytes wasted), comma-separated'
            cand -j 'Layers streamed at once'
            cand --jobs 'Layers streamed at once'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;image;diff'= {
            cand -p 'Platform to pick from indexes (default: this machine''s)'
            cand --platform 'Platform to pick from indexes (default: this machine''s)'
            cand -j 'Layers streamed at once'
            cand --jobs 'Layers streamed at once'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;image;compose'= {
            cand --base 'The base image (its layers come first)'
            cand --add 'A layer image whose layers are appended, in order (repeatable)'
            cand --spec 'A TOML spec: `base`, `layers` and an optional `[config]` table of edits'
            cand --env 'Set an environment variable (replacing one of the same name)'
            cand --env-rm 'Remove an environment variable'
            cand --label 'Set a config label'
            cand --label-rm 'Remove a config label'
            cand --annotation 'Set an annotation on each image manifest'
            cand --annotation-index 'Set an annotation on the index (when one is written)'
            cand --cmd 'The command: a JSON array (`''["php-fpm","-F"]''`) or words (`php-fpm -F`); `''''` clears it'
            cand --entrypoint 'The entrypoint, written as `--cmd` is'
            cand --user 'The user (`name`, `uid`, `uid:gid`)'
            cand --workdir 'The working directory'
            cand --expose-add 'Declare a port (`8080` is `8080/tcp`)'
            cand --expose-rm 'Remove a declared port'
            cand --volume-add 'Declare a volume'
            cand --volume-rm 'Remove a declared volume'
            cand --created 'The config''s creation time: `now`, seconds since the epoch, or RFC 3339. Without it the time is left as it was (no clock is read)'
            cand -p 'Only these platforms of an index (repeatable; default: every one)'
            cand --platform 'Only these platforms of an index (repeatable; default: every one)'
            cand -j 'Blobs moved at once'
            cand --jobs 'Blobs moved at once'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --reproducible 'Fix every time hoist writes (the config''s and each history entry''s) to `--created`, else `SOURCE_DATE_EPOCH`, else the epoch'
            cand --dry-run 'Print the new documents and push nothing'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;image;mod'= {
            cand --env 'Set an environment variable (replacing one of the same name)'
            cand --env-rm 'Remove an environment variable'
            cand --label 'Set a config label'
            cand --label-rm 'Remove a config label'
            cand --annotation 'Set an annotation on each image manifest'
            cand --annotation-index 'Set an annotation on the index (when one is written)'
            cand --cmd 'The command: a JSON array (`''["php-fpm","-F"]''`) or words (`php-fpm -F`); `''''` clears it'
            cand --entrypoint 'The entrypoint, written as `--cmd` is'
            cand --user 'The user (`name`, `uid`, `uid:gid`)'
            cand --workdir 'The working directory'
            cand --expose-add 'Declare a port (`8080` is `8080/tcp`)'
            cand --expose-rm 'Remove a declared port'
            cand --volume-add 'Declare a volume'
            cand --volume-rm 'Remove a declared volume'
            cand --created 'The config''s creation time: `now`, seconds since the epoch, or RFC 3339. Without it the time is left as it was (no clock is read)'
            cand --layer-rm 'Remove layer N (numbered from 1, as `hoist layer ls` numbers them; repeatable)'
            cand --layer-rm-created-by 'Remove the layers whose history `created_by` matches this regular expression'
            cand --layer-add 'Append a layer: a directory (tarred deterministically), a tar file (plain, gzip or zstd), or an image whose layers are appended (repeatable, in order)'
            cand --compress 'Compress the uncompressed layers (a docker archive''s tars) with gzip or zstd: their digests change, their diffIDs do not'
            cand -p 'Only these platforms of an index (repeatable; default: every one)'
            cand --platform 'Only these platforms of an index (repeatable; default: every one)'
            cand -j 'Blobs moved at once'
            cand --jobs 'Blobs moved at once'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --reproducible 'Fix every time hoist writes (the config''s and each history entry''s) to `--created`, else `SOURCE_DATE_EPOCH`, else the epoch'
            cand --dry-run 'Print the new documents and push nothing'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;image;squash'= {
            cand --keep 'Keep the first N layers as they are and squash the rest (default 0: all)'
            cand --base 'Keep the layers of this base image (SOURCE must start with them)'
            cand -p 'Only these platforms of an index (repeatable; default: every one)'
            cand --platform 'Only these platforms of an index (repeatable; default: every one)'
            cand -j 'Blobs moved at once'
            cand --jobs 'Blobs moved at once'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --dry-run 'Print the new documents and push nothing'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;image;rebase'= {
            cand --old-base 'The base SOURCE was built on (its layers must be SOURCE''s first ones)'
            cand --new-base 'The base to put under SOURCE''s own layers instead'
            cand -p 'Only these platforms of an index (repeatable; default: every one)'
            cand --platform 'Only these platforms of an index (repeatable; default: every one)'
            cand -j 'Blobs moved at once'
            cand --jobs 'Blobs moved at once'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --dry-run 'Print the new documents and push nothing'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;image;help'= {
            cand inspect 'Show an image''s digest, platform, config and layers (with diffIDs)'
            cand files 'List the files of an image as a container sees them (every layer merged), or with `--layers` what each layer adds, changes and deletes'
            cand cat 'Write one file of an image to stdout'
            cand size 'Show what an image costs to download, per platform and in all'
            cand audit 'Find shadowed files, wasted bytes and secrets in an image'
            cand diff 'Compare two images: files added, removed and changed, and config differences'
            cand compose 'Make an image from a base and pre-built layer images, with no build and no layer downloaded'
            cand mod 'Change an image''s config, annotations or layers, where it lives'
            cand squash 'Merge an image''s layers into one (above the first N, or above a base''s)'
            cand rebase 'Put an image''s own layers on a new base'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;image;help;inspect'= {
        }
        &'hoist;image;help;files'= {
        }
        &'hoist;image;help;cat'= {
        }
        &'hoist;image;help;size'= {
        }
        &'hoist;image;help;audit'= {
        }
        &'hoist;image;help;diff'= {
        }
        &'hoist;image;help;compose'= {
        }
        &'hoist;image;help;mod'= {
        }
        &'hoist;image;help;squash'= {
        }
        &'hoist;image;help;rebase'= {
        }
        &'hoist;image;help;help'= {
        }
        &'hoist;index'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Write an index (multi-platform image) over existing images'
            cand add 'Add images to an existing index (an entry for the same platform is replaced)'
            cand rm 'Remove an entry from an index, by platform or digest'
            cand remove 'Remove an entry from an index, by platform or digest'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;index;create'= {
            cand --annotation 'Set an annotation on the index'
            cand -p 'Only these platforms of an index (repeatable; default: every one)'
            cand --platform 'Only these platforms of an index (repeatable; default: every one)'
            cand -j 'Blobs moved at once'
            cand --jobs 'Blobs moved at once'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --dry-run 'Print the new documents and push nothing'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;index;add'= {
            cand --annotation 'Set an annotation on the index'
            cand -p 'Only these platforms of an index (repeatable; default: every one)'
            cand --platform 'Only these platforms of an index (repeatable; default: every one)'
            cand -j 'Blobs moved at once'
            cand --jobs 'Blobs moved at once'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --dry-run 'Print the new documents and push nothing'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;index;rm'= {
            cand --platform 'Remove the entry for this platform'
            cand --digest 'Remove the entry with this digest'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --dry-run 'Print the new index and push nothing'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;index;remove'= {
            cand --platform 'Remove the entry for this platform'
            cand --digest 'Remove the entry with this digest'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --dry-run 'Print the new index and push nothing'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;index;help'= {
            cand create 'Write an index (multi-platform image) over existing images'
            cand add 'Add images to an existing index (an entry for the same platform is replaced)'
            cand rm 'Remove an entry from an index, by platform or digest'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;index;help;create'= {
        }
        &'hoist;index;help;add'= {
        }
        &'hoist;index;help;rm'= {
        }
        &'hoist;index;help;help'= {
        }
        &'hoist;blob'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand get 'Download a blob, verifying its digest'
            cand head 'Show a blob''s size and digest without downloading it'
            cand put 'Upload a file (or stdin) as a blob; prints its digest'
            cand delete 'Delete a blob from a repository (registries must allow deletion)'
            cand rm 'Delete a blob from a repository (registries must allow deletion)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;blob;get'= {
            cand -o 'Write to this file instead of stdout (into a directory: as `DIR/<digest hex>`; `-` is stdout, also when it is a terminal)'
            cand --output 'Write to this file instead of stdout (into a directory: as `DIR/<digest hex>`; `-` is stdout, also when it is a terminal)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;blob;head'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;blob;put'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;blob;delete'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;blob;rm'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;blob;help'= {
            cand get 'Download a blob, verifying its digest'
            cand head 'Show a blob''s size and digest without downloading it'
            cand put 'Upload a file (or stdin) as a blob; prints its digest'
            cand delete 'Delete a blob from a repository (registries must allow deletion)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;blob;help;get'= {
        }
        &'hoist;blob;help;head'= {
        }
        &'hoist;blob;help;put'= {
        }
        &'hoist;blob;help;delete'= {
        }
        &'hoist;blob;help;help'= {
        }
        &'hoist;copy'= {
            cand -p 'Copy only these platforms (repeatable). One platform copies that image manifest itself'
            cand --platform 'Copy only these platforms (repeatable). One platform copies that image manifest itself'
            cand -j 'Parallel blob transfers (blobs under 1 MiB count as a quarter)'
            cand --jobs 'Parallel blob transfers (blobs under 1 MiB count as a quarter)'
            cand --compress 'Compress the source''s uncompressed layers (a docker archive''s tars) on the way, with gzip or zstd: those layers get new digests (said so); their diffIDs stay'
            cand --include 'With `--all-tags`: only tags matching this regular expression'
            cand --exclude 'With `--all-tags`: leave out tags matching this regular expression'
            cand --src-creds 'Credentials for the source registry'
            cand --dest-creds 'Credentials for the destination registry'
            cand --verify-key 'Promote only what is signed: verify with this public key (repeat for several; any may match) before anything is written, and carry the `.sig` tags along (exit 5 unsigned)'
            cand --allow-identity 'With `--verify-key`: also accept signatures made for this repository'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --referrers 'Also copy referrers (signatures, SBOMs, attestations) of every copied manifest'
            cand --dry-run 'Show what would be copied, skipped or mounted, without writing anything'
            cand --force 'Copy even what the destination already has'
            cand --all-tags 'Copy every tag of the source repository to the destination repository (an image whose digest is already there costs one HEAD on each side)'
            cand --ignore-identity 'With `--verify-key`: accept a signature whatever repository it names'
            cand --digest-tags 'Also copy every tag named after a copied manifest''s digest (`sha256-<hex>.sig`, `.att`, `.sbom`, `.meta`, ...), for the image and its children'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;cp'= {
            cand -p 'Copy only these platforms (repeatable). One platform copies that image manifest itself'
            cand --platform 'Copy only these platforms (repeatable). One platform copies that image manifest itself'
            cand -j 'Parallel blob transfers (blobs under 1 MiB count as a quarter)'
            cand --jobs 'Parallel blob transfers (blobs under 1 MiB count as a quarter)'
            cand --compress 'Compress the source''s uncompressed layers (a docker archive''s tars) on the way, with gzip or zstd: those layers get new digests (said so); their diffIDs stay'
            cand --include 'With `--all-tags`: only tags matching this regular expression'
            cand --exclude 'With `--all-tags`: leave out tags matching this regular expression'
            cand --src-creds 'Credentials for the source registry'
            cand --dest-creds 'Credentials for the destination registry'
            cand --verify-key 'Promote only what is signed: verify with this public key (repeat for several; any may match) before anything is written, and carry the `.sig` tags along (exit 5 unsigned)'
            cand --allow-identity 'With `--verify-key`: also accept signatures made for this repository'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --referrers 'Also copy referrers (signatures, SBOMs, attestations) of every copied manifest'
            cand --dry-run 'Show what would be copied, skipped or mounted, without writing anything'
            cand --force 'Copy even what the destination already has'
            cand --all-tags 'Copy every tag of the source repository to the destination repository (an image whose digest is already there costs one HEAD on each side)'
            cand --ignore-identity 'With `--verify-key`: accept a signature whatever repository it names'
            cand --digest-tags 'Also copy every tag named after a copied manifest''s digest (`sha256-<hex>.sig`, `.att`, `.sbom`, `.meta`, ...), for the image and its children'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;archive'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Write images into a docker archive (`docker save`''s format) that `docker load` and `podman load` read, or into an OCI archive (a tar of an OCI image layout)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;archive;create'= {
            cand -p 'Platform to pick from indexes (default: this machine''s for docker archives, every platform for OCI archives)'
            cand --platform 'Platform to pick from indexes (default: this machine''s for docker archives, every platform for OCI archives)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;archive;help'= {
            cand create 'Write images into a docker archive (`docker save`''s format) that `docker load` and `podman load` read, or into an OCI archive (a tar of an OCI image layout)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;archive;help;create'= {
        }
        &'hoist;archive;help;help'= {
        }
        &'hoist;sync'= {
            cand --shard 'Run only shard I of N (0 <= I < N): images are split by a stable hash of their source'
            cand --dest 'For a `skopeo sync` YAML file (registries at the top): where images land, as `DEST/<name>:<tag>` (`skopeo sync --src yaml --dest docker FILE DEST`)'
            cand --append-suffix 'With `--dest`: appended to every target tag (skopeo''s `--append-suffix`)'
            cand --rate-floor 'Copy nothing more from a source that says it has this many pulls left or fewer (Docker Hub''s `ratelimit-remaining`); what is left is reported, and a later run takes it up (images already copied cost a HEAD each)'
            cand --rate-poll 'Seconds between asks while waiting'
            cand -j 'Images copied at once (their checks, HEADs, run four times as many). Without it: the file''s `defaults.parallel`, as regsync reads it, else 4. An entry''s own `parallel` sets its blob transfers'
            cand --jobs 'Images copied at once (their checks, HEADs, run four times as many). Without it: the file''s `defaults.parallel`, as regsync reads it, else 4. An entry''s own `parallel` sets its blob transfers'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --dry-run 'Show what would be copied; copy nothing'
            cand --keep-going 'Go on after a failure; the exit code is the worst failure''s'
            cand --scoped 'With `--dest`: images land at `PREFIX/<registry>/<repository>:<tag>` (skopeo''s `--scoped`), so images of the same name from two places do not meet'
            cand --rate-wait 'At the floor, wait for the window instead of stopping (asking again every `--rate-poll` seconds, with a HEAD, which spends no pull)'
            cand --serve 'Keep running: each entry runs again at its `interval` or `schedule` (regsync''s server mode; cron times are UTC). Without it, a sync runs once and says it ignored them'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;layer'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand pull 'Download an image''s layers (verified, in parallel, resumable), and optionally apply them to a directory'
            cand ls 'List an image''s layers with their compressed digests, diffIDs and history'
            cand list 'List an image''s layers with their compressed digests, diffIDs and history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;layer;pull'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand -o 'Directory to save the layer blobs in'
            cand --output 'Directory to save the layer blobs in'
            cand --extract 'Apply the layers in order into this directory (a root filesystem)'
            cand -j 'Parallel downloads'
            cand --jobs 'Parallel downloads'
            cand --layer 'Only this layer: its 1-based position or its digest'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;layer;ls'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --sizes 'Also show each layer''s uncompressed size (configs do not record it, so the layers are streamed and inflated, as `digest verify` does)'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;layer;list'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --sizes 'Also show each layer''s uncompressed size (configs do not record it, so the layers are streamed and inflated, as `digest verify` does)'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;layer;help'= {
            cand pull 'Download an image''s layers (verified, in parallel, resumable), and optionally apply them to a directory'
            cand ls 'List an image''s layers with their compressed digests, diffIDs and history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;layer;help;pull'= {
        }
        &'hoist;layer;help;ls'= {
        }
        &'hoist;layer;help;help'= {
        }
        &'hoist;digest'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand verify 'Prove an image is intact: manifest, config, every layer''s digest and size, and every layer''s diffID against the config''s `rootfs.diff_ids`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;digest;verify'= {
            cand -p 'Platform(s) to verify (default: every platform of an index)'
            cand --platform 'Platform(s) to verify (default: every platform of an index)'
            cand -j 'Layers verified in parallel'
            cand --jobs 'Layers verified in parallel'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --no-diffid 'Check compressed digests and sizes only (no inflating)'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;digest;help'= {
            cand verify 'Prove an image is intact: manifest, config, every layer''s digest and size, and every layer''s diffID against the config''s `rootfs.diff_ids`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;digest;help;verify'= {
        }
        &'hoist;digest;help;help'= {
        }
        &'hoist;tag'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand ls 'List a repository''s tags (sorted; every page of the registry''s listing)'
            cand list 'List a repository''s tags (sorted; every page of the registry''s listing)'
            cand add 'Point more tags at an image (one manifest PUT per tag, no blobs move)'
            cand delete 'Delete a tag, and only the tag: the image and its other tags stay'
            cand rm 'Delete a tag, and only the tag: the image and its other tags stay'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;tag;ls'= {
            cand --include 'Only tags matching this regular expression'
            cand --exclude 'Leave out tags matching this regular expression'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;tag;list'= {
            cand --include 'Only tags matching this regular expression'
            cand --exclude 'Leave out tags matching this regular expression'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;tag;add'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;tag;delete'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --manifest 'On a registry that cannot delete a tag alone, delete the manifest it points at (and with it every other tag of that manifest) instead of moving the tag to a placeholder'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;tag;rm'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --manifest 'On a registry that cannot delete a tag alone, delete the manifest it points at (and with it every other tag of that manifest) instead of moving the tag to a placeholder'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;tag;help'= {
            cand ls 'List a repository''s tags (sorted; every page of the registry''s listing)'
            cand add 'Point more tags at an image (one manifest PUT per tag, no blobs move)'
            cand delete 'Delete a tag, and only the tag: the image and its other tags stay'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;tag;help;ls'= {
        }
        &'hoist;tag;help;add'= {
        }
        &'hoist;tag;help;delete'= {
        }
        &'hoist;tag;help;help'= {
        }
        &'hoist;referrers'= {
            cand --artifact-type 'Only referrers of this artifact type'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --tree 'Also list what refers to each referrer, recursively'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;artifact'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand push 'Push files as an OCI 1.1 artifact'
            cand attach 'Attach files to an image (a referrer: `subject` is the image), as `oras attach` does'
            cand pull 'Pull an artifact''s files into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;artifact;push'= {
            cand --artifact-type 'The manifest''s `artifactType` (default `application/vnd.unknown.artifact.v1`, or none with `--config`)'
            cand --config 'A config blob instead of the empty `{}`'
            cand --annotation 'A manifest annotation'
            cand --subject 'The image this artifact refers to (in the same repository)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;artifact;attach'= {
            cand --artifact-type 'The artifact''s type (what `referrers --artifact-type` filters on)'
            cand --annotation 'A manifest annotation'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;artifact;pull'= {
            cand -o 'The directory to write into (created when missing)'
            cand --output 'The directory to write into (created when missing)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --overwrite 'Replace files that exist'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;artifact;help'= {
            cand push 'Push files as an OCI 1.1 artifact'
            cand attach 'Attach files to an image (a referrer: `subject` is the image), as `oras attach` does'
            cand pull 'Pull an artifact''s files into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;artifact;help;push'= {
        }
        &'hoist;artifact;help;attach'= {
        }
        &'hoist;artifact;help;pull'= {
        }
        &'hoist;artifact;help;help'= {
        }
        &'hoist;key'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand generate 'Write a new ECDSA P-256 key pair: NAME.key (encrypted, 0600) and NAME.pub'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;key;generate'= {
            cand --prefix 'The files'' name: NAME.key and NAME.pub'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --force 'Replace existing key files'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;key;help'= {
            cand generate 'Write a new ECDSA P-256 key pair: NAME.key (encrypted, 0600) and NAME.pub'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;key;help;generate'= {
        }
        &'hoist;key;help;help'= {
        }
        &'hoist;sign'= {
            cand --key 'The private key file'
            cand --annotation 'Put KEY=VALUE into the signed payload''s `optional` object'
            cand -p 'Sign the index''s image for this platform instead of the index'
            cand --platform 'Sign the index''s image for this platform instead of the index'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;verify'= {
            cand --key 'The public key file (PEM); repeat for several keys, any of which may match'
            cand --allow-identity 'Also accept signatures made for this repository (a mirror, the place it was promoted from)'
            cand -p 'Verify the index''s image for this platform instead of the index'
            cand --platform 'Verify the index''s image for this platform instead of the index'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --ignore-identity 'Accept a signature whatever repository it names (what `cosign verify` does by default)'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;repo'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand ls 'List the repositories of a registry (its catalog, every page)'
            cand list 'List the repositories of a registry (its catalog, every page)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;repo;ls'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;repo;list'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;repo;help'= {
            cand ls 'List the repositories of a registry (its catalog, every page)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;repo;help;ls'= {
        }
        &'hoist;repo;help;help'= {
        }
        &'hoist;registry'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand probe 'Find out what a registry supports: API version, auth, anonymous pull, referrers API, OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;registry;probe'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --write 'Also try writes on the repository (cleaned up after)'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;registry;help'= {
            cand probe 'Find out what a registry supports: API version, auth, anonymous pull, referrers API, OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;registry;help;probe'= {
        }
        &'hoist;registry;help;help'= {
        }
        &'hoist;ratelimit'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;serve'= {
            cand --addr 'Address and port to listen on (port 0 picks a free one, printed at start)'
            cand --htpasswd 'Users and bcrypt passwords (`htpasswd -B`): writes need them, and reads too unless `--anonymous-read`'
            cand --tls-cert 'TLS certificate chain (PEM)'
            cand --tls-key 'TLS private key (PEM)'
            cand --compose 'Virtual repositories composed on request (TOML)'
            cand --max-connections 'Connections served at once; more wait to be accepted (each holds a descriptor)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --read-only 'Refuse every write (405)'
            cand --anonymous-read 'With `--htpasswd`: let anyone read'
            cand --sparse-indexes 'Accept an index whose listed manifests are not all here, as distribution 3 does with `validation.manifests.indexes.platforms: none`: a mirror of some of an image''s platforms that keeps the index''s digest (a sync file''s `platforms`). Images and their blobs are always checked'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;login'= {
            cand -u 'Username'
            cand --username 'Username'
            cand -p 'Password on the command line (visible to other users; prefer `--password-stdin`)'
            cand --password 'Password on the command line (visible to other users; prefer `--password-stdin`)'
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --password-stdin 'Read the password (or token) from standard input'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;logout'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;completion'= {
            cand --format 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md'
            cand --ca-file 'Trust this CA certificate (PEM) in addition to the system''s'
            cand --cert-file 'Client certificate (PEM) for mutual TLS; needs `--key-file`'
            cand --key-file 'Private key (PEM) for `--cert-file`'
            cand --creds 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)'
            cand --timeout 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)'
            cand --min-rate 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count'
            cand --min-rate-window 'The window `--min-rate` is measured over'
            cand --plain-http 'Speak plain HTTP to registries (no TLS)'
            cand --insecure 'Skip TLS certificate verification, and allow credentials over plain HTTP'
            cand --creds-stdin 'Read `USER:PASSWORD` from the first line of standard input'
            cand -v 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand --verbose 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoist;help'= {
            cand manifest 'Get, check, push and delete manifests'
            cand config 'Read image configs'
            cand image 'Inspect images (manifest and config together)'
            cand index 'Write multi-platform indexes over existing images'
            cand blob 'Download, check, upload and delete blobs'
            cand copy 'Copy or retag images between registries and OCI layouts'
            cand archive 'Write docker and OCI archives (`docker save`''s and `oci-archive:` formats)'
            cand sync 'Mirror many images from a sync file (regsync''s shape), shardable across jobs'
            cand layer 'Pull, extract and list layers'
            cand digest 'Hash local files, or verify an image''s digests and diffIDs'
            cand tag 'List, add and delete tags'
            cand referrers 'List what is attached to an image: signatures, SBOMs, attestations'
            cand artifact 'Push, attach and pull OCI artifacts (files, SBOMs), as oras does'
            cand key 'Make signing keys in cosign''s formats'
            cand sign 'Sign an image as cosign does (a `sha256-<hex>.sig` tag beside it)'
            cand verify 'Check an image''s cosign signatures with a public key (exit 5 unless one verifies)'
            cand repo 'List repositories'
            cand registry 'Find out what a registry supports'
            cand ratelimit 'Show Docker Hub''s pull rate limit and what is left of it (one HEAD; spends no pull)'
            cand serve 'Serve OCI layouts as a registry (with the referrers API, and images composed on request)'
            cand login 'Verify and store credentials for a registry'
            cand logout 'Remove stored credentials for a registry'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;help;manifest'= {
            cand get 'Fetch a manifest or index and show it'
            cand head 'Print a manifest''s digest without downloading it (a HEAD request)'
            cand put 'Push a manifest from a file or stdin, byte for byte'
            cand delete 'Delete a manifest (by digest; a tag is resolved to its digest first)'
        }
        &'hoist;help;manifest;get'= {
        }
        &'hoist;help;manifest;head'= {
        }
        &'hoist;help;manifest;put'= {
        }
        &'hoist;help;manifest;delete'= {
        }
        &'hoist;help;config'= {
            cand get 'Fetch an image''s config and summarise it'
        }
        &'hoist;help;config;get'= {
        }
        &'hoist;help;image'= {
            cand inspect 'Show an image''s digest, platform, config and layers (with diffIDs)'
            cand files 'List the files of an image as a container sees them (every layer merged), or with `--layers` what each layer adds, changes and deletes'
            cand cat 'Write one file of an image to stdout'
            cand size 'Show what an image costs to download, per platform and in all'
            cand audit 'Find shadowed files, wasted bytes and secrets in an image'
            cand diff 'Compare two images: files added, removed and changed, and config differences'
            cand compose 'Make an image from a base and pre-built layer images, with no build and no layer downloaded'
            cand mod 'Change an image''s config, annotations or layers, where it lives'
            cand squash 'Merge an image''s layers into one (above the first N, or above a base''s)'
            cand rebase 'Put an image''s own layers on a new base'
        }
        &'hoist;help;image;inspect'= {
        }
        &'hoist;help;image;files'= {
        }
        &'hoist;help;image;cat'= {
        }
        &'hoist;help;image;size'= {
        }
        &'hoist;help;image;audit'= {
        }
        &'hoist;help;image;diff'= {
        }
        &'hoist;help;image;compose'= {
        }
        &'hoist;help;image;mod'= {
        }
        &'hoist;help;image;squash'= {
        }
        &'hoist;help;image;rebase'= {
        }
        &'hoist;help;index'= {
            cand create 'Write an index (multi-platform image) over existing images'
            cand add 'Add images to an existing index (an entry for the same platform is replaced)'
            cand rm 'Remove an entry from an index, by platform or digest'
        }
        &'hoist;help;index;create'= {
        }
        &'hoist;help;index;add'= {
        }
        &'hoist;help;index;rm'= {
        }
        &'hoist;help;blob'= {
            cand get 'Download a blob, verifying its digest'
            cand head 'Show a blob''s size and digest without downloading it'
            cand put 'Upload a file (or stdin) as a blob; prints its digest'
            cand delete 'Delete a blob from a repository (registries must allow deletion)'
        }
        &'hoist;help;blob;get'= {
        }
        &'hoist;help;blob;head'= {
        }
        &'hoist;help;blob;put'= {
        }
        &'hoist;help;blob;delete'= {
        }
        &'hoist;help;copy'= {
        }
        &'hoist;help;archive'= {
            cand create 'Write images into a docker archive (`docker save`''s format) that `docker load` and `podman load` read, or into an OCI archive (a tar of an OCI image layout)'
        }
        &'hoist;help;archive;create'= {
        }
        &'hoist;help;sync'= {
        }
        &'hoist;help;layer'= {
            cand pull 'Download an image''s layers (verified, in parallel, resumable), and optionally apply them to a directory'
            cand ls 'List an image''s layers with their compressed digests, diffIDs and history'
        }
        &'hoist;help;layer;pull'= {
        }
        &'hoist;help;layer;ls'= {
        }
        &'hoist;help;digest'= {
            cand verify 'Prove an image is intact: manifest, config, every layer''s digest and size, and every layer''s diffID against the config''s `rootfs.diff_ids`'
        }
        &'hoist;help;digest;verify'= {
        }
        &'hoist;help;tag'= {
            cand ls 'List a repository''s tags (sorted; every page of the registry''s listing)'
            cand add 'Point more tags at an image (one manifest PUT per tag, no blobs move)'
            cand delete 'Delete a tag, and only the tag: the image and its other tags stay'
        }
        &'hoist;help;tag;ls'= {
        }
        &'hoist;help;tag;add'= {
        }
        &'hoist;help;tag;delete'= {
        }
        &'hoist;help;referrers'= {
        }
        &'hoist;help;artifact'= {
            cand push 'Push files as an OCI 1.1 artifact'
            cand attach 'Attach files to an image (a referrer: `subject` is the image), as `oras attach` does'
            cand pull 'Pull an artifact''s files into a directory'
        }
        &'hoist;help;artifact;push'= {
        }
        &'hoist;help;artifact;attach'= {
        }
        &'hoist;help;artifact;pull'= {
        }
        &'hoist;help;key'= {
            cand generate 'Write a new ECDSA P-256 key pair: NAME.key (encrypted, 0600) and NAME.pub'
        }
        &'hoist;help;key;generate'= {
        }
        &'hoist;help;sign'= {
        }
        &'hoist;help;verify'= {
        }
        &'hoist;help;repo'= {
            cand ls 'List the repositories of a registry (its catalog, every page)'
        }
        &'hoist;help;repo;ls'= {
        }
        &'hoist;help;registry'= {
            cand probe 'Find out what a registry supports: API version, auth, anonymous pull, referrers API, OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits'
        }
        &'hoist;help;registry;probe'= {
        }
        &'hoist;help;ratelimit'= {
        }
        &'hoist;help;serve'= {
        }
        &'hoist;help;login'= {
        }
        &'hoist;help;logout'= {
        }
        &'hoist;help;completion'= {
        }
        &'hoist;help;help'= {
        }
    ]
    $completions[$command]
}
