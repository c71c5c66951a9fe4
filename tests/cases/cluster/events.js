// cluster's events and Worker API in Node's order, with workers on port 0.
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const log = [];
  cluster.setupPrimary({ args: ['from-primary'] });
  cluster.on('setup', (s) => log.push(`setup ${s.args.join()}`));
  cluster.on('fork', (w) => log.push(`fork ${w.id}`));
  cluster.on('online', (w) => log.push(`online ${w.id}`));
  const ports = [];
  cluster.on('listening', (w, address) => {
    log.push(`listening ${w.id} ${address.addressType}`);
    ports.push(address.port);
    if (ports.length === 2) {
      log.push(`same port ${ports[0] === ports[1]}`);
      for (const id in cluster.workers) cluster.workers[id].send({ hello: Number(id) });
    }
  });
  let replies = 0;
  cluster.on('message', (w, m) => {
    log.push(`message from ${w.id} ${JSON.stringify(m)}`);
    if (++replies === 2) cluster.disconnect(() => log.push('all disconnected'));
  });
  cluster.on('disconnect', (w) => log.push(`disconnect ${w.id} ${w.exitedAfterDisconnect}`));
  cluster.on('exit', (w, code, signal) => {
    log.push(`exit ${w.id} ${code} ${signal} dead=${w.isDead()} ${w.state}`);
  });
  process.on('exit', () => {
    // Events of the two workers interleave freely; print them per worker.
    const general = log.filter((l) => !/ [12]( |$)/.test(l));
    console.log(general.join('\n'));
    for (const id of [1, 2]) console.log(log.filter((l) => new RegExp(` ${id}( |$)`).test(l)).join(' | '));
    console.log(cluster.isMaster, cluster.isPrimary, cluster.isWorker, typeof cluster.settings.exec, Object.keys(cluster.workers).length);
  });
  cluster.fork();
  cluster.fork();
} else {
  const server = net.createServer(() => {});
  server.listen(0, () => {});
  process.on('message', (m) => process.send({ echo: m.hello, worker: cluster.worker.id, arg: process.argv[2] }));
}
