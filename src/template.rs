//! `--format` templates: one language (Jinja, as minijinja implements it) over each command's
//! JSON view, plus the Go-template forms users paste from docker, skopeo and regctl.
//!
//! Go templates are not a second engine: the forms people actually type (`{{.Digest}}`,
//! `{{json .}}`, `{{range .Manifests}}...{{end}}`, `{{if}}`, `{{index .Labels "k"}}`,
//! `{{len .Layers}}`, `{{join .Env ","}}`, `{{printf "%s" .Name}}`) are rewritten into the
//! Jinja they mean, action by action; any other Go action is refused (exit 2) with the Jinja
//! that does the job, so a pasted template never prints something else silently.
//!
//! Field names are camelCase in every command's JSON. Lookups in templates fall back to a
//! case-insensitive match, so `{{ .Digest }}` (skopeo's and docker's spelling) and
//! `{{ MediaType }}` keep working for the scripts that use them.

use std::sync::Arc;

use minijinja::value::{Enumerator, Object, ObjectRepr, Value};

use crate::error::Failure;

/// The name the whole value has inside a template (`{{ __root|tojson }}` is `{{json .}}`).
const ROOT: &str = "__root";

/// A compiled `--format` template (checked before any work is done).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// What the user typed.
    pub source: String,
    /// The Jinja it was rewritten into.
    jinja: String,
}

impl Template {
    /// Translates and compiles `source`; a syntax error or an unsupported Go action is a usage
    /// error.
    pub fn parse(source: &str) -> Result<Template, Failure> {
        let jinja = translate(source)?;
        let env = environment();
        env.template_from_str(&jinja)
            .map_err(|e| bad_template(source, &e.to_string()))?;
        Ok(Template {
            source: source.to_string(),
            jinja,
        })
    }

    /// Renders over a JSON view.
    pub fn render(&self, value: &serde_json::Value) -> Result<String, Failure> {
        let env = environment();
        let t = env
            .template_from_str(&self.jinja)
            .map_err(|e| bad_template(&self.source, &e.to_string()))?;
        t.render(context(value))
            .map_err(|e| bad_template(&self.source, &e.to_string()))
    }
}

fn environment() -> minijinja::Environment<'static> {
    let mut env = minijinja::Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    // `{{printf "%s\n" .X}}` ends in the newline it asks for.
    env.set_keep_trailing_newline(true);
    env
}

fn bad_template(source: &str, why: &str) -> Failure {
    Failure::usage(format!("template `{source}` failed: {why}"))
        .hint("templates are Jinja (`{{ digest }}`, `{% for m in manifests %}{{ m.digest }}{% endfor %}`); Go forms such as `{{.Digest}}`, `{{json .}}` and `{{range .Manifests}}...{{end}}` work too")
        .hint("`--format json` shows the fields")
}

/// The template's context: the view's fields by name, and the whole view as `__root`.
fn context(value: &serde_json::Value) -> Value {
    match value {
        serde_json::Value::Object(m) => Value::from_object(Fields {
            map: m.clone(),
            root: true,
        }),
        other => Value::from_iter([(ROOT, wrap(other))]),
    }
}

fn wrap(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Object(m) => Value::from_object(Fields {
            map: m.clone(),
            root: false,
        }),
        serde_json::Value::Array(a) => Value::from(a.iter().map(wrap).collect::<Vec<_>>()),
        other => Value::from_serialize(other),
    }
}

/// A JSON object whose keys are found in any case.
#[derive(Debug)]
struct Fields {
    map: serde_json::Map<String, serde_json::Value>,
    /// The template's root: also answers `__root` with itself.
    root: bool,
}

impl Object for Fields {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Map
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let key = key.as_str()?;
        if let Some(v) = self.map.get(key) {
            return Some(wrap(v));
        }
        if self.root && key == ROOT {
            return Some(Value::from_object(Fields {
                map: self.map.clone(),
                root: false,
            }));
        }
        if let Some(v) = self
            .map
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| wrap(v))
        {
            return Some(v);
        }
        // regctl's and crane's templates run over the document itself: at the root,
        // `{{range .Manifests}}` finds the `manifests` of `manifest get`'s document, and
        // a field of `config get`'s document is found the same way.
        if self.root {
            for doc in ["manifest", "config"] {
                if let Some(serde_json::Value::Object(inner)) = self.map.get(doc)
                    && let Some((_, v)) = inner.iter().find(|(k, _)| k.eq_ignore_ascii_case(key))
                {
                    return Some(wrap(v));
                }
            }
        }
        None
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Values(self.map.keys().map(|k| Value::from(k.as_str())).collect())
    }
}

