/**
 * Which model scores a case: the one trained on exactly the ratios the case's statements give
 * (DOMAIN.md §3). Full statements (balance sheet and income statement) give 51 ratios; the
 * headline figures alone (revenue, net profit, total assets, total liabilities) give 8. Each model
 * was trained with every other ratio hidden, so it meets the missing values it learned on.
 */
import type { FigureSet, ScoringPolicy } from '../../contracts/scoring.contract';
import { attributesDeterminedBy, fullStatementFigureNames, type FullStatementFigureName, type StatementFigures } from './ratios-from-statements';
import { defaultScoringPolicy, statementScoringPolicy } from './scoring-policy';

export interface StatementModel {
  figureSet: FigureSet;
  modelVersion: string;
  /** The statement lines beyond the headline four that must all be known for this model. */
  requiredFigures: readonly FullStatementFigureName[];
  /** The ratios (1-based) the model is trained on and reads. */
  attributes: readonly number[];
  policy: ScoringPolicy;
}

/**
 * The lines of a balance sheet and income statement the full-statement model needs. Depreciation
 * (cash-flow supplement), short-term borrowings and the prior year's revenue are read and their
 * ratios recorded, but the model does without them: trained with the depreciation ratios too, it
 * cross-validated no better (AUC 0.9555 against 0.9564 without), many uploads lack the
 * supplement, and sales growth (Attr21) needs a prior year a first statement may not show.
 */
export const fullStatementModelFigures = fullStatementFigureNames.filter((name) => !['depreciation', 'shortTermBorrowings', 'priorYearRevenue'].includes(name));

export const fullStatementModel: StatementModel = {
  figureSet: 'full-statements',
  modelVersion: 'pd-model-full-statements-v1',
  requiredFigures: fullStatementModelFigures,
  attributes: attributesDeterminedBy(fullStatementModelFigures),
  policy: defaultScoringPolicy,
};

export const headlineModel: StatementModel = {
  figureSet: 'headline',
  modelVersion: 'pd-model-statements-v2',
  requiredFigures: [],
  attributes: attributesDeterminedBy([]),
  policy: statementScoringPolicy,
};

/** Strongest first: a case is scored by the first model whose figures it has. */
export const statementModels: readonly StatementModel[] = [fullStatementModel, headlineModel];

const isKnown = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

export function statementModelFor(figures: StatementFigures): StatementModel {
  return statementModels.find((model) => model.requiredFigures.every((name) => isKnown(figures[name]))) ?? headlineModel;
}
