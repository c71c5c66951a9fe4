// Opens the IPC channel a parent left in NODE_CHANNEL_FD (child side of
// fork()). Filled in by the child_process module.
export function setupChildIpc(_process) {}
