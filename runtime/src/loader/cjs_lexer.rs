//! The export names of a CommonJS file as Node finds them for
//! `import { x } from './file.cjs'`: a scan of the source's tokens (comments,
//! strings, templates and regular expressions skipped) for the assignment
//! shapes Node recognises, plus the modules it re-exports.

#[derive(Default, Debug)]
pub struct CjsExports {
    pub names: Vec<String>,
    pub reexports: Vec<String>,
}

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    out: CjsExports,
    /// `name = require("x")` bindings, for Babel's re-export loop.
    requires: Vec<(String, String)>,
    /// Last significant tokens (identifiers or one punctuator each).
    prev: [Tok; 4],
    /// Brace depth at each open template `${`.
    templates: Vec<usize>,
    braces: usize,
}

#[derive(Clone, Default, PartialEq, Debug)]
enum Tok {
    #[default]
    None,
    Ident(String),
    Punct(u8),
    Value,
}

fn is_id_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80
}

fn is_id_char(c: u8) -> bool {
    is_id_start(c) || c.is_ascii_digit()
}

const REGEX_KEYWORDS: &[&str] = &[
    "return",
    "typeof",
    "case",
    "do",
    "else",
    "in",
    "instanceof",
    "new",
    "delete",
    "void",
    "throw",
    "yield",
    "await",
];

