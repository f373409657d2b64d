// The phone's map: the console's own layers as vector tiles from the center's server, drawn
// with the styles the server reads from the console's layers/*.qml (style.json; each tile
// feature names its rule in "_rule"), plus my cells, my position and my orders on top.
// One OpenLayers map for the whole app; views move it into their own container.

import { arrayBuffer, get } from './api.js';

let ol = null;
let map = null;
let overlays = null;
let clickHandler = null;
let loading = null;

const LIGHTS = { green: '#1a9b48', yellow: '#e0a800', red: '#d62d20' };

function rgba(hex) {
  if (!hex) return null;
  const h = hex.replace('#', '');
  const n = (i) => parseInt(h.slice(i, i + 2), 16);
  const a = h.length >= 8 ? n(6) / 255 : 1;
  return `rgba(${n(0)},${n(2)},${n(4)},${a.toFixed(3)})`;
}

function pointImage(rule) {
  const fill = rule.fill ? new ol.Fill({ color: rgba(rule.fill) }) : undefined;
  const stroke = rule.stroke ? new ol.Stroke({ color: rgba(rule.stroke), width: rule.stroke_width || 1 }) : undefined;
  const radius = Math.max(2, rule.radius || 4);
  const shapes = {
    square: { points: 4, angle: Math.PI / 4 },
    rectangle: { points: 4, angle: Math.PI / 4 },
    diamond: { points: 4, angle: 0 },
    triangle: { points: 3, angle: 0 },
    pentagon: { points: 5, angle: 0 },
    hexagon: { points: 6, angle: 0 },
    star: { points: 5, radius2: radius / 2.2, angle: 0 },
    cross: { points: 4, radius2: 0, angle: 0 },
  };
  const s = shapes[rule.shape];
  if (!s) return new ol.CircleStyle({ radius, fill, stroke });
  return new ol.RegularShape({ radius, fill, stroke, ...s, radius2: s.radius2 === 0 ? 0 : s.radius2 });
}

// Ground metres per Web Mercator unit at the city's latitude (set from the view's centre).
let groundScale = 1;

/** A line's width in pixels: the style's metres on the ground when it has them (a road is
 * as wide as it is), never thinner than its pixel width. */
function widthPx(px, metres, resolution) {
  if (!metres || !resolution) return px || 1;
  return Math.max(px || 1, metres / (resolution * groundScale));
}

function ruleStyle(layer, rule) {
  if (layer.geometry === 'point') return () => new ol.Style({ image: pointImage(rule) });
  const fill = rule.fill && layer.geometry === 'polygon' ? new ol.Fill({ color: rgba(rule.fill) }) : undefined;
  const stroke = rule.stroke ? new ol.Stroke({ color: rgba(rule.stroke), width: rule.stroke_width || 1 }) : undefined;
  const casing = rule.casing ? new ol.Stroke({ color: rgba(rule.casing), width: rule.casing_width || 1 }) : undefined;
  const styles = [];
  if (casing) styles.push(new ol.Style({ stroke: casing, zIndex: 0 }));
  styles.push(new ol.Style({ fill, stroke, zIndex: 1 }));
  return (resolution) => {
    if (stroke) stroke.setWidth(widthPx(rule.stroke_width, rule.stroke_width_m, resolution));
    if (casing) casing.setWidth(widthPx(rule.casing_width, rule.casing_width_m, resolution));
    return styles;
  };
}

function tileLayer(layer) {
  const styles = (layer.rules || []).map((r) => ruleStyle(layer, r));
  const source = new ol.VectorTileSource({
    format: new ol.MVT(),
    url: `/api/v1/tiles/${encodeURIComponent(layer.id)}/{z}/{x}/{y}.mvt`,
    maxZoom: Math.min(layer.maxzoom ?? 20, 20),
    tileLoadFunction(tile, url) {
      tile.setLoader((extent, _resolution, projection) => {
        arrayBuffer(url.replace(/^.*\/api\/v1/, '')).then((data) => {
          tile.setFeatures(tile.getFormat().readFeatures(data, { extent, featureProjection: projection }));
        }).catch(() => tile.setState(3 /* ERROR */));
      });
    },
  });
  return new ol.VectorTileLayer({
    source,
    declutter: false,
    renderMode: 'hybrid',
    minZoom: layer.minzoom != null ? layer.minzoom - 0.001 : undefined,
    maxZoom: layer.maxzoom != null ? layer.maxzoom + 0.999 : undefined,
    properties: { id: layer.id, title: layer.title },
    style(feature, resolution) {
      const i = feature.get('_rule');
      const rule = layer.rules && layer.rules[i];
      if (!rule) return null;
      const z = map.getView().getZoomForResolution(resolution);
      if ((rule.minzoom != null && z < rule.minzoom) || (rule.maxzoom != null && z > rule.maxzoom + 0.999)) return null;
      return styles[i](resolution);
    },
  });
}

