// One order: the original report, its photos (fetched with the token) and history, and the
// actions this user may take now — 核实 / 核查 (pass or fail with a note and after-photos)
// for an inspector; 处置完成 (photos), 回退 (reason), 缓办 (date and reason) for a crew.

import { blob, get } from './api.js';
import * as queue from './queue.js';
import { photoPicker, MAX_PHOTOS } from './media.js';
import { orderById, loadWork } from './work.js';
import { el, toast, HISTORY, ACTIONS, ORDERS, KINDS, stateName, when, light, LIGHTS } from './ui.js';

const INSPECTOR_ACTIONS = ['submit_verification', 'submit_check'];

function photoList(photos, urls) {
  const list = el('ul.photos.readonly');
  for (const p of photos) {
    const li = el('li', el('span.hint', '加载中…'));
    list.append(li);
    blob(`/attachments/${encodeURIComponent(p.id)}`).then((b) => {
      const url = URL.createObjectURL(b);
      urls.push(url);
      const img = el('img', { src: url, alt: p.filename || '照片', dataset: { id: p.id } });
      img.onclick = () => window.open(url, '_blank');
      li.replaceChildren(img);
    }).catch(() => li.replaceChildren(el('span.hint', '无法加载')));
  }
  return list;
}

function actionForm(order, doc, action, { go }) {
  const photos = [];
  const note = el('textarea', { rows: 3, name: 'reason', maxlength: 500 });
  const parts = [];
  let result = null;
  let until = null;
  const needsPhotos = INSPECTOR_ACTIONS.includes(action) || action === 'report_done';
  if (INSPECTOR_ACTIONS.includes(action)) {
    const verify = action === 'submit_verification';
    result = el('div.segs.result', { role: 'radiogroup' },
      ...[['passed', verify ? '属实（通过）' : '合格（通过）'], ['failed', verify ? '不属实' : '不合格']].map(([v, label]) => el('label.seg',
        el('input', { type: 'radio', name: `result-${action}`, value: v, required: true }), label)));
    parts.push(el('h3', '结果'), result);
    note.placeholder = '说明（可选）';
  } else if (action === 'report_done') {
    note.placeholder = '处置情况，如：已更换井盖';
  } else if (action === 'return') {
    note.placeholder = '回退理由，如：非本部门职责';
  } else if (action === 'request_postponement') {
    note.placeholder = '缓办理由';
    until = el('input', { type: 'date', name: 'until', required: true });
    parts.push(el('h3', '缓办至'), until);
  }
  parts.push(el('h3', INSPECTOR_ACTIONS.includes(action) ? '说明' : '理由'), note);
  let noPhoto = null;
  if (needsPhotos) {
    const input = el('input', { type: 'file', accept: 'image/*', capture: 'environment', multiple: true, class: 'file', id: `photos-${action}` });
    const preview = el('ul.photos');
    const count = el('span.count', `0/${MAX_PHOTOS}`);
    noPhoto = el('input', { type: 'text', name: 'no_photo_reason', placeholder: '无法拍照的原因（没有照片时必填）' });
    photoPicker(input, preview, photos, () => { count.textContent = `${photos.length}/${MAX_PHOTOS}`; noPhoto.hidden = photos.length > 0; }, (m) => toast(m, 'error'));
    parts.push(el('h3', '现场照片 ', count), el('label.btn.secondary.file-label', { for: input.id }, '拍照 / 选择照片'), input, preview, noPhoto);
  }
  const send = el('button.btn.primary.wide', { type: 'submit' }, ACTIONS[action] || action);
  const form = el('form.action', { dataset: { action }, novalidate: true }, el('h2', ACTIONS[action] || action), ...parts, send);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { expect_version: doc.version ?? order?.version ?? undefined };
    if (result) {
      const r = form.querySelector(`input[name="result-${action}"]:checked`);
      if (!r) { toast('请选择通过或不通过', 'error'); return; }
      body.result = r.value;
    }
    const reason = note.value.trim();
    if (!INSPECTOR_ACTIONS.includes(action) && !reason) { toast('请填写理由', 'error'); return; }
    if (reason) body.reason = reason;
    if (until) {
      if (!until.value) { toast('请选择缓办日期', 'error'); return; }
      body.until = until.value;
    }
    if (needsPhotos) {
      body.photos = photos.map((p) => ({ name: p.name, data: p.data }));
      if (!photos.length) {
        const why = noPhoto.value.trim();
        if (!why) { toast('请拍摄现场照片，或填写无法拍照的原因', 'error'); return; }
        body.no_photo_reason = why;
      }
    }
    if (body.expect_version === undefined) delete body.expect_version;
    send.disabled = true;
    try {
      await queue.enqueue({
        kind: 'action', path: `/cases/${encodeURIComponent(doc.code)}/actions/${action}`, body,
        ref: doc.code, label: `${ACTIONS[action] || action} ${doc.code}${body.result ? (body.result === 'passed' ? '（通过）' : '（不通过）') : ''}`,
      });
    } catch (err) {
      send.disabled = false;
      toast(`无法保存：${err.message}`, 'error');
      return;
    }
    toast(navigator.onLine === false ? '已保存，联网后自动发送' : '已加入待发送，正在发送…');
    go('#/work');
  });
  return form;
}

