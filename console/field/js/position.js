// My position from the phone's GPS (navigator.geolocation), watched while the app is open.

let last = null;
let watching = null;
const listeners = new Set();

export function position() { return last; }
export function onPosition(fn) { listeners.add(fn); return () => listeners.delete(fn); }

export function watch() {
  if (watching !== null || !navigator.geolocation) return;
  watching = navigator.geolocation.watchPosition((p) => {
    last = { lon: p.coords.longitude, lat: p.coords.latitude, accuracy: p.coords.accuracy, at: Date.now() };
    listeners.forEach((fn) => fn(last));
  }, () => {}, { enableHighAccuracy: true, maximumAge: 15000, timeout: 30000 });
}

/** A fresh fix (or the last one if the GPS does not answer within `ms`). */
export function current(ms = 8000) {
  return new Promise((resolve) => {
    if (!navigator.geolocation) { resolve(last); return; }
    navigator.geolocation.getCurrentPosition((p) => {
      last = { lon: p.coords.longitude, lat: p.coords.latitude, accuracy: p.coords.accuracy, at: Date.now() };
      listeners.forEach((fn) => fn(last));
      resolve(last);
    }, () => resolve(last), { enableHighAccuracy: true, maximumAge: 10000, timeout: ms });
  });
}

export function stop() {
  if (watching !== null) navigator.geolocation.clearWatch(watching);
  watching = null;
  last = null;
}
