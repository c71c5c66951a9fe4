//! WHATWG URL parsing for `URL`/`URLSearchParams` (the `url` crate that
//! deno_core re-exports). A parse fills a `Uint32Array` with the component
//! offsets of the serialization, so JS getters are plain string slices.

use deno_core::url::{form_urlencoded, quirks, Host, Url};
use deno_core::{op2, OpState};

/// Result codes of the parse ops.
const OK: u32 = 0;
/// Parsed; the serialization differs from the input (read it with
/// `op_url_take_serialization`).
const OK_CHANGED: u32 = 1;
const INVALID: u32 = 2;

/// Number of offsets written into the JS buffer.
const N_OFFSETS: usize = 14;

/// The serialization of the last parse that changed its input.
struct LastHref(String);

fn fill(url: &Url, buf: &mut [u32]) {
    let c = quirks::internal_components(url);
    let s = url.as_str();
    let len = s.len() as u32;
    let authority = s[c.scheme_end as usize..].starts_with("://");
    let (user_start, user_end) = if authority {
        (c.scheme_end + 3, c.username_end)
    } else {
        (0, 0)
    };
    let (pass_start, pass_end) = if authority
        && c.username_end < c.host_start
        && s.as_bytes()[c.username_end as usize] == b':'
    {
        (c.username_end + 1, c.host_start - 1)
    } else {
        (0, 0)
    };
    let (port_start, port_end) = if c.port.is_some() {
        (c.host_end + 1, c.path_start)
    } else {
        (0, 0)
    };
    let path_end = c.query_start.or(c.fragment_start).unwrap_or(len);
    let (query_start, query_end) = match c.query_start {
        Some(q) => (q + 1, c.fragment_start.unwrap_or(len)),
        None => (0, 0),
    };
    let fragment_start = c.fragment_start.map(|f| f + 1).unwrap_or(len);
    let offsets = [
        c.scheme_end,
        user_start,
        user_end,
        pass_start,
        pass_end,
        c.host_start,
        c.host_end,
        port_start,
        port_end,
        c.path_start,
        path_end,
        query_start,
        query_end,
        fragment_start,
    ];
    for (slot, v) in buf.iter_mut().zip(offsets) {
        *slot = v;
    }
}

/// Bring the `url` crate's output up to the current URL Standard (what
/// Node's parser implements): `^` is in the path percent-encode set, and an
/// opaque path's space right before `?` or `#` is written as `%20`.
fn update_to_spec(url: Url) -> Url {
    let c = quirks::internal_components(&url);
    let s = url.as_str();
    let end = c.query_start.or(c.fragment_start).unwrap_or(s.len() as u32) as usize;
    let start = c.path_start as usize;
    let path = &s[start..end];
    let fixed = if url.cannot_be_a_base() {
        if end == s.len() || !path.ends_with(' ') {
            return url;
        }
        format!("{}%20{}", &s[..end - 1], &s[end..])
    } else {
        if !path.contains('^') {
            return url;
        }
        format!("{}{}{}", &s[..start], path.replace('^', "%5E"), &s[end..])
    };
    Url::parse(&fixed).unwrap_or(url)
}

fn finish(state: &mut OpState, input: &str, url: Url, buf: &mut [u32]) -> u32 {
    if buf.len() < N_OFFSETS {
        return INVALID;
    }
    let url = update_to_spec(url);
    fill(&url, buf);
    if url.as_str() == input {
        OK
    } else {
        state.put(LastHref(url.into()));
        OK_CHANGED
    }
}

/// Parse `href` (against `base` when it is not empty-and-absent).
#[op2(fast)]
fn op_url_parse(state: &mut OpState, #[string] href: &str, #[buffer] buf: &mut [u32]) -> u32 {
    match Url::parse(href) {
        Ok(url) => finish(state, href, url, buf),
        Err(_) => INVALID,
    }
}

/// Parse `href` relative to `base`.
#[op2(fast)]
fn op_url_parse_with_base(
    state: &mut OpState,
    #[string] href: &str,
    #[string] base: &str,
    #[buffer] buf: &mut [u32],
) -> u32 {
    let Ok(base) = Url::parse(base) else {
        return INVALID;
    };
    match base.join(href) {
        Ok(url) => finish(state, href, url, buf),
        Err(_) => INVALID,
    }
}