/// One Go block being translated, to close with the right Jinja tag.
enum Block {
    /// `range`: the loop variable that `.` now stands for.
    Range(String),
    If,
}

/// Rewrites the Go-template actions of `src` into Jinja; Jinja actions pass through.
pub fn translate(src: &str) -> Result<String, Failure> {
    let mut out = String::with_capacity(src.len());
    let mut blocks: Vec<Block> = Vec::new();
    let mut loops = 0usize;
    let mut rest = src;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = find_close(after) else {
            // Unclosed: let the Jinja parser say so.
            out.push_str(&rest[start..]);
            return Ok(out);
        };
        let inner = &after[..end];
        rest = &after[end + 2..];
        let (ltrim, body, rtrim) = trims(inner);
        let words = match words(body) {
            Some(w) => w,
            None => return Err(go_refused(src, inner)),
        };
        if !is_go(&words) {
            out.push_str("{{");
            out.push_str(inner);
            out.push_str("}}");
            continue;
        }
        let dot = blocks
            .iter()
            .rev()
            .find_map(|b| match b {
                Block::Range(v) => Some(v.clone()),
                Block::If => None,
            })
            .unwrap_or_else(|| ROOT.to_string());
        let open = |tag: &str| format!("{tag}{}", if ltrim { "-" } else { "" });
        let close = |tag: &str| format!("{}{tag}", if rtrim { "-" } else { "" });
        let expr = |s: &[String]| -> Result<String, Failure> {
            s.iter()
                .map(|w| term(w, &dot).ok_or_else(|| go_refused(src, inner)))
                .collect::<Result<Vec<_>, _>>()
                .map(|v| v.join(", "))
        };
        let head = words[0].as_str();
        let args = &words[1..];
        let piece = match (head, args.len()) {
            ("end", 0) => match blocks.pop() {
                Some(Block::Range(_)) => format!("{} endfor {}", open("{%"), close("%}")),
                Some(Block::If) => format!("{} endif {}", open("{%"), close("%}")),
                None => return Err(go_refused(src, inner)),
            },
            ("else", 0) => format!("{} else {}", open("{%"), close("%}")),
            ("range", 1) => {
                loops += 1;
                let var = format!("__item{loops}");
                let e = format!(
                    "{} for {var} in {} {}",
                    open("{%"),
                    expr(args)?,
                    close("%}")
                );
                blocks.push(Block::Range(var));
                e
            }
            ("if", 1) => {
                blocks.push(Block::If);
                format!("{} if {} {}", open("{%"), expr(args)?, close("%}"))
            }
            ("json", 1) => format!("{} {}|tojson {}", open("{{"), expr(args)?, close("}}")),
            ("len", 1) => format!("{} {}|length {}", open("{{"), expr(args)?, close("}}")),
            ("join", 2) => format!(
                "{} {}|join({}) {}",
                open("{{"),
                expr(&args[..1])?,
                expr(&args[1..])?,
                close("}}")
            ),
            ("index", n) if n >= 2 => {
                let mut e = expr(&args[..1])?;
                for k in &args[1..] {
                    e.push_str(&format!("[{}]", expr(std::slice::from_ref(k))?));
                }
                format!("{} {e} {}", open("{{"), close("}}"))
            }
            ("printf", n) if n >= 1 => printf(src, inner, args, &dot)?,
            (_, 0) => format!("{} {} {}", open("{{"), expr(&words)?, close("}}")),
            _ => return Err(go_refused(src, inner)),
        };
        out.push_str(&piece);
    }
    out.push_str(rest);
    if !blocks.is_empty() {
        return Err(Failure::usage(format!(
            "template `{src}` has a `{{{{range}}}}` or `{{{{if}}}}` without `{{{{end}}}}`"
        ))
        .hint("close each `{{range ...}}` and `{{if ...}}` with `{{end}}`"));
    }
    Ok(out)
}

