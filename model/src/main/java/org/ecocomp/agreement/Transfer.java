package org.ecocomp.agreement;

import java.util.Objects;

/**
 * One payment in the ledger.
 *
 * @param year the year settled
 * @param round the round's name
 * @param clause the clause's id
 * @param payer who pays (a party code or a fund account)
 * @param payee who receives
 * @param amount yuan, positive, rounded to the fen (0.01 yuan)
 * @param reason the figures behind the payment, e.g. {@code P = 0.83 <= 1.00}
 */
public record Transfer(int year, String round, String clause, String payer, String payee, double amount, String reason) {

    /** Checks the amount is positive and rounded to the fen. */
    public Transfer {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(reason, "reason");
        if (!(amount > 0) || !Double.isFinite(amount)) {
            throw new IllegalArgumentException("a transfer amount is positive and finite, was " + amount);
        }
    }

    /** An amount rounded half-up to the fen (0.01 yuan). */
    public static double toFen(double yuan) {
        return Math.round(yuan * 100) / 100.0;
    }
}
