export default {
  SYSTEM_ADMIN: '系统管理员',
  DISTRICT_OFFICE: '治区办',
  UNIT_OFFICER: '单位联络员',
  INSPECTOR: '督察组',
  LEADER: '区领导',
};
