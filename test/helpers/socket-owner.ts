import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

/**
 * Which of `pids` holds the TCP connection whose own port is `localPort` and whose peer's port is
 * `peerPort`: how a local server tells which of several processes sent the request it is holding
 * (`req.socket.remotePort` is the sender's `localPort`). Read from Linux's /proc: the connection's
 * socket inode in /proc/net/tcp{,6}, then the process with a descriptor on that inode. Synchronous,
 * so a request handler can ask while the connection is certainly open.
 */
export function pidHoldingConnection(pids: number[], localPort: number, peerPort: number): number | undefined {
  const inode = socketInode(localPort, peerPort);
  if (inode === undefined) return undefined;
  const target = `socket:[${inode}]`;
  return pids.find((pid) => {
    try {
      return readdirSync(`/proc/${pid}/fd`).some((fd) => {
        try {
          return readlinkSync(`/proc/${pid}/fd/${fd}`) === target;
        } catch {
          return false; // closed meanwhile
        }
      });
    } catch {
      return false; // the process is gone
    }
  });
}

/** Lines of /proc/net/tcp: `sl local_address rem_address st … uid timeout inode`, addresses as HEXIP:HEXPORT. */
function socketInode(localPort: number, peerPort: number): string | undefined {
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[];
    try {
      lines = readFileSync(table, 'utf8').split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10) continue;
      const portOf = (address: string) => Number.parseInt(address.slice(address.lastIndexOf(':') + 1), 16);
      if (portOf(fields[1]!) === localPort && portOf(fields[2]!) === peerPort && fields[9] !== '0') return fields[9];
    }
  }
  return undefined;
}
