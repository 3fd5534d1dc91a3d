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

/** The unit that registers 收文, proposes (拟办) and sends outside copies (registry-service gongwen.registry.office-unit). */
export const OFFICE_UNIT = 'BGS';

const UNIT_NAMES = Object.fromEntries([...UNITS.map((u) => [u.code, u.name]), ['JLD', '局领导']]);

/** A unit's name for its code (SHJZ → 社会救助科); an unknown code shows as it is. */
export function unitName(code) {
  return UNIT_NAMES[code] ?? code ?? '—';
}

/** A demo user's name for their username; someone outside the list shows by username. */
export function personName(username) {
  return PEOPLE.find((p) => p.username === username)?.name ?? OPERATORS.find((p) => p.username === username)?.name ?? username;
}

/** Who 批办s a 收文 and 延期s its deadline (registry-service Person.isLeader). */
export const LEADER_ROLES = ['DEPUTY_DIRECTOR', 'DIRECTOR', 'CHIEF'];

/** The office registers, checks (初审) and proposes (拟办): anyone of its unit. */
export function inOffice(user) {
  return user?.unit === OFFICE_UNIT;
}

export function isLeader(user) {
  return !!user && user.roles.some((r) => LEADER_ROLES.includes(r));
}
