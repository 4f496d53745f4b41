/** Where an issued notice is exported as Markdown (served by NoticeExportController). */
export const noticeMarkdownPath = (inspectionId: string, noticeId: string): string =>
  `/inspections/${encodeURIComponent(inspectionId)}/notices/${encodeURIComponent(noticeId)}.md`;
