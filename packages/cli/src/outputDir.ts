import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';

/**
 * Make sure `--out` names a writable directory, creating it when missing.
 * An existing directory is fine: our files in it are replaced atomically, nothing else is touched.
 * @throws Error naming the directory and the reason
 */
export async function prepareOutputDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const info = await stat(dir);
    if (!info.isDirectory()) throw new Error('it is not a directory');
    await access(dir, constants.W_OK);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const reason =
      e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS'
        ? 'permission denied'
        : e.code === 'EEXIST' || e.code === 'ENOTDIR'
          ? 'a file stands in the way'
          : e.message;
    throw new Error(`${dir}: cannot write the output directory: ${reason}`);
  }
}
