// stdin: first line\nsecond line\nno newline at end
const log = (...a) => console.log(a.join(' '));
log('fd', process.stdin.fd, 'flowing', process.stdin.readableFlowing, 'hwm', process.stdin.readableHighWaterMark);
process.stdin.setEncoding('utf8');
let all = '';
process.stdin.on('data', (d) => { log('data type', typeof d); all += d; });
process.stdin.on('end', () => log('end', JSON.stringify(all), process.stdin.readableEnded));
process.stdin.on('close', () => log('close'));
process.stdin.on('pause', () => log('pause'));
process.stdin.on('resume', () => log('resume'));
process.on('exit', (c) => log('exit', c));
