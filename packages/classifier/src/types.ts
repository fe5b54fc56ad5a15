export interface LabelledText {
  text: string;
  label: string;
}

export interface ScoredLabel {
  label: string;
  confidence: number;
}

export interface Prediction {
  label: string;
  /** calibrated probability of `label`, in [0, 1] */
  confidence: number;
  /** the top three labels (the best first), with their calibrated probabilities */
  alternatives: ScoredLabel[];
}
