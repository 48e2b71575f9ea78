import { z } from 'zod';

/** The committed PD model file (`src/domain/scoring/artifacts/pd-model-v*.json`). */

const treeSchema = z
  .object({
    feature: z.array(z.number().int().min(-1)),
    threshold: z.array(z.number()),
    defaultLeft: z.array(z.union([z.literal(0), z.literal(1)])),
    left: z.array(z.number().int().min(-1)),
    right: z.array(z.number().int().min(-1)),
    value: z.array(z.number().finite()),
    cover: z.array(z.number().int().min(0)),
  })
  .refine((t) => {
    const n = t.feature.length;
    return n > 0 && [t.threshold, t.defaultLeft, t.left, t.right, t.value, t.cover].every((a) => a.length === n);
  }, 'every node array of a tree must have the same, non-zero length')
  .refine(
    (t) =>
      t.feature.every((f, i) => {
        const [left, right, n] = [t.left[i] ?? -1, t.right[i] ?? -1, t.feature.length];
        return f < 0 || (left > i && right > i && left < n && right < n);
      }),
    'children must follow their parent (pre-order) and exist',
  );

export const gbdtParamsSchema = z.object({
  nTrees: z.number().int().positive(),
  learningRate: z.number().positive(),
  maxDepth: z.number().int().positive(),
  minChildWeight: z.number().min(0),
  lambda: z.number().min(0),
  gamma: z.number().min(0),
  subsample: z.number().gt(0).max(1),
  colsampleByTree: z.number().gt(0).max(1),
  maxBins: z.number().int().min(2).max(255),
  scalePosWeight: z.number().positive(),
  seed: z.number().int(),
});

export const trainingFileSchema = z.object({
  /** Relative to the repository root, e.g. `../shared/data/credit/polish-5year-train.arff`. */
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.number().int().positive(),
  positives: z.number().int().min(0),
});

export const pdModelArtifactSchema = z.object({
  format: z.literal('credit-gbdt/1'),
  modelVersion: z.string().min(1),
  objective: z.literal('binary:logistic'),
  training: z.object({
    files: z.array(trainingFileSchema).min(1),
    params: gbdtParamsSchema,
    seed: z.number().int(),
    crossValidation: z.object({
      folds: z.number().int().min(2),
      /** The file whose rows were validated on; other files only ever joined the training folds. */
      validatedOn: z.string(),
      meanAuc: z.number(),
      foldAuc: z.array(z.number()),
    }),
  }),
  featureNames: z.array(z.string()).min(1),
  /** The ratios (1-based attributes) the model was trained on and reads; the others are hidden (missing). Absent: all of them. */
  attributes: z.array(z.number().int().positive()).min(1).optional(),
  /** Platt scaling of the trees' log-odds (a + b·margin), fitted on out-of-fold margins of the training file. Absent: none. */
  calibration: z
    .object({ method: z.literal('platt'), intercept: z.number().finite(), slope: z.number().positive(), fittedOn: z.string().min(1) })
    .optional(),
  baseScore: z.number().finite(),
  trees: z.array(treeSchema).min(1),
});
export type PdModelArtifact = z.infer<typeof pdModelArtifactSchema>;
