export default {
  appName: '督办',
  appFullName: '法治政府建设任务督办',
  loading: '加载中…',
  backHome: '返回首页',
  retry: '重试',
  downloadFile: '下载 {name}',
  exports: {
    tasksLedger: '导出任务台账',
    indicatorLedger: '导出指标数据',
    handoffRecord: '导出转办记录',
    progressLedger: '导出进度统计',
    rectificationLedger: '导出整改台账',
    failed: '导出失败：{message}',
    hint: '按当前筛选条件和截至时间导出 Excel',
  },
};