export function render(root, { id, go }) {
  const urls = [];
  root.replaceChildren(el('p.hint', '正在加载…'));
  (async () => {
    let order = orderById(id);
    if (!order) { try { await loadWork(); order = orderById(id); } catch { /* offline */ } }
    let doc;
    try {
      doc = await get(`/cases/${encodeURIComponent(order ? order.code : id)}`);
    } catch (err) {
      root.replaceChildren(el('p.error', `无法打开案件：${err.message}`), el('a.btn.secondary', { href: '#/work' }, '返回'));
      return;
    }
    const actions = order ? order.actions.filter((a) => ACTIONS[a]) : [];
    const photos = doc.photos || [];
    const history = doc.history || [];
    root.replaceChildren(
      el('a.back', { href: '#/work' }, '‹ 我的任务'),
      el('section.case', { id: 'case', dataset: { code: doc.code, state: doc.state } },
        el('div.card-top',
          order ? el('span.tag', { class: `tag order-${order.order}` }, ORDERS[order.order]) : null,
          el('strong', doc.class_name || (order && order.class_name) || doc.class_code || ''),
          order ? light(order.light) : null),
        el('dl.facts',
          el('dt', '编号'), el('dd', doc.code),
          el('dt', '状态'), el('dd', { id: 'case-state' }, stateName(doc.state)),
          el('dt', '类型'), el('dd', `${KINDS[doc.kind] || doc.kind || ''} ${doc.class_code || ''}`),
          el('dt', '地址'), el('dd', doc.address || '—'),
          el('dt', '时限'), el('dd', order && order.deadline ? `${when(order.deadline)} ${order.light ? LIGHTS[order.light] : ''}` : (doc.deadline ? when(doc.deadline) : '—')),
          el('dt', '上报'), el('dd', `${when(doc.registered_at)} ${doc.reporter || ''}`)),
        el('p.description', doc.description || '')),
      el('section', el('h2', `照片 ${photos.length}`), photos.length ? photoList(photos, urls) : el('p.hint', '无照片')),
      el('section', el('h2', '处理过程'), el('ol.history', ...history.map((h) => el('li',
        el('div', el('b', HISTORY[h.action] || ACTIONS[h.action] || h.action || ''), ' ', el('span.small', when(h.at || h.time))),
        el('div.small', [h.actor_name || h.actor, h.reason || h.note].filter(Boolean).join('：')))))),
      ...(actions.length ? actions.map((a) => el('section.act', actionForm(order, doc, a, { go })))
        : [el('p.hint', order ? '当前没有可执行的操作' : '此案件不在我的工单中')]));
  })();
  return () => urls.forEach((u) => URL.revokeObjectURL(u));
}
