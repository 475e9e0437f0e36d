// Ed25519 public keys (base64 of the raw 32 bytes) whose signed feeds this build trusts without
// any setting. Empty in the project's own build: LaborLens publishes no lists of its own yet, so an
// organisation names its key by policy (feedPublicKeys). A team that builds its own copy may list
// its key here; `npm run feed` prints it.
export const SHIPPED_FEED_KEYS: readonly string[] = [];
