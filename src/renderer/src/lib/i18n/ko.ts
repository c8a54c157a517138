import { LIMITS } from '../../../../shared/nn/config'
import { PRESETS } from '../../../../shared/nn/presets'
import { parameterCount } from '../../../../shared/nn/weights-and-biases'
import type { ErrorTexts, Messages } from './en'
import { numberFormatter, rangeFormatter } from './numbers'

const LOCALE = 'ko-KR'
const n = numberFormatter(LOCALE)
const range = rangeFormatter(LOCALE)
/** "1부터 60,000까지": a whole-number range as a Korean rule states it. */
const fromTo = ({ min, max }: { min: number; max: number }) => `${n(min)}부터 ${n(max)}까지`

/** 한국어 카탈로그. 3Blue1Brown 한국어 자막과 교재에서 흔히 쓰는 용어(뉴런, 가중치, 편향, 활성화, 시그모이드)를 따른다. */
const FIELD_RULES: Record<string, string> = {
  layers: `층마다 뉴런 수를 쉼표로 적습니다: 784로 시작해 10으로 끝나고, 은닉층은 ${range(LIMITS.layerSize)}개, 많아야 ${n(LIMITS.hiddenLayers.max)}층입니다`,
  hiddenActivation: '목록에 있는 활성화 함수를 고르세요',
  outputActivation: '목록에 있는 출력 활성화 함수를 고르세요',
  cost: '목록에 있는 비용 함수를 고르세요',
  init: '목록에 있는 초기화 방법을 고르세요',
  eta: `학습률 η는 0보다 크고 ${n(LIMITS.eta.max)} 이하인 수여야 합니다`,
  etaDecay: `η 감쇠는 0보다 크고 ${n(LIMITS.etaDecay.max)} 이하인 수여야 합니다`,
  batchSize: `미니배치 크기는 ${fromTo(LIMITS.batchSize)}의 정수여야 합니다`,
  epochs: `에포크는 ${fromTo(LIMITS.epochs)}의 정수여야 합니다`,
  momentum: `모멘텀은 0 이상 ${n(LIMITS.momentum.below)} 미만이어야 합니다`,
  l2: `L2 λ는 ${n(LIMITS.l2.min)} 이상 ${n(LIMITS.l2.max)} 이하여야 합니다`,
  seed: `시드는 ${fromTo(LIMITS.seed)}의 정수여야 합니다`,
  subset: `학습 이미지 수는 ${fromTo(LIMITS.trainingImages)}의 정수여야 합니다`,
  name: `이름은 비워 둘 수 없고 ${n(LIMITS.nameLength.max)}자까지입니다`
}

