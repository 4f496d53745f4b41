/** An uploaded file as the client and the events see it: content-addressed by its SHA-256. */
export interface StoredFile {
  sha256: string;
  name: string;
  size: number;
  contentType: string;
}
