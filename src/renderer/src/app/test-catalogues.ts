// vitest's setup for every test file: the renderer's modules read t() as in the app, so they get the
// catalogues that main.ts hands over before the first paint.
import { useCatalogues } from '../common/i18n/i18n.svelte'
import { en, ko } from './catalogue'

useCatalogues({ en, ko })
