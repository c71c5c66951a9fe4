// Signal events on `process`: a listener for 'SIGINT' etc. replaces the
// default action while it exists. Filled in with the signal ops.
export function installSignalHandling(_process) {}
