/**
 * One scoring of a customer as a scoring job does it: the PD model on the financial ratios,
 * then the customer score on top of the model's assessment, with the ratios the model read.
 */
import type { CustomerScore, ScoreCustomerInput, ScoringPolicy } from '../../contracts/scoring.contract';
import { scoreCustomer } from './customer-score';
import { assessFinancials, PdModel, ratiosRead } from './pd-model';
import { defaultScoringPolicy } from './scoring-policy';

export function assessCustomer(model: PdModel, input: ScoreCustomerInput, policy: ScoringPolicy = defaultScoringPolicy): CustomerScore {
  const { financialRatios, ...rest } = input;
  return { ...scoreCustomer({ ...rest, financial: assessFinancials(model, financialRatios) }, policy), ratiosRead: ratiosRead(model, financialRatios) };
}
