// The demo organisation's people and units (contract §1): whom the local sign-in offers, whom a reviewer may
// delegate to, which units a 会签 may ask. review-service's organisation API lists them to ADMIN only, so the page
// keeps this copy; the services decide who may do what, this list only fills pickers.
export const PEOPLE = [
  ['zhangwei', '张伟', '社会救助科', 'CLERK'],
  ['lina', '李娜', '养老服务科', 'CLERK'],
  ['qianxiao', '钱晓', '办公室', 'CLERK'],
  ['sunli', '孙立', '办公室', 'DEPUTY_DIRECTOR'],
  ['zhaomin', '赵敏', '办公室', 'DIRECTOR'],
  ['wangqiang', '王强', '局领导', 'CHIEF'],
  ['liuyang', '刘洋', '局领导', 'CHIEF'],
  ['zhoushen', '周慎', '档案室', 'AUDITOR'],
].map(([username, name, unit, role]) => ({ username, name, unit, role }));

/** Who else may sign in locally: the operator (ADMIN, no unit), never someone a document is delegated to. */
export const OPERATORS = [{ username: 'admin', name: '系统管理员', unit: '—', role: 'ADMIN' }];

/** The demo organisation's units (contract §1), for choosing 会签 units; the service refuses a unit without a head. */
export const UNITS = [['SHJZ', '社会救助科'], ['YLFW', '养老服务科'], ['BGS', '办公室'], ['DAS', '档案室']]
  .map(([code, name]) => ({ code, name }));
