/** An upload the server will not keep; `status` is the HTTP status to answer with. */
export class UploadRefusedError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly reason:
      | 'FILE_REQUIRED'
      | 'FILE_TOO_LARGE'
      | 'FILE_TYPE_NOT_ALLOWED'
      | 'FILE_CONTENT_MISMATCH'
      | 'FILE_NAME_INVALID'
      | 'FILE_EMPTY'
      | 'FILES_TOO_MANY',
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefusedError';
  }
}
