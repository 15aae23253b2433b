
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
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand blob 'Download and check blobs'
            cand copy 'Copy or retag images between registries and OCI layouts'
            cand layer 'Pull, extract and list layers'
            cand digest 'Hash local files, or verify an image''s digests and diffIDs'
            cand tag 'List, add and delete tags'
            cand referrers 'List what is attached to an image: signatures, SBOMs, attestations'
            cand repo 'List repositories'
            cand login 'Verify and store credentials for a registry'
            cand logout 'Remove stored credentials for a registry'
            cand completion 'Print a shell completion script'
            cand man 'Write man pages into a directory'
            cand cli-reference 'Print the Markdown command reference'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;manifest'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand get 'Fetch a manifest or index and show it'
            cand head 'Print a manifest''s digest without downloading it (a HEAD request)'
            cand put 'Push a manifest from a file or stdin, byte for byte'
            cand delete 'Delete a manifest (by digest; a tag is resolved to its digest first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;manifest;get'= {
            cand -p 'Resolve an index to this platform''s manifest (`os/arch[/variant]`, `local`)'
            cand --platform 'Resolve an index to this platform''s manifest (`os/arch[/variant]`, `local`)'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;manifest;head'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;manifest;put'= {
            cand --content-type 'Media type to push as (default: the document''s `mediaType`)'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;manifest;delete'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand get 'Fetch an image''s config and summarise it'
            cand fetch 'Fetch an image''s config and summarise it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;config;get'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;config;fetch'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand inspect 'Show an image''s digest, platform, config and layers (with diffIDs)'
            cand files 'List the files of an image as a container sees them (every layer merged), or with `--layers` what each layer adds, changes and deletes'
            cand cat 'Write one file of an image to stdout'
            cand size 'Show what an image costs to download, per platform and in all'
            cand audit 'Find shadowed files, wasted bytes and secrets in an image'
            cand diff 'Compare two images: files added, removed and changed, and config differences'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;image;inspect'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;image;files'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand -j 'Layers streamed at once'
            cand --jobs 'Layers streamed at once'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hoist;image;cat'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;image;size'= {
            cand -p 'Platforms to count: one, or `all` (the default)'
            cand --platform 'Platforms to count: one, or `all` (the default)'
            cand -j 'Layers streamed at once with `--uncompressed`'
            cand --jobs 'Layers streamed at once with `--uncompressed`'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hoist;image;audit'= {
            cand -p 'Platform to pick from an index (default: this machine''s), or `all`'
            cand --platform 'Platform to pick from an index (default: this machine''s), or `all`'
            cand --fail-on 'Exit 7 when the audit finds any of these: `secrets`, `shadowed`, `wasted:PCT` (more than PCT percent of the layers'' bytes wasted), comma-separated'
            cand -j 'Layers streamed at once'
            cand --jobs 'Layers streamed at once'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;image;diff'= {
            cand -p 'Platform to pick from indexes (default: this machine''s)'
            cand --platform 'Platform to pick from indexes (default: this machine''s)'
            cand -j 'Layers streamed at once'
            cand --jobs 'Layers streamed at once'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;image;help'= {
            cand inspect 'Show an image''s digest, platform, config and layers (with diffIDs)'
            cand files 'List the files of an image as a container sees them (every layer merged), or with `--layers` what each layer adds, changes and deletes'
            cand cat 'Write one file of an image to stdout'
            cand size 'Show what an image costs to download, per platform and in all'
            cand audit 'Find shadowed files, wasted bytes and secrets in an image'
            cand diff 'Compare two images: files added, removed and changed, and config differences'
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
        &'hoist;image;help;help'= {
        }
        &'hoist;blob'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand get 'Download a blob, verifying its digest'
            cand head 'Show a blob''s size and digest without downloading it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;blob;get'= {
            cand -o 'Write to this file instead of stdout (into a directory: as `DIR/<digest hex>`)'
            cand --output 'Write to this file instead of stdout (into a directory: as `DIR/<digest hex>`)'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;blob;head'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;blob;help'= {
            cand get 'Download a blob, verifying its digest'
            cand head 'Show a blob''s size and digest without downloading it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;blob;help;get'= {
        }
        &'hoist;blob;help;head'= {
        }
        &'hoist;blob;help;help'= {
        }
        &'hoist;copy'= {
            cand -p 'Copy only these platforms (repeatable). One platform copies that image manifest itself'
            cand --platform 'Copy only these platforms (repeatable). One platform copies that image manifest itself'
            cand -j 'Parallel blob transfers (blobs under 1 MiB count as a quarter)'
            cand --jobs 'Parallel blob transfers (blobs under 1 MiB count as a quarter)'
            cand --src-creds 'Credentials for the source registry'
            cand --dest-creds 'Credentials for the destination registry'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;layer'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;layer;ls'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hoist;layer;list'= {
            cand -p 'Platform to pick from an index (default: this machine''s)'
            cand --platform 'Platform to pick from an index (default: this machine''s)'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand verify 'Prove an image is intact: manifest, config, every layer''s digest and size, and every layer''s diffID against the config''s `rootfs.diff_ids`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;digest;verify'= {
            cand -p 'Platform(s) to verify (default: every platform of an index)'
            cand --platform 'Platform(s) to verify (default: every platform of an index)'
            cand -j 'Layers verified in parallel'
            cand --jobs 'Layers verified in parallel'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand ls 'List a repository''s tags (sorted; every page of the registry''s listing)'
            cand list 'List a repository''s tags (sorted; every page of the registry''s listing)'
            cand add 'Point more tags at an image (one manifest PUT per tag, no blobs move)'
            cand delete 'Delete a tag. Registries that cannot delete tags get the manifest deleted by digest, with a warning naming the other tags that go with it'
            cand rm 'Delete a tag. Registries that cannot delete tags get the manifest deleted by digest, with a warning naming the other tags that go with it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;tag;ls'= {
            cand --include 'Only tags matching this regular expression'
            cand --exclude 'Leave out tags matching this regular expression'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;tag;list'= {
            cand --include 'Only tags matching this regular expression'
            cand --exclude 'Leave out tags matching this regular expression'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;tag;add'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;tag;delete'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;tag;rm'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;tag;help'= {
            cand ls 'List a repository''s tags (sorted; every page of the registry''s listing)'
            cand add 'Point more tags at an image (one manifest PUT per tag, no blobs move)'
            cand delete 'Delete a tag. Registries that cannot delete tags get the manifest deleted by digest, with a warning naming the other tags that go with it'
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
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hoist;repo'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand ls 'List the repositories of a registry (its catalog, every page)'
            cand list 'List the repositories of a registry (its catalog, every page)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;repo;ls'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;repo;list'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;repo;help'= {
            cand ls 'List the repositories of a registry (its catalog, every page)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoist;repo;help;ls'= {
        }
        &'hoist;repo;help;help'= {
        }
        &'hoist;login'= {
            cand -u 'Username'
            cand --username 'Username'
            cand -p 'Password on the command line (visible to other users; prefer `--password-stdin`)'
            cand --password 'Password on the command line (visible to other users; prefer `--password-stdin`)'
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'hoist;logout'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;completion'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;man'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;cli-reference'= {
            cand --format 'Output format: `text`, `json`, `raw` (exact bytes, where available) or a template such as `{{ digest }}`'
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
        }
        &'hoist;help'= {
            cand manifest 'Get, check, push and delete manifests'
            cand config 'Read image configs'
            cand image 'Inspect images (manifest and config together)'
            cand blob 'Download and check blobs'
            cand copy 'Copy or retag images between registries and OCI layouts'
            cand layer 'Pull, extract and list layers'
            cand digest 'Hash local files, or verify an image''s digests and diffIDs'
            cand tag 'List, add and delete tags'
            cand referrers 'List what is attached to an image: signatures, SBOMs, attestations'
            cand repo 'List repositories'
            cand login 'Verify and store credentials for a registry'
            cand logout 'Remove stored credentials for a registry'
            cand completion 'Print a shell completion script'
            cand man 'Write man pages into a directory'
            cand cli-reference 'Print the Markdown command reference'
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
        &'hoist;help;blob'= {
            cand get 'Download a blob, verifying its digest'
            cand head 'Show a blob''s size and digest without downloading it'
        }
        &'hoist;help;blob;get'= {
        }
        &'hoist;help;blob;head'= {
        }
        &'hoist;help;copy'= {
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
            cand delete 'Delete a tag. Registries that cannot delete tags get the manifest deleted by digest, with a warning naming the other tags that go with it'
        }
        &'hoist;help;tag;ls'= {
        }
        &'hoist;help;tag;add'= {
        }
        &'hoist;help;tag;delete'= {
        }
        &'hoist;help;referrers'= {
        }
        &'hoist;help;repo'= {
            cand ls 'List the repositories of a registry (its catalog, every page)'
        }
        &'hoist;help;repo;ls'= {
        }
        &'hoist;help;login'= {
        }
        &'hoist;help;logout'= {
        }
        &'hoist;help;completion'= {
        }
        &'hoist;help;man'= {
        }
        &'hoist;help;cli-reference'= {
        }
        &'hoist;help;help'= {
        }
    ]
    $completions[$command]
}
