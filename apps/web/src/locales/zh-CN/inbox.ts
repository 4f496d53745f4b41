export default {
  title: '待我处理',
  subtitle: '等待您决定的事项，按申请先后排列',
  empty: '没有等待处理的事项',
  since: '申请于 {time}',
  kinds: {
    handoff: '转办申请',
    review: '办结审核',
    extension: '延期申请',
    verification: '整改验收',
  },
  handoff: '{from} 申请转至 {to}：{reason}',
  extension: '申请将完成时限由 {from} 延至 {to}：{reason}',
  review: '{unit} 申请办结',
  verification: '{unit} 申请销号，待验收',
};
