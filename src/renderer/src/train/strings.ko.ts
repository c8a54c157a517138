import { LIMITS } from '../../../shared/training/config'
import { PRESETS } from '../../../shared/training/presets'
import { parameterCount } from '../../../shared/network/weights-and-biases'
import { KO } from '../common/i18n/numbers'
import type { TrainStrings } from './strings.en'

const { n, range } = KO

/** "1~60,000 사이의": a whole-number range as a Korean rule states it. */
const between = (limits: { min: number; max: number }) => `${range(limits)} 사이의`

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

/** The Korean strings of the Train view, typed as the English ones: a key missing here, or one English lacks, fails to compile. */
export const ko: TrainStrings = {
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
      eta: { label: '학습률 η', hint: '한 걸음에 가중치를 얼마나 옮길지 정합니다. 작으면 느리고, 크면 지나칩니다' },
      etaDecay: { label: '에포크당 η 감쇠', hint: '에포크가 끝날 때마다 η를 줄입니다. 1이면 그대로입니다' },
      batchSize: { label: '미니배치 크기', hint: `한 걸음에 평균 내는 이미지 수(${range(LIMITS.batchSize)})입니다. 크면 걸음이 고르고, 작으면 자주 걷습니다` },
      epochs: { label: '에포크', hint: '학습 이미지 전체를 몇 번 훑을지 정합니다' },
      momentum: { label: '모멘텀 μ', hint: '굴러가는 공처럼 직전 걸음을 조금 이어 갑니다. 0이면 쓰지 않습니다' },
      l2: { label: 'L2 λ', hint: '걸음마다 모든 가중치를 0 쪽으로 조금씩 당겨, 학습 이미지를 통째로 외우지 않게 합니다. 0이면 쓰지 않습니다' },
      seed: { label: '시드', hint: '무작위 출발점을 정합니다. 시드가 같으면 가중치도 같습니다' },
      subset: { label: '학습 이미지 수', hint: `${n(LIMITS.trainingImages.max)}장 가운데 몇 장으로 배울지 정합니다. 적을수록 빠릅니다` }
    },
    selects: {
      hiddenActivation: '은닉층 활성화 함수',
      outputActivation: '출력층 활성화 함수',
      cost: '비용 함수',
      init: '초기 가중치'
    },
    selectHints: {
      hiddenActivation: '은닉층 뉴런이 가중합을 활성화 값으로 바꾸는 방식입니다',
      outputActivation: '시그모이드는 출력마다 따로 밝히고, 소프트맥스는 열 개 출력이 합쳐서 1이 되도록 나눕니다',
      cost: '답이 얼마나 틀렸는지 재는 방식입니다. 이차는 출력마다 오차를 제곱해 더하고, 교차 엔트로피는 확신에 찬 오답을 가장 크게 벌합니다',
      init: '처음에 가질 무작위 가중치입니다. Xavier와 He는 층의 크기에 맞춰 그 크기를 조절합니다'
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
  }
}
