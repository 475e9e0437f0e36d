import { render } from 'preact';
import { extensionClient } from '../client';
import { checkClient } from './check-client';
import { CheckPage } from './check-page';

const params = new URLSearchParams(location.search);
render(
  <CheckPage
    client={extensionClient}
    checks={checkClient}
    url={params.get('url') ?? undefined}
    sample={params.get('sample') ?? undefined}
  />,
  document.getElementById('app')!,
);
