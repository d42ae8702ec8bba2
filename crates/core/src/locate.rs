//! JSON path → line:column in the original bytes.
//!
//! The checks report problems by JSON path (`$.objectives[2].children[0]`);
//! a publisher editing the file wants the line too. This scans the bytes
//! once along the path, without building a tree.

use crate::parse::line_col;

/// One step of a path.
#[derive(Debug, PartialEq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut rest = path.strip_prefix('$')?;
    let mut out = Vec::new();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            out.push(Step::Key(&r[..end]));
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']')?;
            out.push(Step::Index(r[..end].parse().ok()?));
            rest = &r[end + 1..];
        } else {
            return None;
        }
    }
    Some(out)
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scanner<'_> {
    fn ws(&mut self) {
        while self.i < self.b.len() && self.b[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn eat(&mut self, c: u8) -> Option<()> {
        self.ws();
        (self.peek()? == c).then(|| self.i += 1)
    }
    /// Reads a string literal, returning its raw inner bytes (escapes kept).
    fn string(&mut self) -> Option<std::ops::Range<usize>> {
        self.ws();
        if self.peek()? != b'"' {
            return None;
        }
        self.i += 1;
        let start = self.i;
        while self.i < self.b.len() {
            match self.b[self.i] {
                b'\\' => self.i += 2,
                b'"' => {
                    let r = start..self.i;
                    self.i += 1;
                    return Some(r);
                }
                _ => self.i += 1,
            }
        }
        None
    }
    /// Skips one value of any kind. Iterative, so depth is no danger.
    fn skip_value(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            self.ws();
            match self.peek()? {
                b'"' => {
                    self.string()?;
                }
                b'{' | b'[' => {
                    depth += 1;
                    self.i += 1;
                    continue;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.i += 1;
                }
                b',' | b':' if depth > 0 => {
                    self.i += 1;
                    continue;
                }
                _ => {
                    while self.i < self.b.len() && !b",}] \t\r\n".contains(&self.b[self.i]) {
                        self.i += 1;
                    }
                }
            }
            if depth == 0 {
                return Some(());
            }
        }
    }
}

/// Line and column (1-based) where the value at `path` starts, if the path
/// exists in `bytes`.
pub fn locate(bytes: &[u8], path: &str) -> Option<(usize, usize)> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut s = Scanner { b: bytes, i: 0 };
    for step in steps(path)? {
        match step {
            Step::Key(k) => {
                s.eat(b'{')?;
                loop {
                    let key = s.string()?;
                    s.eat(b':')?;
                    if &bytes[key] == k.as_bytes() {
                        break;
                    }
                    s.skip_value()?;
                    s.eat(b',')?;
                }
            }
            Step::Index(n) => {
                s.eat(b'[')?;
                for _ in 0..n {
                    s.skip_value()?;
                    s.eat(b',')?;
                }
            }
        }
    }
    s.ws();
    Some(line_col(bytes, s.i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let text = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": {\"d\": [true, null, \"è\"]}\n}";
        let b = text.as_bytes();
        assert_eq!(locate(b, "$"), Some((1, 1)));
        assert_eq!(locate(b, "$.a"), Some((2, 8)));
        assert_eq!(locate(b, "$.a[1].b"), Some((2, 18)));
        assert_eq!(locate(b, "$.c.d[2]"), Some((3, 27)));
        assert_eq!(locate(b, "$.c.e"), None);
        assert_eq!(locate(b, "$.a[5]"), None);
    }

    #[test]
    fn string_escapes_do_not_confuse_it() {
        let b = br#"{"a\"b": 1, "k": "q\"}", "z": 2}"#;
        assert_eq!(locate(b, "$.z"), Some((1, 31)));
    }
}
