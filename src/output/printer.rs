//! `Printer`: every call writes one field in whichever mode is active, the way
//! lib/json_print.c's `print_*(PRINT_ANY, key, fmt, value)` does. Text uses the caller's
//! `format_args!`, JSON uses the key and the typed value. Walk the reference's print
//! function and make the same calls in the same order: text and JSON come out right together.
use super::fmt::{decimal, fmt_g};
use super::json::JsonWriter;
use std::fmt::Arguments;
use std::io::{self, Write};

/// Which modes a call writes in (PRINT_ANY, PRINT_FP, PRINT_JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Any,
    Fp,
    Json,
}

/// iproute2's colour attributes (include/color.h), in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    Ifname = 0,
    Mac = 1,
    Inet = 2,
    Inet6 = 3,
    OperUp = 4,
    OperDown = 5,
    None = 6,
}

const LIGHT: [&str; 7] = [
    "\x1b[36m", "\x1b[33m", "\x1b[35m", "\x1b[34m", "\x1b[32m", "\x1b[31m", "\x1b[0m",
];
const DARK: [&str; 7] = [
    "\x1b[1;36m",
    "\x1b[1;33m",
    "\x1b[1;35m",
    "\x1b[1;34m",
    "\x1b[1;32m",
    "\x1b[1;31m",
    "\x1b[0m",
];
const CLEAR: &str = "\x1b[0m";

pub struct Printer<W: Write> {
    pub w: W,
    json: Option<JsonWriter>,
    pretty: bool,
    want_json: bool,
    oneline: bool,
    palette: Option<&'static [&'static str; 7]>,
}

impl<W: Write> Printer<W> {
    /// `json`: -j given; `pretty`: -p; `oneline`: -o (line separator becomes `\`).
    pub fn new(w: W, json: bool, pretty: bool, oneline: bool) -> Printer<W> {
        Printer {
            w,
            json: None,
            pretty,
            want_json: json,
            oneline,
            palette: None,
        }
    }

    /// check_enable_color(): never under -j; `always` even when stdout is not a tty.
    pub fn enable_color(&mut self, dark_background: bool) {
        if !self.want_json {
            self.palette = Some(if dark_background { &DARK } else { &LIGHT });
        }
    }
    pub fn color_enabled(&self) -> bool {
        self.palette.is_some()
    }

