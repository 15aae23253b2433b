#compdef hoist

autoload -U is-at-least

_hoist() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_hoist_commands" \
"*::: :->hoist" \
&& ret=0
    case $state in
    (hoist)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-command-$line[1]:"
        case $line[1] in
            (manifest)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_hoist__subcmd__manifest_commands" \
"*::: :->manifest" \
&& ret=0

    case $state in
    (manifest)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-manifest-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-p+[Resolve an index to this platform'\''s manifest (\`os/arch\[/variant\]\`, \`local\`)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Resolve an index to this platform'\''s manifest (\`os/arch\[/variant\]\`, \`local\`)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference (`registry/repo\:tag`, `repo@sha256\:...`, `ocidir\://DIR\:TAG`):_default' \
&& ret=0
;;
(head)
_arguments "${_arguments_options[@]}" : \
'-p+[Print the digest of this platform'\''s manifest in an index (\`crane digest --platform\`)\: one GET of the index instead of the HEAD]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Print the digest of this platform'\''s manifest in an index (\`crane digest --platform\`)\: one GET of the index instead of the HEAD]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(put)
_arguments "${_arguments_options[@]}" : \
'--content-type=[Media type to push as (default\: the document'\''s \`mediaType\`)]:TYPE:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Where to push\: `registry/repo\:tag` (or `@digest` to push untagged):_default' \
'::file -- The manifest file; `-` or nothing reads stdin:_files' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference (tag or digest):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__manifest__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-manifest-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(head)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(put)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(config)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_hoist__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-config-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-p+[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(fetch)
_arguments "${_arguments_options[@]}" : \
'-p+[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__config__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-config-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(image)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_hoist__subcmd__image_commands" \
"*::: :->image" \
&& ret=0

    case $state in
    (image)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-image-command-$line[1]:"
        case $line[1] in
            (inspect)
_arguments "${_arguments_options[@]}" : \
'-p+[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(files)
_arguments "${_arguments_options[@]}" : \
'-p+[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-j+[Layers streamed at once]:JOBS:_default' \
'--jobs=[Layers streamed at once]:JOBS:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--layers[Show each layer'\''s additions, changes and deletions instead of the merged tree]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(cat)
_arguments "${_arguments_options[@]}" : \
'-p+[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
':path -- The file'\''s path inside the image (`/etc/os-release`):_default' \
&& ret=0
;;
(size)
_arguments "${_arguments_options[@]}" : \
'-p+[Platforms to count\: one, or \`all\` (the default)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platforms to count\: one, or \`all\` (the default)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-j+[Layers streamed at once with \`--uncompressed\`]:JOBS:_default' \
'--jobs=[Layers streamed at once with \`--uncompressed\`]:JOBS:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--uncompressed[Also stream every layer to add up what it unpacks to]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(audit)
_arguments "${_arguments_options[@]}" : \
'-p+[Platform to pick from an index (default\: this machine'\''s), or \`all\`]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platform to pick from an index (default\: this machine'\''s), or \`all\`]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--fail-on=[Exit 7 when the audit finds any of these\: \`secrets\`, \`shadowed\`, \`wasted\:PCT\` (more than PCT percent of the layers'\'' bytes wasted), comma-separated]:WHAT:_default' \
'-j+[Layers streamed at once]:JOBS:_default' \
'--jobs=[Layers streamed at once]:JOBS:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(diff)
_arguments "${_arguments_options[@]}" : \
'-p+[Platform to pick from indexes (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platform to pick from indexes (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-j+[Layers streamed at once]:JOBS:_default' \
'--jobs=[Layers streamed at once]:JOBS:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':a -- The image to compare from:_default' \
':b -- The image to compare to:_default' \
&& ret=0
;;
(compose)
_arguments "${_arguments_options[@]}" : \
'--base=[The base image (its layers come first)]:REF:_default' \
'*--add=[A layer image whose layers are appended, in order (repeatable)]:REF:_default' \
'--spec=[A TOML spec\: \`base\`, \`layers\` and an optional \`\[config\]\` table of edits]:FILE:_files' \
'*--env=[Set an environment variable (replacing one of the same name)]:KEY=VALUE:_default' \
'*--env-rm=[Remove an environment variable]:KEY:_default' \
'*--label=[Set a config label]:KEY=VALUE:_default' \
'*--label-rm=[Remove a config label]:KEY:_default' \
'*--annotation=[Set an annotation on each image manifest]:KEY=VALUE:_default' \
'*--annotation-index=[Set an annotation on the index (when one is written)]:KEY=VALUE:_default' \
'--cmd=[The command\: a JSON array (\`'\''\["php-fpm","-F"\]'\''\`) or words (\`php-fpm -F\`); \`'\'''\''\` clears it]:CMD:_default' \
'--entrypoint=[The entrypoint, written as \`--cmd\` is]:CMD:_default' \
'--user=[The user (\`name\`, \`uid\`, \`uid\:gid\`)]:USER:_default' \
'--workdir=[The working directory]:DIR:_default' \
'*--expose-add=[Declare a port (\`8080\` is \`8080/tcp\`)]:PORT:_default' \
'*--expose-rm=[Remove a declared port]:PORT:_default' \
'*--volume-add=[Declare a volume]:PATH:_default' \
'*--volume-rm=[Remove a declared volume]:PATH:_default' \
'--created=[The config'\''s creation time\: \`now\`, seconds since the epoch, or RFC 3339. Without it the time is left as it was (no clock is read)]:TIME:_default' \
'*-p+[Only these platforms of an index (repeatable; default\: every one)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'*--platform=[Only these platforms of an index (repeatable; default\: every one)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-j+[Blobs moved at once]:JOBS:_default' \
'--jobs=[Blobs moved at once]:JOBS:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--reproducible[Fix every time hoist writes (the config'\''s and each history entry'\''s) to \`--created\`, else \`SOURCE_DATE_EPOCH\`, else the epoch]' \
'--dry-run[Print the new documents and push nothing]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':destination -- Where the new image goes:_default' \
&& ret=0
;;
(mod)
_arguments "${_arguments_options[@]}" : \
'*--env=[Set an environment variable (replacing one of the same name)]:KEY=VALUE:_default' \
'*--env-rm=[Remove an environment variable]:KEY:_default' \
'*--label=[Set a config label]:KEY=VALUE:_default' \
'*--label-rm=[Remove a config label]:KEY:_default' \
'*--annotation=[Set an annotation on each image manifest]:KEY=VALUE:_default' \
'*--annotation-index=[Set an annotation on the index (when one is written)]:KEY=VALUE:_default' \
'--cmd=[The command\: a JSON array (\`'\''\["php-fpm","-F"\]'\''\`) or words (\`php-fpm -F\`); \`'\'''\''\` clears it]:CMD:_default' \
'--entrypoint=[The entrypoint, written as \`--cmd\` is]:CMD:_default' \
'--user=[The user (\`name\`, \`uid\`, \`uid\:gid\`)]:USER:_default' \
'--workdir=[The working directory]:DIR:_default' \
'*--expose-add=[Declare a port (\`8080\` is \`8080/tcp\`)]:PORT:_default' \
'*--expose-rm=[Remove a declared port]:PORT:_default' \
'*--volume-add=[Declare a volume]:PATH:_default' \
'*--volume-rm=[Remove a declared volume]:PATH:_default' \
'--created=[The config'\''s creation time\: \`now\`, seconds since the epoch, or RFC 3339. Without it the time is left as it was (no clock is read)]:TIME:_default' \
'*--layer-rm=[Remove layer N (numbered from 1, as \`hoist layer ls\` numbers them; repeatable)]:N:_default' \
'--layer-rm-created-by=[Remove the layers whose history \`created_by\` matches this regular expression]:REGEX:_default' \
'*--layer-add=[Append a layer\: a directory (tarred deterministically), a tar file (plain, gzip or zstd), or an image whose layers are appended (repeatable, in order)]:DIR|FILE|REF:_default' \
'--compress=[Compress the uncompressed layers (a docker archive'\''s tars) with gzip or zstd\: their digests change, their diffIDs do not]:ALGORITHM:(gzip zstd)' \
'*-p+[Only these platforms of an index (repeatable; default\: every one)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'*--platform=[Only these platforms of an index (repeatable; default\: every one)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-j+[Blobs moved at once]:JOBS:_default' \
'--jobs=[Blobs moved at once]:JOBS:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--reproducible[Fix every time hoist writes (the config'\''s and each history entry'\''s) to \`--created\`, else \`SOURCE_DATE_EPOCH\`, else the epoch]' \
'--dry-run[Print the new documents and push nothing]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':source -- The image to change:_default' \
':destination -- Where the changed image goes (may be the same repository, another tag):_default' \
&& ret=0
;;
(squash)
_arguments "${_arguments_options[@]}" : \
'(--base)--keep=[Keep the first N layers as they are and squash the rest (default 0\: all)]:N:_default' \
'--base=[Keep the layers of this base image (SOURCE must start with them)]:REF:_default' \
'*-p+[Only these platforms of an index (repeatable; default\: every one)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'*--platform=[Only these platforms of an index (repeatable; default\: every one)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-j+[Blobs moved at once]:JOBS:_default' \
'--jobs=[Blobs moved at once]:JOBS:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--dry-run[Print the new documents and push nothing]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':source -- The image to squash:_default' \
':destination -- Where the squashed image goes:_default' \
&& ret=0
;;
(rebase)
_arguments "${_arguments_options[@]}" : \
'--old-base=[The base SOURCE was built on (its layers must be SOURCE'\''s first ones)]:REF:_default' \
'--new-base=[The base to put under SOURCE'\''s own layers instead]:REF:_default' \
'*-p+[Only these platforms of an index (repeatable; default\: every one)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'*--platform=[Only these platforms of an index (repeatable; default\: every one)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-j+[Blobs moved at once]:JOBS:_default' \
'--jobs=[Blobs moved at once]:JOBS:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--dry-run[Print the new documents and push nothing]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':source -- The image to rebase:_default' \
':destination -- Where the rebased image goes:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__image__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-image-help-command-$line[1]:"
        case $line[1] in
            (inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(files)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cat)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(size)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(audit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(diff)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(compose)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(mod)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(squash)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rebase)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(index)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_hoist__subcmd__index_commands" \
"*::: :->index" \
&& ret=0

    case $state in
    (index)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-index-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--annotation=[Set an annotation on the index]:KEY=VALUE:_default' \
'*-p+[Only these platforms of an index (repeatable; default\: every one)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'*--platform=[Only these platforms of an index (repeatable; default\: every one)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-j+[Blobs moved at once]:JOBS:_default' \
'--jobs=[Blobs moved at once]:JOBS:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--dry-run[Print the new documents and push nothing]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':destination -- Where the index goes:_default' \
'*::images -- The images (or indexes) to list, in order:_default' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'*--annotation=[Set an annotation on the index]:KEY=VALUE:_default' \
'*-p+[Only these platforms of an index (repeatable; default\: every one)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'*--platform=[Only these platforms of an index (repeatable; default\: every one)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-j+[Blobs moved at once]:JOBS:_default' \
'--jobs=[Blobs moved at once]:JOBS:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--dry-run[Print the new documents and push nothing]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':index -- The index to change (the new one is written to the same reference):_default' \
':image -- The image (or index) to add:_default' \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
'(--digest)--platform=[Remove the entry for this platform]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--digest=[Remove the entry with this digest]:DIGEST:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--dry-run[Print the new index and push nothing]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':index -- The index to change (the new one is written to the same reference):_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'(--digest)--platform=[Remove the entry for this platform]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--digest=[Remove the entry with this digest]:DIGEST:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--dry-run[Print the new index and push nothing]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':index -- The index to change (the new one is written to the same reference):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__index__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-index-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(blob)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_hoist__subcmd__blob_commands" \
"*::: :->blob" \
&& ret=0

    case $state in
    (blob)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-blob-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-o+[Write to this file instead of stdout (into a directory\: as \`DIR/<digest hex>\`; \`-\` is stdout, also when it is a terminal)]:FILE:_files' \
'--output=[Write to this file instead of stdout (into a directory\: as \`DIR/<digest hex>\`; \`-\` is stdout, also when it is a terminal)]:FILE:_files' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- `registry/repo@sha256\:...` or `ocidir\://DIR@sha256\:...`:_default' \
&& ret=0
;;
(head)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- `registry/repo@sha256\:...` or `ocidir\://DIR@sha256\:...`:_default' \
&& ret=0
;;
(put)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':repository -- `registry/repo` or `ocidir\://DIR`:_default' \
'::file -- The file to upload; `-` or nothing for stdin:_files' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- `registry/repo@sha256\:...` or `ocidir\://DIR@sha256\:...`:_default' \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- `registry/repo@sha256\:...` or `ocidir\://DIR@sha256\:...`:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__blob__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-blob-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(head)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(put)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(copy)
_arguments "${_arguments_options[@]}" : \
'*-p+[Copy only these platforms (repeatable). One platform copies that image manifest itself]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'*--platform=[Copy only these platforms (repeatable). One platform copies that image manifest itself]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-j+[Parallel blob transfers (blobs under 1 MiB count as a quarter)]:JOBS:_default' \
'--jobs=[Parallel blob transfers (blobs under 1 MiB count as a quarter)]:JOBS:_default' \
'(--all-tags --referrers)--compress=[Compress the source'\''s uncompressed layers (a docker archive'\''s tars) on the way, with gzip or zstd\: those layers get new digests (said so); their diffIDs stay]:ALGORITHM:(gzip zstd)' \
'--include=[With \`--all-tags\`\: only tags matching this regular expression]:REGEX:_default' \
'--exclude=[With \`--all-tags\`\: leave out tags matching this regular expression]:REGEX:_default' \
'--src-creds=[Credentials for the source registry]:USER:PASSWORD:_default' \
'--dest-creds=[Credentials for the destination registry]:USER:PASSWORD:_default' \
'(--all-tags --compress)*--verify-key=[Promote only what is signed\: verify with this public key (repeat for several; any may match) before anything is written, and carry the \`.sig\` tags along (exit 5 unsigned)]:FILE:_files' \
'*--allow-identity=[With \`--verify-key\`\: also accept signatures made for this repository]:REPO:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--referrers[Also copy referrers (signatures, SBOMs, attestations) of every copied manifest]' \
'--dry-run[Show what would be copied, skipped or mounted, without writing anything]' \
'--force[Copy even what the destination already has]' \
'(-p --platform --force)--all-tags[Copy every tag of the source repository to the destination repository (an image whose digest is already there costs one HEAD on each side)]' \
'(--allow-identity)--ignore-identity[With \`--verify-key\`\: accept a signature whatever repository it names]' \
'(--all-tags --compress)--digest-tags[Also copy every tag named after a copied manifest'\''s digest (\`sha256-<hex>.sig\`, \`.att\`, \`.sbom\`, \`.meta\`, ...), for the image and its children]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':source -- Source\: a registry reference or `ocidir\://PATH\[\:TAG\]`:_default' \
':destination -- Destination\: a registry reference or `ocidir\://PATH\[\:TAG\]`:_default' \
&& ret=0
;;
(cp)
_arguments "${_arguments_options[@]}" : \
'*-p+[Copy only these platforms (repeatable). One platform copies that image manifest itself]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'*--platform=[Copy only these platforms (repeatable). One platform copies that image manifest itself]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-j+[Parallel blob transfers (blobs under 1 MiB count as a quarter)]:JOBS:_default' \
'--jobs=[Parallel blob transfers (blobs under 1 MiB count as a quarter)]:JOBS:_default' \
'(--all-tags --referrers)--compress=[Compress the source'\''s uncompressed layers (a docker archive'\''s tars) on the way, with gzip or zstd\: those layers get new digests (said so); their diffIDs stay]:ALGORITHM:(gzip zstd)' \
'--include=[With \`--all-tags\`\: only tags matching this regular expression]:REGEX:_default' \
'--exclude=[With \`--all-tags\`\: leave out tags matching this regular expression]:REGEX:_default' \
'--src-creds=[Credentials for the source registry]:USER:PASSWORD:_default' \
'--dest-creds=[Credentials for the destination registry]:USER:PASSWORD:_default' \
'(--all-tags --compress)*--verify-key=[Promote only what is signed\: verify with this public key (repeat for several; any may match) before anything is written, and carry the \`.sig\` tags along (exit 5 unsigned)]:FILE:_files' \
'*--allow-identity=[With \`--verify-key\`\: also accept signatures made for this repository]:REPO:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--referrers[Also copy referrers (signatures, SBOMs, attestations) of every copied manifest]' \
'--dry-run[Show what would be copied, skipped or mounted, without writing anything]' \
'--force[Copy even what the destination already has]' \
'(-p --platform --force)--all-tags[Copy every tag of the source repository to the destination repository (an image whose digest is already there costs one HEAD on each side)]' \
'(--allow-identity)--ignore-identity[With \`--verify-key\`\: accept a signature whatever repository it names]' \
'(--all-tags --compress)--digest-tags[Also copy every tag named after a copied manifest'\''s digest (\`sha256-<hex>.sig\`, \`.att\`, \`.sbom\`, \`.meta\`, ...), for the image and its children]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':source -- Source\: a registry reference or `ocidir\://PATH\[\:TAG\]`:_default' \
':destination -- Destination\: a registry reference or `ocidir\://PATH\[\:TAG\]`:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_hoist__subcmd__archive_commands" \
"*::: :->archive" \
&& ret=0

    case $state in
    (archive)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-archive-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'-p+[Platform to pick from indexes (default\: this machine'\''s for docker archives, every platform for OCI archives)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platform to pick from indexes (default\: this machine'\''s for docker archives, every platform for OCI archives)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':path -- The archive to write (replaced if it exists)\: `oci-archive\:PATH` for an OCI archive; `PATH` or `docker-archive\:PATH` for a docker archive:_default' \
'*::images -- The images to put in it:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__archive__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-archive-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(sync)
_arguments "${_arguments_options[@]}" : \
'--shard=[Run only shard I of N (0 <= I < N)\: images are split by a stable hash of their source]:I/N:_default' \
'--dest=[For a \`skopeo sync\` YAML file (registries at the top)\: where images land, as \`DEST/<name>\:<tag>\` (\`skopeo sync --src yaml --dest docker FILE DEST\`)]:PREFIX:_default' \
'--append-suffix=[With \`--dest\`\: appended to every target tag (skopeo'\''s \`--append-suffix\`)]:SUFFIX:_default' \
'--rate-floor=[Copy nothing more from a source that says it has this many pulls left or fewer (Docker Hub'\''s \`ratelimit-remaining\`); what is left is reported, and a later run takes it up (images already copied cost a HEAD each)]:PULLS:_default' \
'--rate-poll=[Seconds between asks while waiting]:SECONDS:_default' \
'-j+[Images copied at once (their checks, HEADs, run four times as many). Without it\: the file'\''s \`defaults.parallel\`, as regsync reads it, else 4. An entry'\''s own \`parallel\` sets its blob transfers]:JOBS:_default' \
'--jobs=[Images copied at once (their checks, HEADs, run four times as many). Without it\: the file'\''s \`defaults.parallel\`, as regsync reads it, else 4. An entry'\''s own \`parallel\` sets its blob transfers]:JOBS:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--dry-run[Show what would be copied; copy nothing]' \
'--keep-going[Go on after a failure; the exit code is the worst failure'\''s]' \
'--scoped[With \`--dest\`\: images land at \`PREFIX/<registry>/<repository>\:<tag>\` (skopeo'\''s \`--scoped\`), so images of the same name from two places do not meet]' \
'--rate-wait[At the floor, wait for the window instead of stopping (asking again every \`--rate-poll\` seconds, with a HEAD, which spends no pull)]' \
'(--dry-run --shard)--serve[Keep running\: each entry runs again at its \`interval\` or \`schedule\` (regsync'\''s server mode; cron times are UTC). Without it, a sync runs once and says it ignored them]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':file -- The sync file:_files' \
&& ret=0
;;
(layer)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_hoist__subcmd__layer_commands" \
"*::: :->layer" \
&& ret=0

    case $state in
    (layer)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-layer-command-$line[1]:"
        case $line[1] in
            (pull)
_arguments "${_arguments_options[@]}" : \
'-p+[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-o+[Directory to save the layer blobs in]:DIR:_files' \
'--output=[Directory to save the layer blobs in]:DIR:_files' \
'--extract=[Apply the layers in order into this directory (a root filesystem)]:DIR:_files' \
'-j+[Parallel downloads]:JOBS:_default' \
'--jobs=[Parallel downloads]:JOBS:_default' \
'--layer=[Only this layer\: its 1-based position or its digest]:N|DIGEST:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'-p+[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--sizes[Also show each layer'\''s uncompressed size (configs do not record it, so the layers are streamed and inflated, as \`digest verify\` does)]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'-p+[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platform to pick from an index (default\: this machine'\''s)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--sizes[Also show each layer'\''s uncompressed size (configs do not record it, so the layers are streamed and inflated, as \`digest verify\` does)]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__layer__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-layer-help-command-$line[1]:"
        case $line[1] in
            (pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(digest)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
'::files -- Local files to hash (`-` for stdin). Compressed files (gzip, zstd) also get the diffID of their content:_files' \
":: :_hoist__subcmd__digest_commands" \
"*::: :->digest" \
&& ret=0

    case $state in
    (digest)
        words=($line[2] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-digest-command-$line[2]:"
        case $line[2] in
            (verify)
_arguments "${_arguments_options[@]}" : \
'-p+[Platform(s) to verify (default\: every platform of an index)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Platform(s) to verify (default\: every platform of an index)]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'-j+[Layers verified in parallel]:JOBS:_default' \
'--jobs=[Layers verified in parallel]:JOBS:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--no-diffid[Check compressed digests and sizes only (no inflating)]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__digest__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-digest-help-command-$line[1]:"
        case $line[1] in
            (verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(tag)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_hoist__subcmd__tag_commands" \
"*::: :->tag" \
&& ret=0

    case $state in
    (tag)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-tag-command-$line[1]:"
        case $line[1] in
            (ls)
_arguments "${_arguments_options[@]}" : \
'--include=[Only tags matching this regular expression]:REGEX:_default' \
'--exclude=[Leave out tags matching this regular expression]:REGEX:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':repository -- Repository (`registry/repo`) or `ocidir\://DIR`:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--include=[Only tags matching this regular expression]:REGEX:_default' \
'--exclude=[Leave out tags matching this regular expression]:REGEX:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':repository -- Repository (`registry/repo`) or `ocidir\://DIR`:_default' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- The image to tag (`registry/repo\:tag` or `@digest`):_default' \
'*::tags -- New tags in the same repository:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--manifest[On a registry that cannot delete a tag alone, delete the manifest it points at (and with it every other tag of that manifest) instead of moving the tag to a placeholder]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- The tag to delete (`registry/repo\:tag` or `ocidir\://DIR\:TAG`):_default' \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--manifest[On a registry that cannot delete a tag alone, delete the manifest it points at (and with it every other tag of that manifest) instead of moving the tag to a placeholder]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- The tag to delete (`registry/repo\:tag` or `ocidir\://DIR\:TAG`):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__tag__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-tag-help-command-$line[1]:"
        case $line[1] in
            (ls)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(referrers)
_arguments "${_arguments_options[@]}" : \
'--artifact-type=[Only referrers of this artifact type]:TYPE:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--tree[Also list what refers to each referrer, recursively]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(artifact)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_hoist__subcmd__artifact_commands" \
"*::: :->artifact" \
&& ret=0

    case $state in
    (artifact)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-artifact-command-$line[1]:"
        case $line[1] in
            (push)
_arguments "${_arguments_options[@]}" : \
'--artifact-type=[The manifest'\''s \`artifactType\` (default \`application/vnd.unknown.artifact.v1\`, or none with \`--config\`)]:TYPE:_default' \
'--config=[A config blob instead of the empty \`{}\`]:FILE[:MEDIATYPE]:_default' \
'*--annotation=[A manifest annotation]:KEY=VALUE:_default' \
'--subject=[The image this artifact refers to (in the same repository)]:SUBJECT_REF:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Where the artifact goes (`registry/repository\:tag`, or `ocidir\://DIR\:TAG`):_default' \
'*::files -- Files and directories, each `PATH\[\:MEDIATYPE\]`:_default' \
&& ret=0
;;
(attach)
_arguments "${_arguments_options[@]}" : \
'--artifact-type=[The artifact'\''s type (what \`referrers --artifact-type\` filters on)]:TYPE:_default' \
'*--annotation=[A manifest annotation]:KEY=VALUE:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':subject -- The image to attach to:_default' \
'*::files -- Files and directories, each `PATH\[\:MEDIATYPE\]`:_default' \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
'-o+[The directory to write into (created when missing)]:DIR:_files' \
'--output=[The directory to write into (created when missing)]:DIR:_files' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--overwrite[Replace files that exist]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- The artifact:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__artifact__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-artifact-help-command-$line[1]:"
        case $line[1] in
            (push)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(attach)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(key)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_hoist__subcmd__key_commands" \
"*::: :->key" \
&& ret=0

    case $state in
    (key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-key-command-$line[1]:"
        case $line[1] in
            (generate)
_arguments "${_arguments_options[@]}" : \
'--prefix=[The files'\'' name\: NAME.key and NAME.pub]:NAME:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--force[Replace existing key files]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__key__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-key-help-command-$line[1]:"
        case $line[1] in
            (generate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(sign)
_arguments "${_arguments_options[@]}" : \
'--key=[The private key file]:FILE:_files' \
'*--annotation=[Put KEY=VALUE into the signed payload'\''s \`optional\` object]:KEY=VALUE:_default' \
'-p+[Sign the index'\''s image for this platform instead of the index]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Sign the index'\''s image for this platform instead of the index]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference (a registry):_default' \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
'*--key=[The public key file (PEM); repeat for several keys, any of which may match]:FILE:_files' \
'*--allow-identity=[Also accept signatures made for this repository (a mirror, the place it was promoted from)]:REPO:_default' \
'-p+[Verify the index'\''s image for this platform instead of the index]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--platform=[Verify the index'\''s image for this platform instead of the index]:PLATFORM:(all local linux/amd64 linux/arm64 linux/arm/v7 linux/arm/v6 linux/386 linux/ppc64le linux/s390x linux/riscv64 windows/amd64)' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'(--allow-identity)--ignore-identity[Accept a signature whatever repository it names (what \`cosign verify\` does by default)]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':reference -- Image reference:_default' \
&& ret=0
;;
(repo)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_hoist__subcmd__repo_commands" \
"*::: :->repo" \
&& ret=0

    case $state in
    (repo)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-repo-command-$line[1]:"
        case $line[1] in
            (ls)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':registry -- Registry host (`localhost\:5000`, `registry.example.com`):_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':registry -- Registry host (`localhost\:5000`, `registry.example.com`):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__repo__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-repo-help-command-$line[1]:"
        case $line[1] in
            (ls)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(registry)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_hoist__subcmd__registry_commands" \
"*::: :->registry" \
&& ret=0

    case $state in
    (registry)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-registry-command-$line[1]:"
        case $line[1] in
            (probe)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--write[Also try writes on the repository (cleaned up after)]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':target -- `REGISTRY` or `REGISTRY/REPOSITORY` (the repository is needed for all but the first checks):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__registry__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-registry-help-command-$line[1]:"
        case $line[1] in
            (probe)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(ratelimit)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
'::reference -- The image to ask about (default\: Docker'\''s `ratelimitpreview/test`, which Docker Hub answers for with the limit of the caller):_default' \
&& ret=0
;;
(serve)
_arguments "${_arguments_options[@]}" : \
'--addr=[Address and port to listen on (port 0 picks a free one, printed at start)]:ADDR:_default' \
'--htpasswd=[Users and bcrypt passwords (\`htpasswd -B\`)\: writes need them, and reads too unless \`--anonymous-read\`]:FILE:_files' \
'--tls-cert=[TLS certificate chain (PEM)]:FILE:_files' \
'--tls-key=[TLS private key (PEM)]:FILE:_files' \
'--compose=[Virtual repositories composed on request (TOML)]:FILE:_files' \
'--max-connections=[Connections served at once; more wait to be accepted (each holds a descriptor)]:N:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--read-only[Refuse every write (405)]' \
'--anonymous-read[With \`--htpasswd\`\: let anyone read]' \
'--sparse-indexes[Accept an index whose listed manifests are not all here, as distribution 3 does with \`validation.manifests.indexes.platforms\: none\`\: a mirror of some of an image'\''s platforms that keeps the index'\''s digest (a sync file'\''s \`platforms\`). Images and their blobs are always checked]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':dir -- The directory of repositories (created if missing):_files' \
&& ret=0
;;
(login)
_arguments "${_arguments_options[@]}" : \
'-u+[Username]:USERNAME:_default' \
'--username=[Username]:USERNAME:_default' \
'(--password-stdin)-p+[Password on the command line (visible to other users; prefer \`--password-stdin\`)]:PASSWORD:_default' \
'(--password-stdin)--password=[Password on the command line (visible to other users; prefer \`--password-stdin\`)]:PASSWORD:_default' \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--password-stdin[Read the password (or token) from standard input]' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':registry -- Registry host (`docker.io`, `registry.example.com\:5000`):_default' \
&& ret=0
;;
(logout)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':registry -- Registry host:_default' \
&& ret=0
;;
(completion)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format\: \`text\`, \`json\`, \`raw\` (stored bytes\: \`manifest get\`, \`config get\`) or a Jinja template over the JSON view, such as \`{{ digest }}\` (Go forms like \`{{.Digest}}\`, \`{{json .}}\` and \`{{range .Manifests}}...{{end}}\` work too). See docs/formats.md]:FORMAT:(text json raw sarif)' \
'--ca-file=[Trust this CA certificate (PEM) in addition to the system'\''s]:FILE:_files' \
'--cert-file=[Client certificate (PEM) for mutual TLS; needs \`--key-file\`]:FILE:_files' \
'--key-file=[Private key (PEM) for \`--cert-file\`]:FILE:_files' \
'--creds=[Credentials for the registry, instead of the stored ones (prefer \`--creds-stdin\`\: command lines are visible to other users)]:USER:PASSWORD:_default' \
'--timeout=[Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)]:SECONDS:_default' \
'--min-rate=[Give up on a blob download that averages fewer than this many bytes per second over \`--min-rate-window\` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count]:BYTES:_default' \
'--min-rate-window=[The window \`--min-rate\` is measured over]:SECONDS:_default' \
'--plain-http[Speak plain HTTP to registries (no TLS)]' \
'--insecure[Skip TLS certificate verification, and allow credentials over plain HTTP]' \
'(--creds)--creds-stdin[Read \`USER\:PASSWORD\` from the first line of standard input]' \
'*-v[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'*--verbose[More detail on stderr (\`-v\` requests and auth decisions, \`-vv\` everything)]' \
'-q[Only errors on stderr]' \
'--quiet[Only errors on stderr]' \
'-h[Print help]' \
'--help[Print help]' \
':shell -- The shell to generate for:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-command-$line[1]:"
        case $line[1] in
            (manifest)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__manifest_commands" \
"*::: :->manifest" \
&& ret=0

    case $state in
    (manifest)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-manifest-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(head)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(put)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(config)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-config-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(image)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__image_commands" \
"*::: :->image" \
&& ret=0

    case $state in
    (image)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-image-command-$line[1]:"
        case $line[1] in
            (inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(files)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cat)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(size)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(audit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(diff)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(compose)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(mod)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(squash)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rebase)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(index)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__index_commands" \
"*::: :->index" \
&& ret=0

    case $state in
    (index)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-index-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rm)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(blob)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__blob_commands" \
"*::: :->blob" \
&& ret=0

    case $state in
    (blob)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-blob-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(head)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(put)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(copy)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__archive_commands" \
"*::: :->archive" \
&& ret=0

    case $state in
    (archive)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-archive-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(sync)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(layer)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__layer_commands" \
"*::: :->layer" \
&& ret=0

    case $state in
    (layer)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-layer-command-$line[1]:"
        case $line[1] in
            (pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(ls)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(digest)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__digest_commands" \
"*::: :->digest" \
&& ret=0

    case $state in
    (digest)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-digest-command-$line[1]:"
        case $line[1] in
            (verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(tag)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__tag_commands" \
"*::: :->tag" \
&& ret=0

    case $state in
    (tag)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-tag-command-$line[1]:"
        case $line[1] in
            (ls)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(referrers)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(artifact)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__artifact_commands" \
"*::: :->artifact" \
&& ret=0

    case $state in
    (artifact)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-artifact-command-$line[1]:"
        case $line[1] in
            (push)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(attach)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(key)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__key_commands" \
"*::: :->key" \
&& ret=0

    case $state in
    (key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-key-command-$line[1]:"
        case $line[1] in
            (generate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(sign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(repo)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__repo_commands" \
"*::: :->repo" \
&& ret=0

    case $state in
    (repo)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-repo-command-$line[1]:"
        case $line[1] in
            (ls)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(registry)
_arguments "${_arguments_options[@]}" : \
":: :_hoist__subcmd__help__subcmd__registry_commands" \
"*::: :->registry" \
&& ret=0

    case $state in
    (registry)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:hoist-help-registry-command-$line[1]:"
        case $line[1] in
            (probe)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(ratelimit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(login)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(logout)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(completion)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_hoist_commands] )) ||
_hoist_commands() {
    local commands; commands=(
'manifest:Get, check, push and delete manifests' \
'config:Read image configs' \
'image:Inspect images (manifest and config together)' \
'index:Write multi-platform indexes over existing images' \
'blob:Download, check, upload and delete blobs' \
'copy:Copy or retag images between registries and OCI layouts' \
'cp:Copy or retag images between registries and OCI layouts' \
'archive:Write docker and OCI archives (\`docker save\`'\''s and \`oci-archive\:\` formats)' \
'sync:Mirror many images from a sync file (regsync'\''s shape), shardable across jobs' \
'layer:Pull, extract and list layers' \
'digest:Hash local files, or verify an image'\''s digests and diffIDs' \
'tag:List, add and delete tags' \
'referrers:List what is attached to an image\: signatures, SBOMs, attestations' \
'artifact:Push, attach and pull OCI artifacts (files, SBOMs), as oras does' \
'key:Make signing keys in cosign'\''s formats' \
'sign:Sign an image as cosign does (a \`sha256-<hex>.sig\` tag beside it)' \
'verify:Check an image'\''s cosign signatures with a public key (exit 5 unless one verifies)' \
'repo:List repositories' \
'registry:Find out what a registry supports' \
'ratelimit:Show Docker Hub'\''s pull rate limit and what is left of it (one HEAD; spends no pull)' \
'serve:Serve OCI layouts as a registry (with the referrers API, and images composed on request)' \
'login:Verify and store credentials for a registry' \
'logout:Remove stored credentials for a registry' \
'completion:Print a shell completion script' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist commands' commands "$@"
}
(( $+functions[_hoist__subcmd__archive_commands] )) ||
_hoist__subcmd__archive_commands() {
    local commands; commands=(
'create:Write images into a docker archive (\`docker save\`'\''s format) that \`docker load\` and \`podman load\` read, or into an OCI archive (a tar of an OCI image layout)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist archive commands' commands "$@"
}
(( $+functions[_hoist__subcmd__archive__subcmd__create_commands] )) ||
_hoist__subcmd__archive__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'hoist archive create commands' commands "$@"
}
(( $+functions[_hoist__subcmd__archive__subcmd__help_commands] )) ||
_hoist__subcmd__archive__subcmd__help_commands() {
    local commands; commands=(
'create:Write images into a docker archive (\`docker save\`'\''s format) that \`docker load\` and \`podman load\` read, or into an OCI archive (a tar of an OCI image layout)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist archive help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__archive__subcmd__help__subcmd__create_commands] )) ||
_hoist__subcmd__archive__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'hoist archive help create commands' commands "$@"
}
(( $+functions[_hoist__subcmd__archive__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__archive__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist archive help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__artifact_commands] )) ||
_hoist__subcmd__artifact_commands() {
    local commands; commands=(
'push:Push files as an OCI 1.1 artifact' \
'attach:Attach files to an image (a referrer\: \`subject\` is the image), as \`oras attach\` does' \
'pull:Pull an artifact'\''s files into a directory' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist artifact commands' commands "$@"
}
(( $+functions[_hoist__subcmd__artifact__subcmd__attach_commands] )) ||
_hoist__subcmd__artifact__subcmd__attach_commands() {
    local commands; commands=()
    _describe -t commands 'hoist artifact attach commands' commands "$@"
}
(( $+functions[_hoist__subcmd__artifact__subcmd__help_commands] )) ||
_hoist__subcmd__artifact__subcmd__help_commands() {
    local commands; commands=(
'push:Push files as an OCI 1.1 artifact' \
'attach:Attach files to an image (a referrer\: \`subject\` is the image), as \`oras attach\` does' \
'pull:Pull an artifact'\''s files into a directory' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist artifact help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__artifact__subcmd__help__subcmd__attach_commands] )) ||
_hoist__subcmd__artifact__subcmd__help__subcmd__attach_commands() {
    local commands; commands=()
    _describe -t commands 'hoist artifact help attach commands' commands "$@"
}
(( $+functions[_hoist__subcmd__artifact__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__artifact__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist artifact help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__artifact__subcmd__help__subcmd__pull_commands] )) ||
_hoist__subcmd__artifact__subcmd__help__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'hoist artifact help pull commands' commands "$@"
}
(( $+functions[_hoist__subcmd__artifact__subcmd__help__subcmd__push_commands] )) ||
_hoist__subcmd__artifact__subcmd__help__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'hoist artifact help push commands' commands "$@"
}
(( $+functions[_hoist__subcmd__artifact__subcmd__pull_commands] )) ||
_hoist__subcmd__artifact__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'hoist artifact pull commands' commands "$@"
}
(( $+functions[_hoist__subcmd__artifact__subcmd__push_commands] )) ||
_hoist__subcmd__artifact__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'hoist artifact push commands' commands "$@"
}
(( $+functions[_hoist__subcmd__blob_commands] )) ||
_hoist__subcmd__blob_commands() {
    local commands; commands=(
'get:Download a blob, verifying its digest' \
'head:Show a blob'\''s size and digest without downloading it' \
'put:Upload a file (or stdin) as a blob; prints its digest' \
'delete:Delete a blob from a repository (registries must allow deletion)' \
'rm:Delete a blob from a repository (registries must allow deletion)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist blob commands' commands "$@"
}
(( $+functions[_hoist__subcmd__blob__subcmd__delete_commands] )) ||
_hoist__subcmd__blob__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'hoist blob delete commands' commands "$@"
}
(( $+functions[_hoist__subcmd__blob__subcmd__get_commands] )) ||
_hoist__subcmd__blob__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'hoist blob get commands' commands "$@"
}
(( $+functions[_hoist__subcmd__blob__subcmd__head_commands] )) ||
_hoist__subcmd__blob__subcmd__head_commands() {
    local commands; commands=()
    _describe -t commands 'hoist blob head commands' commands "$@"
}
(( $+functions[_hoist__subcmd__blob__subcmd__help_commands] )) ||
_hoist__subcmd__blob__subcmd__help_commands() {
    local commands; commands=(
'get:Download a blob, verifying its digest' \
'head:Show a blob'\''s size and digest without downloading it' \
'put:Upload a file (or stdin) as a blob; prints its digest' \
'delete:Delete a blob from a repository (registries must allow deletion)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist blob help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__blob__subcmd__help__subcmd__delete_commands] )) ||
_hoist__subcmd__blob__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'hoist blob help delete commands' commands "$@"
}
(( $+functions[_hoist__subcmd__blob__subcmd__help__subcmd__get_commands] )) ||
_hoist__subcmd__blob__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'hoist blob help get commands' commands "$@"
}
(( $+functions[_hoist__subcmd__blob__subcmd__help__subcmd__head_commands] )) ||
_hoist__subcmd__blob__subcmd__help__subcmd__head_commands() {
    local commands; commands=()
    _describe -t commands 'hoist blob help head commands' commands "$@"
}
(( $+functions[_hoist__subcmd__blob__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__blob__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist blob help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__blob__subcmd__help__subcmd__put_commands] )) ||
_hoist__subcmd__blob__subcmd__help__subcmd__put_commands() {
    local commands; commands=()
    _describe -t commands 'hoist blob help put commands' commands "$@"
}
(( $+functions[_hoist__subcmd__blob__subcmd__put_commands] )) ||
_hoist__subcmd__blob__subcmd__put_commands() {
    local commands; commands=()
    _describe -t commands 'hoist blob put commands' commands "$@"
}
(( $+functions[_hoist__subcmd__completion_commands] )) ||
_hoist__subcmd__completion_commands() {
    local commands; commands=()
    _describe -t commands 'hoist completion commands' commands "$@"
}
(( $+functions[_hoist__subcmd__config_commands] )) ||
_hoist__subcmd__config_commands() {
    local commands; commands=(
'get:Fetch an image'\''s config and summarise it' \
'fetch:Fetch an image'\''s config and summarise it' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist config commands' commands "$@"
}
(( $+functions[_hoist__subcmd__config__subcmd__get_commands] )) ||
_hoist__subcmd__config__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'hoist config get commands' commands "$@"
}
(( $+functions[_hoist__subcmd__config__subcmd__help_commands] )) ||
_hoist__subcmd__config__subcmd__help_commands() {
    local commands; commands=(
'get:Fetch an image'\''s config and summarise it' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist config help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__config__subcmd__help__subcmd__get_commands] )) ||
_hoist__subcmd__config__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'hoist config help get commands' commands "$@"
}
(( $+functions[_hoist__subcmd__config__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__config__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist config help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__copy_commands] )) ||
_hoist__subcmd__copy_commands() {
    local commands; commands=()
    _describe -t commands 'hoist copy commands' commands "$@"
}
(( $+functions[_hoist__subcmd__digest_commands] )) ||
_hoist__subcmd__digest_commands() {
    local commands; commands=(
'verify:Prove an image is intact\: manifest, config, every layer'\''s digest and size, and every layer'\''s diffID against the config'\''s \`rootfs.diff_ids\`' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist digest commands' commands "$@"
}
(( $+functions[_hoist__subcmd__digest__subcmd__help_commands] )) ||
_hoist__subcmd__digest__subcmd__help_commands() {
    local commands; commands=(
'verify:Prove an image is intact\: manifest, config, every layer'\''s digest and size, and every layer'\''s diffID against the config'\''s \`rootfs.diff_ids\`' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist digest help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__digest__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__digest__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist digest help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__digest__subcmd__help__subcmd__verify_commands] )) ||
_hoist__subcmd__digest__subcmd__help__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'hoist digest help verify commands' commands "$@"
}
(( $+functions[_hoist__subcmd__digest__subcmd__verify_commands] )) ||
_hoist__subcmd__digest__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'hoist digest verify commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help_commands] )) ||
_hoist__subcmd__help_commands() {
    local commands; commands=(
'manifest:Get, check, push and delete manifests' \
'config:Read image configs' \
'image:Inspect images (manifest and config together)' \
'index:Write multi-platform indexes over existing images' \
'blob:Download, check, upload and delete blobs' \
'copy:Copy or retag images between registries and OCI layouts' \
'archive:Write docker and OCI archives (\`docker save\`'\''s and \`oci-archive\:\` formats)' \
'sync:Mirror many images from a sync file (regsync'\''s shape), shardable across jobs' \
'layer:Pull, extract and list layers' \
'digest:Hash local files, or verify an image'\''s digests and diffIDs' \
'tag:List, add and delete tags' \
'referrers:List what is attached to an image\: signatures, SBOMs, attestations' \
'artifact:Push, attach and pull OCI artifacts (files, SBOMs), as oras does' \
'key:Make signing keys in cosign'\''s formats' \
'sign:Sign an image as cosign does (a \`sha256-<hex>.sig\` tag beside it)' \
'verify:Check an image'\''s cosign signatures with a public key (exit 5 unless one verifies)' \
'repo:List repositories' \
'registry:Find out what a registry supports' \
'ratelimit:Show Docker Hub'\''s pull rate limit and what is left of it (one HEAD; spends no pull)' \
'serve:Serve OCI layouts as a registry (with the referrers API, and images composed on request)' \
'login:Verify and store credentials for a registry' \
'logout:Remove stored credentials for a registry' \
'completion:Print a shell completion script' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__archive_commands] )) ||
_hoist__subcmd__help__subcmd__archive_commands() {
    local commands; commands=(
'create:Write images into a docker archive (\`docker save\`'\''s format) that \`docker load\` and \`podman load\` read, or into an OCI archive (a tar of an OCI image layout)' \
    )
    _describe -t commands 'hoist help archive commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__archive__subcmd__create_commands] )) ||
_hoist__subcmd__help__subcmd__archive__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help archive create commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__artifact_commands] )) ||
_hoist__subcmd__help__subcmd__artifact_commands() {
    local commands; commands=(
'push:Push files as an OCI 1.1 artifact' \
'attach:Attach files to an image (a referrer\: \`subject\` is the image), as \`oras attach\` does' \
'pull:Pull an artifact'\''s files into a directory' \
    )
    _describe -t commands 'hoist help artifact commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__artifact__subcmd__attach_commands] )) ||
_hoist__subcmd__help__subcmd__artifact__subcmd__attach_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help artifact attach commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__artifact__subcmd__pull_commands] )) ||
_hoist__subcmd__help__subcmd__artifact__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help artifact pull commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__artifact__subcmd__push_commands] )) ||
_hoist__subcmd__help__subcmd__artifact__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help artifact push commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__blob_commands] )) ||
_hoist__subcmd__help__subcmd__blob_commands() {
    local commands; commands=(
'get:Download a blob, verifying its digest' \
'head:Show a blob'\''s size and digest without downloading it' \
'put:Upload a file (or stdin) as a blob; prints its digest' \
'delete:Delete a blob from a repository (registries must allow deletion)' \
    )
    _describe -t commands 'hoist help blob commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__blob__subcmd__delete_commands] )) ||
_hoist__subcmd__help__subcmd__blob__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help blob delete commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__blob__subcmd__get_commands] )) ||
_hoist__subcmd__help__subcmd__blob__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help blob get commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__blob__subcmd__head_commands] )) ||
_hoist__subcmd__help__subcmd__blob__subcmd__head_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help blob head commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__blob__subcmd__put_commands] )) ||
_hoist__subcmd__help__subcmd__blob__subcmd__put_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help blob put commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__completion_commands] )) ||
_hoist__subcmd__help__subcmd__completion_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help completion commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__config_commands] )) ||
_hoist__subcmd__help__subcmd__config_commands() {
    local commands; commands=(
'get:Fetch an image'\''s config and summarise it' \
    )
    _describe -t commands 'hoist help config commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__config__subcmd__get_commands] )) ||
_hoist__subcmd__help__subcmd__config__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help config get commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__copy_commands] )) ||
_hoist__subcmd__help__subcmd__copy_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help copy commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__digest_commands] )) ||
_hoist__subcmd__help__subcmd__digest_commands() {
    local commands; commands=(
'verify:Prove an image is intact\: manifest, config, every layer'\''s digest and size, and every layer'\''s diffID against the config'\''s \`rootfs.diff_ids\`' \
    )
    _describe -t commands 'hoist help digest commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__digest__subcmd__verify_commands] )) ||
_hoist__subcmd__help__subcmd__digest__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help digest verify commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__image_commands] )) ||
_hoist__subcmd__help__subcmd__image_commands() {
    local commands; commands=(
'inspect:Show an image'\''s digest, platform, config and layers (with diffIDs)' \
'files:List the files of an image as a container sees them (every layer merged), or with \`--layers\` what each layer adds, changes and deletes' \
'cat:Write one file of an image to stdout' \
'size:Show what an image costs to download, per platform and in all' \
'audit:Find shadowed files, wasted bytes and secrets in an image' \
'diff:Compare two images\: files added, removed and changed, and config differences' \
'compose:Make an image from a base and pre-built layer images, with no build and no layer downloaded' \
'mod:Change an image'\''s config, annotations or layers, where it lives' \
'squash:Merge an image'\''s layers into one (above the first N, or above a base'\''s)' \
'rebase:Put an image'\''s own layers on a new base' \
    )
    _describe -t commands 'hoist help image commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__image__subcmd__audit_commands] )) ||
_hoist__subcmd__help__subcmd__image__subcmd__audit_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help image audit commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__image__subcmd__cat_commands] )) ||
_hoist__subcmd__help__subcmd__image__subcmd__cat_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help image cat commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__image__subcmd__compose_commands] )) ||
_hoist__subcmd__help__subcmd__image__subcmd__compose_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help image compose commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__image__subcmd__diff_commands] )) ||
_hoist__subcmd__help__subcmd__image__subcmd__diff_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help image diff commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__image__subcmd__files_commands] )) ||
_hoist__subcmd__help__subcmd__image__subcmd__files_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help image files commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__image__subcmd__inspect_commands] )) ||
_hoist__subcmd__help__subcmd__image__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help image inspect commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__image__subcmd__mod_commands] )) ||
_hoist__subcmd__help__subcmd__image__subcmd__mod_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help image mod commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__image__subcmd__rebase_commands] )) ||
_hoist__subcmd__help__subcmd__image__subcmd__rebase_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help image rebase commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__image__subcmd__size_commands] )) ||
_hoist__subcmd__help__subcmd__image__subcmd__size_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help image size commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__image__subcmd__squash_commands] )) ||
_hoist__subcmd__help__subcmd__image__subcmd__squash_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help image squash commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__index_commands] )) ||
_hoist__subcmd__help__subcmd__index_commands() {
    local commands; commands=(
'create:Write an index (multi-platform image) over existing images' \
'add:Add images to an existing index (an entry for the same platform is replaced)' \
'rm:Remove an entry from an index, by platform or digest' \
    )
    _describe -t commands 'hoist help index commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__index__subcmd__add_commands] )) ||
_hoist__subcmd__help__subcmd__index__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help index add commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__index__subcmd__create_commands] )) ||
_hoist__subcmd__help__subcmd__index__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help index create commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__index__subcmd__rm_commands] )) ||
_hoist__subcmd__help__subcmd__index__subcmd__rm_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help index rm commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__key_commands] )) ||
_hoist__subcmd__help__subcmd__key_commands() {
    local commands; commands=(
'generate:Write a new ECDSA P-256 key pair\: NAME.key (encrypted, 0600) and NAME.pub' \
    )
    _describe -t commands 'hoist help key commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__key__subcmd__generate_commands] )) ||
_hoist__subcmd__help__subcmd__key__subcmd__generate_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help key generate commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__layer_commands] )) ||
_hoist__subcmd__help__subcmd__layer_commands() {
    local commands; commands=(
'pull:Download an image'\''s layers (verified, in parallel, resumable), and optionally apply them to a directory' \
'ls:List an image'\''s layers with their compressed digests, diffIDs and history' \
    )
    _describe -t commands 'hoist help layer commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__layer__subcmd__ls_commands] )) ||
_hoist__subcmd__help__subcmd__layer__subcmd__ls_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help layer ls commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__layer__subcmd__pull_commands] )) ||
_hoist__subcmd__help__subcmd__layer__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help layer pull commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__login_commands] )) ||
_hoist__subcmd__help__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help login commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__logout_commands] )) ||
_hoist__subcmd__help__subcmd__logout_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help logout commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__manifest_commands] )) ||
_hoist__subcmd__help__subcmd__manifest_commands() {
    local commands; commands=(
'get:Fetch a manifest or index and show it' \
'head:Print a manifest'\''s digest without downloading it (a HEAD request)' \
'put:Push a manifest from a file or stdin, byte for byte' \
'delete:Delete a manifest (by digest; a tag is resolved to its digest first)' \
    )
    _describe -t commands 'hoist help manifest commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__manifest__subcmd__delete_commands] )) ||
_hoist__subcmd__help__subcmd__manifest__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help manifest delete commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__manifest__subcmd__get_commands] )) ||
_hoist__subcmd__help__subcmd__manifest__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help manifest get commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__manifest__subcmd__head_commands] )) ||
_hoist__subcmd__help__subcmd__manifest__subcmd__head_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help manifest head commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__manifest__subcmd__put_commands] )) ||
_hoist__subcmd__help__subcmd__manifest__subcmd__put_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help manifest put commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__ratelimit_commands] )) ||
_hoist__subcmd__help__subcmd__ratelimit_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help ratelimit commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__referrers_commands] )) ||
_hoist__subcmd__help__subcmd__referrers_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help referrers commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__registry_commands] )) ||
_hoist__subcmd__help__subcmd__registry_commands() {
    local commands; commands=(
'probe:Find out what a registry supports\: API version, auth, anonymous pull, referrers API, OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits' \
    )
    _describe -t commands 'hoist help registry commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__registry__subcmd__probe_commands] )) ||
_hoist__subcmd__help__subcmd__registry__subcmd__probe_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help registry probe commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__repo_commands] )) ||
_hoist__subcmd__help__subcmd__repo_commands() {
    local commands; commands=(
'ls:List the repositories of a registry (its catalog, every page)' \
    )
    _describe -t commands 'hoist help repo commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__repo__subcmd__ls_commands] )) ||
_hoist__subcmd__help__subcmd__repo__subcmd__ls_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help repo ls commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__serve_commands] )) ||
_hoist__subcmd__help__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help serve commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__sign_commands] )) ||
_hoist__subcmd__help__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help sign commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__sync_commands] )) ||
_hoist__subcmd__help__subcmd__sync_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help sync commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__tag_commands] )) ||
_hoist__subcmd__help__subcmd__tag_commands() {
    local commands; commands=(
'ls:List a repository'\''s tags (sorted; every page of the registry'\''s listing)' \
'add:Point more tags at an image (one manifest PUT per tag, no blobs move)' \
'delete:Delete a tag, and only the tag\: the image and its other tags stay' \
    )
    _describe -t commands 'hoist help tag commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__tag__subcmd__add_commands] )) ||
_hoist__subcmd__help__subcmd__tag__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help tag add commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__tag__subcmd__delete_commands] )) ||
_hoist__subcmd__help__subcmd__tag__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help tag delete commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__tag__subcmd__ls_commands] )) ||
_hoist__subcmd__help__subcmd__tag__subcmd__ls_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help tag ls commands' commands "$@"
}
(( $+functions[_hoist__subcmd__help__subcmd__verify_commands] )) ||
_hoist__subcmd__help__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'hoist help verify commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image_commands] )) ||
_hoist__subcmd__image_commands() {
    local commands; commands=(
'inspect:Show an image'\''s digest, platform, config and layers (with diffIDs)' \
'files:List the files of an image as a container sees them (every layer merged), or with \`--layers\` what each layer adds, changes and deletes' \
'cat:Write one file of an image to stdout' \
'size:Show what an image costs to download, per platform and in all' \
'audit:Find shadowed files, wasted bytes and secrets in an image' \
'diff:Compare two images\: files added, removed and changed, and config differences' \
'compose:Make an image from a base and pre-built layer images, with no build and no layer downloaded' \
'mod:Change an image'\''s config, annotations or layers, where it lives' \
'squash:Merge an image'\''s layers into one (above the first N, or above a base'\''s)' \
'rebase:Put an image'\''s own layers on a new base' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist image commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__audit_commands] )) ||
_hoist__subcmd__image__subcmd__audit_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image audit commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__cat_commands] )) ||
_hoist__subcmd__image__subcmd__cat_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image cat commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__compose_commands] )) ||
_hoist__subcmd__image__subcmd__compose_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image compose commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__diff_commands] )) ||
_hoist__subcmd__image__subcmd__diff_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image diff commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__files_commands] )) ||
_hoist__subcmd__image__subcmd__files_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image files commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__help_commands] )) ||
_hoist__subcmd__image__subcmd__help_commands() {
    local commands; commands=(
'inspect:Show an image'\''s digest, platform, config and layers (with diffIDs)' \
'files:List the files of an image as a container sees them (every layer merged), or with \`--layers\` what each layer adds, changes and deletes' \
'cat:Write one file of an image to stdout' \
'size:Show what an image costs to download, per platform and in all' \
'audit:Find shadowed files, wasted bytes and secrets in an image' \
'diff:Compare two images\: files added, removed and changed, and config differences' \
'compose:Make an image from a base and pre-built layer images, with no build and no layer downloaded' \
'mod:Change an image'\''s config, annotations or layers, where it lives' \
'squash:Merge an image'\''s layers into one (above the first N, or above a base'\''s)' \
'rebase:Put an image'\''s own layers on a new base' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist image help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__help__subcmd__audit_commands] )) ||
_hoist__subcmd__image__subcmd__help__subcmd__audit_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image help audit commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__help__subcmd__cat_commands] )) ||
_hoist__subcmd__image__subcmd__help__subcmd__cat_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image help cat commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__help__subcmd__compose_commands] )) ||
_hoist__subcmd__image__subcmd__help__subcmd__compose_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image help compose commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__help__subcmd__diff_commands] )) ||
_hoist__subcmd__image__subcmd__help__subcmd__diff_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image help diff commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__help__subcmd__files_commands] )) ||
_hoist__subcmd__image__subcmd__help__subcmd__files_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image help files commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__image__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__help__subcmd__inspect_commands] )) ||
_hoist__subcmd__image__subcmd__help__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image help inspect commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__help__subcmd__mod_commands] )) ||
_hoist__subcmd__image__subcmd__help__subcmd__mod_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image help mod commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__help__subcmd__rebase_commands] )) ||
_hoist__subcmd__image__subcmd__help__subcmd__rebase_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image help rebase commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__help__subcmd__size_commands] )) ||
_hoist__subcmd__image__subcmd__help__subcmd__size_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image help size commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__help__subcmd__squash_commands] )) ||
_hoist__subcmd__image__subcmd__help__subcmd__squash_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image help squash commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__inspect_commands] )) ||
_hoist__subcmd__image__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image inspect commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__mod_commands] )) ||
_hoist__subcmd__image__subcmd__mod_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image mod commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__rebase_commands] )) ||
_hoist__subcmd__image__subcmd__rebase_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image rebase commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__size_commands] )) ||
_hoist__subcmd__image__subcmd__size_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image size commands' commands "$@"
}
(( $+functions[_hoist__subcmd__image__subcmd__squash_commands] )) ||
_hoist__subcmd__image__subcmd__squash_commands() {
    local commands; commands=()
    _describe -t commands 'hoist image squash commands' commands "$@"
}
(( $+functions[_hoist__subcmd__index_commands] )) ||
_hoist__subcmd__index_commands() {
    local commands; commands=(
'create:Write an index (multi-platform image) over existing images' \
'add:Add images to an existing index (an entry for the same platform is replaced)' \
'rm:Remove an entry from an index, by platform or digest' \
'remove:Remove an entry from an index, by platform or digest' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist index commands' commands "$@"
}
(( $+functions[_hoist__subcmd__index__subcmd__add_commands] )) ||
_hoist__subcmd__index__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'hoist index add commands' commands "$@"
}
(( $+functions[_hoist__subcmd__index__subcmd__create_commands] )) ||
_hoist__subcmd__index__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'hoist index create commands' commands "$@"
}
(( $+functions[_hoist__subcmd__index__subcmd__help_commands] )) ||
_hoist__subcmd__index__subcmd__help_commands() {
    local commands; commands=(
'create:Write an index (multi-platform image) over existing images' \
'add:Add images to an existing index (an entry for the same platform is replaced)' \
'rm:Remove an entry from an index, by platform or digest' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist index help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__index__subcmd__help__subcmd__add_commands] )) ||
_hoist__subcmd__index__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'hoist index help add commands' commands "$@"
}
(( $+functions[_hoist__subcmd__index__subcmd__help__subcmd__create_commands] )) ||
_hoist__subcmd__index__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'hoist index help create commands' commands "$@"
}
(( $+functions[_hoist__subcmd__index__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__index__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist index help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__index__subcmd__help__subcmd__rm_commands] )) ||
_hoist__subcmd__index__subcmd__help__subcmd__rm_commands() {
    local commands; commands=()
    _describe -t commands 'hoist index help rm commands' commands "$@"
}
(( $+functions[_hoist__subcmd__index__subcmd__rm_commands] )) ||
_hoist__subcmd__index__subcmd__rm_commands() {
    local commands; commands=()
    _describe -t commands 'hoist index rm commands' commands "$@"
}
(( $+functions[_hoist__subcmd__key_commands] )) ||
_hoist__subcmd__key_commands() {
    local commands; commands=(
'generate:Write a new ECDSA P-256 key pair\: NAME.key (encrypted, 0600) and NAME.pub' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist key commands' commands "$@"
}
(( $+functions[_hoist__subcmd__key__subcmd__generate_commands] )) ||
_hoist__subcmd__key__subcmd__generate_commands() {
    local commands; commands=()
    _describe -t commands 'hoist key generate commands' commands "$@"
}
(( $+functions[_hoist__subcmd__key__subcmd__help_commands] )) ||
_hoist__subcmd__key__subcmd__help_commands() {
    local commands; commands=(
'generate:Write a new ECDSA P-256 key pair\: NAME.key (encrypted, 0600) and NAME.pub' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist key help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__key__subcmd__help__subcmd__generate_commands] )) ||
_hoist__subcmd__key__subcmd__help__subcmd__generate_commands() {
    local commands; commands=()
    _describe -t commands 'hoist key help generate commands' commands "$@"
}
(( $+functions[_hoist__subcmd__key__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__key__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist key help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__layer_commands] )) ||
_hoist__subcmd__layer_commands() {
    local commands; commands=(
'pull:Download an image'\''s layers (verified, in parallel, resumable), and optionally apply them to a directory' \
'ls:List an image'\''s layers with their compressed digests, diffIDs and history' \
'list:List an image'\''s layers with their compressed digests, diffIDs and history' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist layer commands' commands "$@"
}
(( $+functions[_hoist__subcmd__layer__subcmd__help_commands] )) ||
_hoist__subcmd__layer__subcmd__help_commands() {
    local commands; commands=(
'pull:Download an image'\''s layers (verified, in parallel, resumable), and optionally apply them to a directory' \
'ls:List an image'\''s layers with their compressed digests, diffIDs and history' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist layer help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__layer__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__layer__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist layer help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__layer__subcmd__help__subcmd__ls_commands] )) ||
_hoist__subcmd__layer__subcmd__help__subcmd__ls_commands() {
    local commands; commands=()
    _describe -t commands 'hoist layer help ls commands' commands "$@"
}
(( $+functions[_hoist__subcmd__layer__subcmd__help__subcmd__pull_commands] )) ||
_hoist__subcmd__layer__subcmd__help__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'hoist layer help pull commands' commands "$@"
}
(( $+functions[_hoist__subcmd__layer__subcmd__ls_commands] )) ||
_hoist__subcmd__layer__subcmd__ls_commands() {
    local commands; commands=()
    _describe -t commands 'hoist layer ls commands' commands "$@"
}
(( $+functions[_hoist__subcmd__layer__subcmd__pull_commands] )) ||
_hoist__subcmd__layer__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'hoist layer pull commands' commands "$@"
}
(( $+functions[_hoist__subcmd__login_commands] )) ||
_hoist__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'hoist login commands' commands "$@"
}
(( $+functions[_hoist__subcmd__logout_commands] )) ||
_hoist__subcmd__logout_commands() {
    local commands; commands=()
    _describe -t commands 'hoist logout commands' commands "$@"
}
(( $+functions[_hoist__subcmd__manifest_commands] )) ||
_hoist__subcmd__manifest_commands() {
    local commands; commands=(
'get:Fetch a manifest or index and show it' \
'head:Print a manifest'\''s digest without downloading it (a HEAD request)' \
'put:Push a manifest from a file or stdin, byte for byte' \
'delete:Delete a manifest (by digest; a tag is resolved to its digest first)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist manifest commands' commands "$@"
}
(( $+functions[_hoist__subcmd__manifest__subcmd__delete_commands] )) ||
_hoist__subcmd__manifest__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'hoist manifest delete commands' commands "$@"
}
(( $+functions[_hoist__subcmd__manifest__subcmd__get_commands] )) ||
_hoist__subcmd__manifest__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'hoist manifest get commands' commands "$@"
}
(( $+functions[_hoist__subcmd__manifest__subcmd__head_commands] )) ||
_hoist__subcmd__manifest__subcmd__head_commands() {
    local commands; commands=()
    _describe -t commands 'hoist manifest head commands' commands "$@"
}
(( $+functions[_hoist__subcmd__manifest__subcmd__help_commands] )) ||
_hoist__subcmd__manifest__subcmd__help_commands() {
    local commands; commands=(
'get:Fetch a manifest or index and show it' \
'head:Print a manifest'\''s digest without downloading it (a HEAD request)' \
'put:Push a manifest from a file or stdin, byte for byte' \
'delete:Delete a manifest (by digest; a tag is resolved to its digest first)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist manifest help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__manifest__subcmd__help__subcmd__delete_commands] )) ||
_hoist__subcmd__manifest__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'hoist manifest help delete commands' commands "$@"
}
(( $+functions[_hoist__subcmd__manifest__subcmd__help__subcmd__get_commands] )) ||
_hoist__subcmd__manifest__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'hoist manifest help get commands' commands "$@"
}
(( $+functions[_hoist__subcmd__manifest__subcmd__help__subcmd__head_commands] )) ||
_hoist__subcmd__manifest__subcmd__help__subcmd__head_commands() {
    local commands; commands=()
    _describe -t commands 'hoist manifest help head commands' commands "$@"
}
(( $+functions[_hoist__subcmd__manifest__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__manifest__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist manifest help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__manifest__subcmd__help__subcmd__put_commands] )) ||
_hoist__subcmd__manifest__subcmd__help__subcmd__put_commands() {
    local commands; commands=()
    _describe -t commands 'hoist manifest help put commands' commands "$@"
}
(( $+functions[_hoist__subcmd__manifest__subcmd__put_commands] )) ||
_hoist__subcmd__manifest__subcmd__put_commands() {
    local commands; commands=()
    _describe -t commands 'hoist manifest put commands' commands "$@"
}
(( $+functions[_hoist__subcmd__ratelimit_commands] )) ||
_hoist__subcmd__ratelimit_commands() {
    local commands; commands=()
    _describe -t commands 'hoist ratelimit commands' commands "$@"
}
(( $+functions[_hoist__subcmd__referrers_commands] )) ||
_hoist__subcmd__referrers_commands() {
    local commands; commands=()
    _describe -t commands 'hoist referrers commands' commands "$@"
}
(( $+functions[_hoist__subcmd__registry_commands] )) ||
_hoist__subcmd__registry_commands() {
    local commands; commands=(
'probe:Find out what a registry supports\: API version, auth, anonymous pull, referrers API, OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist registry commands' commands "$@"
}
(( $+functions[_hoist__subcmd__registry__subcmd__help_commands] )) ||
_hoist__subcmd__registry__subcmd__help_commands() {
    local commands; commands=(
'probe:Find out what a registry supports\: API version, auth, anonymous pull, referrers API, OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist registry help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__registry__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__registry__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist registry help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__registry__subcmd__help__subcmd__probe_commands] )) ||
_hoist__subcmd__registry__subcmd__help__subcmd__probe_commands() {
    local commands; commands=()
    _describe -t commands 'hoist registry help probe commands' commands "$@"
}
(( $+functions[_hoist__subcmd__registry__subcmd__probe_commands] )) ||
_hoist__subcmd__registry__subcmd__probe_commands() {
    local commands; commands=()
    _describe -t commands 'hoist registry probe commands' commands "$@"
}
(( $+functions[_hoist__subcmd__repo_commands] )) ||
_hoist__subcmd__repo_commands() {
    local commands; commands=(
'ls:List the repositories of a registry (its catalog, every page)' \
'list:List the repositories of a registry (its catalog, every page)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist repo commands' commands "$@"
}
(( $+functions[_hoist__subcmd__repo__subcmd__help_commands] )) ||
_hoist__subcmd__repo__subcmd__help_commands() {
    local commands; commands=(
'ls:List the repositories of a registry (its catalog, every page)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist repo help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__repo__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__repo__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist repo help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__repo__subcmd__help__subcmd__ls_commands] )) ||
_hoist__subcmd__repo__subcmd__help__subcmd__ls_commands() {
    local commands; commands=()
    _describe -t commands 'hoist repo help ls commands' commands "$@"
}
(( $+functions[_hoist__subcmd__repo__subcmd__ls_commands] )) ||
_hoist__subcmd__repo__subcmd__ls_commands() {
    local commands; commands=()
    _describe -t commands 'hoist repo ls commands' commands "$@"
}
(( $+functions[_hoist__subcmd__serve_commands] )) ||
_hoist__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'hoist serve commands' commands "$@"
}
(( $+functions[_hoist__subcmd__sign_commands] )) ||
_hoist__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'hoist sign commands' commands "$@"
}
(( $+functions[_hoist__subcmd__sync_commands] )) ||
_hoist__subcmd__sync_commands() {
    local commands; commands=()
    _describe -t commands 'hoist sync commands' commands "$@"
}
(( $+functions[_hoist__subcmd__tag_commands] )) ||
_hoist__subcmd__tag_commands() {
    local commands; commands=(
'ls:List a repository'\''s tags (sorted; every page of the registry'\''s listing)' \
'list:List a repository'\''s tags (sorted; every page of the registry'\''s listing)' \
'add:Point more tags at an image (one manifest PUT per tag, no blobs move)' \
'delete:Delete a tag, and only the tag\: the image and its other tags stay' \
'rm:Delete a tag, and only the tag\: the image and its other tags stay' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist tag commands' commands "$@"
}
(( $+functions[_hoist__subcmd__tag__subcmd__add_commands] )) ||
_hoist__subcmd__tag__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'hoist tag add commands' commands "$@"
}
(( $+functions[_hoist__subcmd__tag__subcmd__delete_commands] )) ||
_hoist__subcmd__tag__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'hoist tag delete commands' commands "$@"
}
(( $+functions[_hoist__subcmd__tag__subcmd__help_commands] )) ||
_hoist__subcmd__tag__subcmd__help_commands() {
    local commands; commands=(
'ls:List a repository'\''s tags (sorted; every page of the registry'\''s listing)' \
'add:Point more tags at an image (one manifest PUT per tag, no blobs move)' \
'delete:Delete a tag, and only the tag\: the image and its other tags stay' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'hoist tag help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__tag__subcmd__help__subcmd__add_commands] )) ||
_hoist__subcmd__tag__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'hoist tag help add commands' commands "$@"
}
(( $+functions[_hoist__subcmd__tag__subcmd__help__subcmd__delete_commands] )) ||
_hoist__subcmd__tag__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'hoist tag help delete commands' commands "$@"
}
(( $+functions[_hoist__subcmd__tag__subcmd__help__subcmd__help_commands] )) ||
_hoist__subcmd__tag__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'hoist tag help help commands' commands "$@"
}
(( $+functions[_hoist__subcmd__tag__subcmd__help__subcmd__ls_commands] )) ||
_hoist__subcmd__tag__subcmd__help__subcmd__ls_commands() {
    local commands; commands=()
    _describe -t commands 'hoist tag help ls commands' commands "$@"
}
(( $+functions[_hoist__subcmd__tag__subcmd__ls_commands] )) ||
_hoist__subcmd__tag__subcmd__ls_commands() {
    local commands; commands=()
    _describe -t commands 'hoist tag ls commands' commands "$@"
}
(( $+functions[_hoist__subcmd__verify_commands] )) ||
_hoist__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'hoist verify commands' commands "$@"
}

if [ "$funcstack[1]" = "_hoist" ]; then
    _hoist "$@"
else
    compdef _hoist hoist
fi