export const ko: Messages = {
  locale: LOCALE,
  app: {
    tagline: '신경망이 손글씨를 어떻게 읽는지 눈으로 확인하세요',
    views: '화면',
    tabs: {
      draw: { label: '그리기', hint: '숫자를 그리고 신경망이 읽는 과정을 지켜보세요' },
      train: { label: '학습', hint: 'MNIST로 신경망을 학습시킵니다' },
      versions: { label: '버전', hint: '학습된 모든 버전과 비교' }
    },
    language: '언어',
    languageSystem: '시스템 언어',
    highContrast: '고대비',
    highContrastHint: '프로젝터와 저시력 사용자를 위한 강한 색의 흑백 테마',
    light: '밝은 테마',
    lightHint: '흰 바탕에 어두운 글씨: 흰 벽에 투사하거나 밝은 곳에서 보기 좋은 테마'
  },
  status: {
    mnist: (train, test) => `MNIST · 학습 이미지 ${train}장 · 테스트 이미지 ${test}장`,
    mnistUnavailable: 'MNIST를 쓸 수 없음',
    readingMnist: 'MNIST 읽는 중…',
    versionsStored: (_count, formatted) => `버전 ${formatted}개 저장됨`,
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
    clearHint: '모두 지우기 (Esc 또는 Delete)',
    itIsA: '이 숫자는',
    digitYouDrew: '그린 숫자',
    save: '내 손글씨에 저장',
    saved: (label) => `내 테스트 세트에 ${label}(으)로 저장했습니다 (버전 화면에서 볼 수 있습니다).`,
    inputTitle: '입력층',
    inputText: '뉴런 784개, 각각 픽셀 하나의 밝기(0–1)입니다.',
    sampleAsInputs: (index, label) => `MNIST 테스트 이미지 ${index}, 정답 ${label}, 입력 뉴런 784개로 표시`,
    drawingAsInputs: '내 그림을 입력 뉴런 784개로 표시',
    sampleCaption: (index) => `MNIST 테스트 이미지 #${index} · 정답`,
    answerTitle: '신경망의 답',
    versionPicker: '읽을 때 쓸 버전',
    versionOption: (id, run, epoch, accuracy) => `#${id} · ${run} · 에포크 ${epoch} · ${accuracy}`,
    drawToSee: '숫자를 그리면 신경망이 무엇이라고 생각하는지 보여 줍니다.',
    noAnswer: '답이 없습니다: 출력이 모두 수가 아닙니다(신경망이 발산했습니다).',
    loadingNetwork: '신경망 불러오는 중…',
    readsBefore: '',
    readsAfter: '(으)로 읽었습니다',
    confidence: (percent) => ` (출력 밝기의 ${percent} %)`,
    outputTitle: '출력층: 숫자마다 뉴런 하나',
    insideTitle: '신경망 내부',
    pushesUp: '올리는 쪽',
    pushesDown: '내리는 쪽',
    clickNeuron: '뉴런을 클릭해 보세요',
    everyLayer: '모든 층',
    digitNeuron: (digit) => `숫자 ${digit}`,
    hiddenNeuron: (index) => `뉴런 ${index}`,
    hiddenLayerTitle: (layer, size, inputs) => `은닉층 ${layer}: 뉴런 ${size}개 · W는 ${size} × ${inputs}`,
    mnistUnreadable: 'MNIST를 읽지 못했습니다'
  },
  pad: {
    label: '그림판: 마우스, 펜, 손가락 또는 키보드로 숫자를 그리세요',
    roleDescription: '그림판',
    hint: '여기에 숫자를 그리세요',
    keys: '되돌리기 Ctrl+Z · 지우기 Esc · 키보드: 화살표로 펜 이동(Shift는 작은 걸음), Space로 펜을 내리거나 올립니다',
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
    activation: (value) => `활성화 ${value}`,
    noInput: '아직 입력 없음'
  },
  neuron: {
    output: (digit) => `숫자 ${digit}의 출력 뉴런`,
    hidden: (layer, index) => `은닉층 ${layer}, 뉴런 ${index}`,
    openInspector: (name) => `${name}: 뉴런 살펴보기 열기`,
    inputLayer: '입력층: 뉴런 784개',
    columnInput: '입력',
    columnHidden: (layer) => `은닉 ${layer}`,
    columnOutput: '출력',
    closeInspector: '뉴런 살펴보기 닫기',
    incomingWeightsLabel: (count) => `들어오는 가중치 ${count}개`,
    incomingWeights: '들어오는 가중치',
    patternItLooksFor: '— 이 뉴런이 찾는 무늬',
    contributionsLabel: '지금 숫자에 대한 가중치 × 입력',
    drawADigit: '숫자를 그리세요',
    contributions: '가중치 × 입력: 방금 이 뉴런을 올리거나 내린 것',
    bias: '편향 b',
    weightedSum: '가중합 z',
    activation: '활성화 a',
    inputs: '입력 수',
    previous: '이전',
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
    range: (from, to, total) => `${total}장 중 ${from}–${to}`,
    rangeEmpty: (total) => `${total}장 중 0`,
    image: (split, index, label, predicted) =>
      `${split === 'train' ? '학습' : '테스트'} 이미지 ${index}, 정답 ${label}${predicted === undefined ? '' : `, ${predicted}(으)로 읽음`}`
  },
  charts: {
    epoch: '에포크',
    digit: '숫자',
    shareOfImages: '이미지 비율',
    noEpochYet: '아직 끝난 에포크 없음',
    epochValue: (epoch, value) => `에포크 ${epoch}: ${value}`,
    epochPoint: (epoch, value) => `에포크 ${epoch} ${value}`,
    images: (label, count, percent) => `${label}: 이미지 ${count}장 (${percent}%)`,
    trainingSplit: (count) => `학습 (${count})`,
    testSplit: (count) => `테스트 (${count})`,
    labelSummary: (digit, train, test) => `${digit}: 학습 ${train}장, 테스트 ${test}장`,
    imagesPerDigit: 'MNIST의 숫자별 이미지 수',
    perDigitTitle: '숫자별 정확도: 버전마다 잘하는 숫자와 못하는 숫자',
    perDigitLabel: '숫자별 정확도',
    confusionCaption: (title) => `${title}의 혼동 행렬: 행은 실제 숫자, 열은 신경망의 답`,
    trueDigit: '실제 숫자',
    confusionCell: (count, actual, predicted) => `${count}: 실제 ${actual}을(를) ${predicted}(으)로 읽은 테스트 이미지 수`
  },
  train: {
    dataTitle: '학습 데이터',
    dataText: '앱에 함께 들어 있는 파일에서 읽은 MNIST 손글씨 숫자입니다. 아무것도 내려받지 않습니다.',
    trainingImages: '학습 이미지',
    testImages: '테스트 이미지',
    imageSize: '이미지 크기',
    classes: '클래스',
    tenDigits: '숫자 10개',
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
        description: '같은 784-16-16-10 구조를 요즘 방식으로 학습: ReLU, 소프트맥스와 교차 엔트로피, He 초기화, 모멘텀.'
      },
      wide: { title: '와이드', description: '뉴런이 더 많은 784-128-64-10을 모던처럼 학습: 큰 신경망이 주는 차이.' }
    },
    runName: '실행 이름',
    defaultName: (preset, seed) => `${preset} · 시드 ${seed}`,
    layers: '층별 뉴런 수',
    layersHint: `입력 784, 은닉층 ${range(LIMITS.layerSize)}(많아야 ${n(LIMITS.hiddenLayers.max)}층), 출력 10`,
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
      hiddenActivation: '은닉층 활성화',
      outputActivation: '출력',
      cost: '비용',
      init: '초기 가중치'
    },
    choices: {
      sigmoid: '시그모이드',
      relu: 'ReLU',
      tanh: 'tanh',
      softmax: '소프트맥스',
      quadratic: '이차 비용',
      'cross-entropy': '교차 엔트로피',
      normal: '정규분포',
      xavier: 'Xavier',
      he: 'He'
    },
    invalid: (field, schemaMessage) =>
      field === 'cost' && schemaMessage.includes('softmax') ? '소프트맥스 출력에는 교차 엔트로피 비용을 씁니다' : (FIELD_RULES[field] ?? '값을 확인하세요'),
    train: '학습',
    oneAtATime: '한 번에 하나씩 실행합니다: 지금 실행이 끝나면 시작할 수 있습니다.'
  },
  run: {
    noRun: '아직 실행 없음',
    status: {
      starting: 'MNIST 읽는 중…',
      running: '학습 중',
      paused: '일시 정지',
      completed: '완료',
      cancelled: '취소됨 — 끝난 에포크는 보관',
      failed: '실패 — 끝난 에포크는 보관',
      interrupted: '중단됨 — 끝난 에포크는 보관',
      diverged: '발산해 멈춤 — 숫자가 아닌 값은 저장하지 않음'
    },
    testAccuracy: (percent) => ` · 테스트 정확도 ${percent} %`,
    intro: '프리셋을 고르고 원하면 조정한 뒤 학습을 누르세요. 학습은 뒤에서 진행되고 그리기는 계속 됩니다.',
    resume: '계속',
    pause: '일시 정지',
    cancel: '취소',
    couldNot: '그렇게 할 수 없었습니다',
    failed: '실행이 실패했습니다',
    progress: '학습 진행률',
    epoch: '에포크',
    epochOf: (epoch, epochs) => `${epoch} / ${epochs}`,
    done: '진행',
    samplesPerSecond: '샘플/초',
    timeLeft: '남은 시간',
    runningCost: '현재 비용',
    costChart: '에포크별 학습 비용',
    accuracyChart: '에포크별 테스트 정확도'
  },
  versions: {
    regionLabel: '버전. .digitscope.json 파일을 여기에 놓으면 가져옵니다',
    storeUnreadable: '모델 저장소를 읽지 못했습니다',
    emptyTitle: '아직 버전이 없습니다',
    emptyText: '모든 학습 실행의 모든 에포크가 여기에 버전으로 보관되어 이름을 붙이고, 그리기에 쓰고, 비교할 수 있습니다. 첫 신경망을 학습시키거나 모델 파일을 여기에 놓아 시작하세요.',
    goToTrain: '학습으로 가기',
    title: '버전',
    filter: '이름, 프리셋, 층으로 거르기…',
    filterLabel: '버전 거르기',
    sort: '정렬',
    sortNewest: '최근 실행 먼저',
    sortAccuracy: '정확도 높은 순',
    sortName: '실행 이름',
    import: '가져오기…',
    compare: (count) => (count >= 2 ? `버전 ${count}개 비교` : '버전 비교'),
    hint: '두 개 이상 골라 비교하세요. .digitscope.json 파일을 이 화면 아무 곳에나 놓으면 가져옵니다.',
    columns: {
      compare: '비교',
      version: '버전',
      epoch: '에포크',
      accuracy: '테스트 정확도',
      cost: '학습 비용',
      time: '학습 시간',
      saved: '저장 시각',
      actions: '작업'
    },
    runStatus: {
      running: '학습 중',
      paused: '일시 정지',
      completed: '완료',
      cancelled: '취소됨',
      failed: '실패',
      interrupted: '중단됨',
      diverged: '발산함',
      imported: '가져옴'
    },
    custom: '사용자 지정',
    etaBatch: (eta, batch) => ` · η ${eta} · 배치 ${batch}`,
    fineTunedFrom: (id) => `#${id}에서 미세 조정`,
    deleteRun: '실행 삭제',
    deleteRunLabel: (name) => `실행 삭제: ${name}`,
    compareVersion: (id) => `버전 ${id} 비교`,
    nameTagsNotes: '이름, 태그, 메모',
    rename: '이름 바꾸기',
    inDraw: '그리기에서 사용 중',
    drawWithIt: '이 버전으로 그리기',
    useLabel: (action, id) => `${action}: 버전 ${id}`,
    export: '내보내기',
    exportLabel: (id) => `버전 ${id} 내보내기`,
    onnxLabel: (id) => `ONNX: 버전 ${id} 내보내기`,
    fineTune: '미세 조정',
    fineTuneLabel: (id) => `버전 ${id}을(를) 내 손글씨로 미세 조정`,
    fineTuneHint: '저장한 그림과 MNIST를 섞어 에포크 3번 더 학습합니다',
    name: '이름',
    tags: '태그',
    notes: '메모',
    nameLabel: (id) => `버전 ${id}의 이름`,
    tagsLabel: (id) => `버전 ${id}의 태그, 쉼표로 구분`,
    tagsPlaceholder: '기준선, 7을 잘 읽음',
    notesLabel: (id) => `버전 ${id}에 대한 메모`,
    save: '저장',
    cancel: '취소',
    failed: '그렇게 되지 않았습니다',
    confirmDelete: (name, count) => `실행 “${name}”과(와) 버전 ${count}개를 삭제할까요? 되돌릴 수 없습니다.`,
    deleted: '삭제됨',
    deletedText: (name) => `실행 “${name}”과(와) 그 버전들을 삭제했습니다.`,
    imported: '가져옴',
    importedText: (file, id) => `${file}은(는) 버전 #${id}입니다.`,
    fineTuning: '미세 조정 중',
    fineTuningText: (id, shortcut) => `버전 #${id}이(가) 새 실행에서 내 손글씨를 배우고 있습니다. 학습 화면(${shortcut})에서 볼 수 있습니다.`
  },
  compare: {
    versionLabel: (id, name, epoch) => `#${id} ${name} · 에포크 ${epoch}`,
    params: {
      layers: '층',
      hiddenActivation: '은닉층 활성화',
      outputActivation: '출력',
      cost: '비용',
      init: '초기 가중치',
      eta: 'η',
      etaDecay: 'η 감쇠',
      batchSize: '배치',
      epochs: '계획한 에포크',
      momentum: '모멘텀',
      l2: 'L2 λ',
      seed: '시드'
    },
    title: (count) => `버전 ${count}개 비교`,
    close: '닫기',
    couldNot: '비교하지 못했습니다',
    accuracyChart: '에포크별 테스트 정확도',
    costChart: '에포크별 학습 비용',
    matrices: '혼동 행렬',
    matricesHint: '— 행: 실제 숫자, 열: 답. 칸을 누르면 그 이미지들이 나옵니다',
    cellImages: (total, actual, id, predicted, shown) =>
      `버전 #${id}이(가) ${predicted}(으)로 읽은 ${actual}의 테스트 이미지 ${total}장${total > shown ? ` (처음 ${shown}장)` : ''} — 하나를 누르면 그리기에서 엽니다.`,
    openImage: (index) => `테스트 이미지 ${index}을(를) 그리기에서 열기`,
    hyperparameters: '하이퍼파라미터',
    onlyDifferences: '다른 것만 보기',
    mnistAccuracy: 'MNIST 테스트 정확도',
    myHandwriting: '내 손글씨',
    noneSaved: '저장한 것 없음',
    handwritingScore: (percent, count) => `${count}개 중 ${percent}`,
    drawingReadByEach: '내 그림을 각 버전이 읽은 결과',
    drawFirst: '그리기 화면에서 숫자를 그리면 비교 중인 모든 버전이 여기서 읽습니다.',
    outputActivations: (list) => `출력 활성화: ${list}`,
    disagree: '의견이 갈리는 곳',
    disagreeCount: (total, of) => (of === null ? `— 테스트 이미지 ${total}장` : `— 테스트 이미지 ${of}장 중 ${total}장`),
    disagreement: (index, label, answers) => `테스트 이미지 ${index}, 정답 ${label}, 답 ${answers}`
  },
  handwriting: {
    title: '내 손글씨',
    saved: (count) => `· ${count}개 저장됨`,
    text: '나만의 테스트 세트: 그리기 화면에서 그림을 정답과 함께 저장하세요. 비교 화면에서 각 버전의 성적을 보여 줍니다.',
    drawingOf: (label) => `내가 그린 ${label}`,
    labelOf: (id) => `그림 ${id}의 정답`,
    deleteDrawing: (id) => `그림 ${id} 삭제`
  },
  errors: {
    'invalid-argument': '요청이 올바르지 않습니다.',
    'unknown-channel': '알 수 없는 요청입니다.',
    'not-found': '더 이상 없습니다.',
    'dataset-unavailable': 'MNIST를 읽지 못했습니다.',
    database: '데이터베이스를 쓸 수 없습니다.',
    'foreign-database': '이 파일은 이 버전의 Digitscope가 사용할 수 있는 데이터베이스가 아닙니다.',
    'untrusted-sender': '앱 밖에서 온 요청이라 거절했습니다.',
    'disk-full': '디스크가 가득 찼습니다. 공간을 비운 뒤 다시 해 보세요. 이미 저장된 것은 그대로입니다.',
    'read-only': '데이터베이스가 읽기 전용입니다. 파일과 폴더에 쓰기 권한을 주고 다시 해 보세요.',
    busy: '다른 실행이 진행 중입니다.',
    internal: 'Digitscope 내부에서 문제가 생겼습니다.'
  } satisfies ErrorTexts,
  errorMessage: (summary, detail) => (summary ? `${summary} (${detail})` : detail)
}
