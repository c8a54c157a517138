import { LIMITS } from '../../../shared/training/config'
import { PRESETS } from '../../../shared/training/presets'
import { parameterCount } from '../../../shared/network/weights-and-biases'
import { EN } from '../common/i18n/numbers'

const { n, range } = EN

/**
 * The English strings of the Train view: the data and network cards, the training form and the run panel.
 * Their Korean twins (strings.ko.ts) have this type, so a missing Korean key fails to compile;
 * common/i18n/catalogue.ts joins every feature's strings into the one catalogue `t()` returns.
 */
export const en = {
  train: {
    dataTitle: 'Training data',
    dataText: 'The MNIST handwritten digits, read from the files bundled with the app. Nothing is downloaded.',
    trainingImages: 'Training images',
    testImages: 'Test images',
    imageSize: 'Image size (px)',
    classes: 'Classes',
    tenDigits: '10 digits',
    source: 'Source:',
    mnistUnreadable: 'MNIST could not be read',
    networkTitle: 'The network',
    networkText: "3Blue1Brown's digit reader: every layer computes",
    formulaLabel: 'a prime equals sigma of W times a plus b',
    inputNeurons: 'input neurons',
    pixelBrightness: '— pixel brightness',
    hiddenNeurons: 'hidden neurons',
    firstHidden: '— first hidden layer',
    secondHidden: '— second hidden layer',
    outputNeurons: 'output neurons',
    brightestIsAnswer: '— the brightest is the answer',
    learning: `Learning is finding the ${n(parameterCount(PRESETS.classic.config.layers))} weights and biases that make the right output brightest. Runs and their epochs are kept in the model store and listed under Versions.`
  },
  form: {
    title: 'New training run',
    preset: 'Preset',
    presets: {
      classic: {
        title: 'Classic',
        description: "3Blue1Brown's network with Nielsen's chapter 1 settings: sigmoid everywhere, quadratic cost, η = 3."
      },
      modern: {
        title: 'Modern',
        description: 'The same 784–16–16–10 shape trained the way networks are today: ReLU, softmax with cross-entropy, He init, momentum.'
      },
      wide: { title: 'Wide', description: 'More neurons (784–128–64–10), trained like Modern: what a bigger network buys.' }
    },
    runName: 'Run name',
    defaultName: (preset: string, seed: string) => `${preset} · seed ${seed}`,
    layers: 'Neurons per layer',
    layersHint: `784 inputs, up to ${LIMITS.hiddenLayers.max} hidden layers of ${range(LIMITS.layerSize)}, 10 outputs`,
    fields: {
      eta: { label: 'Learning rate η', hint: 'how far each step moves the weights: too small is slow, too large overshoots' },
      etaDecay: { label: 'η decay per epoch', hint: 'shrinks η after every epoch; 1 keeps it constant' },
      batchSize: { label: 'Mini-batch size', hint: `images averaged into one step (${range(LIMITS.batchSize)}): larger is smoother, smaller steps more often` },
      epochs: { label: 'Epochs', hint: 'how many times it goes through all the training images' },
      momentum: { label: 'Momentum μ', hint: 'keeps part of the last step going, like a rolling ball; 0 for none' },
      l2: { label: 'L2 λ', hint: 'pulls every weight a little towards 0 at each step, against learning the training images by heart; 0 for none' },
      seed: { label: 'Seed', hint: 'picks the random start: the same seed gives the same weights' },
      subset: { label: 'Training images', hint: `how many of the ${n(LIMITS.trainingImages.max)} it learns from: fewer is faster` }
    },
    selects: {
      hiddenActivation: 'Hidden activation',
      outputActivation: 'Output',
      cost: 'Cost',
      init: 'Initial weights'
    },
    /** What each choice changes, in one line for someone who has seen only the first chapter. */
    selectHints: {
      hiddenActivation: 'how a hidden neuron turns its weighted sum into its activation',
      outputActivation: 'sigmoid lights each output on its own; softmax makes the ten outputs share 1 between them',
      cost: "how wrong an answer counts: quadratic adds up each output's squared error; cross-entropy punishes a confident mistake most",
      init: "the random weights it starts from: Xavier and He scale them to the layer's size"
    },
    choices: {
      sigmoid: 'sigmoid',
      relu: 'ReLU',
      tanh: 'tanh',
      softmax: 'softmax',
      quadratic: 'quadratic',
      'cross-entropy': 'cross-entropy',
      normal: 'normal',
      xavier: 'Xavier',
      he: 'He'
    } as Record<string, string>,
    /** English shows the schema's own message (the one main would send); other languages name the rule. */
    invalid: (_field: string, schemaMessage: string) => schemaMessage,
    train: 'Start training',
    oneAtATime: 'One run at a time: this one can start when the current run ends.'
  },
  run: {
    noRun: 'No run yet',
    status: {
      starting: 'Loading MNIST…',
      running: 'Training',
      paused: 'Paused',
      completed: 'Finished',
      cancelled: 'Cancelled — finished epochs kept',
      failed: 'Failed — finished epochs kept',
      interrupted: 'Interrupted — finished epochs kept',
      diverged: 'Diverged — stopped; nothing that is not a number was stored'
    },
    testAccuracy: (percent: string) => ` · test accuracy ${percent}`,
    intro: 'Pick a preset, adjust it if you like, and press Start training. Training runs in the background; drawing keeps working.',
    resume: 'Resume',
    pause: 'Pause',
    cancel: 'Cancel',
    couldNot: 'Could not do that',
    failed: 'The run failed',
    progress: 'Training progress',
    epoch: 'Epoch',
    epochOf: (epoch: number, epochs: number) => `${n(epoch)} of ${n(epochs)}`,
    done: 'Done',
    samplesPerSecond: 'Samples/s',
    timeLeft: 'Time left',
    runningCost: 'Running cost',
    costChart: 'Training cost per epoch',
    accuracyChart: 'Test accuracy per epoch'
  }
}

export type TrainStrings = typeof en

declare module '../common/i18n/messages' {
  // Adds this feature's strings to what t() returns.
  interface Messages extends TrainStrings {}
}
