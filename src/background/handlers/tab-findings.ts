import type { Req, Res } from '../../shared/messages';
import { tabFindings } from '../tab-findings';

export const getTabFindings = async (req: Req<'getTabFindings'>): Promise<Res<'getTabFindings'>> =>
  tabFindings(req.tabId);
