import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file could not be written. The message is one line naming the path and the reason. */
export class FileWriteError extends Error {
  /** The path that could not be written. */
  readonly file: string;
  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`${file}: cannot write (${reason})`, options);
    this.name = 'FileWriteError';
    this.file = file;
  }
}

/**
 * Write a file atomically: the bytes go to a temporary name in the same directory, which is
 * then renamed over the target (rename is atomic within one file system, POSIX `rename(2)`),
 * so readers see either the old file or the whole new one. On failure the temporary file is
 * removed.
 * @param path target file path (its directory must exist)
 * @param bytes content; a string is written as UTF-8, an array of parts one after the other
 * @throws FileWriteError naming the path (missing or unwritable directory, disk full…)
 * @example await writeFileAtomic('out/summary.json', JSON.stringify(summary));
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array | string | readonly Uint8Array[]): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? `directory ${dirname(path)} does not exist`
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? `no permission to write in ${dirname(path)}`
          : code === 'EISDIR'
            ? 'it is a directory'
            : (code ?? (error instanceof Error ? error.message : String(error)));
    throw new FileWriteError(path, reason, { cause: error });
  }
}
