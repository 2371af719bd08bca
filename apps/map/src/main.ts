import { fromWgs84 } from '@gisement/io';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { solsticePaths } from './charts/sunPaths.js';
import { planePotentials } from './data/buildingDetails.js';
import { FileProblem } from './data/fileProblem.js';
import { loadDroppedFootfall, loadDroppedTown, readDroppedFiles } from './data/loadDroppedTown.js';
import { loadSampleFootfall, loadSampleTown } from './data/loadTown.js';
import { pointHorizon } from './data/pointHorizon.js';
import { type BuildingRow, geometryBounds } from './data/ranking.js';
import { DEFAULT_ROOF_CLASSES } from './data/roofClassList.js';
import { buildingLabel, type TownData } from './data/townData.js';
import { isLocale, type Locale } from './i18n/strings.js';
import { setBasemap } from './map/basemap.js';
import { createMap } from './map/createMap.js';
import {
  addTownLayers,
  BUILDING_CLICK_LAYER,
  FOOTFALL_LAYER,
  PREMISES_LAYER,
  setLayerVisibility,
  setSelectedBuilding,
  showFootfall,
  showTown,
} from './map/townLayers.js';
import { initialState } from './state/appState.js';
import { createStore, type Store } from './state/store.js';
import { mountBasemapSetting } from './ui/basemapSetting.js';
import { mountBuildingPanel } from './ui/buildingPanel.js';
import { listenForFiles } from './ui/dropTarget.js';
import { mountFootfallPanel } from './ui/footfallPanel.js';
import { mountHeader } from './ui/header.js';
import { mountHolidaysSetting } from './ui/holidaysSetting.js';
import { mountLayerPanel } from './ui/layerPanel.js';
import { mountRankingTable } from './ui/rankingTable.js';
import { mountStatusBar } from './ui/statusBar.js';
import { createComputeClient } from './worker/computeClient.js';
import type { ComputeStage } from './worker/protocol.js';
import './style.css';

function required(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`index.html lacks ${selector}`);
  return el;
}

