/** The web app's operations' ids by name, from the persisted query manifest (`vite.config.ts`). */
declare module 'virtual:persisted-query-ids' {
  const manifest: { operations: { id: string; name: string }[] };
  export default manifest;
}