    pub fn is_json(&self) -> bool {
        self.json.is_some()
    }
    pub fn wants_json(&self) -> bool {
        self.want_json
    }
    pub fn oneline(&self) -> bool {
        self.oneline
    }
    pub fn set_oneline(&mut self, on: bool) {
        self.oneline = on;
    }
    /// `_SL_`: the line separator of text mode.
    pub fn sl(&self) -> &'static str {
        if self.oneline {
            "\\"
        } else {
            "\n"
        }
    }

    fn text_on(&self, ctx: Ctx) -> bool {
        self.json.is_none() && ctx != Ctx::Json
    }
    fn json_on(&self, ctx: Ctx) -> bool {
        self.json.is_some() && ctx != Ctx::Fp
    }

    /// new_json_obj(): under -j opens the outer array.
    pub fn begin_list(&mut self) -> io::Result<()> {
        self.begin(true)
    }
    /// new_json_obj_plain(): a JSON context without the outer array.
    pub fn begin_plain(&mut self) -> io::Result<()> {
        self.begin(false)
    }
    fn begin(&mut self, array: bool) -> io::Result<()> {
        if self.want_json && self.json.is_none() {
            let mut j = JsonWriter::new(self.pretty);
            if array {
                j.start_array(&mut self.w)?;
            }
            self.json = Some(j);
        }
        Ok(())
    }
    /// delete_json_obj(): closes the outer array and ends the line.
    pub fn end_list(&mut self) -> io::Result<()> {
        self.end(true)
    }
    pub fn end_plain(&mut self) -> io::Result<()> {
        self.end(false)
    }
    fn end(&mut self, array: bool) -> io::Result<()> {
        if let Some(mut j) = self.json.take() {
            if array {
                j.end_array(&mut self.w)?;
            }
            self.w.write_all(b"\n")?;
        }
        Ok(())
    }

    fn key(&mut self, key: &str) -> io::Result<()> {
        if let Some(j) = self.json.as_mut() {
            if !key.is_empty() {
                j.name(&mut self.w, key)?;
            }
        }
        Ok(())
    }

    fn text(&mut self, color: Color, text: Arguments) -> io::Result<()> {
        match self.palette {
            Some(p) if color != Color::None => {
                self.w.write_all(p[color as usize].as_bytes())?;
                self.w.write_fmt(text)?;
                self.w.write_all(CLEAR.as_bytes())
            }
            _ => self.w.write_fmt(text),
        }
    }

    /// print_string: `key` "" means a bare value (inside an array).
    pub fn string(&mut self, ctx: Ctx, key: &str, value: &str, text: Arguments) -> io::Result<()> {
        self.string_c(ctx, Color::None, key, value, text)
    }
    pub fn string_c(
        &mut self,
        ctx: Ctx,
        color: Color,
        key: &str,
        value: &str,
        text: Arguments,
    ) -> io::Result<()> {
        if self.json_on(ctx) {
            self.json_string(key, value)
        } else if self.text_on(ctx) {
            self.text(color, text)
        } else {
            Ok(())
        }
    }
    /// print_string whose text is `before`, the value, `after`, written piece by piece:
    /// dumps print several such fields a line, and `format_args!` costs about 200
    /// instructions a field.
    pub fn string_in(
        &mut self,
        ctx: Ctx,
        color: Color,
        key: &str,
        value: &str,
        before: &str,
        after: &str,
    ) -> io::Result<()> {
        if self.json_on(ctx) {
            self.json_string(key, value)
        } else if self.text_on(ctx) {
            self.text_pieces(
                color,
                &[before.as_bytes(), value.as_bytes(), after.as_bytes()],
            )
        } else {
            Ok(())
        }
    }
    /// print_uint whose text is `before`, the value in decimal, `after` (as string_in;
    /// about 400 instructions a field through `format_args!`).
    pub fn uint_in(
        &mut self,
        ctx: Ctx,
        key: &str,
        value: u64,
        before: &str,
        after: &str,
    ) -> io::Result<()> {
        let mut digits = [0u8; 20];
        let dec = decimal(value, &mut digits);
        self.number_in(ctx, key, b"", dec, before, after)
    }
    /// print_int whose text is `before`, the value in decimal, `after` (as uint_in).
    pub fn int_in(
        &mut self,
        ctx: Ctx,
        key: &str,
        value: i64,
        before: &str,
        after: &str,
    ) -> io::Result<()> {
        let mut digits = [0u8; 20];
        let dec = decimal(value.unsigned_abs(), &mut digits);
        let sign: &[u8] = if value < 0 { b"-" } else { b"" };
        self.number_in(ctx, key, sign, dec, before, after)
    }
    fn number_in(
        &mut self,
        ctx: Ctx,
        key: &str,
        sign: &[u8],
        digits: &[u8],
        before: &str,
        after: &str,
    ) -> io::Result<()> {
        if self.json_on(ctx) {
            self.key(key)?;
            if let Some(j) = self.json.as_mut() {
                j.raw_bytes(&mut self.w, sign)?;
                self.w.write_all(digits)?;
            }
            Ok(())
        } else if self.text_on(ctx) {
            let pieces = [before.as_bytes(), sign, digits, after.as_bytes()];
            self.text_pieces(Color::None, &pieces)
        } else {
            Ok(())
        }
    }
    fn json_string(&mut self, key: &str, value: &str) -> io::Result<()> {
        self.key(key)?;
        if let Some(j) = self.json.as_mut() {
            j.string(&mut self.w, value)?;
        }
        Ok(())
    }
    fn text_pieces(&mut self, color: Color, pieces: &[&[u8]]) -> io::Result<()> {
        let palette = self.palette.filter(|_| color != Color::None);
        if let Some(p) = palette {
            self.w.write_all(p[color as usize].as_bytes())?;
        }
        for piece in pieces.iter().filter(|p| !p.is_empty()) {
            self.w.write_all(piece)?;
        }
        if palette.is_some() {
            self.w.write_all(CLEAR.as_bytes())?;
        }
        Ok(())
    }
    /// print_color_string with a value that may not be UTF-8 (interface names, aliases,
    /// labels): `value` goes to JSON, `text` (already formatted) to the text modes.
    pub fn string_bytes(
        &mut self,
        ctx: Ctx,
        color: Color,
        key: &str,
        value: &[u8],
        text: &[u8],
    ) -> io::Result<()> {
        if self.json_on(ctx) {
            self.key(key)?;
            if let Some(j) = self.json.as_mut() {
                j.string_bytes(&mut self.w, value)?;
            }
            Ok(())
        } else if self.text_on(ctx) {
            match self.palette {
                Some(p) if color != Color::None => {
                    self.w.write_all(p[color as usize].as_bytes())?;
                    self.w.write_all(text)?;
                    self.w.write_all(CLEAR.as_bytes())
                }
                _ => self.w.write_all(text),
            }
        } else {
            Ok(())
        }
    }
    /// print_string(PRINT_JSON, key, NULL, NULL): only the name, the value follows.
    pub fn json_name(&mut self, key: &str) -> io::Result<()> {
        if self.json.is_some() {
            self.key(key)?;
        }
        Ok(())
    }

    fn json_raw(&mut self, key: &str, v: Arguments) -> io::Result<()> {
        self.key(key)?;
        if let Some(j) = self.json.as_mut() {
            j.raw(&mut self.w, v)?;
        }
        Ok(())
    }

    /// jsonw_name + jsonw_printf: a value written verbatim, only under JSON.
    pub fn json_verbatim(&mut self, key: &str, v: Arguments) -> io::Result<()> {
        if self.json.is_some() {
            self.json_raw(key, v)
        } else {
            Ok(())
        }
    }

    /// print_uint / print_u64 / print_hu / print_luint ...: decimal in JSON.
    pub fn uint(&mut self, ctx: Ctx, key: &str, value: u64, text: Arguments) -> io::Result<()> {
        if self.json_on(ctx) {
            self.json_raw(key, format_args!("{value}"))
        } else if self.text_on(ctx) {
            self.text(Color::None, text)
        } else {
            Ok(())
        }
    }
    /// print_int / print_s64.
    pub fn int(&mut self, ctx: Ctx, key: &str, value: i64, text: Arguments) -> io::Result<()> {
        if self.json_on(ctx) {
            self.json_raw(key, format_args!("{value}"))
        } else if self.text_on(ctx) {
            self.text(Color::None, text)
        } else {
            Ok(())
        }
    }
    /// print_bool / print_on_off: true/false in JSON.
    pub fn bool(&mut self, ctx: Ctx, key: &str, value: bool, text: Arguments) -> io::Result<()> {
        if self.json_on(ctx) {
            self.json_raw(key, format_args!("{value}"))
        } else if self.text_on(ctx) {
            self.text(Color::None, text)
        } else {
            Ok(())
        }
    }
    /// print_null: null in JSON.
    pub fn null(&mut self, ctx: Ctx, key: &str, text: Arguments) -> io::Result<()> {
        if self.json_on(ctx) {
            self.json_raw(key, format_args!("null"))
        } else if self.text_on(ctx) {
            self.text(Color::None, text)
        } else {
            Ok(())
        }
    }
    /// print_hex: JSON gets the value as a `%x` string.
    pub fn hex(&mut self, ctx: Ctx, key: &str, value: u64, text: Arguments) -> io::Result<()> {
        if self.json_on(ctx) {
            self.key(key)?;
            let s = format!("{value:x}");
            if let Some(j) = self.json.as_mut() {
                j.string(&mut self.w, &s)?;
            }
            Ok(())
        } else if self.text_on(ctx) {
            self.text(Color::None, text)
        } else {
            Ok(())
        }
    }
    /// print_0xhex: JSON gets a `%#llx` string (0 stays "0").
    pub fn xhex(&mut self, ctx: Ctx, key: &str, value: u64, text: Arguments) -> io::Result<()> {
        if self.json_on(ctx) {
            let s = if value == 0 {
                "0".to_string()
            } else {
                format!("{value:#x}")
            };
            self.key(key)?;
            if let Some(j) = self.json.as_mut() {
                j.string(&mut self.w, &s)?;
            }
            Ok(())
        } else if self.text_on(ctx) {
            self.text(Color::None, text)
        } else {
            Ok(())
        }
    }
    /// print_float: `%g` in JSON.
    pub fn float(&mut self, ctx: Ctx, key: &str, value: f64, text: Arguments) -> io::Result<()> {
        if self.json_on(ctx) {
            let s = fmt_g(value);
            self.json_raw(key, format_args!("{s}"))
        } else if self.text_on(ctx) {
            self.text(Color::None, text)
        } else {
            Ok(())
        }
    }

    /// Text-only output (PRINT_FP with no key); nothing under -j.
    pub fn fp(&mut self, text: Arguments) -> io::Result<()> {
        if self.json.is_none() {
            self.w.write_fmt(text)?;
        }
        Ok(())
    }
    /// A bare printf of the reference: written in every mode, JSON included.
    pub fn raw(&mut self, text: Arguments) -> io::Result<()> {
        self.w.write_fmt(text)
    }

    /// open_json_object: only under JSON.
    pub fn open_object(&mut self, key: &str) -> io::Result<()> {
        if self.json.is_some() {
            self.key(key)?;
            if let Some(j) = self.json.as_mut() {
                j.start_object(&mut self.w)?;
            }
        }
        Ok(())
    }
    pub fn close_object(&mut self) -> io::Result<()> {
        if let Some(j) = self.json.as_mut() {
            j.end_object(&mut self.w)?;
        }
        Ok(())
    }
    /// open_json_array: under JSON an array named `key`; in text, `text` is printed.
    pub fn open_array(&mut self, ctx: Ctx, key: &str, text: &str) -> io::Result<()> {
        if self.json_on(ctx) {
            self.key(key)?;
            if let Some(j) = self.json.as_mut() {
                j.start_array(&mut self.w)?;
            }
            Ok(())
        } else if self.text_on(ctx) {
            self.w.write_all(text.as_bytes())
        } else {
            Ok(())
        }
    }
    pub fn close_array(&mut self, ctx: Ctx, text: &str) -> io::Result<()> {
        if self.json_on(ctx) {
            if let Some(j) = self.json.as_mut() {
                j.end_array(&mut self.w)?;
            }
            Ok(())
        } else if self.text_on(ctx) {
            self.w.write_all(text.as_bytes())
        } else {
            Ok(())
        }
    }
    /// print_nl: the line separator in text mode (`\` under -o), nothing under JSON.
    pub fn nl(&mut self) -> io::Result<()> {
        if self.json.is_none() {
            let sl = self.sl();
            self.w.write_all(sl.as_bytes())?;
        }
        Ok(())
    }
    pub fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(
        json: bool,
        pretty: bool,
        f: impl Fn(&mut Printer<&mut Vec<u8>>) -> io::Result<()>,
    ) -> String {
        let mut v = Vec::new();
        {
            let mut p = Printer::new(&mut v, json, pretty, false);
            p.begin_list().unwrap();
            f(&mut p).unwrap();
            p.end_list().unwrap();
        }
        String::from_utf8(v).unwrap()
    }

    fn sample(p: &mut Printer<&mut Vec<u8>>) -> io::Result<()> {
        p.open_object("")?;
        p.uint(Ctx::Any, "ifindex", 1, format_args!("{}: ", 1))?;
        p.string(Ctx::Any, "ifname", "lo", format_args!("{}: ", "lo"))?;
        p.open_array(Ctx::Any, "flags", "<")?;
        p.string(Ctx::Any, "", "LOOPBACK", format_args!("{},", "LOOPBACK"))?;
        p.string(Ctx::Any, "", "UP", format_args!("{}", "UP"))?;
        p.close_array(Ctx::Any, "> ")?;
        p.open_array(Ctx::Json, "empty", "")?;
        p.close_array(Ctx::Json, "")?;
        p.nl()?;
        p.close_object()
    }

    #[test]
    fn text_mode() {
        assert_eq!(out(false, false, sample), "1: lo: <LOOPBACK,UP> \n");
    }

    #[test]
    fn json_compact() {
        assert_eq!(
            out(true, false, sample),
            "[{\"ifindex\":1,\"ifname\":\"lo\",\"flags\":[\"LOOPBACK\",\"UP\"],\"empty\":[]}]\n"
        );
    }

    #[test]
    fn json_pretty() {
        let expected = "[ {\n        \"ifindex\": 1,\n        \"ifname\": \"lo\",\n        \"flags\": [ \"LOOPBACK\",\"UP\" ],\n        \"empty\": [ ]\n    } ]\n";
        assert_eq!(out(true, true, sample), expected);
    }

    #[test]
    fn typed_fields_write_what_format_args_would() {
        let fields = |p: &mut Printer<&mut Vec<u8>>| {
            p.open_object("")?;
            p.uint_in(Ctx::Any, "mtu", 1500, "mtu ", " ")?;
            p.uint_in(Ctx::Any, "zero", 0, "<", ">")?;
            p.uint_in(Ctx::Any, "max", u64::MAX, "", " ")?;
            p.int_in(Ctx::Any, "neg", i64::MIN, "(", ")")?;
            p.int_in(Ctx::Any, "pos", 42, "", "")?;
            p.string_in(Ctx::Any, Color::Ifname, "qdisc", "no\"op", "qdisc ", " ")?;
            p.uint_in(Ctx::Json, "json_only", 7, "x", "y")?;
            p.string_in(Ctx::Fp, Color::None, "text_only", "t", "[", "]")?;
            p.close_object()
        };
        assert_eq!(
            out(false, false, fields),
            "mtu 1500 <0>18446744073709551615 (-9223372036854775808)42qdisc no\"op [t]"
        );
        assert_eq!(
            out(true, false, fields),
            "[{\"mtu\":1500,\"zero\":0,\"max\":18446744073709551615,\"neg\":-9223372036854775808,\"pos\":42,\"qdisc\":\"no\\\"op\",\"json_only\":7}]\n"
        );
        let mut v = Vec::new();
        let mut p = Printer::new(&mut v, false, false, false);
        p.enable_color(false);
        p.string_in(Ctx::Any, Color::Ifname, "k", "eth0", "", ": ")
            .unwrap();
        p.string_in(Ctx::Any, Color::None, "k", "x", "", "")
            .unwrap();
        assert_eq!(String::from_utf8(v).unwrap(), "\x1b[36meth0: \x1b[0mx");
    }

    #[test]
    fn json_empty_list() {
        assert_eq!(out(true, false, |_| Ok(())), "[]\n");
        assert_eq!(out(true, true, |_| Ok(())), "[ ]\n");
    }
}
