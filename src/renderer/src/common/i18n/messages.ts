/**
 * Every string the renderer shows, by the part of the UI that shows it. Empty here: each feature's
 * `strings.en.ts` adds its own strings' type (`declare module`), so this folder names no feature; the shell
 * joins the features' strings into one catalogue per language (app/catalogue.ts) and hands them to
 * useCatalogues (i18n.svelte.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Messages {}
