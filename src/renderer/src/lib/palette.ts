/** Okabe & Ito's palette: one colour per compared version, told apart with any common colour-vision deficiency. */
export const SERIES = ['#56B4E9', '#E69F00', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#BBBBBB'] as const

export const seriesColor = (i: number) => SERIES[i % SERIES.length]
