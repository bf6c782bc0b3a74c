/** The immutable record tree a scenario file means: metadata, assumptions, data, and the agreement. */
package org.ecocomp.scenario;