/// The end of an action (`}}` outside a string literal).
fn find_close(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < b.len() {
        match (quote, b[i]) {
            (Some(q), c) if c == q => quote = None,
            (Some(b'"'), b'\\') => i += 1,
            (Some(_), _) => {}
            (None, c @ (b'"' | b'`' | b'\'')) => quote = Some(c),
            (None, b'}') if b.get(i + 1) == Some(&b'}') => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Trim markers: `{{- x -}}`.
fn trims(inner: &str) -> (bool, &str, bool) {
    let (l, s) = match inner.strip_prefix('-') {
        Some(s) if s.starts_with(char::is_whitespace) => (true, s),
        _ => (false, inner),
    };
    let (r, s) = match s.strip_suffix('-') {
        Some(s) if s.ends_with(char::is_whitespace) => (true, s),
        _ => (false, s),
    };
    (l, s.trim(), r)
}

/// Splits an action into words, keeping string literals whole; `None` for a pipeline or
/// parentheses, which are not translated.
fn words(s: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                cur.push(c);
                if c == '\\' && q == '"' {
                    if let Some(n) = chars.next() {
                        cur.push(n);
                    }
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '"' || c == '`' => {
                quote = Some(c);
                cur.push(c);
            }
            None if c.is_whitespace() => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            None => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    let go_pipe = out.iter().any(|w| w == "|") && out.first().is_some_and(|w| is_go_term(w));
    (!go_pipe).then_some(out)
}

fn is_go_term(w: &str) -> bool {
    w.starts_with('.') || w.starts_with('$')
}

/// Whether an action is Go-template syntax (else it is Jinja and passes through).
fn is_go(words: &[String]) -> bool {
    let Some(head) = words.first() else {
        return false;
    };
    match head.as_str() {
        "end" | "else" => words.len() == 1,
        "range" | "if" | "json" | "len" | "join" | "index" | "printf" | "with" | "println"
        | "print" | "not" | "and" | "or" | "eq" | "ne" | "lower" | "upper" | "title" | "split"
        | "table" => words.len() > 1 && words[1..].iter().all(|w| !is_jinja_op(w)),
        h => is_go_term(h),
    }
}

fn is_jinja_op(w: &str) -> bool {
    matches!(
        w,
        "|" | "~" | "+" | "-" | "*" | "/" | "==" | "!=" | "in" | "is"
    ) || w.contains('(')
}

/// One Go operand as Jinja: `.` and `.A.B` relative to the current dot, `$` and `$.A` from the
/// root, string and number literals as they are.
fn term(w: &str, dot: &str) -> Option<String> {
    if w == "." {
        return Some(dot.to_string());
    }
    if w == "$" {
        return Some(ROOT.to_string());
    }
    if let Some(path) = w.strip_prefix("$.") {
        return path_ok(path).then(|| path.to_string());
    }
    if let Some(path) = w.strip_prefix('.') {
        if !path_ok(path) {
            return None;
        }
        return Some(if dot == ROOT {
            path.to_string()
        } else {
            format!("{dot}.{path}")
        });
    }
    if w.starts_with('"') && w.ends_with('"') && w.len() >= 2 {
        return Some(w.to_string());
    }
    if let Some(raw) = w.strip_prefix('`').and_then(|s| s.strip_suffix('`')) {
        return Some(serde_json::Value::String(raw.to_string()).to_string());
    }
    if w.parse::<f64>().is_ok() {
        return Some(w.to_string());
    }
    None
}

fn path_ok(p: &str) -> bool {
    !p.is_empty()
        && p.split('.')
            .all(|s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_'))
}

/// `printf "fmt" args...` as text with each verb replaced by its operand.
fn printf(src: &str, inner: &str, args: &[String], dot: &str) -> Result<String, Failure> {
    let fmt = args[0]
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .ok_or_else(|| go_refused(src, inner))?;
    let mut operands = args[1..].iter();
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                _ => return Err(go_refused(src, inner)),
            },
            '%' => {
                let verb = chars.next().ok_or_else(|| go_refused(src, inner))?;
                if verb == '%' {
                    out.push('%');
                    continue;
                }
                let operand = operands.next().ok_or_else(|| go_refused(src, inner))?;
                let e = term(operand, dot).ok_or_else(|| go_refused(src, inner))?;
                match verb {
                    's' | 'v' | 'd' => out.push_str(&format!("{{{{ {e} }}}}")),
                    'q' => out.push_str(&format!("{{{{ {e}|tojson }}}}")),
                    _ => return Err(go_refused(src, inner)),
                }
            }
            '{' | '}' => {
                out.push_str(&format!("{{{{ \"{c}\" }}}}"));
            }
            c => out.push(c),
        }
    }
    if operands.next().is_some() {
        return Err(go_refused(src, inner));
    }
    Ok(out)
}

/// A Go action hoist does not translate: refused, with the Jinja that does the job.
fn go_refused(src: &str, action: &str) -> Failure {
    Failure::usage(format!(
        "template `{src}`: the Go-template action `{{{{{action}}}}}` is not supported"
    ))
    .hint(
        "hoist templates are Jinja: `{{ digest }}`, `{{ manifests|length }}`, `{{ labels[\"k\"] }}`, \
         `{{ env|join(\",\") }}`, `{% for m in manifests %}{{ m.digest }}{% endfor %}`, `{{ x|tojson }}`",
    )
    .hint("the Go forms `{{.Field}}`, `{{json .}}`, `{{range .List}}...{{end}}`, `{{if .X}}...{{end}}`, `{{index .Map \"k\"}}`, `{{len .List}}`, `{{join .List \",\"}}` and `{{printf \"%s\" .X}}` work as they do in docker")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(t: &str, v: &serde_json::Value) -> String {
        Template::parse(t).unwrap().render(v).unwrap()
    }

    #[test]
    fn go_forms_mean_what_they_mean_in_go() {
        let v = serde_json::json!({
            "digest": "sha256:x",
            "mediaType": "m",
            "manifests": [{"digest": "a", "platform": {"os": "linux"}}, {"digest": "b"}],
            "labels": {"org.x": "1"},
            "env": ["A=1", "B=2"]
        });
        assert_eq!(r("{{.Digest}}", &v), "sha256:x");
        assert_eq!(r("{{ .mediaType }}", &v), "m");
        assert_eq!(r("{{ MediaType }}", &v), "m");
        assert_eq!(r("{{range .Manifests}}{{.Digest}};{{end}}", &v), "a;b;");
        // The document under `manifest` answers at the root, as regctl's templates expect.
        let doc =
            serde_json::json!({"digest": "d", "manifest": {"schemaVersion": 2, "layers": [1, 2]}});
        assert_eq!(
            r("{{.SchemaVersion}} {{len .Layers}} {{.Digest}}", &doc),
            "2 2 d"
        );
        assert_eq!(
            r("{{range .manifests}}{{$.digest}}{{end}}", &v),
            "sha256:xsha256:x"
        );
        assert_eq!(r("{{index .Labels \"org.x\"}}", &v), "1");
        assert_eq!(r("{{len .Manifests}}", &v), "2");
        assert_eq!(r("{{join .Env \",\"}}", &v), "A=1,B=2");
        assert_eq!(
            r("{{printf \"%s=%s\\n\" .Digest .MediaType}}", &v),
            "sha256:x=m\n"
        );
        assert_eq!(r("{{if .Labels}}yes{{else}}no{{end}}", &v), "yes");
        let whole: serde_json::Value = serde_json::from_str(&r("{{json .}}", &v)).unwrap();
        assert_eq!(whole, v);
        let list: serde_json::Value = serde_json::from_str(&r("{{json .Env}}", &v)).unwrap();
        assert_eq!(list, serde_json::json!(["A=1", "B=2"]));
        // Jinja passes through.
        assert_eq!(
            r("{% for m in manifests %}{{ m.digest }}{% endfor %}", &v),
            "ab"
        );
    }

    #[test]
    fn unsupported_go_is_refused_with_the_jinja() {
        for t in [
            "{{.Digest | printf \"%s\"}}",
            "{{with .Labels}}x{{end}}",
            "{{range .Manifests}}",
            "{{printf \"%x\" .Digest}}",
        ] {
            let e = Template::parse(t).unwrap_err();
            assert_eq!(e.kind, crate::error::Kind::Usage, "{t}");
        }
        let e = Template::parse("{{with .Labels}}x{{end}}").unwrap_err();
        assert!(
            e.hints.iter().any(|h| h.contains("{% for")),
            "{:?}",
            e.hints
        );
    }

    #[test]
    fn missing_fields_fail() {
        let v = serde_json::json!({"digest": "x"});
        assert!(Template::parse("{{ nope }}").unwrap().render(&v).is_err());
        assert!(Template::parse("{{ digest").is_err());
    }
}
