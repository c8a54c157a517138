import { EN } from '../common/i18n/numbers'

const { n } = EN

/**
 * The English strings of the comparison of versions.
 * Their Korean twins (strings.ko.ts) have this type, so a missing Korean key fails to compile;
 * common/i18n/catalogue.ts joins every feature's strings into the one catalogue `t()` returns.
 */
export const en = {
  compare: {
    versionLabel: (id: number, name: string, epoch: number) => `#${id} ${name} · epoch ${n(epoch)}`,
    params: {
      layers: 'Layers',
      hiddenActivation: 'Hidden activation',
      outputActivation: 'Output',
      cost: 'Cost',
      init: 'Initial weights',
      eta: 'η',
      etaDecay: 'η decay',
      batchSize: 'Batch',
      epochs: 'Epochs planned',
      momentum: 'Momentum',
      l2: 'L2 λ',
      seed: 'Seed'
    },
    title: (count: number) => `Comparing ${n(count)} versions`,
    close: 'Close',
    couldNot: 'Could not compare',
    accuracyChart: 'Test accuracy per epoch',
    costChart: 'Training cost per epoch',
    matrices: 'Confusion matrices',
    matricesHint: '— rows: true digit, columns: answer; click a cell for its images',
    cellImages: (total: number, actual: number, id: number, predicted: number, shown: number) =>
      `${n(total)} test images of a ${actual} that version #${id} reads as ${predicted}${total > shown ? ` (first ${n(shown)})` : ''} — click one to open it in Draw.`,
    openImage: (index: number) => `Open test image ${index} in Draw`,
    hyperparameters: 'Hyperparameters',
    onlyDifferences: 'Only show differences',
    mnistAccuracy: 'MNIST test accuracy',
    myHandwriting: 'My handwriting',
    noneSaved: 'none saved',
    handwritingScore: (percent: string, count: number) => `${percent} of ${n(count)}`,
    drawingReadByEach: 'Your drawing, read by each',
    drawFirst: 'Draw a digit in the Draw view and it is read here by every compared version.',
    outputActivations: (list: string) => `Output activations: ${list}`,
    disagree: 'Where they disagree',
    disagreeCount: (total: string, of: string | null) => (of === null ? `— ${total} test images` : `— ${total} of ${of} test images`),
    disagreement: (index: number, label: number, answers: string) => `Test image ${index}, a ${label}; answers ${answers}`
  }
}

export type CompareStrings = typeof en

declare module '../common/i18n/messages' {
  // Adds this feature's strings to what t() returns.
  interface Messages extends CompareStrings {}
}
