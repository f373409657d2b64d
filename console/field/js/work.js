// 我的任务: my cells and my position on the map, my open orders nearest first (deadline and
// traffic light), my reports and their states. Refreshed on a tap, a pull and every minute.

import { get, query, currentUser } from './api.js';
import * as mapView from './map.js';
import { position, onPosition } from './position.js';
import { el, ORDERS, distance, light, stateName, when, LIGHTS } from './ui.js';

const EVERY_MS = 60000;
const FIRST_REPORTS = 10;
let work = null;          // the last /field/work answer
let workAt = null;
let cells = null;

function cacheKey() { return `cgt.work.${currentUser().name}`; }

export function lastWork() {
  if (!work) {
    try {
      const saved = JSON.parse(localStorage.getItem(cacheKey()) || 'null');
      if (saved) { work = saved.work; workAt = saved.at; }
    } catch { /* none */ }
  }
  return work;
}

export async function loadWork() {
  const pos = position();
  const doc = await get(`/field/work${query(pos ? { lon: pos.lon.toFixed(6), lat: pos.lat.toFixed(6) } : {})}`);
  work = doc;
  workAt = new Date().toISOString();
  try { localStorage.setItem(cacheKey(), JSON.stringify({ work, at: workAt })); } catch { /* full */ }
  return doc;
}

export function orderById(id) {
  const w = lastWork();
  return w ? w.orders.find((o) => String(o.id) === String(id) || o.code === String(id)) : null;
}

export function forget() { work = null; workAt = null; cells = null; }

function orderCard(o, i) {
  return el('li', {},
    el('a.card.order', { href: `#/order/${encodeURIComponent(o.id)}`, dataset: { code: o.code, order: o.order } },
      el('div.card-top',
        el('span.num', String(i + 1)),
        el('span.tag', { class: `tag order-${o.order}` }, ORDERS[o.order] || o.order),
        el('strong', o.class_name || o.class_code),
        light(o.light)),
      el('div.card-line', o.description || ''),
      el('div.card-meta',
        el('span', o.code),
        el('span', stateName(o.state)),
        o.distance_m != null ? el('span', distance(o.distance_m)) : null,
        o.deadline ? el('span', { class: `deadline ${o.light || ''}` }, `时限 ${when(o.deadline)}${o.light ? `（${LIGHTS[o.light]}）` : ''}`) : null),
      o.address ? el('div.card-meta', o.address) : null));
}

function reportRow(r) {
  return el('li.report', { dataset: { code: r.code, state: r.state } },
    el('div.card-top', el('strong', r.class_name || ''), el('span', { class: `state s-${r.state}` }, stateName(r.state))),
    el('div.card-meta', el('span', r.code), el('span', when(r.registered_at))));
}

export function render(root, { go }) {
  const status = el('div.status', '');
  const mapBox = el('div.map', { id: 'work-map', 'aria-label': '地图' });
  const orders = el('ul.cards', { id: 'orders' });
  const reports = el('ul.cards', { id: 'reports' });
  const refreshBtn = el('button.btn.secondary', { type: 'button', id: 'refresh' }, '刷新');
  const locBtn = el('button.btn.secondary', { type: 'button', onclick: () => { const p = position(); if (p) mapView.centerOn(p, 17); } }, '我的位置');
  const ordersTitle = el('h2', '我的工单');
  root.replaceChildren(
    el('section.map-wrap', mapBox, el('div.map-actions', locBtn, refreshBtn)),
    status,
    el('section', ordersTitle, orders),
    el('section', el('h2', '我的报告'), reports));

  let showAll = false;
  function draw(doc, stale) {
    const role = doc.role === 'crew' ? '处置' : '核实/核查';
    ordersTitle.textContent = `我的工单（${role}） ${doc.orders.length}`;
    orders.replaceChildren(...(doc.orders.length ? doc.orders.map(orderCard)
      : [el('li.empty', '暂无待办工单')]));
    const shown = showAll ? doc.reports : doc.reports.slice(0, FIRST_REPORTS);
    reports.replaceChildren(...(doc.reports.length ? shown.map(reportRow)
      : [el('li.empty', '还没有上报')]),
    ...(doc.reports.length > shown.length ? [el('li', el('button.btn.secondary.wide', { type: 'button', onclick: () => { showAll = true; draw(doc, stale); } }, `显示全部 ${doc.reports.length} 条`))] : []));
    status.textContent = stale ? `离线：显示 ${when(workAt)} 的数据` : `已更新 ${when(workAt)}`;
    status.className = `status ${stale ? 'warn' : ''}`;
    mapView.setOrders(doc.orders);
  }

  let busy = false;
  let pending = false;
  async function refresh() {
    if (busy) { pending = true; return; }
    busy = true;
    refreshBtn.disabled = true;
    status.textContent = '正在更新…';
    try {
      draw(await loadWork(), false);
      if (!cells) {
        cells = await get('/field/cells').catch(() => null);
        if (cells) mapView.setCells(cells);
      }
    } catch (err) {
      const saved = lastWork();
      if (saved) draw(saved, true);
      if (!err.network) status.textContent = `更新失败：${err.message}`;
      else if (!saved) status.textContent = '离线，暂无数据';
    } finally {
      busy = false;
      refreshBtn.disabled = false;
      if (pending) { pending = false; refresh(); }
    }
  }
  refreshBtn.onclick = refresh;

  mapView.showIn(mapBox).then(() => {
    mapView.onMapClick((_lonlat, picked) => { if (picked && picked.id != null) go(`#/order/${encodeURIComponent(picked.id)}`); });
    if (cells) mapView.setCells(cells);
    mapView.setPosition(position());
    if (work) mapView.setOrders(work.orders);
    if (!mapView.hasFitted() && position()) mapView.centerOn(position(), 16);
  }).catch((err) => { mapBox.replaceChildren(el('p.empty', `地图不可用：${err.message}`)); });

  const saved = lastWork();
  if (saved) draw(saved, true);
  refresh();

  // pull to refresh: a downward drag from the top of the page
  let startY = null;
  const onStart = (e) => { startY = window.scrollY <= 0 && !mapBox.contains(e.target) ? e.touches[0].clientY : null; };
  const onEnd = (e) => {
    if (startY !== null && e.changedTouches[0].clientY - startY > 80) refresh();
    startY = null;
  };
  root.addEventListener('touchstart', onStart, { passive: true });
  root.addEventListener('touchend', onEnd, { passive: true });

  const timer = setInterval(refresh, EVERY_MS);
  let hadPosition = !!position();
  const unwatch = onPosition((p) => {
    mapView.setPosition(p);
    if (!hadPosition) { hadPosition = true; refresh(); } // the orders' distances, nearest first
  });
  return () => { clearInterval(timer); unwatch(); mapView.onMapClick(null); };
}
