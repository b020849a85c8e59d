/** Files the page hands to the browser's downloads: made in the page, never sent anywhere. */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function saveFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked once the browser has started the download from it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file's name without its extension, for the names of what is made from it. */
export function baseName(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}
