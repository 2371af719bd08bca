import { readFile } from 'node:fs/promises';
import {
  FRANCE_GRID_KG_CO2_PER_KWH,
  FRANCE_GRID_KG_CO2_PER_KWH_SOURCE,
  monthlyOperatingConditions,
  RSUN_DEFAULT_LINKE_TURBIDITY,
  roofPlaneOutlines,
  segmentRoofPlanes,
} from '@gisement/core';
import { crsInfo } from '@gisement/io';
import { readGeoTiffFile } from '@gisement/io/node';
import { onePositional, parseCommandArgs, requiredOut, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { prepareOutputDir } from '../outputDir.js';
import { stderrProgress } from '../progress.js';
import { analyseRoofs } from '../roofs/analyseRoofs.js';
import {
  BUILDING_INSIGHTS_DIR,
  buildingInsightsFiles,
  writeBuildingInsightsFiles,
} from '../roofs/buildingInsightsFiles.js';
import { detectedBuildings, footprintBuildings, type RoofBuildings } from '../roofs/roofBuildings.js';
import { ROOF_OUTPUT_FILES, territoryTotals, writeRoofOutputs } from '../roofs/roofOutputs.js';
import { readRoofsConfig } from '../roofs/roofsConfig.js';
import { outlinesToWgs84 } from '../roofs/wgs84Geometry.js';
import { ENGINE_ARGS, engineOptions, irradiateDsm } from '../solar/irradiateDsm.js';
import { stepTimer } from '../stepTimer.js';

const help = `Usage: gisement roofs <dsm.tif> --out <dir> [--buildings <geojson> | --dtm <dtm.tif>] [options]

Rooftop PV potential: roof planes of each building (footprints, or buildings detected from
DSM − DTM), their irradiation (the solar engine), usable area, modules laid out, PVWatts yield,
avoided CO2, French economics, suitability classes and ranking.

  --buildings <file>      building footprints, GeoJSON in any CRS (RFC 7946 WGS 84 or a "crs"
                          member); every feature appears in buildings.geojson
  --dtm <dtm.tif>         terrain on the DSM's grid: buildings are detected when no footprints
  --weather <file>        EPW or PVGIS TMY (irradiation, air temperature, wind); default clear sky
  --config <json>         parameters overriding the defaults (segmentation, detection,
                          usableArea, layout, pv, clearSkyConditions, co2KgPerKwh, economics,
                          ranking, classes, idProperty); summary.json lists every value used
                          and its source
  --albedo <a>            ground albedo 0–1 (default 0.2)
  --directions <n>        horizon directions (default 36)
  --max-distance-m <m>    horizon search distance (default: as gisement solar)
  --building-insights     also write building-insights/<buildingId>.json: each analysed
                          building in the shape of Google's Solar API buildingInsights
                          resource (WGS 84; DC energy = panel capacity × sunshine hours);
                          skipped buildings get none (listed in summary.json)
  --workers <n>           worker threads (default: the cores available)
  --quiet                 no progress on stderr

Writes into <dir>: roofs.geojson (one feature per roof plane, WGS 84), buildings.geojson (one
per input building, with status analysed|skipped and skipReason), ranking.csv (ranked
buildings, best first), summary.json (territory totals, parameters, warnings, timings), and with
--building-insights the folder building-insights/.
`;

export const roofsCommand: Command = {
  name: 'roofs',
  summary: 'rooftop PV potential per roof plane and building: yield, economics, ranking',
  help,
  async run(argv, { stderr }) {
    const { values, positionals } = parseCommandArgs('roofs', argv, {
      out: { type: 'string', short: 'o' },
      buildings: { type: 'string' },
      dtm: { type: 'string' },
      weather: { type: 'string' },
      config: { type: 'string' },
      'building-insights': { type: 'boolean' },
      ...ENGINE_ARGS,
    });
    const file = onePositional('roofs', positionals, 'DSM GeoTIFF');
    const out = requiredOut('roofs', values.out);
    if (values.buildings === undefined && values.dtm === undefined) {
      throw new UsageError('roofs: give --buildings <footprints.geojson> or --dtm <dtm.tif> to find the buildings');
    }
    const engine = engineOptions(values);
    const configFile = values.config;
    const config = readRoofsConfig(configFile && (await readFile(configFile, 'utf8')), configFile ?? 'config');
    const progress = stderrProgress('roofs', stderr, values.quiet);
    const warnings: string[] = [];
    const warn = (w: string) => {
      warnings.push(w);
      stderr.write(`gisement roofs: warning: ${w}\n`);
    };
    const timer = stepTimer();

    await prepareOutputDir(out);
    const dsm = await readGeoTiffFile(file);
    if (dsm.geo.epsg === null || crsInfo(dsm.geo.epsg).units !== 'metre') {
      throw new Error(`${file}: roofs need a DSM in a projected CRS in metres, got EPSG:${dsm.geo.epsg}`);
    }
    let buildings: RoofBuildings;
    if (values.buildings !== undefined) {
      if (values.dtm !== undefined)
        warn(`--dtm ${values.dtm} is not used: the footprints of --buildings define the buildings`);
      const text = await readFile(values.buildings, 'utf8');
      let geojson: unknown;
      try {
        geojson = JSON.parse(text);
      } catch (error) {
        throw new Error(`${values.buildings}: not JSON: ${(error as Error).message}`);
      }
      buildings = footprintBuildings(geojson, values.buildings, dsm, config.idProperty);
    } else {
      const dtm = await readGeoTiffFile(values.dtm as string);
      if (dtm.width !== dsm.width || dtm.height !== dsm.height) {
        throw new Error(
          `${values.dtm}: the DTM must be on the DSM's grid (${dsm.width}×${dsm.height}), got ${dtm.width}×${dtm.height}`,
        );
      }
      buildings = detectedBuildings(dsm, dtm, { ...config.detection, segmentation: config.segmentation });
    }
    const { entries } = buildings;
    for (const e of entries) {
      if (e.label > 0 && e.shareOnGrid < 1) {
        warn(
          `building ${e.buildingId}: ${(100 * (1 - e.shareOnGrid)).toFixed(0)} % of its footprint is off the DSM or overlapped; its roof is analysed on the rest`,
        );
      }
    }
    progress.step(
      `${entries.length} buildings (${buildings.source}), ${entries.filter((e) => e.skipReason).length} skipped`,
    );
    timer.time('buildings');

    const sky = await irradiateDsm(
      dsm,
      {
        weatherFile: values.weather,
        linkeTurbidity: RSUN_DEFAULT_LINKE_TURBIDITY,
        clearSkyModel: 'esra',
        year: 2023,
        stepMinutes: 60,
        ...engine,
        diffuseModel: 'perez',
      },
      progress,
      timer.time,
      warn,
    );
    const { site } = sky;
    const seg = segmentRoofPlanes(
      { dsm, buildingIds: buildings.buildingIds, cellAreaWeight: buildings.cellAreaWeight },
      { ...config.segmentation, gridConvergenceDeg: site.gridConvergenceDeg },
    );
    // The sides come north, east, south, west: a side's opposite is two places on.
    const shares = seg.mixedEdges.sides.flatMap((e, i, all) =>
      e.mixed
        ? [
            `${e.side} ${(100 * e.lowShare).toFixed(0)} % against ${all[(i + 2) % 4].side} ${(100 * all[(i + 2) % 4].lowShare).toFixed(0)} %`,
          ]
        : [],
    );
    if (shares.length > 0) {
      warn(
        `the DSM's heights are offset from the footprints: on flat roofs, edge cells read low more often on one side than on the other (${shares.join('; ')}); ${seg.mixedEdges.maskedCells} edge cells mixing roof and ground are left out of the roof planes (segmentation.mixedEdgeMinZ 1e9 keeps them)`,
      );
    }
    const {
      planes,
      buildings: rows,
      analysis,
    } = analyseRoofs(
      {
        entries,
        seg,
        width: dsm.width,
        height: dsm.height,
        cellSizeXM: dsm.geo.cellSizeX,
        cellSizeYM: dsm.geo.cellSizeY,
        irradiation: sky.result,
        sky: sky.sky,
        site: { latitudeDeg: site.latitudeDeg, longitudeDeg: site.longitudeDeg, elevationM: site.elevationM },
        albedo: engine.albedo,
        gridConvergenceDeg: site.gridConvergenceDeg,
        conditions:
          sky.weather === null
            ? undefined
            : monthlyOperatingConditions(
                sky.weather.sunTimeUtcMs,
                sky.weather.ghiWM2,
                sky.weather.tempAirC,
                sky.weather.windSpeedMS,
              ),
      },
      config,
    );
    const outlines = roofPlaneOutlines(seg, dsm.width, dsm.geo, dsm.geo.cellSizeX / 2);
    const planeGeometries = outlines.map((polygons) => outlinesToWgs84(polygons, dsm.geo.epsg as number));
    const { conditions, flatRowsTiltGain } = analysis;
    const insights = values['building-insights']
      ? buildingInsightsFiles(
          entries,
          rows,
          planes,
          { seg, analysis, globalKwhM2Yr: sky.result.globalKwhM2Yr, width: dsm.width, geo: dsm.geo },
          config,
        )
      : null;
    timer.time('roofStep');
    progress.step(`${planes.length} roof planes analysed`);

    const summary = {
      command: 'roofs',
      dsm: { file, width: dsm.width, height: dsm.height, epsg: dsm.geo.epsg },
      buildingsSource:
        buildings.source === 'footprints' ? { footprints: values.buildings } : { detectedWithDtm: values.dtm },
      site,
      sky: sky.skyReport,
      totals: territoryTotals(rows, planes),
      mixedEdges: {
        sides: seg.mixedEdges.sides.map((e) => ({
          ...e,
          lowShare: Number(e.lowShare.toFixed(4)),
          zScore: Number(e.zScore.toFixed(2)),
        })),
        cellsLeftOut: seg.mixedEdges.maskedCells,
      },
      ...(insights ? { buildingInsights: insights.summary } : {}),
      parameters: {
        solar: sky.parameters,
        flatRowsTiltGain: Array.from(flatRowsTiltGain, (g) => Number(g.toFixed(4))),
        operatingConditions: {
          irradianceWm2: Array.from(conditions.irradianceWm2, (v) => Number(v.toFixed(1))),
          airTemperatureC: Array.from(conditions.airTemperatureC, (v) => Number(v.toFixed(2))),
          windSpeedMs: Array.from(conditions.windSpeedMs, (v) => Number(v.toFixed(2))),
        },
        ...config,
        co2Source:
          config.co2KgPerKwh === FRANCE_GRID_KG_CO2_PER_KWH
            ? FRANCE_GRID_KG_CO2_PER_KWH_SOURCE
            : `set by ${configFile} (default ${FRANCE_GRID_KG_CO2_PER_KWH}: ${FRANCE_GRID_KG_CO2_PER_KWH_SOURCE})`,
      },
      warnings,
      timingsSeconds: timer.report(),
    };
    await writeRoofOutputs(out, entries, planes, rows, planeGeometries, summary);
    if (insights) await writeBuildingInsightsFiles(out, insights.files);
    const written = insights
      ? [...ROOF_OUTPUT_FILES, `${BUILDING_INSIGHTS_DIR}/ (${insights.files.length} files)`]
      : ROOF_OUTPUT_FILES;
    progress.step(`wrote ${written.join(', ')} into ${out}`);
  },
};
