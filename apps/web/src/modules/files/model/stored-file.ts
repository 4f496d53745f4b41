/** What POST /files answers, and what an evidence reference in a mutation carries. */
export interface StoredFile {
  sha256: string;
  name: string;
  size: number;
  contentType: string;
}
