import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The file system of one build stage without a container engine: this Debian host's /usr and /etc
 * (read-only) stand in for the base image, and everything the stage writes lands in `dir`.
 * Commands run in their own mount namespace, chrooted into `dir`, so the Dockerfile's absolute
 * paths (/app, /data) are the stage's own and nothing of the host is changed.
 */
export class StageRoot {
  /** The base image's non-root user, as the official Node.js images define it. */
  static readonly NODE_USER = { name: 'node', uid: 1000, gid: 1000, home: '/home/node' };
  /**
   * The installation of the Node.js that runs the replay. One from outside the host's /usr (the
   * image's release line, as .ci/run fetches it) is mounted on /usr/local, where the official images
   * keep theirs and which comes first in their PATH; npm stays the host's, run by that Node.js.
   */
  private static readonly NODE_HOME = path.resolve(process.execPath, '../..');

  private readonly passwd: string;
  private readonly group: string;

  constructor(readonly dir: string) {
    // World-readable like an image's root, so the unprivileged user can reach its files.
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    chmodSync(path.dirname(dir), 0o755);
    for (const d of ['usr', 'etc', 'dev', 'proc', 'tmp', 'root', 'home/node']) mkdirSync(path.join(dir, d), { recursive: true });
    // Debian's merged /usr: /bin, /lib, … are links into /usr, in the image as on this host.
    for (const l of ['bin', 'lib', 'lib64', 'sbin']) symlinkSync(readlinkSync(`/${l}`), path.join(dir, l));
    chmodSync(path.join(dir, 'tmp'), 0o1777);
    const { uid, gid, name, home } = StageRoot.NODE_USER;
    chownSync(path.join(dir, home), uid, gid);
    // The host's /etc, with the base image's user added; kept beside the root and mounted over.
    this.passwd = `${dir}.passwd`;
    this.group = `${dir}.group`;
    writeFileSync(this.passwd, `${readFileSync('/etc/passwd', 'utf8')}${name}:x:${uid}:${gid}::${home}:/bin/sh\n`);
    writeFileSync(this.group, `${readFileSync('/etc/group', 'utf8')}${name}:x:${gid}:\n`);
  }

  /** The path on the host of a path inside the stage. */
  hostPath(inside: string): string {
    return path.join(this.dir, inside);
  }

  /** Whether the user is the base image's unprivileged one (else root). */
  static isNodeUser(user: string): boolean {
    if (user === 'root' || user === '0') return false;
    if (user === StageRoot.NODE_USER.name || user === String(StageRoot.NODE_USER.uid)) return true;
    throw new Error(`the replay knows the users root and ${StageRoot.NODE_USER.name}, not ${user}`);
  }

  /** Starts `argv` inside the stage, in `cwd`, as `user`, with exactly `env` (as an image's process gets). */
  spawn(argv: string[], options: { cwd: string; env: Record<string, string>; user: string; quiet?: boolean }): ChildProcess {
    const r = this.dir;
    const userspec = StageRoot.isNodeUser(options.user)
      ? [`--userspec=${StageRoot.NODE_USER.uid}:${StageRoot.NODE_USER.gid}`, `--groups=${StageRoot.NODE_USER.gid}`]
      : [];
    const node = StageRoot.NODE_HOME;
    const nodeMounts = path.relative('/usr', node).startsWith('..')
      ? [`mount --bind '${node}' '${r}/usr/local'`, `mount -o remount,bind,ro '${r}/usr/local'`]
      : [];
    const mounts = [
      `mount --bind /usr '${r}/usr'`,
      `mount -o remount,bind,ro '${r}/usr'`,
      ...nodeMounts,
      `mount --bind /etc '${r}/etc'`,
      `mount -o remount,bind,ro '${r}/etc'`,
      `mount --bind '${this.passwd}' '${r}/etc/passwd'`,
      `mount --bind '${this.group}' '${r}/etc/group'`,
      `mount --rbind /dev '${r}/dev'`,
      `mount -t proc proc '${r}/proc'`,
    ].join(' && ');
    // unshare only runs the script once the new namespace exists, so these mounts never reach the host.
    const script = `set -e; ${mounts}; exec chroot ${userspec.join(' ')} '${r}' /bin/sh -c 'cd "$0" && exec "$@"' "$0" "$@"`;
    return spawn('unshare', ['--mount', '/bin/sh', '-c', script, options.cwd, ...argv], {
      env: options.env,
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
  }

  /** Runs `argv` inside the stage to its end; rejects unless it exits 0. */
  run(argv: string[], options: { cwd: string; env: Record<string, string>; user: string }): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = this.spawn(argv, options);
      child.once('error', reject);
      child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${argv.join(' ')} ended with ${signal ?? `exit code ${code}`}`))));
    });
  }
}
