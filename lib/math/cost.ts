/** ε of the clip aᴸ ∈ [ε, 1 − ε] inside the cost's logs, so log(0) never gives −∞. */
export const COST_EPSILON = 1e-7;
