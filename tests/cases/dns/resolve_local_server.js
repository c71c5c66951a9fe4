// dns.Resolver against a fixed-answer DNS server on 127.0.0.1 (dgram).
const dgram = require("dgram");
const dns = require("dns");

function name(labels) {
  const parts = [];
  for (const l of labels.split(".")) parts.push(Buffer.from([l.length]), Buffer.from(l));
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}
function u16(n) { const b = Buffer.alloc(2); b.writeUInt16BE(n); return b; }
function u32(n) { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; }
function rr(type, ttl, data) {
  return Buffer.concat([Buffer.from([0xc0, 12]), u16(type), u16(1), u32(ttl), u16(data.length), data]);
}
const answers = {
  1: [rr(1, 300, Buffer.from([10, 0, 0, 1])), rr(1, 60, Buffer.from([10, 0, 0, 2]))],
  28: [rr(28, 120, Buffer.from("20010db8000000000000000000000001", "hex"))],
  15: [rr(15, 300, Buffer.concat([u16(10), name("mx1.example.test")])), rr(15, 300, Buffer.concat([u16(20), name("mx2.example.test")]))],
  16: [rr(16, 300, Buffer.concat([Buffer.from([5]), Buffer.from("hello"), Buffer.from([5]), Buffer.from("world")]))],
  5: [rr(5, 300, name("alias.example.test"))],
  2: [rr(2, 300, name("ns1.example.test"))],
  33: [rr(33, 300, Buffer.concat([u16(1), u16(5), u16(5060), name("sip.example.test")]))],
  6: [rr(6, 300, Buffer.concat([name("ns1.example.test"), name("admin.example.test"), u32(2024010101), u32(7200), u32(3600), u32(1209600), u32(300)]))],
  12: [rr(12, 300, name("host.example.test"))],
};

const server = dgram.createSocket("udp4");
server.on("message", (msg, rinfo) => {
  let p = 12;
  while (msg[p] !== 0) p += msg[p] + 1;
  const qname = msg.subarray(12, p).toString("latin1");
  const qtype = msg.readUInt16BE(p + 1);
  const question = msg.subarray(12, p + 5);
  let rcode = 0;
  let list = answers[qtype] || [];
  if (qname.includes("missing")) { rcode = 3; list = []; }
  if (qname.includes("empty")) list = [];
  const header = Buffer.concat([msg.subarray(0, 2), Buffer.from([0x81, 0x80 | rcode]), u16(1), u16(list.length), u16(0), u16(0)]);
  server.send(Buffer.concat([header, question, ...list]), rinfo.port, rinfo.address);
});

server.bind(0, "127.0.0.1", async () => {
  const { port } = server.address();
  const r = new dns.promises.Resolver();
  r.setServers([`127.0.0.1:${port}`]);
  const show = async (label, p) => {
    try {
      console.log(label, JSON.stringify(await p));
    } catch (e) {
      console.log(label, "error", e.code, e.syscall, e.hostname, e.message);
    }
  };
  await show("A", r.resolve4("example.test"));
  await show("A ttl", r.resolve4("example.test", { ttl: true }));
  await show("AAAA", r.resolve6("example.test"));
  await show("MX", r.resolveMx("example.test"));
  await show("TXT", r.resolveTxt("example.test"));
  await show("CNAME", r.resolveCname("www.example.test"));
  await show("NS", r.resolveNs("example.test"));
  await show("SRV", r.resolveSrv("_sip._udp.example.test"));
  await show("SOA", r.resolveSoa("example.test"));
  await show("resolve MX", r.resolve("example.test", "MX"));
  await show("reverse", r.reverse("10.0.0.1"));
  await show("missing", r.resolve4("missing.example.test"));
  await show("empty", r.resolve4("empty.example.test"));
  const cb = new dns.Resolver();
  cb.setServers([`127.0.0.1:${port}`]);
  cb.resolve4("example.test", (err, addrs) => {
    console.log("callback", err, addrs);
    cb.resolveTxt("missing.example.test", (err2) => {
      console.log("callback err", err2.code, err2.syscall, err2.hostname);
      server.close();
    });
  });
});
