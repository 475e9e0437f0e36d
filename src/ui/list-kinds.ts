// Reference tables are editions (the HS nomenclature, country codes, Xinjiang's places): they do
// not go stale the way a list of sanctioned entities does, so no age warning is shown for them.
const EDITIONS = new Set(['hs', 'countries', 'xinjiang-places']);

export const isEdition = (id: string): boolean => EDITIONS.has(id);
