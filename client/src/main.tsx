import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo';
import { createRouter } from './app/router';
import { NoticeProvider } from './shared/notices/notices';

// nhsuk-frontend styles some components differently when scripts run. Its own snippet is an
// inline script, which the content security policy forbids, so the module entry adds the classes:
// a browser running this module supports what the snippet checks for.
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <NoticeProvider>
        <RouterProvider router={createRouter()} />
      </NoticeProvider>
    </ApolloProvider>
  </StrictMode>,
);
