package org.ecocomp.agreement;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One evaluated figure behind a settlement: an index, a class, a compliance rate, a flow share.
 *
 * @param year the year
 * @param round the round's name
 * @param clause the clause's id
 * @param section the section, or empty text for a clause-wide figure
 * @param name what the figure is, e.g. {@code P}, {@code annual_class}, {@code compliance_rate}
 * @param value the figure
 * @param threshold what it is compared with, if anything
 * @param passed whether it met the threshold, if it has one
 */
public record Measure(int year, String round, String clause, String section, String name, double value,
                      OptionalDouble threshold, Optional<Boolean> passed) {
}
