/** Interface languages. */
export type Locale = 'en' | 'fr';

/** Every locale, in the order the language switch lists them. */
export const LOCALES: readonly Locale[] = ['en', 'fr'];

const EN = {
  appTitle: 'Gisement — solar and planning map',
  language: 'Language',
  layersTitle: 'Layers',
  'layer.hillshade': 'Relief (surface model hillshade)',
  'layer.slope': 'Slope',
  'layer.irradiation': 'Annual irradiation (clear sky)',
  'layer.buildings': 'Buildings',
  'layer.streets': 'Streets',
  'layer.counters': 'Pedestrian counters',
  'layer.shops': 'Shops and services',
  'layer.candidates': 'Vacant premises',
  'legend.hillshade': 'Light from the north-west, 45° high: dark = facing away.',
  'legend.buildings': 'Footprint; click one to see its roof planes.',
  'legend.irradiation':
    'On each cell’s own plane, shaded by its surroundings; cloudless year (ESRA model, Linke turbidity 3).',
  'unit.degree': '°',
  'unit.irradiation': 'kWh/m²/yr',
  'legend.streets': 'Street, by type',
  'legend.counters': 'Counting site',
  'legend.shops': 'Shop or service',
  'legend.candidates': 'Vacant premises',
  'street.primary': 'Main road',
  'street.secondary': 'Secondary road',
  'street.residential': 'Residential street',
  'street.pedestrian': 'Pedestrian street',
  'street.other': 'Other path',
  dataSource: 'Data: {source}',
  sampleSource: 'synthetic sample town near Albi (not real buildings)',
  filesSource: 'your files ({files}); nothing leaves this computer',
  dropHint: 'Drop a surface model GeoTIFF (.tif) and, optionally, building footprints (.geojson) here.',
  chooseFiles: 'Choose files…',
  progress: 'Computing: {stage}',
  'stage.read': 'reading the GeoTIFF',
  'stage.terrain': 'slope and relief',
  'stage.horizons': 'horizons in 36 directions',
  'stage.irradiation': 'annual irradiation',
  'stage.warp': 'placing on the map',
  'stage.done': 'done',
  errorTitle: 'A file could not be used',
  errorFile: '“{file}”: {reason}',
  dismiss: 'Dismiss',
  'error.unknownType': 'this is neither a GeoTIFF (.tif, .tiff) nor a GeoJSON (.geojson, .json) file.',
  'error.noDsm': 'footprints need a surface model: drop a DSM GeoTIFF with them.',
  'error.tooManyDsm': 'drop one surface model at a time ({count} GeoTIFF files were dropped).',
  'error.noCrs': 'the GeoTIFF does not say which coordinate system it uses (no EPSG code).',
  'error.json': 'this is not valid JSON ({detail}).',
  'error.geojson': 'this is not a GeoJSON FeatureCollection of polygons ({detail}).',
  'error.read': 'could not be read: {detail}',
  'error.sample': 'the sample town could not be loaded ({detail}).',
  panelTitle: 'Building {id}',
  closePanel: 'Close',
  properties: 'Properties',
  roofPlanes: 'Roof planes',
  'plane.id': 'Plane',
  'plane.pitch': 'Pitch',
  'plane.azimuth': 'Azimuth',
  'plane.area': 'Area',
  planesFromTruth:
    'Values from the sample’s construction data, until the rooftop engine computes them from the surface model.',
  noPlanes: 'No roof planes known for this building yet.',
  irradiationTitle: 'Annual irradiation',
  buildingIrradiation: 'Mean over the footprint’s cells: {value} (clear sky).',
} as const;

/** Keys of the interface strings. */
export type StringKey = keyof typeof EN;

