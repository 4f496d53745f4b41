export default {
  appName: '督办',
  appFullName: '法治政府建设任务督办',
  loading: '加载中…',
  backHome: '返回首页',
  retry: '重试',
  downloadFile: '下载 {name}',
};
