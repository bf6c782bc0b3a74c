/**
 * Economics of an agreement per party: abatement effort and its effect on water quality, abatement
 * and development opportunity costs, downstream benefits of better water, and welfare
 * (benefits − costs + received − paid). See {@code docs/monte-carlo.md} for the equations.
 */
package org.ecocomp.economy;
