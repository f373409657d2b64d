// Photos and voice notes taken on the phone, made small before they are queued: a photo is
// redrawn on a canvas at most 1600 px on its long side as JPEG q0.8 (a 12 MP photo of 4 MB
// becomes ~300 kB), a voice note is recorded with MediaRecorder where the browser has it.

export const MAX_PHOTOS = 9;
const MAX_SIDE = 1600;
const QUALITY = 0.8;

function base64Of(blob) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).split(',', 2)[1]);
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

async function bitmapOf(file) {
  if (window.createImageBitmap) {
    try { return await createImageBitmap(file, { imageOrientation: 'from-image' }); } catch { /* below */ }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A File from the camera → {name, data (base64 JPEG), url (for the preview), size}. */
export async function compressPhoto(file, index) {
  const img = await bitmapOf(file);
  const w = img.width, h = img.height;
  const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(w * scale));
  canvas.height = Math.max(1, Math.round(h * scale));
  canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
  if (img.close) img.close();
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return {
    name: `photo-${stamp}-${index + 1}.jpg`,
    data: await base64Of(blob),
    url: URL.createObjectURL(blob),
    size: blob.size,
  };
}

/**
 * A photo picker bound to an <input type=file> and a preview list. `photos` is the array
 * it fills (at most MAX_PHOTOS); `onChange` is called after each change.
 */
export function photoPicker(input, preview, photos, onChange = () => {}, notify = () => {}) {
  function draw() {
    preview.replaceChildren(...photos.map((p, i) => {
      const li = document.createElement('li');
      const img = document.createElement('img');
      img.src = p.url;
      img.alt = `照片 ${i + 1}`;
      const del = document.createElement('button');
      del.type = 'button';
      del.className = 'photo-del';
      del.textContent = '×';
      del.setAttribute('aria-label', `删除照片 ${i + 1}`);
      del.onclick = () => { photos.splice(i, 1); draw(); onChange(); };
      li.append(img, del);
      return li;
    }));
  }
  input.addEventListener('change', async () => {
    const files = Array.from(input.files || []);
    input.value = '';
    const room = MAX_PHOTOS - photos.length;
    if (files.length > room) notify(`最多 ${MAX_PHOTOS} 张照片，已忽略 ${files.length - room} 张`);
    for (const f of files.slice(0, Math.max(0, room))) {
      try {
        photos.push(await compressPhoto(f, photos.length));
      } catch {
        notify(`无法读取照片 ${f.name}`);
      }
      draw();
    }
    onChange();
  });
  draw();
  return { draw };
}

export function canRecord() {
  return !!(window.MediaRecorder && navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
}

/** A voice note recorder: start() / stop() → {name, data, url} or null. */
export function recorder() {
  let rec = null;
  let chunks = [];
  let stream = null;
  return {
    get recording() { return !!rec; },
    async start() {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const type = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4']
        .find((t) => MediaRecorder.isTypeSupported && MediaRecorder.isTypeSupported(t));
      rec = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
      chunks = [];
      rec.ondataavailable = (e) => { if (e.data.size) chunks.push(e.data); };
      rec.start();
    },
    async stop() {
      if (!rec) return null;
      const done = new Promise((resolve) => { rec.onstop = resolve; });
      rec.stop();
      await done;
      stream.getTracks().forEach((t) => t.stop());
      const type = rec.mimeType || 'audio/webm';
      rec = null;
      const blob = new Blob(chunks, { type });
      const ext = type.includes('ogg') ? 'ogg' : type.includes('mp4') ? 'm4a' : 'webm';
      return { name: `voice.${ext}`, data: await base64Of(blob), url: URL.createObjectURL(blob) };
    },
  };
}
