// 上报 (信息采集): class (kind, major → minor, type-ahead, recent first), position (GPS or a
// tap on the map; cell, community and road shown from /field/locate), the component when
// the class is one, description, photos, an optional voice note, and the possible
// duplicates before sending. Sending puts it in the offline queue.

import { get, query, currentUser } from './api.js';
import * as mapView from './map.js';
import * as queue from './queue.js';
import { canRecord, photoPicker, recorder, MAX_PHOTOS } from './media.js';
import { current, position } from './position.js';
import { el, toast, KINDS, stateName, when, distance } from './ui.js';

let catalog = null;

async function loadCatalog() {
  const key = `cgt.catalog.${currentUser().name}`;
  try {
    catalog = await get('/field/catalog');
    localStorage.setItem(key, JSON.stringify(catalog));
  } catch (err) {
    const saved = localStorage.getItem(key);
    if (!saved) throw err;
    catalog = JSON.parse(saved);
  }
  return catalog;
}

// The form survives a trip to another tab (not a reload): an inspector switching to check the
// map should not lose the photos taken.
let draft = null;
function newDraft() {
  return { kind: 'event', cls: null, pos: null, place: null, component: null, description: '',
    photos: [], voice: null, dupesSeen: false, sendAnyway: false };
}

function key(c) { return `${c.kind}:${c.code}`; }

