// The language and theme choices moved to src/shared/settings/preferences.ts; this re-export keeps the
// renderer's imports working until its own re-layout points them there.
export * from '../settings/preferences'
