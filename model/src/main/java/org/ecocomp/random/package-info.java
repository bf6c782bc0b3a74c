/**
 * Seed derivation: every random stream in ecocomp is a {@link java.util.random.RandomGenerator}
 * created from a seed derived from (base seed, index path), never from the clock or thread order.
 */
package org.ecocomp.random;
