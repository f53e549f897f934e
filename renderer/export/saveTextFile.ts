/**
 * Saves text as a download through a Blob URL and a temporary `<a download>`: works in Chromium
 * for `yuedu serve` and in Electron, whose main process lets blob downloads through.
 */
export function saveTextFile(
  filename: string,
  text: string,
  type = 'text/markdown;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
