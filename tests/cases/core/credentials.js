// process.setuid/setgid/seteuid/setegid/setgroups/initgroups/getgroups and
// their argument errors. Only calls any user may make succeed (ids set to
// what they already are), so the case runs the same as root or not.
const os = require('os');
for (const name of ['setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups']) console.log(name, typeof process[name]);
const me = os.userInfo().username;
const tries = [
  () => process.setuid(process.getuid()), () => process.setgid(process.getgid()), () => process.seteuid(process.geteuid()),
  () => process.setegid(process.getegid()), () => process.setuid(me), () => process.seteuid(me),
  () => process.setuid('nosuchuser_zz'), () => process.setgid('nosuchgroup_zz'), () => process.setuid({}), () => process.setuid(-1),
  () => process.setuid(1.5), () => process.setgroups('x'), () => process.setgroups(['nosuchgroup_zz']), () => process.setgroups([{}]),
  () => process.initgroups(me, 'nosuchgroup_zz'), () => process.initgroups({}, 0), () => process.initgroups(me, {}), () => process.setuid(),
];
for (const t of tries) {
  try {
    const r = t();
    console.log('ok', r, process.getuid() === os.userInfo().uid, process.getgroups().includes(process.getegid()));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
