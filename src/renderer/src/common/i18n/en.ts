import { RUN_NAME_WORDS_EN } from '../../../../shared/i18n/run-names'
import type { ErrorCode, Failure } from '../../../../shared/ipc/types'
import { LIMITS } from '../../../../shared/nn/config'
import { PRESETS } from '../../../../shared/nn/presets'
import { parameterCount } from '../../../../shared/nn/weights-and-biases'
import { decimalFormatter, numberFormatter, rangeFormatter } from './numbers'

const LOCALE = 'en-GB'
const n = numberFormatter(LOCALE)
const [twoPlaces, threePlaces] = [decimalFormatter(LOCALE, 2), decimalFormatter(LOCALE, 3)]
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
      versions: { label: 'Versions', hint: 'Every trained version, compared' },
      lesson: { label: 'Lesson', hint: "Follow 3Blue1Brown's lecture step by step, with your own drawing" }
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
    storeSize: (size: string) => `${size} on disk`,
    storeSizeHint: 'The size of the database and its write-ahead log; thin long runs in Versions to make it smaller',
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
    versionOption: (id: number, run: string, epoch: number, accuracy: string) => `#${id} · ${run} · epoch ${n(epoch)} · ${accuracy}`,
    epochOption: (id: number, epoch: number, accuracy: string) => `#${id} · epoch ${n(epoch)} · ${accuracy}`,
    searchVersions: 'Search runs, names, notes, tags…',
    noVersions: 'No versions yet',
    showVersions: 'Show the versions',
    versionList: 'Versions to read with',
    recentlyUsed: 'Recently used',
    moreEpochs: (count: number, formatted: string) => `more epochs… (${count === 1 ? '1 more' : `${formatted} more`})`,
    moreEpochsLabel: (run: string, count: number, formatted: string) => `Show ${count === 1 ? 'the other epoch' : `the other ${formatted} epochs`} of ${run}`,
    noMatch: 'No version matches.',
    drawToSee: 'Draw a digit to see what the network thinks.',
    noAnswer: 'No answer: none of the outputs is a number (the network has diverged).',
    loadingNetwork: 'Loading the network…',
    readsBefore: 'It reads a',
    readsAfter: '',
    confidence: (activation: string, percent: number) => ` (activation ${activation}; ${percent}% of all the output brightness)`,
    outputTitle: 'Output layer: one neuron per digit',
    insideTitle: 'Inside the network',
    pushesUp: 'pushes up',
    pushesDown: 'pushes down',
    clickNeuron: 'click a neuron',
    strongestShown: 'Shown: each neuron’s strongest inputs for this digit. Every neuron is connected to every neuron of the layer before.',
    allConnectionsShown: 'Shown: every connection between the neuron layers; from the input image, each neuron’s two strongest pixels.',
    allConnections: 'All connections',
    firstLayerTitle: 'What each first-layer neuron looks for',
    firstLayerText: 'Each neuron of hidden layer 1 as its 784 weights, side by side: the pixel pattern it looks for. Click one to inspect it with the current digit.',
    firstLayerSome: (shown: number, total: number) => `The first ${n(shown)} of ${n(total)}.`,
    everyLayer: 'Every layer',
    digitNeuron: (digit: number) => `digit ${digit}`,
    hiddenNeuron: (index: number) => `neuron ${index}`,
    layerNeuron: (layer: number, index: number) => `Hidden layer ${layer}, neuron ${index}`,
    rowPerNeuron: (rows: number, cols: number) => `W has one row per neuron: ${n(rows)} rows of ${n(cols)} weights.`,
    lectureNumbering: 'The lecture counts the input as the first layer, so its “second layer” is hidden layer 1 here.',
    hiddenLayerTitle: (layer: number, size: number, inputs: number) => `Hidden layer ${layer}: ${n(size)} neurons · W is ${n(size)} × ${n(inputs)}`,
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
    /** A tile that shows the neuron's number: its name keeps the number a word of its own (for speech input). */
    tile: (layer: number, index: number) => `Hidden layer ${layer}, neuron ${index}`,
    openInspector: (name: string) => `${name}: open the neuron inspector`,
    inputLayer: 'Input layer: 784 neurons',
    columnInput: 'input',
    columnHidden: (layer: number) => `hidden ${layer}`,
    columnOutput: 'output',
    closeInspector: 'Close the neuron inspector',
    incomingWeightsLabel: (count: number) => `Its ${n(count)} incoming weights`,
    incomingWeights: 'Incoming weights',
    patternItLooksFor: '— the pattern this neuron looks for',
    contributionsLabel: 'Weight times input for the current digit',
    drawADigit: 'draw a digit',
    contributions: 'Weight × input: what pushed it up or down just now',
    bias: 'bias b',
    biasHint: 'The bias b is a threshold: how large the weighted sum w · a must get before the neuron switches on.',
    sigmoidIs: 'σ is the sigmoid: it squashes z into 0…1.',
    weightedSum: 'z = weighted sum + bias',
    activation: 'activation a',
    inputs: 'inputs',
    history: {
      title: 'Across epochs',
      loading: 'Reading the stored epochs…',
      tooFew: 'Only one epoch of this run is stored: nothing to play.',
      play: 'Play',
      pause: 'Pause',
      epochSlider: 'Epoch shown',
      epoch: (epoch: number) => (epoch === 0 ? 'start (epoch 0)' : `epoch ${epoch}`),
      weightsAt: (epoch: number) => (epoch === 0 ? 'Its weights at the start' : `Its weights after epoch ${n(epoch)}`),
      changeLabel: 'The change of its weights since the epoch before',
      changeSince: (epoch: number) => (epoch === 0 ? 'Change since the start' : `Change since epoch ${n(epoch)}`),
      start: 'The start: random weights, before any learning',
      movement: 'How far each layer’s weights moved, epoch by epoch:',
      movementLabel: 'A line per layer: the root-mean-square change of its weights from one epoch to the next',
      layer: (layer: number, output: boolean) => (output ? 'output layer' : `hidden layer ${layer}`),
      noStart: 'This run was stored before the starting weights were kept, so it begins at its first epoch.'
    },
    experiments: {
      responds: 'What does it respond to?',
      switchOff: 'Switch it off',
      working: 'Testing on 10,000 images…',
      switchedOff: (before: string, after: string) => `Test accuracy ${before} with it, ${after} with it held at 0.`,
      perDigit: 'Accuracy per digit, with and without it',
      on: 'With it',
      off: 'Switched off',
      selectivity: 'Compare with what it responds to: a neuron that is selective for one digit is often not the one the network needs most for it (Morcos et al., 2018).'
    },
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
  },
  versions: {
    regionLabel: 'Versions; drop a .digitscope.json file here to import it',
    storeUnreadable: 'The model store could not be read',
    emptyTitle: 'No versions yet',
    emptyText: 'Every epoch of every training run is kept here as a version you can name, draw with and compare. Train your first network to get started, or drop a model file here.',
    goToTrain: 'Go to Train',
    title: 'Versions',
    filter: 'Filter by name, notes or tag…',
    filterLabel: 'Filter versions',
    sort: 'Sort',
    sorts: {
      newest: 'newest run first',
      oldest: 'oldest run first',
      best: 'best accuracy first',
      name: 'run name'
    },
    import: 'Import…',
    compare: (count: number) => (count >= 2 ? `Compare ${n(count)} versions` : 'Compare versions'),
    hint: 'Arrow keys move through the list; Enter or Space opens a run, Space ticks a version. Tick two to eight versions, from any runs, to compare them. Drop a .digitscope.json file anywhere here to import it.',
    storeSize: (size: string, count: number, formatted: string) => `Database: ${size} · ${count === 1 ? '1 version' : `${formatted} versions`}`,
    treeLabel: 'Runs and their versions',
    columns: {
      compare: 'Compare',
      version: 'Version',
      epoch: 'Epoch',
      accuracy: 'Test accuracy',
      cost: 'Training cost',
      actions: 'Actions'
    },
    epochs: (count: number, formatted: string) => (count === 1 ? '1 epoch' : `${formatted} epochs`),
    lastEpoch: (epoch: number, accuracy: string) => `last: epoch ${n(epoch)}, ${accuracy}`,
    bestEpoch: (epoch: number, accuracy: string) => `best: epoch ${n(epoch)}, ${accuracy}`,
    showEpochs: (name: string, count: number, formatted: string) => `Show the ${count === 1 ? 'epoch' : `${formatted} epochs`} of ${name}`,
    hideEpochs: (name: string) => `Hide the epochs of ${name}`,
    loadingEpochs: 'Loading the epochs…',
    loadingRun: 'Loading…',
    noMatch: (text: string) => `No run or version matches “${text}”.`,
    best: 'best',
    last: 'last',
    trainedSaved: (time: string, saved: string) => `${time} of training · saved ${saved}`,
    savedAt: (saved: string) => `saved ${saved}`,
    thin: 'Thin…',
    thinLabel: (name: string) => `Thin run ${name}…`,
    thinHint: 'Keep fewer of this run’s epochs, to free space',
    thinTitle: (name: string) => `Thin “${name}”`,
    thinText: 'Keeps the first, the last and the best epoch, every k-th one, and every epoch you named, tagged, annotated or fine-tuned from. The others are deleted.',
    thinEvery: 'Keep every k-th epoch, k =',
    thinChecking: 'Working out what would go…',
    thinKeeps: (kept: number, total: number, epochs: string) => `Keeps ${n(kept)} of ${n(total)} epochs: ${epochs}.`,
    thinRemoves: (count: number, formatted: string, size: string) =>
      count === 0 ? 'Nothing to remove: every epoch is kept.' : `Removes ${count === 1 ? '1 epoch' : `${formatted} epochs`}, which frees about ${size}.`,
    thinConfirm: (count: number, formatted: string) => (count === 1 ? 'Remove 1 epoch' : `Remove ${formatted} epochs`),
    thinned: 'Thinned',
    thinnedText: (name: string, removed: string, size: string) => `“${name}”: ${removed} removed, ${size} freed.`,
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
    etaBatch: (eta: number, batch: number) => ` · η ${eta} · batch ${n(batch)}`,
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
    confirmDelete: (name: string, count: number) => `Delete the run “${name}” and its ${n(count)} version${count === 1 ? '' : 's'}? This cannot be undone.`,
    deleted: 'Deleted',
    deletedText: (name: string) => `The run “${name}” and its versions are gone.`,
    imported: 'Imported',
    importedText: (file: string, id: number) => `${file} is version #${id}.`,
    fineTuning: 'Fine-tuning',
    fineTuningText: (id: number, shortcut: string) => `Version #${id} is learning your handwriting in a new run; follow it in Train (${shortcut}).`
  },
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
  },
  lesson: {
    stepsLabel: 'Steps of the lesson',
    stepOf: (step: number, count: number) => `Step ${step} of ${count}`,
    previous: 'Previous',
    next: 'Next',
    yourDrawing: 'Your drawing',
    padHint: 'Draw a digit here: every step reads it.',
    readsAs: (digit: number) => `The network reads your drawing as ${digit}.`,
    readsNoiseAs: (digit: number) => `The network reads this noise as ${digit}, though it is no digit at all.`,
    noise: 'Noise',
    noiseHint: 'Feed the network random pixels instead of a drawing',
    predictFirst: 'Predict first',
    noWrongAnswer: 'There is no wrong answer here: now look.',
    right: 'Right!',
    notQuite: (answer: string) => `Not quite. The answer: ${answer}`,
    askAgain: 'Ask me again',
    needsMnist: 'This step needs the MNIST test images, which could not be read.',
    drawFirst: 'Draw a digit on the pad first.',
    needsVersion: 'This step needs a trained version to read with: train one, or pick one in Draw.',
    needsHiddenVersion: 'This step needs a version with 784 inputs and at least one hidden layer.',
    sigmoidCurve: 'The sigmoid curve: σ(z) rises from 0 to 1 as z goes from −10 to 10',
    sigmoidAt: (z: number, a: number) => `The sigmoid curve, marked at z = ${twoPlaces(z)}, where σ(z) = ${threePlaces(a)}`,
    painterLabel: "Your neuron's 784 weights, one per pixel",
    painterHelp: 'Paint with the mouse, or move with the arrow keys and paint with Space. Your drawing shows faintly underneath.',
    brush: 'Brush',
    brushes: { positive: 'Positive', negative: 'Negative', erase: 'Erase' },
    presetEdge: 'Preset: a short horizontal edge, upper middle',
    clearWeights: 'Clear the weights',
    steps: {
      recognise: {
        title: 'How do we recognise a 3?',
        text: [
          'You read a 3 at once, however it is drawn: thick or thin, slanted or upright, and you never take it for an 8.',
          'A program sees only which pixels are lit. Could it tell a 3 from an 8 by counting the lit pixels two images share?'
        ]
      },
      neuron: {
        title: 'A neuron holds a number',
        text: [
          'For now, a neuron is a thing that holds a number between 0 and 1: its activation.',
          'The network starts with 784 of them, one per pixel of a 28 × 28 image. Each holds its pixel’s brightness: 0 for black, 1 for white. Point at a pixel to read its number.'
        ]
      },
      network: {
        title: 'The network',
        text: [
          'The activations of one layer decide the activations of the next. After the 784 input neurons come two hidden layers of 16, then 10 output neurons, one per digit.',
          'The brightest output neuron is the network’s answer.'
        ]
      },
      layers: {
        title: 'Why layers?',
        text: [
          'A 9 is a loop on top of a line; an 8 is two loops. The hope: the first hidden layer finds small edges, the second puts edges together into loops and lines, and the output layer puts those together into digits.',
          'Each first-layer neuron has one weight per pixel. Shown as a 28 × 28 image, each pixel is coloured by its weight.'
        ]
      },
      weights: {
        title: 'Weights',
        text: [
          'To make a neuron notice an edge in one region, give positive weights to the pixels of that region and 0 to the rest. Its weighted sum is then the sum of the brightness there. Negative weights around the region make it answer only to a bright line with dark around it.',
          'Build one: paint positive weights on a band and negative ones around it, or start from the preset.'
        ]
      },
      sigmoid: {
        title: 'The sigmoid',
        text: [
          'A weighted sum can be any number, but an activation lies between 0 and 1. The sigmoid, σ(z) = 1 / (1 + e⁻ᶻ), squashes it there: very negative sums to about 0, very positive ones to about 1, and 0 to exactly ½.'
        ]
      },
      bias: {
        title: 'Bias',
        text: [
          'Maybe the neuron should only switch on when the weighted sum is above 10. Add a bias of −10 before the sigmoid: z = weighted sum + bias, and the neuron becomes active only when z is above 0.',
          'The bias is a threshold, a “bias for inactivity”. Drag it and watch your drawing switch your neuron on and off.'
        ]
      },
      matrix: {
        title: 'The whole picture',
        text: [
          'Every neuron is connected to every neuron of the layer before. A whole layer is then one matrix product: a⁽¹⁾ = σ(W a⁽⁰⁾ + b).',
          'In this app each row of W is one neuron’s weights, so W has one row per neuron. The lecture notes write each neuron’s connections as a column: that is the same matrix transposed (rows and columns swapped), and either way each neuron gets its own list of weights.'
        ]
      },
      learning: {
        title: 'Learning',
        text: [
          'Learning means finding all the weights and biases: numbers that make the network read digits. Nobody sets them by hand; training finds them from 60,000 labelled MNIST images.'
        ]
      },
      hope: {
        title: 'Does the hope hold?',
        text: [
          'The lecture hoped the hidden layers would find edges and then loops and lines. Now look at what a trained network really learned.'
        ]
      }
    },
    recognise: {
      figure: 'Three 3s and an 8 from the MNIST test set',
      imageLabel: (i: number, label: number) => `Image ${i}, a ${label}`,
      caption: (i: number) => (i === 4 ? 'the 8' : ['the first 3', 'the second 3', 'the third 3'][i - 1]),
      question: 'Which image shares the most lit pixels with the first 3?',
      choices: ['The second 3', 'The third 3', 'The 8'],
      reveal: (second: number, third: number, eight: number) => `Lit pixels shared with the first 3: the second 3, ${second}; the third 3, ${third}; the 8, ${eight}.`,
      moral: 'Two 3s can share fewer lit pixels than a 3 and an 8 do: counting shared pixels cannot tell a 3 from an 8. The network has to learn which parts make a 3 a 3.'
    },
    neuron: {
      figure: 'The 784 input neurons, each the brightness of one pixel',
      pixel: (row: number, col: number, value: string) => `Row ${row}, column ${col}: activation ${value}`,
      pointAtPixel: 'Point at a pixel to read its activation.',
      question: 'How many of the 784 input neurons does your drawing switch on (activation above 0)?',
      choices: ['Fewer than 100', '100 to 199', '200 to 399', '400 or more'],
      reveal: (lit: string, dark: string) => `${lit} input neurons hold a number above 0; the other ${dark} hold 0.`
    },
    network: {
      shape: (layers: string) => `This network: ${layers} neurons`,
      hiddenTitle: (layer: number, size: number) => `Hidden layer ${layer}: ${n(size)} neurons`,
      question: 'Which output neuron will be the brightest for your drawing?',
      reveal: (digit: number, activation: string) => `The brightest output neuron is ${digit}, with activation ${activation}. The bars below are every layer’s activations.`,
      noise: 'Try “Noise” under the pad: random pixels get an answer too, often a confident one. The network has only ever seen digits, so it has no way to say “this is not a digit”.'
    },
    layers: {
      weightImage: (letter: string, neuron: number) => `Neuron ${letter} (hidden layer 1, neuron ${neuron}): its weights as a 28 × 28 image`,
      neuronName: (neuron: number) => `neuron ${neuron}`,
      question: (count: number) => `Which of these ${count} first-layer neurons will be the most active for your drawing?`,
      reveal: 'All 16 neurons of the first hidden layer, with their activation for your drawing:',
      hope: 'The lecture’s “second layer” is this app’s hidden layer 1. Do these look like small edges? Keep the question for the last step.',
      legend: 'Blue pixels: positive weights, which raise the neuron’s activation when lit; orange: negative ones, which lower it.'
    },
    weights: {
      formula: 'weighted sum = w₁a₁ + w₂a₂ + … + w₇₈₄a₇₈₄',
      yourSum: (sum: string) => `Its weighted sum for your drawing: ${sum}`,
      candidate: (letter: string, label: number) => `Image ${letter}, a ${label}`,
      question: 'Which of these four images will give your neuron the largest weighted sum?',
      reveal: (sums: string) => `Weighted sums: ${sums}`,
      moral: 'The weights say which pixel pattern the neuron looks for: ink on the positive pixels raises the sum, ink on the negative ones lowers it.',
      contributionLabel: (letter: string) => `Image ${letter}: weight times pixel`,
      contributionText: 'Weight × pixel for each image: blue where its ink lies on positive weights and adds to the sum, orange where it lies on negative ones and takes away.',
      paintFirst: 'Paint a few weights first, or use the preset.'
    },
    sigmoid: {
      dragZ: 'Drag z',
      question: 'What is σ(−1000)?',
      choices: ['−1000', 'Almost exactly 0', '½', '1'],
      reveal: 'σ(−1000) = 1 / (1 + e¹⁰⁰⁰): the denominator is astronomically large, so the activation is 0 for every practical purpose. However negative the sum, the neuron stays between 0 and 1.'
    },
    bias: {
      dragBias: 'Bias b',
      weightedSum: 'weighted sum w · a',
      biasRow: 'bias b',
      zRow: 'z = w · a + b',
      activationRow: 'activation σ(z)',
      question: 'Drag the bias: from which bias on is your neuron active (σ(z) above ½) for your drawing?',
      choices: ['From b above 0', 'From b above −(w · a)', 'From b above w · a', 'Never: σ(z) stays below ½'],
      reveal: (sum: string, threshold: string) => `z = w · a + b is above 0, and σ(z) above ½, once b is above −(w · a). Your weighted sum is ${sum}, so from b = ${threshold}: drag the slider past it and watch σ(z) cross ½.`,
      moral: 'The bias decides how large the weighted sum must get before the neuron switches on.'
    },
    tryIt: {
      title: 'Put it in the network',
      text: 'Your neuron replaces one neuron of the first hidden layer of the version you read with. The 10,000 MNIST test images show what it is worth there. The next layer still listens to that place with the weights it learned for the old neuron, so some digits can suffer a lot.',
      replace: 'Replace',
      neuronOption: (neuron: number) => `neuron ${neuron} of hidden layer 1`,
      run: 'Test on 10,000 images',
      working: 'Testing…',
      outcome: (before: string, after: string) => `Test accuracy: ${before} before, ${after} with your neuron.`,
      perDigit: 'Accuracy per digit',
      before: 'Before',
      after: 'With your neuron',
      meanTitle: 'Your neuron’s mean activation for each digit',
      meanLabel: 'Mean activation',
      meanText: 'Over the 10,000 test images: which digits switch your neuron on.'
    },
    matrix: {
      dims: (outputs: number, inputs: number) => `W: ${n(outputs)} × ${n(inputs)} · a⁽⁰⁾: ${n(inputs)} numbers · b: ${n(outputs)} numbers · a⁽¹⁾: ${n(outputs)} numbers`,
      figure: (outputs: number, inputs: number) => `Hidden layer 1's W: ${n(outputs)} rows, one per neuron, of ${n(inputs)} weights`,
      rowsAxis: (outputs: number) => `rows: ${n(outputs)} neurons`,
      columnsAxis: (inputs: number) => `columns: ${n(inputs)} pixels →`,
      rowsNote: 'Each stripe is one row of W: one neuron’s 784 weights, pixel after pixel.',
      question: 'How many numbers does hidden layer 1’s W hold?',
      reveal: (outputs: string, inputs: string, total: string) => `${outputs} rows of ${inputs} weights: ${total} numbers, and ${outputs} biases besides.`
    },
    learning: {
      question: 'How many weights and biases must learning find for 784–16–16–10?',
      aboutAMillion: 'About a million',
      layer: 'Layer',
      weights: 'Weights',
      biases: 'Biases',
      layerName: (layer: number, output: boolean) => (output ? 'Output layer' : `Hidden layer ${layer}`),
      columnSums: 'Each column',
      total: 'Weights and biases',
      reveal: (total: string) => `${total} numbers. Training adjusts every one of them, a little at a time, to make the cost function smaller (the next lecture).`,
      goTrain: 'Train a network'
    },
    hope: {
      look: (shape: string) => `The first hidden layer of the version you read with (${shape}). Click a neuron to see what it responds to.`,
      firstLayer: 'The first hidden layer’s weight images',
      pick: (layer: number, neuron: number) => `Hidden layer ${layer}, neuron ${neuron}: show what it responds to`,
      question: 'Do these neurons look like the small edges the lecture hoped for?',
      choices: ['Yes: clean edges and strokes', 'Not really: blotchy patterns with some loose structure'],
      reveal: '3Blue1Brown’s own answer, for the lecture’s network of this shape, is “not really”: the weights look almost random, with only loose structure. The network reads digits well anyway, just not the way we hoped.',
      secondLayer: 'Hidden layer 2',
      switchOffText: 'Is a neuron that responds to one digit the one the network needs for it? Switch the chosen neuron off and see each digit’s accuracy.',
      secondLayerHint: 'Hidden layer 2’s neurons read hidden layer 1, not pixels, so they have no weight image: pick one to see the test images that excite it most.',
      compare: 'Compare with a version trained with the Wide or Modern preset: pick one in Draw, or train one, and come back.'
    },
    responds: {
      title: (layer: number, neuron: number) => `What hidden layer ${layer}, neuron ${neuron}, responds to`,
      working: 'Reading the 10,000 test images…',
      top: 'The 9 test images with the highest z',
      example: (index: number, label: number) => `Test image ${index}, a ${label}`,
      spread: 'Across its range: lowest, quartiles, highest',
      quantile: (q: number) => (q === 0 ? 'lowest' : q === 1 ? 'highest' : `${Math.round(q * 100)}%`),
      optimised: 'The input that excites it most (gradient ascent)',
      optimisedLabel: 'An input found by gradient ascent to make z as large as possible',
      exact: 'Exactly: 1 where the weight is positive',
      exactLabel: 'The best input, worked out: 1 on every pixel with a positive weight, 0 elsewhere',
      exactWhy: 'For a neuron of hidden layer 1 z is a weighted sum of pixels, so the largest z lights every pixel with a positive weight and no other.',
      caveat: 'Neurons often respond to mixtures of things: read the optimised image next to the examples, not on its own.'
    }
  },
  handwriting: {
    title: 'My handwriting',
    saved: (count: number) => `· ${count} saved`,
    text: 'Your own test set: save drawings from the Draw view with their label. The comparison shows how each version does on them.',
    drawingOf: (label: number) => `Your drawing of a ${label}`,
    labelOf: (id: number) => `Label of drawing ${id}`,
    deleteDrawing: (id: number) => `Delete drawing ${id}`
  },
  /** Names Digitscope gives runs itself (stored as keys: run-names.ts). */
  runNames: RUN_NAME_WORDS_EN,
  /** English keeps the main process's own message, which names files and numbers; other languages say the reason in their words. */
  explain: (failure: Failure) => failure.message,
  // @groups-end
}

export type Messages = typeof en
export type ErrorTexts = Record<ErrorCode, string>
