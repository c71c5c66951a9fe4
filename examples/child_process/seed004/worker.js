console.log('worker', process.pid, 'parent', process.ppid);
