// Small DOM helpers and the Chinese words of states, orders and actions.

/** el('div.card', {onclick}, child, 'text', ...) — never innerHTML with data. */
export function el(spec, attrs = {}, ...children) {
  const [tag, ...classes] = spec.split('.');
  const node = document.createElement(tag || 'div');
  if (classes.length) node.className = classes.join(' ');
  if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = {};
  }
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

let toastTimer = null;
export function toast(text, kind = '') {
  const t = document.getElementById('toast');
  t.textContent = text;
  t.className = `toast show ${kind}`;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.className = 'toast'; }, 3500);
}

export const STATES = {
  reported: '待受理', verifying: '核实中', adjudicating: '待裁决', filed: '已立案',
  dispatched: '处置中', handled: '已处置', awaiting_check: '待核查', checking: '核查中',
  arbitrating: '仲裁中', suspended: '缓办中', closed: '已结案', rejected: '不予立案',
  cancelled: '已作废', merged: '已合并',
};
export const ORDERS = { verify: '核实', inspect: '核查', handle: '处置' };
export const ACTIONS = {
  submit_verification: '提交核实', submit_check: '提交核查', report_done: '处置完成',
  return: '申请回退', request_postponement: '申请缓办',
};
export const HISTORY = {
  report: '上报', register: '上报', request_verification: '派发核实', submit_verification: '核实',
  file: '立案', reject: '不予立案', dispatch: '派遣', return: '申请回退', approve_return: '同意回退',
  deny_return: '驳回回退', recall: '改派', request_postponement: '申请缓办',
  approve_postponement: '批准缓办', resume: '恢复处置', report_done: '处置完成',
  accept_result: '结果审核通过', reject_result: '结果退回', request_check: '派发核查',
  submit_check: '核查', close: '结案', urge: '督办', answer_urge: '督办回复', escalate: '提请裁决',
  cancel: '作废', merge: '合并', callback: '回访',
};
export const LIGHTS = { green: '正常', yellow: '即将超时', red: '已超时' };
export const KINDS = { component: '部件', event: '事件' };

export const stateName = (s) => STATES[s] || s || '';

export function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n) => String(n).padStart(2, '0');
  const today = new Date();
  const sameDay = d.toDateString() === today.toDateString();
  return sameDay ? `今天 ${p(d.getHours())}:${p(d.getMinutes())}`
    : `${d.getMonth() + 1}月${d.getDate()}日 ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function distance(m) {
  if (m === null || m === undefined) return '';
  return m < 1000 ? `${Math.round(m)} 米` : `${(m / 1000).toFixed(1)} 公里`;
}

export function light(l) {
  return el('span.light', { class: `light ${l || 'none'}`, title: LIGHTS[l] || '', 'aria-label': LIGHTS[l] || '无时限' });
}