/// The serialization stored by the last parse that returned OK_CHANGED.
#[op2]
#[string]
fn op_url_take_serialization(state: &mut OpState) -> String {
    state
        .try_take::<LastHref>()
        .map(|h| h.0)
        .unwrap_or_default()
}

/// Apply one URL setter (`kind` as in url.js) to a valid `href`. Returns OK
/// when nothing changed, OK_CHANGED with a new serialization, INVALID when
/// the setter refused the value (the URL stays as it was).
#[op2(fast)]
fn op_url_set(
    state: &mut OpState,
    #[string] href: &str,
    kind: u32,
    #[string] value: &str,
    #[buffer] buf: &mut [u32],
) -> u32 {
    let Ok(mut url) = Url::parse(href) else {
        return INVALID;
    };
    let ok = match kind {
        0 => match Url::parse(value) {
            Ok(u) => {
                url = u;
                true
            }
            Err(_) => false,
        },
        1 => quirks::set_protocol(&mut url, value).is_ok() || to_file_scheme(&mut url, value),
        2 => quirks::set_username(&mut url, value).is_ok(),
        3 => quirks::set_password(&mut url, value).is_ok(),
        4 => quirks::set_host(&mut url, value).is_ok(),
        5 => quirks::set_hostname(&mut url, value).is_ok(),
        6 => quirks::set_port(&mut url, value).is_ok(),
        7 => {
            quirks::set_pathname(&mut url, value);
            true
        }
        8 => {
            quirks::set_search(&mut url, value);
            true
        }
        9 => {
            quirks::set_hash(&mut url, value);
            true
        }
        _ => false,
    };
    if !ok {
        return INVALID;
    }
    finish(state, href, url, buf)
}

/// The `url` crate refuses every special -> "file" scheme change; the URL
/// Standard only refuses it with credentials or a port.
fn to_file_scheme(url: &mut Url, value: &str) -> bool {
    let scheme = value.split(':').next().unwrap_or("");
    if !scheme.eq_ignore_ascii_case("file")
        || url.scheme() == "file"
        || !matches!(url.scheme(), "http" | "https" | "ws" | "wss" | "ftp")
        || !url.username().is_empty()
        || url.password().is_some()
        || url.port().is_some()
    {
        return false;
    }
    let rest = &url.as_str()[url.scheme().len()..];
    match Url::parse(&format!("file{rest}")) {
        Ok(u) => {
            *url = u;
            true
        }
        Err(_) => false,
    }
}

/// The origin of a valid URL ("null" for opaque origins).
#[op2]
#[string]
fn op_url_origin(#[string] href: &str) -> String {
    match Url::parse(href) {
        Ok(url) => quirks::origin(&url),
        Err(_) => "null".into(),
    }
}

/// `url.domainToASCII`: "" when the domain is invalid.
#[op2]
#[string]
fn op_url_domain_to_ascii(#[string] domain: &str) -> String {
    match Host::parse(domain) {
        Ok(Host::Domain(d)) => d,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// `url.domainToUnicode`: "" when the domain is invalid.
#[op2]
#[string]
fn op_url_domain_to_unicode(#[string] domain: &str) -> String {
    match Host::parse(domain) {
        Ok(Host::Domain(_)) => quirks::domain_to_unicode(domain),
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// application/x-www-form-urlencoded parsing, flattened [k0, v0, k1, v1, ...].
#[op2]
#[serde]
fn op_url_parse_search_params(#[string] input: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (k, v) in form_urlencoded::parse(input.as_bytes()) {
        out.push(k.into_owned());
        out.push(v.into_owned());
    }
    out
}

deno_core::extension!(
    host_url,
    ops = [
        op_url_parse,
        op_url_parse_with_base,
        op_url_take_serialization,
        op_url_set,
        op_url_origin,
        op_url_domain_to_ascii,
        op_url_domain_to_unicode,
        op_url_parse_search_params,
    ]
);
