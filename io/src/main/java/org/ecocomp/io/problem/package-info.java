/**
 * Located problems in user input (data files, scenario files, parameter files): what is wrong,
 * where, and what was expected, collected so a user sees every problem at once.
 */
package org.ecocomp.io.problem;
