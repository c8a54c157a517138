import { EN } from '../common/i18n/numbers'

const { n, twoPlaces, threePlaces } = EN

/**
 * The English strings of the lesson: its ten steps after 3Blue1Brown’s lecture.
 * Their Korean twins (strings.ko.ts) have this type, so a missing Korean key fails to compile;
 * common/i18n/catalogue.ts joins every feature's strings into the one catalogue `t()` returns.
 */
export const en = {
  lesson: {
    stepsLabel: 'Steps of the lesson',
    stepOf: (step: number, count: number) => `Step ${step} of ${count}`,
    previous: 'Previous',
    next: 'Next',
    yourDrawing: 'Your drawing',
    padHint: 'Draw a digit here: every step reads it.',
    readsAs: (digit: number, activation: string) => `The network reads your drawing as ${digit}: output neuron ${digit} lights up to ${activation}.`,
    noise: 'Noise',
    noiseHint: 'Show the network random pixels, beside your drawing',
    noiseTrial: {
      title: 'Experiment: noise',
      imageLabel: '28 × 28 random pixels, each a brightness between 0 and 1',
      reads: (digit: number, activation: string) => `The network answers ${digit}: output neuron ${digit} lights up to ${activation}.`,
      share: (percent: string) => `That is ${percent} of the ten outputs’ brightness added up.`,
      moral: 'This is no digit at all, yet the network answers. Your drawing and your answers stay as they were.',
      again: 'New noise',
      close: 'Close'
    },
    version: {
      reading: (run: string, epoch: number) => `Reading: ${run}, epoch ${n(epoch)}`,
      none: 'No version to read with yet.',
      change: 'Read another version…',
      done: 'Cancel',
      backToBundled: 'Back to 3Blue1Brown’s network',
      bundledGone: 'The bundled 3Blue1Brown network is not stored here (deleted, or never imported), so the lesson reads the version the Draw view reads.',
      changeNote: 'For the lesson only: the Draw view keeps its own. Questions about the network are asked again for the new version.'
    },
    predictFirst: 'Predict first',
    noWrongAnswer: 'There is no wrong answer here: now look.',
    right: 'Right!',
    notQuite: (answer: string) => `Not quite. The answer: ${answer}`,
    askAgain: 'Ask me again',
    needsMnist: 'This step needs the MNIST test images, which could not be read.',
    drawFirst: 'Draw a digit on the pad first.',
    needsVersion: 'This step needs a trained version to read with: train one, or choose one with “Read another version…” above.',
    needsHiddenVersion: 'This step needs a version with 784 inputs and at least one hidden layer.',
    sigmoidCurve: 'The sigmoid curve: σ(z) rises from 0 to 1 as z goes from −10 to 10',
    sigmoidAt: (z: number, a: number) => `The sigmoid curve, marked at z = ${twoPlaces(z)}, where σ(z) = ${threePlaces(a)}`,
    painterLabel: "Your neuron's 784 weights, one per pixel",
    painterHelp: 'Paint with the mouse, or move with the arrow keys and paint with Space. Your drawing shows faintly underneath.',
    brush: 'Brush',
    brushes: { positive: 'Positive', negative: 'Negative', erase: 'Erase' },
    presetEdge: 'Preset: a short horizontal edge, upper middle',
    clearWeights: 'Clear the weights',
    copyTrained: 'Or start from a trained neuron…',
    trainedNeuron: (neuron: number) => `Hidden layer 1, neuron ${n(neuron)} (its weights and bias)`,
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
          'A 9 is a loop on top of a line; an 8 is two loops. The hope: the first hidden layer (the lecture’s “second layer”, since it counts the input as the first) finds small edges, the second puts edges together into loops and lines, and the output layer puts those together into digits.',
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
          'Each row of W is one neuron’s weights, so W has one row per neuron; the video draws it this way too. The lecture notes write each neuron’s connections as a column: that is the same matrix transposed (rows and columns swapped), and either way each neuron gets its own list of weights.',
          'Pick a row below: its 784 weights times your drawing’s 784 activations, added up, are that neuron’s weighted sum, worked as for the neuron you built by hand in step 5. Every row at once is the matrix product.'
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
      },
      descent: {
        title: 'How does it find the numbers?',
        text: [
          'Learning means finding 13,002 numbers. Here the lecture’s network starts from random numbers and learns from 10,000 MNIST images, in front of you.',
          'It gets one number for how wrong it is, the cost, and nudges every weight and bias a little downhill, image after image. That is 3Blue1Brown’s next chapter, “Gradient descent, how neural networks learn”.'
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
      neuronName: (neuron: number) => `neuron ${neuron}`,
      question: (count: number) => `Which of these ${count} first-layer neurons will be the most active for your drawing?`,
      reveal: 'All 16 neurons of the first hidden layer, with their activation for your drawing:',
      hope: 'The lecture’s “second layer” is this app’s hidden layer 1. Do these look like small edges? Keep the question for step 10.',
      legend: 'Blue pixels: positive weights, which raise the neuron’s activation when lit; orange: negative ones, which lower it. Your drawing lies over each, translucent: the neuron whose blue is most covered by your ink, and whose orange is least, lights most.',
      overlayLabel: (letter: string, neuron: number) => `Neuron ${letter} (neuron ${n(neuron)} of hidden layer 1): its weights as a 28 × 28 image, with your drawing laid over them`,
      why: (letter: string, neuron: number, plus: string, minus: string, bias: string, z: string, a: string) =>
        `${letter} (neuron ${n(neuron)}) lights most because its positive weights lie where your drawing has ink. Ink on its blue pixels: +${plus}; ink on its orange ones: ${minus}; its bias: ${bias}. Together z = ${z}, and a = σ(z) = ${a}.`,
      productLabel: (letter: string, neuron: number) => `Neuron ${letter} (neuron ${n(neuron)}): weight times your drawing, pixel by pixel`,
      productText: 'Weight × ink for each choice: blue where your ink adds to the sum, orange where it takes away. Under each: what the blue adds, what the orange takes, the bias, then z and a.'
    },
    weights: {
      formula: 'weighted sum = w₁a₁ + w₂a₂ + … + w₇₈₄a₇₈₄',
      yourSum: (sum: string) => `Its weighted sum for your drawing: ${sum}`,
      candidate: (letter: string, label: number) => `Image ${letter}, a ${label}`,
      question: 'Which of these four images will give your neuron the largest weighted sum?',
      reveal: (sums: string) => `Weighted sums: ${sums}`,
      moral: 'The weights say which pixel pattern the neuron looks for: ink on the positive pixels raises the sum, ink on the negative ones lowers it. It sees where the ink lies, not which digit it is: a 7 whose bar sits two rows lower, on the negative row, scores less than a 0 with a flat top.',
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
      text: 'Your neuron replaces one neuron of the first hidden layer of the version the lesson reads (named above). The 10,000 MNIST test images show what it is worth there. The next layer still listens to that place with the weights it learned for the old neuron, so some digits can suffer a lot.',
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
      rowsNote: 'Each stripe is one row of W: one neuron’s 784 weights, pixel after pixel. Click a stripe, or a number below, to work that row through.',
      pickRow: 'Row (neuron of hidden layer 1):',
      drawFirst: 'Draw a digit in the Draw view to see a row worked through on your drawing.',
      oneRow: (row: number) => `One row: neuron ${n(row)} of hidden layer 1`,
      rowImage: (row: number) => `Row ${n(row)} of W: neuron ${n(row)}’s 784 weights as a 28 × 28 image`,
      rowCaption: (row: number) => `row ${n(row)} of W: 784 weights, laid out as the image`,
      inputImage: 'Your drawing: the 784 input activations a⁽⁰⁾',
      inputCaption: 'a⁽⁰⁾: your drawing’s 784 activations',
      productImage: (row: number) => `Weight times activation for row ${n(row)}, pixel by pixel`,
      productCaption: 'weight × activation, pixel by pixel; the sum is below',
      sumLine: 'Add up the 784 products: w · a⁽⁰⁾ = ',
      biasLine: 'This neuron’s bias: b = ',
      zLine: 'Weighted sum plus bias: z = ',
      sameAsSteps: 'The same sum as step 5 (weights times pixels, added), the same σ as step 6, the same bias as step 7: only the weights were learned instead of painted. In step 5 you can start your neuron from this very one (“Or start from a trained neuron”) and see the same sum.',
      allRows: (rows: number) => `All ${n(rows)} rows at once: W a⁽⁰⁾ + b`,
      rowHeader: 'Row',
      columnNote: (rows: number, inputs: number) =>
        `Doing this for every row gives a column of ${n(rows)} sums: that column is W a⁽⁰⁾ + b, the matrix product (${n(rows)} × ${n(inputs)} times ${n(inputs)} numbers) plus the ${n(rows)} biases. σ applied to each of them gives a⁽¹⁾, the ${n(rows)} activations of hidden layer 1: the next layer’s input.`,
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
      columnSums: 'Total',
      total: 'Weights and biases',
      reveal: (total: string) => `${total} numbers. Training adjusts every one of them, a little at a time, to make the cost function smaller (the next lecture).`,
      goTrain: 'Train a network'
    },
    hope: {
      look: (shape: string) => `The first hidden layer of the version the lesson reads (${shape}). Click a neuron to see what it responds to.`,
      firstLayer: 'The first hidden layer’s weight images',
      pick: (layer: number, neuron: number) => `Hidden layer ${layer}, neuron ${neuron}: show what it responds to`,
      question: 'Do these neurons look like the small edges the lecture hoped for?',
      choices: ['Yes: clean edges and strokes', 'Not really: blotchy patterns with some loose structure'],
      reveal: '3Blue1Brown’s own answer, for the lecture’s network of this shape, is “not really”: the weights look almost random, with only loose structure. The network reads digits well anyway, just not the way we hoped.',
      secondLayer: 'Hidden layer 2',
      switchOffText: 'Is a neuron that responds to one digit the one the network needs for it? Switch the chosen neuron off and see each digit’s accuracy.',
      secondLayerHint: 'Hidden layer 2’s neurons read hidden layer 1, not pixels. Each one still gets a picture in pixels: its 16 weights over layer 1 times layer 1’s 16 weight images, added up. That is what it would look for in pixels, if layer 1 passed its sums on unsquashed; the σ between the layers bends this, so the picture is an approximation. Pick one to see its picture beside the test images that excite it most.',
      pictureLabel: (neuron: number) => `Hidden layer 2, neuron ${n(neuron)}: its weights over layer 1 turned into pixels, an approximation`,
      pictureCaption: (neuron: number) =>
        `Neuron ${n(neuron)} of hidden layer 2 in pixels: Σⱼ wⱼ · W¹ⱼ, the weight image W¹ⱼ of each layer-1 neuron j times this neuron’s weight wⱼ on it, added up. Blue: ink there would raise its sum; orange: lower it. Approximate, because σ squashes each layer-1 neuron in between. Compare with its top test images below.`,
      compare: 'Compare with a version trained with the Wide or Modern preset: train one, then choose it with “Read another version…” above.'
    },
    descent: {
      question: 'The network starts from random numbers. After one pass over 10,000 images, how many of 100 test digits will it read right?',
      choices: ['About 10, no better than guessing', '11 to 49', '50 to 79', '80 or more'],
      preparing: 'Training the network from random numbers in the background…',
      failed: (reason: string) => `The training could not run: ${reason}`,
      seen: (images: number) => `after ${n(images)} images`,
      start: 'the random start',
      readRight: (correct: number, tested: number) => `${n(correct)} of ${n(tested)} test digits read right`,
      costTitle: 'Cost, Σ(a − y)² per image',
      accuracyTitle: 'Test digits read right, of 100',
      imagesAxis: (images: number) => `images seen (${n(images)} a pass)`,
      weightImages: 'The 16 first-layer weight images, changing as it learns',
      weightImage: (neuron: number) => `Weight image of hidden layer 1, neuron ${neuron}`,
      reveal: (afterOne: number, last: number, passes: number, seconds: string) =>
        `After one pass: ${n(afterOne)} of 100. After ${n(passes)} passes: ${n(last)} of 100. Each count is a real test on the first 100 MNIST test digits, which the network never trained on. It took ${seconds} s, and nothing was stored.`,
      replay: 'Watch it again',
      again: 'Train again from another random start',
      drawingTitle: 'The cost of your drawing',
      whichDigit: 'Which digit did you draw?',
      whichNetwork: 'Which network',
      demoNetwork: (images: number) => `The network above after one pass (${n(images)} images): still learning`,
      versionNetwork: 'The version the lesson reads with',
      drawingText: 'What the outputs should be: 1 for your digit, 0 for the others. The cost adds up each output’s (a − y)²: large when an output is far from what it should be. In brackets, −∂C/∂a = 2(y − a): which way, and how hard, each output pulls.',
      output: 'Output',
      isA: 'is a',
      shouldBe: 'should be y',
      square: '(a − y)²',
      wants: 'wants to',
      brighter: 'brighter',
      darker: 'darker',
      costSum: (total: string) => `Cost of your drawing: ${total}`,
      needsSigmoid: 'Your version’s outputs add up to 1 (softmax), so the step below goes downhill on its own cost, cross-entropy; the squares here are shown all the same.',
      movesMost: 'What one step downhill would move most',
      hiddenMost: (layer: string, neurons: string) => `${layer}: neurons ${neurons}, whose biases move most`,
      neuronOf: (layer: string, neuron: number) => `neuron ${neuron} of ${String(layer).toLowerCase()}`,
      outputNeuron: (digit: number) => `output ${digit}`,
      pixel: (row: number, col: number) => `pixel (row ${row}, column ${col})`,
      nudgeWeight: (from: string, to: string, change: string) => `weight from ${from} into ${to}: ${change}`,
      nudgeBias: (to: string, change: string) => `change to the bias of ${to}: ${change}`,
      stepQuestion: (digit: number) => `One small step downhill, on your drawing alone: will output ${digit} get brighter?`,
      stepChoices: ['Yes, brighter', 'No, darker', 'It stays exactly the same'],
      stepReveal: (digit: number, before: string, after: string) => `Output ${digit}: ${before} before the step, ${after} after it.`,
      stepZ: (before: string, after: string) => `Its z before σ: ${before} → ${after}.`,
      flat: 'Near 0 and near 1 the sigmoid is almost flat, so an output that is already sure of itself moves only a little: its z shows the step.',
      costBeforeAfter: (before: string, after: string) => `Cost of your drawing: ${before} before, ${after} after.`,
      answerBeforeAfter: (before: number, after: number) => (before === after ? `The network’s answer stays ${before}.` : `The network’s answer changes from ${before} to ${after}.`),
      onACopy: (ms: string) => `The step was applied to a copy, not to a stored version (${ms} ms). Training takes steps like this one for every image, each averaged over a mini-batch, thousands of times: that is gradient descent.`,
      nextChapter: 'Next: 3Blue1Brown’s chapter 2, “Gradient descent, how neural networks learn”.'
    }
  }
}

export type LessonStrings = typeof en

declare module '../common/i18n/messages' {
  // Adds this feature's strings to what t() returns.
  interface Messages extends LessonStrings {}
}
