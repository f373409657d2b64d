// 待发送: what is waiting to be sent, what the server refused (with its message, to fix and
// resend or discard), and what went through lately.

import * as queue from './queue.js';
import { el, toast, when, stateName } from './ui.js';

function editable(item) {
  // the text the user can fix: a report's description, an action's reason
  return item.kind === 'report' ? 'description' : 'reason';
}

export function render(root) {
  const waiting = el('ul.cards', { id: 'queue-waiting' });
  const failed = el('ul.cards', { id: 'queue-failed' });
  const done = el('ul.cards', { id: 'queue-sent' });
  const info = el('div.status');
  const sendNow = el('button.btn.primary', { type: 'button', id: 'send-now', onclick: () => queue.flush().then(draw) }, '立即发送');

  async function draw() {
    const items = await queue.items();
    const w = items.filter((i) => i.status === 'waiting');
    const f = items.filter((i) => i.status === 'failed');
    info.textContent = w.length
      ? (navigator.onLine === false ? `离线：${w.length} 项将在联网后按顺序发送` : `${w.length} 项等待发送${queue.lastError ? `（${queue.lastError.message}，稍后重试）` : ''}`)
      : '没有等待发送的内容';
    info.className = `status ${w.length ? 'warn' : ''}`;
    waiting.replaceChildren(...(w.length ? w.map((i, n) => el('li.card.queued', { dataset: { seq: i.seq } },
      el('div.card-top', el('span.num', String(n + 1)), el('strong', i.label)),
      el('div.card-meta', el('span', `保存于 ${when(i.created_at)}`), el('span', `${(i.body.photos || []).length} 张照片`)))) : [el('li.empty', '无')]));
    failed.replaceChildren(...f.map((i) => {
      const field = editable(i);
      const text = el('textarea', { rows: 2 });
      text.value = i.body[field] || '';
      return el('li.card.failed', { dataset: { seq: i.seq } },
        el('div.card-top', el('strong', i.label)),
        el('div.error', `被拒绝：${i.error ? i.error.message : ''}`),
        el('label.small', field === 'description' ? '描述' : '理由'), text,
        el('div.row',
          el('button.btn.secondary', { type: 'button', onclick: async () => {
            const body = { ...i.body };
            if (text.value.trim()) body[field] = text.value.trim();
            await queue.resend(i.seq, body);
            toast('已重新加入待发送');
          } }, '修改后重发'),
          el('button.btn.danger', { type: 'button', onclick: async () => {
            if (!confirm('放弃这一项？内容将被删除。')) return;
            await queue.discard(i.seq);
          } }, '放弃')));
    }));
    failed.parentElement.hidden = !f.length;
    const s = await queue.sent();
    done.replaceChildren(...(s.length ? s.slice(0, 10).map((r) => el('li.card.sent',
      el('div.card-top', el('strong', r.label)),
      el('div.card-meta', el('span', r.code), r.state ? el('span', stateName(r.state)) : null, el('span', `发送于 ${when(r.sent_at)}`)))) : [el('li.empty', '无')]));
  }

  root.replaceChildren(
    el('section', el('h2', '待发送'), info, waiting, el('div.row', sendNow)),
    el('section', el('h2.error', '发送失败'), failed),
    el('section', el('h2', '最近已发送'), done));
  const onChange = () => draw();
  queue.events.addEventListener('change', onChange);
  draw();
  return () => queue.events.removeEventListener('change', onChange);
}
