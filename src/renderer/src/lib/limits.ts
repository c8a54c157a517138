/**
 * How many MNIST training images a run may use: `subset` of the `training:start` contract.
 * Not yet in src/shared/nn/config.ts's LIMITS (asked for); the one place the renderer says it meanwhile.
 */
export const TRAIN_IMAGES = 60_000
