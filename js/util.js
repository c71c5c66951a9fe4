// Minimal util (format/inspect); the complete module replaces this file.
function inspect(value, opts) {
  const seen = new Set();
  const fmt = (v, depth) => {
    if (typeof v === "string") return depth === 0 ? `'${v}'` : `'${v}'`;
    if (typeof v === "bigint") return `${v}n`;
    if (typeof v === "symbol") return v.toString();
    if (typeof v === "function") return `[Function: ${v.name || "(anonymous)"}]`;
    if (v === null || typeof v !== "object") return String(v);
    if (v instanceof Error) return v.stack ?? String(v);
    if (seen.has(v)) return "[Circular *1]";
    seen.add(v);
    let out;
    if (Array.isArray(v)) {
      out = v.length === 0 ? "[]" : `[ ${v.map((x) => fmt(x, depth + 1)).join(", ")} ]`;
    } else {
      const keys = Object.keys(v);
      const body = keys.map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${fmt(v[k], depth + 1)}`);
      out = keys.length === 0 ? "{}" : `{ ${body.join(", ")} }`;
    }
    seen.delete(v);
    return out;
  };
  return fmt(value, 0);
}

function format(...args) {
  if (args.length === 0) return "";
  let first = args[0];
  let rest = 1;
  let out = "";
  if (typeof first === "string") {
    out = first.replace(/%[sdifjoOc%]/g, (m) => {
      if (m === "%%") return "%";
      if (rest >= args.length) return m;
      const a = args[rest++];
      switch (m) {
        case "%s": return typeof a === "string" ? a : typeof a === "object" && a !== null ? inspect(a) : String(a);
        case "%d": case "%i": return String(typeof a === "bigint" ? `${a}n` : m === "%i" ? parseInt(a) : Number(a));
        case "%f": return String(parseFloat(a));
        case "%j": return JSON.stringify(a);
        case "%c": return "";
        default: return inspect(a);
      }
    });
  } else {
    out = inspect(first);
  }
  for (; rest < args.length; rest++) {
    const a = args[rest];
    out += " " + (typeof a === "string" ? a : inspect(a));
  }
  return out;
}

const util = { format, inspect };
export { format, inspect };
export default util;
