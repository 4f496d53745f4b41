import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import AppProviders from './providers/AppProviders.js';
import { createAppRouter } from './router.js';

export default function App() {
  const [router] = useState(createAppRouter);
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
