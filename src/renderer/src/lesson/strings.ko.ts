import { josa } from '../../../shared/i18n/josa'
import { KO } from '../common/i18n/numbers'
import type { LessonStrings } from './strings.en'

const { n, twoPlaces, threePlaces } = KO

/** The Korean strings of the lesson, typed as the English ones: a key missing here, or one English lacks, fails to compile. */
export const ko: LessonStrings = {
  lesson: {
    stepsLabel: '강의 단계',
    stepOf: (step, count) => `${count}단계 중 ${step}단계`,
    previous: '이전',
    next: '다음',
    yourDrawing: '내가 그린 숫자',
    padHint: '여기에 숫자를 그리세요. 모든 단계가 이 그림을 읽습니다.',
    readsAs: (digit, activation) => `신경망은 이 그림을 ${josa(digit, '으로/로')} 읽습니다. 출력 뉴런 ${digit}의 활성화 값은 ${activation}입니다.`,
    noise: '잡음',
    noiseHint: '그림은 그대로 두고, 무작위 픽셀을 따로 신경망에 보여 줍니다',
    noiseTrial: {
      title: '실험: 잡음',
      imageLabel: '무작위 픽셀 28 × 28개. 픽셀마다 0과 1 사이의 밝기입니다',
      reads: (digit, activation) => `신경망의 답은 ${digit}입니다. 출력 뉴런 ${digit}의 활성화 값은 ${activation}입니다.`,
      share: (percent) => `출력 10개의 밝기를 모두 더한 값의 ${percent}입니다.`,
      moral: '숫자가 전혀 아닌데도 신경망은 답을 냅니다. 내 그림과 내가 고른 답은 그대로입니다.',
      again: '새 잡음',
      close: '닫기'
    },
    version: {
      reading: (run, epoch) => `읽는 버전: ${run}, 에포크 ${n(epoch)}`,
      none: '아직 읽을 버전이 없습니다.',
      change: '다른 버전으로 읽기…',
      done: '취소',
      backToBundled: '3Blue1Brown 신경망으로 돌아가기',
      bundledGone: '기본 제공 3Blue1Brown 신경망이 저장되어 있지 않습니다(삭제되었거나 가져온 적이 없습니다). 그래서 그리기 화면에서 쓰는 버전으로 읽습니다.',
      changeNote: '강의에서만 바뀌고, 그리기 화면은 자기 버전을 그대로 씁니다. 신경망에 관한 질문은 새 버전으로 다시 묻습니다.'
    },
    predictFirst: '먼저 예측해 보세요',
    noWrongAnswer: '틀린 답이 없는 질문입니다. 이제 살펴보세요.',
    right: '맞았습니다!',
    notQuite: (answer) => `아쉽네요. 정답: ${answer}`,
    askAgain: '다시 풀기',
    needsMnist: 'MNIST 테스트 이미지를 읽지 못해 이 단계를 보여 줄 수 없습니다.',
    drawFirst: '먼저 왼쪽 그림판에 숫자를 그리세요.',
    needsVersion: '그림을 읽을 학습된 버전이 필요합니다. 새로 학습하거나, 위의 “다른 버전으로 읽기…”에서 버전을 고르세요.',
    needsHiddenVersion: '입력 784개와 은닉층이 하나 이상 있는 버전이 필요합니다.',
    sigmoidCurve: '시그모이드 곡선: z가 −10에서 10으로 갈 때 σ(z)는 0에서 1로 올라갑니다',
    sigmoidAt: (z, a) => `시그모이드 곡선. z = ${twoPlaces(z)}인 점을 표시했고, 이때 σ(z) = ${threePlaces(a)}입니다`,
    painterLabel: '내 뉴런의 가중치 784개(픽셀마다 하나)',
    painterHelp: '마우스로 칠하거나, 화살표 키로 옮기고 Space로 칠하세요. 내가 그린 숫자가 밑에 흐리게 보입니다.',
    brush: '붓',
    brushes: { positive: '양수', negative: '음수', erase: '지우개' },
    presetEdge: '예시: 위쪽 가운데의 짧은 가로선',
    clearWeights: '가중치 모두 지우기',
    copyTrained: '또는 학습된 뉴런에서 시작하기…',
    trainedNeuron: (neuron) => `은닉층 1의 ${n(neuron)}번 뉴런(가중치와 편향)`,
    steps: {
      recognise: {
        title: '3을 어떻게 알아볼까?',
        text: [
          '3은 어떻게 쓰든 한눈에 3으로 읽힙니다. 굵든 가늘든, 기울었든 똑바르든, 8로 착각하는 일은 없습니다.',
          '프로그램이 알 수 있는 것은 어떤 픽셀이 켜졌는지뿐입니다. 두 이미지에서 함께 켜진 픽셀 수를 세면 3과 8을 가려낼 수 있을까요?'
        ]
      },
      neuron: {
        title: '뉴런은 숫자 하나를 담는다',
        text: [
          '지금은 뉴런을 0과 1 사이의 숫자 하나를 담는 것이라고 생각하세요. 이 숫자가 활성화 값입니다.',
          '신경망은 28 × 28 이미지의 픽셀마다 하나씩, 784개의 뉴런으로 시작합니다. 각 뉴런에는 그 픽셀의 밝기가 담깁니다. 검은색은 0, 흰색은 1입니다. 픽셀을 가리키면 그 값을 볼 수 있습니다.'
        ]
      },
      network: {
        title: '신경망',
        text: [
          '한 층의 활성화 값이 다음 층의 활성화 값을 정합니다. 입력 뉴런 784개 다음에 뉴런 16개짜리 은닉층이 두 개 있고, 마지막에 숫자마다 하나씩 출력 뉴런 10개가 있습니다.',
          '가장 밝은 출력 뉴런이 신경망의 답입니다.'
        ]
      },
      layers: {
        title: '왜 층을 쌓을까?',
        text: [
          '9는 선 위에 고리가 얹힌 모양이고, 8은 고리 두 개입니다. 강의에서 기대하는 그림은 이렇습니다. 첫 번째 은닉층(강의의 ‘두 번째 층’)은 짧은 선분(에지, 강의 노트의 ‘모서리’)을 찾고, 두 번째 은닉층은 선분을 모아 고리와 선을 찾고, 출력층은 그것들을 모아 숫자를 알아봅니다.',
          '첫 번째 은닉층의 뉴런은 픽셀마다 가중치가 하나씩 있습니다. 이를 28 × 28 이미지로 그리면 픽셀마다 가중치에 따라 색이 칠해집니다.'
        ]
      },
      weights: {
        title: '가중치',
        text: [
          '어떤 뉴런이 한 영역의 선분을 알아채게 하려면 그 영역의 픽셀에 양수 가중치를 주고 나머지는 0으로 두면 됩니다. 그러면 가중합은 그 영역 픽셀 밝기의 합이 됩니다. 그 둘레에 음수 가중치를 주면, 가운데는 밝고 둘레는 어두운 선분에만 크게 반응합니다.',
          '직접 만들어 보세요. 띠 모양으로 양수 가중치를 칠하고 그 둘레에 음수 가중치를 칠하거나, 예시를 불러와 시작하세요.'
        ]
      },
      sigmoid: {
        title: '시그모이드',
        text: [
          '가중합은 어떤 수든 될 수 있지만 활성화 값은 0과 1 사이여야 합니다. 시그모이드 함수 σ(z) = 1 / (1 + e⁻ᶻ)가 값을 그 사이로 압축합니다. 절댓값이 큰 음수는 0에 가깝게, 아주 큰 양수는 1에 가깝게, 0은 정확히 ½이 됩니다.'
        ]
      },
      bias: {
        title: '편향',
        text: [
          '가중합이 10보다 클 때만 뉴런이 켜지게 하고 싶다면, 시그모이드에 넣기 전에 편향 −10을 더하면 됩니다. z\u00a0=\u00a0가중합\u00a0+\u00a0편향이고, z가 0보다 클 때 뉴런이 활성화됩니다.',
          '편향은 문턱값 역할을 합니다. 강의 표현으로는 “쉽게 켜지지 않게 하는 편향(bias for inactivity)”입니다. 슬라이더를 움직이며 내 그림이 뉴런을 켜고 끄는 모습을 보세요.'
        ]
      },
      matrix: {
        title: '전체 그림',
        text: [
          '모든 뉴런은 앞 층의 모든 뉴런과 연결됩니다. 그래서 한 층 전체는 행렬 곱 하나로 쓸 수 있습니다: a⁽¹⁾ = σ(W a⁽⁰⁾ + b).',
          'W의 행 하나가 뉴런 하나의 가중치입니다. 뉴런마다 행이 하나씩 있고, 영상에서도 이렇게 그립니다. 강의 노트에서는 뉴런의 연결을 열로 적는데, 같은 행렬을 전치한(행과 열을 바꾼) 것일 뿐 어느 쪽이든 뉴런마다 자기 가중치 목록이 있습니다.',
          '아래에서 행을 하나 고르세요. 그 행의 가중치 784개에 내 그림의 활성화 값 784개를 하나씩 곱해 모두 더하면 그 뉴런의 가중합이 됩니다. 5단계에서 손으로 만든 뉴런과 같은 계산입니다. 모든 행을 한꺼번에 계산하는 것이 바로 행렬 곱입니다.'
        ]
      },
      learning: {
        title: '학습',
        text: [
          '학습이란 신경망이 숫자를 읽게 만드는 가중치와 편향을 모두 찾아내는 일입니다. 사람이 손으로 정하지 않고, 정답이 붙은 MNIST 이미지 60,000장으로부터 찾아냅니다.'
        ]
      },
      hope: {
        title: '기대는 맞았을까?',
        text: [
          '강의에서는 은닉층이 짧은 선분(에지)을 찾고, 그다음 고리와 선을 찾기를 기대했습니다. 이제 학습된 신경망이 실제로 무엇을 배웠는지 살펴보세요.'
        ]
      },
      descent: {
        title: '숫자들은 어떻게 찾을까요?',
        text: [
          '학습이란 숫자 13,002개를 찾는 일입니다. 여기서는 강의의 신경망이 무작위 숫자에서 출발해 MNIST 이미지 10,000장으로 학습하는 모습을 눈앞에서 봅니다.',
          '신경망은 자기가 얼마나 틀렸는지를 숫자 하나, 곧 비용으로 받고, 이미지를 볼 때마다 모든 가중치와 편향을 내리막 쪽으로 조금씩 옮깁니다. 이것이 3Blue1Brown의 다음 강의 “경사 하강법: 신경망은 어떻게 학습하는가”의 내용입니다.'
        ]
      }
    },
    recognise: {
      figure: 'MNIST 테스트 세트의 3 세 개와 8 하나',
      imageLabel: (i, label) => `이미지 ${i}: 숫자 ${label}`,
      caption: (i) => (i === 4 ? '8' : ['첫 번째 3', '두 번째 3', '세 번째 3'][i - 1]),
      question: '첫 번째 3과 켜진 픽셀을 가장 많이 공유하는 이미지는 무엇일까요?',
      choices: ['두 번째 3', '세 번째 3', '8'],
      reveal: (second, third, eight) => `첫 번째 3과 함께 켜진 픽셀 수: 두 번째 3은 ${n(second)}개, 세 번째 3은 ${n(third)}개, 8은 ${n(eight)}개.`,
      moral: '서로 다른 두 3이 겹치는 픽셀이 3과 8이 겹치는 픽셀보다 적을 때도 있습니다. 켜진 픽셀이 얼마나 겹치는지만 세서는 3과 8을 가려낼 수 없습니다. 3을 3으로 만드는 부분이 무엇인지는 신경망이 배워야 합니다.'
    },
    neuron: {
      figure: '입력 뉴런 784개. 각각 픽셀 하나의 밝기입니다',
      question: '내 그림은 입력 뉴런 784개 중 몇 개를 켤까요? (활성화 값이 0보다 큰 뉴런)',
      choices: ['100개 미만', '100~199개', '200~399개', '400개 이상'],
      reveal: (lit, dark) => `입력 뉴런 ${lit}개에 0보다 큰 값이 담기고, 나머지 ${dark}개는 0입니다.`
    },
    network: {
      shape: (layers) => `이 신경망의 뉴런 수: ${layers}`,
      hiddenTitle: (layer, size) => `은닉층 ${layer}: 뉴런 ${n(size)}개`,
      question: '내 그림에서 가장 밝게 켜질 출력 뉴런은 어느 것일까요?',
      reveal: (digit, activation) => `가장 밝은 출력 뉴런은 숫자 ${digit}의 뉴런이며, 활성화 값은 ${activation}입니다. 아래 막대는 층별 활성화 값입니다.`,
      noise: '그림판 아래의 “잡음” 버튼을 눌러 보세요. 무작위 픽셀에도 신경망은 답을 내고, 그것도 자신 있게 낼 때가 많습니다. 숫자만 보고 배웠기 때문에 “이건 숫자가 아니다”라고 말할 방법이 없습니다.'
    },
    layers: {
      neuronName: (neuron) => `${neuron}번 뉴런`,
      question: (count) => `첫 번째 은닉층의 이 뉴런 ${count}개 중 내 그림을 넣었을 때 활성화 값이 가장 클 뉴런은 어느 것일까요?`,
      reveal: '첫 번째 은닉층의 뉴런 16개 전부와, 내 그림에 대한 각 뉴런의 활성화 값:',
      hope: '강의에서 말하는 “두 번째 층”이 이 앱의 은닉층 1입니다. 짧은 선분(에지)처럼 보이나요? 이 질문은 마지막 단계에서 다시 다룹니다.',
      legend: '파란 픽셀은 양수 가중치로, 켜지면 뉴런의 활성화 값을 올립니다. 주황 픽셀은 음수 가중치로, 켜지면 내립니다. 각 이미지 위에 내 그림을 반투명하게 겹쳐 놓았습니다. 내 잉크가 파란 부분을 가장 많이 덮고 주황 부분을 가장 적게 덮는 뉴런이 가장 크게 활성화됩니다.',
      overlayLabel: (letter, neuron) => `뉴런 ${letter}(은닉층 1의 ${n(neuron)}번 뉴런): 가중치를 28 × 28 이미지로 그리고 그 위에 내 그림을 겹친 것`,
      why: (letter, neuron, plus, minus, bias, z, a) =>
        `${letter}(${n(neuron)}번 뉴런)가 가장 크게 활성화되는 것은 양수 가중치가 내 그림의 잉크가 있는 곳에 놓여 있기 때문입니다. 파란 픽셀 위의 잉크: +${plus}, 주황 픽셀 위의 잉크: ${minus}, 편향: ${bias}. 모두 더하면 z = ${z}, a = σ(z) = ${a}입니다.`,
      productLabel: (letter, neuron) => `뉴런 ${letter}(${n(neuron)}번 뉴런): 가중치와 내 그림을 픽셀마다 곱한 값`,
      productText: '보기의 뉴런마다 가중치 × 잉크를 그렸습니다. 파란색은 내 잉크가 합을 늘리는 곳, 주황색은 줄이는 곳입니다. 아래 숫자는 차례로 파란 부분이 더하는 값, 주황 부분이 빼는 값, 편향, 그리고 z와 a입니다.'
    },
    weights: {
      formula: '가중합 = w₁a₁ + w₂a₂ + … + w₇₈₄a₇₈₄',
      yourSum: (sum) => `내 그림에 대한 가중합: ${sum}`,
      candidate: (letter, label) => `이미지 ${letter}: 숫자 ${label}`,
      question: '이 네 이미지 중 내 뉴런의 가중합을 가장 크게 만드는 것은?',
      reveal: (sums) => `가중합: ${sums}`,
      moral: '가중치는 뉴런이 찾는 픽셀 패턴을 알려 줍니다. 양수 가중치 위의 잉크는 가중합을 올리고, 음수 가중치 위의 잉크는 내립니다. 뉴런은 어떤 숫자인지가 아니라 잉크가 어디에 있는지를 봅니다. 가로줄이 두 줄 아래, 곧 음수 가중치 줄에 걸친 7은 윗부분이 평평한 0보다 가중합이 작습니다.',
      contributionLabel: (letter) => `이미지 ${letter}: 가중치 × 픽셀`,
      contributionText: '이미지마다 가중치 × 픽셀을 그렸습니다. 파란색인 곳은 잉크가 양수 가중치 위에 있어 가중합을 올리고, 주황색인 곳은 음수 가중치 위에 있어 내립니다.',
      paintFirst: '먼저 가중치를 몇 개 칠하거나 예시를 불러오세요.'
    },
    sigmoid: {
      dragZ: 'z를 움직여 보세요',
      question: 'σ(−1000)은 얼마일까요?',
      choices: ['−1000', '0에 아주 가까움', '½', '1'],
      reveal: 'σ(−1000) = 1 / (1 + e¹⁰⁰⁰)입니다. 분모가 상상할 수 없을 만큼 크므로 활성화 값은 사실상 0입니다. 가중합이 아무리 작아도 활성화 값은 0과 1 사이에 머뭅니다.'
    },
    bias: {
      dragBias: '편향 b',
      weightedSum: '가중합 w · a',
      biasRow: '편향 b',
      zRow: 'z = w · a + b',
      activationRow: '활성화 값 σ(z)',
      question: '편향 b가 얼마보다 커야 내 그림을 넣었을 때 이 뉴런이 켜질까요? (σ(z) > ½이면 켜짐)',
      choices: ['b가 0보다 클 때부터', 'b가 −(w · a)보다 클 때부터', 'b가 w · a보다 클 때부터', '어떤 b에서도 켜지지 않음'],
      reveal: (sum, threshold) => `z = w · a + b가 0보다 커야 σ(z)가 ½을 넘습니다. 즉 b가 −(w · a)보다 커야 합니다. 내 그림의 가중합이 ${sum}이므로 b가 ${threshold}보다 크면 켜집니다. 슬라이더를 그 값 너머로 움직여 σ(z)가 ½을 넘는 모습을 보세요.`,
      moral: '편향은 뉴런이 켜지려면 가중합이 얼마나 커야 하는지를 정합니다.'
    },
    tryIt: {
      title: '신경망에 넣어 보기',
      text: '내 뉴런이 강의가 읽는 버전(위에 이름이 있습니다)의 첫 번째 은닉층 뉴런 하나를 대신합니다. MNIST 테스트 이미지 10,000장으로 그 자리에서 얼마나 쓸모 있는지 확인합니다. 다음 층은 원래 뉴런에 맞춰 학습된 가중치로 내 뉴런의 출력을 받기 때문에, 어떤 숫자는 정확도가 크게 떨어질 수 있습니다.',
      replace: '바꿀 뉴런',
      neuronOption: (neuron) => `은닉층 1의 ${neuron}번 뉴런`,
      run: '이미지 10,000장으로 시험',
      working: '시험하는 중…',
      outcome: (before, after) => `테스트 정확도: 바꾸기 전 ${before}, 내 뉴런으로 ${after}.`,
      perDigit: '숫자별 정확도',
      before: '바꾸기 전',
      after: '내 뉴런으로',
      meanTitle: '숫자별 내 뉴런의 평균 활성화 값',
      meanLabel: '평균 활성화 값',
      meanText: '테스트 이미지 10,000장에서 어떤 숫자가 내 뉴런을 켜는지 보여 줍니다.'
    },
    matrix: {
      dims: (outputs, inputs) => `W: ${n(outputs)} × ${n(inputs)} · a⁽⁰⁾: 숫자 ${n(inputs)}개 · b: 숫자 ${n(outputs)}개 · a⁽¹⁾: 숫자 ${n(outputs)}개`,
      figure: (outputs, inputs) => `은닉층 1의 W: 뉴런마다 하나씩 행 ${n(outputs)}개, 각 행에 가중치 ${n(inputs)}개`,
      rowsAxis: (outputs) => `행: 뉴런 ${n(outputs)}개`,
      columnsAxis: (inputs) => `열: 픽셀 ${n(inputs)}개 →`,
      rowsNote: '가로줄 하나가 W의 행 하나, 곧 뉴런 하나의 가중치 784개를 픽셀 순서대로 늘어놓은 것입니다. 가로줄이나 아래 번호를 누르면 그 행을 직접 계산해 봅니다.',
      pickRow: '행(은닉층 1의 뉴런):',
      drawFirst: '그리기 화면에서 숫자를 그리면 내 그림으로 행 하나를 계산해 볼 수 있습니다.',
      oneRow: (row) => `행 하나: 은닉층 1의 ${n(row)}번 뉴런`,
      rowImage: (row) => `W의 ${n(row)}번 행: ${n(row)}번 뉴런의 가중치 784개를 28 × 28 이미지로 그린 것`,
      rowCaption: (row) => `W의 ${n(row)}번 행: 가중치 784개를 이미지 모양으로 배치`,
      inputImage: '내 그림: 입력 활성화 값 a⁽⁰⁾ 784개',
      inputCaption: 'a⁽⁰⁾: 내 그림의 활성화 값 784개',
      productImage: (row) => `${n(row)}번 행의 가중치와 활성화 값을 픽셀마다 곱한 값`,
      productCaption: '픽셀마다 가중치 × 활성화 값. 합계는 아래에 있습니다.',
      sumLine: '곱 784개를 모두 더합니다: w · a⁽⁰⁾ = ',
      biasLine: '이 뉴런의 편향: b = ',
      zLine: '가중합에 편향을 더합니다: z = ',
      sameAsSteps: '5단계의 가중합(가중치 × 픽셀을 모두 더한 값), 6단계의 σ, 7단계의 편향과 똑같은 계산입니다. 다만 가중치를 손으로 칠하지 않고 학습으로 찾았을 뿐입니다. 5단계에서 ‘또는 학습된 뉴런에서 시작하기’로 바로 이 뉴런을 불러오면 같은 가중합을 볼 수 있습니다.',
      allRows: (rows) => `${n(rows)}개 행 전부를 한꺼번에: W a⁽⁰⁾ + b`,
      rowHeader: '행',
      columnNote: (rows, inputs) =>
        `모든 행에 같은 계산을 하면 합계 ${n(rows)}개가 한 열로 나옵니다. 이 열이 바로 W a⁽⁰⁾ + b, 곧 행렬 곱(${n(rows)} × ${n(inputs)} 행렬과 숫자 ${n(inputs)}개의 곱)에 편향 ${n(rows)}개를 더한 것입니다. 여기에 σ를 하나씩 적용하면 은닉층 1의 활성화 값 ${n(rows)}개, 곧 a⁽¹⁾가 되고, 이것이 다음 층의 입력입니다.`,
      question: '은닉층 1의 W에는 숫자가 몇 개 들어 있을까요?',
      reveal: (outputs, inputs, total) => `가중치 ${inputs}개짜리 행이 ${outputs}개이므로 숫자는 모두 ${total}개입니다. 이와 별도로 편향이 ${outputs}개 있습니다.`
    },
    learning: {
      question: '784–16–16–10 신경망에서 학습으로 찾아야 하는 가중치와 편향은 모두 몇 개일까요?',
      aboutAMillion: '약 100만 개',
      layer: '층',
      weights: '가중치',
      biases: '편향',
      layerName: (layer, output) => (output ? '출력층' : `은닉층 ${layer}`),
      columnSums: '합계',
      total: '가중치와 편향 모두',
      reveal: (total) => `모두 ${total}개입니다. 학습은 비용 함수 값이 작아지도록(다음 강의에서 다룹니다) 이 숫자 하나하나를 조금씩 고쳐 나갑니다.`,
      goTrain: '신경망 학습하러 가기'
    },
    hope: {
      look: (shape) => `강의가 읽는 버전(${shape})의 첫 번째 은닉층입니다. 뉴런을 누르면 그 뉴런이 무엇에 반응하는지 볼 수 있습니다.`,
      firstLayer: '첫 번째 은닉층의 가중치 이미지',
      pick: (layer, neuron) => `은닉층 ${layer}의 뉴런 ${neuron}: 반응하는 것 보기`,
      question: '이 뉴런들이 강의에서 기대한 짧은 선분(에지)처럼 보이나요?',
      choices: ['예: 깔끔한 선분과 획', '별로 그렇지 않음: 얼룩덜룩한 패턴에 구조가 조금 보이는 정도'],
      reveal: '강의에 나온 것과 같은 모양의 신경망에 대해 3Blue1Brown이 내린 답은 “별로 그렇지 않다”입니다. 가중치는 거의 무작위처럼 보이고 구조는 희미할 뿐입니다. 그래도 신경망은 숫자를 잘 읽습니다. 우리가 기대한 방식이 아닐 뿐입니다.',
      secondLayer: '은닉층 2',
      switchOffText: '한 숫자에 반응하는 뉴런이 그 숫자를 읽는 데 꼭 필요한 뉴런일까요? 고른 뉴런을 끄고 숫자별 정확도를 확인해 보세요.',
      secondLayerHint: '은닉층 2의 뉴런은 픽셀이 아니라 은닉층 1을 읽습니다. 그래도 픽셀로 된 그림을 하나씩 그릴 수 있습니다. 은닉층 1에 대한 가중치 16개를 은닉층 1의 가중치 이미지 16개에 곱해 모두 더하면 됩니다. 은닉층 1이 합을 찌그러뜨리지 않고 그대로 넘긴다면 이 뉴런이 픽셀에서 찾을 모양입니다. 실제로는 두 층 사이의 σ가 값을 휘게 하므로 이 그림은 근삿값입니다. 하나를 골라 그 그림과, 그 뉴런을 가장 크게 활성화하는 테스트 이미지를 나란히 보세요.',
      pictureLabel: (neuron) => `은닉층 2의 ${n(neuron)}번 뉴런: 은닉층 1에 대한 가중치를 픽셀로 옮긴 근사 그림`,
      pictureCaption: (neuron) =>
        `은닉층 2의 ${n(neuron)}번 뉴런을 픽셀로 옮긴 그림입니다. Σⱼ wⱼ · W¹ⱼ, 곧 은닉층 1의 뉴런 j의 가중치 이미지 W¹ⱼ에 그 뉴런에 대한 이 뉴런의 가중치 wⱼ를 곱해 모두 더한 것입니다. 파란색인 곳에 잉크가 있으면 합이 커지고, 주황색인 곳에 있으면 작아집니다. 사이에 있는 σ가 은닉층 1의 뉴런마다 값을 찌그러뜨리므로 근삿값입니다. 아래의 테스트 이미지와 비교해 보세요.`,
      compare: '“와이드” 또는 “모던” 프리셋으로 학습한 버전과 비교해 보세요. 새로 학습한 뒤 위의 “다른 버전으로 읽기…”에서 고르면 됩니다.'
    },
    descent: {
      question: '신경망은 무작위 숫자에서 출발합니다. 이미지 10,000장을 한 번 훑고 나면 테스트 숫자 100개 중 몇 개를 맞게 읽을까요?',
      choices: ['10개 정도: 찍는 것과 다르지 않음', '11~49개', '50~79개', '80개 이상'],
      preparing: '무작위 숫자에서 출발하는 신경망을 뒤에서 학습하는 중입니다…',
      failed: (reason) => `학습을 실행하지 못했습니다: ${reason}`,
      seen: (images) => `이미지 ${n(images)}장 후`,
      start: '무작위 출발점',
      readRight: (correct, tested) => `테스트 숫자 ${n(tested)}개 중 ${n(correct)}개를 맞게 읽음`,
      costTitle: '비용: 이미지 한 장당 Σ(a − y)²',
      accuracyTitle: '맞게 읽은 테스트 숫자(100개 중)',
      imagesAxis: (images) => `학습한 이미지 수(한 번 훑기에 ${n(images)}장)`,
      weightImages: '학습하면서 바뀌는 첫 번째 은닉층의 가중치 이미지 16개',
      weightImage: (neuron) => `은닉층 1의 ${n(neuron)}번 뉴런의 가중치 이미지`,
      reveal: (afterOne, last, passes, seconds) =>
        `한 번 훑은 뒤 100개 중 ${n(afterOne)}개, ${n(passes)}번 훑은 뒤 100개 중 ${n(last)}개입니다. 모두 신경망이 학습에 쓰지 않은 MNIST 테스트 숫자 처음 100개로 실제로 시험한 결과입니다. 앱의 WebAssembly 커널로 작업자 스레드에서 ${seconds}초 걸렸고, 아무것도 저장하지 않았습니다.`,
      replay: '다시 보기',
      again: '다른 무작위 출발점에서 다시 학습',
      drawingTitle: '내 그림의 비용',
      whichDigit: '어떤 숫자를 그렸나요?',
      whichNetwork: '사용할 신경망',
      demoNetwork: (images) => `위에서 이미지 ${n(images)}장을 한 번 훑은 신경망: 아직 배우는 중`,
      versionNetwork: '강의가 읽는 버전',
      drawingText: '출력이 되어야 하는 값은 내가 그린 숫자가 1, 나머지가 0입니다. 비용은 출력마다 (a − y)²를 구해 모두 더한 값입니다. 출력이 되어야 할 값에서 멀수록 커집니다. 괄호 안의 −∂C/∂a = 2(y − a)는 출력마다 어느 쪽으로 얼마나 세게 움직이려 하는지를 나타냅니다.',
      output: '출력',
      isA: '현재 a',
      shouldBe: '목표 y',
      square: '제곱 (a − y)²',
      wants: '움직일 방향',
      brighter: '더 밝게',
      darker: '더 어둡게',
      costSum: (total) => `내 그림의 비용: ${total}`,
      needsSigmoid: '이 버전은 출력의 합이 1(소프트맥스)이므로, 아래의 한 걸음은 이 버전의 비용인 교차 엔트로피를 줄이는 방향으로 내려갑니다. 제곱 값은 그대로 보여 줍니다.',
      movesMost: '내리막으로 한 걸음 가면 가장 크게 바뀌는 것',
      hiddenMost: (layer, neurons) => `${layer}: 편향이 가장 크게 바뀌는 뉴런은 ${neurons}번`,
      neuronOf: (layer, neuron) => `${layer}의 ${n(neuron)}번 뉴런`,
      outputNeuron: (digit) => `숫자 ${digit}의 출력`,
      pixel: (row, col) => `${n(row)}행 ${n(col)}열 픽셀`,
      nudgeWeight: (from, to, change) => `${from}에서 ${josa(to, '으로/로')} 가는 가중치: ${change}`,
      nudgeBias: (to, change) => `${to}의 편향: ${change}`,
      stepQuestion: (digit) => `내 그림 하나만으로 내리막을 향해 작게 한 걸음 움직이면, 숫자 ${digit}의 출력은 더 밝아질까요?`,
      stepChoices: ['예, 더 밝아짐', '아니요, 더 어두워짐', '전혀 바뀌지 않음'],
      stepReveal: (digit, before, after) => `숫자 ${digit}의 출력: 한 걸음 전 ${before}, 한 걸음 후 ${after}.`,
      stepZ: (before, after) => `σ를 거치기 전의 z: ${before} → ${after}.`,
      flat: '0과 1 가까이에서는 시그모이드가 거의 평평하므로, 이미 확신하는 출력은 조금만 움직입니다. 한 걸음의 효과는 z에서 보입니다.',
      costBeforeAfter: (before, after) => `내 그림의 비용: 한 걸음 전 ${before}, 한 걸음 후 ${after}.`,
      answerBeforeAfter: (before, after) => (before === after ? `신경망의 답은 그대로 ${before}입니다.` : `신경망의 답이 ${before}에서 ${josa(after, '으로/로')} 바뀝니다.`),
      onACopy: (ms) => `이 한 걸음은 내 버전이 아니라 신경망의 복사본을 바꿨습니다(${ms}ms 걸림). 학습은 이런 걸음을 이미지마다 구해 미니배치로 평균 낸 뒤 수천 번 되풀이합니다. 이것이 경사 하강법입니다.`,
      nextChapter: '다음 강의: 3Blue1Brown 2장 “경사 하강법: 신경망은 어떻게 학습하는가”.'
    }
  }
}