const FR: Record<StringKey, string> = {
  appTitle: 'Gisement — carte solaire et d’aménagement',
  language: 'Langue',
  layersTitle: 'Couches',
  'layer.hillshade': 'Relief (ombrage du modèle de surface)',
  'layer.slope': 'Pente',
  'layer.irradiation': 'Irradiation annuelle (ciel clair)',
  'layer.buildings': 'Bâtiments',
  'layer.streets': 'Rues',
  'layer.counters': 'Compteurs de piétons',
  'layer.shops': 'Commerces et services',
  'layer.candidates': 'Locaux vacants',
  'legend.hillshade': 'Lumière du nord-ouest, à 45° : sombre = face opposée.',
  'legend.buildings': 'Emprise ; cliquer pour voir ses pans de toit.',
  'legend.irradiation':
    'Sur le plan propre de chaque maille, avec les ombres de ses abords ; année sans nuages (modèle ESRA, trouble de Linke 3).',
  'unit.degree': '°',
  'unit.irradiation': 'kWh/m²/an',
  'legend.streets': 'Rue, par type',
  'legend.counters': 'Site de comptage',
  'legend.shops': 'Commerce ou service',
  'legend.candidates': 'Local vacant',
  'street.primary': 'Route principale',
  'street.secondary': 'Route secondaire',
  'street.residential': 'Rue résidentielle',
  'street.pedestrian': 'Rue piétonne',
  'street.other': 'Autre voie',
  dataSource: 'Données : {source}',
  sampleSource: 'ville fictive près d’Albi (bâtiments non réels)',
  filesSource: 'vos fichiers ({files}) ; rien ne quitte cet ordinateur',
  dropHint: 'Déposez ici un modèle de surface GeoTIFF (.tif) et, si vous voulez, des emprises de bâtiments (.geojson).',
  chooseFiles: 'Choisir des fichiers…',
  progress: 'Calcul : {stage}',
  'stage.read': 'lecture du GeoTIFF',
  'stage.terrain': 'pente et relief',
  'stage.horizons': 'horizons dans 36 directions',
  'stage.irradiation': 'irradiation annuelle',
  'stage.warp': 'placement sur la carte',
  'stage.done': 'terminé',
  errorTitle: 'Un fichier n’a pas pu être utilisé',
  errorFile: '« {file} » : {reason}',
  dismiss: 'Fermer',
  'error.unknownType': 'ce n’est ni un GeoTIFF (.tif, .tiff) ni un GeoJSON (.geojson, .json).',
  'error.noDsm': 'des emprises seules ne suffisent pas : déposez-les avec un modèle de surface GeoTIFF.',
  'error.tooManyDsm': 'déposez un seul modèle de surface à la fois ({count} fichiers GeoTIFF déposés).',
  'error.noCrs': 'le GeoTIFF n’indique pas son système de coordonnées (pas de code EPSG).',
  'error.json': 'ce n’est pas du JSON valide ({detail}).',
  'error.geojson': 'ce n’est pas une FeatureCollection GeoJSON de polygones ({detail}).',
  'error.read': 'lecture impossible : {detail}',
  'error.sample': 'la ville d’exemple n’a pas pu être chargée ({detail}).',
  panelTitle: 'Bâtiment {id}',
  closePanel: 'Fermer',
  properties: 'Propriétés',
  roofPlanes: 'Pans de toit',
  'plane.id': 'Pan',
  'plane.pitch': 'Inclinaison',
  'plane.azimuth': 'Azimut',
  'plane.area': 'Surface',
  planesFromTruth:
    'Valeurs issues des données de construction de l’exemple, en attendant leur calcul par le moteur de toitures à partir du modèle de surface.',
  noPlanes: 'Aucun pan de toit connu pour ce bâtiment.',
  irradiationTitle: 'Irradiation annuelle',
  buildingIrradiation: 'Moyenne sur les mailles de l’emprise : {value} (ciel clair).',
};

const STRINGS: Record<Locale, Record<StringKey, string>> = { en: EN, fr: FR };

/** Every string key. */
export const STRING_KEYS = Object.keys(EN) as readonly StringKey[];

/**
 * An interface string in a language, with `{name}` placeholders replaced by `params[name]`
 * (as plain text: the caller puts the result in `textContent`, never in HTML).
 * @param locale interface language
 * @param key string key
 * @param params placeholder values
 * @returns the text
 * @throws Error naming the placeholder when a value is missing
 * @example translate('fr', 'panelTitle', { id: 'B01' }) // 'Bâtiment B01'
 */
export function translate(
  locale: Locale,
  key: StringKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return STRINGS[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`string "${key}" needs a value for {${name}}`);
    return String(value);
  });
}

/**
 * Whether a string is a supported locale (for state read from a URL or storage).
 * @example isLocale('fr') // true
 */
export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fr';
}