function startLocale(): Locale {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (isLocale(asked)) return asked;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const store: Store = createStore(initialState(startLocale()));
const fileInput = mountHeader(required('header'), store);
mountBasemapSetting(required('#basemap'), store);
const holidaysSection = document.createElement('section');
holidaysSection.id = 'holidays';
required('#basemap').after(holidaysSection);
mountHolidaysSetting(holidaysSection, store);
const status = mountStatusBar(required('#status'), store);
const map: MapLibreMap = createMap(required('#map'));
/** Whether the map's style has loaded (sources and layers can be added). */
let styleLoaded = false;
const compute = createComputeClient(new Worker(new URL('./worker/compute.ts', import.meta.url), { type: 'module' }));

/** The town on the map and its buildings by label. */
let town: TownData | null = null;
const buildingIndex = new Map<string, number>();
let selectedIndex: number | null = null;
const layerPanel = mountLayerPanel(
  required('#layers'),
  store,
  () => town?.terrain.roofs.classes ?? DEFAULT_ROOF_CLASSES,
);
/** Computes the dropped town's footfall (again when the holidays change); null for the sample. */
let droppedFootfall: (() => void) | null = null;

const panel = mountBuildingPanel(required('#building'), store, (label) => {
  const index = store.getState().selection?.layer === 'buildings' ? buildingIndex.get(label) : undefined;
  if (town === null || index === undefined) return null;
  const selection = store.getState().selection;
  const point = selection?.layer === 'buildings' ? selection.pointLonLat : undefined;
  const horizon = point ? pointHorizon(town.terrain, point[0], point[1], fromWgs84(town.terrain.source.epsg)) : null;
  return {
    label,
    properties: town.buildings.features[index].properties,
    irradiationKwhM2Yr: town.terrain.buildingIrradiationKwhM2Yr[index],
    skyFile: town.terrain.sky.source === 'weather' ? town.terrain.sky.file : null,
    monthlyKwhM2: town.terrain.buildingMonthlyKwhM2.subarray(12 * index, 12 * index + 12),
    monthlyYieldKwh: town.terrain.roofs.buildingMonthlyYieldKwh.subarray(12 * index, 12 * index + 12),
    potential: planePotentials(town.terrain.roofs, index),
    horizon: point && horizon ? { horizon, paths: solsticePaths(point[1], point[0]) } : null,
  };
});

const footfallPanel = mountFootfallPanel(required('#feature'), store, () => town?.footfall ?? null);

/** The buildings as the ranking table lists them (rebuilt when a town is shown). */
let buildingRows: BuildingRow[] = [];

/** Select a building picked in the table and fly to it (the panel covers the map's right side). */
function pickBuilding(row: BuildingRow): void {
  if (town === null) return;
  store.dispatch({ type: 'select', selection: { layer: 'buildings', featureId: row.label } });
  const bounds = geometryBounds(town.buildings.features[row.index].geometry);
  if (bounds)
    map.fitBounds(bounds, { padding: { top: 60, bottom: 60, left: 60, right: 380 }, maxZoom: 19, duration: 300 });
}

const ranking = mountRankingTable(
  required('#ranking'),
  store,
  () => (town === null ? null : { rows: buildingRows, features: town.buildings.features, run: town.terrain.roofs }),
  pickBuilding,
);

/**
 * Page state for tests and benchmarks: `data-state` on `<body>`, and a `gisement:ready`
 * performance mark the first time the map has drawn a town (time since navigation start).
 */
function setPageState(value: 'loading' | 'ready' | 'error'): void {
  document.body.dataset.state = value;
  if (value === 'ready' && performance.getEntriesByName('gisement:ready').length === 0) {
    performance.mark('gisement:ready');
  }
}

function show(next: TownData): void {
  if (town === null) addTownLayers(map, next.terrain);
  town = next;
  buildingIndex.clear();
  next.buildings.features.forEach((f, i) => {
    buildingIndex.set(buildingLabel(f, i), i);
  });
  selectedIndex = null;
  buildingRows = next.buildings.features.map((f, i) => ({
    index: i,
    label: buildingLabel(f, i),
    irradiationKwhM2Yr: next.terrain.buildingIrradiationKwhM2Yr[i],
    areaM2: next.terrain.buildingAreaM2[i],
    kWp: next.terrain.roofs.buildingKwp[i],
    classIndex: next.terrain.roofs.buildingClassIndex[i],
    panels: next.terrain.roofs.buildingPanels[i],
    yieldKwhYr: next.terrain.roofs.buildingYieldKwhYr[i],
    paybackYears: next.terrain.roofs.buildingPaybackYears[i],
    co2AvoidedKgYr: next.terrain.roofs.buildingCo2AvoidedKgYr[i],
    rank: next.terrain.roofs.buildingRank[i],
  }));
  ranking.refresh();
  layerPanel.refresh();
  showTown(map, next);
  setLayerVisibility(map, store.getState().layers);
  const { west, south, east, north } = next.terrain.bounds;
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding: 24, duration: 0 },
  );
  panel.refresh();
  map.once('idle', () => setPageState('ready'));
}

/**
 * Share of the progress bar of each stage, in order: about their share of the sample's time
 * (in Node: slope and relief 54 ms, horizons 1.05 s, sky, sun map and irradiation 1.31 s,
 * warp 77 ms).
 */
const STAGE_SPANS: Readonly<Record<ComputeStage, number>> = {
  read: 0.05,
  terrain: 0.05,
  horizons: 0.35,
  irradiation: 0.4,
  roofs: 0.1,
  warp: 0.05,
};
const STAGE_STARTS = Object.fromEntries(
  (Object.keys(STAGE_SPANS) as ComputeStage[]).map((stage, i, all) => [
    stage,
    all.slice(0, i).reduce((sum, s) => sum + STAGE_SPANS[s], 0),
  ]),
) as Record<ComputeStage, number>;

function progress(stage: ComputeStage, fraction: number): void {
  const base = STAGE_STARTS[stage];
  const span = STAGE_SPANS[stage];
  status.setProgress(stage, base + span * fraction);
}

function problemsOf(error: unknown, fallbackFile: string): FileProblem[] {
  if (error instanceof FileProblem) return [error];
  const detail = error instanceof Error ? error.message : String(error);
  return [new FileProblem(fallbackFile, 'error.read', { detail })];
}