/// Names and re-exported specifiers of a CommonJS source.
pub fn parse(source: &str) -> CjsExports {
    let mut lx = Lexer {
        src: source.as_bytes(),
        pos: 0,
        out: CjsExports::default(),
        requires: Vec::new(),
        prev: Default::default(),
        templates: Vec::new(),
        braces: 0,
    };
    lx.run();
    let mut seen = std::collections::HashSet::new();
    lx.out.names.retain(|n| seen.insert(n.clone()));
    lx.out
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> u8 {
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    fn at(&self, s: &str) -> bool {
        self.src[self.pos..].starts_with(s.as_bytes())
    }

    fn push(&mut self, t: Tok) {
        self.prev.rotate_right(1);
        self.prev[0] = t;
    }

    /// Skip whitespace and comments.
    fn ws(&mut self) {
        loop {
            let c = self.peek();
            if c == b' ' || c == b'\t' || c == b'\n' || c == b'\r' || c == 0x0b || c == 0x0c {
                self.pos += 1;
            } else if self.at("//") {
                while self.pos < self.src.len() && self.src[self.pos] != b'\n' {
                    self.pos += 1;
                }
            } else if self.at("/*") {
                match find(&self.src[self.pos + 2..], b"*/") {
                    Some(i) => self.pos += i + 4,
                    None => self.pos = self.src.len(),
                }
            } else if c >= 0x80 && self.at("\u{a0}") {
                self.pos += 2;
            } else {
                return;
            }
        }
    }

    fn ident(&mut self) -> Option<String> {
        if !is_id_start(self.peek()) {
            return None;
        }
        let start = self.pos;
        while self.pos < self.src.len() && is_id_char(self.src[self.pos]) {
            self.pos += 1;
        }
        Some(String::from_utf8_lossy(&self.src[start..self.pos]).into_owned())
    }

    /// A '...' or "..." literal's value (simple escapes only).
    fn string(&mut self) -> Option<String> {
        let q = self.peek();
        if q != b'"' && q != b'\'' {
            return None;
        }
        let mut out = Vec::new();
        let mut i = self.pos + 1;
        while i < self.src.len() {
            let c = self.src[i];
            if c == q {
                self.pos = i + 1;
                return Some(String::from_utf8_lossy(&out).into_owned());
            }
            if c == b'\n' {
                return None;
            }
            if c == b'\\' {
                i += 1;
                out.push(*self.src.get(i)?);
            } else {
                out.push(c);
            }
            i += 1;
        }
        None
    }

    fn skip_string(&mut self, q: u8) {
        self.pos += 1;
        while self.pos < self.src.len() {
            let c = self.src[self.pos];
            self.pos += 1;
            if c == b'\\' {
                self.pos += 1;
            } else if c == q || c == b'\n' {
                return;
            }
        }
    }

    /// Template text up to its end or to a `${` (which opens a nested scan).
    fn skip_template(&mut self) {
        while self.pos < self.src.len() {
            let c = self.src[self.pos];
            self.pos += 1;
            if c == b'\\' {
                self.pos += 1;
            } else if c == b'`' {
                return;
            } else if c == b'$' && self.peek() == b'{' {
                self.pos += 1;
                self.braces += 1;
                self.templates.push(self.braces);
                return;
            }
        }
    }

    fn skip_regex(&mut self) {
        self.pos += 1;
        let mut class = false;
        while self.pos < self.src.len() {
            let c = self.src[self.pos];
            self.pos += 1;
            match c {
                b'\\' => self.pos += 1,
                b'[' => class = true,
                b']' => class = false,
                b'/' if !class => break,
                b'\n' => return,
                _ => {}
            }
        }
        while self.pos < self.src.len() && is_id_char(self.src[self.pos]) {
            self.pos += 1;
        }
    }

    fn regex_allowed(&self) -> bool {
        match &self.prev[0] {
            Tok::None => true,
            Tok::Ident(id) => REGEX_KEYWORDS.contains(&id.as_str()),
            Tok::Punct(p) => !matches!(p, b')' | b']'),
            Tok::Value => false,
        }
    }

    fn run(&mut self) {
        while self.pos < self.src.len() {
            self.ws();
            if self.pos >= self.src.len() {
                break;
            }
            let c = self.peek();
            match c {
                b'"' | b'\'' => {
                    self.skip_string(c);
                    self.push(Tok::Value);
                }
                b'`' => {
                    self.pos += 1;
                    self.skip_template();
                    self.push(Tok::Value);
                }
                b'/' => {
                    if self.regex_allowed() {
                        self.skip_regex();
                        self.push(Tok::Value);
                    } else {
                        self.pos += 1;
                        self.push(Tok::Punct(b'/'));
                    }
                }
                b'{' => {
                    self.braces += 1;
                    self.pos += 1;
                    self.push(Tok::Punct(b'{'));
                }
                b'}' => {
                    self.pos += 1;
                    if self.templates.last() == Some(&self.braces) {
                        self.templates.pop();
                        self.braces = self.braces.saturating_sub(1);
                        self.skip_template();
                        self.push(Tok::Value);
                    } else {
                        self.braces = self.braces.saturating_sub(1);
                        self.push(Tok::Punct(b'}'));
                    }
                }
                b'0'..=b'9' => {
                    while self.pos < self.src.len()
                        && (is_id_char(self.src[self.pos]) || self.src[self.pos] == b'.')
                    {
                        self.pos += 1;
                    }
                    self.push(Tok::Value);
                }
                _ if is_id_start(c) => {
                    let after_dot = self.prev[0] == Tok::Punct(b'.');
                    let start = self.pos;
                    let id = self.ident().unwrap_or_default();
                    if !after_dot || id == "__exportStar" || id == "__export" {
                        let end = self.pos;
                        if !self.detect(&id) {
                            self.pos = end;
                        }
                    }
                    if self.pos == start {
                        self.pos += 1;
                    }
                    self.push(Tok::Ident(id));
                }
                _ => {
                    self.pos += 1;
                    self.push(Tok::Punct(c));
                }
            }
        }
    }

    /// Try the export shapes that start with identifier `id` (just read).
    /// Returns true when it consumed what it matched.
    fn detect(&mut self, id: &str) -> bool {
        match id {
            "exports" => {
                self.member_assign();
                false
            }
            "module" => {
                let save = self.pos;
                self.ws();
                if self.peek() != b'.' {
                    self.pos = save;
                    return false;
                }
                self.pos += 1;
                self.ws();
                if self.ident().as_deref() != Some("exports") {
                    self.pos = save;
                    return false;
                }
                let after = self.pos;
                if self.member_assign() {
                    self.pos = after;
                    return false;
                }
                self.pos = after;
                self.ws();
                if self.peek() == b'=' && self.src.get(self.pos + 1) != Some(&b'=') {
                    self.pos += 1;
                    self.ws();
                    if self.peek() == b'{' {
                        self.pos += 1;
                        self.object_literal();
                    } else if let Some(spec) = self.require_call() {
                        self.out.reexports.push(spec);
                    }
                }
                self.pos = after;
                false
            }
            "Object" => {
                let save = self.pos;
                self.object_call();
                self.pos = save;
                false
            }
            "__export" | "__exportStar" => {
                let save = self.pos;
                self.ws();
                if self.peek() == b'(' {
                    self.pos += 1;
                    self.ws();
                    if let Some(spec) = self.require_call() {
                        self.out.reexports.push(spec);
                    }
                }
                self.pos = save;
                false
            }
            "require" => {
                // `name = require("x")` or `name = wrap(require("x"))`.
                let binding = match (&self.prev[0], &self.prev[1], &self.prev[2], &self.prev[3]) {
                    (Tok::Punct(b'='), Tok::Ident(n), _, _) => Some(n.clone()),
                    (Tok::Punct(b'('), Tok::Ident(_), Tok::Punct(b'='), Tok::Ident(n)) => {
                        Some(n.clone())
                    }
                    _ => None,
                };
                let save = self.pos;
                self.pos -= "require".len();
                let spec = self.require_call();
                self.pos = save;
                if let (Some(spec), Some(n)) = (spec, binding) {
                    self.requires.push((n, spec));
                }
                false
            }
            _ => false,
        }
    }

    /// After `exports` / `module.exports`: `.name =` or `["name"] =`.
    fn member_assign(&mut self) -> bool {
        let save = self.pos;
        self.ws();
        let name = match self.peek() {
            b'.' => {
                self.pos += 1;
                self.ws();
                self.ident()
            }
            b'[' => {
                self.pos += 1;
                self.ws();
                let s = self.string();
                self.ws();
                if self.peek() == b']' {
                    self.pos += 1;
                    s
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(name) = name {
            self.ws();
            if self.peek() == b'=' {
                self.out.names.push(name);
                self.pos = save;
                return true;
            }
        }
        self.pos = save;
        false
    }

    /// `require("x")` at the cursor: the specifier.
    fn require_call(&mut self) -> Option<String> {
        if self.ident().as_deref() != Some("require") {
            return None;
        }
        self.ws();
        if self.peek() != b'(' {
            return None;
        }
        self.pos += 1;
        self.ws();
        let spec = self.string()?;
        self.ws();
        if self.peek() != b')' {
            return None;
        }
        self.pos += 1;
        Some(spec)
    }

    /// The body of `module.exports = { ... }` (after the brace).
    fn object_literal(&mut self) {
        loop {
            self.ws();
            match self.peek() {
                b'}' => return,
                b'.' if self.at("...") => {
                    self.pos += 3;
                    self.ws();
                    let save = self.pos;
                    if let Some(spec) = self.require_call() {
                        self.out.reexports.push(spec);
                    } else {
                        self.pos = save;
                        if self.ident().is_none() {
                            return;
                        }
                    }
                }
                _ => {
                    let key = match self.string() {
                        Some(k) => (k, false),
                        None => match self.ident() {
                            Some(k) => (k, true),
                            None => return,
                        },
                    };
                    self.ws();
                    match self.peek() {
                        b',' | b'}' if key.1 => self.out.names.push(key.0),
                        b'(' if key.1 => {
                            self.out.names.push(key.0);
                            return;
                        }
                        b':' => {
                            self.pos += 1;
                            self.ws();
                            let save = self.pos;
                            if let Some(spec) = self.require_call() {
                                self.out.reexports.push(spec);
                                self.out.names.push(key.0);
                            } else {
                                self.pos = save;
                                if self.ident().is_none() {
                                    return;
                                }
                                self.out.names.push(key.0);
                            }
                        }
                        _ => return,
                    }
                }
            }
            self.ws();
            match self.peek() {
                b',' => self.pos += 1,
                _ => return,
            }
        }
    }

    fn expect(&mut self, c: u8) -> Option<()> {
        self.ws();
        if self.peek() == c {
            self.pos += 1;
            Some(())
        } else {
            None
        }
    }

    fn expect_ident(&mut self, id: &str) -> Option<()> {
        self.ws();
        (self.ident()? == id).then_some(())
    }

    /// After `Object`: `.defineProperty(exports, "x", {...})` or Babel's
    /// `.keys(_x).forEach(function (key) {...})` re-export loop.
    fn object_call(&mut self) -> Option<()> {
        self.expect(b'.')?;
        self.ws();
        match self.ident()?.as_str() {
            "defineProperty" => {
                self.expect(b'(')?;
                self.ws();
                match self.ident()?.as_str() {
                    "exports" => {}
                    "module" => {
                        self.expect(b'.')?;
                        self.expect_ident("exports")?;
                    }
                    _ => return None,
                }
                self.expect(b',')?;
                self.ws();
                let name = self.string()?;
                self.expect(b',')?;
                self.expect(b'{')?;
                self.ws();
                match self.ident()?.as_str() {
                    "value" => {
                        self.expect(b':')?;
                    }
                    "enumerable" => {
                        self.expect(b':')?;
                        self.expect_ident("true")?;
                        self.expect(b',')?;
                        self.expect_ident("get")?;
                        self.ws();
                        if self.peek() == b':' {
                            self.pos += 1;
                            self.expect_ident("function")?;
                            self.ws();
                            if is_id_start(self.peek()) {
                                self.ident();
                            }
                        }
                        self.expect(b'(')?;
                        self.expect(b')')?;
                        self.expect(b'{')?;
                        self.expect_ident("return")?;
                        self.ws();
                        self.ident()?;
                        self.ws();
                        if self.peek() == b'.' {
                            self.pos += 1;
                            self.ws();
                            self.ident()?;
                        } else if self.peek() == b'[' {
                            self.pos += 1;
                            self.ws();
                            self.string()?;
                            self.expect(b']')?;
                        }
                        self.ws();
                        if self.peek() == b';' {
                            self.pos += 1;
                        }
                        self.expect(b'}')?;
                        self.expect(b'}')?;
                    }
                    _ => return None,
                }
                self.out.names.push(name);
                Some(())
            }
            "keys" => {
                self.expect(b'(')?;
                self.ws();
                let obj = self.ident()?;
                self.expect(b')')?;
                self.expect(b'.')?;
                self.expect_ident("forEach")?;
                self.expect(b'(')?;
                self.expect_ident("function")?;
                self.expect(b'(')?;
                self.ws();
                let key = self.ident()?;
                self.expect(b')')?;
                self.expect(b'{')?;
                // if (key === "default" || key === "__esModule") return;
                self.expect_ident("if")?;
                self.expect(b'(')?;
                self.expect_ident(&key)?;
                self.ws();
                if !self.at("===") {
                    return None;
                }
                self.pos += 3;
                self.ws();
                if self.string()? != "default" {
                    return None;
                }
                self.ws();
                if !self.at("||") {
                    return None;
                }
                self.pos += 2;
                self.expect_ident(&key)?;
                self.ws();
                if !self.at("===") {
                    return None;
                }
                self.pos += 3;
                self.ws();
                if self.string()? != "__esModule" {
                    return None;
                }
                self.expect(b')')?;
                self.expect_ident("return")?;
                self.ws();
                if self.peek() == b';' {
                    self.pos += 1;
                }
                let spec = self
                    .requires
                    .iter()
                    .rev()
                    .find(|(n, _)| *n == obj)
                    .map(|(_, s)| s.clone())?;
                self.out.reexports.push(spec);
                Some(())
            }
            _ => None,
        }
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
