import { RUN_NAME_WORDS_KO } from '../../../../shared/i18n/run-names'
import { josa } from '../../../../shared/i18n/josa'
import { LIMITS } from '../../../../shared/nn/config'
import { PRESETS } from '../../../../shared/nn/presets'
import { parameterCount } from '../../../../shared/nn/weights-and-biases'
import type { ErrorTexts, Messages } from './en'
import { koExplain } from '../../../../shared/i18n/ko-reasons'
import { decimalFormatter, numberFormatter, rangeFormatter } from './numbers'

const LOCALE = 'ko-KR'
const n = numberFormatter(LOCALE)
const [twoPlaces, threePlaces] = [decimalFormatter(LOCALE, 2), decimalFormatter(LOCALE, 3)]
const range = rangeFormatter(LOCALE)
/** "1~60,000 사이의": a whole-number range as a Korean rule states it. */
const between = (limits: { min: number; max: number }) => `${range(limits)} 사이의`

const ERRORS: ErrorTexts = {
  'invalid-argument': '요청이 올바르지 않습니다.',
  'unknown-channel': '알 수 없는 요청입니다.',
  'not-found': '찾을 수 없습니다(이미 삭제되었을 수 있습니다).',
  'dataset-unavailable': 'MNIST를 읽지 못했습니다.',
  database: '데이터베이스를 사용할 수 없습니다.',
  'foreign-database': '이 파일은 이 버전의 Digitscope가 사용할 수 있는 데이터베이스가 아닙니다.',
  'untrusted-sender': '앱 밖에서 온 요청이라 거절했습니다.',
  'disk-full': '디스크가 가득 찼습니다. 공간을 비운 뒤 다시 시도하세요. 이미 저장된 것은 그대로입니다.',
  'read-only': '데이터베이스가 읽기 전용입니다. 파일과 폴더에 쓰기 권한을 준 뒤 다시 시도하세요.',
  busy: '다른 학습이 진행 중입니다.',
  internal: 'Digitscope 내부에서 문제가 생겼습니다.'
}

const FIELD_RULES: Record<string, string> = {
  layers: `층마다 뉴런 수를 쉼표로 구분해, 784로 시작해 10으로 끝나게 적으세요. 은닉층은 최대 ${n(LIMITS.hiddenLayers.max)}개, 층마다 뉴런 ${range(LIMITS.layerSize)}개입니다`,
  hiddenActivation: '목록에 있는 활성화 함수를 고르세요',
  outputActivation: '목록에 있는 출력 활성화 함수를 고르세요',
  cost: '목록에 있는 비용 함수를 고르세요',
  init: '목록에 있는 초기화 방법을 고르세요',
  eta: `학습률 η는 0보다 크고 ${n(LIMITS.eta.max)} 이하인 수로 적으세요`,
  etaDecay: `η 감쇠는 0보다 크고 ${n(LIMITS.etaDecay.max)} 이하인 수로 적으세요`,
  batchSize: `미니배치 크기는 ${between(LIMITS.batchSize)} 정수로 적으세요`,
  epochs: `에포크 수는 ${between(LIMITS.epochs)} 정수로 적으세요`,
  momentum: `모멘텀은 0 이상 ${n(LIMITS.momentum.below)} 미만으로 적으세요`,
  l2: `L2 λ는 ${n(LIMITS.l2.min)} 이상 ${n(LIMITS.l2.max)} 이하로 적으세요`,
  seed: `시드는 ${between(LIMITS.seed)} 정수로 적으세요`,
  subset: `학습 이미지 수는 ${between(LIMITS.trainingImages)} 정수로 적으세요`,
  name: `이름을 1자에서 ${n(LIMITS.nameLength.max)}자 사이로 적으세요`
}

