import type { ErrorCode } from '../../../../shared/ipc/types'
import { LIMITS } from '../../../../shared/nn/config'
import { PRESETS } from '../../../../shared/nn/presets'
import { parameterCount } from '../../../../shared/nn/weights-and-biases'
import { numberFormatter, rangeFormatter } from './numbers'

const LOCALE = 'en-GB'
const n = numberFormatter(LOCALE)
const range = rangeFormatter(LOCALE)

/**
 * Every English string the renderer shows, grouped by the part of the UI that shows it. The Korean
 * catalogue has this type, so the compiler proves it complete. Functions take what a sentence needs.
 */
export const en = {
  locale: LOCALE,
  app: {
    tagline: 'See how a neural network reads handwriting',
    views: 'Views',
    tabs: {
      draw: { label: 'Draw', hint: 'Draw a digit and watch the network read it' },
      train: { label: 'Train', hint: 'Train networks on MNIST' },
      versions: { label: 'Versions', hint: 'Every trained version, compared' }
    },
    language: 'Language',
    languageSystem: 'System language',
    highContrast: 'High contrast',
    highContrastHint: 'A black and white theme with strong colours, for projectors and low vision',
    light: 'Light',
    lightHint: 'A light theme: dark ink on white, for projecting on a white wall and for daylight'
  },
  status: {
    mnist: (train: string, test: string) => `MNIST · ${train} training · ${test} test images`,
    mnistUnavailable: 'MNIST unavailable',
    readingMnist: 'Reading MNIST…',
    versionsStored: (count: number, formatted: string) => `${count === 1 ? '1 version' : `${formatted} versions`} stored`,
    databaseHint: 'The model store: every run and snapshot lives in this SQLite file'
  },
  format: {
    seconds: (s: string) => `${s} s`,
    minutesSeconds: (m: number, s: number) => `${m} min ${s} s`,
    hoursMinutes: (h: number, m: number) => `${h} h ${m} min`
  },
  draw: {
    noNetworkTitle: 'No trained network yet',
    noNetwork: 'Train one and every stroke you draw here will flow through it, layer by layer.',
    goToTrain: 'Go to Train',
    padTitle: 'Draw a digit',
    undo: 'Undo',
    undoHint: 'Undo the last stroke (Ctrl+Z)',
    clear: 'Clear',
    clearHint: 'Clear (Esc or Delete)',
    itIsA: 'It is a',
    digitYouDrew: 'The digit you drew',
    save: 'Save to my handwriting',
    saved: (label: number) => `Saved as a ${label} in your own test set (see Versions).`,
    inputTitle: 'Input layer',
    inputText: '784 neurons, each the brightness of one pixel, 0 to 1.',
    sampleAsInputs: (index: number, label: number) => `MNIST test image ${index}, labelled ${label}, as 784 input neurons`,
    drawingAsInputs: 'Your drawing as 784 input neurons',
    sampleCaption: (index: number) => `MNIST test image #${index} · labelled`,
    answerTitle: "The network's answer",
    versionPicker: 'Version to read with',
    versionOption: (id: number, run: string, epoch: number, accuracy: string) => `#${id} · ${run} · epoch ${epoch} · ${accuracy}`,
    drawToSee: 'Draw a digit to see what the network thinks.',
    noAnswer: 'No answer: none of the outputs is a number (the network has diverged).',
    loadingNetwork: 'Loading the network…',
    readsBefore: 'It reads a',
    readsAfter: '',
    confidence: (percent: number) => ` (${percent} % of the output brightness)`,
    outputTitle: 'Output layer: one neuron per digit',
    insideTitle: 'Inside the network',
    pushesUp: 'pushes up',
    pushesDown: 'pushes down',
    clickNeuron: 'click a neuron',
    everyLayer: 'Every layer',
    digitNeuron: (digit: number) => `digit ${digit}`,
    hiddenNeuron: (index: number) => `neuron ${index}`,
    hiddenLayerTitle: (layer: number, size: number, inputs: number) => `Hidden layer ${layer}: ${size} neurons · W is ${size} × ${inputs}`,
    mnistUnreadable: 'MNIST could not be read'
  },
  pad: {
    label: 'Drawing pad: draw a digit with the mouse, a pen or a finger, or with the keyboard',
    roleDescription: 'drawing pad',
    hint: 'Draw a digit here',
    keys: 'Undo Ctrl+Z · clear Esc · keyboard: arrows move the pen (Shift for small steps), Space puts it down or lifts it',
    penDown: 'Pen down',
    penUp: 'Pen up',
    position: (across: number, down: number) => `${across}% across, ${down}% down`
  },
  pipeline: {
    title: 'What the network sees',
    steps: [
      { title: 'Crop', text: 'Cut the drawing down to the box around the ink.' },
      { title: '20 × 20', text: 'Shrink it so its longer side is 20 pixels, keeping its shape; each pixel averages the area it covers.' },
      { title: '28 × 28', text: 'Place it in 28 × 28 so its centre of mass is in the middle — exactly how MNIST was made.' }
    ]
  },
  bars: {
    activation: (value: string) => `activation ${value}`,
    noInput: 'no input yet'
  },
  neuron: {
    output: (digit: number) => `Output neuron for the digit ${digit}`,
    hidden: (layer: number, index: number) => `Hidden layer ${layer}, neuron ${index}`,
    openInspector: (name: string) => `${name}: open the neuron inspector`,
    inputLayer: 'Input layer: 784 neurons',
    columnInput: 'input',
    columnHidden: (layer: number) => `hidden ${layer}`,
    columnOutput: 'output',
    closeInspector: 'Close the neuron inspector',
    incomingWeightsLabel: (count: number) => `Its ${count} incoming weights`,
    incomingWeights: 'Incoming weights',
    patternItLooksFor: '— the pattern this neuron looks for',
    contributionsLabel: 'Weight times input for the current digit',
    drawADigit: 'draw a digit',
    contributions: 'Weight × input: what pushed it up or down just now',
    bias: 'bias b',
    weightedSum: 'weighted sum z',
    activation: 'activation a',
    inputs: 'inputs',
    previous: 'prev',
    positive: 'positive',
    negative: 'negative',
    strongerIsLarger: 'stronger colour = larger'
  },
  browser: {
    title: (split: 'train' | 'test') => `MNIST ${split === 'train' ? 'training' : 'test'} images`,
    pick: 'Pick one to load it into the network instead of a drawing.',
    wrongOnly: 'Only the ones this version gets wrong',
    previous: 'Previous page',
    next: 'Next page',
    range: (from: string, to: string, total: string) => `${from}–${to} of ${total}`,
    rangeEmpty: (total: string) => `0 of ${total}`,
    image: (split: 'train' | 'test', index: number, label: number, predicted?: number) =>
      `${split} image ${index}, labelled ${label}${predicted === undefined ? '' : `, read as ${predicted}`}`
  },
  charts: {
    epoch: 'epoch',
    digit: 'digit',
    shareOfImages: 'share of images',
    noEpochYet: 'no epoch finished yet',
    epochValue: (epoch: number, value: string) => `epoch ${epoch}: ${value}`,
    epochPoint: (epoch: number, value: string) => `epoch ${epoch} ${value}`,
    images: (label: string, count: string, percent: string) => `${label}: ${count} images (${percent}%)`,
    trainingSplit: (count: string) => `training (${count})`,
    testSplit: (count: string) => `test (${count})`,
    labelSummary: (digit: string, train: string, test: string) => `${digit}: ${train} training, ${test} test`,
    imagesPerDigit: 'Images per digit in MNIST',
    perDigitTitle: 'Accuracy per digit: which digits each version is good and bad at',
    perDigitLabel: 'Accuracy per digit',
    confusionCaption: (title: string) => `Confusion matrix of ${title}: rows are the true digit, columns the network's answer`,
    trueDigit: 'true digit',
    confusionCell: (count: number, actual: number, predicted: number) => `${count} test images of a ${actual} read as ${predicted}`
  },
  train: {
    dataTitle: 'Training data',
    dataText: 'The MNIST handwritten digits, read from the files bundled with the app. Nothing is downloaded.',
    trainingImages: 'Training images',
    testImages: 'Test images',
    imageSize: 'Image size',
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
        description: 'The same 784-16-16-10 shape trained the way networks are today: ReLU, softmax with cross-entropy, He init, momentum.'
      },
      wide: { title: 'Wide', description: 'More neurons (784-128-64-10), trained like Modern: what a bigger network buys.' }
    },
    runName: 'Run name',
    defaultName: (preset: string, seed: string) => `${preset} · seed ${seed}`,
    layers: 'Neurons per layer',
    layersHint: `784 inputs, up to ${LIMITS.hiddenLayers.max} hidden layers of ${range(LIMITS.layerSize)}, 10 outputs`,
    fields: {
      eta: { label: 'Learning rate η', hint: 'step size of gradient descent' },
      etaDecay: { label: 'η decay per epoch', hint: '1 keeps η constant' },
      batchSize: { label: 'Mini-batch size', hint: range(LIMITS.batchSize) },
      epochs: { label: 'Epochs', hint: 'passes over the training images' },
      momentum: { label: 'Momentum μ', hint: '0 is plain SGD' },
      l2: { label: 'L2 λ', hint: 'weight decay; 0 for none' },
      seed: { label: 'Seed', hint: 'same seed, same weights' },
      subset: { label: 'Training images', hint: 'fewer trains faster' }
    },
    selects: {
      hiddenActivation: 'Hidden activation',
      outputActivation: 'Output',
      cost: 'Cost',
      init: 'Initial weights'
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
    train: 'Train',
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
    testAccuracy: (percent: string) => ` · test accuracy ${percent} %`,
    intro: 'Pick a preset, adjust it if you like, and press Train. Training runs in the background; drawing keeps working.',
    resume: 'Resume',
    pause: 'Pause',
    cancel: 'Cancel',
    couldNot: 'Could not do that',
    failed: 'The run failed',
    progress: 'Training progress',
    epoch: 'Epoch',
    epochOf: (epoch: number, epochs: number) => `${epoch} of ${epochs}`,
    done: 'Done',
    samplesPerSecond: 'Samples/s',
    timeLeft: 'Time left',
    runningCost: 'Running cost',
    costChart: 'Training cost per epoch',
    accuracyChart: 'Test accuracy per epoch'
  },
  versions: {
    regionLabel: 'Versions; drop a .digitscope.json file here to import it',
    storeUnreadable: 'The model store could not be read',
    emptyTitle: 'No versions yet',
    emptyText: 'Every epoch of every training run is kept here as a version you can name, draw with and compare. Train your first network to get started, or drop a model file here.',
    goToTrain: 'Go to Train',
    title: 'Versions',
    filter: 'Filter by name, preset, layers…',
    filterLabel: 'Filter versions',
    sort: 'Sort',
    sortNewest: 'newest run first',
    sortAccuracy: 'best accuracy first',
    sortName: 'run name',
    import: 'Import…',
    compare: (count: number) => (count >= 2 ? `Compare ${count} versions` : 'Compare versions'),
    hint: 'Tick two or more versions to compare them. Drop a .digitscope.json file anywhere here to import it.',
    columns: {
      compare: 'Compare',
      version: 'Version',
      epoch: 'Epoch',
      accuracy: 'Test accuracy',
      cost: 'Training cost',
      time: 'Training time',
      saved: 'Saved',
      actions: 'Actions'
    },
    runStatus: {
      running: 'running',
      paused: 'paused',
      completed: 'completed',
      cancelled: 'cancelled',
      failed: 'failed',
      interrupted: 'interrupted',
      diverged: 'diverged',
      imported: 'imported'
    } as Record<string, string>,
    custom: 'custom',
    etaBatch: (eta: number, batch: number) => ` · η ${eta} · batch ${batch}`,
    fineTunedFrom: (id: number) => `fine-tuned from #${id}`,
    deleteRun: 'Delete run',
    deleteRunLabel: (name: string) => `Delete run ${name}`,
    compareVersion: (id: number) => `Compare version ${id}`,
    nameTagsNotes: 'Name, tags and notes',
    rename: 'rename',
    inDraw: 'In Draw',
    drawWithIt: 'Draw with it',
    useLabel: (action: string, id: number) => `${action}: version ${id}`,
    export: 'Export',
    exportLabel: (id: number) => `Export version ${id}`,
    onnxLabel: (id: number) => `Export version ${id} as ONNX`,
    fineTune: 'Fine-tune',
    fineTuneLabel: (id: number) => `Fine-tune version ${id} on my handwriting`,
    fineTuneHint: 'Train it 3 more epochs on your saved drawings mixed with MNIST',
    name: 'Name',
    tags: 'Tags',
    notes: 'Notes',
    nameLabel: (id: number) => `Name of version ${id}`,
    tagsLabel: (id: number) => `Tags of version ${id}, separated by commas`,
    tagsPlaceholder: 'baseline, good at 7s',
    notesLabel: (id: number) => `Notes on version ${id}`,
    save: 'Save',
    cancel: 'Cancel',
    failed: 'That did not work',
    confirmDelete: (name: string, count: number) => `Delete the run “${name}” and its ${count} version${count === 1 ? '' : 's'}? This cannot be undone.`,
    deleted: 'Deleted',
    deletedText: (name: string) => `The run “${name}” and its versions are gone.`,
    imported: 'Imported',
    importedText: (file: string, id: number) => `${file} is version #${id}.`,
    fineTuning: 'Fine-tuning',
    fineTuningText: (id: number, shortcut: string) => `Version #${id} is learning your handwriting in a new run; follow it in Train (${shortcut}).`
  },
  compare: {
    versionLabel: (id: number, name: string, epoch: number) => `#${id} ${name} · epoch ${epoch}`,
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
    title: (count: number) => `Comparing ${count} versions`,
    close: 'Close',
    couldNot: 'Could not compare',
    accuracyChart: 'Test accuracy per epoch',
    costChart: 'Training cost per epoch',
    matrices: 'Confusion matrices',
    matricesHint: '— rows: true digit, columns: answer; click a cell for its images',
    cellImages: (total: number, actual: number, id: number, predicted: number, shown: number) =>
      `${total} test images of a ${actual} that version #${id} reads as ${predicted}${total > shown ? ` (first ${shown})` : ''} — click one to open it in Draw.`,
    openImage: (index: number) => `Open test image ${index} in Draw`,
    hyperparameters: 'Hyperparameters',
    onlyDifferences: 'Only show differences',
    mnistAccuracy: 'MNIST test accuracy',
    myHandwriting: 'My handwriting',
    noneSaved: 'none saved',
    handwritingScore: (percent: string, count: number) => `${percent} of ${count}`,
    drawingReadByEach: 'Your drawing, read by each',
    drawFirst: 'Draw a digit in the Draw view and it is read here by every compared version.',
    outputActivations: (list: string) => `Output activations: ${list}`,
    disagree: 'Where they disagree',
    disagreeCount: (total: string, of: string | null) => (of === null ? `— ${total} test images` : `— ${total} of ${of} test images`),
    disagreement: (index: number, label: number, answers: string) => `Test image ${index}, a ${label}; answers ${answers}`
  },
  handwriting: {
    title: 'My handwriting',
    saved: (count: number) => `· ${count} saved`,
    text: 'Your own test set: save drawings from the Draw view with their label. The comparison shows how each version does on them.',
    drawingOf: (label: number) => `Your drawing of a ${label}`,
    labelOf: (id: number) => `Label of drawing ${id}`,
    deleteDrawing: (id: number) => `Delete drawing ${id}`
  },
  errors: {
    'invalid-argument': 'That request was not valid.',
    'unknown-channel': 'That request is unknown.',
    'not-found': 'It is not there any more.',
    'dataset-unavailable': 'MNIST could not be read.',
    database: 'The database could not be used.',
    'foreign-database': 'That file is not a Digitscope database this version can use.',
    'untrusted-sender': 'That request came from outside the app and was refused.',
    'disk-full': 'The disk is full.',
    'read-only': 'The database is read-only.',
    busy: 'Busy: another run is going.',
    internal: 'Something went wrong inside Digitscope.'
  } satisfies ErrorTexts as ErrorTexts,
  /** English keeps the main process's own message, which names files and numbers; other languages lead with a summary. */
  errorMessage: (_summary: string, detail: string) => detail,
  // @groups-end
}

export type Messages = typeof en
export type ErrorTexts = Record<ErrorCode, string>
