import type { CustomerScore, ScoreCustomerInput } from '../contracts/scoring.contract';
import { assessCustomer } from '../domain/scoring/customer-assessment';
import { loadPdModel, pdModelArtifactFor, type PdModel } from '../domain/scoring/pd-model';
import type { StatementFigures } from '../domain/scoring/ratios-from-statements';
import { headlineModel, statementModelFor, statementModels, type StatementModel } from '../domain/scoring/statement-models';

export interface LoadedStatementModel extends StatementModel {
  model: PdModel;
}

/** The lifecycle's PD models, loaded once: each case is scored by the one for the statements it has. */
export class StatementModelSet {
  private readonly byVersion: Map<string, LoadedStatementModel>;

  constructor(models: LoadedStatementModel[]) {
    this.byVersion = new Map(models.map((loaded) => [loaded.modelVersion, loaded]));
    if (!this.byVersion.has(headlineModel.modelVersion)) throw new Error(`the headline model ${headlineModel.modelVersion} is not among the loaded models`);
  }

  /** The model trained on exactly the ratios these figures give. */
  forFigures(figures: StatementFigures): LoadedStatementModel {
    return this.version(statementModelFor(figures).modelVersion) ?? this.headline();
  }

  /** A model the lifecycle still uses, by version (a score of an older version finds none). */
  version(modelVersion: string): LoadedStatementModel | undefined {
    return this.byVersion.get(modelVersion);
  }

  headline(): LoadedStatementModel {
    return this.byVersion.get(headlineModel.modelVersion) as LoadedStatementModel;
  }

  /** The customer score with the chosen model and its policy, naming the statements it was chosen for. */
  static score(loaded: LoadedStatementModel, input: ScoreCustomerInput): CustomerScore {
    return { ...assessCustomer(loaded.model, input, loaded.policy), figureSet: loaded.figureSet };
  }
}

export function loadStatementModels(): StatementModelSet {
  return new StatementModelSet(statementModels.map((entry) => ({ ...entry, model: loadPdModel(pdModelArtifactFor(entry.modelVersion)) })));
}
