export default {
  language: '语言',
  openMenu: '打开菜单',
  logout: '退出登录',
  userMenu: '用户菜单',
  collapseMenu: '收起菜单',
  expandMenu: '展开菜单',
  noUnit: '未绑定单位',
};
