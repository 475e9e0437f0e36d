import type { Res } from '../../shared/messages';
import { listSummaries } from '../../data/list-store';
import { getDb, getEngine } from '../engine-holder';

export async function listSummariesHandler(): Promise<Res<'listSummaries'>> {
  await getEngine(); // makes sure the bundled lists are stored
  return listSummaries(getDb());
}
