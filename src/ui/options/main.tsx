import { render } from 'preact';
import { extensionClient } from '../client';
import { Options } from './options';

render(<Options client={extensionClient} />, document.getElementById('app')!);
