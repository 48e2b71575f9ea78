/**
 * Calibration of the PD: Platt scaling maps the trees' log-odds m to a + b·m, fitted by maximum
 * likelihood on out-of-fold margins of the training file (never on the hold-out). Being affine in
 * log-odds, it keeps the ranking (AUC) and the exact additivity of the ratios' contributions.
 * Brier score and a reliability table say whether a PD means what it says.
 */
import { sigmoid } from './gbdt-model';

export interface PlattCalibration {
  intercept: number;
  slope: number;
}

export const identityCalibration: PlattCalibration = { intercept: 0, slope: 1 };

export const calibratedMargin = (calibration: PlattCalibration, margin: number): number => calibration.intercept + calibration.slope * margin;

function logLikelihood(margins: ArrayLike<number>, labels: ArrayLike<number>, a: number, b: number): number {
  let total = 0;
  for (let i = 0; i < margins.length; i += 1) {
    const z = a + b * (margins[i] as number);
    // log sigmoid(z) for a default, log sigmoid(−z) otherwise, without overflow
    const signed = labels[i] === 1 ? z : -z;
    total += -(Math.max(0, -signed) + Math.log1p(Math.exp(-Math.abs(signed))));
  }
  return total;
}

/** Maximum likelihood of y ~ sigmoid(a + b·m): Newton steps, halved until the likelihood rises (it is concave). */
export function fitPlatt(margins: ArrayLike<number>, labels: ArrayLike<number>, iterations = 100): PlattCalibration {
  if (margins.length !== labels.length || margins.length === 0) throw new Error('fitPlatt: one label per margin, at least one');
  let a = 0;
  let b = 1;
  let current = logLikelihood(margins, labels, a, b);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < margins.length; i += 1) {
      const m = margins[i] as number;
      const p = sigmoid(a + b * m);
      const residual = (labels[i] === 1 ? 1 : 0) - p;
      const w = p * (1 - p);
      ga += residual;
      gb += residual * m;
      haa += w;
      hab += w * m;
      hbb += w * m * m;
    }
    const determinant = haa * hbb - hab * hab;
    let step = 1;
    let da = (hbb * ga - hab * gb) / determinant;
    let db = (haa * gb - hab * ga) / determinant;
    let next = logLikelihood(margins, labels, a + da, b + db);
    while (next < current && step > 1e-6) {
      step /= 2;
      da /= 2;
      db /= 2;
      next = logLikelihood(margins, labels, a + da, b + db);
    }
    if (next < current) break;
    a += da;
    b += db;
    const gain = next - current;
    current = next;
    if (gain < 1e-12) break;
  }
  return { intercept: a, slope: b };
}

/** Mean squared difference between the PD and the outcome (0 perfect; the base rate's own score for a constant guess). */
export function brierScore(pds: ArrayLike<number>, labels: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < pds.length; i += 1) total += ((pds[i] as number) - (labels[i] === 1 ? 1 : 0)) ** 2;
  return total / pds.length;
}

export interface ReliabilityRow {
  /** PD band [from, to). */
  from: number;
  to: number;
  companies: number;
  defaults: number;
  meanPd: number;
  /** Share of the band's companies that defaulted (NaN for an empty band). */
  defaultRate: number;
}

/** The PD bands the score's financial points span (0.5 % … 50 %), as a reliability table. */
export const reliabilityBands = [0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1];

export function reliabilityTable(pds: ArrayLike<number>, labels: ArrayLike<number>, bands: readonly number[] = reliabilityBands): ReliabilityRow[] {
  return bands.slice(0, -1).map((from, k) => {
    const to = bands[k + 1] as number;
    let companies = 0;
    let defaults = 0;
    let pdSum = 0;
    for (let i = 0; i < pds.length; i += 1) {
      const pd = pds[i] as number;
      if (pd < from || (pd >= to && to < 1) || pd > to) continue;
      companies += 1;
      pdSum += pd;
      if (labels[i] === 1) defaults += 1;
    }
    return { from, to, companies, defaults, meanPd: companies ? pdSum / companies : Number.NaN, defaultRate: companies ? defaults / companies : Number.NaN };
  });
}
