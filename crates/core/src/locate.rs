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

/// A container being scanned by [`path_at`].
enum Frame {
    /// An object; `key` is set from its key until its value is complete;
    /// `done` after a value, until the comma.
    Obj { key: Option<String>, done: bool },
    /// An array; `index` of the current element, `open` while inside one.
    Arr { index: usize, open: bool },
}

fn render(stack: &[Frame]) -> String {
    let mut p = String::from("$");
    for f in stack {
        match f {
            Frame::Obj { key: Some(k), .. } => {
                p.push('.');
                p.push_str(k);
            }
            Frame::Arr { index, open: true } => p.push_str(&format!("[{index}]")),
            _ => {}
        }
    }
    p
}

/// Byte offset just after the byte at `line:column` (1-based, column in
/// bytes, as serde_json counts it).
pub fn offset_after(bytes: &[u8], line: usize, column: usize) -> usize {
    let mut l = 1;
    let mut i = 0;
    while i < bytes.len() && l < line {
        if bytes[i] == b'\n' {
            l += 1;
        }
        i += 1;
    }
    if l == line {
        (i + column.max(1)).min(bytes.len())
    } else {
        bytes.len()
    }
}

/// The JSON path of the value a parser was reading when it stopped just
/// before byte offset `pos`: the path of the value, of the key just read, or
/// of the object or array being closed. Used to locate a parse error without
/// a second, path-tracking deserialization (which would double the size of
/// the WebAssembly).
pub fn path_at(bytes: &[u8], pos: usize) -> String {
    let mut stack: Vec<Frame> = Vec::new();
    let mut s = Scanner { b: bytes, i: 0 };
    // A value is starting: inside an array it opens an element.
    let start_value = |stack: &mut Vec<Frame>| {
        if let Some(Frame::Arr { open, .. }) = stack.last_mut() {
            *open = true;
        }
    };
    // A value is complete: its key or element is done.
    let end_value = |stack: &mut Vec<Frame>| match stack.last_mut() {
        Some(Frame::Obj { key, done }) => {
            *key = None;
            *done = true;
        }
        Some(Frame::Arr { open, .. }) => *open = false,
        None => {}
    };
    loop {
        s.ws();
        let start = s.i;
        let Some(c) = s.peek() else {
            return render(&stack);
        };
        if start >= pos {
            return render(&stack);
        }
        match c {
            b'{' | b'[' => {
                start_value(&mut stack);
                s.i += 1;
                stack.push(if c == b'{' {
                    Frame::Obj {
                        key: None,
                        done: false,
                    }
                } else {
                    Frame::Arr {
                        index: 0,
                        open: false,
                    }
                });
            }
            b'}' | b']' => {
                s.i += 1;
                if s.i >= pos {
                    return render(&stack);
                }
                stack.pop();
                end_value(&mut stack);
            }
            b',' => {
                s.i += 1;
                match stack.last_mut() {
                    Some(Frame::Arr { index, open }) => {
                        *index += 1;
                        *open = false;
                    }
                    Some(Frame::Obj { done, .. }) => *done = false,
                    None => {}
                }
            }
            b':' => s.i += 1,
            b'"' => {
                if matches!(
                    stack.last(),
                    Some(Frame::Obj {
                        key: None,
                        done: true
                    })
                ) {
                    // A key where a comma was due: the error is here.
                    return render(&stack);
                }
                let is_key = matches!(stack.last(), Some(Frame::Obj { key: None, .. }));
                let r = s.string();
                let end = r.as_ref().map_or(bytes.len(), |r| r.end + 1);
                if is_key {
                    let raw = r.map(|r| &bytes[r]).unwrap_or_default();
                    let text = String::from_utf8_lossy(raw);
                    let key = if text.contains('\\') {
                        serde_json::from_str::<String>(&format!("\"{text}\""))
                            .unwrap_or_else(|_| text.to_string())
                    } else {
                        text.to_string()
                    };
                    if let Some(Frame::Obj { key: k, .. }) = stack.last_mut() {
                        *k = Some(key);
                    }
                    if end >= pos {
                        return render(&stack);
                    }
                } else {
                    start_value(&mut stack);
                    if end >= pos || r.is_none() {
                        return render(&stack);
                    }
                    end_value(&mut stack);
                }
            }
            _ => {
                start_value(&mut stack);
                while s.i < bytes.len() && !b",}] \t\r\n:".contains(&bytes[s.i]) {
                    s.i += 1;
                }
                if s.i == start {
                    // An unexpected character: the error is here.
                    return render(&stack);
                }
                // The parser reads one character past a number before it
                // can judge it: that character still belongs to the number.
                if s.i + 1 >= pos {
                    return render(&stack);
                }
                end_value(&mut stack);
            }
        }
    }
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
    fn path_at_names_the_value_key_or_container() {
        let text = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": {\"d\": [true, null, \"è\"]}\n}";
        let b = text.as_bytes();
        let path_at = |b: &[u8], l, c| path_at(b, offset_after(b, l, c));
        assert_eq!(path_at(b, 2, 2), "$"); // indentation before key "a"
        assert_eq!(path_at(b, 2, 5), "$.a"); // the key "a" itself
        assert_eq!(path_at(b, 2, 9), "$.a[0]"); // the value 1
        assert_eq!(path_at(b, 2, 20), "$.a[1].b"); // the value "x"
        assert_eq!(path_at(b, 2, 21), "$.a[1]"); // the `}` closing it
        assert_eq!(path_at(b, 2, 22), "$.a"); // the `]` closing the list
        assert_eq!(path_at(b, 3, 30), "$.c.d[2]"); // "è" (columns count bytes)
        assert_eq!(path_at(b, 9, 1), "$"); // past the end
        assert_eq!(path_at(b"{\"a\": [1, 2", 1, 12), "$.a[1]"); // truncated
    }

    #[test]
    fn string_escapes_do_not_confuse_it() {
        let b = br#"{"a\"b": 1, "k": "q\"}", "z": 2}"#;
        assert_eq!(locate(b, "$.z"), Some((1, 31)));
    }
}
