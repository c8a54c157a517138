import { josa } from '../../../shared/i18n/josa'
import { KO } from '../common/i18n/numbers'
import type { CompareStrings } from './strings.en'

const { n } = KO

/** The Korean strings of the comparison of versions, typed as the English ones: a key missing here, or one English lacks, fails to compile. */
export const ko: CompareStrings = {
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
  }
}
