//! Go templates inside sync-file values, evaluated as regsync evaluates them: `{{ env "X" }}`,
//! `{{ file "/run/secrets/token" }}`, `{{ .Sync.Source }}`, `{{ .Ref.Tag }}`,
//! `{{ index (split .Sync.Source "gcr.io/") 1 }}`, `{{ printf "%s-%s" .Ref.Tag "old" }}`,
//! `{{ env "X" | lower }}`, with regsync's functions (`env`, `file`, `split`, `join`, `index`,
//! `printf`, `lower`, `upper`, `trimSpace`, `default`).
//!
//! A sandbox: it must not reach the network or run anything, and it reads no file but those a
//! template names with `file`. An action it does not know is refused by name, never passed on
//! as written.

use std::collections::BTreeMap;

use anyhow::Result;

use crate::error::Failure;

/// What a template can name: `.Sync.Source` → its value.
#[derive(Debug, Clone, Default)]
pub struct Data {
    fields: BTreeMap<String, String>,
}

impl Data {
    pub fn new() -> Data {
        Data::default()
    }

    /// `.Sync.Source` and the like.
    pub fn with(mut self, field: &str, value: impl Into<String>) -> Data {
        self.fields.insert(field.to_string(), value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Val {
    Str(String),
    List(Vec<String>),
    Int(i64),
}

impl Val {
    fn text(&self) -> String {
        match self {
            Val::Str(s) => s.clone(),
            Val::Int(n) => n.to_string(),
            // Go prints a slice as `[a b]`.
            Val::List(v) => format!("[{}]", v.join(" ")),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Str(String),
    Int(i64),
    Field(String),
    Ident(String),
    Open,
    Close,
    Pipe,
}

fn bad(template: &str, why: impl std::fmt::Display) -> anyhow::Error {
    Failure::usage(format!("`{template}`: {why}"))
        .hint("sync files take regsync's template functions: env, file, split, join, index, printf, lower, upper, trimSpace, default")
        .into()
}

fn lex(src: &str, template: &str) -> Result<Vec<Tok>> {
    let mut out = Vec::new();
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' | '\n' => i += 1,
            '(' => {
                out.push(Tok::Open);
                i += 1;
            }
            ')' => {
                out.push(Tok::Close);
                i += 1;
            }
            '|' => {
                out.push(Tok::Pipe);
                i += 1;
            }
            '"' => {
                let mut s = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return Err(bad(template, "a string without its closing quote")),
                        Some('"') => break,
                        Some('\\') => {
                            i += 1;
                            match chars.get(i) {
                                Some('n') => s.push('\n'),
                                Some('t') => s.push('\t'),
                                Some(c) => s.push(*c),
                                None => return Err(bad(template, "a string ends in `\\`")),
                            }
                        }
                        Some(c) => s.push(*c),
                    }
                    i += 1;
                }
                i += 1;
                out.push(Tok::Str(s));
            }
            '`' => {
                let end = chars[i + 1..]
                    .iter()
                    .position(|c| *c == '`')
                    .ok_or_else(|| bad(template, "a raw string without its closing backquote"))?;
                out.push(Tok::Str(chars[i + 1..i + 1 + end].iter().collect()));
                i += end + 2;
            }
            '.' => {
                let start = i;
                i += 1;
                while i < chars.len()
                    && (chars[i].is_alphanumeric() || chars[i] == '.' || chars[i] == '_')
                {
                    i += 1;
                }
                out.push(Tok::Field(chars[start..i].iter().collect()));
            }
            c if c.is_ascii_digit() || c == '-' => {
                let start = i;
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let s: String = chars[start..i].iter().collect();
                out.push(Tok::Int(
                    s.parse()
                        .map_err(|_| bad(template, format!("`{s}` is not a number")))?,
                ));
            }
            c if c.is_alphabetic() => {
                let start = i;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push(Tok::Ident(chars[start..i].iter().collect()));
            }
            other => return Err(bad(template, format!("`{other}` is not understood here"))),
        }
    }
    Ok(out)
}

struct Eval<'a> {
    toks: Vec<Tok>,
    at: usize,
    data: &'a Data,
    template: &'a str,
}

