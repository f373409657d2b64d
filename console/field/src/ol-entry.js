// The parts of OpenLayers the field client uses, bundled by scripts/build-field.sh into
// vendor/ol.js (one ES module, no network at run time). Canvas 2D only: no WebGL layers.
export { default as Map } from 'ol/Map.js';
export { default as View } from 'ol/View.js';
export { default as Feature } from 'ol/Feature.js';
export { default as Point } from 'ol/geom/Point.js';
export { default as VectorTileLayer } from 'ol/layer/VectorTile.js';
export { default as VectorTileSource } from 'ol/source/VectorTile.js';
export { default as VectorLayer } from 'ol/layer/Vector.js';
export { default as VectorSource } from 'ol/source/Vector.js';
export { default as MVT } from 'ol/format/MVT.js';
export { default as GeoJSON } from 'ol/format/GeoJSON.js';
export { default as Style } from 'ol/style/Style.js';
export { default as Fill } from 'ol/style/Fill.js';
export { default as Stroke } from 'ol/style/Stroke.js';
export { default as CircleStyle } from 'ol/style/Circle.js';
export { default as RegularShape } from 'ol/style/RegularShape.js';
export { default as Text } from 'ol/style/Text.js';
export { fromLonLat, toLonLat, transformExtent } from 'ol/proj.js';
export { createXYZ } from 'ol/tilegrid.js';
export { defaults as defaultControls } from 'ol/control/defaults.js';
export { default as ScaleLine } from 'ol/control/ScaleLine.js';
