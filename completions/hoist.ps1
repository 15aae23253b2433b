
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'hoist' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'hoist'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'hoist' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Get, check, push and delete manifests')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read image configs')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Inspect images (manifest and config together)')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, 'Write multi-platform indexes over existing images')
            [CompletionResult]::new('blob', 'blob', [CompletionResultType]::ParameterValue, 'Download, check, upload and delete blobs')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy or retag images between registries and OCI layouts')
            [CompletionResult]::new('cp', 'cp', [CompletionResultType]::ParameterValue, 'Copy or retag images between registries and OCI layouts')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Write docker and OCI archives (`docker save`''s and `oci-archive:` formats)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Mirror many images from a sync file (regsync''s shape), shardable across jobs')
            [CompletionResult]::new('layer', 'layer', [CompletionResultType]::ParameterValue, 'Pull, extract and list layers')
            [CompletionResult]::new('digest', 'digest', [CompletionResultType]::ParameterValue, 'Hash local files, or verify an image''s digests and diffIDs')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'List, add and delete tags')
            [CompletionResult]::new('referrers', 'referrers', [CompletionResultType]::ParameterValue, 'List what is attached to an image: signatures, SBOMs, attestations')
            [CompletionResult]::new('artifact', 'artifact', [CompletionResultType]::ParameterValue, 'Push, attach and pull OCI artifacts (files, SBOMs), as oras does')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Make signing keys in cosign''s formats')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign an image as cosign does (a `sha256-<hex>.sig` tag beside it)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an image''s cosign signatures with a public key (exit 5 unless one verifies)')
            [CompletionResult]::new('repo', 'repo', [CompletionResultType]::ParameterValue, 'List repositories')
            [CompletionResult]::new('registry', 'registry', [CompletionResultType]::ParameterValue, 'Find out what a registry supports')
            [CompletionResult]::new('ratelimit', 'ratelimit', [CompletionResultType]::ParameterValue, 'Show Docker Hub''s pull rate limit and what is left of it (one HEAD; spends no pull)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve OCI layouts as a registry (with the referrers API, and images composed on request)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Verify and store credentials for a registry')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove stored credentials for a registry')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;manifest' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Fetch a manifest or index and show it')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print a manifest''s digest without downloading it (a HEAD request)')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Push a manifest from a file or stdin, byte for byte')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a manifest (by digest; a tag is resolved to its digest first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;manifest;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Resolve an index to this platform''s manifest (`os/arch[/variant]`, `local`)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Resolve an index to this platform''s manifest (`os/arch[/variant]`, `local`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;manifest;head' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Print the digest of this platform''s manifest in an index (`crane digest --platform`): one GET of the index instead of the HEAD')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Print the digest of this platform''s manifest in an index (`crane digest --platform`): one GET of the index instead of the HEAD')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;manifest;put' {
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'Media type to push as (default: the document''s `mediaType`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;manifest;delete' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;manifest;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Fetch a manifest or index and show it')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print a manifest''s digest without downloading it (a HEAD request)')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Push a manifest from a file or stdin, byte for byte')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a manifest (by digest; a tag is resolved to its digest first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;manifest;help;get' {
            break
        }
        'hoist;manifest;help;head' {
            break
        }
        'hoist;manifest;help;put' {
            break
        }
        'hoist;manifest;help;delete' {
            break
        }
        'hoist;manifest;help;help' {
            break
        }
        'hoist;config' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Fetch an image''s config and summarise it')
            [CompletionResult]::new('fetch', 'fetch', [CompletionResultType]::ParameterValue, 'Fetch an image''s config and summarise it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;config;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;config;fetch' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Fetch an image''s config and summarise it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;config;help;get' {
            break
        }
        'hoist;config;help;help' {
            break
        }
        'hoist;image' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show an image''s digest, platform, config and layers (with diffIDs)')
            [CompletionResult]::new('files', 'files', [CompletionResultType]::ParameterValue, 'List the files of an image as a container sees them (every layer merged), or with `--layers` what each layer adds, changes and deletes')
            [CompletionResult]::new('cat', 'cat', [CompletionResultType]::ParameterValue, 'Write one file of an image to stdout')
            [CompletionResult]::new('size', 'size', [CompletionResultType]::ParameterValue, 'Show what an image costs to download, per platform and in all')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Find shadowed files, wasted bytes and secrets in an image')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare two images: files added, removed and changed, and config differences')
            [CompletionResult]::new('compose', 'compose', [CompletionResultType]::ParameterValue, 'Make an image from a base and pre-built layer images, with no build and no layer downloaded')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change an image''s config, annotations or layers, where it lives')
            [CompletionResult]::new('squash', 'squash', [CompletionResultType]::ParameterValue, 'Merge an image''s layers into one (above the first N, or above a base''s)')
            [CompletionResult]::new('rebase', 'rebase', [CompletionResultType]::ParameterValue, 'Put an image''s own layers on a new base')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;image;inspect' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;image;files' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Layers streamed at once')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Layers streamed at once')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--layers', '--layers', [CompletionResultType]::ParameterName, 'Show each layer''s additions, changes and deletions instead of the merged tree')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;image;cat' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;image;size' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platforms to count: one, or `all` (the default)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platforms to count: one, or `all` (the default)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Layers streamed at once with `--uncompressed`')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Layers streamed at once with `--uncompressed`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--uncompressed', '--uncompressed', [CompletionResultType]::ParameterName, 'Also stream every layer to add up what it unpacks to')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;image;audit' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s), or `all`')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s), or `all`')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 7 when the audit finds any of these: `secrets`, `shadowed`, `wasted:PCT` (more than PCT percent of the layers'' bytes wasted), comma-separated')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Layers streamed at once')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Layers streamed at once')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;image;diff' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platform to pick from indexes (default: this machine''s)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform to pick from indexes (default: this machine''s)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Layers streamed at once')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Layers streamed at once')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;image;compose' {
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'The base image (its layers come first)')
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'A layer image whose layers are appended, in order (repeatable)')
            [CompletionResult]::new('--spec', '--spec', [CompletionResultType]::ParameterName, 'A TOML spec: `base`, `layers` and an optional `[config]` table of edits')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set an environment variable (replacing one of the same name)')
            [CompletionResult]::new('--env-rm', '--env-rm', [CompletionResultType]::ParameterName, 'Remove an environment variable')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set a config label')
            [CompletionResult]::new('--label-rm', '--label-rm', [CompletionResultType]::ParameterName, 'Remove a config label')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'Set an annotation on each image manifest')
            [CompletionResult]::new('--annotation-index', '--annotation-index', [CompletionResultType]::ParameterName, 'Set an annotation on the index (when one is written)')
            [CompletionResult]::new('--cmd', '--cmd', [CompletionResultType]::ParameterName, 'The command: a JSON array (`''["php-fpm","-F"]''`) or words (`php-fpm -F`); `''''` clears it')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'The entrypoint, written as `--cmd` is')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (`name`, `uid`, `uid:gid`)')
            [CompletionResult]::new('--workdir', '--workdir', [CompletionResultType]::ParameterName, 'The working directory')
            [CompletionResult]::new('--expose-add', '--expose-add', [CompletionResultType]::ParameterName, 'Declare a port (`8080` is `8080/tcp`)')
            [CompletionResult]::new('--expose-rm', '--expose-rm', [CompletionResultType]::ParameterName, 'Remove a declared port')
            [CompletionResult]::new('--volume-add', '--volume-add', [CompletionResultType]::ParameterName, 'Declare a volume')
            [CompletionResult]::new('--volume-rm', '--volume-rm', [CompletionResultType]::ParameterName, 'Remove a declared volume')
            [CompletionResult]::new('--created', '--created', [CompletionResultType]::ParameterName, 'The config''s creation time: `now`, seconds since the epoch, or RFC 3339. Without it the time is left as it was (no clock is read)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only these platforms of an index (repeatable; default: every one)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only these platforms of an index (repeatable; default: every one)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Blobs moved at once')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Blobs moved at once')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--reproducible', '--reproducible', [CompletionResultType]::ParameterName, 'Fix every time hoist writes (the config''s and each history entry''s) to `--created`, else `SOURCE_DATE_EPOCH`, else the epoch')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the new documents and push nothing')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;image;mod' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set an environment variable (replacing one of the same name)')
            [CompletionResult]::new('--env-rm', '--env-rm', [CompletionResultType]::ParameterName, 'Remove an environment variable')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set a config label')
            [CompletionResult]::new('--label-rm', '--label-rm', [CompletionResultType]::ParameterName, 'Remove a config label')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'Set an annotation on each image manifest')
            [CompletionResult]::new('--annotation-index', '--annotation-index', [CompletionResultType]::ParameterName, 'Set an annotation on the index (when one is written)')
            [CompletionResult]::new('--cmd', '--cmd', [CompletionResultType]::ParameterName, 'The command: a JSON array (`''["php-fpm","-F"]''`) or words (`php-fpm -F`); `''''` clears it')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'The entrypoint, written as `--cmd` is')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (`name`, `uid`, `uid:gid`)')
            [CompletionResult]::new('--workdir', '--workdir', [CompletionResultType]::ParameterName, 'The working directory')
            [CompletionResult]::new('--expose-add', '--expose-add', [CompletionResultType]::ParameterName, 'Declare a port (`8080` is `8080/tcp`)')
            [CompletionResult]::new('--expose-rm', '--expose-rm', [CompletionResultType]::ParameterName, 'Remove a declared port')
            [CompletionResult]::new('--volume-add', '--volume-add', [CompletionResultType]::ParameterName, 'Declare a volume')
            [CompletionResult]::new('--volume-rm', '--volume-rm', [CompletionResultType]::ParameterName, 'Remove a declared volume')
            [CompletionResult]::new('--created', '--created', [CompletionResultType]::ParameterName, 'The config''s creation time: `now`, seconds since the epoch, or RFC 3339. Without it the time is left as it was (no clock is read)')
            [CompletionResult]::new('--layer-rm', '--layer-rm', [CompletionResultType]::ParameterName, 'Remove layer N (numbered from 1, as `hoist layer ls` numbers them; repeatable)')
            [CompletionResult]::new('--layer-rm-created-by', '--layer-rm-created-by', [CompletionResultType]::ParameterName, 'Remove the layers whose history `created_by` matches this regular expression')
            [CompletionResult]::new('--layer-add', '--layer-add', [CompletionResultType]::ParameterName, 'Append a layer: a directory (tarred deterministically), a tar file (plain, gzip or zstd), or an image whose layers are appended (repeatable, in order)')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Compress the uncompressed layers (a docker archive''s tars) with gzip or zstd: their digests change, their diffIDs do not')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only these platforms of an index (repeatable; default: every one)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only these platforms of an index (repeatable; default: every one)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Blobs moved at once')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Blobs moved at once')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--reproducible', '--reproducible', [CompletionResultType]::ParameterName, 'Fix every time hoist writes (the config''s and each history entry''s) to `--created`, else `SOURCE_DATE_EPOCH`, else the epoch')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the new documents and push nothing')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;image;squash' {
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the first N layers as they are and squash the rest (default 0: all)')
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Keep the layers of this base image (SOURCE must start with them)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only these platforms of an index (repeatable; default: every one)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only these platforms of an index (repeatable; default: every one)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Blobs moved at once')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Blobs moved at once')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the new documents and push nothing')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;image;rebase' {
            [CompletionResult]::new('--old-base', '--old-base', [CompletionResultType]::ParameterName, 'The base SOURCE was built on (its layers must be SOURCE''s first ones)')
            [CompletionResult]::new('--new-base', '--new-base', [CompletionResultType]::ParameterName, 'The base to put under SOURCE''s own layers instead')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only these platforms of an index (repeatable; default: every one)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only these platforms of an index (repeatable; default: every one)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Blobs moved at once')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Blobs moved at once')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the new documents and push nothing')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;image;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show an image''s digest, platform, config and layers (with diffIDs)')
            [CompletionResult]::new('files', 'files', [CompletionResultType]::ParameterValue, 'List the files of an image as a container sees them (every layer merged), or with `--layers` what each layer adds, changes and deletes')
            [CompletionResult]::new('cat', 'cat', [CompletionResultType]::ParameterValue, 'Write one file of an image to stdout')
            [CompletionResult]::new('size', 'size', [CompletionResultType]::ParameterValue, 'Show what an image costs to download, per platform and in all')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Find shadowed files, wasted bytes and secrets in an image')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare two images: files added, removed and changed, and config differences')
            [CompletionResult]::new('compose', 'compose', [CompletionResultType]::ParameterValue, 'Make an image from a base and pre-built layer images, with no build and no layer downloaded')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change an image''s config, annotations or layers, where it lives')
            [CompletionResult]::new('squash', 'squash', [CompletionResultType]::ParameterValue, 'Merge an image''s layers into one (above the first N, or above a base''s)')
            [CompletionResult]::new('rebase', 'rebase', [CompletionResultType]::ParameterValue, 'Put an image''s own layers on a new base')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;image;help;inspect' {
            break
        }
        'hoist;image;help;files' {
            break
        }
        'hoist;image;help;cat' {
            break
        }
        'hoist;image;help;size' {
            break
        }
        'hoist;image;help;audit' {
            break
        }
        'hoist;image;help;diff' {
            break
        }
        'hoist;image;help;compose' {
            break
        }
        'hoist;image;help;mod' {
            break
        }
        'hoist;image;help;squash' {
            break
        }
        'hoist;image;help;rebase' {
            break
        }
        'hoist;image;help;help' {
            break
        }
        'hoist;index' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Write an index (multi-platform image) over existing images')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add images to an existing index (an entry for the same platform is replaced)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove an entry from an index, by platform or digest')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an entry from an index, by platform or digest')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;index;create' {
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'Set an annotation on the index')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only these platforms of an index (repeatable; default: every one)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only these platforms of an index (repeatable; default: every one)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Blobs moved at once')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Blobs moved at once')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the new documents and push nothing')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;index;add' {
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'Set an annotation on the index')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only these platforms of an index (repeatable; default: every one)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Only these platforms of an index (repeatable; default: every one)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Blobs moved at once')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Blobs moved at once')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the new documents and push nothing')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;index;rm' {
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Remove the entry for this platform')
            [CompletionResult]::new('--digest', '--digest', [CompletionResultType]::ParameterName, 'Remove the entry with this digest')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the new index and push nothing')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;index;remove' {
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Remove the entry for this platform')
            [CompletionResult]::new('--digest', '--digest', [CompletionResultType]::ParameterName, 'Remove the entry with this digest')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the new index and push nothing')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;index;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Write an index (multi-platform image) over existing images')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add images to an existing index (an entry for the same platform is replaced)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove an entry from an index, by platform or digest')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;index;help;create' {
            break
        }
        'hoist;index;help;add' {
            break
        }
        'hoist;index;help;rm' {
            break
        }
        'hoist;index;help;help' {
            break
        }
        'hoist;blob' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download a blob, verifying its digest')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Show a blob''s size and digest without downloading it')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Upload a file (or stdin) as a blob; prints its digest')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a blob from a repository (registries must allow deletion)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a blob from a repository (registries must allow deletion)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;blob;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (into a directory: as `DIR/<digest hex>`; `-` is stdout, also when it is a terminal)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (into a directory: as `DIR/<digest hex>`; `-` is stdout, also when it is a terminal)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;blob;head' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;blob;put' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;blob;delete' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;blob;rm' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;blob;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download a blob, verifying its digest')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Show a blob''s size and digest without downloading it')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Upload a file (or stdin) as a blob; prints its digest')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a blob from a repository (registries must allow deletion)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;blob;help;get' {
            break
        }
        'hoist;blob;help;head' {
            break
        }
        'hoist;blob;help;put' {
            break
        }
        'hoist;blob;help;delete' {
            break
        }
        'hoist;blob;help;help' {
            break
        }
        'hoist;copy' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Copy only these platforms (repeatable). One platform copies that image manifest itself')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Copy only these platforms (repeatable). One platform copies that image manifest itself')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Parallel blob transfers (blobs under 1 MiB count as a quarter)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Parallel blob transfers (blobs under 1 MiB count as a quarter)')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Compress the source''s uncompressed layers (a docker archive''s tars) on the way, with gzip or zstd: those layers get new digests (said so); their diffIDs stay')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'With `--all-tags`: only tags matching this regular expression')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'With `--all-tags`: leave out tags matching this regular expression')
            [CompletionResult]::new('--src-creds', '--src-creds', [CompletionResultType]::ParameterName, 'Credentials for the source registry')
            [CompletionResult]::new('--dest-creds', '--dest-creds', [CompletionResultType]::ParameterName, 'Credentials for the destination registry')
            [CompletionResult]::new('--verify-key', '--verify-key', [CompletionResultType]::ParameterName, 'Promote only what is signed: verify with this public key (repeat for several; any may match) before anything is written, and carry the `.sig` tags along (exit 5 unsigned)')
            [CompletionResult]::new('--allow-identity', '--allow-identity', [CompletionResultType]::ParameterName, 'With `--verify-key`: also accept signatures made for this repository')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--referrers', '--referrers', [CompletionResultType]::ParameterName, 'Also copy referrers (signatures, SBOMs, attestations) of every copied manifest')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be copied, skipped or mounted, without writing anything')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Copy even what the destination already has')
            [CompletionResult]::new('--all-tags', '--all-tags', [CompletionResultType]::ParameterName, 'Copy every tag of the source repository to the destination repository (an image whose digest is already there costs one HEAD on each side)')
            [CompletionResult]::new('--ignore-identity', '--ignore-identity', [CompletionResultType]::ParameterName, 'With `--verify-key`: accept a signature whatever repository it names')
            [CompletionResult]::new('--digest-tags', '--digest-tags', [CompletionResultType]::ParameterName, 'Also copy every tag named after a copied manifest''s digest (`sha256-<hex>.sig`, `.att`, `.sbom`, `.meta`, ...), for the image and its children')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;cp' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Copy only these platforms (repeatable). One platform copies that image manifest itself')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Copy only these platforms (repeatable). One platform copies that image manifest itself')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Parallel blob transfers (blobs under 1 MiB count as a quarter)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Parallel blob transfers (blobs under 1 MiB count as a quarter)')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Compress the source''s uncompressed layers (a docker archive''s tars) on the way, with gzip or zstd: those layers get new digests (said so); their diffIDs stay')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'With `--all-tags`: only tags matching this regular expression')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'With `--all-tags`: leave out tags matching this regular expression')
            [CompletionResult]::new('--src-creds', '--src-creds', [CompletionResultType]::ParameterName, 'Credentials for the source registry')
            [CompletionResult]::new('--dest-creds', '--dest-creds', [CompletionResultType]::ParameterName, 'Credentials for the destination registry')
            [CompletionResult]::new('--verify-key', '--verify-key', [CompletionResultType]::ParameterName, 'Promote only what is signed: verify with this public key (repeat for several; any may match) before anything is written, and carry the `.sig` tags along (exit 5 unsigned)')
            [CompletionResult]::new('--allow-identity', '--allow-identity', [CompletionResultType]::ParameterName, 'With `--verify-key`: also accept signatures made for this repository')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--referrers', '--referrers', [CompletionResultType]::ParameterName, 'Also copy referrers (signatures, SBOMs, attestations) of every copied manifest')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be copied, skipped or mounted, without writing anything')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Copy even what the destination already has')
            [CompletionResult]::new('--all-tags', '--all-tags', [CompletionResultType]::ParameterName, 'Copy every tag of the source repository to the destination repository (an image whose digest is already there costs one HEAD on each side)')
            [CompletionResult]::new('--ignore-identity', '--ignore-identity', [CompletionResultType]::ParameterName, 'With `--verify-key`: accept a signature whatever repository it names')
            [CompletionResult]::new('--digest-tags', '--digest-tags', [CompletionResultType]::ParameterName, 'Also copy every tag named after a copied manifest''s digest (`sha256-<hex>.sig`, `.att`, `.sbom`, `.meta`, ...), for the image and its children')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;archive' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Write images into a docker archive (`docker save`''s format) that `docker load` and `podman load` read, or into an OCI archive (a tar of an OCI image layout)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;archive;create' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platform to pick from indexes (default: this machine''s for docker archives, every platform for OCI archives)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform to pick from indexes (default: this machine''s for docker archives, every platform for OCI archives)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;archive;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Write images into a docker archive (`docker save`''s format) that `docker load` and `podman load` read, or into an OCI archive (a tar of an OCI image layout)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;archive;help;create' {
            break
        }
        'hoist;archive;help;help' {
            break
        }
        'hoist;sync' {
            [CompletionResult]::new('--shard', '--shard', [CompletionResultType]::ParameterName, 'Run only shard I of N (0 <= I < N): images are split by a stable hash of their source')
            [CompletionResult]::new('--dest', '--dest', [CompletionResultType]::ParameterName, 'For a `skopeo sync` YAML file (registries at the top): where images land, as `DEST/<name>:<tag>` (`skopeo sync --src yaml --dest docker FILE DEST`)')
            [CompletionResult]::new('--append-suffix', '--append-suffix', [CompletionResultType]::ParameterName, 'With `--dest`: appended to every target tag (skopeo''s `--append-suffix`)')
            [CompletionResult]::new('--rate-floor', '--rate-floor', [CompletionResultType]::ParameterName, 'Copy nothing more from a source that says it has this many pulls left or fewer (Docker Hub''s `ratelimit-remaining`); what is left is reported, and a later run takes it up (images already copied cost a HEAD each)')
            [CompletionResult]::new('--rate-poll', '--rate-poll', [CompletionResultType]::ParameterName, 'Seconds between asks while waiting')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Images copied at once (their checks, HEADs, run four times as many). Without it: the file''s `defaults.parallel`, as regsync reads it, else 4. An entry''s own `parallel` sets its blob transfers')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Images copied at once (their checks, HEADs, run four times as many). Without it: the file''s `defaults.parallel`, as regsync reads it, else 4. An entry''s own `parallel` sets its blob transfers')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be copied; copy nothing')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'Go on after a failure; the exit code is the worst failure''s')
            [CompletionResult]::new('--scoped', '--scoped', [CompletionResultType]::ParameterName, 'With `--dest`: images land at `PREFIX/<registry>/<repository>:<tag>` (skopeo''s `--scoped`), so images of the same name from two places do not meet')
            [CompletionResult]::new('--rate-wait', '--rate-wait', [CompletionResultType]::ParameterName, 'At the floor, wait for the window instead of stopping (asking again every `--rate-poll` seconds, with a HEAD, which spends no pull)')
            [CompletionResult]::new('--serve', '--serve', [CompletionResultType]::ParameterName, 'Keep running: each entry runs again at its `interval` or `schedule` (regsync''s server mode; cron times are UTC). Without it, a sync runs once and says it ignored them')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;layer' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download an image''s layers (verified, in parallel, resumable), and optionally apply them to a directory')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List an image''s layers with their compressed digests, diffIDs and history')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an image''s layers with their compressed digests, diffIDs and history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;layer;pull' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Directory to save the layer blobs in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Directory to save the layer blobs in')
            [CompletionResult]::new('--extract', '--extract', [CompletionResultType]::ParameterName, 'Apply the layers in order into this directory (a root filesystem)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Parallel downloads')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Parallel downloads')
            [CompletionResult]::new('--layer', '--layer', [CompletionResultType]::ParameterName, 'Only this layer: its 1-based position or its digest')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;layer;ls' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--sizes', '--sizes', [CompletionResultType]::ParameterName, 'Also show each layer''s uncompressed size (configs do not record it, so the layers are streamed and inflated, as `digest verify` does)')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;layer;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform to pick from an index (default: this machine''s)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--sizes', '--sizes', [CompletionResultType]::ParameterName, 'Also show each layer''s uncompressed size (configs do not record it, so the layers are streamed and inflated, as `digest verify` does)')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;layer;help' {
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download an image''s layers (verified, in parallel, resumable), and optionally apply them to a directory')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List an image''s layers with their compressed digests, diffIDs and history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;layer;help;pull' {
            break
        }
        'hoist;layer;help;ls' {
            break
        }
        'hoist;layer;help;help' {
            break
        }
        'hoist;digest' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Prove an image is intact: manifest, config, every layer''s digest and size, and every layer''s diffID against the config''s `rootfs.diff_ids`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;digest;verify' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Platform(s) to verify (default: every platform of an index)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Platform(s) to verify (default: every platform of an index)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Layers verified in parallel')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Layers verified in parallel')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--no-diffid', '--no-diffid', [CompletionResultType]::ParameterName, 'Check compressed digests and sizes only (no inflating)')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;digest;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Prove an image is intact: manifest, config, every layer''s digest and size, and every layer''s diffID against the config''s `rootfs.diff_ids`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;digest;help;verify' {
            break
        }
        'hoist;digest;help;help' {
            break
        }
        'hoist;tag' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a repository''s tags (sorted; every page of the registry''s listing)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a repository''s tags (sorted; every page of the registry''s listing)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Point more tags at an image (one manifest PUT per tag, no blobs move)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a tag, and only the tag: the image and its other tags stay')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a tag, and only the tag: the image and its other tags stay')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;tag;ls' {
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Only tags matching this regular expression')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave out tags matching this regular expression')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;tag;list' {
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Only tags matching this regular expression')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave out tags matching this regular expression')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;tag;add' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;tag;delete' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--manifest', '--manifest', [CompletionResultType]::ParameterName, 'On a registry that cannot delete a tag alone, delete the manifest it points at (and with it every other tag of that manifest) instead of moving the tag to a placeholder')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;tag;rm' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--manifest', '--manifest', [CompletionResultType]::ParameterName, 'On a registry that cannot delete a tag alone, delete the manifest it points at (and with it every other tag of that manifest) instead of moving the tag to a placeholder')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;tag;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a repository''s tags (sorted; every page of the registry''s listing)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Point more tags at an image (one manifest PUT per tag, no blobs move)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a tag, and only the tag: the image and its other tags stay')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;tag;help;ls' {
            break
        }
        'hoist;tag;help;add' {
            break
        }
        'hoist;tag;help;delete' {
            break
        }
        'hoist;tag;help;help' {
            break
        }
        'hoist;referrers' {
            [CompletionResult]::new('--artifact-type', '--artifact-type', [CompletionResultType]::ParameterName, 'Only referrers of this artifact type')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'Also list what refers to each referrer, recursively')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;artifact' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push files as an OCI 1.1 artifact')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach files to an image (a referrer: `subject` is the image), as `oras attach` does')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Pull an artifact''s files into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;artifact;push' {
            [CompletionResult]::new('--artifact-type', '--artifact-type', [CompletionResultType]::ParameterName, 'The manifest''s `artifactType` (default `application/vnd.unknown.artifact.v1`, or none with `--config`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A config blob instead of the empty `{}`')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'A manifest annotation')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The image this artifact refers to (in the same repository)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;artifact;attach' {
            [CompletionResult]::new('--artifact-type', '--artifact-type', [CompletionResultType]::ParameterName, 'The artifact''s type (what `referrers --artifact-type` filters on)')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'A manifest annotation')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;artifact;pull' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The directory to write into (created when missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The directory to write into (created when missing)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace files that exist')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;artifact;help' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push files as an OCI 1.1 artifact')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach files to an image (a referrer: `subject` is the image), as `oras attach` does')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Pull an artifact''s files into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;artifact;help;push' {
            break
        }
        'hoist;artifact;help;attach' {
            break
        }
        'hoist;artifact;help;pull' {
            break
        }
        'hoist;artifact;help;help' {
            break
        }
        'hoist;key' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write a new ECDSA P-256 key pair: NAME.key (encrypted, 0600) and NAME.pub')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;key;generate' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The files'' name: NAME.key and NAME.pub')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing key files')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;key;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write a new ECDSA P-256 key pair: NAME.key (encrypted, 0600) and NAME.pub')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;key;help;generate' {
            break
        }
        'hoist;key;help;help' {
            break
        }
        'hoist;sign' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The private key file')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'Put KEY=VALUE into the signed payload''s `optional` object')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Sign the index''s image for this platform instead of the index')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Sign the index''s image for this platform instead of the index')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;verify' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The public key file (PEM); repeat for several keys, any of which may match')
            [CompletionResult]::new('--allow-identity', '--allow-identity', [CompletionResultType]::ParameterName, 'Also accept signatures made for this repository (a mirror, the place it was promoted from)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Verify the index''s image for this platform instead of the index')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Verify the index''s image for this platform instead of the index')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--ignore-identity', '--ignore-identity', [CompletionResultType]::ParameterName, 'Accept a signature whatever repository it names (what `cosign verify` does by default)')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;repo' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the repositories of a registry (its catalog, every page)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the repositories of a registry (its catalog, every page)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;repo;ls' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;repo;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;repo;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the repositories of a registry (its catalog, every page)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;repo;help;ls' {
            break
        }
        'hoist;repo;help;help' {
            break
        }
        'hoist;registry' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Find out what a registry supports: API version, auth, anonymous pull, referrers API, OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;registry;probe' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--write', '--write', [CompletionResultType]::ParameterName, 'Also try writes on the repository (cleaned up after)')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;registry;help' {
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Find out what a registry supports: API version, auth, anonymous pull, referrers API, OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;registry;help;probe' {
            break
        }
        'hoist;registry;help;help' {
            break
        }
        'hoist;ratelimit' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;serve' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Address and port to listen on (port 0 picks a free one, printed at start)')
            [CompletionResult]::new('--htpasswd', '--htpasswd', [CompletionResultType]::ParameterName, 'Users and bcrypt passwords (`htpasswd -B`): writes need them, and reads too unless `--anonymous-read`')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'TLS certificate chain (PEM)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'TLS private key (PEM)')
            [CompletionResult]::new('--compose', '--compose', [CompletionResultType]::ParameterName, 'Virtual repositories composed on request (TOML)')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Connections served at once; more wait to be accepted (each holds a descriptor)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Refuse every write (405)')
            [CompletionResult]::new('--anonymous-read', '--anonymous-read', [CompletionResultType]::ParameterName, 'With `--htpasswd`: let anyone read')
            [CompletionResult]::new('--sparse-indexes', '--sparse-indexes', [CompletionResultType]::ParameterName, 'Accept an index whose listed manifests are not all here, as distribution 3 does with `validation.manifests.indexes.platforms: none`: a mirror of some of an image''s platforms that keeps the index''s digest (a sync file''s `platforms`). Images and their blobs are always checked')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;login' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Password on the command line (visible to other users; prefer `--password-stdin`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password on the command line (visible to other users; prefer `--password-stdin`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (or token) from standard input')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;logout' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;completion' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) in addition to the system''s')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; needs `--key-file`')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key (PEM) for `--cert-file`')
            [CompletionResult]::new('--creds', '--creds', [CompletionResultType]::ParameterName, 'Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command lines are visible to other users)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds a registry may keep hoist waiting with no bytes moving, before the request is given up (and retried, or resumed where it stopped)')
            [CompletionResult]::new('--min-rate', '--min-rate', [CompletionResultType]::ParameterName, 'Give up on a blob download that averages fewer than this many bytes per second over `--min-rate-window` of waiting on the network (0 turns the check off). Time spent waiting for the destination or the disk does not count')
            [CompletionResult]::new('--min-rate-window', '--min-rate-window', [CompletionResultType]::ParameterName, 'The window `--min-rate` is measured over')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Speak plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification, and allow credentials over plain HTTP')
            [CompletionResult]::new('--creds-stdin', '--creds-stdin', [CompletionResultType]::ParameterName, 'Read `USER:PASSWORD` from the first line of standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (`-v` requests and auth decisions, `-vv` everything)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoist;help' {
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Get, check, push and delete manifests')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read image configs')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Inspect images (manifest and config together)')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, 'Write multi-platform indexes over existing images')
            [CompletionResult]::new('blob', 'blob', [CompletionResultType]::ParameterValue, 'Download, check, upload and delete blobs')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy or retag images between registries and OCI layouts')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Write docker and OCI archives (`docker save`''s and `oci-archive:` formats)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Mirror many images from a sync file (regsync''s shape), shardable across jobs')
            [CompletionResult]::new('layer', 'layer', [CompletionResultType]::ParameterValue, 'Pull, extract and list layers')
            [CompletionResult]::new('digest', 'digest', [CompletionResultType]::ParameterValue, 'Hash local files, or verify an image''s digests and diffIDs')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'List, add and delete tags')
            [CompletionResult]::new('referrers', 'referrers', [CompletionResultType]::ParameterValue, 'List what is attached to an image: signatures, SBOMs, attestations')
            [CompletionResult]::new('artifact', 'artifact', [CompletionResultType]::ParameterValue, 'Push, attach and pull OCI artifacts (files, SBOMs), as oras does')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Make signing keys in cosign''s formats')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign an image as cosign does (a `sha256-<hex>.sig` tag beside it)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an image''s cosign signatures with a public key (exit 5 unless one verifies)')
            [CompletionResult]::new('repo', 'repo', [CompletionResultType]::ParameterValue, 'List repositories')
            [CompletionResult]::new('registry', 'registry', [CompletionResultType]::ParameterValue, 'Find out what a registry supports')
            [CompletionResult]::new('ratelimit', 'ratelimit', [CompletionResultType]::ParameterValue, 'Show Docker Hub''s pull rate limit and what is left of it (one HEAD; spends no pull)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve OCI layouts as a registry (with the referrers API, and images composed on request)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Verify and store credentials for a registry')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove stored credentials for a registry')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoist;help;manifest' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Fetch a manifest or index and show it')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print a manifest''s digest without downloading it (a HEAD request)')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Push a manifest from a file or stdin, byte for byte')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a manifest (by digest; a tag is resolved to its digest first)')
            break
        }
        'hoist;help;manifest;get' {
            break
        }
        'hoist;help;manifest;head' {
            break
        }
        'hoist;help;manifest;put' {
            break
        }
        'hoist;help;manifest;delete' {
            break
        }
        'hoist;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Fetch an image''s config and summarise it')
            break
        }
        'hoist;help;config;get' {
            break
        }
        'hoist;help;image' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show an image''s digest, platform, config and layers (with diffIDs)')
            [CompletionResult]::new('files', 'files', [CompletionResultType]::ParameterValue, 'List the files of an image as a container sees them (every layer merged), or with `--layers` what each layer adds, changes and deletes')
            [CompletionResult]::new('cat', 'cat', [CompletionResultType]::ParameterValue, 'Write one file of an image to stdout')
            [CompletionResult]::new('size', 'size', [CompletionResultType]::ParameterValue, 'Show what an image costs to download, per platform and in all')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Find shadowed files, wasted bytes and secrets in an image')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare two images: files added, removed and changed, and config differences')
            [CompletionResult]::new('compose', 'compose', [CompletionResultType]::ParameterValue, 'Make an image from a base and pre-built layer images, with no build and no layer downloaded')
            [CompletionResult]::new('mod', 'mod', [CompletionResultType]::ParameterValue, 'Change an image''s config, annotations or layers, where it lives')
            [CompletionResult]::new('squash', 'squash', [CompletionResultType]::ParameterValue, 'Merge an image''s layers into one (above the first N, or above a base''s)')
            [CompletionResult]::new('rebase', 'rebase', [CompletionResultType]::ParameterValue, 'Put an image''s own layers on a new base')
            break
        }
        'hoist;help;image;inspect' {
            break
        }
        'hoist;help;image;files' {
            break
        }
        'hoist;help;image;cat' {
            break
        }
        'hoist;help;image;size' {
            break
        }
        'hoist;help;image;audit' {
            break
        }
        'hoist;help;image;diff' {
            break
        }
        'hoist;help;image;compose' {
            break
        }
        'hoist;help;image;mod' {
            break
        }
        'hoist;help;image;squash' {
            break
        }
        'hoist;help;image;rebase' {
            break
        }
        'hoist;help;index' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Write an index (multi-platform image) over existing images')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add images to an existing index (an entry for the same platform is replaced)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove an entry from an index, by platform or digest')
            break
        }
        'hoist;help;index;create' {
            break
        }
        'hoist;help;index;add' {
            break
        }
        'hoist;help;index;rm' {
            break
        }
        'hoist;help;blob' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download a blob, verifying its digest')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Show a blob''s size and digest without downloading it')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Upload a file (or stdin) as a blob; prints its digest')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a blob from a repository (registries must allow deletion)')
            break
        }
        'hoist;help;blob;get' {
            break
        }
        'hoist;help;blob;head' {
            break
        }
        'hoist;help;blob;put' {
            break
        }
        'hoist;help;blob;delete' {
            break
        }
        'hoist;help;copy' {
            break
        }
        'hoist;help;archive' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Write images into a docker archive (`docker save`''s format) that `docker load` and `podman load` read, or into an OCI archive (a tar of an OCI image layout)')
            break
        }
        'hoist;help;archive;create' {
            break
        }
        'hoist;help;sync' {
            break
        }
        'hoist;help;layer' {
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download an image''s layers (verified, in parallel, resumable), and optionally apply them to a directory')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List an image''s layers with their compressed digests, diffIDs and history')
            break
        }
        'hoist;help;layer;pull' {
            break
        }
        'hoist;help;layer;ls' {
            break
        }
        'hoist;help;digest' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Prove an image is intact: manifest, config, every layer''s digest and size, and every layer''s diffID against the config''s `rootfs.diff_ids`')
            break
        }
        'hoist;help;digest;verify' {
            break
        }
        'hoist;help;tag' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a repository''s tags (sorted; every page of the registry''s listing)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Point more tags at an image (one manifest PUT per tag, no blobs move)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a tag, and only the tag: the image and its other tags stay')
            break
        }
        'hoist;help;tag;ls' {
            break
        }
        'hoist;help;tag;add' {
            break
        }
        'hoist;help;tag;delete' {
            break
        }
        'hoist;help;referrers' {
            break
        }
        'hoist;help;artifact' {
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push files as an OCI 1.1 artifact')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach files to an image (a referrer: `subject` is the image), as `oras attach` does')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Pull an artifact''s files into a directory')
            break
        }
        'hoist;help;artifact;push' {
            break
        }
        'hoist;help;artifact;attach' {
            break
        }
        'hoist;help;artifact;pull' {
            break
        }
        'hoist;help;key' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write a new ECDSA P-256 key pair: NAME.key (encrypted, 0600) and NAME.pub')
            break
        }
        'hoist;help;key;generate' {
            break
        }
        'hoist;help;sign' {
            break
        }
        'hoist;help;verify' {
            break
        }
        'hoist;help;repo' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the repositories of a registry (its catalog, every page)')
            break
        }
        'hoist;help;repo;ls' {
            break
        }
        'hoist;help;registry' {
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Find out what a registry supports: API version, auth, anonymous pull, referrers API, OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits')
            break
        }
        'hoist;help;registry;probe' {
            break
        }
        'hoist;help;ratelimit' {
            break
        }
        'hoist;help;serve' {
            break
        }
        'hoist;help;login' {
            break
        }
        'hoist;help;logout' {
            break
        }
        'hoist;help;completion' {
            break
        }
        'hoist;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
