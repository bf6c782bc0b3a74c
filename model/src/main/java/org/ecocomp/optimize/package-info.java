/**
 * Mechanism design by search: the decision variables of a compensation mechanism (payment
 * shares, standards, bet sizes …), an expensive but pure evaluation of a candidate, and
 * Jenetics-based searches over them.
 *
 * <p>A {@link org.ecocomp.optimize.MechanismProblem} names the variables with their bounds, the
 * objectives with their goals and the constraints; its evaluation maps a candidate {@code x} to an
 * {@link org.ecocomp.optimize.Evaluation} (objective values and constraint violations, a violation
 * ≤ 0 meaning satisfied). The evaluation may be a whole Monte Carlo of a scenario; it must be a pure
 * function of {@code x} (common random numbers are the caller's job), which lets an
 * {@link org.ecocomp.optimize.EvaluationCache} skip repeated candidates and count the distinct ones.
 *
 * <p>{@link org.ecocomp.optimize.GeneticSearch} maximises or minimises one objective under the
 * constraints with a real-coded genetic algorithm (Deb's feasibility rules for the constraints);
 * {@link org.ecocomp.optimize.ParetoSearch} runs NSGA-II (Deb et al. 2002) on all objectives and
 * returns a Pareto front, whose quality {@link org.ecocomp.optimize.Hypervolume} measures.
 *
 * <p>Determinism: every random draw comes from the {@link java.util.random.RandomGenerator} or seed
 * passed to a search, installed in Jenetics' {@code RandomRegistry} for the calling thread only; the
 * Jenetics engine runs its own steps on that thread, and only fitness evaluations go to the given
 * {@link java.util.concurrent.Executor}, whose results are put back in population order. The same
 * problem, options and seed therefore give the same result with one thread or many.
 */
package org.ecocomp.optimize;