export function render(root, { go }) {
  if (!draft) draft = newDraft();
  const d = draft;

  // --- class ---------------------------------------------------------------------------
  const kindBtns = Object.entries(KINDS).map(([k, name]) => el('button.seg', {
    type: 'button', dataset: { kind: k }, 'aria-pressed': String(d.kind === k),
    onclick: () => { d.kind = k; d.cls = null; d.component = null; drawClass(); checkPlace(); },
  }, name));
  const search = el('input', { type: 'search', id: 'class-search', placeholder: '搜索类别，如 井盖、垃圾', autocomplete: 'off' });
  const chosen = el('div.chosen', { id: 'class-chosen' });
  const picker = el('div.class-picker');
  search.addEventListener('input', drawClass);

  function classList(items) {
    return el('ul.choices', ...items.map((c) => el('li', el('button.choice', {
      type: 'button', dataset: { code: c.code, kind: c.kind },
      onclick: () => { d.cls = c; d.kind = c.kind; d.component = null; search.value = ''; drawClass(); checkPlace(); },
    }, el('span', c.name), el('small', `${c.major_name} · ${c.code}`)))));
  }

  let major = null;
  function drawClass() {
    kindBtns.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.kind === d.kind)));
    chosen.replaceChildren(d.cls
      ? el('div.chosen-box', el('span', `${KINDS[d.cls.kind]} · ${d.cls.major_name} › `), el('strong', d.cls.name),
        el('small', ` ${d.cls.code}`),
        el('button.link', { type: 'button', onclick: () => { d.cls = null; drawClass(); checkPlace(); } }, '更改'))
      : el('span.hint', '请选择类别'));
    picker.hidden = !!d.cls;
    if (!catalog) { picker.replaceChildren(el('p.hint', '正在加载类别…')); return; }
    const text = search.value.trim().toLowerCase();
    const ofKind = catalog.classes.filter((c) => c.kind === d.kind);
    if (text) {
      const hits = catalog.classes.filter((c) => c.name.toLowerCase().includes(text)
        || c.code.startsWith(text) || (c.major_name || '').includes(text)).slice(0, 30);
      picker.replaceChildren(hits.length ? classList(hits) : el('p.hint', '没有匹配的类别'));
      return;
    }
    const byKey = new Map(catalog.classes.map((c) => [key(c), c]));
    const recent = (catalog.recent || []).map((r) => byKey.get(key(r))).filter(Boolean);
    const majors = [...new Map(ofKind.map((c) => [c.major_code, c.major_name])).entries()];
    const parts = [];
    if (recent.length) parts.push(el('h3', '最近使用'), el('div.chips', ...recent.map((c) => el('button.chip', {
      type: 'button', dataset: { code: c.code, kind: c.kind },
      onclick: () => { d.cls = c; d.kind = c.kind; d.component = null; drawClass(); checkPlace(); },
    }, c.name))));
    parts.push(el('h3', '大类'), el('div.chips', ...majors.map(([code, name]) => el('button.chip', {
      type: 'button', 'aria-pressed': String(major === code), dataset: { major: code },
      onclick: () => { major = major === code ? null : code; drawClass(); },
    }, name))));
    if (major) parts.push(el('h3', '小类'), classList(ofKind.filter((c) => c.major_code === major)));
    picker.replaceChildren(...parts);
  }

  // --- position ------------------------------------------------------------------------
  const placeBox = el('div.place', { id: 'place' });
  const mapBox = el('div.map.small', { id: 'report-map' });
  const gpsBtn = el('button.btn.secondary', { type: 'button', id: 'use-gps' }, '使用当前位置');
  const compBox = el('div.components', { id: 'components' });
  const dupBox = el('div.duplicates', { id: 'duplicates' });

  gpsBtn.onclick = async () => {
    gpsBtn.disabled = true;
    gpsBtn.textContent = '正在定位…';
    const p = await current();
    gpsBtn.disabled = false;
    gpsBtn.textContent = '使用当前位置';
    if (!p) { toast('无法获取位置，请在地图上点选', 'error'); return; }
    setPos({ lon: p.lon, lat: p.lat, from: 'gps', accuracy: p.accuracy });
    mapView.centerOn(p, 17);
  };

  function setPos(p) {
    d.pos = p;
    d.place = null;
    d.component = null;
    mapView.setPin(p);
    checkPlace();
  }

  let placeSeq = 0;
  async function checkPlace() {
    const seq = ++placeSeq;
    drawPlace();
    compBox.replaceChildren();
    dupBox.replaceChildren();
    mapView.setComponents([], null);
    d.dupesSeen = false;
    d.sendAnyway = false;
    if (!d.pos) return;
    const ll = { lon: d.pos.lon.toFixed(7), lat: d.pos.lat.toFixed(7) };
    if (!d.place || d.place.error) {
      try {
        d.place = await get(`/field/locate${query(ll)}`);
      } catch (err) {
        d.place = { error: err.network ? null : err.message, offline: err.network };
      }
      if (seq !== placeSeq) return;
      drawPlace();
    }
    if (!d.cls || d.place.error) return;
    const cls = d.cls;
    const jobs = [get(`/field/duplicates${query({ kind: cls.kind, class_code: cls.code, ...ll })}`)
      .then((doc) => { if (seq === placeSeq) drawDuplicates(doc.duplicates); })
      .catch(() => { if (seq === placeSeq) d.dupesSeen = true; })];
    if (cls.kind === 'component') {
      jobs.push(get(`/field/components${query({ class_code: cls.code, radius: 100, ...ll })}`)
        .then((doc) => { if (seq === placeSeq) drawComponents(doc.components); })
        .catch(() => {}));
    }
    await Promise.all(jobs);
  }

  function drawPlace() {
    if (!d.pos) { placeBox.replaceChildren(el('span.hint', '请用当前位置或在地图上点选问题位置')); return; }
    const coords = `${d.pos.lon.toFixed(6)}, ${d.pos.lat.toFixed(6)}${d.pos.from === 'gps' ? '（GPS）' : '（地图点选）'}`;
    if (!d.place) { placeBox.replaceChildren(el('div', coords), el('span.hint', '正在查询网格…')); return; }
    if (d.place.error) { placeBox.replaceChildren(el('div', coords), el('div.error', d.place.error)); return; }
    if (d.place.offline) { placeBox.replaceChildren(el('div', coords), el('span.hint', '离线：发送后由中心定位网格')); return; }
    const p = d.place;
    placeBox.replaceChildren(el('dl.facts',
      el('dt', '网格'), el('dd', { id: 'place-grid' }, p.grid_code || '—'),
      el('dt', '社区'), el('dd', { id: 'place-community' }, p.community_name || '—'),
      el('dt', '街道'), el('dd', `${p.district_name || ''} ${p.street_name || ''}`.trim() || '—'),
      el('dt', '道路'), el('dd', { id: 'place-road' }, p.road || '—'),
      el('dt', '坐标'), el('dd.small', coords)));
  }

  function drawComponents(list) {
    mapView.setComponents(list, d.component);
    if (!list.length) { compBox.replaceChildren(el('p.hint', '附近 100 米内没有该类部件')); return; }
    const pick = (code) => { d.component = code; drawComponents(list); };
    compBox.replaceChildren(el('h3', '选择部件（也可在地图上点选）'), el('ul.choices', ...list.slice(0, 12).map((c) => el('li',
      el('label.radio', el('input', { type: 'radio', name: 'component', value: c.code, checked: d.component === c.code, onchange: () => pick(c.code) }),
        el('span', `${c.name || c.class_code} `), el('small', `${c.code} · ${distance(c.distance_m)}`)))),
    el('li', el('label.radio', el('input', { type: 'radio', name: 'component', value: '', checked: !d.component, onchange: () => pick(null) }), el('span', '不关联部件')))));
  }

  function drawDuplicates(list) {
    d.dupesSeen = true;
    if (!list.length) { dupBox.replaceChildren(); return; }
    const anyway = el('input', { type: 'checkbox', id: 'send-anyway', checked: d.sendAnyway, onchange: () => { d.sendAnyway = anyway.checked; } });
    dupBox.replaceChildren(el('div.warn-box',
      el('strong', `附近 50 米内已有 ${list.length} 件同类未结案件，可能重复：`),
      el('ul', ...list.map((c) => el('li', el('b', c.code), ` ${stateName(c.state)} · ${distance(c.distance_m)} · ${when(c.registered_at)}`,
        c.description ? el('div.small', c.description) : null))),
      el('label.check', anyway, ' 不是同一问题，仍然上报')));
  }

  // --- description, photos, voice -------------------------------------------------------
  const desc = el('textarea', { id: 'description', rows: 3, maxlength: 500, placeholder: '问题描述，如：井盖破损，有行人跌落风险' });
  desc.value = d.description;
  desc.addEventListener('input', () => { d.description = desc.value; });
  const fileInput = el('input', { type: 'file', id: 'photo-input', accept: 'image/*', capture: 'environment', multiple: true, class: 'file' });
  const preview = el('ul.photos', { id: 'photo-preview' });
  const photoCount = el('span.count');
  const drawCount = () => { photoCount.textContent = `${d.photos.length}/${MAX_PHOTOS}`; };
  photoPicker(fileInput, preview, d.photos, drawCount, (m) => toast(m, 'error'));
  drawCount();

  let voiceSection = null;
  if (canRecord()) {
    const rec = recorder();
    const player = el('audio', { controls: true, hidden: !d.voice });
    if (d.voice) player.src = d.voice.url;
    const btn = el('button.btn.secondary', { type: 'button', id: 'voice' }, '按下开始录音');
    const del = el('button.link', { type: 'button', hidden: !d.voice, onclick: () => { d.voice = null; player.hidden = true; del.hidden = true; } }, '删除录音');
    btn.onclick = async () => {
      try {
        if (!rec.recording) { await rec.start(); btn.textContent = '● 录音中，点击结束'; btn.classList.add('recording'); return; }
        d.voice = await rec.stop();
        btn.textContent = '重新录音';
        btn.classList.remove('recording');
        player.src = d.voice.url;
        player.hidden = false;
        del.hidden = false;
      } catch (err) {
        toast(`无法录音：${err.message}`, 'error');
      }
    };
    voiceSection = el('section.field', el('h2', '语音（可选）'), btn, player, del);
  }

  const sendBtn = el('button.btn.primary.wide', { type: 'submit', id: 'send-report' }, '上报');
  const form = el('form.report', { novalidate: true },
    el('section.field', el('h2', '1 类别'), el('div.segs', ...kindBtns), search, chosen, picker),
    el('section.field', el('h2', '2 位置'), el('div.row', gpsBtn, el('span.hint', '或在地图上点选')), mapBox, placeBox, compBox),
    el('section.field', el('h2', '3 描述'), desc),
    el('section.field', el('h2', '4 照片 ', photoCount),
      el('label.btn.secondary.file-label', { for: 'photo-input' }, '拍照 / 选择照片'), fileInput, preview),
    voiceSection,
    dupBox,
    el('div.sticky-send', sendBtn));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const problem = !d.cls ? '请选择类别' : !d.pos ? '请确定问题位置'
      : d.place && d.place.error ? d.place.error
        : !d.description.trim() ? '请填写问题描述'
          : (dupBox.querySelector('#send-anyway') && !d.sendAnyway) ? '附近有疑似重复案件：确认不是同一问题后勾选“仍然上报”' : null;
    if (problem) { toast(problem, 'error'); return; }
    const body = {
      source: 'inspector', kind: d.cls.kind, class_code: d.cls.code,
      description: d.description.trim(),
      lon: Number(d.pos.lon.toFixed(7)), lat: Number(d.pos.lat.toFixed(7)),
      address: d.place && !d.place.error && !d.place.offline
        ? [d.place.street_name, d.place.community_name, d.place.road].filter(Boolean).join(' ') : '',
      photos: d.photos.map((p) => ({ name: p.name, data: p.data })),
    };
    if (d.component) body.component = d.component;
    if (d.voice) body.voice = { name: d.voice.name, data: d.voice.data };
    sendBtn.disabled = true;
    try {
      await queue.enqueue({ kind: 'report', path: '/cases', body, label: `上报 ${d.cls.name}：${body.description.slice(0, 24)}` });
    } catch (err) {
      sendBtn.disabled = false;
      toast(`无法保存：${err.message}`, 'error');
      return;
    }
    d.photos.forEach((p) => URL.revokeObjectURL(p.url));
    draft = null;
    toast(navigator.onLine === false ? '已保存，联网后自动发送' : '已加入待发送，正在发送…');
    go('#/work');
  });

  root.replaceChildren(form);
  drawClass();
  drawPlace();
  if (d.pos) checkPlace();

  mapView.showIn(mapBox).then(() => {
    mapView.setPin(d.pos);
    mapView.setPosition(position());
    if (d.pos) mapView.centerOn(d.pos, 17);
    else if (position()) mapView.centerOn(position(), 17);
    mapView.onMapClick((lonlat, picked) => {
      if (picked && picked.code && d.cls && d.cls.kind === 'component' && !picked.id) {
        d.component = picked.code;
        const radio = compBox.querySelector(`input[value="${CSS.escape(picked.code)}"]`);
        if (radio) { radio.checked = true; radio.dispatchEvent(new Event('change')); }
        return;
      }
      setPos({ lon: lonlat[0], lat: lonlat[1], from: 'map' });
    });
  }).catch((err) => { mapBox.replaceChildren(el('p.empty', `地图不可用：${err.message}`)); });

  if (!catalog) loadCatalog().then(drawClass).catch((err) => picker.replaceChildren(el('p.error', `类别加载失败：${err.message}`)));
  else loadCatalog().then(drawClass).catch(() => {});
  return () => { mapView.onMapClick(null); mapView.setPin(null); mapView.setComponents([], null); };
}

export function reset() { draft = null; catalog = null; }

/** Fetch the catalog right after login, so a report can be made without a signal later. */
export function preload() { return loadCatalog().catch(() => null); }