impl Eval<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at)
    }

    /// command ('|' command)*: each command after a pipe gets the value so far as its last
    /// argument.
    fn pipeline(&mut self) -> Result<Val> {
        let mut v = self.command(None)?;
        while self.peek() == Some(&Tok::Pipe) {
            self.at += 1;
            v = self.command(Some(v))?;
        }
        Ok(v)
    }

    fn command(&mut self, piped: Option<Val>) -> Result<Val> {
        match self.peek().cloned() {
            Some(Tok::Ident(name)) => {
                self.at += 1;
                let mut args = Vec::new();
                while let Some(t) = self.peek() {
                    if matches!(t, Tok::Pipe | Tok::Close) {
                        break;
                    }
                    args.push(self.operand()?);
                }
                args.extend(piped);
                self.call(&name, args)
            }
            Some(_) if piped.is_none() => self.operand(),
            _ => Err(bad(self.template, "a pipe must lead to a function")),
        }
    }

    fn operand(&mut self) -> Result<Val> {
        let t = self
            .peek()
            .cloned()
            .ok_or_else(|| bad(self.template, "an action ends too soon"))?;
        self.at += 1;
        match t {
            Tok::Str(s) => Ok(Val::Str(s)),
            Tok::Int(n) => Ok(Val::Int(n)),
            Tok::Field(f) => self
                .data
                .fields
                .get(&f)
                .map(|v| Val::Str(v.clone()))
                .ok_or_else(|| {
                    let known: Vec<&str> = self.data.fields.keys().map(String::as_str).collect();
                    bad(
                        self.template,
                        format!(
                            "`{f}` is not known here{}",
                            match known.is_empty() {
                                true => String::new(),
                                false => format!(" (these are: {})", known.join(", ")),
                            }
                        ),
                    )
                }),
            Tok::Open => {
                let v = self.pipeline()?;
                if self.peek() != Some(&Tok::Close) {
                    return Err(bad(self.template, "a `(` without its `)`"));
                }
                self.at += 1;
                Ok(v)
            }
            Tok::Ident(name) => self.call(&name, Vec::new()),
            Tok::Close | Tok::Pipe => Err(bad(self.template, "an action is not complete")),
        }
    }

    fn call(&self, name: &str, args: Vec<Val>) -> Result<Val> {
        let t = self.template;
        let str_arg = |i: usize| -> Result<String> {
            match args.get(i) {
                Some(Val::Str(s)) => Ok(s.clone()),
                Some(Val::Int(n)) => Ok(n.to_string()),
                Some(Val::List(_)) => Err(bad(t, format!("`{name}` wants a string, not a list"))),
                None => Err(bad(t, format!("`{name}` wants more arguments"))),
            }
        };
        let arity = |n: usize| -> Result<()> {
            match args.len() == n {
                true => Ok(()),
                false => Err(bad(
                    t,
                    format!("`{name}` takes {n} argument(s), not {}", args.len()),
                )),
            }
        };
        match name {
            "env" => {
                arity(1)?;
                let var = str_arg(0)?;
                // regsync: an unset variable is the empty string.
                Ok(Val::Str(std::env::var(&var).unwrap_or_default()))
            }
            "file" => {
                arity(1)?;
                let path = str_arg(0)?;
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| bad(t, format!("`file \"{path}\"` cannot be read: {e}")))?;
                Ok(Val::Str(text.trim_end_matches(['\r', '\n']).to_string()))
            }
            "split" => {
                arity(2)?;
                let (s, sep) = (str_arg(0)?, str_arg(1)?);
                Ok(Val::List(
                    s.split(sep.as_str()).map(str::to_string).collect(),
                ))
            }
            "join" => {
                arity(2)?;
                let Val::List(v) = &args[0] else {
                    return Err(bad(t, "`join` wants a list first"));
                };
                Ok(Val::Str(v.join(&str_arg(1)?)))
            }
            "index" => {
                let Some(Val::List(v)) = args.first() else {
                    return Err(bad(t, "`index` wants a list first"));
                };
                let [_, Val::Int(i)] = args.as_slice() else {
                    return Err(bad(t, "`index` takes a list and one position"));
                };
                v.get(*i as usize)
                    .map(|s| Val::Str(s.clone()))
                    .ok_or_else(|| {
                        bad(
                            t,
                            format!("`index` {i} is past the end of a list of {}", v.len()),
                        )
                    })
            }
            "printf" => {
                let fmt = str_arg(0)?;
                let mut out = String::new();
                let mut rest = args.iter().skip(1);
                let mut chars = fmt.chars();
                while let Some(c) = chars.next() {
                    if c != '%' {
                        out.push(c);
                        continue;
                    }
                    match chars.next() {
                        Some('%') => out.push('%'),
                        Some('s' | 'v' | 'd') => out.push_str(
                            &rest
                                .next()
                                .ok_or_else(|| bad(t, "`printf` has more verbs than arguments"))?
                                .text(),
                        ),
                        Some('q') => out.push_str(&format!(
                            "{:?}",
                            rest.next()
                                .ok_or_else(|| bad(t, "`printf` has more verbs than arguments"))?
                                .text()
                        )),
                        other => {
                            return Err(bad(
                                t,
                                format!(
                                    "`printf` verb `%{}` is not understood",
                                    other.unwrap_or(' ')
                                ),
                            ));
                        }
                    }
                }
                Ok(Val::Str(out))
            }
            "lower" => {
                arity(1)?;
                Ok(Val::Str(str_arg(0)?.to_lowercase()))
            }
            "upper" => {
                arity(1)?;
                Ok(Val::Str(str_arg(0)?.to_uppercase()))
            }
            "trimSpace" => {
                arity(1)?;
                Ok(Val::Str(str_arg(0)?.trim().to_string()))
            }
            "default" => {
                arity(2)?;
                let orig = str_arg(1)?;
                Ok(Val::Str(if orig.is_empty() { str_arg(0)? } else { orig }))
            }
            other => Err(bad(
                t,
                format!("the function `{other}` is not one hoist evaluates"),
            )),
        }
    }
}