/** 한국어 카탈로그. 3Blue1Brown 한국어 자막과 교재에서 흔히 쓰는 용어(뉴런, 가중치, 편향, 활성화, 시그모이드)를 따른다. */
export const ko: Messages = {
  locale: LOCALE,
  app: {
    tagline: '신경망이 손글씨를 어떻게 읽는지 눈으로 확인하세요',
    views: '화면',
    tabs: {
      draw: { label: '그리기', hint: '숫자를 그리고 신경망이 읽는 과정을 지켜보세요' },
      train: { label: '학습', hint: 'MNIST로 신경망을 학습시킵니다' },
      versions: { label: '버전', hint: '학습된 모든 버전을 모아 보고 비교합니다' },
      lesson: { label: '강의', hint: '3Blue1Brown 강의를 내가 그린 숫자로 한 단계씩 따라갑니다' }
    },
    language: '언어',
    languageSystem: '시스템 언어',
    highContrast: '고대비',
    highContrastHint: '프로젝터와 저시력 사용자를 위한, 대비가 강한 흑백 테마',
    light: '밝은 테마',
    lightHint: '흰 바탕에 어두운 글씨: 흰 벽에 투사하거나 밝은 곳에서 보기 좋은 테마'
  },
  status: {
    mnist: (train, test) => `MNIST · 학습 이미지 ${train}장 · 테스트 이미지 ${test}장`,
    mnistUnavailable: 'MNIST를 쓸 수 없음',
    readingMnist: 'MNIST 읽는 중…',
    versionsStored: (_count, formatted) => `버전 ${formatted}개 저장됨`,
    storeSize: (size) => `디스크 사용량 ${size}`,
    storeSizeHint: '데이터베이스와 WAL(로그 선행 기록) 파일의 크기입니다. 버전 화면에서 긴 학습 실행의 에포크를 줄이면 작아집니다',
    databaseHint: '모델 저장소: 모든 학습 실행과 스냅샷이 이 SQLite 파일에 있습니다'
  },
  format: {
    seconds: (s) => `${s}초`,
    minutesSeconds: (m, s) => `${m}분 ${s}초`,
    hoursMinutes: (h, m) => `${h}시간 ${m}분`
  },
  draw: {
    noNetworkTitle: '아직 학습된 신경망이 없습니다',
    noNetwork: '신경망을 하나 학습시키면 여기서 긋는 획 하나하나가 층을 따라 신경망을 통과합니다.',
    goToTrain: '학습으로 가기',
    padTitle: '숫자를 그리세요',
    undo: '되돌리기',
    undoHint: '마지막 획 되돌리기 (Ctrl+Z)',
    clear: '지우기',
    clearHint: '모두 지우기(Esc 또는 Delete)',
    itIsA: '정답:',
    digitYouDrew: '그린 숫자',
    save: '내 손글씨에 저장',
    saved: (label) => `내 테스트 세트에 저장했습니다(정답: ${label}). 버전 화면에서 볼 수 있습니다.`,
    inputTitle: '입력층',
    inputText: '뉴런 784개, 각각 픽셀 하나의 밝기(0~1)입니다.',
    sampleAsInputs: (index, label) => `MNIST 테스트 이미지 ${index}, 정답 ${label}, 입력 뉴런 784개로 표시`,
    drawingAsInputs: '내 그림을 입력 뉴런 784개로 표시',
    sampleCaption: (index) => `MNIST 테스트 이미지 #${index} · 정답`,
    answerTitle: '신경망의 답',
    versionPicker: '읽을 때 쓸 버전',
    versionOption: (id, run, epoch, accuracy) => `#${id} · ${run} · 에포크 ${n(epoch)} · ${accuracy}`,
    epochOption: (id, epoch, accuracy) => `#${id} · 에포크 ${n(epoch)} · ${accuracy}`,
    searchVersions: '학습 실행, 이름, 메모, 태그 검색…',
    noVersions: '아직 버전이 없습니다',
    showVersions: '버전 목록 보기',
    versionList: '읽을 때 쓸 수 있는 버전',
    recentlyUsed: '최근에 쓴 버전',
    moreEpochs: (_count, formatted) => `에포크 ${formatted}개 더 보기…`,
    moreEpochsLabel: (run, _count, formatted) => `${run}의 나머지 에포크 ${formatted}개 보기`,
    noMatch: '맞는 버전이 없습니다.',
    drawToSee: '숫자를 그리면 신경망이 무엇이라고 생각하는지 보여 줍니다.',
    noAnswer: '답이 없습니다. 출력 중 유효한 수가 하나도 없습니다(신경망이 발산했습니다).',
    loadingNetwork: '신경망 불러오는 중…',
    readsBefore: '답은',
    readsAfter: '입니다',
    confidence: (activation, percent) => ` (활성화 값 ${activation}, 출력 전체의 ${percent}%)`,
    outputTitle: '출력층: 숫자마다 뉴런 하나',
    insideTitle: '신경망 내부',
    pushesUp: '양수 가중치(높임)',
    pushesDown: '음수 가중치(낮춤)',
    clickNeuron: '뉴런을 눌러 보세요',
    strongestShown: '이 숫자에서 각 뉴런에 가장 강하게 들어오는 입력만 그렸습니다. 실제로는 모든 뉴런이 앞 층의 모든 뉴런과 연결되어 있습니다.',
    allConnectionsShown: '뉴런 층 사이의 연결을 모두 그렸습니다. 입력 이미지에서는 뉴런마다 가장 강한 픽셀 두 개만 그렸습니다.',
    allConnections: '모든 연결 보기',
    firstLayerTitle: '첫 번째 은닉층의 뉴런이 찾는 것',
    firstLayerText: '은닉층 1의 뉴런마다 가중치 784개, 곧 그 뉴런이 찾는 픽셀 패턴을 나란히 그렸습니다. 하나를 누르면 지금 숫자와 함께 자세히 볼 수 있습니다.',
    firstLayerSome: (shown, total) => `${n(total)}개 중 처음 ${n(shown)}개입니다.`,
    everyLayer: '모든 층',
    digitNeuron: (digit) => `숫자 ${digit}`,
    hiddenNeuron: (index) => `뉴런 ${index}`,
    layerNeuron: (layer, index) => `은닉층 ${layer}의 ${index}번 뉴런`,
    rowPerNeuron: (rows, cols) => `W의 각 행은 뉴런 하나의 가중치입니다. 가중치 ${n(cols)}개짜리 행이 ${n(rows)}개 있습니다.`,
    lectureNumbering: '강의에서는 입력을 첫 번째 층으로 세므로, 강의의 “두 번째 층”이 여기서는 은닉층 1입니다.',
    hiddenLayerTitle: (layer, size, inputs) => `은닉층 ${layer}: 뉴런 ${n(size)}개 · W는 ${n(size)} × ${n(inputs)}`,
    mnistUnreadable: 'MNIST를 읽지 못했습니다'
  },
  pad: {
    label: '그림판: 마우스, 펜, 손가락 또는 키보드로 숫자를 그리세요',
    roleDescription: '그림판',
    hint: '여기에 숫자를 그리세요',
    keys: '되돌리기 Ctrl+Z · 지우기 Esc · 키보드: 화살표로 펜 이동(Shift를 누르면 조금씩), Space로 펜을 내리거나 올립니다',
    penDown: '펜 내림',
    penUp: '펜 올림',
    position: (across, down) => `가로 ${across}%, 세로 ${down}%`
  },
  pipeline: {
    title: '신경망이 보는 것',
    steps: [
      { title: '자르기', text: '잉크를 둘러싼 상자만 남기고 잘라 냅니다.' },
      { title: '20 × 20', text: '모양을 유지한 채 긴 변이 20픽셀이 되도록 줄입니다. 각 픽셀은 덮는 영역의 평균입니다.' },
      { title: '28 × 28', text: '무게중심이 가운데 오도록 28 × 28 안에 놓습니다. MNIST를 만든 방법 그대로입니다.' }
    ]
  },
  bars: {
    activation: (value) => `활성화 값 ${value}`,
    noInput: '아직 입력 없음'
  },
  neuron: {
    output: (digit) => `숫자 ${digit}의 출력 뉴런`,
    hidden: (layer, index) => `은닉층 ${layer}의 ${index}번 뉴런`,
    tile: (layer, index) => `은닉층 ${layer}, 뉴런 ${index}`,
    openInspector: (name) => `${name}: 뉴런 살펴보기 열기`,
    inputLayer: '입력층: 뉴런 784개',
    columnInput: '입력층',
    columnHidden: (layer) => `은닉층 ${layer}`,
    columnOutput: '출력층',
    closeInspector: '뉴런 살펴보기 닫기',
    incomingWeightsLabel: (count) => `들어오는 가중치 ${n(count)}개`,
    incomingWeights: '들어오는 가중치',
    patternItLooksFor: '— 이 뉴런이 찾는 패턴',
    contributionsLabel: '지금 숫자에 대한 가중치 × 입력',
    drawADigit: '숫자를 그리세요',
    contributions: '가중치 × 입력: 방금 이 뉴런의 활성화 값을 올리거나 내린 것',
    bias: '편향 b',
    biasHint: '편향 b는 문턱값 역할을 합니다. 뉴런이 켜지려면 가중합 w · a가 얼마나 커야 하는지를 정합니다.',
    sigmoidIs: 'σ는 시그모이드 함수입니다. z를 0과 1 사이로 압축합니다.',
    weightedSum: 'z = 가중합 + 편향',
    activation: '활성화 값 a',
    inputs: '입력 수',
    history: {
      title: '에포크별 변화',
      loading: '저장된 에포크를 읽는 중…',
      tooFew: '이 학습 실행에는 에포크가 하나만 저장되어 있어 재생할 것이 없습니다.',
      play: '재생',
      pause: '일시 정지',
      epochSlider: '보여 줄 에포크',
      epoch: (epoch) => (epoch === 0 ? '시작(에포크 0)' : `에포크 ${epoch}`),
      weightsAt: (epoch) => (epoch === 0 ? '시작할 때의 가중치' : `에포크 ${n(epoch)} 뒤의 가중치`),
      changeLabel: '바로 앞 에포크와 비교한 가중치 변화',
      changeSince: (epoch) => (epoch === 0 ? '시작과 비교한 변화' : `${josa(`에포크 ${n(epoch)}`, '과/와')} 비교한 변화`),
      start: '시작: 학습 전의 무작위 가중치',
      movement: '에포크마다 각 층의 가중치가 움직인 정도:',
      movementLabel: '층마다 선 하나: 한 에포크에서 다음 에포크로 가중치가 바뀐 정도(제곱평균제곱근)',
      layer: (layer, output) => (output ? '출력층' : `은닉층 ${layer}`),
      noStart: '시작 가중치를 보관하기 전에 저장된 학습 실행이라 첫 에포크부터 보여 줍니다.'
    },
    experiments: {
      responds: '무엇에 반응할까?',
      switchOff: '이 뉴런 끄기',
      working: '이미지 10,000장으로 시험하는 중…',
      switchedOff: (before, after) => `테스트 정확도: 켜 두면 ${before}, 0으로 고정하면 ${after}.`,
      perDigit: '이 뉴런을 켰을 때와 껐을 때의 숫자별 정확도',
      on: '켜 둠',
      off: '끔',
      selectivity: '이 뉴런이 반응하는 것과 비교해 보세요. 어떤 숫자에 선택적으로 반응하는 뉴런이 그 숫자를 읽는 데 가장 중요한 뉴런은 아닌 경우가 많습니다(Morcos 외, 2018).'
    },
    positive: '양수',
    negative: '음수',
    strongerIsLarger: '색이 진할수록 큼'
  },
  browser: {
    title: (split) => `MNIST ${split === 'train' ? '학습' : '테스트'} 이미지`,
    pick: '하나를 고르면 그림 대신 신경망에 넣습니다.',
    wrongOnly: '이 버전이 틀리는 것만',
    previous: '이전 페이지',
    next: '다음 페이지',
    range: (from, to, total) => `${total}장 중 ${from}~${to}`,
    rangeEmpty: (total) => `${total}장 중 0`,
    image: (split, index, label, predicted) =>
      `${split === 'train' ? '학습' : '테스트'} 이미지 ${index}, 정답 ${label}${predicted === undefined ? '' : `, 신경망의 답 ${predicted}`}`
  },
  charts: {
    epoch: '에포크',
    digit: '숫자',
    shareOfImages: '이미지 비율',
    noEpochYet: '아직 끝난 에포크 없음',
    epochValue: (epoch, value) => `에포크 ${n(epoch)}: ${value}`,
    epochPoint: (epoch, value) => `에포크 ${n(epoch)}: ${value}`,
    images: (label, count, percent) => `${label}: 이미지 ${count}장(${percent}%)`,
    trainingSplit: (count) => `학습(${count})`,
    testSplit: (count) => `테스트(${count})`,
    labelSummary: (digit, train, test) => `${digit}: 학습 ${train}장, 테스트 ${test}장`,
    imagesPerDigit: 'MNIST의 숫자별 이미지 수',
    perDigitTitle: '숫자별 정확도: 버전마다 잘하는 숫자와 못하는 숫자',
    perDigitLabel: '숫자별 정확도',
    confusionCaption: (title) => `${title}의 혼동 행렬: 행은 실제 숫자, 열은 신경망의 답`,
    trueDigit: '실제 숫자',
    confusionCell: (count, actual, predicted) => `정답 ${actual}, 답 ${predicted}인 테스트 이미지 수: ${n(count)}`
  },
  train: {
    dataTitle: '학습 데이터',
    dataText: '앱에 함께 들어 있는 파일에서 읽은 MNIST 손글씨 숫자입니다. 아무것도 내려받지 않습니다.',
    trainingImages: '학습 이미지',
    testImages: '테스트 이미지',
    imageSize: '이미지 크기(px)',
    classes: '정답 종류(숫자)',
    tenDigits: '10개',
    source: '출처:',
    mnistUnreadable: 'MNIST를 읽지 못했습니다',
    networkTitle: '신경망',
    networkText: '3Blue1Brown의 숫자 인식 신경망: 모든 층이 다음을 계산합니다',
    formulaLabel: 'a 프라임은 W 곱하기 a 더하기 b의 시그모이드',
    inputNeurons: '입력 뉴런',
    pixelBrightness: '— 픽셀 밝기',
    hiddenNeurons: '은닉 뉴런',
    firstHidden: '— 첫 번째 은닉층',
    secondHidden: '— 두 번째 은닉층',
    outputNeurons: '출력 뉴런',
    brightestIsAnswer: '— 가장 밝은 것이 답',
    learning: `학습이란 올바른 출력이 가장 밝아지도록 가중치와 편향 ${n(parameterCount(PRESETS.classic.config.layers))}개를 찾는 일입니다. 학습 실행과 에포크는 모델 저장소에 보관되고 버전 화면에 나옵니다.`
  },
  form: {
    title: '새 학습 실행',
    preset: '프리셋',
    presets: {
      classic: {
        title: '클래식',
        description: '3Blue1Brown의 신경망을 Nielsen 1장 설정으로: 모든 층에 시그모이드, 이차 비용, η = 3.'
      },
      modern: {
        title: '모던',
        description: '같은 784–16–16–10 구조를 요즘 방식으로 학습: ReLU, 소프트맥스와 교차 엔트로피, He 초기화, 모멘텀.'
      },
      wide: { title: '와이드', description: '뉴런이 더 많은 784–128–64–10을 모던처럼 학습합니다. 신경망이 커지면 무엇이 달라지는지 보세요.' }
    },
    runName: '학습 실행 이름',
    defaultName: (preset, seed) => `${preset} · 시드 ${seed}`,
    layers: '층별 뉴런 수',
    layersHint: `입력 784, 은닉층 최대 ${n(LIMITS.hiddenLayers.max)}개(층마다 뉴런 ${range(LIMITS.layerSize)}개), 출력 10`,
    fields: {
      eta: { label: '학습률 η', hint: '경사 하강법의 보폭' },
      etaDecay: { label: '에포크당 η 감쇠', hint: '1이면 η 고정' },
      batchSize: { label: '미니배치 크기', hint: range(LIMITS.batchSize) },
      epochs: { label: '에포크', hint: '학습 이미지를 훑는 횟수' },
      momentum: { label: '모멘텀 μ', hint: '0이면 일반 SGD' },
      l2: { label: 'L2 λ', hint: '가중치 감쇠, 0이면 없음' },
      seed: { label: '시드', hint: '같은 시드, 같은 가중치' },
      subset: { label: '학습 이미지 수', hint: '적을수록 빨리 학습' }
    },
    selects: {
      hiddenActivation: '은닉층 활성화 함수',
      outputActivation: '출력층 활성화 함수',
      cost: '비용 함수',
      init: '초기 가중치'
    },
    choices: {
      sigmoid: '시그모이드',
      relu: 'ReLU',
      tanh: 'tanh',
      softmax: '소프트맥스',
      quadratic: '이차(제곱 오차)',
      'cross-entropy': '교차 엔트로피',
      normal: '정규분포',
      xavier: 'Xavier',
      he: 'He'
    },
    invalid: (field, schemaMessage) =>
      field === 'cost' && schemaMessage.includes('softmax') ? '출력층이 소프트맥스이면 비용 함수로 교차 엔트로피를 고르세요' : (FIELD_RULES[field] ?? '값을 확인하세요'),
    train: '학습 시작',
    oneAtATime: '학습은 한 번에 하나만 할 수 있습니다. 지금 학습이 끝나면 시작하세요.'
  },
  run: {
    noRun: '아직 학습 없음',
    status: {
      starting: 'MNIST 읽는 중…',
      running: '학습 중',
      paused: '일시 정지됨',
      completed: '완료',
      cancelled: '취소됨 — 끝난 에포크는 보관',
      failed: '실패 — 끝난 에포크는 보관',
      interrupted: '중단됨 — 끝난 에포크는 보관',
      diverged: '발산해 멈춤 — 숫자가 아닌 값은 저장하지 않음'
    },
    testAccuracy: (percent) => ` · 테스트 정확도 ${percent}`,
    intro: '프리셋을 고르고 원하면 조정한 뒤 “학습 시작”을 누르세요. 학습은 뒤에서 진행되고, 그동안에도 그리기를 계속할 수 있습니다.',
    resume: '계속',
    pause: '일시 정지',
    cancel: '취소',
    couldNot: '요청을 처리하지 못했습니다',
    failed: '학습에 실패했습니다',
    progress: '학습 진행률',
    epoch: '에포크',
    epochOf: (epoch, epochs) => `${n(epoch)} / ${n(epochs)}`,
    done: '진행률',
    samplesPerSecond: '초당 이미지',
    timeLeft: '남은 시간',
    runningCost: '현재 비용',
    costChart: '에포크별 학습 비용',
    accuracyChart: '에포크별 테스트 정확도'
  },
  versions: {
    regionLabel: '버전 목록: .digitscope.json 파일을 여기에 끌어다 놓으면 가져옵니다',
    storeUnreadable: '모델 저장소를 읽지 못했습니다',
    emptyTitle: '아직 버전이 없습니다',
    emptyText: '모든 학습 실행의 에포크 하나하나가 여기에 버전으로 보관됩니다. 버전마다 이름을 붙이고, 그리기에 쓰고, 서로 비교할 수 있습니다. 첫 신경망을 학습시키거나 모델 파일을 여기에 끌어다 놓아 시작하세요.',
    goToTrain: '학습으로 가기',
    title: '버전',
    filter: '이름, 메모, 태그로 검색…',
    filterLabel: '버전 검색',
    sort: '정렬',
    sorts: {
      newest: '최신 학습 실행순',
      oldest: '오래된 학습 실행순',
      best: '정확도 높은 순',
      name: '학습 실행 이름순'
    },
    import: '가져오기…',
    compare: (count) => (count >= 2 ? `버전 ${n(count)}개 비교` : '버전 비교'),
    hint: '화살표 키로 이동하고, Enter나 Space로 학습 실행을 펼치거나 버전을 고르세요. 어느 학습 실행의 버전이든 2~8개를 골라 비교하세요. .digitscope.json 파일을 이 화면 아무 곳에나 끌어다 놓으면 가져옵니다.',
    storeSize: (size, _count, formatted) => `데이터베이스: ${size} · 버전 ${formatted}개`,
    treeLabel: '학습 실행과 그 버전',
    columns: {
      compare: '비교',
      version: '버전',
      epoch: '에포크',
      accuracy: '테스트 정확도',
      cost: '학습 비용',
      actions: '작업'
    },
    epochs: (_count, formatted) => `에포크 ${formatted}개`,
    lastEpoch: (epoch, accuracy) => `마지막: 에포크 ${n(epoch)}, ${accuracy}`,
    bestEpoch: (epoch, accuracy) => `최고: 에포크 ${n(epoch)}, ${accuracy}`,
    showEpochs: (name, _count, formatted) => `${name}의 에포크 ${formatted}개 펼치기`,
    hideEpochs: (name) => `${name}의 에포크 접기`,
    loadingEpochs: '에포크 불러오는 중…',
    loadingRun: '불러오는 중…',
    noMatch: (text) => `“${text}”에 맞는 학습 실행이나 버전이 없습니다.`,
    best: '최고',
    last: '마지막',
    trainedSaved: (time, saved) => `학습 시간 ${time} · ${saved}에 저장`,
    savedAt: (saved) => `${saved}에 저장`,
    thin: '에포크 줄이기…',
    thinLabel: (name) => `${name}: 에포크 줄이기…`,
    thinHint: '이 학습 실행의 에포크를 줄여 공간을 확보합니다',
    thinTitle: (name) => `“${name}”의 에포크 줄이기`,
    thinText: '첫 에포크, 마지막 에포크, 정확도가 가장 높은 에포크, k 에포크마다 하나씩, 그리고 이름·태그·메모를 붙였거나 미세 조정에 쓴 에포크는 남기고 나머지는 삭제합니다.',
    thinEvery: 'k 에포크마다 하나씩 남기기, k =',
    thinChecking: '무엇이 삭제될지 확인하는 중…',
    thinKeeps: (kept, total, epochs) => `에포크 ${n(total)}개 중 ${n(kept)}개를 남깁니다: ${epochs}.`,
    thinRemoves: (count, formatted, size) => (count === 0 ? '삭제할 것이 없습니다. 모든 에포크가 남습니다.' : `에포크 ${formatted}개를 삭제합니다. 확보되는 공간: 약 ${size}`),
    thinConfirm: (_count, formatted) => `에포크 ${formatted}개 삭제`,
    thinned: '에포크를 줄였습니다',
    thinnedText: (name, removed, size) => `“${name}”: ${removed} 삭제, ${size} 확보.`,
    runStatus: {
      running: '학습 중',
      paused: '일시 정지됨',
      completed: '완료',
      cancelled: '취소됨',
      failed: '실패',
      interrupted: '중단됨',
      diverged: '발산함',
      imported: '가져옴'
    },
    custom: '사용자 지정',
    etaBatch: (eta, batch) => ` · η ${eta} · 미니배치 ${n(batch)}`,
    fineTunedFrom: (id) => `#${id}에서 미세 조정`,
    deleteRun: '학습 실행 삭제',
    deleteRunLabel: (name) => `학습 실행 삭제: ${name}`,
    compareVersion: (id) => `버전 ${id} 비교`,
    nameTagsNotes: '이름, 태그, 메모',
    rename: '이름 바꾸기',
    inDraw: '그리기에서 사용 중',
    drawWithIt: '그리기에서 사용',
    useLabel: (action, id) => `${action}: 버전 ${id}`,
    export: '내보내기',
    exportLabel: (id) => `버전 ${id} 내보내기`,
    onnxLabel: (id) => `${josa(`버전 ${id}`, '을/를')} ONNX 형식으로 내보내기`,
    fineTune: '미세 조정',
    fineTuneLabel: (id) => `${josa(`버전 ${id}`, '을/를')} 내 손글씨로 미세 조정`,
    fineTuneHint: '저장한 그림과 MNIST를 섞어 3에포크 더 학습합니다',
    name: '이름',
    tags: '태그',
    notes: '메모',
    nameLabel: (id) => `버전 ${id}의 이름`,
    tagsLabel: (id) => `버전 ${id}의 태그, 쉼표로 구분`,
    tagsPlaceholder: '기준선, 7을 잘 읽음',
    notesLabel: (id) => `버전 ${id}에 대한 메모`,
    save: '저장',
    cancel: '취소',
    failed: '작업을 완료하지 못했습니다',
    confirmDelete: (name, count) => `“${name}” 학습 실행과 그 버전 ${n(count)}개를 삭제할까요? 되돌릴 수 없습니다.`,
    deleted: '삭제됨',
    deletedText: (name) => `“${name}” 학습 실행과 그 버전을 모두 삭제했습니다.`,
    imported: '가져옴',
    importedText: (file, id) => `“${file}” 파일을 ${josa(`버전 #${id}`, '으로/로')} 가져왔습니다.`,
    fineTuning: '미세 조정 중',
    fineTuningText: (id, shortcut) => `${josa(`버전 #${id}`, '이/가')} 새 학습 실행에서 내 손글씨로 미세 조정되고 있습니다. 학습 화면(${shortcut})에서 진행 상황을 볼 수 있습니다.`
  },
  compare: {
    versionLabel: (id, name, epoch) => `#${id} ${name} · 에포크 ${n(epoch)}`,
    params: {
      layers: '층',
      hiddenActivation: '은닉층 활성화 함수',
      outputActivation: '출력층 활성화 함수',
      cost: '비용 함수',
      init: '초기 가중치',
      eta: 'η',
      etaDecay: 'η 감쇠',
      batchSize: '미니배치 크기',
      epochs: '설정한 에포크 수',
      momentum: '모멘텀',
      l2: 'L2 λ',
      seed: '시드'
    },
    title: (count) => `버전 ${n(count)}개 비교`,
    close: '닫기',
    couldNot: '비교하지 못했습니다',
    accuracyChart: '에포크별 테스트 정확도',
    costChart: '에포크별 학습 비용',
    matrices: '혼동 행렬',
    matricesHint: '— 행: 실제 숫자, 열: 신경망의 답. 칸을 누르면 그 이미지들이 나옵니다',
    cellImages: (total, actual, id, predicted, shown) =>
      `정답이 ${actual}인데 버전 #${id}의 답이 ${predicted}인 테스트 이미지 ${n(total)}장${total > shown ? `(처음 ${n(shown)}장)` : ''}. 하나를 누르면 그리기에서 엽니다.`,
    openImage: (index) => `${josa(`테스트 이미지 ${index}`, '을/를')} 그리기에서 열기`,
    hyperparameters: '하이퍼파라미터',
    onlyDifferences: '다른 것만 보기',
    mnistAccuracy: 'MNIST 테스트 정확도',
    myHandwriting: '내 손글씨',
    noneSaved: '저장한 것 없음',
    handwritingScore: (percent, count) => `${percent}(그림 ${n(count)}개)`,
    drawingReadByEach: '내 그림을 각 버전이 읽은 결과',
    drawFirst: '그리기 화면에서 숫자를 그리면 비교 중인 모든 버전이 여기서 읽습니다.',
    outputActivations: (list) => `출력 활성화 값: ${list}`,
    disagree: '의견이 갈리는 곳',
    disagreeCount: (total, of) => (of === null ? `— 테스트 이미지 ${total}장` : `— 테스트 이미지 ${of}장 중 ${total}장`),
    disagreement: (index, label, answers) => `테스트 이미지 ${index}, 정답 ${label}, 답 ${answers}`
  },
  lesson: {
    stepsLabel: '강의 단계',
    stepOf: (step, count) => `${count}단계 중 ${step}단계`,
    previous: '이전',
    next: '다음',
    yourDrawing: '내가 그린 숫자',
    padHint: '여기에 숫자를 그리세요. 모든 단계가 이 그림을 읽습니다.',
    readsAs: (digit) => `신경망이 읽은 답: ${digit}`,
    readsNoiseAs: (digit) => `신경망이 이 잡음에서 읽은 답: ${digit}. 숫자가 전혀 아닌데도 답을 냅니다.`,
    noise: '잡음',
    noiseHint: '그림 대신 무작위 픽셀을 신경망에 넣습니다',
    predictFirst: '먼저 예측해 보세요',
    noWrongAnswer: '틀린 답이 없는 질문입니다. 이제 살펴보세요.',
    right: '맞았습니다!',
    notQuite: (answer) => `아쉽네요. 정답: ${answer}`,
    askAgain: '다시 풀기',
    needsMnist: 'MNIST 테스트 이미지를 읽지 못해 이 단계를 보여 줄 수 없습니다.',
    drawFirst: '먼저 왼쪽 그림판에 숫자를 그리세요.',
    needsVersion: '그림을 읽을 학습된 버전이 필요합니다. 새로 학습하거나 그리기 화면에서 버전을 고르세요.',
    needsHiddenVersion: '입력 784개와 은닉층이 하나 이상 있는 버전이 필요합니다.',
    sigmoidCurve: '시그모이드 곡선: z가 −10에서 10으로 갈 때 σ(z)는 0에서 1로 올라갑니다',
    sigmoidAt: (z, a) => `시그모이드 곡선. z = ${twoPlaces(z)}인 점을 표시했고, 이때 σ(z) = ${threePlaces(a)}입니다`,
    painterLabel: '내 뉴런의 가중치 784개(픽셀마다 하나)',
    painterHelp: '마우스로 칠하거나, 화살표 키로 옮기고 Space로 칠하세요. 내가 그린 숫자가 밑에 흐리게 보입니다.',
    brush: '붓',
    brushes: { positive: '양수', negative: '음수', erase: '지우개' },
    presetEdge: '예시: 위쪽 가운데의 짧은 가로선',
    clearWeights: '가중치 모두 지우기',
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
          '9는 선 위에 고리가 얹힌 모양이고, 8은 고리 두 개입니다. 강의에서 기대하는 그림은 이렇습니다. 첫 번째 은닉층은 짧은 선분(에지)을 찾고, 두 번째 은닉층은 선분을 모아 고리와 선을 찾고, 출력층은 그것들을 모아 숫자를 알아봅니다.',
          '첫 번째 은닉층의 뉴런은 픽셀마다 가중치가 하나씩 있습니다. 이를 28 × 28 이미지로 그리면 픽셀마다 가중치에 따라 색이 칠해집니다.'
        ]
      },
      weights: {
        title: '가중치',
        text: [
          '어떤 뉴런이 한 영역의 선분을 알아채게 하려면 그 영역의 픽셀에 양수 가중치를 주고 나머지는 0으로 두면 됩니다. 그러면 가중합은 그 영역 픽셀 밝기의 합이 됩니다. 그 둘레에 음수 가중치를 더하면, 가운데는 밝고 둘레는 어두운 선분에만 크게 반응합니다.',
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
          '이 앱에서는 W의 행 하나가 뉴런 하나의 가중치입니다. 뉴런마다 행이 하나씩 있는 셈입니다. 강의 노트에서는 뉴런의 연결을 열로 적는데, 같은 행렬을 전치한(행과 열을 바꾼) 것일 뿐 어느 쪽이든 뉴런마다 자기 가중치 목록이 있습니다.'
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
      pixel: (row, col, value) => `${row}행 ${col}열: 활성화 값 ${value}`,
      pointAtPixel: '픽셀을 가리키면 활성화 값이 보입니다.',
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
      weightImage: (letter, neuron) => `뉴런 ${letter} (은닉층 1의 ${neuron}번 뉴런): 가중치를 28 × 28 이미지로 그린 것`,
      neuronName: (neuron) => `${neuron}번 뉴런`,
      question: (count) => `첫 번째 은닉층의 이 뉴런 ${count}개 중 내 그림을 넣었을 때 활성화 값이 가장 클 뉴런은 어느 것일까요?`,
      reveal: '첫 번째 은닉층의 뉴런 16개 전부와, 내 그림에 대한 각 뉴런의 활성화 값:',
      hope: '강의에서 말하는 “두 번째 층”이 이 앱의 은닉층 1입니다. 짧은 선분(에지)처럼 보이나요? 이 질문은 마지막 단계에서 다시 다룹니다.',
      legend: '파란 픽셀은 양수 가중치로, 켜지면 뉴런의 활성화 값을 올립니다. 주황 픽셀은 음수 가중치로, 켜지면 내립니다.'
    },
    weights: {
      formula: '가중합 = w₁a₁ + w₂a₂ + … + w₇₈₄a₇₈₄',
      yourSum: (sum) => `내 그림에 대한 가중합: ${sum}`,
      candidate: (letter, label) => `이미지 ${letter}: 숫자 ${label}`,
      question: '이 네 이미지 중 내 뉴런의 가중합을 가장 크게 만드는 것은?',
      reveal: (sums) => `가중합: ${sums}`,
      moral: '가중치는 뉴런이 찾는 픽셀 패턴을 알려 줍니다. 양수 가중치 위의 잉크는 가중합을 올리고, 음수 가중치 위의 잉크는 내립니다.',
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
      text: '내 뉴런이 그리기 화면에서 고른 버전의 첫 번째 은닉층 뉴런 하나를 대신합니다. MNIST 테스트 이미지 10,000장으로 그 자리에서 얼마나 쓸모 있는지 확인합니다. 다음 층은 원래 뉴런에 맞춰 학습된 가중치로 내 뉴런의 출력을 받기 때문에, 어떤 숫자는 정확도가 크게 떨어질 수 있습니다.',
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
      rowsNote: '가로줄 하나가 W의 행 하나, 곧 뉴런 하나의 가중치 784개를 픽셀 순서대로 늘어놓은 것입니다.',
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
      columnSums: '열마다 합',
      total: '가중치와 편향 모두',
      reveal: (total) => `모두 ${total}개입니다. 학습은 비용 함수 값이 작아지도록(다음 강의에서 다룹니다) 이 숫자 하나하나를 조금씩 고쳐 나갑니다.`,
      goTrain: '신경망 학습하러 가기'
    },
    hope: {
      look: (shape) => `그리기 화면에서 고른 버전(${shape})의 첫 번째 은닉층입니다. 뉴런을 누르면 그 뉴런이 무엇에 반응하는지 볼 수 있습니다.`,
      firstLayer: '첫 번째 은닉층의 가중치 이미지',
      pick: (layer, neuron) => `은닉층 ${layer}의 ${neuron}번 뉴런이 반응하는 것 보기`,
      question: '이 뉴런들이 강의에서 기대한 짧은 선분(에지)처럼 보이나요?',
      choices: ['예: 깔끔한 선분과 획', '별로 그렇지 않음: 얼룩덜룩한 패턴에 구조가 조금 보이는 정도'],
      reveal: '강의에 나온 것과 같은 모양의 신경망에 대해 3Blue1Brown이 내린 답은 “별로 그렇지 않다”입니다. 가중치는 거의 무작위처럼 보이고 구조는 희미할 뿐입니다. 그래도 신경망은 숫자를 잘 읽습니다. 우리가 기대한 방식이 아닐 뿐입니다.',
      secondLayer: '은닉층 2',
      switchOffText: '한 숫자에 반응하는 뉴런이 그 숫자를 읽는 데 꼭 필요한 뉴런일까요? 고른 뉴런을 끄고 숫자별 정확도를 확인해 보세요.',
      secondLayerHint: '은닉층 2의 뉴런은 픽셀이 아니라 은닉층 1을 읽으므로 가중치 이미지가 없습니다. 하나를 골라 그 뉴런을 가장 크게 활성화하는 테스트 이미지를 보세요.',
      compare: '“와이드” 또는 “모던” 프리셋으로 학습한 버전과 비교해 보세요. 그리기 화면에서 버전을 고르거나 새로 학습한 뒤 돌아오면 됩니다.'
    },
    responds: {
      title: (layer, neuron) => `은닉층 ${layer}의 ${neuron}번 뉴런이 반응하는 것`,
      working: '테스트 이미지 10,000장을 읽는 중…',
      top: 'z가 가장 큰 테스트 이미지 9장',
      example: (index, label) => `테스트 이미지 ${index}: 숫자 ${label}`,
      spread: '범위 전체: 최저, 사분위수, 최고',
      quantile: (q) => (q === 0 ? '최저' : q === 1 ? '최고' : `${Math.round(q * 100)}%`),
      optimised: '가장 크게 활성화하는 입력(경사 상승법)',
      optimisedLabel: 'z를 가능한 한 크게 만들도록 경사 상승법으로 찾은 입력',
      exact: '정확한 최적 입력: 가중치가 양수인 픽셀만 1',
      exactLabel: '계산으로 구한 최적 입력: 가중치가 양수인 픽셀은 모두 1, 나머지는 0',
      exactWhy: '은닉층 1 뉴런의 z는 픽셀의 가중합이므로, 가중치가 양수인 픽셀만 모두 켤 때 z가 가장 큽니다.',
      caveat: '뉴런은 여러 가지가 섞인 것에 반응하는 경우가 많습니다. 최적화된 이미지는 혼자 보지 말고 예시 이미지와 나란히 보세요.'
    }
  },
  handwriting: {
    title: '내 손글씨',
    saved: (count) => `· ${n(count)}개 저장됨`,
    text: '나만의 테스트 세트: 그리기 화면에서 그림을 정답과 함께 저장하세요. 비교 화면에서 각 버전의 성적을 보여 줍니다.',
    drawingOf: (label) => `내가 그린 ${label}`,
    labelOf: (id) => `그림 ${id}의 정답`,
    deleteDrawing: (id) => `그림 ${id} 삭제`
  },
  /** Names Digitscope gives runs itself (stored as keys: run-names.ts). */
  runNames: RUN_NAME_WORDS_KO,
  explain: (failure) => koExplain(failure, failure.code && ERRORS[failure.code])
}