async function loadFiles(files: File[]): Promise<void> {
  const dropped = await readDroppedFiles(files);
  const { dsm } = dropped;
  status.showProblems([...dropped.problems, ...dropped.notes]);
  if (!dsm) return;
  setPageState('loading');
  try {
    const { town: next, notes } = await loadDroppedTown(
      { ...dropped, dsm },
      compute,
      store.getState().hillshade,
      progress,
    );
    const others = files.map((f) => f.name).filter((name) => name !== dsm.name && name !== dropped.footprints?.name);
    store.dispatch({
      type: 'setDataSource',
      dataSource: { kind: 'files', dsm: dsm.name, footprints: dropped.footprints?.name ?? null, others },
    });
    status.setProgress('done', 1);
    delete document.body.dataset.footfall;
    show(next);
    const shown = [...dropped.problems, ...dropped.notes, ...notes];
    status.showProblems(shown);
    // The dropped streets' footfall follows the render, as the sample's does, with the holidays set.
    droppedFootfall = () =>
      void loadDroppedFootfall(dropped, compute, store.getState().holidays)
        .then((footfall) => {
          if (footfall === null || town !== next) return;
          next.footfall = footfall;
          showFootfall(map, next);
          footfallPanel.refresh();
          document.body.dataset.footfall = 'ready';
        })
        .catch((error: unknown) =>
          status.showProblems([...shown, ...problemsOf(error, dropped.counts?.name ?? dsm.name)]),
        );
    droppedFootfall();
  } catch (error) {
    status.setProgress(null, 0);
    status.showProblems([...dropped.problems, ...problemsOf(error, dsm.name)]);
    setPageState(town === null ? 'error' : 'ready');
  }
}

/** Clickable layers, first served first: premises points, footfall segments, buildings. */
const CLICK_LAYERS = [PREMISES_LAYER, FOOTFALL_LAYER, BUILDING_CLICK_LAYER];

map.on('click', (event) => {
  const hit = town ? map.queryRenderedFeatures(event.point, { layers: CLICK_LAYERS })[0] : undefined;
  if (!town || hit === undefined) {
    store.dispatch({ type: 'select', selection: null });
    return;
  }
  if (hit.layer.id === PREMISES_LAYER || hit.layer.id === FOOTFALL_LAYER) {
    const segment = hit.layer.id === FOOTFALL_LAYER;
    const id = hit.properties?.[segment ? 'segment' : 'id'];
    // Raw candidates (before the footfall is computed) have no score to show.
    const scored = segment || hit.properties?.score !== undefined;
    store.dispatch({
      type: 'select',
      selection:
        scored && id !== undefined ? { layer: segment ? 'segments' : 'premises', featureId: String(id) } : null,
    });
    return;
  }
  if (hit.id === undefined) return;
  const index = Number(hit.id);
  const feature = town.buildings.features[index];
  store.dispatch({
    type: 'select',
    selection: {
      layer: 'buildings',
      featureId: buildingLabel(feature, index),
      pointLonLat: [event.lngLat.lng, event.lngLat.lat],
    },
  });
});
for (const layer of CLICK_LAYERS) {
  map.on('mouseenter', layer, () => {
    map.getCanvas().style.cursor = 'pointer';
  });
  map.on('mouseleave', layer, () => {
    map.getCanvas().style.cursor = '';
  });
}

store.subscribe((next, previous) => {
  if (next.basemapUrl !== previous.basemapUrl && styleLoaded) setBasemap(map, next.basemapUrl);
  if (next.layers !== previous.layers && town !== null) setLayerVisibility(map, next.layers);
  if (next.holidays !== previous.holidays) droppedFootfall?.();
  if (next.selection !== previous.selection && town !== null) {
    const index = next.selection?.layer === 'buildings' ? (buildingIndex.get(next.selection.featureId) ?? null) : null;
    setSelectedBuilding(map, selectedIndex, index);
    selectedIndex = index;
  }
});

listenForFiles(document.body, fileInput, (files) => void loadFiles(files));

setPageState('loading');
map.on('load', () => {
  styleLoaded = true;
  setBasemap(map, store.getState().basemapUrl);
});
// The sample loads while the map loads its style; it is drawn once both are done.
Promise.all([
  loadSampleTown(import.meta.env.BASE_URL, compute, store.getState().hillshade, progress),
  new Promise((loaded) => map.once('load', loaded)),
])
  .then(([sample]) => {
    status.setProgress('done', 1);
    show(sample);
    // The footfall follows the first render (it would slow it down on a small machine); a
    // failure there keeps the town on the map.
    map.once('idle', () =>
      loadSampleFootfall(import.meta.env.BASE_URL, compute, sample)
        .then((footfall) => {
          if (town !== sample) return;
          sample.footfall = footfall;
          showFootfall(map, sample);
          footfallPanel.refresh();
          document.body.dataset.footfall = 'ready';
        })
        .catch((error: unknown) => status.showProblems(problemsOf(error, 'counts.csv'))),
    );
  })
  .catch((error: unknown) => {
    status.showProblems(problemsOf(error, 'sample'));
    status.setProgress(null, 0);
    setPageState('error');
  });

/** Handle for debugging in the console and for the end-to-end tests: the map and the state. */
(window as unknown as { gisement: { map: MapLibreMap; store: Store } }).gisement = { map, store };
