import { EN } from '../common/i18n/numbers'

const { n } = EN

/**
 * The English strings of the Draw view: the pad, the pipeline, the layers, the neuron inspector and the MNIST browser.
 * Their Korean twins (strings.ko.ts) have this type, so a missing Korean key fails to compile;
 * common/i18n/catalogue.ts joins every feature's strings into the one catalogue `t()` returns.
 */
export const en = {
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
    pixel: (row: number, col: number, value: string) => `Row ${row}, column ${col}: activation ${value}`,
    pointAtPixel: 'Point at a pixel to read its activation.',
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
    brightness: (activation: string) => `: its output neuron lights up to ${activation} (its activation, between 0 and 1)`,
    share: (percent: string) => `That is ${percent} of the ten outputs’ brightness added up.`,
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
    rowPerNeuron: (rows: number, cols: number) => `${n(rows)} neurons, each a row of ${n(cols)} weights`,
    shapeMatrix: (rows: number, cols: number) => `${n(rows)} rows × ${n(cols)} columns`,
    shapeVector: (size: number) => `${n(size)} numbers`,
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
    noInput: 'no input yet',
    /** The bars' value scale, read out once for the figure. */
    scale: 'Bar height: activation from 0 (bottom) to 1 (top); bright bars fire more.',
    /** ReLU neurons above 1: their bars stop at 1, marked ▲ (the count only, so a stroke seldom changes the text). */
    clipped: (count: number) => `▲ ${count === 1 ? '1 neuron is' : `${count} neurons are`} above 1: ${count === 1 ? 'its bar stops' : 'their bars stop'} at 1. Point at a bar for its value.`
  },
  neuron: {
    weightImage: (letter: string, neuron: number) => `Neuron ${letter} (hidden layer 1, neuron ${neuron}): its weights as a 28 × 28 image`,
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
    strongerIsLarger: 'stronger colour = larger',
    responds: {
      title: (layer: number, neuron: number) => `What hidden layer ${layer}, neuron ${neuron}, responds to`,
      working: 'Reading the 10,000 test images…',
      top: 'The 9 test images with the highest z',
      example: (index: number, label: number) => `Test image ${index}, a ${label}`,
      spread: 'From least to most: test images spread evenly over how strongly they light it',
      quantile: (q: number) => (q === 0 ? 'lowest' : q === 1 ? 'highest' : `${Math.round(q * 100)}%`),
      optimised: 'An input that lights it, found by nudging pixels step by step',
      optimisedLabel: 'An input found by nudging every pixel, step by step, in the direction that makes z larger',
      exact: 'Exactly: 1 where the weight is positive',
      exactLabel: 'The best input, worked out: 1 on every pixel with a positive weight, 0 elsewhere',
      exactWhy: 'For a neuron of hidden layer 1 z is a weighted sum of pixels, so the largest z lights every pixel with a positive weight and no other.',
      caveat: 'Neurons often respond to mixtures of things: read the optimised image next to the examples, not on its own.'
    }
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
  }
}

export type DrawStrings = typeof en

declare module '../common/i18n/messages' {
  // Adds this feature's strings to what t() returns.
  interface Messages extends DrawStrings {}
}
