export type { EconomicsConfig, SizeBand } from './economics/franceEconomics.js';
export { FRANCE_ECONOMICS_DEFAULTS } from './economics/franceEconomics.js';
export type { PvEconomics } from './economics/pvEconomics.js';
export { bandValue, pvEconomics } from './economics/pvEconomics.js';
export type { ClearSkySeriesOptions, SkyTimeSeries } from './irradiance/clearSkySeries.js';
export { clearSkySeries } from './irradiance/clearSkySeries.js';
export type { CellIrradiationInput, IrradiationOutput } from './irradiance/irradiateCells.js';
export { createIrradiationOutput, irradiateCells } from './irradiance/irradiateCells.js';
export { monthlyTiltGain } from './irradiance/monthlyTiltGain.js';
export type { DiffuseModel } from './irradiance/skyDiffuseCoefficients.js';
export type { SunMap, SunMapOptions } from './irradiance/sunMap.js';
export { buildSunMap, DEFAULT_SUB_SECTORS_PER_DIRECTION } from './irradiance/sunMap.js';
export { faimanCellTemperature } from './pv/faimanCellTemperature.js';
export { ashraeIam, physicalIam } from './pv/incidenceAngleModifier.js';
export { brandemuehlBeckmanAnglesDeg, monthlyAngularFactor } from './pv/monthlyAngularFactor.js';
export type { MonthlyOperatingConditions } from './pv/monthlyOperatingConditions.js';
export { monthlyOperatingConditions } from './pv/monthlyOperatingConditions.js';
export type { PvSystemOptions } from './pv/monthlyPvYield.js';
export { monthlyPvYield, PV_SYSTEM_DEFAULTS } from './pv/monthlyPvYield.js';
export type { PvwattsLossesPct } from './pv/pvwatts.js';
export {
  PVWATTS_DEFAULT_LOSSES_PCT,
  PVWATTS_INVERTER_REFERENCE_EFFICIENCY,
  pvwattsDc,
  pvwattsInverter,
  pvwattsLosses,
} from './pv/pvwatts.js';
export type { GeoGrid, GeoRef, Grid } from './raster/grid.js';
export { createGrid } from './raster/grid.js';
export type { RasterStatistics } from './raster/statistics.js';
export { rasterStatistics } from './raster/statistics.js';
export type {
  BuildingTotals,
  RoofAnalysis,
  RoofAnalysisInput,
  RoofAnalysisOptions,
} from './rooftop/analyseRoofPlanes.js';
export { analyseRoofPlanes, roofAnalysisDefaults } from './rooftop/analyseRoofPlanes.js';
export type {
  BuildingInsights,
  BuildingInsightsInput,
  ImageryQuality,
  LatLng,
  LatLngBox,
  RoofSegmentSizeAndSunshineStats,
  RoofSegmentSummary,
  SizeAndSunshineStats,
  SolarPanelConfig,
  SolarPotential,
} from './rooftop/buildingInsights.js';
export { buildingInsights } from './rooftop/buildingInsights.js';
export type { Components } from './rooftop/connectedComponents.js';
export { connectedComponents } from './rooftop/connectedComponents.js';
export type { DetectBuildingsOptions, DetectedBuildings } from './rooftop/detectBuildings.js';
export { DETECT_BUILDINGS_DEFAULTS, detectBuildings } from './rooftop/detectBuildings.js';
export { detectedBuildingId } from './rooftop/detectedBuildingId.js';
export type { LayoutCells, ModuleGrid, ModuleSpec } from './rooftop/layoutModules.js';
export { countModules, DEFAULT_MODULE, rowPitchM } from './rooftop/layoutModules.js';
export type { LayoutOptions, PlaneLayout } from './rooftop/layoutRoofPlanes.js';
export { LAYOUT_DEFAULTS, layoutRoofPlanes } from './rooftop/layoutRoofPlanes.js';
export type { EdgeSide, EdgeSideStatistics, MixedEdgeCells } from './rooftop/mixedEdgeCells.js';
export { findMixedEdgeCells } from './rooftop/mixedEdgeCells.js';
export type { FootprintCoverage } from './rooftop/rasterizeFootprints.js';
export { rasterizeFootprints } from './rooftop/rasterizeFootprints.js';
export { roofPlaneOutlines } from './rooftop/roofPlaneOutlines.js';
export type { RoofYield, RoofYieldInput } from './rooftop/roofPlaneYield.js';
export {
  FRANCE_GRID_KG_CO2_PER_KWH,
  FRANCE_GRID_KG_CO2_PER_KWH_SOURCE,
  roofPlaneYield,
  SUNSHINE_QUANTILES,
} from './rooftop/roofPlaneYield.js';
export type {
  RoofPlanes,
  RoofSegmentation,
  RoofSegmentationInput,
  RoofSegmentationOptions,
} from './rooftop/segmentRoofPlanes.js';
export { ROOF_SEGMENTATION_DEFAULTS, segmentRoofPlanes } from './rooftop/segmentRoofPlanes.js';
export { simplifyRing } from './rooftop/simplifyRing.js';
export type { RankingCriterion, SuitabilityClass } from './rooftop/suitability.js';
export { IRRADIATION_CLASSES, rankByCriterion, rankValues, suitabilityClass } from './rooftop/suitability.js';
export type { CellWindow, OutlinePolygon } from './rooftop/traceCellOutlines.js';
export { traceCellOutlines } from './rooftop/traceCellOutlines.js';
export type { UsableArea, UsableAreaOptions } from './rooftop/usableRoofArea.js';
export { PLANE_EXCLUSIONS, USABLE_AREA_DEFAULTS, usableRoofArea } from './rooftop/usableRoofArea.js';
export {
  absoluteAirmass,
  altitudeToPressurePa,
  relativeAirmassKastenYoung,
} from './solar/atmosphere.js';
export type { ClearSkyIrradiance } from './solar/clearSkyTypes.js';
export { createClearSkyIrradiance } from './solar/clearSkyTypes.js';
export { deltaTEspenakMeeus, deltaTForInstant } from './solar/deltaT.js';
export type { ErbsInput, ErbsResult } from './solar/erbs.js';
export { erbs } from './solar/erbs.js';
export type { EsraClearSkyInput } from './solar/esraClearSky.js';
export { esraClearSky } from './solar/esraClearSky.js';
export {
  dayOfYearUtc,
  declinationRsunDeg,
  extraterrestrialRsun,
  extraterrestrialSpencer,
} from './solar/extraterrestrial.js';
export { haurwitz } from './solar/haurwitz.js';
export type { TranspositionInput } from './solar/hayDaviesSkyDiffuse.js';
export { hayDaviesSkyDiffuse } from './solar/hayDaviesSkyDiffuse.js';
export { cosIncidence, incidenceAngleDeg } from './solar/incidence.js';
export type { IneichenPerezInput } from './solar/ineichenPerez.js';
export { ineichenPerez } from './solar/ineichenPerez.js';
export { beamOnPlane, groundReflected, isotropicSkyDiffuse } from './solar/isotropicSkyDiffuse.js';
export {
  linkeTurbidityForInstant,
  monthlyLinkeTurbidity,
  RSUN_DEFAULT_LINKE_TURBIDITY,
} from './solar/linkeTurbidity.js';
export type { PerezInput } from './solar/perezSkyDiffuse.js';
export { perezSkyDiffuse } from './solar/perezSkyDiffuse.js';
export type { SimplifiedSolisInput } from './solar/simplifiedSolis.js';
export { simplifiedSolis } from './solar/simplifiedSolis.js';
export type { SkyDiffuseParts } from './solar/skyDiffuseParts.js';
export { createSkyDiffuseParts } from './solar/skyDiffuseParts.js';
export type { SolarPosition, SpaInput, SpaIntermediates } from './solar/spa.js';
export { solarPositionSpa, spaIntermediates } from './solar/spa.js';
export type {
  SunriseTransitSunset,
  SunriseTransitSunsetInput,
} from './solar/spaSunriseTransitSunset.js';
export { spaSunriseTransitSunset } from './solar/spaSunriseTransitSunset.js';
export type { SunPositionSeries, SunSeriesSite, SunYearInput } from './solar/sunPositions.js';
export {
  sunDirectionTileErrorBoundRad,
  sunPositionsForInstants,
  sunPositionsForYear,
} from './solar/sunPositions.js';
export type { CellSpacing } from './terrain/cellSpacing.js';
export { geographicCellSpacing } from './terrain/cellSpacing.js';
export type { HillshadeOptions } from './terrain/hillshade.js';
export { hillshade } from './terrain/hillshade.js';
export type { HorizonOptions } from './terrain/horizonAngles.js';
export { HORIZON_NEAR_FIELD_STEPS, horizonAngles, NO_HORIZON_DEG } from './terrain/horizonAngles.js';
export type { SlopeAspectOutput } from './terrain/hornSlopeAspect.js';
export { hornSlopeAspect } from './terrain/hornSlopeAspect.js';
export { skyViewFactor } from './terrain/skyViewFactor.js';
export { DEG_PER_RAD, RAD_PER_DEG } from './units/angles.js';
export type { MetresPerDegree } from './units/metresPerDegree.js';
export {
  metresPerDegree,
  WGS84_FLATTENING,
  WGS84_SEMI_MAJOR_AXIS_M,
} from './units/metresPerDegree.js';
