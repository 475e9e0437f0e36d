import { render } from 'preact';
import { extensionClient } from '../client';
import { Popup } from './popup';

const params = new URLSearchParams(location.search);
// ?tab=N lets the popup be opened in a tab for a given tab id (tests, keyboard users).
const tab = params.get('tab');
render(<Popup client={extensionClient} tabId={tab ? Number(tab) : undefined} />, document.getElementById('app')!);