/// `text` with each `{{ ... }}` action replaced by its value over `data`.
pub fn render(text: &str, data: &Data) -> Result<String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after
            .find("}}")
            .ok_or_else(|| bad(text, "a `{{` without its `}}`"))?;
        let inner = after[..end].trim_start_matches('-').trim_end_matches('-');
        let mut e = Eval {
            toks: lex(inner, text)?,
            at: 0,
            data,
            template: text,
        };
        if e.toks.is_empty() {
            return Err(bad(text, "an empty action"));
        }
        let v = e.pipeline()?;
        if e.at != e.toks.len() {
            return Err(bad(text, "an action has more than one value"));
        }
        out.push_str(&v.text());
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regsyncs_templates_evaluate() {
        let d = Data::new()
            .with(".Sync.Source", "gcr.io/example/repo")
            .with(".Ref.Tag", "3.20");
        let r = |t: &str| render(t, &d).unwrap();
        assert_eq!(
            r("registry:5000/gcr/{{ index (split .Sync.Source \"gcr.io/\") 1 }}"),
            "registry:5000/gcr/example/repo"
        );
        assert_eq!(r("bkup-{{.Ref.Tag}}"), "bkup-3.20");
        assert_eq!(r("{{ printf \"%s-%s\" .Ref.Tag \"old\" }}"), "3.20-old");
        assert_eq!(r("{{ .Sync.Source | upper }}"), "GCR.IO/EXAMPLE/REPO");
        assert_eq!(r("{{ join (split \"a/b/c\" \"/\") \"-\" }}"), "a-b-c");
        assert_eq!(r("{{ default \"x\" \"\" }}{{ default \"x\" \"y\" }}"), "xy");
        assert_eq!(r("no action"), "no action");
        for bad in [
            "{{ exec \"rm\" }}",
            "{{ .Nope }}",
            "{{ index (split \"a\" \"/\") 3 }}",
            "{{ \"open }}",
            "{{ x",
        ] {
            let e = render(bad, &d).unwrap_err();
            assert_eq!(
                crate::error::kind_of(&e),
                crate::error::Kind::Usage,
                "{bad}"
            );
        }
    }

    #[test]
    fn env_and_file_read_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("token");
        std::fs::write(&p, "s3cret\n").unwrap();
        let t = format!("{{{{ file \"{}\" }}}}", p.display());
        assert_eq!(render(&t, &Data::new()).unwrap(), "s3cret");
        let missing = format!("{{{{ file \"{}\" }}}}", dir.path().join("none").display());
        assert!(render(&missing, &Data::new()).is_err());
        assert_eq!(
            render("{{ env \"HOIST_TEST_SURELY_UNSET\" }}", &Data::new()).unwrap(),
            ""
        );
    }
}
