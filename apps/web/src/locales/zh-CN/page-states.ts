export default {
  loadFailed: '加载失败：{message}',
  retry: '重试',
  emptyFiltered: '没有符合条件的记录',
  download: '下载',
  noValue: '—',
};
