# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_hoist_global_optspecs
    string join \n format= plain-http insecure ca-file= cert-file= key-file= creds= creds-stdin timeout= min-rate= min-rate-window= v/verbose q/quiet h/help V/version
end

function __fish_hoist_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_hoist_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_hoist_using_subcommand
    set -l cmd (__fish_hoist_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c hoist -n "__fish_hoist_needs_command" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_needs_command" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_needs_command" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_needs_command" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_needs_command" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_needs_command" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_needs_command" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_needs_command" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_needs_command" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_needs_command" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_needs_command" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_needs_command" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_needs_command" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_needs_command" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_needs_command" -s V -l version -d 'Print version'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "manifest" -d 'Get, check, push and delete manifests'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "config" -d 'Read image configs'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "image" -d 'Inspect images (manifest and config together)'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "index" -d 'Write multi-platform indexes over existing images'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "blob" -d 'Download, check, upload and delete blobs'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "copy" -d 'Copy or retag images between registries and OCI layouts'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "cp" -d 'Copy or retag images between registries and OCI layouts'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "archive" -d 'Write docker and OCI archives (`docker save`\'s and `oci-archive:` formats)'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "sync" -d 'Mirror many images from a sync file (regsync\'s shape), shardable across jobs'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "layer" -d 'Pull, extract and list layers'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "digest" -d 'Hash local files, or verify an image\'s digests and diffIDs'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "tag" -d 'List, add and delete tags'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "referrers" -d 'List what is attached to an image: signatures, SBOMs, attestations'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "artifact" -d 'Push, attach and pull OCI artifacts (files, SBOMs), as oras does'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "key" -d 'Make signing keys in cosign\'s formats'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "sign" -d 'Sign an image as cosign does (a `sha256-<hex>.sig` tag beside it)'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "verify" -d 'Check an image\'s cosign signatures with a public key (exit 5 unless one verifies)'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "repo" -d 'List repositories'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "registry" -d 'Find out what a registry supports'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "ratelimit" -d 'Show Docker Hub\'s pull rate limit and what is left of it (one HEAD; spends no pull)'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "serve" -d 'Serve OCI layouts as a registry (with the referrers API, and images composed on request)'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "login" -d 'Verify and store credentials for a registry'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "logout" -d 'Remove stored credentials for a registry'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c hoist -n "__fish_hoist_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -f -a "get" -d 'Fetch a manifest or index and show it'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -f -a "head" -d 'Print a manifest\'s digest without downloading it (a HEAD request)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -f -a "put" -d 'Push a manifest from a file or stdin, byte for byte'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -f -a "delete" -d 'Delete a manifest (by digest; a tag is resolved to its digest first)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and not __fish_seen_subcommand_from get head put delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -s p -l platform -d 'Resolve an index to this platform\'s manifest (`os/arch[/variant]`, `local`)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -s p -l platform -d 'Print the digest of this platform\'s manifest in an index (`crane digest --platform`): one GET of the index instead of the HEAD' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from head" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -l content-type -d 'Media type to push as (default: the document\'s `mediaType`)' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "get" -d 'Fetch a manifest or index and show it'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "head" -d 'Print a manifest\'s digest without downloading it (a HEAD request)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "put" -d 'Push a manifest from a file or stdin, byte for byte'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a manifest (by digest; a tag is resolved to its digest first)'
complete -c hoist -n "__fish_hoist_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -f -a "get" -d 'Fetch an image\'s config and summarise it'
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -f -a "fetch" -d 'Fetch an image\'s config and summarise it'
complete -c hoist -n "__fish_hoist_using_subcommand config; and not __fish_seen_subcommand_from get fetch help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -s p -l platform -d 'Platform to pick from an index (default: this machine\'s)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -s p -l platform -d 'Platform to pick from an index (default: this machine\'s)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from fetch" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Fetch an image\'s config and summarise it'
complete -c hoist -n "__fish_hoist_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -f -a "inspect" -d 'Show an image\'s digest, platform, config and layers (with diffIDs)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -f -a "files" -d 'List the files of an image as a container sees them (every layer merged), or with `--layers` what each layer adds, changes and deletes'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -f -a "cat" -d 'Write one file of an image to stdout'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -f -a "size" -d 'Show what an image costs to download, per platform and in all'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -f -a "audit" -d 'Find shadowed files, wasted bytes and secrets in an image'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -f -a "diff" -d 'Compare two images: files added, removed and changed, and config differences'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -f -a "compose" -d 'Make an image from a base and pre-built layer images, with no build and no layer downloaded'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -f -a "mod" -d 'Change an image\'s config, annotations or layers, where it lives'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -f -a "squash" -d 'Merge an image\'s layers into one (above the first N, or above a base\'s)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -f -a "rebase" -d 'Put an image\'s own layers on a new base'
complete -c hoist -n "__fish_hoist_using_subcommand image; and not __fish_seen_subcommand_from inspect files cat size audit diff compose mod squash rebase help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -s p -l platform -d 'Platform to pick from an index (default: this machine\'s)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -s p -l platform -d 'Platform to pick from an index (default: this machine\'s)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -s j -l jobs -d 'Layers streamed at once' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -l layers -d 'Show each layer\'s additions, changes and deletions instead of the merged tree'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from files" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -s p -l platform -d 'Platform to pick from an index (default: this machine\'s)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from cat" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -s p -l platform -d 'Platforms to count: one, or `all` (the default)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -s j -l jobs -d 'Layers streamed at once with `--uncompressed`' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -l uncompressed -d 'Also stream every layer to add up what it unpacks to'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from size" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -s p -l platform -d 'Platform to pick from an index (default: this machine\'s), or `all`' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -l fail-on -d 'Exit 7 when the audit finds any of these: `secrets`, `shadowed`, `wasted:PCT` (more than PCT percent of the layers\' bytes wasted), comma-separated' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -s j -l jobs -d 'Layers streamed at once' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from audit" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -s p -l platform -d 'Platform to pick from indexes (default: this machine\'s)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -s j -l jobs -d 'Layers streamed at once' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l base -d 'The base image (its layers come first)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l add -d 'A layer image whose layers are appended, in order (repeatable)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l spec -d 'A TOML spec: `base`, `layers` and an optional `[config]` table of edits' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l env -d 'Set an environment variable (replacing one of the same name)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l env-rm -d 'Remove an environment variable' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l label -d 'Set a config label' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l label-rm -d 'Remove a config label' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l annotation -d 'Set an annotation on each image manifest' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l annotation-index -d 'Set an annotation on the index (when one is written)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l cmd -d 'The command: a JSON array (`\'["php-fpm","-F"]\'`) or words (`php-fpm -F`); `\'\'` clears it' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l entrypoint -d 'The entrypoint, written as `--cmd` is' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l user -d 'The user (`name`, `uid`, `uid:gid`)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l workdir -d 'The working directory' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l expose-add -d 'Declare a port (`8080` is `8080/tcp`)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l expose-rm -d 'Remove a declared port' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l volume-add -d 'Declare a volume' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l volume-rm -d 'Remove a declared volume' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l created -d 'The config\'s creation time: `now`, seconds since the epoch, or RFC 3339. Without it the time is left as it was (no clock is read)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -s p -l platform -d 'Only these platforms of an index (repeatable; default: every one)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -s j -l jobs -d 'Blobs moved at once' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l reproducible -d 'Fix every time hoist writes (the config\'s and each history entry\'s) to `--created`, else `SOURCE_DATE_EPOCH`, else the epoch'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l dry-run -d 'Print the new documents and push nothing'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from compose" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l env -d 'Set an environment variable (replacing one of the same name)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l env-rm -d 'Remove an environment variable' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l label -d 'Set a config label' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l label-rm -d 'Remove a config label' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l annotation -d 'Set an annotation on each image manifest' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l annotation-index -d 'Set an annotation on the index (when one is written)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l cmd -d 'The command: a JSON array (`\'["php-fpm","-F"]\'`) or words (`php-fpm -F`); `\'\'` clears it' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l entrypoint -d 'The entrypoint, written as `--cmd` is' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l user -d 'The user (`name`, `uid`, `uid:gid`)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l workdir -d 'The working directory' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l expose-add -d 'Declare a port (`8080` is `8080/tcp`)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l expose-rm -d 'Remove a declared port' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l volume-add -d 'Declare a volume' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l volume-rm -d 'Remove a declared volume' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l created -d 'The config\'s creation time: `now`, seconds since the epoch, or RFC 3339. Without it the time is left as it was (no clock is read)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l layer-rm -d 'Remove layer N (numbered from 1, as `hoist layer ls` numbers them; repeatable)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l layer-rm-created-by -d 'Remove the layers whose history `created_by` matches this regular expression' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l layer-add -d 'Append a layer: a directory (tarred deterministically), a tar file (plain, gzip or zstd), or an image whose layers are appended (repeatable, in order)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l compress -d 'Compress the uncompressed layers (a docker archive\'s tars) with gzip or zstd: their digests change, their diffIDs do not' -r -f -a "gzip\t''
zstd\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -s p -l platform -d 'Only these platforms of an index (repeatable; default: every one)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -s j -l jobs -d 'Blobs moved at once' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l reproducible -d 'Fix every time hoist writes (the config\'s and each history entry\'s) to `--created`, else `SOURCE_DATE_EPOCH`, else the epoch'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l dry-run -d 'Print the new documents and push nothing'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from mod" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l keep -d 'Keep the first N layers as they are and squash the rest (default 0: all)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l base -d 'Keep the layers of this base image (SOURCE must start with them)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -s p -l platform -d 'Only these platforms of an index (repeatable; default: every one)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -s j -l jobs -d 'Blobs moved at once' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l dry-run -d 'Print the new documents and push nothing'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from squash" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l old-base -d 'The base SOURCE was built on (its layers must be SOURCE\'s first ones)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l new-base -d 'The base to put under SOURCE\'s own layers instead' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -s p -l platform -d 'Only these platforms of an index (repeatable; default: every one)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -s j -l jobs -d 'Blobs moved at once' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l dry-run -d 'Print the new documents and push nothing'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from rebase" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show an image\'s digest, platform, config and layers (with diffIDs)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "files" -d 'List the files of an image as a container sees them (every layer merged), or with `--layers` what each layer adds, changes and deletes'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "cat" -d 'Write one file of an image to stdout'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "size" -d 'Show what an image costs to download, per platform and in all'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "audit" -d 'Find shadowed files, wasted bytes and secrets in an image'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Compare two images: files added, removed and changed, and config differences'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "compose" -d 'Make an image from a base and pre-built layer images, with no build and no layer downloaded'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "mod" -d 'Change an image\'s config, annotations or layers, where it lives'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "squash" -d 'Merge an image\'s layers into one (above the first N, or above a base\'s)'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "rebase" -d 'Put an image\'s own layers on a new base'
complete -c hoist -n "__fish_hoist_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -f -a "create" -d 'Write an index (multi-platform image) over existing images'
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -f -a "add" -d 'Add images to an existing index (an entry for the same platform is replaced)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -f -a "rm" -d 'Remove an entry from an index, by platform or digest'
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -f -a "remove" -d 'Remove an entry from an index, by platform or digest'
complete -c hoist -n "__fish_hoist_using_subcommand index; and not __fish_seen_subcommand_from create add rm remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l annotation -d 'Set an annotation on the index' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -s p -l platform -d 'Only these platforms of an index (repeatable; default: every one)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -s j -l jobs -d 'Blobs moved at once' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the new documents and push nothing'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l annotation -d 'Set an annotation on the index' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -s p -l platform -d 'Only these platforms of an index (repeatable; default: every one)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -s j -l jobs -d 'Blobs moved at once' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the new documents and push nothing'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l platform -d 'Remove the entry for this platform' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l digest -d 'Remove the entry with this digest' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l dry-run -d 'Print the new index and push nothing'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l platform -d 'Remove the entry for this platform' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l digest -d 'Remove the entry with this digest' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the new index and push nothing'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "create" -d 'Write an index (multi-platform image) over existing images'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add images to an existing index (an entry for the same platform is replaced)'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove an entry from an index, by platform or digest'
complete -c hoist -n "__fish_hoist_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -f -a "get" -d 'Download a blob, verifying its digest'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -f -a "head" -d 'Show a blob\'s size and digest without downloading it'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -f -a "put" -d 'Upload a file (or stdin) as a blob; prints its digest'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -f -a "delete" -d 'Delete a blob from a repository (registries must allow deletion)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -f -a "rm" -d 'Delete a blob from a repository (registries must allow deletion)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and not __fish_seen_subcommand_from get head put delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -s o -l output -d 'Write to this file instead of stdout (into a directory: as `DIR/<digest hex>`; `-` is stdout, also when it is a terminal)' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from head" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from help" -f -a "get" -d 'Download a blob, verifying its digest'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from help" -f -a "head" -d 'Show a blob\'s size and digest without downloading it'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from help" -f -a "put" -d 'Upload a file (or stdin) as a blob; prints its digest'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a blob from a repository (registries must allow deletion)'
complete -c hoist -n "__fish_hoist_using_subcommand blob; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand copy" -s p -l platform -d 'Copy only these platforms (repeatable). One platform copies that image manifest itself' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand copy" -s j -l jobs -d 'Parallel blob transfers (blobs under 1 MiB count as a quarter)' -r
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l compress -d 'Compress the source\'s uncompressed layers (a docker archive\'s tars) on the way, with gzip or zstd: those layers get new digests (said so); their diffIDs stay' -r -f -a "gzip\t''
zstd\t''"
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l include -d 'With `--all-tags`: only tags matching this regular expression' -r
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l exclude -d 'With `--all-tags`: leave out tags matching this regular expression' -r
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l src-creds -d 'Credentials for the source registry' -r
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l dest-creds -d 'Credentials for the destination registry' -r
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l verify-key -d 'Promote only what is signed: verify with this public key (repeat for several; any may match) before anything is written, and carry the `.sig` tags along (exit 5 unsigned)' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l allow-identity -d 'With `--verify-key`: also accept signatures made for this repository' -r
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l referrers -d 'Also copy referrers (signatures, SBOMs, attestations) of every copied manifest'
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l dry-run -d 'Show what would be copied, skipped or mounted, without writing anything'
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l force -d 'Copy even what the destination already has'
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l all-tags -d 'Copy every tag of the source repository to the destination repository (an image whose digest is already there costs one HEAD on each side)'
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l ignore-identity -d 'With `--verify-key`: accept a signature whatever repository it names'
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l digest-tags -d 'Also copy every tag named after a copied manifest\'s digest (`sha256-<hex>.sig`, `.att`, `.sbom`, `.meta`, ...), for the image and its children'
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand copy" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand copy" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand copy" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand copy" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand cp" -s p -l platform -d 'Copy only these platforms (repeatable). One platform copies that image manifest itself' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand cp" -s j -l jobs -d 'Parallel blob transfers (blobs under 1 MiB count as a quarter)' -r
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l compress -d 'Compress the source\'s uncompressed layers (a docker archive\'s tars) on the way, with gzip or zstd: those layers get new digests (said so); their diffIDs stay' -r -f -a "gzip\t''
zstd\t''"
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l include -d 'With `--all-tags`: only tags matching this regular expression' -r
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l exclude -d 'With `--all-tags`: leave out tags matching this regular expression' -r
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l src-creds -d 'Credentials for the source registry' -r
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l dest-creds -d 'Credentials for the destination registry' -r
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l verify-key -d 'Promote only what is signed: verify with this public key (repeat for several; any may match) before anything is written, and carry the `.sig` tags along (exit 5 unsigned)' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l allow-identity -d 'With `--verify-key`: also accept signatures made for this repository' -r
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l referrers -d 'Also copy referrers (signatures, SBOMs, attestations) of every copied manifest'
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l dry-run -d 'Show what would be copied, skipped or mounted, without writing anything'
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l force -d 'Copy even what the destination already has'
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l all-tags -d 'Copy every tag of the source repository to the destination repository (an image whose digest is already there costs one HEAD on each side)'
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l ignore-identity -d 'With `--verify-key`: accept a signature whatever repository it names'
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l digest-tags -d 'Also copy every tag named after a copied manifest\'s digest (`sha256-<hex>.sig`, `.att`, `.sbom`, `.meta`, ...), for the image and its children'
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand cp" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand cp" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand cp" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand cp" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -f -a "create" -d 'Write images into a docker archive (`docker save`\'s format) that `docker load` and `podman load` read, or into an OCI archive (a tar of an OCI image layout)'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and not __fish_seen_subcommand_from create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -s p -l platform -d 'Platform to pick from indexes (default: this machine\'s for docker archives, every platform for OCI archives)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from help" -f -a "create" -d 'Write images into a docker archive (`docker save`\'s format) that `docker load` and `podman load` read, or into an OCI archive (a tar of an OCI image layout)'
complete -c hoist -n "__fish_hoist_using_subcommand archive; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l shard -d 'Run only shard I of N (0 <= I < N): images are split by a stable hash of their source' -r
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l dest -d 'For a `skopeo sync` YAML file (registries at the top): where images land, as `DEST/<name>:<tag>` (`skopeo sync --src yaml --dest docker FILE DEST`)' -r
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l append-suffix -d 'With `--dest`: appended to every target tag (skopeo\'s `--append-suffix`)' -r
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l rate-floor -d 'Copy nothing more from a source that says it has this many pulls left or fewer (Docker Hub\'s `ratelimit-remaining`); what is left is reported, and a later run takes it up (images already copied cost a HEAD each)' -r
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l rate-poll -d 'Seconds between asks while waiting' -r
complete -c hoist -n "__fish_hoist_using_subcommand sync" -s j -l jobs -d 'Images copied at once (their checks, HEADs, run four times as many). Without it: the file\'s `defaults.parallel`, as regsync reads it, else 4. An entry\'s own `parallel` sets its blob transfers' -r
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l dry-run -d 'Show what would be copied; copy nothing'
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l keep-going -d 'Go on after a failure; the exit code is the worst failure\'s'
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l scoped -d 'With `--dest`: images land at `PREFIX/<registry>/<repository>:<tag>` (skopeo\'s `--scoped`), so images of the same name from two places do not meet'
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l rate-wait -d 'At the floor, wait for the window instead of stopping (asking again every `--rate-poll` seconds, with a HEAD, which spends no pull)'
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l serve -d 'Keep running: each entry runs again at its `interval` or `schedule` (regsync\'s server mode; cron times are UTC). Without it, a sync runs once and says it ignored them'
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand sync" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand sync" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand sync" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand sync" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -f -a "pull" -d 'Download an image\'s layers (verified, in parallel, resumable), and optionally apply them to a directory'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -f -a "ls" -d 'List an image\'s layers with their compressed digests, diffIDs and history'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -f -a "list" -d 'List an image\'s layers with their compressed digests, diffIDs and history'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and not __fish_seen_subcommand_from pull ls list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -s p -l platform -d 'Platform to pick from an index (default: this machine\'s)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -s o -l output -d 'Directory to save the layer blobs in' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l extract -d 'Apply the layers in order into this directory (a root filesystem)' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -s j -l jobs -d 'Parallel downloads' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l layer -d 'Only this layer: its 1-based position or its digest' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -s p -l platform -d 'Platform to pick from an index (default: this machine\'s)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -l sizes -d 'Also show each layer\'s uncompressed size (configs do not record it, so the layers are streamed and inflated, as `digest verify` does)'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -s p -l platform -d 'Platform to pick from an index (default: this machine\'s)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -l sizes -d 'Also show each layer\'s uncompressed size (configs do not record it, so the layers are streamed and inflated, as `digest verify` does)'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Download an image\'s layers (verified, in parallel, resumable), and optionally apply them to a directory'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List an image\'s layers with their compressed digests, diffIDs and history'
complete -c hoist -n "__fish_hoist_using_subcommand layer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -a "verify" -d 'Prove an image is intact: manifest, config, every layer\'s digest and size, and every layer\'s diffID against the config\'s `rootfs.diff_ids`'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and not __fish_seen_subcommand_from verify help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -s p -l platform -d 'Platform(s) to verify (default: every platform of an index)' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -s j -l jobs -d 'Layers verified in parallel' -r
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -l no-diffid -d 'Check compressed digests and sizes only (no inflating)'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Prove an image is intact: manifest, config, every layer\'s digest and size, and every layer\'s diffID against the config\'s `rootfs.diff_ids`'
complete -c hoist -n "__fish_hoist_using_subcommand digest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -f -a "ls" -d 'List a repository\'s tags (sorted; every page of the registry\'s listing)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -f -a "list" -d 'List a repository\'s tags (sorted; every page of the registry\'s listing)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -f -a "add" -d 'Point more tags at an image (one manifest PUT per tag, no blobs move)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -f -a "delete" -d 'Delete a tag, and only the tag: the image and its other tags stay'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -f -a "rm" -d 'Delete a tag, and only the tag: the image and its other tags stay'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and not __fish_seen_subcommand_from ls list add delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l include -d 'Only tags matching this regular expression' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l exclude -d 'Leave out tags matching this regular expression' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l include -d 'Only tags matching this regular expression' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l exclude -d 'Leave out tags matching this regular expression' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -l manifest -d 'On a registry that cannot delete a tag alone, delete the manifest it points at (and with it every other tag of that manifest) instead of moving the tag to a placeholder'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -l manifest -d 'On a registry that cannot delete a tag alone, delete the manifest it points at (and with it every other tag of that manifest) instead of moving the tag to a placeholder'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List a repository\'s tags (sorted; every page of the registry\'s listing)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "add" -d 'Point more tags at an image (one manifest PUT per tag, no blobs move)'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a tag, and only the tag: the image and its other tags stay'
complete -c hoist -n "__fish_hoist_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l artifact-type -d 'Only referrers of this artifact type' -r
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l tree -d 'Also list what refers to each referrer, recursively'
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand referrers" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -f -a "push" -d 'Push files as an OCI 1.1 artifact'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -f -a "attach" -d 'Attach files to an image (a referrer: `subject` is the image), as `oras attach` does'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -f -a "pull" -d 'Pull an artifact\'s files into a directory'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and not __fish_seen_subcommand_from push attach pull help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l artifact-type -d 'The manifest\'s `artifactType` (default `application/vnd.unknown.artifact.v1`, or none with `--config`)' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l config -d 'A config blob instead of the empty `{}`' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l annotation -d 'A manifest annotation' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l subject -d 'The image this artifact refers to (in the same repository)' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l artifact-type -d 'The artifact\'s type (what `referrers --artifact-type` filters on)' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l annotation -d 'A manifest annotation' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -s o -l output -d 'The directory to write into (created when missing)' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -l overwrite -d 'Replace files that exist'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push files as an OCI 1.1 artifact'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Attach files to an image (a referrer: `subject` is the image), as `oras attach` does'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Pull an artifact\'s files into a directory'
complete -c hoist -n "__fish_hoist_using_subcommand artifact; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -f -a "generate" -d 'Write a new ECDSA P-256 key pair: NAME.key (encrypted, 0600) and NAME.pub'
complete -c hoist -n "__fish_hoist_using_subcommand key; and not __fish_seen_subcommand_from generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l prefix -d 'The files\' name: NAME.key and NAME.pub' -r
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l force -d 'Replace existing key files'
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Write a new ECDSA P-256 key pair: NAME.key (encrypted, 0600) and NAME.pub'
complete -c hoist -n "__fish_hoist_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l key -d 'The private key file' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l annotation -d 'Put KEY=VALUE into the signed payload\'s `optional` object' -r
complete -c hoist -n "__fish_hoist_using_subcommand sign" -s p -l platform -d 'Sign the index\'s image for this platform instead of the index' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand sign" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand sign" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand sign" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand sign" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l key -d 'The public key file (PEM); repeat for several keys, any of which may match' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l allow-identity -d 'Also accept signatures made for this repository (a mirror, the place it was promoted from)' -r
complete -c hoist -n "__fish_hoist_using_subcommand verify" -s p -l platform -d 'Verify the index\'s image for this platform instead of the index' -r -f -a "all\t''
local\t''
linux/amd64\t''
linux/arm64\t''
linux/arm/v7\t''
linux/arm/v6\t''
linux/386\t''
linux/ppc64le\t''
linux/s390x\t''
linux/riscv64\t''
windows/amd64\t''"
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l ignore-identity -d 'Accept a signature whatever repository it names (what `cosign verify` does by default)'
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand verify" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand verify" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand verify" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand verify" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -f -a "ls" -d 'List the repositories of a registry (its catalog, every page)'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -f -a "list" -d 'List the repositories of a registry (its catalog, every page)'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and not __fish_seen_subcommand_from ls list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the repositories of a registry (its catalog, every page)'
complete -c hoist -n "__fish_hoist_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -f -a "probe" -d 'Find out what a registry supports: API version, auth, anonymous pull, referrers API, OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and not __fish_seen_subcommand_from probe help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -l write -d 'Also try writes on the repository (cleaned up after)'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from probe" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "probe" -d 'Find out what a registry supports: API version, auth, anonymous pull, referrers API, OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits'
complete -c hoist -n "__fish_hoist_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand ratelimit" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l addr -d 'Address and port to listen on (port 0 picks a free one, printed at start)' -r
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l htpasswd -d 'Users and bcrypt passwords (`htpasswd -B`): writes need them, and reads too unless `--anonymous-read`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l tls-cert -d 'TLS certificate chain (PEM)' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l tls-key -d 'TLS private key (PEM)' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l compose -d 'Virtual repositories composed on request (TOML)' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l max-connections -d 'Connections served at once; more wait to be accepted (each holds a descriptor)' -r
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l read-only -d 'Refuse every write (405)'
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l anonymous-read -d 'With `--htpasswd`: let anyone read'
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l sparse-indexes -d 'Accept an index whose listed manifests are not all here, as distribution 3 does with `validation.manifests.indexes.platforms: none`: a mirror of some of an image\'s platforms that keeps the index\'s digest (a sync file\'s `platforms`). Images and their blobs are always checked'
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand serve" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand serve" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand serve" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand serve" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand login" -s u -l username -d 'Username' -r
complete -c hoist -n "__fish_hoist_using_subcommand login" -s p -l password -d 'Password on the command line (visible to other users; prefer `--password-stdin`)' -r
complete -c hoist -n "__fish_hoist_using_subcommand login" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand login" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand login" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand login" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand login" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand login" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand login" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand login" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand login" -l password-stdin -d 'Read the password (or token) from standard input'
complete -c hoist -n "__fish_hoist_using_subcommand login" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand login" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand login" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand login" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand login" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand login" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand logout" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand logout" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand logout" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand logout" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand logout" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand logout" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand logout" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand logout" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand logout" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand logout" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand logout" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand logout" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand logout" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand logout" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand completion" -l format -d 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md' -r -f -a "text\t''
json\t''
raw\t''
sarif\t''"
complete -c hoist -n "__fish_hoist_using_subcommand completion" -l ca-file -d 'Trust this CA certificate (PEM) in addition to the system\'s' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand completion" -l cert-file -d 'Client certificate (PEM) for mutual TLS; needs `--key-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand completion" -l key-file -d 'Private key (PEM) for `--cert-file`' -r -F
complete -c hoist -n "__fish_hoist_using_subcommand completion" -l creds -d 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)' -r
complete -c hoist -n "__fish_hoist_using_subcommand completion" -l timeout -d 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)' -r
complete -c hoist -n "__fish_hoist_using_subcommand completion" -l min-rate -d 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count' -r
complete -c hoist -n "__fish_hoist_using_subcommand completion" -l min-rate-window -d 'The window `--min-rate` is measured over' -r
complete -c hoist -n "__fish_hoist_using_subcommand completion" -l plain-http -d 'Speak plain HTTP to registries (no TLS)'
complete -c hoist -n "__fish_hoist_using_subcommand completion" -l insecure -d 'Skip TLS certificate verification, and allow credentials over plain HTTP'
complete -c hoist -n "__fish_hoist_using_subcommand completion" -l creds-stdin -d 'Read `USER:PASSWORD` from the first line of standard input'
complete -c hoist -n "__fish_hoist_using_subcommand completion" -s v -l verbose -d 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)'
complete -c hoist -n "__fish_hoist_using_subcommand completion" -s q -l quiet -d 'Only errors on stderr'
complete -c hoist -n "__fish_hoist_using_subcommand completion" -s h -l help -d 'Print help'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "manifest" -d 'Get, check, push and delete manifests'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "config" -d 'Read image configs'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "image" -d 'Inspect images (manifest and config together)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "index" -d 'Write multi-platform indexes over existing images'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "blob" -d 'Download, check, upload and delete blobs'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "copy" -d 'Copy or retag images between registries and OCI layouts'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "archive" -d 'Write docker and OCI archives (`docker save`\'s and `oci-archive:` formats)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "sync" -d 'Mirror many images from a sync file (regsync\'s shape), shardable across jobs'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "layer" -d 'Pull, extract and list layers'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "digest" -d 'Hash local files, or verify an image\'s digests and diffIDs'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "tag" -d 'List, add and delete tags'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "referrers" -d 'List what is attached to an image: signatures, SBOMs, attestations'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "artifact" -d 'Push, attach and pull OCI artifacts (files, SBOMs), as oras does'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "key" -d 'Make signing keys in cosign\'s formats'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "sign" -d 'Sign an image as cosign does (a `sha256-<hex>.sig` tag beside it)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "verify" -d 'Check an image\'s cosign signatures with a public key (exit 5 unless one verifies)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "repo" -d 'List repositories'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "registry" -d 'Find out what a registry supports'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "ratelimit" -d 'Show Docker Hub\'s pull rate limit and what is left of it (one HEAD; spends no pull)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "serve" -d 'Serve OCI layouts as a registry (with the referrers API, and images composed on request)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "login" -d 'Verify and store credentials for a registry'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "logout" -d 'Remove stored credentials for a registry'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c hoist -n "__fish_hoist_using_subcommand help; and not __fish_seen_subcommand_from manifest config image index blob copy archive sync layer digest tag referrers artifact key sign verify repo registry ratelimit serve login logout completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "get" -d 'Fetch a manifest or index and show it'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "head" -d 'Print a manifest\'s digest without downloading it (a HEAD request)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "put" -d 'Push a manifest from a file or stdin, byte for byte'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "delete" -d 'Delete a manifest (by digest; a tag is resolved to its digest first)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Fetch an image\'s config and summarise it'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "inspect" -d 'Show an image\'s digest, platform, config and layers (with diffIDs)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "files" -d 'List the files of an image as a container sees them (every layer merged), or with `--layers` what each layer adds, changes and deletes'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "cat" -d 'Write one file of an image to stdout'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "size" -d 'Show what an image costs to download, per platform and in all'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "audit" -d 'Find shadowed files, wasted bytes and secrets in an image'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "diff" -d 'Compare two images: files added, removed and changed, and config differences'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "compose" -d 'Make an image from a base and pre-built layer images, with no build and no layer downloaded'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "mod" -d 'Change an image\'s config, annotations or layers, where it lives'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "squash" -d 'Merge an image\'s layers into one (above the first N, or above a base\'s)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "rebase" -d 'Put an image\'s own layers on a new base'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "create" -d 'Write an index (multi-platform image) over existing images'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "add" -d 'Add images to an existing index (an entry for the same platform is replaced)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "rm" -d 'Remove an entry from an index, by platform or digest'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from blob" -f -a "get" -d 'Download a blob, verifying its digest'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from blob" -f -a "head" -d 'Show a blob\'s size and digest without downloading it'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from blob" -f -a "put" -d 'Upload a file (or stdin) as a blob; prints its digest'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from blob" -f -a "delete" -d 'Delete a blob from a repository (registries must allow deletion)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from archive" -f -a "create" -d 'Write images into a docker archive (`docker save`\'s format) that `docker load` and `podman load` read, or into an OCI archive (a tar of an OCI image layout)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from layer" -f -a "pull" -d 'Download an image\'s layers (verified, in parallel, resumable), and optionally apply them to a directory'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from layer" -f -a "ls" -d 'List an image\'s layers with their compressed digests, diffIDs and history'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from digest" -f -a "verify" -d 'Prove an image is intact: manifest, config, every layer\'s digest and size, and every layer\'s diffID against the config\'s `rootfs.diff_ids`'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "ls" -d 'List a repository\'s tags (sorted; every page of the registry\'s listing)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "add" -d 'Point more tags at an image (one manifest PUT per tag, no blobs move)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "delete" -d 'Delete a tag, and only the tag: the image and its other tags stay'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from artifact" -f -a "push" -d 'Push files as an OCI 1.1 artifact'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from artifact" -f -a "attach" -d 'Attach files to an image (a referrer: `subject` is the image), as `oras attach` does'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from artifact" -f -a "pull" -d 'Pull an artifact\'s files into a directory'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "generate" -d 'Write a new ECDSA P-256 key pair: NAME.key (encrypted, 0600) and NAME.pub'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "ls" -d 'List the repositories of a registry (its catalog, every page)'
complete -c hoist -n "__fish_hoist_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "probe" -d 'Find out what a registry supports: API version, auth, anonymous pull, referrers API, OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits'
