// 城管通: the shell — login, the tabs (我的任务 · 上报 · 待发送), the queue badge, the service
// worker. Views are functions render(root, ctx) → cleanup.

import * as api from './api.js';
import * as queue from './queue.js';
import * as work from './work.js';
import * as report from './report.js';
import * as order from './order.js';
import * as queueView from './queueview.js';
import { watch, stop as stopGps } from './position.js';
import { el, toast } from './ui.js';

const main = document.getElementById('view');
const tabs = document.getElementById('tabs');
const badge = document.getElementById('queue-badge');
const userBtn = document.getElementById('user');
const net = document.getElementById('net');
let cleanup = null;

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function loginView() {
  const name = el('input', { id: 'login-name', name: 'username', autocomplete: 'username', autocapitalize: 'off', required: true });
  const pass = el('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const msg = el('p.error', { id: 'login-error', role: 'alert' });
  const btn = el('button.btn.primary.wide', { type: 'submit' }, '登录');
  const form = el('form.login', { novalidate: true },
    el('img.logo', { src: 'icons/icon-192.png', alt: '' }),
    el('h1', '城管通'), el('p.hint', '数字城管 · 监督员与处置人员'),
    el('label', '用户名', name), el('label', '密码', pass), msg, btn);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    msg.textContent = '';
    if (!name.value.trim() || !pass.value) { msg.textContent = '请输入用户名和密码'; return; }
    btn.disabled = true;
    btn.textContent = '正在登录…';
    try {
      await api.login(name.value.trim(), pass.value);
      started();
      go('#/work');
    } catch (err) {
      msg.textContent = err.network ? '无法连接服务器，请检查网络' : (err.status === 401 ? '用户名或密码错误' : err.message);
    } finally {
      btn.disabled = false;
      btn.textContent = '登录';
    }
  });
  main.replaceChildren(form);
  document.body.classList.add('logged-out');
  name.focus();
}

function started() {
  document.body.classList.remove('logged-out');
  const u = api.currentUser();
  userBtn.textContent = u.name;
  document.body.classList.toggle('crew', !api.isInspector());
  watch();
  if (api.isInspector()) report.preload();
  queue.flush();
  drawBadge();
}

async function drawBadge() {
  if (!api.currentUser()) { badge.hidden = true; return; }
  const items = await queue.items();
  const waiting = items.filter((i) => i.status === 'waiting').length;
  const failed = items.filter((i) => i.status === 'failed').length;
  badge.hidden = !(waiting || failed);
  badge.querySelector('.n').textContent = String(waiting + failed);
  badge.classList.toggle('failed', failed > 0);
  badge.title = `${waiting} 项待发送${failed ? `，${failed} 项失败` : ''}`;
}

function route() {
  if (cleanup) { try { cleanup(); } catch { /* view gone */ } cleanup = null; }
  if (!api.currentSession()) { loginView(); return; }
  const [, view = 'work', id] = (location.hash || '#/work').split('/');
  for (const a of tabs.querySelectorAll('a')) a.setAttribute('aria-current', a.dataset.view === view ? 'page' : 'false');
  window.scrollTo(0, 0);
  const ctx = { go, id: id && decodeURIComponent(id) };
  if (view === 'report' && api.isInspector()) cleanup = report.render(main, ctx);
  else if (view === 'order' && id) cleanup = order.render(main, ctx);
  else if (view === 'queue') cleanup = queueView.render(main, ctx);
  else cleanup = work.render(main, ctx);
}

async function logout() {
  const items = (await queue.items()).filter((i) => i.status === 'waiting');
  if (items.length && !confirm(`还有 ${items.length} 项未发送，退出后将在您下次登录时发送。确定退出？`)) return;
  await api.logout();
  stopGps();
  work.forget();
  report.reset();
  userBtn.textContent = '';
  go('#/work');
}

userBtn.addEventListener('click', () => {
  const u = api.currentUser();
  if (u && confirm(`${u.name}：退出登录？`)) logout();
});
document.getElementById('logout').addEventListener('click', logout);

api.whenUnauthorized(() => {
  api.dropSession();
  toast('登录已过期，请重新登录（未发送的内容会保留）', 'error');
  route();
});

queue.events.addEventListener('change', drawBadge);
queue.events.addEventListener('failed', (e) => toast(`发送失败：${e.detail.error.message}`, 'error'));
queue.events.addEventListener('sent', (e) => {
  const { item, doc } = e.detail;
  toast(`已发送：${item.label}${doc.code ? `（${doc.code}）` : ''}`);
  if (!location.hash || location.hash.startsWith('#/work')) route();
});

function drawNet() {
  net.hidden = navigator.onLine !== false;
}
window.addEventListener('online', drawNet);
window.addEventListener('offline', drawNet);
window.addEventListener('hashchange', route);

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js', { scope: './' }).catch((err) => console.warn('service worker', err));
}

drawNet();
if (api.currentSession()) started();
route();
