/**
 * Accept files dropped anywhere on a target (highlighted while dragging over it) or chosen
 * with a file input, and hand them over as one list.
 * @param target element receiving drops (e.g. `document.body`)
 * @param input a `<input type="file" multiple>` for keyboard users
 * @param onFiles called with the files of each drop or choice
 * @example listenForFiles(document.body, fileInput, (files) => load(files));
 */
export function listenForFiles(target: HTMLElement, input: HTMLInputElement, onFiles: (files: File[]) => void): void {
  target.addEventListener('dragover', (event) => {
    event.preventDefault();
    target.classList.add('dragging');
  });
  target.addEventListener('dragleave', (event) => {
    if (event.target === target) target.classList.remove('dragging');
  });
  target.addEventListener('drop', (event) => {
    event.preventDefault();
    target.classList.remove('dragging');
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length > 0) onFiles(files);
  });
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length > 0) onFiles(files);
  });
}
