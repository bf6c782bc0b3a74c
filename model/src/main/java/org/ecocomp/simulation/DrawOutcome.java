package org.ecocomp.simulation;

import java.util.List;

/**
 * What one Monte Carlo draw gives: each party's net transfer per year, its welfare, and the flows of
 * money per clause.
 *
 * @param net net transfer (received − paid) per party and projection year, yuan: {@code net[party][year]}
 * @param welfare welfare over the projection per party, yuan
 * @param flows the money moved per (year, clause, payer, payee)
 * @param waterQuality the share of (agreement section, month) pairs whose monthly class meets Class Ⅲ
 */
public record DrawOutcome(double[][] net, double[] welfare, List<Flow> flows, double waterQuality) {

    /**
     * Money moved by one clause from one account to another in one year.
     *
     * @param year the year
     * @param clause the clause id
     * @param payer who paid
     * @param payee who received
     * @param amount yuan
     */
    public record Flow(int year, String clause, String payer, String payee, double amount) {
    }
}
