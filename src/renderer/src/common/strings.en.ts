import { RUN_NAME_WORDS_EN } from '../../../shared/i18n/run-names'
import type { ErrorCode, Failure } from '../../../shared/ipc/types'
import { EN } from './i18n/numbers'

const { n } = EN

/**
 * The English strings shown by several features: the locale, durations, chart labels, run names and the wording of main’s failures.
 * Their Korean twins (strings.ko.ts) have this type, so a missing Korean key fails to compile;
 * common/i18n/catalogue.ts joins every feature's strings into the one catalogue `t()` returns.
 */
export const en = {
  locale: 'en-GB',
  format: {
    seconds: (s: string) => `${s} s`,
    minutesSeconds: (m: number, s: number) => `${m} min ${s} s`,
    hoursMinutes: (h: number, m: number) => `${h} h ${m} min`
  },
  charts: {
    epoch: 'epoch',
    digit: 'digit',
    shareOfImages: 'share of images',
    noEpochYet: 'no epoch finished yet',
    epochValue: (epoch: number, value: string) => `epoch ${n(epoch)}: ${value}`,
    epochPoint: (epoch: number, value: string) => `epoch ${n(epoch)} ${value}`,
    images: (label: string, count: string, percent: string) => `${label}: ${count} images (${percent}%)`,
    trainingSplit: (count: string) => `training (${count})`,
    testSplit: (count: string) => `test (${count})`,
    labelSummary: (digit: string, train: string, test: string) => `${digit}: ${train} training, ${test} test`,
    imagesPerDigit: 'Images per digit in MNIST',
    perDigitTitle: 'Accuracy per digit: which digits each version is good and bad at',
    perDigitLabel: 'Accuracy per digit',
    confusionCaption: (title: string) => `Confusion matrix of ${title}: rows are the true digit, columns the network's answer`,
    trueDigit: 'true digit',
    confusionCell: (count: number, actual: number, predicted: number) => `${n(count)} test images of a ${actual} read as ${predicted}`
  },
  /** Names Digitscope gives runs itself (stored as keys: run-names.ts). */
  runNames: RUN_NAME_WORDS_EN,
  /** English keeps the main process's own message, which names files and numbers; other languages say the reason in their words. */
  explain: (failure: Failure) => failure.message
}

export type CommonStrings = typeof en
export type ErrorTexts = Record<ErrorCode, string>

declare module './i18n/messages' {
  // Adds this feature's strings to what t() returns.
  interface Messages extends CommonStrings {}
}
