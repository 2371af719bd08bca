/**
 * Save text as a file on the user's machine: a Blob URL clicked through a temporary link
 * (nothing is uploaded), revoked once the browser has taken it.
 * @param fileName name offered to the user
 * @param text the file's content (written as UTF-8)
 * @param mimeType e.g. `text/csv;charset=utf-8`
 * @example downloadText('buildings.csv', buildingsCsv(rows, features), 'text/csv;charset=utf-8');
 */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