function overlayStyles() {
  const cell = new ol.Style({
    fill: new ol.Fill({ color: 'rgba(0,110,220,0.10)' }),
    stroke: new ol.Stroke({ color: 'rgba(0,90,200,0.95)', width: 2.5 }),
  });
  const me = [
    new ol.Style({ image: new ol.CircleStyle({ radius: 14, fill: new ol.Fill({ color: 'rgba(30,120,255,0.22)' }) }) }),
    new ol.Style({ image: new ol.CircleStyle({ radius: 7, fill: new ol.Fill({ color: '#1e78ff' }), stroke: new ol.Stroke({ color: '#fff', width: 3 }) }) }),
  ];
  const pin = new ol.Style({
    image: new ol.RegularShape({ points: 3, radius: 14, angle: Math.PI, fill: new ol.Fill({ color: '#d62d20' }), stroke: new ol.Stroke({ color: '#fff', width: 2.5 }), displacement: [0, 16] }),
  });
  const order = (f) => new ol.Style({
    image: new ol.CircleStyle({ radius: 11, fill: new ol.Fill({ color: LIGHTS[f.get('light')] || '#555' }), stroke: new ol.Stroke({ color: '#fff', width: 2 }) }),
    text: new ol.Text({ text: String(f.get('n') || ''), fill: new ol.Fill({ color: '#fff' }), font: 'bold 12px sans-serif' }),
  });
  const component = (f) => new ol.Style({
    image: new ol.RegularShape({ points: 4, radius: f.get('picked') ? 11 : 8, angle: Math.PI / 4, fill: new ol.Fill({ color: f.get('picked') ? '#d62d20' : '#7b3fb5' }), stroke: new ol.Stroke({ color: '#fff', width: 2 }) }),
  });
  return { cell, me, pin, order, component };
}

function vector(style, z) {
  return new ol.VectorLayer({ source: new ol.VectorSource(), style, zIndex: z });
}

/** Load OpenLayers and the style; resolves to the map (or rejects: the app works without it). */
export function ensureMap() {
  if (!loading) {
    loading = (async () => {
      ol = await import('../vendor/ol.js');
      let style = { layers: [] };
      try { style = await get('/map/style.json'); } catch (err) { console.warn('map style', err); }
      const s = overlayStyles();
      overlays = {
        cells: vector(s.cell, 10), orders: vector(s.order, 20), components: vector(s.component, 25),
        me: vector(s.me, 40), pin: vector(s.pin, 45),
      };
      map = new ol.Map({
        layers: [...style.layers.map(tileLayer), ...Object.values(overlays)],
        view: new ol.View({ center: ol.fromLonLat([119.92, 32.48]), zoom: 15, maxZoom: 20, minZoom: 8 }),
        controls: ol.defaultControls({ rotate: false, attribution: false }).extend([new ol.ScaleLine()]),
      });
      const view = map.getView();
      const lat = () => ol.toLonLat(view.getCenter())[1];
      groundScale = Math.cos((lat() * Math.PI) / 180);
      view.on('change:center', () => { groundScale = Math.cos((lat() * Math.PI) / 180); });
      // the container says when everything it loads is drawn (tests and screenshots wait on it)
      map.on('loadstart', () => { const t = map.getTargetElement(); if (t) delete t.dataset.rendered; });
      map.on('rendercomplete', () => { const t = map.getTargetElement(); if (t) t.dataset.rendered = '1'; });
      map.on('singleclick', (e) => {
        if (!clickHandler) return;
        let picked = null;
        map.forEachFeatureAtPixel(e.pixel, (f) => { picked = f; return true; },
          { layerFilter: (l) => l === overlays.components || l === overlays.orders, hitTolerance: 8 });
        clickHandler(ol.toLonLat(e.coordinate), picked ? picked.getProperties() : null);
      });
      return map;
    })();
  }
  return loading;
}

/** Put the map into `el` (a view's container). */
export async function showIn(el) {
  const m = await ensureMap();
  m.setTarget(el);
  m.updateSize();
  return m;
}

export function onMapClick(fn) { clickHandler = fn; }

let fitted = false;
/** My cells (a GeoJSON FeatureCollection in WGS 84); the first time, the view fits them. */
export function setCells(geojson) {
  if (!map) return;
  const fmt = new ol.GeoJSON();
  const feats = fmt.readFeatures(geojson, { dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });
  overlays.cells.getSource().clear();
  overlays.cells.getSource().addFeatures(feats);
  if (!fitted && feats.length) {
    map.getView().fit(overlays.cells.getSource().getExtent(), { padding: [24, 24, 24, 24], maxZoom: 17 });
    fitted = true;
  }
}

function point(lon, lat, props = {}) {
  const f = new ol.Feature({ geometry: new ol.Point(ol.fromLonLat([lon, lat])), ...props });
  return f;
}

export function setPosition(pos) {
  if (!map) return;
  const src = overlays.me.getSource();
  src.clear();
  if (pos) src.addFeature(point(pos.lon, pos.lat));
}

export function setOrders(orders) {
  if (!map) return;
  const src = overlays.orders.getSource();
  src.clear();
  orders.forEach((o, i) => {
    if (o.lon != null && o.lat != null) src.addFeature(point(o.lon, o.lat, { n: i + 1, light: o.light, id: o.id, order_code: o.code }));
  });
}

export function setPin(pos) {
  if (!map) return;
  const src = overlays.pin.getSource();
  src.clear();
  if (pos) src.addFeature(point(pos.lon, pos.lat));
}

export function setComponents(list, pickedCode) {
  if (!map) return;
  const src = overlays.components.getSource();
  src.clear();
  for (const c of list) src.addFeature(point(c.lon, c.lat, { code: c.code, name: c.name, picked: c.code === pickedCode }));
}

export function centerOn(pos, zoom) {
  if (!map || !pos) return;
  const view = map.getView();
  view.setCenter(ol.fromLonLat([pos.lon, pos.lat]));
  if (zoom) view.setZoom(zoom);
}

export function hasFitted() { return fitted; }

/** Resolves when the map has drawn everything it is loading (for the first paint). */
export function rendered() {
  if (!map) return Promise.resolve();
  return new Promise((resolve) => { map.once('rendercomplete', () => resolve()); map.render(); });
}
