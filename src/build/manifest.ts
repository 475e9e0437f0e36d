export const buildManifest = (_t: string) => ({ manifest_version: 3 as const, name: 'LaborLens', version: '0.1.0' });
